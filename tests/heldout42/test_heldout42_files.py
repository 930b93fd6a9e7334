"""What is particular to the forty-second set, Russian, German, French and English reports about contacts of
2022-2025: the datelines of each language's press and the constructions the set was written to exercise.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter

from tests.evalset.registry import HELDOUT42, records

LANGS = ("ru", "de", "fr", "en")


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT42) if r.data["lang"] == lang]


def test_reports_open_with_their_press_dateline() -> None:
    # "АСТАНА, 27 ноября.", "BERLIN (dpa) -", "ASTANA, 1er novembre (AFP) -", "MOSCOW, July 9 -"
    assert all(re.match(r"[А-ЯЁ-]+, \d{1,2} [а-я]+\. ", t) for t in _texts("ru"))
    assert all(re.match(r"[A-ZÄÖÜ/]+ \(dpa\) - ", t) for t in _texts("de"))
    assert all(re.match(r"[A-Z]+, \d{1,2}(er)? [a-zéû]+ (\(AFP\) )?- ", t) for t in _texts("fr"))
    assert all(re.match(r"[A-Z]+(, [A-Z][a-z]+)?, [A-Z][a-z]+\.? \d{1,2} - ", t) for t in _texts("en"))


def test_russian_names_and_titles_are_inflected() -> None:
    ru = " ".join(_texts("ru"))
    # names in the instrumental, a title in the genitive, a counterpart in the dative, a UN title
    for form in ("Касымом-Жомартом Токаевым", "с президентом Франции", "азербайджанскому коллеге",
                 "с Генеральным секретарем ООН", "с Эмомали Рахмоном", "Алиеву"):
        assert form in ru, form


def test_german_verbs_stand_last_or_split() -> None:
    de = " ".join(_texts("de"))
    assert re.search(r"telefonierte der [\w-]+ [^.]+ mit Wladimir Putin", de)
    assert re.search(r"traf er am Abend mit [^.]+ zusammen\.", de)
    assert re.search(r"kam der Kanzler am Sonntag mit [^;]+ zusammen", de)
    assert "zusammenkommen wird" in de and "zusammengekommen" in de


def test_french_reports_use_the_verbs_of_diplomatic_prose() -> None:
    fr = " ".join(_texts("fr"))
    assert "s'est entretenu" in fr and "a été reçu" in fr and "a été accueilli" in fr
    assert fr.count("homologue") >= 3
    assert "Lors de leur rencontre de mars" in fr


def test_every_language_has_a_negative_and_a_pair_met_twice() -> None:
    for lang in LANGS:
        docs = [r.data for r in records(HELDOUT42) if r.data["lang"] == lang]
        assert sum(not d["contacts"] for d in docs) == 1, lang
        twice = [d for d in docs if d["contacts"] and max(Counter(
            frozenset((c["a"]["country"], c["b"]["country"])) for c in d["contacts"]).values()) >= 2]
        assert len(twice) >= 3, lang


def test_background_contacts_are_dated_to_their_month() -> None:
    # A contact told in passing ("in July", "в октябре", "im Dezember 2022") carries the month, never the day
    # of the report it is told in; every language has several.
    for lang in LANGS:
        months = [c for r in records(HELDOUT42) if r.data["lang"] == lang for c in r.data["contacts"]
                  if c["date_precision"] == "month" and c["status"] == "occurred"]
        assert len(months) >= 4, lang
