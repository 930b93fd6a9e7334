"""Earlier trips of a pair the report is about: a visit told by a travel word, a month the host took office
in, and Russian travel verbs; each a real event told in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.extract.when import month_days
from tests.extract.rows import DocFactory, pair_rows

# Ahmed al-Sharaa became Syria's president on 29 January 2025; Emir Tamim was in Damascus the next day,
# and al-Sharaa was in Doha on 15 April 2025.


def test_a_host_sworn_in_late_in_the_month_of_a_trip_held_office_that_month(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("Emir Tamim bin Hamad received President Ahmed al-Sharaa in Doha on Tuesday. "
            "The emir had travelled to Damascus in January, weeks after the fall of Bashar al-Assad.")
    assert pair_rows(real, make_doc, text, "2025-04-16", "en") == [
        ("QAT-SYR", "in_person", "2025-01", "occurred"), ("QAT-SYR", "in_person", "2025-04-15", "occurred")]


def test_month_days_are_the_middle_first_and_last() -> None:
    assert [d.isoformat() for d in month_days(("2024-02", "month"))] == ["2024-02-15", "2024-02-01",
                                                                          "2024-02-29"]
    assert month_days(("2024-02-03", "day")) == ()


# Keir Starmer met Xi Jinping at the G20 in Rio on 18 November 2024; Theresa May had been in China from
# 31 January to 2 February 2018.


def test_a_trip_told_by_a_travel_word_reads_its_travellers_as_of_its_date(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    text = ("Keir Starmer met Xi Jinping in Rio de Janeiro on Monday. "
            "Theresa May had travelled to Beijing in February 2018.")
    assert pair_rows(real, make_doc, text, "2024-11-19", "en") == [
        ("CHN-GBR", "in_person", "2018-02", "occurred"), ("CHN-GBR", "in_person", "2024-11-18", "occurred")]


# Modi held talks with Putin in Moscow on 9 July 2024; in September 2019 he had come to the Eastern Economic
# Forum.


def test_russian_came_to_a_country_is_a_visit(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Владимир Путин провел переговоры с Нарендрой Моди в Москве во вторник. "
            "Моди приезжал в Россию в сентябре 2019 года.")
    assert pair_rows(real, make_doc, text, "2024-07-10", "ru") == [
        ("IND-RUS", "in_person", "2019-09", "occurred"), ("IND-RUS", "in_person", "2024-07-09", "occurred")]
