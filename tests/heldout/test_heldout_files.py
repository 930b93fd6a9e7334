"""The held-out evaluation set follows shared/eval/SCHEMA.md, covers its cases and copies no other set's text.

Extraction work never reads these texts (docs/HELDOUT.md): these tests check the files' form, not the
extractor. The per-contact checks are the gold set's own (tests/gold_check), so both sets obey one rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from graph.models import MODES, SETTINGS
from tests.gold_check.gold_files import GOLD_DIR, SAMPLES, SHARED_EVAL, Record, read_records
from tests.gold_check.test_gold_files import _check_contact, _script_problem, _shingles
from tests.heldout.heldout_files import heldout_files

# Documents per language the held-out set was written with (docs/HELDOUT.md).
COUNTS = {"ar": 14, "en": 14, "fr": 12, "es": 12, "ru": 12, "de": 10, "tr": 10, "fa": 10, "it": 3, "pt": 3}
DOC_KEYS = {"id", "lang", "url", "published", "title", "text", "contacts", "notes"}
ID = re.compile(r"^h-(?P<lang>[a-z]{2})-(?P<num>\d{3})$")
URL = "https://heldout.diplograph.invalid/{lang}/{num}"
# Frequent short words of the two languages the gold checker does not know, against its Latin ones.
EXTRA_STOPWORDS = {
    "it": {"il", "della", "che", "per", "con", "del", "nel", "una", "sono", "alla"},
    "pt": {"o", "da", "do", "em", "que", "com", "os", "uma", "não", "ao"},
    "es": {"el", "los", "las", "del", "y", "que", "con", "por", "una", "se"},
    "fr": {"le", "les", "des", "et", "du", "une", "est", "pour", "avec", "au"},
}
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")


def _check_doc(rec: Record) -> list[str]:
    """Return every problem found in one held-out document (empty when it is well-formed)."""
    d, problems = rec.data, []
    if set(d) != DOC_KEYS:
        return [f"keys {sorted(d)} != {sorted(DOC_KEYS)}"]
    m = ID.match(d["id"]) if isinstance(d["id"], str) else None
    if not m:
        return [f"id {d['id']!r} is not like h-fa-007"]
    if m["lang"] != d["lang"] or d["lang"] not in COUNTS:
        problems.append(f"lang {d['lang']!r} does not fit id {d['id']} or is not a held-out language")
    if d["url"] != URL.format(lang=m["lang"], num=m["num"]):
        problems.append(f"url {d['url']!r} is not {URL.format(lang=m['lang'], num=m['num'])}")
    try:
        published = date.fromisoformat(d["published"])
    except (TypeError, ValueError):
        return [*problems, f"published {d['published']!r} is not an ISO date"]
    if not (isinstance(d["title"], str) and d["title"].strip()):
        problems.append("title is empty")
    if not (isinstance(d["text"], str) and 150 <= len(d["text"].split()) <= 600):
        problems.append("text is not 150-600 words")
    if not (isinstance(d["notes"], str) and d["notes"].strip()):
        problems.append("notes are empty")
    if not isinstance(d["contacts"], list):
        return [*problems, "contacts is not a list"]
    for i, c in enumerate(d["contacts"]):
        problems += [f"contact {i}: {p}" for p in _check_contact(c, d["text"], published)]
    return problems


def _language_problem(lang: str, text: str) -> str | None:
    """The gold checker's script and language test, with Italian and Portuguese added."""
    if lang not in ("it", "pt"):
        return _script_problem(lang, text)
    letters = [ch for ch in text if ch.isalpha()]
    if sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters) < 0.9 * len(letters):
        return "not mostly Latin letters"
    words = Counter(re.findall(r"\w+", text.lower()))
    found = max(EXTRA_STOPWORDS, key=lambda k: sum(words[w] for w in EXTRA_STOPWORDS[k]))
    return None if found == lang else f"reads as {found}, labelled {lang}"


def _copied(records: list[Record], others: list[Record]) -> dict[str, int]:
    """Documents sharing a run of ten words with any of the other records, and how many runs."""
    seen = set().union(*(_shingles(r.data["text"]) for r in others))
    found = {r.data["id"]: len(_shingles(r.data["text"]) & seen) for r in records}
    return {i: n for i, n in found.items() if n}


