"""Where the second held-out evaluation set lives, and the other sets it must not copy from."""

from __future__ import annotations

from pathlib import Path

from tests.gold_check.gold_files import GOLD_DIR, ROOT, SAMPLES

HELDOUT2_DIR = Path(__file__).resolve().parent
# Our other document sets: the second held-out set shares no ids and no runs of text with any of them.
OTHER_SETS = (
    *sorted(GOLD_DIR.glob("*.jsonl")),
    *sorted((ROOT / "tests" / "heldout").glob("*.jsonl")),
    ROOT / "tests" / "crossdoc" / "reports.jsonl",
    ROOT / "tests" / "dashboard" / "reports.jsonl",
    *sorted((ROOT / "tests" / "extract" / "data").glob("*.jsonl")),
    SAMPLES,
)


def heldout2_files() -> list[Path]:
    """The second held-out set's JSONL files, one per language."""
    return sorted(HELDOUT2_DIR.glob("heldout2_*.jsonl"))


def other_files() -> list[Path]:
    """The team's other document sets that exist in this checkout."""
    return [p for p in OTHER_SETS if p.exists()]
