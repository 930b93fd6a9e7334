"""Logs: JSON lines with request ids, traces only there (never to clients), and never a secret.

The servers run as a user runs them, with secrets configured (API keys, a Neo4j password from a file)
and logging at DEBUG, so that every logger says all it would; the log must not hold a secret.
"""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from app.logs import JsonFormatter, RequestIdFilter
from app.main import create_app
from graph.neo4j.server import ServerInfo
from tests.app.api_helpers import make_settings, serving
from tests.e2e.processes import clean_env, diplograph_command, free_port, server_process

API_KEY = "sk-live-5f1d0c9e7b2a4e18"
OTHER_KEY = "sk-live-a9d3e2c1b0f74856"
NEO4J_SECRET = "neo4j-pw-3e9b7f21c6d8"
REPORT = {
    "text": "President Emmanuel Macron spoke by phone with Chancellor Friedrich Merz of Germany on Monday.",
    "published": "2025-06-03",
    "url": "https://logs.diplograph.invalid/macron-merz",
}


def json_lines(path: Path) -> list[dict[str, object]]:
    """Parse every log line as a JSON object; only the banner `serve` prints first may be other text."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = next(i for i, line in enumerate(lines) if line.startswith("{"))
    assert lines[0].startswith("Diplograph on http://") and first <= 3, lines[:first]
    return [json.loads(line) for line in lines[first:]]


def assert_no_secret(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text, f"a secret ({secret[:6]}...) is in the log"
        assert secret[4:-2] not in text, f"most of a secret ({secret[:6]}...) is in the log"


def test_sqlite_server_logs_json_with_request_ids_and_no_secrets(tmp_path: Path) -> None:
    port = free_port()
    env = clean_env(
        DIPLOGRAPH_STORE=str(tmp_path / "logs.db"),
        DIPLOGRAPH_API_KEYS=f"{API_KEY},{OTHER_KEY}",
        NEO4J_PASSWORD=NEO4J_SECRET,
        DIPLOGRAPH_LOG_LEVEL="DEBUG",
        DIPLOGRAPH_LOG_FORMAT="json",
        DIPLOGRAPH_WORKER_POLL_SECONDS="0.05",
    )
    ids: list[str] = []
    serve = [*diplograph_command(), "serve", "--port", str(port)]
    with server_process(serve, port, tmp_path, env) as url, httpx.Client(base_url=url, timeout=30) as client:
        key = {"X-API-Key": API_KEY}
        posted = client.post("/v1/documents", json=REPORT, headers=key)
        assert posted.status_code == 202
        ids.append(posted.headers["x-request-id"])
        doc_id = posted.json()["results"][0]["id"]
        deadline = time.monotonic() + 30
        while client.get(f"/v1/documents/{doc_id}").json()["status"] != "done":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        for wrong in (API_KEY[:-1], API_KEY + "x", OTHER_KEY.upper()):
            refused = client.post("/v1/documents", json=REPORT, headers={"X-API-Key": wrong})
            assert refused.status_code == 403
        traced = {"X-Request-ID": "trace-77"}
        mine = client.get("/v1/contacts", params={"leader": "Macron"}, headers=traced)
        assert mine.headers["x-request-id"] == "trace-77"
        ids.append("trace-77")
        assert client.get("/v1/contacts", params={"since": "2026-02-30"}).status_code == 422
    log = tmp_path / "server.log"
    assert_no_secret(log.read_text(encoding="utf-8"), API_KEY, OTHER_KEY, NEO4J_SECRET)
    entries = json_lines(log)
    access = [e for e in entries if e["logger"] == "diplograph.access"]
    assert {e["request_id"] for e in access} >= set(ids)
    assert all(e["request_id"] != "-" for e in access)
    assert all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    # The worker's line about the report carries the document id as a field.
    assert any(e.get("document_id") == doc_id and e["message"] == "document done" for e in entries)


def test_neo4j_password_from_a_file_never_reaches_the_log(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    if not neo4j_server.password:
        return  # a server without authentication has no password to leak
    secret_file = tmp_path / "neo4j-password"
    secret_file.write_text(neo4j_server.password + "\n", encoding="utf-8")
    port = free_port()
    env = clean_env(
        DIPLOGRAPH_STORE=neo4j_server.uri,
        NEO4J_USER=neo4j_server.user,
        NEO4J_PASSWORD="not-the-password",  # the file wins
        NEO4J_PASSWORD_FILE=str(secret_file),
        DIPLOGRAPH_LOG_LEVEL="DEBUG",
        DIPLOGRAPH_LOG_FORMAT="json",
        DIPLOGRAPH_WORKER="false",
    )
    with server_process([*diplograph_command(), "serve", "--port", str(port)], port, tmp_path, env) as url:
        assert httpx.get(f"{url}/ready", timeout=30).json()["store"] == "neo4j"
        assert httpx.get(f"{url}/v1/leaders", params={"q": "Macron"}, timeout=30).status_code == 200
    text = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert '"logger":"neo4j' in text  # the driver did log, at DEBUG
    assert neo4j_server.password not in text
    json_lines(tmp_path / "server.log")


@contextmanager
def captured_json_log() -> Iterator[io.StringIO]:
    """Send every log record through the app's own JSON formatter and request-id filter into a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def test_an_unexpected_error_is_a_500_problem_with_its_trace_only_in_the_log(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path / "boom.db", worker=False))

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError(f"internal detail {NEO4J_SECRET[:3]}-/etc/app.conf")

    with captured_json_log() as buffer, serving(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        first = client.get("/boom", headers={"X-Request-ID": "boom-1"})
        # The same connection serves the next request: the server did not drop it after the error.
        second = client.get("/boom", headers={"X-Request-ID": "boom-2"})
        assert client.get("/health").status_code == 200
    for response, rid in ((first, "boom-1"), (second, "boom-2")):
        assert response.status_code == 500
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.headers["x-request-id"] == rid
        assert "internal detail" not in response.text and "RuntimeError" not in response.text
    entries = [json.loads(line) for line in buffer.getvalue().splitlines()]
    errors = [e for e in entries if e["level"] == "ERROR"]
    assert [e["request_id"] for e in errors] == ["boom-1", "boom-2"]
    assert all("RuntimeError: internal detail" in str(e["exception"]) for e in errors)
    access = [e for e in entries if e["logger"] == "diplograph.access"]
    answered = [(e["request_id"], str(e["message"]).split()[2]) for e in access[:2]]
    assert answered == [("boom-1", "500"), ("boom-2", "500")]
