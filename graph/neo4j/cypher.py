"""Every Cypher statement the Neo4j store runs, in one place; values are always passed as parameters.

The graph: (:Leader)-[:PARTICIPATED_IN {side, country, role}]->(:Contact)<-[:REPORTS {evidence, start,
end, ...assertion}]-(:Document), (:Contact)-[:ABOUT]->(:Topic), (:Leader)-[:HELD {role, start, end}]->
(:Country), and the derived (:Leader)-[:TIE {count, first, last, modes, topics}]->(:Leader), directed from
the smaller leader id to the larger. A Contact node also carries its participants' ids, names, countries
and roles, so list pages read one node per contact. (:Pair {key}) nodes exist only to lock a pair while a
batch merges its contacts; (:Feed) nodes are the feed registry.
"""

from __future__ import annotations

# Schema: constraints before any MERGE; a range index on the contact's date and its sort date.
SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT leader_id IF NOT EXISTS FOR (n:Leader) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE",
    "CREATE CONSTRAINT topic_code IF NOT EXISTS FOR (n:Topic) REQUIRE n.code IS UNIQUE",
    "CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (n:Feed) REQUIRE n.url IS UNIQUE",
    "CREATE CONSTRAINT pair_key IF NOT EXISTS FOR (n:Pair) REQUIRE n.key IS UNIQUE",
    "CREATE RANGE INDEX contact_date IF NOT EXISTS FOR (n:Contact) ON (n.date)",
    "CREATE RANGE INDEX contact_sort IF NOT EXISTS FOR (n:Contact) ON (n.sort_date, n.id)",
    "CREATE RANGE INDEX contact_pair IF NOT EXISTS FOR (n:Contact) ON (n.pair)",
    "CREATE RANGE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.canonical_url)",
    "CREATE RANGE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.content_hash)",
    "CREATE RANGE INDEX document_due IF NOT EXISTS FOR (n:Document) ON (n.status, n.due_at)",
)
AWAIT_INDEXES = "CALL db.awaitIndexes(300)"
SEED_TOPICS = "UNWIND $codes AS code MERGE (:Topic {code: code})"

PING = "RETURN 1 AS ok"

COUNTS = """
CALL { MATCH (n:Leader) RETURN count(n) AS leaders }
CALL { MATCH (n:Document) RETURN count(n) AS documents }
CALL { MATCH (n:Contact) RETURN count(n) AS contacts }
CALL { MATCH ()-[r:REPORTS]->() RETURN count(r) AS sources }
CALL { MATCH ()-[r:TIE]->() RETURN count(r) AS ties }
RETURN leaders, documents, contacts, sources, ties
"""

# Leaders ---------------------------------------------------------------------------------------------

UPSERT_LEADERS = """
UNWIND $rows AS row
MERGE (l:Leader {id: row.id})
SET l.name = row.name, l.wikidata = row.wikidata, l.aliases = row.aliases, l.names = row.names,
    l.provisional = row.provisional
WITH l, row
CALL (l) { MATCH (l)-[h:HELD]->() DELETE h }
WITH l, row
UNWIND range(0, size(row.offices) - 1) AS i
WITH l, row.offices[i] AS o, i
MERGE (c:Country {code: o.country})
CREATE (l)-[:HELD {idx: i, role: o.role, start: o.start, end: o.end}]->(c)
"""

# Provisional leaders are created by the first contact naming them and never overwrite a known leader.
ENSURE_LEADERS = """
UNWIND $rows AS row
MERGE (l:Leader {id: row.id})
ON CREATE SET l.name = row.name, l.aliases = row.aliases, l.names = row.names, l.provisional = true,
              l.wikidata = null
WITH l, row
WHERE l.provisional AND NOT EXISTS { (l)-[:HELD]->() }
MERGE (c:Country {code: row.country})
CREATE (l)-[:HELD {idx: 0, role: row.role, start: null, end: null}]->(c)
"""

