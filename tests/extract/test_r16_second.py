"""A pair's second contact in one report: a date list told "again", a "during which" clause's date.

Round sixteen (branch r16-second). Sentences we wrote about real contacts of leaders in office on the day.
Each row is ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, OK = "in_person", "occurred"

# Xi Jinping and Vladimir Putin held a video call on Tuesday 21 January 2025; in 2024 they had met in
# Beijing (16 May) and in Kazan (22 October, at the BRICS summit)
_EARLIER = [("CHN-RUS", V, "2024-05", OK), ("CHN-RUS", V, "2024-10", OK)]
_AGAIN = [
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. The two leaders met in Beijing in "
           "May and again in Kazan in October."),
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. They met in Beijing in May and met "
           "again in Kazan in October."),
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. The two leaders met in May and again "
           "in October."),
    ("fr", "Xi Jinping et Vladimir Poutine ont tenu mardi une visioconférence. Les deux dirigeants s'étaient "
           "rencontrés à Pékin en mai, puis à Kazan en octobre."),
    ("fr", "Xi Jinping et Vladimir Poutine ont tenu mardi une visioconférence. Les deux dirigeants s'étaient "
           "rencontrés en mai à Pékin, puis de nouveau en octobre à Kazan."),
    ("es", "Xi Jinping y Vladimir Putin mantuvieron el martes una videoconferencia. Los dos líderes se "
           "reunieron en Pekín en mayo y de nuevo en Kazán en octubre."),
    ("es", "Xi Jinping y Vladimir Putin mantuvieron el martes una videoconferencia. Los dos líderes se "
           "reunieron en mayo y otra vez en octubre."),
    ("it", "Xi Jinping e Vladimir Putin hanno tenuto martedì una videoconferenza. I due leader si erano "
           "incontrati a Pechino a maggio e di nuovo a Kazan a ottobre."),
    ("pt", "Xi Jinping e Vladimir Putin realizaram na terça-feira uma videoconferência. Os dois líderes se "
           "encontraram em Pequim em maio e novamente em Kazan em outubro."),
    ("pl", "Xi Jinping i Władimir Putin odbyli we wtorek wideokonferencję. Obaj przywódcy spotkali się w "
           "maju w Pekinie i ponownie w październiku w Kazaniu."),
    ("nl", "Xi Jinping en Vladimir Poetin hielden dinsdag een videogesprek. De twee leiders ontmoetten "
           "elkaar in mei in Peking en opnieuw in oktober in Kazan."),
    ("de", "Xi Jinping und Wladimir Putin hielten am Dienstag eine Videokonferenz ab. Die beiden hatten sich "
           "im Mai in Peking und erneut im Oktober in Kasan getroffen."),
    ("ru", "Си Цзиньпин и Владимир Путин провели во вторник видеоконференцию. Лидеры встречались в мае в "
           "Пекине и снова в октябре в Казани."),
    ("tr", "Şi Cinping ve Vladimir Putin salı günü video konferans yoluyla görüştü. İki lider mayısta "
           "Pekin'de ve yine ekimde Kazan'da bir araya gelmişti."),
    ("ar", "عقد الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين يوم الثلاثاء اجتماعا عبر الفيديو. "
           "والتقى الزعيمان في بكين في مايو ثم في قازان في أكتوبر."),
    ("fa", "شی جین‌پینگ و ولادیمیر پوتین روز سه‌شنبه گفت‌وگوی ویدئویی داشتند. دو رهبر در ماه مه در پکن و "
           "بار دیگر در اکتبر در کازان دیدار کرده بودند."),
]


def _earlier(extractor: RuleExtractor, make_doc: DocFactory, text: str, lang: str) -> list[tuple[str, ...]]:
    """The contacts of 2024 a text of 22 January 2025 tells (the call's own mode is not asked here)."""
    return [r for r in pair_rows(extractor, make_doc, text, "2025-01-22", lang) if r[2].startswith("2024")]


@pytest.mark.parametrize(("lang", "text"), _AGAIN)
def test_a_date_listed_again_is_the_pairs_second_contact(real: RuleExtractor, make_doc: DocFactory,
                                                         lang: str, text: str) -> None:
    # "met in May and again in October": two contacts, each of its month (a repeat word, a place the
    # gazetteer lacks after its preposition)
    assert _earlier(real, make_doc, text, lang) == _EARLIER


_NOT_AGAIN = [
    # another clause after a semicolon: October is Putin's praise, not a meeting
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. They met in Beijing in May; again in "
           "October, Putin praised the partnership in Kazan."),
    # "again" with a verb of its own that is no contact
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. The two leaders met in Beijing in "
           "May and again stressed their friendship in October."),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_AGAIN)
