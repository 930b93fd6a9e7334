"""HTTP fetching for feeds and their pages: bounded in time, size and redirects, with an honest User-Agent."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit, urlunsplit

import httpx

PROJECT_URL = "https://github.com/diplograph/diplograph"
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "text/plain",
)
PAGE_TYPES = ("text/html", "application/xhtml+xml")


def default_user_agent() -> str:
    """Name Diplograph, its version and where to read about it, so site owners know who is asking."""
    try:
        ours = version("diplograph")
    except PackageNotFoundError:
        ours = "dev"
    return f"Diplograph/{ours} (+{PROJECT_URL})"


@dataclass(frozen=True)
class FeedConfig:
    """How feeds and their pages are fetched and how often feeds are polled; built by the entry point."""

    interval_seconds: float = 900.0
    # The whole of one request, from connecting to the last byte.
    timeout_seconds: float = 10.0
    max_bytes: int = 5_000_000
    user_agent: str = field(default_factory=default_user_agent)
    max_redirects: int = 5
    max_items_per_poll: int = 50


class FetchError(Exception):
    """A URL could not be fetched within the limits; the message says why, without credentials."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{redact_url(url)}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Fetched:
    """A fetched response: final URL, status, body and the validators for the next conditional GET."""

    url: str
    status: int
    content: bytes
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """Tell whether the server answered 304: nothing changed since the given validators."""
        return self.status == 304


def redact_url(url: str) -> str:
    """Drop any user:password from a URL before it is logged or shown."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def make_client(config: FeedConfig) -> httpx.Client:
    """Build the HTTP client for feeds and pages: timeouts, bounded redirects, our User-Agent."""
    return httpx.Client(
        timeout=httpx.Timeout(config.timeout_seconds),
        follow_redirects=True,
        max_redirects=config.max_redirects,
        headers={"User-Agent": config.user_agent},
    )


def fetch(
    client: httpx.Client,
    url: str,
    config: FeedConfig,
    accept: tuple[str, ...],
    etag: str | None = None,
    modified: str | None = None,
) -> Fetched:
    """GET a URL within the config's time and size limits; refuse content types not in accept.

    etag and modified make it a conditional GET: a 304 comes back as Fetched with not_modified set.
    Any failure raises FetchError with a reason a person can act on.
    """
    if urlsplit(url).scheme.lower() not in {"http", "https"}:
        raise FetchError(url, "only http and https URLs are fetched")
    headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    deadline = time.monotonic() + config.timeout_seconds
    try:
        with client.stream("GET", url, headers=headers) as response:
            final = str(response.url)
            if response.status_code == 304:
                return Fetched(final, 304, b"", etag=etag, last_modified=modified)
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            content_type, charset = _content_type(response.headers.get("content-type"))
            if content_type is not None and content_type not in accept:
                raise FetchError(url, f"content type {content_type} is not one of {', '.join(accept)}")
            declared = response.headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > config.max_bytes:
                raise FetchError(url, f"{declared} bytes, more than the limit of {config.max_bytes}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > config.max_bytes:
                    raise FetchError(url, f"more than the limit of {config.max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(url, f"took longer than {config.timeout_seconds:g} s")
            return Fetched(
                url=final,
                status=response.status_code,
                content=bytes(body),
                content_type=content_type,
                charset=charset,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
    except httpx.TooManyRedirects:
        raise FetchError(url, f"more than {config.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(url, f"timed out after {config.timeout_seconds:g} s") from None
    except httpx.HTTPError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from None


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return mime.strip().lower() or None, charset
