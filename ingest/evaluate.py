"""Scoring extracted contacts against gold records, exactly by the rule in shared/eval/SCHEMA.md.

Also the converters the CLI needs: gold-form records from contacts, and `extract_records` to run an
extractor over gold (or any) JSONL records.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from graph.keys import content_hash
from graph.merge import date_distance
from graph.models import Contact, Document, Participant
from graph.text import fold
from ingest.extract.base import Extractor
from ingest.extract.tokens import split_words

log = logging.getLogger(__name__)

Record = Mapping[str, Any]

# Name particles ignored when comparing names ("al-Sharaa" and "Sharaa" share "sharaa").
_PARTICLES = frozenset(split_words(
    "al el bin ben ibn bint abu abd de da do dos das del della di du la le van von der den ter "
    "y e"))
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


# -- converters ----------------------------------------------------------------------------------------


def document_from_record(rec: Record) -> Document:
    """Build a Document from a record with the gold document fields (id, url, lang, published, text)."""
    text = str(rec.get("text") or "")
    return Document(
        id=str(rec["id"]), url=rec.get("url"), title=rec.get("title"), lang=rec.get("lang"),
        published=_day(rec.get("published")), text=text, content_hash=content_hash(text))


def _day(value: object) -> date | None:
    """Read a publication date: "2026-01-09" or a timestamp starting with one; anything else is unknown."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _participant_record(p: Participant) -> dict[str, Any]:
    return {"name": p.name, "country": p.country, "role": p.role, "id": p.leader_id}


def contact_to_record(contact: Contact) -> dict[str, Any]:
    """Render a contact with exactly the gold contact fields of SCHEMA.md, participants with their id."""
    a, b = contact.a, contact.b
    if contact.initiator is not None and contact.initiator == b.leader_id:
        a, b = b, a  # the initiator (caller, sender) first, as the gold set writes it
    source = contact.sources[0] if contact.sources else None
    return {
        "a": _participant_record(a),
        "b": _participant_record(b),
        "mode": contact.mode,
        "setting": contact.setting,
        "date": contact.date,
        "date_precision": contact.date_precision,
        "status": contact.status,
        "topics": list(contact.topics),
        "places_discussed": list(contact.places),
        "evidence": source.evidence if source else "",
    }


def extract_records(records: Iterable[Record], extractor: Extractor) -> list[dict[str, Any]]:
    """Run the extractor over records; one {"id", "contacts"} result per record, in order."""
    out = []
    for rec in records:
        doc = document_from_record(rec)
        try:
            contacts = [contact_to_record(c) for c in extractor.extract(doc)]
        except Exception:  # one bad document must not lose the results of all the others
            log.exception("extraction failed on document %s; it counts as finding no contact", doc.id)
            contacts = []
        out.append({"id": doc.id, "contacts": contacts})
    return out


# -- scoring ------------------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    docs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted contacts that match a gold contact."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold contacts matched by a prediction."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """An accuracy: how many of how many."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """The share, 1.0 when there is nothing to count."""
        return self.hit / self.total if self.total else 1.0


@dataclass
class EvalResult:
    """Scores overall and per language, attribute accuracies on matched pairs, and topic micro scores."""

    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    mode: Ratio = field(default_factory=Ratio)
    date: Ratio = field(default_factory=Ratio)
    name: Ratio = field(default_factory=Ratio)
    topic_tp: int = 0
    topic_pred: int = 0
    topic_gold: int = 0
    # (document id, "FP" | "FN", pair) for reading what went wrong
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def topic_precision(self) -> float:
        """Micro precision of topic codes on matched pairs."""
        return self.topic_tp / self.topic_pred if self.topic_pred else 1.0

    @property
    def topic_recall(self) -> float:
        """Micro recall of topic codes on matched pairs."""
        return self.topic_tp / self.topic_gold if self.topic_gold else 1.0

    @property
    def topic_f1(self) -> float:
        """Micro F1 of topic codes on matched pairs."""
        p, r = self.topic_precision, self.topic_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def country_pair(c: Record) -> frozenset[str]:
    """Return the contact's two countries, in no order: what matching compares."""
    return frozenset((str(c["a"]["country"]), str(c["b"]["country"])))


