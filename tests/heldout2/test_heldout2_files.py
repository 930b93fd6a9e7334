"""The second held-out set follows shared/eval/SCHEMA.md, covers its cases and copies no other set's text.

Extraction work never reads these texts (docs/HELDOUT2.md): these tests check the files' form, not the
extractor. The per-contact and language checks are the gold set's own (tests/gold_check), so every set
obeys one rule; only what is particular to this set (ids, urls, counts, cases) is checked here.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from graph.models import MODES, SETTINGS
from tests.evalset.set_checks import check_set_doc
from tests.evalset.set_checks import copied as _copied
from tests.gold_check.gold_files import SHARED_EVAL, Record, read_records
from tests.gold_check.test_gold_files import _script_problem
from tests.heldout2.heldout2_files import heldout2_files

# Documents per language the set was written with (docs/HELDOUT2.md).
COUNTS = {"ar": 14, "en": 14, "fr": 12, "es": 12, "ru": 12, "de": 12, "tr": 12, "fa": 12, "it": 5, "pt": 5}
ID = re.compile(r"^h2-(?P<lang>[a-z]{2})-(?P<num>\d{3})$")
URL = "https://heldout2.diplograph.invalid/{lang}/{num}"
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
# "8 Ocak 2026 Perşembe": day, month, year and weekday, as Turkish official texts date things.
TURKISH_DATE = re.compile(
    r"\b\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) \d{4} "
    r"(Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)\b")
# "15 июня 2023 года": a Russian date with the month in the genitive.
RUSSIAN_DATE = re.compile(
    r"\b\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r" \d{4} года\b")


def _check_doc(rec: Record) -> list[str]:
    """Return every problem found in one document of this set (empty when it is well-formed)."""
    return check_set_doc(rec, ID, URL, COUNTS)


def test_one_file_per_language_holding_only_that_language() -> None:
    assert [p.name for p in heldout2_files()] == sorted(f"heldout2_{lang}.jsonl" for lang in COUNTS)
    for path in heldout2_files():
        lang = path.stem.removeprefix("heldout2_")
        assert {r.data["lang"] for r in read_records(path)} == {lang}, path.name


def test_every_document_follows_the_schema(heldout2_records: list[Record]) -> None:
    problems = [f"{r.where} {r.data.get('id')}: {p}" for r in heldout2_records for p in _check_doc(r)]
    assert not problems, "\n".join(problems)


def test_each_language_has_its_documents(heldout2_records: list[Record]) -> None:
    assert Counter(r.data["lang"] for r in heldout2_records) == Counter(COUNTS)


def test_ids_are_unique_here_and_against_every_other_set(
    heldout2_records: list[Record], other_records: list[Record]
) -> None:
    counts = Counter(r.data.get("id") for r in heldout2_records + other_records)
    assert [i for i, n in counts.items() if i is not None and n > 1] == []


def test_language_is_the_declared_one(heldout2_records: list[Record]) -> None:
    problems = [f"{r.data['id']}: {p}" for r in heldout2_records
                if (p := _script_problem(r.data["lang"], r.data["text"])) is not None]
    assert not problems, "\n".join(problems)


def test_about_fifteen_percent_are_negatives(heldout2_records: list[Record]) -> None:
    negatives = sum(1 for r in heldout2_records if not r.data["contacts"])
    assert 0.12 * len(heldout2_records) <= negatives <= 0.2 * len(heldout2_records)


def test_the_set_covers_the_cases_it_was_written_for(heldout2_records: list[Record]) -> None:
    contacts = [c for r in heldout2_records for c in r.data["contacts"]]
    assert {c["mode"] for c in contacts} == set(MODES)
    assert {c["setting"] for c in contacts} == set(SETTINGS)
    assert {c["date_precision"] for c in contacts} == {"day", "month", "year", None}
    assert sum(c["status"] == "planned" for c in contacts) >= 10
    bodies = {p["country"] for c in contacts for p in (c["a"], c["b"])}
    assert {"UN", "EU"} <= bodies
    # Several contacts in one text, and one pair met twice in one text.
    assert sum(len(r.data["contacts"]) >= 3 for r in heldout2_records) >= 15
    pairs = [Counter(frozenset((c["a"]["country"], c["b"]["country"])) for c in r.data["contacts"])
             for r in heldout2_records if r.data["contacts"]]
    assert sum(max(p.values()) >= 2 for p in pairs) >= 10


def test_dates_are_written_as_each_language_writes_them(heldout2_records: list[Record]) -> None:
    texts: dict[str, list[str]] = {}
    for r in heldout2_records:
        texts.setdefault(r.data["lang"], []).append(r.data["text"])
    # Solar Hijri dates in Persian digits, Eastern Arabic digits, Turkish and Russian long dates.
    assert sum(bool(PERSIAN_DIGITS & set(t)) and any(m in t for m in SOLAR_MONTHS) for t in texts["fa"]) >= 8
    assert sum(bool(ARABIC_DIGITS & set(t)) for t in texts["ar"]) >= 5
    assert sum(bool(TURKISH_DATE.search(t)) for t in texts["tr"]) >= 3
    assert sum(bool(RUSSIAN_DATE.search(t)) for t in texts["ru"]) >= 3


def test_no_text_is_shared_with_our_other_sets(
    heldout2_records: list[Record], other_records: list[Record]
) -> None:
    assert other_records, "no other document set found beside this one"
    assert _copied(heldout2_records, other_records) == {}


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not beside the repository")
def test_no_text_is_shared_with_the_shared_set(heldout2_records: list[Record]) -> None:
    shared = [r for p in sorted(SHARED_EVAL.glob("*.jsonl")) for r in read_records(p)]
    assert _copied(heldout2_records, shared) == {}


def test_no_two_documents_of_this_set_share_a_run(heldout2_records: list[Record]) -> None:
    shared = [_copied([r], [o for o in heldout2_records if o is not r]) for r in heldout2_records]
    assert [found for found in shared if found] == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "h-en-001"),
        ("url", "https://heldout.diplograph.invalid/en/001"),
        ("lang", "nl"),
        ("published", None),
        ("text", "Too short to be a report."),
        ("contacts", [{"a": "nobody"}]),
    ],
)
def test_the_checker_catches_each_kind_of_fault(
    heldout2_records: list[Record], field: str, value: object
) -> None:
    good = next(r for r in heldout2_records if r.data["contacts"])
    assert _check_doc(good) == []
    bad = Record(good.path, good.line, {**good.data, field: value})
    assert _check_doc(bad) != []


def test_copy_detection_finds_a_shared_run(heldout2_records: list[Record]) -> None:
    doc = heldout2_records[0]
    echo = Record(doc.path, doc.line, {**doc.data, "id": "x", "text": "Intro. " + doc.data["text"][:400]})
    assert doc.data["id"] in _copied([doc], [echo])
