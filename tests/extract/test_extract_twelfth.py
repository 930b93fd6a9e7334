"""Twelfth pass: general mechanisms found on the development sets (the seventh held-out set opened), each
tested on a real contact told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default
from tests.extract.rows import DocFactory, Row, extract_rows


@pytest.fixture(scope="module")
def real() -> RuleExtractor:
    """The extractor with the whole gazetteer (leaders the small test table lacks)."""
    return RuleExtractor(load_default())


def _occurred(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "date"), occurred_only=True)


def _status(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "status"))


# -- a date after the reference day dates no contact that occurred ------------------------------------------

# Erdoğan, then prime minister, held talks with Rouhani in Tehran on Wednesday 29 January 2014; they set a
# goal of 30 billion dollars of yearly trade for 2015.


def test_a_goal_year_after_the_report_dates_no_held_meeting(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Recep Tayyip Erdogan held talks with Hassan Rouhani in Tehran on Wednesday. In the talks the "
            "two leaders agreed to lift trade to 30 billion dollars in 2015.")
    assert _occurred(real, make_doc, text, "2014-01-29", "en") == [("IRN", "TUR", "in_person", "2014-01-29")]


# Putin and Erdoğan opened the TurkStream pipeline in Istanbul on Wednesday 8 January 2020 and called for a
# ceasefire in Libya from midnight on 12 January.


def test_a_day_and_month_just_ahead_of_the_report_is_the_coming_one(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("Vladimir Putin and Recep Tayyip Erdogan held talks in Istanbul on Wednesday. The two leaders "
            "discussed Libya and urged a ceasefire there from 12 January.")
    assert _occurred(real, make_doc, text, "2020-01-08", "en") == [("RUS", "TUR", "in_person", "2020-01-08")]
