"""Real-press review, round five: recall of a pair's other contacts (constructions, sentences of our own).

An ordinal on a contact noun ("their second call", "the two leaders' second meeting") says the
pair had an earlier contact of that mode; where no sentence names it, the count itself gives it, undated.
Rows are ("AAA-BBB", mode, date or "", status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK, PLAN = "in_person", "phone", "occurred", "planned"


def test_the_second_call_between_two_presidents(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin spoke on 18 March 2025, after their call of 12 February: the second since January.
    text = ("Donald Trump and Vladimir Putin talked by telephone on Tuesday about a ceasefire in Ukraine. "
            "It was the second call between the two presidents since Trump returned to the White House.")
    assert pair_rows(real, make_doc, text, "2025-03-19", "en") == [
        ("RUS-USA", P, "", OK), ("RUS-USA", P, "2025-03-18", OK)]


def test_their_second_conversation_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same two calls told in Spanish, the count with a possessive in the next sentence.
    text = ("Vladímir Putin y Donald Trump conversaron por teléfono el martes durante más de una hora. "
            "El Kremlin la presentó como su segunda llamada desde que el republicano volvió al poder.")
    assert pair_rows(real, make_doc, text, "2025-03-19", "es") == [
        ("RUS-USA", P, "", OK), ("RUS-USA", P, "2025-03-18", OK)]


def test_the_kings_second_call_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Felipe VI and Mohammed VI spoke on 12 March and again on 10 April 2020, during the pandemic.
    text = ("Le roi Felipe VI s'est entretenu vendredi au téléphone avec le roi Mohammed VI de la pandémie. "
            "Les deux monarques en sont à leur deuxième appel depuis la mi-mars.")
    assert pair_rows(real, make_doc, text, "2020-04-11", "fr") == [
        ("ESP-MAR", P, "", OK), ("ESP-MAR", P, "2020-04-10", OK)]


def test_an_arabic_ordinal_after_its_noun(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The 18 March 2025 call again, the ordinal an adjective after the call noun, "between" after it.
    text = ("أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الثلاثاء. "
            "ويعد هذا الاتصال الثاني بين الرئيسين منذ عودة ترامب إلى البيت الأبيض.")
    assert pair_rows(real, make_doc, text, "2025-03-19", "ar") == [
        ("RUS-USA", P, "", OK), ("RUS-USA", P, "2025-03-18", OK)]


def test_a_planned_second_meeting_tells_a_held_first(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Imran Khan met Trump at the White House in July 2019 and was to meet him again in New York that
    # September: the announced meeting is the second, so one was held.
    text = ("Prime Minister Imran Khan will meet President Donald Trump in New York on Monday, their second "
            "meeting since the White House talks.")
    rows = pair_rows(real, make_doc, text, "2019-09-22", "en")
    assert ("PAK-USA", V, "", OK) in rows and [r for r in rows if r[3] == OK] == [("PAK-USA", V, "", OK)]


def test_an_earlier_contact_named_is_the_one_counted(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Xi met at Woodside on 15 November 2023 after Bali in November 2022: the first meeting is
    # named with its month, so the count adds nothing more.
    text = ("Joe Biden and Xi Jinping met in Woodside, California on Wednesday, their second meeting as "
            "presidents. The two leaders had first met in Bali in November 2022.")
    assert pair_rows(real, make_doc, text, "2023-11-16", "en") == [
        ("CHN-USA", V, "2022-11", OK), ("CHN-USA", V, "2023-11-15", OK)]


def test_counts_that_are_not_the_pairs(real: RuleExtractor, make_doc: DocFactory) -> None:
    # After the earthquake of 6 February 2023 Sisi called Assad and Erdogan: "in the second call" counts
    # the day's calls, not the pair's; Scholz's trip of April 2024 was his second to China (a leader's trips
    # are counted, not the pair's meetings); and a second round of talks is one more session of one meeting.
    calls = ("Egyptian President Abdel Fattah al-Sisi made two phone calls on Tuesday, to Syrian President "
             "Bashar al-Assad and to Turkish President Recep Tayyip Erdogan. In the second call, Sisi "
             "offered Erdogan his condolences.")
    assert pair_rows(real, make_doc, calls, "2023-02-08", "en") == [
        ("EGY-SYR", P, "2023-02-07", OK), ("EGY-TUR", P, "2023-02-07", OK)]
    trip = ("Olaf Scholz met Xi Jinping in Beijing on Tuesday, on his second visit to China as "
            "chancellor.")
    assert pair_rows(real, make_doc, trip, "2024-04-17", "en") == [("CHN-DEU", V, "2024-04-16", OK)]
    rounds = ("Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi on Monday, and after lunch the "
              "two presidents sat down for a second round of talks.")
    assert pair_rows(real, make_doc, rounds, "2023-09-05", "en") == [("RUS-TUR", V, "2023-09-04", OK)]


def test_a_second_time_the_same_day_is_one_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin and Trump shook hands twice at the Hamburg G20 on 7 July 2017 before their talks: an adverb
    # "for the second time", no contact noun counted.
    text = ("صافح الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي دونالد ترامب للمرة الثانية خلال اليوم "
            "قبل بدء المحادثات بينهما.")
    rows = pair_rows(real, make_doc, text, "2017-07-08", "ar")
    assert [r for r in rows if r[0] == "RUS-USA"] == [("RUS-USA", V, "2017-07-08", OK)]


def test_a_third_meeting_adds_no_more(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi and Putin met in Bishkek in June 2019, again with Xi at Osaka that month, and in Vladivostok on 4
    # September: only "second" is read (gold sets disagree on what a higher ordinal owes).
    text = ("Vladimir Putin and Narendra Modi held talks in Vladivostok on Wednesday, their third meeting "
            "of the year.")
    assert pair_rows(real, make_doc, text, "2019-09-05", "en") == [("IND-RUS", V, "2019-09-04", OK)]


def test_an_article_inside_a_plural_titles_list(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi met Niger's Issoufou and the Maldives' Solih at the UN General Assembly in September 2019: the
    # article of "the Maldives" broke the list of the plural title, after "and" or after a comma.
    text = ("In New York on Wednesday, Narendra Modi sat down separately with the presidents of Niger and "
            "the Maldives.")
    assert pair_rows(real, make_doc, text, "2019-09-26", "en") == [
        ("IND-MDV", V, "2019-09-25", OK), ("IND-NER", V, "2019-09-25", OK)]
    text = ("In New York on Wednesday, Narendra Modi sat down separately with the presidents of Niger, the "
            "Maldives and Namibia.")
    assert pair_rows(real, make_doc, text, "2019-09-26", "en") == [
        ("IND-MDV", V, "2019-09-25", OK), ("IND-NAM", V, "2019-09-25", OK), ("IND-NER", V, "2019-09-25", OK)]
