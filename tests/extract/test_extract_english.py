"""English readouts and reports, written by us about real contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from graph.models import Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]


def _pairs(extractor: RuleExtractor, text: str, published: str | None = None) -> list[tuple[str, ...]]:
    doc = Document(id="d", text=text, content_hash="x",
                   published=None if published is None else date.fromisoformat(published))
    out = []
    for c in extractor.extract(doc):
        src = c.sources[0]
        assert doc.text[src.start : src.end] == src.evidence
        out.append((*sorted((c.a.country, c.b.country)), c.mode, c.status, c.date or "-"))
    return sorted(out)


def test_readout_spoke_today_is_a_call_on_the_publication_day(extractor: RuleExtractor) -> None:
    text = ("President Donald Trump spoke today with Prime Minister Keir Starmer of the United Kingdom. "
            "The leaders discussed trade and the war in Ukraine.")
    assert _pairs(extractor, text, "2025-05-08") == [("GBR", "USA", "phone", "occurred", "2025-05-08")]


def test_title_and_nationality_resolve_by_date(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "The German chancellor met the Chinese president in Beijing on Friday."
    got = extractor.extract(make_doc(text, "2022-11-05"))
    assert len(got) == 1
    names = {got[0].a.name, got[0].b.name}
    assert names == {"Olaf Scholz", "Xi Jinping"}
    assert got[0].date == "2022-11-04"
    assert got[0].mode == "in_person"


def test_counterpart_and_two_leaders_are_one_contact(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Chinese President Xi Jinping held talks with his French counterpart in Paris on Monday. "
            "The two leaders discussed trade, Ukraine and climate change.")
    got = extractor.extract(make_doc(text, "2024-05-07"))
    assert len(got) == 1
    c = got[0]
    assert {c.a.leader_id, c.b.leader_id} == {"xi-jinping", "emmanuel-macron"}
    assert c.date == "2024-05-06"
    assert "trade_economy" in c.topics and "climate_environment" in c.topics


def test_planned_visit_is_planned(extractor: RuleExtractor) -> None:
    text = ("Prime Minister Narendra Modi will visit Moscow next week to hold talks with President "
            "Vladimir Putin.")
    assert _pairs(extractor, text, "2024-07-01") == [("IND", "RUS", "in_person", "planned", "2024-07-01")]


def test_negated_meeting_is_nothing(extractor: RuleExtractor) -> None:
    text = "President Joe Biden did not meet President Vladimir Putin at the summit in Bali."
    assert _pairs(extractor, text, "2022-11-16") == []


def test_denial_is_nothing(extractor: RuleExtractor) -> None:
    text = "The Kremlin denied that Vladimir Putin had spoken with Donald Trump by phone this week."
    assert _pairs(extractor, text, "2025-08-01") == []


def test_minister_meeting_a_president_is_not_a_contact(extractor: RuleExtractor) -> None:
    text = "Foreign Minister Sergei Lavrov met President Masoud Pezeshkian in Tehran on Tuesday."
    assert _pairs(extractor, text, "2024-10-16") == []


def test_same_country_is_not_a_contact(extractor: RuleExtractor) -> None:
    text = "President Joe Biden met former president Donald Trump at the White House on Wednesday."
    assert _pairs(extractor, text, "2024-11-14") == []


def test_received_a_call_from_sets_the_initiator(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "President Claudia Sheinbaum received a phone call from President Donald Trump on Monday."
    got = extractor.extract(make_doc(text, "2025-02-04"))
    assert len(got) == 1
    assert got[0].initiator == "donald-trump"
    assert got[0].date == "2025-02-03"


def test_several_contacts_and_a_pronoun(extractor: RuleExtractor) -> None:
    text = ("Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Sochi on Monday. "
            "He also held a phone call with Ukrainian President Volodymyr Zelensky.")
    assert _pairs(extractor, text, "2023-09-05") == [
        ("RUS", "TUR", "in_person", "occurred", "2023-09-04"),
        ("TUR", "UKR", "phone", "occurred", "2023-09-04"),
    ]


def test_provisional_leader_from_title_and_country(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Spanish Prime Minister Pedro Sánchez met President Marcelo Rebelo de Sousa of Portugal on Monday."
    got = extractor.extract(make_doc(text, "2025-01-14"))
    assert got == [] or all(p.provisional for c in got for p in (c.a, c.b) if p.country == "PRT")


def test_undated_text_without_publication_has_no_date(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "President Vladimir Putin and President Xi Jinping held talks in the Kremlin."
    got = extractor.extract(make_doc(text, None))
    assert len(got) == 1 and got[0].date is None and got[0].date_precision is None


def test_explicit_date_reported_later_keeps_its_day(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Xi Jinping and Vladimir Putin met in Moscow on 20 March 2023, the Kremlin said in a later review."
    got = extractor.extract(make_doc(text, "2023-04-02"))
    assert [c.date for c in got] == ["2023-03-20"]


def test_non_proliferation_is_no_negation(extractor: RuleExtractor) -> None:
    text = "President Xi Jinping met President Vladimir Putin on Tuesday to discuss non-proliferation."
    assert _pairs(extractor, text, "2023-03-22") == [("CHN", "RUS", "in_person", "occurred", "2023-03-21")]


def test_background_meeting_keeps_its_month(extractor: RuleExtractor) -> None:
    text = ("President Joe Biden spoke with President Xi Jinping by phone on Tuesday. "
            "The two leaders last met in person in November in California.")
    got = sorted((c.mode, c.date or "-") for c in extractor.extract(
        Document(id="d", text=text, content_hash="x", published=date(2024, 4, 3))))
    assert got == [("in_person", "2023-11"), ("phone", "2024-04-02")]


def test_visit_to_a_third_country_is_no_contact(extractor: RuleExtractor) -> None:
    text = ("Narendra Modi's visit to Russia in July drew sharp criticism from Ukrainian President "
            "Volodymyr Zelensky.")
    assert _pairs(extractor, text, "2024-07-10") == []


def test_sentence_opening_word_is_no_name_part(extractor: RuleExtractor) -> None:
    text = "During Modi's visit to Russia, Putin hosted him at his residence outside Moscow."
    assert _pairs(extractor, text, "2024-07-09") == [("IND", "RUS", "in_person", "occurred", "2024-07-09")]


def test_the_caller_is_the_initiator(extractor: RuleExtractor) -> None:
    text = "President Donald Trump called President Vladimir Putin on Wednesday to discuss a ceasefire."
    got = extractor.extract(Document(id="d", text=text, content_hash="x", published=date(2025, 2, 13)))
    assert [(c.initiator, c.mode, c.date) for c in got] == [("donald-trump", "phone", "2025-02-12")]


def test_another_bodys_secretary_general_is_not_the_uns(extractor: RuleExtractor) -> None:
    text = "NATO Secretary General Mark Rutte met President Volodymyr Zelensky in Kyiv on Thursday."
    assert _pairs(extractor, text, "2024-10-04") == []


def test_each_report_says_the_mode_it_reports(extractor: RuleExtractor) -> None:
    # Stores keep the mode each report gave; the extractor states it, so they need not fill it in.
    reports = [
        ("Joe Biden and Xi Jinping spoke by telephone on Thursday for more than two hours.", "2022-07-29",
         "phone"),
        ("Xi Jinping held talks with Vladimir Putin in Moscow on Tuesday.", "2023-03-22", "in_person"),
    ]
    for text, published, mode in reports:
        doc = Document(id="d", text=text, content_hash="x", published=date.fromisoformat(published))
        [contact] = extractor.extract(doc)
        assert contact.mode == mode
        assert [s.assertion.mode for s in contact.sources] == [mode]
