"""Counterparts over HTTP come a page at a time, most contacts first, with a cursor like every list."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from api_helpers import assert_problem, make_settings, running_server

from app.startup import open_ready_store
from graph.models import Leader, Office
from ingest.gazetteer import load_default
from tests.contract.builders import participant, report

HUB = Leader(id="bench-hub", name="Hubert Hub", offices=(Office(country="FRA", role="head_of_state"),))
OTHERS = [
    Leader(id=f"bench-other-{i:02d}", name=f"Other Person {i:02d}",
           offices=(Office(country="DEU", role="head_of_state"),))
    for i in range(30)
]  # fmt: skip


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = make_settings(tmp_path_factory.mktemp("pages") / "p.db", worker=False)
    store = open_ready_store(settings, list(load_default().leaders.values()))
    try:
        store.upsert_leaders([HUB, *OTHERS])
        items = []
        for i, other in enumerate(OTHERS):
            for k in range(1 + i % 4):
                doc = f"d-{i}-{k}"
                day = f"2025-0{k + 1}-02"
                items.append((doc, [report(participant(HUB), participant(other), doc, date=day)]))
        store.save_extractions(items)
    finally:
        store.close()
    with running_server(settings) as base:
        yield base


def test_counterparts_page_through_the_whole_ranking(url: str) -> None:
    with httpx.Client(timeout=30) as client:
        everyone = client.get(f"{url}/v1/leaders/{HUB.id}/counterparts", params={"limit": 100}).json()
        assert everyone["meta"] == {"count": 30, "next_cursor": None}
        ranking = [(r["leader"]["id"], r["count"]) for r in everyone["results"]]
        assert ranking == sorted(ranking, key=lambda r: (-r[1], r[0]))
        first = client.get(f"{url}/v1/leaders/{HUB.id}/counterparts")
        assert first.status_code == 200 and first.json()["meta"]["count"] == 25  # the lists' default page
        seen, next_url, pages = [], f"{url}/v1/leaders/{HUB.id}/counterparts?limit=7", 0
        while next_url is not None:
            response = client.get(next_url)
            body = response.json()
            seen += [(r["leader"]["id"], r["count"]) for r in body["results"]]
            pages += 1
            link = response.links.get("next")
            next_url = link["url"] if link else None
            assert (link is None) == (body["meta"]["next_cursor"] is None)
        assert seen == ranking and pages == 5
        for bad in ("x", "-1", "9" * 30):
            response = client.get(f"{url}/v1/leaders/{HUB.id}/counterparts", params={"cursor": bad})
            assert_problem(response, 422, "cursor")
