"""Round nine, dates: the forms each language's press writes a contact's day, month or year in.

Weekdays alone and with "last", yesterday, today, last night and the day before yesterday, a day of the
month alone, day and month with and without a year (inflected month names), numeric forms, native digits,
months and years of background contacts, last week, month and year, and agency datelines. Each snippet
tells a real contact in our own words, published on a day after it; the contact's date at the gold
precision (a day, a month "2025-05" or a year "2019") is what the snippet states against that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import build_date_index, find_dates, resolve
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory

# (language, publication day, text, the contact's date)
Snippet = tuple[str, str, str, str]
PageSnippet = tuple[str, str | None, str, str]

# Kyriakos Mitsotakis received Recep Tayyip Erdoğan in Athens on Thursday 7 December 2023 and visited him
# in Ankara on Monday 13 May 2024; they had met in New York in September 2023. Mitsotakis and Volodymyr
# Zelensky met in Odesa on Wednesday 6 March 2024.
GREEK: list[Snippet] = [
    ("el", "2023-12-08", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε την Πέμπτη στην Αθήνα με τον Τούρκο "
     "πρόεδρο Ρετζέπ Ταγίπ Ερντογάν.", "2023-12-07"),
    ("el", "2024-05-14", "Ο Κυριάκος Μητσοτάκης συναντήθηκε χθες στην Άγκυρα με τον Ρετζέπ Ταγίπ Ερντογάν.",
     "2024-05-13"),
    ("el", "2024-06-20", "Ο Μητσοτάκης είχε συναντηθεί με τον Ερντογάν στις 13 Μαΐου στην Άγκυρα.",
     "2024-05-13"),
    ("el", "2024-01-10", "Ο Ερντογάν συναντήθηκε με τον Μητσοτάκη στην Αθήνα στις 7 Δεκεμβρίου 2023.",
     "2023-12-07"),
    ("el", "2023-11-20", "Ο Μητσοτάκης και ο Ερντογάν είχαν συναντηθεί τον Σεπτέμβριο στη Νέα Υόρκη.",
     "2023-09"),
    ("el", "2025-02-10", "Ο Μητσοτάκης είχε συναντηθεί με τον Ερντογάν στην Άγκυρα το 2024.", "2024"),
    ("el", "2023-12-07", "ΑΘΗΝΑ, 7 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) - Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με "
     "τον Τούρκο πρόεδρο Ρετζέπ Ταγίπ Ερντογάν στο Μέγαρο Μαξίμου.", "2023-12-07"),
    ("el", "2024-05-17", "Ο Μητσοτάκης συναντήθηκε την περασμένη Δευτέρα με τον Ερντογάν στην Άγκυρα.",
     "2024-05-13"),
    ("el", "2024-05-15", "Ο Μητσοτάκης και ο Ερντογάν συναντήθηκαν προχθές στην Άγκυρα.", "2024-05-13"),
    ("el", "2024-05-22", "Ο Μητσοτάκης συναντήθηκε την περασμένη εβδομάδα με τον Ερντογάν στην Άγκυρα.",
     "2024-05"),
    ("el", "2024-05-14", "Ο Μητσοτάκης είχε υποδεχθεί πέρυσι τον Ερντογάν στην Αθήνα.", "2023"),
    ("el", "2024-03-07", "Ο Μητσοτάκης συναντήθηκε χθες το βράδυ στην Οδησσό με τον Βολοντίμιρ Ζελένσκι.",
     "2024-03-06"),
    ("el", "2024-03-20", "Ο Μητσοτάκης συναντήθηκε στις 6/3 στην Οδησσό με τον Ζελένσκι.", "2024-03-06"),
    ("el", "2024-04-20", "Ο Μητσοτάκης συναντήθηκε με τον Ζελένσκι στην Οδησσό στις 6 Μαρτίου.",
     "2024-03-06"),
    ("el", "2024-04-02", "Ο Μητσοτάκης συναντήθηκε τον περασμένο μήνα στην Οδησσό με τον Ζελένσκι.",
     "2024-03"),
    ("el", "2024-03-06", "Ο Μητσοτάκης συναντήθηκε σήμερα στην Οδησσό με τον Ουκρανό πρόεδρο Βολοντίμιρ "
     "Ζελένσκι.", "2024-03-06"),
]

# Tô Lâm received Vladimir Putin in Hanoi on Thursday 20 June 2024, held talks with Xi Jinping in Beijing on
# Monday 19 August 2024 and received him in Hanoi on Monday 14 April 2025.
VIETNAMESE: list[Snippet] = [
    ("vi", "2024-08-20", "Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Trung Quốc Tập Cận Bình ngày 19/8 tại Bắc "
     "Kinh.", "2024-08-19"),
    ("vi", "2024-06-20", "Hà Nội (TTXVN) - Chiều 20/6, Chủ tịch nước Tô Lâm hội đàm với Tổng thống Nga "
     "Vladimir Putin.", "2024-06-20"),
    ("vi", "2024-06-21", "Tổng Bí thư Tô Lâm hôm qua đã hội đàm với Tổng "
     "thống Nga Vladimir Putin tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-07-01", "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Vladimir Putin ngày 20 tháng 6 năm 2024 "
     "tại Hà Nội.", "2024-06-20"),
    ("vi", "2024-06-22", "Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Nga Vladimir Putin vào thứ Năm tại Hà "
     "Nội.", "2024-06-20"),
    ("vi", "2025-05-01", "Tổng thống Putin từng hội đàm với Tổng Bí thư Tô Lâm tại Hà Nội vào tháng 6/2024.",
     "2024-06"),
    ("vi", "2025-05-01", "Tổng thống Nga Vladimir Putin đã hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại "
     "Bắc Kinh năm 2024.", "2024"),
    ("vi", "2024-06-20", "Sáng nay, Chủ tịch nước Tô Lâm hội đàm với Tổng "
     "thống Nga Vladimir Putin tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-06-21", "Tối qua, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Vladimir Putin tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-06-22", "Hôm kia, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Vladimir Putin tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-06-27", "Tuần trước, Tổng Bí thư Tô Lâm đã hội đàm với "
     "Tổng thống Vladimir Putin tại Hà Nội.",
     "2024-06"),
    ("vi", "2024-08-22", "Hôm thứ Hai, Tổng Bí thư Tô Lâm đã hội đàm với Chủ tịch Tập Cận Bình tại Bắc Kinh.",
     "2024-08-19"),
    ("vi", "2024-08-19", "Bắc Kinh, 19/8 (TTXVN) - Tổng Bí thư Tô Lâm đã hội đàm với Chủ tịch Trung Quốc Tập "
     "Cận Bình tại Đại lễ đường Nhân dân.", "2024-08-19"),
    ("vi", "2024-09-10", "Tổng Bí thư Tô Lâm đã hội đàm với Chủ tịch Tập Cận Bình tại Bắc Kinh tháng trước.",
     "2024-08"),
    ("vi", "2024-06-30", "Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống Putin ngày 20-6 tại Hà Nội.",
     "2024-06-20"),
]

# Shehbaz Sharif met Donald Trump at the White House on Thursday 25 September 2025, and Recep Tayyip Erdoğan
# in Istanbul on 25 May 2025.
URDU: list[Snippet] = [
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے جمعرات کو وائٹ ہاؤس میں امریکی صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے گزشتہ روز امریکی صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے کل وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-10-05", "وزیراعظم شہباز شریف نے 25 ستمبر کو وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-10-05", "وزیراعظم شہباز شریف نے ۲۵ ستمبر ۲۰۲۵ کو صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔",
     "2025-09-25"),
    ("ur", "2025-09-25", "وزیراعظم شہباز شریف نے آج وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-27", "وزیراعظم شہباز شریف نے پرسوں وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-10-10", "وزیراعظم شہباز شریف نے گزشتہ ماہ وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔",
     "2025-09"),
    ("ur", "2025-07-01", "وزیراعظم شہباز شریف نے مئی میں استنبول میں ترک "
     "صدر رجب طیب ایردوان سے ملاقات کی تھی۔",
     "2025-05"),
    ("ur", "2025-09-30", "وزیراعظم شہباز شریف نے گزشتہ جمعرات وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے گزشتہ رات وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-25", "واشنگٹن، 25 ستمبر (اے پی پی): وزیراعظم شہباز شریف نے وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ "
     "سے ملاقات کی۔", "2025-09-25"),
]

# Benjamin Netanyahu met Donald Trump at the White House on Tuesday 4 February 2025, Monday 7 April 2025 and
# Monday 7 July 2025, and in January and September 2020.
HEBREW: list[Snippet] = [
    ("he", "2025-04-08", "ראש הממשלה בנימין נתניהו נפגש ביום שני בבית הלבן עם הנשיא דונלד טראמפ.",
     "2025-04-07"),
    ("he", "2025-04-08", "ראש הממשלה בנימין נתניהו נפגש אתמול בבית הלבן עם הנשיא דונלד טראמפ.", "2025-04-07"),
    ("he", "2025-04-08", "ראש הממשלה בנימין נתניהו נפגש אמש בבית הלבן עם הנשיא דונלד טראמפ.", "2025-04-07"),
    ("he", "2025-04-09", "ראש הממשלה בנימין נתניהו נפגש שלשום בבית הלבן עם הנשיא דונלד טראמפ.", "2025-04-07"),
    ("he", "2025-03-01", "נתניהו נפגש עם טראמפ בבית הלבן ב-4 בפברואר.", "2025-02-04"),
    ("he", "2025-08-01", "נתניהו נפגש עם טראמפ בבית הלבן ב-7 ביולי 2025.", "2025-07-07"),
    ("he", "2025-05-05", "נתניהו נפגש עם טראמפ בבית הלבן בחודש שעבר.", "2025-04"),
    ("he", "2025-04-01", "נתניהו נפגש לאחרונה עם טראמפ בבית הלבן בפברואר.", "2025-02"),
    ("he", "2024-07-20", "נתניהו נפגש עם טראמפ בבית הלבן ב-2020.", "2020"),
    ("he", "2025-04-07", "ראש הממשלה בנימין נתניהו נפגש היום בבית הלבן עם הנשיא דונלד טראמפ.", "2025-04-07"),
    ("he", "2025-07-10", "ראש הממשלה נתניהו נפגש ביום שני האחרון עם הנשיא טראמפ בבית הלבן.", "2025-07-07"),
    ("he", "2025-07-20", "ראש הממשלה נתניהו נפגש עם הנשיא טראמפ בבית הלבן ב-7.7.2025.", "2025-07-07"),
    ("he", "2025-04-16", "ראש הממשלה נתניהו נפגש עם הנשיא טראמפ בבית הלבן בשבוע שעבר.", "2025-04"),
]

# Narendra Modi met Vladimir Putin in Moscow on Tuesday 9 July 2024, Donald Trump at the White House on
# Thursday 13 February 2025 and Xi Jinping in Tianjin on Sunday 31 August 2025 and in Kazan in October 2024.
HINDI: list[Snippet] = [
    ("hi", "2024-07-10", "प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
    ("hi", "2024-07-10", "प्रधानमंत्री नरेंद्र मोदी ने कल मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
    ("hi", "2024-07-20", "प्रधानमंत्री नरेंद्र मोदी ने 9 जुलाई को मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
    ("hi", "2024-08-01", "प्रधानमंत्री नरेंद्र मोदी ने ९ जुलाई २०२४ को मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
    ("hi", "2025-09-01", "प्रधानमंत्री नरेंद्र मोदी ने रविवार को तियानजिन में चीनी राष्ट्रपति शी जिनपिंग से मुलाकात की।",
     "2025-08-31"),
    ("hi", "2024-08-05", "प्रधानमंत्री नरेंद्र मोदी ने पिछले महीने मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की थी।",
     "2024-07"),
    ("hi", "2025-03-01", "प्रधानमंत्री नरेंद्र मोदी ने पिछले साल मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की थी।",
     "2024"),
    ("hi", "2025-01-10", "प्रधानमंत्री नरेंद्र मोदी ने अक्टूबर में कज़ान में राष्ट्रपति शी जिनपिंग से मुलाकात की थी।",
     "2024-10"),
    ("hi", "2025-01-10", "प्रधानमंत्री नरेंद्र मोदी ने 2024 में कज़ान में राष्ट्रपति शी जिनपिंग से मुलाकात की थी।",
     "2024"),
    ("hi", "2024-07-09", "प्रधानमंत्री नरेंद्र मोदी ने आज मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
    ("hi", "2025-02-17", "प्रधानमंत्री नरेंद्र मोदी ने बीते गुरुवार को व्हाइट हाउस में राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात की।",
     "2025-02-13"),
    ("hi", "2025-02-20", "प्रधानमंत्री नरेंद्र मोदी ने 13 फरवरी को व्हाइट हाउस में राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात की।",
     "2025-02-13"),
    ("hi", "2024-07-09", "मॉस्को, 9 जुलाई (भाषा) प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
    ("hi", "2024-07-10", "प्रधानमंत्री नरेंद्र मोदी ने कल रात मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     "2024-07-09"),
]

# Lee Jae-myung met Donald Trump at the White House on Monday 25 August 2025, Shigeru Ishiba in Tokyo on
# Saturday 23 August 2025 and Xi Jinping in Gyeongju on Saturday 1 November 2025.
KOREAN: list[Snippet] = [
    ("ko", "2025-08-26", "이재명 대통령은 25일 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ko", "2025-09-03", "이재명 대통령은 8월 25일 백악관에서 도널드 트럼프 대통령과 정상회담을 했다.",
     "2025-08-25"),
    ("ko", "2025-10-03", "이재명 대통령은 2025년 8월 25일 백악관에서 도널드 트럼프 대통령과 정상회담을 했다.",
     "2025-08-25"),
    ("ko", "2025-08-26", "이재명 대통령은 어제 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ko", "2025-08-28", "이재명 대통령은 지난 25일 백악관에서 도널드 트럼프 대통령과 정상회담을 했다.",
     "2025-08-25"),
    ("ko", "2025-08-27", "이재명 대통령은 월요일 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ko", "2025-09-10", "이재명 대통령은 지난달 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08"),
    ("ko", "2026-01-10", "이재명 대통령은 지난해 백악관에서 도널드 트럼프 대통령과 정상회담을 했다.", "2025"),
    ("ko", "2025-10-20", "이재명 대통령은 지난 8월 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08"),
    ("ko", "2025-08-25", "이재명 대통령은 오늘 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ko", "2025-08-25", "이재명 대통령은 그저께 도쿄에서 이시바 "
     "시게루 총리와 정상회담을 했다.", "2025-08-23"),
    ("ko", "2025-11-02", "이재명 대통령은 1일 경주에서 시진핑 국가주석과 정상회담을 했다.", "2025-11-01"),
    ("ko", "2025-11-05", "이재명 대통령은 지난 1일 경주에서 시진핑 중국 국가주석과 정상회담을 가졌다.",
     "2025-11-01"),
    ("ko", "2025-09-02", "이재명 대통령은 지난주 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08"),
]

# Prabowo Subianto received Emmanuel Macron in Jakarta on Wednesday 28 May 2025, met Xi Jinping in Beijing
# on Saturday 9 November 2024 and Vladimir Putin in St Petersburg on Thursday 19 June 2025.
INDONESIAN: list[Snippet] = [
    ("id", "2025-05-29", "Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron di Istana "
     "Merdeka, "
     "Jakarta, pada Rabu (28/5).", "2025-05-28"),
    ("id", "2025-06-02", "Presiden Prabowo Subianto bertemu Presiden Emmanuel Macron di Jakarta pada Rabu "
     "(28/5/2025).", "2025-05-28"),
    ("id", "2025-05-29", "Presiden Prabowo Subianto kemarin bertemu Presiden Emmanuel Macron di Jakarta.",
     "2025-05-28"),
    ("id", "2025-06-10", "Presiden Prabowo Subianto bertemu Presiden Emmanuel Macron di Jakarta pada 28 Mei "
     "2025.", "2025-05-28"),
    ("id", "2025-05-30", "Presiden Prabowo Subianto bertemu Presiden "
     "Emmanuel Macron di Jakarta pada Rabu lalu.",
     "2025-05-28"),
    ("id", "2025-05-28", "Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel "
     "Macron di Istana Merdeka hari ini.", "2025-05-28"),
    ("id", "2025-06-15", "Presiden Prabowo Subianto bertemu Presiden Emmanuel Macron di Jakarta bulan lalu.",
     "2025-05"),
    ("id", "2025-03-01", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing tahun lalu.",
     "2024"),
    ("id", "2025-01-20", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing pada November.",
     "2024-11"),
    ("id", "2025-06-20", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing pada 2024.",
     "2024"),
    ("id", "2025-06-20", "Presiden Prabowo Subianto bertemu Presiden Vladimir Putin di St. Petersburg tadi "
     "malam.", "2025-06-19"),
    ("id", "2024-11-11", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing, Sabtu (9/11).",
     "2024-11-09"),
    ("id", "2025-06-26", "Presiden Prabowo Subianto bertemu Presiden Vladimir Putin di St. Petersburg pekan "
     "lalu.", "2025-06"),
    ("id", "2025-06-21", "Presiden Prabowo Subianto bertemu Presiden Vladimir Putin di St. Petersburg "
     "kemarin "
     "lusa.", "2025-06-19"),
]

# Shigeru Ishiba met Donald Trump at the White House on Friday 7 February 2025; Sanae Takaichi met Xi
# Jinping in Gyeongju on Friday 31 October 2025.
JAPANESE: list[Snippet] = [
    ("ja", "2025-02-08", "石破茂首相は7日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-02-20", "石破茂首相は2月7日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-06-20", "石破茂首相は2025年2月7日、ホワイトハウ"
     "スでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-02-08", "石破茂首相は昨日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-02-09", "石破茂首相は金曜日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-03-05", "石破茂首相は先月、ホワイトハウスでトランプ大統領と会談した。", "2025-02"),
    ("ja", "2026-01-15", "習近平国家主席は昨年、モスクワでプーチン大統領と会談した。", "2025"),
    ("ja", "2025-06-01", "石破茂首相は今年2月、ホワイトハウスでトランプ大統領と会談した。", "2025-02"),
    ("ja", "2025-02-07", "石破茂首相は本日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-02-09", "石破茂首相は一昨日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", "2025-02-13", "石破茂首相は先週、ホワイトハウスでトランプ大統領と会談した。", "2025-02"),
    ("ja", "2025-11-01", "高市早苗首相は31日、慶州で中国の習近平国家主席と会談した。", "2025-10-31"),
    ("ja", "2025-11-04", "高市早苗首相は先月31日、慶州で中国の習近平国家主席と会談した。", "2025-10-31"),
]

# Xi Jinping held talks with Vladimir Putin in Moscow on Thursday 8 May 2025 and with Narendra Modi in
# Tianjin on Sunday 31 August 2025; they had met in Kazan in October 2024.
CHINESE: list[Snippet] = [
    ("zh", "2025-05-09", "国家主席习近平8日在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("zh", "2025-05-09", "新华社莫斯科5月8日电 国家主席习近平8日在克里姆林宫同俄罗斯总统普京举行会谈。",
     "2025-05-08"),
    ("zh", "2025-05-09", "国家主席习近平昨天在莫斯科同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("zh", "2025-05-20", "国家主席习近平5月8日在莫斯科同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("zh", "2025-09-20", "国家主席习近平2025年5月8日在莫斯科同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("zh", "2025-05-13", "国家主席习近平上周四在莫斯科同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("zh", "2025-06-05", "国家主席习近平上个月在莫斯科同俄罗斯总统普京举行会谈。", "2025-05"),
    ("zh", "2026-02-05", "国家主席习近平去年在莫斯科同俄罗斯总统普京举行会谈。", "2025"),
    ("zh", "2025-09-05", "国家主席习近平今年5月在莫斯科同俄罗斯总统普京举行会谈。", "2025-05"),
    ("zh", "2025-09-01", "国家主席习近平前天在天津会见印度总理莫迪。", "2025-08-30"),
    ("zh", "2025-08-31", "国家主席习近平今天在天津会见印度总理莫迪。", "2025-08-31"),
    ("zh", "2025-09-02", "国家主席习近平星期日在天津会见印度总理莫迪。", "2025-08-31"),
    ("zh", "2025-08-31", "新华社天津8月31日电 国家主席习近平31日在天津会见印度总理莫迪。", "2025-08-31"),
    ("zh", "2025-09-05", "国家主席习近平2024年10月在喀山会见印度总理莫迪。", "2024-10"),
]

# Volodymyr Zelensky met Donald Trump at the White House on Friday 28 February 2025 and Monday 18 August
# 2025, and in New York in September 2019; Donald Tusk visited him in Kyiv on Monday 22 January 2024.
UKRAINIAN: list[Snippet] = [
    ("uk", "2025-08-19", "Президент Володимир Зеленський у понеділок зустрівся з Дональдом Трампом у Білому "
     "домі.", "2025-08-18"),
    ("uk", "2025-08-19", "Президент Володимир Зеленський вчора зустрівся з Дональдом Трампом у Білому домі.",
     "2025-08-18"),
    ("uk", "2025-08-30", "Президент Володимир Зеленський 18 серпня зустрівся "
     "з Дональдом Трампом у Білому домі.",
     "2025-08-18"),
    ("uk", "2025-10-01", "Президент Володимир Зеленський зустрівся з Дональдом Трампом у Білому домі 18 "
     "серпня "
     "2025 року.", "2025-08-18"),
    ("uk", "2025-08-20", "Президент Володимир Зеленський позавчора зустрівся "
     "з Дональдом Трампом у Білому домі.",
     "2025-08-18"),
    ("uk", "2025-08-27", "Президент Володимир Зеленський минулого тижня зустрівся з Дональдом Трампом у "
     "Білому "
     "домі.", "2025-08"),
    ("uk", "2025-09-10", "Президент Володимир Зеленський минулого місяця зустрівся з Дональдом Трампом у "
     "Білому "
     "домі.", "2025-08"),
    ("uk", "2025-05-10", "Президент Володимир Зеленський зустрівся з "
     "Дональдом Трампом у Білому домі в лютому.",
     "2025-02"),
    ("uk", "2024-05-10", "Президент Володимир Зеленський вперше зустрівся з Дональдом Трампом у 2019 році.",
     "2019"),
    ("uk", "2025-08-18", "Президент Володимир Зеленський сьогодні зустрівся "
     "з Дональдом Трампом у Білому домі.",
     "2025-08-18"),
    ("uk", "2025-03-04", "Президент Володимир Зеленський минулої п'ятниці зустрівся з Дональдом Трампом у "
     "Білому домі.", "2025-02-28"),
    ("uk", "2024-01-30", "Президент Володимир Зеленський 22.01.2024 зустрівся у Києві з прем'єр-міністром "
     "Польщі Дональдом Туском.", "2024-01-22"),
    ("uk", "2024-01-22", "Київ, 22 січня (Укрінформ) – Президент Володимир Зеленський зустрівся з "
     "прем'єр-міністром Польщі Дональдом Туском.", "2024-01-22"),
    ("uk", "2025-08-19", "Президент Володимир Зеленський учора ввечері зустрівся з Дональдом Трампом у "
     "Білому "
     "домі.", "2025-08-18"),
]

# Donald Tusk met Volodymyr Zelensky in Kyiv on Monday 22 January 2024 and Emmanuel Macron in Nancy on
# Friday 9 May 2025.
POLISH: list[Snippet] = [
    ("pl", "2024-01-23", "Premier Donald Tusk spotkał się w poniedziałek w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01-22"),
    ("pl", "2024-01-23", "Premier Donald Tusk spotkał się wczoraj w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01-22"),
    ("pl", "2024-02-01", "Premier Donald Tusk spotkał się 22 stycznia w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01-22"),
    ("pl", "2024-06-01", "Premier Donald Tusk spotkał się 22 stycznia 2024 r. w Kijowie z prezydentem "
     "Wołodymyrem Zełenskim.", "2024-01-22"),
    ("pl", "2024-01-24", "Premier Donald Tusk spotkał się przedwczoraj w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01-22"),
    ("pl", "2024-01-30", "Premier Donald Tusk spotkał się w zeszłym tygodniu w Kijowie z prezydentem "
     "Wołodymyrem Zełenskim.", "2024-01"),
    ("pl", "2024-02-10", "Premier Donald Tusk spotkał się w zeszłym miesiącu w Kijowie z prezydentem "
     "Wołodymyrem Zełenskim.", "2024-01"),
    ("pl", "2025-02-10", "Premier Donald Tusk spotkał się w ubiegłym roku w Kijowie z prezydentem "
     "Wołodymyrem "
     "Zełenskim.", "2024"),
    ("pl", "2024-05-10", "Premier Donald Tusk spotkał się w styczniu w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01"),
    ("pl", "2024-01-22", "Premier Donald Tusk spotkał się dzisiaj w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01-22"),
    ("pl", "2024-01-30", "Premier Donald Tusk spotkał się 22.01.2024 w Kijowie z prezydentem Wołodymyrem "
     "Zełenskim.", "2024-01-22"),
    ("pl", "2025-05-13", "Premier Donald Tusk spotkał się w miniony piątek w Nancy z prezydentem Emmanuelem "
     "Macronem.", "2025-05-09"),
    ("pl", "2025-05-20", "Premier Donald Tusk spotkał się 9 maja w Nancy z prezydentem Francji Emmanuelem "
     "Macronem.", "2025-05-09"),
    ("pl", "2024-01-23", "Premier Donald Tusk spotkał się wczoraj wieczorem w Kijowie z prezydentem "
     "Wołodymyrem Zełenskim.", "2024-01-22"),
]

# Donald Trump and Vladimir Putin met in Anchorage on Friday 15 August 2025, and in Osaka in June 2019;
# Trump received Volodymyr Zelensky at the White House on Monday 18 August 2025.
DUTCH: list[Snippet] = [
    ("nl", "2025-08-16", "Donald Trump en Vladimir Poetin hebben vrijdag in Alaska met elkaar gesproken.",
     "2025-08-15"),
    ("nl", "2025-08-16", "Donald Trump en Vladimir Poetin hebben gisteren in Alaska met elkaar gesproken.",
     "2025-08-15"),
    ("nl", "2025-08-25", "Donald Trump en Vladimir Poetin hebben op 15 "
     "augustus in Alaska met elkaar gesproken.",
     "2025-08-15"),
    ("nl", "2025-10-01", "Donald Trump en Vladimir Poetin hebben elkaar op 15 augustus 2025 in Alaska "
     "ontmoet.", "2025-08-15"),
    ("nl", "2025-08-17", "Donald Trump en Vladimir Poetin hebben eergisteren in Alaska met elkaar gesproken.",
     "2025-08-15"),
    ("nl", "2025-08-21", "Donald Trump en Vladimir Poetin hebben vorige week in Alaska met elkaar gesproken.",
     "2025-08"),
    ("nl", "2025-09-10", "Donald Trump en Vladimir Poetin hebben vorige "
     "maand in Alaska met elkaar gesproken.",
     "2025-08"),
    ("nl", "2025-11-10", "Donald Trump en Vladimir Poetin hebben elkaar in augustus in Alaska ontmoet.",
     "2025-08"),
    ("nl", "2024-05-10", "Donald Trump en Vladimir Poetin hebben elkaar in 2019 in Osaka ontmoet.", "2019"),
    ("nl", "2025-08-15", "Donald Trump en Vladimir Poetin hebben vandaag in Alaska met elkaar gesproken.",
     "2025-08-15"),
    ("nl", "2025-08-19", "Donald Trump en Vladimir Poetin hebben afgelopen vrijdag in Alaska met elkaar "
     "gesproken.", "2025-08-15"),
    ("nl", "2025-08-19", "President Donald Trump heeft gisteravond in het Witte Huis de Oekraïense president "
     "Volodymyr Zelensky ontvangen.", "2025-08-18"),
    ("nl", "2025-08-30", "Donald Trump en Vladimir Poetin hebben elkaar op 15-08-2025 in Alaska ontmoet.",
     "2025-08-15"),
]

# Vladimir Putin met Xi Jinping in Moscow on Thursday 8 May 2025 and Recep Tayyip Erdoğan in Sochi on
# Monday 4 September 2023.
RUSSIAN: list[Snippet] = [
    ("ru", "2025-05-09", "Владимир Путин в четверг провел в Кремле переговоры с Си Цзиньпином.",
     "2025-05-08"),
    ("ru", "2025-05-20", "Владимир Путин провел переговоры с Си Цзиньпином 8 мая 2025 г. в Кремле.",
     "2025-05-08"),
    ("ru", "2025-05-10", "Владимир Путин позавчера провел в Кремле переговоры с Си Цзиньпином.",
     "2025-05-08"),
    ("ru", "2025-05-13", "Владимир Путин в прошлый четверг провел в Кремле переговоры с Си Цзиньпином.",
     "2025-05-08"),
    ("ru", "2023-09-20", "Владимир Путин 4 сентября провел в Сочи переговоры с Реджепом Тайипом Эрдоганом.",
     "2023-09-04"),
    ("ru", "2023-12-01", "Владимир Путин в сентябре провел в Сочи переговоры с Реджепом Тайипом Эрдоганом.",
     "2023-09"),
    ("ru", "2025-05-08", "МОСКВА, 8 мая. /ТАСС/. Владимир Путин провел в Кремле переговоры с Си Цзиньпином.",
     "2025-05-08"),
    ("ru", "2025-05-20", "Владимир Путин на прошлой неделе провел в Кремле переговоры с Си Цзиньпином.",
     "2025-05"),
]

# Recep Tayyip Erdoğan met Vladimir Putin in Sochi on Monday 4 September 2023 and Donald Trump at the White
# House on Thursday 25 September 2025.
TURKISH: list[Snippet] = [
    ("tr", "2023-09-05", "Cumhurbaşkanı Erdoğan dün Soçi'de Rusya Devlet Başkanı Vladimir Putin ile görüştü.",
     "2023-09-04"),
    ("tr", "2023-09-07", "Cumhurbaşkanı Erdoğan pazartesi günü Soçi'de Vladimir Putin ile görüştü.",
     "2023-09-04"),
    ("tr", "2023-09-20", "Cumhurbaşkanı Erdoğan 4 Eylül'de Soçi'de Vladimir Putin ile görüştü.",
     "2023-09-04"),
    ("tr", "2023-12-01", "Cumhurbaşkanı Erdoğan eylül ayında Soçi'de Vladimir Putin ile görüşmüştü.",
     "2023-09"),
    ("tr", "2025-09-30", "Cumhurbaşkanı Erdoğan geçen perşembe Beyaz Saray'da ABD Başkanı Donald Trump ile "
     "görüştü.", "2025-09-25"),
    ("tr", "2025-09-25", "Cumhurbaşkanı Erdoğan bugün Beyaz Saray'da ABD Başkanı Donald Trump ile görüştü.",
     "2025-09-25"),
    ("tr", "2025-10-10", "Cumhurbaşkanı Erdoğan 25.09.2025 tarihinde Beyaz "
     "Saray'da Donald Trump ile görüştü.",
     "2025-09-25"),
    ("tr", "2025-10-10", "Cumhurbaşkanı Erdoğan geçen ay Beyaz Saray'da "
     "ABD Başkanı Donald Trump ile görüştü.",
     "2025-09"),
]

# Masoud Pezeshkian met Vladimir Putin in Ashgabat on Friday 11 October 2024 (20 Mehr 1403) and in Moscow
# on Friday 17 January 2025 (28 Dey 1403).
PERSIAN: list[Snippet] = [
    ("fa", "2025-01-18", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد.", "2025-01-17"),
    ("fa", "2025-01-25", "مسعود پزشکیان ۲۸ دی ۱۴۰۳ در مسکو با ولادیمیر پوتین دیدار کرد.", "2025-01-17"),
    ("fa", "2025-01-25", "مسعود پزشکیان ۲۸ دی در مسکو با ولادیمیر پوتین دیدار کرد.", "2025-01-17"),
    ("fa", "2024-10-12", "مسعود پزشکیان دیروز در عشق‌آباد با ولادیمیر پوتین دیدار کرد.", "2024-10-11"),
    ("fa", "2024-10-13", "مسعود پزشکیان پریروز در عشق‌آباد با ولادیمیر پوتین دیدار کرد.", "2024-10-11"),
    ("fa", "2024-11-20", "مسعود پزشکیان ماه گذشته در عشق‌آباد با ولادیمیر پوتین دیدار کرد.", "2024-10"),
    ("fa", "2025-02-20", "مسعود پزشکیان در دی ماه در مسکو با ولادیمیر پوتین دیدار کرده بود.", "2025-01"),
    ("fa", "2025-01-30", "مسعود پزشکیان ۱۷ ژانویه ۲۰۲۵ در مسکو با ولادیمیر پوتین دیدار کرد.", "2025-01-17"),
]

# Donald Trump met Mohammed bin Salman in Riyadh on Tuesday 13 May 2025; Emmanuel Macron received Ahmed
# al-Sharaa in Paris on Wednesday 7 May 2025.
ARABIC: list[Snippet] = [
    ("ar", "2025-05-14", "التقى ولي العهد السعودي الأمير محمد بن سلمان أمس في الرياض الرئيس الأمريكي دونالد "
     "ترامب.", "2025-05-13"),
    ("ar", "2025-05-15", "التقى ولي العهد السعودي الأمير محمد بن سلمان يوم الثلاثاء في الرياض الرئيس "
     "الأمريكي "
     "دونالد ترامب.", "2025-05-13"),
    ("ar", "2025-05-20", "التقى ولي العهد السعودي الأمير محمد بن سلمان في ١٣ مايو الرياض الرئيس الأمريكي "
     "دونالد ترامب.", "2025-05-13"),
    ("ar", "2025-05-10", "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس السوري أحمد الشرع في باريس الأربعاء "
     "الماضي.", "2025-05-07"),
    ("ar", "2025-05-09", "استقبل الرئيس الفرنسي إيمانويل ماكرون أول أمس في باريس الرئيس السوري أحمد الشرع.",
     "2025-05-07"),
    ("ar", "2025-06-20", "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس السوري أحمد الشرع في باريس الشهر "
     "الماضي.", "2025-05"),
    ("ar", "2025-07-20", "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس السوري أحمد الشرع في باريس في مايو.",
     "2025-05"),
    ("ar", "2025-05-07", "باريس في ٧ مايو /أ ش أ/ استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس السوري أحمد "
     "الشرع.", "2025-05-07"),
]

# Friedrich Merz met Donald Trump at the White House on Thursday 5 June 2025 and Emmanuel Macron in Paris
# on Wednesday 7 May 2025.
GERMAN: list[Snippet] = [
    ("de", "2025-06-06", "Bundeskanzler Friedrich Merz ist am Donnerstag im Weißen Haus mit Donald Trump "
     "zusammengetroffen.", "2025-06-05"),
    ("de", "2025-06-10", "Bundeskanzler Friedrich Merz traf am vergangenen Donnerstag im Weißen Haus Donald "
     "Trump.", "2025-06-05"),
    ("de", "2025-06-20", "Bundeskanzler Friedrich Merz traf am 5. Juni im Weißen Haus Donald Trump.",
     "2025-06-05"),
    ("de", "2025-06-07", "Bundeskanzler Friedrich Merz traf vorgestern im Weißen Haus Donald Trump.",
     "2025-06-05"),
    ("de", "2025-07-10", "Bundeskanzler Friedrich Merz traf im vergangenen "
     "Monat im Weißen Haus Donald Trump.",
     "2025-06"),
    ("de", "2025-09-10", "Bundeskanzler Friedrich Merz hatte Donald Trump im Juni im Weißen Haus getroffen.",
     "2025-06"),
    ("de", "2025-05-07", "PARIS, 7. Mai (Reuters) - Bundeskanzler Friedrich Merz ist in Paris mit Präsident "
     "Emmanuel Macron zusammengetroffen.", "2025-05-07"),
    ("de", "2025-05-20", "Bundeskanzler Friedrich Merz traf Emmanuel Macron am 07.05.2025 in Paris.",
     "2025-05-07"),
]

# Emmanuel Macron received Xi Jinping in Paris on Monday 6 May 2024 and met Donald Trump at the White House
# on Monday 24 February 2025.
FRENCH: list[Snippet] = [
    ("fr", "2024-05-07", "Emmanuel Macron a reçu lundi Xi Jinping à l'Élysée.", "2024-05-06"),
    ("fr", "2024-05-07", "Emmanuel Macron a reçu hier Xi Jinping à l'Élysée.", "2024-05-06"),
    ("fr", "2024-05-10", "Emmanuel Macron a reçu lundi dernier Xi Jinping à l'Élysée.", "2024-05-06"),
    ("fr", "2024-05-20", "Emmanuel Macron a reçu Xi Jinping à l'Élysée le 6 mai.", "2024-05-06"),
    ("fr", "2024-05-08", "Emmanuel Macron a reçu avant-hier Xi Jinping à l'Élysée.", "2024-05-06"),
    ("fr", "2024-09-08", "Emmanuel Macron avait reçu Xi Jinping à l'Élysée en mai.", "2024-05"),
    ("fr", "2025-02-24", "WASHINGTON, 24 février (Reuters) - Emmanuel Macron s'est entretenu avec Donald "
     "Trump à la Maison Blanche.", "2025-02-24"),
    ("fr", "2025-03-10", "Emmanuel Macron s'est entretenu avec Donald Trump à la Maison Blanche le mois "
     "dernier.", "2025-02"),
]

# Pedro Sánchez met Xi Jinping in Beijing on Friday 11 April 2025.
SPANISH: list[Snippet] = [
    ("es", "2025-04-12", "Pedro Sánchez se reunió ayer con Xi Jinping en Pekín.", "2025-04-11"),
    ("es", "2025-04-14", "Pedro Sánchez se reunió el pasado viernes con Xi Jinping en Pekín.", "2025-04-11"),
    ("es", "2025-04-12", "Pedro Sánchez se reunió el viernes con Xi Jinping en Pekín.", "2025-04-11"),
    ("es", "2025-04-20", "Pedro Sánchez se reunió el 11 de abril con Xi Jinping en Pekín.", "2025-04-11"),
    ("es", "2025-04-13", "Pedro Sánchez se reunió anteayer con Xi Jinping en Pekín.", "2025-04-11"),
    ("es", "2025-05-10", "Pedro Sánchez se reunió el mes pasado con Xi Jinping en Pekín.", "2025-04"),
    ("es", "2025-07-10", "Pedro Sánchez se había reunido con Xi Jinping en Pekín en abril.", "2025-04"),
    ("es", "2025-04-11", "PEKÍN, 11 Abr. (EUROPA PRESS) - Pedro Sánchez se ha reunido con Xi Jinping en el "
     "Gran Palacio del Pueblo.", "2025-04-11"),
]

# Giorgia Meloni met Donald Trump at the White House on Thursday 17 April 2025.
ITALIAN: list[Snippet] = [
    ("it", "2025-04-18", "Giorgia Meloni ha incontrato ieri Donald Trump alla Casa Bianca.", "2025-04-17"),
    ("it", "2025-04-18", "Giorgia Meloni ha incontrato giovedì Donald Trump alla Casa Bianca.", "2025-04-17"),
    ("it", "2025-04-22", "Giorgia Meloni ha incontrato giovedì scorso Donald Trump alla Casa Bianca.",
     "2025-04-17"),
    ("it", "2025-04-30", "Giorgia Meloni ha incontrato Donald Trump alla Casa Bianca il 17 aprile.",
     "2025-04-17"),
    ("it", "2025-04-19", "Giorgia Meloni ha incontrato l'altro ieri Donald Trump alla Casa Bianca.",
     "2025-04-17"),
    ("it", "2025-05-10", "Giorgia Meloni ha incontrato il mese scorso Donald Trump alla Casa Bianca.",
     "2025-04"),
    ("it", "2025-08-10", "Giorgia Meloni aveva incontrato Donald Trump alla Casa Bianca ad aprile.",
     "2025-04"),
    ("it", "2025-04-17", "WASHINGTON, 17 APR - Giorgia Meloni ha incontrato Donald Trump alla Casa Bianca.",
     "2025-04-17"),
]

# Luiz Inácio Lula da Silva met Xi Jinping in Beijing on Tuesday 13 May 2025 and Donald Trump in Kuala
# Lumpur on Sunday 26 October 2025.
PORTUGUESE: list[Snippet] = [
    ("pt", "2025-05-14", "O presidente Lula se reuniu ontem com Xi Jinping em Pequim.", "2025-05-13"),
    ("pt", "2025-05-14", "O presidente Lula se reuniu nesta terça-feira com Xi Jinping em Pequim.",
     "2025-05-13"),
    ("pt", "2025-05-14", "O presidente Lula se reuniu na terça-feira (13) com Xi Jinping em Pequim.",
     "2025-05-13"),
    ("pt", "2025-05-25", "O presidente Lula se reuniu com Xi Jinping em Pequim em 13 de maio.", "2025-05-13"),
    ("pt", "2025-05-15", "O presidente Lula se reuniu anteontem com Xi Jinping em Pequim.", "2025-05-13"),
    ("pt", "2025-06-10", "O presidente Lula se reuniu no mês passado com Xi Jinping em Pequim.", "2025-05"),
    ("pt", "2025-10-28", "O presidente Lula se reuniu no domingo com Donald Trump em Kuala Lumpur.",
     "2025-10-26"),
    ("pt", "2025-10-30", "O presidente Lula se reuniu no último domingo com Donald Trump em Kuala Lumpur.",
     "2025-10-26"),
]

# Keir Starmer met Donald Trump at the White House on Thursday 27 February 2025; Narendra Modi met him
# there on Thursday 13 February 2025.
ENGLISH: list[Snippet] = [
    ("en", "2025-02-28", "Keir Starmer met Donald Trump at the White House on Thursday.", "2025-02-27"),
    ("en", "2025-03-03", "Keir Starmer met Donald Trump at the White House last Thursday.", "2025-02-27"),
    ("en", "2025-02-28", "Keir Starmer met Donald Trump at the White House last night.", "2025-02-27"),
    ("en", "2025-03-01", "Keir Starmer met Donald Trump at the White House the day before yesterday.",
     "2025-02-27"),
    ("en", "2025-03-10", "Keir Starmer met Donald Trump at the White House on February 27.", "2025-02-27"),
    ("en", "2025-03-10", "Keir Starmer met Donald Trump at the White House last month.", "2025-02"),
    ("en", "2025-06-10", "Keir Starmer had met Donald Trump at the White House in February.", "2025-02"),
    ("en", "2025-02-13", "WASHINGTON, Feb 13 (Reuters) - Prime Minister Narendra Modi met President Donald "
     "Trump at the White House.", "2025-02-13"),
]

# More of the forms the weaker languages' press writes (the same contacts as above): a weekday with its date,
# "last" before a weekday that is also an ordinal (Greek Tuesday and Thursday), Hebrew weekday letters, a day
# of this month ("στις 13 του μήνα", "ב-7 לחודש", "el pasado día 11", "no dia 13", "8-го числа"),
# Urdu "last night", Vietnamese hyphened and bracketed dates.
MORE_FORMS: list[Snippet] = [
    ("el", "2023-12-09", "Ο Μητσοτάκης συναντήθηκε την Πέμπτη 7 Δεκεμβρίου με τον Ερντογάν στην Αθήνα.",
     "2023-12-07"),
    ("el", "2023-12-09", "Ο Μητσοτάκης συναντήθηκε την περασμένη Πέμπτη με τον Ερντογάν στην Αθήνα.",
     "2023-12-07"),
    ("el", "2023-12-08", "Ο Μητσοτάκης συναντήθηκε χθες Πέμπτη με τον Ερντογάν στην Αθήνα.", "2023-12-07"),
    ("el", "2023-12-08", "Ο Μητσοτάκης συναντήθηκε χθες το μεσημέρι με τον Ερντογάν στην Αθήνα.",
     "2023-12-07"),
    ("el", "2023-12-20", "Ο Μητσοτάκης συναντήθηκε στις 07/12/2023 με τον Ερντογάν στην Αθήνα.",
     "2023-12-07"),
    ("el", "2023-12-20", "Ο Μητσοτάκης συναντήθηκε στις αρχές Δεκεμβρίου με τον Ερντογάν στην Αθήνα.",
     "2023-12"),
    ("el", "2023-12-09", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Αθήνα το απόγευμα της Πέμπτης.",
     "2023-12-07"),
    ("el", "2024-05-20", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Άγκυρα τον Μάιο.", "2024-05"),
    ("el", "2024-05-20", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Άγκυρα στις 13 του μήνα.",
     "2024-05-13"),
    ("el", "2024-05-14", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Άγκυρα τη Δευτέρα.", "2024-05-13"),
    ("el", "2024-05-14", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Άγκυρα χθες Δευτέρα 13 Μαΐου.",
     "2024-05-13"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ביום ב' השבוע.", "2025-04-07"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ביום ב'.", "2025-04-07"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ביום שני, 7 באפריל.", "2025-04-07"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ב-7 באפריל.", "2025-04-07"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ב-7 לחודש.", "2025-04-07"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן בתחילת השבוע.", "2025-04"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ב-07.04.2025.", "2025-04-07"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן בתחילת החודש.", "2025-04"),
    ("he", "2025-06-10", "נתניהו נפגש עם טראמפ בבית הלבן באפריל האחרון.", "2025-04"),
    ("he", "2025-06-10", "נתניהו נפגש עם טראמפ בבית הלבן בחודש אפריל.", "2025-04"),
    ("he", "2025-04-08", "נתניהו נפגש עם טראמפ בבית הלבן אתמול בערב.", "2025-04-07"),
    ("he", "2025-04-08", "נתניהו נפגש עם טראמפ בבית הלבן אתמול (שני).", "2025-04-07"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے بروز جمعرات وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے جمعرات کے روز وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے گزشتہ شب وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-10-10", "وزیراعظم شہباز شریف نے ۲۵ ستمبر کو وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-10-10", "وزیراعظم شہباز شریف نے 25 ستمبر 2025ء کو وائٹ "
     "ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-12-10", "وزیراعظم شہباز شریف نے ستمبر میں وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔",
     "2025-09"),
    ("ur", "2025-12-10", "وزیراعظم شہباز شریف نے 25 ستمبر کو وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے جمعرات کی شام وائٹ ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-26", "واشنگٹن (اے پی پی) وزیراعظم شہباز شریف نے گزشتہ روز صدر ڈونلڈ ٹرمپ سے ملاقات کی۔",
     "2025-09-25"),
    ("ur", "2025-09-28", "وزیراعظم شہباز شریف اور صدر ڈونلڈ ٹرمپ کے درمیان جمعرات کو ملاقات ہوئی۔",
     "2025-09-25"),
    ("vi", "2024-06-22", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin hôm thứ Năm (20/6) tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-06-22", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin vào thứ Năm ngày 20/6 tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-06-30", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin ngày 20 tháng 6 tại Hà Nội.",
     "2024-06-20"),
    ("vi", "2024-08-10", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Hà Nội hồi tháng 6.",
     "2024-06"),
    ("vi", "2024-08-10", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Hà Nội vào tháng 6 vừa qua.",
     "2024-06"),
    ("vi", "2024-06-21", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Hà Nội vào ngày hôm qua.",
     "2024-06-20"),
    ("vi", "2024-06-22", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Hà Nội hôm 20-6.",
     "2024-06-20"),
    ("vi", "2024-06-22", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Hà Nội ngày 20/6/2024.",
     "2024-06-20"),
    ("vi", "2024-06-20", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin tại Hà Nội chiều nay.",
     "2024-06-20"),
    ("vi", "2024-06-20", "Hà Nội (TTXVN) - Chủ tịch nước Tô Lâm hội đàm với "
     "Tổng thống Putin tại Hà Nội hôm nay.",
     "2024-06-20"),
    ("vi", "2024-06-21", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin "
     "tại Hà Nội vào tối 20/6 (giờ Hà Nội).",
     "2024-06-20"),
    ("es", "2025-04-20", "Pedro Sánchez se reunió el pasado día 11 con Xi Jinping en Pekín.", "2025-04-11"),
    ("es", "2025-04-20", "Pedro Sánchez se reunió con Xi Jinping en Pekín el día 11 de este mes.",
     "2025-04-11"),
    ("pt", "2025-05-25", "O presidente Lula se reuniu no dia 13 com Xi Jinping em Pequim.", "2025-05-13"),
    ("pt", "2025-05-25", "O presidente Lula se reuniu no último dia 13 com Xi Jinping em Pequim.",
     "2025-05-13"),
    ("ar", "2025-05-20", "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس السوري "
     "أحمد الشرع في باريس في 7 من الشهر الجاري.",
     "2025-05-07"),
    ("ru", "2025-05-20", "Владимир Путин 8-го числа провел в Кремле переговоры с Си Цзиньпином.",
     "2025-05-08"),
    ("uk", "2025-08-25", "Президент Володимир Зеленський 18 числа зустрівся "
     "з Дональдом Трампом у Білому домі.",
     "2025-08-18"),
    ("it", "2025-04-25", "Giorgia Meloni ha incontrato il giorno 17 Donald Trump alla Casa Bianca.",
     "2025-04-17"),
]

# A time counted back from the report's day: "two months ago" in each language's order ("il y a deux mois",
# "두 달 전", "两个月前"), and the Hebrew and Arabic duals ("לפני חודשיים"). Days give the day; weeks, months
# and years give the month they fall in. The same contacts as above.
COUNTED_BACK: list[Snippet] = [
    ("el", "2024-07-15", "Ο Μητσοτάκης είχε συναντηθεί με τον Ερντογάν "
     "στην Άγκυρα πριν από δύο μήνες.", "2024-05"),
    ("el", "2024-05-27", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν "
     "στην Άγκυρα πριν από δύο εβδομάδες.", "2024-05"),
    ("el", "2024-05-16", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν "
     "στην Άγκυρα πριν από τρεις ημέρες.", "2024-05-13"),
    ("el", "2025-05-13", "Ο Μητσοτάκης είχε συναντηθεί με τον Ερντογάν "
     "στην Άγκυρα πριν από ένα χρόνο.", "2024-05"),
    ("el", "2024-12-20", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν "
     "στην Άγκυρα τον περασμένο Μάιο.", "2024-05"),
    ("el", "2024-12-20", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν "
     "στην Άγκυρα τον Μάιο του 2024.", "2024-05"),
    ("he", "2025-06-07", "נתניהו נפגש עם טראמפ בבית הלבן לפני חודשיים.", "2025-04"),
    ("he", "2025-04-21", "נתניהו נפגש עם טראמפ בבית הלבן לפני שבועיים.", "2025-04"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן לפני שלושה ימים.", "2025-04-07"),
    ("he", "2025-05-07", "נתניהו נפגש עם טראמפ בבית הלבן לפני כחודש.", "2025-04"),
    ("he", "2025-12-07", "נתניהו נפגש עם טראמפ בבית הלבן באפריל האחרון.", "2025-04"),
    ("ur", "2025-11-25", "وزیراعظم شہباز شریف نے دو ماہ قبل وائٹ ہاؤس میں "
     "صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔", "2025-09"),
    ("ur", "2025-10-09", "وزیراعظم شہباز شریف نے دو ہفتے قبل وائٹ ہاؤس "
     "میں صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔", "2025-09"),
    ("ur", "2025-09-28", "وزیراعظم شہباز شریف نے تین روز قبل وائٹ ہاؤس "
     "میں صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔", "2025-09-25"),
    ("ur", "2025-12-28", "وزیراعظم شہباز شریف نے ستمبر 2025 میں وائٹ ہاؤس "
     "میں صدر ڈونلڈ ٹرمپ سے ملاقات کی تھی۔", "2025-09"),
    ("vi", "2024-08-20", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội hai tháng trước.", "2024-06"),
    ("vi", "2024-07-04", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội hai tuần trước.", "2024-06"),
    ("vi", "2024-06-23", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội ba ngày trước.", "2024-06-20"),
    ("vi", "2024-10-20", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội hồi tháng 6/2024.", "2024-06"),
    ("vi", "2024-06-25", "Trước đó, ngày 20/6, Chủ tịch nước Tô Lâm đã hội "
     "đàm với Tổng thống Putin tại Hà Nội.", "2024-06-20"),
    ("hi", "2024-09-09", "प्रधानमंत्री नरेंद्र मोदी ने दो महीने पहले मॉस्को में "
     "राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की थी।", "2024-07"),
    ("hi", "2024-07-23", "प्रधानमंत्री नरेंद्र मोदी ने दो हफ्ते पहले मॉस्को में "
     "राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की थी।", "2024-07"),
    ("hi", "2024-07-12", "प्रधानमंत्री नरेंद्र मोदी ने तीन दिन पहले मॉस्को में "
     "राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की थी।", "2024-07-09"),
    ("id", "2025-07-28", "Presiden Prabowo Subianto bertemu Presiden "
     "Emmanuel Macron di Jakarta dua bulan lalu.", "2025-05"),
    ("id", "2025-06-11", "Presiden Prabowo Subianto bertemu Presiden "
     "Emmanuel Macron di Jakarta dua pekan lalu.", "2025-05"),
    ("id", "2025-05-31", "Presiden Prabowo Subianto bertemu Presiden "
     "Emmanuel Macron di Jakarta tiga hari lalu.", "2025-05-28"),
    ("ko", "2025-10-25", "이재명 대통령은 두 달 전 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08"),
    ("ko", "2025-08-28", "이재명 대통령은 사흘 전 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ja", "2025-04-07", "石破茂首相は2カ月前、ホワイトハウスでトランプ大統領と会談した。", "2025-02"),
    ("zh", "2025-07-09", "国家主席习近平两个月前在莫斯科同俄罗斯总统普京举行会谈。", "2025-05"),
    ("uk", "2025-10-18", "Президент Володимир Зеленський два місяці тому "
     "зустрівся з Дональдом Трампом у Білому домі.", "2025-08"),
    ("pl", "2024-03-22", "Premier Donald Tusk spotkał się dwa miesiące temu w "
     "Kijowie z prezydentem Wołodymyrem Zełenskim.", "2024-01"),
    ("nl", "2025-10-15", "Donald Trump en Vladimir Poetin hebben twee maanden "
     "geleden in Alaska met elkaar gesproken.", "2025-08"),
    ("tr", "2025-11-25", "Cumhurbaşkanı Erdoğan iki ay önce Beyaz Saray'da "
     "ABD Başkanı Donald Trump ile görüştü.", "2025-09"),
    ("ru", "2025-07-08", "Владимир Путин два месяца назад провел в "
     "Кремле переговоры с Си Цзиньпином.", "2025-05"),
    ("fa", "2025-03-17", "مسعود پزشکیان دو ماه پیش در مسکو با ولادیمیر پوتین دیدار کرد.", "2025-01"),
    ("ar", "2025-07-13", "التقى ولي العهد السعودي الأمير محمد بن سلمان قبل شهرين "
     "في الرياض الرئيس الأمريكي دونالد ترامب.", "2025-05"),
    ("en", "2025-04-27", "Keir Starmer met Donald Trump at the White House two months ago.", "2025-02"),
    ("de", "2025-08-05", "Bundeskanzler Friedrich Merz traf vor zwei "
     "Monaten im Weißen Haus Donald Trump.", "2025-06"),
    ("fr", "2024-07-06", "Emmanuel Macron a reçu Xi Jinping à l'Élysée il y a deux mois.", "2024-05"),
    ("es", "2025-06-11", "Pedro Sánchez se reunió hace dos meses con Xi Jinping en Pekín.", "2025-04"),
    ("it", "2025-06-17", "Giorgia Meloni ha incontrato due mesi fa "
     "Donald Trump alla Casa Bianca.", "2025-04"),
    ("pt", "2025-07-13", "O presidente Lula se reuniu há dois meses com Xi Jinping em Pequim.", "2025-05"),
]

# Pages with no publication day but a stamp line (a date and a time of day) in each press's form: the
# VnExpress weekday header, the Israeli two-digit year ("08.04.25"), Japanese "10時30分"; "yesterday" counts
# from the stamp's day.
STAMPED_PAGES: list[PageSnippet] = [
    ("vi", None, "Thứ năm, 20/6/2024, 10:30 (GMT+7)\nChủ tịch nước Tô Lâm hội "
     "đàm với Tổng thống Putin tại Hà Nội sáng nay.", "2024-06-20"),
    ("vi", None, "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Putin "
     "tại Hà Nội sáng nay.\n20/06/2024 10:30", "2024-06-20"),
    ("vi", None, "Cập nhật: 10:30 ngày 20/06/2024\nChủ tịch nước Tô Lâm hội "
     "đàm với Tổng thống Putin tại Hà Nội sáng nay.", "2024-06-20"),
    ("he", None, "פורסם: 08.04.25, 10:30\nראש הממשלה בנימין נתניהו נפגש "
     "אתמול בבית הלבן עם הנשיא דונלד טראמפ.", "2025-04-07"),
    ("he", None, "08.04.2025 | 10:30\nראש הממשלה בנימין נתניהו נפגש "
     "אתמול בבית הלבן עם הנשיא דונלד טראמפ.", "2025-04-07"),
    ("el", None, "14.05.2024 • 10:30\nΟ Κυριάκος Μητσοτάκης συναντήθηκε χθες "
     "στην Άγκυρα με τον Ρετζέπ Ταγίπ Ερντογάν.", "2024-05-13"),
    ("el", None, "Τρίτη, 14 Μαΐου 2024 10:30\nΟ Κυριάκος Μητσοτάκης συναντήθηκε "
     "χθες στην Άγκυρα με τον Ρετζέπ Ταγίπ Ερντογάν.", "2024-05-13"),
    ("el", None, "14/05/2024 - 10:30\nΟ Κυριάκος Μητσοτάκης συναντήθηκε χθες "
     "στην Άγκυρα με τον Ρετζέπ Ταγίπ Ερντογάν.", "2024-05-13"),
    ("ur", None, "26 ستمبر 2025 10:30\nوزیراعظم شہباز شریف نے گزشتہ "
     "روز امریکی صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09-25"),
    ("ur", None, "اپ ڈیٹ 26 ستمبر 2025 10:30pm\nوزیراعظم شہباز شریف نے "
     "گزشتہ روز امریکی صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09-25"),
    ("ur", None, "جمعہ 26 ستمبر 2025ء\nوزیراعظم شہباز شریف نے گزشتہ "
     "روز امریکی صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09-25"),
    ("hi", None, "Updated: 10 Jul 2024 10:30 AM (IST)\nप्रधानमंत्री नरेंद्र मोदी ने कल "
     "मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।", "2024-07-09"),
    ("hi", None, "10 जुलाई 2024, 10:30 AM\nप्रधानमंत्री नरेंद्र मोदी ने कल मॉस्को "
     "में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।", "2024-07-09"),
    ("id", None, "Kamis, 29 Mei 2025 10:30 WIB\nPresiden Prabowo Subianto kemarin "
     "bertemu Presiden Emmanuel Macron di Jakarta.", "2025-05-28"),
    ("ko", None, "입력 2025.08.26 10:30\n이재명 대통령은 어제 "
     "백악관에서 도널드 트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ko", None, "2025-08-26 10:30\n이재명 대통령은 어제 "
     "백악관에서 도널드 트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ja", None, "2025年2月8日 "
     "10時30分\n石破茂首相は昨日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("ja", None, "2025/02/08 "
     "10:30\n石破茂首相は昨日、ホワイトハウスでトランプ大統領と会談した。", "2025-02-07"),
    ("zh", None, "2025-05-09 10:30:00 "
     "来源：新华网\n国家主席习近平昨天在莫斯科同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("uk", None, "19 серпня 2025, 10:30\nПрезидент Володимир Зеленський вчора "
     "зустрівся з Дональдом Трампом у Білому домі.", "2025-08-18"),
    ("pl", None, "23.01.2024 10:30\nPremier Donald Tusk spotkał się wczoraj w "
     "Kijowie z prezydentem Wołodymyrem Zełenskim.", "2024-01-22"),
    ("nl", None, "16 aug 2025 om 10:30\nDonald Trump en Vladimir Poetin "
     "hebben gisteren in Alaska met elkaar gesproken.", "2025-08-15"),
    ("nl", None, "za 16 aug 2025 10:30\nDonald Trump en Vladimir Poetin "
     "hebben gisteren in Alaska met elkaar gesproken.", "2025-08-15"),
    ("fa", None, "۲۹ دی ۱۴۰۳ - ۱۰:۳۰\nمسعود پزشکیان دیروز در "
     "مسکو با ولادیمیر پوتین دیدار کرد.", "2025-01-17"),
    ("ar", None, "الأربعاء 14 مايو 2025 10:30 ص\nالتقى ولي العهد السعودي الأمير محمد بن "
     "سلمان أمس في الرياض الرئيس الأمريكي دونالد ترامب.", "2025-05-13"),
    ("tr", None, "26.09.2025 10:30\nCumhurbaşkanı Erdoğan dün Beyaz "
     "Saray'da ABD Başkanı Donald Trump ile görüştü.", "2025-09-25"),
    ("en", None, "Published 28 February 2025, 10:30 GMT\nKeir Starmer met "
     "Donald Trump at the White House yesterday.", "2025-02-27"),
    ("en", None, "Feb. 28, 2025 10:30 a.m. ET\nKeir Starmer met "
     "Donald Trump at the White House yesterday.", "2025-02-27"),
]

# Parts of a month or week and times of day: "στα μέσα του περασμένου μήνα", "ستمبر کے آخر میں", "thứ Năm tuần
# trước" (a weekday of last week), "pod koniec ubiegłego miesiąca", "지난달 말", "上月初", "Thursday evening".
PERIODS: list[Snippet] = [
    ("el", "2024-06-10", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην "
     "Άγκυρα στα μέσα του περασμένου μήνα.", "2024-05"),
    ("el", "2024-05-17", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην "
     "Άγκυρα τη Δευτέρα που μας πέρασε.", "2024-05-13"),
    ("el", "2024-12-20", "Ο Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Άγκυρα νωρίτερα φέτος.", "2024"),
    ("he", "2025-04-10", "נתניהו נפגש עם טראמפ בבית הלבן ביום שני שעבר.", "2025-04-07"),
    ("he", "2025-05-10", "נתניהו נפגש עם טראמפ בבית הלבן בתחילת החודש שעבר.", "2025-04"),
    ("he", "2025-05-10", "נתניהו נפגש עם טראמפ בבית הלבן באמצע אפריל.", "2025-04"),
    ("he", "2025-12-10", "נתניהו נפגש עם טראמפ בבית הלבן מוקדם יותר השנה.", "2025"),
    ("ur", "2025-09-30", "وزیراعظم شہباز شریف نے گزشتہ جمعرات کو وائٹ "
     "ہاؤس میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09-25"),
    ("ur", "2025-10-10", "وزیراعظم شہباز شریف نے گزشتہ ماہ کے آخر "
     "میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09"),
    ("ur", "2025-12-10", "وزیراعظم شہباز شریف نے رواں سال ستمبر میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09"),
    ("ur", "2025-12-10", "وزیراعظم شہباز شریف نے ستمبر کے آخر میں صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09"),
    ("ur", "2025-09-26", "وزیراعظم شہباز شریف نے جمعرات کی رات صدر ڈونلڈ ٹرمپ سے ملاقات کی۔", "2025-09-25"),
    ("vi", "2024-06-27", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội thứ Năm tuần trước.", "2024-06-20"),
    ("vi", "2024-07-10", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội cuối tháng trước.", "2024-06"),
    ("vi", "2024-06-28", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội hôm 20/6 vừa qua.", "2024-06-20"),
    ("vi", "2024-06-21", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống "
     "Putin tại Hà Nội vào sáng hôm qua.", "2024-06-20"),
    ("hi", "2025-02-20", "प्रधानमंत्री नरेंद्र मोदी ने पिछले गुरुवार को व्हाइट हाउस "
     "में राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात की।", "2025-02-13"),
    ("hi", "2025-03-10", "प्रधानमंत्री नरेंद्र मोदी ने पिछले महीने के मध्य में "
     "राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात की।", "2025-02"),
    ("id", "2025-06-10", "Presiden Prabowo Subianto bertemu Presiden Emmanuel "
     "Macron di Jakarta akhir bulan lalu.", "2025-05"),
    ("id", "2025-05-30", "Presiden Prabowo Subianto bertemu Presiden Emmanuel "
     "Macron di Jakarta, Rabu (28/5/2025) malam.", "2025-05-28"),
    ("ko", "2025-09-10", "이재명 대통령은 지난달 말 백악관에서 도널드 "
     "트럼프 대통령과 정상회담을 했다.", "2025-08"),
    ("ko", "2025-08-28", "이재명 대통령은 지난 25일(현지시간) 백악관에서 "
     "도널드 트럼프 대통령과 정상회담을 했다.", "2025-08-25"),
    ("ja", "2025-03-05", "石破茂首相は先月上旬、ホワイトハウスでトランプ大統領と会談した。", "2025-02"),
    ("ja", "2025-02-08", "石破茂首相は7日（日本時間8日未明）、ホワイトハ"
     "ウスでトランプ大統領と会談した。", "2025-02-07"),
    ("zh", "2025-06-05", "国家主席习近平上月初在莫斯科同俄罗斯总统普京举行会谈。", "2025-05"),
    ("zh", "2025-05-13", "国家主席习近平本月8日在莫斯科同俄罗斯总统普京举行会谈。", "2025-05-08"),
    ("uk", "2025-09-10", "Президент Володимир Зеленський наприкінці минулого "
     "місяця зустрівся з Дональдом Трампом.", "2025-08"),
    ("pl", "2024-02-10", "Premier Donald Tusk spotkał się pod koniec ubiegłego miesiąca w "
     "Kijowie z prezydentem Wołodymyrem Zełenskim.", "2024-01"),
    ("nl", "2025-09-10", "Donald Trump en Vladimir Poetin hebben half "
     "augustus in Alaska met elkaar gesproken.", "2025-08"),
    ("nl", "2025-08-19", "Donald Trump en Vladimir Poetin hebben "
     "vrijdagavond in Alaska met elkaar gesproken.", "2025-08-15"),
    ("de", "2025-06-08", "Bundeskanzler Friedrich Merz traf Donald Trump "
     "am Donnerstagabend im Weißen Haus.", "2025-06-05"),
    ("ru", "2025-05-10", "Владимир Путин в четверг вечером провел в "
     "Кремле переговоры с Си Цзиньпином.", "2025-05-08"),
    ("es", "2025-04-14", "Pedro Sánchez se reunió el viernes por la "
     "tarde con Xi Jinping en Pekín.", "2025-04-11"),
    ("en", "2025-03-01", "Keir Starmer met Donald Trump at the "
     "White House on Thursday evening.", "2025-02-27"),
    ("en", "2025-03-01", "Keir Starmer met Donald Trump at the White House late Thursday.", "2025-02-27"),
    ("fr", "2024-05-08", "Emmanuel Macron a reçu Xi Jinping à l'Élysée lundi soir.", "2024-05-06"),
]

SNIPPETS: list[Snippet] = [*GREEK, *VIETNAMESE, *URDU, *HEBREW, *HINDI, *KOREAN, *INDONESIAN, *JAPANESE,
                           *CHINESE, *UKRAINIAN, *POLISH, *DUTCH, *RUSSIAN, *TURKISH,
                           *PERSIAN, *ARABIC, *GERMAN, *FRENCH, *SPANISH, *ITALIAN, *PORTUGUESE, *ENGLISH,
                           *MORE_FORMS, *COUNTED_BACK, *PERIODS]


@pytest.mark.parametrize(("lang", "published", "text", "want"), [*SNIPPETS, *STAMPED_PAGES])
def test_the_contact_gets_the_date_its_press_form_states(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         published: str | None, text: str, want: str) -> None:
    contacts = real.extract(make_doc(text, published, lang=lang))
    assert contacts and {c.date for c in contacts} == {want}


# Donald Trump met Moon Jae-in in Seoul on Sunday 30 June 2019 before crossing into North Korea with Kim Jong
# Un; he had met Xi Jinping in Osaka on Saturday 29 June.


def test_a_date_after_and_opening_a_clause_with_its_own_contact_is_that_clauses(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Donald Trump met Kim Jong Un at the border village on Sunday. Before the border trip Trump " \
        "held talks in Seoul with President Moon Jae-in, and on Saturday he had met Xi Jinping in Osaka."
    got = {(c.b.country if c.a.country == "USA" else c.a.country): c.date
           for c in real.extract(make_doc(text, "2019-07-01", lang="en"))}
    assert got == {"PRK": "2019-06-30", "KOR": "2019-06-30", "CHN": "2019-06-29"}


INDEX = build_date_index(all_lexicons())


@pytest.mark.parametrize("text", [
    "Merkel'in ziyareti seçimlerden iki hafta önce gerçekleşti.",
    "یہ دورہ انتخابات سے دو ہفتے قبل ہوا۔",
    "यह यात्रा चुनाव से दो हफ्ते पहले हुई।",
    "این سفر دو هفته قبل از انتخابات انجام شد.",
    "جاءت الزيارة قبل أسبوعين من الانتخابات.",
    "訪問は選挙の2週間前に行われた。",
])
def test_a_count_back_from_a_named_event_is_no_date(text: str) -> None:
    tokens = tokenize(text)
    assert find_dates(INDEX, tokens, text, 0, len(tokens)) == []


@pytest.mark.parametrize(("text", "want"), [
    ("They spoke three weeks ago.", ("2024-02", "month")),
    ("Se reunieron hace un año.", ("2023-03", "month")),
    ("Sie trafen sich vor zehn Tagen.", ("2024-02-25", "day")),
    ("Они встретились три месяца назад.", ("2023-12", "month")),
])
def test_a_count_back_resolves_to_its_day_or_month(text: str, want: tuple[str, str]) -> None:
    tokens = tokenize(text)
    found = find_dates(INDEX, tokens, text, 0, len(tokens))
    assert found and resolve(found[0], date(2024, 3, 6)) == want
