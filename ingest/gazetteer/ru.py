"""Russian case forms of personal names, by rule, so "Путина", "Путину", "Путиным" find Путин.

The rule, written for the names of leaders (Russian and foreign names in Cyrillic):
- masculine -ов/-ев/-ёв/-ин/-ын (Путин, Токаев): +а, +у, +ым, +е; -ин/-ын also +ом (foreign Дарвином);
- masculine -ский/-цкий/-ской (Зеленский): -ого, -ому, -им, -ом;
- masculine other consonant (Макрон, Трамп, Шольц): +а, +у, +ом (+ем after ж ш ч щ ц), +е; given names
  that lose their last vowel (Лев -> Льва, Павел -> Павла) decline from the shorter stem;
- masculine -й (Сергей): -я, -ю, -ем, -е; -ий (Василий): -ия, -ию, -ием, -ии;
- masculine -ь (Эммануэль): -я, -ю, -ем, -е;
- feminine -ова/-ева/-ина/-ына (Захарова): -ой, -у; -ская/-цкая: -ой, -ую;
- -а/-я of either gender (Ишиба, Ангела): -ы (-и after г к х ж ш ч щ), -е, -у, -ой (-ей after ж ш ч щ ц);
  -ия (Мария): -ии, -ию, -ией;
- feminine ending in a consonant or -ь (Меркель), any name ending in -о -е -и -у -ю -э -ы
  (Лукашенко, Моди, Санду, Мелони), and foreign names ending in two vowels (аш-Шараа) do not decline.
Particles (аль, бин, фон, де ...) stay as they are; in a hyphenated word only the last part declines.
Forms may over-generate slightly (both -ым and -ом for -ин); matching only needs the real form present.
"""

from __future__ import annotations

import re
from typing import Literal

Gender = Literal["m", "f"]

# Parts of a name that never decline in Russian text.
PARTICLES = frozenset({
    "аль", "ас", "ар", "ад", "ан", "аш", "эль", "бин", "бен", "ибн", "бинт", "абу", "абд", "абдель", "фон",
    "дер", "де", "ди", "да", "ла", "ле", "ван", "дос", "дас", "ду", "ульд", "оглы", "кызы",
})
_SIBILANT = set("жшчщ")
_VELAR_OR_SIBILANT = set("гкхжшчщ")
_INDECLINABLE_END = set("оеиуюэы")
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# Given names with a fleeting vowel: the stems their other cases are built on (Лев XIV -> Льва XIV,
# Иоанн Павел II -> Иоанна Павла II; the Czech surname keeps it: Петра Павела).
# Adjectives written after a surname with a hyphen ("Маркос-младший", Junior; "старший", Senior).
_ADJECTIVES = frozenset({"младший", "старший"})
_FLEETING = {"Лев": ("Льв",), "Павел": ("Павл", "Павел")}


CASES = ("gen", "dat", "acc", "ins", "prep")
Table = dict[str, list[str]]


def _hard_a(stem: str) -> Table:
    last = stem[-1:] if stem else ""
    gen = stem + ("и" if last in _VELAR_OR_SIBILANT else "ы")
    ins = stem + ("ей" if last in _SIBILANT or last == "ц" else "ой")
    return {"gen": [gen], "dat": [stem + "е"], "acc": [stem + "у"], "ins": [ins], "prep": [stem + "е"]}


def _animate(gen: str, dat: str, ins: list[str], prep: str) -> Table:
    # Masculine names of persons: the accusative is the genitive.
    return {"gen": [gen], "dat": [dat], "acc": [gen], "ins": ins, "prep": [prep]}


def _fem_adjectival(stem: str, acc: str) -> Table:
    # Тихановская, Захарова: -ой in every oblique case but the accusative.
    return {"gen": [stem + "ой"], "dat": [stem + "ой"], "acc": [stem + acc], "ins": [stem + "ой"],
            "prep": [stem + "ой"]}


