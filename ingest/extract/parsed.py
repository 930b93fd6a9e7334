"""A sentence as the extractor reads it: its phrase matches, dates, clause boundaries and markers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from graph.text import fold
from ingest.extract.dates import DateExpr, DateIndex, find_dates
from ingest.extract.grammar import PLAIN, Grammar
from ingest.extract.mentions import Kinds, kinds_of
from ingest.extract.phrases import Match, PhraseIndex
from ingest.extract.sentences import char_positions, split_sentences
from ingest.extract.tokens import Token, cyrillic_script
from ingest.extract.vocab import City, Cue, Name, Payload, Place, SplitCue, Word

# Punctuation that closes one clause and opens the next.
CLAUSE_MARKS = frozenset(",;:(—–،؛\u0387\u00b7")  # (the Greek ano teleia · is a semicolon)
_MARKS = "".join(sorted(CLAUSE_MARKS))  # (for char_positions)
# Words that open another clause: a date across one from its cue is another event's.
# How far after a date a verb-final clause's future participle may stand.
_FUTURE_FINAL = 6
_BREAKERS = ("relative", "subordinators", "complementizers", "reporting")
# The same, without the subordinators that are also prepositions ("после прекращения", "after the talks"):
# a subject and the object of its verb may stand across one.
PHRASE_BREAKERS = ("relative", "complementizers", "reporting")
# How far after "since" its date may stand ("since June", "since the G20 summit in Osaka, late June").
_SINCE_NEAR, _SINCE_SUMMIT = 2, 8
# How far a "since" governs the rest of its clause ("since the fall of Assad on 8 December").
_SINCE_CLAUSE = 10
# The same after "first ... since", which names an event at length ("the first call between the two since
# the signing of the agreement to restore their relations in Beijing in March"), and how far before the
# "since" the "first" may stand.
_SINCE_FIRST, _FIRST_BEFORE = 20, 10
# How far before a date a future verb of its clause may stand ("will attend the opening on 4 February").
_FUTURE_BEFORE = 8
# How far after a "since" the contact noun it names may stand ("since their last meeting").
_SINCE_NOUN = 3
# How far after a visit word its destination may be named ("visite de soutien à l'Ukraine").
_DESTINATION_REACH = 5
# German adjective endings after an article (", der türkische Präsident": no relative clause).
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Turkish relative participles ("gerilen", "yapılan", "düzenlenen"): a date before one is its clause's.
_PARTICIPLES = ("en", "an")
_PARTICIPLE_MIN = 4
# A line shorter than this with no closing punctuation is a headline or caption: it only repeats.
_HEADING = 90

CueAt = tuple[int, int, Cue]
_FORM, _START = itemgetter(0), itemgetter(1)  # a token's folded form and its start
_PAYLOADS = itemgetter(2)  # a match's payloads


@dataclass
class Parsed:
    """One sentence: offsets, token span [lo, hi), matches, dates, and where its clauses break."""

    index: int
    start: int
    end: int
    paragraph: int
    lo: int
    hi: int
    matches: list[Match[Payload]]
    date_index: DateIndex | None  # read on first use: most sentences never need their dates
    tokens: Sequence[Token]
    text: str
    heading: bool = False  # a short line with no closing punctuation: a headline or a caption
    aside: bool = False  # a line pointing to another article ("Read also: ..."): no statement of this one
    future_marks: list[int] = field(default_factory=list)  # where future or announcement markers stand
    marks: list[int] = field(default_factory=list)  # tokens with clause punctuation (",;:(") before them
    # the same for the whole text, as written (parse sets it; shared by the text's sentences)
    text_marks: list[int] | None = None
    relative_words: frozenset[str] = frozenset()
    comma_relatives: frozenset[str] = frozenset()  # German ", der im März ...": relative before lower case
    verb_final: bool = False  # the text's language puts the verb last (Turkish, Persian)
    nouns_capitalized: bool = False  # every noun has a capital (German): a capital tells no name
    subordinators_follow: bool = False  # Turkish "ardından": the side clause ends at the subordinator
    # Hindi "से", "को": the postpositions of a verb-final partner (no __init__ argument: parse sets it where a
    # language has them, and one more keyword to match costs every sentence of every text)
    partner_marks: frozenset[str] = field(default=frozenset(), init=False)
    # the language's object clitics (Romance "lo", "l'"; Russian "его" after its verb), where it has them:
    # read only in a relative clause on a contact noun (pairing.contact_relative); parse sets it
    clitic_grammar: Grammar | None = field(default=None, init=False)
    _words: dict[str, list[Match[Payload]]] | None = None
    _dates: list[DateExpr] | None = None
    _cues: list[CueAt] | None = None
    _dated: frozenset[int] | None = None
    _kinds: list[Kinds] | None = None
    _sides: dict[int, tuple[int, int] | None] = field(default_factory=dict)  # side_clause by token
    # where words of some kinds begin, by the kinds asked (a few tuples in the code: bounded)
    _starts: dict[tuple[str, ...], list[int]] = field(default_factory=dict)

    @property
    def dates(self) -> list[DateExpr]:
        """The sentence's date expressions, found once, when first asked for."""
        if self._dates is None:
            index = self.date_index
            self._dates = [] if index is None else find_dates(index, self.tokens, self.text, self.lo, self.hi)
        return self._dates

    def dated(self) -> frozenset[int]:
        """Return the tokens inside the sentence's date expressions (found once: asked per mention)."""
        if self._dated is None:
            self._dated = frozenset(i for e in self.dates for i in range(e.first, e.last))
        return self._dated

    def reset(self) -> None:
        """Forget what was read from the matches, after matches were added."""
        self._words = None
        self._cues = None
        self._kinds = None
        self._starts.clear()

    def add(self, added: list[Match[Payload]]) -> None:
        """Merge matches found after the sentence was read into its own, in order, and read them anew."""
        self.matches = sorted([*self.matches, *added], key=lambda m: m.first)
        self.reset()

    def kinds(self) -> list[Kinds]:
        """Return what each match says about a person, in the order of the matches (read once)."""
        if self._kinds is None:
            self._kinds = list(map(kinds_of, map(_PAYLOADS, self.matches)))  # (no comprehension per sentence)
        return self._kinds

    def words(self, kind: str) -> Sequence[Match[Payload]]:
        """Return the matches of function words of one kind (planned, negation, ...)."""
        found = self._words
        if found is None:
            found = self._read_tables()[0]
        return found.get(kind, ())  # most kinds are absent: one shared empty tuple, no list per call

    def word_kinds(self) -> Mapping[str, list[Match[Payload]]]:
        """Return the matches of function words by kind, only kinds present (a kind is tested by a lookup).

        A rule that rebuilds the matches (reset) leaves a new table behind: read it again after one.
        """
        found = self._words
        return found if found is not None else self._read_tables()[0]

    def _read_tables(self) -> tuple[dict[str, list[Match[Payload]]], list[CueAt]]:
        """Read words' and cues' tables from the matches (parse files them in its first loop instead)."""
        found: dict[str, list[Match[Payload]]] = {}
        cues: list[CueAt] = []
        _file(zip(self.matches, self.kinds(), strict=True), found, cues, self.text, self.tokens, self.lo)
        self._words, self._cues = found, cues
        return found, cues

    def has_digits(self) -> bool:
        """Tell whether a word of the sentence is written in digits (a year is)."""
        return any(map(str.isdigit, map(_FORM, self.tokens[self.lo : self.hi])))  # (in C: no generator)

    def cues(self) -> list[CueAt]:
        """Return every contact cue as (first token, last token, cue), live or not."""
        cues = self._cues
        if cues is None:
            cues = self._read_tables()[1]
        return cues

    def earlier(self) -> bool:
        """Tell whether the sentence says its contact came before the report's ("the previous call").

        "They last met", "the previous call"; "the previous day" is a date, not a word about a contact.
        """
        words = self.words("last_time")
        if not words:
            return False
        inside = self.dated()
        # "last Tuesday's earthquake": a last-time word right before a weekday is the date's, not the
        # contact's ("en son bu ayın başında" is the contact's: they last met early this month)
        starts = {e.first for e in self.dates if e.weekday is not None}
        return any(w.first not in inside and w.last not in starts for w in words)

    def breaks(self) -> list[int]:
        """Return where words that open another clause stand (who, after, that, said ...): do not change it.

        The list is the one separated() keeps for these kinds (asked for every cue and date): found once.
        """
        return self._firsts(_BREAKERS)

    def separated(self, a: int, b: int, kinds: tuple[str, ...] = _BREAKERS, dated: bool = False,
                  ignore: frozenset[int] = frozenset()) -> bool:
        """Tell whether a clause-opening word (of the kinds) stands strictly between tokens a and b.

        dated: the words inside date expressions do not count ("two days after" is a date, not a clause);
        nor do the words at the ignored positions.
        """
        lo, hi = min(a, b), max(a, b)
        inside = self.dated() if dated else frozenset()
        for f in self._firsts(kinds):  # noqa: SIM110 (a plain loop, no generator: asked for many token pairs)
            if lo < f < hi and f not in inside and f not in ignore:
                return True
        return False

    def _firsts(self, kinds: tuple[str, ...]) -> list[int]:
        """Return where the words of these kinds begin (kept per kinds: separated runs for every pair)."""
        hit = self._starts.get(kinds)
        if hit is None:
            hit = self._starts[kinds] = [m.first for kind in kinds for m in self.words(kind)]
        return hit

    def same_clause(self, a: int, b: int, kinds: tuple[str, ...] = _BREAKERS) -> bool:
        """Tell whether tokens a and b are in one clause: no clause punctuation or clause word between."""
        lo, hi = min(a, b), max(a, b)
        return not any(lo < p <= hi for p in self.marks) and not self.separated(lo, hi, kinds)

    def since_of(self, e: DateExpr) -> Match[Payload] | None:
        """Return the "since" that governs a date, if one does.

        It stands right before it ("since June", "since the G20 summit in Osaka, late June") or right after
        it (Turkish "2019'dan bu yana").
        """
        for w in self.words("since"):
            if e.last <= w.first <= e.last + 2 and self.verb_final:
                return w  # a postposition: "2019'dan bu yana" (in other languages it opens the next phrase)
            if self.subordinators_follow and e.last <= w.first <= e.last + _SINCE_CLAUSE \
                    and not any(e.last <= p <= w.first for p in self.marks) \
                    and not any(e.last <= c[0] < w.first for c in self.cues()):
                # "Kasım ayında ... uçağının düşürülmesinden bu yana": the date is the event's the
                # postposition closes (Turkish, whose "since" follows what it governs; Persian "از" leads)
                return w
            if w.last <= e.first:
                if self._short_since(w):
                    if e.first == w.last:
                        return w  # Russian "с октября"; "с визитом в ноябре" is "with a visit"
                    continue
                summit = any(w.last <= m.first <= w.last + 3 for m in self.words("summit")) or any(
                    w.last <= c[0] <= w.last + 1 for c in self.cues()) \
                    or any(w.last <= m.first <= w.last + 3 for m in self.words("visit"))
                # ("since the talks in Sochi in May", "since Xi's state visit to Moscow in March")
                if e.first - w.last <= (_SINCE_SUMMIT if summit else _SINCE_NEAR):
                    return w
        return None

    def _short_since(self, w: Match[Payload]) -> bool:
        """Tell whether a "since" is one short word that may mean "with" or "from" (Russian "с", Polish "od").

        A phrase of two words never is: Italian "da quando", Polish "od czasu".
        """
        return w.last - w.first == 1 and len(self.tokens[w.first].form) <= 2

    def _since_reach(self, w: Match[Payload]) -> int:
        """Return how far a "since" governs its clause: further after a "first" in its clause before it."""
        for f in self.words("firsts"):
            if w.first - _FIRST_BEFORE <= f.last <= w.first \
                    and not any(f.last <= p <= w.first for p in self.marks):
                return _SINCE_FIRST
        return _SINCE_CLAUSE

    def after_since(self, e: DateExpr) -> bool:
        """Tell whether a date belongs to what a "since" names: "since the fall of Assad on 8 December".

        It follows the "since" in its clause. A one-letter "since" (Russian "с", also "with") governs only
        the date right after it ("с октября"), not "с Путиным 5 марта".
        """
        for w in self.words("since"):
            # (a cue between closes the phrase: "впервые после возвращения Трампа президенты поговорили
            # 12 февраля" dates the call; not the contact the "since" names: "since their last meeting")
            # (beyond the plain reach, after "first ... since", no cue may follow the "since" at all: "the
            # first meeting since the inauguration of Milei in December in Buenos Aires, where they had
            # spoken briefly" dates that talk)
            if self._short_since(w) or not w.last <= e.first <= w.last + self._since_reach(w):
                continue
            near = e.first <= w.last + _SINCE_CLAUSE
            if not any(w.last < p <= e.first for p in self.marks) and not any(
                    w.last + _SINCE_NOUN < c[0] < e.first if near else w.last <= c[0] for c in self.cues()):
                return True
        return False

    def postposed(self, e: DateExpr, cue_at: int | None = None) -> bool:
        """Tell whether a date sits in a clause a postposition closes, away from the cue (verb-final only).

        Turkish "Kasım 2015'te uçağın düşürülmesinin ardından ...": "ardından" ("after") ends the phrase
        that began at the last clause mark, and what it holds happened before, unless the cue is in it
        too ("dün Putin ile görüştükten sonra": the meeting is the clause's own).
        """
        if not self.verb_final:
            return False
        if self.subordinators_follow and self._participle_after(e):
            return True
        start = max([p for p in self.marks if p <= e.first], default=self.lo)
        for w in self.words("subordinators"):
            if w.first >= e.last and not any(e.last <= p <= w.first for p in self.marks):
                return cue_at is None or not start <= cue_at < w.first
        return False

    def _participle_after(self, e: DateExpr) -> bool:
        """Tell whether a Turkish date opens a relative participle on a noun that is no contact.

        "geçen yıl gerilen ilişkilerde" (in the relations strained last year): the date is the participle's;
        "13 Kasım'da başlayan görüşme" (the meeting that began on 13 November) keeps it, its noun a cue.
        """
        at = e.last
        if at + 1 >= self.hi or at in self.marks or at + 1 in self.marks:
            return False
        word = self.text[self.tokens[at].start : self.tokens[at].end]
        if not word[:1].islower() or len(word) <= _PARTICIPLE_MIN or not word.endswith(_PARTICIPLES):
            return False
        # the noun may carry its place first: "Temmuz ayında planlanan Türkiye ziyareti"
        head = at + 1
        place = next((m for m in self.matches if m.first == head
                      and all(isinstance(p, Place | City) for p in m.payloads)), None)
        if place is not None:
            head = place.last
        return not any(c[0] == head for c in self.cues())

    def future_date(self, e: DateExpr) -> bool:
        """Tell whether a future marker follows a date: "the summit to be held in July" is no past day.

        Where the verb comes last its participle may stand farther on in the clause, before any cue ("24
        Nisan'da ... yapacağı açıklama": the statement he will make on 24 April).
        """
        if any(e.last <= m <= e.last + 2 for m in self.future_marks):
            return True
        starts = [c[0] for c in self.cues()]
        if not self.verb_final:
            # "примет участие в церемонии открытия Олимпийских игр 4 февраля": a future verb before the
            # date in its clause, no cue between
            return any(e.first - _FUTURE_BEFORE <= m < e.first and self.same_clause(m, e.first)
                       and not any(m < c < e.first for c in starts) for m in self.future_marks)
        return any(e.last <= m <= e.last + _FUTURE_FINAL and self.same_clause(e.last - 1, m)
                   and not any(e.last <= c <= m for c in starts) for m in self.future_marks)

    def nearest_cue(self, cues: list[CueAt], first: int, last: int) -> CueAt:
        """Return the cue a mention at tokens [first, last) belongs to: the nearest, one before it on a tie.

        In verb-final languages (Turkish, Persian) a mention's verb follows it: the nearest cue after it in
        its clause, unless a cue noun stands right before it ("نامه‌ای به خامنه‌ای نوشته").
        """
        if self.verb_final and not self._cue_right_before(cues, first):
            after = self._cue_after(cues, last)
            if after is not None:
                return after
        # the first cue of the least (distance, after the mention) key, as min() with that key picks it
        # (a plain loop: this runs for every mention, and most sentences hold one or two cues)
        best, best_key = cues[0], (min(abs(first - cues[0][1]), abs(cues[0][0] - last)), cues[0][0] > first)
        for c in cues:
            key = (min(abs(first - c[1]), abs(c[0] - last)), c[0] > first)
            if key < best_key:
                best, best_key = c, key
        return best

    def _cue_after(self, cues: list[CueAt], last: int) -> CueAt | None:
        """Return the first cue after token last in its clause (the verb of a verb-final mention), if any.

        (A method of its own: its comprehension in nearest_cue made that method's locals closure cells,
        built for every mention in every language.)
        """
        after = [c for c in cues if c[0] >= last and not any(last < p <= c[0] for p in self.marks)]
        return min(after, key=lambda c: c[0]) if after else None

    def _cue_right_before(self, cues: list[CueAt], first: int) -> bool:
        """Tell whether a cue ends at most two tokens before token first, in its clause."""
        for c in cues:  # (a plain loop, no generator: asked for every mention)
            if 0 <= first - c[1] <= 2 and not any(c[1] <= p <= first for p in self.marks) \
                    and not self.separated(c[1] - 1, first):
                return True
        return False

    def destination(self, cue: CueAt, people: list[tuple[int, int]]) -> str | None:
        """Return where a visit went: the country or city named right after its word, or just before it.

        "visit to Moscow", "visite de soutien à l'Ukraine", "Ankara'yı ziyaret etti"; "the visit of
        President X to Y" skips the visitor (people are the token spans of person chunks).
        """
        inside = {i for a, b in people for i in range(a, b)}
        after = cue[1]
        for a, b in people:
            if after <= a <= after + 1:
                after = b
        for m in self.matches:
            if m.first in inside or not (after <= m.first <= after + _DESTINATION_REACH
                                         or cue[0] - 2 <= m.first < cue[0]):
                continue
            if m.last - m.first == 1 and len(self.tokens[m.first].form) <= 3 \
                    and self.text[self.tokens[m.first].start].islower():
                continue  # "avant un entretien": a country's acronym is written in capitals (UN, US)
            dest = next((p.iso3 for p in m.payloads if isinstance(p, Place | City)), None)
            if dest is not None:
                return dest
        return None

    def is_visit(self, cue: CueAt) -> bool:
        """Tell whether a cue is a visit word ("visit", "trip", "arrived")."""
        at = cue[0]
        for m in self.word_kinds().get("visit", ()):  # noqa: SIM110 (a plain loop, no generator: asked often)
            if m.first == at:
                return True
        return False

    def gap(self, a: int, b: int) -> str:
        """Return the text between token a-1's end and token b's start."""
        return self.text[self.tokens[a - 1].end : self.tokens[b].start]

    def side_clause(self, first: int) -> tuple[int, int] | None:
        """Return the side clause ("who ...", "while ...", "الذي ...") a token sits in, as a token span.

        It runs from a clause mark followed (within three words) by a relative or subordinating word to
        the next clause mark.
        """
        if first in self._sides:
            return self._sides[first]
        clause = self._sides[first] = self._side_clause(first)
        return clause

    def _side_clause(self, first: int) -> tuple[int, int] | None:
        start, end = self._marks_around(first)
        if start == self.lo and first == self.lo:
            return None
        opener = None
        closed: frozenset[int] | None = None  # read at the first candidate: most clauses open with none
        for i in range(start, min(start + 3, first + 1)):  # (a plain loop: no generator per token asked)
            if not self.relative_words.isdisjoint(self.tokens[i].keys) or (
                    i == start and ((self.comma_relatives and self._comma_relative(i))
                                    or self._comma_participle(i))):
                if closed is None:
                    closed = self._no_openers()
                if i not in closed:
                    opener = i
                    break
        if opener is None or opener == self.lo:
            return None
        if self.subordinators_follow and _inside_match(self.words("subordinators"), opener):
            # "Vatikan temaslarının ardından ... Mattarella ile görüştü": the clause is the one before it
            return (start, opener + 1) if first <= opener else None
        return opener, end

    def _no_openers(self) -> frozenset[int]:
        """Return the tokens where no side clause opens: inside a date or a phrase that is no cue."""
        dated = self.dated()  # "bir gün önce" is a date
        if dated:
            dated = self._dated_openers(dated)
        phrases = self.words("not_cues")
        if phrases:  # "öğleden sonra" (the afternoon) is a phrase of its own, whose "sonra" opens no clause
            dated |= {i for w in phrases for i in range(w.first, w.last)}
        # a full name's first word is no relative: Hindi "जो बाइडन" (Joe Biden) begins with "जो" (who)
        named = [i for m, k in zip(self.matches, self.kinds(), strict=True) if k.full_names
                 for i in range(m.first, m.last)]
        return dated | frozenset(named) if named else dated

    def _dated_openers(self, dated: frozenset[int]) -> frozenset[int]:
        """Return the dated tokens but a date's closing subordinator with a person right after it.

        ", a day after Modi had held talks with Xi": the date's "after" opens a clause with a subject of its
        own (not ", a day after the summit": no clause, the "after" stays in the date).
        """
        closing = {w.last: w.first for w in self.words("subordinators")
                   if w.first in dated and w.last not in dated}
        if not closing:  # (most dates close with no subordinator: no look at the matches)
            return dated
        opening = {closing[m.first] for m, k in zip(self.matches, self.kinds(), strict=True)
                   if m.first in closing and k.person}
        return dated - opening if opening else dated

    def _marks_around(self, first: int) -> tuple[int, int]:
        """Return the clause bounds around a token: the last clause mark up to it, the first one after it.

        Within the sentence the sorted marks tell where they stand (no word holds a clause mark), found by
        bisection instead of a look at the text between each two tokens.
        """
        if self.lo <= first < self.hi:
            at = bisect_right(self.marks, first)
            marks = self.marks
            return (marks[at - 1] if at else self.lo), (marks[at] if at < len(marks) else self.hi)
        marked = self.text_marks
        if marked is not None:  # a token of another sentence: the text's marks, bisected the same way
            start = first
            if first > self.lo:
                at = bisect_right(marked, first)
                start = marked[at - 1] if at and marked[at - 1] > self.lo else self.lo
            end = first + 1
            if end < self.hi:
                at = bisect_left(marked, end)
                end = marked[at] if at < len(marked) and marked[at] < self.hi else self.hi
            return start, end
        start = first
        while start > self.lo and CLAUSE_MARKS.isdisjoint(self.gap(start, start)):
            start -= 1
        end = first + 1
        while end < self.hi and CLAUSE_MARKS.isdisjoint(self.gap(end, end)):
            end += 1
        return start, end

    def _comma_relative(self, i: int) -> bool:
        """Tell whether a word right after a comma is a relative pronoun, not an article.

        ", der im März aus dem Amt scheidet": a lower-case word follows that is no adjective; ", der
        Kanzler" (a noun) and ", der türkische Präsident" (an adjective ending) are articles.
        """
        if self.tokens[i].form not in self.comma_relatives or i + 1 >= self.hi \
                or "," not in self.text[self.tokens[i - 1].end : self.tokens[i].start]:
            return False
        after = self.text[self.tokens[i + 1].start : self.tokens[i + 1].end]
        return after[:1].islower() and not (len(after) > 3 and after.endswith(_ADJECTIVE_ENDINGS))

    def relative_at(self, i: int) -> bool:
        """Tell whether token i is (in) a relative word, or German's relative pronoun after a comma."""
        return any(m.first <= i < m.last for m in self.words("relative")) \
            or (bool(self.comma_relatives) and self._comma_relative(i))

    def _comma_participle(self, i: int) -> bool:
        """Tell whether a word right after a comma is a Russian active participle opening its phrase.

        "Зеленский, ранее призывавший Путина приехать, прибыл в Анкару": the phrase is a side clause, as
        "who had urged Putin to come" is (an adverb may stand first).
        """
        if not cyrillic_script(self.tokens[i].form):
            return False  # (most sentences are in other scripts: no suffix test there)
        for j in (i, i + 1):
            if j < self.hi and self.tokens[j].form.endswith(_RU_PARTICIPLES) \
                    and not self.tokens[j].form.startswith(_RU_NOT_PARTICIPLES):
                return "," in self.gap(i, i) \
                    and (j == i or not _is_cyrillic_capital(self.text, self.tokens[i]))
        return False

    def in_side_clause(self, first: int, cue_at: int | None = None) -> bool:
        """Tell whether a token sits in a side clause that does not hold the cue."""
        clause = self.side_clause(first)
        return clause is not None and not (cue_at is not None and clause[0] <= cue_at < clause[1])


