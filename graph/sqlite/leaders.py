"""Leaders in SQLite: writing them with their folded names and offices, searching and resolving names."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from graph.errors import Ambiguous, NotFound
from graph.models import Leader, LeaderRef, Office, Participant
from graph.sqlite.rows import chunks, marks
from graph.text import fold
from graph.ties import acting_ref

# Sorts after every character, so [key, key + _TOP) is the range of keys starting with key.
_TOP = "\U0010ffff"


def name_keys(leader: Leader) -> dict[str, int]:
    """Return the folded search keys of a leader: each name whole (1) and each word-suffix of it (0)."""
    keys: dict[str, int] = {}
    for name in (leader.name, *leader.aliases):
        words = fold(name).split(" ")
        if not words[0]:
            continue
        keys[" ".join(words)] = 1
        for i in range(1, len(words)):
            keys.setdefault(" ".join(words[i:]), 0)
    return keys


def write_leaders(conn: sqlite3.Connection, leaders: Sequence[Leader]) -> None:
    """Insert or replace leaders with their search keys and offices, in batched statements."""
    rows = []
    for ldr in leaders:
        office = ldr.latest_office()
        rows.append(
            (
                ldr.id,
                ldr.name,
                office.country if office else None,
                office.role if office else None,
                int(ldr.provisional),
                ldr.model_dump_json(),
            )
        )
    ids = [ldr.id for ldr in leaders]
    for part in chunks(ids):
        conn.execute(f"DELETE FROM leader_names WHERE leader_id IN ({marks(len(part))})", part)
        conn.execute(f"DELETE FROM leader_offices WHERE leader_id IN ({marks(len(part))})", part)
    conn.executemany(
        "INSERT OR REPLACE INTO leaders (id, name, country, role, provisional, data) VALUES (?,?,?,?,?,?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO leader_names (key, leader_id, whole) VALUES (?,?,?)",
        [(key, ldr.id, whole) for ldr in leaders for key, whole in name_keys(ldr).items()],
    )
    conn.executemany(
        "INSERT INTO leader_offices (leader_id, country, role, start_day, end_day) VALUES (?,?,?,?,?)",
        [(ldr.id, o.country, o.role, _day(o.start), _day(o.end)) for ldr in leaders for o in ldr.offices],
    )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def add_provisional(conn: sqlite3.Connection, participants: Iterable[Participant]) -> None:
    """Create a provisional leader for each participant whose leader id the store does not know."""
    by_id = {p.leader_id: p for p in participants}
    known: set[str] = set()
    ids = list(by_id)
    for part in chunks(ids):
        known.update(
            r[0] for r in conn.execute(f"SELECT id FROM leaders WHERE id IN ({marks(len(part))})", part)
        )
    missing = [
        Leader(
            id=p.leader_id,
            name=p.name,
            aliases=(p.name,),
            offices=(Office(country=p.country, role=p.role),),
            provisional=True,
        )
        for i, p in by_id.items()
        if i not in known
    ]
    if missing:
        write_leaders(conn, missing)


def get_leader(conn: sqlite3.Connection, leader_id: str) -> Leader:
    """Return one leader, or raise NotFound."""
    row = conn.execute("SELECT data FROM leaders WHERE id = ?", (leader_id,)).fetchone()
    if row is None:
        raise NotFound("leader", leader_id)
    return Leader.model_validate_json(row[0])


def refs(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, LeaderRef]:
    """Return leaders' short forms by id, named as they acted in their contacts; unknown ids are left out."""
    out: dict[str, LeaderRef] = {}
    acted: dict[str, dict[tuple[str, str], int]] = {}
    wanted = list(set(ids))
    for part in chunks(wanted):
        for row in conn.execute(
            f"SELECT id, name, country, role FROM leaders WHERE id IN ({marks(len(part))})", part
        ):
            out[row[0]] = LeaderRef(id=row[0], name=row[1], country=row[2], role=row[3])
        sql = "SELECT leader_id, country, role, count FROM leader_roles WHERE leader_id IN ({})"
        for leader_id, country, role, n in conn.execute(sql.format(marks(len(part))), part):
            acted.setdefault(leader_id, {})[(country, role)] = n
    return {i: acting_ref(r, acted.get(i, {})) for i, r in out.items()}


def ref(conn: sqlite3.Connection, leader_id: str) -> LeaderRef:
    """Return one leader's short form, or raise NotFound."""
    found = refs(conn, [leader_id])
    if leader_id not in found:
        raise NotFound("leader", leader_id)
    return found[leader_id]


def find(
    conn: sqlite3.Connection, q: str | None, country: str | None, at: date | None, limit: int
) -> list[Leader]:
    """Search leaders by folded name prefix, country and office date; best matches first.

    Ranks: an exact whole name, an exact surname or other word-suffix, a prefix of a whole name, a
    prefix of a word-suffix; then real leaders before provisional ones, then by name.
    """
    params: list[object] = []
    office = ""
    if country is not None or at is not None:
        office = "AND EXISTS (SELECT 1 FROM leader_offices o WHERE o.leader_id = l.id"
        if country is not None:
            office += " AND o.country = ?"
            params.append(country)
        if at is not None:
            office += (
                " AND (o.start_day IS NULL OR o.start_day <= ?) AND (o.end_day IS NULL OR o.end_day >= ?)"
            )
            params += [at.isoformat(), at.isoformat()]
        office += ")"
    if q is None or not q.strip():
        sql = f"SELECT l.data FROM leaders l WHERE 1 {office} ORDER BY l.provisional, l.name, l.id LIMIT ?"
        return [Leader.model_validate_json(r[0]) for r in conn.execute(sql, [*params, limit])]
    key = fold(q)
    if not key:
        return []
    sql = f"""
        SELECT l.data, MIN(CASE WHEN n.key = ? AND n.whole THEN 0 WHEN n.key = ? THEN 1
                                WHEN n.whole THEN 2 ELSE 3 END) AS rank
        FROM leader_names n JOIN leaders l ON l.id = n.leader_id
        WHERE n.key >= ? AND n.key < ? {office}
        GROUP BY l.id
        ORDER BY rank, l.provisional, l.name, l.id
        LIMIT ?"""
    rows = conn.execute(sql, [key, key, key, key + _TOP, *params, limit])
    return [Leader.model_validate_json(r[0]) for r in rows]


def resolve(conn: sqlite3.Connection, name_or_id: str) -> Leader:
    """Resolve an id, else an exact name (folded), else an exact word-suffix such as a surname.

    At each step one leader wins; several are Ambiguous, unless exactly one of them is not
    provisional (a gazetteer leader beats a provisional namesake).
    """
    row = conn.execute("SELECT data FROM leaders WHERE id = ?", (name_or_id,)).fetchone()
    if row is not None:
        return Leader.model_validate_json(row[0])
    key = fold(name_or_id)
    if key:
        for whole_only in (True, False):
            sql = (
                "SELECT l.id, l.provisional FROM leader_names n JOIN leaders l ON l.id = n.leader_id "
                "WHERE n.key = ?" + (" AND n.whole = 1" if whole_only else "") + " ORDER BY l.id"
            )
            found = conn.execute(sql, (key,)).fetchall()
            real = [r[0] for r in found if not r[1]]
            ids = real if real else [r[0] for r in found]
            if len(ids) == 1:
                return get_leader(conn, ids[0])
            if ids:
                raise Ambiguous(name_or_id, ids)
    raise NotFound("leader", name_or_id)
