"""Every Cypher statement the Neo4j store runs, in one place; values are always passed as parameters.

The graph: (:Leader)-[:PARTICIPATED_IN]->(:Contact)<-[:REPORTS {evidence, start,
end, assertion}]-(:Document), (:Contact)-[:ABOUT]->(:Topic), (:Leader)-[:HELD {role, start, end}]->
(:Country), (:Leader)-[:ACTED {role, count}]->(:Country) (how often they acted for it in contacts), and the
derived (:Leader)-[:TIE {count, first, last, modes, topics}]->(:Leader), directed from
the smaller leader id to the larger. A Contact node also carries its participants' ids, names, countries
and roles, so list pages read one node per contact; what no statement reads (names, places, initiator,
confidence, date precision; a report's assertion) is one JSON property (graph.neo4j.rows). A contact may
cite a document the store does not hold (an extraction saved without enqueueing): that end is a
(:Document:Stub) node with only an id, left out of every document question. (:Feed) nodes are the feed
registry; one (:Sequence) node numbers documents in arrival order. A batch of contact writes locks its
documents and the leaders of every pair it touches, so batches that touch the same pair run one after
the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Schema: constraints before any MERGE, then range indexes.
# Statements that start from a known key carry USING INDEX: a plan cached while the database was empty
# (a fresh install, a wiped test database) would otherwise scan labels once the data has grown.
SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT leader_id IF NOT EXISTS FOR (n:Leader) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE",
    "CREATE CONSTRAINT topic_code IF NOT EXISTS FOR (n:Topic) REQUIRE n.code IS UNIQUE",
    "CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (n:Feed) REQUIRE n.canonical_url IS UNIQUE",
    # Pair nodes locked pairs until batches locked their leaders instead (version 4 deletes them).
    "DROP CONSTRAINT pair_key IF EXISTS",
    "CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (n:Sequence) REQUIRE n.name IS UNIQUE",
    # The range index on the contact's date: its day-precision sort date (undated sort first), then id,
    # which is the order of every list and the key of since/until filters.
    "CREATE RANGE INDEX contact_sort IF NOT EXISTS FOR (n:Contact) ON (n.sort_date, n.id)",
    # An index on the raw partial date served no query; stores made before it went drop it.
    "DROP INDEX contact_date IF EXISTS",
    # A pair's contacts in list order: a page of a busy pair (a thousand contacts at 1M) stops after
    # the page instead of sorting them all. It replaces an index on the pair alone.
    "CREATE RANGE INDEX contact_pair_sort IF NOT EXISTS FOR (n:Contact) ON (n.pair, n.sort_date, n.id)",
    "DROP INDEX contact_pair IF EXISTS",
    # A leader's and a country's contacts in list order, one index per side: a list seeks the side's
    # newest contacts and stops after a page; without them every list and tally scanned all contacts.
    "CREATE RANGE INDEX contact_a IF NOT EXISTS FOR (n:Contact) ON (n.a, n.sort_date, n.id)",
    "CREATE RANGE INDEX contact_b IF NOT EXISTS FOR (n:Contact) ON (n.b, n.sort_date, n.id)",
    "CREATE RANGE INDEX contact_a_country IF NOT EXISTS FOR (n:Contact) ON (n.a_country, n.sort_date, n.id)",
    "CREATE RANGE INDEX contact_b_country IF NOT EXISTS FOR (n:Contact) ON (n.b_country, n.sort_date, n.id)",
    "CREATE RANGE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.canonical_url)",
    "CREATE RANGE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.content_hash)",
    "CREATE RANGE INDEX document_queue IF NOT EXISTS FOR (n:Document) ON (n.status, n.seq)",
    "CREATE RANGE INDEX document_seq IF NOT EXISTS FOR (n:Document) ON (n.seq)",
)
AWAIT_INDEXES = "CALL db.awaitIndexes(300)"

# The relationship-type lookup index Neo4j gives every new database (under a generated name, index_...):
# no statement of ours scans relationships by type (each starts from a node it seeks), and keeping the
# index up to date cost about a sixth of the server's CPU in batched contact writes. migrate() drops it;
# one a deployment creates under a name of its own is kept.
GENERATED_RELATIONSHIP_LOOKUPS = (
    "SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' AND entityType = 'RELATIONSHIP' "
    "AND name STARTS WITH 'index_' RETURN name"
)


def drop_index(name: str) -> str:
    """Return the statement that drops an index by name (a name cannot be a parameter, so it is quoted)."""
    return "DROP INDEX `" + name.replace("`", "``") + "` IF EXISTS"

# The data layout's version, for upgrades of stores written by earlier versions.
SCHEMA_VERSION = "MATCH (m:Sequence {name: 'schema'}) RETURN m.value AS version"
SET_SCHEMA_VERSION = "MERGE (m:Sequence {name: 'schema'}) SET m.value = $version"

# Version 2: count ACTED from the stored contacts (one leader per inner transaction).
BACKFILL_ACTED = """
MATCH (l:Leader)
CALL (l) {
  OPTIONAL MATCH (l)-[old:ACTED]->()
  DELETE old
  WITH DISTINCT l
  MATCH (l)-[:PARTICIPATED_IN]->(k:Contact)
  WITH l, CASE WHEN k.a = l.id THEN k.a_country ELSE k.b_country END AS country,
       CASE WHEN k.a = l.id THEN k.a_role ELSE k.b_role END AS role, count(*) AS n
  MERGE (c:Country {code: country})
  MERGE (l)-[r:ACTED {role: role}]->(c)
  SET r.count = n
} IN TRANSACTIONS OF 200 ROWS
"""

# Version 4: the lock nodes of pairs are gone (batches lock the pairs' leaders).
DELETE_PAIR_NODES = "MATCH (p:Pair) CALL (p) { DELETE p } IN TRANSACTIONS OF 10000 ROWS"

# Version 5: the fields of contacts and reports no statement reads go into one JSON property each. Read
# in id order from after the last contact packed (a seek, not a scan of the contacts done before).
CONTACTS_BY_ID = """
MATCH (k:Contact) USING INDEX k:Contact(id)
WHERE k.id > $after
WITH k ORDER BY k.id LIMIT $limit
RETURN k {.*, sources: [(d:Document)-[r:REPORTS]->(k) | r {.*, document_id: d.id}]} AS contact
"""
PACK_CONTACTS = """
UNWIND $rows AS row
MATCH (k:Contact {id: row.id}) USING INDEX k:Contact(id)
SET k.details = row.details
REMOVE k.a_name, k.b_name, k.a_provisional, k.b_provisional, k.date_precision, k.places, k.initiator,
       k.confidence
