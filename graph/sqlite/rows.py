"""Conversions between SQLite rows and domain models: contacts, sources, documents, times, cursors."""

from __future__ import annotations

import base64
import binascii
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import orjson

from graph.errors import InvalidInput
from graph.models import Assertion, Contact, Document, Participant, Role, Source

# Columns of a contact row after its integer key n, in table order.
CONTACT_COLUMNS = (
    "id", "a_id", "a_name", "a_country", "a_role", "a_provisional",
    "b_id", "b_name", "b_country", "b_role", "b_provisional",
    "mode", "status", "setting", "date", "date_precision", "sort_date",
    "topics", "places", "initiator", "confidence",
)  # fmt: skip
SOURCE_COLUMNS = (
    "contact_n", "document_id", "evidence", "ev_start", "ev_end", "mode", "setting",
    "date", "date_precision", "topics", "places", "initiator", "confidence",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "id", "url", "canonical_url", "title", "lang", "published", "text", "content_hash",
    "status", "attempts", "error", "created_at", "updated_at", "due_at",
)  # fmt: skip

# SQLite allows many more bound parameters, but short IN lists keep statements cheap to prepare.
CHUNK = 500


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    """Split a sequence into slices of at most size items."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def marks(n: int) -> str:
    """Return n comma-separated parameter marks for an IN list."""
    return ",".join("?" * n)


def upsert_sql(table: str, columns: Sequence[str]) -> str:
    """Return an INSERT OR REPLACE statement for a table's columns."""
    return f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({marks(len(columns))})"


def dumps(value: Any) -> str:
    """Serialize a list or dict to compact JSON text."""
    return orjson.dumps(value).decode()


def loads(text: str) -> Any:
    """Parse JSON text."""
    return orjson.loads(text)


@lru_cache(maxsize=16_384)
def text_list(values: tuple[str, ...]) -> str:
    """Serialize a tuple of strings (topics, places) as a JSON list; few distinct ones recur."""
    return orjson.dumps(values).decode()


@lru_cache(maxsize=16_384)
def list_of(text: str) -> tuple[str, ...]:
    """Parse a JSON list of strings written by text_list (cached like it: a batch rereads the same few)."""
    return tuple(orjson.loads(text))


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


def now_utc() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


def assertion_values(a: Assertion, mode: str) -> tuple[Any, ...]:
    """Return the assertion columns of a source row (mode .. confidence), with the mode it reported."""
    return (
        mode,
        a.setting,
        a.date,
        a.date_precision,
        text_list(a.topics),
        text_list(a.places),
        a.initiator,
        a.confidence,
    )


# Rows were validated as models when they were written. Reads rebuild assertions and sources without
# validating them again (model_construct: 3 us against 4-7.5 us; the assertion's date check runs in
# Python), while contacts and participants validate faster than model_construct builds them, and a
# participant, the same on most rows of a leader's page, comes from a cache.


def row_assertion(row: sqlite3.Row) -> Assertion:
    """Read the assertion columns of a source row."""
    return Assertion.model_construct(
        mode=row["mode"],
        setting=row["setting"],
        date=row["date"],
        date_precision=row["date_precision"],
        topics=tuple(loads(row["topics"])),
        places=tuple(loads(row["places"])),
        initiator=row["initiator"],
        confidence=row["confidence"],
    )


def row_source(row: sqlite3.Row) -> Source:
    """Read a source row joined with its document's url, title, published and lang."""
    published = row["published"]
    return Source.model_construct(
        document_id=row["document_id"],
        evidence=row["evidence"],
        start=row["ev_start"],
        end=row["ev_end"],
        assertion=row_assertion(row),
        url=row["url"],
        title=row["title"],
        published=date.fromisoformat(published) if published else None,
        lang=row["lang"],
    )


def row_participant(row: sqlite3.Row, side: str) -> Participant:
    """Read participant a or b of a contact row."""
    return _participant(
        row[f"{side}_id"], row[f"{side}_name"], row[f"{side}_country"], row[f"{side}_role"],
        bool(row[f"{side}_provisional"]),
    )  # fmt: skip


@lru_cache(maxsize=16_384)
def _participant(leader_id: str, name: str, country: str, role: Role, provisional: bool) -> Participant:
    # Participants are frozen, so one instance can stand in every contact (and thread) that has it.
    return Participant(leader_id=leader_id, name=name, country=country, role=role, provisional=provisional)


def row_contact(row: sqlite3.Row, sources: Sequence[Source]) -> Contact:
    """Read a contact row with its sources."""
    return Contact(
        id=row["id"],
        a=row_participant(row, "a"),
        b=row_participant(row, "b"),
        mode=row["mode"],
        status=row["status"],
        setting=row["setting"],
        date=row["date"],
        date_precision=row["date_precision"],
        topics=tuple(loads(row["topics"])),
        places=tuple(loads(row["places"])),
        initiator=row["initiator"],
        confidence=row["confidence"],
        sources=tuple(sources),
    )


def row_document(row: sqlite3.Row) -> Document:
    """Read a document row."""
    published = row["published"]
    return Document(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        lang=row["lang"],
        published=date.fromisoformat(published) if published else None,
        text=row["text"],
        content_hash=row["content_hash"],
        status=row["status"],
        attempts=row["attempts"],
        error=row["error"],
        created_at=parse_ts(row["created_at"]),
        updated_at=parse_ts(row["updated_at"]),
    )


def encode_cursor(sort_key: str, contact_id: str) -> str:
    """Make an opaque cursor from the sort key and id of the last contact on a page."""
    return base64.urlsafe_b64encode(orjson.dumps([sort_key, contact_id])).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    """Read a cursor made by encode_cursor; InvalidInput when it was not."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = orjson.loads(raw)
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        raise InvalidInput("malformed cursor") from None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise InvalidInput("malformed cursor")
    return value[0], value[1]
