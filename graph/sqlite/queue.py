"""The document queue and the feed registry in SQLite: documents are the jobs, leases guard the workers.

Every function runs on a connection inside a transaction opened by the store (claim, complete and
fail inside BEGIN IMMEDIATE, so two workers never take the same job).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta

from graph.errors import InvalidInput, LeaseLost, NotFound
from graph.keys import canonical_url, content_hash
from graph.models import Document, EnqueueResult, Feed, Job
from graph.sqlite.rows import DOCUMENT_COLUMNS, chunks, marks, parse_ts, row_document, ts, upsert_sql

# Error texts are kept whole up to this size; a longer one (a huge traceback) keeps its end.
MAX_ERROR_CHARS = 20_000
_INSERT_DOCUMENT = upsert_sql("documents", DOCUMENT_COLUMNS)


def _canonical(url: str | None) -> str | None:
    return canonical_url(url) if url else None


def enqueue(conn: sqlite3.Connection, docs: Sequence[Document], now: datetime) -> list[EnqueueResult]:
    """Insert new documents as queued jobs; a known id, canonical URL or content hash is a duplicate."""
    keyed = [(d, _canonical(d.url), content_hash(d.text)) for d in docs]
    known: dict[str, str] = {}  # "id:", "url:" or "hash:" + the value -> the document that has it
    ids = [d.id for d, _, _ in keyed]
    urls = [u for _, u, _ in keyed if u]
    hashes = [h for _, _, h in keyed]
    lookups = (("id", ids, "id:"), ("canonical_url", urls, "url:"), ("content_hash", hashes, "hash:"))
    for column, values, prefix in lookups:
        for part in chunks(values):
            sql = f"SELECT id, {column} FROM documents WHERE {column} IN ({marks(len(part))})"
            for doc_id, value in conn.execute(sql, part):
                known.setdefault(prefix + value, doc_id)
    results: list[EnqueueResult] = []
    rows = []
    stamp = ts(now)
    for doc, url, digest in keyed:
        if not doc.id:
            raise InvalidInput("a document needs an id")
        keys = [f"id:{doc.id}", *([f"url:{url}"] if url else []), f"hash:{digest}"]
        first = next((known[k] for k in keys if k in known), None)
        if first is not None:
            results.append(EnqueueResult(id=doc.id, status="duplicate", duplicate_of=first))
            continue
        for k in keys:
            known[k] = doc.id
        published = doc.published.isoformat() if doc.published else None
        rows.append(
            (doc.id, doc.url, url, doc.title, doc.lang, published, doc.text, digest,
             "queued", 0, None, stamp, stamp, "")
        )  # fmt: skip
        results.append(EnqueueResult(id=doc.id, status="queued"))
    conn.executemany(_INSERT_DOCUMENT, rows)
    return results


def import_documents(conn: sqlite3.Connection, docs: Sequence[Document], now: datetime) -> None:
    """Write documents as they are, replacing any with the same id (migrations)."""
    conn.executemany(
        _INSERT_DOCUMENT,
        [
            (d.id, d.url, _canonical(d.url), d.title, d.lang,
             d.published.isoformat() if d.published else None, d.text, d.content_hash,
             d.status, d.attempts, d.error, ts(d.created_at or now), ts(d.updated_at or now), "")
            for d in docs
        ],
    )  # fmt: skip


def get_document(conn: sqlite3.Connection, document_id: str) -> Document:
    """Return a document, or raise NotFound."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise NotFound("document", document_id)
    return row_document(row)


def claim(conn: sqlite3.Connection, worker: str, lease_seconds: float, now: datetime) -> Job | None:
    """Take the oldest job that is queued and due, or processing with an expired lease."""
    stamp = ts(now)
    due = conn.execute(
        "SELECT seq FROM documents WHERE status = 'queued' AND due_at <= ? ORDER BY seq LIMIT 1", (stamp,)
    ).fetchone()
    stale = _stale(conn, stamp)
    seqs = [r for r in (due[0] if due else None, stale) if r is not None]
    if not seqs:
        return None
    return _lease(conn, [min(seqs)], worker, lease_seconds, now)[0]


