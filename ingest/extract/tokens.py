"""Tokens with exact offsets: words of any script, folded for matching, with their clitic-free variants."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

from graph.text import (
    HAN_CHARS,
    HEBREW_GERESH,
    HEBREW_LETTERS,
    fold,
    has_hebrew,
    has_vietnamese,
    vietnamese_key,
)

# A word: letters and digits of any script, with the combining marks, Arabic vowel signs, tatweel and
# zero-width joiners that live inside words (a plain \w run would cut a word at its vowel marks), and the
# Devanagari vowel signs, virama and nasal marks (all of the block but the danda and double danda, which
# end a sentence, and the abbreviation sign), and the Hebrew points (niqqud and cantillation; not the maqaf,
# paseq and sof pasuq, which separate).
_WORD = r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d" \
        r"\u0900-\u0963\u0966-\u096f\u0971-\u097f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]+"
# split() with the word as a capturing group returns the gaps and the words in turn
_WORD_SPLIT = re.compile("(" + _WORD + ")")
# Han characters (CJK unified ideographs, extension A, compatibility ideographs): Chinese writes no spaces,
# so each character is a token of its own and a word is a sequence of them, matched like a phrase
# ("马克龙" is the three tokens 马 克 龙, and so is the alias it meets). Only a text holding one is split so.
_HAN = re.compile(f"[{HAN_CHARS}]")
_WORD_SPLIT_HAN = re.compile(f"([{HAN_CHARS}]|(?:(?![{HAN_CHARS}])" + _WORD[:-1] + ")+)")
# Japanese mixes Han with hiragana (particles, endings) and katakana (foreign names), and writes no spaces:
# a word also ends where the script changes, so a katakana run ("プーチン") is one token, a hiragana run
# ("は", "した") another, and a name glued to its particle ("プーチン氏と", "トランプは") splits there. The
# iteration mark "々" repeats a Han character ("佐々木") and is a token as one. Only a text holding a kana
# character is split so (a Chinese text holds none).
_HIRAGANA = "\u3041-\u309f"
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
_KANA = re.compile(f"[{_HIRAGANA}{_KATAKANA}]")
# (the day words NHK writes in hiragana after the topic particle, "首相はきのう", are words of their own)
_JA_DAYS = "きのう|きょう|あす|おととい|あさって"
_JA_CUT = f"[{HAN_CHARS}\\u3005]|[{_KATAKANA}]+|{_JA_DAYS}|(?:(?!{_JA_DAYS})[{_HIRAGANA}])+"
_NOT_JA = f"(?![{HAN_CHARS}\u3005{_HIRAGANA}{_KATAKANA}])"
_WORD_SPLIT_JA = re.compile(f"({_JA_CUT}|(?:{_NOT_JA}" + _WORD[:-1] + ")+)")
# Korean writes spaces, but glues a date's digits to its unit ("2024년", "13일") and a particle to a Latin
# word ("G20에서"): in a text holding a Hangul syllable a word also ends where Hangul begins or ends, so
# "13일" is the two tokens 13 and 일, as Chinese "13日" is.
_HANGUL_SYLLABLES = "\uac00-\ud7a3"
_HANGUL = re.compile(f"[{_HANGUL_SYLLABLES}]")
_WORD_SPLIT_KO = re.compile(f"([{_HANGUL_SYLLABLES}]+|(?:(?![{_HANGUL_SYLLABLES}])" + _WORD[:-1] + ")+)")
# The Korean press writes a few Han characters in headlines and leads ("尹", "李대통령", "韓美"): such a text
# is split as Chinese is around each Han character, and as Korean elsewhere (so "16일" is still 16 and 일).
_WORD_SPLIT_KO_HAN = re.compile(f"([{HAN_CHARS}]|[{_HANGUL_SYLLABLES}]+"
                                f"|(?:(?![{HAN_CHARS}{_HANGUL_SYLLABLES}])" + _WORD[:-1] + ")+)")

# Hebrew: a geresh or gershayim between two letters is inside the word ("ארה\"ב", "ג'ו": graph.text drops it),
# so a text holding a Hebrew letter is split with the mark kept in its word.
_WORD_SPLIT_HE = re.compile("((?:" + _WORD[:-1] + "|" + HEBREW_GERESH + ")+)")


# Chinese full-width clause punctuation read as its ASCII form, one character for one so that offsets hold:
# the extractor's clause marks and name lists know "," ":" "(" ")" (the enumeration comma "、" lists too).
# The sentence stops 。！？； stay as written: the sentence splitter reads them.
_HAN_PUNCTUATION = str.maketrans("，、：（）", ",,:()")


# The letters a text is split otherwise for than by _WORD_SPLIT (tokenize): Han, Hangul syllables and Hebrew
# (kana only matter beside Han). One scan for the three, when a text is not Latin-1 at all.
_SPLIT_APART = re.compile(f"[{HAN_CHARS}{_HANGUL_SYLLABLES}{HEBREW_LETTERS}]")

# The last long text read for its scripts: whether it holds a letter of _SPLIT_APART, and whether a Han one.
# Extracting a report asks three times of the same string (ascii_punctuation, tokenize, the extractor), and
# each answer was a scan of the whole text (three for tokenize: Han, Hangul, Hebrew).
_last_text: tuple[str, bool, bool] = ("", False, False)
_HAN_REMEMBER = 200  # shorter strings (words, titles) are scanned again: they cost little and come and go


def latin_only(text: str) -> bool:
    """Tell whether every character of a text is Latin-1: then it holds no Han, kana, Hangul or Hebrew letter.

    isascii() is one flag test, and a Latin-1 encode one copy in C: a regex scan costs a charset test per
    character. Ask it of long texts only: for a text in another script the encode raises, which costs more
    than scanning a word.
    """
    if text.isascii():
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _long_scripts(text: str) -> tuple[bool, bool]:
    """Return whether a long text holds a Han, Hangul or Hebrew letter, and whether a Han one (remembered)."""
    global _last_text
    last = _last_text
    if text is last[0]:
        return last[1], last[2]
    apart = not latin_only(text) and _SPLIT_APART.search(text) is not None
    han = apart and _HAN.search(text) is not None
    _last_text = (text, apart, han)
    return apart, han


def _split_apart(text: str) -> bool:
    """Tell whether a text holds a Han, Hangul or Hebrew letter (and needs a splitter of its own)."""
    if text.isascii():  # (one flag test: most words and many texts)
        return False
    if len(text) >= _HAN_REMEMBER:
        return _long_scripts(text)[0]
    return _SPLIT_APART.search(text) is not None


def has_han(text: str) -> bool:
    """Tell whether a text holds a Han character (and is tokenized one character a token)."""
    if text.isascii():  # (one flag test: most words and many texts)
        return False
    if len(text) >= _HAN_REMEMBER:
        return _long_scripts(text)[1]
    return _HAN.search(text) is not None


def has_kana(text: str) -> bool:
    """Tell whether a text holds a kana character (Japanese: also cut where the script changes)."""
    return not text.isascii() and _KANA.search(text) is not None


def has_hangul(text: str) -> bool:
    """Tell whether a text holds a Hangul syllable (Korean: a word also ends where Hangul does)."""
    return not text.isascii() and _HANGUL.search(text) is not None


def _han_split(text: str) -> re.Pattern[str]:
    """Return the word splitter of a text that holds a Han character: Japanese's when it holds kana."""
    return _WORD_SPLIT_JA if _KANA.search(text) else _WORD_SPLIT_KO_HAN if _HANGUL.search(text) \
        else _WORD_SPLIT_HAN


