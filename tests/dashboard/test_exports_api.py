"""Exports, rankings and chains over HTTP and the CLI, checked against the API's own counts."""

from __future__ import annotations

import csv
import io
import itertools
import os
import subprocess
import sys
from pathlib import Path

import httpx
import networkx as nx
import pytest
from dashboard_helpers import ROOT, LiveServer

pytestmark = pytest.mark.slow
MACRON, SHARAA = "emmanuel-macron", "ahmed-al-sharaa"


def totals(network: dict) -> tuple[int, int, int]:
    """Leaders, ties and contacts of a node-link answer."""
    return len(network["nodes"]), len(network["links"]), sum(link["count"] for link in network["links"])


def graph_totals(g: nx.Graph) -> tuple[int, int, int]:
    return g.number_of_nodes(), g.number_of_edges(), sum(int(d["count"]) for _, _, d in g.edges(data=True))


@pytest.mark.parametrize("path", ["/v1/network", "/v1/countries/SYR/network", f"/v1/network?leader={MACRON}"])
def test_graphml_and_gexf_agree_with_the_json_answer(
    live_server: LiveServer, http: httpx.Client, path: str
) -> None:
    sep = "&" if "?" in path else "?"
    answer = http.get(f"{live_server.url}{path}")
    assert answer.status_code == 200, answer.text
    expected = totals(answer.json())
    assert expected[2] > 0

    graphml = http.get(f"{live_server.url}{path}{sep}format=graphml")
    assert graphml.headers["content-type"].startswith("application/graphml+xml")
    assert "attachment" in graphml.headers["content-disposition"]
    assert graph_totals(nx.read_graphml(io.BytesIO(graphml.content))) == expected

    gexf = http.get(f"{live_server.url}{path}{sep}format=gexf")
    g = nx.read_gexf(io.BytesIO(gexf.content))
    assert graph_totals(g) == expected
    assert g.graph["mode"] == "dynamic"
    dated = [d for _, _, d in g.edges(data=True) if "start" in d]
    assert dated and all(d["start"] <= d["end"] for d in dated)

    rows = list(
        csv.DictReader(
            io.StringIO(http.get(f"{live_server.url}{path}{sep}format=csv").content.decode("utf-8-sig"))
        )
    )
    assert (len(rows), sum(int(r["count"]) for r in rows)) == expected[1:]

    cyto = http.get(f"{live_server.url}{path}{sep}format=cytoscape").json()["elements"]
    assert (len(cyto["nodes"]), len(cyto["edges"])) == expected[:2]
    d3 = http.get(f"{live_server.url}{path}{sep}format=json").json()
    assert totals(d3) == expected


def test_leader_network_is_the_leader_and_their_counterparts(
    live_server: LiveServer, http: httpx.Client
) -> None:
    network = http.get(f"{live_server.url}/v1/network", params={"leader": "ماكرون"}).json()
    ids = {n["id"] for n in network["nodes"]}
    assert MACRON in ids and SHARAA in ids
    counterparts = http.get(f"{live_server.url}/v1/leaders/{MACRON}/counterparts").json()["results"]
    assert ids == {MACRON} | {c["leader"]["id"] for c in counterparts}


def test_bad_export_requests_get_clear_problems(live_server: LiveServer, http: httpx.Client) -> None:
    for path, status in [
        ("/v1/network?format=pdf", 422),
        ("/v1/network?since=2026-02-30", 422),
        ("/v1/network?since=2026-02-01&until=2026-01-01", 422),
        ("/v1/network?leader=nobody-at-all", 404),
        ("/v1/network?country=XXX", 422),
        ("/v1/rankings?metric=fame", 422),
        ("/v1/path?a=emmanuel-macron", 422),
        ("/v1/timeline?topic=gossip", 422),
    ]:
        answer = http.get(f"{live_server.url}{path}")
        assert answer.status_code == status, (path, answer.text)
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert answer.json()["detail"] and "Traceback" not in answer.text


def test_rankings_and_timeline_agree_with_the_network(live_server: LiveServer, http: httpx.Client) -> None:
    network = http.get(f"{live_server.url}/v1/network").json()
    degree = http.get(f"{live_server.url}/v1/rankings", params={"metric": "degree", "limit": 100}).json()
    rows = degree["results"]
    assert len(rows) == len(network["nodes"]) == degree["meta"]["count"]
    contacts = {n["id"]: n["contacts"] for n in network["nodes"]}
    assert all(r["contacts"] == contacts[r["leader"]["id"]] for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    for metric in ("betweenness", "pagerank"):
        assert http.get(f"{live_server.url}/v1/rankings", params={"metric": metric}).status_code == 200

    timeline = http.get(f"{live_server.url}/v1/timeline").json()
    assert timeline["total"] == sum(link["count"] for link in network["links"])
    assert sum(timeline["months"].values()) + timeline["undated"] == timeline["total"]
    january = http.get(
        f"{live_server.url}/v1/timeline", params={"since": "2026-01-01", "until": "2026-01-31"}
    ).json()
    assert set(january["months"]) <= {"2026-01"} and january["months"].get("2026-01", 0) >= 1


def test_path_between_two_leaders_names_each_hop(live_server: LiveServer, http: httpx.Client) -> None:
    direct = http.get(f"{live_server.url}/v1/path", params={"a": "ماكرون", "b": "al-Sharaa"}).json()
    assert [x["id"] for x in direct["leaders"]] == [MACRON, SHARAA]
    hop = direct["hops"][0]
    assert hop["count"] >= 2 and hop["latest"]["date"] == hop["last"]
    # Any two leaders of the sample network are joined, hop by hop, by ties that exist.
    network = http.get(f"{live_server.url}/v1/network").json()
    ties = {frozenset((link["source"], link["target"])) for link in network["links"]}
    far = http.get(f"{live_server.url}/v1/path", params={"a": network["nodes"][-1]["id"], "b": MACRON})
    if far.status_code == 200:
        chain = [x["id"] for x in far.json()["leaders"]]
        assert all(frozenset(pair) in ties for pair in itertools.pairwise(chain))
    else:
        assert far.status_code == 404 and "chain" in far.json()["detail"]


def test_cli_export_writes_the_same_graph(
    live_server: LiveServer, http: httpx.Client, tmp_path: Path
) -> None:
    out = tmp_path / "syria.gexf"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOGRAPH_", "NEO4J_"))}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "export",
            "--format",
            "gexf",
            "--country",
            "syr",
            "-o",
            str(out),
            "--store",
            str(live_server.store),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    expected = totals(http.get(f"{live_server.url}/v1/countries/SYR/network").json())
    assert graph_totals(nx.read_gexf(out)) == expected
    assert f"{expected[0]} leaders" in done.stderr

    bad = subprocess.run(
        [sys.executable, "-m", "app.cli", "export", "--format", "pdf", "--store", str(live_server.store)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and "pdf" in bad.stderr and "Traceback" not in bad.stderr
