"""Round sixteen's leftovers: small mechanisms of one language each that earlier rounds named and left (a
place's "where" clause naming both parties of its contact, co-subjects, plans, two dated meetings joined by
"again", accented pronouns, patronymics in Cyrillic, a month after a contact noun, a pair's last meeting told
with the subject left out), each tested on real contacts told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, by_status, held_rows

Rows = list[tuple[str | None, ...]]

# -- a. "X praised China, where Y received Z": the place's clause names its contact's two parties


@pytest.mark.parametrize(("lang", "text"), [
    # Lula's state visit: Xi Jinping received him in Beijing on Friday 14 April 2023
    ("en", "Emmanuel Macron praised China, where Xi Jinping received Lula on Friday."),
    ("fr", "Emmanuel Macron a salué la Chine, où Xi Jinping a reçu Lula vendredi."),
    ("es", "Pedro Sánchez elogió a China, donde Xi Jinping recibió a Lula el viernes."),
    ("en", "Joe Biden spoke of Beijing, where Xi Jinping met Lula on Friday."),
])
def test_where_clause_with_both_parties_leaves_the_speaker_out(real: RuleExtractor, make_doc: DocFactory,
                                                               lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-04-15", lang) == [("BRA", "CHN", "in_person", "2023-04-14")]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # Macron's state visit to China: Xi received him in Beijing on Thursday 6 April 2023
    ("en", "Emmanuel Macron flew to Beijing, where Xi Jinping received him on Thursday.", "2023-04-08",
     [("CHN", "FRA", "in_person", "2023-04-06")]),
    ("fr", "Emmanuel Macron s'est rendu à Pékin, où il a rencontré Xi Jinping jeudi.", "2023-04-08",
     [("CHN", "FRA", "in_person", "2023-04-06")]),
    ("nl", "Emmanuel Macron reisde naar Peking, waar Xi Jinping hem donderdag ontving.", "2023-04-08",
     [("CHN", "FRA", "in_person", "2023-04-06")]),
    # Sánchez met Xi in Beijing on Friday 31 March 2023; Lula met him there on 14 April 2023
    ("es", "Pedro Sánchez viajó a Pekín, donde Xi Jinping se reunió con él el viernes.", "2023-04-01",
     [("CHN", "ESP", "in_person", "2023-03-31")]),
    ("pt", "Lula viajou a Pequim, onde se reuniu com Xi Jinping na sexta-feira.", "2023-04-15",
     [("BRA", "CHN", "in_person", "2023-04-14")]),
])
def test_where_clause_with_a_pronoun_keeps_the_traveller(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str, published: str, expected: Rows) -> None:
    assert held_rows(real, make_doc, text, published, lang) == expected


# -- b. co-subjects: "X and Y met Z" is X-Z and Y-Z


@pytest.mark.parametrize(("lang", "text"), [
    # the Johannesburg BRICS summit: Ramaphosa received Xi and Modi on Wednesday 23 August 2023
    ("en", "Xi Jinping and Narendra Modi met Cyril Ramaphosa in Johannesburg on Wednesday."),
    ("fr", "Xi Jinping et Narendra Modi ont rencontré Cyril Ramaphosa mercredi à Johannesburg."),
    ("es", "Xi Jinping y Narendra Modi se reunieron con Cyril Ramaphosa el miércoles en Johannesburgo."),
    ("ru", "Си Цзиньпин и Нарендра Моди встретились с Сирилом Рамафосой в среду в Йоханнесбурге."),
    ("de", "Xi Jinping und Narendra Modi trafen Cyril Ramaphosa am Mittwoch in Johannesburg."),
])
def test_co_subjects_each_met_the_object(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                         text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-08-25", lang) == [
        ("CHN", "ZAF", "in_person", "2023-08-23"), ("IND", "ZAF", "in_person", "2023-08-23")]


# -- c. beside one another in a plenary hall, one of them making an appeal: no contact, no call


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Emmanuel Macron, aux côtés d'Olaf Scholz, a lancé un appel solennel aux délégués vendredi."),
    ("fr", "Emmanuel Macron a lancé un appel à Vladimir Poutine pour une trêve olympique."),
    ("en", "Emmanuel Macron, seated alongside Olaf Scholz in the plenary hall, made a solemn appeal to the "
           "delegates on Friday."),
])
def test_an_appeal_beside_a_leader_is_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 text: str) -> None:
    assert held_rows(real, make_doc, text, "2024-05-10", lang) == []


def test_a_call_is_still_a_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Emmanuel Macron a eu un appel avec Vladimir Poutine vendredi."
    assert held_rows(real, make_doc, text, "2024-05-11", "fr") == [("FRA", "RUS", "phone", "2024-05-10")]


# -- d. "are due to meet": a plan


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Emmanuel Macron et Friedrich Merz doivent se retrouver vendredi à Paris.",
     [("DEU", "FRA", "in_person", "planned")]),
    ("en", "Emmanuel Macron and Friedrich Merz are due to meet in Paris on Friday.",
     [("DEU", "FRA", "in_person", "planned")]),
    ("ru", "Владимир Путин и Реджеп Тайип Эрдоган должны встретиться в пятницу в Стамбуле.",
     [("RUS", "TUR", "in_person", "planned")]),
])
def test_due_to_meet_is_a_plan(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                               expected: Rows) -> None:
    assert by_status(real, make_doc, text, "2025-05-20", lang) == expected


# -- e. "met in Bali in 2022 and again in Woodside in 2023": two meetings, each dated


@pytest.mark.parametrize(("lang", "text"), [
    # Biden and Xi met in Bali on 14 November 2022 and at Woodside on 15 November 2023
    ("en", "Joe Biden and Xi Jinping met in Bali in 2022 and again in Woodside in 2023."),
    ("fr", "Joe Biden et Xi Jinping se sont rencontrés à Bali en 2022, puis de nouveau à Woodside en 2023."),
    ("fr", "Joe Biden et Xi Jinping se sont rencontrés à Bali en 2022 et de nouveau en Californie en 2023."),
    ("es", "Joe Biden y Xi Jinping se reunieron en Bali en 2022 y de nuevo en California en 2023."),
    ("ru", "Джо Байден и Си Цзиньпин встречались на Бали в 2022 году и снова в Калифорнии в 2023 году."),
])
def test_met_again_elsewhere_is_a_second_dated_meeting(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                       text: str) -> None:
    assert held_rows(real, make_doc, text, "2024-06-01", lang) == [
        ("CHN", "USA", "in_person", "2022"), ("CHN", "USA", "in_person", "2023")]


def test_met_in_two_months_again(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Joe Biden and Xi Jinping met in November 2022 and again in November 2023."
    assert held_rows(real, make_doc, text, "2024-06-01", "en") == [
        ("CHN", "USA", "in_person", "2022-11"), ("CHN", "USA", "in_person", "2023-11")]


# -- f. Spanish "con él" (folded, the article "el"); English "encounter"


@pytest.mark.parametrize("text", [
    "Pedro Sánchez viajó a Pekín. Xi Jinping se reunió con él el viernes.",
    "Pedro Sánchez llegó a Pekín el jueves. El viernes, Xi Jinping habló con él durante dos horas.",
    "Pedro Sánchez se reunió con el presidente chino el viernes en Pekín.",
])
def test_spanish_con_el_with_its_accent_is_him(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-04-01", "es") == [("CHN", "ESP", "in_person", "2023-03-31")]


@pytest.mark.parametrize("text", [
    # Biden and Xi met in Bali on Monday 14 November 2022
    "Joe Biden had a three-hour encounter with Xi Jinping in Bali on Monday.",
    "The encounter between Joe Biden and Xi Jinping took place in Bali on Monday.",
])
def test_encounter_is_a_meeting(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-11-15", "en") == [("CHN", "USA", "in_person", "2022-11-14")]


# -- g. Russian "Тамим бен Хамад": Hamad is his father's name, no King Hamad of Bahrain


@pytest.mark.parametrize("text", [
    # Tamim bin Hamad and Putin met in Astana (the CICA summit) on Thursday 13 October 2022
    "Тамим бен Хамад провел переговоры с Владимиром Путиным в Астане в четверг.",
    "Владимир Путин провел переговоры с Тамимом бен Хамадом в Астане в четверг.",
    "Эмир Катара Тамим бен Хамад Аль Тани встретился с Владимиром Путиным в Астане в четверг.",
])
def test_patronymic_after_ben_is_no_leader(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-10-14", "ru") == [("QAT", "RUS", "in_person", "2022-10-13")]


# -- h. a guest as the object of a welcome (Japanese, Korean)


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # Kishida welcomed Biden in Hiroshima on 18 May 2023; Yoon received him in Seoul on 21 May 2022
    ("ja", "岸田首相は18日、来日したバイデン大統領を広島で出迎えた。", "2023-05-19",
     [("JPN", "USA", "in_person", "2023-05-18")]),
    ("ko", "윤석열 대통령은 21일 방한한 바이든 대통령을 서울에서 맞았다.", "2022-05-22",
     [("KOR", "USA", "in_person", "2022-05-21")]),
])
def test_welcomed_guest(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str, published: str,
                        expected: Rows) -> None:
    assert held_rows(real, make_doc, text, published, lang) == expected


# -- i. round fourteen's: pluperfects, two clauses of months, unread dates, a last meeting left subjectless


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # Erdoğan and Putin met in Sochi on 4 September 2023
    ("tr", "Erdoğan, Putin ile geçen yıl Soçi'de görüşmüştü.", "2024-05-10",
     [("RUS", "TUR", "in_person", "2023")]),
    ("tr", "Cumhurbaşkanı Erdoğan ile Putin en son Eylül 2023'te Soçi'de görüşmüştü.", "2024-05-10",
     [("RUS", "TUR", "in_person", "2023-09")]),
    # Scholz was in Paris on 26 February 2024; Macron in Berlin on 18 October 2024
    ("de", "Olaf Scholz traf Emmanuel Macron im Februar in Paris; im Oktober sahen sie sich in Berlin.",
     "2024-11-10", [("DEU", "FRA", "in_person", "2024-02"), ("DEU", "FRA", "in_person", "2024-10")]),
    # Putin and Erdoğan met at the SCO summit in Astana on 3 July 2024
    ("ru", "Владимир Путин встретился с Реджепом Тайипом Эрдоганом в начале месяца в Астане.", "2024-07-20",
     [("RUS", "TUR", "in_person", "2024-07")]),
    # Macron and Scholz met in Berlin (with Tusk) on 15 March 2024; Sánchez met Xi in Beijing on 31 March 2023
    ("fr", "La rencontre de mars entre Emmanuel Macron et Olaf Scholz à Berlin a été productive.",
     "2024-04-10", [("DEU", "FRA", "in_person", "2024-03")]),
    ("es", "La reunión de marzo entre Pedro Sánchez y Xi Jinping en Pekín fue productiva.", "2023-05-10",
     [("CHN", "ESP", "in_person", "2023-03")]),
])
def test_round_fourteen_leftovers(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                                  published: str, expected: Rows) -> None:
    assert held_rows(real, make_doc, text, published, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # Putin in Beijing on Thursday 16 May 2024; the pair had met there in October 2023 (Belt and Road forum)
    ("es", "Xi Jinping y Vladimir Putin se reunieron el jueves en Pekín. La última vez que se vieron fue en "
           "Pekín, en octubre."),
    ("es", "Xi Jinping y Vladimir Putin se reunieron el jueves en Pekín. Se vieron por última vez en "
           "octubre, en Pekín."),
    ("pt", "Xi Jinping e Vladimir Putin reuniram-se na quinta-feira em Pequim. A última vez que se "
           "encontraram foi em Pequim, em outubro."),
])
def test_last_meeting_with_the_subject_left_out(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                text: str) -> None:
    assert held_rows(real, make_doc, text, "2024-05-17", lang) == [
        ("CHN", "RUS", "in_person", "2023-10"), ("CHN", "RUS", "in_person", "2024-05-16")]


def test_ministers_meeting_is_no_subject_left_out(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Xi Jinping y Vladimir Putin se reunieron el jueves en Pekín. Los ministros se reunieron en "
            "octubre.")
    assert held_rows(real, make_doc, text, "2024-05-17", "es") == [("CHN", "RUS", "in_person", "2024-05-16")]
