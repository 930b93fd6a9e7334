"""Contact reads in SQLite: filtered newest-first lists, pair summaries, counterparts, networks.

A filtered list is driven by the most selective lookup table (the pair index, then a leader's,
a country's or a topic's contacts in date order), so a page reads a short index range; the other
filters are checked on the rows it walks.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from graph import ties
from graph.errors import InvalidInput, NotFound
from graph.models import (
    Contact,
    ContactFilter,
    Counterpart,
    LeaderTotals,
    Network,
    PairSummary,
    Source,
)
from graph.sqlite.leaders import ref, refs
from graph.sqlite.rows import chunks, loads, marks, row_contact, row_source
from graph.sqlite.writes import NO_MONTH, TIE_COLUMNS, tie_tally
from graph.ties import Tally

# The first sort date of a dated contact: a since or until filter leaves undated contacts out.
_FIRST_DAY = "0001-01-01"


def select_contacts(
    flt: ContactFilter, columns: str, after: tuple[str, str] | None = None, limit: int | None = None
) -> tuple[str, list[Any]]:
    """Build the query of contacts matching a filter, newest first (undated last), then by id descending.

    `columns` may name c.* (the contact) and, when flt names a leader but not a pair, x.other_id.
    `after` is the (sort date, id) of the last row of the previous page.
    """
    where: list[str] = []
    params: list[Any] = []
    leader = flt.leader or flt.with_
    if flt.leader and flt.with_:
        a, b = sorted((flt.leader, flt.with_))
        source, key, ident = "contacts c", "c.sort_date", "c.id"
        where += ["c.a_id = ?", "c.b_id = ?"]
        params += [a, b]
    elif leader:
        source, key, ident = (
            "contact_leaders x CROSS JOIN contacts c ON c.n = x.contact_n",
            "x.sort_date",
            "x.contact_id",
        )
        where.append("x.leader_id = ?")
        params.append(leader)
    elif flt.country:
        source, key, ident = (
            "contact_countries x CROSS JOIN contacts c ON c.n = x.contact_n",
            "x.sort_date",
            "x.contact_id",
        )
        where.append("x.country = ?")
        params.append(flt.country)
    elif flt.topic:
        source, key, ident = (
            "contact_topics x CROSS JOIN contacts c ON c.n = x.contact_n",
            "x.sort_date",
            "x.contact_id",
        )
        where.append("x.topic = ?")
        params.append(flt.topic)
    else:
        source, key, ident = "contacts c", "c.sort_date", "c.id"
    if flt.since is not None or flt.until is not None:
        where.append(f"{key} >= ?")
        params.append(flt.since.isoformat() if flt.since else _FIRST_DAY)
    if flt.until is not None:
        where.append(f"{key} <= ?")
        params.append(flt.until.isoformat())
    if after is not None:
        where.append(f"({key}, {ident}) < (?, ?)")
        params += list(after)
    for column, value in (("mode", flt.mode), ("setting", flt.setting), ("status", flt.status)):
        if value is not None:
            where.append(f"c.{column} = ?")
            params.append(value)
    if flt.country and not source.startswith("contact_countries"):
        where.append(
            "EXISTS (SELECT 1 FROM contact_countries y"
            " WHERE y.country = ? AND y.sort_date = c.sort_date AND y.contact_id = c.id)"
        )
        params.append(flt.country)
    if flt.topic and not source.startswith("contact_topics"):
        where.append(
            "EXISTS (SELECT 1 FROM contact_topics y"
            " WHERE y.topic = ? AND y.sort_date = c.sort_date AND y.contact_id = c.id)"
        )
        params.append(flt.topic)
    sql = f"SELECT {columns}, {key} AS sort_key, {ident} AS sort_id FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {key} DESC, {ident} DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def sources_of(conn: sqlite3.Connection, keys: Sequence[int]) -> dict[int, list[Source]]:
    """Read the sources of contacts by integer key, with their documents' link fields, in document order."""
    out: dict[int, list[Source]] = defaultdict(list)
    for part in chunks(list(keys)):
        sql = f"""SELECT s.*, d.url, d.title, d.published, d.lang
                  FROM sources s LEFT JOIN documents d ON d.id = s.document_id
                  WHERE s.contact_n IN ({marks(len(part))})
                  ORDER BY s.contact_n, s.document_id"""
        for row in conn.execute(sql, part):
            out[row["contact_n"]].append(row_source(row))
    return out


