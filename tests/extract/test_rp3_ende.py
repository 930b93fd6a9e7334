"""Real-press review, round three (English and German): constructions seen on real pages, in our words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def test_a_given_name_in_brackets_after_the_title(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Obama phoned Netanyahu on Saturday 29 January 2011 and Cameron on Sunday 30 January about Egypt. A
    # readout's style puts the given name in brackets between title and surname: the title stood alone and
    # was read as the prime minister named before (a second Israeli call, dated Sunday), and "each of the
    # leaders" then paired the two prime ministers.
    text = ("President Barack Obama made calls about Egypt over the weekend. On Saturday the President "
            "talked with Israel's Prime Minister (Benjamin) Netanyahu. On Sunday he talked with Britain's "
            "Prime Minister (David) Cameron. He sought the view of each of the leaders on Cairo.")
    assert pair_rows(real, make_doc, text, "2011-01-31", "en") == [
        ("GBR-USA", P, "2011-01-30", OK), ("ISR-USA", P, "2011-01-29", OK)]


def test_an_age_or_party_in_brackets_inside_a_list(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merz, on holiday, joined Trump and Zelensky by phone on Saturday 16 August 2025. German papers put an
    # age or a party in brackets after a name; the bracket broke the list, so the pronoun's leader lost
    # both partners and the two listed were paired with each other.
    text = ("Bundeskanzler Friedrich Merz machte Ferien in Bayern. Er sprach am Samstag in einer Schalte mit "
            "Donald Trump (79) und Wolodymyr Selenskyj (47).")
    assert pair_rows(real, make_doc, text, "2025-08-17", "de") == [
        ("DEU-UKR", P, "2025-08-16", OK), ("DEU-USA", P, "2025-08-16", OK)]
    text = ("Bundeskanzler Friedrich Merz machte Ferien in Bayern. Er sprach am Samstag in einer Schalte mit "
            "Donald Trump (Republikaner) und Wolodymyr Selenskyj.")
    assert pair_rows(real, make_doc, text, "2025-08-17", "de") == [
        ("DEU-UKR", P, "2025-08-16", OK), ("DEU-USA", P, "2025-08-16", OK)]


def test_a_caption_bracket_shows_who_is_in_the_photo(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merz and Trump first spoke by phone on Thursday 8 May 2025, the day after Merz's trip to Paris. A
    # caption's bracket ("hier mit", "pictured with") names who the photo shows, no partner of the call.
    text = ("Bundeskanzler Friedrich Merz (hier mit dem französischen Präsidenten Emmanuel Macron) "
            "telefonierte am Donnerstag mit US-Präsident Donald Trump.")
    assert pair_rows(real, make_doc, text, "2025-05-09", "de") == [("DEU-USA", P, "2025-05-08", OK)]
    text = ("Chancellor Friedrich Merz (pictured with President Emmanuel Macron in Paris) spoke by phone "
            "with President Donald Trump on Thursday.")
    assert pair_rows(real, make_doc, text, "2025-05-09", "en") == [("DEU-USA", P, "2025-05-08", OK)]
    # a bracket that is no caption keeps its leader ("(with X)")
    text = ("Chancellor Friedrich Merz (with President Emmanuel Macron) spoke by phone with President "
            "Donald Trump on Thursday.")
    assert ("DEU-USA", P, "2025-05-08", OK) in pair_rows(real, make_doc, text, "2025-05-09", "en")


def test_the_leaders_of_an_unnamed_group_named_next(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Flying back from Alaska on Saturday 16 August 2025, Trump phoned Zelensky and then a group of
    # European leaders, among them Merz, Meloni and Stubb. The group was left unnamed, its members listed in
    # the next sentence as taking part: they were read as talking with one another, none with Trump.
    text = ("Auf dem Rückflug aus Alaska sprach Donald Trump am Samstag zuerst mit Wolodymyr Selenskyj und "
            "dann mit mehreren europäischen Regierungschefs. Laut Brüssel waren Bundeskanzler Friedrich "
            "Merz, Italiens Ministerpräsidentin Giorgia Meloni und der finnische Präsident Alexander Stubb "
            "an den Telefonaten beteiligt.")
    day = "2025-08-16"
    assert pair_rows(real, make_doc, text, "2025-08-17", "de") == [
        ("DEU-USA", P, day, OK), ("FIN-USA", P, day, OK), ("ITA-USA", P, day, OK), ("UKR-USA", P, day, OK)]
    text = ("Flying back from Alaska on Saturday, Donald Trump talked first with Volodymyr Zelensky and then "
            "with several other leaders. On the call were Chancellor Friedrich Merz, Prime Minister Giorgia "
            "Meloni and President Alexander Stubb of Finland.")
    assert pair_rows(real, make_doc, text, "2025-08-17", "en") == [
        ("DEU-USA", P, day, OK), ("FIN-USA", P, day, OK), ("ITA-USA", P, day, OK), ("UKR-USA", P, day, OK)]


def test_words_of_real_pages(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Obama phoned Medvedev on Monday 26 January 2009: German pages also spell him "Medwedjew".
    text = ("US-Präsident Barack Obama telefonierte am Montag mit dem russischen Präsidenten Dmitrij "
            "Medwedjew.")
    assert pair_rows(real, make_doc, text, "2009-01-27", "de") == [("RUS-USA", P, "2009-01-26", OK)]
    # Modi met Biden and Sunak at the G20 in Bali on Tuesday 15 November 2022: Indian pages' "informal
    # interactions with" a list of leaders
    text = ("Narendra Modi held informal interactions with Joe Biden and Rishi Sunak at the Bali G20 on "
            "Tuesday.")
    day = "2022-11-15"
    assert pair_rows(real, make_doc, text, "2022-11-16", "en") == [
        ("GBR-IND", V, day, OK), ("IND-USA", V, day, OK)]


def test_the_leaders_of_a_body_are_no_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi met Biden and Sunak at the G20 in Bali on Tuesday 15 November 2022. "The leaders of the bloc"
    # in a later sentence is the body's leaders in general; it was read as the leaders just told meeting
    # one another (a Biden-Sunak contact).
    text = ("Modi met Joe Biden and Rishi Sunak on Tuesday at the G20 summit in Bali. He hopes for a deal "
            "on climate finance once the leaders of the bloc meet in New Delhi next year.")
    day = "2022-11-15"
    assert pair_rows(real, make_doc, text, "2022-11-16", "en") == [
        ("GBR-IND", V, day, OK), ("IND-USA", V, day, OK)]
    # "the leaders of the two countries" still names the pair
    text = ("Modi met Joe Biden on Tuesday at the G20 summit in Bali. The leaders of the two countries "
            "discussed trade.")
    assert pair_rows(real, make_doc, text, "2022-11-16", "en") == [("IND-USA", V, day, OK)]
