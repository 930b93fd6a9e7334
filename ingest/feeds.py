"""RSS/Atom polling: fetch a feed (conditional GET), fetch each new item's page, and enqueue its main text.

A poll never raises for one bad item: item errors are collected in the PollResult, logged, and the
feed's last_error says how many there were. The feed's ETag/Last-Modified are stored only after a poll
without item errors, so items whose page failed are tried again at the next poll.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

import feedparser
import httpx

from graph.keys import canonical_url
from graph.models import Document, Feed
from graph.protocol import DocumentQueue, FeedRegistry
from ingest.fetch import FEED_TYPES, PAGE_TYPES, FeedConfig, FetchError, fetch, redact_url
from ingest.intake import enqueue_documents
from ingest.normalize import (
    InvalidDocument,
    NormalizeConfig,
    RawDocument,
    build_document,
    check_url,
    parse_published,
)
from ingest.sources import ItemError

log = logging.getLogger(__name__)


class FeedStore(DocumentQueue, FeedRegistry, Protocol):
    """What polling needs of a store: the feed registry and the document queue."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: the link to its page, and what the feed says about it."""

    url: str
    title: str | None = None
    published: str | None = None


@dataclass
class PollResult:
    """What one poll of one feed did."""

    feed_url: str
    not_modified: bool = False
    entries: int = 0
    known: int = 0
    queued: int = 0
    duplicates: int = 0
    errors: list[ItemError] = field(default_factory=list)
    # Set when the feed itself could not be fetched or parsed.
    error: str | None = None


def register_feed(registry: FeedRegistry, url: str) -> Feed:
    """Add a feed after checking it is an absolute http(s) URL (InvalidDocument names the problem)."""
    checked = check_url(url)
    if checked is None:
        raise InvalidDocument("url", "empty")
    return registry.add_feed(checked)


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> list[FeedItem]:
    """Parse RSS or Atom into items with absolute links; ValueError when it is neither."""
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed: Any = feedparser.parse(content, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise ValueError(f"not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        key = canonical_url(link)
        if key in seen:
            continue
        seen.add(key)
        published = entry.get("published") or entry.get("updated")
        items.append(FeedItem(url=link.strip(), title=entry.get("title") or None,
                              published=published if isinstance(published, str) else None))
    return items


def is_due(feed: Feed, config: FeedConfig, now: datetime) -> bool:
    """Tell whether a feed should be polled now: never polled, or polled at least an interval ago."""
    return feed.last_polled is None or now - feed.last_polled >= timedelta(seconds=config.interval_seconds)


def _page_document(
    client: httpx.Client, item: FeedItem, config: FeedConfig, normalize: NormalizeConfig
) -> Document:
    page = fetch(client, item.url, config, accept=PAGE_TYPES)
    html: str | bytes = page.content
    if page.charset:
        # The HTTP header's charset wins over what the page may declare.
        try:
            html = page.content.decode(page.charset, errors="replace")
        except LookupError:
            html = page.content
    try:
        published = parse_published(item.published)
    except InvalidDocument:
        published = None  # a broken feed date: let the page's own date, if any, stand in
    raw = RawDocument(html=html, url=item.url, title=item.title, published=published)
    return build_document(raw, normalize)


def poll_feed(
    store: FeedStore,
    feed: Feed,
    client: httpx.Client,
    config: FeedConfig,
    normalize: NormalizeConfig,
    now: datetime,
    stop: threading.Event | None = None,
) -> PollResult:
    """Poll one feed: conditional GET, skip known URLs, fetch and enqueue new pages, record the outcome."""
    result = PollResult(feed_url=feed.url)
    shown = redact_url(feed.url)
    try:
        fetched = fetch(client, feed.url, config, accept=FEED_TYPES, etag=feed.etag, modified=feed.modified)
    except FetchError as exc:
        result.error = exc.reason
        store.update_feed(feed.model_copy(update={"last_polled": now, "last_error": exc.reason}))
        log.warning("feed fetch failed", extra={"feed": shown, "reason": exc.reason})
        return result
    if fetched.not_modified:
        result.not_modified = True
        store.update_feed(feed.model_copy(update={"last_polled": now, "last_error": None}))
        log.info("feed not modified", extra={"feed": shown})
        return result
    try:
        items = parse_feed(fetched.content, fetched.url, fetched.content_type)
    except ValueError as exc:
        result.error = str(exc)
        store.update_feed(feed.model_copy(update={"last_polled": now, "last_error": result.error}))
        log.warning("feed parse failed", extra={"feed": shown, "reason": result.error})
        return result

    items = items[: config.max_items_per_poll]
    result.entries = len(items)
    known = store.known_urls([i.url for i in items])
    new = [i for i in items if i.url not in known]
    result.known = len(items) - len(new)
    docs: list[Document] = []
    for item in new:
        if stop is not None and stop.is_set():
            break
        try:
            docs.append(_page_document(client, item, config, normalize))
        except FetchError as exc:
            result.errors.append(ItemError(redact_url(item.url), exc.reason))
        except InvalidDocument as exc:
            result.errors.append(ItemError(redact_url(item.url), str(exc)))
    for error in result.errors:
        log.warning("feed item skipped", extra={"feed": shown, "item": error.ref, "reason": error.message})
    _enqueue(store, docs, result)

    update: dict[str, object] = {"last_polled": now, "items_seen": feed.items_seen + result.queued}
    if result.errors:
        first = result.errors[0]
        update["last_error"] = f"{len(result.errors)} item(s) failed; first: {first.ref}: {first.message}"
    else:
        update |= {"last_error": None, "etag": fetched.etag, "modified": fetched.last_modified}
    store.update_feed(feed.model_copy(update=update))
    log.info(
        "feed polled",
        extra={"feed": shown, "entries": result.entries, "known": result.known, "queued": result.queued,
               "duplicates": result.duplicates, "item_errors": len(result.errors)},
    )
    return result


def _enqueue(store: DocumentQueue, docs: Sequence[Document], result: PollResult) -> None:
    for outcome in enqueue_documents(store, docs):
        if outcome.status == "queued":
            result.queued += 1
        else:
            result.duplicates += 1


def poll_due_feeds(
    store: FeedStore,
    client: httpx.Client,
    config: FeedConfig,
    normalize: NormalizeConfig,
    now: datetime,
    stop: threading.Event | None = None,
) -> list[PollResult]:
    """Poll every registered feed whose interval has passed; one feed's failure does not stop the others."""
    results = []
    for feed in store.list_feeds():
        if stop is not None and stop.is_set():
            break
        if is_due(feed, config, now):
            results.append(poll_feed(store, feed, client, config, normalize, now, stop))
    return results