def ascii_punctuation(text: str) -> str:
    """Return a text with Chinese full-width clause punctuation as ASCII (same length, same offsets)."""
    return text.translate(_HAN_PUNCTUATION) if has_han(text) else text


def split_words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list written in the source."""
    return tuple(text.split())


# Eastern Arabic, Persian and Devanagari digits read as ASCII digits.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "012345678901234567890123456789")

# Arabic-script proclitics: conjunctions, then prepositions, then the article. "والرئيس" is "و" + "الرئيس".
_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ل", "ك")
# Russian case endings, longest first: a stem lets "Путина", "Путиным" and "Путин" meet. Words are folded
# before stemming ("й" reads as "и"), so the adjective endings "-ый", "-ой" are "-ыи", "-ои" here; "-ий"
# folds to "-ии", the genitive of nouns in "-ия" ("России"), and is an ending only after the adjective
# suffixes "-ск-", "-цк-" ("российский" meets "российского", "России" still meets "Россия").
_RU_ENDINGS = tuple(sorted(split_words(
    "ыми ими ого его ому ему ой ей ом ем ым им ая яя ую юю ое ее ые ие ых их ий ый ов ев ам ям "
    "ах ях а я у ю е ы и о ь ыи ои"), key=len, reverse=True))
_RU_ADJECTIVE_II = ("скии", "цкии")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def arabic_script(form: str) -> bool:
    """Tell whether a word begins with a letter of the Arabic script (Arabic, Persian)."""
    return "\u0600" <= form[:1] <= "\u06ff"  # (_ARABIC.match, as two comparisons in C)


def cyrillic_script(form: str) -> bool:
    """Tell whether a word begins with a letter of the Cyrillic script."""
    return "\u0400" <= form[:1] <= "\u04ff"  # (_CYRILLIC.match, as two comparisons in C)


# Words that open an Arabic patronymic written in Latin letters ("bin Salman", "ibn Abd al-Aziz"), and the
# articles inside one ("al-Aziz"): the names file may hold the name in another spelling, or without it.
PATRONYMICS = frozenset({"bin", "ibn", "bint"})
_PATRONYMIC_PARTS = frozenset({"bin", "ibn", "bint", "al", "el"})


def patronymic_end(text: str, tokens: Sequence[Token], a: int, b: int) -> int:
    """Return where a patronymic opening at token a ends: its capitalized words and articles, up to b."""
    j = a + 1
    while j < b and (tokens[j].form in _PATRONYMIC_PARTS
                     or text[tokens[j].start : tokens[j].start + 1].isupper()):
        j += 1
    return j


def hebrew_script(form: str) -> bool:
    """Tell whether a folded word begins with a Hebrew letter."""
    return "\u05d0" <= form[:1] <= "\u05ea"


def hangul_script(form: str) -> bool:
    """Tell whether a folded word begins with a Hangul letter (fold spells each syllable as its jamo)."""
    return "\u1100" <= form[:1] <= "\u11ff"


class Token(NamedTuple):
    """One word: its folded form, its start and end in the original text, and its matching keys.

    A named tuple: a report has thousands of tokens, and tuples are the cheapest immutable records.
    """

    form: str
    start: int
    end: int
    keys: tuple[str, ...]


# Token((form, start, end, keys)) without the named tuple's Python-level __new__
_new_token = partial(tuple.__new__, Token)


def ru_stem(word: str) -> str:
    """Strip one Russian case ending, keeping at least three letters of stem."""
    if word.endswith(_RU_ADJECTIVE_II) and len(word) >= 6:
        return word[:-2]
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def key_form(word: str) -> str:
    """Return the key a folded lexicon or alias word is indexed under (Russian words by stem)."""
    if _CYRILLIC.search(word):
        return ru_stem(word)
    return word


@lru_cache(maxsize=200_000)
def token_keys(form: str) -> tuple[str, ...]:
    """Return the keys a folded text word may match: itself, and for Arabic script its clitic-free forms."""
    if _CYRILLIC.search(form):
        stem = ru_stem(form)
        return (form,) if stem == form else (form, stem)
    if "\u3041" <= form[0] <= "\u309f":
        return _hiragana_keys(form)
    if hangul_script(form):
        return _hangul_keys(form)
    if hebrew_script(form):
        return hebrew_keys(form)
    if not _ARABIC.search(form):
        return (form,)
    keys = [form]
    rest = form
    if len(rest) > 3 and rest[0] in _AR_CONJ:
        rest = rest[1:]
        keys.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        keys.append("ال" + rest[2:])  # "للرئيس" is "ل" + "الرئيس" with the alef dropped
    if len(rest) > 3 and rest[0] in _AR_PREP:
        keys.append(rest[1:])
    return tuple(dict.fromkeys(keys))


# Japanese negative endings inside a hiragana run ("行われていないと", "会談しませんでした"): the run also
# reads as "ない", the key the Japanese lexicon's negation is written with. (Folding has dropped the voicing
# marks: "ず" reads as "す", which every "ます" ends with, so it is no ending here.)
_JA_NEGATIVES = ("ない", "なか", "ません")


# The one-character particles a hiragana run may open with before the word it runs into ("でそろって": "で"
# and "そろって"): the run also reads without one, as an Arabic word does without its proclitic. Folding
# keeps kana voicing marks (graph.text), so "で" and "が" are listed beside "て" and "か".
_JA_PARTICLES = frozenset("てでにをはがかともへの")  # ("のあいさつを": "あいさつを", a greeting)


def _hiragana_keys(form: str) -> tuple[str, ...]:
    """Return a folded hiragana run's keys: itself, without a leading particle, and "ない" if negative."""
    keys = [form]
    if len(form) >= 3 and form[0] in _JA_PARTICLES:
        keys.append(form[1:])
    if form != "ない" and any(n in form for n in _JA_NEGATIVES):
        keys.append("ない")
    return tuple(keys)


