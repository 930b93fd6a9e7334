"""Helpers for API tests: real uvicorn servers in threads on free ports, and problem-response checks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource

from app.main import create_app
from app.settings import Settings
from tests.e2e.processes import free_port


class IsolatedSettings(Settings):
    """Settings that read only their arguments: no environment, no .env file."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


def make_settings(store: Path, **overrides: Any) -> Settings:
    """Settings for a test: a temporary store, quick worker polls, nothing from the environment."""
    values: dict[str, Any] = {"store": str(store), "worker_poll_seconds": 0.05, "worker_backoff_seconds": 0.1}
    values.update(overrides)
    return IsolatedSettings(**values)


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 in a thread; yield its base URL; stop it afterwards."""
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="on"
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


@contextmanager
def running_server(settings: Settings) -> Iterator[str]:
    """Serve create_app(settings) over real HTTP; yield its base URL."""
    with serving(create_app(settings)) as url:
        yield url


def assert_problem(response: httpx.Response, status: int, *fragments: str) -> dict[str, Any]:
    """Check an RFC 9457 problem answer: status, media type, members, no trace; return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["detail"], body
    assert "Traceback" not in response.text and 'File "' not in response.text
    for fragment in fragments:
        assert fragment.lower() in body["detail"].lower(), body["detail"]
    return body
