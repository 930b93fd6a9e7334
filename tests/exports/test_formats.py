"""Every export format agrees with the network it came from, and loads back where a loader exists."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import networkx as nx
import orjson
import pytest

from app.exports import (
    CSV_COLUMNS,
    EXPORT_FORMATS,
    csv_edges,
    cytoscape_elements,
    gexf,
    graphml,
    network_from_contacts,
    node_link,
    period_end,
    render,
)
from graph.models import Contact, Network


@pytest.fixture
def network(contacts: list[Contact]) -> Network:
    return network_from_contacts(contacts)


def test_network_from_contacts_counts_occurred_contacts_only(network: Network) -> None:
    ids = {n.id for n in network.nodes}
    assert ids == {
        "ahmed-al-sharaa",
        "emmanuel-macron",
        "recep-tayyip-erdogan",
        "friedrich-merz",
        "keir-starmer",
    }
    by_pair = {(link.source, link.target): link for link in network.links}
    syria_france = by_pair[("ahmed-al-sharaa", "emmanuel-macron")]
    assert syria_france.count == 3
    assert syria_france.first == "2025-02"  # month precision sorts as its first day
    assert syria_france.last == "2026-01-08"
    assert syria_france.modes == {"phone": 2, "in_person": 1}
    assert syria_france.topics["sanctions"] == 1
    # The planned Sharaa-Starmer meeting is not a tie; the undated Macron-Merz video call still counts.
    assert ("ahmed-al-sharaa", "keir-starmer") not in by_pair
    assert by_pair[("emmanuel-macron", "friedrich-merz")].count == 2
    contacts = {n.id: n.contacts for n in network.nodes}
    assert contacts["emmanuel-macron"] == 6
    assert sum(contacts.values()) == 2 * sum(link.count for link in network.links)


def test_graphml_loads_back_with_the_same_counts(network: Network) -> None:
    g = nx.read_graphml(io.BytesIO(graphml(network)))
    assert g.number_of_nodes() == len(network.nodes)
    assert g.number_of_edges() == len(network.links)
    assert sum(int(d["count"]) for _, _, d in g.edges(data=True)) == sum(link.count for link in network.links)
    assert g.nodes["recep-tayyip-erdogan"]["name"] == "Recep Tayyip Erdoğan"
    assert g.nodes["keir-starmer"]["role"] == "head_of_government"
    edge = g.edges["ahmed-al-sharaa", "emmanuel-macron"]
    assert edge["mode_phone"] == 2 and edge["mode_in_person"] == 1 and edge["mode_video"] == 0
    assert edge["first"] == "2025-02" and edge["last"] == "2026-01-08"


def test_gexf_loads_back_with_dates_for_the_timeline(network: Network) -> None:
    body = gexf(network)
    g = nx.read_gexf(io.BytesIO(body))
    assert g.number_of_nodes() == len(network.nodes)
    assert g.number_of_edges() == len(network.links)
    assert sum(int(d["count"]) for _, _, d in g.edges(data=True)) == sum(link.count for link in network.links)
    assert g.graph["mode"] == "dynamic"
    edge = g.edges["ahmed-al-sharaa", "emmanuel-macron"]
    assert edge["start"] == "2025-02-01" and edge["end"] == "2026-01-08"
    assert edge["weight"] == 3.0
    assert g.nodes["ahmed-al-sharaa"]["start"] == "2025-02-01"
    assert g.nodes["ahmed-al-sharaa"]["label"] == "Ahmed al-Sharaa"
    # Gephi reads the time format from the graph element: dates, not numbers.
    root = ET.fromstring(body)
    graph_el = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph_el is not None
    assert graph_el.get("timeformat") == "date" and graph_el.get("mode") == "dynamic"


def test_undated_tie_has_no_timeline_dates(contact_factory: type, network: Network) -> None:
    only_undated = network_from_contacts([contact_factory.make("emmanuel-macron", "keir-starmer", None)])
    g = nx.read_gexf(io.BytesIO(gexf(only_undated)))
    assert "start" not in g.edges["emmanuel-macron", "keir-starmer"]


def test_period_end_handles_month_year_and_leap_february() -> None:
    assert period_end("2024-02") == "2024-02-29"
    assert period_end("2025-02") == "2025-02-28"
    assert period_end("2025") == "2025-12-31"
    assert period_end("2025-07-17") == "2025-07-17"


def test_node_link_json_is_d3_shaped(network: Network) -> None:
    data = node_link(network)
    assert {n["id"] for n in data["nodes"]} == {n.id for n in network.nodes}
    link = next(
        x for x in data["links"] if {x["source"], x["target"]} == {"ahmed-al-sharaa", "emmanuel-macron"}
    )
    assert link["count"] == 3 and link["modes"] == {"phone": 2, "in_person": 1}
    assert "weight" not in link
    assert orjson.loads(render(network, "json").body) == orjson.loads(orjson.dumps(data))


def test_cytoscape_elements_have_ids_and_data(network: Network) -> None:
    data = cytoscape_elements(network)
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert len(nodes) == len(network.nodes) and len(edges) == len(network.links)
    macron = next(n["data"] for n in nodes if n["data"]["id"] == "emmanuel-macron")
    assert macron["name"] == "Emmanuel Macron" and macron["country"] == "FRA" and macron["contacts"] == 6
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    assert all(e["data"]["source"] != e["data"]["target"] for e in edges)


def test_csv_has_one_row_per_tie_in_utf8(network: Network) -> None:
    body = render(network, "csv").body
    assert body.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(network.links)
    assert sum(int(r["count"]) for r in rows) == sum(link.count for link in network.links)
    top = rows[0]
    assert (top["source"], top["target"], top["count"]) == ("ahmed-al-sharaa", "emmanuel-macron", "3")
    assert top["topics"].split(";")[0] in {"bilateral_relations", "reconstruction", "sanctions"}
    assert any(r["target_name"] == "Recep Tayyip Erdoğan" for r in rows)


def test_csv_defuses_formulas_in_names() -> None:
    hostile = Network.model_validate(
        {
            "nodes": [
                {
                    "id": "x",
                    "name": '=HYPERLINK("http://evil")',
                    "country": "FRA",
                    "role": None,
                    "contacts": 1,
                },
                {"id": "y", "name": "Plain", "country": "DEU", "role": None, "contacts": 1},
            ],
            "links": [
                {
                    "source": "x",
                    "target": "y",
                    "count": 1,
                    "first": None,
                    "last": None,
                    "modes": {},
                    "topics": {},
                }
            ],
        }
    )
    row = next(csv.DictReader(io.StringIO(csv_edges(hostile))))
    assert row["source_name"].startswith("'=")


def test_tie_to_unlisted_leader_is_kept() -> None:
    net = Network.model_validate(
        {
            "nodes": [{"id": "x", "name": "X", "country": "FRA", "role": "head_of_state", "contacts": 1}],
            "links": [
                {
                    "source": "x",
                    "target": "y",
                    "count": 1,
                    "first": "2025",
                    "last": "2025",
                    "modes": {},
                    "topics": {},
                }
            ],
        }
    )
    for fmt in ("graphml", "gexf"):
        body = render(net, fmt).body  # type: ignore[arg-type]
        g = nx.read_graphml(io.BytesIO(body)) if fmt == "graphml" else nx.read_gexf(io.BytesIO(body))
        assert g.number_of_edges() == 1


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_empty_network_renders_in_every_format(fmt: str) -> None:
    out = render(Network(nodes=[], links=[]), fmt)  # type: ignore[arg-type]
    assert out.body and out.media_type and out.extension


def test_xml_special_characters_survive_round_trip() -> None:
    net = Network.model_validate(
        {
            "nodes": [
                {
                    "id": "a",
                    "name": "<script>alert(1)</script> & Co",
                    "country": "FRA",
                    "role": None,
                    "contacts": 1,
                },
                {"id": "b", "name": "محمد", "country": "EGY", "role": None, "contacts": 1},
            ],
            "links": [
                {
                    "source": "a",
                    "target": "b",
                    "count": 1,
                    "first": None,
                    "last": None,
                    "modes": {},
                    "topics": {},
                }
            ],
        }
    )
    g = nx.read_graphml(io.BytesIO(graphml(net)))
    assert g.nodes["a"]["name"] == "<script>alert(1)</script> & Co"
    assert nx.read_gexf(io.BytesIO(gexf(net))).nodes["b"]["label"] == "محمد"
