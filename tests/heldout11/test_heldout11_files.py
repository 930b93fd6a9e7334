"""What is particular to the eleventh held-out set: long reports as scraped from news sites, with
captions, "read also" lines and dates as each language writes them.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT11, records
from tests.evalset.set_checks import date_styles, missing_marks, not_long_reports, texts_by_language

# How each language's sites mark a photo caption and a link to another story inside the body.
CAPTION = {
    "ar": re.compile(r"\(صورة:"),
    "en": re.compile(r"Photo caption:"),
    "fr": re.compile(r"Légende photo :"),
    "es": re.compile(r"^(Foto|Pie de foto):", re.MULTILINE),
    "ru": re.compile(r"^Фото:", re.MULTILINE),
}
READ_ALSO = {
    "ar": re.compile(r"^اقرأ أيضا", re.MULTILINE),
    "en": re.compile(r"^(RELATED|Read more|Also read|Read also):", re.MULTILINE),
    "fr": re.compile(r"^À lire aussi :", re.MULTILINE),
    "es": re.compile(r"^(Lea|Leé) también:", re.MULTILINE),
    "ru": re.compile(r"^Читайте также:", re.MULTILINE),
}


def test_texts_are_long_reports_in_paragraphs() -> None:
    # Long reports, not the 150-230-word items of the earlier sets (the common check allows up to 600), in
    # several paragraphs each: lede, quotes, background, caption, "read also".
    assert not_long_reports(records(HELDOUT11)) == {}


def test_every_text_holds_a_caption_and_a_read_also_line() -> None:
    assert missing_marks(records(HELDOUT11), {"caption": CAPTION, "read also": READ_ALSO}) == {}


def test_dates_are_written_as_each_language_writes_them() -> None:
    texts = texts_by_language(records(HELDOUT11))
    styles = date_styles(texts)
    # MENA, KUNA and QNA print Eastern Arabic digits; SPA-style reports keep Western ones.
    assert styles.arabic_digits >= 3
    assert styles.arabic_digits < styles.arabic
    # Agency datelines: "BEIJING, Oct. 20 (Xinhua)", "3 dic (EFE)", "28 марта. /ТАСС/", "٩ - ٧ (كونا)".
    assert any(re.search(r"[A-Z][a-z]{2}\. \d{1,2} \(Xinhua\)", t) for t in texts["en"])
    assert any(re.search(r"\d{1,2} [a-z]{3} \(EFE\)", t) for t in texts["es"])
    assert any(re.search(r"\d{1,2} [а-я]+\. /ТАСС/", t) for t in texts["ru"])
    assert any(re.search(r"[٠-٩] - [٠-٩] \(كونا\)", t) for t in texts["ar"])


def test_relative_days_are_written_in_each_language() -> None:
    texts = texts_by_language(records(HELDOUT11))
    # Contacts dated by "yesterday", "today" or a weekday against the publication day.
    assert any("أمس" in t for t in texts["ar"])
    assert any("اليوم الاثنين" in t for t in texts["ar"])
    assert any("on Thursday" in t for t in texts["en"])
    assert any("mercredi" in t for t in texts["fr"])
    assert any("ayer" in t for t in texts["es"])
    assert any("вчера" in t for t in texts["ru"])
    assert any("в четверг" in t for t in texts["ru"])


def test_each_language_has_a_report_with_only_planned_or_no_contacts() -> None:
    # Announced visits, cancelled meetings and ministers received by leaders: every language has one.
    langs = {r.data["lang"] for r in records(HELDOUT11)
             if all(c["status"] == "planned" for c in r.data["contacts"])}
    assert langs == set(HELDOUT11.counts)
