"""API keys over real HTTP: writes need one once keys are set; reads too when asked; problems say why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import assert_problem, make_settings, running_server

DOC = {"text": "A short report used to test API keys.", "lang": "en"}


@pytest.fixture()
def keyed_server(tmp_path: Path) -> Iterator[str]:
    settings = make_settings(tmp_path / "keys.db", worker=False, api_keys="alpha-key, beta-key")
    with running_server(settings) as url:
        yield url


def test_write_without_key_is_401(keyed_server: str, client: httpx.Client) -> None:
    response = client.post(f"{keyed_server}/v1/documents", json=DOC)
    assert_problem(response, 401, "X-API-Key")
    assert response.headers["www-authenticate"] == "X-API-Key"


def test_write_with_wrong_key_is_403(keyed_server: str, client: httpx.Client) -> None:
    for wrong in ("alpha-ke", "ALPHA-KEY", "alpha-key,beta-key", "x" * 300):
        response = client.post(f"{keyed_server}/v1/documents", json=DOC, headers={"X-API-Key": wrong})
        assert_problem(response, 403, "not valid")


def test_any_configured_key_writes(keyed_server: str, client: httpx.Client) -> None:
    first = client.post(f"{keyed_server}/v1/documents", json=DOC, headers={"X-API-Key": "alpha-key"})
    assert first.status_code == 202 and first.json()["results"][0]["status"] == "queued"
    second = client.post(f"{keyed_server}/v1/documents", json=DOC, headers={"X-API-Key": "beta-key"})
    assert second.status_code == 202 and second.json()["results"][0]["status"] == "duplicate"


def test_key_is_checked_before_the_body(keyed_server: str, client: httpx.Client) -> None:
    response = client.post(f"{keyed_server}/v1/documents", content=b"{not json")
    assert_problem(response, 401)


def test_reads_stay_open_by_default(keyed_server: str, client: httpx.Client) -> None:
    assert client.get(f"{keyed_server}/v1/topics").status_code == 200
    assert client.get(f"{keyed_server}/health").status_code == 200


def test_protected_reads(tmp_path: Path, client: httpx.Client) -> None:
    settings = make_settings(tmp_path / "reads.db", worker=False, api_keys="k1", protect_reads=True)
    with running_server(settings) as url:
        assert_problem(client.get(f"{url}/v1/topics"), 401)
        assert_problem(client.get(f"{url}/v1/contacts", headers={"X-API-Key": "k2"}), 403)
        assert client.get(f"{url}/v1/topics", headers={"X-API-Key": "k1"}).status_code == 200
        # Liveness, readiness and the API description stay open for load balancers and people.
        assert client.get(f"{url}/health").status_code == 200
        assert client.get(f"{url}/ready").status_code == 200
        assert client.get(f"{url}/openapi.json").status_code == 200
