"""A clause with no subject of its own (an infinitive, a bare "and then with") is the main subject's."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun


def test_an_infinitive_clause_after_a_passive_is_the_main_subjects(occurred: OccurredRun) -> None:
    # Scholz was received by Xi Jinping in Beijing on Friday 4 November 2022, then held talks with Premier
    # Li Keqiang the same day
    text = ("Olaf Scholz a été reçu vendredi à Pékin par le président Xi Jinping, avant de poursuivre les "
            "entretiens avec le Premier ministre Li Keqiang.")
    assert occurred(text, "2022-11-04", "fr") == [("CHN", "DEU", "in_person", "2022-11-04")] * 2


def test_and_then_with_carries_the_main_meeting_to_another_partner(occurred: OccurredRun) -> None:
    # Lula met Premier Li Qiang and then President Xi Jinping in Beijing on Friday 14 April 2023
    text = ("O presidente Luiz Inácio Lula da Silva reuniu-se nesta sexta-feira em Pequim com o "
            "primeiro-ministro Li Qiang, e depois com o presidente Xi Jinping.")
    assert occurred(text, "2023-04-14", "pt") == [("BRA", "CHN", "in_person", "2023-04-14")] * 2



# -- "his counterpart" or "his guest" right after the host's name is another person -----------------------


def test_a_counterpart_right_after_the_hosts_name_is_the_guest(occurred: OccurredRun) -> None:
    # Sisi received Macron in Cairo on Sunday 6 April 2025 and took him to Khan el-Khalili that evening
    text = "استقبل الرئيس السيسي نظيره الفرنسي أمس في القاهرة."
    assert occurred(text, "2025-04-07", "ar") == [("EGY", "FRA", "in_person", "2025-04-06")]


def test_the_host_taking_his_guest_somewhere_is_a_meeting_of_the_two(occurred: OccurredRun) -> None:
    # Xi's state visit to France: Macron received him at the Elysée on Monday 6 May 2024 and took him to the
    # Col du Tourmalet on Tuesday 7 May
    text = ("Emmanuel Macron a reçu Xi Jinping lundi à l'Elysée. Mardi, Emmanuel Macron a emmené son hôte au "
            "col du Tourmalet.")
    assert occurred(text, "2024-05-07", "fr") == [("CHN", "FRA", "in_person", "2024-05-06"),
                                                  ("CHN", "FRA", "in_person", "2024-05-07")]


# -- a third leader who received "the two leaders" met each of them ---------------------------------------


def test_a_host_who_received_the_two_leaders_met_each(occurred: OccurredRun) -> None:
    # the Normandy-format summit in Paris, Monday 9 December 2019: Putin and Zelensky met for the first time,
    # received by Macron at the Elysée
    text = ("Vladimir Putin y Volodymyr Zelensky se reunieron por primera vez este lunes en París. Emmanuel "
            "Macron, quien recibió a los dos mandatarios en el Elíseo, calificó de útil el encuentro.")
    assert occurred(text, "2019-12-10", "es") == [("FRA", "RUS", "in_person", "2019-12-09"),
                                                  ("FRA", "UKR", "in_person", "2019-12-09"),
                                                  ("RUS", "UKR", "in_person", "2019-12-09")]


def test_a_talk_noun_right_after_a_subordinator_is_the_main_subjects(occurred: OccurredRun) -> None:
    # Modi arrived in Paris on Thursday 13 July 2023, met Prime Minister Borne, then dined with Macron
    text = ("Narendra Modi a été reçu jeudi soir par Emmanuel Macron pour un dîner à l'Elysée, après un "
            "entretien avec la Première ministre Elisabeth Borne.")
    assert occurred(text, "2023-07-14", "fr") == [("FRA", "IND", "in_person", "2023-07-13")] * 2


# -- "with X and his counterpart Y signing": two subjects of a joint act, a possessive between ------------


def test_two_leaders_signing_in_an_absolute_clause_met(occurred: OccurredRun) -> None:
    # Starmer and Modi signed the UK-India trade agreement at Chequers on Thursday 24 July 2025
    text = ("India and Britain put their names to a free trade agreement on Thursday after three years of "
            "stop-start bargaining between officials of both governments, with Narendra Modi and his British "
            "counterpart Keir Starmer sealing the deal.")
    assert occurred(text, "2025-07-25", "en") == [("GBR", "IND", "in_person", "2025-07-24")]


# -- a verb before its subject and its object: German verb-second -------------------------------------------


def test_a_verb_second_clause_pairs_its_subject_with_its_object(occurred: OccurredRun) -> None:
    # Putin's visit to Vienna on Tuesday 5 June 2018: the federal president received him, then he met Kurz
    text = ("Wladimir Putin kam am Dienstag nach Wien. Alexander Van der Bellen empfing den Gast aus Moskau "
            "am Vormittag, danach traf Putin Bundeskanzler Sebastian Kurz.")
    assert occurred(text, "2018-06-06", "de") == [("AUT", "RUS", "in_person", "2018-06-05")] * 2
