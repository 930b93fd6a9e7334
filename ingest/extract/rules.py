"""The rule-based extractor: sentences -> leader mentions and contact cues -> dated, deduplicated contacts."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from graph.merge import build_contact
from graph.models import Assertion, Contact, Document, Mode, Participant, Precision, Setting, Source, Status
from ingest.extract.dates import DateExpr, DateWord, build_date_index, find_dateline, find_dates, resolve
from ingest.extract.lexicon import Lexicon, all_lexicons
from ingest.extract.mentions import Chunk, Mention, Resolver, build_chunks, cues_in
from ingest.extract.phrases import Match, PhraseIndex
from ingest.extract.sentences import split_sentences
from ingest.extract.tokens import Token, fold_phrase, tokenize
from ingest.extract.topics import NamedPlace, Topic, build_topic_index, topics_and_places
from ingest.extract.vocab import Cue, Payload, Place, Word, build_vocab
from ingest.gazetteer import Gazetteer

_Pair = tuple[Mention, Mention, float]
# How far (in tokens) from the leaders a cue may stand and still be about them.
_CUE_REACH = 10
# How far the cue may stand after the leaders when nothing opens another clause between (Turkish and Persian
# put the verb last, after every adverbial).
_CLAUSE_REACH = 25
# Punctuation that closes one clause and opens the next.
_CLAUSE_MARKS = frozenset(",;:(—–،؛")

# How far (in tokens) a negation or a future marker reaches from a cue.
_NEG_BEFORE, _NEG_AFTER = 4, 2
_PLAN_BEFORE, _PLAN_AFTER = 6, 5
# Sentences after a contact's own that still speak about it ("During the call, ...").
_FOLLOW = 3
# A line shorter than this with no closing punctuation is a headline or caption: it only repeats.
_HEADING = 90
# A topic's score to be kept: keywords in the contact's own sentences count 2, in the ones after 1.
_TOPIC_MIN = 2
# Words that open another clause: a date across one from its cue is another event's.
_BREAKERS = ("relative", "complementizers", "reporting")
# How far after "since" its date may stand ("since June", "since the G20 summit in Osaka, late June").
_SINCE_NEAR, _SINCE_SUMMIT = 2, 8


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    lo: int
    hi: int
    matches: list[Match[Payload]]
    dates: list[DateExpr]
    heading: bool = False  # a short line with no closing punctuation: a headline or a caption
    future_marks: list[int] = field(default_factory=list)  # where future or announcement markers stand
    marks: list[int] = field(default_factory=list)  # tokens with clause punctuation (",;:(") before them
    _words: dict[str, list[Match[Payload]]] | None = None

    def breaks(self) -> list[int]:
        """Return where words that open another clause stand (who, after, that, said, since ...)."""
        return [m.first for kind in _BREAKERS for m in self.words(kind)]

    def separated(self, a: int, b: int) -> bool:
        """Tell whether a clause-opening word stands strictly between tokens a and b."""
        lo, hi = min(a, b), max(a, b)
        return any(lo < p < hi for p in self.breaks())

    def same_clause(self, a: int, b: int) -> bool:
        """Tell whether tokens a and b are in one clause: no clause punctuation or clause word between."""
        lo, hi = min(a, b), max(a, b)
        return not any(lo < p <= hi for p in self.marks) and not self.separated(lo, hi)

    def since_of(self, e: DateExpr) -> Match[Payload] | None:
        """Return the "since" that governs a date, if one does.

        It stands right before it ("since June", "since the G20 summit in Osaka, late June") or right after
        it (Turkish "2019'dan bu yana").
        """
        for w in self.words("since"):
            if e.last <= w.first <= e.last + 2:
                return w
            if w.last <= e.first:
                summit = any(w.last <= m.first <= w.last + 3 for m in self.words("summit"))
                if e.first - w.last <= (_SINCE_SUMMIT if summit else _SINCE_NEAR):
                    return w
        return None

    def words(self, kind: str) -> list[Match[Payload]]:
        """Return the matches of function words of one kind (planned, negation, ...)."""
        if self._words is None:
            self._words = {}
            for m in self.matches:
                for p in m.payloads:
                    if isinstance(p, Word):
                        self._words.setdefault(p.kind, []).append(m)
        return self._words.get(kind, [])


@dataclass
class _Statement:
    """One sentence's statement of a contact between two resolved leaders."""

    a: Mention
    b: Mention
    sentence: int
    mode: Mode | None
    weight: int
    status: Status
    date: tuple[str, Precision] | None
    initiator: str | None
    confidence: float
    heading: bool = False
    context: tuple[str, Precision] | None = None  # the narrative's day when the sentence gives none


