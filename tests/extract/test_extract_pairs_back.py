"""Earlier contacts a report names by the pair alone, and lists read to their end, in sentences we wrote.

Each sentence is about real contacts (dates checked against the leaders' public record); the mechanisms
are general: "their" or "the two" standing for the pair, a "when" clause dated by the date before it, a
list of leaders reaching the verb at its end, and a phrase of another language hiding none of the text's.
"""

from __future__ import annotations

from collections.abc import Callable

OccurredRun = Callable[..., list[tuple[str, str, str, str | None]]]


# -- a list of leaders reaches the verb after its last name -------------------------------------------------
# On Sunday 22 October 2023 Joe Biden held a call on the Middle East with, among others, Olaf Scholz,
# Emmanuel Macron and Giorgia Meloni.

def test_a_list_of_partners_reaches_the_verb_at_its_end(occurred: OccurredRun) -> None:
    text = ("Am Sonntag hat US-Präsident Joe Biden unter anderem mit Bundeskanzler Olaf Scholz, "
            "Präsident Emmanuel Macron und Ministerpräsidentin Giorgia Meloni über die Lage im Nahen Osten "
            "telefoniert.")
    found = occurred(text, "2023-10-22", "de")
    for pair in (("DEU", "USA"), ("FRA", "USA"), ("ITA", "USA")):
        assert (*pair, "phone", "2023-10-22") in found, pair


# -- "their" before a contact noun is the pair ----------------------------------------------------------
# Biden and Xi met at Filoli, near San Francisco, on 15 November 2023; their first call as presidents was on
# 10 February 2021. Macron received Meloni at the Elysee on 20 June 2023; they had first met in Rome on
# 23 October 2022, the evening after she took office.

def test_their_first_call_is_the_pairs_earlier_contact(occurred: OccurredRun) -> None:
    text = ("Joe Biden met Xi Jinping at a California estate on Wednesday. Their first phone call as "
            "presidents was on 10 February 2021.")
    found = occurred(text, "2023-11-15")
    assert ("CHN", "USA", "in_person", "2023-11-15") in found
    assert ("CHN", "USA", "phone", "2021-02-10") in found


def test_leur_premiere_rencontre_is_the_pairs_earlier_meeting(occurred: OccurredRun) -> None:
    text = ("Emmanuel Macron a reçu mardi Giorgia Meloni à l'Élysée. Leur première rencontre remontait au "
            "23 octobre 2022, à Rome.")
    found = occurred(text, "2023-06-20", "fr")
    assert ("FRA", "ITA", "in_person", "2023-06-20") in found
    assert ("FRA", "ITA", "in_person", "2022-10-23") in found


def test_their_with_no_contact_noun_is_no_pair(occurred: OccurredRun) -> None:
    # "their" owns the countries' trade here, not a contact: nothing more than the meeting itself
    text = ("Joe Biden met Xi Jinping at a California estate on Wednesday. Their countries traded goods "
            "worth hundreds of billions of dollars in 2022.")
    assert occurred(text, "2023-11-15") == [("CHN", "USA", "in_person", "2023-11-15")]


# -- "between the two" after a contact noun is the pair ------------------------------------------------------
# Biden and Xi held a virtual summit on Monday 15 November 2021; they had spoken by phone on 9 September.

def test_la_conversacion_entre_ambos_is_the_pair(occurred: OccurredRun) -> None:
    text = ("Joe Biden y Xi Jinping se reunieron el lunes por videoconferencia. La anterior conversación "
            "entre ambos fue una llamada telefónica en septiembre.")
    found = occurred(text, "2021-11-16", "es")
    assert ("CHN", "USA", "video", "2021-11-15") in found
    assert ("CHN", "USA", "phone", "2021-09") in found


# -- "the two" opening a clause whose last word is the cue ---------------------------------------------------
# Biden received Scholz at the White House on Friday 3 March 2023; they had met there on 7 February 2022.

def test_die_beiden_with_the_participle_at_the_clause_end(occurred: OccurredRun) -> None:
    text = ("Bundeskanzler Olaf Scholz ist am Freitag im Weißen Haus von Präsident Joe Biden empfangen "
            "worden. Die beiden hatten sich schon im Februar 2022 in Washington getroffen.")
    found = occurred(text, "2023-03-03", "de")
    assert ("DEU", "USA", "in_person", "2023-03-03") in found
    assert ("DEU", "USA", "in_person", "2022-02") in found


