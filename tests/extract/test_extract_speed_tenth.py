"""The tenth speed pass's shortcuts give what the generators they replaced gave."""

from __future__ import annotations

from graph.models import Precision
from ingest.extract.assemble import Group, Statement, group
from ingest.extract.mentions import Mention


def _st(sentence: int, date: tuple[str, Precision] | None = None, visit: bool = False,
        context: tuple[str, Precision] | None = None, a: str = "scholz", b: str = "macron") -> Statement:
    return Statement(Mention(0, 1, "name", a, country="DEU"), Mention(3, 4, "name", b, country="FRA"),
                     sentence, "in_person", 2, "occurred", date, None, 0.9,
                     context=context, visit=visit)


def _old_date(g: Group) -> tuple[str, Precision] | None:
    first = next((s.date for s in g.statements if s.date and not s.visit), None) \
        or next((s.date for s in g.statements if s.date), None)
    if first is None:
        return None
    finer = [s.date for s in g.statements if s.date and len(s.date[0]) > len(first[0])
             and s.date[0].startswith(first[0])]
    return max(finer, key=lambda d: len(d[0])) if finer else first


def test_group_pair_is_its_first_statements_ids() -> None:
    g = Group([_st(0, a="orban", b="fico")])
    g.statements.append(_st(1, a="orban", b="fico"))
    assert g.pair == frozenset(("orban", "fico"))
    assert Group([_st(0, a="orban", b="fico")]) == Group([_st(0, a="orban", b="fico")])


def test_group_date_as_the_generators_read_it() -> None:
    cases = [
        [_st(0), _st(1)],
        [_st(0, ("2024-05", "month"), visit=True), _st(1, ("2024-06-02", "day"))],
        [_st(0, ("2024-05", "month"), visit=True), _st(1, ("2024-05-03", "day"), visit=True)],
        [_st(0, ("2024", "year")), _st(1, ("2024-05-03", "day"), visit=True), _st(2, ("2024-05", "month"))],
        [_st(0, context=("2024-05-01", "day")), _st(1, context=("2024-05-02", "day"))],
    ]
    for statements in cases:
        g = Group(list(statements))
        assert g.date == _old_date(g)
        context = next((s.context for s in g.statements if s.context), None)
        assert g.when == (_old_date(g) or context)
    assert Group(cases[1]).date == ("2024-06-02", "day")  # the talks' day before the arrival's
    assert Group(cases[4]).when == ("2024-05-01", "day")  # the narrative's day at the first statement


def test_a_new_group_of_a_pair_told_before_is_still_grouped() -> None:
    groups = group([_st(0, ("2024-05-03", "day")), _st(1, ("2024-05-03", "day")),
                    _st(2, a="orban", b="fico")])
    assert [len(g.statements) for g in groups] == [2, 1]
    assert [g.pair for g in groups] == [frozenset(("scholz", "macron")), frozenset(("orban", "fico"))]
