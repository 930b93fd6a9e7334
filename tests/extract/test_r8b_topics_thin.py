"""Round eight, second part: the common topic words of the lexicons with little development text.

Each sentence, written for this test about a real contact, states the contact with one or two words of a
code's general vocabulary that the language's list lacked (the Ukrainian "співробітництво", the Korean
"우의", the Hindi "मैत्री", the Vietnamese "đối tác", the Greek "φιλία"); since round eight a meeting gets
`bilateral_relations` only from such words. The second list holds a near word that must give no code:
a Ukrainian "дружина" (wife) beside "дружба", the Greek "δέσμευση" (commitment) beside "δεσμοί" (ties),
the Hebrew "ארצות הברית" (the United States) beside "בעלות ברית" (allies), the Vietnamese "điện đàm" (a
phone call) beside the power words.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, topic_codes

NEW_WORDS = [
    # Rutte received Macron, on a state visit, in The Hague on 11 April 2023
    ("nl", "2023-04-12", "Premier Rutte ontving president Macron in Den Haag; zij spraken over de "
     "nauwe banden tussen beide landen.", "bilateral_relations"),
    ("nl", "2023-04-12", "Premier Rutte ontving president Macron in Den Haag en sprak over de "
     "wapenleveringen aan Kyiv.", "security_defense"),
    # Zelensky and Duda met in Warsaw on 5 April 2023
    ("uk", "2023-04-06", "Президент Володимир Зеленський зустрівся з Президентом Польщі Анджеєм Дудою та "
     "обговорив співробітництво двох держав.", "bilateral_relations"),
    ("uk", "2023-04-06", "Президент Володимир Зеленський зустрівся з Президентом Польщі Анджеєм Дудою та "
     "обговорив питання довкілля.", "climate_environment"),
    # Yoon and Kishida met in Seoul on 7 May 2023
    ("ko", "2023-05-08", "윤석열 대통령은 기시다 후미오 총리와 서울에서 정상회담을 갖고 양국 우의를 다졌다.",
     "bilateral_relations"),
    ("ko", "2023-05-08", "윤석열 대통령은 기시다 후미오 총리와 서울에서 정상회담을 갖고 기후 위기 대응을 "
     "논의했다.", "climate_environment"),
    # Modi and Macron met in Paris on 13-14 July 2023
    ("hi", "2023-07-15", "प्रधानमंत्री नरेंद्र मोदी ने पेरिस में राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की और दोनों देशों की "
     "मैत्री पर चर्चा की।", "bilateral_relations"),
    ("hi", "2023-07-15", "प्रधानमंत्री नरेंद्र मोदी ने पेरिस में राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की और "
     "पनडुब्बी सौदे पर चर्चा की।", "security_defense"),
    # Erdogan visited Islamabad and met Shehbaz Sharif on 13 February 2025
    ("ur", "2025-02-14", "وزیراعظم شہباز شریف نے اسلام آباد میں صدر رجب طیب ایردوان سے ملاقات کی اور "
     "دونوں ممالک کے دوستانہ رشتوں پر بات کی۔", "bilateral_relations"),
    ("ur", "2025-02-14", "وزیراعظم شہباز شریف نے اسلام آباد میں صدر رجب طیب ایردوان سے ملاقات کی اور "
     "زلزلہ متاثرین کی امداد پر بات کی۔", "humanitarian"),
    # Prabowo and Albanese met in Jakarta on 15 May 2025
    ("id", "2025-05-16", "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese di Jakarta dan "
     "sepakat untuk bekerja sama lebih erat.", "bilateral_relations"),
    ("id", "2025-05-16", "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese di Jakarta dan "
     "membahas penanganan bencana alam.", "humanitarian"),
    # Mitsotakis and Macron met in Paris on 28 September 2021 (the defence deal)
    ("el", "2021-09-29", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον πρόεδρο Εμανουέλ Μακρόν στο "
     "Παρίσι και συζήτησαν τη φιλία των δύο χωρών.", "bilateral_relations"),
    ("el", "2021-09-29", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον πρόεδρο Εμανουέλ Μακρόν στο "
     "Παρίσι και συζήτησαν την οριοθέτηση των θαλάσσιων ζωνών.", "sovereignty_territorial_integrity"),
    # Pham Minh Chinh and Kishida held talks in Tokyo on 16 December 2023
    ("vi", "2023-12-17", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo, "
     "hai bên khẳng định là đối tác tin cậy.", "bilateral_relations"),
    ("vi", "2023-12-17", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo "
     "về chuỗi cung ứng.", "trade_economy"),
    # Netanyahu and Biden met in Tel Aviv on 18 October 2023
    ("he", "2023-10-19", "ראש הממשלה בנימין נתניהו נפגש עם הנשיא ג'ו ביידן בתל אביב ושוחחו על השותפות "
     "בין המדינות.", "bilateral_relations"),
    ("he", "2023-10-19", "ראש הממשלה בנימין נתניהו נפגש עם הנשיא ג'ו ביידן בתל אביב ושוחחו על המחבלים "
     "ועל הפיגועים.", "counterterrorism"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NEW_WORDS)
def test_a_common_word_of_the_field_gives_its_code(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                   published: str, text: str, code: str) -> None:
    assert code in topic_codes(real, make_doc, text, published, lang)


NEAR_WORDS = [
    ("uk", "2023-04-06", "Президент Володимир Зеленський зустрівся з Президентом Польщі Анджеєм Дудою; "
     "дружина президента була поруч.", {"bilateral_relations"}),
    ("el", "2021-09-29", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον πρόεδρο Εμανουέλ Μακρόν στο "
     "Παρίσι και επανέλαβε τη δέσμευσή του.", {"bilateral_relations"}),
    ("he", "2023-10-19", "ראש הממשלה בנימין נתניהו נפגש עם נשיא ארצות הברית ג'ו ביידן בתל אביב.",
     {"bilateral_relations"}),
    ("vi", "2023-12-17", "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.",
     {"energy"}),
    ("he", "2023-10-19", "ראש הממשלה בנימין נתניהו נפגש עם הנשיא ג'ו ביידן בתל אביב ודיבר על פליטות.",
     {"migration_refugees"}),
    ("hi", "2023-07-15", "प्रधानमंत्री नरेंद्र मोदी ने पेरिस में राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की और समय सीमा पर "
     "चर्चा की।", {"sovereignty_territorial_integrity"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "codes"), NEAR_WORDS)
def test_a_near_word_gives_no_code(real: RuleExtractor, make_doc: DocFactory, lang: str, published: str,
                                   text: str, codes: set[str]) -> None:
    assert not codes & topic_codes(real, make_doc, text, published, lang)
