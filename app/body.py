"""Reading a JSON request body ourselves, so each way it can be wrong gets its own clear answer."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import Request

from app.errors import ApiProblem


def is_json_media_type(content_type: str | None) -> bool:
    """Tell whether a Content-Type is application/json or an application/*+json, whatever its parameters."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


async def read_json(request: Request) -> Any:
    """Require a JSON Content-Type, read the body (capped by BodyLimitMiddleware), require UTF-8, parse it.

    The media type matters for safety, not pedantry: a web page on any origin may POST text/plain,
    form data or a typeless body to the API without a CORS preflight, so accepting those as JSON would
    let any site a user visits write reports into a local, keyless Diplograph. application/json needs
    a preflight, which the closed CORS policy refuses.
    """
    content_type = request.headers.get("content-type")
    if not is_json_media_type(content_type):
        given = f"Content-Type {content_type[:100]!r}" if content_type else "no Content-Type"
        raise ApiProblem(415, f"Send the body as JSON with Content-Type: application/json (got {given}).")
    raw = await request.body()
    if not raw.strip():
        raise ApiProblem(400, "The request body is empty; send a JSON document or a JSON list of them.")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiProblem(
            400, f"The request body is not UTF-8 text (invalid byte at offset {exc.start}); send UTF-8 JSON."
        ) from None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ApiProblem(
            400, f"The request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from None