# Endings of Russian active participles, folded ("й" reads as "и"): past "-вший" and present "-ющий",
# "-ящий", "-ащий", "-ущий"; adjectives of the same shape ("следующий", "будущий") are none.
_RU_PARTICIPLES = tuple(f"{stem}{end}" for stem in ("вш", "ющ", "ящ", "ащ", "ущ")
                        for end in ("ии", "ая", "ее", "ие", "его", "еи", "им", "ими", "их", "ую"))
_RU_NOT_PARTICIPLES = ("следующ", "будущ", "предыдущ", "настоящ", "текущ", "бывш", "ведущ", "действующ")


def _is_cyrillic_capital(text: str, token: Token) -> bool:
    """Tell whether a token is written with a capital Cyrillic letter (a name, not an adverb)."""
    first = text[token.start : token.start + 1]
    return cyrillic_script(first) and first.isupper()


# How far back from an inner particle its verb may stand: "tog president Joe Biden på onsdagen emot"
_SPLIT_REACH = 7


def _split_cues(s: Parsed, split: dict[str, SplitCue]) -> None:
    """Add the cue of a split verb at its particle: "kam er mit Scholz zusammen", "tog i går emot"."""
    added: list[Match[Payload]] = []
    for j in range(s.lo + 1, s.hi):
        hit = split.get(s.tokens[j].form)
        if hit is None or (hit.closes and j + 1 < s.hi and j + 1 not in s.marks):
            continue  # a closing particle closes its clause: a mark or the sentence end follows
        i = j - 1
        while i >= s.lo and s.tokens[i].form not in hit.verbs and i not in s.marks:
            i -= 1  # back to the verb, within the clause (i in marks: punctuation before token i)
        if i < s.lo or s.tokens[i].form not in hit.verbs:
            continue
        # an inner particle right after its verb is the lexicon's own phrase ("tog emot"), far away another
        # verb's word
        if hit.closes or 1 < j - i <= _SPLIT_REACH:
            added.append(Match(j, j + 1, (hit.cue,)))
    if added:
        s.add(added)


