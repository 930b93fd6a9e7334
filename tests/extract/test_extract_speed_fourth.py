"""The fourth speed pass: a phrase start whose next word goes on in no phrase is settled without a walk,
and finds what the walk found, on first reading and from the memo, with adverbs inside phrases."""

from __future__ import annotations

from ingest.extract.phrases import PhraseIndex
from ingest.extract.tokens import fold_phrase, tokenize


def _index() -> PhraseIndex[str]:
    """A small index: one-word phrases that also begin longer ones, and an adverb phrases may hold."""
    index: PhraseIndex[str] = PhraseIndex()
    for phrase in ["talks", "talks with", "talks by phone", "phone", "by phone", "met", "met with"]:
        index.add(fold_phrase(phrase), phrase)
    index.allow_inside(fold_phrase("also"))
    return index


def _found(index: PhraseIndex[str], text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return each match's words and payloads."""
    tokens = tokenize(text)
    return [(" ".join(t.form for t in tokens[m.first : m.last]), m.payloads) for m in index.find(tokens)]


def test_dead_next_word_settles_the_start_as_the_walk_did() -> None:
    """A start followed by a word of no phrase is its one-word match, read first and from the memo."""
    index = _index()
    text = "Talks ended. They met today, held talks by phone and met also with envoys; talks also ended."
    expected = [("talks", ("talks",)), ("met", ("met",)), ("talks by phone", ("talks by phone",)),
                ("met also with", ("met with",)), ("talks", ("talks",))]
    assert _found(index, text) == expected  # every next word new to the memo: the walk decides
    assert _found(index, text) == expected  # every next word remembered: the shortcut decides


def test_start_at_the_end_of_the_range() -> None:
    """A start that is the range's last token reads no token past the range."""
    index = _index()
    tokens = tokenize("They met with envoys")
    _found(index, "They met with envoys")
    assert [(m.first, m.last) for m in index.find(tokens, 0, 2)] == [(1, 2)]
    assert [(m.first, m.last) for m in index.find(tokens, 0, 3)] == [(1, 3)]
