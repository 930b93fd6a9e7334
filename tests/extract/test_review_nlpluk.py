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
