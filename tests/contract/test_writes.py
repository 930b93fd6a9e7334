"""Writes: saving extractions, idempotent re-saves, re-extraction, atomic batches, faithful round trips."""

from __future__ import annotations

import pytest

from graph.errors import InvalidInput, NotFound
from graph.models import Contact, ContactFilter, Participant
from graph.protocol import GraphStore
from tests.contract.builders import CAST, ERDOGAN, MACRON, PUTIN, SHARAA, document, report
from tests.contract.checks import assert_ties_consistent, walk

SEED_AR = (
    "أجرى الرئيس السوري أحمد الشرع اتصالاً هاتفياً مع نظيره الفرنسي إيمانويل ماكرون، "
    "بحثا خلاله الأوضاع في سوريا والتعاون بين البلدين."
)
CALL_RU = "Владимир Путин и Эммануэль Макрон провели телефонный разговор — впервые почти за три года."


def _state(store: GraphStore) -> tuple[object, ...]:
    """Everything a reader can see, to compare before and after a write that must change nothing."""
    contacts = walk(store, ContactFilter())
    return (
        store.counts(),
        [c.model_dump() for c in contacts],
        store.network(ContactFilter()).model_dump(),
        store.topic_counts(),
    )


def test_saved_contact_reads_back_with_its_source(store: GraphStore) -> None:
    store.upsert_leaders(CAST)
    doc = document(SEED_AR, url="https://example.org/ar/1", lang="ar")
    store.enqueue([doc])
    c = report(SHARAA, MACRON, doc.id, date="2026-01-08", topics=("regional_situation",),
               places=("Syria",), evidence=SEED_AR, start=0)  # fmt: skip
    store.save_extractions([(doc.id, [c])])

    got = store.get_contact(c.id)
    assert got.id == c.id
    assert (got.a.leader_id, got.b.leader_id) == ("ahmed-al-sharaa", "emmanuel-macron")
    assert got.mode == "phone" and got.status == "occurred" and got.setting == "bilateral"
    assert (got.date, got.date_precision) == ("2026-01-08", "day")
    assert got.topics == ("regional_situation",) and got.places == ("Syria",)
    [src] = got.sources
    assert src.document_id == doc.id
    assert src.evidence == SEED_AR
    assert (src.start, src.end) == (0, len(SEED_AR))
    assert src.url == "https://example.org/ar/1" and src.lang == "ar"
    assert src.assertion.mode == "phone"  # the store records the mode each report gave
    assert store.document_contacts(doc.id) == [got]
    assert store.counts().contacts == 1 and store.counts().sources == 1 and store.counts().ties == 1


def test_participants_come_back_in_id_order(store: GraphStore) -> None:
    c = report(MACRON, ERDOGAN, "doc-1", date="2025-06-24")  # given as (emmanuel, recep)
    flipped = report(PUTIN, ERDOGAN, "doc-1", date="2025-09-01")  # given as (vladimir, recep)
    store.save_extractions([("doc-1", [c, flipped])])
    for got in walk(store, ContactFilter()):
        assert got.a.leader_id < got.b.leader_id
        assert got.pair == (got.a.leader_id, got.b.leader_id)


def test_names_and_evidence_round_trip_byte_for_byte(store: GraphStore) -> None:
    sharaa = Participant(leader_id=SHARAA.id, name="أحمد الشرع", country="SYR", role="head_of_state")
    putin = Participant(leader_id=PUTIN.id, name="Владимир Путин", country="RUS", role="head_of_state")
    macron = Participant(leader_id=MACRON.id, name="Эммануэль Макрон", country="FRA", role="head_of_state")
    store.upsert_leaders(CAST)
    c1 = report(sharaa, macron, "ar-doc", date="2026-01-08", evidence=SEED_AR, places=("سوريا",))
    c2 = report(putin, macron, "ru-doc", date="2025-07-01", evidence=CALL_RU, places=("Украина",))
    store.save_extractions([("ar-doc", [c1]), ("ru-doc", [c2])])
    got1, got2 = store.get_contact(c1.id), store.get_contact(c2.id)
    assert got1.a.name.encode() == "أحمد الشرع".encode()
    assert got1.sources[0].evidence.encode() == SEED_AR.encode()
    assert got1.places == ("سوريا",)
    assert got2.b.name == "Владимир Путин" and got2.a.name == "Эммануэль Макрон"
    assert got2.sources[0].evidence == CALL_RU and got2.places == ("Украина",)
    assert store.get_leader(SHARAA.id) == SHARAA  # aliases in every script, in their order


