"""The driver, managed transactions, and the one place driver errors become graph errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j.exceptions import (
    AuthError,
    ConstraintError,
    CypherTypeError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.errors import GraphError, InvalidInput, StoreUnavailable

T = TypeVar("T")
Tx = neo4j.ManagedTransaction
Result = neo4j.Result
Params = dict[str, Any]


@contextmanager
def translated(uri: str) -> Iterator[None]:
    """Re-raise driver errors as graph errors: unreachable or busy servers are StoreUnavailable."""
    try:
        yield
    except GraphError:
        raise
    except AuthError as exc:
        raise StoreUnavailable(
            f"Neo4j at {uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)"
        ) from exc
    except (ServiceUnavailable, SessionExpired, TransientError) as exc:
        raise StoreUnavailable(f"Neo4j at {uri} is unavailable: {_first_line(exc)}") from exc
    except (ConstraintError, CypherTypeError) as exc:
        raise InvalidInput(f"Neo4j rejected the values: {_first_line(exc)}") from exc
    except Neo4jError as exc:
        raise GraphError(f"Neo4j error {exc.code}: {_first_line(exc)}") from exc
    except DriverError as exc:
        raise StoreUnavailable(f"Neo4j at {uri}: {_first_line(exc)}") from exc


def _first_line(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc)
    return str(text).strip().splitlines()[0] if str(text).strip() else type(exc).__name__


class Database:
    """One driver and database name; runs functions in managed read or write transactions."""

    def __init__(self, uri: str, user: str, password: str, database: str) -> None:
        self.uri = uri
        self.database = database
        with translated(uri):
            # Short timeouts: a server that is down should make /ready answer 503 quickly, not in 30 s.
            self.driver = neo4j.GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=5.0,
                connection_acquisition_timeout=10.0,
                max_transaction_retry_time=5.0,
                # Warnings about property keys no node has yet are noise for a store with optional fields.
                notifications_min_severity="OFF",
            )

    def query(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run one read statement on its own and return its records as dicts.

        An auto-commit statement is one round trip to the server; a managed transaction takes three
        (BEGIN, RUN with PULL, COMMIT), which under load cost more than most reads themselves. A single
        statement reads one consistent state, and reads take no locks, so there is nothing to retry for.
        """
        with (
            translated(self.uri),
            self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session,
        ):
            return _dicts(session.run(query, params))

    def read(self, work: Callable[[Tx], T]) -> T:
        """Run work in a read transaction (retried on transient errors)."""
        with translated(self.uri), self.driver.session(database=self.database) as session:
            return session.execute_read(work)

    def write(self, work: Callable[[Tx], T]) -> T:
        """Run work in one write transaction: all of it is committed, or none of it."""
        with translated(self.uri), self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def run(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run one auto-commit statement (schema changes, pings) and return its records as dicts."""
        with translated(self.uri), self.driver.session(database=self.database) as session:
            return _dicts(session.run(query, params))

    def close(self) -> None:
        """Close the driver's connections."""
        self.driver.close()


def _dicts(result: neo4j.Result) -> list[dict[str, Any]]:
    """Return a result's records as dicts of their values.

    Every statement returns plain values and maps, never nodes: Record.data()'s recursive conversion of
    each value is not needed, and it cost as much as the rest of the Python work of a page of contacts.
    """
    keys = result.keys()
    return [dict(zip(keys, r, strict=True)) for r in result]


def records(tx: Tx, query: str, **params: Any) -> list[dict[str, Any]]:
    """Run a statement inside a transaction and return its records as dicts."""
    return _dicts(tx.run(query, params))


def column(tx: Tx, query: str, field: str, **params: Any) -> list[Any]:
    """Run a statement inside a transaction and return one field of its records."""
    return [r[field] for r in tx.run(query, params)]
