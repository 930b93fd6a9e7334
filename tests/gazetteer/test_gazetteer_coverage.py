"""Coverage and correctness of the leader data: famous offices by date, both roles, UN and EU."""

from __future__ import annotations

from datetime import date

import pytest

from graph.models import Role
from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.gazetteer.check import check, errors
from ingest.gazetteer.terms import read_rows

HOS: Role = "head_of_state"
HOG: Role = "head_of_government"


def holder_ids(gaz: Gazetteer, country: str, role: Role, day: str) -> list[str]:
    return sorted(ldr.id for ldr in gaz.holders(country, role, date.fromisoformat(day)))


@pytest.mark.parametrize(("country", "role", "day", "expected"), [
    ("USA", HOS, "2019-06-01", ["donald-trump"]),
    ("USA", HOS, "2022-06-01", ["joe-biden"]),
    ("USA", HOG, "2025-03-01", ["donald-trump"]),
    ("FRA", HOS, "2010-06-01", ["nicolas-sarkozy"]),
    ("FRA", HOG, "1998-01-01", ["lionel-jospin"]),
    ("TUR", HOG, "2010-01-01", ["recep-tayyip-erdogan"]),
    ("TUR", HOG, "2017-01-01", ["binali-yildirim"]),
    ("TUR", HOS, "2010-01-01", ["abdullah-gul"]),
    ("TUR", HOG, "2020-01-01", ["recep-tayyip-erdogan"]),
    ("RUS", HOS, "2010-01-01", ["dmitry-medvedev"]),
    ("RUS", HOG, "2010-01-01", ["vladimir-putin"]),
    ("RUS", HOS, "2000-02-01", ["vladimir-putin"]),
    ("GBR", HOG, "1995-01-01", ["john-major"]),
    ("GBR", HOS, "2023-01-01", ["charles-iii"]),
    ("DEU", HOG, "2025-06-01", ["friedrich-merz"]),
    ("EGY", HOS, "2011-06-01", ["mohamed-hussein-tantawi"]),
    ("EGY", HOS, "2020-01-01", ["abdel-fattah-el-sisi"]),
    ("SAU", HOS, "2020-01-01", ["salman-bin-abdulaziz-al-saud"]),
    ("SAU", HOG, "2020-01-01", ["salman-bin-abdulaziz-al-saud"]),
    ("SAU", HOG, "2023-01-01", ["mohammed-bin-salman"]),
    ("IRN", HOS, "2020-01-01", ["ali-khamenei"]),
    ("IRN", HOG, "2020-01-01", ["hassan-rouhani"]),
    ("IRN", HOG, "2024-06-15", ["mohammad-mokhber"]),
    ("QAT", HOS, "2020-01-01", ["tamim-bin-hamad-al-thani"]),
    ("JOR", HOS, "2020-01-01", ["abdullah-ii"]),
    ("SYR", HOS, "2020-01-01", ["bashar-al-assad"]),
    ("SYR", HOS, "2025-06-01", ["ahmed-al-sharaa"]),
    ("SYR", HOG, "2025-06-01", ["ahmed-al-sharaa"]),
    ("LBN", HOS, "2025-06-01", ["joseph-aoun"]),
    ("LBN", HOG, "2025-06-01", ["nawaf-salam"]),
    ("LBN", HOS, "2023-06-01", []),
    ("ESP", HOG, "2008-01-01", ["jose-luis-rodriguez-zapatero"]),
    ("ESP", HOS, "2020-01-01", ["felipe-vi"]),
    ("KOR", HOS, "2025-02-01", ["choi-sang-mok"]),
    ("JPN", HOG, "2026-01-15", ["sanae-takaichi"]),
    ("CHE", HOS, "2025-06-01", ["karin-keller-sutter"]),
    ("CHE", HOS, "2026-06-01", ["guy-parmelin"]),
    ("UKR", HOS, "2023-01-01", ["volodymyr-zelenskyy"]),
    ("SEN", HOG, "2025-01-01", ["ousmane-sonko"]),
    ("UN", "intl_org_head", "2020-01-01", ["antonio-guterres"]),
    ("EU", "intl_org_head", "2020-01-01", ["charles-michel", "ursula-von-der-leyen"]),
    ("AND", HOS, "2020-01-01", ["emmanuel-macron", "joan-enric-vives-i-sicilia"]),
    # Gaps filled in the second pass: acting presidents, caretakers, offices before 1991.
    ("ITA", HOS, "2015-01-20", ["pietro-grasso"]),
    ("DEU", HOS, "2012-03-01", ["horst-seehofer"]),
    ("PAK", HOG, "1993-06-01", ["nawaz-sharif"]),
    ("LTU", HOS, "1991-01-13", ["vytautas-landsbergis"]),
    ("UKR", HOS, "1991-08-24", ["leonid-kravchuk"]),
    ("QAT", HOG, "1993-01-01", ["khalifa-bin-hamad-al-thani"]),
    ("DEU", HOG, "2005-11-01", ["gerhard-schroder"]),
    # Changes checked as of 2026-11-29.
    ("GAB", HOG, "2026-06-01", ["brice-oligui-nguema"]),
    ("SYC", HOS, "2026-06-01", ["patrick-herminie"]),
    ("BEN", HOS, "2026-06-01", []),
])
def test_holder_on_day(gaz: Gazetteer, country: str, role: Role, day: str, expected: list[str]) -> None:
    assert holder_ids(gaz, country, role, day) == expected


def test_turkey_has_no_prime_minister_after_2018(gaz: Gazetteer) -> None:
    # After 2018-07-09 the president heads the government: the only holder is Erdoğan.
    assert holder_ids(gaz, "TUR", HOG, "2018-07-10") == ["recep-tayyip-erdogan"]
    assert holder_ids(gaz, "TUR", HOG, "2018-07-08") == ["binali-yildirim"]


def test_fictional_and_wrong_rows_are_gone(gaz: Gazetteer) -> None:
    assert not gaz.by_alias("Phil Baker")
    assert holder_ids(gaz, "USA", HOS, "2019-01-01") == ["donald-trump"]


def test_no_portuguese_labels_left(gaz: Gazetteer) -> None:
    portuguese = (" do Reino", " da Espanha", " de Marrocos", "Papa ", " da Jordânia")
    bad = [ldr.name for ldr in gaz.leaders.values() if any(w in ldr.name for w in portuguese)]
    assert bad == []


def test_every_un_member_has_both_roles_filled_in_october_2025(gaz: Gazetteer) -> None:
    un = [r["country"] for r in read_rows(DATA_DIR / "manual/scope.jsonl") if r.get("status") == "un_member"]
    assert len(un) == 193
    missing = [(c, r) for c in un for r in (HOS, HOG) if not gaz.holders(c, r, date(2025, 10, 1))]
    assert missing == [("HTI", HOS)]  # Haiti's collective Transitional Presidential Council


def test_check_finds_no_errors() -> None:
    problems = check(today=date(2026, 11, 29))
    assert errors(problems) == []


def test_canonical_names_are_the_english_ones(gaz: Gazetteer) -> None:
    assert gaz.leader("pope-francis").name == "Pope Francis"
    assert gaz.leaders["fazal-khaliq"].name == "Fazal Haq Khaliqyar"  # the id stays as first built
    assert gaz.leader("felipe-vi").name == "Felipe VI"
    assert gaz.leader("mohamed-bin-zayed-al-nahyan").name == "Mohamed bin Zayed Al Nahyan"
    lower = [ldr.name for ldr in gaz.leaders.values() if ldr.name.split()[-1].islower()]
    assert lower == []
