"""Urdu (Perso-Arabic script), as APP Urdu, Jang, Express, Dawn Urdu, BBC Urdu and VOA Urdu write it.

The grammar is Hindi's: the verb closes the clause ("وزیر اعظم شہباز شریف نے صدر ایردوان سے ٹیلی فون پر بات
کی"), the postpositions stand apart after their noun (نے the subject of a past verb, سے the partner, کو the
object or the day, کا/کی/کے the genitive: "ترکیہ کے صدر", Türkiye's president). The future is written apart
("ملاقات کریں گے", "ملاقات ہوگی"): the auxiliary گا/گی/گے marks a plan. The script is Persian's with
letters of its own (ٹ ڈ ڑ ں ے, ہ and ھ for heh): folding reads ہ ھ ۂ as ه (graph.text), so "شہباز"
meets the Persian and Arabic "شهباز", and keeps ے apart from ی ("کے", "کی").
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names, demonyms and capitals in Urdu (ISO3; names; demonyms; capitals). Left out: Syria's "شام",
# which is also "evening" ("پیر کی شام"), and Tajikistan's capital, also Persian "Monday" (the gazetteer's).
_PLACES = place_table("""
USA; امریکہ/امریکا/ریاستہائے متحدہ امریکہ/ریاست ہائے متحدہ امریکا; امریکی; واشنگٹن
RUS; ; روسی; ماسکو
CHN; چین/عوامی جمہوریہ چین; چینی; بیجنگ
FRA; فرانس; فرانسیسی; پیرس
DEU; جرمنی; جرمن; برلن
GBR; برطانیہ/یونائیٹڈ کنگڈم; برطانوی; لندن
ITA; اٹلی; اطالوی; روم
ESP; اسپین/سپین; ہسپانوی; میڈرڈ
UKR; یوکرین; یوکرینی; کیف
POL; پولینڈ; پولش; وارسا
JPN; جاپان; جاپانی; ٹوکیو
KOR; جنوبی کوریا; جنوبی کوریائی; سیول
PRK; شمالی کوریا; شمالی کوریائی; پیانگ یانگ
IND; بھارت/ہندوستان/انڈیا; بھارتی/ہندوستانی; نئی دہلی/دہلی
PAK; پاکستان; پاکستانی; اسلام آباد
BGD; بنگلہ دیش; بنگلہ دیشی; ڈھاکہ
NPL; نیپال; نیپالی; کھٹمنڈو
LKA; سری لنکا; سری لنکن; کولمبو
BTN; بھوٹان
MDV; مالدیپ
AFG; افغانستان; افغان; کابل
IRN; ایران; ایرانی; تہران
IRQ; عراق; عراقی; بغداد
ISR; اسرائیل; اسرائیلی; تل ابیب
PSE; فلسطین; فلسطینی
SAU; سعودی عرب/مملکت سعودی عرب; سعودی; ریاض/جدہ
ARE; متحدہ عرب امارات/یو اے ای; اماراتی; ابوظہبی/ابو ظہبی/دبئی
QAT; قطر; قطری; دوحہ
KWT; کویت; کویتی
BHR; بحرین; بحرینی; منامہ
OMN; عمان; عمانی; مسقط
JOR; اردن; اردنی
EGY; مصر; مصری; قاہرہ
TUR; ترکیہ/ترکی; ترک; انقرہ/استنبول
AZE; آذربائیجان; آذربائیجانی; باکو
KAZ; قازقستان; ; آستانہ
UZB; ازبکستان; ازبک; تاشقند
TKM; ترکمانستان; ترکمان
KGZ; کرغزستان; ; بشکیک
TJK; تاجکستان; تاجک
BLR; بیلاروس; بیلاروسی; منسک
MYS; ملائیشیا; ملائیشین; کوالالمپور
IDN; انڈونیشیا; انڈونیشین; جکارتہ
SGP; سنگاپور
THA; تھائی لینڈ
VNM; ویتنام
AUS; آسٹریلیا; آسٹریلوی; کینبرا
NZL; نیوزی لینڈ
CAN; کینیڈا; کینیڈین; اوٹاوا
BRA; برازیل; برازیلی
ARG; ارجنٹائن
MEX; میکسیکو
ZAF; جنوبی افریقہ; جنوبی افریقی
NGA; نائجیریا
KEN; کینیا
ETH; ایتھوپیا
LBN; لبنان; لبنانی; بیروت
GRC; یونان; یونانی
NLD; نیدرلینڈز/ہالینڈ
BEL; بیلجیم; ; برسلز
AUT; آسٹریا
PRT; پرتگال
HUN; ہنگری
VAT; ویٹیکن
EU; یورپی یونین; یورپی
""")

LEXICON = Lexicon(
    lang="ur",
    # a bare "وزیر اعظم" or "صدر مملکت" is Pakistan's in the Pakistani press; the Indian Urdu press (UNI's
    # Urdu service) means India's
    home="PAK",
    home_markers=mapping("IND", "یو این آئی"),
    verb_final=True,
    # the past auxiliary closing the clause ("बात की थी", "ملاقات ہوئی تھی"): had talked, an earlier contact
    pluperfect_endings=("تھی", "تھا", "تھے", "تھیں"),
    # the subject of a past verb, the partner, the object: "شہباز شریف نے ایردوان سے ملاقات کی"
    case_markers=words("نے|سے|کو"),
    partner_marks=words("سے|کو"),
    # "صدر ٹرمپ کے بیان کا خیرمقدم کیا" (welcomed President Trump's statement): Trump possesses the statement
    genitives_after=words("کا|کی|کے"),
    # (elected, become, office: "وزیر اعظم منتخب ہونے پر")
    office_taken=words("منتخب|بننے|بنے|بنیں|عہدہ|عہدے"),
    # "ملاقات کے بعد" (after the meeting): the postposition closes what it governs
    subordinators_follow=True,
    # the object, time and place stand between the subjects and the verb ("X اور Y نے بدھ کو ریاض میں معاہدے
    # پر دستخط کیے"): a joint act's two subjects may stand anywhere before it in its clause
    adverbials_first=True,
    titles={
        # "صدر مملکت" (the head of state: Pakistan's in its press), interim and acting holders
        **mapping("president", "صدر|صدر مملکت|عبوری صدر|قائم مقام صدر"),
        **mapping("crown_prince", "ولی عہد|ولیعہد"),
        **mapping("monarch", "بادشاہ|شاہ|امیر|سلطان|ملکہ|شہنشاہ"),
        **mapping("supreme_leader", "سپریم لیڈر|رہبر اعلیٰ|رہبر معظم"),
        **mapping("pope", "پوپ"),
        # joined or apart, and the caretaker ("نگران وزیر اعظم") between two elected governments
        **mapping("prime_minister", "وزیر اعظم|وزیراعظم|نگران وزیر اعظم|نگران وزیراعظم|عبوری وزیر اعظم"),
        **mapping("chancellor", "چانسلر"),
        **mapping(None, "رہنما"),
    },
    plural_titles={**mapping("president", "صدور"),
                   **mapping("prime_minister", "وزرائے اعظم"),
                   **mapping(None, "رہنماؤں|سربراہان|سربراہان مملکت|سربراہان مملکت و حکومت")},
    org_titles={**mapping("UN", "اقوام متحدہ کے سیکرٹری جنرل|اقوام متحدہ کے سیکریٹری جنرل|"
                                "سیکرٹری جنرل اقوام متحدہ|یو این سیکرٹری جنرل"),
                **mapping("EU", "یورپی کمیشن کی صدر|یورپی کمیشن کے صدر|یورپی کونسل کے صدر")},
    # (the deputy prime minister, "نائب وزیر اعظم", is a minister: the longer phrase hides the title; the army
    # chief meets leaders beside them in the Pakistani press)
    ministers=words("وزیر|وزرا|وزراء|وزیر خارجہ|وزیر دفاع|وزیر داخلہ|وزیر خزانہ|وزیر تجارت|وزیر اطلاعات|"
                    "وزیر مملکت|وزیر اعلیٰ|وزیراعلیٰ|نائب وزیر اعظم|نائب وزیراعظم|نائب صدر|ترجمان|سفیر|"
                    "ہائی کمشنر|مشیر|مشیر قومی سلامتی|معاون خصوصی|ایلچی|خصوصی ایلچی|نمائندہ خصوصی|گورنر|"
                    "اسپیکر|سپیکر|چیئرمین|چیئرمین سینیٹ|آرمی چیف|فیلڈ مارشل|سیکرٹری خارجہ|خارجہ سیکرٹری|"
                    "وفد|سفارتکار|سفارت کار|اپوزیشن لیڈر|قائد حزب اختلاف|رکن قومی اسمبلی"),
    # "اپنے چینی ہم منصب": his Chinese counterpart
    counterparts=words("ہم منصب|ہم منصبوں"),
    # ("دونوں کی ملاقات", "دونوں نے": the two, with a postposition)
    pair_refs=words("دونوں کی|دونوں کے|دونوں کا|دونوں نے|دونوں رہنماؤں|دونوں رہنما|دونوں فریقین|دونوں فریقوں|"
                    "دونوں ممالک کے رہنماؤں|دونوں ملکوں کے رہنماؤں|دونوں وزرائے اعظم|دونوں صدور|"
                    "دونوں سربراہان"),
    pair_heads=words("دونوں"),
    ref_nouns=words("رہنماؤں|رہنما|فریقین|صدور|وزرائے اعظم|سربراہان"),
    # "انہوں نے": he or she (the honorific subject of a past verb), written apart
    pronouns=words("انہوں نے|انھوں نے"),
    # (him, with him, his: "صدر نے ان کا استقبال کیا", the president welcomed him)
    object_pronouns=words("ان سے|انہیں|انھیں|ان کا|ان کی|ان کے"),
    indefinites=words("ایک|کسی"),
    predicatives=words("کے طور پر|بطور"),
    quantifiers=words("کئی|کچھ|دیگر|مختلف"),
    # "ٹیلی فون پر بات کی", "ٹیلیفونک رابطہ", "فون کیا", "فون کال"
    phone=words("ٹیلی فون پر بات|ٹیلیفون پر بات|فون پر بات|ٹیلی فون پر گفتگو|ٹیلیفون پر گفتگو|فون پر گفتگو|"
                "ٹیلی فونک رابطہ|ٹیلیفونک رابطہ|ٹیلی فونک گفتگو|ٹیلیفونک گفتگو|ٹیلی فون پر رابطہ|"
                "ٹیلیفون پر رابطہ|فون پر رابطہ|ٹیلی فون کال|فون کال|ٹیلی فون کیا|ٹیلیفون کیا|فون کیا|"
                "ٹیلی فون|ٹیلیفون|فون|ٹیلی فونک|ٹیلیفونک"),
    video=words("ویڈیو لنک|ویڈیو کانفرنس|ویڈیو کال|ورچوئل|ورچوئل ملاقات|ورچوئل اجلاس|ورچوئل سربراہی اجلاس|"
                "آن لائن ملاقات|آن لائن اجلاس"),
    written=words("خط|خط لکھا|مکتوب|پیغام|تہنیتی پیغام|تعزیتی پیغام|مبارکباد کا پیغام|مبارک باد کا پیغام"),
    greeting=words("مبارکباد|مبارک باد|مبارکباد دی|مبارک باد دی|تہنیت|تعزیت|اظہار تعزیت|تعزیت کا اظہار"),
    # acts two leaders do together: a meeting when both are the verb's listed subjects ("شہباز شریف اور محمد
    # بن سلمان نے معاہدے پر دستخط کیے"), none when ministers sign
    joint_acts=words("دستخط کیے|دستخط کئے|افتتاح کیا|سنگ بنیاد رکھا"),
    joint_press=words("مشترکہ پریس کانفرنس|مشترکہ نیوز کانفرنس|مشترکہ اعلامیہ|مشترکہ بیان"),
    # "ملاقات کی", "دو طرفہ ملاقات", "وفود کی سطح پر مذاکرات", "استقبال کیا", "ملے" (not the visit words:
    # "دورے پر ... پہنچے" tells an arrival, whom he met the sentence names)
    in_person=words("ملاقات|ملاقات کی|ملاقاتیں|ملاقات ہوئی|ملے|ملیں|ملنے|دو طرفہ ملاقات|دوطرفہ ملاقات|"
                    "ون آن ون ملاقات|وفود کی سطح پر مذاکرات|وفود کی سطح پر بات چیت|استقبال|استقبال کیا|"
                    "پرتپاک استقبال|خیرمقدم|خیر مقدم|خیرمقدم کیا|خیر مقدم کیا|گلے ملے|مصافحہ|میزبانی|"
                    "ظہرانہ|ظہرانے|عشائیہ|عشایئے|عشائیے|ضیافت|"
                    # "مشترکہ صدارت کی" (co-chaired: with the other leader)
                    "مشترکہ صدارت|مشترکہ طور پر صدارت"),
    talk=words("بات چیت|مذاکرات|گفتگو|تبادلہ خیال|تبادلہ خیال کیا|مشاورت|اتفاق کیا|اتفاق ہوا"),
    # "X سے بات کی": a call unless the text says they met
    spoke=words("بات کی|بات ہوئی|گفتگو کی|گفتگو ہوئی|رابطہ کیا|رابطہ ہوا"),
    roundup=words("عالمی رہنماؤں|مبارکباد کے پیغامات"),
    # (the host of a summit hosts no one in particular: "سربراہی اجلاس کی میزبانی")
    # ("غیر متوقع طور پر", unexpectedly, holds the plan word "متوقع")
    not_cues=words("غیر متوقع|پریس کانفرنس|نیوز کانفرنس|کابینہ کا اجلاس|کابینہ کے اجلاس|وفاقی کابینہ|"
                   "اجلاس کی میزبانی|سربراہی اجلاس کی میزبانی|کانفرنس کی میزبانی"),
    caller_words=words("فون کیا|ٹیلی فون کیا|ٹیلیفون کیا|کال کی"),
    receive_words=words("موصول"),
    # "مودی کے خط کا جواب دیتے ہوئے": answering Modi's letter, another letter than his
    replies=words("کا جواب|جوابی خط"),
    # "صدر ایردوان کی دعوت پر": at his invitation (a visit held, no plan)
    initiative=words("کی دعوت پر|کی خصوصی دعوت پر"),
    # the future auxiliary written apart ("ملاقات کریں گے", "ملیں گے") or joined ("ہوگی"), and plan words
    planned=words("گے|گا|گی|ہوگی|ہوگا|ہونگے|ہونگی|کرینگے|کریںگے|ملینگے|متوقع|شیڈول|منصوبہ|مجوزہ|مدعو|"
                  "دعوت دی|دعوت|آئندہ|اگلے ہفتے|آئندہ ہفتے|اگلے ماہ|آئندہ ماہ|اگلے مہینے|اگلے سال|"
                  "آئندہ سال|آئندہ برس|خواہاں|منتظر|خواہش|"
                  # "ملاقات کرنے والے ہیں" (are about to meet); not "ہونے والی" alone, also "which took place"
                  "والے ہیں|والی ہے|والا ہے"),
    planned_sentence=words("توقع ہے کہ|امکان ہے کہ"),
    exclusions=words("کوئی منصوبہ نہیں|امکان نہیں"),
    # "ملاقات نہیں ہوئی", "ملاقات نہ ہو سکی", "ملاقات منسوخ کر دی گئی" (not "نہ" alone: "نہ صرف", not only)
    negation=words("نہیں|نہ ہو سکی|نہ ہوسکی|نہ ہو سکا|نہ ہوسکا|نہ ہو سکے|نہ کر سکے|نہ کرسکے|بغیر|منسوخ|"
                   "ملتوی|مؤخر|موخر"),
    denial=words("تردید|مسترد|انکار"),
    # "پاکستان کا دورہ کیا", "اسلام آباد پہنچے": a visit to the country named
    visit=words("دورہ|دورے|سرکاری دورہ|سرکاری دورے|ریاستی دورہ|ریاستی دورے|دورے پر|پہنچے|پہنچیں|"
                "پہنچ گئے|آمد|دورے پر آئے|آئے تھے|ایوان صدر|وزیر اعظم ہاؤس|وزیراعظم ہاؤس|وائٹ ہاؤس|"
                "کریملن|گارڈ آف آنر"),
    summit=words("سربراہی اجلاس|سربراہی کانفرنس|سربراہ اجلاس|کانفرنس|سائیڈ لائنز|سائیڈ لائن|کے موقع پر|"
                 "موقع پر|جی 20|جی ٹوئنٹی|برکس|شنگھائی تعاون تنظیم|ایس سی او|اقوام متحدہ کی جنرل اسمبلی|"
                 "جنرل اسمبلی|او آئی سی|اسلامی تعاون تنظیم|اقتصادی تعاون تنظیم|ای سی او|آسیان"),
    # "ترکیہ کے صدر", "جمہوریہ آذربائیجان کے صدر": the genitive joins the country to its title; "شہزادہ"
    # (prince) and "شیخ" stand before a Gulf ruler's name
    fillers=words("کے|کی|کا|جمہوریہ|جناب|محترمہ|عزت مآب|شہزادہ|شیخ"),
    relative=words("جو|جنہوں نے|جنھوں نے|جس میں|جس کے|جن کے"),
    companions=words("کے علاوہ"),
    subordinators=words("کے بعد|سے پہلے|سے قبل|کے فوراً بعد"),
    time_relatives=words("جب"),
    # "ماسکو پہنچے، جہاں صدر پیوٹن نے ان کا استقبال کیا": where
    place_relatives=words("جہاں"),
    months={**mapping(1, "جنوری"), **mapping(2, "فروری"), **mapping(3, "مارچ"), **mapping(4, "اپریل"),
            **mapping(5, "مئی"), **mapping(6, "جون"), **mapping(7, "جولائی"), **mapping(8, "اگست"),
            **mapping(9, "ستمبر"), **mapping(10, "اکتوبر"), **mapping(11, "نومبر"), **mapping(12, "دسمبر")},
    # "پیر" is also a saint and a foot, "ہفتہ" also a week ("گزشتہ ہفتے"): those two are days only with the
    # postposition or "بروز" (on the day of)
    weekdays={**mapping(0, "پیر کو|پیر کے روز|پیر کے دن|بروز پیر|سوموار"), **mapping(1, "منگل"),
              **mapping(2, "بدھ"), **mapping(3, "جمعرات"), **mapping(4, "جمعہ|جمعے"),
              **mapping(5, "ہفتہ کو|ہفتے کو|ہفتہ کے روز|ہفتے کے روز|ہفتے کے دن|بروز ہفتہ"),
              **mapping(6, "اتوار")},
    # "گزشتہ روز" is yesterday in the Pakistani press
    relative_days={"آج": 0, "آج صبح": 0, "آج شام": 0, "آج رات": 0, "گزشتہ روز": -1, "گذشتہ روز": -1,
                   "گزشتہ رات": -1, "گذشتہ رات": -1, "چند روز قبل": -3, "چند روز پہلے": -3},
    # "کل" is yesterday in a past clause and tomorrow in a future one ("پرسوں" likewise two days), as Hindi
    # "कल": a future auxiliary that makes the contact planned makes it tomorrow (dates.resolve)
    two_way_days={"کل": -1, "کل رات": -1, "کل شام": -1, "کل صبح": -1, "پرسوں": -2},
    relative_weeks={"گزشتہ ہفتے": -1, "گذشتہ ہفتے": -1, "پچھلے ہفتے": -1, "اس ہفتے": 0, "رواں ہفتے": 0,
                    "اگلے ہفتے": 1, "آئندہ ہفتے": 1},
    relative_months={"گزشتہ ماہ": -1, "گذشتہ ماہ": -1, "پچھلے ماہ": -1, "گزشتہ مہینے": -1,
                     "پچھلے مہینے": -1, "رواں ماہ": 0, "اس ماہ": 0, "اسی ماہ": 0, "اگلے ماہ": 1,
                     "آئندہ ماہ": 1, "اگلے مہینے": 1},
    relative_years={"گزشتہ سال": -1, "گذشتہ سال": -1, "پچھلے سال": -1, "گزشتہ برس": -1, "گذشتہ برس": -1,
                    "پچھلے برس": -1, "رواں سال": 0, "اس سال": 0, "رواں برس": 0, "اگلے سال": 1,
                    "آئندہ سال": 1, "آئندہ برس": 1},
    anchored_days={"اگلے روز": 1, "اگلے دن": 1, "اسی روز": 0, "اسی دن": 0, "ایک روز قبل": -1,
                   "ایک دن قبل": -1, "ایک دن پہلے": -1, "ایک روز بعد": 1, "ایک دن بعد": 1},
    day_units={"دن بعد": 1, "روز بعد": 1},
    day_units_ago=words("دن پہلے|دن قبل|روز پہلے|روز قبل"),
    past=words("گزشتہ|گذشتہ|پچھلے|پچھلی"),
    # "مئی میں" (in May), "2023 میں"
    month_tails=words("میں|کے مہینے میں|کے مہینے"),
    year_leads=words("سال|برس|سن"),
    # "2024ء": the year mark (tokens reads "2024ء" as the year; a spaced "ء" follows it)
    year_tails=words("میں|ء"),
    numbers={"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9,
             "دس": 10},
    # "..., جبکہ جولائی میں ... ملاقات ہوئی تھی" (whereas): another clause, its own date
    complementizers=words("کہ|جبکہ"),
    reporting=words("کہا|بتایا|کے مطابق|بیان میں کہا|جاری بیان|اعلامیے|اعلامیہ"),
    since=words("کے بعد سے"),
    firsts=words("پہلی|پہلا|پہلے"),
    joins=words("شریک ہوئے|شامل ہوئے|سہ فریقی"),
    presence=words("کی موجودگی میں"),
    trilateral=words("سہ فریقی|سہ ملکی"),
    between=words("کے درمیان|کے مابین"),
    group_refs=words("رہنماؤں"),
    last_time=words("آخری بار|پچھلی بار|گزشتہ بار"),
    during=words("کے دوران|دوران"),
    public_posts=words("سوشل میڈیا پر|ایکس پر|ٹوئٹر پر"),
    additives=words("بھی"),
    then_words=words("اس وقت|تب"),
    iteratives=words("کئی بار|متعدد بار|دو بار|تین بار"),
    read_also=words("یہ بھی پڑھیں|مزید پڑھیں"),
    captions=words("فوٹو|تصویر"),
    deceased=words("مرحوم|آنجہانی"),
    elect=words("سابق|سابقہ|نومنتخب|منتخب"),
    # (the weekdays and day words too: no name, and a minister's name ends before them)
    # (and the nouns after a leader's genitive that keep him a party: "کے ساتھ" with, "کی جانب سے" by, "کے
    # اعزاز میں" in his honour, "کی رہائش گاہ پر" at his residence, "کی درخواست پر" at his request)
    stopwords=words("نے|سے|کو|کا|کی|کے|میں|پر|اور|بھی|ہے|تھا|تھے|تھی|ہیں|یہ|وہ|اس|ان|کہ|تو|ہی|لیے|لئے|"
                    "ساتھ|پیر|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|اتوار|آج|کل|جانب|طرف|ہمراہ|ذریعے|"
                    "اعزاز|رہائش|درخواست"),
    successions=words("کی جگہ"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
    # where the host received his guest ("وائٹ ہاؤس میں"); bare, the seat speaks for its government
    seats={**mapping("USA", "وائٹ ہاؤس میں"), **mapping("RUS", "کریملن میں"),
           **mapping("PAK", "ایوان صدر میں|وزیر اعظم ہاؤس میں|وزیراعظم ہاؤس میں")},
    topics={
        "bilateral_relations": words("دو طرفہ|دوطرفہ|تعلقات|شراکت داری|تعاون|دوستی|اسٹریٹجک|سٹریٹجک|"
                                     "سفارتی تعلقات|برادرانہ"),
        "trade_economy": words("تجارت|تجارتی|معیشت|معاشی|اقتصادی|ٹیرف|محصولات|برآمدات|درآمدات|منڈی|"
                               "مالیاتی|آزاد تجارت|تجارتی معاہدہ"),
        "investment": words("سرمایہ کاری|سرمایہ کار|سرمایہ کاروں"),
        "energy": words("توانائی|تیل|گیس|بجلی|قابل تجدید|پائپ لائن|ایندھن|کوئلہ|ایل این جی"),
        "security_defense": words("دفاع|دفاعی|سلامتی|سیکیورٹی|سکیورٹی|فوجی|عسکری|افواج|ہتھیار|ہتھیاروں|"
                                  "میزائل|بحریہ|نیٹو"),
        "counterterrorism": words("دہشت گردی|دہشتگردی|دہشت گرد|دہشت گردوں|انتہا پسندی|شدت پسندی"),
        "conflict_ceasefire": words("جنگ بندی|جنگ|امن|تنازع|تنازعہ|حملہ|حملے|حملوں|کشیدگی|یرغمالی|"
                                    "یرغمالیوں|بحران|تصادم|جارحیت|فوجی کارروائی"),
        "humanitarian": words("انسانی امداد|امداد|امدادی|ریلیف|قحط"),
        # (not "بحالی", restoration: "مذاکرات کی بحالی" resumes talks)
        "reconstruction": words("تعمیر نو"),
        "migration_refugees": words("مہاجرین|پناہ گزین|پناہ گزینوں|تارکین وطن|نقل مکانی"),
        "nuclear_nonproliferation": words("جوہری|ایٹمی|جوہری ہتھیار|جوہری پروگرام|یورینیم|افزودگی"),
        "climate_environment": words("موسمیاتی|موسمیاتی تبدیلی|ماحولیات|ماحولیاتی|اخراج|کاربن"),
        "health": words("صحت|وبا|کووڈ|کورونا|ویکسین|پولیو|ادویات"),
        "regional_situation": words("علاقائی|خطے|خطہ|مشرق وسطیٰ|غزہ|صورتحال|صورت حال|جنوبی ایشیا"),
        "sovereignty_territorial_integrity": words("خودمختاری|خود مختاری|علاقائی سالمیت|سالمیت"),
        "domestic_politics_elections": words("انتخابات|الیکشن|حلف برداری|پارلیمان|پارلیمنٹ|آئین|اپوزیشن|"
                                             "ریفرنڈم"),
        "ceremonial": words("مبارکباد|مبارک باد|تہنیت|تعزیت|یوم آزادی|یوم پاکستان|قومی دن|سالگرہ|اعزاز|"
                            "نشان پاکستان|عید"),
        "sanctions": words("پابندیاں|پابندیوں"),
        # (not "صحافیوں": "صحافیوں سے گفتگو" is talking to the press)
        "human_rights_minorities": words("انسانی حقوق|اقلیتوں|اقلیتی|جمہوریت|آزادی صحافت"),
        "multilateral_diplomacy": words("اقوام متحدہ|سلامتی کونسل|کثیر الجہتی|برکس|"
                                        "شنگھائی تعاون تنظیم|ایس سی او|او آئی سی|اسلامی تعاون تنظیم|"
                                        "یورپی یونین|افریقی یونین|جنرل اسمبلی|آسیان|ای سی او"),
        "infrastructure_transport": words("بنیادی ڈھانچے|انفراسٹرکچر|ٹرانسپورٹ|ریلوے|بندرگاہ|"
                                          "رابطہ کاری|راہداری|سی پیک|شاہراہ|سمندری"),
        "food_agriculture": words("خوراک|غذائی تحفظ|زراعت|زرعی|گندم|چاول|کھاد|کسان|کسانوں"),
        "technology": words("ٹیکنالوجی|ڈیجیٹل|مصنوعی ذہانت|سیمی کنڈکٹر|سائبر|خلائی|سیٹلائٹ|آئی ٹی"),
        "culture_education_tourism": words("ثقافت|ثقافتی|تعلیم|تعلیمی|سیاحت|سیاحوں|طلبہ|طلباء|یونیورسٹی|"
                                           "کھیل|کرکٹ|عوامی رابطوں"),
    },
    # (not Kashmir: "کشمیر" is also the Persian spelling, and a region's keyword is read in every language)
    places={"غزہ": "Gaza", "مشرق وسطیٰ": "Middle East"},
)
