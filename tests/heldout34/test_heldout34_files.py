"""What is particular to the thirty-fourth set, Greek reports: the accents, the final sigma, the articles
that carry a title's case, and the days the Greek and Cypriot press date by.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT34, records


def _texts() -> list[str]:
    return [r.data["text"] for r in records(HELDOUT34)]


def test_reports_date_as_the_greek_press_does() -> None:
    texts = _texts()
    # "yesterday" against the publication day, a day with its genitive month ("στις 7 Δεκεμβρίου")
    assert sum("χθες" in t for t in texts) >= 12
    assert any(re.search(r"\b\d{1,2} (?:Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Δεκεμβρίου)\b", t) for t in texts)
    assert any(re.search(r"\bτη(?:ν)? (?:Δευτέρα|Πέμπτη|Παρασκευή)\b", t) for t in texts)


def test_titles_are_written_in_their_cases_and_with_accents() -> None:
    texts = _texts()
    # the nominative, genitive and accusative of the one title, as the press writes them, accented
    for form in ("ο πρωθυπουργός", "του πρωθυπουργού", "τον πρωθυπουργό", "τον Πρόεδρο", "του Προέδρου"):
        assert any(form in t for t in texts), form
    # a word ending in the final sigma and a Cypriot agency's dateline
    assert sum("ς" in t for t in texts) == len(texts)
    assert sum("(ΚΥΠΕ)" in t for t in texts) >= 2


def _modes(word: str) -> set[str]:
    """The modes of the gold contacts whose evidence holds the word."""
    return {c["mode"] for r in records(HELDOUT34) for c in r.data["contacts"] if word in c["evidence"]}


def test_the_words_the_greek_press_uses_for_each_mode() -> None:
    assert _modes("Τηλεφωνική επικοινωνία") == {"phone"}
    assert _modes("τηλεδιάσκεψη") == {"video"}
    assert _modes("συναντήθηκε") == {"in_person"}
