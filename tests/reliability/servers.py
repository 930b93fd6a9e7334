"""What the reliability tests share about servers: the populated store and what a running server offers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest.samples import REPORTS
from tests.e2e.processes import run_cli

API_KEY = "reliability-key-7f3a"


@dataclass(frozen=True)
class Served:
    """A running server: its base URL, its store file, and the key its writes need."""

    url: str
    store: Path
    key: str


def populated_store(folder: Path) -> Path:
    """A SQLite store holding the bundled sample reports and their contacts (through the real CLI)."""
    store = folder / "store.db"
    done = run_cli("ingest", str(REPORTS), "--store", str(store), cwd=folder)
    assert done.returncode == 0, done.stdout + done.stderr
    return store
