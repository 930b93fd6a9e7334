"""Batched contact writes inside one transaction: merge reports into contacts, keep sources and ties right.

A batch locks its documents and pairs (sorted, so concurrent batches on one pair serialize), reads every
stored contact of the pairs it touches in one query, merges in Python by the same rules as the SQLite
store (graph.merge: find_match, fold_assertions), then writes the touched contacts and ties with a few
UNWIND statements. Nothing is written unless the whole batch is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from graph.errors import InvalidInput
from graph.keys import contact_id, pair_key
from graph.merge import build_contact, find_match
from graph.models import Assertion, Contact, Leader, Mode, Office, Participant, Source, Status
from graph.neo4j import cypher
from graph.neo4j.db import Tx, column, records
from graph.neo4j.rows import Row, contact_from, contact_row, leader_row, tie_row
from graph.ties import Tally

Pair = tuple[str, str]


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
    return source.model_copy(update={"assertion": source.assertion.model_copy(update={"mode": mode})})


def _report_source(document_id: str, contact: Contact) -> Source:
    """Return the one source a document gives a contact: its first, or what the contact itself says."""
    mine = [s for s in contact.sources if s.document_id == document_id]
    if mine:
        source = min(mine, key=lambda s: (s.start, s.end))
    else:
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
    """The stored contacts of the touched pairs, and the reports this batch adds to them."""

    def __init__(self, stored: Iterable[Contact], owners: Mapping[str, str]) -> None:
        self.stored = {c.id: c for c in stored}
        self.by_pair: dict[Pair, dict[str, _Candidate]] = defaultdict(dict)
        for c in self.stored.values():
            self.by_pair[_pair(c)][c.id] = _Candidate(c.id, _pair(c), c.status, c.mode, c.date)
        # Contact ids held anywhere in the store (or created by this batch) -> their pair key.
        self.owners = {**{cid: _key(_pair(c)) for cid, c in self.stored.items()}, **owners}
        self.sources: dict[str, dict[str, Source]] = {
            cid: {s.document_id: s for s in c.sources} for cid, c in self.stored.items()
        }
        self.created: dict[str, _Shape] = {}
        self.taken: dict[str, set[str]] = defaultdict(set)
        self.touched: set[str] = set()

    def drop_documents(self, document_ids: Iterable[str]) -> None:
        """Forget every report these documents made (their contacts are refolded or deleted)."""
        gone = set(document_ids)
        for cid, by_doc in self.sources.items():
            if gone & by_doc.keys():
                self.touched.add(cid)
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
        candidates = list(self.by_pair[pair].values())
        match = find_match(report, candidates, taken=self.taken[document_id])
        if match is not None:
            target = match.id
        else:
            target = self._fresh_id(report)
            self.created[target] = _Shape(a, b, contact.status, report.mode)
            self.by_pair[pair][target] = _Candidate(target, pair, contact.status, report.mode, report.date)
            self.owners[target] = _key(pair)
            self.sources[target] = {}
        self.sources[target].setdefault(document_id, source)
        self.taken[document_id].add(target)
        self.touched.add(target)

    def _fresh_id(self, report: _Candidate) -> str:
        """Keep the report's id unless another contact holds it; then derive one, numbered if need be."""
        if report.id not in self.owners:
            return report.id
        base = contact_id(report.pair[0], report.pair[1], report.date, report.mode, report.status)
        candidate, n = base, 1
        while candidate in self.owners:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

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
        self.touched.add(contact.id)

    def result(self) -> tuple[list[Contact], list[str]]:
        """Return the touched contacts refolded from their reports, and the ids of those left with none."""
        keep: list[Contact] = []
        doomed: list[str] = []
        for cid in sorted(self.touched):
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


def stored_contacts(tx: Tx, keys: Iterable[str]) -> list[Contact]:
    """Read every contact of the given pairs with all its sources."""
    return [contact_from(r["contact"]) for r in records(tx, cypher.CONTACTS_OF_PAIRS, keys=sorted(keys))]


def _owners(tx: Tx, ids: Iterable[str]) -> dict[str, str]:
    return {r["id"]: r["pair"] for r in records(tx, cypher.CONTACT_PAIRS, ids=sorted(set(ids)))}


def _lock_pairs(tx: Tx, keys: Iterable[str]) -> None:
    """Lock the pairs, then their leaders (whose ACTED counts the batch changes), each in sorted order."""
    ordered = sorted(set(keys))
    tx.run(cypher.LOCK_PAIRS, keys=ordered).consume()
    leaders = sorted({leader for key in ordered for leader in key.split("|", 1)})
    tx.run(cypher.LOCK_LEADERS, ids=leaders).consume()


