"""When a contact happened: which of a sentence's dates is its own, and the days the narrative is at."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date, timedelta

from graph.models import Precision
from graph.text import fold
from ingest.extract.dates import DateExpr, find_dateline, resolve
from ingest.extract.mentions import Mention
from ingest.extract.pairing import CONJUNCTS, joined_between
from ingest.extract.parsed import CueAt, Parsed
from ingest.extract.phrases import Match
from ingest.extract.vocab import City, Payload, Place

When = tuple[str, Precision]
# How far (in tokens) from its cue a "since" may stand.
_SINCE_REACH = 10
# How far after "a day after" a contact of the event it counts from may stand ("holding talks with").
_EVENT_REACH = 6
# How far after a contact noun a relative word may open the noun's own clause ("la reunión bilateral que").
_OWN_CLAUSE = 3
# How many days ahead of the reference day a day and month with no year are the coming one ("a ceasefire from
# 12 January", written on 8 January), not last year's: a past contact so far back would carry its year.
_AHEAD_DAYS = 61
# How many days before the reference day a day may lie and still be the report's own news: a contact told in
# the pluperfect further back is an earlier one ("aveva incontrato Zelensky il 21 febbraio" a year before).
_NEWS_DAYS = 7


def reference(sents: list[Parsed], published: date | None,
              url: str | None = None) -> tuple[date | None, DateExpr | None]:
    """Return the day relative dates count from, and the dateline.

    The dateline's day when there is one, else the publication day; on a page with none, its stamp line's
    day, else the day its address names.
    """
    found = [(e, s.tokens[e.first].start, s.tokens[e.last - 1].end) for s in sents[:3] for e in s.dates]
    dateline = find_dateline(sents[0].text, found) if sents else None
    if dateline is not None:
        hit = resolve(dateline, published)
        if hit is not None and hit[1] == "day":
            return date.fromisoformat(hit[0]), dateline
    if published is None:  # (dated pages, most of them, look for no stamp)
        return _stamp_day(sents) or url_day(url), dateline
    return published, dateline


# A day in a page's address, as news sites file their pages: "/2021/12/02/", "/2014-09/15/", "/2023/0315/",
# "/20190322/", "OTS_20190625_": a year from 1990, a month and a day, each part apart from other digits
# (an article number such as "/1141888-" holds no date).
_URL_DAY = re.compile(r"(?<![0-9])(19[89][0-9]|20[0-9]{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?"
                      r"(0[1-9]|[12][0-9]|3[01])(?![0-9])")


def url_day(url: str | None) -> date | None:
    """Return the day a page's address files it under ("/2021/12/02/"), or None (none, or no real day)."""
    if not url:
        return None
    path = url.split("//", 1)[-1].partition("/")[2]  # (after the host: a host name holds no date)
    hit = _URL_DAY.search(path)
    if hit is None:
        return None
    try:
        return date(int(hit[1]), int(hit[2]), int(hit[3]))
    except ValueError:  # "2023/02/30"
        return None


# A time of day on a page's stamp line: "18:55", "15h08", "11:13:22"; in Han and Hangul units "10時30分",
# "10时30分", "10시 30분".
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}(?::|h|時|时|시 ?)\d{2}(?![\d])")
# The most characters a stamp line holds ("Actualizado: viernes, 4 septiembre 2009 15:14").
_STAMP_CHARS = 64


def _stamp_day(sents: list[Parsed]) -> date | None:
    """Return an undated page's own day: its stamp line, else the one full date named with its weekday.

    A stamp is a short line with a full date and a time of day ("December 29, 2019 18:55", "[2017/11/06
    14:54]", "publié le 29/05/2017 à 15:08"); a date line without a time is often the site's today in its
    header, no stamp. A full date named with its own weekday ("samedi 1er mars 2025") is the report's
    day when the text also names that weekday alone ("s'est entretenu ... samedi"), and no other such date.
    """
    named: set[date] = set()
    alone: list[int] = []  # weekdays named alone, not those of a full date
    for s in sents:
        if not s.dates:
            continue
        prev: DateExpr | None = None
        for e in s.dates:
            if e.weekday is not None and e.day is None and e.offset is None and 0 <= e.weekday < 7:
                alone.append(e.weekday)
            elif e.year is not None and e.month is not None and e.day is not None:
                hit = resolve(e, None)
                day = date.fromisoformat(hit[0]) if hit is not None and hit[1] == "day" else None
                if day is None:
                    continue
                if _stamp_line(s, e):
                    return day
                if prev is not None and prev.weekday == day.weekday() and prev.last == e.first:
                    named.add(day)
                    alone.remove(day.weekday())
            prev = e
    if len(named) == 1:
        day = next(iter(named))
        if day.weekday() in alone:
            return day
    return None


def _stamp_line(s: Parsed, e: DateExpr) -> bool:
    """Tell whether a full date stands on a short line with a time of day: a page's stamp."""
    start, end = s.tokens[e.first].start, s.tokens[e.last - 1].end
    lo = s.text.rfind("\n", 0, start) + 1
    hi = s.text.find("\n", end)
    line = s.text[lo : hi if hi >= 0 else len(s.text)]
    return len(line.strip()) <= _STAMP_CHARS and _CLOCK.search(line) is not None


def well_before(when: When, ref: date | None) -> bool:
    """Tell whether a date lies too far before the reference day to be the report's news (a month or year)."""
    if ref is None:
        return False
    return when[1] != "day" or date.fromisoformat(when[0]) < ref - timedelta(days=_NEWS_DAYS)


def anchor_day(s: Parsed, context: When | None, lead: When | None, ref: date | None) -> date | None:
    """Return the day the sentence's anchored words count from: the narrative's, or the lead's.

    A word of the report's own day (Korean "이날") counts from the lead's day once the narrative has gone
    back to a background day; the sentence's dates are read only then (most sentences never need them).
    """
    if context is not None and lead is not None and well_before(context, ref) \
            and any(e.lead for e in s.dates):
        return as_day(lead)
    return as_day(context)


