"""The grammatical gender of a pronoun, and whether a leader fits it (a "she" stands for a woman)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from graph.models import Leader
from ingest.extract.mentions import Mention
from ingest.extract.parsed import Parsed

Gender = Literal["f", "m"]


def pronoun_gender(s: Parsed, ref: Mention | None) -> Gender | None:
    """Return "f" or "m" when the lexicon marks the pronoun at ref feminine or masculine, else None.

    Only a word that is the whole reference counts: "her guest" is the guest, whose gender "her" does not
    tell (it is the host's).
    """
    if ref is None:
        return None
    for w in s.words("feminine"):  # (a plain loop: most sentences have none, one shared empty tuple)
        if w.first == ref.first and w.last == ref.last:
            return "f"
    for w in s.words("masculine"):
        if w.first == ref.first and w.last == ref.last:
            return "m"
    return None


def fits(gender: Gender | None, leader_id: str | None, women: frozenset[str]) -> bool:
    """Tell whether a leader may be what a pronoun of that gender stands for (any leader when unknown).

    The gazetteer marks every woman it holds (names*.jsonl), so a leader it does not mark is read as a man.
    """
    return gender is None or (leader_id in women) == (gender == "f")


def women_of(leaders: Iterable[Leader]) -> frozenset[str]:
    """Return the ids of the leaders the gazetteer marks as women."""
    return frozenset(ldr.id for ldr in leaders if ldr.gender == "f")
