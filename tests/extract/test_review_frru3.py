"""French and Russian review 3: bare home titles, other presses' own heads, and near misses we wrote.

Each report is ours, about a real contact (pairs, modes, days and statuses as rows). True facts: Modi dined
at the Elysée on 10 February 2025; Attal was received by Scholz in Berlin on 5 February 2024; Faye was in
Nouakchott on 18 April 2024; Zelensky signed a security agreement with De Croo in Brussels on 28 May 2024;
von der Leyen was in New Delhi on 27-28 February 2025; Trump was in Paris as president-elect on 7 December
2024; Jill Biden led the US delegation to the Olympics' opening in Paris on 26 July 2024; the Francophonie
summit opened in Villers-Cotterêts on 4 October 2024; Macron called Putin on 1 July 2025 (their previous call
was in September 2022); Witkoff was received by Putin on 6 August 2025; Putin met Modi in Tianjin on 1
September 2025 and was expected in India in December; Putin was in Minsk on 6 December 2024 and in Astana on
27 November 2024; Putin met Pope Francis on 10 June 2015 and 4 July 2019; Rubio spoke in Antalya on 15 May
2025; Tshisekedi and Kagame met the emir of Qatar in Doha on 18 March 2025; the presidents of Poland and
Lithuania were in Kyiv together more than once; Erdoğan welcomed Putin's offer of direct talks with Ukraine
on 11 May 2025; Putin and Trump spoke by phone on 12 February and 18 March 2025; Putin congratulated Trump at
his Security Council's sitting on 20 January 2025; Putin and Biden met in Geneva on 16 June 2021; the
leaders of Central Asia sent condolences after the Crocus City Hall attack of 22 March 2024; Putin and Xi
exchanged New Year messages on 31 December 2024; Putin apologized to Aliyev by phone on 28 December 2024.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# (report, publication day, language, rows: "AAA-BBB", mode, date, status)
CASES = [
    # an Elysée or Matignon readout never names its own head: France's, in French
    ("Le chef de l'Etat a reçu lundi soir à l'Elysée le Premier ministre indien Narendra Modi pour un dîner.",
     "2025-02-11", "fr", [("FRA-IND", "in_person", "2025-02-10", "occurred")]),
    ("Le Premier ministre a été reçu lundi à Berlin par le chancelier Olaf Scholz.",
     "2024-02-06", "fr", [("DEU-FRA", "in_person", "2024-02-05", "occurred")]),
    # another francophone press, shown by its agency: its own head
    ("NOUAKCHOTT (Agence de presse sénégalaise) - Le chef de l'Etat a été reçu jeudi par le président "
     "Mohamed Ould Ghazouani.",
     "2024-04-19", "fr", [("MRT-SEN", "in_person", "2024-04-18", "occurred")]),
    ("BRUXELLES (Belga) - Le Premier ministre a signé mardi un accord de sécurité avec le président "
     "ukrainien Volodymyr Zelensky.",
     "2024-05-29", "fr", [("BEL-UKR", "in_person", "2024-05-28", "occurred")]),
    # the head of an institution named after the title is nobody's home head
    ("La présidente de la Commission s'est entretenue jeudi à New Delhi avec Narendra Modi.",
     "2025-02-28", "fr", []),
    # "de la" before the country joins it to the title
    ("Emmanuel Macron s'est entretenu au téléphone avec le président de la Turquie.",
     "2025-03-10", "fr", [("FRA-TUR", "phone", "2025-03-10", "occurred")]),
    # a leader-to-be, a spouse, a provincial premier
    ("Emmanuel Macron a reçu samedi à l'Elysée le futur locataire de la Maison Blanche.",
     "2024-12-08", "fr", []),
    ("Emmanuel Macron a accueilli vendredi la première dame américaine Jill Biden.",
     "2024-07-27", "fr", []),
    ("Emmanuel Macron s'est entretenu vendredi avec le premier ministre québécois.",
     "2024-10-05", "fr", []),
    # a participle that tells who was in the room
    ("Emmanuel Macron a ouvert vendredi le sommet de la Francophonie. Le premier ministre canadien Justin "
     "Trudeau a ensuite pris la parole devant les chefs d'Etat et de gouvernement réunis au château.",
     "2024-10-05", "fr", []),
    # "first" after the contact word, then "since": the earlier contact
    ("Emmanuel Macron s'est entretenu mardi avec Vladimir Poutine. Cet appel était le premier entre les "
     "deux présidents depuis septembre 2022.",
     "2025-07-01", "fr", [("FRA-RUS", "phone", "2022-09", "occurred"),
                          ("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # a demonym before a leader of a text named further on picks that leader's country of the two
    ("Le président congolais a été reçu mardi à Doha par l'émir du Qatar. Félix Tshisekedi a ensuite "
     "regagné Kinshasa.",
     "2025-03-19", "fr", [("COD-QAT", "in_person", "2025-03-18", "occurred")]),
    # the leaders of one plural title with a reciprocal verb met one another, and the host who gathered them
    ("Les présidents congolais et rwandais se sont vus mardi à Doha, réunis par l'émir du Qatar. Félix "
     "Tshisekedi et Paul Kagame ont appelé à un cessez-le-feu.",
     "2025-03-19", "fr", [("COD-QAT", "in_person", "2025-03-18", "occurred"),
                          ("COD-RWA", "in_person", "2025-03-18", "occurred"),
                          ("QAT-RWA", "in_person", "2025-03-18", "occurred")]),
    # ... but not those a verb with "with" names
    ("Президенты Польши и Литвы встретились с Зеленским в Киеве.",
     "2025-03-19", "ru", [("LTU-UKR", "in_person", "2025-03-19", "occurred"),
                          ("POL-UKR", "in_person", "2025-03-19", "occurred")]),
    # a leader in the genitive of an abstract noun owns a decision, he is no party to the talks it is about
    ("Эрдоган приветствовал решение Путина о прямых переговорах с Украиной.",
     "2025-05-11", "ru", []),
    # ... but one in the dative after such a noun is its addressee
    ("Путин принес извинения Алиеву в телефонном разговоре 28 декабря.",
     "2025-01-10", "ru", [("AZE-RUS", "phone", "2024-12-28", "occurred")]),
    # one country's side is no pair
    ("Путин принял в Кремле спецпосланника Трампа Стивена Уиткоффа. С российской стороны во встрече "
     "участвовал Юрий Ушаков.",
     "2025-08-07", "ru", []),
    # awaited: a visit ahead
    ("Путин и Моди провели переговоры в Тяньцзине. Моди сообщил, что Индия ждет Путина в декабре с визитом.",
     "2025-09-01", "ru", [("IND-RUS", "in_person", "2025-09-01", "occurred"),
                          ("IND-RUS", "in_person", "2025-12", "planned")]),
    ("Рубио заявил, что прорыва следует ожидать только после личной встречи президентов России и США.",
     "2025-05-16", "ru", [("RUS-USA", "in_person", "2025-05-16", "planned")]),
    # a leader-to-be
    ("Эммануэль Макрон принял в субботу будущего президента США.",
     "2024-12-08", "ru", []),
    # the singular head of state is no plural group; in a neighbour's agency copy it is that country's
    ("Москва. 27 ноября. Глава государства провел переговоры с Президентом Казахстана Касым-Жомартом "
     "Токаевым в Акорде.",
     "2024-11-27", "ru", [("KAZ-RUS", "in_person", "2024-11-27", "occurred")]),
    ("Минск, 6 декабря /БелТА/. Глава государства провел переговоры с Президентом России Владимиром "
     "Путиным во Дворце Независимости.",
     "2024-12-06", "ru", [("BLR-RUS", "in_person", "2024-12-06", "occurred")]),
    ("АСТАНА. КАЗИНФОРМ - Президент провел в Акорде переговоры с Президентом России Владимиром Путиным.",
     "2024-11-27", "ru", [("KAZ-RUS", "in_person", "2024-11-27", "occurred")]),
    # a comma and "then" join the next date of a list
    ("Путин встречался с Папой Римским Франциском 10 июня 2015 года, затем 4 июля 2019 года.",
     "2025-04-21", "ru", [("RUS-VAT", "in_person", "2015-06-10", "occurred"),
                          ("RUS-VAT", "in_person", "2019-07-04", "occurred")]),
    # "the previous one" after a colon, its noun left out: the pair's earlier contact of the same mode
    ("Путин и Трамп провели телефонный разговор во вторник. Это уже второй разговор президентов за пять "
     "недель: предыдущий состоялся 12 февраля.",
     "2025-03-19", "ru", [("RUS-USA", "phone", "2025-02-12", "occurred"),
                          ("RUS-USA", "phone", "2025-03-18", "occurred")]),
    ("Vladimir Poutine et Donald Trump se sont entretenus mardi au téléphone. C'était leur deuxième échange "
     "en cinq semaines : le précédent avait eu lieu le 12 février.",
     "2025-03-19", "fr", [("RUS-USA", "phone", "2025-02-12", "occurred"),
                          ("RUS-USA", "phone", "2025-03-18", "occurred")]),
    # a sentence naming no one that opens with "last" and a dated contact noun: the pair's earlier one
    ("Путин принял в Кремле папского посланника. Ранее Путин встречался с Франциском 10 июня 2015 года. "
     "Последняя встреча состоялась в 2019 году.",
     "2025-04-21", "ru", [("RUS-VAT", "in_person", "2015-06-10", "occurred"),
                          ("RUS-VAT", "in_person", "2019", "occurred")]),
    # talks with a leader restated with no subject: the one he was told in contact with, not the last speaker
    ("Путин провел в Тяньцзине переговоры с Моди, Эрдоганом и Пезешкианом. С Эрдоганом российский лидер "
     "обсудил Украину. Турецкий президент предложил Стамбул как площадку. В беседе с Пезешкианом главной "
     "темой стала ядерная программа Ирана.",
     "2025-09-01", "ru", [("IND-RUS", "in_person", "2025-09-01", "occurred"),
                          ("IRN-RUS", "in_person", "2025-09-01", "occurred"),
                          ("RUS-TUR", "in_person", "2025-09-01", "occurred")]),
    # "the first meeting of the two countries' leaders since" a day before one of them took office: the
    # leaders of that day
    ("Путин и Трамп встретились в пятницу в Анкоридже. Это первая личная встреча лидеров двух стран после "
     "саммита в Женеве в июне 2021 года.",
     "2025-08-16", "ru", [("RUS-USA", "in_person", "2021-06", "occurred"),
                          ("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # congratulations spoken at a sitting of a body are no message and no meeting
    ("Путин поздравил Трампа со вступлением в должность в ходе заседания Совбеза.",
     "2025-01-20", "ru", []),
    ("Vladimir Poutine a félicité Donald Trump lors d'une réunion du Conseil de sécurité.",
     "2025-01-20", "fr", []),
    # the leaders of one plural title who sent condolences did not write to one another; who exchanged did
    ("Соболезнования в связи с терактом выразили также лидеры Казахстана, Узбекистана и Киргизии.",
     "2024-03-23", "ru", []),
    ("Президенты России и Китая обменялись новогодними поздравлениями.",
     "2024-12-31", "ru", [("CHN-RUS", "written", "2024-12-31", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "lang", "expected"), CASES)
def test_french_and_russian_review_3(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                                     lang: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Each report gives exactly the contacts it states, with their modes, days and statuses."""
    assert pair_rows(real, make_doc, text, published, lang) == expected
