"""What is particular to the fifth held-out set: how its languages write dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from tests.evalset.registry import HELDOUT5, records
from tests.evalset.set_checks import (
    ARABIC_DIGITS,
    TURKISH_DATE,
    solar_hijri_in_persian_digits,
    texts_by_language,
)


def test_dates_are_written_as_each_language_writes_them() -> None:
    texts = texts_by_language(records(HELDOUT5))
    # Every Persian document dates things by the Solar Hijri calendar, in Persian digits.
    assert all(solar_hijri_in_persian_digits(t) for t in texts.get("fa", []))
    # Some Arabic documents in Eastern Arabic digits, as Gulf and Levant agencies print them.
    if "ar" in texts:
        assert sum(bool(ARABIC_DIGITS & set(t)) for t in texts["ar"]) >= 2
    # Turkish official long dates ("7 Aralık 2023 Perşembe").
    if "tr" in texts:
        assert sum(bool(TURKISH_DATE.search(t)) for t in texts["tr"]) >= 2
