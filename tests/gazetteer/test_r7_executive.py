"""Round seven: the forms of government file (data/manual/executive.jsonl) is well formed and dated."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from ingest.gazetteer import load_default


def test_every_country_is_known_and_its_spans_do_not_overlap() -> None:
    gaz = load_default()
    assert len(gaz.executive) >= 50
    for iso3, spans in gaz.executive.items():
        assert iso3 in gaz.countries, iso3
        ordered = sorted(spans, key=lambda e: e.start or date.min)
        for before, after in pairwise(ordered):
            assert before.end is not None and after.start is not None and before.end < after.start, iso3


def test_spans_answer_by_day() -> None:
    gaz = load_default()
    georgia = gaz.executive_on("GEO", date(2013, 11, 16)), gaz.executive_on("GEO", date(2013, 11, 17))
    assert georgia[0] is None and georgia[1] is not None and not georgia[1].reigning
    barbados = gaz.executive_on("BRB", date(2021, 11, 29)), gaz.executive_on("BRB", date(2021, 11, 30))
    assert barbados[0] is not None and barbados[0].reigning
    assert barbados[1] is not None and not barbados[1].reigning
    assert gaz.executive_on("PAK", date(2005, 1, 1)) is None
    assert gaz.executive_on("FRA", None) is None and gaz.executive_on("JPN", None) is not None


def test_the_german_saudi_crown_prince_is_dated_by_its_kind() -> None:
    gaz = load_default()
    assert [ldr.id for ldr in gaz.title_holders("saudischen Kronprinzen", date(2023, 6, 16))] == [
        "mohammed-bin-salman"]
    assert gaz.title_holders("saudischen Kronprinzen", date(2019, 6, 16)) == []
    assert [ldr.id for ldr in gaz.title_holders("Fürsten von Monaco", date(2014, 1, 18))] == [
        "albert-ii-of-monaco"]
