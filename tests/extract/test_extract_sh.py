"""Bosnian, Croatian and Serbian reports (the style of Hina, FENA, Tanjug, N1 and RTS), written by us about
real contacts.

They run on the bundled gazetteer, whose forms of names in their cases ("s Vladimirom Putinom", "Vučićem",
Serbian "Tramp", "Makron", "Si Đinping") are in manual/names_sh.jsonl. A text is marked hr, bs or sr as
its press would mark it; all three read the one "sh" lexicon, Serbian Cyrillic through its Latin letters.
"""

from __future__ import annotations

import pytest

from ingest.extract.lexicon.sh import CYRILLIC_TO_LATIN
from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows, topic_codes

CASES = [
    # the Trump-Putin call of Wednesday 12 February 2025, in the three presses' words: Croatian ...
    ("hr", "Američki predsjednik Donald Trump u srijedu je telefonom razgovarao s ruskim predsjednikom "
           "Vladimirom Putinom.", "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # ... Serbian, ekavian, with the transcribed name ...
    ("sr", "Američki predsednik Donald Tramp razgovarao je u sredu telefonom sa ruskim predsednikom "
           "Vladimirom Putinom.", "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # ... and Serbian Cyrillic
    ("sr", "Амерички председник Доналд Трамп разговарао је у среду телефоном са руским председником "
           "Владимиром Путином.", "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # Alaska, Friday 15 August 2025 (Bosnian)
    ("bs", "Donald Trump i Vladimir Putin sastali su se u petak na Aljasci.", "2025-08-18",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021
    ("hr", "Joe Biden i Xi Jinping razgovarali su u ponedjeljak putem videoveze.", "2021-11-16",
     [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Zelensky at the Dubrovnik summit on Wednesday 9 October 2024: the partner in the instrumental
    ("hr", "Ukrajinski predsjednik Volodimir Zelenski sastao se u srijedu u Dubrovniku s hrvatskim "
           "premijerom Andrejem Plenkovićem.", "2024-10-10",
     [("HRV-UKR", "in_person", "2024-10-09", "occurred")]),
    # Xi's state visit to Belgrade, Wednesday 8 May 2024: the guest in the accusative, Serbian ...
    ("sr", "Predsednik Srbije Aleksandar Vučić primio je u sredu u Beogradu kineskog predsednika "
           "Si Đinpinga.", "2024-05-09", [("CHN-SRB", "in_person", "2024-05-08", "occurred")]),
    # ... and the same in Cyrillic
    ("sr", "Председник Србије Александар Вучић примио је у среду у Београду кинеског председника "
           "Си Ђинпинга.", "2024-05-09", [("CHN-SRB", "in_person", "2024-05-08", "occurred")]),
    # Macron in Belgrade on Thursday 29 August 2024: a visit, then "gde se sastao"
    ("sr", "Francuski predsednik Emanuel Makron doputovao je u četvrtak u Beograd, gde se sastao sa "
           "Aleksandrom Vučićem.", "2024-08-30", [("FRA-SRB", "in_person", "2024-08-29", "occurred")]),
    # the same in Cyrillic
    ("sr", "Француски председник Емануел Макрон допутовао је у четвртак у Београд, где се састао са "
           "Александром Вучићем.", "2024-08-30", [("FRA-SRB", "in_person", "2024-08-29", "occurred")]),
    # Erdoğan in Belgrade on Wednesday 7 September 2022: the title with the country's genitive after it
    ("bs", "Turski predsjednik Recep Tayyip Erdoğan sastao se u srijedu u Beogradu s predsjednikom Srbije "
           "Aleksandrom Vučićem.", "2022-09-08", [("SRB-TUR", "in_person", "2022-09-07", "occurred")]),
    # Orbán in Moscow on Friday 5 July 2024
    ("hr", "Mađarski premijer Viktor Orbán sastao se u petak u Moskvi s Vladimirom Putinom.", "2024-07-06",
     [("HUN-RUS", "in_person", "2024-07-05", "occurred")]),
    # the Oval Office, Friday 28 February 2025
    ("hr", "Zelenski je u petak u Bijeloj kući razgovarao s Trumpom.", "2025-03-01",
     [("UKR-USA", "in_person", "2025-02-28", "occurred")]),
    # Trump's letter to Erdoğan of 9 October 2019: the Croatian month ...
    ("hr", "Donald Trump uputio je pismo Erdoğanu 9. listopada.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # ... and the Serbian one
    ("sr", "Tramp je 9. oktobra poslao pismo Erdoganu.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # Macron's call of Tuesday 1 July 2025: Croatian "jučer" ...
    ("hr", "Emmanuel Macron jučer je telefonom razgovarao s Vladimirom Putinom.", "2025-07-02",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # ... Serbian "juče" ...
    ("sr", "Makron je juče razgovarao telefonom sa Putinom.", "2025-07-02",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # ... and "prekjučer", two days back
    ("hr", "Macron je prekjučer telefonom razgovarao s Putinom.", "2025-07-03",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # Scholz's call of Friday 15 November 2024, the chancellor's title in both spellings
    ("hr", "Njemački kancelar Olaf Scholz u petak je telefonom razgovarao s Putinom.", "2024-11-16",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    ("sr", "Nemački kancelar Olaf Šolc razgovarao je u petak telefonom sa Putinom.", "2024-11-16",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # "prije dva dana": ago before its number
    ("bs", "Kancelar Scholz razgovarao je s Putinom telefonom prije dva dana.", "2024-11-17",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # Geneva, 16 June 2021: the Croatian and the Serbian month
    ("hr", "Joe Biden i Vladimir Putin sastali su se 16. lipnja u Ženevi.", "2021-06-20",
     [("RUS-USA", "in_person", "2021-06-16", "occurred")]),
    ("sr", "Džo Bajden i Vladimir Putin sastali su se 16. juna u Ženevi.", "2021-06-20",
     [("RUS-USA", "in_person", "2021-06-16", "occurred")]),
    # Macron and Xi in Beijing on Thursday 6 April 2023
    ("hr", "Francuski predsjednik Emmanuel Macron sastao se u četvrtak u Pekingu s kineskim predsjednikom "
           "Xi Jinpingom.", "2023-04-07", [("CHN-FRA", "in_person", "2023-04-06", "occurred")]),
    # Putin received Xi at the Kremlin on 20 March 2023
    ("sr", "Vladimir Putin primio je Si Đinpinga u Kremlju 20. marta 2023.", "2023-03-22",
     [("CHN-RUS", "in_person", "2023-03-20", "occurred")]),
    # Sochi, Monday 4 September 2023: "s predsjednikom Turske" with his name in the instrumental
    ("bs", "Putin se u ponedjeljak u Sočiju sastao s predsjednikom Turske Recepom Tayyipom Erdoğanom.",
     "2023-09-05", [("RUS-TUR", "in_person", "2023-09-04", "occurred")]),
    # Meloni at the White House on Thursday 17 April 2025, a woman's title
    ("hr", "Talijanska premijerka Giorgia Meloni sastala se u četvrtak u Bijeloj kući s Donaldom Trumpom.",
     "2025-04-18", [("ITA-USA", "in_person", "2025-04-17", "occurred")]),
    # Starmer at the White House on Thursday 27 February 2025, the Serbian forms
    ("sr", "Britanski premijer Kir Starmer sastao se u četvrtak u Beloj kući sa Trampom.", "2025-02-28",
     [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    # Merz at the White House on Thursday 5 June 2025
    ("hr", "Kancelar Friedrich Merz u četvrtak je u Washingtonu razgovarao s Trumpom.", "2025-06-06",
     [("DEU-USA", "in_person", "2025-06-05", "occurred")]),
    # Netanyahu at the White House on Tuesday 4 February 2025
    ("sr", "Izraelski premijer Benjamin Netanijahu sastao se u utorak u Beloj kući sa Donaldom Trampom.",
     "2025-02-05", [("ISR-USA", "in_person", "2025-02-04", "occurred")]),
    # Trump and Zelensky at St Peter's, Saturday 26 April 2025
    ("bs", "Trump i Zelenski sastali su se u subotu u Vatikanu.", "2025-04-27",
     [("UKR-USA", "in_person", "2025-04-26", "occurred")]),
    # Biden and Zelensky in Hiroshima, Sunday 21 May 2023
    ("hr", "Biden se u nedjelju u Hirošimi sastao sa Zelenskim.", "2023-05-22",
     [("UKR-USA", "in_person", "2023-05-21", "occurred")]),
    ("sr", "Bajden se u nedelju u Hirošimi sastao sa Zelenskim.", "2023-05-22",
     [("UKR-USA", "in_person", "2023-05-21", "occurred")]),
    # Trump's call with Putin on Tuesday 18 March 2025 (Bosnian) and with Zelensky the day after
    ("bs", "Američki predsjednik Donald Trump i ruski predsjednik Vladimir Putin razgovarali su u utorak "
           "telefonom o prekidu vatre u Ukrajini.", "2025-03-19",
     [("RUS-USA", "phone", "2025-03-18", "occurred")]),
    ("hr", "Trump je u srijedu telefonom razgovarao sa Zelenskim.", "2025-03-20",
     [("UKR-USA", "phone", "2025-03-19", "occurred")]),
    # Orbán's July 2024: a month named alone
    ("hr", "Orbán je u srpnju posjetio Moskvu i sastao se s Putinom.", "2024-09-01",
     [("HUN-RUS", "in_person", "2024-07", "occurred")]),
    # Hina's dateline makes the bare "Premijer" Croatia's (Dubrovnik, Wednesday 9 October 2024)
    ("hr", "ZAGREB, 10. listopada (Hina) - Premijer se u srijedu u Dubrovniku sastao s Volodimirom "
           "Zelenskim.", "2024-10-10", [("HRV-UKR", "in_person", "2024-10-09", "occurred")]),
    # the country's genitive after the title (Macron's call of Tuesday 1 July 2025)
    ("hr", "Predsjednik Francuske Emmanuel Macron razgovarao je u utorak telefonom s Vladimirom Putinom.",
     "2025-07-02", [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # a partner named by his title alone (Xi in Belgrade, Wednesday 8 May 2024)
    ("sr", "Vučić se u sredu u Beogradu sastao sa kineskim predsednikom.", "2024-05-09",
     [("CHN-SRB", "in_person", "2024-05-08", "occurred")]),
    # Bosnian "prošle sedmice": last week, kept at the month (Trump and Zelensky, 19 March 2025)
    ("bs", "Trump je prošle sedmice telefonom razgovarao sa Zelenskim.", "2025-03-26",
     [("UKR-USA", "phone", "2025-03", "occurred")]),
    # foreign leaders as the Serbian Cyrillic press writes them: Sochi, Monday 4 September 2023 ...
    ("sr", "Ердоган и Путин састали су се у понедељак у Сочију.", "2023-09-05",
     [("RUS-TUR", "in_person", "2023-09-04", "occurred")]),
    # ... Scholz's call of Friday 15 November 2024 ...
    ("sr", "Немачки канцелар Олаф Шолц разговарао је у петак телефоном са Путином.", "2024-11-16",
     [("DEU-RUS", "phone", "2024-11-15", "occurred")]),
    # ... Geneva, 16 June 2021, the month in Cyrillic ...
    ("sr", "Бајден и Путин састали су се 16. јуна у Женеви.", "2021-06-20",
     [("RUS-USA", "in_person", "2021-06-16", "occurred")]),
    # ... and Netanyahu at the White House on Tuesday 4 February 2025
    ("sr", "Израелски премијер Бенјамин Нетанијаху састао се у уторак у Белој кући са Трампом.", "2025-02-05",
     [("ISR-USA", "in_person", "2025-02-04", "occurred")]),
    # plans: the future with "će" (the Oval Office, Friday 28 February 2025) ...
    ("hr", "Zelenski će se u petak u Bijeloj kući sastati s Donaldom Trumpom.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
    # ... the Serbian synthetic future ...
    ("sr", "Zelenski će se u petak u Beloj kući sastati sa Trampom.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
    ("sr", "Зеленски ће се у петак у Белој кући састати са Трампом.", "2025-02-26",
     [("UKR-USA", "in_person", "2025-02-28", "planned")]),
    # ... and the call of Thursday 16 October 2025, then the Budapest summit Trump said would follow (dated,
    # as in English and Czech, to the day the report is about)
    ("hr", "Donald Trump i Vladimir Putin razgovarali su u četvrtak telefonom. Trump je rekao da će se s "
           "Putinom sastati u Budimpešti.", "2025-10-17",
     [("RUS-USA", "in_person", "2025-10-16", "planned"), ("RUS-USA", "phone", "2025-10-16", "occurred")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_bcs_contacts(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str, published: str,
                      expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == sorted(expected)


@pytest.mark.parametrize(("lang", "text", "published"), [
    # the negation is a word of its own: no meeting at the Istanbul talks of 16 May 2025
    ("hr", "Vladimir Putin se nije sastao sa Zelenskim u Istanbulu.", "2025-05-17"),
    ("sr", "Путин се није састао са Зеленским у Истанбулу.", "2025-05-17"),
    # a denial
    ("hr", "Kremlj je demantirao da se planira sastanak Putina i Zelenskog.", "2025-05-17"),
    # a minister is no leader (Blinken in Kyiv, 6 September 2023)
    ("bs", "Američki državni sekretar Antony Blinken sastao se u srijedu s Volodimirom Zelenskim u Kijevu.",
     "2023-09-07"),
    ("sr", "Ministar spoljnih poslova Rusije Sergej Lavrov razgovarao je u sredu sa Aleksandrom Vučićem.",
     "2025-05-08"),
    # an ekavian denial
    ("sr", "Kremlj je demantovao da je planiran sastanak Putina i Zelenskog.", "2025-05-17"),
])
def test_bcs_non_contacts(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                          published: str) -> None:
    assert [r for r in pair_rows(real, make_doc, text, published, lang) if r[3] == "occurred"] == []


def test_bcs_topics_of_a_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the call of Tuesday 18 March 2025: a ceasefire and strikes on energy infrastructure
    text = ("Donald Trump i Vladimir Putin razgovarali su u utorak telefonom o prekidu vatre u Ukrajini i o "
            "obustavi napada na energetsku infrastrukturu.")
    assert {"conflict_ceasefire", "energy"} <= topic_codes(real, make_doc, text, "2025-03-19", "bs")


def test_bcs_report_of_a_summit(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Geneva, Wednesday 16 June 2021; "dvojica lidera" is the same meeting, the call promised is a plan
    text = ("Američki predsjednik Joe Biden sastao se u srijedu u Ženevi s ruskim predsjednikom Vladimirom "
            "Putinom. Dvojica lidera razgovarala su gotovo četiri sata o kibernetičkoj sigurnosti i "
            "kontroli naoružanja.")
    assert pair_rows(real, make_doc, text, "2021-06-17", "hr") == [("RUS-USA", "in_person", "2021-06-16",
                                                                     "occurred")]


def test_cyrillic_is_read_letter_for_letter() -> None:
    # one letter for one, the digraph letters as single ones: offsets into the text hold
    cyrillic = "Љубљана, Њујорк, Џакарта, Ђурђевдан, Ћуприја"
    latin = cyrillic.translate(CYRILLIC_TO_LATIN)
    assert len(latin) == len(cyrillic) and latin == "Ǉubǉana, Ǌujork, Ǆakarta, Đurđevdan, Ćuprija"


@pytest.mark.parametrize(("text", "lang"), [
    ("Predsjednik Vlade Andrej Plenković sastao se tijekom posjeta s premijerom, koji je također "
     "potvrdio da su razgovarali o suradnji.", "hr"),
    ("Predsednik Srbije Aleksandar Vučić sastao se sa premijerom, koji je takođe rekao da su razgovarali "
     "o saradnji i da je posle sastanka zadovoljan.", "sr"),
    ("Председник Србије Александар Вучић састао се са премијером.", "sr"),
    ("Predsjedavajući Predsjedništva BiH sastao se sa delegacijom, koja je saopćila da su razgovarali o "
     "saradnji i da će se ponovo sastati naredne sedmice.", "bs"),
])
def test_bcs_text_is_read_as_its_language(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


@pytest.mark.parametrize(("text", "lang"), [
    # the neighbours keep their own guess: Slovene, Czech, Polish, Russian, Ukrainian; Macedonian is not
    # Serbian (its ѓ, ќ, ѕ), nor Bulgarian (no Serbian letter: Russian, as before)
    ("Predsednica republike Nataša Pirc Musar se je v sredo v Ljubljani sestala s predsednikom vlade "
     "Robertom Golobom, ki je tudi povedal, da sta se pogovarjala o sodelovanju in da bo vlada v petek "
     "sprejela sklep.", "sl"),
    ("Prezident Petr Pavel se ve čtvrtek setkal s premiérem, který je podle něj připraven jednat.", "cs"),
    ("Prezydent spotkał się w środę z premierem, który jest także gotowy do rozmów z przywódcami.", "pl"),
    ("Президент России Владимир Путин провёл в среду телефонный разговор с президентом Турции.", "ru"),
    ("Президент України Володимир Зеленський провів у середу зустріч з прем'єр-міністром.", "uk"),
    ("Претседателката Гордана Силјановска-Давкова ќе се сретне со премиерот Христијан Мицкоски во "
     "Скопје.", "mk"),
    ("Претседателката Гордана Силјановска-Давкова се сретна со премиерот Христијан Мицкоски во "
     "среда во Скопје.", "mk"),
    ("Президентът Румен Радев се срещна в сряда с премиера в София.", "ru"),
])
def test_neighbours_are_not_read_as_bcs(text: str, lang: str) -> None:
    assert guess_lang(text) == lang
