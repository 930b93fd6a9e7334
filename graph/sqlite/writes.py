"""Contact writes in SQLite: replace what documents asserted, merge reports into contacts, keep ties.

A ContactWriter lives for one write transaction. It first takes note of every change (dropped
reports, new reports matched to contacts), then finish() writes them with batched statements:
sources, provisional leaders, refolded contacts and their lookup rows, and the ties of every touched
pair. Reads are batched too: the stored contacts every report of a batch may match are fetched with
a few joins against a VALUES list, not one query per report.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from graph.errors import InvalidInput
from graph.keys import contact_id
from graph.merge import candidate_window, find_match, fold_assertions
from graph.models import Assertion, Contact, Mode, Participant, Source, Status, sort_date
from graph.sqlite.leaders import add_provisional
from graph.sqlite.rows import (
    CONTACT_COLUMNS,
    SOURCE_COLUMNS,
    assertion_values,
    chunks,
    dumps,
    list_of,
    loads,
    marks,
    row_assertion,
    text_list,
    upsert_sql,
)
from graph.ties import Tally, ranked

Pair = tuple[str, str]
UNDATED = sort_date(None)
# The month_totals key of occurred contacts dated only to a year, or not at all.
NO_MONTH = ""
# A stored contact as the writer reads and inserts it: its integer key, then CONTACT_COLUMNS.
_STORED = "n, " + ", ".join(CONTACT_COLUMNS)
_INSERT_CONTACT = f"INSERT INTO contacts ({_STORED}) VALUES ({marks(len(CONTACT_COLUMNS) + 1)})"
_INSERT_SOURCE = upsert_sql("sources", SOURCE_COLUMNS)
_INSERT_LEADER_ROW = upsert_sql(
    "contact_leaders", ("leader_id", "sort_date", "contact_id", "other_id", "contact_n")
)
_INSERT_COUNTRY_ROW = upsert_sql("contact_countries", ("country", "sort_date", "contact_id", "contact_n"))
_INSERT_TOPIC_ROW = upsert_sql("contact_topics", ("topic", "sort_date", "contact_id", "contact_n"))
_INSERT_TIE = upsert_sql("ties", ("a_id", "b_id", "count", "first", "last", "modes", "topics", "months"))
# The columns tie_tally() reads, in its order.
TIE_COLUMNS = "count, first, last, modes, topics, months"
_CANDIDATE = "c.id, c.a_id, c.b_id, c.status, c.mode, c.date"
# Rows per VALUES list: 5 parameters each stays far below SQLite's limit on bound parameters.
_PROBES = 400


@dataclass(slots=True)
class _Candidate:
    """The part of a contact that matching reads (graph.merge.Matchable)."""

    id: str
    pair: Pair
    status: Status
    mode: Mode
    date: str | None


@dataclass(slots=True)
class _Report:
    """One document's report of one contact, ready to match: who, what it said, and its probe."""

    document_id: str
    a: Participant
    b: Participant
    source: Source
    probe: _Candidate  # the report's own id, pair, status, mode and date


@dataclass(slots=True)
class _Created:
    """A contact first written in this batch: its participants, status and the mode it was created with."""

    a: Participant
    b: Participant
    status: Status
    mode: Mode


def _report(document_id: str, contact: Contact) -> _Report:
    """Normalize a contact as one document reported it: participants in id order, its own source."""
    if contact.a.leader_id == contact.b.leader_id:
        raise InvalidInput(f"contact {contact.id} has the same leader on both sides: {contact.a.leader_id}")
    a, b = (contact.a, contact.b) if contact.a.leader_id < contact.b.leader_id else (contact.b, contact.a)
    only = contact.sources[0] if len(contact.sources) == 1 else None
    mine = (
        [only]
        if only is not None and only.document_id == document_id
        else [s for s in contact.sources if s.document_id == document_id]
    )
    if mine:
        source = mine[0] if len(mine) == 1 else min(mine, key=lambda s: (s.start, s.end))
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
    mode = source.assertion.mode or contact.mode
    probe = _Candidate(contact.id, (a.leader_id, b.leader_id), contact.status, mode, source.assertion.date)
    return _Report(document_id, a, b, source, probe)


