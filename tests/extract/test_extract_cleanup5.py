"""The review's debts paid (branch cleanup5): language words read from the lexicons, not from code."""

from __future__ import annotations

from ingest.extract.grammar import Grammar
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory, pair_rows

# Starmer hosted the European Political Community at Blenheim Palace on 18 July 2024, Meloni among the
# guests, and flew to Rome to meet her on Monday 16 September 2024.


def test_a_past_verb_of_the_english_lexicon_keeps_a_time_clause_held(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # A time clause after a future tells the future in its present; in the past (an irregular form of the
    # lexicon's past_forms, or the "-ed" of its preterite_endings) it tells a contact held.
    lead = "Keir Starmer will fly to Rome on Monday; he last saw Giorgia Meloni when they "
    for verb in ("met", "talked"):
        text = f"{lead}{verb} at Blenheim Palace in July."
        assert pair_rows(real, make_doc, text, "2024-09-12", "en") == [("GBR-ITA", "in_person", "2024-07",
                                                                          "occurred")]
    plan = "Keir Starmer will fly to Rome on Monday and hold talks with Giorgia Meloni when he arrives."
    assert pair_rows(real, make_doc, plan, "2024-09-12", "en") == [("GBR-ITA", "in_person", "2024-09-16",
                                                                      "planned")]


def test_each_airport_language_reads_its_own_international() -> None:
    # "International" between an airport's noun and its name is the lexicon's, folded like the text's words:
    # Persian "بین‌المللی" folds to an Arabic yeh, which a stem kept in code unfolded never matched.
    written = {"en": "International", "fr": "internationale", "es": "Internacional", "de": "Internationaler",
               "ru": "международного", "tr": "Uluslararası", "fa": "بین‌المللی", "ar": "الدولي"}
    grammars = {lex.lang: Grammar.of(lex) for lex in all_lexicons()}
    for lang, word in written.items():
        grammar = grammars[lang]
        assert grammar.airports is not None or grammar.airports_after is not None
        assert tokenize(word)[0].form.startswith(grammar.internationals), lang
    assert not grammars["it"].internationals  # (no airport word: nothing to read it beside)


# Tshisekedi met Obiang, Condé and Ramaphosa in Addis Ababa on Monday 11 February 2019, after the AU summit.


def test_a_pronoun_a_list_of_partners_follows_carries_on_to_the_next_pronoun(real: RuleExtractor,
                                                                             make_doc: DocFactory) -> None:
    # One resolver (Discourse.target) for a subject pronoun, whether one partner or a list follows it; the
    # leader it stood for stays first for the next "he", not the first partner of the list.
    text = ("Félix Tshisekedi stayed on in Addis Ababa after the African Union summit. On Monday he met "
            "Teodoro Obiang Nguema Mbasogo and Alpha Condé. He later held talks with Cyril Ramaphosa.")
    day = "2019-02-11"
    assert pair_rows(real, make_doc, text, "2019-02-12", "en") == [
        ("COD-GIN", "in_person", day, "occurred"), ("COD-GNQ", "in_person", day, "occurred"),
        ("COD-ZAF", "in_person", day, "occurred")]
