"""Copy everything one store holds into another (SQLite into Neo4j when a user outgrows one machine).

Leaders, documents (with their queue status), contacts (with ids and sources) and feeds are read in
batches through the protocol's iter_* methods and written with the import_* ones, each batch in one
transaction. Imports replace same ids, so running a migration again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from graph.models import StoreCounts
from graph.protocol import GraphStore

DEFAULT_BATCH = 500

# Called after each batch with the stage ("leaders", "documents", "contacts", "feeds"), how many of that
# stage are copied so far and how many there are in all.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class MigrationReport:
    """What the source held and what the target holds after the copy."""

    source: StoreCounts
    target: StoreCounts
    feeds: int

    @property
    def complete(self) -> bool:
        """Tell whether the target holds at least everything the source held."""
        s, t = self.source, self.target
        return (
            t.leaders >= s.leaders
            and t.documents >= s.documents
            and t.contacts >= s.contacts
            and t.sources >= s.sources
        )


def copy_store(
    source: GraphStore, target: GraphStore, batch: int = DEFAULT_BATCH, progress: Progress | None = None
) -> MigrationReport:
    """Copy leaders, documents, contacts and feeds from source into target, in batches; idempotent."""
    if batch < 1:
        raise ValueError("batch must be at least 1")
    report = progress or (lambda stage, done, total: None)
    totals = source.counts()

    done = 0
    for leaders in source.iter_leaders(batch=batch):
        target.upsert_leaders(leaders)
        done += len(leaders)
        report("leaders", done, totals.leaders)
    done = 0
    for docs in source.iter_documents(batch=batch):
        target.import_documents(docs)
        done += len(docs)
        report("documents", done, totals.documents)
    done = 0
    for contacts in source.iter_contacts(batch=batch):
        target.import_contacts(contacts)
        done += len(contacts)
        report("contacts", done, totals.contacts)
    feeds = source.list_feeds()
    for i, feed in enumerate(feeds, start=1):
        target.add_feed(feed.url)
        target.update_feed(feed)
        report("feeds", i, len(feeds))
    return MigrationReport(source=totals, target=target.counts(), feeds=len(feeds))
