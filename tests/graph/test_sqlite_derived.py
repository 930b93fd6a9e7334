"""SQLite's derived rows (lookup tables, ties, acted-as counts) equal a recount after any mix of writes.

Writes only touch the derived rows that change (new contacts add theirs, a refolded contact swaps only
the rows whose key moved, an emptied contact drops its own), so a long random sequence of saves,
re-extractions, retractions and imports is checked against a recount from the contacts table.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

import orjson
import pytest

from graph.models import Contact, ContactFilter, Mode
from graph.sqlite.store import SqliteStore
from tests.contract.builders import document, random_report, synthetic_leader
from tests.contract.checks import assert_ties_consistent, months_by_paging

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
            "SELECT n, id, a_id, b_id, a_country, b_country, sort_date, topics, a_role, b_role FROM contacts"
        ).fetchall()
        stored = {
            name: {tuple(row) for row in conn.execute(sql)}
            for name, sql in (
                ("leaders", "SELECT leader_id, sort_date, contact_id, other_id, contact_n"
                            " FROM contact_leaders"),
                ("countries", "SELECT country, sort_date, contact_id, contact_n FROM contact_countries"),
                ("topics", "SELECT topic, sort_date, contact_id, contact_n FROM contact_topics"),
                ("roles", "SELECT leader_id, country, role, count FROM leader_roles"),
            )
        }
    expected: dict[str, set[tuple[object, ...]]] = {"leaders": set(), "countries": set(), "topics": set()}
    roles: Counter[tuple[str, str, str]] = Counter()
    for n, cid, a, b, ca, cb, day, topics, ra, rb in contacts:
        expected["leaders"] |= {(a, day, cid, b, n), (b, day, cid, a, n)}
        expected["countries"] |= {(ca, day, cid, n), (cb, day, cid, n)}
        expected["topics"] |= {(t, day, cid, n) for t in orjson.loads(topics)}
        roles.update([(a, ca, ra), (b, cb, rb)])
    expected["roles"] = {(*key, n) for key, n in roles.items()}
    return {name: stored[name] ^ expected[name] for name in expected}


def _random_report(rng: random.Random, doc_id: str) -> Contact:
    days = ["2024-03-01", "2024-03-02", "2024-03-05", "2024-03", "2024", None, "2024-04-10"]
    return random_report(rng, doc_id, LEADERS, days, TOPICS, modes=MODES)


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
        # month_totals, kept by deltas, still counts the whole graph's occurred contacts per month.
        assert store.month_counts(ContactFilter()) == months_by_paging(store, ContactFilter()), f"step {step}"
    assert store.counts().contacts > 0
    assert_ties_consistent(store)
    for flt in (
        ContactFilter(leader=LEADERS[0].id), ContactFilter(leader=LEADERS[1].id, mode="phone"),
        ContactFilter(country="UN"), ContactFilter(topic="energy", status="planned"),
        ContactFilter(leader=LEADERS[2].id, with_=LEADERS[3].id), ContactFilter(since=date(2024, 3, 2)),
    ):  # fmt: skip
        assert store.month_counts(flt) == months_by_paging(store, flt), flt


# The version-3 layout, rebuilt from a current store: contacts and sources keyed by the contact id.
_BACK_TO_V3 = [
    """CREATE TABLE contacts_v3 AS SELECT id, a_id, a_name, a_country, a_role, a_provisional, b_id, b_name,
       b_country, b_role, b_provisional, mode, status, setting, date, date_precision, sort_date, topics,
       places, initiator, confidence FROM contacts""",
    """CREATE TABLE sources_v3 AS SELECT c.id AS contact_id, s.document_id, s.evidence, s.ev_start,
       s.ev_end, s.mode, s.setting, s.date, s.date_precision, s.topics, s.places, s.initiator,
       s.confidence FROM sources s JOIN contacts c ON c.n = s.contact_n""",
    "CREATE TABLE cl_v3 AS SELECT leader_id, sort_date, contact_id, other_id FROM contact_leaders",
    "CREATE TABLE cc_v3 AS SELECT country, sort_date, contact_id FROM contact_countries",
    "CREATE TABLE ct_v3 AS SELECT topic, sort_date, contact_id FROM contact_topics",
    "DROP TABLE contacts",
    "DROP TABLE sources",
    "DROP TABLE contact_leaders",
    "DROP TABLE contact_countries",
    "DROP TABLE contact_topics",
    "ALTER TABLE contacts_v3 RENAME TO contacts",
    "ALTER TABLE sources_v3 RENAME TO sources",
    "ALTER TABLE cl_v3 RENAME TO contact_leaders",
    "ALTER TABLE cc_v3 RENAME TO contact_countries",
    "ALTER TABLE ct_v3 RENAME TO contact_topics",
    "PRAGMA user_version = 3",
]


def test_a_version_3_store_gets_integer_keys_and_answers_the_same(store: SqliteStore) -> None:
    rng = random.Random(5)
    docs = [document(f"Another report, number {i}.") for i in range(12)]
    store.enqueue(docs)
    store.save_extractions([(d.id, [_random_report(rng, d.id) for _ in range(3)]) for d in docs])
    every = [c for page in store.iter_contacts(batch=10) for c in page]
    lists = [store.list_contacts(flt, limit=100).items for flt in (
        ContactFilter(), ContactFilter(leader=LEADERS[0].id), ContactFilter(country="UN"),
        ContactFilter(topic="energy"),
    )]  # fmt: skip
    by_document = store.document_contacts(docs[3].id)
    with store._db.write() as conn:
        for statement in _BACK_TO_V3:
            conn.execute(statement)
    store.migrate()
    assert [c for page in store.iter_contacts(batch=10) for c in page] == every
    assert [store.list_contacts(flt, limit=100).items for flt in (
        ContactFilter(), ContactFilter(leader=LEADERS[0].id), ContactFilter(country="UN"),
        ContactFilter(topic="energy"),
    )] == lists  # fmt: skip
    assert store.document_contacts(docs[3].id) == by_document
    differences = _recounted(store)
    assert differences == {name: set() for name in differences}
    with store._db.read() as conn:  # contacts are numbered in date order
        days = [r[0] for r in conn.execute("SELECT sort_date FROM contacts ORDER BY n")]
    assert days == sorted(days)
    # And the store keeps working: another document's contacts append after the migrated ones.
    store.save_extractions([(docs[0].id, [_random_report(rng, docs[0].id)])])
    assert _recounted(store) == {name: set() for name in differences}
