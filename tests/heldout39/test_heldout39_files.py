"""What is particular to the thirty-ninth set, Russian and Turkish reports written after the real-press
review: the agency datelines, the page furniture around a report, and the constructions that review fixed.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT39, records


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT39) if r.data["lang"] == lang]


def test_reports_open_with_an_agency_dateline() -> None:
    # "МОСКВА, 21 января." and "TİENCİN (AA) -", "ANKARA -"
    assert all(re.match(r"[А-ЯЁ]+, \d{1,2} [а-я]+\. ", t) for t in _texts("ru"))
    assert all(re.match(r"[A-ZÇĞİÖŞÜ]+ (\(AA\) )?- ", t) for t in _texts("tr"))


def test_reports_carry_page_furniture_after_the_report() -> None:
    furniture = ("ДРУГИЕ НОВОСТИ", "ЧИТАЙТЕ ТАКЖЕ", "İLGİLİ HABERLER", "YORUM YAZ")
    assert sum(any(f in t for f in furniture) for t in (*_texts("ru"), *_texts("tr"))) >= 4


def test_the_constructions_the_review_fixed_are_written() -> None:
    tr = " ".join(_texts("tr"))
    # a subject set off by a comma, then a list closed by "ile"; a time after a leader; a host's pleasure
    assert re.search(r"Erdoğan, [^.]+ ve [^.]+ ile ayrı ayrı görüştü", tr)
    assert "Macron'un ardından" in tr and "Şi'den sonra" in tr
    assert "ağırlamaktan" in tr and "rahmet" in tr
    # a pair's contacts listed by date after a colon, joined by commas alone
    assert any(re.search(r": в [а-я]+ — [^,]+, в [а-я]+ — ", t) for t in _texts("ru"))


def _modes(lang: str) -> set[str]:
    return {c["mode"] for r in records(HELDOUT39) if r.data["lang"] == lang for c in r.data["contacts"]}


def test_russian_reports_hold_every_mode_and_turkish_ones_meetings() -> None:
    assert _modes("ru") == {"phone", "video", "written", "in_person"}
    assert _modes("tr") == {"in_person"}
