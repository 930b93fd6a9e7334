"""What extraction tests compare: each contact found as its two countries in order and a few fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from graph.models import Contact, Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]
Row = tuple[str | None, ...]


def build_doc(text: str, published: str | None = None, lang: str = "en", doc_id: str = "d1",
              title: str | None = None) -> Document:
    """A document for a test, with the given text, publication day and (optionally) headline."""
    return Document(id=doc_id, text=text, lang=lang, title=title, content_hash="x",
                    published=date.fromisoformat(published) if published else None)


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


def occurred_pairs(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                   lang: str) -> set[str]:
    """The country pairs ("AAA-BBB") of the occurred contacts a text states."""
    return {r[0] for r in pair_rows(extractor, make_doc, text, published, lang) if r[3] == "occurred"}


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


def topics_by_pair(extractor: RuleExtractor, text: str, published: str, lang: str = "en",
                   title: str | None = None) -> dict[frozenset[str], tuple[str, ...]]:
    """Return the topics of each occurred contact the text states, by its two countries."""
    got = extractor.extract(build_doc(text, published, lang=lang, title=title))
    return {frozenset((c.a.country, c.b.country)): c.sources[0].assertion.topics
            for c in got if c.status == "occurred"}


def only_topics(extractor: RuleExtractor, text: str, published: str, lang: str = "en",
                title: str | None = None) -> tuple[str, ...]:
    """Return the topics of the one occurred contact the text states (asserting there is one)."""
    topics = topics_by_pair(extractor, text, published, lang, title)
    assert len(topics) == 1, topics
    return next(iter(topics.values()))


def topics_by_date(extractor: RuleExtractor, text: str, published: str, lang: str = "en",
                   title: str | None = None) -> dict[tuple[str, str | None], tuple[str, ...]]:
    """Return the topics of each occurred contact by ("AAA-BBB", date): a pair's two contacts apart."""
    got = extractor.extract(build_doc(text, published, lang=lang, title=title))
    return {("-".join(sorted((c.a.country, c.b.country))), c.date): c.sources[0].assertion.topics
            for c in got if c.status == "occurred"}
