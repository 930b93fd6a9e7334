"""Paginated lists: the envelope's meta and the Link rel="next" header, the same for every list."""

from __future__ import annotations

from fastapi import Request, Response

from app.schemas import Meta


def list_meta(request: Request, response: Response, count: int, next_cursor: str | None) -> Meta:
    """Return a page's meta; when there is a next page, also point at it with a Link header."""
    if next_cursor is not None:
        next_url = request.url.include_query_params(cursor=next_cursor)
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return Meta(count=count, next_cursor=next_cursor)
