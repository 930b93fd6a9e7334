"""Chinese (zh): leaders' names in the Xinhua forms, country names as adjectives, titles, places."""

from __future__ import annotations

import re
from datetime import date

import pytest

from graph.text import fold
from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.gazetteer.check import check, errors
from ingest.gazetteer.names import LANGS, WIKIDATA_LANGS, entry_from_json, leader_names
from ingest.gazetteer.terms import read_rows

# Han characters, the name dot the press writes between the parts of a foreign name, and a hyphen
_ZH_NAME = re.compile(r"^[\u4e00-\u9fff·\-]+$")


def _in_office(gaz: Gazetteer, name: str, day: date) -> list[str]:
    """Ids of the leaders a name finds who held any office on the day."""
    return [ldr.id for ldr in gaz.by_alias(name) if any(o.holds_on(day) for o in ldr.offices)]


@pytest.mark.parametrize(("name", "day", "leader"), [
    ("马克龙", date(2025, 1, 1), "emmanuel-macron"),
    ("埃马纽埃尔·马克龙", date(2019, 6, 1), "emmanuel-macron"),
    ("普京", date(2024, 5, 16), "vladimir-putin"),
    ("特朗普", date(2025, 11, 1), "donald-trump"),
    ("拜登", date(2022, 11, 14), "joe-biden"),
    ("埃尔多安", date(2023, 6, 3), "recep-tayyip-erdogan"),
    ("默茨", date(2025, 9, 1), "friedrich-merz"),
    ("斯塔默", date(2025, 1, 1), "keir-starmer"),
    ("卢拉", date(2023, 4, 14), "luiz-inacio-lula-da-silva"),
    ("古特雷斯", date(2024, 10, 1), "antonio-guterres"),
    ("冯德莱恩", date(2024, 1, 1), "ursula-von-der-leyen"),
    ("佩泽希齐扬", date(2025, 1, 1), "masoud-pezeshkian"),
    ("石破茂", date(2025, 3, 1), "shigeru-ishiba"),
    ("李在明", date(2025, 11, 1), "lee-jae-myung"),
    ("金正恩", date(2019, 6, 30), "kim-jong-un"),
    ("黄循财", date(2025, 1, 1), "lawrence-wong"),
    ("習近平", date(2025, 1, 1), "xi-jinping"),  # traditional characters (Hong Kong, Taiwan)
    ("賴清德", date(2025, 1, 1), "lai-ching-te"),
    ("欧尔班", date(2024, 7, 8), "viktor-orban"),
    ("萨勒曼国王", date(2020, 1, 1), "salman-bin-abdulaziz-al-saud"),
    ("穆罕默德·本·萨勒曼", date(2023, 1, 1), "mohammed-bin-salman"),
])
def test_a_chinese_name_finds_the_leader_in_office_that_day(gaz: Gazetteer, name: str, day: date,
                                                            leader: str) -> None:
    assert _in_office(gaz, name, day) == [leader]


def test_a_chinese_name_is_found_with_or_without_its_name_dot(gaz: Gazetteer) -> None:
    # the extractor reads Han text a character at a time, so both spellings are one name to it too
    for written in ("埃马纽埃尔·马克龙", "埃马纽埃尔马克龙", "埃马纽埃尔 马克龙", "埃马纽埃尔•马克龙"):
        assert [ldr.id for ldr in gaz.by_alias(written)] == ["emmanuel-macron"], written
    assert gaz.is_short("jose-ramos-horta", "拉莫斯奥尔塔")
    assert not gaz.is_short("emmanuel-macron", "埃马纽埃尔马克龙")
    # Latin names keep their spaces: "Emmanuel Macron" is no "EmmanuelMacron"
    assert gaz.by_alias("EmmanuelMacron") == []


def test_china_premiers_by_name_and_by_office(gaz: Gazetteer) -> None:
    # Li Qiang took over from Li Keqiang on 2023-03-11: the name and the office agree on each side
    assert _in_office(gaz, "李强", date(2024, 6, 1)) == ["li-qiang"]
    assert _in_office(gaz, "李克强", date(2020, 5, 22)) == ["li-keqiang"]
    assert [ldr.id for ldr in gaz.holders("CHN", "head_of_government", date(2024, 6, 1))] == ["li-qiang"]
    assert [ldr.id for ldr in gaz.holders("CHN", "head_of_government", date(2020, 5, 22))] == ["li-keqiang"]


