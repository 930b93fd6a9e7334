"""Fixtures for checking the fourth held-out evaluation set (tests/heldout4/*.jsonl)."""

from __future__ import annotations

import pytest

from ingest.gazetteer import Gazetteer, load_default
from tests.gold_check.gold_files import Record, read_records
from tests.heldout4.heldout4_files import heldout4_files, other_files


@pytest.fixture(scope="session")
def heldout4_records() -> list[Record]:
    return [r for p in heldout4_files() for r in read_records(p)]


@pytest.fixture(scope="session")
def other_records() -> list[Record]:
    return [r for p in other_files() for r in read_records(p)]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_default()
