"""A real Diplograph server on a temporary store with the sample reports, and Debian's headless Chromium.

The server is the real command (`python -m app.cli serve`) in its own process; the browser is
/usr/bin/chromium driven by Playwright (no browser download, ever). Screenshots go to
.ci/artifacts/screenshots, which CI keeps.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_helpers import LiveServer, Watched, post_and_wait
from playwright.sync_api import BrowserContext, ConsoleMessage, Dialog, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SAMPLES = ROOT / "ingest" / "samples" / "reports.jsonl"
CHROMIUM = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_env() -> dict[str, str]:
    """The test process's environment without any Diplograph or Neo4j setting, plus quick worker polls."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLOGRAPH_", "NEO4J_"))}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["DIPLOGRAPH_WORKER_POLL_SECONDS"] = "0.05"
    env["DIPLOGRAPH_WORKER_BACKOFF_SECONDS"] = "0.1"
    return env


def read_reports() -> list[dict[str, Any]]:
    """The bundled sample reports (when present) and this folder's own reports, as JSON objects."""
    reports: list[dict[str, Any]] = []
    for path in (SAMPLES, HERE / "reports.jsonl"):
        if path.exists():
            reports += [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    return reports


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`diplograph serve` on a fresh SQLite store, with the sample reports ingested by its worker."""
    workdir = tmp_path_factory.mktemp("dashboard-server")
    port = _free_port()
    server = LiveServer(
        url=f"http://127.0.0.1:{port}", store=workdir / "store.db", log=workdir / "server.log"
    )
    command = [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--store", str(server.store)]
    with server.log.open("wb") as log:
        # cwd is the temporary folder, so that no .env file of the developer's is read.
        proc = subprocess.Popen(command, cwd=workdir, env=_server_env(), stdout=log, stderr=subprocess.STDOUT)
    try:
        with httpx.Client(timeout=30) as client:
            deadline = time.monotonic() + 90
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"the server exited with {proc.returncode}:\n{server.log_tail()}")
                try:
                    if client.get(f"{server.url}/ready").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the server was not ready within 90 s:\n{server.log_tail()}")
                time.sleep(0.1)
            post_and_wait(server, client, read_reports())
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    """An HTTP client with a generous timeout."""
    with httpx.Client(timeout=60) as client:
        yield client


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """Debian's Chromium, headless, with a fresh profile; fails plainly when it is not installed."""
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists():
        # Like the Neo4j half: a laptop without the browser still runs everything else and says why;
        # CI sets DIPLOGRAPH_REQUIRE_BROWSER=1 so that a missing browser fails the run instead.
        message = (
            f"browser half skipped: {CHROMIUM} is missing; install Debian's browser with "
            "`apt-get install -y chromium` (the dashboard tests never download one)"
        )
        if os.environ.get("DIPLOGRAPH_REQUIRE_BROWSER", "") not in ("", "0", "false", "no"):
            pytest.fail(f"{message} (DIPLOGRAPH_REQUIRE_BROWSER=1 makes this a failure)", pytrace=False)
        pytest.skip(message)
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
            locale="en-GB",
            timezone_id="UTC",
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def watched(chromium: BrowserContext) -> Iterator[Watched]:
    """A new tab that records console errors, page errors and dialogs (dismissing any dialog)."""
    page = chromium.new_page()
    seen = Watched(page)

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            seen.errors.append(msg.text)

    def on_dialog(dialog: Dialog) -> None:
        seen.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda exc: seen.errors.append(f"uncaught: {exc}"))
    page.on("dialog", on_dialog)
    try:
        yield seen
    finally:
        page.close()
