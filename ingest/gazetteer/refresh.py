"""`diplograph gazetteer refresh`: rebuild the leader data from Wikidata (SPARQL), then the gazetteer.

Steps: ask Wikidata for the holders of each sovereign state's head-of-state and head-of-government
offices (query A) and for the direct statements on the countries (query B, a cross-check that fills
countries whose office items lack P1906/P1313); when a query times out, ask again country by country;
ask for the labels and aliases of the people found (query C, in batches); write
data/wikidata_terms.jsonl and data/sources/names_wikidata.jsonl; run the same build as the first
conversion (ingest.gazetteer.build), which applies the hand-written corrections and additions.

Wikidata's rules are followed: POST with `Accept: application/sparql-results+json`, a descriptive
User-Agent with contact details, `Retry-After` honoured on HTTP 429, and no parallel requests.
Dates keep Wikidata's precision: a year-precision start is the first day of the year and a year-precision
end its last day (month precision likewise). A statement whose end is "unknown value" is left out, as
in the first conversion: the term is over but we cannot say when.

Tests and offline runs use recorded responses: RecordedSparql reads `<kind>.json` files from a folder.
"""

from __future__ import annotations

import calendar
import json
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol, cast

import httpx

from graph.models import Role
from ingest.fetch import PROJECT_URL, default_user_agent
from ingest.gazetteer.build import BuildReport, build_leaders
from ingest.gazetteer.names import WIKIDATA_LANGS
from ingest.gazetteer.terms import Term, in_scope, read_rows, term_from_json, write_jsonl, write_terms

WD = "http://www.wikidata.org/entity/"
ROLE_OF = {"HOS": "head_of_state", "HOG": "head_of_government"}

_TERM_VARS = """?country ?iso3 ?role ?person ?start ?sp ?end ?ep ?endRaw"""
_QUALIFIERS = """
  FILTER NOT EXISTS { ?st wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?st pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?sp ] }
  OPTIONAL { ?st pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?ep ] }
  OPTIONAL { ?st pq:P582 ?endRaw }"""

# A: holders of the offices a state names as its head of state (P1906) / of government (P1313).
QUERY_OFFICES = """SELECT {vars} WHERE {{
  {values}
  ?country wdt:P31 wd:Q3624078 .
  ?country wdt:P298 ?iso3 .
  {{ ?country wdt:P1906 ?office . BIND("HOS" AS ?role) }}
  UNION {{ ?country wdt:P1313 ?office . BIND("HOG" AS ?role) }}
  ?person p:P39 ?st . ?st ps:P39 ?office .{qualifiers}
}}"""
# B: direct statements on the state: head of state (P35), head of government (P6).
QUERY_DIRECT = """SELECT {vars} WHERE {{
  {values}
  ?country wdt:P31 wd:Q3624078 .
  ?country wdt:P298 ?iso3 .
  {{ ?country p:P35 ?st . ?st ps:P35 ?person . BIND("HOS" AS ?role) }}
  UNION {{ ?country p:P6 ?st . ?st ps:P6 ?person . BIND("HOG" AS ?role) }}{qualifiers}
}}"""
# The sovereign states and their ISO codes, to ask country by country after a timeout.
QUERY_STATES = """SELECT ?country ?iso3 WHERE { ?country wdt:P31 wd:Q3624078 ; wdt:P298 ?iso3 . }"""
# C: labels and aliases of people, in the gazetteer's languages (and "mul", names shared by all).
QUERY_LABELS = """SELECT ?item ?lang ?text ?kind WHERE {{
  VALUES ?item {{ {items} }}
  {{ ?item rdfs:label ?text BIND("label" AS ?kind) }}
  UNION {{ ?item skos:altLabel ?text BIND("alias" AS ?kind) }}
  BIND(LANG(?text) AS ?lang)
  FILTER(?lang IN ({langs}))
}}"""


class QueryTimeout(Exception):
    """Wikidata stopped the query (its 60 s limit) or the connection timed out."""


class SparqlError(Exception):
    """Wikidata answered with an error we cannot retry."""


class Sparql(Protocol):
    """Runs one SPARQL query; `kind` names it (recorded responses are stored under that name)."""

    def query(self, kind: str, sparql: str) -> dict[str, Any]:
        """Return the SPARQL JSON results, or raise QueryTimeout / SparqlError."""
        ...


def wikidata_user_agent(contact: str = "") -> str:
    """Return the User-Agent Wikidata's policy asks for: the tool, its version, and how to reach its operator.

    `contact` is an e-mail address or URL (the CLI takes it from settings); empty means the project's
    issue tracker.
    """
    return f"{default_user_agent()} gazetteer-refresh (contact: {contact.strip() or PROJECT_URL + '/issues'})"


@dataclass(frozen=True)
class RefreshConfig:
    """How to reach Wikidata; the CLI builds it from settings."""

    endpoint: str = "https://query.wikidata.org/sparql"
    user_agent: str = field(default_factory=wikidata_user_agent)
    timeout_s: float = 70.0
    max_retries: int = 5
    label_batch: int = 150


