"""`gazetteer refresh` on recorded Wikidata answers, and the HTTP client against a real local server."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs

import httpx
import pytest

from graph.text import fold
from ingest.gazetteer import DATA_DIR, Gazetteer, load
from ingest.gazetteer.refresh import (
    HttpSparql,
    QueryTimeout,
    RecordedSparql,
    RefreshConfig,
    SparqlError,
    refresh,
    wikidata_day,
    wikidata_user_agent,
)
from ingest.gazetteer.terms import read_rows

FIXTURES = Path(__file__).parent / "fixtures" / "wikidata"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Gazetteer, Path, RecordedSparql]:
    data = tmp_path_factory.mktemp("gazetteer")
    shutil.copytree(DATA_DIR / "manual", data / "manual")
    for name in ("countries.jsonl", "titles.jsonl"):
        shutil.copy(DATA_DIR / name, data / name)
    (data / "wikidata_terms.jsonl").write_text("", encoding="utf-8")  # nothing from the shared table
    client = RecordedSparql(FIXTURES)
    report = refresh(data, client)
    assert report.terms > 0 and report.build is not None
    return load(data), data, client


def french_president(gaz: Gazetteer, day: date) -> list[str]:
    """Resolve "the French president" the way an extractor does: demonym -> country, title -> role."""
    (country,) = gaz.country_index[fold("French")]
    return [ldr.id for ldr in gaz.holders_by_title(country, "president", day)]


def test_french_president_2019_and_2010(refreshed: tuple[Gazetteer, Path, RecordedSparql]) -> None:
    gaz, _, _ = refreshed
    assert french_president(gaz, date(2019, 6, 1)) == ["emmanuel-macron"]
    assert french_president(gaz, date(2010, 6, 1)) == ["nicolas-sarkozy"]
    assert [ldr.id for ldr in gaz.holders("FRA", "head_of_state", date(2019, 6, 1))] == ["emmanuel-macron"]


Refreshed = tuple[Gazetteer, Path, RecordedSparql]


def test_timeout_falls_back_to_one_query_per_country(refreshed: Refreshed) -> None:
    _, _, client = refreshed
    assert client.asked[:2] == ["A", "states"]
    assert {"A:Q142", "A:Q43", "A:Q30"} <= set(client.asked)
    assert "B" in client.asked and "labels:0" in client.asked


def test_wikidata_rows_become_leaders(refreshed: tuple[Gazetteer, Path, RecordedSparql]) -> None:
    gaz, data, _ = refreshed
    erdogan = gaz.leader("recep-tayyip-erdogan")
    assert erdogan.wikidata == "Q39259"
    assert [ldr.id for ldr in gaz.holders("TUR", "head_of_government", date(2017, 1, 1))] == [
        "binali-yildirim"]
    assert [ldr.id for ldr in gaz.holders("USA", "head_of_state", date(2022, 1, 1))] == ["joe-biden"]
    assert [ldr.id for ldr in gaz.holders("SYR", "head_of_state", date(2025, 6, 1))] == ["ahmed-al-sharaa"]
    # Labels from Wikidata are names; our hand-written names are merged in.
    assert "erdogan" in {fold(a) for a in erdogan.aliases}
    assert "بشار الاسد" in {fold(a) for a in gaz.leader("bashar-al-assad").aliases}
    # Hand-written additions still apply on top of the refreshed rows.
    assert [ldr.id for ldr in gaz.holders("UN", "intl_org_head", date(2020, 1, 1))] == ["antonio-guterres"]
    rows = list(read_rows(data / "wikidata_terms.jsonl"))
    assert all(r["country"] in {"FRA", "TUR", "SYR", "EGY", "RUS", "USA", "GBR"} for r in rows)


def test_precision_and_unknown_end(refreshed: tuple[Gazetteer, Path, RecordedSparql]) -> None:
    _, data, _ = refreshed
    ozal = next(r for r in read_rows(data / "wikidata_terms.jsonl") if r["qid"] == "Q180280")
    assert ozal["start"] == "1989-01-01"  # year precision: the first day of the year
    assert not any(r["qid"] == "Q192634" for r in read_rows(data / "wikidata_terms.jsonl"))  # unknown end


def test_wikidata_day_precision() -> None:
    assert wikidata_day("+2019-00-00T00:00:00Z", "9", end=True) == date(2019, 12, 31)
    assert wikidata_day("+2019-02-00T00:00:00Z", "10", end=True) == date(2019, 2, 28)
    assert wikidata_day("+2019-02-00T00:00:00Z", "10", end=False) == date(2019, 2, 1)
    assert wikidata_day("2017-05-14T00:00:00Z", "11", end=False) == date(2017, 5, 14)
    assert wikidata_day(None, None, end=False) is None


class _Wikidata(BaseHTTPRequestHandler):
    """A stand-in query service: 429 once (Retry-After: 0), then the recorded answer; 'slow' never answers."""

    calls: ClassVar[list[dict[str, str]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        query = parse_qs(body)["query"][0]
        _Wikidata.calls.append({"ua": self.headers["User-Agent"], "accept": self.headers["Accept"],
                                "query": query})
        if "SLOW" in query:
            threading.Event().wait(2)
            return
        if len(_Wikidata.calls) == 1:
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        payload = (FIXTURES / "states.json").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    _Wikidata.calls = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Wikidata)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    httpd.shutdown()
    httpd.server_close()


def test_http_client_honours_retry_after_and_identifies_itself(server: str) -> None:
    waits: list[float] = []
    config = RefreshConfig(endpoint=server, max_retries=2, user_agent=wikidata_user_agent("gaz@example.org"))
    with httpx.Client() as http:
        sparql = HttpSparql(http, config, sleep=waits.append)
        answer = sparql.query("states", "SELECT ?country ?iso3 WHERE {}")
    assert len(answer["results"]["bindings"]) == 7
    assert waits == [0.0]
    assert len(_Wikidata.calls) == 2
    assert _Wikidata.calls[0]["accept"] == "application/sparql-results+json"
    user_agent = _Wikidata.calls[0]["ua"]
    assert user_agent.startswith("Diplograph/") and "contact: gaz@example.org" in user_agent


def test_default_user_agent_names_where_to_reach_us() -> None:
    assert RefreshConfig().user_agent.endswith("(contact: https://github.com/diplograph/diplograph/issues)")


def test_http_client_reports_a_timeout(server: str) -> None:
    config = RefreshConfig(endpoint=server, timeout_s=0.3)
    with httpx.Client() as http, pytest.raises(QueryTimeout):
        HttpSparql(http, config).query("A", "SLOW")


def test_recorded_client_without_a_recording() -> None:
    with pytest.raises(SparqlError):
        RecordedSparql(FIXTURES).query("labels:9", "")


def test_fixture_answers_are_sparql_json() -> None:
    for path in FIXTURES.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"head", "results"} and "vars" in data["head"] and "bindings" in data["results"]


def test_refresh_of_one_country_keeps_the_others(tmp_path: Path) -> None:
    shutil.copytree(DATA_DIR / "manual", tmp_path / "manual")
    for name in ("countries.jsonl", "titles.jsonl", "wikidata_terms.jsonl"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    client = RecordedSparql(FIXTURES)
    refresh(tmp_path, client, only=["fra"])
    assert client.asked[:3] == ["states", "A:Q142", "B:Q142"]
    rows = list(read_rows(tmp_path / "wikidata_terms.jsonl"))
    assert len([r for r in rows if r["country"] == "FRA"]) == 8  # France: the recorded rows only (7 A + 1 B)
    assert any(r["country"] == "DEU" for r in rows)  # kept from before
    gaz = load(tmp_path)
    assert [ldr.id for ldr in gaz.holders("FRA", "head_of_state", date(2019, 6, 1))] == ["emmanuel-macron"]
    assert [ldr.id for ldr in gaz.holders("DEU", "head_of_government", date(2019, 6, 1))] == ["angela-merkel"]
    with pytest.raises(SparqlError):
        refresh(tmp_path, client, only=["XXX"])
