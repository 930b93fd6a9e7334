"""Titles: one-person titles resolved by date, and which title word names which role per country."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.gazetteer import Gazetteer


def ids(leaders: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(ldr.id for ldr in leaders)


def test_custodian_of_the_two_holy_mosques(gaz: Gazetteer) -> None:
    custodian = "خادم الحرمين الشريفين"
    assert ids(gaz.title_holders(custodian, date(2020, 1, 1))) == ["salman-bin-abdulaziz-al-saud"]
    assert ids(gaz.title_holders(custodian, date(2010, 1, 1))) == ["abdullah-bin-abdulaziz-al-saud"]


def test_eu_titles_split_the_shared_code(gaz: Gazetteer) -> None:
    day = date(2025, 3, 1)
    assert ids(gaz.title_holders("President of the European Commission", day)) == ["ursula-von-der-leyen"]
    assert ids(gaz.title_holders("رئيس المجلس الأوروبي", day)) == ["antonio-costa"]
    assert ids(gaz.holders("EU", "intl_org_head", day)) == ["antonio-costa", "ursula-von-der-leyen"]


@pytest.mark.parametrize(("country", "title", "day", "expected"), [
    ("FRA", "president", "2019-06-01", ["emmanuel-macron"]),
    ("FRA", "president", "2010-06-01", ["nicolas-sarkozy"]),
    ("FRA", "prime_minister", "2019-06-01", ["edouard-philippe"]),
    ("IRN", "president", "2022-01-01", ["ebrahim-raisi"]),
    ("IRN", "supreme_leader", "2022-01-01", ["ali-khamenei"]),
    ("TUR", "prime_minister", "2016-01-01", ["ahmet-davutoglu"]),
    ("TUR", "prime_minister", "2020-01-01", []),
    ("TUR", "president", "2020-01-01", ["recep-tayyip-erdogan"]),
    ("DEU", "chancellor", "2020-01-01", ["angela-merkel"]),
    ("DEU", "president", "2020-01-01", ["frank-walter-steinmeier"]),
    ("SAU", "monarch", "2020-01-01", ["salman-bin-abdulaziz-al-saud"]),
    ("SAU", "prime_minister", "2023-01-01", ["mohammed-bin-salman"]),
    ("GBR", "monarch", "2023-01-01", ["charles-iii"]),
    ("UN", "secretary_general", "2020-01-01", ["antonio-guterres"]),
])
def test_holders_by_title(gaz: Gazetteer, country: str, title: str, day: str, expected: list[str]) -> None:
    assert ids(gaz.holders_by_title(country, title, date.fromisoformat(day))) == expected


def test_main_office_listed_first(gaz: Gazetteer) -> None:
    # Macron became President of France and co-prince of Andorra on the same day; France comes first.
    assert gaz.leader("emmanuel-macron").offices[0].country == "FRA"