@dataclass
class HttpSparql:
    """The Wikidata query service over HTTP, one request at a time, honouring 429 Retry-After."""

    client: httpx.Client
    config: RefreshConfig = field(default_factory=RefreshConfig)
    sleep: Callable[[float], None] = time.sleep

    def query(self, kind: str, sparql: str) -> dict[str, Any]:
        """POST the query; retry on 429 after the server's Retry-After (or a growing pause)."""
        headers = {"Accept": "application/sparql-results+json", "User-Agent": self.config.user_agent}
        for attempt in range(self.config.max_retries + 1):
            try:
                resp = self.client.post(self.config.endpoint, data={"query": sparql}, headers=headers,
                                        timeout=self.config.timeout_s)
            except httpx.TimeoutException as exc:
                raise QueryTimeout(f"{kind}: {exc}") from exc
            if resp.status_code == 429 and attempt < self.config.max_retries:
                self.sleep(_retry_after(resp.headers.get("Retry-After"), attempt))
                continue
            if resp.status_code in (500, 502, 503, 504) and "timeout" in resp.text.lower():
                raise QueryTimeout(f"{kind}: HTTP {resp.status_code}")
            if resp.status_code != 200:
                raise SparqlError(f"{kind}: HTTP {resp.status_code}: {resp.text[:200]}")
            try:
                return cast(dict[str, Any], resp.json())
            except ValueError as exc:
                raise SparqlError(f"{kind}: the answer is not JSON") from exc
        raise SparqlError(f"{kind}: still rate-limited after {self.config.max_retries} retries")


def _retry_after(value: str | None, attempt: int) -> float:
    """Seconds to wait: Retry-After as seconds or as an HTTP date, else 2, 4, 8 ... seconds."""
    if value:
        if value.strip().isdigit():
            return float(value.strip())
        try:
            when = parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
        except (TypeError, ValueError):
            pass
    return float(2 ** (attempt + 1))


@dataclass
class RecordedSparql:
    """Answers queries from recorded responses: `<folder>/<kind>.json` (":" in the kind becomes "_").

    A `<kind>.timeout` file stands for a query that timed out, to exercise the per-country fallback.
    """

    folder: Path
    asked: list[str] = field(default_factory=list)

    def query(self, kind: str, sparql: str) -> dict[str, Any]:
        """Return the recorded response of this kind of query."""
        self.asked.append(kind)
        stem = kind.replace(":", "_")
        if (self.folder / f"{stem}.timeout").exists():
            raise QueryTimeout(kind)
        path = self.folder / f"{stem}.json"
        if not path.exists():
            raise SparqlError(f"no recorded response for {kind!r} ({path.name})")
        return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


def _qid(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def _value(binding: dict[str, Any], var: str) -> str | None:
    cell = binding.get(var)
    return str(cell["value"]) if cell else None


def wikidata_day(value: str | None, precision: str | None, end: bool) -> date | None:
    """Turn a Wikidata time value into a day, widening year/month precision to the whole span."""
    if not value:
        return None
    text = value.lstrip("+")
    try:
        year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
    except ValueError:
        return None
    prec = int(precision) if precision and precision.isdigit() else 11
    if prec <= 9:
        return date(year, 12, 31) if end else date(year, 1, 1)
    if prec == 10:
        return date(year, month, calendar.monthrange(year, month)[1]) if end else date(year, month, 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_terms(results: dict[str, Any], labels: dict[str, str]) -> Iterator[Term]:
    """Turn query A/B bindings into Terms; rows with an "unknown value" end are left out."""
    for b in results.get("results", {}).get("bindings", []):
        role = ROLE_OF.get(_value(b, "role") or "")
        person, iso3 = _value(b, "person"), _value(b, "iso3")
        if role is None or person is None or iso3 is None or not person.startswith(WD):
            continue
        end_raw = _value(b, "endRaw")
        end = wikidata_day(_value(b, "end"), _value(b, "ep"), end=True)
        if end_raw is not None and end is None:
            continue  # "unknown value": over, date unknown
        qid = _qid(person)
        yield Term(country=iso3, role=cast(Role, role), qid=qid, name=labels.get(qid, qid),
                   start=wikidata_day(_value(b, "start"), _value(b, "sp"), end=False), end=end)


def parse_labels(results: dict[str, Any]) -> dict[str, dict[str, dict[str, list[str]]]]:
    """Return qid -> {"label"|"alias": {lang: [texts]}} from query C bindings."""
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for b in results.get("results", {}).get("bindings", []):
        item, lang, text, kind = (_value(b, v) for v in ("item", "lang", "text", "kind"))
        if not (item and lang and text and kind):
            continue
        bucket = out.setdefault(_qid(item), {}).setdefault(kind, {}).setdefault(lang, [])
        if text not in bucket:
            bucket.append(text)
    return out


def _values(var: str, qids: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join('wd:' + q for q in qids)} }}"