# Korean particles glue to the noun they follow ("대통령은", "주석과", "정상회담을", "백악관에서",
# "대통령과의"): a Hangul word also reads without one, as an Arabic word does without its proclitic,
# so a title, a name or a cue word meets its particle-bearing forms. Longest first, as folded (fold
# spells a syllable as its jamo, so an ending is cut only at a syllable's start); the stem keeps at
# least one syllable, and a plural "들" ("정상들과": with the leaders) stays on it, a plural title of its
# own. A stem that is a word of its own by chance ("인도", India, reads as "인" too) adds a key no
# phrase holds. Verbs are prefixes in the lexicon instead ("통화*": 통화했다, 통화하고).
_KO_PARTICLES = tuple(sorted({fold(p) for p in split_words(
    "은 는 이 가 을 를 과 와 의 에 로 도 만 께 으로 에서 에게 한테 까지 부터 께서 과의 와의 에서의 "
    "에서는 에서도 에게서 로부터 으로부터 과는 와는 과도 와도 에는 에도 으로는 로는 이나 나 이며 며 "
    "이고 이자 으로서 로서 처럼 과도의 까지의 "
    # honorifics: the subject's "께서는", and "님" after a title with its particle ("주석님과": Mr President)
    "께서는 께서도 님 님과 님은 님이 님의 님을 님께서 님께서는 님께 님께서도")}, key=len, reverse=True))


