"""The OpenAPI document as the running app really answers: every error a problem+json, keys and limits.

FastAPI describes the successes; this adds, per operation, each error status the app can answer with
(as application/problem+json with the Problem schema), Retry-After on 429 and 503, and the X-API-Key
scheme on the operations that need a key under the app's settings. Which errors apply follows from the
route: 400 and 500 always; 422 when it takes parameters or a body; 503 when it uses the store; 401 and
403 when it needs a key; 429 when the rate limit is on; 404, 409, 413 and 415 where the route declares them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.deps import get_state, get_store, require_read_key, require_write_key
from app.errors import PROBLEM_JSON, Problem
from app.ratelimit import EXEMPT_PATHS
from app.settings import Settings

SCHEME = "ApiKey"
# What each error status means here; the problem's `detail` says more about the case at hand.
WHY = {
    400: "Malformed request: a body that is empty, not UTF-8 or not JSON; a cursor that is not ours.",
    401: "An API key is needed in the X-API-Key header.",
    403: "The API key is not valid.",
    404: "Nothing matches the id or name given.",
    409: "A name fits several leaders; `candidates` lists them, ask again with an id.",
    413: "The body, or the number of documents in it, is over the configured limit.",
    415: "The body is not sent as Content-Type: application/json.",
    422: "A parameter or field is invalid; `errors` says which and why.",
    429: "Too many requests from this client; retry after Retry-After seconds.",
    500: "An unexpected error; the trace is in the server log under the request id, never here.",
    503: "The store is not answering; retry after Retry-After seconds.",
}
_RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}}
}
_STORE_DEPENDENCIES: frozenset[Callable[..., Any]] = frozenset({get_state, get_store})


def install_openapi(app: FastAPI, settings: Settings, routers: Sequence[APIRouter]) -> None:
    """Make app.openapi() return the schema with errors, keys and limits described for these settings.

    The routers are those the app includes: their routes carry the dependencies that tell which
    operation uses the store or needs a key.
    """
    routes = [route for router in routers for route in router.routes]

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            app.openapi_schema = describe_errors(schema, routes, settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def describe_errors(schema: dict[str, Any], routes: list[Any], settings: Settings) -> dict[str, Any]:
    """Add the problem responses and the key scheme to a generated schema; return it."""
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}", by_alias=True)
    schemas.update(problem.pop("$defs", {}))
    schemas["Problem"] = problem
    keyed = bool(settings.api_key_list)
    if keyed:
        components["securitySchemes"] = {
            SCHEME: {"type": "apiKey", "in": "header", "name": "X-API-Key"}
        }
    for route in routes:
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        calls = set(_calls(route.dependant))
        needs_key = keyed and (
            require_write_key in calls or (settings.protect_reads and require_read_key in calls)
        )
        for method in route.methods or ():
            operation = schema["paths"][route.path_format].get(method.lower())
            if operation is None:
                continue
            statuses = {400, 500}
            if operation.get("parameters") or operation.get("requestBody"):
                statuses.add(422)
            if calls & _STORE_DEPENDENCIES:
                statuses.add(503)
            if needs_key:
                statuses |= {401, 403}
                operation["security"] = [{SCHEME: []}]
            if settings.rate_limit_per_second > 0 and route.path_format not in EXEMPT_PATHS:
                statuses.add(429)
            _declare(operation, statuses)
            _alternatives_only(operation)
    # FastAPI's own validation-error schemas describe an answer this app never gives.
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return schema


def _declare(operation: dict[str, Any], statuses: set[int]) -> None:
    """Give the operation a problem+json response for each error status (the route's own ones too)."""
    responses = operation.setdefault("responses", {})
    if "422" in responses and 422 not in statuses:
        # FastAPI adds 422 to routes whose only parameters are hidden headers; none of those can be invalid.
        del responses["422"]
    declared = {int(code) for code in responses if code.isdigit() and int(code) >= 400}
    for status in sorted(statuses | declared):
        description = responses.get(str(status), {}).get("description")
        if not description or description == "Validation Error":
            description = WHY.get(status, HTTPStatus(status).phrase)
        response: dict[str, Any] = {
            "description": description,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        if status in (429, 503):
            response["headers"] = dict(_RETRY_AFTER)
        elif status == 401:
            response["headers"] = {
                "WWW-Authenticate": {"description": "Where to send a key.", "schema": {"type": "string"}}
            }
        responses[str(status)] = response
    operation["responses"] = dict(sorted(responses.items()))


def _alternatives_only(operation: dict[str, Any]) -> None:
    """Where a route lists alternatives (anyOf) for its response model, drop the model FastAPI merged in.

    FastAPI writes the response model's $ref beside a declared anyOf, which would require both at once.
    """
    for response in operation.get("responses", {}).values():
        for media in response.get("content", {}).values():
            schema = media.get("schema", {})
            if "anyOf" in schema and "$ref" in schema:
                del schema["$ref"]


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Declare error statuses a route answers beyond the common ones, for its `responses=`."""
    return {status: {"description": WHY[status]} for status in statuses}


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    """Yield every dependency function a route runs, however deeply nested."""
    stack = [dependant]
    while stack:
        current = stack.pop()
        if current.call is not None:
            yield current.call
        stack.extend(current.dependencies)