@dataclass
class _Group:
    """Statements of one contact."""

    statements: list[_Statement] = field(default_factory=list)

    @property
    def pair(self) -> frozenset[str]:
        s = self.statements[0]
        return frozenset((s.a.leader_id or "", s.b.leader_id or ""))

    @property
    def status(self) -> Status:
        return self.statements[0].status

    @property
    def date(self) -> tuple[str, Precision] | None:
        return next((s.date for s in self.statements if s.date), None)

    @property
    def when(self) -> tuple[str, Precision] | None:
        """The stated date, else the narrative's day at its first statement."""
        return self.date or next((s.context for s in self.statements if s.context), None)

    @property
    def best(self) -> _Statement:
        return max(self.statements, key=lambda s: s.weight)


class RuleExtractor:
    """Extracts leader contacts with lexicons and the gazetteer; build once, call extract() per document."""

    name = "rules"
    version = "1"

    def __init__(self, gazetteer: Gazetteer, lexicons: Sequence[Lexicon] | None = None) -> None:
        lexicons = list(lexicons) if lexicons is not None else all_lexicons()
        self.gazetteer = gazetteer
        self.vocab: PhraseIndex[Payload] = build_vocab(lexicons, gazetteer)
        self.date_index: PhraseIndex[DateWord] = build_date_index(lexicons)
        self.topic_index: PhraseIndex[Topic | NamedPlace] = build_topic_index(lexicons)
        self.resolver = Resolver(gazetteer)
        self.homes = {lex.lang: lex.home for lex in lexicons if lex.home}
        self.future_affixes = tuple(a for lex in lexicons for a in lex.future_affixes)
        # Round-up words live apart: "برقيات تهنئة" must still be found as the cue it also is.
        self.roundup_index: PhraseIndex[str] = PhraseIndex()
        for lex in lexicons:
            for phrase in lex.roundup:
                self.roundup_index.add(fold_phrase(phrase), "roundup")
        # Words opening a side clause (one-word entries: "که" yes, the "از" of "پس از" no).
        self.relative_words = frozenset(w for lex in lexicons for p in lex.relative
                                        if len(ws := fold_phrase(p)) == 1 for w in ws)

    # -- the pipeline ------------------------------------------------------------------------------

    def extract(self, doc: Document) -> list[Contact]:
        """Return the document's contacts (occurred and planned), each with one source in this document."""
        text = doc.text
        tokens = tokenize(text)
        sents = self._sentences(text, tokens)
        ref, dateline = self._reference(text, tokens, sents, doc.published)
        default = self._lead_date(sents, tokens, text, ref, dateline) or (
            (ref.isoformat(), "day") if ref else None)
        roundup = self._roundup_recipient(doc.title, sents, tokens, text, default)
        home = self.homes.get((doc.lang or "")[:2].lower())
        statements = self._statements(sents, tokens, text, ref, dateline, default, roundup, home)
        groups = self._group(statements)
        about: dict[tuple[int, int], tuple[dict[str, int], list[str]]] = {}  # topics per sentence span
        return [self._contact(doc, g, sents, tokens, text, default, statements, about) for g in groups]

    def _sentences(self, text: str, tokens: list[Token]) -> list[_Sentence]:
        starts = [t.start for t in tokens]
        out = []
        for i, s in enumerate(split_sentences(text)):
            lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
            heading = s.end - s.start < _HEADING and text[s.end - 1] not in ".!?؟…。\"'”»:;)"
            sent = _Sentence(i, s.start, s.end, s.paragraph, lo, hi, self.vocab.find(tokens, lo, hi),
                             find_dates(self.date_index, tokens, text, lo, hi), heading)
            sent.marks = [j for j in range(lo + 1, hi)
                          if not _CLAUSE_MARKS.isdisjoint(text[tokens[j - 1].end : tokens[j].start])]
            # future markers: planned words, and verbs with a future suffix (Turkish "görüşecek")
            sent.future_marks = sorted({m.first for m in sent.words("planned")} | {
                j for j in range(lo, hi) if len(tokens[j].form) > 5 and any(
                    a in tokens[j].form for a in self.future_affixes)})
            out.append(sent)
        return out

    def _reference(self, text: str, tokens: list[Token], sents: list[_Sentence],
                   published: date | None) -> tuple[date | None, DateExpr | None]:
        """Return the day relative dates count from: the dateline's day, else the publication day."""
        found = [(e, tokens[e.first].start, tokens[e.last - 1].end) for s in sents[:3] for e in s.dates]
        dateline = find_dateline(text, found)
        if dateline is not None:
            hit = resolve(dateline, published)
            if hit is not None and hit[1] == "day":
                return date.fromisoformat(hit[0]), dateline
        return published, dateline

    def _lead_date(self, sents: list[_Sentence], tokens: list[Token], text: str, ref: date | None,
                   dateline: DateExpr | None) -> tuple[str, Precision] | None:
        """Return the lead's day ("met Wednesday ..."): the default for undated statements."""
        for s in sents[:3]:
            for e in s.dates:
                if e is dateline or self._in_relative_clause(e, s, tokens, text):
                    continue
                hit = resolve(e, ref)
                if hit is not None and hit[1] == "day":
                    return hit
        return None

    def _side_clause(self, first: int, s: _Sentence, tokens: list[Token],
                     text: str) -> tuple[int, int] | None:
        """Return the side clause ("who ...", "while ...", "الذي ...") a token sits in, as a token span."""
        start = first
        while start > s.lo and _CLAUSE_MARKS.isdisjoint(text[tokens[start - 1].end : tokens[start].start]):
            start -= 1
        if start == s.lo and first == s.lo:
            return None
        opener = next((i for i in range(start, min(start + 3, first + 1))
                       if tokens[i].form in self.relative_words), None)
        if opener is None or opener == s.lo:
            return None
        end = first + 1
        while end < s.hi and _CLAUSE_MARKS.isdisjoint(text[tokens[end - 1].end : tokens[end].start]):
            end += 1
        return opener, end

    def _in_relative_clause(self, e: DateExpr, s: _Sentence, tokens: list[Token], text: str,
                            cue_at: int | None = None) -> bool:
        """Tell whether a date sits in a side clause that does not hold the cue (not the contact's date)."""
        clause = self._side_clause(e.first, s, tokens, text)
        return clause is not None and not (cue_at is not None and clause[0] <= cue_at < clause[1])

    def _sentence_date(self, s: _Sentence, sents: list[_Sentence], cue_at: int, tokens: list[Token],
                       text: str, ref: date | None, dateline: DateExpr | None, future: bool,
                       anchor: date | None = None) -> tuple[str, Precision] | None:
        """Return a sentence's date for its contact: the usable date nearest the cue, else a trailing one.

        A date in a side clause, or across a word that opens another clause ("after the attack of October
        7", "said on Friday that he had written"), is another event's.
        """
        usable = [e for e in s.dates
                  if e is not dateline and not self._in_relative_clause(e, s, tokens, text, cue_at)
                  and not s.separated(cue_at, e.first) and s.since_of(e) is None
                  and (future or not self._future_date(s, e))]
        usable.sort(key=lambda e: abs(e.first - cue_at))
        for e in usable:
            hit = resolve(e, ref, future, anchor)
            if hit is not None:
                return hit
        # A date trailing in the same paragraph with no other contact (an embedded post's date line).
        for t in sents[s.index + 1 :]:
            if t.paragraph != s.paragraph or cues_in(t.matches):
                break
            for e in t.dates:
                if e.explicit and e.year is not None:
                    hit = resolve(e, ref, future)
                    if hit is not None:
                        return hit
        return None

    @staticmethod
    def _future_date(s: _Sentence, e: DateExpr) -> bool:
        """Tell whether a future marker follows a date: "the summit to be held in July" is no past day."""
        return any(e.last <= m <= e.last + 2 for m in s.future_marks)

    def _roundup_recipient(self, title: str | None, sents: list[_Sentence], tokens: list[Token], text: str,
                           default: tuple[str, Precision] | None) -> Mention | None:
        """Return the leader a round-up of messages is addressed to, when the text is one.

        "World leaders continued to extend congratulations to X" / "X received cables from heads of
        state": a written cue, a plural word and one named leader in the headline or the lead.
        """
        day = _as_day(default)
        segments: list[tuple[list[Token], list[Match[Payload]], str, int, int]] = []
        if title:
            ttoks = tokenize(title)
            segments.append((ttoks, self.vocab.find(ttoks), title, 0, len(ttoks)))
        segments += [(tokens, s.matches, text, s.lo, s.hi) for s in sents[:2]]
        for toks, matches, txt, lo, hi in segments:
            written = any(isinstance(p, Cue) and p.mode == "written" for m in matches for p in m.payloads)
            if not (written and self.roundup_index.find(toks, lo, hi)):
                continue
            leaders = _dedupe([m for c in build_chunks(matches, toks, txt)
                               for m in self.resolver.resolve(c, toks, txt, day, set()) if m.is_leader])
            if len(leaders) == 1:
                return leaders[0]
        return None

    def _statements(self, sents: list[_Sentence], tokens: list[Token], text: str, ref: date | None,
                    dateline: DateExpr | None, default: tuple[str, Precision] | None,
                    roundup: Mention | None = None, home: str | None = None) -> list[_Statement]:
        out: list[_Statement] = []
        focus: Mention | None = None
        last_pair: tuple[Mention, Mention] | None = None
        recent: list[Mention] = []
        context: tuple[str, Precision] | None = None  # the day the narrative is at
        seen: set[str] = set()
        for s in sents:
            cues, rescued = self._live_cues(s, tokens, text)
            planned = self._planned(s, cues)
            anchor = _as_day(context)
            first_cue = cues[0][0] if cues else s.lo
            sdate = self._sentence_date(s, sents, first_cue, tokens, text, ref, dateline,
                                        planned.get(first_cue, False), anchor) if cues else None
            day = _as_day(sdate) or _as_day(default)
            chunks = build_chunks(s.matches, tokens, text, s.hi)
            mentions: list[Mention] = []
            for c in chunks:
                mentions.extend(self.resolver.resolve(c, tokens, text, day, seen, home))
            mentions = _backed(mentions)
            leaders = _dedupe([m for m in mentions if m.is_leader])
            seen.update(m.leader_id for m in leaders if m.kind in ("name", "title") and m.leader_id)
            if focus is None and leaders:
                focus = leaders[0]
            if last_pair is None and focus is not None:
                other = next((m for m in reversed(recent) if m.country != focus.country), None)
                fallback = (focus, other) if other is not None else None
            else:
                fallback = last_pair
            recent += leaders
            active = [m for m in leaders if not self._subordinate(m, s, tokens, text, cues)]
            pairs = self._pairs(s, mentions, active, chunks, cues, focus, fallback, day) if cues else []
            pairs = [p for p in pairs if _cue_near(p, cues, s) and self._goes_where(p, cues, s, chunks)]
            if not pairs:
                if leaders:
                    context = self._narrative_date(s, tokens, text, ref, dateline, leaders, anchor) or context
                if roundup is not None:
                    # In a round-up every other leader who speaks sent the recipient a message.
                    out += [_Statement(m, roundup, s.index, "written", 3, "occurred", None, None, 0.6,
                                       s.heading) for m in leaders if m.country != roundup.country]
                continue
            mode, weight = _best_cue(cues)
            initiator = self._initiator(s, mentions, tokens)
            stated: tuple[str, Precision] | None = None
            for a, b, conf in pairs:
                cue = _nearest_cue(cues, b)
                status: Status = "planned" if planned.get(cue[0], False) else "occurred"
                # the pair's own cue decides its mode, unless it is a bare "talks"
                pmode, pweight = (cue[2].mode, cue[2].weight) if cue[2].weight >= 2 else (mode, weight)
                since = self._since_date(s, cue, ref, cue[0] in rescued) if status == "occurred" else None
                if since is not None:  # "their first meeting since June": they met in June
                    out.append(_Statement(a, b, s.index, pmode, pweight, status, since, None, conf * 0.9,
                                          s.heading, context))
                if cue[0] in rescued:
                    continue  # "they had not met since the G20 summit": only the earlier meeting
                when = sdate
                if len(cues) > 1 and cue[0] != first_cue:
                    when = self._sentence_date(s, sents, cue[0], tokens, text, ref, dateline,
                                               status == "planned", anchor)
                out.append(_Statement(a, b, s.index, pmode, pweight, status, when,
                                      initiator if initiator in (a.leader_id, b.leader_id) else None, conf,
                                      s.heading, context))
                if status == "occurred" and when is not None and when[1] == "day":
                    stated = when
            focus = pairs[0][0]
            last_pair = (pairs[-1][0], pairs[-1][1])
            context = stated or context
        return out

    def _since_date(self, s: _Sentence, cue: tuple[int, int, Cue], ref: date | None,
                    negated: bool) -> tuple[str, Precision] | None:
        """Return the earlier contact's date a "since" after the cue names.

        "Their first call since October", "ils ne s'étaient pas vus depuis le sommet du G20, fin juin": a
        negated cue, or a cue right after "first", then "since" and a date (or a summit and its date). A
        visit is not a meeting of two ("the first visit to Egypt since 2012").
        """
        if not negated:
            firsts = [m.first for m in s.words("firsts")]
            cue = next((c for c in cues_in(s.matches) if any(c[0] - 4 <= f < c[0] for f in firsts)), cue)
            if not any(cue[0] - 4 <= f < cue[0] for f in firsts):
                return None
        if _is_visit(s, cue):
            return None
        for e in s.dates:
            w = s.since_of(e)
            if w is None or abs(w.first - cue[1]) > _CUE_REACH:
                continue
            if e.explicit or e.year is not None or e.offset is not None:
                hit = resolve(e, ref)
                if hit is not None:
                    return hit
        return None

    def _narrative_date(self, s: _Sentence, tokens: list[Token], text: str, ref: date | None,
                        dateline: DateExpr | None, leaders: list[Mention],
                        anchor: date | None) -> tuple[str, Precision] | None:
        """Return the last day a sentence about a leader names: what follows without a date happened then.

        Dates in side clauses or across a clause-opening word from the leader ("the treaty in force since 1
        July") are other events'.
        """
        out = None
        at = leaders[0].first
        for e in s.dates:
            if e is dateline or (e.explicit and e.year is None and e.day is None) \
                    or self._in_relative_clause(e, s, tokens, text) or s.separated(at, e.first):
                continue
            hit = resolve(e, ref, anchor=anchor)
            if hit is not None and hit[1] == "day":
                out = hit
        return out

    def _live_cues(self, s: _Sentence, tokens: list[Token],
                   text: str) -> tuple[list[tuple[int, int, Cue]], set[int]]:
        """Return the cues no negation reaches (none when the sentence denies), and the rescued ones.

        A negated cue followed by "since" is rescued: "they had not met since the G20 summit" says they met
        at the summit.
        """
        cues = cues_in(s.matches)
        if not cues or s.words("denial"):
            return [], set()
        # "non-proliferation", "no-fly": a negation word fused by a hyphen negates nothing
        negs = [m.first for m in s.words("negation") if not self._hyphenated(tokens, text, m.last)]
        since = [m.first for m in s.words("since")]
        live, rescued = [], set()
        for c in cues:
            if not any(c[0] - _NEG_BEFORE <= n < c[1] + _NEG_AFTER for n in negs):
                live.append(c)
            elif any(c[1] <= w <= c[1] + _CUE_REACH for w in since):
                live.append(c)
                rescued.add(c[0])
        return live, rescued

    @staticmethod
    def _hyphenated(tokens: list[Token], text: str, last: int) -> bool:
        tok = tokens[last - 1]
        return text[tok.end : tok.end + 1] in ("-", "‑")

    @staticmethod
    def _planned(s: _Sentence, cues: list[tuple[int, int, Cue]]) -> dict[int, bool]:
        """Tell for each cue (by its first token) whether a future or announcement marker reaches it."""
        marks = s.future_marks
        return {c[0]: any(c[0] - _PLAN_BEFORE <= p < c[1] + _PLAN_AFTER for p in marks) for c in cues}

    def _pairs(self, s: _Sentence, mentions: list[Mention], leaders: list[Mention], chunks: list[Chunk],
               cues: list[tuple[int, int, Cue]], focus: Mention | None,
               last_pair: tuple[Mention, Mention] | None, day: date | None) -> list[_Pair]:
        """Decide who talked with whom in a sentence with a live cue."""
        first_cue = cues[0][0]
        named = list(leaders)
        pronoun = next((m for m in mentions if m.kind == "pronoun"), None)
        if pronoun is not None and focus is not None and len(named) <= 1 \
                and all(m.leader_id != focus.leader_id for m in named):
            # "He held another meeting with X", "Putin hosted him": the leader in focus
            named.insert(0 if not named or pronoun.first < named[0].first else 1, focus)
        counterpart = next((m for m in mentions if m.kind == "counterpart"), None)
        has_pair_ref = any(m.kind == "pair" for m in mentions)
        if len(named) >= 2:
            return self._cross_pairs(named, cues)
        if len(named) == 1:
            one = named[0]
            if counterpart is not None:
                other = self._counterpart(counterpart, one, day)
                return [(one, other, 0.8)] if other else []
            if has_pair_ref and last_pair and one.leader_id in {m.leader_id for m in last_pair}:
                return [(last_pair[0], last_pair[1], 0.7)]
            if focus is not None and focus.country != one.country and one.first > first_cue:
                return [(focus, one, 0.6)]
            return []
        if counterpart is not None and focus is not None:
            other = self._counterpart(counterpart, focus, day)
            return [(focus, other, 0.7)] if other else []
        if has_pair_ref and last_pair is not None:
            return [(last_pair[0], last_pair[1], 0.7)]
        return []

    def _subordinate(self, m: Mention, s: _Sentence, tokens: list[Token], text: str,
                     cues: list[tuple[int, int, Cue]]) -> bool:
        """Tell whether a mention sits in a side clause with no cue ("hours after X was sworn in")."""
        clause = self._side_clause(m.first, s, tokens, text)
        return clause is not None and not any(clause[0] <= c[0] < clause[1] for c in cues)

    @staticmethod
    def _goes_where(pair: _Pair, cues: list[tuple[int, int, Cue]], s: _Sentence, chunks: list[Chunk]) -> bool:
        """Tell whether the pair's visit, if its cue is one, went to one of the two countries.

        "Putin's visit to Pyongyang alarmed Kishida": a visit to a third country is no contact of the two.
        """
        cue = _nearest_cue(cues, pair[1])
        if not _is_visit(s, cue):
            return True
        people = [c for c in chunks if c.names or c.title]
        inside = {i for c in people for i in range(c.first, c.last)}
        after = cue[1]
        for c in people:  # "the visit of President X to Y": skip the visitor
            if after <= c.first <= after + 1:
                after = c.last
        for m in s.matches:
            if m.first in inside or not (after <= m.first <= after + 3 or cue[0] - 2 <= m.first < cue[0]):
                continue
            dest = next((p.iso3 for p in m.payloads if isinstance(p, Place)), None)
            if dest is not None:
                return dest in (pair[0].country, pair[1].country)
        return True

    @staticmethod
    def _cross_pairs(named: list[Mention], cues: list[tuple[int, int, Cue]]) -> list[_Pair]:
        """Pair the first leader with each other one of another country, and two others across a cue.

        "X held talks with Y, who was received at the airport by Z": Y and Z met too. Leaders listed
        together ("with the Turkish and French presidents") did not talk to each other.
        """
        out: list[_Pair] = []
        for i, x in enumerate(named):
            for y in named[i + 1 :]:
                if x.country == y.country:
                    continue
                if i > 0 and not any(x.last <= c[0] < y.first for c in cues):
                    continue
                out.append((x, y, min(x.confidence, y.confidence)))
        return out

    def _counterpart(self, cp: Mention, anchor: Mention, day: date | None) -> Mention | None:
        """Resolve "his French counterpart": the French holder of the anchor's office on the day."""
        if cp.country is None or cp.country == anchor.country:
            return None
        hit = self.resolver.holder(cp.country, anchor.role, day)
        if hit is None:
            return None
        ldr, off = hit
        return Mention(cp.first, cp.last, "counterpart", ldr.id, ldr.name, off.country, off.role, 0.75)

    def _initiator(self, s: _Sentence, mentions: list[Mention], tokens: list[Token]) -> str | None:
        """Return who started the contact: X in "received a call from X", the caller in "X called Y"."""
        leaders = [m for m in mentions if m.is_leader]
        if s.words("receive_words"):
            froms = {m.last for m in s.words("from_words")}
            for m in leaders:
                if any(m.first - 3 <= f <= m.first for f in froms):
                    return m.leader_id
            return None
        calls = s.words("caller_words")
        if calls and len(leaders) >= 2 and leaders[0].first < calls[0].first + 4:
            return leaders[0].leader_id  # "X called Y", "أجرى X اتصالا بـY", "X, Y'yi aradı"
        return None

    # -- grouping and building ---------------------------------------------------------------------

    @staticmethod
    def _group(statements: list[_Statement]) -> list[_Group]:
        """One contact described several times is one: same pair and status, compatible mode and date.

        Headlines and captions only repeat what the body says: they join a contact, never start one. A
        bare undated mention ("after the talks") of a pair that has only a planned contact is that one.
        """
        groups: list[_Group] = []
        for st in sorted(statements, key=lambda x: x.heading):
            target = _find_group(groups, st, st.status)
            if target is None and st.status == "occurred" and st.date is None and st.weight <= 1:
                target = _find_group(groups, st, "planned")
                if target is not None and _find_any(groups, st, "occurred"):
                    target = None
            if target is not None:
                target.statements.append(st)
            elif not st.heading:
                groups.append(_Group([st]))
        return groups

    def _contact(self, doc: Document, g: _Group, sents: list[_Sentence], tokens: list[Token], text: str,
                 default: tuple[str, Precision] | None, statements: list[_Statement],
                 about: dict[tuple[int, int], tuple[dict[str, int], list[str]]]) -> Contact:
        first = g.statements[0]
        best = g.best
        mode: Mode = best.mode or self._fallback_mode(g, sents)
        when = g.when or default
        evidence = sents[min(st.sentence for st in g.statements if st.weight == best.weight)]
        own = sorted({st.sentence for st in g.statements})
        spans = self._topic_spans(own, sents, statements, g)
        for span in spans:
            if span not in about:
                about[span] = topics_and_places(self.topic_index, tokens, [span])
        counts = self._topics(own, spans, sents, about)
        if mode == "written":
            counts.update(self._ceremony(doc.title, sents, tokens))
        places = list(dict.fromkeys(p for span in spans for p in about[span][1]))
        places = self._countries(spans, sents, tokens, text, places)
        setting = self._setting(mode, g, sents)
        a = _participant(first.a)
        b = _participant(first.b)
        initiator = next((st.initiator for st in g.statements if st.initiator), None)
        confidence = round(max(st.confidence for st in g.statements) * (1.0 if best.weight >= 2 else 0.9), 3)
        assertion = Assertion(
            setting=setting, date=when[0] if when else None, date_precision=when[1] if when else None,
            topics=tuple(sorted(counts, key=lambda c: (-counts[c], c))), places=tuple(places),
            initiator=initiator, confidence=confidence)
        source = Source(document_id=doc.id, evidence=text[evidence.start : evidence.end],
                        start=evidence.start, end=evidence.end, assertion=assertion)
        return build_contact(a, b, mode, g.status, [source])

    @staticmethod
    def _topics(own: list[int], spans: list[tuple[int, int]], sents: list[_Sentence],
                about: dict[tuple[int, int], tuple[dict[str, int], list[str]]]) -> dict[str, int]:
        """Score topics: a keyword in a sentence stating the contact counts twice, one after it once.

        A topic needs a score of two: one keyword where the contact is stated, or two around it.
        """
        mine = {(sents[i].lo, sents[i].hi) for i in own}
        score: dict[str, int] = {}
        for span in spans:
            for code, n in about[span][0].items():
                score[code] = score.get(code, 0) + n * (2 if span in mine else 1)
        return {code: n for code, n in score.items() if n >= _TOPIC_MIN}

    def _ceremony(self, title: str | None, sents: list[_Sentence], tokens: list[Token]) -> dict[str, int]:
        """Return the ceremonial topic when a letter's headline or lead speaks of congratulations."""
        spans = [(s.lo, s.hi) for s in sents[:2]]
        counts, _ = topics_and_places(self.topic_index, tokens, spans)
        if title:
            ttoks = tokenize(title)
            more, _ = topics_and_places(self.topic_index, ttoks, [(0, len(ttoks))])
            counts["ceremonial"] = counts.get("ceremonial", 0) + more.get("ceremonial", 0)
        return {"ceremonial": _TOPIC_MIN} if counts.get("ceremonial") else {}

    def _fallback_mode(self, g: _Group, sents: list[_Sentence]) -> Mode:
        """Return the mode of talks with no mode word: a phone or video word elsewhere, else in person."""
        weights = [c[2] for s in sents for c in cues_in(s.matches)]
        wants: tuple[Mode, ...] = ("video", "phone")
        for want in wants:
            if any(c.mode == want for c in weights):
                return want
        return "in_person"

    @staticmethod
    def _setting(mode: Mode, g: _Group, sents: list[_Sentence]) -> Setting:
        if mode != "in_person":
            return "bilateral"
        if any(s.words("summit") for s in sents):
            return "summit"
        return "visit"

    @staticmethod
    def _topic_spans(own: list[int], sents: list[_Sentence], statements: list[_Statement],
                     g: _Group) -> list[tuple[int, int]]:
        """Return the contact's own sentences and the few after each that no other contact claims."""
        claimed = {st.sentence for st in statements if st not in g.statements}
        picked: set[int] = set(own)
        for i in own:
            for j in range(i + 1, min(len(sents), i + 1 + _FOLLOW)):
                if j in claimed:
                    break
                picked.add(j)
        return [(sents[i].lo, sents[i].hi) for i in sorted(picked)]

    def _countries(self, spans: list[tuple[int, int]], sents: list[_Sentence], tokens: list[Token],
                   text: str, places: list[str]) -> list[str]:
        """Return the countries named (by name, not adjective) in the contact's sentences, in English."""
        out = list(places)
        starts = {lo for lo, _ in spans}
        for s in sents:
            if s.lo not in starts:
                continue
            for m in s.matches:
                first_char = text[tokens[m.first].start]
                if first_char.islower():
                    continue  # "us", "chad": a country name in a cased script is capitalized
                for p in m.payloads:
                    if isinstance(p, Place) and not p.adjective:
                        country = self.gazetteer.countries.get(p.iso3)
                        if country is not None and country.name not in out:
                            out.append(country.name)
        return out


