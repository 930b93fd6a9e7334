"""Every benchmark in one command: API latency by size and store, throughput, memory, ingest, extraction.

    scripts/bench                                   # SQLite at 10k, 100k and 1M contacts; Neo4j at 10k, 100k
    scripts/bench --sizes 10k,100k --stores sqlite  # quicker
    scripts/bench --sections latency --neo4j-sizes 10k,100k,1M

Stores are synthetic graphs (bench/synth.py); SQLite files are kept under data/bench/ and reused while
the generator and schema are unchanged; Neo4j is loaded for each size through its batch path (on the
server NEO4J_URI names, else a local one, see bench/neo4j_server.py). The tables are printed and written
to bench/results/<date>.md; docs/BENCHMARKS.md explains them.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.api_latency import endpoints, load_endpoint, serve
from bench.report import machine, table
from bench.stores import sqlite_store
from bench.synth import parse_size, size_label

RESULTS = Path("bench/results")
# The targets on this machine, per endpoint: p50 and p99 in ms (SQLite at 1M contacts).
TARGETS = {
    "pairs": (5.0, 50.0),
    "contacts by leader": (5.0, 50.0),
    "contacts by pair": (5.0, 50.0),
    "contacts by country": (5.0, 50.0),
    "counterparts": (5.0, 50.0),
    "country network, one year": (None, 150.0),
}


@dataclass
class Options:
    """What to run, from the command line."""

    sizes: list[int]
    neo4j_sizes: list[int]
    stores: list[str]
    sections: list[str]
    seconds: float
    connections: int
    workers: int
    throughput_connections: int
    seed: int
    rebuild: bool


def parse() -> Options:
    """Read the command line."""
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="10k,100k,1M", help="SQLite store sizes (contacts)")
    p.add_argument("--neo4j-sizes", default="10k,100k", help="Neo4j store sizes (contacts)")
    p.add_argument("--stores", default="sqlite,neo4j")
    p.add_argument("--sections", default="latency,ingest,extract",
                   help="any of latency (with throughput and memory), ingest, extract")  # fmt: skip
    p.add_argument("--seconds", type=float, default=10.0, help="load per endpoint, after a 2 s warm-up")
    p.add_argument("--connections", type=int, default=4, help="concurrent connections for latency")
    p.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    p.add_argument("--throughput-connections", type=int, default=16)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--rebuild", action="store_true", help="rebuild the cached SQLite stores")
    a = p.parse_args()

    def sizes(text: str) -> list[int]:
        return [parse_size(x) for x in text.split(",") if x.strip()]

    return Options(
        sizes=sizes(a.sizes), neo4j_sizes=sizes(a.neo4j_sizes), stores=a.stores.split(","),
        sections=a.sections.split(","), seconds=a.seconds, connections=a.connections, workers=a.workers,
        throughput_connections=a.throughput_connections, seed=a.seed, rebuild=a.rebuild,
    )  # fmt: skip


class Report:
    """Collects the printed sections and writes them to bench/results/ as well."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        """Print a part and keep it."""
        print(text, flush=True)
        self.parts.append(text)

    def save(self) -> Path:
        """Write everything printed to a dated Markdown file."""
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{datetime.now(UTC):%Y-%m-%d-%H%M}.md"
        path.write_text("\n".join(self.parts) + "\n", encoding="utf-8")
        return path


# Load figures of the Neo4j stores loaded for the latency runs, by size (reported with the ingest).
neo4j_loads: dict[int, dict[str, float]] = {}


@dataclass
class Served:
    """A store to serve: its label, size, where it is, its targets, the server's environment."""

    store: str
    size: int
    location: str
    targets: dict[str, list[Any]]
    env: dict[str, str]
    contacts: int


def sqlite_served(opts: Options, report: Report) -> Iterator[Served]:
    """Yield the SQLite stores of each size, building the missing ones (their load figures reported)."""
    for size in opts.sizes:
        began = time.perf_counter()
        built = sqlite_store(size, opts.seed, rebuild=opts.rebuild)
        if time.perf_counter() - began > 5:
            report.add(f"built the {size_label(size)} SQLite store in {time.perf_counter() - began:.0f} s")
        yield Served("SQLite", size, built.location, built.targets, {}, built.contacts)


