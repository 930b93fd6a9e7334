"""Normalization: tidy text, HTML main text, publication dates, language guess, limits and ids."""

from __future__ import annotations

import time
import unicodedata
from datetime import date, datetime, timedelta, timezone

import pytest

from graph.keys import content_hash, document_id
from ingest.langguess import guess_lang
from ingest.normalize import (
    InvalidDocument,
    NormalizeConfig,
    RawDocument,
    build_document,
    html_to_page,
    normalize_lang,
    parse_published,
    tidy_text,
)

CONFIG = NormalizeConfig()

# A page written for these tests about a real event (Macron's state visit to China, December 2025),
# with navigation, a cookie banner and a footer around the article, as news sites have.
PAGE = """<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Macron and Xi hold talks in Beijing | World Desk</title>
  <link rel="canonical" href="https://news.example.org/world/macron-xi-beijing?utm_source=rss">
  <meta property="og:title" content="Macron and Xi hold talks in Beijing">
  <meta property="article:published_time" content="2025-12-04T09:15:00+08:00">
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
  <div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
  <article>
    <h1>Macron and Xi hold talks in Beijing</h1>
    <p>French President Emmanuel Macron met Chinese President Xi Jinping at the Great Hall of the
       People in Beijing on Thursday, on the second day of a state visit to China.</p>
    <p>The two leaders discussed trade between the European Union and China, the war in Ukraine and
       cooperation on climate, according to statements released after the meeting.</p>
    <p>Macron was due to travel on to Chengdu in Sichuan province before returning to Paris.</p>
  </article>
  <footer>Copyright 2025 World Desk. All rights reserved. Contact us | Privacy policy</footer>
</body>
</html>
"""


def test_tidy_text_keeps_paragraphs_and_normalizes_unicode() -> None:
    raw = "  Ahmed\u00a0al-Sharaa   spoke\twith\r\nErdogan.\n\n\n\n  Second   paragraph.\u200b \n"
    assert tidy_text(raw) == "Ahmed al-Sharaa spoke with\nErdogan.\n\nSecond paragraph."
    decomposed = "Erdog\u0306an"  # g + combining breve
    assert tidy_text(decomposed) == unicodedata.normalize("NFC", decomposed) == "Erdoğan"


def test_tidy_text_keeps_persian_zero_width_non_joiner() -> None:
    assert tidy_text("گفت\u200cوگو") == "گفت\u200cوگو"


def test_html_reduced_to_main_text_with_metadata() -> None:
    page = html_to_page(PAGE)
    assert "Great Hall of the People" in page.text
    assert "Chengdu" in page.text
    for boilerplate in ("cookies", "Privacy policy", "Sport", "All rights reserved"):
        assert boilerplate not in page.text
    assert page.title is not None and page.title.startswith("Macron and Xi hold talks in Beijing")
    assert page.url == "https://news.example.org/world/macron-xi-beijing"
    assert page.published == "2025-12-04"
    assert page.lang == "en-GB"


def test_build_document_from_html_fills_fields_from_the_page() -> None:
    doc = build_document(RawDocument(html=PAGE.encode("utf-8")), CONFIG)
    assert doc.url == "https://news.example.org/world/macron-xi-beijing"
    # The tracking parameter does not change the id.
    assert doc.id == document_id("https://news.example.org/world/macron-xi-beijing", "other text")
    assert doc.lang == "en"
    assert doc.published == date(2025, 12, 4)
    assert doc.status == "queued"
    assert doc.content_hash == content_hash(doc.text)


def test_given_fields_win_over_page_metadata() -> None:
    raw = RawDocument(html=PAGE, title="Own headline", published="2025-12-05", lang="fr")
    doc = build_document(raw, CONFIG)
    assert (doc.title, doc.published, doc.lang) == ("Own headline", date(2025, 12, 5), "fr")


