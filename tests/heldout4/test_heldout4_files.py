"""What is particular to the fourth held-out set: how its languages write dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from tests.evalset.registry import HELDOUT4, records
from tests.evalset.set_checks import ARABIC_DIGITS, PERSIAN_DIGITS, TURKISH_DATE, texts_by_language


def test_dates_are_written_as_each_language_writes_them() -> None:
    texts = texts_by_language(records(HELDOUT4))
    # Persian documents in Persian digits, some Arabic ones in Eastern Arabic digits.
    assert all(PERSIAN_DIGITS & set(t) for t in texts.get("fa", []))
    if "ar" in texts:
        assert sum(bool(ARABIC_DIGITS & set(t)) for t in texts["ar"]) >= 2
    # Turkish official long dates ("14 Şubat 2022 Pazartesi").
    if "tr" in texts:
        assert sum(bool(TURKISH_DATE.search(t)) for t in texts["tr"]) >= 2
