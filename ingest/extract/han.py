"""Chinese and Japanese text: the characters no lexicon phrase or name covers are joined back into words.

The tokenizer reads Han text one character a token, so that the phrase index finds every word it knows as
a sequence of characters. The characters left over ("在阿拉斯加州安克雷奇的...") are joined into one token a
run: the extractor counts distances in tokens (a cue "near" a leader, a negation "near" a cue), and a run
of twenty unknown characters is one stretch of words, not twenty. Known words stay one character a token,
so the second reading of the tokens finds them again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ingest.extract.phrases import PhraseIndex
from ingest.extract.tokens import Token, has_han

# The characters a date in digits is written with ("2025年11月28日", "28号"): always a token of their own.
_DATE_MARKS = frozenset("年月日号號")
# A Japanese katakana run (a foreign word or name) no phrase covers joins the Han characters around it
# ("米アラスカ州アンカレジ" is one stretch of words); only Japanese writes katakana.
_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc-\u30ff]+")
# The key that marks a joined run of characters no phrase covers (no folded word holds a NUL).
UNKNOWN = "\x00"


def unknown_han(tok: Token) -> bool:
    """Tell whether a token is a run of Han characters no lexicon phrase or name covers."""
    return tok.keys[-1] == UNKNOWN


def join_unknown_han(tokens: Sequence[Token], indexes: Iterable[PhraseIndex[Any]]) -> list[Token]:
    """Return the tokens with each run of adjacent Han characters that no index matches joined into one."""
    covered = bytearray(len(tokens))
    for index in indexes:
        for m in index.find(tokens):
            covered[m.first : m.last] = b"\x01" * (m.last - m.first)
    out: list[Token] = []
    joining = False  # the last token out is an unknown Han run that may grow
    for i, tok in enumerate(tokens):
        unknown = not covered[i] and tok.form not in _DATE_MARKS \
            and ((len(tok.form) == 1 and has_han(tok.form)) or _KATAKANA_RUN.fullmatch(tok.form) is not None)
        if unknown and joining and out[-1].end == tok.start:
            last = out[-1]
            form = last.form + tok.form
            out[-1] = Token(form, last.start, tok.end, (form, UNKNOWN))
            continue
        out.append(Token(tok.form, tok.start, tok.end, (tok.form, UNKNOWN)) if unknown else tok)
        joining = unknown
    return out
