"""Round thirteen (status): the eve of a contact, and a future after "and" that is another verb's.

Our own sentences about real contacts. A contact an eve phrase leads ("on the eve of his talks with X") is
still to come when the sentence's act was done: planned, never held. A held contact followed by "and" and
a future verb of another act ("met Xi on Thursday and will travel to Harbin") stays held on its day; so does
a Turkish or Persian contact closed by a past verb whatever future stands before or after it.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V = "in_person"


def statuses(real: RuleExtractor, make_doc: DocFactory, text: str, day: str, lang: str,
             pair: str) -> set[str]:
    """The statuses the pair's contacts are read with."""
    return {r[3] for r in pair_rows(real, make_doc, text, day, lang) if r[0] == pair}


def held(real: RuleExtractor, make_doc: DocFactory, text: str, day: str, lang: str) -> list[tuple[str, ...]]:
    """The held contacts' rows ("AAA-BBB", mode, date)."""
    return [r[:3] for r in pair_rows(real, make_doc, text, day, lang) if r[3] == "occurred"]


# The eve of talks, told the day before (Erdogan in Baghdad on 22 April 2024, Putin in Beijing on 16 May
# 2024, Macron in Beijing on 6 April 2023, Sanchez in Beijing on 11 April 2025, Scholz in Beijing on 16 April
# 2024, Zelensky in Istanbul on 8 March 2024, Tusk in Kyiv on 22 January 2024, Meloni at the White House on
# 17 April 2025, Rutte at the White House on 17 January 2023, Erdogan in Cairo on 14 February 2024).
_EVE = [
    ("en", "2024-04-21", "On the eve of his talks with Mohammed Shia al-Sudani in Baghdad, Recep "
     "Tayyip Erdogan said water would top the agenda.", "IRQ-TUR"),
    ("en", "2024-05-15", "On the eve of his talks with Xi Jinping in Beijing, Vladimir Putin gave "
     "an interview to Xinhua.", "CHN-RUS"),
    ("fr", "2023-04-05", "À la veille de sa rencontre avec Xi Jinping, Emmanuel Macron a déclaré "
     "que la Chine pouvait jouer un rôle majeur.", "CHN-FRA"),
    ("es", "2025-04-10", "En vísperas de su reunión con Xi Jinping, Pedro Sánchez defendió el comercio con "
     "China.", "CHN-ESP"),
    ("de", "2024-04-15", "Am Vorabend seines Treffens mit Xi Jinping hielt Olaf Scholz eine Rede an einer "
     "Universität in Shanghai.", "CHN-DEU"),
    ("ru", "2024-05-15", "Накануне переговоров с Си Цзиньпином Владимир Путин дал интервью агентству "
     "Синьхуа.", "CHN-RUS"),
    ("uk", "2024-03-07", "Напередодні зустрічі з Реджепом Таїпом Ердоганом Володимир Зеленський заявив, що "
     "Туреччина може допомогти з обміном полоненими.", "TUR-UKR"),
    ("pl", "2024-01-21", "W przeddzień spotkania z Wołodymyrem Zełenskim Donald Tusk zapowiedział "
     "nowy pakiet pomocy dla Ukrainy.", "POL-UKR"),
    ("it", "2025-04-16", "Alla vigilia dell'incontro con Donald Trump, Giorgia Meloni ha detto che "
     "l'Europa deve restare unita.", "ITA-USA"),
    ("nl", "2023-01-16", "Op de vooravond van zijn ontmoeting met Joe Biden zei Mark Rutte dat Oekraïne meer "
     "wapens nodig heeft.", "NLD-USA"),
    ("ar", "2024-04-21", "عشية لقائه برئيس الوزراء العراقي محمد شياع السوداني، قال الرئيس التركي رجب طيب "
     "أردوغان إن المياه ملف أساسي.", "IRQ-TUR"),
    ("tr", "2024-02-13", "Erdoğan, Sisi ile görüşmesinin arifesinde Mısır halkına seslendi.", "EGY-TUR"),
]