def lead_date(sents: list[Parsed], ref: date | None, dateline: DateExpr | None,
              told_before: frozenset[int] = frozenset()) -> When | None:
    """Return the lead's day ("met Wednesday ..."): the default for undated statements.

    A sentence about an earlier contact ("their previous meeting was on 16 June") dates no lead; nor does
    "the next day" after the lead's sentence, which counts from the lead's day, not from publication; nor
    a day well before publication in a sentence after the lead whose contact is told in the pluperfect
    (told_before holds those sentences: "Les deux présidents s'étaient rencontrés le 16 février").
    """
    for s in sents[:3]:
        if s.earlier() or (s.future_marks and not s.cues()):
            # (nor a sentence that tells only what is to come: "he turns 72 in two weeks (26 February)")
            continue
        for e in s.dates:
            if e is dateline or _weekday_of_date(s, e) or s.in_side_clause(e.first) \
                    or (e.anchored and s is not sents[0]) or (
                    s.cues() and all(s.separated(c[0], e.first) for c in s.cues())
                    and not any(k.names or k.titles for k in s.kinds())):
                # a sentence naming no leader, its date cut from its cues by a clause word: "visitó el
                # kibutz, donde ..., y recorrió las zonas atacadas el 7 de octubre" is no lead's day
                continue
            if e.offset is not None and e.month is None and s.since_of(e) is not None:
                continue  # "که از روز گذشته ... آمده است" (here since yesterday): a stay's start
            if s.words("done_participles") and any(done_date(s, e, c[0]) for c in s.cues()):
                continue  # "talked about the ceasefire agreed on Friday": the ceasefire's day
            hit = resolve(e, ref)
            if hit is not None and hit[1] == "day" \
                    and not (s.index in told_before and s is not sents[0] and well_before(hit, ref)):
                return hit
    return None


def sentence_date(s: Parsed, sents: list[Parsed], cue_at: int, ref: date | None, dateline: DateExpr | None,
                  future: bool, anchor: date | None = None, near: int | None = None) -> When | None:
    """Return a sentence's date for its contact: the usable date nearest the cue, else a trailing one.

    A date in a side clause, after "since", or across a word that opens another clause ("after the attack
    of October 7", "said on Friday that he had written") is another event's; so is one a future marker
    follows when the contact is past ("the summit to be held in July"). When no date is the cue's, one
    next to the first leader (near) is: "X warned Y on Tuesday that ..., during a video call".
    """
    when = _time_clause_date(s, cue_at, ref, dateline, future, anchor) \
        or (_took_place_date(s, cue_at, ref, dateline, future, anchor) if s.words("took_place")
            else None)
    if when is not None:
        return when
    if not s.dates:  # (most sentences: no date of their own to weigh, only a trailing one)
        return _trailing_date(s, sents, ref, future)
    return _dated_sentence_date(s, sents, cue_at, ref, dateline, future, anchor, near)


def _dated_sentence_date(s: Parsed, sents: list[Parsed], cue_at: int, ref: date | None,
                         dateline: DateExpr | None, future: bool, anchor: date | None,
                         near: int | None) -> When | None:
    """sentence_date where the sentence holds dates (apart: its closures' cells are made at entry)."""
    if near is not None and _clause_before(s, cue_at, near):
        # "... after Bennett took office in June": that leader's clause dates something else; so does the
        # clause a "that" opens after the cue ("agreed that the leaders' next meeting will be in November")
        near = None
    # "X greeted Y when Air Force One landed on Tuesday": the day of a "when" clause after the cue is the
    # cue's too (not the other way: "the visit began on Sunday, when he arrived" dates the visit's start)
    whens = [w.first for w in s.words("time_relatives")]
    # "On Monday he flew on to Beijing, where Xi received him": a "where" clause holding the cue happened
    # on the day of the clause before it
    wheres = [w.first for w in s.words("place_relatives")]
    openers = [w.first for w in s.words("subjectless")]
    # "la reunión bilateral que ambos mantuvieron el lunes": a relative clause on the contact noun itself
    # dates it
    # ("agreed that the leaders would meet in November": a "that" after a bare talk verb opens what was
    # agreed, a plan with its own date)
    bare = _bare_cue(s, cue_at)
    own = frozenset(w.first for kind in (("relative",) if bare else ("relative", "complementizers"))
                    for w in s.words(kind)
                    if 0 < w.first - cue_at <= _OWN_CLAUSE
                    and not any(cue_at < p <= w.first for p in s.marks))
    for at in (cue_at, near):
        if at is None:
            continue
        # (most sentences hold no "when" and no "where": no generator over none)
        after = (frozenset(w for w in whens if w > at) if whens else _NONE) | (own if at == cue_at else _NONE)
        # "in February, when Starmer ... handed Trump a letter": a "when" right after a date opens the
        # clause that date frames
        # so does a subjectless clause right after a fronted date ("El 3 de febrero, tras hablar con Trump,
        # Sheinbaum anunció ...": the talk is the day's too)
        framed = frozenset(w for w in (*whens, *openers) if w < at
                           and any(0 <= w - e.last <= 1 for e in s.dates)) if whens or openers else _NONE
        during = _during_which(s, at)
        if during:  # (most sentences: no "during which", no new set)
            framed |= during
        # "In June 2022, two weeks after he took office, he flew to Indonesia for talks": a side clause
        # closed before the cue stands between the fronted date and its clause, and opens no wall
        breaks = s.breaks()
        closed = frozenset(f for f in breaks if (c := s.side_clause(f)) is not None and c[0] == f
                           and c[1] <= at) if breaks else _NONE
        before = after | (frozenset(w for w in wheres if w < at) if wheres else _NONE) | framed | closed
        usable = [e for e in s.dates
                  if e is not dateline and not _weekday_of_date(s, e)
                  and (not s.in_side_clause(e.first, cue_at) or _frames(e, during))
                  and not s.separated(at, e.first, dated=True,
                                      ignore=before if e.first < at else _holding(s, after, e))
                  and s.since_of(e) is None and not s.postposed(e, cue_at)
                  # ("a year after his trip in March, during which he met X": the meeting has the trip's date)
                  and (not s.after_since(e) or _frames(e, during))
                  and (future or ((not s.future_date(e) or _and_after(s, e, cue_at))
                                  and not _later_conjunct(s, e, cue_at)))
                  and not _next_clause_own(s, e, cue_at)
                  and not _after_deceased(s, e)
                  and not done_date(s, e, cue_at)]
        if usable and _has_quote(s.text, s.tokens[s.lo].start, s.tokens[s.hi - 1].end):
            # (a sentence with a quotation mark only: most have none, and pay one scan for it)
            usable = [e for e in usable if not _quoted_apart(s, e, cue_at)]
        if len(usable) > 1:  # (one date or none: nothing to order, and no key to compute)
            # the nearest, a calendar date before a day counted from some other event ("on 22 January, two
            # days after the inauguration")
            dated = any(x.month is not None and x.day is not None for x in usable)
            # a date of the cue's own clause before one the "where" clause hangs on
            # (where time stands before its verb, a date after the cue across a clause mark is the next
            # clause's: "会晤，两人又于10月16日通电话")
            # ("翌17日": a day counted from the narrative that names its day is a calendar date as good)
            # a date fronted before the cue across a clause mark frames a clause of its own when a date
            # follows the cue in its own clause ("after meeting X last week, M received with pomp on Monday
            # Y": Monday is the reception's day, last week the earlier meeting's)
            own_after = any(x.first > at and s.same_clause(at, x.first) for x in usable)
            usable.sort(key=lambda e: (e.anchored and dated and e.day is None,
                                       s.separated(at, e.first, dated=True, ignore=after),
                                       s.subordinators_follow and e.first > at
                                       and (any(at < p <= e.first for p in s.marks)
                                            or joined_between(s, at, e.first)),
                                       own_after and e.last <= at and not s.same_clause(e.first, at),
                                       abs(e.first - at)))
        for e in usable:
            if e.event and e.last <= at == cue_at and _counts_from(s, e, at):
                # "met Putin on Saturday, a day after holding talks with Zelensky": the talks are the event
                # the count starts from, a day before the main clause's day
                if any(x.first > at and not x.event and s.same_clause(at, x.first) for x in usable):
                    continue  # "two days after they were received by Biden on Thursday": the event's own day
                hit = _event_date(s, e, ref, dateline, future, anchor)
                if hit is not None:
                    return hit
                continue
            hit = resolve(_in_year_named(s, e, ref) if not future else e, ref, future,
                          _day_beside(s, e, ref, dateline, future) or anchor)
            if hit is not None and (future or not ahead(e, hit, ref)):
                return _month_of_year(s, e, ref) or hit
    return _trailing_date(s, sents, ref, future)


