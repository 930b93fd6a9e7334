"""What is particular to the seventh held-out set: how its languages write dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from tests.evalset.registry import HELDOUT7, records
from tests.evalset.set_checks import date_styles, texts_by_language


def test_dates_are_written_as_each_language_writes_them() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT7)))
    # Every Persian document dates things by the Solar Hijri calendar, in Persian digits.
    assert styles.persian and styles.solar_hijri == styles.persian
    # Some Arabic documents in Eastern Arabic digits, as Levant and Gulf agencies print them.
    assert styles.arabic_digits >= 3
    # Turkish official long dates ("3 Şubat 2022 Perşembe") in every Turkish document but the one
    # that names its day otherwise.
    assert styles.turkish_long >= 3


def test_relative_days_are_written_in_each_language() -> None:
    texts = texts_by_language(records(HELDOUT7))
    # Contacts dated by "yesterday" or a weekday against the publication day, not by a written date.
    assert any("ayer" in t for t in texts["es"])
    assert any("ieri" in t.lower() for t in texts["it"])
    assert any("أمس" in t for t in texts["ar"])