# How many words (an adjective, a noun: "first foreign leader", "first Western head of state") may stand
# between "first" and the infinitive it ranks.
_FIRST_TO = 6  # "the first Australian leader in seven years to visit": a noun phrase with its time phrase


def _purposes(s: Parsed, lang: str | None) -> None:
    """Make the purpose infinitive of a trip told in the past its meeting: "è volata al Cairo per incontrare".

    A travel word before it in its clause ("volata", "flew", "visita"), with no other plan marker in the
    sentence ("volerà", "sarà in visita", "will fly", "upcoming") and no negation ("was postponed"), went for
    that meeting; the infinitive is then an in-person cue and no plan. With no such trip ("ha chiesto di ...
    per incontrare") it stays a plan.
    """
    held: list[Match[Payload]] = []
    if s.words("negation") or s.words("denial"):
        return  # "Biden's trip to Germany to meet Scholz was postponed": called off
    firsts = s.words("firsts")
    for w in s.words("purposes"):
        trip = next((v for v in reversed(s.words("visit")) if v.last <= w.first), None)
        # "became the first foreign leader to meet Trump": the first to do it did it
        first = next((f for f in firsts if 0 <= w.first - f.last <= _FIRST_TO), None) if firsts else None
        if first is not None and s.same_clause(first.first, w.first):
            trip = first
        if trip is None or not s.same_clause(trip.first, w.first):
            continue
        # no other plan marker in the sentence ("upcoming", "will", "is expected next week")
        if not any(p < w.first or p >= w.last for p in s.future_marks):
            held.append(w)
    if not held:
        return
    cue = Cue("in_person", 2, lang)
    spans = {(w.first, w.last) for w in held}
    s.matches = [Match(m.first, m.last, (*(p for p in m.payloads
                                            if not (isinstance(p, Word) and p.kind == "planned")), cue))
                 if (m.first, m.last) in spans else m for m in s.matches]
    s.future_marks = [p for p in s.future_marks if not any(a <= p < b for a, b in spans)]
    s.reset()