def _during_which(s: Parsed, at: int) -> frozenset[int]:
    """Return where a "during which" clause opens right after a date, before the cue: the date frames it.

    "Sudani's trip to Ankara in March 2023, during which he met Erdogan", "в марте 2023 года, в ходе которой
    он встретился", "في مارس ٢٠٢٣، التي التقى خلالها أردوغان" (the relative, then "during it" after the verb):
    the meeting is the trip's, of the trip's date.
    """
    durings = s.words("during")
    if not durings:  # (most sentences: no "during" at all)
        return _NONE
    opens: set[int] = set()
    for r in s.words("relative"):
        if r.first >= at:
            continue
        for d in durings:
            if d.last == r.first and any(0 <= d.first - e.last <= 1 for e in s.dates):
                opens.update((d.first, r.first))  # "during which", "au cours de laquelle", "в ходе которой"
            elif r.last <= d.first <= at + 2 and not any(r.last < p <= d.first for p in s.marks) \
                    and any(0 <= r.first - e.last <= 1 for e in s.dates):
                opens.add(r.first)  # "التي التقى خلالها": "during it" right after the verb
    return frozenset(opens)


def _frames(e: DateExpr, opens: frozenset[int]) -> bool:
    """Tell whether a date stands right before one of the clause openings given (a "during which")."""
    return bool(opens) and any(0 <= j - e.last <= 1 for j in opens)


def _and_after(s: Parsed, e: DateExpr, cue_at: int) -> bool:
    """Tell whether a date after the cue closes its conjunct: "held talks on Monday and will meet again".

    The future marker after "and" is the next conjunct's verb, not a plan of the cue's own day.
    """
    return cue_at < e.first and e.last < s.hi and s.tokens[e.last].form in CONJUNCTS


def _later_conjunct(s: Parsed, e: DateExpr, cue_at: int) -> bool:
    """Tell whether a date after the cue stands in a later conjunct a future marker opens.

    "held talks in Helsinki and will meet again in the autumn": the autumn is the next meeting's.
    """
    if e.first <= cue_at or not s.future_marks:
        return False
    joins = [j for j in range(cue_at + 1, e.first) if s.tokens[j].form in CONJUNCTS]
    return bool(joins) and any(joins[0] < m < e.first for m in s.future_marks)


def _next_clause_own(s: Parsed, e: DateExpr, cue_at: int) -> bool:
    """Tell whether a date after the cue opens a later clause with a contact of its own with someone named.

    "held talks in Seoul with Moon, and on Saturday he had met Xi": a comma and "and" begin the next
    clause, and the date is its cue's ("had met" Xi), not the talks'. ("приехал с визитом, и 2 июля провел
    с ним переговоры": the same visit's talks, with no one new named, keep the date.)
    """
    if e.first <= cue_at or not s.marks:
        return False
    if not any(cue_at < j < e.first and s.tokens[j].form in CONJUNCTS
               and s.text[s.tokens[j - 1].end : s.tokens[j].start].strip() in (",", ";") for j in s.marks):
        return False  # (after a comma or semicolon: ": en décembre 2017" is no "and")
    later = [c[0] for c in s.cues() if c[0] >= e.last]
    return bool(later) and any((k.names or k.titles) and m.first > later[0]
                               for m, k in zip(s.matches, s.kinds(), strict=True))


# The article between a weekday and its date (Swedish "torsdagen den 6 april", German "Donnerstag, den 6.")
_DATE_ARTICLES = frozenset({"den"})


def _weekday_of_date(s: Parsed, e: DateExpr) -> bool:
    """Tell whether a weekday names the day of the calendar date right after it.

    "el viernes 21 de noviembre": that date is the day; the weekday alone would count back from publication
    to the last such day.
    """
    if e.weekday is None or e.day is not None or e.month is not None or e.offset is not None:
        return False
    at = e.last + 1 if e.last < s.hi and s.tokens[e.last].form in _DATE_ARTICLES else e.last
    for x in s.dates:  # noqa: SIM110 (a plain loop, no generator: asked only for weekdays)
        if x.first == at and x.month is not None and x.day is not None:
            return True
    return False


