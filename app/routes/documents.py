"""Documents: submit reports for extraction, and follow one through the queue to its contacts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from app.body import read_json
from app.deps import Cursor, Limit, ReadKey, StateDep, StoreDep, WriteKey
from app.errors import ApiProblem
from app.openapi import problems
from app.paging import list_meta
from app.schemas import (
    DocumentIn,
    DocumentOut,
    DocumentSummary,
    EnqueueMeta,
    EnqueueOut,
    ListOut,
    QueueOut,
    documents_body_schema,
)
from app.startup import normalize_config
from graph.models import DocStatus, Document, EnqueueResult
from ingest.intake import enqueue_documents
from ingest.normalize import InvalidDocument, NormalizeConfig, build_document

router = APIRouter(tags=["documents"])
_DOCS = TypeAdapter(list[DocumentIn])
DocumentId = Annotated[str, Path(max_length=200, description="A document id as returned by POST.")]


def build_documents(items: list[DocumentIn], config: NormalizeConfig) -> list[Document]:
    """Clean every submitted item into a Document; the first bad one refuses the whole batch."""
    docs = []
    for index, item in enumerate(items):
        try:
            docs.append(build_document(item.raw(), config))
        except InvalidDocument as exc:
            where = f"document {index}" if len(items) > 1 else "document"
            raise ApiProblem(
                422, f"Invalid {where}: {exc.field}: {exc.reason}",
                errors=[{"in": "body", "field": f"{index}.{exc.field}", "detail": exc.reason}],
            ) from None
    return docs


def in_input_order(docs: list[Document], results: list[EnqueueResult]) -> list[EnqueueResult]:
    """Line results up with the submitted documents (the queue reports repeats after the rest)."""
    pending: dict[str, list[EnqueueResult]] = {}
    for result in results:
        pending.setdefault(result.id, []).append(result)
    if sorted(pending) != sorted({doc.id for doc in docs}):
        return results
    return [pending[doc.id].pop(0) for doc in docs]


@router.post(
    "/v1/documents",
    status_code=202,
    response_model=EnqueueOut,
    summary="Submit reports",
    dependencies=[WriteKey],
    openapi_extra={"requestBody": documents_body_schema()},
    responses={413: {"description": "Body or batch over the limit."},
               415: {"description": "The body is not sent as application/json."}},
)
async def post_documents(request: Request, state: StateDep) -> EnqueueOut:
    """Queue one document or a list of them for extraction; known ones come back as duplicates."""
    payload = await read_json(request)
    items = payload if isinstance(payload, list) else [payload]
    limit = state.settings.max_batch_documents
    if not items:
        raise ApiProblem(422, "The list of documents is empty.")
    if len(items) > limit:
        raise ApiProblem(413, f"{len(items)} documents in one request; the limit is {limit}.", limit=limit)
    try:
        parsed = _DOCS.validate_python(items)
    except ValidationError as exc:
        # Report locations as body.<index>.<field>, like FastAPI's own body errors.
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_input=False)]
        ) from None
    # Cleaning (HTML reduction above all) is CPU work: keep it, and the store call, off the event loop.
    docs = await run_in_threadpool(build_documents, parsed, normalize_config(state.settings))
    results = in_input_order(docs, await run_in_threadpool(enqueue_documents, state.store, docs))
    queued = sum(1 for r in results if r.status == "queued")
    return EnqueueOut(
        meta=EnqueueMeta(count=len(results), queued=queued, duplicate=len(results) - queued),
        results=results,
    )


@router.get("/v1/documents/{document_id}", response_model=DocumentOut, dependencies=[ReadKey],
            summary="One document", responses=problems(404))
def get_document(document_id: DocumentId, store: StoreDep) -> DocumentOut:
    """Return a document's status, last error and the contacts found in it."""
    doc = store.get_document(document_id)
    return DocumentOut(**doc.model_dump(), contacts=store.document_contacts(document_id))


@router.get("/v1/documents", response_model=ListOut[DocumentSummary], dependencies=[ReadKey],
            summary="List documents")
def list_documents(
    request: Request,
    response: Response,
    store: StoreDep,
    status: Annotated[DocStatus | None, Query(description="Only documents in this state.")] = None,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> ListOut[DocumentSummary]:
    """List documents newest first, without their text; status=failed shows what could not be processed."""
    page = store.list_documents(status=status, limit=limit, cursor=cursor)
    meta = list_meta(request, response, len(page.items), page.next_cursor)
    return ListOut[DocumentSummary](meta=meta, results=[DocumentSummary.of(d) for d in page.items])


@router.get("/v1/queue", response_model=QueueOut, dependencies=[ReadKey], summary="Queue")
def queue(store: StoreDep) -> QueueOut:
    """Count documents by status: queued, processing, done and failed."""
    return QueueOut(**store.queue_stats())
