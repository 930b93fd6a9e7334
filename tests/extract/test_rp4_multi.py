"""Real-press review, round four: reports of several contacts, in all languages (constructions, our words).

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def test_a_turkish_list_goes_on_over_an_alliance_chief(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Erdoğan phoned Trump, Rutte (NATO's secretary-general, no leader) and von der Leyen in early March 2026.
    # "NATO Genel" stood outside the chief's chunk, so the list broke there and Trump, before it, lost the
    # verb at the sentence's end.
    text = ("Cumhurbaşkanı Erdoğan cumartesi günü Amerika Başkanı Donald Trump, NATO Genel Sekreteri Rutte "
            "ve AB Komisyonu Başkanı Ursula von der Leyen ile telefonda ayrı ayrı konuştu.")
    day = "2026-03-07"
    assert pair_rows(real, make_doc, text, day, "tr") == [("EU-TUR", P, day, OK), ("TUR-USA", P, day, OK)]


def test_a_long_name_and_a_title_read_apart_keep_a_list(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same day Erdoğan also spoke with the Saudi premier, the emir of Kuwait, the UAE's president and
    # Aliyev. The emir's long name is spelt otherwise in the names file, and the UAE president's title and
    # name were two mentions a word apart: the list broke twice, and its first partner lost the verb.
    text = ("Erdoğan aynı gün Suudi Arabistan Başbakanı Muhammed bin Selman, Kuveyt Emiri Şeyh Mişal El "
            "Ahmed El Cabir El Sabah, Birleşik Arap Emirlikleri Devlet Başkanı Şeyh Muhammed bin Zayed ve "
            "Azerbaycan Cumhurbaşkanı İlham Aliyev ile de telefonla konuştu.")
    day = "2026-03-07"
    assert pair_rows(real, make_doc, text, day, "tr") == [
        ("ARE-TUR", P, day, OK), ("AZE-TUR", P, day, OK), ("KWT-TUR", P, day, OK), ("SAU-TUR", P, day, OK)]


def test_the_african_union_chair_in_a_list_after_a_pronoun(real: RuleExtractor, make_doc: DocFactory) -> None:
    # At the New Delhi G20 (10 September 2023) Modi met Yoon, Erdogan and Azali Assoumani, Comoros's
    # president and the AU's chair. "African Union" before the title broke the list, and with a pronoun
    # subject its first partner was read as the one who met the others.
    text = ("Indian Prime Minister Narendra Modi hosted the G20 leaders in New Delhi at the weekend. On "
            "Sunday he also held talks with President Yoon Suk Yeol of South Korea, President Recep Tayyip "
            "Erdogan of Turkey and African Union President Azali Assoumani.")
    day = "2023-09-10"
    assert pair_rows(real, make_doc, text, "2023-09-11", "en") == [
        ("COM-IND", V, day, OK), ("IND-KOR", V, day, OK), ("IND-TUR", V, day, OK)]


def test_an_airport_named_after_a_past_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Faye landed in Abidjan on 7 May 2024 and was received by Ouattara; the airport bears the name of Côte
    # d'Ivoire's first president, who was read as a leader on a page with no date.
    text = ("Le chef de l'État sénégalais Bassirou Diomaye Faye a été accueilli lundi soir à l'aéroport "
            "Félix "
            "Houphouët-Boigny par des ministres ivoiriens. Il a ensuite été reçu au palais par son homologue "
            "Alassane Ouattara.")
    assert pair_rows(real, make_doc, text, "", "fr") == [("CIV-SEN", V, "", OK)]


def test_an_airport_named_after_a_king_before_its_noun(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden flew into Jeddah on 15 July 2022 and met King Salman: "King" of the airport's name was read as
    # a surname (Saint Lucia's Stephenson King) and took the king's place as Biden's partner.
    text = ("President Joe Biden arrived at King Abdulaziz International Airport in Jeddah and then met King "
            "Salman and the crown prince.")
    assert pair_rows(real, make_doc, text, "", "en") == [("SAU-USA", V, "", OK)]


def test_a_list_telling_again_partners_met_that_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi met Merkel and Conte in New York on Monday 23 September 2019, then a list of the UN session's
    # partners names them again. The list sentence took Sunday, the arrival's day, and as it names more than
    # two leaders it was read as another meeting: Merkel and Conte twice. A list of one leader's partners is
    # bilaterals, each the pair's contact told before.
    text = ("Prime Minister Narendra Modi met German Chancellor Angela Merkel and Italian Prime Minister "
            "Giuseppe Conte in New York on Monday. The prime minister arrived in New York on Sunday night "
            "after a rally in Houston. On the margins of the General Assembly, Modi interacted with Merkel, "
            "Conte and Colombian President Ivan Duque.")
    got = pair_rows(real, make_doc, text, "2019-09-24", "en")
    assert [r[0] for r in got] == ["COL-IND", "DEU-IND", "IND-ITA"]
    assert ("DEU-IND", V, "2019-09-23", OK) in got and ("IND-ITA", V, "2019-09-23", OK) in got


def test_an_arabic_first_deputy_of_a_president(real: RuleExtractor, make_doc: DocFactory) -> None:
    # At the Riyadh summit of 11 November 2024 Mohammed bin Salman met Erdoğan and Iran's first
    # vice-president Mohammad Reza Aref: "the first deputy of the president of the Islamic Republic" was
    # read as Iran's president (Pezeshkian), a contact with each of the two.
    text = ("التقى الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في الرياض أمس الرئيس التركي رجب طيب "
            "أردوغان، كما التقى النائب الأول لرئيس الجمهورية الإيرانية محمد رضا عارف.")
    assert pair_rows(real, make_doc, text, "2024-11-12", "ar") == [("SAU-TUR", V, "2024-11-11", OK)]


def test_a_persian_list_goes_on_over_a_name_nothing_reads(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The calls of early March 2026 told in Persian, names before titles: von der Leyen's name in this
    # spelling is read by nothing, so the list broke before her title and Trump, first, lost the verb.
    text = ("رجب طیب اردوغان روز شنبه با دونالد ترامپ رئیس جمهور آمریکا، مارک روته دبیرکل ناتو و اورسولا "
            "فون در لاین رئیس کمیسیون اروپا تلفنی گفتگو کرد.")
    day = "2026-03-07"
    assert pair_rows(real, make_doc, text, "2026-03-08", "fa") == [
        ("EU-TUR", P, day, OK), ("TUR-USA", P, day, OK)]
