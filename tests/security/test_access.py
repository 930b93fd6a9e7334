"""Access rules over real HTTP: CORS closed unless configured, keys compared in full, limits enforced,
and Neo4j credentials taken only from the environment or a secrets file."""

from __future__ import annotations

import hmac
import re
from pathlib import Path

import httpx
import pytest

from app.deps import key_index
from tests.app.api_helpers import assert_problem, make_settings, running_server
from tests.e2e.processes import run_cli

ALLOWED = "https://dashboard.example.org"


def test_cors_answers_only_the_configured_origins(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "cors.db", worker=False, cors_origins=ALLOWED, api_keys="k",
                             rate_limit_per_second=0.001, rate_limit_burst=2)
    with running_server(settings) as url, httpx.Client(timeout=30) as client:
        preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "X-API-Key"}
        allowed = client.options(f"{url}/v1/documents", headers={"Origin": ALLOWED, **preflight})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == ALLOWED
        assert "x-api-key" in allowed.headers["access-control-allow-headers"].lower()
        stranger = client.options(f"{url}/v1/documents",
                                  headers={"Origin": "https://evil.example", **preflight})
        assert "access-control-allow-origin" not in stranger.headers
        read = client.get(f"{url}/v1/topics", headers={"Origin": ALLOWED})
        assert read.headers["access-control-allow-origin"] == ALLOWED
        assert "access-control-allow-origin" not in client.get(
            f"{url}/v1/topics", headers={"Origin": "https://evil.example"}
        ).headers
        # A browser page may read why it was refused and when to come back.
        limited = client.get(f"{url}/v1/topics", headers={"Origin": ALLOWED})
        assert limited.status_code == 429
        assert limited.headers["access-control-allow-origin"] == ALLOWED
        assert "retry-after" in limited.headers["access-control-expose-headers"].lower()


def test_cors_is_closed_by_default(tmp_path: Path) -> None:
    with running_server(make_settings(tmp_path / "closed.db", worker=False)) as url:
        preflight = httpx.options(f"{url}/v1/documents", headers={
            "Origin": ALLOWED, "Access-Control-Request-Method": "POST"
        })
        assert "access-control-allow-origin" not in preflight.headers
        assert "access-control-allow-origin" not in httpx.get(
            f"{url}/v1/topics", headers={"Origin": ALLOWED}
        ).headers


def test_every_configured_key_is_compared_even_after_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[bytes] = []
    real = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        compared.append(b)
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    keys = ["first-key", "second-key", "third-key"]
    assert key_index(keys, "first-key") == 0
    assert compared == [k.encode() for k in keys]  # no early exit: the time does not tell which matched
    assert key_index(keys, "third-key") == 2
    assert key_index(keys, "third-ke") is None
    assert key_index(keys, "") is None


def test_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "text.db", worker=False, max_text_chars=100)
    with running_server(settings) as url:
        response = httpx.post(f"{url}/v1/documents", json={"text": "word " * 40})
        assert_problem(response, 422, "text")
        assert httpx.get(f"{url}/v1/queue").json()["queued"] == 0


def test_neo4j_credentials_come_from_no_command_line_option(tmp_path: Path) -> None:
    for command in ("serve", "worker", "ingest", "migrate"):
        shown = run_cli(command, "--help", cwd=tmp_path)
        assert shown.returncode == 0, shown.stderr
        assert not re.search(r"--[\w-]*(pass|secret|cred)", shown.stdout, re.I), command
