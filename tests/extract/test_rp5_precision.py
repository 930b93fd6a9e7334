"""Real-press review, round five: wrong people read as partners, in all languages (our words).

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status); where the countries alone cannot tell a wrong man from the right one, the names are compared.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def _names(extractor: RuleExtractor, make_doc: DocFactory, text: str, day: str | None,
           lang: str) -> list[tuple[str, str]]:
    """The two names of each contact found, sorted."""
    got = extractor.extract(make_doc(text, day, lang=lang))
    return sorted(tuple(sorted((c.a.name, c.b.name))) for c in got)  # type: ignore[misc]


def test_a_crown_prince_by_his_fathers_name_is_no_king(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Erdoğan met Mohammed bin Salman in Jeddah on 17 July 2023. Turkish papers call the crown prince by the
    # last word of his name, which is also his father's: "Selman" under a crown prince's title was King
    # Salman, a title he has not borne since 2015.
    text = "Cumhurbaşkanı Erdoğan, Cidde'de Suudi Arabistan Veliaht Prensi Selman ile bir araya geldi."
    found = _names(real, make_doc, text, "2023-07-17", "tr")
    assert found == [("Mohammed bin Salman", "Recep Tayyip Erdoğan")]


def test_a_presidents_title_does_not_fit_a_namesake_premier(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # The UAE's president went to Doha on 5 December 2022 and met the emir. The Emirati press calls him
    # "President Sheikh Mohamed": the one word of his name was Djibouti's prime minister, whose country has
    # a president of its own; a doubtful man is dropped rather than guessed.
    talks = "held talks with Sheikh Tamim bin Hamad, the Emir of Qatar."
    text = "President Sheikh Mohamed arrived in Doha on Monday and " + talks
    assert all("DJI" not in row[0] for row in pair_rows(real, make_doc, text, "2022-12-05", "en"))
    # named in full first, the same words are he
    text = "Sheikh Mohamed bin Zayed arrived in Doha on Monday. President Sheikh Mohamed " + talks
    assert pair_rows(real, make_doc, text, "2022-12-05", "en") == [("ARE-QAT", V, "2022-12-05", OK)]


def test_the_king_is_no_surname(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden phoned King Charles III after the Queen's death in September 2022. "the King" was read as the
    # surname of Saint Lucia's former prime minister, who never reigned.
    text = "President Joe Biden spoke by phone with the King on Tuesday."
    assert all("LCA" not in row[0] for row in pair_rows(real, make_doc, text, None, "en"))


def test_a_premier_styled_president_in_his_own_language_stays(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # Draghi and Macron signed the Quirinal Treaty in Rome on 26 November 2021; Sánchez met Macron in Paris on
    # 23 June 2023. Italian and Spanish cut the head of government's own title to "president": the rule
    # above leaves them alone (Spain has no president; Italian styles its premier "presidente del Consiglio").
    text = "Il presidente Draghi ha firmato con Macron il trattato del Quirinale a Roma."
    assert pair_rows(real, make_doc, text, "2021-11-26", "it") == [("FRA-ITA", V, "2021-11-26", OK)]
    text = "El presidente Sánchez se reunió con Macron en París."
    assert pair_rows(real, make_doc, text, "2023-06-23", "es") == [("ESP-FRA", V, "2023-06-23", OK)]
    # Macron received Saad Hariri at the Elysée on 18 November 2017. The Lebanese press calls its premiers
    # "president" too; the surname is only Lebanese leaders' (Rafic and Saad Hariri), so it stays his.
    text = "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس الحريري في قصر الإليزيه."
    assert pair_rows(real, make_doc, text, "2017-11-18", "ar") == [("FRA-LBN", V, "2017-11-18", OK)]


def test_a_name_in_apposition_to_a_ministers_office_is_no_leader(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # Carl Bildt (Sweden's prime minister 1991-94) came to Benin as foreign minister; Modi saw Shinzo Abe in
    # Tokyo in May 2022, after Abe had left office. On a page with no day each was read as the leader he had
    # been: the apposition after the comma says what he was when told.
    text = ("Carl Bildt, chef de la diplomatie suédoise, a été reçu à Cotonou par le président béninois "
            "Boni Yayi.")
    assert pair_rows(real, make_doc, text, None, "fr") == []
    text = "Prime Minister Narendra Modi met Shinzo Abe, former Prime Minister of Japan, in Tokyo."
    assert pair_rows(real, make_doc, text, None, "en") == []
    # a leader's own office in apposition keeps him
    text = "Prime Minister Narendra Modi met Fumio Kishida, Prime Minister of Japan, in Tokyo."
    assert pair_rows(real, make_doc, text, None, "en") == [("IND-JPN", V, "", OK)]
