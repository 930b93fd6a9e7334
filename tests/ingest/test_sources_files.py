"""Reading documents from JSONL, JSON, text and HTML files, with per-item errors that lose nothing else."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest.normalize import NormalizeConfig
from ingest.sources import ItemError, Loaded, SourceItem, list_files, read_paths, split_txt_title

CONFIG = NormalizeConfig()

# Short reports written for these tests about real contacts.
ALASKA = (
    "President Donald Trump and President Vladimir Putin met at Joint Base Elmendorf-Richardson in "
    "Anchorage, Alaska, on Friday. The talks, which centred on the war in Ukraine, lasted about three "
    "hours and ended without an agreement."
)
ENERGY_CALL = (
    "Vladimir Putin and Donald Trump spoke by telephone on Tuesday for more than two hours. The Kremlin "
    "said Putin agreed to a 30-day pause in strikes on energy infrastructure in Ukraine."
)
SEED_AR = (
    "أجرى الرئيس السوري أحمد الشرع اتصالين هاتفيين منفصلين مع الرئيس التركي رجب طيب أردوغان "
    "والرئيس الفرنسي إيمانويل ماكرون، تناولا الأوضاع في سوريا ولا سيما في مدينة حلب."
)


def _split(items: list[SourceItem]) -> tuple[list[Loaded], list[ItemError]]:
    loaded = [i for i in items if isinstance(i, Loaded)]
    errors = [i for i in items if isinstance(i, ItemError)]
    return loaded, errors


def test_jsonl_with_bad_lines_reads_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    lines = [
        json.dumps({"id": "en-1", "lang": "en", "url": "https://example.org/alaska",
                    "published": "2025-08-16", "title": "Trump and Putin meet in Alaska", "text": ALASKA,
                    "contacts": [], "notes": "x"}),
        '{"id": "en-2", "text": "unterminated',
        "",
        json.dumps({"id": "en-3", "published": "2025-02-30", "text": ENERGY_CALL}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "en-5", "title": "no text"}),
        json.dumps({"id": 6, "text": ENERGY_CALL, "published": "2025-03-18", "url": None}),
        json.dumps({"id": "ar-7", "lang": "ar", "published": "2026-01-09", "text": SEED_AR},
                   ensure_ascii=False),
        json.dumps({"text": 12}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded, errors = _split(list(read_paths([path], CONFIG)))

    assert [item.external_id for item in loaded] == ["en-1", "6", "ar-7"]
    first = loaded[0].document
    assert first.url == "https://example.org/alaska"
    assert first.title == "Trump and Putin meet in Alaska"
    assert first.published == date(2025, 8, 16)
    assert loaded[0].ref == f"{path}:1"
    assert loaded[2].document.text == SEED_AR and loaded[2].document.lang == "ar"
    # The id from the input is kept aside; the stored id is derived from the URL or the text.
    assert loaded[1].document.id.startswith("h-")

    by_line = {e.ref.rsplit(":", 1)[1]: e.message for e in errors}
    assert set(by_line) == {"2", "4", "5", "6", "9"}
    assert by_line["2"].startswith("invalid JSON")
    assert "published: '2025-02-30' is not a real date" in by_line["4"]
    assert by_line["5"] == "expected a JSON object, got list"
    assert by_line["6"] == "text: missing"
    assert by_line["9"] == "text: expected a string, got int"


def test_jsonl_line_that_is_not_utf8_is_an_error_of_that_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": ALASKA}).encode()
    other = json.dumps({"text": ENERGY_CALL}).encode()
    path.write_bytes(good + b"\n" + b'{"text": "caf\xe9"}\n' + other + b"\n")
    loaded, errors = _split(list(read_paths([path], CONFIG)))
    assert len(loaded) == 2
    assert [e.ref for e in errors] == [f"{path}:2"]
    assert errors[0].message.startswith("not UTF-8")


def test_directory_with_txt_html_json_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a-call.txt").write_text(
        "Putin and Trump discuss energy truce\n\n" + ENERGY_CALL + "\n\nA second paragraph.\n",
        encoding="utf-8",
    )
    (tmp_path / "b-no-title.txt").write_text(ALASKA + "\n", encoding="utf-8")
    (tmp_path / "c-page.html").write_text(
        "<html lang='ar'><head><meta charset='utf-8'><title>الشرع يتصل بأردوغان وماكرون</title>"
        "<meta property='article:published_time' content='2026-01-09'></head>"
        f"<body><nav>الرئيسية</nav><article><p>{SEED_AR}</p></article><footer>جميع الحقوق محفوظة</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "d-list.json").write_text(
        json.dumps([{"id": "x1", "text": ALASKA, "url": "https://example.org/alaska"}, {"id": "x2"}]),
        encoding="utf-8",
    )
    nested = tmp_path / "more"
    nested.mkdir()
    (nested / "e.jsonl").write_text(json.dumps({"id": "e1", "text": ENERGY_CALL}) + "\n", encoding="utf-8")
    (nested / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text("not read", encoding="utf-8")

    files, errors = list_files([tmp_path])
    assert errors == []
    names = ["a-call.txt", "b-no-title.txt", "c-page.html", "d-list.json", "e.jsonl"]
    assert [f.name for f in files] == names

    loaded, item_errors = _split(list(read_paths([tmp_path], CONFIG)))
    assert [e.ref for e in item_errors] == [f"{tmp_path / 'd-list.json'}[1]"]
    docs = {Path(item.ref).name.split("[")[0].split(":")[0]: item.document for item in loaded}
    assert docs["a-call.txt"].title == "Putin and Trump discuss energy truce"
    assert docs["a-call.txt"].text == ENERGY_CALL + "\n\nA second paragraph."
    assert docs["b-no-title.txt"].title is None and docs["b-no-title.txt"].text == ALASKA
    page = docs["c-page.html"]
    assert "أحمد الشرع" in page.text and "جميع الحقوق" not in page.text
    assert page.title == "الشرع يتصل بأردوغان وماكرون"
    assert page.lang == "ar" and page.published == date(2026, 1, 9)
    assert docs["d-list.json"].url == "https://example.org/alaska"
    assert docs["e.jsonl"].lang == "en"


def test_missing_and_unsupported_paths_are_errors(tmp_path: Path) -> None:
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Présidence".encode("latin-1"))
    items = list(read_paths([tmp_path / "nope", other, bad], CONFIG))
    loaded, errors = _split(items)
    assert loaded == []
    messages = {Path(e.ref).name: e.message for e in errors}
    assert messages["nope"] == "no such file or directory"
    assert messages["notes.docx"].startswith("unsupported file type")
    assert messages["latin1.txt"].startswith("file: not UTF-8")


def test_txt_title_rule() -> None:
    assert split_txt_title("Headline\n\nBody text.") == ("Headline", "Body text.")
    # No blank line after the first line: all of it is text.
    assert split_txt_title("First line\nsecond line") == (None, "First line\nsecond line")
    # A long first line is a paragraph, not a headline.
    long_line = "word " * 60
    assert split_txt_title(long_line + "\n\nmore") == (None, long_line + "\n\nmore")
    # A headline with nothing after it is the text itself.
    assert split_txt_title("Only line\n\n") == (None, "Only line\n\n")
