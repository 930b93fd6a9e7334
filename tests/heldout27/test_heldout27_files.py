"""What is particular to the twenty-seventh held-out set, an unseen set of Urdu and Hebrew reports: report
lengths, datelines, days named by weekday or by "کل" and "אתמול" against the publication day, Urdu digits, the
home country of each press in its contacts, the words each language uses for some modes, two leaders of one
country meeting one guest on one day, Hebrew prefixes on leaders' names, and three negatives per language.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

from tests.evalset.registry import HELDOUT27, gold_contacts, records
from tests.evalset.set_checks import lengths_outside, texts_by_language

# Weekdays, Monday first. Urdu "ہفتہ" (Saturday) is also "week", so it is left out of the weekday check.
WEEKDAYS = {
    "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", None, "اتوار"),
    "he": ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"),
}
URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
# A Hebrew weekday is written "ביום חמישי" or, after a relative day, "(שני)".
HEBREW_DAY = re.compile(r"(?:יום |\()(ראשון|שני|שלישי|רביעי|חמישי|שישי)(?=[\s)])")
URDU_WORD = r"(?<![\w\u0600-\u06ff]){}(?![\w\u0600-\u06ff])"
# Texts from Indian Urdu papers open with New Delhi; the others are Pakistani and international Urdu press.
INDIAN_DATELINE = "نئی دہلی"


def _contacts() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, contact) for every gold contact of the set."""
    return gold_contacts(HELDOUT27)


def test_reports_are_agency_and_newspaper_length() -> None:
    assert lengths_outside(records(HELDOUT27), 150, 450) == {}


def test_urdu_reports_open_with_a_dateline() -> None:
    # "تہران (ایکسپریس نیوز) ", "نئی دہلی/تیانجن (ایجنسی) ", "واشنگٹن — "; BBC Urdu's analysis has none.
    dateline = re.compile(r"^[\u0600-\u06ff/ ]+ (\([\u0600-\u06ff ]+\)|—) ")
    assert sum(bool(dateline.match(t)) for t in texts_by_language(records(HELDOUT27))["ur"]) >= 8


def test_named_weekdays_date_the_contacts_against_publication() -> None:
    checked = 0
    for doc, c in _contacts():
        if c["date_precision"] != "day":
            continue
        lang, day = doc["lang"], date.fromisoformat(c["date"])
        published = date.fromisoformat(doc["published"])
        if lang == "he":
            named = set(HEBREW_DAY.findall(c["evidence"]))
        else:
            named = {d for d in WEEKDAYS["ur"] if d and re.search(URDU_WORD.format(d), c["evidence"])}
        if named:
            assert named == {WEEKDAYS[lang][day.weekday()]}, (doc["id"], c["evidence"])
            # A Friday paper's "last Thursday", when yesterday was Thursday too, is eight days back.
            assert abs((day - published).days) <= 8, doc["id"]
            checked += 1
    assert checked >= 15


def test_yesterday_is_the_day_before_publication() -> None:
    found = 0
    for doc, c in _contacts():
        yesterday = "אתמול" in c["evidence"] or re.search(URDU_WORD.format("کل"), c["evidence"])
        if yesterday:
            published = date.fromisoformat(doc["published"])
            assert c["date"] == (published - timedelta(days=1)).isoformat(), doc["id"]
            found += 1
    assert found >= 5


def test_some_urdu_reports_write_urdu_digits() -> None:
    urdu = texts_by_language(records(HELDOUT27))["ur"]
    assert sum(bool(set(URDU_DIGITS) & set(t)) for t in urdu) >= 5
    # "بدھ ۱۷ ستمبر": the day in Urdu digits is the contact's day.
    days = [c["date"] for _, c in _contacts() if "۱۷ ستمبر" in c["evidence"]]
    assert days == ["2025-09-17"]


def test_each_press_reports_its_own_country() -> None:
    # Pakistani and international Urdu press report Pakistan's leaders, the Indian Urdu papers India's, the
    # Hebrew press Israel's: bare "وزیر اعظم" and "ראש הממשלה" are the home prime minister. Three contacts are
    # foreign to their press: Trump's claim about Modi at Osaka (VOA Urdu), Macron's planned stop with Abbas
    # (Kan) and Trump with el-Sisi at Sharm el-Sheikh (Ynet).
    away = []
    for doc, c in _contacts():
        home = {"he": "ISR", "ur": "IND" if doc["text"].startswith(INDIAN_DATELINE) else "PAK"}[doc["lang"]]
        if home not in (c["a"]["country"], c["b"]["country"]):
            away.append((doc["id"], c["a"]["country"], c["b"]["country"]))
    expected = [("h27-he-007", "FRA", "PSE"), ("h27-he-008", "USA", "EGY"), ("h27-ur-005", "IND", "USA")]
    assert sorted(away) == expected
    assert sum(r.data["text"].startswith(INDIAN_DATELINE) for r in records(HELDOUT27)) == 2


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for _, c in _contacts() if word in c["evidence"]}


def test_the_words_each_language_uses_for_some_modes() -> None:
    assert _modes("ورچوئل") == {"video"}
    assert _modes("ٹیلی فون") == _modes("התקשר אליו") == {"phone"}
    assert _modes(" خط ") == _modes("במכתב") == {"written"}


def test_two_leaders_of_one_country_meet_one_guest() -> None:
    # Pezeshkian and Khamenei with Shehbaz, Netanyahu and Rivlin with Putin, the Bahraini king and crown
    # prince with Herzog, Herzog and Netanyahu with Macron, von der Leyen, Sunak and Trump.
    def twice(contacts: list[dict[str, Any]]) -> bool:
        days = Counter((frozenset((c["a"]["country"], c["b"]["country"])), c["date"])
                       for c in contacts if c["date_precision"] == "day")
        return any(n >= 2 for n in days.values())

    assert sum(twice(r.data["contacts"]) for r in records(HELDOUT27)) == 5


def test_hebrew_writes_prefixes_on_leaders_names() -> None:
    hebrew = " ".join(texts_by_language(records(HELDOUT27))["he"])
    # "to Netanyahu", "from Netanyahu", "to Herzog", "that Herzog", "to Putin", "when Trump", "to Trump"
    prefixed = ("לנתניהו", "מנתניהו", "להרצוג", "שהרצוג", "לפוטין", "כשטראמפ", "לטראמפ")
    assert sum(re.search(rf"(?<![\u0590-\u05ff]){w}(?![\u0590-\u05ff])", hebrew) is not None
               for w in prefixed) >= 6


def test_three_negatives_per_language() -> None:
    # Rubio and Vance with Modi and Shehbaz, Bilawal in Goa, Dar in Kabul; Kallas in Brussels, a UN speech,
    # Cohen with al-Burhan in Khartoum.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT27) if not r.data["contacts"])
    assert negatives == Counter({"ur": 3, "he": 3})


def test_planned_contacts_at_every_precision_but_month() -> None:
    # Aliyev with no day, Putin in India by the year's end, and three planned for a named day.
    planned = Counter(c["date_precision"] for _, c in _contacts() if c["status"] == "planned")
    assert planned == Counter({"day": 3, "year": 1, None: 1})
