"""The dashboard in a real headless Chromium against a real server holding the sample reports."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import httpx
import pytest
from dashboard_helpers import ROOT, LiveServer, Watched, post_and_wait, wait_until
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent
MACRON, SHARAA, STARMER = "emmanuel-macron", "ahmed-al-sharaa", "keir-starmer"
# Set to regenerate the README's screenshot from the pair-view test.
README_SHOT = os.environ.get("DIPLOGRAPH_UPDATE_README_SHOT") == "1"


def open_dashboard(page: Page, url: str, hash_: str = "") -> None:
    page.goto(f"{url}/{hash_}")
    page.wait_for_selector("body[data-ready=true]")
    wait_until(page, "() => document.querySelector('#graph-summary').textContent.length > 0")


def click_edge(page: Page, a: str, b: str) -> None:
    """Click the line between two leaders on the graph's canvas, as a reader would.

    The layout is random, so another line may cross this one at its middle: try points along it until
    the click selects this very line.
    """
    edge_id = f"{min(a, b)}|{max(a, b)}"
    wait_until(page, "id => window.diplograph.graph.cy.getElementById(id).nonempty()", edge_id, timeout=15)
    box = page.locator("#graph").bounding_box()
    assert box is not None
    ends = page.evaluate(
        """id => { const e = window.diplograph.graph.cy.getElementById(id);
                   return [e.source().renderedPosition(), e.target().renderedPosition()]; }""",
        edge_id,
    )
    for t in (0.5, 0.4, 0.6, 0.3, 0.7):
        x = ends[0]["x"] + t * (ends[1]["x"] - ends[0]["x"])
        y = ends[0]["y"] + t * (ends[1]["y"] - ends[0]["y"])
        page.mouse.click(box["x"] + x, box["y"] + y)
        selected = page.evaluate("window.diplograph.graph.cy.edges(':selected').map(e => e.id())")
        if selected == [edge_id]:
            return
    raise AssertionError(f"could not click the line {edge_id} (selected: {selected})")


def test_page_is_served_with_its_own_files_only(live_server: LiveServer, http: httpx.Client) -> None:
    page = http.get(f"{live_server.url}/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp
    # Nothing is loaded from another site: every src and href of the page is local.
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page.text):
        assert ref.startswith("/"), ref
    lib = http.get(f"{live_server.url}/static/vendor/cytoscape/cytoscape.min.js")
    assert lib.status_code == 200 and lib.headers["content-type"].startswith("text/javascript")
    assert "cytoscape" in lib.text[:2000].lower()
    for sneaky in ("/static/../main.py", "/static/%2e%2e/main.py", "/static/js", "/static/nope.js"):
        answer = http.get(f"{live_server.url}{sneaky}")
        assert answer.status_code == 404, sneaky
        assert "import" not in answer.text


def test_search_macron_then_open_the_pair_with_sharaa(live_server: LiveServer, watched: Watched) -> None:
    page = watched.page
    open_dashboard(page, live_server.url)
    page.fill("[data-testid=search]", "Macron")
    suggestion = page.locator("[data-testid=suggestion]", has_text="Emmanuel Macron").first
    expect(suggestion).to_be_visible()
    suggestion.click()
    expect(page.locator("[data-testid=graph-title]")).to_have_text("Contact network of Emmanuel Macron")
    expect(page.locator("[data-testid=leader-title]")).to_have_text("Emmanuel Macron")

    click_edge(page, MACRON, SHARAA)
    title = page.locator("[data-testid=pair-title]")
    expect(title).to_contain_text("Emmanuel Macron")
    expect(title).to_contain_text("Ahmed al-Sharaa")
    assert int(page.locator("[data-testid=pair-count]").inner_text()) >= 2
    expect(page.locator("[data-testid=pair-months] rect.bar").first).to_be_attached()
    expect(page.locator("[data-testid=pair-modes]")).to_contain_text("Phone")

    # The Arabic evidence reads right to left; the English one left to right.
    arabic = page.locator("[data-testid=evidence]", has_text="الشرع").first
    expect(arabic).to_be_visible()
    assert arabic.evaluate("el => getComputedStyle(el).direction") == "rtl"
    english = page.locator("[data-testid=evidence]", has_text="Elysee").first
    assert english.evaluate("el => getComputedStyle(el).direction") == "ltr"
    # Each source links out to its article, safely.
    link = page.locator(".source-line a").first
    assert link.get_attribute("href", timeout=5_000).startswith("https://")
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert f"pair={SHARAA}%7C{MACRON}" in page.url  # the view can be bookmarked (ids in sorted order)

    watched.screenshot("pair-macron-sharaa")

    # Back to the whole graph: the pair stays open beside it, its line selected.
    page.click("#show-whole")
    expect(page.locator("[data-testid=graph-title]")).to_have_text("Contact network")
    expect(page.locator("[data-testid=pair-title]")).to_contain_text("Ahmed al-Sharaa")
    wait_until(page, "id => window.diplograph.graph.cy.getElementById(id).selected()", f"{SHARAA}|{MACRON}")
    shot = watched.screenshot("overview-with-pair", full_page=False)
    if README_SHOT:
        shutil.copyfile(shot, ROOT / "docs" / "img" / "dashboard.png")
    assert watched.errors == [] and watched.dialogs == []


def test_search_in_arabic_script_suggests_the_leader(live_server: LiveServer, watched: Watched) -> None:
    page = watched.page
    open_dashboard(page, live_server.url)
    page.fill("[data-testid=search]", "ماكرون")
    suggestion = page.locator("[data-testid=suggestion]", has_text="Emmanuel Macron").first
    expect(suggestion).to_be_visible()
    expect(suggestion.locator(".alias")).to_contain_text("ماكرون")  # the alias that matched is shown
    page.keyboard.press("Enter")
    expect(page.locator("[data-testid=graph-title]")).to_have_text("Contact network of Emmanuel Macron")
    assert page.locator("#search-input").get_attribute("dir") == "auto"
    assert watched.errors == []


def test_hostile_report_executes_nothing(
    live_server: LiveServer, watched: Watched, http: httpx.Client
) -> None:
    report = json.loads((HERE / "hostile.json").read_text(encoding="utf-8"))
    [doc_id] = post_and_wait(live_server, http, [report])
    found = http.get(f"{live_server.url}/v1/documents/{doc_id}").json()
    assert found["status"] == "done", found
    contacts = found["contacts"]
    assert contacts, "the hostile report's meeting was not extracted, so the page would not show it"
    shown = [s for c in contacts for s in c["sources"]]
    # The markup really reaches the page through the API: the test is only worth something if it does.
    assert any("<img" in (s["evidence"] + (s.get("title") or "")) for s in shown), shown

    page = watched.page
    open_dashboard(page, live_server.url, f"#leader={STARMER}&pair={MACRON}|{STARMER}")
    page.wait_for_selector("[data-testid=evidence]")
    page.wait_for_timeout(500)  # give any injected handler the chance to run
    assert page.evaluate("window.__pwned") is None
    assert watched.dialogs == []
    side = page.locator("#side")
    assert side.locator("img, script, iframe, [onerror]").count() == 0
    assert "<img src=x onerror=" in side.inner_text()
    watched.screenshot("hostile-report")


def test_filters_timeline_and_ranking(live_server: LiveServer, watched: Watched) -> None:
    page = watched.page
    open_dashboard(page, live_server.url)
    bars = page.locator("[data-testid=timeline] rect.bar")
    expect(bars.first).to_be_attached()
    total = sum(int(bar.get_attribute("data-count") or 0) for bar in bars.all())
    assert total >= 3
    ranking = page.locator("[data-testid=ranking] .row-button")
    expect(ranking.first).to_be_visible()
    assert ranking.count() >= 3

    whole = page.locator("#graph-summary").inner_text()
    page.select_option("[data-testid=mode]", "in_person")
    expect(page.locator("#graph-summary")).not_to_have_text(whole)
    assert "mode=in_person" in page.url
    page.select_option("[data-testid=ranking-metric]", "pagerank")
    expect(ranking.first).to_be_visible()

    # A click on a ranked leader opens their network and their counterparts.
    name = ranking.first.locator(".name").inner_text()
    ranking.first.click()
    expect(page.locator("[data-testid=graph-title]")).to_have_text(f"Contact network of {name}")
    expect(page.locator("[data-testid=counterparts] .row-button").first).to_be_visible()
    watched.screenshot("filters-and-ranking")
    assert watched.errors == []


def test_country_network_and_colour_by_role(live_server: LiveServer, watched: Watched) -> None:
    page = watched.page
    open_dashboard(page, live_server.url)
    page.select_option("[data-testid=country]", "SYR")
    expect(page.locator("[data-testid=graph-title]")).to_have_text("Contact network of SYR")
    page.select_option("[data-testid=colour]", "role")
    expect(page.locator("#legend")).to_contain_text("Head of state")
    nodes = page.evaluate("window.diplograph.graph.cy.nodes().map(n => n.id())")
    assert SHARAA in nodes and MACRON in nodes
    assert watched.errors == []


def test_narrow_screen_has_no_sideways_scroll(live_server: LiveServer, watched: Watched) -> None:
    page = watched.page
    page.set_viewport_size({"width": 390, "height": 844})
    open_dashboard(page, live_server.url, f"#pair={MACRON}|{SHARAA}")
    page.wait_for_selector("[data-testid=evidence]")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    watched.screenshot("narrow-pair")
    assert watched.errors == []
