"""Helpers that two places share since the mends of 2026-11-30 (each served two copies of its code before)."""

from __future__ import annotations

from graph.models import Leader, Office
from ingest.extract.mentions import Mention, _of_capital
from ingest.extract.tokens import tokenize

_OF = frozenset({"de", "du", "of"})
_ARTICLES = frozenset({"la", "the"})


def test_the_capital_after_a_genitive_and_its_article() -> None:
    text = "le président du Sénat et la ville de la Paz, une femme de la ville"
    tokens = tokenize(text)
    forms = [t.form for t in tokens]
    assert _of_capital(forms.index("du"), tokens, text, _OF, _ARTICLES) == forms.index("du") + 1
    assert _of_capital(forms.index("de"), tokens, text, _OF, _ARTICLES) == forms.index("de") + 2
    last_de = len(forms) - 1 - forms[::-1].index("de")
    assert _of_capital(last_de, tokens, text, _OF, _ARTICLES) is None  # "de la ville": no capital
    assert _of_capital(0, tokens, text, _OF, _ARTICLES) is None  # "le" is no genitive particle


def test_a_mention_of_an_office_holder_takes_the_office_s_country_and_role() -> None:
    office = Office(country="KOR", role="head_of_government")
    leader = Leader(id="kim-min-seok", name="Kim Min-seok", offices=(office,))
    m = Mention.holding(3, 5, "title", leader, office, 0.6)
    assert (m.leader_id, m.name, m.country, m.role, m.confidence) == (
        "kim-min-seok", "Kim Min-seok", "KOR", "head_of_government", 0.6)
