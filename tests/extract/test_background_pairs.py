"""Background contacts of a known pair: an earlier call or meeting of the two told beside the report's own.

Sentences we wrote about real contacts of leaders in office on the day. Each row is ("AAA-BBB", mode, date,
status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def test_they_with_one_of_the_pair_named_after(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "They" is the pair last in contact, and the object pronoun after one of the two, in the clause that
    # tells what was said, is the other one, no third leader (Modi and Putin met in Tianjin on 1 September
    # 2025, and had spoken by phone on 8 August).
    text = ("Modi and Putin held talks in Tianjin on Monday. They had last spoken by phone on August 8, when "
            "Putin told him about his contacts with Washington.")
    assert pair_rows(real, make_doc, text, "2025-09-02", "en") == [
        ("IND-RUS", V, "2025-09-01", OK), ("IND-RUS", P, "2025-08-08", OK)]
    text = ("Modi et Poutine se sont rencontrés lundi à Tianjin. Ils s'étaient parlé au téléphone le 8 août, "
            "quand Poutine lui avait décrit ses contacts avec Washington.")
    rows = pair_rows(real, make_doc, text, "2025-09-02", "fr")
    assert ("IND-RUS", P, "2025-08-08", OK) in rows and len(rows) == 2
    # with nobody of the pair named after it, "they ... him" is still the pair with a third leader: nothing
    # here says who he is, and no call of the pair is read
    text = "Modi and Putin held talks in Tianjin on Monday. They had briefed him on August 8."
    assert pair_rows(real, make_doc, text, "2025-09-02", "en") == [("IND-RUS", V, "2025-09-01", OK)]


def test_the_heads_of_state_are_the_pair_when_no_group_was_told(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # "главы государств" names the leaders of a meeting of three or more when one was told, else the pair
    # last in contact (Lukashenko and Xi met in Beijing on 1 March 2023 and in Samarkand in September 2022).
    text = ("Переговоры Александра Лукашенко и Си Цзиньпина состоялись 1 марта в Пекине. В сентябре прошлого "
            "года главы государств встречались в Самарканде.")
    assert pair_rows(real, make_doc, text, "2023-03-02", "ru") == [
        ("BLR-CHN", V, "2022-09", OK), ("BLR-CHN", V, "2023-03-01", OK)]
    # the leaders of a summit named right after the word are its crowd, not the pair
    text = ("Trump se reunió el viernes con Macri en la Casa Rosada. Los líderes del G20 negociaban anoche "
            "una declaración final.")
    assert pair_rows(real, make_doc, text, "2018-12-01", "es") == [("ARG-USA", V, "2018-11-30", OK)]


def test_an_undated_meeting_and_an_earlier_call_of_the_pair(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # The report's meeting, undated (its day the publication's), and the pair's first call "on 12 February"
    # told further on are two contacts, not one dated to February (Putin and Trump met in Anchorage on 15
    # August 2025 and first spoke by phone on 12 February).
    text = ("Putin and Trump met in Anchorage. The meeting lasted almost three hours. Trump called the talks "
            "productive. The first phone call between the two leaders took place on 12 February.")
    assert pair_rows(real, make_doc, text, "2025-08-16", "en") == [
        ("RUS-USA", V, "2025-08-16", OK), ("RUS-USA", P, "2025-02-12", OK)]
    text = ("Путин и Трамп встретились в Анкоридже. Встреча продлилась почти три часа. Трамп назвал "
            "переговоры продуктивными. Первый телефонный разговор двух лидеров состоялся 12 февраля.")
    assert pair_rows(real, make_doc, text, "2025-08-16", "ru") == [
        ("RUS-USA", V, "2025-08-16", OK), ("RUS-USA", P, "2025-02-12", OK)]


def test_already_before_a_past_verb_tells_an_earlier_contact(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # Russian, Ukrainian and Polish have no pluperfect: "already" right before the past verb tells the
    # earlier contact, kept apart from the report's meeting of the same month (Aliyev and Pashinyan met in
    # Prague on 6 October 2022, then with Putin in Sochi on 31 October).
    text = ("В понедельник в Сочи Путин провел переговоры с Алиевым и Пашиняном. Алиев и Пашинян в начале "
            "октября уже встречались в Праге.")
    assert pair_rows(real, make_doc, text, "2022-11-01", "ru") == [
        ("ARM-AZE", V, "2022-10", OK), ("ARM-RUS", V, "2022-10-31", OK), ("AZE-RUS", V, "2022-10-31", OK)]
    text = ("У понеділок у Сочі Путін провів переговори з Алієвим і Пашиняном. Алієв і Пашинян на початку "
            "жовтня вже зустрічалися в Празі.")
    assert ("ARM-AZE", V, "2022-10", OK) in pair_rows(real, make_doc, text, "2022-11-01", "uk")
    text = ("W poniedziałek w Soczi Putin spotkał się z Alijewem i Paszynianem. Alijew i Paszynian na "
            "początku października już spotkali się w Pradze.")
    assert ("ARM-AZE", V, "2022-10", OK) in pair_rows(real, make_doc, text, "2022-11-01", "pl")
    # without "already" a month of the report's day is still its meeting told again
    text = ("В понедельник в Сочи Путин провел переговоры с Алиевым. Путин и Алиев в октябре встречались в "
            "Сочи.")
    assert pair_rows(real, make_doc, text, "2022-11-01", "ru") == [("AZE-RUS", V, "2022-10-31", OK)]


def test_each_date_of_a_list_is_a_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A list of dates read from its last (the one nearest the verb) goes back to its first; Korean glues
    # "and" to the first date ("2월과 9월"), Japanese and Indonesian join with their own words (Sheinbaum
    # spoke with Trump by phone on 3 February, 6 March and 31 July 2025; Biden and Xi held calls in February
    # and September 2021, a video summit on 15 November; Jokowi met Xi in November 2022, July and October
    # 2023).
    text = ("Sheinbaum recibió este jueves a Carney en Palacio Nacional. El 3 de febrero, el 6 de marzo y el "
            "31 de julio Sheinbaum habló por teléfono con Trump.")
    assert pair_rows(real, make_doc, text, "2025-09-19", "es") == [
        ("CAN-MEX", V, "2025-09-18", OK), ("MEX-USA", P, "2025-02-03", OK), ("MEX-USA", P, "2025-03-06", OK),
        ("MEX-USA", P, "2025-07-31", OK)]
    text = ("조 바이든 미국 대통령과 시진핑 중국 국가주석은 15일 화상 정상회담을 했다. "
            "두 정상은 올해 2월과 9월 두 차례 전화 통화를 했다.")
    assert pair_rows(real, make_doc, text, "2021-11-16", "ko") == [
        ("CHN-USA", P, "2021-02", OK), ("CHN-USA", P, "2021-09", OK), ("CHN-USA", "video", "2021-11-15", OK)]
    text = ("バイデン大統領と習近平国家主席は15日、オンラインで首脳会談を行った。"
            "両首脳は今年2月と9月に電話会談を行っている。")
    assert pair_rows(real, make_doc, text, "2021-11-16", "ja") == [
        ("CHN-USA", P, "2021-02", OK), ("CHN-USA", P, "2021-09", OK), ("CHN-USA", "video", "2021-11-15", OK)]
    text = ("Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing pada Selasa (17/10). Kedua pemimpin "
            "sebelumnya bertemu pada November 2022 dan Juli 2023.")
    assert pair_rows(real, make_doc, text, "2023-10-18", "id") == [
        ("CHN-IDN", V, "2022-11", OK), ("CHN-IDN", V, "2023-07", OK), ("CHN-IDN", V, "2023-10-17", OK)]


def test_the_meeting_of_the_two_in_german(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "der beiden" right after a contact noun is the pair whose contact it is; "seit Dezember" then names
    # their earlier meeting (Orbán met Zelensky in Kyiv on 2 July 2024; they had spoken briefly in Buenos
    # Aires in December 2023). A noun that is no contact ("die Länder der beiden") says nothing.
    text = "Orbán traf am Dienstag in Kiew Selenskyj. Es war die erste Begegnung der beiden seit Dezember."
    assert pair_rows(real, make_doc, text, "2024-07-03", "de") == [
        ("HUN-UKR", V, "2023-12", OK), ("HUN-UKR", V, "2024-07-02", OK)]
    text = "Orbán traf am Dienstag in Kiew Selenskyj. Die Länder der beiden sind Nachbarn seit Dezember."
    assert pair_rows(real, make_doc, text, "2024-07-03", "de") == [("HUN-UKR", V, "2024-07-02", OK)]


def test_an_undated_call_told_in_the_pluperfect_is_an_earlier_one(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # The report's meeting and "X had called Y" with no date: a firm call of another mode told before the
    # story is an earlier contact, undated, not the meeting's mode (Erdoğan met Mitsotakis in Athens on 7
    # December 2023; Mitsotakis had phoned him after the February 2023 earthquakes). Turkish tells the
    # pluperfect by the verb's ending ("-mişti").
    text = ("Erdogan met Greek Prime Minister Kyriakos Mitsotakis in Athens on Thursday. Mitsotakis had "
            "called Erdogan by phone to offer condolences.")
    assert pair_rows(real, make_doc, text, "2023-12-08", "en") == [
        ("GRC-TUR", V, "2023-12-07", OK), ("GRC-TUR", P, "", OK)]
    text = ("Erdoğan, perşembe günü Atina'da Yunanistan Başbakanı Kiryakos Miçotakis ile bir araya geldi. "
            "Miçotakis o günlerde Erdoğan'ı telefonla arayarak başsağlığı dilemişti.")
    assert pair_rows(real, make_doc, text, "2023-12-08", "tr") == [
        ("GRC-TUR", V, "2023-12-07", OK), ("GRC-TUR", P, "", OK)]
    # talks with no mode word told in the pluperfect are the meeting told again
    text = ("Erdogan met Greek Prime Minister Kyriakos Mitsotakis in Athens on Thursday. The two leaders had "
            "discussed migration.")
    assert pair_rows(real, make_doc, text, "2023-12-08", "en") == [("GRC-TUR", V, "2023-12-07", OK)]


def test_hindi_and_urdu_tell_the_pluperfect_by_the_closing_auxiliary(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # "बात की थी", "بات ہوئی تھی": the past auxiliary closing the clause tells an earlier call, apart from the
    # report's meeting (Modi met Starmer in Rio on 18 November 2024; they had spoken by phone after the July
    # election).
    text = ("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को रियो में ब्रिटेन के प्रधानमंत्री कीर स्टार्मर से मुलाकात की। "
            "चुनाव में जीत के बाद मोदी ने स्टार्मर से फोन पर बात की थी।")
    assert pair_rows(real, make_doc, text, "2024-11-19", "hi") == [
        ("GBR-IND", V, "2024-11-18", OK), ("GBR-IND", P, "", OK)]
    text = ("وزیر اعظم نریندر مودی نے پیر کو ریو میں برطانوی وزیر اعظم کیئر اسٹارمر سے ملاقات کی۔ "
            "انتخابات کے بعد دونوں رہنماؤں کے درمیان ٹیلی فون پر بات ہوئی تھی۔")
    assert pair_rows(real, make_doc, text, "2024-11-19", "ur") == [
        ("GBR-IND", V, "2024-11-18", OK), ("GBR-IND", P, "", OK)]


def test_after_their_earlier_contact_with_its_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "After" right before a contact word, with the contact's own date in its phrase, names the pair's
    # earlier contact (Sánchez received Biden at the Moncloa on 28 June 2022; they had met briefly at the
    # NATO summit in Brussels in June 2021). With a third leader there it is his (Biden met Johnson in
    # Cornwall in June 2021), no earlier contact of the pair.
    text = ("Sánchez received Biden at the Moncloa on Tuesday. The meeting came a year after their brief "
            "encounter at the NATO summit in Brussels in June 2021.")
    assert pair_rows(real, make_doc, text, "2022-06-29", "en") == [
        ("ESP-USA", V, "2021-06", OK), ("ESP-USA", V, "2022-06-28", OK)]
    text = ("Sánchez recibió el martes a Biden en la Moncloa. La reunión llegó un año después del encuentro "
            "de ambos en la cumbre de la OTAN de Bruselas, en junio de 2021.")
    assert pair_rows(real, make_doc, text, "2022-06-29", "es") == [
        ("ESP-USA", V, "2021-06", OK), ("ESP-USA", V, "2022-06-28", OK)]
    text = ("Biden met Sánchez at the Moncloa on Tuesday, a year after his talks with Johnson at the G7 in "
            "Cornwall in June 2021.")
    assert pair_rows(real, make_doc, text, "2022-06-29", "en") == [
        ("ESP-USA", V, "2022-06-28", OK), ("GBR-USA", V, "2021-06", OK)]


def test_the_first_and_the_second_of_a_count_with_their_dates(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # After "the third meeting between the two", "the first ... in February; the second, in September"
    # date the pair's two earlier meetings; a title further on (the speech of the American president) is
    # no apposition to "the first" (Trump met Milei at CPAC in February 2025, in New York in September and
    # at the White House on 14 October).
    text = ("Trump received Milei at the White House on Tuesday. It was the third meeting between the two "
            "this year. The first took place in February at the CPAC conference near Washington; the second, "
            "in September, in New York.")
    assert pair_rows(real, make_doc, text, "2025-10-15", "en") == [
        ("ARG-USA", V, "2025-02", OK), ("ARG-USA", V, "2025-09", OK),
        ("ARG-USA", V, "2025-10-14", OK)]
    text = ("Trump recibió el martes a Milei en la Casa Blanca. Fue el tercer encuentro entre ambos este "
            "año. El primero tuvo lugar en febrero en la conferencia CPAC, tras el discurso del presidente "
            "estadounidense; el segundo, en septiembre, en Nueva York.")
    assert pair_rows(real, make_doc, text, "2025-10-15", "es") == [
        ("ARG-USA", V, "2025-02", OK), ("ARG-USA", V, "2025-09", OK),
        ("ARG-USA", V, "2025-10-14", OK)]
