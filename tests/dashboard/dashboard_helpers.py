"""Helpers for the dashboard tests: the live server's handle, a watched browser tab, posting reports."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS", ROOT / ".ci" / "artifacts" / "screenshots"))
# How long the worker may take over the reports of one test run.
PROCESS_TIMEOUT = 180.0


@dataclass
class LiveServer:
    """The running server: its base URL, its store file, and the ids of the documents it was given."""

    url: str
    store: Path
    log: Path
    documents: dict[str, str] = field(default_factory=dict)  # report url -> document id

    def log_tail(self, lines: int = 40) -> str:
        """Return the end of the server's log, for failure messages."""
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


@dataclass
class Watched:
    """A page with everything it said: console errors, uncaught exceptions and dialogs it opened."""

    page: Page
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def screenshot(self, name: str, full_page: bool = True) -> Path:
        """Save a screenshot (from the top of the page) where CI keeps artifacts; return its path."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.evaluate("window.scrollTo(0, 0)")
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


def post_and_wait(server: LiveServer, client: httpx.Client, reports: list[dict[str, Any]]) -> list[str]:
    """Post reports in batches, then wait until the worker has finished every one; return their ids."""
    ids: list[str] = []
    for start in range(0, len(reports), 50):
        batch = reports[start : start + 50]
        response = client.post(f"{server.url}/v1/documents", json=batch)
        assert response.status_code == 202, response.text
        for report, result in zip(batch, response.json()["results"], strict=True):
            doc_id = result.get("duplicate_of") or result["id"]
            ids.append(doc_id)
            if report.get("url"):
                server.documents[report["url"]] = doc_id
    deadline = time.monotonic() + PROCESS_TIMEOUT
    pending = set(ids)
    while pending:
        for doc_id in list(pending):
            status = client.get(f"{server.url}/v1/documents/{doc_id}").json().get("status")
            if status in ("done", "failed"):
                pending.discard(doc_id)
        if pending and time.monotonic() > deadline:
            raise TimeoutError(f"{len(pending)} reports still unprocessed:\n{server.log_tail()}")
        time.sleep(0.1)
    return ids


def wait_until(page: Page, expression: str, arg: Any = None, timeout: float = 10.0) -> None:
    """Poll a JavaScript predicate with page.evaluate until it is truthy.

    Not page.wait_for_function: under the page's strict Content-Security-Policy its in-page polling
    re-evaluates the predicate string, which the browser may refuse as eval (a known Playwright race),
    logging a console error that the tests would count against the page.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {expression}")
        time.sleep(0.05)
