"""One worker process for tests/neo4j/test_neo4j_workers.py: the real Worker and extractor on Neo4j.

    python neo4j_worker_process.py URI USER PASSWORD WORKER_ID LEASE_SECONDS [stall]

Runs until the queue is idle and prints one JSON line with what it did. With `stall`, it claims one job,
prints "CLAIMED <document id>" and then hangs in the extractor until it is killed: a worker that dies
mid-job.
"""

from __future__ import annotations

import json
import sys
import time

from graph.models import Contact, Document
from graph.neo4j.store import Neo4jStore
from ingest.extract.base import Extractor
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default
from ingest.worker import Worker, WorkerConfig


class Recording:
    """Wraps the real extractor: notes each document it is given, and can hang like a dying worker."""

    name = "recording"
    version = "test"

    def __init__(self, inner: Extractor, stall: bool) -> None:
        self.inner = inner
        self.stall = stall
        self.seen: list[str] = []

    def extract(self, doc: Document) -> list[Contact]:
        self.seen.append(doc.id)
        if self.stall:
            print(f"CLAIMED {doc.id}", flush=True)
            time.sleep(3600)
        return self.inner.extract(doc)


def main(argv: list[str]) -> None:
    uri, user, password, worker_id, lease = argv[:5]
    stall = argv[5:] == ["stall"]
    store = Neo4jStore(uri, user, password)
    extractor = Recording(RuleExtractor(load_default()), stall)
    config = WorkerConfig(lease_seconds=float(lease), poll_feeds=False, worker_id=worker_id)
    worker = Worker(store, extractor, config)
    worker.run_until_idle()
    store.close()
    print(json.dumps({"worker": worker_id, "done": worker.stats.done, "seen": extractor.seen,
                      "lease_lost": worker.stats.lease_lost}), flush=True)  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
