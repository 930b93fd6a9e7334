"""A contact from its statements: mode, setting, date, topics, places, evidence and confidence."""

from __future__ import annotations

from bisect import bisect_right

from graph.merge import build_contact
from graph.models import Assertion, Contact, Document, Mode, Participant, Precision, Setting, Source
from ingest.extract.assemble import Group, Statement
from ingest.extract.mentions import Mention
from ingest.extract.parsed import Parsed
from ingest.extract.phrases import PhraseIndex
from ingest.extract.tokens import tokenize
from ingest.extract.topics import NamedPlace, Topic, topics_and_places
from ingest.extract.vocab import Name, Word
from ingest.gazetteer import Gazetteer

# Sentences after a contact's own that still speak about it ("During the call, ...").
_FOLLOW = 3
# A topic's score to be kept: keywords in the contact's own sentences count 2, in the ones after 1.
_TOPIC_MIN = 2
# Where a readout's speaker may stand (after "会谈中，"), and how far his speech verb may follow him.
_SPEAKER_AT, _SPEAKER_GAP = 4, 4
# Topics whose words a report uses for the setting as much as for the talks (the G20 a meeting was held
# at, the election that brought a leader to office): one more mention around the contact is needed.
_BROAD_TOPICS = frozenset({"multilateral_diplomacy", "domestic_politics_elections"})
_BROAD_MIN = 3
# Domestic politics is one more: a report names the election, the parliament or the constitution around a
# visit far more often than the leaders talk about them (round eight, r8b-multi).
_DOMESTIC_MIN = 4
# The report's own contact: the sentences this close after one stating it are about it as much (the lead's
# "They discussed ..."); farther ones, talk words or not, count once (round eight, r8-tmech), unless the
# report is still telling the contact there (round sixteen: see _continuing). So do its headline and the
# sentences before its first statement (round nine, r9-treport): the report's subject.
_MAIN_NEAR = 2
# At a summit the summit's own words (the G20, the UN General Assembly) name the setting: multilateral
# diplomacy needs this score there.
_SUMMIT_MULTILATERAL_MIN = 5
# What a courtesy call's lead may speak of besides the ceremony: the election or the holiday it marks.
_OCCASIONS = frozenset({"ceremonial", "domestic_politics_elections", "culture_education_tourism"})

Span = tuple[int, int]
About = dict[Span, tuple[dict[str, int], list[str]]]
# Where the topics cache of a report keeps its headline and lead's, and its headline's alone (no sentence
# has these spans).
_LEAD: Span = (-1, -1)
_TITLE: Span = (-2, -2)
_NONE: frozenset[int] = frozenset()  # (no sentence that goes on telling a contact: other contacts')
_NO_SPANS: frozenset[Span] = frozenset()  # (the same as spans)


