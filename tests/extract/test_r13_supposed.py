"""Contacts the text does not assert: an envoy's master, a supposed meeting, hearsay, a leader's remarks.

Sentences we wrote about leaders in office on the day (round thirteen, branch r13-precision). Each case is
(language, text, publication day, the pairs of the occurred contacts, as "AAA-BBB"). A sentence that says a
leader received another's envoy, supposes a meeting ("if X meets Y"), passes on what others say took place
("reportedly", "aurait parlé", "якобы") or welcomes another leader's remarks tells no contact of the two;
the rows that keep one (a concession, an emphatic "sí", a possessive before a call) guard recall.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# Witkoff, Trump's special envoy, was received by Putin in the Kremlin on Wednesday 6 August 2025.
AUG7 = "2025-08-07"
ENVOYS = [
    ("fr", "Vladimir Poutine a reçu mercredi au Kremlin l'émissaire de Donald Trump, Steve Witkoff."),
    ("fr", "Vladimir Poutine a reçu mercredi l'envoyé spécial de Donald Trump au Kremlin."),
    ("es", "Vladímir Putin recibió el miércoles en el Kremlin al enviado especial de Donald Trump."),
    ("it", "Vladimir Putin ha ricevuto mercoledì al Cremlino l'inviato di Donald Trump, Steve Witkoff."),
    ("pt", "Vladimir Putin recebeu na quarta-feira no Kremlin o enviado especial de Donald Trump."),
    ("de", "Wladimir Putin empfing am Mittwoch im Kreml den Sondergesandten von Donald Trump."),
    ("nl", "Vladimir Poetin ontving woensdag in het Kremlin de gezant van Donald Trump."),
    ("en", "Vladimir Putin received the special envoy of Donald Trump in the Kremlin on Wednesday."),
    ("tr", "Putin, Trump'ın özel temsilcisi Steve Witkoff'u Çarşamba günü Kremlin'de kabul etti."),
    ("tr", "Putin, Çarşamba günü Trump'ın özel temsilcisini Kremlin'de kabul etti."),
]


@pytest.mark.parametrize(("lang", "text"), ENVOYS)
def test_the_envoy_of_a_leader_is_no_leader(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                            text: str) -> None:
    # a genitive link ("de", "di", "von", "van", "of") or a Turkish genitive ending between the envoy word
    # and the full name: the name is whom the envoy serves, no apposition ("el canciller Olaf Scholz")
    assert _occurred(real, make_doc, text, AUG7, lang) == []


# Supposed meetings, published on Friday 20 June 2025; none took place in the sentence.
JUNE20 = "2025-06-20"
SUPPOSED = [
    ("en", "If Trump meets Putin, the war could end, Zelensky said on Wednesday."),
    ("en", "Unless Macron meets Putin soon, Europe will have no say, Meloni said on Thursday."),
    ("fr", "Si Macron rencontre Poutine, la guerre pourrait prendre fin, a estimé Zelensky mercredi."),
    ("es", "Si Sánchez se reúne con Trump, hablará de aranceles, dijo el ministro el jueves."),
    ("de", "Wenn Merz Putin trifft, muss Europa dabei sein, sagte Macron am Mittwoch."),
    ("de", "Falls Merz am Montag Trump trifft, will er über Zölle reden."),
    ("it", "Se Meloni incontra Trump, si parlerà di dazi, ha detto il ministro mercoledì."),
    ("pt", "Caso Lula se reúna com Trump, vai falar de tarifas, disse o ministro na quarta-feira."),
    ("pl", "Jeśli Tusk spotka się z Trumpem, porozmawiają o cłach, powiedział w środę minister."),
    ("nl", "Indien Schoof Trump ontmoet, zal hij over heffingen spreken, zei een woordvoerder woensdag."),
    ("fa", "اگر پزشکیان با اردوغان دیدار کند، درباره گاز گفتگو خواهند کرد."),
    ("ar", "إذا التقى ترامب بوتين فقد تنتهي الحرب، قال أردوغان يوم الأربعاء."),
]


@pytest.mark.parametrize(("lang", "text"), SUPPOSED)
def test_a_supposed_meeting_is_none(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert _occurred(real, make_doc, text, JUNE20, lang) == []


# Told as held although a conditional word stands before it: a concession, or Spanish "sí" (yes).
CONCEDED = [
    ("en", "Even if Trump met Putin in Alaska on Friday, the war went on.", "2025-08-16", "RUS-USA"),
    ("fr", "Même si Macron a rencontré Trump lundi à Washington, les divergences demeurent.", "2025-08-19",
     "FRA-USA"),
    ("it", "Anche se Meloni ha incontrato Trump lunedì alla Casa Bianca, i dazi restano.", "2025-08-19",
     "ITA-USA"),
    ("es", "Sánchez sí se reunió con Xi Jinping el viernes en Pekín.", "2025-04-12", "CHN-ESP"),
]


@pytest.mark.parametrize(("lang", "text", "published", "pair"), CONCEDED)
def test_a_conceded_meeting_is_held(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                                    published: str, pair: str) -> None:
    # (Trump met Putin in Anchorage on 15 August 2025 and hosted Macron, Meloni and others on 18 August;
    # Sánchez met Xi in Beijing on 11 April 2025)
    assert pair in _occurred(real, make_doc, text, published, lang)


HEARSAY = [
    ("en", "Trump reportedly spoke with Putin by phone on Wednesday, according to unconfirmed reports."),
    ("en", "Erdogan allegedly met Aliyev in Istanbul on Tuesday."),
    ("fr", "Selon des rumeurs, Macron aurait parlé avec Poutine au téléphone mercredi."),
    ("es", "Sánchez habría hablado por teléfono con Lula el martes, según la prensa brasileña."),
    ("it", "Meloni avrebbe avuto mercoledì una telefonata con Trump, secondo indiscrezioni."),
    ("pt", "Lula teria conversado por telefone com Xi Jinping na terça-feira, segundo a imprensa."),
    ("ru", "Путин якобы говорил по телефону с Трампом в среду."),
    ("de", "Merz soll angeblich am Dienstag mit Trump telefoniert haben."),
    ("pl", "Tusk rzekomo rozmawiał we wtorek telefonicznie z Trumpem."),
]


@pytest.mark.parametrize(("lang", "text"), HEARSAY)
def test_hearsay_is_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert _occurred(real, make_doc, text, JUNE20, lang) == []


OWNED = [
    # Zelensky welcomed Trump's announcement of Patriot deliveries on 14 July 2025 (Monday).
    ("en", "Zelensky welcomed Trump's decision on Patriot deliveries on Monday.", "2025-07-15"),
    # Putin proposed direct talks with Ukraine in Istanbul on Sunday 11 May 2025; Erdogan welcomed it.
    ("en", "Erdogan welcomed Putin's proposal on Sunday.", "2025-05-12"),
]


@pytest.mark.parametrize(("lang", "text", "published"), OWNED)
def test_a_leader_who_owns_a_thing_is_no_party(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                              text: str, published: str) -> None:
    assert _occurred(real, make_doc, text, published, lang) == []


def test_a_possessive_before_a_call_keeps_its_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "Trump's phone call": a contact word right after the possessive (Trump and Putin spoke for over two
    # hours on 19 May 2025); a Turkish "ile" meeting stays one (Erdoğan and Putin met in Tianjin on Sunday
    # 31 August 2025)
    assert _occurred(real, make_doc, "Trump's phone call with Putin lasted two hours on Monday.",
                     "2025-05-20", "en") == ["RUS-USA"]
    assert _occurred(real, make_doc, "Erdoğan, Pazar günü Tiencin'de Putin ile görüştü.", "2025-09-01",
                     "tr") == ["RUS-TUR"]


# Macron and Zelensky talked on Sunday 17 August 2025 (the coalition's call), two days after Trump met
# Putin in Alaska.
TOLD_ABOUT = [
    ("fr", "Emmanuel Macron s'est entretenu dimanche avec Volodymyr Zelensky au sujet de la rencontre de "
           "Donald Trump avec Vladimir Poutine en Alaska."),
    ("pt", "Macron conversou no domingo com Zelensky sobre a reunião de Trump com Putin no Alasca."),
    ("ru", "Макрон в воскресенье обсудил с Зеленским итоги встречи Трампа и Путина на Аляске."),
    ("es", "Macron habló el domingo con Zelenski sobre la reunión de Trump con Putin en Alaska."),
    ("it", "Macron ha parlato domenica con Zelensky dell'incontro di Trump con Putin in Alaska."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_ABOUT)
def test_a_meeting_talked_about_is_its_owners_own(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  text: str) -> None:
    # the later contact noun's two owners met each other; the leaders who talked about it met neither
    assert _occurred(real, make_doc, text, "2025-08-18", lang) == ["FRA-UKR", "RUS-USA"]


def _occurred(ex: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[str]:
    """The pairs of the occurred contacts a text tells, sorted."""
    return sorted({row[0] for row in pair_rows(ex, make_doc, text, published, lang) if row[3] == "occurred"})
