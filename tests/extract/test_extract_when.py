"""When a contact happened, in sentences we wrote: clause-opening words, "since", days counted from the
narrative's day, and verb-final clauses."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Contact, Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]


def _got(contacts: list[Contact]) -> list[tuple[str, str, str, str | None, str]]:
    return sorted((*sorted((c.a.country, c.b.country)), c.mode, c.date, c.status)  # type: ignore[misc]
                  for c in contacts)


def test_negated_meeting_since_a_summit_is_the_summit_meeting(extractor: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    doc = make_doc("Macron and Putin had not met since the G20 summit in Osaka in late June.", "2019-08-20")
    assert _got(extractor.extract(doc)) == [("FRA", "RUS", "in_person", "2019-06", "occurred")]


def test_first_call_since_a_month_gives_the_earlier_call_too(extractor: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    doc = make_doc("Erdogan spoke by phone with Putin on Monday, their first call since October last year.",
                   "2023-09-05")
    assert _got(extractor.extract(doc)) == [("RUS", "TUR", "phone", "2022-10", "occurred"),
                                            ("RUS", "TUR", "phone", "2023-09-04", "occurred")]


def test_a_visit_since_a_year_is_no_earlier_contact(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Erdogan received al-Sharaa in Ankara on Wednesday, the first visit by a Syrian president "
                   "since 2010.", "2025-02-06")
    assert _got(extractor.extract(doc)) == [("SYR", "TUR", "in_person", "2025-02-05", "occurred")]


def test_a_date_across_that_belongs_to_the_saying(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Trump said on Friday that he had written a letter to Putin earlier this month.",
                   "2025-03-10")
    assert _got(extractor.extract(doc)) == [("RUS", "USA", "written", "2025-03", "occurred")]


def test_a_day_earlier_counts_from_the_narrative_day(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Scholz met Putin in Moscow on Tuesday. A day earlier, Scholz had met Zelensky in Kyiv.",
                   "2022-02-17")
    assert _got(extractor.extract(doc)) == [("DEU", "RUS", "in_person", "2022-02-15", "occurred"),
                                            ("DEU", "UKR", "in_person", "2022-02-14", "occurred")]


def test_another_events_date_does_not_move_the_narrative(extractor: RuleExtractor,
                                                         make_doc: DocFactory) -> None:
    doc = make_doc("Sánchez met Xi Jinping in Beijing on Friday. The trade agreement takes effect on 1 July. "
                   "The two leaders also discussed climate change.", "2025-04-12")
    assert _got(extractor.extract(doc)) == [("CHN", "ESP", "in_person", "2025-04-11", "occurred")]


def test_verb_final_clause_keeps_its_cue(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Putin ile Erdoğan en son geçen yıl ekim ayında Astana'da yüz yüze görüşmüştü.",
                   "2023-09-05", lang="tr")
    assert _got(extractor.extract(doc)) == [("RUS", "TUR", "in_person", "2022-10", "occurred")]


def test_turkish_future_suffix_makes_a_planned_contact(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    doc = make_doc("Erdoğan önümüzdeki hafta Soçi'de Putin ile görüşecek.", "2023-08-28", lang="tr")
    assert [c.status for c in extractor.extract(doc)] == ["planned"]
    doc = make_doc("Erdoğan Soçi'de Putin ile görüşecek.", "2023-08-28", lang="tr")
    assert [c.status for c in extractor.extract(doc)] == ["planned"]


def test_first_time_since_names_the_earlier_call(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Bundeskanzler Olaf Scholz hat am Freitag zum ersten Mal seit Dezember 2022 mit dem "
                   "russischen "
                   "Präsidenten Wladimir Putin telefoniert.", "2024-11-16", lang="de")
    assert _got(extractor.extract(doc)) == [("DEU", "RUS", "phone", "2022-12", "occurred"),
                                            ("DEU", "RUS", "phone", "2024-11-15", "occurred")]


def test_congratulations_in_a_call_are_the_call(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Trump spoke by phone with Zelensky on Thursday and congratulated him on his party's "
                   "victory.",
                   "2019-07-26")
    assert _got(extractor.extract(doc)) == [("UKR", "USA", "phone", "2019-07-25", "occurred")]
    doc = make_doc("Putin congratulated Erdogan on his re-election on Sunday.", "2023-05-30")
    assert _got(extractor.extract(doc)) == [("RUS", "TUR", "written", "2023-05-28", "occurred")]


def test_a_date_of_what_since_names_is_not_the_visits(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    doc = make_doc("Erdogan received al-Sharaa in Ankara on Tuesday, the first visit by a Syrian "
                   "president since "
                   "the fall of the old government on 8 December.", "2025-02-06")
    assert _got(extractor.extract(doc)) == [("SYR", "TUR", "in_person", "2025-02-04", "occurred")]


def test_a_far_call_is_the_two_leaders_and_their_date(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Biden warned Putin on Tuesday that the West would respond with strong economic measures if "
            "Russia invaded Ukraine, during a two-hour video call. The two presidents last met in person in "
            "Geneva in June.")
    assert _got(extractor.extract(make_doc(text, "2021-12-08"))) == [
        ("RUS", "USA", "in_person", "2021-06", "occurred"), ("RUS", "USA", "video", "2021-12-07", "occurred")]


def test_due_to_travel_for_a_meeting_is_planned(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Zelensky was due to travel to London for a meeting with Prime Minister Keir Starmer on Saturday."
    assert [c.status for c in extractor.extract(make_doc(text, "2025-03-01"))] == ["planned"]


def test_they_last_met_earlier_this_month_is_another_meeting(extractor: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Erdoğan received Sánchez in Ankara on Monday for talks on trade. The two leaders last met "
            "earlier this month at the summit in Cairo.")
    got = extractor.extract(make_doc(text, "2025-10-28"))
    assert sorted(str(c.sources[0].assertion.date) for c in got) == ["2025-10", "2025-10-27"]
    earlier = next(c for c in got if c.sources[0].assertion.date == "2025-10")
    assert earlier.sources[0].assertion.topics == ()


def test_russian_may_in_the_prepositional_case_is_a_month(extractor: RuleExtractor,
                                                          make_doc: DocFactory) -> None:
    text = "Путин и Эрдоган в последний раз встречались в мае в Стамбуле."
    got = extractor.extract(make_doc(text, "2025-07-04", lang="ru"))
    assert [c.sources[0].assertion.date for c in got] == ["2025-05"]


def test_first_meeting_since_talks_dated_apart_names_the_earlier_talks(extractor: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = ("Erdoğan received Sánchez in Ankara on Monday. It was the first meeting of the two leaders "
            "since their talks in Madrid in September last year.")
    got = extractor.extract(make_doc(text, "2025-06-03"))
    assert sorted(str(c.sources[0].assertion.date) for c in got) == ["2024-09", "2025-06-02"]


def test_a_date_in_a_subordinate_clause_is_not_the_meetings(extractor: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Erdoğan received Merz in Ankara on Thursday. It was the first meeting of the two leaders "
            "after Merz took office in May.")
    got = extractor.extract(make_doc(text, "2025-10-31"))
    assert [c.sources[0].assertion.date for c in got] == ["2025-10-30"]


def test_a_day_counted_after_an_event_is_one_date(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan met Sánchez in Ankara on Monday. A day after the meeting, Erdoğan called Merz."
    got = extractor.extract(make_doc(text, "2025-06-12"))
    assert sorted(str(c.sources[0].assertion.date) for c in got) == ["2025-06-09", "2025-06-10"]


def test_a_calendar_date_wins_over_a_day_counted_from_another_event(extractor: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Merz visited Ankara on Monday. On 22 January, two days after Trump's inauguration, Sánchez and "
            "Trump had spoken by phone.")
    got = extractor.extract(make_doc(text, "2025-06-12"))
    assert [c.sources[0].assertion.date for c in got if c.mode == "phone"] == ["2025-01-22"]


def test_afternoon_is_no_after_clause(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Jeudi soir, Emmanuel Macron a reçu Pedro Sánchez pour un dîner. Vendredi après-midi, les deux "
            "dirigeants ont tenu leurs entretiens officiels.")
    got = extractor.extract(make_doc(text, "2025-06-07", lang="fr"))
    assert sorted(str(c.sources[0].assertion.date) for c in got) == ["2025-06-05", "2025-06-06"]


def test_several_undated_meetings_are_no_contact(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Putin received Erdoğan in Sochi on Monday. Before that, Erdoğan had met Sánchez three times."
    got = extractor.extract(make_doc(text, "2025-06-03"))
    assert sorted((c.a.country, c.b.country) for c in got) in ([("RUS", "TUR")], [("TUR", "RUS")])