_LANGUAGE_TYPES = (Word, Cue, Name)  # payloads that belong to one language
# What OwnWords remembers of a payload tuple: the tuple, what it keeps, the kinds of what it keeps.
_Remembered = tuple[tuple[Payload, ...], tuple[Payload, ...], Kinds]


class OwnWords:
    """Keeps a language's own payloads of a match, remembered per payload tuple (one per language).

    A match's payloads are its trie node's own tuple, the same object in every text: the filtered tuple is
    found once and is itself the same object each time, so kinds_of finds it remembered too.
    """

    _MAX = 50_000  # payload tuples remembered before starting over (merged tuples are new each time)

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._memo: dict[int, _Remembered] = {}
        # what own() remembers, by the tuple's id: (the tuple, what it keeps, the kinds of what it keeps)
        self.memo = self._memo.get

    def own(self, payloads: tuple[Payload, ...]) -> tuple[Payload, ...]:
        """Return the payloads that are no function word or cue of another language (the tuple if none is)."""
        return self.remember(payloads)[1]

    def remember(self, payloads: tuple[Payload, ...]) -> _Remembered:
        """Return the memo's entry for a payload tuple: itself, what it keeps, and the kinds of that."""
        hit = self._memo.get(id(payloads))
        if hit is not None and hit[0] is payloads:  # the entry keeps the tuple: its id is not reused
            return hit
        if len(self._memo) >= self._MAX:
            self._memo.clear()
        kept = _own(payloads, self.lang) if _foreign(payloads, self.lang) else payloads
        hit = self._memo[id(payloads)] = (payloads, kept, kinds_of(kept))
        return hit


