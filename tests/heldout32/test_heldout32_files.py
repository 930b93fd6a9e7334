"""What is particular to the thirty-second set, Hebrew reports: the prefixes joined to names and titles, the
gershayim abbreviations, and the days the Israeli press dates by.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT32, records


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT32)]


def test_reports_date_as_the_israeli_press_does() -> None:
    texts = _texts()
    # "yesterday" against the publication day, and a day of the month with its prefixed month ("ב-4 בפברואר")
    assert sum("אתמול" in t or "אמש" in t for t in texts) >= 12
    assert any(re.search(r"ב-\d{1,2} ב[א-ת]+", t) for t in texts)
    assert any("ביום שלישי" in t for t in texts)


def test_names_and_titles_carry_their_prefixes_and_abbreviations() -> None:
    texts = _texts()
    # the United States and the PA chairman abbreviated with gershayim, as the press writes them
    assert sum('ארה"ב' in t for t in texts) >= 8
    assert sum('יו"ר הרשות' in t for t in texts) >= 3
    # a leader's name with a one-letter prefix joined to it ("לביידן", "ולפיד")
    assert any(re.search(r"\b[ובלמה](?:ביידן|טראמפ|נתניהו|הרצוג)\b", t) for t in texts)


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT32) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_the_hebrew_press_uses_for_each_mode() -> None:
    assert _modes("בטלפון") == {"phone"}
    assert _modes("וידאו") == {"video"}
    assert _modes("מכתב") == {"written"}
    assert _modes("נפגש") == {"in_person"}
