"""What is particular to the twenty-eighth set, dense reports in six languages: their length, how many
contacts each packs, the datelines, and the non-contacts the notes name beside the contacts.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter

from tests.evalset.registry import HELDOUT28, records
from tests.evalset.set_checks import lengths_outside


def test_reports_are_dense() -> None:
    # 250-600 words, three to eight contacts each (planned ones included), several of them busy; one report
    # has eleven, its four visitors each calling Trump from Kyiv in one clause.
    docs = records(HELDOUT28)
    assert lengths_outside(docs, 250, 600) == {}
    sizes = {r.data["id"]: len(r.data["contacts"]) for r in docs}
    assert {i: n for i, n in sizes.items() if not 3 <= n <= 8} == {"h28-de-002": 11}
    assert sum(n >= 5 for n in sizes.values()) >= 16


def test_every_report_opens_with_an_outlet_dateline() -> None:
    # "PLACE (Outlet) - " in the Latin languages, "ГОРОД, day month (Agency) - " in Russian
    for r in records(HELDOUT28):
        text = r.data["text"]
        if r.data["lang"] == "ru":
            assert re.match(r"^[А-ЯЁ-]+, \d{1,2} [а-я]+ \([^)]+\) - ", text), r.data["id"]
        else:
            assert re.match(r"^[A-ZÀ-Ü][A-ZÀ-Ü ]+(, [A-Z][a-z]+)? \([^)]+\) - ", text), r.data["id"]


def test_notes_name_the_non_contacts() -> None:
    # Each report sets people beside its contacts (ministers, envoys, cancelled meetings); notes name them.
    markers = ("Non-contacts", "No contactos", "Keine Kontakte", "Non contatti", "Не контакты")
    assert all(any(m in r.data["notes"] for m in markers) for r in records(HELDOUT28))


def test_pairs_recur_and_earlier_contacts_are_dated_coarsely() -> None:
    # Background contacts at month precision in every language, and a pair told twice in most reports.
    by_lang = Counter(r.data["lang"] for r in records(HELDOUT28)
                      for c in r.data["contacts"] if c["date_precision"] == "month")
    assert set(by_lang) == set(HELDOUT28.counts)