# The endings that join a verb to the next clause, "but" ("했지만", "했는데"): a verb so ended is two tokens,
# the verb and the ending (a clause word of the lexicon), both over the word's span, so that what follows is
# another clause ("두 차례 통화했지만 대면 회담은 성사되지 않았다": the negation is the meeting's, not the
# calls').
_KO_CONNECTIVES = tuple(fold(e) for e in split_words("지만 는데"))


# Urdu marks a year of the Common Era with a hamza glued to it ("15 جنوری 2024ء"): the year reads without it.
_YEAR_MARK = "\u0621"


def _clause_parts(part: str) -> tuple[str, ...]:
    """Return a folded word as its parts: a Hangul verb and its clause ending apart, any other word whole."""
    if hangul_script(part):
        for ending in _KO_CONNECTIVES:
            if part.endswith(ending) and len(part) > len(ending) + 1:
                return part[: -len(ending)], ending
    elif part[-1] == _YEAR_MARK and part[:-1].isdigit():
        return (part[:-1],)
    return (part,)


def _hangul_keys(form: str) -> tuple[str, ...]:
    """Return a folded Hangul word's keys: itself, and without its particle."""
    for particle in _KO_PARTICLES:
        if form.endswith(particle) and len(form) > len(particle) + 1:
            return form, form[: -len(particle)]
    return (form,)


# Hebrew writes its one-letter prefixes joined to the word: "and" ו, then "that" ש or "when" כש, then "in"
# ב, "to" ל, "from" מ or "as" כ, then the article ה ("ולנתניהו", "בבית", "שהנשיא", "מהקרמלין"), in that
# order. A Hebrew word also reads without each prefix in turn, as an Arabic word does without its
# proclitic, the word as written first: a name that begins with one of these letters ("מקרון", "הרצוג",
# "לפיד") meets its own form, and the cut form is only a key no phrase holds. At least two letters stay, or
# the Arabic article as Hebrew writes it before a hyphen ("לא-סיסי", to al-Sisi: "לא" is also "not").
_HE_PREFIXES = (("\u05d5",), ("\u05db\u05e9", "\u05e9"), ("\u05d1", "\u05dc", "\u05de", "\u05db"),
                ("\u05d4",))


