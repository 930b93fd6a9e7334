"""`diplograph extract` and `diplograph eval` as a user runs them: the installed command, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.processes import run_cli

ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SEED = json.loads((ROOT / "tests" / "e2e" / "seed_report_ar.json").read_text(encoding="utf-8"))
GOLD_FIELDS = {"a", "b", "mode", "setting", "date", "date_precision", "status", "topics", "places_discussed",
               "evidence"}


def participant(name: str, country: str) -> dict[str, str]:
    return {"name": name, "country": country, "role": "head_of_state"}


def call(other: dict[str, str], topics: list[str]) -> dict[str, Any]:
    return {"a": participant("Ahmed al-Sharaa", "SYR"), "b": other, "mode": "phone", "setting": "bilateral",
            "date": "2026-01-08", "date_precision": "day", "status": "occurred", "topics": topics,
            "places_discussed": ["Syria"], "evidence": ""}


# Our own seed report as a gold record: two calls; the spokesman paragraph is not a contact.
GOLD = {
    "id": "ours-ar-001", **SEED,
    "contacts": [
        call(participant("Recep Tayyip Erdogan", "TUR"), ["regional_situation", "bilateral_relations"]),
        call(participant("Emmanuel Macron", "FRA"), ["sovereignty_territorial_integrity"]),
    ],
}
# A report with no leader-to-leader contact: a spokesman talking to television.
NEGATIVE = {
    "id": "ours-en-002", "lang": "en", "published": "2026-01-09", "url": None, "title": None,
    "text": "A spokesman for the interior ministry told state television that security units were deployed "
            "in the city to protect civilians, and that a detailed statement would follow.",
    "contacts": [],
}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_extract_writes_one_gold_form_line_per_document(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [GOLD, NEGATIVE])
    done = run_cli("extract", str(source), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["ours-ar-001", "ours-en-002"]
    assert lines[1]["contacts"] == []
    contacts = lines[0]["contacts"]
    for contact in contacts:
        assert set(contact) == GOLD_FIELDS
        for side in ("a", "b"):
            assert set(contact[side]) == {"name", "country", "role", "id"}
        assert contact["evidence"] in SEED["text"]
    found = {(frozenset((c["a"]["country"], c["b"]["country"])), c["mode"], c["date"]) for c in contacts}
    assert found == {(frozenset(("SYR", "TUR")), "phone", "2026-01-08"),
                     (frozenset(("SYR", "FRA")), "phone", "2026-01-08")}
    assert not (tmp_path / "data").exists(), "extract must not open a store"


def test_extract_to_a_file(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [NEGATIVE])
    done = run_cli("extract", str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()] == [
        {"id": "ours-en-002", "contacts": []}
    ]


def test_extract_names_a_bad_line(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps(NEGATIVE) + "\n{not json\n", encoding="utf-8")
    done = run_cli("extract", str(source), cwd=tmp_path)
    assert done.returncode == 2
    assert "bad.jsonl:2" in done.stderr and "Traceback" not in done.stderr


def test_extract_missing_file(tmp_path: Path) -> None:
    done = run_cli("extract", str(tmp_path / "nope.jsonl"), cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_eval_prints_the_table(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [GOLD, NEGATIVE])
    done = run_cli("eval", str(gold), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split() for line in done.stdout.splitlines() if line.strip()}
    # language  docs  TP  FP  FN  precision  recall  F1
    assert rows["ar"][1:5] == ["1", "2", "0", "0"]
    assert rows["en"][1:5] == ["1", "0", "0", "0"]
    assert rows["overall"][1:] == ["2", "2", "0", "0", "1.000", "1.000", "1.000"]
    assert "mode accuracy" in done.stdout and "date accuracy" in done.stdout
    assert "name accuracy" in done.stdout and "topics" in done.stdout


def test_eval_counts_a_missed_contact(tmp_path: Path) -> None:
    # Claim a third call the text does not report: recall drops, precision stays.
    extra = call(participant("Abdel Fattah el-Sisi", "EGY"), ["regional_situation"])
    gold = write_jsonl(tmp_path / "gold.jsonl", [{**GOLD, "contacts": [*GOLD["contacts"], extra]}])
    done = run_cli("eval", str(gold), "--errors", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    overall = next(line.split() for line in done.stdout.splitlines() if line.startswith("overall"))
    assert overall[2:5] == ["2", "0", "1"] and overall[5] == "1.000" and overall[6] == "0.667"
    assert "FN" in done.stdout and "EGY" in done.stdout



def test_eval_kinds_names_the_kind_of_each_error_without_showing_text(tmp_path: Path) -> None:
    extra = call(participant("Abdel Fattah el-Sisi", "EGY"), ["regional_situation"])
    gold = write_jsonl(tmp_path / "gold.jsonl", [{**GOLD, "contacts": [*GOLD["contacts"], extra]}])
    done = run_cli("eval", str(gold), "--kinds", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    kinds = done.stdout.split("errors by kind", 1)[1]
    assert "1  missed:" in kinds and "extra:" not in kinds
    assert str(GOLD["text"])[:30] not in done.stdout

NO_SHARED = pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not on this machine")


@NO_SHARED
def test_extract_on_the_shared_seed_gives_the_gold_contacts(tmp_path: Path) -> None:
    seed = SHARED_EVAL / "dev_seed.jsonl"
    gold = [json.loads(line) for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    done = run_cli("extract", str(seed), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    predicted = [json.loads(line) for line in done.stdout.splitlines()]

    def key(c: dict[str, Any]) -> tuple[frozenset[str], str, str | None]:
        return frozenset((c["a"]["country"], c["b"]["country"])), c["mode"], c["date"]

    for g, p in zip(gold, predicted, strict=True):
        assert g["id"] == p["id"]
        occurred = [c for c in p["contacts"] if c["status"] == "occurred"]
        assert sorted(map(key, occurred), key=str) == sorted(map(key, g["contacts"]), key=str)


@NO_SHARED
def test_eval_on_the_shared_gold_files(tmp_path: Path) -> None:
    files = sorted(str(p) for p in SHARED_EVAL.glob("*.jsonl"))
    done = run_cli("eval", *files, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("overall") for line in done.stdout.splitlines())


def test_extract_keeps_a_line_whose_text_holds_a_raw_line_separator(tmp_path: Path) -> None:
    # JSON allows U+2028, U+2029 and U+0085 raw inside strings; str.splitlines() cut the line there and
    # the valid record was refused as "invalid JSON".
    text = "Macron called Putin on Monday.\u2028Second line\u0085third."
    record = {"id": "sep", "lang": "en", "text": text}
    source = write_jsonl(tmp_path / "sep.jsonl", [record])
    done = run_cli("extract", str(source), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["sep"]


def test_eval_names_a_malformed_gold_contact_instead_of_crashing(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [GOLD, {**NEGATIVE, "contacts": [{"a": 5, "b": None}]}])
    done = run_cli("eval", str(gold), cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "gold.jsonl:2" in done.stderr and "contacts[0]" in done.stderr


BAD_RECORDS = [
    ({"id": "u", "text": "x", "url": 5}, "url"),  # was a pydantic traceback, exit 1
    ({"id": "l", "text": "x", "lang": ["en"]}, "lang"),
    ({"id": "t", "text": "x", "title": {"a": 1}}, "title"),
    ({"id": True, "text": "x"}, "id"),
    ({"id": "big", "text": "x" * 1001}, "limit"),
]
BAD_GOLD = [
    ({"id": "g", "text": "x", "contacts": "none"}, "contacts"),  # each was a traceback, exit 1
    ({"id": "g", "text": "x", "contacts": [None]}, "contacts[0]"),
    ({"id": "g", "text": "x", "contacts": [{"a": 5, "b": {"name": "X", "country": "FRA"}}]}, "a:"),
    ({"id": "g", "text": "x", "contacts": [{"a": {"name": "X"}, "b": {"name": "Y", "country": "FR"}}]}, "a:"),
    ({"id": "g", "text": "x", "contacts": [{**GOLD["contacts"][0], "topics": [{"x": 1}]}]}, "topics"),
    ({"id": "g", "text": "x", "contacts": [{**GOLD["contacts"][0], "date": 20260108}]}, "date"),
]


@pytest.mark.parametrize(("record", "fragment"), BAD_RECORDS + [(r, f) for r, f in BAD_GOLD])
def test_read_records_names_each_malformed_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, Any], fragment: str
) -> None:
    from typer import Exit

    from app.cli import read_records

    gold = "contacts" in record
    path = write_jsonl(tmp_path / "in.jsonl", [NEGATIVE, record])
    with pytest.raises(Exit) as stopped:
        read_records([path], max_text_chars=1000, gold=gold)
    assert stopped.value.exit_code == 2
    message = " ".join(capsys.readouterr().err.split())
    assert "in.jsonl:2:" in message and fragment in message, message


def test_eval_refuses_an_empty_gold_file_and_repeated_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from typer import Exit

    from app.cli import read_records

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    assert read_records([empty], max_text_chars=1000) == []  # extract: nothing to do, fine
    with pytest.raises(Exit):  # eval: a perfect score on nothing was printed
        read_records([empty], max_text_chars=1000, gold=True)
    assert "No gold documents" in capsys.readouterr().err
    twice = write_jsonl(tmp_path / "twice.jsonl", [NEGATIVE, NEGATIVE])
    with pytest.raises(Exit):
        read_records([twice], max_text_chars=1000, gold=True)
    assert "twice.jsonl:2:" in capsys.readouterr().err