def _name_tokens(name: str) -> set[str]:
    return {t for t in fold(name).split() if t not in _PARTICLES}


def names_match(gold: str, predicted: str) -> bool:
    """Tell whether two names share a token, ignoring case, diacritics and particles (al, bin, de ...)."""
    return bool(_name_tokens(gold) & _name_tokens(predicted))


def _date_ok(gold: Record, pred: Record) -> bool:
    want = gold.get("date")
    got = pred.get("date")
    n = _PRECISION_LEN.get(str(gold.get("date_precision") or ""), len(str(want)))
    return isinstance(got, str) and len(got) >= n and got[:n] == want


def occurred(contacts: Sequence[Record]) -> list[Record]:
    """Keep the contacts that took place (planned ones are not scored)."""
    return [c for c in contacts if c.get("status", "occurred") == "occurred"]


def match_contacts(gold: Sequence[Record], pred: Sequence[Record]) -> list[tuple[int, int]]:
    """Match predictions to gold contacts of one document: same country pair, closest date, once each."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if country_pair(g) == country_pair(p):
                candidates.append((date_distance(g.get("date"), p.get("date")), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def score(gold_records: Iterable[Record], predicted: Iterable[Record]) -> EvalResult:
    """Score predicted records ({"id", "contacts"}) against gold records, by SCHEMA.md's rule."""
    by_id = {str(r["id"]): list(r.get("contacts") or []) for r in predicted}
    result = EvalResult()
    for rec in gold_records:
        doc_id = str(rec["id"])
        lang = str(rec.get("lang") or "??")
        gold = occurred(list(rec.get("contacts") or []))
        pred = occurred(by_id.get(doc_id, []))
        matched = match_contacts(gold, pred)
        counts = result.by_lang.setdefault(lang, Counts())
        for c in (counts, result.overall):
            c.docs += 1
            c.tp += len(matched)
            c.fp += len(pred) - len(matched)
            c.fn += len(gold) - len(matched)
        mg = {gi for gi, _ in matched}
        mp = {pi for _, pi in matched}
        result.errors += [(doc_id, "FN", "-".join(sorted(country_pair(g))))
                          for i, g in enumerate(gold) if i not in mg]
        result.errors += [(doc_id, "FP", "-".join(sorted(country_pair(p))))
                          for i, p in enumerate(pred) if i not in mp]
        for gi, pi in matched:
            _score_pair(result, gold[gi], pred[pi])
    return result


def _score_pair(result: EvalResult, g: Record, p: Record) -> None:
    result.mode.total += 1
    result.mode.hit += g.get("mode") == p.get("mode")
    if g.get("date"):
        result.date.total += 1
        result.date.hit += _date_ok(g, p)
    for side in ("a", "b"):
        want = g[side]
        got = next((p[s] for s in ("a", "b") if p[s]["country"] == want["country"]), None)
        result.name.total += 1
        result.name.hit += got is not None and names_match(str(want["name"]), str(got["name"]))
    gt, pt = set(g.get("topics") or []), set(p.get("topics") or [])
    result.topic_tp += len(gt & pt)
    result.topic_pred += len(pt)
    result.topic_gold += len(gt)


def render_table(result: EvalResult) -> str:
    """Render the scores as a plain-text table: P/R/F1 overall and per language, then the accuracies."""
    rows: list[tuple[str, ...]] = [("language", "docs", "TP", "FP", "FN", "precision", "recall", "F1")]

    def row(label: str, c: Counts) -> tuple[str, ...]:
        return (label, str(c.docs), str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}",
                f"{c.recall:.3f}", f"{c.f1:.3f}")

    for lang in sorted(result.by_lang):
        rows.append(row(lang, result.by_lang[lang]))
    rows.append(row("overall", result.overall))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(r, widths, strict=True))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.insert(len(lines) - 1, "  ".join("-" * w for w in widths))
    lines.append("")
    for label, ratio in (("mode accuracy", result.mode), ("date accuracy", result.date),
                         ("name accuracy", result.name)):
        lines.append(f"{label:<16}{ratio.value:.3f}  ({ratio.hit}/{ratio.total})")
    lines.append(f"{'topics':<16}P {result.topic_precision:.3f}  R {result.topic_recall:.3f}  "
                 f"F1 {result.topic_f1:.3f}")
    return "\n".join(lines)