def with_sources(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Contact]:
    """Turn contact rows (with their key n) into contacts with all their sources, keeping the rows' order."""
    sources = sources_of(conn, [r["n"] for r in rows])
    return [row_contact(r, sources.get(r["n"], [])) for r in rows]


def contacts_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Contact]:
    """Read contacts by id in the given order (unknown ids are left out)."""
    found: dict[str, sqlite3.Row] = {}
    for part in chunks(list(ids)):
        for row in conn.execute(f"SELECT * FROM contacts WHERE id IN ({marks(len(part))})", part):
            found[row["id"]] = row
    return with_sources(conn, [found[i] for i in ids if i in found])


def get_contact(conn: sqlite3.Connection, contact_id: str) -> Contact:
    """Return one contact with its sources, or raise NotFound."""
    found = contacts_by_id(conn, [contact_id])
    if not found:
        raise NotFound("contact", contact_id)
    return found[0]


def document_contacts(conn: sqlite3.Connection, document_id: str) -> list[Contact]:
    """Return the contacts a document reports, in the order of their evidence in its text."""
    ids = [
        r[0]
        for r in conn.execute(
            """SELECT c.id FROM sources s JOIN contacts c ON c.n = s.contact_n
               WHERE s.document_id = ? ORDER BY s.ev_start, c.id""",
            (document_id,),
        )
    ]
    return contacts_by_id(conn, ids)


def occurred(flt: ContactFilter) -> ContactFilter:
    """Return the filter restricted to occurred contacts unless it names a status itself."""
    return flt if flt.status is not None else flt.model_copy(update={"status": "occurred"})


def _tallied_rows(conn: sqlite3.Connection, flt: ContactFilter, keys: str) -> Iterator[tuple[Any, ...]]:
    """Yield (*keys, mode, date, topics) of the contacts matching flt, occurred unless it says.

    `keys` is a prefix of columns of c (and x when flt names a leader), each ending in a comma. A country's
    year is thousands of contacts sharing a few topic lists: each distinct JSON text is parsed once.
    """
    sql, params = select_contacts(occurred(flt), f"{keys}c.mode, c.date, c.topics")
    parsed: dict[str, list[str]] = {}
    for *row, topics, _, _ in conn.execute(sql, params):
        found = parsed.get(topics)
        if found is None:
            found = parsed[topics] = loads(topics)
        yield (*row, found)


def pair_summary(conn: sqlite3.Connection, flt: ContactFilter) -> PairSummary:
    """Summarize the occurred contacts of the pair flt.leader, flt.with_: its tie, or contacts in a range."""
    if flt.leader is None or flt.with_ is None:
        raise InvalidInput("a pair summary needs two leaders")
    if flt.leader == flt.with_:
        raise InvalidInput("a pair needs two different leaders")
    a, b = ref(conn, flt.leader), ref(conn, flt.with_)
    tally = Tally()
    if flt.since is None and flt.until is None:
        row = conn.execute(
            f"SELECT {TIE_COLUMNS} FROM ties WHERE a_id = ? AND b_id = ?", sorted((a.id, b.id))
        ).fetchone()
        if row is not None:
            tally = tie_tally(row)
    else:
        tally = Tally.of(list(_tallied_rows(conn, flt, "")))
    return ties.pair_summary(a, b, tally)


# A leader's ties, most contacts first, then by the other leader's id (graph.ties.counterpart_order):
# each side reads its rank index (ix_ties_a_rank, ix_ties_b_rank) in order and the two are merged, so a
# page of a hub's counterparts reads a page of ties, not all of them.
_LEADER_TIES = """
    SELECT b_id, count, first, last, modes, topics FROM ties WHERE a_id = :id
    UNION ALL SELECT a_id, count, first, last, modes, topics FROM ties WHERE b_id = :id
    ORDER BY 2 DESC, 1 LIMIT :limit"""


def counterparts(conn: sqlite3.Connection, flt: ContactFilter, limit: int | None = None) -> list[Counterpart]:
    """List flt.leader's counterparts (the first `limit`): from the ties, or from contacts given dates."""
    if flt.leader is None:
        raise InvalidInput("counterparts need a leader")
    if flt.since is None and flt.until is None:
        # Hubs have thousands of ties: read them in graph.ties.counterparts' order, only as many as asked
        # for, and use the mode and topic counts as stored, already ranked when the tie was written.
        bound = -1 if limit is None else limit  # LIMIT -1 is no limit
        rows = conn.execute(_LEADER_TIES, {"id": flt.leader, "limit": bound}).fetchall()
        named = refs(conn, [flt.leader, *(r[0] for r in rows)])  # the leader too: one lookup checks it
        if flt.leader not in named:
            raise NotFound("leader", flt.leader)
        return [
            Counterpart(
                leader=named[other],
                count=count,
                first=first,
                last=last,
                modes=loads(modes),
                top_topics=list(loads(topics))[: ties.TOP_TOPICS],
            )
            for other, count, first, last, modes, topics in rows
        ]
    ref(conn, flt.leader)
    dated = _tallied_rows(conn, flt, "x.other_id, ")
    tallies: dict[str, Tally] = ties.tally_groups(
        (other, mode, day, topics) for other, mode, day, topics in dated
    )
    return ties.counterparts(tallies, refs(conn, ties.counterpart_order(tallies, limit)), limit)


