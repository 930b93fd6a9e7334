"""Topics and settings, in sentences we wrote: sentences that speak of a contact, words that are no topic."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Contact, Document
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import fold_phrase

DocFactory = Callable[..., Document]


def _one(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
         lang: str = "en") -> Contact:
    got: list[Contact] = extractor.extract(make_doc(text, published, lang=lang))
    assert len(got) == 1
    return got[0]


def test_a_later_sentence_about_the_talks_counts_like_the_contacts_own(extractor: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = ("Erdoğan spoke by phone with Merz on Tuesday. The weather in Ankara was cold. "
            "The call also touched on migration.")
    c = _one(extractor, make_doc, text, "2025-06-04")
    assert "migration_refugees" in c.sources[0].assertion.topics


def test_one_topic_word_in_an_unrelated_later_sentence_is_not_enough(extractor: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # (three sentences on: the report's own contact reads the two after its own as its own, round eight)
    text = ("Erdoğan spoke by phone with Merz on Tuesday. The weather in Ankara was cold. "
            "Snow closed two roads. Separately, Ankara reported new figures on migration.")
    c = _one(extractor, make_doc, text, "2025-06-04")
    assert "migration_refugees" not in c.sources[0].assertion.topics


def test_a_welcome_ceremony_is_not_a_ceremonial_topic(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan welcomed Sánchez with an official ceremony in Ankara on Monday before talks on trade."
    topics = _one(extractor, make_doc, text, "2025-06-03").sources[0].assertion.topics
    assert "ceremonial" not in topics and "trade_economy" in topics


def test_setting_is_read_from_the_contacts_own_sentences(extractor: RuleExtractor,
                                                          make_doc: DocFactory) -> None:
    text = ("Erdoğan received Sánchez in Ankara on Monday for talks on trade. "
            "Both leaders will travel to the NATO summit in The Hague next month.")
    c = _one(extractor, make_doc, text, "2025-06-03")
    assert c.sources[0].assertion.setting == "visit"


def test_a_prefix_keyword_is_not_stemmed_shorter() -> None:
    # "арми*" (the army) must not become "арм*", which would also match "Армения"
    assert fold_phrase("арми*") == ("арми*",)
    assert fold_phrase("армия") == ("арми",)


def test_persian_preposition_is_not_read_as_a_vote(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "پزشکیان روز دوشنبه در تهران با اردوغان دیدار کرد و برای گسترش تجارت دو کشور گفتگو کردند."
    topics = _one(extractor, make_doc, text, "2025-06-03", lang="fa").sources[0].assertion.topics
    assert "domestic_politics_elections" not in topics and "trade_economy" in topics
