"""The worker's failure paths on a real SQLite store: retries with backoff, failed, duplicates, leases."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
from worker_kit import NORMALIZE, READOUT, READOUT_DOC, T0, Clock, RaisingExtractor, worker_config

from graph.errors import LeaseLost
from graph.protocol import GraphStore
from ingest.intake import ingest_paths
from ingest.worker import BackgroundWorker, Worker


def test_failures_are_retried_with_backoff_then_failed(store: GraphStore) -> None:
    store.enqueue([READOUT_DOC])
    clock = Clock(T0)
    worker = Worker(store, RaisingExtractor(), worker_config(), clock=clock)

    # Attempt 1 fails: queued again, the error visible, not due before half the first delay (100 s).
    assert worker.run_once() == "retry"
    doc = store.get_document(READOUT_DOC.id)
    assert (doc.status, doc.attempts) == ("queued", 1)
    assert doc.error == f"ValueError: cannot split sentences of {READOUT_DOC.id}"
    clock.advance(49)
    assert worker.run_once() == "idle"
    clock.advance(52)  # past the longest first delay
    # Attempt 2: the delay doubles (between 100 and 200 s).
    assert worker.run_once() == "retry"
    clock.advance(99)
    assert worker.run_once() == "idle"
    clock.advance(102)
    # Attempt 3 is the last: failed for good, never claimed again.
    assert worker.run_once() == "failed"
    doc = store.get_document(READOUT_DOC.id)
    assert (doc.status, doc.attempts) == ("failed", 3)
    assert doc.error is not None and "cannot split sentences" in doc.error
    clock.advance(100_000)
    assert worker.run_once() == "idle"
    assert store.queue_stats()["failed"] == 1
    assert (worker.stats.retried, worker.stats.failed) == (2, 1)


def test_a_duplicate_document_creates_no_second_job(store: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "z-call.txt").write_text("Trump and Putin speak\n\n" + READOUT + "\n", encoding="utf-8")
    lines = [
        {"id": "r1", "url": READOUT_DOC.url, "text": READOUT},
        {"id": "r2", "url": READOUT_DOC.url + "?utm_source=newsletter", "text": "Another copy of the call."},
        {"id": "r3", "text": READOUT + "  "},  # same text, other whitespace: same content hash
    ]
    (folder / "a-wire.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")

    first = ingest_paths(store, [folder], NORMALIZE)
    # r1 is queued; r2 has r1's URL (a tracking parameter aside), r3 and z-call.txt have r1's text
    # (whitespace aside): duplicates, each of them.
    assert (first.read, first.queued, first.duplicates, first.errors) == (4, 1, 3, [])
    again = ingest_paths(store, [folder], NORMALIZE)
    assert (again.queued, again.duplicates) == (0, 4)
    assert store.queue_stats()["queued"] == 1
    assert [r.status for r in store.enqueue([READOUT_DOC])] == ["duplicate"]


def test_lease_lost_when_failing_late(store: GraphStore) -> None:
    store.enqueue([READOUT_DOC])
    job = store.claim("w", 10, T0)
    assert job is not None
    assert store.claim("w2", 10, T0 + timedelta(seconds=11)) is not None
    with pytest.raises(LeaseLost):
        store.fail(job, "late", None, T0 + timedelta(seconds=12))


def test_stop_before_start_and_twice_is_harmless(store: GraphStore) -> None:
    background = BackgroundWorker(Worker(store, RaisingExtractor(), worker_config()))
    assert background.stop(timeout=1)
    with background:
        assert background.running
    assert not background.running
    assert background.stop(timeout=1)


def test_run_forever_backs_off_while_the_store_is_unavailable(store: GraphStore) -> None:
    store.close()  # every call now raises StoreUnavailable
    config = worker_config(poll_interval=0.05, unavailable_backoff_max=0.2)
    worker = Worker(store, RaisingExtractor(), config)
    background = BackgroundWorker(worker)
    background.start()
    time.sleep(0.8)
    assert background.running  # it keeps going
    assert background.stop(timeout=2)
    # Pauses of 0.05, 0.1, then 0.2 s: a handful of tries, not a busy loop.
    assert 3 <= worker.stats.unavailable <= 8
