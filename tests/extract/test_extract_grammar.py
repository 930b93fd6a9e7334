"""Grammar-level rules, in sentences we wrote: reciprocal verbs, modes without a mode word, plural titles."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import by_status as _run

DocFactory = Callable[..., Document]


def test_leaders_who_agreed_with_each_other_were_in_contact(extractor: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = "Scholz und Tusk einigten sich am Freitag in Warschau auf neue Hilfen für die Ukraine."
    assert _run(extractor, make_doc, text, "2024-03-16", "de") == [("DEU", "POL", "in_person", "occurred")]


def test_a_before_clause_is_not_a_plan(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Vor dem Abendessen hatten Scholz und Tusk am Freitag in Warschau lange beraten."
    assert _run(extractor, make_doc, text, "2024-03-16", "de") == [("DEU", "POL", "in_person", "occurred")]


def test_talks_without_a_mode_word_take_the_last_firm_cues_mode(extractor: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # "spoke" elsewhere in the text is no reason to call the meeting a phone call
    text = ("Erdoğan met Sánchez in Ankara on Monday. Later that day the two leaders discussed trade "
            "and agreed on new flights. Sánchez said he had spoken to Merz about it.")
    got = _run(extractor, make_doc, text, "2025-06-03")
    assert ("ESP", "TUR", "in_person", "occurred") in got


def test_leaders_of_one_plural_title_each_met_the_leader_outside_it(extractor: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = "The prime ministers of Germany and Spain met Erdoğan in Ankara on Monday."
    assert _run(extractor, make_doc, text, "2025-06-03") == [("DEU", "TUR", "in_person", "occurred"),
                                                            ("ESP", "TUR", "in_person", "occurred")]


def test_leaders_of_one_plural_title_alone_met_one_another(extractor: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = "The presidents of France, Iran and Turkey met in Brussels on Monday."
    assert _run(extractor, make_doc, text, "2025-06-03") == [("FRA", "IRN", "in_person", "occurred"),
                                                            ("FRA", "TUR", "in_person", "occurred"),
                                                            ("IRN", "TUR", "in_person", "occurred")]


def test_a_bare_title_after_several_holders_is_the_first_named(extractor: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("PARIS – Emmanuel Macron a reçu lundi Vladimir Poutine à Versailles. Mardi, à Kiev, Macron s'est "
            "entretenu avec Volodymyr Zelensky. Le soir même, le chef de l'Etat a rejoint à Berlin le "
            "chancelier Friedrich Merz pour une réunion.")
    got = _run(extractor, make_doc, text, "2025-06-04", "fr")
    assert ("DEU", "FRA", "in_person", "occurred") in got


def test_a_weak_spoke_with_cue_in_a_named_city_is_in_person(extractor: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = "Mardi, à Kiev, Emmanuel Macron a parlé avec Volodymyr Zelensky de la reconstruction."
    assert _run(extractor, make_doc, text, "2025-06-04", "fr") == [("FRA", "UKR", "in_person", "occurred")]


def test_the_word_closing_a_fathers_name_is_no_surname(extractor: RuleExtractor) -> None:
    # "محمد بن سلمان": "سلمان" alone is the father's name (and King Salman's), not the crown prince
    from ingest.extract.tokens import tokenize
    from ingest.extract.vocab import Name
    tokens = tokenize("سلمان")
    found = [p for m in extractor.vocab.find(tokens) for p in m.payloads if isinstance(p, Name)]
    assert all(p.leader_id != "mohammed-bin-salman" for p in found)


def test_a_leader_joining_two_others_for_a_meeting_makes_three_pairs(extractor: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = "Lundi soir, Emmanuel Macron a rejoint à Berlin Friedrich Merz et Donald Tusk pour une réunion."
    assert _run(extractor, make_doc, text, "2025-06-03", "fr") == [("DEU", "FRA", "in_person", "occurred"),
                                                                  ("DEU", "POL", "in_person", "occurred"),
                                                                  ("FRA", "POL", "in_person", "occurred")]


def test_a_subordinate_clause_without_a_subject_has_the_main_clauses(extractor: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = "Xi Jinping irá à Espanha em novembro, quando terá um encontro com Pedro Sánchez."
    got = _run(extractor, make_doc, text, "2025-06-03", "pt")
    assert got == [("CHN", "ESP", "in_person", "planned")]


def test_a_relative_clause_keeps_its_own_subject(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Sánchez ha lodato Emmanuel Macron, che martedì aveva incontrato Zelensky a Kiev."
    got = _run(extractor, make_doc, text, "2025-06-05", "it")
    assert got == [("FRA", "UKR", "in_person", "occurred")]


def test_a_leader_complementing_a_noun_is_no_participant(extractor: RuleExtractor,
                                                         make_doc: DocFactory) -> None:
    text = ("Em Londres, Anthony Albanese acompanhou a coroação do rei Charles III e se reuniu com o "
            "primeiro-ministro Keir Starmer.")
    assert _run(extractor, make_doc, text, "2025-06-03", "pt") == [("AUS", "GBR", "in_person", "occurred")]


def test_a_trilateral_meeting_of_three_named_leaders_pairs_them_all(extractor: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("В понедельник в Москве состоялась трехсторонняя встреча Владимира Путина, Реджепа Тайипа "
            "Эрдогана и Масуда Пезешкиана.")
    assert _run(extractor, make_doc, text, "2025-06-03", "ru") == [("IRN", "RUS", "in_person", "occurred"),
                                                                  ("IRN", "TUR", "in_person", "occurred"),
                                                                  ("RUS", "TUR", "in_person", "occurred")]


def test_leaders_listed_after_the_cue_each_met_the_leader_in_focus(extractor: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron a passé la journée de lundi à Bruxelles. Il a eu des entretiens avec "
            "Friedrich Merz et avec Donald Tusk.")
    assert _run(extractor, make_doc, text, "2025-06-03", "fr") == [("DEU", "FRA", "in_person", "occurred"),
                                                                  ("FRA", "POL", "in_person", "occurred")]


def test_leaders_listed_after_between_met_one_another(extractor: RuleExtractor,
                                                       make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron a passé la journée de lundi à Bruxelles. Des entretiens ont eu lieu entre "
            "Friedrich Merz et Donald Tusk.")
    assert _run(extractor, make_doc, text, "2025-06-03", "fr") == [("DEU", "POL", "in_person", "occurred")]


def test_countries_listed_before_a_plural_title_are_its_leaders(extractor: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = "Türkiye, Rusya ve İran liderlerinin katılımıyla üçlü zirve dün video konferans ile yapıldı."
    assert _run(extractor, make_doc, text, "2025-06-03", "tr") == [("IRN", "RUS", "video", "occurred"),
                                                                  ("IRN", "TUR", "video", "occurred"),
                                                                  ("RUS", "TUR", "video", "occurred")]


def test_a_title_takes_a_demonym_one_unknown_adjective_after_it(extractor: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # "fédérale" is no lexicon word; France names no chancellor, so "la chancelière" alone is nobody French
    text = "PARIS – Emmanuel Macron et la chancelière fédérale allemande se sont entretenus vendredi à Paris."
    assert _run(extractor, make_doc, text, "2025-06-07", "fr") == [("DEU", "FRA", "in_person", "occurred")]
    text = "PARIS – Emmanuel Macron et la chancelière se sont entretenus vendredi à Paris."
    assert _run(extractor, make_doc, text, "2025-06-07", "fr") == []


def test_bin_x_after_a_given_name_is_another_persons_name(extractor: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    # "خالد بن سلمان" (a minister) is not Mohammed bin Salman, whose surname-only form is "بن سلمان"
    text = "استقبل الرئيس الفرنسي ماكرون أمس في باريس خالد بن سلمان."
    assert _run(extractor, make_doc, text, "2025-06-04", "ar") == []
    text = "استقبل الرئيس الفرنسي ماكرون أمس في باريس ولي العهد السعودي بن سلمان."
    assert _run(extractor, make_doc, text, "2025-06-04", "ar") == [("FRA", "SAU", "in_person", "occurred")]


def test_a_leader_complementing_a_capitalized_noun_is_no_participant(extractor: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = ("Sánchez calificó la reunión de útil y defendió la relación con el Gobierno del presidente "
            "Joe Biden.")
    assert _run(extractor, make_doc, text, "2023-10-06", "es") == []


def test_a_meeting_with_someone_else_names_another_partner(extractor: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    # "در دیدار با جمعی از دانشجویان": at a meeting with students, no leader after the "with"
    from ingest.extract.mentions import Mention, build_chunks
    from ingest.extract.pairing import _other_partner
    from ingest.extract.parsed import parse
    from ingest.extract.tokens import tokenize

    for text, other in (("رهبر انقلاب امروز در دیدار با جمعی از دانشجویان گفت.", True),
                        ("رهبر انقلاب امروز در دیدار با پزشکیان گفت.", False)):
        tokens = tokenize(text)
        s = parse(text, tokens, extractor.vocab, extractor.date_index, extractor.relative_words, (),
                  extractor.split_cues, True, "fa")[0]
        chunks = build_chunks(s.matches, s.tokens, s.text, s.hi, frozenset(), "fa")
        leader = Mention(0, 2, "title", "ali-khamenei", country="IRN")
        assert _other_partner(s, leader, s.cues(), chunks) is other


def test_a_writing_verb_that_reports_words_is_no_letter(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    text = ("Trump met Zelensky at the White House on Friday. Trump later wrote that Zelensky could come "
            "back when he is ready.")
    assert _run(extractor, make_doc, text, "2025-03-01") == [("UKR", "USA", "in_person", "occurred")]
    text = "El acercamiento fue posible gracias a la carta que Sánchez envió a Macron a mediados de marzo."
    assert _run(extractor, make_doc, text, "2025-04-08", "es") == [("ESP", "FRA", "written", "occurred")]


def test_the_three_leaders_may_include_those_the_sentence_names(extractor: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("Trump met Putin in Helsinki on Monday. Erdoğan, who had flown in to see Trump, joined them "
            "briefly, and the three leaders spoke together for a few minutes.")
    assert _run(extractor, make_doc, text, "2025-06-03") == [("RUS", "TUR", "in_person", "occurred"),
                                                            ("RUS", "USA", "in_person", "occurred"),
                                                            ("TUR", "USA", "in_person", "occurred")]
