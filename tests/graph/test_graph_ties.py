"""Tie arithmetic shared by the backends: spans of partial dates, counts, orderings."""

from __future__ import annotations

from graph.models import LeaderRef
from graph.ties import (
    Tally,
    acting_ref,
    counterparts,
    earlier,
    later,
    leader_totals,
    month_of,
    network,
    ranked,
)


def test_span_of_partial_dates() -> None:
    assert earlier("2025", "2025-03-01") == "2025"
    assert later("2025", "2025-03-01") == "2025-03-01"
    assert later("2025-03", "2025-03-01") == "2025-03-01"
    assert earlier(None, "2025-03") == "2025-03" and later("2025-03", None) == "2025-03"
    assert earlier(None, None) is None


def test_month_of() -> None:
    assert month_of("2025-03-04") == "2025-03" and month_of("2025-03") == "2025-03"
    assert month_of("2025") is None and month_of(None) is None


def test_tally_and_absorb() -> None:
    t = Tally()
    t.add("phone", "2025-03-04", ["energy"])
    t.add("video", None, ["energy", "health"])
    t.add("phone", "2024", [])
    assert (t.count, t.first, t.last) == (3, "2024", "2025-03-04")
    assert ranked(t.modes) == {"phone": 2, "video": 1}
    assert t.top_topics() == ["energy", "health"] and dict(t.months) == {"2025-03": 1}
    other = Tally()
    other.add("in_person", "2026-01-08", ["health"])
    t.absorb(other)
    assert (t.count, t.last, t.topics["health"]) == (4, "2026-01-08", 2)


def test_orderings_are_fixed() -> None:
    assert list(ranked({"b": 1, "a": 1, "c": 2})) == ["c", "a", "b"]
    refs = {i: LeaderRef(id=i, name=i.upper()) for i in "abcd"}
    ties = {("a", "b"): Tally(count=2), ("a", "c"): Tally(count=2), ("c", "d"): Tally(count=5)}
    net = network(ties, refs)
    assert [(link.source, link.target) for link in net.links] == [("c", "d"), ("a", "b"), ("a", "c")]
    assert [(n.id, n.contacts) for n in net.nodes] == [("c", 7), ("d", 5), ("a", 4), ("b", 2)]
    cps = counterparts({"c": Tally(count=2), "b": Tally(count=2), "d": Tally(count=3)}, refs)
    assert [c.leader.id for c in cps] == ["d", "b", "c"]
    totals = leader_totals([Tally(count=2, first="2020"), Tally(count=0), Tally(count=1, last="2021-05")])
    assert (totals.contacts, totals.counterparts, totals.first, totals.last) == (3, 2, "2020", "2021-05")


def test_withdraw_takes_counts_away_and_says_when_the_span_moves() -> None:
    t = Tally()
    for mode, day, topics in [
        ("phone", "2024-01-10", ["energy"]),
        ("video", "2024-06", []),
        ("phone", None, ["energy"]),
    ]:
        t.add(mode, day, topics)
    middle = Tally()
    middle.add("video", "2024-06", [])
    assert t.withdraw(middle) is True  # it held the last date
    assert (t.count, dict(t.modes), dict(t.months)) == (2, {"phone": 2}, {"2024-01": 1})
    undated = Tally()
    undated.add("phone", None, ["energy"])
    assert t.withdraw(undated) is False
    assert (t.count, dict(t.topics)) == (1, {"energy": 1})


def test_acting_ref_takes_the_most_frequent_country_and_role() -> None:
    office = LeaderRef(id="x", name="X", country="AND", role="head_of_state")
    assert acting_ref(office, {}) == office
    assert acting_ref(office, {("FRA", "head_of_state"): 3, ("AND", "head_of_state"): 1}).country == "FRA"
    tie = acting_ref(office, {("TUR", "head_of_government"): 2, ("TUR", "head_of_state"): 2})
    assert (tie.country, tie.role) == ("TUR", "head_of_state")
    assert acting_ref(office, {("FRA", "head_of_state"): 0}) == office