@pytest.mark.parametrize(
    "hostile",
    [
        "'); DROP TABLE contacts; --",
        '" OR 1=1 --',
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "MATCH (n) DETACH DELETE n //",
        "a\x00b",
        "\u202eevil\u202c \u200fمرحبا\u200e",
        "${jndi:ldap://x} %s %n {0}",
    ],
)
def test_hostile_strings_are_only_data(store: GraphStore, hostile: str) -> None:
    doc = document(hostile + " text", url=f"https://example.org/{hostile}", title=hostile)
    store.enqueue([doc])
    someone = Participant(leader_id="provisional-fra-x", name=hostile, country="FRA", role="head_of_state")
    c = report(
        someone,
        MACRON,
        doc.id,
        date="2025-01-02",
        evidence=hostile,
        places=(hostile,),
        topics=("trade_economy",),
    )
    store.save_extractions([(doc.id, [c])])
    got = store.get_contact(c.id)
    assert got.a.name == hostile or got.b.name == hostile
    assert got.sources[0].evidence == hostile and got.places == (hostile,)
    assert got.sources[0].title == hostile
    assert store.get_document(doc.id).text == hostile + " text"
    assert "provisional-fra-x" in [ldr.id for ldr in store.find_leaders(hostile)]
    assert store.list_contacts(ContactFilter(topic=hostile)).items == []
    assert store.list_contacts(ContactFilter(country="FRA")).items == [got]
    assert store.counts().contacts == 1


def test_dates_keep_their_precision(store: GraphStore) -> None:
    month = report(SHARAA, ERDOGAN, "d1", date="2025-05", mode="in_person")
    year = report(PUTIN, MACRON, "d2", date="2022")
    undated = report(PUTIN, ERDOGAN, "d3", date=None)
    store.save_extractions([("d1", [month]), ("d2", [year]), ("d3", [undated])])
    assert (store.get_contact(month.id).date, store.get_contact(month.id).date_precision) == (
        "2025-05",
        "month",
    )
    assert (store.get_contact(year.id).date, store.get_contact(year.id).date_precision) == ("2022", "year")
    assert (store.get_contact(undated.id).date, store.get_contact(undated.id).date_precision) == (None, None)


def test_unknown_leaders_become_provisional(store: GraphStore) -> None:
    stranger = Participant(
        leader_id="provisional-tuv-feleti-teo", name="Feleti Teo", country="TUV",
        role="head_of_government", provisional=True,
    )  # fmt: skip
    c = report(stranger, MACRON, "d1", date="2025-03-03")
    store.save_extractions([("d1", [c])])
    ldr = store.get_leader("provisional-tuv-feleti-teo")
    assert ldr.provisional and ldr.name == "Feleti Teo"
    assert [(o.country, o.role) for o in ldr.offices] == [("TUV", "head_of_government")]
    assert store.get_leader(MACRON.id).provisional  # unknown to this store too, until upserted
    store.upsert_leaders([MACRON])
    assert not store.get_leader(MACRON.id).provisional
    store.save_extractions([("d2", [report(stranger, MACRON, "d2", date="2025-04-04")])])
    assert not store.get_leader(MACRON.id).provisional  # a later save does not demote a known leader


def test_resaving_the_same_extraction_changes_nothing(store: GraphStore) -> None:
    store.upsert_leaders(CAST)
    items: list[tuple[str, list[Contact]]] = [
        ("d1", [report(SHARAA, MACRON, "d1", date="2026-01-08", topics=("regional_situation",)),
                report(SHARAA, ERDOGAN, "d1", date="2026-01-08", topics=("security_defense",), start=90)]),
        ("d2", [report(MACRON, SHARAA, "d2", date="2026-01-08", topics=("humanitarian",))]),
    ]  # fmt: skip
    store.save_extractions(items)
    before = _state(store)
    store.save_extractions(items)
    store.save_extractions(list(reversed(items)))
    for doc_id, contacts in items:
        store.save_extractions([(doc_id, contacts)])
    assert _state(store) == before
    assert store.counts().contacts == 2 and store.counts().sources == 3


def test_reextraction_replaces_what_a_document_asserted(store: GraphStore) -> None:
    old = report(SHARAA, MACRON, "d1", date="2026-01-08", topics=("regional_situation",))
    kept = report(SHARAA, ERDOGAN, "d1", date="2026-01-08", start=90)
    store.save_extractions([("d1", [old, kept])])
    # The upgraded extractor finds the Turkish call with another topic, and no French call.
    store.save_extractions([("d1", [report(SHARAA, ERDOGAN, "d1", date="2026-01-08", topics=("energy",))])])
    with pytest.raises(NotFound):
        store.get_contact(old.id)
    got = store.get_contact(kept.id)
    assert got.topics == ("energy",) and len(got.sources) == 1
    assert [c.id for c in store.document_contacts("d1")] == [kept.id]
    assert store.counts().contacts == 1 and store.counts().ties == 1
    assert store.topic_counts() == {"energy": 1}
    store.save_extractions([("d1", [])])  # nothing left in it
    assert store.counts().contacts == 0 and store.counts().sources == 0 and store.counts().ties == 0
    assert store.topic_counts() == {} and store.document_contacts("d1") == []


