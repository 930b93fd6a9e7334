"""Round thirteen's speed pass: leaves with equal payloads are one node, and a key is one string per index."""

from __future__ import annotations

from ingest.extract.phrases import _NO_STEPS, PhraseIndex
from ingest.extract.tokens import tokenize


def _found(index: PhraseIndex[str], text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(m.first, m.last, m.payloads) for m in index.find(tokenize(text))]


def test_leaves_with_equal_payloads_are_one_node() -> None:
    """Two phrases ending in the same payloads, with nothing on from them, end in one shared leaf."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("emmanuel", "macron"), "macron")
    index.add(("macron",), "macron")
    index.add(("president", "macron"), "macron")
    full = index._root.exact["emmanuel"].exact["macron"]
    assert full is index._root.exact["macron"] is index._root.exact["president"].exact["macron"]
    assert full.exact is _NO_STEPS and full.prefix is _NO_STEPS


def test_a_phrase_on_from_a_shared_leaf_changes_no_other_phrase() -> None:
    """A phrase on from a shared leaf grows a copy: the other phrases ending there stay as they were."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("olaf", "scholz"), "scholz")
    index.add(("scholz",), "scholz")
    text = "Olaf Scholz met Scholz government members"
    assert _found(index, text) == [(0, 2, ("scholz",)), (3, 4, ("scholz",))]
    index.add(("scholz", "government"), "cabinet")
    index.add(("olaf", "scholz*"), "scholz-forms")
    assert _found(index, text) == [(0, 2, ("scholz", "scholz-forms")), (3, 5, ("cabinet",))]
    assert _found(index, "Scholz spoke") == [(0, 1, ("scholz",))]
    index.add(("kyiv",), "city")
    index.add(("kyiv",), "capital")  # (a payload more on a shared leaf: its own node, the others keep theirs)
    index.add(("kiev",), "city")
    assert _found(index, "Kyiv, Kiev") == [(0, 1, ("city", "capital")), (1, 2, ("city",))]


def test_a_read_index_sees_a_leaf_grown_later() -> None:
    """A word the index remembered as leading nowhere from a leaf leads on once a phrase goes on from it."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("joint",), "joint")
    index.add(("prime", "minister"), "title")
    index.add(("minister",), "title")
    text = "the prime minister statement"
    assert _found(index, text) == [(1, 3, ("title",))]
    index.add(("prime", "minister", "statement"), "statement")
    assert _found(index, text) == [(1, 4, ("statement",))]
    assert _found(index, "minister statement") == [(0, 1, ("title",))]


def test_keys_are_one_string_per_index() -> None:
    """The same word as a step in two tables is one string object."""
    index: PhraseIndex[str] = PhraseIndex()
    index.add(("".join(["vla", "dimir"]), "putin"), "putin")
    index.add(("president", "".join(["vladi", "mir"])), "someone")
    first = next(iter(index._root.exact))
    second = next(iter(index._root.exact["president"].exact))
    assert first == second == "vladimir" and first is second
