"""Round eight (status): held against planned, in our own words about real contacts.

Each case gives the contacts read as held, as ("AAA-BBB", mode, date); planned ones are not scored and not
asserted. The leaders are the ones in office on the day given.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, PH = "in_person", "phone"


def held(real: RuleExtractor, make_doc: DocFactory, text: str, day: str, lang: str) -> list[tuple[str, ...]]:
    """The held contacts' rows ("AAA-BBB", mode, date)."""
    return [r[:3] for r in pair_rows(real, make_doc, text, day, lang) if r[3] == "occurred"]


# An invitation made "during" a meeting or call: the invitation and the visit it asks for are to come, the
# meeting it was made in was held. (Modi and Putin met informally at Sochi on 21 May 2018.)
_INVITED_DURING = [
    ("en", "2018-05-22", "Narendra Modi invited Vladimir Putin to India during their informal talks in Sochi "
     "on Monday.", ("IND-RUS", V, "2018-05-21")),
    ("en", "2018-05-22", "Narendra Modi invited Vladimir Putin to India at their meeting in Sochi on Monday, "
     "and Putin accepted.", ("IND-RUS", V, "2018-05-21")),
    ("de", "2018-05-22", "Bei ihrem Treffen am Montag in Sotschi hat Narendra Modi Wladimir Putin "
     "nach Indien eingeladen.", ("IND-RUS", V, "2018-05-21")),
    ("de", "2018-05-22", "Während ihres Treffens am Montag in Sotschi hat Modi den russischen Präsidenten "
     "Wladimir Putin nach Indien eingeladen.", ("IND-RUS", V, "2018-05-21")),
    # Putin and Modi spoke by phone on 5 June 2024, after Modi's re-election; the visit came in July
    ("ru", "2024-06-06", "В ходе телефонного разговора Владимир Путин пригласил Нарендру Моди посетить "
     "Россию.", ("IND-RUS", PH, "2024-06-06")),
    ("ru", "2024-06-06", "Владимир Путин во время телефонного разговора пригласил индийского премьера "
     "Нарендру Моди посетить Россию с визитом.", ("IND-RUS", PH, "2024-06-06")),
    ("uk", "2018-05-22", "Під час переговорів у Сочі в понеділок Нарендра Моді запросив Володимира Путіна "
     "відвідати Індію.", ("IND-RUS", V, "2018-05-21")),
    ("pl", "2018-05-22", "Podczas rozmów w Soczi w poniedziałek Narendra Modi zaprosił Władimira Putina do "
     "Indii.", ("IND-RUS", V, "2018-05-21")),
    ("el", "2018-05-22", "Κατά τη διάρκεια των συνομιλιών τους στο Σότσι τη Δευτέρα, ο Ναρέντρα Μόντι "
     "προσκάλεσε τον Βλαντιμίρ Πούτιν να επισκεφθεί την Ινδία.", ("IND-RUS", V, "2018-05-21")),
]


@pytest.mark.parametrize(("lang", "day", "text", "row"), _INVITED_DURING)
def test_an_invitation_made_during_a_contact_leaves_that_contact_held(
        real: RuleExtractor, make_doc: DocFactory, lang: str, day: str, text: str,
        row: tuple[str, ...]) -> None:
    assert held(real, make_doc, text, day, lang) == [row]


# Held talks followed by "and" and a next meeting in the future: the future verb is the next meeting's.
# (Putin was in Beijing on 16 May 2024 and met Xi again at the Kazan BRICS summit in October.)
_AGAIN = [
    ("ru", "Владимир Путин и Си Цзиньпин в четверг провели переговоры в Пекине и встретятся снова "
     "в октябре в Казани."),
    ("fr", "Vladimir Poutine et Xi Jinping se sont entretenus jeudi à Pékin et se retrouveront en octobre à "
     "Kazan."),
    ("es", "Vladimir Putin y Xi Jinping se reunieron el jueves en Pekín y volverán a verse en octubre en "
     "Kazán."),
    ("tr", "Putin ve Şi Cinping perşembe günü Pekin'de görüştü ve ekimde Kazan'da yeniden bir araya "
     "gelecek."),
    ("en", "Vladimir Putin and Xi Jinping held talks in Beijing on Thursday and will meet again in Kazan in "
     "October."),
    ("nl", "Vladimir Poetin en Xi Jinping hebben donderdag in Peking overlegd en zullen elkaar in oktober in "
     "Kazan weer ontmoeten."),
    ("el", "Ο Βλαντιμίρ Πούτιν και ο Σι Τζινπίνγκ συναντήθηκαν την Πέμπτη στο Πεκίνο και θα συναντηθούν "
     "ξανά τον Οκτώβριο στο Καζάν."),
    # a Korean past joined by "-며" to the next clause's plan
    ("ko", "푸틴 대통령과 시진핑 국가주석은 16일 베이징에서 회담했으며 10월 카잔에서 다시 만날 예정이다."),
]


