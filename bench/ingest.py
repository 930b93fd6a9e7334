"""Ingest speed: contacts per second written in batches, and documents per second through one worker.

    .venv/bin/python -m bench.ingest [--contacts 100k] [--docs 2000] [--neo4j]

- Contacts: a synthetic graph (bench/synth.py) written into an empty store by `save_extractions` in
  batches of 5,000 reports (documents imported first, untimed): reports and contacts per second over
  the whole load and over its last tenth. With --into, a further 50,000 contacts are written into a copy
  of a big store (`data/bench/` 1M file), which is the rate a full store keeps.
- Documents end to end: ~500-word English reports (bench/extract_speed.py's generator) enqueued as
  the API enqueues them, then one worker (the one `diplograph worker` runs: claim a batch with leases,
  extract, save) drains the queue; documents per second of the drain, and where the time went.
- Per CPU second: the same items over this process's CPU time, which other jobs on the machine do not
  blur as they blur wall time.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.synth import LoadStats, SynthGraph, gazetteer_countries, load, parse_size, size_label
from graph.models import Contact
from graph.protocol import GraphStore
from graph.sqlite.store import SqliteStore


@dataclass
class Rate:
    """One ingest measurement: items over wall seconds, and over this process's CPU seconds if known."""

    store: str
    what: str
    items: int
    seconds: float
    note: str = ""
    cpu_seconds: float | None = None

    @property
    def per_second(self) -> float:
        """Items per second."""
        return self.items / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float | None:
        """Items per CPU second of this process (what the machine's load does not blur), if measured."""
        return self.items / self.cpu_seconds if self.cpu_seconds else None


