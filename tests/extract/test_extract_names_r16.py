"""Round sixteen: leaders named by a surname alone in a verb-final uncased script (Persian), and name forms.

A Persian surname alone (Arabic script: no capital tells a name from a word) is read where the clause gives it
a place: the subject opening a verb-final sentence, the partner after «با», the object before «را» (spaced or
joined by a zero-width non-joiner), the owner after a contact noun; not a given name that an unknown word
follows ("سید عباس عراقچی"). Each sentence is ours, about real contacts or real offices on that day.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import build_doc, held_rows

OccurredRun = Callable[..., list[tuple[str, str]]]


@pytest.fixture
def occurred(real: RuleExtractor) -> OccurredRun:
    """The occurred contacts' country pairs, read with the whole gazetteer (its surname-only forms)."""
    def run(text: str, published: str, lang: str) -> list[tuple[str, str]]:
        return sorted((str(a), str(b)) for a, b, *_ in held_rows(real, build_doc, text, published, lang))
    return run


# -- the subject opening the sentence, the partner after «با» ----------------------------------------------

# Pezeshkian (president from 28 July 2024) met Putin in Ashgabat on 11 October 2024 and in Kazan on 23
# October; he hosted or called the others below in his first months; Scholz and Macron met often in 2024.
BACKED = [
    ("پزشکیان روز جمعه در عشق‌آباد با پوتین دیدار کرد.", "2024-10-11", ("IRN", "RUS")),
    ("پزشکیان و پوتین روز جمعه در عشق‌آباد دیدار کردند.", "2024-10-11", ("IRN", "RUS")),
    ("پوتین روز جمعه در عشق‌آباد با پزشکیان گفت‌وگو کرد.", "2024-10-11", ("IRN", "RUS")),
    ("دیدار پزشکیان و پوتین روز جمعه در عشق‌آباد برگزار شد.", "2024-10-11", ("IRN", "RUS")),
    ("دیدار پزشکیان با پوتین روز جمعه در عشق‌آباد برگزار شد.", "2024-10-11", ("IRN", "RUS")),
    ("پزشکیان روز چهارشنبه در کازان با مودی دیدار کرد.", "2024-10-23", ("IND", "IRN")),
    ("مودی روز چهارشنبه در کازان با پزشکیان دیدار کرد.", "2024-10-23", ("IND", "IRN")),
    ("پزشکیان با گوترش در نیویورک دیدار کرد.", "2024-09-24", ("IRN", "UN")),
    ("پزشکیان با مکرون در نیویورک دیدار کرد.", "2024-09-24", ("FRA", "IRN")),
    ("اردوغان روز چهارشنبه در کازان با پزشکیان گفت‌وگو کرد.", "2024-10-23", ("IRN", "TUR")),
    ("شولتس روز دوشنبه در برلین با مکرون دیدار کرد.", "2024-05-27", ("DEU", "FRA")),
    ("رئیسی روز سه‌شنبه در تهران با پوتین دیدار کرد.", "2022-07-19", ("IRN", "RUS")),
    ("اردوغان روز سه‌شنبه در تهران با پوتین دیدار کرد.", "2022-07-19", ("RUS", "TUR")),
    ("رئیسی روز سه‌شنبه در تهران میزبان پوتین بود.", "2022-07-19", ("IRN", "RUS")),
    ("علی‌اف روز پنجشنبه با رئیسی در مرز دو کشور دیدار کرد.", "2023-05-18", ("AZE", "IRN")),
    ("پوتین روز سه‌شنبه در تهران با همتای ترک خود دیدار کرد.", "2022-07-19", ("RUS", "TUR")),
    ("پزشکیان روز چهارشنبه با همتای روس خود در کازان دیدار کرد.", "2024-10-23", ("IRN", "RUS")),
    # (Pashinyan came to Tehran for Pezeshkian's inauguration on 30 July 2024)
    ("پزشکیان در دیدار با پاشینیان در تهران گفت که روابط دو کشور گسترش می‌یابد.", "2024-07-30",
     ("ARM", "IRN")),
    ("پزشکیان در تهران از نخست‌وزیر ارمنستان استقبال کرد.", "2024-07-30", ("ARM", "IRN")),
]


@pytest.mark.parametrize(("text", "day", "pair"), BACKED)
def test_a_persian_surname_alone_at_its_place_in_the_clause(occurred: OccurredRun, text: str, day: str,
                                                            pair: tuple[str, str]) -> None:
    assert occurred(text, day, "fa") == [pair]


# -- the object before «را», spaced or joined by a non-joiner; «به حضور پذیرفت» --------------------------

OBJECTS = [
    ("پوتین، اردوغان را روز سه‌شنبه در تهران به حضور پذیرفت.", "2022-07-19", ("RUS", "TUR")),
    ("رئیسی، اردوغان‌را روز سه‌شنبه در تهران به حضور پذیرفت.", "2022-07-19", ("IRN", "TUR")),
    ("رهبر انقلاب روز سه‌شنبه رئیس‌جمهور روسیه را به حضور پذیرفت.", "2022-07-19", ("IRN", "RUS")),
    ("پزشکیان نخست‌وزیر ارمنستان را در تهران به حضور پذیرفت.", "2024-07-30", ("ARM", "IRN")),
]


