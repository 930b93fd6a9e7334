"""Conversions between domain models and the plain maps Neo4j stores (properties) and returns (records).

Neo4j properties hold strings, numbers, booleans and lists of one type, never maps: dates are ISO strings
(they sort as text), datetimes ISO strings with their offset, and a tie's per-mode and per-topic counts
JSON strings.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

import orjson

from graph.keys import canonical_url, pair_key
from graph.models import (
    Assertion,
    Contact,
    Document,
    Feed,
    Leader,
    Office,
    Participant,
    Source,
    sort_date,
)
from graph.text import fold
from graph.ties import Tally

Row = dict[str, Any]


def iso_date(value: date | None) -> str | None:
    """Return a date as YYYY-MM-DD, or None."""
    return value.isoformat() if value is not None else None


def iso_datetime(value: datetime | None) -> str | None:
    """Return a datetime in ISO form (with its offset when it has one), or None."""
    return value.isoformat() if value is not None else None


def epoch(value: datetime) -> float:
    """Return a datetime as seconds since the epoch (naive ones are taken as UTC) for queue comparisons."""
    if value.tzinfo is None:
        return (value - datetime(1970, 1, 1)).total_seconds()
    return value.timestamp()


# Leaders --------------------------------------------------------------------------------------------------


def leader_names(leader: Leader) -> list[str]:
    """Return the folded forms of a leader's name and aliases: what name searches match against."""
    seen: dict[str, None] = {}
    for name in (leader.name, *leader.aliases):
        folded = fold(name)
        if folded:
            seen[folded] = None
    return list(seen)


def leader_row(leader: Leader) -> Row:
    """Return the parameters that write one leader."""
    return {
        "id": leader.id,
        "name": leader.name,
        "wikidata": leader.wikidata,
        "aliases": list(leader.aliases),
        "names": leader_names(leader),
        "provisional": leader.provisional,
        "offices": [
            {"country": o.country, "role": o.role, "start": iso_date(o.start), "end": iso_date(o.end)}
            for o in leader.offices
        ],
    }


def leader_from(rec: Row) -> Leader:
    """Build a leader from its record (offices in the order they were written)."""
    offices = sorted(rec["offices"], key=lambda o: o["idx"])
    return Leader(
        id=rec["id"],
        name=rec["name"],
        wikidata=rec.get("wikidata"),
        aliases=tuple(rec.get("aliases") or ()),
        provisional=bool(rec.get("provisional")),
        offices=tuple(
            Office(
                country=o["country"],
                role=o["role"],
                start=date.fromisoformat(o["start"]) if o.get("start") else None,
                end=date.fromisoformat(o["end"]) if o.get("end") else None,
            )
            for o in offices
        ),
    )


# Documents and feeds ----------------------------------------------------------------------------------------


def document_row(doc: Document) -> Row:
    """Return the properties of a document node, with the queue fields its status implies."""
    created = doc.created_at
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
        "created_at": iso_datetime(created),
        "updated_at": iso_datetime(doc.updated_at),
        "due_at": epoch(created) if created is not None else 0.0,
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
        status=rec.get("status") or "queued",
        attempts=rec.get("attempts") or 0,
        error=rec.get("error"),
        created_at=datetime.fromisoformat(rec["created_at"]) if rec.get("created_at") else None,
        updated_at=datetime.fromisoformat(rec["updated_at"]) if rec.get("updated_at") else None,
    )


def feed_from(rec: Row) -> Feed:
    """Build a feed from its record."""
    return Feed(
        url=rec["url"],
        etag=rec.get("etag"),
        modified=rec.get("modified"),
        last_polled=datetime.fromisoformat(rec["last_polled"]) if rec.get("last_polled") else None,
        last_error=rec.get("last_error"),
        items_seen=rec.get("items_seen") or 0,
    )


# Contacts --------------------------------------------------------------------------------------------------