@contextmanager
def neo4j_context(opts: Options) -> Iterator[Callable[[int], Served]]:
    """Yield a loader of Neo4j stores by size on one server (each load wipes the database first)."""
    from bench.neo4j_server import empty_store, neo4j_server
    from bench.stores import load_figures, load_into, targets

    with neo4j_server() as server:

        def load(size: int) -> Served:
            store = empty_store(server)
            try:
                stats, graph = load_into(store, size, opts.seed, f"Neo4j {size_label(size)}")
                contacts = store.counts().contacts
            finally:
                store.close()
            figures = load_figures(stats, contacts)
            neo4j_loads[size] = figures
            env = {"NEO4J_USER": server.user, "NEO4J_PASSWORD": server.password}
            return Served("Neo4j", size, server.uri, targets(graph, opts.seed), env, contacts)

        yield load


def latency(opts: Options, report: Report, served: Served, rows: list[tuple[Any, ...]],
            memory: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """Serve one store and load each endpoint; add its rows and the servers' memory."""
    paths = endpoints(served.targets)
    with serve(served.location, opts.workers, served.env) as server:
        from bench.api_latency import check_answers

        check_answers(server.url, paths)
        for name, listing in paths.items():
            r = load_endpoint(server.url, name, listing, opts.seconds, opts.connections)
            rows.append((served.store, size_label(served.size), name, r.requests, round(r.rps),
                         r.p50, r.p99, r.max, r.errors))  # fmt: skip
            tool = r.tool
        pids = server.pids()
        per_worker = {pid: mb for pid, mb in server.memory_mb().items() if pid != pids[0] or len(pids) == 1}
        worst = max(per_worker.values(), key=lambda m: m[0])
        memory.append((served.store, size_label(served.size), f"{served.contacts:,}",
                       round(worst[0]), round(worst[1])))  # fmt: skip
    report.add(f"{served.store} {size_label(served.size)}: loaded with {tool}, {opts.workers} workers")


def throughput(opts: Options, served: Served) -> tuple[Any, ...]:
    """Pair requests per second with the given workers at higher concurrency."""
    paths = endpoints(served.targets)["pairs"]
    with serve(served.location, opts.workers, served.env) as server:
        r = load_endpoint(server.url, "pairs", paths, opts.seconds, opts.throughput_connections, threads=2)
    return (served.store, size_label(served.size), opts.workers, opts.throughput_connections,
            r.requests, round(r.rps), r.p50, r.p99, r.errors)  # fmt: skip


def run_latency(opts: Options, report: Report) -> None:
    """Latency per endpoint and size, memory per size, pair throughput at the largest size."""
    rows: list[tuple[Any, ...]] = []
    memory: list[tuple[Any, ...]] = []
    through: list[tuple[Any, ...]] = []
    largest: Served | None = None
    if "sqlite" in opts.stores:
        for served in sqlite_served(opts, report):
            latency(opts, report, served, rows, memory)
            largest = served
        if largest is not None:
            through.append(throughput(opts, largest))
    if "neo4j" in opts.stores and opts.neo4j_sizes:
        with neo4j_context(opts) as load:
            for size in opts.neo4j_sizes:
                served = load(size)
                latency(opts, report, served, rows, memory)
            through.append(throughput(opts, served))
    headers = ["store", "size", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors"]
    report.add(table(f"API latency through HTTP ({opts.connections} connections, {opts.workers} uvicorn "
                     f"workers, {opts.seconds:.0f} s per endpoint)", headers, rows))  # fmt: skip
    report.add(curve(rows))
    report.add(table("Server memory (largest worker process, after the runs)",
                     ["store", "size", "contacts", "RSS MB", "peak RSS MB"], memory))  # fmt: skip
    report.add(table(f"Pair throughput ({opts.throughput_connections} connections, wrk -t2)",
                     ["store", "size", "workers", "connections", "requests", "req/s", "p50 ms", "p99 ms",
                      "errors"], through))  # fmt: skip
    if neo4j_loads:
        report.add(table("Neo4j loads through save_extractions (5,000 reports a batch)",
                         ["size", *next(iter(neo4j_loads.values())).keys()],
                         [(size_label(k), *v.values()) for k, v in neo4j_loads.items()]))  # fmt: skip


def curve(rows: list[tuple[Any, ...]]) -> str:
    """Per store and endpoint: p99 at each size, the ratio of the largest to the smallest, targets."""
    by: dict[tuple[str, str], dict[str, float]] = {}
    sizes: list[str] = []
    for store, size, name, *_, p99, _max, _errors in rows:
        by.setdefault((store, name), {})[size] = p99
        if size not in sizes:
            sizes.append(size)
    out = []
    for (store, name), p99s in by.items():
        present = [s for s in sizes if s in p99s]
        ratio = p99s[present[-1]] / p99s[present[0]] if len(present) > 1 and p99s[present[0]] else 0.0
        out.append((store, name, *(p99s.get(s, "") for s in sizes), round(ratio, 2)))
    return table("p99 (ms) by size: the curve, and p99 at the largest over p99 at the smallest",
                 ["store", "endpoint", *sizes, "ratio"], out)  # fmt: skip


def run_ingest(opts: Options, report: Report) -> None:
    """Contacts per second into each store, into a big SQLite store, and documents through one worker."""
    from bench.ingest import Rate, document_rate, fresh_sqlite, increment_rate, print_rows

    rows: list[Rate] = []
    if "sqlite" in opts.stores:
        for size in opts.sizes:
            # Built (or rebuilt) by the latency section when it ran.
            built = sqlite_store(size, opts.seed, rebuild=opts.rebuild and "latency" not in opts.sections)
            rows += _load_rates("SQLite", size, built.load, built.reports, built.contacts)
        big = max(opts.sizes) if opts.sizes else 0
        if big >= 100_000:
            rows += increment_rate(Path(sqlite_store(big, opts.seed).location), big, opts.seed)
        with fresh_sqlite() as sqlite:
            rows += document_rate(sqlite, "SQLite", 2000)
    for size, figures in neo4j_loads.items():
        seconds = figures["seconds"]
        reports, contacts = figures["reports_per_s"] * seconds, figures["contacts_per_s"] * seconds
        rows += _load_rates("Neo4j", size, figures, round(reports), round(contacts))
    if "neo4j" in opts.stores:
        from bench.ingest import contact_rates
        from bench.neo4j_server import neo4j_stores

        with neo4j_stores() as factory:
            if not neo4j_loads:
                neo4j = factory()
                try:
                    rows += contact_rates(neo4j, "Neo4j", 20_000, opts.seed)
                finally:
                    neo4j.close()
            neo4j = factory()
            try:
                rows += document_rate(neo4j, "Neo4j", 1000)
            finally:
                neo4j.close()
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        print_rows(rows)
    report.add(buffer.getvalue())


def _load_rates(store: str, size: int, figures: dict[str, float], reports: int, contacts: int) -> list[Any]:
    """Rows for a synthetic load: reports and contacts per second of save_extractions."""
    from bench.ingest import Rate

    label, seconds = size_label(size), figures["seconds"]
    tail = f"last tenth of the load: {figures['last_tenth_reports_per_s']:,.0f}/s"
    ratio = f"{reports / max(1, contacts):.2f} reports per contact"
    return [
        Rate(store, f"reports, {label} synthetic, into an empty store", reports, seconds, tail),
        Rate(store, f"contacts, {label} synthetic, into an empty store", contacts, seconds, ratio),
    ]


def run_extract(report: Report) -> None:
    """The extraction engineer's benchmark, run as it is."""
    out = subprocess.run([sys.executable, "-m", "bench.extract_speed", "--docs", "1000"],
                         capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
    report.add("\nExtraction (bench/extract_speed.py --docs 1000)\n\n" + (out.stdout or out.stderr))
    out = subprocess.run([sys.executable, "-m", "bench.extract_hostile"],
                         capture_output=True, text=True, timeout=1800, check=False)  # fmt: skip
    report.add(out.stdout or out.stderr)


def main() -> None:
    """Run the chosen sections and print (and save) their tables."""
    opts = parse()
    report = Report()
    report.add("# Diplograph benchmarks\n\n" + "\n".join(f"- {line}" for line in machine()))
    report.add(f"- command: python -m bench {' '.join(sys.argv[1:])}".rstrip())
    if "latency" in opts.sections:
        run_latency(opts, report)
    if "ingest" in opts.sections:
        run_ingest(opts, report)
    if "extract" in opts.sections:
        run_extract(report)
    print(f"\nsaved to {report.save()}")


if __name__ == "__main__":
    main()
