"""Without Java and Maven the Neo4j half is skipped with a plain reason; CI's flag turns that into a failure.

Runs pytest on the Neo4j server tests in a subprocess whose PATH has no Maven (and no NEO4J_URI).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = "tests/neo4j/test_neo4j_server.py"


def _pytest_without_maven(require: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "DIPLOGRAPH_"))}
    env["PATH"] = str(Path(sys.executable).parent)  # the venv's tools only: no mvn
    if require:
        env["DIPLOGRAPH_REQUIRE_NEO4J"] = "1"
    cmd = [sys.executable, "-m", "pytest", TARGET, "-p", "no:cacheprovider", "-q", "-m", "neo4j"]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_missing_tools_skip_the_neo4j_half_and_say_why() -> None:
    result = _pytest_without_maven(require=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Neo4j half skipped: mvn not found" in result.stdout
    assert "Neo4j tests did not run." in result.stdout  # the closing summary
    assert " skipped" in result.stdout.splitlines()[-1]


def test_ci_flag_turns_the_skip_into_a_failure() -> None:
    result = _pytest_without_maven(require=True)
    assert result.returncode != 0
    assert "DIPLOGRAPH_REQUIRE_NEO4J=1 makes this a failure" in result.stdout