def test_again_across_a_clause_or_a_verb_adds_nothing(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str) -> None:
    assert _earlier(real, make_doc, text, lang) == [("CHN-RUS", V, "2024-05", OK)]


def test_a_trip_again_to_another_capital_is_no_contact_of_the_pair(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # Putin visited Beijing in May 2024 and Pyongyang in June 2024; Modi came to Moscow on 8-9 July 2024
    text = ("Narendra Modi held talks with Vladimir Putin in Moscow on Tuesday. Putin visited Beijing in May "
            "and again Pyongyang in June.")
    assert pair_rows(real, make_doc, text, "2024-07-10", "en") == [("IND-RUS", V, "2024-07-09", OK)]


# Recep Tayyip Erdogan held talks with Mohammed Shia al-Sudani in Baghdad on Monday 22 April 2024; Sudani had
# visited Ankara in March 2023 and met Erdogan there
_ANKARA = [("IRQ-TUR", V, "2023-03", OK), ("IRQ-TUR", V, "2024-04-22", OK)]
_DURING_WHICH = [
    ("en", "Recep Tayyip Erdogan held talks with Mohammed Shia al-Sudani in Baghdad on Monday. The visit "
           "came a year after Sudani's trip to Ankara in March 2023, during which he met Erdogan."),
    ("fr", "Recep Tayyip Erdogan s'est entretenu lundi à Bagdad avec Mohammed Chia al-Soudani. Cette visite "
           "intervient un an après celle de M. Soudani à Ankara en mars 2023, au cours de laquelle il avait "
           "rencontré M. Erdogan."),
    ("es", "Recep Tayyip Erdogan se reunió el lunes en Bagdad con Mohamed Shia al Sudani. La visita llega un "
           "año después del viaje de Sudani a Ankara en marzo de 2023, durante el cual se reunió con "
           "Erdogan."),
    ("ru", "Реджеп Тайип Эрдоган провел в понедельник в Багдаде переговоры с Мухаммедом Шиа ас-Судани. Визит "
           "состоялся через год после поездки Судани в Анкару в марте 2023 года, в ходе которой он "
           "встретился с Эрдоганом."),
    ("de", "Recep Tayyip Erdogan führte am Montag in Bagdad Gespräche mit Mohammed Schia al-Sudani. Der "
           "Besuch folgte ein Jahr nach Sudanis Reise nach Ankara im März 2023, bei der er Erdogan getroffen "
           "hatte."),
]


@pytest.mark.parametrize(("lang", "text"), _DURING_WHICH)
def test_a_during_which_clause_takes_the_date_before_it(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                        text: str) -> None:
    # the meeting is the trip's, of the trip's date: not the report's own contact
    assert pair_rows(real, make_doc, text, "2024-04-23", lang) == _ANKARA


def test_a_during_which_clause_with_no_date_before_it_adds_nothing(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("Recep Tayyip Erdogan held talks with Mohammed Shia al-Sudani in Baghdad on Monday. The visit "
            "returned the courtesy of Sudani's trip to Ankara, during which he met Erdogan.")
    assert pair_rows(real, make_doc, text, "2024-04-23", "en") == [("IRQ-TUR", V, "2024-04-22", OK)]


# the same two meetings of 2024, each told by a verb of its own with its day
_DAYS = [("CHN-RUS", V, "2024-05-16", OK), ("CHN-RUS", V, "2024-10-22", OK)]
_AGAIN_CLAUSE = [
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. Putin met Xi in Beijing on 16 May "
           "and they met again in Kazan on 22 October."),
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. Putin met Xi in Beijing on 16 May, "
           "and the two leaders met again in Kazan on 22 October."),
    ("es", "Xi Jinping y Vladimir Putin mantuvieron el martes una videoconferencia. Ambos se reunieron en "
           "Pekín el 16 de mayo y volvieron a reunirse en Kazán el 22 de octubre."),
    ("pt", "Xi Jinping e Vladimir Putin realizaram na terça-feira uma videoconferência. Os dois se reuniram "
           "em Pequim em 16 de maio e voltaram a se encontrar em Kazan em 22 de outubro."),
    ("fr", "Xi Jinping et Vladimir Poutine ont tenu mardi une visioconférence. Ils s'étaient rencontrés à "
           "Pékin le 16 mai, et s'étaient revus à Kazan le 22 octobre."),
    ("ru", "Си Цзиньпин и Владимир Путин провели во вторник видеоконференцию. Лидеры встретились 16 мая в "
           "Пекине, а 22 октября вновь увиделись в Казани."),
    ("tr", "Şi Cinping ve Vladimir Putin salı günü video konferans yoluyla görüştü. İki lider 16 Mayıs'ta "
           "Pekin'de görüşmüş, 22 Ekim'de Kazan'da yeniden bir araya gelmişti."),
    ("ar", "عقد الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين يوم الثلاثاء اجتماعا عبر الفيديو. "
           "والتقى الزعيمان في بكين في ١٦ مايو، ثم التقيا مجددا في قازان في ٢٢ أكتوبر."),
    ("fa", "شی جین‌پینگ و ولادیمیر پوتین روز سه‌شنبه گفت‌وگوی ویدئویی داشتند. دو رهبر در ۲۷ اردیبهشت در پکن "
           "دیدار کردند و سپس در ۱ آبان در کازان دوباره با هم دیدار کردند."),
    ("pl", "Xi Jinping i Władimir Putin odbyli we wtorek wideokonferencję. Obaj przywódcy spotkali się 16 "
           "maja w Pekinie, a 22 października ponownie spotkali się w Kazaniu."),
]


