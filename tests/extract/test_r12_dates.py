"""Dates of contacts, round twelve (r12-dates): the mechanisms behind the development sets' wrong dates.

Sentences of our own about real contacts. Turkish year + month in the possessive locative ("2022
ekiminde"); a Swedish genitive colon ("USA:s") that opens no clause; Swedish "två dagar efter att"
(the count starts from the clause's event, whose own day wins) and "samma dag" after a dated contact word
with no pair ("Samtalet hölls på lördagen"); a German participle before its noun with the date before it
("das im Juli 2022 geschlossene Abkommen"), and a participle's date that must not set the lead's or the
narrative's day.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, held_rows

# (language, published, the occurred contacts as (country, country, mode, date), text)
CASES = [
    # Turkish: a year, then the month in the possessive locative (in the October of 2022)
    ("tr", "2023-03-01", [("RUS", "TUR", "in_person", "2022-10")],
     "Cumhurbaşkanı Erdoğan, 2022 ekiminde Astana'da Rusya Devlet Başkanı Vladimir Putin ile görüştü."),
    ("tr", "2023-12-01", [("RUS", "TUR", "in_person", "2023-09")],
     "Erdoğan ile Putin 2023 eylülünde Soçi'de bir araya geldi."),
    ("tr", "2023-02-10", [("RUS", "TUR", "phone", "2022-12")],
     "Erdoğan, geçen yılın aralığında Putin ile telefonda görüştü."),
    ("tr", "2023-01-10", [("TUR", "UKR", "in_person", "2022-08")],
     "Erdoğan ve Ukrayna Devlet Başkanı Zelenskiy 2022 ağustosunda Lviv'de görüştü."),
    ("tr", "2021-09-01", [("TUR", "USA", "in_person", "2021-06")],
     "Erdoğan, ABD Başkanı Joe Biden ile 2021 haziranında Brüksel'de görüştü."),
    ("tr", "2024-03-01", [("IRN", "TUR", "in_person", "2024-01")],
     "İran Cumhurbaşkanı İbrahim Reisi 2024 ocağında Ankara'da Erdoğan ile görüştü."),
    # Swedish: "the same day" counts from the day the call was just dated to
    ("sv", "2022-05-22", [("FIN", "TUR", "phone", "2022-05-21"), ("SWE", "TUR", "phone", "2022-05-21")],
     "Magdalena Andersson ringde Recep Tayyip Erdoğan om Natoansökan. Samtalet hölls på lördagen, uppgav "
     "statsministern. Sauli Niinistö talade också med Erdoğan samma dag."),
    # Swedish: "two days after they had met Biden on Thursday": Thursday is the meeting's day
    ("sv", "2022-05-22", [("FIN", "SWE", "phone", "2022-05-21"), ("FIN", "TUR", "phone", "2022-05-21"),
                          ("FIN", "USA", "in_person", "2022-05-19"), ("SWE", "TUR", "phone", "2022-05-21"),
                          ("SWE", "USA", "in_person", "2022-05-19")],
     "Andersson och Niinistö ringde Erdoğan på lördagen, två dagar efter att de i torsdags hade träffat "
     "Joe Biden i Vita huset."),
    ("sv", "2023-07-07", [("SWE", "USA", "in_person", "2023-07-05")],
     "Ulf Kristersson träffade USA:s president Joe Biden i Vita huset i onsdags."),
    ("sv", "2023-07-07", [("SWE", "USA", "in_person", "2023-07-05")],
     "Statsminister Ulf Kristersson besökte i onsdags Vita huset, där han träffade USA:s president "
     "Joe Biden."),
    # German: the date of a participle before its noun is the thing's
    ("de", "2024-05-29", [("DEU", "FRA", "in_person", "2024-05-28")],
     "Olaf Scholz empfing Emmanuel Macron am Dienstag in Meseberg. Scholz und Macron sprachen dort über den "
     "im Januar 2019 unterzeichneten Vertrag von Aachen."),
    ("de", "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")],
     "Recep Tayyip Erdoğan traf Wladimir Putin am Montag in Sotschi. Erdoğan und Putin sprachen über das im "
     "Juli 2022 in Istanbul geschlossene Getreideabkommen."),
    ("de", "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")],
     "Recep Tayyip Erdoğan traf Wladimir Putin am Montag in Sotschi. Erdoğan und Putin erörterten das am "
     "22. Juli 2022 unterzeichnete Getreideabkommen."),
    ("de", "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")],
     "Recep Tayyip Erdoğan traf Wladimir Putin am Montag in Sotschi. Putin erinnerte an das am 22. Juli 2022 "
     "in Istanbul unterzeichnete Getreideabkommen. Die beiden Präsidenten sprachen auch über Syrien."),
    # German: the date before a verb that is no participle of a noun stays the contact's
    ("de", "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")],
     "Am Montag traf Erdoğan in Sotschi Wladimir Putin."),
    # a participle's date sets neither the narrative's day nor the lead's
    ("en", "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")],
     "Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday. Putin recalled the grain deal signed in "
     "Istanbul on 22 July 2022. The two leaders also discussed Syria."),
    ("fr", "2023-09-05", [("RUS", "TUR", "in_person", "2023-09-04")],
     "Recep Tayyip Erdogan a rencontré lundi Vladimir Poutine à Sotchi. Poutine a évoqué l'accord céréalier "
     "signé à Istanbul le 22 juillet 2022. Les deux dirigeants ont aussi parlé de la Syrie."),
]

# "which took place yesterday" after the contact's noun phrase dates it (the Biden-Putin video call of
# 7 December 2021, told the next day)
TOOK_PLACE = [
    ("el", "Η τηλεδιάσκεψη του Μπάιντεν με τον Πούτιν, που πραγματοποιήθηκε χθες, κράτησε δύο ώρες."),
    ("el", "Δύο ώρες κράτησε η τηλεδιάσκεψη του Προέδρου Τζο Μπάιντεν με τον Βλαντιμίρ Πούτιν, που "
           "πραγματοποιήθηκε χθες."),
    ("en", "The video call between Joe Biden and Vladimir Putin, which took place yesterday, lasted two "
           "hours."),
    ("de", "Die Videokonferenz von US-Präsident Joe Biden mit Wladimir Putin, die gestern stattfand, dauerte "
           "zwei Stunden."),
    ("fr", "L'entretien par vidéo entre Joe Biden et Vladimir Poutine, qui a eu lieu hier, a duré deux "
           "heures."),
    ("it", "La videochiamata tra Joe Biden e Vladimir Putin, che si è svolta ieri, è durata due ore."),
    ("pt", "A videochamada entre Joe Biden e Vladimir Putin, que ocorreu ontem, durou duas horas."),
    ("ru", "Видеоконференция Джо Байдена и Владимира Путина, которая состоялась вчера, продлилась два часа."),
]

# The contact's date is not the participle's (the day itself is the report's: no date of its own).
NOT_THE_ACTS = [
    ("de", "2023-09-05", "2022-07",
     "Erdoğan und Putin sprachen in Sotschi über das im Juli 2022 geschlossene Getreideabkommen."),
    ("en", "2023-09-05", "2022-07-22",
     "Erdogan and Putin discussed the grain deal signed in Istanbul on 22 July 2022. They met in Sochi."),
]


@pytest.mark.parametrize(("lang", "published", "want", "text"), CASES,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(CASES)])
def test_contacts_dated(real: RuleExtractor, make_doc: DocFactory, lang: str, published: str,
                        want: list[tuple[str, str, str, str]], text: str) -> None:
    assert held_rows(real, make_doc, text, published, lang) == sorted(want)


@pytest.mark.parametrize(("lang", "published", "act", "text"), NOT_THE_ACTS,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(NOT_THE_ACTS)])
def test_a_participles_date_is_not_the_contacts(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                published: str, act: str, text: str) -> None:
    got = held_rows(real, make_doc, text, published, lang)
    assert got and all(not str(r[3]).startswith(act) for r in got)


@pytest.mark.parametrize(("lang", "text"), TOOK_PLACE, ids=[f"{c[0]}-{k}" for k, c in enumerate(TOOK_PLACE)])
def test_which_took_place_dates_the_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                            text: str) -> None:
    assert held_rows(real, make_doc, text, "2021-12-08", lang) == [("RUS", "USA", "video", "2021-12-07")]
