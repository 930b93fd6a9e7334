"""Feeds registry, and moving everything between stores (export from one, import into another)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from graph.errors import NotFound
from graph.models import ContactFilter, Feed
from graph.protocol import GraphStore
from graph.sqlite.store import SqliteStore
from tests.contract.builders import CAST, ERDOGAN, MACRON, PUTIN, SHARAA, document, report
from tests.contract.checks import assert_ties_consistent, walk

T0 = datetime(2026, 1, 9, 8, 0, tzinfo=UTC)


def test_feeds(store: GraphStore) -> None:
    feed = store.add_feed("https://www.example.org/rss.xml")
    assert feed.url == "https://www.example.org/rss.xml" and feed.items_seen == 0
    assert store.add_feed("http://example.org/rss.xml") == feed  # the same feed, compared canonically
    store.add_feed("https://news.example.net/atom")
    assert [f.url for f in store.list_feeds()] == [
        "https://news.example.net/atom",
        "https://www.example.org/rss.xml",
    ]
    polled = Feed(url=feed.url, etag='W/"abc"', modified="Fri, 09 Jan 2026 08:00:00 GMT",
                  last_polled=T0, last_error=None, items_seen=12)  # fmt: skip
    store.update_feed(polled)
    assert store.list_feeds()[1] == polled
    store.remove_feed("https://example.org/rss.xml")
    assert [f.url for f in store.list_feeds()] == ["https://news.example.net/atom"]
    with pytest.raises(NotFound):
        store.remove_feed("https://example.org/rss.xml")
    with pytest.raises(NotFound):
        store.update_feed(polled)


def _populate(store: GraphStore) -> None:
    store.upsert_leaders(CAST)
    docs = [
        document("تقرير عن اتصال هاتفي بين الشرع وماكرون.", url="https://example.org/ar/1", lang="ar",
                 published=date(2026, 1, 9)),
        document("Отчёт о разговоре Путина и Макрона.", url="https://example.org/ru/1", lang="ru"),
        document("A report that failed.", lang="en"),
        document("A report still queued.", lang="en"),
    ]  # fmt: skip
    store.enqueue(docs)
    said = {
        docs[0].id: [
            report(SHARAA, MACRON, docs[0].id, date="2026-01-08", topics=("regional_situation",)),
            report(SHARAA, ERDOGAN, docs[0].id, date="2026-01-08", start=40),
        ],
        docs[1].id: [
            report(PUTIN, MACRON, docs[1].id, date="2025-07-01", mode="phone"),
            report(PUTIN, MACRON, docs[1].id, date="2025-07", status="planned", start=30),
        ],
    }
    for _ in range(3):
        job = store.claim("w", 60, T0)
        assert job is not None
        if job.document.id in said:
            store.complete(job, said[job.document.id], T0)
        else:
            store.fail(job, "extractor crashed", None, T0)
    store.save_extractions([("other-outlet", [report(MACRON, SHARAA, "other-outlet", date="2026-01-09")])])
    store.add_feed("https://example.org/rss")


def _copy(src: GraphStore, dst: GraphStore) -> None:
    for leaders in src.iter_leaders(batch=3):
        dst.upsert_leaders(leaders)
    for docs in src.iter_documents(batch=3):
        dst.import_documents(docs)
    for contacts in src.iter_contacts(batch=2):
        dst.import_contacts(contacts)
    for feed in src.list_feeds():
        dst.add_feed(feed.url)
        dst.update_feed(feed)


def _answers(store: GraphStore) -> tuple[object, ...]:
    docs = [d.model_dump() for batch in store.iter_documents() for d in batch]
    return (
        store.counts(),
        [c.model_dump() for c in walk(store, ContactFilter())],
        sorted(docs, key=lambda d: d["id"]),
        [ldr for batch in store.iter_leaders() for ldr in batch],
        store.network(ContactFilter()).model_dump(),
        store.pair_summary(SHARAA.id, MACRON.id).model_dump(),
        [c.model_dump() for c in store.counterparts(MACRON.id)],
        store.topic_counts(),
        store.queue_stats(),
        store.list_feeds(),
    )


def test_export_import_round_trip_out_of_this_store(store: GraphStore, fresh_sqlite: SqliteStore) -> None:
    _populate(store)
    _copy(store, fresh_sqlite)
    assert _answers(fresh_sqlite) == _answers(store)
    assert_ties_consistent(fresh_sqlite)


def test_export_import_round_trip_into_this_store(store: GraphStore, fresh_sqlite: SqliteStore) -> None:
    _populate(fresh_sqlite)
    _copy(fresh_sqlite, store)
    assert _answers(store) == _answers(fresh_sqlite)
    _copy(fresh_sqlite, store)  # a migration run twice changes nothing
    assert _answers(store) == _answers(fresh_sqlite)
    assert_ties_consistent(store)
