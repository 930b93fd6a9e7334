"""Networks: a country's leaders and their ties, as node-link JSON."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from app.deps import ReadKey, Since, StateDep, Until, country_code, date_range, topic_code
from app.exports import FormatQuery, export_response, export_responses
from graph.models import ContactFilter, Mode, Network

router = APIRouter(tags=["network"], dependencies=[ReadKey])


@router.get("/v1/countries/{iso3}/network", response_model=Network, summary="A country's contact network",
            responses=export_responses())
async def country_network(
    state: StateDep,
    iso3: Annotated[str, Path(description="ISO 3166-1 alpha-3 code (or UN, EU).")],
    since: Since = None,
    until: Until = None,
    mode: Mode | None = None,
    topic: Annotated[str | None, Query(description="A topic code (GET /v1/topics).")] = None,
    format: FormatQuery = None,
) -> Network | Response:
    """Return the country's leaders and everyone they were in contact with, linked by their ties."""
    date_range(since, until)
    code = country_code(state, iso3, "iso3")
    flt = ContactFilter(country=code, since=since, until=until, mode=mode, topic=topic_code(topic))

    def answer() -> Network | Response:
        network = state.store.network(flt)
        return export_response(network, format, f"network-{code}") if format is not None else network

    # One hop to the thread pool for the whole answer; as an async route its response is then checked
    # on the loop, where a sync route would hop to the pool a second time.
    return await state.read(answer, bounded=False)
