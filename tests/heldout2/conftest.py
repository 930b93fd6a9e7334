"""Fixtures for checking the second held-out evaluation set (tests/heldout2/*.jsonl)."""

from __future__ import annotations

import pytest

from tests.gold_check.gold_files import Record, read_records
from tests.heldout2.heldout2_files import heldout2_files, other_files


@pytest.fixture(scope="session")
def heldout2_records() -> list[Record]:
    return [r for p in heldout2_files() for r in read_records(p)]


@pytest.fixture(scope="session")
def other_records() -> list[Record]:
    return [r for p in other_files() for r in read_records(p)]
