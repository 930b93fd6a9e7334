"""Batched contact writes inside one transaction: merge reports into contacts, keep sources and ties right.

A batch of extractions first runs LOCK_AND_READ: it locks the batch's documents and the leaders of every
pair it touches (in id order, so concurrent batches on one pair serialize) and reads what merging needs:
the stored contacts in each new report's date window (graph.merge.candidate_window), the contacts the
documents reported before, and the ties of the touched pairs. Python merges by the same rules as the
SQLite store (graph.merge: find_match, fold_assertions), a part (some pairs) at a time. Python works out
each part's new ties and ACTED counts from what it removes and adds, so a batch costs the same however
many contacts a pair already has, and WRITE_CONTACTS writes the part's contacts, ties and counts while the
next part is merged (Slices). WRITE_TIES then drops stubs no longer cited. Nothing is written unless the
whole batch is.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from graph.errors import InvalidInput
from graph.keys import contact_id, pair_key
from graph.merge import build_contact, candidate_window, find_match
from graph.models import Assertion, Contact, Leader, Mode, Office, Participant, Source, Status
from graph.neo4j import cypher
from graph.neo4j.db import Tx, column, records
from graph.neo4j.rows import Row, contact_from, contact_row, leader_row, tally_from_tie, tie_row
from graph.ties import Tally, earlier, later

Pair = tuple[str, str]
# New contact ids tried per round trip when a report's own id is taken (graph.keys.contact_id, -2, ...).
_FRESH_IDS = 8
# Reports per WRITE_CONTACTS statement, about, once a batch's first small parts are sent: the writer merges
# one part while the server writes the part before.
SLICE = 1000


@dataclass(slots=True)
class _Candidate:
    """The part of a contact that matching reads (graph.merge.Matchable)."""

    id: str
    pair: Pair
    status: Status
    mode: Mode
    date: str | None


@dataclass(slots=True)
class _Shape:
    """What a contact keeps whatever its reports say: participants (in id order), status, fallback mode."""

    a: Participant
    b: Participant
    status: Status
    mode: Mode


def _ordered(c: Contact) -> tuple[Participant, Participant]:
    if c.a.leader_id == c.b.leader_id:
        raise InvalidInput(f"contact {c.id} has the same leader on both sides: {c.a.leader_id}")
    return (c.a, c.b) if c.a.leader_id < c.b.leader_id else (c.b, c.a)


def _with_mode(source: Source, mode: Mode) -> Source:
    """Make a source say which mode it reported, taking the contact's when the extractor left it out."""
    if source.assertion.mode is not None:
        return source
    # model_copy: both models are valid already; a shallow copy costs half of model_construct here.
    return source.model_copy(update={"assertion": source.assertion.model_copy(update={"mode": mode})})


def _first_source(document_id: str, contact: Contact) -> Source | None:
    """Return the first source (in text order) a document gives a contact, if it gives one."""
    mine = [s for s in contact.sources if s.document_id == document_id]
    return min(mine, key=lambda s: (s.start, s.end)) if mine else None


def _report_source(document_id: str, contact: Contact) -> Source:
    """Return the one source a document gives a contact: its first, or what the contact itself says."""
    source = _first_source(document_id, contact)
    if source is None:
        source = Source(
            document_id=document_id,
            evidence="",
            start=0,
            end=0,
            assertion=Assertion(
                setting=contact.setting,
                date=contact.date,
                date_precision=contact.date_precision,
                topics=contact.topics,
                places=contact.places,
                initiator=contact.initiator,
                confidence=contact.confidence,
            ),
        )
    return _with_mode(source, contact.mode)


def _key(pair: Pair) -> str:
    return pair_key(*pair)


def _pair(c: Contact) -> Pair:
    return (
        (c.a.leader_id, c.b.leader_id) if c.a.leader_id <= c.b.leader_id else (c.b.leader_id, c.a.leader_id)
    )


