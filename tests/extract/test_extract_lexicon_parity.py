"""The twelfth pass's lexicon words carried to the other six languages: a plan word in a comparison is no
plan, readiness to meet is an offer, "in recent days" is the month, "at the invitation of" names the host.

Each case is a real contact told in our own words.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, held_rows

# Biden received Draghi in the Oval Office on Tuesday 10 May 2022; their talks ran longer than scheduled.
BIDEN_DRAGHI = [("ITA", "USA", "in_person", "2022-05-10")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Joe Biden and Mario Draghi met at the White House on Tuesday for talks that ran longer than "
           "planned."),
    ("es", "Joe Biden y Mario Draghi se reunieron el martes en la Casa Blanca, más de lo previsto."),
    ("pt", "Joe Biden e Mario Draghi reuniram-se na terça-feira na Casa Branca, mais do que o previsto."),
    ("ru", "Джо Байден и Марио Драги провели во вторник в Белом доме переговоры, которые шли дольше, "
           "чем планировалось."),
])
def test_longer_than_planned_is_a_held_meeting(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                               text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-05-11", lang) == BIDEN_DRAGHI


# Erdoğan met Zelensky in Kyiv on Thursday 3 February 2022 and said Turkey was ready to host Putin too.
ERDOGAN_ZELENSKY = [("TUR", "UKR", "in_person", "2022-02-03")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Recep Tayyip Erdogan met Volodymyr Zelensky in Kyiv on Thursday. Erdogan said he was ready to "
           "host Vladimir Putin as well."),
    ("es", "Recep Tayyip Erdogan se reunió el jueves en Kiev con Volodímir Zelenski. Erdogan se mostró "
           "dispuesto a recibir también a Vladímir Putin."),
    ("pt", "Recep Tayyip Erdogan reuniu-se na quinta-feira em Kiev com Volodymyr Zelensky. Erdogan disse "
           "estar pronto para receber também Vladimir Putin."),
    ("ru", "Реджеп Тайип Эрдоган в четверг встретился в Киеве с Владимиром Зеленским. Эрдоган заявил, что "
           "готов принять и Владимира Путина."),
    ("ar", "التقى الرئيس التركي رجب طيب أردوغان يوم الخميس في كييف الرئيس الأوكراني فولوديمير زيلينسكي. "
           "وقال أردوغان إنه مستعد لاستقبال فلاديمير بوتين أيضا."),
    ("fa", "رجب طیب اردوغان روز پنجشنبه در کییف با ولودیمیر زلنسکی دیدار کرد. اردوغان گفت برای میزبانی "
           "ولادیمیر پوتین نیز آماده است."),
])
def test_readiness_to_host_is_an_offer_not_a_meeting(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-02-03", lang) == ERDOGAN_ZELENSKY


# Macron spoke to Putin by phone several times in the days before the invasion of Ukraine (February 2022).
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron has spoken with Vladimir Putin by phone in recent days."),
    ("es", "Emmanuel Macron habló por teléfono con Vladímir Putin en los últimos días."),
    ("pt", "Emmanuel Macron falou por telefone com Vladimir Putin nos últimos dias."),
    ("ru", "Эммануэль Макрон в последние дни говорил по телефону с Владимиром Путиным."),
    ("fa", "امانوئل مکرون رئیس‌جمهور فرانسه در روزهای اخیر در تماس تلفنی با ولادیمیر پوتین گفت‌وگو کرده "
           "است."),
])
def test_in_recent_days_is_the_month(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-02-22", lang) == [("FRA", "RUS", "phone", "2022-02")]


# Macron went to Beijing at Xi's invitation on Wednesday 5 April 2023; von der Leyen came at Macron's.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Xi Jinping received Ursula von der Leyen on Thursday, who came to Beijing at the invitation of "
           "Emmanuel Macron."),
    ("es", "Xi Jinping recibió el jueves a Ursula von der Leyen, que viajó a Pekín por invitación de "
           "Emmanuel Macron."),
    ("ru", "Си Цзиньпин в четверг принял Урсулу фон дер Ляйен, прибывшую в Пекин по приглашению Эммануэля "
           "Макрона."),
])
def test_the_inviter_is_no_partner_of_another_host_s_guest(real: RuleExtractor, make_doc: DocFactory,
                                                          lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-04-07", lang) == [("CHN", "EU", "in_person", "2023-04-06")]
