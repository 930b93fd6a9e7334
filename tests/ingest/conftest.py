"""Fixtures for ingest tests: a real local HTTP server (see web_server.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_server import WebServer, running_server


@pytest.fixture
def web() -> Iterator[WebServer]:
    """Start a real HTTP server for one test and stop it afterwards."""
    with running_server() as server:
        yield server
