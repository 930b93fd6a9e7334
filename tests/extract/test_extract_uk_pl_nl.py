"""The newest lexicon fields in Ukrainian, Polish and Dutch: page lines, death words, plans, counts of days.

Reports we wrote about real contacts, read by the whole extractor on the bundled gazetteer (the Ukrainian
and Polish case forms of the names are made by its build). Each test names the mechanism it checks.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, by_date_and_status

# Zelensky signed security agreements with Macron in Paris and with Scholz in Berlin on Friday 16 February
# 2024: the body tells the Paris one, a page line the Berlin one
PARIS = [("FRA", "UKR", "in_person", "2024-02-16", "occurred")]
PARIS_BODY = {
    "uk": "Президент України Володимир Зеленський у п'ятницю зустрівся в Парижі з президентом Франції "
          "Еммануелем Макроном.",
    "pl": "Prezydent Ukrainy Wołodymyr Zełenski spotkał się w piątek w Paryżu z prezydentem Francji "
          "Emmanuelem Macronem.",
    "nl": "De Oekraïense president Volodymyr Zelensky ontmoette vrijdag in Parijs de Franse president "
          "Emmanuel Macron.",
}
BERLIN = {
    "uk": "Зеленський і Шольц у п'ятницю підписали в Берліні безпекову угоду.",
    "pl": "Zełenski i Scholz podpisali w piątek w Berlinie umowę o bezpieczeństwie.",
    "nl": "Zelensky en Scholz ondertekenden vrijdag in Berlijn een veiligheidsakkoord.",
}
READ_ALSO = {"uk": "Читайте також", "pl": "Czytaj też", "nl": "Lees ook"}
CAPTION = {"uk": "Фото", "pl": "Na zdjęciu", "nl": "Foto"}


def _rows(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return by_date_and_status(real, make_doc, text, published, lang)


@pytest.mark.parametrize("lang", ["uk", "pl", "nl"])
def test_a_read_also_line_is_another_storys_headline(real: RuleExtractor, make_doc: DocFactory,
                                                     lang: str) -> None:
    text = f"{PARIS_BODY[lang]}\n{READ_ALSO[lang]}: {BERLIN[lang]}"
    assert _rows(real, make_doc, text, "2024-02-17", lang) == PARIS


@pytest.mark.parametrize("lang", ["uk", "pl", "nl"])
def test_a_caption_only_repeats_what_the_body_tells(real: RuleExtractor, make_doc: DocFactory,
                                                    lang: str) -> None:
    # a caption of another pair starts no contact; one of the body's pair adds no second one
    text = f"{PARIS_BODY[lang]}\n{CAPTION[lang]}: {BERLIN[lang]}"
    assert _rows(real, make_doc, text, "2024-02-17", lang) == PARIS
    again = {"uk": "Зеленський і Макрон у п'ятницю в Єлисейському палаці.",
             "pl": "Zełenski i Macron w piątek w Pałacu Elizejskim.",
             "nl": "Zelensky en Macron vrijdag in het Elysée."}
    text = f"{PARIS_BODY[lang]}\n{CAPTION[lang]}: {again[lang]}"
    assert _rows(real, make_doc, text, "2024-02-17", lang) == PARIS


@pytest.mark.parametrize(("lang", "text"), [
    # Trump and Zelensky met in St Peter's Basilica on Saturday 26 April 2025, before the funeral of Pope
    # Francis, who died on 21 April: that date is the death's
    ("uk", "Зеленський у суботу у Ватикані перед похороном померлого 21 квітня Папи Франциска зустрівся з "
           "Трампом."),
    ("pl", "Zełenski w sobotę w Watykanie przed pogrzebem zmarłego 21 kwietnia papieża Franciszka spotkał "
           "się z Trumpem."),
])
def test_a_date_after_a_death_word_is_the_deaths(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 text: str) -> None:
    assert _rows(real, make_doc, text, "2025-04-27", lang) == [
        ("UKR", "USA", "in_person", "2025-04-26", "occurred")]


def test_since_they_met_names_the_pairs_earlier_meeting_in_ukrainian(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    # Guterres met Putin in Kazan on Thursday 24 October 2024, at the BRICS summit, their first meeting
    # since his visit to Moscow on 26 April 2022
    text = ("Президент Росії Володимир Путін у четвер зустрівся в Казані з генсеком ООН Антоніу Гутеррешем, "
            "уперше відтоді як вони зустрілися в Москві у квітні 2022 року.")
    assert _rows(real, make_doc, text, "2024-10-25", "uk") == [
        ("RUS", "UN", "in_person", "2022-04", "occurred"),
        ("RUS", "UN", "in_person", "2024-10-24", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    # their Vatican meeting of 26 April 2025 was the first since the Oval Office meeting of 28 February
    ("pl", "Prezydent USA Donald Trump spotkał się w sobotę w Watykanie z Wołodymyrem Zełenskim. Było to ich "
           "pierwsze spotkanie od czasu rozmowy w Białym Domu 28 lutego."),
    ("uk", "Президент США Дональд Трамп у суботу зустрівся у Ватикані з Володимиром Зеленським. Це була "
           "їхня перша зустріч з часу розмови в Білому домі 28 лютого."),
])
def test_their_first_meeting_since_dates_the_earlier_one(real: RuleExtractor, make_doc: DocFactory,
                                                         lang: str, text: str) -> None:
    assert _rows(real, make_doc, text, "2025-04-27", lang) == [
        ("UKR", "USA", "in_person", "2025-02-28", "occurred"),
        ("UKR", "USA", "in_person", "2025-04-26", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    # Zelensky was received at the White House on Friday 28 February 2025, announced that Wednesday: "it is
    # planned that" plans everything after it, whatever the tense of its verb
    ("nl", "Het is de bedoeling dat Zelensky vrijdag in het Witte Huis een ontmoeting met Trump heeft."),
    ("pl", "Oczekuje się, że w piątek w Białym Domu dojdzie do spotkania Zełenskiego z Trumpem."),
    ("uk", "Очікується, що в п'ятницю у Білому домі Зеленський проведе переговори з Трампом."),
])
def test_an_expected_meeting_is_planned(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                        text: str) -> None:
    assert _rows(real, make_doc, text, "2025-02-26", lang) == [
        ("UKR", "USA", "in_person", "2025-02-28", "planned")]


def test_a_planned_visit_in_ukrainian(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Nawrocki was received by Trump at the White House on Wednesday 3 September 2025
    text = ("Президент Польщі Кароль Навроцький у середу відвідає Білий дім, де зустрінеться з Дональдом "
            "Трампом.")
    assert _rows(real, make_doc, text, "2025-09-01", "uk") == [
        ("POL", "USA", "in_person", "2025-09-03", "planned")]


@pytest.mark.parametrize(("lang", "text"), [
    # the Kremlin said again and again in 2025 that no Putin-Zelensky meeting was planned
    ("uk", "Пєсков заявив, що зустріч Путіна із Зеленським не планується."),
    ("pl", "Rzecznik Kremla Dmitrij Pieskow zaprzeczył, że planowane jest spotkanie Putina z Zełenskim."),
    ("nl", "Het Kremlin ontkende dat er een ontmoeting tussen Poetin en Zelensky gepland is."),
])
def test_a_denied_meeting_is_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                        text: str) -> None:
    assert _rows(real, make_doc, text, "2025-05-13", lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    # Zelensky met the Saudi crown prince in Jeddah on Monday 10 March 2025; the next day his foreign
    # minister Andrii Sybiha was in the Ukrainian delegation that held talks with Marco Rubio
    ("uk", "Президент Зеленський у понеділок зустрівся в Джидді з наслідним принцом Саудівської Аравії "
           "Мухаммедом бін Салманом. Наступного дня глава МЗС Андрій Сибіга провів переговори з "
           "держсекретарем США Марко Рубіо."),
    ("pl", "Prezydent Zełenski spotkał się w poniedziałek w Dżuddzie z następcą tronu Arabii Saudyjskiej "
           "Mohammedem bin Salmanem. Następnego dnia szef MSZ Andrij Sybiha rozmawiał z sekretarzem stanu "
           "USA Marco Rubio."),
    ("nl", "President Zelensky ontmoette maandag in Jeddah de Saoedische kroonprins Mohammed bin Salman. "
           "Een dag later sprak minister van Buitenlandse Zaken Andrij Sybiha met de Amerikaanse minister "
           "Marco Rubio."),
])
def test_a_ministers_talks_are_no_leaders_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  text: str) -> None:
    assert _rows(real, make_doc, text, "2025-03-11", lang) == [
        ("SAU", "UKR", "in_person", "2025-03-10", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    # Macron held talks with Putin in Moscow on Monday 7 February 2022 and met Zelensky in Kyiv on Tuesday
    ("uk", "Еммануель Макрон у вівторок зустрівся в Києві з Володимиром Зеленським, через день після "
           "переговорів з Володимиром Путіним у Москві."),
    ("pl", "We wtorek Emmanuel Macron spotkał się z Wołodymyrem Zełenskim w Kijowie, dzień po rozmowach z "
           "Władimirem Putinem w Moskwie."),
    ("nl", "Emmanuel Macron ontmoette dinsdag in Kiev Volodymyr Zelensky, een dag na zijn gesprek met "
           "Vladimir Poetin in Moskou."),
])
def test_talks_a_day_before_the_main_meeting_are_dated_back(real: RuleExtractor, make_doc: DocFactory,
                                                            lang: str, text: str) -> None:
    assert _rows(real, make_doc, text, "2022-02-08", lang) == [
        ("FRA", "RUS", "in_person", "2022-02-07", "occurred"),
        ("FRA", "UKR", "in_person", "2022-02-08", "occurred")]


def test_the_host_who_convened_the_summit_is_no_partner_in_ukrainian(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    # Zelensky and Biden signed a ten-year security agreement at the G7 summit in Apulia on Thursday 13 June
    # 2024; Giorgia Meloni hosted the summit
    text = ("На саміті G7 в Італії, організованому прем'єр-міністеркою Джорджею Мелоні, у четвер Зеленський "
            "зустрівся з президентом США Джо Байденом.")
    assert _rows(real, make_doc, text, "2024-06-14", "uk") == [
        ("UKR", "USA", "in_person", "2024-06-13", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    # the same agreement, told with a singular "signed with"
    ("uk", "Зеленський у четвер підписав із президентом США Джо Байденом безпекову угоду."),
    ("pl", "Zełenski podpisał w czwartek z prezydentem USA Joe Bidenem umowę o bezpieczeństwie."),
    ("nl", "Zelensky ondertekende donderdag met de Amerikaanse president Joe Biden een veiligheidsakkoord."),
])
def test_one_leader_signing_with_another_met_him(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 text: str) -> None:
    assert _rows(real, make_doc, text, "2024-06-14", lang) == [
        ("UKR", "USA", "in_person", "2024-06-13", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    # the Paris meeting of Friday 16 February 2024, told on Monday 19 February: "a few days ago" is three
    # days back
    ("uk", "Кілька днів тому Зеленський зустрівся в Парижі з Макроном."),
    ("pl", "Kilka dni temu Zełenski spotkał się w Paryżu z Macronem."),
    ("nl", "Enkele dagen geleden ontmoette Zelensky in Parijs president Macron."),
])
def test_a_few_days_ago_is_three_days_back(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                           text: str) -> None:
    assert _rows(real, make_doc, text, "2024-02-19", lang) == PARIS


# Tusk, prime minister again since 13 December 2023, met Zelensky in Kyiv on Monday 22 January 2024
KYIV = [("POL", "UKR", "in_person", "2024-01-22", "occurred")]


@pytest.mark.parametrize(("lang", "text"), [
    # "since taking office in December" dates the office, not a contact: the sentence restates the visit
    ("pl", "Premier Donald Tusk spotkał się w poniedziałek w Kijowie z prezydentem Ukrainy Wołodymyrem "
           "Zełenskim. To pierwsza wizyta Tuska na Ukrainie od objęcia urzędu w grudniu."),
    ("uk", "Прем'єр-міністр Польщі Дональд Туск у понеділок зустрівся в Києві з Президентом України "
           "Володимиром Зеленським. Це перший візит Туска в Україну з моменту вступу на посаду в грудні."),
    # a Dutch perfect ("heeft ... ontmoet") is past, though its participle is also the present tense
    ("nl", "Premier Donald Tusk heeft maandag in Kiev president Volodymyr Zelensky ontmoet. Het is het "
           "eerste bezoek van Tusk aan Oekraïne sinds zijn aantreden in december."),
])
def test_the_first_visit_since_taking_office_is_the_visit_told(real: RuleExtractor, make_doc: DocFactory,
                                                               lang: str, text: str) -> None:
    assert _rows(real, make_doc, text, "2024-01-23", lang) == KYIV


@pytest.mark.parametrize(("lang", "text"), [
    # Biden received Duda and Tusk together at the White House on Tuesday 12 March 2024: a passive
    ("pl", "Prezydent Andrzej Duda i premier Donald Tusk zostali przyjęci we wtorek w Białym Domu przez "
           "prezydenta Joe Bidena."),
    ("uk", "Президент Польщі Анджей Дуда та прем'єр-міністр Дональд Туск у вівторок були прийняті в Білому "
           "домі президентом США Джо Байденом."),
])
def test_two_guests_received_in_the_passive_met_the_host(real: RuleExtractor, make_doc: DocFactory,
                                                         lang: str, text: str) -> None:
    got = real.extract(make_doc(text, "2024-03-13", lang=lang))
    assert sorted((c.a.leader_id, c.b.leader_id) for c in got) == [
        ("andrzej-duda", "joe-biden"), ("donald-tusk", "joe-biden")]
    assert {(c.mode, c.date, c.status) for c in got} == {("in_person", "2024-03-12", "occurred")}


def test_a_meeting_that_will_not_take_place_is_no_contact_in_polish(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # Biden put off his trip to Germany in October 2024 for Hurricane Milton, and with it the Ramstein
    # meeting Zelensky was to attend
    text = ("Wizyta Bidena w Niemczech została odwołana z powodu huraganu, więc spotkanie z Zełenskim w "
            "Ramstein się nie odbędzie.")
    assert _rows(real, make_doc, text, "2024-10-09", "pl") == []


@pytest.mark.parametrize(("lang", "text"), [
    # "перемовини", the Ukrainian synonym of "переговори"; Dutch "opgezocht" (looked him up: visited)
    ("uk", "Прем'єр-міністр Польщі Дональд Туск у понеділок провів перемовини у Києві з Президентом "
           "Володимиром Зеленським."),
    ("nl", "De Poolse premier Donald Tusk heeft maandag in Kiev president Volodymyr Zelensky opgezocht."),
])
def test_agency_synonyms_of_talks_and_visits(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                             text: str) -> None:
    assert _rows(real, make_doc, text, "2024-01-23", lang) == KYIV


# Zelensky was in Brussels on Tuesday 28 May 2024 and signed a security agreement with Alexander De Croo;
# Rutte had received him in The Hague on Thursday 4 May 2023
@pytest.mark.parametrize("text", [
    "BRUSSEL (Belga) - De premier heeft dinsdag in Brussel de Oekraïense president Volodymyr Zelensky "
    "ontvangen.",
    "De premier heeft dinsdag in Brussel de Oekraïense president Volodymyr Zelensky ontvangen. De federale "
    "regering belooft dertig F-16's tegen 2028.",
    "De premier heeft dinsdag de Oekraïense president Volodymyr Zelensky ontvangen. In de Wetstraat werd "
    "het veiligheidsakkoord goed onthaald.",
])
def test_a_flemish_bare_premier_is_belgiums(real: RuleExtractor, make_doc: DocFactory, text: str) -> None:
    assert _rows(real, make_doc, text, "2024-05-29", "nl") == [
        ("BEL", "UKR", "in_person", "2024-05-28", "occurred")]


def test_a_dutch_bare_premier_is_still_the_netherlands(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "De premier heeft donderdag in Den Haag de Oekraïense president Volodymyr Zelensky ontvangen."
    assert _rows(real, make_doc, text, "2023-05-05", "nl") == [
        ("NLD", "UKR", "in_person", "2023-05-04", "occurred")]


def test_a_dutch_fronted_date_then_an_auxiliary_and_the_pair(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # Merkel received Obama in Dresden on Friday 5 June 2009; they had met in Baden-Baden on 3 April
    text = ("Bondskanselier Angela Merkel heeft vrijdag de Amerikaanse president Barack Obama in Dresden "
            "ontvangen. In april waren de twee al in Baden-Baden bijeengekomen.")
    assert _rows(real, make_doc, text, "2009-06-06", "nl") == [
        ("DEU", "USA", "in_person", "2009-04", "occurred"),
        ("DEU", "USA", "in_person", "2009-06-05", "occurred")]
