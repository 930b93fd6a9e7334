"""Build ingest/gazetteer/data/countries.jsonl from the shared country sources and our hand-written forms.

Run from the repository root:  .venv/bin/python tools/build_countries.py [/path/to/shared/data]

Sources (see ingest/gazetteer/data/SOURCES.md for versions and licences):
- world_countries_mledoze.json (ODbL): codes, English/official names, names in ar/fr/es/ru/de/tr/fa/zh/ja,
  English and French demonyms;
- CLDR short names through babel (Unicode licence): the common name in each language;
- ArWikiCats nationalities (MIT): Arabic nisba forms (male, female, plurals);
- i18n-nationality (MIT): English, French and Spanish masculine adjectives;
- data/manual/country_forms.tsv, demonyms_it_pt.tsv and countries_extra*.jsonl (ours): Russian stems,
  German, Turkish, Persian, Italian and Portuguese forms, abbreviations and usual short names;
- capitals: the English name from mledoze, the CLDR names of the capital when it is a time-zone city
  (Unicode licence), and data/manual/capitals*.jsonl (ours: more names, and cities where leaders meet).
Inflections come from ingest.gazetteer.inflect.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from babel import Locale
from babel.core import get_global

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.text import fold  # noqa: E402
from ingest.gazetteer.inflect import (  # noqa: E402
    ar_nisba_forms,
    de_adjective_forms,
    de_genitive,
    es_adjective_forms,
    explicit_forms,
    fr_adjective_forms,
    it_adjective_forms,
    pt_adjective_forms,
    ru_adjective_forms,
    ru_country_forms,
)
from ingest.gazetteer.offices import update_countries  # noqa: E402
from ingest.gazetteer.terms import read_rows, write_jsonl  # noqa: E402

DATA = ROOT / "ingest/gazetteer/data"
MANUAL = DATA / "manual"
LANGS = ("en", "ar", "fa", "ru", "fr", "es", "de", "tr", "it", "pt", "zh", "ja", "ko")
MLEDOZE_LANG = {"ar": "ara", "fa": "per", "ru": "rus", "fr": "fra", "es": "spa", "de": "deu", "tr": "tur",
                "it": "ita", "pt": "por", "zh": "zho", "ja": "jpn", "ko": "kor"}
# Languages with no country adjective: every name of a country is also its demonym (Korean puts the name
# before a title too: "미국 대통령").
NAME_IS_DEMONYM = ("zh", "ja", "ko")
# CLDR locales read for each language: Portuguese in its Brazilian (default) and European forms (Irã, Irão).
CLDR_LOCALES = {**{lang: (lang,) for lang in LANGS}, "pt": ("pt", "pt_PT")}

# ArWikiCats keys its entries by English demonym; these point its country names at ISO codes where the
# English name in the file differs from mledoze's common name.
AR_COUNTRY_KEYS = {
    "america": None, "united states": "USA", "burma": "MMR", "czech republic": "CZE", "ivory coast": "CIV",
    "macedonia": "MKD", "republic of ireland": "IRL", "republic-of-congo": "COG", "congo": "COG",
    "democratic-republic-of-congo": "COD", "swaziland": "SWZ", "timor": "TLS", "cape verde": "CPV",
    "korea": None, "gambia": "GMB", "bahamas": "BHS", "vatican": "VAT", "são toméan": "STP",
    "antiguan and barbudan": "ATG", "federated states-of micronesia": "FSM", "kyrgyz": "KGZ",
    "uzbek": "UZB", "turkmen": "TKM", "chinese taipei": None, "taiwan": "TWN", "palestine": "PSE",
}


def _add(bucket: dict[str, list[str]], lang: str, forms: list[str] | tuple[str, ...]) -> None:
    seen = bucket.setdefault(lang, [])
    for f in forms:
        f = " ".join(str(f).replace("\u2019", "'").split())
        if f and f != "-" and f not in seen:
            seen.append(f)


def _arabic_nisba(shared: Path, iso_by_name: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    tables = [json.loads((shared / n).read_text(encoding="utf-8"))
              for n in ("arwikicats_nationalities_data.json", "arwikicats_all_nat_as_en.json")]
    for table in tables:
        for key, e in table.items():
            en = e.get("en", "").lower()
            iso = AR_COUNTRY_KEYS.get(en, iso_by_name.get(en)) if en in AR_COUNTRY_KEYS or en in iso_by_name \
                else AR_COUNTRY_KEYS.get(key, iso_by_name.get(key))
            if not iso:
                continue
            forms = ar_nisba_forms(e["male"], e["female"], e.get("males"), e.get("females"))
            out.setdefault(iso, [])
            out[iso] += [f for f in forms if f not in out[iso]]
            if e.get("ar"):
                out.setdefault("name:" + iso, []).append(e["ar"])
    return out


def _i18n(shared: Path, lang: str) -> dict[str, str]:
    data = json.loads((shared / f"i18n_nationality_{lang}.json").read_text(encoding="utf-8"))
    return dict(data["nationalities"])


def _forms_tsv() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for line in (MANUAL / "country_forms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, ru, de, tr, fa = line.split("\t")
        out[iso3] = {k: [v for v in col.split("|") if v != "-"] for k, col in
                     (("ru", ru), ("de", de), ("tr", tr), ("fa", fa))}
    return out


def _it_pt_forms() -> dict[str, dict[str, list[str]]]:
    """Return iso3 -> {"it"|"pt": every inflected form} from demonyms_it_pt.tsv."""
    inflect = {"it": it_adjective_forms, "pt": pt_adjective_forms}
    out: dict[str, dict[str, list[str]]] = {}
    for line in (MANUAL / "demonyms_it_pt.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, *cols = line.split("\t")
        for lang, col in zip(("it", "pt"), cols, strict=True):
            forms = out.setdefault(iso3, {}).setdefault(lang, [])
            for value in col.split("|"):
                if value != "-":
                    forms += explicit_forms(value) or inflect[lang](value)
    return out


def _merged_rows(pattern: str) -> dict[str, dict[str, Any]]:
    """Read the manual files matching pattern (countries_extra*.jsonl, capitals*.jsonl) by iso3.

    Rows of one country in several files are merged: {lang: [...]} maps and lists are joined.
    """
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(MANUAL.glob(pattern)):
        for row in read_rows(path):
            into = out.setdefault(row["iso3"], {})
            for key, value in row.items():
                if isinstance(value, dict):  # {lang: [forms]}, or {lang: base} (demonym_base)
                    by_lang = into.setdefault(key, {})
                    for lang, forms in value.items():
                        if isinstance(forms, list):
                            by_lang.setdefault(lang, []).extend(forms)
                        else:
                            by_lang.setdefault(lang, forms)
                elif isinstance(value, list):
                    into.setdefault(key, []).extend(value)
                else:
                    into.setdefault(key, value)
    return out


def _cldr_names(text: str) -> list[str]:
    """Split a CLDR name that gives a second name in brackets ("Côte d'Ivoire (Costa do Marfim)")."""
    head, _, rest = text.partition(" (")
    return [head, rest.rstrip(")")] if rest else [head]


def _zone_cities() -> dict[str, list[str]]:
    """Return territory (ISO alpha-2) -> the CLDR time zones in it."""
    out: dict[str, list[str]] = {}
    for zone, territory in get_global("zone_territories").items():
        out.setdefault(territory, []).append(zone)
    return out


def _cldr_capital(capitals: list[str], zones: list[str],
                  locales: dict[str, list[Locale]]) -> dict[str, list[str]]:
    """Return the CLDR names of the capital in each language when it is a time-zone city of its country."""
    wanted = {fold(c) for c in capitals}
    out: dict[str, list[str]] = {}
    for zone in zones:
        if fold(zone.rsplit("/", 1)[-1].replace("_", " ")) not in wanted:
            continue
        for lang, locs in locales.items():
            for loc in locs:
                city = loc.time_zones.get(zone, {}).get("city")
                if city:
                    # "Tripoli (Libye)": CLDR tells two Tripolis apart; "Reyk\xadja\xadvík": soft hyphens.
                    _add(out, lang, [city.split(" (")[0].replace("\xad", "")])
    return out


def _elsewhere(form: str, iso3: str, names: dict[str, set[str]]) -> bool:
    """Tell whether a form is the name of a country other than iso3."""
    return bool(names.get(fold(form), set()) - {iso3})


def _places(iso3: str, c: dict[str, Any] | None, iso2: str | None, x: dict[str, Any],
            zones: dict[str, list[str]], locales: dict[str, list[Locale]],
            other_names: dict[str, set[str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Return (capital names, other city names) by language, with Russian case forms, without dropped forms.

    A form is dropped when our data says so (a common word: "La Paz", "Malé") or when it is another
    country's name (CLDR's Turkish "Cuba" for Juba).
    """
    capital: dict[str, list[str]] = {}
    english = list((c or {}).get("capital", []))
    _add(capital, "en", english)
    for lang, forms in _cldr_capital(english, zones.get(iso2 or "", []), locales).items():
        _add(capital, lang, forms)
    for lang, forms in (x.get("capital") or {}).items():
        _add(capital, lang, forms)
    cities: dict[str, list[str]] = {}
    for lang, forms in (x.get("cities") or {}).items():
        _add(cities, lang, forms)
    drop = {fold(d) for d in x.get("drop", [])}
    out = []
    for bucket in (capital, cities):
        if "ru" in bucket:
            bucket["ru"] = list(dict.fromkeys(g for n in bucket["ru"] for g in ru_country_forms(n)))
        kept = {lang: [f for f in forms if fold(f) not in drop and not _elsewhere(f, iso3, other_names)]
                for lang, forms in bucket.items()}
        out.append({k: v for k, v in kept.items() if v})
    return out[0], out[1]


