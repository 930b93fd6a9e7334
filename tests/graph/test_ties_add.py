"""Tally.add (inlined for speed) counts exactly what earlier(), later() and month_of() say."""

from __future__ import annotations

import random
from collections import Counter

from graph.ties import Tally, earlier, later, month_of, tally_groups


def test_tally_add_agrees_with_the_date_rules() -> None:
    rng = random.Random(3)
    days = [None, "2019", "2019-04", "2019-04-01", "2019-04-30", "2020", "2020-01", "2020-01-01",
            "2018-12-31"]
    for _ in range(200):
        tally = Tally()
        first = last = None
        modes: Counter[str] = Counter()
        topics: Counter[str] = Counter()
        months: Counter[str] = Counter()
        for _ in range(rng.randint(0, 12)):
            mode, day = rng.choice(["phone", "video"]), rng.choice(days)
            told = rng.sample(["energy", "trade_economy", "health"], rng.randint(0, 2))
            tally.add(mode, day, told)
            first, last = earlier(first, day), later(last, day)
            modes[mode] += 1
            topics.update(told)
            if month_of(day) is not None:
                months[month_of(day)] += 1  # type: ignore[index]
        assert (tally.first, tally.last) == (first, last)
        assert (tally.modes, +tally.topics, tally.months) == (modes, +topics, months)


def test_bulk_tallies_count_what_add_counts() -> None:
    rng = random.Random(5)
    days = [None, "2019", "2019-04", "2019-04-01", "2019-04-30", "2020-01", "2018-12-31"]
    rows = [
        (rng.choice(["a", "b", "c"]), rng.choice(["phone", "in_person"]), rng.choice(days),
         rng.sample(["energy", "trade_economy", "health"], rng.randint(0, 2)))
        for _ in range(300)
    ]  # fmt: skip
    added: dict[str, Tally] = {}
    for key, mode, day, told in rows:
        added.setdefault(key, Tally()).add(mode, day, told)
    bulk = tally_groups(rows)
    assert list(bulk) == list(added)  # keys in row order
    for key, tally in added.items():
        got = bulk[key]
        assert (got.count, got.first, got.last) == (tally.count, tally.first, tally.last)
        assert (got.modes, +got.topics, got.months) == (tally.modes, +tally.topics, tally.months)
    assert Tally.of([]) == Tally()
