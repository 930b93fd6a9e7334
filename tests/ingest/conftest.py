"""Fixtures for ingest tests: a real local HTTP server (see web_server.py) and a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_server import WebServer, running_server

from graph.factory import StoreConfig, open_store
from graph.protocol import GraphStore


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
