"""Extraction work per report, counted: a measure the load of the shared machine does not move.

Machine instructions of the extraction alone, under callgrind (about 90 s for 100 reports):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python -m bench.extract_count --docs 100 --callgrind

The gazetteer is loaded, the extractor built and its caches warmed on one report with the instrumentation
off; it is switched on (callgrind_control) right before the timed reports, so callgrind's "I refs" line is
their extraction. Divide by --docs for a report's. Without valgrind, `--opcodes` counts the Python opcodes
per report instead (sys.settrace): cheaper, but blind to the work done in C (a loop moved into map() or a
regex is fewer opcodes and not always fewer instructions).
The reports are bench.extract_speed's (the same seed, the same mix).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from types import FrameType
from typing import Any

from app.startup import make_extractor
from bench.extract_speed import make_reports
from ingest.gazetteer import load_default


def main() -> None:
    """Extract --docs reports after a warm-up one; count opcodes or switch callgrind on around them."""
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--callgrind", action="store_true", help="switch callgrind's instrumentation on")
    parser.add_argument("--opcodes", action="store_true", help="count Python opcodes per report")
    args = parser.parse_args()
    extractor = make_extractor(load_default())
    docs = make_reports(args.docs + 1)
    extractor.extract(docs[0])  # warm the caches
    if args.callgrind:
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        frame.f_trace_opcodes = True
        if event == "opcode":
            count += 1
        return trace

    if args.opcodes:
        sys.settrace(trace)
    contacts = sum(len(extractor.extract(d)) for d in docs[1:])
    sys.settrace(None)
    print(f"{args.docs} reports, {contacts} contacts")
    if args.opcodes:
        print(f"{count / args.docs / 1000:.0f}k Python opcodes per report")


if __name__ == "__main__":
    main()
