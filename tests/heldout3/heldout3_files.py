"""Where the third held-out evaluation set lives, and the other sets it must not copy from."""

from __future__ import annotations

from pathlib import Path

from tests.heldout2.heldout2_files import OTHER_SETS, heldout2_files

HELDOUT3_DIR = Path(__file__).resolve().parent


def heldout3_files() -> list[Path]:
    """The third held-out set's JSONL files, one per language."""
    return sorted(HELDOUT3_DIR.glob("heldout3_*.jsonl"))


def other_files() -> list[Path]:
    """The team's other document sets in this checkout: those heldout2 avoids, and heldout2 itself."""
    return [p for p in (*OTHER_SETS, *heldout2_files()) if p.exists()]
