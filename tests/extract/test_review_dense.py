"""A press review of dense reports (English, German, Russian): a leader's week, a summit's bilaterals, a trip.

Reports we wrote ourselves in the agencies' usage (Reuters, AP, dpa, TASS, Interfax), about real contacts of
real leaders in office on the day. Each row is ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def test_the_objects_of_one_verb_met_no_later_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The leaders a subject met are its objects: a later cue whose subject is a singular pronoun or is
    # dropped is the subject's again. Xi met Albanese, Macron and Yoon in Bali on 15 November 2022, the day
    # after his talks with Biden; Trump called Putin, then Zelensky, on 12 February 2025.
    text = ("BALI, Indonesia (Reuters) - Chinese President Xi Jinping met Australian Prime Minister Anthony "
            "Albanese, French President Emmanuel Macron and South Korea's Yoon Suk Yeol on the sidelines of "
            "the "
            "G20 summit on Tuesday, a day after he held three hours of talks with U.S. President Joe Biden.")
    assert pair_rows(real, make_doc, text, "2022-11-15", "en") == [
        ("AUS-CHN", V, "2022-11-15", OK), ("CHN-FRA", V, "2022-11-15", OK), ("CHN-KOR", V, "2022-11-15", OK),
        ("CHN-USA", V, "2022-11-14", OK)]
    text = "Трамп в среду провел телефонный разговор с Путиным, а затем переговорил с Зеленским."
    assert pair_rows(real, make_doc, text, "2025-02-13", "ru") == [
        ("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-12", OK)]


def test_a_trip_told_stop_by_stop_is_the_travellers(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "where he met" after a stop's partner: the traveller met the next host, not the last one. Merz saw
    # Macron in Paris and Tusk in Warsaw on 7 May 2025; Modi met Putin in Moscow on 9 July 2024 and Nehammer
    # in Vienna on 10 July.
    text = ("Friedrich Merz, sworn in as German chancellor on Tuesday, travelled to Paris on Wednesday for "
            "talks "
            "with President Emmanuel Macron, and from Paris he flew to Warsaw, where he met Prime Minister "
            "Donald Tusk.")
    assert pair_rows(real, make_doc, text, "2025-05-07", "en") == [
        ("DEU-FRA", V, "2025-05-07", OK), ("DEU-POL", V, "2025-05-07", OK)]
    text = ("Indian Prime Minister Narendra Modi, who held talks with Putin in Moscow on Tuesday, flew on to "
            "Vienna, where he met Chancellor Karl Nehammer on Wednesday.")
    assert pair_rows(real, make_doc, text, "2024-07-10", "en") == [
        ("AUT-IND", V, "2024-07-10", OK), ("IND-RUS", V, "2024-07-09", OK)]


def test_a_guest_greeted_at_the_next_stop(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A German side clause puts its verb last, the object before it ("wo ihn Tusk begrüßte"), and the one
    # greeted at the next stop is the traveller, named by an epithet the gazetteer does not know.
    text = ("Bundeskanzler Friedrich Merz ist am Mittwoch zu seinen ersten Auslandsreisen aufgebrochen. In "
            "Paris "
            "empfing ihn Präsident Emmanuel Macron mit militärischen Ehren. Am Nachmittag flog der "
            "CDU-Politiker weiter nach Warschau, wo ihn Ministerpräsident Donald Tusk begrüßte.")
    assert pair_rows(real, make_doc, text, "2025-05-07", "de") == [
        ("DEU-FRA", V, "2025-05-07", OK), ("DEU-POL", V, "2025-05-07", OK)]


def test_a_german_surname_after_its_fronted_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Verb-second: after a fronted date or place the subject follows the finite verb ("Am Dienstag führte
    # Putin ..."). Putin held talks with Xi in Beijing on 2 September 2025; Trump met Carney, Starmer and
    # Ishiba at Kananaskis on 16 June 2025.
    text = "Am Dienstag führte Putin in Peking Gespräche mit Xi Jinping."
    assert pair_rows(real, make_doc, text, "2025-09-02", "de") == [("CHN-RUS", V, "2025-09-02", OK)]
    text = ("Am Rande des G7-Gipfels in Kananaskis traf Trump am Montag den kanadischen Premierminister Mark "
            "Carney, den britischen Premier Keir Starmer und Japans Regierungschef Shigeru Ishiba.")
    assert pair_rows(real, make_doc, text, "2025-06-17", "de") == [
        ("CAN-USA", V, "2025-06-16", OK), ("GBR-USA", V, "2025-06-16", OK), ("JPN-USA", V, "2025-06-16", OK)]
    # an adjective before a common noun is no fronted verb: no Luc Frieden
    text = "Für einen gerechten Frieden traf sich Merz am Mittwoch mit Selenskyj in Berlin."
    assert pair_rows(real, make_doc, text, "2025-05-28", "de") == [("DEU-UKR", V, "2025-05-28", OK)]


def test_dense_reports_already_right(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Probed and right before this review; kept so they stay right.
    cases = [
        ("en", "2024-10-23", "KAZAN, Russia (AP) - Russian President Vladimir Putin held talks with "
         "Chinese leader Xi Jinping and Indian Prime Minister Narendra Modi on Tuesday as the BRICS summit "
         "opened. On Wednesday he met Turkish President Recep Tayyip Erdogan and Iranian President Masoud "
         "Pezeshkian.",
         [("CHN-RUS", V, "2024-10-22", OK), ("IND-RUS", V, "2024-10-22", OK),
          ("IRN-RUS", V, "2024-10-23", OK), ("RUS-TUR", V, "2024-10-23", OK)]),
        ("en", "2025-06-14", "Putin spoke by phone with Israeli Prime Minister Benjamin Netanyahu and "
         "Iranian President Masoud Pezeshkian on Friday, the Kremlin said. On Saturday, Trump said Putin had "
         "called him to wish him a happy birthday and to discuss Iran.",
         [("IRN-RUS", P, "2025-06-13", OK), ("ISR-RUS", P, "2025-06-13", OK),
          ("RUS-USA", P, "2025-06-14", OK)]),
        ("en", "2025-03-19", "Trump and Putin spoke for more than two hours on Tuesday. White House "
         "spokeswoman Karoline Leavitt said the call went well, and Kremlin aide Yuri Ushakov told reporters "
         "the two presidents had also discussed ice hockey. Trump spoke with Zelenskiy by phone "
         "on Wednesday.",
         [("RUS-USA", P, "2025-03-18", OK), ("UKR-USA", P, "2025-03-19", OK)]),
        ("en", "2025-02-20", "Kremlin spokesman Dmitry Peskov said on Thursday that Putin had no plans to "
         "speak with Zelenskiy and that a meeting with Trump was still being prepared.", []),
        ("de", "2024-10-23", "Kremlchef Wladimir Putin traf am Dienstag am Rande des Brics-Gipfels in Kasan "
         "den chinesischen Staatschef Xi Jinping und den indischen Premierminister Narendra Modi. Am "
         "Mittwoch empfing er den türkischen Präsidenten Recep Tayyip Erdogan.",
         [("CHN-RUS", V, "2024-10-22", OK), ("IND-RUS", V, "2024-10-22", OK),
          ("RUS-TUR", V, "2024-10-23", OK)]),
        ("de", "2025-02-13", "US-Präsident Donald Trump telefonierte am Mittwoch mit Kremlchef Wladimir "
         "Putin und anschließend mit dem ukrainischen Präsidenten Wolodymyr Selenskyj.",
         [("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-12", OK)]),
        ("ru", "2025-08-16", "Встреча Путина и Трампа на Аляске в пятницу прошла в формате «три на три»: с "
         "российской стороны в ней участвовали помощник президента Юрий Ушаков и министр иностранных дел "
         "Сергей Лавров, с американской — госсекретарь Марко Рубио и спецпосланник Стив Уиткофф.",
         [("RUS-USA", V, "2025-08-15", OK)]),
        ("ru", "2025-02-20", "Песков заявил журналистам, что контактов Путина с Зеленским не "
         "планируется.", []),
        ("ru", "2025-09-02", "Во вторник в Пекине Путин провел переговоры с Си Цзиньпином. Днем ранее в "
         "Тяньцзине на полях саммита ШОС российский лидер встретился с премьер-министром Индии Нарендрой "
         "Моди, президентом Турции Реджепом Тайипом Эрдоганом и президентом Ирана Масудом Пезешкианом.",
         [("CHN-RUS", V, "2025-09-02", OK), ("IND-RUS", V, "2025-09-01", OK),
          ("IRN-RUS", V, "2025-09-01", OK), ("RUS-TUR", V, "2025-09-01", OK)]),
    ]
    for lang, published, text, want in cases:
        assert pair_rows(real, make_doc, text, published, lang) == sorted(want), text


def test_a_fronted_city_before_the_subject(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "В Казани Путин": a city the gazetteer lacks, inflected, after a preposition opening the sentence, is
    # no given name before the surname. Putin met Xi, Modi and Ramaphosa in Kazan on 22 October 2024.
    text = ("В Казани Путин провел двусторонние встречи с председателем КНР Си Цзиньпином, премьер-министром "
            "Индии Нарендрой Моди и президентом ЮАР Сирилом Рамафосой.")
    assert pair_rows(real, make_doc, text, "2024-10-22", "ru") == [
        ("CHN-RUS", V, "2024-10-22", OK), ("IND-RUS", V, "2024-10-22", OK), ("RUS-ZAF", V, "2024-10-22", OK)]


def test_each_of_the_pair_met_a_third(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "каждый из них встретился с Путиным", "both leaders had met Putin separately": each of the pair just
    # told met the verb's partner. Modi and Xi met in Kazan on 23 October 2024, each having met Putin the
    # day before. "за пять лет" (in five years) is no summer ("летом" is written out, its stem is "лет").
    text = ("Моди и Си Цзиньпин в среду провели в Казани первые за пять лет двусторонние переговоры. Днем "
            "ранее "
            "каждый из них встретился с Путиным.")
    assert pair_rows(real, make_doc, text, "2024-10-24", "ru") == [
        ("CHN-IND", V, "2024-10-23", OK), ("CHN-RUS", V, "2024-10-22", OK), ("IND-RUS", V, "2024-10-22", OK)]
    text = ("Modi and Xi held their first formal bilateral talks in five years in Kazan on Wednesday. A day "
            "earlier, both leaders had met Putin separately.")
    assert pair_rows(real, make_doc, text, "2024-10-24", "en") == [
        ("CHN-IND", V, "2024-10-23", OK), ("CHN-RUS", V, "2024-10-22", OK), ("IND-RUS", V, "2024-10-22", OK)]
    # a season still dates: Putin and Erdogan met in Tehran on 19 July 2022
    text = "Летом 2022 года Путин и Эрдоган провели двустороннюю встречу в Тегеране."
    assert pair_rows(real, make_doc, text, "2023-09-04", "ru") == [("RUS-TUR", V, "2022", OK)]


def test_a_summary_before_a_colon_dates_its_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "лидеры общались только по телефону: ..., а 18 марта ...": the undated summary's call is dated in the
    # clause after the colon. Putin and Trump spoke by phone on 18 March 2025.
    text = ("Путин и Трамп в пятницу встретились в Анкоридже. До саммита лидеры общались только по телефону: "
            "18 марта они договорились о прекращении ударов по энергетической инфраструктуре.")
    got = pair_rows(real, make_doc, text, "2025-08-16", "ru")
    assert ("RUS-USA", P, "2025-03-18", OK) in got and ("RUS-USA", V, "2025-08-15", OK) in got


def test_partners_listed_each_with_a_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "he had hosted X on Monday and Y on Thursday": the pronoun met each (they did not meet one another),
    # each on the day after it. Trump received Macron on 24 February 2025, Starmer on 27 February and
    # Zelensky on 28 February.
    text = ("Trump's Oval Office meeting with Zelenskiy on Friday ended in a shouting match. Earlier in the "
            "week he had hosted French President Emmanuel Macron on Monday and British Prime Minister Keir "
            "Starmer on Thursday.")
    assert pair_rows(real, make_doc, text, "2025-02-28", "en") == [
        ("FRA-USA", V, "2025-02-24", OK), ("GBR-USA", V, "2025-02-27", OK), ("UKR-USA", V, "2025-02-28", OK)]
    text = ("Трамп принял президента Франции Эмманюэля Макрона в понедельник и премьер-министра "
            "Великобритании Кира Стармера в четверг.")
    assert pair_rows(real, make_doc, text, "2025-02-28", "ru") == [
        ("FRA-USA", V, "2025-02-24", OK), ("GBR-USA", V, "2025-02-27", OK)]


def test_an_acronym_before_a_surname_is_no_given_name(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "На полях ПМЭФ Путин": a forum's acronym in capitals before the subject. Putin met Indonesia's
    # Prabowo and Bahrain's king at the St Petersburg forum on 20 June 2025 (a Chinese vice-premier is no
    # leader).
    text = ("ПЕТЕРБУРГ, 20 июня. /ТАСС/. На полях ПМЭФ Путин провел встречи с вице-премьером Китая Дин "
            "Сюэсяном, президентом Индонезии Прабово Субианто и королем Бахрейна Хамадом бен Исой Аль "
            "Халифой.")
    assert pair_rows(real, make_doc, text, "2025-06-20", "ru") == [
        ("BHR-RUS", V, "2025-06-20", OK), ("IDN-RUS", V, "2025-06-20", OK)]


def test_german_visit_hosts_and_rulers(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "Antrittsbesuch bei Trump": the host right after a visit word's preposition is a surname, not a noun;
    # "der belarussische Machthaber" is the press's word for a ruler. Merz visited Trump on 5 June 2025 (they
    # had spoken by phone several times, last on 19 May); Putin and Lukashenko signed a security treaty in
    # Minsk on 6 December 2024.
    text = ("Merz ist am Donnerstag zu seinem Antrittsbesuch bei Trump im Weißen Haus gewesen. Zuvor hatten "
            "die beiden bereits mehrfach telefoniert, zuletzt im Mai.")
    assert pair_rows(real, make_doc, text, "2025-06-06", "de") == [
        ("DEU-USA", V, "2025-06-05", OK), ("DEU-USA", P, "2025-05", OK)]
    text = ("Putin und der belarussische Machthaber Alexander Lukaschenko unterzeichneten am Freitag in "
            "Minsk einen Vertrag über Sicherheitsgarantien. Putins Berater Juri Uschakow nahm auch teil.")
    assert pair_rows(real, make_doc, text, "2024-12-07", "de") == [("BLR-RUS", V, "2024-12-06", OK)]


def test_german_bare_surnames_after_a_dateline_and_a_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "(dpa) - Scholz hat ...": the agency's name in lower case is no adjective before a noun, so Scholz
    # stays the subject; "empfing am Sonntag Selenskyj": the object after the verb's day. Scholz met
    # Zelensky and Erdogan in New York on 24 September 2024; Starmer received Zelensky on 2 March 2025.
    text = ("New York (dpa) - Scholz hat am Rande der UN-Generalversammlung mit Selenskyj gesprochen. Zuvor "
            "war er mit dem türkischen Präsidenten Erdogan zusammengetroffen.")
    assert pair_rows(real, make_doc, text, "2024-09-24", "de") == [
        ("DEU-TUR", V, "2024-09-24", OK), ("DEU-UKR", V, "2024-09-24", OK)]
    text = "London (dpa) - Der britische Premier Keir Starmer empfing am Sonntag Selenskyj in London."
    assert pair_rows(real, make_doc, text, "2025-03-03", "de") == [("GBR-UKR", V, "2025-03-02", OK)]


def test_german_listed_visitors_met_the_final_object(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A surname backed backs each one listed with it ("Merz, Macron, Starmer und Tusk sind ..."), and the
    # leader right before the clause-final participle is the object each of them met, not one of them.
    # The four leaders met Zelensky in Kyiv on 10 May 2025.
    text = ("Merz, Macron, Starmer und Tusk sind am Samstag gemeinsam nach Kiew gereist und haben dort "
            "Präsident Selenskyj getroffen.")
    assert pair_rows(real, make_doc, text, "2025-05-10", "de") == [
        ("DEU-UKR", V, "2025-05-10", OK), ("FRA-UKR", V, "2025-05-10", OK), ("GBR-UKR", V, "2025-05-10", OK),
        ("POL-UKR", V, "2025-05-10", OK)]
    # two subjects alone still met each other: Merz and Macron in Paris on 7 May 2025
    text = "Merz und Macron haben sich am Mittwoch in Paris getroffen."
    assert pair_rows(real, make_doc, text, "2025-05-07", "de") == [("DEU-FRA", V, "2025-05-07", OK)]


def test_the_mechanisms_carry_to_french_spanish_italian(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The same constructions in the Romance press: a call, then another with a dropped or pronoun subject
    # (Trump called Putin, then Zelensky, on 12 February 2025); a trip's next stop after a relative clause on
    # the traveller (Modi met Putin in Moscow on 9 July 2024 and Nehammer in Vienna on 10 July); partners
    # listed each with a day (Macron on 24 February 2025, Starmer on 27 February).
    cases = [
        ("fr", "2025-02-13", "Donald Trump s'est entretenu mercredi au téléphone avec Vladimir Poutine, puis "
         "il a parlé avec Volodymyr Zelensky.",
         [("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-12", OK)]),
        ("es", "2025-02-13", "Trump conversó el miércoles por teléfono con Putin y luego habló con Zelenski.",
         [("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-12", OK)]),
        ("it", "2025-02-13", "Trump ha avuto mercoledì una telefonata con Putin e poi ha parlato con "
         "Zelensky.",
         [("RUS-USA", P, "2025-02-12", OK), ("UKR-USA", P, "2025-02-12", OK)]),
        ("fr", "2024-07-10", "Narendra Modi, qui a rencontré Vladimir Poutine mardi à Moscou, s'est ensuite "
         "rendu à Vienne, où il a été reçu mercredi par le chancelier Karl Nehammer.",
         [("AUT-IND", V, "2024-07-10", OK), ("IND-RUS", V, "2024-07-09", OK)]),
        ("es", "2025-05-07", "Merz viajó el miércoles a París para reunirse con Macron y desde allí voló a "
         "Varsovia, donde se reunió con Donald Tusk.",
         [("DEU-FRA", V, "2025-05-07", OK), ("DEU-POL", V, "2025-05-07", OK)]),
        ("it", "2025-02-28", "In settimana Trump aveva ricevuto Macron lunedì e Starmer giovedì.",
         [("FRA-USA", V, "2025-02-24", OK), ("GBR-USA", V, "2025-02-27", OK)]),
    ]
    for lang, published, text, want in cases:
        assert pair_rows(real, make_doc, text, published, lang) == want, text


def test_a_background_list_of_dates_is_one_contact_each(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "met in June 2019, in February 2022 and in March 2023": each date of the list, joined by a comma or
    # "and", is a meeting of its own (Xi and Putin met in Dushanbe in June 2019, in Beijing on 4 February
    # 2022 and in Moscow in March 2023); a date in another clause is not listed.
    for text in ("Xi and Putin met in June 2019, in February 2022 and in March 2023.",
                 "Xi and Putin met in June 2019 and in February 2022 and in March 2023."):
        assert pair_rows(real, make_doc, text, "2024-05-16", "en") == [
            ("CHN-RUS", V, "2019-06", OK), ("CHN-RUS", V, "2022-02", OK), ("CHN-RUS", V, "2023-03", OK)], text
    text = "Си Цзиньпин и Путин встречались в июне 2019 года, в феврале 2022 года и в марте 2023 года."
    assert pair_rows(real, make_doc, text, "2024-05-16", "ru") == [
        ("CHN-RUS", V, "2019-06", OK), ("CHN-RUS", V, "2022-02", OK), ("CHN-RUS", V, "2023-03", OK)]
    text = "Xi and Putin met in June 2019, and Xi said in March 2023 that ties had no limits."
    assert pair_rows(real, make_doc, text, "2024-05-16", "en") == [("CHN-RUS", V, "2019-06", OK)]


def test_a_summit_agreed_on_did_not_occur(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Witkoff is an envoy; "договорились о саммите ... в ближайшие дни", "agreed on a summit ... in the coming
    # days": a meeting to come, no meeting of the day. (Putin received Witkoff on 6 August 2025; the Alaska
    # summit followed on 15 August.)
    cases = [
        ("ru", "Путин в среду принял в Кремле спецпосланника президента США Стива Уиткоффа. По итогам Ушаков "
         "заявил, что стороны договорились о саммите Путина и Трампа в ближайшие дни."),
        ("en", "Putin received Trump's envoy Steve Witkoff in the Kremlin on Wednesday. Afterwards, aide "
         "Yuri Ushakov said the sides had agreed on a summit of Putin and Trump in the coming days."),
    ]
    for lang, text in cases:
        assert not any(r[3] == "occurred" for r in pair_rows(real, make_doc, text, "2025-08-07", lang)), text


def test_bare_talks_at_a_visit_place_are_in_person(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "провели переговоры в Кремле": talks with no mode word of their own, at a visit's place, are a meeting,
    # not the call a later sentence tells of another pair. Xi held talks with Putin in the Kremlin on 8 May
    # 2025.
    text = ("Путин и Си Цзиньпин провели переговоры в Кремле. Лидеры обсудили украинский кризис. Российский "
            "президент также рассказал о своих контактах с американской стороной, в том числе о телефонном "
            "разговоре с Трампом.")
    assert ("CHN-RUS", V, "2025-05-08", OK) in pair_rows(real, make_doc, text, "2025-05-08", "ru")
