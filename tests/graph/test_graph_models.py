"""Model validation: impossible dates, precisions, codes and confidences are refused at the door."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from graph.models import Assertion, Leader, Office, Participant, Source, sort_date


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2026-02-30", "day"),
        ("2025-02-29", "day"),  # not a leap year
        ("2026-13-01", "day"),
        ("2026-00", "month"),
        ("2026-13", "month"),
        ("0000", "year"),
        ("2026-1-8", "day"),
        ("26-01-08", "day"),
        ("2026-01-08", "month"),
        ("2026-01", "day"),
        ("2026", "month"),
        ("yesterday", "day"),
        ("2026-01-08T10:00", "day"),
    ],
)
def test_impossible_or_misprecise_dates_are_rejected(value: str, precision: str) -> None:
    with pytest.raises(ValidationError):
        Assertion(date=value, date_precision=precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "precision"), [("2024-02-29", "day"), ("2026-01", "month"), ("1990", "year")]
)
def test_valid_partial_dates(value: str, precision: str) -> None:
    assert Assertion(date=value, date_precision=precision).date == value  # type: ignore[arg-type]


def test_date_and_precision_come_together() -> None:
    with pytest.raises(ValidationError):
        Assertion(date="2026-01-08")
    with pytest.raises(ValidationError):
        Assertion(date_precision="day")


@pytest.mark.parametrize("code", ["FR", "fra", "FRANCE", "", "F1A", "EU1"])
def test_participant_country_must_be_iso3_un_or_eu(code: str) -> None:
    with pytest.raises(ValidationError):
        Participant(leader_id="x", name="X", country=code, role="head_of_state")


def test_participant_accepts_un_and_eu() -> None:
    assert Participant(leader_id="x", name="X", country="UN", role="intl_org_head").country == "UN"
    assert Participant(leader_id="y", name="Y", country="EU", role="intl_org_head").country == "EU"


def test_unknown_enums_and_bad_numbers_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Participant(leader_id="x", name="X", country="FRA", role="minister")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Assertion(mode="telepathy")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Assertion(confidence=1.5)
    with pytest.raises(ValidationError):
        Source(document_id="d", evidence="e", start=-1, end=3, assertion=Assertion())
    with pytest.raises(ValidationError):
        Assertion(unknown_field=1)  # type: ignore[call-arg]


def test_models_are_frozen() -> None:
    a = Assertion()
    with pytest.raises(ValidationError):
        a.setting = "visit"  # type: ignore[misc]


def test_sort_date() -> None:
    assert sort_date("2026-01-08") == "2026-01-08"
    assert sort_date("2026-01") == "2026-01-01"
    assert sort_date("2026") == "2026-01-01"
    assert sort_date(None) < sort_date("0001")


def test_leader_ref_uses_the_current_office_else_the_last_one() -> None:
    putin = Leader(
        id="vladimir-putin",
        name="Vladimir Putin",
        offices=(
            Office(country="RUS", role="head_of_state", start=date(2000, 5, 7), end=date(2008, 5, 7)),
            Office(country="RUS", role="head_of_government", start=date(2008, 5, 8), end=date(2012, 5, 7)),
            Office(country="RUS", role="head_of_state", start=date(2012, 5, 7)),
        ),
    )
    assert (putin.ref().country, putin.ref().role) == ("RUS", "head_of_state")
    retired = Leader(id="x", name="X", offices=putin.offices[:2])
    assert retired.ref().role == "head_of_government"
    assert Leader(id="y", name="Y").ref().country is None
    assert [o.role for o in putin.offices_on(date(2010, 1, 1))] == ["head_of_government"]


def test_among_offices_held_at_once_the_head_of_state_names_the_leader() -> None:
    # Erdogan has headed the government too since the presidential system took effect in 2018.
    erdogan = Leader(
        id="recep-tayyip-erdogan",
        name="Recep Tayyip Erdoğan",
        offices=(
            Office(country="TUR", role="head_of_government", start=date(2018, 7, 9)),
            Office(country="TUR", role="head_of_state", start=date(2014, 8, 28)),
        ),
    )
    assert erdogan.ref().role == "head_of_state"
