"""Round eight: background contacts of a pair the report contacts, at month or year precision.

Each text is a short report of a contact of two leaders and an earlier contact of the same two, told beside
it ("they last met in March 2023", "ya se habían reunido en 2023"). Sentences we wrote about real contacts of
leaders in office on both days. Rows are ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"

# Sánchez and Xi met in Beijing on 9 September 2024, and before that on 31 March 2023.
_SANCHEZ_XI = "CHN-ESP"

BARE_PLURALS = [
    ("de", "Pedro Sánchez traf am Montag in Peking Xi Jinping. Die Politiker hatten sich zuletzt im März "
           "2023 getroffen."),
    ("fr", "Pedro Sánchez a rencontré lundi Xi Jinping à Pékin. Les dirigeants s'étaient rencontrés en mars "
           "2023."),
    ("it", "Pedro Sánchez ha incontrato lunedì Xi Jinping a Pechino. I leader si erano incontrati nel marzo "
           "2023."),
    ("nl", "Pedro Sánchez ontmoette maandag Xi Jinping in Peking. De leiders hadden elkaar in maart 2023 "
           "ontmoet."),
    ("pl", "Pedro Sánchez spotkał się w poniedziałek z Xi Jinpingiem w Pekinie. Przywódcy spotkali się "
           "w marcu 2023 roku."),
]


@pytest.mark.parametrize(("lang", "text"), BARE_PLURALS)
def test_a_bare_plural_for_leaders_is_the_pair(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                               text: str) -> None:
    # "the leaders" with no number and no meeting of three told is the pair last in contact, as English
    # "the leaders" and Spanish "los líderes" already were
    assert pair_rows(real, make_doc, text, "2024-09-10", lang) == [
        (_SANCHEZ_XI, V, "2023-03", OK), (_SANCHEZ_XI, V, "2024-09-09", OK)]


DROPPED_SUBJECTS = [
    ("es", "Pedro Sánchez se reunió el lunes con Xi Jinping en Pekín. Ya se habían reunido en marzo de "
           "2023."),
    ("es", "Pedro Sánchez se reunió el lunes con Xi Jinping en Pekín. En marzo de 2023 ya se habían reunido "
           "en la capital china."),
    ("it", "Pedro Sánchez ha incontrato lunedì Xi Jinping a Pechino. Si erano già incontrati nel marzo "
           "2023."),
    ("pt", "Pedro Sánchez reuniu-se na segunda-feira com Xi Jinping em Pequim. Já se tinham encontrado em "
           "março de 2023."),
]


@pytest.mark.parametrize(("lang", "text"), DROPPED_SUBJECTS)
def test_a_plural_pluperfect_with_no_subject_is_the_pair(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                         text: str) -> None:
    # Spanish, Italian and Portuguese leave "they" out: a clause opening with the plural auxiliary of the
    # pluperfect (a reflexive or "already" beside it), in a sentence naming nobody, is the pair's
    assert pair_rows(real, make_doc, text, "2024-09-10", lang) == [
        (_SANCHEZ_XI, V, "2023-03", OK), (_SANCHEZ_XI, V, "2024-09-09", OK)]


def test_a_plural_pluperfect_after_its_own_subject_is_not_the_pair(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # a subject before the auxiliary is whoever it names: delegations and ministers are not the leaders
    own = [(_SANCHEZ_XI, V, "2024-09-09", OK)]
    text = ("Pedro Sánchez se reunió el lunes con Xi Jinping en Pekín. Las delegaciones se habían reunido en "
            "marzo de 2023.")
    assert pair_rows(real, make_doc, text, "2024-09-10", "es") == own
    text = ("Pedro Sánchez ha incontrato lunedì Xi Jinping a Pechino. I ministri si erano già incontrati nel "
            "marzo 2023.")
    assert pair_rows(real, make_doc, text, "2024-09-10", "it") == own


def test_the_two_with_last_or_first_before_the_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "the two had last met", "the two first met": "last" and "first" stand as adverbs between the bare
    # "the two" and its verb; "the two countries" are still countries
    for text in ("Pedro Sánchez met Xi Jinping in Beijing on Monday. The two had last met in March 2023.",
                 "Pedro Sánchez met Xi Jinping in Beijing on Monday. The two first met in March 2023."):
        assert pair_rows(real, make_doc, text, "2024-09-10", "en") == [
            (_SANCHEZ_XI, V, "2023-03", OK), (_SANCHEZ_XI, V, "2024-09-09", OK)]
    text = "Pedro Sánchez met Xi Jinping in Beijing on Monday. The two countries first signed a deal in 2005."
    assert pair_rows(real, make_doc, text, "2024-09-10", "en") == [(_SANCHEZ_XI, V, "2024-09-09", OK)]


SINCE_MEETINGS = [
    ("en", "Biden spoke with Xi Jinping by phone on Tuesday, their first conversation since they met in "
           "California in November."),
    ("en", "Biden spoke with Xi Jinping by phone on Tuesday, the first since their meeting in California in "
           "November."),
    ("fr", "Joe Biden s'est entretenu mardi au téléphone avec Xi Jinping, leur premier échange depuis leur "
           "rencontre en Californie en novembre."),
    ("es", "Joe Biden conversó el martes por teléfono con Xi Jinping, su primera conversación desde que se "
           "reunieron en California en noviembre."),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_MEETINGS)
def test_the_contact_a_since_names_keeps_its_own_mode(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                      text: str) -> None:
    # Biden and Xi spoke by phone on 2 April 2024, and had met at Woodside on 15 November 2023: the
    # meeting after "since" is held in person, not a call of November
    assert pair_rows(real, make_doc, text, "2024-04-03", lang) == [
        ("CHN-USA", V, "2023-11", OK), ("CHN-USA", P, "2024-04-02", OK)]


APPOSITION_SINCE = [
    ("en", "Pedro Sánchez, who has led the government since 2018, met Xi Jinping on Monday in Beijing."),
    ("en", "Pedro Sánchez, in office since 2018, met Xi Jinping on Monday in Beijing."),
    ("fr", "Pedro Sánchez, au pouvoir depuis 2018, a rencontré Xi Jinping lundi à Pékin."),
    ("es", "Pedro Sánchez, que gobierna desde 2018, se reunió el lunes con Xi Jinping en Pekín."),
]


@pytest.mark.parametrize(("lang", "text"), APPOSITION_SINCE)
def test_a_year_since_in_an_apposition_dates_no_contact(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                       text: str) -> None:
    # "since 2018" closed by a comma before the verb is how long he has governed, no earlier meeting: the
    # meeting is Monday's alone (it was dated 2018)
    assert pair_rows(real, make_doc, text, "2024-09-10", lang) == [(_SANCHEZ_XI, V, "2024-09-09", OK)]


def test_a_german_bare_year_after_the_reflexive_or_an_adverb(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # German writes a year with no preposition: "hatten sich 2023 ... getroffen", "zuletzt 2023" (Putin
    # and Xi met in Beijing on 16 May 2024; Xi had been to Moscow in March 2023)
    text = ("Pedro Sánchez traf am Montag in Peking Xi Jinping. Die beiden hatten sich 2023 in Peking "
            "getroffen.")
    assert pair_rows(real, make_doc, text, "2024-09-10", "de") == [
        (_SANCHEZ_XI, V, "2023", OK), (_SANCHEZ_XI, V, "2024-09-09", OK)]
    text = ("Wladimir Putin und Xi Jinping haben am Donnerstag in Peking verhandelt. Xi hatte Putin zuletzt "
            "2023 in Moskau besucht.")
    assert pair_rows(real, make_doc, text, "2024-05-17", "de") == [
        ("CHN-RUS", V, "2023", OK), ("CHN-RUS", V, "2024-05-16", OK)]


def test_an_italian_pronoun_after_with_is_the_other_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "con lui", "con lei": the partner of the leader the clause names (Sheinbaum and Trump spoke by phone
    # on 6 March 2025, and on 3 February)
    text = ("Claudia Sheinbaum ha parlato giovedì al telefono con Donald Trump. Sheinbaum aveva già parlato "
            "con lui a febbraio.")
    assert pair_rows(real, make_doc, text, "2025-03-07", "it") == [
        ("MEX-USA", P, "2025-02", OK), ("MEX-USA", P, "2025-03-06", OK)]
    text = ("Donald Trump ha parlato giovedì al telefono con Claudia Sheinbaum. Trump aveva già parlato "
            "con lei a febbraio.")
    assert pair_rows(real, make_doc, text, "2025-03-07", "it") == [
        ("MEX-USA", P, "2025-02", OK), ("MEX-USA", P, "2025-03-06", OK)]


# Forms of the class the extractor already read before this round, kept as a guard: (lang, published, text,
# the earlier contact's row; the report's own contact is the other row).
ALREADY_READ = [
    ("en", "2023-11-16", "Joe Biden and Xi Jinping met on Wednesday at an estate near San Francisco. The two "
     "leaders last met in Bali in November 2022, on the sidelines of the G20 summit.",
     ("CHN-USA", V, "2022-11", OK), ("CHN-USA", V, "2023-11-15", OK)),
    ("en", "2025-02-19", "Recep Tayyip Erdogan received Volodymyr Zelensky in Ankara on Tuesday. Zelensky "
     "had last visited Turkey in July 2023, when Erdogan hosted him in Istanbul.",
     ("TUR-UKR", V, "2023-07", OK), ("TUR-UKR", V, "2025-02-18", OK)),
    ("de", "2024-04-17", "Olaf Scholz ist am Dienstag in Peking mit Xi Jinping zusammengetroffen. Die beiden "
     "waren sich zuletzt im November 2022 begegnet, als Scholz zu einem Kurzbesuch nach China gereist war.",
     ("CHN-DEU", V, "2022-11", OK), ("CHN-DEU", V, "2024-04-16", OK)),
    ("fr", "2025-07-02", "Emmanuel Macron s'est entretenu mardi au téléphone avec Vladimir Poutine. Leur "
     "dernier entretien téléphonique remontait à septembre 2022.",
     ("FRA-RUS", P, "2022-09", OK), ("FRA-RUS", P, "2025-07-01", OK)),
    ("es", "2023-05-13", "Joe Biden recibió a Pedro Sánchez en la Casa Blanca el viernes. Los dos líderes ya "
     "se habían visto en Madrid en junio de 2022, durante la cumbre de la OTAN.",
     ("ESP-USA", V, "2022-06", OK), ("ESP-USA", V, "2023-05-12", OK)),
    ("it", "2024-07-30", "La presidente del Consiglio Giorgia Meloni ha incontrato lunedì a Pechino Xi "
     "Jinping. Il primo faccia a faccia tra i due risaliva al novembre 2022, a Bali.",
     ("CHN-ITA", V, "2022-11", OK), ("CHN-ITA", V, "2024-07-29", OK)),
    ("pt", "2024-11-19", "Lula e Joe Biden reuniram-se na segunda-feira no Rio de Janeiro. Os dois "
     "presidentes tinham se encontrado em 2023 em Nova York, à margem da Assembleia Geral da ONU.",
     ("BRA-USA", V, "2023", OK), ("BRA-USA", V, "2024-11-18", OK)),
    ("nl", "2025-08-16", "Trump en Poetin spraken vrijdag in Alaska met elkaar. Het was hun eerste "
     "ontmoeting sinds de G20-top in Osaka in juni 2019.",
     ("RUS-USA", V, "2019-06", OK), ("RUS-USA", V, "2025-08-15", OK)),
    ("pl", "2024-05-17", "Władimir Putin spotkał się w czwartek w Pekinie z Xi Jinpingiem. W 2023 roku "
     "chiński przywódca odwiedził Moskwę.",
     ("CHN-RUS", V, "2023", OK), ("CHN-RUS", V, "2024-05-16", OK)),
]


@pytest.mark.parametrize(("lang", "published", "text", "earlier", "own"), ALREADY_READ)
def test_forms_read_before_stay_read(real: RuleExtractor, make_doc: DocFactory, lang: str, published: str,
                                     text: str, earlier: tuple[str, ...], own: tuple[str, ...]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == sorted([earlier, own])


def test_no_earlier_contact_where_none_is_told(real: RuleExtractor, make_doc: DocFactory) -> None:
    # a "first since" year of a country's visits, a summit with no meeting of the two, a third leader's
    # earlier meeting, and a planned trip: the report's own contact alone
    text = ("Albanese met Xi Jinping in Beijing on Monday, the first visit by an Australian prime minister "
            "since 2016.")
    assert pair_rows(real, make_doc, text, "2023-11-07", "en") == [("AUS-CHN", V, "2023-11-06", OK)]
    text = ("Biden met Xi on Wednesday in California. The 2022 summit in Bali was dominated by the war in "
            "Ukraine.")
    assert pair_rows(real, make_doc, text, "2023-11-16", "en") == [("CHN-USA", V, "2023-11-15", OK)]
    text = "Sánchez se reunió con Xi Jinping el lunes. En abril de 2023, Xi había recibido a Lula en Pekín."
    assert pair_rows(real, make_doc, text, "2024-09-10", "es") == [
        ("BRA-CHN", V, "2023-04", OK), (_SANCHEZ_XI, V, "2024-09-09", OK)]
    text = "Macron a reçu Xi Jinping lundi à Paris. Il se rendra en Chine en 2025."
    assert pair_rows(real, make_doc, text, "2024-05-07", "fr") == [("CHN-FRA", V, "2024-05-06", OK)]


BEEN_IN = [
    ("en", "Olaf Scholz met Xi Jinping in Beijing on Tuesday. Scholz had last been in Beijing in November "
           "2022."),
    ("fr", "Olaf Scholz a rencontré Xi Jinping mardi à Pékin. Scholz avait été à Pékin en novembre 2022."),
    ("nl", "Olaf Scholz ontmoette dinsdag Xi Jinping in Peking. Scholz was in november 2022 al naar Peking "
           "gereisd."),
]


@pytest.mark.parametrize(("lang", "text"), BEEN_IN)
def test_having_been_in_the_partners_capital_is_a_visit(real: RuleExtractor, make_doc: DocFactory,
                                                        lang: str, text: str) -> None:
    # "had been in Beijing", "avait été à Pékin" (as Spanish "había estado en" and Italian "era stato a"
    # already), Dutch "gereisd": a dated trip to the partner's capital met its host (Scholz in Beijing on
    # 4 November 2022 and 16 April 2024)
    assert pair_rows(real, make_doc, text, "2024-04-17", lang) == [
        ("CHN-DEU", V, "2022-11", OK), ("CHN-DEU", V, "2024-04-16", OK)]


def test_been_elsewhere_is_no_visit_of_the_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    own = [("CHN-DEU", V, "2024-04-16", OK)]
    for tail in ("Scholz had been in India in February 2023.",
                 "Scholz had been in office since December 2021."):
        text = f"Olaf Scholz met Xi Jinping in Beijing on Tuesday. {tail}"
        assert pair_rows(real, make_doc, text, "2024-04-17", "en") == own


SINCE_VISITS = [
    ("en", "Putin and Xi Jinping held talks in Beijing on Thursday. It was their first meeting since Xi's "
           "state visit to Moscow in March 2023."),
    ("fr", "Vladimir Poutine et Xi Jinping se sont entretenus jeudi à Pékin, leur première rencontre depuis "
           "la visite de Xi à Moscou en mars 2023."),
    ("es", "Vladimir Putin y Xi Jinping conversaron el jueves en Pekín, su primer encuentro desde la "
           "visita de Xi a Moscú en marzo de 2023."),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_VISITS)
def test_a_since_naming_a_trip_of_the_pair_is_their_last_meeting(real: RuleExtractor, make_doc: DocFactory,
                                                                 lang: str, text: str) -> None:
    # Xi's state visit to Moscow (20-22 March 2023) before Putin's to Beijing (16 May 2024)
    assert pair_rows(real, make_doc, text, "2024-05-17", lang) == [
        ("CHN-RUS", V, "2023-03", OK), ("CHN-RUS", V, "2024-05-16", OK)]


def test_a_since_naming_another_trip_is_no_meeting_of_the_pair(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # a trip to a third country, a minister's trip, and coming to power are no meeting of the two
    own = [("CHN-USA", V, "2023-11-15", OK)]
    for tail in ("their first meeting since Biden's visit to Israel in October.",
                 "the first meeting since the visit of Blinken to Beijing in June."):
        text = f"Joe Biden met Xi Jinping in California on Wednesday, {tail}"
        assert pair_rows(real, make_doc, text, "2023-11-16", "en") == own
    text = ("Gustavo Petro fue recibido el jueves por Joe Biden en la Casa Blanca, en su primera reunión "
            "desde que llegó al poder en agosto.")
    assert pair_rows(real, make_doc, text, "2023-04-21", "es") == [("COL-USA", V, "2023-04-20", OK)]
