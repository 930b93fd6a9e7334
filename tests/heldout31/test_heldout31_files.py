"""What is particular to the thirty-first set, Urdu reports: how the Pakistani press dates and ends them.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT31, records


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT31)]


def test_urdu_reports_end_their_sentences_with_the_urdu_full_stop() -> None:
    texts = _texts()
    assert all("۔" in t for t in texts)
    # the dateline: a city, the agency or correspondent in brackets, a dash
    assert all(re.match(r"^[^\s(]+( [^\s(]+)? \([^)]+\) — ", t) for t in texts)


def test_urdu_reports_date_by_weekday_and_with_the_day_words_of_the_press() -> None:
    texts = _texts()
    weekdays = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
    assert sum(any(f"{w} کو" in t or f"{w} کے روز" in t for w in weekdays) for t in texts) >= 10
    # "اسی روز" (the same day), a month alone ("مئی میں"), a year alone ("2020 میں")
    assert any("اسی روز" in t for t in texts)
    assert any(re.search(r"\b20\d\d میں", t) for t in texts)
