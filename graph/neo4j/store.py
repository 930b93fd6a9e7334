"""Neo4jStore: the GraphStore protocol on a Neo4j 5 server, queue and feeds included.

Answers are computed with the same pure functions as the SQLite store (graph.merge, graph.ties), so both
backends agree; tests/contract/ checks it. All Cypher lives in graph/neo4j/cypher.py.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

import orjson

from graph import ties
from graph.errors import Ambiguous, InvalidInput, LeaseLost, NotFound
from graph.keys import canonical_url, content_hash, pair_key
from graph.models import (
    TOPICS,
    Contact,
    ContactFilter,
    Counterpart,
    DocStatus,
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
    feed_from,
    iso_date,
    leader_from,
    leader_row,
    parse_ts,
    ref_from,
    repacked,
    tally_from_tie,
    ts,
)
from graph.text import fold
from graph.ties import Tally

# The version of the data layout migrate() brings a database to.
SCHEMA_VERSION = 5
# Contacts repacked per transaction when a store moves to version 5.
REPACK_BATCH = 2000
# Parametrized once: pydantic rebuilds the generic model whenever the last Page[Contact] was collected.
ContactPage = Page[Contact]
# A claim that loses a race to another worker tries again, this many times, before reporting no job.
CLAIM_ATTEMPTS = 20
QUEUE_STATUSES = ("queued", "processing", "done", "failed")
# Error texts are kept whole up to this size; a longer one (a huge traceback) keeps its end.
MAX_ERROR_CHARS = 20_000


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Neo4jStore:
    """The graph, its document queue and its feed registry in one Neo4j database."""

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j") -> None:
        self.db = Database(uri, user, password, database)

    # Lifecycle ------------------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Create constraints, indexes and topic nodes if missing and upgrade older data (idempotent)."""
        for statement in cypher.SCHEMA:
            self.db.run(statement)
        for name in column_of(self.db.query(cypher.GENERATED_RELATIONSHIP_LOOKUPS), "name"):
            self.db.run(cypher.drop_index(name))
        self.db.run(cypher.AWAIT_INDEXES)
        found = self.db.run(cypher.SCHEMA_VERSION)
        version = found[0]["version"] if found else 0
        if version < 2:
            # 2: ACTED counts, for stores written before they were kept.
            self.db.run(cypher.BACKFILL_ACTED)
        if version < 3:
            # 3: per-month counts on ties (unfiltered pair summaries read the tie), a batch at a time.
            while keys := column_of(self.db.query(cypher.TIES_WITHOUT_MONTHS, limit=500), "pair"):
                self.db.write(partial(writes.recount_pairs, keys=keys))
        if version < 4:
            # 4: batches lock the pairs' leaders; the pair lock nodes of earlier versions go.
            self.db.run(cypher.DELETE_PAIR_NODES)
        if version < 5:
            # 5: what no statement reads of a contact or a report is one JSON property each.
            self._repack()
        if version < SCHEMA_VERSION:
            self.db.run(cypher.SET_SCHEMA_VERSION, version=SCHEMA_VERSION)
        self.db.write(lambda tx: tx.run(cypher.ENSURE_TOPICS, codes=list(TOPICS)).consume())

    def _repack(self) -> None:
        """Move every contact and report written before version 5 to the packed layout, a batch at a time."""
        after = ""
        while recs := self.db.query(cypher.CONTACTS_BY_ID, after=after, limit=REPACK_BATCH):
            rows = [row for row in (repacked(r["contact"]) for r in recs) if row is not None]
            if rows:
                self.db.run(cypher.PACK_CONTACTS, rows=rows)
            after = recs[-1]["contact"]["id"]

    def ping(self) -> None:
        """Raise StoreUnavailable unless the server answers a trivial query."""
        self.db.run(cypher.PING)

    def close(self) -> None:
        """Release the driver's connections."""
        self.db.close()

    def counts(self) -> StoreCounts:
        """Count leaders, documents, contacts, sources and ties."""
        rec = self.db.query(cypher.COUNTS)[0]
        return StoreCounts(**rec)

    def wipe(self) -> None:
        """Delete every node and relationship (tests only; the schema stays)."""
        for statement in cypher.WIPE:
            self.db.run(statement)

    # Leaders --------------------------------------------------------------------------------------------

    def upsert_leaders(self, leaders: Sequence[Leader], batch: int = 1000) -> int:
        """Insert or replace leaders with their aliases and offices, in batches of one transaction each."""
        for i in range(0, len(leaders), batch):
            rows = [leader_row(leader) for leader in leaders[i : i + batch]]
            self.db.write(partial(records, query=cypher.UPSERT_LEADERS, rows=rows))
        return len(leaders)

    def get_leader(self, leader_id: str) -> Leader:
        """Return a leader by id, or raise NotFound."""
        found = self.db.query(cypher.GET_LEADERS, ids=[leader_id])
        if not found:
            raise NotFound("leader", leader_id)
        return leader_from(found[0]["data"])

    def find_leaders(
        self, q: str | None = None, country: str | None = None, at: date | None = None, limit: int = 25
    ) -> list[Leader]:
        """Search leaders by folded name prefix in any script, by country and by office date; best first."""
        _check_limit(limit)
        key: str | None = None
        if q is not None and q.strip():
            key = fold(q)
            if not key:
                return []
        params: dict[str, Any] = {"q": key, "country": country, "at": iso_date(at), "limit": limit}
        return [leader_from(r["data"]) for r in self.db.query(cypher.FIND_LEADERS, **params)]

    def resolve_leader(self, name_or_id: str) -> Leader:
        """Resolve an id, else an exact folded name, else an exact word-suffix (a surname) to one leader.

        At each step one leader wins; several are Ambiguous, unless exactly one of them is not provisional
        (a gazetteer leader beats a provisional namesake). NotFound when nothing matches.
        """
        # Requests name leaders by id most of the time: one statement on its own answers them.
        by_id = self.db.query(cypher.GET_LEADERS, ids=[name_or_id])
        if by_id:
            return leader_from(by_id[0]["data"])

        def work(tx: Tx) -> Leader:
            key = fold(name_or_id)
            if key:
                for whole in (True, False):
                    found = records(tx, cypher.LEADERS_BY_KEY, key=key, whole=whole)
                    real = [r["id"] for r in found if not r["provisional"]]
                    ids = real or [r["id"] for r in found]
                    if len(ids) == 1:
                        return leader_from(column(tx, cypher.GET_LEADERS, "data", ids=ids)[0])
                    if ids:
                        raise Ambiguous(name_or_id, ids)
            raise NotFound("leader", name_or_id)

        return self.db.read(work)

    def leader_totals(self, leader_id: str) -> LeaderTotals:
        """Count a leader's occurred contacts and counterparts, with first and last date and modes."""
        found = self.db.query(cypher.LEADER_TIES, id=leader_id)
        if not found:
            raise NotFound("leader", leader_id)
        return ties.leader_totals(tally_from_tie(t) for t in found[0]["ties"])

    def iter_leaders(self, batch: int = 500) -> Iterator[list[Leader]]:
        """Yield every leader (provisional ones too) in batches, in id order."""
        after = ""
        while True:
            found = self.db.query(cypher.ITER_LEADERS, after=after, limit=batch)
            if not found:
                return
            page = [leader_from(r["data"]) for r in found]
            yield page
            after = page[-1].id

    # Documents and the queue ---------------------------------------------------------------------------

    def get_document(self, document_id: str) -> Document:
        """Return a document (with its status and last error), or raise NotFound."""
        recs = self.db.query(cypher.GET_DOCUMENT, id=document_id)
        if not recs:
            raise NotFound("document", document_id)
        return document_from(recs[0]["doc"])

    def enqueue(self, docs: Sequence[Document]) -> list[EnqueueResult]:
        """Store new documents as queued jobs, in one transaction; a known id, URL or text is a duplicate."""
        now = _utcnow()
        for doc in docs:
            if not doc.id:
                raise InvalidInput("a document needs an id")
        keyed = [(d, canonical_url(d.url) if d.url else None, content_hash(d.text)) for d in docs]

        def work(tx: Tx) -> list[EnqueueResult]:
            known: dict[str, str] = {}  # "id:", "url:" or "hash:" + the value -> the document holding it
            lookups = (
                (cypher.KNOWN_IDS, [d.id for d, _, _ in keyed], "id:"),
                (cypher.KNOWN_CANONICAL, [u for _, u, _ in keyed if u], "url:"),
                (cypher.KNOWN_HASHES, [h for _, _, h in keyed], "hash:"),
            )
            for query, values, prefix in lookups:
                for r in records(tx, query, values=sorted(set(values))):
                    known.setdefault(prefix + r["value"], r["id"])
            results: list[EnqueueResult] = []
            rows: list[dict[str, Any]] = []
            for doc, url, digest in keyed:
                keys = [f"id:{doc.id}", *([f"url:{url}"] if url else []), f"hash:{digest}"]
                first = next((known[k] for k in keys if k in known), None)
                if first is not None:
                    results.append(EnqueueResult(id=doc.id, status="duplicate", duplicate_of=first))
                    continue
                for k in keys:
                    known[k] = doc.id
                fresh = doc.model_copy(
                    update={"content_hash": digest, "status": "queued", "attempts": 0, "error": None,
                            "created_at": now, "updated_at": now}
                )  # fmt: skip
                rows.append(document_row(fresh, now))
                results.append(EnqueueResult(id=doc.id, status="queued"))
            self._write_documents(tx, rows)
            return results

        return self.db.write(work)

    @staticmethod
    def _write_documents(tx: Tx, rows: list[dict[str, Any]]) -> None:
        """Write documents (replacing same ids), numbered in arrival order."""
        if not rows:
            return
        start = column(tx, cypher.NEXT_SEQUENCE, "start", n=len(rows))[0]
        for i, row in enumerate(rows, start=1):
            row["seq"] = start + i
        tx.run(cypher.WRITE_DOCUMENTS, rows=rows).consume()

    def claim(self, worker: str, lease_seconds: float, now: datetime) -> Job | None:
        """Atomically claim the oldest due job (queued and due, or processing with an expired lease)."""
        expires = _lease_expiry(now, lease_seconds)
        for _ in range(CLAIM_ATTEMPTS):
            params: dict[str, Any] = {"now": ts(now), "expires": expires, "worker": worker}
            recs = self.db.write(partial(records, query=cypher.CLAIM, token=_token(), **params))
            if recs:
                return _job(recs[0])
            if not self._any_due(now):
                return None
        return None

    def claim_batch(self, worker: str, lease_seconds: float, now: datetime, limit: int) -> list[Job]:
        """Claim up to `limit` due jobs in one transaction, oldest first; an expired lease's job comes alone.

        Each job is locked and re-checked as `claim` does; one another worker took meanwhile is left out,
        and a claim that got none while jobs are due tries again.
        """
        expires = _lease_expiry(now, lease_seconds)
        if limit < 1:
            raise InvalidInput("a batch holds at least one job")
        params: dict[str, Any] = {"now": ts(now), "expires": expires, "worker": worker}

        def work(tx: Tx) -> list[dict[str, Any]]:
            # A job left processing may have killed its worker: it goes through alone.
            expired = records(tx, cypher.CLAIM_EXPIRED, token=_token(), **params)
            if expired:
                return expired
            tokens = [_token() for _ in range(limit)]
            return records(tx, cypher.CLAIM_QUEUED, tokens=tokens, limit=limit, **params)

        for _ in range(CLAIM_ATTEMPTS):
            recs = self.db.write(work)
            if recs:
                return [_job(r) for r in sorted(recs, key=lambda r: r["seq"])]
            if not self._any_due(now):
                return []
        return []

    def _any_due(self, now: datetime) -> bool:
        """Tell whether any job is claimable now (so that a claim that got none lost a race)."""
        due = self.db.query(cypher.ANY_DUE, now=ts(now))
        return bool(due and due[0]["due"])

    @staticmethod
    def _leased(tx: Tx, jobs: Sequence[Job]) -> set[tuple[str, str]]:
        """Lock the jobs' documents; return the (id, token) of those still processing under their token."""
        rows = sorted({(job.document.id, job.lease_token) for job in jobs})
        found = records(tx, cypher.CHECK_LEASES, jobs=[{"id": i, "token": t} for i, t in rows])
        return {(r["id"], r["token"]) for r in found if r["held"]}

    @staticmethod
    def _finish(tx: Tx, ids: Sequence[str], status: str, error: str | None, due_at: str | None,
                now: datetime) -> None:  # fmt: skip
        """End the leases of these jobs with one outcome (cypher.FINISH_JOBS)."""
        tx.run(cypher.FINISH_JOBS, ids=list(ids), status=status, error=error, due_at=due_at,
               now=ts(now)).consume()  # fmt: skip

    def _check_lease(self, tx: Tx, job: Job) -> None:
        if not self._leased(tx, [job]):
            raise LeaseLost(f"document {job.document.id} is no longer leased to this worker")

    def complete(self, job: Job, contacts: Sequence[Contact], now: datetime) -> None:
        """Save a job's extracted contacts and mark it done, atomically; LeaseLost if it is not ours."""

        def work(tx: Tx) -> None:
            self._check_lease(tx, job)
            writes.merge_extractions(tx, [(job.document.id, contacts)])
            self._finish(tx, [job.document.id], "done", None, None, now)

        self.db.write(work)

    def complete_batch(self, done: Sequence[tuple[Job, Sequence[Contact]]], now: datetime) -> list[str]:
        """Save the contacts of the jobs still leased and mark them done, in one transaction.

        Returns the document ids of the jobs whose lease was lost: nothing of theirs is written.
        """

        def work(tx: Tx) -> dict[str, Job]:
            leased = self._leased(tx, [job for job, _ in done])
            held = {job.document.id: job for job, _ in done if (job.document.id, job.lease_token) in leased}
            writes.merge_extractions(tx, [(job.document.id, found) for job, found in done
                                          if held.get(job.document.id) is job])  # fmt: skip
            if held:
                self._finish(tx, sorted(held), "done", None, None, now)
            return held

        held = self.db.write(work)
        return [job.document.id for job, _ in done if held.get(job.document.id) is not job]

    def fail(self, job: Job, error: str, retry_at: datetime | None, now: datetime) -> None:
        """Record a failed attempt: queued again from retry_at, or failed for good when retry_at is None."""
        if len(error) > MAX_ERROR_CHARS:
            error = "..." + error[-MAX_ERROR_CHARS:]
        status, due_at = ("queued", ts(retry_at)) if retry_at is not None else ("failed", "")

        def work(tx: Tx) -> None:
            self._check_lease(tx, job)
            self._finish(tx, [job.document.id], status, error, due_at, now)

        self.db.write(work)

    def requeue(self, document_ids: Sequence[str], now: datetime) -> int:
        """Queue documents again from now, fresh (no attempts, no error); ones being processed stay."""
        ids = sorted(set(document_ids))
        counted = self.db.write(partial(column, query=cypher.REQUEUE, field="n", ids=ids, now=ts(now)))
        return int(counted[0]) if counted else 0

    def queue_stats(self) -> dict[str, int]:
        """Count documents by status (queued, processing, done, failed)."""
        stats = dict.fromkeys(QUEUE_STATUSES, 0)
        for rec in self.db.query(cypher.QUEUE_STATS):
            stats[rec["status"]] = rec["n"]
        return stats

    def list_documents(
        self, status: DocStatus | None = None, limit: int = 25, cursor: str | None = None
    ) -> Page[Document]:
        """List documents newest first (of one status, if given); the cursor is the last one's sequence."""
        # A sequence number is a 64-bit integer in Neo4j: other digits, or more of them, are no cursor.
        if cursor is not None and not (cursor.isascii() and cursor.isdigit() and int(cursor) < 2**63):
            raise InvalidInput("malformed cursor")
        before = int(cursor) if cursor is not None else 2**63 - 1
        recs = self.db.query(cypher.LIST_DOCUMENTS, before=before, status=status, limit=limit + 1)
        items = [document_from(r["doc"]) for r in recs[:limit]]
        return Page(items=items, next_cursor=str(recs[limit - 1]["seq"]) if len(recs) > limit else None)

    def import_documents(self, docs: Sequence[Document]) -> None:
        """Write documents as they are (status, attempts, error, timestamps kept), replacing same ids."""
        now = _utcnow()
        rows = [document_row(d, now) for d in docs]
        self.db.write(lambda tx: self._write_documents(tx, rows))

    def iter_documents(self, batch: int = 500) -> Iterator[list[Document]]:
        """Yield every document in batches, oldest first."""
        after = 0
        while True:
            recs = self.db.query(cypher.ITER_DOCUMENTS, after=after, limit=batch)
            if not recs:
                return
            yield [document_from(r["doc"]) for r in recs]
            after = recs[-1]["seq"]

    # Feeds --------------------------------------------------------------------------------------------------

    def add_feed(self, url: str) -> Feed:
        """Register a feed URL (idempotent, compared canonically) and return it."""
        if not url.strip():
            raise InvalidInput("a feed needs a URL")
        params: dict[str, Any] = {"key": canonical_url(url), "url": url.strip()}
        recs = self.db.write(partial(records, query=cypher.ADD_FEED, **params))
        return feed_from(recs[0]["feed"])

    def remove_feed(self, url: str) -> None:
        """Forget a feed; NotFound if it was not registered."""
        n = self.db.write(partial(column, query=cypher.REMOVE_FEED, field="n", key=canonical_url(url)))
        if not n or not n[0]:
            raise NotFound("feed", url)

    def list_feeds(self) -> list[Feed]:
        """Return every registered feed, by URL."""
        return [feed_from(r["feed"]) for r in self.db.query(cypher.LIST_FEEDS)]

    def update_feed(self, feed: Feed) -> None:
        """Store a feed's validators, poll time, error and item count after a poll."""
        params: dict[str, Any] = {
            "key": canonical_url(feed.url),
            "etag": feed.etag,
            "modified": feed.modified,
            "last_polled": ts(feed.last_polled) if feed.last_polled else None,
            "last_error": feed.last_error,
            "items_seen": feed.items_seen,
        }
        n = self.db.write(partial(records, query=cypher.UPDATE_FEED, **params))
        if not n or not n[0]["n"]:
            raise NotFound("feed", feed.url)

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Return which of these URLs (compared canonically) already belong to stored documents."""
        by_canonical: dict[str, list[str]] = {}
        for url in urls:
            by_canonical.setdefault(canonical_url(url), []).append(url)
        found = column_of(self.db.query(cypher.KNOWN_URLS, urls=list(by_canonical)), "url")
        return {url for c in found for url in by_canonical[c]}

    # Contacts ---------------------------------------------------------------------------------------------

    def save_extractions(self, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
        """Replace what each document asserted with the given contacts, all in one transaction."""
        self.db.write(lambda tx: writes.merge_extractions(tx, items))

    def import_contacts(self, contacts: Sequence[Contact]) -> None:
        """Write fully-formed contacts (ids and sources kept) in one batch; used by migrations."""
        self.db.write(lambda tx: writes.import_contacts(tx, contacts))

    def document_contacts(self, document_id: str) -> list[Contact]:
        """Return the contacts a document reports, in the order of their evidence, with all sources."""
        recs = self.db.query(cypher.DOCUMENT_CONTACTS, id=document_id)
        return [contact_from(r["contact"]) for r in recs]

    def get_contact(self, contact_id: str) -> Contact:
        """Return one contact with every source, or raise NotFound."""
        recs = self.db.query(cypher.GET_CONTACTS, ids=[contact_id])
        if not recs:
            raise NotFound("contact", contact_id)
        return contact_from(recs[0]["contact"])

    def list_contacts(self, flt: ContactFilter, limit: int = 25, cursor: str | None = None) -> Page[Contact]:
        """List contacts newest first (undated last, then by id), filtered, with a cursor to the next page."""
        _check_limit(limit)
        after_sort, after_id = decode_cursor(cursor) if cursor else (None, None)
        access, params = _seek(flt, after_sort)
        filters = _filters(flt)
        if after_sort is not None:
            filters.append("after")
        params.update(after_sort=after_sort, after_id=after_id, limit=limit + 1)
        recs = self.db.query(cypher.list_contacts(access, filters), **params)
        items = [contact_from(r["contact"]) for r in recs[:limit]]
        more = len(recs) > limit
        last = items[-1] if items else None
        return ContactPage(
            items=items, next_cursor=encode_cursor(last.sort_date, last.id) if more and last else None
        )

    def _tallied(
        self, flt: ContactFilter, ids: Iterable[str], every_leader: bool = False
    ) -> tuple[dict[tuple[str, str], Tally], dict[str, LeaderRef]]:
        """Tally the contacts matching a filter per pair (ids in order), with leaders' short forms.

        One statement: the short forms are those of `ids` and, if every_leader, of every leader tallied.
        """
        access, params = _seek(flt)
        query = cypher.tallied(access, _filters(flt), every_leader)
        found = self.db.query(query, ids=sorted(set(ids)), **params)[0]
        rows = found["rows"]
        out = ties.tally_groups(((a, b), mode, day, topics) for a, b, mode, day, topics in rows)
        return out, _acting(found["refs"])

    def _refs(self, ids: Iterable[str]) -> dict[str, LeaderRef]:
        """Return leaders' short forms, named by what they acted as in their contacts (graph.ties)."""
        return _acting(self.db.query(cypher.LEADER_REFS, ids=sorted(set(ids)))[0]["refs"])

    def pair_summary(
        self, a: str, b: str, since: date | None = None, until: date | None = None
    ) -> PairSummary:
        """Summarize occurred contacts between two leader ids: count, by mode, by month, topics, span."""
        if a == b:
            raise InvalidInput("a pair needs two different leaders")
        x, y = sorted((a, b))
        if since is None and until is None:
            # The pair's tie holds the tally of all its occurred contacts.
            found = self.db.query(cypher.PAIR_TIE, ids=[x, y], x=x, y=y)[0]
            refs = _acting(found["refs"])
            tally = tally_from_tie(found["tie"]) if found["tie"] else Tally()
        else:
            flt = ContactFilter(leader=a, with_=b, since=since, until=until, status="occurred")
            pairs, refs = self._tallied(flt, [a, b])
            tally = pairs.get((x, y), Tally())
        _known(refs, [a, b])
        return ties.pair_summary(refs[a], refs[b], tally)

    def counterparts(
        self, leader_id: str, since: date | None = None, until: date | None = None, limit: int | None = None
    ) -> list[Counterpart]:
        """List everyone a leader was in occurred contact with, most contacts first (the first `limit`)."""
        if limit is not None:
            _check_limit(limit)
        per_other: dict[str, Tally] = {}
        if since is None and until is None:
            every = limit if limit is not None else _EVERY
            found = self.db.query(cypher.COUNTERPARTS, id=leader_id, limit=every)
            if not found:
                raise NotFound("leader", leader_id)
            per_other = {t["other"]: tally_from_tie(t) for t in found[0]["ties"]}
            refs = _acting(t["ref"] for t in found[0]["ties"])
        else:
            flt = ContactFilter(leader=leader_id, since=since, until=until, status="occurred")
            pairs, refs = self._tallied(flt, [leader_id], every_leader=True)
            _known(refs, [leader_id])
            for (x, y), tally in pairs.items():
                per_other[y if x == leader_id else x] = tally
        return ties.counterparts(per_other, refs, limit)

    def network(self, flt: ContactFilter) -> Network:
        """Return leaders and ties of contacts matching the filter (occurred unless it names a status)."""
        if flt.model_dump(exclude_none=True) in ({}, {"status": "occurred"}):
            recs = self.db.query(cypher.ALL_TIES)
            pairs = {(r["a"], r["b"]): tally_from_tie(r["tie"]) for r in recs}
            refs = self._refs({i for pair in pairs for i in pair})
        else:
            if flt.status is None:
                flt = flt.model_copy(update={"status": "occurred"})
            pairs, refs = self._tallied(flt, [], every_leader=True)
        return ties.network(pairs, refs)

    def month_counts(self, flt: ContactFilter) -> dict[str | None, int]:
        """Count contacts matching flt (occurred unless it says) per YYYY-MM; None: year-only or undated.

        One leader's, unfiltered, from the per-month counts of their ties (as SQLite does); others
        counted on the server over the filter's seek (summing every tie in Python took twice as long as
        that for the whole graph). Either way a timeline no longer pages through every matching contact
        (graph.protocol.MonthCounts).
        """
        if flt.status is None:
            flt = flt.model_copy(update={"status": "occurred"})
        mine = flt.model_dump(exclude_none=True, exclude={"status"})
        if flt.status == "occurred" and mine.keys() == {"leader"}:
            months: Counter[str | None] = Counter()
            for r in self.db.query(cypher.LEADER_TIE_MONTHS, id=flt.leader):
                months.update(orjson.loads(r["months"]))
                months[None] += r["count"]
            months[None] -= sum(n for m, n in months.items() if m is not None)
            return {m: n for m, n in months.items() if n > 0}
        access, params = _seek(flt)
        recs = self.db.query(cypher.month_counts(access, _filters(flt)), **params)
        return {r["month"]: r["n"] for r in recs if r["n"] > 0}

    def topic_counts(self) -> dict[str, int]:
        """Count occurred contacts per topic code, most first."""
        recs = self.db.query(cypher.TOPIC_COUNTS)
        return ties.ranked({r["code"]: r["n"] for r in recs})

    def iter_contacts(self, batch: int = 500) -> Iterator[list[Contact]]:
        """Yield every contact with its sources in batches, in id order."""
        after = ""
        while True:
            recs = self.db.query(cypher.ITER_CONTACTS, after=after, limit=batch)
            if not recs:
                return
            page = [contact_from(r["contact"]) for r in recs]
            yield page
            after = page[-1].id


