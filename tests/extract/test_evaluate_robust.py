"""One document that crashes the extractor must not lose the results of the others."""

from __future__ import annotations

import logging

import pytest

from graph.models import Contact, Document
from ingest.evaluate import extract_records


class _CrashesOnSecond:
    name = "crashes-on-second"
    version = "1"

    def __init__(self) -> None:
        self.seen = 0

    def extract(self, doc: Document) -> list[Contact]:
        self.seen += 1
        if self.seen == 2:
            raise ValueError("min() arg is an empty sequence")
        return []


def test_a_crash_counts_as_no_contact_and_the_rest_are_read(caplog: pytest.LogCaptureFixture) -> None:
    records = [{"id": f"t-{n}", "lang": "en", "text": f"Report number {n}.", "published": None}
               for n in range(3)]
    extractor = _CrashesOnSecond()
    with caplog.at_level(logging.ERROR):
        out = extract_records(records, extractor)
    assert [r["contacts"] for r in out] == [[], [], []]
    assert len(out) == 3 and extractor.seen == 3
    assert "extraction failed on document" in caplog.text
