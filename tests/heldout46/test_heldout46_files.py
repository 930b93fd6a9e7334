"""What is particular to the forty-sixth held-out set, an unseen set of agency, daily and presidency reports
in the eight core languages: report lengths, weekdays named in the evidence against the gold dates,
"yesterday" as the day before publication, Solar Hijri dates in Persian digits and the official Turkish long
date against the gold dates, one negative in four of the languages, ministers, envoys and aides who are no
participants, leaders met before they took office, three-way meetings, two leaders of one country with one
guest and the precisions of the planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import combinations

from tests.evalset.registry import HELDOUT46, gold_contacts, participant_names, records
from tests.evalset.set_checks import (
    NOWRUZ,
    lengths_outside,
    solar_days_checked,
    solar_to_gregorian,
    turkish_long_dates_checked,
    weekdays_checked,
    yesterdays_checked,
)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT46), 180, 350) == {}


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(gold_contacts(HELDOUT46)) == Counter(
        {"ar": 2, "en": 4, "fr": 4, "es": 3, "ru": 4, "de": 5, "tr": 1, "fa": 5}
    )


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(gold_contacts(HELDOUT46)) == Counter({"ar": 1})


def test_solar_hijri_dates_in_persian_digits_are_the_gold_dates() -> None:
    assert solar_days_checked(gold_contacts(HELDOUT46)) == 12


def test_the_solar_calendar_is_reckoned_right() -> None:
    # 21 Khordad 1401 fell on 11 June 2022, 4 Bahman 1402 on 24 January 2024 and 29 Azar 1403 on
    # 19 December 2024.
    assert solar_to_gregorian(1401, 3, 21) == date(2022, 6, 11)
    assert solar_to_gregorian(1402, 11, 4) == date(2024, 1, 24)
    assert solar_to_gregorian(1403, 9, 29) == date(2024, 12, 19)
    assert NOWRUZ[1403] == date(2024, 3, 20)


def test_the_turkish_official_long_date_is_the_gold_date() -> None:
    assert turkish_long_dates_checked(gold_contacts(HELDOUT46)) == ["h46-tr-002"]


def test_one_negative_in_four_languages() -> None:
    # Kuleba with Wang Yi in Guangzhou, Milei at a party rally in Madrid, Habeck in Peking, Lavrov received by
    # Tebboune; the French, Russian, Turkish and Persian reports all hold contacts.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT46) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("en", "es", "de", "ar")})


def test_ministers_envoys_and_aides_are_no_participants() -> None:
    for other in ("Penny Wong", "Sugiono", "Dmytro Kuleba", "Wang Yi", "Qin Gang", "Antony Blinken", "Li Hui",
                  "Gerald Darmanin", "Jean-Yves Le Drian", "Jose Manuel Albares", "Yuri Ushakov",
                  "Dmitry Peskov", "Robert Habeck", "Zheng Shanjie", "Hakan Fidan", "Mehmet Simsek",
                  "Abbas Araghchi", "Hossein Amir-Abdollahian", "Sergei Lavrov", "Ramtane Lamamra",
                  "Badr Abdelatty"):
        assert other not in participant_names(HELDOUT46)
    # Meloni heads a government, but a recorded message to a party rally is no contact with Milei.
    assert "Giorgia Meloni" not in participant_names(HELDOUT46)
    assert any("Meloni" in r.data["text"] for r in records(HELDOUT46))


def test_leaders_met_before_they_took_office_are_no_contacts() -> None:
    # Prabowo called on Xi as president-elect and called Trump, president-elect; bin Zayed and bin Salman met
    # Erdogan as crown princes before they headed their state or government. A month or year date is early
    # only when all of it is.
    first_day = {"Prabowo Subianto": "2024-10-20", "Mohamed bin Zayed": "2022-05-14",
                 "Mohammed bin Salman": "2022-09-27"}
    early = [(c["a"]["name"], c["b"]["name"], c["date"]) for _, c in gold_contacts(HELDOUT46)
             for p in (c["a"], c["b"]) if p["name"] in first_day and c["date"] is not None
             and c["date"] < first_day[p["name"]][: len(c["date"])]]
    assert early == []
    assert "Donald Trump" not in participant_names(HELDOUT46)
    assert any("President-elect Donald Trump" in r.data["text"] for r in records(HELDOUT46))


def test_three_way_meetings_give_every_pair() -> None:
    # Lviv (Erdogan, Guterres, Zelensky), the video call of Macron and Scholz with Xi, the Samarkand
    # trilateral of Putin, Khurelsukh and Xi, and the Astana-format meeting in Tehran.
    triangles = set()
    for doc in records(HELDOUT46):
        by_day: dict[str | None, set[frozenset[str]]] = {}
        for c in doc.data["contacts"]:
            by_day.setdefault(c["date"], set()).add(frozenset((c["a"]["country"], c["b"]["country"])))
        for day, pairs in by_day.items():
            countries = set().union(*pairs)
            trios = combinations(sorted(countries), 3)
            if any({frozenset(p) for p in combinations(trio, 2)} <= pairs for trio in trios):
                triangles.add((doc.data["id"], day))
    assert triangles == {("h46-en-002", "2022-08-18"), ("h46-fr-003", "2022-03-08"),
                         ("h46-ru-003", "2022-09-15"), ("h46-fa-003", "2022-07-19")}


def test_two_leaders_of_one_country_meet_one_guest() -> None:
    # Raisi and Khamenei with Erdogan; King Salman and bin Salman with Erdogan; Akhannouch and Mohammed VI
    # with Sanchez; Merz, Scholz and Steinmeier with Erdogan.
    hosts: dict[tuple[str, str, str], set[str]] = {}
    for doc, c in gold_contacts(HELDOUT46):
        for host, guest in ((c["a"], c["b"]), (c["b"], c["a"])):
            hosts.setdefault((doc["id"], guest["name"], host["country"]), set()).add(host["name"])
    doubled = {(doc_id, country) for (doc_id, _, country), names in hosts.items() if len(names) >= 2}
    assert doubled >= {("h46-fa-003", "IRN"), ("h46-tr-001", "SAU"), ("h46-es-002", "MAR"),
                       ("h46-de-002", "DEU")}


def test_planned_contacts_at_day_and_no_date() -> None:
    planned = Counter(c["date_precision"] for _, c in gold_contacts(HELDOUT46) if c["status"] == "planned")
    assert planned == Counter({"day": 3, None: 3})
