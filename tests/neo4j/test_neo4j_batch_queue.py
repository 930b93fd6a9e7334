"""Batch claims and completions on a real Neo4j: several jobs per transaction, each under its own lease.

The same semantics as SQLite's (tests/ingest/test_worker_batches.py): oldest first, a job whose lease
expired claimed alone, no job claimed twice by concurrent workers, and a completion that skips the jobs
whose lease another worker took over.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from graph.errors import InvalidInput
from graph.models import Document, Job
from graph.neo4j.store import Neo4jStore
from graph.protocol import BatchQueue
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default
from ingest.normalize import NormalizeConfig
from ingest.samples import REPORTS
from ingest.sources import Loaded, read_jsonl

T0 = datetime(2026, 1, 9, 9, 0, tzinfo=UTC)


def _samples(n: int) -> list[Document]:
    """The first n bundled sample reports, in order."""
    docs = [item.document for item in read_jsonl(REPORTS, NormalizeConfig()) if isinstance(item, Loaded)]
    assert len(docs) >= n
    return docs[:n]


def test_neo4j_has_the_batch_capability(neo4j_store: Neo4jStore) -> None:
    assert isinstance(neo4j_store, BatchQueue)
    with pytest.raises(InvalidInput):
        neo4j_store.claim_batch("w", 60, T0, 0)
    with pytest.raises(InvalidInput):
        neo4j_store.claim_batch("w", 0, T0, 3)


def test_claim_batch_takes_up_to_limit_oldest_first_each_under_its_own_lease(neo4j_store: Neo4jStore) -> None:
    docs = _samples(5)
    neo4j_store.enqueue(docs)
    jobs = neo4j_store.claim_batch("w1", 60, T0, 3)
    assert [j.document.id for j in jobs] == [d.id for d in docs[:3]]
    assert len({j.lease_token for j in jobs}) == 3
    assert all(j.attempts == 1 and j.lease_expires == T0 + timedelta(seconds=60) for j in jobs)
    assert all(j.document.status == "processing" for j in jobs)
    assert neo4j_store.queue_stats() == {"queued": 2, "processing": 3, "done": 0, "failed": 0}
    rest = neo4j_store.claim_batch("w2", 60, T0, 10)
    assert [j.document.id for j in rest] == [d.id for d in docs[3:]]
    assert neo4j_store.claim_batch("w3", 60, T0, 10) == []


def test_a_job_not_yet_due_stays_out_of_a_batch(neo4j_store: Neo4jStore) -> None:
    docs = _samples(3)
    neo4j_store.enqueue(docs)
    (first,) = neo4j_store.claim_batch("w", 60, T0, 1)
    neo4j_store.fail(first, "try later", T0 + timedelta(hours=1), T0)
    rest = neo4j_store.claim_batch("w", 60, T0, 10)
    assert [j.document.id for j in rest] == [d.id for d in docs[1:]]
    assert neo4j_store.complete_batch([(job, []) for job in rest], T0) == []
    (again,) = neo4j_store.claim_batch("w", 60, T0 + timedelta(hours=1), 10)
    assert (again.document.id, again.attempts) == (docs[0].id, 2)


def test_a_job_whose_lease_expired_is_claimed_alone(neo4j_store: Neo4jStore) -> None:
    docs = _samples(6)
    neo4j_store.enqueue(docs)
    abandoned = neo4j_store.claim_batch("killed", 10, T0, 4)
    assert len(abandoned) == 4
    later = T0 + timedelta(minutes=1)
    for doc in docs[:4]:
        (job,) = neo4j_store.claim_batch("next", 10, later, 4)
        assert (job.document.id, job.attempts) == (doc.id, 2)
        assert job.lease_token not in {j.lease_token for j in abandoned}
    # No lease has expired any more: the queued jobs come as a batch again.
    assert [j.document.id for j in neo4j_store.claim_batch("next", 10, later, 4)] == [d.id for d in docs[4:]]
    assert neo4j_store.claim_batch("next", 10, later, 4) == []


def test_two_threads_claiming_batches_never_claim_the_same_job(
    neo4j_store_factory: Callable[[], Neo4jStore],
) -> None:
    stores = [neo4j_store_factory(), neo4j_store_factory()]
    docs = _samples(24)
    stores[0].enqueue(docs)
    claimed: list[list[Job]] = [[], []]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def claim_all(i: int) -> None:
        try:
            start.wait(timeout=30)
            while jobs := stores[i].claim_batch(f"w{i}", 60, T0, 3):
                assert 1 <= len(jobs) <= 3
                claimed[i].extend(jobs)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=claim_all, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    ids = [job.document.id for mine in claimed for job in mine]
    assert sorted(ids) == sorted(d.id for d in docs)  # every job claimed, none twice
    assert stores[0].queue_stats() == {"queued": 0, "processing": len(docs), "done": 0, "failed": 0}
    assert all(stores[0].get_document(d.id).attempts == 1 for d in docs)
    # Each job is leased under the token its claimer got back: completing them all loses none.
    for i, mine in enumerate(claimed):
        assert stores[i].complete_batch([(job, []) for job in mine], T0) == []
    assert stores[0].queue_stats() == {"queued": 0, "processing": 0, "done": len(docs), "failed": 0}


def test_complete_batch_saves_the_leased_jobs_and_returns_the_lost_ones(neo4j_store: Neo4jStore) -> None:
    extractor = RuleExtractor(load_default())
    docs = [d for d in _samples(40) if extractor.extract(d)][:3]
    assert len(docs) == 3
    neo4j_store.enqueue(docs)
    jobs = neo4j_store.claim_batch("slow", 10, T0, 3)
    later = T0 + timedelta(minutes=1)
    # The first job's lease ran out and another worker took it over: the slow worker's save skips it.
    (taken,) = neo4j_store.claim_batch("fast", 10, later, 3)
    assert taken.document.id == docs[0].id
    found = [(job, extractor.extract(job.document)) for job in jobs]
    assert neo4j_store.complete_batch(found, later) == [docs[0].id]
    assert [neo4j_store.get_document(d.id).status for d in docs] == ["processing", "done", "done"]
    assert neo4j_store.document_contacts(docs[0].id) == []
    for job, contacts in found[1:]:
        saved = {c.id for c in neo4j_store.document_contacts(job.document.id)}
        assert saved == {c.id for c in contacts} and saved
    # The worker that took the first job over completes it.
    assert neo4j_store.complete_batch([(taken, extractor.extract(taken.document))], later) == []
    assert neo4j_store.queue_stats() == {"queued": 0, "processing": 0, "done": 3, "failed": 0}
    assert neo4j_store.document_contacts(docs[0].id)
    # A job completed once has no lease left: completing it again writes nothing and reports it lost.
    assert neo4j_store.complete_batch(found[1:2], later) == [docs[1].id]
