"""Sample news reports bundled for the demo, written by the Diplograph team (see docs/SAMPLES.md)."""

from pathlib import Path

# One JSON document per line in the shape of shared/eval/SCHEMA.md (gold contacts included).
REPORTS = Path(__file__).parent / "reports.jsonl"
