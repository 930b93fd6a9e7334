"""Terms of office as rows (one person, one office, one span) and the rules that clean a list of them.

A source (the converted Wikidata table, a live SPARQL refresh, the hand-written files) yields Term rows;
the same cleaning applies to all of them, so `refresh` and the first conversion cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from graph.models import ROLES, Role

# A term that ended before this day is outside the gazetteer's scope (heads of state and government
# "from 1990 to today"); one still running on it is kept whole.
SCOPE_START = date(1990, 1, 1)


@dataclass(frozen=True)
class Term:
    """One span of one person in one office; start/end None mean unknown start / still in office."""

    country: str
    role: Role
    qid: str | None
    name: str
    start: date | None
    end: date | None
    source: str = "wikidata"
    note: str = ""

    @property
    def office(self) -> tuple[str, str]:
        """Return the office this term is in: (country, role)."""
        return (self.country, self.role)

    @property
    def person(self) -> str:
        """Return the key that identifies the person: the QID, else the name."""
        return self.qid or "name:" + self.name

    def overlaps(self, other: Term) -> bool:
        """Tell whether two terms share at least one day."""
        return _lo(self) <= _hi(other) and _lo(other) <= _hi(self)

    def to_json(self) -> dict[str, Any]:
        """Return the row as JSON-ready data (dates as ISO strings, empty fields dropped)."""
        row = asdict(self)
        for key in ("start", "end"):
            row[key] = row[key].isoformat() if row[key] else None
        return {k: v for k, v in row.items() if v not in (None, "") or k in ("start", "end")}


def _lo(t: Term) -> date:
    return t.start or date.min


def _hi(t: Term) -> date:
    return t.end or date.max


def parse_day(value: object) -> date | None:
    """Parse an ISO day (a longer timestamp is cut to its day); None for empty or unparseable values."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def term_from_json(row: dict[str, Any], source: str | None = None) -> Term:
    """Build a Term from one JSON row, checking the role."""
    role = row["role"]
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r} in {row!r}")
    return Term(
        country=str(row["country"]),
        role=cast(Role, role),
        qid=row.get("qid") or None,
        name=str(row["name"]),
        start=parse_day(row.get("start")),
        end=parse_day(row.get("end")),
        source=source or str(row.get("source") or "wikidata"),
        note=str(row.get("note") or ""),
    )


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, skipping blank lines and `#` comment lines."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            try:
                yield json.loads(text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: {exc.msg}") from None


def write_terms(path: Path, terms: Iterable[Term], header: str = "") -> None:
    """Write terms as JSONL sorted by office and start, with an optional `#` comment header."""
    rows = sorted(terms, key=lambda t: (t.country, t.role, _lo(t), t.name))
    with path.open("w", encoding="utf-8") as fh:
        for line in header.splitlines():
            fh.write(f"# {line}\n")
        for t in rows:
            fh.write(json.dumps(t.to_json(), ensure_ascii=False) + "\n")


def in_scope(t: Term, since: date = SCOPE_START) -> bool:
    """Tell whether a term has a start and runs on or after `since` (without a start it cannot be placed)."""
    if t.start is None:
        return False
    return t.end is None or t.end >= since


def merge_same_person(terms: Iterable[Term]) -> list[Term]:
    """Merge rows of one person in one office that overlap or touch into one term.

    Sources list a re-elected leader once per mandate, sometimes twice with slightly different
    starts; a person holds an office once at a time, so overlapping rows are one term.
    """
    groups: dict[tuple[str, str, str], list[Term]] = {}
    for t in terms:
        groups.setdefault((t.country, t.role, t.person), []).append(t)
    out: list[Term] = []
    for rows in groups.values():
        rows.sort(key=_lo)
        cur = rows[0]
        for t in rows[1:]:
            if _lo(t) <= _hi(cur) + timedelta(days=1) if cur.end else True:
                end = None if cur.end is None or t.end is None else max(cur.end, t.end)
                cur = replace(cur, end=end, note=cur.note or t.note,
                              source=cur.source if cur.source == t.source else "merged")
            else:
                out.append(cur)
                cur = t
        out.append(cur)
    return out


@dataclass(frozen=True)
class Clip:
    """An automatic repair: a term that ran past its successor's start was ended there, or split."""

    term: Term
    successor: Term
    split: bool

    def describe(self) -> str:
        """Say what was done, for the build report."""
        t, n = self.term, self.successor
        what = (f"split around {n.name} {n.start}..{n.end}" if self.split
                else f"ended at {n.start} ({n.name} starts)")
        return f"{t.country} {t.role} {t.name} {t.start}..{t.end}: {what}"


def clip_to_successor(terms: Iterable[Term],
                      collegial: set[tuple[str, str]]) -> tuple[list[Term], list[Clip]]:
    """Make the terms of each one-holder office follow each other without overlap.

    When a later holder's term lies wholly inside an earlier one (an acting president for a few days,
    a two-day coup), the earlier term is split around it; otherwise the earlier term ends where the
    later one starts (Wikidata often lacks the end of a term whose successor is recorded).
    Collegial offices (several holders at once) are left alone. Every change is returned for review.
    """
    by_office: dict[tuple[str, str], list[Term]] = {}
    for t in terms:
        by_office.setdefault(t.office, []).append(t)
    out: list[Term] = []
    clips: list[Clip] = []
    for office, rows in by_office.items():
        if office in collegial:
            out.extend(rows)
            continue
        out.extend(_sequence(rows, clips))
    return out, clips


def _sequence(rows: list[Term], clips: list[Clip]) -> list[Term]:
    pending = sorted(rows, key=lambda t: (_lo(t), _hi(t)))
    done: list[Term] = []
    while pending:
        t = pending.pop(0)
        nxt = next((n for n in pending
                    if n.person != t.person and n.start is not None and _lo(n) > _lo(t)), None)
        if nxt is None or nxt.start is None or _hi(t) <= nxt.start:
            done.append(t)
            continue
        inside = t.end is not None and nxt.end is not None and nxt.end < t.end
        clips.append(Clip(t, nxt, inside))
        done.append(replace(t, end=nxt.start))
        if inside:
            pending.append(replace(t, start=nxt.end))
            pending.sort(key=lambda x: (_lo(x), _hi(x)))
    return done


def jsonl_text(rows: Iterable[Mapping[str, Any]]) -> str:
    """Return rows as compact JSONL text (UTF-8, no ASCII escapes), the form every built file has."""
    return "".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows)


def write_jsonl(path: Path, rows: Iterable[Mapping[str, Any]]) -> int:
    """Write rows as compact JSONL (UTF-8, no ASCII escapes); return how many."""
    listed = list(rows)
    path.write_text(jsonl_text(listed), encoding="utf-8")
    return len(listed)
