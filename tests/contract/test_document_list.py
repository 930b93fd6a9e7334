"""Listing documents (GET /v1/documents): newest first, by status, with cursor pages, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from graph.errors import InvalidInput
from graph.protocol import GraphStore
from tests.contract.builders import document

T0 = datetime(2026, 1, 9, 8, 0, tzinfo=UTC)


def test_documents_newest_first_in_pages_and_by_status(store: GraphStore) -> None:
    docs = [document(f"Listed report number {i}.", url=f"https://example.org/list/{i}") for i in range(5)]
    for doc in docs:
        store.enqueue([doc])
    job = store.claim("w1", 60, T0)
    assert job is not None and job.document.id == docs[0].id
    store.fail(job, "ExtractionError: x", None, T0)

    first = store.list_documents(limit=3)
    assert [d.id for d in first.items] == [d.id for d in reversed(docs)][:3]
    assert first.next_cursor is not None
    rest = store.list_documents(limit=3, cursor=first.next_cursor)
    assert [d.id for d in rest.items] == [docs[1].id, docs[0].id] and rest.next_cursor is None
    assert rest.items[1].text == docs[0].text

    failed = store.list_documents(status="failed")
    assert [(d.id, d.status, d.error) for d in failed.items] == [(docs[0].id, "failed", "ExtractionError: x")]
    queued = store.list_documents(status="queued", limit=10)
    assert [d.id for d in queued.items] == [d.id for d in reversed(docs[1:])]
    assert store.list_documents(status="done").items == []


def test_document_list_refuses_a_malformed_cursor(store: GraphStore) -> None:
    with pytest.raises(InvalidInput):
        store.list_documents(cursor="not-a-cursor")