@pytest.mark.parametrize(("lang", "text"), _AGAIN_CLAUSE)
def test_a_verb_told_again_with_its_own_day_is_another_contact(real: RuleExtractor, make_doc: DocFactory,
                                                               lang: str, text: str) -> None:
    # "met on 16 May and they met again in Kazan on 22 October": the second verb's date follows it across
    # a repeat word and a place the gazetteer lacks
    assert _earlier(real, make_doc, text, lang) == _DAYS


def test_a_meeting_to_come_again_adds_no_held_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin came to Beijing on 16 May 2024; the BRICS summit in Kazan was to come in October
    text = ("Vladimir Putin met Xi Jinping in Beijing on Thursday and the two leaders will meet again in "
            "Kazan in October.")
    assert pair_rows(real, make_doc, text, "2024-05-17", "en") == [("CHN-RUS", V, "2024-05-16", OK)]


# Emmanuel Macron and Keir Starmer held talks in London on Thursday 10 July 2025 (the UK-France summit); they
# had met at Lancaster House on 2 March 2025
_MARCH = [("FRA-GBR", V, "2025-03", OK), ("FRA-GBR", V, "2025-07-10", OK)]
_NOUN_MONTH = [
    ("fr", "Emmanuel Macron s'est entretenu jeudi à Londres avec Keir Starmer. Les deux dirigeants avaient "
           "déjà parlé de l'Ukraine lors de leur sommet de mars à Lancaster House."),
    ("fr", "Emmanuel Macron s'est entretenu jeudi à Londres avec Keir Starmer. Leur réunion de mars à "
           "Lancaster House avait porté sur les garanties de sécurité."),
    ("es", "Emmanuel Macron se reunió el jueves en Londres con Keir Starmer. Los dos mandatarios ya habían "
           "hablado de Ucrania en su reunión de marzo en Lancaster House."),
    ("it", "Emmanuel Macron ha incontrato giovedì a Londra Keir Starmer. I due leader avevano già discusso "
           "dell'Ucraina nel loro incontro di marzo a Lancaster House."),
    ("pt", "Emmanuel Macron reuniu-se na quinta-feira em Londres com Keir Starmer. Os dois líderes já tinham "
           "falado da Ucrânia no seu encontro de março em Lancaster House."),
]


