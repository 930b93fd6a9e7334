"""A pair's earlier contacts told as a list of years or months: one contact per date listed.

Round thirteen (r13-background): sentences of our own about real contacts. The first sentence tells the
report's contact; the second lists the pair's earlier ones by year or month with the preposition said once
("they met in 2019, 2021 and 2023", "in March and May", "2021 ve 2023 yıllarında"). The date reader read
only the first member (the one after "in"), so the sentence gave one earlier contact where it lists two or
three. A year told once at the list's end is every month's ("in July and August 2022").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import held_rows

DocFactory = Callable[..., Document]

# Putin and Erdogan met in Tianjin on Monday 1 September 2025, at the SCO summit. They had met in 2019
# (Moscow, Sochi), in Sochi on 29 September 2021 and on 4 September 2023, in Tehran on 19 July 2022 and in
# Sochi on 5 August 2022.
_TIANJIN = ("RUS", "TUR", "in_person", "2025-09-01")


def _met(day: str) -> tuple[str, str, str, str]:
    return ("RUS", "TUR", "in_person", day)


# Trump and Putin spoke by phone on Thursday 16 October 2025; they had spoken on 12 February, 18 March and
# 19 May 2025 (and later).
_CALL = ("RUS", "USA", "phone", "2025-10-16")


def _called(month: str) -> tuple[str, str, str, str]:
    return ("RUS", "USA", "phone", month)


YEARS = [
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. They had met in 2019, 2021 and "
     "2023.", ["2019", "2021", "2023"]),
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. The two leaders had met in Sochi "
     "in 2021 and 2023.", ["2021", "2023"]),
    ("fr", "Vladimir Poutine a rencontré Recep Tayyip Erdogan lundi à Tianjin. Les deux hommes s'étaient "
     "rencontrés en 2019, 2021 et 2023.", ["2019", "2021", "2023"]),
    ("es", "Vladimir Putin se reunió el lunes en Tianjin con Recep Tayyip Erdogan. Ambos se habían reunido "
     "en Sochi en 2021 y 2023.", ["2021", "2023"]),
    ("de", "Wladimir Putin hat sich am Montag in Tianjin mit Recep Tayyip Erdogan getroffen. Die beiden "
     "hatten sich 2021 und 2023 in Sotschi getroffen.", ["2021", "2023"]),
    ("it", "Vladimir Putin ha incontrato lunedì a Tianjin Recep Tayyip Erdogan. I due leader si erano "
     "incontrati a Sochi nel 2021 e 2023.", ["2021", "2023"]),
    ("pt", "Vladimir Putin reuniu-se na segunda-feira em Tianjin com Recep Tayyip Erdogan. Os dois líderes "
     "tinham-se encontrado em Sochi em 2021 e 2023.", ["2021", "2023"]),
    ("nl", "Vladimir Poetin heeft maandag in Tianjin Recep Tayyip Erdogan ontmoet. De twee leiders hadden "
     "elkaar in 2021 en 2023 in Sotsji ontmoet.", ["2021", "2023"]),
    ("pl", "Władimir Putin spotkał się w poniedziałek w Tiencinie z Recepem Tayyipem Erdoğanem. Przywódcy "
     "spotkali się w Soczi w 2021 i 2023 roku.", ["2021", "2023"]),
    ("tr", "Vladimir Putin pazartesi günü Tianjin'de Recep Tayyip Erdoğan ile görüştü. İki lider 2021 ve "
     "2023 yıllarında Soçi'de bir araya gelmişti.", ["2021", "2023"]),
    # (a guard: Russian reads the list by its plural year word already)
    ("ru", "Владимир Путин в понедельник встретился в Тяньцзине с Реджепом Тайипом Эрдоганом. Лидеры "
     "встречались в Сочи в 2021 и 2023 годах.", ["2021", "2023"]),
    # the year told once, after the last month
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. The two leaders had met in July "
     "and August 2022.", ["2022-07", "2022-08"]),
]

MONTHS = [
    ("en", "Donald Trump spoke with Vladimir Putin by phone on Thursday. They had spoken in March and May.",
     ["2025-03", "2025-05"]),
    ("en", "Donald Trump spoke with Vladimir Putin by phone on Thursday. They spoke in February, March and "
     "May.", ["2025-02", "2025-03", "2025-05"]),
    ("fr", "Donald Trump s'est entretenu jeudi au téléphone avec Vladimir Poutine. Les deux dirigeants "
     "s'étaient parlé en février, mars et mai.", ["2025-02", "2025-03", "2025-05"]),
    ("es", "Donald Trump habló el jueves por teléfono con Vladimir Putin. Ambos habían hablado en marzo y "
     "mayo.", ["2025-03", "2025-05"]),
    ("de", "Donald Trump hat am Donnerstag mit Wladimir Putin telefoniert. Die beiden hatten bereits im März "
     "und Mai telefoniert.", ["2025-03", "2025-05"]),
    ("it", "Donald Trump ha avuto giovedì una telefonata con Vladimir Putin. I due si erano sentiti a marzo "
     "e maggio.", ["2025-03", "2025-05"]),
    ("pl", "Donald Trump rozmawiał w czwartek telefonicznie z Władimirem Putinem. Przywódcy rozmawiali "
     "telefonicznie w marcu i maju.", ["2025-03", "2025-05"]),
    ("ru", "Дональд Трамп в четверг провел телефонный разговор с Владимиром Путиным. Лидеры также "
     "разговаривали по телефону в марте и мае.", ["2025-03", "2025-05"]),
    ("tr", "Donald Trump perşembe günü Vladimir Putin ile telefonda görüştü. İki lider mart ve mayıs "
     "aylarında da telefonda görüşmüştü.", ["2025-03", "2025-05"]),
]

# A list of dates that tells no further contact of the pair: nothing beside the report's own.
NO_LIST_CONTACT = [
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. Trade between the two countries "
     "grew in 2021, 2022 and 2023."),
    # ministers
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. Sergei Lavrov and Hakan Fidan met "
     "in 2023 and 2024."),
    # a plan
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. The two leaders are due to meet "
     "again in October and December."),
    # no leaders
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. Turkey received Russian S-400 "
     "systems in 2019 and 2020."),
    ("fr", "Vladimir Poutine a rencontré Recep Tayyip Erdogan lundi à Tianjin. Le commerce entre la Russie "
     "et la Turquie a progressé en 2021, 2022 et 2023."),
]


@pytest.mark.parametrize(("lang", "text", "years"), YEARS, ids=[f"{c[0]}-{k}" for k, c in enumerate(YEARS)])
def test_a_list_of_years_is_one_earlier_contact_each(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                     text: str, years: list[str]) -> None:
    want = sorted([_TIANJIN, *map(_met, years)])
    assert held_rows(real, make_doc, text, "2025-09-02", lang) == want


@pytest.mark.parametrize(("lang", "text", "months"), MONTHS,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(MONTHS)])
def test_a_list_of_months_is_one_earlier_call_each(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                   text: str, months: list[str]) -> None:
    want = sorted([_CALL, *map(_called, months)])
    assert held_rows(real, make_doc, text, "2025-10-17", lang) == want


@pytest.mark.parametrize(("lang", "text"), NO_LIST_CONTACT,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(NO_LIST_CONTACT)])
def test_a_list_of_dates_without_the_pair_is_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-09-02", lang) == [_TIANJIN]


# The pair's own summit, and "last saw each other": a contact word of its own (en, fr, it, de), so a
# "since" names an earlier meeting in person (before, the call's mode). Trump and Putin met in Anchorage,
# Alaska, on 15 August 2025.
_ALASKA = ("RUS", "USA", "in_person", "2025-08")
SUMMITS = [
    ("en", "Donald Trump spoke with Vladimir Putin by phone on Thursday. It was their first call since "
     "their summit in Alaska in August.", "2025-10-17", [_CALL, _ALASKA]),
    ("fr", "Donald Trump s'est entretenu jeudi au téléphone avec Vladimir Poutine. C'était leur premier "
     "appel depuis leur sommet en Alaska en août.", "2025-10-17", [_CALL, _ALASKA]),
    # Putin and Erdogan met in Kazan on 23 October 2024
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Tianjin on Monday. They last saw each other in Kazan "
     "in October 2024.", "2025-09-02", [_TIANJIN, _met("2024-10")]),
    # a summit to come, a summit of many: no contact of the pair
    ("en", "Donald Trump spoke with Vladimir Putin by phone on Thursday. The two leaders are preparing their "
     "summit in Budapest.", "2025-10-17", [_CALL]),
    ("en", "Donald Trump spoke with Vladimir Putin by phone on Thursday. EU leaders ended their summit in "
     "Brussels on Thursday.", "2025-10-17", [_CALL]),
]


@pytest.mark.parametrize(("lang", "text", "published", "want"), SUMMITS,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(SUMMITS)])
def test_the_pairs_own_summit_is_a_meeting(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                                           published: str, want: list[tuple[str, str, str, str]]) -> None:
    assert held_rows(real, make_doc, text, published, lang) == sorted(want)
