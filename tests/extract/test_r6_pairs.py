"""Round six: a pair's contacts counted and listed with their months (constructions, sentences of our own).

A count of a pair's contacts (a word of times: "twice", "mehrfach", "дважды"; or an ordinal on the contact
noun: "their third meeting") followed by months or days lists that many earlier contacts, one per date.
Rows are ("AAA-BBB", mode, date or "", status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, OK = "in_person", "occurred"


def test_a_german_count_with_its_months(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi came to Moscow in March 2023 and Putin went to Beijing in October 2023.
    text = ("Wladimir Putin und Xi Jinping haben sich im vergangenen Jahr mehrfach gesehen: erst während Xis "
            "Staatsbesuch im März in Moskau, später bei Putins Reise nach Peking im Oktober.")
    assert pair_rows(real, make_doc, text, "2024-02-01", "de") == [
        ("CHN-RUS", V, "2023-03", OK), ("CHN-RUS", V, "2023-10", OK)]


def test_a_russian_count_before_a_colon(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same two meetings, each month with its city after a dash.
    text = ("В прошлом году Путин и Си Цзиньпин встречались дважды: в марте — переговоры в Москве, "
            "в октябре — в Пекине.")
    assert pair_rows(real, make_doc, text, "2024-02-01", "ru") == [
        ("CHN-RUS", V, "2023-03", OK), ("CHN-RUS", V, "2023-10", OK)]


def test_an_ordinal_meeting_after_two_dated_ones(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin met in Helsinki on 16 July 2018, after Hamburg (July 2017) and Da Nang (November 2017).
    text = ("Donald Trump and Vladimir Putin held talks in Helsinki on Monday. It was their third meeting, "
            "after Hamburg in July 2017 and Da Nang in November 2017.")
    assert pair_rows(real, make_doc, text, "2018-07-17", "en") == [
        ("RUS-USA", V, "2017-07", OK), ("RUS-USA", V, "2017-11", OK), ("RUS-USA", V, "2018-07-16", OK)]


def test_one_date_after_a_count_is_no_list(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi and Putin met at Vladivostok on 4 September 2019; one earlier month named adds one contact at most.
    text = ("Vladimir Putin and Narendra Modi held talks in Vladivostok on Wednesday, their second meeting "
            "this year, after Osaka in June.")
    rows = pair_rows(real, make_doc, text, "2019-09-05", "en")
    assert ("IND-RUS", V, "2019-09-04", OK) in rows and len(rows) <= 2


def test_dates_before_the_count_are_not_listed(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Macron took office in January and May 2017; the months are their inaugurations, before the
    # words of times, not meetings listed after a count (at most the one contact the sentence tells).
    text = ("Investis l'un en janvier 2017 (Donald Trump), l'autre en mai (Emmanuel Macron), les deux "
            "chefs d'État se sont vus plusieurs fois depuis.")
    rows = pair_rows(real, make_doc, text, "2018-04-20", "fr")
    assert len(rows) <= 1 and not any(r[2] == "2017-01" for r in rows)


def test_a_greek_first_meeting_since_a_year(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin hosted Erdoğan in Sochi on 4 September 2023; they had last met in Astana in October 2022. In
    # "Ήταν η πρώτη ... από το 2022" the ordinal is a word of its own, not part of "it was", so the
    # "since" counts from 2022 as in other languages.
    text = ("Ο Πούτιν υποδέχθηκε τη Δευτέρα τον Ερντογάν στο Σότσι. "
            "Ήταν η πρώτη συνάντηση των δύο ηγετών από το 2022.")
    assert pair_rows(real, make_doc, text, "2023-09-06", "el") == [
        ("RUS-TUR", V, "2022", OK), ("RUS-TUR", V, "2023-09-04", OK)]


def test_a_coordinated_call_dated_after_its_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin spoke on 12 February and on 18 March 2025: the second clause, in the first one's mode,
    # has its own month after the verb, so it is a call of its own, as it is with the month before the verb.
    text = "Donald Trump called Vladimir Putin on 12 February, and the two men spoke by phone in March."
    assert pair_rows(real, make_doc, text, "2025-06-02", "en") == [
        ("RUS-USA", "phone", "2025-02-12", OK), ("RUS-USA", "phone", "2025-03", OK)]


def test_a_coordinated_clause_on_the_same_day_stays_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # One call told by two verbs, the date in the first clause only: one contact.
    text = "Donald Trump called Vladimir Putin on 12 February, and the two men spoke for ninety minutes."
    assert pair_rows(real, make_doc, text, "2025-06-02", "en") == [("RUS-USA", "phone", "2025-02-12", OK)]