def _lease_expiry(now: datetime, lease_seconds: float) -> str:
    """Return when a lease taken now ends, as stored; InvalidInput unless it lasts a while."""
    if lease_seconds <= 0:
        raise InvalidInput("a lease must last a positive number of seconds")
    return ts(now + timedelta(seconds=lease_seconds))


def _token() -> str:
    """Return a fresh random lease token."""
    return secrets.token_urlsafe(18)


def _job(rec: dict[str, Any]) -> Job:
    """Make a Job of a claim's record: the document (a cypher._DOC_FIELDS map) and its lease token."""
    document = document_from(rec["doc"])
    lease = parse_ts(rec["doc"]["lease_expires"])
    assert lease is not None
    return Job(document=document, lease_token=rec["token"], lease_expires=lease, attempts=document.attempts)


def _acting(refs: Iterable[dict[str, Any]]) -> dict[str, LeaderRef]:
    """Key leaders' short forms (cypher.ref maps) by id, named by what they acted as (graph.ties)."""
    return {r["id"]: ties.acting_ref(ref_from(r), {(c, role): n for c, role, n in r["acted"]}) for r in refs}


def _known(refs: dict[str, LeaderRef], ids: Sequence[str]) -> None:
    """Raise NotFound for the first of these leader ids that has no short form (the store lacks it)."""
    for leader_id in ids:
        if leader_id not in refs:
            raise NotFound("leader", leader_id)


