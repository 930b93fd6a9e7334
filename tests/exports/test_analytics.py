"""Rankings and chains of contacts computed with networkx on small, hand-checked networks."""

from __future__ import annotations

import pytest

from app.analytics import rank_leaders, shortest_chain
from app.exports import network_from_contacts
from graph.errors import NotFound
from graph.models import Contact, Network


@pytest.fixture
def network(contacts: list[Contact]) -> Network:
    return network_from_contacts(contacts)


def test_degree_ranks_the_leader_with_most_counterparts_first(network: Network) -> None:
    ranking = rank_leaders(network, "degree")
    assert [r.rank for r in ranking] == list(range(1, len(ranking) + 1))
    top = ranking[0]
    # Macron talked with Sharaa, Merz and Starmer: three of the four others.
    assert top.leader.id == "emmanuel-macron"
    assert top.counterparts == 3 and top.contacts == 6
    assert top.score == pytest.approx(0.75)
    assert ranking[-1].leader.id == "recep-tayyip-erdogan"


def test_betweenness_finds_the_broker(network: Network) -> None:
    ranking = rank_leaders(network, "betweenness")
    # Every chain from Erdoğan runs through Sharaa, and from Sharaa onwards through Macron.
    assert ranking[0].leader.id == "emmanuel-macron"
    assert ranking[1].leader.id == "ahmed-al-sharaa"
    assert ranking[-1].score == 0.0


def test_pagerank_scores_sum_to_one_and_limit_applies(network: Network) -> None:
    full = rank_leaders(network, "pagerank")
    assert sum(r.score for r in full) == pytest.approx(1.0, abs=1e-4)
    assert len(rank_leaders(network, "pagerank", limit=2)) == 2
    assert rank_leaders(Network(nodes=[], links=[]), "pagerank") == []


def test_shortest_chain_hops_carry_their_latest_contact(network: Network, contacts: list[Contact]) -> None:
    asked: list[tuple[str, str]] = []

    def latest(x: str, y: str) -> Contact | None:
        asked.append((x, y))
        pair = tuple(sorted((x, y)))
        found = [c for c in contacts if c.pair == pair and c.status == "occurred" and c.date]
        return max(found, key=lambda c: c.sort_date, default=None)

    chain = shortest_chain(network, "recep-tayyip-erdogan", "keir-starmer", latest)
    ids = [leader.id for leader in chain.leaders]
    assert ids[0] == "recep-tayyip-erdogan" and ids[-1] == "keir-starmer"
    assert ids == ["recep-tayyip-erdogan", "ahmed-al-sharaa", "emmanuel-macron", "keir-starmer"]
    assert len(chain.hops) == 3 == len(asked)
    first_hop = chain.hops[0]
    assert (first_hop.a.id, first_hop.b.id) == ("recep-tayyip-erdogan", "ahmed-al-sharaa")
    assert first_hop.latest is not None and first_hop.latest.date == "2026-01-08"
    second = chain.hops[1]
    assert second.count == 3 and second.latest is not None and second.latest.date == "2026-01-08"


def test_equal_length_chains_prefer_frequent_ties(contact_factory: type) -> None:
    make = contact_factory.make
    # Sharaa reaches Starmer through Macron (one contact each way) or Merz (three contacts each way).
    contacts = [
        make("ahmed-al-sharaa", "emmanuel-macron", "2025-01-01"),
        make("emmanuel-macron", "keir-starmer", "2025-01-02"),
    ]
    for day in ("2025-02-01", "2025-02-02", "2025-02-03"):
        contacts.append(make("ahmed-al-sharaa", "friedrich-merz", day))
        contacts.append(make("friedrich-merz", "keir-starmer", day))
    chain = shortest_chain(
        network_from_contacts(contacts), "ahmed-al-sharaa", "keir-starmer", lambda x, y: None
    )
    assert [leader.id for leader in chain.leaders] == ["ahmed-al-sharaa", "friedrich-merz", "keir-starmer"]


def test_no_chain_and_unknown_leader_are_not_found(contact_factory: type) -> None:
    make = contact_factory.make
    net = network_from_contacts(
        [
            make("ahmed-al-sharaa", "recep-tayyip-erdogan", "2025-01-01"),
            make("friedrich-merz", "keir-starmer", "2025-01-01"),
        ]
    )
    with pytest.raises(NotFound):
        shortest_chain(net, "ahmed-al-sharaa", "keir-starmer", lambda x, y: None)
    with pytest.raises(NotFound):
        shortest_chain(net, "ahmed-al-sharaa", "nobody", lambda x, y: None)
    same = shortest_chain(net, "ahmed-al-sharaa", "ahmed-al-sharaa", lambda x, y: None)
    assert len(same.leaders) == 1 and same.hops == []
