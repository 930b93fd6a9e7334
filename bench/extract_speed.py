"""Extraction speed and memory: documents per second on ~500-word reports, with the whole gazetteer loaded.

Per-core speed is documents per CPU second of this process (the machine is shared, so wall time
varies with what else runs); the wall-clock rate is printed beside it.

Run: .venv/bin/python bench/extract_speed.py [--docs N]
The reports are generated here from sentence templates (our own wording) filled with real leaders of
the gazetteer, so every run measures the same mix: calls, meetings, datelines, topics, noise paragraphs.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import date, timedelta

from app.startup import make_extractor
from graph.keys import content_hash
from graph.models import Document
from ingest.gazetteer import load_default

CONTACT = [
    "{a} spoke by phone on {weekday} with {b} about trade, energy and the situation in the region.",
    "{a} received {b} for talks on security cooperation and investment, the presidency said.",
    "During the call, the two leaders discussed the war, humanitarian aid and reconstruction.",
    "{a} and {b} met on the sidelines of the summit and agreed to strengthen bilateral relations.",
]
NOISE = [
    "The foreign ministry spokesman told reporters that consultations at the expert level would continue.",
    "Officials said the economy grew faster than expected in the second quarter, helped by exports.",
    "Analysts noted that the parliament is expected to vote on the budget before the end of the month.",
    "Markets were calm after the announcement, and the central bank kept its key rate unchanged.",
    "The delegation also visited a factory and a university, where students asked about scholarships.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_reports(n: int, seed: int = 7) -> list[Document]:
    """Build n reports of about 500 words, each with two or three contacts among real leaders."""
    rng = random.Random(seed)
    gaz = load_default()
    leaders = [ldr for ldr in gaz.leaders.values() if any(o.end is None for o in ldr.offices)]
    docs = []
    for i in range(n):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < 500:
            if rng.random() < 0.35:
                a, b = rng.sample(leaders, 2)
                parts.append(rng.choice(CONTACT).format(a=a.name, b=b.name, weekday=rng.choice(WEEKDAYS)))
            else:
                parts.append(rng.choice(NOISE))
        text = "LONDON, 3 March 2025 (Wire) - " + " ".join(parts)
        docs.append(
            Document(
                id=f"bench-{i}",
                text=text,
                lang="en",
                content_hash=content_hash(text),
                published=date(2025, 3, 3) + timedelta(days=i % 3),
            )
        )
    return docs


def main() -> None:
    """Print a table: build time, documents per second, words per second, contacts, peak memory."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    gaz = load_default()
    extractor = make_extractor(gaz)  # as the worker, `extract` and `eval` build it (the heap settled too)
    build = time.perf_counter() - t0
    docs = make_reports(args.docs)
    words = sum(len(d.text.split()) for d in docs)
    extractor.extract(docs[0])  # warm the caches
    t1, c1 = time.perf_counter(), time.process_time()
    contacts = sum(len(extractor.extract(d)) for d in docs)
    elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("gazetteer leaders", f"{len(gaz.leaders)}"),
        ("load + build extractor", f"{build:.2f} s"),
        ("documents", f"{len(docs)}"),
        ("mean words per document", f"{words / len(docs):.0f}"),
        ("documents per CPU second (1 core)", f"{len(docs) / cpu:.0f}"),
        ("documents per wall second", f"{len(docs) / elapsed:.0f}"),
        ("words per CPU second", f"{words / cpu:,.0f}"),
        ("contacts found", f"{contacts}"),
        ("peak resident memory", f"{rss_mb:.0f} MB"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  ------")
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
