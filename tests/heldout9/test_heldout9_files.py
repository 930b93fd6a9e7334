"""What is particular to the ninth held-out set: its date styles and the relative days its texts lean on.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from datetime import date

from tests.evalset.registry import HELDOUT9, records
from tests.evalset.set_checks import date_styles, texts_by_language

# "Yesterday" and the weekdays in the set's languages: texts date contacts against the publication day.
RELATIVE_DAYS = re.compile(
    r"\b(hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|ieri|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|gestern|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
    r"|dün|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar"
    r"|вчера|в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье"
    r"|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|ayer|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
    re.IGNORECASE,
)


def test_turkish_reports_use_official_long_dates() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT9)))
    # Anadolu prints "3 Şubat 2022 Perşembe"; at least two Turkish reports do.
    assert not styles.turkish or styles.turkish_long >= 2


def test_most_reports_date_things_by_weekday_or_yesterday() -> None:
    docs = records(HELDOUT9)
    relative = [r for r in docs if RELATIVE_DAYS.search(r.data["text"])]
    assert len(relative) >= 0.6 * len(docs)


def test_planned_contacts_lie_on_or_after_publication_and_recent_ones_within_a_week() -> None:
    # A planned contact is announced for later; an occurred one dated "yesterday" or by weekday lies in
    # the week before publication. Older contacts carry their month or year in the text.
    odd = []
    for r in records(HELDOUT9):
        published = date.fromisoformat(r.data["published"])
        for c in r.data["contacts"]:
            if c["status"] == "planned" and c["date"] and c["date"] < published.isoformat()[: len(c["date"])]:
                odd.append(f"{r.data['id']}: planned {c['date']} before {published}")
    assert odd == []
    recent = [c for r in records(HELDOUT9) for c in r.data["contacts"] if c["date_precision"] == "day"
              and 0 <= (date.fromisoformat(r.data["published"]) - date.fromisoformat(c["date"])).days <= 7]
    assert len(recent) >= 0.5 * sum(c["date_precision"] == "day" for r in records(HELDOUT9)
                                    for c in r.data["contacts"])
