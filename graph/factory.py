"""open_store(): the one place that names the backends and picks one from a store URI or path."""

from __future__ import annotations

from dataclasses import dataclass

from graph.protocol import GraphStore

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


@dataclass(frozen=True)
class StoreConfig:
    """Where the store is and how to log in; built by entry points from settings."""

    location: str = "./data/diplograph.db"
    neo4j_user: str = "neo4j"
    neo4j_password: str = ""
    neo4j_database: str = "neo4j"


def is_neo4j(location: str) -> bool:
    """Tell whether a store location is a Neo4j URI rather than a SQLite path."""
    return location.startswith(NEO4J_SCHEMES)


def open_store(config: StoreConfig) -> GraphStore:
    """Open (and migrate) the store the config points at: a Neo4j URI or a SQLite file path."""
    store: GraphStore
    if is_neo4j(config.location):
        from graph.neo4j.store import Neo4jStore

        store = Neo4jStore(
            config.location, config.neo4j_user, config.neo4j_password, database=config.neo4j_database
        )
    else:
        from graph.sqlite.store import SqliteStore

        store = SqliteStore(config.location)
    store.migrate()
    return store
