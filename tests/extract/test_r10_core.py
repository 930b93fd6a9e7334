"""Round ten (core languages): a leader who reports two others' contact, and a contact dated by its period.

Our own sentences about real contacts; each case gives the held contacts as ("AAA-BBB", date). The leaders
are the ones in office on the day given (or, for 1b, on some day of the month or year told).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def held(real: RuleExtractor, make_doc: DocFactory, text: str, day: str, lang: str) -> list[tuple[str, ...]]:
    """The held contacts' rows ("AAA-BBB", date)."""
    return [(r[0], r[2]) for r in pair_rows(real, make_doc, text, day, lang) if r[3] == "occurred"]


# 1a. "X said that Y met Z": the contact is Y's and Z's, the speaker met neither. (Putin and Xi held talks
# in Moscow on 21 March 2023; Biden and Xi met at Woodside, California, on 15 November 2023; Biden was in
# Kyiv with Zelensky on 20 February 2023; Macron met Xi in Beijing on 6 April 2023.)
_PUTIN_XI = ("CHN-RUS", "2023-03-21")
_BIDEN_XI = ("CHN-USA", "2023-11-15")
_REPORTED = [
    ("en", "2023-03-22", "Russian Prime Minister Mikhail Mishustin said that President Vladimir Putin had "
     "held talks with Xi Jinping in Moscow on Tuesday.", [_PUTIN_XI]),
    ("en", "2023-11-16", "Chancellor Olaf Scholz said Joe Biden had met Xi Jinping in Woodside on Wednesday.",
     [_BIDEN_XI]),
    ("en", "2023-11-16", "Joe Biden met Xi Jinping near San Francisco on Wednesday, Olaf Scholz said.",
     [_BIDEN_XI]),
    ("en", "2023-02-21", "Ukrainian Prime Minister Denys Shmyhal said Volodymyr Zelensky had met Joe Biden "
     "in Kyiv on Monday.", [("UKR-USA", "2023-02-20")]),
    ("fr", "2023-11-16", "Emmanuel Macron a déclaré que Joe Biden avait rencontré Xi Jinping mercredi en "
     "Californie.", [_BIDEN_XI]),
    ("fr", "2023-11-16", "Selon Emmanuel Macron, Joe Biden s'est entretenu avec Xi Jinping mercredi.",
     [_BIDEN_XI]),
    ("fr", "2023-04-07", "La Première ministre Élisabeth Borne a indiqué que le président Emmanuel Macron "
     "s'était entretenu jeudi à Pékin avec Xi Jinping.", [("CHN-FRA", "2023-04-06")]),
    ("de", "2023-11-16", "Olaf Scholz sagte, Joe Biden habe Xi Jinping am Mittwoch in Kalifornien getroffen.",
     [_BIDEN_XI]),
    ("de", "2023-11-16", "Joe Biden habe sich am Mittwoch mit Xi Jinping getroffen, sagte Olaf Scholz.",
     [_BIDEN_XI]),
    ("ru", "2023-03-22", "Михаил Мишустин сообщил, что Владимир Путин провел переговоры с Си Цзиньпином во "
     "вторник.", [_PUTIN_XI]),
    ("ru", "2023-11-16", "По словам Эммануэля Макрона, Джо Байден встретился с Си Цзиньпином в среду.",
     [_BIDEN_XI]),
    ("ru", "2023-11-16", "Эммануэль Макрон заявил, что Джо Байден в среду встретился с Си Цзиньпином.",
     [_BIDEN_XI]),
    ("es", "2023-11-16", "Pedro Sánchez dijo que Joe Biden se había reunido con Xi Jinping el miércoles.",
     [_BIDEN_XI]),
    ("tr", "2023-03-22", "Erdoğan, Putin'in salı günü Moskova'da Şi Cinping ile görüştüğünü söyledi.",
     [_PUTIN_XI]),
    ("ar", "2023-03-22", "قال الرئيس التركي رجب طيب أردوغان إن الرئيس الروسي فلاديمير بوتين التقى الرئيس "
     "الصيني شي جين بينغ في موسكو الثلاثاء.", [_PUTIN_XI]),
    ("fa", "2023-03-22", "اردوغان گفت که ولادیمیر پوتین روز سه‌شنبه با شی جین‌پینگ در مسکو دیدار کرد.",
     [_PUTIN_XI]),
    # the speaker's own contacts stay his: a clause with no subject of its own (Putin met Xi and Erdoğan in
    # Astana on 3 July 2024), an object pronoun (Biden called Macron on 22 September 2021), a subject pronoun
    ("ru", "2024-07-04", "Путин сообщил, что в Астане провел переговоры с Си Цзиньпином и Реджепом Тайипом "
     "Эрдоганом.", [("CHN-RUS", "2024-07-04"), ("RUS-TUR", "2024-07-04")]),
    ("en", "2021-09-23", "Emmanuel Macron said Joe Biden had called him on Wednesday.",
     [("FRA-USA", "2021-09-22")]),
    ("en", "2021-09-23", "French President Emmanuel Macron said he had spoken with Joe Biden by phone on "
     "Wednesday.", [("FRA-USA", "2021-09-22")]),
]


