"""Documents through the in-process worker over real HTTP: accepted, processed, visible, never doubled."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_helpers import make_settings, running_server

from app.startup import open_ready_store
from ingest.gazetteer import load_default
from ingest.normalize import NormalizeConfig, RawDocument, build_document

# Our own wording of a real meeting: Keir Starmer and Emmanuel Macron held a UK-France summit in London
# on 10 July 2025, during Macron's state visit (written for these tests, like a government readout).
READOUT = {
    "url": "https://readouts.example/uk/2025-07-10-uk-france-summit",
    "title": "PM meets President Macron for UK-France summit",
    "lang": "en",
    "published": "2025-07-10",
    "text": (
        "Prime Minister Keir Starmer met President Emmanuel Macron of France in London today for a "
        "UK-France summit.\n\n"
        "The leaders agreed new measures against illegal migration across the Channel and discussed "
        "their support for Ukraine."
    ),
}


@pytest.fixture()
def live(tmp_path: Path) -> Iterator[str]:
    settings = make_settings(tmp_path / "live.db", worker=True, worker_max_attempts=2)
    with running_server(settings) as url:
        yield url


def wait_done(client: httpx.Client, url: str, doc_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        doc: dict[str, Any] = client.get(f"{url}/v1/documents/{doc_id}").json()
        if doc["status"] in ("done", "failed"):
            return doc
        time.sleep(0.05)
    raise AssertionError(f"document {doc_id} was not processed in 60 s")


def test_posted_readout_becomes_a_contact(live: str, client: httpx.Client) -> None:
    posted = client.post(f"{live}/v1/documents", json=READOUT)
    assert posted.status_code == 202
    assert posted.json()["meta"] == {"count": 1, "queued": 1, "duplicate": 0}
    doc_id = posted.json()["results"][0]["id"]
    doc = wait_done(client, live, doc_id)
    assert doc["status"] == "done" and doc["attempts"] >= 1
    assert doc["title"] == READOUT["title"] and doc["published"] == "2025-07-10"
    [contact] = doc["contacts"]
    assert {contact["a"]["leader_id"], contact["b"]["leader_id"]} == {"keir-starmer", "emmanuel-macron"}
    assert contact["date"] == "2025-07-10" and contact["mode"] == "in_person"
    listed = client.get(f"{live}/v1/contacts", params={"leader": "Starmer", "with": "Macron"}).json()
    assert [c["id"] for c in listed["results"]] == [contact["id"]]


def test_batch_results_in_order_with_duplicates(live: str, client: httpx.Client) -> None:
    other = {"text": "A second, different report for the batch test.", "lang": "en"}
    # The same address again, and written differently (www., trailing slash, a tracking parameter).
    same_page = "https://www.readouts.example/uk/2025-07-10-uk-france-summit/?utm_source=x"
    body = [READOUT, other, READOUT, {**READOUT, "url": same_page}]
    response = client.post(f"{live}/v1/documents", json=body)
    assert response.status_code == 202
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["queued", "queued", "duplicate", "duplicate"]
    assert results[2]["duplicate_of"] == results[0]["id"] == results[3]["id"]
    assert response.json()["meta"] == {"count": 4, "queued": 2, "duplicate": 2}
    for result in results[:2]:
        assert wait_done(client, live, result["id"])["status"] == "done"
    again = client.post(f"{live}/v1/documents", json=READOUT).json()["results"][0]
    assert again["status"] == "duplicate"
    assert client.get(f"{live}/v1/queue").json()["done"] == 2


def test_html_documents_are_reduced_to_text(live: str, client: httpx.Client) -> None:
    html = (
        "<html><head><title>Call</title></head><body><nav>Home | News</nav><article><h1>PM call</h1>"
        f"<p>{READOUT['text'].split(chr(10))[0]}</p><p>{READOUT['text'].split(chr(10))[-1]}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    posted = client.post(f"{live}/v1/documents", json={"html": html, "published": "2025-07-10", "lang": "en"})
    assert posted.status_code == 202, posted.text
    doc = wait_done(client, live, posted.json()["results"][0]["id"])
    assert "Keir Starmer met President Emmanuel Macron" in doc["text"]
    assert "<p>" not in doc["text"] and "Copyright" not in doc["text"]


ERROR = "ExtractionError: evidence offsets outside the text"


def test_failed_documents_are_visible(tmp_path: Path, client: httpx.Client) -> None:
    # Fail a job for good through the queue, exactly as the worker does after its last attempt.
    settings = make_settings(tmp_path / "failed.db", worker=False)
    store = open_ready_store(settings, list(load_default().leaders.values()))
    try:
        doc = build_document(RawDocument(text="A report whose extraction fails."), NormalizeConfig())
        store.enqueue([doc])
        now = datetime.now(UTC)
        job = store.claim("test-worker", 60, now)
        assert job is not None and job.document.id == doc.id
        store.fail(job, ERROR, None, now)
    finally:
        store.close()
    with running_server(settings) as url:
        assert client.get(f"{url}/v1/queue").json()["failed"] == 1
        [listed] = client.get(f"{url}/v1/documents", params={"status": "failed"}).json()["results"]
        assert listed["id"] == doc.id and listed["error"] == ERROR
        one = client.get(f"{url}/v1/documents/{doc.id}").json()
        assert one["status"] == "failed" and one["error"] == listed["error"] and one["contacts"] == []