def _trailing_date(s: Parsed, sents: list[Parsed], ref: date | None, future: bool) -> When | None:
    """Return a date trailing in the same paragraph with no other contact (an embedded post's date line)."""
    for t in sents[s.index + 1 :]:
        if t.paragraph != s.paragraph or t.cues():
            break
        if not t.has_digits():
            continue  # a year is written in digits: no need to read the sentence's dates
        if any(k.names or k.titles for k in t.kinds()):
            break  # "On 7 February Erdoğan declared an emergency": that leader's own act, no date line
        for e in t.dates:
            if e.explicit and e.year is not None:
                hit = resolve(e, ref, future)
                if hit is not None and (future or not ahead(e, hit, ref)):
                    return hit
    return None


_NONE: frozenset[int] = frozenset()


def _clause_before(s: Parsed, cue_at: int, near: int) -> bool:
    """Tell whether a subordinator or "since" stands before token near, or a "that" between cue and near."""
    for kind in ("subordinators", "since", "complementizers"):
        for w in s.words(kind):  # (plain loops, no generator: asked for every sentence with a cue)
            if (cue_at < w.first < near) if kind == "complementizers" else w.first < near:
                return True
    return False


def _bare_cue(s: Parsed, cue_at: int) -> bool:
    """Tell whether the cue at token cue_at is a bare talk verb (weight 0: "agreed", "discussed")."""
    for c in s.cues():  # noqa: SIM110 (a plain loop, no generator: asked per sentence with a cue)
        if c[0] == cue_at and c[2].weight == 0:
            return True
    return False


# Words before a past participle that make it the clause's own verb ("they have signed the deal in March",
# "ont signé", "hanno firmato", "đã ký"), not a participle on a noun: the date is then the verb's.
_PARTICIPLE_AUXILIARIES = frozenset(fold(w) for w in (
    "has", "have", "had", "having", "was", "were", "been", "be", "is", "are",
    "a", "ont", "avait", "avaient", "aura", "est", "sont", "été", "était",
    "ha", "han", "había", "habían", "hubo", "fue", "fueron", "sido",
    "hanno", "aveva", "avevano", "è", "sono", "stato", "stata", "stati", "era", "erano",
    "tem", "têm", "tinha", "tinham", "foi", "foram", "havia", "haviam", "đã", "vừa", "mới"))
# How far after such a participle its clause's date may stand ("the deal reached in Geneva last month").
_DONE_REACH = 6


def done_date(s: Parsed, e: DateExpr, cue_at: int) -> bool:
    """Tell whether a date after the cue dates an act done to a thing the sentence names, not the contact.

    "The leaders discussed the agreement signed in Brussels in March", "ont visité l'exposition des objets
    restitués en novembre dernier", "обсудили соглашение, подписанное в марте": a past participle after a
    noun (no auxiliary, no "and" before it, no leader named between the cue and it) opens a reduced relative
    clause, and a date right after it is that act's day.
    """
    if e.first <= cue_at:
        return False
    if s.nouns_capitalized:
        return _done_before_noun(s, e)
    for w in s.words("done_participles"):
        if not (cue_at + 1 < w.first and w.last <= e.first <= w.last + _DONE_REACH):
            continue
        before = s.tokens[w.first - 1].form
        if before in _PARTICIPLE_AUXILIARIES or before in CONJUNCTS:
            continue
        if any(w.last <= c[0] < e.first for c in s.cues()) or any(
                cue_at < m.first < w.first and any(not n.weak for n in k.names)
                for m, k in zip(s.matches, s.kinds(), strict=True)):
            continue  # a contact after it owns the date; a leader between begins a clause of his own
        return True
    return False


_PLACE_WORDS = 3  # the most words between a date and the participle after it ("in Istanbul", "in Den Haag")


def _done_before_noun(s: Parsed, e: DateExpr) -> bool:
    """Tell whether a date stands between an article and a participle before its noun: the act's date.

    German "sprachen über das im März unterzeichnete Abkommen": the article opens the noun phrase, the date
    and the participle ("unterzeichnete", also a preterite) stand inside it, the noun (capitalized) closes it.
    ("Am Montag unterzeichnete Merz ..." has no article before the date: the verb's own day.)
    """
    for w in s.words("done_participles"):
        # (a place may stand between: "das im Juli 2022 in Istanbul geschlossene Abkommen")
        if e.last <= w.first <= e.last + _PLACE_WORDS and w.last < s.hi \
                and s.text[s.tokens[w.last].start].isupper() and s.same_clause(e.last - 1, w.first) \
                and any(e.first - 1 <= a.last <= e.first for a in s.words("done_articles")):
            # (a preposition the date does not hold may stand between: "das im März", "den am Freitag")
            return True
    return False


def _after_deceased(s: Parsed, e: DateExpr) -> bool:
    """Tell whether a date stands right after a word for the dead ("the late"): no contact's date."""
    for w in s.words("deceased"):  # noqa: SIM110 (a plain loop, no generator: asked per date)
        if 0 <= e.first - w.last <= 1:
            return True
    return False


# Quotation marks that open a quote, with the mark that closes it (a straight one closes itself).
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u300c": "\u300d", "\u300e": "\u300f",
           "\u201e": "\u201c"}
# Every mark of that table, opening or closing (for a search of any quotation mark).
_QUOTE_CHARS = "".join(sorted({*_QUOTES, *_QUOTES.values()}))
_QUOTE_MARKS = re.compile(f"[{_QUOTE_CHARS}]")
# The marks that close a quote (rules: a speech verb after one and a comma reports the quote).
CLOSING_QUOTES = frozenset(_QUOTES.values())


def _has_quote(text: str, lo: int, hi: int) -> bool:
    """Tell whether a quotation mark stands in text[lo:hi] (a find per mark, in C: no class test per char)."""
    for mark in _QUOTE_CHARS:  # noqa: SIM110 (a plain loop, no generator: asked per dated sentence)
        if text.find(mark, lo, hi) >= 0:
            return True
    return False


