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
from ingest.extract.vocab import City, Name, Place

# The characters a date in digits is written with ("2025年11月28日", "28号"): always a token of their own.
_DATE_MARKS = frozenset("年月日号號")
# A Japanese katakana run (a foreign word or name) no phrase covers joins the Han characters around it
# ("米アラスカ州アンカレジ" is one stretch of words); only Japanese writes katakana.
_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc-\u30ff]+")
# The key that marks a joined run of characters no phrase covers (no folded word holds a NUL).
UNKNOWN = "\x00"
# The numerals a date may be written with instead of digits ("十一月二十八日", "二〇二五年").
_NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
_TEN = "十"
_NUMERAL_FORMS = frozenset((*_NUMERALS, _TEN))
# What a word shadowed by a longer one would wrongly name.
_NAMED = (Name, Place, City)
# The longest phrase a shadowed word is looked for in (a name of a dozen characters: "穆罕默德·本·萨勒曼")
_LONGEST = 16


def unknown_han(tok: Token) -> bool:
    """Tell whether a token is a run of Han characters no lexicon phrase or name covers."""
    return tok.keys[-1] == UNKNOWN


def han_number(numerals: str) -> int | None:
    """Read a number written in Han numerals: "二十八" 28, "十一" 11, "二〇二五" 2025 (digit by digit)."""
    if _TEN not in numerals:
        digits = [_NUMERALS.get(c) for c in numerals]
        return None if None in digits else int("".join(map(str, digits)))
    tens, _, units = numerals.partition(_TEN)
    if any(len(part) > 1 or (part and part not in _NUMERALS) for part in (tens, units)):
        return None
    return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(units, 0)


def join_unknown_han(tokens: Sequence[Token], indexes: Iterable[PhraseIndex[Any]],
                     keep: Iterable[int] = ()) -> list[Token]:
    """Return the tokens with each run of adjacent Han characters that no index matches joined into one.

    Two more readings make Han text read as its words: a number in Han numerals before a date mark is
    its digits ("二十八日" reads as "28日"), and a word read across the start of a longer word it overlaps
    is no word ("许多哈萨克斯坦" is "许多" and Kazakhstan, not Doha's "多哈" inside them). The tokens at keep
    stay apart (a compound the extractor reads itself: compounds.py).
    """
    covered = bytearray(len(tokens))
    for k in keep:
        covered[k] = 1
    inside = bytearray(len(tokens))  # covered by a word that begins before
    shadowed = bytearray(len(tokens))  # the head of a word a longer word overlaps: joined to the word before
    for k, index in enumerate(indexes):
        for m in index.find(tokens):
            covered[m.first : m.last] = b"\x01" * (m.last - m.first)
            if m.last - m.first < 2:
                continue
            inside[m.first + 1 : m.last] = b"\x01" * (m.last - m.first - 1)
            # (a name or a place is what a short word inside a longer one misreads: "多哈" is Doha; they are
            # the first index's, the vocabulary's)
            longer = _longer_inside(index, tokens, m.first, m.last) \
                if k == 0 and any(isinstance(p, _NAMED) for p in m.payloads) else None
            if longer is not None:
                start, end = longer
                shadowed[m.first : start] = b"\x01" * (start - m.first)
                covered[start:end] = b"\x01" * (end - start)
    numbers = _date_numbers(tokens, inside)
    out: list[Token] = []
    joining = False  # the last token out is an unknown Han run that may grow
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in numbers:
            end, value = numbers[i]
            out.append(Token(str(value), tok.start, tokens[end - 1].end, (str(value),)))
            joining = False
            i = end
            continue
        if shadowed[i] and out and out[-1].end == tok.start and has_han(out[-1].form) \
                and out[-1].form not in _DATE_MARKS:
            last = out[-1]
            form = last.form + tok.form
            out[-1] = Token(form, last.start, tok.end, (form, UNKNOWN))
            joining = True
            i += 1
            continue
        unknown = not covered[i] and tok.form not in _DATE_MARKS \
            and ((len(tok.form) == 1 and has_han(tok.form)) or _KATAKANA_RUN.fullmatch(tok.form) is not None)
        if unknown and joining and out[-1].end == tok.start:
            last = out[-1]
            form = last.form + tok.form
            out[-1] = Token(form, last.start, tok.end, (form, UNKNOWN))
            i += 1
            continue
        out.append(Token(tok.form, tok.start, tok.end, (tok.form, UNKNOWN)) if unknown else tok)
        joining = unknown
        i += 1
    return out


def _longer_inside(index: PhraseIndex[Any], tokens: Sequence[Token], first: int,
                   last: int) -> tuple[int, int] | None:
    """Return the span of a longer word that starts inside a Han word [first, last) and runs past it."""
    if not all(len(t.form) == 1 and has_han(t.form) for t in tokens[first:last]):
        return None
    for start in range(first + 1, last):
        if not index.starts(tokens[start]):
            continue  # (most characters begin no word: one memo look-up)
        found = index.find(tokens, start, min(len(tokens), start + _LONGEST))
        if found and found[0].first == start and found[0].last > last \
                and found[0].last - start > last - first:
            return start, found[0].last
    return None


def _date_numbers(tokens: Sequence[Token], inside: bytearray) -> dict[int, tuple[int, int]]:
    """Return the runs of Han numerals that are a date's year, month or day: first token -> (end, value).

    A run stands right before its date mark ("二十八日", "十一月", "二〇二五年"). A year is four digits; a
    day of one numeral needs the month before it ("十一月一日"; "一日" alone is as often "one day"); a
    numeral inside a word that begins before it ("星期一", "前一日") is that word's.
    """
    out: dict[int, tuple[int, int]] = {}
    # from each date mark back over the numerals glued before it (date marks are few, numerals fewer)
    for j in [k for k, t in enumerate(tokens) if k and t.form in _DATE_MARKS]:
        i = j
        while i > 0 and tokens[i - 1].form in _NUMERAL_FORMS and tokens[i - 1].end == tokens[i].start:
            i -= 1
        if i == j or inside[i]:
            continue
        mark = tokens[j].form
        before = tokens[i - 1].form if i > 0 and tokens[i - 1].end == tokens[i].start else ""
        run = "".join(t.form for t in tokens[i:j])
        value = han_number(run)
        if value is None or before == "第":
            continue
        if mark == "年":
            ok = len(run) == 4 and _TEN not in run
        elif mark == "月":
            ok = 1 <= value <= 12 and (len(run) == 1 or _TEN in run)
        else:
            ok = 1 <= value <= 31 and (len(run) == 1 or _TEN in run) and (len(run) > 1 or before == "月")
        if ok:
            out[i] = (j, value)
    return out
