"""Round sixteen, which sentences a contact's topics come from (r16-topics), in sentences we wrote.

The report's own contact reads the sentences after one stating it as its own while the report goes on
telling it: until another contact's sentence, a sentence naming a leader of neither country, or one opening
with a turn ("Separately, ...", "한편 ..."). A sentence where one of the two meets someone else and the
broad codes (the setting's words) keep their single count. Each text holds its topic word three sentences
after the contact, where it counted once before.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import only_topics

# Each text with its day: the contacts are real (Modi at Chequers on 24 July 2025, Zelensky in Ankara on 18
# February 2025, Lula's state visit to Paris on 5 June 2025, Merz in Paris on 7 May 2025, Lula in Madrid
# on 26 April 2023, Macron at Meseberg on 28 May 2024, Erdoğan in Rome on 29 April 2025, Macron in Brasília
# on 28 March 2024, Erdoğan in Sochi on 4 September 2023, Kishida in Seoul on 7 May 2023, Anwar at Bogor on
# 9 January 2023); what the sentences after it say is ours.
MODI = ("en", "2025-07-25", "Modi met Starmer at Chequers on Thursday. The meeting lasted two hours. "
                            "Officials called it warm. ")
ZELENSKY = ("en", "2025-02-19", "Erdoğan received Zelensky in Ankara on Tuesday. The visit was short. "
                                "It was raining in the capital. ")
MERZ = ("fr", "2025-05-08", "Emmanuel Macron a reçu Friedrich Merz à l'Élysée mercredi. L'entretien a duré "
                            "deux heures. Le ton était cordial. ")
LULA_ES = ("es", "2023-04-27", "Pedro Sánchez recibió a Lula en la Moncloa el miércoles. El encuentro duró "
                               "dos horas. El ambiente fue cordial. ")
MESEBERG = ("de", "2024-05-29", "Bundeskanzler Olaf Scholz empfing Emmanuel Macron am Dienstag in Meseberg. "
                                "Das Gespräch dauerte zwei Stunden. Die Stimmung war gut. ")
ANKARA_TR = ("tr", "2025-02-19", "Erdoğan, Salı günü Ankara'da Zelenskiy'i kabul etti. Görüşme iki saat "
                                 "sürdü. Hava yağmurluydu. ")
SEOUL = ("ko", "2023-05-08", "윤석열 대통령은 7일 서울에서 기시다 후미오 일본 총리와 정상회담을 했다. "
                             "회담은 두 시간 동안 진행됐다. 분위기는 화기애애했다. ")


def _row(lead: tuple[str, str, str], tail: str, code: str) -> tuple[str, str, str, str]:
    return lead[0], lead[1], lead[2] + tail, code


# -- the report still tells the contact three sentences on: the word counts as in the contact's own --------

GOES_ON = [
    _row(MODI, "Tariffs on whisky and cars were on the table as well.", "trade_economy"),
    _row(ZELENSKY, "Grain shipments across the Black Sea came up as well.", "food_agriculture"),
    ("en", "2025-06-06", "Macron hosted Lula at the Élysée on Thursday. The lunch lasted two hours. Both "
                         "were in good spirits. The Amazon rainforest and deforestation took much of the "
                         "time.",
     "climate_environment"),
    _row(MERZ, "La question des migrants a aussi été abordée.", "migration_refugees"),
    _row(LULA_ES, "También se habló de las energías renovables.", "energy"),
    _row(MESEBERG, "Auch die Migration kam zur Sprache.", "migration_refugees"),
    ("it", "2025-04-30", "Giorgia Meloni ha ricevuto Recep Tayyip Erdoğan a Roma martedì. Il colloquio è "
                         "durato due ore. L'atmosfera era cordiale. Sul tavolo anche i flussi migratori.",
     "migration_refugees"),
    ("pt", "2024-03-29", "Lula recebeu Emmanuel Macron no Palácio do Planalto na quinta-feira. A reunião "
                         "durou duas horas. O clima foi cordial. Também se falou de energias renováveis.",
     "energy"),
    ("ru", "2023-09-05", "Владимир Путин принял Реджепа Тайипа Эрдогана в Сочи в понедельник. Беседа "
                         "продолжалась четыре часа. Атмосфера была дружеской. Речь шла и о поставках газа.",
     "energy"),
    _row(ANKARA_TR, "Tahıl sevkiyatı da ele alındı.", "food_agriculture"),
    _row(SEOUL, "반도체 공급망 문제도 논의됐다.", "technology"),
    ("id", "2023-01-10", "Presiden Joko Widodo menerima Perdana Menteri Anwar Ibrahim di Istana Bogor pada "
                         "Senin. Pertemuan berlangsung dua jam. Suasananya hangat. Perdagangan minyak sawit "
                         "juga dibahas.", "trade_economy"),
]


@pytest.mark.parametrize(("lang", "day", "text", "code"), GOES_ON)
def test_a_sentence_that_still_tells_the_contact_counts_as_its_own(real: RuleExtractor, lang: str, day: str,
                                                                    text: str, code: str) -> None:
    assert code in only_topics(real, text, day, lang)


# -- the report turns: to another leader, by a turn word, to another meeting of one of the two ---------

TURNED = [
    # another leader between the contact and the word
    ("en", MODI[1], "Modi met Starmer at Chequers on Thursday. The meeting lasted two hours. Macron was in "
                    "Brussels that day. Tariffs on whisky and cars were on the table as well.",
     "trade_economy"),
    ("fr", MERZ[1], "Emmanuel Macron a reçu Friedrich Merz à l'Élysée mercredi. L'entretien a duré deux "
                    "heures. Giorgia Meloni était à Bruxelles. La question des migrants a aussi été abordée.",
     "migration_refugees"),
    ("de", MESEBERG[1], "Bundeskanzler Olaf Scholz empfing Emmanuel Macron am Dienstag in Meseberg. Das "
                        "Gespräch dauerte zwei Stunden. Giorgia Meloni war in Brüssel. Auch die Migration "
                        "kam zur Sprache.", "migration_refugees"),
    # a turn word opening the sentence
    _row(MODI, "Separately, the government raised tariffs on steel.", "trade_economy"),
    _row(ZELENSKY, "Meanwhile, grain prices rose in Chicago.", "food_agriculture"),
    _row(LULA_ES, "Mientras tanto, subían los precios de la energía.", "energy"),
    _row(ANKARA_TR, "Öte yandan tahıl fiyatları yükseldi.", "food_agriculture"),
    _row(SEOUL, "한편 반도체 수출은 늘었다.", "technology"),
    # one of the two meets someone else
    _row(MODI, "Modi also met business leaders about investment.", "investment"),
]


@pytest.mark.parametrize(("lang", "day", "text", "code"), TURNED)
def test_a_word_after_the_report_turns_counts_once(real: RuleExtractor, lang: str, day: str, text: str,
                                                   code: str) -> None:
    assert code not in only_topics(real, text, day, lang)


def test_a_broad_code_keeps_its_single_count_where_the_report_goes_on(real: RuleExtractor) -> None:
    # (the summit's name all through a report names the setting: multilateral diplomacy is not doubled)
    text = MODI[2] + "The G20 and the United Nations were mentioned."
    assert "multilateral_diplomacy" not in only_topics(real, text, MODI[1])


def test_a_word_before_the_turn_still_counts(real: RuleExtractor) -> None:
    # (the sentences up to the turn still tell the contact)
    text = MODI[2] + ("Tariffs on whisky and cars were on the table as well. "
                      "Separately, London saw heavy rain.")
    assert "trade_economy" in only_topics(real, text, MODI[1])

