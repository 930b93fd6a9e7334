"""Pairs the text does not join, and parties we do not resolve: two leaders a sentence names who did not talk
with each other (two visits, a relative clause, parallel "with" partners, a dialogue as a means), and
contacts whose verb form we missed; each on a real contact told in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, extract_rows


def _pairs(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("status",))


# -- two visits compared are no meeting of their visitors ----------------------------------------------------

# Biden was in Kyiv on Monday 20 February 2023 and met Zelensky; Meloni came the next day.


def test_a_visit_told_after_another_leaders_visit_pairs_neither_visitor(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = ("La visita di Giorgia Meloni a Kiev è arrivata il giorno dopo quella del presidente americano "
            "Joe Biden, che lunedì aveva incontrato Zelensky.")
    assert _pairs(real, make_doc, text, "2023-02-22", "it") == [("UKR", "USA", "occurred")]


# -- a dialogue as the means of a settlement is no contact ---------------------------------------------------

# Modi met Zelensky and Macron at the G7 summit in Apulia on 14 June 2024.


def test_dialogue_as_a_means_does_not_join_two_objects(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Al G7 il premier indiano Narendra Modi ha incontrato il presidente ucraino Volodymyr Zelensky, "
            "al quale ha detto che la guerra va chiusa attraverso il dialogo, e poi il presidente francese "
            "Emmanuel Macron.")
    assert _pairs(real, make_doc, text, "2024-06-14", "it") == [("FRA", "IND", "occurred"),
                                                              ("IND", "UKR", "occurred")]


# Lula spoke at the UN General Assembly in New York in September 2023.


def test_a_dialogue_urged_between_two_leaders_is_no_contact(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = "Lula defendió en Nueva York una salida a la guerra a través del diálogo entre Putin y Zelenski."
    assert _pairs(real, make_doc, text, "2023-09-21", "es") == []
    text = "Lula defendeu em Nova York uma saída para a guerra por meio do diálogo entre Putin e Zelensky."
    assert _pairs(real, make_doc, text, "2023-09-21", "pt") == []


# -- each partner after a "with" of its own ------------------------------------------------------------------

# Putin phoned Netanyahu, al-Sisi and Abbas on Monday 16 October 2023.


def test_a_counterpart_and_a_leader_each_after_with_are_not_paired(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("Путин в понедельник поговорил по телефону с Нетаньяху, Сиси и Аббасом. С египетским коллегой "
            "речь шла о гуманитарной помощи, с Аббасом - о прекращении огня.")
    got = _pairs(real, make_doc, text, "2023-10-17", "ru")
    assert ("EGY", "PSE", "occurred") not in got
    assert ("EGY", "RUS", "occurred") in got and ("PSE", "RUS", "occurred") in got


# -- a Japanese clause that modifies a leader ----------------------------------------------------------------

# At the G7 in Kananaskis Ishiba met Trump on 16 June 2025 and Lee Jae-myung on 17 June; Lula met Putin in
# Moscow on 9 May 2025 and Xi in Beijing on 13 May.


def test_a_leader_modified_by_a_meeting_clause_is_the_main_clauses_subject(real: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    text = "トランプ大統領と会談した石破首相は、翌17日、韓国の李在明大統領と会談した。"
    assert _pairs(real, make_doc, text, "2025-06-18", "ja") == [("JPN", "KOR", "occurred"),
                                                              ("JPN", "USA", "occurred")]


def test_an_object_modified_by_a_meeting_clause_met_its_partner_only(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = "習近平国家主席は13日、北京で、モスクワでプーチン大統領と会談したルラ大統領と会談した。"
    assert _pairs(real, make_doc, text, "2025-05-14", "ja") == [("BRA", "CHN", "occurred"),
                                                              ("BRA", "RUS", "occurred")]


# -- verb forms we missed ------------------------------------------------------------------------------------

# Biden phoned Pope Francis on 11 January 2025 to award him the Presidential Medal of Freedom; Modi and
# Ishiba held their annual summit in Tokyo on 29 August 2025.


def test_an_italian_call_told_in_the_pluperfect(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "L'11 gennaio Joe Biden aveva telefonato a papa Francesco per dargli la medaglia della libertà."
    assert extract_rows(real, make_doc, text, "2025-04-27", "it", ("mode", "date")) == [
        ("USA", "VAT", "phone", "2025-01-11")]


def test_two_leaders_holding_their_summit_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Modi and Prime Minister Shigeru Ishiba held their annual summit in Tokyo on Friday, August 29."
    assert _pairs(real, make_doc, text, "2025-09-01", "en") == [("IND", "JPN", "occurred")]


# Trump phoned Putin on 18 March 2025 and Zelensky the next day; at the G7 in Kananaskis Ishiba met Trump on
# 16 June 2025 and Lee Jae-myung on 17 June.


def test_a_call_clause_modifying_its_caller_pairs_the_caller_only(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    text = "プーチン大統領と電話会談したトランプ大統領は、翌19日、ゼレンスキー大統領とも電話で話した。"
    assert _pairs(real, make_doc, text, "2025-03-20", "ja") == [("RUS", "USA", "occurred"),
                                                              ("UKR", "USA", "occurred")]


def test_a_korean_attributive_clause_modifies_the_leader_after_it(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    text = "트럼프 대통령과 회담한 이시바 총리는 다음 날 이재명 대통령과도 회담했다."
    assert _pairs(real, make_doc, text, "2025-06-18", "ko") == [("JPN", "KOR", "occurred"),
                                                              ("JPN", "USA", "occurred")]


# -- what is said in a side clause ends with it --------------------------------------------------------------


def test_a_partner_after_a_relative_clause_of_speech_is_the_subjects(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("Il premier indiano Narendra Modi ha incontrato il presidente ucraino Volodymyr Zelensky, al "
            "quale ha spiegato che l'India vuole la pace, e il presidente francese Emmanuel Macron.")
    assert _pairs(real, make_doc, text, "2024-06-14", "it") == [("FRA", "IND", "occurred"),
                                                              ("IND", "UKR", "occurred")]


# Cameron came to Paris on Monday 23 November 2015 and paid tribute with Hollande at the Bataclan.


def test_a_tribute_paid_together_is_a_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Lundi à Paris, le Premier ministre britannique David Cameron s'est recueilli avec François "
            "Hollande devant le Bataclan.")
    assert extract_rows(real, make_doc, text, "2015-11-24", "fr", ("mode", "date")) == [
        ("FRA", "GBR", "in_person", "2015-11-23")]


# At the G7 in Kananaskis on Monday 16 June 2025 Ishiba had about half an hour with Trump.


def test_minutes_granted_with_a_leader_are_a_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "On Monday Japan's prime minister, Shigeru Ishiba, got 30 minutes with Trump at the G7."
    assert extract_rows(real, make_doc, text, "2025-06-17", "en", ("mode", "date")) == [
        ("JPN", "USA", "in_person", "2025-06-16")]


# Trump and Ishiba met at the White House on 7 February 2025.


def test_a_leader_talked_about_in_japanese_is_no_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "トランプ大統領は7日、石破首相との会談で、プーチン大統領について言及した。"
    assert _pairs(real, make_doc, text, "2025-02-08", "ja") == [("JPN", "USA", "occurred")]


# Trump and Putin spoke by phone on 18 March 2025; Ishiba spoke with Trump by phone on 7 April 2025.


def test_a_japanese_nominalized_clause_with_its_own_subject_pairs_its_leaders(real: RuleExtractor,
                                                                              make_doc: DocFactory) -> None:
    text = "石破首相は19日、トランプ大統領がプーチン大統領と18日に電話で会談したことを評価した。"
    assert _pairs(real, make_doc, text, "2025-03-19", "ja") == [("RUS", "USA", "occurred")]
    text = "石破首相は、トランプ大統領と7日に電話で会談したことを明らかにした。"
    assert _pairs(real, make_doc, text, "2025-04-08", "ja") == [("JPN", "USA", "occurred")]


# Trump and Putin met in Anchorage, Alaska, on 15 August 2025.


def test_a_japanese_meeting_owned_by_two_leaders_is_theirs(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "石破首相は16日、トランプ大統領とプーチン大統領のアラスカでの15日の首脳会談を歓迎した。"
    assert _pairs(real, make_doc, text, "2025-08-16", "ja") == [("RUS", "USA", "occurred")]
