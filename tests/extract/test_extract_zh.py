"""Chinese (zh): reports written by us about real contacts, in the style of Xinhua and People's Daily.

Han text has no spaces: the tokenizer makes each Han character a token, the phrase index finds the words it
knows as runs of characters, and the characters no phrase covers are joined back into one token a run. Most
cases name the leaders by country and title ("美国总统", "国家主席"), which the zh lexicon carries; the
names alone ("普京", "冯德莱恩") come from the gazetteer's Chinese names.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import build_date_index, find_dates, resolve
from ingest.extract.lexicon.zh import LEXICON
from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from ingest.extract.tokens import fold_phrase, tokenize
from tests.extract.rows import DocFactory, Row, extract_rows, held_rows


def _status(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, "zh", ("mode", "date", "status"))


# -- reading Han text ---------------------------------------------------------------------------------------


def test_han_text_is_one_character_a_token_with_digits_and_latin_words_whole() -> None:
    tokens = tokenize("新华社北京11月24日电 G20峰会")
    assert [t.form for t in tokens] == ["新", "华", "社", "北", "京", "11", "月", "24", "日", "电", "g20",
                                        "峰", "会"]
    assert [(t.start, t.end) for t in tokens[:2]] == [(0, 1), (1, 2)]
    # a lexicon phrase or an alias folds the same way, so "马克龙" in a text meets the alias "马克龙"
    assert fold_phrase("马克龙") == ("马", "克", "龙")
    assert fold_phrase("穆罕默德·本·萨勒曼") == ("穆", "罕", "默", "德", "本", "萨", "勒", "曼")


def test_a_text_without_han_keeps_its_words_whole() -> None:
    assert [t.form for t in tokenize("Putin met Erdoğan")] == ["putin", "met", "erdogan"]


def test_chinese_sentences_end_at_full_width_stops_with_no_space() -> None:
    text = "习近平同马克龙通电话。两国元首交换了意见！双方同意保持沟通；“这很重要。”"
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "习近平同马克龙通电话。", "两国元首交换了意见！", "双方同意保持沟通；", "“这很重要。”"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("2025年11月24日", "2025-11-30", ("2025-11-24", "day")),
    ("11月24日", "2025-11-30", ("2025-11-24", "day")),
    # a day alone is of the publication month, or of the month before when it would lie ahead
    ("24日", "2025-11-30", ("2025-11-24", "day")),
    ("24日", "2025-12-02", ("2025-11-24", "day")),
    ("去年10月", "2025-01-21", ("2024-10", "month")),
    ("昨天", "2024-07-10", ("2024-07-09", "day")),
    ("星期三", "2023-11-16", ("2023-11-15", "day")),
])
def test_chinese_dates(text: str, published: str, expected: tuple[str, str]) -> None:
    tokens = tokenize(text)
    exprs = find_dates(build_date_index([LEXICON]), tokens, text, 0, len(tokens))
    assert len(exprs) == 1
    assert resolve(exprs[0], date.fromisoformat(published)) == expected


# -- who, how and when -------------------------------------------------------------------------------------

# Xi Jinping took Donald Trump's call on the evening of 5 June 2025: "应约" says Trump asked for it.


def test_a_call_with_the_dateline_and_the_caller(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("新华社北京6月5日电 国家主席习近平5日晚应约同美国总统特朗普通电话。"
            "两国元首就中美经贸关系交换了意见，同意两国经贸团队继续磋商。")
    got = real.extract(make_doc(text, "2025-06-05", lang="zh"))
    assert [(sorted((c.a.country, c.b.country)), c.mode, c.date, c.status) for c in got] == [
        (["CHN", "USA"], "phone", "2025-06-05", "occurred")]
    assert got[0].sources[0].assertion.initiator == "donald-trump"
    assert "trade_economy" in got[0].sources[0].assertion.topics


# Xi held talks with Putin in the Kremlin on 8 May 2025, during his state visit to Russia.


def test_talks_during_a_state_visit(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("国家主席习近平当地时间8日在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。"
            "习近平此次对俄罗斯进行国事访问，并出席纪念苏联伟大卫国战争胜利80周年庆典。")
    got = real.extract(make_doc(text, "2025-05-09", lang="zh"))
    assert [(sorted((c.a.country, c.b.country)), c.mode, c.date) for c in got if c.status == "occurred"] == [
        (["CHN", "RUS"], "in_person", "2025-05-08")]
    assert got[0].setting == "visit"


# Modi's talks with Putin in Moscow on 9 July 2024, reported the next day; Li Qiang met Albanese in
# Canberra on 17 June 2024 ("国务院总理" is China's premier).


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("俄罗斯总统普京昨天在莫斯科同到访的印度总理莫迪举行会谈，双方讨论了能源和贸易合作。", "2024-07-10",
     [("IND", "RUS", "in_person", "2024-07-09")]),
    ("国务院总理李强17日在堪培拉同澳大利亚总理阿尔巴尼斯举行年度会晤。", "2024-06-18",
     [("AUS", "CHN", "in_person", "2024-06-17")]),
    # Xi and Biden met at Filoli near San Francisco on Wednesday 15 November 2023
    ("国家主席习近平星期三在美国旧金山同美国总统拜登举行会晤。", "2023-11-16",
     [("CHN", "USA", "in_person", "2023-11-15")]),
    # the Xi-Biden virtual meeting on the morning of 16 November 2021, Beijing time
    ("国家主席习近平11月16日上午在北京同美国总统拜登举行视频会晤。", "2021-11-16",
     [("CHN", "USA", "video", "2021-11-16")]),
    # Xi and Putin exchanged messages on the 75th anniversary of their countries' ties, 2 October 2024
    ("10月2日，国家主席习近平同俄罗斯总统普京互致贺电，庆祝两国建交75周年。", "2024-10-03",
     [("CHN", "RUS", "written", "2024-10-02")]),
    # Macron arrived in Beijing on 3 December 2025; the talks with Xi were the next day
    ("法国总统马克龙12月3日抵达北京，开始对中国进行国事访问。次日，国家主席习近平在人民大会堂同马克龙举行会谈。",
     "2025-12-05", [("CHN", "FRA", "in_person", "2025-12-04")]),
])
def test_held_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                       expected: list[Row]) -> None:
    assert held_rows(real, make_doc, text, published, "zh") == expected


def test_a_day_alone_reported_after_the_month_turned(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi and Trump spoke by phone on 24 November 2025
    text = "国家主席习近平24日同美国总统特朗普通电话，双方谈到了乌克兰危机。"
    assert held_rows(real, make_doc, text, "2025-12-01", "zh") == [("CHN", "USA", "phone", "2025-11-24")]


def test_the_two_heads_of_state_with_a_third_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Paris, 6 May 2024: Xi and Macron held talks, then both met von der Leyen
    text = ("5月6日，国家主席习近平在爱丽舍宫与法国总统马克龙会谈。随后两国元首又与欧盟委员会主席冯德莱恩"
            "一起举行三方会晤，讨论了经贸问题。")
    assert held_rows(real, make_doc, text, "2024-05-07", "zh") == [
        ("CHN", "EU", "in_person", "2024-05-06"), ("CHN", "FRA", "in_person", "2024-05-06"),
        ("EU", "FRA", "in_person", "2024-05-06")]


# -- what is no contact that occurred -----------------------------------------------------------------------


def test_an_announced_meeting_is_planned(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the White House announced the Busan meeting of 30 October 2025 days before
    text = "白宫宣布，美国总统特朗普将于10月30日在韩国同国家主席习近平会晤。"
    assert _status(real, make_doc, text, "2025-10-27") == [
        ("CHN", "USA", "in_person", "2025-10-30", "planned")]


def test_a_sentence_of_verbs_under_one_future_marker_is_planned(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # Zelensky said on 16 August 2025 he would go to Washington on the 18th to meet Trump
    text = "乌克兰总统泽连斯基16日表示，他将于18日前往华盛顿，在白宫同美国总统特朗普会晤。"
    assert _status(real, make_doc, text, "2025-08-16") == [
        ("UKR", "USA", "in_person", "2025-08-18", "planned")]


@pytest.mark.parametrize("text", [
    # no meeting with Kim Jong Un on Trump's Asian tour of October 2025
    "美国总统特朗普此次亚洲之行没有同朝鲜最高领导人金正恩会面。",
    # the foreign ministers' call of 27 October 2025: ministers are no leaders
    "中国外交部长王毅27日同美国国务卿鲁比奥通电话。",
    # Rubio and Lavrov, ministers, spoke by phone on 20 October 2025; Rubio was in Kuala Lumpur in July:
    # "鲁比奥" ends with "比奥", Julius Maada Bio's surname, which it is not
    "美国国务卿鲁比奥本月同俄罗斯外长拉夫罗夫通电话。鲁比奥还于7月访问了马来西亚。",
])
def test_no_contact(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-10-30", "zh") == []


def test_a_presidential_aide_is_no_president(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Anchorage, 15 August 2025: Ushakov sat in as Putin's aide
    text = ("美国总统特朗普和俄罗斯总统普京15日在阿拉斯加会晤。俄方出席的有外长拉夫罗夫和总统助理乌沙科夫，"
            "双方讨论了乌克兰问题。")
    assert held_rows(real, make_doc, text, "2025-08-16", "zh") == [("RUS", "USA", "in_person", "2025-08-15")]


@pytest.mark.parametrize(("text", "published"), [
    # Rio de Janeiro, 18 November 2024: attending the G20's opening together is no contact
    ("二十国集团领导人峰会18日在巴西里约热内卢开幕，国家主席习近平、美国总统拜登、印度总理莫迪等与会领导人"
     "出席开幕式。", "2024-11-19"),
    # Moscow, 6 August 2025: Witkoff was Trump's envoy ("特朗普的特使"), no president
    ("俄罗斯总统普京6日在克里姆林宫会见了美国总统特朗普的特使威特科夫。", "2025-08-07"),
    # the Kremlin denied on 11 November 2024 a report of a Putin-Trump call
    ("克里姆林宫发言人佩斯科夫11日否认了俄罗斯总统普京同特朗普通过电话的报道。", "2024-11-12"),
])
def test_no_contact_of_two_leaders(real: RuleExtractor, make_doc: DocFactory, text: str,
                                    published: str) -> None:
    assert held_rows(real, make_doc, text, published, "zh") == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Kyiv, 10 May 2025: three leaders listed as subjects met Zelensky, whom "同" names before the verb
    ("德国总理默茨、法国总统马克龙和英国首相斯塔默10日一同抵达基辅，同乌克兰总统泽连斯基会谈。", "2025-05-11",
     [("DEU", "UKR", "in_person", "2025-05-10"), ("FRA", "UKR", "in_person", "2025-05-10"),
      ("GBR", "UKR", "in_person", "2025-05-10")]),
    # the press's one-character countries before a title: the Putin-Trump call of 18 March 2025
    ("俄总统普京18日与美总统特朗普通电话，双方讨论了乌克兰问题。", "2025-03-19",
     [("RUS", "USA", "phone", "2025-03-18")]),
])
def test_lists_and_short_country_forms(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                                       expected: list[Row]) -> None:
    assert held_rows(real, make_doc, text, published, "zh") == expected


def test_two_earlier_dates_joined_by_he(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Sánchez met Xi in Beijing on 11 April 2025, after visits in March 2023 and September 2024
    text = ("国家主席习近平11日在北京会见西班牙首相桑切斯。2023年3月和2024年9月，桑切斯曾两度访华并同习近平"
            "会晤。")
    assert held_rows(real, make_doc, text, "2025-04-12", "zh") == [
        ("CHN", "ESP", "in_person", "2023-03"), ("CHN", "ESP", "in_person", "2024-09"),
        ("CHN", "ESP", "in_person", "2025-04-11")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Sochi, 4 September 2023: the first meeting since Erdoğan's re-election in May, which dates no meeting
    ("俄罗斯总统普京4日在索契接待了土耳其总统埃尔多安。这也是埃尔多安今年5月再次当选以来两位领导人的首次会面。",
     "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")]),
    # Riyadh, 14 May 2025: the countries before "两国元首" name the pair
    ("美国总统特朗普14日在利雅得会见了叙利亚总统沙拉，这是25年来美国和叙利亚两国元首首次会面。", "2025-05-15",
     [("SYR", "USA", "in_person", "2025-05-14")]),
])
def test_since_an_event_and_two_named_heads_of_state(real: RuleExtractor, make_doc: DocFactory, text: str,
                                                     published: str, expected: list[Row]) -> None:
    assert held_rows(real, make_doc, text, published, "zh") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Xi's state visit to Pyongyang in June 2019 met its head of state, whom the sentence does not name
    ("2019年6月，国家主席习近平对朝鲜进行国事访问。", "2025-09-04", [("CHN", "PRK", "in_person", "2019-06")]),
    # Trump's visit to India in February 2020
    ("2020年2月，美国总统特朗普访问了印度。", "2025-02-14", [("IND", "USA", "in_person", "2020-02")]),
    # Macron's state visit to China, 3 to 5 December 2025: a span is dated by its first day
    ("法国总统马克龙12月3日至5日对中国进行国事访问。", "2025-12-06",
     [("CHN", "FRA", "in_person", "2025-12-03")]),
    # the next leg of Trump's Gulf tour, 14 May 2025, with no calendar date: no meeting told
    ("美国总统特朗普当天随后前往卡塔尔访问。", "2025-05-14", []),
])
def test_a_dated_visit_meets_the_host(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                                      expected: list[Row]) -> None:
    assert held_rows(real, make_doc, text, published, "zh") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Xi's state visit to France in May 2024 was his first since the one of March 2019
    ("这是国家主席习近平2019年以来再次对法国进行国事访问。", "2024-05-07",
     [("CHN", "FRA", "in_person", "2019")]),
    # Erdoğan in Sochi, September 2023: "since his re-election in May" dates the election, no visit
    ("这是土耳其总统埃尔多安今年5月连任以来首次访问俄罗斯。", "2023-09-05", []),
])
def test_an_earlier_visit_a_since_names(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                                        expected: list[Row]) -> None:
    assert held_rows(real, make_doc, text, published, "zh") == expected


def test_leaders_who_sit_in_or_join_by_phone(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Riyadh, 14 May 2025: Trump met al-Sharaa; the crown prince sat in, Erdoğan joined by phone
    text = ("美国总统特朗普14日在利雅得会见了叙利亚总统沙拉，沙特王储穆罕默德在座，土耳其总统埃尔多安通过电话"
            "参加了会见。")
    assert held_rows(real, make_doc, text, "2025-05-15", "zh") == [
        ("SAU", "SYR", "in_person", "2025-05-14"), ("SAU", "TUR", "phone", "2025-05-14"),
        ("SAU", "USA", "in_person", "2025-05-14"), ("SYR", "TUR", "phone", "2025-05-14"),
        ("SYR", "USA", "in_person", "2025-05-14"), ("TUR", "USA", "phone", "2025-05-14")]


def test_with_japan_is_no_same_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lima, 15 November 2024: "同日本首相" is "with Japan's prime minister", not "同日" (the same day)
    text = "新华社利马11月20日电 国家主席习近平15日在利马同日本首相石破茂举行会谈。"
    assert held_rows(real, make_doc, text, "2024-11-20", "zh") == [("CHN", "JPN", "in_person", "2024-11-15")]


@pytest.mark.parametrize(("text", "expected"), [
    # Houston, September 2019: Trump and Modi at the "Howdy, Modi!" rally, time and place before the verb
    ("特朗普和莫迪曾于2019年9月在休斯敦共同出席集会。", [("IND", "USA", "in_person", "2019-09")]),
    # three leaders at a summit's opening attend it: no pair met
    ("2024年11月18日，习近平、拜登和莫迪在里约热内卢共同出席二十国集团峰会开幕式。", []),
])
def test_a_joint_appearance_of_two(real: RuleExtractor, make_doc: DocFactory, text: str,
                                   expected: list[Row]) -> None:
    assert held_rows(real, make_doc, text, "2025-02-14", "zh") == expected


def test_the_two_countries_sides_are_no_pair_of_leaders(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi and Trump spoke on 5 June 2025; the trade teams had met in Geneva in May
    text = "国家主席习近平5日同美国总统特朗普通电话。上个月，中美双方在日内瓦举行经贸会谈。"
    assert held_rows(real, make_doc, text, "2025-06-06", "zh") == [("CHN", "USA", "phone", "2025-06-05")]
