"""Eleventh pass: general mechanisms found on the development sets (the fourth held-out set opened), each
tested on a real contact told in our own words."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun

# -- "since" naming the pair's earlier contact -------------------------------------------------------------

# Modi and Xi met in Kazan on 23 October 2024 (BRICS) and in Tianjin on 31 August 2025 (SCO).


def test_since_their_meeting_names_the_earlier_meeting(occurred: OccurredRun) -> None:
    text = ("Narendra Modi held talks with Xi Jinping in Tianjin on Sunday. Both sides praised the calm on "
            "the border since their meeting in Kazan last October.")
    assert occurred(text, "2025-09-01") == [("CHN", "IND", "in_person", "2024-10"),
                                            ("CHN", "IND", "in_person", "2025-08-31")]


# Biden met Xi near San Francisco on 15 November 2023, a year after their talks in Bali (14 November 2022).


def test_a_since_clause_of_the_pair_far_from_the_cue_names_their_earlier_meeting(
        occurred: OccurredRun) -> None:
    text = ("Joe Biden sat down with Xi Jinping on Wednesday at an estate south of the city, the first time "
            "the two had faced each other since they met in Bali a year earlier.")
    assert occurred(text, "2023-11-16") == [("CHN", "USA", "in_person", "2022-11"),
                                            ("CHN", "USA", "in_person", "2023-11-15")]


def test_a_since_clause_with_its_own_leader_is_no_contact_of_the_pair(occurred: OccurredRun) -> None:
    text = "Joe Biden met Xi Jinping on Wednesday, months since Xi met Vladimir Putin in Moscow."
    assert ("CHN", "USA", "in_person", "2023-11-15") in occurred(text, "2023-11-16")
    assert ("CHN", "USA", "in_person", "2023-03") not in occurred(text, "2023-11-16")


# -- seasons and "a year earlier" --------------------------------------------------------------------------

# Scholz met Modi in New Delhi on Saturday 25 February 2023; they had met at the Bali G20 in November 2022.


def test_last_autumn_dates_an_earlier_meeting_to_its_year(occurred: OccurredRun) -> None:
    text = ("Bundeskanzler Olaf Scholz ist am Samstag in Neu-Delhi mit Narendra Modi zusammengetroffen. "
            "Zuletzt hatten sich die beiden Regierungschefs im vergangenen Herbst auf Bali getroffen.")
    assert occurred(text, "2023-02-26", "de") == [("DEU", "IND", "in_person", "2022"),
                                                  ("DEU", "IND", "in_person", "2023-02-25")]


def test_last_autumn_in_french(occurred: OccurredRun) -> None:
    text = ("Olaf Scholz a été reçu samedi à New Delhi par Narendra Modi. Les deux dirigeants s'étaient "
            "rencontrés l'automne dernier à Bali.")
    assert occurred(text, "2023-02-26", "fr") == [("DEU", "IND", "in_person", "2022"),
                                                  ("DEU", "IND", "in_person", "2023-02-25")]


# -- a dateline in capitals ----------------------------------------------------------------------------------


def test_a_city_in_capitals_opening_the_text_names_no_leader(occurred: OccurredRun) -> None:
    # "FRANCISCO" is one of Pope Francis's names, but "SAN FRANCISCO" is the city
    text = "SAN FRANCISCO -- Joe Biden met Xi Jinping on Wednesday at an estate south of the city."
    assert occurred(text, "2023-11-16") == [("CHN", "USA", "in_person", "2023-11-15")]
