"""French (and Spanish, Italian, Portuguese) grammar of round ten: "ce jour-là", joint chairing, capitals.

Reports we wrote about real events. True facts: Macron met Scholz at Meseberg on 28 May 2024; Macron,
Scholz and Tusk met in Berlin on 15 March 2024 (the Weimar Triangle); Lula met Biden and, separately,
Zelensky in New York on 20 September 2023; Meloni hosted the G7 in Apulia, Biden among its guests, in June
2024 and met Macron there; Sánchez, Macron and Scholz met at the European Council in Brussels in March 2024;
Macron and Modi co-chaired the AI Action Summit in Paris on 11 February 2025; Macron and Starmer held a
summit at Northwood and co-chaired a video meeting of the coalition of the willing, Zelensky among its
members, on 10 July 2025; Meloni and Zelensky co-chaired the Ukraine Recovery Conference in Rome on 10 July
2025; Lula chaired the G20 summit in Rio on 18-19 November 2024, which Biden attended; Starmer met Trump at
the White House on 27 February 2025; Macron met Meloni in Rome on 3 June 2025; Lula received Scholz in
Brasília on 30 January 2023.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# (report, publication day, language, expected rows: pair, mode, date, status)
THAT_DAY = [
    # "ce jour-là" right after an earlier contact: its day, or its month when only the month was told
    ("Emmanuel Macron a retrouvé Olaf Scholz mardi au château de Meseberg. Les deux dirigeants s'étaient vus "
     "le 15 mars à Berlin. Ce jour-là, Emmanuel Macron avait aussi rencontré le Premier ministre polonais "
     "Donald Tusk.",
     "2024-05-28", "fr",
     [("DEU-FRA", "in_person", "2024-03-15", "occurred"), ("DEU-FRA", "in_person", "2024-05-28", "occurred"),
      ("FRA-POL", "in_person", "2024-03-15", "occurred")]),
    ("Emmanuel Macron a retrouvé Olaf Scholz mardi au château de Meseberg. Les deux dirigeants s'étaient vus "
     "en mars à Berlin. Ce jour-là, Emmanuel Macron avait aussi rencontré le Premier ministre polonais "
     "Donald Tusk.",
     "2024-05-28", "fr",
     [("DEU-FRA", "in_person", "2024-03", "occurred"), ("DEU-FRA", "in_person", "2024-05-28", "occurred"),
      ("FRA-POL", "in_person", "2024-03", "occurred")]),
    ("Lula e Joe Biden reuniram-se em setembro de 2023 em Nova Iorque. Naquele dia, Lula também se encontrou "
     "com Volodymyr Zelensky.", "2024-06-01", "pt",
     [("BRA-UKR", "in_person", "2023-09", "occurred"), ("BRA-USA", "in_person", "2023-09", "occurred")]),
    ("Giorgia Meloni ha ricevuto martedì a Roma Emmanuel Macron. I due si erano visti nel giugno 2024 in "
     "Puglia, al vertice del G7. Quel giorno, Meloni aveva accolto anche Joe Biden.", "2025-06-03", "it",
     [("FRA-ITA", "in_person", "2024-06", "occurred"), ("FRA-ITA", "in_person", "2025-06-03", "occurred"),
      ("ITA-USA", "in_person", "2024-06", "occurred")]),
    ("Pedro Sánchez y Emmanuel Macron se habían reunido en marzo de 2024 en Bruselas. Ese día, Sánchez "
     "también se reunió con Olaf Scholz.", "2024-06-03", "es",
     [("DEU-ESP", "in_person", "2024-03", "occurred"), ("ESP-FRA", "in_person", "2024-03", "occurred")]),
    # after a planned contact's day: "le même jour" is that day, not the report's
    ("Emmanuel Macron et Keir Starmer présideront jeudi un sommet franco-britannique à Northwood. Le même "
     "jour, le président français s'entretiendra par visioconférence avec Volodymyr Zelensky.",
     "2025-07-08", "fr",
     [("FRA-GBR", "in_person", "2025-07-10", "planned"), ("FRA-UKR", "video", "2025-07-10", "planned")]),
]

CO_CHAIR = [
    ("Emmanuel Macron et le Premier ministre indien Narendra Modi ont coprésidé mardi à Paris le sommet sur "
     "l'intelligence artificielle.", "2025-02-11", "fr",
     [("FRA-IND", "in_person", "2025-02-11", "occurred")]),
    ("Emmanuel Macron et Narendra Modi doivent coprésider mardi le sommet pour l'action sur l'IA.",
     "2025-02-09", "fr", [("FRA-IND", "in_person", "2025-02-11", "planned")]),
    ("Emmanuel Macron et Narendra Modi ont présidé conjointement le sommet sur l'IA mardi.",
     "2025-02-11", "fr", [("FRA-IND", "in_person", "2025-02-11", "occurred")]),
    ("Emmanuel Macron et Keir Starmer présideront jeudi un sommet franco-britannique à Northwood.",
     "2025-07-08", "fr", [("FRA-GBR", "in_person", "2025-07-10", "planned")]),
    ("Emmanuel Macron y Narendra Modi copresidieron el martes en París la cumbre sobre inteligencia "
     "artificial.",
     "2025-02-11", "es", [("FRA-IND", "in_person", "2025-02-11", "occurred")]),
    ("Emmanuel Macron y Narendra Modi copresidirán el martes la cumbre sobre inteligencia artificial.",
     "2025-02-09", "es", [("FRA-IND", "in_person", "2025-02-11", "planned")]),
    ("Giorgia Meloni e Volodymyr Zelensky hanno copresieduto giovedì a Roma la conferenza per la ripresa "
     "dell'Ucraina.", "2025-07-10", "it", [("ITA-UKR", "in_person", "2025-07-10", "occurred")]),
    ("Giorgia Meloni e Volodymyr Zelensky copresiederanno giovedì a Roma la conferenza per la ripresa "
     "dell'Ucraina.", "2025-07-08", "it", [("ITA-UKR", "in_person", "2025-07-10", "planned")]),
    ("Emmanuel Macron e Narendra Modi vão copresidir na terça-feira a cimeira sobre inteligência artificial.",
     "2025-02-09", "pt", [("FRA-IND", "in_person", "2025-02-11", "planned")]),
    ("Keir Starmer and Emmanuel Macron will co-chair a video call of the coalition of the willing on "
     "Thursday.",
     "2025-07-08", "en", [("FRA-GBR", "video", "2025-07-10", "planned")]),
    # one leader chairing a summit meets nobody by it
    ("Le président brésilien Lula a présidé le sommet du G20 à Rio, auquel assistait Joe Biden.",
     "2024-11-19", "fr", []),
]

CAPITALS = [
    # capitals (or countries) standing for governments: "leurs" is theirs, not the pair told before
    ("Keir Starmer a rencontré Donald Trump jeudi à la Maison Blanche. Paris et Londres coordonnent leurs "
     "messages.", "2025-02-27", "fr", [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    ("Lula recebeu Olaf Scholz em Brasília na segunda-feira. Brasília e Berlim coordenam as suas posições.",
     "2023-01-30", "pt", [("BRA-DEU", "in_person", "2023-01-30", "occurred")]),
    ("Giorgia Meloni ha ricevuto martedì a Roma Emmanuel Macron. Roma e Parigi coordinano le loro posizioni.",
     "2025-06-03", "it", [("FRA-ITA", "in_person", "2025-06-03", "occurred")]),
    ("Keir Starmer met Donald Trump at the White House on Thursday. London and Paris are coordinating their "
     "messages.", "2025-02-27", "en", [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    ("Paris et Londres coordonnent leurs messages.", "2025-02-24", "fr", []),
    ("Madrid y Rabat acuerdan reforzar su cooperación migratoria.", "2025-02-24", "es", []),
    ("Washington et Pékin ont eu un entretien téléphonique lundi.", "2025-02-24", "fr", []),
]


@pytest.mark.parametrize(("text", "published", "lang", "expected"), THAT_DAY + CO_CHAIR + CAPITALS)
def test_fr_recalled(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str,
                     expected: list[tuple[str, ...]]) -> None:
    """Each report gives its contacts, dated and with their status."""
    assert pair_rows(extractor, make_doc, text, published, lang) == sorted(expected)
