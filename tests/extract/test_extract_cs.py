"""Czech reports (the style of ČTK, Česká televize and iROZHLAS), written by us about real contacts.

They run on the bundled gazetteer, whose Czech names in their cases ("s Vladimirem Putinem", "Zelenskému")
are in manual/names_sv_cs.jsonl.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "cs")


CASES = [
    # the Trump-Putin call of Wednesday 12 February 2025: "ve středu", the partner in the instrumental
    ("Americký prezident Donald Trump ve středu telefonoval s ruským prezidentem Vladimirem Putinem.",
     "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # the same, "telefonicky hovořil"
    ("Americký prezident Donald Trump ve středu telefonicky hovořil s Vladimirem Putinem.", "2025-02-13",
     [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # Alaska, Friday 15 August 2025
    ("Donald Trump a Vladimir Putin se v pátek setkali na Aljašce.", "2025-08-18",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021 ("v pondělí"), Xi in the Czech transcription
    ("Joe Biden a Si Ťin-pching v pondělí jednali prostřednictvím videokonference.", "2021-11-16",
     [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Pavel in Kyiv on Friday 28 April 2023: a visit, then "kde se setkal"
    ("Prezident Petr Pavel přijel v pátek do Kyjeva, kde se setkal s Volodymyrem Zelenským.", "2023-04-29",
     [("CZE-UKR", "in_person", "2023-04-28", "occurred")]),
    # Fiala in Kyiv on Tuesday 15 March 2022
    ("Premiér Petr Fiala se v úterý v Kyjevě setkal s prezidentem Volodymyrem Zelenským.", "2022-03-16",
     [("CZE-UKR", "in_person", "2022-03-15", "occurred")]),
    # Babiš at the White House on Thursday 7 March 2019
    ("Premiér Andrej Babiš se ve čtvrtek v Bílém domě setkal s americkým prezidentem Donaldem Trumpem.",
     "2019-03-08", [("CZE-USA", "in_person", "2019-03-07", "occurred")]),
    # the same, the guest in the accusative opening the sentence
    ("Andreje Babiše přijal včera v Oválné pracovně prezident Donald Trump.", "2019-03-08",
     [("CZE-USA", "in_person", "2019-03-07", "occurred")]),
    # Trump's letter to Erdoğan of 9 October 2019: the day with its dot ("9. října"), the dative name
    ("Donald Trump poslal dopis Recepu Tayyipu Erdoğanovi 9. října.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # Putin received Xi at the Kremlin on 20 March 2023: Xi in the accusative
    ("Vladimir Putin přijal Si Ťin-pchinga v Kremlu 20. března 2023.", "2023-03-22",
     [("CHN-RUS", "in_person", "2023-03-20", "occurred")]),
    # Singapore, Tuesday 12 June 2018: the Czech transcription of Kim's name in the instrumental
    ("Donald Trump se v úterý v Singapuru setkal s Kim Čong-unem.", "2018-06-13",
     [("PRK-USA", "in_person", "2018-06-12", "occurred")]),
    # Pashinyan in Moscow on Thursday 25 May 2023
    ("Vladimir Putin se ve čtvrtek v Moskvě setkal s arménským premiérem Nikolem Pašinjanem.", "2023-05-26",
     [("ARM-RUS", "in_person", "2023-05-25", "occurred")]),
    # Busan, Thursday 30 October 2025
    ("Donald Trump a Si Ťin-pching se ve čtvrtek setkali v jihokorejském Pusanu.", "2025-10-31",
     [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    # Macron's call of 1 July 2025: "včera"
    ("Emmanuel Macron včera hovořil telefonicky s Vladimirem Putinem.", "2025-07-02",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # Scholz's call of 15 November 2024, "před dvěma dny" (ago before its number)
    ("Kancléř Scholz hovořil s Putinem telefonicky před dvěma dny.", "2024-11-17",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # the G7 in Apulia, Thursday 13 June 2024: "na okraj summitu"
    ("Na okraj summitu G7 v Itálii se Joe Biden ve čtvrtek setkal s Volodymyrem Zelenským.", "2024-06-14",
     [("UKR-USA", "in_person", "2024-06-13", "occurred")]),
    # Biden and Putin in Geneva on 16 June 2021; "oba lídři" is the same meeting
    ("Joe Biden a Vladimir Putin se včera setkali v Ženevě. Oba lídři jednali o kybernetické bezpečnosti.",
     "2021-06-17", [("RUS-USA", "in_person", "2021-06-16", "occurred")]),
    # plans: the perfective present is the future ("se v pátek setká"; the Oval Office, 28 February 2025) ...
    ("Volodymyr Zelenskyj se v pátek setká v Bílém domě s Donaldem Trumpem.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
    # ... and "příští týden"
    ("Prezident Zelenskyj má příští týden odcestovat do Washingtonu, kde se setká s Trumpem.", "2025-02-20",
     [("UKR-USA", "in_person", "2025-02", "planned")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_czech_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                        expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # the negation is the verb's prefix ("nesetkal"): no meeting at the Istanbul talks of 16 May 2025
    ("Vladimir Putin se s Volodymyrem Zelenským v Istanbulu nesetkal.", "2025-05-17"),
    # a denial
    ("Kreml popřel, že by se plánovala schůzka Putina se Zelenským.", "2025-05-17"),
    # a minister is no leader (Blinken in Kyiv, 6 September 2023)
    ("Americký ministr zahraničí Antony Blinken se ve středu setkal s Volodymyrem Zelenským v Kyjevě.",
     "2023-09-07"),
])
def test_czech_non_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> None:
    assert [r for r in _rows(real, make_doc, text, published) if r[3] == "occurred"] == []


def test_czech_day_with_its_dot_does_not_end_the_sentence() -> None:
    text = "Trump poslal dopis 9. října. Erdoğan neodpověděl."
    assert [text[s.start:s.end] for s in split_sentences(text)] == ["Trump poslal dopis 9. října.",
                                                                    "Erdoğan neodpověděl."]


def test_czech_text_is_read_as_czech() -> None:
    assert guess_lang("Prezident Petr Pavel se ve čtvrtek setkal s premiérem, "
                      "který je podle něj připraven jednat.") == "cs"


def test_czech_report_of_a_summit(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin in Alaska on Friday 15 August 2025, then the call promised ("zavolá"); the earlier
    # meeting told by a plural verb alone ("Naposledy se setkali", no subject: the pair), at the G20 in Osaka
    # in June 2019
    text = ("Americký prezident Donald Trump se v pátek na Aljašce setkal s ruským prezidentem Vladimirem "
            "Putinem. Oba lídři jednali téměř tři hodiny o válce na Ukrajině. Naposledy se setkali v roce "
            "2019 v Ósace. Trump řekl, že zavolá Volodymyru Zelenskému.")
    assert _rows(real, make_doc, text, "2025-08-16") == [("RUS-USA", "in_person", "2019", "occurred"),
                                                         ("RUS-USA", "in_person", "2025-08-15", "occurred"),
                                                         ("UKR-USA", "phone", "2025-08-15", "planned")]
