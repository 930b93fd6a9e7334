"""What is particular to the forty-fifth held-out set, an unseen set of agency, daily and presidency
reports in the eight core languages: report lengths, weekdays named in the evidence against the gold dates,
"yesterday" as the day before publication, people who are no participants (ministers, envoys, security
officials, a president-elect) and the precisions of the planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.evalset.registry import HELDOUT45, gold_contacts, records
from tests.evalset.set_checks import lengths_outside, weekdays_checked, yesterdays_checked


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT45)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT45), 180, 350) == {}


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(_contacts()) == Counter({"es": 6, "de": 5, "en": 5, "ru": 4, "ar": 3})


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(_contacts()) == Counter({"ar": 3})


def test_ministers_envoys_and_officials_are_no_participants() -> None:
    names = {p["name"] for _, c in _contacts() for p in (c["a"], c["b"])}
    for other in ("Abdullah bin Zayed", "Jake Sullivan", "Wang Yi", "Sergei Lavrov", "Kim Jong Un",
                  "José Manuel Albares", "Hubertus Heil", "Andrij Melnyk", "Claudia Sheinbaum",
                  "Donald Trump"):
        assert other not in names


def test_a_president_elect_is_no_participant() -> None:
    # Prabowo's call with Trump in November 2024 and Sheinbaum's decision of September 2024 came before
    # either took office.
    trapped = [r.data["id"] for r in records(HELDOUT45)
               if "President-elect" in r.data["text"] or "presidenta electa" in r.data["text"]]
    assert trapped == ["h45-en-001", "h45-es-003"]


def test_planned_contacts_at_each_precision() -> None:
    planned = Counter(c["date_precision"] for _, c in _contacts() if c["status"] == "planned")
    assert planned == Counter({None: 5, "month": 2, "year": 1, "day": 1})
