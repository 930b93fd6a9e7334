"""From raw fields (text or HTML, url, title, lang, published) to a clean graph.models.Document.

Every source (JSONL, files, feeds, the API) builds its documents here, so they are cleaned the same
way and get the same deterministic ids. Bad input raises InvalidDocument naming the field.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime, parsedate_tz
from urllib.parse import urlsplit

import trafilatura

from graph.keys import content_hash, document_id
from graph.models import Document
from ingest.langguess import guess_lang

# Publication years outside this span are typos or epoch artefacts, not news reports.
MIN_YEAR = 1900
MAX_YEAR = 2100

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
# Control characters other than tab and newline; zero-width space and BOM carry no text either.
# (The zero-width non-joiner U+200C is kept: Persian spelling needs it.)
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
# Runs of horizontal space, including no-break and typographic spaces, become one space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
# No URL holds control characters (NUL, tab, line breaks); no host holds a space.
_URL_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SPACE = re.compile(r"\s")
# An RFC 2822 year written with three or four digits but below 100 ("0000", "0099"): email.utils
# would read it as a two-digit year (2000, 1999) and accept an impossible date.
_PADDED_SMALL_YEAR = re.compile(r"^0\d{2,3}$")
# A lone UTF-16 surrogate: Python's json module decodes "\ud800" into one, and it cannot be encoded to
# UTF-8, so it would fail later when hashed, stored or served.
_SURROGATE = re.compile("[\ud800-\udfff]")


class InvalidDocument(ValueError):
    """A document cannot be built from the given fields; the message names the field and the reason."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class NormalizeConfig:
    """Limits applied to every document, whatever its source."""

    max_text_chars: int = 200_000
    max_title_chars: int = 1_000
    max_html_bytes: int = 10_000_000


@dataclass(frozen=True)
class RawDocument:
    """A document as a source delivers it, before cleaning: plain text or HTML, and optional metadata."""

    text: str | None = None
    html: str | bytes | None = None
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    published: object = None
    # The id the input itself carried (a JSONL "id"), kept for outputs that must echo it.
    external_id: str | None = None


