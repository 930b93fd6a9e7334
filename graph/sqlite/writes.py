"""Contact writes in SQLite: replace what documents asserted, merge reports into contacts, keep ties.

A ContactWriter lives for one write transaction. It first takes note of every change (dropped
reports, new reports matched to contacts), then finish() writes them with a handful of batched
statements: sources, provisional leaders, refolded contacts and their lookup rows, and the ties of
every touched pair.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from graph.errors import InvalidInput
from graph.keys import contact_id
from graph.merge import find_match, fold_assertions
from graph.models import Assertion, Contact, Mode, Participant, Source, Status, sort_date
from graph.sqlite.leaders import add_provisional
from graph.sqlite.rows import (
    CONTACT_COLUMNS,
    SOURCE_COLUMNS,
    assertion_values,
    chunks,
    dumps,
    loads,
    marks,
    row_assertion,
    upsert_sql,
)
from graph.ties import Tally, ranked

Pair = tuple[str, str]
UNDATED = sort_date(None)

_INSERT_CONTACT = upsert_sql("contacts", CONTACT_COLUMNS)
_INSERT_SOURCE = upsert_sql("sources", SOURCE_COLUMNS)


@dataclass(slots=True)
class _Candidate:
    """The part of a contact that matching reads (graph.merge.Matchable)."""

    id: str
    pair: Pair
    status: Status
    mode: Mode
    date: str | None


@dataclass(slots=True)
class _Created:
    """A contact first written in this batch: its participants, status and fallback mode."""

    a: Participant
    b: Participant
    status: Status
    mode: Mode


def _ordered(c: Contact) -> tuple[Participant, Participant]:
    if c.a.leader_id == c.b.leader_id:
        raise InvalidInput(f"contact {c.id} has the same leader on both sides: {c.a.leader_id}")
    return (c.a, c.b) if c.a.leader_id < c.b.leader_id else (c.b, c.a)


def _with_mode(source: Source, mode: Mode) -> Source:
    """Make the source say which mode it reported, taking the contact's when the extractor left it out."""
    if source.assertion.mode is not None:
        return source
    return source.model_copy(update={"assertion": source.assertion.model_copy(update={"mode": mode})})


