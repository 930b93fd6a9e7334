"""Japanese (ja): country names as adjectives, leaders' names in the forms of the Japanese press, titles."""

from __future__ import annotations

import re
from datetime import date

import pytest

from graph.text import fold
from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.gazetteer.check import check, errors
from ingest.gazetteer.names import LANGS, WIKIDATA_LANGS, WRITTEN_SHORT_ONLY, entry_from_json, leader_names
from ingest.gazetteer.terms import read_rows

# Han characters, katakana (with the long-vowel mark), the name dot, and the digits of a regnal number
_JA_NAME = re.compile(r"^[\u4e00-\u9fff\u30a0-\u30ff0-9A-Z]+$")


@pytest.mark.parametrize(("form", "iso3"), [
    ("フランス", "FRA"), ("フランス共和国", "FRA"), ("ロシア", "RUS"), ("アメリカ", "USA"), ("米国", "USA"),
    ("イギリス", "GBR"), ("英国", "GBR"), ("ドイツ", "DEU"), ("中国", "CHN"), ("韓国", "KOR"),
    ("北朝鮮", "PRK"), ("日本", "JPN"), ("オーストラリア", "AUS"), ("豪州", "AUS"), ("サウジ", "SAU"),
    ("サウジアラビア", "SAU"), ("ウクライナ", "UKR"), ("インド", "IND"), ("ジョージア", "GEO"),
    ("グルジア", "GEO"), ("中央アフリカ共和国", "CAF"), ("コンゴ民主共和国", "COD"), ("国連", "UN"),
    ("欧州連合", "EU"), ("台湾", "TWN"),
])
def test_japanese_country_names(gaz: Gazetteer, form: str, iso3: str) -> None:
    assert gaz.country_index[fold(form)] == (iso3,)


def test_japanese_country_forms_left_out(gaz: Gazetteer) -> None:
    # 中央アフリカ also names the region; CLDR's "(キンシャサ)" forms carry the city in brackets; a single
    # character (米, 英, 仏 ...) ends many words and belongs to the extractor's country-bound titles
    for form in ("中央アフリカ", "コンゴ民主共和国(キンシャサ)", "米", "英", "仏", "独", "露", "韓", "豪"):
        assert fold(form) not in gaz.country_index, form


def test_a_country_name_is_its_japanese_adjective(gaz: Gazetteer) -> None:
    # "フランス大統領": Japanese puts the country's name where other languages put an adjective
    for country in gaz.countries.values():
        assert country.demonyms.get("ja") == country.names.get("ja"), country.iso3
    assert all("ja" in c.names for c in gaz.countries.values())


def test_japanese_is_written_by_hand_not_asked_of_wikidata() -> None:
    assert "ja" in LANGS
    assert "ja" not in WIKIDATA_LANGS
    assert "ja" in WRITTEN_SHORT_ONLY


def test_no_japanese_country_form_names_two_countries(gaz: Gazetteer) -> None:
    for country in gaz.countries.values():
        for form in country.names.get("ja", ()):
            assert gaz.country_index[fold(form)] == (country.iso3,), form
    assert not any(re.fullmatch(r"[\u4e00-\u9fff]", key) for key in gaz.country_index)


def _in_office(gaz: Gazetteer, name: str, day: date) -> list[str]:
    """Ids of the leaders a name finds who held any office on the day."""
    return [ldr.id for ldr in gaz.by_alias(name) if any(o.holds_on(day) for o in ldr.offices)]


