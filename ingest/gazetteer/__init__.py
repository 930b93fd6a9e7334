"""The gazetteer: leaders with dated offices and names in every script, and countries with their forms.

Data lives in ingest/gazetteer/data/ (see its SOURCES.md and docs/GAZETTEER.md); load() reads it once
per process. Matching is always on graph.text.fold() forms, so case, diacritics and the Arabic/Persian
letter variants (ي/ی, ك/ک, hamza carriers, ة/ه) need not be listed in the data.

Files (JSON Lines, UTF-8; build with tools/build_leaders.py and tools/build_countries.py):
- leaders.jsonl: one leader a line: {"id", "name", "wikidata", "names": {lang: [full names]},
  "short": {lang: [surname-only forms]}, "offices": [{"country", "role", "start", "end"}]}.
  `names` holds full names and one-person titles ("King Salman", "Emir Tamim") in en/ar/fa/ru/fr/es/de/tr,
  Russian in every case (Путина, Путину ...); `short` holds the surname-only forms ("Macron",
  "أردوغان", "Путина"), which name a person only with context (see Gazetteer.is_short). Loaded as
  graph.models.Leader with aliases = every full and short form.
- countries.jsonl: one Country a line: {"iso3", "iso2", "name", "names": {lang: [...]},
  "demonyms": {lang: [...]}, "offices": [{"role", "title", "start", "end"}]}. `names` includes
  inflected forms (Russian cases: Турции; German genitive: Frankreichs); `demonyms` are the adjective or
  nisba forms with their inflections (التركي، التركية، تركي، الأتراك; turc, turque, turcs, turques;
  турецкий, турецкого ...). `offices` says which title words name which role in that country
  (Iran: "president" is the head of government), dated where the system changed (Turkey 2018);
  "leaders", when given, narrows a title to some holders ("crown_prince" in Saudi Arabia names the
  head of government from 2022-09-27, "commission_president" one of the EU's two offices).
  `capitals` ({lang: [...]}, Russian in every case) names the capital (Moscow, Moscou, Moskau, موسكو,
  Москвы ...); `cities` other cities where leaders receive visitors (Istanbul, Jeddah, Sochi). A visit
  "to Moscow" is a visit to Russia: Gazetteer.places() maps a place name to its country.
- titles.jsonl: titles that name whoever holds one office on a day: {"alias", "lang", "country", "role",
  "kind"?, "leaders"?}. "خادم الحرمين الشريفين" -> SAU head_of_state; `leaders`, when given, narrows the
  holders to those people (the EU code covers two offices: Commission and European Council presidents);
  a title with a kind resolves through holders_by_title(country, kind, day).
- data/manual/executive.jsonl: the spans in which a country's "leader" (a text naming no office) is its
  head of government, not its head of state: {"country", "form", "start"?, "end"?}; form "reigning" (a
  monarch who reigns: only where the holder named is the monarch) or "premier" (a head of state who is no
  executive). Read at load; Gazetteer.executive_on answers.
- Dates are ISO days; a missing start or end is open. On a handover day both holders hold the office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, cast

import orjson

from graph.errors import NotFound
from graph.models import Leader, Office, Role, in_span
from graph.text import HAN_CHARS, fold

DATA_DIR = Path(__file__).parent / "data"

# A separator between two Han characters: Chinese writes a foreign name with or without its name dot
# ("埃马纽埃尔·马克龙", "埃马纽埃尔马克龙"), and the extractor, which reads Han text a character at a time,
# takes both for the same name; by_alias does too.
_HAN = re.compile(f"[{HAN_CHARS}]")
_HAN_GAP = re.compile(f"(?<=[{HAN_CHARS}]) (?=[{HAN_CHARS}])")


def han_joined(folded: str) -> str:
    """Drop the spaces between Han characters of a folded name ("埃马纽埃尔 马克龙" -> "埃马纽埃尔马克龙")."""
    return _HAN_GAP.sub("", folded)

# Title words a text uses for an office; Country.offices maps them to roles per country.
TITLE_KINDS = ("president", "prime_minister", "chancellor", "monarch", "supreme_leader", "pope",
               "co_prince", "captain_regent", "chairman", "secretary_general", "commission_president",
               "council_president", "crown_prince", "secretary_of_state")


@dataclass(frozen=True)
class OfficeTitle:
    """Which title names a role in one country, and from when to when ("president" -> head_of_state)."""

    role: Role
    title: str
    start: date | None = None
    end: date | None = None
    # When given, the title names only these holders of the role (the EU code covers two offices:
    # "commission_president" names von der Leyen, "council_president" Costa).
    leaders: tuple[str, ...] = ()

    def holds_on(self, day: date) -> bool:
        """Tell whether this title named the role on a day."""
        return in_span(self.start, self.end, day)


@dataclass(frozen=True)
class Country:
    """A country (or UN / EU) with its names and demonyms per language code (ISO 639-1)."""

    iso3: str
    iso2: str | None
    name: str
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    offices: tuple[OfficeTitle, ...] = ()
    # The capital's names (Moscow, Moscou, موسكو, Москвы ...) and other cities where leaders meet.
    capitals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    cities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The country whose crown this realm shares (a personal union: Canada's king is the British one).
    union: str | None = None

    def roles_for(self, title: str, on: date) -> tuple[Role, ...]:
        """Return the roles a title word names in this country on a day ("president" in Iran -> HoG)."""
        return tuple(dict.fromkeys(o.role for o in self.offices if o.title == title and o.holds_on(on)))

    def latest_roles_for(self, title: str) -> tuple[Role, ...]:
        """Return the roles a title word names in this country's latest span of it (an undated text)."""
        spans = _latest_spans([o for o in self.offices if o.title == title])
        return tuple(dict.fromkeys(o.role for o in spans))

    def title_of(self, role: Role, on: date | None) -> str | None:
        """Return the title word that names a role here on a day (its latest when undated), if listed."""
        spans = [o for o in self.offices if o.role == role and (on is None or o.holds_on(on))]
        if on is None:
            spans = _latest_spans(spans)
        return spans[0].title if spans else None


