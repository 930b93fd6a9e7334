"""The twelfth speed pass: each shortcut answers as the code it replaced did."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pydantic import ValidationError

from graph.models import Assertion, Source, _valid_date
from ingest.extract.mentions import Kinds, Mention, kinds_of
from ingest.extract.phrases import PhraseIndex
from ingest.extract.sentences import Sentence
from ingest.extract.tokens import tokenize
from ingest.extract.vocab import Cue, Word


@pytest.mark.parametrize(("day", "precision", "why"), [
    ("2024-02-30", "day", "day is out of range for month"),
    ("2024-13", "month", "month must be in 1..12"),
    ("2024-06", "day", "does not have day precision"),
    ("2024-06-01", None, "both set or both null"),
])
def test_a_remembered_date_check_still_rejects(day: str, precision: str | None, why: str) -> None:
    """A bad date is refused with its reason, the second time as the first (the memo keeps no pass)."""
    for _ in range(2):
        with pytest.raises(ValidationError, match=why):
            Assertion(date=day, date_precision=precision)  # type: ignore[arg-type]


def test_a_good_date_passes_in_the_assertion_and_in_its_source() -> None:
    """A calendar day passes, and the source holding the assertion checks it again without complaint."""
    told = Assertion(date="2024-02-29", date_precision="day")
    source = Source(document_id="d", evidence="They met.", start=0, end=9, assertion=told)
    assert source.assertion.date == "2024-02-29"
    assert _valid_date("2024-02-29", "day") and not _valid_date("2023-02-29", "day")


def test_kinds_compare_and_hash_by_their_fields() -> None:
    """Kinds read from equal payloads are equal and hash alike, as the named tuple they were did."""
    payloads = (Word("pronouns", "en"), Cue("phone", 2))
    a, b = kinds_of(payloads), kinds_of(tuple(list(payloads)))  # (another tuple: no memo hit)
    assert a == b and hash(a) == hash(b)
    assert a.word_kinds == ("pronouns",) and a.cue == Cue("phone", 2)
    assert isinstance(a, Kinds) and not isinstance(a, tuple)


def test_a_phrase_start_is_an_exact_tuple() -> None:
    """Where a word leads from the root is a plain tuple (find unpacks it at every phrase start)."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("phone", "call"), "call")
    index.add(("phone",), "phone")
    tokens = tokenize("a phone call and a phone")
    start = index._from_root(tokens[1])
    assert type(start) is tuple and len(start) == 4
    found = [(m.first, m.last, m.payloads) for m in index.find(tokens)]
    assert found == [(1, 3, ("call",)), (5, 6, ("phone",))]


def test_mentions_and_sentences_compare_and_hash_by_their_fields() -> None:
    """Mentions and sentences, no longer frozen, still compare and hash by their fields; replace copies."""
    a = Mention(3, 5, "name", "fr-macron", "Emmanuel Macron", "FRA", "head_of_state")
    b = Mention(3, 5, "name", "fr-macron", "Emmanuel Macron", "FRA", "head_of_state")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    moved = replace(a, first=4)
    assert (a.first, moved.first) == (3, 4) and moved != a
    s, t = Sentence(0, 10, 0), Sentence(0, 10, 0)
    assert s == t and hash(s) == hash(t) and s != Sentence(0, 10, 1)
