"""Every held-out set follows shared/eval/SCHEMA.md, names leaders the gazetteer places in office, covers
its cases and copies no other set's text.

Extraction work never reads these texts (docs/HELDOUT*.md): these tests check the files' form, not the
extractor. One test serves every set (tests/evalset/registry.py); what is particular to a set, such as
how its languages write dates, stays in that set's folder.
"""

from __future__ import annotations

from collections import Counter

import pytest

from graph.models import MODES, SETTINGS
from ingest.gazetteer import Gazetteer, load_default
from tests.evalset.registry import SETS, EvalSet, other_records, records
from tests.evalset.set_checks import check_set_doc, copied, unplaced_leaders
from tests.gold_check.gold_files import SHARED_EVAL, Record, read_records

BY_SET = pytest.mark.parametrize("evalset", SETS, ids=[s.name for s in SETS])
# Two checks came with later sets; the earlier sets were written before them and do not meet them.
PLACED = [s for s in SETS if s.leaders_placed]
DISTINCT = [s for s in SETS if s.distinct_texts]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_default()


def _check_doc(evalset: EvalSet, rec: Record) -> list[str]:
    return check_set_doc(rec, evalset.id_pattern, evalset.url, evalset.counts, evalset.words)


@BY_SET
def test_one_file_per_language_holding_only_that_language(evalset: EvalSet) -> None:
    written = evalset.languages_written()
    if evalset.every_language:
        assert written == sorted(evalset.counts)
    assert set(written) <= set(evalset.counts)
    for path, lang in zip(evalset.files(), written, strict=True):
        assert {r.data["lang"] for r in read_records(path)} == {lang}, path.name


@BY_SET
def test_every_document_follows_the_schema(evalset: EvalSet) -> None:
    assert records(evalset), f"tests/{evalset.name} holds no documents"
    problems = [f"{r.where} {r.data.get('id')}: {p}"
                for r in records(evalset) for p in _check_doc(evalset, r)]
    assert not problems, "\n".join(problems)


@BY_SET
def test_each_language_has_its_documents(evalset: EvalSet) -> None:
    written = Counter(r.data["lang"] for r in records(evalset))
    assert written == Counter({lang: evalset.counts[lang] for lang in evalset.languages_written()})


@BY_SET
def test_ids_number_each_language_from_one(evalset: EvalSet) -> None:
    by_lang: dict[str, list[int]] = {}
    for r in records(evalset):
        by_lang.setdefault(r.data["lang"], []).append(int(r.data["id"][-3:]))
    assert {lang: nums for lang, nums in by_lang.items() if nums != list(range(1, len(nums) + 1))} == {}


@BY_SET
def test_ids_are_unique_here_and_against_every_other_set(evalset: EvalSet) -> None:
    counts = Counter(r.data.get("id") for r in records(evalset) + other_records(evalset))
    assert [i for i, n in counts.items() if i is not None and n > 1] == []


@BY_SET
def test_language_is_the_declared_one(evalset: EvalSet) -> None:
    problems = [f"{r.data['id']}: {p}" for r in records(evalset)
                if (p := evalset.language_problem(r.data["lang"], r.data["text"])) is not None]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("evalset", PLACED, ids=[s.name for s in PLACED])
def test_every_gold_leader_held_the_office_on_the_contacts_date(
    evalset: EvalSet, gazetteer: Gazetteer
) -> None:
    problems = [p for r in records(evalset) for p in unplaced_leaders(r, gazetteer)]
    assert not problems, "\n".join(problems)


@BY_SET
def test_negatives_are_the_share_the_set_was_written_with(evalset: EvalSet) -> None:
    negatives = sum(1 for r in records(evalset) if not r.data["contacts"])
    least, most = evalset.negatives
    assert least * len(records(evalset)) <= negatives <= most * len(records(evalset))


