"""The pipeline's checks on extractor output, and the worker's backoff and error text."""

from __future__ import annotations

import random

import pytest

from graph.keys import contact_id
from graph.merge import build_contact
from graph.models import Assertion, Contact, Document, Participant, Source
from ingest.normalize import NormalizeConfig, RawDocument, build_document
from ingest.pipeline import ExtractionError, prepare, process
from ingest.worker import WorkerConfig, backoff_delay, error_text

TEXT = (
    "Vladimir Putin and Donald Trump spoke by telephone on Tuesday for more than two hours. "
    "Putin agreed to a 30-day pause in strikes on energy infrastructure."
)
DOC = build_document(RawDocument(text=TEXT, published="2025-03-19"), NormalizeConfig())
PUTIN = Participant(leader_id="vladimir-putin", name="Vladimir Putin", country="RUS", role="head_of_state")
TRUMP = Participant(leader_id="donald-trump", name="Donald Trump", country="USA", role="head_of_state")


def _contact(doc: Document, start: int = 0, end: int = 86, confidence: float = 0.8,
             a: Participant = PUTIN, b: Participant = TRUMP, document_id: str | None = None) -> Contact:
    assertion = Assertion(date="2025-03-18", date_precision="day", topics=("energy",), confidence=confidence)
    source = Source(document_id=document_id or doc.id, evidence=doc.text[start:end], start=start, end=end,
                    assertion=assertion)
    return build_contact(a, b, "phone", "occurred", [source])


class ListExtractor:
    name = "list"
    version = "1"

    def __init__(self, contacts: list[Contact]) -> None:
        self.contacts = contacts

    def extract(self, doc: Document) -> list[Contact]:
        return list(self.contacts)


def test_valid_contacts_pass_and_repeats_collapse_to_the_most_confident() -> None:
    low, high = _contact(DOC, confidence=0.4), _contact(DOC, confidence=0.9)
    expected = contact_id("vladimir-putin", "donald-trump", "2025-03-18", "phone", "occurred")
    assert low.id == high.id == expected
    assert process(DOC, ListExtractor([low, high])) == [high]


def test_self_contacts_are_dropped() -> None:
    assert prepare(DOC, [_contact(DOC, b=PUTIN)]) == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (lambda: _contact(DOC, start=100, end=10_000), "outside the text"),
        (lambda: _contact(DOC, document_id="u-0000000000000000"), "cites document u-0000000000000000"),
        (lambda: _contact(DOC).model_copy(update={"sources": ()}), "has 0 sources"),
    ],
)
def test_broken_extractor_output_is_refused(bad: object, message: str) -> None:
    with pytest.raises(ExtractionError, match=message):
        prepare(DOC, [bad()])  # type: ignore[operator]


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    config = WorkerConfig(backoff_base=10.0, backoff_max=100.0)
    rng = random.Random(7)
    for attempt, ceiling in [(1, 10.0), (2, 20.0), (3, 40.0), (4, 80.0), (5, 100.0), (9, 100.0)]:
        delays = [backoff_delay(attempt, config, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len({round(d, 6) for d in delays}) > 1  # jittered, not one fixed value


def test_error_text_is_one_bounded_line() -> None:
    try:
        raise ValueError("bad offsets\n  in   sentence 3")
    except ValueError as exc:
        assert error_text(exc, 100) == "ValueError: bad offsets in sentence 3"
        assert error_text(exc, 12) == "ValueError:…"
    assert error_text(RuntimeError(), 100) == "RuntimeError"
