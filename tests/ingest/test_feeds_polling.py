"""RSS and Atom polling end to end: a real local HTTP server, a real SQLite store, real httpx."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from web_server import (
    WebServer,
    atom_feed,
    conditional_route,
    rss_feed,
    slow_route,
)

from graph.keys import document_id
from graph.protocol import GraphStore
from ingest.feeds import poll_due_feeds, poll_feed, register_feed
from ingest.fetch import FeedConfig, make_client
from ingest.normalize import InvalidDocument, NormalizeConfig

CONFIG = FeedConfig(interval_seconds=600, timeout_seconds=0.5, max_bytes=30_000, max_items_per_poll=10)
NORMALIZE = NormalizeConfig()
T0 = datetime(2026, 1, 9, 8, 0, tzinfo=UTC)
RSS_DATES = ["Sat, 16 Aug 2025 06:30:00 +0000", "Tue, 18 Mar 2025 19:45:00 +0000"]
ATOM_DATES = ["2025-12-04T11:00:00+08:00", "2026-01-08T20:15:00+03:00"]


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(CONFIG) as c:
        yield c


def _doc_id(web: WebServer, path: str) -> str:
    return document_id(web.url(path), "")


def test_rss_and_atom_feeds_are_polled_into_the_queue(
    web: WebServer, store: GraphStore, client: httpx.Client
) -> None:
    rss_pages = ["/news/alaska-summit.html", "/news/energy-call.html"]
    atom_pages = ["/fr/macron-xi.html", "/ar/sharaa-erdogan.html"]
    for path in rss_pages + atom_pages:
        web.serve_article(path)
    web.routes["/rss.xml"] = conditional_route(
        rss_feed(web.base, rss_pages, RSS_DATES), "application/rss+xml", etag='"rss-1"'
    )
    web.routes["/atom.xml"] = conditional_route(atom_feed(web.base, atom_pages, ATOM_DATES),
                                                "application/atom+xml; charset=utf-8",
                                                last_modified="Fri, 09 Jan 2026 07:00:00 GMT")
    register_feed(store, web.url("/rss.xml"))
    register_feed(store, web.url("/atom.xml"))

    results = poll_due_feeds(store, client, CONFIG, NORMALIZE, T0)
    assert [(r.entries, r.queued, r.errors, r.error) for r in results] == [(2, 2, [], None), (2, 2, [], None)]
    assert store.queue_stats().get("queued") == 4

    alaska = store.get_document(_doc_id(web, "/news/alaska-summit.html"))
    assert alaska.title == "Trump and Putin meet in Alaska"
    assert alaska.published == date(2025, 8, 16)
    assert alaska.lang == "en"
    assert "Elmendorf-Richardson" in alaska.text and "Newsletter" not in alaska.text
    sharaa = store.get_document(_doc_id(web, "/ar/sharaa-erdogan.html"))
    assert sharaa.lang == "ar" and sharaa.published == date(2026, 1, 8)
    assert "أردوغان" in sharaa.text
    macron = store.get_document(_doc_id(web, "/fr/macron-xi.html"))
    assert macron.lang == "fr" and macron.published == date(2025, 12, 4)

    feeds = {f.url: f for f in store.list_feeds()}
    rss = feeds[web.url("/rss.xml")]
    assert (rss.etag, rss.items_seen, rss.last_error, rss.last_polled) == ('"rss-1"', 2, None, T0)
    assert feeds[web.url("/atom.xml")].modified == "Fri, 09 Jan 2026 07:00:00 GMT"

    # Not due yet: nothing is fetched.
    before = len(web.requests)
    assert poll_due_feeds(store, client, CONFIG, NORMALIZE, T0 + timedelta(seconds=60)) == []
    assert len(web.requests) == before

    # Due again: conditional GETs answered 304, no page fetched twice.
    later = T0 + timedelta(seconds=601)
    results = poll_due_feeds(store, client, CONFIG, NORMALIZE, later)
    assert [r.not_modified for r in results] == [True, True]
    rss_request = [h for p, h in web.requests if p == "/rss.xml"][-1]
    assert rss_request["if-none-match"] == '"rss-1"'
    atom_request = [h for p, h in web.requests if p == "/atom.xml"][-1]
    assert atom_request["if-modified-since"] == "Fri, 09 Jan 2026 07:00:00 GMT"
    assert all(web.count(p) == 1 for p in rss_pages + atom_pages)

    # The feed changes and now also links a page the Atom feed brought in: every URL is known, so no
    # page is fetched again (URLs are compared canonically, tracking parameters ignored).
    dates = [*RSS_DATES, "Thu, 04 Dec 2025 12:00:00 +0000"]
    web.routes["/rss.xml"] = conditional_route(
        rss_feed(web.base, [*rss_pages, "/fr/macron-xi.html"], dates), "application/rss+xml", etag='"rss-2"'
    )
    feed = next(f for f in store.list_feeds() if f.url == web.url("/rss.xml"))
    result = poll_feed(store, feed, client, CONFIG, NORMALIZE, later + timedelta(seconds=601))
    assert (result.entries, result.known, result.queued) == (3, 3, 0)
    assert all(web.count(p) == 1 for p in rss_pages + atom_pages)
    assert store.queue_stats().get("queued") == 4


def test_item_errors_are_recorded_and_retried_next_poll(
    web: WebServer, store: GraphStore, client: httpx.Client
) -> None:
    web.serve_article("/news/energy-call.html")
    web.serve_static("/big.html", b"<html><body><p>" + b"z" * 40_000 + b"</p></body></html>", "text/html")
    web.routes["/slow.html"] = slow_route(1.5)
    web.serve_static("/pic.html", b"\x89PNG", "image/png")
    links = ["/news/energy-call.html", "/big.html", "/slow.html", "/gone.html", "/pic.html"]
    items = "".join(f"<item><title>Item {i}</title><link>{web.base}{p}</link></item>"
                    for i, p in enumerate(links))
    body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    body_bytes = body.encode()
    web.routes["/rss.xml"] = conditional_route(body_bytes, "application/rss+xml", etag='"e1"')
    feed = register_feed(store, web.url("/rss.xml"))

    result = poll_feed(store, feed, client, CONFIG, NORMALIZE, T0)
    assert result.queued == 1
    reasons = {e.ref.rsplit("/", 1)[1]: e.message for e in result.errors}
    assert set(reasons) == {"big.html", "slow.html", "gone.html", "pic.html"}
    assert "more than the limit of 30000" in reasons["big.html"]
    assert "timed out" in reasons["slow.html"]
    assert reasons["gone.html"].startswith("HTTP 404")
    assert "content type image/png" in reasons["pic.html"]

    stored = store.list_feeds()[0]
    assert stored.last_error is not None and stored.last_error.startswith("4 item(s) failed")
    assert stored.etag is None  # so that the next poll fetches the feed in full and retries the failures
    assert stored.items_seen == 1

    web.serve_article("/news/alaska-summit.html")
    web.routes["/gone.html"] = web.routes["/news/alaska-summit.html"]
    result = poll_feed(store, stored, client, CONFIG, NORMALIZE, T0 + timedelta(seconds=601))
    assert (result.known, result.queued, len(result.errors)) == (1, 1, 3)
    assert web.count("/news/energy-call.html") == 1
    assert "if-none-match" not in [h for p, h in web.requests if p == "/rss.xml"][-1]


def test_broken_or_unreachable_feeds_record_an_error(web: WebServer, store: GraphStore,
                                                     client: httpx.Client) -> None:
    web.serve_static("/not-a-feed.xml", b"<html><body>hello</body></html>", "application/xml")
    bad = register_feed(store, web.url("/not-a-feed.xml"))
    parsed = poll_feed(store, bad, client, CONFIG, NORMALIZE, T0)
    assert parsed.error is not None and parsed.error.startswith("not an RSS or Atom feed")
    gone = register_feed(store, "http://127.0.0.1:9/feed.xml")  # the discard port: nothing listens
    refused = poll_feed(store, gone, client, CONFIG, NORMALIZE, T0)
    assert refused.error is not None and refused.error.startswith("ConnectError")
    errors = {f.url: f.last_error for f in store.list_feeds()}
    assert errors == {web.url("/not-a-feed.xml"): parsed.error, "http://127.0.0.1:9/feed.xml": refused.error}
    with pytest.raises(InvalidDocument, match="url"):
        register_feed(store, "feed.example.org/rss")
