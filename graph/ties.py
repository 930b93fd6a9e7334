"""What a set of contacts adds up to: leader-leader ties, pair summaries, counterparts, networks, totals.

Both store backends feed their rows through these pure functions, so their answers agree to the last
count and in the same order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TypeVar

from graph.models import (
    ROLE_RANK,
    Counterpart,
    LeaderRef,
    LeaderTotals,
    Network,
    NetworkLink,
    NetworkNode,
    PairSummary,
    sort_date,
)

K = TypeVar("K", bound=Hashable)

# How many topic codes a counterpart lists, most frequent first.
TOP_TOPICS = 5


def earlier(x: str | None, y: str | None) -> str | None:
    """Return the earlier of two partial dates (None is no date, not the earliest)."""
    if x is None or y is None:
        return x if y is None else y
    return min(x, y, key=lambda d: (sort_date(d), d))


def later(x: str | None, y: str | None) -> str | None:
    """Return the later of two partial dates (None is no date)."""
    if x is None or y is None:
        return x if y is None else y
    return max(x, y, key=lambda d: (sort_date(d), d))


def month_of(value: str | None) -> str | None:
    """Return the YYYY-MM month of a date of day or month precision; None for years and undated."""
    return value[:7] if value is not None and len(value) >= 7 else None


def ranked(counts: Mapping[str, int]) -> dict[str, int]:
    """Order counts most first, then by key, so every backend prints them alike."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass
class Tally:
    """The counts of a set of contacts: how many, the span, and how many per mode, topic and month."""

    count: int = 0
    first: str | None = None
    last: str | None = None
    modes: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)

    def add(self, mode: str, date: str | None, topics: Iterable[str]) -> None:
        """Count one contact."""
        # earlier(), later() and month_of() inlined: this runs once per contact of every counted answer.
        self.count += 1
        if date is not None:
            key = (sort_date(date), date)
            if self.first is None or key < (sort_date(self.first), self.first):
                self.first = date
            if self.last is None or key > (sort_date(self.last), self.last):
                self.last = date
            if len(date) >= 7:
                self.months[date[:7]] += 1
        self.modes[mode] += 1
        for topic in topics:
            self.topics[topic] += 1

    @classmethod
    def of(cls, contacts: Sequence[tuple[str, str | None, Iterable[str]]]) -> Tally:
        """Tally (mode, date, topics) contacts at once: the counts add() would give, in bulk."""
        modes, days, topics = zip(*contacts, strict=True) if contacts else ((), (), ())
        dated = {d for d in days if d is not None}
        return cls(
            count=len(contacts),
            first=min(dated, key=_date_key) if dated else None,
            last=max(dated, key=_date_key) if dated else None,
            modes=Counter(modes),
            topics=Counter(chain.from_iterable(topics)),
            months=Counter(d[:7] for d in days if d is not None and len(d) >= 7),
        )

    def absorb(self, other: Tally) -> None:
        """Add another tally's counts to this one (a leader's totals over their ties)."""
        self.count += other.count
        self.first = earlier(self.first, other.first)
        self.last = later(self.last, other.last)
        self.modes.update(other.modes)
        self.topics.update(other.topics)
        self.months.update(other.months)

    def withdraw(self, gone: Tally) -> bool:
        """Take away the counts of contacts that are gone; tell whether the span may have changed.

        The span (first, last) cannot be taken apart: when a gone contact held the first or the last
        date, the caller must read the new span from the contacts that remain.
        """
        self.count -= gone.count
        for mine, theirs in (
            (self.modes, gone.modes),
            (self.topics, gone.topics),
            (self.months, gone.months),
        ):
            mine.subtract(theirs)
            for key in [k for k, n in mine.items() if n <= 0]:
                del mine[key]
        return gone.first is not None and (gone.first == self.first or gone.last == self.last)

    def top_topics(self, n: int = TOP_TOPICS) -> list[str]:
        """Return the n most frequent topic codes, most first."""
        return list(ranked(self.topics))[:n]


