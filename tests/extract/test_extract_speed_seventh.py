"""The seventh speed pass: each shortcut gives what the code it replaced gave."""

from __future__ import annotations

import pytest

from ingest.extract import dates as dates_module
from ingest.extract.dates import build_date_index, find_dates
from ingest.extract.lexicon import all_lexicons
from ingest.extract.tokens import tokenize

# Counts in words, before a unit (a date) and before any other word (none), in several languages.
_COUNTED = [
    "A day after the vote, two leaders met a delegation and one minister; three days later they spoke.",
    "An envoy arrived a week ago with a letter, and a day earlier two ministers had left.",
    "Un jour après le sommet, deux présidents ont reçu une délégation; trois jours plus tard, un appel.",
    "Dos días después, un ministro y dos enviados llegaron; hace tres días hubo una llamada.",
    "Zwei Tage später traf ein Gesandter einen Minister; vor drei Tagen telefonierten zwei Präsidenten.",
    "Через два дня после саммита один министр встретился с двумя послами.",
]


@pytest.mark.parametrize("text", _COUNTED)
def test_counts_in_words_found_as_when_each_was_tried(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates finds what it found when every count in words was tried by each reader."""
    index = build_date_index(all_lexicons())
    toks = tokenize(text)
    got = find_dates(index, toks, text, 0, len(toks))
    monkeypatch.setattr(dates_module, "_COUNTS", frozenset())
    assert find_dates(index, toks, text, 0, len(toks)) == got


def test_a_count_before_its_unit_is_still_a_date() -> None:
    """"a day after" and "three days later" are still read: the shortcut skips only counts of no unit."""
    text = "A day after the vote, two leaders met; three days later they spoke."
    toks = tokenize(text)
    found = find_dates(build_date_index(all_lexicons()), toks, text, 0, len(toks))
    assert [(e.first, e.offset) for e in found] == [(0, 1), (8, 3)]


def test_a_count_before_another_word_opens_nothing() -> None:
    """"a factory" is tried by no reader; "a day" is."""
    index = build_date_index(all_lexicons())
    toks = tokenize("They visited a factory a day later.")
    opening = dates_module._Words(index.find(toks, 0, len(toks))).opening
    assert 2 not in opening and 4 in opening
