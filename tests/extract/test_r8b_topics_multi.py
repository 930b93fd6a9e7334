"""Round eight, second part (r8b-multi): four weak topic codes, in sentences we wrote ourselves.

The G20 is where a meeting is held far more often than what it is about, so its name alone gives no
multilateral diplomacy (the G7, the UN and its Security Council still do); "opposition" in English,
French and German is as often an objection as the political opposition; domestic politics needs more
than the election that brought a leader to office; the official name of a "people's democratic republic"
and a region's name are no human-rights topic.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import only_topics

# The publication day every report here is given.
_DAY = "2023-06-20"


G20_SETTING = [
    ("en", "Lula met Modi in Brasília on Monday. Modi had flown in from the G20 in Rio. "
           "The G20 leaders had parted on Sunday."),
    ("en", "Albanese held talks with Xi in Beijing on Tuesday. Both men go on to the G20 next week, "
           "and Albanese said the G20 would be busy."),
    ("fr", "Emmanuel Macron a reçu Lula à l'Élysée jeudi. Lula arrivait du G20 de Rio. "
           "Le G20 s'était achevé la veille."),
    ("es", "Pedro Sánchez recibió a Lula en Madrid el martes. Lula llegaba del G20 de Río. "
           "El G20 había terminado el domingo."),
    ("de", "Scholz traf Modi am Mittwoch in Berlin. Modi kam direkt vom G20 in Rio. "
           "Der G20 war am Sonntag zu Ende gegangen."),
    ("it", "Giorgia Meloni ha ricevuto Modi a Roma mercoledì. Modi arrivava dal G20 di Rio. "
           "Il G20 si era chiuso domenica."),
    ("pt", "Lula recebeu Macron em Brasília na quarta-feira. Macron chegava do G20 do Rio. "
           "O G20 terminara no domingo."),
]


@pytest.mark.parametrize(("lang", "text"), G20_SETTING)
def test_the_g20_named_as_the_occasion_is_no_multilateral_topic(real: RuleExtractor, lang: str,
                                                                text: str) -> None:
    assert "multilateral_diplomacy" not in only_topics(real, text, _DAY, lang)


MULTILATERAL_STILL = [
    ("en", "Macron met Lula in Paris on Thursday. They discussed the reform of the United Nations "
           "Security Council and the coming G7 agenda."),
    ("fr", "Emmanuel Macron a reçu Lula à l'Élysée jeudi. Ils ont parlé de la réforme du Conseil de "
           "sécurité des Nations unies."),
    ("es", "Pedro Sánchez recibió a Lula en Madrid el martes. Ambos defendieron la reforma del Consejo de "
           "Seguridad de Naciones Unidas."),
]


@pytest.mark.parametrize(("lang", "text"), MULTILATERAL_STILL)
def test_talks_about_the_un_keep_multilateral_diplomacy(real: RuleExtractor, lang: str, text: str) -> None:
    assert "multilateral_diplomacy" in only_topics(real, text, _DAY, lang)


OBJECTION = [
    ("en", "Macron met Tebboune in Algiers on Monday. Both voiced their opposition to a foreign military "
           "intervention in Libya and their opposition to new sanctions."),
    ("fr", "Emmanuel Macron a reçu Abdelmadjid Tebboune à l'Élysée lundi. Les deux présidents ont redit "
           "leur opposition à une intervention armée et leur opposition aux sanctions."),
    ("de", "Scholz traf Macron am Montag in Paris. Beide bekräftigten ihre Opposition gegen neue Zölle "
           "und gegen eine Opposition der Kommission."),
]


@pytest.mark.parametrize(("lang", "text"), OBJECTION)
def test_opposition_as_an_objection_is_no_domestic_politics(real: RuleExtractor, lang: str,
                                                            text: str) -> None:
    assert "domestic_politics_elections" not in only_topics(real, text, _DAY, lang)


def test_the_election_that_brought_a_leader_to_office_is_setting_only(real: RuleExtractor) -> None:
    text = ("Biden received Lula at the White House on Friday, five weeks after Lula's election. "
            "They talked about the Amazon and about clean energy. "
            "Crowds waited outside. Police closed two streets. Rain fell all day. "
            "Lula had won the vote in October.")
    assert "domestic_politics_elections" not in only_topics(real, text, _DAY)


TALKS_ABOUT_ELECTIONS = [
    ("en", "Biden met Lula at the White House on Friday. They discussed the coming elections in Venezuela "
           "and the referendum on the constitution."),
    ("fr", "Emmanuel Macron a reçu Najib Mikati à l'Élysée lundi. Ils ont parlé des élections "
           "législatives libanaises et de la réforme de la constitution."),
    ("es", "Lula recibió a Gustavo Petro en Brasilia el martes. Hablaron de las elecciones presidenciales "
           "en Venezuela y del referéndum constitucional."),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_ABOUT_ELECTIONS)
def test_talks_about_elections_are_domestic_politics(real: RuleExtractor, lang: str, text: str) -> None:
    assert "domestic_politics_elections" in only_topics(real, text, _DAY, lang)


def test_a_peoples_democratic_republic_is_no_human_rights_topic(real: RuleExtractor) -> None:
    text = ("Владимир Путин провёл в четверг в Москве переговоры с президентом Алжирской "
            "Народно-Демократической Республики Абдельмаджидом Теббуном. Стороны обсудили поставки "
            "пшеницы.")
    assert "human_rights_minorities" not in only_topics(real, text, _DAY, "ru")


def test_democracy_as_a_noun_is_still_human_rights(real: RuleExtractor) -> None:
    text = ("Эммануэль Макрон встретился с Владимиром Путиным в Версале в понедельник. Макрон говорил о "
            "демократии и свободе слова.")
    assert "human_rights_minorities" in only_topics(real, text, _DAY, "ru")


FORMATS = [
    ("en", "Erdoğan spoke with Putin by phone on Tuesday. They discussed the Astana process on Syria and "
           "a new meeting in the Astana format."),
    ("fr", "Emmanuel Macron s'est entretenu avec Vladimir Poutine par téléphone mardi. Ils ont parlé du "
           "format Normandie et d'un sommet au format de Normandie."),
    ("tr", "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile salı günü telefonda görüştü. Görüşmede "
           "Astana süreci ve Suriye için üçlü zirve ele alındı."),
]


@pytest.mark.parametrize(("lang", "text"), FORMATS)
def test_a_named_format_is_multilateral_diplomacy(real: RuleExtractor, lang: str, text: str) -> None:
    assert "multilateral_diplomacy" in only_topics(real, text, _DAY, lang)
