"""The worker end to end on a real SQLite store with the real rule-based extractor.

Leases: a stalled or killed worker's job is completed by another, without duplicate contacts; an
unavailable store never loses a job; the background thread polls feeds, processes, and stops cleanly.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from web_server import WebServer, atom_feed, conditional_route
from worker_kit import (
    NORMALIZE,
    READOUT,
    READOUT_DOC,
    T0,
    Clock,
    StallingExtractor,
    StoreClosingExtractor,
    worker_config,
)

from graph.factory import StoreConfig, open_store
from graph.protocol import GraphStore
from ingest.extract.base import Extractor
from ingest.feeds import register_feed
from ingest.fetch import FeedConfig
from ingest.normalize import RawDocument, build_document
from ingest.worker import BackgroundWorker, Worker


def test_extractor_produces_contacts_for_the_readout(store: GraphStore, extractor: Extractor) -> None:
    store.enqueue([READOUT_DOC])
    worker = Worker(store, extractor, worker_config(), clock=Clock(T0))
    assert worker.run_once() == "done"
    assert worker.run_once() == "idle"
    doc = store.get_document(READOUT_DOC.id)
    assert (doc.status, doc.attempts, doc.error) == ("done", 1, None)
    contacts = store.document_contacts(READOUT_DOC.id)
    assert len(contacts) == 1
    assert {contacts[0].a.country, contacts[0].b.country} == {"USA", "RUS"}
    assert contacts[0].mode == "phone"


def test_a_stalled_or_killed_worker_loses_its_lease_and_another_completes_the_job(
    store: GraphStore, extractor: Extractor
) -> None:
    store.enqueue([READOUT_DOC])
    clock = Clock(T0)
    stalled = StallingExtractor(extractor)
    first = Worker(store, stalled, worker_config(worker_id="first"), clock=clock)
    outcome: list[str] = []
    thread = threading.Thread(target=lambda: outcome.append(first.run_once()))
    thread.start()
    assert stalled.entered.wait(5)
    assert store.get_document(READOUT_DOC.id).status == "processing"

    second = Worker(store, extractor, worker_config(worker_id="second"), clock=clock)
    clock.advance(30)
    assert second.run_once() == "idle"  # the first worker's lease still holds
    clock.advance(31)
    assert second.run_once() == "done"  # the lease expired: the job is claimed again and completed

    stalled.release.set()  # the first worker wakes up and tries to finish: its lease is gone
    thread.join(5)
    assert outcome == ["lease_lost"]
    doc = store.get_document(READOUT_DOC.id)
    assert (doc.status, doc.attempts) == ("done", 2)
    contacts = store.document_contacts(READOUT_DOC.id)
    assert len(contacts) == 1 and len(contacts[0].sources) == 1
    assert store.counts().contacts == 1


def test_an_unavailable_store_never_loses_the_job(tmp_path: Path, extractor: Extractor) -> None:
    location = StoreConfig(location=str(tmp_path / "queue.db"))
    store = open_store(location)
    store.enqueue([READOUT_DOC])
    clock = Clock(T0)
    worker = Worker(store, StoreClosingExtractor(store), worker_config(), clock=clock)
    assert worker.run_once() == "unavailable"  # complete() found the store closed
    assert worker.run_once() == "unavailable"  # and so does the next claim
    assert worker.stats.unavailable == 2

    reopened = open_store(location)
    try:
        assert reopened.get_document(READOUT_DOC.id).status == "processing"
        later = Worker(reopened, extractor, worker_config(), clock=clock)
        assert later.run_once() == "idle"
        clock.advance(61)  # the lease of the interrupted attempt has expired
        assert later.run_once() == "done"
        assert len(reopened.document_contacts(READOUT_DOC.id)) == 1
    finally:
        reopened.close()


def test_background_worker_processes_feeds_and_documents_then_stops(
    store: GraphStore, extractor: Extractor, web: WebServer
) -> None:
    web.serve_static(
        "/readout.html",
        f"<html lang='en'><body><nav>Home</nav><article><p>{READOUT}</p></article></body></html>".encode(),
        "text/html; charset=utf-8",
    )
    body = atom_feed(web.base, [], []).replace(
        b"</feed>",
        b"<entry><title>Readout of the call</title><link href='/readout.html'/><id>tag:t,2025:r</id>"
        b"<updated>2025-03-18T20:00:00Z</updated></entry></feed>",
    )
    web.routes["/atom.xml"] = conditional_route(body, "application/atom+xml", etag='"a1"')
    register_feed(store, web.url("/atom.xml"))
    other = build_document(RawDocument(text=READOUT.replace("today", "on Tuesday"), published="2025-03-19"),
                           NORMALIZE)
    store.enqueue([other])

    config = worker_config(poll_feeds=True, feeds=FeedConfig(interval_seconds=3600, timeout_seconds=2))
    background = BackgroundWorker(Worker(store, extractor, config))
    background.start()
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and store.queue_stats()["done"] < 2:
            time.sleep(0.05)
    finally:
        assert background.stop(timeout=10)
    assert not background.running
    assert store.queue_stats() == {"queued": 0, "processing": 0, "done": 2, "failed": 0}
    assert web.count("/readout.html") == 1
    feed = store.list_feeds()[0]
    assert (feed.items_seen, feed.etag) == (1, '"a1"')
    # One call reported by two documents is one contact with two sources.
    assert store.counts().contacts == 1
