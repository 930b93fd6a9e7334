"""Data gaps mended on 2026-11-30: South Korea's prime minister Kim Min-seok, King Philippe in Dutch."""

from __future__ import annotations

from datetime import date

import pytest

from graph.models import Role
from ingest.gazetteer import Gazetteer


def _holders(gaz: Gazetteer, country: str, role: Role, day: str) -> list[str]:
    return sorted(ldr.id for ldr in gaz.holders(country, role, date.fromisoformat(day)))


@pytest.mark.parametrize(("role", "day", "expected"), [
    # the president headed the government until he appointed Kim Min-seok, who heads it from 3 July 2025
    ("head_of_government", "2025-06-20", ["lee-jae-myung"]),
    ("head_of_government", "2025-08-01", ["kim-min-seok"]),
    ("head_of_state", "2025-08-01", ["lee-jae-myung"]),
    ("head_of_government", "2025-06-30", ["lee-jae-myung"]),
])
def test_south_korea_s_prime_minister_from_july_2025(gaz: Gazetteer, role: Role, day: str,
                                                     expected: list[str]) -> None:
    assert _holders(gaz, "KOR", role, day) == expected


@pytest.mark.parametrize(("alias", "leader"), [
    ("김민석", "kim-min-seok"), ("Kim Min-seok", "kim-min-seok"), ("Ким Мин Сок", "kim-min-seok"),
    ("Ким Мин Сока", "kim-min-seok"),
    # the Flemish and Dutch press write Belgium's king Filip
    ("koning Filip", "philippe-of-belgium"), ("Filip van België", "philippe-of-belgium"),
])
def test_the_mended_names_find_their_leader(gaz: Gazetteer, alias: str, leader: str) -> None:
    assert leader in [ldr.id for ldr in gaz.by_alias(alias)]


def test_kim_alone_stays_kim_jong_un_s(gaz: Gazetteer) -> None:
    # no surname-only form for the prime minister: "Kim" in the press is the North Korean leader
    assert "kim-min-seok" not in [ldr.id for ldr in gaz.by_alias("Kim")]
