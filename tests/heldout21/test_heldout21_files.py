"""What is particular to the twenty-first held-out set, the unseen Japanese set: days against the
publication day ("翌19日", "同じ21日"), Japanese time beside the local day, months alone for background
meetings, and the captions and related-article lines of the Japanese press.

Extraction work never reads this set (docs/HELDOUT21.md): these tests check the files' form only. Its form,
ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from typing import Any

from tests.evalset.registry import HELDOUT20, HELDOUT21, records
from tests.evalset.set_checks import JA_CAPTION, JA_RELATED


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT21)]


def test_dates_are_written_as_the_japanese_press_writes_them() -> None:
    texts = _texts()
    assert sum(bool(re.search(r"(?<![月\d])\d{1,2}日", t)) for t in texts) >= 12
    assert sum("日本時間" in t for t in texts) >= 3
    assert any("翌19日" in t for t in texts)
    assert any("同じ21日" in t for t in texts)
    assert any("昨年10月" in t or "昨年9月" in t for t in texts)


def test_captions_and_related_lines_close_reports() -> None:
    texts = _texts()
    assert sum(bool(JA_CAPTION.search(t)) for t in texts) >= 6
    assert sum(bool(JA_RELATED.search(t)) for t in texts) >= 4
    for t in texts:
        if JA_CAPTION.search(t) or JA_RELATED.search(t):
            assert t.rstrip().splitlines()[-1].startswith(("写真：", "関連記事："))


def test_no_report_tells_the_development_sets_events() -> None:
    """The unseen set is written on other events: no dated contact of the twentieth set comes back here."""

    def dated(docs: list[dict[str, Any]]) -> set[tuple[frozenset[str], str]]:
        return {(frozenset((c["a"]["country"], c["b"]["country"])), c["date"])
                for d in docs for c in d["contacts"] if c["date"]}

    seen = dated([r.data for r in records(HELDOUT20)])
    assert dated([r.data for r in records(HELDOUT21)]) & seen == set()
