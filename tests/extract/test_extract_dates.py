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


@pytest.mark.parametrize(("text", "want"), [
    ("They last spoke in early February.", ("2024-02", "month")),
    ("Ils s'étaient parlé à la mi-février.", ("2024-02", "month")),
    ("Les deux hommes se sont vus fin janvier.", ("2024-01", "month")),
    ("Sánchez le envió una carta a mediados de febrero.", ("2024-02", "month")),
    ("Последний разговор состоялся в начале февраля.", ("2024-02", "month")),
    ("Die beiden trafen sich Anfang Februar.", ("2024-02", "month")),
    ("أرسل رسالة مطلع فبراير.", ("2024-02", "month")),
    ("İki lider şubat ayında görüşmüştü.", ("2024-02", "month")),
    ("They first met last April.", ("2023-04", "month")),
    ("They met in March last year.", ("2023-03", "month")),
    ("Они встречались в октябре прошлого года.", ("2023-10", "month")),
    ("Se habían reunido en septiembre del año pasado.", ("2023-09", "month")),
    ("En son geçen yıl ekim ayında görüştüler.", ("2023-10", "month")),
    ("التقيا في أكتوبر من العام الماضي.", ("2023-10", "month")),
    ("التقيا في مارس الماضي.", ("2023-03", "month")),
    ("They met in 2022.", ("2022", "year")),
    ("Встреча прошла в 2022 году.", ("2022", "year")),
    ("İki lider 2022'de tokalaştı.", ("2022", "year")),
    ("دو رئیس‌جمهور در شهریورماه گذشته دیدار کرده بودند.", ("2023-09", "month")),
    ("They spoke last week.", ("2024-02", "month")),
    ("They spoke earlier this month.", ("2024-03", "month")),
    ("تلقى رسالة مؤرخة في ١٥ رمضان ١٤٤٥ هـ.", ("2024-03-25", "day")),
])
def test_months_years_and_weeks_named_with_their_qualifiers(text: str, want: tuple[str, str]) -> None:
    assert _first(text) == want


def test_a_month_named_alone_is_no_date() -> None:
    assert _first("The March on Washington drew crowds.") is None
    assert _first("رمضان كريم") is None


@pytest.mark.parametrize(("text", "want"), [
    ("A day earlier he had met the king.", "2024-02-29"),
    ("Two days later they spoke again.", "2024-03-03"),
    ("Einen Tag zuvor hatte Scholz Selenskyj getroffen.", "2024-02-29"),
    ("Le lendemain, les deux présidents se sont revus.", "2024-03-02"),
    ("На следующий день они снова встретились.", "2024-03-02"),
])
def test_days_counted_from_the_narrative_day(text: str, want: str) -> None:
    tokens = tokenize(text)
    (expr,) = find_dates(INDEX, tokens, text, 0, len(tokens))
    assert resolve(expr, REF, anchor=date(2024, 3, 1)) == (want, "day")
    # without a narrative day they count from the reference day
    assert resolve(expr, REF) is not None


def test_days_ago_count_from_the_reference_day() -> None:
    assert _first("They spoke three days ago.") == ("2024-03-03", "day")
