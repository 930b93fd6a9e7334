"""About what: topic codes and places from the sentences about a contact, by per-language keywords."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.extract.lexicon import Lexicon
from ingest.extract.phrases import PhraseIndex
from ingest.extract.tokens import Token, fold_phrase


@dataclass(frozen=True, slots=True)
class Topic:
    """A keyword's topic code, in its language (read only in texts of that language when it is known)."""

    code: str
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A keyword's place, in its English form."""

    name: str


def build_topic_index(lexicons: Iterable[Lexicon]) -> PhraseIndex[Topic | NamedPlace]:
    """Index every lexicon's topic keywords and place names (a Korean stem by whole syllables: nouns)."""
    index: PhraseIndex[Topic | NamedPlace] = PhraseIndex(whole_syllables=True)
    for lex in lexicons:
        for code, phrases in lex.topics.items():
            for phrase in phrases:
                index.add(fold_phrase(phrase, lex.tones), Topic(code, lex.lang))
        for phrase, place in lex.places.items():
            index.add(fold_phrase(phrase, lex.tones), NamedPlace(place))
    return index


def topics_and_places(
    index: PhraseIndex[Topic | NamedPlace], tokens: Sequence[Token], spans: Iterable[tuple[int, int]],
    lang: str | None = None,
) -> tuple[dict[str, int], list[str]]:
    """Count topic keywords (of the text's language, when known) and list named places in the spans."""
    counts: dict[str, int] = {}
    places: list[str] = []
    memo = _READ.get(lang, _NOT_READ)  # (the language's memo, found once: no key tuple per match)
    for lo, hi in spans:
        for m in index.find(tokens, lo, hi):
            payloads = m.payloads
            hit = memo.get(id(payloads))  # (_read's memo inline: most keywords were met before)
            codes, names = hit[1] if hit is not None and hit[0] is payloads else _read(payloads, lang)
            for code in codes:
                counts[code] = counts.get(code, 0) + 1
            for name in names:
                if name not in places:
                    places.append(name)
    return counts, places


# What a match's payloads give, by the text's language, then by the tuple's identity: the index hands out
# its node's own tuple every time (see mentions.kinds_of). The entry keeps the tuple, so its id is not reused.
_Read = tuple[tuple[str, ...], tuple[str, ...]]  # topic codes, place names
_READ: dict[str | None, dict[int, tuple[tuple[Topic | NamedPlace, ...], _Read]]] = {}
_NOT_READ: dict[int, tuple[tuple[Topic | NamedPlace, ...], _Read]] = {}  # (no language read yet: empty)
_READ_MAX = 20_000


def _read(payloads: tuple[Topic | NamedPlace, ...], lang: str | None) -> _Read:
    """Return a match's topic codes (of the language, when known), each once, and its places in order."""
    memo = _READ.setdefault(lang, {})
    hit = memo.get(id(payloads))
    if hit is not None and hit[0] is payloads:
        return hit[1]
    if len(memo) >= _READ_MAX:
        memo.clear()
    codes = tuple({p.code for p in payloads
                   if isinstance(p, Topic) and (lang is None or p.lang in (None, lang))})
    read = codes, tuple(p.name for p in payloads if not isinstance(p, Topic))
    memo[id(payloads)] = (payloads, read)
    return read
