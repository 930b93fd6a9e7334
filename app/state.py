"""What a running app holds (settings, store, gazetteer, worker), typed, in one object on app.state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection

from app.settings import Settings
from graph.errors import NotFound
from graph.models import LeaderRef
from graph.protocol import GraphStore
from ingest.gazetteer import Gazetteer

T = TypeVar("T")


@dataclass
class AppState:
    """The objects one app instance serves from; built in the lifespan, closed at shutdown."""

    settings: Settings
    store: GraphStore
    gazetteer: Gazetteer
    # Codes a country filter may take: the gazetteer's ISO3 codes plus the UN and the EU.
    country_codes: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.country_codes:
            self.country_codes = frozenset(self.gazetteer.countries) | {"UN", "EU"}

    async def read(self, call: Callable[[], T], bounded: bool = True) -> T:
        """Run a store read for an async route: inline when short and bounded (a page, a pair, a contact).

        The embedded store answers a bounded read in a millisecond or two of CPU on data the OS has
        cached: it runs right on the event loop, because the hand-off to the thread pool and back (and
        the GIL passed between two threads) cost more than a pair query. A read whose work grows with
        the data (a date range over a hub's contacts, a network) goes to the thread pool so that it
        never holds up the loop, and so does every read of a networked store (Neo4j), which waits on
        its server.
        """
        if bounded and not self.settings.uses_neo4j:
            return call()
        return await run_in_threadpool(call)


def app_state(conn: HTTPConnection) -> AppState:
    """Return the state of the app serving this request."""
    state = conn.app.state.diplograph
    assert isinstance(state, AppState)
    return state


def leader_refs(store: GraphStore, ids: Sequence[str]) -> list[LeaderRef]:
    """Describe leaders by id, name and latest office, for candidate lists."""
    out = []
    for leader_id in ids:
        try:
            out.append(store.get_leader(leader_id).ref())
        except NotFound:
            out.append(LeaderRef(id=leader_id, name=leader_id))
    return out
