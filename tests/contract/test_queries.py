"""Reads: filters, ordering, cursor pagination, pair summaries, counterparts, networks, topics."""

from __future__ import annotations

import random
from datetime import date
from itertools import combinations

import pytest

from graph.errors import InvalidInput
from graph.models import TOPICS, Contact, ContactFilter, Leader, Office, sort_date
from graph.protocol import GraphStore
from tests.contract.builders import MACRON, PUTIN, SHARAA, participant, report, synthetic_leader
from tests.contract.checks import assert_ties_consistent, walk

LEADERS = [synthetic_leader(n) for n in range(16)]


def _dataset(store: GraphStore) -> list[Contact]:
    """Save 80 contacts of 80 different pairs (so none merge), with every kind of date, mode and status."""
    rng = random.Random(7)
    pairs = rng.sample(list(combinations(LEADERS, 2)), 80)
    saved = []
    for i, (a, b) in enumerate(pairs):
        kind = i % 10
        if kind < 6:
            day: str | None = date.fromordinal(date(2024, 1, 1).toordinal() + rng.randrange(700)).isoformat()
        elif kind == 6:
            day = "2024-06-15"  # several contacts on one day: ordered by id
        elif kind == 7:
            day = f"2025-0{rng.randrange(1, 10)}"
        elif kind == 8:
            day = str(rng.choice([2023, 2024, 2025]))
        else:
            day = None
        c = report(
            a, b, f"doc-{i}", date=day,
            mode=rng.choice(["phone", "video", "in_person", "written"]),
            setting=rng.choice(["bilateral", "visit", "summit"]),
            status="planned" if i % 9 == 4 else "occurred",
            topics=rng.sample(sorted(TOPICS)[:6], rng.randrange(0, 3)),
        )  # fmt: skip
        saved.append(c)
    store.upsert_leaders(LEADERS)
    store.save_extractions([(f"doc-{i}", [c]) for i, c in enumerate(saved)])
    return saved


def _newest_first(contacts: list[Contact]) -> list[str]:
    return [c.id for c in sorted(contacts, key=lambda c: (sort_date(c.date), c.id), reverse=True)]


def _matches(c: Contact, flt: ContactFilter) -> bool:
    sides = {c.a.leader_id, c.b.leader_id}
    key = sort_date(c.date)
    return all(
        [
            flt.leader is None or flt.leader in sides,
            flt.with_ is None or flt.with_ in sides,
            flt.country is None or flt.country in {c.a.country, c.b.country},
            flt.since is None or (c.date is not None and key >= flt.since.isoformat()),
            flt.until is None or (c.date is not None and key <= flt.until.isoformat()),
            flt.mode is None or c.mode == flt.mode,
            flt.setting is None or c.setting == flt.setting,
            flt.topic is None or flt.topic in c.topics,
            flt.status is None or c.status == flt.status,
        ]
    )


def test_lists_are_newest_first_undated_last_then_by_id(store: GraphStore) -> None:
    saved = _dataset(store)
    listed = walk(store, ContactFilter())
    assert [c.id for c in listed] == _newest_first(saved)
    assert listed[-1].date is None
    assert store.counts().contacts == 80


