"""Round six (status): held against planned, in our own words about real contacts.

Each row is ("AAA-BBB", mode, date, status). The leaders are the ones in office on the day given.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, OK, PLAN = "in_person", "occurred", "planned"

# A present-tense meeting verb at a part of the report's own day is the day's programme; the same sentence in
# the past tense tells the contact held. (lang, publication day, programme sentence, its past form, pair)
_PROGRAMMES = [
    # Kishida called on Biden at the White House on 13 January 2023; a fronted hour closed by a comma
    ("en", "2023-01-13", "This afternoon, Prime Minister Fumio Kishida meets President Joe Biden at the "
     "White House.", ("meets", "met"), "JPN-USA"),
    # the same, with the title of the host in apposition between commas
    ("en", "2023-01-13", "Fumio Kishida, the prime minister of Japan, meets Joe Biden on Friday afternoon in "
     "Washington.", ("meets", "met"), "JPN-USA"),
    # Zelensky dined at the Elysee with Macron on 8 February 2023
    ("fr", "2023-02-08", "Emmanuel Macron reçoit ce soir à l'Élysée le président ukrainien Volodymyr "
     "Zelensky.", ("reçoit", "a reçu"), "FRA-UKR"),
    # Lula was received at the Moncloa by Sánchez on 26 April 2023
    ("es", "2023-04-26", "Pedro Sánchez se reúne esta tarde en Madrid con el presidente brasileño, Luiz "
     "Inácio Lula da Silva.", ("se reúne", "se reunió"), "BRA-ESP"),
    # Zelensky saw Meloni in Rome on 13 May 2023
    ("it", "2023-05-13", "Giorgia Meloni incontra oggi pomeriggio a Roma il presidente ucraino Volodymyr "
     "Zelensky.", ("incontra", "ha incontrato"), "ITA-UKR"),
    # Xi's state visit to Moscow opened with an informal evening with Putin on 20 March 2023
    ("ru", "2023-03-20", "Сегодня вечером Владимир Путин встречается в Кремле с председателем КНР Си "
     "Цзиньпином.", ("встречается", "встретился"), "CHN-RUS"),
    # Putin was in Ankara on 3 April 2018
    ("tr", "2018-04-03", "Cumhurbaşkanı Recep Tayyip Erdoğan bugün öğleden sonra Ankara'da Rusya Devlet "
     "Başkanı Vladimir Putin ile görüşüyor.", ("görüşüyor", "görüştü"), "RUS-TUR"),
    # Putin in Tehran for the Astana-format summit on 19 July 2022: a contact noun, the light verb's present
    ("fa", "2022-07-19", "ولادیمیر پوتین رئیس جمهور روسیه عصر امروز در تهران با ابراهیم رئیسی رئیس جمهور "
     "ایران دیدار می‌کند.", ("دیدار می‌کند", "دیدار کرد"), "IRN-RUS"),
    # the emir of Qatar at the White House on 10 April 2018: an imperfect, an aside and a dated hour in commas
    ("ar", "2018-04-10", "يستقبل الرئيس الأمريكي دونالد ترامب، في واشنطن، عصر اليوم الثلاثاء، أمير قطر تميم "
     "بن حمد.", ("يستقبل", "استقبل"), "QAT-USA"),
]


@pytest.mark.parametrize(("lang", "day", "text", "verbs", "pair"), _PROGRAMMES)
def test_a_present_tense_contact_at_a_part_of_today_is_on_the_programme(
        real: RuleExtractor, make_doc: DocFactory, lang: str, day: str, text: str, verbs: tuple[str, str],
        pair: str) -> None:
    assert pair_rows(real, make_doc, text, day, lang) == [(pair, V, day, PLAN)]
    past = text.replace(verbs[0], verbs[1])
    assert pair_rows(real, make_doc, past, day, lang) == [(pair, V, day, OK)]


def test_german_reported_speech_in_the_present_subjunctive_announces_a_meeting(real: RuleExtractor,
                                                                              make_doc: DocFactory) -> None:
    # Merkel and Trump met at the Osaka G20 on 28 June 2019. Before it, a spokesman's "there is to be a
    # meeting" is reported as "gebe es"; after it, the meeting held is reported as "habe es ... gegeben".
    plan = "Ein Zweiergespräch der Kanzlerin Angela Merkel gebe es in Osaka mit US-Präsident Donald Trump."
    held = plan.replace("gebe es", "habe es").replace("Trump.", "Trump gegeben.")
    assert pair_rows(real, make_doc, plan, "2019-06-27", "de") == [("DEU-USA", V, "2019-06-27", PLAN)]
    assert pair_rows(real, make_doc, held, "2019-06-29", "de") == [("DEU-USA", V, "2019-06-29", OK)]


@pytest.mark.parametrize(("lang", "text"), [
    # Erdoğan hosted Putin in Ankara on 3 April 2018; a report of the day before announces it in the present
    # tense, the day word far from the verb
    ("en", "Turkish President Recep Tayyip Erdogan receives Russian President Vladimir Putin at his palace "
     "in the capital Ankara tomorrow."),
    ("ar", "يستقبل الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في قصره بالعاصمة أنقرة غدا."),
])
def test_a_contact_of_the_reports_tomorrow_is_planned(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                     text: str) -> None:
    assert pair_rows(real, make_doc, text, "2018-04-02", lang) == [("RUS-TUR", V, "2018-04-03", PLAN)]


def test_a_contact_of_yesterday_beside_a_trip_of_tomorrow_stays_held(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # the date nearest the cue is the contact's: yesterday's meeting, tomorrow's journey home
    text = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في أنقرة ويعود بوتين "
            "غدا إلى موسكو.")
    assert pair_rows(real, make_doc, text, "2018-04-04", "ar") == [("RUS-TUR", V, "2018-04-03", OK)]


def test_a_meeting_set_for_a_day_is_planned(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Xi met at Woodside on 15 November 2023; the report of the 13th announced it
    text = "All eyes are on the meeting between Joe Biden and Xi Jinping set for Wednesday in California."
    assert pair_rows(real, make_doc, text, "2023-11-13", "en") == [("CHN-USA", V, "2023-11-15", PLAN)]


@pytest.mark.parametrize(("lang", "day", "text", "row"), [
    # Biden and Xi spoke by telephone on 28 July 2022, months before they met at the G20 in Bali
    ("en", "2022-07-28", "Joe Biden and Xi Jinping spoke by telephone and discussed the upcoming summit in "
     "Bali.", ("CHN-USA", "phone", "2022-07-28", OK)),
    # Putin and Xi spoke on 15 June 2022, a week before the BRICS summit China hosted
    ("ru", "2022-06-15", "Владимир Путин и Си Цзиньпин провели телефонный разговор и обсудили предстоящий "
     "саммит БРИКС.", ("CHN-RUS", "phone", "2022-06-15", OK)),
])
def test_a_plan_adjective_on_the_object_of_a_later_verb_leaves_the_call_held(
        real: RuleExtractor, make_doc: DocFactory, lang: str, day: str, text: str,
        row: tuple[str, ...]) -> None:
    # the upcoming visit is what the leaders talked about: their call took place
    assert pair_rows(real, make_doc, text, day, lang) == [row]


def test_a_plan_adjective_still_plans_its_own_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    # no verb between: the meeting at the upcoming summit is the summit's, still to come
    text = "Joe Biden meets Xi Jinping at the upcoming summit in San Francisco."
    assert pair_rows(real, make_doc, text, "2023-11-10", "en") == [("CHN-USA", V, "2023-11-10", PLAN)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Xi Jinping met Vladimir Putin in Moscow on Tuesday and invited him to visit China."),
    ("fr", "Xi a rencontré Poutine mardi et l'a invité à se rendre en Chine."),
    ("es", "Xi se reunió con Putin el martes y lo invitó a visitar China."),
    ("it", "Xi ha incontrato Putin martedì e lo ha invitato a visitare la Cina."),
    ("pt", "Xi se reuniu com Putin na terça-feira e o convidou a visitar a China."),
    ("tr", "Şi Cinping salı günü Moskova'da Vladimir Putin ile görüştü ve onu Çin'i ziyaret etmeye davet "
     "etti."),
])
def test_an_invitation_after_and_leaves_the_meeting_before_it_held(real: RuleExtractor, make_doc: DocFactory,
                                                                   lang: str, text: str) -> None:
    # Xi's state visit to Moscow: the talks of Tuesday 21 March 2023, where he asked Putin to come to China
    # (the surnames alone keep the invitation within a plan marker's reach of the meeting's verb)
    assert pair_rows(real, make_doc, text, "2023-03-22", lang) == [("CHN-RUS", V, "2023-03-21", OK)]


def test_an_agreement_to_meet_again_is_a_plan_of_its_own(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Xi met at Woodside on Wednesday 15 November 2023; meeting again is the plan, the talks held
    text = "Biden and Xi held talks near San Francisco on Wednesday and agreed to meet again."
    assert pair_rows(real, make_doc, text, "2023-11-16", "en") == [("CHN-USA", V, "2023-11-15", OK)]
    # Putin and Trump spoke on 12 February 2025 and agreed on a meeting: the call is the agreement's occasion
    text = "В ходе телефонного разговора Владимир Путин и Дональд Трамп договорились о встрече."
    assert pair_rows(real, make_doc, text, "2025-02-12", "ru") == [("RUS-USA", "phone", "2025-02-12", OK)]
