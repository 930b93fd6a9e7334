"""End to end: the real `diplograph serve` process, an Arabic report posted over HTTP, the worker, the answer.

The report (seed_report_ar.json) is our own Arabic wording of a real event: on 8 January 2026 the Syrian
president Ahmed al-Sharaa phoned Turkey's president Erdogan and France's president Macron; a paragraph
about an interior-ministry spokesman speaking to television is not a contact.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.processes import clean_env, diplograph_command, free_port, server_process, wait_for

HERE = Path(__file__).resolve().parent
REPORT: dict[str, Any] = json.loads((HERE / "seed_report_ar.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    """`diplograph serve` on a free port over a new SQLite store in tmp_path."""
    port = free_port()
    command = [*diplograph_command(), "serve", "--port", str(port), "--store", str(tmp_path / "e2e.db")]
    with server_process(command, port, tmp_path, clean_env(DIPLOGRAPH_WORKER_POLL_SECONDS="0.1")) as url:
        yield url


def is_arabic(text: str) -> bool:
    return any(unicodedata.name(ch, "").startswith("ARABIC") for ch in text)


def macron_sharaa(client: httpx.Client, url: str) -> list[dict[str, Any]]:
    response = client.get(f"{url}/v1/contacts", params={"leader": "Macron", "with": "الشرع"})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_arabic_report_to_one_phone_contact(server: str) -> None:
    with httpx.Client(timeout=30) as client:
        posted = client.post(f"{server}/v1/documents", json=REPORT)
        assert posted.status_code == 202, posted.text
        result = posted.json()["results"][0]
        assert result["status"] == "queued"
        doc_id = result["id"]

        def finished() -> dict[str, Any] | None:
            d: dict[str, Any] = client.get(f"{server}/v1/documents/{doc_id}").json()
            return d if d["status"] in ("done", "failed") else None

        doc = wait_for(finished, 60, "the worker to process the report")
        assert doc["status"] == "done", doc.get("error")

        contacts = macron_sharaa(client, server)
        assert len(contacts) == 1, contacts
        contact = contacts[0]
        assert contact["mode"] == "phone"
        assert contact["date"] == "2026-01-08" and contact["date_precision"] == "day"
        assert contact["status"] == "occurred"
        assert {contact["a"]["country"], contact["b"]["country"]} == {"SYR", "FRA"}
        [source] = contact["sources"]
        assert source["document_id"] == doc_id
        assert is_arabic(source["evidence"])
        # The evidence is a real span of the stored text, at the offsets given.
        assert doc["text"][source["start"]:source["end"]] == source["evidence"]

        # The same report again, and again from another address: known, so no new job and no new contact.
        again = client.post(f"{server}/v1/documents", json=REPORT).json()["results"][0]
        assert again["status"] == "duplicate" and again["duplicate_of"] == doc_id
        elsewhere = client.post(f"{server}/v1/documents", json={**REPORT, "url": "https://mirror.example.net/a"})
        assert elsewhere.json()["results"][0]["status"] == "duplicate"
        time.sleep(0.5)  # give a (wrongly) queued copy time to be processed
        queue = client.get(f"{server}/v1/queue").json()
        assert queue == {"queued": 0, "processing": 0, "done": 1, "failed": 0}
        assert len(macron_sharaa(client, server)) == 1

        # The spokesman paragraph is no contact: al-Sharaa's only counterparts are Macron and Erdogan.
        network = client.get(f"{server}/v1/countries/SYR/network").json()
        leaders = {node["id"] for node in network["nodes"]}
        assert leaders == {"ahmed-al-sharaa", "emmanuel-macron", "recep-tayyip-erdogan"}, network["nodes"]
        assert len(network["links"]) == 2
