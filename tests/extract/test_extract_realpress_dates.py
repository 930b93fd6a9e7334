"""Real-press review of dates: a page's own stamp line dates a report with no publication date, and a date
fronted in a clause of its own gives way to the main clause's day; each on a real contact told in our own
words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, extract_rows, pair_rows

# -- a stamp line (a full date and a time of day) on a page with no publication date -------------------------

# Putin and Trump spoke by telephone on 29 December 2019 (Putin thanked Trump for a tip about attacks).


def test_a_stamp_line_later_in_the_page_dates_an_undated_report(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("The Kremlin has put out its account of a call between the two presidents.\n\n"
            "Vladimir Putin rang Donald Trump, the Kremlin's note says.\n\n"
            "December 29, 2019 18:55\n"
            "Putin was grateful for an American tip about plots in Russia.")
    assert pair_rows(real, make_doc, text, None, "en") == [("RUS-USA", "phone", "2019-12-29", "occurred")]


# Erdoğan and Putin spoke by telephone on Sunday 11 December 2022.


def test_a_stamp_line_gives_yesterday_its_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("12.12.2022 10:15\n\n"
            "Cumhurbaşkanı Recep Tayyip Erdoğan, dün Rusya Devlet Başkanı Vladimir Putin ile telefonda "
            "görüştü.")
    assert pair_rows(real, make_doc, text, None, "tr") == [("RUS-TUR", "phone", "2022-12-11", "occurred")]


def test_a_publication_day_wins_over_a_stamp(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("10.12.2022 10:15\n\n"
            "Cumhurbaşkanı Recep Tayyip Erdoğan, dün Rusya Devlet Başkanı Vladimir Putin ile telefonda "
            "görüştü.")
    assert pair_rows(real, make_doc, text, "2022-12-12", "tr") == [("RUS-TUR", "phone", "2022-12-11",
                                                                    "occurred")]


# -- a fronted clause's date against the main clause's own day -----------------------------------------------

# Macron met Trump in Brussels on 25 May 2017 and received Putin at Versailles on Monday 29 May 2017.


def test_a_fronted_clause_keeps_its_date_when_the_main_clause_has_one(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("Après avoir rencontré Donald Trump à Bruxelles la semaine dernière, Emmanuel Macron a reçu avec "
            "faste à Versailles lundi Vladimir Poutine.")
    assert pair_rows(real, make_doc, text, "2017-05-30", "fr") == [
        ("FRA-RUS", "in_person", "2017-05-29", "occurred"), ("FRA-USA", "in_person", "2017-05", "occurred")]


def test_a_fronted_date_still_dates_a_main_clause_without_one(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    text = "Lundi, à Versailles, Emmanuel Macron a reçu Vladimir Poutine pour un premier entretien."
    assert pair_rows(real, make_doc, text, "2017-05-30", "fr") == [("FRA-RUS", "in_person", "2017-05-29",
                                                                    "occurred")]


# -- a full date named with its weekday on an undated page ---------------------------------------------

# Trudeau and Trump spoke by telephone on Saturday 22 February 2025 (about Ukraine and fentanyl).


_BODY = ("Le premier ministre Justin Trudeau a eu {day} un appel avec Donald Trump: l'Ukraine et le "
         "fentanyl.\n\n"
         "Le Premier ministre a dit que les saisies de drogue à la frontière avaient nettement baissé.\n\n"
         "Les deux pays discutent depuis des semaines des droits de douane.\n\n"
         "Sur la photo: Donald Trump devant la Maison Blanche, le samedi 22 février 2025.")


def test_a_weekday_named_with_its_full_date_dates_the_same_weekday_alone(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    text = _BODY.format(day="samedi")
    assert pair_rows(real, make_doc, text, None, "fr") == [("CAN-USA", "phone", "2025-02-22", "occurred")]


def test_a_full_date_whose_weekday_the_text_never_names_alone_dates_nothing(real: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    # the caption's Saturday is no day to count "hier" from
    text = _BODY.format(day="hier")
    assert [r[-1] for r in extract_rows(real, make_doc, text, None, "fr", ("date",))] == [None]


# -- a Solar Hijri date written with the year first ------------------------------------------------------

# Pezeshkian and Putin met in Ashgabat on Friday 11 October 2024 (20 Mehr 1403).


def test_a_persian_numeric_solar_stamp_dates_an_undated_report(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("۱۴۰۳/۰۷/۲۰ - ۱۸:۴۵\n\n"
            "مسعود پزشکیان رئیس جمهور ایران امروز در عشق آباد با ولادیمیر پوتین دیدار کرد.")
    assert pair_rows(real, make_doc, text, None, "fa") == [("IRN-RUS", "in_person", "2024-10-11", "occurred")]


def test_a_persian_numeric_solar_date_in_the_text(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "مسعود پزشکیان رئیس جمهور ایران روز ۱۴۰۳/۰۷/۲۰ در عشق آباد با ولادیمیر پوتین دیدار کرد."
    assert pair_rows(real, make_doc, text, "2024-10-14", "fa") == [("IRN-RUS", "in_person", "2024-10-11",
                                                                   "occurred")]


def test_a_year_first_date_in_western_digits_is_no_solar_date(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # "1403/07/20" in Western digits could as well be a lunar year: not read
    text = ("1403/07/20 - 18:45\n\n"
            "مسعود پزشکیان رئیس جمهور ایران امروز در عشق آباد با ولادیمیر پوتین دیدار کرد.")
    assert pair_rows(real, make_doc, text, None, "fa") == [("IRN-RUS", "in_person", "", "occurred")]


# -- a weekday that names the day of the calendar date after it ---------------------------------------------

# Maduro said Trump had called him on Friday 21 November 2025; Putin and Trump spoke on Sunday 29 December
# 2019; Macron received Ouattara at the Élysée on Friday 4 September 2020.


def test_a_weekday_before_its_calendar_date_is_that_date_not_the_last_such_weekday(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("El presidente Nicolás Maduro dijo que habló por teléfono con el presidente Donald Trump el "
            "viernes 21 de noviembre.")
    assert pair_rows(real, make_doc, text, "2025-12-20", "es") == [("USA-VEN", "phone", "2025-11-21",
                                                                    "occurred")]


def test_an_english_weekday_and_comma_before_its_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Vladimir Putin and Donald Trump talked by telephone on Sunday, December 29, the Kremlin said."
    assert pair_rows(real, make_doc, text, "2020-01-10", "en") == [("RUS-USA", "phone", "2019-12-29",
                                                                    "occurred")]


def test_a_french_weekday_after_ce_before_its_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Alassane Ouattara a déjeuné à l'Élysée avec Emmanuel Macron ce vendredi 04 septembre, après "
            "sa désignation comme candidat.")
    assert pair_rows(real, make_doc, text, "2020-09-20", "fr") == [("CIV-FRA", "in_person", "2020-09-04",
                                                                    "occurred")]