@pytest.mark.parametrize(("lang", "text"), _AGAIN)
def test_talks_held_and_a_meeting_again_to_come_keep_the_talks_held_on_their_day(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert held(real, make_doc, text, "2024-05-17", lang) == [("CHN-RUS", V, "2024-05-16")]


def test_a_season_of_the_next_meeting_does_not_date_the_talks_held(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # Trump and Putin met in Helsinki on 16 July 2018; an autumn meeting in Washington was then floated
    text = ("Donald Trump and Vladimir Putin held talks in Helsinki and will meet again in Washington in the "
            "autumn.")
    assert held(real, make_doc, text, "2018-07-17", "en") == [("RUS-USA", V, "2018-07-17")]


# A meeting that fell through is no contact. (Putin did not come to the Istanbul talks of 16 May 2025.)
_FELL_THROUGH = [
    ("fr", "La rencontre entre Vladimir Poutine et Volodymyr Zelensky à Istanbul n'a pas eu lieu."),
    ("es", "La reunión entre Vladimir Putin y Volodímir Zelenski en Estambul no tuvo lugar."),
    ("de", "Das Treffen zwischen Wladimir Putin und Wolodymyr Selenskyj in Istanbul fand nicht statt."),
    ("it", "L'incontro tra Vladimir Putin e Volodymyr Zelensky a Istanbul non ha avuto luogo."),
    ("pt", "O encontro entre Vladimir Putin e Volodymyr Zelensky em Istambul não aconteceu."),
    ("ru", "Встреча Путина и Зеленского в Стамбуле не состоялась."),
    ("tr", "Putin ile Zelenskiy arasında İstanbul'da bir görüşme gerçekleşmedi."),
    ("ar", "لم يعقد اللقاء بين الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي "
     "في إسطنبول."),
    ("fa", "دیدار ولادیمیر پوتین و ولودیمیر زلنسکی در استانبول برگزار نشد."),
    ("he", "הפגישה בין פוטין לזלנסקי באיסטנבול לא התקיימה."),
]


@pytest.mark.parametrize(("lang", "text"), _FELL_THROUGH)
def test_a_meeting_that_did_not_take_place_is_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str) -> None:
    assert pair_rows(real, make_doc, text, "2025-05-16", lang) == []


def test_a_german_expected_opener_plans_what_follows(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz met Xi on the sidelines of the Bali G20 on 14 November 2022
    text = "Es ist geplant, dass Olaf Scholz am Rande des Gipfels auf Bali Xi Jinping trifft."
    assert pair_rows(real, make_doc, text, "2022-11-13", "de") == [("CHN-DEU", V, "2022-11-13", "planned")]


@pytest.mark.parametrize(("lang", "day", "text", "row"), [
    # guards: an invitation in a later sentence or after "and" keeps the earlier contact held, as before
    ("en", "2023-06-23", "Narendra Modi held talks with Joe Biden at the White House on Thursday. He invited "
     "the US president to visit India, and Biden accepted.", ("IND-USA", V, "2023-06-22")),
    ("ar", "2022-07-17", "التقى الرئيس المصري عبد الفتاح السيسي الرئيس الأمريكي جو بايدن في جدة السبت، "
     "ووجه له دعوة لزيارة مصر فقبلها.", ("EGY-USA", V, "2022-07-16")),
    ("fr", "2022-12-02", "Emmanuel Macron s'est entretenu jeudi avec Joe Biden à la Maison Blanche et "
     "l'a invité à venir en France.", ("FRA-USA", V, "2022-12-01")),
])
def test_a_meeting_with_an_invitation_after_it_stays_held(real: RuleExtractor, make_doc: DocFactory,
                                                          lang: str, day: str, text: str,
                                                          row: tuple[str, ...]) -> None:
    assert held(real, make_doc, text, day, lang) == [row]


@pytest.mark.parametrize(("lang", "day", "text"), [
    # guards: a plan told in the future stays a plan
    ("ru", "2024-05-14", "Владимир Путин встретится с Си Цзиньпином в Пекине в четверг."),
    ("tr", "2023-09-02", "Cumhurbaşkanı Erdoğan, pazartesi günü Soçi'de Rusya Devlet Başkanı Vladimir "
     "Putin ile görüşecek."),
    ("es", "2023-03-29", "Pedro Sánchez se reunirá el viernes con el presidente chino Xi Jinping en Pekín."),
    ("it", "2023-07-25", "Giorgia Meloni incontrerà giovedì a Washington il presidente Joe Biden."),
    ("ko", "2024-05-15", "푸틴 대통령은 16일 베이징에서 시진핑 국가주석과 회담할 예정이다."),
])
def test_a_contact_told_in_the_future_stays_planned(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                    day: str, text: str) -> None:
    assert held(real, make_doc, text, day, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    # Putin's state visit to China began on Thursday 16 May 2024; a Tuesday report announces it in the present
    ("en", "Vladimir Putin heads to Beijing for talks with Xi Jinping on Thursday."),
    # a verb-final clause: the present light verb closes the clause of the meeting the trip is for
    ("fa", "ولادیمیر پوتین روز پنجشنبه برای دیدار با شی جین‌پینگ به پکن سفر می‌کند."),
])
def test_a_present_tense_trip_or_meeting_on_another_weekday_is_announced(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert held(real, make_doc, text, "2024-05-14", lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    # guards: the same told in the past, and a present in a later clause after "and", keep the meeting held
    ("fa", "ولادیمیر پوتین روز پنجشنبه برای دیدار با شی جین‌پینگ به پکن سفر کرد."),
    ("fa", "ولادیمیر پوتین روز پنجشنبه در پکن با شی جین‌پینگ دیدار کرد و دو طرف بر گسترش همکاری تاکید "
     "می‌کنند."),
])
def test_a_past_meeting_with_a_weekday_stays_held(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 text: str) -> None:
    assert held(real, make_doc, text, "2024-05-17", lang) == [("CHN-RUS", V, "2024-05-16")]


@pytest.mark.parametrize(("text", "rows"), [
    # a Russian agreement to meet again plans that meeting only: the talks keep the report's day, not the
    # autumn's (which resolved backwards to the autumn before)
    ("Владимир Путин и Си Цзиньпин провели переговоры в Пекине и договорились встретиться снова осенью в "
     "Казани.", [("CHN-RUS", V, "2024-05-17")]),
    # the call the agreement was reached in was held
    ("В ходе телефонного разговора Владимир Путин и Си Цзиньпин договорились встретиться в Казани.",
     [("CHN-RUS", PH, "2024-05-17")]),
    # the agreement alone is a plan
    ("Владимир Путин и Си Цзиньпин договорились встретиться в Казани.", []),
])
def test_a_russian_agreement_to_meet_plans_that_meeting_only(real: RuleExtractor, make_doc: DocFactory,
                                                             text: str, rows: list[tuple[str, ...]]) -> None:
    assert held(real, make_doc, text, "2024-05-17", "ru") == rows


@pytest.mark.parametrize(("lang", "day", "text", "rows"), [
    # an agreement to meet plans that meeting: alone it is no contact held (Lula came to Madrid in April
    # 2023, Macron to Berlin in March 2024, Meloni to Berlin in February 2023)
    ("es", "2023-04-20", "Pedro Sánchez y Lula da Silva acordaron reunirse en Madrid.", []),
    ("fr", "2024-03-10", "Emmanuel Macron et Olaf Scholz sont convenus de se retrouver à Berlin.", []),
    ("it", "2023-01-30", "Giorgia Meloni e Olaf Scholz hanno concordato di incontrarsi a Berlino.", []),
    # the meeting it was reached in, "during" which or before "and", was held
    ("es", "2023-04-01", "Durante su reunión del viernes en Pekín, Pedro Sánchez y Xi Jinping acordaron "
     "volver a verse.", [("CHN-ESP", V, "2023-03-31")]),
    ("fr", "2024-03-16", "Emmanuel Macron et Olaf Scholz se sont retrouvés vendredi à Berlin et sont "
     "convenus de se revoir.", [("DEU-FRA", V, "2024-03-15")]),
    ("it", "2023-02-04", "Durante l'incontro di venerdì a Berlino, Giorgia Meloni e Olaf Scholz hanno "
     "concordato di vedersi di nuovo.", [("DEU-ITA", V, "2023-02-03")]),
])
def test_an_agreement_to_meet_plans_that_meeting_only(real: RuleExtractor, make_doc: DocFactory,
                                                      lang: str, day: str, text: str,
                                                      rows: list[tuple[str, ...]]) -> None:
    assert held(real, make_doc, text, day, lang) == rows