def _quoted_apart(s: Parsed, e: DateExpr, cue_at: int) -> bool:
    """Tell whether a date stands in a quotation that does not hold the cue: what was said, not when.

    'Yoon met the Danish prime minister and praised "a partnership that began in 2011"': the year is the
    partnership's, not the meeting's. A quote holding the cue too ('"We met on Monday," he said') keeps it.
    """
    text = s.text
    lo, at, cue = s.tokens[s.lo].start, s.tokens[e.first].start, s.tokens[cue_at].start
    # no quotation mark between the date and the cue (most sentences): both stand in or out of one quote
    if _QUOTE_MARKS.search(text, min(at, cue), max(at, cue)) is None:
        return False
    opened, close = -1, ""
    for m in _QUOTE_MARKS.finditer(text, lo, at):
        ch = m.group()
        if opened < 0:
            if ch in _QUOTES:
                opened, close = m.start(), _QUOTES[ch]
        elif ch == close:
            opened = -1
    if opened < 0:
        return False
    end = text.find(close, at, s.tokens[s.hi - 1].end)
    return not (opened < cue and (end < 0 or cue < end))


def _day_beside(s: Parsed, e: DateExpr, ref: date | None, dateline: DateExpr | None,
                future: bool) -> date | None:
    """Return the day a relative day counts from when its sentence names another day outside its clause.

    "Macron, qui avait reçu Scholz la veille, s'est entretenu mardi avec Biden": the day before Tuesday, not
    the day before the report.
    """
    if not e.anchored or e.event:
        return None
    beside = [x for x in s.dates if x is not e and x is not dateline and not x.anchored
              and (x.weekday is not None or x.day is not None or x.offset is not None)
              and x.unit == "day" and not s.same_clause(e.first, x.first)]
    if not beside:
        return None
    return as_day(resolve(min(beside, key=lambda x: abs(x.first - e.first)), ref, future))


def _in_year_named(s: Parsed, e: DateExpr, ref: date | None) -> DateExpr:
    """Give a month without a year the earlier year its sentence names before it, if one.

    "Moon and Kim held three summits in 2018, the last of them in Pyongyang in September": September 2018,
    not the last September before the report.
    """
    if e.month is None or e.year is not None or e.year_offset is not None or e.solar or e.hijri \
            or ref is None:
        return e
    year = next((y.year for y in reversed(s.dates) if y.last <= e.first and y.month is None
                 and y.year is not None and y.offset is None), None)
    return replace(e, year=year) if year is not None and year < ref.year else e


def _refines(x: DateExpr, y: DateExpr) -> bool:
    """Tell whether a yearless month right after a bare year narrows it: "in 2018, in Helsinki in July"."""
    return x.month is None and x.year is not None and y.month is not None and y.year is None


def _month_of_year(s: Parsed, e: DateExpr, ref: date | None) -> When | None:
    """Return the month a bare year's listing narrows it to: "met in 2018, in Helsinki in July" is 2018-07."""
    nxt = next((y for y in s.dates if y.first >= e.last), None)
    if nxt is None or not _refines(e, nxt) or not _elliptic(s, e, nxt):
        return None
    return resolve(replace(nxt, year=e.year), ref)


def _holding(s: Parsed, whens: frozenset[int], e: DateExpr) -> frozenset[int]:
    """Return the "when" words whose clause holds the date: only those leave it the cue's.

    "X greeted Y when Air Force One landed on Tuesday": Tuesday is in the "when" clause. "They last met in
    2015, when X came to Y's capital, and ties have soured since a crisis in May": May is past that clause.
    """
    out = set()
    for w in whens:
        clause = s.side_clause(w)
        if clause is None or clause[0] > w or clause[0] <= e.first < clause[1]:
            out.add(w)
    return frozenset(out)


def counted_from(s: Parsed, at: int) -> DateExpr | None:
    """Return the day count whose event a cue names: "le jour suivant une première réunion" (the meeting)."""
    for e in s.dates:  # (asked only where a second cue follows a first one)
        if e.event and e.offset is not None and e.last <= at and _counts_from(s, e, at):
            return e
    return None


def _counts_from(s: Parsed, e: DateExpr, at: int) -> bool:
    """Tell whether a cue stands inside the event a count starts from ("a day after [holding talks]")."""
    return at - e.last <= _EVENT_REACH and s.same_clause(e.last - 1, at)


def _event_date(s: Parsed, e: DateExpr, ref: date | None, dateline: DateExpr | None, future: bool,
                anchor: date | None) -> When | None:
    """Return the day of a contact inside the event a count starts from: the main day minus the count.

    The main day is the nearest date before the count ("on Saturday, a day after ..."), else the narrative's
    day or the reference day ("reuniu-se hoje ..., um dia depois de ter sido recebido").
    """
    if e.offset is None:
        return None
    main: When | None = None
    for x in sorted(s.dates, key=lambda x: -x.first):
        if x.last <= e.first and x is not dateline and not x.event:
            main = resolve(x, ref, future, anchor)
            break
    base = date.fromisoformat(main[0]) if main is not None and main[1] == "day" else (anchor or ref)
    if base is None:
        return None
    return (base - timedelta(days=e.offset)).isoformat(), "day"


# The most words a clause "which took place yesterday" holds between its marks ("die am 7. Dezember 2021
# per Video stattfand").
_TOOK_PLACE_CLAUSE = 9


def _took_place_date(s: Parsed, cue_at: int, ref: date | None, dateline: DateExpr | None, future: bool,
                     anchor: date | None) -> When | None:
    """Return the date of a short clause "which took place ..." after the contact's noun phrase.

    "The video call between Biden and Putin, which took place yesterday, lasted two hours": the clause a
    comma opens after the cue, holding a "took place" word and no other cue, tells when the cue's contact
    happened; a side clause elsewhere would be another event's.
    """
    for w in s.words("took_place"):
        # (one clause mark between: "called Putin on Monday, a day after the election, which took place on
        # Sunday" tells the election's day)
        opens = [p for p in s.marks if cue_at < p <= w.first]
        if len(opens) != 1 or any(cue_at < e.first < opens[0] for e in s.dates) \
                or any(cue_at < c[0] < w.first or w.first <= c[0] < w.last for c in s.cues()):
            continue
        lo = opens[-1]
        hi = min((p for p in s.marks if p > w.first), default=s.hi)
        if hi - lo > _TOOK_PLACE_CLAUSE:
            continue
        for e in s.dates:
            if lo <= e.first and e.last <= hi and e is not dateline:
                return resolve(e, ref, future, anchor)
    return None


def _time_clause_date(s: Parsed, cue_at: int, ref: date | None, dateline: DateExpr | None, future: bool,
                      anchor: date | None) -> When | None:
    """Return the date a "when" clause holding the cue hangs on: "in March, when the two spoke by video".

    The clause opens with a time relative right after a date (a comma between): it happened then.
    """
    whens = s.words("time_relatives")
    if not whens:
        return None  # (most sentences: no "when", no side clause to read)
    clause = s.side_clause(cue_at)
    if clause is None or not any(w.first == clause[0] for w in whens):
        return None
    for e in s.dates:
        if e.last == clause[0] and e is not dateline:
            return resolve(e, ref, future, anchor)
    return None


