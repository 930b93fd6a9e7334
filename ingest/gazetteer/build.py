"""Build leaders.jsonl from source terms plus the hand-written files in data/manual/.

The same steps serve the first conversion of the shared table and every `gazetteer refresh`:
raw terms -> scope -> corrections -> added terms -> merge -> clip -> leaders with names.
Every automatic repair is reported, so a person can review what the build changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from graph.keys import slugify
from graph.text import fold
from ingest.gazetteer.names import NameEntry, ascii_variant, leader_names, load_names
from ingest.gazetteer.offices import country_rows
from ingest.gazetteer.terms import (
    Term,
    clip_to_successor,
    in_scope,
    jsonl_text,
    merge_same_person,
    parse_day,
    read_rows,
    term_from_json,
    write_jsonl,
)


@dataclass(frozen=True)
class Correction:
    """A hand-written fix to source terms: drop the matching rows, or give them new dates."""

    qid: str | None
    name: str | None
    country: str | None
    role: str | None
    start: date | None
    drop: bool
    keep_only: frozenset[str] | None
    new_start: date | None
    new_end: date | None
    open_end: bool
    note: str

    def matches(self, t: Term) -> bool:
        """Tell whether this correction applies to a term."""
        return ((self.qid is None or t.qid == self.qid) and (self.name is None or t.name == self.name)
                and (self.country is None or t.country == self.country)
                and (self.role is None or t.role == self.role)
                and (self.start is None or t.start == self.start))

    def drops(self, t: Term) -> bool:
        """Tell whether this correction removes the term (drop, or not among keep_only)."""
        return self.drop or (self.keep_only is not None and (t.qid or "") not in self.keep_only)

    def apply(self, t: Term) -> Term:
        """Return the term with the corrected dates."""
        end = None if self.open_end else (self.new_end or t.end)
        return replace(t, start=self.new_start or t.start, end=end, note=self.note, source="corrected")


@dataclass
class Manual:
    """The hand-written inputs of the build, read from data/manual/."""

    corrections: list[Correction] = field(default_factory=list)
    added: list[Term] = field(default_factory=list)
    collegial: dict[tuple[str, str], int] = field(default_factory=dict)
    # (country, start, end): the head of state also heads the government in that span
    presidential: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    names: dict[str, NameEntry] = field(default_factory=dict)


def _correction(row: Mapping[str, Any]) -> Correction:
    match = row["match"]
    fix = row.get("set") or {}
    keep = row.get("keep_only")
    if not row.get("drop") and not fix and keep is None:
        raise ValueError(f"correction without 'drop', 'keep_only' or 'set': {row!r}")
    return Correction(
        qid=match.get("qid"), name=match.get("name"), country=match.get("country"), role=match.get("role"),
        start=parse_day(match.get("start")), drop=bool(row.get("drop")),
        keep_only=frozenset(keep) if keep is not None else None,
        new_start=parse_day(fix.get("start")), new_end=parse_day(fix.get("end")),
        open_end="end" in fix and fix["end"] is None, note=str(row.get("note") or ""),
    )


def load_manual(manual_dir: Path) -> Manual:
    """Read every hand-written file: corrections, added terms, collegial offices, scope and names."""
    m = Manual()
    m.corrections = [_correction(r) for r in read_rows(manual_dir / "corrections.jsonl")]
    for path in sorted(manual_dir.glob("terms_*.jsonl")):
        m.added.extend(term_from_json(r, source="manual") for r in read_rows(path))
    # changes_*.jsonl mix both kinds: rows with "match" correct terms, the others add terms.
    for path in sorted(manual_dir.glob("changes_*.jsonl")):
        for r in read_rows(path):
            if "match" in r:
                m.corrections.append(_correction(r))
            else:
                m.added.append(term_from_json(r, source="manual"))
    for row in read_rows(manual_dir / "collegial.jsonl"):
        m.collegial[(row["country"], row["role"])] = int(row["max_holders"])
    for row in read_rows(manual_dir / "presidential.jsonl"):
        m.presidential.append((row["country"], parse_day(row.get("start")), parse_day(row.get("end"))))
    for row in read_rows(manual_dir / "scope.jsonl"):
        m.countries.add(row["country"])
    m.names = load_names(manual_dir)
    return m


@dataclass
class BuildReport:
    """What the build did to the source rows, for a person to review."""

    dropped: list[tuple[Term, str]] = field(default_factory=list)
    corrected: list[tuple[Term, Term]] = field(default_factory=list)
    clipped: list[str] = field(default_factory=list)
    unused_corrections: list[Correction] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Return the report as readable lines."""
        out = [f"dropped {t.country} {t.role} {t.name} {t.start}..{t.end}: {why}" for t, why in self.dropped]
        out += [f"corrected {a.country} {a.role} {a.name} {a.start}..{a.end} -> {b.start}..{b.end}"
                for a, b in self.corrected]
        out += self.clipped
        out += [f"unused correction: {c}" for c in self.unused_corrections]
        out += [f"name entry for nobody in the terms: {k}" for k in self.unknown_names]
        return out


