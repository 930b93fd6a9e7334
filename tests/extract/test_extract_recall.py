"""Recall mechanisms of the fifth pass, each on sentences we wrote about real contacts."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]
# The `occurred` fixture (conftest.py): extract a text, list its occurred contacts as (a, b, mode, date).
OccurredRun = Callable[..., list[tuple[str, str, str, str | None]]]


# -- Russian: "ранее" (earlier) is no "рано" (too early to plan) -----------------------------------------


def test_russian_earlier_the_same_day_is_no_plan(occurred: OccurredRun) -> None:
    # on Saturday 12 February 2022 Putin spoke by phone with Biden, and before that with Macron
    text = ("Владимир Путин в субботу поговорил по телефону с Джо Байденом. Ранее в этот день "
            "российский президент обсудил по телефону ситуацию в Европе с Эммануэлем Макроном.")
    got = occurred(text, "2022-02-12", "ru")
    assert got == [("FRA", "RUS", "phone", "2022-02-12"), ("RUS", "USA", "phone", "2022-02-12")]


# -- a plural title after the demonyms it joins: "российского и американского президентов" --------------


def test_russian_demonyms_before_a_plural_title_name_their_presidents(occurred: OccurredRun) -> None:
    # Putin and Macron spoke on 28 January 2022; Putin and Biden had spoken on 30 December 2021
    text = ("Владимир Путин 28 января провёл телефонный разговор с Эммануэлем Макроном. "
            "Прошлый разговор российского и американского президентов прошёл 30 декабря.")
    got = occurred(text, "2022-01-28", "ru")
    assert ("RUS", "USA", "phone", "2021-12-30") in got
    assert ("FRA", "RUS", "phone", "2021-12-30") not in got


# -- a subordinate clause with no subject whose cue noun follows its "with" object ------------------------


def test_a_dropped_subject_holds_talks_with_the_leader_after_with(occurred: OccurredRun) -> None:
    # Erdoğan met Putin in Sochi on 4 September 2023
    text = ("Эрдоган в последний раз приезжал в Россию в сентябре, когда провёл с Путиным переговоры "
            "в Сочи.")
    got = occurred(text, "2023-11-20", "ru")
    assert got == [("RUS", "TUR", "in_person", "2023-09")]


def test_a_subject_of_its_own_in_the_clause_is_no_dropped_one(occurred: OccurredRun) -> None:
    # Erdoğan was in Moscow on 5 March 2020; Macron spoke with Putin by phone on other days
    text = ("Эрдоган прилетел в Москву в марте, когда Макрон провёл с Путиным переговоры по телефону.")
    got = occurred(text, "2020-03-20", "ru")
    assert not any(g[:2] == ("RUS", "TUR") for g in got)


# -- Russian stems: folded adjective endings ("-ий" folds to "-ии") ---------------------------------------


def test_russian_adjective_forms_share_their_stem() -> None:
    from graph.text import fold
    from ingest.extract.tokens import key_form

    assert key_form(fold("американский")) == key_form(fold("американского")) \
        == key_form(fold("американским"))
    assert key_form(fold("телефонный")) == key_form(fold("телефонного"))


def test_a_country_bound_title_before_a_comma_is_not_the_next_name(occurred: OccurredRun) -> None:
    # Putin and Xi met in Astana on 3 July 2024 at the SCO summit
    text = ("Владимир Путин 3 июля прибыл в Астану. Открывая встречу с китайским лидером, Путин "
            "говорил о торговле.")
    got = occurred(text, "2024-07-03", "ru")
    assert got == [("CHN", "RUS", "in_person", "2024-07-03")]


# -- a bare "the two" right before its cue is the pair ------------------------------------------------------


def test_a_bare_the_two_before_a_cue_is_the_pair(occurred: OccurredRun) -> None:
    # Xi received Sánchez in Beijing on 11 April 2025, and on 9 September 2024 before that
    text = ("Pedro Sánchez è stato ricevuto da Xi Jinping a Pechino venerdì. I due si erano già incontrati "
            "a Pechino nel settembre 2024.")
    got = occurred(text, "2025-04-11", "it")
    assert got == [("CHN", "ESP", "in_person", "2024-09"), ("CHN", "ESP", "in_person", "2025-04-11")]


def test_the_two_before_a_noun_is_no_pair(occurred: OccurredRun) -> None:
    text = ("Pedro Sánchez foi recebido por Xi Jinping em Pequim nesta sexta-feira. As duas delegações "
            "assinaram acordos em 2024.")
    got = occurred(text, "2025-04-11", "pt")
    assert got == [("CHN", "ESP", "in_person", "2025-04-11")]


def test_portuguese_the_two_had_met_last_year(occurred: OccurredRun) -> None:
    # the same visits, told in Portuguese: "no ano passado" is 2024
    text = ("Pedro Sánchez foi recebido por Xi Jinping em Pequim nesta sexta-feira. Os dois já haviam se "
            "reunido no ano passado.")
    got = occurred(text, "2025-04-11", "pt")
    assert got == [("CHN", "ESP", "in_person", "2024"), ("CHN", "ESP", "in_person", "2025-04-11")]


# -- a relative clause closed by a comma does not wall off what follows ------------------------------------


def test_a_closed_relative_clause_leaves_the_subject_its_later_talks(occurred: OccurredRun) -> None:
    # Starmer visited Modi in Mumbai on 9 October 2025
    text = ("MUMBAI, Oct 9 - Prime Minister Keir Starmer praised British firms that had joined his trip, "
            "speaking in Mumbai after talks with Indian Prime Minister Narendra Modi.")
    got = occurred(text, "2025-10-09")
    assert got == [("GBR", "IND", "in_person", "2025-10-09")]


# -- leaders listed as subjects, each with a title "of" a country ------------------------------------------


def test_subjects_listed_with_titles_of_their_countries_met_one_another(occurred: OccurredRun) -> None:
    # Macron, Starmer, Merz and Tusk met Zelensky in Kyiv on 10 May 2025
    text = ("The presidents of France, Emmanuel Macron, and of Ukraine, Volodymyr Zelensky, and the prime "
            "minister of Britain, Keir Starmer, met in Kyiv on 10 May.")
    got = occurred(text, "2025-05-11")
    assert [g[:2] for g in got] == [("FRA", "GBR"), ("FRA", "UKR"), ("GBR", "UKR")]


# -- one sentence, two dates joined by "and": two contacts ------------------------------------------------


def test_two_dates_joined_by_and_are_two_meetings(occurred: OccurredRun) -> None:
    # Sánchez met Xi in Beijing on 31 March 2023 and on 9 September 2024
    text = "Pedro Sánchez ya se había reunido con Xi Jinping en Pekín en 2023 y en 2024."
    got = occurred(text, "2025-04-11", "es")
    assert got == [("CHN", "ESP", "in_person", "2023"), ("CHN", "ESP", "in_person", "2024")]
    en = "Pedro Sánchez met Xi Jinping in Beijing in March 2023 and in September 2024."
    got = occurred(en, "2025-04-11")
    assert got == [("CHN", "ESP", "in_person", "2023-03"), ("CHN", "ESP", "in_person", "2024-09")]


def test_a_date_range_word_is_no_second_date(occurred: OccurredRun) -> None:
    text = "Pedro Sánchez met Xi Jinping in Beijing on 9 September 2024, and on Tuesday he flew home."
    got = occurred(text, "2024-09-12")
    assert got == [("CHN", "ESP", "in_person", "2024-09-09")]


# -- Turkish: "on his programme" is a plan; a date before a future participle is the participle's --------


def test_turkish_a_meeting_on_the_programme_is_planned(extractor: RuleExtractor,
                                                       make_doc: DocFactory) -> None:
    # Erdoğan met Scholz in Berlin on 17 November 2023
    text = "Cumhurbaşkanı Erdoğan'ın programında, yarın Olaf Scholz ile Berlin'de görüşmesi de yer alıyor."
    doc = make_doc(text, "2023-11-16", lang="tr")
    got = extractor.extract(doc)
    assert [c.status for c in got] == ["planned"]


def test_turkish_a_date_before_a_future_participle_dates_no_contact(occurred: OccurredRun) -> None:
    # Biden called Erdoğan on 23 April 2021, the day before his statement of 24 April
    text = ("Cumhurbaşkanı Erdoğan ile ABD Başkanı Joe Biden dün telefonda görüştü. Görüşme, Biden'ın "
            "24 Nisan'da 1915 olaylarıyla ilgili yapacağı açıklamadan önce gerçekleşti.")
    got = occurred(text, "2021-04-24", "tr")
    assert got == [("TUR", "USA", "phone", "2021-04-23")]
