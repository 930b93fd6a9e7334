"""SqliteStore: the embedded GraphStore, one file, safe to share between the API's threads and a worker."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from graph.errors import InvalidInput
from graph.models import (
    Contact,
    ContactFilter,
    Counterpart,
    DocStatus,
    Document,
    EnqueueResult,
    Feed,
    Job,
    Leader,
    LeaderTotals,
    Network,
    Page,
    PairSummary,
    StoreCounts,
)
from graph.sqlite import leaders, queue, reads
from graph.sqlite.connections import Connections
from graph.sqlite.rows import decode_cursor, encode_cursor, now_utc, row_document
from graph.sqlite.schema import migrate
from graph.sqlite.writes import ContactWriter

# Parametrized once: pydantic rebuilds a generic model for Page[Contact] whenever the last one was
# collected, which cost milliseconds on a list request.
ContactPage = Page[Contact]


class SqliteStore:
    """The whole GraphStore protocol (with its queue and feed registry) on one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = Connections(path)

    # -- lifecycle -------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Create or upgrade the schema to this program's version (idempotent)."""
        with self._db.raw() as conn:
            migrate(conn)

    def ping(self) -> None:
        """Raise StoreUnavailable unless the database answers."""
        with self._db.read() as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def close(self) -> None:
        """Close every connection."""
        self._db.close()

    def counts(self) -> StoreCounts:
        """Count leaders, documents, contacts, sources and ties."""
        with self._db.read() as conn:
            n = {
                table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("leaders", "documents", "contacts", "sources", "ties")
            }
        return StoreCounts(**n)

    # -- leaders ---------------------------------------------------------------------------------

    def upsert_leaders(self, items: Sequence[Leader]) -> int:
        """Insert or replace leaders with their names and offices, in one transaction."""
        with self._db.write() as conn:
            leaders.write_leaders(conn, items)
        return len(items)

    def get_leader(self, leader_id: str) -> Leader:
        """Return a leader by id, or raise NotFound."""
        with self._db.read() as conn:
            return leaders.get_leader(conn, leader_id)

    def find_leaders(
        self, q: str | None = None, country: str | None = None, at: date | None = None, limit: int = 25
    ) -> list[Leader]:
        """Search leaders by folded name prefix in any script, by country and by office date."""
        _check_limit(limit)
        with self._db.read() as conn:
            return leaders.find(conn, q, country, at, limit)

    def resolve_leader(self, name_or_id: str) -> Leader:
        """Resolve an id or an exact name to one leader; NotFound or Ambiguous otherwise."""
        with self._db.read() as conn:
            return leaders.resolve(conn, name_or_id)

    def leader_totals(self, leader_id: str) -> LeaderTotals:
        """Count a leader's occurred contacts, counterparts, span and modes (from the ties)."""
        with self._db.read() as conn:
            return reads.leader_totals(conn, leader_id)

    # -- documents and contacts ------------------------------------------------------------------

    def get_document(self, document_id: str) -> Document:
        """Return a document with its status and last error, or raise NotFound."""
        with self._db.read() as conn:
            return queue.get_document(conn, document_id)

    def save_extractions(self, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
        """Replace what each document asserted with the given contacts, in one transaction."""
        with self._db.write() as conn:
            _save(ContactWriter(conn), items)

    def document_contacts(self, document_id: str) -> list[Contact]:
        """Return the contacts a document reports, in text order, each with all its sources."""
        with self._db.read() as conn:
            return reads.document_contacts(conn, document_id)

    def get_contact(self, contact_id: str) -> Contact:
        """Return one contact with every source, or raise NotFound."""
        with self._db.read() as conn:
            return reads.get_contact(conn, contact_id)

    def list_contacts(self, flt: ContactFilter, limit: int = 25, cursor: str | None = None) -> Page[Contact]:
        """List contacts newest first (undated last, then by id), filtered, one page at a time."""
        _check_limit(limit)
        after = decode_cursor(cursor) if cursor else None
        sql, params = reads.select_contacts(flt, "c.*", after, limit + 1)
        with self._db.read() as conn:
            rows = conn.execute(sql, params).fetchall()
            more = len(rows) > limit
            rows = rows[:limit]
            items = reads.with_sources(conn, rows)
        nxt = encode_cursor(rows[-1]["sort_key"], rows[-1]["sort_id"]) if more else None
        return ContactPage(items=items, next_cursor=nxt)

    def pair_summary(
        self, a: str, b: str, since: date | None = None, until: date | None = None
    ) -> PairSummary:
        """Summarize the occurred contacts between two leaders: count, modes, months, topics, span."""
        with self._db.read() as conn:
            return reads.pair_summary(conn, ContactFilter(leader=a, with_=b, since=since, until=until))

    def counterparts(
        self, leader_id: str, since: date | None = None, until: date | None = None, limit: int | None = None
    ) -> list[Counterpart]:
        """List everyone a leader was in occurred contact with, most contacts first (the first `limit`)."""
        if limit is not None:
            _check_limit(limit)
        with self._db.read() as conn:
            return reads.counterparts(conn, ContactFilter(leader=leader_id, since=since, until=until), limit)

    def network(self, flt: ContactFilter) -> Network:
        """Return the leaders and ties of occurred contacts matching the filter."""
        with self._db.read() as conn:
            return reads.network(conn, flt)

    def month_counts(self, flt: ContactFilter) -> dict[str | None, int]:
        """Count the contacts matching flt (occurred unless it says) per month; None: no month."""
        with self._db.read() as conn:
            return reads.month_counts(conn, flt)

    def topic_counts(self) -> dict[str, int]:
        """Count occurred contacts per topic code, most first."""
        with self._db.read() as conn:
            return reads.topic_counts(conn)

    # -- bulk export and import, for migrations --------------------------------------------------

    def iter_leaders(self, batch: int = 500) -> Iterator[list[Leader]]:
        """Yield every leader in batches, in id order."""
        last = ""
        while True:
            with self._db.read() as conn:
                rows = conn.execute(
                    "SELECT id, data FROM leaders WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [Leader.model_validate_json(r[1]) for r in rows]

    def import_documents(self, docs: Sequence[Document]) -> None:
        """Write documents as they are, replacing same ids, in one transaction."""
        with self._db.write() as conn:
            queue.import_documents(conn, docs, now_utc())

    def iter_documents(self, batch: int = 500) -> Iterator[list[Document]]:
        """Yield every document in batches, oldest first."""
        last = 0
        while True:
            with self._db.read() as conn:
                rows = conn.execute(
                    "SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch)
                ).fetchall()
            if not rows:
                return
            last = rows[-1]["seq"]
            yield [row_document(r) for r in rows]

    def iter_contacts(self, batch: int = 500) -> Iterator[list[Contact]]:
        """Yield every contact with its sources in batches, in id order."""
        last = ""
        while True:
            with self._db.read() as conn:
                rows = conn.execute(
                    "SELECT * FROM contacts WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                ).fetchall()
                items = reads.with_sources(conn, rows)
            if not rows:
                return
            last = rows[-1]["id"]
            yield items

    def import_contacts(self, contacts: Sequence[Contact]) -> None:
        """Write fully formed contacts, keeping their ids and sources, in one transaction."""
        with self._db.write() as conn:
            writer = ContactWriter(conn)
            writer.drop_contacts([c.id for c in contacts])
            for c in contacts:
                writer.put_contact(c)
            writer.finish()

    # -- the document queue ----------------------------------------------------------------------

    def enqueue(self, docs: Sequence[Document]) -> list[EnqueueResult]:
        """Store new documents as queued jobs, in one transaction; report duplicates."""
        with self._db.write() as conn:
            return queue.enqueue(conn, docs, now_utc())

    def claim(self, worker: str, lease_seconds: float, now: datetime) -> Job | None:
        """Atomically claim the oldest due job, or an expired lease's job."""
        if lease_seconds <= 0:
            raise InvalidInput("a lease must last a positive number of seconds")
        with self._db.write() as conn:
            return queue.claim(conn, worker, lease_seconds, now)

    def complete(self, job: Job, contacts: Sequence[Contact], now: datetime) -> None:
        """Save a job's contacts and mark its document done, atomically; LeaseLost if not ours."""
        with self._db.write() as conn:
            queue.check_lease(conn, job)
            _save(ContactWriter(conn), [(job.document.id, contacts)])
            queue.mark_done(conn, [job.document.id], now)

    def claim_batch(self, worker: str, lease_seconds: float, now: datetime, limit: int) -> list[Job]:
        """Claim up to `limit` due jobs in one transaction; a job whose lease expired comes alone."""
        if lease_seconds <= 0:
            raise InvalidInput("a lease must last a positive number of seconds")
        if limit < 1:
            raise InvalidInput("a batch holds at least one job")
        with self._db.write() as conn:
            return queue.claim_batch(conn, worker, lease_seconds, now, limit)

    def complete_batch(self, done: Sequence[tuple[Job, Sequence[Contact]]], now: datetime) -> list[str]:
        """Save the contacts of the jobs still leased and mark them done, in one transaction.

        Returns the document ids of the jobs whose lease was lost: nothing of theirs is written.
        """
        with self._db.write() as conn:
            held = {job.document.id: job for job in queue.leased(conn, [job for job, _ in done])}
            _save(ContactWriter(conn), [(job.document.id, found) for job, found in done
                                        if held.get(job.document.id) is job])  # fmt: skip
            queue.mark_done(conn, list(held), now)
        return [job.document.id for job, _ in done if held.get(job.document.id) is not job]

    def fail(self, job: Job, error: str, retry_at: datetime | None, now: datetime) -> None:
        """Record a failed attempt: queued again from retry_at, or failed for good."""
        with self._db.write() as conn:
            queue.fail(conn, job, error, retry_at, now)

    def requeue(self, document_ids: Sequence[str], now: datetime) -> int:
        """Queue documents again for re-extraction; return how many."""
        with self._db.write() as conn:
            return queue.requeue(conn, document_ids, now)

    def queue_stats(self) -> dict[str, int]:
        """Count documents by status."""
        with self._db.read() as conn:
            return queue.stats(conn)

    def list_documents(
        self, status: DocStatus | None = None, limit: int = 25, cursor: str | None = None
    ) -> Page[Document]:
        """List documents newest first (of one status, if given); the cursor is the last one's sequence."""
        if cursor is not None and not cursor.isdigit():
            raise InvalidInput("malformed cursor")
        before = int(cursor) if cursor is not None else 2**63 - 1
        where, params = ("status = ? AND seq < ?", (status, before)) if status else ("seq < ?", (before,))
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM documents WHERE {where} ORDER BY seq DESC LIMIT ?", (*params, limit + 1)
            ).fetchall()
        more = len(rows) > limit
        items = [row_document(r) for r in rows[:limit]]
        return Page(items=items, next_cursor=str(rows[limit - 1]["seq"]) if more else None)

    # -- feeds -----------------------------------------------------------------------------------

    def add_feed(self, url: str) -> Feed:
        """Register a feed URL (idempotent, compared canonically) and return it."""
        if not url.strip():
            raise InvalidInput("a feed needs a URL")
        with self._db.write() as conn:
            return queue.add_feed(conn, url)

    def remove_feed(self, url: str) -> None:
        """Forget a feed; NotFound if it was not registered."""
        with self._db.write() as conn:
            queue.remove_feed(conn, url)

    def list_feeds(self) -> list[Feed]:
        """Return every registered feed."""
        with self._db.read() as conn:
            return queue.list_feeds(conn)

    def update_feed(self, feed: Feed) -> None:
        """Store a feed's validators, poll time, error and item count."""
        with self._db.write() as conn:
            queue.update_feed(conn, feed)

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Return which of these URLs (compared canonically) belong to stored documents."""
        with self._db.read() as conn:
            return queue.known_urls(conn, urls)


def _save(writer: ContactWriter, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
    """Replace what each document asserted; a document listed twice keeps its last list."""
    latest = dict(items)
    writer.drop_documents(list(latest))
    writer.add_reports(latest.items())
    writer.finish()


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise InvalidInput("limit must be at least 1")
