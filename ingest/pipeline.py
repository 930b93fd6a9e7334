"""One document through an extractor: the contacts it asserts, checked before anything is saved.

The worker and `diplograph extract` both call process(), so a contact is prepared the same way
whether it goes to the store or to a JSONL file.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from graph.models import Contact, Document
from ingest.extract.base import Extractor

log = logging.getLogger(__name__)


class ExtractionError(Exception):
    """An extractor returned what the store must not receive (another document's evidence, bad offsets)."""


def process(doc: Document, extractor: Extractor) -> list[Contact]:
    """Run the extractor on one document and return its checked, de-duplicated contacts."""
    return prepare(doc, extractor.extract(doc))


def prepare(doc: Document, contacts: Sequence[Contact]) -> list[Contact]:
    """Check contacts against their document and keep one per contact id.

    Each contact must carry exactly one source, for this document, with offsets inside its text (the
    store keeps one source per document and contact). A contact of a leader with themselves is dropped.
    When the extractor reports the same contact id twice, the more confident report is kept.
    """
    kept: dict[str, Contact] = {}
    for contact in contacts:
        if len(contact.sources) != 1:
            raise ExtractionError(f"contact {contact.id} has {len(contact.sources)} sources; expected 1")
        source = contact.sources[0]
        if source.document_id != doc.id:
            raise ExtractionError(
                f"contact {contact.id} cites document {source.document_id}, not {doc.id}"
            )
        if not 0 <= source.start <= source.end <= len(doc.text):
            raise ExtractionError(
                f"contact {contact.id} has evidence offsets {source.start}-{source.end} "
                f"outside the text of {len(doc.text)} characters"
            )
        if contact.a.leader_id == contact.b.leader_id:
            log.info("dropped a contact of a leader with themselves",
                     extra={"document_id": doc.id, "leader_id": contact.a.leader_id})
            continue
        previous = kept.get(contact.id)
        if previous is None or contact.confidence > previous.confidence:
            kept[contact.id] = contact
    return list(kept.values())
