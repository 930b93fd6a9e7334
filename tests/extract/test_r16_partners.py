"""Round sixteen (partners): which clause a leader belongs to, and who travels on after a visit.

Our own sentences about real contacts. On Monday 8 July 2024 Narendra Modi held talks with Vladimir Putin in
Moscow while Viktor Orban met Xi Jinping in Beijing. On Xi Jinping's European tour of May 2024 Emmanuel Macron
received him in Paris on Monday 6 May, Aleksandar Vucic in Belgrade on Wednesday 8 May, Viktor Orban in
Budapest on Thursday 9 May.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory
from tests.extract.rows import occurred_pairs as pairs

# "X met Y, and Z met W", "X met Y; Z met W": the second clause has a subject of its own, a leader not
# named before, whose verb follows him: no leader of one clause met a leader of the other.
_COORDINATED = [
    ("en", "Narendra Modi held talks with Vladimir Putin in Moscow on Monday, and Viktor Orban met "
     "Xi Jinping in Beijing."),
    ("en", "Narendra Modi held talks with Vladimir Putin in Moscow on Monday; Xi Jinping received "
     "Viktor Orban in Beijing."),
    ("fr", "Narendra Modi s'est entretenu lundi avec Vladimir Poutine à Moscou, et Viktor Orban a "
     "rencontré Xi Jinping à Pékin."),
    ("es", "Narendra Modi se reunió el lunes con Vladímir Putin en Moscú, y Viktor Orbán se reunió "
     "con Xi Jinping en Pekín."),
    ("it", "Narendra Modi ha incontrato lunedì Vladimir Putin a Mosca, e Viktor Orban ha incontrato "
     "Xi Jinping a Pechino."),
    ("pt", "Narendra Modi reuniu-se na segunda-feira com Vladimir Putin em Moscou, e Viktor Orbán "
     "se reuniu com Xi Jinping em Pequim."),
    ("de", "Narendra Modi traf am Montag Wladimir Putin in Moskau, und Viktor Orban traf Xi Jinping "
     "in Peking."),
    ("ru", "Нарендра Моди провел в понедельник переговоры с Владимиром Путиным в Москве, а Виктор "
     "Орбан встретился с Си Цзиньпином в Пекине."),
    ("pl", "Narendra Modi rozmawiał w poniedziałek z Władimirem Putinem w Moskwie, a Viktor Orban "
     "spotkał się z Xi Jinpingiem w Pekinie."),
    ("nl", "Narendra Modi sprak maandag met Vladimir Poetin in Moskou, en Viktor Orban ontmoette Xi "
     "Jinping in Peking."),
    ("tr", "Narendra Modi pazartesi günü Moskova'da Vladimir Putin ile görüştü, Viktor Orban ise "
     "Pekin'de Şi Cinping ile görüştü."),
]


@pytest.mark.parametrize(("lang", "text"), _COORDINATED)
def test_a_coordinated_clause_with_its_own_subject_pairs_only_its_own_leaders(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert pairs(real, make_doc, text, "2024-07-09", lang) == {"CHN-HUN", "IND-RUS"}


# "While X was in Beijing, Y met Z": a side clause opening the sentence, with a leader as its subject and no
# contact word, tells where X was; X met neither Y nor Z.
_FRONTED = [
    ("en", "While Viktor Orban was in Beijing, Narendra Modi held talks with Vladimir Putin in "
     "Moscow."),
    ("fr", "Alors que Viktor Orban était à Pékin, Narendra Modi s'est entretenu avec Vladimir "
     "Poutine à Moscou."),
    ("es", "Mientras Viktor Orbán estaba en Pekín, Narendra Modi se reunió con Vladímir Putin en "
     "Moscú."),
    ("it", "Mentre Viktor Orban era a Pechino, Narendra Modi ha incontrato Vladimir Putin a Mosca."),
    ("pt", "Enquanto Viktor Orbán estava em Pequim, Narendra Modi se reuniu com Vladimir Putin em "
     "Moscou."),
    ("de", "Während Viktor Orban in Peking war, traf Narendra Modi Wladimir Putin in Moskau."),
    ("nl", "Terwijl Viktor Orban in Peking was, sprak Narendra Modi met Vladimir Poetin in Moskou."),
    ("pl", "Gdy Viktor Orban był w Pekinie, Narendra Modi rozmawiał z Władimirem Putinem w Moskwie."),
    ("ar", "بينما كان رئيس الوزراء المجري فيكتور أوربان في بكين، التقى رئيس الوزراء الهندي ناريندرا "
     "مودي الرئيس الروسي فلاديمير بوتين في موسكو."),
    ("fa", "در حالی که ویکتور اوربان در پکن بود، نارندرا مودی با ولادیمیر پوتین در مسکو دیدار کرد."),
]


@pytest.mark.parametrize(("lang", "text"), _FRONTED)
def test_a_fronted_clause_with_a_subject_of_its_own_and_no_cue_pairs_nobody(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert pairs(real, make_doc, text, "2024-07-09", lang) == {"IND-RUS"}


# "X received Y in Paris. On Wednesday he was received by Z in Belgrade": X stayed at home; the one the next
# host met in his own city is the guest who travelled on (a pronoun, a dropped subject, a contact noun).
_TRAVELLER = [
    ("en", "Emmanuel Macron hosted Xi Jinping in Paris on Monday. On Wednesday he was received by "
     "Aleksandar Vucic in Belgrade."),
    ("de", "Emmanuel Macron empfing Xi Jinping am Montag in Paris. Am Mittwoch wurde er von "
     "Aleksandar Vucic in Belgrad empfangen."),
    ("es", "Emmanuel Macron recibió a Xi Jinping en París el lunes. El miércoles fue recibido por "
     "Aleksandar Vucic en Belgrado."),
    ("pt", "Emmanuel Macron recebeu Xi Jinping em Paris na segunda-feira. Na quarta-feira, foi "
     "recebido por Aleksandar Vucic em Belgrado."),
    ("it", "Emmanuel Macron ha ricevuto Xi Jinping a Parigi lunedì. Mercoledì è stato ricevuto da "
     "Aleksandar Vucic a Belgrado."),
    ("fr", "Emmanuel Macron a reçu Xi Jinping à Paris lundi. Mercredi, à Belgrade, entretien avec "
     "Aleksandar Vucic."),
    ("fr", "Emmanuel Macron a reçu Xi Jinping à Paris lundi. Mercredi, il s'est rendu à Belgrade, "
     "où Aleksandar Vucic l'a accueilli."),
    ("ru", "Эмманюэль Макрон принял Си Цзиньпина в Париже в понедельник. В среду его принял "
     "Александр Вучич в Белграде."),
    ("pl", "Emmanuel Macron przyjął Xi Jinpinga w Paryżu w poniedziałek. W środę przyjął go "
     "Aleksandar Vučić w Belgradzie."),
    ("nl", "Emmanuel Macron ontving Xi Jinping maandag in Parijs. Woensdag werd hij in Belgrado "
     "ontvangen door Aleksandar Vucic."),
    ("tr", "Emmanuel Macron pazartesi günü Paris'te Şi Cinping'i ağırladı. Çarşamba günü Belgrad'da "
     "Aleksandar Vuçiç onu karşıladı."),
    ("ar", "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس الصيني شي جين بينغ في باريس يوم الاثنين. "
     "ويوم الأربعاء استقبله الرئيس الصربي ألكسندر فوتشيتش في بلغراد."),
]


@pytest.mark.parametrize(("lang", "text"), _TRAVELLER)
def test_the_next_host_at_home_meets_the_last_visitor_not_the_last_host(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert pairs(real, make_doc, text, "2024-05-10", lang) == {"CHN-FRA", "CHN-SRB"}


# Italian and Spanish leave the subject out: the guest Vucic received in Belgrade went on to Budapest.
_DROPPED = [
    ("it", "Il presidente serbo Aleksandar Vucic ha accolto Xi Jinping a Belgrado mercoledì. "
     "Giovedì ha incontrato Viktor Orban a Budapest."),
    ("es", "El presidente serbio Aleksandar Vucic recibió a Xi Jinping en Belgrado el miércoles. El "
     "jueves se reunió con Viktor Orbán en Budapest."),
]


@pytest.mark.parametrize(("lang", "text"), _DROPPED)
def test_a_dropped_subject_after_a_visit_is_the_guest(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                       text: str) -> None:
    assert pairs(real, make_doc, text, "2024-05-10", lang) == {"CHN-HUN", "CHN-SRB"}



def test_a_call_tells_no_visitor(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Mario Draghi phoned Vladimir Putin on Thursday 26 May 2022; Joe Biden had received him at the White
    # House on 10 May: a dateline's city and a call make nobody a guest; the one received is Draghi
    text = ("ROMA - Mario Draghi ha parlato al telefono con Vladimir Putin giovedì. Il 10 maggio era stato "
            "ricevuto alla Casa Bianca da Joe Biden.")
    assert pairs(real, make_doc, text, "2022-05-27", "it") == {"ITA-RUS", "ITA-USA"}
