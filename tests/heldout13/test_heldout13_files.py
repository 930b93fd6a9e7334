"""What is particular to the thirteenth held-out set, a development set of long reports: captions,
"read also" lines, agency datelines and relative days as each language writes them.

Its form, ids, languages, counts, cases, leaders and copy checks are every set's
(tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT13, records
from tests.evalset.set_checks import date_styles, missing_marks, not_long_reports, texts_by_language

# How each language's sites mark a photo caption and a link to another story inside the body.
CAPTION = {
    "ar": re.compile(r"\(صورة:"),
    "en": re.compile(r"^Photo caption:", re.MULTILINE),
    "fr": re.compile(r"^Légende photo :", re.MULTILINE),
    "es": re.compile(r"^(Foto|Pie de foto):", re.MULTILINE),
    "ru": re.compile(r"^Фото:", re.MULTILINE),
}
READ_ALSO = {
    "ar": re.compile(r"^اقرأ أيضا:", re.MULTILINE),
    "en": re.compile(r"^(RELATED|Read more):", re.MULTILINE),
    "fr": re.compile(r"^À lire aussi :", re.MULTILINE),
    "es": re.compile(r"^Lea también:", re.MULTILINE),
    "ru": re.compile(r"^Читайте также:", re.MULTILINE),
}


def test_texts_are_long_reports_in_paragraphs() -> None:
    # Long reports of 350-580 words (the common check allows up to 600), in paragraphs.
    assert not_long_reports(records(HELDOUT13), most_words=580) == {}


def test_every_text_holds_a_caption_and_a_read_also_line() -> None:
    assert missing_marks(records(HELDOUT13), {"caption": CAPTION, "read also": READ_ALSO}) == {}


def test_datelines_are_each_agencys_own() -> None:
    texts = texts_by_language(records(HELDOUT13))
    # KUNA and MENA print Eastern Arabic digits; Petra keeps Western ones and Levantine month names.
    styles = date_styles(texts)
    assert 2 <= styles.arabic_digits < styles.arabic
    assert any(re.search(r"[٠-٩] - [٠-٩] \(كونا\)", t) for t in texts["ar"])
    assert any(re.search(r"في [٠-٩]+ [^ ]+ /أ ش أ/", t) for t in texts["ar"])
    assert any(re.search(r"^عمان \d{1,2} حزيران \(بترا\)", t) for t in texts["ar"])
    # "NEW YORK (AP) —", "NEW DELHI (Reuters) -", Dawn's bare "NEW DELHI:".
    assert any(t.startswith("NEW YORK (AP) —") for t in texts["en"])
    assert any(t.startswith("NEW DELHI (Reuters) -") for t in texts["en"])
    assert any(t.startswith("NEW DELHI: ") for t in texts["en"])
    # "20 jun (EFE).-", "8 nov (Prensa Latina)".
    assert any(re.search(r"\d{1,2} [a-z]{3} \(EFE\)\.-", t) for t in texts["es"])
    assert any(re.search(r"\d{1,2} [a-z]{3} \(Prensa Latina\)", t) for t in texts["es"])
    # "9 сентября. ИНТЕРФАКС -", "2 апреля. /ТАСС/.", "6 сен - РИА Новости."
    assert any(re.search(r"\d{1,2} [а-я]+\. ИНТЕРФАКС -", t) for t in texts["ru"])
    assert any(re.search(r"\d{1,2} [а-я]+\. /ТАСС/", t) for t in texts["ru"])
    assert any(re.search(r"\d{1,2} [а-я]{3} - РИА Новости\.", t) for t in texts["ru"])


def test_relative_days_are_written_in_each_language() -> None:
    texts = texts_by_language(records(HELDOUT13))
    # Contacts dated by "yesterday", "today" or a weekday against the publication day.
    assert any("أمس الأحد" in t for t in texts["ar"])
    assert any("اليوم الاثنين" in t for t in texts["ar"])
    assert any("on Tuesday" in t for t in texts["en"])
    assert any("on Thursday" in t for t in texts["en"])
    assert any("lundi" in t for t in texts["fr"])
    assert any("mardi" in t for t in texts["fr"])
    assert any("este jueves" in t for t in texts["es"])
    assert any("El domingo" in t for t in texts["es"])
    assert any("в среду" in t for t in texts["ru"])
    assert any("во вторник" in t for t in texts["ru"])


def test_every_mode_and_a_report_with_only_planned_contacts() -> None:
    contacts = [c for r in records(HELDOUT13) for c in r.data["contacts"]]
    # A phone call, a video summit and a condolence telegram beside the meetings.
    assert {c["mode"] for c in contacts} == {"in_person", "phone", "video", "written"}
    # An announced visit and nothing else (a TASS announcement).
    planned_only = [r.data["id"] for r in records(HELDOUT13)
                    if r.data["contacts"] and all(c["status"] == "planned" for c in r.data["contacts"])]
    assert planned_only != []


def test_two_reports_have_no_leader_contact() -> None:
    # A foreign minister received by a president, and a president absent from a summit.
    assert sum(not r.data["contacts"] for r in records(HELDOUT13)) == 2
