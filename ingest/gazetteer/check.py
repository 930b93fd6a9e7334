"""`diplograph gazetteer check`: validate the gazetteer and list every problem found.

Errors (the check fails):
- overlap: two terms in one office share a day, beyond what the office allows (collegial offices list
  their number of holders in data/manual/collegial.jsonl); a handover on one day (one term ends the day
  the next starts) is not an overlap;
- code: a country code that is not ISO 3166-1 alpha-3 of a country in scope, UN or EU; a role outside
  graph.models.ROLES; an end before a start; a QID that is not Q + digits;
- alias: an alias that folds to nothing, or that does not find its own leader through by_alias;
- ambiguous: a full-name alias shared by two leaders who are in office on the same day (full names
  must be unique among concurrent leaders; surname-only forms may be shared, see below);
- title: a titles.jsonl row whose country has no holder of that role, names unknown leaders, or has a
  kind its country's `offices` never use; an office title word outside TITLE_KINDS, or naming unknown
  leaders;
- stale: leaders.jsonl or countries.jsonl differs from what the build (tools/build_leaders.py) makes of
  wikidata_terms.jsonl and manual/ (a name added to a manual file reaches the extractor only through
  the rebuild).
Warnings (reported, not failing): gaps since 1990 in the head of state or government of a UN member
not explained in data/manual/vacancies.jsonl, and surname-only forms shared by leaders in office on the
same day (the extractor must then decide by country or title, never by the surname alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.models import COUNTRY_CODE, ROLES, Leader, Office
from graph.text import fold
from ingest.gazetteer import DATA_DIR, TITLE_KINDS, Gazetteer, load
from ingest.gazetteer.build import stale_files
from ingest.gazetteer.terms import SCOPE_START, parse_day, read_rows

_QID = re.compile(r"^Q\d+$")


@dataclass(frozen=True)
class Problem:
    """One finding of the check: its kind, whether it fails the check, and what is wrong."""

    kind: str
    message: str
    error: bool = True

    def __str__(self) -> str:
        return f"{'ERROR' if self.error else 'warning'} {self.kind}: {self.message}"


def _spans_overlap(a: Office, b: Office) -> bool:
    """Tell whether two terms share a day other than a one-day handover."""
    a_lo, a_hi = a.start or date.min, a.end or date.max
    b_lo, b_hi = b.start or date.min, b.end or date.max
    if a_hi == b_lo or b_hi == a_lo:
        return False
    return a_lo <= b_hi and b_lo <= a_hi


def check_offices(gaz: Gazetteer, collegial: dict[tuple[str, str], int]) -> list[Problem]:
    """Find overlapping terms in each office and invalid codes, roles and dates."""
    out: list[Problem] = []
    by_office: dict[tuple[str, str], list[tuple[Leader, Office]]] = {}
    for ldr in gaz.leaders.values():
        if ldr.wikidata is not None and not _QID.match(ldr.wikidata):
            out.append(Problem("code", f"{ldr.id}: bad QID {ldr.wikidata!r}"))
        for o in ldr.offices:
            if not COUNTRY_CODE.match(o.country) or o.country not in gaz.countries:
                out.append(Problem("code", f"{ldr.id}: unknown country {o.country!r}"))
            if o.role not in ROLES:
                out.append(Problem("code", f"{ldr.id}: unknown role {o.role!r}"))
            if o.start and o.end and o.end < o.start:
                out.append(Problem("code", f"{ldr.id}: {o.country} {o.role} ends {o.end} before {o.start}"))
            by_office.setdefault((o.country, o.role), []).append((ldr, o))
    for office, terms in sorted(by_office.items()):
        allowed = collegial.get(office, 1)
        terms.sort(key=lambda lo: lo[1].start or date.min)
        if allowed == 1:
            for i, (a, ta) in enumerate(terms):
                out += [Problem("overlap", f"{office[0]} {office[1]}: {a.id} {ta.start}..{ta.end} and {b.id}")
                        for b, tb in terms[i + 1:] if b.id != a.id and _spans_overlap(ta, tb)]
            continue
        # A collegial office: at no day may more than `allowed` people hold it.
        for _, ta in terms:
            day = ta.start or date.min
            holders = {b.id for b, tb in terms if (tb.start or date.min) <= day < (tb.end or date.max)}
            if len(holders) > allowed:
                out.append(Problem("overlap", f"{office[0]} {office[1]}: {len(holders)} holders on {day} "
                                              f"({', '.join(sorted(holders))}; {allowed} allowed)"))
    return out


def check_aliases(gaz: Gazetteer) -> list[Problem]:
    """Find aliases that do not resolve, and names two concurrent leaders share."""
    out: list[Problem] = []
    for ldr in gaz.leaders.values():
        for alias in (ldr.name, *ldr.aliases):
            key = fold(alias)
            if not key:
                out.append(Problem("alias", f"{ldr.id}: {alias!r} folds to nothing"))
            elif ldr.id not in gaz.alias_index.get(key, ()):
                out.append(Problem("alias", f"{ldr.id}: {alias!r} does not find its leader"))
    for key, ids in gaz.alias_index.items():
        if len(ids) < 2:
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                day = _common_day(gaz.leaders[a], gaz.leaders[b])
                if day is None:
                    continue
                short = any(key in gaz.short_names.get(x, frozenset()) for x in (a, b))
                out.append(Problem("ambiguous", f"{key!r} names {a} and {b}, both in office on {day}"
                                   + (" (surname only: decide by country or title)" if short else ""),
                                   error=not short))
    return out


def _common_day(a: Leader, b: Leader) -> date | None:
    """Return a day on which both leaders held some office, if there is one."""
    for x in a.offices:
        for y in b.offices:
            lo = max(x.start or date.min, y.start or date.min)
            hi = min(x.end or date.max, y.end or date.max)
            if lo < hi:  # sharing only a handover day does not count
                return lo
    return None


def check_titles(gaz: Gazetteer) -> list[Problem]:
    """Find titles that name no office holder or unknown leaders, and title words of no known kind."""
    out: list[Problem] = []
    for c in gaz.countries.values():
        for o in c.offices:
            if o.title not in TITLE_KINDS:
                out.append(Problem("title", f"{c.iso3} {o.role}: unknown title word {o.title!r}"))
            missing = [i for i in o.leaders if i not in gaz.leaders]
            if missing:
                out.append(Problem("title", f"{c.iso3} {o.title}: unknown leaders {missing}"))
    for t in gaz.titles:
        country = gaz.countries.get(t.country)
        if t.kind is not None and country is not None and not any(o.title == t.kind for o in country.offices):
            out.append(Problem("title", f"{t.alias!r}: {t.country} has no office titled {t.kind!r}"))
        if t.country not in gaz.countries:
            out.append(Problem("title", f"{t.alias!r}: unknown country {t.country}"))
        missing = [i for i in t.leaders if i not in gaz.leaders]
        if missing:
            out.append(Problem("title", f"{t.alias!r}: unknown leaders {missing}"))
        if not any(o.country == t.country and o.role == t.role
                   for ldr in gaz.leaders.values() for o in ldr.offices):
            out.append(Problem("title", f"{t.alias!r}: nobody ever held {t.country} {t.role}"))
    return out


def check_gaps(gaz: Gazetteer, un_members: Mapping[str, date], vacancies: list[tuple[str, str, date, date]],
               today: date, min_days: int = 15) -> list[Problem]:
    """Warn about days since 1990 (or independence) when a UN member had no head of state or government."""
    out: list[Problem] = []
    for iso3, since in sorted(un_members.items()):
        for role in ("head_of_state", "head_of_government"):
            spans = sorted((o.start or date.min, o.end or date.max) for ldr in gaz._by_country().get(iso3, ())
                           for o in ldr.offices if o.country == iso3 and o.role == role)
            spans += [(s, e) for c, r, s, e in vacancies if c == iso3 and r == role]
            spans.sort()
            cursor = max(SCOPE_START, since)
            for lo, hi in spans:
                if cursor >= today:
                    break
                if (lo - cursor).days > min_days:
                    out.append(Problem("gap", f"{iso3} {role}: nobody {cursor}..{lo}", error=False))
                cursor = max(cursor, hi)
            if cursor < today and (today - cursor).days > min_days:
                out.append(Problem("gap", f"{iso3} {role}: nobody {cursor}..{today}", error=False))
    return out


def check_built(data_dir: Path) -> list[Problem]:
    """Find built files that are out of date with the build's inputs (a manual edit without a rebuild)."""
    return [Problem("stale", f"{name} is not what the build makes of wikidata_terms.jsonl and manual/: "
                             "run `.venv/bin/python tools/build_leaders.py` and commit the result")
            for name in stale_files(data_dir)]


def check(data_dir: Path = DATA_DIR, today: date | None = None) -> list[Problem]:
    """Run every check on the gazetteer in data_dir; return all problems (errors and warnings)."""
    gaz = load(data_dir)
    manual = data_dir / "manual"
    collegial = {(r["country"], r["role"]): int(r["max_holders"])
                 for r in read_rows(manual / "collegial.jsonl")}
    un = {r["country"]: parse_day(r.get("since")) or SCOPE_START
          for r in read_rows(manual / "scope.jsonl") if r.get("status") == "un_member"}
    vacancies = [(r["country"], r["role"], parse_day(r.get("start")) or date.min,
                  parse_day(r.get("end")) or date.max)
                 for r in read_rows(manual / "vacancies.jsonl")]
    return [*check_built(data_dir), *check_offices(gaz, collegial), *check_aliases(gaz), *check_titles(gaz),
            *check_gaps(gaz, un, vacancies, today or date.today())]


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """Keep only the problems that fail the check."""
    return [p for p in problems if p.error]
