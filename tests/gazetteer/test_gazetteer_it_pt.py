"""Italian and Portuguese: country names, demonyms with gender and number, capitals, the inflection rules."""

from __future__ import annotations

import pytest

from graph.text import fold
from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.gazetteer.inflect import explicit_forms, it_adjective_forms, pt_adjective_forms
from ingest.gazetteer.terms import read_rows


@pytest.mark.parametrize(("masc", "forms"), [
    ("italiano", ["italiano", "italiana", "italiani", "italiane"]),
    ("tedesco", ["tedesco", "tedesca", "tedeschi", "tedesche"]),
    ("francese", ["francese", "francesi"]),
    ("saudita", ["saudita", "sauditi", "saudite"]),
    ("burkinabè", ["burkinabè"]),
])
def test_italian_gender_and_number(masc: str, forms: list[str]) -> None:
    assert it_adjective_forms(masc) == forms


@pytest.mark.parametrize(("masc", "forms"), [
    ("brasileiro", ["brasileiro", "brasileira", "brasileiros", "brasileiras"]),
    ("francês", ["francês", "francesa", "franceses", "francesas"]),
    ("português", ["português", "portuguesa", "portugueses", "portuguesas"]),
    ("estadunidense", ["estadunidense", "estadunidenses"]),
    ("norte-americano", ["norte-americano", "norte-americana", "norte-americanos", "norte-americanas"]),
])
def test_portuguese_gender_and_number(masc: str, forms: list[str]) -> None:
    assert pt_adjective_forms(masc) == forms


def test_irregular_forms_are_written_out() -> None:
    assert explicit_forms("greco/greca/greci/greche") == ["greco", "greca", "greci", "greche"]
    assert explicit_forms("italiano") is None


@pytest.mark.parametrize(("form", "country"), [
    ("statunitense", "USA"), ("statunitensi", "USA"), ("americana", "USA"), ("francese", "FRA"),
    ("ucraino", "UKR"), ("ucraina", "UKR"), ("ucraini", "UKR"), ("indiano", "IND"), ("italiane", "ITA"),
    ("greci", "GRC"), ("austriaci", "AUT"), ("britannici", "GBR"), ("sauditi", "SAU"), ("cinese", "CHN"),
    ("norte-americano", "USA"), ("norte-americanas", "USA"), ("estadunidense", "USA"), ("francês", "FRA"),
    ("francesa", "FRA"), ("ucraniano", "UKR"), ("ucranianas", "UKR"), ("chinês", "CHN"), ("chinesa", "CHN"),
    ("brasileiro", "BRA"), ("brasileiras", "BRA"), ("português", "PRT"), ("portuguesa", "PRT"),
    ("alemães", "DEU"), ("espanhóis", "ESP"), ("israelense", "ISR"), ("iraniano", "IRN"),
    # country names, short forms and both Portuguese spellings
    ("Stati Uniti", "USA"), ("EUA", "USA"), ("Estados Unidos", "USA"), ("Gran Bretagna", "GBR"),
    ("Regno Unito", "GBR"), ("Grã-Bretanha", "GBR"), ("Arabia Saudita", "SAU"), ("Arábia Saudita", "SAU"),
    ("Irã", "IRN"), ("Irão", "IRN"), ("Rússia", "RUS"), ("Cina", "CHN"), ("Emirati", "ARE"),
    ("Emirados", "ARE"), ("Turchia", "TUR"), ("Turquia", "TUR"), ("Onu", "UN"), ("Nações Unidas", "UN"),
    ("Unione europea", "EU"), ("União Europeia", "EU"), ("Santa Sede", "VAT"), ("Costa do Marfim", "CIV"),
])
def test_italian_and_portuguese_forms_find_their_country(gaz: Gazetteer, form: str, country: str) -> None:
    assert gaz.country_index.get(fold(form)) == (country,)


@pytest.mark.parametrize(("name", "country"), [
    ("Mosca", "RUS"), ("Moscou", "RUS"), ("Moscovo", "RUS"), ("Pechino", "CHN"), ("Pequim", "CHN"),
    ("Brasília", "BRA"), ("Lisboa", "PRT"), ("Lisbona", "PRT"), ("Parigi", "FRA"), ("Londra", "GBR"),
    ("Teerã", "IRN"), ("Teerão", "IRN"), ("Gerusalemme", "ISR"), ("Ancara", "TUR"), ("Istambul", "TUR"),
    ("Nuova Delhi", "IND"), ("Nova Délhi", "IND"), ("San Pietroburgo", "RUS"), ("L'Aia", "NLD"),
])
def test_italian_and_portuguese_place_names(gaz: Gazetteer, name: str, country: str) -> None:
    assert gaz.places(name) == (country,)


def test_forms_that_are_other_words_are_left_out(gaz: Gazetteer) -> None:
    # Anthony Albanese: the Italian masculine "albanese" would name Albania wherever his surname stands.
    assert "albanese" not in gaz.countries["ALB"].demonyms["it"]
    assert gaz.country_index.get("albanese") is None and gaz.by_alias("Albanese")
    assert "Salvador" not in gaz.countries["SLV"].names["pt"]  # Salvador da Bahia


def test_every_country_has_italian_and_portuguese_names(gaz: Gazetteer) -> None:
    scope = [r["country"] for r in read_rows(DATA_DIR / "manual/scope.jsonl")]
    assert [c for c in scope if not gaz.countries[c].names.get("it")] == []
    assert [c for c in scope if not gaz.countries[c].names.get("pt")] == []
    for lang in ("it", "pt"):
        assert sum(1 for c in scope if gaz.countries[c].demonyms.get(lang)) >= 170, lang
