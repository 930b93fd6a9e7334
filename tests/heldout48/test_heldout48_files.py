"""What is particular to the forty-eighth held-out set, an unseen set of agency, daily and presidency reports
in the eight core languages written to the shared development set's proportions: report lengths around a
median of 140 words, about 1.2 occurred contacts a report, a pair's second contact in one report in eight,
the shares of settings and modes, weekdays named in the evidence, "yesterday", Solar Hijri days and the
official Turkish long date against the gold dates, one negative in three of the languages, ministers,
spokesmen and a president-elect who are no participants, and the precisions of the planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py); the 60-350 word bounds are its registry entry's.
"""

from __future__ import annotations

import statistics
from collections import Counter

from tests.evalset.registry import HELDOUT48, gold_contacts, occurred_contacts, participant_names, records
from tests.evalset.set_checks import (
    share,
    solar_days_checked,
    turkish_long_dates_checked,
    weekdays_checked,
    yesterdays_checked,
)


def test_mostly_short_items_and_a_few_long_articles() -> None:
    words = [len(r.data["text"].split()) for r in records(HELDOUT48)]
    assert 120 <= statistics.median(words) <= 160
    assert sum(n < 100 for n in words) >= 5
    assert sum(n >= 200 for n in words) >= 3


def test_about_one_occurred_contact_a_report() -> None:
    assert 1.0 <= len(occurred_contacts(HELDOUT48)) / len(records(HELDOUT48)) <= 1.4


def test_a_pairs_second_contact_in_one_report_in_eight() -> None:
    twice = [r.data["id"] for r in records(HELDOUT48)
             if max(Counter(frozenset((c["a"]["country"], c["b"]["country"]))
                            for c in r.data["contacts"]).values(), default=0) >= 2]
    assert twice == ["h48-ar-003", "h48-ru-001", "h48-tr-001"]


def test_settings_half_bilateral_a_third_visits_some_summits() -> None:
    settings = Counter(c["setting"] for c in occurred_contacts(HELDOUT48))
    assert 0.4 <= share(settings, "bilateral") <= 0.55
    assert 0.3 <= share(settings, "visit") <= 0.45
    assert 0.1 <= share(settings, "summit") <= 0.2


def test_modes_half_in_person_a_quarter_phone_some_letters_and_a_video_call() -> None:
    modes = Counter(c["mode"] for c in occurred_contacts(HELDOUT48))
    assert 0.45 <= share(modes, "in_person") <= 0.6
    assert 0.2 <= share(modes, "phone") <= 0.35
    assert modes["written"] >= 3
    assert modes["video"] == 1


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(gold_contacts(HELDOUT48)) == Counter(
        {"fa": 4, "fr": 3, "de": 2, "ru": 2, "ar": 1, "en": 1, "es": 1, "tr": 1}
    )


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(gold_contacts(HELDOUT48)) == Counter({"ar": 1, "es": 1, "fa": 1, "tr": 1})


def test_solar_hijri_dates_in_persian_digits_are_the_gold_dates() -> None:
    assert solar_days_checked(gold_contacts(HELDOUT48)) == 4


def test_the_turkish_official_long_date_is_the_gold_date() -> None:
    assert turkish_long_dates_checked(gold_contacts(HELDOUT48)) == ["h48-tr-002"]


def test_one_negative_in_three_languages() -> None:
    # Lammy with Wang Yi in Beijing, Sanchez proclaiming the recognition of Palestine, Steinmeier not wanted
    # in Kyiv: a ministers' meeting, a leader's statement and a visit that did not take place.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT48) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("en", "es", "de")})


def test_ministers_spokesmen_and_others_are_no_participants() -> None:
    for other in ("David Lammy", "Wang Yi", "Han Zheng", "Subrahmanyam Jaishankar", "Jose Manuel Albares",
                  "Mohammad Mustafa", "Guy Parmelin", "Gerardo Werthein", "Jean-Noel Barrot", "Moussa Faki",
                  "Friedrich Merz", "Baerbel Bas", "Andrij Melnyk", "Nechirvan Barzani", "Sultan Al Jaber",
                  "Hossein Amir-Abdollahian", "Abbas Araghchi", "Nikol Pashinyan", "Keir Starmer",
                  "Luiz Inacio Lula da Silva"):
        assert other not in participant_names(HELDOUT48)


def test_a_president_elect_is_no_participant() -> None:
    # Lopez Obrador wrote to Biden and called him in December 2020, before Biden took office.
    early = [c for _, c in gold_contacts(HELDOUT48) if "Joe Biden" in (c["a"]["name"], c["b"]["name"])
             and c["date"] is not None and c["date"] < "2021-01-20"[: len(c["date"])]]
    assert early == []
    assert any("presidente electo" in r.data["text"] for r in records(HELDOUT48))


def test_two_leaders_of_one_country_write_to_one_king() -> None:
    writers = {p["name"] for _, c in gold_contacts(HELDOUT48) for p in (c["a"], c["b"])
               if c["mode"] == "written" and p["country"] == "SAU"}
    assert writers == {"Salman bin Abdulaziz Al Saud", "Mohammed bin Salman"}


def test_planned_contacts_at_day_month_and_no_date() -> None:
    planned = Counter(c["date_precision"] for _, c in gold_contacts(HELDOUT48) if c["status"] == "planned")
    assert planned == Counter({"day": 1, "month": 1, None: 1})
