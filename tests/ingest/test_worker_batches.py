"""The worker in batches on a real SQLite store: claims of several jobs, one save for all, faults alone.

A batch is claimed in one transaction and saved in one, but each document keeps its own lease and its
own outcome: one the extractor fails on, or whose contacts the store refuses, fails by itself; a batch
left behind by a killed worker is taken up again one document at a time.
"""

from __future__ import annotations

from pathlib import Path

from worker_kit import NORMALIZE, READOUT, T0, Clock, worker_config

from graph.factory import StoreConfig, open_store
from graph.models import Contact, Document
from graph.protocol import BatchQueue, GraphStore
from ingest.extract.base import Extractor
from ingest.normalize import RawDocument, build_document
from ingest.worker import Worker
from tests.reliability.batches import all_contacts, sample_records


def documents(n: int) -> list[Document]:
    """n distinct real sample reports (copies told apart by a closing line once the samples run out)."""
    records = sample_records()
    out = []
    for i in range(n):
        record = records[i % len(records)]
        raw = RawDocument(text=f"{record['text']}\n\n[batch copy {i}]", url=f"{record['url']}/batch-{i}",
                          lang=record.get("lang"), published=record.get("published"))  # fmt: skip
        out.append(build_document(raw, NORMALIZE))
    return out


class Marked:
    """The real extractor, except on documents whose text holds a marker: there it raises, or it spoils
    the evidence of what it found with a lone surrogate, which the store refuses to encode."""

    name = "rules"
    version = "marked"

    def __init__(self, inner: Extractor, raise_on: str = "\u2063", spoil_on: str = "\u2064") -> None:
        self.inner = inner
        self.raise_on = raise_on
        self.spoil_on = spoil_on

    def extract(self, doc: Document) -> list[Contact]:
        if self.raise_on in doc.text:
            raise IndexError("a bug this document triggers")
        found = self.inner.extract(doc)
        if self.spoil_on in doc.text:
            return [
                c.model_copy(update={"sources": (c.sources[0].model_copy(update={"evidence": "\ud800"}),)})
                for c in found
            ]
        return found


def test_the_sqlite_store_claims_a_batch_oldest_first_each_under_its_own_lease(store: GraphStore) -> None:
    assert isinstance(store, BatchQueue)
    docs = documents(5)
    store.enqueue(docs)
    jobs = store.claim_batch("w1", 60, T0, 3)
    assert [j.document.id for j in jobs] == [d.id for d in docs[:3]]
    assert len({j.lease_token for j in jobs}) == 3
    assert all(j.attempts == 1 for j in jobs)
    assert store.queue_stats() == {"queued": 2, "processing": 3, "done": 0, "failed": 0}
    rest = store.claim_batch("w2", 60, T0, 10)
    assert [j.document.id for j in rest] == [d.id for d in docs[3:]]
    assert store.claim_batch("w3", 60, T0, 10) == []


def test_a_job_whose_lease_expired_is_claimed_alone(store: GraphStore) -> None:
    assert isinstance(store, BatchQueue)
    docs = documents(4)
    store.enqueue(docs)
    abandoned = store.claim_batch("killed", 10, T0, 4)
    assert len(abandoned) == 4
    later = T0.replace(minute=1)
    for doc in docs:
        (job,) = store.claim_batch("next", 10, later, 4)
        assert (job.document.id, job.attempts) == (doc.id, 2)
    assert store.claim_batch("next", 10, later, 4) == []


def test_complete_batch_saves_the_leased_jobs_and_returns_the_lost_ones(
    store: GraphStore, extractor: Extractor
) -> None:
    assert isinstance(store, BatchQueue)
    docs = documents(3)
    store.enqueue(docs)
    jobs = store.claim_batch("slow", 10, T0, 3)
    later = T0.replace(minute=1)
    # The lease of the first job ran out and another worker took it: the slow worker's save skips it.
    (taken,) = store.claim_batch("fast", 10, later, 3)
    assert taken.document.id == docs[0].id
    found = [(job, extractor.extract(job.document)) for job in jobs]
    assert store.complete_batch(found, later) == [docs[0].id]
    assert [store.get_document(d.id).status for d in docs] == ["processing", "done", "done"]
    assert store.document_contacts(docs[0].id) == []
    for job, contacts in found[1:]:
        assert {c.id for c in store.document_contacts(job.document.id)} == {c.id for c in contacts}
    assert store.complete_batch([(taken, extractor.extract(taken.document))], later) == []
    assert store.queue_stats() == {"queued": 0, "processing": 0, "done": 3, "failed": 0}


def test_a_batch_saves_what_one_at_a_time_saves(tmp_path: Path, extractor: Extractor) -> None:
    docs = documents(10)
    results = []
    for size in (1, 4):
        store = open_store(StoreConfig(location=str(tmp_path / f"b{size}.db")))
        try:
            store.enqueue(docs)
            worker = Worker(store, extractor, worker_config(batch_size=size), clock=Clock(T0))
            assert worker.run_until_idle() == 10
            assert store.queue_stats()["done"] == 10
            results.append((all_contacts(store), store.counts()))
        finally:
            store.close()
    assert results[0] == results[1]


def test_in_a_batch_a_document_that_fails_fails_alone(store: GraphStore, extractor: Extractor) -> None:
    docs = documents(6)
    poison = build_document(RawDocument(text="President Emmanuel Macron spoke with\u2063 Chancellor Merz.",
                                        url="https://example.org/poison", lang="en"), NORMALIZE)  # fmt: skip
    spoiled = build_document(RawDocument(text=f"{READOUT}\u2064", url="https://example.org/spoiled",
                                         lang="en", published="2025-03-18"), NORMALIZE)  # fmt: skip
    store.enqueue([docs[0], poison, docs[1], spoiled, *docs[2:]])
    worker = Worker(store, Marked(extractor), worker_config(batch_size=8), clock=Clock(T0))
    outcomes = worker.run_batch()
    # One claim took all eight; the poison failed in extraction, the spoiled one when saved alone.
    assert sorted(outcomes) == ["done"] * 6 + ["retry"] * 2
    assert worker.stats.done == 6 and worker.stats.retried == 2
    assert all(store.get_document(d.id).status == "done" for d in docs)
    for bad, error in ((poison, "IndexError"), (spoiled, "InvalidInput")):
        doc = store.get_document(bad.id)
        assert doc.status == "queued" and doc.error is not None and error in doc.error, doc.error
    assert store.document_contacts(spoiled.id) == []
    assert Marked(extractor).extract(spoiled)  # it was refused for what it found, not for finding nothing


def test_a_batch_a_killed_worker_left_is_finished_one_by_one(store: GraphStore, extractor: Extractor) -> None:
    assert isinstance(store, BatchQueue)
    docs = documents(4)
    store.enqueue(docs)
    clock = Clock(T0)
    config = worker_config(batch_size=8, lease_seconds=10)
    assert len(store.claim_batch("killed", 10, clock(), 8)) == 4  # and then the worker died
    worker = Worker(store, extractor, config, clock=clock)
    assert worker.run_batch() == ["idle"]  # the dead worker's leases still hold
    clock.advance(11)
    for _ in docs:
        assert worker.run_batch() == ["done"]
    assert worker.run_batch() == ["idle"]
    assert [store.get_document(d.id).attempts for d in docs] == [2, 2, 2, 2]