class ContactBuilder:
    """Builds contacts from statement groups; holds the topic index and the gazetteer's country names."""

    def __init__(self, gazetteer: Gazetteer, topic_index: PhraseIndex[Topic | NamedPlace],
                 speech_langs: frozenset[str] = frozenset()) -> None:
        self.gazetteer = gazetteer
        self.topic_index = topic_index
        # languages whose readouts go on with what each leader said in the contact (Lexicon.speech_follows)
        self.speech_langs = speech_langs
        self._countries_of: dict[str, frozenset[str]] = {}  # each leader's countries, by id

    def build(self, doc: Document, g: Group, sents: list[Parsed], default: tuple[str, Precision] | None,
              statements: list[Statement], about: About, lang: str | None = None,
              main: bool = False, claims: Claims | None = None) -> Contact:
        """Return the contact a group of statements describes, with one source in the document.

        about caches topics and places per sentence span across the document's contacts; lang is the
        text's language (its topic words only, when known). main is the
        report's own contact (the first stated): the rest of the report not about another contact is
        about it. claims is claims_of(statements), read once per report (read per contact when absent).
        """
        tokens = sents[0].tokens
        text = doc.text
        first = g.statements[0]
        best = g.best
        own = sorted({st.sentence for st in g.statements})
        told = g.told
        mode: Mode = told.mode or self._fallback_mode(sents, own[0])
        if main and told.weight == 1 and mode == "phone":
            mode = _spoken_at(sents, own[0]) or mode
        when = None if g.earlier and g.date is None else g.when or default  # (an earlier call, undated)
        # (the sentence that gives the mode: a meeting's, not a later "pick up the phone")
        evidence = sents[min([st.sentence for st in g.statements if st.weight == told.weight])]
        claims = claims_of(statements) if claims is None else claims
        picked = _topic_sentences(own, sents, claims, g, main)
        # (the report's own contact only: another contact's follow sentences are three at most)
        going = _NONE
        if main:  # (the pair's countries built only here)
            pair = frozenset([first.a.country or "", first.b.country or ""])
            going = self._continuing(own, picked, sents, pair)
        spans = [(sents[i].lo, sents[i].hi) for i in picked]
        for i, span in zip(picked, spans, strict=True):
            if span not in about:
                counts, named = topics_and_places(self.topic_index, tokens, [span], lang)
                about[span] = counts, named + self._countries(sents[i])
        speech = lang in self.speech_langs
        background = all(st.background for st in g.statements)
        if background:
            # An earlier contact named in passing ("they last met in May, when they signed a gas deal"): what
            # its own sentence says of it, nothing after (there the report is back to its own contact).
            counts = _topics(own, own, sents, about, speech)
        else:
            counts = _topics(own, picked, sents, about, speech, main,
                             self._headline(doc.title, lang, about) if main else None, going)
        if mode == "written":
            counts.update(self._ceremony(doc.title, sents, lang, about))
        elif mode in ("phone", "video") and not background:
            counts.update(self._courtesy(doc.title, sents, lang, about))
        places = list(dict.fromkeys([p for span in spans for p in about[span][1]]))  # (a list: no generator)
        setting = _setting(mode, [sents[i] for i in own])
        if setting == "summit" and counts.get("multilateral_diplomacy", _SUMMIT_MULTILATERAL_MIN) \
                < _SUMMIT_MULTILATERAL_MIN:
            del counts["multilateral_diplomacy"]
        initiator = None
        for st in g.statements:  # (a plain loop and a list: no generators per contact)
            if st.initiator:
                initiator = st.initiator
                break
        confidence = round(max([st.confidence for st in g.statements])
                           * (1.0 if best.weight >= 2 else 0.9), 3)
        # The report says its own mode, so a store need not copy the source to fill it in. (Its topics: the
        # most counted first, ties by code; sorted by code, then stably by count, with no Python key.)
        assertion = Assertion(
            setting=setting, mode=mode, date=when[0] if when else None,
            date_precision=when[1] if when else None,
            topics=tuple(sorted(sorted(counts), key=counts.__getitem__, reverse=True)), places=tuple(places),
            initiator=initiator, confidence=confidence)
        source = Source(document_id=doc.id, evidence=text[evidence.start : evidence.end],
                        start=evidence.start, end=evidence.end, assertion=assertion)
        return build_contact(_participant(first.a), _participant(first.b), mode, g.status, [source])

    def _continuing(self, own: list[int], picked: list[int], sents: list[Parsed],
                    pair: frozenset[str]) -> frozenset[int]:
        """Return the read sentences after one stating the contact that still tell it.

        The report goes on about the contact from a sentence stating it ("Both leaders also discussed
        energy.", "They agreed to expand trade.", "두 정상은 ... 공감했다") until a sentence another contact
        states (not read), one naming a leader of neither country (there the report turns to someone else)
        or one opening with a turn ("Separately, ...", "한편 ...": to another matter).
        """
        out: set[int] = set()
        mine = set(own)
        read = set(picked)
        # (own is sorted: from each sentence stating it, walk on only while it goes; the sentences between a
        # stop and the next statement are never visited)
        for j in own:
            for i in range(j + 1, len(sents)):
                if i in mine or i not in read or _turns(sents[i]) or self._names_other(sents[i], pair):
                    break
                if not self._meets_another(sents[i], pair):
                    out.add(i)
        return frozenset(out)

    def _meets_another(self, s: Parsed, pair: frozenset[str]) -> bool:
        """Tell whether one of the two meets or calls someone else there ("Modi also met business leaders").

        A firm contact cue, one leader of the pair named by name and no word for the two: the sentence
        tells another contact (with people the gazetteer does not hold); it is read once, as before.
        """
        if not any(c[2].weight >= 2 for c in s.cues()) or s.words("pair_refs") or s.words("pair_heads") \
                or s.words("plural_pronouns"):
            return False
        named: set[str] = set()
        for k in s.kinds():
            for n in k.names:
                named |= self._leader_countries(n.leader_id) & pair
        return len(named) == 1

    def _names_other(self, s: Parsed, pair: frozenset[str]) -> bool:
        """Tell whether a sentence names a leader of neither country of the pair (by name)."""
        for k in s.kinds():  # (plain loops, no generator: asked for each sentence after the report's contact)
            if k.names:
                for n in k.names:
                    if self._leader_countries(n.leader_id) & pair:
                        break
                else:  # (a match of several namesakes, "Kim", names another only if none is the pair's)
                    return True
        return False

    def _leader_countries(self, leader_id: str) -> frozenset[str]:
        """Return the countries a leader held an office of (read once per leader)."""
        hit = self._countries_of.get(leader_id)
        if hit is None:
            lead = self.gazetteer.leaders.get(leader_id)
            hit = frozenset(o.country for o in lead.offices) if lead is not None else frozenset()
            self._countries_of[leader_id] = hit
        return hit

    def _ceremony(self, title: str | None, sents: list[Parsed], lang: str | None,
                  about: About | None = None) -> dict[str, int]:
        """Return the ceremonial topic when a letter's headline or lead speaks of congratulations."""
        return {"ceremonial": _TOPIC_MIN} if self._lead(title, sents, lang, about).get("ceremonial") else {}

    def _courtesy(self, title: str | None, sents: list[Parsed], lang: str | None,
                  about: About) -> dict[str, int]:
        """Return the ceremonial topic for a call in a report of courtesy calls.

        The headline and lead speak of congratulations, condolences or greetings and of nothing else
        but their occasion (an election, a holiday): the calls the report lists are those courtesies.
        """
        counts = self._lead(title, sents, lang, about)
        if counts.get("ceremonial") and _OCCASIONS.issuperset(counts):
            return {"ceremonial": _TOPIC_MIN}
        return {}

    def _headline(self, title: str | None, lang: str | None, about: About) -> dict[str, int] | None:
        """Count the topic keywords of a report's headline (once a report)."""
        if not title:
            return None
        if _TITLE not in about:
            ttoks = tokenize(title)
            about[_TITLE] = topics_and_places(self.topic_index, ttoks, [(0, len(ttoks))], lang)[0], []
        return about[_TITLE][0]

    def _lead(self, title: str | None, sents: list[Parsed], lang: str | None,
              about: About | None = None) -> dict[str, int]:
        """Count the topic keywords of a report's headline and first two sentences (once a report)."""
        if about is not None and _LEAD in about:
            return about[_LEAD][0]
        counts: dict[str, int] = {}
        for s in sents[:2]:  # (a lead sentence a contact read before: its counts from the cache)
            span = (s.lo, s.hi)
            known = about.get(span) if about is not None else None
            more = known[0] if known is not None else topics_and_places(self.topic_index, s.tokens, [span],
                                                                          lang)[0]
            for code, n in more.items():
                counts[code] = counts.get(code, 0) + n
        for code, n in (self._headline(title, lang, about if about is not None else {}) or {}).items():
            counts[code] = counts.get(code, 0) + n
        if about is not None:
            about[_LEAD] = counts, []
        return counts

    @staticmethod
    def _fallback_mode(sents: list[Parsed], at: int) -> Mode:
        """Return the mode of talks with no mode word ("they agreed", "the talks") stated in sentence at.

        The mode of the last firm cue up to that sentence ("met", "a phone call"), else in person where the
        sentence has a visit word ("in the Kremlin"), else of the first firm cue after it, else a phone or
        video word anywhere ("spoke"), else in person.
        """
        firm = [(s.index, c[2].mode) for s in sents for c in s.cues() if c[2].mode and c[2].weight >= 2]
        before = [mode for i, mode in firm if i <= at]
        after = [mode for i, mode in firm if i > at]
        if not before and sents[at].words("visit"):
            # "провели переговоры в Кремле": talks at a visit's place, not the call a later sentence tells
            return "in_person"
        mode = before[-1] if before else after[0] if after else None
        if mode in ("in_person", "phone", "video"):
            return mode
        modes = {c[2].mode for s in sents for c in s.cues()}
        for want in ("video", "phone"):
            if want in modes:
                return "video" if want == "video" else "phone"
        return "in_person"

    def _countries(self, s: Parsed) -> list[str]:
        """Return the countries a sentence names (by name, not adjective), in English."""
        out: list[str] = []
        # (k.places: the match's Place payloads, in order; most matches have none)
        for m, k in zip(s.matches, s.kinds(), strict=True):
            if not k.places or s.text[s.tokens[m.first].start].islower():
                continue  # "us", "chad": a country name in a cased script is capitalized
            for p in k.places:
                if not p.adjective:
                    country = self.gazetteer.countries.get(p.iso3)
                    if country is not None and country.name not in out:
                        out.append(country.name)
        return out


