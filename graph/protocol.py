"""The GraphStore protocol: everything the API, the worker and the CLI ask of a store.

Every backend (graph/sqlite, graph/neo4j) implements all of it, and tests/contract/ runs one suite
against each. Methods raise only graph.errors classes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Protocol, runtime_checkable

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


class DocumentQueue(Protocol):
    """A durable queue of documents: enqueue, claim with a lease, complete or fail, retry.

    Documents are the jobs: a document's status is queued, processing, done or failed. A document whose
    canonical URL or content hash is already known is a duplicate and creates no job.
    """

    def enqueue(self, docs: Sequence[Document]) -> list[EnqueueResult]:
        """Store new documents as queued jobs, in one transaction; report duplicates of known ones."""
        ...

    def claim(self, worker: str, lease_seconds: float, now: datetime) -> Job | None:
        """Atomically claim the oldest due job (queued and due, or processing with an expired lease)."""
        ...

    def complete(self, job: Job, contacts: Sequence[Contact], now: datetime) -> None:
        """Save a job's extracted contacts and mark it done, atomically; LeaseLost if the lease expired."""
        ...

    def fail(self, job: Job, error: str, retry_at: datetime | None, now: datetime) -> None:
        """Record a failed attempt: queued again from retry_at, or failed for good when retry_at is None."""
        ...

    def requeue(self, document_ids: Sequence[str], now: datetime) -> int:
        """Put documents back in the queue for re-extraction (after an extractor upgrade); return how many."""
        ...

    def queue_stats(self) -> dict[str, int]:
        """Count documents by status (queued, processing, done, failed)."""
        ...

    def list_documents(
        self, status: DocStatus | None = None, limit: int = 25, cursor: str | None = None
    ) -> Page[Document]:
        """List documents newest first (of one status, if given), with an opaque cursor to the next page."""
        ...


class FeedRegistry(Protocol):
    """The feeds the worker polls, kept in the store so that every worker process sees the same list."""

    def add_feed(self, url: str) -> Feed:
        """Register a feed URL (idempotent) and return it."""
        ...

    def remove_feed(self, url: str) -> None:
        """Forget a feed; NotFound if it was not registered."""
        ...

    def list_feeds(self) -> list[Feed]:
        """Return every registered feed."""
        ...

    def update_feed(self, feed: Feed) -> None:
        """Store a feed's validators, poll time, error and item count after a poll."""
        ...

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Return which of these URLs (compared canonically) already belong to stored documents."""
        ...


class GraphStore(DocumentQueue, FeedRegistry, Protocol):
    """The store of leaders, documents and contacts, and the questions asked of it."""

    # Lifecycle
    def migrate(self) -> None:
        """Create or upgrade the schema (idempotent); called once when a store is opened."""
        ...

    def ping(self) -> None:
        """Raise StoreUnavailable unless the store answers a trivial query."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...

    def counts(self) -> StoreCounts:
        """Count leaders, documents, contacts, sources and ties."""
        ...

    # Leaders
    def upsert_leaders(self, leaders: Sequence[Leader]) -> int:
        """Insert or replace leaders with their aliases and offices, in batches; return how many."""
        ...

    def get_leader(self, leader_id: str) -> Leader:
        """Return a leader by id, or raise NotFound."""
        ...

    def find_leaders(
        self, q: str | None = None, country: str | None = None, at: date | None = None, limit: int = 25
    ) -> list[Leader]:
        """Search leaders by any alias in any script (folded prefix match), country and office date."""
        ...

    def resolve_leader(self, name_or_id: str) -> Leader:
        """Resolve an id or an exact alias to one leader; NotFound if none, Ambiguous if several."""
        ...

    def leader_totals(self, leader_id: str) -> LeaderTotals:
        """Count a leader's occurred contacts and counterparts, with first and last date and modes."""
        ...

    # Documents and contacts
    def get_document(self, document_id: str) -> Document:
        """Return a document (with its status and last error), or raise NotFound."""
        ...

    def save_extractions(self, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
        """Replace what each document asserted with the given contacts, all in one transaction.

        Each contact carries one source per document. A contact matching a stored one (same id, or
        same pair, status, compatible mode and close date) merges into it; a stored contact left with
        no source is deleted; the leader-leader ties of every touched pair are recomputed.
        """
        ...

    def document_contacts(self, document_id: str) -> list[Contact]:
        """Return the contacts a document reports, each with all its sources."""
        ...

    def get_contact(self, contact_id: str) -> Contact:
        """Return one contact with every source, or raise NotFound."""
        ...

    def list_contacts(self, flt: ContactFilter, limit: int = 25, cursor: str | None = None) -> Page[Contact]:
        """List contacts newest first (undated last), filtered, with an opaque cursor to the next page."""
        ...

    def pair_summary(
        self, a: str, b: str, since: date | None = None, until: date | None = None
    ) -> PairSummary:
        """Summarize occurred contacts between two leader ids: count, by mode, by month, topics, span."""
        ...

    def counterparts(
        self, leader_id: str, since: date | None = None, until: date | None = None, limit: int | None = None
    ) -> list[Counterpart]:
        """List everyone a leader was in occurred contact with, most contacts first (the first `limit`)."""
        ...

    def network(self, flt: ContactFilter) -> Network:
        """Return leaders and ties of occurred contacts matching the filter (flt.country: that country's)."""
        ...

    def topic_counts(self) -> dict[str, int]:
        """Count occurred contacts per topic code."""
        ...

    # Bulk export, for migrations between stores
    def iter_leaders(self, batch: int = 500) -> Iterator[list[Leader]]:
        """Yield every leader (provisional ones too) in batches, in id order."""
        ...

    def import_documents(self, docs: Sequence[Document]) -> None:
        """Write documents as they are (status, attempts, error, timestamps kept), replacing same ids."""
        ...

    def iter_documents(self, batch: int = 500) -> Iterator[list[Document]]:
        """Yield every document in batches, in a stable order."""
        ...

    def iter_contacts(self, batch: int = 500) -> Iterator[list[Contact]]:
        """Yield every contact with its sources in batches, in a stable order."""
        ...

    def import_contacts(self, contacts: Sequence[Contact]) -> None:
        """Write fully-formed contacts (ids and sources kept) in one batch; used by migrations."""
        ...


@runtime_checkable
class MonthCounts(Protocol):
    """An optional store capability: contacts per month counted inside the store (SQLite has it).

    Callers check `isinstance(store, MonthCounts)` and otherwise count the pages of list_contacts.
    """

    def month_counts(self, flt: ContactFilter) -> dict[str | None, int]:
        """Count contacts matching flt (occurred unless it says) per YYYY-MM; None: year-only or undated."""
        ...


@runtime_checkable
class BatchQueue(Protocol):
    """An optional queue capability: claim several jobs in one transaction and complete them in one.

    A worker that sees it (`isinstance(store, BatchQueue)`) spreads the fixed cost of a transaction over
    a few documents; otherwise it claims and completes one job at a time. Both stores have it.
    """

    def claim_batch(self, worker: str, lease_seconds: float, now: datetime, limit: int) -> list[Job]:
        """Claim up to `limit` due jobs, each under its own lease, oldest first.

        A job whose lease expired (its worker may have died on it) is claimed alone, so that a document
        that kills workers fails by itself after N attempts instead of taking a batch with it.
        """
        ...

    def complete_batch(self, done: Sequence[tuple[Job, Sequence[Contact]]], now: datetime) -> list[str]:
        """Save each job's contacts and mark it done, all in one transaction, as `complete` does one.

        Jobs whose lease was lost are left alone; their document ids are returned.
        """
        ...