@pytest.mark.parametrize(("lang", "day", "text", "pair"), _EVE)
def test_a_contact_an_eve_phrase_leads_is_planned(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  day: str, text: str, pair: str) -> None:
    assert statuses(real, make_doc, text, day, lang, pair) == {"planned"}


# Guards: an eve word that is an adverb ("the day before") or an eve of another event leaves the contact
# the sentence tells held (Putin and Xi met in Astana on 3 July 2024, the eve of the SCO summit).
_EVE_HELD = [
    ("ru", "2024-05-17", "Накануне Владимир Путин провел переговоры с Си Цзиньпином в Пекине.",
     ("CHN-RUS", V, "2024-05-16")),
    ("uk", "2024-03-09", "Напередодні Володимир Зеленський зустрівся з Реджепом Таїпом Ердоганом у Стамбулі.",
     ("TUR-UKR", V, "2024-03-08")),
    ("en", "2024-07-04", "On the eve of the SCO summit, Vladimir Putin held talks with Xi Jinping in Astana.",
     ("CHN-RUS", V, "2024-07-03")),
    ("fr", "2024-07-04", "À la veille du sommet de l'OCS, Vladimir Poutine s'est entretenu avec Xi Jinping à "
     "Astana.", ("CHN-RUS", V, "2024-07-03")),
]


@pytest.mark.parametrize(("lang", "day", "text", "row"), _EVE_HELD)
def test_an_eve_word_of_another_event_or_day_leaves_the_contact_held(
        real: RuleExtractor, make_doc: DocFactory, lang: str, day: str, text: str,
        row: tuple[str, ...]) -> None:
    assert held(real, make_doc, text, day, lang) == [row]


# Held talks, "and", then a future of another act: the talks stay held on their day (Putin went on to Harbin
# on 17 May 2024, Macron to Guangzhou on 7 April 2023, Lula to the United Arab Emirates on 15 April 2023,
# Erdogan went on from Baghdad to Erbil on 22 April 2024).
_THEN = [
    ("en", "2024-05-16", "Vladimir Putin met Xi Jinping in Beijing on Thursday and will travel to Harbin on "
     "Friday.", ("CHN-RUS", V, "2024-05-16")),
    ("fr", "2023-04-06", "Emmanuel Macron s'est entretenu jeudi avec Xi Jinping à Pékin et partira vendredi "
     "pour Canton.", ("CHN-FRA", V, "2023-04-06")),
    ("de", "2024-04-16", "Olaf Scholz hat am Dienstag in Peking Xi Jinping getroffen und wird am Abend nach "
     "Berlin zurückfliegen.", ("CHN-DEU", V, "2024-04-16")),
    ("it", "2025-04-17", "Giorgia Meloni ha incontrato Donald Trump giovedì alla Casa Bianca e rientrerà a "
     "Roma venerdì.", ("ITA-USA", V, "2025-04-17")),
    ("nl", "2023-01-17", "Mark Rutte heeft dinsdag in het Witte Huis met Joe Biden gesproken en zal daarna "
     "naar Nederland terugkeren.", ("NLD-USA", V, "2023-01-17")),
    ("pt", "2023-04-14", "Lula se reuniu com Xi Jinping na sexta-feira em Pequim e seguirá depois para os "
     "Emirados Árabes Unidos.", ("BRA-CHN", V, "2023-04-14")),
    ("ar", "2024-04-22", "التقى الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع "
     "السوداني في بغداد يوم الاثنين وسيتوجه بعدها إلى أربيل.", ("IRQ-TUR", V, "2024-04-22")),
    ("es", "2025-04-11", "Pedro Sánchez se reunió el viernes con Xi Jinping en Pekín y regresará después a "
     "Madrid.", ("CHN-ESP", V, "2025-04-11")),
    ("ru", "2024-05-16", "Владимир Путин провел переговоры с Си Цзиньпином в четверг и отправится в Харбин "
     "в пятницу.", ("CHN-RUS", V, "2024-05-16")),
    ("pl", "2024-01-22", "Donald Tusk spotkał się w poniedziałek w Kijowie z Wołodymyrem Zełenskim "
     "i następnie wróci do Warszawy.", ("POL-UKR", V, "2024-01-22")),
    # verb-final: the contact closed by a past verb (Turkish "görüştü", Persian "دیدار کرد")
    ("tr", "2024-02-14", "Cumhurbaşkanı Erdoğan çarşamba günü Kahire'de Sisi ile görüştü ve ardından "
     "Türkiye'ye dönecek.", ("EGY-TUR", V, "2024-02-14")),
    ("fa", "2025-01-17", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار کرد و سپس به تهران باز "
     "خواهد گشت.", ("IRN-RUS", V, "2025-01-17")),
    # a future participle on the visit ("a visit that will last two days"; Modi in Moscow, 8-9 July 2024)
    ("tr", "2024-07-08", "Hindistan Başbakanı Narendra Modi, iki gün sürecek Rusya ziyareti kapsamında "
     "pazartesi günü Moskova'da Vladimir Putin ile görüştü.", ("IND-RUS", V, "2024-07-08")),
]


