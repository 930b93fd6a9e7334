"""The ninth speed pass: each shortcut gives what the code it replaced gave."""

from __future__ import annotations

import re
from itertools import accumulate

import pytest

from ingest.extract.parsed import _MARKS
from ingest.extract.phrases import PhraseIndex
from ingest.extract.sentences import _END_FIRST, char_positions
from ingest.extract.tokens import _WORD_SPLIT, _spaced_words, tokenize
from ingest.extract.when import _QUOTE_MARKS, _has_quote

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


_QUOTED = ['He said: \u201cwe met\u201d, and \u00abthey agreed\u00bb.', "\u300c会談\u300d"]


@pytest.mark.parametrize("text", [*_TEXTS, *_QUOTED])
def test_has_quote_is_the_class_search(text: str) -> None:
    """A quotation mark is found in every range the class search finds one in, and in no other."""
    for lo in range(0, len(text) + 1, 3):
        for hi in range(lo, len(text) + 1, 2):
            assert _has_quote(text, lo, hi) == (_QUOTE_MARKS.search(text, lo, hi) is not None)


def test_phrases_from_several_nodes_at_once() -> None:
    """A word that opens two phrases (an exact word and a prefix) walks both: each longest match is found."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("prime", "minister"), "title")
    index.add(("prim*", "minist*", "of"), "long")
    index.add(("prime",), "one")
    toks = tokenize("the prime ministers of two states and the prime minister")
    found = [(m.first, m.last, m.payloads) for m in index.find(toks)]
    assert found == [(1, 4, ("long",)), (8, 10, ("title",))]
