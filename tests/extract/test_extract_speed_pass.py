"""The 2026-11-30 speed pass: each shortcut gives what the slower path gave."""

from __future__ import annotations

import pytest

from ingest.extract.mentions import Resolver
from ingest.extract.sentences import _END, _ends, split_sentences
from ingest.extract.tokens import has_han, tokenize
from ingest.gazetteer import load_default

# Reports we wrote about real meetings: Biden and Xi at Woodside (15 November 2023), Biden and Mohammed bin
# Salman in Jeddah (15 July 2022), Xi and Biden's meeting in Chinese.
TEXTS = [
    "Mr. Biden met Xi Jinping in Woodside, California, on 15 Nov. 2023. They talked for four hours.\n"
    "The U.S. side called the talks \"candid\"! Did they agree on fentanyl? Yes…",
    "JEDDAH (Reuters) - U.S. President Joe Biden met Saudi Crown Prince Mohammad bin Salman on Friday.",
    "习近平同美国总统拜登在旧金山举行会晤。双方讨论了中美关系！会谈持续约四小时；",
    "",
    "...\n\n!!",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_ends_are_found_where_finditer_finds_them(text: str) -> None:
    """_ends looks only where a stop or a line break stands, and yields _END.finditer's matches."""
    assert [m.span() for m in _ends(text)] == [m.span() for m in _END.finditer(text)]


def test_split_sentences_of_a_report() -> None:
    """A report splits at its stops, not after an abbreviation."""
    spans = split_sentences(TEXTS[0])
    assert [TEXTS[0][s.start : s.end] for s in spans][:2] == [
        "Mr. Biden met Xi Jinping in Woodside, California, on 15 Nov. 2023.",
        "They talked for four hours.",
    ]


def test_has_han_answers_each_long_text_for_itself() -> None:
    """The remembered answer is the last long text's only: another text is scanned again."""
    latin = TEXTS[1] * 5
    han = TEXTS[2] * 10
    assert len(latin) >= 200 and len(han) >= 200
    assert has_han(latin) is False
    assert has_han(latin) is False  # remembered
    assert has_han(han) is True
    assert has_han(han) is True
    assert has_han(latin) is False
    assert has_han("习") is True and has_han("Xi") is False


def test_full_name_answer_is_the_same_when_remembered() -> None:
    """A surname ending a longer name spelled a letter apart: the remembered answer is the computed one."""
    gaz = load_default()
    resolver = Resolver(gaz)
    mbs = gaz.leaders["mohammed-bin-salman"]
    other = next(ldr for ldr in gaz.leaders.values() if ldr.id != mbs.id and "Salman" in ldr.name)
    tokens = tokenize("Crown Prince Mohammad bin Salman and Muhammed bin Zayed")
    at = 4  # "salman"
    first = [resolver._full_name_ok(ldr, at, 2, tokens) for ldr in (mbs, other)]
    again = [resolver._full_name_ok(ldr, at, 2, tokens) for ldr in (mbs, other)]
    assert first == again == [True, False]
    assert resolver._full_name_ok(mbs, at, at, tokens) is False  # no longer name before the surname
