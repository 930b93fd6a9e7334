"""Neo4jStore: the GraphStore protocol on a Neo4j 5 server, queue and feeds included.

Answers are computed with the same pure functions as the SQLite store (graph.merge, graph.ties), so both
backends agree; tests/contract/ checks it. All Cypher lives in graph/neo4j/cypher.py.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

import orjson

from graph import ties
from graph.errors import Ambiguous, InvalidInput, LeaseLost, NotFound
from graph.keys import canonical_url
from graph.models import (
    TOPICS,
    Contact,
    ContactFilter,
    Counterpart,
    Document,
    EnqueueResult,
    Feed,
    Job,
    Leader,
    LeaderRef,
    LeaderTotals,
    Network,
    Page,
    PairSummary,
    StoreCounts,
)
from graph.neo4j import cypher, writes
from graph.neo4j.db import Database, Tx, column, records
from graph.neo4j.rows import (
    contact_from,
    document_from,
    document_row,
    epoch,
    feed_from,
    iso_date,
    iso_datetime,
    leader_from,
    leader_row,
    tally_from_tie,
)
from graph.text import fold
from graph.ties import Tally

# A claim that loses a race to another worker tries again, this many times, before reporting no job.
CLAIM_ATTEMPTS = 20
QUEUE_STATUSES = ("queued", "processing", "done", "failed")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Neo4jStore:
    """The graph, its document queue and its feed registry in one Neo4j database."""

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j") -> None:
        self.db = Database(uri, user, password, database)

    # Lifecycle ------------------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Create constraints, indexes and topic nodes if missing (idempotent)."""
        for statement in cypher.SCHEMA:
            self.db.run(statement)
        self.db.run(cypher.AWAIT_INDEXES)
        self.db.write(lambda tx: tx.run(cypher.SEED_TOPICS, codes=list(TOPICS)).consume())

    def ping(self) -> None:
        """Raise StoreUnavailable unless the server answers a trivial query."""
        self.db.run(cypher.PING)

    def close(self) -> None:
        """Release the driver's connections."""
        self.db.close()

    def counts(self) -> StoreCounts:
        """Count leaders, documents, contacts, sources and ties."""
        rec = self.db.read(lambda tx: records(tx, cypher.COUNTS))[0]
        return StoreCounts(**rec)

    def wipe(self) -> None:
        """Delete every node and relationship (tests only; the schema stays)."""
        self.db.run(cypher.WIPE)

    # Leaders --------------------------------------------------------------------------------------------

    def upsert_leaders(self, leaders: Sequence[Leader], batch: int = 1000) -> int:
        """Insert or replace leaders with their aliases and offices, in batches; return how many."""
        for i in range(0, len(leaders), batch):
            rows = [leader_row(leader) for leader in leaders[i : i + batch]]
            self.db.write(partial(records, query=cypher.UPSERT_LEADERS, rows=rows))
        return len(leaders)

    def _leaders(self, tx: Tx, ids: Sequence[str]) -> dict[str, Leader]:
        return {
            rec["leader"]["id"]: leader_from(rec["leader"])
            for rec in records(tx, cypher.GET_LEADERS, ids=list(ids))
        }

    def get_leader(self, leader_id: str) -> Leader:
        """Return a leader by id, or raise NotFound."""
        found = self.db.read(lambda tx: self._leaders(tx, [leader_id]))
        if leader_id not in found:
            raise NotFound("leader", leader_id)
        return found[leader_id]

    def find_leaders(
        self, q: str | None = None, country: str | None = None, at: date | None = None, limit: int = 25
    ) -> list[Leader]:
        """Search leaders by any alias in any script (folded prefix match), country and office date."""
        folded = fold(q) if q is not None else None
        params: dict[str, Any] = {"q": folded or None, "country": country, "at": iso_date(at), "limit": limit}
        recs = self.db.read(lambda tx: records(tx, cypher.FIND_LEADERS, **params))
        return [leader_from(r["leader"]) for r in recs]

    def resolve_leader(self, name_or_id: str) -> Leader:
        """Resolve an id or an exact alias to one leader; NotFound if none, Ambiguous if several."""

        def work(tx: Tx) -> tuple[dict[str, Leader], list[str]]:
            by_id = self._leaders(tx, [name_or_id])
            if by_id:
                return by_id, [name_or_id]
            ids = column(tx, cypher.LEADERS_BY_NAME, "id", name=fold(name_or_id))
            return (self._leaders(tx, ids) if len(ids) == 1 else {}), ids

        found, ids = self.db.read(work)
        if not ids:
            raise NotFound("leader", name_or_id)
        if len(ids) > 1:
            raise Ambiguous(name_or_id, ids)
        return found[ids[0]]

    def leader_totals(self, leader_id: str) -> LeaderTotals:
        """Count a leader's occurred contacts and counterparts, with first and last date and modes."""
        self.get_leader(leader_id)
        recs = self.db.read(lambda tx: records(tx, cypher.LEADER_TIES, id=leader_id))
        return ties.leader_totals(tally_from_tie(r) for r in recs)

    def iter_leaders(self, batch: int = 500) -> Iterator[list[Leader]]:
        """Yield every leader (provisional ones too) in batches, in id order."""
        after = ""
        while True:
            recs = self.db.read(partial(records, query=cypher.ITER_LEADERS, after=after, limit=batch))
            if not recs:
                return
            page = [leader_from(r["leader"]) for r in recs]
            yield page
            after = page[-1].id

    # Documents and the queue ---------------------------------------------------------------------------

    def get_document(self, document_id: str) -> Document:
        """Return a document (with its status and last error), or raise NotFound."""
        recs = self.db.read(lambda tx: records(tx, cypher.GET_DOCUMENT, id=document_id))
        if not recs:
            raise NotFound("document", document_id)
        return document_from(recs[0]["doc"])

    def enqueue(self, docs: Sequence[Document]) -> list[EnqueueResult]:
        """Store new documents as queued jobs, in one transaction; report duplicates of known ones."""
        now = _utcnow()
        rows = []
        for doc in docs:
            created = doc.created_at or now
            queued = doc.model_copy(
                update={
                    "status": "queued",
                    "attempts": 0,
                    "error": None,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            rows.append(document_row(queued))

        def work(tx: Tx) -> list[EnqueueResult]:
            known = {r["id"]: r for r in records(tx, cypher.KNOWN_DOCUMENTS, rows=rows)}
            results: list[EnqueueResult] = []
            fresh: list[dict[str, Any]] = []
            seen: dict[str, str] = {}  # id, canonical URL and hash of documents earlier in this batch
            for row in rows:
                k = known[row["id"]]
                existing = k["by_id"] or k["by_url"] or k["by_hash"]
                if existing is None:
                    for key in (row["id"], row["canonical_url"], row["content_hash"]):
                        if key is not None and key in seen:
                            existing = seen[key]
                            break
                if existing is not None:
                    results.append(EnqueueResult(id=row["id"], status="duplicate", duplicate_of=existing))
                    continue
                for key in (row["id"], row["canonical_url"], row["content_hash"]):
                    if key is not None:
                        seen[key] = row["id"]
                fresh.append(row)
                results.append(EnqueueResult(id=row["id"], status="queued"))
            if fresh:
                tx.run(cypher.CREATE_DOCUMENTS, rows=fresh).consume()
            return results

        return self.db.write(work)

    def claim(self, worker: str, lease_seconds: float, now: datetime) -> Job | None:
        """Atomically claim the oldest due job (queued and due, or processing with an expired lease)."""
        expires = now + timedelta(seconds=lease_seconds)
        for _ in range(CLAIM_ATTEMPTS):
            token = uuid.uuid4().hex
            params: dict[str, Any] = {
                "now": epoch(now),
                "now_iso": iso_datetime(now),
                "token": token,
                "expires": epoch(expires),
                "expires_at": iso_datetime(expires),
                "worker": worker,
            }
            recs = self.db.write(partial(records, query=cypher.CLAIM, **params))
            if recs:
                doc = document_from(recs[0]["doc"])
                return Job(document=doc, lease_token=token, lease_expires=expires, attempts=doc.attempts)
            due = self.db.read(lambda tx: column(tx, cypher.ANY_DUE, "due", now=epoch(now)))
            if not due or not due[0]:
                return None
        return None

    def _check_lease(self, tx: Tx, job: Job, now: datetime) -> None:
        held = column(
            tx, cypher.CHECK_LEASE, "held", id=job.document.id, token=job.lease_token, now=epoch(now)
        )
        if not held or not held[0]:
            raise LeaseLost(f"the lease on document {job.document.id} is no longer held")

    def complete(self, job: Job, contacts: Sequence[Contact], now: datetime) -> None:
        """Save a job's extracted contacts and mark it done, atomically; LeaseLost if the lease expired."""

        def work(tx: Tx) -> None:
            self._check_lease(tx, job, now)
            writes.merge_extractions(tx, [(job.document.id, contacts)])
            tx.run(
                cypher.FINISH_JOB,
                id=job.document.id,
                status="done",
                error=None,
                due_at=epoch(now),
                now_iso=iso_datetime(now),
            ).consume()

        self.db.write(work)

    def fail(self, job: Job, error: str, retry_at: datetime | None, now: datetime) -> None:
        """Record a failed attempt: queued again from retry_at, or failed for good when retry_at is None."""

        def work(tx: Tx) -> None:
            self._check_lease(tx, job, now)
            tx.run(
                cypher.FINISH_JOB,
                id=job.document.id,
                status="queued" if retry_at is not None else "failed",
                error=error,
                due_at=epoch(retry_at if retry_at is not None else now),
                now_iso=iso_datetime(now),
            ).consume()

        self.db.write(work)

    def requeue(self, document_ids: Sequence[str], now: datetime) -> int:
        """Put documents back in the queue for re-extraction; return how many exist."""
        ids = sorted(set(document_ids))
        counted = self.db.write(
            lambda tx: column(tx, cypher.REQUEUE, "n", ids=ids, now=epoch(now), now_iso=iso_datetime(now))
        )
        return int(counted[0]) if counted else 0

    def queue_stats(self) -> dict[str, int]:
        """Count documents by status (queued, processing, done, failed)."""
        stats = dict.fromkeys(QUEUE_STATUSES, 0)
        for rec in self.db.read(lambda tx: records(tx, cypher.QUEUE_STATS)):
            stats[rec["status"]] = rec["n"]
        return stats

    def import_documents(self, docs: Sequence[Document]) -> None:
        """Write documents as they are (status, attempts, error, timestamps kept), replacing same ids."""
        rows = [document_row(d) for d in docs]
        if rows:
            self.db.write(lambda tx: tx.run(cypher.IMPORT_DOCUMENTS, rows=rows).consume())

    def iter_documents(self, batch: int = 500) -> Iterator[list[Document]]:
        """Yield every document in batches, in id order."""
        after = ""
        while True:
            recs = self.db.read(partial(records, query=cypher.ITER_DOCUMENTS, after=after, limit=batch))
            if not recs:
                return
            page = [document_from(r["doc"]) for r in recs]
            yield page
            after = page[-1].id

    # Feeds --------------------------------------------------------------------------------------------------

    def add_feed(self, url: str) -> Feed:
        """Register a feed URL (idempotent) and return it."""
        recs = self.db.write(lambda tx: records(tx, cypher.ADD_FEED, url=url, now=iso_datetime(_utcnow())))
        return feed_from(recs[0]["feed"])

    def remove_feed(self, url: str) -> None:
        """Forget a feed; NotFound if it was not registered."""
        n = self.db.write(lambda tx: column(tx, cypher.REMOVE_FEED, "n", url=url))
        if not n or not n[0]:
            raise NotFound("feed", url)

    def list_feeds(self) -> list[Feed]:
        """Return every registered feed, by URL."""
        return [feed_from(r["feed"]) for r in self.db.read(lambda tx: records(tx, cypher.LIST_FEEDS))]

    def update_feed(self, feed: Feed) -> None:
        """Store a feed's validators, poll time, error and item count after a poll."""
        params = {
            "url": feed.url,
            "etag": feed.etag,
            "modified": feed.modified,
            "last_polled": iso_datetime(feed.last_polled),
            "last_error": feed.last_error,
            "items_seen": feed.items_seen,
        }
        n = self.db.write(lambda tx: column(tx, cypher.UPDATE_FEED, "n", **params))
        if not n or not n[0]:
            raise NotFound("feed", feed.url)

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Return which of these URLs (compared canonically) already belong to stored documents."""
        by_canonical: dict[str, list[str]] = {}
        for url in urls:
            by_canonical.setdefault(canonical_url(url), []).append(url)
        found = self.db.read(lambda tx: column(tx, cypher.KNOWN_URLS, "url", urls=list(by_canonical)))
        return {url for c in found for url in by_canonical[c]}

    # Contacts ---------------------------------------------------------------------------------------------

    def save_extractions(self, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
        """Replace what each document asserted with the given contacts, all in one transaction."""
        self.db.write(lambda tx: writes.merge_extractions(tx, items))

    def import_contacts(self, contacts: Sequence[Contact]) -> None:
        """Write fully-formed contacts (ids and sources kept) in one batch; used by migrations."""
        self.db.write(lambda tx: writes.import_contacts(tx, contacts))

    def document_contacts(self, document_id: str) -> list[Contact]:
        """Return the contacts a document reports, each with all its sources."""
        self.get_document(document_id)
        recs = self.db.read(lambda tx: records(tx, cypher.DOCUMENT_CONTACTS, id=document_id))
        return [contact_from(r["contact"]) for r in recs]

    def get_contact(self, contact_id: str) -> Contact:
        """Return one contact with every source, or raise NotFound."""
        recs = self.db.read(lambda tx: records(tx, cypher.GET_CONTACTS, ids=[contact_id]))
        if not recs:
            raise NotFound("contact", contact_id)
        return contact_from(recs[0]["contact"])

    def list_contacts(self, flt: ContactFilter, limit: int = 25, cursor: str | None = None) -> Page[Contact]:
        """List contacts newest first (undated last), filtered, with an opaque cursor to the next page."""
        after_sort, after_id = _decode_cursor(cursor) if cursor else (None, None)
        params = {**_filter_params(flt), "after_sort": after_sort, "after_id": after_id, "limit": limit + 1}
        recs = self.db.read(lambda tx: records(tx, cypher.LIST_CONTACTS, **params))
        items = [contact_from(r["contact"]) for r in recs[:limit]]
        more = len(recs) > limit and items
        return Page(items=items, next_cursor=_encode_cursor(items[-1]) if more else None)

    def _tallies(self, flt: ContactFilter) -> dict[tuple[str, str], Tally]:
        """Tally the contacts matching a filter per pair (ids in order)."""
        recs = self.db.read(lambda tx: records(tx, cypher.TALLY_ROWS, **_filter_params(flt)))
        out: dict[tuple[str, str], Tally] = {}
        for r in recs:
            a, b = sorted((r["a"], r["b"]))
            out.setdefault((a, b), Tally()).add(r["mode"], r["date"], r["topics"] or ())
        return out

    def _refs(self, ids: Sequence[str]) -> dict[str, LeaderRef]:
        found = self.db.read(lambda tx: self._leaders(tx, sorted(set(ids))))
        return {i: leader.ref() for i, leader in found.items()}

    def pair_summary(
        self, a: str, b: str, since: date | None = None, until: date | None = None
    ) -> PairSummary:
        """Summarize occurred contacts between two leader ids: count, by mode, by month, topics, span."""
        refs = self._refs([a, b])
        for leader_id in (a, b):
            if leader_id not in refs:
                raise NotFound("leader", leader_id)
        flt = ContactFilter(leader=a, with_=b, since=since, until=until, status="occurred")
        tally = self._tallies(flt).get(tuple(sorted((a, b))), Tally())  # type: ignore[arg-type]
        return ties.pair_summary(refs[a], refs[b], tally)

    def counterparts(
        self, leader_id: str, since: date | None = None, until: date | None = None
    ) -> list[Counterpart]:
        """List everyone a leader was in occurred contact with, most contacts first."""
        self.get_leader(leader_id)
        per_other: dict[str, Tally] = {}
        if since is None and until is None:
            for r in self.db.read(lambda tx: records(tx, cypher.LEADER_TIES, id=leader_id)):
                per_other[r["other"]] = tally_from_tie(r)
        else:
            flt = ContactFilter(leader=leader_id, since=since, until=until, status="occurred")
            for (x, y), tally in self._tallies(flt).items():
                per_other[y if x == leader_id else x] = tally
        return ties.counterparts(per_other, self._refs(list(per_other)))

    def network(self, flt: ContactFilter) -> Network:
        """Return leaders and ties of occurred contacts matching the filter (flt.country: that country's)."""
        flt = flt.model_copy(update={"status": "occurred"})
        if flt == ContactFilter(status="occurred"):
            recs = self.db.read(lambda tx: records(tx, cypher.ALL_TIES))
            pairs = {(r["a"], r["b"]): tally_from_tie(r) for r in recs}
        else:
            pairs = self._tallies(flt)
        return ties.network(pairs, self._refs([i for pair in pairs for i in pair]))

    def topic_counts(self) -> dict[str, int]:
        """Count occurred contacts per topic code, most first."""
        recs = self.db.read(lambda tx: records(tx, cypher.TOPIC_COUNTS))
        return ties.ranked({r["code"]: r["n"] for r in recs})

    def iter_contacts(self, batch: int = 500) -> Iterator[list[Contact]]:
        """Yield every contact with its sources in batches, in id order."""
        after = ""
        while True:
            recs = self.db.read(partial(records, query=cypher.ITER_CONTACTS, after=after, limit=batch))
            if not recs:
                return
            page = [contact_from(r["contact"]) for r in recs]
            yield page
            after = page[-1].id


def _filter_params(flt: ContactFilter) -> dict[str, Any]:
    return {
        "leader": flt.leader,
        "with": flt.with_,
        "country": flt.country,
        "mode": flt.mode,
        "setting": flt.setting,
        "status": flt.status,
        "topic": flt.topic,
        "since": iso_date(flt.since),
        "until": iso_date(flt.until),
    }


def _encode_cursor(last: Contact) -> str:
    raw = orjson.dumps([last.sort_date, last.id])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        sort, cid = orjson.loads(raw)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise InvalidInput(f"not a valid cursor: {cursor!r}") from exc
    if not isinstance(sort, str) or not isinstance(cid, str):
        raise InvalidInput(f"not a valid cursor: {cursor!r}")
    return sort, cid
