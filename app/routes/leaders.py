"""Leaders: search by any name in any script, one leader's offices and totals, and their counterparts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.deps import (
    IsoDate,
    Limit,
    ReadKey,
    Since,
    StateDep,
    StoreDep,
    Until,
    country_code,
    date_range,
    resolve_leader,
)
from app.openapi import problems
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
def get_leader(leader: LeaderName, store: StoreDep) -> LeaderOut:
    """Return a leader's names, offices and contact totals."""
    found = resolve_leader(store, leader)
    return LeaderOut(**found.model_dump(), totals=store.leader_totals(found.id))


@router.get("/v1/leaders/{leader}/counterparts", response_model=ListOut[Counterpart], summary="Counterparts",
            responses=problems(404, 409))
def counterparts(
    leader: LeaderName, store: StoreDep, since: Since = None, until: Until = None
) -> ListOut[Counterpart]:
    """List everyone the leader was in contact with: count, first and last date, modes, top topics."""
    date_range(since, until)
    found = resolve_leader(store, leader)
    rows = store.counterparts(found.id, since=since, until=until)
    return ListOut[Counterpart](meta=Meta(count=len(rows)), results=rows)