def clean_terms(raw: Iterable[Term], manual: Manual, report: BuildReport) -> list[Term]:
    """Apply scope, corrections and added terms, then merge and clip; record what changed."""
    used: set[int] = set()
    kept: list[Term] = []
    for t in raw:
        if manual.countries and t.country not in manual.countries:
            continue
        hits = [(i, c) for i, c in enumerate(manual.corrections) if c.matches(t)]
        used.update(i for i, _ in hits)
        dropper = next((c for _, c in hits if c.drops(t)), None)
        if dropper is not None:
            report.dropped.append((t, dropper.note))
            continue
        fixed = t
        for _, c in hits:
            if c.new_start or c.new_end or c.open_end:
                fixed = c.apply(fixed)
        if fixed is not t:
            report.corrected.append((t, fixed))
        kept.append(fixed)
    report.unused_corrections = [c for i, c in enumerate(manual.corrections) if i not in used]
    kept.extend(_with_source_qids(manual.added, kept))
    report.dropped += [(t, "no start date") for t in kept if t.start is None]
    kept = [t for t in kept if in_scope(t)]
    kept += _presidential_terms(kept, manual.presidential)
    # Clip first (a person's stale open-ended row must end where the next person starts, before it can
    # swallow the same person's later term), then merge each person's rows, then clip what merging joined.
    collegial = set(manual.collegial)
    clipped, clips = clip_to_successor(kept, collegial)
    clipped, more = clip_to_successor(merge_same_person(clipped), collegial)
    report.clipped = ["clipped " + c.describe() for c in (*clips, *more)]
    return sorted(clipped, key=lambda t: (t.country, t.role, t.start or date.min))


def _with_source_qids(added: list[Term], source: list[Term]) -> list[Term]:
    """Give hand-written terms without a QID the QID their name has in the same country's source rows."""
    qids: dict[tuple[str, str], set[str]] = {}
    for t in source:
        if t.qid:
            qids.setdefault((t.country, t.name), set()).add(t.qid)
    out = []
    for t in added:
        found = qids.get((t.country, t.name), set())
        out.append(replace(t, qid=next(iter(found))) if t.qid is None and len(found) == 1 else t)
    return out


def _presidential_terms(terms: list[Term], spans: list[tuple[str, date | None, date | None]]) -> list[Term]:
    """Copy head-of-state terms as head-of-government terms where the president also heads the government.

    Only where nobody is recorded as head of government already: a copy never replaces a source row.
    """
    out: list[Term] = []
    for country, lo, hi in spans:
        hog = [t for t in terms if t.country == country and t.role == "head_of_government"]
        for t in terms:
            if t.country != country or t.role != "head_of_state":
                continue
            start = max(t.start or date.min, lo or date.min)
            end = min(t.end or date.max, hi or date.max)
            if start >= end:
                continue
            copy = replace(t, role="head_of_government", start=start, end=None if end == date.max else end,
                           source="presidential", note=f"the president heads the government in {country}")
            if not any(h.person == t.person and h.overlaps(copy) for h in hog):
                out.append(copy)
    return out


def _person_key(t: Term) -> str:
    return t.qid or slugify(ascii_variant(t.name))


