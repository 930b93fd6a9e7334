"""Reading a JSON request body ourselves, so each way it can be wrong gets its own clear answer."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import Request

from app.errors import ApiProblem


async def read_json(request: Request) -> Any:
    """Read the body (capped by BodyLimitMiddleware), require UTF-8 and parse it as JSON."""
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
