"""The Russian and Bulgarian word for "military" as a topic word: its forms, not its first five letters.

A prefix entry "военн*" read "военнопленные" (prisoners of war) as a defence topic; the entry is now the
adjective by its stem ("военный", every case form) and the first half of a hyphened compound ("военно-").
A prisoner exchange is the ceasefire code only; military cooperation is still defence.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, topic_codes

# Vladimir Putin and Alexander Lukashenko met in Minsk on 19 December 2022; Rumen Radev and Volodymyr Zelensky
# met in Sofia on 6 July 2023; Recep Tayyip Erdogan and Volodymyr Zelensky met in Istanbul on 8 July 2023,
# where prisoner exchanges were discussed
DEFENCE = [
    ("ru", "2022-12-20", "Владимир Путин провел вчера в Минске переговоры с Александром Лукашенко о военном "
     "сотрудничестве двух стран."),
    ("ru", "2022-12-20", "Владимир Путин провел вчера в Минске переговоры с Александром Лукашенко; речь шла "
     "о военно-техническом сотрудничестве."),
    ("bg", "2023-07-07", "Президентът Румен Радев прие вчера в София украинския президент Володимир Зеленски "
     "и обсъди с него военната помощ."),
]
PRISONERS = [
    ("ru", "2023-07-09", "Владимир Зеленский провел вчера в Стамбуле переговоры с Реджепом Тайипом "
     "Эрдоганом об обмене военнопленными."),
    ("bg", "2023-07-09", "Президентът Реджеп Тайип Ердоган прие вчера в Истанбул украинския президент "
     "Володимир Зеленски и обсъди с него връщането на военнопленните."),
]


@pytest.mark.parametrize(("lang", "published", "text"), DEFENCE)
def test_the_military_adjective_gives_defence(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                              published: str, text: str) -> None:
    assert "security_defense" in topic_codes(real, make_doc, text, published, lang)


@pytest.mark.parametrize(("lang", "published", "text"), PRISONERS)
def test_prisoners_of_war_are_the_ceasefire_code_not_defence(real: RuleExtractor, make_doc: DocFactory,
                                                             lang: str, published: str, text: str) -> None:
    codes = topic_codes(real, make_doc, text, published, lang)
    assert "conflict_ceasefire" in codes and "security_defense" not in codes