class _Batch:
    """The stored contacts a batch may change, and the reports it adds to them."""

    def __init__(
        self, stored: Iterable[Contact], owners: Iterable[str], held: Callable[[list[str]], set[str]]
    ) -> None:
        self.stored = {c.id: c for c in stored}
        self.by_pair: dict[Pair, dict[str, _Candidate]] = defaultdict(dict)
        for c in self.stored.values():
            self.by_pair[_pair(c)][c.id] = _Candidate(c.id, _pair(c), c.status, c.mode, c.date)
        # Contact ids known to be held in the store (or created by this batch); `held` asks about others.
        self.owners = {*self.stored, *owners}
        self.held = held
        self.sources: dict[str, dict[str, Source]] = {
            cid: {s.document_id: s for s in c.sources} for cid, c in self.stored.items()
        }
        self.created: dict[str, _Shape] = {}
        self.taken: dict[str, set[str]] = defaultdict(set)
        self.touched: dict[Pair, set[str]] = defaultdict(set)  # the contacts to refold, by pair

    def drop_documents(self, document_ids: Iterable[str]) -> None:
        """Forget every report these documents made (their contacts are refolded or deleted)."""
        gone = set(document_ids)
        for cid, by_doc in self.sources.items():
            if gone & by_doc.keys():
                self.touched[_pair(self.stored[cid])].add(cid)
                for doc in gone:
                    by_doc.pop(doc, None)

    def add_report(self, document_id: str, contact: Contact) -> None:
        """Merge one document's report of a contact into the contact it matches, or a new one."""
        a, b = _ordered(contact)
        pair = (a.leader_id, b.leader_id)
        source = _report_source(document_id, contact)
        report = _Candidate(
            contact.id, pair, contact.status, source.assertion.mode or contact.mode, source.assertion.date
        )
        candidates = self.by_pair[pair]
        match = find_match(report, candidates.values(), taken=self.taken[document_id])
        if match is not None:
            target = match.id
        else:
            target = self._fresh_id(report)
            self.created[target] = _Shape(a, b, contact.status, report.mode)
            candidates[target] = _Candidate(target, pair, contact.status, report.mode, report.date)
            self.owners.add(target)
            self.sources[target] = {}
        self.sources[target].setdefault(document_id, source)
        self.taken[document_id].add(target)
        self.touched[pair].add(target)

    def _fresh_id(self, report: _Candidate) -> str:
        """Keep the report's id unless another contact holds it; then derive one, numbered if need be."""
        if report.id not in self.owners:
            return report.id
        base = contact_id(report.pair[0], report.pair[1], report.date, report.mode, report.status)
        n = 1
        while True:
            names = [base if i == 1 else f"{base}-{i}" for i in range(n, n + _FRESH_IDS)]
            held = self.held([x for x in names if x not in self.owners])
            self.owners.update(held)
            for name in names:
                if name not in self.owners:
                    return name
            n += _FRESH_IDS

    def put_contact(self, contact: Contact) -> None:
        """Take a fully formed contact as it is, with its id and sources (migrations)."""
        if not contact.sources:
            raise InvalidInput(f"contact {contact.id} has no source")
        a, b = _ordered(contact)
        self.created[contact.id] = _Shape(a, b, contact.status, contact.mode)
        by_doc = self.sources.setdefault(contact.id, {})
        by_doc.clear()
        for s in contact.sources:
            by_doc.setdefault(s.document_id, _with_mode(s, contact.mode))
        self.touched[(a.leader_id, b.leader_id)].add(contact.id)

    def result(self, pairs: Iterable[Pair] | None = None) -> tuple[list[Contact], list[str]]:
        """Return the touched contacts (of these pairs, or all) refolded, and the ids left with no report."""
        keep: list[Contact] = []
        doomed: list[str] = []
        chosen = self.touched if pairs is None else pairs
        for cid in sorted(cid for pair in chosen for cid in self.touched.get(pair, ())):
            reports = [s for _, s in sorted(self.sources.get(cid, {}).items())]
            if not reports:
                doomed.append(cid)
                continue
            shape = self.created.get(cid)
            if shape is None:
                old = self.stored[cid]
                shape = _Shape(old.a, old.b, old.status, old.mode)
            keep.append(build_contact(shape.a, shape.b, shape.mode, shape.status, reports, contact_id_=cid))
        return keep, doomed


def _windows(reports: Iterable[tuple[str, str | None]]) -> list[Row]:
    """Return, per pair, the sort-date windows holding every stored contact its reports may match.

    `exact` lists the windows (graph.merge.candidate_window) merged where they overlap; `low` and
    `high` span them all, so a pair costs one index seek however many reports it has. The span reaches
    back to the undated day: it reads the index entries of the pair's earlier contacts too (only
    entries: their sort date is in the index), which costs less than a second seek.
    """
    days: dict[str, set[str | None]] = defaultdict(set)
    for key, day in reports:
        days[key].add(day)
    rows: list[Row] = []
    for key in sorted(days):
        exact = _merged(tuple(sorted(days[key], key=lambda d: d or "")))
        rows.append({"pair": key, "low": exact[0][0], "high": max(w[1] for w in exact), "exact": exact})
    return rows


