"""Round nine: the topic words of the lexicons with the least development text (r9-tthin).

The first list states a real contact with one word this round added to a code (the Chinese "核能" and
"芬太尼", the Japanese "重要鉱物" and "核・ミサイル", the Korean "핵미사일" and "한일중", the Hebrew "יירוט",
the Urdu "سیز فائر", the Hindi "विनिर्माण", the Greek "συνεργάζονται", the Dutch "toeleveringsketens",
the Polish "działań zbrojnych", the Persian "صنعتی"); each but the Japanese one, which "核" alone
gave before, gave no such code before. The second list holds common words of each language that no topic
entry may match at all: words that begin like an entry (the Polish "gospodarz", a
host, beside "gospodarka"; the Japanese "核心", a core, beside the nuclear words; the Turkish "aşırı",
excessive, beside "aşı", a vaccine, and "çevresinde", around, beside "çevre"), words that name a
contact's setting (the airport, the news agency, the souvenir photograph), and the official names that
hold "民主" (North Korea, Laos).
"""

from __future__ import annotations

import pytest

from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from ingest.extract.topics import Topic, build_topic_index
from tests.extract.rows import DocFactory, topic_codes

NEW_WORDS = [
    # Xi Jinping and Emmanuel Macron held talks in Beijing on 6 April 2023
    ("zh", "2023-04-07", "国家主席习近平在北京同法国总统马克龙举行会谈，"
     "双方同意扩大核能领域的交流。", "energy"),
    # Xi Jinping and Joe Biden met at Woodside, near San Francisco, on 15 November 2023
    ("zh", "2023-11-16", "国家主席习近平在旧金山同美国总统拜登会晤，双方同意就芬太尼问题开展对话。",
     "security_defense"),
    # Sanae Takaichi and Donald Trump met in Tokyo on 28 October 2025
    ("ja", "2025-10-29", "高市早苗首相は東京でトランプ米大統領と会談し、重要鉱物の供給確保で合意した。",
     "trade_economy"),
    # Fumio Kishida and Yoon Suk Yeol met in Tokyo on 16 March 2023
    ("ja", "2023-03-17", "岸田文雄首相は東京で韓国の尹錫悦大統領と会談し、"
     "北朝鮮の核・ミサイル開発への対応を協議した。",
     "nuclear_nonproliferation"),
    ("ko", "2023-03-17", "윤석열 대통령은 도쿄에서 기시다 후미오 총리와 정상회담을 갖고 "
     "북한의 핵미사일 위협을 논의했다.",
     "nuclear_nonproliferation"),
    # Yoon Suk Yeol and Li Qiang met in Seoul on 26 May 2024, the eve of the trilateral summit
    # (the code needs a score of three: the Seoul secretariat of the three's cooperation is named next)
    ("ko", "2024-05-27", "윤석열 대통령은 서울에서 리창 중국 총리와 회담하고 한일중 협력의 복원을 논의했다. "
     "한일중 협력 사무국의 역할도 다뤘다.", "multilateral_diplomacy"),
    # Benjamin Netanyahu and Joe Biden spoke by phone on 13 April 2024, after Iran's attack
    ("he", "2024-04-14", "ראש הממשלה בנימין נתניהו שוחח בטלפון עם הנשיא ג'ו ביידן על מערך היירוט.",
     "security_defense"),
    # Shehbaz Sharif and Recep Tayyip Erdogan met in Islamabad on 13 February 2025
    ("ur", "2025-02-14", "وزیراعظم شہباز شریف نے اسلام آباد میں صدر رجب طیب ایردوان سے ملاقات کی اور "
     "سیز فائر پر بات کی۔", "conflict_ceasefire"),
    # Narendra Modi and Prabowo Subianto met in New Delhi on 25 January 2025
    ("hi", "2025-01-26", "प्रधानमंत्री नरेंद्र मोदी ने नई दिल्ली में राष्ट्रपति प्रबोवो सुबियांतो से मुलाकात की और "
     "विनिर्माण पर चर्चा की।", "trade_economy"),
    # Kyriakos Mitsotakis and Recep Tayyip Erdogan met in Athens on 7 December 2023
    ("el", "2023-12-08", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον πρόεδρο Ρετζέπ Ταγίπ "
     "Ερντογάν στην Αθήνα και συμφώνησαν να συνεργάζονται στενότερα.", "bilateral_relations"),
    # Pham Minh Chinh and Fumio Kishida held talks in Tokyo on 16 December 2023
    ("vi", "2023-12-17", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo "
     "về hợp tác cảnh sát biển.", "security_defense"),
    # Prabowo Subianto and Xi Jinping met in Beijing on 9 November 2024
    ("id", "2024-11-10", "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing dan membahas "
     "hilirisasi.", "trade_economy"),
    # Mark Rutte received Emmanuel Macron, on a state visit, in The Hague on 11 April 2023
    ("nl", "2023-04-12", "Premier Rutte ontving president Macron in Den Haag en sprak over veilige "
     "toeleveringsketens.", "trade_economy"),
    # Mark Rutte received Volodymyr Zelensky in The Hague on 4 May 2023
    ("nl", "2023-05-05", "Premier Rutte ontving president Zelensky in Den Haag en sprak over de steun van de "
     "Nederlandse luchtmacht.", "security_defense"),
    # Masoud Pezeshkian and Vladimir Putin met in Ashgabat on 11 October 2024
    ("fa", "2024-10-12", "مسعود پزشکیان رئیس جمهور ایران در عشق‌آباد با ولادیمیر پوتین رئیس جمهور روسیه "
     "دیدار کرد و درباره صنایع و بخش صنعتی گفت‌وگو کرد.", "trade_economy"),
    # Andrzej Duda and Volodymyr Zelensky met in Warsaw on 5 April 2023
    ("pl", "2023-04-06", "Prezydent Andrzej Duda spotkał się w Warszawie z prezydentem "
     "Wołodymyrem Zełenskim; rozmawiali o przebiegu działań zbrojnych.", "conflict_ceasefire"),
    ("pl", "2023-04-06", "Prezydent Andrzej Duda spotkał się w Warszawie z prezydentem "
     "Wołodymyrem Zełenskim; rozmawiali o tym, jak zastąpić rosyjską ropę.", "energy"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NEW_WORDS)
def test_a_word_of_the_field_gives_its_code(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                            published: str, text: str, code: str) -> None:
    assert code in topic_codes(real, make_doc, text, published, lang)


NOT_CODES = [
    # Xi Jinping and Kim Jong Un held talks in Beijing on 4 September 2025 (the official name holds "民主")
    ("zh", "2025-09-05", "国家主席习近平在北京同朝鲜民主主义人民共和国国务委员长金正恩举行会谈。",
     "human_rights_minorities"),
    # Xi Jinping and Anthony Albanese held talks in Beijing on 6 November 2023 (free trade is no freedom)
    ("zh", "2023-11-07", "国家主席习近平在北京同澳大利亚总理阿尔巴尼斯举行会谈，双方谈到了自由贸易协定。",
     "human_rights_minorities"),
    # Fumio Kishida and Yoon Suk Yeol met in Tokyo on 16 March 2023 ("中核", the core, is no nuclear talk)
    ("ja", "2023-03-17", "岸田文雄首相は東京で韓国の尹錫悦大統領と会談し、経済界が交流の中核を担うと述べた。",
     "nuclear_nonproliferation"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NOT_CODES)
def test_a_word_holding_an_entry_gives_not_its_code(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                    published: str, text: str, code: str) -> None:
    assert code not in topic_codes(real, make_doc, text, published, lang)


# Common words of each language that no topic entry may match: near words of an entry, setting words.
COMMON_WORDS = {
    "zh": "核心|民主党|朝鲜民主主义人民共和国|老挝人民民主共和国|新华社|记者|机场|欢迎仪式|国宴|合影",
    "ja": "核心|中核|関係者|空港|羽田空港|通信社|記念撮影|晩餐会|歓迎式典|記者会見",
    "ko": "핵심|관계자|기념촬영|공항|환영식|만찬|기자회견|조선중앙통신",
    "he": "שהטיל|בשעה|ארצות הברית|ראש הממשלה|נמל התעופה|טקס|חופשה",
    "ur": "ہوائی اڈے|استقبالیہ|وزیراعظم|ملاقات|دورہ|شام",
    "hi": "हवाई अड्डे|स्वागत समारोह|मुलाकात|प्रधानमंत्री|यात्रा|समय सीमा|संपर्क में",
    "el": "δέσμευση|Φιλιππίνες|πρωθυπουργός|αεροδρόμιο|συνάντηση|αγόρι",
    "vi": "điện đàm|sân bay|lễ đón|hội đàm|toàn cầu|yêu cầu|Tổng thống đắc cử",
    "id": "bandara|upacara penyambutan|kunjungan|presiden|bertemu",
    "nl": "met betrekking tot|gast|gastheer|luchthaven|bezoek|premier",
    "pl": "gospodarz|gospodarzem|gospodarstwo|lotnisku|wizyta|wizyty|za granicą",
    "uk": "дружина|у зв'язку|візит|візиту|вітальня|аеропорт",
    "fa": "باکو|بامداد|فرودگاه|مراسم استقبال|خبرگزاری",
    "tr": "aşırı|asil|Bursa|Mali|çevresinde|diplomatik çevreler|havalimanı|ziyaret",
}


@pytest.mark.parametrize("lang", sorted(COMMON_WORDS))
def test_no_topic_entry_matches_a_common_word(lang: str) -> None:
    lexicon = next(lex for lex in all_lexicons() if lex.lang == lang)
    index = build_topic_index([lexicon])
    for word in COMMON_WORDS[lang].split("|"):
        tokens = tokenize(word)
        hits = [p for m in index.find(tokens) for p in m.payloads if isinstance(p, Topic)]
        assert not hits, (word, hits)