class CpuTimed:
    """A store whose save_extractions calls add up the CPU time they take (the rest passes through)."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.cpu_seconds = 0.0

    def save_extractions(self, items: Sequence[tuple[str, Sequence[Contact]]]) -> None:
        """Save, timing the CPU."""
        began = time.process_time()
        try:
            self.store.save_extractions(items)
        finally:
            self.cpu_seconds += time.process_time() - began

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def timed_load(store: GraphStore, graph: SynthGraph) -> tuple[LoadStats, float]:
    """Load a graph through the batch path; return the load's figures and its writes' CPU seconds."""
    timed = CpuTimed(store)
    gc.collect()
    gc.freeze()  # the generator's million objects are not the store's to scan
    try:
        stats = load(timed, graph)  # a GraphStore by delegation
    finally:
        gc.unfreeze()
    return stats, timed.cpu_seconds


def contact_rates(store: GraphStore, label: str, size: int, seed: int) -> list[Rate]:
    """Load a synthetic graph into an empty store; return its report and contact rates."""
    graph = SynthGraph(size, gazetteer_countries(), seed=seed)
    stats, cpu = timed_load(store, graph)
    contacts = store.counts().contacts
    return _rates(label, size, stats, cpu, contacts, "into an empty store")


def _rates(label: str, size: int, stats: LoadStats, cpu: float, contacts: int, where: str) -> list[Rate]:
    tail = stats.per_batch[-max(1, len(stats.per_batch) // 10) :]
    tail_reports = stats.reports * len(tail) / max(1, stats.batches)
    seconds = stats.contact_seconds
    return [
        Rate(label, f"reports, {size_label(size)} synthetic, {where}", stats.reports, seconds, "", cpu),
        Rate(label, f"contacts, {size_label(size)} synthetic, {where}", contacts, seconds,
             f"{stats.reports / max(1, contacts):.2f} reports per contact", cpu),
        Rate(label, "reports, last tenth of that load", round(tail_reports), sum(tail)),
    ]  # fmt: skip


def increment_rate(big: Path, size: int, seed: int, extra: int = 50_000) -> list[Rate]:
    """Write `extra` more contacts of the same graph into a copy of a store loaded with `size`."""
    with tempfile.TemporaryDirectory(dir=big.parent) as tmp:
        copy = Path(tmp) / big.name
        shutil.copyfile(big, copy)
        store = SqliteStore(copy)
        try:
            before = store.counts().contacts
            graph = SynthGraph(size + extra, gazetteer_countries(), seed=seed, skip=size)
            stats, cpu = timed_load(store, graph)
            added = store.counts().contacts - before
        finally:
            store.close()
    return _rates("SQLite", extra, stats, cpu, added, f"into a {size_label(size)} store")[:2]


@contextmanager
def fresh_sqlite() -> Iterator[SqliteStore]:
    """An empty, migrated SQLite store in a temporary directory."""
    with tempfile.TemporaryDirectory(dir="data") as tmp:
        store = SqliteStore(Path(tmp) / "ingest.db")
        store.migrate()
        try:
            yield store
        finally:
            store.close()


def document_rate(store: GraphStore, label: str, docs: int, batch: int | None = None) -> list[Rate]:
    """Enqueue ~500-word reports and drain them with one worker; return the end-to-end rate."""
    from app.settings import Settings
    from app.startup import make_worker, sync_leaders
    from bench.extract_speed import make_reports
    from ingest.gazetteer import load_default

    gazetteer = load_default()
    sync_leaders(store, list(gazetteer.leaders.values()), None)
    reports = make_reports(docs)
    began = time.perf_counter()
    for i in range(0, len(reports), 100):  # the API's largest POST
        store.enqueue(reports[i : i + 100])
    enqueued = time.perf_counter() - began
    worker = make_worker(Settings(store=":memory:"), store, gazetteer, poll_feeds=False)
    if batch is not None:
        worker.config = replace(worker.config, batch_size=batch)
    # As `diplograph serve` does once started: the gazetteer and extractor stay out of full collections.
    gc.collect()
    gc.freeze()
    began, cpu_began = time.perf_counter(), time.process_time()
    handled = worker.run_until_idle()
    drained, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    gc.unfreeze()
    done = store.queue_stats().get("done", 0)
    assert done == docs == handled, (done, docs, handled)
    extract = worker.stats.extract_seconds
    note = (f"{worker.stats.contacts:,} contacts; extraction {extract / drained:.0%} of the time, claim "
            f"and complete {1 - extract / drained:.0%}; batches of {worker.config.batch_size}")  # fmt: skip
    return [
        Rate(label, "documents enqueued (batches of 100)", docs, enqueued),
        Rate(label, "documents through one worker (claim, extract, complete)", docs, drained, note, cpu),
    ]


def run(
    sizes: list[int],
    docs: int,
    seed: int,
    into: Path | None,
    neo4j: Callable[[], GraphStore] | None,
    batch: int | None = None,
) -> list[Rate]:
    """Measure everything asked for; return the rows of the table."""
    rows: list[Rate] = []
    for size in sizes:
        with fresh_sqlite() as store:
            rows += contact_rates(store, "SQLite", size, seed)
    if into is not None and into.exists():
        size = parse_size(into.name.split("-")[1])
        rows += increment_rate(into, size, seed)
    if docs:
        with fresh_sqlite() as store:
            rows += document_rate(store, "SQLite", docs, batch)
    if neo4j is not None:
        for size in sizes:
            graph_store = neo4j()
            try:
                rows += contact_rates(graph_store, "Neo4j", size, seed)
            finally:
                graph_store.close()
        if docs:
            graph_store = neo4j()
            try:
                rows += document_rate(graph_store, "Neo4j", docs, batch)
            finally:
                graph_store.close()
    return rows


def print_rows(rows: list[Rate]) -> None:
    """Print the ingest table."""
    from bench.report import table

    print(table(
        "Ingest",
        ["store", "what", "items", "seconds", "per second", "per CPU second", "note"],
        [
            (r.store, r.what, r.items, round(r.seconds, 2), round(r.per_second),
             "" if r.per_cpu_second is None else round(r.per_cpu_second), r.note)
            for r in rows
        ],
    ))  # fmt: skip


def main() -> None:
    """Run the ingest benchmarks on SQLite (and Neo4j with --neo4j) and print the table."""
    from bench.report import machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=parse_size, nargs="+", default=[100_000])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--into", type=Path, help="a big SQLite store (data/bench/synth-1M-...db) to add to")
    parser.add_argument("--neo4j", action="store_true", help="also Neo4j (NEO4J_URI, or a local server)")
    parser.add_argument("--worker-batch", type=int, help="documents a worker claims at once (default 8)")
    args = parser.parse_args()
    print("\n".join(machine()))
    if args.neo4j:
        from bench.neo4j_server import neo4j_stores

        with neo4j_stores() as factory:
            rows = run(args.contacts, args.docs, args.seed, args.into, factory, args.worker_batch)
    else:
        rows = run(args.contacts, args.docs, args.seed, args.into, None, args.worker_batch)
    print_rows(rows)


if __name__ == "__main__":
    main()
