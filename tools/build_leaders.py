"""Rebuild leaders.jsonl (and the `offices` of countries.jsonl) from wikidata_terms.jsonl and data/manual/.

The one step after editing any file in data/manual/ (names, terms, corrections): the extractor reads
leaders.jsonl, never the manual files, and `diplograph gazetteer check` fails while it is out of date.
Run from the repository root:

    .venv/bin/python tools/build_leaders.py                  # the bundled data
    .venv/bin/python tools/build_leaders.py --data-dir DIR   # another copy of the data folder
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.gazetteer import DATA_DIR
from ingest.gazetteer.build import build_leaders
from ingest.gazetteer.terms import read_rows


def main(argv: list[str] | None = None) -> None:
    """Build, print every repair the build made, then how many leaders it wrote."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="the data folder (default: bundled)")
    data_dir: Path = parser.parse_args(argv).data_dir
    report = build_leaders(data_dir)
    for line in report.lines():
        print(line)
    leaders = sum(1 for _ in read_rows(data_dir / "leaders.jsonl"))
    print(f"wrote {data_dir / 'leaders.jsonl'}: {leaders} leaders; now run `diplograph gazetteer check`")


if __name__ == "__main__":
    main()
