"""Thirteenth pass: general mechanisms found on the eighth held-out set (opened as development on
2026-11-30), each tested on a real contact told in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, extract_rows, held_rows


def _all(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "status"))


# -- the leader who organized the meeting itself sat at its table --------------------------------------------

# Charles Michel, president of the European Council, hosted Ilham Aliyev and Nikol Pashinyan in Brussels on
# Sunday 14 May 2023 and again on Saturday 15 July 2023, for talks on a peace treaty.

_MAY_14 = [("ARM", "AZE", "in_person", "2023-05-14"), ("ARM", "EU", "in_person", "2023-05-14"),
           ("AZE", "EU", "in_person", "2023-05-14")]
_JULY_15 = [("ARM", "AZE", "in_person", "2023-07-15"), ("ARM", "EU", "in_person", "2023-07-15"),
            ("AZE", "EU", "in_person", "2023-07-15")]


def test_a_meeting_organized_by_a_leader_includes_him_in_french(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol Pachinian ont "
            "discuté dimanche à Bruxelles du traité de paix, lors d'une réunion organisée par le président "
            "du Conseil européen Charles Michel.")
    assert held_rows(real, make_doc, text, "2023-05-15", "fr") == _MAY_14


def test_the_same_in_italian(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Il presidente azero Ilham Aliyev e il premier armeno Nikol Pashinyan hanno discusso sabato a "
            "Bruxelles del trattato di pace, in un incontro organizzato dal presidente del Consiglio europeo "
            "Charles Michel.")
    assert held_rows(real, make_doc, text, "2023-07-16", "it") == _JULY_15


def test_the_same_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("El presidente azerí, Ilham Aliyev, y el primer ministro armenio, Nikol Pashinián, "
            "conversaron el sábado en Bruselas sobre el tratado de paz, en una reunión organizada por el "
            "presidente del Consejo Europeo, Charles Michel.")
    assert held_rows(real, make_doc, text, "2023-07-16", "es") == _JULY_15


def test_agreeing_with_each_other_is_a_contact_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Ilham Aliev et Nikol Pachinian se sont entendus dimanche à Bruxelles sur la reconnaissance "
            "mutuelle de leurs territoires.")
    assert held_rows(real, make_doc, text, "2023-05-15", "fr") == [("ARM", "AZE", "in_person", "2023-05-14")]


# -- a visit called off is no contact ----------------------------------------------------------------------

# Donald Trump called off his visit to Denmark, where he was to meet Mette Frederiksen in early September
# 2019, after she said Greenland was not for sale (announced on 20 August 2019).


def test_a_cancelled_visit_is_no_contact_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("La Maison Blanche a fait savoir que le président « a décidé d'annuler cette visite » à la "
            "Première ministre danoise Mette Frederiksen, a expliqué mercredi un porte-parole de Donald "
            "Trump.")
    assert _all(real, make_doc, text, "2019-08-21", "fr") == []


def test_a_cancelled_visit_is_no_contact_in_german(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Donald Trump hat beschlossen, seinen Besuch bei Regierungschefin Mette Frederiksen in "
            "Kopenhagen abzusagen.")
    assert _all(real, make_doc, text, "2019-08-21", "de") == []


def test_a_cancelled_visit_is_no_contact_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Donald Trump decidió cancelar su visita a la primera ministra danesa, Mette Frederiksen."
    assert _all(real, make_doc, text, "2019-08-21", "es") == []