_LEADER_FIELDS = """
l {.id, .name, .wikidata, .aliases, .provisional,
   offices: [(l)-[h:HELD]->(c:Country) | {idx: h.idx, country: c.code, role: h.role, start: h.start,
                                           end: h.end}]} AS leader
"""

GET_LEADERS = "UNWIND $ids AS id MATCH (l:Leader {id: id}) RETURN " + _LEADER_FIELDS

LEADERS_BY_NAME = "MATCH (l:Leader) WHERE $name IN l.names RETURN l.id AS id ORDER BY id"

FIND_LEADERS = (
    """
MATCH (l:Leader)
WHERE ($q IS NULL OR any(n IN l.names WHERE n STARTS WITH $q))
  AND ($country IS NULL OR EXISTS {
        MATCH (l)-[h:HELD]->(:Country {code: $country})
        WHERE $at IS NULL OR ((h.start IS NULL OR h.start <= $at) AND (h.end IS NULL OR $at <= h.end)) })
  AND ($country IS NOT NULL OR $at IS NULL OR EXISTS {
        MATCH (l)-[h:HELD]->()
        WHERE (h.start IS NULL OR h.start <= $at) AND (h.end IS NULL OR $at <= h.end) })
WITH l ORDER BY l.provisional, l.name, l.id LIMIT $limit
RETURN """
    + _LEADER_FIELDS
)

ITER_LEADERS = (
    "MATCH (l:Leader) WHERE l.id > $after WITH l ORDER BY l.id LIMIT $limit RETURN " + _LEADER_FIELDS
)

LEADER_TIES = """
MATCH (:Leader {id: $id})-[t:TIE]-(o:Leader)
RETURN o.id AS other, t.count AS count, t.first AS first, t.last AS last, t.modes AS modes,
       t.topics AS topics
"""

# Documents and the queue -----------------------------------------------------------------------------

_DOC_FIELDS = """
d {.id, .url, .title, .lang, .published, .text, .content_hash, .status, .attempts, .error, .created_at,
   .updated_at} AS doc
"""

GET_DOCUMENT = "MATCH (d:Document {id: $id}) RETURN " + _DOC_FIELDS

# For each new document: the stored one with the same id, else the same canonical URL, else the same text.
KNOWN_DOCUMENTS = """
UNWIND $rows AS row
OPTIONAL MATCH (byid:Document {id: row.id})
CALL (row) { OPTIONAL MATCH (u:Document {canonical_url: row.canonical_url}) RETURN min(u.id) AS by_url }
CALL (row) { OPTIONAL MATCH (h:Document {content_hash: row.content_hash}) RETURN min(h.id) AS by_hash }
RETURN row.id AS id, byid.id AS by_id, by_url, by_hash
"""

CREATE_DOCUMENTS = """
UNWIND $rows AS row
CREATE (d:Document)
SET d = row
"""

# Migrations copy documents as they are, replacing same ids.
IMPORT_DOCUMENTS = """
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row
"""

DOCUMENTS_EXIST = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id"

ITER_DOCUMENTS = (
    "MATCH (d:Document) WHERE d.id > $after WITH d ORDER BY d.id LIMIT $limit RETURN " + _DOC_FIELDS
)

KNOWN_URLS = "UNWIND $urls AS u MATCH (d:Document {canonical_url: u}) RETURN DISTINCT u AS url"

# Claiming: pick the oldest due document, lock it by writing, then re-check under the lock that it is still
# due (another worker may have claimed it between the read and the lock); the caller retries on a miss.
CLAIM = (
    """
MATCH (d:Document)
WHERE (d.status = 'queued' AND d.due_at <= $now)
   OR (d.status = 'processing' AND d.lease_expires <= $now)
WITH d ORDER BY d.due_at, d.id LIMIT 1
SET d._lock = true
WITH d
WHERE (d.status = 'queued' AND d.due_at <= $now)
   OR (d.status = 'processing' AND d.lease_expires <= $now)
SET d.status = 'processing', d.attempts = coalesce(d.attempts, 0) + 1, d.lease_token = $token,
    d.lease_expires = $expires, d.lease_expires_at = $expires_at, d.worker = $worker,
    d.updated_at = $now_iso
REMOVE d._lock
RETURN """
    + _DOC_FIELDS
)

