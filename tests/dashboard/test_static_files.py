"""Checks on the dashboard's files that need no browser: vendored libraries match the lock, no HTML sinks."""

from __future__ import annotations

import json
import re

from dashboard_helpers import ROOT

STATIC = ROOT / "app" / "static"
# Ways of turning a string into markup or code; our own scripts use none of them.
SINKS = re.compile(
    r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|"
    r"setAttribute\(\s*[\"']on|\.srcdoc|createContextualFragment|DOMParser"
)


def test_our_scripts_never_parse_strings_as_html() -> None:
    scripts = sorted((STATIC / "js").glob("*.js"))
    assert len(scripts) >= 5
    for script in scripts:
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), start=1):
            assert not SINKS.search(line), f"{script.name}:{number}: {line.strip()}"


def test_page_has_no_inline_script_or_style() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert "<style" not in html and " style=" not in html and " on" + "click=" not in html


def test_vendored_libraries_match_the_lock_file() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    versions = (STATIC / "vendor" / "VERSIONS").read_text(encoding="utf-8").splitlines()
    for key, meta in lock.items():
        if not key:
            continue
        name = key.removeprefix("node_modules/")
        assert f"{name} {meta['version']} {meta['license']} {meta['integrity']}" in versions
        assert (STATIC / "vendor" / name / "LICENSE").exists()
    cytoscape = (STATIC / "vendor" / "cytoscape" / "cytoscape.min.js").read_text(encoding="utf-8")
    assert f'"{lock["node_modules/cytoscape"]["version"]}"' in cytoscape
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "/static/vendor/cytoscape/cytoscape.min.js" in page