@pytest.mark.parametrize(("text", "day", "pair"), OBJECTS)
def test_a_persian_object_before_ra(occurred: OccurredRun, text: str, day: str,
                                    pair: tuple[str, str]) -> None:
    assert occurred(text, day, "fa") == [pair]


# -- a possessive joined by a non-joiner to a country adjective; a spaced chancellor's title ----------------

SUFFIXED = [
    ("پزشکیان روز چهارشنبه با همتای روسی‌اش در کازان دیدار کرد.", "2024-10-23", ("IRN", "RUS")),
    ("پوتین روز سه‌شنبه در تهران با همتای ترکیه‌ایش دیدار کرد.", "2022-07-19", ("RUS", "TUR")),
    ("پزشکیان با صدر اعظم آلمان تلفنی گفتگو کرد.", "2024-10-03", ("DEU", "IRN")),
]


@pytest.mark.parametrize(("text", "day", "pair"), SUFFIXED)
def test_persian_suffixes_and_title_spellings(occurred: OccurredRun, text: str, day: str,
                                              pair: tuple[str, str]) -> None:
    assert occurred(text, day, "fa") == [pair]


def test_a_joined_suffix_adds_the_stem_key_only() -> None:
    # the word keeps its own form and key first; the stem is one more key. The plural and the indefinite
    # are no name's suffixes: "برنامه‌های امروز" (today's programme) gets no key "برنامه" (a plan)
    (tok,) = tokenize("اردوغان‌را")
    assert tok.keys[0] == tok.form and "اردوغان" in tok.keys
    (plural,) = tokenize("برنامه‌های")
    assert "برنامه" not in plural.keys


def test_a_weekday_is_no_surname(occurred: OccurredRun) -> None:
    # "جمعه" is Friday, and Mehdi Jomaa's surname in Persian script: inside a date it is the day
    text = "پزشکیان روز جمعه با همتای روس خود در عشق‌آباد دیدار کرد."
    assert occurred(text, "2024-10-11", "fa") == [("IRN", "RUS")]


# -- what stays unbacked ---------------------------------------------------------------------------------


def test_a_given_name_before_an_unknown_surname_is_no_leader(occurred: OccurredRun) -> None:
    # Araghchi (foreign minister since August 2024) met Putin in the Kremlin on 17 April 2025: "عباس" opens
    # his name here, no Mahmoud Abbas
    text = ("سید عباس عراقچی، وزیر امور خارجه، روز پنجشنبه در کاخ کرملین با ولادیمیر پوتین، رئیس‌جمهور "
            "روسیه، دیدار کرد.")
    assert occurred(text, "2025-04-17", "fa") == []


def test_a_partner_given_name_before_an_unknown_surname(occurred: OccurredRun) -> None:
    text = "ولادیمیر پوتین روز پنجشنبه در کاخ کرملین با عباس عراقچی وزیر امور خارجه ایران دیدار کرد."
    assert occurred(text, "2025-04-17", "fa") == []


def test_a_surname_out_of_office_that_day_stays_unread(occurred: OccurredRun) -> None:
    # Pezeshkian took office on 28 July 2024: in May he was no president
    assert occurred("پزشکیان روز پنجشنبه با پوتین دیدار کرد.", "2024-05-09", "fa") == []


# -- Russian "глава" + a country is its leader; a head of a delegation or an administration is no leader ---

GLAVA = [
    # Aliyev and Pashinyan met in Prague, at the European Political Community, on 6 October 2022
    ("Глава Азербайджана и премьер-министр Армении в четверг встретились в Праге.", "2022-10-06",
     [("ARM", "AZE")]),
    # Lukashenko and Putin met in Minsk on 6 December 2024
    ("Путин в пятницу встретился в Минске с главой Белоруссии.", "2024-12-06", [("BLR", "RUS")]),
    ("Путин в пятницу встретился в Минске с главой делегации Белоруссии.", "2024-12-06", []),
    ("Путин в пятницу встретился в Минске с главой администрации Белоруссии.", "2024-12-06", []),
]


@pytest.mark.parametrize(("text", "day", "pairs"), GLAVA)
def test_russian_glava_of_a_country(occurred: OccurredRun, text: str, day: str,
                                    pairs: list[tuple[str, str]]) -> None:
    assert occurred(text, day, "ru") == pairs


# -- a country adjective right before its own title is a second person's, not a second country ------------

ADJECTIVES = [
    ("ru", "Президент Азербайджана и армянский премьер в четверг встретились в Праге."),
    ("pl", "Prezydent Azerbejdżanu i armeński premier spotkali się w czwartek w Pradze."),
    ("en", "The president of Azerbaijan and the Armenian prime minister met in Prague on Thursday."),
]


@pytest.mark.parametrize(("lang", "text"), ADJECTIVES)
def test_an_adjective_before_its_own_title(occurred: OccurredRun, lang: str, text: str) -> None:
    # Aliyev and Pashinyan met in Prague, at the European Political Community, on 6 October 2022
    assert occurred(text, "2022-10-06", lang) == [("ARM", "AZE")]


def test_a_plural_title_after_two_adjectives_still_lists_both(occurred: OccurredRun) -> None:
    # Putin and Macron met in the Kremlin on 7 February 2022
    assert occurred("The Russian and French presidents met in Moscow on Monday.", "2022-02-07", "en") \
        == [("FRA", "RUS")]