def _latest_spans(spans: list[OfficeTitle]) -> list[OfficeTitle]:
    """Return the spans that end last (an open end is the latest): what an undated text reads a title by."""
    if not spans:
        return []
    last = max(o.end or date.max for o in spans)
    return [o for o in spans if (o.end or date.max) == last]


@dataclass(frozen=True)
class Title:
    """A title that names whoever holds one office on a day (King of X, Custodian of the Two Holy Mosques)."""

    alias: str
    lang: str
    country: str
    role: Role
    leaders: tuple[str, ...] = ()
    # The title word it stands for (TITLE_KINDS), when the country's `offices` date it: a title with a
    # kind names whoever holders_by_title(country, kind, day) names ("commission_president").
    kind: str | None = None


@dataclass(frozen=True)
class Executive:
    """A span in which a country's head of government is its leader (a reigning monarch, no executive)."""

    country: str
    # True: a monarchy whose monarch reigns (the head of government leads where the holder named is the
    # monarch); False: a head of state who is no executive (the head of government leads).
    reigning: bool
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date | None) -> bool:
        """Tell whether the span covers a day (undated: whether it is still open)."""
        if day is None:
            return self.end is None
        return in_span(self.start, self.end, day)


def read_executive(data_dir: Path = DATA_DIR) -> dict[str, tuple[Executive, ...]]:
    """Read data/manual/executive.jsonl: each country's spans in which its head of government leads."""
    out: dict[str, list[Executive]] = {}
    for r in _read_jsonl(data_dir / "manual" / "executive.jsonl"):
        if r["form"] not in ("reigning", "premier"):
            raise ValueError(f"executive.jsonl: unknown form {r['form']!r} for {r['country']}")
        out.setdefault(str(r["country"]), []).append(
            Executive(country=str(r["country"]), reigning=r["form"] == "reigning", start=_day(r.get("start")),
                      end=_day(r.get("end"))))
    return {k: tuple(v) for k, v in out.items()}


