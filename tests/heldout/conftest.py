"""Fixtures for checking the held-out evaluation set (tests/heldout/*.jsonl)."""

from __future__ import annotations

import pytest

from tests.gold_check.gold_files import Record, read_records
from tests.heldout.heldout_files import heldout_files


@pytest.fixture(scope="session")
def heldout_records() -> list[Record]:
    return [r for p in heldout_files() for r in read_records(p)]
