"""Fetching over real HTTP from a local server: limits, content types, redirects, conditional GET."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from web_server import WebServer, article_html, conditional_route, slow_route, trickle_route

from ingest.fetch import (
    FEED_TYPES,
    PAGE_TYPES,
    FeedConfig,
    FetchError,
    default_user_agent,
    fetch,
    make_client,
    redact_url,
)

CONFIG = FeedConfig(timeout_seconds=0.5, max_bytes=20_000, max_redirects=3)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(CONFIG) as c:
        yield c


def test_page_is_fetched_with_an_honest_user_agent(web: WebServer, client: httpx.Client) -> None:
    web.serve_article("/news/alaska-summit.html")
    got = fetch(client, web.url("/news/alaska-summit.html"), CONFIG, accept=PAGE_TYPES)
    assert got.status == 200 and got.content == article_html("/news/alaska-summit.html")
    assert (got.content_type, got.charset) == ("text/html", "utf-8")
    agent = web.requests[0][1]["user-agent"]
    assert agent == default_user_agent()
    assert agent.startswith("Diplograph/") and "(+https://github.com/diplograph/diplograph)" in agent


def test_conditional_get_returns_not_modified(web: WebServer, client: httpx.Client) -> None:
    web.routes["/feed.xml"] = conditional_route(b"<rss version='2.0'></rss>", "application/rss+xml",
                                                etag='"v1"', last_modified="Thu, 08 Jan 2026 10:00:00 GMT")
    first = fetch(client, web.url("/feed.xml"), CONFIG, accept=FEED_TYPES)
    assert first.status == 200 and first.etag == '"v1"'
    again = fetch(client, web.url("/feed.xml"), CONFIG, accept=FEED_TYPES, etag=first.etag,
                  modified=first.last_modified)
    assert again.not_modified and again.content == b""
    assert web.requests[1][1]["if-none-match"] == '"v1"'
    assert web.requests[1][1]["if-modified-since"] == "Thu, 08 Jan 2026 10:00:00 GMT"


def test_too_large_pages_are_refused(web: WebServer, client: httpx.Client) -> None:
    web.serve_static("/big.html", b"<p>" + b"y" * 50_000 + b"</p>", "text/html")
    with pytest.raises(FetchError, match="50007 bytes, more than the limit of 20000"):
        fetch(client, web.url("/big.html"), CONFIG, accept=PAGE_TYPES)
    # Without a Content-Length the body is counted as it arrives.
    web.routes["/stream.html"] = trickle_route(chunks=40, pause=0.0)
    with pytest.raises(FetchError, match="more than the limit of 20000 bytes"):
        fetch(client, web.url("/stream.html"), CONFIG, accept=PAGE_TYPES)


def test_slow_servers_time_out(web: WebServer, client: httpx.Client) -> None:
    web.routes["/slow.html"] = slow_route(1.5)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
        fetch(client, web.url("/slow.html"), CONFIG, accept=PAGE_TYPES)
    assert time.monotonic() - started < 1.4
    # A server that keeps sending a little at a time is cut off at the whole-request deadline.
    web.routes["/trickle.html"] = trickle_route(chunks=10, pause=0.2)
    with pytest.raises(FetchError, match=r"took longer than 0\.5 s"):
        fetch(client, web.url("/trickle.html"), FeedConfig(timeout_seconds=0.5), accept=PAGE_TYPES)


def test_content_type_status_and_redirects(web: WebServer, client: httpx.Client) -> None:
    web.serve_static("/photo.png", b"\x89PNG", "image/png")
    with pytest.raises(FetchError, match="content type image/png is not one of text/html"):
        fetch(client, web.url("/photo.png"), CONFIG, accept=PAGE_TYPES)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(client, web.url("/missing.html"), CONFIG, accept=PAGE_TYPES)

    web.serve_article("/news/energy-call.html")
    web.routes["/moved"] = lambda _: (301, {"Location": "/news/energy-call.html"}, b"")
    got = fetch(client, web.url("/moved"), CONFIG, accept=PAGE_TYPES)
    assert got.url == web.url("/news/energy-call.html") and b"Kremlin" in got.content

    web.routes["/loop"] = lambda _: (302, {"Location": "/loop"}, b"")
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(client, web.url("/loop"), CONFIG, accept=PAGE_TYPES)
    assert web.count("/loop") == 4

    with pytest.raises(FetchError, match="only http and https"):
        fetch(client, "file:///etc/passwd", CONFIG, accept=PAGE_TYPES)


def test_credentials_never_appear_in_errors() -> None:
    assert redact_url("https://user:secret@feeds.example.org:8443/a?x=1") == "https://feeds.example.org:8443/a?x=1"
    err = FetchError("https://user:secret@feeds.example.org/rss", "HTTP 500")
    assert "secret" not in str(err)
