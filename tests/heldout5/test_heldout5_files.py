"""What is particular to the fifth held-out set: how its languages write dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from tests.evalset.registry import HELDOUT5, records
from tests.evalset.set_checks import date_styles, texts_by_language


def test_dates_are_written_as_each_language_writes_them() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT5)))
    # Every Persian document dates things by the Solar Hijri calendar, in Persian digits.
    assert styles.solar_hijri == styles.persian
    # Some Arabic documents in Eastern Arabic digits, as Gulf and Levant agencies print them.
    assert not styles.arabic or styles.arabic_digits >= 2
    # Turkish official long dates ("7 Aralık 2023 Perşembe").
    assert not styles.turkish or styles.turkish_long >= 2
