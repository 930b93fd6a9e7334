"""What is particular to the twenty-fifth held-out set, the first Korean development set: days written
alone ("26일") and on the local clock ("26일(현지시간)"), the Yonhap dateline, and the words the Korean
press uses for each mode.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT25, records


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT25)]


def test_dates_are_written_as_the_korean_press_writes_them() -> None:
    texts = _texts()
    # a day with no month before it, read against the publication day
    assert sum(bool(re.search(r"(?<![월\d])\s?\d{1,2}일", t)) for t in texts) >= 8
    assert sum("(현지시간)" in t for t in texts) >= 3
    assert any("=연합뉴스)" in t for t in texts)


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT25) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_the_korean_press_uses_for_each_mode() -> None:
    assert _modes("통화") == {"phone"}
    assert _modes("화상") == {"video"}
    assert _modes("축전") == {"written"}
    # ("화상 정상회담" is a summit by video)
    assert _modes("정상회담") == {"in_person", "video"}
    assert _modes("만나") == {"in_person"}


def test_money_is_no_call() -> None:
    # "통화" is also money: a report of monetary policy holds it and no contact
    assert any("통화정책" in r.data["text"] and not r.data["contacts"] for r in records(HELDOUT25))
