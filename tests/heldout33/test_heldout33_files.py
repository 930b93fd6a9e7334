"""What is particular to the thirty-third held-out set, an unseen set of Greek and Vietnamese reports:
report lengths, Greek weekdays and "χθες", Vietnamese day/month dates and "hôm qua" / "tối qua" against the
publication day, names in Greek letters, the home country of each press in its contacts, the words each
language uses for some modes, general secretaries who are no participants, and three negatives per language.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

from tests.evalset.registry import HELDOUT33, gold_contacts, records
from tests.evalset.set_checks import lengths_outside

# Greek weekdays, Monday first, in the nominative and the accusative the press writes ("χθες, Τρίτη",
# "την περασμένη Τρίτη"); Πέμπτη and Παρασκευή in the genitive are left to the text.
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
GREEK_DAY = re.compile(r"(?<!\w)(" + "|".join(GREEK_WEEKDAYS) + r")(?!\w)")
# Vietnamese weekdays, Monday first: "thứ Hai" ... "thứ Bảy", then "Chủ nhật".
VIETNAMESE_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
# "thứ Bảy, 15/4" or "thứ Sáu (28/2": a named weekday next to a day/month date.
VIETNAMESE_NAMED_DAY = re.compile(
    r"(thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)[,(\s]+(\d{1,2})/(\d{1,2})(?![\d/])")
# "(21/12)", "ngày 12/6/2018": a day and month, with the year or not; "tháng 6/2023" is a month and year.
VIETNAMESE_DAY = re.compile(r"(?<![\d/])(?<!tháng )(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
VIETNAMESE_MONTH = re.compile(r"tháng (\d{1,2})/(\d{4})")
LATIN = re.compile(r"[A-Za-z]")


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT33)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT33), 150, 500) == {}


def test_greek_weekdays_date_the_contacts_against_publication() -> None:
    checked = 0
    for doc, c in _contacts():
        if doc["lang"] != "el" or c["date_precision"] != "day":
            continue
        named = set(GREEK_DAY.findall(c["evidence"]))
        if named:
            day, published = date.fromisoformat(c["date"]), date.fromisoformat(doc["published"])
            assert named == {GREEK_WEEKDAYS[day.weekday()]}, (doc["id"], c["evidence"])
            # "την περασμένη Τρίτη" in a Monday paper is six days back.
            assert 0 <= (published - day).days <= 7, doc["id"]
            checked += 1
    assert checked == 5


def test_vietnamese_named_weekdays_fit_their_dates() -> None:
    found = 0
    for r in records(HELDOUT33):
        if r.data["lang"] != "vi":
            continue
        year = date.fromisoformat(r.data["published"]).year
        for name, day, month in VIETNAMESE_NAMED_DAY.findall(r.data["text"]):
            assert VIETNAMESE_WEEKDAYS[date(year, int(month), int(day)).weekday()] == name, r.data["id"]
            found += 1
    assert found == 2


def test_vietnamese_day_and_month_dates_are_the_contacts_dates() -> None:
    days = months = 0
    for doc, c in _contacts():
        if doc["lang"] != "vi" or c["date"] is None:
            continue
        for d, m, y in VIETNAMESE_DAY.findall(c["evidence"]):
            assert c["date_precision"] == "day", doc["id"]
            year = y or c["date"][:4]
            assert c["date"] == f"{year}-{int(m):02d}-{int(d):02d}", (doc["id"], c["evidence"])
            days += 1
        for m, y in VIETNAMESE_MONTH.findall(c["evidence"]):
            assert (c["date"], c["date_precision"]) == (f"{y}-{int(m):02d}", "month"), doc["id"]
            months += 1
    assert (days, months) == (8, 3)


def test_yesterday_is_the_day_before_publication() -> None:
    found: Counter[str] = Counter()
    for doc, c in _contacts():
        said = re.search(r"(?<!\w)χθες(?!\w)", c["evidence"]) or re.search(r"(?i)\b(hôm|tối|chiều) qua\b",
                                                                            c["evidence"])
        if said:
            published = date.fromisoformat(doc["published"])
            assert c["date"] == (published - timedelta(days=1)).isoformat(), doc["id"]
            found[doc["lang"]] += 1
    assert found == Counter({"el": 3, "vi": 3})


def test_greek_evidence_writes_names_in_greek_letters() -> None:
    # No Latin transliteration to lean on: "Ρετζέπ Ταγίπ Ερντογάν", "Ζόραν Ζάεφ", "Σαρλ Μισέλ".
    greek = [c["evidence"] for doc, c in _contacts() if doc["lang"] == "el"]
    assert len(greek) == 22
    assert [e for e in greek if LATIN.search(e)] == []


def test_each_press_reports_its_own_country() -> None:
    # The Greek and Cypriot press report Greece's or Cyprus's leaders, the Vietnamese press Vietnam's. Five
    # contacts are foreign to their press: Michel's planned talks with Erdogan (Naftemporiki), Trump and Kim
    # in Hanoi and Singapore (Tuoi Tre) and Suga's planned talks with Joko Widodo (Thanh Nien).
    home = {"el": {"GRC", "CYP"}, "vi": {"VNM"}}
    away = sorted((doc["id"], c["a"]["country"], c["b"]["country"]) for doc, c in _contacts()
                  if not home[doc["lang"]] & {c["a"]["country"], c["b"]["country"]})
    assert away == [("h33-el-003", "EU", "TUR"), ("h33-vi-002", "USA", "PRK"), ("h33-vi-002", "USA", "PRK"),
                    ("h33-vi-002", "USA", "PRK"), ("h33-vi-005", "JPN", "IDN")]


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for _, c in _contacts() if word in c["evidence"]}


def test_the_words_each_language_uses_for_some_modes() -> None:
    assert _modes("τηλεφωνική") == _modes("điện đàm") == {"phone"}
    assert _modes("trực tuyến") == {"video"}
    assert _modes("điện chúc mừng") == _modes("thư chúc mừng") == {"written"}


def test_general_secretaries_are_no_participants() -> None:
    # Nguyen Phu Trong was General Secretary and also President from October 2018 to April 2021; after that
    # he led the party only, and his meetings (Biden, Putin, Blinken) and Xi's message recalling him are no
    # contacts.
    later = [r.data for r in records(HELDOUT33)
             if r.data["lang"] == "vi" and r.data["published"] > "2021-04-05"]
    mentioned = [d for d in later if "Tổng Bí thư Nguyễn Phú Trọng" in d["text"]]
    assert len(mentioned) == 4
    assert [d["id"] for d in later for c in d["contacts"]
            if "Nguyen Phu Trong" in (c["a"]["name"], c["b"]["name"])] == []
    # In 2019 he was head of state, and Trump's meeting with him is a contact.
    assert [(d["id"], c["date"]) for d, c in _contacts() if c["b"]["name"] == "Nguyen Phu Trong"
            and c["status"] == "occurred"] == [("h33-vi-002", "2019-02-27")]


def test_three_negatives_per_language() -> None:
    # Sunak's cancelled meeting, Dendias with Cavusoglu in Hatay, the fiftieth anniversary in Nicosia;
    # Blinken in Hanoi, the postponed Las Vegas summit, the government's meeting on the US tariffs.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT33) if not r.data["contacts"])
    assert negatives == Counter({"el": 3, "vi": 3})


def test_planned_contacts_at_every_precision_but_month() -> None:
    # Mitsotakis in Ankara in 2024 (year), his visit to India and Chinh's talks with Luxon (no date), and four
    # for a named day.
    planned = Counter(c["date_precision"] for _, c in _contacts() if c["status"] == "planned")
    assert planned == Counter({"day": 4, None: 2, "year": 1})