def _topics(own: list[int], picked: list[int], sents: list[Parsed], about: About,
            speech: bool = False, main: bool = False,
            headline: dict[str, int] | None = None, going: frozenset[int] = frozenset()) -> dict[str, int]:
    """Score topics: a keyword in a sentence stating the contact counts twice, one after it once.

    A topic needs a score of two: one keyword where the contact is stated, or two around it (three for a
    broad topic, whose words often only name the setting). A sentence
    after it that speaks of the talks themselves ("the talks also covered ...", "during the call") is
    about the contact as much as the one stating it; so is, where speech follows (Chinese readouts), one
    that opens with a leader and a speech verb ("习近平指出，…").

    For the report's own contact, whose sentences run through the whole report: the _MAIN_NEAR sentences
    after one stating it count as stating it, talk words or not, and so do the ones that still tell it
    (going: no other contact's sentence and no other leader since); the rest count once (a talk word
    there is as often about another meeting), but for a leader's speech where speech follows. So do the
    sentences before its first statement and the headline: the report's subject, which its annotator read.
    """
    mine = {(sents[i].lo, sents[i].hi) for i in own}
    spans = [(sents[i].lo, sents[i].hi) for i in picked]
    going_spans = {(sents[i].lo, sents[i].hi) for i in going} if going else _NO_SPANS
    # (the picked sentences only: another sentence with a picked span is an empty one, which speaks of
    # nothing)
    for i in picked:  # (a plain loop, no generator: this runs for every contact)
        s = sents[i]
        if main:
            # (own is sorted: the closest one before, bisected; a sentence before the first counts once)
            near = i > own[0] and i - own[bisect_right(own, i) - 1] <= _MAIN_NEAR
            if near or (speech and _speaker_opens(s)):
                mine.add((s.lo, s.hi))
        elif s.cues() or s.words("talk") or (speech and _speaker_opens(s)):
            mine.add((s.lo, s.hi))
    score: dict[str, int] = {}
    for span in spans:
        for code, n in about[span][0].items():
            # (a broad code's words name the setting all through a report: it keeps its single count there)
            score[code] = score.get(code, 0) + n * (2 if span in mine or (
                span in going_spans and code not in _BROAD_TOPICS) else 1)
    if headline:
        for code, n in headline.items():
            score[code] = score.get(code, 0) + n
    return {code: n for code, n in score.items()
            if n >= (_BROAD_MIN if code in _BROAD_TOPICS else _TOPIC_MIN)
            and (n >= _DOMESTIC_MIN or code != "domestic_politics_elections")}


