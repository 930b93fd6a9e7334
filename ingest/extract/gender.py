"""The grammatical gender of a pronoun ("she", "elle", "она"), and the leaders who are women."""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Literal

from graph.models import Leader
from ingest.extract.mentions import Mention
from ingest.extract.parsed import Parsed
from ingest.extract.tokens import tokenize

Gender = Literal["f", "m"]
_FORM = attrgetter("form")


def written_forms(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Return lexicon phrases as their tokens' folded forms, as a text's tokens read them ("=" dropped)."""
    return frozenset(tuple(map(_FORM, tokenize(p.lstrip("=")))) for p in phrases)


def pronoun_gender(s: Parsed, ref: Mention | None, feminine: frozenset[tuple[str, ...]],
                   masculine: frozenset[tuple[str, ...]]) -> Gender | None:
    """Return "f" or "m" when the reference at ref is one of the language's gendered pronouns, else None.

    feminine, masculine: the language's forms (written_forms of Lexicon.feminine, .masculine). Only a form
    that is the whole reference counts: "her guest" is the guest, whose gender "her" does not tell (it is
    the host's). Read from the tokens only when a pronoun is resolved: no phrase in the vocabulary, no
    work on other words.
    """
    if ref is None or not (feminine or masculine):
        return None
    written = tuple(map(_FORM, s.tokens[ref.first : ref.last]))
    if written in feminine:
        return "f"
    return "m" if written in masculine else None


def women_of(leaders: Iterable[Leader]) -> frozenset[str]:
    """Return the ids of the leaders the gazetteer marks as women."""
    return frozenset(ldr.id for ldr in leaders if ldr.gender == "f")
