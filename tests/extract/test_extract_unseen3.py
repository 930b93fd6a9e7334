"""Mechanisms found missing on the third unseen set, each in sentences we wrote about real contacts."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Contact, Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]


def _run(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
         lang: str = "en") -> list[tuple[str, str, str, str | None]]:
    got: list[Contact] = extractor.extract(make_doc(text, published, lang=lang))
    return sorted((*sorted((c.a.country, c.b.country)), c.mode, c.date)  # type: ignore[misc]
                  for c in got if c.status == "occurred")


# -- a contact "ruled out" in any word order is none -------------------------------------------------------
# Zelensky said many times in 2023-2024 that he would not meet Putin while Russian troops held Ukrainian land.

RULED_OUT = [
    ("en", "Zelensky ruled out a meeting with Putin on Monday."),
    ("en", "A meeting between Volodymyr Zelensky and Vladimir Putin remains out of the question, Kyiv said."),
    ("fr", "Une rencontre avec Vladimir Poutine reste exclue, a répété Volodymyr Zelensky lundi."),
    ("fr", "Volodymyr Zelensky a exclu lundi toute rencontre avec Vladimir Poutine."),
    ("es", "Zelensky descartó este lunes una reunión con Putin mientras dure la ocupación."),
    ("ru", "Зеленский заявил в понедельник, что встреча с Путиным исключена."),
    ("de", "Ein Treffen von Selenskyj mit Putin sei ausgeschlossen, sagte Zelensky am Montag."),
]


def test_a_contact_ruled_out_is_none(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    for lang, text in RULED_OUT:
        assert _run(extractor, make_doc, text, "2024-01-15", lang) == [], text


def test_ruling_out_one_contact_keeps_another_clause(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron and Scholz met in Paris on 22 January 2023, the Elysee Treaty's sixtieth anniversary
    text = ("Emmanuel Macron received Olaf Scholz in Paris on Sunday. Macron met Scholz again in the "
            "afternoon, while a meeting with Putin was ruled out.")
    assert ("DEU", "FRA", "in_person", "2023-01-22") in _run(extractor, make_doc, text, "2023-01-22")


# -- a leader first named as a noun's complement acts where he is named again -------------------------------


def test_a_leader_in_an_aides_title_acts_when_named_again(extractor: RuleExtractor,
                                                         make_doc: DocFactory) -> None:
    # Macron hosted Scholz in Paris on 22 January 2023
    cases = [
        ("en", "An adviser in the office of President Emmanuel Macron said on Sunday that Macron had "
               "received Olaf Scholz at the Elysee."),
        ("fr", "Un conseiller du cabinet du président Emmanuel Macron a indiqué dimanche que Macron avait "
               "reçu Olaf Scholz à l'Elysée."),
        ("es", "Un asesor del gabinete del presidente Emmanuel Macron dijo el domingo que Macron había "
               "recibido a Olaf Scholz en el Elíseo."),
    ]
    for lang, text in cases:
        assert _run(extractor, make_doc, text, "2023-01-22", lang) == [
            ("DEU", "FRA", "in_person", "2023-01-22")], text
