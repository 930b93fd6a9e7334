"""The bundled gazetteer loads, resolves offices by date and finds names in every script."""

from __future__ import annotations

from datetime import date

from graph.models import Leader
from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.gazetteer.terms import read_rows


def ids(leaders: list[Leader]) -> list[str]:
    return [ldr.id for ldr in leaders]


def test_french_president_by_date(gaz: Gazetteer) -> None:
    assert ids(gaz.holders("FRA", "head_of_state", date(2019, 6, 1))) == ["emmanuel-macron"]
    assert ids(gaz.holders("FRA", "head_of_state", date(2010, 6, 1))) == ["nicolas-sarkozy"]


def test_every_leader_row_validates_as_a_leader() -> None:
    # The loader skips validation for speed; this is where the rows are validated.
    for row in read_rows(DATA_DIR / "leaders.jsonl"):
        data = {k: v for k, v in row.items() if k not in ("names", "short")}
        Leader.model_validate(data)


def test_surname_forms_are_marked_short(gaz: Gazetteer) -> None:
    assert "emmanuel-macron" in ids(gaz.by_alias("Macron"))
    assert gaz.is_short("emmanuel-macron", "MACRON")
    assert not gaz.is_short("emmanuel-macron", "Emmanuel Macron")


def test_country_forms_in_several_languages(gaz: Gazetteer) -> None:
    for form in ("Turkish", "التركي", "التركية", "الأتراك", "turque", "турецкого", "Турции", "türkischen",
                 "ترکیه", "Türk"):
        assert "TUR" in gaz.country_index[__import__("graph.text").text.fold(form)], form
    assert "FRA" in gaz.country_index["frankreichs"]
