"""Shared pieces of the worker tests: a report, a hand-moved clock, and failure-path extractors.

The extractors here exist only to drive failure paths (one that raises, one that stalls, one during
which the store goes away); contacts always come from the real rule-based extractor.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from graph.models import Contact, Document
from graph.protocol import GraphStore
from ingest.extract.base import Extractor
from ingest.normalize import NormalizeConfig, RawDocument, build_document
from ingest.worker import WorkerConfig

NORMALIZE = NormalizeConfig()
T0 = datetime(2026, 1, 9, 9, 0, tzinfo=UTC)
# A readout written for these tests about a real call (Putin and Trump, 18 March 2025).
READOUT = (
    "President Donald Trump spoke by phone today with President Vladimir Putin of Russia about the war in "
    "Ukraine. The two leaders agreed that a pause in strikes on energy infrastructure would begin "
    "immediately."
)
READOUT_DOC = build_document(RawDocument(text=READOUT, published="2025-03-18", lang="en",
                                         url="https://example.org/readouts/2025-03-18-call"), NORMALIZE)


class Clock:
    """A clock the test moves by hand, so leases and backoff are checked without sleeping."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class RaisingExtractor:
    """Fails every time, like an extractor with a bug that this document triggers."""

    name = "raising"
    version = "test"

    def extract(self, doc: Document) -> list[Contact]:
        raise ValueError(f"cannot split sentences of {doc.id}")


class StallingExtractor:
    """Wraps a real extractor but blocks until released: a worker stuck (or killed) mid-job."""

    name = "stalling"
    version = "test"

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.entered = threading.Event()
        self.release = threading.Event()

    def extract(self, doc: Document) -> list[Contact]:
        self.entered.set()
        self.release.wait(10)
        return self.inner.extract(doc)


class StoreClosingExtractor:
    """Closes the store while extracting: the store becomes unavailable in the middle of a job."""

    name = "closing"
    version = "test"

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def extract(self, doc: Document) -> list[Contact]:
        self.store.close()
        return []


def worker_config(**changes: object) -> WorkerConfig:
    """A worker config for tests: short polls, 3 attempts, a 100 s first retry delay, no feeds."""
    base = WorkerConfig(lease_seconds=60, poll_interval=0.05, max_attempts=3, backoff_base=100,
                        backoff_max=1000, poll_feeds=False)
    return WorkerConfig(**{**base.__dict__, **changes})  # type: ignore[arg-type]
