"""What is particular to the twentieth held-out set, the first Japanese development set: days written
alone ("7日") or in Japanese time ("日本時間8日未明"), last month and last year ("先月", "昨年11月"), the
photo captions and related-article lines of the Japanese press, and the words it uses for each mode.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT20, records
from tests.evalset.set_checks import JA_CAPTION, JA_RELATED


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT20)]


def test_dates_are_written_as_the_japanese_press_writes_them() -> None:
    texts = _texts()
    # A day with no month before it, read against the publication day.
    assert sum(bool(re.search(r"(?<![月\d])\d{1,2}日", t)) for t in texts) >= 12
    assert sum("日本時間" in t for t in texts) >= 2
    assert any("先月" in t for t in texts)
    assert any("昨年11月" in t for t in texts)
    assert any("前日の" in t for t in texts)
    assert any(re.search(r"\d{4}年", t) for t in texts)


def test_captions_and_related_lines_close_reports() -> None:
    texts = _texts()
    assert sum(bool(JA_CAPTION.search(t)) for t in texts) >= 6
    assert sum(bool(JA_RELATED.search(t)) for t in texts) >= 5
    # They close the report: nothing but another such line follows them.
    for t in texts:
        last = t.rstrip().splitlines()[-1]
        if JA_CAPTION.search(t) or JA_RELATED.search(t):
            assert last.startswith(("写真：", "関連記事："))


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT20) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_the_japanese_press_uses_for_each_mode() -> None:
    assert _modes("電話") == {"phone"}
    assert _modes("オンライン") == {"video"}
    assert _modes("書簡") == {"written"}
    assert _modes("電文") == {"written"}
    assert _modes("天皇陛下") == {"in_person"}


def test_plans_are_told_with_the_words_of_a_plan() -> None:
    planned = [c["evidence"] for r in records(HELDOUT20)
               for c in r.data["contacts"] if c["status"] == "planned"]
    assert all(re.search(r"予定|見通し|調整|表明|準備", e) for e in planned)
    assert any("調整している" in e for e in planned)
