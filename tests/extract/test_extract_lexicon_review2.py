"""Contact words added by a review of the Russian, Portuguese, Spanish, Arabic, Persian and English lexicons.

Every report is ours, about a real contact on its real day, in a wording the review added (each was missed or
misread before): the contacts it tells, the ones it announces, and the ones it must not find.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, by_status, extract_rows

# (lang, text, published, the one occurred contact as (country, country, mode, date))
OCCURRED = [
    # "визави": Putin and Erdoğan in Sochi, Monday 4 September 2023
    ("ru", "Владимир Путин провел в понедельник в Сочи переговоры со своим турецким визави.", "2023-09-05",
     ("RUS", "TUR", "in_person", "2023-09-04")),
    # a woman leader's verbs: "التقت" (Sheinbaum and Trump in Washington, Friday 5 December 2025), "بحثت" and
    # a woman's title as the Maghreb press words it (Borne and Modi in Paris, Thursday 13 July 2023)
    ("ar", "التقت الرئيسة المكسيكية كلاوديا شينباوم الرئيس الأمريكي دونالد ترامب يوم الجمعة في واشنطن.",
     "2025-12-06", ("MEX", "USA", "in_person", "2025-12-05")),
    ("ar", "بحثت رئيسة الحكومة الفرنسية إليزابيث بورن مع رئيس الوزراء الهندي ناريندرا مودي يوم الخميس في "
     "باريس التعاون الدفاعي.", "2023-07-14", ("FRA", "IND", "in_person", "2023-07-13")),
    ("ar", "التقت الوزيرة الأولى الفرنسية إليزابيث بورن رئيس الوزراء الهندي ناريندرا مودي في باريس يوم "
     "الخميس.", "2023-07-14", ("FRA", "IND", "in_person", "2023-07-13")),
    # condolences offered with no cable named (Putin to Khamenei on Raisi's death, Monday 20 May 2024)
    ("ar", "أعرب الرئيس الروسي فلاديمير بوتين يوم الاثنين عن تعازيه للمرشد الأعلى الإيراني علي خامنئي.",
     "2024-05-21", ("IRN", "RUS", "written", "2024-05-20")),
    # the Moroccan month names (the Alaska summit, 15 August 2025) and "أمس الأول", the day before yesterday
    # (Trump's call to Putin of Thursday 16 October 2025)
    ("ar", "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في ألاسكا يوم 15 غشت 2025.",
     "2025-08-16", ("RUS", "USA", "in_person", "2025-08-15")),
    ("ar", "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين أمس الأول.",
     "2025-10-18", ("RUS", "USA", "phone", "2025-10-16")),
    # "مقام معظم رهبری", the Supreme Leader as IRNA names him (Khamenei and Putin in Tehran, 19 July 2022)
    ("fa", "مقام معظم رهبری روز سه‌شنبه در تهران با ولادیمیر پوتین دیدار کرد.", "2022-07-20",
     ("IRN", "RUS", "in_person", "2022-07-19")),
    # "پریروز" (the day before yesterday): Pezeshkian in Moscow, Friday 17 January 2025
    ("fa", "مسعود پزشکیان پریروز در مسکو با ولادیمیر پوتین دیدار و گفت‌وگو کرد.", "2025-01-19",
     ("IRN", "RUS", "in_person", "2025-01-17")),
    # a video link (Putin and Xi, Tuesday 21 January 2025)
    ("fa", "ولادیمیر پوتین و شی جین‌پینگ روز سه‌شنبه در نشستی ویدئوکنفرانسی گفت‌وگو کردند.", "2025-01-22",
     ("CHN", "RUS", "video", "2025-01-21")),
    ("fa", "ولادیمیر پوتین و شی جین‌پینگ روز سه‌شنبه در تماس تصویری گفت‌وگو کردند.", "2025-01-22",
     ("CHN", "RUS", "video", "2025-01-21")),
    # the Latin American "su par" (Sheinbaum's call with Trump, Monday 3 February 2025), "platicar" (their
    # first meeting, in Washington on Friday 5 December 2025), "departir" and "antier" (Milei at the White
    # House, Tuesday 14 October 2025)
    ("es", "Claudia Sheinbaum conversó el lunes por teléfono con su par estadounidense.", "2025-02-04",
     ("MEX", "USA", "phone", "2025-02-03")),
    ("es", "Claudia Sheinbaum y Donald Trump platicaron el viernes en Washington.", "2025-12-06",
     ("MEX", "USA", "in_person", "2025-12-05")),
    ("es", "Javier Milei y Donald Trump departieron el martes en la Casa Blanca.", "2025-10-15",
     ("ARG", "USA", "in_person", "2025-10-14")),
    ("es", "Javier Milei y Donald Trump se reunieron antier en la Casa Blanca.", "2025-10-16",
     ("ARG", "USA", "in_person", "2025-10-14")),
    # "de forma virtual" is a video link (Putin and Xi, Tuesday 21 January 2025)
    ("es", "Vladímir Putin y Xi Jinping conversaron el martes de forma virtual.", "2025-01-22",
     ("CHN", "RUS", "video", "2025-01-21")),
    # the European "avistou-se com" and "trocaram impressões" (Lula and Macron in Belém, Tuesday 26 March
    # 2024)
    ("pt", "Lula avistou-se na terça-feira em Belém com o homólogo francês Emmanuel Macron.", "2024-03-27",
     ("BRA", "FRA", "in_person", "2024-03-26")),
    ("pt", "Lula e Emmanuel Macron trocaram impressões na terça-feira em Belém.", "2024-03-27",
     ("BRA", "FRA", "in_person", "2024-03-26")),
    # the Brazilian "nesta segunda" and "de forma virtual" (Lula and Trump by video, Monday 6 October 2025)
    ("pt", "Lula conversou nesta segunda com Donald Trump por videoconferência.", "2025-10-07",
     ("BRA", "USA", "video", "2025-10-06")),
    ("pt", "Lula e Donald Trump conversaram de forma virtual nesta segunda-feira.", "2025-10-07",
     ("BRA", "USA", "video", "2025-10-06")),
    # PTI's "interacted with" (Modi and Macron in Marseille, Wednesday 12 February 2025) and AP's "huddled
    # with" (Trump and Zelensky in St Peter's Basilica, Saturday 26 April 2025)
    ("en", "Prime Minister Narendra Modi interacted with French President Emmanuel Macron in Marseille on "
     "Wednesday.", "2025-02-13", ("FRA", "IND", "in_person", "2025-02-12")),
    ("en", "Trump huddled with Ukrainian President Volodymyr Zelensky at the Vatican on Saturday.",
     "2025-04-27", ("UKR", "USA", "in_person", "2025-04-26")),
]

# (lang, text, published, the one contact as (country, country, mode, status)): announced, not held
PLANNED = [
    # the Alaska summit of Friday 15 August 2025, announced the week before
    ("ru", "Владимиру Путину и Дональду Трампу предстоит встреча на Аляске в пятницу.", "2025-08-12",
     ("RUS", "USA", "in_person", "planned")),
    ("ru", "Переговоры Путина и Трампа пройдут на Аляске в пятницу.", "2025-08-12",
     ("RUS", "USA", "in_person", "planned")),
    ("ru", "Путин должен встретиться с Трампом на Аляске в пятницу.", "2025-08-12",
     ("RUS", "USA", "in_person", "planned")),
    # the Budapest meeting they agreed on in their call of 16 October 2025
    ("ru", "Путин и Трамп планируют встретиться в Будапеште.", "2025-10-17",
     ("RUS", "USA", "in_person", "planned")),
    # a woman leader's future ("ستلتقي": Sheinbaum before the World Cup draw in Washington, 5 December 2025)
    ("ar", "ستلتقي الرئيسة المكسيكية كلاوديا شينباوم الرئيس الأمريكي دونالد ترامب يوم الجمعة في واشنطن.",
     "2025-12-04", ("MEX", "USA", "in_person", "planned")),
    # "من المزمع أن": it is due (the crown prince at the White House, Tuesday 18 November 2025)
    ("ar", "ومن المزمع أن يلتقي ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأمريكي دونالد ترامب في البيت "
     "الأبيض يوم الثلاثاء.", "2025-11-17", ("SAU", "USA", "in_person", "planned")),
    # "قرار شده" / "مقرر است": it has been arranged / it is set (Pezeshkian's visit to Moscow of 17 January
    # 2025)
    ("fa", "قرار شده است مسعود پزشکیان و ولادیمیر پوتین در مسکو دیدار کنند.", "2025-01-10",
     ("IRN", "RUS", "in_person", "planned")),
    ("fa", "مقرر است مسعود پزشکیان و ولادیمیر پوتین در مسکو دیدار کنند.", "2025-01-14",
     ("IRN", "RUS", "in_person", "planned")),
    # the Latin American "agendada", the Argentine "pautada" (Milei's White House visit of 14 October 2025)
    ("es", "Javier Milei tiene agendada una reunión con Donald Trump en la Casa Blanca.", "2025-10-10",
     ("ARG", "USA", "in_person", "planned")),
    ("es", "Está pautada una reunión de Javier Milei con Donald Trump en la Casa Blanca.", "2025-10-10",
     ("ARG", "USA", "in_person", "planned")),
    # the plural future, the subjunctive after "está previsto que" / "se espera que", and "se va a reunir"
    # (Sánchez and Xi in Beijing, Friday 11 April 2025): none was a cue
    ("es", "Pedro Sánchez y Xi Jinping se reunirán el viernes en Pekín.", "2025-04-08",
     ("CHN", "ESP", "in_person", "planned")),
    ("es", "Está previsto que Pedro Sánchez se reúna con Xi Jinping el viernes en Pekín.", "2025-04-08",
     ("CHN", "ESP", "in_person", "planned")),
    ("es", "Se espera que Pedro Sánchez y Xi Jinping se reúnan el viernes en Pekín.", "2025-04-08",
     ("CHN", "ESP", "in_person", "planned")),
    ("es", "Pedro Sánchez se va a reunir con Xi Jinping el viernes en Pekín.", "2025-04-08",
     ("CHN", "ESP", "in_person", "planned")),
    # an announced meeting in the infinitive after "vai" / "deve" (Macron's arrival in Belém, Tuesday 26
    # March 2024): no infinitive was a cue
    ("pt", "Lula vai se reunir com Emmanuel Macron na terça-feira em Belém.", "2024-03-25",
     ("BRA", "FRA", "in_person", "planned")),
    ("pt", "Lula deve se reunir com Emmanuel Macron na terça-feira em Belém.", "2024-03-25",
     ("BRA", "FRA", "in_person", "planned")),
    ("pt", "Lula vai receber Emmanuel Macron na terça-feira em Belém.", "2024-03-25",
     ("BRA", "FRA", "in_person", "planned")),
    ("pt", "Lula e Emmanuel Macron vão conversar na terça-feira em Belém.", "2024-03-25",
     ("BRA", "FRA", "in_person", "planned")),
    # "marcado para" (Lula and Trump in Kuala Lumpur, Sunday 26 October 2025)
    ("pt", "Lula tem encontro marcado para domingo com Donald Trump na Malásia.", "2025-10-24",
     ("BRA", "USA", "in_person", "planned")),
    # "is due to meet", "is expected to meet", "is slated to meet" (Trump and Xi in Busan, Thursday 30 October
    # 2025): "is due" and "to meet" had been two markers, and no cue was left
    ("en", "U.S. President Donald Trump is due to meet Chinese President Xi Jinping in South Korea on "
     "Thursday.", "2025-10-28", ("CHN", "USA", "in_person", "planned")),
    ("en", "Trump is expected to meet Chinese President Xi Jinping in Busan on Thursday.", "2025-10-27",
     ("CHN", "USA", "in_person", "planned")),
    ("en", "Trump is slated to meet Xi Jinping in Busan on Thursday.", "2025-10-27",
     ("CHN", "USA", "in_person", "planned")),
]

# (lang, text, published): no contact between leaders
NONE = [
    # an envoy with his president's title is not the president (Witkoff in the Kremlin, 6 August 2025)
    ("ru", "Спецпредставитель президента США Стив Уиткофф в среду провел переговоры с Владимиром Путиным в "
     "Кремле.", "2025-08-07"),
    # a meeting called off (Trump shelved the Budapest meeting on 22 October 2025)
    ("ru", "Дональд Трамп отменил встречу с Владимиром Путиным в Будапеште.", "2025-10-23"),
    ("fa", "دیدار دونالد ترامپ و ولادیمیر پوتین در بوداپست لغو شد.", "2025-10-23"),
    ("fa", "دیدار دونالد ترامپ و ولادیمیر پوتین در بوداپست به تعویق افتاد.", "2025-10-23"),
    ("es", "La reunión de Donald Trump y Vladímir Putin en Budapest fue cancelada.", "2025-10-23"),
    ("es", "Donald Trump y Vladímir Putin, una reunión postergada en Budapest.", "2025-10-23"),
    # a Spanish region's president is no head of government, though her office names the capital (Ayuso gave
    # Milei the region's medal on Friday 21 June 2024)
    ("es", "La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, recibió el viernes al presidente "
     "argentino Javier Milei.", "2024-06-22"),
    ("pt", "O encontro de Donald Trump com Vladimir Putin em Budapeste foi cancelado.", "2025-10-23"),
    ("pt", "Trump desmarcou o encontro com Vladimir Putin em Budapeste.", "2025-10-23"),
    # the speaker of Portugal's parliament is not its president (Lula at the Assembleia da República on
    # Tuesday 25 April 2023)
    ("pt", "O presidente da Assembleia da República de Portugal, Augusto Santos Silva, recebeu na "
     "terça-feira o presidente brasileiro Lula da Silva.", "2023-04-26"),
    ("en", "Trump called off his planned summit with Vladimir Putin in Budapest.", "2025-10-23"),
    ("en", "The White House scrapped the Budapest meeting between Trump and Putin.", "2025-10-23"),
]


def test_called_off_is_no_call_but_called_still_is(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # "called off" is a negation, "called" alone a call (Trump and Putin, Thursday 16 October 2025)
    got = extract_rows(extractor, make_doc, "Trump called Putin on Thursday.", "2025-10-17", "en",
                       ("mode", "date"), occurred_only=True)
    assert got == [("RUS", "USA", "phone", "2025-10-16")]


@pytest.mark.parametrize(("lang", "text", "published", "want"), OCCURRED)
def test_added_contact_word_is_found_with_its_mode_and_day(extractor: RuleExtractor, make_doc: DocFactory,
                                                           lang: str, text: str, published: str,
                                                           want: tuple[str, str, str, str]) -> None:
    got = extract_rows(extractor, make_doc, text, published, lang, ("mode", "date"), occurred_only=True)
    assert got == [want]


@pytest.mark.parametrize(("lang", "text", "published", "want"), PLANNED)
def test_added_future_word_makes_the_contact_planned(extractor: RuleExtractor, make_doc: DocFactory,
                                                     lang: str, text: str, published: str,
                                                     want: tuple[str, str, str, str]) -> None:
    assert by_status(extractor, make_doc, text, published, lang) == [want]


@pytest.mark.parametrize(("lang", "text", "published"), NONE)
def test_added_marker_leaves_no_contact(extractor: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                                        published: str) -> None:
    assert extract_rows(extractor, make_doc, text, published, lang, ("mode", "status")) == []


# (lang, text, published, the contacts as (country, country, mode, date)): a reference to the pair in a
# second sentence carries their earlier contact
EARLIER = [
    # Putin and Macron spoke on Tuesday 1 July 2025, their first call since September 2022
    ("ru", "Владимир Путин и Эммануэль Макрон провели во вторник телефонный разговор. Собеседники в "
     "последний раз разговаривали по телефону в сентябре 2022 года.", "2025-07-02",
     [("FRA", "RUS", "phone", "2022-09"), ("FRA", "RUS", "phone", "2025-07-01")]),
    ("ru", "Владимир Путин и Эммануэль Макрон провели во вторник телефонный разговор. Главы двух "
     "государств в последний раз разговаривали по телефону в сентябре 2022 года.", "2025-07-02",
     [("FRA", "RUS", "phone", "2022-09"), ("FRA", "RUS", "phone", "2025-07-01")]),
    # "سران دو کشور": Pezeshkian and Putin in Moscow on 17 January 2025, after Kazan in October 2024
    ("fa", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد. سران دو کشور آخرین بار در اکتبر "
     "۲۰۲۴ در کازان دیدار کرده بودند.", "2025-01-18",
     [("IRN", "RUS", "in_person", "2024-10"), ("IRN", "RUS", "in_person", "2025-01-17")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "want"), EARLIER)
def test_added_pair_reference_carries_the_earlier_contact(extractor: RuleExtractor, make_doc: DocFactory,
                                                          lang: str, text: str, published: str,
                                                          want: list[tuple[str, str, str, str]]) -> None:
    got = extract_rows(extractor, make_doc, text, published, lang, ("mode", "date"), occurred_only=True)
    assert got == want
