"""A rate limit per client: a token bucket per API key (or IP address), 429 with Retry-After when empty.

Each client's bucket holds up to `burst` tokens and refills at `rate` tokens per second; a request takes
one. A client is the API key it sent when that key is one of the configured ones (so clients behind one
proxy or NAT with their own keys do not share a bucket), else its IP address: a made-up key buys nothing.
Liveness, readiness and metrics are never limited, so load balancers and Prometheus keep working.
The buckets live in the process: with several API processes, each keeps its own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

from app.deps import key_index
from app.errors import problem

# Paths that are never limited: probes and scrapes must not be refused when a client floods the API.
EXEMPT_PATHS = frozenset({"/health", "/ready", "/metrics"})
# At most this many clients are remembered; the least recently seen is forgotten first (its bucket would
# have refilled by then unless the API is flooded by more clients than this, where forgetting errs toward
# letting a request through).
MAX_CLIENTS = 10_000


class TokenBuckets:
    """Token buckets by client name: `rate` tokens a second, up to `burst`; each request takes one."""

    def __init__(
        self,
        rate: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("a token bucket needs a positive rate and a burst of at least 1")
        self.rate = rate
        self.burst = float(burst)
        self.clock = clock
        self.max_clients = max_clients
        # client -> (tokens left, when they were counted); dict order is least recently seen first.
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """Take a token for the client: 0.0 when granted, else the seconds until a token will be there."""
        now = self.clock()
        tokens, counted = self._buckets.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - counted) * self.rate)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self.rate
        self._buckets[client] = (tokens, now)
        if len(self._buckets) > self.max_clients:
            del self._buckets[next(iter(self._buckets))]
        return wait

    def __len__(self) -> int:
        return len(self._buckets)


class RateLimitMiddleware:
    """Refuse a client's request with a 429 problem and Retry-After once its bucket is empty."""

    def __init__(self, app: ASGIApp, buckets: TokenBuckets, keys: Sequence[str]) -> None:
        self.app = app
        self.buckets = buckets
        self.keys = list(keys)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on when the client has a token left, else answer 429."""
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        wait = self.buckets.take(self.client(scope))
        if wait <= 0.0:
            await self.app(scope, receive, send)
            return
        seconds = max(1, math.ceil(wait))
        response = problem(
            429,
            f"Too many requests from this client; retry in {seconds} s.",
            {"Retry-After": str(seconds)},
        )
        await response(scope, receive, send)

    def client(self, scope: Scope) -> str:
        """Name the client: a configured API key it sent (by position, never the key), else its address."""
        if self.keys:
            for name, value in scope.get("headers", ()):
                if name == b"x-api-key":
                    index = key_index(self.keys, value.decode("latin-1"))
                    if index is not None:
                        return f"key:{index}"
                    break
        peer = scope.get("client")
        return f"ip:{peer[0]}" if peer else "ip:-"
