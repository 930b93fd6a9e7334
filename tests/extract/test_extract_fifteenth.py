"""Fifteenth pass: visits and contacts dated to a month, a season or a year, told in the background of
longer reports (French and Italian first, then each language with the construction), each tested on real
contacts told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.dates import find_dates
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory, held_rows, pair_rows

# -- "their last call", "leur précédente rencontre": the pair's possessive with its "last"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Macron and Putin spoke on 1 July 2025; their call before that was in September 2022 (Zaporizhzhia)
    ("fr", "Emmanuel Macron et Vladimir Poutine se sont parlé mardi au téléphone. Leur dernier appel datait "
           "de septembre 2022.",
     [("FRA", "RUS", "phone", "2022-09"), ("FRA", "RUS", "phone", "2025-07-01")]),
    ("fr", "Emmanuel Macron et Vladimir Poutine se sont parlé mardi au téléphone. Leur précédent entretien "
           "téléphonique remontait à septembre 2022.",
     [("FRA", "RUS", "phone", "2022-09"), ("FRA", "RUS", "phone", "2025-07-01")]),
])
def test_their_last_call_is_an_earlier_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                               text: str,
                                               expected: list[tuple[str, ...]]) -> None:
    assert held_rows(real, make_doc, text, "2025-07-02", lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # Biden hosted Xi at Woodside on 15 November 2023; they had met in Bali in November 2022
    ("fr", "Joe Biden et Xi Jinping se sont rencontrés mercredi en Californie. Leur dernière rencontre "
           "avait eu "
           "lieu en novembre 2022 à Bali."),
    ("fr", "Joe Biden et Xi Jinping se sont rencontrés mercredi en Californie. Leur précédente rencontre "
           "remontait à novembre 2022, à Bali."),
    ("es", "Joe Biden y Xi Jinping se reunieron el miércoles en California. Su último encuentro se "
           "remontaba a "
           "noviembre de 2022, en Bali."),
    ("pt", "Joe Biden e Xi Jinping reuniram-se na quarta-feira na Califórnia. O seu último encontro tinha "
           "ocorrido em novembro de 2022, em Bali."),
    ("de", "Joe Biden und Xi Jinping trafen sich am Mittwoch in Kalifornien. Ihr letztes Treffen hatte im "
           "November 2022 auf Bali stattgefunden."),
])
def test_their_last_meeting_is_an_earlier_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-11-16", lang) == [
        ("CHN", "USA", "in_person", "2022-11"), ("CHN", "USA", "in_person", "2023-11-15")]


def test_her_last_visit_is_the_visit_told(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merkel's last visit to the White House as chancellor, received by Biden on 15 July 2021
    text = ("Es war ihr letzter offizieller Besuch im Weißen Haus: Bundeskanzlerin Angela Merkel ist am "
            "Donnerstag von US-Präsident Joe Biden empfangen worden. Beide unterzeichneten eine gemeinsame "
            "Erklärung.")
    assert held_rows(real, make_doc, text, "2021-07-16", "de") == [("DEU", "USA", "in_person", "2021-07-15")]


# -- an earlier visit to a country whose leader the report names ---------------------------------------------


@pytest.mark.parametrize(("lang", "published", "text", "expected"), [
    # Meloni was received by Tebboune in Algiers on 23 January 2023; Draghi had been there in April 2022
    ("it", "2023-01-23",
     "Giorgia Meloni è stata ricevuta oggi ad Algeri dal presidente algerino Abdelmadjid Tebboune. Il legame "
     "era stato rilanciato dal governo precedente. Mario Draghi si era recato ad Algeri ad aprile del 2022.",
     [("DZA", "ITA", "in_person", "2022-04"), ("DZA", "ITA", "in_person", "2023-01-23")]),
    # Meloni met Modi at the G7 in Apulia on 14 June 2024; she had been in New Delhi in March 2023
    ("it", "2024-06-14",
     "Il primo ministro indiano Narendra Modi ha avuto oggi un incontro bilaterale con Giorgia Meloni a "
     "margine del G7. Meloni era stata a Nuova Delhi a marzo del 2023, quando i due leader avevano elevato "
     "le relazioni a partenariato strategico.",
     [("IND", "ITA", "in_person", "2023-03"), ("IND", "ITA", "in_person", "2024-06-14")]),
    # Gaddafi at the Elysée on 10 December 2007, after Sarkozy's trip to Tripoli on 25 July 2007
    ("fr", "2007-12-11",
     "Le dirigeant libyen Mouammar Kadhafi a été reçu lundi à l'Élysée par Nicolas Sarkozy. Cette visite est "
     "la suite directe du voyage de Nicolas Sarkozy à Tripoli le 25 juillet dernier.",
     [("FRA", "LBY", "in_person", "2007-07-25"), ("FRA", "LBY", "in_person", "2007-12-10")]),
    # Xi at the Elysée on 6 May 2024; Macron had made a state visit to China in April 2023 (spring)
    ("fr", "2024-05-07",
     "Xi Jinping a été reçu lundi à l'Elysée par Emmanuel Macron. Au printemps 2023, le chef de l'Etat "
     "français avait effectué une visite d'Etat en Chine.",
     [("CHN", "FRA", "in_person", "2023"), ("CHN", "FRA", "in_person", "2024-05-06")]),
])
def test_an_earlier_visit_met_the_leader_the_report_names(real: RuleExtractor, make_doc: DocFactory,
                                                          lang: str,
                                                          published: str, text: str,
                                                          expected: list[tuple[str, ...]]) -> None:
    assert held_rows(real, make_doc, text, published, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # Draghi in Algiers on 11 April 2022 for the gas deal; the purpose told with bare talks
    ("en", "Giorgia Meloni was received in Algiers on Monday by President Abdelmadjid Tebboune. Mario Draghi "
           "had travelled to Algiers in April 2022 to discuss gas supplies."),
    ("it", "Giorgia Meloni è stata ricevuta oggi ad Algeri dal presidente algerino Abdelmadjid Tebboune. "
           "Mario Draghi si era recato ad Algeri ad aprile del 2022 per discutere di forniture di gas."),
])
def test_an_earlier_visit_with_its_purpose(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                           text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-01-23", lang) == [
        ("DZA", "ITA", "in_person", "2022-04"), ("DZA", "ITA", "in_person", "2023-01-23")]


@pytest.mark.parametrize(("lang", "text"), [
    # a plan, a minister, a visit that did not happen: no earlier meeting of leaders
    ("fr", "Xi Jinping a été reçu lundi à l'Elysée par Emmanuel Macron. Le président français se rendra en "
           "Chine en 2025."),
    ("fr", "Xi Jinping a été reçu lundi à l'Elysée par Emmanuel Macron. Le ministre chinois des Affaires "
           "étrangères Wang Yi s'était rendu à Paris en février 2023."),
    ("fr", "Xi Jinping a été reçu lundi à l'Elysée par Emmanuel Macron. Le président français n'avait pas "
           "pu se "
           "rendre en Chine en 2020."),
])
def test_no_earlier_visit_without_a_held_leaders_trip(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str) -> None:
    assert held_rows(real, make_doc, text, "2024-05-07", lang) == [("CHN", "FRA", "in_person", "2024-05-06")]


def test_no_host_the_report_does_not_name(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the report names no Chinese leader: the visit's host is not read
    # (Scholz lunched with Macron at the Elysée on 26 October 2022; Macron was in China in November 2019)
    text = ("Emmanuel Macron a reçu mercredi le chancelier Olaf Scholz à l'Elysée. Le président français "
            "s'était rendu en Chine en novembre 2019.")
    assert held_rows(real, make_doc, text, "2022-10-27", "fr") == [("DEU", "FRA", "in_person", "2022-10-26")]


# -- seasons: "au printemps 2023", "летом 2022 года" are dated to the year


@pytest.mark.parametrize(("lang", "text"), [
    # Biden and Xi spoke by phone on 28 July 2022; they met at Woodside on 15 November 2023
    ("ru", "Джо Байден и Си Цзиньпин встретились в среду в Калифорнии. Летом 2022 года они провели "
           "телефонный разговор."),
    ("en", "Joe Biden met Xi Jinping on Wednesday in California. In the summer of 2022 the two leaders had "
           "spoken by phone."),
    ("de", "Joe Biden traf am Mittwoch Xi Jinping in Kalifornien. Im Sommer 2022 hatten die beiden "
           "telefoniert."),
    ("es", "Joe Biden se reunió el miércoles con Xi Jinping en California. En el verano de 2022 ambos habían "
           "hablado por teléfono."),
    ("it", "Joe Biden ha incontrato mercoledì Xi Jinping in California. Nell'estate del 2022 i due leader si "
           "erano sentiti al telefono."),
])
def test_a_season_with_its_year_dates_to_the_year(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-11-16", lang) == [
        ("CHN", "USA", "in_person", "2023-11-15"), ("CHN", "USA", "phone", "2022")]


def test_a_season_alone_is_the_last_one_over(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Meloni met al-Sisi in Cairo on 17 March 2024, and at the Cairo peace summit on 21 October 2023
    # (autumn): a report of March 2024 calls the earlier one "in autunno"
    text = ("Giorgia Meloni ha incontrato oggi al Cairo il presidente egiziano Abdel Fattah al-Sisi. In "
            "autunno la premier si era recata al Cairo, dove aveva incontrato al-Sisi.")
    assert held_rows(real, make_doc, text, "2024-03-17", "it") == [
        ("EGY", "ITA", "in_person", "2023"), ("EGY", "ITA", "in_person", "2024-03-17")]


# -- a relative clause on the trip: "au cours de laquelle il a rencontré X", "dove ha incontrato X" ----------


@pytest.mark.parametrize(("lang", "text"), [
    # Tebboune's state visit to China, 17-21 July 2023, with talks with Xi in Beijing
    ("fr", "Le président algérien Abdelmadjid Tebboune a effectué une visite d'Etat en Chine en juillet, au "
           "cours de laquelle il a été reçu par Xi Jinping."),
    ("fr", "Le président algérien Abdelmadjid Tebboune a effectué une visite d'Etat en Chine en juillet, au "
           "cours de laquelle il a rencontré Xi Jinping."),
    ("it", "Il presidente algerino Abdelmadjid Tebboune ha compiuto una visita di Stato in Cina a luglio, "
           "nel "
           "corso della quale ha incontrato Xi Jinping."),
])
def test_a_relative_clause_on_the_trip_has_the_traveller_as_subject(real: RuleExtractor, make_doc: DocFactory,
                                                                     lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2023-08-29", lang) == [("CHN", "DZA", "in_person", "2023-07")]


@pytest.mark.parametrize(("lang", "text"), [
    # Macron's African tour of July 2022: Cameroon (Biya), then Benin (Talon), then Guinea-Bissau
    ("fr", "Le président français Emmanuel Macron a achevé jeudi en Guinée-Bissau une tournée africaine qui "
           "l'avait mené au Cameroun, où il avait rencontré Paul Biya, puis au Bénin, où il s'était "
           "entretenu "
           "avec Patrice Talon."),
    ("it", "Il presidente francese Emmanuel Macron ha concluso giovedì una missione in Africa che lo ha "
           "portato "
           "in Camerun, dove ha incontrato Paul Biya, poi in Benin, dove ha avuto un colloquio con Patrice "
           "Talon."),
    ("en", "French President Emmanuel Macron wrapped up an African tour on Thursday that took him to "
           "Cameroon, "
           "where he met Paul Biya, then to Benin, where he held talks with Patrice Talon."),
    ("es", "El presidente francés Emmanuel Macron concluyó el jueves una gira africana que lo llevó a "
           "Camerún, "
           "donde se reunió con Paul Biya, y luego a Benín, donde conversó con Patrice Talon."),
])
def test_each_stop_of_a_trip_met_the_traveller_not_the_last_host(real: RuleExtractor, make_doc: DocFactory,
                                                                 lang: str, text: str) -> None:
    pairs = [row[:2] for row in held_rows(real, make_doc, text, "2022-07-29", lang)]
    assert pairs == [("BEN", "FRA"), ("CMR", "FRA")]


# -- a return visit after "and": "e vi era tornato a luglio" -------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    # Draghi met Tebboune in Algiers on 11 April 2022 and came back for the summit of 18 July 2022
    ("it", "Mario Draghi si era recato ad Algeri ad aprile del 2022 per un accordo sul gas con Tebboune, "
           "e vi era tornato a luglio per un vertice intergovernativo."),
    ("fr", "Mario Draghi s'était rendu à Alger en avril 2022 pour un accord gazier avec Abdelmadjid "
           "Tebboune, et y était retourné en juillet."),
    ("en", "Mario Draghi had met Abdelmadjid Tebboune in Algiers in April 2022, and returned there in July."),
    ("es", "Mario Draghi se había reunido con Abdelmadjid Tebboune en Argel en abril de 2022, y regresó allí "
           "en julio."),
    ("de", "Mario Draghi hatte Abdelmadjid Tebboune im April 2022 in Algier getroffen und war im Juli "
           "dorthin zurückgekehrt."),
])
def test_a_return_visit_is_a_second_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                            text: str) -> None:
    dates = [row[3] for row in held_rows(real, make_doc, text, "2023-01-23", lang)]
    assert dates == ["2022-04", "2022-07"]


# -- a fronted date before a closed side clause still dates the talks ----------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    # Albanese went to Jakarta on 6 June 2022, two weeks after he took office, and met Joko Widodo
    ("en", "Anthony Albanese met Indonesian President Prabowo Subianto in Jakarta on Thursday. In June 2022, "
           "two weeks after he took office, he flew to Indonesia for talks with President Joko Widodo."),
    ("fr", "Anthony Albanese a rencontré jeudi à Jakarta le président indonésien Prabowo Subianto. En juin "
           "2022, deux semaines après sa prise de fonctions, il s'était entretenu à Jakarta avec le "
           "président Joko Widodo."),
])
def test_a_fronted_date_dates_talks_past_a_closed_side_clause(real: RuleExtractor, make_doc: DocFactory,
                                                              lang: str, text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-05-16", lang) == [
        ("AUS", "IDN", "in_person", "2022-06"), ("AUS", "IDN", "in_person", "2025-05-15")]


def test_a_leader_not_yet_in_office_is_the_subject_not_the_last_host(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # Prabowo visited Canberra in August 2024 as president-elect: no contact of heads of state then
    text = ("Anthony Albanese met Indonesian President Prabowo Subianto in Jakarta on Thursday. In June 2022 "
            "he had held talks with President Joko Widodo in Bogor. Prabowo himself had visited Canberra "
            "last August, when he was still president-elect, and held talks with Albanese there.")
    assert held_rows(real, make_doc, text, "2025-05-16", "en") == [
        ("AUS", "IDN", "in_person", "2022-06"), ("AUS", "IDN", "in_person", "2025-05-15")]


# -- "X and his counterparts of A, Y, and B, Z met": three subjects --------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    # the North American Leaders' Summit in Mexico City, 10 January 2023
    ("es", "Andrés Manuel López Obrador y sus homólogos de Estados Unidos, Joe Biden, y Canadá, Justin "
           "Trudeau, se reunieron este martes en el Palacio Nacional."),
    ("it", "Andrés Manuel López Obrador e i suoi omologhi degli Stati Uniti, Joe Biden, e del Canada, Justin "
           "Trudeau, si sono incontrati martedì al Palazzo Nazionale."),
    ("fr", "Andrés Manuel López Obrador et ses homologues des Etats-Unis, Joe Biden, et du Canada, Justin "
           "Trudeau, se sont réunis mardi au Palais national."),
    ("en", "Andrés Manuel López Obrador and his counterparts from the United States, Joe Biden, and Canada, "
           "Justin Trudeau, met on Tuesday at the National Palace."),
])
def test_a_leader_and_his_counterparts_met_one_another(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                       text: str) -> None:
    pairs = [row[:2] for row in held_rows(real, make_doc, text, "2023-01-10", lang)]
    assert pairs == [("CAN", "MEX"), ("CAN", "USA"), ("MEX", "USA")]


@pytest.mark.parametrize(("published", "text", "pair"), [
    # Meloni in Kyiv on 21 February 2023; Sunak at Palazzo Chigi on 27 April 2023
    ("2023-02-21", "La presidente del Consiglio Giorgia Meloni è arrivata a Kiev in treno. A Kiev ad "
                   "accoglierla è stato il presidente Volodymyr Zelensky.", ("ITA", "UKR")),
    ("2023-04-27", "Il primo ministro britannico Rishi Sunak è arrivato a Palazzo Chigi, dove ad attenderlo "
                   "c'era la presidente del Consiglio Giorgia Meloni.", ("GBR", "ITA")),
])
def test_an_italian_welcome_with_the_guest_as_clitic(real: RuleExtractor, make_doc: DocFactory,
                                                     published: str, text: str,
                                                     pair: tuple[str, str]) -> None:
    assert held_rows(real, make_doc, text, published, "it") == [(*pair, "in_person", published)]


# -- "the second meeting between the two. The first had taken place on 18 May" -------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    # Pope Leo XIV received Zelensky at Castel Gandolfo on 9 July 2025; they had first met on 18 May 2025
    ("it", "Papa Leone XIV ha ricevuto oggi il presidente ucraino Volodymyr Zelensky. Si tratta del secondo "
           "incontro tra i due. Il primo era avvenuto il 18 maggio in Vaticano."),
    ("fr", "Le pape Léon XIV a reçu mercredi le président ukrainien Volodymyr Zelensky. Il s'agit de leur "
           "deuxième rencontre. La première avait eu lieu le 18 mai au Vatican."),
    ("en", "Pope Leo XIV received Ukrainian President Volodymyr Zelensky on Wednesday. It was their second "
           "meeting; the first had taken place on May 18 at the Vatican."),
    ("es", "El papa León XIV recibió el miércoles al presidente ucraniano Volodímir Zelenski. Se trata de su "
           "segundo encuentro. El primero tuvo lugar el 18 de mayo en el Vaticano."),
])
def test_the_first_of_a_counted_meeting_is_dated(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-07-09", lang) == [
        ("UKR", "VAT", "in_person", "2025-05-18"), ("UKR", "VAT", "in_person", "2025-07-09")]


def test_the_first_with_a_name_of_its_own_is_no_earlier_meeting(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # Biden and Xi at Woodside on 15 November 2023, their second in-person meeting as presidents; "the
    # first" to speak afterwards is one of them, no earlier meeting dated 15 November. (Since round five the
    # count itself gives the first meeting, Bali 2022, undated: rules._counted_earlier.)
    text = ("Joe Biden et Xi Jinping se sont rencontrés mercredi en Californie, leur deuxième rencontre en "
            "personne. Le premier, Joe Biden, a parlé le 15 novembre devant la presse.")
    assert pair_rows(real, make_doc, text, "2023-11-16", "fr") == [
        ("CHN-USA", "in_person", "", "occurred"), ("CHN-USA", "in_person", "2023-11-15", "occurred")]


# -- two calls of one day: "a first call ..., and in a second call ..." --------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    # Trudeau and Trump spoke twice on Monday 3 February 2025 and agreed to pause the tariffs for 30 days
    ("en", "Canadian Prime Minister Justin Trudeau spoke twice with Donald Trump on Monday: a first call in "
           "the morning settled nothing, and in a second call in the afternoon they agreed to pause the "
           "tariffs."),
    ("fr", "Justin Trudeau s'est entretenu deux fois lundi avec Donald Trump : un premier appel le matin n'a "
           "rien donné, et lors d'un second appel, l'après-midi, ils ont convenu de suspendre les droits de "
           "douane."),
    ("it", "Justin Trudeau ha parlato due volte lunedì con Donald Trump: una prima telefonata al mattino non "
           "è bastata, e in una seconda telefonata, nel pomeriggio, hanno concordato di sospendere i dazi."),
    ("es", "Justin Trudeau habló dos veces el lunes con Donald Trump: una primera llamada por la mañana no "
           "bastó, y en una segunda conversación, por la tarde, acordaron suspender los aranceles."),
])
def test_a_first_and_a_second_call_of_one_day_are_two(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str) -> None:
    assert held_rows(real, make_doc, text, "2025-02-04", lang) == [("CAN", "USA", "phone", "2025-02-03")] * 2


@pytest.mark.parametrize(("lang", "text"), [
    # Scholz and Trudeau signed the hydrogen accord at Stephenville on 23 August 2022; Trudeau had been at
    # the Chancellery in Berlin in March 2022
    ("de", "Bundeskanzler Olaf Scholz und Justin Trudeau haben am Dienstag in Stephenville ein Abkommen "
           "unterzeichnet. Die beiden Regierungschefs hatten sich zuletzt im März in Berlin gesehen."),
    ("pt", "Olaf Scholz e Justin Trudeau assinaram na terça-feira um acordo em Stephenville. Os dois "
           "tinham-se visto pela última vez em março, em Berlim."),
])
def test_they_had_seen_each_other_is_a_meeting(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                               text: str) -> None:
    assert held_rows(real, make_doc, text, "2022-08-24", lang) == [
        ("CAN", "DEU", "in_person", "2022-03"), ("CAN", "DEU", "in_person", "2022-08-23")]


@pytest.mark.parametrize(("lang", "text", "today"), [
    # Xi at the Elysée on 6 May 2024; Macron's state visit to China was in April 2023
    ("fr", "Xi Jinping a été reçu lundi à l'Elysée par Emmanuel Macron, qui s'était rendu en Chine en avril "
           "2023.", "2024-05-06"),
    ("it", "Xi Jinping è stato ricevuto lunedì all'Eliseo da Emmanuel Macron, che si era recato in Cina "
           "nell'aprile del 2023.", "2024-05-06"),
    ("en", "Xi Jinping was received at the Elysee on Monday by Emmanuel Macron, who visited China in April "
           "2023.", "2024-05-06"),
    ("es", "Xi Jinping fue recibido el lunes en el Elíseo por Emmanuel Macron, quien había visitado China en "
           "abril de 2023.", "2024-05-06"),
    ("de", "Xi Jinping wurde am Montag im Elysée von Emmanuel Macron empfangen, der im April 2023 China "
           "besucht hatte.", "2024-05-06"),
])
def test_a_host_who_had_visited_the_guests_country(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                   text: str, today: str) -> None:
    # the reception is the report's contact, the visit in the host's relative clause an earlier one
    assert held_rows(real, make_doc, text, "2024-05-07", lang) == [
        ("CHN", "FRA", "in_person", "2023-04"), ("CHN", "FRA", "in_person", today)]


@pytest.mark.parametrize(("lang", "text", "earlier"), [
    # Xi at the Elysée on 6 May 2024; Macron received him in Paris in March 2019 and was in Beijing in April
    # 2023
    ("it", "Xi Jinping è stato ricevuto lunedì all'Eliseo da Emmanuel Macron, che aveva accolto il leader "
           "cinese già nel marzo 2019.", "2019-03"),
    ("pt", "Xi Jinping foi recebido na segunda-feira no Eliseu por Emmanuel Macron. Macron tinha estado em "
           "Pequim em abril do ano passado.", "2023-04"),
    ("es", "Xi Jinping fue recibido el lunes en el Elíseo por Emmanuel Macron. Macron había estado en Pekín "
           "en abril del año pasado.", "2023-04"),
    ("ru", "Си Цзиньпин в понедельник провел переговоры с Эммануэлем Макроном в Елисейском дворце. Макрон "
           "посещал Пекин в апреле прошлого года.", "2023-04"),
])
def test_an_earlier_meeting_of_the_host_and_guest(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  text: str, earlier: str) -> None:
    assert held_rows(real, make_doc, text, "2024-05-07", lang) == [
        ("CHN", "FRA", "in_person", earlier), ("CHN", "FRA", "in_person", "2024-05-06")]


def test_a_season_of_something_else_is_no_date(real: RuleExtractor) -> None:
    # "in the fall of Kabul" is no autumn; "in the summer of 2022" is that year
    for text, years in (("They met in the fall of Kabul.", []), ("They met in the summer of 2022.", [2022])):
        tokens = tokenize(text)
        found = find_dates(real.date_indexes["en"], tokens, text, 0, len(tokens))
        assert [e.year for e in found] == years


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sie trafen sich im Herbst des Jahres 2022."),
    ("it", "Si erano incontrati nell'estate dello scorso anno."),
])
def test_a_season_with_another_languages_of_keeps_its_date(real: RuleExtractor, lang: str, text: str) -> None:
    # only the English "of" before no date word ("the fall of Kabul") ends a season's date
    tokens = tokenize(text)
    assert any(e.unit == "season" for e in find_dates(real.date_indexes[lang], tokens, text, 0, len(tokens)))
