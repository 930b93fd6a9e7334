"""Case forms of a whole name from the case table of each of its words (shared by the Slavic name rules)."""

from __future__ import annotations

from collections.abc import Callable

from ingest.gazetteer.ru import Gender

Table = dict[str, list[str]]
WordCases = Callable[[str, Gender], Table]


def decline_word(word: str, gender: Gender, word_cases: WordCases) -> list[str]:
    """Return the word with its case forms (nominative first); indeclinable words come back alone."""
    out = [word]
    for forms in word_cases(word, gender).values():
        out.extend(f for f in forms if f not in out)
    return out


def decline_name(name: str, gender: Gender, word_cases: WordCases, cases: tuple[str, ...]) -> list[str]:
    """Return a full name in each case, every word in the same case (nominative first)."""
    words = name.split()
    tables = [word_cases(w, gender) for w in words]
    out = [name]
    for case in cases:
        combos: list[list[str]] = [[]]
        for w, t in zip(words, tables, strict=True):
            combos = [[*c, f] for c in combos for f in t.get(case, [w])]
        out.extend(form for c in combos if (form := " ".join(c)) not in out)
    return out