def _table(word: str, gender: Gender) -> Table:
    """Return the case forms of one word (empty when it does not decline)."""
    low = word.lower()
    if gender == "m":
        if word in _FLEETING:
            stems = _FLEETING[word]
            return {"gen": [s + "а" for s in stems], "dat": [s + "у" for s in stems],
                    "acc": [s + "а" for s in stems], "ins": [s + "ом" for s in stems],
                    "prep": [s + "е" for s in stems]}
        if low.endswith(("ский", "цкий", "ской")):
            s = word[:-2]
            return _animate(s + "ого", s + "ому", [s + "им"], s + "ом")
        if low.endswith(("ов", "ев", "ёв")):
            return _animate(word + "а", word + "у", [word + "ым"], word + "е")
        if low.endswith(("ин", "ын")):
            return _animate(word + "а", word + "у", [word + "ым", word + "ом"], word + "е")
        if low.endswith(("ший", "щий", "жий", "чий")):
            # an adjective (Маркос-младший -> младшего), not a name like Василий -> Василия
            s = word[:-2]
            return _animate(s + "его", s + "ему", [s + "им"], s + "ем")
        if low.endswith("ий"):
            s = word[:-1]
            return _animate(s + "я", s + "ю", [s + "ем"], s + "и")
        if low.endswith(("й", "ь")):
            s = word[:-1]
            return _animate(s + "я", s + "ю", [s + "ем"], s + "е")
        if low[-1] in _INDECLINABLE_END:
            return {}
        if low[-1] not in "ая":
            ins = "ем" if low[-1] in _SIBILANT or low[-1] == "ц" else "ом"
            return _animate(word + "а", word + "у", [word + ins], word + "е")
    else:
        if low.endswith(("ская", "цкая")):
            s = word[:-2]
            return _fem_adjectival(s, "ую")
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            s = word[:-1]
            return _fem_adjectival(s, "у")
        if low[-1] not in "ая":
            return {}
    # -а / -я words of either gender (Ишиба, Нарендра, Ангела, Мария).
    if low.endswith("ия"):
        s = word[:-1]
        return {"gen": [s + "и"], "dat": [s + "и"], "acc": [s + "ю"], "ins": [s + "ей"], "prep": [s + "и"]}
    if low.endswith("я"):
        s = word[:-1]
        return {"gen": [s + "и"], "dat": [s + "е"], "acc": [s + "ю"], "ins": [s + "ей"], "prep": [s + "е"]}
    return _hard_a(word[:-1])


def word_cases(word: str, gender: Gender) -> Table:
    """Return the case forms of a word of a name; particles and indeclinable words give {}."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        tails = word_cases(tail, gender)
        # "Маркос-младший": a name with an adjective after it declines both (Маркоса-младшего); in other
        # hyphenated words only the last part declines (Ким Чен Ын, аш-Шараа)
        heads = word_cases(head, gender) if tail.lower() in _ADJECTIVES else {}
        return {c: [f"{h}-{f}" for h in heads.get(c, [head]) for f in fs] for c, fs in tails.items()}
    if not word or word.lower() in PARTICLES or not word[-1].isalpha() or not _CYRILLIC.search(word):
        return {}  # particles, and words in another script (the regnal number of "Карл III")
    if (len(word) > 1 and word[-1].lower() in "аеёиоуыэюя" and word[-2].lower() in "аеёиоуыэюя"
            and not word.lower().endswith("ия")):  # Юлия, Мария decline
        return {}  # аш-Шараа, Тебуроро: a foreign name ending in two vowels does not decline
    return _table(word, gender)


def decline_word(word: str, gender: Gender) -> list[str]:
    """Return the word with its case forms (nominative first); indeclinable words come back alone."""
    out = [word]
    for forms in word_cases(word, gender).values():
        out.extend(f for f in forms if f not in out)
    return out


def decline_name(name: str, gender: Gender) -> list[str]:
    """Return a full name in each case, every word in the same case ("Владимира Путина", ...).

    Also gives each case of the surname after the given name in the nominative, which careless text
    and headlines produce ("Владимир Путина" is rare, but cheap to cover).
    """
    words = name.split()
    tables = [word_cases(w, gender) for w in words]
    out = [name]
    for case in CASES:
        combos: list[list[str]] = [[]]
        for w, t in zip(words, tables, strict=True):
            combos = [[*c, f] for c in combos for f in t.get(case, [w])]
        for c in combos:
            form = " ".join(c)
            if form not in out:
                out.append(form)
    if len(words) > 1:
        for forms in tables[-1].values():
            for f in forms:
                form = " ".join([*words[:-1], f])
                if form not in out:
                    out.append(form)
    return out