def leader_totals(conn: sqlite3.Connection, leader_id: str) -> LeaderTotals:
    """Add up a leader's ties in SQL (partial ISO dates order as strings the way graph.ties orders them)."""
    ref(conn, leader_id)
    mine = "SELECT {} FROM ties WHERE a_id = :id UNION ALL SELECT {} FROM ties WHERE b_id = :id"
    n, contacts, first, last = conn.execute(
        f"SELECT count(*), coalesce(sum(count), 0), min(first), max(last) FROM ({mine.format('*', '*')})",
        {"id": leader_id},
    ).fetchone()
    modes = conn.execute(
        f"SELECT j.key, sum(j.value) FROM ({mine.format('modes', 'modes')}) t, json_each(t.modes) j"
        " GROUP BY j.key",
        {"id": leader_id},
    ).fetchall()
    return LeaderTotals(
        contacts=contacts, counterparts=n, first=first, last=last, by_mode=ties.ranked(dict(modes))
    )


def network(conn: sqlite3.Connection, flt: ContactFilter) -> Network:
    """Build the network of contacts matching flt (occurred unless it says): from the ties when unfiltered."""
    unfiltered = flt.model_dump(exclude_none=True) in ({}, {"status": "occurred"})
    if unfiltered:
        rows = conn.execute(f"SELECT a_id, b_id, {TIE_COLUMNS} FROM ties")
        pairs = {(row[0], row[1]): tie_tally(tuple(row)[2:]) for row in rows}
    else:
        contacts = _tallied_rows(conn, flt, "c.a_id, c.b_id, ")
        pairs = ties.tally_groups(((a, b), mode, day, topics) for a, b, mode, day, topics in contacts)
    known = refs(conn, {i for pair in pairs for i in pair})
    return ties.network(pairs, known)


# A leader's ties, from either side: their counts and months.
_MY_TIES = (
    "SELECT count, months FROM ties WHERE a_id = :id"
    " UNION ALL SELECT count, months FROM ties WHERE b_id = :id"
)


def month_counts(conn: sqlite3.Connection, flt: ContactFilter) -> dict[str | None, int]:
    """Count the contacts matching flt (occurred unless it says) per month; None: year-only or undated.

    The whole graph reads month_totals, one leader without other filters adds up their ties' months,
    and any other filter counts its contacts in SQL (a country's 19k contacts at 100k: 61 ms, where
    paging through them took 2.4 s).
    """
    flt = occurred(flt)
    others = flt.model_dump(exclude_none=True, exclude={"leader", "status"})
    if flt.status == "occurred" and not others and flt.leader is None:
        rows = conn.execute("SELECT month, count FROM month_totals").fetchall()
    elif flt.status == "occurred" and not others:
        by_month = f"SELECT j.key, sum(j.value) FROM ({_MY_TIES}) t, json_each(t.months) j GROUP BY j.key"
        mine = {"id": flt.leader}
        rows = conn.execute(by_month, mine).fetchall()
        total = conn.execute(f"SELECT coalesce(sum(count), 0) FROM ({_MY_TIES})", mine).fetchone()[0]
        rows.append((NO_MONTH, total - sum(n for _, n in rows)))
    else:
        sql, params = select_contacts(flt, "c.date")
        rows = conn.execute(
            f"""SELECT CASE WHEN length(date) >= 7 THEN substr(date, 1, 7) ELSE '{NO_MONTH}' END, count(*)
                FROM ({sql}) GROUP BY 1""",
            params,
        ).fetchall()
    return {(month if month != NO_MONTH else None): n for month, n in rows if n > 0}


def topic_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Count occurred contacts per topic, from the totals kept with the ties."""
    return ties.ranked(dict(conn.execute("SELECT topic, count FROM topic_totals WHERE count > 0").fetchall()))
