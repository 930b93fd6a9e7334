"""What is particular to the fifteenth held-out set: long reports in all ten languages, as news sites print
them, with captions, "read also" lines, agency datelines and dates as each language writes them.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py). The set is unseen: extraction work never reads it (docs/HELDOUT15.md).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT15, records
from tests.evalset.set_checks import date_styles, missing_marks, not_long_reports, texts_by_language

# How each language's sites mark a photo caption inside the body, as scrapers keep it.
CAPTION = {
    "ar": re.compile(r"\(صورة:"),
    "en": re.compile(r"^Photo caption:", re.MULTILINE),
    "fr": re.compile(r"^Légende photo :", re.MULTILINE),
    "es": re.compile(r"^(Foto|Pie de foto):", re.MULTILINE),
    "ru": re.compile(r"^Фото:", re.MULTILINE),
    "de": re.compile(r"Foto: dpa$", re.MULTILINE),
    "tr": re.compile(r"^Fotoğraf:", re.MULTILINE),
    "fa": re.compile(r"^عکس:", re.MULTILINE),
    "it": re.compile(r"\(Foto ANSA\)"),
    "pt": re.compile(r"\(Foto"),
}
# The line each language's sites put between paragraphs to point to another story.
READ_ALSO = {
    "ar": re.compile(r"^اقرأ أيضا:", re.MULTILINE),
    "en": re.compile(r"^(RELATED|Also read):", re.MULTILINE),
    "fr": re.compile(r"^À lire aussi :", re.MULTILINE),
    "es": re.compile(r"^Lea también:", re.MULTILINE),
    "ru": re.compile(r"^Читайте также:", re.MULTILINE),
    "de": re.compile(r"^Lesen Sie auch:", re.MULTILINE),
    "tr": re.compile(r"^İlginizi çekebilir:", re.MULTILINE),
    "fa": re.compile(r"^بیشتر بخوانید:", re.MULTILINE),
    "it": re.compile(r"^Leggi anche:", re.MULTILINE),
    "pt": re.compile(r"^Leia também:", re.MULTILINE),
}
# One agency dateline per language, in the form that agency prints it.
DATELINE = {
    "ar": re.compile(r"[٠-٩]+ - [٠-٩]+ \(كونا\)|^\w+ \d{1,2} \w+ \d{4} \(واس\)"),
    "en": re.compile(r"^[A-Z]+, [A-Z][a-z]+ \(AP\) —|^[A-Z ]+, [A-Z][a-z]{2} \d{1,2} \(PTI\)"),
    "fr": re.compile(r"^[A-Z]+ \(AFP\) - "),
    "es": re.compile(r"\d{1,2} [a-z]{3} \(EFE\)\.-"),
    "ru": re.compile(r"\d{1,2} [а-я]+\. (/ТАСС/|ИНТЕРФАКС)"),
    "de": re.compile(r"^\w+ \(dpa\) - "),
    "tr": re.compile(r"^[A-ZÇĞİÖŞÜ]+ \(AA\) - "),
    "fa": re.compile(r"^تهران- ایرنا- "),
    "it": re.compile(r"^\(ANSA\) - [A-Z ]+, \d{1,2} [A-Z]{3} - "),
    "pt": re.compile(r"\d{2} [a-z]{3} \d{4} \(Lusa\)|hoje \(\d{1,2}\)"),
}


def test_texts_are_long_reports_in_paragraphs() -> None:
    # Long reports, not the 150-230-word items of the earlier sets (the common check allows up to 600), in
    # many paragraphs: lede, quotes, background, caption and "read also".
    assert not_long_reports(records(HELDOUT15)) == {}
    assert all(r.data["title"] for r in records(HELDOUT15))


def test_every_text_holds_a_caption_a_read_also_line_and_a_dateline() -> None:
    marks = {"caption": CAPTION, "read also": READ_ALSO, "dateline": DATELINE}
    assert missing_marks(records(HELDOUT15), marks) == {}


def test_dates_are_written_as_each_language_writes_them() -> None:
    texts = texts_by_language(records(HELDOUT15))
    styles = date_styles(texts)
    # KUNA prints Eastern Arabic digits; SPA keeps Western ones.
    assert 1 <= styles.arabic_digits < styles.arabic
    # Every Persian report dates things by the Solar Hijri calendar, in Persian digits.
    assert styles.persian and styles.solar_hijri == styles.persian
    # Turkish official long dates ("25 Ekim 2017 Çarşamba") in every Turkish report.
    assert styles.turkish and styles.turkish_long == styles.turkish


def test_relative_days_are_written_in_each_language() -> None:
    texts = texts_by_language(records(HELDOUT15))
    # Contacts dated by "today", "yesterday", "tomorrow" or a weekday against the publication day.
    assert any("اليوم الاثنين" in t for t in texts["ar"])
    assert any("late Thursday" in t for t in texts["en"])
    assert any("jeudi" in t for t in texts["fr"])
    assert any("hoy" in t for t in texts["es"])
    assert any("во вторник" in t for t in texts["ru"])
    assert any("am Mittwoch" in t for t in texts["de"])
    assert any("yarın" in t for t in texts["tr"])
    assert any("امروز" in t for t in texts["fa"])
    assert any("domani" in t.lower() for t in texts["it"]) and any("ieri" in t.lower() for t in texts["it"])
    assert any("ontem" in t for t in texts["pt"])


def test_three_reports_have_no_contact_and_three_only_planned_ones() -> None:
    # Ministers, envoys and former presidents meeting; announced visits that have not happened yet.
    docs = records(HELDOUT15)
    assert sum(not r.data["contacts"] for r in docs) == 3
    planned_only = [r for r in docs
                    if r.data["contacts"] and all(c["status"] == "planned" for c in r.data["contacts"])]
    assert len(planned_only) == 3
