"""The grammatical gender of a pronoun ("she", "elle", "она"), and the leaders who are women."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from graph.models import Leader
from graph.text import fold
from ingest.extract.mentions import Mention
from ingest.extract.parsed import Parsed

Gender = Literal["f", "m"]


def pronoun_gender(s: Parsed, ref: Mention | None, feminine: frozenset[str],
                   masculine: frozenset[str]) -> Gender | None:
    """Return "f" or "m" when the reference at ref is one of the language's gendered pronouns, else None.

    feminine, masculine: the language's folded forms (Lexicon.feminine, .masculine). Only a form that is
    the whole reference counts: "her guest" is the guest, whose gender "her" does not tell (it is the
    host's). Read from the text only when a pronoun is resolved: no phrase in the vocabulary, no work on
    other words.
    """
    if ref is None or not (feminine or masculine):
        return None
    tokens = s.tokens
    written = fold(s.text[tokens[ref.first].start : tokens[ref.last - 1].end])
    if written in feminine:
        return "f"
    return "m" if written in masculine else None


def women_of(leaders: Iterable[Leader]) -> frozenset[str]:
    """Return the ids of the leaders the gazetteer marks as women."""
    return frozenset(ldr.id for ldr in leaders if ldr.gender == "f")
