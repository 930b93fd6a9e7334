"""Convert the shared Wikidata leader table (CSV) into ingest/gazetteer/data/wikidata_terms.jsonl.

Run once from the repository root:  .venv/bin/python tools/import_leaders_csv.py [path/to/csv]
The output holds the source's rows as they are (labels included), cut to the gazetteer's scope
(terms running on or after 1990-01-01) and to rows with real dates; every correction happens later,
in the build, from the hand-written files under data/manual/ (so a refresh from Wikidata gets the same
corrections).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.gazetteer.terms import Term, in_scope, parse_day, term_from_json, write_terms

DEFAULT_CSV = Path("/work/shared/data/wikidata_leaders_history.csv")
OUT = Path(__file__).resolve().parents[1] / "ingest/gazetteer/data/wikidata_terms.jsonl"


def convert(csv_path: Path) -> list[Term]:
    """Read the CSV and return its in-scope, dated rows as Terms."""
    out: list[Term] = []
    with csv_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            # A label that is just the QID means Wikidata had no label in the queried language.
            name = row["person"] if row["person"] not in (row["person_qid"], "") else ""
            if name.startswith("http"):  # an unlabelled blank node, not a person
                continue
            term = term_from_json({
                "country": row["iso3"], "role": row["role"], "qid": row["person_qid"], "name": name,
                # "genid" values are Wikidata's "unknown value": the term ended, date unknown.
                "start": row["start"], "end": row["end"],
            })
            ended_undated = row["end"].startswith("http") and parse_day(row["end"]) is None
            if ended_undated or not in_scope(term) or not name:
                continue
            out.append(term)
    return out


def main() -> None:
    """Convert the CSV named on the command line (or the shared copy) and write the JSONL."""
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CSV
    terms = convert(src)
    write_terms(OUT, terms, header=(
        "Heads of state and government from the shared Wikidata table (github.com/cfmessias/geografia,\n"
        "data/leaders_history.csv, 2025-10; facts from Wikidata, CC0), cut to terms running on or after\n"
        "1990-01-01 and to dated rows. Raw: labels and dates as the source has them. Corrections live in\n"
        "manual/*.jsonl and are applied by the build. Regenerate: tools/import_leaders_csv.py; or replace\n"
        "from Wikidata with `diplograph gazetteer refresh`."
    ))
    print(f"wrote {len(terms)} terms to {OUT}")


if __name__ == "__main__":
    main()
