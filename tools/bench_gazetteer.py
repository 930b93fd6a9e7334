"""Measure loading the whole gazetteer in a fresh process: time, resident memory, sizes. Prints a table.

Run from the repository root:  .venv/bin/python tools/bench_gazetteer.py [runs]
Each run is a new interpreter, so the figures include the first (cold) load, as a worker sees it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

_PROBE = """
import json, resource, time
t0 = time.perf_counter()
import ingest.gazetteer as g
t1 = time.perf_counter()
gaz = g.load()
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "leaders": len(gaz.leaders), "aliases": len(gaz.alias_index),
                  "country_forms": len(gaz.country_index), "place_forms": len(gaz.place_index),
                  "titles": len(gaz.titles)}))
"""


def main() -> None:
    """Run the probe several times and print median figures."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    results = [json.loads(subprocess.run([sys.executable, "-c", _PROBE], check=True, capture_output=True,
                                         text=True, timeout=120).stdout) for _ in range(runs)]
    print(f"| measure (median of {runs} fresh processes) | value |")
    print("| --- | --- |")
    for key, unit in (("import_s", "s"), ("load_s", "s"), ("rss_mb", "MB")):
        print(f"| {key} | {statistics.median(r[key] for r in results):.3f} {unit} |")
    for key in ("leaders", "aliases", "country_forms", "place_forms", "titles"):
        print(f"| {key} | {results[0][key]} |")


if __name__ == "__main__":
    main()
