"""A date after a participle on a thing ("the agreement signed in March") is that act's, not the contact's.

Round eleven (r11-dating): sentences of our own about real contacts. The second sentence restates the
report's contact and names an earlier act done to a thing (a treaty signed, a deal reached, works
returned); its date must not make a second contact of the pair.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import held_rows

DocFactory = Callable[..., Document]

# (language, published, the one occurred contact: its two countries, mode and day, text)
ONE_CONTACT = [
    ("en", "2022-12-02", ("FRA", "USA", "in_person", "2022-12-01"),
     "Joe Biden received Emmanuel Macron at the White House on Thursday. The two presidents "
     "discussed the Inflation Reduction Act signed in August."),
    ("en", "2023-06-23", ("IND", "USA", "in_person", "2023-06-22"),
     "Joe Biden hosted Narendra Modi at the White House on Thursday. They reviewed the civil "
     "nuclear agreement signed in 2008."),
    ("en", "2023-09-05", ("RUS", "TUR", "in_person", "2023-09-04"),
     "Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday. They talked about the grain deal"
     " brokered in Istanbul on 22 July 2022."),
    ("en", "2019-01-23", ("DEU", "FRA", "in_person", "2019-01-22"),
     "Emmanuel Macron met Angela Merkel in Aachen on Tuesday. Both leaders praised the Elysee "
     "Treaty concluded in January 1963."),
    ("en", "2025-06-06", ("CHN", "USA", "phone", "2025-06-05"),
     "Donald Trump spoke by phone with Xi Jinping on Thursday. The two leaders went over the "
     "tariff truce reached in Geneva last month."),
    ("fr", "2021-12-11", ("DEU", "FRA", "in_person", "2021-12-10"),
     "Emmanuel Macron a reçu vendredi Olaf Scholz à l'Élysée. Les deux dirigeants ont évoqué le "
     "traité d'Aix-la-Chapelle, signé le 22 janvier 2019."),
    ("fr", "2022-12-02", ("FRA", "USA", "in_person", "2022-12-01"),
     "Emmanuel Macron a été reçu jeudi à la Maison Blanche par Joe Biden. Les deux présidents ont "
     "parlé de la loi sur la réduction de l'inflation, adoptée en août."),
    ("fr", "2023-09-05", ("RUS", "TUR", "in_person", "2023-09-04"),
     "Recep Tayyip Erdogan a rencontré lundi Vladimir Poutine à Sotchi. Ils ont discuté de "
     "l'accord céréalier conclu à Istanbul en juillet 2022."),
    ("es", "2023-04-01", ("CHN", "ESP", "in_person", "2023-03-31"),
     "Pedro Sánchez se reunió el viernes en Pekín con Xi Jinping. Ambos hablaron del acuerdo de "
     "inversiones entre la UE y China alcanzado en diciembre de 2020."),
    ("es", "2023-04-27", ("BRA", "ESP", "in_person", "2023-04-26"),
     "Pedro Sánchez recibió el miércoles en la Moncloa a Lula da Silva. Los dos líderes repasaron "
     "el acuerdo entre la UE y Mercosur alcanzado en junio de 2019."),
    ("es", "2023-09-05", ("RUS", "TUR", "in_person", "2023-09-04"),
     "Erdogan se reunió el lunes en Sochi con Vladimir Putin. Los presidentes debatieron sobre el "
     "pacto del grano suscrito en Estambul en julio de 2022."),
    ("it", "2023-07-28", ("ITA", "USA", "in_person", "2023-07-27"),
     "Giorgia Meloni è stata ricevuta giovedì alla Casa Bianca da Joe Biden. I due leader hanno "
     "parlato del memorandum sulla Via della Seta firmato dall'Italia nel marzo 2019."),
    ("it", "2023-09-05", ("RUS", "TUR", "in_person", "2023-09-04"),
     "Erdogan ha incontrato lunedì a Sochi Vladimir Putin. I due presidenti hanno discusso "
     "dell'accordo sul grano siglato a Istanbul nel luglio 2022."),
    ("pt", "2023-02-11", ("BRA", "USA", "in_person", "2023-02-10"),
     "Lula foi recebido na sexta-feira na Casa Branca por Joe Biden. Os dois presidentes "
     "discutiram o Acordo de Paris, assinado em 2016."),
    ("pt", "2024-03-27", ("BRA", "FRA", "in_person", "2024-03-26"),
     "Lula recebeu na terça-feira Emmanuel Macron em Belém. Os dois presidentes discutiram o "
     "acordo entre a UE e o Mercosul alcançado em 2019."),
    ("ru", "2023-09-05", ("RUS", "TUR", "in_person", "2023-09-04"),
     "Владимир Путин в понедельник принял в Сочи Реджепа Тайипа Эрдогана. Президенты обсудили "
     "зерновую сделку, заключенную в Стамбуле в июле 2022 года."),
    ("ru", "2022-12-20", ("BLR", "RUS", "in_person", "2022-12-19"),
     "Владимир Путин в понедельник провел в Минске переговоры с президентом Белоруссии Александром"
     " Лукашенко. Лидеры обсудили договор о Союзном государстве, подписанный в декабре 1999 года."),
    ("ru", "2023-03-22", ("CHN", "RUS", "in_person", "2023-03-21"),
     "Владимир Путин во вторник провел переговоры с Си Цзиньпином в Кремле. Стороны вспомнили "
     "договор о добрососедстве, подписанный в июле 2001 года."),
    ("vi", "2025-06-06", ("CHN", "USA", "phone", "2025-06-05"),
     "Tổng thống Donald Trump và Chủ tịch Tập Cận Bình đã điện đàm hôm thứ Năm. Hai bên bàn về "
     "thỏa thuận thuế quan đạt được ở Geneva hồi tháng trước."),
    ("vi", "2024-04-03", ("CHN", "USA", "phone", "2024-04-02"),
     "Chủ tịch Tập Cận Bình điện đàm với Tổng thống Joe Biden hôm thứ Ba. Hai bên trao đổi về "
     "thỏa thuận thương mại giai đoạn một đạt được hồi tháng 1 năm 2020."),
    ("vi", "2023-03-22", ("CHN", "RUS", "in_person", "2023-03-21"),
     "Chủ tịch Tập Cận Bình hội đàm với Tổng thống Vladimir Putin tại Moskva hôm thứ Ba. Hai bên "
     "nhắc lại hiệp ước láng giềng hữu nghị được ký kết vào tháng 7 năm 2001."),
]

# The participle is the clause's own verb (an auxiliary or "and" before it, or the contact's cue itself):
# its date stays the contact's.
OWN_VERB = [
    ("en", "2019-01-23", [("DEU", "FRA", "in_person", "2019-01-22")],
     "Emmanuel Macron and Angela Merkel signed a new friendship treaty in Aachen on Tuesday."),
    ("en", "2022-11-15", [("CHN", "USA", "in_person", "2022-11-14")],
     "Joe Biden and Xi Jinping held talks in Bali and reached an agreement to resume climate talks"
     " on Monday."),
    ("fr", "2019-01-23", [("DEU", "FRA", "in_person", "2019-01-22")],
     "Emmanuel Macron et Angela Merkel ont signé mardi à Aix-la-Chapelle un nouveau traité."),
]


@pytest.mark.parametrize(("lang", "published", "want", "text"), ONE_CONTACT,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(ONE_CONTACT)])
def test_a_participles_date_is_no_second_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 published: str, text: str,
                                                 want: tuple[str, str, str, str]) -> None:
    assert held_rows(real, make_doc, text, published, lang) == [want]


@pytest.mark.parametrize(("lang", "published", "want", "text"), OWN_VERB,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(OWN_VERB)])
def test_a_participle_of_the_clause_keeps_its_date(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                   published: str, text: str,
                                                   want: list[tuple[str, str, str, str]]) -> None:
    assert held_rows(real, make_doc, text, published, lang) == want