def test_the_two_countries_opening_a_clause_are_no_pair(occurred: OccurredRun) -> None:
    text = ("Bundeskanzler Olaf Scholz ist am Freitag im Weißen Haus von Präsident Joe Biden empfangen "
            "worden. Die beiden Länder hatten im Februar 2022 ein Abkommen unterzeichnet.")
    assert occurred(text, "2023-03-03", "de") == [("DEU", "USA", "in_person", "2023-03-03")]


# -- a "when" clause right after a date happened on that date ------------------------------------------------
# Biden and Xi spoke by phone on Thursday 28 July 2022; they had held a video call on 18 March 2022.

def test_a_when_clause_takes_the_date_before_it(occurred: OccurredRun) -> None:
    text = ("Joe Biden spoke with Xi Jinping by phone on Thursday. The call followed talks in March, when "
            "Biden and Xi held a video call on the war in Ukraine.")
    found = occurred(text, "2022-07-28")
    assert ("CHN", "USA", "phone", "2022-07-28") in found
    assert ("CHN", "USA", "video", "2022-03") in found


def test_cuando_clause_in_spanish(occurred: OccurredRun) -> None:
    text = ("Joe Biden habló por teléfono el jueves con Xi Jinping. Ya habían conversado en marzo, cuando "
            "ambos mandatarios celebraron una videoconferencia sobre la guerra en Ucrania.")
    found = occurred(text, "2022-07-28", "es")
    assert ("CHN", "USA", "video", "2022-03") in found


# -- a joint act of two listed leaders is a meeting ------------------------------------------------------
# At Woodside on Wednesday 15 November 2023 Biden and Xi agreed to resume military-to-military talks and to
# curb fentanyl; Putin and Erdogan launched the TurkStream pipeline together in Istanbul on 8 January 2020.

def test_two_listed_leaders_striking_a_deal_met(occurred: OccurredRun) -> None:
    text = "Joe Biden and Xi Jinping struck an agreement on Wednesday to resume military talks."
    assert occurred(text, "2023-11-16") == [("CHN", "USA", "in_person", "2023-11-15")]


def test_he_and_a_leader_sealing_a_deal_met(occurred: OccurredRun) -> None:
    text = ("Joe Biden flew to California on Tuesday. On Wednesday he and Xi Jinping sealed an agreement on "
            "curbing fentanyl.")
    assert occurred(text, "2023-11-16") == [("CHN", "USA", "in_person", "2023-11-15")]


def test_zapustili_in_russian(occurred: OccurredRun) -> None:
    text = "Владимир Путин и Реджеп Тайип Эрдоган в среду запустили газопровод «Турецкий поток» в Стамбуле."
    assert occurred(text, "2020-01-08", "ru") == [("RUS", "TUR", "in_person", "2020-01-08")]


def test_an_act_of_one_leader_is_no_meeting(occurred: OccurredRun) -> None:
    # Scholz opened the Hanover trade fair on Sunday 16 April 2023; Biden is only named, not a subject
    text = "Olaf Scholz opened the Hanover trade fair on Sunday, days after Joe Biden's trip to Ireland."
    assert occurred(text, "2023-04-16") == []


# -- "his guest", "son hôte", "den Gast" is the other leader, as "him" is -----------------------------------
# Zelensky came to Berlin on Sunday 14 May 2023 and was received by Steinmeier at Bellevue Palace; Xi
# Jinping arrived in Paris on Sunday 5 May 2024 and was received by Macron at the Elysee the next day.

def test_the_guest_is_the_visiting_leader(occurred: OccurredRun) -> None:
    text = ("Volodymyr Zelensky arrived in Berlin on Sunday. President Frank-Walter Steinmeier received his "
            "guest at Bellevue Palace.")
    assert occurred(text, "2023-05-14") == [("DEU", "UKR", "in_person", "2023-05-14")]


