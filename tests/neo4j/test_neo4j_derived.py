"""Neo4j's derived data (ties, ACTED counts) equals a recount after any mix of writes, also from two writers.

A batch reads only the stored contacts in its reports' date windows and changes ties and ACTED counts by
what it removes and adds, so a long random sequence of saves, re-extractions, retractions and imports is
checked against a recount from the contacts; and two writers saving different documents about the same
contacts at the same time must end with one contact per event, citing every document.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest

from graph.models import Contact, ContactFilter, Mode
from graph.neo4j import cypher
from graph.neo4j.db import Tx
from graph.neo4j.store import Neo4jStore
from graph.neo4j.writes import SLICE, Slices
from tests.contract.builders import document, participant, random_report, report, synthetic_leader
from tests.contract.checks import assert_ties_consistent, walk

LEADERS = [synthetic_leader(n) for n in range(8)]
TOPICS = ["trade_economy", "energy", "security_defense", "humanitarian"]
MODES: list[Mode] = ["phone", "video", "in_person"]
# Days within a day of each other, months and years containing them, and undated: every kind of merge.
DAYS = ["2024-03-01", "2024-03-02", "2024-03-05", "2024-03", "2024", None, "2024-04-10", "2023-12-31"]


def _acted(store: Neo4jStore) -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str, str]]]:
    """Return the stored ACTED counts and a recount from the contacts (test-only look inside)."""
    stored = Counter(
        {
            (r["leader"], r["country"], r["role"]): r["n"]
            for r in store.db.run(
                "MATCH (l:Leader)-[r:ACTED]->(c:Country) "
                "RETURN l.id AS leader, c.code AS country, r.role AS role, r.count AS n"
            )
        }
    )
    counted: Counter[tuple[str, str, str]] = Counter()
    for c in walk(store, ContactFilter()):
        counted.update((p.leader_id, p.country, p.role) for p in (c.a, c.b))
    return stored, counted


def test_ties_and_acted_counts_match_a_recount_after_random_writes(neo4j_store: Neo4jStore) -> None:
    neo4j_store.upsert_leaders(LEADERS)
    rng = random.Random(17)
    docs = [document(f"Report number {i} about leaders talking.") for i in range(30)]
    neo4j_store.enqueue(docs)
    for step in range(40):
        items = []
        for doc in rng.sample(docs, rng.randint(1, 6)):
            # Saving a document again replaces what it said: new dates, topics, modes, or nothing at all.
            n = rng.choice([0, 1, 1, 2, 3])
            items.append(
                (doc.id, [random_report(rng, doc.id, LEADERS, DAYS, TOPICS, modes=MODES) for _ in range(n)])
            )
        neo4j_store.save_extractions(items)
        if step % 10 == 9:
            # Imports replace contacts by id, with all their sources.
            some = [c for page in neo4j_store.iter_contacts(batch=7) for c in page][:5]
            neo4j_store.import_contacts(some)
        stored, counted = _acted(neo4j_store)
        assert stored == counted, f"step {step}"
        if step % 4 == 3:
            assert_ties_consistent(neo4j_store)
    assert neo4j_store.counts().contacts > 0
    assert_ties_consistent(neo4j_store)


def test_two_writers_on_the_same_pairs_make_one_contact_per_event(
    neo4j_store_factory: Callable[[], Neo4jStore],
) -> None:
    first, second = neo4j_store_factory(), neo4j_store_factory()  # one database, two drivers
    first.upsert_leaders(LEADERS[:4])
    pairs = [(LEADERS[0], LEADERS[1]), (LEADERS[1], LEADERS[2]), (LEADERS[0], LEADERS[3])]
    days = ["2024-05-01", "2024-05-09", "2024-06-14"]
    docs = [document(f"Writer report {i}: the leaders spoke again.") for i in range(40)]
    first.enqueue(docs)

    def reports_of(doc_id: str) -> list[Contact]:
        # Every document reports every event, a day late in half of them: each still merges.
        late = int(doc_id[-1], 16) % 2
        return [
            report(participant(x), participant(y), doc_id, date=f"{day[:8]}{int(day[8:]) + late:02d}")
            for x, y in pairs
            for day in days
        ]

    batches = [[(d.id, reports_of(d.id)) for d in docs[i : i + 4]] for i in range(0, len(docs), 4)]
    with ThreadPoolExecutor(2) as pool:
        done = [
            pool.submit((first if i % 2 else second).save_extractions, batch)
            for i, batch in enumerate(batches)
        ]
        for future in done:
            future.result()
    contacts = walk(first, ContactFilter())
    assert len(contacts) == len(pairs) * len(days)
    assert all({s.document_id for s in c.sources} == {d.id for d in docs} for c in contacts)
    assert_ties_consistent(first)
    stored, counted = _acted(first)
    assert stored == counted


def test_a_report_whose_id_another_contact_holds_gets_a_derived_id(neo4j_store: Neo4jStore) -> None:
    neo4j_store.upsert_leaders(LEADERS[:4])
    held = report(LEADERS[0], LEADERS[1], "doc-held", date="2024-02-03")
    neo4j_store.save_extractions([("doc-held", [held])])
    # Another pair's report that comes with the same id (an extractor's mistake, or an imported id).
    clash = report(LEADERS[2], LEADERS[3], "doc-clash", date="2024-02-03").model_copy(update={"id": held.id})
    neo4j_store.save_extractions([("doc-clash", [clash])])
    neo4j_store.save_extractions([("doc-clash-2", [clash.model_copy()])])
    contacts = {c.pair: c for c in walk(neo4j_store, ContactFilter())}
    assert contacts[held.pair].id == held.id
    derived = contacts[clash.pair]
    assert derived.id != held.id and derived.id.startswith("c-")
    assert {s.document_id for s in derived.sources} == {"doc-clash", "doc-clash-2"}


def test_a_batch_larger_than_a_slice_writes_and_rewrites_every_contact(neo4j_store: Neo4jStore) -> None:
    # More contacts than one WRITE_CONTACTS statement takes (writes.SLICE): the batch is merged and
    # written a part at a time, and when the documents are saved again each part deletes its pairs' old
    # contacts before creating their new ones.
    cast = [synthetic_leader(n) for n in range(12)]
    neo4j_store.upsert_leaders(cast)
    pairs = [(x, y) for i, x in enumerate(cast) for y in cast[i + 1 :]]
    n = 2 * SLICE + 150
    day0 = date(2001, 1, 1)

    def items(shift: int) -> list[tuple[str, list[Contact]]]:
        out = []
        for i in range(n):
            x, y = pairs[i % len(pairs)]
            day = (day0 + timedelta(days=3 * (i // len(pairs)) + shift)).isoformat()
            doc = f"slice-doc-{i:04d}"
            out.append((doc, [report(x, y, doc, date=day, topics=TOPICS[i % 3 : i % 3 + 1])]))
        return out

    neo4j_store.save_extractions(items(0))
    assert neo4j_store.counts().contacts == n
    neo4j_store.save_extractions(items(400))  # every document now tells of a day 400 days later
    contacts = walk(neo4j_store, ContactFilter())
    assert len(contacts) == n
    assert min(c.date or "" for c in contacts) == (day0 + timedelta(days=400)).isoformat()
    assert all(len(c.sources) == 1 and len(c.topics) == 1 for c in contacts)
    assert_ties_consistent(neo4j_store)
    stored, counted = _acted(neo4j_store)
    assert stored == counted


def test_an_error_while_a_part_is_written_leaves_nothing_written(neo4j_store: Neo4jStore) -> None:
    # The writer merges one part of a batch while a thread waits for the server to write the part before:
    # an error in the merging must wait for that statement, then roll the whole transaction back.
    neo4j_store.upsert_leaders(LEADERS[:2])
    contacts = [report(LEADERS[0], LEADERS[1], f"part-doc-{i}", date=f"2020-01-0{i + 1}") for i in range(3)]
    neo4j_store.enqueue([document(f"part-doc-{i}") for i in range(3)])

    def fail_after_sending(tx: Tx) -> None:
        with Slices(tx) as slices:
            slices.send(contacts, delete=[])
            raise RuntimeError("merging the next part failed")

    seen: list[int] = []

    def count_after_sending(tx: Tx) -> None:
        with Slices(tx) as slices:
            slices.send(contacts, delete=[])
        seen.append(tx.run("MATCH (k:Contact) RETURN count(k) AS n").single(strict=True)["n"])
        raise RuntimeError("roll back after counting")

    with pytest.raises(RuntimeError, match="next part"):
        neo4j_store.db.write(fail_after_sending)
    assert neo4j_store.counts().contacts == 0
    # Without the error the part is written (so the count above could fail); rolled back here too.
    with pytest.raises(RuntimeError, match="counting"):
        neo4j_store.db.write(count_after_sending)
    assert seen == [3]
    assert neo4j_store.counts().contacts == 0


def test_a_locked_leader_holds_off_another_writer_and_stays_unchanged(neo4j_store: Neo4jStore) -> None:
    # Batches lock leaders and documents by removing a label no node carries (cypher.LOCK_LEADERS): the
    # second transaction to lock a leader must wait for the first to end, and the lock leaves no trace.
    neo4j_store.upsert_leaders(LEADERS[:1])
    ids = [LEADERS[0].id]
    locked, released = threading.Event(), threading.Event()
    waited: list[bool] = []

    def hold(tx: Tx) -> None:
        tx.run(cypher.LOCK_LEADERS, ids=ids).consume()
        locked.set()
        released.wait(timeout=30)

    def lock_again(tx: Tx) -> None:
        tx.run(cypher.LOCK_LEADERS, ids=ids).consume()
        waited.append(released.is_set())

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(neo4j_store.db.write, hold)
        assert locked.wait(timeout=30)
        second = pool.submit(neo4j_store.db.write, lock_again)
        time.sleep(0.5)  # time enough for the second lock to be taken, were it not held
        assert not second.done()
        released.set()
        first.result()
        second.result()
    assert waited == [True]
    node = neo4j_store.db.run(
        "MATCH (l:Leader {id: $id}) RETURN labels(l) AS labels, keys(l) AS keys", id=ids[0]
    )
    assert node[0]["labels"] == ["Leader"]
    assert not {k for k in node[0]["keys"] if k.startswith("_")}