# How far into a sentence a turn word may stand and still open it ("And meanwhile, ...", "وفي غضون ذلك")
_TURN_AT = 1


def _turns(s: Parsed) -> bool:
    """Tell whether a sentence opens with a turn to another matter ("Separately,", "Meanwhile,", "한편")."""
    for w in s.words("turns"):  # noqa: SIM110 (a plain loop: no generator per sentence, most have no turn)
        if w.first - s.lo <= _TURN_AT:
            return True
    return False


def _speaker_opens(s: Parsed) -> bool:
    """Tell whether a sentence's first person is a leader's name or a pronoun and speaks ("普京表示").

    The speech verb stands right after it, or one word on ("习近平在会谈中指出" has "在会谈中" between:
    no more than a short phrase).
    """
    first = next((m for m in s.matches if any(isinstance(p, Name) for p in m.payloads)
                  or any(isinstance(p, Word) and p.kind == "pronouns" for p in m.payloads)), None)
    if first is None or first.first - s.lo > _SPEAKER_AT:
        return False
    return any(0 <= w.first - first.last <= _SPEAKER_GAP for w in s.words("reporting"))


# The modes talks may have (a letter is not spoken).
_SPOKEN: frozenset[Mode | None] = frozenset(("in_person", "phone", "video"))


def _spoken_at(sents: list[Parsed], at: int) -> Mode | None:
    """Return the mode of the report's own contact told only by "spoke" in sentence at, when the report says.

    "Spoke" is no firm mode: talks at a meeting are told so too ("sprachen über", "razgovarao je o"). The
    last firm cue of talks up to that sentence ("arrived in Delhi", "met"), else None (a call). Neither a
    firm cue after it ("X spoke with Y last night; the two last met in May") nor a place ("sprak met Poetin,
    meldde het Witte Huis") makes it a meeting.
    """
    mode: Mode | None = None
    for s in sents[: at + 1]:
        for c in s.cues():
            if c[2].mode in _SPOKEN and c[2].weight >= 2:
                mode = c[2].mode
    return mode


