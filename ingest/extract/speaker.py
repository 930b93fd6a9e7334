"""The leader who only reports a contact of two others: "X said that Y called Z" pairs Y and Z, not X.

A reporting verb (`said`, `a déclaré`, `заявил`, `sagte`, `dijo`, `söyledi`, `قال`, `گفت`) with a leader
right beside it (its subject before it, or after it in the Arabic and inverted orders and after
`selon`/`по словам`) opens a clause of what was said. When that clause names leaders of two countries, one
of them its own subject before its cue, and holds every cue of the sentence, its contact is theirs: the
speaker (a spokesman-like leader, a prime minister telling of the president's call) met neither of them.
A clause whose subject is a pronoun ("X said he and Y met Z") or is left out ("Путин сообщил, что провел
переговоры с X и Y": the speaker's own talks) keeps the speaker.
"""

from __future__ import annotations

from ingest.extract.mentions import Mention
from ingest.extract.pairing import ABOUT_WORDS
from ingest.extract.parsed import CueAt, Parsed
from ingest.extract.phrases import Match
from ingest.extract.vocab import Payload

# tokens that may stand between a speaker and the verb ("Macron on Friday said", "Erdoğan ayrıca dedi")
_SPEAKER_GAP = 2
# references that may stand for the speaker inside the clause
_REFERENCES = frozenset(("pronoun", "they", "pair", "object", "counterpart"))
# Turkish genitive endings after an apostrophe: a nominalized clause's subject ("Putin'in ... görüştüğünü")
_TR_GENITIVES = ("'in", "'ın", "'un", "'ün", "'nin", "'nın", "'nun", "'nün", "’in", "’ın", "’un", "’ün")


def reporter(s: Parsed, named: list[Mention], mentions: list[Mention], cues: list[CueAt]) -> Mention | None:
    """Return the leader who only reports the contact the sentence states, if one does."""
    if len(named) < 3 or not cues:
        return None
    for w in s.words("reporting"):
        found = _speaker(s, named, w)
        if found is None:
            continue
        x, lo, hi = found
        if _said_contact(s, named, mentions, cues, x, lo, hi):
            return x
    return None


def _speaker(s: Parsed, named: list[Mention], w: Match[Payload]) -> tuple[Mention, int, int] | None:
    """Return the leader speaking with a reporting verb and the token span of what he said."""
    before = [m for m in named if m.last <= w.first and w.first - m.last <= _SPEAKER_GAP]
    after = [m for m in named if m.first >= w.last and m.first - w.last <= 1]
    if s.verb_final and all(m.last <= w.first for m in named) and named[0].last in s.marks:
        # "Erdoğan, Putin'in Macron ile görüştüğünü söyledi": the subject set off by a comma, the clause
        # between it and the verb at the end, its own subject in the genitive
        return (named[0], named[0].last, w.first) if _genitive(s, named[1]) else None
    if after and w.first in s.marks and not any(m.first >= after[0].last for m in named):
        return after[0], s.lo, w.first  # "Biden habe mit Macron telefoniert, sagte Scholz"
    if before:
        x = before[-1]
        if any(m.first >= w.last for m in named):
            return x, _clause_start(s, named, w.last), s.hi
        if x.first in s.marks:  # "Biden called Scholz on Friday, Macron said"
            return x, s.lo, x.first
        return None
    if after:
        return after[0], _clause_start(s, named, after[0].last), s.hi  # "قال X إن ...", "selon X, ..."
    return None


def _clause_start(s: Parsed, named: list[Mention], at: int) -> int:
    """Return where the said clause opens: after the verb, or after a "that" past an addressee.

    "Putin told Erdogan in a phone call that ...": the addressee and the call stand before the "that".
    """
    for t in s.words("complementizers"):
        if t.first >= at:
            return t.last if any(at <= m.first < t.first for m in named) else at
    return at


def _said_contact(s: Parsed, named: list[Mention], mentions: list[Mention], cues: list[CueAt],
                  x: Mention, lo: int, hi: int) -> bool:
    """Tell whether the span holds every cue and every other leader, of two countries, and its own subject."""
    inner = [m for m in named if m.leader_id != x.leader_id]
    if any(m.first < lo or m.last > hi for m in inner) or len({m.country for m in inner}) < 2:
        return False
    if any(c[0] < lo or c[1] > hi for c in cues):
        return False
    if any(m.kind in _REFERENCES and lo <= m.first < hi for m in mentions):
        return False
    first_cue = min(c[0] for c in cues)
    subject = inner[0]
    if any(s.tokens[j].form in ABOUT_WORDS for j in range(subject.last, first_cue)):
        # "Путин рассказал китайскому лидеру о видеоконференции с Байденом": the leader after the verb is
        # whom he told, the contact after "about" the speaker's own; no clause of others' contact
        return False
    return subject.last <= first_cue and not _with_before(s, subject)


def _with_before(s: Parsed, m: Mention) -> bool:
    """Tell whether a "with" stands right before a leader ("с Эрдоганом"): a partner, not a subject."""
    return any(w.first <= m.first <= w.last + 1 for w in s.words("with_words"))


def _genitive(s: Parsed, m: Mention) -> bool:
    """Tell whether a Turkish name bears a genitive ending, the subject of a nominalized clause."""
    end = s.tokens[m.last - 1].end
    return s.text[end : end + 5].startswith(_TR_GENITIVES)

