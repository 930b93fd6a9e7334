"""Fixtures for API tests: real servers over temporary SQLite stores, and an HTTP client."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
from api_helpers import make_settings, running_server

from app.settings import Settings, env_name


@pytest.fixture(autouse=True)
def _no_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's or CI's DIPLOGRAPH_* and NEO4J_* variables out of these tests."""
    for name in Settings.model_fields:
        monkeypatch.delenv(env_name(name), raising=False)
    for key in list(os.environ):
        if key.startswith("DIPLOGRAPH_"):
            monkeypatch.delenv(key, raising=False)


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a store with leaders but no documents, without a worker, with small limits."""
    store = tmp_path_factory.mktemp("api") / "api.db"
    settings = make_settings(store, worker=False, max_body_bytes=20_000, max_batch_documents=5)
    with running_server(settings) as url:
        yield url


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    """An HTTP client with a timeout, for talking to a test server."""
    with httpx.Client(timeout=30) as c:
        yield c
