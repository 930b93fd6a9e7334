"""What is particular to the forty-third held-out set, an unseen set of agency, presidency and newspaper
reports in Romanian, Swedish, Czech, Croatian, Serbian, Hungarian, Bulgarian and Azerbaijani: report lengths,
weekdays named in the evidence against the gold dates, "yesterday" in each language as the day before
publication, the MTI dateline's weekday, Serbian in both scripts, the cases in every language, people who are
no participants (a vice-president, ministers, speakers of parliament, an adviser, NATO's secretary general,
a president-elect) and the precisions of the planned contacts.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py); its language test is newer_language_problem (tests/evalset/set_checks.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from tests.evalset.registry import HELDOUT43, gold_contacts, records
from tests.evalset.set_checks import (
    SERBIAN_CYRILLIC,
    lengths_outside,
    newer_language_problem,
    weekdays_checked,
    yesterdays_checked,
)

HUNGARIAN_WEEKDAYS = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
# MTI's dateline: "Budapest, 2025. október 17., péntek (MTI)".
MTI_DATELINE = re.compile(r"^\w+, (\d{4})\. (\w+) (\d{1,2})\., (\w+) \(MTI\)")
HUNGARIAN_MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
                    "szeptember", "október", "november", "december")


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT43)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT43), 180, 350) == {}


def test_named_weekdays_in_the_evidence_fit_the_gold_dates() -> None:
    checked = weekdays_checked(_contacts())
    assert checked == Counter({"ro": 4, "sv": 8, "cs": 3, "hr": 7, "sr": 3, "hu": 6, "bg": 2})


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(_contacts()) == Counter({"cs": 1, "sr": 2, "bg": 2, "az": 1})


def test_the_mti_dateline_is_the_publication_day() -> None:
    hungarian = [r.data for r in records(HELDOUT43) if r.data["lang"] == "hu"]
    for doc in hungarian:
        m = MTI_DATELINE.match(doc["text"])
        assert m, doc["id"]
        year, month, day, weekday = m.groups()
        dated = date(int(year), HUNGARIAN_MONTHS.index(month) + 1, int(day))
        assert dated.isoformat() == doc["published"], doc["id"]
        assert HUNGARIAN_WEEKDAYS[dated.weekday()] == weekday, doc["id"]


def test_serbian_is_written_in_both_scripts() -> None:
    serbian = [r.data["text"] for r in records(HELDOUT43) if r.data["lang"] == "sr"]
    assert sum(bool(SERBIAN_CYRILLIC & set(t)) for t in serbian) == 3


def test_the_language_test_tells_the_neighbours_apart() -> None:
    # Our own sentences: Croatian and Serbian share their function words and differ in spelling.
    croatian = "Predsjednik je u srijedu rekao da će se sastanak održati tijekom tjedna, gdje i lani."
    serbian = "Predsednik je u sredu rekao da će se sastanak održati tokom sledeće nedelje, gde i prošli put."
    assert newer_language_problem("hr", croatian) is None
    assert newer_language_problem("sr", serbian) is None
    assert newer_language_problem("hr", serbian) is not None
    assert newer_language_problem("bg", "Президентът се срещна с премиера в сряда.") is None
    assert newer_language_problem("sr", "Президентът се срещна с премиера в сряда.") is not None
    czech = "Prezident se ve středu sešel s premiérem a řekl, že jednání bylo dobré."
    azerbaijani = "Prezident İlham Əliyev bu gün Bakıda nazirlə görüşüb və danışıqlar aparıb."
    assert newer_language_problem("cs", czech) is None
    assert newer_language_problem("az", azerbaijani) is None


def test_every_language_has_a_busy_report_and_a_pair_met_twice() -> None:
    busy, twice = Counter[str](), Counter[str]()
    for r in records(HELDOUT43):
        contacts = r.data["contacts"]
        busy[r.data["lang"]] += len(contacts) >= 3
        pairs = Counter(frozenset((c["a"]["country"], c["b"]["country"])) for c in contacts)
        twice[r.data["lang"]] += bool(pairs) and max(pairs.values()) >= 2
    assert min(busy[lang] for lang in HELDOUT43.counts) >= 1
    assert min(twice[lang] for lang in HELDOUT43.counts) >= 1


def test_one_negative_in_seven_languages() -> None:
    # Harris in Bucharest, the NATO flag in Brussels, the Tirana summit, Lavrov's cancelled visit, the
    # Budapest EPC summit, the Greece-Bulgaria interconnector, the cancelled Granada meeting; the Czech
    # reports all hold contacts.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT43) if not r.data["contacts"])
    assert negatives == Counter({lang: 1 for lang in ("ro", "sv", "hr", "sr", "hu", "bg", "az")})


def test_people_who_are_no_heads_are_no_participants() -> None:
    names = {p["name"] for _, c in _contacts() for p in (c["a"], c["b"])}
    for other in ("Kamala Harris", "Jens Stoltenberg", "Antony Blinken", "Jarosław Kaczyński", "JD Vance",
                  "Mark Rutte", "Sergei Lavrov", "Hakan Fidan", "Kaja Kallas", "Péter Szijjártó",
                  "Ana Brnabić", "Mariya Gabriel", "Hikmet Hajiyev", "Charles Michel",
                  "Ursula von der Leyen", "Nicolae Ciucă",
                  "Steve Witkoff"):
        assert other not in names
    # Brnabić is speaker of parliament in 2024 and Ciucă president of the Senate in October 2023, each having
    # headed the government until some months before.
    texts = " ".join(r.data["text"] for r in records(HELDOUT43))
    assert all(name in texts for name in ("Ана Брнабић", "Nicolae Ciucă", "Мария Габриел"))


def test_a_president_elect_is_no_participant() -> None:
    # Trump in Paris in December 2024 was president-elect: only Macron and Zelensky met there.
    trump = [c["date"] for _, c in _contacts() if "Donald Trump" in (c["a"]["name"], c["b"]["name"])]
    assert [d for d in trump if d is not None and "2021-01-20" <= d < "2025-01-20"] == []
    paris = [c for doc, c in _contacts() if doc["id"] == "h43-hr-002" and c["date"] == "2024-12"]
    assert [{c["a"]["country"], c["b"]["country"]} for c in paris] == [{"FRA", "UKR"}]


def test_planned_contacts_at_day_and_no_date() -> None:
    planned = Counter(c["date_precision"] for _, c in _contacts() if c["status"] == "planned")
    assert planned == Counter({"day": 8, None: 1})
