"""Mechanisms found missing in the eighth pass, each in sentences we wrote about real contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from graph.models import Document
from ingest.extract.dates import build_date_index, find_dates, resolve
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from ingest.extract.tokens import tokenize

DATE_INDEX = build_date_index(all_lexicons())

DocFactory = Callable[..., Document]
# The `occurred` fixture (conftest.py): extract a text, list its occurred contacts as (a, b, mode, date).
OccurredRun = Callable[..., list[tuple[str, str, str, str | None]]]


# -- a German day number with a dot does not end the sentence --------------------------------------------


def test_an_ordinal_dot_before_a_month_or_a_lower_case_word_ends_no_sentence() -> None:
    def parts(text: str) -> list[str]:
        return [text[s.start:s.end] for s in split_sentences(text)]

    assert parts("Am 28. Mai kam er nach Meseberg. Dann reiste er ab.") == [
        "Am 28. Mai kam er nach Meseberg.", "Dann reiste er ab."]
    assert parts("Zum 2. mal tagte die Runde.") == ["Zum 2. mal tagte die Runde."]
    # a number closing a sentence still closes it when a capitalized word that is no month follows
    assert parts("Die Zahl stieg auf 12. Die Runde tagte.") == ["Die Zahl stieg auf 12.", "Die Runde tagte."]


def test_a_german_day_with_a_dot_dates_its_contact(occurred: OccurredRun) -> None:
    # Scholz received Macron at Schloss Meseberg on 28 May 2024, during Macron's state visit to Germany
    for text in ["Am 28. Mai empfing Bundeskanzler Olaf Scholz den französischen Präsidenten Emmanuel Macron "
                 "auf Schloss Meseberg.",
                 "Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am 28. Mai auf "
                 "Schloss Meseberg empfangen."]:
        assert occurred(text, "2024-05-30", "de") == [("DEU", "FRA", "in_person", "2024-05-28")], text


# -- a calendar date tied to a noun by a from-word is that thing's, no step of the story --------------------


def test_an_attacks_date_named_in_passing_dates_no_next_sentence(occurred: OccurredRun) -> None:
    # Scholz received Erdogan in Berlin on Friday 17 November 2023; they differed over the war in Gaza
    text = ("Bundeskanzler Olaf Scholz hat den türkischen Präsidenten Recep Tayyip Erdoğan am Freitag im "
            "Kanzleramt empfangen. Scholz verurteilte den Überfall der Hamas vom 7. Oktober. Bei dem Treffen "
            "mit Erdoğan ging es auch um Migration.")
    assert occurred(text, "2023-11-18", "de") == [("DEU", "TUR", "in_person", "2023-11-17")]


# -- an ordinal word names the day before its month ---------------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("دیدار در اول آذر ۱۴۰۳ انجام شد.", "2024-11-21"),
    ("دیدار در بیست و دوم بهمن ۱۴۰۲ انجام شد.", "2024-02-11"),
    ("O encontro foi em primeiro de maio de 2023.", "2023-05-01"),
    ("La reunión fue el primero de mayo de 2023.", "2023-05-01"),
    ("L'incontro si è svolto il primo maggio 2023.", "2023-05-01"),
    ("La rencontre a eu lieu le premier mai 2023.", "2023-05-01"),
])
def test_an_ordinal_day_word_before_a_month_is_the_day(text: str, want: str) -> None:
    tokens = tokenize(text)
    found = find_dates(DATE_INDEX, tokens, text, 0, len(tokens))
    assert found and resolve(found[0], date(2024, 12, 1)) == (want, "day"), text


def test_a_persian_ordinal_day_dates_its_meeting(occurred: OccurredRun) -> None:
    # Putin and Pezeshkian met in Ashgabat on 11 October 2024 (20 Mehr 1403) and at the BRICS summit in
    # Kazan on 23 October 2024 (2 Aban 1403)
    text = "ولادیمیر پوتین و مسعود پزشکیان روز بیستم مهر در عشق‌آباد دیدار کردند."
    assert occurred(text, "2024-10-12", "fa") == [("IRN", "RUS", "in_person", "2024-10-11")]
    text = "پوتین روز دوم آبان در کازان با پزشکیان دیدار کرد."
    assert occurred(text, "2024-10-24", "fa") == [("IRN", "RUS", "in_person", "2024-10-23")]


# -- a bare "his counterpart" is the partner of the leader's last contact -----------------------------------


def test_a_counterpart_with_no_country_is_the_last_partner(occurred: OccurredRun) -> None:
    # Macron met Milei at the Casa Rosada on Sunday 17 November 2024, after a private dinner with him at the
    # Olivos residence on the evening of the 16th
    cases = [
        ("fr", "Emmanuel Macron a été reçu dimanche par le président argentin Javier Milei. La veille au "
               "soir, dès son arrivée, le président français avait dîné en privé avec son homologue."),
        ("en", "Emmanuel Macron was received on Sunday by Argentine President Javier Milei. The day before, "
               "on landing, the French president had dined privately with his counterpart."),
        ("es", "Emmanuel Macron fue recibido el domingo por el presidente argentino Javier Milei. La "
               "víspera, por la noche, el presidente francés había cenado en privado con su homólogo."),
    ]
    for lang, text in cases:
        assert occurred(text, "2024-11-17", lang) == [
            ("ARG", "FRA", "in_person", "2024-11-16"), ("ARG", "FRA", "in_person", "2024-11-17")], text


# -- a weekday with its day in brackets is one date ------------------------------------------------------


def test_a_weekday_with_its_day_in_brackets_dates_the_when_clause(occurred: OccurredRun) -> None:
    # Milei hosted Macron for a private dinner at the Olivos residence on Saturday 16 November 2024; they met
    # at the Casa Rosada the next day
    text = ("Emmanuel Macron foi recebido neste domingo (17) por Javier Milei na Casa Rosada. Os dois "
            "presidentes já haviam se encontrado na noite de sábado (16), quando Milei ofereceu um jantar a "
            "Macron na residência de Olivos.")
    assert occurred(text, "2024-11-17", "pt") == [
        ("ARG", "FRA", "in_person", "2024-11-16"), ("ARG", "FRA", "in_person", "2024-11-17")]


# -- "the Kremlin chief" is Russia's president ----------------------------------------------------------


def test_the_kremlin_chief_is_russias_president(occurred: OccurredRun) -> None:
    # Putin, in Rome on 4 July 2019, was received by Pope Francis and then by Mattarella at the Quirinale
    cases = [
        ("it", "Vladimir Putin è stato ricevuto oggi da Papa Francesco. Nel pomeriggio il capo del Cremlino "
               "è salito al Quirinale, dove Sergio Mattarella lo ha accolto per un colloquio."),
        ("en", "Vladimir Putin was received by Pope Francis today. In the afternoon the Kremlin chief went "
               "to the Quirinale, where Sergio Mattarella welcomed him for talks."),
        ("fr", "Vladimir Poutine a été reçu aujourd'hui par le pape François. L'après-midi, le chef du "
               "Kremlin s'est rendu au Quirinal, où Sergio Mattarella l'a accueilli pour un entretien."),
    ]
    for lang, text in cases:
        assert occurred(text, "2019-07-04", lang) == [
            ("ITA", "RUS", "in_person", "2019-07-04"), ("RUS", "VAT", "in_person", "2019-07-04")], text


# -- a future marker reaches a cue farther on in its clause ---------------------------------------------


def test_a_future_far_before_the_cue_in_its_clause_makes_it_planned(occurred: OccurredRun,
                                                                    make_doc: DocFactory,
                                                                    extractor: RuleExtractor) -> None:
    # Modi flew from London to the Maldives on Friday 25 July 2025, guest of honour at its independence day,
    # and held talks with President Muizzu there
    text = ("Modi leaves London on Friday for the Maldives, where he will be the guest of honour at the "
            "island nation's independence day celebrations and hold talks with President Mohamed Muizzu.")
    assert occurred(text, "2025-07-24") == []
    contacts = extractor.extract(make_doc(text, "2025-07-24"))
    assert [(c.status, str(c.date)) for c in contacts] == [("planned", "2025-07-25")]


# -- "a summit with X" is a meeting with X ----------------------------------------------------------------


def test_a_summit_with_a_leader_is_a_meeting(occurred: OccurredRun) -> None:
    # Biden held his first summit with Yoon Suk Yeol in Seoul on Saturday 21 May 2022, then flew to Tokyo
    text = ("Joe Biden arrived in Japan on Sunday from Seoul, where he held his first summit with South "
            "Korea's new President Yoon Suk Yeol on Saturday.")
    assert occurred(text, "2022-05-23") == [("KOR", "USA", "in_person", "2022-05-21")]


# -- an object pronoun after the one leader named, when someone else is the subject, is that leader -------


def test_an_envoy_who_met_a_leader_and_gave_him_a_letter_is_no_contact_of_his_chief(
        occurred: OccurredRun) -> None:
    # Kim Yong Chol, a senior North Korean official, met Trump in the Oval Office on 1 June 2018 and handed
    # him a letter from Kim Jong Un; Trump then said the Singapore summit of 12 June would go ahead
    text = ("Donald Trump said on Friday that his summit with Kim Jong Un would take place in Singapore on "
            "June 12. Kim Yong Chol, a vice chairman of the ruling party, met Trump in the Oval Office for "
            "more than an hour and gave him an unusually large envelope.")
    assert occurred(text, "2018-06-02") == []


# -- a surname right after another leader's full name is a second person --------------------------------
# -- and a "where" clause holding the cue happened on the day of the clause before it ---------------------


def test_a_surname_after_a_full_name_is_the_other_leader_dated_by_the_main_clause(
        occurred: OccurredRun) -> None:
    # Putin received Orbán in Moscow on 5 July 2024; Orbán went on to Beijing, where Xi Jinping received him
    # on Monday 8 July
    text = ("Am 5. Juli empfing Kremlchef Wladimir Putin den ungarischen Regierungschef Viktor Orbán "
            "in Moskau. Am Montag folgte ein Besuch in Peking, wo Staats- und Parteichef Xi Jinping Orbán "
            "empfing.")
    assert occurred(text, "2024-07-12", "de") == [("CHN", "HUN", "in_person", "2024-07-08"),
                                                  ("HUN", "RUS", "in_person", "2024-07-05")]


# -- a surname right after a weekday or a month is the leader, not a longer name ---------------------------


def test_a_surname_after_a_weekday_names_the_leader(occurred: OccurredRun) -> None:
    # Scholz welcomed Macron in Hamburg on Monday 9 October 2023, at the start of a two-day retreat of both
    # governments ("Scholz" is a surname alone in the test gazetteer, as most surnames are in the real one)
    for lang, text in [("en", "On Monday Scholz welcomed Emmanuel Macron in Hamburg."),
                       ("en", "In October Scholz welcomed Emmanuel Macron in Hamburg."),
                       ("fr", "Lundi Scholz a reçu Emmanuel Macron à Hambourg.")]:
        found = occurred(text, "2023-10-10", lang)
        assert [(a, b, mode) for a, b, mode, _ in found] == [("DEU", "FRA", "in_person")], text


def test_a_weekday_after_a_surname_is_no_part_of_his_name(occurred: OccurredRun) -> None:
    # Scholz received Erdogan in Berlin on Friday 17 November 2023
    for lang, text in [("tr", "Erdoğan ile Scholz Cuma günü Berlin'de bir araya geldi."),
                       ("en", "Erdogan met Scholz Friday in Berlin.")]:
        assert occurred(text, "2023-11-18", lang) == [("DEU", "TUR", "in_person", "2023-11-17")], text


def test_a_surname_after_another_named_leaders_surname_is_a_second_person(occurred: OccurredRun) -> None:
    # Macron came to Hamburg on Monday 9 October 2023 for a two-day retreat with Scholz's government
    text = ("Emmanuel Macron und Olaf Scholz wollen die Zusammenarbeit vertiefen. Am Montag traf Macron "
            "Scholz in Hamburg.")
    assert occurred(text, "2023-10-10", "de") == [("DEU", "FRA", "in_person", "2023-10-09")]