def narrative_date(s: Parsed, ref: date | None, dateline: DateExpr | None, leaders: list[Mention],
                   anchor: date | None) -> When | None:
    """Return the last day a sentence about a leader names: what follows without a date happened then.

    Dates in side clauses or across a clause-opening word from the leader ("the treaty in force since 1
    July") are other events'.
    """
    if not leaders:
        return None
    out = None
    at = leaders[0].first
    # "the attack of 7 October" ("der Angriff vom 7. Oktober"): a calendar date a from-word ties to a noun
    # is that thing's, no step of the story ("na noite de ontem" is a day counted from the report's: kept)
    tied = {w.last for w in s.words("from_words") if w.first not in s.dated()}
    for e in s.dates:
        if e is dateline or (e.explicit and e.year is None and e.day is None) \
                or (e.explicit and e.first in tied) \
                or s.in_side_clause(e.first) or _cut_off(s, at, e.first) \
                or s.since_of(e) is not None or s.future_date(e) or s.postposed(e) \
                or (s.words("done_participles") and done_date(s, e, at)):
            # ("the deal signed in Geneva on Monday": the deal's day, no step of the story)
            continue  # "tariffs from 1 August" ("1 Ağustos'tan itibaren") date no step of the story
        hit = resolve(e, ref, anchor=anchor)
        if hit is not None and hit[1] == "day" and not ahead(e, hit, ref):
            out = hit
    return out


# The most words a sentence framing the story's day may hold ("On Tuesday the summit went on without him.",
# "Al día siguiente llegó la sorpresa."): a longer one without a leader tells some other event.
FRAME_WORDS = 14


def framing_date(s: Parsed, ref: date | None, dateline: DateExpr | None, anchor: date | None,
                 before: int | None = None) -> When | None:
    """Return the day a sentence without a contact sets the story at: what follows undated happened then.

    "The mood turned on Friday.", "Wednesday belonged to South Korea.", "Tout avait commencé lundi à
    l'Élysée.", "The tour started on Sunday in Kuala Lumpur, where ...": a date of the sentence's main
    clause, before any relative word (and before `before`, the first leader named, when there is one).
    """
    if not s.dates:
        return None  # (most sentences: no clause bound to look for, no generator)
    stop = min((w.first for kind in ("relative", "place_relatives", "time_relatives") for w in s.words(kind)),
               default=s.hi)
    stop = stop if before is None else min(stop, before)
    for e in s.dates:
        if e is dateline or e.first >= stop or s.in_side_clause(e.first) or s.since_of(e) is not None \
                or s.after_since(e) or s.future_date(e) or s.postposed(e):
            continue
        hit = resolve(e, ref, anchor=anchor)
        if hit is not None and hit[1] == "day" and not ahead(e, hit, ref):
            return hit
    return None


def ahead(e: DateExpr, hit: When, ref: date | None) -> bool:
    """Tell whether a date lies after the reference day: no day of a contact that occurred, nor of the story.

    "trade of thirty billion dollars by 2015" (written in 2014) is a goal; "a ceasefire from midnight on 12
    January", written on 8 January, is the coming 12 January (a day and month with no year just ahead of
    the reference day), not last year's.
    """
    if ref is None:
        return False
    start = hit[0] if hit[1] == "day" else hit[0] + ("-01" if hit[1] == "month" else "-01-01")
    if date.fromisoformat(start) > ref + timedelta(days=1):
        return True
    if e.year is not None or e.month is None or e.day is None or e.solar or e.hijri \
            or e.year_offset is not None or e.past:
        return False
    try:
        coming = date(ref.year, e.month, e.day)
    except ValueError:
        return False
    return ref + timedelta(days=1) < coming <= ref + timedelta(days=_AHEAD_DAYS)


def _cut_off(s: Parsed, at: int, date_at: int) -> bool:
    """Tell whether a clause-opening word stands between a leader and a date.

    A word inside a side clause that closes before the date cuts nothing ("Xi's visit, the first after his
    re-election, ended yesterday").
    """
    if not s.separated(at, date_at):
        return False
    closed = frozenset(b for b in s.breaks() if (c := s.side_clause(b)) is not None and c[1] <= date_at)
    return s.separated(at, date_at, ignore=closed)


def since_date(s: Parsed, cue: CueAt, ref: date | None, negated: bool) -> When | None:
    """Return the earlier contact's date a "since" near the cue names.

    "Their first call since October", "zum ersten Mal seit Dezember telefoniert", "ils ne s'étaient pas vus
    depuis le sommet du G20, fin juin": a negated cue, or "first" right before the cue or the "since",
    then "since" and a date (or a summit and its date). A visit is not a meeting of two ("the first visit
    to Egypt since 2012").
    """
    first_words = s.words("firsts")
    firsts = [m.first for m in first_words] if first_words else []  # (most sentences: none, no list built)
    named = since_names(s, cue)
    if not negated and not named and firsts:  # (no "first" word: no other cue to pick)
        cue = next((c for c in s.cues() if any(c[0] - 4 <= f < c[0] for f in firsts)), cue)
    if s.is_visit(cue):
        return None
    for e in s.dates:
        w = s.since_of(e)
        if w is None or abs(w.first - cue[1]) > _SINCE_REACH:
            continue
        if event_since(s, e, w):
            continue
        if not negated and not named \
                and not any(cue[0] - 4 <= f < cue[0] or w.first - 3 <= f < w.first
                            # "cet échange était le premier entre les deux chefs d'Etat depuis septembre":
                            # "first" after the contact word, as its predicate, in the clause of "since"
                            or (cue[1] <= f < w.first and s.same_clause(f, w.first)) for f in firsts):
            continue
        if e.explicit or e.year is not None or e.offset is not None:
            hit = resolve(e, ref)
            if hit is not None:
                return hit
    return None


def event_since(s: Parsed, e: DateExpr, w: Match[Payload]) -> bool:
    """Tell whether a "since" after a date governs an event the date is that of, no contact.

    "今年5月连任以来" (since his re-election in May): words that are no contact stand between the date and
    the postposed "since"; "2019年以来" (since 2019) has none.
    """
    return w.first > e.last and not any(e.last <= c[0] < w.first for c in s.cues())


