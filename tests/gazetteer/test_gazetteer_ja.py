"""Japanese (ja): country names as adjectives, leaders' names in the forms of the Japanese press, titles."""

from __future__ import annotations

import re

import pytest

from graph.text import fold
from ingest.gazetteer import Gazetteer
from ingest.gazetteer.names import LANGS, WIKIDATA_LANGS, WRITTEN_SHORT_ONLY


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
