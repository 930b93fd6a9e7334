"""What is particular to the nineteenth held-out set, a development set of dense reports: short wires
(150-300 words) each holding about three contacts, agency datelines and weekdays as each language writes
them, background contacts at month or year precision, and one report without a contact per language.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from tests.evalset.registry import HELDOUT19, records
from tests.evalset.set_checks import lengths_outside, texts_by_language

# A weekday named in a text dates a contact against the publication day: the named day falls within the
# week before publication or the week after it (a planned stop).
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ru": ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"),
}


def test_texts_are_dense_wires() -> None:
    # Short reports of 150-300 words (the common check allows up to 600).
    assert lengths_outside(records(HELDOUT19), 150, 300) == {}
    # About three contacts a report: of the reports with a contact, two thirds hold three or more.
    with_contacts = [r for r in records(HELDOUT19) if r.data["contacts"]]
    busy = sum(len(r.data["contacts"]) >= 3 for r in with_contacts)
    assert busy * 3 >= 2 * len(with_contacts)


def test_datelines_are_each_agencys_own() -> None:
    texts = texts_by_language(records(HELDOUT19))
    assert sum("(AFP) - " in t for t in texts["fr"]) >= 3
    assert sum(re.match(r"^[\w/ -]+ \(dpa\) - ", t) is not None for t in texts["de"]) >= 4
    assert any(t.startswith("Wien/Moskau (APA) - ") for t in texts["de"])
    assert all(re.match(r"^\(ANSA\) - [A-Z ]+, \d{1,2} [A-Z]{3} - ", t) for t in texts["it"])
    assert any("(Reuters) - " in t for t in texts["en"])
    assert any(re.match(r"^[A-Z]+, [A-Za-z]+ \(AP\) — ", t) for t in texts["en"])
    assert any(re.match(r"^[A-Z]+, [A-Z][a-z]{2} \d{1,2} \(PTI\) ", t) for t in texts["en"])
    assert any(re.match(r"^NEW DELHI \(RNZ\) - ", t) for t in texts["en"])
    assert any("(AAP) - " in t for t in texts["en"])
    assert all(re.search(r"^[\w ]+, \d{1,2} [a-z]{3} \(EFE\)\.- ", t) for t in texts["es"])
    assert any(re.search(r"\d{1,2} [а-я]+\. ИНТЕРФАКС - ", t) for t in texts["ru"])
    assert any(re.search(r"\d{1,2} [а-я]+\. /ТАСС/\. ", t) for t in texts["ru"])
    assert any(re.search(r"\d{1,2} [а-я]{3} - РИА Новости\. ", t) for t in texts["ru"])


def test_weekdays_date_the_contacts_against_publication() -> None:
    # Every contact dated to the day in a report that names its weekday falls within a week of publication
    # when the text gives no number of the day.
    for r in records(HELDOUT19):
        names = WEEKDAYS.get(r.data["lang"])
        if names is None:
            continue
        published = date.fromisoformat(r.data["published"])
        for c in r.data["contacts"]:
            if c["date_precision"] != "day" or not any(n in c["evidence"] for n in names):
                continue
            day = date.fromisoformat(c["date"])
            assert abs((day - published).days) <= 7, (r.data["id"], c["evidence"])
            named = names[day.weekday()] in c["evidence"] or "veille" in c["evidence"]
            assert named, (r.data["id"], c["date"])


def test_background_contacts_in_every_language() -> None:
    # Earlier contacts told with only a month or a year ("en novembre 2018", "летом 2022 года").
    by_lang = Counter(r.data["lang"] for r in records(HELDOUT19) for c in r.data["contacts"]
                      if c["date_precision"] in ("month", "year"))
    assert set(by_lang) == set(HELDOUT19.counts)
    assert min(by_lang.values()) >= 3


def test_one_report_per_language_has_no_leader_contact() -> None:
    # Ministers meeting, a head of state's speech, joint attendance at a ceremony or summit.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT19) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in HELDOUT19.counts})


def test_planned_contacts_and_the_eu_are_there() -> None:
    contacts = [c for r in records(HELDOUT19) for c in r.data["contacts"]]
    planned = [c for c in contacts if c["status"] == "planned"]
    # Planned stops of a trip on a named day, and an undated visit accepted in principle.
    assert sum(c["date_precision"] == "day" for c in planned) >= 7
    assert any(c["date"] is None for c in planned)
    assert {"EU"} <= {p["country"] for c in contacts for p in (c["a"], c["b"])}
