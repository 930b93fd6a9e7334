"""The thirteenth speed pass: each shortcut gives what the code it replaced gave."""

from __future__ import annotations

from dataclasses import fields

from graph.merge import build_contact, fold_assertions
from graph.models import Assertion, Participant, Source
from ingest.extract.mentions import Context, _name_stop, _named_elsewhere, _own_titles
from ingest.extract.parsed import _inside_match
from ingest.extract.phrases import Match
from ingest.extract.rules import _PLAIN_LANGUAGE, RuleExtractor, _Language
from ingest.extract.vocab import Title, Word
from tests.extract.conftest import build_doc

_A = Participant(leader_id="a-leader", name="A", country="FRA", role="head_of_state")
_B = Participant(leader_id="b-leader", name="B", country="DEU", role="head_of_government")


def _source(assertion: Assertion, doc: str = "d1") -> Source:
    return Source(document_id=doc, evidence="They spoke by phone.", start=0, end=20, assertion=assertion)


def test_one_report_gives_the_contact_the_fold_would() -> None:
    """One report's contact takes the fold's values: topics by name, bound confidence, no blank initiator."""
    told = Assertion(mode="phone", date="2025-03-03", date_precision="day", topics=("trade", "energy"),
                     places=("Paris", "Berlin"), initiator="", confidence=0.995)
    contact = build_contact(_B, _A, "in_person", "occurred", [_source(told)])
    folded = fold_assertions([told])
    assert (contact.topics, contact.places) == (("energy", "trade"), ("Berlin", "Paris"))
    assert contact.initiator is None and contact.confidence == 0.99
    assert (contact.mode, contact.date, contact.date_precision, contact.setting) \
        == (folded.mode, folded.date, folded.date_precision, folded.setting) == ("phone", "2025-03-03", "day",
                                                                                 "bilateral")
    assert (contact.topics, contact.places, contact.initiator, contact.confidence) \
        == (folded.topics, folded.places, folded.initiator, folded.confidence)
    assert contact.a.leader_id == "a-leader"  # the pair still in id order
    assert contact.sources[0].assertion is told  # the report keeps its own order of topics


def test_an_assertion_that_is_its_own_fold_is_returned_as_it_is() -> None:
    """An assertion already in the fold's order is the fold itself; the contact reads the same values."""
    told = Assertion(mode="video", topics=("energy", "trade"), initiator="a-leader", confidence=0.8)
    assert fold_assertions([told]) is told
    contact = build_contact(_A, _B, "phone", "planned", [_source(told)])
    assert (contact.mode, contact.topics, contact.initiator, contact.confidence) \
        == ("video", ("energy", "trade"), "a-leader", 0.8)


def test_several_reports_are_still_voted() -> None:
    """Two reports of one contact are folded by vote, as before: the earlier of two dates told once each."""
    first = Assertion(mode="phone", date="2025-03-04", date_precision="day", topics=("trade",),
                      confidence=0.6)
    second = Assertion(mode="phone", date="2025-03-03", date_precision="day", topics=("trade", "energy"),
                       confidence=0.5)
    contact = build_contact(_A, _B, "phone", "occurred", [_source(first), _source(second, "d2")])
    assert contact.date == "2025-03-03" and contact.topics == ("trade", "energy")
    assert contact.confidence == 0.8


def test_the_leaders_named_elsewhere_keep_their_order() -> None:
    """The leaders a text names in full, less those of the sentence read, in the order the text names them."""
    ctx = Context(named=("x-leader", "y-leader", "z-leader"), here=frozenset({"y-leader"}))
    assert _named_elsewhere(ctx) == ["x-leader", "z-leader"]
    assert _named_elsewhere(Context()) == []


def test_the_plain_language_is_the_default_one() -> None:
    """The one plain language shared by texts of no lexicon is a fresh _Language's equal, field by field."""
    fresh = _Language()
    assert fresh == _PLAIN_LANGUAGE
    assert all(getattr(_PLAIN_LANGUAGE, f.name) == getattr(fresh, f.name) for f in fields(_Language))
    assert _PLAIN_LANGUAGE.home is None and not _PLAIN_LANGUAGE.future


def test_a_text_of_no_lexicon_is_still_read(real: RuleExtractor) -> None:
    """A text of a language with no lexicon is read plainly, twice alike (the shared reading holds none)."""
    doc = build_doc("Emmanuel Macron met Olaf Scholz in Berlin on Monday.", "2023-03-08", lang="xx")
    first = real.extract(doc)
    assert {(c.a.leader_id, c.b.leader_id) for c in first} and real.extract(doc) == first


def test_an_unknown_name_stops_at_the_next_match_or_four_words_on() -> None:
    """After a bare title, an unknown name runs to the next match, the sentence's end or four words on."""
    assert _name_stop([2, 9, 12], 5, 20) == 9
    assert _name_stop([2, 7], 5, 20) == 7
    assert _name_stop([2], 5, 20) == 9
    assert _name_stop([], 5, 7) == 7


def test_a_title_of_the_texts_language_comes_first() -> None:
    """Of a word's titles, those of the text's language; where none is, all of them, in order."""
    english, spanish = Title("head_of_state", lang="en"), Title("head_of_government", lang="es")
    assert _own_titles((english, spanish), "es") == [spanish]
    assert _own_titles((english, spanish), "fr") == [english, spanish]


def test_a_token_inside_a_match() -> None:
    """A token lies inside a match from its first token up to, not including, its last."""
    matches = [Match(2, 4, (Word("subordinators", "tr"),))]
    assert _inside_match(matches, 2) and _inside_match(matches, 3)
    assert not _inside_match(matches, 4) and not _inside_match([], 2)
