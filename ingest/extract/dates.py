"""Dates in the text: explicit dates in each language's forms, weekdays and relative days, and datelines.

Finding is separate from resolving: a found expression keeps what the text said (day, month, year,
weekday, offset), and `resolve` turns it into an ISO date with its precision against a reference day.
Gregorian, Solar Hijri (Persian) and lunar Hijri (with a year or era mark) calendars.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from operator import attrgetter, itemgetter

from graph.models import Precision
from graph.text import fold
from ingest.extract.lexicon import Lexicon
from ingest.extract.phrases import Match, PhraseIndex
from ingest.extract.tokens import Token, fold_phrase, hangul_script

_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|eme|e|inci|nci|ncı|uncu|ıncı|-?го|-?е)?$")
_DATE_SEP = frozenset("-/.")
# Words that may stand between a day, its month and its year ("9 de enero de 2026", "March 14, 2023"; Greek
# "τον Σεπτέμβριο του 2017", the year in the genitive).
_DATE_FILLERS = frozenset({"de", "del", "of", "the", "du", "der", "im", "in", "en", "، ", "yil", "yili", "من",
                           "mois", "month", "mes", "monats", "месяца", "شهر", "ماه", "του"})
# The most words a dateline's date may follow on its line ("WASHINGTON, D.C.,", "Москва.").
_DATELINE_WORDS = 5
# The most numbers a "two days later" or "three days ago" may count.
_MAX_DAYS = 31


@dataclass(frozen=True, slots=True)
class DateWord:
    """What a date word means: a month, a weekday, a day offset, a qualifier or a marker."""

    kind: str  # "month" | "solar_month" | "hijri_month" | "weekday" | "offset" | "year_offset" | ...
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
    unit: str = "day"  # what offset counts: "day", "week", "month" or "year" ("last year")
    year_offset: int | None = None  # a month of a relative year ("October last year")
    anchored: bool = False  # the offset counts from the narrative's day ("the next day"), not publication
    hijri: bool = False  # day, month and year are on the lunar Hijri calendar
    event: bool = False  # counted from an event named next ("a day after holding talks with X")
    two_way: bool = False  # the offset counts forward for a planned contact (Hindi "कल": yesterday, tomorrow)
    lead: bool = False  # anchored on the report's own day once the narrative has gone back (Korean "이날")
    # the weekday told beside a count of days ("three days earlier, on Monday"): the day is that weekday's,
    # the one nearest the day counted
    named_weekday: int | None = None
    part: int | None = None  # the day an early, mid or late before a solar month points to ("اوایل اسفند": 5)

    @property
    def explicit(self) -> bool:
        """Tell whether the expression names a calendar month (with or without day and year)."""
        return self.month is not None


_PHRASE_KINDS = (("month_leads", "month_lead"), ("month_tails", "month_tail"), ("year_leads", "year_lead"),
                 ("year_tails", "year_tail"), ("day_units_ago", "unit_ago"), ("hijri_marks", "hijri_mark"),
                 ("past", "past"), ("not_dates", "not_date"), ("other_zones", "zone"),
                 ("day_leads", "day_lead"), ("ordinal_heads", "ordinal_head"),
                 ("day_alone_leads", "day_alone_lead"), ("day_alone_tails", "day_alone_tail"),
                 ("ago_leads", "ago_lead"))
_VALUE_KINDS = (("months", "month"), ("solar_months", "solar_month"), ("hijri_months", "hijri_month"),
                ("weekdays", "weekday"), ("relative_days", "offset"), ("relative_years", "year_offset"),
                ("relative_months", "month_offset"), ("relative_weeks", "week_offset"),
                ("anchored_days", "anchored"), ("lead_days", "lead_day"), ("day_units", "unit"),
                ("event_units", "event_unit"), ("event_days", "event_day"), ("numbers", "number"),
                ("months_alone", "month_alone"), ("month_parts", "month_part"),
                ("day_ordinals", "day_ordinal"), ("past_seasons", "season_offset"),
                ("two_way_days", "two_way"), ("day_months", "day_month"), ("units_ago", "ago_unit"),
                ("time_units", "time_unit"), ("single_units", "single_unit"))


# Words that make a count of days a length of time ("for a day"), not a day counted from an event.
_DURATIONS = frozenset({"fur", "for", "pour", "pendant", "durante", "per"})  # folded: "für" is "fur"


@dataclass(frozen=True, slots=True)
class CountsFrom:
    """The words that make a count back count from an event the text names, not from the report's day.

    Folded, as a token's form is: a "from" right before the count, one right after it, and the "ago"
    postpositions that govern a case -> that case's endings on the word before the count (Lexicon
    counts_from_before, counts_from_after, counts_from_cases).
    """

    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    cases: dict[str, tuple[str, ...]] = field(default_factory=dict)


_NO_COUNTS = CountsFrom()


class DateIndex(PhraseIndex[DateWord]):
    """The date words of some lexicons, and what makes their counts back count from an event."""

    def __init__(self, counts_from: CountsFrom) -> None:
        super().__init__()
        self.counts_from = counts_from


def _counts_from(lexicons: Sequence[Lexicon]) -> CountsFrom:
    cases: dict[str, tuple[str, ...]] = {}
    for lex in lexicons:
        for word, endings in lex.counts_from_cases.items():
            cases[fold(word)] = (*cases.get(fold(word), ()), *map(fold, endings))
    return CountsFrom(frozenset(fold(w) for lex in lexicons for w in lex.counts_from_before),
                      frozenset(fold(w) for lex in lexicons for w in lex.counts_from_after), cases)


def build_date_index(lexicons: Iterable[Lexicon]) -> DateIndex:
    """Index the month, weekday, relative-day, qualifier and marker words of every lexicon."""
    lexicons = list(lexicons)
    index = DateIndex(_counts_from(lexicons))
    for lex in lexicons:
        for field_name, kind in _VALUE_KINDS:
            for phrase, value in getattr(lex, field_name).items():
                index.add(fold_phrase(phrase, lex.tones), DateWord(kind, value))
        for field_name, kind in _PHRASE_KINDS:
            for phrase in getattr(lex, field_name):
                index.add(fold_phrase(phrase, lex.tones), DateWord(kind, 0))
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


_FIRST, _LAST = itemgetter(0), itemgetter(1)  # a match's first and last token (a token's form: _FIRST)
_KIND = attrgetter("kind")  # a date word's kind


# The kinds of date word an expression may begin with: what _han, _slashed, _spelled, _counted and _single
# read at the token they are tried at. A phrase of no such kind only leads into a date or trails one ("in",
# "during", "ago", "last" before a month): find_dates tries no reader there, as every reader would find
# nothing.
_OPENERS = frozenset({"month", "solar_month", "hijri_month", "day_ordinal", "number", "month_offset",
                      "year_offset", "week_offset", "season_offset", "weekday", "offset", "two_way",
                      "anchored", "lead_day", "event_day", "day_lead", "day_alone_lead", "ago_lead"})
# Of those, the kinds only _counted reads ("a", "two", "trois" in words; digits are tried anyway): a date
# only where its unit, a date word, follows ("a day after", "trois jours plus tard"). "a factory", "two
# leaders" begin none, and English writes "a" in most sentences: every reader would be tried there.
_COUNTS = frozenset({"number"})
# A month word, and the same word as a dateline's short month ("mar" in Spanish): "Mar-a-Lago" is neither.
_MONTH_KINDS = frozenset({"month", "day_month"})


class _Words:
    """The date words of a span, found once, looked up by their first and their last token."""

    def __init__(self, matches: Sequence[Match[DateWord]], counts_from: CountsFrom = _NO_COUNTS) -> None:
        self.counts_from = counts_from
        # (built in C: no comprehension per sentence)
        self.at = dict(zip(map(_FIRST, matches), matches, strict=True))
        self.ending = dict(zip(map(_LAST, matches), matches, strict=True))
        # where a phrase of an _OPENERS kind begins (a plain loop: a sentence holds a date word or two); a
        # count in words only where a date word follows it (see _COUNTS)
        self.opening: set[int] = set()
        at = self.at
        for m in matches:
            for p in m.payloads:
                if p.kind in _OPENERS and (p.kind not in _COUNTS or m.last in at):
                    self.opening.add(m.first)
                    break

    def kinds_at(self, i: int) -> set[str]:
        m = self.at.get(i)
        return set(map(_KIND, m.payloads)) if m else set()  # (in C: no comprehension per word)

    def value(self, i: int, kind: str) -> tuple[int, int] | None:
        """Return (value, end token) of a word of the kind starting at token i."""
        m = self.at.get(i)
        if m is None:
            return None
        for p in m.payloads:
            if p.kind == kind:
                return p.value, m.last
        return None

    def ends_with(self, i: int, kinds: tuple[str, ...]) -> bool:
        """Tell whether a word of one of the kinds ends right before token i."""
        m = self.ending.get(i)
        return m is not None and any(p.kind in kinds for p in m.payloads)


def find_dates(index: DateIndex, tokens: Sequence[Token], text: str, lo: int, hi: int) -> list[DateExpr]:
    """Find the date expressions in tokens[lo:hi] (text is the document the tokens point into)."""
    out: list[DateExpr] = []
    found = index.find(tokens, lo, hi)
    if not found and "".join(map(_FIRST, tokens[lo:hi])).isalpha():
        return out  # no date word and no word in digits (most sentences): no reader begins anywhere (_tried)
    words = _Words(found, index.counts_from)
    i = lo  # the first token a date may begin at (past the last date found)
    for at in _tried(tokens, lo, hi, words.opening):
        if at < i or (at not in words.opening and not tokens[at].form[:1].isdigit()):
            continue  # (no reader finds a date at a word that only leads into one: see _OPENERS)
        i = at
        if "month" in (kinds := words.kinds_at(i)) and kinds <= _MONTH_KINDS and words.at[i].last == i + 1 \
                and _hyphened(tokens[i], text):
            i += 1  # "Mar-a-Lago" is no March (a weekday may be: "segunda-feira")
            continue
        expr = (_han(tokens, words, i, hi) or _numeric(tokens, text, i, hi)
                or _slashed(tokens, text, words, i, hi) or _day_alone(tokens, words, i, hi)
                or _spelled(tokens, words, i, hi)
                or _counted(tokens, words, i, hi) or _single(tokens, words, i, hi)
                or _listed(out, tokens, text, words, i, hi))
        if expr is None:
            i += 1
            continue
        if out and expr.year is not None and expr.month is not None and expr.day is None \
                and _listed_month(out[-1]) and out[-1].year is None and _list_gap(tokens, text, out[-1], i):
            # "in March and April 2023": the year told once, at the list's end, is every month's
            out[-1] = replace(out[-1], year=expr.year)
        if expr.event and i > lo and tokens[i - 1].form in _DURATIONS:
            i = expr.last  # "für einen Tag nach Peking gereist": a stay's length, not "a day after"
            continue
        expr = _trailing(expr, tokens, words, hi)
        if expr.weekday is not None and not expr.past and expr.first > lo \
                and "past" in words.kinds_at(expr.first - 1) and words.at[expr.first - 1].last == expr.first \
                and tokens[expr.first - 1].form not in _SAME_WEEK:
            # "el pasado jueves", "am vergangenen Donnerstag", "last Thursday": the weekday before the
            # report's (a week back when the report is of that weekday)
            expr = replace(expr, first=expr.first - 1, past=True)
        if expr.day is not None and expr.month is None and expr.year is None and expr.offset is None:
            # "翌17日", "次日15日": the next day, its day of the month told again (of the narrative's month,
            # not the publication's)
            if out and out[-1].anchored and out[-1].last == expr.first:
                out[-1] = replace(out[-1], last=expr.last, day=expr.day)
                i = expr.last
                continue
            if expr.first > lo and tokens[expr.first - 1].form in _HAN_NEXT \
                    and tokens[expr.first - 1].end == tokens[expr.first].start:
                expr = DateExpr(expr.first - 1, expr.last, offset=1, anchored=True, day=expr.day)
        if words.ends_with(expr.first, ("zone",)):
            i = max(expr.last, i + 1)  # "（日本時間8日未明）": the same moment on another zone's clock
            continue
        if expr.month is None and expr.last < hi and _bracketed_day(tokens[expr.last], text):
            # "segunda-feira (29)", "ontem (16)": one expression; a weekday's bracketed day is its date
            day = int(tokens[expr.last].form) if expr.weekday is not None else None
            expr = replace(expr, last=expr.last + 1, day=day or expr.day)
        elif expr.weekday is not None and expr.month is None and (
                bracketed := _bracketed_day_month(tokens, text, expr.last, hi)) is not None:
            # "Senin (13/5)", "Rabu (28/5/2025)": the Indonesian agencies' day and month after the weekday
            expr = replace(expr, last=bracketed[0], day=bracketed[1], month=bracketed[2], year=bracketed[3])
        elif expr.day is not None and expr.month is not None:
            expr = _weekday_after(expr, tokens, words, hi)
        if out and (both := _with_weekday(out[-1], expr, tokens)) is not None:
            out[-1] = both
            i = max(expr.last, i + 1)
            continue
        if _listed_year(expr) or (_listed_month(expr) and expr.year is None):
            out += _listed_before(tokens, text, words, expr, out[-1].last if out else lo)
        out.append(expr)
        i = max(expr.last, i + 1)
    return out


# Words that join the members of a list of dates ("in 2019, 2021 and 2023", "in March and May", "en 2021 y
# 2023", "2021 und 2023", "w 2021 i 2023", "2021 ve 2023"): folded.
_LIST_JOINS = frozenset({"and", "et", "y", "e", "ed", "und", "en", "i", "oraz", "и", "ve", "و", "va"})
# The most words between two members of a list of dates (a join word, or none after a comma).
_LIST_GAP = 1


def _listed_month(e: DateExpr) -> bool:
    """Tell whether an expression is a Gregorian month named without its day (with or without a year)."""
    return e.month is not None and e.day is None and e.weekday is None and e.offset is None \
        and e.year_offset is None and not e.solar and not e.hijri


def _listed_year(e: DateExpr) -> bool:
    """Tell whether an expression is a Gregorian year alone."""
    return e.year is not None and e.month is None and e.day is None and e.weekday is None \
        and e.offset is None and not e.solar and not e.hijri


def _list_gap(tokens: Sequence[Token], text: str, prev: DateExpr, i: int) -> bool:
    """Tell whether only a comma or a join word ("and") stands between a date and token i."""
    gap = tokens[prev.last : i]
    if len(gap) > _LIST_GAP or (gap and gap[0].form not in _LIST_JOINS):
        return False
    between = text[tokens[prev.last - 1].end : tokens[i].start]
    for t in gap:
        between = between.replace(text[t.start : t.end], " ", 1)
    return between.strip() in ("", ",") if gap else between.strip() == ","


def _listed_before(tokens: Sequence[Token], text: str, words: _Words, expr: DateExpr,
                   floor: int) -> list[DateExpr]:
    """Return the years or months listed bare before one read by its tail: "2021 ve 2023 yıllarında".

    Turkish puts the year or month word after the last member only ("mart ve mayıs aylarında": in March
    and May); each member before it is a date of the same kind.
    """
    found: list[DateExpr] = []
    cur = expr
    month = _listed_month(expr) and expr.year is None
    while True:
        y = cur.first
        if y - 1 >= floor and tokens[y - 1].form in _LIST_JOINS:
            y -= 1
        m = words.ending.get(y) if month else None
        hit = words.value(m.first, "month") if m is not None else None
        at = m.first if m is not None and hit is not None else y - 1
        if at < floor or (hit is None if month else _year(tokens[at]) is None) \
                or not _list_gap(tokens, text, DateExpr(at, y if month else at + 1), cur.first):
            return found
        cur = DateExpr(at, y, month=hit[0]) if hit is not None \
            else DateExpr(at, at + 1, year=_year(tokens[at]))
        found.insert(0, cur)


def _listed(out: Sequence[DateExpr], tokens: Sequence[Token], text: str, words: _Words, i: int,
            hi: int) -> DateExpr | None:
    """Return a year or month a list names without its own lead: "in 2019, 2021 and 2023", "in March and May".

    The word after a year alone is a year, after a month named without its day a month (with its year if
    one follows); between the two only a comma or a join word. "May" after "in March and" is the month.
    """
    if not out or not _list_gap(tokens, text, out[-1], i):
        return None
    prev = out[-1]
    if _listed_year(prev):
        year = _year(tokens[i])
        if year is None:
            return None
        tail = i + 1 < hi and "year_tail" in words.kinds_at(i + 1)
        return DateExpr(i, words.at[i + 1].last if tail else i + 1, year=year)
    if not _listed_month(prev):
        return None
    hit = words.value(i, "month")
    if hit is None:
        return None
    month, end = hit
    k = _skip_fillers(tokens, end, hi)
    year = _year(tokens[k]) if k < hi else None
    return DateExpr(i, k + 1, year=year, month=month) if year is not None else DateExpr(i, end, month=month)


# The most words between a count of days or a week and the weekday told beside it (", on", ", el", "، يوم",
# "de": "jeudi de la semaine dernière").
_APPOSED = 3
_COMMAS = frozenset({",", "،"})
_APPOSING = frozenset({"della", "dello"})  # (longer than three letters: "giovedì della settimana scorsa")


def _with_weekday(a: DateExpr, b: DateExpr, tokens: Sequence[Token]) -> DateExpr | None:
    """Join a weekday and a count of days or a week told beside it, in either order.

    "Three days earlier, on Monday", "Le lendemain, mardi": the count from the narrative's day, with the
    weekday it names; "on Thursday last week", "в четверг на прошлой неделе", "پنجشنبه هفته گذشته": that
    week's Thursday. Only commas and short words (prepositions, articles) may stand between them.
    """
    if b.first - a.last > _APPOSED or not all(t.form in _COMMAS or t.form in _APPOSING
                                              or (len(t.form) <= 3 and t.form.isalpha())
                                              for t in tokens[a.last : b.first]):
        return None
    count, day = (a, b) if b.offset is None else (b, a)
    if day.weekday is None or not 0 <= day.weekday < 7 or day.offset is not None or day.day is not None \
            or day.month is not None:
        return None
    if count.offset is None or count.event or count.weekday is not None or count.day is not None:
        return None
    if count.unit == "week":  # a weekday of another calendar week: weekday + 7 x weeks (see resolve)
        return DateExpr(a.first, b.last, weekday=day.weekday + 7 * count.offset)
    if count.unit == "day" and count.anchored:
        return replace(count, first=a.first, last=b.last, named_weekday=day.weekday)
    return None


def _tried(tokens: Sequence[Token], lo: int, hi: int, opening: set[int]) -> Iterable[int]:
    """Return the tokens the readers may be tried at, in order: the opening words, unless a word has digits.

    A sentence whose words are letters only (most: told by one test in C, no test per word) holds no
    word in digits, so its opening date words are all a reader may begin at; else every word is looked at.
    """
    if "".join(map(_FIRST, tokens[lo:hi])).isalpha():  # (a digit is never a letter)
        return sorted(opening)
    return range(lo, hi)


# The characters Chinese (and Japanese) write after a year, a month and a day in digits ("2025年11月28日",
# "28日", "28号"); after the tokenizer each is a token of its own.
_HAN_YEAR, _HAN_MONTH, _HAN_DAYS = "年", "月", frozenset("日号號")
# "翌17日": the next day, the 17th (Japanese writes the day after "翌", the next)
_HAN_NEXT = frozenset("翌")
# a past word before a weekday that keeps it in the report's week: AP's "earlier Thursday" is the same day
_SAME_WEEK = frozenset({"earlier"})
# "2日間" (for two days): a count of days, no date
_HAN_SPAN = frozenset(("間", "间"))
_HAN_RANGE = frozenset(("至", "到", "から"))  # "3日至5日", Japanese "1日から6日まで": the 3rd to the 5th
# "号" is also a house's or a thing's number: after a street, a road or "第" it is no day ("唐宁街10号")
_HAN_NUMBER_MARKS, _HAN_ADDRESS = frozenset("号號"), frozenset("街路道巷弄第")


# Korean writes the same units in Hangul after the digits ("2024년 5월 13일"; the tokenizer cuts them off
# the digits), a particle often glued on ("13일에"): read as their Han characters.
_KO_MARKS = {fold("년"): _HAN_YEAR, fold("월"): _HAN_MONTH, fold("일"): "日"}


def _mark(tok: Token) -> str:
    """Return the Han date mark a token is: itself, or the Han character of a Korean unit ("년", "일에")."""
    if not hangul_script(tok.form):
        return tok.form
    return next((_KO_MARKS[k] for k in tok.keys if k in _KO_MARKS), tok.form)


def _han(tokens: Sequence[Token], words: _Words, i: int, hi: int) -> DateExpr | None:
    """2025年11月28日, 11月28日, 28日 (a day of the month the report is in), 今年3月, 去年11月28日."""
    year = year_offset = None
    j = i
    months = words.value(i, "month_offset")
    if months is not None and months[1] + 1 < hi and tokens[months[1]].form.isdigit() \
            and _mark(tokens[months[1] + 1]) in _HAN_DAYS and 1 <= int(tokens[months[1]].form) <= 31:
        # "先月30日", "上月28日", "今月3日": a day of a relative month
        return DateExpr(i, months[1] + 2, offset=months[0], unit="month", day=int(tokens[months[1]].form))
    rel = words.value(i, "year_offset")
    if rel is not None and rel[1] + 1 < hi and _mark(tokens[rel[1] + 1]) == _HAN_MONTH:
        year_offset, j = rel[0], rel[1]  # "今年3月", "去年11月28日"
    elif j + 1 >= hi or not tokens[j].form.isdigit() \
            or (_mark(tokens[j + 1]) not in (_HAN_YEAR, _HAN_MONTH)
                and _mark(tokens[j + 1]) not in _HAN_DAYS):
        return None
    if j + 1 < hi and _mark(tokens[j + 1]) == _HAN_YEAR:
        year = _year(tokens[j])
        if year is None:
            return None
        j += 2
    month = day = None
    if j + 1 < hi and tokens[j].form.isdigit() and _mark(tokens[j + 1]) == _HAN_MONTH \
            and 1 <= int(tokens[j].form) <= 12:
        month = int(tokens[j].form)
        j += 2
    if j + 1 < hi and tokens[j].form.isdigit() and _mark(tokens[j + 1]) in _HAN_DAYS \
            and 1 <= int(tokens[j].form) <= 31 and (month is not None or year is None):
        day = int(tokens[j].form)
        j += 2
    if day is not None and month is None and tokens[j - 1].form in _HAN_NUMBER_MARKS and i > 0 \
            and tokens[i - 1].form[-1:] in _HAN_ADDRESS:
        return None  # "唐宁街10号" is Downing Street's number 10, no day
    if day is not None and month is None and j < hi and tokens[j].form in _HAN_SPAN:
        return None  # "計2日間にわたり": for two days, no day of the month
    if month is None and day is None:
        # "2025年" alone: a year; a month of a relative year needs its month
        return DateExpr(i, j, year=year) if year is not None and year_offset is None else None
    if day is not None and j + 2 < hi and tokens[j].form in _HAN_RANGE:
        # "12月3日至5日", "3日至6月2日": a span is dated by its first day
        k = j + 1
        if k + 1 < hi and tokens[k].form.isdigit() and tokens[k + 1].form == _HAN_MONTH:
            k += 2
        if k + 1 < hi and tokens[k].form.isdigit() and tokens[k + 1].form in _HAN_DAYS:
            j = k + 2
    return DateExpr(i, j, year=year, month=month, day=day, year_offset=year_offset)


def _day_of_relative_year(tokens: Sequence[Token], words: _Words, i: int, k: int, offset: int,
                          hi: int) -> DateExpr | None:
    """Read the day and month right after a relative year at i: "L'anno scorso, il 21 febbraio".

    One short word (an article or preposition: "il", "on", "le") may stand before the day; the day and
    month without a year of their own fall in that year (the date began at i).
    """
    if k < hi and len(tokens[k].form) <= 3 and tokens[k].form.isalpha():
        k += 1
    expr = _spelled(tokens, words, k, hi) if k < hi else None
    if expr is None or expr.day is None or expr.month is None or expr.year is not None:
        return None
    return replace(expr, first=i, year_offset=offset)


def _weekday_after(expr: DateExpr, tokens: Sequence[Token], words: _Words, hi: int) -> DateExpr:
    """Take in the weekday a calendar date names after it ("9 Mart 2020 Pazartesi günü"): the same day."""
    j = expr.last
    if j < hi and tokens[j].form in (",", "،"):
        j += 1
    hit = words.value(j, "weekday") if j < hi else None
    return replace(expr, last=hit[1]) if hit is not None else expr


def _hyphened(tok: Token, text: str) -> bool:
    """Tell whether a word is the head of a hyphened name ("Mar-a-Lago"): a letter follows its hyphen."""
    return text[tok.end : tok.end + 1] == "-" and text[tok.end + 1 : tok.end + 2].isalpha()


def _bracketed_day(tok: Token, text: str) -> bool:
    """Tell whether a token is a day of the month in brackets, as Brazilian news write after a weekday."""
    return len(tok.form) <= 2 and tok.form.isdigit() and text[tok.start - 1 : tok.start] == "(" \
        and text[tok.end : tok.end + 1] == ")"


def _bracketed_day_month(tokens: Sequence[Token], text: str, j: int,
                         hi: int) -> tuple[int, int, int, int | None] | None:
    """Read "(13/5)" or "(13/5/2024)" at token j: (the token after it, day, month, year or None)."""
    if j + 1 >= hi or text[tokens[j].start - 1 : tokens[j].start] != "(":
        return None
    parts = [tokens[j]]
    while len(parts) < 3 and j + len(parts) < hi and _sep(text, parts[-1], tokens[j + len(parts)]) == "/":
        parts.append(tokens[j + len(parts)])
    if len(parts) < 2 or text[parts[-1].end : parts[-1].end + 1] != ")" \
            or not all(p.form.isdigit() for p in parts):
        return None
    day, month = int(parts[0].form), int(parts[1].form)
    year = _year(parts[2]) if len(parts) == 3 else None
    if not (1 <= day <= 31 and 1 <= month <= 12) or (len(parts) == 3 and year is None):
        return None
    return j + len(parts), day, month, year


def _trailing(expr: DateExpr, tokens: Sequence[Token], words: _Words, hi: int) -> DateExpr:
    """Extend an expression by what may follow it: "last" ("27 July last"), "of last year", "ayında"."""
    j = expr.last
    if expr.month is not None and expr.year is None:
        k = _skip_fillers(tokens, j, hi)
        rel = words.value(k, "year_offset") if k < hi else None
        if rel is not None:  # "October of last year", "октября прошлого года", "septiembre del año pasado"
            return replace(expr, last=rel[1], year_offset=rel[0])
    if "past" in words.kinds_at(j):
        return replace(expr, last=words.at[j].last, past=True)
    if "month_tail" in words.kinds_at(j) and expr.month is not None:
        return replace(expr, last=words.at[j].last)
    return expr


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
    elif s1 != "-" and len(a.form) == len(b.form) == len(c.form) == 2:
        # "08.04.25", "08/04/25": a page's stamp with a two-digit year, as Israeli and other sites write it
        # (padded to two digits each: "1/2/3" is no date)
        year, month, day = 2000 + z, y, x
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if 1900 <= year <= 2100:
        return DateExpr(i, i + 3, year=year, month=month, day=day)
    if len(a.form) == 4 and 1300 <= year <= 1500 and _PERSIAN_DIGITS.issuperset(text[a.start : a.end]):
        # "۱۴۰۳/۰۷/۲۰": a year first in Persian digits is a Solar Hijri date (Arabic pages write a lunar
        # Hijri year in other digits, with its era mark)
        return DateExpr(i, i + 3, year=year, month=month, day=day, solar=True)
    return None


_PERSIAN_DIGITS = frozenset("۰۱۲۳۴۵۶۷۸۹")


# What joins a day and its month after a day word: a slash, or a hyphen as several Vietnamese papers write
# ("ngày 20-6", "ngày 20-6-2024"); a dot is left out ("ב-1.5" is a number, no day).
_DAY_MONTH_SEPS = frozenset("/-")


def _slashed(tokens: Sequence[Token], text: str, words: _Words, i: int, hi: int) -> DateExpr | None:
    """"sáng 15/4", "hôm 18/3", "ngày 20/6/2024", "ngày 20-6": a day and month after a day word."""
    lead = words.value(i, "day_lead")
    if lead is None:
        return None
    j = lead[1]
    if j + 1 >= hi or not (tokens[j].form.isdigit() and tokens[j + 1].form.isdigit()) \
            or (sep := _sep(text, tokens[j], tokens[j + 1])) not in _DAY_MONTH_SEPS:
        return None
    day, month = int(tokens[j].form), int(tokens[j + 1].form)
    third = j + 2 < hi and tokens[j + 2].form.isdigit()
    if third and sep == "-" and _sep(text, tokens[j + 1], tokens[j + 2]) == "/":
        # "ngày 5-6/6": the 5th to the 6th of June, dated by its first day
        month = int(tokens[j + 2].form)
        return DateExpr(i, j + 3, month=month, day=day) if 1 <= day <= 31 and 1 <= month <= 12 else None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if third and _sep(text, tokens[j + 1], tokens[j + 2]) == sep:
        year = _year(tokens[j + 2])
        return DateExpr(i, j + 3, year=year, month=month, day=day) if year is not None else None
    return DateExpr(i, j + 2, month=month, day=day)


def _day_alone(tokens: Sequence[Token], words: _Words, i: int, hi: int) -> DateExpr | None:
    """"el pasado día 11", "no dia 13", "στις 13 του μήνα", "ב-7 לחודש": a day of the month without its month.

    After a lead, a day a month follows is left to _spelled ("el día 11 de abril").
    """
    lead = words.value(i, "day_alone_lead")
    j = lead[1] if lead is not None else i
    if j >= hi:
        return None
    day = _number(tokens[j])
    if day is None or not 1 <= day <= 31 or not tokens[j].form[:1].isdigit():
        return None
    k = _skip_fillers(tokens, j + 1, hi)
    # (a tail may open with a filler: "του μήνα", "de este mes")
    tail = next((hit for at in (j + 1, k) if at < hi and (hit := words.value(at, "day_alone_tail"))), None)
    if tail is not None:
        return DateExpr(i, tail[1], day=day)
    if lead is None or (k < hi and (_month_at(words, k) is not None
                                    or words.value(k, "day_month") is not None)):
        return None
    return DateExpr(i, j + 1, day=day)


def _year_lead_skipped(tokens: Sequence[Token], words: _Words, k: int, hi: int) -> int:
    """Step over a year word between a month and its year ("ngày 15 tháng 3 năm 2025": "năm" is "year")."""
    lead = words.value(k, "year_lead") if k < hi else None
    if lead is not None and lead[1] < hi and _year(tokens[lead[1]]) is not None \
            and words.value(k, "month_lead") is None:
        return lead[1]
    return k


def _skip_fillers(tokens: Sequence[Token], j: int, hi: int) -> int:
    while j < hi and tokens[j].form in _DATE_FILLERS:
        j += 1
    return j


# What may stand before a month named alone ("in", "early", "in early", "last").
_MONTH_LEADS = ("month_lead", "year_lead", "past")
_CALENDARS = {"month": (False, False), "solar_month": (True, False), "hijri_month": (False, True)}


def _month_at(words: _Words, j: int) -> tuple[int, int, bool, bool] | None:
    """Return (month, end token, solar, hijri) of a month word starting at token j."""
    for kind, (solar, hijri) in _CALENDARS.items():
        hit = words.value(j, kind)
        if hit is not None:
            # Arabic names a month twice, in two calendars' names ("أكتوبر/تشرين الأول 2022",
            # "تموز/ يوليو"): one month, and the year after the second name is the date's
            again = words.value(hit[1], kind)
            end = again[1] if again is not None and again[0] == hit[0] else hit[1]
            return hit[0], end, solar, hijri
    return None


def _calendar_year(tok: Token, solar: bool, hijri: bool) -> int | None:
    if hijri:
        if len(tok.form) == 4 and tok.form.isdigit() and 1300 <= int(tok.form) <= 1500:
            return int(tok.form)
        return None
    return _year(tok, solar)


def _spelled(tokens: Sequence[Token], words: _Words, i: int, hi: int) -> DateExpr | None:
    """9 January 2026, January 9, 2026, 9 de enero, March 2023, 20 марта, ۱۵ آبان ۱۴۰۳, اول آذر, June."""
    day, day_end = _number(tokens[i]), i + 1
    if day is None and (ordinal := words.value(i, "day_ordinal")) is not None \
            and not words.ends_with(i, ("ordinal_head",)):
        day, day_end = ordinal  # "اول آذر", "primeiro de maio"
    if day is not None and 1 <= day <= 31:
        j = _skip_fillers(tokens, day_end, hi)
        mo = _month_at(words, j) if j < hi else None
        if mo is None:
            short = words.value(j, "day_month") if j < hi else None
            if short is None or not _dateline_short(tokens, short[1], hi):
                return None
            mo = short[0], short[1], False, False  # "4 dic", "12 GEN": a dateline's short month
        month, end, solar, hijri = mo
        k = _year_lead_skipped(tokens, words, _skip_fillers(tokens, end, hi), hi)
        year = _calendar_year(tokens[k], solar, hijri) if k < hi else None
        if hijri and year is None and not (k < hi and "hijri_mark" in words.kinds_at(k)):
            return None  # "١٥ رمضان": a lunar month needs its year or era mark to be a date here
        return DateExpr(i, k + 1 if year else end, year=year, month=month, day=day, solar=solar, hijri=hijri)
    # "last year in October", "geçen yıl ekim ayında": a relative year before the month
    rel = words.value(i, "year_offset")
    if rel is not None:
        k = _skip_fillers(tokens, rel[1], hi)
        mo = _month_at(words, k) if k < hi else None
        if mo is not None and not mo[2] and not mo[3]:
            return DateExpr(i, mo[1], month=mo[0], year_offset=rel[0])
        return _day_of_relative_year(tokens, words, i, k, rel[0], hi)
    year = _year(tokens[i])
    if year is not None:  # "2019'un aralık ayında", "2019 yılının kasım ayında": the year's month
        k = i + 1
        while k < hi and k <= i + 2 and (_attached(tokens, k) or "year_tail" in words.kinds_at(k)):
            k += 1
        # (right after the year only a month that is a date by itself, Hungarian "2022 áprilisában": in April
        # 2022; "the 2022 March talks" dates nothing)
        alone = k == i + 1 < hi and "month_alone" in words.kinds_at(k)
        mo = _month_at(words, k) if i + 1 < k < hi or alone else None
        if mo is None or mo[3]:
            return None
        d = _number(tokens[mo[1]]) if mo[1] < hi and not mo[2] else None
        if d is not None and 1 <= d <= 31 and _year(tokens[mo[1]]) is None:
            # "2024-cü il avqustun 19-da": the month's genitive, then its day (Azerbaijani)
            return DateExpr(i, mo[1] + 1, year=year, month=mo[0], day=d)
        return DateExpr(i, mo[1], year=year, month=mo[0], solar=mo[2])
    mo = _month_at(words, i)
    if mo is None:
        return None
    month, end, solar, hijri = mo
    if end < hi and not hijri:
        d = _number(tokens[end])
        if d is not None and 1 <= d <= 31 and _year(tokens[end]) is None and not solar:
            k = _skip_fillers(tokens, end + 1, hi)
            year = _year(tokens[k]) if k < hi else None
            return DateExpr(i, k + 1 if year else end + 1, year=year, month=month, day=d)
    k = _skip_fillers(tokens, end, hi)
    j = i
    while j > 0 and i - j < 3 and tokens[j - 1].form in _DATE_FILLERS:
        j -= 1  # "fin du mois de juillet", "the end of June"
    part = _month_part(words, i, j) if solar else None
    if k < hi and _calendar_year(tokens[k], solar, hijri) is not None:
        return DateExpr(i, k + 1, year=_calendar_year(tokens[k], solar, hijri), month=month, solar=solar,
                        hijri=hijri, part=part)
    if hijri:
        return None
    # A month named alone is a date only with a word that makes it one: "in November", "early June",
    # "last April", "haziran ayında", "October last year", "juin dernier".
    lead = words.ends_with(i, _MONTH_LEADS) or words.ends_with(j, _MONTH_LEADS)
    after = words.kinds_at(k if k < hi else end) | words.kinds_at(end)
    if lead or after & {"month_tail", "past", "year_offset"} or "month_alone" in words.kinds_at(i):
        return DateExpr(i, end, month=month, solar=solar, past=words.ends_with(i, ("past",)), part=part)
    return None


def _month_part(words: _Words, i: int, j: int) -> int | None:
    """Return the day an early, mid or late word before a month points to ("اوایل اسفند": 5), or None.

    The word ends right before the month (at i) or before the fillers between them (at j: "اواخر ماه بهمن").
    """
    for at in (i, j):
        m: Match[DateWord] | None = words.ending.get(at)
        if m is not None:
            for p in m.payloads:
                if p.kind == "month_part":
                    return p.value
    return None


def _dateline_short(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """Tell whether a short month ends its date: a year, a mark ("(EFE)", " - ", ".") or nothing follows.

    "12 mar adentro" (twelve sea miles out) has a word after a plain space: no date.
    """
    return end >= hi or _year(tokens[end]) is not None or tokens[end].start - tokens[end - 1].end > 1


def _attached(tokens: Sequence[Token], k: int) -> bool:
    """Tell whether a short token hangs on the word before it by one mark: the "un" of "2019'un"."""
    return len(tokens[k].form) <= 3 and tokens[k].start == tokens[k - 1].end + 1


def _counted(tokens: Sequence[Token], words: _Words, i: int, hi: int) -> DateExpr | None:
    """"two days later", "3 days earlier", "trois jours plus tard", "three days ago", "in 2022", "2022'de"."""
    n: int | None = None
    end = i + 1
    if tokens[i].form.isdigit() and len(tokens[i].form) <= 2:
        n = int(tokens[i].form)
    else:
        hit = words.value(i, "number")
        if hit is not None:
            n, end = hit
    if n is not None and 0 < n <= _MAX_DAYS and end < hi:
        unit = words.value(end, "unit")
        if unit is not None:
            return DateExpr(i, unit[1], offset=n * unit[0], anchored=True)
        unit = words.value(end, "event_unit")
        if unit is not None:
            return DateExpr(i, unit[1], offset=n * unit[0], anchored=True, event=True)
        if "unit_ago" in words.kinds_at(end) and not _before_event(tokens, words, i, words.at[end].last, hi):
            return DateExpr(i, words.at[end].last, offset=-n)
        ago = words.value(end, "ago_unit")
        if ago is not None and not _before_event(tokens, words, i, ago[1], hi):
            return _ago(i, ago[1], n, ago[0])  # "two months ago", "три недели назад", "两个月前"
    lead = words.value(i, "ago_lead")
    if lead is not None and lead[1] < hi:  # "il y a deux mois", "hace tres semanas", "לפני שבועיים"
        expr = _led_ago(tokens, words, i, lead[1], hi)
        return None if expr is None or _before_event(tokens, words, i, expr.last, hi) else expr
    year = _year(tokens[i])
    if year is not None:
        tail = i + 1 < hi and "year_tail" in words.kinds_at(i + 1)
        if words.ends_with(i, ("year_lead",)) or tail:
            return DateExpr(i, words.at[i + 1].last if tail else i + 1, year=year)
    return None


def _led_ago(tokens: Sequence[Token], words: _Words, i: int, j: int, hi: int) -> DateExpr | None:
    """Read the count and unit after an "ago" word at i (its count at j): "לפני חודשיים"."""
    single = words.value(j, "single_unit")
    if single is not None:
        return _ago(i, single[1], 1, single[0])
    count = (int(tokens[j].form), j + 1) if tokens[j].form.isdigit() and len(tokens[j].form) <= 2 \
        else words.value(j, "number")
    if count is None:
        return None
    n, end = count
    unit = words.value(end, "time_unit") if 0 < n <= _MAX_DAYS and end < hi else None
    if unit is None or (unit[1] < hi and _year(tokens[unit[1]]) is not None):
        return None  # (a year after the unit: "before the year 2019", no count back)
    return _ago(i, unit[1], n, unit[0])


def _before_event(tokens: Sequence[Token], words: _Words, first: int, last: int, hi: int) -> bool:
    """Tell whether a count back at [first, last) counts from an event the text names, not the report."""
    prev = tokens[first - 1].form if first > 0 else ""
    counts = words.counts_from
    case = counts.cases.get(tokens[last - 1].form)
    return prev in counts.before or (last < hi and tokens[last].form in counts.after) \
        or (case is not None and prev.endswith(case))


def _ago(first: int, last: int, n: int, days: int) -> DateExpr:
    """Return n units of `days` days back: so many days, or the month so many weeks, months or years back."""
    for base, unit, scale in ((365, "month", 12), (30, "month", 1), (7, "week", 1)):
        if days % base == 0:
            return DateExpr(first, last, offset=-n * (days // base) * scale, unit=unit)
    return DateExpr(first, last, offset=-n * days)


def _single(tokens: Sequence[Token], words: _Words, i: int, hi: int) -> DateExpr | None:
    """One word or phrase: a weekday, "yesterday", "last year", "last week", "the next day"."""
    m = words.at.get(i)
    if m is None:
        return None
    for w in m.payloads:
        if w.kind == "weekday":
            return DateExpr(m.first, m.last, weekday=w.value)
        if w.kind == "offset":
            return DateExpr(m.first, m.last, offset=w.value)
        if w.kind == "two_way":
            return DateExpr(m.first, m.last, offset=w.value, two_way=True)
        if w.kind == "anchored":
            return DateExpr(m.first, m.last, offset=w.value, anchored=True)
        if w.kind == "lead_day":
            return DateExpr(m.first, m.last, offset=w.value, anchored=True, lead=True)
        if w.kind == "event_day":
            return DateExpr(m.first, m.last, offset=w.value, anchored=True, event=True)
        if w.kind == "season_offset":
            # "au printemps 2023", "nell'estate del 2022", "летом 2022 года": that year's season, dated to
            # the year (a season is no month)
            k = _skip_fillers(tokens, m.last, hi)
            year = _year(tokens[k]) if k < hi else None
            if year is not None:
                return DateExpr(m.first, k + 1, year=year)
            if k > m.last and tokens[m.last].form == "of" and (k >= hi or k not in words.at):
                # "in the fall of Kabul": an English season's "of" with no year or date word after it is
                # no date (other languages' "of" opens a date told in words: "im Frühjahr des Jahres")
                return None
        if w.kind in ("year_offset", "month_offset", "week_offset", "season_offset"):
            return DateExpr(m.first, m.last, offset=w.value, unit=w.kind.split("_")[0])
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


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Convert a lunar Hijri date by the arithmetic (tabular) calendar: 1 Ramadan 1446 is 2025-03-01.

    Official calendars (Umm al-Qura, sightings) may differ by a day.
    """
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(days + 227014)


