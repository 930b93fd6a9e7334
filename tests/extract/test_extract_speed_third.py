"""The third speed pass: each shortcut (a dict read in C, a test per span, an early exit, a shared model)
answers as the code it replaced did, on reports we wrote about real meetings."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from ingest.extract.contacts import _participant
from ingest.extract.mentions import Mention, build_chunks
from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import _abbreviation_word, _is_abbreviation
from ingest.extract.tokens import _WORD_SPLIT, _fold_word, arabic_script, cyrillic_script, tokenize
from tests.extract.conftest import build_doc, parse_english

# Real meetings: Biden and Xi met at the Filoli estate in Woodside, California, on 15 November 2023; Modi
# held talks with Putin in Moscow on 9 July 2024; Erdogan received Zelensky in Istanbul on 8 March 2024.
TEXTS = [
    "WOODSIDE, 16 November 2023 - Joe Biden met Xi Jinping on Wednesday at the Filoli estate, officials "
    "said. The two leaders agreed to resume military talks. Officials said the meeting lasted four hours.",
    "Narendra Modi held talks with Vladimir Putin in Moscow on 9 July 2024. During the talks, the two "
    "leaders discussed trade and energy, the foreign ministry said in a statement issued in 2024.",
    "Recep Tayyip Erdogan received Volodymyr Zelensky in Istanbul. The presidency said they discussed a "
    "prisoner exchange.\nZelensky later flew home.",
]
# Words of several scripts, new to the fold dict, some twice, some with marks or digits.
WORDS = ["Biden", "biden", "Putin", "Путина", "والرئيس", "대통령과", "Erdoğan", "٢٠٢٤", "Xi", "Biden"]




@pytest.mark.parametrize("text", [*TEXTS, " ".join(WORDS)])
def test_tokens_are_the_folded_words(text: str) -> None:
    """tokenize gives each word's parts as _fold_word folds them, at the word's offsets."""
    expected = [(form, m.start(), m.end(), keys) for m in re.finditer(_WORD_SPLIT.pattern[1:-1], text)
                for form, keys in _fold_word(m.group())]
    assert [tuple(t) for t in tokenize(text)] == expected


def test_script_tests_answer_as_the_regular_expressions() -> None:
    """The first-letter comparisons tell Cyrillic and Arabic script as the regex matches did, at the edges."""
    forms = ["", "a", "Ͽ", "Ѐ", "путин", "ӿ", "Ԁ", "׳", "؀", "والرئيس", "ۿ", "܀", "1путин", "x\u0400"]
    for form in forms:
        assert cyrillic_script(form) == (re.match("[\u0400-\u04ff]", form) is not None), form
        assert arabic_script(form) == (re.match("[\u0600-\u06ff]", form) is not None), form


def _abbreviation_walked(text: str, dot: int) -> bool:
    """_is_abbreviation as it read the word before the dot until this pass: walking back to a white space."""
    i = dot
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return _abbreviation_word(text[i:dot])


@pytest.mark.parametrize("text", ["Talks with Mr. Biden", "at 10 a.m. today", "U.S. officials",
                                  "met\tJ. Smith", "line one\nSt. Petersburg", "no\u00a0Dr. here",
                                  "Dr. Who", ". ", "x .", "(Gen. Smith", "word\u2009Jr. end"])
def test_the_word_before_a_dot_is_found_as_before(text: str) -> None:
    """_is_abbreviation reads the word the backward walk read: after spaces, tabs, breaks, thin spaces."""
    dots = [i for i, ch in enumerate(text) if ch == "."]
    assert dots
    for dot in dots:
        assert _is_abbreviation(text, dot) == _abbreviation_walked(text, dot), (text, dot)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_facts_answer_as_the_generators_did(real: RuleExtractor, text: str) -> None:
    """has_digits and Resolver.nobody answer as the generator expressions they replaced."""
    language = real.languages["en"]
    for s in parse_english(real, text):
        assert s.has_digits() == any(t.form.isdigit() for t in s.tokens[s.lo : s.hi])
        chunks = build_chunks(s.matches, s.tokens, s.text, s.hi, language.indefinite, "en", s.kinds(),
                              language.quantifiers)
        assert real.resolver.nobody(chunks) == all(real.resolver.day_free(c) == [] for c in chunks)


def test_contacts_of_the_reports(real: RuleExtractor) -> None:
    """The reports give their meetings, dated; "officials said" (a surname of three leaders) names none."""
    found = {}
    for text in TEXTS:
        for c in real.extract(build_doc(text, "2024-07-10")):
            found[(c.a.leader_id, c.b.leader_id)] = c.date
    assert found.get(("joe-biden", "xi-jinping")) == "2023-11-15"
    assert found.get(("narendra-modi", "vladimir-putin")) == "2024-07-09"
    assert ("recep-tayyip-erdogan", "volodymyr-zelenskyy") in found
    assert all("said" not in a and "said" not in b for a, b in found)


def test_participants_are_shared_and_equal_to_new_ones() -> None:
    """A participant built before is handed out again: equal to a new one, and the same object."""
    m = Mention(0, 2, "name", "emmanuel-macron", "Emmanuel Macron", "FRA", "head_of_state")
    first, again = _participant(m), _participant(m)
    assert first is again
    assert first.model_dump() == {"leader_id": "emmanuel-macron", "name": "Emmanuel Macron", "country": "FRA",
                                  "role": "head_of_state", "provisional": False}
    other = _participant(Mention(0, 2, "provisional", "emmanuel-macron", "Emmanuel Macron", "FRA",
                                 "head_of_state"))
    assert other is not first and other.provisional


@pytest.mark.parametrize("text", TEXTS)
def test_clause_bounds_outside_the_sentence_are_the_walked_ones(real: RuleExtractor, text: str) -> None:
    """A token of another sentence gets the clause bounds the walk over the text's gaps gave."""
    sents = parse_english(real, text)
    for s in sents:
        assert s.text_marks is not None
        walked = replace(s, text_marks=None)
        for i in [*range(0, s.lo), *range(s.hi, len(s.tokens))]:
            assert s._marks_around(i) == walked._marks_around(i), (s.index, i)
