"""Rebuild ingest/gazetteer/data/leaders.jsonl from wikidata_terms.jsonl and data/manual/; print the report.

Run from the repository root:  .venv/bin/python tools/build_leaders.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.gazetteer import DATA_DIR
from ingest.gazetteer.build import build_leaders


def main() -> None:
    """Build and print what the build changed."""
    report = build_leaders(DATA_DIR)
    for line in report.lines():
        print(line)


if __name__ == "__main__":
    main()
