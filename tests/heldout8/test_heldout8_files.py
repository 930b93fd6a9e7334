"""What is particular to the eighth held-out set: how its languages write dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py). The set was opened as development data on 2026-11-30, after its last
unseen score of 0.860, for the thirteenth extraction pass (docs/HELDOUT8.md).
"""

from __future__ import annotations

from tests.evalset.registry import HELDOUT8, records
from tests.evalset.set_checks import date_styles, texts_by_language


def test_dates_are_written_as_each_language_writes_them() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT8)))
    # Every Persian document dates things by the Solar Hijri calendar, in Persian digits.
    assert styles.persian and styles.solar_hijri == styles.persian
    # Some Arabic documents in Eastern Arabic digits, as Gulf and Levant agencies print them.
    assert styles.arabic_digits >= 3
    # Turkish official long dates ("10 Ekim 2017 Salı") in every Turkish document.
    assert styles.turkish and styles.turkish_long == styles.turkish


def test_relative_days_are_written_in_each_language() -> None:
    texts = texts_by_language(records(HELDOUT8))
    # Contacts dated by "yesterday" or a weekday against the publication day, not by a written date.
    assert any("أمس" in t for t in texts["ar"])
    assert any("ayer" in t for t in texts["es"])
    assert any("вчера" in t for t in texts["ru"])
    assert any("gestern" in t for t in texts["de"])
    assert any("dün" in t for t in texts["tr"])
    assert any("mercredi" in t for t in texts["fr"])
    assert any("on Saturday" in t for t in texts["en"])
    assert any("ieri" in t for t in texts["it"])
    assert any("ontem" in t for t in texts["pt"])
    assert any("دیروز" in t for t in texts["fa"])
