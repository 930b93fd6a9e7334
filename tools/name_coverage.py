"""List the leaders of the most-reported states who lack a name in Arabic, Persian or Cyrillic script.

The states: the G20, the permanent Security Council members, the Arab League, Iran, Türkiye, the EU
members, Central Asia and the South Caucasus, Ukraine, Belarus, Israel, Pakistan, Afghanistan and the
others below, plus the UN and the EU offices. A leader counts when they held office any day in the span.
An Arab League state's leader with an Arabic name counts as having a Persian one: Persian text finds
Arabic names (they fold to the same string). Run from the repository root:

    .venv/bin/python tools/name_coverage.py                  # counts, then every gap
    .venv/bin/python tools/name_coverage.py --script fa      # only the leaders without a Persian name
    .venv/bin/python tools/name_coverage.py --all-states --script ru   # every country's leaders
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.models import Leader
from ingest.gazetteer import DATA_DIR, load
from ingest.gazetteer.terms import read_rows


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARAB_LEAGUE = _codes(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM")
STATES = ARAB_LEAGUE | _codes(
    "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA "  # G20 (and the P5)
    "AUT BEL BGR HRV CYP CZE DNK EST FIN GRC HUN IRL LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE "
    "KAZ KGZ TJK TKM UZB ARM AZE GEO UKR BLR IRN ISR PAK AFG VEN CUB COL CHL NGA ETH KEN MYS VNM "
    "UN EU")
SCRIPTS = ("ar", "fa", "ru")


def in_span(leader: Leader, lo: date, hi: date, states: frozenset[str] | None = STATES) -> bool:
    """Tell whether the leader held an office of one of the states (None: any) any day from lo to hi."""
    return any((states is None or o.country in states) and (o.end is None or o.end >= lo)
               and (o.start is None or o.start <= hi) for o in leader.offices)


def missing(names: dict[str, list[str]], country: str) -> list[str]:
    """Return the scripts a leader has no full name in (Arab League leaders: Arabic serves Persian)."""
    arab = country in ARAB_LEAGUE and "ar" in names
    return [s for s in SCRIPTS if s not in names and not (s == "fa" and arab)]


def gaps(data_dir: Path, lo: date, hi: date,
         states: frozenset[str] | None = STATES) -> Iterable[tuple[str, str, str, list[str]]]:
    """Yield (country, id, name, missing scripts) for every leader in the span, sorted by country."""
    gaz = load(data_dir)
    rows = {str(r["id"]): r for r in read_rows(data_dir / "leaders.jsonl")}
    found = []
    for leader in gaz.leaders.values():
        if in_span(leader, lo, hi, states):
            country = [o.country for o in leader.offices if states is None or o.country in states][-1]
            found.append((country, leader.id, leader.name, missing(rows[leader.id]["names"], country)))
    return sorted(found)


def main(argv: list[str] | None = None) -> None:
    """Print the counts per script, then the leaders without a name in one (or the chosen) script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--start", type=date.fromisoformat, default=date(2010, 1, 1))
    parser.add_argument("--end", type=date.fromisoformat, default=date(2026, 12, 31))
    parser.add_argument("--script", choices=SCRIPTS)
    parser.add_argument("--all-states", action="store_true",
                        help="every country's leaders, not only the most-reported states'")
    args = parser.parse_args(argv)
    found = list(gaps(args.data_dir, args.start, args.end, None if args.all_states else STATES))
    counts = ", ".join(f"{s} {sum(1 for *_, m in found if s in m)}" for s in SCRIPTS)
    print(f"{len(found)} leaders from {args.start} to {args.end}; without a name in: {counts}")
    for country, lid, name, miss in found:
        if miss and (args.script is None or args.script in miss):
            print(f"{country}\t{lid}\t{name}\t{','.join(miss)}")


if __name__ == "__main__":
    main()
