"""What extraction tests compare: each contact found as its two countries in order and a few fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from graph.models import Contact, Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]
Row = tuple[str | None, ...]


def rows(contacts: Iterable[Contact], fields: Sequence[str], occurred_only: bool = False) -> list[Row]:
    """List contacts as (country, country, *fields), sorted; only occurred ones when asked."""
    return sorted((*sorted((c.a.country, c.b.country)), *(getattr(c, f) for f in fields))
                  for c in contacts if not occurred_only or c.status == "occurred")


def extract_rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str,
                 fields: Sequence[str], occurred_only: bool = False) -> list[Row]:
    """Extract a text published on a day and list its contacts as rows."""
    return rows(extractor.extract(make_doc(text, published, lang=lang)), fields, occurred_only)


def pair_rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
              lang: str) -> list[tuple[str, ...]]:
    """Rows of ("AAA-BBB", mode, date or "", status): the pair in one cell, as the press reviews write it."""
    got = extractor.extract(make_doc(text, published, lang=lang))
    return sorted(("-".join(sorted((c.a.country, c.b.country))), c.mode, c.date or "", c.status) for c in got)


def held_rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
              lang: str) -> list[Row]:
    """Rows of (country, country, mode, date) of the occurred contacts only."""
    return extract_rows(extractor, make_doc, text, published, lang, ("mode", "date"), occurred_only=True)


def by_status(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
              lang: str = "en") -> list[Row]:
    """Rows of (country, country, mode, status)."""
    return extract_rows(extractor, make_doc, text, published, lang, ("mode", "status"))


def by_date_and_status(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                       lang: str = "en") -> list[Row]:
    """Rows of (country, country, mode, date, status)."""
    return extract_rows(extractor, make_doc, text, published, lang, ("mode", "date", "status"))


def topic_codes(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                lang: str) -> set[str]:
    """Return the topic codes of every contact the text states (topic tests state one)."""
    got = extractor.extract(make_doc(text, published, lang=lang))
    assert got, "no contact found"
    return {t for c in got for t in c.sources[0].assertion.topics}
