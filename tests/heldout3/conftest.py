"""Fixtures for checking the third held-out evaluation set (tests/heldout3/*.jsonl)."""

from __future__ import annotations

import pytest

from ingest.gazetteer import Gazetteer, load_default
from tests.gold_check.gold_files import Record, read_records
from tests.heldout3.heldout3_files import heldout3_files, other_files


@pytest.fixture(scope="session")
def heldout3_records() -> list[Record]:
    return [r for p in heldout3_files() for r in read_records(p)]


@pytest.fixture(scope="session")
def other_records() -> list[Record]:
    return [r for p in other_files() for r in read_records(p)]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_default()
