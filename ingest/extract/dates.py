"""Dates in the text: explicit dates in each language's forms, weekdays and relative days, and datelines.

Finding is separate from resolving: a found expression keeps what the text said (day, month, year,
weekday, offset), and `resolve` turns it into an ISO date with its precision against a reference day.
Gregorian and Solar Hijri (Persian) calendars; lunar Hijri dates are not read yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from graph.models import Precision
from ingest.extract.lexicon import Lexicon
from ingest.extract.phrases import Match, PhraseIndex
from ingest.extract.tokens import Token, fold_phrase

_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|eme|e|inci|nci|ncı|uncu|ıncı|-?го|-?е)?$")
_DATE_SEP = frozenset("-/.")
# Words that put a month alone on the calendar ("in November", "en mayo", "في نوفمبر", "в ноябре").
_MONTH_PREPOSITIONS = frozenset({"in", "en", "في", "فی", "در", "в", "im", "au", "since", "depuis", "desde",
                                 "seit", "с", "منذ", "خلال", "during", "durante"})
# Words that may stand between a day, its month and its year ("9 de enero de 2026", "March 14, 2023").
_DATE_FILLERS = frozenset({"de", "del", "of", "the", "du", "der", "im", "in", "en", "، ", "yil", "yili"})


@dataclass(frozen=True, slots=True)
class DateWord:
    """What a date word means: a month, a weekday, a day offset, or a past marker."""

    kind: str  # "month" | "solar_month" | "weekday" | "offset" | "year_offset" | "month_offset" | "past"
    value: int


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in the tokens [first, last), as the text stated it."""

    first: int
    last: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    past: bool = False
    solar: bool = False  # day, month and year are on the Solar Hijri calendar
    unit: str = "day"  # what offset counts: "day", "month" or "year" ("last year")

    @property
    def explicit(self) -> bool:
        """Tell whether the expression names a calendar month (with or without day and year)."""
        return self.month is not None


def build_date_index(lexicons: Iterable[Lexicon]) -> PhraseIndex[DateWord]:
    """Index the month, weekday, relative-day and past words of every lexicon."""
    index: PhraseIndex[DateWord] = PhraseIndex()
    for lex in lexicons:
        for phrase, month in lex.months.items():
            index.add(fold_phrase(phrase), DateWord("month", month))
        for phrase, month in lex.solar_months.items():
            index.add(fold_phrase(phrase), DateWord("solar_month", month))
        for phrase, wd in lex.weekdays.items():
            index.add(fold_phrase(phrase), DateWord("weekday", wd))
        for phrase, off in lex.relative_days.items():
            index.add(fold_phrase(phrase), DateWord("offset", off))
        for phrase, off in lex.relative_years.items():
            index.add(fold_phrase(phrase), DateWord("year_offset", off))
        for phrase, off in lex.relative_months.items():
            index.add(fold_phrase(phrase), DateWord("month_offset", off))
        for phrase in lex.past:
            index.add(fold_phrase(phrase), DateWord("past", 0))
    return index


def _number(tok: Token) -> int | None:
    m = _ORDINAL.match(tok.form)
    return int(m.group(1)) if m else None


def _year(tok: Token, solar: bool = False) -> int | None:
    if len(tok.form) == 4 and tok.form.isdigit():
        y = int(tok.form)
        if (1300 <= y <= 1500) if solar else (1900 <= y <= 2100):
            return y
    return None


def _sep(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start].strip()


def find_dates(
    index: PhraseIndex[DateWord], tokens: Sequence[Token], text: str, lo: int, hi: int
) -> list[DateExpr]:
    """Find the date expressions in tokens[lo:hi] (text is the document the tokens point into)."""
    out: list[DateExpr] = []
    words = {m.first: m for m in index.find(tokens, lo, hi)}
    used = -1
    i = lo
    while i < hi:
        if i <= used or (i not in words and not tokens[i].form[:1].isdigit()):
            i += 1
            continue
        expr = _numeric(tokens, text, i, hi) or _spelled(tokens, words, i, hi)
        if expr is None:
            m = words.get(i)
            if m is not None:
                w = m.payloads[0]
                if w.kind == "weekday":
                    expr = DateExpr(m.first, m.last, weekday=w.value)
                elif w.kind == "offset":
                    expr = DateExpr(m.first, m.last, offset=w.value)
                elif w.kind in ("year_offset", "month_offset"):
                    expr = DateExpr(m.first, m.last, offset=w.value, unit=w.kind.split("_")[0])
        if expr is None:
            i += 1
            continue
        # "27 July last", "الماضي": a past marker right after the expression.
        nxt = words.get(expr.last)
        if nxt is not None and nxt.payloads[0].kind == "past":
            expr = DateExpr(expr.first, nxt.last, expr.year, expr.month, expr.day, expr.weekday,
                            expr.offset, True, expr.solar, expr.unit)
        out.append(expr)
        used = expr.last - 1
        i = expr.last
    return out


def _numeric(tokens: Sequence[Token], text: str, i: int, hi: int) -> DateExpr | None:
    """2026-01-09, 15.10.2025, 18/03/2020."""
    if i + 2 >= hi:
        return None
    a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
    if not (a.form.isdigit() and b.form.isdigit() and c.form.isdigit()):
        return None
    s1, s2 = _sep(text, a, b), _sep(text, b, c)
    if s1 not in _DATE_SEP or s2 != s1:
        return None
    x, y, z = int(a.form), int(b.form), int(c.form)
    if len(a.form) == 4:
        year, month, day = x, y, z
    elif len(c.form) == 4:
        year, month, day = z, y, x
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    return DateExpr(i, i + 3, year=year, month=month, day=day)