def _shift(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return day


def _window(value: str | None) -> tuple[str, str, tuple[str, ...]] | None:
    """Sort-date range and extra sort dates holding every stored contact a report of this date may match.

    graph.merge.dates_close decides; this only narrows what is read: days within one day, the month
    and year containing the date, and undated contacts. None means every date (an undated report).
    """
    if value is None:
        return None
    if len(value) == 10:
        return _shift(value, -1), _shift(value, 1), (f"{value[:7]}-01", f"{value[:4]}-01-01", UNDATED)
    if len(value) == 7:
        return f"{value}-01", f"{value}-31", (f"{value[:4]}-01-01", UNDATED)
    return f"{value}-01-01", f"{value}-12-31", (UNDATED,)


class ContactWriter:
    """Collects one batch of contact writes on a connection inside a write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Reports to store, one per (contact, document): the first one wins within a batch.
        self.reports: dict[tuple[str, str], Source] = {}
        self.created: dict[str, _Created] = {}
        self.created_by_pair: dict[Pair, dict[str, _Candidate]] = defaultdict(dict)
        # Contacts already reported by a document in this batch (see graph.merge.find_match's `taken`).
        self.taken: dict[str, set[str]] = defaultdict(set)
        self.touched: set[str] = set()
        # Pairs whose stored contacts changed get their tie recomputed; pairs that only gained new
        # contacts get the new contacts added to their tie.
        self.recount: set[Pair] = set()
        self.grown: set[Pair] = set()

    # -- taking note of changes ------------------------------------------------------------------

    def drop_documents(self, document_ids: Sequence[str]) -> None:
        """Remove every report these documents made; their contacts are refolded or deleted in finish()."""
        for part in chunks(list(document_ids)):
            rows = self.conn.execute(
                f"""SELECT c.id, c.a_id, c.b_id FROM sources s JOIN contacts c ON c.id = s.contact_id
                    WHERE s.document_id IN ({marks(len(part))})""",
                part,
            ).fetchall()
            for cid, a, b in rows:
                self.touched.add(cid)
                self.recount.add((a, b))
            self.conn.execute(f"DELETE FROM sources WHERE document_id IN ({marks(len(part))})", part)

    def add_report(self, document_id: str, contact: Contact) -> None:
        """Merge one document's report of a contact into the stored contact it matches, or a new one."""
        a, b = _ordered(contact)
        pair = (a.leader_id, b.leader_id)
        mine = [s for s in contact.sources if s.document_id == document_id]
        if mine:
            source = min(mine, key=lambda s: (s.start, s.end))
        else:
            # A contact without its own source still records what this document said about it.
            source = Source(
                document_id=document_id,
                evidence="",
                start=0,
                end=0,
                assertion=Assertion(
                    setting=contact.setting,
                    date=contact.date,
                    date_precision=contact.date_precision,
                    topics=contact.topics,
                    places=contact.places,
                    initiator=contact.initiator,
                    confidence=contact.confidence,
                ),
            )
        source = _with_mode(source, contact.mode)
        report = _Candidate(
            contact.id, pair, contact.status, source.assertion.mode or contact.mode, source.assertion.date
        )
        stored, owner = self._candidates(report)
        match = find_match(report, stored, taken=self.taken[document_id])
        if match is not None:
            target = match.id
            if target in self.created:
                self.grown.add(pair)
            else:
                self.recount.add(pair)
        else:
            target = self._fresh_id(report, owner)
            self.created[target] = _Created(a, b, contact.status, report.mode)
            self.created_by_pair[pair][target] = _Candidate(
                target, pair, contact.status, report.mode, report.date
            )
            self.grown.add(pair)
        self.reports.setdefault((target, document_id), source)
        self.taken[document_id].add(target)
        self.touched.add(target)

    def _candidates(self, report: _Candidate) -> tuple[list[_Candidate], Pair | None]:
        """Read the stored contacts of the report's pair it may match, and who owns the report's id."""
        a, b = report.pair
        window = _window(report.date)
        cols = "id, a_id, b_id, status, mode, date"
        if window is None:
            sql = f"SELECT {cols} FROM contacts WHERE a_id = ? AND b_id = ?"
            params: list[Any] = [a, b]
        else:
            lo, hi, extra = window
            sql = f"""SELECT {cols} FROM contacts WHERE a_id = ? AND b_id = ? AND sort_date BETWEEN ? AND ?
                      UNION SELECT {cols} FROM contacts
                            WHERE a_id = ? AND b_id = ? AND sort_date IN ({marks(len(extra))})"""
            params = [a, b, lo, hi, a, b, *extra]
        sql += f" UNION SELECT {cols} FROM contacts WHERE id = ?"
        params.append(report.id)
        found: dict[str, _Candidate] = {}
        owner: Pair | None = None
        for cid, ra, rb, status, mode, day in self.conn.execute(sql, params):
            if cid == report.id:
                owner = (ra, rb)
            if (ra, rb) == report.pair:
                found[cid] = _Candidate(cid, (ra, rb), status, mode, day)
        found.update(self.created_by_pair.get(report.pair, {}))
        if report.id in self.created:
            owner = (self.created[report.id].a.leader_id, self.created[report.id].b.leader_id)
        return list(found.values()), owner

    def _fresh_id(self, report: _Candidate, owner: Pair | None) -> str:
        """Keep the report's id unless another contact holds it; then derive one, numbered if need be."""
        if owner is None:
            return report.id
        base = contact_id(report.pair[0], report.pair[1], report.date, report.mode, report.status)
        candidate, n = base, 1
        while (
            candidate in self.created
            or self.conn.execute("SELECT 1 FROM contacts WHERE id = ?", (candidate,)).fetchone()
        ):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def drop_contacts(self, contact_ids: Sequence[str]) -> None:
        """Delete contacts outright with their sources and lookup rows (before an import replaces them)."""
        for part in chunks(list(contact_ids)):
            rows = self.conn.execute(
                f"SELECT * FROM contacts WHERE id IN ({marks(len(part))})", part
            ).fetchall()
            self._unindex(rows)
            for row in rows:
                self.recount.add((row["a_id"], row["b_id"]))
            self.conn.execute(f"DELETE FROM sources WHERE contact_id IN ({marks(len(part))})", part)
            self.conn.execute(f"DELETE FROM contacts WHERE id IN ({marks(len(part))})", part)

    def put_contact(self, contact: Contact) -> None:
        """Write a fully formed contact with its id and all its sources (migrations)."""
        if not contact.sources:
            raise InvalidInput(f"contact {contact.id} has no source")
        a, b = _ordered(contact)
        pair = (a.leader_id, b.leader_id)
        self.created[contact.id] = _Created(a, b, contact.status, contact.mode)
        for s in contact.sources:
            self.reports.setdefault((contact.id, s.document_id), _with_mode(s, contact.mode))
        self.touched.add(contact.id)
        self.recount.add(pair)

    # -- writing ---------------------------------------------------------------------------------

    def finish(self) -> None:
        """Write the noted changes: sources, new leaders, refolded contacts, ties and topic totals."""
        conn = self.conn
        conn.executemany(
            _INSERT_SOURCE,
            [(cid, did, s.evidence, s.start, s.end, *assertion_values(s.assertion))
             for (cid, did), s in self.reports.items()],
        )  # fmt: skip
        add_provisional(conn, (p for c in self.created.values() for p in (c.a, c.b)))
        old_rows = self._rows([cid for cid in self.touched if cid not in self.created])
        reports = self._assertions(old_rows)
        for (cid, did), s in self.reports.items():
            if cid in self.created:
                reports[cid].append((did, s.assertion))
        self._unindex(list(old_rows.values()))
        doomed: list[str] = []
        rows: list[tuple[Any, ...]] = []
        for cid in sorted(self.touched):
            said = [a for _, a in sorted(reports.get(cid, []), key=lambda da: da[0])]
            if not said:
                doomed.append(cid)
                continue
            folded = fold_assertions(said)
            if cid in self.created:
                new = self.created[cid]
                head: tuple[Any, ...] = (
                    cid,
                    *_participant_values(new.a),
                    *_participant_values(new.b),
                    folded.mode or new.mode,
                    new.status,
                )
            else:
                old = old_rows[cid]
                head = (
                    *(old[name] for name in CONTACT_COLUMNS[:11]),
                    folded.mode or old["mode"],
                    old["status"],
                )
            rows.append((*head, *_attribute_values(folded)))
        for part in chunks(doomed):
            conn.execute(f"DELETE FROM contacts WHERE id IN ({marks(len(part))})", part)
        conn.executemany(_INSERT_CONTACT, rows)
        self._index(rows)
        self._retie()

    def _rows(self, ids: Sequence[str]) -> dict[str, sqlite3.Row]:
        out: dict[str, sqlite3.Row] = {}
        for part in chunks(list(ids)):
            for row in self.conn.execute(f"SELECT * FROM contacts WHERE id IN ({marks(len(part))})", part):
                out[row["id"]] = row
        return out

    def _assertions(self, rows: dict[str, sqlite3.Row]) -> defaultdict[str, list[tuple[str, Assertion]]]:
        """Read every stored report of these contacts, keyed by contact id, with their document ids."""
        out: defaultdict[str, list[tuple[str, Assertion]]] = defaultdict(list)
        for part in chunks(list(rows)):
            for row in self.conn.execute(
                f"SELECT * FROM sources WHERE contact_id IN ({marks(len(part))})", part
            ):
                out[row["contact_id"]].append((row["document_id"], row_assertion(row)))
        return out

    def _unindex(self, rows: Iterable[sqlite3.Row]) -> None:
        """Delete the lookup rows of contacts as they were stored."""
        leaders, countries, topics = [], [], []
        for r in rows:
            key = r["sort_date"]
            leaders += [(r["a_id"], key, r["id"]), (r["b_id"], key, r["id"])]
            countries += [(c, key, r["id"]) for c in {r["a_country"], r["b_country"]}]
            topics += [(t, key, r["id"]) for t in loads(r["topics"])]
        self.conn.executemany(
            "DELETE FROM contact_leaders WHERE leader_id = ? AND sort_date = ? AND contact_id = ?", leaders
        )
        self.conn.executemany(
            "DELETE FROM contact_countries WHERE country = ? AND sort_date = ? AND contact_id = ?", countries
        )
        self.conn.executemany(
            "DELETE FROM contact_topics WHERE topic = ? AND sort_date = ? AND contact_id = ?", topics
        )

    def _index(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert the lookup rows of contact rows (in CONTACT_COLUMNS order)."""
        at = {name: i for i, name in enumerate(CONTACT_COLUMNS)}
        leaders, countries, topics = [], [], []
        for r in rows:
            cid, key, a, b = r[at["id"]], r[at["sort_date"]], r[at["a_id"]], r[at["b_id"]]
            leaders += [(a, key, cid, b), (b, key, cid, a)]
            countries += [(c, key, cid) for c in {r[at["a_country"]], r[at["b_country"]]}]
            topics += [(t, key, cid) for t in loads(r[at["topics"]])]
        self.conn.executemany(
            "INSERT OR REPLACE INTO contact_leaders (leader_id, sort_date, contact_id, other_id)"
            " VALUES (?,?,?,?)",
            leaders,
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO contact_countries (country, sort_date, contact_id) VALUES (?,?,?)",
            countries,
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO contact_topics (topic, sort_date, contact_id) VALUES (?,?,?)", topics
        )

    def _retie(self) -> None:
        """Bring the ties of touched pairs and the topic totals up to date with the contacts."""
        conn = self.conn
        pairs = sorted(self.recount | self.grown)
        old: dict[Pair, Tally] = {}
        for pair in pairs:
            row = conn.execute(
                "SELECT count, first, last, modes, topics FROM ties WHERE a_id = ? AND b_id = ?", pair
            ).fetchone()
            if row is not None:
                old[pair] = tie_tally(row)
        new: dict[Pair, Tally] = {}
        for pair in pairs:
            tally = Tally()
            if pair in self.recount or pair not in old:
                # Recount from every occurred contact of the pair.
                rows = conn.execute(
                    "SELECT mode, date, topics FROM contacts"
                    " WHERE a_id = ? AND b_id = ? AND status = 'occurred'",
                    pair,
                ).fetchall()
            else:
                # The pair only gained contacts: add those to the stored tie.
                tally.absorb(old[pair])
                fresh = [i for i, c in self.created_by_pair[pair].items() if c.status == "occurred"]
                rows = conn.execute(
                    f"SELECT mode, date, topics FROM contacts WHERE id IN ({marks(len(fresh))})", fresh
                ).fetchall()
            for mode, day, topics in rows:
                tally.add(mode, day, loads(topics))
            new[pair] = tally
        conn.executemany(
            "DELETE FROM ties WHERE a_id = ? AND b_id = ?", [p for p in pairs if not new[p].count]
        )
        conn.executemany(
            "INSERT OR REPLACE INTO ties (a_id, b_id, count, first, last, modes, topics)"
            " VALUES (?,?,?,?,?,?,?)",
            [
                (*p, t.count, t.first, t.last, dumps(ranked(t.modes)), dumps(ranked(t.topics)))
                for p, t in new.items()
                if t.count
            ],
        )
        delta: dict[str, int] = defaultdict(int)
        for pair in pairs:
            for topic, n in new[pair].topics.items():
                delta[topic] += n
            for topic, n in old[pair].topics.items() if pair in old else ():
                delta[topic] -= n
        changed = [(t, n) for t, n in delta.items() if n]
        conn.executemany(
            """INSERT INTO topic_totals (topic, count) VALUES (?, ?)
               ON CONFLICT (topic) DO UPDATE SET count = count + excluded.count""",
            changed,
        )
        conn.executemany(
            "DELETE FROM topic_totals WHERE topic = ? AND count <= 0", [(t,) for t, _ in changed]
        )


def tie_tally(row: sqlite3.Row | tuple[Any, ...]) -> Tally:
    """Read a ties row (count, first, last, modes, topics) back into a Tally."""
    count, first, last, modes, topics = tuple(row)[:5]
    tally = Tally(count=count, first=first, last=last)
    tally.modes.update(loads(modes))
    tally.topics.update(loads(topics))
    return tally


def _participant_values(p: Participant) -> tuple[Any, ...]:
    return (p.leader_id, p.name, p.country, p.role, int(p.provisional))


def _attribute_values(a: Assertion) -> tuple[Any, ...]:
    """Return the folded attribute columns of a contact row (setting .. confidence)."""
    return (
        a.setting,
        a.date,
        a.date_precision,
        sort_date(a.date),
        dumps(list(a.topics)),
        dumps(list(a.places)),
        a.initiator,
        a.confidence,
    )