def column_of(found: list[dict[str, Any]], field: str) -> list[Any]:
    """Return one field of each record."""
    return [r[field] for r in found]


def _filters(flt: ContactFilter) -> list[str]:
    """Name the filters a question sets beyond its leaders and dates (cypher._FILTERS)."""
    values = {"country": flt.country, "mode": flt.mode, "setting": flt.setting, "status": flt.status,
              "topic": flt.topic}  # fmt: skip
    return [name for name, value in values.items() if value is not None]


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


# A LIMIT that keeps every row.
_EVERY = 2**62
# Sort dates bound every seek: undated contacts sort first, so a date filter starts after them.
_FIRST_DAY, _LAST = "0001-01-01", "\uffff"


def _seek(flt: ContactFilter, before: str | None = None) -> tuple[str, dict[str, Any]]:
    """Choose how a filter reaches its contacts (cypher._SEEKS) and return it with the query parameters.

    `before` (a list cursor's sort date) also bounds the seek, so that later pages start where the last
    one ended instead of reading past it.
    """
    params: dict[str, Any] = {**_filter_params(flt), "pair": None, "seek": None}
    leader = flt.leader or flt.with_
    if flt.leader and flt.with_:
        access, params["pair"] = "pair", pair_key(flt.leader, flt.with_)
    elif leader:
        access, params["seek"] = "leader", leader
    elif flt.country:
        access, params["seek"] = "country", flt.country
    else:
        access = "all"
    dated = flt.since is not None or flt.until is not None
    params["low"] = (iso_date(flt.since) or _FIRST_DAY) if dated else ""
    high = iso_date(flt.until) or _LAST
    params["high"] = min(high, before) if before is not None else high
    return access, params


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise InvalidInput("limit must be at least 1")


def encode_cursor(sort_key: str, contact_id: str) -> str:
    """Make an opaque cursor from the sort key and id of the last contact on a page."""
    return base64.urlsafe_b64encode(orjson.dumps([sort_key, contact_id])).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    """Read a cursor made by encode_cursor; InvalidInput when it was not."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = orjson.loads(raw)
    except (binascii.Error, ValueError):
        raise InvalidInput("malformed cursor") from None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise InvalidInput("malformed cursor")
    return value[0], value[1]
