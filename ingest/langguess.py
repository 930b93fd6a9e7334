"""A small language guess for documents that arrive without a lang: the script first, then function words.

How it decides (see docs/INGEST.md):
1. Count the letters of each script in the first few thousand characters. A script that needs no more
   (Hebrew, Greek, Hangul, kana, Han, Thai, Devanagari, Armenian, Georgian) names the language.
2. Arabic script: Urdu and Persian use letters Arabic does not (ٹ ڈ ڑ ں ے; پ چ ژ گ and the Persian
   forms of yeh and kaf); their share, and Persian against Arabic function words, decide.
3. Cyrillic: letters only Ukrainian (і ї є ґ) or Serbian (ђ ћ џ љ њ ј) use; a text with none of the letters
   Bulgarian lacks (ы э ё) whose Bulgarian function words win clearly is Bulgarian; otherwise Russian.
4. Latin script: the language whose common function words occur most often wins, when it wins clearly.
Anything undecided is None: a missing lang is better than a wrong one.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 4000
MIN_LETTERS = 12

_SCRIPT_RANGES: tuple[tuple[str, int, int], ...] = (
    ("latin", 0x0041, 0x024F),
    ("greek", 0x0370, 0x03FF),
    ("cyrillic", 0x0400, 0x04FF),
    ("armenian", 0x0530, 0x058F),
    ("hebrew", 0x0590, 0x05FF),
    ("arabic", 0x0600, 0x06FF),
    ("arabic", 0x0750, 0x077F),
    ("devanagari", 0x0900, 0x097F),
    ("thai", 0x0E00, 0x0E7F),
    ("georgian", 0x10A0, 0x10FF),
    ("hangul", 0x1100, 0x11FF),
    ("kana", 0x3040, 0x30FF),
    ("han", 0x4E00, 0x9FFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("arabic", 0xFB50, 0xFDFF),
    ("arabic", 0xFE70, 0xFEFF),
)

# Scripts used by one language among those a news feed is likely to carry.
_SCRIPT_LANG = {
    "greek": "el",
    "armenian": "hy",
    "hebrew": "he",
    "devanagari": "hi",
    "thai": "th",
    "georgian": "ka",
    "hangul": "ko",
    "kana": "ja",
    "han": "zh",
}

_URDU_LETTERS = frozenset("ٹڈڑںےھ")
_PERSIAN_LETTERS = frozenset("پچژگیک")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_SERBIAN_LETTERS = frozenset("ђћџљњјЂЋЏЉЊЈ")
# Macedonian shares ј, љ, њ, џ with Serbian; ѓ, ќ, ѕ are its own, and its "во" (in), "со" (with) and "е"
# (is) are Serbian "у", "са", "је"
_MACEDONIAN_LETTERS = frozenset("ѓќѕЃЌЅ")
_MACEDONIAN_WORDS = frozenset(("во", "со", "е"))
_SERBIAN_WORDS = frozenset(("у", "са", "је"))


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Frequent function words (articles, prepositions, conjunctions, auxiliaries) of each language.
_ARABIC_SCRIPT_WORDS = {
    "ar": _words("في من على إلى الى أن التي الذي مع عن هذا هذه وقال كما بين"),
    "fa": _words("است این که را با از به در برای های شد کرد آن هم می"),
}
_LATIN_WORDS = {
    "en": _words("the and of to in is was with for on that said by his he"),
    "fr": _words("le la les des et est une dans avec pour du au qui sur a"),
    "es": _words("el los las del y en con por para una que se su al fue"),
    "de": _words("der die das und ist mit den dem ein eine von zu sich auf nicht"),
    "tr": _words("ve bir bu ile için da olarak cumhurbaşkanı ettiği olan ise gibi daha çok"),
    "it": _words("il della che di e con per una del gli sono ha nel alla è"),
    "pt": _words("o os da do das dos e em com para uma que não foi ao"),
    "nl": _words("de het een en van met voor op is dat niet zijn werd bij naar"),
    "pl": _words("w na z się nie do że jest od po przez dla oraz jak został także który"),
    "id": _words("yang dan dengan untuk dari pada ini itu dalam akan tidak juga oleh bahwa kedua"),
    "ro": _words("și în cu pe din pentru că care este fost lui iar după între sunt"),
    "sv": _words("och att det som är på för med av till har inte från efter även"),
    "cs": _words("se je ve ze který která které také podle při jako byl bylo jsou"),
    # Bosnian, Croatian and Serbian ("sh" until their own words tell them apart: see _bcs), and Slovene,
    # which shares their "je", "se", "da", "za" and has no lexicon: a Slovene text is not taken for theirs
    "sh": _words("su koji koja koje nije će kao sa iz nakon prema tokom tijekom također takođe bio bila"),
    "sl": _words("in v so ki tudi kot bil bila sta ter pa iz z s ob"),
    "hu": _words("a az és hogy nem is egy meg volt szerint között után pedig már mint amely vagy"),
    "az": _words("və ilə üçün olan olub edib həm isə kimi ki bu da də arasında görə"),
}
# Bulgarian and Russian function words: a Cyrillic text with no Russian-only letter is Bulgarian when its
# Bulgarian words win clearly ("че", "ще", "са" are no Russian words; "что", "это" no Bulgarian ones)
_CYRILLIC_WORDS = {
    "bg": _words("че ще се са от като това които който която след през също между беше бяха във"),
    "ru": _words("что это не который которая которые также был была были после через между из"),
}
_RUSSIAN_LETTERS = frozenset("ыэёЫЭЁ")
# Letters that point at one Latin-script language; each occurrence counts as a function word.
_LATIN_HINTS = {"ğ": "tr", "ş": "tr", "ı": "tr", "İ": "tr", "ß": "de", "ñ": "es", "ã": "pt", "õ": "pt",
                "ł": "pl", "ą": "pl", "ę": "pl", "ś": "pl", "ż": "pl", "ź": "pl",
                # the comma-below letters are Romanian's alone (Turkish writes ş with a cedilla), "å" among
                # the languages we read is Swedish, "ř", "ě", "ů" are Czech
                "ș": "ro", "ț": "ro", "ţ": "ro", "å": "sv", "ř": "cs", "ě": "cs", "ů": "cs",
                # "ő" and "ű" are Hungarian's alone (Finnish, whose "ä" and "ö" it shares, has neither); "ə"
                # is Azerbaijani's (which shares "ş", "ğ", "ı" with Turkish: its "ə" outweighs them)
                "ő": "hu", "ű": "hu", "ə": "az", "Ə": "az"}

_WORD = re.compile(r"\w+", re.UNICODE)


def _script(ch: str) -> str | None:
    code = ord(ch)
    for name, low, high in _SCRIPT_RANGES:
        if low <= code <= high:
            return name if ch.isalpha() else None
    return None


def _best(scores: dict[str, int]) -> str | None:
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2:
        return None
    # A clear winner: well ahead of the runner-up, so that mixed or very short texts stay unguessed.
    if len(ranked) > 1 and ranked[0][1] < 1.3 * ranked[1][1]:
        return None
    return ranked[0][0]


def guess_lang(text: str) -> str | None:
    """Guess the ISO 639-1 language of a text from its script and function words; None when unsure."""
    sample = text[:SAMPLE_CHARS]
    counts: dict[str, int] = {}
    for ch in sample:
        script = _script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts or sum(counts.values()) < MIN_LETTERS:
        return None
    script = max(counts, key=lambda s: counts[s])
    if script == "han" and counts.get("kana", 0) > 0:
        return "ja"
    if script in _SCRIPT_LANG:
        return _SCRIPT_LANG[script]
    words = [w.lower() for w in _WORD.findall(sample)]
    if script == "arabic":
        return _arabic_script(sample, words, counts["arabic"])
    if script == "cyrillic":
        if any(ch in _UKRAINIAN_LETTERS for ch in sample):
            return "uk"
        if any(ch in _SERBIAN_LETTERS for ch in sample):
            return "mk" if _macedonian(sample, words) else "sr"
        if not any(ch in _RUSSIAN_LETTERS for ch in sample):
            scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _CYRILLIC_WORDS.items()}
            if _best(scores) == "bg":
                return "bg"
        return "ru"
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LATIN_WORDS.items()}
    for ch in sample:
        hinted = _LATIN_HINTS.get(ch)
        if hinted is not None:
            scores[hinted] += 1
    best = _best(scores)
    return _bcs(words) if best == "sh" else best


# Words that only one of the three standards writes: Serbian ekavian forms, Croatian words and months,
# Bosnian ijekavian forms with "ć" or the "h" Serbian drops. A text with none of them stays "sh".
_BCS_MARKERS = {
    "sr": _words("predsednik predsednika predsednikom predsednica posle pre vreme reč sredu nedelje "
                 "saopštio saopštila sledeće sledećeg dve"),
    "hr": _words("tijekom tjedna tjedan također tko glasnogovornik vanjskih priopćio priopćila izvijestio "
                 "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga "
                 "prosinca sveučilišta"),
    "bs": _words("saopćio saopćila saopćenju saopćenje sedmice sedmica hiljada hiljade historije"),
}


def _bcs(words: list[str]) -> str:
    """Tell Serbian, Croatian and Bosnian apart by the words only one of them writes; "sh" when none does."""
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _BCS_MARKERS.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if ranked[0][1] > ranked[1][1] else "sh"


def _macedonian(sample: str, words: list[str]) -> bool:
    """Tell whether a Cyrillic text with Serbian letters is Macedonian (its own letters, or its words)."""
    if any(ch in _MACEDONIAN_LETTERS for ch in sample):
        return True
    return sum(1 for w in words if w in _MACEDONIAN_WORDS) > sum(1 for w in words if w in _SERBIAN_WORDS)


def _arabic_script(sample: str, words: list[str], letters: int) -> str | None:
    urdu = sum(1 for ch in sample if ch in _URDU_LETTERS)
    if urdu > 0.02 * letters:
        return "ur"
    persian = sum(1 for ch in sample if ch in _PERSIAN_LETTERS)
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _ARABIC_SCRIPT_WORDS.items()}
    if persian > 0.01 * letters:
        scores["fa"] += max(2, persian // 4)
    return _best(scores) or "ar"
