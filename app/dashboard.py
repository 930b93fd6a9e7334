"""The built-in dashboard: the page at `/` and its static files (our code and vendored libraries)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter
from starlette.responses import FileResponse

from app.errors import ApiProblem

STATIC_DIR = Path(__file__).parent / "static"

# The page loads only its own files and talks only to its own API. Even if a report's text ever reached
# the DOM as markup, the browser would refuse inline scripts and event handlers.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # Opening a source article should not tell its site which dashboard the reader came from.
    "Referrer-Policy": "no-referrer",
    # Revalidate on every load (FileResponse sends ETag and Last-Modified), so upgrades show at once.
    "Cache-Control": "no-cache",
}
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}

router = APIRouter(include_in_schema=False)


def _file(path: Path) -> FileResponse:
    media_type = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, headers=SECURITY_HEADERS)


@router.api_route("/", methods=["GET", "HEAD"])
def index() -> FileResponse:
    """Serve the dashboard page."""
    return _file(STATIC_DIR / "index.html")


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"])
def static_file(path: str) -> FileResponse:
    """Serve a file from app/static; nothing outside it, and no directory listings."""
    root = STATIC_DIR.resolve()
    target = (root / path).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise ApiProblem(404, f"There is no dashboard file at /static/{path}.")
    return _file(target)
