"""Extraction time on hostile texts: many leaders in one sentence, a name repeated without a full stop.

    python -m bench.extract_hostile [--limit 60]

Each text is extracted in a child process killed after --limit seconds (a worker's lease is 120 s), so a
text that still takes too long shows as "> limit" instead of holding the run. The texts are built here
from the gazetteer's leaders; every one stays within the product's 200,000-character limit except the
last two rows, which go past it to show how the time grows.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import time
from collections.abc import Callable
from datetime import date

from bench.report import table
from graph.keys import content_hash
from graph.models import Document
from ingest.gazetteer import Gazetteer, load_default


def _names(gaz: Gazetteer, n: int | None) -> list[str]:
    """The first n leaders' names (all when n is None), in the gazetteer's order."""
    names = [ldr.name for ldr in gaz.leaders.values()]
    return names if n is None else names[:n]


def _one_sentence(n: int | None, joint: str, opening: str = "") -> Callable[[Gazetteer], str]:
    """n leaders in one sentence, joined by joint: a list (", ") or a chain of contacts (" spoke with ")."""
    def make(gaz: Gazetteer) -> str:
        return opening + joint.join(_names(gaz, n)) + " on Monday."
    return make


def _repeated(size: int) -> Callable[[Gazetteer], str]:
    def make(gaz: Gazetteer) -> str:
        return ("Emmanuel Macron " * (size // 16 + 1))[:size]
    return make


def _short_sentences(n: int) -> Callable[[Gazetteer], str]:
    def make(gaz: Gazetteer) -> str:
        return " ".join(["Macron."] * n)
    return make


def _pair_sentences(n: int) -> Callable[[Gazetteer], str]:
    """n sentences "A met B." of two leaders in office drawn at random (seeded): thousands of contacts."""
    def make(gaz: Gazetteer) -> str:
        rng = random.Random(7)
        names = [ldr.name for ldr in gaz.leaders.values() if any(o.end is None for o in ldr.offices)]
        return " ".join("{} met {}.".format(*rng.sample(names, 2)) for _ in range(n))
    return make


CASES: list[tuple[str, Callable[[Gazetteer], str]]] = [
    ("'Talks were held by' 400 leaders listed (', ')", _one_sentence(400, ", ", "Talks were held by ")),
    ("'Talks were held by' all leaders listed", _one_sentence(None, ", ", "Talks were held by ")),
    ("100 leaders chained in one sentence ('spoke with')", _one_sentence(100, " spoke with ")),
    ("200 leaders chained in one sentence", _one_sentence(200, " spoke with ")),
    ("400 leaders chained in one sentence", _one_sentence(400, " spoke with ")),
    ("all leaders chained in one sentence", _one_sentence(None, " spoke with ")),
    ("'Emmanuel Macron ' repeated, 64 kB, no full stop", _repeated(64_000)),
    ("'Emmanuel Macron ' repeated, 200 kB, no full stop", _repeated(200_000)),
    ("25,000 one-word sentences (200 kB)", _short_sentences(25_000)),
    ("5,000 sentences 'A met B.', leaders in office at random", _pair_sentences(5_000)),
    ("100,000 one-word sentences (800 kB)", _short_sentences(100_000)),
    ("'Emmanuel Macron ' repeated, 1 MB, no full stop", _repeated(1_000_000)),
]


def _run(index: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    """Build the extractor, then time one case's text; put (characters, seconds, contacts) on out."""
    from app.startup import make_extractor

    gaz = load_default()
    extractor = make_extractor(gaz)
    text = CASES[index][1](gaz)
    doc = Document(id="hostile", text=text, lang="en", content_hash=content_hash(text),
                   published=date(2025, 3, 3))
    t0 = time.perf_counter()
    contacts = extractor.extract(doc)
    out.put((len(text), time.perf_counter() - t0, len(contacts)))


def main() -> None:
    """Print one row per hostile text: its size, the seconds to extract it, the contacts found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a text is given up")
    parser.add_argument("--only", default="", help="comma-separated row numbers (1-based) to run")
    args = parser.parse_args()
    chosen = {int(x) for x in args.only.split(",") if x.strip()} or set(range(1, len(CASES) + 1))
    rows: list[list[object]] = []
    for i, (label, _) in enumerate(CASES):
        if i + 1 not in chosen:
            continue
        out: mp.Queue = mp.Queue()  # type: ignore[type-arg]
        child = mp.Process(target=_run, args=(i, out))
        child.start()
        child.join(args.limit + 30)  # (the extractor's build, ~10 s, is not timed)
        if child.is_alive() or out.empty():
            child.kill()
            child.join()
            rows.append([label, "", f"> {args.limit:.0f} s", ""])
            continue
        chars, seconds, contacts = out.get()
        timed = f"{seconds:.2f} s" if seconds <= args.limit else f"> {args.limit:.0f} s"
        rows.append([label, chars, timed, contacts])
    print(table("Extraction of hostile texts (bench/extract_hostile.py)",
                ["text", "characters", "extraction", "contacts"], rows))


if __name__ == "__main__":
    main()
