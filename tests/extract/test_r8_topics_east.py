"""Round eight: topic words of the non-Latin lexicons, each in a sentence we wrote about a real contact.

Each test states a contact whose own sentence holds one word of a code's common vocabulary that the
lexicon lacked (a border, a truce broker, an earthquake, a nuclear-powered submarine), or a word a keyword
read by mistake (a Russian "визит" for a visa, "углубление" for coal, the Turkish "Çipras" for a chip,
"Nisan" for a medal, the Arabic "ماليزيا" for finance, the Persian "بامداد" for relief aid).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, topic_codes

# -- a new word gives its code --------------------------------------------------------------------------

NEW_WORDS = [
    # Putin and Pashinyan met in Moscow on 25 May 2023, with the Armenian-Azerbaijani border on the table
    ("ru", "2023-05-25", "Владимир Путин провел в Кремле переговоры с Николом Пашиняном, обсудив "
     "делимитацию армяно-азербайджанской границы.", "sovereignty_territorial_integrity"),
    # Putin and Erdogan spoke of the Ukrainian settlement and Turkey's mediation (Sochi, 4 September 2023)
    ("ru", "2023-09-04", "Путин и Эрдоган провели переговоры в Сочи и обсудили посредничество Турции.",
     "conflict_ceasefire"),
    # Erdogan hosted Hassan Sheikh Mohamud in Ankara on 11 December 2024 (a final k reads ğ: egemenliğine)
    ("tr", "2024-12-12", "Cumhurbaşkanı Erdoğan, Somali Cumhurbaşkanı Hasan Şeyh Mahmud ile Ankara'da "
     "görüşerek Somali'nin egemenliğine desteğini yineledi.", "sovereignty_territorial_integrity"),
    # Erdogan and Mitsotakis in Athens, 7 December 2023: the maritime zones between the two countries
    ("tr", "2023-12-08", "Erdoğan, Yunanistan Başbakanı Kiryakos Miçotakis ile Atina'da görüştü ve deniz "
     "yetki alanları meselesini ele aldı.", "sovereignty_territorial_integrity"),
    # Sisi and Biden spoke by phone on 20 May 2021 about a Gaza truce and aid
    ("ar", "2021-05-21", "أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن تناول "
     "إدخال مساعدات إلى قطاع غزة.", "humanitarian"),
    # Erdogan and Aliyev met in Nakhchivan on 25 September 2023 (a border, stated without the article)
    ("ar", "2023-09-25", "التقى الرئيس التركي رجب طيب أردوغان الرئيس الأذربيجاني إلهام علييف في نخجوان "
     "وبحثا ترسيم الحدود بين أرمينيا وأذربيجان.", "sovereignty_territorial_integrity"),
    # Raisi called Erdogan after the earthquake of 6 February 2023
    ("fa", "2023-02-07", "ابراهیم رئیسی در تماس تلفنی با رجب طیب اردوغان پس از زلزله همدردی ملت ایران را "
     "ابراز کرد.", "humanitarian"),
    # Xi and Modi met in Kazan on 23 October 2024 and spoke of the border question
    ("zh", "2024-10-24", "习近平在喀山会见印度总理莫迪，双方就边界问题交换意见。",
     "sovereignty_territorial_integrity"),
    # Xi and Putin spoke by phone many times about Ukraine (here 8 May 2025 in Moscow)
    ("zh", "2025-05-09", "习近平同俄罗斯总统普京在莫斯科举行会谈，双方就乌克兰问题交换意见。",
     "conflict_ceasefire"),
    # Kishida and Yoon met at Camp David on 18 August 2023 and agreed on joint drills
    ("ja", "2023-08-19", "岸田文雄首相は韓国の尹錫悦大統領と会談し、共同訓練の拡充で一致した。",
     "security_defense"),
    # Lee Jae-myung and Trump met in Gyeongju on 29 October 2025; nuclear-powered submarines were raised
    ("ko", "2025-10-30", "이재명 대통령은 트럼프 대통령과 경주에서 정상회담을 갖고 핵추진 잠수함 건조 문제를 "
     "논의했다.", "nuclear_nonproliferation"),
    # Kishida visited Manila on 3-4 November 2023; Yoon did on 7 October 2024
    ("ja", "2023-11-04", "岸田文雄首相はマルコス大統領と会談し、南シナ海での航行の自由を確認した。",
     "regional_situation"),
    ("ko", "2024-10-08", "윤석열 대통령은 마르코스 대통령과 마닐라에서 정상회담을 갖고 "
     "남중국해 문제를 논의했다.",
     "regional_situation"),
    # Takaichi and Trump met in Tokyo on 28 October 2025 and signed a text on the alliance
    ("ja", "2025-10-29", "高市早苗首相はトランプ大統領と会談し、日米同盟を一段と強化する文書に署名した。",
     "security_defense"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NEW_WORDS)
def test_a_common_word_of_the_field_gives_its_code(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                   published: str, text: str, code: str) -> None:
    assert code in topic_codes(real, make_doc, text, published, lang)


# -- a word a keyword read by mistake gives no code ------------------------------------------------------

FALSE_FRIENDS = [
    # "визит" is no visa, "помощник" (an aide) no aid, "углублении" no coal
    ("ru", "2024-05-17", "Помощник президента сообщил, что Си Цзиньпин, прибывший с государственным визитом, "
     "провел с Владимиром Путиным переговоры об углублении отношений.",
     {"humanitarian", "energy"}),
    # "Çipras" (Tsipras) folds to a chip's "cip", "Nisan" (April) to a medal's "nisan"
    ("tr", "2017-12-08", "Erdoğan, Yunanistan Başbakanı Aleksis Çipras ile 7 Aralık'ta Atina'da görüştü.",
     {"technology"}),
    ("tr", "2018-04-04", "Erdoğan ile Putin 3 Nisan'da Ankara'da bir araya geldi.", {"ceremonial"}),
    # "ماليزيا" begins like "مالي" (financial); "بمطار" (at the airport) is where a visitor lands
    ("ar", "2025-02-11", "وصل الرئيس التركي رجب طيب أردوغان إلى مطار كوالالمبور والتقى رئيس وزراء ماليزيا "
     "أنور إبراهيم.", {"trade_economy", "infrastructure_transport"}),
    # "بامداد" (at dawn) reads as "ب" + "امداد" (relief)
    ("fa", "2024-01-03", "ابراهیم رئیسی بامداد امروز در تماس تلفنی با ولادیمیر پوتین گفت‌وگو کرد.",
     {"humanitarian"}),
    # "водночас" (at the same time) begins like "водн*" (water power)
    ("uk", "2023-03-10", "Володимир Зеленський водночас провів телефонну розмову з Емманюелем Макроном.",
     {"energy"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "codes"), FALSE_FRIENDS)
def test_a_word_a_keyword_misread_gives_no_code(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                published: str, text: str, codes: set[str]) -> None:
    assert not codes & topic_codes(real, make_doc, text, published, lang)
