"""Polish case forms of personal names, by rule, so "Zełenskiego", "Putinem", "Dudą" find their leader.

The rule, written for the names of leaders (Polish and foreign names as the Polish press spells them):
- masculine -ski/-cki/-dzki (Zełenski, Nawrocki): -ego, -emu, -m (Zełenskiego, Zełenskiemu, Zełenskim);
- masculine ending in a consonant (Putin, Biden, Macron, Scholz, Tusk): +a, +owi, +em, and the locative
  -ie with the change below (Putinie, Donaldzie) or -u (Tusku, Andrzeju); after k and g the instrumental
  is +iem (Tuskiem, Jinpingiem); -j (Andrzej) the same (Andrzeja, Andrzejem);
- masculine -a and feminine -a (Duda, Łukaszenka, Giorgia): -y (-i after k g l j and i), the dative and
  locative -ie with the consonant before it changed (d -> dzie, t -> cie, r -> rze, ł -> le, k -> ce,
  g -> dze, ch -> sze; Dudzie, Łukaszence), -ę, -ą; -ia (Giorgia, Julia): -ii, -ię, -ią;
- feminine -ska/-cka (Szydło is not one): -skiej, -ską;
- feminine names ending in anything but -a, and names ending in -e -i -o -u -y (Rutte, Meloni, Szydło,
  Netanjahu, Sandu) do not decline: the Polish press writes "z Giorgią Meloni", "z Markiem Rutte".
Particles (von, der, da, de, al, bin ...) stay as they are; in a hyphenated word only the last part
declines. Forms may over-generate; matching only needs the real form present.
"""

from __future__ import annotations

import re

from ingest.gazetteer import cases
from ingest.gazetteer.ru import Gender

PARTICLES = frozenset({"von", "der", "van", "den", "da", "de", "do", "dos", "la", "le", "al", "el", "bin",
                       "ibn", "ben", "abu", "abd", "di"})
_LATIN = re.compile(r"^[A-Za-zÀ-ÿĀ-ž]")
_VELAR = ("k", "g")
_SOFT_GEN = ("k", "g", "l", "j", "i")
# the consonant before the dative and locative -ie ("Duda" -> "Dudzie", "Łukaszenka" -> "Łukaszence")
_LOCATIVE = (("ch", "sze"), ("d", "dzie"), ("t", "cie"), ("r", "rze"), ("ł", "le"), ("k", "ce"),
             ("g", "dze"), ("s", "sie"), ("z", "zie"), ("n", "nie"), ("m", "mie"), ("b", "bie"),
             ("p", "pie"), ("w", "wie"), ("f", "fie"))

CASES = ("gen", "dat", "acc", "ins", "loc")
Table = cases.Table


def locative_stem(stem: str) -> str | None:
    """Return the stem with the locative -ie and the consonant change before it, if it takes one."""
    low = stem.lower()
    return next((stem[: len(stem) - len(end)] + repl for end, repl in _LOCATIVE if low.endswith(end)), None)


def _a_noun(word: str) -> Table:
    """Return the cases of an -a noun of either gender (Duda, Łukaszenka, Giorgia)."""
    stem = word[:-1]
    low = stem.lower()
    if low.endswith("i"):  # Giorgia -> Giorgii, Giorgię, Giorgią
        return {"gen": [stem + "i"], "dat": [stem + "i"], "acc": [stem + "ę"], "ins": [stem + "ą"],
                "loc": [stem + "i"]}
    gen = stem + ("i" if low.endswith(_SOFT_GEN) else "y")
    dative = locative_stem(stem) or gen
    return {"gen": [gen], "dat": [dative], "acc": [stem + "ę"], "ins": [stem + "ą"], "loc": [dative]}


def _table(word: str, gender: Gender) -> Table:
    """Return the case forms of one word (empty when it does not decline)."""
    low = word.lower()
    if gender == "f":
        if low.endswith(("ska", "cka", "dzka")):
            s = word[:-1]
            return {"gen": [s + "iej"], "dat": [s + "iej"], "acc": [s + "ą"], "ins": [s + "ą"],
                    "loc": [s + "iej"]}
        return _a_noun(word) if low.endswith("a") else {}
    if low.endswith(("ski", "cki", "dzki")):
        return {"gen": [word + "ego"], "dat": [word + "emu"], "acc": [word + "ego"], "ins": [word + "m"],
                "loc": [word + "m"]}
    if low.endswith("a"):
        return _a_noun(word)
    if low[-1] in "eiouyąęó" or not low[-1].isalpha():
        return {}
    ins = "iem" if low.endswith(_VELAR) else "em"
    return {"gen": [word + "a"], "dat": [word + "owi"], "acc": [word + "a"], "ins": [word + ins],
            "loc": [word + "u" if low.endswith((*_VELAR, "ch")) else locative_stem(word) or word + "u"]}


def word_cases(word: str, gender: Gender) -> Table:
    """Return the case forms of a word of a name; particles and indeclinable words give {}."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return {c: [f"{head}-{f}" for f in fs] for c, fs in word_cases(tail, gender).items()}
    if not word or len(word) < 2 or word.lower() in PARTICLES or not _LATIN.match(word):
        return {}
    return _table(word, gender)


def decline_word(word: str, gender: Gender) -> list[str]:
    """Return the word with its case forms (nominative first); indeclinable words come back alone."""
    return cases.decline_word(word, gender, word_cases)


def decline_name(name: str, gender: Gender) -> list[str]:
    """Return a full name in each case, every word in the same case ("Wołodymyra Zełenskiego", ...)."""
    return cases.decline_name(name, gender, word_cases, CASES)