def hebrew_keys(form: str) -> tuple[str, ...]:
    """Return a folded Hebrew word's keys: itself, and without each of its prefixes in turn."""
    keys = [form]
    rest = form
    for slot in _HE_PREFIXES:
        for prefix in slot:
            if rest.startswith(prefix) and (len(rest) - len(prefix) >= 2 or rest[len(prefix):] == "\u05d0"):
                rest = rest[len(prefix):]
                keys.append(rest)
                break
    return tuple(keys)


class _Folded(dict[str, "_Parts"]):
    """A word as written -> its parts with their keys (_fold_word), folded on first use.

    A text's words are read with map(__getitem__) in C, one dict hit each (an lru_cache is called through
    Python's generic call path once per word).
    """

    _MAX = 200_000

    def __missing__(self, word: str) -> _Parts:
        if len(self) >= self._MAX:
            self.clear()
        out = self[word] = _fold_word(word)
        return out


class _FoldedVietnamese(_Folded):
    """A word of a Vietnamese text as written -> its parts, a marked word with its toned key first."""

    def __missing__(self, word: str) -> _Parts:
        if len(self) >= self._MAX:
            self.clear()
        out = self[word] = _fold_vietnamese_word(word)
        return out


_Parts = tuple[tuple[str, tuple[str, ...]], ...]
_FOLDED = _Folded()
_FOLDED_VI = _FoldedVietnamese()


# Persian suffixes written after a zero-width non-joiner that a name or a country adjective takes: the object
# marker «را» and the possessive «اش» ("اردوغان‌را", "همتای روسی‌اش", "ترکیه‌ایش"). Folding drops the
# non-joiner, so the word before it is read as written only here. (Not the plural «ها/های» nor the indefinite
# «ای», which nouns take: "برنامه‌های امروز" is today's programme, no plan.)
_FA_SUFFIXES = frozenset(fold(w) for w in split_words("را اش ایش"))


def _fold_word(word: str) -> _Parts:
    """Fold a word as written into its parts, each with its keys."""
    out = []
    for folded in fold(word).translate(DIGITS).split():  # (a plain loop: no generator per new word)
        for part in _clause_parts(folded):
            out.append((part, token_keys(part)))
    if "\u200c" in word and len(out) == 1:
        out[0] = (out[0][0], _suffixed_keys(word, out[0][1]))
    return tuple(out)


