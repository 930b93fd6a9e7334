"""Fixtures for export and analytics tests: a small, true-to-life set of contacts built in code."""

from __future__ import annotations

import pytest

from graph.keys import contact_id
from graph.models import Assertion, Contact, Mode, Participant, Source, Status

LEADERS: dict[str, Participant] = {
    "emmanuel-macron": Participant(
        leader_id="emmanuel-macron", name="Emmanuel Macron", country="FRA", role="head_of_state"
    ),
    "ahmed-al-sharaa": Participant(
        leader_id="ahmed-al-sharaa", name="Ahmed al-Sharaa", country="SYR", role="head_of_state"
    ),
    "recep-tayyip-erdogan": Participant(
        leader_id="recep-tayyip-erdogan", name="Recep Tayyip Erdoğan", country="TUR", role="head_of_state"
    ),
    "friedrich-merz": Participant(
        leader_id="friedrich-merz", name="Friedrich Merz", country="DEU", role="head_of_government"
    ),
    "keir-starmer": Participant(
        leader_id="keir-starmer", name="Keir Starmer", country="GBR", role="head_of_government"
    ),
}


def make_contact(
    a: str,
    b: str,
    day: str | None,
    mode: Mode = "phone",
    status: Status = "occurred",
    topics: tuple[str, ...] = (),
    evidence: str = "The two leaders spoke by phone.",
) -> Contact:
    """Build a contact between two known leaders with one source."""
    precision = None if day is None else {4: "year", 7: "month", 10: "day"}[len(day)]
    assertion = Assertion(date=day, date_precision=precision, topics=topics)  # type: ignore[arg-type]
    return Contact(
        id=contact_id(a, b, day, mode, status),
        a=LEADERS[a],
        b=LEADERS[b],
        mode=mode,
        status=status,
        date=day,
        date_precision=precision,  # type: ignore[arg-type]
        topics=topics,
        sources=(
            Source(
                document_id="d-" + (day or "x"),
                evidence=evidence,
                start=0,
                end=len(evidence),
                assertion=assertion,
            ),
        ),
    )


@pytest.fixture
def contacts() -> list[Contact]:
    """Nine contacts among five leaders: one planned, one undated, one month-precise, Arabic evidence."""
    return [
        make_contact(
            "ahmed-al-sharaa",
            "emmanuel-macron",
            "2026-01-08",
            topics=("bilateral_relations", "sovereignty_territorial_integrity"),
            evidence="وتلقى الرئيس أحمد الشرع اتصالاً هاتفياً من نظيره الفرنسي إيمانويل ماكرون.",
        ),
        make_contact(
            "ahmed-al-sharaa", "emmanuel-macron", "2025-05-07", mode="in_person", topics=("sanctions",)
        ),
        make_contact("ahmed-al-sharaa", "emmanuel-macron", "2025-02", topics=("reconstruction",)),
        make_contact("ahmed-al-sharaa", "recep-tayyip-erdogan", "2026-01-08", topics=("security_defense",)),
        make_contact("emmanuel-macron", "friedrich-merz", "2025-05-07", mode="in_person"),
        make_contact("emmanuel-macron", "friedrich-merz", None, mode="video"),
        make_contact(
            "friedrich-merz", "keir-starmer", "2025-07-17", mode="in_person", topics=("trade_economy",)
        ),
        make_contact("emmanuel-macron", "keir-starmer", "2025-07-10", mode="in_person"),
        make_contact("ahmed-al-sharaa", "keir-starmer", "2026-03-01", status="planned"),
    ]


@pytest.fixture
def contact_factory() -> type[_Factory]:
    """Give tests the contact builder without importing this module."""
    return _Factory


class _Factory:
    make = staticmethod(make_contact)
