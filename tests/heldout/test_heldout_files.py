"""What is particular to the first held-out set: how its Persian and Arabic texts write dates.

Its form, ids, languages, counts, cases and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from tests.evalset.registry import HELDOUT, records
from tests.evalset.set_checks import ARABIC_DIGITS, solar_hijri_in_persian_digits, texts_by_language


def test_dates_are_written_as_each_language_writes_them() -> None:
    texts = texts_by_language(records(HELDOUT))
    # Persian texts with Solar Hijri dates in Persian digits, Arabic texts with Eastern Arabic digits.
    assert sum(solar_hijri_in_persian_digits(t) for t in texts["fa"]) >= 5
    assert any(ARABIC_DIGITS & set(t) for t in texts["ar"])