def _inside_match(matches: Sequence[Match[Payload]], at: int) -> bool:
    """Tell whether token at lies inside one of the matches.

    (A function, not a generator in Parsed._side_clause: one there made its locals closure cells, built for
    every clause asked about.)
    """
    return any(w.first <= at < w.last for w in matches)


def _in_language(vocab: PhraseIndex[Payload], tokens: Sequence[Token], lo: int, hi: int, text: str,
                 words: OwnWords) -> tuple[list[Match[Payload]], list[Kinds], dict[str, list[Match[Payload]]],
                                           list[CueAt]]:
    """Find the matches of tokens[lo:hi] without function words and cues of other languages, and their kinds.

    The English adjective "brief" is no German letter ("Brief"). A match left with nothing is read again
    for the text's own words inside it: Portuguese "por videoconferencia" hides no Spanish
    "videoconferencia". The kinds are Parsed.kinds, read from the same memo entry (no second lookup per
    match), and one _file call files Parsed.words' and Parsed.cues' tables (no call per match filed).
    """
    memo = words.memo
    out = []
    kinds: list[Kinds] = []
    found: dict[str, list[Match[Payload]]] = {}
    cues: list[CueAt] = []
    for m in vocab.find(tokens, lo, hi):
        # (a match's payloads read once: a named tuple's field is a descriptor call each time)
        payloads = m.payloads
        hit = memo(id(payloads))  # (OwnWords.remember inline: a match's tuple is nearly always remembered)
        if hit is None or hit[0] is not payloads:
            hit = words.remember(payloads)
        kept = hit[1]
        if kept is not payloads:
            if not kept:
                if m.last - m.first > 1:  # a one-word match holds all its word's phrases: none is left
                    inside = vocab.find(tokens, m.first, m.last, keep=words.own)
                    out += inside
                    kinds += map(kinds_of, map(_PAYLOADS, inside))
                continue
            m = tuple.__new__(Match, (m.first, m.last, kept))  # (no Python-level __new__)
        out.append(m)
        kinds.append(hit[2])
    _file(zip(out, kinds, strict=True), found, cues, text, tokens, lo)  # (one call a sentence, not a match)
    if "title_objects" in found:  # (rare: a receiving verb and its article; filed again when one gives way)
        read = _title_objects(vocab, tokens, text, out, kinds, words)
        if read is not None:
            out, kinds = read
            found.clear()
            cues.clear()
            _file(zip(out, kinds, strict=True), found, cues, text, tokens, lo)
    return out, kinds, found, cues


