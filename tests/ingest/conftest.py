"""Fixtures for ingest tests: a real local HTTP server (see web_server.py) and a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_server import WebServer, running_server

from graph.factory import StoreConfig, open_store
from graph.protocol import GraphStore
from ingest.extract.base import Extractor


@pytest.fixture
def web() -> Iterator[WebServer]:
    """Start a real HTTP server for one test and stop it afterwards."""
    with running_server() as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GraphStore]:
    """A real SQLite store on a temporary file."""
    opened = open_store(StoreConfig(location=str(tmp_path / "diplograph.db")))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real rule-based extractor over the bundled gazetteer."""
    from ingest.extract.rules import RuleExtractor
    from ingest.gazetteer import load_default

    return RuleExtractor(load_default())