def resolve(expr: DateExpr, ref: date | None, future: bool = False,
            anchor: date | None = None) -> tuple[str, Precision] | None:
    """Turn an expression into (ISO date, precision) against a reference day; None when it cannot be.

    anchor is the day the narrative is at, for "the next day" and "two days later" (else the reference).
    """
    if expr.offset is not None:
        base = anchor if expr.anchored and anchor is not None else ref
        if base is None:
            return None
        if expr.unit == "year":
            return f"{base.year + expr.offset:04d}", "year"
        if expr.unit == "season":  # "last autumn" (offset: its middle month): the last one over, its year
            return f"{base.year if base.month >= expr.offset + 2 else base.year - 1:04d}", "year"
        if expr.unit == "month":
            months = base.year * 12 + base.month - 1 + expr.offset
            if expr.day is not None and expr.day <= monthrange(months // 12, months % 12 + 1)[1]:
                return f"{months // 12:04d}-{months % 12 + 1:02d}-{expr.day:02d}", "day"  # "先月30日"
            return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
        if expr.unit == "week":  # "last week": the month it was in
            day = base + timedelta(days=7 * expr.offset)
            return f"{day.year:04d}-{day.month:02d}", "month"
        # a two-way day word of a planned contact counts forward ("कल मुलाकात करेंगे": they meet tomorrow)
        days = -expr.offset if expr.two_way and future else expr.offset
        if expr.named_weekday is not None:  # "three days earlier, on Monday": that weekday, nearest the count
            days += (expr.named_weekday - (base + timedelta(days=days)).weekday() + 3) % 7 - 3
        return (base + timedelta(days=days)).isoformat(), "day"
    if expr.weekday is not None:
        if ref is None:
            return None
        if not 0 <= expr.weekday < 7:
            # a weekday of another calendar week ("上周二", "先週火曜日": last week's Tuesday, not the last
            # Tuesday when the report is out on a Thursday): the lexicon writes it weekday + 7 x weeks
            weeks, weekday = divmod(expr.weekday, 7)
            return (ref + timedelta(days=7 * weeks + weekday - ref.weekday())).isoformat(), "day"
        if expr.day is not None:  # "quarta-feira (11)": the last such day of the month, or the next one
            return _weekday_day(expr.day, ref, future)
        if future:
            delta = (expr.weekday - ref.weekday()) % 7
            return (ref + timedelta(days=delta)).isoformat(), "day"
        delta = (ref.weekday() - expr.weekday) % 7
        if delta == 0 and expr.past:
            delta = 7  # "الخميس الماضي", "giovedì scorso" in a report of a Thursday: the Thursday before
        return (ref - timedelta(days=delta)).isoformat(), "day"
    if expr.month is None and expr.day is not None and expr.year is None:
        # a day alone ("28日"): of the reference day's month, or the month before when that lies ahead
        return _weekday_day(expr.day, ref, future) if ref is not None else None
    if expr.month is None:
        return (f"{expr.year:04d}", "year") if expr.year is not None else None
    if expr.solar:
        return _resolve_solar(expr, ref, future)
    if expr.hijri:
        return _resolve_hijri(expr)
    year = expr.year
    if year is None and expr.year_offset is not None:
        if ref is None:
            return None
        year = ref.year + expr.year_offset
    if year is None:
        if ref is None:
            return None
        year = ref.year
        probe = _safe_date(year, expr.month, expr.day or 1)
        if probe is None:
            return None
        if not future and (probe > ref + timedelta(days=1)
                           or (expr.past and expr.day is None and expr.month == ref.month)):
            year -= 1  # "in October" said in September is last year's; so is "last October" in October
        elif future and probe < ref - timedelta(days=7):
            year += 1
    if expr.day is None:
        return f"{year:04d}-{expr.month:02d}", "month"
    d = _safe_date(year, expr.month, expr.day)
    return None if d is None else (d.isoformat(), "day")


def _weekday_day(day: int, ref: date, future: bool) -> tuple[str, Precision] | None:
    """Return the day of the month nearest the reference day on its side (past, or future if planned)."""
    months = ref.year * 12 + ref.month - 1
    for step in ((0, 1, 2) if future else (0, -1, -2)):
        d = _safe_date((months + step) // 12, (months + step) % 12 + 1, day)
        if d is not None and (d >= ref - timedelta(days=1) if future else d <= ref + timedelta(days=1)):
            return d.isoformat(), "day"
    return None


def _resolve_hijri(expr: DateExpr) -> tuple[str, Precision] | None:
    if expr.year is None or expr.month is None:
        return None
    if expr.day is None:  # the Gregorian month of the lunar month's middle
        mid = hijri_to_gregorian(expr.year, expr.month, 15)
        return f"{mid.year:04d}-{mid.month:02d}", "month"
    if expr.day > 30:
        return None
    return hijri_to_gregorian(expr.year, expr.month, expr.day).isoformat(), "day"


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
        # the Gregorian month most of the solar month falls in (its middle day's), or that of the part an
        # early or late names: a solar month straddles two Gregorian ones ("اوایل اسفند" is late February)
        mid = solar_to_gregorian(year, month, expr.part or 15)
        return f"{mid.year:04d}-{mid.month:02d}", "month"
    if expr.day > (31 if month <= 6 else 30):
        return None
    return solar_to_gregorian(year, month, expr.day).isoformat(), "day"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# The Taiwanese and Hong Kong agencies' datelines name the day alone: "（中央社華盛頓24日綜合外電報導）",
# "（中央社記者東京28日專電）".
_HAN_WIRE = re.compile("(?:專電|专电|電|电|綜合外電報導|综合外电报道)")


def find_dateline(text: str, exprs: Sequence[tuple[DateExpr, int, int]]) -> DateExpr | None:
    """Return the dateline date: a date near the top after a few words at most, then a dash, colon, stop.

    "BEIJING, March 14 (Xinhua) --", "Москва. 20 марта.", "06:15 GMT 15.10.2025".

    exprs are (expression, start offset, end offset) in document order.
    """
    for expr, start, end in exprs:
        if start > 160:
            break
        before = text[text.rfind("\n", 0, start) + 1 : start].split()
        rest = text[end : end + 6].lstrip(" \t,")
        if not (expr.explicit or (expr.day is not None and _HAN_WIRE.match(rest))) \
                or len(before) > _DATELINE_WORDS:
            continue
        if len(before) > 1 and any(w.isalpha() and w.islower() and len(w) > 3 for w in before):
            continue  # "Путин посетит Китай 16 мая.": a sentence, not a place ("Paris, le 12 mars" is one)
        # a Chinese agency's dateline ends with 电 (cable): "新华社北京11月28日电"; MENA's agency between
        # slashes: "القاهرة في ١١ يونيو /أ ش أ/"
        if not rest or rest[0] in "-–—:(.\n|/电電（：" or rest.startswith("GMT") or _HAN_WIRE.match(rest):
            return expr
    return None