def _date_key(value: str) -> tuple[str, str]:
    """Order partial dates as earlier() and later() do."""
    return (sort_date(value), value)


def tally_groups(rows: Iterable[tuple[K, str, str | None, Iterable[str]]]) -> dict[K, Tally]:
    """Tally (key, mode, date, topics) contact rows per key (a pair, a counterpart), keys in row order.

    A country's year can be thousands of contacts: grouping them first and counting each group in bulk
    (Tally.of) costs a fraction of calling Tally.add per row.
    """
    grouped: defaultdict[K, list[tuple[str, str | None, Iterable[str]]]] = defaultdict(list)
    for key, mode, day, topics in rows:
        grouped[key].append((mode, day, topics))
    return {key: Tally.of(contacts) for key, contacts in grouped.items()}


def acting_ref(ref: LeaderRef, acted: Mapping[tuple[str, str], int]) -> LeaderRef:
    """Name a leader in answers by the country and role they acted for in most of their contacts.

    `acted` counts the leader's participations by (country, role); on a tie the head of state's role,
    then the smaller country code. Without contacts, the office-based `ref` stands.
    """
    counted = [(key, n) for key, n in acted.items() if n > 0]
    if not counted:
        return ref
    (country, role), _ = min(counted, key=lambda kv: (-kv[1], -ROLE_RANK.get(kv[0][1], 0), kv[0][0]))
    return LeaderRef(id=ref.id, name=ref.name, country=country, role=role)


def pair_summary(a: LeaderRef, b: LeaderRef, tally: Tally) -> PairSummary:
    """Build a pair summary from the tally of the pair's contacts."""
    return PairSummary(
        a=a,
        b=b,
        count=tally.count,
        by_mode=ranked(tally.modes),
        by_month=dict(sorted(tally.months.items())),
        topics=ranked(tally.topics),
        first=tally.first,
        last=tally.last,
    )


def counterpart_order(tallies: Mapping[str, Tally], limit: int | None = None) -> list[str]:
    """Return counterpart ids in answer order, most contacts first, then by id (the first `limit`)."""
    return sorted(tallies, key=lambda other: (-tallies[other].count, other))[:limit]


def counterparts(
    tallies: Mapping[str, Tally], refs: Mapping[str, LeaderRef], limit: int | None = None
) -> list[Counterpart]:
    """List a leader's counterparts from one tally per counterpart id: most contacts first, then by id.

    `refs` needs only the counterparts listed: the first `limit` of counterpart_order().
    """
    order = counterpart_order(tallies, limit)
    return [
        Counterpart(
            leader=refs[other],
            count=tallies[other].count,
            first=tallies[other].first,
            last=tallies[other].last,
            modes=ranked(tallies[other].modes),
            top_topics=tallies[other].top_topics(),
        )
        for other in order
    ]


def network(ties: Mapping[tuple[str, str], Tally], refs: Mapping[str, LeaderRef]) -> Network:
    """Build a node-link network from one tally per pair (ids in order); nodes count their contacts."""
    per_leader: Counter[str] = Counter()
    for (x, y), tally in ties.items():
        per_leader[x] += tally.count
        per_leader[y] += tally.count
    nodes = [
        NetworkNode(id=i, name=refs[i].name, country=refs[i].country, role=refs[i].role, contacts=n)
        for i, n in sorted(per_leader.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    links = [
        NetworkLink(
            source=x,
            target=y,
            count=t.count,
            first=t.first,
            last=t.last,
            modes=ranked(t.modes),
            topics=ranked(t.topics),
        )
        for (x, y), t in sorted(ties.items(), key=lambda kv: (-kv[1].count, kv[0]))
    ]
    return Network(nodes=nodes, links=links)


def leader_totals(tallies: Iterable[Tally]) -> LeaderTotals:
    """Add up a leader's ties into their totals."""
    total = Tally()
    partners = 0
    for t in tallies:
        if t.count:
            partners += 1
            total.absorb(t)
    return LeaderTotals(
        contacts=total.count,
        counterparts=partners,
        first=total.first,
        last=total.last,
        by_mode=ranked(total.modes),
    )
