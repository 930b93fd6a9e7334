"""Inflected forms of country adjectives and names, by rule: turc -> turque/turcs, турецк- -> турецкий ...

Each function takes the base form a data file gives (a masculine singular, or a stem) and returns every
form a news text may use. Exceptions the rules cannot know are written in the data, not here.
"""

from __future__ import annotations

# French adjectives whose feminine the general rule gets wrong.
_FR_FEMININE = {"turc": "turque", "grec": "grecque", "letton": "lettone", "basque": "basque",
                "andorran": "andorrane", "monégasque": "monégasque", "bahreïni": "bahreïnie"}
# Adjectives of one form for both genders in Spanish besides those ending in -e/-a/-í/-ú.
_ES_INVARIANT_ENDINGS = ("e", "a", "í", "ú", "i")

RU_ADJ_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими", "ей")
DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def _fr_feminine(word: str) -> str:
    if word in _FR_FEMININE:
        return _FR_FEMININE[word]
    if word.endswith("e"):
        return word
    if word.endswith(("ien", "éen", "yen")):
        return word + "ne"
    return word + "e"


def _fr_plural(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


def fr_adjective_forms(masc: str) -> list[str]:
    """Return masculine/feminine, singular/plural of a French adjective (only the last part inflects)."""
    head, sep, last = masc.lower().rpartition("-")
    prefix = head + sep
    fem = _fr_feminine(last)
    forms = [last, fem, _fr_plural(last), _fr_plural(fem)]
    return list(dict.fromkeys(prefix + f for f in forms))


def es_adjective_forms(masc: str) -> list[str]:
    """Return masculine/feminine, singular/plural of a Spanish adjective (francés -> francesa, franceses)."""
    w = masc.lower()
    accents = str.maketrans("áéíóú", "aeiou")
    if w.endswith("o"):
        forms = [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
    elif w.endswith(("n", "s", "l", "r", "z")) and w[-2:-1] in "áéíóú":  # francés, alemán, bretón
        stem = w[:-2] + w[-2].translate(accents) + w[-1]
        forms = [w, stem + "a", stem + "es", stem + "as"]
    elif w.endswith(("í", "ú")):
        forms = [w, w + "es", w + "s"]
    elif w.endswith(_ES_INVARIANT_ENDINGS):
        forms = [w, w + "s"]
    elif w.endswith("z"):
        forms = [w, w[:-1] + "ces"]
    else:  # español, mongol: consonant endings take -a / -es / -as
        forms = [w, w + "a", w + "es", w + "as"]
    return list(dict.fromkeys(forms))


def explicit_forms(value: str) -> list[str] | None:
    """Return the forms a data file writes out ("greco/greca/greci/greche"), or None for a base to inflect."""
    return [f for f in value.split("/") if f] if "/" in value else None


def it_adjective_forms(masc: str) -> list[str]:
    """Return both genders and numbers of an Italian adjective (italiano -> italiana, italiani ...).

    -o: -a/-i/-e, with -co/-go keeping the hard sound (tedeschi, tedesche; greci and austriaci are written
    in the data); -e: -i (francese, francesi); -a: -i/-e (saudita, sauditi, saudite); others are invariant.
    """
    w = masc.lower()
    if w.endswith(("co", "go")):
        forms = [w, w[:-1] + "a", w[:-1] + "hi", w[:-1] + "he"]
    elif w.endswith("o"):
        forms = [w, w[:-1] + "a", w[:-1] + "i", w[:-1] + "e"]
    elif w.endswith("e"):
        forms = [w, w[:-1] + "i"]
    elif w.endswith("a"):
        forms = [w, w[:-1] + "i", w[:-1] + "e"]
    else:
        forms = [w]
    return list(dict.fromkeys(forms))


def pt_adjective_forms(masc: str) -> list[str]:
    """Return both genders and numbers of a Portuguese adjective (francês -> francesa, franceses ...).

    -o: -a/-os/-as; -ês: -esa/-eses/-esas; -e, -a, -i, -u: -s; irregular ones (alemão, espanhol) are
    written out in the data.
    """
    w = masc.lower()
    if w.endswith("o"):
        forms = [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
    elif w.endswith("ês"):
        stem = w[:-2] + "es"
        forms = [w, stem + "a", stem + "es", stem + "as"]
    elif w.endswith(("e", "a", "i", "u")):
        forms = [w, w + "s"]
    else:
        forms = [w]
    return list(dict.fromkeys(forms))


def ru_adjective_forms(stem: str) -> list[str]:
    """Return every case, gender and number of a Russian adjective from its stem (турецк -> турецкий ...).

    Stems of country adjectives end in -ск/-цк, which take и rather than ы after к.
    """
    return [stem + e for e in RU_ADJ_ENDINGS if e != "ей"]


def de_adjective_forms(base: str) -> list[str]:
    """Return the German adjective with its strong/weak endings (türkisch, türkische, türkischen ...)."""
    return [base + e for e in DE_ADJ_ENDINGS]


# German country names that are feminine or plural take no -s in the genitive (der Türkei, der USA).
_DE_NO_GENITIVE_S = frozenset({
    "Türkei", "Schweiz", "Ukraine", "Slowakei", "Mongolei", "Niederlande", "Philippinen", "Malediven",
    "Seychellen", "Komoren", "Salomonen", "Bahamas", "Marshallinseln", "Türkiye", "Elfenbeinküste",
    "Vereinigte Staaten", "Vereinigten Staaten", "Emirate",
})


def de_genitive(name: str) -> list[str]:
    """Return the German genitive of a country name that takes -s (Frankreich -> Frankreichs).

    None for feminine and plural names (der Türkei, der Niederlande), abbreviations (USA), names of
    several words, and names ending in a sibilant.
    """
    if name in _DE_NO_GENITIVE_S or name.isupper() or " " in name or name.endswith(("s", "ß", "x", "z")):
        return []
    return [name + "s"]


def ar_nisba_forms(male: str, female: str, males: str | None, females: str | None) -> list[str]:
    """Return Arabic nisba forms with and without the article (تركي، التركي، تركية، التركية، الأتراك ...).

    Multi-word forms (أمريكي جنوبي) take the article on every word.
    """
    out: list[str] = []
    for form in (male, female, males, females):
        if not form:
            continue
        out.append(form)
        out.append(" ".join(w if w.startswith("ال") else "ال" + w for w in form.split()))
    return list(dict.fromkeys(out))


# Plural country names whose genitive does not take -ов (Филиппины -> Филиппин).
_RU_PLURAL_GENITIVE = {"Филиппины": "Филиппин", "Багамы": "Багам", "Мальдивы": "Мальдив", "Сейшелы": "Сейшел",
                       "Коморы": "Комор", "Соломоновы": "Соломоновых", "Афины": "Афин"}
# Nouns that lose a vowel when they decline (Египет -> Египта).
_RU_FLEETING = {"Египет": "Египт"}
_RU_CASES = ("gen", "dat", "acc", "ins", "prep")


def _ru_adjective_case(word: str, case: str) -> str | None:
    """Decline an adjective inside a country name (inanimate), or None if the word is not one."""
    low = word.lower()
    if low.endswith("ая"):
        s = word[:-2]
        return s + ("ую" if case == "acc" else "ой")
    if low.endswith(("ый", "ий", "ой")) and len(word) > 3:
        s, soft = word[:-2], low.endswith("ий")
        y = "и" if soft or s[-1:] in "гкхжшчщ" else "ы"
        return {"gen": s + "ого", "dat": s + "ому", "acc": word, "ins": s + y + "м", "prep": s + "ом"}[case]
    if low.endswith(("ые", "ие")) and len(word) > 3:
        s = word[:-2]
        y = "и" if low.endswith("ие") else "ы"
        return {"gen": s + y + "х", "dat": s + y + "м", "acc": word, "ins": s + y + "ми",
                "prep": s + y + "х"}[case]
    return None


def _ru_noun_case(word: str, case: str) -> str:
    """Decline a noun inside a country name (inanimate: the accusative of a masculine is the nominative)."""
    if "-" in word and not word.lower().endswith(("о", "е", "и", "у")):
        head, _, tail = word.rpartition("-")
        return head + "-" + _ru_noun_case(tail, case)
    low = word.lower()
    if word in _RU_PLURAL_GENITIVE or (low.endswith("ы") and len(word) > 4):
        s = word[:-1]
        return {"gen": _RU_PLURAL_GENITIVE.get(word, s + "ов"), "dat": s + "ам", "acc": word,
                "ins": s + "ами", "prep": s + "ах"}[case]
    if low.endswith("ия") or low.endswith("ея"):
        s = word[:-1]
        return {"gen": s + "и", "dat": s + "и", "acc": s + "ю", "ins": s + "ей", "prep": s + "и"}[case]
    if low.endswith("а"):
        s = word[:-1]
        gen = s + ("и" if s[-1:] in "гкхжшчщ" else "ы")
        ins = s + ("ей" if s[-1:] in "жшчщц" else "ой")
        return {"gen": gen, "dat": s + "е", "acc": s + "у", "ins": ins, "prep": s + "е"}[case]
    if low[-1:] in "оеиуюэ" or not low[-1:].isalpha() or word.isupper():
        return word
    if low.endswith(("й", "ь")):
        s = word[:-1]
        return {"gen": s + "я", "dat": s + "ю", "acc": word, "ins": s + "ем", "prep": s + "е"}[case]
    s = _RU_FLEETING.get(word, word)
    ins = "ем" if low[-1] in "жшчщц" else "ом"
    return {"gen": s + "а", "dat": s + "у", "acc": word, "ins": s + ins, "prep": s + "е"}[case]


def ru_country_forms(name: str) -> list[str]:
    """Return a Russian country name in every case (Турция -> Турции, Турцию, Турцией; Египет -> Египта).

    Adjectives in the name agree with it (Саудовская Аравия -> Саудовской Аравии); "и" and
    abbreviations (США, ОАЭ) stay as they are.
    """
    words = name.split()
    out = [name]
    for case in _RU_CASES:
        parts = []
        for w in words:
            if w == "и" or w.isupper():
                parts.append(w)
                continue
            adj = _ru_adjective_case(w, case) if len(words) > 1 else None
            parts.append(adj if adj is not None else _ru_noun_case(w, case))
        form = " ".join(parts)
        if form not in out:
            out.append(form)
    return out
