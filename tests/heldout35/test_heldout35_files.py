"""What is particular to the thirty-fifth set, Vietnamese reports: how the Vietnamese press dates contacts,
writes its titles and names foreign leaders.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
import unicodedata

from tests.evalset.registry import HELDOUT35, records


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT35)]


def test_texts_are_written_in_composed_vietnamese() -> None:
    # NFC, as the Vietnamese press publishes (the extractor is tested on decomposed input separately)
    assert all(unicodedata.normalize("NFC", t) == t for t in _texts())


def test_reports_date_as_the_vietnamese_press_does() -> None:
    texts = _texts()
    # the day and month with a slash, after a time of day ("Sáng 15/4", "chiều 25/9") or "ngày"
    assert sum(bool(re.search(r"(?i)\b(sáng|chiều|trưa|tối|ngày) \d{1,2}/\d{1,2}\b", t)) for t in texts) >= 12
    assert any("cùng ngày" in t.lower() for t in texts)
    assert any("ngày mai" in t.lower() for t in texts)


def test_titles_and_names_as_the_vietnamese_press_writes_them() -> None:
    texts = _texts()
    assert sum("Thủ tướng Phạm Minh Chính" in t for t in texts) >= 5
    assert sum("Tập Cận Bình" in t for t in texts) >= 3  # Chinese leaders in Sino-Vietnamese
    assert any("Ishiba Shigeru" in t for t in texts)  # Japanese names family first
    # title, then country, then name ("Tổng thống Pháp Emmanuel Macron")
    assert any(re.search(r"Tổng thống (Mỹ|Pháp|Nga) [A-Z]", t) for t in texts)


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT35) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_the_vietnamese_press_uses_for_each_mode() -> None:
    assert _modes("điện đàm") == {"phone"}
    assert _modes("trực tuyến") == {"video"}
    assert _modes("điện mừng") == {"written"}
    assert _modes("hội kiến") == {"in_person"}
