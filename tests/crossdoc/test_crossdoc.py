"""Across documents: one real contact reported by several outlets, in several languages, is one contact.

reports.jsonl holds real contacts (calls, a video call, meetings, a letter), each written up by three to
six documents of our own in the styles of different outlets and in eight languages, dated explicitly,
relatively ("yesterday", "on Tuesday"), days later, or not at all, plus distractors: the same pairs on
other days and planned meetings of the same pairs. Everything goes through the real path (ingest_paths,
then the worker with the rule-based extractor) into a real store; see docs/CROSSDOC.md.

Where the extractor misreads one of our texts, the assertions that depend on it are marked xfail with
strict=True and the reason: once the extractor is fixed they pass, the strict mark fails the run, and the
mark should then be removed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from graph.keys import contact_id
from graph.models import Contact, ContactFilter, Document
from graph.sqlite.store import SqliteStore
from ingest.extract.base import Extractor
from ingest.normalize import RawDocument, build_document
from tests.contract.builders import ERDOGAN, PUTIN, report
from tests.contract.checks import assert_ties_consistent
from tests.crossdoc.crossdoc_kit import (
    DATA,
    EVENTS,
    GOLD,
    NORMALIZE,
    NOW,
    Ingested,
    Report,
    StoreMaker,
    all_contacts,
    ingest_and_work,
    stored_ids,
    work,
    write_jsonl,
)
from tests.gold_check.gold_files import SHARED_EVAL, read_records
from tests.gold_check.test_gold_files import _check_contact, _script_problem, _shingles

BY_ID = {rec["id"]: rec for rec in GOLD}
LANGS = ("en", "ar", "fr", "es", "ru", "de", "tr", "fa")

# Documents the rule-based extractor misreads today (found by this set; the extractor is not ours to
# change here). Each reason says what goes wrong and why, as far as we could tell from outside.
EXTRACTOR_MISSES = {
    "xd-ar-007": "no contact: 'في زيارة تزامنت مع الذكرى الثالثة للحرب الروسية على أوكرانيا' is read as a "
                 "visit to a third country (Ukraine, after 'على', 'on'), so the Trump-Macron meeting is "
                 "dropped",
    "xd-en-011": "'accepted an invitation to visit Beijing in April' gives no planned contact",
    "xd-fr-012": "the letter is dated by 'mercredi' (its release, 2019-10-16) next to 'lettre', not by "
                 "'adressée le 9 octobre'",
    "xd-ar-012": "the lead 'نص الرسالة التي بعث بها ... دونالد ترامب إلى نظيره ... في 9 أكتوبر' gives no "
                 "contact (the leaders stand in a relative clause); the letter is found only in the next "
                 "sentence, dated by the publication day (2019-10-17)",
}


def _event_misses(event: str) -> str | None:
    """The extractor misses that keep an event from being one contact with all its reports."""
    broken = {
        "macron-trump-white-house-2025-02-24": ["xd-ar-007"],
        "trump-xi-beijing-planned-2026-04": ["xd-en-011"],
        "trump-erdogan-letter-2019-10-09": ["xd-fr-012", "xd-ar-012"],
    }.get(event)
    return None if broken is None else "; ".join(f"{d}: {EXTRACTOR_MISSES[d]}" for d in broken)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"extractor miss (not a merge fault): {reason}")


def _params(values: list[str], miss: Callable[[str], str | None]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        reason = miss(value)
        out.append(pytest.param(value, marks=_xfail(reason)) if reason else value)
    return out


# ----------------------------------------------------------------------------------------------------
# The set itself: well-formed, our own words, and holding the cases docs/CROSSDOC.md says it holds.


def test_every_document_follows_the_gold_schema_and_names_its_event() -> None:
    problems = []
    for rec in GOLD:
        where = rec["id"]
        if set(rec) != {"id", "lang", "url", "published", "title", "text", "contacts", "notes"}:
            problems.append(f"{where}: keys {sorted(rec)}")
            continue
        if not re.fullmatch(rf"xd-{rec['lang']}-\d{{3}}", rec["id"]):
            problems.append(f"{where}: id is not xd-<lang>-NNN")
        if rec["url"] is not None and not re.match(r"^https://[a-z.]+\.invalid/", rec["url"]):
            problems.append(f"{where}: url is not on our own .invalid scheme")
        if len(rec["text"]) < 300 or not rec["notes"]:
            problems.append(f"{where}: text under 300 characters or no notes")
        if (script := _script_problem(rec["lang"], rec["text"])) is not None:
            problems.append(f"{where}: {script}")
        published = date.fromisoformat(rec["published"]) if rec["published"] else None
        for contact in rec["contacts"]:
            if not re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", str(contact.get("event", ""))):
                problems.append(f"{where}: contact without an event key")
            schema_only = {k: v for k, v in contact.items() if k != "event"}
            problems += [f"{where}: {p}" for p in _check_contact(schema_only, rec["text"], published)]
    assert problems == []
    assert len({rec["id"] for rec in GOLD}) == len(GOLD)


def test_reports_of_one_event_agree_on_its_pair_status_and_day() -> None:
    for event, reports in EVENTS.items():
        assert len({r.countries for r in reports}) == 1, event
        assert len({r.contact["status"] for r in reports}) == 1, event
        assert len({r.contact["date"] for r in reports if r.contact["date"] is not None}) == 1, event
        assert len({r.doc for r in reports}) == len(reports), f"{event}: one report per document"


def test_the_set_holds_the_cases_it_is_meant_to_prove() -> None:
    occurred = {e: rs for e, rs in EVENTS.items() if rs[0].contact["status"] == "occurred"}
    merged = {e: rs for e, rs in occurred.items() if len(rs) >= 3}
    assert len(merged) >= 8, "about eight real contacts with three or more reports each"
    assert {rec["lang"] for rec in GOLD} == set(LANGS)
    assert all(len({BY_ID[r.doc]["lang"] for r in rs}) >= 3 for rs in merged.values())
    # Relative and late dates: a report published a day or more after the day it gives, and one two.
    lags = [(date.fromisoformat(BY_ID[r.doc]["published"]) - date.fromisoformat(r.contact["date"])).days
            for rs in merged.values() for r in rs if r.contact["date"] and BY_ID[r.doc]["published"]]
    assert 0 in lags and 1 in lags and max(lags) >= 2
    # Undated reports: no publication date and no date of their own, joining dated ones.
    undated = [r for rs in merged.values() for r in rs if r.contact["date"] is None]
    assert undated and all(BY_ID[r.doc]["published"] is None for r in undated)
    # Compatible modes: a video call reported as a call.
    assert any({r.contact["mode"] for r in rs} == {"video", "phone"} for rs in merged.values())
    # Distractors: a pair with several contacts of its own, and planned meetings of reported pairs.
    pairs = Counter(rs[0].countries for rs in occurred.values())
    assert max(pairs.values()) >= 3
    planned = [rs[0] for rs in EVENTS.values() if rs[0].contact["status"] == "planned"]
    assert len(planned) >= 2 and all(p.countries in pairs for p in planned)
    assert any(len(rs) >= 2 for rs in EVENTS.values() if rs[0].contact["status"] == "planned")


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not beside the repository")
def test_no_text_shares_a_ten_word_run_with_the_shared_set() -> None:
    shared = set().union(*(_shingles(r.data["text"]) for p in sorted(SHARED_EVAL.glob("*.jsonl"))
                           for r in read_records(p)))
    assert {rec["id"]: n for rec in GOLD if (n := len(_shingles(rec["text"]) & shared))} == {}


# ----------------------------------------------------------------------------------------------------
# Each document on its own, through the extractor (what the store then merges).


def _key(countries: frozenset[str], mode: str, day: str | None, status: str) -> tuple[str, ...]:
    return ("-".join(sorted(countries)), mode, day or "undated", status)


def _doc(rec: dict[str, Any]) -> Document:
    raw = RawDocument(text=rec["text"], url=rec["url"], title=rec["title"], lang=rec["lang"],
                      published=rec["published"])
    return build_document(raw, NORMALIZE)


@pytest.mark.parametrize("doc_id", _params(list(BY_ID), EXTRACTOR_MISSES.get))
def test_the_extractor_reads_each_report_as_the_gold_says(doc_id: str, extractor: Extractor) -> None:
    rec = BY_ID[doc_id]
    found = sorted(_key(frozenset((c.a.country, c.b.country)), c.mode, c.date, c.status)
                   for c in extractor.extract(_doc(rec)))
    want = sorted(_key(frozenset((c["a"]["country"], c["b"]["country"])), c["mode"], c["date"], c["status"])
                  for c in rec["contacts"])
    assert found == want


# ----------------------------------------------------------------------------------------------------
# The store after ingesting every document: one contact per event, with a source per report.


def _folded_mode(reports: list[Report]) -> str:
    """The mode the store should give: the most reported one (the set has no ties to break)."""
    (top, n), *rest = Counter(str(r.contact["mode"]) for r in reports).most_common()
    assert all(m < n for _, m in rest), "a tie of modes in the gold set"
    return top


@pytest.mark.parametrize("event", _params(sorted(EVENTS), _event_misses))
def test_each_event_is_one_contact_with_a_source_per_report(event: str, ingested: Ingested) -> None:
    reports = EVENTS[event]
    reporters = {r.doc for r in reports}
    mine = [c for c in ingested.contacts if event in ingested.events_of(c)]
    assert [sorted(ingested.reporters(c)) for c in mine] == [sorted(reporters)]
    contact = mine[0]
    assert len(contact.sources) == len(reports)
    dated = [r.contact for r in reports if r.contact["date"] is not None]
    assert dated, "every event has a dated report"
    assert (contact.date, contact.date_precision) == (dated[0]["date"], dated[0]["date_precision"])
    assert contact.mode == _folded_mode(reports)
    assert contact.status == reports[0].contact["status"]
    names = {ingested.store.resolve_leader(p["name"]).id for p in (reports[0].contact["a"],
                                                                   reports[0].contact["b"])}
    assert {contact.a.leader_id, contact.b.leader_id} == names
    for source in contact.sources:
        doc = ingested.store.get_document(source.document_id)
        assert doc.text[source.start:source.end] == source.evidence
        assert source.lang == BY_ID[ingested.gold_of[doc.id]]["lang"]


def test_no_contact_mixes_reports_of_two_events(ingested: Ingested) -> None:
    # The distractors (the same pair on other days, planned meetings of the same pair) stay apart: the
    # Trump-Putin calls of February and March, their Alaska meeting and its announcement are four contacts.
    mixed = {c.id: sorted(ingested.events_of(c)) for c in ingested.contacts if len(ingested.events_of(c)) > 1}
    assert mixed == {}
    trump_putin = [c for c in ingested.contacts if {c.a.leader_id, c.b.leader_id} == {"donald-trump",
                   "vladimir-putin"} and ingested.events_of(c)]
    assert len(trump_putin) == 4


@pytest.mark.xfail(strict=True, reason="extractor misses add or drop contacts against the gold events: "
                   + "; ".join(f"{d}: {why}" for d, why in EXTRACTOR_MISSES.items()
                               if d in {"xd-en-011"})
                   + "; and the letter of 2019-10-09 is split in two by the misdated reports")
def test_the_store_holds_one_contact_per_event_and_nothing_else(ingested: Ingested) -> None:
    assert sorted(sorted(ingested.events_of(c)) for c in ingested.contacts) == sorted([e] for e in EVENTS)


def _gold_pairs() -> dict[str, list[str]]:
    """The occurred events of each pair of leaders ("Donald Trump & Vladimir Putin")."""
    out: dict[str, list[str]] = defaultdict(list)
    for event, reports in EVENTS.items():
        c = reports[0].contact
        if c["status"] == "occurred":
            out[" & ".join(sorted((c["a"]["name"], c["b"]["name"])))].append(event)
    return dict(out)


GOLD_PAIRS = _gold_pairs()
# The document whose misreading adds a contact to a pair, or splits one.
_PAIR_MISSES = {
    "Donald Trump & Recep Tayyip Erdogan": "xd-fr-012",
}


def _pair_miss(label: str) -> str | None:
    doc = _PAIR_MISSES.get(label)
    return None if doc is None else f"{doc}: {EXTRACTOR_MISSES[doc]}"


@pytest.mark.parametrize("label", _params(sorted(GOLD_PAIRS), _pair_miss))
def test_each_pair_tie_counts_its_real_contacts(label: str, ingested: Ingested) -> None:
    evs = GOLD_PAIRS[label]
    a, b = (ingested.store.resolve_leader(n).id for n in label.split(" & "))
    summary = ingested.store.pair_summary(a, b)
    assert summary.count == len(evs)
    days = sorted(next(r.contact["date"] for r in EVENTS[e] if r.contact["date"]) for e in evs)
    assert (summary.first, summary.last) == (days[0], days[-1])
    assert summary.by_mode == dict(Counter(_folded_mode(EVENTS[e]) for e in evs))


def test_ties_equal_a_recount_of_the_contacts(ingested: Ingested) -> None:
    assert_ties_consistent(ingested.store)


# ----------------------------------------------------------------------------------------------------
# Both backends: the same contacts as the reference store, again after re-ingesting, in any order.


def _snapshot(contacts: list[Contact]) -> list[dict[str, Any]]:
    return [c.model_dump() for c in sorted(contacts, key=lambda c: c.id)]


def test_every_backend_stores_what_the_reference_store_holds(
    empty_store: StoreMaker, extractor: Extractor, ingested: Ingested
) -> None:
    store = empty_store()
    ingest_and_work(store, DATA, extractor)
    assert _snapshot(all_contacts(store)) == _snapshot(ingested.contacts)
    assert_ties_consistent(store)


def test_reingesting_everything_changes_nothing(empty_store: StoreMaker, extractor: Extractor) -> None:
    store = empty_store()
    ingest_and_work(store, DATA, extractor)
    before, counts, network = _snapshot(all_contacts(store)), store.counts(), store.network(ContactFilter())
    # The same file again: every document is a duplicate, nothing is queued, nothing changes.
    again = ingest_and_work(store, DATA, extractor)
    assert (again.queued, again.duplicates) == (0, len(GOLD))
    assert _snapshot(all_contacts(store)) == before
    # Every document extracted again (as after an extractor upgrade): the same contacts, ids and ties.
    ids = list(stored_ids().values())
    assert store.requeue(ids, NOW) == len(ids)
    work(store, extractor)
    assert _snapshot(all_contacts(store)) == before
    assert (store.counts(), store.network(ContactFilter())) == (counts, network)
    assert_ties_consistent(store)


def test_reverse_order_gives_the_same_contacts(
    empty_store: StoreMaker, extractor: Extractor, tmp_path: Path
) -> None:
    backward_file = write_jsonl(list(reversed(GOLD)), tmp_path / "reversed.jsonl")
    runs: list[tuple[list[Contact], dict[str, int]]] = []
    for path in (DATA, backward_file):
        store = empty_store()  # Neo4j: the same database, emptied; read everything before the next run
        ingest_and_work(store, path, extractor)
        order = {doc_id: n for n, doc_id in enumerate(stored_ids(path).values())}
        runs.append((all_contacts(store), order))
        assert_ties_consistent(store)
    (forward, forward_order), (backward, backward_order) = runs

    def by_documents(contacts: list[Contact]) -> dict[frozenset[str], Contact]:
        return {frozenset(s.document_id for s in c.sources): c for c in contacts}

    f, b = by_documents(forward), by_documents(backward)
    assert f.keys() == b.keys()
    # Everything but the id is folded from all the sources in document-id order: the same either way.
    assert {k: c.model_copy(update={"id": ""}) for k, c in f.items()} == {
        k: c.model_copy(update={"id": ""}) for k, c in b.items()}
    # The id is the one the first report processed gave it (docs/STORE.md): its pair, date, mode, status.
    # So ids differ between the orders exactly where the first reports differ in day or mode.
    firsts: list[dict[frozenset[str], tuple[str | None, str]]] = []
    for contacts, order in ((f, forward_order), (b, backward_order)):
        firsts.append({})
        for key, c in contacts.items():
            first = min(c.sources, key=lambda s: order[s.document_id]).assertion
            mode = first.mode or c.mode
            assert c.id == contact_id(c.a.leader_id, c.b.leader_id, first.date, mode, c.status)
            firsts[-1][key] = (first.date, mode)
    changed = {k for k in f if f[k].id != b[k].id}
    assert changed == {k for k in f if firsts[0][k] != firsts[1][k]}
    # The set makes this happen at least once (the undated report of the Sochi meeting comes first
    # backwards), so the rule above is exercised, not vacuous.
    assert changed and None in {firsts[1][k][0] for k in changed}


# ----------------------------------------------------------------------------------------------------
# A merge rule this set led us to: reports a day apart from a contact join it, and the contact's day moves.

CONSECUTIVE = {"report-a": "2025-03-01", "report-b": "2025-03-02", "report-c": "2025-03-03"}


@pytest.mark.xfail(strict=True, reason=(
    "merge rule (graph/merge.py with the stores' matching): a report is matched against a contact's folded "
    "day, which moves as reports join (the earliest on a tie), so three reports of one pair on 1, 2 and 3 "
    "March make two contacts ({1,2},{3}) when they arrive in that order and one contact spanning three "
    "days when they arrive 3, 2, 1"))
def test_reports_on_consecutive_days_group_alike_in_any_order(tmp_path: Path) -> None:
    # SQLite only: the rule is graph.merge's, shared by both backends (and tests/conftest.py counts an
    # xfailed Neo4j test as a skipped one).
    groupings = []
    for n, order in enumerate((sorted(CONSECUTIVE), sorted(CONSECUTIVE, reverse=True))):
        store = SqliteStore(tmp_path / f"order-{n}.db")
        store.migrate()
        for doc in order:
            store.save_extractions([(doc, [report(ERDOGAN, PUTIN, doc, date=CONSECUTIVE[doc])])])
        groupings.append(sorted(sorted(s.document_id for s in c.sources) for c in all_contacts(store)))
        store.close()
    assert groupings[0] == groupings[1]