@pytest.mark.parametrize(("lang", "day", "text", "row"), _THEN)
def test_a_future_after_and_of_another_act_leaves_the_contact_held(
        real: RuleExtractor, make_doc: DocFactory, lang: str, day: str, text: str,
        row: tuple[str, ...]) -> None:
    assert held(real, make_doc, text, day, lang) == [row]


# Guards: a plan stays a plan when "and" and another future follow it.
_PLANS = [
    ("en", "2024-05-14", "Vladimir Putin will meet Xi Jinping in Beijing on Thursday and will then travel to "
     "Harbin.", "CHN-RUS"),
    ("fr", "2023-04-03", "Emmanuel Macron rencontrera Xi Jinping jeudi à Pékin et se rendra ensuite à "
     "Canton.", "CHN-FRA"),
    ("tr", "2024-02-12", "Cumhurbaşkanı Erdoğan çarşamba günü Kahire'de Sisi ile görüşecek ve ardından "
     "Türkiye'ye dönecek.", "EGY-TUR"),
    ("fa", "2025-01-14", "مسعود پزشکیان روز جمعه در مسکو با ولادیمیر پوتین دیدار خواهد کرد و سپس به تهران "
     "باز خواهد گشت.", "IRN-RUS"),
]


@pytest.mark.parametrize(("lang", "day", "text", "pair"), _PLANS)
def test_a_plan_followed_by_another_future_stays_planned(real: RuleExtractor, make_doc: DocFactory,
                                                         lang: str, day: str, text: str, pair: str) -> None:
    assert statuses(real, make_doc, text, day, lang, pair) == {"planned"}


# Words of hope and schedule the lexicons lacked: the French infinitive "espérer" after a reporting verb, the
# German subjunctive "hoffe" of reported speech, the feminine and plural "programmée(s)" (Trump said in late
# January 2025 that he hoped to meet Putin soon; Modi's talks with Putin in Moscow were on 8-9 July 2024).
_HOPED = [
    ("fr", "2025-02-01", "Donald Trump a dit espérer rencontrer Vladimir Poutine rapidement.", "RUS-USA"),
    ("de", "2025-02-01", "Donald Trump sagte, er hoffe, Wladimir Putin bald zu treffen.", "RUS-USA"),
    ("fr", "2024-07-05", "La rencontre entre Narendra Modi et Vladimir Poutine est programmée pour lundi à "
     "Moscou.", "IND-RUS"),
]


@pytest.mark.parametrize(("lang", "day", "text", "pair"), _HOPED)
def test_a_hoped_or_scheduled_contact_is_planned(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 day: str, text: str, pair: str) -> None:
    assert statuses(real, make_doc, text, day, lang, pair) == {"planned"}
