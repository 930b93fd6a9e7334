"""Network exports for the tools people already use: D3, Cytoscape.js, Gephi (GEXF), GraphML and CSV.

Everything goes through one networkx graph built from a graph.models.Network (or from a list of
contacts), so the five formats always agree on nodes, edges and counts.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args

import networkx as nx
import orjson
from fastapi import Query
from starlette.responses import Response

from graph import ties
from graph.keys import pair_key
from graph.models import MODES, Contact, ContactFilter, LeaderRef, Network, sort_date
from graph.protocol import GraphStore

ExportFormat = Literal["json", "cytoscape", "graphml", "gexf", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
FormatQuery = Annotated[
    ExportFormat | None,
    Query(
        description="Download instead: json (node-link, D3), cytoscape (Cytoscape.js elements), "
        "graphml, gexf (Gephi, with dates for its timeline) or csv (one row per tie)."
    ),
]

# Media type and file extension of each format.
_MEDIA: dict[ExportFormat, tuple[str, str]] = {
    "json": ("application/json", "json"),
    "cytoscape": ("application/json", "cyjs"),
    "graphml": ("application/graphml+xml", "graphml"),
    "gexf": ("application/gexf+xml", "gexf"),
    "csv": ("text/csv; charset=utf-8", "csv"),
}

# Spreadsheets run a cell starting with one of these as a formula; names can come from reports.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "source",
    "source_name",
    "source_country",
    "target",
    "target_name",
    "target_country",
    "count",
    "first",
    "last",
    *(f"mode_{m}" for m in MODES),
    "topics",
)


@dataclass(frozen=True)
class Rendered:
    """An export ready to send or write: its bytes, media type and file extension."""

    body: bytes
    media_type: str
    extension: str


def network_from_contacts(contacts: Iterable[Contact]) -> Network:
    """Fold contacts into leaders and ties (count, span, modes, topics), as a store's network() does.

    Only occurred contacts count, as in every network answer; planned ones are left out.
    """
    tallies: dict[tuple[str, str], ties.Tally] = {}
    refs: dict[str, LeaderRef] = {}
    for c in contacts:
        if c.status != "occurred":
            continue
        for p in (c.a, c.b):
            ref = LeaderRef(id=p.leader_id, name=p.name, country=p.country, role=p.role)
            refs.setdefault(p.leader_id, ref)
        tallies.setdefault(c.pair, ties.Tally()).add(c.mode, c.date, c.topics)
    return ties.network(tallies, refs)


def to_networkx(network: Network) -> nx.Graph:
    """Build the undirected networkx graph of a network: nodes carry leader fields, edges tie fields."""
    g = nx.Graph()
    for n in network.nodes:
        g.add_node(n.id, name=n.name, country=n.country, role=n.role, contacts=n.contacts)
    for link in network.links:
        for end in (link.source, link.target):
            if end not in g:  # a tie to a leader the answer did not list: keep the tie, name it by id
                g.add_node(end, name=end, country=None, role=None, contacts=0)
        g.add_edge(
            link.source,
            link.target,
            count=link.count,
            weight=link.count,
            first=link.first,
            last=link.last,
            modes=dict(link.modes),
            topics=dict(link.topics),
        )
    return g


def period_start(value: str) -> str:
    """Return the first day of a partial date ("2026-01" -> "2026-01-01")."""
    return sort_date(value)


def period_end(value: str) -> str:
    """Return the last day of a partial date ("2026-02" -> "2026-02-28", "2026" -> "2026-12-31")."""
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def _topic_list(topics: dict[str, int]) -> str:
    """Topic codes, most frequent first, separated by semicolons (flat formats have no maps)."""
    return ";".join(code for code, _ in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0])))


def flat_graph(network: Network, dynamic: bool = False) -> nx.Graph:
    """Build a graph whose attributes are all scalars, for GraphML and GEXF (which have no maps or nulls).

    With dynamic=True, edges carry start and end dates (first and last contact) and nodes a start date
    (their first contact), so that Gephi's timeline shows the network growing.
    """
    rich = to_networkx(network)
    g = nx.Graph()
    for node, data in rich.nodes(data=True):
        attrs: dict[str, Any] = {"label": data["name"], "name": data["name"], "contacts": data["contacts"]}
        for key in ("country", "role"):
            if data[key] is not None:
                attrs[key] = data[key]
        g.add_node(node, **attrs)
    for u, v, data in rich.edges(data=True):
        attrs = {
            "count": data["count"],
            "weight": float(data["count"]),
            "topics": _topic_list(data["topics"]),
        }
        for m in MODES:
            attrs[f"mode_{m}"] = int(data["modes"].get(m, 0))
        for key in ("first", "last"):
            if data[key] is not None:
                attrs[key] = data[key]
        if dynamic and data["first"] is not None and data["last"] is not None:
            attrs["start"] = period_start(data["first"])
            attrs["end"] = period_end(data["last"])
        g.add_edge(u, v, **attrs)
    if dynamic:
        for node in g.nodes:
            starts = [d["start"] for _, _, d in g.edges(node, data=True) if "start" in d]
            if starts:
                g.nodes[node]["start"] = min(starts)
    return g


def node_link(network: Network) -> dict[str, Any]:
    """Node-link JSON for D3: {"nodes": [{id, name, ...}], "links": [{source, target, count, ...}]}."""
    data: dict[str, Any] = nx.node_link_data(to_networkx(network), edges="links")
    for link in data["links"]:
        link.pop("weight", None)  # D3 users have count; weight is for Gephi
    return data


def cytoscape_elements(network: Network) -> dict[str, Any]:
    """Cytoscape.js elements: {"elements": {"nodes": [{"data": ...}], "edges": [{"data": ...}]}}."""
    data: dict[str, Any] = nx.cytoscape_data(to_networkx(network))
    for node in data["elements"]["nodes"]:
        node["data"].pop("value", None)  # networkx repeats the id there
    for edge in data["elements"]["edges"]:
        edge["data"]["id"] = pair_key(edge["data"]["source"], edge["data"]["target"])
        edge["data"].pop("weight", None)
    return data


def graphml(network: Network) -> bytes:
    """GraphML, UTF-8, readable by networkx, Cytoscape desktop, yEd and Gephi."""
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(network), buf, encoding="utf-8")
    return buf.getvalue()


def gexf(network: Network) -> bytes:
    """GEXF 1.2 for Gephi, with start and end dates on edges and nodes so the timeline works."""
    buf = io.BytesIO()
    nx.write_gexf(flat_graph(network, dynamic=True), buf, encoding="utf-8", version="1.2draft")
    return buf.getvalue()


def _cell(value: object) -> object:
    """Defuse text a spreadsheet would run as a formula; numbers pass through."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_edges(network: Network) -> str:
    """One row per tie, with both leaders' names and countries, for spreadsheets."""
    g = to_networkx(network)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    rows = []
    for u, v, d in g.edges(data=True):
        s, t = (u, v) if u <= v else (v, u)
        rows.append(
            [
                s,
                g.nodes[s]["name"],
                g.nodes[s]["country"] or "",
                t,
                g.nodes[t]["name"],
                g.nodes[t]["country"] or "",
                d["count"],
                d["first"] or "",
                d["last"] or "",
                *(d["modes"].get(m, 0) for m in MODES),
                _topic_list(d["topics"]),
            ]
        )
    rows.sort(key=lambda r: (-int(r[6]), str(r[0]), str(r[3])))
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return out.getvalue()


