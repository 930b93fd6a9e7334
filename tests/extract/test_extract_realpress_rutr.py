"""Real-press review, Russian and Turkish: constructions agency and newspaper reports use that our sets
lacked (a subject set off by a comma before a list its postposition closes, a leader that only dates the
clause or is mourned, a host's pleasure in an infinitive, a call made by video); each on a real contact told
in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, extract_rows


def _pairs(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "status"))


# -- a Turkish subject before the list its "ile" closes ------------------------------------------------------

# Erdoğan met Xi Jinping (31 August 2025) and Putin (1 September 2025) in Tianjin, at the SCO summit.


def test_turkish_subject_comma_then_a_list_closed_by_ile_pairs_the_subject_only(real: RuleExtractor,
                                                                                make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan, Çin Devlet Başkanı Şi Cinping ve Rusya Devlet Başkanı Putin ile ayrı "
            "ayrı görüştü.")
    assert _pairs(real, make_doc, text, "2025-09-01", "tr") == [("CHN", "TUR", "in_person", "occurred"),
                                                               ("RUS", "TUR", "in_person", "occurred")]


def test_turkish_list_with_a_suffix_on_each_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Cumhurbaşkanı Erdoğan, Şi Cinping'le ve Putin'le görüştü."
    assert _pairs(real, make_doc, text, "2025-09-01", "tr") == [("CHN", "TUR", "in_person", "occurred"),
                                                               ("RUS", "TUR", "in_person", "occurred")]


# At the G20 summit in Johannesburg on 23 November 2025 Erdoğan met Macron, Meloni and Lawrence Wong.


def test_turkish_list_after_a_dropped_subject_pairs_the_leader_in_focus(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan G20 zirvesi için Johannesburg'a gitti. Zirve marjında Fransa "
            "Cumhurbaşkanı Macron, İtalya Başbakanı Meloni ve Singapur Başbakanı Wong ile görüştü.")
    assert _pairs(real, make_doc, text, "2025-11-23", "tr") == [("FRA", "TUR", "in_person", "occurred"),
                                                               ("ITA", "TUR", "in_person", "occurred"),
                                                               ("SGP", "TUR", "in_person", "occurred")]


def test_three_turkish_subjects_with_no_postposition_still_met(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    # (a list with no "ile" after it is the subjects of a meeting verb, as before)
    text = "Erdoğan, Macron ve Meloni bir araya geldi."
    assert [r[:2] for r in _pairs(real, make_doc, text, "2025-11-23", "tr")] == [
        ("FRA", "ITA"), ("FRA", "TUR"), ("ITA", "TUR")]


# -- a leader who only dates the clause, or is mourned -------------------------------------------------------


def test_turkish_after_a_leader_is_a_time_not_a_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, Johannesburg'da Macron'dan sonra İtalya Başbakanı Meloni ile de görüştü."
    assert _pairs(real, make_doc, text, "2025-11-23", "tr") == [("ITA", "TUR", "in_person", "occurred")]
    text = "Erdoğan, Johannesburg'da Macron'un ardından İtalya Başbakanı Meloni'yi kabul etti."
    assert _pairs(real, make_doc, text, "2025-11-23", "tr") == [("ITA", "TUR", "in_person", "occurred")]


# Ebrahim Raisi died in a helicopter crash on 19 May 2024; Erdoğan posted his condolences the next day.


def test_turkish_mercy_wished_upon_a_leader_mourns_him(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Erdoğan, İran Cumhurbaşkanı Reisi'ye Allah'tan rahmet diledi ve İran halkına başsağlığı mesajı "
            "iletti.")
    assert _pairs(real, make_doc, text, "2024-05-19", "tr") == []


# -- a host's pleasure told in an infinitive is a plan -----------------------------------------------------

# On 19 September 2025 Trump announced he would receive Erdoğan at the White House on the 25th.


def test_turkish_infinitive_ablative_of_hosting_is_planned(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Trump, Erdoğan'ı Beyaz Saray'da ağırlamaktan memnuniyet duyduğunu yazdı."
    assert _pairs(real, make_doc, text, "2025-09-19", "tr") == [("TUR", "USA", "in_person", "planned")]


# -- a call made by video ------------------------------------------------------------------------------------

# Putin and Xi Jinping held a video call on 21 January 2025.


def test_russian_imperfective_call_by_video(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Путин и Си Цзиньпин созванивались по видео 21 января."
    assert extract_rows(real, make_doc, text, "2025-01-22", "ru", ("mode", "date")) == [
        ("CHN", "RUS", "video", "2025-01-21")]
    text = "Путин и Си Цзиньпин регулярно созваниваются."  # a habit, no call
    assert _pairs(real, make_doc, text, "2025-01-22", "ru") == []


# -- a pair's contacts listed by date, joined by commas alone -----------------------------------------------

# Putin and Xi Jinping held a video call on 21 January 2025 and talks in the Kremlin in May 2025.


def test_russian_second_contact_of_a_pair_opens_with_its_date_after_a_comma(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    text = "Путин говорил с Си Цзиньпином по видеосвязи 21 января, в мае — очная встреча в Кремле."
    assert extract_rows(real, make_doc, text, "2025-09-02", "ru", ("mode", "date")) == [
        ("CHN", "RUS", "in_person", "2025-05"), ("CHN", "RUS", "video", "2025-01-21")]


def test_a_date_listed_with_another_persons_contact_adds_nothing(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # (the later item names its own partner: no second contact of the first pair)
    text = "Путин говорил с Си Цзиньпином по видеосвязи 21 января, в мае — переговоры с Моди."
    got = extract_rows(real, make_doc, text, "2025-09-02", "ru", ("mode", "date"))
    assert ("CHN", "RUS", "video", "2025-01-21") in got
    assert ("CHN", "RUS", "in_person", "2025-05") not in got


# -- the "ed-" stem of "kabul et-" before a vowel ------------------------------------------------------------

# Trump announced on 19 September 2025 that he would receive Erdoğan at the White House on the 25th.


def test_turkish_reception_in_the_future_with_its_ed_stem_is_planned(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = "ABD Başkanı Trump, Erdoğan'ı 25 Eylül'de Beyaz Saray'da kabul edeceğini açıkladı."
    assert extract_rows(real, make_doc, text, "2025-09-19", "tr", ("mode", "date", "status")) == [
        ("TUR", "USA", "in_person", "2025-09-25", "planned")]


# -- a greeting whose conversation the next sentence tells ---------------------------------------------------

# Emomali Rahmon phoned Tokayev on 21 March 2019 to greet him for Nauryz, two days after he took office.


def test_russian_greeting_followed_by_its_conversation_is_a_call(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = ("Касым-Жомарта Токаева с Наурызом поздравил президент Таджикистана Эмомали Рахмон. Беседа прошла "
            "по инициативе таджикской стороны.")
    assert extract_rows(real, make_doc, text, "2019-03-21", "ru", ("mode",)) == [("KAZ", "TJK", "phone")]
    # (a message stays a message, whatever is said of it next)
    text = ("Эмомали Рахмон направил Касым-Жомарту Токаеву поздравительное послание. Беседа прошла по "
            "инициативе таджикской стороны.")
    assert extract_rows(real, make_doc, text, "2019-03-21", "ru", ("mode",)) == [("KAZ", "TJK", "written")]
