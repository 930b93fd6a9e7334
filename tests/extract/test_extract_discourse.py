"""Who and when across clauses and sentences, in texts we wrote about real contacts."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import by_date_and_status as _run

DocFactory = Callable[..., Document]


def test_a_subject_pronoun_met_each_leader_after_its_own_cue(extractor: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # "he received X, who said ..., and in the evening held talks with Y": X and Y did not meet here
    text = ("Владимир Путин открыл саммит БРИКС в Казани. Во вторник он принял премьер-министра Индии "
            "Нарендру Моди, который поддержал мирное урегулирование, а вечером провёл переговоры с "
            "председателем КНР Си Цзиньпином.")
    assert _run(extractor, make_doc, text, "2024-10-25", "ru") == [
        ("CHN", "RUS", "in_person", "2024-10-22", "occurred"),
        ("IND", "RUS", "in_person", "2024-10-22", "occurred")]


def test_a_meeting_noun_far_after_its_listed_subjects_is_theirs(extractor: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # the verb "провели" follows the subjects; its object noun comes after "после ...", a preposition here
    text = ("Владимир Путин, Ильхам Алиев и Никол Пашинян провели в понедельник в Москве после долгого "
            "перерыва трёхстороннюю встречу по Карабаху.")
    assert _run(extractor, make_doc, text, "2021-01-12", "ru") == [
        ("ARM", "AZE", "in_person", "2021-01-11", "occurred"),
        ("ARM", "RUS", "in_person", "2021-01-11", "occurred"),
        ("AZE", "RUS", "in_person", "2021-01-11", "occurred")]


def test_at_the_time_refers_to_the_contact_just_stated(extractor: RuleExtractor,
                                                       make_doc: DocFactory) -> None:
    text = ("Biden and Xi last met in November 2023 in Woodside, California. At the time the two leaders "
            "agreed to restore military communications.")
    assert _run(extractor, make_doc, text, "2024-06-01", "en") == [
        ("CHN", "USA", "in_person", "2023-11", "occurred")]


def test_then_in_russian_refers_to_the_contact_just_stated(extractor: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    text = ("Путин посетит Китай 16 мая. В последний раз Путин и Си Цзиньпин встречались в октябре прошлого "
            "года в Пекине. Тогда стороны беседовали около трёх часов.")
    assert _run(extractor, make_doc, text, "2024-05-14", "ru") == [
        ("CHN", "RUS", "in_person", "2023-10", "occurred")]


def test_a_country_form_of_another_language_yields_to_a_name(extractor: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # "albanese" is Italian for Albanian; in English it is the Australian prime minister
    text = "Albanese met Xi Jinping in Beijing on Monday. Albanese said the talks were positive."
    assert _run(extractor, make_doc, text, "2023-11-07", "en") == [
        ("AUS", "CHN", "in_person", "2023-11-06", "occurred")]