def _find_group(groups: list[_Group], st: _Statement, status: Status) -> _Group | None:
    pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
    for g in groups:
        if g.pair != pair or g.status != status:
            continue
        gdate, sdate = g.when, st.date or st.context
        if sdate and gdate and not _dates_compatible(sdate[0], gdate[0]):
            continue
        best = g.best
        if st.weight >= 3 and best.weight >= 3 and not _modes_compatible(st.mode, best.mode):
            continue
        return g
    return None


def _find_any(groups: list[_Group], st: _Statement, status: Status) -> bool:
    pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
    return any(g.pair == pair and g.status == status for g in groups)


def _is_visit(s: _Sentence, cue: tuple[int, int, Cue]) -> bool:
    """Tell whether a cue is a visit word ("visit", "trip", "arrived")."""
    return any(isinstance(p, Word) and p.kind == "visit" for m in s.matches if m.first == cue[0]
               for p in m.payloads)


def _dates_compatible(x: str, y: str) -> bool:
    """Tell whether two dates may be one day: equal, or one the month or year the other falls in."""
    return x.startswith(y) or y.startswith(x)


def _modes_compatible(x: Mode | None, y: Mode | None) -> bool:
    return x is None or y is None or x == y or {x, y} == {"phone", "video"}


def _cue_near(pair: _Pair, cues: list[tuple[int, int, Cue]], s: _Sentence) -> bool:
    """Tell whether a cue stands between the two mentions or close to them (not a clause away)."""
    here = [m for m in pair[:2] if s.lo <= m.first < s.hi]
    if not here:
        return True  # both come from earlier sentences ("the two leaders" resolved to the last pair)
    lo, hi = min(m.first for m in here), max(m.last for m in here)
    # near the two, or farther on in the clause that names them (verb-final languages, long adverbials)
    return any(lo - _CUE_REACH <= c[0] < hi + _CUE_REACH
               or (hi <= c[0] < hi + _CLAUSE_REACH and s.same_clause(hi - 1, c[0])) for c in cues)


