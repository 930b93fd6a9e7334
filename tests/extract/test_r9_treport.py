"""Round nine, which sentences a contact's topics come from (r9-treport), in sentences we wrote.

An earlier contact told in passing ("they had last spoken on 8 August, when ...") takes the topics of its
own sentence, not of the sentences after it (there the report is back to its own contact). The report's
own contact also reads the report's headline and the sentences before its first statement, each keyword
once: two words of a code there give it, one does not.

The contacts are real: Modi and Putin met in Tianjin on 1 September 2025 and had spoken by phone on 8 August
(Putin telling him of his contacts with Washington); Aliyev and Pashinyan met in Prague on 6 October 2022
(their border the subject) and with Putin in Sochi on 31 October; Meloni received Rama in Rome on 6 November
2023 (the two countries' migration protocol); Biden and Putin each called Erdoğan on 6 February 2023, the
day of the earthquake; Zelensky signed security agreements with Scholz in Berlin and Macron in Paris on 16
February 2024, and with Sánchez in Madrid on 27 May 2024.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import only_topics, topics_by_date

# -- an earlier contact in passing: the topics of its own sentence -----------------------------------------

EARLIER = [
    ("en", "2025-09-02", "Modi and Putin held talks in Tianjin on Monday. They had last spoken by phone on "
     "August 8, when Putin told him about his contacts with Washington on the war in Ukraine.",
     ("IND-RUS", "2025-08-08"), "conflict_ceasefire"),
    ("de", "2025-09-02", "Modi und Putin kamen am Montag in Tianjin zu Gesprächen zusammen. Zuletzt hatten "
     "die beiden am 8. August telefoniert, als Putin ihn über seine Kontakte mit Washington zum Krieg in der "
     "Ukraine unterrichtete.", ("IND-RUS", "2025-08-08"), "conflict_ceasefire"),
    ("fr", "2025-09-02", "Modi et Poutine se sont rencontrés lundi à Tianjin. Ils s'étaient parlé pour la "
     "dernière fois au téléphone le 8 août, quand Poutine l'avait informé de ses contacts avec Washington "
     "sur la guerre en Ukraine.", ("IND-RUS", "2025-08-08"), "conflict_ceasefire"),
    ("ru", "2022-11-01", "В понедельник в Сочи Путин провел переговоры с Алиевым и Пашиняном. Алиев и "
     "Пашинян в начале октября уже встречались в Праге, где обсуждали делимитацию границы.",
     ("ARM-AZE", "2022-10"), "sovereignty_territorial_integrity"),
]


@pytest.mark.parametrize(("lang", "published", "text", "earlier", "code"), EARLIER)
def test_an_earlier_contact_takes_the_topics_of_its_own_sentence(
        real: RuleExtractor, lang: str, published: str, text: str, earlier: tuple[str, str],
        code: str) -> None:
    assert code in topics_by_date(real, text, published, lang)[earlier]


def test_an_earlier_contact_does_not_read_the_sentences_after_it(real: RuleExtractor) -> None:
    # the next sentence is the report's own meeting's again ("on Monday")
    text = ("Modi and Putin held talks in Tianjin on Monday. They had last spoken by phone on August 8. "
            "Trade in oil and fertilisers was the main item on Monday.")
    got = topics_by_date(real, text, "2025-09-02")
    assert got[("IND-RUS", "2025-08-08")] == ()
    assert {"energy", "trade_economy"} <= set(got[("IND-RUS", "2025-09-01")])


def test_a_sentence_of_the_earlier_contact_is_not_the_reports_own(real: RuleExtractor) -> None:
    # the war named in the earlier call's sentence is that call's, not Monday's meeting's
    text = ("Modi and Putin held talks in Tianjin on Monday. They had last spoken by phone on August 8, when "
            "Putin told him about his contacts with Washington on the war in Ukraine.")
    assert topics_by_date(real, text, "2025-09-02")[("IND-RUS", "2025-09-01")] == ()


# -- the report's own contact reads its headline ------------------------------------------------------------

HEADLINED = [
    ("en", "Migrants and asylum seekers: Italy and Albania strike a deal",
     "Giorgia Meloni received Edi Rama at Palazzo Chigi on Monday. The two prime ministers signed a "
     "memorandum in front of the cameras."),
    ("it", "Migranti e richiedenti asilo, l'intesa tra Italia e Albania",
     "Giorgia Meloni ha ricevuto Edi Rama a Palazzo Chigi lunedì. I due premier hanno firmato un protocollo "
     "davanti alle telecamere."),
    ("fr", "Migrants et demandeurs d'asile : accord entre l'Italie et l'Albanie",
     "Giorgia Meloni a reçu Edi Rama au palais Chigi lundi. Les deux chefs de gouvernement ont signé un "
     "protocole devant les caméras."),
]


@pytest.mark.parametrize(("lang", "title", "text"), HEADLINED)
def test_two_words_of_a_code_in_the_headline_give_it_to_the_reports_contact(
        real: RuleExtractor, lang: str, title: str, text: str) -> None:
    assert "migration_refugees" in only_topics(real, text, "2023-11-07", lang, title)
    # the same report without its headline says nothing of migration
    assert "migration_refugees" not in only_topics(real, text, "2023-11-07", lang)


def test_one_word_of_a_code_in_the_headline_is_not_enough(real: RuleExtractor) -> None:
    text = ("Giorgia Meloni received Edi Rama at Palazzo Chigi on Monday. The two prime ministers signed a "
            "memorandum in front of the cameras.")
    assert "migration_refugees" not in only_topics(real, text, "2023-11-07", "en",
                                                   "Italy and Albania sign a deal on migrants")


# -- the report's own contact reads the sentences before its first statement --------------------------------

BEFORE = [
    ("en", "2023-02-07", "Rescue teams and humanitarian aid poured into southern Turkey after the "
     "earthquake. President Biden called President Erdogan on Monday evening. The two leaders spoke for "
     "about twenty minutes.", "humanitarian"),
    ("ru", "2023-02-07", "Спасатели и гуманитарная помощь направляются на юг Турции после землетрясения. "
     "Владимир Путин в понедельник провел телефонный разговор с Реджепом Тайипом Эрдоганом. Беседа "
     "продолжалась около двадцати минут.", "humanitarian"),
    ("tr", "2023-02-07", "Deprem bölgesine arama kurtarma ekipleri ve insani yardım ulaşıyor. "
     "Cumhurbaşkanı Erdoğan pazartesi akşamı ABD Başkanı Biden ile telefonda görüştü. Görüşme yaklaşık "
     "yirmi dakika sürdü.", "humanitarian"),
    ("fr", "2024-02-17", "Les livraisons d'armes et la défense aérienne de l'Ukraine sont au cœur des "
     "discussions européennes. Emmanuel Macron a reçu Volodymyr Zelensky vendredi à l'Élysée. Les deux "
     "présidents ont signé un accord devant la presse.", "security_defense"),
    ("de", "2024-02-17", "Waffenlieferungen und Luftverteidigung für die Ukraine stehen in Europa ganz oben "
     "auf der Tagesordnung. Bundeskanzler Scholz empfing Präsident Selenskyj am Freitag im Kanzleramt. Die "
     "beiden unterzeichneten ein Abkommen vor der Presse.", "security_defense"),
    ("es", "2024-05-28", "El envío de armas y la defensa antiaérea de Ucrania centran el debate europeo. "
     "Pedro Sánchez recibió a Volodímir Zelenski el lunes en la Moncloa. Los dos firmaron un acuerdo ante la "
     "prensa.", "security_defense"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), BEFORE)
def test_the_sentence_before_the_reports_contact_is_its_subject(real: RuleExtractor, lang: str,
                                                                published: str, text: str,
                                                                code: str) -> None:
    assert code in only_topics(real, text, published, lang)


def test_one_word_before_the_reports_contact_is_not_enough(real: RuleExtractor) -> None:
    text = ("The earthquake struck southern Turkey before dawn. President Biden called President Erdogan on "
            "Monday evening. The two leaders spoke for about twenty minutes.")
    assert only_topics(real, text, "2023-02-07") == ()