@pytest.mark.parametrize(("name", "day", "leader"), [
    ("マクロン", date(2025, 1, 1), "emmanuel-macron"),
    ("エマニュエル・マクロン", date(2019, 6, 1), "emmanuel-macron"),
    ("石破", date(2025, 3, 1), "shigeru-ishiba"),
    ("石破茂", date(2025, 3, 1), "shigeru-ishiba"),
    ("岸田", date(2023, 5, 19), "fumio-kishida"),
    ("高市", date(2025, 11, 1), "sanae-takaichi"),
    ("菅義偉", date(2021, 4, 16), "yoshihide-suga"),
    ("安倍", date(2019, 6, 28), "shinzo-abe"),
    ("習近平", date(2024, 11, 15), "xi-jinping"),
    ("李強", date(2024, 5, 27), "li-qiang"),
    ("李克強", date(2019, 12, 24), "li-keqiang"),
    ("尹錫悦", date(2023, 3, 16), "yoon-suk-yeol"),
    ("ユン・ソンニョル", date(2023, 3, 16), "yoon-suk-yeol"),
    ("李在明", date(2025, 8, 23), "lee-jae-myung"),
    ("イ・ジェミョン", date(2025, 8, 23), "lee-jae-myung"),
    ("ムン・ジェイン", date(2019, 12, 24), "moon-jae-in"),
    ("金正恩", date(2019, 6, 30), "kim-jong-un"),
    ("頼清徳", date(2025, 1, 1), "lai-ching-te"),
    ("トランプ", date(2025, 10, 28), "donald-trump"),
    ("バイデン", date(2023, 8, 18), "joe-biden"),
    ("プーチン", date(2024, 5, 16), "vladimir-putin"),
    ("ゼレンスキー", date(2023, 5, 21), "volodymyr-zelenskyy"),
    ("スターマー", date(2025, 1, 1), "keir-starmer"),
    ("メルツ", date(2025, 9, 1), "friedrich-merz"),
    ("メローニ", date(2024, 6, 13), "giorgia-meloni"),
    ("カーニー", date(2025, 6, 16), "mark-carney"),
    ("モディ", date(2025, 8, 29), "narendra-modi"),
    ("アルバニージー", date(2024, 1, 1), "anthony-albanese"),
    ("グテレス", date(2024, 10, 1), "antonio-guterres"),
    ("フォンデアライエン", date(2024, 1, 1), "ursula-von-der-leyen"),
    ("アンワル", date(2024, 1, 1), "anwar-ibrahim"),
    ("ネタニヤフ", date(2025, 7, 7), "benjamin-netanyahu"),
    ("サルマン国王", date(2020, 1, 1), "salman-bin-abdulaziz-al-saud"),
])
def test_a_japanese_name_finds_the_leader_in_office_that_day(gaz: Gazetteer, name: str, day: date,
                                                              leader: str) -> None:
    assert _in_office(gaz, name, day) == [leader]


def test_surnames_are_short_forms_and_full_names_are_not(gaz: Gazetteer) -> None:
    assert gaz.is_short("emmanuel-macron", "マクロン")
    assert gaz.is_short("shigeru-ishiba", "石破")
    assert not gaz.is_short("emmanuel-macron", "エマニュエル・マクロン")
    assert not gaz.is_short("shigeru-ishiba", "石破茂")
    assert not gaz.is_short("xi-jinping", "習近平")


def test_a_japanese_name_dot_is_any_separator_but_not_nothing(gaz: Gazetteer) -> None:
    # the press writes the name dot (・) or an equals sign (＝); the extractor cuts a katakana run at either,
    # but a run written without one is one token, so it is no name unless written so in the data
    for written in ("エマニュエル・マクロン", "エマニュエル＝マクロン", "エマニュエル マクロン"):
        assert [ldr.id for ldr in gaz.by_alias(written)] == ["emmanuel-macron"], written
    assert gaz.by_alias("エマニュエルマクロン") == []
    # a kanji name is read a character at a time: a space inside it does not count
    assert [ldr.id for ldr in gaz.by_alias("石破 茂")] == ["shigeru-ishiba"]


def test_no_short_form_that_is_a_common_word(gaz: Gazetteer) -> None:
    # 菅 (Suga and Kan) is also a common word and surname; ブラウン is "brown"; ウォン the Korean currency
    assert gaz.by_alias("菅") == []
    assert gaz.by_alias("ブラウン") == []
    assert gaz.by_alias("ウォン") == []
    assert [ldr.id for ldr in gaz.by_alias("菅直人")] == ["naoto-kan"]


def test_the_build_derives_no_japanese_surname() -> None:
    entry = entry_from_json({"id": "x", "aliases": {"ja": ["エマニュエル・マクロン", "石破茂"]}})
    _, short = leader_names("Emmanuel Macron", "FRA", entry)
    assert "ja" not in short


