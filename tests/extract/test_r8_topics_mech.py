"""Round eight, how topics are read (r8-tmech), in sentences we wrote about real contacts.

The report's own contact reads the two sentences after each of its own as its own (the lead's "They
discussed ..."), and a talk word farther on counts once; no contact is given bilateral_relations without a
word for it; at a summit multilateral diplomacy needs more than the summit's own name; calls in a report
whose lead speaks only of a courtesy (congratulations on an election, holiday greetings) are ceremonial.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import only_topics, topics_by_pair

# -- the lead's next sentences are about the report's own contact, whatever their wording --------------

NEXT_SENTENCE = [
    ("en", "Modi met Starmer in London on Thursday. Both sides want to double their trade within a decade.",
     "trade_economy"),
    ("en", "Erdoğan received Zelensky in Ankara on Tuesday. Grain shipments across the Black Sea were the "
           "main item.", "food_agriculture"),
    ("en", "Meloni hosted Merz in Rome on Friday. Her government is seeking a common line on migration.",
     "migration_refugees"),
    ("en", "Macron and Lula met in Belém on Wednesday. Deforestation and climate change dominated the day.",
     "climate_environment"),
    ("fr", "Emmanuel Macron a reçu Friedrich Merz à l'Élysée lundi. Les deux dirigeants veulent relancer le "
           "nucléaire civil et les réseaux électriques.", "energy"),
    ("fr", "Macron s'est entretenu avec Meloni à Rome mardi. L'Italie attend de la France un geste sur "
           "l'immigration.", "migration_refugees"),
    ("de", "Merz traf Macron am Montag in Paris. Die Rüstungsindustrie beider Länder soll enger "
           "zusammenarbeiten.", "security_defense"),
    ("es", "Pedro Sánchez recibió a Lula en Madrid el martes. El acuerdo comercial entre la UE y Mercosur "
           "ocupó buena parte de la jornada.", "trade_economy"),
    ("ru", "Путин встретился с Эрдоганом в Сочи в понедельник. Поставки газа в Турцию остаются главной "
           "темой для обеих стран.", "energy"),
]


@pytest.mark.parametrize(("lang", "text", "code"), NEXT_SENTENCE)
def test_a_sentence_right_after_the_reports_contact_gives_its_topic(real: RuleExtractor, lang: str,
                                                                     text: str, code: str) -> None:
    assert code in only_topics(real, text, "2025-06-20", lang)


def test_two_sentences_on_still_count_for_the_reports_contact(real: RuleExtractor) -> None:
    text = ("Erdoğan received Zelensky in Ankara on Tuesday. The visit lasted four hours. "
            "A prisoner exchange and a ceasefire in the Black Sea were on the table.")
    assert "conflict_ceasefire" in only_topics(real, text, "2025-06-20")


FAR_TALK = [
    ("en", "Modi met Starmer in London on Thursday. The visit was his first since the election. "
           "Crowds gathered outside. Police closed two streets. Modi also met business leaders about "
           "investment."),
    ("fr", "Macron a reçu Merz à l'Élysée lundi. Il faisait beau à Paris. Les journalistes attendaient. "
           "La soirée fut longue. Merz a aussi rencontré des patrons pour parler d'investissement."),
]


@pytest.mark.parametrize(("lang", "text"), FAR_TALK)
def test_a_talk_word_far_from_the_contact_counts_once(real: RuleExtractor, lang: str, text: str) -> None:
    assert "investment" not in only_topics(real, text, "2025-06-20", lang)


def test_a_keyword_in_the_reports_own_sentence_still_counts(real: RuleExtractor) -> None:
    text = ("Meloni met Sánchez in Rome on Monday to discuss energy. Reporters waited outside. "
            "The afternoon was hot. Both left by car.")
    assert "energy" in only_topics(real, text, "2025-06-20")


# -- bilateral_relations only from its own words -------------------------------------------------------

NO_RELATIONS_WORD = [
    ("en", "Erdoğan received Sánchez in Ankara on Monday for talks on trade and energy."),
    ("en", "Starmer met Macron at the Élysée on Friday to discuss migration across the Channel."),
    ("fr", "Macron a reçu Meloni à l'Élysée vendredi pour parler d'immigration."),
    ("de", "Merz traf Tusk am Dienstag in Warschau, um über Migration zu sprechen."),
]


@pytest.mark.parametrize(("lang", "text"), NO_RELATIONS_WORD)
def test_a_meeting_is_not_about_relations_without_a_word_for_them(real: RuleExtractor, lang: str,
                                                                  text: str) -> None:
    topics = only_topics(real, text, "2025-06-20", lang)
    assert topics and "bilateral_relations" not in topics


def test_a_word_for_relations_still_gives_them(real: RuleExtractor) -> None:
    text = "Erdoğan received Sánchez in Ankara on Monday to strengthen bilateral relations."
    assert "bilateral_relations" in only_topics(real, text, "2025-06-20")


# -- at a summit, the summit's name is not multilateral diplomacy ---------------------------------------

def test_the_summit_a_meeting_was_held_at_is_not_its_topic(real: RuleExtractor) -> None:
    text = ("Modi met Starmer on the sidelines of the G20 summit in Johannesburg on Saturday. "
            "The G20 leaders adopted a declaration on debt at the end of the summit.")
    topics = only_topics(real, text, "2025-11-22")
    assert "multilateral_diplomacy" not in topics


# -- courtesy calls -------------------------------------------------------------------------------------

def test_calls_in_a_report_of_congratulations_are_ceremonial(real: RuleExtractor) -> None:
    title = "Leaders congratulate Merz on his election as chancellor"
    text = ("Friedrich Merz received congratulations from abroad on Wednesday after his election as "
            "chancellor. Messages came from across Europe. "
            "He spoke by phone with Macron in the afternoon. "
            "In the evening he spoke by phone with Meloni.")
    topics = topics_by_pair(real, text, "2025-05-07", title=title)
    assert topics[frozenset(("DEU", "FRA"))] and topics[frozenset(("DEU", "ITA"))]
    assert all("ceremonial" in t for t in topics.values())


def test_calls_after_a_lead_about_congratulations_without_a_headline(real: RuleExtractor) -> None:
    text = ("President Lula thanked foreign leaders for their congratulations on his election victory. "
            "On Monday he spoke by phone with Pedro Sánchez. He later spoke by phone with Macron.")
    topics = topics_by_pair(real, text, "2022-11-01")
    assert topics and all("ceremonial" in t for t in topics.values())


def test_calls_in_a_report_whose_lead_speaks_of_a_war_are_not_courtesies(real: RuleExtractor) -> None:
    title = "Macron offers condolences to Zelensky over the missile strike on Kyiv"
    text = ("Macron expressed his condolences to Zelensky on Tuesday after a missile strike on Kyiv killed "
            "twenty civilians. The war must end, he said. "
            "Later Macron spoke by phone with Erdoğan about a ceasefire.")
    topics = topics_by_pair(real, text, "2025-06-17", title=title)
    assert "ceremonial" not in topics.get(frozenset(("FRA", "TUR")), ())
