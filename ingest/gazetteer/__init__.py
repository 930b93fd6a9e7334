"""The gazetteer: leaders with dated offices and names in every script, and countries with their forms.

Data lives in ingest/gazetteer/data/ (see its SOURCES.md); load() reads it once per process.

Files:
- leaders.jsonl: one graph.models.Leader per line (id, name, wikidata, aliases, offices).
- countries.jsonl: one Country per line: iso3, iso2, name, names {lang: [...]}, demonyms {lang: [...]}
  (demonyms are the adjective/nisba forms with their inflections, e.g. ar: التركي, التركية, تركي ...).
- titles.jsonl: titles that name whoever holds one office ({"alias", "lang", "country", "role"}),
  e.g. "خادم الحرمين الشريفين" -> SAU head_of_state, resolved by date.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from graph.errors import NotFound
from graph.models import Leader, Role
from graph.text import fold

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Country:
    """A country (or UN / EU) with its names and demonyms per language code (ISO 639-1)."""

    iso3: str
    iso2: str | None
    name: str
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Title:
    """A title that names whoever holds one office on a day (King of X, Custodian of the Two Holy Mosques)."""

    alias: str
    lang: str
    country: str
    role: Role


@dataclass
class Gazetteer:
    """Leaders, countries and titles, with folded-name indexes for fast lookup."""

    leaders: dict[str, Leader]
    countries: dict[str, Country]
    titles: list[Title] = field(default_factory=list)
    # folded alias -> leader ids; folded country name or demonym form -> iso3 codes
    alias_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    country_index: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.alias_index:
            self.alias_index = _index((fold(a), lid) for lid, ldr in self.leaders.items()
                                      for a in (ldr.name, *ldr.aliases))
        if not self.country_index:
            self.country_index = _index((fold(n), c.iso3) for c in self.countries.values()
                                        for forms in (*c.names.values(), *c.demonyms.values(), (c.name,))
                                        for n in forms)

    def leader(self, leader_id: str) -> Leader:
        """Return a leader by id, or raise NotFound."""
        try:
            return self.leaders[leader_id]
        except KeyError:
            raise NotFound("leader", leader_id) from None

    def by_alias(self, name: str) -> list[Leader]:
        """Return the leaders any of whose names folds to the same string as name."""
        return [self.leaders[i] for i in self.alias_index.get(fold(name), ())]

    def holders(self, country: str, role: Role | None, on: date) -> list[Leader]:
        """Return who held an office of the country (of the role, if given) on a day."""
        out = []
        for ldr in self._by_country().get(country, ()):
            if any(o.country == country and (role is None or o.role == role) and o.holds_on(on)
                   for o in ldr.offices):
                out.append(ldr)
        return out

    @cache  # noqa: B019 -- one Gazetteer per process; the cache lives as long as it does
    def _by_country(self) -> dict[str, list[Leader]]:
        out: dict[str, list[Leader]] = {}
        for ldr in self.leaders.values():
            for c in {o.country for o in ldr.offices}:
                out.setdefault(c, []).append(ldr)
        return out

    def __hash__(self) -> int:
        return id(self)


def _index(pairs: object) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key, value in pairs:  # type: ignore[attr-defined]
        if key and value not in out.setdefault(key, []):
            out[key].append(value)
    return {k: tuple(v) for k, v in out.items()}


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read the gazetteer from its data files (use load_default() to share one per process)."""
    leaders = {row["id"]: Leader.model_validate(row) for row in _read_jsonl(data_dir / "leaders.jsonl")}
    countries: dict[str, Country] = {}
    for row in _read_jsonl(data_dir / "countries.jsonl"):
        names = {k: tuple(v) for k, v in dict(row.get("names") or {}).items()}  # type: ignore[call-overload]
        demonyms = {k: tuple(v) for k, v in dict(row.get("demonyms") or {}).items()}  # type: ignore[call-overload]
        countries[str(row["iso3"])] = Country(
            iso3=str(row["iso3"]), iso2=row.get("iso2"), name=str(row["name"]),  # type: ignore[arg-type]
            names=names, demonyms=demonyms,
        )
    titles = [Title(**row) for row in _read_jsonl(data_dir / "titles.jsonl")]  # type: ignore[arg-type]
    return Gazetteer(leaders=leaders, countries=countries, titles=titles)


@cache
def load_default() -> Gazetteer:
    """Return the bundled gazetteer, loaded once per process."""
    return load()
