"""Benchmark stores: synthetic graphs loaded once into SQLite files (kept under data/bench/) or into Neo4j.

A SQLite store is named by its size, seed, generator version and schema version, so a file is reused
only when the same code would build the same store. Beside it, a JSON file holds the loading figures
and the request targets (pairs, leaders, countries) the API benchmark asks about.
"""

from __future__ import annotations

import gc
import json
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.synth import LoadStats, SynthGraph, gazetteer_countries, load, size_label
from graph.protocol import GraphStore
from graph.sqlite.schema import SCHEMA_VERSION
from graph.sqlite.store import SqliteStore

DATA_DIR = Path("data/bench")
# How many distinct targets of each kind the API benchmark cycles through.
TARGETS = 400


@dataclass
class Built:
    """A loaded store: where it is, what it holds, how fast it was written, and what to ask it."""

    location: str
    size: int
    contacts: int
    reports: int
    documents: int
    load: dict[str, float]
    targets: dict[str, list[Any]]


def _progress(label: str, total: int) -> Any:
    began = time.perf_counter()

    def show(stats: LoadStats) -> None:
        if stats.batches % 20 == 0:
            rate = stats.reports_per_second
            done = f"{stats.reports:,} reports ({stats.reports / total:.0%} of ~{total:,})"
            took = f"{rate:,.0f}/s in writes, {time.perf_counter() - began:.0f} s"
            print(f"  {label}: {done}, {took}", file=sys.stderr)

    return show


def generate(size: int, seed: int) -> SynthGraph:
    """Generate a graph; its objects are frozen out of the garbage collector's scans (they live long)."""
    began = time.perf_counter()
    graph = SynthGraph(size, gazetteer_countries(), seed=seed)
    gc.collect()
    gc.freeze()
    print(f"  generated {size_label(size)} contacts in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return graph


def load_figures(stats: LoadStats, contacts: int) -> dict[str, float]:
    """Summarize a load: reports and contacts per second of save_extractions, and the last tenth's rate."""
    tail = stats.per_batch[-max(1, len(stats.per_batch) // 10) :]
    tail_reports = stats.reports * len(tail) / max(1, stats.batches)
    return {
        "seconds": round(stats.contact_seconds, 2),
        "reports_per_s": round(stats.reports_per_second),
        "contacts_per_s": round(contacts / stats.contact_seconds) if stats.contact_seconds else 0,
        "last_tenth_reports_per_s": round(tail_reports / sum(tail)) if sum(tail) else 0,
        "document_import_s": round(stats.document_seconds, 2),
    }


def sqlite_store(size: int, seed: int, data_dir: Path = DATA_DIR, rebuild: bool = False) -> Built:
    """Return the SQLite store of this size and seed, building it when missing (or asked to)."""
    from bench.synth import GENERATOR_VERSION

    data_dir.mkdir(parents=True, exist_ok=True)
    stem = f"synth-{size_label(size)}-s{seed}-g{GENERATOR_VERSION}-v{SCHEMA_VERSION}"
    path, meta = data_dir / f"{stem}.db", data_dir / f"{stem}.json"
    if not rebuild and not (path.exists() and meta.exists()):
        _upgrade_older(data_dir, f"synth-{size_label(size)}-s{seed}-g{GENERATOR_VERSION}", path)
    if path.exists() and meta.exists() and not rebuild:
        return Built(**json.loads(meta.read_text()))
    for leftover in data_dir.glob(f"{stem}.db*"):
        leftover.unlink()
    graph = generate(size, seed)
    store = SqliteStore(path)
    try:
        store.migrate()
        stats = load(store, graph, progress=_progress(f"SQLite {size_label(size)}", int(size * 1.39)))
        counts = store.counts()
    finally:
        store.close()
    built = Built(
        location=str(path),
        size=size,
        contacts=counts.contacts,
        reports=stats.reports,
        documents=stats.documents,
        load=load_figures(stats, counts.contacts),
        targets=targets(graph, seed),
    )
    meta.write_text(json.dumps(asdict(built), indent=1))
    gc.unfreeze()
    return built


def _upgrade_older(data_dir: Path, prefix: str, path: Path) -> None:
    """Migrate the newest store of an older schema built by the same generator, and take it as this one.

    Migrations only add to a store, so a migrated store holds what a fresh build would (a 1M build takes
    minutes; most migrations seconds).
    """
    older = sorted(
        (int(p.stem.rsplit("-v", 1)[1]), p) for p in data_dir.glob(f"{prefix}-v*.db")
        if p.stem.rsplit("-v", 1)[1].isdigit() and p.with_suffix(".json").exists()
    )
    if not older or older[-1][0] >= SCHEMA_VERSION:
        return
    version, found = older[-1]
    began = time.perf_counter()
    store = SqliteStore(found)
    try:
        store.migrate()
    finally:
        store.close()
    for part in sorted(data_dir.glob(f"{found.name}*")):  # the file, its WAL and the leaders' fingerprint
        part.rename(path.with_name(path.name + part.name[len(found.name) :]))
    described = json.loads(found.with_suffix(".json").read_text())
    path.with_suffix(".json").write_text(json.dumps({**described, "location": str(path)}, indent=1))
    found.with_suffix(".json").unlink()
    took = time.perf_counter() - began
    print(f"  migrated {found.name}: schema {version} -> {SCHEMA_VERSION} in {took:.0f} s", file=sys.stderr)


def load_into(store: GraphStore, size: int, seed: int, label: str) -> tuple[LoadStats, SynthGraph]:
    """Load the graph of this size and seed into an empty store through its batch path."""
    graph = generate(size, seed)
    stats = load(store, graph, progress=_progress(label, int(size * 1.39)))
    gc.unfreeze()
    return stats, graph


def targets(graph: SynthGraph, seed: int, n: int = TARGETS) -> dict[str, list[Any]]:
    """Pick what the API benchmark asks about: half weighted by contacts (popular leaders are asked about
    more, and hubs are the slow cases), half uniform over those with any contact."""
    rng = random.Random(seed + 7)
    pairs = graph.pair_counts()
    leaders = graph.leader_counts()
    countries: dict[str, int] = {}
    for person in graph.people:
        country = person.participant.country
        countries[country] = countries.get(country, 0) + leaders.get(person.leader.id, 0)

    def pick(counts: dict[Any, int]) -> list[Any]:
        keys = sorted(k for k, v in counts.items() if v > 0)
        weights = [counts[k] for k in keys]
        half = n // 2
        return rng.choices(keys, weights=weights, k=half) + rng.choices(keys, k=n - half)

    return {
        "pairs": [list(p) for p in pick(dict(pairs))],
        "leaders": pick(dict(leaders)),
        "countries": pick(countries),
    }
