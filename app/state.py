"""What a running app holds (settings, store, gazetteer, worker), typed, in one object on app.state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from starlette.requests import HTTPConnection

from app.settings import Settings
from graph.errors import NotFound
from graph.models import LeaderRef
from graph.protocol import GraphStore
from ingest.gazetteer import Gazetteer


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
