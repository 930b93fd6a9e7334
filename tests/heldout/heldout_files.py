"""Where the held-out evaluation set lives."""

from __future__ import annotations

from pathlib import Path

HELDOUT_DIR = Path(__file__).resolve().parent


def heldout_files() -> list[Path]:
    """The held-out JSONL files, one per language."""
    return sorted(HELDOUT_DIR.glob("heldout_*.jsonl"))
