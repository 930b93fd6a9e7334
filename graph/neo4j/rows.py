"""Conversions between domain models and the plain maps Neo4j stores (properties) and returns (records).

Neo4j properties hold strings, numbers, booleans and lists of one type, never maps: dates are ISO strings
(they sort as text), times fixed-width UTC strings (they sort as text too, as in the SQLite store), a
leader's whole model, a tie's per-mode and per-topic counts, and the fields of a contact and of a report
that no statement reads (DETAIL_FIELDS, ASSERTION_FIELDS) JSON strings.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

import orjson

from graph.keys import canonical_url, pair_key
from graph.models import (
    Assertion,
    Contact,
    Document,
    Feed,
    Leader,
    LeaderRef,
    Participant,
    Source,
)
from graph.text import fold
from graph.ties import Tally, ranked

Row = dict[str, Any]


def iso_date(value: date | None) -> str | None:
    """Return a date as YYYY-MM-DD, or None."""
    return value.isoformat() if value is not None else None


def ts(value: datetime) -> str:
    """Format a time as a fixed-width UTC string that sorts like the time (naive times are UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def parse_ts(value: str | None) -> datetime | None:
    """Parse a string written by ts() back into an aware UTC time."""
    if not value:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)


# Leaders --------------------------------------------------------------------------------------------------


def name_keys(leader: Leader) -> tuple[list[str], list[str]]:
    """Return a leader's folded search keys: each name whole, and each word-suffix that is not a whole name.

    "Recep Tayyip Erdoğan" gives the whole "recep tayyip erdogan" and the suffixes "tayyip erdogan" and
    "erdogan", so a surname alone finds the leader.
    """
    whole: dict[str, None] = {}
    suffixes: dict[str, None] = {}
    for name in (leader.name, *leader.aliases):
        words = fold(name).split(" ")
        if not words[0]:
            continue
        whole[" ".join(words)] = None
        for i in range(1, len(words)):
            suffixes[" ".join(words[i:])] = None
    return list(whole), [k for k in suffixes if k not in whole]


def leader_row(leader: Leader) -> Row:
    """Return the parameters that write one leader: the whole model as JSON, plus what queries read."""
    office = leader.latest_office()
    names, suffixes = name_keys(leader)
    return {
        "id": leader.id,
        "name": leader.name,
        "wikidata": leader.wikidata,
        "aliases": list(leader.aliases),
        "names": names,
        "suffixes": suffixes,
        "provisional": leader.provisional,
        "country": office.country if office else None,
        "role": office.role if office else None,
        "data": leader.model_dump_json(),
        "offices": [
            {"country": o.country, "role": o.role, "start": iso_date(o.start), "end": iso_date(o.end)}
            for o in leader.offices
        ],
    }


def leader_from(data: str) -> Leader:
    """Build a leader from the JSON it was written as (aliases and offices in their order)."""
    return Leader.model_validate_json(data)


def ref_from(rec: Row) -> LeaderRef:
    """Build a leader's short form from its record (country and role of the latest office)."""
    return LeaderRef(id=rec["id"], name=rec["name"], country=rec.get("country"), role=rec.get("role"))


# Documents and feeds ----------------------------------------------------------------------------------------


def document_row(doc: Document, now: datetime) -> Row:
    """Return the properties of a document node as it is (migrations keep status and times)."""
    return {
        "id": doc.id,
        "url": doc.url,
        "canonical_url": canonical_url(doc.url) if doc.url else None,
        "title": doc.title,
        "lang": doc.lang,
        "published": iso_date(doc.published),
        "text": doc.text,
        "content_hash": doc.content_hash,
        "status": doc.status,
        "attempts": doc.attempts,
        "error": doc.error,
        "created_at": ts(doc.created_at or now),
        "updated_at": ts(doc.updated_at or now),
        # Empty: due at once; else the ts() from which a retried job is due.
        "due_at": "",
    }


def document_from(rec: Row) -> Document:
    """Build a document from its record."""
    return Document(
        id=rec["id"],
        url=rec.get("url"),
        title=rec.get("title"),
        lang=rec.get("lang"),
        published=date.fromisoformat(rec["published"]) if rec.get("published") else None,
        text=rec["text"],
        content_hash=rec["content_hash"],
        status=rec["status"],
        attempts=rec["attempts"],
        error=rec.get("error"),
        created_at=parse_ts(rec.get("created_at")),
        updated_at=parse_ts(rec.get("updated_at")),
    )


def feed_from(rec: Row) -> Feed:
    """Build a feed from its record."""
    return Feed(
        url=rec["url"],
        etag=rec.get("etag"),
        modified=rec.get("modified"),
        last_polled=parse_ts(rec.get("last_polled")),
        last_error=rec.get("last_error"),
        items_seen=rec.get("items_seen") or 0,
    )


# Contacts --------------------------------------------------------------------------------------------------


# What a contact and a report keep in one JSON property each (`details`, `assertion`): the fields that only
# a reader of the whole contact needs, which no statement filters, sorts or joins on. Every property is
# a record the server writes, indexes in its transaction state and commits: packed, a contact costs the
# server about a third less CPU to write (docs/BENCHMARKS.md, store writes).
DETAIL_FIELDS = (
    "a_name", "b_name", "a_provisional", "b_provisional",
    "date_precision", "places", "initiator", "confidence",
)  # fmt: skip
ASSERTION_FIELDS = (
    "setting", "mode", "date", "date_precision", "topics", "places", "initiator", "confidence"
)  # fmt: skip