def since_names(s: Parsed, cue: CueAt) -> bool:
    """Tell whether a "since" names the cue itself: "since their meeting in Kazan", "since they met".

    The contact word follows the "since" (a possessive or a pronoun between), or, where the verb comes
    last, precedes it ("görüşmelerinden bu yana"): the cue states the pair's earlier contact, not one of
    this sentence.
    """
    words = s.words("since_contacts")
    if s.verb_final and any(cue[1] <= e.first <= cue[1] + 1 and s.since_of(e) is not None for e in s.dates):
        return True  # "両首脳の電話会談は5月以来となる": the contact, its topic particle, then "since May"
    # (not a date after "since" and a mark before the cue: "X, in office since 2018, met Y" dates no meeting)
    return bool(words) and any((w.last <= cue[0] <= w.last + 1 and not _since_closed(s, w.last, cue[0]))
                               or (s.verb_final and cue[1] <= w.first <= cue[1] + 1) for w in words)


def _since_closed(s: Parsed, after: int, cue_at: int) -> bool:
    """Tell whether a date or a clause mark stands between a "since" and the cue after it."""
    return cue_at > after and (any(after <= e.first < cue_at for e in s.dates)
                               or any(after < p <= cue_at for p in s.marks))


# Words of this length or less may stand between two dates listed with their places ("ise", "at", "in").
_SHORT = 3
# Words that join two dates of one statement: "in 2018 and in 2019", "en enero y en octubre".
_DATE_JOINS = frozenset({"and", "y", "e", "et", "und", "и", "ve", "و", "va", "和", "与", "與", "及", "と",
                         "dan", "i", "oraz", "ed", "en"})  # (Dutch "en" is "and"; only between two dates)
# Korean joins two nouns with a particle glued to the first ("2월과 9월"): the date's last word ends with it.
_GLUED_JOINS = tuple(fold(w) for w in ("과", "와"))  # (folded: Hangul syllables as their jamo)
_DATE_PREPOSITIONS = frozenset({"in", "en", "im", "в", "во", "a", "à", "em", "no", "na", "nel", "on",
                                "le", "am", "el", "au"})
# Prepositions before a place: the date's and "at", Arabic "في", Persian "در", Polish "w".
PLACE_PREPOSITIONS = _DATE_PREPOSITIONS | {"at", "w", "we", fold("في"), "در"}
# The year's tail a date leaves after it ("в июне 2019 года и в феврале ..."): no word between two dates.
_YEAR_TAILS = frozenset({"года", "году", "г", "року", "рік"})
# "Then" after a comma joins the next date of a sequence: "le 25 novembre 2013, puis le 10 juin 2015",
# "25 ноября 2013 года, затем 10 июня 2015 года".
_WORDS = re.compile(r"\w+")
_THEN_JOINS = frozenset({"then", "puis", "ensuite", "затем", "потом", "luego", "después", "poi", "dann",
                         "danach", "depois"})


# A repeat word between two dates of one list: "met in Beijing in February and again in Samarkand in
# September", "à Pékin en février, puis à Samarcande en septembre", "в феврале и снова в сентябре". The
# contact told again is the pair's second (a word meaning "again" or "then", never a cue or a name).
AGAIN_WORDS = frozenset(fold(w) for w in (
    "again", "encore", "nouveau", "nuevo", "nuevamente", "otra", "nuovo", "nuovamente", "ancora", "novo",
    "novamente", "erneut", "wieder", "nochmals", "abermals", "opnieuw", "weer", "nogmaals", "ponownie",
    "znowu", "znów", "снова", "вновь", "опять", "ещё", "yine", "tekrar", "yeniden", "مجدداً", "ثانية",
    "أخرى", "ثم", "ومجددا", "دوباره", "دیگر", "سپس", "potem", "następnie", "daarna", "sonra"))


def joined_date(s: Parsed, when: When, ref: date | None, future: bool, anchor: date | None,
                seen: Collection[When | None] = ()) -> When | None:
    """Return a second date the statement's own date is listed with: "met in 2018 and in 2019".

    The sentence states one contact per date: the other date stands right after the statement's, joined by
    "and" (a preposition may repeat), and resolves to another day, month or year. seen holds the dates of
    the list already taken: the one on the other side is next ("on 3 February, 6 March and 31 July", read
    from the last).
    """
    dates = s.dates
    for k, e in enumerate(dates):
        if resolve(e, ref, future, anchor) != when:
            continue
        # the other date right after the statement's, or right before it ("2023年3月和2024年9月，…会晤":
        # the nearer date to the verb is the statement's)
        joined = ([(e, dates[k + 1], k + 1)] if k + 1 < len(dates) else []) \
            + ([(dates[k - 1], e, k - 1)] if k > 0 else [])
        for x, y, other_at in joined:
            gap = [s.tokens[j].form for j in range(x.last, y.first) if s.tokens[j].form not in _YEAR_TAILS]
            glued = not gap and len(s.tokens[x.last - 1].form) > 1 \
                and s.tokens[x.last - 1].form.endswith(_GLUED_JOINS)
            if (gap and gap[0] in _THEN_JOINS and all(w in _DATE_PREPOSITIONS for w in gap[1:])
                    and other_at > k and _comma_then(s, x.last)) \
                    or ((glued or (gap and gap[0] in _DATE_JOINS
                                   and all(w in _DATE_PREPOSITIONS or w in AGAIN_WORDS for w in gap[1:])))
                        and not any(x.last <= p <= y.first for p in s.marks)) \
                    or _comma_listed(s, dates, min(k, other_at)):
                # (a comma, "then" and the next date; "and"; "in June 2019, in February 2022 and in March
                # 2023": a comma joins dates of a list that "and" closes)
                other = resolve(dates[other_at], ref, future, anchor)
                if other is not None and other in seen and other != when:
                    continue  # the list's date already taken: the one on the other side
                return other if other is not None and other != when else None
        # "temmuzda Vilnius'taki NATO zirvesi marjında, eylülde ise New York'ta ... bir araya gelmişti": two
        # months each with the place the pair met at, listed before the verb
        around = ([(dates[k - 1], e, dates[k - 1])] if k > 0 else []) \
            + ([(e, dates[k + 1], dates[k + 1])] if k + 1 < len(dates) else [])
        for x, y, far in around:
            if (_elliptic(s, x, y) and not _refines(x, y)) or (far is y and _then_tail(s, x, y)):
                other = resolve(far, ref, future, anchor)
                return other if other is not None and other != when else None
        return None  # "on 9 September, and on Tuesday he flew home": another clause
    return None


