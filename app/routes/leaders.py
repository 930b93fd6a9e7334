"""Leaders: search by any name in any script, one leader's offices and totals, and their counterparts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.deps import (
    Cursor,
    IsoDate,
    Limit,
    ReadKey,
    Since,
    StateDep,
    Until,
    country_code,
    date_range,
    resolve_leader,
)
from app.errors import ApiProblem
from app.openapi import problems
from app.paging import list_meta
from app.schemas import LeaderOut, ListOut, Meta
from graph.models import Counterpart, Leader

router = APIRouter(tags=["leaders"], dependencies=[ReadKey])
LeaderName = Annotated[
    str, Path(min_length=1, max_length=200, description="A leader id, or any of their names in any script.")
]


@router.get("/v1/leaders", response_model=ListOut[Leader], summary="Search leaders")
def search_leaders(
    state: StateDep,
    q: Annotated[str | None, Query(max_length=200, description="Any part of a name, in any script.")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 code (or UN, EU).")] = None,
    at: Annotated[IsoDate | None, Query(description="Only leaders in office on this date.")] = None,
    limit: Limit = 25,
) -> ListOut[Leader]:
    """Find leaders whose names start with q (folded: case, diacritics, letter variants)."""
    code = country_code(state, country) if country is not None else None
    found = state.store.find_leaders(q=q or None, country=code, at=at, limit=limit)
    return ListOut[Leader](meta=Meta(count=len(found)), results=found)


@router.get("/v1/leaders/{leader}", response_model=LeaderOut, summary="One leader",
            responses=problems(404, 409))
async def get_leader(leader: LeaderName, state: StateDep) -> LeaderOut:
    """Return a leader's names, offices and contact totals."""

    def read() -> LeaderOut:
        found = resolve_leader(state.store, leader)
        return LeaderOut(**found.model_dump(), totals=state.store.leader_totals(found.id))

    return await state.read(read)


@router.get("/v1/leaders/{leader}/counterparts", response_model=ListOut[Counterpart], summary="Counterparts",
            responses=problems(404, 409))
async def counterparts(
    request: Request,
    response: Response,
    leader: LeaderName,
    state: StateDep,
    since: Since = None,
    until: Until = None,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> ListOut[Counterpart]:
    """List everyone the leader was in contact with, most contacts first, a page at a time.

    Each counterpart has a count, first and last date, modes and top topics; follow meta.next_cursor for
    more. The leader's totals (GET /v1/leaders/{leader}) say how many counterparts there are in all.
    """
    date_range(since, until)
    offset = _offset(cursor)

    def read() -> list[Counterpart]:
        found = resolve_leader(state.store, leader)
        # One more than the page tells whether another page follows; hubs have a thousand counterparts.
        return state.store.counterparts(found.id, since=since, until=until, limit=offset + limit + 1)

    rows = await state.read(read, bounded=since is None and until is None)
    page = rows[offset : offset + limit]
    more = len(rows) > offset + limit
    meta = list_meta(request, response, len(page), str(offset + limit) if more else None)
    return ListOut[Counterpart](meta=meta, results=page)


# Pages of counterparts are counted from the top of the ranking; a cursor is where the next page starts.
_MAX_OFFSET = 1_000_000


def _offset(cursor: str | None) -> int:
    if cursor is None:
        return 0
    if not cursor.isdigit() or int(cursor) > _MAX_OFFSET:
        raise ApiProblem(422, f"Invalid cursor: {cursor[:40]!r} is not a cursor this list gave.",
                         errors=[{"in": "query", "field": "cursor", "detail": "malformed cursor"}])
    return int(cursor)
