"""Counterparts cut to the first `limit`: the same order and figures as the whole list, on every backend."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import InvalidInput
from graph.protocol import GraphStore
from tests.contract.builders import report, synthetic_leader


def test_counterparts_limit_keeps_the_head_of_the_whole_list(store: GraphStore) -> None:
    hub, *others = (synthetic_leader(n) for n in range(7))
    store.upsert_leaders([hub, *others])
    items = []
    for i, other in enumerate(others):
        for k in range(1 + i % 3):  # counts 1, 2, 3, 1, 2, 3: ties broken by id
            doc = f"{other.id}-{k}"
            items.append((doc, [report(hub, other, doc, date=f"2024-0{k + 1}-10", topics=("energy",))]))
    store.save_extractions(items)
    whole = store.counterparts(hub.id)
    assert len(whole) == 6
    for limit in (1, 2, 4, 6, 10):
        assert store.counterparts(hub.id, limit=limit) == whole[:limit]
    dated = store.counterparts(hub.id, since=date(2024, 2, 1), until=date(2024, 12, 31))
    assert store.counterparts(hub.id, since=date(2024, 2, 1), until=date(2024, 12, 31), limit=3) == dated[:3]
    with pytest.raises(InvalidInput):
        store.counterparts(hub.id, limit=0)
