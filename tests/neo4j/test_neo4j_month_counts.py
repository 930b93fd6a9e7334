"""Neo4j counts contacts per month on the server (graph.protocol.MonthCounts), as paging would count them."""

from __future__ import annotations

import random
from datetime import date

from graph.models import Contact, ContactFilter, Mode
from graph.neo4j.store import Neo4jStore
from graph.protocol import MonthCounts
from tests.contract.builders import document, participant, random_report, synthetic_leader
from tests.contract.checks import months_by_paging

LEADERS = [synthetic_leader(n) for n in range(6)]
TOPICS = ["trade_economy", "energy", "security_defense"]
MODES: list[Mode] = ["phone", "video", "in_person"]
DAYS = ["2024-03-01", "2024-03-20", "2024-03", "2024", None, "2024-04-10", "2025-01-02"]


def _random_report(rng: random.Random, doc_id: str) -> Contact:
    return random_report(rng, doc_id, LEADERS, DAYS, TOPICS, modes=MODES, max_topics=2, un_share=0.2)


def test_month_counts_equal_the_pages_for_every_kind_of_filter(neo4j_store: Neo4jStore) -> None:
    assert isinstance(neo4j_store, MonthCounts)
    rng = random.Random(5)
    docs = [document(f"Report number {i} about two leaders talking.") for i in range(40)]
    neo4j_store.enqueue(docs)
    neo4j_store.save_extractions(
        [(doc.id, [_random_report(rng, doc.id) for _ in range(rng.randint(1, 3))]) for doc in docs]
    )
    filters = [
        ContactFilter(), ContactFilter(status="planned"), ContactFilter(leader=LEADERS[0].id),
        ContactFilter(leader=LEADERS[1].id, mode="phone"), ContactFilter(country="UN"),
        ContactFilter(country=participant(LEADERS[2]).country, topic="energy"),
        ContactFilter(leader=LEADERS[2].id, with_=LEADERS[3].id), ContactFilter(since=date(2024, 3, 2)),
        ContactFilter(until=date(2024, 3, 31), setting="bilateral"),
    ]  # fmt: skip
    counted = {str(flt): neo4j_store.month_counts(flt) for flt in filters}
    assert counted == {str(flt): months_by_paging(neo4j_store, flt) for flt in filters}
    assert sum(counted[str(ContactFilter())].values()) > 20
    assert None in counted[str(ContactFilter())]  # year-only and undated contacts have no month
