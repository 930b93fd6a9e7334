"""Round six: the wrong partner or a missing one when one side is right (sentences of our own).

"The two leaders" after a joint subject ("X and Y met Z") who go on to meet someone new are X and Y, not
the pair last stated; an object pronoun after a counterpart the one leader named met is that counterpart;
a letter "from X" handed over by a minister is X's. Rows are ("AAA-BBB", mode, date or "", status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, W, OK = "in_person", "written", "occurred"


def test_the_two_of_a_joint_subject_meet_a_third(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The EU-China summit of 7 December 2023: Michel and von der Leyen saw Xi, then Premier Li Qiang.
    text = ("Charles Michel and Ursula von der Leyen met Xi Jinping in Beijing on Thursday. "
            "Later that day the two leaders held talks with Premier Li Qiang.")
    assert pair_rows(real, make_doc, text, "2023-12-08", "en") == [("CHN-EU", V, "2023-12-07", OK)] * 4


def test_the_two_travellers_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Sánchez and De Croo in Israel and Ramallah on 23 November 2023: Abbas met the two Europeans, never
    # Netanyahu.
    text = ("Pedro Sánchez y Alexander De Croo se reunieron el jueves con Benjamin Netanyahu en Jerusalén. "
            "Horas después, ambos mandatarios se entrevistaron en Ramala con Mahmud Abás.")
    assert pair_rows(real, make_doc, text, "2023-11-24", "es") == [
        ("BEL-ISR", V, "2023-11-23", OK), ("BEL-PSE", V, "2023-11-23", OK),
        ("ESP-ISR", V, "2023-11-23", OK), ("ESP-PSE", V, "2023-11-23", OK)]


def test_two_european_leaders_at_a_summit_in_portuguese(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Costa and von der Leyen in Tokyo on 23 July 2025 and in Beijing the next day: "os dois dirigentes"
    # is the pair of them, "cimeira com" the European word for a summit with someone.
    text = ("António Costa e Ursula von der Leyen reuniram-se na quinta-feira em Pequim com Xi Jinping. "
            "Um dia antes, os dois dirigentes tinham estado numa cimeira com Shigeru Ishiba em Tóquio.")
    assert pair_rows(real, make_doc, text, "2025-07-25", "pt") == [
        ("CHN-EU", V, "2025-07-24", OK), ("CHN-EU", V, "2025-07-24", OK),
        ("EU-JPN", V, "2025-07-23", OK), ("EU-JPN", V, "2025-07-23", OK)]


def test_him_is_the_counterpart_just_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin's state visit to Kazakhstan, 27 November 2024, after Xi's to Astana in July.
    text = ("In July Xi Jinping held talks with Tokayev in Astana. On Wednesday Tokayev greeted his Russian "
            "counterpart at the foot of the plane and then held talks with him.")
    assert pair_rows(real, make_doc, text, "2024-11-29", "en") == [
        ("CHN-KAZ", V, "2024-07", OK), ("KAZ-RUS", V, "2024-11-27", OK)]


def test_a_russian_colleague_in_the_accusative(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same visit in Russian: "коллегу" is the accusative of "коллега", and "с ним" the colleague.
    text = ("В июле Си Цзиньпин провел переговоры с Токаевым в Астане. В среду Токаев приветствовал "
            "российского коллегу у трапа самолета, после чего провел с ним беседу.")
    assert pair_rows(real, make_doc, text, "2024-11-29", "ru") == [
        ("CHN-KAZ", V, "2024-07", OK), ("KAZ-RUS", V, "2024-11-27", OK)]


def test_a_letter_from_a_leader_carried_by_a_minister(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Araghchi brought Khamenei's letter to Putin in Moscow on 17 April 2025.
    text = ("سلّم وزير خارجية إيران يوم الخميس في العاصمة الروسية رسالة من علي خامنئي "
            "إلى الرئيس فلاديمير بوتين.")
    assert pair_rows(real, make_doc, text, "2025-04-18", "ar") == [("IRN-RUS", W, "2025-04-17", OK)]


def test_a_letter_a_minister_hands_over_with_a_from_further_on(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # The guard kept: "from" far from the letter names no sender, a minister's letter is no leader's.
    text = ("On Thursday the Iranian foreign minister delivered a letter to Vladimir Putin, a week after new "
            "threats from Donald Trump.")
    assert pair_rows(real, make_doc, text, "2025-04-18", "en") == []


def test_the_presidents_of_south_america_are_no_american(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lula received Maduro on 29 May 2023, the day before the South American summit in Brasília.
    text = ("On Monday Lula received Nicolás Maduro at the Planalto palace. On Tuesday he hosted the "
            "presidents of South America for a day of talks on regional integration.")
    assert pair_rows(real, make_doc, text, "2023-05-31", "en") == [("BRA-VEN", V, "2023-05-29", OK)]


def test_latin_america_in_portuguese_and_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same summit: "América Latina", "América del Sur" name a region, not the United States.
    pt = "Na terça-feira, Lula reuniu-se com os presidentes da América Latina no palácio do Itamaraty."
    es = "El martes, Lula recibió a los presidentes de América del Sur en el palacio de Itamaraty."
    assert pair_rows(real, make_doc, pt, "2023-05-31", "pt") == []
    assert pair_rows(real, make_doc, es, "2023-05-31", "es") == []


def test_the_two_see_a_third_with_whom_they_talk(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Sánchez and De Croo in Ramallah, 23 November 2023: the cue stands in a "with whom" clause after
    # the third leader, the pair reference its subject.
    text = ("Pedro Sánchez et Alexander De Croo ont rencontré jeudi Benjamin Netanyahou à Jérusalem. "
            "L'après-midi, les deux dirigeants sont allés à Ramallah rencontrer Mahmoud Abbas, avec qui ils "
            "ont discuté de la situation à Gaza.")
    assert pair_rows(real, make_doc, text, "2023-11-24", "fr") == [
        ("BEL-ISR", V, "2023-11-23", OK), ("BEL-PSE", V, "2023-11-23", OK),
        ("ESP-ISR", V, "2023-11-23", OK), ("ESP-PSE", V, "2023-11-23", OK)]


def test_an_apposition_inside_a_list_of_partners(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The AU summit of February 2020 in Addis Ababa: Tshisekedi saw Condé, then Ramaphosa (the incoming
    # AU chair) and Kagame; "he" met each, the two he met did not meet each other in that sentence.
    text = ("Early on Monday, Felix Tshisekedi met Alpha Condé. He then had talks with Cyril Ramaphosa, "
            "chairman of the African Union, and Paul Kagame.")
    assert pair_rows(real, make_doc, text, "2020-02-11", "en") == [
        ("COD-GIN", V, "2020-02-10", OK), ("COD-RWA", V, "2020-02-10", OK), ("COD-ZAF", V, "2020-02-10", OK)]


def test_a_turkish_morning_is_no_kuwaiti(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Erdoğan and Macron at the NATO summit in Washington, July 2024: "Sabah" opening the sentence is
    # "in the morning", no al-Sabah of Kuwait; the emir written in full is still read.
    text = ("Sabah erken saatlerde kongre merkezine gelen Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı "
            "Emmanuel Macron ile bir araya geldi.")
    assert pair_rows(real, make_doc, text, "2024-07-10", "tr") == [("FRA-TUR", V, "2024-07-10", OK)]
    emir = "Cumhurbaşkanı Erdoğan, Kuveyt Emiri Şeyh Meşal el-Ahmed el-Cabir es-Sabah ile görüştü."
    assert pair_rows(real, make_doc, emir, "2024-07-10", "tr") == [("KWT-TUR", V, "2024-07-10", OK)]
