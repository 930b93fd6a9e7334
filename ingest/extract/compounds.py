"""Chinese meetings named by their two leaders: "川習會" (Trump-Xi), "普特会" (Putin-Trump), "拜習會".

The Chinese press, Taiwan's most of all, names a summit by the first character of each leader's Han name
and "会"/"會" (meeting). Neither character is a word the phrase index reads (a one-character name would
be any word's character), so the pattern is read here: two single Han characters that each begin the Han
name of a leader in office, of two countries, then the meeting character. Where a character begins the
names of several leaders in office, the one the text names is meant; with none or several, the compound
names nobody.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date

from graph.models import Leader
from ingest.extract.parsed import Parsed
from ingest.extract.phrases import Match
from ingest.extract.tokens import Token, has_han
from ingest.extract.vocab import Cue, Name, Payload

# The meeting character, simplified and traditional.
_MEETING = frozenset("会會")
# What makes the meeting character part of another word ("会议" a conference, "会长" a chairman, "会员" a
# member, "会场" a venue, "会计" accounts): no compound then.
_NOT_AFTER = frozenset("议議长長员員场場计計所社馆館费費堂")
# The characters of a name's parts ("唐纳德·特朗普": the press's short form is the surname, written apart).
_NAME_DOT = "·・"


def initials(leaders: Mapping[str, Leader],
             short_names: Mapping[str, Collection[str]]) -> dict[str, frozenset[str]]:
    """Map the first character of each leader's Han name written as one word (or short form) to them.

    "习近平" gives 习, "特朗普" 特, "川普" 川; a full name in parts ("唐纳德·特朗普") gives none, since the
    compound takes the surname, which the short forms carry.
    """
    out: dict[str, set[str]] = {}
    for lid, ldr in leaders.items():
        for alias in (*ldr.aliases, *short_names.get(lid, ())):
            if 2 <= len(alias) <= 4 and not any(c in _NAME_DOT for c in alias) \
                    and all(has_han(c) for c in alias):
                out.setdefault(alias[0], set()).add(lid)
    return {c: frozenset(ids) for c, ids in out.items()}


def compound_starts(tokens: Sequence[Token], first: Collection[str]) -> list[int]:
    """Return where a compound may stand: two initials and the meeting character, one token each, glued."""
    out = []
    for i in range(len(tokens) - 2):
        a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
        if c.form in _MEETING and a.form in first and b.form in first and a.form != b.form \
                and a.end == b.start and b.end == c.start:
            out.append(i)
    return out


def add_compounds(sents: Sequence[Parsed], tokens: Sequence[Token], starts: Collection[int],
                  first: Mapping[str, frozenset[str]], leaders: Mapping[str, Leader], named: Collection[str],
                  day: date | None, countries: Collection[str] = ()) -> None:
    """Add the two leaders' names and a meeting cue where a compound names them (matches in place).

    A compound inside a word the index reads ("川普會見": Trump's name, then "会见") is none; each initial
    must name one leader in office on the day (the one the text names, among several, else the one whose
    country the text names), and the two must be of different countries.
    """
    at = {tok.start: k for k, tok in enumerate(tokens)}
    for s in sents:
        spots: list[Match[Payload]] = []
        for start in starts:
            k = at.get(start)
            if k is None or not s.lo <= k < s.hi - 2 or any(len(tokens[k + j].form) != 1 for j in range(3)):
                continue
            if k + 3 < len(tokens) and tokens[k + 3].start == tokens[k + 2].end \
                    and tokens[k + 3].form[:1] in _NOT_AFTER:
                continue
            if any(m.first <= k + 1 and m.last > k for m in s.matches):
                continue  # a character of a word the index reads: "川普" is Trump's name
            ids = [_one(first.get(tokens[k + j].form, frozenset()), leaders, named, day, countries)
                   for j in range(2)]
            one, two = ids
            if one is None or two is None or _countries(leaders[one], day) & _countries(leaders[two], day):
                continue
            spots += [Match(k, k + 1, (Name(one),)), Match(k + 1, k + 2, (Name(two),)),
                      Match(k + 2, k + 3, (Cue("in_person", 2),))]
        if spots:
            s.matches[:] = sorted([*s.matches, *spots], key=lambda m: (m.first, m.last))
            s.reset()


def _one(ids: frozenset[str], leaders: Mapping[str, Leader], named: Collection[str], day: date | None,
         countries: Collection[str] = ()) -> str | None:
    """Return the one leader in office an initial names: the one the text names, or whose country it names."""
    live = [i for i in sorted(ids) if i in leaders and _countries(leaders[i], day)]
    if len(live) > 1:
        live = [i for i in live if i in named] \
            or [i for i in live if _countries(leaders[i], day) & set(countries)]
    return live[0] if len(live) == 1 else None


def _countries(leader: Leader, day: date | None) -> set[str]:
    """Return the countries a leader held an office in on a day."""
    return {o.country for o in leader.offices if day is not None and o.holds_on(day)}
