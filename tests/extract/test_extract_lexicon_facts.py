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


# -- the two routes of a bare title to the press's own country (docs/EXTRACTION.md, "Mends of the afternoon")


def _pairs(extractor: RuleExtractor, text: str, published: str, lang: str) -> list[tuple[str | None, ...]]:
    return sorted(tuple(sorted((c.a.leader_id, c.b.leader_id)))
                  for c in extractor.extract(build_doc(text, published, lang=lang)))


def test_a_home_title_beside_a_foreign_holder_of_the_sentence_is_the_home_one(real: RuleExtractor) -> None:
    # `home`: the foreign president named in the sentence is the caller, so "le président" is France's
    got = _pairs(real, "Joe Biden a appelé lundi le président.", "2024-05-14", "fr")
    assert got == [("emmanuel-macron", "joe-biden")]


def test_an_own_title_is_the_holder_the_text_named_first(real: RuleExtractor) -> None:
    # `own_titles` hold chosen phrases: the bare "il presidente" is no own title, and is the president named
    # before (Trump), not Italy's; Meloni's "premier" is one
    text = ("La premier Giorgia Meloni ha incontrato giovedì alla Casa Bianca il presidente Donald Trump. "
            "Meloni ha invitato il presidente a Roma e Trump ha accettato.")
    assert set(_pairs(real, text, "2025-04-18", "it")) == {("donald-trump", "giorgia-meloni")}
