"""Session fixtures for the real Neo4j server the contract and Neo4j tests run against.

The server comes from NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) when that is set; otherwise this
session starts the launcher in .neo4j-launcher/ (a real Neo4j 5.26 from Maven Central jars) on a fresh data
directory and stops that process, by its pid, at the end. Without Java and Maven the Neo4j tests are
skipped with a plain reason repeated at the end of the run; with DIPLOGRAPH_REQUIRE_NEO4J=1 (CI) a skip
is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from graph.neo4j.server import (
    LauncherError,
    LocalNeo4j,
    ServerInfo,
    find_toolchain,
    is_loopback,
    wait_for_bolt,
)
from graph.neo4j.store import Neo4jStore

REQUIRE_ENV = "DIPLOGRAPH_REQUIRE_NEO4J"
TEST_PASSWORD = "diplograph-test"
NEO4J_FIXTURES = {"neo4j_server", "neo4j_store", "neo4j_store_factory"}


@dataclass
class _Skips:
    reason: str | None = None
    count: int = 0


# What the run skipped of the Neo4j half, for the closing summary (pytest hooks share no other state).
_skips = _Skips()


def _required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0", "false", "no")


def _unavailable(reason: str) -> None:
    """Skip the Neo4j tests with a plain reason, or fail them when CI requires Neo4j."""
    message = f"Neo4j half skipped: {reason}"
    if _required():
        pytest.fail(f"{message} ({REQUIRE_ENV}=1 makes this a failure)", pytrace=False)
    _skips.reason = message
    pytest.skip(message)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[ServerInfo]:
    """A running Neo4j: the one NEO4J_URI names, or one this session starts and stops."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        user = os.environ.get("NEO4J_USER", "neo4j")
        password = os.environ.get("NEO4J_PASSWORD", "")
        try:
            wait_for_bolt(uri, user, password, timeout=120)
        except LauncherError as exc:
            pytest.fail(f"NEO4J_URI={uri} is set but the server does not answer: {exc}", pytrace=False)
        yield ServerInfo(uri=uri, user=user, password=password, pid=0, home="", log="", started_in=0.0)
        return
    toolchain, reason = find_toolchain()
    if toolchain is None:
        _unavailable(f"{reason} (install a JDK 17 and Maven, or set NEO4J_URI to a running server)")
        return
    server = LocalNeo4j(toolchain=toolchain)
    try:
        info = server.start(password=TEST_PASSWORD, timeout=180, record=False)
    except LauncherError as exc:
        pytest.fail(f"Java and Maven are here but Neo4j did not start: {exc}", pytrace=False)
    try:
        yield info
    finally:
        server.stop(info)


@pytest.fixture
def neo4j_store_factory(neo4j_server: ServerInfo) -> Iterator[Callable[[], Neo4jStore]]:
    """Empty the test database once for this test, then hand out migrated stores connected to it.

    Every store the factory returns sees the same (initially empty) database; all are closed afterwards.
    """
    if not is_loopback(neo4j_server.uri):
        pytest.fail(f"refusing to wipe a non-loopback Neo4j ({neo4j_server.uri}); tests need a local server")
    opened: list[Neo4jStore] = []

    def make() -> Neo4jStore:
        store = Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
        if not opened:
            store.wipe()
        store.migrate()
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def neo4j_store(neo4j_store_factory: Callable[[], Neo4jStore]) -> Neo4jStore:
    """An empty, migrated Neo4jStore for one test."""
    return neo4j_store_factory()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that uses a Neo4j fixture with `neo4j`, so `-m "not neo4j"` leaves them out."""
    for item in items:
        if NEO4J_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count skipped Neo4j tests, so the end of the run can say so (and CI can fail on it)."""
    # An expected failure (xfail) is reported as skipped too; it ran, so it is not a skipped Neo4j test.
    if report.skipped and "neo4j" in report.keywords and not hasattr(report, "wasxfail"):
        _skips.count += 1


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly at the end of the run, next to pytest's summary, that the Neo4j half was skipped."""
    if _skips.count:
        reason = _skips.reason or "Neo4j half skipped"
        terminalreporter.write_sep("=", "NEO4J", yellow=True, bold=True)
        terminalreporter.write_line(
            f"{reason}: {_skips.count} Neo4j tests did not run.", yellow=True, bold=True
        )
        if _required():
            terminalreporter.write_line(f"{REQUIRE_ENV}=1: this run fails.", red=True, bold=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With DIPLOGRAPH_REQUIRE_NEO4J=1, a run that skipped any Neo4j test fails."""
    if _required() and _skips.count and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
