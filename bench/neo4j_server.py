"""A Neo4j for benchmarks: the server NEO4J_URI names (loopback only: it is wiped), else a local one.

The local server is the project's launcher (`graph.neo4j.server.LocalNeo4j`, see docs/NEO4J.md),
started for the run on a fresh data directory with a 1 GB page cache and a fixed 2 GB heap
(DIPLOGRAPH_NEO4J_PAGECACHE_MB and DIPLOGRAPH_NEO4J_HEAP_MB override them) and stopped after it. A
server NEO4J_URI names may come with NEO4J_PID (as scripts/neo4j-start prints it), so benchmarks can
read the server's CPU time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from graph.neo4j.server import HEAP_ENV, LocalNeo4j, ServerInfo, is_loopback
from graph.neo4j.store import Neo4jStore

# Page cache and heap of the local server the benchmarks start.
PAGE_CACHE_MB = 1024
HEAP_MB = 2048


@contextmanager
def neo4j_server() -> Iterator[ServerInfo]:
    """Yield the server to use, starting (and later stopping) a local one unless NEO4J_URI names one."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        if not is_loopback(uri):
            sys.exit(f"refusing to wipe a non-loopback Neo4j: {uri}")
        user, password = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
        pid = int(os.environ.get("NEO4J_PID", "0"))
        yield ServerInfo(uri, user, password, pid=pid, home="", log="", started_in=0.0)
        return
    # A deployment sizes the page cache to its store and the heap to its load; the launcher's defaults
    # (128 MB, at most 1 GB) are for tests.
    os.environ.setdefault("DIPLOGRAPH_NEO4J_PAGECACHE_MB", str(PAGE_CACHE_MB))
    os.environ.setdefault(HEAP_ENV, str(HEAP_MB))
    local = LocalNeo4j()
    server = local.start(record=False)
    try:
        yield server
    finally:
        local.stop(server)


def empty_store(server: ServerInfo) -> Neo4jStore:
    """Return a store on the server with everything deleted and the schema in place."""
    store = Neo4jStore(server.uri, server.user, server.password)
    store.wipe()
    store.migrate()
    return store


@contextmanager
def neo4j_stores() -> Iterator[Callable[[], Neo4jStore]]:
    """Yield a factory of empty stores on one server (each call wipes the database)."""
    with neo4j_server() as server:
        yield lambda: empty_store(server)
