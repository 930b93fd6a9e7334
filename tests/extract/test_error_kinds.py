"""Error kinds: each miss and extra of a scored document under the first kind that fits it."""

from __future__ import annotations

from typing import Any

from ingest import error_kinds as k
from ingest.error_kinds import error_kinds, render_kinds


def _c(a: tuple[str, str], b: tuple[str, str], date: str | None, status: str = "occurred") -> dict[str, Any]:
    return {"a": {"name": a[0], "country": a[1]}, "b": {"name": b[0], "country": b[1]},
            "mode": "phone", "date": date, "status": status}


MACRON = ("Emmanuel Macron", "FRA")
BAYROU = ("Francois Bayrou", "FRA")
ERDOGAN = ("Recep Tayyip Erdogan", "TUR")
SISI = ("Abdel Fattah el-Sisi", "EGY")
MERZ = ("Friedrich Merz", "DEU")


def _kinds(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, int]:
    return dict(error_kinds([{"id": "x", "contacts": gold}], [{"id": "x", "contacts": pred}]))


def test_a_background_contact_of_a_found_pair_is_told_from_another_persons_contact() -> None:
    gold = [_c(MACRON, ERDOGAN, "2025-06-02"), _c(ERDOGAN, MACRON, "2024-11"),
            _c(BAYROU, ERDOGAN, "2025-06-02")]
    want = {k.MISSED_TWIN_SAME: 1, k.MISSED_TWIN_OTHER: 1}
    assert _kinds(gold, [_c(MACRON, ERDOGAN, "2025-06-02")]) == want


def test_a_wrong_side_is_one_miss_and_one_extra_of_the_swapped_kinds() -> None:
    gold = [_c(MACRON, ERDOGAN, "2025-06-02")]
    assert _kinds(gold, [_c(MACRON, SISI, "2025-06-02")]) == {k.MISSED_SWAPPED: 1, k.EXTRA_SWAPPED: 1}


def test_status_errors_both_ways() -> None:
    gold = [_c(MACRON, ERDOGAN, "2025-06-02"), _c(MACRON, SISI, "2025-07-01", status="planned")]
    pred = [_c(MACRON, ERDOGAN, "2025-06-02", status="planned"), _c(MACRON, SISI, "2025-07-01")]
    assert _kinds(gold, pred) == {k.MISSED_AS_PLANNED: 1, k.EXTRA_PLANNED: 1}


def test_negative_documents_silence_and_unrelated_pairs() -> None:
    assert _kinds([], [_c(MACRON, SISI, None)]) == {k.EXTRA_NEGATIVE: 1}
    assert _kinds([_c(MACRON, SISI, None)], []) == {k.MISSED_SILENT: 1}
    gold = [_c(MACRON, ERDOGAN, "2025-06-02"), _c(SISI, MERZ, None)]
    pred = [_c(MACRON, ERDOGAN, "2025-06-02"), _c(MACRON, ERDOGAN, "2025-06-02"),
            _c(ERDOGAN, MERZ, "2025-06-02")]
    # the Sisi-Merz miss shares Germany with the Erdogan-Merz extra: a wrong side, not an unrelated pair
    assert _kinds(gold, pred) == {k.EXTRA_TWIN: 1, k.MISSED_SWAPPED: 1, k.EXTRA_SWAPPED: 1}


def test_counts_add_up_and_render_in_kind_order() -> None:
    gold = [_c(MACRON, ERDOGAN, "2025-06-02")]
    counts = error_kinds([{"id": "x", "contacts": gold}, {"id": "y", "contacts": []}],
                         [{"id": "x", "contacts": []}, {"id": "y", "contacts": [_c(SISI, MERZ, None)]}])
    assert sum(counts.values()) == 2
    assert render_kinds(counts).splitlines() == [f"    1  {k.MISSED_SILENT}", f"    1  {k.EXTRA_NEGATIVE}"]
