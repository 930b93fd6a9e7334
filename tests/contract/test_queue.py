"""The document queue: dedupe, claim with a lease, expiry, complete, fail, retry, requeue, stats."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from graph.errors import LeaseLost, NotFound
from graph.models import ContactFilter
from graph.protocol import GraphStore
from tests.contract.builders import MACRON, SHARAA, document, report

T0 = datetime(2026, 1, 9, 8, 0, tzinfo=UTC)
SEED = "Syrian President Ahmed al-Sharaa received a phone call from French President Emmanuel Macron."


def test_enqueue_stores_queued_documents(store: GraphStore) -> None:
    doc = document(SEED, url="https://example.org/news/1", title="Call", lang="en")
    [res] = store.enqueue([doc])
    assert (res.id, res.status, res.duplicate_of) == (doc.id, "queued", None)
    got = store.get_document(doc.id)
    assert (got.status, got.attempts, got.error) == ("queued", 0, None)
    assert (got.text, got.url, got.title, got.lang) == (SEED, doc.url, "Call", "en")
    assert got.content_hash == doc.content_hash
    assert got.created_at is not None and got.created_at.tzinfo is not None
    assert store.queue_stats() == {"queued": 1, "processing": 0, "done": 0, "failed": 0}


def test_enqueue_dedupes_by_canonical_url_and_by_content(store: GraphStore) -> None:
    doc = document(SEED, url="https://www.example.org/news/1?utm_source=feed")
    same_url = document("A later, edited version of the page.", url="http://example.org/news/1/#top")
    same_text = document("  " + SEED.replace(" ", "\n  ") + "\n", url="https://mirror.example.net/copy")
    no_url = document(SEED)
    results = store.enqueue([doc, same_url, same_text, no_url])
    assert [r.status for r in results] == ["queued", "duplicate", "duplicate", "duplicate"]
    assert {r.duplicate_of for r in results[1:]} == {doc.id}
    again = store.enqueue([doc])
    assert (again[0].status, again[0].duplicate_of) == ("duplicate", doc.id)
    assert store.counts().documents == 1
    assert store.queue_stats()["queued"] == 1


def test_claim_takes_the_oldest_and_holds_a_lease(store: GraphStore) -> None:
    docs = [document(f"Report number {i}.", url=f"https://example.org/{i}") for i in range(3)]
    for d in docs:
        store.enqueue([d])
    job = store.claim("w1", 60, T0)
    assert job is not None and job.document.id == docs[0].id
    assert job.document.status == "processing" and job.attempts == 1 and job.document.attempts == 1
    assert job.lease_expires == T0 + timedelta(seconds=60)
    other = store.claim("w2", 60, T0)
    assert other is not None and other.document.id == docs[1].id
    assert other.lease_token != job.lease_token
    assert store.queue_stats() == {"queued": 1, "processing": 2, "done": 0, "failed": 0}


def test_complete_saves_contacts_and_marks_done_at_once(store: GraphStore) -> None:
    doc = document(SEED, url="https://example.org/1")
    store.enqueue([doc])
    job = store.claim("w1", 60, T0)
    assert job is not None
    store.complete(job, [report(SHARAA, MACRON, doc.id, date="2026-01-08", evidence=SEED)], T0)
    assert store.get_document(doc.id).status == "done"
    [c] = store.document_contacts(doc.id)
    assert c.sources[0].url == "https://example.org/1"
    assert store.claim("w1", 60, T0 + timedelta(hours=1)) is None
    with pytest.raises(LeaseLost):
        store.complete(job, [], T0)  # done already: the lease is gone
    assert store.counts().contacts == 1


def test_an_expired_lease_goes_to_another_worker_and_the_first_loses_it(store: GraphStore) -> None:
    doc = document(SEED)
    store.enqueue([doc])
    first = store.claim("w1", 30, T0)
    assert first is not None
    assert store.claim("w2", 30, T0 + timedelta(seconds=10)) is None  # still leased
    second = store.claim("w2", 30, T0 + timedelta(seconds=31))
    assert second is not None and second.document.id == doc.id and second.attempts == 2
    with pytest.raises(LeaseLost):
        store.complete(first, [report(SHARAA, MACRON, doc.id, date="2026-01-08")], T0 + timedelta(seconds=32))
    with pytest.raises(LeaseLost):
        store.fail(first, "late", None, T0 + timedelta(seconds=32))
    assert store.counts().contacts == 0  # the lost completion wrote nothing
    store.complete(second, [report(SHARAA, MACRON, doc.id, date="2026-01-08")], T0 + timedelta(seconds=33))
    assert store.get_document(doc.id).status == "done" and store.counts().contacts == 1


def test_a_lapsed_lease_nobody_took_can_still_complete(store: GraphStore) -> None:
    store.enqueue([document(SEED)])
    job = store.claim("w1", 1, T0)
    assert job is not None
    store.complete(job, [], T0 + timedelta(minutes=5))
    assert store.queue_stats()["done"] == 1


def test_fail_with_retry_then_for_good(store: GraphStore) -> None:
    doc = document(SEED)
    store.enqueue([doc])
    job = store.claim("w1", 60, T0)
    assert job is not None
    store.fail(job, "ValueError: no sentence\nTraceback ...", T0 + timedelta(seconds=120), T0)
    got = store.get_document(doc.id)
    assert (got.status, got.attempts, got.error) == ("queued", 1, "ValueError: no sentence\nTraceback ...")
    assert store.claim("w1", 60, T0 + timedelta(seconds=60)) is None  # not due yet
    job = store.claim("w1", 60, T0 + timedelta(seconds=121))
    assert job is not None and job.attempts == 2
    store.fail(job, "ValueError again", None, T0 + timedelta(seconds=122))
    got = store.get_document(doc.id)
    assert (got.status, got.attempts, got.error) == ("failed", 2, "ValueError again")
    assert store.claim("w1", 60, T0 + timedelta(days=1)) is None
    assert store.queue_stats() == {"queued": 0, "processing": 0, "done": 0, "failed": 1}


def test_a_due_retry_waits_behind_older_jobs_but_not_forever(store: GraphStore) -> None:
    a, b = document("First report."), document("Second report.")
    store.enqueue([a])
    job = store.claim("w1", 60, T0)
    assert job is not None
    store.enqueue([b])
    store.fail(job, "boom", T0 + timedelta(seconds=5), T0)
    first = store.claim("w1", 60, T0 + timedelta(seconds=10))
    second = store.claim("w1", 60, T0 + timedelta(seconds=10))
    assert first is not None and second is not None
    assert {first.document.id, second.document.id} == {a.id, b.id}
    assert first.document.id == a.id  # the older job first, once due


def test_requeue_for_reextraction(store: GraphStore) -> None:
    doc = document(SEED)
    store.enqueue([doc])
    job = store.claim("w1", 60, T0)
    assert job is not None
    store.complete(job, [report(SHARAA, MACRON, doc.id, date="2026-01-08")], T0)
    assert store.requeue([doc.id, "u-unknown"], T0) == 1
    got = store.get_document(doc.id)
    assert (got.status, got.attempts, got.error) == ("queued", 0, None)
    assert store.counts().contacts == 1  # old contacts stay until the new extraction replaces them
    job = store.claim("w1", 60, T0)
    assert job is not None
    store.complete(job, [], T0)
    assert store.counts().contacts == 0
    assert store.list_contacts(ContactFilter()).items == []


def test_requeue_leaves_a_job_being_processed(store: GraphStore) -> None:
    doc = document(SEED)
    store.enqueue([doc])
    job = store.claim("w1", 60, T0)
    assert job is not None
    assert store.requeue([doc.id], T0) == 0
    store.complete(job, [], T0)


def test_known_urls_compare_canonically(store: GraphStore) -> None:
    store.enqueue([document(SEED, url="https://www.example.org/a?utm_medium=x")])
    asked = ["http://example.org/a", "https://example.org/b", "https://EXAMPLE.org/a/#frag", "not a url"]
    assert store.known_urls(asked) == {"http://example.org/a", "https://EXAMPLE.org/a/#frag"}
    assert store.known_urls([]) == set()


def test_documents_survive_reopening(store: GraphStore, reopen: Callable[[], GraphStore]) -> None:
    doc = document(SEED)
    store.enqueue([doc])
    again = reopen()
    job = again.claim("w2", 60, T0)
    assert job is not None and job.document.id == doc.id
    assert store.claim("w1", 60, T0) is None  # the other handle sees the claim


def test_not_found_document(store: GraphStore) -> None:
    with pytest.raises(NotFound):
        store.get_document("u-missing")
