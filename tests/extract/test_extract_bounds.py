"""Hostile input stays bounded: caps on the words and people of one sentence, structures read once.

These tests assert behaviour (what is read, how often), never time: bench/extract_hostile.py times the
same texts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from ingest.extract import rules
from ingest.extract.parsed import MAX_WORDS
from ingest.extract.rules import MAX_CHUNKS, RuleExtractor
from tests.extract.conftest import parse_english
from tests.extract.rows import DocFactory, rows

# leaders of the small test gazetteer, real ones
NAMES = ["Emmanuel Macron", "Vladimir Putin", "Friedrich Merz", "Xi Jinping", "Donald Trump", "Pedro Sánchez",
         "Claudia Sheinbaum", "Masoud Pezeshkian", "Recep Tayyip Erdoğan", "Ahmed al-Sharaa"]


def _chain(names: list[str]) -> str:
    """One sentence where each leader "spoke with" the next: a pair, and a cue, for every two names."""
    return " spoke with ".join(names) + " on Monday."


def test_a_sentence_is_read_for_its_first_words_only(real: RuleExtractor) -> None:
    """A name repeated with no full stop (hostile input) makes one sentence read for MAX_WORDS words."""
    text = "Emmanuel Macron " * 2_000
    (s,) = parse_english(real, text)
    assert s.hi - s.lo == MAX_WORDS
    assert all(m.last <= s.hi for m in s.matches)
    assert s.end == s.tokens[s.hi - 1].end < len(text)


def test_a_sentence_under_the_cap_is_read_whole(real: RuleExtractor) -> None:
    """A long real sentence (under MAX_WORDS words) keeps its every word."""
    text = "Macron spoke with Merz about " + "trade and energy and " * 20 + "security on Monday."
    (s,) = parse_english(real, text)
    assert s.end == len(text) and s.hi - s.lo < MAX_WORDS


def test_the_sentence_after_a_clipped_one_is_read(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    """The words past the cap are lost, not the report: the next sentence's contact is found."""
    text = "Macron " * 400 + "spoke with Putin. Merz spoke by phone with Sánchez on Monday."
    got = rows(extractor.extract(make_doc(text, "2025-06-03")), ["mode"])
    assert ("DEU", "ESP", "phone") in got
    assert not any("RUS" in r for r in got)  # Putin stands past the first MAX_WORDS words


@pytest.mark.parametrize("repeat", [40, 60])
def test_the_pairs_of_one_sentence_are_capped(extractor: RuleExtractor, make_doc: DocFactory,
                                              repeat: int) -> None:
    """A sentence naming hundreds of leaders yields at most the pairs of MAX_CHUNKS people."""
    text = _chain((NAMES * repeat)[: repeat * 10])
    got = extractor.extract(make_doc(text, "2025-06-03"))
    assert 0 < len(got) <= MAX_CHUNKS * (MAX_CHUNKS - 1) // 2


def test_the_real_gazetteer_in_one_sentence(real: RuleExtractor, make_doc: DocFactory) -> None:
    """Every leader of the gazetteer in one sentence: contacts among the first ones only, few of them."""
    names = [ldr.name for ldr in real.gazetteer.leaders.values()][:400]
    got = real.extract(make_doc(_chain(names), "2025-06-03"))
    firsts = set(names[:MAX_CHUNKS])
    assert len(got) <= MAX_CHUNKS * (MAX_CHUNKS - 1) // 2
    assert all(c.a.name in firsts or c.b.name in firsts for c in got)


def _counting(monkeypatch: pytest.MonkeyPatch, caller: str) -> list[int]:
    """Count the calls of pairing.runs made from one function of rules."""
    calls = [0]
    original: Callable[..., Any] = rules.runs

    def counted(*args: Any) -> Any:
        if sys._getframe(1).f_code.co_name == caller:
            calls[0] += 1
        return original(*args)

    monkeypatch.setattr(rules, "runs", counted)
    return calls


def test_runs_are_read_once_per_sentence(extractor: RuleExtractor, make_doc: DocFactory,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """_cue_near reads the leaders' runs once for all the pairs of a sentence, not once a pair."""
    calls = _counting(monkeypatch, "_cue_near")
    # eight leaders, 28 pairs, the cue far from the first ones: each pair asks for the runs (28 reads before)
    text = ("Macron, Merz, Sánchez, Sheinbaum, Xi Jinping, Putin, Trump and Erdoğan, the leaders of eight "
            "countries with very different views on the war and on trade and on energy, met in Paris "
            "on Monday.")
    extractor.extract(make_doc(text, "2025-06-03"))
    assert calls[0] == 1


def test_claims_are_read_once_per_report(extractor: RuleExtractor, make_doc: DocFactory,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentences each contact's statements claim are read once per report, not once per contact."""
    calls = [0]
    original = rules.claims_of

    def counted(statements: Any) -> Any:
        calls[0] += 1
        return original(statements)

    monkeypatch.setattr(rules, "claims_of", counted)
    text = ("Macron spoke by phone with Merz on Monday. Sánchez met Sheinbaum in Madrid on Tuesday. "
            "Erdoğan received Putin in Ankara on Wednesday.")
    got = extractor.extract(make_doc(text, "2025-06-06"))
    assert len(got) == 3
    assert calls[0] == 1


def test_contacts_of_many_pairs_group_by_pair(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    """Many pairs in one report: a pair told again joins its own contact, whatever came between."""
    pairs = [(a, b) for i, a in enumerate(NAMES) for b in NAMES[i + 1 :]]
    text = " ".join(f"{a} met {b} on Monday." for a, b in [*pairs, pairs[0]])
    got = extractor.extract(make_doc(text, "2025-06-03"))
    found = {frozenset((c.a.leader_id, c.b.leader_id)) for c in got}
    assert len(got) == len(found) >= 30  # one contact a pair: the last sentence joined the first's