def _with_mode(assertion: Assertion, mode: Mode) -> Assertion:
    """Make an assertion say which mode it reported, taking the contact's when the extractor left it out."""
    return assertion if assertion.mode is not None else assertion.model_copy(update={"mode": mode})


class ContactWriter:
    """Collects one batch of contact writes on a connection inside a write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Reports to store, one per (contact, document): the first one wins within a batch.
        self.reports: dict[tuple[str, str], tuple[Source, Mode]] = {}
        self.created: dict[str, _Created] = {}
        self.created_by_pair: dict[Pair, dict[str, _Candidate]] = defaultdict(dict)
        # Contacts already reported by a document in this batch (see graph.merge.find_match's `taken`).
        self.taken: dict[str, set[str]] = defaultdict(set)
        self.touched: set[str] = set()
        # Stored contacts as they were before this batch changed or deleted them: what ties lose.
        self.before: list[sqlite3.Row] = []

    # -- taking note of changes ------------------------------------------------------------------

    def drop_documents(self, document_ids: Sequence[str]) -> None:
        """Remove every report these documents made; their contacts are refolded or deleted in finish()."""
        for part in chunks(list(document_ids)):
            rows = self.conn.execute(
                f"""SELECT c.id, c.a_id, c.b_id FROM sources s JOIN contacts c ON c.n = s.contact_n
                    WHERE s.document_id IN ({marks(len(part))})""",
                part,
            ).fetchall()
            self.touched.update(cid for cid, _, _ in rows)
            self.conn.execute(f"DELETE FROM sources WHERE document_id IN ({marks(len(part))})", part)

    def add_reports(self, items: Iterable[tuple[str, Sequence[Contact]]]) -> None:
        """Merge each document's reports, in order, into the contacts they match or into new ones."""
        reports = [_report(doc, c) for doc, contacts in items for c in contacts]
        stored, owners = self._stored(reports)
        for i, report in enumerate(reports):
            self._merge(report, stored.get(i, {}), owners)

    def _merge(self, report: _Report, stored: dict[str, _Candidate], owners: dict[str, _Candidate]) -> None:
        probe = report.probe
        pair = probe.pair
        candidates = dict(stored)
        owner = owners.get(probe.id)
        if owner is not None and owner.pair == pair:
            candidates[owner.id] = owner  # the report's own id matches even outside the date window
        candidates.update(self.created_by_pair.get(pair, {}))
        match = find_match(probe, candidates.values(), taken=self.taken[report.document_id])
        if match is not None:
            target = match.id
        else:
            target = self._fresh_id(probe, owner is not None or probe.id in self.created)
            self.created[target] = _Created(report.a, report.b, probe.status, probe.mode)
            self.created_by_pair[pair][target] = _Candidate(
                target, pair, probe.status, probe.mode, probe.date
            )
        self.reports.setdefault((target, report.document_id), (report.source, probe.mode))
        self.taken[report.document_id].add(target)
        self.touched.add(target)

    def _stored(
        self, reports: Sequence[_Report]
    ) -> tuple[dict[int, dict[str, _Candidate]], dict[str, _Candidate]]:
        """Fetch each report's stored candidates (its pair, its date window) and the owners of report ids.

        Reports of one pair share most of their windows (the undated contacts, the year, the month): each
        distinct window is read once, and what it holds goes to every report that asked for it.
        """
        asked: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
        for i, r in enumerate(reports):
            a, b = r.probe.pair
            lo, hi, extra = candidate_window(r.probe.date)
            asked[(a, b, lo, hi)].append(i)
            for day in extra:
                asked[(a, b, day, day)].append(i)
        probes = list(asked.items())
        found: dict[int, dict[str, _Candidate]] = defaultdict(dict)
        for start in range(0, len(probes), _PROBES):
            window = probes[start : start + _PROBES]
            sql = f"""WITH p(i, a, b, lo, hi) AS (VALUES {",".join(["(?,?,?,?,?)"] * len(window))})
                      SELECT p.i, {_CANDIDATE} FROM p JOIN contacts c
                      ON c.a_id = p.a AND c.b_id = p.b AND c.sort_date BETWEEN p.lo AND p.hi"""
            params = [v for j, (key, _) in enumerate(window, start) for v in (j, *key)]
            for j, cid, a, b, status, mode, day in self.conn.execute(sql, params):
                candidate = _Candidate(cid, (a, b), status, mode, day)
                for i in probes[j][1]:
                    found[i][cid] = candidate
        owners: dict[str, _Candidate] = {}
        ids = list({r.probe.id for r in reports})
        for part in chunks(ids):
            sql = f"SELECT {_CANDIDATE} FROM contacts c WHERE c.id IN ({marks(len(part))})"
            for cid, a, b, status, mode, day in self.conn.execute(sql, part):
                owners[cid] = _Candidate(cid, (a, b), status, mode, day)
        return found, owners

    def _fresh_id(self, probe: _Candidate, taken: bool) -> str:
        """Keep the report's id unless another contact holds it; then derive one, numbered if need be."""
        if not taken:
            return probe.id
        base = contact_id(probe.pair[0], probe.pair[1], probe.date, probe.mode, probe.status)
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
                f"SELECT {_STORED} FROM contacts WHERE id IN ({marks(len(part))})", part
            ).fetchall()
            self._unindex(rows)
            self.before += rows
            keys = [r["n"] for r in rows]
            self.conn.execute(f"DELETE FROM sources WHERE contact_n IN ({marks(len(keys))})", keys)
            self.conn.execute(f"DELETE FROM contacts WHERE n IN ({marks(len(keys))})", keys)

    def put_contact(self, contact: Contact) -> None:
        """Write a fully formed contact with its id and all its sources (migrations)."""
        if not contact.sources:
            raise InvalidInput(f"contact {contact.id} has no source")
        first = _report(contact.sources[0].document_id, contact)
        self.created[contact.id] = _Created(first.a, first.b, contact.status, contact.mode)
        for s in contact.sources:
            self.reports.setdefault((contact.id, s.document_id), (s, s.assertion.mode or contact.mode))
        self.touched.add(contact.id)

    # -- writing ---------------------------------------------------------------------------------

    def finish(self) -> None:
        """Write the noted changes: sources, new leaders, refolded contacts, ties and topic totals."""
        conn = self.conn
        add_provisional(conn, (p for c in self.created.values() for p in (c.a, c.b)))
        old_rows = self._rows([cid for cid in self.touched if cid not in self.created])
        self.before += old_rows.values()
        # New contacts take the next integer keys, in the order they were created: they append.
        keys = {cid: row["n"] for cid, row in old_rows.items()}
        first = conn.execute("SELECT coalesce(max(n), 0) + 1 FROM contacts").fetchone()[0]
        keys.update({cid: first + i for i, cid in enumerate(self.created)})
        # Rows go in key order: neighbouring keys share B-tree pages, so a batch touches fewer of them.
        conn.executemany(
            _INSERT_SOURCE,
            sorted(
                (keys[cid], did, s.evidence, s.start, s.end, *assertion_values(s.assertion, mode))
                for (cid, did), (s, mode) in self.reports.items()
            ),
        )
        said = self._assertions(old_rows)
        for (cid, did), (s, mode) in self.reports.items():
            if cid in self.created:
                said[cid].append((did, s.assertion, mode))
        doomed: list[int] = []
        rows: list[tuple[Any, ...]] = []  # every touched contact still standing, as written
        inserts: list[tuple[Any, ...]] = []
        updates: dict[bool, list[tuple[Any, ...]]] = {True: [], False: []}  # by whether the day moved
        add, drop = _Lookups(), _Lookups()
        for cid in sorted(self.touched):
            n = keys[cid]
            reports = said.get(cid, [])
            if len(reports) > 1:
                reports.sort(key=lambda r: r[0])
            if not reports:
                doomed.append(n)
                drop.contact(_values(old_rows[cid]), list_of(old_rows[cid]["topics"]), n)
                continue
            # A lone report folds to itself; several need the mode each one gave.
            folded = fold_assertions(
                [a for _, a, _ in reports] if len(reports) == 1 else [_with_mode(a, m) for _, a, m in reports]
            )
            if cid in self.created:
                new = self.created[cid]
                head: tuple[Any, ...] = (
                    cid,
                    *_participant_values(new.a),
                    *_participant_values(new.b),
                    folded.mode or new.mode,
                    new.status,
                )
                row = (*head, *_attribute_values(folded))
                inserts.append((n, *row))
                add.contact(row, folded.topics, n)
            else:
                old = old_rows[cid]
                stored = _values(old)
                row = (*stored[:11], folded.mode or old["mode"], old["status"], *_attribute_values(folded))
                if row != stored:
                    # An UPDATE that leaves sort_date alone leaves the pair and date indexes alone.
                    moved = row[_AT["sort_date"]] != old["sort_date"]
                    updates[moved].append((*(row[i] for i in _UPDATED[moved]), n))
                    old_keys, new_keys = _Lookups(), _Lookups()
                    old_keys.contact(stored, list_of(old["topics"]), n)
                    new_keys.contact(row, folded.topics, n)
                    drop.extend(old_keys.minus(new_keys))
                    add.extend(new_keys.minus(old_keys))
            rows.append(row)
        for part in chunks(doomed):
            conn.execute(f"DELETE FROM contacts WHERE n IN ({marks(len(part))})", part)
        conn.executemany(_INSERT_CONTACT, inserts)
        for moved, changed in updates.items():
            conn.executemany(_UPDATE_CONTACT[moved], changed)
        drop.delete(conn)
        add.insert(conn)
        self._retie(rows)

    def _rows(self, ids: Sequence[str]) -> dict[str, sqlite3.Row]:
        out: dict[str, sqlite3.Row] = {}
        for part in chunks(list(ids)):
            sql = f"SELECT {_STORED} FROM contacts WHERE id IN ({marks(len(part))})"
            for row in self.conn.execute(sql, part):
                out[row["id"]] = row
        return out

    def _assertions(
        self, rows: dict[str, sqlite3.Row]
    ) -> defaultdict[str, list[tuple[str, Assertion, Mode]]]:
        """Read every stored report of these contacts: (document id, assertion, mode) by contact id."""
        out: defaultdict[str, list[tuple[str, Assertion, Mode]]] = defaultdict(list)
        by_key = {row["n"]: row for row in rows.values()}
        for part in chunks(list(by_key)):
            for row in self.conn.execute(
                f"SELECT * FROM sources WHERE contact_n IN ({marks(len(part))})", part
            ):
                contact = by_key[row["contact_n"]]
                assertion = row_assertion(row)
                mode = assertion.mode or contact["mode"]
                out[contact["id"]].append((row["document_id"], assertion, mode))
        return out

    def _unindex(self, rows: Iterable[sqlite3.Row]) -> None:
        """Delete the lookup rows of contacts as they were stored."""
        drop = _Lookups()
        for r in rows:
            drop.contact(_values(r), list_of(r["topics"]), r["n"])
        drop.delete(self.conn)

    def _retie(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Bring the ties of touched pairs and the topic totals up to date with the contacts.

        Each tie loses the counts of its contacts as they were before the batch and gains those of the
        rows just written, so a write costs the same however many contacts the pair has. Counts add
        and subtract; when a contact that held the first or last date is gone, the span is read back
        from the pair's remaining contacts.
        """
        gone: dict[Pair, Tally] = defaultdict(Tally)
        for r in self.before:
            if r["status"] == "occurred":
                gone[(r["a_id"], r["b_id"])].add(r["mode"], r["date"], list_of(r["topics"]))
        added: dict[Pair, Tally] = defaultdict(Tally)
        for written in rows:
            if written[_AT["status"]] == "occurred":
                pair = (written[_AT["a_id"]], written[_AT["b_id"]])
                added[pair].add(written[_AT["mode"]], written[_AT["date"]], list_of(written[_AT["topics"]]))
        pairs = sorted(gone.keys() | added.keys())
        old = self._ties(pairs)
        new: dict[Pair, Tally] = {}
        for pair in pairs:
            stored = old.get(pair)
            if stored is None and pair not in gone:
                new[pair] = added[pair]  # a new tie: what was added is all it holds
                continue
            tally = stored if stored is not None else Tally()  # read just now: ours to change
            if pair in gone and tally.withdraw(gone[pair]):
                tally.first, tally.last = self._span(pair)  # already includes what was added
            if pair in added:
                tally.absorb(added[pair])
            new[pair] = tally
        self.conn.executemany(
            "DELETE FROM ties WHERE a_id = ? AND b_id = ?", [p for p in pairs if not new[p].count]
        )
        self.conn.executemany(
            _INSERT_TIE,
            [
                (*p, t.count, t.first, t.last, dumps(ranked(t.modes)), dumps(ranked(t.topics)),
                 dumps(dict(sorted(t.months.items()))))
                for p, t in new.items()
                if t.count
            ],
        )  # fmt: skip
        self._recount_roles(rows)
        topics: Counter[str] = Counter()
        months: Counter[str] = Counter()
        for pair in pairs:
            for counted, sign in ((added.get(pair), 1), (gone.get(pair), -1)):
                if counted is not None:
                    topics.update({t: sign * n for t, n in counted.topics.items()})
                    months.update({m: sign * n for m, n in counted.months.items()})
                    months[NO_MONTH] += sign * (counted.count - sum(counted.months.values()))
        self._add_totals("topic_totals", "topic", topics)
        self._add_totals("month_totals", "month", months)

    def _add_totals(self, table: str, key: str, delta: Counter[str]) -> None:
        """Add a batch's differences to a totals table (topic_totals, month_totals); drop emptied keys."""
        changed = [(k, n) for k, n in delta.items() if n]
        self.conn.executemany(
            f"""INSERT INTO {table} ({key}, count) VALUES (?, ?)
                ON CONFLICT ({key}) DO UPDATE SET count = count + excluded.count""",
            changed,
        )
        emptied = [(k,) for k, _ in changed]
        self.conn.executemany(f"DELETE FROM {table} WHERE {key} = ? AND count <= 0", emptied)

    def _recount_roles(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Keep leader_roles (participations by country and role) up to date by the same differences."""
        delta: Counter[tuple[str, str, str]] = Counter()
        for r in self.before:
            delta.subtract(
                [(r["a_id"], r["a_country"], r["a_role"]), (r["b_id"], r["b_country"], r["b_role"])]
            )
        for w in rows:
            delta.update(
                [
                    (w[_AT["a_id"]], w[_AT["a_country"]], w[_AT["a_role"]]),
                    (w[_AT["b_id"]], w[_AT["b_country"]], w[_AT["b_role"]]),
                ]
            )
        changed = [(*key, n) for key, n in delta.items() if n]
        self.conn.executemany(
            """INSERT INTO leader_roles (leader_id, country, role, count) VALUES (?, ?, ?, ?)
               ON CONFLICT (leader_id, country, role) DO UPDATE SET count = count + excluded.count""",
            changed,
        )
        self.conn.executemany(
            "DELETE FROM leader_roles WHERE leader_id = ? AND country = ? AND role = ? AND count <= 0",
            [key[:3] for key in changed],
        )

    def _span(self, pair: Pair) -> tuple[str | None, str | None]:
        """Read the first and last date of a pair's occurred contacts, ordered as graph.ties orders them."""
        ends = []
        for direction in ("", " DESC"):
            row = self.conn.execute(
                f"""SELECT date FROM contacts WHERE a_id = ? AND b_id = ? AND status = 'occurred'
                    AND sort_date > ? ORDER BY sort_date{direction}, date{direction} LIMIT 1""",
                (*pair, UNDATED),
            ).fetchone()
            ends.append(row[0] if row else None)
        return ends[0], ends[1]

    def _ties(self, pairs: Sequence[Pair]) -> dict[Pair, Tally]:
        """Read the stored ties of pairs."""
        out: dict[Pair, Tally] = {}
        for part in chunks(pairs, _PROBES):
            sql = f"""WITH p(a, b) AS (VALUES {",".join(["(?,?)"] * len(part))})
                      SELECT t.a_id, t.b_id, {TIE_COLUMNS}
                      FROM p JOIN ties t ON t.a_id = p.a AND t.b_id = p.b"""
            for row in self.conn.execute(sql, [v for pair in part for v in pair]):
                out[(row[0], row[1])] = tie_tally(tuple(row)[2:])
        return out


_AT = {name: i for i, name in enumerate(CONTACT_COLUMNS)}


def _values(row: sqlite3.Row) -> tuple[Any, ...]:
    """Return a stored contact (read as _STORED) in CONTACT_COLUMNS order, without its key."""
    return tuple(row)[1:]


# The columns a refold may change on a stored contact; sort_date only when the date moved, because an
# UPDATE that does not assign it leaves the pair and date indexes untouched.
_REFOLDED = ("mode", "setting", "date", "date_precision", "sort_date", "topics", "places", "initiator",
             "confidence")  # fmt: skip
_UPDATED = {moved: tuple(_AT[c] for c in _REFOLDED if moved or c != "sort_date") for moved in (True, False)}
_UPDATE_CONTACT = {
    moved: "UPDATE contacts SET " + ", ".join(f"{CONTACT_COLUMNS[i]} = ?" for i in columns) + " WHERE n = ?"
    for moved, columns in _UPDATED.items()
}


class _Lookups:
    """Rows of the lookup tables that list a contact under its leaders, countries and topics."""

    def __init__(self) -> None:
        self.leaders: set[tuple[str, str, str, str, int]] = set()
        self.countries: set[tuple[str, str, str, int]] = set()
        self.topics: set[tuple[str, str, str, int]] = set()

    def contact(self, row: Sequence[Any], topics: Iterable[str], n: int) -> None:
        """Add the lookup rows of a contact row (in CONTACT_COLUMNS order) with its topics and key."""
        cid, key, a, b = row[_AT["id"]], row[_AT["sort_date"]], row[_AT["a_id"]], row[_AT["b_id"]]
        self.leaders.update(((a, key, cid, b, n), (b, key, cid, a, n)))
        self.countries.update(((row[_AT["a_country"]], key, cid, n), (row[_AT["b_country"]], key, cid, n)))
        self.topics.update((t, key, cid, n) for t in topics)

    def extend(self, other: _Lookups) -> None:
        """Add another set's rows."""
        self.leaders |= other.leaders
        self.countries |= other.countries
        self.topics |= other.topics

    def minus(self, other: _Lookups) -> _Lookups:
        """Return the rows of this set that the other lacks."""
        out = _Lookups()
        out.leaders = self.leaders - other.leaders
        out.countries = self.countries - other.countries
        out.topics = self.topics - other.topics
        return out

    def insert(self, conn: sqlite3.Connection) -> None:
        """Insert the rows, in key order."""
        conn.executemany(_INSERT_LEADER_ROW, sorted(self.leaders))
        conn.executemany(_INSERT_COUNTRY_ROW, sorted(self.countries))
        conn.executemany(_INSERT_TOPIC_ROW, sorted(self.topics))

    def delete(self, conn: sqlite3.Connection) -> None:
        """Delete the rows."""
        conn.executemany(
            "DELETE FROM contact_leaders WHERE leader_id = ? AND sort_date = ? AND contact_id = ?",
            [r[:3] for r in self.leaders],
        )
        conn.executemany(
            "DELETE FROM contact_countries WHERE country = ? AND sort_date = ? AND contact_id = ?",
            [r[:3] for r in self.countries],
        )
        conn.executemany(
            "DELETE FROM contact_topics WHERE topic = ? AND sort_date = ? AND contact_id = ?",
            [r[:3] for r in self.topics],
        )


def tie_tally(row: sqlite3.Row | tuple[Any, ...]) -> Tally:
    """Read the TIE_COLUMNS of a ties row back into a Tally."""
    count, first, last, modes, topics, months = tuple(row)[:6]
    tally = Tally(count=count, first=first, last=last)
    tally.modes.update(loads(modes))
    tally.topics.update(loads(topics))
    tally.months.update(loads(months))
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
        text_list(a.topics),
        text_list(a.places),
        a.initiator,
        a.confidence,
    )
