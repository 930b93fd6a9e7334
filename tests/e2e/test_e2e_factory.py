"""The app factory under plain uvicorn (`uvicorn --factory app.main:app_factory`), set by the environment."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from tests.e2e.processes import clean_env, free_port, server_process

pytestmark = pytest.mark.slow


def test_uvicorn_factory_reads_settings_from_the_environment(tmp_path: Path) -> None:
    port = free_port()
    env = clean_env(DIPLOGRAPH_STORE=str(tmp_path / "factory.db"), DIPLOGRAPH_API_KEYS="factory-key",
                    DIPLOGRAPH_WORKER="false", DIPLOGRAPH_LOG_FORMAT="json")
    command = [sys.executable, "-m", "uvicorn", "--factory", "app.main:app_factory", "--port", str(port)]
    with server_process(command, port, tmp_path, env) as url:
        # The environment's settings are in force: the store path and the API key.
        assert (tmp_path / "factory.db").exists()
        assert httpx.post(f"{url}/v1/documents", json={"text": "A report."}).status_code == 401
        key = {"X-API-Key": "factory-key"}
        ok = httpx.post(f"{url}/v1/documents", json={"text": "A report."}, headers=key)
        assert ok.status_code == 202
    # JSON log lines, each with the request id of the request it belongs to.
    lines = (tmp_path / "server.log").read_text().splitlines()
    access = [line for line in lines if '"logger":"diplograph.access"' in line]
    assert access and all('"request_id":"' in line for line in access)
    assert not any('"request_id":"-"' in line for line in access)
    assert not any('"logger":"uvicorn.access"' in line for line in lines)
