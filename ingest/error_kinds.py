"""Sorting the extractor's errors on gold files into kinds, each pointing at a mechanism to look at.

`diplograph eval --kinds` prints the counts only, never a text: the kinds of a held-out set can be read
without reading the set. A miss (false negative) or an extra (false positive) gets the first kind that
fits, in the order below, so the counts add up to the FN and FP of the score table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.evaluate import Record, country_pair, match_contacts, names_match, occurred

# The kinds, in the order they are tried and printed.
MISSED_AS_PLANNED = "missed: we read it as planned"
MISSED_SILENT = "missed: we found nothing in the document"
MISSED_TWIN_SAME = "missed: another contact of a pair we found, same two persons"
MISSED_TWIN_OTHER = "missed: another contact of a pair we found, another person of a country"
MISSED_SWAPPED = "missed: one side wrong (an extra shares one country)"
MISSED_BOTH_ELSEWHERE = "missed: both countries in our other contacts"
MISSED_ONE_ELSEWHERE = "missed: one country in our other contacts"
MISSED_NEITHER = "missed: neither country in our contacts"
EXTRA_PLANNED = "extra: the gold says planned"
EXTRA_NEGATIVE = "extra: the document has no contact"
EXTRA_TWIN = "extra: a second contact of a pair the gold has once"
EXTRA_SWAPPED = "extra: one side wrong (shares one country with a miss)"
EXTRA_BOTH_IN_GOLD = "extra: both countries in the gold, not as a pair"
EXTRA_ONE_IN_GOLD = "extra: one country in the gold"
EXTRA_NEITHER = "extra: neither country in the gold"
KINDS = (MISSED_AS_PLANNED, MISSED_SILENT, MISSED_TWIN_SAME, MISSED_TWIN_OTHER, MISSED_SWAPPED,
         MISSED_BOTH_ELSEWHERE, MISSED_ONE_ELSEWHERE, MISSED_NEITHER, EXTRA_PLANNED, EXTRA_NEGATIVE,
         EXTRA_TWIN, EXTRA_SWAPPED, EXTRA_BOTH_IN_GOLD, EXTRA_ONE_IN_GOLD, EXTRA_NEITHER)


def _names(c: Record) -> tuple[str, str]:
    return str(c["a"]["name"]), str(c["b"]["name"])


def _same_persons(one: Record, other: Record) -> bool:
    return all(any(names_match(x, y) for y in _names(other)) for x in _names(one))


def _missed_kind(g: Record, twins: Sequence[Record], all_pred: Sequence[Record], extras: Sequence[Record],
                 ours: set[str]) -> str:
    pair = country_pair(g)
    if any(country_pair(p) == pair and p.get("status") == "planned" for p in all_pred):
        return MISSED_AS_PLANNED
    if not all_pred:
        return MISSED_SILENT
    if twins:
        return MISSED_TWIN_SAME if _same_persons(g, twins[0]) else MISSED_TWIN_OTHER
    if any(pair & country_pair(p) for p in extras):
        return MISSED_SWAPPED
    if pair <= ours:
        return MISSED_BOTH_ELSEWHERE
    return MISSED_ONE_ELSEWHERE if pair & ours else MISSED_NEITHER


def _extra_kind(p: Record, all_gold: Sequence[Record], found: Sequence[Record], misses: Sequence[Record],
                theirs: set[str]) -> str:
    pair = country_pair(p)
    if not all_gold:
        return EXTRA_NEGATIVE
    if any(country_pair(g) == pair and g.get("status") == "planned" for g in all_gold):
        return EXTRA_PLANNED
    if any(country_pair(g) == pair for g in found):
        return EXTRA_TWIN
    if any(pair & country_pair(g) for g in misses):
        return EXTRA_SWAPPED
    if pair <= theirs:
        return EXTRA_BOTH_IN_GOLD
    return EXTRA_ONE_IN_GOLD if pair & theirs else EXTRA_NEITHER


def error_kinds(gold_records: Iterable[Record], predicted: Iterable[Record]) -> Counter[str]:
    """Count each false negative and false positive under the first kind that fits it."""
    by_id = {str(r["id"]): list(r.get("contacts") or []) for r in predicted}
    counts: Counter[str] = Counter()
    for rec in gold_records:
        all_gold = list(rec.get("contacts") or [])
        all_pred = by_id.get(str(rec["id"]), [])
        gold, pred = occurred(all_gold), occurred(all_pred)
        matched = dict(match_contacts(gold, pred))
        found = [gold[gi] for gi in matched]
        misses = [g for gi, g in enumerate(gold) if gi not in matched]
        hit = set(matched.values())
        extras = [p for pi, p in enumerate(pred) if pi not in hit]
        ours = {c for p in all_pred for c in country_pair(p)}
        theirs = {c for g in all_gold for c in country_pair(g)}
        for g in misses:
            twins = [t for t in found if country_pair(t) == country_pair(g)]
            counts[_missed_kind(g, twins, all_pred, extras, ours)] += 1
        for p in extras:
            counts[_extra_kind(p, all_gold, found, misses, theirs)] += 1
    return counts


def render_kinds(counts: Counter[str]) -> str:
    """Render the kinds that occur, misses first, as plain-text lines of count and kind."""
    return "\n".join(f"{counts[k]:5d}  {k}" for k in KINDS if counts[k])
