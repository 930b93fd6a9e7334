"""Round twelve's speed pass: smaller phrase nodes and shared payloads in the phrase index."""

from __future__ import annotations

from ingest.extract.phrases import _NO_STEPS, PhraseIndex
from ingest.extract.tokens import tokenize
from ingest.extract.vocab import Word


def test_a_leaf_shares_the_empty_table_and_a_step_gets_its_own() -> None:
    """A node no phrase goes on from holds the shared empty table; the first phrase on from it, its own."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("state", "visit"), "visit")
    leaf = index._root.exact["state"].exact["visit"]
    assert leaf.exact is _NO_STEPS and leaf.prefix is _NO_STEPS and not _NO_STEPS
    index.add(("state", "visit", "abroad"), "trip")
    index.add(("state", "visit*"), "visits")
    grown = index._root.exact["state"].exact["visit"]  # (a copy of the leaf since round thirteen: see _leaf)
    assert grown.exact is not _NO_STEPS and not _NO_STEPS
    tokens = tokenize("a state visit abroad, state visits")
    found = [(m.first, m.last, m.payloads) for m in index.find(tokens)]
    assert found == [(1, 4, ("trip",)), (4, 6, ("visits",))]  # (the comma is no token)


def test_a_phrase_added_after_a_text_was_read_is_found() -> None:
    """Adding a phrase forgets what the index remembered of where words lead ("nowhere" for its word)."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("phone", "call"), "call")
    tokens = tokenize("a phone talk, a phone call")
    assert [m.payloads for m in index.find(tokens)] == [("call",)]
    index.add(("phone", "talk"), "talk")
    index.add(("a",), "article")
    assert [m.payloads for m in index.find(tokens)] == [("article",), ("talk",), ("article",), ("call",)]


def test_equal_payloads_and_payload_tuples_are_one_object() -> None:
    """A payload (and a tuple of them) met again at another node is the object the index already holds."""
    index: PhraseIndex[Word] = PhraseIndex()
    index.add(("talks",), Word("meeting", "en"))
    index.add(("held", "talks"), Word("meeting", "en"))
    index.add(("discussions",), Word("meeting", "en"))
    one, two, three = (index._root.exact[w] for w in ("talks", "held", "discussions"))
    assert one.payloads is three.payloads and one.payloads[0] is two.exact["talks"].payloads[0]


def test_unhashable_payloads_are_kept_as_they_are() -> None:
    """A payload the index cannot hash is stored itself, as before."""
    index: PhraseIndex[list[str]] = PhraseIndex()
    index.add(("summit",), ["a"])
    index.add(("summit",), ["b"])
    assert [m.payloads for m in index.find(tokenize("the summit"))] == [(["a"], ["b"])]
