"""Mechanisms found missing on unseen text, each in sentences we wrote about real contacts."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]
# The `occurred` fixture (conftest.py): extract a text, list its occurred contacts as (a, b, mode, date).
OccurredRun = Callable[..., list[tuple[str, str, str, str | None]]]


# -- a bare title is the leader the story follows, not the dateline country's ---------------------------


def test_a_bare_title_in_a_visitors_report_is_the_visitor(occurred: OccurredRun) -> None:
    # Macron saw Putin in Moscow on 7 February 2022 and Zelensky in Kyiv the next day
    text = ("MOSCOU, 8 février 2022 (AFP) - Emmanuel Macron s'est entretenu lundi avec Vladimir Poutine "
            "au Kremlin pendant plus de cinq heures.\n\nMardi, le chef de l'Etat a rencontré Volodymyr "
            "Zelensky à Kiev.")
    got = occurred(text, "2022-02-08", "fr")
    assert [g[:2] for g in got] == [("FRA", "RUS"), ("FRA", "UKR")]


# -- "the previous call": an earlier contact of its own --------------------------------------------------


def test_the_previous_call_is_not_the_undated_call_of_the_day(occurred: OccurredRun) -> None:
    # Putin and Biden spoke by video on 7 December 2021; they had met in Geneva on 16 June 2021
    text = ("Владимир Путин и Джо Байден провели переговоры по видеосвязи, сообщили в Кремле. "
            "Предыдущая встреча президентов прошла в Женеве 16 июня.")
    got = occurred(text, "2021-12-07", "ru")
    assert got == [("RUS", "USA", "in_person", "2021-06-16"), ("RUS", "USA", "video", "2021-12-07")]


def test_an_earlier_meeting_named_by_an_adjective_after_its_noun(occurred: OccurredRun) -> None:
    text = ("Joe Biden y Vladímir Putin mantuvieron una conversación por videoconferencia. "
            "La reunión anterior entre ambos mandatarios tuvo lugar en Ginebra el 16 de junio.")
    got = occurred(text, "2021-12-07", "es")
    assert ("RUS", "USA", "in_person", "2021-06-16") in got
    assert any(g[3] == "2021-12-07" for g in got)


def test_the_previous_day_is_a_date_not_an_earlier_contact(occurred: OccurredRun) -> None:
    # Scholz was in Kyiv on 16 June 2022 with Macron and Draghi
    text = ("Olaf Scholz met Volodymyr Zelensky in Kyiv on Thursday. Emmanuel Macron had arrived the "
            "previous day and also met Zelensky on Thursday.")
    got = occurred(text, "2022-06-17")
    assert ("DEU", "UKR", "in_person", "2022-06-16") in got


# -- leaders listed as subjects met the one their verb's "with" or "by" names, not one another ----------


def test_subjects_who_met_with_a_third_leader_did_not_meet_each_other(occurred: OccurredRun) -> None:
    # Macron and Scholz (with Draghi and Iohannis) were in Kyiv on 16 June 2022
    text = "Emmanuel Macron y Olaf Scholz se reunieron el jueves en Kiev con Volodymyr Zelensky."
    got = occurred(text, "2022-06-17", "es")
    assert [g[:2] for g in got] == [("DEU", "UKR"), ("FRA", "UKR")]


def test_subjects_received_by_a_leader_met_that_leader(occurred: OccurredRun) -> None:
    text = "Emmanuel Macron et Olaf Scholz ont été reçus jeudi à Kiev par Volodymyr Zelensky."
    got = occurred(text, "2022-06-17", "fr")
    assert [g[:2] for g in got] == [("DEU", "UKR"), ("FRA", "UKR")]


def test_an_unannounced_visit_is_no_negated_visit(occurred: OccurredRun) -> None:
    # Sánchez went to Kyiv without notice on 21 April 2022
    text = ("Pedro Sánchez llegó hoy a Kiev en una visita no anunciada y se reunió con Volodymyr Zelensky, "
            "a quien prometió más ayuda militar.")
    got = occurred(text, "2022-04-21", "es")
    assert got == [("ESP", "UKR", "in_person", "2022-04-21")]


# -- topics ---------------------------------------------------------------------------------------------


def test_the_gathering_a_meeting_was_held_at_is_not_its_topic(extractor: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # Modi and Albanese held their annual summit at the G20 in Rio on 19 November 2024
    text = ("Narendra Modi and Anthony Albanese held talks on the sidelines of the G20 meeting in Rio de "
            "Janeiro on Tuesday. They discussed trade, renewable energy and defence.")
    got = extractor.extract(make_doc(text, "2024-11-20"))
    assert len(got) == 1
    topics = got[0].sources[0].assertion.topics
    assert "trade_economy" in topics and "multilateral_diplomacy" not in topics


def test_a_broad_topic_stated_again_around_the_contact_counts(extractor: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("Narendra Modi and Anthony Albanese held talks on reform of the United Nations on Tuesday. "
            "Both want a stronger multilateral system.")
    got = extractor.extract(make_doc(text, "2024-11-20"))
    assert "multilateral_diplomacy" in got[0].sources[0].assertion.topics


# -- a place's name right before a surname is no given name ---------------------------------------------


def test_a_surname_right_after_a_city_is_a_name(occurred: OccurredRun) -> None:
    # Scholz was in Kyiv on 16 June 2022 ("Scholz" alone is a weak name in the test gazetteer)
    text = "On Thursday in Kyiv Scholz met Volodymyr Zelensky for talks on weapons deliveries."
    got = occurred(text, "2022-06-17")
    assert got == [("DEU", "UKR", "in_person", "2022-06-16")]


# -- a scheduled visit that was put off is no contact ----------------------------------------------------


def test_a_visit_that_was_scheduled_then_postponed_did_not_occur(occurred: OccurredRun) -> None:
    # Putin's visit to Turkey, announced for February 2024, did not take place then
    text = "وكانت زيارة بوتين إلى تركيا للقاء أردوغان مقررة في فبراير ٢٠٢٤ قبل أن تؤجل."
    assert occurred(text, "2024-03-01", "ar") == []