def test_one_file_per_language_holding_only_that_language() -> None:
    assert [p.name for p in heldout_files()] == sorted(f"heldout_{lang}.jsonl" for lang in COUNTS)
    for path in heldout_files():
        lang = path.stem.removeprefix("heldout_")
        assert {r.data["lang"] for r in read_records(path)} == {lang}, path.name


def test_every_document_follows_the_schema(heldout_records: list[Record]) -> None:
    problems = [f"{r.where} {r.data.get('id')}: {p}" for r in heldout_records for p in _check_doc(r)]
    assert not problems, "\n".join(problems)


def test_each_language_has_its_documents(heldout_records: list[Record]) -> None:
    assert Counter(r.data["lang"] for r in heldout_records) == Counter(COUNTS)


def test_ids_are_unique_here_and_against_gold_and_samples(heldout_records: list[Record]) -> None:
    others = [r for p in sorted(GOLD_DIR.glob("*.jsonl")) for r in read_records(p)] + read_records(SAMPLES)
    counts = Counter(r.data["id"] for r in heldout_records + others)
    assert [i for i, n in counts.items() if n > 1] == []


def test_language_is_the_declared_one(heldout_records: list[Record]) -> None:
    problems = [f"{r.data['id']}: {p}" for r in heldout_records
                if (p := _language_problem(r.data["lang"], r.data["text"])) is not None]
    assert not problems, "\n".join(problems)


def test_about_fifteen_percent_are_negatives(heldout_records: list[Record]) -> None:
    negatives = sum(1 for r in heldout_records if not r.data["contacts"])
    assert 0.12 * len(heldout_records) <= negatives <= 0.2 * len(heldout_records)


def test_the_set_covers_the_cases_it_was_written_for(heldout_records: list[Record]) -> None:
    contacts = [c for r in heldout_records for c in r.data["contacts"]]
    assert {c["mode"] for c in contacts} == set(MODES)
    assert {c["setting"] for c in contacts} == set(SETTINGS)
    assert {c["date_precision"] for c in contacts} == {"day", "month", "year", None}
    assert sum(c["status"] == "planned" for c in contacts) >= 10
    bodies = {p["country"] for c in contacts for p in (c["a"], c["b"])}
    assert {"UN", "EU"} <= bodies
    # Several contacts in one text, and one pair met twice in one text.
    assert sum(len(r.data["contacts"]) >= 3 for r in heldout_records) >= 15
    pairs = [Counter(frozenset((c["a"]["country"], c["b"]["country"])) for c in r.data["contacts"])
             for r in heldout_records if r.data["contacts"]]
    assert any(max(p.values()) >= 2 for p in pairs)
    # Persian texts with Solar Hijri dates in Persian digits, Arabic texts with Eastern Arabic digits.
    fa = [r.data["text"] for r in heldout_records if r.data["lang"] == "fa"]
    assert sum(bool(PERSIAN_DIGITS & set(t)) and any(m in t for m in SOLAR_MONTHS) for t in fa) >= 5
    assert any(ARABIC_DIGITS & set(r.data["text"]) for r in heldout_records if r.data["lang"] == "ar")


def test_no_text_is_shared_with_our_gold_set_or_samples(heldout_records: list[Record]) -> None:
    others = [r for p in sorted(GOLD_DIR.glob("*.jsonl")) for r in read_records(p)] + read_records(SAMPLES)
    assert _copied(heldout_records, others) == {}


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not beside the repository")
def test_no_text_is_shared_with_the_shared_set(heldout_records: list[Record]) -> None:
    shared = [r for p in sorted(SHARED_EVAL.glob("*.jsonl")) for r in read_records(p)]
    assert _copied(heldout_records, shared) == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "g-en-001"),
        ("url", "https://www.example.com/en/001"),
        ("lang", "nl"),
        ("published", None),
        ("text", "Too short to be a report."),
        ("contacts", [{"a": "nobody"}]),
    ],
)
def test_the_checker_catches_each_kind_of_fault(
    heldout_records: list[Record], field: str, value: object
) -> None:
    good = next(r for r in heldout_records if r.data["contacts"])
    assert _check_doc(good) == []
    bad = Record(good.path, good.line, {**good.data, field: value})
    assert _check_doc(bad) != []


def test_copy_detection_finds_a_shared_run(heldout_records: list[Record]) -> None:
    doc = heldout_records[0]
    echo = Record(doc.path, doc.line, {**doc.data, "id": "x", "text": "Intro. " + doc.data["text"][:400]})
    assert doc.data["id"] in _copied([doc], [echo])