def render(network: Network, fmt: ExportFormat) -> Rendered:
    """Render a network in one of the export formats."""
    media_type, ext = _MEDIA[fmt]
    body: bytes
    if fmt == "json":
        body = orjson.dumps(node_link(network))
    elif fmt == "cytoscape":
        body = orjson.dumps(cytoscape_elements(network))
    elif fmt == "graphml":
        body = graphml(network)
    elif fmt == "gexf":
        body = gexf(network)
    else:
        # A byte-order mark lets spreadsheet programs read the names in every script as UTF-8.
        body = ("\ufeff" + csv_edges(network)).encode("utf-8")
    return Rendered(body=body, media_type=media_type, extension=ext)


# The JSON shapes of format=json (networkx node-link data for D3) and format=cytoscape, for OpenAPI.
_NODE_LINK_SCHEMA = {
    "title": "NodeLinkExport",
    "type": "object",
    "required": ["directed", "multigraph", "graph", "nodes", "links"],
    "properties": {
        "directed": {"type": "boolean"},
        "multigraph": {"type": "boolean"},
        "graph": {"type": "object"},
        "nodes": {"type": "array", "items": {"type": "object", "required": ["id"]}},
        "links": {"type": "array", "items": {"type": "object", "required": ["source", "target"]}},
    },
}
_CYTOSCAPE_SCHEMA = {
    "title": "CytoscapeExport",
    "type": "object",
    "required": ["elements"],
    "properties": {
        "elements": {
            "type": "object",
            "required": ["nodes", "edges"],
            "properties": {
                "nodes": {"type": "array", "items": {"type": "object", "required": ["data"]}},
                "edges": {"type": "array", "items": {"type": "object", "required": ["data"]}},
            },
        }
    },
}


def export_responses() -> dict[int | str, dict[str, Any]]:
    """Describe a network route's 200 answer for OpenAPI: the Network, or the export `format` asks for."""
    types: dict[str, Any] = {
        media.split(";")[0]: {"schema": {"type": "string"}} for media, _ in _MEDIA.values()
    }
    types["application/json"] = {
        "schema": {
            "anyOf": [{"$ref": "#/components/schemas/Network"}, _NODE_LINK_SCHEMA, _CYTOSCAPE_SCHEMA]
        }
    }
    return {200: {"description": "The network, or the export chosen with `format`.", "content": types}}


def export_response(network: Network, fmt: ExportFormat, stem: str) -> Response:
    """Answer a network request with an export, as a download named after what it holds."""
    out = render(network, fmt)
    # File names from leader ids and codes only, reduced to safe characters.
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") or "network"
    return Response(
        out.body,
        media_type=out.media_type,
        headers={"Content-Disposition": f'attachment; filename="diplograph-{safe}.{out.extension}"'},
    )


def select_network(store: GraphStore, flt: ContactFilter, leader: str | None = None) -> tuple[Network, str]:
    """Ask the store for a filtered network (around one leader id if given) and name it for a file.

    Both /v1/network and `diplograph export` answer through here, so they export the same thing.
    """
    network = store.network(flt)
    if leader is not None:
        return ego_network(network, leader), f"network-{leader}"
    return network, "network" if flt.country is None else f"network-{flt.country}"


def ego_network(network: Network, leader_id: str) -> Network:
    """Keep one leader, their counterparts and the ties among all of them (empty if they have none)."""
    keep = {leader_id}
    for link in network.links:
        if leader_id in (link.source, link.target):
            keep.update((link.source, link.target))
    if len(keep) == 1:
        return Network(nodes=[], links=[])
    links = [link for link in network.links if link.source in keep and link.target in keep]
    return Network(nodes=[n for n in network.nodes if n.id in keep], links=links)
