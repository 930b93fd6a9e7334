"""Round four of the real-press review, English and German: constructions seen in several reports."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.conftest import build_doc
from tests.extract.rows import pair_rows


def _rows(extractor: RuleExtractor, text: str, published: str | None,
          lang: str = "de") -> list[tuple[str, ...]]:
    got = extractor.extract(build_doc(text, published, lang=lang))
    return sorted(("-".join(sorted((c.a.country, c.b.country))), c.mode, c.status) for c in got)


def test_an_elected_or_future_president_with_a_hyphened_country_is_not_in_office(real: RuleExtractor) -> None:
    # Scholz called Trump after the 2024 election, before Trump took office: on a page with no day the
    # out-of-office word before "US-" is the name's, as it is before a bare "Präsidenten"
    for word in ("gewählten", "künftigen", "früheren"):
        text = f"Bundeskanzler Olaf Scholz hat mit dem {word} US-Präsidenten Donald Trump telefoniert."
        assert _rows(real, text, None) == []
    text = "Bundeskanzler Olaf Scholz hat mit US-Präsident Donald Trump telefoniert."
    assert _rows(real, text, None) == [("DEU-USA", "phone", "occurred")]


def test_a_present_tense_sentence_beside_a_plan_of_the_pair_is_that_plan(real: RuleExtractor) -> None:
    # Steinmeier's state visit to Austria, announced: the present-tense lines of the programme plan it too
    text = ("Bundespräsident Frank-Walter Steinmeier wird am Montag von Bundespräsident Alexander Van der "
            "Bellen in Wien empfangen. Am Nachmittag trifft Steinmeier mit Van der Bellen in der Hofburg "
            "zusammen.")
    assert {r[2] for r in _rows(real, text, None)} == {"planned"}


def test_a_past_sentence_beside_a_plan_of_the_pair_stays_held(real: RuleExtractor) -> None:
    for told in ("hatte Steinmeier mit Van der Bellen in Wien gesprochen", "telefonierte Steinmeier mit Van "
                 "der Bellen", "traf Steinmeier Van der Bellen in Wien"):
        text = ("Bundespräsident Frank-Walter Steinmeier wird Bundespräsident Alexander Van der Bellen im "
                f"Oktober erneut treffen. Am Montag {told}.")
        assert "occurred" in {r[2] for r in _rows(real, text, "2025-05-20")}


def test_present_tense_alone_stays_held(real: RuleExtractor, make_doc) -> None:  # type: ignore[no-untyped-def]
    # with no plan of the pair in the report, a present tense is the report's own news
    text = "Bundeskanzler Friedrich Merz empfängt den französischen Präsidenten Emmanuel Macron in Berlin."
    assert pair_rows(real, make_doc, text, "2025-05-20", "de") == [("DEU-FRA", "in_person", "2025-05-20",
                                                                     "occurred")]


def test_a_future_or_incoming_leader_in_english_is_not_in_office(real: RuleExtractor) -> None:
    # Merz before his election as chancellor (May 2025), on a page with no day
    text = ("The expected future Chancellor Friedrich Merz had dinner with French President Emmanuel Macron "
            "in Paris on Wednesday.")
    assert _rows(real, text, None, "en") == []
    text = "President Emmanuel Macron spoke by phone with incoming Chancellor Friedrich Merz."
    assert _rows(real, text, None, "en") == []


def test_may_before_a_verb_plans_the_contact_in_english(real: RuleExtractor) -> None:
    # Marcos and Yoon at the ASEAN summit in Jakarta, September 2023
    text = "President Ferdinand Marcos Jr. may meet South Korean President Yoon Suk Yeol in Jakarta."
    assert _rows(real, text, "2023-08-31", "en") == [("KOR-PHL", "in_person", "planned")]
    # the month, a perfect and a reminder phrase plan nothing
    for told in ("met South Korean President Yoon Suk Yeol in May",
                 "may have met South Korean President Yoon Suk Yeol in May"):
        text = f"President Ferdinand Marcos Jr. {told}."
        assert _rows(real, text, "2023-08-31", "en") == [("KOR-PHL", "in_person", "occurred")]
    text = ("It may be recalled that President Ferdinand Marcos Jr. met South Korean President Yoon Suk Yeol "
            "in May.")
    assert _rows(real, text, "2023-08-31", "en") == [("KOR-PHL", "in_person", "occurred")]


def test_a_modal_before_a_list_of_leaders_plans_the_call_at_the_clause_end(real: RuleExtractor) -> None:
    # Merz, Macron and Starmer before the Trump-Putin call of May 2025: the modal stands second, the
    # infinitive last, a list of three leaders with a party in brackets between
    text = ("Am Sonntag wollen Bundeskanzler Friedrich Merz (CDU), Frankreichs Präsident Emmanuel Macron "
            "und Großbritanniens Premierminister Keir Starmer ein weiteres Mal zusammen mit dem "
            "amerikanischen Präsidenten Donald Trump telefonieren.")
    got = _rows(real, text, None)
    assert ("DEU-USA", "phone", "planned") in got and ("DEU-USA", "phone", "occurred") not in got


def test_a_preterite_cue_is_held_beside_a_programme_word(real: RuleExtractor) -> None:
    # Merkel at the Rome G20 (October 2021) met Argentina's president: the programme was the summit's
    text = ("Kanzlerin Angela Merkel absolvierte das ganze Gipfel-Programm und traf auch Argentiniens "
            "Präsidenten Alberto Fernández.")
    assert _rows(real, text, "2021-10-31") == [("ARG-DEU", "in_person", "occurred")]
