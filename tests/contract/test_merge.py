"""One contact reported by several documents is one contact with every source (graph.merge rules)."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.merge import fold_assertions
from graph.models import ContactFilter
from graph.protocol import GraphStore
from tests.contract.builders import ERDOGAN, MACRON, PUTIN, SHARAA, report
from tests.contract.checks import assert_ties_consistent, walk


def _only(store: GraphStore) -> list[str]:
    return [c.id for c in walk(store, ContactFilter())]


def test_five_outlets_one_call(store: GraphStore) -> None:
    reports = [
        report(SHARAA, MACRON, f"outlet-{i}", date="2026-01-08", topics=topics, confidence=0.6)
        for i, topics in enumerate(
            [("regional_situation",), ("regional_situation", "security_defense"), (), ("humanitarian",), ()]
        )
    ]
    store.save_extractions([(f"outlet-{i}", [c]) for i, c in enumerate(reports)])
    [contact] = walk(store, ContactFilter())
    assert [s.document_id for s in contact.sources] == [f"outlet-{i}" for i in range(5)]
    assert contact.id == reports[0].id
    assert contact.topics == ("regional_situation", "humanitarian", "security_defense")
    assert contact.confidence == fold_assertions([s.assertion for s in contact.sources]).confidence
    assert contact.confidence > 0.6
    assert store.pair_summary(SHARAA.id, MACRON.id).count == 1


def test_reports_saved_one_by_one_merge_the_same_way(store: GraphStore) -> None:
    for i in range(3):
        store.save_extractions([(f"outlet-{i}", [report(MACRON, SHARAA, f"outlet-{i}", date="2026-01-08")])])
    [contact] = walk(store, ContactFilter())
    assert len(contact.sources) == 3


def test_a_dated_and_an_undated_report_of_one_call_merge(store: GraphStore) -> None:
    dated = report(SHARAA, ERDOGAN, "dated", date="2026-01-08", topics=("security_defense",))
    undated = report(ERDOGAN, SHARAA, "undated", date=None, topics=("energy",))
    store.save_extractions([("undated", [undated])])
    store.save_extractions([("dated", [dated])])
    [contact] = walk(store, ContactFilter())
    assert contact.id == undated.id  # the first report named it
    assert (contact.date, contact.date_precision) == ("2026-01-08", "day")  # the dated report dates it
    assert {s.document_id for s in contact.sources} == {"dated", "undated"}
    assert set(contact.topics) == {"security_defense", "energy"}


def test_reports_a_day_apart_merge_and_the_most_reported_day_wins(store: GraphStore) -> None:
    # Wire reports published the next morning often carry the publication day.
    store.save_extractions(
        [
            ("a", [report(SHARAA, MACRON, "a", date="2026-01-09")]),
            ("b", [report(SHARAA, MACRON, "b", date="2026-01-08")]),
            ("c", [report(SHARAA, MACRON, "c", date="2026-01-08")]),
        ]
    )
    [contact] = walk(store, ContactFilter())
    assert contact.date == "2026-01-08" and len(contact.sources) == 3


def test_a_month_report_merges_with_a_day_inside_it(store: GraphStore) -> None:
    store.save_extractions([("day", [report(SHARAA, MACRON, "day", date="2025-05-07", mode="in_person")])])
    store.save_extractions([("month", [report(SHARAA, MACRON, "month", date="2025-05", mode="in_person")])])
    [contact] = walk(store, ContactFilter())
    assert (contact.date, contact.date_precision) == ("2025-05-07", "day")


def test_two_days_apart_are_two_contacts(store: GraphStore) -> None:
    store.save_extractions([("a", [report(SHARAA, MACRON, "a", date="2026-01-08")])])
    store.save_extractions([("b", [report(SHARAA, MACRON, "b", date="2026-01-10")])])
    assert len(_only(store)) == 2


def test_phone_and_video_reports_merge_and_the_majority_mode_wins(store: GraphStore) -> None:
    store.save_extractions([("a", [report(SHARAA, MACRON, "a", date="2026-01-08", mode="phone")])])
    store.save_extractions([("b", [report(SHARAA, MACRON, "b", date="2026-01-08", mode="video")])])
    store.save_extractions([("c", [report(SHARAA, MACRON, "c", date="2026-01-08", mode="video")])])
    [contact] = walk(store, ContactFilter())
    assert contact.mode == "video"
    assert [s.assertion.mode for s in contact.sources] == ["phone", "video", "video"]
    store.save_extractions([("b", []), ("c", [])])
    assert store.get_contact(contact.id).mode == "phone"


def test_incompatible_modes_and_statuses_stay_apart(store: GraphStore) -> None:
    store.save_extractions(
        [
            ("a", [report(PUTIN, MACRON, "a", date="2025-07-01", mode="phone")]),
            ("b", [report(PUTIN, MACRON, "b", date="2025-07-01", mode="in_person")]),
            ("c", [report(PUTIN, MACRON, "c", date="2025-07-01", mode="phone", status="planned")]),
        ]
    )
    assert len(_only(store)) == 3


def test_one_document_reporting_two_calls_of_a_pair_keeps_two(store: GraphStore) -> None:
    first = report(SHARAA, MACRON, "d", date="2026-01-08", start=0)
    second = report(SHARAA, MACRON, "d", date="2026-01-09", start=120)
    store.save_extractions([("d", [first, second])])
    assert sorted(_only(store)) == sorted([first.id, second.id])
    # Another outlet's report of the second call joins the second, not the first.
    store.save_extractions([("e", [report(SHARAA, MACRON, "e", date="2026-01-09")])])
    assert len(store.get_contact(second.id).sources) == 2
    assert len(store.get_contact(first.id).sources) == 1


def test_a_report_joins_the_closest_date(store: GraphStore) -> None:
    store.save_extractions(
        [("a", [report(SHARAA, MACRON, "a", date="2026-01-06", start=0),
                report(SHARAA, MACRON, "a", date="2026-01-08", start=50)])]
    )  # fmt: skip
    store.save_extractions([("b", [report(SHARAA, MACRON, "b", date="2026-01-07")])])
    # Both are a day away: the tie goes to the smaller contact id, the same in every store.
    expected = min(c.id for c in walk(store, ContactFilter()))
    assert len(store.get_contact(expected).sources) == 2


def test_dropping_one_source_keeps_the_contact_and_refolds_it(store: GraphStore) -> None:
    a = report(SHARAA, MACRON, "a", date="2026-01-08", topics=("regional_situation",), initiator=SHARAA.id)
    b = report(SHARAA, MACRON, "b", date="2026-01-09", topics=("humanitarian",))
    store.save_extractions([("a", [a]), ("b", [b])])
    store.save_extractions([("a", [])])
    contact = store.get_contact(a.id)  # the id stays, whoever reports it now
    assert [s.document_id for s in contact.sources] == ["b"]
    assert contact.date == "2026-01-09" and contact.topics == ("humanitarian",)
    assert contact.initiator is None
    store.save_extractions([("b", [])])
    with pytest.raises(NotFound):
        store.get_contact(a.id)
    assert_ties_consistent(store)


def test_attributes_are_always_the_fold_of_the_sources(store: GraphStore) -> None:
    store.save_extractions(
        [
            ("a", [report(SHARAA, ERDOGAN, "a", date="2025-02", mode="in_person", setting="visit",
                          places=("Ankara",), topics=("reconstruction",), confidence=0.7)]),
            ("b", [report(SHARAA, ERDOGAN, "b", date="2025-02-04", mode="in_person", setting="bilateral",
                          places=("Syria", "Ankara"), initiator=ERDOGAN.id, confidence=0.5)]),
            ("c", [report(SHARAA, ERDOGAN, "c", date=None, mode="in_person", setting="visit",
                          topics=("security_defense", "reconstruction"))]),
        ]
    )  # fmt: skip
    [contact] = walk(store, ContactFilter())
    folded = fold_assertions([s.assertion for s in contact.sources])
    assert (contact.setting, contact.date, contact.date_precision) == (
        folded.setting,
        folded.date,
        folded.date_precision,
    )
    assert (contact.topics, contact.places) == (folded.topics, folded.places)
    assert (contact.initiator, contact.confidence) == (folded.initiator, folded.confidence)
    assert contact.date == "2025-02-04" and contact.setting == "visit" and contact.places[0] == "Ankara"
