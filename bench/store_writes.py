"""Contact writes into both stores: one write per contact against batched writes, and contacts per second.

    .venv/bin/python bench/store_writes.py [--contacts 5000] [--per-row 1000] [--batch 2500]

Neo4j: the server NEO4J_URI names (NEO4J_USER / NEO4J_PASSWORD; its database is wiped, so loopback
only), else a local one started from .neo4j-launcher/ for the run and stopped after. The same synthetic
contacts (distinct pairs and days among 300 plainly fictional leaders, each reported by its own
document) are written per row (one save_extractions call, so one transaction, per contact) and batched
(one call per --batch contacts) into a fresh database each time, after one untimed batch that warms the
server. Prints a table; see docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from graph.keys import content_hash, document_id
from graph.merge import build_contact
from graph.models import Assertion, Contact, Document, Leader, Mode, Office, Participant, Source
from graph.neo4j.server import LocalNeo4j, ServerInfo, is_loopback
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
        source = Source(
            document_id=doc.id,
            evidence=text,
            start=0,
            end=len(text),
            assertion=Assertion(
                date=day, date_precision="day", topics=tuple(rng.sample(TOPICS, 2)), confidence=0.8
            ),
        )
        contact = build_contact(a, b, rng.choice(MODES), "occurred", [source])
        docs.append(doc)
        items.append((doc.id, [contact]))
    return docs, items


def timed(write: Callable[[], None]) -> float:
    began = time.perf_counter()
    write()
    return time.perf_counter() - began


def per_row(store: GraphStore, items: Sequence[Item]) -> float:
    def write() -> None:
        for item in items:
            store.save_extractions([item])

    return timed(write)


def batched(store: GraphStore, items: Sequence[Item], batch: int) -> float:
    def write() -> None:
        for i in range(0, len(items), batch):
            store.save_extractions(items[i : i + batch])

    return timed(write)


def prepare(store: GraphStore, cast: Sequence[Leader], docs: Sequence[Document]) -> None:
    store.upsert_leaders(cast)
    for i in range(0, len(docs), 2000):
        store.enqueue(docs[i : i + 2000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000, help="contacts written batched")
    parser.add_argument("--per-row", type=int, default=1000, help="contacts written one per transaction")
    parser.add_argument("--batch", type=int, default=2500, help="contacts per batched call")
    args = parser.parse_args()
    cast = leaders(300)
    docs, items = workload(max(args.contacts, args.per_row), cast)
    rows: list[tuple[str, str, int, float]] = []

    def neo4j_runs(server: ServerInfo) -> None:
        if not is_loopback(server.uri):
            sys.exit(f"refusing to wipe a non-loopback Neo4j: {server.uri}")
        store = Neo4jStore(server.uri, server.user, server.password)
        store.migrate()
        # A server runs for weeks: warm its JIT and plan cache with one untimed batch first.
        prepare(store, cast, docs)
        batched(store, items[-args.batch :], args.batch)
        runs: list[tuple[str, int, Callable[[], float]]] = [
            ("per row", args.per_row, lambda: per_row(store, items[: args.per_row])),
            (
                f"batched ({args.batch}/call)",
                args.contacts,
                lambda: batched(store, items[: args.contacts], args.batch),
            ),
        ]
        for label, count, run in runs:
            store.wipe()
            store.migrate()
            prepare(store, cast, docs)
            seconds = run()
            assert store.counts().contacts == count, store.counts()
            rows.append(("Neo4j", label, count, seconds))
        store.close()

    uri = os.environ.get("NEO4J_URI")
    if uri:
        user, password = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
        neo4j_runs(ServerInfo(uri, user, password, pid=0, home="", log="", started_in=0.0))
    else:
        local = LocalNeo4j()
        server = local.start(record=False)
        try:
            neo4j_runs(server)
        finally:
            local.stop(server)

    with tempfile.TemporaryDirectory() as tmp:
        for label, count, name in (
            ("per row", args.per_row, "rows.db"),
            (f"batched ({args.batch}/call)", args.contacts, "batched.db"),
        ):
            store = SqliteStore(Path(tmp) / name)
            store.migrate()
            prepare(store, cast, docs)
            if label == "per row":
                seconds = per_row(store, items[:count])
            else:
                seconds = batched(store, items[:count], args.batch)
            assert store.counts().contacts == count, store.counts()
            rows.append(("SQLite", label, count, seconds))
            store.close()

    print(f"\nContact writes ({platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs)\n")  # fmt: skip
    print(f"{'store':<8}{'mode':<24}{'contacts':>10}{'seconds':>10}{'contacts/s':>12}")
    for store_name, label, count, seconds in rows:
        print(f"{store_name:<8}{label:<24}{count:>10}{seconds:>10.2f}{count / seconds:>12,.0f}")
    rate = {(s, label.split(" ")[0]): c / t for s, label, c, t in rows}
    for store_name in ("Neo4j", "SQLite"):
        ratio = rate[(store_name, "batched")] / rate[(store_name, "per")]
        print(f"{store_name}: batched is {ratio:.1f}x faster per contact than one write per contact")


if __name__ == "__main__":
    main()
