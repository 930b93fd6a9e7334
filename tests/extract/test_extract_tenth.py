"""Tenth pass: general mechanisms found on the sixth and ninth development sets, each tested on a real
contact told in our own words."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun


def test_last_before_a_weekday_dates_another_event_not_an_earlier_contact(occurred: OccurredRun) -> None:
    # Erdoğan met Putin at the Kremlin on Thursday 5 March 2020, a week after the strike of 27 February
    text = ("Recep Tayyip Erdoğan flew into Moscow on Thursday and met Vladimir Putin, a week after last "
            "Thursday's air strike in Idlib that killed 33 Turkish soldiers. Putin and Erdoğan talked for "
            "six hours at the Kremlin.")
    assert occurred(text, "2020-03-06") == [("RUS", "TUR", "in_person", "2020-03-05")]
