"""The one error hierarchy every store raises; the API maps each class to one HTTP status."""

from __future__ import annotations


class GraphError(Exception):
    """Root of every error a store raises."""


class NotFound(GraphError):
    """The asked-for leader, contact or document does not exist."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} not found: {key}")
        self.kind = kind
        self.key = key


class Ambiguous(GraphError):
    """A name matches several leaders; the candidates let the caller choose."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        super().__init__(f"{name!r} matches several leaders: {', '.join(candidates)}")
        self.name = name
        self.candidates = candidates


class InvalidInput(GraphError):
    """A value a store was asked to write or filter by is malformed (bad cursor, bad code)."""


class StoreUnavailable(GraphError):
    """The store cannot be reached or refused the operation for a transient reason; retry later."""


class LeaseLost(GraphError):
    """A worker tried to finish a job whose lease it no longer holds."""