def test_every_written_japanese_name_is_japanese_and_keyed_by_a_known_leader(gaz: Gazetteer) -> None:
    keys = {ldr.wikidata or ldr.id for ldr in gaz.leaders.values()}
    rows = list(read_rows(DATA_DIR / "manual" / "names_ja.jsonl"))
    assert len(rows) >= 300
    for row in rows:
        assert (row.get("qid") or row.get("id")) in keys, row
        forms = [*row.get("aliases", {}).get("ja", []), *row.get("short", {}).get("ja", [])]
        assert forms and all(_JA_NAME.match(f) for f in forms), row
        # one Han character, or one kana, is never a name alone
        assert all(len(f) > 1 for f in forms), row


def test_the_check_passes_with_japanese_names() -> None:
    problems = check(DATA_DIR, today=date(2026, 11, 29))
    assert errors(problems) == []


@pytest.mark.parametrize(("title", "day", "leader"), [
    ("中国国家主席", date(2012, 1, 1), "hu-jintao"),
    ("中国国家主席", date(2024, 1, 1), "xi-jinping"),
    ("国連事務総長", date(2025, 1, 1), "antonio-guterres"),
    ("欧州委員長", date(2025, 1, 1), "ursula-von-der-leyen"),
    ("欧州委員会委員長", date(2018, 1, 1), "jean-claude-juncker"),
    ("欧州理事会常任議長", date(2025, 1, 1), "antonio-costa"),
    ("EU大統領", date(2021, 1, 1), "charles-michel"),
    ("サウジアラビア国王", date(2020, 1, 1), "salman-bin-abdulaziz-al-saud"),
    ("カタール首長", date(2024, 1, 1), "tamim-bin-hamad-al-thani"),
    ("イラン最高指導者", date(2024, 1, 1), "ali-khamenei"),
    ("天皇陛下", date(2023, 6, 17), "naruhito"),
    ("天皇陛下", date(2015, 1, 1), "akihito"),
    ("ローマ教皇", date(2019, 11, 25), "pope-francis"),
    ("国務委員長", date(2019, 6, 30), "kim-jong-un"),
])
def test_japanese_one_office_titles(gaz: Gazetteer, title: str, day: date, leader: str) -> None:
    assert [ldr.id for ldr in gaz.title_holders(title, day)] == [leader]


def test_bare_titles_that_name_several_offices_are_no_japanese_title(gaz: Gazetteer) -> None:
    # 国家主席 is also Vietnam's and Laos's; 天皇 also names past emperors (昭和天皇); 最高指導者 is
    # also North Korea's; 法王 is also the Dalai Lama's
    for title in ("国家主席", "天皇", "最高指導者", "法王"):
        assert gaz.title_holders(title, date(2024, 1, 1)) == [], title


@pytest.mark.parametrize(("place", "iso3"), [
    ("北京", "CHN"), ("ワシントン", "USA"), ("モスクワ", "RUS"), ("パリ", "FRA"), ("東京", "JPN"),
    ("ソウル", "KOR"), ("キーウ", "UKR"), ("イスタンブール", "TUR"), ("ジッダ", "SAU"), ("ハーグ", "NLD"),
    ("ニューデリー", "IND"), ("キャンベラ", "AUS"), ("大阪", "JPN"),
])
def test_japanese_place_names(gaz: Gazetteer, place: str, iso3: str) -> None:
    assert gaz.places(place) == (iso3,)


def test_no_japanese_leader_name_is_a_country_place_or_title(gaz: Gazetteer) -> None:
    # a name that is also a country (モンテネグロ of Luís Montenegro) or a city would name a leader in
    # every text about that place
    for row in read_rows(DATA_DIR / "manual" / "names_ja.jsonl"):
        for form in [*row.get("aliases", {}).get("ja", []), *row.get("short", {}).get("ja", [])]:
            key = fold(form)
            assert key not in gaz.country_index and key not in gaz.place_index, form
            assert key not in gaz.title_index, form
