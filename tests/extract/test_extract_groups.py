"""Leaders in a group: a multilateral summit they attend and a trip they make together pair nobody."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun

# -- a summit attended by more than three leaders' countries is attendance, not talks ----------------------


def test_a_summit_attended_by_five_presidents_pairs_only_the_two_who_met(occurred: OccurredRun) -> None:
    # Raisi and Putin held a bilateral meeting in Ashgabat on Wednesday 29 June 2022, at the sixth Caspian
    # summit, whose communiqué the presidents of Iran, Russia, Azerbaijan, Kazakhstan and Turkmenistan signed
    lead = "Ebrahim Raisi held talks with Vladimir Putin on Wednesday in Ashgabat. "
    for present in ("the presidents of Iran, Russia, Azerbaijan and Kazakhstan",
                    "Raisi, Putin, Ilham Aliyev and Kassym-Jomart Tokayev"):
        text = lead + f"The Caspian summit's communiqué was signed there in the presence of {present}."
        assert occurred(text, "2022-06-30", "en") == [("IRN", "RUS", "in_person", "2022-06-29")], present


def test_a_persian_summit_with_the_presence_of_presidents_pairs_nobody(occurred: OccurredRun) -> None:
    # the same Caspian summit (Ashgabat, 29 June 2022), as a Persian report would put it: "the summit of the
    # Caspian leaders was held with the presence of the presidents of Iran, Russia, Azerbaijan and Kazakhstan"
    text = "نشست سران خزر امروز با حضور روسای جمهور ایران، روسیه، آذربایجان و قزاقستان در عشق‌آباد برگزار شد."
    assert occurred(text, "2022-06-29", "fa") == []


def test_three_presidents_at_a_summit_still_met(occurred: OccurredRun) -> None:
    # a trilateral stays a meeting of each with each: Putin, Erdoğan and Raisi met in Tehran on 19 July 2022
    text = "The presidents of Russia, Turkey and Iran met in Tehran on Tuesday for a summit on Syria."
    found = occurred(text, "2022-07-20", "en")
    assert [(a, b) for a, b, _, _ in found] == [("IRN", "RUS"), ("IRN", "TUR"), ("RUS", "TUR")]


# -- leaders travelling together met their host, not one another -----------------------------------------


def test_leaders_touring_together_met_only_their_host(occurred: OccurredRun) -> None:
    # Macron, Scholz and Draghi came to Kyiv by train on Thursday 16 June 2022, Iohannis separately; the four
    # toured Irpin before their talks with Zelensky
    for lang, text in [
        ("en", "Emmanuel Macron, Olaf Scholz, Mario Draghi and Klaus Iohannis arrived in Kyiv on Thursday. "
               "Before the meeting at the palace, the four leaders visited Irpin. "
               "In the afternoon the leaders held talks with Volodymyr Zelensky."),
        ("it", "Emmanuel Macron, Olaf Scholz, Mario Draghi e Klaus Iohannis sono arrivati giovedì a Kiev. "
               "Prima dell'incontro al palazzo, i quattro leader hanno visitato Irpin. "
               "Nel pomeriggio i leader hanno avuto un colloquio con Volodymyr Zelensky."),
    ]:
        found = occurred(text, "2022-06-17", lang)
        assert sorted((a, b) for a, b, _, _ in found) == [("DEU", "UKR"), ("FRA", "UKR"), ("ITA", "UKR"),
                                                         ("ROU", "UKR")], (lang, found)


def test_a_group_that_held_talks_met_one_another(occurred: OccurredRun) -> None:
    # the same day, the four held talks together in Kyiv
    text = ("Emmanuel Macron, Olaf Scholz, Mario Draghi and Klaus Iohannis arrived in Kyiv on Thursday. "
            "The four leaders held talks on the way.")
    found = occurred(text, "2022-06-17", "en")
    assert len(found) == 6


# -- leaders listed as the subjects of a meeting with a leader for its object each met that leader --------


def test_subjects_of_a_meeting_with_a_leader_object_met_only_that_leader(occurred: OccurredRun) -> None:
    # Macron, Scholz and Draghi met Zelensky in Kyiv on Thursday 16 June 2022, having travelled together
    for lang, text in [
        ("en", "On Thursday Emmanuel Macron, Olaf Scholz and Mario Draghi met Volodymyr Zelensky in Kyiv."),
        ("it", "Giovedì Emmanuel Macron, Olaf Scholz e Mario Draghi hanno incontrato il presidente ucraino "
               "a Kiev."),
        ("en", "On Thursday Emmanuel Macron and Olaf Scholz met Volodymyr Zelensky in Kyiv."),
    ]:
        found = occurred(text, "2022-06-17", lang)
        assert all("UKR" in (a, b) for a, b, _, _ in found) and len(found) >= 2, (text, found)
    # with no object, the subjects listed met one another (Hamburg, Monday 9 October 2023)
    assert [(a, b) for a, b, _, _ in occurred("On Monday Emmanuel Macron and Olaf Scholz met in Hamburg.",
                                              "2023-10-10")] == [("DEU", "FRA")]


# -- a leader who took part in a contact ('an der auch X teilnahm') joined it --------------------------------


def test_a_german_relative_clause_of_taking_part_joins_the_contact(occurred: OccurredRun) -> None:
    # Merkel held a video conference with Xi Jinping on Wednesday 30 December 2020, with Macron taking part,
    # to conclude the EU-China investment agreement in principle
    text = ("Angela Merkel hielt am Mittwoch eine Videokonferenz mit Xi Jinping ab, an der auch "
            "Emmanuel Macron teilnahm.")
    found = [(a, b) for a, b, _, _ in occurred(text, "2020-12-31", "de")]
    assert ("CHN", "DEU") in found and ("CHN", "FRA") in found, found


# -- a joint act is a meeting for two subjects, a ceremony for more ----------------------------------------


def test_a_joint_act_of_four_leaders_is_a_ceremony_of_two_a_meeting(occurred: OccurredRun) -> None:
    # Putin and Erdoğan inaugurated the TurkStream pipeline in Istanbul on Wednesday 8 January 2020, with
    # Vučić and Borisov at the ceremony
    act = " inaugurated the TurkStream pipeline in Istanbul on Wednesday."
    two = "Vladimir Putin and Recep Tayyip Erdogan" + act
    assert occurred(two, "2020-01-09") == [("RUS", "TUR", "in_person", "2020-01-08")]
    four = "Vladimir Putin, Recep Tayyip Erdogan, Aleksandar Vucic and Boyko Borisov" + act
    assert occurred(four, "2020-01-09") == []


# -- a subjectless clause after a subordinator is the main subject's ---------------------------------------


def test_talks_after_a_subordinator_are_the_main_subjects_not_the_objects(occurred: OccurredRun) -> None:
    # Ramaphosa, leading an African peace mission, met Putin near St Petersburg on Saturday 17 June 2023,
    # after talks with Zelensky in Kyiv the day before; Putin and Zelensky did not meet
    text = ("Cyril Ramaphosa met Vladimir Putin in St Petersburg on Saturday after holding talks with "
            "Volodymyr Zelensky in Kyiv.")
    found = sorted((a, b) for a, b, _, _ in occurred(text, "2023-06-18"))
    assert found == [("RUS", "ZAF"), ("UKR", "ZAF")], found


# -- Russian 'побеседовал' (had a talk) is a conversation ------------------------------------------------


def test_russian_had_a_talk_is_a_contact(occurred: OccurredRun) -> None:
    # Putin phoned Middle Eastern leaders on Monday 16 October 2023, among them Raisi
    text = "В понедельник Путин побеседовал с Раиси."
    assert [(a, b, d) for a, b, _, d in occurred(text, "2023-10-17", "ru")] == [("IRN", "RUS", "2023-10-16")]