@dataclass
class Gazetteer:
    """Leaders, countries and titles, with folded-name indexes for fast lookup."""

    leaders: dict[str, Leader]
    countries: dict[str, Country]
    titles: list[Title] = field(default_factory=list)
    # folded alias -> leader ids; folded country name or demonym form -> iso3 codes
    alias_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    country_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # leader id -> folded forms that are only a surname for that leader (subset of its aliases)
    short_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # leader id -> full names by language, for display ("ar" -> ("رجب طيب أردوغان",))
    names: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # folded title alias -> titles
    title_index: dict[str, tuple[Title, ...]] = field(default_factory=dict)
    # folded capital or city name -> iso3 codes ("موسكو" -> ("RUS",); "طرابلس" -> ("LBY",))
    place_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # country -> spans in which its head of government is "the leader" (data/manual/executive.jsonl; read by
    # default, so a gazetteer built in a test knows the forms of government too)
    executive: dict[str, tuple[Executive, ...]] = field(default_factory=lambda: read_executive())

    def __post_init__(self) -> None:
        if not self.alias_index:
            self.alias_index = _index((fold(a), lid) for lid, ldr in self.leaders.items()
                                      for a in (ldr.name, *ldr.aliases))
        if not self.country_index:
            self.country_index = _index((fold(n), c.iso3) for c in self.countries.values()
                                        for forms in (*c.names.values(), *c.demonyms.values(), (c.name,))
                                        for n in forms)
        if not self.place_index:
            self.place_index = _index((fold(n), c.iso3) for c in self.countries.values()
                                      for forms in (*c.capitals.values(), *c.cities.values()) for n in forms)
        if not self.title_index:
            grouped: dict[str, list[Title]] = {}
            for t in self.titles:
                grouped.setdefault(fold(t.alias), []).append(t)
            self.title_index = {k: tuple(v) for k, v in grouped.items()}

    def leader(self, leader_id: str) -> Leader:
        """Return a leader by id, or raise NotFound."""
        try:
            return self.leaders[leader_id]
        except KeyError:
            raise NotFound("leader", leader_id) from None

    def by_alias(self, name: str) -> list[Leader]:
        """Return the leaders any of whose names folds to the same string as name.

        Between Han characters a separator does not count (with or without the name dot).
        """
        key = fold(name)
        ids = self.alias_index.get(key, ())
        if not ids and _HAN.search(key):
            ids = self._han_index().get(han_joined(key), ())
        return [self.leaders[i] for i in ids]

    def places(self, name: str) -> tuple[str, ...]:
        """Return the countries whose capital or listed city has this name ("Moskau" -> ("RUS",))."""
        return self.place_index.get(fold(name), ())

    def is_short(self, leader_id: str, name: str) -> bool:
        """Tell whether a name is only a surname-only form for this leader (needs context to trust)."""
        short = self.short_names.get(leader_id, frozenset())
        key = fold(name)
        if key in short:
            return True
        return bool(_HAN.search(key)) and han_joined(key) in {han_joined(s) for s in short}

    def holders(self, country: str, role: Role | None, on: date) -> list[Leader]:
        """Return who held an office of the country (of the role, if given) on a day."""
        out = []
        for ldr in self._by_country().get(country, ()):
            if any(o.country == country and (role is None or o.role == role) and o.holds_on(on)
                   for o in ldr.offices):
                out.append(ldr)
        return out

    def holders_by_title(self, country: str, title: str, on: date) -> list[Leader]:
        """Return who a title word named in a country on a day ("president", TUR, 2020 -> Erdoğan).

        Falls back to head_of_state for "president"/"monarch" and head_of_government for
        "prime_minister"/"chancellor" when the country lists no titles. A title some office spans
        narrow to some people names only them ("commission_president" in the EU).
        """
        c = self.countries.get(country)
        if c is None or not c.offices:
            spans = [OfficeTitle(role=r, title=title) for r in _DEFAULT_ROLES.get(title, ())]
        else:
            spans = [o for o in c.offices if o.title == title and o.holds_on(on)]
        out: list[Leader] = []
        for span in spans:
            out.extend(ldr for ldr in self.holders(country, span.role, on)
                       if ldr not in out and (not span.leaders or ldr.id in span.leaders))
        return out

    def title_holders(self, alias: str, on: date) -> list[Leader]:
        """Return who a one-office title ("خادم الحرمين الشريفين") named on a day."""
        out: list[Leader] = []
        for t in self.title_index.get(fold(alias), ()):
            found = (self.holders_by_title(t.country, t.kind, on) if t.kind
                     else self.holders(t.country, t.role, on))
            for ldr in found:
                if (not t.leaders or ldr.id in t.leaders) and ldr not in out:
                    out.append(ldr)
        return out

    def executive_on(self, country: str, day: date | None) -> Executive | None:
        """Return the span in which a country's head of government was its leader on a day (undated: now)."""
        return next((e for e in self.executive.get(country, ()) if e.holds_on(day)), None)

    @cache  # noqa: B019 -- one Gazetteer per process; the cache lives as long as it does
    def _han_index(self) -> dict[str, tuple[str, ...]]:
        """Index the names holding Han characters without the gaps between them."""
        return _index((han_joined(key), i) for key, ids in self.alias_index.items() if _HAN.search(key)
                      for i in ids)

    @cache  # noqa: B019 -- one Gazetteer per process; the cache lives as long as it does
    def _by_country(self) -> dict[str, list[Leader]]:
        out: dict[str, list[Leader]] = {}
        for ldr in self.leaders.values():
            for c in {o.country for o in ldr.offices}:
                out.setdefault(c, []).append(ldr)
        return out

    def __hash__(self) -> int:
        return id(self)


