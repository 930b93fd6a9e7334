"""Sentence splitting for every script, keeping exact character offsets into the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.extract.tokens import split_words

# A sentence ends at . ! ? ؟ … or 。 followed by space, or at a line break; abbreviations and initials
# ("Mr.", "U.S.", "J. Biden") do not end one. Chinese writes no space after its full-width stops 。！？；
# (a closing quote or bracket may follow them). Hindi ends a sentence with the danda । (or ॥), then a space;
# Urdu with its full stop ۔ (U+06D4); Greek asks with its question mark ; (U+037E, where the text writes that
# character; an ASCII ";" is a semicolon too, and stays a clause mark).
_END = re.compile(r"(?:[.!?؟…。।॥۔\u037e]+[\"'”’»)\]]*(?=\s)|[。！？；]+[”’」』）)]*|\n)")
_ABBREV = frozenset(split_words(
    "mr mrs ms dr st gen col lt sgt prof sen rep gov jr sr inc ltd co corp no vs etc jan feb "
    "mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u h.e m mme mm sr sra dr hr bzw nr "
    "str ca z.b вл "
    # Greek: "ο κ. Μητσοτάκης" (Mr), "η κ. φον ντερ Λάιεν", "οι κκ.", "700 εκατ. ευρώ", "δισ.", "π.χ."
    "κ κα κκ εκατ δισ χιλ δηλ π.χ"))
# The characters a sentence end begins with (the first of each branch of _END). _END opens with a choice of
# character classes, for which the regex engine has no quick scan: it tries every branch at every character.
# Its matches are looked for only where one of these stands (_ends), found by char_positions.
_END_FIRST = ".!?؟…。！？；।॥۔\u037e\n"
_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"(\w\.)+\w")  # "u.s", "z.b"
# A day or ordinal number with a dot ("am 5. Juli", "5. kez") goes on when the next word is a month or
# lower case: German, Turkish and Czech write ordinals so ("9. října": the Czech lower-case letters with a
# háček or a ring too), and a sentence does not open in lower case; so does a year with its dot, as
# Croatian, Serbian and Hungarian write it ("2021. godine", "2024. május 9-én").
_ORDINAL = re.compile(r"(?<![\w.])(?:\d{1,2}|\d{4})\.\s+(?:[a-zäöüßçğışéèàáíóúñčďěňřšťůýžćđőű]|"
                      r"(?i:januar|jänner|februar|"
                      r"feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)")


# (not frozen: a frozen dataclass sets each field through object.__setattr__, for every sentence of every
# report; hashed by its fields as a frozen one was)
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """A sentence: its offsets in the text and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    i = text.rfind(" ", 0, dot) + 1  # the word before the dot opens after the last space (found in C) ...
    if any(map(str.isspace, text[i:dot])):  # ... unless another white space (a line break) stands nearer
        i = dot
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return _abbreviation_word(text[i:dot])


def _abbreviation_word(written: str) -> bool:
    """Tell whether the word before a dot, as written, is an abbreviation ("Mr", "J", "U.S")."""
    word = written.lower().lstrip("(\"'«")
    if not word:
        return False
    if word in _ABBREV:
        return True
    # A single capital letter ("J.") or dotted initials ("U.S") are abbreviations.
    if len(word) == 1 and word.isalpha() and written.isupper():
        return True
    return bool(_INITIALS.fullmatch(word))


# A monarch's or pope's ordinal before the name, as Turkish writes it ("Ürdün Kralı II. Abdullah", "Papa 14.
# Leo", "Kral III. Charles"): the dot after it goes on when one of these titles stands right before it.
_REGNAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIV|XVI|\d{1,2})")
_REGNAL_TITLES = frozenset({"kral", "kralı", "kraliçe", "kraliçesi", "papa", "sultan", "sultanı"})


def _is_ordinal(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    if i < dot:  # (a number before the dot; else, rarely, a Roman one)
        return dot - i in (1, 2, 4) and (_ORDINAL.match(text, i) is not None or _is_regnal(text, dot))
    return text[dot - 1] in "IVX" and _is_regnal(text, dot)


def _is_regnal(text: str, dot: int) -> bool:
    """Tell whether the dot closes a regnal number after a monarch's title ("Kralı II. Abdullah")."""
    i = text.rfind(" ", 0, dot)
    if i <= 0 or not _REGNAL.fullmatch(text, i + 1, dot):
        return False
    j = text.rfind(" ", 0, i) + 1
    return text[j:i].lower() in _REGNAL_TITLES


# The year's mark after a year, as Polish, Ukrainian and Russian write it ("22 stycznia 2024 r. w Kijowie",
# "8 мая 2025 г. в Кремле", "у 2019 р."): a shortened "roku", "року", "года" ("гг.", "рр.": of years).
_YEAR_MARK = re.compile(r"(?<!\d)\d{4}\s?(?:r|р|г|гг|рр)$")


def _is_year_mark(text: str, dot: int) -> bool:
    """Tell whether the dot closes a year's mark and the sentence goes on in lower case ("2024 r. w")."""
    after = text[dot + 1 : dot + 4].lstrip()
    return _YEAR_MARK.search(text, max(0, dot - 8), dot) is not None and after[:1].islower()


def split_sentences(text: str) -> list[Sentence]:
    """Split a text into sentences, trimmed of surrounding whitespace, with their paragraph numbers."""
    out: list[Sentence] = []
    paragraph = 0
    start = 0
    for m in _ends(text):
        if m.group() == "\n":
            _emit(text, start, m.start(), paragraph, out)
            start = m.end()
            # A blank line (or any line break) starts a new paragraph.
            paragraph += 1
            continue
        if m.group()[0] == "." and len(m.group()) == 1 and (
                _is_abbreviation(text, m.start()) or _is_ordinal(text, m.start())
                or _is_year_mark(text, m.start())):
            continue
        _emit(text, start, m.end(), paragraph, out)
        start = m.end()
    _emit(text, start, len(text), paragraph, out)
    return out


def _ends(text: str) -> Iterator[re.Match[str]]:
    """Yield what _END.finditer(text) yields: its matches, left to right, without overlaps."""
    pos = 0  # where the last match ended: finditer looks on from there
    match = _END.match
    for at in char_positions(text, _END_FIRST):
        if at >= pos:
            m = match(text, at)
            if m is not None:
                pos = m.end()
                yield m


def char_positions(text: str, chars: str) -> list[int]:
    """Return where any of the characters stands in the text, in order.

    One str.find scan per character (memchr, in C) and a step per hit: a regex class scan of the text
    tests the class at every character, dearer for a few characters a text holds a few dozen times.
    """
    out: list[int] = []
    for ch in chars:
        at = text.find(ch)
        while at >= 0:
            out.append(at)
            at = text.find(ch, at + 1)
    out.sort()
    return out


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))
