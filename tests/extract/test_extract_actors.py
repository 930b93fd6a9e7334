"""Status, wrong actors and two leaders of one state: the mechanisms of the actors review, in our words.

Sentences we wrote about real contacts of leaders in office on the day. Each row is ("AAA-BBB", mode, date,
status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, OK = "in_person", "occurred"


def test_agents_led_by_the_same_preposition_each_met_the_subject(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # Zelensky was in London with Sunak and in Paris with Macron on 8 February 2023: "by X ... then by Y"
    # gives two hosts of the pronoun's leader, not a meeting of the two hosts
    text = ("Zelensky flew to Britain on Wednesday. He was received in London by Rishi Sunak and then in "
            "Paris by Emmanuel Macron.")
    assert pair_rows(real, make_doc, text, "2023-02-09", "en") == [
        ("FRA-UKR", V, "2023-02-08", OK), ("GBR-UKR", V, "2023-02-08", OK)]
    text = ("Zelensky flew to Britain on Wednesday. He was received in London by Rishi Sunak and by "
            "Emmanuel Macron in Paris.")
    assert pair_rows(real, make_doc, text, "2023-02-09", "en") == [
        ("FRA-UKR", V, "2023-02-08", OK), ("GBR-UKR", V, "2023-02-08", OK)]
    text = ("Volodymyr Zelensky a quitté Kiev mercredi. Il a été reçu à Londres par Rishi Sunak, puis, le "
            "soir, à Paris, par le président Emmanuel Macron.")
    assert pair_rows(real, make_doc, text, "2023-02-09", "fr") == [
        ("FRA-UKR", V, "2023-02-08", OK), ("GBR-UKR", V, "2023-02-08", OK)]
    # Lula was in Beijing with Xi on 14 April 2023 and in Abu Dhabi with Mohamed bin Zayed on the 15th
    text = ("Lula chegou a Pequim na quinta-feira. Ele foi recebido na sexta-feira pelo presidente Xi "
            "Jinping e, no sábado, em Abu Dhabi, pelo presidente Mohamed bin Zayed.")
    assert pair_rows(real, make_doc, text, "2023-04-16", "pt") == [
        ("ARE-BRA", V, "2023-04-15", OK), ("BRA-CHN", V, "2023-04-14", OK)]


def test_a_visit_elsewhere_is_still_no_contact_of_a_leader_named_at_home(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # a place of the second leader's country beside him makes no next leg of a trip he was not on
    assert pair_rows(real, make_doc, "Putin's visit to Pyongyang alarmed Kishida in Tokyo.", "2024-06-20",
                     "en") == []
    assert pair_rows(real, make_doc, "Putin's visit to Pyongyang was criticized by Kishida in Tokyo.",
                     "2024-06-20", "en") == []


def test_a_time_phrase_between_verb_and_object_keeps_the_object(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # Erdoğan met Raisi and then Khamenei in Tehran on 19 July 2022: "later in the day" between the verb
    # with its honorific subject pronoun and the Supreme Leader does not cut them apart
    text = ("أجرى الرئيس التركي رجب طيب أردوغان محادثات مع الرئيس الإيراني إبراهيم رئيسي في طهران اليوم. "
            "كما التقى فخامته في وقت لاحق من اليوم المرشد الأعلى علي خامنئي.")
    assert pair_rows(real, make_doc, text, "2022-07-19", "ar") == [
        ("IRN-TUR", V, "2022-07-19", OK), ("IRN-TUR", V, "2022-07-19", OK)]
    # nor do the styles before his name ("His Eminence Ayatollah Sayyid")
    text = ("أجرى الرئيس التركي رجب طيب أردوغان محادثات مع الرئيس الإيراني إبراهيم رئيسي في طهران اليوم. "
            "كما التقى فخامته في وقت لاحق من اليوم سماحة آية الله السيد علي خامنئي.")
    assert pair_rows(real, make_doc, text, "2022-07-19", "ar") == [
        ("IRN-TUR", V, "2022-07-19", OK), ("IRN-TUR", V, "2022-07-19", OK)]


def test_a_title_heading_a_body_is_no_dateline_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron and von der Leyen were received by Xi in Beijing on 6 April 2023: "la présidente de la
    # Commission" before her name heads the Commission; it is no Chinese president taken from the dateline,
    # which left her without her own meeting with Xi
    text = ("PÉKIN – Le président français, Emmanuel Macron, et la présidente de la Commission, Ursula von "
            "der Leyen, ont été reçus jeudi par Xi Jinping.")
    assert ("CHN-EU", V, "2023-04-06", OK) in pair_rows(real, make_doc, text, "2023-04-07", "fr")


def test_a_guest_of_honour_came(real: RuleExtractor, make_doc: DocFactory) -> None:
    # López Obrador had Díaz-Canel as guest of honour at the Independence Day parade of 16 September 2021:
    # "invitado de honor" names the guest's role at the event, no invitation to a visit still to come
    text = "En 2021, López Obrador recibió a Díaz-Canel como invitado de honor en el desfile militar."
    assert pair_rows(real, make_doc, text, "2023-02-11", "es") == [("CUB-MEX", V, "2021", OK)]
    # an invitation itself still plans the visit
    text = "López Obrador invitó a Díaz-Canel a visitar México."
    assert all(row[3] != OK for row in pair_rows(real, make_doc, text, "2023-02-11", "es"))


def test_talks_with_days_of_their_own_keep_them_beside_a_later_call_word(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # Putin and Trump spoke by phone on 12 February, 18 March and 19 May 2025: the days listed after the
    # bare "conversó" are the talks' own; the "llamada" of the next clause gives its mode, not its last day
    text = ("Putin conversó con Trump el 12 de febrero, el 18 de marzo y el 19 de mayo, y cada llamada se "
            "centró en Ucrania.")
    assert pair_rows(real, make_doc, text, "2025-06-01", "es") == [
        ("RUS-USA", "phone", "2025-02-12", OK), ("RUS-USA", "phone", "2025-03-18", OK),
        ("RUS-USA", "phone", "2025-05-19", OK)]


def test_a_leader_named_again_after_and_is_the_next_clauses_subject(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    # In Astana on 3 July 2024 Xi met Putin, and Putin met Erdoğan: the title after "а" (and) names Putin
    # again as the subject of the second clause, no apposition of the Putin just named
    text = ("В среду в Астане Си Цзиньпин провел встречу с Владимиром Путиным, а российский лидер затем "
            "провел переговоры с Эрдоганом.")
    assert pair_rows(real, make_doc, text, "2024-07-04", "ru") == [
        ("CHN-RUS", V, "2024-07-03", OK), ("RUS-TUR", V, "2024-07-03", OK)]
