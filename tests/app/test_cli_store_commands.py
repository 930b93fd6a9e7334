"""`diplograph ingest` and `diplograph feeds` against a temporary store, run as a user runs them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from app.settings import Settings
from graph.factory import StoreConfig, open_store
from ingest.gazetteer import DATA_DIR
from tests.e2e.processes import run_cli

ROOT = Path(__file__).resolve().parents[2]
SEED = json.loads((ROOT / "tests" / "e2e" / "seed_report_ar.json").read_text(encoding="utf-8"))


def test_ingest_queues_then_extracts_and_is_idempotent(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "seed.json").write_text(json.dumps(SEED, ensure_ascii=False), encoding="utf-8")
    (folder / "note.txt").write_text("Headline\n\nA note that names no leader at all.", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"text": "fine line, no leaders"}\n{oops\n', encoding="utf-8")
    store = tmp_path / "cli.db"

    first = run_cli("ingest", str(folder), "--store", str(store), cwd=tmp_path)
    assert first.returncode == 1, first.stdout + first.stderr  # one refused line
    assert "broken.jsonl:2" in first.stderr and "Traceback" not in first.stderr
    assert "queued" in first.stdout and "contacts found" in first.stdout

    db = open_store(StoreConfig(location=str(store)))
    try:
        assert db.queue_stats() == {"queued": 0, "processing": 0, "done": 3, "failed": 0}
        assert db.counts().contacts == 2
    finally:
        db.close()

    (folder / "broken.jsonl").unlink()
    again = run_cli("ingest", str(folder), "--store", str(store), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    already = next(line for line in again.stdout.splitlines() if "already known" in line)
    assert "2" in already
    db = open_store(StoreConfig(location=str(store)))
    try:
        assert db.counts().documents == 3 and db.counts().contacts == 2
    finally:
        db.close()


def test_ingest_no_process_only_queues(tmp_path: Path) -> None:
    source = tmp_path / "seed.json"
    source.write_text(json.dumps(SEED, ensure_ascii=False), encoding="utf-8")
    done = run_cli("ingest", str(source), "--store", str(tmp_path / "q.db"), "--no-process", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    db = open_store(StoreConfig(location=str(tmp_path / "q.db")))
    try:
        assert db.queue_stats()["queued"] == 1 and db.counts().contacts == 0
    finally:
        db.close()


def test_store_defaults_to_the_setting(tmp_path: Path) -> None:
    # No --store: DIPLOGRAPH_STORE's default, ./data/diplograph.db, relative to the working directory.
    source = tmp_path / "seed.json"
    source.write_text(json.dumps(SEED, ensure_ascii=False), encoding="utf-8")
    done = run_cli("ingest", str(source), "--no-process", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    default = Settings.model_fields["store"].default
    assert (tmp_path / default).exists()


def test_feeds_add_list_remove(tmp_path: Path) -> None:
    store = ("--store", str(tmp_path / "feeds.db"))
    feed = "https://news.example.org/rss.xml"
    assert run_cli("feeds", "add", feed, *store, cwd=tmp_path).returncode == 0
    listed = run_cli("feeds", "list", *store, cwd=tmp_path)
    assert listed.returncode == 0 and feed in listed.stdout
    bad = run_cli("feeds", "add", "ftp://news.example.org/rss", *store, cwd=tmp_path)
    assert bad.returncode == 2 and "Not a feed URL" in bad.stderr
    assert run_cli("feeds", "remove", feed, *store, cwd=tmp_path).returncode == 0
    assert "news.example.org" not in run_cli("feeds", "list", *store, cwd=tmp_path).stdout
    gone = run_cli("feeds", "remove", feed, *store, cwd=tmp_path)
    assert gone.returncode == 1 and "No such feed" in gone.stderr


def test_invalid_setting_is_a_clear_error(tmp_path: Path) -> None:
    done = run_cli("serve", "--port", "70000", cwd=tmp_path)
    assert done.returncode == 2 and "port" in done.stderr and "Traceback" not in done.stderr


def test_gazetteer_check_passes_on_the_bundled_data(tmp_path: Path) -> None:
    done = run_cli("gazetteer", "check", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors" in done.stdout and "leaders checked" in done.stdout


def test_gazetteer_refresh_from_recorded_wikidata(tmp_path: Path) -> None:
    # A copy of the data folder with no terms yet, refreshed from the gazetteer tests' recorded answers.
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR / "manual", data / "manual")
    for name in ("countries.jsonl", "titles.jsonl"):
        shutil.copy(DATA_DIR / name, data / name)
    (data / "wikidata_terms.jsonl").write_text("", encoding="utf-8")
    recorded = ROOT / "tests" / "gazetteer" / "fixtures" / "wikidata"
    done = run_cli("gazetteer", "refresh", "--recorded", str(recorded), "--data-dir", str(data), cwd=tmp_path)
    assert "Traceback" not in done.stderr
    assert "terms of" in done.stdout and "check:" in done.stdout
    leaders = [json.loads(line) for line in (data / "leaders.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert "emmanuel-macron" in {row["id"] for row in leaders}
    # The recorded answers cover a handful of states (titles of the others fail the check): the exit
    # code follows the check's verdict.
    found = re.search(r"check: (\d+) errors", done.stdout)
    assert found is not None
    assert done.returncode == (1 if int(found.group(1)) else 0)


def test_gazetteer_refresh_refuses_a_folder_that_is_not_one(tmp_path: Path) -> None:
    args = ("--recorded", str(tmp_path), "--data-dir", str(tmp_path))
    done = run_cli("gazetteer", "refresh", *args, cwd=tmp_path)
    assert done.returncode == 2 and "Not a gazetteer data folder" in done.stderr


def test_ingest_refuses_lone_surrogates_and_deep_nesting_and_keeps_the_rest(tmp_path: Path) -> None:
    # Python's json decodes "\ud800" into a lone surrogate, which crashed the whole command when the text
    # was hashed (UnicodeEncodeError); 10,000 "[" crashed it with a RecursionError. Both lost every file.
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        '{"text": "Macron \\ud800 called Putin."}\n'
        '{"text": "A fine report about nothing.", "title": "t \\udfff"}\n'
        + "[" * 10_000 + "]" * 10_000 + "\n"
        '{"text": "A valid report that names no leader."}\n',
        encoding="utf-8",
    )
    (folder / "b.json").write_text('[{"text": "Lone \\udc00 low surrogate."}]', encoding="utf-8")
    (folder / "c.json").write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    store = tmp_path / "h.db"
    done = run_cli("ingest", str(folder), "--store", str(store), "--no-process", cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    refused = " ".join(done.stderr.split())
    for ref in ("a.jsonl:1: text: holds a lone surrogate", "a.jsonl:2: title: holds a lone surrogate",
                "a.jsonl:3: invalid JSON: nested too deeply", "b.json[0]: text: holds a lone surrogate",
                "c.json: invalid JSON: nested too deeply"):
        assert ref in refused, refused
    db = open_store(StoreConfig(location=str(store)))
    try:
        assert db.queue_stats()["queued"] == 1
    finally:
        db.close()
