"""Chinese and Japanese (the CJK pass): reports we wrote about real contacts, one test per mechanism.

Han numerals in dates, the longest known word at each position, the host of a visit to a parliamentary
republic, "the two sides" of a teams' talks, the home press's "首脳", a trilateral the day after the talks,
the Taiwanese and Hong Kong press's spellings, traditional characters and datelines, weekdays of last week,
an argument, a subject left out, a negation of another verb, the letters of two countries before "the two
leaders", "at the time" after a "since", a house number, and the contact as the topic of a "since".
"""

from __future__ import annotations

import pytest

from ingest.extract.han import han_number, join_unknown_han
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from ingest.extract.vocab import City, Place
from tests.extract.rows import DocFactory, Row, extract_rows


def _rows(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "date", "status"))


def _names(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> set[str]:
    return {p.name or "" for c in real.extract(make_doc(text, published, lang=lang)) for p in (c.a, c.b)}


def _places(real: RuleExtractor, text: str) -> set[str]:
    """The countries the places and cities of a Han text name, once its unknown characters are joined."""
    tokens = join_unknown_han(tokenize(text), (real.vocab,))
    return {p.iso3 for m in real.vocab.find(tokens) for p in m.payloads if isinstance(p, Place | City)}


# -- dates in Han numerals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("numerals", "value"), [
    ("二十八", 28), ("十一", 11), ("十", 10), ("三十", 30), ("五", 5), ("二〇二五", 2025), ("二零一九", 2019),
    ("十十", None), ("二十八九", None)])
def test_han_numbers(numerals: str, value: int | None) -> None:
    assert han_number(numerals) == value


# Xi Jinping and Donald Trump spoke by phone on 24 November 2025.
@pytest.mark.parametrize(("text", "published"), [
    ("二〇二五年十一月二十四日，国家主席习近平同美国总统特朗普通电话。", "2025-11-30"),
    ("十一月二十四日，国家主席习近平同美国总统特朗普通电话。", "2025-11-30"),
    ("二十四日，国家主席习近平同美国总统特朗普通电话。", "2025-11-30"),
    # a day of the month before
    ("上月二十四日，国家主席习近平同美国总统特朗普通电话。", "2025-12-02"),
])
def test_chinese_dates_in_han_numerals(real: RuleExtractor, make_doc: DocFactory, text: str,
                                       published: str) -> None:
    assert _rows(real, make_doc, text, published, "zh") == [
        ("CHN", "USA", "phone", "2025-11-24", "occurred")]