def packed(rec: Row, fields: tuple[str, ...]) -> str:
    """Return the JSON object of these fields of a record (absent ones as null)."""
    return orjson.dumps({f: rec.get(f) for f in fields}).decode()


def repacked(rec: Row) -> Row | None:
    """Return the PACK_CONTACTS row of a contact stored before version 5, or None if it is packed already."""
    if "details" in rec:
        return None
    sources = [
        {"document_id": s["document_id"], "assertion": packed(s, ASSERTION_FIELDS)}
        for s in rec["sources"]
        if "assertion" not in s
    ]
    return {"id": rec["id"], "details": packed(rec, DETAIL_FIELDS), "sources": sources}


def source_props(source: Source) -> Row:
    """Return the properties of a REPORTS relationship: the evidence and what the report asserted."""
    a = source.assertion
    assertion = {
        "setting": a.setting,
        "mode": a.mode,
        "date": a.date,
        "date_precision": a.date_precision,
        "topics": a.topics,
        "places": a.places,
        "initiator": a.initiator,
        "confidence": a.confidence,
    }
    return {
        "evidence": source.evidence,
        "start": source.start,
        "end": source.end,
        "assertion": orjson.dumps(assertion).decode(),
    }


def contact_row(contact: Contact) -> Row:
    """Return the parameters that create one contact with its participants, topics and sources."""
    a, b = contact.a, contact.b
    details = {
        "a_name": a.name,
        "b_name": b.name,
        "a_provisional": a.provisional,
        "b_provisional": b.provisional,
        "date_precision": contact.date_precision,
        "places": contact.places,
        "initiator": contact.initiator,
        "confidence": contact.confidence,
    }
    sources = []
    for s in contact.sources:
        row = source_props(s)
        row["document_id"] = s.document_id
        sources.append(row)
    return {
        "id": contact.id,
        "pair": pair_key(a.leader_id, b.leader_id),
        "mode": contact.mode,
        "status": contact.status,
        "setting": contact.setting,
        "date": contact.date,
        "sort_date": contact.sort_date,
        "topics": list(contact.topics),
        "a": a.leader_id,
        "a_country": a.country,
        "a_role": a.role,
        "b": b.leader_id,
        "b_country": b.country,
        "b_role": b.role,
        "details": orjson.dumps(details).decode(),
        "sources": sources,
    }


def source_from(rec: Row) -> Source:
    """Build a source from a REPORTS record joined with its document."""
    a = orjson.loads(rec["assertion"])
    return Source(
        document_id=rec["document_id"],
        evidence=rec["evidence"],
        start=rec["start"],
        end=rec["end"],
        assertion=Assertion(
            setting=a["setting"],
            mode=a.get("mode"),
            date=a.get("date"),
            date_precision=a.get("date_precision"),
            topics=tuple(a.get("topics") or ()),
            places=tuple(a.get("places") or ()),
            initiator=a.get("initiator"),
            confidence=a["confidence"],
        ),
        url=rec.get("url"),
        title=rec.get("title"),
        published=date.fromisoformat(rec["published"]) if rec.get("published") else None,
        lang=rec.get("lang"),
    )


def _participant(rec: Row, details: Row, side: str) -> Participant:
    return Participant(
        leader_id=rec[side],
        name=details[f"{side}_name"],
        country=rec[f"{side}_country"],
        role=rec[f"{side}_role"],
        provisional=bool(details.get(f"{side}_provisional")),
    )


def contact_from(rec: Row) -> Contact:
    """Build a contact from its record, sources in document id order."""
    sources = sorted((source_from(s) for s in rec["sources"]), key=lambda s: s.document_id)
    details = orjson.loads(rec["details"])
    return Contact(
        id=rec["id"],
        a=_participant(rec, details, "a"),
        b=_participant(rec, details, "b"),
        mode=rec["mode"],
        status=rec["status"],
        setting=rec["setting"],
        date=rec.get("date"),
        date_precision=details.get("date_precision"),
        topics=tuple(rec.get("topics") or ()),
        places=tuple(details.get("places") or ()),
        initiator=details.get("initiator"),
        confidence=details["confidence"],
        sources=tuple(sources),
    )


# Ties -------------------------------------------------------------------------------------------------------


def tie_row(x: str, y: str, tally: Tally) -> Row:
    """Return the parameters of a TIE relationship from the tally of a pair's occurred contacts."""
    return {
        "x": x,
        "y": y,
        "count": tally.count,
        "first": tally.first,
        "last": tally.last,
        "modes": orjson.dumps(ranked(tally.modes)).decode(),
        "topics": orjson.dumps(ranked(tally.topics)).decode(),
        "months": orjson.dumps(dict(sorted(tally.months.items()))).decode(),
    }


def tally_from_tie(rec: Row) -> Tally:
    """Rebuild a pair's tally from its TIE record (months only when the tie keeps them)."""
    return Tally(
        count=rec["count"],
        first=rec.get("first"),
        last=rec.get("last"),
        modes=Counter(orjson.loads(rec["modes"])),
        topics=Counter(orjson.loads(rec["topics"])),
        months=Counter(orjson.loads(rec["months"])) if rec.get("months") else Counter(),
    )
