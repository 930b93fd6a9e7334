"""A word-level phrase automaton: every lexicon phrase and leader alias, found in one pass over the tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from ingest.extract.tokens import Token

P = TypeVar("P")
T = TypeVar("T")


class _Adverb(tuple):  # type: ignore[type-arg]
    """No step on, from a word a phrase may hold unlisted: an empty tuple, but not the empty tuple ()."""

    __slots__ = ()


# What a node's `after` memo holds for a word that leads nowhere from it: the empty tuple, or for an adverb
# a phrase may hold (PhraseIndex.allow_inside) _ADVERB, which the scan must step over. A scan settles a
# phrase start whose next word maps to _NOWHERE at once, with no walk.
_NOWHERE: tuple[()] = ()
_ADVERB = _Adverb()


# The exact and prefix table of a node no phrase goes on from: one shared empty dict, never written (add gives
# a node a table of its own at its first step on). Three nodes in four are such leaves (a surname, a case
# form): two empty dicts each were 18 MB of the index and as many objects freed at exit.
_NO_STEPS: dict[str, Any] = {}


def _no_steps() -> dict[str, Any]:
    """Return the shared empty table of a node with no step on (see _NO_STEPS)."""
    return _NO_STEPS


def _is_leaf(node: _Node[Any]) -> bool:
    """Tell whether no phrase goes on from a node (its tables are the shared empty one)."""
    return node.exact is _NO_STEPS and node.prefix is _NO_STEPS


@dataclass(slots=True)
class _Node(Generic[P]):
    exact: dict[str, _Node[P]] = field(default_factory=_no_steps)
    prefix: dict[str, _Node[P]] = field(default_factory=_no_steps)
    payloads: tuple[P, ...] = ()
    stems: tuple[int, ...] = ()  # the lengths of this node's prefix words, shortest first
    # where each next word leads from here, by its first key (filled as texts are read: words repeat)
    after: dict[str, tuple[_Node[P], ...]] | None = None


class Match(NamedTuple, Generic[P]):
    """A phrase found in the tokens: token span [first, last) and what the phrase stands for."""

    first: int
    last: int
    payloads: tuple[P, ...]


# Where a word leads from the root: its nodes, its payloads alone, whether a longer phrase begins so, and the
# `after` memo of the one node a longer phrase goes on from, when there is one node. (A plain tuple, not a
# named one: find unpacks one at every word a phrase begins with, and only an exact tuple unpacks in one
# quickened step; a subclass is iterated.)
_Start = tuple[tuple[_Node[P], ...], tuple[P, ...], bool, dict[str, tuple[_Node[P], ...]] | None]


# Folded Hangul is in jamo (tokens.fold: NFKD), so a syllable's final consonant is a letter of its own: the
# prefix "가스*" (gas) begins "가슴" (chest), "수소*" (hydrogen) "수송" (transport), "법치*" (rule of law)
# "법칙" (a rule). The conjoining final consonants, old and modern.
_HANGUL_FINALS = frozenset(map(chr, [*range(0x11A8, 0x1200), *range(0xD7CB, 0xD7FC)]))


class PhraseIndex(Generic[P]):
    """A trie over words; a word ending in "*" matches any word it begins (Arabic and Russian inflection)."""

    def __init__(self, whole_syllables: bool = False) -> None:
        self._root: _Node[P] = _Node()
        # whole_syllables: a prefix ends where a Hangul syllable ends, not before its final consonant (a
        # noun's stem: topic words); verb stems do take one ("만나*" reads "만난", met), so not by default
        self._whole_syllables = whole_syllables
        # Where each word leads from the root, with the payloads of the phrases it is alone: words repeat,
        # so most lookups are one dict hit. Keyed by the token's first key, which decides its keys (the
        # folded form, or a Vietnamese word's toned key: see tokens.tokenize): a str caches its hash, a
        # tuple of keys is hashed again on every lookup. A word
        # no phrase begins with maps to () (false), so a scan can skip it in one test.
        self._memo: dict[str, tuple[()] | _Start[P]] = {}
        # Words a phrase may hold without listing them ("s'étaient déjà rencontrés", "ya se habían reunido").
        self._inserts: frozenset[str] = frozenset()
        # one object for each payload, payload tuple and key added (see _shared)
        self._objects: dict[Any, Any] = {}
        # one leaf node for each payload tuple (see _leaf)
        self._leaves: dict[tuple[P, ...], _Node[P]] = {}

    def allow_inside(self, keys: Iterable[str]) -> None:
        """Let these words (folded keys: adverbs) stand inside any phrase of two or more words."""
        self._inserts = self._inserts | frozenset(keys)

    @property
    def inserts(self) -> frozenset[str]:
        """The adverbs a phrase may hold without listing them."""
        return self._inserts

    def add(self, words: Sequence[str], payload: P) -> None:
        """Add one phrase (already folded into keys) with its payload (also after texts were read)."""
        if not words:
            return
        node = self._root
        table: dict[str, _Node[P]] = {}
        for word in words:
            if word.endswith("*") and len(word) > 1:
                word = word[:-1]
                if len(word) not in node.stems:
                    node.stems = tuple(sorted({*node.stems, len(word)}))
                table = node.prefix
                if table is _NO_STEPS:
                    table = node.prefix = {}
            else:
                table = node.exact
                if table is _NO_STEPS:
                    table = node.exact = {}
            nxt = table.get(word)  # (no throwaway node per step, as setdefault would build)
            if nxt is None or _is_leaf(nxt):
                # a new node, or a leaf (which other phrases may share, see _leaf) copied before it changes;
                # the key one string per index (the same word is a step in thousands of tables)
                word = self._shared(word)
                nxt = table[word] = _Node() if nxt is None else _Node(payloads=nxt.payloads)
                node.after = None  # its memo of where words lead: "nowhere" for this one, or the old leaf
            node = nxt
        if payload not in node.payloads:
            node.payloads = self._shared((*node.payloads, self._shared(payload)))
        if _is_leaf(node):
            table[word] = self._leaf(node)
        self._memo.clear()

    def _leaf(self, node: _Node[P]) -> _Node[P]:
        """Return the one leaf with node's payloads the index holds (node itself the first time).

        Three nodes in four are leaves (a surname, a case form), and their payload tuples are few (35,000
        distinct among 123,000 leaves of the vocabulary): leaves with equal payloads are one node, which no
        walk changes (a leaf has no `after` memo), and add copies one before a phrase goes on from it.
        """
        try:
            held: _Node[P] = self._leaves.setdefault(node.payloads, node)
        except TypeError:  # (unhashable payloads, see _shared: the node stays its own)
            return node
        return held

    def _shared(self, value: T) -> T:
        """Return the one object equal to value the index holds (value itself the first time).

        Most payloads and payload tuples recur ("Name(leader, weak)" at each spelling and case form of a
        leader's names): one object each, not one per node. Unhashable values are kept as they are.
        """
        try:
            held: T = self._objects.setdefault(value, value)
        except TypeError:
            return value
        return held

    def _step(self, node: _Node[P], keys: tuple[str, ...]) -> list[_Node[P]]:
        out = []
        for key in keys:
            nxt = node.exact.get(key)
            if nxt is not None:
                out.append(nxt)
        if node.stems:
            for key in keys:
                for n in node.stems:
                    if n > len(key):
                        break
                    nxt = node.prefix.get(key[:n])
                    if nxt is not None and not (self._whole_syllables and key[n:n + 1] in _HANGUL_FINALS):
                        out.append(nxt)
        return out

    def _from_root(self, token: Token) -> tuple[()] | _Start[P]:
        """Return where a token leads from the root and the payloads there; () when no phrase begins so."""
        hit = self._memo.get(token.keys[0])
        if hit is None:
            if len(self._memo) > 500_000:
                self._memo.clear()
            nodes = tuple(self._step(self._root, token.keys))
            hit = self._memo[token.keys[0]] = _start(nodes) if nodes else ()
        return hit

    def starts(self, token: Token) -> bool:
        """Tell whether some phrase begins with this token."""
        return bool(self._from_root(token))

    def _next(self, node: _Node[P], token: Token) -> tuple[_Node[P], ...]:
        """Return where a token leads from a node (memoized per node by the token's first key)."""
        if not (node.exact or node.stems):
            return ()
        after = node.after
        if after is None:
            after = node.after = {}
        hit = after.get(token.keys[0])
        if hit is None:
            if len(after) > 50_000:
                after.clear()
            hit = tuple(self._step(node, token.keys))
            if not hit and token.keys[0] in self._inserts:
                hit = _ADVERB
            after[token.keys[0]] = hit
        return hit

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None,
             keep: Callable[[tuple[P, ...]], tuple[P, ...]] | None = None) -> list[Match[P]]:
        """Return the longest match starting at each token, left to right, without overlaps.

        keep, when given, filters the payloads where a phrase ends: a phrase left with none is no match,
        so a shorter one inside it can be (a phrase of another language hides none of the text's own).
        """
        end = len(tokens) if end is None else end
        out: list[Match[P]] = []
        memo = self._memo.get
        step = self._next
        inserts = self._inserts
        i = start
        while i < end:
            hit = memo(tokens[i][3][0])
            if hit is None:
                hit = self._from_root(tokens[i])
            if not hit:
                i += 1
                continue
            first, best, grows, after = hit
            if keep is not None:
                best = keep(best)
            if not grows or (after is not None and i + 1 < end
                             and after.get(tokens[i + 1][3][0]) is _NOWHERE):
                # a one-word phrase no longer one begins with ("visited"), or a start the next word goes
                # on from in no phrase (half the words of English begin one: "the", "on"): nothing to walk
                if best:
                    out.append(tuple.__new__(Match, (i, i + 1, best)))
                i += 1
                continue
            best_end = i + 1 if best else -1
            frontier: Sequence[_Node[P]] = first
            j = i + 1
            while j < end:
                tok = tokens[j]
                nxt: Sequence[_Node[P]] | None
                if len(frontier) == 1:
                    node = frontier[0]
                    after = node.after
                    nxt = None if after is None else after.get(tok[3][0])
                    if nxt is None:
                        nxt = step(node, tok)
                else:
                    nxt = _step_all(step, frontier, tok)
                if not nxt and tok.keys[0] in inserts and j + 1 < end \
                        and tokens[j + 1].keys[0] not in inserts:
                    # an adverb inside the phrase: the phrase goes on after it, or ends before it
                    nxt = _step_all(step, frontier, tokens[j + 1])
                    if nxt:
                        j += 1
                if not nxt:
                    break
                j += 1
                found = nxt[0].payloads if len(nxt) == 1 else _payloads(nxt)
                if found and keep is not None:
                    found = keep(found)
                if found:
                    best_end, best = j, found
                frontier = nxt
            if best_end < 0:
                i += 1
                continue
            out.append(tuple.__new__(Match, (i, best_end, best)))  # skips Match's Python-level __new__
            i = best_end
        return out


def _step_all(step: Callable[[_Node[P], Token], Sequence[_Node[P]]], frontier: Sequence[_Node[P]],
              token: Token) -> list[_Node[P]]:
    """Return where a token leads from each node of a frontier, in order.

    (A function, not a comprehension in find: one there made find's locals closure cells, a cell each
    per call, for every sentence and index.)
    """
    out: list[_Node[P]] = []
    for node in frontier:
        out.extend(step(node, token))
    return out


def _start(nodes: tuple[_Node[P], ...]) -> _Start[P]:
    """Return where a word leads from the root (nodes), with its one growing node's `after` memo made."""
    grows = _grows(nodes)
    after = None
    if grows and len(nodes) == 1:
        after = nodes[0].after
        if after is None:
            after = nodes[0].after = {}
    return nodes, _payloads(nodes), grows, after


def _grows(nodes: Sequence[_Node[P]]) -> bool:
    """Tell whether a longer phrase goes on from one of these nodes."""
    for n in nodes:  # noqa: SIM110 (a plain loop, no generator: a word met for the first time)
        if n.exact or n.stems:
            return True
    return False


def _payloads(nodes: Sequence[_Node[P]]) -> tuple[P, ...]:
    """Return the payloads of the phrases ending at these nodes, each once."""
    if len(nodes) == 1:
        return nodes[0].payloads
    return tuple(dict.fromkeys(p for node in nodes for p in node.payloads))
