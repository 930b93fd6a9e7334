"""The Extractor protocol: any extractor the pipeline can run."""

from __future__ import annotations

from typing import Protocol

from graph.models import Contact, Document


class Extractor(Protocol):
    """Turns one document into the contacts it asserts, each with one source pointing at the document."""

    name: str
    version: str

    def extract(self, doc: Document) -> list[Contact]:
        """Return the document's contacts (occurred and planned), with evidence offsets into doc.text."""
        ...