def _suffixed_keys(word: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Add the keys of a Persian word without a suffix it joins by a non-joiner ("اردوغان‌را": "اردوغان")."""
    head, _, tail = word.rpartition("\u200c")
    if fold(tail) not in _FA_SUFFIXES:
        return keys
    stem = fold(head).translate(DIGITS)
    if len(stem) < 3 or " " in stem:
        return keys
    return tuple(dict.fromkeys((*keys, *token_keys(stem))))


def _fold_vietnamese_word(word: str) -> _Parts:
    """Fold a word of a Vietnamese text: it reads by its toned key, then as fold reads it (names: bare).

    The form stays fold's (every rule compares folded forms), the first key is the toned one (graph.text
    vietnamese_key), which the phrase index memoizes by: it decides the other keys.
    """
    parts = _fold_word(word)
    if len(parts) == 1 and not word.isdigit():
        form, keys = parts[0]
        return ((form, (vietnamese_key(word), *keys)),)
    return parts


def tokenize(text: str, toned: bool = True) -> list[Token]:
    """Split a text into folded tokens with exact character offsets into the text.

    toned: a text holding a Vietnamese letter gets its words' toned keys; a caller that knows the text is of
    another language (whose lexicon reads no toned key) says False and spares the scan.
    """
    # split() with a capturing group alternates gaps and words (gap, word, gap, ..., gap): the running sums
    # of their lengths are the offsets, with no match object per word
    # (a text with no Han, Hangul or Hebrew letter, most of them, is not scanned for each in turn)
    splitter = _WORD_SPLIT if not _split_apart(text) else _han_split(text) if has_han(text) \
        else _WORD_SPLIT_KO if has_hangul(text) else _WORD_SPLIT_HE if has_hebrew(text) else _WORD_SPLIT
    if splitter is _WORD_SPLIT:
        words, starts, ends = _spaced_words(text)
    else:
        pieces = splitter.split(text)
        bounds = list(accumulate(map(len, pieces)))
        words, starts, ends = pieces[1::2], bounds[:-1:2], bounds[1::2]
    folded = _FOLDED_VI if toned and splitter is _WORD_SPLIT and has_vietnamese(text) else _FOLDED
    parts = list(map(folded.__getitem__, words))
    if parts and set(map(len, parts)) == {1}:
        # every word folds into one word (nearly every text): build the tokens in C, no loop per word
        firsts = list(map(_FIRST, parts))
        fields = zip(map(_FIRST, firsts), starts, ends, map(_SECOND, firsts), strict=True)
        return list(map(tuple.__new__, repeat(Token), fields))
    out: list[Token] = []
    for word_parts, start, end in zip(parts, starts, ends, strict=True):
        out.extend(_new_token((form, start, end, keys)) for form, keys in word_parts)
    return out


# Characters that are no part of a word and often close one ("said,", "region."): a run of letters and
# digits before one of them, between two spaces, is the word of its run (_spaced_words).
_CLOSERS = frozenset(",.;:!?)\"'”»’")


def _spaced_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """Return _WORD_SPLIT's words of a text with their starts and ends, read between its spaces.

    A space is no word's, so a word lies inside one run between spaces. A run of letters and digits alone
    (most runs: str.isalnum, in C; every letter and digit is a character of _WORD) is a word whole, and one
    with a closing mark after them ("said,") the word before it; only the other runs are split by the regex,
    whose scan of a whole text cost a match attempt per word, a gap string per word and an offset per gap.
    """
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for run in text.split(" "):  # (one plain loop: a call from C per run would cost more)
        end = pos + len(run)
        if run.isalnum():
            words.append(run)
            starts.append(pos)
            ends.append(end)
        elif run:
            if run[-1] in _CLOSERS and run[:-1].isalnum():
                words.append(run[:-1])
                starts.append(pos)
                ends.append(end - 1)
            else:
                at = pos
                for k, piece in enumerate(_WORD_SPLIT.split(run)):  # gaps and words in turn
                    if k % 2:
                        words.append(piece)
                        starts.append(at)
                        ends.append(at + len(piece))
                    at += len(piece)
        pos = end + 1
    return words, starts, ends


def fold_phrase(phrase: str, tones: bool = False) -> tuple[str, ...]:
    """Fold a lexicon or alias phrase into its index keys, word by word.

    A trailing "*" makes the last word a prefix, kept as written; a leading "=" keeps every word as
    written, unstemmed (Russian "=лидеры" is the plural only, not "лидер"). tones (a lexicon whose marks
    tell words apart: Vietnamese) keys a word with marks by its toned key, as a Vietnamese text's words are.
    """
    exact = phrase.startswith("=")
    phrase = phrase.lstrip("=")
    prefix = phrase.endswith("*")
    if tones:
        return _fold_toned(phrase.rstrip("*"), prefix)
    folded = fold(phrase.rstrip("*")).translate(DIGITS)
    if _KANA.search(folded):  # Japanese: every Han character and every run of one kana script is a word
        words = _WORD_SPLIT_JA.findall(folded)
    else:
        words = (_HAN.sub(r" \g<0> ", folded) if _HAN.search(folded) else folded).split()
    # a prefix is a stem already: stemming it again would cut it shorter ("арми*" is not "арм*")
    words = [w if exact or (prefix and k == len(words) - 1) else key_form(w) for k, w in enumerate(words)]
    if prefix and words:
        words[-1] += "*"
    return tuple(words)


def _fold_toned(phrase: str, prefix: bool) -> tuple[str, ...]:
    """Fold a phrase of a toned lexicon: each written word as a Vietnamese text's word is (_FOLDED_VI)."""
    words = [key for written in phrase.split() for _, keys in _fold_vietnamese_word(written)
             for key in keys[:1]]
    if prefix and words:
        words[-1] += "*"
    return tuple(words)
