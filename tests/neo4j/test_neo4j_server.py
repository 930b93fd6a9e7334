"""Neo4j-specific behaviour: schema, error mapping, the loopback guard and atomic claims."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from graph.errors import LeaseLost, StoreUnavailable
from graph.keys import content_hash, document_id
from graph.models import Document
from graph.neo4j.server import ServerInfo, free_port, is_loopback
from graph.neo4j.store import Neo4jStore
from tests.contract.builders import MACRON, SHARAA, participant, report


def _doc(i: int) -> Document:
    text = f"Report number {i} about a call between two presidents."
    return Document(id=document_id(None, text), text=text, content_hash=content_hash(text))


def test_migrate_is_idempotent_and_creates_the_schema(neo4j_store: Neo4jStore) -> None:
    # One relationship-type lookup index under a name of our own: a deployment's, which migrate keeps.
    neo4j_store.db.run("CREATE LOOKUP INDEX `rel lookup` IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)")
    neo4j_store.migrate()
    neo4j_store.migrate()
    constraints = {r["name"] for r in neo4j_store.db.run("SHOW CONSTRAINTS YIELD name")}
    indexes = {r["name"]: r["type"] for r in neo4j_store.db.run("SHOW INDEXES YIELD name, type")}
    lookups = {(r["name"], r["entity"]) for r in neo4j_store.db.run(
        "SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' RETURN name, entityType AS entity"
    )}  # fmt: skip
    # The one Neo4j made with the database (a generated name) is gone; label scans keep the node one.
    assert {entity for name, entity in lookups if name.startswith("index_")} == {"NODE"}
    assert ("rel lookup", "RELATIONSHIP") in lookups
    neo4j_store.db.run("DROP INDEX `rel lookup`")
    assert {"leader_id", "contact_id", "document_id", "feed_url"} <= constraints
    assert indexes["contact_sort"] == "RANGE"  # the contact's date (day precision), then id
    assert indexes["contact_pair_sort"] == "RANGE"  # a pair's contacts in list order
    assert "contact_pair" not in indexes


def test_a_server_that_is_down_is_store_unavailable_quickly() -> None:
    store = Neo4jStore(f"bolt://127.0.0.1:{free_port()}", "neo4j", "x")
    began = time.monotonic()
    with pytest.raises(StoreUnavailable):
        store.ping()
    assert time.monotonic() - began < 15
    store.close()


def test_wrong_credentials_are_store_unavailable(neo4j_server: ServerInfo) -> None:
    store = Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password + "-wrong")
    with pytest.raises(StoreUnavailable, match="credentials"):
        store.ping()
    store.close()


def test_loopback_guard() -> None:
    assert is_loopback("bolt://127.0.0.1:7687")
    assert is_loopback("bolt://localhost:7687")
    assert is_loopback("neo4j://[::1]:7687")
    assert not is_loopback("neo4j+s://abc.databases.neo4j.io")
    assert not is_loopback("bolt://10.0.0.5:7687")


def test_concurrent_claims_hand_out_each_document_once(
    neo4j_store_factory: Callable[[], Neo4jStore],
) -> None:
    first = neo4j_store_factory()
    first.enqueue([_doc(i) for i in range(30)])
    stores = [first, neo4j_store_factory(), neo4j_store_factory()]
    now = datetime.now(UTC)

    def drain(store: Neo4jStore) -> list[str]:
        got = []
        while (job := store.claim("w", 60, now)) is not None:
            got.append(job.document.id)
        return got

    with ThreadPoolExecutor(len(stores)) as pool:
        claimed = [doc for batch in pool.map(drain, stores) for doc in batch]
    assert len(claimed) == 30
    assert len(set(claimed)) == 30
    assert first.queue_stats()["processing"] == 30


def test_an_expired_lease_is_lost_and_the_job_is_claimed_again(neo4j_store: Neo4jStore) -> None:
    neo4j_store.enqueue([_doc(1)])
    t0 = datetime.now(UTC)
    job = neo4j_store.claim("w1", 30, t0)
    assert job is not None
    assert neo4j_store.claim("w2", 30, t0) is None
    later = t0 + timedelta(seconds=31)
    again = neo4j_store.claim("w2", 30, later)
    assert again is not None and again.document.id == job.document.id and again.attempts == 2
    with pytest.raises(LeaseLost):
        neo4j_store.complete(job, [], later)
    neo4j_store.complete(again, [], later)
    assert neo4j_store.get_document(job.document.id).status == "done"


def test_migrate_counts_acted_roles_for_a_store_written_before_they_were_kept(
    neo4j_store: Neo4jStore,
) -> None:
    neo4j_store.upsert_leaders([MACRON, SHARAA])
    as_un = participant(MACRON, country="UN", role="intl_org_head")  # what he acted as, however odd
    neo4j_store.save_extractions([("d1", [report(as_un, SHARAA, "d1", date="2026-01-08")])])
    before = neo4j_store.counterparts(SHARAA.id)
    assert (before[0].leader.country, before[0].leader.role) == ("UN", "intl_org_head")
    # An older store: no ACTED counts and no layout version.
    neo4j_store.db.run("MATCH ()-[r:ACTED]->() DELETE r")
    neo4j_store.db.run("MATCH (m:Sequence {name: 'schema'}) DELETE m")
    assert neo4j_store.counterparts(SHARAA.id)[0].leader.country == "FRA"  # offices only
    neo4j_store.migrate()
    assert neo4j_store.counterparts(SHARAA.id) == before


def test_migrate_counts_months_on_ties_written_before_they_kept_them(neo4j_store: Neo4jStore) -> None:
    neo4j_store.upsert_leaders([MACRON, SHARAA])
    reports = [
        report(MACRON, SHARAA, "d1", date="2026-01-08"),
        report(MACRON, SHARAA, "d2", date="2026-01-20", mode="in_person"),
        report(MACRON, SHARAA, "d3", date="2026-03-02", mode="video"),
    ]
    neo4j_store.save_extractions([(r.sources[0].document_id, [r]) for r in reports])
    before = neo4j_store.pair_summary(MACRON.id, SHARAA.id)
    assert before.by_month == {"2026-01": 2, "2026-03": 1}
    # An older store (layout version 2): ties without their per-month counts.
    neo4j_store.db.run("MATCH ()-[t:TIE]->() REMOVE t.months")
    neo4j_store.db.run("MATCH (m:Sequence {name: 'schema'}) SET m.value = 2")
    assert neo4j_store.pair_summary(MACRON.id, SHARAA.id).by_month == {}
    neo4j_store.migrate()
    assert neo4j_store.pair_summary(MACRON.id, SHARAA.id) == before
    assert neo4j_store.db.run("MATCH ()-[t:TIE]->() WHERE t.months IS NULL RETURN count(t) AS n")[0]["n"] == 0


def test_migrate_packs_the_fields_no_statement_reads_of_a_store_written_before_version_5(
    neo4j_store: Neo4jStore,
) -> None:
    neo4j_store.upsert_leaders([MACRON, SHARAA])
    reports = [
        report(MACRON, SHARAA, "d1", date="2026-01-08", topics=("energy",), places=("SYR",)),
        report(MACRON, SHARAA, "d2", date="2026-01-08"),
        report(MACRON, SHARAA, "d3", date="2026-03-02", mode="video"),
    ]
    neo4j_store.save_extractions([(r.sources[0].document_id, [r]) for r in reports])
    before = [neo4j_store.get_contact(c.id) for c in neo4j_store.document_contacts("d1")]
    before += neo4j_store.document_contacts("d3")
    # An older store (layout version 4): those fields as properties of their own.
    for rec in neo4j_store.db.run("MATCH (k:Contact) RETURN k.id AS id, k.details AS details"):
        neo4j_store.db.run(
            "MATCH (k:Contact {id: $id}) SET k += $fields REMOVE k.details",
            id=rec["id"],
            fields=orjson.loads(rec["details"]),
        )
    for rec in neo4j_store.db.run("MATCH ()-[r:REPORTS]->() RETURN elementId(r) AS r, r.assertion AS a"):
        neo4j_store.db.run(
            "MATCH ()-[r:REPORTS]->() WHERE elementId(r) = $r SET r += $fields REMOVE r.assertion",
            r=rec["r"],
            fields=orjson.loads(rec["a"]),
        )
    neo4j_store.db.run("MATCH (m:Sequence {name: 'schema'}) SET m.value = 4")
    neo4j_store.migrate()
    neo4j_store.migrate()  # a second run finds every contact packed already
    after = [neo4j_store.get_contact(c.id) for c in before]
    assert after == before
    assert after[0].places == ("SYR",) and len(after[0].sources) == 2
    unpacked = "MATCH (k:Contact) WHERE k.details IS NULL OR k.a_name IS NOT NULL RETURN count(k) AS n"
    assert neo4j_store.db.run(unpacked)[0]["n"] == 0
    loose = "MATCH ()-[r:REPORTS]->() WHERE r.assertion IS NULL OR r.mode IS NOT NULL RETURN count(r) AS n"
    assert neo4j_store.db.run(loose)[0]["n"] == 0


def test_a_stub_goes_when_no_contact_cites_its_document_any_more_and_a_stored_document_stays(
    neo4j_store: Neo4jStore,
) -> None:
    neo4j_store.upsert_leaders([MACRON, SHARAA])
    held = _doc(7)
    neo4j_store.enqueue([held])
    neo4j_store.save_extractions(
        [
            ("never-enqueued", [report(MACRON, SHARAA, "never-enqueued", date="2026-01-08")]),
            (held.id, [report(MACRON, SHARAA, held.id, date="2026-02-08")]),
        ]
    )
    stubs = "MATCH (d:Document:Stub) RETURN collect(d.id) AS ids"
    assert neo4j_store.db.run(stubs)[0]["ids"] == ["never-enqueued"]
    neo4j_store.save_extractions([("never-enqueued", []), (held.id, [])])
    assert neo4j_store.db.run(stubs)[0]["ids"] == []
    assert neo4j_store.get_document(held.id).id == held.id
    assert neo4j_store.counts().contacts == 0
