"""Fixtures for checking the team's own gold documents and bundled sample reports."""

from __future__ import annotations

import pytest

from tests.gold_check.gold_files import SAMPLES, Record, gold_files, read_records


@pytest.fixture(scope="session")
def gold_records() -> list[Record]:
    return [r for p in gold_files() for r in read_records(p)]


@pytest.fixture(scope="session")
def sample_records() -> list[Record]:
    return read_records(SAMPLES)


@pytest.fixture(scope="session")
def all_records(gold_records: list[Record], sample_records: list[Record]) -> list[Record]:
    return gold_records + sample_records