@pytest.mark.parametrize(("lang", "text"), _NOUN_MONTH)
def test_a_contact_noun_dated_by_its_month_is_an_earlier_contact(real: RuleExtractor, make_doc: DocFactory,
                                                                 lang: str, text: str) -> None:
    # "leur rencontre de mars", "su reunión de marzo": the month after the contact noun dates it
    assert pair_rows(real, make_doc, text, "2025-07-11", lang) == _MARCH


def test_a_month_in_a_name_or_after_another_noun_dates_nothing(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # "Champ-de-Mars" is a place (the Games' judo was held at its arena); a report's "bilan de mars" is no
    # contact of the pair
    text = ("Emmanuel Macron s'est entretenu jeudi à Londres avec Keir Starmer. L'Arena Champ-de-Mars avait "
            "accueilli le judo des Jeux de 2024.")
    assert pair_rows(real, make_doc, text, "2025-07-11", "fr") == [("FRA-GBR", V, "2025-07-10", OK)]
    text = ("Emmanuel Macron s'est entretenu jeudi à Londres avec Keir Starmer. Ils ont évoqué le bilan de "
            "mars du gouvernement britannique.")
    assert pair_rows(real, make_doc, text, "2025-07-11", "fr") == [("FRA-GBR", V, "2025-07-10", OK)]


_THEN_TAIL = [
    ("ru", "Си Цзиньпин и Владимир Путин провели во вторник видеоконференцию. В мае лидеры встретились в "
           "Пекине, а затем в октябре в Казани."),
    ("en", "Xi Jinping and Vladimir Putin held a video call on Tuesday. In May the two leaders met in "
           "Beijing, and then in October in Kazan."),
    ("fr", "Xi Jinping et Vladimir Poutine ont tenu mardi une visioconférence. En mai, les deux dirigeants "
           "s'étaient rencontrés à Pékin, puis en octobre à Kazan."),
    ("es", "Xi Jinping y Vladimir Putin mantuvieron el martes una videoconferencia. En mayo, los dos líderes "
           "se reunieron en Pekín, y luego en octubre en Kazán."),
    ("it", "Xi Jinping e Vladimir Putin hanno tenuto martedì una videoconferenza. A maggio i due leader si "
           "erano incontrati a Pechino, e poi a ottobre a Kazan."),
    ("pl", "Xi Jinping i Władimir Putin odbyli we wtorek wideokonferencję. W maju obaj przywódcy spotkali "
           "się w Pekinie, a następnie w październiku w Kazaniu."),
]


@pytest.mark.parametrize(("lang", "text"), _THEN_TAIL)
def test_a_then_tail_after_a_fronted_date_is_the_verb_told_again(real: RuleExtractor, make_doc: DocFactory,
                                                                 lang: str, text: str) -> None:
    # "In May they met in Beijing, and then in October in Kazan": the tail has no verb of its own
    assert _earlier(real, make_doc, text, lang) == _EARLIER


def test_a_then_tail_with_a_verb_of_its_own_adds_nothing(real: RuleExtractor, make_doc: DocFactory) -> None:
    for tail in ("in October Putin flew to Kazan.", "in October the summit in Kazan."):
        text = ("Xi Jinping and Vladimir Putin held a video call on Tuesday. In May the two leaders met in "
                f"Beijing, and then {tail}")
        assert _earlier(real, make_doc, text, "en") == [("CHN-RUS", V, "2024-05", OK)]