@dataclass(frozen=True)
class Page:
    """The main text of an HTML page and the metadata trafilatura found in it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None


def tidy_text(text: str) -> str:
    """Normalize to NFC; tidy whitespace to single spaces in lines and one blank line between paragraphs."""
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    text = _INVISIBLE.sub("", text)
    out: list[str] = []
    for raw_line in text.split("\n"):
        line = _SPACES.sub(" ", raw_line).strip()
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def tidy_title(title: str | None) -> str | None:
    """Tidy a headline to one line; an empty one becomes None."""
    if title is None:
        return None
    one_line = " ".join(tidy_text(title).split("\n")).strip()
    return one_line or None


def html_to_page(html: str | bytes, url: str | None = None) -> Page:
    """Reduce an HTML page to its main text with trafilatura, with its title, canonical URL, date and lang."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise InvalidDocument("html", "not parseable as HTML")
    declared_lang = tree.get("lang") or tree.get("xml:lang")
    extracted = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page states about itself, not dates guessed from the running text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None:
        raise InvalidDocument("html", "no main text found in the page")
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = found.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InvalidDocument("html", "no main text found in the page")
    return Page(
        text=text,
        title=_str_or_none(found.get("title")),
        url=_str_or_none(found.get("url")),
        published=_str_or_none(found.get("date")),
        lang=_str_or_none(declared_lang),
    )


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_published(value: object) -> date | None:
    """Parse a publication date: ISO date or datetime, RFC 2822 (feeds), date, datetime or struct_time.

    A datetime keeps the publisher's own calendar day (its offset is not converted to UTC), because
    relative dates in the text ("yesterday") are counted from that day.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _check_year(value.date(), value)
    if isinstance(value, date):
        return _check_year(value, value)
    if isinstance(value, time.struct_time):
        try:
            day = date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError as exc:
            shown = f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
            raise InvalidDocument("published", f"{shown} is not a real date ({exc})") from None
        return _check_year(day, day)
    if not isinstance(value, str):
        raise InvalidDocument("published", f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    if _ISO_DAY.match(text):
        try:
            day = date.fromisoformat(text)
        except ValueError as exc:
            raise InvalidDocument("published", f"{text!r} is not a real date ({exc})") from None
        return _check_year(day, text)
    if text[:4].isdigit() and len(text) > 10 and text[4] == "-":
        try:
            day = datetime.fromisoformat(text).date()
        except ValueError as exc:
            raise InvalidDocument("published", f"{text!r} is not a real ISO datetime ({exc})") from None
        return _check_year(day, text)
    if parsedate_tz(text) is not None:
        if any(_PADDED_SMALL_YEAR.match(token) for token in text.replace(",", " ").split()):
            raise InvalidDocument("published", f"{text!r} has a year outside {MIN_YEAR}-{MAX_YEAR}")
        try:
            day = parsedate_to_datetime(text).date()
        except (TypeError, ValueError) as exc:
            raise InvalidDocument("published", f"{text!r} is not a real RFC 2822 date ({exc})") from None
        return _check_year(day, text)
    raise InvalidDocument(
        "published", f"{text!r} is not an ISO date (2026-01-09), ISO datetime or RFC 2822 date"
    )


def _check_year(day: date, original: object) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InvalidDocument("published", f"{original!s} is outside {MIN_YEAR}-{MAX_YEAR}")
    return day


def normalize_lang(value: str | None) -> str | None:
    """Reduce a language tag to its lower-case primary subtag ("en-US" -> "en"); reject non-tags."""
    if value is None or not value.strip():
        return None
    match = _LANG_TAG.match(value.strip())
    if not match:
        raise InvalidDocument("lang", f"{value!r} is not a language code such as 'ar' or 'en-GB'")
    return match.group(1).lower()


def check_url(value: str | None) -> str | None:
    """Return a stripped absolute http(s) URL, None for an empty one; reject anything else."""
    if value is None or not value.strip():
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number in 0-65535
    except ValueError as exc:
        # A broken IPv6 host ("https://[::1") or port ("https://e.org:-1/") is bad input, not a crash.
        raise InvalidDocument("url", f"{url!r} is not a valid URL ({exc})") from None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InvalidDocument("url", f"{url!r} is not an absolute http(s) URL")
    if _URL_CONTROL.search(url) or _SPACE.search(parts.netloc):
        raise InvalidDocument("url", f"{url!r} holds a control character, or a space in its host")
    return url


def check_unicode(field: str, value: object) -> None:
    """Refuse a string holding a lone surrogate (not Unicode text; UTF-8 cannot encode it)."""
    if isinstance(value, str) and (found := _SURROGATE.search(value)):
        raise InvalidDocument(
            field, f"holds a lone surrogate (U+{ord(found.group()):04X}) at character {found.start()}, "
            "which is not Unicode text"
        )


def build_document(raw: RawDocument, config: NormalizeConfig) -> Document:
    """Build a queued Document from raw fields: HTML reduced to text, tidied, dated, lang set, id derived."""
    for field, value in (("text", raw.text), ("html", raw.html), ("url", raw.url), ("title", raw.title),
                         ("lang", raw.lang), ("published", raw.published)):
        check_unicode(field, value)
    text = raw.text
    url, title, lang, published = raw.url, raw.title, raw.lang, raw.published
    if (text is None or not text.strip()) and raw.html is not None:
        size = len(raw.html.encode("utf-8") if isinstance(raw.html, str) else raw.html)
        if size > config.max_html_bytes:
            raise InvalidDocument("html", f"{size} bytes, more than the limit of {config.max_html_bytes}")
        page = html_to_page(raw.html, url=check_url(url))
        text = page.text
        url = url or page.url
        title = title or page.title
        lang = lang or page.lang
        published = published if published not in (None, "") else page.published
    if text is None:
        raise InvalidDocument("text", "missing")
    if not isinstance(text, str):
        raise InvalidDocument("text", f"expected a string, got {type(text).__name__}")
    clean = tidy_text(text)
    if not clean:
        raise InvalidDocument("text", "empty")
    if len(clean) > config.max_text_chars:
        raise InvalidDocument(
            "text", f"{len(clean)} characters, more than the limit of {config.max_text_chars}"
        )
    clean_title = tidy_title(title)
    if clean_title is not None and len(clean_title) > config.max_title_chars:
        raise InvalidDocument(
            "title", f"{len(clean_title)} characters, more than the limit of {config.max_title_chars}"
        )
    clean_url = check_url(url)
    day = parse_published(published)
    language = normalize_lang(lang) or guess_lang(clean if clean_title is None else f"{clean_title}\n{clean}")
    return Document(
        id=document_id(clean_url, clean),
        url=clean_url,
        title=clean_title,
        lang=language,
        published=day,
        text=clean,
        content_hash=content_hash(clean),
    )