# Anything due at all? Lets claim() tell "queue empty" from "lost a race, try again".
ANY_DUE = """
MATCH (d:Document)
WHERE (d.status = 'queued' AND d.due_at <= $now)
   OR (d.status = 'processing' AND d.lease_expires <= $now)
RETURN count(d) > 0 AS due
"""

# Lock a job's document, then return whether the caller still holds its lease.
CHECK_LEASE = """
MATCH (d:Document {id: $id})
SET d._lock = true
REMOVE d._lock
RETURN d.status = 'processing' AND d.lease_token = $token AND d.lease_expires > $now AS held
"""

FINISH_JOB = """
MATCH (d:Document {id: $id})
SET d.status = $status, d.error = $error, d.due_at = $due_at, d.updated_at = $now_iso,
    d.lease_token = null, d.lease_expires = null, d.lease_expires_at = null, d.worker = null
"""

REQUEUE = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.status = 'queued', d.due_at = $now, d.updated_at = $now_iso, d.error = null, d.attempts = 0,
    d.lease_token = null, d.lease_expires = null, d.lease_expires_at = null, d.worker = null
RETURN count(d) AS n
"""

QUEUE_STATS = "MATCH (d:Document) RETURN d.status AS status, count(d) AS n"

# Feeds -------------------------------------------------------------------------------------------------

_FEED_FIELDS = "f {.url, .etag, .modified, .last_polled, .last_error, .items_seen} AS feed"

ADD_FEED = (
    """
MERGE (f:Feed {url: $url})
ON CREATE SET f.items_seen = 0, f.created = $now
RETURN """
    + _FEED_FIELDS
)

REMOVE_FEED = "MATCH (f:Feed {url: $url}) DETACH DELETE f RETURN count(*) AS n"

LIST_FEEDS = "MATCH (f:Feed) RETURN " + _FEED_FIELDS + " ORDER BY f.url"

UPDATE_FEED = """
MATCH (f:Feed {url: $url})
SET f.etag = $etag, f.modified = $modified, f.last_polled = $last_polled, f.last_error = $last_error,
    f.items_seen = $items_seen
RETURN count(f) AS n
"""

# Contacts: writing ---------------------------------------------------------------------------------------

# Lock the documents of a batch, then their pairs, in sorted order, so concurrent batches touching the same
# pair merge one after the other instead of both creating a contact.
LOCK_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) SET d._lock = true REMOVE d._lock"

LOCK_PAIRS = "UNWIND $keys AS key MERGE (p:Pair {key: key}) SET p._lock = true REMOVE p._lock"

PAIRS_OF_DOCUMENTS = """
UNWIND $ids AS id
MATCH (:Document {id: id})-[:REPORTS]->(k:Contact)
RETURN DISTINCT k.pair AS pair
"""

_CONTACT_FIELDS = """
k {.*, sources: [(d:Document)-[r:REPORTS]->(k) | r {.*, document_id: d.id, url: d.url, title: d.title,
                                                   published: d.published, lang: d.lang}]} AS contact