@BY_SET
def test_the_set_covers_the_cases_it_was_written_for(evalset: EvalSet) -> None:
    docs, cases = records(evalset), evalset.cases
    contacts = [c for r in docs for c in r.data["contacts"]]
    assert {c["mode"] for c in contacts} == set(MODES)
    assert {c["setting"] for c in contacts} == set(SETTINGS)
    assert {c["date_precision"] for c in contacts} == {"day", "month", "year", None}
    assert sum(c["status"] == "planned" for c in contacts) >= cases.planned
    assert cases.bodies <= {p["country"] for c in contacts for p in (c["a"], c["b"])}
    # Several contacts in one text, and one pair met twice (or met and plans to meet) in one text.
    assert sum(len(r.data["contacts"]) >= 3 for r in docs) >= cases.several
    pairs = [Counter(frozenset((c["a"]["country"], c["b"]["country"])) for c in r.data["contacts"])
             for r in docs if r.data["contacts"]]
    assert sum(max(p.values()) >= 2 for p in pairs) >= cases.pair_twice


@BY_SET
def test_no_text_is_shared_with_our_other_sets(evalset: EvalSet) -> None:
    assert other_records(evalset), "no other document set found beside this one"
    assert copied(records(evalset), other_records(evalset)) == {}


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not beside the repository")
@BY_SET
def test_no_text_is_shared_with_the_shared_set(evalset: EvalSet) -> None:
    shared = [r for p in sorted(SHARED_EVAL.glob("*.jsonl")) for r in read_records(p)]
    assert copied(records(evalset), shared) == {}


@pytest.mark.parametrize("evalset", DISTINCT, ids=[s.name for s in DISTINCT])
def test_no_two_documents_of_this_set_share_a_run(evalset: EvalSet) -> None:
    docs = records(evalset)
    shared = [copied([r], [o for o in docs if o is not r]) for r in docs]
    assert [found for found in shared if found] == []


def _faults(evalset: EvalSet) -> list[tuple[str, object]]:
    """One wrong value per field the checker reads, with the id and url of every other set and of gold."""
    others = [s for s in SETS if s is not evalset]
    return [
        ("id", "g-en-001"),
        *[("id", f"{s.prefix}-en-001") for s in others],
        ("url", "https://www.example.com/en/001"),
        *[("url", s.url.format(lang="en", num="001")) for s in others],
        ("lang", "nl"),
        ("published", None),
        ("text", "Too short to be a report."),
        ("contacts", [{"a": "nobody"}]),
    ]


@pytest.mark.parametrize(
    ("evalset", "field", "value"),
    [(s, f, v) for s in SETS for f, v in _faults(s)],
    ids=[f"{s.name}-{f}-{v}" for s in SETS for f, v in _faults(s)],
)
def test_the_checker_catches_each_kind_of_fault(evalset: EvalSet, field: str, value: object) -> None:
    good = next(r for r in records(evalset) if r.data["contacts"])
    assert _check_doc(evalset, good) == []
    bad = Record(good.path, good.line, {**good.data, field: value})
    assert _check_doc(evalset, bad) != []


@BY_SET
def test_the_gazetteer_check_catches_a_leader_out_of_office(evalset: EvalSet, gazetteer: Gazetteer) -> None:
    good = next(r for r in records(evalset) if r.data["contacts"])
    assert unplaced_leaders(good, gazetteer) == []
    contact = {**good.data["contacts"][0], "date": "1950-01-01", "date_precision": "day"}
    bad = Record(good.path, good.line, {**good.data, "contacts": [contact]})
    assert len(unplaced_leaders(bad, gazetteer)) == 2
    renamed = {**good.data["contacts"][0], "a": {**contact["a"], "name": "Nobody Atall"}}
    assert unplaced_leaders(Record(good.path, good.line, {**good.data, "contacts": [renamed]}), gazetteer)


@BY_SET
def test_copy_detection_finds_a_shared_run(evalset: EvalSet) -> None:
    doc = records(evalset)[0]
    echo = Record(doc.path, doc.line, {**doc.data, "id": "x", "text": "Intro. " + doc.data["text"][:400]})
    assert doc.data["id"] in copied([doc], [echo])
