"""What is particular to the twenty-second held-out set, a development set of hard negatives and near misses:
short wires (150-300 words), about half of them with no leader-to-leader contact, each negative built around
someone who is no leader (a minister, an envoy, a spokesman, a crown prince, a candidate), agency datelines
as each language writes them, and the contacts that remain told as background or as plans.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter

from tests.evalset.registry import HELDOUT22, records
from tests.evalset.set_checks import lengths_outside, texts_by_language

# Words that name the person a negative report is about, who is no head of state or government.
NOT_LEADERS = {
    "ar": re.compile(r"وزير|مبعوث|المبعوث|المتحدث|ولي عهد|ولي العهد|السفير"),
    "ru": re.compile(r"министр|помощник|пресс-секретарь|Песков|Ушаков"),
    "en": re.compile(r"Secretary|envoy|spokesman|spokesperson|minister|nominee|Governor|secretary general",
                     re.IGNORECASE),
    "fr": re.compile(r"ministre|porte-parole|délégation"),
    "tr": re.compile(r"Bakan|heyet|MİT Başkanı"),
}


def test_texts_are_short_wires() -> None:
    assert lengths_outside(records(HELDOUT22), 150, 300) == {}


def test_about_half_of_each_language_has_no_leader_contact() -> None:
    docs = Counter(r.data["lang"] for r in records(HELDOUT22))
    negatives = Counter(r.data["lang"] for r in records(HELDOUT22) if not r.data["contacts"])
    assert {lang: (negatives[lang], n) for lang, n in docs.items()
            if not n / 4 <= negatives[lang] <= 3 * n / 4} == {}


def test_every_negative_is_built_around_someone_who_is_no_leader() -> None:
    missing = [r.data["id"] for r in records(HELDOUT22)
               if not r.data["contacts"] and not NOT_LEADERS[r.data["lang"]].search(r.data["text"])]
    assert missing == []


def test_some_reports_hold_only_planned_contacts() -> None:
    # An announced meeting or an arrival before the talks: nothing occurred that a scorer counts.
    only_planned = [r for r in records(HELDOUT22)
                    if r.data["contacts"] and all(c["status"] == "planned" for c in r.data["contacts"])]
    assert len(only_planned) >= 2


def test_background_contacts_are_told_at_month_or_year_precision() -> None:
    precisions = Counter(c["date_precision"] for r in records(HELDOUT22) for c in r.data["contacts"]
                         if c["status"] == "occurred")
    assert precisions["month"] >= 5 and precisions["year"] >= 1


def test_datelines_are_each_agencys_own() -> None:
    texts = texts_by_language(records(HELDOUT22))
    assert sum(t.startswith(("دمشق-سانا", "الرياض-سانا")) for t in texts["ar"]) >= 2
    assert any(re.match(r"^رام الله \d{1,2}-\d{1,2}-\d{4} وفا- ", t) for t in texts["ar"])
    assert any(re.match(r"^الكويت - \d{1,2} - \d{1,2} \(كونا\) -- ", t) for t in texts["ar"])
    assert sum(re.search(r"\d{1,2} [а-я]+\. /ТАСС/\. ", t) is not None for t in texts["ru"]) >= 2
    assert sum(re.search(r"\d{1,2} [а-я]{3} - РИА Новости\. ", t) is not None for t in texts["ru"]) >= 2
    assert any(re.search(r"\d{1,2} [а-я]+\. ИНТЕРФАКС - ", t) for t in texts["ru"])
    assert sum("(Reuters) - " in t for t in texts["en"]) >= 3
    assert sum(re.match(r"^[A-Z][A-Z ]+, [A-Z][a-z.]+ \(AP\) — ", t) is not None for t in texts["en"]) >= 2
    assert all(re.match(r"^[A-Z]+, \d{1,2} [a-zéû]+ \d{4} \(AFP\) - ", t) for t in texts["fr"])
    assert all(re.match(r"^[A-ZŞİ]+ \(AA\) - ", t) for t in texts["tr"])
