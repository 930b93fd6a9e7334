"""Ukrainian case forms of personal names, by rule, so "Зеленського", "Путіним", "Шольцем" find their leader.

The rule, written for the names of leaders (Ukrainian and foreign names in Ukrainian spelling):
- masculine -ський/-цький (Зеленський, Навроцький): -ого, -ому, -им, -ім;
- masculine -ов/-ев/-єв/-ін/-ин (Путін, Медведєв): +а, +у, +ові, +им (Ukrainian surnames of this type take
  the adjective's instrumental: "з Путіним"), and the noun's +ом that foreign names in -ін take;
- masculine other hard consonant (Макрон, Трамп, Ердоган): +а, +у, +ові, +ом; after ж ч ш щ ц (Шольц)
  the instrumental is +ем;
- masculine -й (Сергій, Андрій): -я, -ю, -єві, -єм; -ь (Емманюель): -я, -ю, -еві, -ем;
- masculine -о (Лукашенко, Порошенко): -а, -у, -ові, -ом (Ukrainian declines these, unlike Russian);
- -а/-я of either gender (Дуда, Джорджа, Юлія): -и (-і after ж ч ш щ and for -я), -і, -у/-ю, -ою/-ею;
  г к х before the -і of the dative become з ц с (Ольга -> Ользі);
- feminine -ська/-цька: -ської, -ській, -ську, -ською;
- masculine -о after a vowel, feminine names ending in a consonant (Меркель, фон дер Ляєн), and any
  name ending in -і -е -у -ю -и (Мелоні, Моді, Санду) do not decline.
Forms may over-generate (Трюдо gets a "Трюда" no text writes); matching only needs the real form present.
Particles (аль, бін, фон, дер, да ...) stay as they are; in a hyphenated word only the last part declines.
"""

from __future__ import annotations

import re

from ingest.gazetteer import cases
from ingest.gazetteer.ru import Gender

PARTICLES = frozenset({
    "аль", "ас", "ар", "ад", "ан", "аш", "ель", "бін", "бен", "ібн", "абу", "абд", "абдель", "фон", "дер",
    "де", "ді", "да", "ла", "ле", "ван",
})
_SOFT_GROUP = set("жчшщц")
_INDECLINABLE_END = set("іеуюиєї")
_CYRILLIC = re.compile("[а-яіїєґ]", re.IGNORECASE)
_VOWELS = set("аеєиіїоуюя")
# the dative and locative -і changes the consonant before it: Ольга -> Ользі, Лука -> Луці
_DATIVE_SHIFT = {"г": "з", "к": "ц", "х": "с"}

CASES = ("gen", "dat", "acc", "ins", "loc")
Table = cases.Table


def _animate(gen: str, dat: list[str], ins: list[str], loc: list[str]) -> Table:
    # Masculine names of persons: the accusative is the genitive.
    return {"gen": [gen], "dat": dat, "acc": [gen], "ins": ins, "loc": loc}


def _a_stem(stem: str, soft: bool) -> Table:
    """-а/-я nouns (Дуда, Джорджа, Юлія): the first declension."""
    last = stem[-1:].lower()
    if soft:  # Юлія -> Юлії, Юлію, Юлією
        gen = stem + ("ї" if last in _VOWELS or last == "і" else "і")
        return {"gen": [gen], "dat": [gen], "acc": [stem + "ю"], "ins": [stem + "єю" if gen.endswith("ї")
                                                                          else stem + "ею"], "loc": [gen]}
    if last in _SOFT_GROUP:  # Джорджа -> Джорджі, Джорджею
        return {"gen": [stem + "і"], "dat": [stem + "і"], "acc": [stem + "у"], "ins": [stem + "ею"],
                "loc": [stem + "і"]}
    shifted = stem[:-1] + _DATIVE_SHIFT[last] if last in _DATIVE_SHIFT else stem
    return {"gen": [stem + "и"], "dat": [shifted + "і"], "acc": [stem + "у"], "ins": [stem + "ою"],
            "loc": [shifted + "і"]}


def _table(word: str, gender: Gender) -> Table:
    """Return the case forms of one word (empty when it does not decline)."""
    low = word.lower()
    last = low[-1]
    if gender == "f":
        if low.endswith(("ська", "цька")):
            s = word[:-1]
            return {"gen": [s + "ої"], "dat": [s + "ій"], "acc": [s + "у"], "ins": [s + "ою"],
                    "loc": [s + "ій"]}
        if last == "а":
            return _a_stem(word[:-1], soft=False)
        if last == "я":
            return _a_stem(word[:-1], soft=True)
        return {}
    if low.endswith(("ський", "цький")):
        s = word[:-2]
        return _animate(s + "ого", [s + "ому"], [s + "им"], [s + "ому", s + "ім"])
    if low.endswith(("ов", "ев", "єв", "ін", "ин", "їн")):
        return _animate(word + "а", [word + "у", word + "ові"], [word + "им", word + "ом"], [word + "ові"])
    if last == "й":
        s = word[:-1]
        return _animate(s + "я", [s + "ю", s + "єві"], [s + "єм"], [s + "єві"])
    if last == "ь":
        s = word[:-1]
        return _animate(s + "я", [s + "ю", s + "еві"], [s + "ем"], [s + "еві"])
    if last == "о":
        if len(low) > 1 and low[-2] in _VOWELS:
            return {}  # a foreign name ending in a vowel and -о does not decline
        s = word[:-1]
        return _animate(s + "а", [s + "у", s + "ові"], [s + "ом"], [s + "ові", s + "у"])
    if last == "а":
        return _a_stem(word[:-1], soft=False)
    if last == "я":
        return _a_stem(word[:-1], soft=True)
    if last in _INDECLINABLE_END or last in _VOWELS:
        return {}
    ins = "ем" if last in _SOFT_GROUP else "ом"
    return _animate(word + "а", [word + "у", word + "ові"], [word + ins], [word + "ові"])


def word_cases(word: str, gender: Gender) -> Table:
    """Return the case forms of a word of a name; particles and indeclinable words give {}."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return {c: [f"{head}-{f}" for f in fs] for c, fs in word_cases(tail, gender).items()}
    if (not word or word.lower() in PARTICLES or not word[-1].isalpha() or not _CYRILLIC.search(word)
            or len(word) < 2):
        return {}  # particles, and words in another script (the regnal number of "Карл III")
    return _table(word, gender)


def decline_word(word: str, gender: Gender) -> list[str]:
    """Return the word with its case forms (nominative first); indeclinable words come back alone."""
    return cases.decline_word(word, gender, word_cases)


def decline_name(name: str, gender: Gender) -> list[str]:
    """Return a full name in each case, every word in the same case ("Володимира Зеленського", ...)."""
    return cases.decline_name(name, gender, word_cases, CASES)