def test_surnames_are_short_forms_and_full_names_are_not(gaz: Gazetteer) -> None:
    assert gaz.is_short("emmanuel-macron", "马克龙")
    assert not gaz.is_short("emmanuel-macron", "埃马纽埃尔·马克龙")
    assert not gaz.is_short("xi-jinping", "习近平")


def test_no_bare_han_family_name_names_anyone(gaz: Gazetteer) -> None:
    # a one-character family name (习, 李, 金, 尹) is in every other word of Chinese text
    assert all(len(key) > 1 for key in gaz.alias_index if re.match(r"[\u4e00-\u9fff]", key))
    # Chinese, Korean, Vietnamese and Singaporean leaders with a Han name of their own (no name dot) go by
    # the whole name only; Japanese ones may go by a family name the press uses alone (安倍, 岸田, 石破)
    family_first = {"CHN", "TWN", "KOR", "PRK", "VNM", "SGP"}
    for ldr in gaz.leaders.values():
        own_han_name = any("·" not in n for n in gaz.names[ldr.id].get("zh", ()))
        if own_han_name and any(o.country in family_first for o in ldr.offices):
            assert not any(re.search(r"[\u4e00-\u9fff]", f) for f in gaz.short_names.get(ldr.id, ())), ldr.id


def test_the_build_derives_no_chinese_surname() -> None:
    entry = entry_from_json({"id": "x", "aliases": {"zh": ["习近平"]}})
    _, short = leader_names("Xi Jinping", "CHN", entry)
    assert "zh" not in short
    assert short["en"] == ["Xi"]  # the Latin rule still applies


def test_chinese_is_written_by_hand_not_asked_of_wikidata() -> None:
    assert "zh" in LANGS
    assert "zh" not in WIKIDATA_LANGS


def test_every_written_chinese_name_is_han_and_keyed_by_a_known_leader(gaz: Gazetteer) -> None:
    keys = {ldr.wikidata or ldr.id for ldr in gaz.leaders.values()}
    rows = list(read_rows(DATA_DIR / "manual" / "names_zh.jsonl"))
    assert len(rows) >= 700
    for row in rows:
        assert (row.get("qid") or row.get("id")) in keys, row
        forms = [*row["aliases"]["zh"], *row.get("short", {}).get("zh", [])]
        assert all(_ZH_NAME.match(f) for f in forms), row


@pytest.mark.parametrize(("form", "iso3"), [
    ("法国", "FRA"), ("法兰西共和国", "FRA"), ("俄罗斯", "RUS"), ("美国", "USA"), ("英国", "GBR"),
    ("韩国", "KOR"), ("朝鲜", "PRK"), ("沙特", "SAU"), ("沙特阿拉伯", "SAU"), ("阿联酋", "ARE"),
    ("印尼", "IDN"), ("蒙古国", "MNG"), ("多米尼加", "DOM"), ("多米尼克", "DMA"), ("中非共和国", "CAF"),
    ("联合国", "UN"), ("欧盟", "EU"),
])
def test_chinese_country_names(gaz: Gazetteer, form: str, iso3: str) -> None:
    assert gaz.country_index[fold(form)] == (iso3,)


def test_country_forms_left_out(gaz: Gazetteer) -> None:
    # 蒙古 also ends 内蒙古 (a Chinese region); 中非 is "China-Africa" far more often than the CAR;
    # mledoze's 朝鲜人民民主共和国 has its words in the wrong order; 海地 spans 沿海 + 地区 when text is
    # read a character at a time
    for form in ("蒙古", "中非", "朝鲜人民民主共和国", "海地"):
        assert fold(form) not in gaz.country_index
    assert gaz.country_index[fold("海地共和国")] == ("HTI",)


