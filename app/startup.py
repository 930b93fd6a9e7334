"""Opening the configured store, ready to serve: migrated, and holding the gazetteer's current leaders.

The store keeps leaders (with aliases and offices) so that name searches and resolution run inside it.
At start the gazetteer's leaders are written in batches, but only when they changed since the last
sync: a fingerprint of the leader data is kept beside a SQLite file. A Neo4j store has no file beside
it, so it is synced on every start (idempotent upserts).
"""

from __future__ import annotations

import gc
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from app.settings import Settings
from graph.factory import is_neo4j, open_store
from graph.models import Leader
from graph.protocol import GraphStore
from ingest.extract.base import Extractor
from ingest.extract.rules import RuleExtractor
from ingest.fetch import FeedConfig, default_user_agent
from ingest.gazetteer import Gazetteer
from ingest.normalize import NormalizeConfig
from ingest.worker import Worker, WorkerConfig, WorkerObserver

log = logging.getLogger(__name__)
SYNC_BATCH = 500


def leaders_fingerprint(leaders: Iterable[Leader]) -> str:
    """Hash the leader data, independent of dict order, so that any change gives a new fingerprint."""
    h = hashlib.sha256()
    for leader in sorted(leaders, key=lambda ldr: ldr.id):
        h.update(leader.model_dump_json().encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def marker_path(location: str) -> Path | None:
    """Return the file that records the last synced fingerprint for a SQLite store (None for Neo4j)."""
    if is_neo4j(location) or location == ":memory:":
        return None
    return Path(location + ".leaders-sha256")


def sync_leaders(store: GraphStore, leaders: list[Leader], marker: Path | None) -> int:
    """Write the leaders into the store unless it already holds this exact set; return how many it wrote."""
    fingerprint = leaders_fingerprint(leaders)
    # The marker can outlive its database (a deleted file): trust it only if the leaders are there.
    if (
        marker is not None and marker.exists() and marker.read_text().strip() == fingerprint
        and store.counts().leaders >= len(leaders)
    ):
        return 0
    written = 0
    for start in range(0, len(leaders), SYNC_BATCH):
        written += store.upsert_leaders(leaders[start:start + SYNC_BATCH])
    if marker is not None:
        marker.write_text(fingerprint + "\n")
    log.info("synced %d gazetteer leaders into the store", written)
    return written


def open_ready_store(settings: Settings, leaders: list[Leader]) -> GraphStore:
    """Open and migrate the configured store, creating a SQLite file's folder, and sync the leaders."""
    if not settings.uses_neo4j and settings.store != ":memory:":
        Path(settings.store).expanduser().parent.mkdir(parents=True, exist_ok=True)
    store = open_store(settings.store_config())
    try:
        sync_leaders(store, leaders, marker_path(settings.store))
    except BaseException:
        store.close()
        raise
    return store


def normalize_config(settings: Settings) -> NormalizeConfig:
    """Return the document limits the settings ask for, the same for the API, files and feeds."""
    return NormalizeConfig(max_text_chars=settings.max_text_chars)


def worker_config(settings: Settings) -> WorkerConfig:
    """Translate the settings into the worker's own configuration."""
    feeds = FeedConfig(
        interval_seconds=settings.feed_poll_seconds,
        timeout_seconds=settings.feed_timeout_seconds,
        max_bytes=settings.feed_max_bytes,
        user_agent=settings.feed_user_agent or default_user_agent(),
    )
    return WorkerConfig(
        lease_seconds=settings.worker_lease_seconds,
        poll_interval=settings.worker_poll_seconds,
        max_attempts=settings.worker_max_attempts,
        batch_size=settings.worker_batch_size,
        backoff_base=settings.worker_backoff_seconds,
        feeds=feeds,
        normalize=normalize_config(settings),
    )


def make_extractor(gazetteer: Gazetteer) -> Extractor:
    """Build the extractor every entry point uses (the worker, `extract`, `eval`)."""
    extractor = RuleExtractor(gazetteer)
    # The gazetteer and the extractor's indexes (some 270k objects) live as long as the process: out of
    # the collector's full scans, which would walk them again and again while documents are read (3-4 %
    # of extraction time in bench/extract_speed.py).
    gc.collect()
    gc.freeze()
    # A report builds and drops some 7,000 containers (tokens' lists, matches, chunks, sentences), nearly all
    # freed by their reference counts, and leaves a few cycles at most: a young collection every 700
    # allocations walked the report's live sentences ten times a report (1.6 % of its instructions). Every
    # 20,000 it runs about once in three reports; the cycles it finds wait a little longer (kilobytes).
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, _YOUNG_THRESHOLD), gen1, gen2)
    return extractor


# Allocations between two collections of the youngest generation (Python's default is 700).
_YOUNG_THRESHOLD = 20_000


def make_worker(
    settings: Settings,
    store: GraphStore,
    gazetteer: Gazetteer,
    poll_feeds: bool = True,
    observer: WorkerObserver | None = None,
) -> Worker:
    """Build a worker over the store with the default extractor and the configured leases and retries.

    The observer (metrics) hears how each job ended.
    """
    config = replace(worker_config(settings), poll_feeds=poll_feeds)
    return Worker(store, make_extractor(gazetteer), config, observer=observer)
