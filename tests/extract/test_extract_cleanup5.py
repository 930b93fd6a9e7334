"""The review's debts paid (branch cleanup5): language words read from the lexicons, not from code."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# Starmer hosted the European Political Community at Blenheim Palace on 18 July 2024, Meloni among the
# guests, and flew to Rome to meet her on Monday 16 September 2024.


def test_a_past_verb_of_the_english_lexicon_keeps_a_time_clause_held(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # A time clause after a future tells the future in its present; in the past (an irregular form of the
    # lexicon's past_forms, or the "-ed" of its preterite_endings) it tells a contact held.
    lead = "Keir Starmer will fly to Rome on Monday; he last saw Giorgia Meloni when they "
    for verb in ("met", "talked"):
        text = f"{lead}{verb} at Blenheim Palace in July."
        assert pair_rows(real, make_doc, text, "2024-09-12", "en") == [("GBR-ITA", "in_person", "2024-07",
                                                                          "occurred")]
    plan = "Keir Starmer will fly to Rome on Monday and hold talks with Giorgia Meloni when he arrives."
    assert pair_rows(real, make_doc, plan, "2024-09-12", "en") == [("GBR-ITA", "in_person", "2024-09-16",
                                                                      "planned")]
