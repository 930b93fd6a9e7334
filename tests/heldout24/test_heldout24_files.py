"""What is particular to the twenty-fourth held-out set, an unseen set of agency and newspaper reports in
Dutch, Polish, Ukrainian, Korean, Indonesian and Hindi: report lengths, each agency's dateline, days named by
weekday, by Antara's "(9/11)", by Yonhap's "25일" or "전날" against the publication day, the words each
language uses for each mode, background contacts at month precision in every language, its negatives, and
the script test and word runs the gold checker learnt for these languages.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

from tests.evalset.registry import HELDOUT24, records
from tests.evalset.set_checks import lengths_outside, texts_by_language
from tests.gold_check.test_gold_files import _script_problem, _shingles

# A weekday named in a contact's evidence dates it against the publication day: the named day falls within the
# week before publication or the week after it (a planned stop). Matched in lower case; Polish and Ukrainian
# decline their weekdays ("w środę", "у п'ятницю"), so their stems are listed.
WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pl": ("poniedział", "wtor", "środ", "czwart", "piąt", "sobot", "niedziel"),
    "uk": ("понеділ", "вівтор", "середу", "четвер", "п'ятниц", "субот", "неділ"),
    "id": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार"),
}
# Antara writes the day and month after the weekday: "Sabtu (9/11)".
ANTARA_DAY = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
# Yonhap writes the day of the month alone, "25일(현지시간)", or "6월 6일".
KOREAN_DAY = re.compile(r"(\d{1,2})일")


def test_reports_are_agency_and_newspaper_length() -> None:
    # 150-450 words: the common check allows up to 600, this set was written shorter.
    assert lengths_outside(records(HELDOUT24), 150, 450) == {}


def test_datelines_are_each_agencys_own() -> None:
    texts = texts_by_language(records(HELDOUT24))
    assert sum(re.match(r"^[A-Z]+ \(ANP\) - ", t) is not None for t in texts["nl"]) == 5
    assert sum(re.match(r"^[A-Z][a-zó]+ \(PAP\) - ", t) is not None for t in texts["pl"]) == 6
    # Ukrinform names itself in the report ("передає Укрінформ", "Як повідомляв Укрінформ").
    assert all("Укрінформ" in t for t in texts["uk"])
    assert sum("Як повідомляв Укрінформ" in t for t in texts["uk"]) >= 4
    assert all(re.match(r"^\([가-힣]+=연합뉴스\) [가-힣]+ = ", t) for t in texts["ko"])
    assert all(re.match(r"^[A-Z][A-Za-z ]+ \(ANTARA\) - ", t) for t in texts["id"])
    # PTI-Bhasha: "नयी दिल्ली, चार जून (भाषा)", the day in words below ten.
    bhasha = re.compile(r"^[\u0900-\u097f ]+, [\u0900-\u097f\d]+ [\u0900-\u097f]+ \(भाषा\) ")
    assert all(bhasha.match(t) for t in texts["hi"])
    assert sum(t.startswith(("नयी दिल्ली, चार जून", "मॉस्को, नौ जुलाई")) for t in texts["hi"]) == 2


def _day_contacts() -> list[tuple[str, str, date, date, str]]:
    """(id, lang, publication day, contact day, evidence in lower case) of every contact dated to the day."""
    return [(r.data["id"], r.data["lang"], date.fromisoformat(r.data["published"]),
             date.fromisoformat(c["date"]), c["evidence"].lower())
            for r in records(HELDOUT24) for c in r.data["contacts"] if c["date_precision"] == "day"]


def test_named_weekdays_date_the_contacts_against_publication() -> None:
    checked = 0
    for doc, lang, published, day, evidence in _day_contacts():
        if lang in WEEKDAYS and any(name in evidence for name in WEEKDAYS[lang]):
            # Antara's "Senin (7/7)" names its date beside the weekday, so it may lie further back.
            if not (lang == "id" and ANTARA_DAY.search(evidence)):
                assert abs((day - published).days) <= 7, (doc, evidence)
            assert WEEKDAYS[lang][day.weekday()] in evidence, (doc, day)
            checked += 1
    assert checked >= 40


def test_antara_and_yonhap_days_are_the_contacts_days() -> None:
    antara = yonhap = 0
    for doc, lang, published, day, evidence in _day_contacts():
        if lang == "id" and (found := ANTARA_DAY.findall(evidence)):
            assert (str(day.day), str(day.month)) in found, (doc, day)
            antara += 1
        if lang == "ko" and (days := {int(d) for d in KOREAN_DAY.findall(evidence)}):
            assert day.day in days, (doc, day)
            yonhap += 1
        # "전날" is the day before publication; "현지시간" a day in Washington or Kyiv, at most one day
        # behind Seoul.
        if lang == "ko" and "전날" in evidence:
            assert day == published - timedelta(days=1), doc
        if lang == "ko" and "현지시간" in evidence:
            assert 0 <= (published - day).days <= 1, doc
    assert antara >= 10
    assert yonhap >= 10


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT24) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_each_language_uses_for_each_mode() -> None:
    assert _modes("통화") == _modes("телефон") == _modes("telepon") == _modes("फोन") == {"phone"}
    assert _modes("친서") == _modes("서한") == _modes("лист") == _modes("surat") == {"written"}
    assert _modes("वीडियो कॉन्फ्रेंस") == {"video"}


def test_background_contacts_at_month_precision_in_every_language() -> None:
    by_lang = Counter(r.data["lang"] for r in records(HELDOUT24) for c in r.data["contacts"]
                      if c["date_precision"] == "month" and c["status"] == "occurred")
    assert set(by_lang) == set(HELDOUT24.counts)


def test_one_negative_per_language() -> None:
    # NATO's Secretary General, a candidate in the Oval Office, delegations in Jeddah, martial law in Seoul,
    # Independence Day at the new capital, and China's foreign minister received by Modi.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT24) if not r.data["contacts"])
    assert negatives == Counter(dict.fromkeys(HELDOUT24.counts, 1))


def test_planned_contacts_dated_and_undated() -> None:
    # Stops on named weekdays in five languages, and a summit agreed with no date (Korean).
    planned = [(r.data["lang"], c) for r in records(HELDOUT24) for c in r.data["contacts"]
               if c["status"] == "planned"]
    assert {c["date_precision"] for _, c in planned} == {"day", None}
    assert {lang for lang, _ in planned} == set(HELDOUT24.counts)


def _pair_twice_a_day(contacts: list[dict[str, Any]]) -> bool:
    """Whether one pair of countries has two contacts on one day."""
    days = Counter((frozenset((c["a"]["country"], c["b"]["country"])), c["date"])
                   for c in contacts if c["date_precision"] == "day")
    return any(n >= 2 for n in days.values())


def test_two_leaders_of_one_country_meet_one_guest() -> None:
    # Duda and Tusk with Biden, Duda and Morawiecki with Zelensky, Murmu and Modi with Prabowo, Zelensky
    # and Shmyhal with three prime ministers, Michel and von der Leyen with Yoon: one pair, two contacts a
    # day.
    assert sum(_pair_twice_a_day(r.data["contacts"]) for r in records(HELDOUT24)) >= 6


def test_the_script_test_knows_this_sets_languages() -> None:
    # Our own sentences: a Ukrainian one is no Russian one, Hangul and Devanagari are their languages'
    # scripts, and Dutch, Polish and Indonesian are told from each other and from German.
    assert _script_problem("uk", "Президент провів переговори з прем'єр-міністром у Києві.") is None
    assert _script_problem("uk", "Президент провел переговоры с премьер-министром в Москве.") is not None
    assert _script_problem("ko", "대통령은 총리와 정상회담을 했다.") is None
    assert _script_problem("hi", "प्रधानमंत्री ने राष्ट्रपति से मुलाकात की।") is None
    assert _script_problem("ko", "प्रधानमंत्री ने राष्ट्रपति से मुलाकात की।") is not None
    dutch = "De premier heeft een gesprek gehad met de president van het land, maar het akkoord is er niet."
    polish = "Premier spotkał się z prezydentem w Warszawie, ale porozumienie nie zostało jeszcze zawarte."
    indonesian = "Presiden bertemu dengan perdana menteri yang datang dari negara tetangga untuk berbicara."
    texts = (("nl", dutch), ("pl", polish), ("id", indonesian))
    assert [_script_problem(lang, t) for lang, t in texts] == [None] * 3
    assert _script_problem("de", dutch) is not None
    assert _script_problem("nl", polish) is not None


def test_hindi_runs_are_runs_of_words() -> None:
    # Vowel signs and the virama stay inside their words: ten Hindi words make one run, not letters.
    words = "प्रधानमंत्री नरेन्द्र मोदी ने शुक्रवार को राष्ट्रपति से द्विपक्षीय वार्ता की और कहा"
    split = words.split()
    assert len(split) == 13
    assert _shingles(words) == {tuple(split[i : i + 10]) for i in range(4)}