@pytest.mark.parametrize(("lang", "day", "text", "want"), _REPORTED)
def test_a_speaker_reports_two_others_contact(real: RuleExtractor, make_doc: DocFactory, lang: str, day: str,
                                              text: str, want: list[tuple[str, str]]) -> None:
    assert held(real, make_doc, text, day, lang) == want


# 1b. A contact dated by its month or year whose leader held office for part of it. (Sunak and Macron met at
# the G7 in Apulia in June 2024, Sunak left office on 5 July; Scholz was received by Macron in Paris on 22
# January 2025, he left office on 6 May; Kishida's state visit to Washington was in April 2024, he left on 1
# October; Trudeau and Trump spoke on 5 March 2025, Trudeau left on the 14th; Trump, in office from 20
# January 2025, spoke with Modi on the 27th and with Starmer on the 26th.)
_PERIOD = [
    ("en", "2025-06-10", "Rishi Sunak met Emmanuel Macron in 2024.", [("FRA-GBR", "2024")]),
    ("en", "2026-06-10", "Olaf Scholz met Emmanuel Macron in Paris in 2025.", [("DEU-FRA", "2025")]),
    ("fr", "2026-06-10", "Olaf Scholz avait rencontré Emmanuel Macron à Paris en 2025.",
     [("DEU-FRA", "2025")]),
    ("de", "2026-06-10", "Olaf Scholz hatte Emmanuel Macron im Jahr 2025 in Paris getroffen.",
     [("DEU-FRA", "2025")]),
    ("en", "2025-06-10", "Fumio Kishida met Joe Biden in Washington in 2024.", [("JPN-USA", "2024")]),
    ("ru", "2025-06-10", "Фумио Кисида встречался с Джо Байденом в Вашингтоне в 2024 году.",
     [("JPN-USA", "2024")]),
    ("en", "2025-06-01", "Justin Trudeau spoke by phone with Donald Trump in March 2025.",
     [("CAN-USA", "2025-03")]),
    ("es", "2025-06-01", "Justin Trudeau habló por teléfono con Donald Trump en marzo de 2025.",
     [("CAN-USA", "2025-03")]),
    ("en", "2025-06-01", "Donald Trump spoke by phone with Narendra Modi in January 2025.",
     [("IND-USA", "2025-01")]),
    ("de", "2025-06-01", "Donald Trump telefonierte im Januar 2025 mit Keir Starmer.",
     [("GBR-USA", "2025-01")]),
    ("ar", "2025-06-01", "تحدث الرئيس الأمريكي دونالد ترامب هاتفيا مع رئيس الوزراء الهندي ناريندرا مودي في "
     "يناير 2025.", [("IND-USA", "2025-01")]),
    ("tr", "2025-06-01", "Donald Trump, Ocak 2025'te Narendra Modi ile telefonda görüştü.",
     [("IND-USA", "2025-01")]),
    ("ru", "2025-06-01", "Дональд Трамп в январе 2025 года провел телефонный разговор с Нарендрой Моди.",
     [("IND-USA", "2025-01")]),
    ("fa", "2025-06-01", "دونالد ترامپ در ژانویه ۲۰۲۵ با نارندرا مودی تلفنی گفتگو کرد.",
     [("IND-USA", "2025-01")]),
]


