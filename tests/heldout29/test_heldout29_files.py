"""What is particular to the twenty-ninth set, French and Russian reports: whose head a bare title is.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT29, records


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT29) if r.data["lang"] == lang]


def test_french_reports_name_their_own_head_of_state_by_a_bare_title() -> None:
    texts = _texts("fr")
    # "le chef de l'Etat" with no demonym after it: France's in French readouts, Senegal's or Côte d'Ivoire's
    # in their own press
    bare = re.compile(r"\b[Ll]e chef de l'Etat(?! (français|ukrainien|ivoirien|russe))")
    assert sum(bool(bare.search(t)) for t in texts) >= 5
    assert any(t.startswith("PARIS, ") and "(AFP) - " in t for t in texts)
    assert any("(APS)" in t for t in texts)


def test_russian_reports_come_from_several_agencies_and_both_neighbours() -> None:
    texts = _texts("ru")
    marks = ("/ТАСС/", "РИА Новости", "ИНТЕРФАКС", "БЕЛТА", "КАЗИНФОРМ")
    assert {m for m in marks if any(m in t for t in texts)} == set(marks)
    # the Belarusian and Kazakh press call their own president "Глава государства"
    assert sum("Глава государства" in t for t in texts if "БЕЛТА" in t or "КАЗИНФОРМ" in t) == 2