WITH k, row
UNWIND row.sources AS s
MATCH (d:Document {id: s.document_id})-[r:REPORTS]->(k)
SET r.assertion = s.assertion
REMOVE r.setting, r.mode, r.date, r.date_precision, r.topics, r.places, r.initiator, r.confidence
"""

PING = "RETURN 1 AS ok"

COUNTS = """
CALL { MATCH (n:Leader) RETURN count(n) AS leaders }
CALL { MATCH (n:Document) RETURN count(n) AS all_documents }
CALL { MATCH (n:Stub) RETURN count(n) AS stubs }
CALL { MATCH (n:Contact) RETURN count(n) AS contacts }
CALL { MATCH ()-[r:REPORTS]->() RETURN count(r) AS sources }
CALL { MATCH ()-[r:TIE]->() RETURN count(r) AS ties }
RETURN leaders, all_documents - stubs AS documents, contacts, sources, ties
"""

# Leaders ---------------------------------------------------------------------------------------------

UPSERT_LEADERS = """
UNWIND $rows AS row
MERGE (l:Leader {id: row.id})
SET l.name = row.name, l.wikidata = row.wikidata, l.aliases = row.aliases, l.names = row.names,
    l.suffixes = row.suffixes, l.provisional = row.provisional, l.country = row.country, l.role = row.role,
    l.data = row.data
WITH l, row
CALL (l) { MATCH (l)-[h:HELD]->() DELETE h }
WITH l, row
UNWIND range(0, size(row.offices) - 1) AS i
WITH l, row.offices[i] AS o, i
MERGE (c:Country {code: o.country})
CREATE (l)-[:HELD {idx: i, role: o.role, start: o.start, end: o.end}]->(c)
"""

# Which of these leader ids the store knows (provisional leaders are created for the others).
KNOWN_LEADERS = "UNWIND $ids AS id MATCH (l:Leader {id: id}) RETURN l.id AS id"

GET_LEADERS = "UNWIND $ids AS id MATCH (l:Leader {id: id}) RETURN l.data AS data"


def ref(var: str) -> str:
    """Return the map of a leader's short form: latest office, and how often they acted as what."""
    return (
        f"{{id: {var}.id, name: {var}.name, country: {var}.country, role: {var}.role, "
        f"acted: [({var})-[acted_r:ACTED]->(acted_c:Country) | [acted_c.code, acted_r.role, acted_r.count]]}}"
    )


# The short forms of the leaders $ids names, as one list `refs` (those the store knows).
_REFS_OF_IDS = (
    "CALL () { UNWIND $ids AS id MATCH (l:Leader {id: id}) USING INDEX l:Leader(id) "
    f"RETURN collect({ref('l')}) AS refs }} "
)
LEADER_REFS = _REFS_OF_IDS + "RETURN refs"

# An exact folded name ($whole) or any exact key, whole or word-suffix; the caller picks.
LEADERS_BY_KEY = """
MATCH (l:Leader)
WHERE $key IN l.names OR (NOT $whole AND $key IN l.suffixes)
RETURN l.id AS id, l.provisional AS provisional ORDER BY id
"""

# Best matches first: an exact whole name, an exact word-suffix (a surname), a prefix of a whole name, a
# prefix of a word-suffix; then known leaders before provisional ones, then by name. With a country
# and/or a day, one office must match both.
FIND_LEADERS = """
MATCH (l:Leader)
WITH l, CASE
    WHEN $q IS NULL THEN 0
    WHEN $q IN l.names THEN 0
    WHEN $q IN l.suffixes THEN 1
    WHEN any(n IN l.names WHERE n STARTS WITH $q) THEN 2
    WHEN any(n IN l.suffixes WHERE n STARTS WITH $q) THEN 3
  END AS rank
WHERE rank IS NOT NULL
  AND (($country IS NULL AND $at IS NULL) OR EXISTS {
        MATCH (l)-[h:HELD]->(c:Country)
        WHERE ($country IS NULL OR c.code = $country)
          AND ($at IS NULL OR ((h.start IS NULL OR h.start <= $at) AND (h.end IS NULL OR h.end >= $at))) })
RETURN l.data AS data
ORDER BY rank, l.provisional, l.name, l.id
LIMIT $limit
"""