# Sanae Takaichi and Donald Trump spoke by phone on 25 November 2025.
@pytest.mark.parametrize("text", [
    "高市早苗首相は二十五日、トランプ米大統領と電話で会談した。",
    "高市早苗首相は十一月二十五日、トランプ米大統領と電話で会談した。",
])
def test_japanese_dates_in_kanji_numerals(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert _rows(real, make_doc, text, "2025-11-26", "ja") == [
        ("JPN", "USA", "phone", "2025-11-25", "occurred")]


def test_a_numeral_inside_a_word_is_no_date(real: RuleExtractor) -> None:
    # "星期一" (Monday) keeps its numeral; "一日" alone is as often "one day" as the first of the month
    tokens = join_unknown_han(tokenize("星期一一日之内"), (real.date_indexes["zh"],))
    assert [t.form for t in tokens][:3] == ["星", "期", "一"]
    assert "1" not in [t.form for t in tokens]
    assert "1" in [t.form for t in join_unknown_han(tokenize("十一月一日"), (real.date_indexes["zh"],))]


# -- the longest known word at each position --------------------------------------------------------------


def test_a_word_read_across_the_start_of_a_longer_word_is_none(real: RuleExtractor) -> None:
    # "许多哈萨克斯坦企业" (many Kazakh companies) holds Doha's "多哈" across "许多" and "哈萨克斯坦"
    assert _places(real, "许多哈萨克斯坦企业") == {"KAZ"}
    # alone, Doha is still Doha
    assert _places(real, "在多哈会晤") == {"QAT"}


# -- who a visit met ------------------------------------------------------------------------------------


def test_a_visit_to_a_parliamentary_republic_met_its_prime_minister(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    # Trump's visit to India of 24-25 February 2020: the talks were with Narendra Modi
    text = "2020年2月24日，特朗普访问了印度。"
    assert _rows(real, make_doc, text, "2020-02-26", "zh") == [
        ("IND", "USA", "in_person", "2020-02-24", "occurred")]
    assert "Narendra Modi" in _names(real, make_doc, text, "2020-02-26", "zh")
    # a presidential republic's visit still met its president: Xi in Pyongyang, June 2019
    text = "2019年6月20日，习近平对朝鲜进行国事访问。"
    assert "Kim Jong-un" in _names(real, make_doc, text, "2019-06-21", "zh")


# -- "the two sides" of a teams' talks --------------------------------------------------------------------


def test_the_two_sides_of_the_teams_talks_are_no_leaders(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi and Trump met in Busan on 30 October 2025; the trade teams had met in Kuala Lumpur on 25-26 October
    text = ("2025年10月30日，习近平同美国总统特朗普在釜山举行会晤。"
            "中美经贸团队10月25日至26日在吉隆坡举行磋商，双方就解决各自关切达成基本共识。")
    assert _rows(real, make_doc, text, "2025-10-31", "zh") == [
        ("CHN", "USA", "in_person", "2025-10-30", "occurred")]


# -- the Japanese press's "首脳" -------------------------------------------------------------------------


def test_the_home_side_of_a_leaders_word_is_the_prime_minister(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # Takaichi and Trump met at the Akasaka Palace on 28 October 2025: "日米首脳" with no name is Japan's
    # prime minister, not the Emperor
    text = "日米首脳は2025年10月28日、東京・元赤坂の迎賓館で会談した。"
    assert _rows(real, make_doc, text, "2025-10-29", "ja") == [
        ("JPN", "USA", "in_person", "2025-10-28", "occurred")]
    assert _names(real, make_doc, text, "2025-10-29", "ja") == {"Sanae Takaichi", "Donald Trump"}


def test_the_leaders_of_two_named_countries_are_not_the_last_pair(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # Takaichi spoke with Trump on 25 November 2025 and had met Xi in Gyeongju on 31 October: "日中首脳"
    # are Japan's and China's leaders, whoever the last pair was
    text = "高市早苗首相は25日、トランプ米大統領と電話で会談した。日中首脳は先月31日、韓国・慶州で会談した。"
    assert _rows(real, make_doc, text, "2025-11-26", "ja") == [
        ("CHN", "JPN", "in_person", "2025-10-31", "occurred"),
        ("JPN", "USA", "phone", "2025-11-25", "occurred")]


# -- a trilateral the day after the talks -----------------------------------------------------------------

# Kishida met Biden at the White House on 10 April 2024; on the 11th, after Kishida's address to Congress,
# the two held the first Japan-US-Philippines summit with Ferdinand Marcos Jr.


@pytest.mark.parametrize(("text", "lang"), [
    ("岸田文雄首相は2024年4月10日、ホワイトハウスでバイデン大統領と会談した。首相は11日に米議会で演説した。"
     "続いてフィリピンのマルコス大統領を交えた初の日米比首脳会談が開かれた。", "ja"),
    ("Japanese Prime Minister Fumio Kishida held talks with US President Joe Biden at the White House on "
     "April 10. On April 11 Kishida addressed a joint meeting of Congress. Biden, Kishida and Philippine "
     "President Ferdinand Marcos Jr. then held the first trilateral summit of the three countries.", "en"),
])
def test_a_trilateral_the_next_day_is_a_contact_of_its_own(real: RuleExtractor, make_doc: DocFactory,
                                                           text: str, lang: str) -> None:
    rows = _rows(real, make_doc, text, "2024-04-12", lang)
    assert ("JPN", "USA", "in_person", "2024-04-10", "occurred") in rows
    assert ("JPN", "USA", "in_person", "2024-04-11", "occurred") in rows
    assert ("JPN", "PHL", "in_person", "2024-04-11", "occurred") in rows or \
        ("PHL", "JPN", "in_person", "2024-04-11", "occurred") in rows


# -- the Taiwanese and Hong Kong press ---------------------------------------------------------------------


def test_taiwanese_spellings_and_traditional_characters(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin met in Anchorage on 15 August 2025; Trump and Xi spoke by phone on 24 November 2025
    text = "川普與普丁2025年8月15日在阿拉斯加會晤。"
    assert _rows(real, make_doc, text, "2025-08-16", "zh") == [
        ("RUS", "USA", "in_person", "2025-08-15", "occurred")]
    assert _names(real, make_doc, text, "2025-08-16", "zh") == {"Donald Trump", "Vladimir Putin"}
    assert _rows(real, make_doc, "習近平2025年11月24日同美國總統川普通電話。", "2025-11-25", "zh") == [
        ("CHN", "USA", "phone", "2025-11-24", "occurred")]
    # ministers in traditional characters are no leaders
    assert _rows(real, make_doc, "中國外長王毅同美國國務卿盧比奧通電話。", "2025-11-25", "zh") == []


# -- weekdays of last week ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    # the report is out on Thursday 27 November 2025: last week's Tuesday is the 18th, not the 25th
    ("上周二，国家主席习近平同美国总统特朗普通电话。", "zh"),
    ("高市早苗首相は先週火曜日、トランプ米大統領と電話で会談した。", "ja"),
])
def test_a_weekday_of_last_week(real: RuleExtractor, make_doc: DocFactory, text: str, lang: str) -> None:
    rows = _rows(real, make_doc, text, "2025-11-27", lang)
    assert [r[3] for r in rows] == ["2025-11-18"]


def test_a_weekday_of_this_week_is_the_one_gone_by(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi and Trump spoke on Monday 24 November 2025
    assert _rows(real, make_doc, "本周一，国家主席习近平同美国总统特朗普通电话。", "2025-11-27", "zh") == [
        ("CHN", "USA", "phone", "2025-11-24", "occurred")]


# -- an argument is a contact -------------------------------------------------------------------------------

# Zelensky returned to the White House on 18 August 2025, after the Oval Office clash of 28 February.


@pytest.mark.parametrize(("text", "lang"), [
    ("トランプ米大統領は18日、ホワイトハウスでウクライナのゼレンスキー大統領と会談した。"
     "ゼレンスキー氏のホワイトハウス訪問は、2月末にトランプ氏と激しい口論になって以来だ。", "ja"),
    ("特朗普18日在白宫同乌克兰总统泽连斯基会晤。这是泽连斯基2月底在白宫同特朗普发生激烈争吵以来首次访问白宫。",
     "zh"),
])
def test_an_argument_is_a_contact(real: RuleExtractor, make_doc: DocFactory, text: str, lang: str) -> None:
    assert [(r[0], r[1], r[3]) for r in _rows(real, make_doc, text, "2025-08-19", lang)] == [
        ("UKR", "USA", "2025-02"), ("UKR", "USA", "2025-08-18")]


# -- a subject left out ------------------------------------------------------------------------------------


def test_a_subject_left_out_is_the_leader_the_story_follows(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # Takaichi met Trump in Tokyo on 28 October 2025 and Xi in Gyeongju on 31 October; Japanese leaves out
    # the subject of the second sentence
    text = ("高市早苗首相は10月28日、東京でトランプ米大統領と会談した。"
            "31日には韓国・慶州で中国の習近平国家主席と初めて会談した。")
    assert _rows(real, make_doc, text, "2025-11-01", "ja") == [
        ("CHN", "JPN", "in_person", "2025-10-31", "occurred"),
        ("JPN", "USA", "in_person", "2025-10-28", "occurred")]


# -- the Taiwanese agency's dateline, a summit held, a negation of another verb ----------------------------


def test_a_dateline_that_names_the_day_alone(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Takaichi received Trump at the Akasaka Palace on 28 October 2025; the report is out the next day
    text = ("（中央社東京28日綜合外電報導）日本首相高市早苗今天在東京迎賓館與來訪的美國總統川普舉行會談，"
            "這是兩人首次面對面會晤。")
    assert _rows(real, make_doc, text, "2025-10-29", "zh") == [
        ("JPN", "USA", "in_person", "2025-10-28", "occurred")]


def test_a_summit_held_by_two_and_a_negation_of_another_verb(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # Putin and Trump met in Anchorage on 15 August 2025 and reached no ceasefire agreement
    for text in ("俄羅斯總統普丁與美國總統川普8月15日在阿拉斯加安克拉治舉行峰會，但未能達成停火協議。",
                 "普京与特朗普8月15日在阿拉斯加举行会谈，但没有达成停火协议。"):
        assert _rows(real, make_doc, text, "2025-08-16", "zh") == [
            ("RUS", "USA", "in_person", "2025-08-15", "occurred")], text
    # a negation before the verb's phrase still negates it
    assert _rows(real, make_doc, "普京与特朗普没有在阿拉斯加举行会谈。", "2025-08-16", "zh") == []
    # and so does one whose clause speaks of the contact again (Trump's claim to Time, April 2025, that
    # Xi had called him)
    text = "特朗普在接受采访时声称，习近平曾给他打过电话，但没有说明通话时间。"
    assert _rows(real, make_doc, text, "2025-04-26", "zh") == []


# -- the letters of two countries before "the two leaders" ------------------------------------------------


@pytest.mark.parametrize(("text", "published", "lang", "expected"), [
    # Xi received Macron in Beijing on 4 December 2025 and recalled his Busan meeting with Trump in October
    ("2025年12月4日，国家主席习近平在北京同法国总统马克龙举行会谈。习近平表示，今年10月中美元首在釜山会晤。",
     "2025-12-05", "zh", [("CHN", "FRA", "in_person", "2025-12-04", "occurred"),
                          ("CHN", "USA", "in_person", "2025-10", "occurred")]),
    ("2025年12月4日，国家主席习近平在北京同法国总统马克龙举行会谈。习近平指出，中美两国元首10月30日在釜山会晤。",
     "2025-12-05", "zh", [("CHN", "FRA", "in_person", "2025-12-04", "occurred"),
                          ("CHN", "USA", "in_person", "2025-10-30", "occurred")]),
    # Takaichi spoke with Trump on 25 November 2025; she had met Xi in Gyeongju on 31 October
    ("高市早苗首相は25日、トランプ米大統領と電話で会談した。日中両首脳は先月31日、韓国・慶州で会談した。",
     "2025-11-26", "ja", [("CHN", "JPN", "in_person", "2025-10-31", "occurred"),
                          ("JPN", "USA", "phone", "2025-11-25", "occurred")]),
])
def test_the_countries_before_the_two_leaders_name_them(real: RuleExtractor, make_doc: DocFactory, text: str,
                                                        published: str, lang: str,
                                                        expected: list[Row]) -> None:
    assert _rows(real, make_doc, text, published, lang) == expected


# -- "at the time" after a "since" ------------------------------------------------------------------------

# Trump came to Tokyo on 27 October 2025, his first visit as president since 2019, when he met Shinzo Abe.


@pytest.mark.parametrize(("text", "lang"), [
    ("トランプ氏は27日、羽田空港に到着した。大統領としての来日は2019年以来で、当時は安倍晋三首相と首脳会談を重ねた。",
     "ja"),
    ("特朗普27日抵达东京。这是他2019年以来首次访问日本，当时他同安倍晋三举行了会谈。", "zh"),
])
def test_at_the_time_after_a_since_dates_the_contact(real: RuleExtractor, make_doc: DocFactory, text: str,
                                                     lang: str) -> None:
    assert _rows(real, make_doc, text, "2025-10-28", lang) == [
        ("JPN", "USA", "in_person", "2019", "occurred")]
    assert "Shinzo Abe" in _names(real, make_doc, text, "2025-10-28", lang)


def test_a_house_number_is_no_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Starmer received Zelensky at Downing Street on 1 March 2025: "唐宁街10号" is the house, not the 10th
    for text in ("英国首相斯塔默今天在唐宁街10号会见乌克兰总统泽连斯基。",
                 "英國首相施凱爾今天在唐寧街10號會見烏克蘭總統澤倫斯基。"):
        assert _rows(real, make_doc, text, "2025-03-01", "zh") == [
            ("GBR", "UKR", "in_person", "2025-03-01", "occurred")], text


def test_the_contact_as_topic_before_a_since_names_the_earlier_one(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # Trump and Putin spoke on 16 October 2025; their last call before it was in August
    text = "トランプ大統領は16日、ロシアのプーチン大統領と電話で会談した。両首脳の電話会談は8月以来となる。"
    assert _rows(real, make_doc, text, "2025-10-17", "ja") == [
        ("RUS", "USA", "phone", "2025-08", "occurred"), ("RUS", "USA", "phone", "2025-10-16", "occurred")]


@pytest.mark.parametrize(("text", "published"), [
    ("モディ首相習近平国家主席と会談した。", "2025-08-31"),  # at the SCO summit in Tianjin
    ("ルラ大統領習近平国家主席と会談した。", "2025-05-13"),  # Lula's state visit to Beijing
])
def test_japanese_surname_against_the_next_leaders_name(real: RuleExtractor, make_doc: DocFactory,
                                                        text: str, published: str) -> None:
    # Kana and Han words stand against each other with no space: a surname with its title right before
    # another leader's name is a list of two, not one man's name as two Arabic words with no "and" are.
    assert len(_rows(real, make_doc, text, published, "ja")) == 1
