"""The fourth held-out set follows shared/eval/SCHEMA.md, names leaders the gazetteer places in office,
covers its cases and copies no other set's text.

Extraction work never reads these texts (docs/HELDOUT4.md): these tests check the files' form, not the
extractor. The per-document checks are shared with heldout2 and heldout3 (tests/evalset/set_checks.py);
only what is particular to this set (ids, urls, counts, cases) is set here.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from graph.models import MODES, SETTINGS
from ingest.gazetteer import Gazetteer
from tests.evalset.set_checks import check_set_doc, copied, unplaced_leaders
from tests.gold_check.gold_files import SHARED_EVAL, Record, read_records
from tests.gold_check.test_gold_files import _script_problem
from tests.heldout2.test_heldout2_files import TURKISH_DATE
from tests.heldout4.heldout4_files import heldout4_files

# Documents per language the set was written with (docs/HELDOUT4.md).
COUNTS = {"ar": 8, "en": 8, "fr": 8, "es": 8, "ru": 8, "de": 8, "tr": 7, "fa": 8, "it": 8, "pt": 8}
ID = re.compile(r"^h4-(?P<lang>[a-z]{2})-(?P<num>\d{3})$")
URL = "https://heldout4.diplograph.invalid/{lang}/{num}"
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")


def _check_doc(rec: Record) -> list[str]:
    """Return every problem found in one document of this set (empty when it is well-formed)."""
    return check_set_doc(rec, ID, URL, COUNTS)


def _languages_written() -> list[str]:
    return [p.stem.removeprefix("heldout4_") for p in heldout4_files()]


def test_one_file_per_language_holding_only_that_language() -> None:
    assert set(_languages_written()) <= set(COUNTS)
    for path in heldout4_files():
        lang = path.stem.removeprefix("heldout4_")
        assert {r.data["lang"] for r in read_records(path)} == {lang}, path.name


def test_every_document_follows_the_schema(heldout4_records: list[Record]) -> None:
    assert heldout4_records, "tests/heldout4 holds no documents"
    problems = [f"{r.where} {r.data.get('id')}: {p}" for r in heldout4_records for p in _check_doc(r)]
    assert not problems, "\n".join(problems)


def test_each_language_has_its_documents(heldout4_records: list[Record]) -> None:
    written = Counter(r.data["lang"] for r in heldout4_records)
    assert written == Counter({lang: COUNTS[lang] for lang in _languages_written()})


def test_ids_number_each_language_from_one(heldout4_records: list[Record]) -> None:
    by_lang: dict[str, list[int]] = {}
    for r in heldout4_records:
        by_lang.setdefault(r.data["lang"], []).append(int(r.data["id"][-3:]))
    assert {lang: nums for lang, nums in by_lang.items() if nums != list(range(1, len(nums) + 1))} == {}


def test_ids_are_unique_here_and_against_every_other_set(
    heldout4_records: list[Record], other_records: list[Record]
) -> None:
    counts = Counter(r.data.get("id") for r in heldout4_records + other_records)
    assert [i for i, n in counts.items() if i is not None and n > 1] == []


def test_language_is_the_declared_one(heldout4_records: list[Record]) -> None:
    problems = [f"{r.data['id']}: {p}" for r in heldout4_records
                if (p := _script_problem(r.data["lang"], r.data["text"])) is not None]
    assert not problems, "\n".join(problems)


def test_every_gold_leader_held_the_office_on_the_contacts_date(
    heldout4_records: list[Record], gazetteer: Gazetteer
) -> None:
    problems = [p for r in heldout4_records for p in unplaced_leaders(r, gazetteer)]
    assert not problems, "\n".join(problems)


def test_about_one_in_six_are_negatives(heldout4_records: list[Record]) -> None:
    negatives = sum(1 for r in heldout4_records if not r.data["contacts"])
    assert 0.12 * len(heldout4_records) <= negatives <= 0.22 * len(heldout4_records)


def test_the_set_covers_the_cases_it_was_written_for(heldout4_records: list[Record]) -> None:
    contacts = [c for r in heldout4_records for c in r.data["contacts"]]
    assert {c["mode"] for c in contacts} == set(MODES)
    assert {c["setting"] for c in contacts} == set(SETTINGS)
    assert {c["date_precision"] for c in contacts} == {"day", "month", "year", None}
    assert sum(c["status"] == "planned" for c in contacts) >= 3
    assert "EU" in {p["country"] for c in contacts for p in (c["a"], c["b"])}
    # Several contacts in one text, and one pair met twice (or met and plans to meet) in one text.
    assert sum(len(r.data["contacts"]) >= 3 for r in heldout4_records) >= 4
    pairs = [Counter(frozenset((c["a"]["country"], c["b"]["country"])) for c in r.data["contacts"])
             for r in heldout4_records if r.data["contacts"]]
    assert sum(max(p.values()) >= 2 for p in pairs) >= 4


def test_dates_are_written_as_each_language_writes_them(heldout4_records: list[Record]) -> None:
    texts: dict[str, list[str]] = {}
    for r in heldout4_records:
        texts.setdefault(r.data["lang"], []).append(r.data["text"])
    # Persian documents in Persian digits, some Arabic ones in Eastern Arabic digits.
    assert all(PERSIAN_DIGITS & set(t) for t in texts.get("fa", []))
    if "ar" in texts:
        assert sum(bool(ARABIC_DIGITS & set(t)) for t in texts["ar"]) >= 2
    # Turkish official long dates ("14 Şubat 2022 Pazartesi").
    if "tr" in texts:
        assert sum(bool(TURKISH_DATE.search(t)) for t in texts["tr"]) >= 2


def test_no_text_is_shared_with_our_other_sets(
    heldout4_records: list[Record], other_records: list[Record]
) -> None:
    assert other_records, "no other document set found beside this one"
    assert copied(heldout4_records, other_records) == {}


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not beside the repository")
def test_no_text_is_shared_with_the_shared_set(heldout4_records: list[Record]) -> None:
    shared = [r for p in sorted(SHARED_EVAL.glob("*.jsonl")) for r in read_records(p)]
    assert copied(heldout4_records, shared) == {}


def test_no_two_documents_of_this_set_share_a_run(heldout4_records: list[Record]) -> None:
    shared = [copied([r], [o for o in heldout4_records if o is not r]) for r in heldout4_records]
    assert [found for found in shared if found] == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "h3-en-001"),
        ("url", "https://heldout3.diplograph.invalid/en/001"),
        ("lang", "nl"),
        ("published", None),
        ("text", "Too short to be a report."),
        ("contacts", [{"a": "nobody"}]),
    ],
)
def test_the_checker_catches_each_kind_of_fault(
    heldout4_records: list[Record], field: str, value: object
) -> None:
    good = next(r for r in heldout4_records if r.data["contacts"])
    assert _check_doc(good) == []
    bad = Record(good.path, good.line, {**good.data, field: value})
    assert _check_doc(bad) != []


def test_the_gazetteer_check_catches_a_leader_out_of_office(
    heldout4_records: list[Record], gazetteer: Gazetteer
) -> None:
    good = next(r for r in heldout4_records if r.data["contacts"])
    assert unplaced_leaders(good, gazetteer) == []
    contact = {**good.data["contacts"][0], "date": "1950-01-01", "date_precision": "day"}
    bad = Record(good.path, good.line, {**good.data, "contacts": [contact]})
    assert len(unplaced_leaders(bad, gazetteer)) == 2


def test_copy_detection_finds_a_shared_run(heldout4_records: list[Record]) -> None:
    doc = heldout4_records[0]
    echo = Record(doc.path, doc.line, {**doc.data, "id": "x", "text": "Intro. " + doc.data["text"][:400]})
    assert doc.data["id"] in copied([doc], [echo])