ITER_LEADERS = "MATCH (l:Leader) WHERE l.id > $after RETURN l.data AS data ORDER BY l.id LIMIT $limit"

_TIE_FIELDS = ".count, .first, .last, .modes, .topics, .months"

# A leader's short form and ties in answer order (graph.ties.counterpart_order), the first $limit (hubs
# have a thousand), each with the other leader's short form: a page of counterparts in one round trip.
COUNTERPARTS = f"""
MATCH (l:Leader {{id: $id}}) USING INDEX l:Leader(id)
CALL (l) {{
  MATCH (l)-[t:TIE]-(o:Leader)
  WITH t, o ORDER BY t.count DESC, o.id LIMIT $limit
  RETURN collect(t {{{_TIE_FIELDS}, other: o.id, ref: {ref("o")}}}) AS ties
}}
RETURN {ref("l")} AS ref, ties
"""

# All of a leader's ties (their totals), or no row for an unknown leader.
LEADER_TIES = f"""
MATCH (l:Leader {{id: $id}}) USING INDEX l:Leader(id)
RETURN [(l)-[t:TIE]-(:Leader) | t {{{_TIE_FIELDS}}}] AS ties
"""

# Documents and the queue -----------------------------------------------------------------------------

_DOC_FIELDS = """
d {.id, .url, .title, .lang, .published, .text, .content_hash, .status, .attempts, .error, .created_at,
   .updated_at, .lease_expires} AS doc
"""

GET_DOCUMENT = "MATCH (d:Document {id: $id}) WHERE NOT d:Stub RETURN " + _DOC_FIELDS

# Which stored documents hold these ids, canonical URLs and content hashes (the caller decides).
KNOWN_IDS = "UNWIND $values AS v MATCH (d:Document {id: v}) WHERE NOT d:Stub RETURN v AS value, d.id AS id"
KNOWN_CANONICAL = (
    "UNWIND $values AS v MATCH (d:Document {canonical_url: v}) RETURN v AS value, min(d.id) AS id"
)
KNOWN_HASHES = "UNWIND $values AS v MATCH (d:Document {content_hash: v}) RETURN v AS value, min(d.id) AS id"

# Numbers new documents in arrival order: claims take the oldest first, iterations go oldest first.
NEXT_SEQUENCE = """
MERGE (s:Sequence {name: 'documents'})
SET s.value = coalesce(s.value, 0) + $n
RETURN s.value - $n AS start
"""

# New documents, or ones replacing the same id (migrations); a stub becomes a real document.
WRITE_DOCUMENTS = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row
REMOVE d:Stub
"""

ITER_DOCUMENTS = (
    "MATCH (d:Document) WHERE d.seq > $after AND NOT d:Stub WITH d ORDER BY d.seq LIMIT $limit "
    "RETURN d.seq AS seq, " + _DOC_FIELDS
)

KNOWN_URLS = "UNWIND $urls AS u MATCH (d:Document {canonical_url: u}) RETURN DISTINCT u AS url"

# Taking a lease (of job d under the lease token `token`): its status, attempt count, token, expiry and
# worker, set together.
_LEASE = """
SET d.status = 'processing', d.attempts = d.attempts + 1, d.lease_token = token,
    d.lease_expires = $expires, d.worker = $worker, d.updated_at = $now
"""

# Locking a node: `REMOVE x:Locked` (a label no node carries) takes the node's write lock until the
# transaction ends and changes nothing. A property set and removed again (`SET x._lock = true REMOVE
# x._lock`) took the same lock but read the node's properties twice and left the node in the
# transaction's state for the commit to look at, a cost per document of every batch of contacts.

# Claiming: pick the oldest job that is queued and due, or processing with an expired lease; lock it,
# then re-check under the lock that it is still claimable (another worker may have taken it
# between the read and the lock; the caller then tries again).
CLAIM = (
    """
CALL () {
  MATCH (d:Document {status: 'queued'}) WHERE d.due_at <= $now
  RETURN d ORDER BY d.seq LIMIT 1
  UNION
  MATCH (d:Document {status: 'processing'}) WHERE d.lease_expires <= $now
  RETURN d ORDER BY d.seq LIMIT 1
}
WITH d ORDER BY d.seq LIMIT 1
REMOVE d:Locked
WITH d, $token AS token
WHERE (d.status = 'queued' AND d.due_at <= $now) OR (d.status = 'processing' AND d.lease_expires <= $now)
"""
    + _LEASE
    + "RETURN d.seq AS seq, token AS token, "
    + _DOC_FIELDS
)

# A batch claim's first step: the oldest job whose lease expired, alone, locked and re-checked as CLAIM.
CLAIM_EXPIRED = (
    """
