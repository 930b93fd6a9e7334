"""Fixtures for the gazetteer tests: the bundled gazetteer, loaded once."""

from __future__ import annotations

import pytest

from ingest.gazetteer import Gazetteer, load


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load()
