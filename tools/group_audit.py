"""Audit the grouping of statements into contacts against the development gold, and try a learned grouping.

Round eleven (r11-learned). For each development document the extractor is run with `group` watched: the
statements it is given, the groups it makes, the parsed sentences and the default day. Each occurred
statement is aligned to the gold contacts of its country pair:

- by evidence: its sentence overlaps the gold contact's evidence (exact text of the document), and no other
  gold contact's of the pair;
- else, when the document's gold has a single occurred contact of the pair, that one (the gold says the pair
  had one contact: every statement of it tells that one);
- else by date: its date (or the narrative's day) may be the date of exactly one gold contact of the pair.

Statements aligned to nothing are left out. Then:

    python tools/group_audit.py audit            # how often the rules' groups disagree with the gold
    python tools/group_audit.py cv               # a pairwise "same contact?" model, cross-validated by set
    python tools/group_audit.py train --out F    # fit on every development set, write the weights

Only the development sets are read (DEV_SETS below, a list of the sets one may tune on; the unseen sets are
never named here). The model is a logistic regression written in numpy: deterministic (Newton steps from
zero weights), over features the rules already compute, never words (kinds of lexicon words only).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.models import Precision  # noqa: E402
from ingest.evaluate import Counts, document_from_record, extract_records, occurred, score  # noqa: E402
from ingest.extract import rules  # noqa: E402
from ingest.extract.assemble import Group, Statement, dates_compatible, modes_compatible  # noqa: E402
from ingest.extract.assemble import group as assemble_group  # noqa: E402
from ingest.extract.parsed import Parsed  # noqa: E402

# The development sets: the ones the project tunes on (tests/gold, tests/heldout and the numbered sets
# listed). A set not listed here is never read.
DEV_NUMBERS = (2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14, 16, 19, 20, 22, 25, 26, 28, 29, 30, 31, 32, 34, 35, 36,
               37, 38, 39, 42, 44)
SHARED_EVAL = ROOT.parent / "shared" / "eval"

Date = tuple[str, Precision] | None
Stump = tuple[int, float, float, float]  # feature, threshold, score at or below it, score above it

# -- features and the model -------------------------------------------------------------------------------

# Kinds of lexicon words whose presence in a statement's sentence may tell another contact of the pair
# ("their previous meeting", "for the first time", "again", "a second call") or the same one told again.
WORD_KINDS = ("last_time", "firsts", "additives", "iteratives", "ordinals", "restating", "since",
              "since_contacts", "after_contacts", "then_words", "returns", "during", "visit", "summit",
              "replies", "planned", "time_relatives", "present")
# Mention kinds that refer back to leaders named before rather than name them.
_BACK = frozenset({"pronoun", "object", "they", "pair", "counterpart", "title"})
_FLAGS = ("background", "pluperfect", "visit", "again", "reply", "heading")
_RELATIONS = ("none", "one", "equal", "compatible", "contradicting")


def feature_names() -> list[str]:
    """Name each feature of `features`, in order (the rules' decision last)."""
    names = ["bias"]
    for what in ("date", "when"):
        names += [f"{what}_{r}" for r in _RELATIONS]
    names += ["same_precision", "mode_equal", "mode_compatible", "mode_none", "min_weight", "max_weight",
              "both_firm", "both_strong"]
    for flag in _FLAGS:
        names += [f"{flag}_both", f"{flag}_one"]
    names += ["same_sentence", "apart_1", "apart_2_3", "apart_far", "same_paragraph"]
    names += ["default_x", "default_y"]
    for kind in WORD_KINDS:  # (a word kind may share a flag's name: "visit")
        names += [f"words_{kind}_both", f"words_{kind}_one"]
    names += ["back_x", "back_y", "names_both", "rules_same"]
    return names


def _date_relation(x: Date, y: Date) -> list[float]:
    """One-hot: both missing, one missing, equal, compatible (one within the other), contradicting."""
    if x is None and y is None:
        return [1.0, 0.0, 0.0, 0.0, 0.0]
    if x is None or y is None:
        return [0.0, 1.0, 0.0, 0.0, 0.0]
    if x == y:
        return [0.0, 0.0, 1.0, 0.0, 0.0]
    if dates_compatible(x[0], y[0]):
        return [0.0, 0.0, 0.0, 1.0, 0.0]
    return [0.0, 0.0, 0.0, 0.0, 1.0]


def _both_one(x: bool, y: bool) -> list[float]:
    return [float(x and y), float(x != y)]


def _kinds(s: Parsed) -> set[str]:
    table = s.word_kinds()
    return {k for k in WORD_KINDS if k in table}


def _back(st: Statement) -> bool:
    return st.a.kind in _BACK or st.b.kind in _BACK


def features(x: Statement, y: Statement, sents: list[Parsed], default: Date, rules_same: bool) -> list[float]:
    """Describe two statements of one leader pair (x read first by `group`) by what the rules compute."""
    out: list[float] = [1.0]
    out += _date_relation(x.date, y.date)
    out += _date_relation(x.date or x.context, y.date or y.context)
    out.append(float(bool(x.date and y.date and x.date[1] == y.date[1])))
    out += [float(x.mode == y.mode), float(modes_compatible(x.mode, y.mode)),
            float(x.mode is None or y.mode is None)]
    out += [min(x.weight, y.weight) / 5, max(x.weight, y.weight) / 5, float(x.weight >= 2 and y.weight >= 2),
            float(x.weight >= 3 and y.weight >= 3)]
    for flag in _FLAGS:
        out += _both_one(bool(getattr(x, flag)), bool(getattr(y, flag)))
    apart = abs(y.sentence - x.sentence)
    out += [float(apart == 0), float(apart == 1), float(2 <= apart <= 3), float(apart > 3)]
    sx, sy = sents[x.sentence], sents[y.sentence]
    out.append(float(sx.paragraph == sy.paragraph))
    for st in (x, y):
        out.append(float(bool(st.date and default and dates_compatible(st.date[0], default[0]))))
    kx, ky = _kinds(sx), _kinds(sy)
    for kind in WORD_KINDS:
        out += _both_one(kind in kx, kind in ky)
    out += [float(_back(x)), float(_back(y)), float(not _back(x) and not _back(y)), float(rules_same)]
    return out


@dataclass(frozen=True)
class Model:
    """A logistic regression's weights (one a feature) or boosted stumps, and how sure it must be to join."""

    weights: tuple[float, ...] = ()
    sure: float = 0.9
    stumps: tuple[Stump, ...] = ()

    def same(self, feats: list[float]) -> float:
        """Return the probability that two statements tell one contact."""
        if self.stumps:
            z = sum(lo if feats[j] <= t else hi for j, t, lo, hi in self.stumps)
        else:
            z = sum(w * f for w, f in zip(self.weights, feats, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def ordered(x: Statement, y: Statement) -> tuple[Statement, Statement]:
    """Return two statements in the order `group` reads them (headings last, else by sentence)."""
    return (x, y) if (x.heading, x.sentence) <= (y.heading, y.sentence) else (y, x)


def rejoin(groups: list[Group], sents: list[Parsed], default: Date, model: Model) -> list[Group]:
    """Join a pair's later group to an earlier one where the model is sure the two tell one contact.

    Only occurred groups of one pair are compared (the mean probability over their statement pairs); a
    contact the rules keep apart as an earlier call (Group.earlier) stays apart.
    """
    by_pair: dict[frozenset[str], list[Group]] = {}
    for g in groups:
        if g.status == "occurred" and not g.earlier:
            by_pair.setdefault(g.pair, []).append(g)
    gone: set[int] = set()
    for same in by_pair.values():
        if len(same) < 2:
            continue
        kept: list[Group] = [same[0]]
        for g in same[1:]:
            best, target = model.sure, None
            for k in kept:
                p = sum(model.same(features(*ordered(x, y), sents, default, False))
                        for x in k.statements for y in g.statements) / (len(k.statements) * len(g.statements))
                if p >= best:
                    best, target = p, k
            if target is None:
                kept.append(g)
            else:
                target.statements.extend(g.statements)
                gone.add(id(g))
    return [g for g in groups if id(g) not in gone] if gone else groups



def dev_sets(shared: bool = True) -> list[tuple[str, list[Path]]]:
    """Return the development sets, each with its JSONL files (only those one may tune on)."""
    out: list[tuple[str, list[Path]]] = []
    if shared and SHARED_EVAL.is_dir():
        out.append(("shared", sorted(SHARED_EVAL.glob("*.jsonl"))))
    out.append(("gold", sorted((ROOT / "tests/gold").glob("*.jsonl"))))
    out.append(("heldout1", sorted((ROOT / "tests/heldout").glob("*.jsonl"))))
    for n in DEV_NUMBERS:
        out.append((f"heldout{n}", sorted((ROOT / f"tests/heldout{n}").glob("*.jsonl"))))
    return [(name, files) for name, files in out if files]


def read_jsonl(files: Sequence[Path]) -> list[dict[str, Any]]:
    """Read gold records from JSONL files."""
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


# -- watching `group` -----------------------------------------------------------------------------------


@dataclass
class Watched:
    """What `group` was given and made for one document, with the parsed sentences and the default day."""

    statements: list[Statement] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    sents: list[Parsed] = field(default_factory=list)
    default: Date = None


class Watch:
    """Wrap the extractor's `group` and `_bare_past` (called with the sentences just before it).

    With a model, the rules' groups are then rejoined by it (what wiring the model into `group` would do).
    """

    def __init__(self, model: Model | None = None) -> None:
        self.model = model
        self.last = Watched()
        self._group: Callable[..., list[Group]] = assemble_group
        self._bare_past = rules._bare_past

    def __enter__(self) -> Watch:
        # (what rules calls now, restored on leaving: a watch may stand inside another)
        self._group = getattr(rules, "group")  # noqa: B009 (rules imports it from assemble: not exported)
        self._bare_past = rules._bare_past

        def bare_past(statements: list[Statement], sents: list[Parsed], language: Any) -> frozenset[int]:
            self.last.sents = sents
            return self._bare_past(statements, sents, language)

        def group(statements: list[Statement], default: Date = None,
                  past: frozenset[int] = frozenset()) -> list[Group]:
            groups = self._group(statements, default, past)
            self.last.statements, self.last.groups = list(statements), list(groups)
            self.last.default = default
            if self.model is not None and len(groups) > 1:
                groups = rejoin(groups, self.last.sents, default, self.model)
            return groups

        setattr(rules, "_bare_past", bare_past)  # noqa: B010 (the module's own names, watched)
        setattr(rules, "group", group)  # noqa: B010
        return self

    def __exit__(self, *exc: object) -> None:
        setattr(rules, "group", self._group)  # noqa: B010
        setattr(rules, "_bare_past", self._bare_past)  # noqa: B010

    def run(self, extractor: rules.RuleExtractor, rec: dict[str, Any]) -> Watched:
        """Extract one gold record and return what `group` saw."""
        self.last = Watched()
        extractor.extract(document_from_record(rec))
        return self.last


# -- alignment ----------------------------------------------------------------------------------------


def pair_of(st: Statement) -> frozenset[str]:
    """Return a statement's two countries (what the gold's matching compares)."""
    return frozenset((st.a.country or "?", st.b.country or "?"))


def gold_pair(c: Mapping[str, Any]) -> frozenset[str]:
    """Return a gold contact's two countries."""
    return frozenset((str(c["a"]["country"]), str(c["b"]["country"])))


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """Return where a gold contact's evidence stands in its document's text (None: not found)."""
    at = text.find(evidence) if evidence else -1
    return (at, at + len(evidence)) if at >= 0 else None


def align(text: str, gold: Sequence[Mapping[str, Any]], w: Watched) -> dict[int, int]:
    """Map each aligned occurred statement (its index in w.statements) to a gold contact's index."""
    spans = [evidence_span(text, str(g.get("evidence") or "")) for g in gold]
    # how many statements of each pair a sentence holds: where it holds two ("their second meeting, after
    # the visit of 6 May"), the evidence of one gold contact does not tell which statement is which
    shared: dict[tuple[int, frozenset[str]], int] = {}
    for st in w.statements:
        key = (st.sentence, pair_of(st))
        shared[key] = shared.get(key, 0) + 1
    out: dict[int, int] = {}
    for k, st in enumerate(w.statements):
        if st.status != "occurred" or st.sentence >= len(w.sents):
            continue
        mine = [i for i, g in enumerate(gold) if gold_pair(g) == pair_of(st)]
        if not mine:
            continue
        if len(mine) == 1:  # the gold says the pair had one contact: every statement of it tells that one
            out[k] = mine[0]
            continue
        s = w.sents[st.sentence]
        day = st.date or st.context
        hit = [i for i in mine if (sp := spans[i]) is not None and sp[0] < s.end and s.start < sp[1]]
        if len(hit) == 1 and (shared[(st.sentence, pair_of(st))] == 1 or st.date is not None) \
                and (day is None or _fits(day, gold[hit[0]])):
            out[k] = hit[0]
            continue
        fits = [i for i in mine if day and _fits(day, gold[i])]
        if len(fits) == 1:
            out[k] = fits[0]
    return out


def _fits(day: tuple[str, Precision], g: Mapping[str, Any]) -> bool:
    """Tell whether a statement's day may be a gold contact's date."""
    return bool(g.get("date")) and dates_compatible(day[0], str(g["date"]))


def group_of(w: Watched) -> dict[int, int]:
    """Map each statement (its index) to the index of the group the rules put it in (absent: none)."""
    by_id = {id(st): k for k, st in enumerate(w.statements)}
    return {by_id[id(st)]: gi for gi, g in enumerate(w.groups) for st in g.statements if id(st) in by_id}


# -- examples -----------------------------------------------------------------------------------------


@dataclass
class Example:
    """A pair of aligned statements of one leader pair in one document."""

    doc: str
    features: list[float]
    same: bool  # the gold: one contact
    rules_same: bool  # the rules: one group


@dataclass
class DocAudit:
    """How the rules' groups of one document stand against its gold contacts."""

    merged: int = 0  # groups holding statements of two gold contacts
    split: int = 0  # gold contacts whose statements stand in two groups or more
    unaligned: int = 0  # occurred statements aligned to no gold contact
    aligned: int = 0
    examples: list[Example] = field(default_factory=list)


def audit_doc(rec: dict[str, Any], w: Watched) -> DocAudit:
    """Align one document's statements to its gold and list its statement pairs as examples."""
    gold = occurred(list(rec.get("contacts") or []))
    text = str(rec.get("text") or "")
    to_gold = align(text, gold, w)
    to_group = group_of(w)
    out = DocAudit(aligned=len(to_gold))
    out.unaligned = sum(1 for st in w.statements if st.status == "occurred") - len(to_gold)
    kept = [k for k in sorted(to_gold) if k in to_group]  # (a heading that joined nothing: no contact)
    golds_of_group: dict[int, set[int]] = {}
    groups_of_gold: dict[int, set[int]] = {}
    for k in kept:
        golds_of_group.setdefault(to_group[k], set()).add(to_gold[k])
        groups_of_gold.setdefault(to_gold[k], set()).add(to_group[k])
    out.merged = sum(1 for v in golds_of_group.values() if len(v) > 1)
    out.split = sum(1 for v in groups_of_gold.values() if len(v) > 1)
    # (the statements in the order `group` reads them: headings last, as its sort puts them)
    for i, k in enumerate(kept):
        for j in kept[i + 1:]:
            x, y = ordered(w.statements[k], w.statements[j])
            if pair_of(x) != pair_of(y):
                continue
            rules_same = to_group[k] == to_group[j]
            out.examples.append(Example(str(rec["id"]), features(x, y, w.sents, w.default, rules_same),
                                        to_gold[k] == to_gold[j], rules_same))
    return out


def collect(sets: list[tuple[str, list[Path]]]) -> Iterator[tuple[str, DocAudit]]:
    """Run the extractor over every document of the sets; yield each set's name and each document's audit."""
    from ingest.gazetteer import load_default

    extractor = rules.RuleExtractor(load_default())
    with Watch() as watch:
        for name, files in sets:
            for rec in read_jsonl(files):
                yield name, audit_doc(rec, watch.run(extractor, rec))


# -- the model ------------------------------------------------------------------------------------------


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """Fit a logistic regression by Newton steps from zero weights (deterministic); the bias is not shrunk."""
    w = np.zeros(x.shape[1])
    shrink = np.full(x.shape[1], l2)
    shrink[0] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + shrink * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(shrink)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Return the probability that each pair is one contact."""
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ w))))




def fit_stumps(x: np.ndarray, y: np.ndarray, rounds: int = 100, rate: float = 0.3,
               l2: float = 1.0) -> list[Stump]:
    """Boost decision stumps on the logistic loss (Newton leaves, shrunk by rate); deterministic."""
    base = float(np.log((y.sum() + 1) / (len(y) - y.sum() + 1)))
    out: list[Stump] = [(0, np.inf, base, base)]
    f = np.full(len(y), base)
    cuts = [np.unique(x[:, j])[:-1] for j in range(x.shape[1])]
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-f))
        g, h = p - y, p * (1 - p)
        best: tuple[float, Stump] | None = None
        for j, thresholds in enumerate(cuts):
            for t in thresholds[:8]:
                low = x[:, j] <= t
                gl, hl = g[low].sum(), h[low].sum()
                gr, hr = g.sum() - gl, h.sum() - hl
                gain = gl * gl / (hl + l2) + gr * gr / (hr + l2)
                if best is None or gain > best[0]:
                    best = (gain, (j, float(t), -rate * gl / (hl + l2), -rate * gr / (hr + l2)))
        if best is None:
            break
        j, t, lo, hi = best[1]
        out.append(best[1])
        f += np.where(x[:, j] <= t, lo, hi)
    return out


def predict_stumps(stumps: list[Stump], x: np.ndarray) -> np.ndarray:
    """Return the probability that each pair is one contact, by the boosted stumps."""
    f = np.zeros(len(x))
    for j, t, lo, hi in stumps:
        f += np.where(x[:, j] <= t, lo, hi)
    return np.asarray(1.0 / (1.0 + np.exp(-f)))


def _matrix(examples: Sequence[Example], stack: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the features (with the rules' decision last when stacked), the gold and the rules' decisions."""
    x = np.array([e.features for e in examples], dtype=float).reshape(len(examples), len(feature_names()))
    y = np.array([e.same for e in examples], dtype=float)
    r = np.array([e.rules_same for e in examples], dtype=float)
    return (x if stack else x[:, :-1]), y, r


@dataclass
class Scores:
    """Pairwise decisions against the gold: the rules', the model's, and a hybrid's (model where sure)."""

    pairs: int = 0
    rules_right: int = 0
    model_right: int = 0
    hybrid_right: int = 0
    hybrid_used: int = 0
    gold_same: int = 0

    def add(self, y: np.ndarray, r: np.ndarray, p: np.ndarray, sure: float) -> None:
        """Count one fold's pairs."""
        m = (p >= 0.5).astype(float)
        confident = (p >= sure) | (p <= 1 - sure)
        h = np.where(confident, m, r)
        self.pairs += len(y)
        self.gold_same += int(y.sum())
        self.rules_right += int((r == y).sum())
        self.model_right += int((m == y).sum())
        self.hybrid_right += int((h == y).sum())
        self.hybrid_used += int(confident.sum())

    def line(self, name: str) -> str:
        """One line of figures."""
        n = max(self.pairs, 1)
        return (f"{name:<12} pairs {self.pairs:5d} same {self.gold_same:5d}  rules {self.rules_right / n:.3f}"
                f"  model {self.model_right / n:.3f}  hybrid {self.hybrid_right / n:.3f}"
                f" (model decides {self.hybrid_used})")


def cross_validate(by_set: dict[str, list[Example]], l2: float, sure: float, stack: bool = False,
                   stumps: int = 0) -> dict[str, Scores]:
    """Leave one set out: fit on every other set, score the one left out (never train and test on one).

    stack adds the rules' decision as a feature (the model learns where to overrule them); stumps > 0
    boosts that many stumps instead of the logistic regression.
    """
    out: dict[str, Scores] = {}
    for name, held in by_set.items():
        train = [e for other, ex in by_set.items() if other != name for e in ex]
        if not held or not train:
            continue
        xt, yt, _ = _matrix(train, stack)
        x, y, r = _matrix(held, stack)
        p = predict_stumps(fit_stumps(xt, yt, stumps, l2=l2), x) if stumps else predict(fit(xt, yt, l2), x)
        out.setdefault(name, Scores()).add(y, r, p, sure)
    return out


def battery_cv(by_set: dict[str, list[Example]], l2: float, sure: float,
               shared: bool, stumps: int = 0) -> list[tuple[str, Counts, Counts]]:
    """Score each development set's contacts with the rules alone and with the model fitted on the others."""
    from ingest.gazetteer import load_default

    extractor = rules.RuleExtractor(load_default())
    out: list[tuple[str, Counts, Counts]] = []
    for name, files in dev_sets(shared):
        records = read_jsonl(files)
        before = score(records, extract_records(records, extractor)).overall
        # (the model only joins groups: it learns from the pairs the rules keep apart)
        train = [e for other, ex in by_set.items() if other != name for e in ex if not e.rules_same]
        x, y, _ = _matrix(train, stack=True)
        model = Model(sure=sure, stumps=tuple(fit_stumps(x, y, stumps, l2=l2))) if stumps \
            else Model(tuple(float(v) for v in fit(x, y, l2)), sure)
        with Watch(model):
            after = score(records, extract_records(records, extractor)).overall
        out.append((name, before, after))
    return out


def _counts_line(name: str, c: Counts) -> str:
    return f"{name:<12} TP {c.tp:4d} FP {c.fp:3d} FN {c.fn:3d} F1 {c.f1:.3f}"


# -- command line -------------------------------------------------------------------------------------


def _gather(shared: bool, cache: Path | None = None) -> tuple[dict[str, list[Example]], dict[str, DocAudit]]:
    """Audit every development document (or read a cache of an earlier run, and write one)."""
    if cache is not None and cache.exists():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return ({k: [Example(**e) for e in v] for k, v in raw["examples"].items()},
                {k: DocAudit(**v) for k, v in raw["totals"].items()})
    by_set: dict[str, list[Example]] = {}
    totals: dict[str, DocAudit] = {}
    for name, doc in collect(dev_sets(shared)):
        by_set.setdefault(name, []).extend(doc.examples)
        t = totals.setdefault(name, DocAudit())
        t.merged += doc.merged
        t.split += doc.split
        t.aligned += doc.aligned
        t.unaligned += doc.unaligned
    if cache is not None:
        cache.write_text(json.dumps({
            "examples": {k: [vars(e) for e in v] for k, v in by_set.items()},
            "totals": {k: {f: getattr(t, f) for f in ("merged", "split", "unaligned", "aligned")}
                       for k, t in totals.items()}}), encoding="utf-8")
    return by_set, totals


def main(argv: Sequence[str] | None = None) -> int:
    """Audit, cross-validate or train, as the command line asks."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("audit", "cv", "battery-cv", "train"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--sure", type=float, default=0.9, help="the hybrid's confidence for the model to decide")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--stack", action="store_true", help="give the model the rules' decision as a feature")
    ap.add_argument("--stumps", type=int, default=0, help="boost this many stumps (0: logistic regression)")
    ap.add_argument("--no-shared", action="store_true", help="leave out /work/shared/eval")
    ap.add_argument("--cache", type=Path, default=None, help="a file keeping the audited pairs between runs")
    args = ap.parse_args(argv)
    by_set, totals = _gather(not args.no_shared, args.cache)
    if args.command == "audit":
        all_ = DocAudit()
        for name, t in totals.items():
            ex = by_set.get(name, [])
            wrong = sum(1 for e in ex if e.same != e.rules_same)
            print(f"{name:<12} aligned {t.aligned:4d} unaligned {t.unaligned:4d} merged {t.merged:3d}"
                  f" split {t.split:3d} pairs {len(ex):5d} rules-wrong {wrong:4d}")
            all_.merged += t.merged
            all_.split += t.split
            all_.aligned += t.aligned
            all_.unaligned += t.unaligned
        ex = [e for v in by_set.values() for e in v]
        merged_pairs = sum(1 for e in ex if e.rules_same and not e.same)
        split_pairs = sum(1 for e in ex if e.same and not e.rules_same)
        print(f"{'ALL-DEV':<12} aligned {all_.aligned:4d} unaligned {all_.unaligned:4d}"
              f" merged {all_.merged:3d} split {all_.split:3d} pairs {len(ex):5d}"
              f" rules-wrong {merged_pairs + split_pairs:4d}"
              f" (merged pairs {merged_pairs}, split pairs {split_pairs})")
    elif args.command == "cv":
        scores = cross_validate(by_set, args.l2, args.sure, args.stack, args.stumps)
        total = Scores()
        for name, s in scores.items():
            print(s.line(name))
            for f in ("pairs", "rules_right", "model_right", "hybrid_right", "hybrid_used", "gold_same"):
                setattr(total, f, getattr(total, f) + getattr(s, f))
        print(total.line("ALL-DEV"))
    elif args.command == "battery-cv":
        before, after = Counts(), Counts()
        for name, b, a in battery_cv(by_set, args.l2, args.sure, not args.no_shared, args.stumps):
            moved = "" if (b.tp, b.fp, b.fn) == (a.tp, a.fp, a.fn) else "   <- moved"
            print(f"{_counts_line(name, b)}  ->  {_counts_line('', a).strip()}{moved}")
            if name == "shared":
                continue  # (ALL-DEV as devbattery.sh counts it: the repository's sets)
            for tally, c in ((before, b), (after, a)):
                tally.tp, tally.fp, tally.fn = tally.tp + c.tp, tally.fp + c.fp, tally.fn + c.fn
        print(f"{_counts_line('ALL-DEV', before)}  ->  {_counts_line('', after).strip()}")
    else:
        x, y, _ = _matrix([e for v in by_set.values() for e in v if not e.rules_same], stack=True)
        w = fit(x, y, args.l2)
        weights = dict(zip(feature_names(), (round(float(v), 6) for v in w), strict=True))
        text = json.dumps({"l2": args.l2, "sure": args.sure, "weights": weights}, indent=1) + "\n"
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
