"""Network analytics with networkx on a filtered network: leader rankings and chains of contacts."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Literal, get_args

import networkx as nx
from pydantic import BaseModel, ConfigDict

from app.exports import to_networkx
from graph.errors import NotFound
from graph.models import Contact, LeaderRef, Network

Metric = Literal["degree", "betweenness", "pagerank"]
METRICS: tuple[Metric, ...] = get_args(Metric)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Ranking(_Frozen):
    """One leader's place in a ranking: the metric's score and the raw counts behind it."""

    rank: int
    leader: LeaderRef
    score: float
    contacts: int
    counterparts: int


class Hop(_Frozen):
    """One link of a chain: two leaders, how often they were in contact, and their latest contact."""

    a: LeaderRef
    b: LeaderRef
    count: int
    first: str | None
    last: str | None
    latest: Contact | None


class Chain(_Frozen):
    """The shortest chain of contacts between two leaders."""

    leaders: list[LeaderRef]
    hops: list[Hop]


def _ref(g: nx.Graph, node: str) -> LeaderRef:
    data = g.nodes[node]
    return LeaderRef(id=node, name=data["name"], country=data["country"], role=data["role"])


def _scores(g: nx.Graph, metric: Metric) -> dict[str, float]:
    if metric == "degree":
        return dict(nx.degree_centrality(g))
    if metric == "betweenness":
        # Unweighted: a broker sits on many shortest chains, however often each pair talked.
        return dict(nx.betweenness_centrality(g, normalized=True))
    # PageRank follows ties in proportion to how often the two leaders were in contact.
    return dict(nx.pagerank(g, weight="count"))


def rank_leaders(network: Network, metric: Metric, limit: int = 25) -> list[Ranking]:
    """Rank the network's leaders by degree, betweenness or PageRank centrality, highest first.

    Ties in score are broken by contact totals, then by id, so the order is stable across calls.
    """
    g = to_networkx(network)
    if g.number_of_nodes() == 0:
        return []
    scores = _scores(g, metric)
    contacts = {n: sum(d["count"] for _, _, d in g.edges(n, data=True)) for n in g.nodes}
    order = sorted(g.nodes, key=lambda n: (-scores[n], -contacts[n], n))[:limit]
    return [
        Ranking(
            rank=i + 1,
            leader=_ref(g, n),
            score=round(scores[n], 6),
            contacts=contacts[n],
            counterparts=g.degree(n),
        )
        for i, n in enumerate(order)
    ]


def _shortest_ids(g: nx.Graph, a: str, b: str) -> list[str]:
    """Leader ids on the shortest chain from a to b: fewest hops, then the most-used ties."""
    for end in (a, b):
        if end not in g:
            raise NotFound("leader in this network", end)
    if a == b:
        return [a]
    # Each hop costs 1 plus less than 1/n, so no longer chain can ever be cheaper than a shorter one,
    # while among equally short chains the ties with more contacts win.
    epsilon = 1.0 / (g.number_of_nodes() + 1)
    try:
        path: list[str] = nx.shortest_path(g, a, b, weight=lambda _u, _v, d: 1.0 + epsilon / (1 + d["count"]))
    except nx.NetworkXNoPath:
        raise NotFound("chain of contacts", f"{a} -> {b}") from None
    return path


def shortest_chain(network: Network, a: str, b: str, latest: Callable[[str, str], Contact | None]) -> Chain:
    """Find the shortest chain of contacts from a to b, each hop with its tie totals and latest contact.

    `latest(x, y)` returns the newest contact between two leaders (the caller asks the store). NotFound
    when either leader has no contact in the network or no chain joins them.
    """
    g = to_networkx(network)
    ids = _shortest_ids(g, a, b)
    hops: list[Hop] = []
    for x, y in itertools.pairwise(ids):
        d = g.edges[x, y]
        hops.append(
            Hop(
                a=_ref(g, x),
                b=_ref(g, y),
                count=d["count"],
                first=d["first"],
                last=d["last"],
                latest=latest(x, y),
            )
        )
    return Chain(leaders=[_ref(g, n) for n in ids], hops=hops)

