"""Logging: one setup for every entry point, with the id of the request being served on each line."""

from __future__ import annotations

import logging
from contextvars import ContextVar
from datetime import UTC, datetime

import orjson

# The id of the request the current task or thread is serving; "-" outside requests.
request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
# Attributes every LogRecord has; anything else on a record came from `extra=` and is logged as a field.
# (uvicorn attaches a colored copy of some messages, which is no field.)
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {
    "message", "asctime", "request_id", "color_message"
}


def extra_fields(record: logging.LogRecord) -> dict[str, object]:
    """Return the fields a caller attached with `extra=` (document ids, counts...)."""
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD}


class TextFormatter(logging.Formatter):
    """One line per record: time, level, logger, request id, message, then key=value extras."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        """Format the record, appending its extra fields."""
        line = super().format(record)
        extras = extra_fields(record)
        if not extras:
            return line
        first, newline, rest = line.partition("\n")
        pairs = " ".join(f"{k}={v}" for k, v in extras.items())
        return f"{first} {pairs}{newline}{rest}"


class RequestIdFilter(logging.Filter):
    """Stamp every record with the current request id, so one request's lines can be grepped together."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add request_id to the record; never drops it."""
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a JSON line with time, level, logger, request id and message."""
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        entry.update(extra_fields(record))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def configure_logging(level: int, fmt: str = "text") -> None:
    """Send every logger (ours and uvicorn's) to stderr in one format, at the given level."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        uv = logging.getLogger(name)
        uv.handlers[:] = []
        uv.propagate = True
    # RequestContextMiddleware writes one access line per request, with its id; uvicorn's would repeat it.
    logging.getLogger("uvicorn.access").disabled = True