def claim_batch(
    conn: sqlite3.Connection, worker: str, lease_seconds: float, now: datetime, limit: int
) -> list[Job]:
    """Take a job whose lease expired, alone; otherwise up to `limit` queued and due jobs, oldest first.

    A job left processing was in the hands of a worker that stopped (perhaps killed by that very
    document), so it goes through on its own: a document that kills workers then costs only itself.
    """
    stamp = ts(now)
    stale = _stale(conn, stamp)
    if stale is not None:
        return _lease(conn, [stale], worker, lease_seconds, now)
    seqs = [
        r[0]
        for r in conn.execute(
            "SELECT seq FROM documents WHERE status = 'queued' AND due_at <= ? ORDER BY seq LIMIT ?",
            (stamp, limit),
        )
    ]
    return _lease(conn, seqs, worker, lease_seconds, now) if seqs else []


def _stale(conn: sqlite3.Connection, stamp: str) -> int | None:
    """Return the oldest job still processing under an expired lease."""
    row = conn.execute(
        "SELECT seq FROM documents WHERE status = 'processing' AND lease_expires <= ? ORDER BY seq LIMIT 1",
        (stamp,),
    ).fetchone()
    return None if row is None else int(row[0])


def _lease(
    conn: sqlite3.Connection, seqs: Sequence[int], worker: str, lease_seconds: float, now: datetime
) -> list[Job]:
    """Lease these jobs to a worker, each under its own token; return them in queue order."""
    stamp = ts(now)
    expires = now + timedelta(seconds=lease_seconds)
    jobs: list[Job] = []
    for seq in sorted(seqs):
        token = secrets.token_urlsafe(18)
        row = conn.execute(
            """UPDATE documents SET status = 'processing', attempts = attempts + 1, lease_token = ?,
                      lease_expires = ?, worker = ?, updated_at = ?
               WHERE seq = ? RETURNING *""",
            (token, ts(expires), worker, stamp, seq),
        ).fetchone()
        doc = row_document(row)
        job = Job(document=doc, lease_token=token, lease_expires=parse_ts(row["lease_expires"]) or expires,
                  attempts=doc.attempts)  # fmt: skip
        jobs.append(job)
    return jobs


def check_lease(conn: sqlite3.Connection, job: Job) -> None:
    """Raise LeaseLost unless the job's document is still processing under the job's lease token."""
    if not leased(conn, [job]):
        raise LeaseLost(f"document {job.document.id} is no longer leased to this worker")


def leased(conn: sqlite3.Connection, jobs: Sequence[Job]) -> list[Job]:
    """Return the jobs whose documents are still processing under the jobs' own lease tokens."""
    held: set[tuple[str, str]] = set()
    ids = [job.document.id for job in jobs]
    for part in chunks(ids):
        sql = f"""SELECT id, lease_token FROM documents
                  WHERE id IN ({marks(len(part))}) AND status = 'processing'"""
        held.update((doc_id, token) for doc_id, token in conn.execute(sql, part) if token is not None)
    return [job for job in jobs if (job.document.id, job.lease_token) in held]


def mark_done(conn: sqlite3.Connection, document_ids: Sequence[str], now: datetime) -> None:
    """Mark documents done and release their leases."""
    conn.executemany(
        """UPDATE documents SET status = 'done', error = NULL, lease_token = NULL, lease_expires = NULL,
                  worker = NULL, updated_at = ? WHERE id = ?""",
        [(ts(now), doc_id) for doc_id in document_ids],
    )


