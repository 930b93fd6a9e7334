"""What the extractor's reading of sentence structure takes of a language from its lexicon, built once."""

from __future__ import annotations

from dataclasses import dataclass

from graph.text import fold
from ingest.extract.lexicon import Lexicon
from ingest.extract.tokens import fold_phrase


@dataclass(frozen=True)
class Grammar:
    """A language's facts that chunking, parsing and pairing read (folded), taken from its lexicon once.

    A word set a language lacks is None, not empty: the rules test it with "is not None", which costs nothing
    in the loops over every sentence and chunk where an empty set's truth would be asked of it.
    """

    # the genitive particle follows the possessor and is a filler: "रूस के राष्ट्रपति", "روس کے صدر" (Russia's
    # president) is one person, where Italian "Dal Vaticano il presidente" opens a new one at the article
    genitive_after: bool = False
    # the postpositions that mark a verb-final clause's partner (Hindi "से", "को"; pairing)
    partner_marks: frozenset[str] | None = None
    names_inflect: bool = False  # Russian "з Туском Зеленський": a surname after another's is another man
    nouns_capitalized: bool = False  # German: a capital makes no word a name
    time_comma: bool = False  # Japanese "15日、": the comma after a time closes no clause
    weekday_brackets: bool = False  # Hebrew "אתמול (חמישי)": the bracketed weekday closes no clause
    office_taken: frozenset[str] | None = None  # Hindi "राष्ट्रपति चुने": the office taken, no holder
    named_after: frozenset[str] | None = None  # Arabic "مطار الملك خالد": named after a title's bearer
    airports: frozenset[str] | None = None  # "l'aéroport Félix Houphouët-Boigny": the name is the airport's
    airports_after: frozenset[str] | None = None  # "King Abdulaziz International Airport"
    internationals: tuple[str, ...] = ()  # "international" between an airport's noun and its name
    kin: frozenset[str] | None = None  # Arabic "عقيلة الرئيس": the relative, no leader
    pictured: frozenset[str] | None = None  # "(hier mit X)": a caption's aside names who is shown
    # object clitics: before their verb's auxiliary (Romance "lo ha accusato", "l'a accusé") or closing the
    # verb's phrase after it (Russian "обвинил его в"); read in a relative clause on a contact noun (pairing)
    clitics: frozenset[str] | None = None
    clitic_auxiliaries: frozenset[str] = frozenset()
    clitics_after: frozenset[str] | None = None
    clitic_endings: tuple[str, ...] = ()  # "ó": a finite verb a clitic leads with no auxiliary ("lo acusó")
    # Spanish "él": folded, the article "el"; written so (lower case), the pronoun (chunking)
    accented_pronouns: frozenset[str] | None = None
    unaccented_pronouns: frozenset[str] = frozenset()  # the same folded ("el")

    @classmethod
    def of(cls, lex: Lexicon) -> Grammar:
        """Take a lexicon's facts that chunking, parsing and pairing read."""
        return cls(genitive_after=bool(lex.genitives_after), partner_marks=_folded(lex.partner_marks),
                   names_inflect=lex.names_inflect, nouns_capitalized=lex.nouns_capitalized,
                   time_comma=lex.time_comma, weekday_brackets=lex.weekday_brackets,
                   office_taken=_folded(lex.office_taken), named_after=_folded(lex.named_after),
                   kin=_folded(lex.kin), pictured=_folded(lex.pictured), airports=_folded(lex.airports),
                   airports_after=_folded(lex.airports_after),
                   internationals=tuple(fold(w) for w in lex.internationals),
                   clitics=_folded(tuple(w for p in lex.clitics for w in fold_phrase(p))),
                   clitic_auxiliaries=frozenset(fold(w) for w in lex.clitic_auxiliaries),
                   clitics_after=_folded(lex.clitics_after), clitic_endings=lex.clitic_endings,
                   accented_pronouns=frozenset(lex.accented_pronouns) or None,
                   unaccented_pronouns=frozenset(fold(w) for w in lex.accented_pronouns))

    @property
    def has_clitics(self) -> bool:
        """Tell whether the language writes object pronouns as clitics (before or after the verb)."""
        return self.clitics is not None or self.clitics_after is not None


def _folded(words: tuple[str, ...]) -> frozenset[str] | None:
    """Fold a lexicon's one-word list into a set, None where the language has none."""
    return frozenset(fold(w) for w in words) if words else None


PLAIN = Grammar()  # a text of no known language
