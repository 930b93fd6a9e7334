"""Ukrainian, Polish and Dutch reports, written by us about real contacts, through the whole extractor.

They run on the bundled gazetteer: the Ukrainian and Polish case forms of the leaders' names are made by
its build (ingest.gazetteer.uk, .pl), and the test gazetteer of conftest.py carries none of them.
"""

from __future__ import annotations

import pytest

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.conftest import build_doc


def _rows(extractor: RuleExtractor, text: str, published: str, lang: str) -> list[tuple[str | None, ...]]:
    doc: Document = build_doc(text, published, lang=lang)
    got = extractor.extract(doc)
    for c in got:  # the evidence is the document's own text at its offsets
        src = c.sources[0]
        assert doc.text[src.start : src.end] == src.evidence
    return sorted((*sorted((c.a.country, c.b.country)), c.mode, c.date, c.status) for c in got)


CASES = [
    # Zelensky in Istanbul with Erdoğan on 7 July 2023, the day after his talks with Radev in Sofia:
    # names in the instrumental, titles with the country in the genitive, "the day before"
    ("uk", "Президент України Володимир Зеленський 7 липня зустрівся в Стамбулі з президентом Туреччини "
     "Реджепом Тайїпом Ердоганом. Напередодні Зеленський провів переговори з президентом Болгарії "
     "Руменом Радевим у Софії.", "2023-07-08",
     [("BGR", "UKR", "in_person", "2023-07-06", "occurred"),
      ("TUR", "UKR", "in_person", "2023-07-07", "occurred")]),
    # the Trump-Zelensky call of Wednesday 19 March 2025: a weekday against the publication day
    ("uk", "Володимир Зеленський у середу провів телефонну розмову з президентом США Дональдом Трампом.",
     "2025-03-20", [("UKR", "USA", "phone", "2025-03-19", "occurred")]),
    # Scholz's call to Putin on 15 November 2024: "yesterday", and Putin in the instrumental (-им)
    ("uk", "Канцлер Німеччини Олаф Шольц учора провів телефонну розмову з Путіним.", "2024-11-16",
     [("DEU", "RUS", "phone", "2024-11-15", "occurred")]),
    # Zelensky in Warsaw on Wednesday 5 April 2023, received by Duda: a demonym before the title
    ("uk", "Президент України Володимир Зеленський у середу прибув до Варшави, де його прийняв польський "
     "президент Анджей Дуда.", "2023-04-06", [("POL", "UKR", "in_person", "2023-04-05", "occurred")]),
    # Zelensky in Istanbul on 8 March 2024: Erdoğan named only as "his Turkish counterpart"
    ("uk", "Президент України Володимир Зеленський 8 березня провів переговори в Стамбулі зі своїм "
     "турецьким колегою. Лідери обговорили безпеку в Чорному морі.", "2024-03-09",
     [("TUR", "UKR", "in_person", "2024-03-08", "occurred")]),
    # Guterres in Kyiv on Thursday 28 April 2022: an office of the UN in the instrumental
    ("uk", "Президент України Володимир Зеленський у четвер провів зустріч у Києві з Генеральним "
     "секретарем ООН Антоніу Гутеррешем.", "2022-04-29",
     [("UKR", "UN", "in_person", "2022-04-28", "occurred")]),
    # Orbán in Kyiv on 2 July 2024, named first by "the head of the Hungarian government"
    ("uk", "Глава угорського уряду Віктор Орбан 2 липня вперше за багато років прибув до Києва, де "
     "зустрівся із Зеленським.", "2024-07-03", [("HUN", "UKR", "in_person", "2024-07-02", "occurred")]),
    # Merz in Warsaw on Wednesday 7 May 2025; Tusk named only as "the head of the Polish government"
    ("pl", "Szef polskiego rządu przyjął w środę w Warszawie kanclerza Niemiec Friedricha Merza.",
     "2025-05-08", [("DEU", "POL", "in_person", "2025-05-07", "occurred")]),
    # the White House meeting of Monday 18 August 2025, which European leaders joined: "та" lists them
    ("uk", "Президент України Володимир Зеленський у понеділок провів переговори з Президентом США "
     "Дональдом Трампом у Білому домі. До зустрічі долучилися Емманюель Макрон, Фрідріх Мерц та "
     "Кір Стармер.", "2025-08-19",
     [("DEU", "UKR", "in_person", "2025-08-18", "occurred"),
      ("FRA", "UKR", "in_person", "2025-08-18", "occurred"),
      ("GBR", "UKR", "in_person", "2025-08-18", "occurred"),
      ("UKR", "USA", "in_person", "2025-08-18", "occurred")]),
    # Erdoğan and Aliyev in Nakhchivan on Monday 25 September 2023: one plural title, two countries
    ("uk", "Президенти Туреччини та Азербайджану в понеділок зустрілися в Нахчивані.", "2023-09-26",
     [("AZE", "TUR", "in_person", "2023-09-25", "occurred")]),
    ("nl", "De presidenten van Turkije en Azerbeidzjan ontmoetten elkaar maandag in Nachitsjevan.",
     "2023-09-26", [("AZE", "TUR", "in_person", "2023-09-25", "occurred")]),
    # Tusk in Kyiv on Monday 22 January 2024
    ("pl", "Premier Donald Tusk spotkał się w poniedziałek w Kijowie z prezydentem Ukrainy Wołodymyrem "
     "Zełenskim.", "2024-01-23", [("POL", "UKR", "in_person", "2024-01-22", "occurred")]),
    # the same call of Scholz's, told by the Polish press: a weekday and the instrumental -em
    ("pl", "Kanclerz Niemiec Olaf Scholz rozmawiał w piątek telefonicznie z Władimirem Putinem.",
     "2024-11-16", [("DEU", "RUS", "phone", "2024-11-15", "occurred")]),
    # Duda at the White House on Tuesday 12 March 2024: the demonym "amerykańskim" before the title
    ("pl", "Prezydent Andrzej Duda spotkał się we wtorek w Białym Domu z amerykańskim prezydentem "
     "Joe Bidenem.", "2024-03-13", [("POL", "USA", "in_person", "2024-03-12", "occurred")]),
    # the Kyiv visit of 22 January 2024, announced the week before
    ("pl", "W przyszłym tygodniu premier Tusk uda się do Kijowa, gdzie spotka się z Zełenskim.", "2024-01-16",
     [("POL", "UKR", "in_person", "2024-01", "planned")]),
    # Rutte at the White House on Tuesday 17 January 2023, announced the week before and then told
    ("nl", "Premier Mark Rutte wordt volgende week in het Witte Huis ontvangen door president Joe Biden.",
     "2023-01-10", [("NLD", "USA", "in_person", "2023-01", "planned")]),
    ("nl", "Premier Mark Rutte is dinsdag in het Witte Huis ontvangen door de Amerikaanse president "
     "Joe Biden.", "2023-01-18", [("NLD", "USA", "in_person", "2023-01-17", "occurred")]),
    # Macron's call to Putin of Tuesday 1 July 2025, the first in nearly three years; Putin as "Poetin"
    ("nl", "De Franse president Emmanuel Macron heeft dinsdag voor het eerst in bijna drie jaar met de "
     "Russische president Vladimir Poetin gebeld.", "2025-07-02",
     [("FRA", "RUS", "phone", "2025-07-01", "occurred")]),
    # the Biden-Xi video summit of Monday 15 November 2021, in each of the three languages
    ("nl", "De Amerikaanse president Joe Biden en de Chinese president Xi Jinping hebben maandag een "
     "videogesprek gevoerd.", "2021-11-16", [("CHN", "USA", "video", "2021-11-15", "occurred")]),
    ("pl", "Prezydent USA Joe Biden i przywódca Chin Xi Jinping odbyli w poniedziałek wideokonferencję.",
     "2021-11-16", [("CHN", "USA", "video", "2021-11-15", "occurred")]),
    ("uk", "Президент США Джо Байден і голова КНР Сі Цзіньпін у понеділок провели переговори у форматі "
     "відеоконференції.", "2021-11-16", [("CHN", "USA", "video", "2021-11-15", "occurred")]),
    # "yesterday" in Polish
    ("pl", "Kanclerz Niemiec Olaf Scholz rozmawiał wczoraj telefonicznie z Władimirem Putinem.", "2024-11-16",
     [("DEU", "RUS", "phone", "2024-11-15", "occurred")]),
    # a separable verb: "belde ... op"
    ("nl", "Bondskanselier Olaf Scholz belde vrijdag de Russische president Poetin op.", "2024-11-16",
     [("DEU", "RUS", "phone", "2024-11-15", "occurred")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "want"), CASES)
def test_contacts_in_new_languages(real: RuleExtractor, lang: str, text: str, published: str,
                                   want: list[tuple[str, ...]]) -> None:
    assert _rows(real, text, published, lang) == want


NOTHING = [
    # negation (Putin did not come to the Istanbul talks of May 2025), a spokesman, a minister
    ("uk", "У Стамбулі Зеленський не зустрівся з Путіним, який туди не приїхав.", "2025-05-17"),
    ("uk", "Зустріч Путіна із Зеленським у Стамбулі так і не відбулася.", "2025-05-17"),
    ("uk", "Речник Кремля Дмитро Пєсков зустрівся з журналістами й не коментував розмову Путіна.",
     "2025-05-17"),
    ("pl", "Władimir Putin nie spotkał się w Stambule z Wołodymyrem Zełenskim.", "2025-05-16"),
    ("pl", "Do spotkania Putina z Zełenskim w Stambule nie doszło.", "2025-05-17"),
    ("pl", "Minister spraw zagranicznych Radosław Sikorski spotkał się w Kijowie z Zełenskim.", "2024-05-01"),
    ("nl", "Poetin kwam niet naar Istanboel en ontmoette Zelensky daar niet.", "2025-05-17"),
    ("nl", "De ontmoeting tussen Poetin en Zelensky in Istanboel ging niet door.", "2025-05-17"),
]


@pytest.mark.parametrize(("lang", "text", "published"), NOTHING)
def test_negations_denials_and_ministers_give_nothing(real: RuleExtractor, lang: str, text: str,
                                                      published: str) -> None:
    assert _rows(real, text, published, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Premier Donald Tusk spotkał się w poniedziałek w Kijowie z prezydentem Ukrainy.", "pl"),
    ("Premier Mark Rutte is dinsdag in het Witte Huis ontvangen door de Amerikaanse president.", "nl"),
    ("Президент України Володимир Зеленський зустрівся з президентом Туреччини.", "uk"),
])
def test_a_text_without_its_language_is_guessed_as_one_of_the_new_languages(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


@pytest.mark.parametrize(("lang", "text"), [
    # Tusk and Macron signed the Nancy treaty on Friday 9 May 2025; "the two leaders" is that pair
    ("pl", "Premier Donald Tusk i prezydent Francji Emmanuel Macron podpisali w piątek w Nancy traktat o "
     "współpracy. Obaj przywódcy rozmawiali także o bezpieczeństwie Europy."),
    ("nl", "Premier Donald Tusk en de Franse president Emmanuel Macron ondertekenden vrijdag in Nancy een "
     "verdrag. De twee leiders spraken ook over de veiligheid van Europa."),
])
def test_the_two_leaders_are_the_pair_and_their_topics_count(real: RuleExtractor, lang: str,
                                                             text: str) -> None:
    got = real.extract(build_doc(text, "2025-05-10", lang=lang))
    assert [(*sorted((c.a.country, c.b.country)), c.mode, c.date) for c in got] == [
        ("FRA", "POL", "in_person", "2025-05-09")]
    assert "security_defense" in got[0].topics
