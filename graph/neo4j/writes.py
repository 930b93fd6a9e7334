"""Batched contact writes inside one transaction: merge reports into contacts, keep sources and ties right.

A batch reads every stored contact of the pairs it touches (one query), merges in Python with the same
pure rules as every store (graph.merge), then writes only what changed with a few UNWIND statements.
Documents and pairs are locked first, in sorted order, so concurrent batches on one pair serialize.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.errors import NotFound
from graph.keys import pair_key
from graph.merge import build_contact, find_match
from graph.models import Contact, Participant, Source
from graph.neo4j import cypher
from graph.neo4j.db import Tx, column, records
from graph.neo4j.rows import Row, contact_from, contact_row, tie_row
from graph.text import fold
from graph.ties import Tally


def _source_key(s: Source) -> tuple[str, int, int]:
    return (s.document_id, s.start, s.end)


def _with_mode(source: Source, contact: Contact) -> Source:
    """Fill a report's mode from its contact when the extractor left it unset."""
    if source.assertion.mode is not None:
        return source
    return source.model_copy(update={"assertion": source.assertion.model_copy(update={"mode": contact.mode})})


def stored_contacts(tx: Tx, keys: Iterable[str]) -> list[Contact]:
    """Read every contact of the given pairs with all its sources."""
    return [contact_from(r["contact"]) for r in records(tx, cypher.CONTACTS_OF_PAIRS, keys=sorted(keys))]


def merge_extractions(tx: Tx, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
    """Replace what each document asserted with its new contacts, merging reports of the same contact."""
    doc_ids = sorted({doc_id for doc_id, _ in items})
    if not doc_ids:
        return
    found = set(column(tx, cypher.DOCUMENTS_EXIST, "id", ids=doc_ids))
    for doc_id in doc_ids:
        if doc_id not in found:
            raise NotFound("document", doc_id)
    tx.run(cypher.LOCK_DOCUMENTS, ids=doc_ids)
    keys = set(column(tx, cypher.PAIRS_OF_DOCUMENTS, "pair", ids=doc_ids))
    keys.update(pair_key(c.a.leader_id, c.b.leader_id) for _, contacts in items for c in contacts)
    tx.run(cypher.LOCK_PAIRS, keys=sorted(keys))
    stored = {c.id: c for c in stored_contacts(tx, keys)}

    # What every touched contact will hold: stored sources minus this batch's documents, then new reports.
    batch_docs = set(doc_ids)
    sources: dict[str, list[Source]] = {
        cid: [s for s in c.sources if s.document_id not in batch_docs] for cid, c in stored.items()
    }
    shape: dict[str, Contact] = dict(stored)  # participants, mode and status of each contact
    for doc_id, contacts in items:
        for new in contacts:
            candidates = [shape[cid] for cid, srcs in sources.items() if srcs]
            taken = {cid for cid, srcs in sources.items() if any(s.document_id == doc_id for s in srcs)}
            match = find_match(new, candidates, taken)
            reports = [_with_mode(s, new) for s in new.sources if s.document_id == doc_id]
            if match is None:
                built = build_contact(new.a, new.b, new.mode, new.status, reports)
                if sources.get(built.id):
                    # A contact of its own whose derived id is already taken: keep both reports together.
                    match = shape[built.id]
                else:
                    sources[built.id] = list(reports)
                    shape[built.id] = built
                    continue
            sources[match.id].extend(reports)

    final: dict[str, Contact] = {}
    for cid, srcs in sources.items():
        if not srcs:
            continue
        base = shape[cid]
        ordered = sorted(srcs, key=_source_key)
        final[cid] = build_contact(base.a, base.b, base.mode, base.status, ordered, contact_id_=cid)

    changed = [c for cid, c in final.items() if _written(stored.get(cid)) != _written(c)]
    gone = [cid for cid in stored if cid not in final]
    write_contacts(tx, changed, delete=[*gone, *(c.id for c in changed if c.id in stored)])
    set_ties(tx, keys, final.values())


def _written(contact: Contact | None) -> Row | None:
    """Return what a contact looks like once stored (sources without the joined document fields)."""
    if contact is None:
        return None
    return contact_row(contact)


def import_contacts(tx: Tx, contacts: Sequence[Contact]) -> None:
    """Write fully-formed contacts as they are (ids and sources kept), replacing same ids; fix ties."""
    if not contacts:
        return
    keys = {pair_key(c.a.leader_id, c.b.leader_id) for c in contacts}
    tx.run(cypher.LOCK_PAIRS, keys=sorted(keys))
    ids = [c.id for c in contacts]
    old_keys = set(column(tx, cypher.PAIRS_OF_CONTACTS, "pair", ids=ids))
    write_contacts(tx, contacts, delete=ids)
    keys |= old_keys
    set_ties(tx, keys, stored_contacts(tx, keys))


def write_contacts(tx: Tx, contacts: Sequence[Contact], delete: Sequence[str]) -> None:
    """Delete the given contact ids, then create the given contacts with their leaders, topics, sources."""
    if delete:
        tx.run(cypher.DELETE_CONTACTS, ids=sorted(set(delete)))
    if not contacts:
        return
    ensure_leaders(tx, [p for c in contacts for p in (c.a, c.b)])
    doc_ids = sorted({s.document_id for c in contacts for s in c.sources})
    found = set(column(tx, cypher.DOCUMENTS_EXIST, "id", ids=doc_ids))
    for doc_id in doc_ids:
        if doc_id not in found:
            raise NotFound("document", doc_id)
    tx.run(cypher.CREATE_CONTACTS, rows=[contact_row(c) for c in contacts])


def ensure_leaders(tx: Tx, participants: Iterable[Participant]) -> None:
    """Create a provisional leader for each participant the store does not know yet."""
    rows: dict[str, Row] = {}
    for p in participants:
        if p.leader_id not in rows:
            rows[p.leader_id] = {
                "id": p.leader_id,
                "name": p.name,
                "aliases": [p.name],
                "names": [fold(p.name)] if fold(p.name) else [],
                "country": p.country,
                "role": p.role,
            }
    tx.run(cypher.ENSURE_LEADERS, rows=list(rows.values()))


def set_ties(tx: Tx, keys: Iterable[str], contacts: Iterable[Contact]) -> None:
    """Recompute the TIE of each touched pair from all its occurred contacts; drop ties left empty."""
    tallies: dict[str, Tally] = {key: Tally() for key in keys}
    for c in contacts:
        if c.status != "occurred":
            continue
        key = pair_key(c.a.leader_id, c.b.leader_id)
        tallies.setdefault(key, Tally()).add(c.mode, c.date, c.topics)
    keep: list[Row] = []
    drop: list[Row] = []
    for key, tally in sorted(tallies.items()):
        x, y = key.split("|", 1)
        (keep if tally.count else drop).append(tie_row(x, y, tally))
    if drop:
        tx.run(cypher.DELETE_TIES, rows=drop)
    if keep:
        tx.run(cypher.SET_TIES, rows=keep)