def test_son_hote_in_french(occurred: OccurredRun) -> None:
    text = "Xi Jinping est arrivé dimanche à Paris. Emmanuel Macron a reçu son hôte lundi à l'Élysée."
    assert occurred(text, "2024-05-06", "fr") == [("CHN", "FRA", "in_person", "2024-05-06")]


# -- a greeting is a meeting; a "when" clause after the cue dates it -------------------------------------
# Biden greeted Zelensky at the White House on Thursday 21 September 2023.

def test_greeted_with_the_day_in_a_when_clause(occurred: OccurredRun) -> None:
    text = ("Joe Biden greeted Volodymyr Zelensky at the White House when the Ukrainian leader arrived on "
            "Thursday.")
    assert occurred(text, "2023-09-22") == [("UKR", "USA", "in_person", "2023-09-21")]


# -- a text reads its own language's date words (and English ones), not another's ---------------------------
# Starmer and Modi met on the sidelines of the G20 summit in Rio de Janeiro on 18 November 2024.

def test_rio_de_janeiro_is_no_january_in_english(occurred: OccurredRun) -> None:
    text = "Keir Starmer met Narendra Modi at the G20 summit in Rio de Janeiro last November."
    assert occurred(text, "2025-07-24") == [("GBR", "IND", "in_person", "2024-11")]


# -- a relative clause on the pair names an earlier contact in passing --------------------------------------
# Biden and Xi met near San Francisco on 15 November 2023; they had first met as presidents in Bali on
# 14 November 2022.

def test_the_two_leaders_who_first_met(occurred: OccurredRun) -> None:
    text = ("Joe Biden received Xi Jinping near San Francisco on Wednesday. The talks were the second in "
            "person between the two leaders, who first met as presidents in Bali in November 2022.")
    found = occurred(text, "2023-11-16")
    assert ("CHN", "USA", "in_person", "2023-11-15") in found
    assert ("CHN", "USA", "in_person", "2022-11") in found


# -- after a titled name, a country and a title open the next person -----------------------------------------
# Macron received Scholz at the Elysee on Sunday 22 January 2023, the Elysee Treaty's sixtieth anniversary.

def test_a_demonym_and_title_after_a_titled_name_are_the_next_person(occurred: OccurredRun) -> None:
    text = "Am Sonntag empfing Präsident Emmanuel Macron den deutschen Regierungschef im Élysée-Palast."
    assert occurred(text, "2023-01-22", "de") == [("DEU", "FRA", "in_person", "2023-01-22")]


# -- Spanish "se entrevistó con" is a meeting (not "una entrevista", an interview) ---------------------------
# Pedro Sánchez met Xi Jinping in Beijing on Monday 9 September 2024.

def test_se_entrevisto_con(occurred: OccurredRun) -> None:
    text = "Pedro Sánchez se entrevistó el lunes en Pekín con Xi Jinping."
    assert occurred(text, "2024-09-10", "es") == [("CHN", "ESP", "in_person", "2024-09-09")]


# -- Persian: the presidents of listed countries "gathered" ------------------------------------------------
# Putin and Erdogan met in Astana on Wednesday 3 July 2024, at the Shanghai Cooperation Organisation summit.

def test_roasaye_jomhuri_gathered(occurred: OccurredRun) -> None:
    text = "رؤسای جمهوری روسیه و ترکیه روز چهارشنبه در آستانه گرد هم آمدند."
    assert occurred(text, "2024-07-03", "fa") == [("RUS", "TUR", "in_person", "2024-07-03")]


# -- "where" after a partner named with "with" is about the main clause's subject ---------------------------
# On Monday 12 February 2024 Donald Tusk met Emmanuel Macron in Paris and Olaf Scholz in Berlin.

def test_where_after_a_partner_is_about_the_traveller(occurred: OccurredRun) -> None:
    # Spanish drops the subject of "se reunió": it is Tusk's, not Macron's
    text = ("El lunes Donald Tusk conversó con Emmanuel Macron en París y luego viajó a Berlín, donde se "
            "reunió con Olaf Scholz.")
    assert occurred(text, "2024-02-13", "es") == [("DEU", "POL", "in_person", "2024-02-12"),
                                                  ("FRA", "POL", "in_person", "2024-02-12")]