"""

PAIRS_OF_CONTACTS = "UNWIND $ids AS id MATCH (k:Contact {id: id}) RETURN DISTINCT k.pair AS pair"

CONTACTS_OF_PAIRS = "UNWIND $keys AS key MATCH (k:Contact {pair: key}) RETURN " + _CONTACT_FIELDS

DELETE_CONTACTS = "UNWIND $ids AS id MATCH (k:Contact {id: id}) DETACH DELETE k"

CREATE_CONTACTS = """
UNWIND $rows AS row
CREATE (k:Contact)
SET k = row.props
WITH k, row
MATCH (la:Leader {id: row.props.a}), (lb:Leader {id: row.props.b})
CREATE (la)-[:PARTICIPATED_IN {side: 'a', country: row.props.a_country, role: row.props.a_role}]->(k)
CREATE (lb)-[:PARTICIPATED_IN {side: 'b', country: row.props.b_country, role: row.props.b_role}]->(k)
WITH k, row
CALL (k, row) {
  UNWIND row.props.topics AS code
  MERGE (t:Topic {code: code})
  CREATE (k)-[:ABOUT]->(t)
}
CALL (k, row) {
  UNWIND row.sources AS s
  MATCH (d:Document {id: s.document_id})
  CREATE (d)-[r:REPORTS]->(k)
  SET r = s.props
}
"""

SET_TIES = """
UNWIND $rows AS row
MATCH (x:Leader {id: row.x}), (y:Leader {id: row.y})
MERGE (x)-[t:TIE]->(y)
SET t.count = row.count, t.first = row.first, t.last = row.last, t.modes = row.modes, t.topics = row.topics
"""

DELETE_TIES = """
UNWIND $rows AS row
MATCH (:Leader {id: row.x})-[t:TIE]->(:Leader {id: row.y})
DELETE t
"""

# Contacts: reading -----------------------------------------------------------------------------------------

GET_CONTACTS = "UNWIND $ids AS id MATCH (k:Contact {id: id}) RETURN " + _CONTACT_FIELDS

DOCUMENT_CONTACTS = (
    "MATCH (:Document {id: $id})-[:REPORTS]->(k:Contact) "
    "WITH DISTINCT k ORDER BY k.sort_date DESC, k.id DESC RETURN " + _CONTACT_FIELDS
)

ITER_CONTACTS = (
    "MATCH (k:Contact) WHERE k.id > $after WITH k ORDER BY k.id LIMIT $limit RETURN " + _CONTACT_FIELDS
)

# The filter every contact question shares; $since/$until compare day-precision sort dates.
CONTACT_WHERE = """
($leader IS NULL OR k.a = $leader OR k.b = $leader)
AND ($with IS NULL OR k.a = $with OR k.b = $with)
AND ($country IS NULL OR k.a_country = $country OR k.b_country = $country)
AND ($mode IS NULL OR k.mode = $mode)
AND ($setting IS NULL OR k.setting = $setting)
AND ($status IS NULL OR k.status = $status)
AND ($topic IS NULL OR $topic IN k.topics)
AND ($since IS NULL OR (k.date IS NOT NULL AND k.sort_date >= $since))
AND ($until IS NULL OR (k.date IS NOT NULL AND k.sort_date <= $until))
"""

# Newest first, undated last; the cursor is the (sort_date, id) of the last row of the previous page.
LIST_CONTACTS = (
    "MATCH (k:Contact) WHERE "
    + CONTACT_WHERE
    + """
AND ($after_sort IS NULL OR k.sort_date < $after_sort OR (k.sort_date = $after_sort AND k.id < $after_id))
WITH k ORDER BY k.sort_date DESC, k.id DESC LIMIT $limit
RETURN """
    + _CONTACT_FIELDS
)

# The rows a tally needs (pair, mode, date, topics) of the contacts matching the filter.
TALLY_ROWS = (
    "MATCH (k:Contact) WHERE "
    + CONTACT_WHERE
    + "RETURN k.a AS a, k.b AS b, k.mode AS mode, k.date AS date, k.topics AS topics"
)

ALL_TIES = """
MATCH (x:Leader)-[t:TIE]->(y:Leader)
RETURN x.id AS a, y.id AS b, t.count AS count, t.first AS first, t.last AS last, t.modes AS modes,
       t.topics AS topics
"""

TOPIC_COUNTS = """
MATCH (k:Contact {status: 'occurred'})
UNWIND k.topics AS code
RETURN code, count(*) AS n
"""

WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
