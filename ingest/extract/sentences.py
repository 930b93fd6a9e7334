"""Sentence splitting for every script, keeping exact character offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.tokens import split_words

# A sentence ends at . ! ? ؟ … or 。 followed by space, or at a line break; abbreviations and initials
# ("Mr.", "U.S.", "J. Biden") do not end one. Chinese writes no space after its full-width stops 。！？；
# (a closing quote or bracket may follow them).
_END = re.compile(r"(?:[.!?؟…。]+[\"'”’»)\]]*(?=\s)|[。！？；]+[”’」』）)]*|\n)")
_ABBREV = frozenset(split_words(
    "mr mrs ms dr st gen col lt sgt prof sen rep gov jr sr inc ltd co corp no vs etc jan feb "
    "mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u h.e m mme mm sr sra dr hr bzw nr "
    "str ca z.b вл"))
_SPACE = re.compile(r"\s+")
_INITIALS = re.compile(r"(\w\.)+\w")  # "u.s", "z.b"
# A day or ordinal number with a dot ("am 5. Juli", "5. kez") goes on when the next word is a month or
# lower case: German and Turkish write ordinals so, and a sentence does not open in lower case.
_ORDINAL = re.compile(r"(?<![\w.])\d{1,2}\.\s+(?:[a-zäöüßçğışéèàáíóúñ]|(?i:januar|jänner|februar|feber|"
                      r"märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets in the text and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    # the word before the dot runs back to the last whitespace (str.split's whitespace is isspace's);
    # a look at the last 64 characters finds it in C, a longer run walks back as before
    head = text[max(0, dot - 64) : dot]
    if not head or head[-1].isspace():
        return False
    i = dot - len(head.split()[-1])
    if i == dot - 64:
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    word = text[i:dot].lower().lstrip("(\"'«")
    if not word:
        return False
    if word in _ABBREV:
        return True
    # A single capital letter ("J.") or dotted initials ("U.S") are abbreviations.
    if len(word) == 1 and word.isalpha() and text[i:dot].isupper():
        return True
    return bool(_INITIALS.fullmatch(word))


def _is_ordinal(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    return 0 < dot - i <= 2 and _ORDINAL.match(text, i) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Split a text into sentences, trimmed of surrounding whitespace, with their paragraph numbers."""
    out: list[Sentence] = []
    paragraph = 0
    start = 0
    for m in _END.finditer(text):
        if m.group() == "\n":
            _emit(text, start, m.start(), paragraph, out)
            start = m.end()
            # A blank line (or any line break) starts a new paragraph.
            paragraph += 1
            continue
        if m.group()[0] == "." and len(m.group()) == 1 and (
                _is_abbreviation(text, m.start()) or _is_ordinal(text, m.start())):
            continue
        _emit(text, start, m.end(), paragraph, out)
        start = m.end()
    _emit(text, start, len(text), paragraph, out)
    return out


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    # trimmed in C: str.strip's whitespace is str.isspace's
    span = text[start:end]
    kept = span.lstrip()
    start += len(span) - len(kept)
    end -= len(kept) - len(kept.rstrip())
    if end > start:
        out.append(Sentence(start, end, paragraph))
