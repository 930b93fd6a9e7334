"""A second review of dense reports (six languages): what the development set heldout28 showed, in our words.

Sentences we wrote about real contacts of leaders in office on the day. Each row is ("AAA-BBB", mode, date,
status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK, PLAN = "in_person", "phone", "occurred", "planned"


def test_each_partner_takes_the_day_that_leads_it(real: RuleExtractor, make_doc: DocFactory) -> None:
    # One sentence, two partners, each led by a day of its own: the day before a partner dates that
    # partner's contact, not the sentence's first day (Merz called Macron and Meloni on two days of June
    # 2025; Putin spoke with Xi and with Modi on two days of August 2025; Sánchez, Meloni likewise).
    text = "Sánchez habló el lunes con Macron y el martes con Meloni."
    assert pair_rows(real, make_doc, text, "2025-02-14", "es") == [
        ("ESP-FRA", V, "2025-02-10", OK), ("ESP-ITA", V, "2025-02-11", OK)]
    text = "Путин в понедельник провел разговор с Си Цзиньпином, а во вторник - с Моди."
    assert pair_rows(real, make_doc, text, "2025-08-09", "ru") == [
        ("CHN-RUS", P, "2025-08-04", OK), ("IND-RUS", P, "2025-08-05", OK)]
    text = "Meloni ha sentito lunedì Macron e martedì Starmer."
    assert pair_rows(real, make_doc, text, "2025-02-14", "it") == [
        ("FRA-ITA", P, "2025-02-10", OK), ("GBR-ITA", P, "2025-02-11", OK)]
    text = "Trump spoke on Wednesday with Putin and on Thursday with Zelensky."
    assert pair_rows(real, make_doc, text, "2025-02-14", "en") == [
        ("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-13", OK)]
    # the day after each partner still serves, and one day for two partners is both's
    text = "Bundeskanzler Friedrich Merz telefonierte am Montag mit Macron und am Dienstag mit Meloni."
    assert pair_rows(real, make_doc, text, "2025-06-14", "de") == [
        ("DEU-FRA", P, "2025-06-09", OK), ("DEU-ITA", P, "2025-06-10", OK)]
    text = "Trump spoke with Putin on Wednesday and with Zelensky on Thursday."
    assert pair_rows(real, make_doc, text, "2025-02-14", "en") == [
        ("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-13", OK)]
    text = "On Monday Macron spoke with Trump and with Starmer."
    assert pair_rows(real, make_doc, text, "2025-02-14", "en") == [
        ("FRA-GBR", P, "2025-02-10", OK), ("FRA-USA", P, "2025-02-10", OK)]


def test_a_clitic_before_the_verb_is_the_one_received(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Romance object pronouns stand before the verb or its auxiliary ("lo recibió", "l'a accueilli", "lo ha
    # ricevuto"): the one received at a trip's stop is the traveller, not the host of the stop before. Scholz
    # was in Buenos Aires on 28 January 2023, Trump in Doha on 14 May and Abu Dhabi on 15 May 2025,
    # Macron in Jakarta on 28 May 2025, Draghi at the White House on 10 May 2022.
    text = "Scholz llegó el sábado a Buenos Aires. Fernández lo recibió en la Casa Rosada."
    assert pair_rows(real, make_doc, text, "2023-01-30", "es") == [("ARG-DEU", V, "2023-01-28", OK)]
    text = ("Trump se reunió el miércoles en Doha con el emir Tamim bin Hamad al Thani. Este jueves, el "
            "presidente de Emiratos, Mohamed bin Zayed, lo recibió en el palacio.")
    assert pair_rows(real, make_doc, text, "2025-05-15", "es") == [
        ("ARE-USA", V, "2025-05-15", OK), ("QAT-USA", V, "2025-05-14", OK)]
    text = ("Emmanuel Macron est arrivé mardi à Jakarta. Ce mercredi, Prabowo Subianto, chef de l'État "
            "indonésien, l'a accueilli avec les honneurs militaires.")
    assert pair_rows(real, make_doc, text, "2025-05-28", "fr") == [("FRA-IDN", V, "2025-05-28", OK)]
    text = "Mario Draghi è arrivato a Washington il 10 maggio. Joe Biden lo ha ricevuto alla Casa Bianca."
    assert pair_rows(real, make_doc, text, "2022-06-17", "it") == [("ITA-USA", V, "2022-05-10", OK)]
    # an article before a noun is no clitic: the visit is Draghi's own, no one received him
    text = ("Draghi ha incontrato Zelensky a Kiev. Per il presidente del Consiglio la visita chiude un mese "
            "intenso.")
    assert pair_rows(real, make_doc, text, "2022-06-17", "it") == [("ITA-UKR", V, "2022-06-17", OK)]


def test_a_letter_of_intent_is_no_letter(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A document the two signed is no correspondence between them (Macron and Prabowo, 28 May 2025).
    text = ("Emmanuel Macron a rencontré mercredi à Jakarta le président Prabowo Subianto. Une lettre "
            "d'intention sur de nouveaux Rafale a été signée par les deux présidents.")
    assert pair_rows(real, make_doc, text, "2025-05-28", "fr") == [("FRA-IDN", V, "2025-05-28", OK)]
    text = ("Macron met President Prabowo Subianto in Jakarta on Wednesday. The two signed a letter of "
            "intent on more Rafale jets.")
    assert pair_rows(real, make_doc, text, "2025-05-28", "en") == [("FRA-IDN", V, "2025-05-28", OK)]


def test_russian_saw_each_other_and_scheduled(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "виделись" (saw each other) is a meeting; "назначена на понедельник" (scheduled for Monday) a plan.
    # Putin and Mohamed bin Zayed met in St Petersburg in October 2022; Trump received Zelensky on
    # Monday 18 August 2025.
    text = ("Последний раз Путин и Мухаммед бен Заид Аль Нахайян виделись в октябре 2022 года в "
            "Санкт-Петербурге.")
    assert pair_rows(real, make_doc, text, "2023-12-07", "ru") == [("ARE-RUS", V, "2022-10", OK)]
    text = "Встреча Трампа с Зеленским назначена на понедельник в Вашингтоне."
    assert pair_rows(real, make_doc, text, "2025-08-16", "ru") == [("UKR-USA", V, "2025-08-18", PLAN)]


def test_a_short_sentence_moves_the_story_to_its_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A sentence with no contact and no leader ("The mood turned on Friday.", "Al día siguiente llegó la
    # sorpresa.") or a leader only after its main clause ("The tour started on Sunday in Kuala Lumpur,
    # where ...") sets the day for the undated contact after it. Trump met Anwar in Kuala Lumpur on
    # 26 October 2025 and Lee in Gyeongju on 29 October; Macron received Xi on 6 May 2024.
    text = ("Trump and Xi met for 100 minutes in Busan on Thursday. The tour started on Sunday in Kuala "
            "Lumpur, where the president watched a signing. Trump held talks with Anwar Ibrahim. Wednesday "
            "belonged to South Korea. President Lee Jae-myung welcomed Trump in Gyeongju.")
    assert pair_rows(real, make_doc, text, "2025-10-30", "en") == [
        ("CHN-USA", V, "2025-10-30", OK), ("KOR-USA", V, "2025-10-29", OK), ("MYS-USA", V, "2025-10-26", OK)]
    text = ("Xi Jinping a achevé vendredi sa tournée européenne. Tout avait commencé lundi à l'Élysée. "
            "Emmanuel Macron y a reçu son homologue chinois pour une visite d'État.")
    assert pair_rows(real, make_doc, text, "2024-05-10", "fr") == [("CHN-FRA", V, "2024-05-06", OK)]
    # a longer sentence about something else moves nothing
    text = ("Trump met Xi in Busan on Thursday. Thousands of protesters marched through the streets of "
            "Seoul on Wednesday against the visit and the trade deal. Trump also held talks with Lee.")
    assert pair_rows(real, make_doc, text, "2025-10-30", "en") == [
        ("CHN-USA", V, "2025-10-30", OK), ("KOR-USA", V, "2025-10-30", OK)]


def test_both_as_an_object_is_each_of_the_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "spoke to both men by phone": the subject called each of the two just named (Starmer called Trump
    # and Zelensky after their Oval Office meeting of 28 February 2025).
    text = ("Trump and Zelenskyy met in the Oval Office on Friday. That evening Starmer spoke to both men by "
            "phone, his office said.")
    assert pair_rows(real, make_doc, text, "2025-03-03", "en") == [
        ("GBR-UKR", P, "2025-02-28", OK), ("GBR-USA", P, "2025-02-28", OK), ("UKR-USA", V, "2025-02-28", OK)]


def test_a_plural_clitic_is_the_group_travelling(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "li ha accolti", "les a reçus": the leaders who came together, received at once (Macron, Scholz and
    # Draghi, joined by Iohannis, met Zelensky in Kyiv on 16 June 2022).
    text = ("Mario Draghi, Emmanuel Macron e Olaf Scholz hanno viaggiato insieme, e a Kiev si è unito a "
            "loro il presidente romeno Klaus Iohannis. Prima di raggiungere il palazzo presidenziale, i "
            "quattro hanno visitato Irpin. Poi il presidente ucraino Volodymyr Zelensky li ha accolti per un "
            "colloquio.")
    assert pair_rows(real, make_doc, text, "2022-06-16", "it") == [
        ("DEU-UKR", V, "2022-06-16", OK), ("FRA-UKR", V, "2022-06-16", OK), ("ITA-UKR", V, "2022-06-16", OK),
        ("ROU-UKR", V, "2022-06-16", OK)]
    text = ("Emmanuel Macron, Olaf Scholz et Mario Draghi sont arrivés ensemble à Kiev jeudi. Volodymyr "
            "Zelensky les a reçus au palais présidentiel.")
    assert pair_rows(real, make_doc, text, "2022-06-17", "fr") == [
        ("DEU-UKR", V, "2022-06-16", OK), ("FRA-UKR", V, "2022-06-16", OK), ("ITA-UKR", V, "2022-06-16", OK)]
    # "les" as an article before a noun is no clitic
    text = "Emmanuel Macron a reçu Olaf Scholz jeudi. Les entretiens ont porté sur l'Ukraine."
    assert pair_rows(real, make_doc, text, "2022-06-17", "fr") == [("DEU-FRA", V, "2022-06-16", OK)]


def test_a_meeting_that_fell_through_or_was_refused(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "did not take place" far after the meeting noun, a relative clause between; German "lehnt ... ab"
    # (refuses) with its particle closing the clause. Trump met Carney at Kananaskis on 16 June 2025 and
    # left before the meeting with Zelensky; Merz has held no talks with Putin.
    text = ("Trump met Carney on Monday. A meeting between Trump and Ukrainian President Volodymyr "
            "Zelenskiy, which officials had pencilled in for Tuesday, did not take place.")
    assert pair_rows(real, make_doc, text, "2025-06-17", "en") == [("CAN-USA", V, "2025-06-16", OK)]
    text = ("Bundeskanzler Friedrich Merz empfing Selenskyj am Mittwoch in Berlin. Ein Gespräch mit "
            "Wladimir Putin lehnt Merz weiterhin ab.")
    assert pair_rows(real, make_doc, text, "2025-05-29", "de") == [("DEU-UKR", V, "2025-05-28", OK)]


def test_italian_and_russian_words_of_the_review(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "si sono parlati" (spoke to each other), "ad aprile" (in April before a vowel); Russian "накануне
    # саммита" is the eve of the summit, not the day before the report. Trump and Zelensky spoke in St
    # Peter's on 26 April 2025; Scholz met Xi in April 2024; Xi visited Astana on 2 July 2024.
    text = "Sabato Trump e Zelensky si sono parlati per quindici minuti."
    assert pair_rows(real, make_doc, text, "2025-04-27", "it") == [("UKR-USA", P, "2025-04-26", OK)]
    text = "Ad aprile Olaf Scholz era stato ricevuto da Xi Jinping a Pechino."
    assert pair_rows(real, make_doc, text, "2024-07-29", "it") == [("CHN-DEU", V, "2024-04", OK)]
    text = ("Председатель КНР Си Цзиньпин приехал накануне саммита с государственным визитом, и 2 июля "
            "Токаев провел с ним переговоры.")
    assert pair_rows(real, make_doc, text, "2024-12-28", "ru") == [("CHN-KAZ", V, "2024-07-02", OK)]
    # "накануне" alone is still the day before
    text = "Накануне Путин провел телефонный разговор с Трампом."
    assert pair_rows(real, make_doc, text, "2025-02-13", "ru") == [("RUS-USA", P, "2025-02-12", OK)]


def test_a_later_clause_with_its_own_subject_named_again(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "and the Russian president also held talks with Erdogan": the first cue's partner, named again as the
    # next clause's subject, met that clause's partner; the first subject did not (Xi met Putin, and Putin
    # met Erdogan, in Astana on 3 July 2024).
    text = "Xi met Putin on Wednesday, and the Russian president also held talks with Erdogan."
    assert pair_rows(real, make_doc, text, "2024-07-04", "en") == [
        ("CHN-RUS", V, "2024-07-03", OK), ("RUS-TUR", V, "2024-07-03", OK)]
    # with no subject of its own, the later cue is the first subject's
    text = "Xi met Putin on Wednesday and held talks with Erdogan."
    assert pair_rows(real, make_doc, text, "2024-07-04", "en") == [
        ("CHN-RUS", V, "2024-07-03", OK), ("CHN-TUR", V, "2024-07-03", OK)]


def test_a_royals_given_name_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "le prince William" is no William Lai (whose one-word English alias is his given name): Macron was
    # greeted by the prince at Northolt and received by King Charles at Windsor on 8 July 2025.
    text = ("Mardi, le président Emmanuel Macron a été accueilli à Northolt par le prince William, puis reçu "
            "à Windsor par le roi Charles III.")
    assert pair_rows(real, make_doc, text, "2025-07-09", "fr") == [("FRA-GBR", V, "2025-07-08", OK)]
    text = "Prince William greeted Macron at Northolt on Tuesday."
    assert pair_rows(real, make_doc, text, "2025-07-09", "en") == []
