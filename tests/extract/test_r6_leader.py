"""Round six: a leader word with no office ("the German leader", "лидер Израиля"), sentences of our own.

Such a word names the country's head of government where he governs, by the rule "the leaders of A and B"
follow (a republic whose prime minister or chancellor governs; a monarchy whose monarch reigns); elsewhere,
and outside a dated span, the holder found before (a president who governs) stays. Rows are ("AAA-BBB",
mode, date or "", status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory

V, OK = "in_person", "occurred"


def _partners(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[str]:
    """The names of everyone the text pairs, sorted."""
    return sorted({p.name for c in real.extract(make_doc(text, published, lang=lang)) for p in (c.a, c.b)})


def test_the_german_leader_is_the_chancellor(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz's first White House visit as chancellor, Monday 7 February 2022 (Steinmeier was president).
    text = "Joe Biden met the German leader at the White House on Monday."
    assert _partners(real, make_doc, text, "2022-02-08", "en") == ["Joe Biden", "Olaf Scholz"]


def test_el_lider_israeli_is_the_prime_minister(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden in Tel Aviv on Wednesday 18 October 2023 with Netanyahu, not President Herzog.
    text = "Joe Biden se reunió el miércoles en Tel Aviv con el líder israelí."
    assert _partners(real, make_doc, text, "2023-10-19", "es") == ["Benjamin Netanyahu", "Joe Biden"]


def test_le_dirigeant_indien_and_la_dirigeante_italienne(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi, guest of the 14 July 2023 parade; Meloni at the White House on 27 July 2023.
    text = "Emmanuel Macron a reçu vendredi à l'Élysée le dirigeant indien."
    assert _partners(real, make_doc, text, "2023-07-15", "fr") == ["Emmanuel Macron", "Narendra Modi"]
    text = "Joe Biden a reçu jeudi à la Maison Blanche la dirigeante italienne."
    assert _partners(real, make_doc, text, "2023-07-28", "fr") == ["Giorgia Meloni", "Joe Biden"]


def test_lider_izrailya_in_russian(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Bennett's talks with Putin in Sochi, Friday 22 October 2021: a genitive country and a demonym alike.
    for text in ("Владимир Путин в пятницу встретился в Сочи с лидером Израиля.",
                 "Владимир Путин в пятницу встретился в Сочи с израильским лидером."):
        assert _partners(real, make_doc, text, "2021-10-23", "ru") == ["Naftali Bennett", "Vladimir Putin"]


def test_arabic_and_turkish_leader_of_india(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi in Abu Dhabi on 13 February 2024; Erdogan and Modi at the New Delhi G20, 9 September 2023.
    text = "استقبل الشيخ محمد بن زايد الزعيم الهندي في أبوظبي يوم الثلاثاء."
    assert _partners(real, make_doc, text, "2024-02-14", "ar") == [
        "Mohamed bin Zayed Al Nahyan", "Narendra Modi"]
    text = "Erdoğan, Hindistan lideri ile cumartesi günü Yeni Delhi'de görüştü."
    assert _partners(real, make_doc, text, "2023-09-11", "tr") == ["Narendra Modi", "Recep Tayyip Erdoğan"]


def test_a_reigning_monarchy_leader_is_the_prime_minister(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Abe at the Osaka G20 on Friday 28 June 2019: the Japanese leader is no emperor.
    text = "Donald Trump met the Japanese leader in Osaka on Friday."
    assert _partners(real, make_doc, text, "2019-06-29", "en") == ["Donald Trump", "Shinzo Abe"]


def test_turkey_before_2014_and_pakistan_before_2013(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Turkey until August 2014 was led by its prime minister (Merkel and Erdogan in Ankara, Monday 25
    # February 2013, Gul president); Pakistan before September 2013 by President Zardari (at the White
    # House on Wednesday 6 May 2009): the span keeps the president there.
    text = "Angela Merkel met the Turkish leader in Ankara on Monday."
    assert _partners(real, make_doc, text, "2013-02-26", "en") == ["Angela Merkel", "Recep Tayyip Erdoğan"]
    text = "Barack Obama met the Pakistani leader at the White House on Wednesday."
    assert _partners(real, make_doc, text, "2009-05-07", "en") == ["Asif Ali Zardari", "Barack Obama"]