def _title_objects(vocab: PhraseIndex[Payload], tokens: Sequence[Token], text: str,
                   out: list[Match[Payload]], kinds: list[Kinds],
                   words: OwnWords) -> tuple[list[Match[Payload]], list[Kinds]] | None:
    """Read "received the" as its verb's cue where a title is its object: "received the Italian leader".

    The not-cue stands for "received the letter"; a title right after it (a demonym before the title
    allowed) is the guest, unless a possessive follows ("received the Chinese leader's letter"). None when
    no not-cue gives way.
    """
    def keep(payloads: tuple[Payload, ...]) -> tuple[Payload, ...]:
        return tuple(p for p in words.own(payloads)
                     if not (type(p) is Word and p.kind in ("not_cues", "title_objects")))

    new_out: list[Match[Payload]] = []
    new_kinds: list[Kinds] = []
    changed = False
    for at, (m, k) in enumerate(zip(out, kinds, strict=True)):
        if "title_objects" in k.word_kinds and _titled(out, kinds, at + 1, tokens, text):
            inside = vocab.find(tokens, m.first, m.last, keep=keep)
            new_out += inside
            new_kinds += map(kinds_of, map(_PAYLOADS, inside))
            changed = True
            continue
        new_out.append(m)
        new_kinds.append(k)
    return (new_out, new_kinds) if changed else None