MATCH (d:Document {status: 'processing'}) WHERE d.lease_expires <= $now
WITH d ORDER BY d.seq LIMIT 1
REMOVE d:Locked
WITH d, $token AS token
WHERE d.status = 'processing' AND d.lease_expires <= $now
"""
    + _LEASE
    + "RETURN d.seq AS seq, token AS token, "
    + _DOC_FIELDS
)

# A batch claim's second step: up to $limit queued, due jobs, oldest first, the i-th under $tokens[i].
# Each is locked and re-checked on its own; one another worker took meanwhile is left out.
CLAIM_QUEUED = (
    """
MATCH (d:Document {status: 'queued'}) WHERE d.due_at <= $now
WITH d ORDER BY d.seq LIMIT $limit
WITH collect(d) AS found
UNWIND range(0, size(found) - 1) AS i
WITH found[i] AS d, $tokens[i] AS token
REMOVE d:Locked
WITH d, token
WHERE d.status = 'queued' AND d.due_at <= $now
"""
    + _LEASE
    + "RETURN d.seq AS seq, token AS token, "
    + _DOC_FIELDS
)

# Is any job claimable at all? Lets claim() tell "queue empty" from "lost a race, try again".
ANY_DUE = """
CALL () {
  MATCH (d:Document {status: 'queued'}) WHERE d.due_at <= $now RETURN d LIMIT 1
  UNION
  MATCH (d:Document {status: 'processing'}) WHERE d.lease_expires <= $now RETURN d LIMIT 1
}
RETURN count(d) > 0 AS due
"""

# Lock each job's document ($jobs: id and token, in id order so that writers lock alike), then tell
# whether it is still processing under that job's lease token.
CHECK_LEASES = """
UNWIND $jobs AS job
MATCH (d:Document {id: job.id})
REMOVE d:Locked
RETURN job.id AS id, job.token AS token, d.status = 'processing' AND d.lease_token = job.token AS held
"""

# End the lease of each of these jobs with one outcome: done, queued again (from $due_at) or failed.
FINISH_JOBS = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.status = $status, d.error = $error, d.due_at = coalesce($due_at, d.due_at), d.updated_at = $now,
    d.lease_token = null, d.lease_expires = null, d.worker = null
"""

# Documents being processed stay as they are: their worker finishes them.
REQUEUE = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE NOT d:Stub AND d.status <> 'processing'
SET d.status = 'queued', d.attempts = 0, d.error = null, d.due_at = '', d.updated_at = $now,
    d.lease_token = null, d.lease_expires = null, d.worker = null
RETURN count(d) AS n
"""

QUEUE_STATS = "MATCH (d:Document) WHERE NOT d:Stub RETURN d.status AS status, count(d) AS n"

LIST_DOCUMENTS = (
    "MATCH (d:Document) WHERE d.seq < $before AND NOT d:Stub AND ($status IS NULL OR d.status = $status) "
    "WITH d ORDER BY d.seq DESC LIMIT $limit RETURN d.seq AS seq, " + _DOC_FIELDS
)

# Feeds: keyed by canonical URL, listed by the URL as registered ---------------------------------------

_FEED_FIELDS = "f {.url, .etag, .modified, .last_polled, .last_error, .items_seen} AS feed"

ADD_FEED = (
    """
MERGE (f:Feed {canonical_url: $key})
ON CREATE SET f.url = $url, f.items_seen = 0
RETURN """
    + _FEED_FIELDS
)

REMOVE_FEED = "MATCH (f:Feed {canonical_url: $key}) DETACH DELETE f RETURN count(*) AS n"

LIST_FEEDS = "MATCH (f:Feed) RETURN " + _FEED_FIELDS + " ORDER BY f.url"

UPDATE_FEED = """
MATCH (f:Feed {canonical_url: $key})
SET f.etag = $etag, f.modified = $modified, f.last_polled = $last_polled, f.last_error = $last_error,
    f.items_seen = $items_seen
