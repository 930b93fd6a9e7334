"""Capitals and cities where leaders meet: their names in every language point at their country."""

from __future__ import annotations

import pytest

from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.gazetteer.terms import read_rows


@pytest.mark.parametrize(("name", "country"), [
    ("Moscow", "RUS"), ("Moscou", "RUS"), ("Moskau", "RUS"), ("Moskova", "RUS"), ("موسكو", "RUS"),
    ("مسکو", "RUS"), ("Москва", "RUS"), ("Москве", "RUS"), ("Москвы", "RUS"), ("Moscú", "RUS"),
    ("Ankara", "TUR"), ("أنقرة", "TUR"), ("Анкаре", "TUR"), ("Istanbul", "TUR"), ("İstanbul", "TUR"),
    ("Washington", "USA"), ("واشنطن", "USA"), ("Вашингтоне", "USA"), ("Pékin", "CHN"), ("Peking", "CHN"),
    ("Riyadh", "SAU"), ("الرياض", "SAU"), ("Jeddah", "SAU"), ("جدة", "SAU"), ("Sochi", "RUS"),
    ("Kyiv", "UKR"), ("Kiew", "UKR"), ("Киеве", "UKR"), ("Tahran", "IRN"), ("تهران", "IRN"),
    ("Le Caire", "EGY"), ("القاهرة", "EGY"), ("Абу-Даби", "ARE"), ("أبوظبي", "ARE"), ("The Hague", "NLD"),
    ("Den Haag", "NLD"), ("Афинах", "GRC"), ("Lefkoşa", "CYP"),
])
def test_place_names_find_their_country(gaz: Gazetteer, name: str, country: str) -> None:
    assert gaz.places(name) == ((country,) if country else ())


def test_common_words_and_other_countries_are_left_out(gaz: Gazetteer) -> None:
    # "La Paz", "Victoria", "Malé" are common words or names; CLDR's Turkish "Cuba" for Juba is a country.
    for name in ("La Paz", "Victoria", "Malé", "Male", "Cuba"):
        assert gaz.places(name) == (), name
    # Amman and Oman are the same letters in Arabic: the Arabic form stays with Oman's name only.
    assert gaz.places("Amman") == ("JOR",) and gaz.places("عمان") == ()


def test_almost_every_un_member_has_a_capital_in_english(gaz: Gazetteer) -> None:
    un = [r["country"] for r in read_rows(DATA_DIR / "manual/scope.jsonl") if r.get("status") == "un_member"]
    missing = sorted(c for c in un if not gaz.countries[c].capitals.get("en"))
    assert missing == ["BOL", "MDV", "SYC"]  # their capitals' names are common words (see capitals.jsonl)
    assert "Moskau" in gaz.countries["RUS"].capitals["de"]
    assert "İstanbul" in gaz.countries["TUR"].cities["tr"]


def test_countries_keep_the_english_name_the_press_still_writes(gaz: Gazetteer) -> None:
    # The UN adopted "Türkiye" in 2022; English agencies and papers still mostly write "Turkey".
    assert "Turkey" in gaz.countries["TUR"].names["en"]
