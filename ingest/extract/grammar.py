"""What the extractor's reading of sentence structure takes of a language from its lexicon, built once."""

from __future__ import annotations

from dataclasses import dataclass

from graph.text import fold
from ingest.extract.lexicon import Lexicon


@dataclass(frozen=True)
class Grammar:
    """A language's facts that chunking, parsing and pairing read (folded), taken from its lexicon once."""

    # the genitive particle follows the possessor and is a filler: "रूस के राष्ट्रपति", "روس کے صدر" (Russia's
    # president) is one person, where Italian "Dal Vaticano il presidente" opens a new one at the article
    genitive_after: bool = False
    # the postpositions that mark a verb-final clause's partner (Hindi "से", "को"; pairing)
    partner_marks: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lex: Lexicon) -> Grammar:
        """Take a lexicon's facts that chunking, parsing and pairing read."""
        return cls(genitive_after=bool(lex.genitives_after),
                   partner_marks=frozenset(fold(w) for w in lex.partner_marks))


PLAIN = Grammar()  # a text of no known language
