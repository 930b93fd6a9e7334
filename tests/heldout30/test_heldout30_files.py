"""What is particular to the thirtieth set: the datelines, titles and verb forms of the outlets it imitates.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT30, records


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT30) if r.data["lang"] == lang]


def test_arabic_reports_carry_the_agencies_datelines_and_a_hijri_date() -> None:
    texts = _texts("ar")
    # the agency in its own spelling in the dateline: سانا، وام، واس، قنا، كونا، بترا
    agencies = ("سانا", "/ وام /", "واس", "/قنا/", "(كونا)", "(بترا)")
    assert all(any(a in t for a in agencies) for t in texts[:5] + texts[6:7])
    assert any(re.search(r"\d+ ذو الحجة \d{4} هـ", t) for t in texts)
    # a Levantine (Syriac) month name, as Petra and the Lebanese press write them
    assert sum(any(m in t for m in ("شباط", "كانون الثاني")) for t in texts) >= 2


def test_german_reports_quote_in_the_subjunctive_and_split_their_verbs() -> None:
    texts = _texts("de")
    assert sum(bool(re.search(r"\b(habe|sei|seien|hätten)\b", t)) for t in texts) >= 5
    assert any("zusammengetroffen" in t for t in texts) and any("angerufen" in t for t in texts)
    # the Swiss press writes no sharp s; the Austrian press names the chancellor's party in brackets
    swiss = [t for t in texts if "Bundespräsidentin" in t]
    assert swiss and all("ß" not in t for t in swiss)
    assert sum("(ÖVP)" in t for t in texts) >= 2


def test_italian_and_spanish_reports_use_the_press_titles() -> None:
    italian, spanish = _texts("it"), _texts("es")
    assert sum("la premier" in t for t in italian) >= 3
    assert any("il capo dello Stato" in t or "Il capo dello Stato" in t for t in italian)
    assert any("ha sentito" in t for t in italian) and any("colloquio telefonico" in t for t in italian)
    assert sum("mandatari" in t for t in spanish) >= 4
    assert any("conversación telefónica" in t for t in spanish)