def _then_tail(s: Parsed, x: DateExpr, y: DateExpr) -> bool:
    """Tell whether a later date closes the sentence as the same verb told again, with no verb of its own.

    "В мае лидеры встретились в Пекине, а затем в октябре в Казани", "En mai, ils s'étaient rencontrés à
    Pékin, puis en octobre à Kazan": after the last clause mark before it, only "and", a word of repeat or
    "then" and prepositions; after it, only places (and prepositions) up to the next mark or the end.
    """
    opens = [p for p in s.marks if x.last < p <= y.first]
    if not opens:
        return False
    gap = [s.tokens[j].form for j in range(opens[-1], y.first)]
    if not any(w in AGAIN_WORDS or w in _THEN_JOINS for w in gap) or not all(
            w in AGAIN_WORDS or w in _THEN_JOINS or w in _DATE_JOINS or w in PLACE_PREPOSITIONS
            or len(w) <= _SHORT for w in gap):
        return False
    end = min((p for p in s.marks if p > y.last), default=s.hi)
    placed = {i for m in s.matches for i in range(m.first, m.last)
              if m.payloads and all(isinstance(p, Place | City) for p in m.payloads)}
    return all(j in placed or s.tokens[j].form in PLACE_PREPOSITIONS
               or (j > y.last and s.tokens[j - 1].form in PLACE_PREPOSITIONS) for j in range(y.last, end))


def _comma_then(s: Parsed, after: int) -> bool:
    """Tell whether only a comma (and a year's tail) stands between a date and the "then" after it."""
    j = after
    while j < s.hi and s.tokens[j].form in _YEAR_TAILS:
        j += 1
    if j >= s.hi:
        return False
    return _WORDS.sub("", s.text[s.tokens[after - 1].end : s.tokens[j].start]).strip() == ","


def _comma_listed(s: Parsed, dates: Sequence[DateExpr], k: int) -> bool:
    """Tell whether date k and the next are listed with a comma, a later pair of the list joined by "and".

    Between each two only prepositions (and the comma, or "and" at the last); no other mark.
    """
    for i in range(k, len(dates) - 1):
        x, y = dates[i], dates[i + 1]
        gap = [s.tokens[j].form for j in range(x.last, y.first) if s.tokens[j].form not in _YEAR_TAILS]
        marks = [p for p in s.marks if x.last <= p <= y.first]
        if gap and gap[0] in _DATE_JOINS and all(w in _DATE_PREPOSITIONS for w in gap[1:]) and not marks:
            return i > k
        if len(marks) != 1 or not all(w in _DATE_PREPOSITIONS for w in gap) \
                or "," not in s.text[s.tokens[x.last - 1].end : s.tokens[y.first].start]:
            return False
    return False


def _elliptic(s: Parsed, x: DateExpr, y: DateExpr) -> bool:
    """Tell whether two months stand in a list of places: "in July at the summit in X, in September in Y".

    Both name a month or a year; between them only places, summit words, case endings, short words
    (prepositions, "and") and words of repeat ("again", "puis"), with at least one place, summit word or
    word of repeat.
    """
    if any((d.month is None and d.year is None) or d.weekday is not None or d.offset is not None
           for d in (x, y)):
        return False
    placed = {i for m in s.matches for i in range(m.first, m.last)
              if m.payloads and all(isinstance(p, Place | City) for p in m.payloads)}
    placed |= {i for m in s.words("summit") for i in range(m.first, m.last)}
    gap = range(x.last, y.first)
    again = {j for j in gap if s.tokens[j].form in AGAIN_WORDS or s.tokens[j].form in _THEN_JOINS}
    if not gap or not any(j in placed or j in again for j in gap):
        return False
    if again:
        if any(m in s.text[s.tokens[x.last - 1].end : s.tokens[y.first].start] for m in ";:()"):
            return False  # "met in Beijing in May; again in October, Putin praised ...": another clause
        # told again, a place the gazetteer lacks right after its preposition: "and again in Kazan in October"
        placed |= {j for j in gap if j > x.last and s.tokens[j - 1].form in PLACE_PREPOSITIONS}
    return all(j in placed or j in again or len(s.tokens[j].form) <= _SHORT
               or s.text[s.tokens[j].start - 1] in "'’" for j in gap)


def as_day(value: When | None) -> date | None:
    """Return a day-precision date as a date, else None."""
    if value is None or value[1] != "day":
        return None
    return date.fromisoformat(value[0])


def mid_month(value: When | None) -> date | None:
    """Return the middle of a month-precision date: who held office then ("in January", before the 20th)."""
    if value is None or value[1] != "month":
        return None
    return date.fromisoformat(value[0] + "-15")


def period_days(value: When | None, ref: date | None = None) -> tuple[date, ...]:
    """Return days spread over a month- or year-precision date (up to the reference day, when given).

    A leader in office on any of them held office for some part of the period: "Sunak met Macron in July
    2024" (he left office on the 5th), "Scholz met Macron in 2025" (he left in May). A week apart in a
    month, the first and middle of each month in a year, and the period's last day.
    """
    if value is None or not value[0][:4].isdigit():
        return ()
    if value[1] == "month":
        first = date.fromisoformat(value[0] + "-01")
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        days = [d for k in range(5) if (d := first + timedelta(days=7 * k)).month == first.month]
    elif value[1] == "year" and value[0].isdigit():
        year = int(value[0])
        last = date(year, 12, 31)
        days = [date(year, m, d) for m in range(1, 13) for d in (1, 15)]
    else:
        return ()
    return tuple(d for d in (*days, last) if ref is None or d <= ref)


def month_days(value: When | None) -> tuple[date, ...]:
    """Return the middle, first and last days of a month-precision date: a leader in office on any held it.

    "The emir visited Damascus in January" met a president sworn in on 29 January: the middle alone would
    miss him (and the one he succeeded, gone on the 8th).
    """
    mid = mid_month(value)
    if mid is None:
        return ()
    last = (mid.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return mid, mid.replace(day=1), last
