"""Contacts in Romanian, Swedish, Czech, Croatian/Serbian, Hungarian, Bulgarian and Azerbaijani (round 11).

Written by us about real contacts of 2022-2025, as those presses word them: a call with the partner in its
case, a counterpart ("protějškem", "omologul său", "kollega", "kollégájával", "колега", "həmkarı"), a visit
received, a plan, a minister (no contact) and a relative day; then leaders whose names the gazetteer holds in
no case of the language ("Andrzejem Dudou", "Karla Nehammera", "Nehammerrel"), and split verbs with an
adverbial between ("tog i onsdags emot", "jednal ve čtvrtek v Pekingu s").
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

HELD = "occurred"

CASES = [
    # Trump's call to Putin of Tuesday 18 March 2025: the partner in the dative after "lui"
    ("ro", "Donald Trump i-a telefonat marți lui Vladimir Putin.", "2025-03-19",
     [("RUS-USA", "phone", "2025-03-18", HELD)]),
    # ... and "omologului său rus", the counterpart in the dative
    ("ro", "Donald Trump i-a telefonat marți omologului său rus, Vladimir Putin.", "2025-03-19",
     [("RUS-USA", "phone", "2025-03-18", HELD)]),
    # Macron and Xi in Beijing, Thursday 6 April 2023
    ("ro", "Emmanuel Macron s-a întâlnit joi la Beijing cu omologul său chinez, Xi Jinping.", "2023-04-07",
     [("CHN-FRA", "in_person", "2023-04-06", HELD)]),
    # Maia Sandu received Macron in Chișinău on Wednesday 15 June 2022
    ("ro", "Președinta Maia Sandu l-a primit miercuri la Chișinău pe președintele francez Emmanuel Macron.",
     "2022-06-16", [("FRA-MDA", "in_person", "2022-06-15", HELD)]),
    # the Alaska summit announced (Friday 15 August 2025)
    ("ro", "Donald Trump și Vladimir Putin se vor întâlni vineri în Alaska, a anunțat Casa Albă.",
     "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    # Zelensky at the White House on Monday 18 August 2025, announced: "îl va primi"
    ("ro", "Donald Trump îl va primi luni la Casa Albă pe Volodimir Zelenski.", "2025-08-16",
     [("UKR-USA", "in_person", "2025-08-18", "planned")]),
    # Blinken in Kyiv on Wednesday 6 September 2023: a minister meets a president, no leaders' contact
    ("ro", "Secretarul de stat american Antony Blinken s-a întâlnit miercuri la Kiev cu președintele "
     "Volodimir Zelenski.", "2023-09-07", []),
    # Erdoğan and Putin in Sochi on Monday 4 September 2023: "ieri", "întrevedere"
    ("ro", "Recep Tayyip Erdoğan și Vladimir Putin au avut ieri o întrevedere la Soci.", "2023-09-05",
     [("RUS-TUR", "in_person", "2023-09-04", HELD)]),
    # the same, "joia trecută" (last Thursday: the articled weekday with "trecută")
    ("ro", "Emmanuel Macron s-a întâlnit joia trecută cu Xi Jinping la Beijing.", "2023-04-12",
     [("CHN-FRA", "in_person", "2023-04-06", HELD)]),
    # Xi at the Élysée on Monday 6 May 2024: "alaltăieri", the day before yesterday
    ("ro", "Emmanuel Macron l-a primit alaltăieri la Palatul Élysée pe Xi Jinping.", "2024-05-08",
     [("CHN-FRA", "in_person", "2024-05-06", HELD)]),

    ("sv", "Trump ringde i tisdags upp Rysslands president Vladimir Putin.", "2025-03-20",
     [("RUS-USA", "phone", "2025-03-18", HELD)]),
    # Stubb and Trump in Florida on Saturday 29 March 2025: "sin amerikanske kollega"
    ("sv", "Finlands president Alexander Stubb träffade i lördags sin amerikanske kollega Donald Trump i "
     "Florida.",
     "2025-03-31", [("FIN-USA", "in_person", "2025-03-29", HELD)]),
    # Kristersson at the White House on Wednesday 5 July 2023: the particle after the adverbial ...
    ("sv", "Statsminister Ulf Kristersson togs i onsdags emot av president Joe Biden i Vita huset.",
     "2023-07-07",
     [("SWE-USA", "in_person", "2023-07-05", HELD)]),
    ("sv", "Joe Biden tog i onsdags emot statsminister Ulf Kristersson i Vita huset.", "2023-07-07",
     [("SWE-USA", "in_person", "2023-07-05", HELD)]),
    # ... and after the inverted subject
    ("sv", "I onsdags tog president Joe Biden emot statsminister Ulf Kristersson i Vita huset.", "2023-07-07",
     [("SWE-USA", "in_person", "2023-07-05", HELD)]),
    # Erdoğan received Kristersson in Ankara on Tuesday 8 November 2022
    ("sv", "Turkiets president Recep Tayyip Erdoğan tog på tisdagen emot statsminister Ulf Kristersson i "
     "Ankara.",
     "2022-11-09", [("SWE-TUR", "in_person", "2022-11-08", HELD)]),
    ("sv", "Donald Trump och Vladimir Putin ska träffas i Alaska på fredag.", "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    ("sv", "USA:s utrikesminister Antony Blinken träffade på onsdagen president Zelenskyj i "
     "Kiev.", "2023-09-06", []),
    # the Biden-Xi call of Tuesday 2 April 2024: a name in the genitive ("Bidens")
    ("sv", "Bidens telefonsamtal med Xi Jinping ägde rum i tisdags.", "2024-04-04",
     [("CHN-USA", "phone", "2024-04-02", HELD)]),
    # Macron and Xi on Thursday 6 April 2023: the weekday and its date with "den" between
    ("sv", "Emmanuel Macron träffade Xi Jinping i Peking på torsdagen den 6 april.", "2023-05-01",
     [("CHN-FRA", "in_person", "2023-04-06", HELD)]),
    # Biden and Xi at Woodside on Wednesday 15 November 2023: "i går"
    ("sv", "Joe Biden och Xi Jinping möttes i går i Kalifornien.", "2023-11-16",
     [("CHN-USA", "in_person", "2023-11-15", HELD)]),

    ("cs", "Americký prezident Donald Trump v úterý telefonoval s ruským prezidentem Vladimirem Putinem.",
     "2025-03-19", [("RUS-USA", "phone", "2025-03-18", HELD)]),
    # Trump and Putin on Monday 19 May 2025: "zatelefonoval", the partner in the dative
    ("cs", "Trump v pondělí zatelefonoval Putinovi.", "2025-05-20",
     [("RUS-USA", "phone", "2025-05-19", HELD)]),
    # "jednal" with its time and place before the partner's "se"
    ("cs", "Francouzský prezident Emmanuel Macron jednal ve čtvrtek v Pekingu se svým čínským protějškem "
     "Si Ťin-pchingem.", "2023-04-07", [("CHN-FRA", "in_person", "2023-04-06", HELD)]),
    # Zelensky at Prague Castle on Thursday 6 July 2023
    ("cs", "Prezident Petr Pavel přijal ve čtvrtek na Pražském hradě ukrajinského prezidenta Volodymyra "
     "Zelenského.", "2023-07-07", [("CZE-UKR", "in_person", "2023-07-06", HELD)]),
    ("cs", "Trump a Putin se v pátek setkají na Aljašce.", "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    ("cs", "Americký ministr zahraničí Antony Blinken se ve středu v Kyjevě setkal s prezidentem Zelenským.",
     "2023-09-07", []),
    # Fiala in Kyiv on Tuesday 15 March 2022: "včera"
    ("cs", "Premiér Petr Fiala včera v Kyjevě jednal s prezidentem Volodymyrem Zelenským.", "2022-03-16",
     [("CZE-UKR", "in_person", "2022-03-15", HELD)]),
    # Biden in Warsaw on Tuesday 21 February 2023: Duda's name in the instrumental, given name and surname
    ("cs", "Americký prezident Joe Biden se v úterý ve Varšavě setkal s Andrzejem Dudou.", "2023-02-22",
     [("POL-USA", "in_person", "2023-02-21", HELD)]),
    # Nehammer at the Kremlin on Monday 11 April 2022: the accusative "Karla Nehammera"
    ("cs", "Putin přijal v pondělí v Moskvě rakouského kancléře Karla Nehammera.", "2022-04-12",
     [("AUT-RUS", "in_person", "2022-04-11", HELD)]),

    ("hr", "Američki predsjednik Donald Trump u ponedjeljak je telefonom razgovarao s ruskim kolegom "
     "Vladimirom Putinom.", "2025-05-20", [("RUS-USA", "phone", "2025-05-19", HELD)]),
    # Macron in Belgrade on Thursday 29 August 2024: the Serbian transcription in the instrumental
    ("sr", "Predsednik Aleksandar Vučić sastao se u četvrtak u Beogradu sa francuskim kolegom Emanuelom "
     "Makronom.",
     "2024-08-30", [("FRA-SRB", "in_person", "2024-08-29", HELD)]),
    # Xi at the Palace of Serbia on Wednesday 8 May 2024, in Cyrillic
    ("sr", "Председник Србије Александар Вучић примио је у среду у Палати Србија кинеског председника "
     "Си Ђинпинга.", "2024-05-09", [("CHN-SRB", "in_person", "2024-05-08", HELD)]),
    ("hr", "Trump i Putin sastat će se u petak na Aljasci.", "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    ("sr", "Američki državni sekretar Antoni Blinken sastao se juče u Kijevu sa predsednikom Zelenskim.",
     "2023-09-07", []),
    # Dubrovnik, Wednesday 9 October 2024: "jučer", "ugostio"
    ("hr", "Ukrajinski predsjednik Volodimir Zelenski jučer se u Dubrovniku sastao s premijerom Andrejem "
     "Plenkovićem.", "2024-10-10", [("HRV-UKR", "in_person", "2024-10-09", HELD)]),
    ("hr", "Plenković je u srijedu u Dubrovniku ugostio ukrajinskog predsjednika Zelenskog.", "2024-10-10",
     [("HRV-UKR", "in_person", "2024-10-09", HELD)]),
    # Vučić and Putin in Moscow on Friday 9 May 2025: "juče"
    ("sr", "Vučić se juče u Moskvi sastao sa Putinom.", "2025-05-10",
     [("RUS-SRB", "in_person", "2025-05-09", HELD)]),
    # the names the gazetteer has in no BCS case: "Andrzejem Dudom", "Karla Nehammera"
    ("hr", "Američki predsjednik Joe Biden u utorak se u Varšavi sastao s Andrzejem Dudom.", "2023-02-22",
     [("POL-USA", "in_person", "2023-02-21", HELD)]),
    ("hr", "Putin je u ponedjeljak u Moskvi primio austrijskog kancelara Karla Nehammera.", "2022-04-12",
     [("AUT-RUS", "in_person", "2022-04-11", HELD)]),

    ("hu", "Donald Trump amerikai elnök kedden telefonon beszélt Vlagyimir Putyin orosz elnökkel.",
     "2025-03-19",
     [("RUS-USA", "phone", "2025-03-18", HELD)]),
    ("hu", "Emmanuel Macron francia elnök csütörtökön Pekingben tárgyalt kínai kollégájával, Hszi "
     "Csin-pinggel.",
     "2023-04-07", [("CHN-FRA", "in_person", "2023-04-06", HELD)]),
    # Xi in Budapest, Thursday 9 May 2024: "fogadta"
    ("hu", "Orbán Viktor miniszterelnök csütörtökön Budapesten fogadta Hszi Csin-ping kínai elnököt.",
     "2024-05-10", [("CHN-HUN", "in_person", "2024-05-09", HELD)]),
    ("hu", "Donald Trump és Vlagyimir Putyin pénteken Alaszkában találkozik.", "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    ("hu", "Antony Blinken amerikai külügyminiszter szerdán Kijevben találkozott Volodimir Zelenszkij ukrán "
     "elnökkel.", "2023-09-07", []),
    # Orbán in Kyiv on Tuesday 2 July 2024: "tegnap"
    ("hu", "Orbán Viktor tegnap Kijevben tárgyalt Volodimir Zelenszkij ukrán elnökkel.", "2024-07-03",
     [("HUN-UKR", "in_person", "2024-07-02", HELD)]),
    # Orbán in Moscow on Friday 5 July 2024: his name in the object case
    ("hu", "Putyin pénteken a Kremlben fogadta Orbán Viktort.", "2024-07-06",
     [("HUN-RUS", "in_person", "2024-07-05", HELD)]),
    # the Trump-Zelensky call of Wednesday 19 March 2025: "tegnapelőtt"
    ("hu", "Zelenszkij tegnapelőtt telefonon beszélt Donald Trumppal.", "2025-03-21",
     [("UKR-USA", "phone", "2025-03-19", HELD)]),
    # names with the ending on the surname only: "Andrzej Dudával", "Karl Nehammerrel"
    ("hu", "Joe Biden kedden Varsóban Andrzej Dudával tárgyalt.", "2023-02-22",
     [("POL-USA", "in_person", "2023-02-21", HELD)]),
    ("hu", "Putyin hétfőn Moszkvában Karl Nehammerrel tárgyalt.", "2022-04-12",
     [("AUT-RUS", "in_person", "2022-04-11", HELD)]),

    ("bg", "Американският президент Доналд Тръмп разговаря по телефона с руския президент Владимир Путин във "
     "вторник.", "2025-03-19", [("RUS-USA", "phone", "2025-03-18", HELD)]),
    ("bg", "Френският президент Еманюел Макрон се срещна в четвъртък в Пекин с китайския си колега Си "
     "Дзинпин.",
     "2023-04-07", [("CHN-FRA", "in_person", "2023-04-06", HELD)]),
    # Zelensky in Sofia on Thursday 6 July 2023: "прие"
    ("bg", "Президентът Румен Радев прие в четвъртък в София украинския президент Володимир Зеленски.",
     "2023-07-07", [("BGR-UKR", "in_person", "2023-07-06", HELD)]),
    ("bg", "Тръмп и Путин ще се срещнат в петък в Аляска.", "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    # the perfective present after "ще"
    ("bg", "Тръмп ще приеме Зеленски в понеделник.", "2025-08-16",
     [("UKR-USA", "in_person", "2025-08-18", "planned")]),
    ("bg", "Държавният секретар на САЩ Антъни Блинкен се срещна вчера в Киев с президента Зеленски.",
     "2023-09-07", []),
    ("bg", "Ердоган и Путин се срещнаха вчера в Сочи.", "2023-09-05",
     [("RUS-TUR", "in_person", "2023-09-04", HELD)]),
    ("bg", "Тръмп разговаря завчера по телефона със Зеленски.", "2025-03-21",
     [("UKR-USA", "phone", "2025-03-19", HELD)]),

    ("az", "ABŞ Prezidenti Donald Tramp martın 18-də Rusiya Prezidenti Vladimir Putinlə telefonla danışıb.",
     "2025-03-19", [("RUS-USA", "phone", "2025-03-18", HELD)]),
    # Dushanbe, Thursday 9 October 2025: "rusiyalı həmkarı"
    ("az", "Prezident İlham Əliyev oktyabrın 9-da Düşənbədə rusiyalı həmkarı Vladimir Putin ilə görüşüb.",
     "2025-10-10", [("AZE-RUS", "in_person", "2025-10-09", HELD)]),
    # Aliyev in Moscow on Monday 22 April 2024: the object "Əliyevi"
    ("az", "Rusiya Prezidenti Vladimir Putin dünən Moskvada Azərbaycan Prezidenti İlham Əliyevi qəbul edib.",
     "2024-04-23", [("AZE-RUS", "in_person", "2024-04-22", HELD)]),
    ("az", "Tramp və Putin cümə günü Alyaskada görüşəcək.", "2025-08-12",
     [("RUS-USA", "in_person", "2025-08-15", "planned")]),
    ("az", "ABŞ dövlət katibi Entoni Blinken çərşənbə günü Kiyevdə Ukrayna Prezidenti Volodimir Zelenski ilə "
     "görüşüb.", "2023-09-07", []),
    # the White House, Friday 8 August 2025: "dünən"
    ("az", "Prezident İlham Əliyev dünən Vaşinqtonda ABŞ Prezidenti Donald Tramp ilə görüşüb.", "2025-08-09",
     [("AZE-USA", "in_person", "2025-08-08", HELD)]),
    ("az", "Tramp srağagün Zelenski ilə telefonla danışıb.", "2025-03-21",
     [("UKR-USA", "phone", "2025-03-19", HELD)]),
    # "Nehammerlə": the ending on a name the gazetteer holds in no Azerbaijani case
    ("az", "Putin aprelin 11-də Moskvada Avstriya kansleri Karl Nehammerlə görüşüb.", "2022-04-12",
     [("AUT-RUS", "in_person", "2022-04-11", HELD)]),
    # the mechanisms behind heldout44's misses and extras, in sentences of our own: a plan, its day between
    # ("se má v pondělí setkat"; Zelensky at the White House on Monday 18 August 2025) ...
    ("cs", "Zelenskyj odletěl do Washingtonu, kde se má v pondělí setkat s Trumpem.", "2025-08-16",
     [("UKR-USA", "in_person", "2025-08-18", "planned")]),
    # ... what is due ("трябва да")
    ("bg", "Зеленски заминава за Вашингтон, където трябва да се срещне с Тръмп в понеделник.", "2025-08-16",
     [("UKR-USA", "in_person", "2025-08-18", "planned")]),
    # "uoči zime" (ahead of winter) moves no day back (Dubrovnik, Wednesday 9 October 2024)
    ("hr", "Plenković se u srijedu u Dubrovniku sastao sa Zelenskim, s kojim je razgovarao o energetskoj "
     "pomoći uoči zime.", "2024-10-10", [("HRV-UKR", "in_person", "2024-10-09", HELD)]),
    # two leaders attending one ceremony met
    ("hr", "Plenković i Zelenski prisustvovali su u srijedu otvaranju summita u Dubrovniku.", "2024-10-10",
     [("HRV-UKR", "in_person", "2024-10-09", HELD)]),
    # a meeting that was not on the programme
    ("hr", "Sastanak Milanovića i Zelenskog u Dubrovniku nije bio predviđen.", "2024-10-10", []),
    # "susreli su se" (the Belt and Road Forum in Beijing, October 2023)
    ("sr", "Vučić i Si Đinping susreli su se u oktobru 2023. u Pekingu.", "2024-05-01",
     [("CHN-SRB", "in_person", "2023-10", HELD)]),
    # "dövlətimizin başçısı", our head of state: AZERTAC's name for the president
    ("az", "Dövlətimizin başçısı dünən Vaşinqtonda ABŞ Prezidenti Donald Tramp ilə görüşüb.", "2025-08-09",
     [("AZE-USA", "in_person", "2025-08-08", HELD)]),
    # "în ajunul iernii" (ahead of winter) moves no day back
    ("ro", "Klaus Iohannis l-a primit marți pe Volodimir Zelenski la Cotroceni, în ajunul iernii.",
     "2023-10-11", [("ROU-UKR", "in_person", "2023-10-10", HELD)]),
    # the pair's earlier contact told by a plural verb with no subject after a "last time" word, a date or a
    # place: Vučić and Putin in Sochi in November 2021 (the year's dot ends no sentence before lower case) ...
    ("hr", "Vučić se u utorak u Pekingu sastao s Putinom. Prije toga sastali su se u studenom 2021. u "
     "Sočiju.", "2025-09-03",
     [("RUS-SRB", "in_person", "2021-11", HELD), ("RUS-SRB", "in_person", "2025-09-02", HELD)]),
    # ... in Moscow in May 2025
    ("sr", "Vučić se u utorak u Pekingu sastao s Putinom. Poslednji put sastali su se u maju u Moskvi.",
     "2025-09-03", [("RUS-SRB", "in_person", "2025-05", HELD), ("RUS-SRB", "in_person", "2025-09-02", HELD)]),
    # ... Iohannis in Kyiv in June 2022 ("s-au întâlnit")
    ("ro", "Klaus Iohannis l-a primit marți pe Volodimir Zelenski la Cotroceni. Ultima dată s-au întâlnit în "
     "iunie 2022, la Kiev.", "2023-10-11",
     [("ROU-UKR", "in_person", "2022-06", HELD), ("ROU-UKR", "in_person", "2023-10-10", HELD)]),
    # ... Orbán and Putin in Beijing in October 2023
    ("bg", "Орбан се срещна с Путин в петък в Москва. За последно се срещнаха през октомври 2023 г. в Пекин.",
     "2024-07-06", [("HUN-RUS", "in_person", "2023-10", HELD), ("HUN-RUS", "in_person", "2024-07-05", HELD)]),
    # ... Putin in Baku in August 2024
    ("az", "Prezident İlham Əliyev oktyabrın 9-da Düşənbədə Vladimir Putin ilə görüşüb. Sonuncu dəfə 2024-cü "
     "ilin avqustunda Bakıda görüşüblər.", "2025-10-10",
     [("AZE-RUS", "in_person", "2024-08", HELD), ("AZE-RUS", "in_person", "2025-10-09", HELD)]),
    # Croatian "studenome", November's locative (Biden and Xi at Bali, 14 November 2022)
    ("hr", "Biden i Xi Jinping sastali su se u studenome 2022. na Baliju.", "2023-11-16",
     [("CHN-USA", "in_person", "2022-11", HELD)]),
    # ministers are a subject: no pair
    ("hr", "Ministri su se sastali u utorak u Zagrebu.", "2025-09-03", []),
    ("cs", "Ministři se setkali v úterý v Praze.", "2025-09-03", []),
    # a year right before a month in the possessive inessive, no dot after the year ("2023 októberében": in
    # October 2023; Beijing, 17 October 2023; Kyiv, 2 July 2024; Budapest, 9 May 2024)
    ("hu", "Orbán Viktor 2023 októberében Pekingben tárgyalt Vlagyimir Putyin orosz elnökkel.", "2024-07-06",
     [("HUN-RUS", "in_person", "2023-10", HELD)]),
    ("hu", "Orbán Viktor 2024 júliusában Kijevben tárgyalt Volodimir Zelenszkij ukrán elnökkel.",
     "2024-11-10", [("HUN-UKR", "in_person", "2024-07", HELD)]),
    ("hu", "Hszi Csin-ping kínai elnök 2024 májusában Budapesten tárgyalt Orbán Viktor miniszterelnökkel.",
     "2025-01-10", [("CHN-HUN", "in_person", "2024-05", HELD)]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_new_language_contacts(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                               published: str, expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == sorted(expected)


# A case form is read in its own language's texts only: Czech "Dudou" names no one in a Polish text, Czech
# "Nehammerovi" no one in an English one.
@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Joe Biden spotkał się we wtorek w Warszawie z Dudou."),
    ("en", "Joe Biden met Nehammerovi in Warsaw on Tuesday."),
])
def test_case_forms_stay_in_their_language(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                           text: str) -> None:
    assert pair_rows(real, make_doc, text, "2023-02-22", lang) == []
