"""Titles: one-person titles resolved by date, and which title word names which role per country."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ingest.gazetteer import Gazetteer, OfficeTitle, Title
from ingest.gazetteer.check import check_titles


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


@pytest.mark.parametrize(("country", "day", "expected"), [
    ("SAU", "2020-01-01", []),  # crown prince since 2017, but King Salman headed the government
    ("SAU", "2022-09-27", ["mohammed-bin-salman"]),  # the handover day names the new prime minister only
    ("SAU", "2026-11-29", ["mohammed-bin-salman"]),
    ("BHR", "2019-01-01", []),  # Khalifa bin Salman was prime minister, not crown prince
    ("BHR", "2021-01-01", ["salman-bin-hamad-al-khalifa"]),
    ("KWT", "1995-01-01", ["saad-al-abdullah-al-salim-al-sabah"]),
    ("KWT", "2010-01-01", []),
    ("QAT", "2020-01-01", []),  # a monarchy whose crown prince never headed the government
])
def test_crown_prince_names_a_leader_only_while_he_heads_the_government(
        gaz: Gazetteer, country: str, day: str, expected: list[str]) -> None:
    assert ids(gaz.holders_by_title(country, "crown_prince", date.fromisoformat(day))) == expected


def test_crown_prince_is_a_head_of_government_title(gaz: Gazetteer) -> None:
    assert gaz.countries["SAU"].roles_for("crown_prince", date(2023, 1, 1)) == ("head_of_government",)
    assert gaz.countries["SAU"].roles_for("crown_prince", date(2021, 1, 1)) == ()


@pytest.mark.parametrize(("kind", "day", "expected"), [
    ("commission_president", "2025-03-01", ["ursula-von-der-leyen"]),
    ("commission_president", "2010-03-01", ["jose-manuel-barroso"]),
    ("council_president", "2025-03-01", ["antonio-costa"]),
    ("council_president", "2012-03-01", ["herman-van-rompuy"]),
    ("council_president", "2005-03-01", []),  # no permanent president before 2009-12-01
])
def test_eu_title_kinds_name_one_office(gaz: Gazetteer, kind: str, day: str, expected: list[str]) -> None:
    assert ids(gaz.holders_by_title("EU", kind, date.fromisoformat(day))) == expected


@pytest.mark.parametrize(("alias", "expected"), [
    ("presidente della Commissione europea", "ursula-von-der-leyen"),
    ("presidente da Comissão Europeia", "ursula-von-der-leyen"),
    ("EU-Kommissionschefin", "ursula-von-der-leyen"),
    ("AB Komisyonu Başkanı", "ursula-von-der-leyen"),
    ("председателем Еврокомиссии", "ursula-von-der-leyen"),
    ("presidente del Consiglio europeo", "antonio-costa"),
    ("presidente do Conselho Europeu", "antonio-costa"),
    ("Avrupa Birliği Konseyi Başkanı", "antonio-costa"),
    ("segretario generale dell'Onu", "antonio-guterres"),
    ("secretário-geral da ONU", "antonio-guterres"),
    ("re saudita", "salman-bin-abdulaziz-al-saud"),
    ("emir do Catar", "tamim-bin-hamad-al-thani"),
    ("Sommo Pontefice", "pope-leo-xiv"),
])
def test_titles_in_italian_portuguese_and_more(gaz: Gazetteer, alias: str, expected: str) -> None:
    assert ids(gaz.title_holders(alias, date(2025, 6, 1))) == [expected]


def test_every_title_with_a_kind_resolves_through_it(gaz: Gazetteer) -> None:
    kinds = {t.kind for t in gaz.titles if t.kind}
    # (crown_prince: the German forms of the Saudi crown prince, a leader only from 2022-09-27; round seven)
    assert kinds == {"commission_president", "council_president", "crown_prince"}
    eu = [t for t in gaz.titles if t.country == "EU"]
    assert eu and all(t.kind for t in eu)


def test_check_reports_unknown_title_words_and_kinds(gaz: Gazetteer) -> None:
    sau = gaz.countries["SAU"]
    bad_office = OfficeTitle(role="head_of_government", title="crown_princ", leaders=("nobody-at-all",))
    countries = {**gaz.countries, "SAU": replace(sau, offices=(*sau.offices, bad_office))}
    titles = [Title(alias="Kronprinz von Saudi-Arabien", lang="de", country="SAU", role="head_of_government",
                    kind="heir")]
    broken = Gazetteer(leaders=gaz.leaders, countries=countries, titles=titles)
    messages = [p.message for p in check_titles(broken)]
    assert any("unknown title word 'crown_princ'" in m for m in messages)
    assert any("unknown leaders ['nobody-at-all']" in m for m in messages)
    assert any("no office titled 'heir'" in m for m in messages)
    assert check_titles(gaz) == []
