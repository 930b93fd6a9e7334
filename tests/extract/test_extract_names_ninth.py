"""Who a title or a name is, found missing in the ninth pass, in sentences we wrote about real contacts."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun

# -- "the crown prince" is a leader only where the monarch's son heads the government ---------------------


def test_a_crown_prince_not_yet_prime_minister_is_no_other_monarchys_premier(occurred: OccurredRun) -> None:
    # Biden met King Salman and then Crown Prince Mohammed bin Salman in Jeddah on Friday 15 July 2022; the
    # crown prince became prime minister only on 27 September 2022, and Jordan's premier was then Bisher
    # Al-Khasawneh, no crown prince
    text = ("President Joe Biden held talks with Crown Prince Mohammed bin Salman in Jeddah on Friday. "
            "King Abdullah II of Jordan is due in the city for the summit.")
    assert occurred(text, "2022-07-16", "en") == []


def test_the_crown_prince_alone_is_the_kings_son_who_heads_the_government(occurred: OccurredRun) -> None:
    # Macron received the Saudi crown prince and prime minister at the Elysée on Friday 16 June 2023
    text = "Emmanuel Macron received the Saudi crown prince at the Elysée on Friday for a working lunch."
    assert occurred(text, "2023-06-16", "en") == [("FRA", "SAU", "in_person", "2023-06-16")]


# -- a regnal number alone is an ordinal, no monarch ------------------------------------------------------


def test_a_persian_second_is_not_king_abdullah_the_second(occurred: OccurredRun) -> None:
    # Iran and the US held indirect talks through Oman in Muscat on Saturday 12 April 2025, between a foreign
    # minister and an envoy: "the first talks between officials of the two countries in Trump's second term"
    text = ("این نخستین گفت‌وگوی اعلام‌شده میان مقامات دو کشور در دوره دوم ریاست‌جمهوری دونالد ترامپ است.")
    assert occurred(text, "2025-04-12", "fa") == []


# -- a given name before a hyphened "al-" name is no leader's surname --------------------------------------


def test_ahmed_before_al_chareh_is_not_abiy_ahmed(occurred: OccurredRun) -> None:
    # Lebanon's prime minister Najib Mikati met Syria's new ruler in Damascus on Saturday 11 January 2025,
    # before al-Sharaa was named president (29 January): no contact between two heads of government
    text = ("Le Premier ministre libanais Najib Mikati s'est entretenu samedi à Damas avec Ahmed al-Chareh, "
            "le nouvel homme fort du pays.")
    assert occurred(text, "2025-01-11", "fr") == []


# -- in a script without capitals a date word is no surname ------------------------------------------------


def test_the_persian_year_is_not_macky_sall(occurred: OccurredRun) -> None:
    # Putin and Erdoğan met in Sochi twice in 2017 (3 May and 13 November): "Putin and Erdoğan met in Sochi
    # last year"; "سال" (year) is also how Persian writes Sall
    text = "پوتین و اردوغان سال گذشته در سوچی با یکدیگر دیدار کردند."
    assert occurred(text, "2018-04-04", "fa") == [("RUS", "TUR", "in_person", "2017")]


# -- a leader who carries a third leader's message is its bearer, not its recipient -------------------------


def test_a_message_carried_by_a_visitor_is_no_letter_to_him_from_its_sender(occurred: OccurredRun) -> None:
    # Moon Jae-in met Trump in New York on Monday 24 September 2018 and brought him a message from Kim Jong Un
    text = ("Moon Jae-in met Donald Trump in New York on Monday. Moon Jae-in said he carried a message from "
            "Kim Jong Un.")
    assert occurred(text, "2018-09-25", "en") == [("KOR", "USA", "in_person", "2018-09-24")]


def test_a_message_received_from_a_leader_is_still_a_letter(occurred: OccurredRun) -> None:
    # Trump told reporters on Tuesday 11 June 2019 that he had received a beautiful letter from Kim Jong Un
    text = "Donald Trump said on Tuesday he had received a beautiful letter from Kim Jong Un."
    assert [(a, b, m) for a, b, m, _ in occurred(text, "2019-06-12", "en")] == [("PRK", "USA", "written")]


# -- a surname alone followed by "de (la)" and a capitalized word is part of a place's name -----------------


def test_santa_cruz_de_la_sierra_is_no_cuban_prime_minister(occurred: OccurredRun) -> None:
    # Arce received Lula in Santa Cruz de la Sierra on Tuesday 9 July 2024, after the failed military uprising
    text = ("Santa Cruz de la Sierra (Bolivia), 9 jul. El presidente Luis Arce recibió este martes en Santa "
            "Cruz de la Sierra al presidente brasileño Luiz Inácio Lula da Silva.")
    assert occurred(text, "2024-07-09", "es") == [("BOL", "BRA", "in_person", "2024-07-09")]


# -- a minister the text introduced by name is the subject where that name stands before a cue -------------


def test_a_named_minister_before_the_cue_is_its_subject(occurred: OccurredRun) -> None:
    # Sisi received Blinken in Cairo on Sunday 15 October 2023; Blinken had met Mohammed bin Salman in
    # Riyadh that morning: neither is a contact of two leaders
    text = ("استقبل الرئيس السيسي أمس وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة. وكان بلينكن قد التقى "
            "صباح اليوم نفسه في الرياض الأمير محمد بن سلمان.")
    assert occurred(text, "2023-10-16", "ar") == []


# -- a pronoun in a contrasting clause with its own subject is that subject --------------------------------


def test_a_while_clause_with_its_own_leader_is_no_partner_of_the_main_one(occurred: OccurredRun) -> None:
    # Zelensky and Modi each called Trump, then president-elect, on 6-7 November 2024: no contact of two
    # leaders in office, and Zelensky did not talk with Modi
    text = ("Volodymyr Zelensky said he had an excellent conversation with Donald Trump, while Narendra Modi "
            "said he had spoken to his friend.")
    assert occurred(text, "2024-11-07", "en") == []
