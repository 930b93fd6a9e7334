"""Every read route over real HTTP on a store with known contacts: answers, filters, order and pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from api_data import SPECS, Populated, populate
from api_helpers import assert_problem, make_settings, running_server

from app.startup import open_ready_store
from ingest.gazetteer import load_default

MACRON, ERDOGAN, SHARAA = "emmanuel-macron", "recep-tayyip-erdogan", "ahmed-al-sharaa"
OCCURRED = [s for s in SPECS if s.status == "occurred"]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Populated]]:
    settings = make_settings(tmp_path_factory.mktemp("queries") / "q.db", worker=False)
    store = open_ready_store(settings, list(load_default().leaders.values()))
    try:
        written = populate(store)
    finally:
        store.close()
    with running_server(settings) as url:
        yield url, written


@pytest.fixture(scope="module")
def url(api: tuple[str, Populated]) -> str:
    return api[0]


def get(client: httpx.Client, url: str, path: str, **params: Any) -> Any:
    response = client.get(f"{url}{path}", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def all_pages(client: httpx.Client, url: str, **params: Any) -> tuple[list[dict[str, Any]], int]:
    """Follow Link rel=next headers from the first page to the last; return the results and page count."""
    results: list[dict[str, Any]] = []
    next_url: str | None = f"{url}/v1/contacts"
    pages = 0
    while next_url is not None:
        response = client.get(next_url, params=params if pages == 0 else None)
        assert response.status_code == 200, response.text
        body = response.json()
        pages += 1
        results.extend(body["results"])
        assert body["meta"]["count"] == len(body["results"])
        link = response.links.get("next")
        if body["meta"]["next_cursor"] is None:
            assert link is None
            next_url = None
        else:
            assert link is not None
            assert parse_qs(urlsplit(link["url"]).query)["cursor"] == [body["meta"]["next_cursor"]]
            next_url = link["url"]
    return results, pages


def test_health_ready_and_docs(url: str, client: httpx.Client) -> None:
    assert get(client, url, "/health") == {"status": "ok"}
    assert get(client, url, "/ready") == {"status": "ready", "store": "sqlite"}
    assert "swagger" in client.get(f"{url}/docs").text.lower()
    schema = get(client, url, "/openapi.json")
    for path in ("/v1/documents", "/v1/contacts", "/v1/pairs", "/v1/leaders/{leader}/counterparts",
                 "/v1/countries/{iso3}/network", "/v1/topics", "/v1/queue"):
        assert path in schema["paths"], path


def test_request_id_is_echoed_or_made(url: str, client: httpx.Client) -> None:
    mine = client.get(f"{url}/health", headers={"X-Request-ID": "trace-42"})
    assert mine.headers["x-request-id"] == "trace-42"
    made = client.get(f"{url}/health", headers={"X-Request-ID": "bad id\twith spaces"})
    assert made.headers["x-request-id"] != "bad id\twith spaces" and len(made.headers["x-request-id"]) == 32


def test_cors_is_closed_by_default(url: str, client: httpx.Client) -> None:
    response = client.get(f"{url}/v1/topics", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


def test_contacts_of_a_leader_newest_first_over_pages(url: str, client: httpx.Client) -> None:
    results, pages = all_pages(client, url, leader="Macron", limit=5)
    mine = [s for s in SPECS if "M" in (s.a, s.b)]
    assert len(results) == len(mine) == 16 and pages == 4
    assert len({c["id"] for c in results}) == 16
    dates = [c["date"] for c in results]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2026-03-01"  # the planned meeting is the newest; no status filter given
    for contact in results:
        assert MACRON in (contact["a"]["leader_id"], contact["b"]["leader_id"])


def test_undated_contacts_come_last(url: str, client: httpx.Client) -> None:
    results, _ = all_pages(client, url, limit=7)
    assert len(results) == len(SPECS)
    assert results[-1]["date"] is None and results[-1]["mode"] == "written"
    dated = [c["date"] for c in results[:-1]]
    assert dated == sorted(dated, reverse=True)


def test_default_and_maximum_page_sizes(url: str, client: httpx.Client) -> None:
    body = get(client, url, "/v1/contacts")
    assert body["meta"]["count"] == len(SPECS) and body["meta"]["next_cursor"] is None  # 18 < 25
    assert get(client, url, "/v1/contacts", limit=100)["meta"]["count"] == len(SPECS)


def test_leader_and_with_by_id_and_by_name_in_any_script(url: str, client: httpx.Client) -> None:
    by_id = get(client, url, "/v1/contacts", leader=MACRON, **{"with": SHARAA})
    by_name = get(client, url, "/v1/contacts", leader="Emmanuel Macron", **{"with": "Ahmed al-Sharaa"})
    in_arabic = get(client, url, "/v1/contacts", leader="ماكرون", **{"with": SHARAA})
    assert by_id == by_name == in_arabic
    [contact] = by_id["results"]
    assert contact["mode"] == "phone" and contact["date"] == "2026-01-08"
    # Two documents reported this call: one contact, two sources.
    assert len(contact["sources"]) == 2
    assert {s["url"] for s in contact["sources"]} == {"https://fixtures.example/12", "https://fixtures.example/18"}


def test_with_alone_acts_as_leader(url: str, client: httpx.Client) -> None:
    alone = get(client, url, "/v1/contacts", **{"with": SHARAA})
    assert alone == get(client, url, "/v1/contacts", leader=SHARAA)
    assert alone["meta"]["count"] == 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"mode": "video"}, 1),
        ({"mode": "phone"}, 13),
        ({"status": "planned"}, 1),
        ({"status": "occurred"}, 17),
        ({"setting": "summit"}, 1),
        ({"setting": "visit"}, 1),
        ({"topic": "trade_economy"}, 7),
        ({"topic": "regional_situation"}, 7),
        ({"country": "SYR"}, 2),
        ({"country": "syr"}, 2),
        ({"country": "USA"}, 1),
        ({"since": "2025-06-01", "until": "2025-06-30"}, 2),
        ({"since": "2026-01-01"}, 2),
        ({"until": "2025-01-31"}, 1),
        ({"leader": "Macron", "mode": "phone", "since": "2025-07-01"}, 7),
        ({"leader": "Erdogan", "country": "SYR"}, 1),
    ],
)
def test_contact_filters(url: str, client: httpx.Client, params: dict[str, str], expected: int) -> None:
    results, _ = all_pages(client, url, limit=100, **params)
    assert len(results) == expected, [(c["a"]["leader_id"], c["b"]["leader_id"], c["date"]) for c in results]


def test_one_contact_and_its_documents(api: tuple[str, Populated], client: httpx.Client) -> None:
    url, written = api
    [listed] = get(client, url, "/v1/contacts", leader=MACRON, **{"with": SHARAA})["results"]
    assert get(client, url, f"/v1/contacts/{listed['id']}") == listed
    doc = get(client, url, f"/v1/documents/{written.second_report}")
    assert doc["status"] == "done" and doc["error"] is None and doc["lang"] == "en"
    assert [c["id"] for c in doc["contacts"]] == [listed["id"]]
    assert get(client, url, "/v1/queue") == {"queued": 0, "processing": 0, "done": 19, "failed": 0}


def test_pair_summary(url: str, client: httpx.Client) -> None:
    pair = get(client, url, "/v1/pairs", a="Macron", b="Erdoğan")
    assert {pair["a"]["id"], pair["b"]["id"]} == {MACRON, ERDOGAN}
    assert pair["count"] == 12 and pair["by_mode"] == {"phone": 12}
    assert pair["by_month"] == {f"2025-{m:02d}": 1 for m in range(1, 13)}
    assert pair["topics"] == {"trade_economy": 6, "security_defense": 6, "regional_situation": 6}
    assert (pair["first"], pair["last"]) == ("2025-01-10", "2025-12-10")
    window = get(client, url, "/v1/pairs", a=ERDOGAN, b=MACRON, since="2025-03-01", until="2025-05-31")
    assert window["count"] == 3 and window["first"] == "2025-03-10"


def test_planned_contacts_do_not_count_in_pairs(url: str, client: httpx.Client) -> None:
    assert get(client, url, "/v1/pairs", a="Macron", b="Trump")["count"] == 0


def test_leader_and_totals(url: str, client: httpx.Client) -> None:
    leader = get(client, url, "/v1/leaders/Macron")
    assert leader["id"] == MACRON and leader["name"] == "Emmanuel Macron"
    assert any(o["country"] == "FRA" and o["role"] == "head_of_state" for o in leader["offices"])
    totals = leader["totals"]
    assert totals["contacts"] == 15 and totals["counterparts"] == 4  # occurred only
    assert (totals["first"], totals["last"]) == ("2025-01-10", "2026-01-08")
    assert totals["by_mode"] == {"phone": 13, "video": 1, "in_person": 1}
    assert get(client, url, f"/v1/leaders/{MACRON}") == leader


def test_counterparts(url: str, client: httpx.Client) -> None:
    body = get(client, url, "/v1/leaders/Macron/counterparts")
    rows = body["results"]
    assert body["meta"]["count"] == len(rows) == 4
    assert rows[0]["leader"]["id"] == ERDOGAN and rows[0]["count"] == 12
    assert rows[0]["modes"] == {"phone": 12} and rows[0]["last"] == "2025-12-10"
    assert {r["leader"]["id"] for r in rows} == {ERDOGAN, SHARAA, "keir-starmer", "friedrich-merz"}
    recent = get(client, url, "/v1/leaders/Macron/counterparts", since="2025-12-01")["results"]
    assert {r["leader"]["id"]: r["count"] for r in recent} == {ERDOGAN: 1, SHARAA: 1}


def test_leader_search(url: str, client: httpx.Client) -> None:
    found = get(client, url, "/v1/leaders", q="Macr")["results"]
    assert MACRON in [leader["id"] for leader in found]
    in_arabic = get(client, url, "/v1/leaders", q="ماكرون")["results"]
    assert MACRON in [leader["id"] for leader in in_arabic]
    french_now = get(client, url, "/v1/leaders", country="FRA", at="2026-01-08")["results"]
    assert MACRON in [leader["id"] for leader in french_now]
    french_then = get(client, url, "/v1/leaders", country="FRA", at="2010-06-01", limit=100)["results"]
    assert MACRON not in [leader["id"] for leader in french_then]
    assert get(client, url, "/v1/leaders", q="Macr", limit=1)["meta"]["count"] == 1


def test_ambiguous_name_lists_candidates(url: str, client: httpx.Client) -> None:
    gazetteer = load_default()
    name = next(alias for alias, ids in gazetteer.alias_index.items() if len(ids) > 1)
    problem = assert_problem(client.get(f"{url}/v1/contacts", params={"leader": name}), 409, "leaders")
    candidates = {c["id"] for c in problem["candidates"]}
    assert candidates == set(gazetteer.alias_index[name])
    assert all(c["name"] for c in problem["candidates"])


def test_country_network(url: str, client: httpx.Client) -> None:
    network = get(client, url, "/v1/countries/SYR/network")
    nodes = {n["id"]: n for n in network["nodes"]}
    assert set(nodes) == {SHARAA, MACRON, ERDOGAN}
    assert nodes[SHARAA]["country"] == "SYR" and nodes[SHARAA]["name"] == "Ahmed al-Sharaa"
    assert len(network["links"]) == 2 and all(link["count"] == 1 for link in network["links"])
    phone_only = get(client, url, "/v1/countries/syr/network", mode="phone")
    assert len(phone_only["links"]) == 1
    france = get(client, url, "/v1/countries/FRA/network", since="2025-01-01", until="2025-12-31")
    macron_erdogan = next(
        link for link in france["links"] if {link["source"], link["target"]} == {MACRON, ERDOGAN}
    )
    assert macron_erdogan["count"] == 12 and macron_erdogan["modes"] == {"phone": 12}


def test_topics(url: str, client: httpx.Client) -> None:
    body = get(client, url, "/v1/topics")
    assert body["meta"]["count"] == 24 == len(body["results"])
    counts = {t["code"]: t["count"] for t in body["results"]}
    assert counts["trade_economy"] == 6  # the planned meeting does not count
    assert counts["reconstruction"] == 1 and counts["health"] == 0
    labels = {t["code"]: t["label"] for t in body["results"]}
    assert labels["trade_economy"] == "Trade and economy"


def test_document_list_newest_first_with_pages(api: tuple[str, Populated], client: httpx.Client) -> None:
    url, written = api
    first = client.get(f"{url}/v1/documents", params={"limit": 10})
    body = first.json()
    assert body["meta"]["count"] == 10 and body["meta"]["next_cursor"]
    assert "text" not in body["results"][0]
    assert body["results"][0]["id"] == written.second_report  # the last one written
    rest = client.get(first.links["next"]["url"]).json()
    ids = [d["id"] for d in body["results"] + rest["results"]]
    assert len(ids) == len(set(ids)) == 19 and rest["meta"]["next_cursor"] is None
    assert get(client, url, "/v1/documents", status="done")["meta"]["count"] == 19
    assert get(client, url, "/v1/documents", status="failed")["results"] == []
    assert_problem(client.get(f"{url}/v1/documents", params={"status": "lost"}), 422, "status")
    assert_problem(client.get(f"{url}/v1/documents", params={"cursor": "abc"}), 400, "cursor")