def build(shared: Path) -> list[dict[str, Any]]:
    """Return one row per country in scope, with names and demonyms in every language."""
    mledoze = {c["cca3"]: c for c in json.loads((shared / "world_countries_mledoze.json").read_text("utf-8"))}
    scope = [r["country"] for r in read_rows(MANUAL / "scope.jsonl")]
    iso_by_name = {c["name"]["common"].lower(): iso for iso, c in mledoze.items()}
    iso_by_name.update({c["name"]["official"].lower(): iso for iso, c in mledoze.items()})
    nisba = _arabic_nisba(shared, iso_by_name)
    i18n = {lang: _i18n(shared, lang) for lang in ("en", "fr", "es")}
    forms = _forms_tsv()
    it_pt = _it_pt_forms()
    extra = _merged_rows("countries_extra*.jsonl")
    locales = {lang: [Locale.parse(code) for code in CLDR_LOCALES[lang]] for lang in LANGS}
    capitals = _merged_rows("capitals*.jsonl")
    zones = _zone_cities()
    rows: list[dict[str, Any]] = []
    for iso3 in scope:
        c = mledoze.get(iso3)
        x = extra.get(iso3, {})
        names: dict[str, list[str]] = {}
        dem: dict[str, list[str]] = {}
        iso2 = c["cca2"] if c else x.get("iso2")
        name = x.get("name") or (c["name"]["common"] if c else iso3)
        _add(names, "en", [name])
        if c:
            _add(names, "en", [c["name"]["official"]])
            _add(names, "en", [a for a in c.get("altSpellings", []) if len(a) > 3 and a.isascii()])
            for lang, key in MLEDOZE_LANG.items():
                tr = c["translations"].get(key, {})
                _add(names, lang, [tr.get("common", ""), tr.get("official", "")])
            for m in ("m", "f"):
                _add(dem, "en", [c.get("demonyms", {}).get("eng", {}).get(m, "")])
            for m in ("m", "f"):
                fra = c.get("demonyms", {}).get("fra", {}).get(m, "")
                if fra:
                    _add(dem, "fr", fr_adjective_forms(fra))
        if iso2:
            for lang in LANGS:
                for loc in locales[lang]:
                    short = loc.territories.get(iso2)
                    if short:
                        _add(names, lang, _cldr_names(short))
        _add(names, "ar", nisba.get("name:" + iso3, []))
        for lang, forms_ in (x.get("names") or {}).items():
            _add(names, lang, forms_)
        # Demonyms: English, French and Spanish from i18n-nationality unless our data overrides them.
        if iso2:
            base = x.get("demonym_base", {})
            en = base.get("en") or i18n["en"].get(iso2)
            if en and "," not in en and "(" not in en:
                _add(dem, "en", [en])
            fr = base.get("fr") or i18n["fr"].get(iso2)
            if fr and "(" not in fr:
                _add(dem, "fr", fr_adjective_forms(fr))
            es = base.get("es") or i18n["es"].get(iso2)
            if es and "(" not in es:
                _add(dem, "es", es_adjective_forms(es))
        _add(dem, "ar", nisba.get(iso3, []))
        f = forms.get(iso3, {})
        for stem in f.get("ru", []):
            _add(dem, "ru", ru_adjective_forms(stem))
        for base in f.get("de", []):
            _add(dem, "de", [base] if base[:1].isupper() else de_adjective_forms(base))
        _add(dem, "tr", f.get("tr", []))
        _add(dem, "fa", f.get("fa", []))
        for lang, forms_ in it_pt.get(iso3, {}).items():
            _add(dem, lang, forms_)
        for lang, forms_ in (x.get("demonyms") or {}).items():
            _add(dem, lang, forms_)
        # Chinese and Japanese have no adjective: the name stands before a title (法国总统, フランス大統領)
        for lang in NAME_IS_DEMONYM:
            _add(dem, lang, names.get(lang, []))
        # Inflected names: every Russian case; the German genitive in -s.
        names["ru"] = list(dict.fromkeys(g for n in names.get("ru", []) for g in ru_country_forms(n)))
        _add(names, "de", [g for n in names.get("de", []) if n not in x.get("de_no_genitive", [])
                           for g in de_genitive(n)])
        for lang, drop in (x.get("drop") or {}).items():
            gone = {fold(d) for d in drop}
            names[lang] = [n for n in names.get(lang, []) if fold(n) not in gone]
            dem[lang] = [n for n in dem.get(lang, []) if fold(n) not in gone]
        rows.append({"iso3": iso3, "iso2": iso2, "name": name,
                     "names": {k: v for k, v in names.items() if v},
                     "demonyms": {k: v for k, v in dem.items() if v}})
    # Capitals last: a capital's name may not be another country's name, so all names must be known.
    other_names: dict[str, set[str]] = {}
    for row in rows:
        for forms in row["names"].values():
            for n in forms:
                other_names.setdefault(fold(n), set()).add(row["iso3"])
    for row in rows:
        iso3 = row["iso3"]
        capital, cities = _places(iso3, mledoze.get(iso3), row["iso2"], capitals.get(iso3, {}), zones,
                                  locales, other_names)
        if capital:
            row["capitals"] = capital
        if cities:
            row["cities"] = cities
    return rows


def main() -> None:
    """Build and write countries.jsonl."""
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/data")
    rows = build(shared)
    n = write_jsonl(DATA / "countries.jsonl", rows)
    update_countries(DATA)  # the title spans come from the leaders' terms
    print(f"wrote {n} countries")


if __name__ == "__main__":
    main()
