"""Neo4j stops while documents arrive: every POST is accepted and later processed, or refused with 503.

A server of the test's own (the session's one stays up) backs `diplograph serve --no-worker` and a
`diplograph worker` process. A client posts reports one after another; Neo4j is shut down mid-stream
and started again on the same data. While it is down /ready answers 503 and posts are refused with 503
and Retry-After; the worker backs off; once Neo4j is back every accepted report is processed.
"""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from graph.neo4j.server import ServerInfo, find_toolchain
from tests.e2e.processes import clean_env, diplograph_command, free_port, server_process, wait_for
from tests.reliability.batches import copy_of, sample_records
from tests.reliability.private_neo4j import RestartableNeo4j

pytestmark = pytest.mark.slow


@dataclass
class Poster:
    """Posts one new report after another from a thread, and records what each answer was."""

    url: str
    accepted: list[str] = field(default_factory=list)
    refused: list[httpx.Response] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        records = sample_records()
        with httpx.Client(timeout=60) as client:
            sent = 0
            while not self.stop.is_set():
                record = copy_of(records[sent % len(records)], f"outage-{sent // len(records)}")
                sent += 1
                try:
                    response = client.post(f"{self.url}/v1/documents", json=record)
                except httpx.TransportError as exc:
                    self.unexpected.append(f"{record['id']}: {exc!r}")
                    continue
                if response.status_code == 202:
                    self.accepted.append(response.json()["results"][0]["id"])
                elif response.status_code == 503:
                    self.refused.append(response)
                else:
                    self.unexpected.append(f"{record['id']}: {response.status_code} {response.text[:300]}")
                self.stop.wait(0.05)


@contextmanager
def posting(url: str) -> Iterator[Poster]:
    poster = Poster(url)
    thread = threading.Thread(target=poster.run, name="poster", daemon=True)
    thread.start()
    try:
        yield poster
    finally:
        poster.stop.set()
        thread.join(timeout=120)


def status(client: httpx.Client, url: str, path: str) -> int:
    try:
        return client.get(f"{url}{path}", timeout=30).status_code
    except httpx.TransportError:
        return -1


def done(client: httpx.Client, url: str) -> int:
    count: int = client.get(f"{url}/v1/queue", timeout=30).json()["done"]
    return count


def test_documents_survive_a_neo4j_outage(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    toolchain, reason = find_toolchain()
    if toolchain is None:  # NEO4J_URI names a server, but this test needs the launcher for its own
        pytest.skip(f"this test stops and restarts a Neo4j of its own: {reason}")
    neo4j = RestartableNeo4j(tmp_path / "neo4j-data", toolchain)
    neo4j.start()
    env = clean_env(
        NEO4J_USER=neo4j.user,
        NEO4J_PASSWORD=neo4j.password,
        DIPLOGRAPH_STORE=neo4j.uri,
        DIPLOGRAPH_WORKER_LEASE_SECONDS="5",
        DIPLOGRAPH_WORKER_POLL_SECONDS="0.1",
        DIPLOGRAPH_LOG_LEVEL="INFO",
    )
    port = free_port()
    serve = [*diplograph_command(), "serve", "--no-worker", "--port", str(port)]
    worker_log = tmp_path / "worker.log"
    worker: subprocess.Popen[bytes] | None = None
    try:
        with server_process(serve, port, tmp_path, env) as url, httpx.Client() as client:
            with worker_log.open("wb") as out:
                worker = subprocess.Popen(
                    [*diplograph_command(), "worker"], cwd=tmp_path, env=env, stdout=out,
                    stderr=subprocess.STDOUT,
                )
            with posting(url) as poster:
                wait_for(lambda: len(poster.accepted) >= 20, 120, "reports accepted before the outage")
                wait_for(lambda: done(client, url) >= 10, 120, "the worker to be at work before the outage")
                neo4j.stop()
                began = time.monotonic()
                wait_for(lambda: status(client, url, "/ready") == 503, 60, "/ready to say 503")
                wait_for(lambda: len(poster.refused) >= 3, 120, "posts refused during the outage")
                assert status(client, url, "/health") == 200
                outage = time.monotonic() - began
                neo4j.start()
                wait_for(lambda: status(client, url, "/ready") == 200, 120, "/ready to say 200 again")
                after = len(poster.accepted)
                wait_for(lambda: len(poster.accepted) >= after + 20, 120, "reports accepted after the outage")
            assert poster.unexpected == []
            for refusal in poster.refused:
                assert refusal.headers["content-type"].startswith("application/problem+json")
                assert int(refusal.headers["retry-after"]) > 0
            accepted = poster.accepted

            # No accepted report is lost: each is processed once Neo4j is back.
            def processed() -> bool:
                queue = client.get(f"{url}/v1/queue", timeout=30).json()
                return bool(queue["queued"] == 0 and queue["processing"] == 0)

            wait_for(processed, 180, "the worker to process every accepted report")
            for doc_id in accepted:
                doc = client.get(f"{url}/v1/documents/{doc_id}", timeout=30).json()
                assert doc["status"] == "done", doc
            assert client.get(f"{url}/v1/queue").json()["failed"] == 0
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(timeout=60) == 0
    finally:
        if worker is not None and worker.poll() is None:
            worker.kill()
            worker.wait(timeout=30)
        neo4j.stop()
    # The worker backed off while Neo4j was away instead of spinning: a growing pause between tries.
    unavailable = worker_log.read_text(errors="replace").count("store unavailable")
    assert 1 <= unavailable <= 10 + outage / 5, (unavailable, outage)
