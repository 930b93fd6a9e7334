"""ingest_paths into a real SQLite store: batches, progress reports, duplicates and item errors."""

from __future__ import annotations

import json
from pathlib import Path

from graph.protocol import GraphStore
from ingest.intake import IngestSummary, ingest_paths
from ingest.normalize import NormalizeConfig

# One-line reports written for these tests about real contacts.
REPORTS = [
    "Emmanuel Macron met Xi Jinping in Beijing on 4 December 2025 during a state visit to China.",
    "Donald Trump and Vladimir Putin met in Anchorage, Alaska, on 15 August 2025.",
    "Vladimir Putin and Donald Trump spoke by telephone on 18 March 2025 about energy infrastructure.",
    "Ahmed al-Sharaa spoke by telephone with Recep Tayyip Erdogan on 8 January 2026.",
    "Ahmed al-Sharaa spoke by telephone with Emmanuel Macron on 8 January 2026.",
]


def test_ingest_paths_batches_reports_progress_and_keeps_errors(store: GraphStore, tmp_path: Path) -> None:
    feed = tmp_path / "wire.jsonl"
    rows = [json.dumps({"id": f"w{i}", "text": t, "lang": "en"}) for i, t in enumerate(REPORTS)]
    rows.insert(2, "{broken")
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text(REPORTS[0] + "\n", encoding="utf-8")
    seen: list[tuple[int, int, int, int]] = []

    def progress(summary: IngestSummary) -> None:
        seen.append((summary.files_total, summary.files, summary.queued, summary.duplicates))

    summary = ingest_paths(store, [tmp_path, tmp_path / "missing.jsonl"], NormalizeConfig(), progress,
                           batch_size=2)
    assert (summary.files, summary.read, summary.queued, summary.duplicates) == (2, 6, 5, 1)
    assert [(e.ref, e.message.split(":")[0]) for e in summary.errors] == [
        (str(tmp_path / "missing.jsonl"), "no such file or directory"),
        (f"{feed}:3", "invalid JSON"),
    ]
    # Called after each full batch and each file: the queue grows in steps of the batch size.
    assert seen[0] == (2, 1, 0, 0)  # copy.txt read; its document waits for a full batch
    assert seen[-1] == (2, 2, 5, 1)
    assert [q for _, _, q, _ in seen] == sorted(q for _, _, q, _ in seen)
    assert store.queue_stats()["queued"] == 5
    assert summary.as_dict()["errors"] == [{"ref": e.ref, "message": e.message} for e in summary.errors]