def _query_terms(client: Sparql, template: str, kind: str, states: dict[str, str] | None,
                 report: RefreshReport) -> list[dict[str, Any]]:
    """Run a term query for all states at once, or per state after a timeout; return the bindings."""
    def run(kind_: str, values: str) -> list[dict[str, Any]]:
        sparql = template.format(vars=_TERM_VARS, values=values, qualifiers=_QUALIFIERS)
        return list(client.query(kind_, sparql).get("results", {}).get("bindings", []))

    if states is None:
        try:
            return run(kind, "")
        except QueryTimeout:
            report.notes.append(f"query {kind} timed out; asking country by country")
            states = _states(client)
    rows: list[dict[str, Any]] = []
    for iso3, qid in sorted(states.items()):
        try:
            rows += run(f"{kind}:{qid}", _values("country", [qid]))
        except QueryTimeout:
            report.notes.append(f"query {kind} timed out for {iso3}; its terms are missing")
    return rows


def _states(client: Sparql) -> dict[str, str]:
    """Return ISO3 -> country QID for every sovereign state Wikidata lists."""
    out: dict[str, str] = {}
    for b in client.query("states", QUERY_STATES).get("results", {}).get("bindings", []):
        iso3, country = _value(b, "iso3"), _value(b, "country")
        if iso3 and country:
            out[iso3] = _qid(country)
    return out


@dataclass
class RefreshReport:
    """What a refresh fetched and what the build then did."""

    terms: int = 0
    people: int = 0
    notes: list[str] = field(default_factory=list)
    build: BuildReport | None = None


def refresh(data_dir: Path, client: Sparql, config: RefreshConfig | None = None,
            only: Collection[str] | None = None) -> RefreshReport:
    """Fetch terms and names from Wikidata, write them into data_dir, and rebuild leaders.jsonl.

    `only` (ISO3 codes) limits the refresh to those states, asked one by one; the rows of the other
    states in wikidata_terms.jsonl are kept.
    """
    config = config or RefreshConfig()
    report = RefreshReport()
    countries: dict[str, str] | None = None
    if only is not None:
        wanted = {c.upper() for c in only}
        countries = {iso3: qid for iso3, qid in _states(client).items() if iso3 in wanted}
        missing = sorted(wanted - set(countries))
        if missing:
            raise SparqlError(f"not sovereign states with an ISO code in Wikidata: {', '.join(missing)}")
    bindings = _query_terms(client, QUERY_OFFICES, "A", countries, report)
    bindings += _query_terms(client, QUERY_DIRECT, "B", countries, report)
    people = sorted({_qid(v) for b in bindings if (v := _value(b, "person")) and v.startswith(WD)})
    names: dict[str, dict[str, dict[str, list[str]]]] = {}
    for i in range(0, len(people), config.label_batch):
        batch = people[i:i + config.label_batch]
        langs = ", ".join(f'"{lang}"' for lang in ("mul", *WIKIDATA_LANGS))
        sparql = QUERY_LABELS.format(items=" ".join("wd:" + q for q in batch), langs=langs)
        for qid, kinds in parse_labels(client.query(f"labels:{i // config.label_batch}", sparql)).items():
            names.setdefault(qid, {}).update(kinds)
    english = {q: _english_label(k) for q, k in names.items()}
    results = {"results": {"bindings": bindings}}
    terms = [t for t in parse_terms(results, {q: n for q, n in english.items() if n}) if in_scope(t)]
    report.terms, report.people = len(terms), len(people)
    if countries is not None:
        # A refresh of some states keeps the rows of the others.
        previous = data_dir / "wikidata_terms.jsonl"
        if previous.exists():
            terms += [t for r in read_rows(previous) if (t := term_from_json(r)).country not in countries]
    write_terms(data_dir / "wikidata_terms.jsonl", terms, header=(
        "Heads of state and government from Wikidata (CC0), fetched by `diplograph gazetteer refresh`\n"
        f"on {date.today().isoformat()}; raw rows in scope (terms running on or after 1990-01-01).\n"
        "Corrections live in manual/*.jsonl and are applied by the build."))
    _write_names(data_dir / "sources/names_wikidata.jsonl", names)
    report.build = build_leaders(data_dir, terms)
    return report


def _english_label(kinds: dict[str, dict[str, list[str]]]) -> str | None:
    labels = kinds.get("label", {})
    for lang in ("en", "mul"):
        if labels.get(lang):
            return labels[lang][0]
    return None


def _write_names(path: Path, names: dict[str, dict[str, dict[str, list[str]]]]) -> None:
    """Write the Wikidata labels and aliases as name entries (the build merges them with ours)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = []
    for qid in sorted(names):
        by_lang: dict[str, list[str]] = {}
        for kind in ("label", "alias"):
            for lang, texts in names[qid].get(kind, {}).items():
                key = "en" if lang == "mul" else lang
                if key in WIKIDATA_LANGS:
                    by_lang.setdefault(key, [])
                    by_lang[key] += [t for t in texts if t not in by_lang[key]]
        if by_lang:
            rows.append({"qid": qid, "aliases": by_lang, "source": "wikidata"})
    write_jsonl(path, rows)
