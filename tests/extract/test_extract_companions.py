"""Leaders travelling together: a bare "the three" is the group, and those named after "together with" a visit
word are its subject's fellow travellers: one joint visit, whose travellers met one another and the host
(round fifteen's reading; before it they met only the host)."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun

# Macron, Scholz and Draghi came to Kyiv together by night train and met Zelensky on Thursday 16 June 2022.
KYIV = [("DEU", "UKR", "in_person", "2022-06-16"), ("FRA", "UKR", "in_person", "2022-06-16"),
        ("ITA", "UKR", "in_person", "2022-06-16")]


def test_a_bare_the_three_before_its_cue_is_the_group(occurred: OccurredRun) -> None:
    text = ("Emmanuel Macron, Olaf Scholz e Mario Draghi sono arrivati giovedì a Kiev in treno. I tre sono "
            "stati ricevuti da Volodymyr Zelensky.")
    assert occurred(text, "2022-06-16", "it") == KYIV


# the three travellers met one another on the joint visit of Thursday 16 June 2022
FELLOWS = [("DEU", "FRA", "in_person", "2022-06-16"), ("DEU", "ITA", "in_person", "2022-06-16"),
           ("FRA", "ITA", "in_person", "2022-06-16")]


def test_leaders_together_with_a_visitor_met_him(occurred: OccurredRun) -> None:
    # Macron had last been in Kyiv on 8 February 2022, four months before
    for lang, text in [
        ("en", "Emmanuel Macron returned to Kyiv on Thursday, four months after his last visit, this time "
               "together with Olaf Scholz and Mario Draghi."),
        ("it", "Emmanuel Macron è tornato giovedì a Kiev, a quattro mesi dalla sua ultima visita, questa "
               "volta insieme a Olaf Scholz e Mario Draghi."),
    ]:
        assert occurred(text, "2022-06-16", lang) == FELLOWS, text


# -- "the delegation included X, Y and Z" names the heads of state a leader met ---------------------------


def test_a_delegations_members_listed_next_each_met_the_leader(occurred: OccurredRun) -> None:
    # Putin received the African peace mission at the Konstantinovsky Palace on Saturday 17 June 2023
    text = ("Vladimir Putin met the heads of state of an African peace mission near St Petersburg on "
            "Saturday. The delegation included Cyril Ramaphosa, Macky Sall and Hakainde Hichilema.")
    assert occurred(text, "2023-06-18", "en") == [("RUS", "SEN", "in_person", "2023-06-17"),
                                                  ("RUS", "ZAF", "in_person", "2023-06-17"),
                                                  ("RUS", "ZMB", "in_person", "2023-06-17")]


# -- "the visit of X" with no host named is a description of X's trip, no new contact ---------------------


def test_a_visit_owned_by_one_leader_is_no_contact_of_its_own(occurred: OccurredRun) -> None:
    # the leaders boarded the night train to Kyiv in Poland on the evening of Wednesday 15 June 2022
    text = ("Emmanuel Macron, Olaf Scholz y Mario Draghi se reunieron este jueves en Kiev con Volodymyr "
            "Zelensky. La visita de Scholz comenzó el miércoles por la noche, en un tren nocturno desde "
            "Polonia.")
    assert occurred(text, "2022-06-16", "es") == KYIV


def test_companions_of_a_trip_told_with_a_verb_no_lexicon_lists(occurred: OccurredRun) -> None:
    text = ("Emmanuel Macron viajó el jueves a Kiev junto a Olaf Scholz y Mario Draghi para reunirse con "
            "Volodymyr Zelensky.")
    assert occurred(text, "2022-06-16", "es") == sorted(KYIV + FELLOWS)
