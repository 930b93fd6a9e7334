"""Round seven: forms of government and one-person titles, sentences of our own about real contacts.

"The leader" of a country (a leader word with no office, "the leaders of A and B") is its head of
government where the gazetteer's forms of government (data/manual/executive.jsonl) say so: a monarchy whose
monarch reigns, a republic whose head of state is no executive, each in its dated span; elsewhere its head
of state. One-person titles ("King Felipe", "the Prince of Monaco") name the monarch of the day.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory


def _partners(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[str]:
    """The names of everyone the text pairs, sorted."""
    return sorted({p.name for c in real.extract(make_doc(text, published, lang=lang)) for p in (c.a, c.b)})


def test_georgia_is_led_by_its_prime_minister_since_2013(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Orbán in Tbilisi on Monday 28 October 2024, two days after the election, with Kobakhidze (not the
    # president, Zourabichvili).
    text = "Viktor Orbán held talks with the Georgian leader in Tbilisi on Monday."
    assert _partners(real, make_doc, text, "2024-10-29", "en") == ["Irakli Kobakhidze", "Viktor Orbán"]


def test_armenia_changed_in_2018(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Pashinyan in Moscow on Wednesday 7 April 2021 (President Sarkissian stayed home); in Yerevan on Monday
    # 2 December 2013 Putin's host was President Serzh Sargsyan, under the old constitution.
    text = "Владимир Путин провёл переговоры с лидером Армении в Москве в среду."
    assert _partners(real, make_doc, text, "2021-04-08", "ru") == ["Nikol Pashinyan", "Vladimir Putin"]
    text = "Vladimir Putin held talks with the Armenian leader in Yerevan on Monday."
    assert _partners(real, make_doc, text, "2013-12-03", "en") == ["Serj Sargsyan", "Vladimir Putin"]


def test_iceland_in_two_languages(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The India-Nordic summit in Copenhagen, Wednesday 4 May 2022: Modi met Katrín Jakobsdóttir.
    text = "Narendra Modi met the Icelandic leader in Copenhagen on Wednesday."
    assert _partners(real, make_doc, text, "2022-05-05", "en") == ["Katrín Jakobsdóttir", "Narendra Modi"]
    text = "Narendra Modi traf am Mittwoch in Kopenhagen den isländischen Staatenlenker."
    assert _partners(real, make_doc, text, "2022-05-05", "de") == ["Katrín Jakobsdóttir", "Narendra Modi"]


def test_a_pacific_realm_and_republic(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The FIPIC summit in Port Moresby, Monday 22 May 2023: Modi with Marape (PNG, a realm of Charles III)
    # and Rabuka (Fiji, a republic with a ceremonial president).
    text = "Narendra Modi held talks with the leaders of Papua New Guinea and Fiji in Port Moresby on Monday."
    assert _partners(real, make_doc, text, "2023-05-23", "en") == [
        "James Marape", "Narendra Modi", "Sitiveni Rabuka"]
    text = "التقى ناريندرا مودي الزعيم الفيجي في بورت مورسبي يوم الاثنين."
    assert _partners(real, make_doc, text, "2023-05-23", "ar") == ["Narendra Modi", "Sitiveni Rabuka"]


def test_pakistan_before_the_1999_coup(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Benazir Bhutto at the White House on Tuesday 11 April 1995; Musharraf there on Wednesday 13 February
    # 2002, when the president led.
    text = "Bill Clinton received the Pakistani leader at the White House on Tuesday."
    assert _partners(real, make_doc, text, "1995-04-12", "en") == ["Benazir Bhutto", "Bill Clinton"]
    text = "George W. Bush received the Pakistani leader at the White House on Wednesday."
    assert _partners(real, make_doc, text, "2002-02-14", "en") == ["George W. Bush", "Pervez Musharraf"]


def test_andorra_and_barbados(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron, himself Andorra's co-prince, in Andorra on Friday 13 September 2019 with Xavier Espot; Mia
    # Mottley, co-host of the Paris financing summit, with Macron on Thursday 22 June 2023.
    text = "Emmanuel Macron se reunió el viernes en Andorra la Vieja con el líder andorrano."
    assert _partners(real, make_doc, text, "2019-09-14", "es") == ["Emmanuel Macron", "Xavier Espot Zamora"]
    text = "Emmanuel Macron a accueilli jeudi à Paris la dirigeante barbadienne."
    assert _partners(real, make_doc, text, "2023-06-23", "fr") == ["Emmanuel Macron", "Mia Mottley"]


def test_the_prince_of_monaco_in_german_and_italian(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Pope Francis received Albert II and Princess Charlene at the Vatican on Saturday 18 January 2014.
    text = "Papst Franziskus empfing am Samstag im Vatikan den Fürsten von Monaco."
    assert _partners(real, make_doc, text, "2014-01-19", "de") == ["Albert II of Monaco", "Pope Francis"]
    text = "Papa Francesco ha ricevuto sabato in Vaticano il principe di Monaco."
    assert _partners(real, make_doc, text, "2014-01-19", "it") == ["Albert II of Monaco", "Pope Francis"]


def test_the_grand_duke_of_luxembourg_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Grand Duke Henri's state visit to France: the Élysée on Monday 19 March 2018.
    text = "Emmanuel Macron a reçu lundi à l'Élysée le grand-duc de Luxembourg."
    assert _partners(real, make_doc, text, "2018-03-20", "fr") == [
        "Emmanuel Macron", "Henri, Grand Duke of Luxembourg"]


def test_kings_by_their_first_name_in_the_press_spelling(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The Dutch state visit to China: Xi received Willem-Alexander in Beijing on Monday 26 October 2015
    # (Spanish writes him "Guillermo Alejandro"); Biden's audience with Felipe VI at the Royal Palace in
    # Madrid on Tuesday 28 June 2022.
    text = "Xi Jinping recibió el lunes en Pekín al rey Guillermo Alejandro."
    assert _partners(real, make_doc, text, "2015-10-27", "es") == [
        "Willem-Alexander of the Netherlands", "Xi Jinping"]
    text = "Joe Biden met King Felipe at the Royal Palace in Madrid on Tuesday."
    assert _partners(real, make_doc, text, "2022-06-29", "en") == ["Felipe VI", "Joe Biden"]


def test_the_saudi_crown_prince_in_the_german_oblique_case(real: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    # Mohammed bin Salman, prime minister since September 2022, at the Élysée on Friday 16 June 2023.
    text = "Emmanuel Macron traf am Freitag in Paris den saudischen Kronprinzen."
    assert _partners(real, make_doc, text, "2023-06-17", "de") == ["Emmanuel Macron", "Mohammed bin Salman"]


def test_gulf_and_vatican_titles_in_persian_and_arabic(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Mohamed bin Zayed with Putin in Saint Petersburg on Tuesday 11 October 2022; Pope Francis in Cairo
    # with al-Sisi on Friday 28 April 2017 ("the supreme pontiff").
    text = "ولادیمیر پوتین روز سه‌شنبه در سن‌پترزبورگ با رئیس امارات دیدار کرد."
    assert _partners(real, make_doc, text, "2022-10-12", "fa") == [
        "Mohamed bin Zayed Al Nahyan", "Vladimir Putin"]
    text = "استقبل الرئيس عبد الفتاح السيسي الحبر الأعظم في القاهرة يوم الجمعة."
    assert _partners(real, make_doc, text, "2017-04-29", "ar") == ["Abdel Fattah el-Sisi", "Pope Francis"]


def test_malaysia_king_by_his_malay_title(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi's state visit to Malaysia: Sultan Ibrahim welcomed him in Kuala Lumpur on Wednesday 16 April 2025.
    text = "Xi Jinping was welcomed by the Yang di-Pertuan Agong in Kuala Lumpur on Wednesday."
    assert _partners(real, make_doc, text, "2025-04-17", "en") == ["Ibrahim Iskandar", "Xi Jinping"]


def test_myanmar_led_by_the_state_counsellor_then_the_general(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # Modi's talks with Aung San Suu Kyi in Naypyidaw, Wednesday 6 September 2017 (Htin Kyaw was president);
    # Min Aung Hlaing with Putin in Vladivostok, Wednesday 7 September 2022 (Myint Swe was acting president).
    text = "Narendra Modi held talks with the Myanmar leader in Naypyidaw on Wednesday."
    assert _partners(real, make_doc, text, "2017-09-07", "en") == ["Aung San Suu Kyi", "Narendra Modi"]
    text = "Владимир Путин в среду провёл переговоры с лидером Мьянмы во Владивостоке."
    assert _partners(real, make_doc, text, "2022-09-08", "ru") == ["Min Aung Hlaing", "Vladimir Putin"]


def test_the_uae_press_president_sheikh_mohamed(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Mohamed bin Zayed's state visit to France: Macron received him at the Élysée on Monday 18 July 2022.
    text = ("Emmanuel Macron received President Sheikh Mohamed at the Élysée on Monday. Sheikh Mohamed "
            "then held talks with him on energy.")
    assert _partners(real, make_doc, text, "2022-07-19", "en") == [
        "Emmanuel Macron", "Mohamed bin Zayed Al Nahyan"]


def test_the_custodian_shortened_in_a_headline(real: RuleExtractor, make_doc: DocFactory) -> None:
    # King Salman received Erdoğan at Al-Salam Palace in Jeddah on Thursday 28 April 2022.
    text = "استقبل خادم الحرمين الرئيس رجب طيب أردوغان في جدة يوم الخميس."
    assert _partners(real, make_doc, text, "2022-04-29", "ar") == [
        "Recep Tayyip Erdoğan", "Salman bin Abdulaziz Al Saud"]


def test_the_rulers_of_dubai_and_abu_dhabi(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi's visit to the UAE, February 2024: talks with Mohamed bin Zayed in Abu Dhabi on Tuesday the
    # 13th, a meeting with Mohammed bin Rashid (the federation's prime minister) in Dubai on Wednesday.
    text = "Narendra Modi held talks with the Ruler of Abu Dhabi on Tuesday."
    assert _partners(real, make_doc, text, "2024-02-14", "en") == [
        "Mohamed bin Zayed Al Nahyan", "Narendra Modi"]
    text = "التقى حاكم دبي رئيس الوزراء الهندي ناريندرا مودي في دبي يوم الأربعاء."
    assert _partners(real, make_doc, text, "2024-02-15", "ar") == [
        "Mohammed bin Rashid Al Maktoum", "Narendra Modi"]
