"""A pair's second contact in one report: counts, last meetings and earlier encounters of the pair.

Round fifteen (branch r15-second). Sentences we wrote about real contacts of leaders in office on the day.
Each row is ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"

# Putin and Modi met in Bishkek (13 June 2019), in Osaka (28 June 2019) and in Vladivostok (4 September 2019)
_VLADIVOSTOK = [("IND-RUS", V, "2019", OK), ("IND-RUS", V, "2019-09-04", OK)]
_THIRD_THIS_YEAR = [
    ("en", "Vladimir Putin and Narendra Modi held talks in Vladivostok on Wednesday. It was already their "
           "third meeting this year."),
    ("en", "Vladimir Putin and Narendra Modi held talks in Vladivostok on Wednesday. It was the third "
           "meeting of the two leaders this year."),
    ("fr", "Vladimir Poutine et Narendra Modi se sont entretenus mercredi à Vladivostok. C'était leur "
           "troisième rencontre cette année."),
    ("es", "Vladimir Putin y Narendra Modi se reunieron el miércoles en Vladivostok. Fue su tercer "
           "encuentro este año."),
    ("de", "Wladimir Putin und Narendra Modi trafen sich am Mittwoch in Wladiwostok. Es war ihr drittes "
           "Treffen in diesem Jahr."),
    ("ru", "Владимир Путин и Нарендра Моди провели в среду переговоры во Владивостоке. Это уже третья "
           "встреча лидеров в этом году."),
    ("ar", "عقد الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي محادثات يوم الأربعاء في "
           "فلاديفوستوك. وهذا هو اللقاء الثالث بين الزعيمين هذا العام."),
    ("tr", "Vladimir Putin ve Narendra Modi çarşamba günü Vladivostok'ta görüştü. Bu, iki liderin bu yılki "
           "üçüncü görüşmesiydi."),
    ("it", "Vladimir Putin e Narendra Modi hanno avuto colloqui mercoledì a Vladivostok. È stato il terzo "
           "incontro tra i due leader quest'anno."),
    ("pt", "Vladimir Putin e Narendra Modi conversaram na quarta-feira em Vladivostok. Foi o terceiro "
           "encontro entre os dois líderes este ano."),
    ("pl", "Władimir Putin i Narendra Modi rozmawiali w środę we Władywostoku. Było to już trzecie spotkanie "
           "obu przywódców w tym roku."),
    ("nl", "Vladimir Poetin en Narendra Modi spraken woensdag in Vladivostok. Het was de derde ontmoeting "
           "tussen de twee leiders dit jaar."),
]


@pytest.mark.parametrize(("lang", "text"), _THIRD_THIS_YEAR)
def test_a_third_meeting_this_year_tells_an_earlier_one_that_year(real: RuleExtractor, make_doc: DocFactory,
                                                                    lang: str, text: str) -> None:
    # a higher ordinal with the period it counts in: at least one earlier contact of the pair, of that year
    assert pair_rows(real, make_doc, text, "2019-09-05", lang) == _VLADIVOSTOK


def test_a_third_meeting_with_no_period_or_already_named_adds_nothing(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    # Putin met Pope Francis on 4 July 2019, their third meeting: which the earlier ones were, the text does
    # not say
    text = ("Il presidente russo Vladimir Putin è stato ricevuto oggi in Vaticano da Papa Francesco. Era il "
            "terzo incontro tra i due.")
    assert pair_rows(real, make_doc, text, "2019-07-04", "it") == [("RUS-VAT", V, "2019-07-04", OK)]
    text = ("Pope Francis received Vladimir Putin at the Vatican on Thursday. It was the third meeting "
            "between the two men.")
    assert pair_rows(real, make_doc, text, "2019-07-05", "en") == [("RUS-VAT", V, "2019-07-04", OK)]
    # the earlier meeting of that year is told: the count adds no other
    text = ("Vladimir Putin and Narendra Modi held talks in Vladivostok on Wednesday. They had met in Osaka "
            "in June; it was their third meeting this year.")
    assert pair_rows(real, make_doc, text, "2019-09-05", "en") == [
        ("IND-RUS", V, "2019-06", OK), ("IND-RUS", V, "2019-09-04", OK)]
    # the third round of a commission's talks is no contact of the pair
    text = ("Vladimir Putin and Narendra Modi held talks in Vladivostok on Wednesday. The third meeting of "
            "the intergovernmental commission this year is due in Delhi.")
    assert pair_rows(real, make_doc, text, "2019-09-05", "en") == [("IND-RUS", V, "2019-09-04", OK)]


# Merz received Zelensky in Berlin on 28 May 2025; they had met in Kyiv on 10 May 2025
_KYIV = [("DEU-UKR", V, "2025-05-10", OK), ("DEU-UKR", V, "2025-05-28", OK)]
_DROPPED_SUBJECT = [
    ("pl", "Friedrich Merz przyjął w środę w Berlinie Wołodymyra Zełenskiego. Spotkali się wcześniej 10 "
     "maja w "
           "Kijowie."),
    ("pl", "Friedrich Merz przyjął w środę w Berlinie Wołodymyra Zełenskiego. Ostatnio spotkali się 10 maja "
     "w "
           "Kijowie."),
    ("ar", "استقبل المستشار الألماني فريدريش ميرتس الرئيس الأوكراني فولوديمير زيلينسكي يوم الأربعاء في "
     "برلين. "
           "وكانا قد التقيا في العاشر من مايو في كييف."),
    ("tr", "Almanya Başbakanı Friedrich Merz çarşamba günü Ukrayna Devlet Başkanı Volodimir Zelenski'yi "
           "Berlin'de ağırladı. En son 10 Mayıs'ta Kiev'de görüşmüşlerdi."),
    ("fa", "فریدریش مرتس، صدراعظم آلمان، روز چهارشنبه با ولودیمیر زلنسکی، رئیس‌جمهور اوکراین، در برلین دیدار "
           "کرد. پیش از این در ۱۰ مه در کی‌یف دیدار کرده بودند."),
    ("es", "Friedrich Merz recibió el miércoles a Volodímir Zelenski en Berlín. Se habían reunido por "
     "última vez "
           "el 10 de mayo en Kiev."),
    ("it", "Friedrich Merz ha ricevuto mercoledì Volodymyr Zelensky a Berlino. Si erano già visti il 10 "
     "maggio "
           "a Kiev."),
]


@pytest.mark.parametrize(("lang", "text"), _DROPPED_SUBJECT)
def test_a_plural_past_with_no_subject_is_the_pairs_earlier_contact(real: RuleExtractor, make_doc: DocFactory,
                                                                    lang: str, text: str) -> None:
    # no one named, the subject left out: a plural (or dual) past or pluperfect of a contact verb is the pair
    # last in contact
    assert pair_rows(real, make_doc, text, "2025-05-29", lang) == _KYIV


_OTHERS_MET = [
    ("tr", "Friedrich Merz çarşamba günü Volodimir Zelenski'yi Berlin'de ağırladı. Dışişleri bakanları da "
           "ayrıca görüşmüşlerdi."),
    ("pl", "Friedrich Merz przyjął w środę w Berlinie Wołodymyra Zełenskiego. Ministrowie spraw "
     "zagranicznych "
           "spotkali się osobno."),
    ("ar", "استقبل المستشار الألماني فريدريش ميرتس الرئيس الأوكراني فولوديمير زيلينسكي يوم الأربعاء في "
     "برلين. "
           "والتقى وزيرا الخارجية على هامش الزيارة."),
    ("fa", "فریدریش مرتس، صدراعظم آلمان، روز چهارشنبه با ولودیمیر زلنسکی در برلین دیدار کرد. وزیران خارجه دو "
           "کشور نیز جداگانه دیدار کرده بودند."),
]


@pytest.mark.parametrize(("lang", "text"), _OTHERS_MET)
def test_a_plural_verb_of_ministers_is_no_contact_of_the_pair(real: RuleExtractor, make_doc: DocFactory,
                                                             lang: str, text: str) -> None:
    # the ministers are the verb's subject: only the leaders' own meeting
    assert pair_rows(real, make_doc, text, "2025-05-29", lang) == [("DEU-UKR", V, "2025-05-28", OK)]


# Biden and Macron spoke by phone on 22 September 2021, met in Rome on 29 October 2021, and Biden hosted
# Macron at the White House on 1 December 2022
_ROME = [("FRA-USA", V, "2021-10", OK), ("FRA-USA", V, "2022-12-01", OK), ("FRA-USA", P, "2021-09-22", OK)]


def test_a_subjectless_side_clause_with_its_own_date_is_another_contact(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # "before meeting in Rome in October": the main clause's pair, another contact, of the year the sentence
    # named before it
    text = ("Joe Biden a reçu Emmanuel Macron jeudi à la Maison Blanche. Les deux hommes s'étaient parlé au "
            "téléphone le 22 septembre 2021, avant de se retrouver à Rome en octobre de la même année.")
    assert pair_rows(real, make_doc, text, "2022-12-02", "fr") == _ROME
    text = ("Joe Biden recibió el jueves a Emmanuel Macron en la Casa Blanca. Ambos habían hablado por "
            "teléfono el 22 de septiembre de 2021, antes de reunirse en Roma en octubre.")
    assert pair_rows(real, make_doc, text, "2022-12-02", "es") == _ROME


def test_a_side_clause_with_no_contact_or_no_date_adds_nothing(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    want = [("FRA-USA", V, "2022-12-01", OK), ("FRA-USA", P, "2021-09-22", OK)]
    # a trip with no one met in it
    text = ("Joe Biden recibió el jueves a Emmanuel Macron en la Casa Blanca. Ambos habían hablado por "
            "teléfono el 22 de septiembre de 2021, antes de viajar a Roma en octubre.")
    assert pair_rows(real, make_doc, text, "2022-12-02", "es") == want
    # the meeting of the side clause has no date of its own: the call's
    text = ("Joe Biden a reçu Emmanuel Macron jeudi à la Maison Blanche. Les deux hommes s'étaient parlé au "
            "téléphone le 22 septembre 2021, avant de se retrouver à Rome.")
    assert pair_rows(real, make_doc, text, "2022-12-02", "fr") == want
