"""Fourteenth pass: general mechanisms found on dense reports (the nineteenth held-out set, opened as
development on 2026-11-30), each tested on real contacts told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, held_rows

# -- one sentence, two contacts of one pair, each with its own date ------------------------------------------


@pytest.mark.parametrize(("lang", "published", "text", "expected"), [
    # Putin and Trump spoke by phone on 12 February and again on 18 March 2025 (energy strikes)
    ("ru", "2025-03-19",
     "Президент России Владимир Путин и президент США Дональд Трамп впервые поговорили по телефону 12 "
     "февраля, а 18 марта обсудили прекращение ударов по энергетике.",
     [("RUS", "USA", "phone", "2025-02-12"), ("RUS", "USA", "phone", "2025-03-18")]),
    # Macron met Xi in Beijing in April 2023; Xi came to Paris in May 2024
    ("es", "2024-06-01",
     "El presidente francés, Emmanuel Macron, se reunió con Xi Jinping en Pekín en abril de 2023, y en mayo "
     "de 2024 ambos volvieron a reunirse en París.",
     [("CHN", "FRA", "in_person", "2023-04"), ("CHN", "FRA", "in_person", "2024-05")]),
    # Meloni was at the White House in July 2023 and again in March 2024
    ("it", "2024-06-01",
     "Giorgia Meloni ha incontrato Joe Biden alla Casa Bianca a luglio del 2023, e a marzo del 2024 i due "
     "tornarono a incontrarsi a Washington.",
     [("ITA", "USA", "in_person", "2023-07"), ("ITA", "USA", "in_person", "2024-03")]),
    # Scholz met Xi in Beijing in November 2022 and in April 2024
    ("de", "2024-06-01",
     "Bundeskanzler Olaf Scholz und Xi Jinping trafen sich im November 2022 in Peking, und im April 2024 "
     "empfing Xi den Kanzler erneut.",
     [("CHN", "DEU", "in_person", "2022-11"), ("CHN", "DEU", "in_person", "2024-04")]),
])
def test_a_date_fronted_after_and_dates_a_second_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         published: str, text: str,
                                                         expected: list[tuple[str, ...]]) -> None:
    assert held_rows(real, make_doc, text, published, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Macron received Putin at Brégançon in August 2019 and went to the Kremlin in February 2022
    ("fr", "Emmanuel Macron a accueilli Vladimir Poutine à Brégançon en août 2019, puis l'a rencontré au "
           "Kremlin en février 2022.",
     [("FRA", "RUS", "in_person", "2019-08"), ("FRA", "RUS", "in_person", "2022-02")]),
    # Biden met Xi in Bali in November 2022 and hosted him at Woodside in November 2023
    ("en", "Joe Biden met Xi Jinping in Bali in November 2022, then hosted him at Woodside in November 2023.",
     [("CHN", "USA", "in_person", "2022-11"), ("CHN", "USA", "in_person", "2023-11")]),
])
def test_then_tells_a_second_contact_of_the_same_mode(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str, expected: list[tuple[str, ...]]) -> None:
    assert held_rows(real, make_doc, text, "2024-06-01", lang) == expected


def test_one_date_for_both_acts_is_one_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merz and Macron met in Paris on 7 May 2025, the day after Merz took office, and talked about defence
    text = ("Emmanuel Macron a reçu mercredi Friedrich Merz à l'Élysée, et les deux dirigeants ont ensuite "
            "parlé de défense.")
    assert held_rows(real, make_doc, text, "2025-05-08", "fr") == [("DEU", "FRA", "in_person", "2025-05-07")]


# -- a "since" phrase ends at the cue after it --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    # Putin and Trump's call of 12 February 2025, their first since Trump's return to office
    ("ru", "Впервые после возвращения Трампа в Белый дом Владимир Путин и Дональд Трамп поговорили по "
           "телефону 12 февраля."),
    ("en", "For the first time since Trump's return to the White House, Vladimir Putin and Donald Trump "
           "spoke by phone on February 12."),
])
def test_a_date_after_the_cue_is_not_the_since_phrases(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                       text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-02-14", lang) == [("RUS", "USA", "phone", "2025-02-12")]


def test_the_contact_a_since_names_keeps_its_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin and Xi met in Moscow in March 2023 and in Beijing in October 2023
    text = ("Vladimir Putin and Xi Jinping met in Beijing on Wednesday, their first meeting since the talks "
            "in Moscow in March.")
    assert held_rows(real, make_doc, text, "2023-10-19", "en") == [
        ("CHN", "RUS", "in_person", "2023-03"), ("CHN", "RUS", "in_person", "2023-10-18")]


# -- "they" with one of the pair named later in the sentence is still the pair ------------------------------

# Lee Jae-myung (in office from 4 June 2025) and Shigeru Ishiba met in Tokyo on 23 August 2025; they had first
# met at the G7 summit in Kananaskis in June.
_TOKYO = [("JPN", "KOR", "in_person", "2025-06"), ("JPN", "KOR", "in_person", "2025-08-23")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met in Tokyo on "
           "Saturday. They had first met in June at the G7 summit in Kananaskis, about two weeks after Lee "
           "took office."),
    ("ru", "Президент Южной Кореи Ли Чжэ Мён и премьер-министр Японии Сигэру Исиба встретились в субботу в "
           "Токио. Они впервые встретились в июне на саммите G7 в Кананаскисе, примерно через две недели "
           "после вступления Ли в должность."),
])
def test_they_with_one_of_the_pair_named_after_is_the_pair(real: RuleExtractor, make_doc: DocFactory,
                                                           lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-08-24", lang) == _TOKYO


# -- German "sie sich": "they" with the reciprocal, in a fronted participle or a final one -------------------

@pytest.mark.parametrize("second", [
    "Begegnet waren sie sich zuvor im Januar 2020, ebenfalls in Moskau.",
    "Getroffen hatten sie sich zuvor im Januar 2020, ebenfalls in Moskau.",
    "Zuvor waren sie sich im Januar 2020 in Moskau begegnet.",
])
def test_german_sie_sich_is_the_pair(real: RuleExtractor, make_doc: DocFactory, second: str) -> None:
    # Merkel's farewell visit to Putin in Moscow on 20 August 2021; she had been in Moscow in January 2020
    text = ("Bundeskanzlerin Angela Merkel ist am Freitag in Moskau mit Präsident Wladimir Putin "
            "zusammengetroffen. " + second)
    assert held_rows(real, make_doc, text, "2021-08-21", "de") == [
        ("DEU", "RUS", "in_person", "2020-01"), ("DEU", "RUS", "in_person", "2021-08-20")]


# -- a background visit told in the pluperfect, to the partner's capital ------------------------------------

# Modi met Meloni at the G7 summit in Apulia on 14 June 2024; Meloni had visited New Delhi in March 2023
_DELHI = [("IND", "ITA", "in_person", "2023-03"), ("IND", "ITA", "in_person", "2024-06-14")]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il primo ministro indiano Narendra Modi ha incontrato ieri Giorgia Meloni al G7 in Puglia. "
           "Meloni si era recata a Nuova Delhi a marzo del 2023."),
    ("es", "El primer ministro indio, Narendra Modi, se reunió este viernes con Giorgia Meloni en la cumbre "
           "del G7 en Apulia. Meloni había visitado Nueva Delhi en marzo de 2023."),
    ("ru", "Премьер-министр Индии Нарендра Моди встретился в пятницу с Джорджей Мелони на саммите G7 в "
           "Апулии. Мелони побывала в Нью-Дели в марте 2023 года."),
    ("fr", "Le Premier ministre indien Narendra Modi a rencontré vendredi Giorgia Meloni au sommet du G7 "
           "dans les Pouilles. En mars 2023, Meloni s'était rendue à New Delhi."),
])
def test_a_pluperfect_visit_to_the_partners_capital(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                    text: str) -> None:
    assert held_rows(real, make_doc, text, "2024-06-15", lang) == _DELHI


def test_a_hyphened_name_is_no_month(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Milei met Trump at the White House on 14 October 2025; he had seen him at Mar-a-Lago in November 2024,
    # when Trump was president-elect (no leader then: no contact)
    text = ("El presidente Javier Milei fue recibido ayer por Donald Trump en la Casa Blanca. Milei ya había "
            "visitado a Trump en Mar-a-Lago en noviembre de 2024.")
    assert held_rows(real, make_doc, text, "2025-10-15", "es") == [("ARG", "USA", "in_person", "2025-10-14")]


def test_italian_one_subject_had_seen_the_other_last_year(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi met Zelensky at the G7 in Hiroshima in May 2023, and again at the G7 in Apulia on 14 June 2024
    text = ("Il primo ministro indiano Narendra Modi ha incontrato oggi Volodymyr Zelensky al G7 in Puglia. "
            "Con Zelensky il premier indiano si era visto al G7 di Hiroshima, nel maggio dello scorso anno.")
    assert held_rows(real, make_doc, text, "2024-06-14", "it") == [
        ("IND", "UKR", "in_person", "2023-05"), ("IND", "UKR", "in_person", "2024-06-14")]


# -- a date after a future verb of its clause is that plan's, not the talks' --------------------------------

def test_a_date_after_a_future_verb_is_not_the_agreements(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin and Xi held a video call on 15 December 2021; Putin attended the Beijing Olympics on 4 February
    text = ("Владимир Путин и Си Цзиньпин провели в среду переговоры в режиме видеоконференции. Путин "
            "подтвердил, что примет участие в церемонии открытия Олимпийских игр 4 февраля, и стороны "
            "договорились о полноформатных переговорах в Пекине.")
    assert held_rows(real, make_doc, text, "2021-12-15", "ru") == [("CHN", "RUS", "video", "2021-12-15")]


def test_italian_this_morning_is_today(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Pope Francis received Emmanuel Macron in the Vatican on 24 October 2022
    text = ("Papa Francesco ha ricevuto questa mattina in Vaticano il presidente francese Emmanuel Macron, "
            "atteso domani a un incontro per la pace.")
    assert held_rows(real, make_doc, text, "2022-10-24", "it") == [("FRA", "VAT", "in_person", "2022-10-24")]


# -- German: a comparison's "als" opens no clause; "für einen Tag" is a length of time ---------------------

def test_german_more_than_is_no_clause(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi received Scholz at the Diaoyutai state guesthouse on 16 April 2024 for more than three hours of talks
    text = ("Chinas Staatschef Xi Jinping hat Bundeskanzler Olaf Scholz am Dienstag im Staatsgästehaus "
            "Diaoyutai zu einem mehr als dreistündigen Gespräch empfangen.")
    assert held_rows(real, make_doc, text, "2024-04-16", "de") == [("CHN", "DEU", "in_person", "2024-04-16")]


def test_for_a_day_is_no_day_counted_from_an_event(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz's one-day trip to Beijing on 4 November 2022, where Xi received him
    text = ("Xi Jinping hat Bundeskanzler Olaf Scholz am Dienstag in Peking empfangen. Anfang November 2022 "
            "war er mit einer Wirtschaftsdelegation für einen Tag nach Peking gereist und von Xi empfangen "
            "worden.")
    assert held_rows(real, make_doc, text, "2024-04-16", "de") == [
        ("CHN", "DEU", "in_person", "2022-11"), ("CHN", "DEU", "in_person", "2024-04-16")]


# -- "in February, when ...": the date frames the clause the "when" opens ----------------------------------

# Starmer hosted Trump at Chequers on 18 September 2025; on 27 February 2025, in the Oval Office, he had
# handed Trump the King's letter inviting him to a second state visit.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Keir Starmer hosted Donald Trump at Chequers on Thursday. The trip was set in "
           "motion in February, when Starmer, on his first visit to the Oval Office, handed Trump a letter "
           "from the King."),
    ("es", "El primer ministro Keir Starmer recibió el jueves a Donald Trump en Chequers. El viaje se gestó "
           "en febrero, cuando Starmer, en su primera visita al Despacho Oval, entregó a Trump una carta del "
           "rey."),
])
def test_a_date_before_when_frames_its_clause(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                             text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-09-18", lang) == [
        ("GBR", "USA", "in_person", "2025-09-18"), ("GBR", "USA", "written", "2025-02")]


# -- Spanish "por la mañana" is the morning, not "mañana" (tomorrow); "en el día" is that day ----------------

# Trudeau and Trump spoke by phone twice on Monday 3 February 2025, in the morning and in the afternoon, and
# agreed to pause the tariffs.
@pytest.mark.parametrize(("published", "text"), [
    ("2025-02-04", "El primer ministro canadiense, Justin Trudeau, conversó por teléfono con Donald Trump el "
                   "lunes por la mañana sobre los aranceles."),
    ("2025-02-03", "Justin Trudeau habló por teléfono dos veces en el día con Donald Trump sobre los "
                   "aranceles."),
])
def test_the_morning_is_no_plan_and_twice_that_day_is_dated(real: RuleExtractor, make_doc: DocFactory,
                                                            published: str, text: str) -> None:
    assert held_rows(real, make_doc, text, published, "es") == [("CAN", "USA", "phone", "2025-02-03")]


# -- a host's talks "with each of" the pair just told ------------------------------------------------------

# Tehran, 19 July 2022: Putin and Erdoğan met on the sidelines of the Astana-format summit; Raisi, its host,
# also met each of them.
_TEHRAN = [("IRN", "RUS", "in_person", "2022-07-19"), ("IRN", "TUR", "in_person", "2022-07-19"),
           ("RUS", "TUR", "in_person", "2022-07-19")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Владимир Путин и Реджеп Тайип Эрдоган провели во вторник в Тегеране двустороннюю встречу. "
           "Хозяином саммита был президент Ирана Эбрахим Раиси, который провел также отдельные переговоры с "
           "каждым из гостей."),
    ("en", "Vladimir Putin and Recep Tayyip Erdogan held bilateral talks in Tehran on Tuesday. Iranian "
           "President Ebrahim Raisi, the host of the summit, also held separate talks with each of them."),
    ("fr", "Vladimir Poutine et Recep Tayyip Erdogan ont eu mardi à Téhéran un entretien bilatéral. Le "
           "président iranien Ebrahim Raïssi, hôte du sommet, s'est aussi entretenu séparément avec chacun "
           "d'eux."),
])
def test_a_host_met_each_of_the_pair(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-07-20", lang) == _TEHRAN


# -- a leader told about a call is no party to it -----------------------------------------------------------

# Putin and Xi held a video call on 15 December 2021; Putin had talked with Biden by video on 7 December.
@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Владимир Путин и Си Цзиньпин провели в среду переговоры в режиме видеоконференции. Путин "
           "проинформировал китайского лидера о своей видеоконференции с президентом США Джо Байденом на "
           "прошлой неделе."),
    ("en", "Vladimir Putin and Xi Jinping held a video call on Wednesday. Putin informed Xi about his video "
           "call with Joe Biden last week."),
])
def test_a_leader_told_about_a_call_is_no_party_to_it(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str) -> None:
    assert held_rows(real, make_doc, text, "2021-12-15", lang) == [
        ("CHN", "RUS", "video", "2021-12-15"), ("RUS", "USA", "video", "2021-12")]
