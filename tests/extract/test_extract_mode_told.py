"""Round twelve, mode: a contact's mode is the one its first firm sentence tells, and the report's own contact
told only by "spoke" is the meeting the report tells. Real contacts, told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import build_doc, pair_rows

# (language, publication day, text, the contacts as (pair, mode, date, status))
Case = tuple[str, str, str, list[tuple[str, ...]]]

# A meeting the report opens with, and a later sentence of the pair with a call or video word in another
# sense (a phone they may pick up, phone lines, a video played, a videoconference with a forum, calls before).
MEETING_FIRST: list[Case] = [
    # Biden and Xi met at Filoli, Woodside, California, on Wednesday 15 November 2023
    ("en", "2023-11-16", "Joe Biden and Xi Jinping met on Wednesday at an estate south of San "
     "Francisco, their "
     "first talks in a year. Biden said afterwards that either leader could now pick up the phone and be "
     "heard at once.", [("CHN-USA", "in_person", "2023-11-15", "occurred")]),
    # Sheinbaum and Trump first met in person in Washington on Friday 5 December 2025
    ("es", "2025-12-06", "Claudia Sheinbaum y Donald Trump se reunieron el viernes en Washington, su primer "
     "encuentro en persona. Hasta entonces la presidenta y el presidente solo habían hablado por teléfono.",
     [("MEX-USA", "in_person", "2025-12-05", "occurred")]),
    # Putin and Trump met in Anchorage on Friday 15 August 2025, after several calls
    ("ru", "2025-08-16", "Владимир Путин и Дональд Трамп встретились в пятницу в Анкоридже. До этого "
     "Путин и Трамп лишь разговаривали по телефону.", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Scholz was received by Biden at the White House on Friday 3 March 2023
    ("de", "2023-03-04", "Olaf Scholz und Joe Biden sind am Freitag im Weißen Haus zusammengekommen. Biden "
     "sagte, er könne Scholz jederzeit anrufen.", [("DEU-USA", "in_person", "2023-03-03", "occurred")]),
    # Abiy Ahmed went to Asmara on Sunday 8 July 2018: the first meeting in two decades
    ("en", "2018-07-09", "Abiy Ahmed met Isaias Afwerki in Asmara on Sunday, the first meeting of the two "
     "countries' leaders in twenty years. Abiy and Isaias agreed to restore phone links cut since the "
     "war.", [("ERI-ETH", "in_person", "2018-07-08", "occurred")]),
    # Lula met Biden at the White House on Friday 10 February 2023
    ("pt", "2023-02-11", "Lula e Joe Biden se reuniram na sexta-feira na Casa Branca. Lula já havia "
     "conversado com Biden por telefone depois da "
     "eleição.", [("BRA-USA", "in_person", "2023-02-10", "occurred")]),
    ("pt", "2023-02-11", "Lula e Joe Biden se encontraram na sexta-feira na Casa Branca. Biden e Lula "
     "conversaram também sobre o clima, disse o Planalto, e Biden lembrou o telefonema que fez a Lula depois "
     "da eleição.", [("BRA-USA", "in_person", "2023-02-10", "occurred")]),
    # Macron met Trump in the Oval Office on Monday 24 February 2025, after a G7 videoconference
    ("fr", "2025-02-25", "Emmanuel Macron a rencontré Donald Trump lundi dans le Bureau ovale. Plus tôt, les "
     "deux présidents avaient pris part à une visioconférence du G7.",
     [("FRA-USA", "in_person", "2025-02-24", "occurred")]),
    # Starmer's first visit to Trump's Oval Office, Thursday 27 February 2025
    ("en", "2025-02-28", "Keir Starmer met Donald Trump in the Oval Office on Thursday. Before the visit "
     "Starmer and Trump had only spoken by phone.", [("GBR-USA", "in_person", "2025-02-27", "occurred")]),
    # Merz was received by Trump at the White House on Thursday 5 June 2025; they had phoned before
    ("de", "2025-06-06", "Friedrich Merz traf Donald Trump am Donnerstag im Weißen Haus. Zuvor "
     "hatten Merz und "
     "Trump mehrmals miteinander telefoniert.", [("DEU-USA", "in_person", "2025-06-05", "occurred")]),
    # Milei met Trump at the White House on Tuesday 14 October 2025; Trump had called him after his 2023
    # win (an earlier contact, undated)
    ("es", "2025-10-15", "Javier Milei y Donald Trump se reunieron el martes en la Casa Blanca. Trump había "
     "llamado por teléfono a Milei tras su victoria de "
     "2023.", [("ARG-USA", "in_person", "2025-10-14", "occurred"), ("ARG-USA", "phone", "", "occurred")]),
    # Putin met Tokayev in Astana on Thursday 9 November 2023; a regional forum was opened by video link
    ("ru", "2023-11-10", "Владимир Путин и Касым-Жомарт Токаев в четверг встретились в Астане. Затем Путин и "
     "Токаев по видеосвязи открыли региональный форум двух стран.",
     [("KAZ-RUS", "in_person", "2023-11-09", "occurred")]),
    # Ramaphosa in the Oval Office on Wednesday 21 May 2025, where Trump showed a video
    ("en", "2025-05-22", "Donald Trump met Cyril Ramaphosa in the Oval Office on Wednesday. During "
     "the meeting Trump showed Ramaphosa a video on a screen.",
     [("USA-ZAF", "in_person", "2025-05-21", "occurred")]),
    # Meloni met Trump at the White House on Thursday 17 April 2025
    ("it", "2025-04-18", "Giorgia Meloni e Donald Trump si sono incontrati giovedì alla Casa Bianca. "
     "Meloni ha "
     "detto che lei e Trump si sentono spesso al "
     "telefono.", [("ITA-USA", "in_person", "2025-04-17", "occurred")]),
    # Erdoğan and Putin met in Sochi on Monday 4 September 2023 (the earlier call is another contact)
    ("tr", "2023-09-05", "Cumhurbaşkanı Erdoğan ile Vladimir Putin pazartesi günü Soçi'de bir araya "
     "geldi. İki "
     "lider daha önce telefonda görüşmüştü.",
     [("RUS-TUR", "in_person", "2023-09-04", "occurred"), ("RUS-TUR", "phone", "", "occurred")]),
]

# The report's own contact told only by "spoke" after a visit word: the talks of the visit.
SPOKE_AT_A_VISIT: list[Case] = [
    # Scholz in New Delhi on Saturday 25 February 2023
    ("de", "2023-02-26", "Bundeskanzler Olaf Scholz ist am Samstag in Neu-Delhi eingetroffen. Scholz und "
     "Narendra Modi sprachen über Handel und Klimaschutz.",
     [("DEU-IND", "in_person", "2023-02-25", "occurred")]),
    # Scholz met Xi in Beijing on Tuesday 16 April 2024
    ("de", "2024-04-17", "Bundeskanzler Olaf Scholz besuchte am Dienstag Peking. Scholz und Xi "
     "Jinping sprachen "
     "über den Krieg in der Ukraine.", [("CHN-DEU", "in_person", "2024-04-16", "occurred")]),
    # Modi's state visit: the White House talks on Thursday 22 June 2023
    ("en", "2023-06-23", "Narendra Modi arrived at the White House on Thursday. Modi and Joe Biden "
     "spoke about "
     "defence and space.", [("IND-USA", "in_person", "2023-06-22", "occurred")]),
]

# What stays: a video word in the opening sentence, "spoke" with no meeting before it.
KEPT: list[Case] = [
    # López Obrador and Biden held their first meeting by video on Monday 1 March 2021
    ("es", "2021-03-02", "Andrés Manuel López Obrador y Joe Biden sostuvieron el lunes una reunión por "
     "videoconferencia.", [("MEX-USA", "video", "2021-03-01", "occurred")]),
    # Putin and Xi held a video call on Friday 30 December 2022, after meeting in Beijing and Samarkand
    ("ru", "2022-12-31", "Владимир Путин и Си Цзиньпин в пятницу провели переговоры по видеосвязи. В "
     "этом году "
     "они встречались в Пекине и Самарканде.",
     [("CHN-RUS", "in_person", "2022", "occurred"), ("CHN-RUS", "video", "2022-12-30", "occurred")]),
    # Biden and Xi spoke by phone on Tuesday 2 April 2024
    ("en", "2024-04-03", "Joe Biden spoke with Xi Jinping on Tuesday about Taiwan and trade.",
     [("CHN-USA", "phone", "2024-04-02", "occurred")]),
]


@pytest.mark.parametrize(("lang", "published", "text", "expected"),
                         MEETING_FIRST + SPOKE_AT_A_VISIT + KEPT)
def test_a_contacts_mode_is_its_first_firm_sentences(real: RuleExtractor, lang: str, published: str,
                                                     text: str, expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, build_doc, text, published, lang) == sorted(expected)
