"""What only the SQLite backend has: the file, its schema version, threads, error mapping, index use."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from graph.errors import InvalidInput, StoreUnavailable
from graph.factory import StoreConfig, open_store
from graph.models import Contact, ContactFilter, Document, Participant
from graph.sqlite.reads import select_contacts
from graph.sqlite.schema import SCHEMA_VERSION
from graph.sqlite.store import SqliteStore
from tests.contract.builders import MACRON, SHARAA, document, report, synthetic_leader
from tests.contract.checks import assert_ties_consistent

T0 = datetime(2026, 1, 9, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "nested" / "dir" / "store.db")
    s.migrate()
    yield s  # type: ignore[misc]
    s.close()


def _pragma(store: SqliteStore, name: str) -> object:
    # Test-only peek at the connection the store uses.
    with store._db.read() as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_file_is_created_in_wal_mode_at_the_current_version(store: SqliteStore, tmp_path: Path) -> None:
    assert (tmp_path / "nested" / "dir" / "store.db").exists()
    assert _pragma(store, "journal_mode") == "wal"
    assert _pragma(store, "user_version") == SCHEMA_VERSION
    assert int(str(_pragma(store, "busy_timeout"))) >= 1000


def test_migrate_is_idempotent_and_keeps_data(store: SqliteStore) -> None:
    store.save_extractions([("d", [report(SHARAA, MACRON, "d", date="2026-01-08")])])
    store.migrate()
    store.migrate()
    again = SqliteStore(store.path)
    again.migrate()
    assert again.counts().contacts == 1
    again.close()


def test_a_newer_schema_is_refused(store: SqliteStore) -> None:
    with store._db.write() as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreUnavailable, match="newer"):
        store.migrate()


def test_open_store_picks_sqlite_for_a_path(tmp_path: Path) -> None:
    s = open_store(StoreConfig(location=str(tmp_path / "x.db")))
    assert isinstance(s, SqliteStore)
    s.ping()
    s.close()


def test_unusable_locations_and_closed_stores_are_unavailable(tmp_path: Path) -> None:
    (tmp_path / "a-directory").mkdir()
    broken = SqliteStore(tmp_path / "a-directory")
    with pytest.raises(StoreUnavailable):
        broken.migrate()
    s = SqliteStore(tmp_path / "ok.db")
    s.migrate()
    s.close()
    with pytest.raises(StoreUnavailable):
        s.ping()


def test_an_in_memory_store_works(tmp_path: Path) -> None:
    s = SqliteStore(":memory:")
    s.migrate()
    s.save_extractions([("d", [report(SHARAA, MACRON, "d", date="2026-01-08")])])
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(s.counts().contacts))
    worker.start()
    worker.join()
    assert seen == [1]  # other threads see the same database
    s.close()


def test_values_sqlite_cannot_hold_are_invalid_input(store: SqliteStore) -> None:
    with pytest.raises(InvalidInput):
        store.enqueue([Document(id="u-1", text="broken \ud800 surrogate", content_hash="x")])
    huge = report(SHARAA, MACRON, "d", date="2026-01-08")
    huge = huge.model_copy(update={"sources": (huge.sources[0].model_copy(update={"end": 2**70}),)})
    with pytest.raises(InvalidInput):
        store.save_extractions([("d", [huge])])
    assert store.counts().contacts == 0 and store.counts().documents == 0


def test_threads_write_and_read_together(store: SqliteStore) -> None:
    leaders = [synthetic_leader(n) for n in range(12)]
    store.upsert_leaders(leaders)
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            for i in range(25):
                a, b = leaders[(k + i) % 12], leaders[(k + 2 * i + 1) % 12]
                if a.id == b.id:
                    continue
                doc = f"t{k}-{i}"
                store.save_extractions(
                    [(doc, [report(a, b, doc, date=f"2025-{1 + i % 12:02d}-{1 + k:02d}")])]
                )
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        try:
            for _ in range(40):
                store.list_contacts(ContactFilter(country="FRA"), limit=5)
                store.network(ContactFilter())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    threads += [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.counts().sources > 80
    assert_ties_consistent(store)


def test_concurrent_claims_take_each_document_once(store: SqliteStore) -> None:
    store.enqueue([document(f"Report {i}.") for i in range(40)])
    handles = [store, SqliteStore(store.path), SqliteStore(store.path)]
    claimed: list[str] = []
    lock = threading.Lock()

    def work(handle: SqliteStore, name: str) -> None:
        while (job := handle.claim(name, 60, T0)) is not None:
            with lock:
                claimed.append(job.document.id)
            handle.complete(job, [], T0)

    threads = [
        threading.Thread(target=work, args=(h, f"w{i}-{j}")) for i, h in enumerate(handles) for j in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(claimed) == 40 and Counter(claimed).most_common(1)[0][1] == 1
    assert store.queue_stats() == {"queued": 0, "processing": 0, "done": 40, "failed": 0}
    for h in handles[1:]:
        h.close()


def _plan(store: SqliteStore, flt: ContactFilter) -> str:
    sql, params = select_contacts(flt, "c.*", ("2025-06-01", "c-1"), 26)
    with store._db.read() as conn:
        return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (ContactFilter(), "ix_contacts_order"),
        (ContactFilter(leader="a", with_="b", since=date(2025, 1, 1)), "ix_contacts_pair"),
        (ContactFilter(leader="a", mode="phone"), "x USING PRIMARY KEY (leader_id=?"),
        (
            ContactFilter(country="FRA", topic="energy", since=date(2025, 1, 1)),
            "x USING PRIMARY KEY (country=?",
        ),
        (ContactFilter(topic="energy", status="occurred"), "x USING PRIMARY KEY (topic=?"),
    ],
)
def test_lists_read_an_index_in_order_without_sorting(
    store: SqliteStore, flt: ContactFilter, index: str
) -> None:
    plan = _plan(store, flt)
    assert index in plan
    assert "SCAN" not in plan
    assert "TEMP B-TREE" not in plan  # no sort of the whole match: pages stay cheap at any size


def test_counterparts_merge_two_rank_indexes_without_sorting(store: SqliteStore) -> None:
    from graph.sqlite.reads import _LEADER_TIES

    with store._db.read() as conn:
        rows = conn.execute("EXPLAIN QUERY PLAN " + _LEADER_TIES, {"id": "a", "limit": 26}).fetchall()
    plan = " | ".join(r[3] for r in rows)
    assert "ix_ties_a_rank" in plan and "ix_ties_b_rank" in plan
    assert "TEMP B-TREE" not in plan  # a hub's thousands of ties are not all read and sorted for one page


def test_provisional_leaders_are_written_once_per_batch(store: SqliteStore) -> None:
    stranger = Participant(leader_id="provisional-tuv-x", name="X", country="TUV", role="head_of_government")
    items: list[tuple[str, list[Contact]]] = [
        (f"d{i}", [report(stranger, MACRON, f"d{i}", date=f"2025-0{i + 1}-01")]) for i in range(3)
    ]
    store.save_extractions(items)
    assert store.counts().leaders == 2 and store.counts().contacts == 3


def test_migrations_from_version_1_rebuild_what_later_versions_derive(store: SqliteStore) -> None:
    x, y = synthetic_leader(1), synthetic_leader(2)
    store.save_extractions(
        [
            (f"d{i}", [report(x, y, f"d{i}", date=day, start=i)])
            for i, day in enumerate(["2024-03-05", "2024-03-20", "2024-07", "2023", None])
        ]
    )
    before = store.pair_summary(x.id, y.id), store.network(ContactFilter(country="FRA"))
    assert before[0].by_month == {"2024-03": 2, "2024-07": 1}
    with store._db.write() as conn:  # back to a version-1 file
        conn.execute("ALTER TABLE ties DROP COLUMN months")
        conn.execute("DROP TABLE leader_roles")
        conn.execute("PRAGMA user_version = 1")
    store.migrate()
    assert _pragma(store, "user_version") == SCHEMA_VERSION
    assert (store.pair_summary(x.id, y.id), store.network(ContactFilter(country="FRA"))) == before


def test_connections_of_finished_threads_are_closed(store: SqliteStore) -> None:
    for _ in range(5):
        worker = threading.Thread(target=store.ping)
        worker.start()
        worker.join()
    # Each new thread's first use closed the connection of the thread before it: this one's and the last.
    assert len(store._db._owned) == 2
