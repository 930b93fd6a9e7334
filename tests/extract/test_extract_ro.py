"""Romanian reports (the style of Agerpres, Digi24, HotNews and Moldpres), written by us about real contacts.

They run on the bundled gazetteer: the Romanian press writes foreign leaders' names as the gazetteer's Latin
forms ("Volodimir Zelenski", "Xi Jinping"), uninflected after "lui" and "pe".
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "ro")


CASES = [
    # the Trump-Putin call of Wednesday 12 February 2025: "convorbire telefonică", the weekday, "omologul său"
    ("Președintele american Donald Trump a avut miercuri o convorbire telefonică cu omologul său rus, "
     "Vladimir Putin.", "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # Iohannis at the White House on 9 June 2017: "s-a întâlnit" split at its hyphen, "ieri"
    ("Klaus Iohannis s-a întâlnit ieri la Casa Albă cu președintele Donald Trump.", "2017-06-10",
     [("ROU-USA", "in_person", "2017-06-09", "occurred")]),
    # Iohannis in Kyiv on Thursday 16 June 2022: a visit, then "unde" and the partner's demonym
    ("Președintele Klaus Iohannis a efectuat joi o vizită la Kiev, unde s-a întâlnit cu președintele "
     "ucrainean Volodimir Zelenski.", "2022-06-17", [("ROU-UKR", "in_person", "2022-06-16", "occurred")]),
    # Zelensky at Cotroceni on Tuesday 10 October 2023: the passive, the country in the genitive after the
    # title ("Președintele Ucrainei")
    ("Președintele Ucrainei, Volodimir Zelenski, a fost primit marți la Palatul Cotroceni de Klaus Iohannis.",
     "2023-10-11", [("ROU-UKR", "in_person", "2023-10-10", "occurred")]),
    # the same, "acum două zile" (ago before its number)
    ("Volodimir Zelenski a fost primit acum două zile la Palatul Cotroceni de Klaus Iohannis.", "2023-10-12",
     [("ROU-UKR", "in_person", "2023-10-10", "occurred")]),
    # Alaska, Friday 15 August 2025: two subjects of one plural verb
    ("Donald Trump și Vladimir Putin s-au întâlnit vineri în Alaska.", "2025-08-18",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021: "luni" is the weekday here
    ("Joe Biden și Xi Jinping au avut luni o videoconferință de peste trei ore.", "2021-11-16",
     [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Scholz's call to Putin on Friday 15 November 2024: "a discutat la telefon", the title's demonym after it
    ("Cancelarul german Olaf Scholz a discutat vineri la telefon cu Vladimir Putin, prima lor convorbire din "
     "decembrie 2022.", "2024-11-16", [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # Trump's call to Zelensky of Thursday 25 July 2019: "a vorbit la telefon"
    ("Donald Trump a vorbit joi la telefon cu președintele ucrainean Volodimir Zelenski.", "2019-07-26",
     [("UKR-USA", "phone", "2019-07-25", "occurred")]),
    # Trump's letter to Erdoğan of 9 October 2019: the day and its month after "pe", the name after "lui"
    ("Donald Trump i-a trimis o scrisoare lui Recep Tayyip Erdoğan pe 9 octombrie.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # Putin received Xi at the Kremlin on 20 March 2023: "l-a primit pe"
    ("Vladimir Putin l-a primit pe Xi Jinping la Kremlin pe 20 martie 2023.", "2023-03-22",
     [("CHN-RUS", "in_person", "2023-03-20", "occurred")]),
    # Meloni greeted Biden at the G7 in Apulia on Thursday 13 June 2024: "l-a întâmpinat pe"
    ("Premierul italian Giorgia Meloni l-a întâmpinat joi pe președintele american Joe Biden la summitul G7 "
     "din Apulia.", "2024-06-14", [("ITA-USA", "in_person", "2024-06-13", "occurred")]),
    # the same summit's sidelines, the same day (Biden and Zelensky)
    ("Pe marginea summitului G7, Joe Biden s-a întâlnit joi cu Volodimir Zelenski.", "2024-06-14",
     [("UKR-USA", "in_person", "2024-06-13", "occurred")]),
    # Busan, Thursday 30 October 2025: the weekday and the date in apposition
    ("Donald Trump și Xi Jinping s-au întâlnit joi, 30 octombrie, la Busan, în Coreea de Sud.", "2025-10-31",
     [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    # a plan with its weekday (the Oval Office meeting of Friday 28 February 2025): "urmează să"
    ("Volodimir Zelenski urmează să se întâlnească vineri cu Donald Trump la Casa Albă.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
    # a plan next week (Iohannis at the White House, 8 March 2024): "va efectua", "se va întâlni"
    ("Klaus Iohannis va efectua săptămâna viitoare o vizită la Washington, unde se va întâlni cu Joe Biden.",
     "2024-03-01", [("ROU-USA", "in_person", "2024-03", "planned")]),
    # the Moldovan press (Moldpres): the bare "șeful statului" is Moldova's (Macron in Chișinău, Wednesday
    # 15 June 2022) ...
    ("CHIȘINĂU (Moldpres) – Președintele Franței, Emmanuel Macron, a fost primit miercuri de șeful statului.",
     "2022-06-16", [("FRA-MDA", "in_person", "2022-06-15", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_romanian_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                           expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # negation: Putin stayed away from the Istanbul talks of 16 May 2025
    ("Vladimir Putin nu s-a întâlnit cu Volodimir Zelenski la Istanbul.", "2025-05-17"),
    # a denial and "no plans"
    ("Kremlinul a dezmințit că ar fi fost planificată o întâlnire între Putin și Zelenski.", "2025-03-01"),
    ("Purtătorul de cuvânt al Kremlinului, Dmitri Peskov, a declarat că Putin nu are planuri să se "
     "întâlnească cu Biden.", "2024-02-20"),
    # a minister is no leader (Blinken in Kyiv, 6 September 2023)
    ("Secretarul de stat american Antony Blinken s-a întâlnit miercuri cu Volodimir Zelenski la Kiev.",
     "2023-09-07"),
    # "mai" (more) is no month, "luni" (months) no Monday: no date and no pair named
    ("Liderii celor două țări s-au mai întâlnit de mai multe ori în ultimele luni.", "2025-05-14"),
])
def test_romanian_non_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> None:
    assert [r for r in _rows(real, make_doc, text, published) if r[3] == "occurred"] == []


def test_romanian_may_is_read_as_a_month_only_where_no_comparative_follows(real: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    # Trump and the Saudi crown prince in Riyadh on 13 May 2025: "pe 13 mai" and "în mai" are dates, "în mai
    # multe rânduri" (several times) is none
    assert _rows(real, make_doc, "Donald Trump s-a întâlnit pe 13 mai la Riad cu prințul moștenitor Mohammed "
                 "bin Salman.", "2025-05-20") == [("SAU-USA", "in_person", "2025-05-13", "occurred")]
    assert _rows(real, make_doc, "Donald Trump s-a întâlnit în mai la Riad cu prințul moștenitor "
                 "Mohammed bin Salman.", "2025-06-20") == [("SAU-USA", "in_person", "2025-05", "occurred")]
    assert _rows(real, make_doc, "Donald Trump s-a întâlnit în mai multe rânduri cu prințul moștenitor "
                 "Mohammed bin Salman.", "2025-06-20") == [("SAU-USA", "in_person", "2025-06-20", "occurred")]


def test_romanian_text_is_read_as_romanian() -> None:
    assert guess_lang("Președintele Klaus Iohannis s-a întâlnit ieri cu omologul "
                      "său francez, care este în vizită la București.") == "ro"


def test_romanian_report_of_a_summit(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin in Alaska on Friday 15 August 2025, then the pair's earlier meeting (Osaka, June 2019)
    # through "ultima lor întâlnire", and the call promised
    text = ("Președintele american Donald Trump s-a întâlnit vineri în Alaska cu liderul de la Kremlin, "
            "Vladimir Putin. Cei doi lideri au discutat timp de aproape trei ore despre războiul din "
            "Ucraina. Ultima lor întâlnire avusese loc în 2019, la Osaka. Trump a declarat că îl va suna "
            "pe Volodimir Zelenski.")
    assert _rows(real, make_doc, text, "2025-08-16") == [("RUS-USA", "in_person", "2019", "occurred"),
                                                         ("RUS-USA", "in_person", "2025-08-15", "occurred"),
                                                         ("UKR-USA", "phone", "2025-08-15", "planned")]
