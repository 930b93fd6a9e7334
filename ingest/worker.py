"""The worker: claim queued documents with leases, extract their contacts, save them; retry with backoff.

On a store with the batch capability (graph.protocol.BatchQueue) the worker claims a few documents in
one transaction, extracts them one by one, and saves all their contacts and marks them done in another:
two transactions per batch instead of two per document. Each document keeps its own lease and its own
outcome: one that the extractor cannot handle fails alone, and a batch that a killed worker left behind
is taken up again one document at a time (the store hands out an expired lease's job alone).

`diplograph worker` runs Worker.run_forever in the foreground; `diplograph serve` runs it in a thread
through BackgroundWorker. A job is never lost: when the store is unavailable the worker backs off and
the job's lease simply expires, so the next claim (by this or another worker) takes it again.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from graph.errors import GraphError, LeaseLost, StoreUnavailable
from graph.models import Contact, Job
from graph.protocol import BatchQueue
from ingest.extract.base import Extractor
from ingest.feeds import FeedStore, PollResult, poll_due_feeds
from ingest.fetch import FeedConfig, make_client
from ingest.normalize import NormalizeConfig
from ingest.pipeline import process

log = logging.getLogger(__name__)

Outcome = Literal["idle", "done", "retry", "failed", "lease_lost", "unavailable"]
# How often the worker looks at the feed list; each feed is polled only when its interval has passed.
FEED_CHECK_SECONDS = 30.0


@dataclass(frozen=True)
class WorkerConfig:
    """How the worker claims, retries and polls; built by the entry point and passed down."""

    lease_seconds: float = 120.0
    poll_interval: float = 1.0
    max_attempts: int = 5
    backoff_base: float = 30.0
    backoff_max: float = 3600.0
    # Waiting for an unavailable store grows from poll_interval up to this.
    unavailable_backoff_max: float = 30.0
    poll_feeds: bool = True
    feeds: FeedConfig = field(default_factory=FeedConfig)
    normalize: NormalizeConfig = field(default_factory=NormalizeConfig)
    worker_id: str | None = None
    max_error_chars: int = 2000
    # Documents claimed and saved together when the store can (1: one at a time). Small, so that a
    # batch's leases and a killed worker's lost work stay small.
    batch_size: int = 8


class WorkerObserver(Protocol):
    """Told how each claimed job ended, for metrics (the API's /metrics, a worker's metrics port)."""

    def job_finished(self, outcome: Outcome, extract_seconds: float | None, contacts: int) -> None:
        """Record one job's outcome, its extraction time (None when it did not get that far), contacts."""


@dataclass
class WorkerStats:
    """Counters since the worker started, for logs and metrics."""

    done: int = 0
    retried: int = 0
    failed: int = 0
    lease_lost: int = 0
    unavailable: int = 0
    contacts: int = 0
    extract_seconds: float = 0.0
    feed_polls: int = 0


def utc_now() -> datetime:
    """Return the current time in UTC, timezone-aware."""
    return datetime.now(UTC)


def default_worker_id() -> str:
    """Name this worker by host, process and a random suffix, so leases tell workers apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def backoff_delay(attempt: int, config: WorkerConfig, rng: random.Random) -> float:
    """Seconds before the next try after a failed attempt: base * 2^(attempt-1), capped, half jittered."""
    ceiling = min(config.backoff_max, config.backoff_base * 2.0 ** max(0, attempt - 1))
    return ceiling / 2 + rng.uniform(0.0, ceiling / 2)


def error_text(exc: BaseException, limit: int) -> str:
    """Describe an exception in one line for the document's error field (no traceback, bounded length)."""
    text = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(slots=True)
class Attempt:
    """One claimed job on its way: what was extracted, in how many seconds, and how it ended."""

    job: Job
    contacts: list[Contact] = field(default_factory=list)
    seconds: float | None = None  # extraction time; None when it did not get that far
    outcome: Outcome | None = None  # None until the job has ended


