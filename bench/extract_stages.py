"""Extraction instructions per report spent inside named functions: callgrind's count, split by stage.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python -m bench.extract_stages --docs 40 \\
        ingest.extract.parsed:parse ingest.extract.mentions:build_chunks \\
        ingest.extract.contacts:ContactBuilder.build ingest.extract.phrases:PhraseIndex.find
    .venv/bin/python -m bench.extract_stages --annotate /tmp/cg.out --docs 40

Callgrind counts machine instructions by C function, and all Python code runs in one C function (the
evaluation loop), so it cannot tell a Python function's share. Here each named function (at most four:
module:function or module:Class.method) is called through a C function the extractor never calls itself
(contextvars' Context.run, functools.reduce, itertools.takewhile, itertools.dropwhile), so that C
function's inclusive count is the Python function's, callees included (plus about a thousand instructions
of the wrapper per call: keep to functions called tens of times a report). --annotate reads the four
counts back from callgrind's file. The reports are bench.extract_count's (warmed on one report).
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import importlib
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from app.startup import make_extractor
from bench.extract_speed import make_reports
from ingest.gazetteer import load_default

Wrapper = Callable[[Callable[..., Any]], Callable[..., Any]]


def _via_context(f: Callable[..., Any]) -> Callable[..., Any]:
    def call(*a: Any, **k: Any) -> Any:
        return contextvars.Context().run(f, *a, **k)
    return call


def _via_reduce(f: Callable[..., Any]) -> Callable[..., Any]:
    def call(*a: Any, **k: Any) -> Any:
        return functools.reduce(lambda _acc, _x: f(*a, **k), (0,), None)
    return call


def _via_takewhile(f: Callable[..., Any]) -> Callable[..., Any]:
    def call(*a: Any, **k: Any) -> Any:
        box: list[Any] = []

        def keep(_x: int) -> bool:
            box.append(f(*a, **k))
            return True

        list(itertools.takewhile(keep, (0,)))
        return box[0]
    return call


def _via_dropwhile(f: Callable[..., Any]) -> Callable[..., Any]:
    def call(*a: Any, **k: Any) -> Any:
        box: list[Any] = []

        def drop(_x: int) -> bool:
            box.append(f(*a, **k))
            return False

        list(itertools.dropwhile(drop, (0,)))
        return box[0]
    return call


# each wrapper and the C function whose inclusive count callgrind_annotate reports for it
WRAPPERS: list[tuple[Wrapper, str]] = [
    (_via_context, "context.c:context_run"),
    (_via_reduce, "_functoolsmodule.c:functools_reduce"),
    (_via_takewhile, "itertoolsmodule.c:takewhile_next"),
    (_via_dropwhile, "itertoolsmodule.c:dropwhile_next"),
]


def wrap(target: str, via: Wrapper) -> None:
    """Route calls of module:function or module:Class.method through a wrapper, wherever it was imported."""
    module_name, attr = target.split(":")
    module = importlib.import_module(module_name)
    if "." in attr:
        cls_name, method = attr.split(".")
        cls = getattr(module, cls_name)
        setattr(cls, method, via(cls.__dict__[method]))
        return
    original = getattr(module, attr)
    wrapped = via(original)
    for name, loaded in list(sys.modules.items()):  # (a module that imported it by name calls its own copy)
        if name.startswith(("ingest", "graph")) and getattr(loaded, attr, None) is original:
            setattr(loaded, attr, wrapped)


def annotate(path: str, docs: int) -> None:
    """Print each wrapper's inclusive count per report from a callgrind file."""
    out = subprocess.run(["callgrind_annotate", "--threshold=100", "--inclusive=yes", path],
                         check=True, capture_output=True, text=True).stdout
    total = re.search(r"([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", out)
    if total is not None:
        print(f"{int(total[1].replace(',', '')) / docs / 1e6:8.2f} M per report  (everything)")
    for _, c_function in WRAPPERS:
        for line in out.splitlines():
            if f"{c_function} " in f"{line} " and "/Include/" not in line:  # (not the inlined headers)
                count = int(line.split()[0].replace(",", ""))
                print(f"{count / docs / 1e6:8.2f} M per report  {c_function}")
                break


def main() -> None:
    """Wrap the named functions, extract --docs reports after a warm-up one with callgrind switched on."""
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--annotate", metavar="CALLGRIND_OUT", help="read a finished run's counts back")
    parser.add_argument("targets", nargs="*", help="module:function or module:Class.method (at most 4)")
    args = parser.parse_args()
    if args.annotate:
        annotate(args.annotate, args.docs)
        return
    if len(args.targets) > len(WRAPPERS):
        parser.error(f"at most {len(WRAPPERS)} targets")
    for target, (via, c_function) in zip(args.targets, WRAPPERS, strict=False):
        wrap(target, via)
        print(f"{target}: {c_function}")
    extractor = make_extractor(load_default())
    docs = make_reports(args.docs + 1)
    extractor.extract(docs[0])  # warm the caches
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    contacts = sum(len(extractor.extract(d)) for d in docs[1:])
    print(f"{args.docs} reports, {contacts} contacts")


if __name__ == "__main__":
    main()
