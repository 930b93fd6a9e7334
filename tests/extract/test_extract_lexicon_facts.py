"""Facts about a language that rules read live in its lexicon, not in lists keyed by language codes."""

from __future__ import annotations

from dataclasses import replace

from graph.text import fold
from ingest.extract.grammar import PLAIN, Grammar
from ingest.extract.lexicon import Lexicon, all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default
from tests.extract.conftest import build_doc
from tests.extract.rows import pair_rows


def _lexicon(lang: str) -> Lexicon:
    return next(lex for lex in all_lexicons() if lex.lang == lang)


def test_the_grammar_folds_the_lexicons_words_once() -> None:
    russian = Grammar.of(_lexicon("ru"))
    assert russian.names_inflect and not russian.nouns_capitalized
    assert fold("супругу") in russian.kin
    assert Grammar.of(_lexicon("de")).nouns_capitalized
    assert fold("مطار") in Grammar.of(_lexicon("ar")).named_after
    assert fold("चुने") in Grammar.of(_lexicon("hi")).office_taken
    assert Grammar.of(_lexicon("ja")).time_comma and Grammar.of(_lexicon("he")).weekday_brackets
    # a language with none of these facts reads as a text of no known language does
    assert Grammar.of(Lexicon(lang="xx")) == PLAIN


def test_a_leaders_relative_is_no_leader_by_the_lexicons_kin_words(real: RuleExtractor) -> None:
    # the kin words are the Russian lexicon's: without them the brother reads as the president himself
    text = "Во вторник в Кремле Владимир Путин встретился с братом президента Турции."
    assert pair_rows(real, build_doc, text, "2025-05-14", "ru") == []
    lexicons = [replace(lex, kin=()) if lex.lang == "ru" else lex for lex in all_lexicons()]
    bare = RuleExtractor(load_default(), lexicons)
    assert pair_rows(bare, build_doc, text, "2025-05-14", "ru") == [
        ("RUS-TUR", "in_person", "2025-05-13", "occurred")]
