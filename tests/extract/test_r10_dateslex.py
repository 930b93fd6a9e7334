"""Round ten, dates: what makes a count back count from an event is each lexicon's own words; the day a
narrative is at after a background day; a count back from a named day with its weekday; early, mid and late
months and years; and other forms of the press's dates. Each snippet tells a real contact in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import build_date_index, find_dates, resolve
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory, pair_rows

LEXICONS = {lex.lang: lex for lex in all_lexicons()}


def _found(lang: str | None, text: str, ref: date = date(2024, 3, 6)) -> list[tuple[str, str] | None]:
    """Resolve every date of a text (against ref) with one language's date words and English's, or all."""
    index = build_date_index([LEXICONS[lang], LEXICONS["en"]] if lang else all_lexicons())
    tokens = tokenize(text)
    return [resolve(e, ref) for e in find_dates(index, tokens, text, 0, len(tokens))]


# -- a count back from a named event: each language's own words ------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("tr", "Ziyaret seçimlerden iki hafta önce yapıldı."),
    ("ur", "یہ ملاقات انتخابات سے دو ہفتے قبل ہوئی۔"),
    ("hi", "यह मुलाकात चुनाव से दो हफ्ते पहले हुई।"),
    ("fa", "این دیدار دو هفته قبل از انتخابات انجام شد."),
    ("ar", "جاء اللقاء قبل أسبوعين من الانتخابات."),
    ("ja", "会談は選挙の2週間前に行われた。"),
])
def test_each_lexicon_reads_its_own_count_from_an_event(lang: str, text: str) -> None:
    assert _found(lang, text) == []


def test_a_count_back_after_a_name_ending_like_an_ablative_counts_from_the_report() -> None:
    # "Biden" ends as a Turkish ablative does; English "ago" governs no case
    assert _found("en", "He met Biden three days ago.") == [("2024-03-03", "day")]



# -- the report's own day after a background day -------------------------------------------------------------

# Yoon Suk Yeol received Fumio Kishida in Seoul on Sunday 7 May 2023; he had met Joe Biden at the White House
# on 26 April 2023, and Kishida in Tokyo on 16 March 2023 and in Phnom Penh in November 2022.


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "윤석열 대통령은 7일 서울 용산 대통령실에서 기시다 후미오 일본 총리와 정상회담을 했다. "
     "윤 대통령은 지난달 26일 워싱턴에서 조 바이든 미국 대통령과 정상회담을 가진 바 있다. "
     "윤 대통령은 이날 회담에서 기시다 총리와 북한 문제를 논의했다."),
    ("ko", "기시다 후미오 일본 총리가 7일 방한했다. 윤석열 대통령은 지난달 26일 백악관에서 "
     "조 바이든 대통령과 만났다. 이날 윤 대통령은 기시다 총리와 만찬을 함께했다."),
    ("ja", "岸田文雄首相は7日、ソウルを訪れた。尹錫悦大統領は4月26日、ホワイトハウスで"
     "バイデン大統領と会談していた。岸田首相はこの日、尹大統領と首脳会談を行った。"),
])
def test_this_day_after_a_background_day_is_the_reports_own(real: RuleExtractor, make_doc: DocFactory,
                                                             lang: str, text: str) -> None:
    assert pair_rows(real, make_doc, text, "2023-05-08", lang) == [
        ("JPN-KOR", "in_person", "2023-05-07", "occurred"),
        ("KOR-USA", "in_person", "2023-04-26", "occurred")]


# Yoon arrived in Hiroshima for the G7 summit on 19 May 2023 and met Kishida there on Sunday 21 May 2023.


def test_this_day_within_the_reports_week_is_the_last_day_named(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("윤석열 대통령은 19일 주요 7개국 정상회의 참석차 일본 히로시마에 도착했다. "
            "윤 대통령은 21일 히로시마 평화기념공원을 찾았다. "
            "이날 윤 대통령은 기시다 후미오 총리와 정상회담을 했다.")
    assert pair_rows(real, make_doc, text, "2023-05-22", "ko") == [
        ("JPN-KOR", "in_person", "2023-05-21", "occurred")]


def test_the_same_day_after_a_background_day_is_still_that_day() -> None:
    # "같은 날" (the same day) and Japanese "同日" keep counting from the day just named
    assert _found("ko", "같은 날") == [("2024-03-06", "day")]


# -- a count of days from a named day, with the weekday it falls on ------------------------------------------

# Xi Jinping met Joe Biden in Bali on Monday 14 November 2022 and Fumio Kishida in Bangkok on Thursday
# 17 November 2022. The report, a week later, counts back from the 17th: the weekday and the count agree.

_XI = {
    "en": "Xi Jinping met Fumio Kishida in Bangkok on 17 November. Three days earlier, on Monday, he had "
          "met Joe Biden in Bali.",
    "fr": "Xi Jinping a rencontré Fumio Kishida le 17 novembre à Bangkok. Trois jours plus tôt, lundi, il "
          "avait rencontré Joe Biden à Bali.",
    "es": "Xi Jinping se reunió con Fumio Kishida el 17 de noviembre en Bangkok. Tres días antes, el lunes, "
          "se había reunido con Joe Biden en Bali.",
    "de": "Xi Jinping traf Fumio Kishida am 17. November in Bangkok. Drei Tage zuvor, am Montag, hatte er "
          "Joe Biden auf Bali getroffen.",
    "ru": "Си Цзиньпин встретился с Фумио Кисидой 17 ноября в Бангкоке. Тремя днями ранее, в понедельник, он "
          "встретился с Джо Байденом на Бали.",
    "it": "Xi Jinping ha incontrato Fumio Kishida il 17 novembre a Bangkok. Tre giorni prima, lunedì, aveva "
          "incontrato Joe Biden a Bali.",
    "ar": "التقى الرئيس الصيني شي جين بينغ رئيس الوزراء الياباني فوميو كيشيدا في بانكوك في 17 نوفمبر. "
          "وقبل ذلك بثلاثة أيام، يوم الاثنين، التقى شي الرئيس الأمريكي جو بايدن في بالي.",
}


@pytest.mark.parametrize("lang", sorted(_XI))
def test_a_count_back_with_its_weekday_is_that_day_not_the_last_such_weekday(
        real: RuleExtractor, make_doc: DocFactory, lang: str) -> None:
    assert pair_rows(real, make_doc, _XI[lang], "2022-11-25", lang) == [
        ("CHN-JPN", "in_person", "2022-11-17", "occurred"),
        ("CHN-USA", "in_person", "2022-11-14", "occurred")]


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("three days earlier, on Monday", date(2022, 11, 17), "2022-11-14"),
    ("two days later, on Saturday", date(2022, 11, 17), "2022-11-19"),
    # the weekday and the count disagree by a day: the weekday named, in the week the count points to
    ("three days earlier, on Tuesday", date(2022, 11, 17), "2022-11-15"),
    ("On Monday, three days earlier", date(2022, 11, 17), "2022-11-14"),
    ("Le lendemain, vendredi", date(2022, 11, 17), "2022-11-18"),
])
def test_a_count_and_its_weekday_are_one_date(text: str, anchor: date, want: str) -> None:
    tokens = tokenize(text)
    found = find_dates(build_date_index(all_lexicons()), tokens, text, 0, len(tokens))
    assert len(found) == 1 and resolve(found[0], date(2022, 11, 25), anchor=anchor) == (want, "day")


def test_a_weekday_far_from_its_count_stays_apart() -> None:
    text = "Three days earlier the two leaders, who had not spoken for months, met again on Monday"
    tokens = tokenize(text)
    assert len(find_dates(build_date_index(all_lexicons()), tokens, text, 0, len(tokens))) == 2


# -- early, mid and late: a month or a year ------------------------------------------------------------------

# Against 20 March 2024: early this month, late last year, mid-March, mid this year, late last month. A
# careful annotator writes the month or the year the phrase names: "mid this year" (Vietnamese "giữa năm
# nay") is the year, not June or July, which the text does not say.
_PARTS = ("2024-03", "2023", "2024-03", "2024", "2024-02")
_PHRASES = {
    "en": ("early this month", "late last year", "in mid-March", "in the middle of this year",
           "at the end of last month"),
    "fr": ("au début de ce mois-ci", "fin de l'année dernière", "à la mi-mars", "au milieu de cette année",
           "à la fin du mois dernier"),
    "es": ("a principios de este mes", "a finales del año pasado", "a mediados de marzo",
           "a mediados de este año", "a finales del mes pasado"),
    "de": ("Anfang dieses Monats", "Ende letzten Jahres", "Mitte März", "Mitte dieses Jahres",
           "Ende vergangenen Monats"),
    "ru": ("в начале этого месяца", "в конце прошлого года", "в середине марта", "в середине этого года",
           "в конце прошлого месяца"),
    "tr": ("bu ayın başında", "geçen yılın sonunda", "mart ortasında", "bu yılın ortasında",
           "geçen ayın sonunda"),
    "ar": ("في مطلع الشهر الجاري", "في أواخر العام الماضي", "في منتصف مارس", "في منتصف العام الجاري",
           "في أواخر الشهر الماضي"),
    "fa": ("اوایل ماه جاری", "اواخر سال گذشته", "اواسط مارس", "اواسط امسال", "اواخر ماه گذشته"),
    "it": ("all'inizio di questo mese", "alla fine dell'anno scorso", "a metà marzo", "a metà di quest'anno",
           "alla fine del mese scorso"),
    "pt": ("no início deste mês", "no final do ano passado", "em meados de março", "em meados deste ano",
           "no fim do mês passado"),
    "vi": ("đầu tháng này", "cuối năm ngoái", "trung tuần tháng 3", "giữa năm nay", "cuối tháng trước"),
    "id": ("awal bulan ini", "akhir tahun lalu", "pertengahan Maret", "pertengahan tahun ini",
           "akhir bulan lalu"),
    "zh": ("本月初", "去年底", "3月中旬", "今年年中", "上月底"),
    "ja": ("今月初め", "昨年末", "3月中旬", "今年半ば", "先月末"),
    "ko": ("이달 초", "지난해 말", "3월 중순", "올해 중반", "지난달 말"),
    "nl": ("begin deze maand", "eind vorig jaar", "half maart", "medio dit jaar", "eind vorige maand"),
    "pl": ("na początku tego miesiąca", "pod koniec ubiegłego roku", "w połowie marca", "w połowie tego roku",
           "pod koniec ubiegłego miesiąca"),
    "uk": ("на початку цього місяця", "наприкінці минулого року", "у середині березня",
           "у середині цього року", "наприкінці минулого місяця"),
    "hi": ("इस महीने की शुरुआत में", "पिछले साल के अंत में", "मार्च के मध्य में", "इस साल के मध्य में",
           "पिछले महीने के अंत में"),
    "ur": ("اس ماہ کے آغاز میں", "گزشتہ سال کے آخر میں", "مارچ کے وسط میں", "رواں سال کے وسط میں",
           "گزشتہ ماہ کے آخر میں"),
    "he": ("בתחילת החודש", "בסוף השנה שעברה", "באמצע מרץ", "באמצע השנה", "בסוף החודש שעבר"),
    "el": ("στις αρχές του μήνα", "στα τέλη του περασμένου έτους", "στα μέσα Μαρτίου",
           "στα μέσα της φετινής χρονιάς", "στα τέλη του προηγούμενου μήνα"),
    "ro": ("la începutul acestei luni", "la sfârșitul anului trecut", "la mijlocul lunii martie",
           "la jumătatea acestui an", "la sfârșitul lunii trecute"),
    "sv": ("i början av månaden", "i slutet av förra året", "i mitten av mars", "i mitten av året",
           "i slutet av förra månaden"),
    "cs": ("na začátku tohoto měsíce", "koncem loňského roku", "v polovině března",
           "v polovině letošního roku", "koncem minulého měsíce"),
}


@pytest.mark.parametrize(("lang", "k"), [(lang, k) for lang in sorted(_PHRASES) for k in range(5)])
def test_early_mid_and_late_keep_the_month_or_year_named(lang: str, k: int) -> None:
    got = _found(lang, _PHRASES[lang][k], date(2024, 3, 20))
    assert [hit[0] if hit else None for hit in got] == [_PARTS[k]], got


# Vladimir Putin and Alexander Lukashenko met in St Petersburg on 29 January 2024; Lula received Emmanuel
# Macron in Belém on 26 March 2024; Olaf Scholz met Joe Biden at the White House on 9 February 2024; Putin
# visited To Lam in Hanoi on 20 June 2024.


@pytest.mark.parametrize(("lang", "published", "text", "want"), [
    ("ru", "2024-02-15", "В конце прошлого месяца Владимир Путин встретился с Александром Лукашенко в "
     "Санкт-Петербурге.", ("BLR-RUS", "in_person", "2024-01", "occurred")),
    ("pt", "2024-04-10", "No final do mês passado, Lula recebeu Emmanuel Macron em Belém.",
     ("BRA-FRA", "in_person", "2024-03", "occurred")),
    ("fr", "2024-04-10", "À la fin du mois dernier, Emmanuel Macron a été reçu par Lula à Belém.",
     ("BRA-FRA", "in_person", "2024-03", "occurred")),
    ("it", "2024-04-10", "Alla fine del mese scorso Emmanuel Macron ha incontrato Lula a Belém.",
     ("BRA-FRA", "in_person", "2024-03", "occurred")),
    ("ro", "2024-04-10", "La sfârșitul lunii trecute, Emmanuel Macron s-a întâlnit cu Lula la Belém.",
     ("BRA-FRA", "in_person", "2024-03", "occurred")),
    ("de", "2024-03-20", "Anfang vergangenen Monats traf Olaf Scholz Joe Biden im Weißen Haus.",
     ("DEU-USA", "in_person", "2024-02", "occurred")),
    ("vi", "2024-10-10", "Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống Nga Vladimir Putin tại Hà Nội "
     "vào giữa năm nay.", ("RUS-VNM", "in_person", "2024", "occurred")),
])
def test_a_contact_early_or_late_in_a_relative_month(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                     published: str, text: str,
                                                     want: tuple[str, ...]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == [want]


# -- other forms of the press: a weekday of last week, a week or a fortnight ago -----------------------------

# Joe Biden and Xi Jinping spoke by telephone on Tuesday 2 April 2024; the reports are of Wednesday 10 April,
# when the last Tuesday is the 9th: "Tuesday last week" is the week's before.

_TUESDAY_LAST_WEEK = {
    "en": "Joe Biden spoke by phone with Xi Jinping on Tuesday last week.",
    "fr": "Joe Biden s'est entretenu par téléphone avec Xi Jinping mardi de la semaine dernière.",
    "es": "Joe Biden habló por teléfono con Xi Jinping el martes de la semana pasada.",
    "de": "Joe Biden telefonierte am Dienstag vergangener Woche mit Xi Jinping.",
    "ru": "Джо Байден провёл телефонный разговор с Си Цзиньпином во вторник на прошлой неделе.",
    "tr": "Joe Biden geçen hafta salı günü Şi Cinping ile telefonda görüştü.",
    "ar": "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ يوم الثلاثاء من الأسبوع "
          "الماضي.",
    "fa": "جو بایدن سه‌شنبه هفته گذشته با شی جین‌پینگ تلفنی گفت‌وگو کرد.",
    "it": "Joe Biden ha parlato al telefono con Xi Jinping martedì della settimana scorsa.",
    "pt": "Joe Biden conversou por telefone com Xi Jinping na terça-feira da semana passada.",
}


@pytest.mark.parametrize("lang", sorted(_TUESDAY_LAST_WEEK))
def test_a_weekday_of_last_week_is_that_weeks(real: RuleExtractor, make_doc: DocFactory, lang: str) -> None:
    assert pair_rows(real, make_doc, _TUESDAY_LAST_WEEK[lang], "2024-04-10", lang) == [
        ("CHN-USA", "phone", "2024-04-02", "occurred")]


@pytest.mark.parametrize(("lang", "published", "text", "want"), [
    ("en", "2024-04-10", "Joe Biden spoke by phone with Xi Jinping a fortnight ago.", "2024-03"),
    ("de", "2024-04-10", "Joe Biden telefonierte vor einer Woche mit Xi Jinping.", "2024-04"),
    ("ru", "2024-04-10", "Джо Байден провёл телефонный разговор с Си Цзиньпином неделю назад.", "2024-04"),
    ("fr", "2024-04-17", "Joe Biden s'est entretenu par téléphone avec Xi Jinping il y a quinze jours.",
     "2024-04"),
])
def test_a_week_or_a_fortnight_ago_is_its_month(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                published: str, text: str, want: str) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == [("CHN-USA", "phone", want, "occurred")]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "in the first week of March", "2024-03"),
    ("en", "in the last week of February", "2024-02"),
    ("es", "hace quince días", "2024-03"),
    ("de", "vor vierzehn Tagen", "2024-03"),
    ("de", "am Donnerstag letzter Woche", "2024-03-07"),
    ("ru", "месяц назад", "2024-02"),
    ("ru", "тремя днями ранее", None),  # (anchored: no narrative day here, counted from the reference)
    ("vi", "hạ tuần tháng 2", "2024-02"),
    ("ar", "وبعد ذلك بيومين", None),  # (two days after the narrative's day)
    ("ro", "la începutul acestei luni", "2024-03"),  # ("luni" alone is Monday)
])
def test_more_forms_of_the_press(lang: str, text: str, want: str | None) -> None:
    got = _found(lang, text, date(2024, 3, 15))
    assert len(got) == 1 and got[0] is not None
    assert want is None or got[0][0] == want


# Masoud Pezeshkian met Vladimir Putin in Kazan on 23 October 2024 (2 Aban 1403); Aban runs from 22 October to
# 20 November, so its middle is in November and its beginning in October.


@pytest.mark.parametrize("text", [
    "مسعود پزشکیان اوایل آبان در کازان با ولادیمیر پوتین دیدار کرد.",
    "مسعود پزشکیان در اوایل آبان ماه در کازان با ولادیمیر پوتین دیدار و گفت‌وگو کرد.",
])
def test_early_in_a_solar_month_is_the_gregorian_month_of_its_beginning(
        real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert pair_rows(real, make_doc, text, "2024-12-01", "fa") == [
        ("IRN-RUS", "in_person", "2024-10", "occurred")]


@pytest.mark.parametrize(("text", "want"), [
    ("اوایل اسفند", "2024-02"), ("در اواخر بهمن", "2024-02"), ("اواسط اسفند", "2024-03"),
    ("در اسفند", "2024-03"), ("پایان اسفند", "2024-03"), ("اوایل اسفند ۱۴۰۱", "2023-02"),
])
def test_the_part_of_a_solar_month(text: str, want: str) -> None:
    assert _found("fa", text, date(2024, 3, 15)) == [(want, "month")]
