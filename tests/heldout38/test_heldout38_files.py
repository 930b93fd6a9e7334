"""What is particular to the thirty-eighth set, French and Spanish reports shaped like real press pages.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT38, records


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT38) if r.data["lang"] == lang]


def test_pages_carry_the_furniture_real_press_has() -> None:
    texts = [*_texts("fr"), *_texts("es")]
    # agency datelines ("Luanda, 24 nov (EFE).-", "OTTAWA –"), credit and source lines, link and tag lines
    assert sum(bool(re.match(r"[A-ZÁÉÍÓÚ][\w ]+(, \d{1,2} \w{3} \(\w+\)\.-| –)", t)) for t in texts) >= 3
    assert any("Lire aussi" in t or "À lire aussi" in t for t in texts)
    assert any(t.rstrip().endswith(("(La Presse Canadienne)", "Fuente: Europa Press")) for t in texts)
    assert any("Temas relacionados:" in t for t in texts)


def test_the_constructions_the_review_fixed_are_held() -> None:
    fr, es = " ".join(_texts("fr")), " ".join(_texts("es"))
    assert "se sont appelés" in fr and "doivent s'appeler" in fr  # reciprocal call verbs
    assert "et pourront se rencontrer" in fr  # a plan after "and", the call before it held
    assert "présenté par Donald Trump" in fr and "presentado por el presidente" in es  # a plan's author
    assert "plan de paz de Trump" in es  # "paz" in lower case is no name
    assert "premier chef de gouvernement étranger" in fr and "le premier dirigeant" in fr  # a rank


def test_leaders_elect_and_party_leaders_make_the_negatives() -> None:
    negatives = [r.data for r in records(HELDOUT38) if not r.data["contacts"]]
    assert {d["lang"] for d in negatives} == {"fr", "es"}
    assert any("président élu" in d["text"] for d in negatives)
    assert any("presidente del PP" in d["text"] for d in negatives)
