"""The built leaders.jsonl follows the manual files: a stale one fails the check until it is rebuilt."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from ingest.gazetteer import DATA_DIR, load
from ingest.gazetteer.build import stale_files
from ingest.gazetteer.check import check, errors

ROOT = Path(__file__).resolve().parents[2]


def _copy_data(target: Path) -> Path:
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("*.md"))
    return target


def test_committed_leaders_and_countries_are_what_the_build_makes() -> None:
    # Fails when someone edits data/manual/ and forgets `.venv/bin/python tools/build_leaders.py`.
    assert stale_files(DATA_DIR) == []


def test_a_manual_name_without_a_rebuild_fails_the_check_until_the_build_command_runs(tmp_path: Path) -> None:
    data = _copy_data(tmp_path / "data")
    # A made-up spelling of Kovind (Q16845347), so the bundled data cannot already hold it.
    row = {"qid": "Q16845347", "aliases": {"fa": ["کوویند تست‌نام"]}}
    with (data / "manual/names_scripts.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    assert load(data).by_alias("کوویند تست‌نام") == []
    stale = [p for p in errors(check(data)) if p.kind == "stale"]
    assert [p.message.split()[0] for p in stale] == ["leaders.jsonl"]
    assert "tools/build_leaders.py" in stale[0].message

    done = subprocess.run([sys.executable, "tools/build_leaders.py", "--data-dir", str(data)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "leaders" in done.stdout
    assert stale_files(data) == []
    assert [ldr.id for ldr in load(data).by_alias("کوویند تست‌نام")] == ["ram-nath-kovind"]


def test_a_changed_term_makes_countries_stale_too(tmp_path: Path) -> None:
    # countries.jsonl's `offices` (which title names which role when) come from the leaders' terms.
    data = _copy_data(tmp_path / "data")
    with (data / "manual/monarchies.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"country": "FRA", "start": "1990-01-01", "end": "1991-01-01"}) + "\n")
    assert stale_files(data) == ["countries.jsonl"]


def test_kovind_is_found_in_persian_with_or_without_the_joiner_and_in_russian() -> None:
    # The reported case: a Persian form in a manual file that only a rebuild brings to the extractor.
    gaz = load(DATA_DIR)
    for form in ("رام‌نات کوویند", "رام نات کوویند", "Рама Ната Ковинда", "Рам Натх Ковинд"):
        assert [ldr.id for ldr in gaz.by_alias(form)] == ["ram-nath-kovind"], form
    assert gaz.is_short("ram-nath-kovind", "کوویند")
