"""A review of French press usage (AFP, Le Monde, Le Figaro, RFI, Jeune Afrique): reports we wrote."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# (report, publication day, language, expected rows: pair, mode, date, status). True facts: Trump and
# Putin spoke on 12 February, 18 March and 19 May 2025; Xi was in Paris on 6 May 2024, al-Sharaa on 7 May
# 2025, Lula on 28 March 2024, Milei on 26 July 2024, Modi from 10 February 2025, Zelensky on 26 March 2025
# (after the London summit of 2 March); Macron was in Morocco on 28-29 October 2024, in Cairo on 6 April
# 2025, in Rome on 3 June 2025; Starmer at the White House on 27 February 2025 and in Rome on 16 September
# 2024; Merz in Paris on 7 May 2025 and in London on 17 July 2025; the G7 met in Kananaskis on 16 June 2025,
# NATO in The Hague on 24-25 June 2025; Trump was at Chequers on 18 September 2025; Macron spoke with
# Zelensky after the Oval Office meeting of 28 February 2025.
CASES = [
    # calls
    ("Le président russe Vladimir Poutine s'est entretenu au téléphone avec Donald Trump mercredi.",
     "2025-02-12", "fr", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    ("Vladimir Poutine a eu un entretien téléphonique avec Donald Trump mardi.",
     "2025-03-18", "fr", [("RUS-USA", "phone", "2025-03-18", "occurred")]),
    ("Donald Trump et Vladimir Poutine ont eu un long échange téléphonique lundi.",
     "2025-05-19", "fr", [("RUS-USA", "phone", "2025-05-19", "occurred")]),
    # a day inside the verb: "s'est entretenu mercredi avec" is "s'est entretenu avec", a call
    ("Le président russe Vladimir Poutine s'est entretenu mercredi avec Donald Trump.",
     "2025-02-12", "fr", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # the seats of government are places: "s'est entretenu avec X à l'Elysée" is a meeting
    ("Emmanuel Macron s'est entretenu avec Xi Jinping à l'Elysée lundi.",
     "2024-05-06", "fr", [("CHN-FRA", "in_person", "2024-05-06", "occurred")]),
    ("Emmanuel Macron s'est entretenu mercredi avec le président syrien Ahmed al-Charaa au palais de "
     "l'Elysée.", "2025-05-07", "fr", [("FRA-SYR", "in_person", "2025-05-07", "occurred")]),
    ("Emmanuel Macron spoke with Xi Jinping at the Elysee Palace on Monday.",
     "2024-05-06", "en", [("CHN-FRA", "in_person", "2024-05-06", "occurred")]),
    # the seat or capital a report quotes is no place of the talk: still a call
    ("Emmanuel Macron s'est entretenu avec Volodymyr Zelensky, a indiqué l'Elysée.",
     "2025-03-01", "fr", [("FRA-UKR", "phone", "2025-03-01", "occurred")]),
    ("Emmanuel Macron s'est entretenu avec Volodymyr Zelensky, selon un conseiller de l'Elysée.",
     "2025-03-01", "fr", [("FRA-UKR", "phone", "2025-03-01", "occurred")]),
    ("Emmanuel Macron s'est entretenu avec Volodymyr Zelensky, indique l'Elysée dans un communiqué.",
     "2025-03-01", "fr", [("FRA-UKR", "phone", "2025-03-01", "occurred")]),
    ("Vladimir Poutine s'est entretenu avec Donald Trump, selon Moscou.",
     "2025-02-12", "fr", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    ("Vladimir Putin spoke with Donald Trump on Wednesday, Moscow said.",
     "2025-02-12", "en", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    ("Putin ha parlato con Trump, ha fatto sapere Mosca.",
     "2025-02-12", "it", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # a bare title receiving a guest at a seat named after the guest is its country's host
    ("Le chef de l'Etat a reçu jeudi le président brésilien Lula à l'Elysée.",
     "2024-03-28", "fr", [("BRA-FRA", "in_person", "2024-03-28", "occurred")]),
    ("Le président de la République a reçu le président argentin Javier Milei à l'Elysée.",
     "2024-07-26", "fr", [("ARG-FRA", "in_person", "2024-07-26", "occurred")]),
    ("Emmanuel Macron a reçu à l'Elysée son homologue argentin Javier Milei.",
     "2024-07-26", "fr", [("ARG-FRA", "in_person", "2024-07-26", "occurred")]),
    # Morocco's king by the dynasty's adjective, and a state dinner in the guest's honour
    ("Le souverain chérifien a reçu lundi Emmanuel Macron au palais royal de Rabat.",
     "2024-10-28", "fr", [("FRA-MAR", "in_person", "2024-10-28", "occurred")]),
    ("Le roi Mohammed VI a offert un dîner d'Etat en l'honneur d'Emmanuel Macron.",
     "2024-10-29", "fr", [("FRA-MAR", "in_person", "2024-10-29", "occurred")]),
    ("King Mohammed VI hosted a state dinner in honour of Emmanuel Macron.",
     "2024-10-29", "en", [("FRA-MAR", "in_person", "2024-10-29", "occurred")]),
    # "le raïs" is a president; "au Caire" is "à Le Caire"
    ("Le raïs a reçu au Caire Emmanuel Macron.", "2025-04-06", "fr",
     [("EGY-FRA", "in_person", "2025-04-06", "occurred")]),
    # meetings, visits, summits
    ("En marge du sommet du G7 au Canada, Emmanuel Macron s'est entretenu avec Mark Carney.",
     "2025-06-16", "fr", [("CAN-FRA", "in_person", "2025-06-16", "occurred")]),
    ("Emmanuel Macron et Giorgia Meloni ont eu un tête-à-tête mardi à Rome.",
     "2025-06-03", "fr", [("FRA-ITA", "in_person", "2025-06-03", "occurred")]),
    ("Le locataire de l'Elysée a retrouvé la présidente du Conseil italien Giorgia Meloni mardi à Rome.",
     "2025-06-03", "fr", [("FRA-ITA", "in_person", "2025-06-03", "occurred")]),
    ("Emmanuel Macron a offert lundi soir un dîner d'Etat à Xi Jinping à l'Elysée.",
     "2024-05-06", "fr", [("CHN-FRA", "in_person", "2024-05-06", "occurred")]),
    ("Emmanuel Macron a accueilli Narendra Modi à Paris.",
     "2025-02-10", "fr", [("FRA-IND", "in_person", "2025-02-10", "occurred")]),
    ("Le Premier ministre indien Narendra Modi, en visite officielle en France, a été accueilli par "
     "Emmanuel Macron.", "2025-02-10", "fr", [("FRA-IND", "in_person", "2025-02-10", "occurred")]),
    ("Le Premier ministre britannique Keir Starmer s'est rendu à la Maison Blanche où il a été reçu par "
     "Donald Trump.", "2025-02-27", "fr", [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    ("La Première ministre italienne Giorgia Meloni a rencontré le Premier ministre britannique Keir "
     "Starmer à Rome.", "2024-09-16", "fr", [("GBR-ITA", "in_person", "2024-09-16", "occurred")]),
    # two sentences: the pair's earlier meeting, and "les deux chefs d'Etat" as the pair just told
    ("Emmanuel Macron a reçu Volodymyr Zelensky à l'Elysée mercredi. Lors de leur dernière rencontre, "
     "début mars à Londres, les deux dirigeants avaient évoqué un cessez-le-feu.",
     "2025-03-26", "fr", [("FRA-UKR", "in_person", "2025-03", "occurred"),
                          ("FRA-UKR", "in_person", "2025-03-26", "occurred")]),
    ("Le chef de l'Etat a reçu jeudi à l'Elysée le président brésilien Lula. Les deux chefs d'Etat ont "
     "signé plusieurs accords.", "2024-03-28", "fr", [("BRA-FRA", "in_person", "2024-03-28", "occurred")]),
    # relative dates
    ("Emmanuel Macron avait reçu Volodymyr Zelensky à l'Elysée l'an dernier.",
     "2025-03-20", "fr", [("FRA-UKR", "in_person", "2024", "occurred")]),
    ("Emmanuel Macron avait reçu Friedrich Merz à l'Elysée début mai.",
     "2025-06-20", "fr", [("DEU-FRA", "in_person", "2025-05", "occurred")]),
    ("Emmanuel Macron et Donald Trump s'étaient vus fin juin à La Haye.",
     "2025-07-20", "fr", [("FRA-USA", "in_person", "2025-06", "occurred")]),
    ("Friedrich Merz et Keir Starmer se sont rencontrés mi-juillet à Londres.",
     "2025-08-20", "fr", [("DEU-GBR", "in_person", "2025-07", "occurred")]),
    ("Donald Trump avait rencontré Keir Starmer à la mi-septembre à Chequers.",
     "2025-10-20", "fr", [("GBR-USA", "in_person", "2025-09", "occurred")]),
    ("Donald Trump a rencontré Keir Starmer le mois dernier à Chequers.",
     "2025-10-20", "fr", [("GBR-USA", "in_person", "2025-09", "occurred")]),
    # no contact of two leaders: a minister, an envoy, a plan not held, a statement
    ("Le ministre des Affaires étrangères Jean-Noël Barrot a rencontré le président syrien Ahmed al-Charaa "
     "à Damas.", "2025-01-03", "fr", []),
    ("L'émissaire américain Steve Witkoff a rencontré Vladimir Poutine à Saint-Pétersbourg.",
     "2025-04-11", "fr", []),
    ("Emmanuel Macron envisage de recevoir Ahmed al-Charaa à Paris.", "2025-04-10", "fr", []),
    ("Emmanuel Macron a invité Narendra Modi au sommet sur l'intelligence artificielle.",
     "2024-12-10", "fr", []),
    ("Donald Trump a annulé sa rencontre avec Vladimir Poutine à Budapest.", "2025-10-22", "fr", []),
    ("Le Kremlin a démenti toute rencontre entre Vladimir Poutine et Volodymyr Zelensky.",
     "2025-04-10", "fr", []),
    ("Aucune rencontre n'est prévue entre Emmanuel Macron et Vladimir Poutine, a indiqué l'Elysée.",
     "2025-04-10", "fr", []),
    ("Emmanuel Macron a salué l'élection de Friedrich Merz à la chancellerie.", "2025-05-06", "fr", []),
    ("Emmanuel Macron a adressé ses condoléances au peuple argentin après la mort du pape François.",
     "2025-04-22", "fr", []),
]


@pytest.mark.parametrize(("text", "published", "lang", "expected"), CASES)
def test_french_press_forms(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                            lang: str, expected: list[tuple[str, ...]]) -> None:
    rows = pair_rows(real, make_doc, text, published, lang)
    assert rows == expected
