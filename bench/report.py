"""What every benchmark prints: the machine it ran on and plain-text tables."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path


def machine() -> list[str]:
    """Describe the machine: CPU, cores, memory, load, and the versions that matter."""
    model, mem_kib = "", 0
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        cpuinfo = meminfo = []
    model = next((x.split(":", 1)[1].strip() for x in cpuinfo if x.startswith("model name")), "")
    mem_kib = next((int(x.split()[1]) for x in meminfo if x.startswith("MemTotal")), 0)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"cpu: {model or platform.processor()} x {os.cpu_count()} cores; memory {mem_kib / 2**20:.1f} GiB",
        f"load average before the run: {load}",
        f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, {_tool_version('wrk')}",
    ]
    return lines


def _tool_version(name: str) -> str:
    try:
        out = subprocess.run([name, "--version"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return f"{name}: not installed"
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0].split(" [")[0] if first else name


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Format a table as Markdown: numbers right-aligned, the rest left."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    numeric = [bool(rows) and all(isinstance(r[i], int | float) for r in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "| " + " | ".join(
            v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)
        ) + " |"

    dashes = [("-" * (w - 1) + ":") if num else "-" * w for w, num in zip(widths, numeric, strict=True)]
    rule = "| " + " | ".join(dashes) + " |"
    return "\n".join([f"\n{title}\n", line(headers), rule, *(line(r) for r in cells)]) + "\n"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
