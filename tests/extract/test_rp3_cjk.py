"""Real-press review, round three (ko, ja, zh, it, pt): real contacts told in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def _named(real: RuleExtractor, make_doc: DocFactory, text: str, published: str | None,
           lang: str) -> list[tuple[str, str, str | None, str]]:
    """Occurred contacts as (pair, the home side's leader, date, mode)."""
    got = real.extract(make_doc(text, published, lang=lang))
    return sorted(("-".join(sorted((c.a.country, c.b.country))), c.a.name if c.a.country in ("KOR", "JPN")
                   else c.b.name, c.date, c.mode) for c in got if c.status == "occurred")


# Yoon Suk Yeol held a row of bilateral meetings in New York at the UN General Assembly on 18-19 September
# 2023, among them with Petr Pavel (Czechia), Evariste Ndayishimiye (Burundi, relations since 1991) and Mette
# Frederiksen (Denmark; the two countries' green growth alliance dates from 2011).


def test_a_korean_surname_and_title_in_an_undated_report_is_the_leader_named_before(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # "윤 대통령" after "윤석열 대통령": no day tells who held the office, the surname tells who is meant
    text = ("윤석열 대통령은 유엔총회 참석차 뉴욕에 도착했다. "
            "윤 대통령은 페트르 파벨 체코 대통령과 취임 후 첫 회담을 하고 원전 협력을 논의했다.")
    assert _named(real, make_doc, text, None, "ko") == [("CZE-KOR", "Yoon Suk-yeol", None, "in_person")]


def test_a_korean_year_of_diplomatic_ties_is_no_date_of_the_meeting(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # "1991년 수교 이래": since relations began in 1991; the meeting is the report's
    text = "윤석열 대통령은 에바리스트 은다이시미예 부룬디 대통령과 1991년 수교 이래 첫 양자 회담을 했다."
    assert [r[::2] for r in _named(real, make_doc, text, "2023-09-19", "ko")] == [("BDI-KOR", "2023-09-19")]


def test_a_year_inside_a_quote_is_no_date_of_the_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("윤석열 대통령은 18일 메테 프레데릭센 덴마크 총리와 만나 "
            "\"2011년 시작된 녹색성장동맹을 더 키우자\"고 말했다.")
    assert [r[::2] for r in _named(real, make_doc, text, "2023-09-19", "ko")] == [("DNK-KOR", "2023-09-18")]
    # a quote that holds the cue keeps its date
    text = "\"윤석열 대통령이 18일 프레데릭센 총리와 만났다\"고 대통령실이 밝혔다."
    assert [r[::2] for r in _named(real, make_doc, text, "2023-09-19", "ko")] == [("DNK-KOR", "2023-09-18")]


# Fumio Kishida hosted the G7 summit in Hiroshima; on 18 May 2023 he met Joe Biden (their last meeting had
# been in Washington in January) and in the evening Rishi Sunak over dinner.


def test_a_japanese_partner_of_a_country_compound_does_not_become_the_subject(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # "バイデン大統領との日米首脳会談": Biden is the partner; the next subjectless meeting is still Kishida's
    text = ("岸田首相は18日、広島に到着した。"
            "続いて午後6時からは、同じ会場でアメリカのバイデン大統領との日米首脳会談を行った。"
            "さらに夜には、市内の料亭でイギリスのスナク首相との首脳会談が開かれた。")
    assert [r[0] for r in _named(real, make_doc, text, None, "ja")] == ["GBR-JPN", "JPN-USA"]


def test_a_japanese_pair_told_again_does_not_move_the_subject(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    text = ("岸田首相は18日、広島に到着した。夕方、アメリカのバイデン大統領との日米首脳会談を行った。"
            "両首脳の対面での会談は1月のワシントン以来となる。"
            "夜には、イギリスのスナク首相との首脳会談が開かれた。")
    assert "GBR-JPN" in [r[0] for r in _named(real, make_doc, text, None, "ja")]


# Giorgia Meloni met Joe Biden and Recep Tayyip Erdogan at the G20 summit in Bali on 15 November 2022; Lula
# visited Portugal in April 2023, received by Marcelo Rebelo de Sousa, and met Antonio Costa.


def test_the_tenant_of_a_seat_of_government_is_its_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("A Bali Joe Biden ha avuto un incontro con Giorgia Meloni. "
            "Più tardi il capo di Palazzo Chigi ha visto il leader turco Recep Tayyip Erdogan.")
    assert [r[0] for r in pair_rows(real, make_doc, text, "2022-11-16", "it")] == ["ITA-TUR", "ITA-USA"]
    text = ("Em Lisboa, o presidente Marcelo Rebelo de Sousa recebeu Lula no Palácio de Belém. "
            "O inquilino do Planalto teve também um encontro com o primeiro-ministro António Costa.")
    assert [r[0] for r in pair_rows(real, make_doc, text, "2023-04-24", "pt")] == ["BRA-PRT", "BRA-PRT"]


# Yoon Suk Yeol and Fumio Kishida agreed in September 2022 to hold their first bilateral meeting in New York
# (held on 21 September); Peter O'Neill, prime minister of Papua New Guinea, hosted APEC in Port Moresby in
# November 2018 and met Scott Morrison there.


def test_a_korean_meeting_that_has_come_to_be_arranged_is_planned(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # "-게 됐다" after the verb that holds the meeting: an announcement, not a meeting held
    text = "윤석열 대통령과 기시다 후미오 일본 총리는 뉴욕에서 첫 양자회담을 갖게 됐다."
    assert [r[::3] for r in pair_rows(real, make_doc, text, "2022-09-15", "ko")] == [("JPN-KOR", "planned")]
    text = "윤석열 대통령과 기시다 후미오 일본 총리는 뉴욕에서 첫 양자회담을 가졌다."
    assert [r[::3] for r in pair_rows(real, make_doc, text, "2022-09-22", "ko")] == [("JPN-KOR", "occurred")]


def test_the_traditional_chinese_name_of_papua_new_guinea_is_its_country(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # (unread, its prime minister was the one named before: Singapore's)
    text = "新加坡總理李顯龍抵達莫士比港。巴布亞紐幾內亞總理歐尼爾與澳洲總理莫里森舉行會談。"
    assert [r[0] for r in pair_rows(real, make_doc, text, "2018-11-17", "zh")] == ["AUS-PNG"]