def assemble_leaders(terms: Iterable[Term], names: Mapping[str, NameEntry],
                     previous_ids: Mapping[str, str],
                     secondary: frozenset[tuple[str, str]] = frozenset(),
                     avoid: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Group terms by person into leader rows with a stable id, names and offices.

    A person keeps the id an earlier build gave them (ids are stored in the graph); a new person gets
    the slug of their English name, with the QID appended if another person already has that slug.
    `avoid`: folded country names, which no derived surname may be.
    """
    by_person: dict[str, list[Term]] = {}
    for t in terms:
        by_person.setdefault(_person_key(t), []).append(t)
    taken: set[str] = set()
    rows: list[dict[str, Any]] = []
    # Persons with an earlier id first, so a newcomer can never take an id that is already stored.
    order = sorted(by_person, key=lambda k: (k not in previous_ids, k))
    for key in order:
        # On one start day the main office comes first (Macron: France before his Andorran co-princeship).
        ts = sorted(by_person[key], key=lambda t: (t.start or date.min, t.office in secondary))
        entry = names.get(key)
        name = entry.name if entry and entry.name else ts[-1].name
        # ascii_variant first: slugify drops the letters Unicode does not decompose (Støre -> "stre").
        lid = previous_ids.get(key) or (entry.id if entry and entry.id else slugify(ascii_variant(name)))
        if lid in taken:
            lid = f"{lid}-{key.lower()}"
        taken.add(lid)
        # The main office's country decides the name rules (Macron: France, not Andorra).
        main = next((t for t in reversed(ts) if t.office not in secondary), ts[-1])
        full, short = leader_names(name, main.country, entry, avoid)
        row: dict[str, Any] = {
            "id": lid, "name": name, "wikidata": ts[0].qid,
            "names": full, "short": short,
            "offices": [{"country": t.country, "role": t.role,
                         "start": t.start.isoformat() if t.start else None,
                         "end": t.end.isoformat() if t.end else None} for t in ts],
        }
        if entry is not None and entry.gender == "f":
            row["gender"] = "f"  # (only women are marked: "m" is the names files' default, no fact)
        rows.append(row)
    rows.sort(key=lambda r: r["id"])
    return rows


def previous_ids(leaders_path: Path) -> dict[str, str]:
    """Return person key (QID) -> id from an existing leaders.jsonl, so ids survive rebuilds."""
    if not leaders_path.exists():
        return {}
    out: dict[str, str] = {}
    for row in read_rows(leaders_path):
        if row.get("wikidata"):
            out[row["wikidata"]] = row["id"]
    return out


def country_names(countries_path: Path) -> frozenset[str]:
    """Return the folded names of every country in every language (empty before countries.jsonl exists)."""
    if not countries_path.exists():
        return frozenset()
    return frozenset(fold(n) for row in read_rows(countries_path)
                     for forms in (row.get("names") or {}).values() for n in forms)


def built_leaders(data_dir: Path, source_terms: Iterable[Term] | None = None
                  ) -> tuple[list[dict[str, Any]], BuildReport]:
    """Return the leaders.jsonl rows the build makes from the source terms and manual files, and its report.

    Nothing is written: `build_leaders` writes these rows, `stale_files` compares them with the files.
    """
    manual = load_manual(data_dir / "manual")
    raw = list(source_terms) if source_terms is not None else [
        term_from_json(r) for r in read_rows(data_dir / "wikidata_terms.jsonl")]
    report = BuildReport()
    terms = clean_terms(raw, manual, report)
    rows = assemble_leaders(terms, manual.names, previous_ids(data_dir / "leaders.jsonl"),
                            frozenset(manual.collegial), country_names(data_dir / "countries.jsonl"))
    keys = {_person_key(t) for t in terms}
    # Hand-written names for a person the terms do not hold are a typo in a key; derived source
    # files (sources/names_*.jsonl) may name people outside the gazetteer's scope.
    report.unknown_names = sorted(k for k, e in manual.names.items() if k not in keys and e.name is not None)
    return rows, report


def build_leaders(data_dir: Path, source_terms: Iterable[Term] | None = None) -> BuildReport:
    """Rebuild data_dir/leaders.jsonl from wikidata_terms.jsonl (or the given terms) and manual files."""
    rows, report = built_leaders(data_dir, source_terms)
    write_jsonl(data_dir / "leaders.jsonl", rows)
    if (data_dir / "countries.jsonl").exists():
        write_jsonl(data_dir / "countries.jsonl", country_rows(data_dir, rows))
    return report


def stale_files(data_dir: Path) -> list[str]:
    """Name the built files (leaders.jsonl, countries.jsonl) that differ from what the build would write.

    A name or term added to manual/ reaches the extractor only through a rebuild
    (tools/build_leaders.py); this tells when one was forgotten. A folder without the build's input
    (wikidata_terms.jsonl) has nothing to compare with.
    """
    if not (data_dir / "wikidata_terms.jsonl").exists() or not (data_dir / "leaders.jsonl").exists():
        return []
    rows, _ = built_leaders(data_dir)
    expected = {"leaders.jsonl": jsonl_text(rows)}
    if (data_dir / "countries.jsonl").exists():
        expected["countries.jsonl"] = jsonl_text(country_rows(data_dir, rows))
    return [name for name, text in expected.items()
            if (data_dir / name).read_text(encoding="utf-8") != text]
