"""Real-press review, round four (status): planned contacts the pages told, in our own words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status); an empty publication day is a page that shows none.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK, PLAN = "in_person", "phone", "occurred", "planned"


def test_german_reported_future_in_the_subjunctive_is_a_plan(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # Indirect speech puts the future's auxiliary in the subjunctive ("werde"), not "wird": a call announced
    # by a spokesman, not one held.
    text = ("Ein Regierungssprecher teilte mit, Bundeskanzler Olaf Scholz werde am Abend mit dem "
            "französischen Präsidenten Emmanuel Macron telefonieren.")
    assert pair_rows(real, make_doc, text, "", "de") == [("DEU-FRA", P, "", PLAN)]


def test_a_german_programme_in_the_present_at_an_hour_of_the_day_is_a_plan(real: RuleExtractor,
                                                                             make_doc: DocFactory) -> None:
    # A day's schedule is told in the present: "at noon the chancellor receives X". A held meeting is told
    # in a past tense, which stays held whatever the hour.
    plan = ("Am Mittag empfängt Bundeskanzler Olaf Scholz den französischen Präsidenten Emmanuel Macron "
            "im Kanzleramt.")
    held = ("Am Mittag empfing Bundeskanzler Olaf Scholz den französischen Präsidenten Emmanuel Macron "
            "im Kanzleramt.")
    assert pair_rows(real, make_doc, plan, "", "de") == [("DEU-FRA", V, "", PLAN)]
    assert pair_rows(real, make_doc, held, "", "de") == [("DEU-FRA", V, "", OK)]
    dinner = ("Zum Abendessen trifft Bundeskanzlerin Angela Merkel den spanischen Regierungschef "
              "Pedro Sánchez.")
    assert pair_rows(real, make_doc, dinner, "", "de") == [("DEU-ESP", V, "", PLAN)]


def test_a_german_call_to_agree_a_line_this_evening_is_a_plan(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # "stimmt sich ... ab" (agrees a common line) in the present with "am Abend": the call is still to come.
    text = ("Am Abend stimmt sich Merz telefonisch mit dem amerikanischen Präsidenten Donald Trump ab.")
    assert pair_rows(real, make_doc, text, "", "de") == [("DEU-USA", P, "", PLAN)]


def test_a_german_modal_reaches_the_infinitive_after_a_long_list_of_leaders(real: RuleExtractor,
                                                                            make_doc: DocFactory) -> None:
    # The modal stands second, the infinitive last; between them three leaders with their titles and a
    # party in brackets. The whole clause is the plan.
    text = ("Vor dem Gipfel wollen Bundeskanzler Friedrich Merz (CDU), der Präsident Frankreichs Emmanuel "
            "Macron und der Premierminister Großbritanniens Keir Starmer erneut gemeinsam mit dem "
            "ukrainischen Präsidenten Wolodymyr Selenskyj telefonieren.")
    rows = pair_rows(real, make_doc, text, "", "de")
    assert rows and all(r[3] == PLAN for r in rows)
    assert ("DEU-UKR", P, "", PLAN) in rows


def test_arabic_it_is_supposed_that_opens_a_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "من المفترض أن" (he is supposed to): the meeting is on the programme of a visit, not yet held.
    text = ("وصل الرئيس الإيراني مسعود بزشكيان إلى الدوحة، ومن المفترض أن يلتقي أمير قطر الشيخ تميم بن حمد "
            "آل ثاني في الديوان الأميري.")
    rows = pair_rows(real, make_doc, text, "", "ar")
    assert rows and all(r[3] == PLAN for r in rows)


def test_an_english_time_clause_after_a_future_tells_a_visit_to_come(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # English puts a time clause in the present after a future main clause: every leader of the list meets
    # the host when the visit comes. With past verbs the same sentence tells meetings held.
    plan = ("Keir Starmer will hold talks with French President Emmanuel Macron, German Chancellor "
            "Olaf Scholz and Italian Prime Minister Giorgia Meloni when they visit London.")
    held = ("Keir Starmer met French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian "
            "Prime Minister Giorgia Meloni when they visited London.")
    assert [r[3] for r in pair_rows(real, make_doc, plan, "", "en")] == [PLAN, PLAN, PLAN]
    assert [r[3] for r in pair_rows(real, make_doc, held, "", "en")] == [OK, OK, OK]