def _skip_fillers(tokens: Sequence[Token], j: int, hi: int) -> int:
    while j < hi and tokens[j].form in _DATE_FILLERS:
        j += 1
    return j


def _spelled(
    tokens: Sequence[Token], words: Mapping[int, Match[DateWord]], i: int, hi: int
) -> DateExpr | None:
    """9 January 2026, January 9, 2026, 9 de enero, March 2023, 20 марта, ۱۵ آبان ۱۴۰۳."""
    def month_at(j: int) -> tuple[int, int, bool] | None:
        m = words.get(j)
        if m is None:
            return None
        w = m.payloads[0]
        if w.kind not in ("month", "solar_month"):
            return None
        return w.value, m.last, w.kind == "solar_month"

    day = _number(tokens[i])
    if day is not None and 1 <= day <= 31:
        j = _skip_fillers(tokens, i + 1, hi)
        mo = month_at(j) if j < hi else None
        if mo is not None:
            month, end, solar = mo
            k = _skip_fillers(tokens, end, hi)
            year = _year(tokens[k], solar) if k < hi else None
            return DateExpr(i, k + 1 if year else end, year=year, month=month, day=day, solar=solar)
        return None
    mo = month_at(i)
    if mo is None:
        return None
    month, end, solar = mo
    if end < hi:
        d = _number(tokens[end])
        if d is not None and 1 <= d <= 31 and _year(tokens[end]) is None and not solar:
            k = _skip_fillers(tokens, end + 1, hi)
            year = _year(tokens[k]) if k < hi else None
            return DateExpr(i, k + 1 if year else end + 1, year=year, month=month, day=d)
        k = _skip_fillers(tokens, end, hi)
        if k < hi and _year(tokens[k], solar) is not None:
            return DateExpr(i, k + 1, year=_year(tokens[k], solar), month=month, solar=solar)
    if i > 0 and tokens[i - 1].form in _MONTH_PREPOSITIONS and not solar:
        return DateExpr(i, end, month=month)  # "in November": the month, its year from the reference
    return None


def solar_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """Convert a Solar Hijri (Jalali) date to the Gregorian calendar (1 Farvardin 1403 = 2024-03-20)."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    return date(gy, 1, 1) + timedelta(days=days)


def gregorian_to_solar_year(day: date) -> int:
    """Return the Solar Hijri year a Gregorian day falls in."""
    year = day.year - 621
    return year if day >= solar_to_gregorian(year, 1, 1) else year - 1


def resolve(expr: DateExpr, ref: date | None, future: bool = False) -> tuple[str, Precision] | None:
    """Turn an expression into (ISO date, precision) against a reference day; None when it cannot be."""
    if expr.offset is not None:
        if ref is None:
            return None
        if expr.unit == "year":
            return f"{ref.year + expr.offset:04d}", "year"
        if expr.unit == "month":
            months = ref.year * 12 + ref.month - 1 + expr.offset
            return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
        return (ref + timedelta(days=expr.offset)).isoformat(), "day"
    if expr.weekday is not None:
        if ref is None:
            return None
        if future:
            delta = (expr.weekday - ref.weekday()) % 7
            return (ref + timedelta(days=delta)).isoformat(), "day"
        delta = (ref.weekday() - expr.weekday) % 7
        return (ref - timedelta(days=delta)).isoformat(), "day"
    if expr.month is None:
        return None
    if expr.solar:
        return _resolve_solar(expr, ref, future)
    year = expr.year
    if year is None:
        if ref is None:
            return None
        year = ref.year
        probe = _safe_date(year, expr.month, expr.day or 1)
        if probe is None:
            return None
        if not future and probe > ref + timedelta(days=1):
            year -= 1
        elif future and probe < ref - timedelta(days=7):
            year += 1
    if expr.day is None:
        return f"{year:04d}-{expr.month:02d}", "month"
    d = _safe_date(year, expr.month, expr.day)
    return None if d is None else (d.isoformat(), "day")


def _resolve_solar(expr: DateExpr, ref: date | None, future: bool) -> tuple[str, Precision] | None:
    month = expr.month or 1
    year = expr.year
    if year is None:
        if ref is None:
            return None
        year = gregorian_to_solar_year(ref)
        probe = solar_to_gregorian(year, month, expr.day or 1)
        if not future and probe > ref + timedelta(days=1):
            year -= 1
        elif future and probe < ref - timedelta(days=7):
            year += 1
    if expr.day is None:
        first = solar_to_gregorian(year, month, 1)
        return f"{first.year:04d}-{first.month:02d}", "month"  # the Gregorian month it starts in
    if expr.day > (31 if month <= 6 else 30):
        return None
    return solar_to_gregorian(year, month, expr.day).isoformat(), "day"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str, exprs: Sequence[tuple[DateExpr, int, int]]) -> DateExpr | None:
    """Return the dateline date: a date near the top followed by a dash, colon, bracket or line end.

    exprs are (expression, start offset, end offset) in document order.
    """
    for expr, start, end in exprs:
        if start > 160:
            break
        if not expr.explicit:
            continue
        rest = text[end : end + 6].lstrip(" \t,")
        if not rest or rest[0] in "-–—:(.\n|" or rest.startswith("GMT"):
            return expr
    return None