def _titled(out: Sequence[Match[Payload]], kinds: Sequence[Kinds], j: int, tokens: Sequence[Token],
            text: str) -> bool:
    """Tell whether the matches from j on are a title with no possessive after it (or its "of" country)."""
    n, pos = len(out), out[j - 1].last
    if j < n and out[j].first == pos and kinds[j].places and not kinds[j].titles:  # "the Italian leader"
        pos, j = out[j].last, j + 1
    if j >= n or out[j].first != pos or not kinds[j].titles:
        return False
    ends = [out[j].last]
    if j + 2 < n and "fillers" in kinds[j + 1].word_kinds and kinds[j + 2].places \
            and out[j + 1].first == ends[0] and out[j + 2].first == out[j + 1].last:
        ends.append(out[j + 2].last)  # "the prime minister of India's visit"
    return not any(text[tokens[e - 1].end : tokens[e - 1].end + 1] in ("'", "\u2019") for e in ends)


def _file(read: Iterable[tuple[Match[Payload], Kinds]], found: dict[str, list[Match[Payload]]],
          cues: list[CueAt], text: str, tokens: Sequence[Token], lo: int) -> None:
    """File the matches with a cue or function words, in order, in Parsed.cues' and Parsed.words' tables."""
    for m, k in read:  # (most matches are names, titles, places: neither)
        if k.cue is not None:
            cues.append((m.first, m.last, k.cue))
        if k.word_kinds and not (k.places and m.first > lo and text[tokens[m.first].start].isupper()):
            # (a capitalized word inside the sentence that is also a place is a name: "presidente do Irã" is a
            # country, not the future "irá")
            for w in k.word_kinds:
                listed = found.get(w)  # (no new empty list per word, as setdefault would make)
                if listed is None:
                    found[w] = [m]
                else:
                    listed.append(m)


def _own(payloads: tuple[Payload, ...], lang: str) -> tuple[Payload, ...]:
    """Return the payloads that are no function word or cue of another language than lang."""
    return tuple(p for p in payloads
                 if not (type(p) in _LANGUAGE_TYPES and p.lang not in (None, lang)))  # type: ignore[union-attr]


def _foreign(payloads: tuple[Payload, ...], lang: str) -> bool:
    """Tell whether a match holds a function word or cue of another language than lang."""
    for p in payloads:  # noqa: SIM110 (a plain loop, no generator: this runs for every match of every text)
        if type(p) in _LANGUAGE_TYPES and p.lang not in (None, lang):  # type: ignore[union-attr]
            return True
    return False


@lru_cache(maxsize=100_000)
def _has_affix(form: str, affixes: tuple[str, ...]) -> bool:
    """Tell whether a word carries a future suffix inside it ("görüşecek"), or ends in one ("-mek")."""
    return len(form) > 5 and any(form.endswith(a[1:]) if a[0] == "-" else a in form for a in affixes)


# A time in brackets right after a date ("（日本時間16日未明）": a digit inside), with the comma after it.
_TIME_BRACKET = re.compile(r"\s*\([^()]{0,20}[0-9][^()]{0,20}\)\s*,?")
# The weekday the Israeli press writes in brackets after a day word ("אתמול (חמישי)", "היום (שני)"): one
# Hebrew word, which closes no clause (Lexicon.weekday_brackets; the pattern reads the Hebrew script, that of
# the one language that sets it: another's would add its letters here).
_DAY_BRACKET = re.compile(r"\s*\([\u05d0-\u05ea'\u05f3]{2,8}\)")


