"""Put documents into the store's queue: the entry point behind `diplograph ingest PATH...`.

Documents are enqueued in batches (one store transaction per batch). Duplicates of known documents
(same canonical URL or content hash) are counted, never queued twice. Bad items are collected in the
summary with their file and line; nothing else is lost because of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.models import Document, EnqueueResult
from graph.protocol import DocumentQueue
from ingest.normalize import NormalizeConfig
from ingest.sources import ItemError, Loaded, list_files, read_file

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200


@dataclass
class IngestSummary:
    """What an ingest run did: files read, documents read, queued, duplicates, and every item error."""

    files: int = 0
    files_total: int = 0
    read: int = 0
    queued: int = 0
    duplicates: int = 0
    errors: list[ItemError] = field(default_factory=list)
    current: str | None = None

    def as_dict(self) -> dict[str, object]:
        """Return the summary as plain JSON-ready data."""
        return {
            "files": self.files,
            "read": self.read,
            "queued": self.queued,
            "duplicates": self.duplicates,
            "errors": [{"ref": e.ref, "message": e.message} for e in self.errors],
        }


ProgressCallback = Callable[[IngestSummary], None]


def enqueue_documents(queue: DocumentQueue, docs: Sequence[Document]) -> list[EnqueueResult]:
    """Enqueue documents in one store call, dropping repeats within the batch itself first."""
    unique: list[Document] = []
    repeats: list[EnqueueResult] = []
    first_by_key: dict[str, str] = {}
    for doc in docs:
        first = first_by_key.get(doc.id) or first_by_key.get(doc.content_hash)
        if first is not None:
            repeats.append(EnqueueResult(id=doc.id, status="duplicate", duplicate_of=first))
            continue
        unique.append(doc)
        first_by_key[doc.id] = first_by_key[doc.content_hash] = doc.id
    results = queue.enqueue(unique) if unique else []
    return results + repeats


def ingest_paths(
    queue: DocumentQueue,
    paths: Iterable[str | Path],
    config: NormalizeConfig,
    progress: ProgressCallback | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> IngestSummary:
    """Read files and directories, enqueue their documents in batches, and return a summary.

    progress, when given, is called with the running summary after each file and each batch, so a CLI
    can draw a bar over files_total. Store errors (StoreUnavailable) propagate: nothing is half-queued
    beyond the batches already committed, and re-running is safe because duplicates are skipped.
    """
    files, errors = list_files(paths)
    summary = IngestSummary(files_total=len(files), errors=list(errors))
    pending: list[Document] = []

    def flush() -> None:
        for result in enqueue_documents(queue, pending):
            if result.status == "queued":
                summary.queued += 1
            else:
                summary.duplicates += 1
        pending.clear()
        if progress is not None:
            progress(summary)

    for path in files:
        summary.current = str(path)
        for item in read_file(path, config):
            if isinstance(item, Loaded):
                summary.read += 1
                pending.append(item.document)
                if len(pending) >= batch_size:
                    flush()
            else:
                summary.errors.append(item)
                log.warning("ingest item rejected", extra={"ref": item.ref, "reason": item.message})
        summary.files += 1
        if progress is not None:
            progress(summary)
    flush()
    summary.current = None
    counts = {k: v for k, v in summary.as_dict().items() if k != "errors"}
    log.info("ingest finished", extra=counts | {"error_count": len(summary.errors)})
    return summary
