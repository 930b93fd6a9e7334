"""Round seven: leaders' gender as a fact (names_r7_gender.jsonl) carried onto graph.models.Leader."""

from __future__ import annotations

import json

from graph.models import Leader
from ingest.gazetteer import DATA_DIR, load_default
from ingest.gazetteer.names import entry_from_json, load_names
from ingest.gazetteer.terms import read_rows

_FILE = DATA_DIR / "manual" / "names_r7_gender.jsonl"


def test_gender_is_optional_and_unknown_by_default() -> None:
    assert Leader(id="x", name="X").gender is None
    assert Leader(id="x", name="X", gender="f").gender == "f"


def test_a_gender_only_entry_is_read() -> None:
    e = entry_from_json({"qid": "Q3606816", "name": "Jacinda Ardern", "gender": "f"})
    assert e.gender == "f" and not e.aliases and not e.short


def test_every_entry_names_a_leader_of_the_gazetteer_by_its_name() -> None:
    gaz = load_default()
    by_key = {ldr.wikidata or ldr.id: ldr for ldr in gaz.leaders.values()}
    rows = list(read_rows(_FILE))
    assert len(rows) >= 90
    for row in rows:
        assert set(row) <= {"qid", "id", "name", "gender"}, row  # gender only: no new names here
        ldr = by_key[row.get("qid") or row["id"]]
        assert ldr.name == row["name"] and ldr.gender == "f", row


def test_women_of_every_continent_are_marked() -> None:
    # A sample of the new entries (heads of state and government, 1990-2026) and of the older files.
    gaz = load_default()
    for lid in ("jacinda-ardern", "helen-clark", "tansu-ciller", "halimah-yacob", "ellen-johnson-sirleaf",
                "benazir-bhutto", "khaleda-zia", "violeta-chamorro", "laura-chinchilla", "sahle-work-zewde",
                "hilda-heine", "margaret-thatcher", "edith-cresson", "angela-merkel", "claudia-sheinbaum",
                "sanae-takaichi", "ursula-von-der-leyen"):
        assert gaz.leaders[lid].gender == "f", lid
    for lid in ("olaf-scholz", "emmanuel-macron", "xi-jinping", "narendra-modi"):
        assert gaz.leaders[lid].gender is None, lid


def test_the_built_rows_carry_the_names_files_gender() -> None:
    names = load_names(DATA_DIR / "manual")
    women = {k for k, e in names.items() if e.gender == "f"}
    rows = [json.loads(line) for line in (DATA_DIR / "leaders.jsonl").open(encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    marked = {r.get("wikidata") or r["id"] for r in rows if r.get("gender") == "f"}
    assert marked and marked <= women
    assert all(r.get("gender") in (None, "f") for r in rows)
