"""Bad input over real HTTP: every mistake gets a 4xx problem with a clear detail, never a 500 or a trace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from api_helpers import assert_problem, make_settings, serving
from fastapi import FastAPI

from app.errors import install_error_handlers
from app.main import create_app

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "'; DROP TABLE contacts; --",
    "\" OR 1=1 --",
    "MATCH (n) DETACH DELETE n",
    "}) RETURN n //",
    "Robert'); DELETE FROM documents;--",
    "\u202eevil\u0000",
]


def post(client: httpx.Client, url: str, body: bytes, **headers: str) -> httpx.Response:
    headers = {"Content-Type": "application/json", **headers}
    return client.post(f"{url}/v1/documents", content=body, headers=headers)


def test_malformed_json(empty_server: str, client: httpx.Client) -> None:
    assert_problem(post(client, empty_server, b'{"text": "unterminated'), 400, "not valid JSON")


def test_empty_body(empty_server: str, client: httpx.Client) -> None:
    assert_problem(post(client, empty_server, b""), 400, "empty")


def test_binary_body_is_not_utf8(empty_server: str, client: httpx.Client) -> None:
    body = bytes(range(256)) * 4
    assert_problem(post(client, empty_server, body), 400, "not UTF-8")


def test_latin1_text_is_not_utf8(empty_server: str, client: httpx.Client) -> None:
    body = '{"text": "Le président a parlé"}'.encode("latin-1")
    assert_problem(post(client, empty_server, body), 400, "not UTF-8")


def test_wrong_types(empty_server: str, client: httpx.Client) -> None:
    body = assert_problem(post(client, empty_server, b'{"text": 42, "url": ["x"]}'), 422, "invalid")
    fields = {e["field"] for e in body["errors"]}
    assert "0.text" in fields and "0.url" in fields


def test_json_that_is_not_a_document(empty_server: str, client: httpx.Client) -> None:
    assert_problem(post(client, empty_server, b'"just a string"'), 422)
    assert_problem(post(client, empty_server, b"[]"), 422, "empty")
    assert_problem(post(client, empty_server, b"[1, 2]"), 422)


def test_document_without_text(empty_server: str, client: httpx.Client) -> None:
    assert_problem(post(client, empty_server, b'{"title": "headline only"}'), 422, "text")


def test_impossible_publication_date(empty_server: str, client: httpx.Client) -> None:
    body = b'{"text": "Some report text.", "published": "2026-02-30"}'
    problem = assert_problem(post(client, empty_server, body), 422, "published")
    assert "2026-02-30" in problem["detail"]


def test_bad_url(empty_server: str, client: httpx.Client) -> None:
    body = b'{"text": "Report.", "url": "javascript:alert(1)"}'
    assert_problem(post(client, empty_server, body), 422, "url")


def test_one_bad_document_refuses_the_batch(empty_server: str, client: httpx.Client) -> None:
    before = client.get(f"{empty_server}/v1/queue").json()["queued"]
    body = b'[{"text": "A fine report, refused with the rest."}, {"text": "B", "published": "2025-13-01"}]'
    problem = assert_problem(post(client, empty_server, body), 422, "document 1")
    assert problem["errors"][0]["field"] == "1.published"
    assert client.get(f"{empty_server}/v1/queue").json()["queued"] == before


def test_batch_over_the_limit(empty_server: str, client: httpx.Client) -> None:
    body = b"[" + b",".join(b'{"text": "Report number %d."}' % i for i in range(6)) + b"]"
    assert_problem(post(client, empty_server, body), 413, "limit is 5")


def test_declared_body_over_the_limit(empty_server: str, client: httpx.Client) -> None:
    body = b'{"text": "' + b"x" * 30_000 + b'"}'
    assert_problem(post(client, empty_server, body), 413, "larger than the limit")


def test_streamed_body_over_the_limit(empty_server: str, client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):
            yield b"y" * 1000
        yield b'"}'

    # A generator body goes out chunked, with no Content-Length: the cap must count as it streams.
    response = client.post(
        f"{empty_server}/v1/documents", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in response.request.headers
    assert_problem(response, 413, "larger than the limit")


def test_bad_content_length(empty_server: str) -> None:
    # httpx will not send a lying Content-Length; speak HTTP/1.1 by hand.
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(empty_server)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(b"POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n{}")
        reply = sock.recv(4096)
    assert reply.startswith(b"HTTP/1.1 4"), reply


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("since=2026-02-30", "since"),
        ("until=2025-13-01", "until"),
        ("since=yesterday", "since"),
        ("since=2026-02-01&until=2026-01-01", "after until"),
        ("country=XYZ", "country"),
        ("country=France", "country"),
        ("mode=telepathy", "mode"),
        ("status=rumoured", "status"),
        ("setting=picnic", "setting"),
        ("topic=gossip", "topic"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("leader=", "leader"),
    ],
)
def test_bad_contact_filters(empty_server: str, client: httpx.Client, query: str, fragment: str) -> None:
    response = client.get(f"{empty_server}/v1/contacts?{query}")
    assert_problem(response, 422, fragment)


def test_bad_cursor(empty_server: str, client: httpx.Client) -> None:
    response = client.get(f"{empty_server}/v1/contacts", params={"cursor": "not-a-cursor"})
    assert 400 <= response.status_code < 500
    assert_problem(response, response.status_code)


def test_unknown_country_network(empty_server: str, client: httpx.Client) -> None:
    assert_problem(client.get(f"{empty_server}/v1/countries/XYZ/network"), 422, "iso3")
    assert_problem(client.get(f"{empty_server}/v1/countries/FRA/network?since=2026-02-30"), 422, "since")


def test_unknown_things_are_404(empty_server: str, client: httpx.Client) -> None:
    assert_problem(client.get(f"{empty_server}/v1/documents/u-0000"), 404, "document")
    assert_problem(client.get(f"{empty_server}/v1/contacts/c-0000"), 404, "contact")
    assert_problem(client.get(f"{empty_server}/v1/leaders/nobody-at-all"), 404)
    assert_problem(client.get(f"{empty_server}/v1/contacts", params={"leader": "Nobody Atall"}), 404)
    assert_problem(client.get(f"{empty_server}/v1/pairs", params={"a": "Macron", "b": "Nobody"}), 404)
    assert_problem(client.get(f"{empty_server}/v1/no-such-route"), 404, "/v1/no-such-route")


def test_wrong_method_and_missing_parameters(empty_server: str, client: httpx.Client) -> None:
    assert_problem(client.delete(f"{empty_server}/v1/documents"), 405, "DELETE")
    assert_problem(client.get(f"{empty_server}/v1/pairs?a=Macron"), 422, "b")


def test_same_leader_twice_is_not_a_pair(empty_server: str, client: httpx.Client) -> None:
    response = client.get(f"{empty_server}/v1/pairs", params={"a": "emmanuel-macron", "b": "Emmanuel Macron"})
    assert_problem(response, 422, "same leader")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_in_every_parameter_are_harmless(
    empty_server: str, client: httpx.Client, hostile: str
) -> None:
    for path, params in [
        ("/v1/leaders", {"q": hostile}),
        ("/v1/contacts", {"leader": hostile}),
        ("/v1/contacts", {"with": hostile}),
        ("/v1/contacts", {"cursor": hostile}),
        ("/v1/contacts", {"topic": hostile}),
        ("/v1/contacts", {"country": hostile}),
        ("/v1/pairs", {"a": hostile, "b": hostile}),
    ]:
        response = client.get(f"{empty_server}{path}", params=params)
        assert response.status_code < 500, (path, params, response.text)
        assert "Traceback" not in response.text
    for path in ("/v1/leaders/", "/v1/contacts/", "/v1/documents/", "/v1/countries/"):
        response = client.get(f"{empty_server}{path}{quote(hostile, safe='')}")
        assert response.status_code < 500, (path, response.text)
    # The store still answers, with what it had.
    assert client.get(f"{empty_server}/ready").status_code == 200
    assert client.get(f"{empty_server}/v1/leaders", params={"q": "Macron"}).json()["meta"]["count"] >= 1


def test_hostile_strings_round_trip_unchanged(empty_server: str, client: httpx.Client) -> None:
    text = "A report quoting these strings: " + " | ".join(HOSTILE[:-1])
    title = HOSTILE[0] + " " + HOSTILE[2] + " " + HOSTILE[4]
    before = client.get(f"{empty_server}/v1/queue").json()["queued"]
    response = client.post(f"{empty_server}/v1/documents", json={"title": title, "text": text, "lang": "en"})
    assert response.status_code == 202, response.text
    doc_id = response.json()["results"][0]["id"]
    doc = client.get(f"{empty_server}/v1/documents/{doc_id}").json()
    assert doc["title"] == title and doc["text"] == text
    assert client.get(f"{empty_server}/v1/queue").json()["queued"] == before + 1


def test_unexpected_errors_are_500_problems_without_trace(client: httpx.Client) -> None:
    # A route with a bug, behind the app's own error handlers, over real HTTP.
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail /etc/passwd")

    with serving(app) as url:
        response = client.get(f"{url}/boom")
    problem = assert_problem(response, 500, "unexpected")
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert problem["type"] == "about:blank"


def test_ready_is_503_when_the_store_does_not_answer(tmp_path: Path, client: httpx.Client) -> None:
    app = create_app(make_settings(tmp_path / "down.db", worker=False))
    with serving(app) as url:
        assert client.get(f"{url}/ready").status_code == 200
        app.state.diplograph.store.close()  # the store goes away under the running app
        response = client.get(f"{url}/ready")
        assert_problem(response, 503, "store")
        assert response.headers["retry-after"] == "5"
        assert_problem(client.get(f"{url}/v1/topics"), 503)
        assert client.get(f"{url}/health").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "https://[::1",  # urlsplit raised ValueError: this was a 500
        "https://example.org:-1/report",
        "http://example.org:99999/report",
        "https://example.org/a\u0000b",
        "https://exa mple.org/report",
        "https://example.org/a\nb",
    ],
)
def test_broken_urls_are_422_not_500(empty_server: str, client: httpx.Client, url: str) -> None:
    body = {"url": url, "text": f"Macron called Putin about {url!r}.", "lang": "en"}
    problem = assert_problem(client.post(f"{empty_server}/v1/documents", json=body), 422, "url")
    assert problem["errors"][0]["field"] == "0.url"


@pytest.mark.parametrize(
    "published",
    ["Tue, 01 Jan 0000 00:00:00 GMT", "Sat, 01 Jan 0001 00:00:00 +1400", "Fri, 01 Jan 0099 12:00 GMT"],
)
def test_rfc2822_dates_with_a_padded_tiny_year_are_refused(
    empty_server: str, client: httpx.Client, published: str
) -> None:
    # email.utils reads a year below 100 as two digits ("0000" -> 2000): an impossible date became 2000.
    body = {"text": f"Macron called Putin ({published}).", "published": published, "lang": "en"}
    assert_problem(client.post(f"{empty_server}/v1/documents", json=body), 422, "published", "year")
    ok = {"text": "Macron called Putin on a real day.", "published": "Fri, 01 Jan 99 00:00:00 GMT",
          "lang": "en"}
    assert client.post(f"{empty_server}/v1/documents", json=ok).status_code == 202


@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
     "multipart/form-data; boundary=x", "application/xml", "application/jsonx"],
)
def test_bodies_not_sent_as_json_are_415(
    empty_server: str, client: httpx.Client, content_type: str | None
) -> None:
    # A page on any origin may POST these (or a typeless body) without a CORS preflight: taking them as
    # JSON let any web site write reports into a local, keyless Diplograph. Before: 202.
    body = b'{"text": "Macron called Putin about a cross-site post.", "lang": "en"}'
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(f"{empty_server}/v1/documents", content=body, headers=headers)
    assert_problem(response, 415, "application/json")


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "APPLICATION/JSON",
                                          "application/problem+json"])
def test_json_media_types_are_accepted(empty_server: str, client: httpx.Client, content_type: str) -> None:
    body = f'{{"text": "Macron called Putin ({content_type}).", "lang": "en"}}'.encode()
    headers = {"Content-Type": content_type}
    response = client.post(f"{empty_server}/v1/documents", content=body, headers=headers)
    assert response.status_code == 202, response.text
