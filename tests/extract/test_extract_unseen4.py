"""Mechanisms found missing in the eighth pass, each in sentences we wrote about real contacts."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract.sentences import split_sentences

# The `occurred` fixture (conftest.py): extract a text, list its occurred contacts as (a, b, mode, date).
OccurredRun = Callable[..., list[tuple[str, str, str, str | None]]]


# -- a German day number with a dot does not end the sentence --------------------------------------------


def test_an_ordinal_dot_before_a_month_or_a_lower_case_word_ends_no_sentence() -> None:
    def parts(text: str) -> list[str]:
        return [text[s.start:s.end] for s in split_sentences(text)]

    assert parts("Am 28. Mai kam er nach Meseberg. Dann reiste er ab.") == [
        "Am 28. Mai kam er nach Meseberg.", "Dann reiste er ab."]
    assert parts("Zum 2. mal tagte die Runde.") == ["Zum 2. mal tagte die Runde."]
    # a number closing a sentence still closes it when a capitalized word that is no month follows
    assert parts("Die Zahl stieg auf 12. Die Runde tagte.") == ["Die Zahl stieg auf 12.", "Die Runde tagte."]


def test_a_german_day_with_a_dot_dates_its_contact(occurred: OccurredRun) -> None:
    # Scholz received Macron at Schloss Meseberg on 28 May 2024, during Macron's state visit to Germany
    for text in ["Am 28. Mai empfing Bundeskanzler Olaf Scholz den französischen Präsidenten Emmanuel Macron "
                 "auf Schloss Meseberg.",
                 "Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am 28. Mai auf "
                 "Schloss Meseberg empfangen."]:
        assert occurred(text, "2024-05-30", "de") == [("DEU", "FRA", "in_person", "2024-05-28")], text


# -- a calendar date tied to a noun by a from-word is that thing's, no step of the story --------------------


def test_an_attacks_date_named_in_passing_dates_no_next_sentence(occurred: OccurredRun) -> None:
    # Scholz received Erdogan in Berlin on Friday 17 November 2023; they differed over the war in Gaza
    text = ("Bundeskanzler Olaf Scholz hat den türkischen Präsidenten Recep Tayyip Erdoğan am Freitag im "
            "Kanzleramt empfangen. Scholz verurteilte den Überfall der Hamas vom 7. Oktober. Bei dem Treffen "
            "mit Erdoğan ging es auch um Migration.")
    assert occurred(text, "2023-11-18", "de") == [("DEU", "TUR", "in_person", "2023-11-17")]
