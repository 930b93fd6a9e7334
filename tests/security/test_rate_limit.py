"""The rate limit: a token bucket per API key or IP address, 429 problems with Retry-After, probes exempt."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from app.ratelimit import TokenBuckets
from tests.app.api_helpers import assert_problem, make_settings, running_server


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_grants_its_burst_then_asks_to_wait_until_refilled() -> None:
    clock = Clock()
    buckets = TokenBuckets(rate=2.0, burst=3, clock=clock)
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a") == pytest.approx(0.5)  # one token takes half a second at 2/s
    assert buckets.take("b") == 0.0  # another client has a bucket of its own
    clock.now += 0.5
    assert buckets.take("a") == 0.0
    assert buckets.take("a") > 0.0
    clock.now += 60  # refills to the burst, never beyond
    assert [buckets.take("a") for _ in range(4)][-1] > 0.0


def test_the_least_recently_seen_client_is_forgotten_first() -> None:
    clock = Clock()
    buckets = TokenBuckets(rate=1.0, burst=1, clock=clock, max_clients=2)
    buckets.take("old")
    buckets.take("recent")
    buckets.take("new")
    assert len(buckets) == 2
    assert buckets.take("recent") > 0.0  # still remembered (and empty)
    assert buckets.take("old") == 0.0  # forgotten, so it starts full


def test_bad_bucket_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        TokenBuckets(rate=0.0, burst=5)


def test_over_the_limit_is_429_with_retry_after_per_client(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path / "limited.db", worker=False, rate_limit_per_second=0.5, rate_limit_burst=3,
        api_keys="key-one,key-two",
    )
    with running_server(settings) as url, httpx.Client(timeout=30) as client:
        for _ in range(3):
            assert client.get(f"{url}/v1/topics").status_code == 200
        refused = client.get(f"{url}/v1/topics")
        assert_problem(refused, 429, "too many requests")
        assert refused.headers["retry-after"] == "2"  # 1 token at 0.5/s
        assert refused.headers["x-request-id"]
        # Probes and scrapes are never limited.
        for path in ("/health", "/ready", "/metrics"):
            assert client.get(f"{url}{path}").status_code == 200, path
        # A configured key is a client of its own; a made-up key is still the same IP address.
        one = {"X-API-Key": "key-one"}
        answers = [client.get(f"{url}/v1/topics", headers=one).status_code for _ in range(4)]
        assert answers == [200, 200, 200, 429]
        made_up = client.get(f"{url}/v1/topics", headers={"X-API-Key": "key-three"})
        assert made_up.status_code == 429
        two = client.post(f"{url}/v1/documents", json={"text": "A report."}, headers={"X-API-Key": "key-two"})
        assert two.status_code == 202
        # After the wait it asked for, the client is served again.
        time.sleep(int(refused.headers["retry-after"]))
        assert client.get(f"{url}/v1/topics").status_code == 200
        # Refused before routing, so counted without a route template.
        metrics = client.get(f"{url}/metrics").text
        assert 'method="GET",route="<unmatched>",status="429"' in metrics


def test_no_limit_by_default(tmp_path: Path) -> None:
    with running_server(make_settings(tmp_path / "open.db", worker=False)) as url, httpx.Client() as client:
        statuses = {client.get(f"{url}/health").status_code for _ in range(5)}
        statuses |= {client.get(f"{url}/v1/topics").status_code for _ in range(100)}
        assert statuses == {200}
        documented = client.get(f"{url}/openapi.json").json()["paths"]["/v1/topics"]["get"]["responses"]
        assert "429" not in documented
