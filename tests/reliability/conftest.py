"""Fixtures for the reliability tests: a real `diplograph serve` process over a populated SQLite store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.processes import clean_env, diplograph_command, free_port, server_process
from tests.reliability.servers import API_KEY, Served, populated_store


@pytest.fixture(scope="module")
def populated_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`diplograph serve` (with its worker) over the sample reports, writes behind an API key."""
    folder = tmp_path_factory.mktemp("served")
    store = populated_store(folder)
    port = free_port()
    env = clean_env(
        DIPLOGRAPH_STORE=str(store),
        DIPLOGRAPH_API_KEYS=API_KEY,
        DIPLOGRAPH_WORKER_POLL_SECONDS="0.1",
        DIPLOGRAPH_LOG_LEVEL="INFO",
    )
    with server_process([*diplograph_command(), "serve", "--port", str(port)], port, folder, env) as url:
        yield Served(url=url, store=store, key=API_KEY)