def _unbracket(sent: Parsed, text: str, starts: list[int], bracket: re.Pattern[str]) -> list[int]:
    """Drop the clause marks of a bracket right after a date ("אתמול (חמישי) בירושלים")."""
    closed: set[int] = set()
    for e in sent.dates:
        day = bracket.match(text, sent.tokens[e.last - 1].end)
        if day is not None:
            closed.update(range(e.last, bisect_left(starts, day.end()) + 1))
    return [p for p in sent.marks if p not in closed]


# The words of one sentence read at most. The longest sentence of the development sets (1,188 reports,
# 2026-12-01) has 76 words; a sentence four times as long is no sentence a reporter writes but hostile input
# (every leader listed, a name repeated with no full stop), whose work grows as the square or the cube of its
# names (rules' pairs, pairing.runs): read for its first MAX_WORDS words, one report's extraction stays
# bounded (a 200 kB sentence: 20 s before). The words after it belong to no sentence.
MAX_WORDS = 300



def _in_word(text: str, at: int) -> bool:
    """Tell whether a colon stands inside a word: Swedish and Finnish "USA:s", "EU:n" (a case ending).

    Such a colon opens no clause: "tagits emot av USA:s president Joe Biden i torsdags" is one clause.
    """
    return text[at] == ":" and 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalpha()


def parse(text: str, tokens: list[Token], vocab: PhraseIndex[Payload], date_index: DateIndex,
          relative_words: frozenset[str], future_affixes: tuple[str, ...],
          split: dict[str, SplitCue] | None = None,
          verb_final: bool = False, lang: str | None = None,
          future_endings: tuple[str, ...] = (),
          comma_relatives: frozenset[str] = frozenset(), subordinators_follow: bool = False,
          own_words: OwnWords | None = None, grammar: Grammar = PLAIN) -> list[Parsed]:
    """Split a text into sentences and read each: matches, dates, clause marks, future markers.

    split holds the clause-final particles of split verbs ("kam ... zusammen"): where one closes a clause
    its verb opened, the particle is a cue. lang, when the text's language has a lexicon, keeps only its
    function words (own_words, the extractor's filter for lang, remembers what it kept across texts).
    """
    starts = list(map(_START, tokens))
    words = None if lang is None else own_words if own_words is not None and own_words.lang == lang \
        else OwnWords(lang)
    # tokens with clause punctuation before them, found once for the document
    marked = sorted({bisect_left(starts, at) for at in char_positions(text, _MARKS)
                     if not _in_word(text, at)})
    future = [j for j, t in enumerate(tokens) if _has_affix(t.form, future_affixes)] if future_affixes else []
    if future_endings:  # a lower-case word with a future tense's written ending ("concluirá", "incontrerà")
        lasts = {fold(e)[-1] for e in future_endings}  # a cheap test on the folded form first
        ends = (j for j, t in enumerate(tokens) if t.form[-1:] in lasts and t.end - t.start > 3
                and text[t.start].islower() and text[t.start:t.end].endswith(future_endings))
        future = sorted({*future, *ends})
    out = []
    for i, s in enumerate(split_sentences(text)):
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        end = s.end
        if hi - lo > MAX_WORDS:  # hostile input: read for its first part only (see MAX_WORDS)
            hi = lo + MAX_WORDS
            end = tokens[hi - 1].end
        heading = s.end - s.start < _HEADING and text[s.end - 1] not in ".!?؟…。।॥۔\"'”»:;)"
        kinds = found = cues = None
        if words is None:
            matches = vocab.find(tokens, lo, hi)
        else:
            matches, kinds, found, cues = _in_language(vocab, tokens, lo, hi, text, words)
        sent = Parsed(i, s.start, end, s.paragraph, lo, hi, matches, date_index, tokens, text, heading,
                      relative_words=relative_words, verb_final=verb_final, comma_relatives=comma_relatives,
                      nouns_capitalized=grammar.nouns_capitalized, subordinators_follow=subordinators_follow,
                      _kinds=kinds, _words=found, _cues=cues)
        if grammar.partner_marks is not None:
            sent.partner_marks = grammar.partner_marks
        if grammar.has_clitics:
            sent.clitic_grammar = grammar
        sent.marks = marked[bisect_left(marked, lo + 1) : bisect_left(marked, hi)]
        sent.text_marks = marked
        if grammar.time_comma and sent.marks:
            closed = {e.last for e in sent.dates}
            for e in sent.dates:
                # "15日（日本時間16日）、": the time on another clock in brackets, and the comma after them
                zone = _TIME_BRACKET.match(text, tokens[e.last - 1].end)
                if zone is not None:
                    closed.update(range(e.last, bisect_left(starts, zone.end()) + 1))
            sent.marks = [p for p in sent.marks if p not in closed]
        elif grammar.weekday_brackets and sent.marks:
            sent.marks = _unbracket(sent, text, starts, _DAY_BRACKET)
        if split:
            _split_cues(sent, split)
        # future markers: planned words, and verbs with a future suffix (Turkish "görüşecek")
        marks = future[bisect_left(future, lo) : bisect_left(future, hi)]  # sorted, each once
        table = sent.word_kinds()
        planned = table.get("planned")
        sent.future_marks = sorted({m.first for m in planned}.union(marks)) if planned else marks
        if "purposes" in table:
            _purposes(sent, lang)
        out.append(sent)
    return out
