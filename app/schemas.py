"""Wire schemas: what the API reads and writes where that differs from the domain models in graph.models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from graph.models import Contact, DocStatus, Document, EnqueueResult, Leader, LeaderTotals
from ingest.normalize import RawDocument

T = TypeVar("T")


class DocumentIn(BaseModel):
    """A news report to ingest: its text (or HTML) and what is known about it. Other fields are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str | int | None = Field(None, description="Your own id for the report; kept out of ours.")
    url: str | None = Field(None, max_length=4096, description="Where the report was published (http/https).")
    title: str | None = Field(None, description="Headline.")
    lang: str | None = Field(None, max_length=35, description="Language tag; guessed if absent.")
    published: str | None = Field(
        None, max_length=64, description="Publication date: ISO date or datetime, or an RFC 2822 date."
    )
    text: str | None = Field(None, description="The article text. Either text or html is required.")
    html: str | None = Field(None, description="The article page as HTML, reduced to its main text.")

    def raw(self) -> RawDocument:
        """Return the fields as the ingest pipeline takes them."""
        return RawDocument(
            text=self.text, html=self.html, url=self.url, title=self.title, lang=self.lang,
            published=self.published, external_id=None if self.id is None else str(self.id),
        )


def documents_body_schema() -> dict[str, Any]:
    """Return the OpenAPI request body of POST /v1/documents: one document or a list of them."""
    one = DocumentIn.model_json_schema()
    return {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"anyOf": [one, {"type": "array", "items": one, "minItems": 1}]}
            }
        },
    }


class Meta(BaseModel):
    """Facts about a list: how many results this page holds and the cursor of the next page."""

    count: int
    next_cursor: str | None = None


class ListOut(BaseModel, Generic[T]):
    """The list envelope: meta, then results."""

    meta: Meta
    results: list[T]


class EnqueueMeta(BaseModel):
    """How many submitted documents were queued and how many were already known."""

    count: int
    queued: int
    duplicate: int


class EnqueueOut(BaseModel):
    """The answer to POST /v1/documents: one result per submitted document, in order."""

    meta: EnqueueMeta
    results: list[EnqueueResult]


class DocumentSummary(BaseModel):
    """A document in a list: everything but its text."""

    id: str
    url: str | None
    title: str | None
    lang: str | None
    published: date | None
    status: DocStatus
    attempts: int
    error: str | None
    created_at: datetime | None
    updated_at: datetime | None

    @classmethod
    def of(cls, doc: Document) -> DocumentSummary:
        """Summarize a document."""
        return cls(**doc.model_dump(exclude={"text", "content_hash"}))


class DocumentOut(Document):
    """A document with its processing status, last error and the contacts found in it."""

    contacts: list[Contact]


class LeaderOut(Leader):
    """A leader with offices, aliases and contact totals."""

    totals: LeaderTotals


class TopicOut(BaseModel):
    """A topic code, its label, and how many occurred contacts were about it."""

    code: str
    label: str
    count: int


class QueueOut(BaseModel):
    """How many documents are queued, being processed, done and failed."""

    queued: int = 0
    processing: int = 0
    done: int = 0
    failed: int = 0
