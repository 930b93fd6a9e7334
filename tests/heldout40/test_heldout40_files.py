"""What is particular to the fortieth held-out set, an unseen set of agency and newspaper reports in the eight
core languages: report lengths, weekdays named in the evidence against the gold dates, "yesterday" in each
language as the day before publication, Solar Hijri dates in Persian digits and the official Turkish long date
against the gold dates, one negative in six of the languages, people who are no participants (envoys,
ministers, a vice-president, a president-elect) and the precisions of the planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from tests.evalset.registry import HELDOUT40, gold_contacts, records
from tests.evalset.set_checks import (
    NOWRUZ,
    lengths_outside,
    solar_days_checked,
    solar_to_gregorian,
    solar_year,
    turkish_long_dates_checked,
    weekdays_checked,
    yesterdays_checked,
)


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT40)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT40), 180, 350) == {}


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(_contacts()) == Counter(
        {"ar": 7, "en": 6, "fr": 4, "es": 3, "ru": 3, "de": 4, "tr": 3, "fa": 3}
    )


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(_contacts()) == Counter({"ar": 2, "ru": 1, "tr": 1, "fa": 2})


def test_solar_hijri_dates_in_persian_digits_are_the_gold_dates() -> None:
    assert solar_days_checked(_contacts()) == 6


def test_the_solar_calendar_is_reckoned_right() -> None:
    # 1 Dey 1403 fell on 21 December 2024 and 1 Farvardin 1404 on 21 March 2025.
    assert solar_to_gregorian(1403, 10, 1) == date(2024, 12, 21)
    assert solar_to_gregorian(1403, 12, 30) + timedelta(days=1) == NOWRUZ[1404]
    assert solar_year(date(2025, 1, 17)) == 1403


def test_the_turkish_official_long_date_is_the_gold_date() -> None:
    assert turkish_long_dates_checked(_contacts()) == ["h40-tr-001"]


def test_one_negative_in_six_languages() -> None:
    # The Witkoff visit to St Petersburg, the emergency Arab summit in Cairo, Lavrov and Rubio in Riyadh,
    # Vance in Munich, the Istanbul delegations, the Muscat talks; the French and Spanish reports all hold
    # contacts.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT40) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("ar", "en", "ru", "de", "tr", "fa")})


def test_envoys_ministers_and_a_vice_president_are_no_participants() -> None:
    names = {p["name"] for _, c in _contacts() for p in (c["a"], c["b"])}
    for other in ("JD Vance", "Steve Witkoff", "Sergei Lavrov", "Marco Rubio", "Hakan Fidan",
                  "Abbas Araghchi", "Alice Weidel", "Nechirvan Barzani", "Ousmane Sonko",
                  "Vladimir Medinsky"):
        assert other not in names
    # Ousmane Sonko heads Senegal's government but meets no foreign leader in his report.
    assert any("Ousmane Sonko" in r.data["text"] for r in records(HELDOUT40))


def test_a_president_elect_is_no_participant() -> None:
    # Sheinbaum's call and Milei's visit of November 2024 were with Trump before he took office again.
    trump = [c["date"] for _, c in _contacts() if "Donald Trump" in (c["a"]["name"], c["b"]["name"])]
    assert [d for d in trump if d is not None and "2021-01-20" <= d < "2025-01-20"] == []
    trapped = [r.data["id"] for r in records(HELDOUT40)
               if "presidente electo" in r.data["text"] or "Mar-a-Lago" in r.data["text"]]
    assert trapped == ["h40-es-002", "h40-es-003"]


def test_two_leaders_of_one_country_meet_one_guest() -> None:
    # Starmer and the king with Trump, and with Modi; Raisi and Khamenei with Erdogan; al-Sudani and Rashid
    # with Pezeshkian; Steinmeier and Scholz with Erdogan.
    hosts: dict[tuple[str, str, str], set[str]] = {}
    for doc, c in _contacts():
        for host, guest in ((c["a"], c["b"]), (c["b"], c["a"])):
            hosts.setdefault((doc["id"], guest["name"], host["country"]), set()).add(host["name"])
    doubled = {(doc_id, country) for (doc_id, _, country), names in hosts.items() if len(names) >= 2}
    assert doubled >= {("h40-en-001", "GBR"), ("h40-en-004", "GBR"), ("h40-fa-002", "IRN"),
                       ("h40-fa-004", "IRQ"), ("h40-de-004", "DEU")}


def test_one_sentence_states_a_joint_call_for_every_pair() -> None:
    # The three leaders in Cairo called Trump together; Merz and Zelensky called him together from Kyiv.
    joint = Counter((doc["id"], c["evidence"]) for doc, c in _contacts() if c["mode"] == "phone")
    assert sorted(n for n in joint.values() if n > 1) == [2, 3]


def test_planned_contacts_at_day_year_and_no_date() -> None:
    planned = Counter(c["date_precision"] for _, c in _contacts() if c["status"] == "planned")
    assert planned == Counter({"day": 7, "year": 2, None: 2})
