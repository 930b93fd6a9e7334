"""What is particular to the sixth held-out set: how its languages write dates, and contacts dated by the
day before publication ("yesterday", a weekday).

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.evalset.registry import HELDOUT6, records
from tests.evalset.set_checks import date_styles, texts_by_language


def test_dates_are_written_as_each_language_writes_them() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT6)))
    # Every Persian document dates things by the Solar Hijri calendar, in Persian digits, as IRNA does.
    assert styles.persian and styles.solar_hijri == styles.persian
    # Some Arabic documents in Eastern Arabic digits, as WAM, QNA and KUNA print them.
    assert styles.arabic_digits >= 3
    # Turkish official long dates ("8 Ocak 2020 Çarşamba") in every Turkish document.
    assert styles.turkish and styles.turkish_long == styles.turkish


def test_some_contacts_happened_the_day_before_publication() -> None:
    # Reports published the morning after ("yesterday", "on Sunday"), in several languages.
    langs = set()
    for r in records(HELDOUT6):
        day_before = (date.fromisoformat(r.data["published"]) - timedelta(days=1)).isoformat()
        if any(c["status"] == "occurred" and c["date"] == day_before for c in r.data["contacts"]):
            langs.add(r.data["lang"])
    assert len(langs) >= 6
