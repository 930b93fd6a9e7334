"""Round six: partners named as "the leaders of A and B" (sentences of our own about real contacts).

A group reference ("the leaders", "los líderes", "les dirigeants") followed by "of" and its countries names
those countries' leaders, each a partner of the leader outside the phrase; the leader of a republic whose
prime minister governs (India, Pakistan since 2013, Germany, Italy, Turkey until 2014) is its head of
government. Rows are ("AAA-BBB", mode, date or "", status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def _partners(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[str]:
    """The names of everyone the text pairs, sorted."""
    return sorted({p.name for c in real.extract(make_doc(text, published, lang=lang)) for p in (c.a, c.b)})


def test_the_leaders_of_two_countries_on_the_phone(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump's calls of Monday 19 August 2019 with Modi and Imran Khan over Kashmir.
    text = "On Monday Donald Trump spoke by telephone with the leaders of Pakistan and India about Kashmir."
    assert pair_rows(real, make_doc, text, "2019-08-21", "en") == [
        ("IND-USA", P, "2019-08-19", OK), ("PAK-USA", P, "2019-08-19", OK)]
    assert _partners(real, make_doc, text, "2019-08-21", "en") == [
        "Donald Trump", "Imran Khan", "Narendra Modi"]


def test_the_leaders_of_three_countries_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz, Macron and Draghi in Kyiv on 16 June 2022: Germany's and Italy's leaders are their heads of
    # government, not Presidents Steinmeier and Mattarella.
    text = "El jueves Volodímir Zelenski recibió en Kiev a los líderes de Alemania, Francia e Italia."
    assert pair_rows(real, make_doc, text, "2022-06-17", "es") == [
        ("DEU-UKR", V, "2022-06-16", OK), ("FRA-UKR", V, "2022-06-16", OK), ("ITA-UKR", V, "2022-06-16", OK)]
    assert _partners(real, make_doc, text, "2022-06-17", "es") == [
        "Emmanuel Macron", "Mario Draghi", "Olaf Scholz", "Volodymyr Zelenskyy"]


def test_les_dirigeants_with_their_articles(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same day in French, with Romania's president Iohannis, who came by another train.
    text = ("Jeudi à Kiev, Volodymyr Zelensky a reçu les dirigeants de l'Italie, de la France et de "
            "la Roumanie.")
    assert pair_rows(real, make_doc, text, "2022-06-17", "fr") == [
        ("FRA-UKR", V, "2022-06-16", OK), ("ITA-UKR", V, "2022-06-16", OK), ("ROU-UKR", V, "2022-06-16", OK)]


def test_turkey_was_led_by_its_prime_minister_before_2014(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merkel in Ankara on 25 February 2013 met Prime Minister Erdogan (Abdullah Gul was president).
    text = "On Monday the leaders of Germany and Turkey met in Ankara."
    assert pair_rows(real, make_doc, text, "2013-02-26", "en") == [("DEU-TUR", V, "2013-02-25", OK)]
    assert _partners(real, make_doc, text, "2013-02-26", "en") == ["Angela Merkel", "Recep Tayyip Erdoğan"]


def test_the_leaders_alone_still_refer_back(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron's first trip as president, Berlin, 15 May 2017: "the leaders" with no country after them
    # are the pair just told, no new contact.
    text = "Macron met Merkel in Berlin on Monday. The leaders discussed the euro zone."
    assert pair_rows(real, make_doc, text, "2017-05-16", "en") == [("DEU-FRA", V, "2017-05-15", OK)]


def test_an_elided_article_in_a_french_list(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same calls of 19 August 2019 in French: "de l'Inde" after "et" is the list's second country
    # (French elides the article before a vowel: one filler more between "et" and the country).
    text = ("Donald Trump s'est entretenu lundi au téléphone avec les premiers ministres du Pakistan et "
            "de l'Inde.")
    assert pair_rows(real, make_doc, text, "2019-08-21", "fr") == [
        ("IND-USA", P, "2019-08-19", OK), ("PAK-USA", P, "2019-08-19", OK)]
