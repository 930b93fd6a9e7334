"""Batches of real reports for fault and load tests: the bundled samples, each copied n times.

A copy is the same report under another URL with one line added at the end, so the queue takes it as a
new document while extraction finds the same contacts in it. n copies must therefore leave exactly the
contacts of one, each with n times the sources: any lost or doubled work shows in those counts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.models import ContactFilter
from graph.protocol import GraphStore
from ingest.samples import REPORTS


def sample_records() -> list[dict[str, Any]]:
    """The bundled sample reports as JSON objects."""
    lines = REPORTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def copy_of(record: dict[str, Any], tag: str) -> dict[str, Any]:
    """The same report, told apart from the original by its URL and a closing line naming the tag."""
    return {
        **record,
        "id": f"{record['id']}-{tag}",
        "url": f"{record['url']}/{tag}",
        "text": f"{record['text']}\n\n[{tag}]",
    }


def copies(records: list[dict[str, Any]], n: int, prefix: str = "copy") -> list[dict[str, Any]]:
    """n tagged copies of every record, copy by copy (all of copy 0 first)."""
    return [copy_of(record, f"{prefix}-{i}") for i in range(n) for record in records]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write records one JSON object a line; return the path."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def all_contacts(store: GraphStore) -> dict[str, list[str]]:
    """Every contact id in the store with the ids of the documents among its sources, page by page."""
    out: dict[str, list[str]] = {}
    cursor: str | None = None
    while True:
        page = store.list_contacts(ContactFilter(), limit=100, cursor=cursor)
        for contact in page.items:
            out[contact.id] = [source.document_id for source in contact.sources]
        cursor = page.next_cursor
        if cursor is None:
            return out