def _nearest_cue(cues: list[tuple[int, int, Cue]], m: Mention) -> tuple[int, int, Cue]:
    """Return the cue a mention belongs to: the nearest one, a cue before it winning a tie."""
    return min(cues, key=lambda c: (min(abs(m.first - c[1]), abs(c[0] - m.last)), c[0] > m.first))


def _best_cue(cues: list[tuple[int, int, Cue]]) -> tuple[Mode | None, int]:
    best = max(cues, key=lambda c: c[2].weight)[2]
    return best.mode, best.weight


def _backed(mentions: list[Mention]) -> list[Mention]:
    """Keep a bare surname of an uncased script only next to another leader ("بين بوتين وزيلينسكي")."""
    out = []
    for m in mentions:
        if m.kind == "bare":
            if not any(o is not m and o.is_leader and o.kind != "bare" and
                       (0 <= m.first - o.last <= 1 or 0 <= o.first - m.last <= 1) for o in mentions):
                continue
            m = replace(m, kind="name")
        out.append(m)
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.leader_id and m.leader_id not in seen:
            seen.add(m.leader_id)
            out.append(m)
    return out


def _as_day(value: tuple[str, Precision] | None) -> date | None:
    if value is None or value[1] != "day":
        return None
    return date.fromisoformat(value[0])


def _participant(m: Mention) -> Participant:
    return Participant(leader_id=m.leader_id or "", name=m.name or "", country=m.country or "",
                       role=m.role or "head_of_state", provisional=m.kind == "provisional")
