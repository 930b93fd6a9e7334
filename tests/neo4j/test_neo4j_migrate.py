"""`diplograph migrate` from a populated SQLite store into Neo4j, then the same API answers from both.

Everything is real: the CLI ingests the bundled sample reports into SQLite and migrates them, and two
`diplograph serve` processes (one per store, Neo4j credentials from the environment) answer over HTTP.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from graph.neo4j.server import ServerInfo, free_port
from graph.neo4j.store import Neo4jStore
from graph.sqlite.store import SqliteStore
from ingest.samples import REPORTS

CLI = [sys.executable, "-m", "app.cli"]
ROOT = Path(__file__).resolve().parents[2]


def _env(server: ServerInfo) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOGRAPH_", "NEO4J_"))}
    env.update(NEO4J_USER=server.user, NEO4J_PASSWORD=server.password, PYTHONPATH=str(ROOT))
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=600, check=False)


@contextmanager
def _serving(store: str, env: dict[str, str]) -> Iterator[str]:
    """Run `diplograph serve --store STORE --no-worker` on a free port; yield its URL; stop it."""
    port = free_port()
    proc = subprocess.Popen(
        [*CLI, "serve", "--store", store, "--no-worker", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else "serve exited"
            try:
                if httpx.get(f"{url}/ready", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "serve did not become ready"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _answers(url: str) -> dict[str, Any]:
    """Ask one server the questions users ask, following every page of the contact list."""
    with httpx.Client(base_url=url, timeout=30) as client:

        def get(path: str) -> Any:
            response = client.get(path)
            assert response.status_code == 200, (path, response.text)
            return response.json()

        contacts: list[Any] = []
        path: str | None = "/v1/contacts?limit=7"
        while path:
            page = get(path)
            contacts += page["results"]
            cursor = page["meta"]["next_cursor"]
            path = f"/v1/contacts?limit=7&cursor={quote(cursor)}" if cursor else None
        return {
            "contacts": contacts,
            "phone": get("/v1/contacts?mode=phone&limit=100"),
            "since": get("/v1/contacts?since=2025-06-01&limit=100"),
            "pair": get(f"/v1/pairs?a={quote('الشرع')}&b=emmanuel-macron"),
            "counterparts": get("/v1/leaders/emmanuel-macron/counterparts"),
            "leader": get(f"/v1/leaders/{quote('Макрон')}"),
            "search": get(f"/v1/leaders?q={quote('erdo')}"),
            "syria": get("/v1/countries/SYR/network"),
            "topics": get("/v1/topics"),
            "queue": get("/v1/queue"),
            "documents": get("/v1/documents?limit=100"),
        }


def test_migrate_sqlite_into_neo4j_gives_the_same_answers(
    neo4j_store: Neo4jStore, neo4j_server: ServerInfo, tmp_path: Path
) -> None:
    env = _env(neo4j_server)
    db = tmp_path / "diplograph.db"
    ingested = _run(["ingest", str(REPORTS), "--store", str(db)], env)
    assert ingested.returncode == 0, ingested.stderr
    sqlite = SqliteStore(db)
    source = sqlite.counts()
    sqlite.close()
    assert source.contacts > 20 and source.documents > 20

    migrated = _run(["migrate", "--from", str(db), "--to", neo4j_server.uri, "--batch", "16"], env)
    assert migrated.returncode == 0, migrated.stderr
    assert "Migrated" in migrated.stdout
    assert neo4j_store.counts() == source

    again = _run(["migrate", "--from", str(db), "--to", neo4j_server.uri], env)  # idempotent
    assert again.returncode == 0, again.stderr
    assert neo4j_store.counts() == source

    with _serving(str(db), env) as on_sqlite, _serving(neo4j_server.uri, env) as on_neo4j:
        expected = _answers(on_sqlite)
        got = _answers(on_neo4j)
    assert expected["contacts"] and expected["pair"]["count"] > 0
    for question, answer in expected.items():
        assert got[question] == answer, question


def test_migrate_refuses_a_missing_source(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    result = _run(
        ["migrate", "--from", str(tmp_path / "nope.db"), "--to", neo4j_server.uri], _env(neo4j_server)
    )
    assert result.returncode == 2
    assert "No store at" in result.stderr