def fail(conn: sqlite3.Connection, job: Job, error: str, retry_at: datetime | None, now: datetime) -> None:
    """Record a failed attempt: queued again from retry_at, or failed for good."""
    check_lease(conn, job)
    if len(error) > MAX_ERROR_CHARS:
        error = "..." + error[-MAX_ERROR_CHARS:]
    conn.execute(
        """UPDATE documents SET status = ?, error = ?, due_at = ?, lease_token = NULL, lease_expires = NULL,
                  worker = NULL, updated_at = ? WHERE id = ?""",
        (
            "queued" if retry_at is not None else "failed",
            error,
            ts(retry_at) if retry_at is not None else "",
            ts(now),
            job.document.id,
        ),
    )


def requeue(conn: sqlite3.Connection, document_ids: Sequence[str], now: datetime) -> int:
    """Queue documents again from now, fresh (no attempts, no error); documents being processed stay."""
    count = 0
    for part in chunks(list(document_ids)):
        cur = conn.execute(
            f"""UPDATE documents SET status = 'queued', attempts = 0, error = NULL, due_at = '',
                       lease_token = NULL, lease_expires = NULL, worker = NULL, updated_at = ?
                WHERE id IN ({marks(len(part))}) AND status != 'processing'""",
            [ts(now), *part],
        )
        count += cur.rowcount
    return count


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Count documents by status, every status present."""
    out = {"queued": 0, "processing": 0, "done": 0, "failed": 0}
    for status, n in conn.execute("SELECT status, count(*) FROM documents GROUP BY status"):
        out[status] = n
    return out


def known_urls(conn: sqlite3.Connection, urls: Sequence[str]) -> set[str]:
    """Return which of the given URLs, compared canonically, belong to stored documents."""
    by_canonical: dict[str, list[str]] = {}
    for url in urls:
        by_canonical.setdefault(canonical_url(url), []).append(url)
    found: set[str] = set()
    keys = list(by_canonical)
    for part in chunks(keys):
        sql = f"SELECT canonical_url FROM documents WHERE canonical_url IN ({marks(len(part))})"
        for (value,) in conn.execute(sql, part):
            found.update(by_canonical[value])
    return found


def _row_feed(row: sqlite3.Row) -> Feed:
    return Feed(
        url=row["url"],
        etag=row["etag"],
        modified=row["modified"],
        last_polled=parse_ts(row["last_polled"]),
        last_error=row["last_error"],
        items_seen=row["items_seen"],
    )


def add_feed(conn: sqlite3.Connection, url: str) -> Feed:
    """Register a feed unless one with the same canonical URL is; return the stored feed."""
    key = canonical_url(url)
    conn.execute("INSERT OR IGNORE INTO feeds (canonical_url, url) VALUES (?, ?)", (key, url.strip()))
    return _row_feed(conn.execute("SELECT * FROM feeds WHERE canonical_url = ?", (key,)).fetchone())


def remove_feed(conn: sqlite3.Connection, url: str) -> None:
    """Forget a feed, or raise NotFound."""
    if conn.execute("DELETE FROM feeds WHERE canonical_url = ?", (canonical_url(url),)).rowcount == 0:
        raise NotFound("feed", url)


def list_feeds(conn: sqlite3.Connection) -> list[Feed]:
    """Return every feed, by URL."""
    return [_row_feed(r) for r in conn.execute("SELECT * FROM feeds ORDER BY url")]


def update_feed(conn: sqlite3.Connection, feed: Feed) -> None:
    """Store what a poll learned about a feed, or raise NotFound."""
    cur = conn.execute(
        """UPDATE feeds SET etag = ?, modified = ?, last_polled = ?, last_error = ?, items_seen = ?
           WHERE canonical_url = ?""",
        (
            feed.etag,
            feed.modified,
            ts(feed.last_polled) if feed.last_polled else None,
            feed.last_error,
            feed.items_seen,
            canonical_url(feed.url),
        ),
    )
    if cur.rowcount == 0:
        raise NotFound("feed", feed.url)
