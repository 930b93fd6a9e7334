"""Bulgarian reports (the style of BTA, BNR and Dnevnik), written by us about real contacts.

They run on the bundled gazetteer: Bulgarian names fold to the Russian ones where they are written alike
("Путин", "Радев"), BTA's other forms ("Тръмп", "Байдън") are in manual/names_hu_bg_az.jsonl.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "bg")


CASES = [
    # Zelensky in Sofia on Thursday 6 July 2023: "в четвъртък", the articled title
    ("Президентът Румен Радев се срещна в четвъртък в София с украинския президент Володимир Зеленски.",
     "2023-07-07", [("BGR-UKR", "in_person", "2023-07-06", "occurred")]),
    # the same day with the prime minister: "прие" (received)
    ("Премиерът Николай Денков прие в четвъртък Володимир Зеленски в Министерския съвет.", "2023-07-07",
     [("BGR-UKR", "in_person", "2023-07-06", "occurred")]),
    # the bare title: Bulgaria's president
    ("Президентът се срещна вчера със Зеленски в София.", "2023-07-07",
     [("BGR-UKR", "in_person", "2023-07-06", "occurred")]),
    # the Trump-Putin call of Wednesday 12 February 2025: "разговаря по телефона с"
    ("Американският президент Доналд Тръмп разговаря по телефона с руския президент Владимир Путин в сряда.",
     "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # Alaska, Friday 15 August 2025
    ("Доналд Тръмп и Владимир Путин се срещнаха в петък в Аляска.", "2025-08-16",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021
    ("Джо Байдън и Си Дзинпин проведоха видеоконференция в понеделник.", "2021-11-16",
     [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Macron's call of 1 July 2025: "вчера"
    ("Еманюел Макрон вчера разговаря по телефона с Владимир Путин.", "2025-07-02",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # Scholz's call of Friday 15 November 2024
    ("Германският канцлер Олаф Шолц разговаря по телефона с Путин в петък.", "2024-11-16",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # Xi at the Kremlin on 20 March 2023: the day and month, "г." after the year
    ("На 20 март 2023 г. Владимир Путин прие Си Дзинпин в Кремъл.", "2023-03-22",
     [("CHN-RUS", "in_person", "2023-03-20", "occurred")]),
    # Sochi, Monday 4 September 2023
    ("Владимир Путин прие турския президент Реджеп Тайип Ердоган в Сочи в понеделник.", "2023-09-05",
     [("RUS-TUR", "in_person", "2023-09-04", "occurred")]),
    # Trump's letter to Erdoğan of 9 October 2019
    ("Доналд Тръмп изпрати писмо на Реджеп Тайип Ердоган на 9 октомври.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # Starmer at the White House, Thursday 27 February 2025
    ("Британският премиер Кир Стармър се срещна с Доналд Тръмп в Белия дом в четвъртък.", "2025-02-28",
     [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    # the Oval Office meeting of Friday 28 February 2025, announced with "ще"
    ("Зеленски ще се срещне с Тръмп в Белия дом в петък.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_bulgarian_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                            expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # no meeting at the Istanbul talks of 16 May 2025
    ("Владимир Путин и Володимир Зеленски не се срещнаха в Истанбул.", "2025-05-17"),
    # a denial
    ("Кремъл отрече, че се планира среща между Путин и Зеленски.", "2025-05-17"),
    # a minister is no leader (Blinken in Kyiv, 6 September 2023)
    ("Американският държавен секретар Антъни Блинкън се срещна в сряда със Зеленски в Киев.", "2023-09-07"),
])
def test_bulgarian_non_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> None:
    assert [r for r in _rows(real, make_doc, text, published) if r[3] == "occurred"] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Президентът Румен Радев се срещна в четвъртък с украинския президент, съобщиха от прессекретариата, "
     "като двамата обсъдиха и енергетиката.", "bg"),
    # Russian keeps its letters ("ы", "э") and words
    ("Президент России Владимир Путин провел телефонный разговор с президентом США, сообщили в Кремле.",
     "ru"),
    # Serbian and Ukrainian keep theirs
    ("Председник Србије Александар Вучић састао се у среду са кинеским председником.", "sr"),
    ("Президент України Володимир Зеленський провів телефонну розмову з президентом Франції.", "uk"),
])
def test_bulgarian_text_is_told_from_other_cyrillic(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


def test_bulgarian_report_of_a_summit(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Putin in Geneva on Wednesday 16 June 2021; "двамата лидери" is the same meeting
    text = ("Джо Байдън и Владимир Путин се срещнаха вчера в Женева. Двамата лидери обсъдиха "
            "киберсигурността и контрола над въоръженията. Байдън заяви, че разговорът е бил конструктивен.")
    assert _rows(real, make_doc, text, "2021-06-17") == [("RUS-USA", "in_person", "2021-06-16", "occurred")]
