"""Whole-graph answers: the network (with exports), rankings, chains of contacts, contacts per month."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel
from starlette.responses import Response

from app import analytics
from app.analytics import Chain, Metric, Ranking
from app.deps import Limit, ReadKey, Since, StateDep, Until, country_code, date_range, topic_code
from app.exports import FormatQuery, export_response, export_responses, select_network
from app.openapi import problems
from app.schemas import ListOut, Meta
from app.state import AppState
from graph.models import Contact, ContactFilter, Mode, Network
from graph.protocol import GraphStore, MonthCounts
from graph.ties import month_of

router = APIRouter(tags=["network"], dependencies=[ReadKey])

LeaderQuery = Annotated[
    str | None, Query(min_length=1, max_length=200, description="A leader id or any name, in any script.")
]
CountryQuery = Annotated[str | None, Query(description="Only this country's leaders and their counterparts.")]
TopicQuery = Annotated[str | None, Query(description="A topic code (GET /v1/topics).")]
# Pages of the contact list read when counting contacts per month.
_PAGE = 100


class Timeline(BaseModel):
    """Occurred contacts per month (YYYY-MM), with those dated only to a year or not at all counted apart."""

    months: dict[str, int]
    total: int
    undated: int


def _filter(
    state: AppState,
    since: date | None,
    until: date | None,
    mode: Mode | None,
    topic: str | None,
    country: str | None = None,
) -> ContactFilter:
    date_range(since, until)
    return ContactFilter(
        country=country_code(state, country) if country is not None else None,
        since=since,
        until=until,
        mode=mode,
        topic=topic_code(topic),
        status="occurred",
    )


@router.get(
    "/v1/network",
    response_model=Network,
    summary="The contact network, whole or around a leader or country",
    responses={**export_responses(), **problems(404, 409)},
)
def whole_network(
    state: StateDep,
    since: Since = None,
    until: Until = None,
    mode: Mode | None = None,
    topic: TopicQuery = None,
    country: CountryQuery = None,
    leader: LeaderQuery = None,
    format: FormatQuery = None,
) -> Network | Response:
    """Return leaders and their ties; with `leader`, that leader, their counterparts and the ties among them.

    `format=json|cytoscape|graphml|gexf|csv` downloads it for D3, Cytoscape, Gephi or a spreadsheet.
    """
    flt = _filter(state, since, until, mode, topic, country)
    leader_id = state.store.resolve_leader(leader.strip()).id if leader is not None else None
    network, stem = select_network(state.store, flt, leader_id)
    return export_response(network, format, stem) if format is not None else network


@router.get("/v1/rankings", response_model=ListOut[Ranking], summary="Most connected leaders")
def rankings(
    state: StateDep,
    metric: Annotated[
        Metric, Query(description="degree (counterparts), betweenness (brokerage) or pagerank.")
    ] = "degree",
    since: Since = None,
    until: Until = None,
    mode: Mode | None = None,
    topic: TopicQuery = None,
    country: CountryQuery = None,
    limit: Limit = 25,
) -> ListOut[Ranking]:
    """Rank leaders by a centrality of the network of contacts matching the filters, highest first."""
    network = state.store.network(_filter(state, since, until, mode, topic, country))
    rows = analytics.rank_leaders(network, metric, limit=limit)
    return ListOut[Ranking](meta=Meta(count=len(rows)), results=rows)


@router.get(
    "/v1/path",
    response_model=Chain,
    summary="Shortest chain of contacts between two leaders",
    responses={
        **problems(409), 404: {"description": "A leader is unknown, or no chain joins them in this window."}
    },
)
def path(
    state: StateDep,
    a: Annotated[str, Query(min_length=1, max_length=200, description="A leader id or any name.")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="The other leader.")],
    since: Since = None,
    until: Until = None,
    mode: Mode | None = None,
    topic: TopicQuery = None,
) -> Chain:
    """Return the fewest hops from a to b through leaders in contact, each hop with its latest contact."""
    store = state.store
    first, second = store.resolve_leader(a.strip()), store.resolve_leader(b.strip())
    flt = _filter(state, since, until, mode, topic)

    def latest(x: str, y: str) -> Contact | None:
        page = store.list_contacts(flt.model_copy(update={"leader": x, "with_": y}), limit=1)
        return page.items[0] if page.items else None

    return analytics.shortest_chain(store.network(flt), first.id, second.id, latest)


@router.get(
    "/v1/timeline", response_model=Timeline, summary="Contacts per month", responses=problems(404, 409)
)
async def timeline(
    state: StateDep,
    since: Since = None,
    until: Until = None,
    mode: Mode | None = None,
    topic: TopicQuery = None,
    country: CountryQuery = None,
    leader: LeaderQuery = None,
) -> Timeline:
    """Count occurred contacts per month over the whole graph (or one leader's or country's contacts)."""
    store = state.store
    flt = _filter(state, since, until, mode, topic, country)

    def count() -> Timeline:
        nonlocal flt
        if leader is not None:
            flt = flt.model_copy(update={"leader": store.resolve_leader(leader.strip()).id})
        counts = store.month_counts(flt) if isinstance(store, MonthCounts) else _count_pages(store, flt)
        months = {m: n for m, n in counts.items() if m is not None}
        total = sum(counts.values())
        return Timeline(months=dict(sorted(months.items())), total=total, undated=counts.get(None, 0))

    return await state.read(count, bounded=False)


def _count_pages(store: GraphStore, flt: ContactFilter) -> dict[str | None, int]:
    """Count contacts per month by reading every page of them (for a store that cannot count them)."""
    counts: dict[str | None, int] = {}
    cursor: str | None = None
    while True:
        page = store.list_contacts(flt, limit=_PAGE, cursor=cursor)
        for contact in page.items:
            month = month_of(contact.date)
            counts[month] = counts.get(month, 0) + 1
        cursor = page.next_cursor
        if cursor is None or not page.items:
            return counts
