"""What is particular to the seventeenth held-out set, the unseen Chinese set: Xinhua datelines abroad, days
written alone or in local time, and the captions and related-reading lines of the website reports.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT17, records
from tests.evalset.set_checks import DAY_ALONE, XINHUA_DATELINE, ZH_CAPTION, ZH_RELATED


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT17)]


def test_xinhua_datelines_at_home_and_abroad() -> None:
    texts = _texts()
    datelines = [m.group(0) for t in texts if (m := XINHUA_DATELINE.match(t))]
    assert len(datelines) >= 10
    # Datelines from abroad (Lima, Gyeongju, Seoul, Pyongyang, Moscow, Berlin, Rio) as well as Beijing.
    assert sum(not d.startswith("新华社北京") for d in datelines) >= 5
    assert any(t.startswith("人民网") for t in texts)
    assert any(t.startswith("本报综合报道") for t in texts)
    assert any("据朝中社" in t for t in texts)


def test_dates_are_written_as_the_chinese_press_writes_them() -> None:
    texts = _texts()
    assert sum(bool(DAY_ALONE.search(t)) for t in texts) >= 10
    assert sum("当地时间" in t for t in texts) >= 3
    assert any("同日" in t for t in texts)
    assert any("会议前一天" in t for t in texts)
    assert any("昨天" in t for t in texts)
    assert any("上月30日" in t for t in texts)
    assert any("本月11日" in t for t in texts)
    assert any(re.search(r"应[^，。]{2,20}邀请，", t) for t in texts)
    assert any(re.search(r"去年\d{1,2}月\d{1,2}日", t) for t in texts)
    assert any("明年4月" in t for t in texts)


def test_the_website_reports_carry_a_caption_and_a_related_line() -> None:
    marked = [t for t in _texts() if ZH_CAPTION.search(t)]
    assert len(marked) >= 3
    assert all(ZH_RELATED.search(t) for t in marked)


def test_planned_contacts_are_announced_with_jiang() -> None:
    # Every planned contact says what will happen (将, "will"), dated to a day, a month or not at all.
    contacts = [c for r in records(HELDOUT17) for c in r.data["contacts"]]
    assert all("将" in c["evidence"] for c in contacts if c["status"] == "planned")
    assert {c["date_precision"] for c in contacts if c["status"] == "planned"} == {"day", "month", None}
