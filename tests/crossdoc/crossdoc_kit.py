"""The cross-document set (reports.jsonl) and the real ingest path it is run through.

Each line of reports.jsonl is a document in the gold form of shared/eval/SCHEMA.md; each of its gold
contacts also names the real contact it is a report of in an `event` field, so that the tests know which
documents must end up as sources of one stored contact.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.startup import sync_leaders
from graph.merge import modes_compatible
from graph.models import Contact
from graph.protocol import GraphStore
from ingest.extract.base import Extractor
from ingest.gazetteer import load_default
from ingest.intake import IngestSummary, ingest_paths
from ingest.normalize import NormalizeConfig
from ingest.sources import Loaded, read_file
from ingest.worker import Worker, WorkerConfig

DATA = Path(__file__).with_name("reports.jsonl")
NORMALIZE = NormalizeConfig()
# Makes an empty, migrated store of one backend holding the gazetteer's leaders (tests/crossdoc/conftest.py).
StoreMaker = Callable[[], GraphStore]
# The worker's clock only stamps leases and timestamps; a fixed one keeps runs comparable.
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Report:
    """One gold contact as one document states it."""

    doc: str
    event: str
    contact: dict[str, Any]

    @property
    def countries(self) -> frozenset[str]:
        """The two participants' countries."""
        return frozenset((self.contact["a"]["country"], self.contact["b"]["country"]))


def read_gold(path: Path = DATA) -> list[dict[str, Any]]:
    """Read the gold documents, in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def events(records: list[dict[str, Any]]) -> dict[str, list[Report]]:
    """Group the gold contacts of every document by the real contact (event) they report."""
    out: dict[str, list[Report]] = defaultdict(list)
    for rec in records:
        for contact in rec["contacts"]:
            out[contact["event"]].append(Report(rec["id"], contact["event"], contact))
    return dict(out)


def stored_ids(path: Path = DATA) -> dict[str, str]:
    """Map each gold id to the id the store gives its document (from its URL, else its text)."""
    out: dict[str, str] = {}
    for item in read_file(path, NORMALIZE):
        assert isinstance(item, Loaded), f"{item.ref}: {item.message}"
        assert item.external_id is not None
        out[item.external_id] = item.document.id
    return out


def write_jsonl(records: list[dict[str, Any]], path: Path) -> Path:
    """Write records as a JSONL file (to feed ingest_paths another order of the same documents)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def with_leaders(store: GraphStore) -> GraphStore:
    """Write the gazetteer's leaders into a store, as the API and the worker do when they start."""
    sync_leaders(store, list(load_default().leaders.values()), None)
    return store


def ingest_and_work(store: GraphStore, path: Path, extractor: Extractor) -> IngestSummary:
    """Enqueue a file's documents as `diplograph ingest` does, then run a worker until the queue is empty."""
    summary = ingest_paths(store, [path], NORMALIZE)
    assert summary.errors == [], summary.errors
    work(store, extractor)
    return summary


def work(store: GraphStore, extractor: Extractor) -> None:
    """Run a worker with the extractor until no job is due, and check that every document is done."""
    config = WorkerConfig(lease_seconds=60, poll_interval=0.01, max_attempts=1, poll_feeds=False,
                          worker_id="crossdoc")
    worker = Worker(store, extractor, config, clock=lambda: NOW)
    worker.run_until_idle()
    stats = store.queue_stats()
    assert stats.get("queued", 0) == stats.get("processing", 0) == stats.get("failed", 0) == 0, stats


def all_contacts(store: GraphStore) -> list[Contact]:
    """Every stored contact (occurred and planned) with all its sources, ordered by id."""
    return sorted((c for batch in store.iter_contacts() for c in batch), key=lambda c: c.id)


GOLD = read_gold()
EVENTS = events(GOLD)


class Ingested:
    """A store holding the whole set, ingested in file order, and how to read it back by gold ids."""

    def __init__(self, store: GraphStore, extractor: Extractor, path: Path = DATA) -> None:
        ingest_and_work(store, path, extractor)
        self.store = store
        self.doc_ids = stored_ids(path)
        self.gold_of = {v: k for k, v in self.doc_ids.items()}
        self.contacts = all_contacts(store)

    def reporters(self, contact: Contact) -> set[str]:
        """The gold ids of the documents a stored contact's sources come from."""
        return {self.gold_of[s.document_id] for s in contact.sources}

    def events_of(self, contact: Contact) -> set[str]:
        """The events a stored contact's documents report with its pair and status and a compatible mode."""
        countries = frozenset((contact.a.country, contact.b.country))
        reporters = self.reporters(contact)
        return {e for e, reports in EVENTS.items() for r in reports
                if r.doc in reporters and r.countries == countries and r.contact["status"] == contact.status
                and modes_compatible(r.contact["mode"], contact.mode)}