def test_a_country_name_is_its_chinese_adjective(gaz: Gazetteer) -> None:
    # "法国总统": Chinese puts the country's name where other languages put an adjective
    for country in gaz.countries.values():
        assert country.demonyms.get("zh") == country.names.get("zh"), country.iso3
    assert "法国" in gaz.countries["FRA"].demonyms["zh"]


@pytest.mark.parametrize(("title", "day", "leader"), [
    ("中国国家主席", date(2012, 1, 1), "hu-jintao"),
    ("中国国家主席", date(2024, 1, 1), "xi-jinping"),
    ("国务院总理", date(2024, 1, 1), "li-qiang"),
    ("国务院总理", date(2020, 1, 1), "li-keqiang"),
    ("联合国秘书长", date(2025, 1, 1), "antonio-guterres"),
    ("欧委会主席", date(2025, 1, 1), "ursula-von-der-leyen"),
    ("欧洲理事会主席", date(2025, 1, 1), "antonio-costa"),
    ("卡塔尔埃米尔", date(2024, 1, 1), "tamim-bin-hamad-al-thani"),
    ("伊朗最高领袖", date(2024, 1, 1), "ali-khamenei"),
])
def test_chinese_one_office_titles(gaz: Gazetteer, title: str, day: date, leader: str) -> None:
    assert [ldr.id for ldr in gaz.title_holders(title, day)] == [leader]


def test_president_of_the_state_alone_is_no_chinese_title(gaz: Gazetteer) -> None:
    # 国家主席 is also the title of Vietnam's and Laos's presidents
    assert gaz.title_holders("国家主席", date(2024, 1, 1)) == []


@pytest.mark.parametrize(("place", "iso3"), [
    ("北京", "CHN"), ("华盛顿", "USA"), ("莫斯科", "RUS"), ("巴黎", "FRA"), ("伊斯坦布尔", "TUR"),
    ("利雅得", "SAU"), ("吉达", "SAU"), ("阿比让", "CIV"),
])
def test_chinese_place_names(gaz: Gazetteer, place: str, iso3: str) -> None:
    assert gaz.places(place) == (iso3,)


def test_capital_names_that_are_words_or_span_words_are_left_out(gaz: Gazetteer) -> None:
    # 万象 "all things"; 达卡 in 抵达卡塔尔 ("arrived in Qatar"); 里加 in 这里加强 ("strengthen here")
    for place in ("万象", "达卡", "里加"):
        assert gaz.places(place) == (), place
    assert gaz.places("Dhaka") == ("BGD",)


def test_the_check_passes_with_chinese_names() -> None:
    problems = check(DATA_DIR, today=date(2026, 11, 29))
    assert errors(problems) == []
    # the one share of a Chinese surname is the Castro brothers', as in every other script
    shared = [p.message for p in problems
              if p.kind == "ambiguous" and re.search(r"[\u4e00-\u9fff]", p.message)]
    assert len(shared) == 1 and "卡斯特罗" in shared[0]


@pytest.mark.parametrize(("name", "day", "leader"), [
    # the Taiwanese press's spellings, and the Hong Kong press's (the mainland's in traditional characters)
    ("川普", date(2025, 11, 1), "donald-trump"),
    ("唐納·川普", date(2025, 11, 1), "donald-trump"),
    ("普丁", date(2025, 8, 15), "vladimir-putin"),
    ("馬克宏", date(2025, 1, 1), "emmanuel-macron"),
    ("馬克龍", date(2025, 1, 1), "emmanuel-macron"),
    ("梅克爾", date(2019, 6, 1), "angela-merkel"),
    ("施凱爾", date(2025, 1, 1), "keir-starmer"),
    ("蕭茲", date(2023, 1, 1), "olaf-scholz"),
    ("澤倫斯基", date(2025, 1, 1), "volodymyr-zelenskyy"),
    ("艾爾多安", date(2025, 1, 1), "recep-tayyip-erdogan"),
    ("納坦雅胡", date(2025, 1, 1), "benjamin-netanyahu"),
    ("歐巴馬", date(2015, 1, 1), "barack-obama"),
])
def test_taiwan_and_hong_kong_spellings(gaz: Gazetteer, name: str, day: date, leader: str) -> None:
    assert _in_office(gaz, name, day) == [leader]
