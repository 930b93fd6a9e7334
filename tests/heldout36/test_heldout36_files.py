"""What is particular to the thirty-sixth set, Arabic and Persian reports: the real-press constructions it was
written for (undated pages, Iran's president, a date between a future verb and its contact, intentions).

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re

from tests.evalset.registry import HELDOUT36, records


def _docs() -> list[dict[str, object]]:
    return [r.data for r in records(HELDOUT36)]


def test_a_title_stands_in_apposition_to_a_named_leader() -> None:
    # "رئيس الوزراء العراقي، مصطفى الكاظمي،": the title, then the name between commas (the same leader)
    texts = [str(d["text"]) for d in _docs() if d["lang"] == "ar"]
    assert any(re.search(r"رئيس الوزراء \w+، \w+ \w+،", t) for t in texts)


def test_a_full_date_stands_between_a_future_verb_and_the_contact() -> None:
    texts = [str(d["text"]) for d in _docs() if d["lang"] == "ar"]
    assert any(re.search(r"\bسي\w+ [^.]{0,40}يوم \S+ \d{1,2} \S+ \d{4}،", t) for t in texts)


def test_the_plan_words_the_review_added() -> None:
    texts = [str(d["text"]) for d in _docs()]
    assert any("قصد دارد" in t for t in texts)
    assert any("من الممكن أن" in t for t in texts)


def test_iran_is_named_by_its_president_not_its_leader() -> None:
    # every Iranian participant of the set is a president (who heads Iran's government)
    iranians = {p["name"] for d in _docs() for c in d["contacts"]  # type: ignore[attr-defined]
                for p in (c["a"], c["b"]) if p["country"] == "IRN"}
    assert iranians == {"Masoud Pezeshkian", "Hassan Rouhani", "Ebrahim Raisi"}
