"""Read documents from files: JSONL, JSON, plain text and HTML, one by one, with per-item errors.

Readers never raise for a bad item: they yield an ItemError naming the file (and line) and go on, so
one broken line in a large export loses nothing else. What each file type means is in docs/INGEST.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from graph.models import Document
from ingest.normalize import InvalidDocument, NormalizeConfig, RawDocument, build_document

SUFFIXES = (".jsonl", ".json", ".txt", ".html", ".htm")
# A .txt file starts with a headline when its first line is this short and a blank line follows it.
TXT_TITLE_MAX_CHARS = 200
_STRING_FIELDS = ("url", "title", "lang", "text", "html")


@dataclass(frozen=True)
class ItemError:
    """One input that could not become a document: where it is (file, file:line, URL) and why."""

    ref: str
    message: str


@dataclass(frozen=True)
class Loaded:
    """One document read from a source, with where it came from and the id the input gave it, if any."""

    ref: str
    document: Document
    external_id: str | None = None


SourceItem = Loaded | ItemError


# json.loads recurses once per level of nesting: thousands of "[" exhaust the stack.
_TOO_DEEP = "invalid JSON: nested too deeply"


def raw_from_fields(fields: Mapping[str, object]) -> RawDocument:
    """Pick the document fields of SCHEMA.md (id, url, title, lang, published, text) from a JSON object.

    Other fields (contacts, notes, ...) are ignored. An "html" field is read when "text" is absent.
    """
    values: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            raise InvalidDocument(name, f"expected a string, got {type(value).__name__}")
        values[name] = value
    external = fields.get("id")
    if external is not None and not isinstance(external, str | int):
        raise InvalidDocument("id", f"expected a string, got {type(external).__name__}")
    published = fields.get("published")
    if published is not None and not isinstance(published, str):
        raise InvalidDocument("published", f"expected an ISO date string, got {type(published).__name__}")
    return RawDocument(
        text=values["text"],
        html=values["html"],
        url=values["url"],
        title=values["title"],
        lang=values["lang"],
        published=published,
        external_id=None if external is None else str(external),
    )


def _from_fields(ref: str, fields: object, config: NormalizeConfig) -> SourceItem:
    if not isinstance(fields, Mapping):
        return ItemError(ref, f"expected a JSON object, got {type(fields).__name__}")
    try:
        raw = raw_from_fields(fields)
        return Loaded(ref, build_document(raw, config), raw.external_id)
    except InvalidDocument as exc:
        return ItemError(ref, str(exc))


def read_jsonl(path: Path, config: NormalizeConfig) -> Iterator[SourceItem]:
    """Yield one item per non-blank line of a JSONL file; a bad line is an ItemError naming its number."""
    with path.open("rb") as fh:
        for number, raw_line in enumerate(fh, start=1):
            ref = f"{path}:{number}"
            try:
                line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield ItemError(ref, f"not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if not line.strip():
                continue
            try:
                fields = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ItemError(ref, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            except RecursionError:
                yield ItemError(ref, _TOO_DEEP)
                continue
            yield _from_fields(ref, fields, config)


def _read_text(path: Path, limit: int) -> str:
    size = path.stat().st_size
    if size > limit:
        raise InvalidDocument("file", f"{size} bytes, more than the limit of {limit}")
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidDocument("file", f"not UTF-8 ({exc.reason} at byte {exc.start})") from None


def read_json(path: Path, config: NormalizeConfig) -> Iterator[SourceItem]:
    """Yield the document of a .json file holding one object, or one item per object of a list."""
    try:
        data = json.loads(_read_text(path, config.max_html_bytes))
    except InvalidDocument as exc:
        yield ItemError(str(path), str(exc))
        return
    except json.JSONDecodeError as exc:
        yield ItemError(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    except RecursionError:
        yield ItemError(str(path), _TOO_DEEP)
        return
    if isinstance(data, list):
        for index, fields in enumerate(data):
            yield _from_fields(f"{path}[{index}]", fields, config)
    else:
        yield _from_fields(str(path), data, config)


def split_txt_title(content: str) -> tuple[str | None, str]:
    """Split a headline off a text file: a first line of at most 200 characters followed by a blank line."""
    lines = content.lstrip("\ufeff").lstrip("\n").split("\n", 2)
    if (
        len(lines) == 3
        and lines[0].strip()
        and len(lines[0].strip()) <= TXT_TITLE_MAX_CHARS
        and not lines[1].strip()
        and lines[2].strip()
    ):
        return lines[0].strip(), lines[2]
    return None, content


def read_txt(path: Path, config: NormalizeConfig) -> Iterator[SourceItem]:
    """Yield the document of a plain-text file (headline split off by split_txt_title)."""
    try:
        # Tidying only shrinks a text, and a character is at most 4 bytes in UTF-8.
        content = _read_text(path, 4 * config.max_text_chars)
        title, text = split_txt_title(content.replace("\r\n", "\n"))
        yield Loaded(str(path), build_document(RawDocument(text=text, title=title), config))
    except InvalidDocument as exc:
        yield ItemError(str(path), str(exc))


def read_html(path: Path, config: NormalizeConfig) -> Iterator[SourceItem]:
    """Yield the document of an HTML file: main text, title, canonical URL, date and lang from the page."""
    try:
        size = path.stat().st_size
        if size > config.max_html_bytes:
            raise InvalidDocument("file", f"{size} bytes, more than the limit of {config.max_html_bytes}")
        # Bytes, so that trafilatura honours the page's own charset declaration.
        yield Loaded(str(path), build_document(RawDocument(html=path.read_bytes()), config))
    except InvalidDocument as exc:
        yield ItemError(str(path), str(exc))


_READERS = {
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
}


def list_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[ItemError]]:
    """Expand paths into the readable files they name (directories recursively, sorted, hidden skipped).

    A missing path or a named file of an unsupported type is an error; unsupported files found inside a
    directory are skipped quietly (a folder of articles often holds images too).
    """
    files: list[Path] = []
    errors: list[ItemError] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
                if found.is_file() and not hidden and found.suffix.lower() in _READERS:
                    files.append(found)
        elif path.is_file():
            if path.suffix.lower() in _READERS:
                files.append(path)
            else:
                expected = ", ".join(SUFFIXES)
                errors.append(ItemError(str(path), f"unsupported file type (expected one of {expected})"))
        else:
            errors.append(ItemError(str(path), "no such file or directory"))
    return files, errors


def read_file(path: Path, config: NormalizeConfig) -> Iterator[SourceItem]:
    """Yield the items of one file, chosen by its suffix; an unreadable file is one ItemError."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield ItemError(str(path), "unsupported file type")
        return
    try:
        yield from reader(path, config)
    except OSError as exc:
        yield ItemError(str(path), f"cannot read: {exc.strerror or exc}")


def read_paths(paths: Iterable[str | Path], config: NormalizeConfig) -> Iterator[SourceItem]:
    """Yield every item of every file the paths name, errors included, in a stable order."""
    files, errors = list_files(paths)
    yield from errors
    for path in files:
        yield from read_file(path, config)
