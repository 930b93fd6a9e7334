"""Round six: partners named by a title alone, sentences of our own about real contacts.

"Received the" and "welcomed the" are no cue before a thing ("received the letter"), but they are the
verb's own cue before a title, a demonym allowed before it ("received the Italian leader"), unless a
possessive makes the title an owner ("received the Chinese leader's letter").

A plural head word before its countries names their heads as "the leaders of A and B" does: English "heads
of" with no office (the leader word's rule), Arabic construct "رؤساء" (presidents) and "رؤساء حكومات"
(heads of government), whose office decides the role.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory


def _partners(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[str]:
    """The names of everyone the text pairs, sorted."""
    return sorted({p.name for c in real.extract(make_doc(text, published, lang=lang)) for p in (c.a, c.b)})


def test_welcomed_the_indian_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi's state visit to Washington: the White House arrival ceremony of Thursday 22 June 2023.
    text = "Joe Biden welcomed the Indian leader to the White House on Thursday."
    assert _partners(real, make_doc, text, "2023-06-23", "en") == ["Joe Biden", "Narendra Modi"]


def test_received_a_title_with_its_office_or_country(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Meloni in the Oval Office on Thursday 27 July 2023, by a demonym and by an "of" country.
    text = "Joe Biden received the Italian prime minister at the White House on Thursday."
    assert _partners(real, make_doc, text, "2023-07-28", "en") == ["Giorgia Meloni", "Joe Biden"]
    text = "Joe Biden received the prime minister of Italy in the Oval Office on Thursday."
    assert _partners(real, make_doc, text, "2023-07-28", "en") == ["Giorgia Meloni", "Joe Biden"]


def test_a_possessive_after_the_title_keeps_the_not_cue(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A decision welcomed is no meeting, whoever took it.
    for text in ("Joe Biden welcomed the Indian prime minister's decision on Thursday.",
                 "Joe Biden welcomed the prime minister of India's decision on Thursday.",
                 "Joe Biden welcomed the decision of the Indian prime minister on Thursday."):
        assert _partners(real, make_doc, text, "2023-06-23", "en") == []


def test_heads_of_two_countries(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi's talks with Kishida and with Meloni at the Hiroshima G7, Saturday 20 May 2023.
    text = "Narendra Modi met the heads of Japan and Italy in Hiroshima on Saturday."
    assert _partners(real, make_doc, text, "2023-05-21", "en") == [
        "Fumio Kishida", "Giorgia Meloni", "Narendra Modi"]
    text = "Narendra Modi met the heads of delegations in Hiroshima on Saturday."
    assert _partners(real, make_doc, text, "2023-05-21", "en") == []


def test_arabic_construct_heads(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi Jinping with Ramaphosa and Lula in Johannesburg, Tuesday 22 August 2023 (the BRICS summit).
    text = "التقى شي جين بينغ رؤساء البرازيل وجنوب أفريقيا في جوهانسبرغ يوم الثلاثاء."
    assert _partners(real, make_doc, text, "2023-08-23", "ar") == [
        "Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Xi Jinping"]
    # the office word decides: heads of government of Japan and Italy (no emperor, no president)
    text = "التقى ناريندرا مودي رؤساء حكومات اليابان وإيطاليا في هيروشيما يوم السبت."
    assert _partners(real, make_doc, text, "2023-05-21", "ar") == [
        "Fumio Kishida", "Giorgia Meloni", "Narendra Modi"]