def _setting(mode: Mode, sents: list[Parsed]) -> Setting:
    """Return a meeting's setting from its own sentences: at a summit when one is named there."""
    if mode != "in_person":
        return "bilateral"
    if any(s.words("summit") for s in sents):
        return "summit"
    return "visit"


# The statements (by id) each sentence holds.
Claims = dict[int, set[int]]
_UNCLAIMED: frozenset[int] = frozenset()


def claims_of(statements: list[Statement]) -> Claims:
    """Return the statements of each sentence: read once per report (a read per contact was quadratic)."""
    out: Claims = {}
    for st in statements:
        out.setdefault(st.sentence, set()).add(id(st))
    return out


def _topic_sentences(own: list[int], sents: list[Parsed], claims: Claims, g: Group,
                     main: bool = False) -> list[int]:
    """Return the contact's own sentences and the follow ones after each that no other contact claims.

    The report's own contact takes every sentence no other contact claims, before and after its own.
    """
    mine = {id(st) for st in g.statements}
    picked: set[int] = set(own)
    if main:
        picked.update([j for j in range(len(sents)) if claims.get(j, _UNCLAIMED) <= mine])
        return sorted(picked)
    for i in own:
        for j in range(i + 1, min(len(sents), i + 1 + _FOLLOW)):
            if not claims.get(j, _UNCLAIMED) <= mine:  # a statement of another contact stands there
                break
            picked.add(j)
    return sorted(picked)


# Participants built before, by their fields: a Participant is frozen, and the same leaders take part in
# contact after contact (building one runs pydantic's validation and a Python validator each time).
_PARTICIPANTS: dict[tuple[str, str, str, str, bool], Participant] = {}
_PARTICIPANTS_MAX = 20_000


def _participant(m: Mention) -> Participant:
    key = (m.leader_id or "", m.name or "", m.country or "", m.role or "head_of_state",
           m.kind == "provisional")
    hit = _PARTICIPANTS.get(key)
    if hit is None:
        if len(_PARTICIPANTS) >= _PARTICIPANTS_MAX:
            _PARTICIPANTS.clear()
        hit = _PARTICIPANTS[key] = Participant(leader_id=key[0], name=key[1], country=key[2], role=key[3],
                                               provisional=key[4])
    return hit
