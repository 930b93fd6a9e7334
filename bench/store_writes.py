"""Contact writes into both stores: one write per contact against batched writes, and contacts per second.

    .venv/bin/python bench/store_writes.py [--contacts 5000] [--per-row 1000] [--batch 2500] [--runs 3]
                                           [--warmup 3]

Neo4j: the server NEO4J_URI names (NEO4J_USER / NEO4J_PASSWORD; its database is wiped, so loopback
only; NEO4J_PID, as scripts/neo4j-start prints it, lets the table show the server's CPU time), else a
local one started for the run and stopped after (with a fixed 2 GB heap, as bench/neo4j_server.py).
The same synthetic contacts (distinct pairs and days among 300 plainly fictional leaders, each reported
by its own document) are written per row (one save_extractions call, so one transaction, per contact)
and batched (one call per --batch contacts) into a fresh database each time. Before the timed runs the
whole plan runs --warmup times untimed: a fresh server spends more CPU compiling its hot code (the JIT)
than writing, and a deployed one has long finished. The batched write runs --runs times; the table
shows each run with the CPU seconds of this process, of the server and of the server's JIT compiler
threads (near zero once warm), and the load average. The workload is frozen out of the
garbage collector's scans, as a long-lived ingest process keeps its own heap small. Prints a table;
see docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from graph.keys import content_hash, document_id
from graph.merge import build_contact
from graph.models import Assertion, Contact, Document, Leader, Mode, Office, Participant, Source
from graph.neo4j.server import HEAP_ENV, LocalNeo4j, ServerInfo, is_loopback
from graph.neo4j.store import Neo4jStore
from graph.protocol import GraphStore
from graph.sqlite.store import SqliteStore

COUNTRIES = ("FRA", "DEU", "TUR", "EGY", "BRA", "JPN", "KEN", "CAN", "IND", "MEX")
TOPICS = ("trade_economy", "energy", "security_defense", "regional_situation", "humanitarian")
MODES: tuple[Mode, ...] = ("phone", "video", "in_person", "written")
Item = tuple[str, list[Contact]]


def leaders(n: int) -> list[Leader]:
    return [
        Leader(
            id=f"bench-leader-{i:03d}",
            name=f"Bench Leader {i:03d}",
            offices=(Office(country=COUNTRIES[i % len(COUNTRIES)], role="head_of_state"),),
        )
        for i in range(n)
    ]


def workload(n: int, cast: Sequence[Leader], seed: int = 7) -> tuple[list[Document], list[Item]]:
    """Build n contacts on distinct (pair, day) keys, each reported by a document of its own."""
    rng = random.Random(seed)
    people = [
        Participant(leader_id=ldr.id, name=ldr.name, country=ldr.offices[0].country, role="head_of_state")
        for ldr in cast
    ]
    docs: list[Document] = []
    items: list[Item] = []
    seen: set[tuple[str, str, str]] = set()
    start = date(2015, 1, 1)
    while len(items) < n:
        a, b = rng.sample(people, 2)
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        x, y = sorted((a.leader_id, b.leader_id))
        key = (x, y, day[:9])  # ten-day buckets: no two reports merge
        if key in seen:
            continue
        seen.add(key)
        text = f"Bench report {len(items)}: {a.name} and {b.name} talked on {day}."
        doc = Document(id=document_id(None, text), text=text, content_hash=content_hash(text))
        mode = rng.choice(MODES)
        source = Source(
            document_id=doc.id,
            evidence=text,
            start=0,
            end=len(text),
            # As the extractor does, the report says its own mode.
            assertion=Assertion(
                mode=mode, date=day, date_precision="day", topics=tuple(rng.sample(TOPICS, 2)), confidence=0.8
            ),
        )
        contact = build_contact(a, b, mode, "occurred", [source])
        docs.append(doc)
        items.append((doc.id, [contact]))
    return docs, items


@dataclass
class Run:
    """One timed write: wall seconds, CPU seconds of this process and of the server (None: unknown)."""

    store: str
    mode: str
    contacts: int
    seconds: float
    python_cpu: float
    server_cpu: float | None
    load: float
    jit_cpu: float | None = None


def _stat_cpu(stat: Path) -> float:
    """Return the CPU seconds (user + system) in a /proc stat file (of a process or one of its threads)."""
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float | None:
    """Return the CPU seconds (user + system) a process has used, or None when it cannot be read."""
    try:
        return _stat_cpu(Path(f"/proc/{pid}/stat"))
    except (OSError, IndexError):
        return None


def jit_cpu(pid: int) -> float | None:
    """Return the CPU seconds a JVM's JIT compiler threads have used, or None when they cannot be read."""
    try:
        return sum(
            _stat_cpu(task / "stat")
            for task in Path(f"/proc/{pid}/task").iterdir()
            if (task / "comm").read_text().startswith(("C1 Compiler", "C2 Compiler"))
        )
    except (OSError, IndexError):
        return None


def _spent(before: float | None, after: float | None) -> float | None:
    return after - before if before is not None and after is not None else None


