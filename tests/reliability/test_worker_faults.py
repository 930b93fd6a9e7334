"""Worker faults: a worker process killed with SIGKILL mid-batch, a document that crashes the extractor,
and one during which the worker dies every time. Nothing is lost, nothing doubled, the rest goes on.
"""

from __future__ import annotations

import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client import CollectorRegistry

from app.metrics import WorkerMetrics
from app.startup import open_ready_store
from graph.factory import StoreConfig, open_store
from graph.models import Contact, Document
from graph.protocol import GraphStore
from ingest.extract.base import Extractor
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import Gazetteer, load_default
from ingest.normalize import NormalizeConfig, RawDocument, build_document
from ingest.worker import Worker, WorkerConfig
from tests.app.api_helpers import make_settings, running_server
from tests.e2e.processes import clean_env, diplograph_command, run_cli, wait_for
from tests.reliability.batches import all_contacts, copies, sample_records, write_jsonl

COPIES = 12
LEASE_SECONDS = 2


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_default()


def open_sqlite(path: Path) -> GraphStore:
    return open_store(StoreConfig(location=str(path)))


@pytest.fixture()
def reference(tmp_path: Path) -> dict[str, int]:
    """What one copy of the samples yields, processed without faults: contacts and sources per contact."""
    folder = tmp_path / "reference"
    folder.mkdir()
    batch = write_jsonl(folder / "one.jsonl", copies(sample_records(), 1, prefix="ref"))
    done = run_cli("ingest", str(batch), "--store", str(folder / "ref.db"), cwd=folder)
    assert done.returncode == 0, done.stdout + done.stderr
    store = open_sqlite(folder / "ref.db")
    try:
        return {contact: len(docs) for contact, docs in all_contacts(store).items()}
    finally:
        store.close()


def start_worker(folder: Path, store: Path, log_name: str) -> subprocess.Popen[bytes]:
    env = clean_env(
        DIPLOGRAPH_STORE=str(store),
        DIPLOGRAPH_WORKER_LEASE_SECONDS=str(LEASE_SECONDS),
        DIPLOGRAPH_WORKER_POLL_SECONDS="0.05",
        DIPLOGRAPH_LOG_LEVEL="WARNING",
    )
    log = (folder / log_name).open("wb")
    return subprocess.Popen([*diplograph_command(), "worker"], cwd=folder, env=env, stdout=log,
                            stderr=subprocess.STDOUT)


def kill_when(store: GraphStore, worker: subprocess.Popen[bytes], done_at_least: int, total: int) -> int:
    """SIGKILL the worker once this many documents are done, while one is being processed if we can."""
    deadline = time.monotonic() + 120
    while True:
        assert worker.poll() is None, "the worker exited on its own"
        stats = store.queue_stats()
        if stats["done"] >= done_at_least and (stats["processing"] or time.monotonic() > deadline - 60):
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
            after = store.queue_stats()["done"]
            assert after < total, "the worker finished the batch before it could be killed"
            return after
        assert time.monotonic() < deadline, f"the worker stalled at {stats}"
        time.sleep(0.005)


