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
from tests.evalset.set_checks import (
    lengths_outside,
    solar_days_checked,
    turkish_long_dates_checked,
    weekdays_checked,
    yesterdays_checked,
)


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT45)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT45), 180, 350) == {}


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(_contacts()) == Counter(
        {"ar": 3, "en": 5, "fr": 2, "es": 6, "ru": 4, "de": 5, "tr": 1, "fa": 3}
    )


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(_contacts()) == Counter({"ar": 3, "tr": 1})


def test_solar_hijri_dates_in_persian_digits_are_the_gold_dates() -> None:
    # 3 Ordibehesht 1403, 28 Ordibehesht 1402, 25 Bahman and 24 Shahrivar 1401 (the last without its year).
    assert solar_days_checked(_contacts()) == 4


def test_the_turkish_official_long_date_is_the_gold_date() -> None:
    assert turkish_long_dates_checked(_contacts()) == ["h45-tr-003"]


def test_one_negative_in_six_languages() -> None:
    # The Riyadh Arab-Islamic summit, Sullivan and Wang in Bangkok, the ocean conference in Nice, Lavrov
    # with Kim, Erdogan with the Turkish Cypriot leader, Larijani in Beirut; the Spanish and German reports
    # all hold contacts.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT45) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("ar", "en", "fr", "ru", "tr", "fa")})


def test_a_leader_of_no_state_is_no_participant() -> None:
    # Ersin Tatar (Northern Cyprus) and the head of the Somaliland region deal with leaders but hold no
    # country code.
    names = {p["name"] for _, c in _contacts() for p in (c["a"], c["b"])}
    assert "Ersin Tatar" not in names
    assert any("Ersin Tatar" in r.data["text"] for r in records(HELDOUT45))


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
    assert planned == Counter({None: 6, "month": 2, "year": 1, "day": 1})


def test_two_leaders_of_one_country_meet_one_guest() -> None:
    # The Belgian king and prime minister with Tshisekedi, Shehbaz Sharif and Zardari with Raisi, Mohamed bin
    # Zayed and Mohammed bin Rashid with al-Assad, Raisi and Khamenei with the Emir of Qatar.
    hosts: dict[tuple[str, str, str], set[str]] = {}
    for doc, c in _contacts():
        for host, guest in ((c["a"], c["b"]), (c["b"], c["a"])):
            hosts.setdefault((doc["id"], guest["name"], host["country"]), set()).add(host["name"])
    doubled = {(doc_id, country) for (doc_id, _, country), names in hosts.items() if len(names) >= 2}
    assert doubled >= {("h45-fr-002", "BEL"), ("h45-fa-001", "PAK"), ("h45-ar-001", "ARE"),
                       ("h45-ar-003", "IRN")}
