"""Fixtures for the cross-document tests: the real extractor, and stores filled through the real ingest path.

Documents go in as a user's do: `ingest.intake.ingest_paths` reads the JSONL file and enqueues every
document, then an `ingest.worker.Worker` with the rule-based extractor claims and completes each job in
enqueue order. Stores are a SQLite file per call, or the Neo4j test database of tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph.neo4j.store import Neo4jStore
from graph.protocol import GraphStore
from graph.sqlite.store import SqliteStore
from ingest.extract.base import Extractor
from ingest.gazetteer import load_default
from tests.crossdoc.crossdoc_kit import Ingested, StoreMaker, with_leaders

BACKENDS = ["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real rule-based extractor over the bundled gazetteer."""
    from ingest.extract.rules import RuleExtractor

    return RuleExtractor(load_default())


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreMaker]:
    """A maker of empty, migrated stores of one backend holding the gazetteer's leaders.

    SQLite: a new file per call. Neo4j: the one test database, emptied again on every call after the
    first (tests/conftest.py empties it for the first), so take what you need from a store before
    asking for the next one.
    """
    if request.param == "sqlite":
        opened: list[SqliteStore] = []

        def make_sqlite() -> GraphStore:
            store = SqliteStore(tmp_path / f"crossdoc-{len(opened)}.db")
            store.migrate()
            opened.append(store)
            return with_leaders(store)

        yield make_sqlite
        for store in opened:
            store.close()
        return
    factory: Callable[[], Neo4jStore] = request.getfixturevalue("neo4j_store_factory")
    calls: list[Neo4jStore] = []

    def make_neo4j() -> GraphStore:
        store = factory()
        if calls:
            store.wipe()
            store.migrate()
        calls.append(store)
        return with_leaders(store)

    yield make_neo4j


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[Ingested]:
    """The whole set ingested once, in file order, into a SQLite store: the reference the tests read.

    Every backend is compared with it whole (test_every_backend_stores_what_the_reference_store_holds),
    so what the tests check here of SQLite holds of Neo4j too.
    """
    store = SqliteStore(tmp_path_factory.mktemp("crossdoc") / "reference.db")
    store.migrate()
    try:
        yield Ingested(with_leaders(store), extractor)
    finally:
        store.close()