@lru_cache(maxsize=8192)
def _merged(days: tuple[str | None, ...]) -> list[list[str]]:
    """Return the candidate windows of these report dates, in order, merged where they overlap."""
    spans: set[tuple[str, str]] = set()
    for day in days:
        low, high, extra = candidate_window(day)
        spans.add((low, high))
        spans.update((d, d) for d in extra)
    exact: list[list[str]] = []
    for low, high in sorted(spans):
        if exact and low <= exact[-1][1]:
            exact[-1][1] = max(exact[-1][1], high)
        else:
            exact.append([low, high])
    return exact


@lru_cache(maxsize=8192)
def _provisional_row(p: Participant) -> Row:
    """Return the row of the provisional leader a participant stands for when the store lacks them."""
    row = leader_row(_provisional(p))
    return {"id": row["id"], "offices": row.pop("offices"), "props": row}


def merge_extractions(tx: Tx, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
    """Replace what each document asserted; a document listed twice keeps its last list."""
    latest = dict(items)
    if not latest:
        return
    reports = [(doc, c) for doc, contacts in latest.items() for c in contacts]
    participants: dict[str, Participant] = {}
    for _, c in reports:
        _ordered(c)  # a bad contact fails the batch before anything is written
        participants.setdefault(c.a.leader_id, c.a)
        participants.setdefault(c.b.leader_id, c.b)
    doc_ids = sorted(latest)
    pairs = [(_key(pair), pair) for pair in sorted({_pair(c) for _, c in reports})]
    leader_ids = sorted(participants)
    at = {leader_id: i for i, leader_id in enumerate(leader_ids)}
    rec = records(
        tx,
        cypher.LOCK_AND_READ,
        batch={
            "documents": doc_ids,
            "leaders": [_provisional_row(participants[i]) for i in leader_ids],
            "leader_ids": leader_ids,
            "reports": [{"id": c.id, "pair": _key(_pair(c))} for _, c in reports],
            # Each pair by its key and its leaders' positions in leader_ids (LOCK_AND_READ's `people`).
            "pairs": [[key, at[x], at[y]] for key, (x, y) in pairs],
            "pair_keys": [key for key, _ in pairs],
            "windows": _windows((_key(_pair(c)), _report_date(doc, c)) for doc, c in reports),
        },
    )[0]
    ties = {t["pair"]: tally_from_tie(t) for t in rec["ties"]}
    with Slices(tx) as slices:

        def held(ids: list[str]) -> set[str]:
            slices.settle()  # a transaction runs one statement at a time
            return set(column(tx, cypher.HELD_IDS, "id", ids=ids)) if ids else set()

        batch = _Batch((contact_from(c) for c in rec["stored"]), rec["owners"], held)
        batch.drop_documents(doc_ids)
        by_pair: dict[Pair, list[tuple[str, Contact]]] = defaultdict(list)
        for document_id, contact in reports:
            by_pair[_pair(contact)].append((document_id, contact))
        existing = set(ties)
        kept: list[Contact] = []
        gone: list[Contact] = []
        # A pair's reports merge only with that pair's contacts, so the batch is merged a part (some pairs)
        # at a time, each part merged while the server writes the one before; a part's statement also
        # writes its pairs' ties, which depend on that part alone, and the last part's the ACTED changes
        # of the whole batch (a leader's counts change once, not once per part).
        parts = list(_parts(sorted(by_pair.keys() | batch.touched.keys()), by_pair))
        for n, part in enumerate(parts, 1):
            for pair in part:
                for document_id, contact in by_pair.get(pair, ()):
                    batch.add_report(document_id, contact)
            keep, doomed = batch.result(part)
            rewritten = [c.id for c in keep if c.id in batch.stored]
            dropped = [batch.stored[cid] for cid in [*doomed, *rewritten]]
            kept += keep
            gone += dropped
            plan = plan_ties(_retally(tx, ties, dropped, keep, settle=slices.settle), existing=existing)
            acted = acted_rows(gone, kept) if n == len(parts) else []
            slices.send(keep, sorted(c.id for c in dropped), ties=plan, acted=acted)
    run_write_ties(tx, stubs=rec["stubs"])  # the batch's documents that are stubs


def _parts(pairs: Sequence[Pair], reports: Mapping[Pair, Sequence[object]]) -> Iterable[list[Pair]]:
    """Split pairs, in order, into parts of up to about SLICE reports (a pair with none counts as one).

    The first parts are smaller (SLICE/8, then doubling): the server idles until the first part is merged.
    """
    part: list[Pair] = []
    size = 0
    target = max(SLICE // 8, 1)
    for pair in pairs:
        part.append(pair)
        size += max(len(reports.get(pair, ())), 1)
        if size >= target:
            yield part
            part, size, target = [], 0, min(2 * target, SLICE)
    if part or not pairs:
        yield part


class Slices:
    """WRITE_CONTACTS statements of one transaction, each run by a thread while the caller builds the next.

    A write statement's run returns only once the server has run it. The thread waiting for it leaves
    the interpreter to the caller (a socket wait releases the GIL), so the merging of one part of a batch
    overlaps the server's writing of the part before. Leaving the block waits for the last statement.
    """

    def __init__(self, tx: Tx) -> None:
        self.tx = tx
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diplograph-writes")
        self.pending: Future[None] | None = None

    def __enter__(self) -> Slices:
        return self

    def __exit__(self, *exc: object) -> None:
        # Also on an error: the transaction may roll back only once no statement of it is in flight.
        try:
            if exc[0] is None:
                self.settle()
        finally:
            self.pool.shutdown(wait=True)

    def send(
        self, contacts: Sequence[Contact], delete: Sequence[str], ties: TiePlan | None = None,
        acted: Sequence[Row] = (),
    ) -> None:
        """Delete contacts by id, create these, and write their pairs' ties and ACTED changes if given.

        The contacts' leaders and documents must exist.
        """
        people = _Positions()
        rows = [contact_row(c) for c in contacts]
        codes = sorted({t for c in contacts for t in c.topics})
        topic_at = {code: i for i, code in enumerate(codes)}
        for row in rows:
            row["ai"], row["bi"] = people.of(row["a"]), people.of(row["b"])
            row["ti"] = [topic_at[t] for t in row["topics"]]
        batch = {"delete": list(delete), "codes": codes, "contacts": rows, "acted": list(acted)}
        batch.update(_tie_rows(ties, people))
        batch["people"] = people.ids
        self.settle()
        started = threading.Event()
        self.pending = self.pool.submit(self._run, batch, started)
        # Hand the interpreter to the thread until it has the statement under way: left to the GIL's
        # switch interval, it sent each statement ~5 ms late while this thread merged on.
        started.wait()

    def _run(self, batch: Row, started: threading.Event) -> None:
        started.set()
        self.tx.run(cypher.WRITE_CONTACTS, batch=batch).consume()

    def settle(self) -> None:
        """Wait until the statement sent last has run (its errors surface here)."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()


class _Positions:
    """The leaders a statement names, each once, in one list: rows name a leader by its position in it."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._at: dict[str, int] = {}

    def of(self, leader_id: str) -> int:
        """Return the leader's position in the list, adding it at the end the first time."""
        at = self._at.get(leader_id)
        if at is None:
            at = self._at[leader_id] = len(self.ids)
            self.ids.append(leader_id)
        return at


def _tie_rows(plan: TiePlan | None, people: _Positions) -> dict[str, list[Row]]:
    """Return the rows of the ties a plan deletes, updates and creates (none without one), by position."""
    plan = plan or TiePlan([], [], [])

    def rows(ties: Sequence[Tie]) -> list[Row]:
        found = [tie_row(*t) for t in ties]
        for row in found:
            row["xi"], row["yi"] = people.of(row["x"]), people.of(row["y"])
        return found

    return {"drop_ties": rows(plan.drop), "update_ties": rows(plan.update), "create_ties": rows(plan.create)}


def send_contacts(tx: Tx, contacts: Sequence[Contact], delete: Sequence[str]) -> None:
    """Delete contacts by id, then create these (their leaders and documents must exist), slice by slice."""
    with Slices(tx) as slices:
        for i in range(0, max(len(contacts), 1), SLICE):
            slices.send(contacts[i : i + SLICE], delete=[] if i else delete)


def run_write_ties(
    tx: Tx, plan: TiePlan | None = None, acted: Sequence[Row] = (), stubs: Sequence[str] = ()
) -> None:
    """Change ACTED counts, delete, update and create ties as planned, and drop stubs no longer cited."""
    if not ((plan and (plan.drop or plan.update or plan.create)) or acted or stubs):
        return
    people = _Positions()
    batch = {"acted": list(acted), "stubs": list(stubs), **_tie_rows(plan, people)}
    batch["people"] = people.ids
    tx.run(cypher.WRITE_TIES, batch=batch).consume()


def _report_date(document_id: str, contact: Contact) -> str | None:
    """Return the date a document's report of a contact gives (what matching compares)."""
    source = _first_source(document_id, contact)
    return source.assertion.date if source is not None else contact.date


def _retally(
    tx: Tx,
    ties: Mapping[str, Tally],
    gone: Sequence[Contact],
    added: Sequence[Contact],
    settle: Callable[[], object] = lambda: None,
) -> dict[str, Tally]:
    """Work out the tally of every pair a batch touched from its stored tie and what the batch changed.

    Counts add and subtract. A span (first, last date) cannot be taken apart: when a contact that
    held the first or last date is gone and what was added does not reach as far, the span is read
    back from the pair's other contacts (one statement for all such pairs).
    """
    lost = tally_pairs((), gone)
    won = tally_pairs((), added)
    out: dict[str, Tally] = {}
    reread: dict[str, list[str]] = {}
    for key in sorted({_key(_pair(c)) for c in [*gone, *added]}):
        minus, plus = lost.get(key), won.get(key)
        if key not in ties and minus is None:
            out[key] = plus or Tally()  # a new tie: what was added is all it holds
            continue
        tally = ties.get(key) or Tally()
        if minus is not None and minus.count:
            old_first, old_last = tally.first, tally.last
            if tally.withdraw(minus):
                reach = plus or Tally()
                first_kept = minus.first != old_first or _reaches(reach.first, old_first, earlier)
                last_kept = minus.last != old_last or _reaches(reach.last, old_last, later)
                if not tally.count:
                    tally.first = tally.last = None
                elif not (first_kept and last_kept):
                    reread[key] = sorted(c.id for c in gone if _key(_pair(c)) == key)
        if plus is not None:
            tally.absorb(plus)
        out[key] = tally
    if reread:
        settle()  # statements still running finish first, so their errors surface as themselves
        spans = [{"pair": key, "gone": ids} for key, ids in reread.items()]
        for r in records(tx, cypher.SPANS, spans=spans):
            tally, plus = out[r["pair"]], won.get(r["pair"], Tally())
            tally.first, tally.last = earlier(r["first"], plus.first), later(r["last"], plus.last)
    return out


def _reaches(new: str | None, old: str | None, pick: Callable[[str | None, str | None], str | None]) -> bool:
    """Tell whether a new end date is at or beyond the old one (pick: earlier for first, later for last)."""
    return new is not None and old is not None and pick(new, old) == new


def acted_rows(gone: Iterable[Contact], added: Iterable[Contact]) -> list[Row]:
    """Return the changes of the leaders' ACTED counts (participations by country and role)."""
    acted: Counter[tuple[str, str, str]] = Counter()
    acted.subtract((p.leader_id, p.country, p.role) for c in gone for p in (c.a, c.b))
    acted.update((p.leader_id, p.country, p.role) for c in added for p in (c.a, c.b))
    return [
        {"leader": leader, "country": country, "role": role, "delta": n}
        for (leader, country, role), n in sorted(acted.items())
        if n
    ]


def import_contacts(tx: Tx, contacts: Sequence[Contact]) -> None:
    """Write fully-formed contacts (ids and sources kept, attributes refolded), replacing same ids."""
    if not contacts:
        return
    for c in contacts:
        _ordered(c)
    ids = sorted({c.id for c in contacts})
    owners = {r["id"]: r["pair"] for r in records(tx, cypher.CONTACT_PAIRS, ids=ids)}
    keys = set(owners.values()) | {_key(_pair(c)) for c in contacts}
    ensure_leaders(tx, [p for c in contacts for p in (c.a, c.b)])
    lock_pairs(tx, keys)
    batch = _Batch([], [], lambda ids: set())
    for c in contacts:
        batch.put_contact(c)
    keep, _ = batch.result()
    add_acted(tx, write_contacts(tx, keep, delete=[c.id for c in contacts if c.id in owners]))
    recount_ties(tx, keys)


def write_contacts(tx: Tx, contacts: Sequence[Contact], delete: Sequence[str]) -> list[Row]:
    """Delete the given contact ids, then create the given contacts with their topics and sources.

    The contacts' leaders must exist. Returns the changes of the leaders' ACTED counts (participations
    by country and role) for add_acted().
    """
    acted: Counter[tuple[str, str, str]] = Counter()
    for r in records(tx, cypher.DELETE_CONTACTS, delete=sorted(set(delete))) if delete else ():
        acted.subtract(tuple(side) for side in r["sides"])
    if contacts:
        doc_ids = sorted({s.document_id for c in contacts for s in c.sources})
        tx.run(cypher.ENSURE_DOCUMENTS, ids=doc_ids).consume()
        send_contacts(tx, contacts, delete=[])
        acted.update((p.leader_id, p.country, p.role) for c in contacts for p in (c.a, c.b))
    return [
        {"leader": leader, "country": country, "role": role, "delta": n}
        for (leader, country, role), n in sorted(acted.items())
        if n
    ]


def add_acted(tx: Tx, rows: Sequence[Row]) -> None:
    """Apply changes of ACTED counts (rows from write_contacts)."""
    if rows:
        tx.run(cypher.ADD_ACTED, acted=rows).consume()


def ensure_leaders(tx: Tx, participants: Iterable[Participant]) -> None:
    """Create a provisional leader for each participant whose leader id the store does not know."""
    by_id = {p.leader_id: p for p in participants}
    known = set(column(tx, cypher.KNOWN_LEADERS, "id", ids=list(by_id)))
    missing = [leader_row(_provisional(p)) for leader_id, p in by_id.items() if leader_id not in known]
    if missing:
        tx.run(cypher.UPSERT_LEADERS, rows=missing).consume()


def _provisional(p: Participant) -> Leader:
    """Return the leader a participant unknown to the store stands for, kept provisionally."""
    return Leader(
        id=p.leader_id,
        name=p.name,
        aliases=(p.name,),
        offices=(Office(country=p.country, role=p.role),),
        provisional=True,
    )


def lock_pairs(tx: Tx, keys: Iterable[str]) -> None:
    """Lock the leaders of these pairs, in id order (batches touching a pair then run one at a time)."""
    leaders = sorted({leader for key in keys for leader in key.split("|", 1)})
    tx.run(cypher.LOCK_LEADERS, ids=leaders).consume()


def tally_pairs(keys: Iterable[str], contacts: Iterable[Contact]) -> dict[str, Tally]:
    """Tally the occurred contacts of each pair (every key gets a tally, empty when none occurred)."""
    tallies: dict[str, Tally] = {key: Tally() for key in keys}
    for c in contacts:
        if c.status == "occurred":
            tallies.setdefault(_key(_pair(c)), Tally()).add(c.mode, c.date, c.topics)
    return tallies


def recount_ties(tx: Tx, keys: Iterable[str]) -> None:
    """Recount the TIE of each pair from its occurred contacts as stored now (after an import)."""
    wanted = sorted(set(keys))
    tallies: dict[str, Tally] = {key: Tally() for key in wanted}
    for r in records(tx, cypher.OCCURRED_OF_PAIRS, keys=wanted):
        tallies[r["pair"]].add(r["mode"], r["date"], r["topics"])
    set_ties(tx, tallies)


def recount_pairs(tx: Tx, keys: Sequence[str]) -> None:
    """Lock these pairs and recount their ties from their contacts (upgrades of stored ties)."""
    lock_pairs(tx, keys)
    recount_ties(tx, keys)


Tie = tuple[str, str, Tally]


@dataclass(slots=True)
class TiePlan:
    """The ties a write deletes, updates and creates: (smaller leader id, larger, tally)."""

    drop: list[Tie]
    update: list[Tie]
    create: list[Tie]


def set_ties(tx: Tx, tallies: Mapping[str, Tally], existing: set[str] | None = None) -> None:
    """Write each pair's TIE from its tally, dropping ties left with no contact."""
    run_write_ties(tx, plan_ties(tallies, existing))


def plan_ties(tallies: Mapping[str, Tally], existing: set[str] | None = None) -> TiePlan:
    """Plan each pair's TIE from its tally: updated, or dropped when left with no contact.

    `existing`, when known, names the pairs that have a tie now: the others get theirs created outright,
    which spares scanning a busy leader's ties for one that is not there.
    """
    plan = TiePlan([], [], [])
    for key, tally in sorted(tallies.items()):
        x, y = key.split("|", 1)
        if not tally.count:
            if existing is None or key in existing:
                plan.drop.append((x, y, tally))
        elif existing is not None and key not in existing:
            plan.create.append((x, y, tally))
        else:
            plan.update.append((x, y, tally))
    return plan
