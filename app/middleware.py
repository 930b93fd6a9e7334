"""ASGI middleware: a request id, an access line and a timing per request, and a cap on body size."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import BodyTooLarge, problem, unexpected_problem
from app.logs import request_id_var
from app.metrics import Metrics

access_log = logging.getLogger("diplograph.access")
# A client-supplied request id is kept only when it is short and plain (it ends up in our logs).
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class RequestContextMiddleware:
    """Give each request an id (the client's X-Request-ID if sane), echo it, log one access line, time it.

    The time goes to the metrics (when given) under the route template the router matched.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics | None = None) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request with its id set in the logging context."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = _header(scope, b"x-request-id")
        rid = given if given and _SAFE_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(rid)
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            # Answered here, not by Starlette's outermost handler: that one re-raises to the server,
            # which then drops the connection, and it logs outside the request's id.
            if status:
                raise  # the answer has begun; nothing better can be sent now
            failure = unexpected_problem(scope.get("method", "-"), scope.get("path", ""), exc)
            await failure(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            # No answer began: the client went away first (nginx's 499, "client closed request").
            status = status or 499
            if self.metrics is not None:
                self.metrics.observe_request(scope, status, elapsed)
            path = scope.get("path", "")
            query = scope.get("query_string", b"")
            target = f"{path}?{query.decode('latin-1')}" if query else path
            access_log.info("%s %s %d %.1fms", scope.get("method", "-"), target, status, elapsed * 1000)
            request_id_var.reset(token)


class BodyLimitMiddleware:
    """Refuse bodies over a limit: at once from Content-Length, and while streaming for chunked bodies."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 413 before reading a body declared too large; count the bytes of any other."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await problem(400, "Content-Length is not a number.")(scope, receive, send)
                return
            if int(declared) > self.max_bytes:
                too_large = BodyTooLarge(self.max_bytes)
                await problem(413, too_large.detail, **too_large.extra)(scope, receive, send)
                return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # Raised inside whoever reads the body; the error handler answers 413.
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None
