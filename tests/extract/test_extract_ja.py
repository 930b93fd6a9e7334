"""Japanese (ja): reports written by us about real contacts, in the style of NHK, Kyodo and the dailies.

Japanese writes no spaces and mixes three scripts: each Han character is a token, and so is each run of
hiragana (particles, endings) or katakana (foreign names). The press puts the name before the title
("インドのモディ首相") and the verb last ("…と会談した"); a bare "首相" is Japan's prime minister.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import build_date_index, find_dates, resolve
from ingest.extract.lexicon.ja import LEXICON
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import fold_phrase, tokenize
from ingest.extract.vocab import Name
from tests.extract.rows import DocFactory, Row, extract_rows


def _rows(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, "ja", ("mode", "date", "status"))


# -- reading Japanese text ----------------------------------------------------------------------------------


def test_japanese_is_cut_at_every_han_character_and_every_change_of_script() -> None:
    tokens = tokenize("プーチン氏と岸田首相は2023年、会談した")
    # katakana keeps its voicing marks ("プ" is not "フ"), as the gazetteer's katakana names do
    assert [t.form for t in tokens] == ["プーチン", "氏", "と", "岸", "田", "首", "相", "は", "2023", "年",
                                        "会", "談", "した"]
    assert (tokens[0].start, tokens[0].end) == (0, 4)
    assert fold_phrase("ドナルド・トランプ") == ("ドナルド", "トランプ")
    assert fold_phrase("会談しなかった") == ("会", "談", "しなかった")
    # a hiragana run with a negative ending also reads as "ない" (the lexicon's negation)
    assert [t.keys for t in tokenize("行われていないと")][1] == ("われていないと", "ない")
    assert tokenize("会談しました")[-1].keys == ("しました",)
    # and without the particle it opens with ("でそろって": "で" and "そろって")
    assert tokenize("東京でそろって")[-1].keys == ("でそろって", "そろって")
    # the hiragana day words NHK writes after the topic particle stand alone
    assert [t.form for t in tokenize("首相はきのう")] == ["首", "相", "は", "きのう"]


def test_chinese_and_other_texts_are_cut_as_before() -> None:
    assert [t.form for t in tokenize("习近平同马克龙通电话")] == list("习近平同马克龙通电话")
    assert [t.form for t in tokenize("Putin met Erdoğan")] == ["putin", "met", "erdogan"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("2025年11月28日", "2025-11-30", ("2025-11-28", "day")),
    ("11月28日", "2025-11-30", ("2025-11-28", "day")),
    # a day alone is of the publication month, or of the month before when it would lie ahead
    ("28日", "2025-12-02", ("2025-11-28", "day")),
    ("きのう", "2025-03-04", ("2025-03-03", "day")),
    ("昨日", "2025-03-04", ("2025-03-03", "day")),
    ("先月", "2025-03-04", ("2025-02", "month")),
    ("先月30日", "2025-11-25", ("2025-10-30", "day")),
    ("今月3日", "2025-11-25", ("2025-11-03", "day")),
    ("昨年", "2025-03-04", ("2024", "year")),
    ("今年3月", "2025-11-30", ("2025-03", "month")),
    ("月曜日", "2025-03-05", ("2025-03-03", "day")),
])
def test_japanese_dates(text: str, published: str, expected: tuple[str, str]) -> None:
    tokens = tokenize(text)
    exprs = find_dates(build_date_index([LEXICON]), tokens, text, 0, len(tokens))
    assert len(exprs) == 1
    assert resolve(exprs[0], date.fromisoformat(published)) == expected


# -- who, how and when -------------------------------------------------------------------------------------

# Shigeru Ishiba met Donald Trump at the White House on 7 February 2025, their first summit.


def test_talks_at_the_white_house(real: RuleExtractor, make_doc: DocFactory) -> None:
    # ("日本時間8日", the 8th on Tokyo's clock, is the same moment: the talks are dated by Washington's day)
    text = ("【ワシントン共同】石破茂首相は7日（日本時間8日未明）、"
            "ホワイトハウスでトランプ米大統領と初の首脳会談を行った。"
            "両首脳は日米同盟の強化や関税、対米投資について意見を交わした。")
    got = real.extract(make_doc(text, "2025-02-08", lang="ja"))
    assert [(sorted((c.a.country, c.b.country)), c.mode, c.date, c.status) for c in got] == [
        (["JPN", "USA"], "in_person", "2025-02-07", "occurred")]
    assert {"trade_economy", "investment"} <= set(got[0].sources[0].assertion.topics)


# Fumio Kishida met Yoon Suk-yeol in Seoul on 7 May 2023; Sanae Takaichi met Trump in Tokyo on 28 October
# 2025.


def test_a_visit_to_seoul_and_a_visit_to_tokyo(real: RuleExtractor, make_doc: DocFactory) -> None:
    assert _rows(real, make_doc, "岸田文雄首相は7日、ソウルを訪問し、尹錫悦大統領と首脳会談を行った。",
                 "2023-05-08") == [("JPN", "KOR", "in_person", "2023-05-07", "occurred")]
    assert _rows(real, make_doc, "高市早苗首相は28日、来日したトランプ米大統領と東京の迎賓館で会談した。",
                 "2025-10-28") == [("JPN", "USA", "in_person", "2025-10-28", "occurred")]


def test_a_korean_leader_by_surname_and_honorific(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "李氏" is the Lee Jae-myung the report has named (not Li Qiang, also in office): he met Trump in
    # Gyeongju on 29 October 2025
    text = ("高市早苗首相は30日、慶州で韓国の李在明大統領と会談した。"
            "李氏は前日の29日、慶州入りしたトランプ米大統領と会談した。")
    assert _rows(real, make_doc, text, "2025-10-30") == [
        ("JPN", "KOR", "in_person", "2025-10-30", "occurred"),
        ("KOR", "USA", "in_person", "2025-10-29", "occurred")]


def test_a_katakana_name_the_gazetteer_may_lack_takes_its_country_and_title(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # "インドのモディ首相": the country, "の", the name and its title are one person (India's prime minister)
    text = "石破首相は28日、インドのモディ首相とオンライン会談した。"
    assert _rows(real, make_doc, text, "2025-03-01") == [
        ("IND", "JPN", "video", "2025-02-28", "occurred")]


def test_a_known_katakana_name_takes_the_title_and_country_after_and_before_it(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # Shigeru Ishiba met Prabowo Subianto at the Bogor Palace on 11 January 2025
    text = "石破茂首相は11日、ジャカルタ近郊のボゴール宮殿でインドネシアのプラボウォ大統領と会談した。"
    assert _rows(real, make_doc, text, "2025-01-11") == [
        ("IDN", "JPN", "in_person", "2025-01-11", "occurred")]


def test_surnames_with_the_honorific(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin met at a base in Anchorage, Alaska, on 15 August 2025; "氏" marks a person
    text = "トランプ氏とプーチン氏は15日、アラスカ州アンカレジで約3時間会談した。"
    assert _rows(real, make_doc, text, "2025-08-19") == [
        ("RUS", "USA", "in_person", "2025-08-15", "occurred")]


def test_a_comma_after_the_day_ends_no_clause(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "XとYは15日、…会談した": the two subjects before the comma met, however long the place after it
    text = ("トランプ米大統領とロシアのプーチン大統領は15日、"
            "米アラスカ州アンカレジの米軍基地で約3時間にわたって会談した。")
    assert _rows(real, make_doc, text, "2025-08-19") == [
        ("RUS", "USA", "in_person", "2025-08-15", "occurred")]


def test_the_leaders_of_one_character_countries(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Xi met in Busan on 30 October 2025: "米中首脳" are the US and Chinese leaders
    text = "高市早苗首相は25日、トランプ米大統領と電話で会談した。米中首脳は先月30日に韓国・釜山で会談した。"
    assert _rows(real, make_doc, text, "2025-11-25") == [
        ("CHN", "USA", "in_person", "2025-10-30", "occurred"),
        ("JPN", "USA", "phone", "2025-11-25", "occurred")]


def test_the_two_leaders_after_one_of_an_earlier_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump's tariff letters to Ishiba and Lee of 7 July 2025; Ishiba and Trump had met at the G7 in June
    text = ("トランプ米大統領は7日、石破茂首相に宛てた書簡を公開した。"
            "同じ日に韓国の李在明大統領宛ての書簡も示した。"
            "石破首相は8日、「誠に遺憾だ」と述べた。両首脳は6月中旬、G7サミットに合わせて会談した。")
    assert _rows(real, make_doc, text, "2025-07-08") == [
        ("JPN", "USA", "in_person", "2025-06", "occurred"),
        ("JPN", "USA", "written", "2025-07-07", "occurred"),
        ("KOR", "USA", "written", "2025-07-07", "occurred")]


def test_a_trilateral_of_one_character_countries(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the first Japan-US-Philippines summit at the White House, 11 April 2024
    text = ("岸田首相は11日、ホワイトハウスでバイデン米大統領、フィリピンのマルコス大統領と"
            "初の日米比首脳会談を行った。")
    assert {r[:2] for r in _rows(real, make_doc, text, "2024-04-12")} == {
        ("JPN", "USA"), ("JPN", "PHL"), ("PHL", "USA")}


def test_calls_videos_and_messages(real: RuleExtractor, make_doc: DocFactory) -> None:
    assert _rows(real, make_doc, "中国の習近平国家主席は28日、ロシアのプーチン大統領と電話で会談した。",
                 "2025-03-01") == [("CHN", "RUS", "phone", "2025-02-28", "occurred")]
    assert _rows(real, make_doc, "石破首相は28日、フランスのマクロン大統領とテレビ会議を行った。",
                 "2025-03-01") == [("FRA", "JPN", "video", "2025-02-28", "occurred")]
    assert _rows(real, make_doc, "石破首相はきのう、フランスのマクロン大統領と電話で協議した。",
                 "2025-03-01") == [("FRA", "JPN", "phone", "2025-02-28", "occurred")]
    assert [r[2] for r in _rows(real, make_doc, "石破首相はフランスのマクロン大統領に祝電を送った。",
                                "2025-03-01")] == ["written"]


# -- planned, negated, denied, not leaders ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "石破首相は3月5日にフランスのマクロン大統領と会談する予定だ。",
    "石破首相はフランスのマクロン大統領と会談する方向で調整している。",
    "石破首相は来週、フランスのマクロン大統領と会談する見通しだ。",
    # the non-past is the future
    "石破首相は来週、フランスのマクロン大統領と首脳会談を行う。",
])
def test_planned_talks(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert [r[-1] for r in _rows(real, make_doc, text, "2025-03-01")] == ["planned"]


@pytest.mark.parametrize("text", [
    "石破首相はフランスのマクロン大統領とは会談しなかった。",
    "石破首相とフランスのマクロン大統領の会談は見送られた。",
    "石破首相とフランスのマクロン大統領の首脳会談は実現しなかった。",
    "官房長官は石破首相とフランスのマクロン大統領の電話会談の報道を否定した。",
    "報道官は、李強首相が南アフリカで石破首相と会談する予定はないと述べた。",
    # a negative ending inside a hiragana run ("われていないと") reads as "ない"
    "官房長官は記者会見で、石破首相とフランスのマクロン大統領の電話会談は行われていないと述べた。",
    "石破首相はフランスのマクロン大統領と会談しませんでした。",
    "官房長官は記者会見で、石破首相とフランスのマクロン大統領の会談について「日程は未定だ」と述べた。",
    # ministers and a vice president are no leaders
    "岩屋毅外相は28日、フランスのバロ外相と会談した。",
    "石破首相は28日、米国のバンス副大統領と会談した。",
])
def test_no_contact(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert [r for r in _rows(real, make_doc, text, "2025-03-01") if r[-1] == "occurred"] == []


@pytest.mark.parametrize("word", ["ウォン", "イ", "ビクトル"])
def test_no_katakana_surname_is_taken_by_rule(real: RuleExtractor, word: str) -> None:
    # the won, a particle-like syllable, Orbán's given name: only hand-written katakana surnames name a leader
    found = real.vocab.find(tokenize(word))
    assert not [m for m in found if any(isinstance(p, Name) for p in m.payloads)]