@pytest.mark.slow
def test_kill_9_mid_batch_loses_and_doubles_nothing(tmp_path: Path, reference: dict[str, int]) -> None:
    records = copies(sample_records(), COPIES)
    batch = write_jsonl(tmp_path / "batch.jsonl", records)
    store_path = tmp_path / "faults.db"
    queued = run_cli("ingest", str(batch), "--store", str(store_path), "--no-process", cwd=tmp_path)
    assert queued.returncode == 0, queued.stdout + queued.stderr
    total = len(records)
    store = open_sqlite(store_path)
    try:
        assert store.queue_stats()["queued"] == total
        # Two workers killed with SIGKILL in the middle of the batch, a third finishes it.
        first = start_worker(tmp_path, store_path, "worker-1.log")
        done_then = kill_when(store, first, total // 5, total)
        second = start_worker(tmp_path, store_path, "worker-2.log")
        kill_when(store, second, done_then + total // 4, total)
        # Whatever the killed workers held is still leased: nothing finished it, nothing lost it.
        stats = store.queue_stats()
        assert stats["done"] + stats["queued"] + stats["processing"] == total and stats["failed"] == 0
        third = start_worker(tmp_path, store_path, "worker-3.log")
        try:
            wait_for(lambda: store.queue_stats()["done"] == total, 180, "the restarted worker to finish")
        finally:
            third.send_signal(signal.SIGTERM)
            assert third.wait(timeout=30) == 0
        stats = store.queue_stats()
        assert stats == {"queued": 0, "processing": 0, "done": total, "failed": 0}
        # Exactly the contacts of one clean copy, each with one source per copy and no document twice.
        found = all_contacts(store)
        assert set(found) == set(reference)
        for contact, documents in found.items():
            assert len(documents) == len(set(documents)), f"{contact} has a document twice"
            assert len(documents) == COPIES * reference[contact], contact
        assert store.counts().sources == COPIES * sum(reference.values())
    finally:
        store.close()
    for name in ("worker-1.log", "worker-2.log", "worker-3.log"):
        assert "Traceback" not in (tmp_path / name).read_text(errors="replace"), name


class Clock:
    """A clock moved by hand, so leases end without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 9, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class CrashingOn:
    """The real extractor, except that it raises on documents that contain a marker (a bug they trigger)."""

    name = "rules"
    version = "crashing"

    def __init__(self, inner: Extractor, marker: str) -> None:
        self.inner = inner
        self.marker = marker

    def extract(self, doc: Document) -> list[Contact]:
        if self.marker in doc.text:
            raise IndexError(f"sentence index out of range near {self.marker!r}")
        return self.inner.extract(doc)


def document(text: str, url: str) -> Document:
    raw = RawDocument(text=text, url=url, lang="en", published="2025-06-03")
    return build_document(raw, NormalizeConfig())


def test_a_document_that_crashes_the_extractor_fails_after_n_attempts(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    settings = make_settings(tmp_path / "crash.db", worker=False)
    store = open_ready_store(settings, list(gazetteer.leaders.values()))
    registry = CollectorRegistry()
    metrics = WorkerMetrics(registry)
    config = WorkerConfig(poll_interval=0.01, max_attempts=3, backoff_base=0.0, poll_feeds=False)
    worker = Worker(store, CrashingOn(RuleExtractor(gazetteer), "\u2063"), config, observer=metrics)
    good = [document(r["text"], r["url"]) for r in sample_records()[:6]]
    poison = document("President Emmanuel Macron spoke with\u2063 Chancellor Friedrich Merz.",
                      "https://faults.diplograph.invalid/poison")
    try:
        store.enqueue([good[0], poison, *good[1:]])
        while worker.run_until_idle():
            pass
        doc = store.get_document(poison.id)
        assert (doc.status, doc.attempts) == ("failed", 3)
        assert doc.error is not None and "IndexError: sentence index out of range" in doc.error
        assert all(store.get_document(d.id).status == "done" for d in good)
        assert store.queue_stats() == {"queued": 0, "processing": 0, "done": 6, "failed": 1}
        # Counted for /metrics: two retries, one failure, six done.
        assert registry.get_sample_value("diplograph_worker_jobs_total", {"outcome": "retry"}) == 2
        assert registry.get_sample_value("diplograph_worker_jobs_total", {"outcome": "failed"}) == 1
        assert registry.get_sample_value("diplograph_worker_jobs_total", {"outcome": "done"}) == 6
    finally:
        store.close()
    # The failure and its error are visible through the API.
    with running_server(settings) as url, httpx.Client(timeout=30) as client:
        shown = client.get(f"{url}/v1/documents/{poison.id}").json()
        assert shown["status"] == "failed" and "IndexError" in shown["error"]
        failed = client.get(f"{url}/v1/documents", params={"status": "failed"}).json()["results"]
        assert [d["id"] for d in failed] == [poison.id]
        assert client.get(f"{url}/v1/queue").json()["failed"] == 1


def test_a_document_the_worker_dies_on_every_time_is_given_up(tmp_path: Path, gazetteer: Gazetteer) -> None:
    settings = make_settings(tmp_path / "dies.db", worker=False)
    store = open_ready_store(settings, list(gazetteer.leaders.values()))
    report = document(sample_records()[0]["text"], "https://faults.diplograph.invalid/dies")
    config = WorkerConfig(lease_seconds=10, max_attempts=3, backoff_base=0.0, poll_feeds=False)
    clock = Clock()
    worker = Worker(store, RuleExtractor(gazetteer), config, clock=clock)
    try:
        store.enqueue([report])
        # Three workers claim it and die before they finish (no ack, no fail): only their leases end.
        for _ in range(3):
            assert store.claim("doomed-worker", 10, clock()) is not None
            clock.advance(11)
        assert worker.run_once() == "failed"
        doc = store.get_document(report.id)
        assert doc.status == "failed" and doc.attempts == 4
        assert doc.error is not None and "gave up after 3 attempts that never finished" in doc.error
        assert worker.run_once() == "idle"
    finally:
        store.close()
