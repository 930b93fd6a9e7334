"""Contacts: filtered, newest-first, cursor-paginated lists; one contact; and how often a pair spoke."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.deps import (
    Cursor,
    Limit,
    ReadKey,
    Since,
    StateDep,
    Until,
    country_code,
    date_range,
    resolve_leader,
    topic_code,
)
from app.errors import ApiProblem
from app.openapi import problems
from app.paging import list_meta
from app.schemas import ListOut
from graph.models import Contact, ContactFilter, Mode, Page, PairSummary, Setting, Status

router = APIRouter(tags=["contacts"], dependencies=[ReadKey])
LeaderParam = Annotated[str | None, Query(min_length=1, max_length=200)]


@router.get("/v1/contacts", response_model=ListOut[Contact], summary="List contacts",
            responses=problems(404, 409))
async def list_contacts(
    request: Request,
    response: Response,
    state: StateDep,
    leader: Annotated[str | None, Query(min_length=1, max_length=200,
                                        description="A leader id or any name, in any script.")] = None,
    with_: Annotated[str | None, Query(alias="with", min_length=1, max_length=200,
                                       description="The other participant, id or name.")] = None,
    country: Annotated[str | None, Query(description="Contacts with a participant of this country.")] = None,
    since: Since = None,
    until: Until = None,
    mode: Mode | None = None,
    topic: Annotated[str | None, Query(description="A topic code (GET /v1/topics).")] = None,
    status: Status | None = None,
    setting: Setting | None = None,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> ListOut[Contact]:
    """List contacts with their evidence and sources, newest first; follow meta.next_cursor for more."""
    date_range(since, until)
    store = state.store
    if leader is None and with_ is not None:
        leader, with_ = with_, None
    code = country_code(state, country) if country is not None else None
    topic = topic_code(topic)

    def read() -> Page[Contact]:
        flt = ContactFilter(
            leader=resolve_leader(store, leader).id if leader is not None else None,
            with_=resolve_leader(store, with_).id if with_ is not None else None,
            country=code, since=since, until=until, mode=mode, topic=topic, status=status, setting=setting,
        )  # fmt: skip
        return store.list_contacts(flt, limit=limit, cursor=cursor)

    page = await state.read(read)
    meta = list_meta(request, response, len(page.items), page.next_cursor)
    return ListOut[Contact](meta=meta, results=page.items)


@router.get("/v1/contacts/{contact_id}", response_model=Contact, summary="One contact",
            responses=problems(404))
async def get_contact(contact_id: Annotated[str, Path(max_length=200)], state: StateDep) -> Contact:
    """Return one contact with every source and evidence sentence."""
    return await state.read(lambda: state.store.get_contact(contact_id))


@router.get("/v1/pairs", response_model=PairSummary, summary="How often two leaders were in contact",
            responses=problems(404, 409))
async def pair(
    state: StateDep,
    a: Annotated[str, Query(min_length=1, max_length=200, description="One leader, id or name.")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="The other leader, id or name.")],
    since: Since = None,
    until: Until = None,
) -> PairSummary:
    """Count the pair's occurred contacts by mode, month and topic, with the first and last date."""
    date_range(since, until)
    store = state.store

    def read() -> PairSummary:
        first, second = resolve_leader(store, a), resolve_leader(store, b)
        if first.id == second.id:
            raise ApiProblem(422, f"a and b name the same leader ({first.id}); a pair needs two leaders.")
        return store.pair_summary(first.id, second.id, since=since, until=until)

    return await state.read(read)