class Worker:
    """Processes queued documents with an extractor (a few at a time when the store can); polls feeds."""

    def __init__(
        self,
        store: FeedStore,
        extractor: Extractor,
        config: WorkerConfig,
        clock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        observer: WorkerObserver | None = None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.config = config
        self.clock = clock
        self.rng = rng or random.Random()
        self.worker_id = config.worker_id or default_worker_id()
        self.stats = WorkerStats()
        self.observer = observer

    def run_once(self) -> Outcome:
        """Claim one job and finish it: done, retried later, failed for good, or left to its lease."""
        try:
            job = self.store.claim(self.worker_id, self.config.lease_seconds, self.clock())
        except StoreUnavailable as exc:
            return self._unavailable("claim", exc)
        if job is None:
            return "idle"
        attempt = self._extract(job)
        if attempt.outcome is None:
            attempt.outcome = self._complete(attempt)
        return self._finish(attempt)

    def run_batch(self, limit: int | None = None) -> list[Outcome]:
        """Claim up to batch_size (and limit) jobs and finish them, saving them together; their outcomes.

        Does what run_once does when the store has no batch capability or a batch would be of one.
        """
        store = self.store
        size = self.config.batch_size if limit is None else min(limit, self.config.batch_size)
        if size <= 1 or not isinstance(store, BatchQueue):
            return [self.run_once()]
        try:
            jobs = store.claim_batch(self.worker_id, self.config.lease_seconds, self.clock(), size)
        except StoreUnavailable as exc:
            return [self._unavailable("claim", exc)]
        if not jobs:
            return ["idle"]
        attempts = [self._extract(job) for job in jobs]
        ready = [a for a in attempts if a.outcome is None]
        if ready:
            for attempt, outcome in zip(ready, self._complete_batch(store, ready), strict=True):
                attempt.outcome = outcome
        return [self._finish(a) for a in attempts]

    def _extract(self, job: Job) -> Attempt:
        """Extract a claimed job's contacts; a job that cannot be extracted is failed (or given up) here."""
        if job.attempts > self.config.max_attempts:
            # Every earlier attempt ended without a word (the worker was killed, or lost the lease each
            # time): this document may be what kills it, so it is not tried again.
            gave_up = RuntimeError(
                f"gave up after {job.attempts - 1} attempts that never finished "
                "(the worker stopped or lost its lease during each)"
            )
            return Attempt(job, outcome=self._fail(job, gave_up))
        started = time.perf_counter()
        try:
            contacts = process(job.document, self.extractor)
        except Exception as exc:
            elapsed = time.perf_counter() - started
            self.stats.extract_seconds += elapsed
            return Attempt(job, seconds=elapsed, outcome=self._fail(job, exc))
        elapsed = time.perf_counter() - started
        self.stats.extract_seconds += elapsed
        return Attempt(job, contacts, elapsed)

    def _complete(self, attempt: Attempt) -> Outcome:
        """Save one job's contacts and mark it done."""
        try:
            self.store.complete(attempt.job, attempt.contacts, self.clock())
        except LeaseLost:
            return self._lease_lost(attempt.job)
        except StoreUnavailable as exc:
            return self._unavailable("complete", exc)
        except GraphError as exc:
            # The store refused what was extracted (a malformed value): a failure of this document.
            return self._fail(attempt.job, exc)
        return "done"

    def _complete_batch(self, store: BatchQueue, ready: Sequence[Attempt]) -> list[Outcome]:
        """Save the contacts of several jobs in one transaction; their outcomes, in order."""
        try:
            lost = set(store.complete_batch([(a.job, a.contacts) for a in ready], self.clock()))
        except StoreUnavailable as exc:
            self._unavailable("complete", exc)
            return ["unavailable"] * len(ready)
        except GraphError:
            # The store refused one document's contacts: save each alone, so that only that one fails.
            return [self._complete(a) for a in ready]
        return [self._lease_lost(a.job) if a.job.document.id in lost else "done" for a in ready]

    def _finish(self, attempt: Attempt) -> Outcome:
        """Count a finished job, log it, tell the observer; return its outcome."""
        outcome = attempt.outcome or "unavailable"
        found = len(attempt.contacts) if outcome == "done" else 0
        if outcome == "done":
            self.stats.done += 1
            self.stats.contacts += found
            log.info("document done", extra={
                "document_id": attempt.job.document.id, "contacts": found, "attempt": attempt.job.attempts,
                "ms": round((attempt.seconds or 0.0) * 1000, 1)})  # fmt: skip
        if self.observer is not None:
            self.observer.job_finished(outcome, attempt.seconds, found)
        return outcome

    def _fail(self, job: Job, exc: Exception) -> Outcome:
        message = error_text(exc, self.config.max_error_chars)
        now = self.clock()
        final = job.attempts >= self.config.max_attempts
        delay = backoff_delay(job.attempts, self.config, self.rng)
        retry_at = None if final else now + timedelta(seconds=delay)
        try:
            self.store.fail(job, message, retry_at, now)
        except LeaseLost:
            return self._lease_lost(job)
        except StoreUnavailable as store_exc:
            return self._unavailable("fail", store_exc)
        extra = {"document_id": job.document.id, "attempt": job.attempts, "error": message}
        if final:
            self.stats.failed += 1
            log.error("document failed for good", extra=extra, exc_info=exc)
            return "failed"
        self.stats.retried += 1
        retry = {"retry_at": retry_at.isoformat() if retry_at else None}
        log.warning("document will be retried", extra=extra | retry, exc_info=exc)
        return "retry"

    def _lease_lost(self, job: Job) -> Outcome:
        self.stats.lease_lost += 1
        log.warning("lease lost; another worker owns the job now", extra={"document_id": job.document.id})
        return "lease_lost"

    def _unavailable(self, step: str, exc: StoreUnavailable) -> Outcome:
        self.stats.unavailable += 1
        log.warning("store unavailable", extra={"step": step, "reason": str(exc)})
        return "unavailable"

    def run_until_idle(self, max_jobs: int | None = None) -> int:
        """Process jobs until none is due (or max_jobs were handled); return how many were handled."""
        handled = 0
        while max_jobs is None or handled < max_jobs:
            outcomes = self.run_batch(None if max_jobs is None else max_jobs - handled)
            handled += sum(1 for o in outcomes if o not in ("idle", "unavailable"))
            if "idle" in outcomes or "unavailable" in outcomes:
                break
        return handled

    def poll_feeds(self, stop: threading.Event | None = None) -> list[PollResult]:
        """Poll every due feed once, with a client built from the config."""
        with make_client(self.config.feeds) as client:
            results = poll_due_feeds(
                self.store, client, self.config.feeds, self.config.normalize, self.clock(), stop
            )
        self.stats.feed_polls += len(results)
        return results

    def run_forever(self, stop: threading.Event) -> None:
        """Process jobs and poll due feeds until stop is set.

        No pause while work is due, poll_interval when idle, and a growing pause while the store is
        unavailable; due feeds are polled between batches.
        """
        log.info("worker started", extra={"worker_id": self.worker_id, "feeds": self.config.poll_feeds})
        pause = self.config.poll_interval
        next_feed_check = time.monotonic()
        while not stop.is_set():
            if self.config.poll_feeds and time.monotonic() >= next_feed_check:
                every = min(FEED_CHECK_SECONDS, self.config.feeds.interval_seconds)
                next_feed_check = time.monotonic() + every
                self._poll_feeds_safely(stop)
            try:
                outcomes = self.run_batch()
            except Exception:
                # A bug must not end the worker: log it and carry on; the jobs' leases will expire.
                log.exception("worker step failed")
                outcomes = ["unavailable"]
            if "unavailable" in outcomes:
                stop.wait(pause)
                pause = min(self.config.unavailable_backoff_max, pause * 2)
                continue
            pause = self.config.poll_interval
            if "idle" in outcomes:
                stop.wait(self.config.poll_interval)
        log.info("worker stopped", extra={"worker_id": self.worker_id, "done": self.stats.done,
                                          "failed": self.stats.failed})

    def _poll_feeds_safely(self, stop: threading.Event) -> None:
        try:
            self.poll_feeds(stop)
        except StoreUnavailable as exc:
            self._unavailable("feeds", exc)
        except Exception:
            log.exception("feed polling failed")


class BackgroundWorker:
    """Runs a Worker in a daemon thread, for `diplograph serve`: start() and stop() cleanly."""

    def __init__(self, worker: Worker, name: str = "diplograph-worker") -> None:
        self.worker = worker
        self.name = name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Tell whether the worker thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the worker thread (no-op when it is already running)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self.worker.run_forever, args=(self._stop,), name=self.name,
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> bool:
        """Ask the worker to stop after its current job and wait up to timeout; True when it ended."""
        self._stop.set()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        ended = not self._thread.is_alive()
        if not ended:
            log.warning("worker thread still busy after stop timeout", extra={"timeout": timeout})
        return ended

    def __enter__(self) -> BackgroundWorker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