RETURN count(f) AS n
"""

# Contacts: writing ---------------------------------------------------------------------------------------

# A batch of extractions first runs LOCK_AND_READ, then WRITE_CONTACTS and WRITE_TIES, in one transaction.
#
# LOCK_AND_READ locks the batch's documents (a document the store does not hold gets a stub), then the
# leaders of every pair the batch touches, in id order: those of its new reports ($leaders, created as
# provisional leaders when the store does not know them: MERGE locks the id, so two batches cannot both
# create one) and those of the contacts its documents reported before. Batches touching a pair hold
# both its leaders, so they merge one after the other; the ACTED counts they change are the leaders'
# own. Under the locks it reads what merging needs: which report ids are taken ($reports: id, pair;
# a taken id of the report's own pair is a candidate wherever its date), the stored contacts a report
# may be merged with ($windows: one range of a pair's index from `low` to `high`, kept when inside one
# of the `exact` candidate windows; read from the index alone), the contacts the batch's documents
# reported (with all their sources), and the ties of the touched pairs (those of its reports, $pairs: key
# and the positions of both leaders in $leader_ids; $pair_keys: the keys alone; and those its documents
# reported before).
_LOCK_DOCUMENTS = """
CALL () {
  UNWIND $documents AS id
  MERGE (d:Document {id: id})
  ON CREATE SET d:Stub
  REMOVE d:Locked
  WITH d
  OPTIONAL MATCH (d)-[:REPORTS]->(k:Contact)
  RETURN collect(DISTINCT k.pair) AS old_pairs, collect(DISTINCT k.a) + collect(DISTINCT k.b) AS old_leaders,
         collect(DISTINCT CASE WHEN d:Stub THEN d.id END) AS stubs, collect(DISTINCT d) AS locked
}
"""

# The batch's own leaders, locked, are returned in id order ($leader_ids' order) as `people`: the tie read
# below names a pair's leaders by position in it rather than seeking both again.
_LOCK_LEADERS = """
CALL (old_leaders) {
  UNWIND $leaders + [id IN old_leaders WHERE NOT id IN $leader_ids | {id: id}] AS row
  WITH row ORDER BY row.id
  MERGE (l:Leader {id: row.id})
  ON CREATE SET l += row.props, l._new = true
  REMOVE l:Locked
  WITH l, row ORDER BY row.id
  RETURN collect(CASE WHEN row.props IS NOT NULL THEN l END) AS people,
         collect(CASE WHEN l._new THEN {leader: l, offices: row.offices} END) AS created
}
CALL (created) {
  UNWIND created AS new
  WITH new.leader AS l, new.offices AS offices
  REMOVE l._new
  WITH l, offices
  UNWIND range(0, size(offices) - 1) AS i
  WITH l, offices[i] AS o, i
  MERGE (c:Country {code: o.country})
  CREATE (l)-[:HELD {idx: i, role: o.role, start: o.start, end: o.end}]->(c)
}
"""

_CONTACT_MAP = """
k {.*, sources: [(d:Document)-[r:REPORTS]->(k) | r {.*, document_id: d.id, url: d.url, title: d.title,
                                                   published: d.published, lang: d.lang}]}