@pytest.mark.parametrize(("lang", "day", "text", "want"), _PERIOD)
def test_a_leader_in_office_for_part_of_the_period_resolves(real: RuleExtractor, make_doc: DocFactory,
                                                            lang: str, day: str, text: str,
                                                            want: list[tuple[str, str]]) -> None:
    assert held(real, make_doc, text, day, lang) == want



# heldout42's mechanisms. What a leader says after the talks, its own subject pronoun with no "that", names
# no partner ("Trump said he was disappointed with Putin"; Starmer hosted Trump at Chequers on 18 September
# 2025); a contact inside a "whether" clause is not asserted (Scholz met Mirziyoyev in Samarkand on 15
# September 2024, then went on to Astana).
_SAID_AND_ASKED = [
    ("en", "2025-09-19", "Keir Starmer hosted Donald Trump at Chequers on Thursday. After their talks, Trump "
     "said he was disappointed with Vladimir Putin.", [("GBR-USA", "2025-09-18")]),
    ("de", "2025-09-19", "Keir Starmer empfing Donald Trump am Donnerstag in Chequers. Nach dem Treffen "
     "sagte Trump, er sei von Wladimir Putin enttäuscht.", [("GBR-USA", "2025-09-18")]),
    ("en", "2024-09-18", "Olaf Scholz met Shavkat Mirziyoyev in Samarkand on Sunday. Whether the chancellor "
     "also held separate talks with Emomali Rahmon in Astana on Tuesday was not disclosed.",
     [("DEU-UZB", "2024-09-15")]),
    ("de", "2024-09-18", "Olaf Scholz traf am Sonntag in Samarkand Schawkat Mirsijojew. Ob der Kanzler am "
     "Dienstag in Astana auch mit Emomali Rahmon sprach, wurde nicht mitgeteilt.",
     [("DEU-UZB", "2024-09-15")]),
]


@pytest.mark.parametrize(("lang", "day", "text", "want"), _SAID_AND_ASKED)
def test_what_was_said_or_asked_is_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str, day: str,
                                              text: str, want: list[tuple[str, str]]) -> None:
    assert held(real, make_doc, text, day, lang) == want


# A bare "the two" opening the sentence, an auxiliary and a verb after it, is the pair, whatever noun holds
# the cue ("had prepared the ground in a phone call"); "the two new tariffs" are no people. (Trump and von der
# Leyen spoke by phone on 25 May 2025 and met at Turnberry on 27 July.)
_BARE_TWO = [
    ("Donald Trump received Ursula von der Leyen at Turnberry on Sunday. The two had prepared the ground in "
     "a phone call in late May.", [("EU-USA", "2025-07-27"), ("EU-USA", "2025-05")]),
    ("Donald Trump received Ursula von der Leyen at Turnberry on Sunday. The two new tariffs were discussed "
     "at the meeting.", [("EU-USA", "2025-07-27")]),
]


@pytest.mark.parametrize(("text", "want"), _BARE_TWO)
def test_the_two_opening_the_sentence_is_the_pair(real: RuleExtractor, make_doc: DocFactory, text: str,
                                                  want: list[tuple[str, str]]) -> None:
    assert held(real, make_doc, text, "2025-07-28", "en") == want


# "the first X to meet Y" ranks a contact held: the noun phrase between may hold a time phrase. (Albanese met
# Xi in Beijing on 6 November 2023, the first Australian prime minister to visit China since 2016.)
@pytest.mark.parametrize("verb", ["visit", "meet"])
def test_the_first_to_meet_was_held(real: RuleExtractor, make_doc: DocFactory, verb: str) -> None:
    text = (f"In November 2023 Anthony Albanese became the first Australian prime minister in seven years to "
            f"{verb} Xi Jinping in Beijing.")
    assert held(real, make_doc, text, "2025-07-16", "en") == [("AUS-CHN", "2023-11")]
