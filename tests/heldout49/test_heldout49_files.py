"""What is particular to the forty-ninth held-out set, an unseen set of agency, daily and presidency reports
in Italian, Portuguese, Polish, Dutch, Ukrainian, Chinese, Japanese and Korean, written to the shared
development set's proportions: report lengths around a median of 140 words, about 1.2 occurred contacts a
report, a pair's second contact in one report in eight, the shares of settings and modes, weekdays and days
of the month in the evidence against the gold dates, one negative in three of the languages, ministers,
vice-presidents, a president-elect and a former president who are no participants, and the precisions of the
planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py); the 60-350 word bounds are its registry entry's, and Chinese and Japanese
are measured in characters as every set measures them (tests/evalset/set_checks.py, CHARACTER_LENGTHS).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from datetime import date
from typing import Any

from tests.evalset.registry import HELDOUT49, gold_contacts, occurred_contacts, participant_names, records
from tests.evalset.set_checks import share, weekdays_checked

# Weekdays, Monday first, in the forms these presses write them after "on" ("w czwartek", "nesta
# quarta-feira", "dinsdag", "у вівторок"); the set's evidence names them in Polish, Portuguese and Dutch.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
           "domingo"),
    "pl": ("poniedziałek", "wtorek", "środ[ay]|środę", "czwartek", "piątek", "sobot[ay]|sobotę",
           "niedziel[aię]"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),
    "zh": (), "ja": (), "ko": (),
}
# A day of the month with no month before it, as Chinese, Japanese and Korean reports date the news ("7日",
# "17일"); a Chinese "11月15日" names its month.
DAY_OF_MONTH = re.compile(r"(?<![月\d])(\d{1,2})(?:日|일)")
SPACED = ("it", "pt", "pl", "nl", "uk")


def test_mostly_short_items_and_a_few_long_articles() -> None:
    words = [len(r.data["text"].split()) for r in records(HELDOUT49) if r.data["lang"] in SPACED]
    assert 130 <= statistics.median(words) <= 160
    assert sum(n >= 200 for n in words) >= 3
    korean = [len(r.data["text"].split()) for r in records(HELDOUT49) if r.data["lang"] == "ko"]
    assert max(korean) < 120  # Korean words (eojeol) hold a particle or ending each: short items
    characters = [len("".join(r.data["text"].split())) for r in records(HELDOUT49)
                  if r.data["lang"] in ("zh", "ja")]
    assert max(characters) < 400


def test_about_one_occurred_contact_a_report() -> None:
    assert 1.1 <= len(occurred_contacts(HELDOUT49)) / len(records(HELDOUT49)) <= 1.3


def test_a_pairs_second_contact_in_one_report_in_eight() -> None:
    def most(doc: dict[str, Any]) -> int:
        pairs = Counter(frozenset((c["a"]["country"], c["b"]["country"]))
                        for c in doc["contacts"] if c["status"] == "occurred")
        return max(pairs.values(), default=0)

    twice = [r.data["id"] for r in records(HELDOUT49) if most(r.data) >= 2]
    # Two Libyan leaders on one visit, a meeting and the pair's earlier call, a meeting and last year's call.
    assert twice == ["h49-it-002", "h49-ko-001", "h49-uk-002"]


def test_settings_visits_bilateral_contacts_and_some_summits() -> None:
    settings = Counter(c["setting"] for c in occurred_contacts(HELDOUT49))
    assert 0.35 <= share(settings, "bilateral") <= 0.5
    assert 0.35 <= share(settings, "visit") <= 0.5
    assert 0.1 <= share(settings, "summit") <= 0.2


def test_modes_half_in_person_a_quarter_phone_some_letters_and_a_video_call() -> None:
    modes = Counter(c["mode"] for c in occurred_contacts(HELDOUT49))
    assert 0.5 <= share(modes, "in_person") <= 0.62
    assert 0.2 <= share(modes, "phone") <= 0.35
    assert modes["written"] == 3
    assert modes["video"] == 1


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    assert weekdays_checked(gold_contacts(HELDOUT49), WEEKDAYS) == Counter({"pt": 2, "pl": 2, "nl": 4})


def test_a_day_of_the_month_alone_is_the_gold_day_in_the_month_of_publication() -> None:
    checked: Counter[str] = Counter()
    for doc, c in gold_contacts(HELDOUT49):
        if doc["lang"] not in ("zh", "ja", "ko") or c["date_precision"] != "day":
            continue
        days = {int(d) for d in DAY_OF_MONTH.findall(c["evidence"])}
        if days:
            published = date.fromisoformat(doc["published"])
            # one sentence may list two calls with their days ("앞서 6일 ..., 9일 ..."): the gold day is one
            assert int(c["date"][8:]) in days, doc["id"]
            assert c["date"][:7] == published.isoformat()[:7], doc["id"]
            checked[doc["lang"]] += 1
    assert checked == Counter({"ko": 6, "ja": 2, "zh": 1})


def test_one_negative_in_three_languages() -> None:
    # Meloni receiving Vance, Marcelo and Costa greeting a president-elect, Duda's meeting with Zelensky
    # called off in New York: a vice-president, a president-elect and a meeting that did not take place.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT49) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("it", "pt", "pl")})


def test_ministers_vice_presidents_and_others_are_no_participants() -> None:
    for other in ("Antonio Tajani", "Matteo Salvini", "Matteo Piantedosi", "JD Vance", "Pietro Parolin",
                  "Antonio Costa", "Jose Mujica", "Jair Bolsonaro", "Bashar al-Assad", "Cai Qi", "Wang Yi",
                  "Claudio Descalzi"):
        assert other not in participant_names(HELDOUT49)


def test_a_president_elect_is_no_participant() -> None:
    # Lula before 1 January 2023 and Trump before 20 January 2025 are presidents-elect in two reports.
    early = [c for _, c in gold_contacts(HELDOUT49)
             if ("Luiz Inacio Lula da Silva" in (c["a"]["name"], c["b"]["name"])
                 and c["date"] is not None and c["date"] < "2023-01-01"[: len(c["date"])])
             or ("Donald Trump" in (c["a"]["name"], c["b"]["name"])
                 and c["date"] is not None and c["date"] < "2025-01-20"[: len(c["date"])])]
    assert early == []
    texts = " ".join(r.data["text"] for r in records(HELDOUT49))
    assert "Presidente eleito" in texts and "勝利を確実にした" in texts


def test_three_visitors_with_one_host_are_three_contacts() -> None:
    tunis = [c for d, c in gold_contacts(HELDOUT49) if d["id"] == "h49-nl-002"]
    assert sorted(p["country"] for c in tunis for p in (c["a"], c["b"]) if p["country"] != "TUN") == [
        "EU", "ITA", "NLD"]


def test_planned_contacts_at_month_and_no_date() -> None:
    planned = Counter(c["date_precision"] for _, c in gold_contacts(HELDOUT49) if c["status"] == "planned")
    assert planned == Counter({"month": 1, None: 2})
