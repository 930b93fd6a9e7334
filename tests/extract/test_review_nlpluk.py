"""A review of Dutch, Polish and Ukrainian press usage (ANP, NOS, De Standaard; PAP, TVN24; Ukrinform,
president.gov.ua): reports we wrote about real contacts, read by the whole extractor.

True facts: Trump spoke with Putin for over two hours on Monday 19 May 2025 and with Zelensky after; Rutte
was in the Oval Office with Biden on 17 January 2023; Nawrocki met Trump there on 3 September 2025; Zelensky
met Trump in the Oval Office on 28 February 2025, at the White House on 18 August and on 17 October 2025;
Trump and Putin met in Alaska on Friday 15 August 2025; Erdoğan met Putin in Sochi on 4 September 2023;
Starmer was in Kyiv on 16 January 2025 and in Warsaw on 17 January 2025; Zelensky was in Warsaw on 15 January
2025; a Trump-Putin meeting in Budapest was announced in October 2025 and never held.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

CALLS_19_MAY = [("RUS-USA", "phone", "2025-05-19", "occurred"),
                ("UKR-USA", "phone", "2025-05-19", "occurred")]
OVAL_2023 = [("NLD-USA", "in_person", "2023-01-17", "occurred")]
OVAL_2025 = [("POL-USA", "in_person", "2025-09-03", "occurred")]
CALL_19_MAY = [("RUS-USA", "phone", "2025-05-19", "occurred")]
CALL_18_MARCH = [("RUS-USA", "phone", "2025-03-18", "occurred")]

# (report, publication day, language, expected rows: pair, mode, date, status)
CASES = [
    # a second verb after "and" with no subject of its own is the first subject's: the two callees
    # did not speak with each other
    ("Trump rozmawiał z Putinem w poniedziałek przez ponad dwie godziny, a następnie zadzwonił do "
     "Zełenskiego.", "2025-05-20", "pl", CALLS_19_MAY),
    ("Трамп у понеділок поговорив із Путіним, а згодом провів розмову із Зеленським.",
     "2025-05-20", "uk", CALLS_19_MAY),
    ("Trump sprak maandag ruim twee uur met Poetin en belde daarna met Zelensky.",
     "2025-05-20", "nl", CALLS_19_MAY),
    ("Trump spoke with Putin on Monday for more than two hours and then called Zelensky.",
     "2025-05-20", "en", CALLS_19_MAY),
    # the seats of government are places: a talk there is a meeting
    ("Rutte en Biden spraken in het Oval Office over de steun aan Oekraïne.", "2023-01-17", "nl", OVAL_2023),
    ("Nawrocki i Trump rozmawiali w Gabinecie Owalnym.", "2025-09-03", "pl", OVAL_2025),
    ("Зеленський і Трамп поговорили в Овальному кабінеті.", "2025-02-28", "uk",
     [("UKR-USA", "in_person", "2025-02-28", "occurred")]),
    ("W Gabinecie Owalnym doszło w piątek do ostrej wymiany zdań między Trumpem a Zełenskim.",
     "2025-03-01", "pl", [("UKR-USA", "in_person", "2025-02-28", "occurred")]),
    # ... and a seat before the partner's name is no given name of his ("in het Witte Huis Trump")
    ("Zelensky ontmoette maandag in het Witte Huis Trump.", "2025-08-19", "nl",
     [("UKR-USA", "in_person", "2025-08-18", "occurred")]),
    # the seat a report quotes is its source, not the talk's place: the call stays a call
    ("Trump sprak maandag met Poetin, meldde het Witte Huis.", "2025-05-20", "nl", CALL_19_MAY),
    ("Trump sprak maandag met Poetin, zei een woordvoerster van het Witte Huis.", "2025-05-20", "nl",
     CALL_19_MAY),
    ("Трамп у понеділок поговорив з Путіним, повідомили в Білому домі.", "2025-05-20", "uk", CALL_19_MAY),
    ("Trump rozmawiał w poniedziałek z Putinem, poinformowano w Białym Domu.", "2025-05-20", "pl",
     CALL_19_MAY),
    # the talk told right after an arrival in the host's capital was held there
    ("Brytyjski premier Keir Starmer przyjechał w piątek do Warszawy. Szef brytyjskiego rządu rozmawiał z "
     "Tuskiem o bezpieczeństwie.", "2025-01-18", "pl", [("GBR-POL", "in_person", "2025-01-17", "occurred")]),
    ("Wołodymyr Zełenski przyjechał w środę do Warszawy. Prezydent Ukrainy rozmawiał z premierem Tuskiem o "
     "wstąpieniu Ukrainy do UE.", "2025-01-16", "pl", [("POL-UKR", "in_person", "2025-01-15", "occurred")]),
    ("Прем'єр-міністр Великої Британії Кір Стармер у четвер прибув до Києва. Глава британського уряду "
     "поговорив із Зеленським про безпеку.", "2025-01-17", "uk",
     [("GBR-UKR", "in_person", "2025-01-16", "occurred")]),
    ("Keir Starmer arrived in Warsaw on Friday. The British prime minister spoke with Tusk about security.",
     "2025-01-18", "en", [("GBR-POL", "in_person", "2025-01-17", "occurred")]),
    # ... not after an arrival elsewhere
    ("Keir Starmer arrived in Washington on Thursday. He spoke with Tusk later that day.",
     "2025-03-01", "en", [("GBR-POL", "phone", "2025-02-27", "occurred")]),
    # Dutch: a day inside a split verb, "overlegd", "beiden"
    ("Trump en Poetin kwamen vrijdag bijeen op een militaire basis in Alaska.", "2025-08-16", "nl",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("Erdogan heeft maandag in Sotsji met Poetin overlegd over de graandeal.", "2023-09-05", "nl",
     [("RUS-TUR", "in_person", "2023-09-04", "occurred")]),
    ("Zelensky ontmoette Trump vrijdag in het Witte Huis. Eerder, in februari, liep een ontmoeting tussen "
     "beiden uit op een ruzie.", "2025-10-18", "nl",
     [("UKR-USA", "in_person", "2025-02", "occurred"), ("UKR-USA", "in_person", "2025-10-17", "occurred")]),
    # a bare title after one foreign holder of it is that holder, not the home press's own (Orbán was in
    # Kyiv on Tuesday 2 July 2024); with a home holder named, the home one
    ("De Hongaarse premier Viktor Orbán is dinsdag in Kyiv aangekomen. De premier ontmoette Zelensky.",
     "2024-07-03", "nl", [("HUN-UKR", "in_person", "2024-07-02", "occurred")]),
    ("Прем'єр-міністр Угорщини Віктор Орбан у вівторок прибув до Києва. Прем'єр-міністр зустрівся із "
     "Зеленським.", "2024-07-03", "uk", [("HUN-UKR", "in_person", "2024-07-02", "occurred")]),
    ("Premier Węgier Viktor Orbán przybył we wtorek do Kijowa. Premier spotkał się z Zełenskim.",
     "2024-07-03", "pl", [("HUN-UKR", "in_person", "2024-07-02", "occurred")]),
    ("Президент України Володимир Зеленський провів зустріч з Прем'єр-міністром Угорщини Віктором "
     "Орбаном. Президент наголосив на важливості миру.", "2024-07-02", "uk",
     [("HUN-UKR", "in_person", "2024-07-02", "occurred")]),
    # ... but a foreign holder the sentence names as the partner is no subject: the home one (Zelensky
    # spoke with Trump by phone on Friday 4 July 2025)
    ("Під час розмови з Трампом Президент наголосив на потребі посилити ППО.", "2025-07-04", "uk",
     [("UKR-USA", "phone", "2025-07-04", "occurred")]),
    ("Трамп заявив, що санкції можуть бути посилені. Президент провів телефонну розмову з Трампом.",
     "2025-07-04", "uk", [("UKR-USA", "phone", "2025-07-04", "occurred")]),
    # the Polish press's own "premier" (Tusk was in Kyiv on Monday 22 January 2024)
    ("Premier spotkał się w poniedziałek w Kijowie z prezydentem Zełenskim.", "2024-01-23", "pl",
     [("POL-UKR", "in_person", "2024-01-22", "occurred")]),
    # a title with a name of someone out of office is no home holder (Rutte left office in July 2024)
    ("Zelensky ontmoette dinsdag premier Rutte.", "2025-03-12", "nl", []),
    # where names take case endings, a surname right after another's is another man (Duda met Xi in
    # Beijing on 24 June 2024)
    ("Podczas rozmowy z Xi Duda poruszył kwestię wojny w Ukrainie.", "2024-06-24", "pl",
     [("CHN-POL", "in_person", "2024-06-24", "occurred")]),
    ("Під час зустрічі з Туском Зеленський обговорив питання експорту зерна.", "2024-01-22", "uk",
     [("POL-UKR", "in_person", "2024-01-22", "occurred")]),
    # no meeting on the table, an invitation: none held (Zelensky invited Putin to Istanbul in May 2025)
    ("Een ontmoeting tussen Poetin en Zelensky is volgens het Kremlin niet aan de orde.", "2025-05-12", "nl",
     []),
    ("Zelensky nodigde Poetin uit voor een ontmoeting in Istanbul.", "2025-05-12", "nl",
     [("RUS-UKR", "in_person", "2025-05-12", "planned")]),
    # talks counted from ("a day after his talks with Putin") are Trump's with Putin, a day before the
    # call with Zelensky (Trump called Putin on Tuesday 18 and Zelensky on Wednesday 19 March 2025)
    ("Trump telefoneerde woensdag met Zelensky, een dag na zijn gesprek met Poetin.", "2025-03-20", "nl",
     [("RUS-USA", "phone", "2025-03-18", "occurred"), ("UKR-USA", "phone", "2025-03-19", "occurred")]),
    ("Trump zadzwonił w środę do Zełenskiego, dzień po rozmowie z Putinem.", "2025-03-20", "pl",
     [("RUS-USA", "phone", "2025-03-18", "occurred"), ("UKR-USA", "phone", "2025-03-19", "occurred")]),
    ("Trump called Zelensky on Wednesday, a day after his conversation with Putin.", "2025-03-20", "en",
     [("RUS-USA", "phone", "2025-03-18", "occurred"), ("UKR-USA", "phone", "2025-03-19", "occurred")]),
    # a summit "between" two leaders is their meeting (Anchorage, Friday 15 August 2025)
    ("De top tussen Trump en Poetin vond vrijdag plaats in Anchorage.", "2025-08-16", "nl",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("Szczyt między Trumpem a Putinem odbył się w piątek w Anchorage.", "2025-08-16", "pl",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("Саміт між Трампом і Путіним відбувся у п'ятницю в Анкориджі.", "2025-08-16", "uk",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # an acronym before a surname is no given name (The Hague NATO summit, Wednesday 25 June 2025)
    ("На саміті НАТО Зеленський у середу зустрівся з Трампом.", "2025-06-26", "uk",
     [("UKR-USA", "in_person", "2025-06-25", "occurred")]),
    ("Na szczycie NATO Zełenski spotkał się w środę z Trumpem.", "2025-06-26", "pl",
     [("UKR-USA", "in_person", "2025-06-25", "occurred")]),
    # a seat a visit word knows is no given name before a surname (Trump and Putin spoke on 18 March 2025)
    ("Według Kremla Putin rozmawiał z Trumpem.", "2025-03-18", "pl", CALL_18_MARCH),
    # Polish "była" is "was" as often as "former": the talk stands; "była premier" is a former one
    ("Rozmowa Trumpa z Putinem była konstruktywna.", "2025-03-18", "pl", CALL_18_MARCH),
    ("Była premier Wielkiej Brytanii spotkała się z Trumpem.", "2025-03-18", "pl", []),
    # willingness and a plan with the reflexive after the verb are no held contact
    ("Trump i Putin mają spotkać się w Budapeszcie w ciągu dwóch tygodni.", "2025-10-17", "pl", []),
    ("Kremlinwoordvoerder Peskov zei dat Poetin openstaat voor een gesprek met Trump.", "2025-01-21", "nl",
     [("RUS-USA", "in_person", "2025-01-21", "planned")]),
    ("Речник Кремля Дмитро Пєсков заявив, що Путін відкритий до контактів із Трампом.", "2025-01-21", "uk",
     [("RUS-USA", "in_person", "2025-01-21", "planned")]),
]


@pytest.mark.parametrize(("text", "published", "lang", "expected"), CASES)
def test_dutch_polish_ukrainian_press_forms(real: RuleExtractor, make_doc: DocFactory, text: str,
                                            published: str, lang: str,
                                            expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == expected
