"""Many workers on one Neo4j: two worker processes share a batch, and a killed worker's job is retried.

Each worker is a separate Python process running the real Worker and rule-based extractor against the
same Neo4j server, as workers on several machines would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from graph.neo4j.server import ServerInfo
from graph.neo4j.store import Neo4jStore
from ingest.normalize import NormalizeConfig
from ingest.samples import REPORTS
from ingest.sources import Loaded, read_jsonl

PROCESS = Path(__file__).with_name("neo4j_worker_process.py")
ROOT = Path(__file__).resolve().parents[2]


def _spawn(server: ServerInfo, worker_id: str, lease: float, *extra: str) -> subprocess.Popen[str]:
    args = [server.uri, server.user, server.password, worker_id, str(lease), *extra]
    cmd = [sys.executable, str(PROCESS), *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _result(proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _enqueue_samples(store: Neo4jStore, limit: int | None = None) -> list[str]:
    docs = [item.document for item in read_jsonl(REPORTS, NormalizeConfig()) if isinstance(item, Loaded)]
    docs = docs[:limit]
    results = store.enqueue(docs)
    return [r.id for r in results if r.status == "queued"]


def test_two_worker_processes_process_each_document_once(
    neo4j_store: Neo4jStore, neo4j_server: ServerInfo
) -> None:
    queued = _enqueue_samples(neo4j_store)
    assert len(queued) >= 20
    workers = [_spawn(neo4j_server, f"w{i}", 120) for i in (1, 2)]
    results = [_result(p) for p in workers]

    seen = [doc for r in results for doc in r["seen"]]
    assert sorted(seen) == sorted(queued)  # every document extracted, none twice
    assert sum(r["done"] for r in results) == len(queued)
    assert all(r["lease_lost"] == 0 for r in results)
    assert neo4j_store.queue_stats() == {"queued": 0, "processing": 0, "done": len(queued), "failed": 0}
    for doc_id in queued:
        assert neo4j_store.get_document(doc_id).attempts == 1
    assert neo4j_store.counts().contacts > 0


def test_a_worker_killed_mid_job_leaves_it_to_be_retried_after_its_lease(
    neo4j_store: Neo4jStore, neo4j_server: ServerInfo
) -> None:
    [queued] = _enqueue_samples(neo4j_store, limit=1)
    lease = 4.0
    doomed = _spawn(neo4j_server, "doomed", lease, "stall")
    assert doomed.stdout is not None
    line = doomed.stdout.readline().strip()
    assert line.startswith("CLAIMED "), doomed.stderr.read() if doomed.stderr else line
    claimed = line.split(" ", 1)[1]
    assert claimed == queued
    claimed_at = time.monotonic()
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(timeout=30)
    assert neo4j_store.get_document(claimed).status == "processing"

    # Before the lease expires, nobody else may take the job.
    early = _result(_spawn(neo4j_server, "early", 120))
    if time.monotonic() - claimed_at < lease:
        assert claimed not in early["seen"]
    time.sleep(max(0.0, lease - (time.monotonic() - claimed_at)) + 0.5)
    late = _result(_spawn(neo4j_server, "late", 120))
    retried = neo4j_store.get_document(claimed)
    assert claimed in late["seen"] or claimed in early["seen"]
    assert retried.status == "done" and retried.attempts == 2
