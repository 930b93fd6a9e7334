"""Russian spellings added in the tenth extraction pass: both ways agencies write Guterres, and Macky Sall."""

from __future__ import annotations

import pytest

from ingest.gazetteer import Gazetteer


@pytest.mark.parametrize(("name", "leader"), [
    # TASS writes Гутерриш, RIA Novosti and others Гутерреш; the Senegalese president is Макки Салл
    ("Антониу Гутерреш", "antonio-guterres"), ("Гутеррешем", "antonio-guterres"),
    ("Антониу Гутерриш", "antonio-guterres"), ("Макки Салл", "macky-sall"), ("Макки Салла", "macky-sall"),
])
def test_russian_spellings_find_their_leader(gaz: Gazetteer, name: str, leader: str) -> None:
    assert leader in [ldr.id for ldr in gaz.by_alias(name)]
