"""Round five of the real-press review, dates: word forms that named the wrong day on dated reports.

Persian weekdays written with a plain space (read as their last word, Saturday), the words for last night
and for the day before yesterday, and the short months of agency datelines in Spanish, Portuguese, Italian
and French. Each on a real contact, in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import DateExpr, build_date_index, find_dates, resolve
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory, pair_rows

# -- Persian weekdays with a space where the joiner belongs --------------------------------------------------

# Ebrahim Raisi met Vladimir Putin in Moscow on Thursday 7 December 2023.


def test_a_persian_thursday_written_with_a_space_is_thursday(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = "ابراهیم رئیسی رئیس جمهور ایران پنج شنبه در مسکو با ولادیمیر پوتین رئیس جمهور روسیه دیدار کرد."
    assert pair_rows(real, make_doc, text, "2023-12-09", "fa") == [("IRN-RUS", "in_person", "2023-12-07",
                                                                   "occurred")]


# Masoud Pezeshkian and Vladimir Putin spoke by telephone on Monday 25 August 2025.


@pytest.mark.parametrize("monday", ["دو شنبه", "دوشنبه"])
def test_a_persian_monday_with_or_without_its_space(real: RuleExtractor, make_doc: DocFactory,
                                                     monday: str) -> None:
    text = f"ولادیمیر پوتین رئیس جمهور روسیه روز {monday} در تماسی تلفنی با مسعود پزشکیان رئیس جمهور ایران " \
        "درباره نشست آلاسکا گفتگو کرد."
    assert pair_rows(real, make_doc, text, "2025-08-27", "fa") == [("IRN-RUS", "phone", "2025-08-25",
                                                                   "occurred")]


def test_the_persian_past_day_is_yesterday(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "ولادیمیر پوتین روز گذشته در تماسی تلفنی با مسعود پزشکیان درباره نشست آلاسکا سخن گفت."
    assert pair_rows(real, make_doc, text, "2025-08-26", "fa") == [("IRN-RUS", "phone", "2025-08-25",
                                                                   "occurred")]


# -- last night, and the day before yesterday ----------------------------------------------------------------

# Joe Biden and Vladimir Putin spoke by telephone late on 30 December 2021 (Moscow time).


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Владимир Путин и Джо Байден минувшей ночью обсудили по телефону гарантии безопасности."),
    ("ru", "Владимир Путин прошлой ночью провел телефонный разговор с Джо Байденом."),
    ("de", "Wladimir Putin und Joe Biden haben in der vergangenen Nacht über Sicherheitsgarantien "
           "telefoniert."),
])
def test_last_night_is_the_day_before_the_report(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 text: str) -> None:
    assert pair_rows(real, make_doc, text, "2021-12-31", lang) == [("RUS-USA", "phone", "2021-12-30",
                                                                   "occurred")]


# Joe Biden and Emmanuel Macron spoke by telephone on 22 September 2021, after the submarine row.


def test_french_la_nuit_derniere(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron et Joe Biden se sont parlé au téléphone la nuit dernière pour apaiser la crise "
            "des sous-marins.")
    assert pair_rows(real, make_doc, text, "2021-09-23", "fr") == [("FRA-USA", "phone", "2021-09-22",
                                                                   "occurred")]


# Joe Biden telephoned Abdel Fattah al-Sisi on 24 May 2021, their first call, about the Gaza truce.


def test_arabic_last_night_is_not_tonight(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "تلقى الرئيس عبد الفتاح السيسي الليلة الماضية اتصالا هاتفيا من الرئيس الأمريكي جو بايدن بشأن غزة."
    assert pair_rows(real, make_doc, text, "2021-05-25", "ar") == [("EGY-USA", "phone", "2021-05-24",
                                                                   "occurred")]


# Recep Tayyip Erdoğan and Vladimir Putin spoke by telephone on Sunday 11 December 2022.


@pytest.mark.parametrize("before", ["önceki gün", "evvelki gün"])
def test_turkish_day_before_yesterday(real: RuleExtractor, make_doc: DocFactory, before: str) -> None:
    text = f"Cumhurbaşkanı Erdoğan {before} Rusya Devlet Başkanı Putin ile telefonda tahıl anlaşmasını " \
        "görüştü."
    assert pair_rows(real, make_doc, text, "2022-12-13", "tr") == [("RUS-TUR", "phone", "2022-12-11",
                                                                   "occurred")]


def test_turkish_the_day_before_the_story_still_counts_from_it(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # "bir önceki gün" is the day before the one told, not two days before publication
    text = ("Erdoğan 11 Aralık'ta Putin ile telefonda görüştü. Bir önceki gün de Zelenski ile "
            "telefonda görüşmüştü.")
    rows = pair_rows(real, make_doc, text, "2022-12-13", "tr")
    assert ("RUS-TUR", "phone", "2022-12-11", "occurred") in rows
    assert all(r[2] != "2022-12-11" for r in rows if r[0] == "TUR-UKR")


# -- the short months of agency datelines --------------------------------------------------------------------

# Pedro Sánchez met Xi Jinping in Beijing on 11 April 2025; Giorgia Meloni met Joe Biden at the White House
# on 1 March 2024; Lula da Silva was received by Marcelo Rebelo de Sousa in Lisbon on 22 April 2023.


@pytest.mark.parametrize(("lang", "text", "published", "want"), [
    ("es", "Pekín, 11 abr (EFE).- Pedro Sánchez, jefe del Ejecutivo de España, se reunió con el "
           "presidente chino, Xi Jinping, en la capital china.", "2025-04-12", ("CHN-ESP", "2025-04-11")),
    ("it", "(ANSA) - WASHINGTON, 01 MAR - La premier Giorgia Meloni ha incontrato il "
           "presidente Joe Biden alla Casa Bianca.", "2024-03-02", ("ITA-USA", "2024-03-01")),
    ("pt", "Lisboa, 22 abr (Lusa) - O Presidente da República, Marcelo Rebelo de Sousa, recebeu o "
           "Presidente brasileiro, Lula da Silva, no Palácio de Belém.", "2023-04-23",
     ("BRA-PRT", "2023-04-22")),
])
def test_a_datelines_short_month_is_the_reports_day(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                     text: str, published: str,
                                                     want: tuple[str, str]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == [(want[0], "in_person", want[1], "occurred")]


def _found(lang: str, text: str) -> list[DateExpr]:
    """The dates one language's words find in a text (the other lexicons' short words left out)."""
    tokens = tokenize(text)
    index = build_date_index([lex for lex in all_lexicons() if lex.lang == lang])
    return find_dates(index, tokens, text, 0, len(tokens))


@pytest.mark.parametrize(("lang", "text", "ref", "want"), [
    ("fr", "Alger, 12 janv. 2023 (APS) -", date(2023, 1, 13), ("2023-01-12", "day")),
    ("es", "Ciudad de México, 3 nov (Notimex).-", date(2018, 11, 4), ("2018-11-03", "day")),
    ("it", "ROMA, 12 GEN -", date(2024, 1, 13), ("2024-01-12", "day")),
    ("pt", "Brasília, 3 out (Lusa) -", date(2023, 10, 4), ("2023-10-03", "day")),
])
def test_short_months_after_a_day(lang: str, text: str, ref: date, want: tuple[str, str]) -> None:
    found = _found(lang, text)
    assert found and resolve(found[0], ref) == want


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il tennista ha vinto per 3 set a uno."),  # sets of a match
    ("pt", "O jogo terminou com 2 set perdidos."),
    ("es", "Cuba recibió a Putin en el mar Caribe."),  # the sea, with no day before it
])
def test_a_short_month_is_no_date_alone_or_before_a_word(lang: str, text: str) -> None:
    assert _found(lang, text) == []


# -- Arabic: a month named in two calendars, a day told as an ordinal ----------------------------------------

# Mahmoud Abbas met Vladimir Putin in Astana on 13 October 2022, at the CICA summit.


@pytest.mark.parametrize(("text", "want"), [
    ("التقى محمود عباس فلاديمير بوتين في أستانا في أكتوبر/تشرين الأول 2022.", ("2022-10", "month")),
    ("التقى محمود عباس فلاديمير بوتين في أستانا يوم 13 تشرين الأول/ أكتوبر 2022.", ("2022-10-13", "day")),
])
def test_an_arabic_month_named_twice_keeps_its_year(text: str, want: tuple[str, str]) -> None:
    found = _found("ar", text)
    assert len(found) == 1 and resolve(found[0], date(2024, 8, 14)) == want


# Mohamed bin Zayed met Vladimir Putin in St Petersburg on 11 October 2022; Emmanuel Macron was received by
# Abdel Fattah al-Sisi in Cairo on 6 April 2025.


def test_an_arabic_ordinal_day_before_its_month(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("التقى رئيس الدولة الشيخ محمد بن زايد الرئيس الروسي فلاديمير بوتين في سانت بطرسبورغ "
            "في الحادي عشر من أكتوبر 2022.")
    assert pair_rows(real, make_doc, text, "2022-10-13", "ar") == [("ARE-RUS", "in_person", "2022-10-11",
                                                                   "occurred")]


def test_an_arabic_ordinal_day_with_the_word_month(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "استقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة في السادس من شهر أبريل."
    assert pair_rows(real, make_doc, text, "2025-04-08", "ar") == [("EGY-FRA", "in_person", "2025-04-06",
                                                                   "occurred")]


def test_an_ordinal_that_counts_weeks_is_no_day() -> None:
    found = _found("ar", "تعقد القمة خلال الأسبوع الثاني من شهر أبريل.")
    assert [(e.day, e.month) for e in found] == [(None, 4)]


# -- a dateline's day and a stay's start are no contact's day ------------------------------------------------

# Andrés Manuel López Obrador received Joe Biden at the National Palace on Monday 9 January 2023.


@pytest.mark.parametrize("dateline", ["10 ene", "10 de enero"])
def test_a_datelines_day_is_not_the_during_clauses_day(real: RuleExtractor, make_doc: DocFactory,
                                                       dateline: str) -> None:
    text = (f"Ciudad de México, {dateline} (EFE).- El mandatario mexicano López Obrador pidió a Joe "
            "Biden más inversión en la región, durante la reunión bilateral que ambos mantuvieron el lunes.")
    assert pair_rows(real, make_doc, text, "2023-01-10", "es") == [("MEX-USA", "in_person", "2023-01-09",
                                                                   "occurred")]


# Imran Khan, in Iran from 21 April 2019, met Hassan Rouhani in Tehran on Monday 22 April.


def test_since_yesterday_is_a_stays_start_not_the_leads_day(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = "عمران خان نخست‌وزیر پاکستان که از دیروز در تهران است، با حسن روحانی رئیس‌جمهوری دیدار کرد."
    assert pair_rows(real, make_doc, text, "2019-04-22", "fa") == [("IRN-PAK", "in_person", "2019-04-22",
                                                                   "occurred")]


# Vladimir Putin was in Abu Dhabi and then in Riyadh on 6 December 2023; he had met Mohamed bin Zayed in
# St Petersburg on 11 October 2022.


def test_a_recalled_day_of_an_earlier_year_does_not_date_what_follows(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = ("استقبل الشيخ محمد بن زايد الرئيس الروسي فلاديمير بوتين اليوم في أبوظبي. وذكّر الجانبان بلقائهما "
            "في سانت بطرسبورغ في الحادي عشر من أكتوبر 2022. ثم انتقل بوتين إلى الرياض حيث أجرى محادثات "
            "مع ولي العهد محمد بن سلمان رئيس مجلس الوزراء.")
    rows = pair_rows(real, make_doc, text, "2023-12-06", "ar")
    assert ("ARE-RUS", "in_person", "2022-10-11", "occurred") in rows
    assert ("RUS-SAU", "in_person", "2023-12-06", "occurred") in rows
