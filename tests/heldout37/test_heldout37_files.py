"""What is particular to the thirty-seventh set, English and German reports in the real press's constructions.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT37, records


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT37) if r.data["lang"] == lang]


def _contacts(word: str) -> list[dict[str, object]]:
    """The gold contacts whose evidence holds the word."""
    return [c for r in records(HELDOUT37) for c in r.data["contacts"] if word in c["evidence"]]


def test_reports_open_as_agencies_do() -> None:
    # a dateline in capitals ("MOSCOW, March 17 -", "LIMA -") or a German place line ("Berlin -")
    assert sum(bool(re.match(r"[A-Z]{4,}( [A-Z][a-z]+ \d{1,2})?,? -", t)) for t in _texts("en")) >= 4
    assert sum(bool(re.match(r"[A-ZÄÖÜ][a-zäöü]+ - ", t)) for t in _texts("de")) >= 4


def test_the_constructions_the_set_was_written_for() -> None:
    # an announced call, then the last one it is the first since: planned, and held
    assert {c["status"] for c in _contacts("first call since")} == {"occurred"}
    assert {c["status"] for c in _contacts("will be held")} == {"planned"}
    # "the first foreign visitor to hold talks with": held
    assert {c["status"] for c in _contacts("the first foreign visitor to hold talks")} == {"occurred"}
    # invitations made in a call: the call held
    assert {(c["mode"], c["status"]) for c in _contacts("invited")} == {("phone", "occurred")}
    assert {(c["mode"], c["status"]) for c in _contacts("nach Deutschland ein")} == {("phone", "occurred")}
    # a German present reflexive on the day, and a future auxiliary before a list of people
    assert {c["status"] for c in _contacts("treffen sich")} == {"occurred"}
    assert {c["status"] for c in _contacts("wird am ersten Tag zudem")} == {"planned"}


def test_leaders_out_of_office_are_no_parties() -> None:
    # a president-elect and a leader of the opposition are named, and are in no contact
    parties = {p["name"] for r in records(HELDOUT37) for c in r.data["contacts"] for p in (c["a"], c["b"])}
    assert any("President-elect Donald Trump" in t for t in _texts("en"))
    assert any("Oppositionsführer" in t for t in _texts("de"))
    assert "Friedrich Merz" in parties  # as chancellor, in 2025
    dated_2022 = [c for r in records(HELDOUT37) if r.data["published"].startswith("2022-05")
                  for c in r.data["contacts"]]
    assert dated_2022 == []
