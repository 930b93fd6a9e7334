"""A "first ... since" names its event at length: a date at the end of that event is not the contact's.

Round eleven (r11-dating): sentences of our own about real contacts. "Their first call since the signing
of the agreement to restore relations in Beijing in March" says nothing of a call in March.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import held_rows

DocFactory = Callable[..., Document]

# (language, published, the one occurred contact: its two countries, mode and day, text)
FIRST_SINCE = [
    ("en", "2023-11-16", ("CHN", "USA", "in_person", "2023-11-15"),
     "Joe Biden met Xi Jinping near San Francisco on Wednesday. It was the first meeting between the two "
     "presidents since the downing of a Chinese surveillance balloon off the coast of South Carolina in "
     "February."),
    ("en", "2023-10-12", ("IRN", "SAU", "phone", "2023-10-11"),
     "Mohammed bin Salman received a phone call from Ebrahim Raisi on Wednesday. It was the first call "
     "between the two leaders since the signing of a deal on restoring relations between their countries "
     "in Beijing in March."),
    ("ar", "2023-10-12", ("IRN", "SAU", "phone", "2023-10-11"),
     "أجرى الرئيس الإيراني إبراهيم رئيسي أمس اتصالا هاتفيا بولي العهد السعودي الأمير محمد بن سلمان. "
     "ويعد هذا أول اتصال بين الرجلين منذ إعلان اتفاق استئناف العلاقات الدبلوماسية بين الرياض وطهران "
     "برعاية صينية في مارس الماضي."),
    ("fr", "2025-07-02", ("FRA", "RUS", "phone", "2025-07-01"),
     "Emmanuel Macron s'est entretenu mardi au téléphone avec Vladimir Poutine. C'était leur premier "
     "échange depuis l'annexion par la Russie de quatre régions de l'est et du sud de l'Ukraine en "
     "septembre 2022."),
    ("es", "2023-11-16", ("CHN", "USA", "in_person", "2023-11-15"),
     "Joe Biden se reunió el miércoles con Xi Jinping cerca de San Francisco. Fue el primer encuentro entre "
     "ambos presidentes desde el derribo de un globo espía chino frente a la costa de Carolina del Sur en "
     "febrero."),
]

# The "since" clause ends at a comma and the contact follows with its own date.
OWN_CLAUSE = [
    ("en", "2022-11-15", ("CHN", "USA", "in_person", "2022-11-14"),
     "For the first time since Russia invaded Ukraine in February 2022, Joe Biden met Xi Jinping in person "
     "on Monday in Bali."),
]


@pytest.mark.parametrize(("lang", "published", "want", "text"), FIRST_SINCE + OWN_CLAUSE,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(FIRST_SINCE + OWN_CLAUSE)])
def test_a_first_since_clause_dates_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                               published: str, want: tuple[str, str, str, str],
                                               text: str) -> None:
    assert held_rows(real, make_doc, text, published, lang) == [want]


def test_a_since_naming_a_contact_keeps_that_contacts_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    # (a cue after the "since": the clause tells the earlier contact, dated by the date before it)
    text = ("Viktor Orbán met Volodymyr Zelensky in Kyiv on Tuesday. It was their first meeting since the "
            "swearing-in of the Argentine president Javier Milei in Buenos Aires in December 2023, where the "
            "two leaders spoke briefly.")
    assert held_rows(real, make_doc, text, "2024-07-03", "en") == [("HUN", "UKR", "in_person", "2023-12"),
                                                                   ("HUN", "UKR", "in_person", "2024-07-02")]
