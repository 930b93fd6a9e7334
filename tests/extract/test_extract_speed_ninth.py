"""The ninth speed pass: each shortcut gives what the code it replaced gave."""

from __future__ import annotations

import re
from itertools import accumulate

import pytest

from ingest.extract.parsed import _MARKS
from ingest.extract.sentences import _END_FIRST, char_positions
from ingest.extract.tokens import _WORD_SPLIT, _spaced_words, tokenize

# Runs of every shape: closing marks, opening ones, underscores, combining marks, other spaces, digits,
# spaces doubled, leading and trailing, and nothing at all.
_TEXTS = [
    "",
    " ",
    "   ",
    "word",
    " Leading and trailing spaces ",
    "The president said, on Monday, that talks (in Rome) were \"useful\"; the minister agreed.",
    "Two  spaces,  then  a tab\there and a line break\nthere.",
    "snake_case and x_1 are words; so is 2025, and 3.5 splits at its dot.",
    "Al-Sisi met Erdoğan in Ankara — «a frank talk», she said… and left.",
    "e\u0301lan is one word with its mark; \u200cjoined\u200d ones too.",
    "Putin's call: \u201cgood\u201d; Macron\u2019s reply? Yes! (Really.)",
    "नरेंद्र मोदी ने शुक्रवार को बात की। Владимир Путин, 5 марта.",
    "العاهل الأردني، الملك عبدالله الثاني، استقبل الرئيس.",
    ",.;:!?)\"'”»’ alone, and a,b or a.b.c",
    "\u00a0nbsp\u00a0inside words ",
]


def _by_regex(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words, starts and ends the whole-text regex split gave."""
    pieces = _WORD_SPLIT.split(text)
    bounds = list(accumulate(map(len, pieces)))
    return pieces[1::2], bounds[:-1:2], bounds[1::2]


@pytest.mark.parametrize("text", _TEXTS)
def test_spaced_words_are_the_regex_words(text: str) -> None:
    """Words read between spaces are the regex's, at the same offsets."""
    assert _spaced_words(text) == _by_regex(text)


def test_tokens_keep_their_offsets() -> None:
    """Each token's offsets cut its word out of the text."""
    text = "Biden spoke, by phone, with Macron (France) on Monday."
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == [
        "Biden", "spoke", "by", "phone", "with", "Macron", "France", "on", "Monday"]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("chars", [_END_FIRST, _MARKS])
def test_char_positions_are_the_class_scan(text: str, chars: str) -> None:
    """The positions of a few characters, found one character at a time, are a class scan's, in order."""
    scan = re.compile("[" + re.escape(chars) + "]")
    assert char_positions(text, chars) == [m.start() for m in scan.finditer(text)]
