"""What is particular to the twenty-sixth set, Indonesian and Hindi reports: how each press dates and ends.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT26, records


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT26) if r.data["lang"] == lang]


def test_indonesian_reports_date_as_the_agencies_do() -> None:
    texts = _texts("id")
    # the weekday with the day/month in brackets ("Rabu (28/5)"), after an agency dateline
    assert sum(bool(re.search(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \(\d{1,2}/\d{1,2}\)", t))
               for t in texts) >= 6
    assert all(re.match(r"^[A-Z][\w ]+ \(ANTARA\) - ", t) for t in texts)


def test_hindi_reports_end_their_sentences_with_the_danda() -> None:
    texts = _texts("hi")
    assert all("।" in t for t in texts)
    # the PTI-Bhasha dateline, a day in words once ("आठ अगस्त")
    assert all(re.match(r"^[^,]+, [^ ]+ [^ ]+ \(भाषा\) ", t) for t in texts)
    assert any("आठ अगस्त" in t for t in texts)
