"""Fixtures for API tests: a real uvicorn server in a thread on a free port, over a temporary SQLite store."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from app.main import create_app
from app.settings import Settings, env_name


def free_port() -> int:
    """Ask the OS for a port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_settings(store: Path, **overrides: Any) -> Settings:
    """Settings for a test: a temporary store, no .env file, quick worker polls."""
    values: dict[str, Any] = {"store": str(store), "worker_poll_seconds": 0.05, "worker_backoff_seconds": 0.1}
    values.update(overrides)
    return Settings(_env_file=None, **values)


@contextmanager
def running_server(settings: Settings) -> Iterator[str]:
    """Serve create_app(settings) on 127.0.0.1 in a thread; yield its base URL; stop it afterwards."""
    port = free_port()
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the test server failed to start (see the log above)")
        if time.monotonic() > deadline:
            raise TimeoutError("the test server did not start within 60 s")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(autouse=True)
def _no_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's or CI's DIPLOGRAPH_* and NEO4J_* variables out of these tests."""
    for name in Settings.model_fields:
        monkeypatch.delenv(env_name(name), raising=False)
    for key in list(os.environ):
        if key.startswith("DIPLOGRAPH_"):
            monkeypatch.delenv(key, raising=False)
