"""Merge rules: which reports are one contact, and how their assertions fold into its attributes."""

from __future__ import annotations

import random

import pytest

from graph.merge import _fold_votes, build_contact, dates_close, find_match, fold_assertions, modes_compatible
from graph.models import Assertion, Contact, Mode, Source, Status
from tests.contract.builders import ERDOGAN, MACRON, PUTIN, SHARAA, participant, precision_of


def _contact(
    date: str | None, mode: Mode = "phone", status: Status = "occurred", b: object = MACRON
) -> Contact:
    src = Source(
        document_id="d",
        evidence="e",
        start=0,
        end=1,
        assertion=Assertion(date=date, date_precision=precision_of(date)),
    )
    return build_contact(participant(SHARAA), participant(b), mode, status, [src])  # type: ignore[arg-type]


def _assertion(date: str | None = None, **kw: object) -> Assertion:
    return Assertion(date=date, date_precision=precision_of(date), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("x", "y", "close"),
    [
        ("2026-01-08", "2026-01-08", True),
        ("2026-01-08", "2026-01-09", True),
        ("2026-01-08", "2026-01-07", True),
        ("2026-01-08", "2026-01-10", False),
        ("2025-12-31", "2026-01-01", True),  # across a year end
        ("2024-02-28", "2024-03-01", False),  # 2024 is a leap year: two days
        ("2026-01", "2026-01-08", True),
        ("2026-01", "2026-02-01", False),
        ("2026", "2026-07-04", True),
        ("2026", "2025-12-31", False),
        (None, "2026-01-08", True),
        (None, None, True),
    ],
)
def test_dates_close(x: str | None, y: str | None, close: bool) -> None:
    assert dates_close(x, y) is close
    assert dates_close(y, x) is close


def test_modes_compatible() -> None:
    assert modes_compatible("phone", "video") and modes_compatible("video", "phone")
    assert modes_compatible("in_person", "in_person")
    assert not modes_compatible("phone", "in_person")
    assert not modes_compatible("written", "phone")


def test_find_match_prefers_same_id_then_closest_date_then_smaller_id() -> None:
    day8, day9, day10 = _contact("2026-01-08"), _contact("2026-01-09"), _contact("2026-01-10")
    assert find_match(_contact("2026-01-09"), [day8, day9, day10]) is day9
    new = _contact("2026-01-09", mode="video")
    assert find_match(new, [day8, day10]) is min([day8, day10], key=lambda c: c.id)
    assert find_match(new, [day10, day8]) is min([day8, day10], key=lambda c: c.id)  # order does not matter
    assert find_match(_contact("2026-01-12"), [day8, day9, day10]) is None


def test_find_match_needs_same_pair_status_and_compatible_mode() -> None:
    stored = _contact("2026-01-08")
    assert find_match(_contact("2026-01-08", b=ERDOGAN), [stored]) is None
    assert find_match(_contact("2026-01-08", status="planned"), [stored]) is None
    assert find_match(_contact("2026-01-08", mode="in_person"), [stored]) is None
    assert find_match(_contact(None), [stored]) is stored


def test_find_match_skips_contacts_the_same_document_already_reported() -> None:
    day8, day9 = _contact("2026-01-08"), _contact("2026-01-09")
    assert find_match(_contact("2026-01-09", mode="video"), [day8], taken={day8.id}) is None
    assert find_match(day9, [day9], taken={day9.id}) is day9  # the same id still matches


def test_fold_picks_the_finest_most_reported_date() -> None:
    folded = fold_assertions([_assertion("2026-01"), _assertion("2026-01-09"), _assertion("2026-01-08"),
                              _assertion("2026-01-08"), _assertion(None)])  # fmt: skip
    assert (folded.date, folded.date_precision) == ("2026-01-08", "day")
    tie = fold_assertions([_assertion("2026-01-09"), _assertion("2026-01-08")])
    assert tie.date == "2026-01-08"  # earliest on a tie: later reports drift to the publication day
    assert fold_assertions([_assertion("2026"), _assertion("2026-01")]).date_precision == "month"
    assert fold_assertions([_assertion(None)]).date is None


def test_fold_counts_topics_places_settings_and_modes() -> None:
    folded = fold_assertions(
        [
            _assertion(topics=("energy", "trade_economy"), places=("Gaza",), setting="visit", mode="phone"),
            _assertion(topics=("energy",), places=("Gaza", "Rafah"), setting="bilateral", mode="video"),
            _assertion(topics=("health",), setting="bilateral"),
        ]
    )
    assert folded.topics == ("energy", "health", "trade_economy")
    assert folded.places == ("Gaza", "Rafah")
    assert folded.setting == "bilateral"
    assert folded.mode == "video"  # one each: the more specific mode
    assert fold_assertions([_assertion(setting="visit"), _assertion(setting="summit")]).setting == "summit"
    assert fold_assertions([_assertion()]).mode is None


def test_fold_initiator_and_confidence_do_not_depend_on_order() -> None:
    reports = [
        _assertion(initiator=MACRON.id, confidence=0.5),
        _assertion(initiator=SHARAA.id, confidence=0.6),
        _assertion(confidence=0.3),
    ]
    forward, backward = fold_assertions(reports), fold_assertions(list(reversed(reports)))
    assert forward.initiator == backward.initiator == min(MACRON.id, SHARAA.id)
    assert forward.confidence == backward.confidence == round(1 - 0.5 * 0.4 * 0.7, 4)
    many = fold_assertions([_assertion(confidence=0.9)] * 5)
    assert many.confidence == 0.99  # never certain
    assert fold_assertions([]) == Assertion()


def test_build_contact_orders_participants_and_derives_its_id() -> None:
    c = _contact("2026-01-08")
    src = Source(document_id="d", evidence="e", start=0, end=1, assertion=_assertion("2026-01-08"))
    flipped = build_contact(participant(MACRON), participant(SHARAA), "phone", "occurred", [src])
    assert (flipped.a.leader_id, flipped.b.leader_id) == (SHARAA.id, MACRON.id) == c.pair
    assert flipped.id == c.id
    assert c.id == _contact("2026-01-08").id
    assert c.id != _contact("2026-01-09").id
    src = Source(document_id="d", evidence="e", start=0, end=1, assertion=_assertion(mode="video"))
    video = build_contact(participant(PUTIN), participant(MACRON), "phone", "occurred", [src])
    assert video.mode == "video"  # what the report said wins over the argument
    kept = build_contact(
        participant(PUTIN), participant(MACRON), "phone", "occurred", [src], contact_id_="c-x"
    )
    assert kept.id == "c-x"


def test_the_fast_fold_of_one_report_equals_the_general_fold() -> None:
    rng = random.Random(3)
    for _ in range(500):
        day = rng.choice([None, "2025", "2025-03", "2025-03-04"])
        one = Assertion(
            setting=rng.choice(["visit", "summit", "bilateral"]),
            mode=rng.choice([None, "phone", "video"]),
            date=day,
            date_precision=precision_of(day),
            topics=tuple(rng.choices(["energy", "health", "trade_economy"], k=rng.randrange(4))),
            places=tuple(rng.choices(["Gaza", "Aleppo"], k=rng.randrange(3))),
            initiator=rng.choice([None, "", MACRON.id]),
            confidence=rng.random(),
        )
        assert fold_assertions([one]) == _fold_votes([one])
