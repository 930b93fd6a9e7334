"""/metrics over real HTTP: Prometheus text with latencies by route template, the queue, the worker."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from app.main import create_app
from tests.app.api_helpers import make_settings, running_server, serving

REPORT = {
    "text": "President Emmanuel Macron spoke by phone with Chancellor Friedrich Merz of Germany on Monday "
    "about support for Ukraine.",
    "published": "2025-06-03",
    "lang": "en",
    "url": "https://metrics.diplograph.invalid/macron-merz",
}


def samples(text: str) -> list[Sample]:
    return [s for family in text_string_to_metric_families(text) for s in family.samples]


def value(found: list[Sample], name: str, **labels: str) -> float:
    matching = [
        s.value for s in found if s.name == name and all(s.labels.get(k) == v for k, v in labels.items())
    ]
    assert matching, (name, labels)
    return sum(matching)


def test_metrics_count_requests_queue_and_jobs(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "metrics.db")
    with running_server(settings) as url, httpx.Client(timeout=30) as client:
        posted = client.post(f"{url}/v1/documents", json=REPORT)
        assert posted.status_code == 202, posted.text
        doc_id = posted.json()["results"][0]["id"]
        deadline = time.monotonic() + 30
        while client.get(f"{url}/v1/documents/{doc_id}").json()["status"] != "done":
            assert time.monotonic() < deadline, "the worker did not process the report"
            time.sleep(0.05)
        assert client.get(f"{url}/v1/leaders/emmanuel-macron").status_code == 200
        assert client.get(f"{url}/v1/leaders/no-such-person").status_code == 404
        assert client.get(f"{url}/no/such/path/12345").status_code == 404

        response = client.get(f"{url}/metrics")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        found = samples(response.text)

    # Latency histograms by route template and status, never by concrete path.
    hist = "diplograph_http_request_duration_seconds"
    assert value(found, f"{hist}_count", route="/v1/leaders/{leader}", status="200") == 1
    assert value(found, f"{hist}_count", route="/v1/leaders/{leader}", status="404") == 1
    assert value(found, f"{hist}_count", route="/v1/documents/{document_id}", method="GET", status="200") >= 1
    assert value(found, f"{hist}_count", route="/v1/documents", method="POST", status="202") == 1
    assert value(found, f"{hist}_count", route="<unmatched>", status="404") == 1
    assert value(found, f"{hist}_bucket", route="/v1/documents", method="POST", le="+Inf") == 1
    assert not any("no-such-person" in str(s.labels) or "12345" in str(s.labels) for s in found)
    # The queue by status, read from the store at the scrape; the in-process worker's jobs and timings.
    assert value(found, "diplograph_queue_documents", status="done") == 1
    assert value(found, "diplograph_queue_documents", status="queued") == 0
    assert value(found, "diplograph_store_up") == 1
    assert value(found, "diplograph_worker_jobs_total", outcome="done") == 1
    assert value(found, "diplograph_extraction_seconds_count") == 1
    assert value(found, "diplograph_extraction_seconds_sum") > 0
    assert value(found, "diplograph_contacts_extracted_total") >= 1


def test_metrics_answer_while_the_store_is_down(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path / "down.db", worker=False))
    with serving(app) as url, httpx.Client(timeout=30) as client:
        assert value(samples(client.get(f"{url}/metrics").text), "diplograph_store_up") == 1
        app.state.diplograph.store.close()  # the store goes away under the running app
        response = client.get(f"{url}/metrics")
        assert response.status_code == 200
        found = samples(response.text)
        assert value(found, "diplograph_store_up") == 0
        assert not [s for s in found if s.name == "diplograph_queue_documents"]


def test_metrics_follow_the_read_key_and_can_be_turned_off(tmp_path: Path) -> None:
    keyed = make_settings(tmp_path / "keyed.db", worker=False, api_keys="scraper", protect_reads=True)
    with running_server(keyed) as url, httpx.Client(timeout=30) as client:
        assert client.get(f"{url}/metrics").status_code == 401
        assert client.get(f"{url}/metrics", headers={"X-API-Key": "scraper"}).status_code == 200
    off = make_settings(tmp_path / "off.db", worker=False, metrics=False)
    with running_server(off) as url, httpx.Client(timeout=30) as client:
        assert client.get(f"{url}/metrics").status_code == 404
        assert "/metrics" not in client.get(f"{url}/openapi.json").json()["paths"]
