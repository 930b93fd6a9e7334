"""Hungarian reports (the style of MTI, hirado.hu and Telex), written by us about real contacts.

They run on the bundled gazetteer, whose Hungarian names with their endings ("Putyinnal", "Orbán Viktort")
are in manual/names_hu_bg_az.jsonl.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "hu")


CASES = [
    # Orbán in Moscow on Friday 5 July 2024: "pénteken", the partner with "-val"
    ("Orbán Viktor miniszterelnök pénteken Moszkvában találkozott Vlagyimir Putyin orosz elnökkel.",
     "2024-07-06", [("HUN-RUS", "in_person", "2024-07-05", "occurred")]),
    # the same, the bare title: the Hungarian prime minister
    ("A miniszterelnök pénteken Moszkvában tárgyalt az orosz elnökkel, Vlagyimir Putyinnal.", "2024-07-06",
     [("HUN-RUS", "in_person", "2024-07-05", "occurred")]),
    # the same, the full date ("2024. július 5-én")
    ("Orbán Viktor 2024. július 5-én Moszkvában tárgyalt Putyinnal.", "2024-07-10",
     [("HUN-RUS", "in_person", "2024-07-05", "occurred")]),
    # Kyiv, Tuesday 2 July 2024
    ("Orbán Viktor kedden Kijevben találkozott Volodimir Zelenszkij ukrán elnökkel.", "2024-07-03",
     [("HUN-UKR", "in_person", "2024-07-02", "occurred")]),
    # Beijing, Monday 8 July 2024: Orbán the object ("Orbán Viktort")
    ("Hszi Csin-ping kínai elnök hétfőn Pekingben fogadta Orbán Viktort.", "2024-07-09",
     [("CHN-HUN", "in_person", "2024-07-08", "occurred")]),
    # the White House, Friday 7 November 2025
    ("Orbán Viktor pénteken a Fehér Házban tárgyalt Donald Trump amerikai elnökkel.", "2025-11-08",
     [("HUN-USA", "in_person", "2025-11-07", "occurred")]),
    # Erdoğan in Budapest, Monday 18 December 2023
    ("Recep Tayyip Erdoğan török elnök hétfőn Budapesten tárgyalt Orbán Viktorral.", "2023-12-19",
     [("HUN-TUR", "in_person", "2023-12-18", "occurred")]),
    # the Trump-Putin call of Thursday 16 October 2025: "telefonon beszélt"
    ("Donald Trump amerikai elnök csütörtökön telefonon beszélt Vlagyimir Putyin orosz elnökkel.",
     "2025-10-17", [("RUS-USA", "phone", "2025-10-16", "occurred")]),
    # the call of Wednesday 12 February 2025: "felhívta", the partner as the object
    ("Donald Trump szerdán felhívta Vlagyimir Putyint.", "2025-02-13",
     [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # Macron's call of 1 July 2025: "tegnap"
    ("Emmanuel Macron francia elnök tegnap telefonon beszélt Putyinnal.", "2025-07-02",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # Scholz's call of Friday 15 November 2024: "Scholz" with "-nak" and "Scholzcal"
    ("Olaf Scholz német kancellár pénteken telefonon beszélt Vlagyimir Putyinnal.", "2024-11-16",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # Alaska, Friday 15 August 2025
    ("Donald Trump és Vlagyimir Putyin pénteken Alaszkában találkozott.", "2025-08-16",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021
    ("Joe Biden és Hszi Csin-ping hétfőn videókonferencián tárgyalt egymással.", "2021-11-16",
     [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Trump's letter to Erdoğan of 9 October 2019: the dative name ("Erdoğannak")
    ("Donald Trump 2019. október 9-én levelet írt Recep Tayyip Erdoğannak.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # Putin received Xi at the Kremlin on 20 March 2023
    ("Vlagyimir Putyin 2023. március 20-án a Kremlben fogadta Hszi Csin-pinget.", "2023-03-22",
     [("CHN-RUS", "in_person", "2023-03-20", "occurred")]),
    # Starmer at the White House, Thursday 27 February 2025 ("Starmerrel")
    ("Donald Trump csütörtökön a Fehér Házban fogadta Keir Starmer brit miniszterelnököt.", "2025-02-28",
     [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    # the Oval Office meeting of Friday 28 February 2025, announced: the present dated to another day
    ("Volodimir Zelenszkij pénteken a Fehér Házban találkozik Donald Trumppal.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
    # the future with "fog" (16 October 2025: the Budapest summit announced); undated, a plan is dated to the
    # report's day, as in every language
    ("Donald Trump közölte, hogy két héten belül találkozni fog Vlagyimir Putyinnal Budapesten.",
     "2025-10-17", [("RUS-USA", "in_person", "2025-10-17", "planned")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_hungarian_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                            expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # no meeting at the Istanbul talks of 16 May 2025
    ("Vlagyimir Putyin és Volodimir Zelenszkij nem találkozott Isztambulban.", "2025-05-17"),
    # a denial
    ("A Kreml cáfolta, hogy Putyin és Zelenszkij találkozóját tervezik.", "2025-05-17"),
    # a minister is no leader (Blinken in Kyiv, 6 September 2023)
    ("Antony Blinken amerikai külügyminiszter szerdán Kijevben találkozott Volodimir Zelenszkijjel.",
     "2023-09-07"),
])
def test_hungarian_non_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> None:
    assert [r for r in _rows(real, make_doc, text, published) if r[3] == "occurred"] == []


def test_hungarian_text_is_read_as_hungarian() -> None:
    assert guess_lang("Orbán Viktor miniszterelnök pénteken Moszkvában találkozott az orosz elnökkel, "
                      "és a két vezető a háborúról is tárgyalt, közölte a szóvivő.") == "hu"


def test_finnish_text_is_not_read_as_hungarian() -> None:
    # Finnish shares "ä" and "ö" with Hungarian, not "ő" or "ű"; we read no Finnish, so it stays unguessed
    assert guess_lang("Presidentti Alexander Stubb tapasi torstaina Ukrainan presidentin Helsingissä, "
                      "ja he keskustelivat tilanteesta pitkään.") is None


def test_hungarian_report_of_a_summit(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Putin in Geneva on Wednesday 16 June 2021; "a két vezető" is the same meeting, the earlier
    # one in Helsinki (2018) is Trump's, not Biden's
    text = ("Joe Biden amerikai elnök szerdán Genfben találkozott Vlagyimir Putyin orosz elnökkel. "
            "A két vezető közel négy órán át tárgyalt a kiberbiztonságról és a fegyverzetellenőrzésről. "
            "Biden közölte, hogy a tárgyalás jó hangulatban zajlott.")
    assert _rows(real, make_doc, text, "2021-06-17") == [("RUS-USA", "in_person", "2021-06-16", "occurred")]
