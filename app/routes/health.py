"""Liveness and readiness: /health answers while the process runs, /ready only when the store answers."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from app.deps import StateDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """The process is up."""

    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    """The store answers."""

    status: Literal["ready"] = "ready"
    store: Literal["sqlite", "neo4j"]


@router.get("/health", response_model=Health, summary="Liveness")
def health() -> Health:
    """Answer 200 while the process is up."""
    return Health()


@router.get(
    "/ready", response_model=Ready, summary="Readiness",
    responses={503: {"description": "The store is not answering (problem+json)."}},
)
def ready(state: StateDep) -> Ready:
    """Answer 200 when the store answers a trivial query, 503 (a problem) when it does not."""
    state.store.ping()  # StoreUnavailable -> 503 via the error handlers
    return Ready(store="neo4j" if state.settings.uses_neo4j else "sqlite")