def timed(store: str, mode: str, contacts: int, write: Callable[[], None], server_pid: int = 0) -> Run:
    server_before = process_cpu(server_pid) if server_pid else None
    jit_before = jit_cpu(server_pid) if server_pid else None
    cpu = time.process_time()
    began = time.perf_counter()
    write()
    seconds = time.perf_counter() - began
    server = _spent(server_before, process_cpu(server_pid) if server_pid else None)
    jit = _spent(jit_before, jit_cpu(server_pid) if server_pid else None)
    return Run(store, mode, contacts, seconds, time.process_time() - cpu, server, os.getloadavg()[0], jit)


def per_row(store: GraphStore, items: Sequence[Item]) -> Callable[[], None]:
    def write() -> None:
        for item in items:
            store.save_extractions([item])

    return write


def batched(store: GraphStore, items: Sequence[Item], batch: int) -> Callable[[], None]:
    def write() -> None:
        for i in range(0, len(items), batch):
            store.save_extractions(items[i : i + batch])

    return write


def prepare(store: GraphStore, cast: Sequence[Leader], docs: Sequence[Document]) -> None:
    store.upsert_leaders(cast)
    for i in range(0, len(docs), 2000):
        store.enqueue(docs[i : i + 2000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000, help="contacts written batched")
    parser.add_argument("--per-row", type=int, default=1000, help="contacts written one per transaction")
    parser.add_argument("--batch", type=int, default=2500, help="contacts per batched call")
    parser.add_argument("--runs", type=int, default=3, help="batched runs into each store")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs of the plan that warm Neo4j")
    args = parser.parse_args()
    cast = leaders(300)
    docs, items = workload(max(args.contacts, args.per_row), cast)
    gc.collect()
    gc.freeze()
    runs: list[Run] = []
    label = f"batched ({args.batch}/call)"

    def neo4j_runs(server: ServerInfo) -> None:
        store = Neo4jStore(server.uri, server.user, server.password)
        plan = [("per row", args.per_row, per_row(store, items[: args.per_row]))]
        plan += [(label, args.contacts, batched(store, items[: args.contacts], args.batch))] * args.runs
        # A server runs for weeks: warm its JIT and plan cache by running the plan untimed first.
        for warm in range(args.warmup + 1):
            for mode, count, write in plan:
                store.wipe()
                store.migrate()
                prepare(store, cast, docs)
                run = timed("Neo4j", mode, count, write, server.pid)
                assert store.counts().contacts == count, store.counts()
                if warm == args.warmup:
                    runs.append(run)
        store.close()

    uri = os.environ.get("NEO4J_URI")
    if uri:
        if not is_loopback(uri):
            sys.exit(f"refusing to wipe a non-loopback Neo4j: {uri}")
        user, password = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
        pid = int(os.environ.get("NEO4J_PID", "0"))
        neo4j_runs(ServerInfo(uri, user, password, pid=pid, home="", log="", started_in=0.0))
    else:
        # The heap bench/neo4j_server.py gives the servers it starts (see graph.neo4j.server.jvm_flags).
        os.environ.setdefault(HEAP_ENV, "2048")
        local = LocalNeo4j()
        server = local.start(record=False)
        try:
            neo4j_runs(server)
        finally:
            local.stop(server)

    with tempfile.TemporaryDirectory() as tmp:
        plan = [("per row", args.per_row)] + [(label, args.contacts)] * args.runs
        for n, (mode, count) in enumerate(plan):
            store = SqliteStore(Path(tmp) / f"{n}.db")
            store.migrate()
            prepare(store, cast, docs)
            write = (
                per_row(store, items[:count])
                if mode == "per row"
                else batched(store, items[:count], args.batch)
            )
            runs.append(timed("SQLite", mode, count, write))
            assert store.counts().contacts == count, store.counts()
            store.close()

    print(f"\nContact writes ({platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs)\n")  # fmt: skip
    print(f"{'store':<8}{'mode':<24}{'contacts':>10}{'seconds':>9}{'contacts/s':>12}"
          f"{'py cpu s':>10}{'server cpu s':>14}{'jit cpu s':>11}{'load':>6}")  # fmt: skip
    for r in runs:
        spent = f"{r.server_cpu:.2f}" if r.server_cpu is not None else "-"
        jit = f"{r.jit_cpu:.2f}" if r.jit_cpu is not None else "-"
        print(f"{r.store:<8}{r.mode:<24}{r.contacts:>10}{r.seconds:>9.2f}{r.contacts / r.seconds:>12,.0f}"
              f"{r.python_cpu:>10.2f}{spent:>14}{jit:>11}{r.load:>6.1f}")  # fmt: skip
    for store_name in ("Neo4j", "SQLite"):
        mine = [r for r in runs if r.store == store_name]
        rates = [r.contacts / r.seconds for r in mine if r.mode != "per row"]
        one = next(r.contacts / r.seconds for r in mine if r.mode == "per row")
        best, median = max(rates), statistics.median(rates)
        print(f"{store_name}: batched {median:,.0f} contacts/s (median of {len(rates)}; best {best:,.0f}), "
              f"{median / one:.1f}x one write per contact")  # fmt: skip


if __name__ == "__main__":
    main()