@pytest.mark.parametrize("limit", [1, 7, 25, 80, 100])
def test_walking_every_page_sees_each_contact_once(store: GraphStore, limit: int) -> None:
    saved = _dataset(store)
    pages = []
    cursor = None
    while True:
        page = store.list_contacts(ContactFilter(), limit=limit, cursor=cursor)
        assert len(page.items) <= limit
        pages.append([c.id for c in page.items])
        if page.next_cursor is None:
            break
        assert len(page.items) == limit
        cursor = page.next_cursor
    assert [i for p in pages for i in p] == _newest_first(saved)
    assert len(pages) == -(-80 // limit)


def test_cursors_are_stable_while_contacts_arrive(store: GraphStore) -> None:
    saved = _dataset(store)
    first = store.list_contacts(ContactFilter(), limit=10)
    newest = report(LEADERS[0], LEADERS[1], "late", date="2030-01-01")
    store.save_extractions([("late", [newest])])
    rest: list[Contact] = []
    cursor = first.next_cursor
    while cursor:
        page = store.list_contacts(ContactFilter(), limit=10, cursor=cursor)
        rest += page.items
        cursor = page.next_cursor
    assert [c.id for c in first.items] + [c.id for c in rest] == _newest_first(saved)


FILTERS = [
    ContactFilter(leader="test-leader-03"),
    ContactFilter(leader="test-leader-03", with_="test-leader-11"),
    ContactFilter(with_="test-leader-05"),
    ContactFilter(country="TUR"),
    ContactFilter(country="TUR", leader="test-leader-02"),
    ContactFilter(since=date(2024, 6, 15)),
    ContactFilter(until=date(2024, 6, 15)),
    ContactFilter(since=date(2024, 3, 1), until=date(2025, 1, 31)),
    ContactFilter(mode="video"),
    ContactFilter(setting="summit", status="occurred"),
    ContactFilter(topic=sorted(TOPICS)[2]),
    ContactFilter(topic=sorted(TOPICS)[2], country="FRA", mode="phone"),
    ContactFilter(status="planned"),
    ContactFilter(leader="test-leader-07", since=date(2024, 1, 1), mode="in_person"),
    ContactFilter(country="ZZZ"),
    ContactFilter(leader="nobody-at-all"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f.model_dump(exclude_none=True)))
def test_filters(store: GraphStore, flt: ContactFilter) -> None:
    saved = _dataset(store)
    expected = _newest_first([c for c in saved if _matches(c, flt)])
    assert [c.id for c in walk(store, flt, limit=3)] == expected


def test_filters_select_something(store: GraphStore) -> None:
    # Guard the parametrized test above against passing vacuously.
    saved = _dataset(store)
    non_empty = [f for f in FILTERS if any(_matches(c, f) for c in saved)]
    assert len(non_empty) >= len(FILTERS) - 3


def test_bad_cursor_and_limit(store: GraphStore) -> None:
    _dataset(store)
    for bad in ("not-a-cursor", "!!!", "e30", "WyJhIl0", "ж"):
        with pytest.raises(InvalidInput):
            store.list_contacts(ContactFilter(), cursor=bad)
    with pytest.raises(InvalidInput):
        store.list_contacts(ContactFilter(), limit=0)


def _pair_data(store: GraphStore) -> tuple[Leader, Leader]:
    x, y = synthetic_leader(1), synthetic_leader(2)
    store.upsert_leaders([x, y])
    store.save_extractions(
        [
            ("p1", [report(x, y, "p1", date="2024-03-05", mode="phone", topics=("trade_economy",))]),
            ("p2", [report(y, x, "p2", date="2024-03-20", mode="video", topics=("trade_economy", "energy"))]),
            ("p3", [report(x, y, "p3", date="2024-07", mode="in_person", topics=("energy",))]),
            ("p4", [report(x, y, "p4", date="2023", mode="in_person")]),
            # Undated, and of a mode no other contact has: an undated report merges with any compatible one.
            ("p5", [report(x, y, "p5", date=None, mode="written", topics=("trade_economy",))]),
            ("p6", [report(x, y, "p6", date="2024-09-01", mode="phone", status="planned")]),
        ]
    )
    return x, y


def test_pair_summary_counts_occurred_contacts(store: GraphStore) -> None:
    x, y = _pair_data(store)
    s = store.pair_summary(y.id, x.id)
    assert (s.a.id, s.b.id) == (y.id, x.id)
    assert (s.a.name, s.a.country, s.a.role) == (y.name, "TUR", "head_of_state")
    assert s.count == 5
    assert s.by_mode == {"in_person": 2, "phone": 1, "video": 1, "written": 1}
    assert list(s.by_mode) == ["in_person", "phone", "video", "written"]  # most first, then by name
    assert s.by_month == {"2024-03": 2, "2024-07": 1}
    assert list(s.by_month) == ["2024-03", "2024-07"]
    assert s.topics == {"trade_economy": 3, "energy": 2}
    assert (s.first, s.last) == ("2023", "2024-07")


def test_pair_summary_in_a_date_range(store: GraphStore) -> None:
    x, y = _pair_data(store)
    assert store.pair_summary(x.id, y.id, since=date(2024, 3, 10)).count == 2
    s = store.pair_summary(x.id, y.id, until=date(2024, 3, 31))
    assert (s.count, s.first, s.last) == (3, "2023", "2024-03-20")
    empty = store.pair_summary(x.id, y.id, since=date(2030, 1, 1))
    assert (empty.count, empty.by_mode, empty.first, empty.last) == (0, {}, None, None)


def test_pair_summary_needs_two_leaders(store: GraphStore) -> None:
    x, _ = _pair_data(store)
    with pytest.raises(InvalidInput):
        store.pair_summary(x.id, x.id)


def test_counterparts_most_contacts_first(store: GraphStore) -> None:
    hub, *others = (synthetic_leader(n) for n in range(5))
    store.upsert_leaders([hub, *others])
    plan = {others[0]: 2, others[1]: 3, others[2]: 2, others[3]: 1}
    items = []
    for other, n in plan.items():
        for k in range(n):
            doc = f"{other.id}-{k}"
            items.append(
                (
                    doc,
                    [report(hub, other, doc, date=f"2024-0{k + 1}-15", topics=("energy", "health")[: k + 1])],
                )
            )
    items.append(("planned", [report(hub, others[3], "planned", date="2024-09-09", status="planned")]))
    store.save_extractions(items)
    cps = store.counterparts(hub.id)
    assert [(c.leader.id, c.count) for c in cps] == [
        (others[1].id, 3), (others[0].id, 2), (others[2].id, 2), (others[3].id, 1),
    ]  # fmt: skip
    top = cps[0]
    assert (top.first, top.last) == ("2024-01-15", "2024-03-15")
    assert top.modes == {"phone": 3} and top.top_topics == ["energy", "health"]
    assert top.leader.name == others[1].name and top.leader.country == "TUR"
    dated = store.counterparts(hub.id, since=date(2024, 2, 1), until=date(2024, 2, 28))
    assert [(c.leader.id, c.count) for c in dated] == [
        (others[0].id, 1),
        (others[1].id, 1),
        (others[2].id, 1),
    ]
    assert store.counterparts(others[3].id)[0].leader.id == hub.id


def test_country_network(store: GraphStore) -> None:
    fra, deu, tur, deu2 = synthetic_leader(0), synthetic_leader(1), synthetic_leader(2), synthetic_leader(9)
    assert (fra.ref().country, deu.ref().country, tur.ref().country, deu2.ref().country) == (
        "FRA",
        "DEU",
        "TUR",
        "DEU",
    )
    store.upsert_leaders([fra, deu, tur, deu2])
    store.save_extractions(
        [
            ("n1", [report(fra, deu, "n1", date="2024-01-10", topics=("energy",))]),
            ("n2", [report(fra, deu, "n2", date="2024-05-10", mode="video")]),
            ("n3", [report(deu, tur, "n3", date="2024-02-10")]),
            ("n4", [report(tur, fra, "n4", date="2023-02-10")]),
            ("n5", [report(deu, deu2, "n5", date="2024-03-10")]),
            ("n6", [report(fra, deu2, "n6", date="2024-04-10", status="planned")]),
        ]
    )
    net = store.network(ContactFilter(country="FRA"))
    assert [(n.source, n.target, n.count) for n in net.links] == [(fra.id, deu.id, 2), (fra.id, tur.id, 1)]
    assert [(n.id, n.contacts) for n in net.nodes] == [(fra.id, 3), (deu.id, 2), (tur.id, 1)]
    node = net.nodes[0]
    assert (node.name, node.country, node.role) == (fra.name, "FRA", "head_of_state")
    link = net.links[0]
    assert (link.first, link.last, link.modes, link.topics) == (
        "2024-01-10",
        "2024-05-10",
        {"phone": 1, "video": 1},
        {"energy": 1},
    )
    in_2024 = store.network(ContactFilter(country="FRA", since=date(2024, 1, 1), until=date(2024, 12, 31)))
    assert [(n.source, n.target, n.count) for n in in_2024.links] == [(fra.id, deu.id, 2)]
    by_video = store.network(ContactFilter(country="DEU", mode="video"))
    assert [(n.source, n.target) for n in by_video.links] == [(fra.id, deu.id)]
    inner = store.network(ContactFilter(country="DEU"))  # a contact inside one country counts once
    assert {(n.source, n.target): n.count for n in inner.links} == {
        (fra.id, deu.id): 2, (deu.id, tur.id): 1, (deu.id, deu2.id): 1,
    }  # fmt: skip
    whole = store.network(ContactFilter())
    assert sum(link.count for link in whole.links) == 5
    assert store.network(ContactFilter(country="JPN")).nodes == []
    assert_ties_consistent(store)


def test_topic_counts(store: GraphStore) -> None:
    saved = _dataset(store)
    expected: dict[str, int] = {}
    for c in saved:
        if c.status == "occurred":
            for t in c.topics:
                expected[t] = expected.get(t, 0) + 1
    counts = store.topic_counts()
    assert counts == expected
    assert list(counts.values()) == sorted(counts.values(), reverse=True)
    assert_ties_consistent(store)


def test_summaries_from_ties_equal_summaries_counted_from_contacts(store: GraphStore) -> None:
    # Unfiltered summaries may read the derived ties; a date range covering everything counts contacts.
    hub, *others = (synthetic_leader(n) for n in range(6))
    store.upsert_leaders([hub, *others])
    rng = random.Random(11)
    topics = sorted(TOPICS)[:8]
    items = []
    for i in range(60):
        other = rng.choice(others)
        doc = f"s{i}"
        day = rng.choice(
            [
                f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                f"2023-{rng.randrange(1, 13):02d}",
                "2022",
            ]
        )
        mode = rng.choice(["phone", "video", "in_person", "written"])
        picked = rng.sample(topics, rng.randrange(0, 5))
        items.append((doc, [report(hub, other, doc, date=day, mode=mode, topics=picked, start=i)]))
    store.save_extractions(items)
    everything = {"since": date(1, 1, 1), "until": date(9999, 12, 31)}
    assert store.counterparts(hub.id) == store.counterparts(hub.id, **everything)
    for other in others:
        assert store.pair_summary(hub.id, other.id) == store.pair_summary(hub.id, other.id, **everything)
        assert store.counterparts(other.id) == store.counterparts(other.id, **everything)
    assert any(len(c.top_topics) == 5 for c in store.counterparts(hub.id))
    assert_ties_consistent(store)


def test_leaders_in_answers_are_named_by_what_they_acted_as(store: GraphStore) -> None:
    # The French president is also, ex officio, co-prince of Andorra; his contacts are France's.
    macron = MACRON.model_copy(
        update={
            "offices": (Office(country="AND", role="head_of_state", start=date(2017, 5, 14)), *MACRON.offices)
        }
    )
    assert macron.ref().country == "AND"  # what the offices alone would say
    store.upsert_leaders([macron, SHARAA, PUTIN])
    store.save_extractions(
        [("d1", [report(participant(macron, country="FRA"), SHARAA, "d1", date="2026-01-08")])]
    )
    node = next(n for n in store.network(ContactFilter(country="SYR")).nodes if n.id == macron.id)
    assert (node.country, node.role) == ("FRA", "head_of_state")
    assert store.counterparts(SHARAA.id)[0].leader.country == "FRA"
    summary = store.pair_summary(macron.id, PUTIN.id)  # no contacts between them
    assert (summary.a.country, summary.b.country, summary.b.role) == ("FRA", "RUS", "head_of_state")
