"""Eleventh pass: general mechanisms found on the development sets (the fourth held-out set opened), each
tested on a real contact told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.conftest import OccurredRun
from tests.extract.rows import DocFactory, held_rows

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


# -- a word of two countries, joint press conferences, "the meeting of X and of Y" ---------------------------

# Xi received Tshisekedi in Beijing on Friday 26 May 2023 (a state visit); Macron and Tshisekedi gave a
# joint press conference in Kinshasa on Saturday 4 March 2023.


def test_a_demonym_of_two_countries_is_the_one_whose_leader_the_text_names(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Xi Jinping a reçu vendredi à Pékin Félix Tshisekedi. La visite d'Etat du président congolais "
            "s'achève lundi.")
    assert held_rows(real, make_doc, text, "2023-05-27", "fr") == [("CHN", "COD", "in_person", "2023-05-26")]


def test_a_joint_press_conference_of_two_leaders_is_their_meeting(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("La conférence de presse commune d'Emmanuel Macron et de Félix Tshisekedi a été tendue samedi à "
            "Kinshasa.")
    assert held_rows(real, make_doc, text, "2023-03-05", "fr") == [("COD", "FRA", "in_person", "2023-03-04")]
    text = "Emmanuel Macron and Félix Tshisekedi gave a joint news conference in Kinshasa on Saturday."
    assert held_rows(real, make_doc, text, "2023-03-05", "en") == [("COD", "FRA", "in_person", "2023-03-04")]


def test_a_joint_press_conference_naming_one_leader_pairs_nobody(occurred: OccurredRun) -> None:
    # Macron met Putin in Moscow on Monday 7 February 2022 and Zelensky in Kyiv the next day
    text = ("Emmanuel Macron a rencontré Vladimir Poutine lundi à Moscou. Lors d'une conférence de presse "
            "commune mardi à Kiev, Volodymyr Zelensky a dit attendre des actes de la Russie.")
    assert occurred(text, "2022-02-09", "fr") == [("FRA", "RUS", "in_person", "2022-02-07")]


def test_the_second_of_two_leaders_after_of_shares_the_first_ones_noun(real: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    text = "La rencontre d'Emmanuel Macron et de Félix Tshisekedi a été tendue samedi à Kinshasa."
    assert held_rows(real, make_doc, text, "2023-03-05", "fr") == [("COD", "FRA", "in_person", "2023-03-04")]


# -- lists of partners after the cue -------------------------------------------------------------------------

# Lula met Sergio Mattarella and Giorgia Meloni in Rome on Wednesday 21 June 2023.


def test_the_with_of_a_cue_said_again_names_a_second_partner(occurred: OccurredRun) -> None:
    text = ("Luiz Inácio Lula da Silva passou a quarta-feira em Roma. À tarde, o presidente brasileiro se "
            "encontrou com o presidente Sergio Mattarella, no Quirinale, e depois com a primeira-ministra "
            "Giorgia Meloni, no Palácio Chigi.")
    assert occurred(text, "2023-06-22", "pt") == [("BRA", "ITA", "in_person", "2023-06-21"),
                                                  ("BRA", "ITA", "in_person", "2023-06-21")]


def test_an_adverb_inside_a_list_of_partners_keeps_the_list(occurred: OccurredRun) -> None:
    text = ("Luiz Inácio Lula da Silva passou a quarta-feira em Roma. Ele se encontrou com Sergio Mattarella "
            "e depois com Giorgia Meloni.")
    assert occurred(text, "2023-06-22", "pt") == [("BRA", "ITA", "in_person", "2023-06-21"),
                                                  ("BRA", "ITA", "in_person", "2023-06-21")]


# -- a sentence restating the contact just told --------------------------------------------------------------

# Putin and Xi held a video call on Tuesday 21 January 2025, the day after Trump's inauguration; Putin
# invited Xi to Moscow for May.


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin and Xi Jinping held a video call on Tuesday. The day before, Donald Trump had "
           "been sworn in in Washington. Putin invited Xi to visit Moscow in May. It was the first "
           "conversation between the two leaders in the new year."),
    ("ru", "Владимир Путин и Си Цзиньпин во вторник провели переговоры по видеосвязи. Накануне в Вашингтоне "
           "принёс присягу Дональд Трамп. Путин пригласил Си посетить Москву в мае. Это был первый разговор "
           "двух лидеров в новом году."),
])
def test_a_sentence_restating_the_contact_is_that_contact(occurred: OccurredRun, lang: str,
                                                          text: str) -> None:
    assert occurred(text, "2025-01-21", lang) == [("CHN", "RUS", "video", "2025-01-21")]


def test_a_restating_sentence_with_a_date_after_a_colon_keeps_the_contacts_day(occurred: OccurredRun) -> None:
    # Pashinyan met Putin in Moscow on Wednesday 8 May 2024; he had stayed away from the inauguration the day
    # before
    text = ("Никол Пашинян в среду провёл в Москве встречу с Владимиром Путиным. Это первый их личный "
            "контакт за несколько месяцев: накануне армянский премьер не приехал на инаугурацию.")
    assert occurred(text, "2024-05-08", "ru") == [("ARM", "RUS", "in_person", "2024-05-08")]


# -- plurals with a quantifier -------------------------------------------------------------------------------

# Putin met Erdoğan and Modi at the Samarkand SCO summit on Friday 16 September 2022.


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin met Recep Tayyip Erdoğan in Samarkand on Friday. On Thursday the Russian "
           "president had met the leaders of several other countries."),
    ("ru", "В пятницу Владимир Путин встретился в Самарканде с Реджепом Тайипом Эрдоганом. Накануне "
           "президент России встречался с лидерами нескольких других стран."),
])
def test_leaders_of_several_countries_name_no_one(occurred: OccurredRun, lang: str, text: str) -> None:
    assert occurred(text, "2022-09-16", lang) == [("RUS", "TUR", "in_person", "2022-09-16")]


# -- Turkish adverbs of time --------------------------------------------------------------------------------


def test_the_afternoon_opens_no_clause_in_turkish(occurred: OccurredRun) -> None:
    # Erdoğan was received by Mattarella at the Quirinal on Monday 5 February 2018
    text = "Recep Tayyip Erdoğan pazartesi Roma'daydı. Erdoğan öğleden sonra Sergio Mattarella ile görüştü."
    assert occurred(text, "2018-02-05", "tr") == [("ITA", "TUR", "in_person", "2018-02-05")]


# -- guests, and ministers' relative clauses -----------------------------------------------------------------

# Modi was received by Mohamed bin Zayed in Abu Dhabi on Tuesday 13 February 2024 and met Mohammed bin Rashid
# in Dubai the next day; Ahmed al-Sharaa was received by Mohammed bin Salman in Riyadh on Sunday 2 February
# 2025, with his foreign minister, who had been to Riyadh early in January.


def test_the_guest_of_a_country_is_its_leader_the_text_named(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("استقبل الشيخ محمد بن زايد آل نهيان يوم الثلاثاء في أبوظبي ناريندرا مودي رئيس وزراء الهند. "
            "والتقى الشيخ محمد بن راشد آل مكتوم أمس الأربعاء في دبي بالضيف الهندي.")
    assert held_rows(real, make_doc, text, "2024-02-15", "ar") == [("ARE", "IND", "in_person", "2024-02-13"),
                                                                   ("ARE", "IND", "in_person", "2024-02-14")]


def test_a_relative_clause_on_a_minister_is_his_act(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("استقبل الأمير محمد بن سلمان مساء الأحد في الرياض الرئيس السوري أحمد الشرع. ورافق الرئيس السوري "
            "وزير الخارجية أسعد الشيباني، الذي كان قد زار الرياض مطلع يناير.")
    assert held_rows(real, make_doc, text, "2025-02-03", "ar") == [("SAU", "SYR", "in_person", "2025-02-02")]


# -- the lead's day ----------------------------------------------------------------------------------------


def test_a_date_of_another_event_in_a_sentence_naming_no_leader_is_no_leads_day(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # Milei met Netanyahu and Herzog in Israel in February 2024, before flying on to Rome; dated to 7 October
    # 2023 (the attack the third sentence names), Milei was not yet in office and nobody was found
    text = ("Javier Milei llega este fin de semana a Roma. En Israel, el mandatario se reunió con el primer "
            "ministro Benjamín Netanyahu y con el presidente Isaac Herzog. También visitó un kibutz, donde "
            "viven familias de rehenes, y recorrió con su canciller las zonas atacadas el 7 de octubre.")
    assert [row[:2] for row in held_rows(real, make_doc, text, "2024-02-10", "es")] == [("ARG", "ISR"),
                                                                                         ("ARG", "ISR")]


# -- words for a brief encounter -----------------------------------------------------------------------------


def test_leaders_who_exchanged_a_few_words_met(occurred: OccurredRun) -> None:
    # Albanese met Trump at the White House on Monday 20 October 2025; in September they had only spoken
    # briefly at a reception in New York during the UN General Assembly
    text = ("Anthony Albanese held his first formal meeting with Donald Trump at the White House on Monday. "
            "The two leaders had only exchanged a few words at a reception in New York last month.")
    assert occurred(text, "2025-10-21") == [("AUS", "USA", "in_person", "2025-09"),
                                            ("AUS", "USA", "in_person", "2025-10-20")]


# -- joint acts of a pair, title words of another language -------------------------------------------------

# Mohammed VI welcomed Macron in Rabat on Monday 28 October 2024; in November 2018 the two had inaugurated the
# Tangier-Casablanca high-speed line together.


@pytest.mark.parametrize("second", [
    "Leur relation a connu des hauts et des bas : en 2018, ils avaient inauguré ensemble à Tanger le premier "
    "TGV du continent.",
    "En 2018, les deux dirigeants avaient inauguré à Tanger le premier TGV du continent.",
])
def test_a_joint_act_of_the_pair_is_their_meeting(real: RuleExtractor, make_doc: DocFactory,
                                                  second: str) -> None:
    # "premier" is an English title word: in French it names no one (here the dateline's prime minister)
    text = ("RABAT, 29 octobre 2024 (AFP) - Le roi Mohammed VI a accueilli lundi Emmanuel Macron à "
            "l'aéroport. " + second)
    assert held_rows(real, make_doc, text, "2024-10-29", "fr") == [("FRA", "MAR", "in_person", "2018"),
                                                                   ("FRA", "MAR", "in_person", "2024-10-28")]


# -- clefts --------------------------------------------------------------------------------------------------

# At the Biarritz G7 Trump announced a trade deal with Abe on Sunday 25 August 2019 and met Modi on Monday.


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Donald Trump a achevé lundi à Biarritz le sommet du G7. Dimanche, il a annoncé avec Shinzo Abe "
           "un accord commercial. Lundi, c'est avec Narendra Modi qu'il s'est entretenu."),
    ("en", "Donald Trump wrapped up the G7 summit in Biarritz on Monday. On Sunday he held talks with Shinzo "
           "Abe on trade. On Monday it was with Narendra Modi that he sat down."),
])
def test_a_cleft_with_partner_is_the_subject_pronouns_contact(occurred: OccurredRun, lang: str,
                                                              text: str) -> None:
    assert occurred(text, "2019-08-26", lang) == [("IND", "USA", "in_person", "2019-08-26"),
                                                  ("JPN", "USA", "in_person", "2019-08-25")]


# -- German: the weak noun's oblique singular; a video conference of three --------------------------------


def test_an_article_and_title_after_a_name_are_the_object(occurred: OccurredRun) -> None:
    # Merkel met Putin at the Kremlin on Friday 20 August 2021; she had last visited him in January 2020
    text = ("Angela Merkel ist am Freitag im Kreml mit dem russischen Präsidenten Wladimir Putin "
            "zusammengekommen. Zuletzt hatte Merkel den Präsidenten im Januar 2020 in Moskau besucht.")
    assert occurred(text, "2021-08-21", "de") == [("DEU", "RUS", "in_person", "2020-01"),
                                                  ("DEU", "RUS", "in_person", "2021-08-20")]


def test_two_leaders_in_a_video_conference_with_a_third_all_talked(occurred: OccurredRun) -> None:
    # Merkel and Macron held a video conference with Xi on Friday 16 April 2021
    text = ("Angela Merkel und Emmanuel Macron haben am Freitag in einer Videokonferenz mit dem chinesischen "
            "Staatspräsidenten Xi Jinping über den Klimaschutz gesprochen.")
    assert occurred(text, "2021-04-17", "de") == [("CHN", "DEU", "video", "2021-04-16"),
                                                  ("CHN", "FRA", "video", "2021-04-16"),
                                                  ("DEU", "FRA", "video", "2021-04-16")]


# -- a letter of invitation ----------------------------------------------------------------------------------


def test_a_letter_of_invitation_was_written_though_the_visit_is_to_come(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # JD Vance handed Pope Leo XIV a letter from Trump inviting him to Washington on Monday 19 May 2025
    text = ("Papa Leone XIV ha ricevuto ieri il vicepresidente americano JD Vance. L'ospite ha poi "
            "consegnato al Pontefice una lettera di invito a visitare Washington, firmata dal presidente "
            "Donald Trump.")
    assert held_rows(real, make_doc, text, "2025-05-20", "it") == [("USA", "VAT", "written", "2025-05-19")]


# -- a meeting with someone who is no leader -----------------------------------------------------------------


def test_a_meeting_with_a_former_leader_pairs_no_one_else(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Bolsonaro cancelled his meeting with Marcelo Rebelo de Sousa in July 2022 because the Portuguese
    # president was to see Lula, then a former president and a candidate
    text = ("Jair Bolsonaro cancelou o encontro com Marcelo Rebelo de Sousa. O Presidente brasileiro "
            "justificou a decisão com o facto de o chefe de Estado português ter marcado uma reunião com "
            "Lula da Silva, antigo Presidente.")
    assert held_rows(real, make_doc, text, "2022-07-04", "pt") == []


# -- "with whom" after a leader ------------------------------------------------------------------------------

# Meloni met Li Qiang in Beijing on Sunday 28 July 2024 and Xi Jinping on Monday 29 July.


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha incontrato lunedì Xi Jinping a Pechino. La domenica era stata dedicata al "
           "primo ministro Li Qiang, con il quale la premier ha firmato un piano d'azione triennale."),
    ("en", "Giorgia Meloni met Xi Jinping in Beijing on Monday. Sunday had been set aside for Premier Li "
           "Qiang, with whom Meloni signed a three-year action plan."),
])
def test_a_relative_clause_with_whom_pairs_its_subject_with_the_antecedent(occurred: OccurredRun, lang: str,
                                                                          text: str) -> None:
    assert occurred(text, "2024-07-29", lang) == [("CHN", "ITA", "in_person", "2024-07-28"),
                                                  ("CHN", "ITA", "in_person", "2024-07-29")]


# -- a subject and an object pronoun -------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Karin Keller-Sutter s'est entretenue jeudi au téléphone avec Donald Trump. Le président "
           "américain a surtout parlé du déficit commercial. En avril, elle avait déjà parlé avec lui."),
    ("en", "Karin Keller-Sutter spoke with Donald Trump by phone on Thursday. The US president dwelt on the "
           "trade deficit. In April she had already talked to him."),
])
def test_a_subject_and_an_object_pronoun_are_the_last_pair(real: RuleExtractor, make_doc: DocFactory,
                                                           lang: str, text: str) -> None:
    # the Swiss president called Trump on Thursday 31 July 2025, as she had in April
    assert held_rows(real, make_doc, text, "2025-08-01", lang) == [("CHE", "USA", "phone", "2025-04"),
                                                                   ("CHE", "USA", "phone", "2025-07-31")]


# -- a meeting chaired in the presence of two other leaders --------------------------------------------------


def test_a_meeting_chaired_in_the_presence_of_two_leaders_is_a_meeting_of_three(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # Saied hosted Tebboune and al-Menfi in Carthage on Monday 22 April 2024 for their first consultative
    # meeting
    text = ("Kaïs Saïed a présidé lundi à Carthage la première réunion consultative entre la Tunisie, "
            "l'Algérie et la Libye, en présence du président algérien Abdelmadjid Tebboune et du "
            "président du Conseil présidentiel libyen, Mohamed al-Menfi.")
    assert held_rows(real, make_doc, text, "2024-04-23", "fr") == [("DZA", "LBY", "in_person", "2024-04-22"),
                                                                   ("DZA", "TUN", "in_person", "2024-04-22"),
                                                                   ("LBY", "TUN", "in_person", "2024-04-22")]


# -- German nouns -------------------------------------------------------------------------------------------


def test_capitalized_german_nouns_before_the_verb_are_no_other_subject(occurred: OccurredRun) -> None:
    # Scholz met Modi at Hyderabad House in New Delhi on Saturday 25 February 2023
    text = ("Olaf Scholz hat bei seinem ersten Besuch in Indien für mehr Zusammenarbeit geworben. Nach dem "
            "Empfang mit militärischen Ehren am Präsidentenpalast traf der SPD-Politiker am Samstag "
            "Premierminister Narendra Modi.")
    assert occurred(text, "2023-02-26", "de") == [("DEU", "IND", "in_person", "2023-02-25")]


# -- Turkish postpositions, a title before a comma -----------------------------------------------------------


def test_a_turkish_postposition_closes_the_clause_before_it(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # Erdoğan met Pope Francis and then Sergio Mattarella in Rome on Monday 5 February 2018
    text = ("Cumhurbaşkanı Recep Tayyip Erdoğan, 5 Şubat 2018 Pazartesi günü Vatikan'da Papa Franciscus ile "
            "bir araya geldi. Cumhurbaşkanı, Vatikan'daki görüşmenin ardından öğleden sonra İtalya "
            "Cumhurbaşkanı Sergio Mattarella ile görüştü.")
    assert held_rows(real, make_doc, text, "2018-02-05", "tr") == [("ITA", "TUR", "in_person", "2018-02-05"),
                                                                   ("TUR", "VAT", "in_person", "2018-02-05")]


# -- German verb-second: "die beiden" after the verb ---------------------------------------------------------


def test_the_two_after_a_german_verb_with_the_meeting_fronted_are_the_pair(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    # Juncker and Trump agreed a truce in their trade dispute at the White House on Wednesday 25 July 2018
    text = ("Im Handelsstreit haben US-Präsident Donald Trump und EU-Kommissionspräsident Jean-Claude "
            "Juncker eine Annäherung erzielt. Bei einem Treffen im Weißen Haus vereinbarten die beiden am "
            "Mittwoch neue Verhandlungen.")
    assert held_rows(real, make_doc, text, "2018-07-26", "de") == [("EU", "USA", "in_person", "2018-07-25")]
