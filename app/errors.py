"""The one place errors become HTTP answers: RFC 9457 problem details, never a stack trace.

Store errors (graph.errors), validation errors, malformed bodies and anything unexpected all end here,
each as application/problem+json with a clear `detail`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.state import app_state, leader_refs
from graph.errors import Ambiguous, GraphError, InvalidInput, LeaseLost, NotFound, StoreUnavailable
from graph.models import LeaderRef
from ingest.normalize import InvalidDocument

PROBLEM_JSON = "application/problem+json"
# Seconds a client is asked to wait before retrying when the store is not answering.
STORE_RETRY_AFTER = 5
log = logging.getLogger(__name__)


class ProblemEntry(BaseModel):
    """One invalid part of a request: where it is (query, path, body...), which field, and what is wrong."""

    in_: str = Field(alias="in")
    field: str
    detail: str


class Problem(BaseModel):
    """An RFC 9457 problem document, as every error answer of the API carries (for the OpenAPI schema).

    Members beyond these depend on the error: `errors` for invalid input, `candidates` for an ambiguous
    name, `limit` for a body or batch over the limit, `kind` and `key` for something not found.
    """

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[ProblemEntry] | None = None
    candidates: list[LeaderRef] | None = None
    limit: int | None = None


class ApiProblem(Exception):
    """An error the API answers with a problem document: status, detail and optional extension members."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra


class BodyTooLarge(ApiProblem):
    """The request body is larger than the configured limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the limit of {limit} bytes.", limit=limit)


def problem(
    status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any
) -> Response:
    """Build an RFC 9457 problem response (type about:blank, title from the status code)."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    return Response(
        orjson.dumps(body), status_code=status, headers=headers, media_type=PROBLEM_JSON
    )


def _where(loc: Sequence[Any]) -> tuple[str, str]:
    """Split a pydantic error location into where it is (query, path, body...) and the field path."""
    if not loc:
        return "request", ""
    place = str(loc[0])
    rest = ".".join(str(p) for p in loc[1:])
    return place, rest


def validation_errors(errors: Sequence[Any]) -> list[dict[str, str]]:
    """Turn pydantic errors into small entries (where, field, message) without echoing the input."""
    out = []
    for err in errors:
        place, field = _where(err.get("loc", ()))
        out.append({"in": place, "field": field, "detail": str(err.get("msg", "invalid value"))})
    return out


def describe(entries: list[dict[str, str]]) -> str:
    """Summarize validation entries in one sentence for the problem's detail."""
    parts = []
    for e in entries[:5]:
        name = f"{e['in']} {e['field']}".strip() if e["field"] else e["in"]
        parts.append(f"{name}: {e['detail']}")
    more = f" (and {len(entries) - 5} more)" if len(entries) > 5 else ""
    return "Invalid " + "; ".join(parts) + more if parts else "Invalid request."


async def _api_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return problem(exc.status, exc.detail, exc.headers, **exc.extra)


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    entries = validation_errors(exc.errors())
    return problem(422, describe(entries), errors=entries)


async def _invalid_document(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InvalidDocument)
    return problem(
        422, f"Invalid document {exc.field}: {exc.reason}",
        errors=[{"in": "body", "field": exc.field, "detail": exc.reason}],
    )


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).description
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"There is no resource at {request.url.path}."
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}."
    return problem(exc.status_code, detail, dict(exc.headers or {}))


async def _not_found(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NotFound)
    return problem(404, f"No {exc.kind} matches {exc.key!r}.", kind=exc.kind, key=exc.key)


async def _ambiguous(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Ambiguous)
    candidates = leader_refs(app_state(request).store, exc.candidates)
    return problem(
        409,
        f"{exc.name!r} names {len(exc.candidates)} leaders; ask again with one of the candidate ids.",
        name=exc.name,
        candidates=[c.model_dump(mode="json") for c in candidates],
    )


async def _invalid_input(request: Request, exc: Exception) -> Response:
    return problem(400, str(exc) or "Invalid input.")


async def _unavailable(request: Request, exc: Exception) -> Response:
    log.warning("store unavailable: %s", exc)
    return problem(503, "The store is not answering; retry shortly.", {"Retry-After": str(STORE_RETRY_AFTER)})


async def _lease_lost(request: Request, exc: Exception) -> Response:
    return problem(409, "The job's lease expired before it finished; it will be retried.")


def unexpected_problem(method: str, path: str, exc: BaseException) -> Response:
    """Log an unexpected error with its trace (under the request id) and answer a 500 problem without it."""
    log.error("unexpected error on %s %s", method, path, exc_info=exc)
    return problem(500, "An unexpected error occurred; it has been logged.")


async def _unexpected(request: Request, exc: Exception) -> Response:
    return unexpected_problem(request.method, request.url.path, exc)


def install_error_handlers(app: FastAPI) -> None:
    """Register every handler: ours, validation, HTTP, store errors and the catch-all."""
    app.add_exception_handler(ApiProblem, _api_problem)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(InvalidDocument, _invalid_document)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(Ambiguous, _ambiguous)
    app.add_exception_handler(InvalidInput, _invalid_input)
    app.add_exception_handler(StoreUnavailable, _unavailable)
    app.add_exception_handler(LeaseLost, _lease_lost)
    app.add_exception_handler(GraphError, _unexpected)
    app.add_exception_handler(Exception, _unexpected)
