"""A pair's further contact told in a second sentence: a past trip, a pronoun partner, a pluperfect call.

Round twelve (r12-second): sentences of our own about real contacts. The first sentence tells the report's
contact; the second tells another contact of a leader the text names, in a form the extractor read as none
before: a trip by a plain travel verb ("went to Washington in November 2019"), a partner by an object
pronoun ("przyjął go", "с ней"), an undated call in the pluperfect with its manner after the verb ("had
spoken by phone"), which joined the report's meeting and gave it the call's mode.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import held_rows

DocFactory = Callable[..., Document]

# Trump received Erdogan at the White House on Thursday 25 September 2025; Erdogan's earlier visit was on
# 13 November 2019.
_TODAY = ("TUR", "USA", "in_person", "2025-09-25")
_EARLIER = ("TUR", "USA", "in_person", "2019-11")

# (language, published, text): the report's meeting and the earlier trip, both contacts
TRIPS = [
    ("en", "2025-09-26", "Donald Trump received Recep Tayyip Erdogan at the White House on Thursday. Erdogan "
     "went to Washington in November 2019."),
    ("en", "2025-09-26", "Donald Trump hosted Recep Tayyip Erdogan at the White House on Thursday. The "
     "Turkish "
     "president had gone to Washington in November 2019."),
    ("fr", "2025-09-26", "Donald Trump a reçu jeudi Recep Tayyip Erdogan à la Maison Blanche. Erdogan "
     "est allé "
     "à Washington en novembre 2019."),
    ("es", "2025-09-26", "Donald Trump recibió el jueves a Recep Tayyip Erdogan en la Casa Blanca. Erdogan "
     "había ido a Washington en noviembre de 2019."),
    ("it", "2025-09-26", "Donald Trump ha ricevuto giovedì alla Casa Bianca Recep Tayyip Erdogan. "
     "Erdogan era "
     "andato a Washington nel novembre 2019."),
    ("pt", "2025-09-26", "Donald Trump recebeu Recep Tayyip Erdogan na Casa Branca na quinta-feira. Erdogan "
     "tinha ido a Washington em novembro de 2019."),
    ("de", "2025-09-26", "Donald Trump empfing Recep Tayyip Erdogan am Donnerstag im Weißen Haus. "
     "Erdogan fuhr "
     "im November 2019 nach Washington."),
    ("nl", "2025-09-26", "Donald Trump ontving Recep Tayyip Erdogan donderdag in het Witte Huis. "
     "Erdogan ging "
     "in november 2019 naar Washington."),
    ("tr", "2025-09-26", "Donald Trump, Recep Tayyip Erdoğan'ı perşembe günü Beyaz Saray'da ağırladı. "
     "Erdoğan, "
     "Kasım 2019'da Washington'a gitmişti."),
    ("pl", "2025-09-26", "Donald Trump przyjął w czwartek w Białym Domu Recepa Tayyipa Erdoğana. Erdoğan "
     "pojechał do Waszyngtonu w listopadzie 2019 roku."),
    ("cs", "2025-09-26", "Donald Trump přijal ve čtvrtek v Bílém domě Recepa Tayyipa Erdoğana. Erdoğan "
     "jel do "
     "Washingtonu v listopadu 2019."),
    ("sv", "2025-09-26", "Donald Trump tog emot Recep Tayyip Erdoğan i Vita huset i torsdags. Erdoğan åkte "
     "till Washington i november 2019."),
]

# Iohannis received Zelensky in Bucharest on Tuesday 10 October 2023; he had been in Kyiv in June 2022.
ROMANIAN_TRIP = ("ro", "2023-10-11",
                 "Volodimir Zelenski a fost primit marți la București de Klaus Iohannis. Iohannis a mers la "
                 "Kiev în iunie 2022.",
                 [("ROU", "UKR", "in_person", "2022-06"), ("ROU", "UKR", "in_person", "2023-10-10")])

# A travel verb with no host the text names, or no place at all, is no contact.
NO_TRIP = [
    ("en", "2025-09-26", "Donald Trump received Recep Tayyip Erdogan at the White House on Thursday. Erdogan "
     "went to Baku in November 2019."),
    ("en", "2025-09-26", "Donald Trump received Recep Tayyip Erdogan at the White House on Thursday. Erdogan "
     "went to great lengths in 2019 to buy Russian missiles."),
    ("es", "2025-09-26", "Donald Trump recibió el jueves a Recep Tayyip Erdogan en la Casa Blanca. La visita "
     "fue a puerta cerrada."),
    ("de", "2025-09-26", "Donald Trump empfing Recep Tayyip Erdogan am Donnerstag im Weißen Haus. "
     "Erdogan fuhr "
     "danach zum Flughafen."),
]

# (language, published, text, the occurred contacts): a partner by an object pronoun
PRONOUNS = [
    # Guterres came to the BRICS summit in Kazan; Putin received him on Thursday 24 October 2024
    ("pl", "2024-10-25", "António Guterres przybył do Kazania na szczyt BRICS. Władimir Putin przyjął go w "
     "czwartek.", [("RUS", "UN", "in_person", "2024-10-24")]),
    # von der Leyen went to Kyiv on Friday 8 April 2022 and met Zelensky there
    ("pl", "2022-04-09", "Ursula von der Leyen przybyła w piątek do Kijowa. Wołodymyr Zełenski przyjął ją w "
     "piątek wieczorem.", [("EU", "UKR", "in_person", "2022-04-08")]),
    ("pl", "2022-04-09", "Ursula von der Leyen przybyła w piątek do Kijowa. Wołodymyr Zełenski "
     "rozmawiał z nią "
     "w piątek.", [("EU", "UKR", "in_person", "2022-04-08")]),
    # Meloni was received by Trump at the White House on Thursday 17 April 2025
    ("ru", "2025-04-18", "Джорджа Мелони прибыла в Вашингтон. Дональд Трамп провел с ней переговоры в Белом "
     "доме в четверг.", [("ITA", "USA", "in_person", "2025-04-17")]),
    # "его", "её" right after the verb, before no noun
    ("ru", "2024-10-25", "Антониу Гутерриш прибыл в Казань на саммит БРИКС. Владимир Путин принял его в "
     "четверг.", [("RUS", "UN", "in_person", "2024-10-24")]),
    ("ru", "2024-10-25", "Антониу Гутерриш прибыл в Казань на саммит БРИКС. В четверг Путин принял его в "
     "Казани.", [("RUS", "UN", "in_person", "2024-10-24")]),
    ("ru", "2025-04-18", "Джорджа Мелони прибыла в Вашингтон. Дональд Трамп в четверг принял её в Белом "
     "доме.",
     [("ITA", "USA", "in_person", "2025-04-17")]),
    # before a noun it is "his": Putin accepted Modi's invitation to India (talks of Tuesday 9 July 2024)
    ("ru", "2024-07-10", "Владимир Путин провел переговоры с Нарендрой Моди во вторник. Путин принял его "
     "приглашение посетить Индию.", [("IND", "RUS", "in_person", "2024-07-09")]),
    # the Portuguese enclitic joined to its verb; "o" apart is the article
    ("pt", "2024-10-25", "António Guterres chegou a Kazan para a cimeira do BRICS. Vladimir Putin "
     "recebeu-o na "
     "quinta-feira.", [("RUS", "UN", "in_person", "2024-10-24")]),
    ("pt", "2025-04-18", "Giorgia Meloni chegou a Washington. Donald Trump recebeu-a na quinta-feira na Casa "
     "Branca.", [("ITA", "USA", "in_person", "2025-04-17")]),
]

# Merz met Trump at the White House on Thursday 5 June 2025; they had spoken by phone before (May 2025).
_MEETING = ("DEU", "USA", "in_person", "2025-06-05")
_CALL = ("DEU", "USA", "phone", None)
CALLS = [
    ("en", "Friedrich Merz met Donald Trump at the White House on Thursday. The two had spoken by phone."),
    ("en", "Friedrich Merz met Donald Trump at the White House on Thursday. The two leaders had already "
     "spoken "
     "by phone."),
    ("fr", "Friedrich Merz a été reçu jeudi à la Maison Blanche par Donald Trump. Les deux hommes s'étaient "
     "parlé au téléphone."),
    ("es", "Friedrich Merz fue recibido el jueves en la Casa Blanca por Donald Trump. Los dos ya habían "
     "hablado "
     "por teléfono."),
    ("it", "Friedrich Merz è stato ricevuto giovedì alla Casa Bianca da Donald Trump. I due si erano già "
     "sentiti al telefono."),
]


@pytest.mark.parametrize(("lang", "published", "text"), TRIPS,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(TRIPS)])
def test_a_past_trip_by_a_travel_verb_met_the_named_host(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         published: str, text: str) -> None:
    assert held_rows(real, make_doc, text, published, lang) == sorted([_TODAY, _EARLIER])


def test_a_romanian_trip_by_a_travel_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    lang, published, text, want = ROMANIAN_TRIP
    assert held_rows(real, make_doc, text, published, lang) == want


@pytest.mark.parametrize(("lang", "published", "text"), NO_TRIP,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(NO_TRIP)])
def test_a_travel_verb_without_a_named_host_is_no_contact(real: RuleExtractor,
                                                          make_doc: DocFactory, lang: str,
                                                          published: str, text: str) -> None:
    assert held_rows(real, make_doc, text, published, lang) == [_TODAY]


@pytest.mark.parametrize(("lang", "published", "text", "want"), PRONOUNS,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(PRONOUNS)])
def test_an_object_pronoun_is_the_partner(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                          published: str,
                                          text: str, want: list[tuple[str, str, str, str]]) -> None:
    assert held_rows(real, make_doc, text, published, lang) == want


@pytest.mark.parametrize(("lang", "text"), CALLS, ids=[f"{c[0]}-{k}" for k, c in enumerate(CALLS)])
def test_an_undated_pluperfect_call_is_an_earlier_contact(real: RuleExtractor,
                                                          make_doc: DocFactory, lang: str,
                                                          text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-06-06", lang) == [_MEETING, _CALL]
