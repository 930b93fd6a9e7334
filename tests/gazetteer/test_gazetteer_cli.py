"""`diplograph gazetteer refresh` run as a user runs it, on the recorded Wikidata answers."""

from __future__ import annotations

import shutil
from pathlib import Path

from ingest.gazetteer import DATA_DIR
from ingest.gazetteer.terms import read_rows
from tests.e2e.processes import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"


def test_refresh_of_france_from_recorded_answers_passes_the_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR / "manual", data / "manual")
    for name in ("countries.jsonl", "titles.jsonl", "wikidata_terms.jsonl", "leaders.jsonl"):
        shutil.copy(DATA_DIR / name, data / name)
    args = ("--only", "fra", "--recorded", str(FIXTURES), "--data-dir", str(data))
    done = run_cli("gazetteer", "refresh", *args, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check: 0 errors" in done.stdout and "Traceback" not in done.stderr
    rows = list(read_rows(data / "wikidata_terms.jsonl"))
    assert {r["qid"] for r in rows if r["country"] == "FRA"} >= {"Q3052772", "Q329"}  # Macron, Sarkozy
    assert any(r["country"] == "DEU" for r in rows)  # the other states keep their rows
    # The bundled data is untouched: the refresh wrote only into --data-dir.
    assert (DATA_DIR / "wikidata_terms.jsonl").read_bytes() != (data / "wikidata_terms.jsonl").read_bytes()


def test_refresh_of_an_unknown_state_fails_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR / "manual", data / "manual")
    done = run_cli("gazetteer", "refresh", "--only", "FRA,XXX", "--recorded", str(FIXTURES),
                   "--data-dir", str(data), cwd=tmp_path)
    assert done.returncode == 1 and "XXX" in done.stderr and "Traceback" not in done.stderr
    assert not (data / "leaders.jsonl").exists()
