"""The app factory under plain uvicorn (`uvicorn --factory app.main:app_factory`), set by the environment."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow


def test_uvicorn_factory_reads_settings_from_the_environment(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOGRAPH_", "NEO4J_"))}
    env |= {"DIPLOGRAPH_STORE": str(tmp_path / "factory.db"), "DIPLOGRAPH_API_KEYS": "factory-key",
            "DIPLOGRAPH_WORKER": "false", "DIPLOGRAPH_LOG_FORMAT": "json"}
    log = (tmp_path / "uvicorn.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "app.main:app_factory", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, (tmp_path / "uvicorn.log").read_text()
            try:
                if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "uvicorn did not get ready"
            time.sleep(0.1)
        # The environment's settings are in force: the store path and the API key.
        assert (tmp_path / "factory.db").exists()
        assert httpx.post(f"{url}/v1/documents", json={"text": "A report."}).status_code == 401
        key = {"X-API-Key": "factory-key"}
        ok = httpx.post(f"{url}/v1/documents", json={"text": "A report."}, headers=key)
        assert ok.status_code == 202
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()
    # JSON log lines, each with the request id of the request it belongs to.
    lines = (tmp_path / "uvicorn.log").read_text().splitlines()
    access = [line for line in lines if '"logger":"diplograph.access"' in line]
    assert access and all('"request_id":"' in line for line in access)
    assert not any('"request_id":"-"' in line for line in access)
    assert not any('"logger":"uvicorn.access"' in line for line in lines)
