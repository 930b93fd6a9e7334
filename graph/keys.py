"""Deterministic identifiers: the same input always gets the same id, in every store and every process."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the reader; two URLs differing in them are the same report.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|igshid|at_\w+)$", re.I)


def _digest(*parts: str, size: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:size]


def slugify(name: str) -> str:
    """Turn a name into a lowercase ASCII slug ("Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan")."""
    ascii_ = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug or "x-" + _digest(name, size=10)


def canonical_url(url: str) -> str:
    """Normalize a URL so that one page has one form: lower-case host, no fragment, no tracking query.

    A malformed URL (bad port, broken IPv6 host) is returned stripped: it still names itself.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    # http and https serve the same article; the id must not depend on which one was linked.
    return urlunsplit(("https" if scheme in {"http", "https"} else scheme, netloc, path, query, ""))


def content_hash(text: str) -> str:
    """Hash a text after Unicode and whitespace normalization, so re-posted copies hash the same."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def document_id(url: str | None, text: str) -> str:
    """Derive a document id from its canonical URL, else from its content hash."""
    if url:
        return "u-" + _digest(canonical_url(url))
    return "h-" + content_hash(text)[:16]


def pair_key(a: str, b: str) -> str:
    """Key an unordered pair of leader ids."""
    x, y = (a, b) if a <= b else (b, a)
    return f"{x}|{y}"


def contact_id(a: str, b: str, date: str | None, mode: str, status: str) -> str:
    """Derive a contact id from its participants, date, mode and status (order of participants ignored)."""
    return "c-" + _digest(pair_key(a, b), date or "", mode, status)


def provisional_leader_id(name: str, country: str) -> str:
    """Id for a leader the gazetteer does not know, kept provisionally from a well-formed mention."""
    return f"provisional-{country.lower()}-{slugify(name)}"
