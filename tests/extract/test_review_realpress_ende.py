"""Real-press review, English and German: the constructions agency and newspaper pages showed, in our words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, VID, OK, PLAN = "in_person", "phone", "video", "occurred", "planned"


def test_german_present_reflexive_is_a_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "treffen sich", "trifft sich", "beraten sich": the present's reflexive phrase hid the verb's cue, so the
    # sentence gave nothing (Scholz lunched with Macron in Paris on Wednesday 26 October 2022). On the day it
    # is the meeting told; two days before, a plan.
    text = "Macron und Scholz treffen sich am Mittwoch in Paris zu einem Mittagessen."
    assert pair_rows(real, make_doc, text, "2022-10-26", "de") == [("DEU-FRA", V, "2022-10-26", OK)]
    assert pair_rows(real, make_doc, text, "2022-10-24", "de") == [("DEU-FRA", V, "2022-10-26", PLAN)]
    text = "Am Mittwoch trifft sich Scholz in Paris mit Macron."
    assert pair_rows(real, make_doc, text, "2022-10-26", "de") == [("DEU-FRA", V, "2022-10-26", OK)]
    text = "Scholz und Macron beraten sich am Mittwoch in Paris über die Energiepreise."
    assert pair_rows(real, make_doc, text, "2022-10-26", "de") == [("DEU-FRA", V, "2022-10-26", OK)]


def test_a_future_verb_after_the_pair_between(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The Kremlin announced on 17 March 2025 the Putin-Trump call of the next day. The pair after "between"
    # (titles and full names) put the clause's "will" beyond the words a marker after the cue may stand from
    # it: the call was read as held, on the Tuesday before.
    text = ("A phone call between Russian President Vladimir Putin and US President Donald Trump will be "
            "held on Tuesday, the Kremlin said.")
    assert pair_rows(real, make_doc, text, "2025-03-17", "en") == [("RUS-USA", P, "2025-03-18", PLAN)]
    text = ("Ein Telefonat zwischen Kremlchef Wladimir Putin und US-Präsident Donald Trump wird am Dienstag "
            "stattfinden.")
    assert pair_rows(real, make_doc, text, "2025-03-17", "de") == [("RUS-USA", P, "2025-03-18", PLAN)]
    # the past stays past
    text = ("A phone call between Russian President Vladimir Putin and US President Donald Trump was held on "
            "Tuesday, the Kremlin said.")
    assert pair_rows(real, make_doc, text, "2025-03-17", "en") == [("RUS-USA", P, "2025-03-11", OK)]


def test_arranging_a_call_is_a_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    # In January 2025 the Kremlin said no call with the new US president had been set up yet.
    text = ("Aides have not yet begun to arrange a telephone conversation between Putin and Trump, the "
            "Kremlin said.")
    assert pair_rows(real, make_doc, text, "2025-01-21", "en") == [("RUS-USA", P, "2025-01-21", PLAN)]


def test_an_elect_leader_without_a_day_is_nobody(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz called Trump on 7 November 2024, before Trump took office. With no publication day the office
    # check read Trump as president (he is one now); the word "elect" says he held no office then.
    text = "Chancellor Olaf Scholz congratulated President-elect Donald Trump in a phone call."
    assert pair_rows(real, make_doc, text, "", "en") == []
    assert pair_rows(real, make_doc, text, "2024-11-08", "en") == []
    text = "Chancellor Olaf Scholz spoke with President Donald Trump in a phone call."
    assert pair_rows(real, make_doc, text, "", "en") == [("DEU-USA", P, "", OK)]


def test_an_invitation_made_in_a_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merz invited Trump to Germany in their first call, on Thursday 8 May 2025: the invitation plans a visit,
    # the call it was made in was held.
    text = "During their first phone call on Thursday, Merz invited Trump to visit Germany."
    assert pair_rows(real, make_doc, text, "2025-05-10", "en") == [("DEU-USA", P, "2025-05-08", OK)]
    text = "Kanzler Merz lud US-Präsident Trump am Donnerstag in ihrem ersten Telefonat nach Deutschland ein."
    assert pair_rows(real, make_doc, text, "2025-05-10", "de") == [("DEU-USA", P, "2025-05-08", OK)]
    # an invitation to a contact is still a plan of it
    text = "Merz hat Trump zu einem Besuch nach Berlin eingeladen."
    assert pair_rows(real, make_doc, text, "2025-05-10", "de") == [("DEU-USA", V, "2025-05-10", PLAN)]
    text = "Merz invited Trump to a video conference on Ukraine."
    assert pair_rows(real, make_doc, text, "2025-05-10", "en") == [("DEU-USA", VID, "2025-05-10", PLAN)]


def test_a_planned_first_contact_since_names_the_last_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A preview's "their first call since February 12" states the pair's last call, held (Putin and Trump
    # spoke on 12 February and on 18 March 2025; Obama hosted Manmohan Singh in November 2009 and met him at
    # the Nuclear Security Summit on Sunday 11 April 2010).
    text = "Trump will speak with Putin on Tuesday, in their first call since February 12."
    assert pair_rows(real, make_doc, text, "2025-03-17", "en") == [
        ("RUS-USA", P, "2025-02-12", OK), ("RUS-USA", P, "2025-03-18", PLAN)]
    text = "Obama will meet Manmohan Singh on Sunday, their first meeting since November 2009."
    assert pair_rows(real, make_doc, text, "2010-04-07", "en") == [
        ("IND-USA", V, "2009-11", OK), ("IND-USA", V, "2010-04-11", PLAN)]
    # without "first" the plan names no earlier contact
    text = "Trump will speak with Putin on Tuesday."
    assert pair_rows(real, make_doc, text, "2025-03-17", "en") == [("RUS-USA", P, "2025-03-18", PLAN)]


def test_the_first_to_meet_did_meet(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "the first foreign leader to meet Trump": the infinitive ranks a meeting held, as a trip's purpose does
    # (Theresa May at the White House on 27 January 2017; Karl Nehammer in Moscow on Monday 11 April 2022).
    # Before, "to meet" and "to visit" were plan words only and the sentence gave nothing.
    text = "Theresa May on Friday became the first foreign visitor to hold talks with President Trump."
    assert pair_rows(real, make_doc, text, "2017-01-27", "en") == [("GBR-USA", V, "2017-01-27", OK)]
    text = "Nehammer on Monday became the first Western leader to meet Putin since the invasion."
    assert pair_rows(real, make_doc, text, "2022-04-12", "en") == [("AUT-RUS", V, "2022-04-11", OK)]
    text = "Theresa May, Britain's prime minister, was the first to visit Trump after his inauguration."
    assert pair_rows(real, make_doc, text, "2017-01-27", "en") == [("GBR-USA", V, "2017-01-27", OK)]
    # a plan elsewhere in the sentence keeps it a plan: no meeting held
    text = "Theresa May will be the first foreign leader to meet Trump."
    assert pair_rows(real, make_doc, text, "2017-01-26", "en") == []


def test_a_future_auxiliary_before_a_list_of_people(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The German future's auxiliary stands second, its infinitive last, a list of people between: "wird ...
    # X, Y und Z treffen" (Mattarella's state visit to Austria of 1-2 July 2019, announced in June, with a
    # meeting with Chancellor Bierlein). The list's commas hid the auxiliary from the verb: a meeting held.
    text = ("Mattarella wird am ersten Tag zudem Bundeskanzlerin Bierlein, Parlamentspräsident Sobotka und "
            "Bürgermeister Ludwig treffen.")
    assert pair_rows(real, make_doc, text, "2019-06-25", "de") == [("AUT-ITA", V, "2019-06-25", PLAN)]
    text = ("Mattarella hat am ersten Tag zudem Bundeskanzlerin Bierlein, Parlamentspräsident Sobotka und "
            "Bürgermeister Ludwig getroffen.")
    assert pair_rows(real, make_doc, text, "2019-07-02", "de") == [("AUT-ITA", V, "2019-07-02", OK)]


def test_german_pronoun_after_a_trip_names_its_traveller(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merz went to Paris and Warsaw on Wednesday 7 May 2025 and met Macron and Tusk there. A bare surname in
    # a sentence with a travel word and no contact word was not kept (German capitalizes every noun, so a bare
    # surname needs a verb beside it), and so "er" had no one to stand for; a bare surname right after the
    # verb of a pronoun subject ("Er traf Macron") was not kept either; and "den polnischen
    # Ministerpräsidenten" (the weak noun's oblique) was no title.
    text = "Merz reiste am Mittwoch nach Paris. Er traf Macron."
    assert pair_rows(real, make_doc, text, "2025-05-09", "de") == [("DEU-FRA", V, "2025-05-07", OK)]
    text = ("Merz war am Mittwoch nach Paris und Warschau gereist. Dort traf er Präsident Emmanuel Macron "
            "und den polnischen Ministerpräsidenten Donald Tusk.")
    assert pair_rows(real, make_doc, text, "2025-05-09", "de") == [
        ("DEU-FRA", V, "2025-05-07", OK), ("DEU-POL", V, "2025-05-07", OK)]
    text = "Merz traf am Mittwoch den polnischen Ministerpräsidenten in Warschau."
    assert pair_rows(real, make_doc, text, "2025-05-09", "de") == [("DEU-POL", V, "2025-05-07", OK)]
    # a bare surname with no verb beside it still names no one
    text = "Merz reiste am Mittwoch nach Paris. Dort sprach er über Macron."
    assert pair_rows(real, make_doc, text, "2025-05-09", "de") == []