def test_html_without_main_text_is_a_clear_error() -> None:
    with pytest.raises(InvalidDocument, match="html: no main text"):
        build_document(RawDocument(html="<html><body><script>var x = 1;</script></body></html>"), CONFIG)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-08", date(2026, 1, 8)),
        (" 2026-01-08 ", date(2026, 1, 8)),
        ("2026-01-08T23:30:00-05:00", date(2026, 1, 8)),  # the publisher's own day, not UTC's
        ("2026-01-09T10:00:00Z", date(2026, 1, 9)),
        ("Thu, 08 Jan 2026 21:40:00 +0300", date(2026, 1, 8)),
        ("Thu, 08 Jan 2026 21:40:00 GMT", date(2026, 1, 8)),
        (date(2025, 8, 15), date(2025, 8, 15)),
        (datetime(2025, 8, 15, 23, 0, tzinfo=timezone(timedelta(hours=-8))), date(2025, 8, 15)),
        (time.strptime("2025-03-18", "%Y-%m-%d"), date(2025, 3, 18)),
        (None, None),
        ("", None),
    ],
)
def test_published_dates_parse(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-02-30", "not a real date"),
        ("2025-13-01", "not a real date"),
        ("2026-01-08T25:00:00", "not a real ISO datetime"),
        ("Mon, 30 Feb 2026 10:00:00 +0000", "not a real RFC 2822 date"),
        ("last Thursday", "not an ISO date"),
        ("0001-01-01", "outside 1900-2100"),
        (20260108, "expected a date string"),
    ],
)
def test_impossible_dates_are_clear_errors(value: object, reason: str) -> None:
    with pytest.raises(InvalidDocument) as caught:
        parse_published(value)
    assert caught.value.field == "published"
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أجرى الرئيس السوري أحمد الشرع اتصالا هاتفيا مع نظيره "
            "التركي رجب طيب أردوغان، بحثا فيه الأوضاع في حلب.",
            "ar",
        ),
        ("رئیس جمهور ایران در تماس تلفنی با رئیس جمهور فرانسه درباره برنامه هسته‌ای گفت‌وگو کرد.", "fa"),
        ("Президент России провёл телефонный разговор с президентом США по вопросам урегулирования.", "ru"),
        ("Президент України провів телефонну розмову з президентом Франції щодо підтримки.", "uk"),
        ("Le président de la République s'est entretenu par téléphone avec le chef de l'État syrien.", "fr"),
        (
            "El presidente del Gobierno se reunió con el "
            "primer ministro de Portugal en Madrid para la cumbre.",
            "es",
        ),
        (
            "Der Bundeskanzler hat mit dem französischen Präsidenten "
            "über die Lage in der Ukraine gesprochen.",
            "de",
        ),
        (
            "Cumhurbaşkanı Erdoğan, Suriye Cumhurbaşkanı Şara ile "
            "telefonda görüştü ve bölgedeki gelişmeleri ele aldı.",
            "tr",
        ),
        (
            "President Trump met President Putin in Anchorage, Alaska, "
            "on Friday for talks on the war in Ukraine.",
            "en",
        ),
        ("习近平同法国总统马克龙在北京人民大会堂举行会谈。", "zh"),
        ("習近平国家主席はマクロン大統領と北京で会談した。", "ja"),
        ("Ok.", None),
        ("12345 67890 !!!", None),
    ],
)
def test_language_guess(text: str, lang: str | None) -> None:
    assert guess_lang(text) == lang


def test_missing_lang_is_guessed_and_given_lang_is_normalized() -> None:
    text = "Der Bundeskanzler hat mit dem französischen Präsidenten über die Lage in der Ukraine gesprochen."
    assert build_document(RawDocument(text=text), CONFIG).lang == "de"
    assert build_document(RawDocument(text=text, lang="EN-gb"), CONFIG).lang == "en"
    assert normalize_lang("fa_IR") == "fa"
    with pytest.raises(InvalidDocument, match="lang: 'english!' is not a language code"):
        normalize_lang("english!")


def test_limits_and_empty_text_are_clear_errors() -> None:
    small = NormalizeConfig(max_text_chars=50, max_title_chars=10)
    with pytest.raises(InvalidDocument, match="text: 60 characters, more than the limit of 50"):
        build_document(RawDocument(text="x" * 60), small)
    with pytest.raises(InvalidDocument, match="title: 11 characters"):
        build_document(RawDocument(text="short text", title="y" * 11), small)
    with pytest.raises(InvalidDocument, match="text: empty"):
        build_document(RawDocument(text=" \n\t\u200b "), CONFIG)
    with pytest.raises(InvalidDocument, match="text: missing"):
        build_document(RawDocument(title="only a title"), CONFIG)
    with pytest.raises(InvalidDocument, match=r"url: 'ftp://x\.org/a' is not an absolute http"):
        build_document(RawDocument(text="some text", url="ftp://x.org/a"), CONFIG)


def test_ids_are_deterministic_and_copies_hash_the_same() -> None:
    a = build_document(RawDocument(text="Putin  and Trump spoke by phone.\n"), CONFIG)
    b = build_document(RawDocument(text="Putin and Trump spoke by phone."), CONFIG)
    assert a.id == b.id and a.id.startswith("h-")
    assert a.content_hash == b.content_hash
    c = build_document(RawDocument(text="Some text.", url="http://www.Example.org/a/"), CONFIG)
    d = build_document(RawDocument(text="Other text.", url="https://example.org/a#top"), CONFIG)
    assert c.id == d.id and c.id.startswith("u-")
