"""Which title word names which role in each country, by date: the `offices` field of countries.jsonl.

"The Iranian president" is Iran's head of government, "the Turkish prime minister" existed only until
2018-07-09, "the Saudi king" is the head of state. The rule:
- head of state: "monarch" in monarchies, otherwise "president", unless data/manual/office_titles.jsonl
  says otherwise for the country and span (Iran's supreme leader, Andorra's co-princes, the Pope ...);
- head of government: for each term, "president" when the same person is then also head of state
  (the US, Türkiye since 2018), "monarch" when a monarch also heads the government (Saudi Arabia before
  2022), otherwise "prime_minister" ("chancellor" in Germany and Austria); office_titles.jsonl may
  override it (Iran: the president heads the government).
Consecutive terms with the same title become one span; spans are open at the ends the terms are open.
data/manual/title_spans.jsonl adds title words that name a role only in some span or only some of its
holders, as written: "crown_prince" names Saudi Arabia's head of government from 2022-09-27 (when the
crown prince became prime minister), "commission_president" one of the EU's two offices.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from ingest.gazetteer.terms import parse_day, read_rows, write_jsonl

Span = tuple[date | None, date | None]


def _overlap_days(a: Span, b: Span) -> int:
    lo = max(a[0] or date.min, b[0] or date.min)
    hi = min(a[1] or date(2100, 1, 1), b[1] or date(2100, 1, 1))
    return (hi - lo).days if hi > lo else 0


def _override(rules: Sequence[Mapping[str, Any]], country: str, role: str, span: Span) -> str | None:
    for r in rules:
        if r["country"] == country and r["role"] == role:
            rule_span = (parse_day(r.get("start")), parse_day(r.get("end")))
            if _overlap_days(span, rule_span) > 0 or span == rule_span:
                return str(r["title"])
    return None


def derive_titles(leaders: Iterable[Mapping[str, Any]], rules: Sequence[Mapping[str, Any]],
                  monarchies: Mapping[str, Span]) -> dict[str, list[dict[str, Any]]]:
    """Return, per country, the dated title spans of its roles (see the module docstring)."""
    terms: dict[tuple[str, str], list[tuple[Span, str]]] = {}
    for ldr in leaders:
        for o in ldr["offices"]:
            span = (parse_day(o.get("start")), parse_day(o.get("end")))
            terms.setdefault((o["country"], o["role"]), []).append((span, ldr["id"]))
    out: dict[str, list[dict[str, Any]]] = {}
    for (country, role), rows in sorted(terms.items()):
        rows.sort(key=lambda r: r[0][0] or date.min)
        titled: list[tuple[Span, str]] = []
        for span, person in rows:
            title = _override(rules, country, role, span)
            if title is None:
                title = _default_title(country, role, span, person, terms, monarchies)
            titled.append((span, title))
        out.setdefault(country, []).extend(_merge(role, titled))
    return out


def _is_monarchy(country: str, span: Span, monarchies: Mapping[str, Span]) -> bool:
    m = monarchies.get(country)
    return m is not None and _overlap_days(span, m) > 0


def _default_title(country: str, role: str, span: Span, person: str,
                   terms: Mapping[tuple[str, str], list[tuple[Span, str]]],
                   monarchies: Mapping[str, Span]) -> str:
    if role == "intl_org_head":
        return "secretary_general" if country == "UN" else "president"
    if role == "head_of_state":
        return "monarch" if _is_monarchy(country, span, monarchies) else "president"
    same = sum(_overlap_days(span, s) for s, p in terms.get((country, "head_of_state"), []) if p == person)
    length = max(_overlap_days(span, span), 1)
    if same * 2 >= length:
        return "monarch" if _is_monarchy(country, span, monarchies) else "president"
    return "chancellor" if country in ("DEU", "AUT") else "prime_minister"


def _merge(role: str, titled: list[tuple[Span, str]]) -> list[dict[str, Any]]:
    """Join consecutive terms with one title into spans that follow each other without gaps.

    The first span reaches back and the last one forward without limit, and each span ends where the
    next begins: a title keeps naming the role between two terms and before the first known one.
    """
    spans: list[dict[str, Any]] = []
    for (start, _), title in titled:
        if not spans or spans[-1]["title"] != title:
            spans.append({"role": role, "title": title, "start": start.isoformat() if start else None,
                          "end": None})
    if spans:
        spans[0]["start"] = None
    for a, b in pairwise(spans):
        a["end"] = b["start"]
    return spans


def country_rows(data_dir: Path, leaders: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return countries.jsonl's rows with `offices` recomputed from the given leader rows, and `union`."""
    manual = data_dir / "manual"
    rules = list(read_rows(manual / "office_titles.jsonl"))
    monarchy_rows = list(read_rows(manual / "monarchies.jsonl"))
    monarchies = {r["country"]: (parse_day(r.get("start")), parse_day(r.get("end"))) for r in monarchy_rows}
    unions = {r["country"]: r["union"] for r in monarchy_rows if r.get("union")}
    titles = derive_titles(leaders, rules, monarchies)
    for span in read_rows(manual / "title_spans.jsonl"):
        titles.setdefault(span["country"], []).append(
            {k: span[k] for k in ("role", "title", "start", "end", "leaders") if k in span})
    rows = list(read_rows(data_dir / "countries.jsonl"))
    for row in rows:
        row["offices"] = titles.get(row["iso3"], [])
        row.pop("union", None)
        if row["iso3"] in unions:
            row["union"] = unions[row["iso3"]]
    return rows


def update_countries(data_dir: Path) -> int:
    """Recompute the `offices` field of countries.jsonl from leaders.jsonl; return how many countries."""
    rows = country_rows(data_dir, list(read_rows(data_dir / "leaders.jsonl")))
    return write_jsonl(data_dir / "countries.jsonl", rows)
