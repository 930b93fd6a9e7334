"""Checks the store tests share: walking every page, months counted by paging, ties against a recount."""

from __future__ import annotations

from collections import Counter, defaultdict

from graph.models import Contact, ContactFilter, sort_date
from graph.protocol import GraphStore
from graph.ties import month_of


def walk(store: GraphStore, flt: ContactFilter, limit: int = 100) -> list[Contact]:
    """Return every contact matching flt by following cursors to the last page."""
    out: list[Contact] = []
    cursor: str | None = None
    for _ in range(10_000):
        page = store.list_contacts(flt, limit=limit, cursor=cursor)
        out += page.items
        if page.next_cursor is None:
            return out
        assert page.items, "a page with a next cursor must not be empty"
        cursor = page.next_cursor
    raise AssertionError("pagination does not end")


def months_by_paging(store: GraphStore, flt: ContactFilter) -> dict[str | None, int]:
    """Count contacts (occurred unless flt says) per month by walking every page of the list."""
    flt = flt if flt.status else flt.model_copy(update={"status": "occurred"})
    return dict(Counter(month_of(c.date) for c in walk(store, flt, limit=7)))


def _span(dates: list[str]) -> tuple[str | None, str | None]:
    if not dates:
        return None, None
    keyed = sorted(dates, key=lambda d: (sort_date(d), d))
    return keyed[0], keyed[-1]


def assert_ties_consistent(store: GraphStore) -> None:
    """Recount every occurred contact by hand and compare with ties, counterparts, totals and topics."""
    contacts = walk(store, ContactFilter(status="occurred"))
    by_pair: dict[tuple[str, str], list[Contact]] = defaultdict(list)
    for c in contacts:
        by_pair[c.pair].append(c)
    net = store.network(ContactFilter())
    links = {(link.source, link.target): link for link in net.links}
    assert set(links) == set(by_pair)
    for pair, group in by_pair.items():
        link = links[pair]
        assert link.count == len(group)
        assert (link.first, link.last) == _span([c.date for c in group if c.date])
        assert link.modes == dict(Counter(c.mode for c in group))
        assert link.topics == dict(Counter(t for c in group for t in c.topics))
    per_leader: Counter[str] = Counter()
    for (x, y), group in by_pair.items():
        per_leader[x] += len(group)
        per_leader[y] += len(group)
    assert {n.id: n.contacts for n in net.nodes} == dict(per_leader)
    for leader_id, total in per_leader.items():
        mine = {p: g for p, g in by_pair.items() if leader_id in p}
        cps = store.counterparts(leader_id)
        assert [c.count for c in cps] == sorted((len(g) for g in mine.values()), reverse=True)
        assert {c.leader.id for c in cps} == {x if x != leader_id else y for x, y in mine}
        totals = store.leader_totals(leader_id)
        assert totals.contacts == total
        assert totals.counterparts == len(mine)
        assert (totals.first, totals.last) == _span([c.date for g in mine.values() for c in g if c.date])
        assert totals.by_mode == dict(Counter(c.mode for g in mine.values() for c in g))
    assert store.topic_counts() == dict(Counter(t for c in contacts for t in c.topics))
