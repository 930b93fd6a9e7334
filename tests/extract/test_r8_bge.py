"""Background contacts of a pair the report already contacts, in the non-Latin languages and Indonesian.

A report of a meeting or call that recalls an earlier one of the same two leaders, dated by month or year
("they last met in May", "their previous meeting was in Kazan in October", "seven months after their talks
in Cairo in February") holds two contacts. Sentences we wrote about real contacts of leaders in office on
both days. Each row is ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"

# (language, publication day, text, the report's own contact, the earlier one): (pair, mode, date)
_Case = tuple[str, str, str, tuple[str, str, str], tuple[str, str, str]]

# Forms the extractor read before this branch; kept here so that the new rules leave them as they were.
_READ_BEFORE: list[_Case] = [
    # Putin and Xi in Kazan on 22 October 2024; in Astana on 3 July 2024
    ("ru", "2024-10-23", "Путин и Си Цзиньпин провели переговоры в Казани во вторник. Последний раз лидеры "
     "встречались в июле в Астане.", ("CHN-RUS", V, "2024-10-22"), ("CHN-RUS", V, "2024-07")),
    # Lukashenko and Xi in Beijing on 1 March 2023; Lukashenko at the Belt and Road forum in April 2019
    ("ru", "2023-03-02", "Переговоры Лукашенко и Си Цзиньпина прошли в среду в Пекине. В 2019 году "
     "белорусский лидер уже посещал Пекин, где встречался с Си Цзиньпином.",
     ("BLR-CHN", V, "2023-03-01"), ("BLR-CHN", V, "2019")),
    # Zelensky and Erdogan in Istanbul on 7 July 2023; in Lviv on 18 August 2022
    ("uk", "2023-07-08", "Зеленський у п'ятницю зустрівся з Ердоганом у Стамбулі. Попередня зустріч "
     "президентів відбулася в серпні 2022 року у "
     "Львові.", ("TUR-UKR", V, "2023-07-07"), ("TUR-UKR", V, "2022-08")),
    # Erdogan and Putin in Sochi on 4 September 2023; in Astana on 13 October 2022
    ("tr", "2023-09-05", "Erdoğan ile Putin Pazartesi günü Soçi'de görüştü. İki lider en son 2022 yılında "
     "Astana'da bir araya gelmişti.", ("RUS-TUR", V, "2023-09-04"), ("RUS-TUR", V, "2022")),
    # Pezeshkian and Putin in Moscow on 17 January 2025; in Kazan in October 2024
    ("fa", "2025-01-18", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد. دو رئیس جمهور پیش‌تر "
     "در اکتبر در کازان دیدار کرده بودند.", ("IRN-RUS", V, "2025-01-17"), ("IRN-RUS", V, "2024-10")),
    # Modi and Netanyahu in New Delhi on 15 January 2018; Modi in Israel in July 2017
    ("he", "2018-01-16", "ראש הממשלה נתניהו נפגש אתמול בניו דלהי עם ראש ממשלת הודו נרנדרה מודי. השניים "
     "נפגשו ביולי אשתקד בירושלים.", ("IND-ISR", V, "2018-01-15"), ("IND-ISR", V, "2017-07")),
    # Shehbaz Sharif and Putin in Tianjin on 1 September 2025; in Astana on 3 July 2024
    ("ur", "2025-09-02", "وزیر اعظم شہباز شریف نے پیر کو تیانجن میں روسی صدر پیوٹن سے ملاقات کی۔ دونوں "
     "رہنماؤں کی اس سے پہلے جولائی 2024 میں آستانہ میں ملاقات ہوئی تھی۔",
     ("PAK-RUS", V, "2025-09-01"), ("PAK-RUS", V, "2024-07")),
    # Modi and Putin in Kazan on 22 October 2024; in Moscow on 8-9 July 2024
    ("hi", "2024-10-23", "प्रधानमंत्री मोदी ने मंगलवार को कज़ान में राष्ट्रपति पुतिन से मुलाकात की। दोनों "
     "नेताओं "
     "की पिछली मुलाकात जुलाई में मॉस्को में हुई "
     "थी।", ("IND-RUS", V, "2024-10-22"), ("IND-RUS", V, "2024-07")),
    # Xi and Biden: a call on 2 April 2024; Woodside, California, on 15 November 2023
    ("zh", "2024-04-03", "国家主席习近平2日应约同美国总统拜登通电话。两国元首去年11月在旧金山会晤。",
     ("CHN-USA", P, "2024-04-02"), ("CHN-USA", V, "2023-11")),
    # Ishiba and Lee Jae-myung in Busan on 30 September 2025; in Tokyo on 23 August 2025
    ("ja", "2025-10-01", "石破茂首相は30日、釜山で韓国の李在明大統領と会談した。両首脳の会談は8月以来。",
     ("JPN-KOR", V, "2025-09-30"), ("JPN-KOR", V, "2025-08")),
    # Yoon and Kishida in Seoul on 7 May 2023; in Tokyo on 16 March 2023
    ("ko", "2023-05-08", "윤석열 대통령은 7일 서울에서 기시다 후미오 일본 총리와 정상회담을 했다. 양 "
     "정상은 지난 "
     "3월 도쿄에서 만난 바 있다.", ("JPN-KOR", V, "2023-05-07"), ("JPN-KOR", V, "2023-03")),
    # Mitsotakis and Erdogan in Vilnius on 12 July 2023; at the NATO summit in Brussels on 14 June 2021
    ("el", "2023-07-13", "Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ρετζέπ Ταγίπ Ερντογάν στο Βίλνιους την "
     "Τετάρτη. Οι δύο ηγέτες είχαν συναντηθεί το 2021 στις Βρυξέλλες.",
     ("GRC-TUR", V, "2023-07-12"), ("GRC-TUR", V, "2021")),
    # Pham Minh Chinh and Kishida in Tokyo on 16 December 2023; in Hiroshima on 21 May 2023
    ("vi", "2023-12-17", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo "
     "ngày 16/12. Hai nhà lãnh đạo đã gặp nhau tại Hiroshima vào tháng 5.",
     ("JPN-VNM", V, "2023-12-16"), ("JPN-VNM", V, "2023-05")),
]

# "Their previous meeting", "the last meeting of the two leaders": a last-time phrase that holds its contact
# noun (Persian "دیدار قبلی", Greek "η τελευταία συνάντηση", Hebrew "פגישתם הקודמת") hid the noun's cue; a
# possessive on or after the noun (Arabic "لقاؤهما", Hebrew "פגישתם", Greek "συνάντησή τους", Persian
# "دیدار ... آنها", Indonesian "keduanya") is the pair.
_THEIR_LAST: list[_Case] = [
    ("ru", "2023-09-05", "Путин и Эрдоган провели переговоры в Сочи в понедельник. Их прошлая встреча "
     "прошла в "
     "Астане в октябре 2022 года.", ("RUS-TUR", V, "2023-09-04"), ("RUS-TUR", V, "2022-10")),
    # Erdogan and Putin in Kazan on 23 October 2024; in Astana on 3 July 2024
    ("tr", "2024-10-24", "Erdoğan ve Putin Çarşamba günü Kazan'da görüştü. İkilinin son görüşmesi Temmuz "
     "ayında Astana'da yapılmıştı.", ("RUS-TUR", V, "2024-10-23"), ("RUS-TUR", V, "2024-07")),
    ("tr", "2024-10-24", "Erdoğan ve Putin Çarşamba günü Kazan'da görüştü. Liderlerin bir önceki "
     "görüşmesi Temmuz ayında Astana'da gerçekleşmişti.",
     ("RUS-TUR", V, "2024-10-23"), ("RUS-TUR", V, "2024-07")),
    # (Ukrainian "saw each other", as Russian "виделись" already was)
    ("uk", "2023-07-08", "Зеленський у п'ятницю зустрівся з Ердоганом у Стамбулі. Минулого разу президенти "
     "бачилися в серпні 2022 року у Львові.", ("TUR-UKR", V, "2023-07-07"), ("TUR-UKR", V, "2022-08")),
    # Sisi and Erdogan in Ankara on 4 September 2024; in Cairo on 14 February 2024
    ("ar", "2024-09-05", "عقد الرئيس السيسي والرئيس أردوغان جلسة مباحثات في أنقرة أمس. وكان لقاؤهما "
     "الأخير في "
     "القاهرة في فبراير الماضي.", ("EGY-TUR", V, "2024-09-04"), ("EGY-TUR", V, "2024-02")),
    ("fa", "2025-01-18", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد. دیدار قبلی آنها در "
     "اکتبر "
     "۲۰۲۴ در کازان انجام شده بود.", ("IRN-RUS", V, "2025-01-17"), ("IRN-RUS", V, "2024-10")),
    ("fa", "2025-01-18", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد. دیدارشان در اکتبر "
     "۲۰۲۴ در "
     "کازان انجام شده بود.", ("IRN-RUS", V, "2025-01-17"), ("IRN-RUS", V, "2024-10")),
    # Netanyahu and Trump at the White House on 7 July 2025; on 7 April 2025
    ("he", "2025-07-08", "נתניהו נפגש ביום שני בבית הלבן עם הנשיא טראמפ. פגישתם הקודמת התקיימה באפריל.",
     ("ISR-USA", V, "2025-07-07"), ("ISR-USA", V, "2025-04")),
    ("he", "2025-07-08", "נתניהו נפגש ביום שני בבית הלבן עם הנשיא טראמפ. בפגישתם הקודמת, באפריל, דנו השניים "
     "במכסים.", ("ISR-USA", V, "2025-07-07"), ("ISR-USA", V, "2025-04")),
    # Mitsotakis and Erdogan in New York on 24 September 2024; in Ankara on 13 May 2024
    ("el", "2024-09-25", "Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ρετζέπ Ταγίπ Ερντογάν στη Νέα Υόρκη την "
     "Τρίτη. Η τελευταία συνάντηση των δύο ηγετών έγινε τον Μάιο στην Άγκυρα.",
     ("GRC-TUR", V, "2024-09-24"), ("GRC-TUR", V, "2024-05")),
    ("el", "2024-09-25", "Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ρετζέπ Ταγίπ Ερντογάν στη Νέα Υόρκη την "
     "Τρίτη. Η προηγούμενη συνάντησή τους είχε γίνει στην Άγκυρα τον Μάιο.",
     ("GRC-TUR", V, "2024-09-24"), ("GRC-TUR", V, "2024-05")),
    # Joko Widodo and Albanese in Sydney on 4 July 2023; in Jakarta on 6 June 2022
    ("id", "2023-07-05", "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Sydney pada "
     "Selasa. "
     "Pertemuan terakhir keduanya berlangsung di Jakarta pada Juni 2022.",
     ("AUS-IDN", V, "2023-07-04"), ("AUS-IDN", V, "2022-06")),
    ("id", "2023-07-05", "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Sydney pada "
     "Selasa. "
     "Keduanya terakhir kali bertemu di Jakarta pada Juni 2022.",
     ("AUS-IDN", V, "2023-07-04"), ("AUS-IDN", V, "2022-06")),
]

# "N months after their meeting in April": "after" right before a contact noun, dated in its phrase, names
# the pair's earlier contact (as in the Latin-script languages), and that noun is not the cue of the
# sentence's own contact however near the partner stands.
_AFTER: list[_Case] = [
    ("ar", "2024-09-05", "استقبل الرئيس أردوغان نظيره المصري في أنقرة أمس، وذلك بعد زيارته إلى القاهرة في "
     "فبراير الماضي التي التقى خلالها السيسي.", ("EGY-TUR", V, "2024-09-04"), ("EGY-TUR", V, "2024-02")),
    ("ar", "2024-09-05", "عقد الرئيس السيسي والرئيس أردوغان جلسة مباحثات في أنقرة أمس. وجاءت المباحثات عقب "
     "زيارة أردوغان إلى القاهرة في فبراير الماضي.", ("EGY-TUR", V, "2024-09-04"), ("EGY-TUR", V, "2024-02")),
    ("fa", "2025-01-18", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد. این دومین دیدار "
     "آنها پس از "
     "دیدار در مهر ۱۴۰۳ در عشق‌آباد است.", ("IRN-RUS", V, "2025-01-17"), ("IRN-RUS", V, "2024-10")),
    ("el", "2024-09-25", "Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ρετζέπ Ταγίπ Ερντογάν στη Νέα Υόρκη την "
     "Τρίτη, τέσσερις μήνες μετά τη συνάντησή τους στην Άγκυρα τον Μάιο.",
     ("GRC-TUR", V, "2024-09-24"), ("GRC-TUR", V, "2024-05")),
    ("he", "2025-07-08", "נתניהו נפגש ביום שני בבית הלבן עם הנשיא טראמפ, שלושה חודשים אחרי פגישתם באפריל.",
     ("ISR-USA", V, "2025-07-07"), ("ISR-USA", V, "2025-04")),
    ("id", "2023-07-05", "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Sydney pada "
     "Selasa, "
     "setahun setelah pertemuan keduanya di Bogor pada Juni 2022.",
     ("AUS-IDN", V, "2023-07-04"), ("AUS-IDN", V, "2022-06")),
    ("vi", "2023-12-17", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại "
     "Tokyo ngày "
     "16/12, sau cuộc hội đàm giữa hai nhà lãnh đạo tại Hiroshima vào tháng 5.",
     ("JPN-VNM", V, "2023-12-16"), ("JPN-VNM", V, "2023-05")),
]


def _check(real: RuleExtractor, make_doc: DocFactory, case: _Case) -> None:
    lang, published, text, own, earlier = case
    rows = pair_rows(real, make_doc, text, published, lang)
    assert rows == sorted([(*own, OK), (*earlier, OK)]), rows


@pytest.mark.parametrize("case", _READ_BEFORE, ids=lambda c: f"{c[0]}-{c[3][0]}")
def test_background_contacts_read_before(real: RuleExtractor, make_doc: DocFactory, case: _Case) -> None:
    _check(real, make_doc, case)


@pytest.mark.parametrize("case", _THEIR_LAST, ids=lambda c: f"{c[0]}-{c[3][0]}")
def test_their_last_meeting(real: RuleExtractor, make_doc: DocFactory, case: _Case) -> None:
    _check(real, make_doc, case)


@pytest.mark.parametrize("case", _AFTER, ids=lambda c: f"{c[0]}-{c[3][0]}")
def test_after_their_earlier_contact(real: RuleExtractor, make_doc: DocFactory, case: _Case) -> None:
    _check(real, make_doc, case)


def test_no_background_contact_where_none_is_told(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "after" with a third leader in the phrase: Biden's meeting, not Erdogan's (Mitsotakis met Biden at the
    # NATO summit in Washington in July 2024 and at the White House in May 2022)
    text = ("Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ρετζέπ Ταγίπ Ερντογάν στη Νέα Υόρκη την Τρίτη, μετά τη "
            "συνάντηση του Μητσοτάκη με τον Τζο Μπάιντεν τον Ιούλιο.")
    rows = pair_rows(real, make_doc, text, "2024-09-25", "el")
    assert ("GRC-TUR", V, "2024-09-24", OK) in rows and ("GRC-TUR", V, "2024-07", OK) not in rows
    # "after" an event that is no contact
    text = ("عقد الرئيس السيسي والرئيس أردوغان جلسة مباحثات في أنقرة أمس، وذلك بعد توقيع اتفاقية التجارة في "
            "فبراير الماضي.")
    assert pair_rows(real, make_doc, text, "2024-09-05", "ar") == [("EGY-TUR", V, "2024-09-04", OK)]
    # "since taking office in July": no earlier meeting
    text = ("Путин и Пезешкиан провели переговоры в Казани во вторник. Это первая встреча лидеров с момента "
            "вступления Пезешкиана в должность в июле.")
    assert pair_rows(real, make_doc, text, "2024-10-23", "ru") == [("IRN-RUS", V, "2024-10-22", OK)]
    # a summit one of them attended, no meeting of the two told
    text = ("Erdoğan ve Putin Çarşamba günü Kazan'da görüştü. Erdoğan, Temmuz ayında Astana'da Şangay "
            "İşbirliği "
            "Örgütü zirvesine katılmıştı.")
    assert pair_rows(real, make_doc, text, "2024-10-24", "tr") == [("RUS-TUR", V, "2024-10-23", OK)]
    # a meeting to come
    text = ("윤석열 대통령은 7일 서울에서 기시다 후미오 일본 총리와 정상회담을 했다. 양 정상은 이달 "
            "히로시마에서 다시 만날 "
            "예정이다.")
    rows = pair_rows(real, make_doc, text, "2023-05-08", "ko")
    assert [r for r in rows if r[3] == OK] == [("JPN-KOR", V, "2023-05-07", OK)]
    # "in their meeting" they discussed an accord signed in January: the accord's month is no contact
    text = "נתניהו נפגש ביום שני בבית הלבן עם הנשיא טראמפ. בפגישתם דנו השניים בהסכם שנחתם בינואר."
    assert pair_rows(real, make_doc, text, "2025-07-08", "he") == [("ISR-USA", V, "2025-07-07", OK)]
    # "both" agreeing on something dated: no contact
    text = ("Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Sydney pada Selasa. Keduanya "
            "sepakat memperkuat kerja sama sejak perjanjian ditandatangani pada Maret 2020.")
    assert pair_rows(real, make_doc, text, "2023-07-05", "id") == [("AUS-IDN", V, "2023-07-04", OK)]
    # "ثاني" (second) is no Al Thani: a "second visit" sentence names no Qatari leader
    text = ("التقى الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة يوم الاثنين. وهذه ثاني "
            "زيارة لماكرون إلى مصر منذ أكتوبر 2023 حين التقى الرئيس السيسي.")
    assert not [r for r in pair_rows(real, make_doc, text, "2025-04-08", "ar") if "QAT" in r[0]]
