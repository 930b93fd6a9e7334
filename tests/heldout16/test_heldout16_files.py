"""What is particular to the sixteenth held-out set, the first Chinese development set: Xinhua datelines,
days written alone ("18日") or in local time ("当地时间15日"), and the captions and related-reading lines of
the longer website reports.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT16, records
from tests.evalset.set_checks import DAY_ALONE, XINHUA_DATELINE, ZH_CAPTION, ZH_RELATED


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT16)]


def test_xinhua_datelines_and_other_openings() -> None:
    texts = _texts()
    assert sum(bool(XINHUA_DATELINE.match(t)) for t in texts) >= 10
    # Website and other agencies' openings beside Xinhua's.
    assert any(t.startswith("央视新闻客户端消息") for t in texts)
    assert any(t.startswith("据新华社报道") for t in texts)
    assert any(re.match(r"^中新网\d{1,2}月\d{1,2}日电", t) for t in texts)


def test_dates_are_written_as_the_chinese_press_writes_them() -> None:
    texts = _texts()
    assert sum(bool(DAY_ALONE.search(t)) for t in texts) >= 8
    assert sum("当地时间" in t for t in texts) >= 3
    assert any(re.search(r"\d{4}年\d{1,2}月", t) for t in texts)
    assert any("去年" in t for t in texts)
    assert any("同日" in t for t in texts)
    assert any("昨天" in t for t in texts)
    assert any("上月" in t for t in texts)
    assert any(re.search(r"应[^，。]{2,20}邀请，[^，。]{2,10}将于", t) for t in texts)


def test_the_longer_reports_carry_a_caption_and_a_related_line() -> None:
    long_reports = [t for t in _texts() if len(t) >= 400]
    assert len(long_reports) >= 4
    assert all(ZH_CAPTION.search(t) and ZH_RELATED.search(t) for t in long_reports)


def _first_modes(word: str) -> list[str]:
    """The mode of the first gold contact of each document holding the word."""
    return [r.data["contacts"][0]["mode"] for r in records(HELDOUT16)
            if word in r.data["text"] and r.data["contacts"]]


def test_the_words_the_chinese_press_uses_for_each_mode() -> None:
    assert set(_first_modes("应约")) == {"phone"}
    assert _first_modes("视频会晤") == ["video"]
    assert _first_modes("互致贺电") == ["written"]
    assert _first_modes("致慰问电") == ["written"]
    # 致电 with a congratulation is a message sent, not a call.
    assert _first_modes("致电弗拉基米尔·普京，祝贺") == ["written"]
