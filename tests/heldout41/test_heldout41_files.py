"""What is particular to the forty-first held-out set, an unseen set of agency, presidency, radio-site and
weekly-magazine reports in the eight core languages: report lengths, weekdays named in the evidence against
the gold dates, "yesterday" as the day before publication, Solar Hijri dates in Persian digits and the
official Turkish long date against the gold dates, one negative in six of the languages, people who are no
participants (ministers, aides, a vice-president, commanders, a president-elect), two leaders of one country
meeting one guest, one sentence stating every pair of a trilateral, meetings that did not happen, and the
precisions of the planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.evalset.registry import HELDOUT41, gold_contacts, records
from tests.evalset.set_checks import (
    lengths_outside,
    solar_days_checked,
    turkish_long_dates_checked,
    weekdays_checked,
    yesterdays_checked,
)


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT41)


def _document(doc_id: str) -> dict[str, Any]:
    """One document of the set by its id."""
    return next(r.data for r in records(HELDOUT41) if r.data["id"] == doc_id)


def _pairs(doc: dict[str, Any]) -> Counter[frozenset[str]]:
    """How many gold contacts each pair of countries has in one document."""
    return Counter(frozenset((c["a"]["country"], c["b"]["country"])) for c in doc["contacts"])


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT41), 180, 350) == {}


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(_contacts()) == Counter(
        {"en": 6, "ru": 6, "fr": 5, "de": 4, "es": 4, "tr": 3, "ar": 2, "fa": 3}
    )


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(_contacts()) == Counter({"ar": 5, "tr": 2})


def test_solar_hijri_dates_in_persian_digits_are_the_gold_dates() -> None:
    assert solar_days_checked(_contacts()) == 6


def test_the_turkish_official_long_date_is_the_gold_date() -> None:
    # The host met each of his two guests: two contacts, one sentence.
    assert turkish_long_dates_checked(_contacts()) == ["h41-tr-001", "h41-tr-001"]


def test_one_negative_in_six_languages() -> None:
    # Sudan's delegations in Jeddah, Putin's video address to BRICS, Tebboune's visit to France without a
    # date, the Quito embassy raid, the Almaty foreign ministers' talks and Biden's cancelled visit to
    # Germany; the Turkish and Persian reports all hold contacts.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT41) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("ar", "en", "fr", "es", "ru", "de")})


def test_ministers_aides_commanders_and_a_vice_president_are_no_participants() -> None:
    names = {p["name"] for _, c in _contacts() for p in (c["a"], c["b"])}
    others = ("Kamala Harris", "Antony Blinken", "Sergei Lavrov", "Marco Rubio", "Guy Parmelin",
              "Kamchybek Tashiev", "Hakan Fidan", "Marcelo Ebrard", "Anita Anand", "Karina Milei",
              "Diana Mondino", "Yuri Ushakov", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo",
              "Hossein Amir-Abdollahian", "Badr Albusaidi", "Alexander Schallenberg")
    assert names.isdisjoint(others)
    # The vice-president, a commander and an aide are there to be mistaken for leaders.
    texts = " ".join(r.data["text"] for r in records(HELDOUT41))
    assert all(name in texts for name in ("Kamala Harris", "Камчыбек Ташиев", "Юрий Ушаков"))


def test_a_president_elect_is_no_participant() -> None:
    # Xi's call with Trump four days before the inauguration is told but is no contact.
    trump = [c["date"] for _, c in _contacts() if "Donald Trump" in (c["a"]["name"], c["b"]["name"])]
    assert trump and [d for d in trump if d is not None and "2021-01-20" <= d < "2025-01-20"] == []
    doc = _document("h41-ru-004")
    assert "ещё не вступил в должность" in doc["text"]
    assert set(_pairs(doc)) == {frozenset({"RUS", "CHN"})}


def test_two_leaders_of_one_country_meet_one_guest() -> None:
    # Modi and Murmu with the Emir of Qatar; Mattarella and Meloni with Milei; Raisi and Khamenei with the
    # Sultan of Oman; Xi (talks) and Li Qiang (planned) with Tebboune.
    hosts: dict[tuple[str, str, str], set[str]] = {}
    for doc, c in _contacts():
        for host, guest in ((c["a"], c["b"]), (c["b"], c["a"])):
            hosts.setdefault((doc["id"], guest["name"], host["country"]), set()).add(host["name"])
    doubled = {(doc_id, country) for (doc_id, _, country), names in hosts.items() if len(names) >= 2}
    assert doubled >= {("h41-en-001", "IND"), ("h41-es-003", "ITA"), ("h41-fa-003", "IRN"),
                       ("h41-ar-001", "CHN")}


def test_one_sentence_states_every_pair_of_a_trilateral() -> None:
    # Marcos, Biden and Kishida; Japarov, Rahmon and Mirziyoyev; Tamim, Tshisekedi and Kagame; Saied with
    # three visitors today and on 11 June. Erdogan received his two guests in one sentence.
    shared = Counter((doc["id"], c["evidence"]) for doc, c in _contacts())
    assert sorted(n for n in shared.values() if n > 1) == [2, 3, 3, 3, 3, 3]


def test_meetings_that_did_not_happen_are_no_contacts() -> None:
    # Sheinbaum and Trump were to meet at the G7 and did not; they spoke by phone. The Swiss president
    # went to Washington and saw only the secretary of state; she had spoken to Trump twice. The Luanda
    # summit of 15 December was cancelled; the Doha trilateral was held.
    mexico_us = [c["mode"] for doc, c in _contacts()
                 if doc["id"] == "h41-es-002" and {c["a"]["country"], c["b"]["country"]} == {"MEX", "USA"}]
    assert mexico_us == ["phone"]
    swiss = [c for doc, c in _contacts() if doc["id"] == "h41-de-001"]
    assert {c["mode"] for c in swiss} == {"phone"} and len(swiss) == 2
    assert "2024-12-15" not in {c["date"] for doc, c in _contacts() if doc["id"] == "h41-ar-004"}


def test_planned_contacts_at_day_and_no_date() -> None:
    planned = Counter(c["date_precision"] for _, c in _contacts() if c["status"] == "planned")
    assert planned == Counter({"day": 5, None: 3})