"""
_CONTACT_FIELDS = _CONTACT_MAP + " AS contact"

_READ_FOR_MERGE = f"""
CALL () {{
  UNWIND $reports AS r
  MATCH (k:Contact {{id: r.id}}) USING INDEX k:Contact(id)
  RETURN collect(k.id) AS owners, collect(CASE WHEN k.pair = r.pair THEN k END) AS own
}}
CALL (own, locked) {{
  CALL (own, locked) {{
    UNWIND own AS k
    RETURN k
    UNION
    UNWIND $windows AS w
    MATCH (k:Contact) USING INDEX k:Contact(pair, sort_date, id)
    WHERE k.pair = w.pair AND k.sort_date >= w.low AND k.sort_date <= w.high AND k.id IS NOT NULL
      AND any(r IN w.exact WHERE k.sort_date >= r[0] AND k.sort_date <= r[1])
    RETURN k
    UNION
    UNWIND locked AS d
    CALL (d) {{ MATCH (d)-[:REPORTS]->(k:Contact) RETURN k }}
    RETURN k
  }}
  RETURN collect({_CONTACT_MAP}) AS stored
}}
CALL (old_pairs, people) {{
  CALL (old_pairs, people) {{
    UNWIND $pairs AS pair
    RETURN pair[0] AS key, people[pair[1]] AS x, people[pair[2]] AS y
    UNION
    UNWIND [key IN old_pairs WHERE NOT key IN $pair_keys] AS key
    WITH DISTINCT key
    WITH key, split(key, '|') AS xy
    MATCH (x:Leader {{id: xy[0]}}) USING INDEX x:Leader(id)
    MATCH (y:Leader {{id: xy[1]}}) USING INDEX y:Leader(id)
    RETURN key, x, y
  }}
  CALL (x, y) {{ MATCH (x)-[t:TIE]->(y) RETURN t }}
  RETURN collect(t {{.count, .first, .last, .modes, .topics, .months, pair: key}}) AS ties
}}
RETURN owners, stored, ties, stubs
"""


# Every lookup of the batch statements names its index: a plan made on an empty store (a fresh install,
# a wiped test database) would otherwise start from a label scan of contacts, which costs nothing there
# and tens of seconds a batch once the store has grown (seen at 30k contacts). For the same reason a
# relationship between nodes already found is matched in a subquery given both (`CALL (x, y) {...}`):
# planned on a fresh store, `MATCH (x)-[t:TIE]->(y)` after the two seeks became a hash join over all of
# x's ties instead of a check of the one pair, and the kept plan cost a server 1.5-5x the CPU per batch.
def _from_batch(statement: str) -> str:
    """Read every parameter of a statement from the one map $batch (`$x` becomes `$batch.x`).

    Neo4j caches a plan per size class of each list parameter (0, 1, 2-10, 11-100, 101-1000, more): a
    batch statement with several lists met a new combination every few batches and was planned again,
    0.1-0.8 s of server CPU each time (most of a per-row write's cost). What a map holds keys no plan.
    """
    return re.sub(r"\$(\w+)", r"$batch.\1", statement)


# The statements of a batch keep their first plan (replan=skip): with every lookup on its index and every
# join pinned as above the plan does not depend on the store's size, and planning one costs the server
# 0.5-0.8 s of CPU, which a store whose counts change fast (a load, a wipe) would pay every few batches.
KEEP_PLAN = "CYPHER replan=skip "
LOCK_AND_READ = KEEP_PLAN + _from_batch(_LOCK_DOCUMENTS + _LOCK_LEADERS + _READ_FOR_MERGE)

# Which of these contact ids the store holds (a new contact's id must be free).
HELD_IDS = "UNWIND $ids AS id MATCH (k:Contact {id: id}) RETURN k.id AS id"

# The first and last date of each pair's occurred contacts other than $gone (contacts a batch rewrites
# or deletes), ordered as graph.ties orders dates: when a tie loses the contact holding its first or
# last date, its span is read back from the others.
SPANS = """
UNWIND $spans AS s
CALL (s) {
  MATCH (k:Contact) USING INDEX k:Contact(pair, sort_date, id)
  WHERE k.pair = s.pair AND k.sort_date > '0000-00-00' AND k.id IS NOT NULL AND k.status = 'occurred'
    AND NOT k.id IN s.gone
  WITH k ORDER BY k.sort_date, k.date LIMIT 1
  RETURN collect(k.date) AS first
}
CALL (s) {
  MATCH (k:Contact) USING INDEX k:Contact(pair, sort_date, id)
  WHERE k.pair = s.pair AND k.sort_date > '0000-00-00' AND k.id IS NOT NULL AND k.status = 'occurred'
    AND NOT k.id IN s.gone
  WITH k ORDER BY k.sort_date DESC, k.date DESC LIMIT 1
  RETURN collect(k.date) AS last
}
RETURN s.pair AS pair, first[0] AS first, last[0] AS last
"""

# Lock the documents of an import's contacts (stubs for those the store does not hold).
ENSURE_DOCUMENTS = "UNWIND $ids AS id MERGE (d:Document {id: id}) ON CREATE SET d:Stub"
ENSURE_TOPICS = "UNWIND $codes AS code MERGE (:Topic {code: code})"

# Stubs no contact cites any more are removed at the end of a batch (LOCK_AND_READ returns which of the
# batch's documents are stubs).
_DROP_UNUSED_STUBS = """
UNWIND $stubs AS id
MATCH (d:Document {id: id}) USING INDEX d:Document(id)
WHERE d:Stub AND NOT (d)-[:REPORTS]->()
DELETE d
"""

CONTACT_PAIRS = "UNWIND $ids AS id MATCH (k:Contact {id: id}) RETURN k.id AS id, k.pair AS pair"

OCCURRED_OF_PAIRS = """
UNWIND $keys AS key
MATCH (k:Contact) USING INDEX k:Contact(pair, sort_date, id)
WHERE k.pair = key AND k.sort_date IS NOT NULL AND k.id IS NOT NULL AND k.status = 'occurred'
RETURN key AS pair, k.mode AS mode, k.date AS date, k.topics AS topics
"""

# Returns who took part in each deleted contact, as what, so the ACTED counts can be lowered.
DELETE_CONTACTS = """
UNWIND $delete AS id
MATCH (k:Contact {id: id})
WITH k, [[k.a, k.a_country, k.a_role], [k.b, k.b_country, k.b_role]] AS sides
DETACH DELETE k
RETURN sides
"""

# How often a leader acted for a country in a role, over all their contacts: answers name leaders by it
# (graph.ties.acting_ref). Callers lock the leaders first, so the read-and-add cannot lose an update.
ADD_ACTED = """
UNWIND $acted AS row
MATCH (l:Leader {id: row.leader}) USING INDEX l:Leader(id)
MERGE (c:Country {code: row.country})
MERGE (l)-[r:ACTED {role: row.role}]->(c)
SET r.count = coalesce(r.count, 0) + row.delta
WITH r
WHERE r.count <= 0
DELETE r
"""

LOCK_LEADERS = "UNWIND $ids AS id MATCH (l:Leader {id: id}) REMOVE l:Locked"

# The batch's leaders and topics are found once, in a list each ($people: leader ids, $codes), and a row
# names its leaders and topics by position in those lists (row.ai, row.bi, row.ti): one index seek per
# leader and topic a statement touches instead of two leader and one topic seek per contact, which
# were a fifth of the server's work in batched writes. Properties are named one by one in the CREATE
# (not `SET k = map`) and both participations are one pattern: the planner then sees no read after a
# write of unknown properties and streams the rows, where it put an Eager (every row buffered) between
# the create and the leader lookups.
_PEOPLE = """
CALL () {
  UNWIND $people AS id
  MATCH (l:Leader {id: id}) USING INDEX l:Leader(id)
  RETURN collect(l) AS people
}
"""

_CREATE_CONTACTS = """
CALL () {
  UNWIND $codes AS code
  MATCH (t:Topic {code: code}) USING INDEX t:Topic(code)
  RETURN collect(t) AS topics
}
UNWIND $contacts AS row
WITH people[row.ai] AS la, people[row.bi] AS lb, row, topics
CREATE (la)-[:PARTICIPATED_IN]->(k:Contact {id: row.id, pair: row.pair, mode: row.mode, status: row.status,
                   setting: row.setting, date: row.date, sort_date: row.sort_date, topics: row.topics,
                   a: row.a, a_country: row.a_country, a_role: row.a_role, b: row.b,
                   b_country: row.b_country, b_role: row.b_role, details: row.details})
       <-[:PARTICIPATED_IN]-(lb)
WITH k, row, topics
CALL (k, row, topics) {
  UNWIND row.ti AS i
  WITH topics[i] AS t
  CREATE (k)-[:ABOUT]->(t)
}
CALL (k, row) {
  UNWIND row.sources AS s
  MATCH (d:Document {id: s.document_id}) USING INDEX d:Document(id)
  CREATE (d)-[:REPORTS {evidence: s.evidence, start: s.start, end: s.end, assertion: s.assertion}]->(k)
}
"""

_TIE_PROPS = """t.count = row.count, t.first = row.first, t.last = row.last, t.modes = row.modes,
    t.topics = row.topics, t.months = row.months"""

# Tie rows name their leaders by position in $people (row.xi, row.yi), as contact rows do.
_DELETE_TIES = """
UNWIND $drop_ties AS row
WITH people[row.xi] AS x, people[row.yi] AS y
CALL (x, y) { MATCH (x)-[t:TIE]->(y) DELETE t }
"""

_SET_TIES = f"""
UNWIND $update_ties AS row
WITH people[row.xi] AS x, people[row.yi] AS y, row
MERGE (x)-[t:TIE]->(y)
SET {_TIE_PROPS}
"""

# Ties of pairs that had none: created without looking for one.
_CREATE_TIES = f"""
UNWIND $create_ties AS row
WITH people[row.xi] AS x, people[row.yi] AS y, row
CREATE (x)-[t:TIE]->(y)
SET {_TIE_PROPS}
"""

_DELETE_QUIETLY = "UNWIND $delete AS id MATCH (k:Contact {id: id}) USING INDEX k:Contact(id) DETACH DELETE k"


def _in_order(*bodies: str, given: str = "") -> str:
    """Join write statements into one, each a subquery run once in the order given, after a `given` part."""
    scope = ", ".join(re.findall(r"RETURN collect\(\w+\) AS (\w+)", given))
    return given + "\n".join(f"CALL ({scope}) {{ {body} }}" for body in bodies)


# After LOCK_AND_READ a batch of extractions writes a part (some pairs) at a time. Each WRITE_CONTACTS
# deletes the contacts the part rewrites or leaves without reports ($delete), creates missing topics
# ($codes), creates contacts with their participants, topics and sources ($contacts; their leaders and
# documents exist), changes the ACTED counts ($acted) and deletes, updates and creates the part's ties
# ($drop_ties, $update_ties, $create_ties): a pair's contacts and tie depend on that pair's reports alone.
# The server writes one part while the writer merges the next. WRITE_TIES does the same for ties and
# counts alone (imports, recounts) and drops stubs no longer cited ($stubs), last in a batch. An empty
# list skips its part.
WRITE_CONTACTS = KEEP_PLAN + _from_batch(
    _in_order(
        _DELETE_QUIETLY, ENSURE_TOPICS, _CREATE_CONTACTS, ADD_ACTED, _DELETE_TIES, _SET_TIES, _CREATE_TIES,
        given=_PEOPLE,
    )
)
WRITE_TIES = KEEP_PLAN + _from_batch(
    _in_order(ADD_ACTED, _DELETE_TIES, _SET_TIES, _CREATE_TIES, _DROP_UNUSED_STUBS, given=_PEOPLE)
)

# Contacts: reading -----------------------------------------------------------------------------------------

GET_CONTACTS = "UNWIND $ids AS id MATCH (k:Contact {id: id}) RETURN " + _CONTACT_FIELDS

# In the order of their evidence in the document's text.
DOCUMENT_CONTACTS = (
    "MATCH (d:Document {id: $id}) USING INDEX d:Document(id) MATCH (d)-[r:REPORTS]->(k:Contact) "
    "WITH k ORDER BY r.start, k.id RETURN " + _CONTACT_FIELDS
)

ITER_CONTACTS = (
    "MATCH (k:Contact) WHERE k.id > $after WITH k ORDER BY k.id LIMIT $limit RETURN " + _CONTACT_FIELDS
)

# How a contact question reaches its contacts, by the most selective key it has (as the SQLite store
# does): the pair index, a leader's or a country's two side indexes, else the date index. Each seek
# names its index and bounds the sort date ($low..$high: since and until, and a list cursor's date),
# so lists read index entries in list order and stop after a page. Undated contacts sort first
# ('0000-00-00'), so a date bound leaves them out. The seek implies the leaders (and the country when
# it seeks by country); filter() checks the rest.
_SEEKS: dict[str, tuple[tuple[str, str], ...]] = {
    "pair": (
        ("MATCH (k:Contact) USING INDEX k:Contact(pair, sort_date, id) WHERE k.pair = $pair",
         "k.pair DESC, "),
    ),
    "leader": (
        ("MATCH (k:Contact) USING INDEX k:Contact(a, sort_date, id) WHERE k.a = $seek", "k.a DESC, "),
        ("MATCH (k:Contact) USING INDEX k:Contact(b, sort_date, id) WHERE k.b = $seek", "k.b DESC, "),
    ),
    "country": (
        ("MATCH (k:Contact) USING INDEX k:Contact(a_country, sort_date, id) WHERE k.a_country = $seek",
         "k.a_country DESC, "),
        ("MATCH (k:Contact) USING INDEX k:Contact(b_country, sort_date, id) WHERE k.b_country = $seek",
         "k.b_country DESC, "),
    ),
    "all": (("MATCH (k:Contact) USING INDEX k:Contact(sort_date, id) WHERE true", ""),),
}  # fmt: skip
_BOUNDS = "AND k.sort_date >= $low AND k.sort_date <= $high AND k.id IS NOT NULL"
# The predicate of each filter a seek does not imply. Only the filters a question sets go into its
# statement: generic "$x IS NULL OR ..." tests read every property of every row and cost the server
# as much again as the seek itself.
_FILTERS = {
    "country": "(k.a_country = $country OR k.b_country = $country)",
    "mode": "k.mode = $mode",
    "setting": "k.setting = $setting",
    "status": "k.status = $status",
    "topic": "$topic IN k.topics",
    # A list's cursor: after the last contact of the previous page, in list order.
    "after": "(k.sort_date < $after_sort OR (k.sort_date = $after_sort AND k.id < $after_id))",
}


def _where(access: str, filters: Iterable[str]) -> str:
    """Return the sort-date bounds and the predicates of the given filters (names of _FILTERS)."""
    wanted = sorted(set(filters) - ({"country"} if access == "country" else set()))
    return " ".join([_BOUNDS, *(f"AND {_FILTERS[name]}" for name in wanted)])


def list_contacts(access: str, filters: Iterable[str] = ()) -> str:
    """Return the query of one page of contacts, newest first, reached by an access path of _SEEKS."""
    where = _where(access, filters)
    branches = [
        f"{seek} {where} RETURN k ORDER BY {side}k.sort_date DESC, k.id DESC LIMIT $limit"
        for seek, side in _SEEKS[access]
    ]
    return (
        "CALL () { " + " UNION ".join(branches) + " } "
        "WITH k ORDER BY k.sort_date DESC, k.id DESC LIMIT $limit RETURN " + _CONTACT_FIELDS
    )


def tallied(access: str, filters: Iterable[str], every_leader: bool) -> str:
    """Return the query of a tally of matching contacts with the short forms of the leaders it names.

    One row: `rows`, what a tally needs of each contact ([a, b, mode, date, topics]), and `refs`, the
    short forms of the leaders $ids names and, if every_leader, of every leader in the rows. One round
    trip answers a filtered pair summary, counterparts or network.
    """
    where = _where(access, filters)
    branches = [f"{seek} {where} RETURN k" for seek, _ in _SEEKS[access]]
    ids = "[row IN rows | row[0]] + [row IN rows | row[1]] + $ids" if every_leader else "$ids"
    return (
        "CALL () { " + " UNION ".join(branches) + " } "
        "WITH collect([k.a, k.b, k.mode, k.date, k.topics]) AS rows "
        f"CALL (rows) {{ UNWIND {ids} AS id WITH DISTINCT id "
        f"MATCH (l:Leader {{id: id}}) USING INDEX l:Leader(id) RETURN collect({ref('l')}) AS refs }} "
        "RETURN rows, refs"
    )


def month_counts(access: str, filters: Iterable[str]) -> str:
    """Return the query counting matching contacts per YYYY-MM month (null: dated to a year, or undated)."""
    where = _where(access, filters)
    branches = [f"{seek} {where} RETURN k" for seek, _ in _SEEKS[access]]
    return (
        "CALL () { " + " UNION ".join(branches) + " } "
        "WITH CASE WHEN size(k.date) >= 7 THEN substring(k.date, 0, 7) END AS month "
        "RETURN month, count(*) AS n"
    )


# The counts and per-month counts of a leader's ties: their unfiltered timeline adds them up.
LEADER_TIE_MONTHS = """
MATCH (l:Leader {id: $id}) USING INDEX l:Leader(id)
MATCH (l)-[t:TIE]-(:Leader)
RETURN t.count AS count, t.months AS months
"""

# The two leaders' short forms and the tie of the pair $x < $y, if any: an unfiltered pair summary.
PAIR_TIE = (
    _REFS_OF_IDS + "OPTIONAL MATCH (x:Leader {id: $x})-[t:TIE]->(y:Leader {id: $y}) "
    f"RETURN refs, t {{{_TIE_FIELDS}}} AS tie"
)

ALL_TIES = f"""
MATCH (x:Leader)-[t:TIE]->(y:Leader)
RETURN x.id AS a, y.id AS b, t {{{_TIE_FIELDS}}} AS tie
"""

# Version 3: ties written before they kept their per-month counts; the pair keys of a batch of them.
TIES_WITHOUT_MONTHS = """
MATCH (x:Leader)-[t:TIE]->(y:Leader) WHERE t.months IS NULL
RETURN x.id + '|' + y.id AS pair LIMIT $limit
"""

TOPIC_COUNTS = """
MATCH (k:Contact {status: 'occurred'})
UNWIND k.topics AS code
RETURN code, count(*) AS n
"""

# Relationships first, then nodes, in small transactions: deleting a node takes its relationships with
# it, and a topic or a hub leader of a 100k-contact store has tens of thousands (the server's
# transaction memory ran out).
WIPE = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
)
