"""A Neo4j for benchmarks: the server NEO4J_URI names (loopback only: it is wiped), else a local one.

The local server is the project's launcher (`graph.neo4j.server.LocalNeo4j`, see docs/NEO4J.md),
started for the run on a fresh data directory with a 1 GB page cache (DIPLOGRAPH_NEO4J_PAGECACHE_MB
overrides it) and stopped after it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from graph.neo4j.server import LocalNeo4j, ServerInfo, is_loopback
from graph.neo4j.store import Neo4jStore

# Page cache of the local server the benchmarks start (the server's heap is the launcher's 1 GB).
PAGE_CACHE_MB = 1024


@contextmanager
def neo4j_server() -> Iterator[ServerInfo]:
    """Yield the server to use, starting (and later stopping) a local one unless NEO4J_URI names one."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        if not is_loopback(uri):
            sys.exit(f"refusing to wipe a non-loopback Neo4j: {uri}")
        user, password = os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")
        yield ServerInfo(uri, user, password, pid=0, home="", log="", started_in=0.0)
        return
    # A deployment sizes the page cache to its store; the launcher's default (128 MB) is for tests.
    os.environ.setdefault("DIPLOGRAPH_NEO4J_PAGECACHE_MB", str(PAGE_CACHE_MB))
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