_DEFAULT_ROLES: dict[str, tuple[Role, ...]] = {
    "president": ("head_of_state",), "monarch": ("head_of_state",),
    "prime_minister": ("head_of_government",), "chancellor": ("head_of_government",),
}


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        if key and value not in out.setdefault(key, []):
            out[key].append(value)
    return {k: tuple(v) for k, v in out.items()}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open("rb") as fh:
        return [orjson.loads(line) for line in fh if line.strip() and not line.startswith(b"#")]


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _leader(row: dict[str, Any], index: dict[str, list[str]]
            ) -> tuple[Leader, dict[str, tuple[str, ...]], frozenset[str]]:
    """Build a Leader from a leaders.jsonl row and add its folded names to the alias index.

    Also return its names by language and its folded surname-only forms. Each name is folded once.
    """
    names = {k: tuple(v) for k, v in (row.get("names") or {}).items()}
    short = {k: tuple(v) for k, v in (row.get("short") or {}).items()}
    name = str(row["name"])
    lid = str(row["id"])
    aliases = dict.fromkeys(a for forms in (*names.values(), *short.values()) for a in forms if a != name)
    offices = tuple(Office(country=o["country"], role=o["role"], start=_day(o.get("start")),
                           end=_day(o.get("end"))) for o in row.get("offices") or ())
    # model_construct: the rows were validated when the data was built (tests validate every row);
    # skipping validation here keeps loading the whole gazetteer fast.
    leader = Leader.model_construct(id=lid, name=name, wikidata=row.get("wikidata"),
                                    aliases=tuple(aliases), offices=offices, provisional=False,
                                    gender=row.get("gender"))
    full_folded = {fold(a) for a in (name, *(a for forms in names.values() for a in forms))}
    short_folded = frozenset(f for forms in short.values() for a in forms
                             if (f := fold(a)) not in full_folded)
    for key in (*full_folded, *short_folded):
        if key:
            ids = index.setdefault(key, [])
            if lid not in ids:
                ids.append(lid)
    return leader, names, short_folded


def _country(row: dict[str, Any]) -> Country:
    offices = tuple(OfficeTitle(role=cast(Role, o["role"]), title=str(o["title"]), start=_day(o.get("start")),
                                end=_day(o.get("end")), leaders=tuple(o.get("leaders") or ()))
                    for o in row.get("offices") or ())
    return Country(
        iso3=str(row["iso3"]), iso2=row.get("iso2"), name=str(row["name"]),
        names={k: tuple(v) for k, v in (row.get("names") or {}).items()},
        demonyms={k: tuple(v) for k, v in (row.get("demonyms") or {}).items()},
        offices=offices,
        capitals={k: tuple(v) for k, v in (row.get("capitals") or {}).items()},
        cities={k: tuple(v) for k, v in (row.get("cities") or {}).items()},
        union=row.get("union"),
    )


def load(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read the gazetteer from its data files (use load_default() to share one per process)."""
    leaders: dict[str, Leader] = {}
    names: dict[str, dict[str, tuple[str, ...]]] = {}
    short_names: dict[str, frozenset[str]] = {}
    index: dict[str, list[str]] = {}
    for row in _read_jsonl(data_dir / "leaders.jsonl"):
        ldr, by_lang, short = _leader(row, index)
        leaders[ldr.id] = ldr
        names[ldr.id] = by_lang
        if short:
            short_names[ldr.id] = short
    countries = {str(r["iso3"]): _country(r) for r in _read_jsonl(data_dir / "countries.jsonl")}
    titles = [Title(alias=str(r["alias"]), lang=str(r["lang"]), country=str(r["country"]),
                    role=cast(Role, r["role"]), leaders=tuple(r.get("leaders") or ()), kind=r.get("kind"))
              for r in _read_jsonl(data_dir / "titles.jsonl")]
    return Gazetteer(leaders=leaders, countries=countries, titles=titles, short_names=short_names,
                     names=names, alias_index={k: tuple(v) for k, v in index.items()},
                     executive=read_executive(data_dir))


@cache
def load_default() -> Gazetteer:
    """Return the bundled gazetteer, loaded once per process."""
    return load()
