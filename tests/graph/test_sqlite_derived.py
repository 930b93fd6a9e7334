"""SQLite's derived rows (lookup tables, ties, acted-as counts) equal a recount after any mix of writes.

Writes only touch the derived rows that change (new contacts add theirs, a refolded contact swaps only
the rows whose key moved, an emptied contact drops its own), so a long random sequence of saves,
re-extractions, retractions and imports is checked against a recount from the contacts table.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import orjson
import pytest

from graph.models import Contact, Mode, Status
from graph.sqlite.store import SqliteStore
from tests.contract.builders import document, participant, report, synthetic_leader
from tests.contract.checks import assert_ties_consistent

LEADERS = [synthetic_leader(n) for n in range(8)]
TOPICS = ["trade_economy", "energy", "security_defense", "humanitarian"]
MODES: list[Mode] = ["phone", "video", "in_person"]


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "derived.db")
    s.migrate()
    s.upsert_leaders(LEADERS)
    yield s  # type: ignore[misc]
    s.close()


def _recounted(store: SqliteStore) -> dict[str, set[tuple[object, ...]]]:
    """Read the lookup tables and rebuild them from the contacts, side by side."""
    with store._db.read() as conn:  # test-only look inside the file
        contacts = conn.execute(
            "SELECT id, a_id, b_id, a_country, b_country, sort_date, topics, a_role, b_role FROM contacts"
        ).fetchall()
        stored = {
            name: {tuple(row) for row in conn.execute(sql)}
            for name, sql in (
                ("leaders", "SELECT leader_id, sort_date, contact_id, other_id FROM contact_leaders"),
                ("countries", "SELECT country, sort_date, contact_id FROM contact_countries"),
                ("topics", "SELECT topic, sort_date, contact_id FROM contact_topics"),
                ("roles", "SELECT leader_id, country, role, count FROM leader_roles"),
            )
        }
    expected: dict[str, set[tuple[object, ...]]] = {"leaders": set(), "countries": set(), "topics": set()}
    roles: Counter[tuple[str, str, str]] = Counter()
    for cid, a, b, ca, cb, day, topics, ra, rb in contacts:
        expected["leaders"] |= {(a, day, cid, b), (b, day, cid, a)}
        expected["countries"] |= {(ca, day, cid), (cb, day, cid)}
        expected["topics"] |= {(t, day, cid) for t in orjson.loads(topics)}
        roles.update([(a, ca, ra), (b, cb, rb)])
    expected["roles"] = {(*key, n) for key, n in roles.items()}
    return {name: stored[name] ^ expected[name] for name in expected}


def _random_report(rng: random.Random, doc_id: str) -> Contact:
    x, y = rng.sample(LEADERS, 2)
    day = rng.choice(["2024-03-01", "2024-03-02", "2024-03-05", "2024-03", "2024", None, "2024-04-10"])
    status: Status = "occurred" if rng.random() < 0.8 else "planned"
    # Now and then a participant acts for another country than their office's.
    side = participant(x, country="UN") if rng.random() < 0.15 else participant(x)
    return report(
        side, participant(y), doc_id, date=day, mode=rng.choice(MODES), status=status,
        topics=rng.sample(TOPICS, rng.randint(0, 3)),
    )  # fmt: skip


def test_derived_rows_match_a_recount_after_random_writes(store: SqliteStore) -> None:
    rng = random.Random(11)
    docs = [document(f"Report number {i} about leaders talking.") for i in range(30)]
    store.enqueue(docs)
    for step in range(60):
        batch = rng.sample(docs, rng.randint(1, 6))
        items = []
        for doc in batch:
            # Saving a document again replaces what it said: new dates, topics, modes, or nothing at all.
            n = rng.choice([0, 1, 1, 2, 3])
            items.append((doc.id, [_random_report(rng, doc.id) for _ in range(n)]))
        store.save_extractions(items)
        if step % 10 == 9:
            # Imports replace contacts by id, with all their sources.
            some = [c for page in store.iter_contacts(batch=7) for c in page][:5]
            store.import_contacts(some)
        differences = _recounted(store)
        assert differences == {name: set() for name in differences}, f"step {step}: {differences}"
    assert store.counts().contacts > 0
    assert_ties_consistent(store)
