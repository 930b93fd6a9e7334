"""Round fourteen's partner rules, taken into round fifteen without its "in the presence of" rule.

Our own sentences about real contacts (written in round fourteen, branch r14-partner). A side
clause after the main clause's object ("X met Y, a day after talking with Z", "nachdem er mit Z ...",
"بعد أن تحدث مع Z") has the main clause's subject as its own, not the object (Modi met Putin in Tianjin on
1 September 2025, the day after his talks with Xi Jinping there). An object pronoun after the one leader a
subject pronoun met is that leader again (von der Leyen met Zelensky in Kyiv on 8 April 2022 and handed
him the EU questionnaire).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows
from tests.extract.rows import occurred_pairs as pairs

_AFTER = [
    ("en", "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in "
     "Tianjin on Monday, a day after talking with Chinese President Xi Jinping."),
    ("en", "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in "
     "Tianjin on Monday, after talking with Chinese President Xi Jinping on "
     "Sunday."),
    ("fr", "Le Premier ministre indien Narendra Modi a rencontré lundi à Tianjin le "
     "président russe Vladimir Poutine, après s'être entretenu dimanche avec le "
     "président chinois Xi Jinping."),
    ("fr", "Le Premier ministre indien Narendra Modi a rencontré lundi à Tianjin le "
     "président russe Vladimir Poutine, après avoir discuté dimanche avec le "
     "président chinois Xi Jinping."),
    ("de", "Der indische Premierminister Narendra Modi traf am Montag in Tianjin den "
     "russischen Präsidenten Wladimir Putin, nachdem er am Sonntag mit dem "
     "chinesischen Präsidenten Xi Jinping gesprochen hatte."),
    ("de", "Der indische Premierminister Narendra Modi, der am Sonntag mit dem "
     "chinesischen Präsidenten Xi Jinping gesprochen hatte, traf am Montag in "
     "Tianjin den russischen Präsidenten Wladimir Putin."),
    ("nl", "De Indiase premier Narendra Modi ontmoette maandag in Tianjin de Russische "
     "president Vladimir Poetin, nadat hij zondag had gesproken met de Chinese "
     "president Xi Jinping."),
    ("ar", "التقى رئيس الوزراء الهندي ناريندرا مودي الاثنين في تيانجين الرئيس الروسي "
     "فلاديمير بوتين، بعد أن أجرى محادثات الأحد مع الرئيس الصيني شي جين بينغ."),
    ("es", "El primer ministro indio Narendra Modi se reunió el lunes en Tianjin con el "
     "presidente ruso Vladímir Putin, tras conversar el domingo con el presidente "
     "chino Xi Jinping."),
    ("it", "Il primo ministro indiano Narendra Modi ha incontrato lunedì a Tianjin il "
     "presidente russo Vladimir Putin, dopo aver parlato domenica con il "
     "presidente cinese Xi Jinping."),
    ("pt", "O primeiro-ministro indiano Narendra Modi reuniu-se na segunda-feira em "
     "Tianjin com o presidente russo Vladimir Putin, depois de conversar no "
     "domingo com o presidente chinês Xi Jinping."),
    ("ru", "Премьер-министр Индии Нарендра Моди в понедельник встретился в Тяньцзине с "
     "президентом России Владимиром Путиным, после того как в воскресенье провёл "
     "переговоры с председателем КНР Си Цзиньпином."),
    ("pl", "Premier Indii Narendra Modi spotkał się w poniedziałek w Tianjinie z "
     "prezydentem Rosji Władimirem Putinem, dzień po rozmowie z przewodniczącym "
     "Chin Xi Jinpingiem."),
    ("tr", "Hindistan Başbakanı Narendra Modi, pazar günü Çin Devlet Başkanı Şi Cinping "
     "ile görüştükten sonra pazartesi günü Tiencin'de Rusya Devlet Başkanı "
     "Vladimir Putin ile bir araya geldi."),
    ("fa", "نارندرا مودی نخست‌وزیر هند روز دوشنبه در تیانجین با ولادیمیر پوتین "
     "رئیس‌جمهور روسیه دیدار کرد، پس از آنکه روز یکشنبه با شی جین‌پینگ رئیس‌جمهور "
     "چین گفتگو کرده بود."),
    ("nl", "De Indiase premier Narendra Modi, die zondag met de Chinese president Xi "
     "Jinping had gesproken, ontmoette maandag in Tianjin de Russische president "
     "Vladimir Poetin."),
    ("pl", "Premier Indii Narendra Modi, który w niedzielę rozmawiał z przewodniczącym "
     "Chin Xi Jinpingiem, spotkał się w poniedziałek w Tianjinie z prezydentem "
     "Rosji Władimirem Putinem."),
    ("en", "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in "
     "Tianjin on Monday, a day after he held talks with Chinese President Xi "
     "Jinping."),
    ("de", "Der indische Premierminister Narendra Modi traf am Montag in Tianjin den "
     "russischen Präsidenten Wladimir Putin, einen Tag nachdem er mit dem "
     "chinesischen Präsidenten Xi Jinping gesprochen hatte."),
]


@pytest.mark.parametrize(("lang", "text"), _AFTER)
def test_a_side_clause_after_the_object_is_the_subjects(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                          text: str) -> None:
    assert pairs(real, make_doc, text, "2025-09-02", lang) == {"CHN-IND", "IND-RUS"}


def test_a_clause_with_its_own_subject_after_a_date_pairs_not_the_main_subject(real: RuleExtractor,
                                                                               make_doc: DocFactory) -> None:
    # ", a day after Modi had held talks with Xi": "after" closes the date and opens Modi's clause
    text = ("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Tianjin on Monday, "
            "a day after Modi had held talks with Chinese President Xi Jinping.")
    assert "CHN-RUS" not in pairs(real, make_doc, text, "2025-09-02", "en")


def test_an_object_pronoun_after_the_partner_is_the_partner(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Boris Johnson met Volodymyr Zelensky in Kyiv on Saturday. His trip came a day after that of "
            "European Commission President Ursula von der Leyen. On Friday she met Zelensky, handing him a "
            "questionnaire on EU membership.")
    got = pair_rows(real, make_doc, text, "2022-04-10", "en")
    assert ("EU-UKR", "in_person", "2022-04-08", "occurred") in got
    assert ("GBR-UKR", "in_person", "2022-04-08", "occurred") not in got
