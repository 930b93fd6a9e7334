"""Dates: each language's forms, relative days, weekdays, datelines, precision, the Solar Hijri calendar."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import build_date_index, find_dateline, find_dates, resolve, solar_to_gregorian
from ingest.extract.lexicon import all_lexicons
from ingest.extract.tokens import tokenize

INDEX = build_date_index(all_lexicons())
REF = date(2024, 3, 6)  # a Wednesday


def _first(text: str, future: bool = False, ref: date | None = REF) -> tuple[str, str] | None:
    tokens = tokenize(text)
    found = find_dates(INDEX, tokens, text, 0, len(tokens))
    return resolve(found[0], ref, future) if found else None


@pytest.mark.parametrize(("text", "want"), [
    ("They met on 9 January 2024 in Cairo.", ("2024-01-09", "day")),
    ("The call took place on January 9, 2024.", ("2024-01-09", "day")),
    ("Se reunieron el 9 de enero de 2024.", ("2024-01-09", "day")),
    ("Встреча состоялась 20 марта.", ("2023-03-20", "day")),
    ("Das Treffen fand am 2. März 2024 statt.", ("2024-03-02", "day")),
    ("Görüşme 8 Ocak 2024 tarihinde yapıldı.", ("2024-01-08", "day")),
    ("جرى الاتصال في ٨ يناير ٢٠٢٤.", ("2024-01-08", "day")),
    ("جرى الاتصال في 27 يوليو الماضي.", ("2023-07-27", "day")),
    ("دیدار در ۱۵ آبان ۱۴۰۲ انجام شد.", ("2023-11-06", "day")),
    ("ils se sont vus en novembre dernier", ("2023-11", "month")),
    ("They last met in May 2023.", ("2023-05", "month")),
    ("Stand: 15.10.2023", ("2023-10-15", "day")),
    ("date 2024-01-09 -", ("2024-01-09", "day")),
    ("The leaders spoke yesterday.", ("2024-03-05", "day")),
    ("تلقى اتصالا أمس", ("2024-03-05", "day")),
    ("Ils se sont entretenus hier soir.", ("2024-03-05", "day")),
    ("Вчера состоялся разговор.", ("2024-03-05", "day")),
    ("Dün görüştüler.", ("2024-03-05", "day")),
    ("دیروز گفتگو کردند", ("2024-03-05", "day")),
    ("The two met on Monday.", ("2024-03-04", "day")),
    ("التقى الرئيسان يوم الأربعاء", ("2024-03-06", "day")),
])
def test_dates_in_each_language(text: str, want: tuple[str, str]) -> None:
    assert _first(text) == want


def test_weekday_of_a_planned_contact_is_the_next_one() -> None:
    assert _first("They will meet on Friday.", future=True) == ("2024-03-08", "day")


def test_relative_day_without_reference_is_none() -> None:
    assert _first("They spoke yesterday.", ref=None) is None


def test_may_the_verb_is_not_a_month() -> None:
    assert _first("The king may visit Paris.") is None


def test_dateline() -> None:
    text = "BEIJING, March 14 (Xinhua) -- Leaders continued to send messages."
    tokens = tokenize(text)
    exprs = [(e, tokens[e.first].start, tokens[e.last - 1].end)
             for e in find_dates(INDEX, tokens, text, 0, len(tokens))]
    line = find_dateline(text, exprs)
    assert line is not None and resolve(line, date(2023, 3, 15)) == ("2023-03-14", "day")


def test_solar_hijri_new_year() -> None:
    assert solar_to_gregorian(1403, 1, 1) == date(2024, 3, 20)
    assert solar_to_gregorian(1399, 12, 30) == date(2021, 3, 20)
