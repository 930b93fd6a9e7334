"""The SQLite schema as numbered migrations; PRAGMA user_version records the last one applied.

Each migration is a tuple of steps (statements, or functions of the connection) applied in one
transaction together with the new version number, so a store is always at exactly one version. Never
edit a released migration: append one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from graph.errors import StoreUnavailable

# Every column of a contact but its integer key, in table order.
_CONTACT_COLUMNS = """id, a_id, a_name, a_country, a_role, a_provisional, b_id, b_name, b_country, b_role,
    b_provisional, mode, status, setting, date, date_precision, sort_date, topics, places, initiator,
    confidence"""
_SOURCE_COLUMNS = """document_id, evidence, ev_start, ev_end, mode, setting, date, date_precision, topics,
    places, initiator, confidence"""


def _integer_keys(conn: sqlite3.Connection) -> None:
    """Key contacts by an integer in arrival order and sources by (that integer, document).

    Contact ids are hashes: as the key of a table of wide rows, each new contact landed on a random page,
    and at a million contacts a batch of 5,000 dirtied tens of thousands of pages (the commit alone cost
    85 us per report). New contacts now append to the table and to their sources; only a narrow unique
    index on the id takes a random place. The lookup tables carry the integer to reach the row directly.
    A store that already has the integer keys is left as it is.
    """
    columns = {row[1] for row in conn.execute("PRAGMA table_info(contacts)")}
    if "n" in columns:
        return
    statements = [
        """CREATE TABLE contacts_v4 (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            a_id TEXT NOT NULL,
            a_name TEXT NOT NULL,
            a_country TEXT NOT NULL,
            a_role TEXT NOT NULL,
            a_provisional INTEGER NOT NULL,
            b_id TEXT NOT NULL,
            b_name TEXT NOT NULL,
            b_country TEXT NOT NULL,
            b_role TEXT NOT NULL,
            b_provisional INTEGER NOT NULL,
            mode TEXT NOT NULL,
            status TEXT NOT NULL,
            setting TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            sort_date TEXT NOT NULL,
            topics TEXT NOT NULL,
            places TEXT NOT NULL,
            initiator TEXT,
            confidence REAL NOT NULL
        )""",
        f"""INSERT INTO contacts_v4 ({_CONTACT_COLUMNS})
            SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY sort_date, id""",
        """CREATE TABLE sources_v4 (
            contact_n INTEGER NOT NULL,
            document_id TEXT NOT NULL,
            evidence TEXT NOT NULL,
            ev_start INTEGER NOT NULL,
            ev_end INTEGER NOT NULL,
            mode TEXT,
            setting TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            topics TEXT NOT NULL,
            places TEXT NOT NULL,
            initiator TEXT,
            confidence REAL NOT NULL,
            PRIMARY KEY (contact_n, document_id)
        ) WITHOUT ROWID""",
        f"""INSERT INTO sources_v4 (contact_n, {_SOURCE_COLUMNS})
            SELECT c.n, {", ".join("s." + c.strip() for c in _SOURCE_COLUMNS.split(","))}
            FROM sources s JOIN contacts_v4 c ON c.id = s.contact_id ORDER BY c.n, s.document_id""",
        "DROP TABLE sources",
        "ALTER TABLE sources_v4 RENAME TO sources",
        "CREATE INDEX ix_sources_document ON sources (document_id)",
        "DROP TABLE contacts",
        "ALTER TABLE contacts_v4 RENAME TO contacts",
        "CREATE INDEX ix_contacts_pair ON contacts (a_id, b_id, sort_date, id)",
        "CREATE INDEX ix_contacts_order ON contacts (sort_date, id)",
    ]
    for table, key in (("contact_leaders", "leader_id"), ("contact_countries", "country"),
                       ("contact_topics", "topic")):  # fmt: skip
        other = ", other_id TEXT NOT NULL" if table == "contact_leaders" else ""
        keep = f"{key}, sort_date, contact_id" + (", other_id" if other else "")
        statements += [
            f"""CREATE TABLE {table}_v4 ({key} TEXT NOT NULL, sort_date TEXT NOT NULL,
                contact_id TEXT NOT NULL{other}, contact_n INTEGER NOT NULL,
                PRIMARY KEY ({key}, sort_date, contact_id)) WITHOUT ROWID""",
            f"""INSERT INTO {table}_v4 ({keep}, contact_n)
                SELECT {", ".join("x." + k.strip() for k in keep.split(","))}, c.n
                FROM {table} x JOIN contacts c ON c.id = x.contact_id""",
            f"DROP TABLE {table}",
            f"ALTER TABLE {table}_v4 RENAME TO {table}",
        ]
    for statement in statements:
        conn.execute(statement)


# A step is a statement, or a function of the connection for a migration that must look before it acts.
Step = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[tuple[Step, ...], ...] = (
    # 1: leaders, documents (which are also the queue's jobs), contacts with their sources, the
    #    lookup tables that drive filtered lists, the derived ties, and feeds.
    (
        # A leader as given (JSON keeps aliases and offices in their order), plus the country and role
        # of the latest office, so that answers can name a leader without parsing the JSON.
        """CREATE TABLE leaders (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT,
            role TEXT,
            provisional INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL
        )""",
        # Folded names for search: every alias whole (whole = 1), and each of its word-suffixes
        # ("emmanuel macron" -> "macron") so that a surname finds the person.
        """CREATE TABLE leader_names (
            key TEXT NOT NULL,
            leader_id TEXT NOT NULL,
            whole INTEGER NOT NULL,
            PRIMARY KEY (key, leader_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX ix_leader_names_leader ON leader_names (leader_id)",
        """CREATE TABLE leader_offices (
            leader_id TEXT NOT NULL,
            country TEXT NOT NULL,
            role TEXT NOT NULL,
            start_day TEXT,
            end_day TEXT
        )""",
        "CREATE INDEX ix_leader_offices_leader ON leader_offices (leader_id)",
        "CREATE INDEX ix_leader_offices_country ON leader_offices (country, leader_id)",
        # seq orders jobs oldest first; due_at is '' for a job due at once, else an ISO timestamp.
        """CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            canonical_url TEXT,
            title TEXT,
            lang TEXT,
            published TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            due_at TEXT NOT NULL DEFAULT '',
            lease_token TEXT,
            lease_expires TEXT,
            worker TEXT
        )""",
        "CREATE INDEX ix_documents_url ON documents (canonical_url) WHERE canonical_url IS NOT NULL",
        "CREATE INDEX ix_documents_hash ON documents (content_hash)",
        "CREATE INDEX ix_documents_status ON documents (status, seq)",
        # A contact: participants in id order (a_id < b_id), attributes folded from its sources.
        # sort_date is the day-precision string lists order by ('0000-00-00' when undated).
        # WITHOUT ROWID: keyed by its id alone, so a lookup by id is one B-tree search.
        """CREATE TABLE contacts (
            id TEXT PRIMARY KEY,
            a_id TEXT NOT NULL,
            a_name TEXT NOT NULL,
            a_country TEXT NOT NULL,
            a_role TEXT NOT NULL,
            a_provisional INTEGER NOT NULL,
            b_id TEXT NOT NULL,
            b_name TEXT NOT NULL,
            b_country TEXT NOT NULL,
            b_role TEXT NOT NULL,
            b_provisional INTEGER NOT NULL,
            mode TEXT NOT NULL,
            status TEXT NOT NULL,
            setting TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            sort_date TEXT NOT NULL,
            topics TEXT NOT NULL,
            places TEXT NOT NULL,
            initiator TEXT,
            confidence REAL NOT NULL
        ) WITHOUT ROWID""",
        "CREATE INDEX ix_contacts_pair ON contacts (a_id, b_id, sort_date, id)",
        "CREATE INDEX ix_contacts_order ON contacts (sort_date, id)",
        # What one document asserted about one contact, with its evidence and offsets.
        """CREATE TABLE sources (
            contact_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            evidence TEXT NOT NULL,
            ev_start INTEGER NOT NULL,
            ev_end INTEGER NOT NULL,
            mode TEXT,
            setting TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            topics TEXT NOT NULL,
            places TEXT NOT NULL,
            initiator TEXT,
            confidence REAL NOT NULL,
            PRIMARY KEY (contact_id, document_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX ix_sources_document ON sources (document_id)",
        # Lookup tables: each one lists a contact under one key in date order, so that a filtered,
        # newest-first page reads a short index range instead of scanning contacts.
        """CREATE TABLE contact_leaders (
            leader_id TEXT NOT NULL,
            sort_date TEXT NOT NULL,
            contact_id TEXT NOT NULL,
            other_id TEXT NOT NULL,
            PRIMARY KEY (leader_id, sort_date, contact_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE contact_countries (
            country TEXT NOT NULL,
            sort_date TEXT NOT NULL,
            contact_id TEXT NOT NULL,
            PRIMARY KEY (country, sort_date, contact_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE contact_topics (
            topic TEXT NOT NULL,
            sort_date TEXT NOT NULL,
            contact_id TEXT NOT NULL,
            PRIMARY KEY (topic, sort_date, contact_id)
        ) WITHOUT ROWID""",
        # Derived from occurred contacts, recomputed for every pair a write touches.
        """CREATE TABLE ties (
            a_id TEXT NOT NULL,
            b_id TEXT NOT NULL,
            count INTEGER NOT NULL,
            first TEXT,
            last TEXT,
            modes TEXT NOT NULL,
            topics TEXT NOT NULL,
            PRIMARY KEY (a_id, b_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX ix_ties_b ON ties (b_id)",
        # Occurred contacts per topic: the sum of the ties' topic counts, kept by deltas.
        "CREATE TABLE topic_totals (topic TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID",
        """CREATE TABLE feeds (
            canonical_url TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            etag TEXT,
            modified TEXT,
            last_polled TEXT,
            last_error TEXT,
            items_seen INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID""",
    ),
    # 2: ties also count contacts per month, so that an unfiltered pair summary is one row.
    (
        "ALTER TABLE ties ADD COLUMN months TEXT NOT NULL DEFAULT '{}'",
        """UPDATE ties SET months = coalesce((
            SELECT json_group_object(m, n) FROM (
                SELECT substr(c.date, 1, 7) AS m, count(*) AS n FROM contacts c
                WHERE c.a_id = ties.a_id AND c.b_id = ties.b_id AND c.status = 'occurred'
                  AND length(c.date) >= 7
                GROUP BY m ORDER BY m)), '{}')""",
    ),
    # 3: how often each leader acted for each country and role, so that answers name a leader by what
    #    they were in their contacts (graph.ties.acting_ref) rather than by an office held ex officio.
    (
        """CREATE TABLE leader_roles (
            leader_id TEXT NOT NULL,
            country TEXT NOT NULL,
            role TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (leader_id, country, role)
        ) WITHOUT ROWID""",
        """INSERT INTO leader_roles (leader_id, country, role, count)
           SELECT leader_id, country, role, count(*) FROM (
               SELECT a_id AS leader_id, a_country AS country, a_role AS role FROM contacts
               UNION ALL SELECT b_id, b_country, b_role FROM contacts)
           GROUP BY leader_id, country, role""",
    ),
    # 4: contacts get an integer key `n`, given in date order, and sources are keyed by it (see
    #    _integer_keys).
    (_integer_keys,),
    # 5: a leader's ties by count on each side, so that the first page of counterparts reads a page of
    #    each index and merges them (a hub has thousands of ties; all were read and sorted per request).
    (
        "CREATE INDEX IF NOT EXISTS ix_ties_a_rank ON ties (a_id, count DESC, b_id)",
        "CREATE INDEX IF NOT EXISTS ix_ties_b_rank ON ties (b_id, count DESC, a_id)",
        "DROP INDEX IF EXISTS ix_ties_b",
    ),
    # 6: occurred contacts per month over the whole graph, kept by deltas as topic_totals are, so that
    #    the whole graph's timeline is one small read (from the ties' months it took 0.3 s at 1M);
    #    the key '' counts those dated only to a year or undated.
    (
        """CREATE TABLE IF NOT EXISTS month_totals (
            month TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID""",
        "DELETE FROM month_totals",  # counted afresh below from the ties
        """INSERT INTO month_totals (month, count)
           SELECT j.key, sum(j.value) FROM ties t, json_each(t.months) j GROUP BY j.key""",
        """INSERT INTO month_totals (month, count)
           SELECT '', every - monthly FROM (
               SELECT (SELECT coalesce(sum(count), 0) FROM ties) AS every,
                      (SELECT coalesce(sum(count), 0) FROM month_totals) AS monthly)
           WHERE every > monthly""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations a store lacks, each in its own transaction; return the final version.

    The caller passes a connection in autocommit mode. BEGIN IMMEDIATE makes two processes opening one
    new store take turns: the second sees the first one's version and applies nothing.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreUnavailable(
                    f"the store has schema version {version}, newer than this program's {SCHEMA_VERSION}"
                )
            if version == SCHEMA_VERSION:
                conn.execute("COMMIT")
                return version
            for step in MIGRATIONS[version]:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
            # PRAGMA takes no parameters; the value is our own integer.
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