def merge_extractions(tx: Tx, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
    """Replace what each document asserted; a document listed twice keeps its last list."""
    latest = dict(items)
    if not latest:
        return
    for contacts in latest.values():
        for c in contacts:
            _ordered(c)  # a bad contact fails the batch before anything is written
    doc_ids = sorted(latest)
    keys = set(column(tx, cypher.LOCK_DOCUMENTS, "pair", ids=doc_ids))
    keys.update(_key(_pair(c)) for contacts in latest.values() for c in contacts)
    _lock_pairs(tx, keys)
    owners = _owners(tx, [c.id for contacts in latest.values() for c in contacts])
    batch = _Batch(stored_contacts(tx, keys), owners)
    batch.drop_documents(doc_ids)
    for document_id, contacts in latest.items():
        for contact in contacts:
            batch.add_report(document_id, contact)
    keep, doomed = batch.result()
    # The batch's documents were locked (or stubbed) above; stored sources cite existing documents.
    rewritten = [c.id for c in keep if c.id in batch.stored]
    acted = write_contacts(tx, keep, delete=[*doomed, *rewritten], documents_exist=True)
    # While the server creates the contacts: every contact of the touched pairs was read above, so
    # their ties are tallied in memory rather than re-read.
    before = tally_pairs(keys, batch.stored.values())
    untouched = (c for c in batch.stored.values() if c.id not in batch.touched)
    after = tally_pairs(keys, [*untouched, *keep])
    ties = plan_ties(after, existing={k for k, t in before.items() if t.count})
    add_acted(tx, acted)
    write_ties(tx, ties)
    tx.run(cypher.DROP_UNUSED_STUBS, ids=doc_ids).consume()


def import_contacts(tx: Tx, contacts: Sequence[Contact]) -> None:
    """Write fully-formed contacts (ids and sources kept, attributes refolded), replacing same ids."""
    if not contacts:
        return
    for c in contacts:
        _ordered(c)
    owners = _owners(tx, [c.id for c in contacts])
    keys = set(owners.values()) | {_key(_pair(c)) for c in contacts}
    _lock_pairs(tx, keys)
    batch = _Batch([], {})
    for c in contacts:
        batch.put_contact(c)
    keep, _ = batch.result()
    add_acted(tx, write_contacts(tx, keep, delete=[c.id for c in contacts if c.id in owners]))
    recount_ties(tx, keys)


def write_contacts(
    tx: Tx, contacts: Sequence[Contact], delete: Sequence[str], documents_exist: bool = False
) -> list[Row]:
    """Delete the given contact ids, then create the given contacts with their leaders, topics, sources.

    Returns the changes of the leaders' ACTED counts (participations by country and role) for
    add_acted(). The creation is not waited for: the server is still at it when this returns, so the
    caller's Python work until its next statement runs meanwhile (the driver waits then).
    """
    deleted = tx.run(cypher.DELETE_CONTACTS, ids=sorted(set(delete))) if delete else None
    rows = [contact_row(c) for c in contacts]  # built while the server deletes
    acted: Counter[tuple[str, str, str]] = Counter()
    for r in deleted or ():
        acted.subtract(tuple(side) for side in r["sides"])
    if contacts:
        ensure_leaders(tx, [p for c in contacts for p in (c.a, c.b)])
        tx.run(cypher.ENSURE_TOPICS, codes=sorted({t for c in contacts for t in c.topics})).consume()
        if not documents_exist:
            doc_ids = sorted({s.document_id for c in contacts for s in c.sources})
            tx.run(cypher.ENSURE_DOCUMENTS, ids=doc_ids).consume()
        tx.run(cypher.CREATE_CONTACTS, rows=rows)
        acted.update((p.leader_id, p.country, p.role) for c in contacts for p in (c.a, c.b))
    return [
        {"leader": leader, "country": country, "role": role, "delta": n}
        for (leader, country, role), n in sorted(acted.items())
        if n
    ]


def add_acted(tx: Tx, rows: Sequence[Row]) -> None:
    """Apply changes of ACTED counts (rows from write_contacts)."""
    if rows:
        tx.run(cypher.ADD_ACTED, rows=rows).consume()


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
    _lock_pairs(tx, keys)
    recount_ties(tx, keys)


@dataclass(slots=True)
class TiePlan:
    """The TIE rows a write deletes, updates and creates (tie_row parameters)."""

    drop: list[Row]
    update: list[Row]
    create: list[Row]


def set_ties(tx: Tx, tallies: Mapping[str, Tally], existing: set[str] | None = None) -> None:
    """Write each pair's TIE from its tally, dropping ties left with no contact."""
    write_ties(tx, plan_ties(tallies, existing))


def plan_ties(tallies: Mapping[str, Tally], existing: set[str] | None = None) -> TiePlan:
    """Plan each pair's TIE from its tally: updated, or dropped when left with no contact.

    `existing`, when known, names the pairs that have a tie now: the others get theirs created outright,
    which spares scanning a busy leader's ties for one that is not there.
    """
    create: list[Row] = []
    update: list[Row] = []
    drop: list[Row] = []
    for key, tally in sorted(tallies.items()):
        x, y = key.split("|", 1)
        row = tie_row(x, y, tally)
        if not tally.count:
            if existing is None or key in existing:
                drop.append(row)
        elif existing is not None and key not in existing:
            create.append(row)
        else:
            update.append(row)
    return TiePlan(drop, update, create)


def write_ties(tx: Tx, plan: TiePlan) -> None:
    """Delete, update and create ties as planned."""
    if plan.drop:
        tx.run(cypher.DELETE_TIES, rows=plan.drop).consume()
    if plan.update:
        tx.run(cypher.SET_TIES, rows=plan.update).consume()
    if plan.create:
        tx.run(cypher.CREATE_TIES, rows=plan.create).consume()
