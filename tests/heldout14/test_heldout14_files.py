"""What is particular to the fourteenth held-out set, a development set: long reports and their dates.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT14, records
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
    # Full reports with headline, lede and background, as news sites print them (the checker stops at 600).
    assert not_long_reports(records(HELDOUT14), most_words=580) == {}
    assert all(r.data["title"] for r in records(HELDOUT14))


def test_every_report_keeps_a_caption_and_a_read_more_line() -> None:
    assert missing_marks(records(HELDOUT14), {"caption": CAPTION, "read more": READ_MORE}) == {}


def test_dates_are_written_as_each_language_writes_them() -> None:
    styles = date_styles(texts_by_language(records(HELDOUT14)))
    # Every Persian report dates things by the Solar Hijri calendar, in Persian digits.
    assert styles.persian and styles.solar_hijri == styles.persian
    # Turkish official long dates ("7 Aralık 2017 Perşembe") in every Turkish report.
    assert styles.turkish and styles.turkish_long == styles.turkish


def test_relative_days_and_agency_datelines() -> None:
    texts = texts_by_language(records(HELDOUT14))
    # Contacts dated by a weekday, "today" or "yesterday" against the publication day, not by a written date.
    assert any("am Dienstag" in t for t in texts["de"])
    assert any("venerdì scorso" in t for t in texts["it"])
    assert any("ontem" in t for t in texts["pt"])
    assert any("dün" in t for t in texts["tr"])
    # Agência Brasil's day marker ("hoje (23)") and Lusa's dateline ("12 mai 2017 (Lusa)").
    assert any(re.search(r"hoje \(\d{1,2}\)", t) for t in texts["pt"])
    assert any(re.search(r"\d{2} [a-z]{3} \d{4} \(Lusa\)", t) for t in texts["pt"])


def test_every_mode_and_a_planned_only_report() -> None:
    contacts = [c for r in records(HELDOUT14) for c in r.data["contacts"]]
    # Phone, video, letters and meetings each appear; video here is a multilateral conference.
    assert {c["mode"] for c in contacts} == {"phone", "video", "written", "in_person"}
    assert any(c["mode"] == "video" and c["setting"] == "summit" for c in contacts)
    # One report holds only planned contacts, and two hold no leader-to-leader contact at all.
    planned_only = [r for r in records(HELDOUT14)
                    if r.data["contacts"] and all(c["status"] == "planned" for c in r.data["contacts"])]
    assert planned_only
    assert sum(not r.data["contacts"] for r in records(HELDOUT14)) == 2