def source_props(source: Source, mode: str) -> Row:
    """Return the properties of a REPORTS relationship: the evidence and what the report asserted."""
    a = source.assertion
    return {
        "evidence": source.evidence,
        "start": source.start,
        "end": source.end,
        "setting": a.setting,
        "mode": a.mode or mode,
        "date": a.date,
        "date_precision": a.date_precision,
        "topics": list(a.topics),
        "places": list(a.places),
        "initiator": a.initiator,
        "confidence": a.confidence,
    }


def contact_row(contact: Contact) -> Row:
    """Return the parameters that create one contact with its participants, topics and sources."""
    props: Row = {
        "id": contact.id,
        "pair": pair_key(contact.a.leader_id, contact.b.leader_id),
        "mode": contact.mode,
        "status": contact.status,
        "setting": contact.setting,
        "date": contact.date,
        "date_precision": contact.date_precision,
        "sort_date": contact.sort_date,
        "topics": list(contact.topics),
        "places": list(contact.places),
        "initiator": contact.initiator,
        "confidence": contact.confidence,
    }
    for side, p in (("a", contact.a), ("b", contact.b)):
        props[side] = p.leader_id
        props[f"{side}_name"] = p.name
        props[f"{side}_country"] = p.country
        props[f"{side}_role"] = p.role
        props[f"{side}_provisional"] = p.provisional
    sources = [
        {"document_id": s.document_id, "props": source_props(s, contact.mode)} for s in contact.sources
    ]
    return {"props": props, "sources": sources}


def source_from(rec: Row) -> Source:
    """Build a source from a REPORTS record joined with its document."""
    return Source(
        document_id=rec["document_id"],
        evidence=rec["evidence"],
        start=rec["start"],
        end=rec["end"],
        assertion=Assertion(
            setting=rec["setting"],
            mode=rec.get("mode"),
            date=rec.get("date"),
            date_precision=rec.get("date_precision"),
            topics=tuple(rec.get("topics") or ()),
            places=tuple(rec.get("places") or ()),
            initiator=rec.get("initiator"),
            confidence=rec["confidence"],
        ),
        url=rec.get("url"),
        title=rec.get("title"),
        published=date.fromisoformat(rec["published"]) if rec.get("published") else None,
        lang=rec.get("lang"),
    )


def _participant(rec: Row, side: str) -> Participant:
    return Participant(
        leader_id=rec[side],
        name=rec[f"{side}_name"],
        country=rec[f"{side}_country"],
        role=rec[f"{side}_role"],
        provisional=bool(rec.get(f"{side}_provisional")),
    )


def contact_from(rec: Row) -> Contact:
    """Build a contact from its record, sources in document order."""
    sources = sorted((source_from(s) for s in rec["sources"]), key=lambda s: (s.document_id, s.start, s.end))
    return Contact(
        id=rec["id"],
        a=_participant(rec, "a"),
        b=_participant(rec, "b"),
        mode=rec["mode"],
        status=rec["status"],
        setting=rec["setting"],
        date=rec.get("date"),
        date_precision=rec.get("date_precision"),
        topics=tuple(rec.get("topics") or ()),
        places=tuple(rec.get("places") or ()),
        initiator=rec.get("initiator"),
        confidence=rec["confidence"],
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
        "modes": orjson.dumps(dict(tally.modes)).decode(),
        "topics": orjson.dumps(dict(tally.topics)).decode(),
    }


def tally_from_tie(rec: Row) -> Tally:
    """Rebuild a pair's tally from its TIE record."""
    return Tally(
        count=rec["count"],
        first=rec.get("first"),
        last=rec.get("last"),
        modes=Counter(orjson.loads(rec["modes"])),
        topics=Counter(orjson.loads(rec["topics"])),
    )


def sort_key(contact: Contact) -> tuple[str, str]:
    """Return the (sort date, id) a contact is listed by, newest first."""
    return (sort_date(contact.date), contact.id)
