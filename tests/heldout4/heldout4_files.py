"""Where the fourth held-out evaluation set lives, and the other sets it must not copy from."""

from __future__ import annotations

from pathlib import Path

from tests.heldout3.heldout3_files import heldout3_files
from tests.heldout3.heldout3_files import other_files as heldout3_others

HELDOUT4_DIR = Path(__file__).resolve().parent


def heldout4_files() -> list[Path]:
    """The fourth held-out set's JSONL files, one per language."""
    return sorted(HELDOUT4_DIR.glob("heldout4_*.jsonl"))


def other_files() -> list[Path]:
    """The team's other document sets in this checkout: those heldout3 avoids, and heldout3 itself."""
    return [*heldout3_others(), *heldout3_files()]
