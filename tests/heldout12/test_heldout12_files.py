"""What is particular to the twelfth held-out set: long reports as news sites print them, and their dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT12, records
from tests.evalset.set_checks import date_styles, missing_marks, not_long_reports, texts_by_language

# The line each language's sites put between paragraphs to point to another article.
READ_MORE = {
    "de": "Lesen Sie auch:",
    "tr": "İlginizi çekebilir:",
    "fa": "بیشتر بخوانید:",
    "it": "Leggi anche:",
    "pt": "Leia também:",
}
# How a photo caption is marked in the body text, as scrapers keep it.
CAPTION = {"de": "Foto", "tr": "Fotoğraf:", "fa": "عکس:", "it": "(Foto", "pt": "(Foto"}


def test_texts_are_long_reports_in_many_paragraphs() -> None:
    # The earlier sets hold 150-230 words; these are full reports with headline, lede and background.
    assert not_long_reports(records(HELDOUT12)) == {}
    assert all(r.data["title"] for r in records(HELDOUT12))


def test_every_report_keeps_a_caption_and_a_read_more_line() -> None:
    assert missing_marks(records(HELDOUT12), {"caption": CAPTION, "read more": READ_MORE}) == {}


def test_dates_are_written_as_each_language_writes_them() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT12)))
    # Every Persian report dates things by the Solar Hijri calendar, in Persian digits.
    assert styles.persian and styles.solar_hijri == styles.persian
    # Turkish official long dates ("15 Kasım 1999 Pazartesi") in every Turkish report.
    assert styles.turkish and styles.turkish_long == styles.turkish


def test_relative_days_and_agency_datelines() -> None:
    texts = texts_by_language(records(HELDOUT12))
    # Contacts dated by a weekday or "yesterday" against the publication day, not by a written date.
    assert any("am Dienstag" in t for t in texts["de"])
    assert any("ieri" in t for t in texts["it"])
    assert any("ontem" in t for t in texts["pt"])
    # Agência Brasil's day marker ("hoje (12)") and Lusa's dateline ("01 abr 2022 (Lusa)").
    assert any(re.search(r"hoje \(\d{1,2}\)", t) for t in texts["pt"])
    assert any(re.search(r"\d{2} [a-z]{3} \d{4} \(Lusa\)", t) for t in texts["pt"])


def test_each_language_has_a_report_without_an_occurred_contact() -> None:
    # A report whose contacts are only planned, or that names leaders with no contact at all.
    by_lang: dict[str, bool] = {}
    for r in records(HELDOUT12):
        quiet = all(c["status"] == "planned" for c in r.data["contacts"])
        by_lang[r.data["lang"]] = by_lang.get(r.data["lang"], False) or quiet
    assert by_lang == {lang: True for lang in HELDOUT12.counts}
    assert sum(not r.data["contacts"] for r in records(HELDOUT12)) == 3
