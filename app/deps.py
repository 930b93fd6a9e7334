"""Dependencies shared by the routes, as Annotated aliases: the store, the settings, keys and filters."""

from __future__ import annotations

import hmac
import re
from collections.abc import Sequence
from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from app.errors import ApiProblem
from app.settings import Settings
from app.state import AppState, app_state
from graph.models import TOPICS, Leader
from graph.protocol import GraphStore


# Dependencies that never block are async: FastAPI runs a plain `def` dependency in the thread pool, and
# those hand-offs cost more than a pair query (a pair request: 0.68 -> 0.53 ms of CPU, bench/ measured).
async def get_state(request: Request) -> AppState:
    """Return the running app's state."""
    return app_state(request)


async def get_store(request: Request) -> GraphStore:
    """Return the store the app serves from."""
    return app_state(request).store


async def get_settings(request: Request) -> Settings:
    """Return the settings the app was built with."""
    return app_state(request).settings


StateDep = Annotated[AppState, Depends(get_state)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def key_index(keys: Sequence[str], given: str) -> int | None:
    """Return the position of the given key among the configured ones, or None; in constant time per key.

    Every key is compared, without stopping at a match, so the time taken does not tell which one matched.
    """
    found: int | None = None
    given_bytes = given.encode("utf-8")
    for index, key in enumerate(keys):
        if hmac.compare_digest(given_bytes, key.encode("utf-8")) and found is None:
            found = index
    return found


def _check_key(settings: Settings, given: str | None) -> None:
    keys = settings.api_key_list
    if not keys:
        return
    if not given:
        raise ApiProblem(401, "This request needs an API key in the X-API-Key header.",
                         headers={"WWW-Authenticate": "X-API-Key"})
    if key_index(keys, given) is None:
        raise ApiProblem(403, "The API key is not valid.")


async def require_write_key(
    settings: SettingsDep, x_api_key: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Refuse a write without a valid X-API-Key once API keys are configured."""
    _check_key(settings, x_api_key)


async def require_read_key(
    settings: SettingsDep, x_api_key: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Refuse a read without a valid X-API-Key when reads are protected too."""
    if settings.protect_reads:
        _check_key(settings, x_api_key)


WriteKey = Depends(require_write_key)
ReadKey = Depends(require_read_key)


def country_code(state: AppState, value: str, what: str = "country") -> str:
    """Upper-case a country code and check that the gazetteer knows it (ISO 3166-1 alpha-3, UN or EU)."""
    code = value.strip().upper()
    if code not in state.country_codes:
        raise ApiProblem(
            422, f"Invalid {what}: {value!r} is not a known ISO 3166-1 alpha-3 code (or UN, EU).",
            errors=[{"in": "query", "field": what, "detail": "unknown country code"}],
        )
    return code


def topic_code(value: str | None) -> str | None:
    """Check that a topic filter is one of the topic codes."""
    if value is not None and value not in TOPICS:
        raise ApiProblem(
            422, f"Invalid topic: {value!r} is not a topic code; GET /v1/topics lists them.",
            errors=[{"in": "query", "field": "topic", "detail": "unknown topic code"}],
        )
    return value


def date_range(since: date | None, until: date | None) -> None:
    """Refuse a window that ends before it starts."""
    if since is not None and until is not None and since > until:
        raise ApiProblem(
            422, f"Invalid date range: since ({since}) is after until ({until}).",
            errors=[{"in": "query", "field": "since", "detail": "after until"}],
        )


def resolve_leader(store: GraphStore, name_or_id: str) -> Leader:
    """Resolve an id or a name in any script to one leader (NotFound -> 404, Ambiguous -> 409)."""
    return store.resolve_leader(name_or_id.strip())


def iso_date(value: object) -> object:
    """Let only YYYY-MM-DD strings through to date parsing (pydantic alone takes `0` as 1970-01-01)."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise PydanticCustomError("iso_date", "Input should be an ISO 8601 date, YYYY-MM-DD")
    return value


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A date query parameter: ISO 8601 only, checked for being a real day.
IsoDate = Annotated[date, BeforeValidator(iso_date)]
Since = Annotated[IsoDate | None, Query(description="Earliest contact date (ISO 8601, inclusive).")]
Until = Annotated[IsoDate | None, Query(description="Latest contact date (ISO 8601, inclusive).")]
Limit = Annotated[int, Query(ge=1, le=100, description="Page size (1-100).")]
Cursor = Annotated[str | None, Query(max_length=512, description="Opaque cursor from meta.next_cursor.")]
