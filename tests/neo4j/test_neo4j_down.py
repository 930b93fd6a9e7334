"""A Neo4j server that goes away under a running API: /ready and reads answer 503 problems, never 500.

Starts a second, private server (the session's one must stay up), serves the API on it with
`diplograph serve --store bolt://...`, stops the server, asks again, restarts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from graph.neo4j.server import LocalNeo4j, ServerInfo, find_toolchain, free_port

ROOT = Path(__file__).resolve().parents[2]


def test_ready_and_reads_answer_503_when_neo4j_goes_away(neo4j_server: ServerInfo) -> None:
    toolchain, reason = find_toolchain()
    if toolchain is None:  # NEO4J_URI names a server, but this test needs the launcher for its own
        pytest.skip(f"this test starts and stops a server of its own: {reason}")
    local = LocalNeo4j(toolchain=toolchain)
    private = local.start(password="down-test", record=False)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOGRAPH_", "NEO4J_"))}
    env.update(NEO4J_USER=private.user, NEO4J_PASSWORD=private.password, PYTHONPATH=str(ROOT))
    serve = ["serve", "--store", private.uri, "--no-worker", "--port", str(port)]
    api = subprocess.Popen(
        [sys.executable, "-m", "app.cli", *serve],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/ready", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert api.poll() is None and time.monotonic() < deadline, "serve did not become ready"
            time.sleep(0.2)
        assert httpx.get(f"{url}/ready", timeout=5).json()["store"] == "neo4j"

        local.stop(private)
        for path in ("/ready", "/v1/contacts", "/v1/leaders?q=macron", "/v1/topics"):
            began = time.monotonic()
            response = httpx.get(f"{url}{path}", timeout=60)
            assert response.status_code == 503, (path, response.status_code, response.text)
            assert response.headers["content-type"].startswith("application/problem+json")
            assert "Traceback" not in response.text
            assert time.monotonic() - began < 15, path
        assert httpx.get(f"{url}/health", timeout=5).status_code == 200  # the process itself is fine
    finally:
        api.terminate()
        api.wait(timeout=30)
        local.stop(private)
