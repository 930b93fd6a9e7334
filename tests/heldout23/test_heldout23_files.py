"""What is particular to the twenty-third held-out set, an unseen set of agency and newspaper reports in
French, Italian, Arabic and Spanish: report lengths, each agency's dateline, days named by weekday or by
"oggi", "ieri" and "اليوم" against the publication day, the words each language uses for each mode,
background contacts at month precision, and its negatives.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from tests.evalset.registry import HELDOUT23, records
from tests.evalset.set_checks import lengths_outside, texts_by_language

# A weekday named in a contact's evidence dates it against the publication day: the named day falls within
# the week before publication or the week after it (a planned stop). Matched in lower case.
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}


def test_reports_are_agency_and_newspaper_length() -> None:
    # 150-450 words: the common check allows up to 600, this set was written shorter.
    assert lengths_outside(records(HELDOUT23), 150, 450) == {}


def test_datelines_are_each_agencys_own() -> None:
    texts = texts_by_language(records(HELDOUT23))
    assert sum(re.match(r"^[\w ]+ \(AFP\) - ", t) is not None for t in texts["fr"]) >= 5
    assert any(t.startswith("OTTAWA — ") for t in texts["fr"])
    ansa = re.compile(r"^\(ANSA\) - [A-ZÀ-Ù' ]+, \d{1,2} [A-Z]{3} - ")
    assert sum(ansa.match(t) is not None for t in texts["it"]) >= 7
    assert sum(re.match(r"^[\w ()]+, \d{1,2} [a-z]{3} \(EFE\)\.- ", t) is not None for t in texts["es"]) >= 4
    assert any(re.match(r"^الكويت - \d{1,2} - \d{1,2} \(كونا\) -- ", t) for t in texts["ar"])


def test_named_days_date_the_contacts_against_publication() -> None:
    checked = 0
    for r in records(HELDOUT23):
        lang, published = r.data["lang"], date.fromisoformat(r.data["published"])
        for c in r.data["contacts"]:
            if c["date_precision"] != "day":
                continue
            evidence = c["evidence"].lower()
            day = date.fromisoformat(c["date"])
            if any(name in evidence for name in WEEKDAYS[lang]):
                assert abs((day - published).days) <= 7, (r.data["id"], c["evidence"])
                assert WEEKDAYS[lang][day.weekday()] in evidence, (r.data["id"], c["date"])
                checked += 1
            # "today" and "yesterday" as Italian and Arabic wires write them.
            if lang == "it" and re.search(r"\boggi\b", evidence):
                assert day == published, r.data["id"]
            if lang == "it" and re.search(r"\bieri\b", evidence):
                assert day == published - timedelta(days=1), r.data["id"]
            # "اليوم ذاته" is "the same day", not today.
            if lang == "ar" and re.search("اليوم(?! ذاته)", evidence):
                assert day == published, r.data["id"]
    assert checked >= 12


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT23) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_each_language_uses_for_each_mode() -> None:
    assert _modes("téléphone") == {"phone"}
    assert _modes("telefon") == {"phone"}
    assert _modes("هاتف") == {"phone"}
    assert _modes("visioconférence") == {"video"}
    assert _modes("lettre") == _modes("lettera") == _modes("برقية") == {"written"}


def test_background_contacts_at_month_precision_in_every_language() -> None:
    by_lang = Counter(r.data["lang"] for r in records(HELDOUT23) for c in r.data["contacts"]
                      if c["date_precision"] == "month" and c["status"] == "occurred")
    assert set(by_lang) == set(HELDOUT23.counts)


def test_negatives_per_language() -> None:
    # Ministers received by leaders, a refused audience, a diplomatic note, a private visit and a rally.
    negatives = Counter(r.data["lang"] for r in records(HELDOUT23) if not r.data["contacts"])
    assert negatives == Counter({"fr": 1, "it": 2, "ar": 1, "es": 1})


def test_planned_contacts_dated_and_undated() -> None:
    # A stop on a named weekday, a trip given by its dates (month), talks with no day, a visit to reschedule.
    planned = [c for r in records(HELDOUT23) for c in r.data["contacts"] if c["status"] == "planned"]
    assert {c["date_precision"] for c in planned} == {"day", "month", None}
    assert {"EU"} <= {p["country"] for r in records(HELDOUT23) for c in r.data["contacts"]
                      for p in (c["a"], c["b"])}
