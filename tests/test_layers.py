"""The dependency rule of DESIGN.md, checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_layers_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "lint-imports (import-linter) is not installed"
    done = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    summary = re.search(r"Contracts: (\d+) kept, (\d+) broken", done.stdout)
    assert summary, done.stdout
    kept, broken = int(summary.group(1)), int(summary.group(2))
    assert broken == 0 and kept >= 2, done.stdout
