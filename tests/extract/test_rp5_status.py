"""Real-press review, round five (status): a plan named again, and a day's programme, in our own words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status); an empty publication day is a page that shows none.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK, PLAN = "in_person", "phone", "occurred", "planned"

_ANNOUNCED = ("US President Joe Biden will speak by telephone with Chinese President Xi Jinping on Tuesday, "
              "the White House said. ")


def test_the_sentence_after_an_announcement_names_the_plan_again(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # The second sentence has no verb of the call and no day of its own: it is the call just announced,
    # not a second one that took place.
    text = _ANNOUNCED + "A spokesman confirmed the call between the two presidents."
    assert pair_rows(real, make_doc, text, "", "en") == [("CHN-USA", P, "", PLAN)]


def test_an_arabic_first_call_since_the_inauguration_is_the_announced_call(real: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    # Trump called Sisi three days after taking office; the report, written that morning, announces the call
    # and then calls it the first since the inauguration (a date after "since" is what it counts from).
    text = ("من المقرر أن يجري دونالد ترامب رئيس الولايات المتحدة اليوم اتصالا هاتفيا بعبد الفتاح السيسي "
            "رئيس مصر. وهذا هو أول اتصال بين الزعيمين منذ أن أدى ترامب اليمين في العشرين من يناير.")
    assert pair_rows(real, make_doc, text, "2017-01-23", "ar") == [("EGY-USA", P, "2017-01-23", PLAN)]


def test_a_persian_spokesman_reporting_the_call_of_wednesday_is_the_plan(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # Putin and Erdoğan "will talk" (خواهند کرد) by phone on Wednesday; the Kremlin's spokesman then
    # "confirmed the phone talk" of Wednesday: a noun, and a weekday that may be ahead, on an undated page.
    text = ("ولادیمیر پوتین و رجب طیب اردوغان روز چهارشنبه تلفنی با هم صحبت خواهند کرد. دیمیتری پسکوف "
            "سخنگوی کرملین هم گفتگوی تلفنی دو رهبر در روز چهارشنبه را تایید کرد.")
    assert pair_rows(real, make_doc, text, "", "fa") == [("RUS-TUR", P, "", PLAN)]


def test_a_past_verb_or_a_past_date_after_an_announcement_stays_a_held_contact(real: RuleExtractor,
                                                                               make_doc: DocFactory) -> None:
    # A verb in the past, a month on a page with no year, a date of its own: an earlier call of the pair,
    # told beside the one announced.
    for held in ("Biden and Xi spoke by telephone on Friday.",
                 "Biden and Xi last spoke by telephone in July."):
        assert pair_rows(real, make_doc, _ANNOUNCED + held, "", "en") == [("CHN-USA", P, "", OK),
                                                                          ("CHN-USA", P, "", PLAN)]
    dated = _ANNOUNCED + "The call between the two presidents came on 2 April 2024."
    assert ("CHN-USA", P, "2024-04-02", OK) in pair_rows(real, make_doc, dated, "2024-04-01", "en")


def test_a_portuguese_programme_in_the_present_is_a_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A president's day told in the present ("ends the day with a dinner"): the programme of a state visit.
    # The same sentence in the past tense tells the dinner held.
    plan = ("O Presidente da República, Marcelo Rebelo de Sousa, encerra o dia com um jantar com o "
            "Presidente de Angola, João Lourenço.")
    held = plan.replace("encerra", "encerrou")
    assert pair_rows(real, make_doc, plan, "", "pt") == [("AGO-PRT", V, "", PLAN)]
    assert pair_rows(real, make_doc, held, "", "pt") == [("AGO-PRT", V, "", OK)]


def test_bare_talks_in_the_past_beside_an_announced_meeting_stay_held(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # Obama met Modi in Vientiane on Thursday 8 September 2016, four days after they talked at the G20 in
    # Hangzhou. On a page with no date the bare talks have no day, but their verb is in the past: an
    # earlier contact, not the meeting announced. The same talks in the future are the plan's.
    plan = ("US President Barack Obama will hold talks with Indian Prime Minister Narendra Modi in Vientiane "
            "on Thursday. ")
    held = plan + "In Hangzhou on Sunday, Modi exchanged views with Obama during the G20."
    assert pair_rows(real, make_doc, held, "", "en") == [("IND-USA", V, "", OK), ("IND-USA", V, "", PLAN)]
    coming = plan + "Modi and Obama will exchange views on climate."
    assert pair_rows(real, make_doc, coming, "", "en") == [("IND-USA", V, "", PLAN)]
