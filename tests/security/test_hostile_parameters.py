"""Hostile strings in every parameter of every operation, on both stores: values never become query text.

Cypher and SQL take values only as parameters. To show it from the outside, each parameter of each
operation in the app's own OpenAPI schema (path and query), each field of a posted document and the
headers get strings that would change a query built by concatenation: quotes, comments, statement
separators, Cypher clauses, LIKE wildcards, huge numbers, NUL and bidi characters. Every answer must be
a success or a 4xx problem, never a 5xx; afterwards the store holds the same leaders and contacts and
answers the same questions the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from graph.neo4j.server import ServerInfo
from graph.neo4j.store import Neo4jStore
from tests.app.api_helpers import IsolatedSettings, make_settings, running_server
from tests.reliability.batches import sample_records

HOSTILE = [
    "' OR '1'='1",
    "'; DROP TABLE contacts; --",
    "\" OR 1=1 --",
    "x') UNION SELECT name, sql FROM sqlite_master --",
    "%",
    "_",
    "\\",
    "' }) MATCH (n) DETACH DELETE n //",
    "\"}) RETURN n UNION MATCH (n) DETACH DELETE n //",
    "`x` MATCH (n) SET n.name = 'pwned'",
    "1; CALL dbms.shutdown()",
    "$limit",
    "{limit}",
    "../../../../etc/passwd",
    "<script>alert(1)</script>",
    "\u202eevil\u0000null",
    "99999999999999999999999999",
    "-1",
    "NaN",
    "2026-01-08' OR '1'='1",
    "A" * 5000,
]
# Valid values, so that each request reaches the store with only one parameter hostile.
VALID = {
    "a": "emmanuel-macron",
    "b": "ahmed-al-sharaa",
    "leader": "emmanuel-macron",
    "with": "ahmed-al-sharaa",
    "iso3": "FRA",
    "country": "FRA",
}
HEADERS = ("X-API-Key", "X-Request-ID")


def test_hostile_strings_on_sqlite(tmp_path: Path) -> None:
    attack(make_settings(tmp_path / "hostile.db", worker_poll_seconds=0.05))


def test_hostile_strings_on_neo4j(
    neo4j_server: ServerInfo, neo4j_store_factory: Callable[[], Neo4jStore]
) -> None:
    neo4j_store_factory()  # empties the test database for this test
    attack(IsolatedSettings(store=neo4j_server.uri, neo4j_user=neo4j_server.user,
                            neo4j_password=neo4j_server.password, worker_poll_seconds=0.05))


def attack(settings: Any) -> None:
    with running_server(settings) as url, httpx.Client(base_url=url, timeout=60) as client:
        ids = populate(client)
        known = dict(VALID, document_id=ids["document"], contact_id=ids["contact"])
        before = snapshot(client)
        failures: list[str] = []
        schema = client.get("/openapi.json").json()
        for path, methods in schema["paths"].items():
            for method, operation in methods.items():
                if method != "get":
                    continue
                for parameter in operation.get("parameters", []):
                    for hostile in HOSTILE:
                        failures += check(client, path, operation, parameter["name"], hostile, known)
        for hostile in HOSTILE:
            for field in ("id", "url", "title", "lang", "published", "text", "html"):
                body = {"text": "A report on nothing in particular.", field: hostile}
                failures += verdict(client.post("/v1/documents", json=body), f"POST {field}={hostile[:40]!r}")
            for header in HEADERS:
                value = hostile.replace("\u0000", "").replace("\u202e", "")  # header values are ASCII-ish
                response = client.get("/v1/contacts", headers={header: value.encode().decode("latin-1")})
                failures += verdict(response, f"header {header}={hostile[:40]!r}")
        assert failures == []
        after = snapshot(client)
        assert after == before


def populate(client: httpx.Client) -> dict[str, str]:
    """Post a few sample reports and wait for the worker; return a document id and a contact id."""
    posted = client.post("/v1/documents", json=sample_records()[:8])
    assert posted.status_code == 202, posted.text
    doc_ids = [r["id"] for r in posted.json()["results"]]
    deadline = time.monotonic() + 120
    while client.get("/v1/queue").json()["done"] < len(doc_ids):
        assert time.monotonic() < deadline, client.get("/v1/queue").json()
        time.sleep(0.1)
    contacts = client.get("/v1/contacts", params={"limit": 1}).json()["results"]
    assert contacts, "the sample reports gave contacts"
    return {"document": doc_ids[0], "contact": contacts[0]["id"]}


def snapshot(client: httpx.Client) -> dict[str, Any]:
    """What the store answers to a few questions: it must not change under hostile input."""
    return {
        "contacts": [c["id"] for c in client.get("/v1/contacts", params={"limit": 100}).json()["results"]],
        "macron": client.get("/v1/leaders/emmanuel-macron").json(),
        "found": client.get("/v1/leaders", params={"q": "Mac", "limit": 100}).json()["meta"]["count"],
        "topics": client.get("/v1/topics").json(),
        "ready": client.get("/ready").status_code,
    }


def check(
    client: httpx.Client, path: str, operation: dict[str, Any], name: str, hostile: str, known: dict[str, str]
) -> list[str]:
    """Send one GET with `name` hostile and every other required parameter valid; return any failure."""
    values: dict[str, str] = {}
    for parameter in operation.get("parameters", []):
        other = parameter["name"]
        if other == name:
            values[other] = hostile
        elif parameter.get("required"):
            values[other] = known[other]
    url = path
    query: dict[str, str] = {}
    for key, value in values.items():
        if "{" + key + "}" in url:
            url = url.replace("{" + key + "}", quote(value, safe=""))
        else:
            query[key] = value
    return verdict(client.get(url, params=query), f"GET {path} {name}={hostile[:40]!r}")


def verdict(response: httpx.Response, what: str) -> list[str]:
    """A failure unless the answer is a success or a 4xx problem without a trace."""
    if response.status_code >= 500:
        return [f"{what}: {response.status_code} {response.text[:200]}"]
    if response.status_code >= 400 and not response.headers["content-type"].startswith(
        "application/problem+json"
    ):
        return [f"{what}: {response.status_code} is not a problem document"]
    if "Traceback" in response.text:
        return [f"{what}: a trace in the answer"]
    return []
