"""What is particular to the second held-out set: how its languages write dates.

Its form, ids, languages, counts, cases and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT2, records
from tests.evalset.set_checks import (
    ARABIC_DIGITS,
    TURKISH_DATE,
    solar_hijri_in_persian_digits,
    texts_by_language,
)

# "15 июня 2023 года": a Russian date with the month in the genitive.
RUSSIAN_DATE = re.compile(
    r"\b\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r" \d{4} года\b")


def test_dates_are_written_as_each_language_writes_them() -> None:
    texts = texts_by_language(records(HELDOUT2))
    # Solar Hijri dates in Persian digits, Eastern Arabic digits, Turkish and Russian long dates.
    assert sum(solar_hijri_in_persian_digits(t) for t in texts["fa"]) >= 8
    assert sum(bool(ARABIC_DIGITS & set(t)) for t in texts["ar"]) >= 5
    assert sum(bool(TURKISH_DATE.search(t)) for t in texts["tr"]) >= 3
    assert sum(bool(RUSSIAN_DATE.search(t)) for t in texts["ru"]) >= 3
