"""Load: 50 concurrent clients, a fixed mix of reads and writes against a real server; nothing lost.

The server (`diplograph serve` with its worker) starts over the sample reports. Fifty clients share
2,000 requests: every sample report posted in ten tagged copies, each copy twice by two different
clients (so one post must be queued and the other a duplicate), and reads of pairs, contacts, leaders,
counterparts, networks, topics, the queue and the documents just posted. Every answer must be a success;
afterwards each copy is one document, done, and the contacts are those of the samples with exactly
eleven times their sources (the originals plus ten copies). Pair counts stay the same throughout.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from graph.factory import StoreConfig, open_store
from tests.e2e.processes import clean_env, diplograph_command, free_port, server_process, wait_for
from tests.reliability.batches import all_contacts, copies, sample_records
from tests.reliability.servers import Served, populated_store

pytestmark = pytest.mark.slow

CLIENTS = 50
REQUESTS = 2000
COPIES = 10


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("load")
    store = populated_store(folder)
    port = free_port()
    env = clean_env(DIPLOGRAPH_STORE=str(store), DIPLOGRAPH_WORKER_POLL_SECONDS="0.05")
    command = [*diplograph_command(), "serve", "--port", str(port)]
    with server_process(command, port, folder, env) as url:
        yield Served(url=url, store=store, key="")


@dataclass
class Plan:
    """The requests each client sends, decided before the run (the same mix every time)."""

    per_client: list[list[tuple[str, str, Any]]] = field(default_factory=list)


def make_plan(pairs: list[tuple[str, str]], leaders: list[str]) -> Plan:
    rng = random.Random(2026)
    posts = [("POST", "/v1/documents", record) for record in copies(sample_records(), COPIES, prefix="load")]
    writes = posts + posts  # every copy posted twice
    reads: list[tuple[str, str, Any]] = []
    while len(writes) + len(reads) < REQUESTS:
        a, b = rng.choice(pairs)
        leader = rng.choice(leaders)
        reads.append(rng.choice([
            ("GET", "/v1/pairs", {"a": a, "b": b}),
            ("GET", "/v1/contacts", {"leader": leader, "limit": 10}),
            ("GET", "/v1/leaders", {"q": "Ma"}),
            ("GET", f"/v1/leaders/{leader}/counterparts", None),
            ("GET", "/v1/countries/FRA/network", None),
            ("GET", "/v1/topics", None),
            ("GET", "/v1/queue", None),
            ("GET", "/v1/documents", {"status": "done", "limit": 5}),
        ]))
    requests = writes + reads
    rng.shuffle(requests)
    # Deal them out so that the two posts of one copy go to two different clients.
    plan = Plan(per_client=[[] for _ in range(CLIENTS)])
    seen: dict[str, int] = {}
    for index, request in enumerate(requests):
        client = index % CLIENTS
        if request[0] == "POST":
            key = request[2]["id"]
            if seen.get(key) == client:
                client = (client + 1) % CLIENTS
            seen[key] = client
        plan.per_client[client].append(request)
    return plan


@dataclass
class Outcome:
    statuses: Counter[int] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    posted: dict[str, list[str]] = field(default_factory=dict)  # document id -> statuses of its posts
    pair_counts: dict[tuple[str, str], set[int]] = field(default_factory=dict)


def run_client(url: str, requests: list[tuple[str, str, Any]]) -> Outcome:
    """One client: its own connection, its requests in order; what it saw."""
    outcome = Outcome()
    mine: list[str] = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for method, path, data in requests:
            try:
                response = client.request(method, path, json=data if method == "POST" else None,
                                          params=None if method == "POST" else data)
            except httpx.TransportError as exc:
                outcome.errors.append(f"{method} {path}: {exc!r}")
                continue
            outcome.statuses[response.status_code] += 1
            if response.status_code >= 300:
                answer = f"{response.status_code} {response.text[:200]}"
                outcome.errors.append(f"{method} {path} {data!r}: {answer}")
                continue
            body = response.json()
            if method == "POST":
                result = body["results"][0]
                outcome.posted.setdefault(result["id"], []).append(result["status"])
                mine.append(result["id"])
            elif path == "/v1/pairs":
                outcome.pair_counts.setdefault((data["a"], data["b"]), set()).add(body["count"])
            if mine and method == "GET" and path == "/v1/topics":
                # Follow one of our own documents, as a client of the API does.
                own = client.get(f"/v1/documents/{mine[-1]}")
                outcome.statuses[own.status_code] += 1
                if own.status_code != 200:
                    outcome.errors.append(f"GET own document: {own.status_code} {own.text[:200]}")
    return outcome


def merged(parts: list[Outcome]) -> Outcome:
    """Put the clients' outcomes together."""
    total = Outcome()
    for part in parts:
        total.statuses.update(part.statuses)
        total.errors += part.errors
        for doc_id, statuses in part.posted.items():
            total.posted.setdefault(doc_id, []).extend(statuses)
        for pair, counts in part.pair_counts.items():
            total.pair_counts.setdefault(pair, set()).update(counts)
    return total


def test_fifty_clients_lose_nothing(server: Served) -> None:
    store = open_store(StoreConfig(location=str(server.store)))
    try:
        before = all_contacts(store)
        base_sources = store.counts().sources
        base_documents = store.counts().documents
        contacts = [store.get_contact(contact_id) for contact_id in before]
    finally:
        store.close()
    pairs = sorted({(c.a.leader_id, c.b.leader_id) for c in contacts if c.status == "occurred"})[:12]
    leaders = sorted({c.a.leader_id for c in contacts})[:12]
    with httpx.Client(base_url=server.url, timeout=30) as client:
        expected_pairs = {pair: client.get("/v1/pairs", params={"a": pair[0], "b": pair[1]}).json()["count"]
                          for pair in pairs}
    plan = make_plan(pairs, leaders)
    assert sum(len(p) for p in plan.per_client) == REQUESTS

    # One thread per client, all started together: 50 connections in flight at once.
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        outcome = merged(list(pool.map(lambda requests: run_client(server.url, requests), plan.per_client)))
    assert outcome.errors == []
    assert sum(outcome.statuses.values()) >= REQUESTS
    # Each copy: one post queued it, the other found it known.
    documents = len(sample_records()) * COPIES
    assert len(outcome.posted) == documents
    assert all(sorted(statuses) == ["duplicate", "queued"] for statuses in outcome.posted.values())
    # Reads during the writes saw the same pair counts (copies add sources, never contacts).
    for pair, counts in outcome.pair_counts.items():
        assert counts == {expected_pairs[pair]}, pair

    with httpx.Client(base_url=server.url, timeout=30) as client:
        wait_for(lambda: client.get("/v1/queue").json()["done"] == base_documents + documents, 180,
                 "the worker to process every posted copy")
        assert client.get("/v1/queue").json() == {
            "queued": 0, "processing": 0, "done": base_documents + documents, "failed": 0
        }
    store = open_store(StoreConfig(location=str(server.store)))
    try:
        after = all_contacts(store)
        assert set(after) == set(before)
        for contact_id, sources in after.items():
            assert len(sources) == len(set(sources)) == (COPIES + 1) * len(before[contact_id]), contact_id
        assert store.counts().sources == (COPIES + 1) * base_sources
        assert store.counts().documents == base_documents + documents
    finally:
        store.close()