def test_a_document_listed_twice_in_one_batch_keeps_its_last_list(store: GraphStore) -> None:
    first = report(SHARAA, MACRON, "d1", date="2026-01-08")
    second = report(SHARAA, ERDOGAN, "d1", date="2026-01-08")
    store.save_extractions([("d1", [first]), ("d1", [second])])
    assert [c.id for c in store.document_contacts("d1")] == [second.id]


def test_a_bad_contact_fails_the_whole_batch_and_writes_nothing(store: GraphStore) -> None:
    good = report(SHARAA, MACRON, "d1", date="2026-01-08")
    store.save_extractions([("d1", [good])])
    before = _state(store)
    selfie = report(MACRON, PUTIN, "d2", date="2025-07-01")
    selfie = selfie.model_copy(update={"b": selfie.a})
    with pytest.raises(InvalidInput):
        store.save_extractions([("d1", []), ("d2", [report(PUTIN, MACRON, "d2", date="2025-07-01"), selfie])])
    assert _state(store) == before


def test_not_found(store: GraphStore) -> None:
    for call in (
        lambda: store.get_contact("c-nope"),
        lambda: store.get_document("u-nope"),
        lambda: store.get_leader("nobody"),
        lambda: store.leader_totals("nobody"),
        lambda: store.counterparts("nobody"),
        lambda: store.pair_summary("nobody", MACRON.id),
    ):
        with pytest.raises(NotFound):
            call()
    assert store.document_contacts("u-nope") == []


def test_ties_stay_consistent_through_a_sequence_of_writes(store: GraphStore) -> None:
    store.upsert_leaders(CAST)
    sovereignty = "sovereignty_territorial_integrity"
    steps: list[list[tuple[str, list[Contact]]]] = [
        [("d1", [report(SHARAA, MACRON, "d1", date="2026-01-08", topics=("regional_situation",)),
                 report(SHARAA, ERDOGAN, "d1", date="2026-01-08", topics=("security_defense", sovereignty),
                        start=80)])],
        [("d2", [report(MACRON, SHARAA, "d2", date="2026-01-09", mode="video", topics=("humanitarian",))])],
        [("d3", [report(SHARAA, MACRON, "d3", date="2025-05-07", mode="in_person", setting="visit")]),
         ("d4", [report(PUTIN, MACRON, "d4", date="2025-07-01", topics=("conflict_ceasefire",)),
                 report(PUTIN, ERDOGAN, "d4", date="2025-09-01", mode="in_person", setting="summit",
                        start=50),
                 report(PUTIN, SHARAA, "d4", date="2025-10-15", mode="in_person", setting="visit",
                        start=99)])],
        [("d5", [report(PUTIN, MACRON, "d5", date="2025-07", status="planned")])],
        [("d1", [report(SHARAA, ERDOGAN, "d1", date="2026-01-08", topics=("energy",))])],
        [("d2", []), ("d4", [report(PUTIN, ERDOGAN, "d4", date="2025-09-01", mode="in_person")])],
        [("d3", []), ("d1", []),
         ("d6", [report(ERDOGAN, SHARAA, "d6", date="2025-02-04", mode="in_person")])],
    ]  # fmt: skip
    for step in steps:
        store.save_extractions(step)
        assert_ties_consistent(store)
    assert store.counts().contacts == 3  # Putin-Erdogan, Erdogan-Sharaa, the planned Putin-Macron


def test_a_tie_span_follows_retractions(store: GraphStore) -> None:
    store.save_extractions(
        [
            ("first-call", [report(PUTIN, ERDOGAN, "first-call", date="2024-01-10", mode="phone")]),
            ("first-meeting", [report(PUTIN, ERDOGAN, "first-meeting", date="2024-01-10", mode="in_person")]),
            ("middle", [report(PUTIN, ERDOGAN, "middle", date="2024-06", mode="phone")]),
            ("last", [report(PUTIN, ERDOGAN, "last", date="2024-12-20", mode="video", topics=("energy",))]),
        ]
    )

    def span() -> tuple[int, str | None, str | None]:
        s = store.pair_summary(PUTIN.id, ERDOGAN.id)
        return s.count, s.first, s.last

    assert span() == (4, "2024-01-10", "2024-12-20")
    store.save_extractions([("first-call", [])])  # another contact still holds the first day
    assert span() == (3, "2024-01-10", "2024-12-20")
    store.save_extractions([("last", [])])
    assert span() == (2, "2024-01-10", "2024-06") and store.topic_counts() == {}
    store.save_extractions([("first-meeting", [])])
    assert span() == (1, "2024-06", "2024-06")
    store.save_extractions([("late", [report(PUTIN, ERDOGAN, "late", date="2025-03-01")])])
    assert span() == (2, "2024-06", "2025-03-01")
    assert_ties_consistent(store)
