"""What is particular to the eighteenth held-out set, an unseen set of wires and site reports: agency
datelines as each language writes them, weekdays that agree with the gold dates, and the traps it was
written around.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py). Extraction work never reads this set (docs/HELDOUT18.md).
"""

from __future__ import annotations

import re
from datetime import date

from tests.evalset.registry import HELDOUT18, records
from tests.evalset.set_checks import texts_by_language

# Weekday names in the forms the texts use ("lundi", "am Montag", "el lunes", "в понедельник"), Monday first.
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ru": ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресенье"),
}
# One dateline per agency the set imitates, at the start of a text.
DATELINES = {
    "fr": [r"^[A-ZÏ]+ \(AFP\) - ", r"^OTTAWA — "],
    "de": [r"^[A-Z][a-z]+ \(dpa\) - ", r"^Neu-Delhi\. "],
    "it": [r"^\(ANSA\) - [A-Z]+, \d{2} [A-Z]{3} - ", r"^PECHINO — "],
    "en": [r"^[A-Z ]+, [A-Z][a-z]{2} \d{1,2} \(PTI\)", r"^[A-Z]+, [A-Z][a-z]+ \d{1,2} \(Reuters\) - ",
           r"^[A-Z]+(, [A-Za-z]+)? \(AP\) — ", r"^[A-Z]+, [A-Z][a-z]{2}\. \d{1,2} \(Yonhap\) -- "],
    "es": [r"^[A-ZÁ][a-zá]+, \d{1,2} [a-z]{3} \(EFE\)\.- ",
           r"^La Habana, \d{1,2} [a-z]{3} \(Prensa Latina\) ", r"^SANTIAGO — "],
    "ru": [r"^[А-ЯЁ-]+, \d{1,2} [а-я]+\. /ТАСС/\. ", r"^Москва\. \d{1,2} [а-я]+\. ИНТЕРФАКС - ",
           r"^[А-Я]+, \d{1,2} [а-я]{3} - РИА Новости\. "],
}


def _weekdays_named(lang: str, evidence: str) -> set[int]:
    return {i for i, name in enumerate(WEEKDAYS[lang]) if name.lower() in evidence.lower()}


def test_every_agency_dateline_is_written_the_agencys_way() -> None:
    texts = texts_by_language(records(HELDOUT18))
    missing = [(lang, p) for lang, patterns in DATELINES.items() for p in patterns
               if not any(re.match(p, t) for t in texts[lang])]
    assert missing == []


def test_a_weekday_in_the_evidence_is_the_weekday_of_the_gold_date() -> None:
    checked, wrong = 0, []
    for r in records(HELDOUT18):
        for c in r.data["contacts"]:
            named = _weekdays_named(r.data["lang"], c["evidence"])
            if c["date_precision"] != "day" or len(named) != 1:
                continue
            checked += 1
            if date.fromisoformat(c["date"]).weekday() not in named:
                wrong.append((r.data["id"], c["date"], c["evidence"][:50]))
    assert wrong == []
    assert checked >= 20  # most day-dated contacts are dated by a weekday, as wires date them


def test_each_language_dates_a_contact_by_a_relative_day() -> None:
    texts = texts_by_language(records(HELDOUT18))
    relative = {"fr": "La veille", "de": "am Mittwoch", "it": "ieri", "en": "on Saturday",
                "es": "la víspera", "ru": "накануне"}
    assert [lang for lang, word in relative.items() if not any(word in t for t in texts[lang])] == []


def test_the_traps_have_no_gold_contact() -> None:
    by_id = {r.data["id"]: r.data for r in records(HELDOUT18)}
    # A president-elect at Mar-a-Lago, a minister received by a president, ministers and envoys in Riyadh,
    # a leader's speech, a head of government's statement to parliament, foreign ministers meeting.
    for doc_id in ("h18-it-006", "h18-es-003", "h18-ru-006", "h18-de-006", "h18-fr-006", "h18-en-006"):
        assert by_id[doc_id]["contacts"] == [], doc_id
    # A party chief, a crown prince who is not prime minister and a former president are never gold.
    names = {p["name"] for r in records(HELDOUT18) for c in r.data["contacts"] for p in (c["a"], c["b"])}
    assert not names & {"To Lam", "Sabah Al-Khalid Al-Hamad Al-Sabah", "Raul Castro", "Ricardo Lagos"}
