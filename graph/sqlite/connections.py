"""SQLite connections for many threads: one per thread on a file (WAL lets readers run beside the writer).

Every transaction goes through read() or write(), which also turn sqlite3 errors into graph errors.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.errors import GraphError, InvalidInput, StoreUnavailable

# How long a writer waits for another writer's lock before giving up with StoreUnavailable.
BUSY_TIMEOUT_MS = 10_000
# Page cache per connection; small because the API's thread pool holds dozens of connections.
CACHE_KIB = 16_384


class Connections:
    """Hands each thread its own connection to one database and runs transactions on it.

    An in-memory database (":memory:") exists only inside one connection, so it gets a single shared
    connection and a lock that serializes every transaction.
    """

    def __init__(self, path: str | Path) -> None:
        self._path = str(path)
        self._memory = self._path == ":memory:"
        if not self._memory:
            Path(self._path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._lock = threading.RLock()
        # Every open connection by the thread that uses it (or the one shared in-memory connection).
        self._owned: dict[threading.Thread, sqlite3.Connection] = {}
        self._closed = False

    def _open(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN and COMMIT ourselves; check_same_thread=False only so
        # that close() may close connections opened by other threads.
        conn = sqlite3.connect(
            self._path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not self._memory:
            conn.execute("PRAGMA journal_mode = WAL")
        # With WAL, NORMAL keeps the database consistent after a crash and loses at most the last
        # commits on power loss, not on a killed process.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    def _get(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreUnavailable("the store is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            with self._lock:
                if self._memory and self._owned:
                    conn = next(iter(self._owned.values()))
                else:
                    self._close_orphans()
                    conn = self._open()
                    self._owned[threading.current_thread()] = conn
            self._local.conn = conn
        return conn

    def _close_orphans(self) -> None:
        # Thread pools retire idle threads and start new ones: close the connections of dead threads
        # so that a long-running server does not collect them.
        for thread in [t for t in self._owned if not t.is_alive()]:
            self._owned.pop(thread).close()

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """Lend this thread's connection outside any transaction (for migrations), mapping errors."""
        with _mapped_errors(), self._guard():
            yield self._get()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """Run a read transaction: every query inside sees one snapshot."""
        with _mapped_errors(), self._guard():
            conn = self._get()
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """Run a write transaction, taking the write lock at once so that it never has to upgrade."""
        with _mapped_errors(), self._guard():
            conn = self._get()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        if self._memory:
            with self._lock:
                yield
        else:
            yield

    def close(self) -> None:
        """Close every connection any thread opened; later use raises StoreUnavailable."""
        with self._lock:
            self._closed = True
            for conn in self._owned.values():
                conn.close()
            self._owned.clear()


@contextmanager
def _mapped_errors() -> Iterator[None]:
    """Turn driver errors into graph errors: bad values are InvalidInput, the rest StoreUnavailable."""
    try:
        yield
    except GraphError:
        raise
    except (sqlite3.IntegrityError, sqlite3.DataError) as exc:
        raise InvalidInput(f"the store refused a value: {exc}") from exc
    except sqlite3.Error as exc:
        raise StoreUnavailable(f"the SQLite store failed: {exc}") from exc
    except UnicodeEncodeError as exc:
        raise InvalidInput("text is not valid Unicode (lone surrogate)") from exc
    except OverflowError as exc:
        raise InvalidInput(f"a number is too large to store: {exc}") from exc
