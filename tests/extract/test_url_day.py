"""A page with no publication day dated by its address: real events in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.extract.when import url_day
from tests.extract.conftest import build_doc


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example.org/world/2021/12/02/leaders-call", date(2021, 12, 2)),
    ("https://example.de/politik/2014-09/15/kanzlerin-telefoniert-1234567", date(2014, 9, 15)),
    ("https://example.cn/n3/2023/0315/c9-10222.html", date(2023, 3, 15)),
    ("https://example.kz/amp/20190322/tokayev-visit-964.html", date(2019, 3, 22)),
    ("https://example.at/aussendung/OTS_20190625_OTS0040/empfang", date(2019, 6, 25)),
    ("https://example.es/mundo/2022-04-07/reunion", date(2022, 4, 7)),
])
def test_an_address_names_the_day_its_site_files_the_page_under(url: str, day: date) -> None:
    assert url_day(url) == day


@pytest.mark.parametrize("url", [
    None, "",
    "https://example.com/a/200266",  # an article number
    "https://example.ru/news/811318625/talks.html",  # nine digits: no date
    "https://example.com/2023/02/30/talks",  # no such day
    "https://example.com/news/2022/11/",  # a month alone
    "https://20190322.example.com/talks",  # the host holds no date
])
def test_an_address_without_a_real_day_names_none(url: str | None) -> None:
    assert url_day(url) is None



# Joe Biden and Xi Jinping met at Woodside, California, on 15 November 2023.


def test_an_undated_page_counts_its_days_from_the_day_in_its_address(real: RuleExtractor) -> None:
    text = ("US President Joe Biden met Chinese President Xi Jinping near San Francisco yesterday for four "
            "hours of talks, the White House said.")
    doc = build_doc(text).model_copy(update={"url": "https://example.com/world/2023/11/16/biden-xi-talks"})
    got = [c for c in real.extract(doc) if c.status == "occurred"]
    assert [(sorted((c.a.country, c.b.country)), c.date) for c in got] == [(["CHN", "USA"], "2023-11-15")]
    # a publication day, when the page has one, comes first (the address here files it days later)
    dated = doc.model_copy(update={"published": date(2023, 11, 16),
                                   "url": "https://example.com/world/2023/11/20/biden-xi-talks"})
    assert [c.date for c in real.extract(dated) if c.status == "occurred"] == ["2023-11-15"]
