"""The `store` fixture: every contract test runs once per backend, unchanged.

Backends: "sqlite" (a fresh file per test) and "neo4j" (through the `neo4j_store_factory` fixture of
tests/conftest.py: a callable returning a migrated store on an emptied test database; every call in one
test sees the same data). Tests here use only the GraphStore protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph.protocol import GraphStore
from graph.sqlite.store import SqliteStore

BACKENDS = ["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def _open_sqlite(path: Path) -> SqliteStore:
    store = SqliteStore(path)
    store.migrate()
    return store


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], GraphStore]]:
    """A factory of stores of one backend over one (initially empty) database, closed after the test."""
    if request.param == "sqlite":
        opened: list[SqliteStore] = []

        def make() -> GraphStore:
            opened.append(_open_sqlite(tmp_path / "contract.db"))
            return opened[-1]

        yield make
        for store in opened:
            store.close()
        return
    try:
        factory = request.getfixturevalue("neo4j_store_factory")
    except pytest.FixtureLookupError:
        pytest.skip("tests/conftest.py defines no neo4j_store_factory fixture yet")
    yield factory


@pytest.fixture
def store(backend: Callable[[], GraphStore]) -> GraphStore:
    """An empty, migrated store of the backend under test."""
    return backend()


@pytest.fixture
def reopen(store: GraphStore, backend: Callable[[], GraphStore]) -> Callable[[], GraphStore]:
    """Open another store object on the same data as `store` (another process would do the same)."""
    return backend


@pytest.fixture
def fresh_sqlite(tmp_path: Path) -> Iterator[SqliteStore]:
    """A second, empty SQLite store: the target or source of migration round trips."""
    store = _open_sqlite(tmp_path / "other.db")
    yield store
    store.close()
