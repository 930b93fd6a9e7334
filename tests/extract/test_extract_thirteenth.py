"""Thirteenth pass: general mechanisms found on the eighth held-out set (opened as development on
2026-11-30), each tested on a real contact told in our own words."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, extract_rows, held_rows


def _all(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "status"))


# -- the leader who organized the meeting itself sat at its table --------------------------------------------

# Charles Michel, president of the European Council, hosted Ilham Aliyev and Nikol Pashinyan in Brussels on
# Sunday 14 May 2023 and again on Saturday 15 July 2023, for talks on a peace treaty.

_MAY_14 = [("ARM", "AZE", "in_person", "2023-05-14"), ("ARM", "EU", "in_person", "2023-05-14"),
           ("AZE", "EU", "in_person", "2023-05-14")]
_JULY_15 = [("ARM", "AZE", "in_person", "2023-07-15"), ("ARM", "EU", "in_person", "2023-07-15"),
            ("AZE", "EU", "in_person", "2023-07-15")]


def test_a_meeting_organized_by_a_leader_includes_him_in_french(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol Pachinian ont "
            "discuté dimanche à Bruxelles du traité de paix, lors d'une réunion organisée par le président "
            "du Conseil européen Charles Michel.")
    assert held_rows(real, make_doc, text, "2023-05-15", "fr") == _MAY_14


def test_a_meeting_organized_by_a_leader_includes_him_in_italian(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = ("Il presidente azero Ilham Aliyev e il premier armeno Nikol Pashinyan hanno discusso sabato a "
            "Bruxelles del trattato di pace, in un incontro organizzato dal presidente del Consiglio europeo "
            "Charles Michel.")
    assert held_rows(real, make_doc, text, "2023-07-16", "it") == _JULY_15


def test_a_meeting_organized_by_a_leader_includes_him_in_spanish(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = ("El presidente azerí, Ilham Aliyev, y el primer ministro armenio, Nikol Pashinián, "
            "conversaron el sábado en Bruselas sobre el tratado de paz, en una reunión organizada por el "
            "presidente del Consejo Europeo, Charles Michel.")
    assert held_rows(real, make_doc, text, "2023-07-16", "es") == _JULY_15


def test_agreeing_with_each_other_is_a_contact_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Ilham Aliev et Nikol Pachinian se sont entendus dimanche à Bruxelles sur la reconnaissance "
            "mutuelle de leurs territoires.")
    assert held_rows(real, make_doc, text, "2023-05-15", "fr") == [("ARM", "AZE", "in_person", "2023-05-14")]


# -- a visit called off is no contact ----------------------------------------------------------------------

# Donald Trump called off his visit to Denmark, where he was to meet Mette Frederiksen in early September
# 2019, after she said Greenland was not for sale (announced on 20 August 2019).


def test_a_cancelled_visit_is_no_contact_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("La Maison Blanche a fait savoir que le président « a décidé d'annuler cette visite » à la "
            "Première ministre danoise Mette Frederiksen, a expliqué mercredi un porte-parole de Donald "
            "Trump.")
    assert _all(real, make_doc, text, "2019-08-21", "fr") == []


def test_a_cancelled_visit_is_no_contact_in_german(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Donald Trump hat beschlossen, seinen Besuch bei Regierungschefin Mette Frederiksen in "
            "Kopenhagen abzusagen.")
    assert _all(real, make_doc, text, "2019-08-21", "de") == []


def test_a_cancelled_visit_is_no_contact_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Donald Trump decidió cancelar su visita a la primera ministra danesa, Mette Frederiksen."
    assert _all(real, make_doc, text, "2019-08-21", "es") == []


# -- leaders who did something "together with" others met them -----------------------------------------------

# Frank-Walter Steinmeier and Andrzej Duda commemorated the victims of the German invasion of Poland together
# in Warsaw on Sunday 1 September 2019, the eightieth anniversary. Macron and Merkel hosted Putin and
# Zelensky at the Élysée on 9 December 2019 (the Normandy format), where an exchange of prisoners was agreed.

_WARSAW = [("DEU", "POL", "in_person", "2019-09-01")]


def test_an_act_together_with_a_leader_in_a_city_is_a_meeting_in_german(real: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    text = ("Bundespräsident Frank-Walter Steinmeier hat am Sonntag in Warschau gemeinsam mit Präsident "
            "Andrzej Duda der Opfer des deutschen Überfalls auf Polen vor 80 Jahren gedacht.")
    assert held_rows(real, make_doc, text, "2019-09-02", "de") == _WARSAW


def test_an_act_alongside_a_leader_in_a_city_is_a_meeting_in_french(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Frank-Walter Steinmeier a rendu hommage dimanche à Varsovie aux victimes de l'invasion "
            "allemande, aux côtés du président polonais Andrzej Duda.")
    assert held_rows(real, make_doc, text, "2019-09-02", "fr") == _WARSAW


def test_an_act_alongside_a_leader_in_a_city_is_a_meeting_in_english(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("German President Frank-Walter Steinmeier honoured the victims in Warsaw on Sunday alongside "
            "Polish President Andrzej Duda.")
    assert held_rows(real, make_doc, text, "2019-09-02", "en") == _WARSAW


def test_acting_together_with_no_place_is_no_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Barack Obama, along with Angela Merkel, condemned the attack on Tuesday."
    assert _all(real, make_doc, text, "2015-11-15", "en") == []


def test_a_pair_and_the_two_together_with_them_all_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron und Angela Merkel hatten im Dezember in Paris gemeinsam mit Wladimir Putin und "
            "Wolodymyr Selenskyj in einer langen Verhandlungsrunde einen Gefangenenaustausch vereinbart.")
    pairs = {(a, b) for a, b, *_ in held_rows(real, make_doc, text, "2020-01-10", "de")}
    assert pairs == {("DEU", "FRA"), ("FRA", "RUS"), ("FRA", "UKR"), ("DEU", "RUS"), ("DEU", "UKR"),
                     ("RUS", "UKR")}


def test_travel_companions_met_each_other_and_the_host(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz, Macron and Draghi travelled to Kyiv together on 16 June 2022 and met Zelensky there (round
    # fifteen reads fellow travellers of one joint visit as met; before it, they met only the host)
    text = ("Olaf Scholz ist am Donnerstag gemeinsam mit Emmanuel Macron nach Kiew gereist und hat dort "
            "Präsident Wolodymyr Selenskyj getroffen.")
    pairs = {(a, b) for a, b, *_ in held_rows(real, make_doc, text, "2022-06-17", "de")}
    assert pairs == {("DEU", "FRA"), ("DEU", "UKR"), ("FRA", "UKR")}


def test_side_by_side_at_a_conference_is_attendance(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Hollande and Ban Ki-moon were both in the hall when the Paris climate agreement was adopted on
    # Saturday 12 December 2015
    text = ("Le président François Hollande, présent à Paris aux côtés du secrétaire général de l'ONU Ban "
            "Ki-moon lors de la conférence sur le climat, a salué l'accord samedi.")
    assert _all(real, make_doc, text, "2015-12-13", "fr") == []


# -- a clause after a restating one tells an earlier contact -------------------------------------------------

# Biden hosted Meloni at the White House on Thursday 27 July 2023; they had first met on the sidelines of the
# G20 summit in Bali in November 2022.

_MELONI_BIDEN = [("ITA", "USA", "in_person", "2022-11"), ("ITA", "USA", "in_person", "2023-07-27")]


def test_an_earlier_meeting_after_a_colon_in_italian(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Giorgia Meloni è stata ricevuta ieri alla Casa Bianca da Joe Biden. Era il loro primo incontro "
            "a Washington: i due si erano conosciuti di persona a Bali, a margine del G20, nel novembre "
            "dello scorso anno.")
    assert held_rows(real, make_doc, text, "2023-07-28", "it") == _MELONI_BIDEN


def test_an_earlier_meeting_after_a_colon_in_english(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden hosted Giorgia Meloni at the White House on Thursday. It was their first meeting in "
            "Washington: the two had first met in person in Bali, on the sidelines of the G20, in November "
            "last year.")
    assert held_rows(real, make_doc, text, "2023-07-28", "en") == _MELONI_BIDEN


# -- a leader in a relative clause who wrote to "the two leaders" -------------------------------------------

# Obama and Raúl Castro spoke by phone on Tuesday 16 December 2014 before announcing the thaw; Pope Francis
# had written to each of them in the summer of 2014.


def test_the_antecedent_of_a_relative_clause_wrote_to_each_of_the_pair(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = ("Barack Obama y Raúl Castro hablaron el martes por teléfono. Ambos agradecieron la mediación del "
            "papa Francisco, que había enviado cartas a los dos mandatarios durante el verano.")
    assert _all(real, make_doc, text, "2014-12-18", "es") == [("CUB", "USA", "phone", "occurred"),
                                                              ("CUB", "VAT", "written", "occurred"),
                                                              ("USA", "VAT", "written", "occurred")]


def test_the_antecedent_wrote_to_each_of_the_pair_in_english(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Barack Obama and Raúl Castro spoke by phone on Tuesday. Both thanked Pope Francis, who had "
            "written letters to the two leaders in the summer.")
    assert _all(real, make_doc, text, "2014-12-18", "en") == [("CUB", "USA", "phone", "occurred"),
                                                              ("CUB", "VAT", "written", "occurred"),
                                                              ("USA", "VAT", "written", "occurred")]


# -- a handshake in the pluperfect ------------------------------------------------------------------------

# Obama and Raúl Castro shook hands at Nelson Mandela's memorial in Johannesburg on 10 December 2013.


def test_a_pluperfect_handshake_is_a_meeting_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Obama y Castro se habían estrechado la mano en Johannesburgo en diciembre del año pasado."
    assert held_rows(real, make_doc, text, "2014-12-18", "es") == [("CUB", "USA", "in_person", "2013-12")]


def test_a_pluperfect_handshake_is_a_meeting_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Obama et Castro s'étaient serré la main à Johannesburg en décembre 2013."
    assert held_rows(real, make_doc, text, "2014-12-18", "fr") == [("CUB", "USA", "in_person", "2013-12")]


# -- bare talks beside a call take the call's day ------------------------------------------------------------


def test_bare_talks_take_the_day_of_the_call_beside_them(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("El presidente Barack Obama y Raúl Castro anunciaron hoy el inicio de conversaciones para "
            "restablecer relaciones, después de que ambos mantuvieran ayer una conversación telefónica.")
    assert held_rows(real, make_doc, text, "2014-12-17", "es") == [("CUB", "USA", "phone", "2014-12-16")]


# -- a date after Italian "da quando" is the event it names -------------------------------------------------

# Giuseppe Conte, in office since 1 June 2018, was received by Donald Trump at the White House on Monday 30
# July 2018, his first visit to the United States as prime minister.


def test_a_date_in_a_da_quando_clause_dates_no_contact(real: RuleExtractor,
                                                       make_doc: DocFactory) -> None:
    text = ("Il presidente del Consiglio Giuseppe Conte, alla sua prima visita negli Stati Uniti da quando "
            "si è insediato a giugno, è stato ricevuto alla Casa Bianca da Donald Trump.")
    assert held_rows(real, make_doc, text, "2018-07-31", "it") == [("ITA", "USA", "in_person", "2018-07-31")]


# -- the leader someone succeeded is no partner ------------------------------------------------------------

# António Costa, Portugal's prime minister, met Zelensky in Kyiv on 21 May 2022; he succeeded Charles Michel
# as president of the European Council on 1 December 2024.


def test_the_leader_succeeded_is_no_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("António Costa, que sucedió a Charles Michel al frente del Consejo Europeo, ya se había reunido "
            "con Zelenski en Kiev en mayo de 2022, cuando era primer ministro de Portugal.")
    assert held_rows(real, make_doc, text, "2024-12-02", "es") == [("PRT", "UKR", "in_person", "2022-05")]


def test_the_leader_succeeded_is_no_partner_in_portuguese(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("António Costa, que sucedeu a Charles Michel na presidência do Conselho Europeu, já se tinha "
            "encontrado com Zelensky em Kiev em maio de 2022, quando era primeiro-ministro.")
    assert held_rows(real, make_doc, text, "2024-12-02", "pt") == [("PRT", "UKR", "in_person", "2022-05")]


# -- a coordinated verb with its own mode and date is a second contact ---------------------------------------

# Biden and Macron met in Rome on Friday 29 October 2021; they had first spoken by phone on 24 January 2021
# and first met in person at the G7 summit in Cornwall in June 2021.

_ROME = [("FRA", "USA", "in_person", "2021-06"), ("FRA", "USA", "in_person", "2021-10-29"),
         ("FRA", "USA", "phone", "2021-01-24")]


def test_a_call_and_a_meeting_joined_by_and_in_english(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden met Emmanuel Macron in Rome on Friday. The two presidents had first spoken by phone "
            "on 24 January, and met in person at the G7 summit in Cornwall in June.")
    assert held_rows(real, make_doc, text, "2021-10-30", "en") == _ROME


def test_a_call_and_a_meeting_joined_by_and_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden a rencontré Emmanuel Macron vendredi à Rome. Les deux présidents s'étaient parlé par "
            "téléphone le 24 janvier et s'étaient rencontrés en Cornouailles en juin, en marge du G7.")
    assert held_rows(real, make_doc, text, "2021-10-30", "fr") == _ROME


def test_a_call_and_a_meeting_joined_by_and_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden se reunió el viernes en Roma con Emmanuel Macron. Ambos presidentes habían hablado "
            "por teléfono el 24 de enero y se habían reunido en Cornualles en junio, durante la cumbre del "
            "G7.")
    assert held_rows(real, make_doc, text, "2021-10-30", "es") == _ROME


# -- a month without a year in a sentence that names the year before it --------------------------------------

# Putin and Trump held their first summit in Helsinki on 16 July 2018.


def test_a_month_after_a_year_is_in_that_year_in_english(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Vladimir Putin and Donald Trump first met for a summit in 2018, in Helsinki in July."
    assert held_rows(real, make_doc, text, "2019-10-01", "en") == [("RUS", "USA", "in_person", "2018-07")]


def test_a_month_after_a_year_is_in_that_year_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Vladimir Poutine et Donald Trump se sont rencontrés pour leur premier sommet en 2018, à "
            "Helsinki en juillet.")
    assert held_rows(real, make_doc, text, "2019-10-01", "fr") == [("RUS", "USA", "in_person", "2018-07")]



# -- what two leaders agreed on is dated apart from their talks ----------------------------------------------

# Putin and Abe held talks in Vladivostok on Friday 2 September 2016 and agreed to meet again at the APEC
# summit in Lima in November; Abe had visited Putin in Sochi on 6 May 2016.

_VLADIVOSTOK = [("JPN", "RUS", "in_person", "2016-09-02")]


def test_a_date_in_what_was_agreed_is_the_plan_s_in_russian(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Владимир Путин и Синдзо Абэ провели в пятницу переговоры во Владивостоке. Стороны договорились, "
            "что следующая встреча лидеров состоится в ноябре в Лиме.")
    assert held_rows(real, make_doc, text, "2016-09-03", "ru") == _VLADIVOSTOK


def test_a_date_in_what_was_agreed_is_the_plan_s_in_english(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Vladimir Putin and Shinzo Abe held talks in Vladivostok on Friday. Both sides agreed that the "
            "leaders would meet again in November in Lima.")
    assert held_rows(real, make_doc, text, "2016-09-03", "en") == _VLADIVOSTOK


def test_a_visit_after_a_colon_is_an_earlier_contact_in_russian(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("Владимир Путин и Синдзо Абэ провели в пятницу переговоры во Владивостоке. Это их вторая встреча "
            "в этом году: в мае японский премьер посетил Сочи.")
    assert held_rows(real, make_doc, text, "2016-09-03", "ru") == [("JPN", "RUS", "in_person", "2016-05"),
                                                                  ("JPN", "RUS", "in_person", "2016-09-02")]


# -- "the letter came a day after" another event restates the letter -----------------------------------------

# Kim Jong Un's letter to Trump was handed over at the White House on Friday 1 June 2018, a day after Kim
# Yong Chol's talks with Mike Pompeo in New York.


def test_a_day_counted_from_another_event_gives_no_second_letter(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = ("Kim Jong Un sent Donald Trump a letter that was handed over at the White House on Friday. The "
            "letter came a day after the North Korean envoy Kim Yong Chol held talks with Mike Pompeo in New "
            "York.")
    assert held_rows(real, make_doc, text, "2018-06-02", "en") == [("PRK", "USA", "written", "2018-06-01")]


# -- "among them X" names the people met, not the pair -----------------------------------------------------

# Macron and Draghi signed the Quirinal Treaty in Rome on Friday 26 November 2021; Lula, then a former
# president on a European tour, met Olaf Scholz in Berlin on 15 November 2021, before Scholz took office.

_QUIRINAL = [("FRA", "ITA", "in_person", "2021-11-26")]


def test_among_them_is_no_pair_in_portuguese(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron e Mario Draghi assinaram na sexta-feira em Roma o Tratado do Quirinal. Em 15 de "
            "novembro, em Berlim, o ex-presidente Lula se reuniu com dirigentes políticos, entre eles o "
            "social-democrata Olaf Scholz.")
    assert held_rows(real, make_doc, text, "2021-11-27", "pt") == _QUIRINAL


def test_among_them_is_no_pair_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron y Mario Draghi firmaron el viernes en Roma el Tratado del Quirinal. El 15 de "
            "noviembre, en Berlín, el expresidente Lula se reunió con dirigentes políticos, entre ellos el "
            "socialdemócrata Olaf Scholz.")
    assert held_rows(real, make_doc, text, "2021-11-27", "es") == _QUIRINAL


# -- "has a meeting" on a weekday to come ------------------------------------------------------------------

# Lula met Joe Biden at the White House on Friday 10 February 2023; Pedro Sánchez on Friday 12 May 2023.


def test_has_a_meeting_on_a_weekday_is_a_plan_in_portuguese(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Lula viaja nesta quinta-feira a Washington, onde na sexta-feira tem o primeiro encontro com Joe "
            "Biden na Casa Branca.")
    assert _all(real, make_doc, text, "2023-02-08", "pt") == [("BRA", "USA", "in_person", "planned")]


def test_has_a_meeting_on_a_weekday_is_a_plan_in_spanish(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Pedro Sánchez viaja el jueves a Washington, donde el viernes tiene su primer encuentro con Joe "
            "Biden en la Casa Blanca.")
    assert _all(real, make_doc, text, "2023-05-10", "es") == [("ESP", "USA", "in_person", "planned")]


def test_side_by_side_in_a_city_is_a_meeting_in_italian(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Il presidente tedesco Frank-Walter Steinmeier ha reso omaggio domenica a Varsavia alle vittime "
            "dell'invasione tedesca, accanto al presidente polacco Andrzej Duda.")
    assert held_rows(real, make_doc, text, "2019-09-02", "it") == _WARSAW


def test_side_by_side_in_a_city_is_a_meeting_in_german(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Bundespräsident Frank-Walter Steinmeier hat am Sonntag in Warschau an der Seite von Präsident "
            "Andrzej Duda der Opfer gedacht.")
    assert held_rows(real, make_doc, text, "2019-09-02", "de") == _WARSAW


def test_side_by_side_in_a_city_is_a_meeting_in_portuguese(real: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    text = ("O presidente alemão Frank-Walter Steinmeier homenageou no domingo em Varsóvia as vítimas da "
            "invasão alemã, ao lado do presidente polaco Andrzej Duda.")
    assert held_rows(real, make_doc, text, "2019-09-02", "pt") == _WARSAW


# -- a dated possessive noun and a "during" noun: two contacts ---------------------------------------------

# At the Bali G20, Xi Jinping and Justin Trudeau talked informally on Tuesday 15 November 2022; on Wednesday
# 16 November, in a brief exchange filmed on the sidelines, Xi reproached Trudeau over leaks about that talk.

_BALI = [("CAN", "CHN", "in_person", "2022-11-15"), ("CAN", "CHN", "in_person", "2022-11-16")]


def test_their_talk_of_the_day_before_during_an_exchange_in_english(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("Xi Jinping on Wednesday chided Justin Trudeau over leaks about their conversation of the "
            "previous day, during a brief exchange filmed on the sidelines of the G20 summit in Bali.")
    assert held_rows(real, make_doc, text, "2022-11-17", "en") == _BALI


def test_their_talk_of_the_day_before_during_an_exchange_in_french(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Xi Jinping a reproché mercredi à Justin Trudeau la fuite de leur entretien de la veille, lors "
            "d'un bref échange en marge du G20 de Bali.")
    assert held_rows(real, make_doc, text, "2022-11-17", "fr") == _BALI


def test_their_talk_of_the_day_before_during_an_exchange_in_italian(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("Xi Jinping ha rimproverato mercoledì Justin Trudeau per le fughe di notizie sul loro colloquio "
            "del giorno prima, durante un breve scambio a margine del G20 di Bali.")
    assert held_rows(real, make_doc, text, "2022-11-17", "it") == _BALI


def test_a_call_and_a_meeting_joined_by_und_in_german(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the second verb closes its clause after its date, and it is the text's last word but the stop
    text = ("Joe Biden hat Emmanuel Macron am Freitag in Rom getroffen. Die beiden Präsidenten hatten am 24. "
            "Januar telefoniert und sich im Juni beim G7-Gipfel in Cornwall getroffen.")
    assert held_rows(real, make_doc, text, "2021-10-30", "de") == [("FRA", "USA", "in_person", "2021-06"),
                                                                  ("FRA", "USA", "in_person", "2021-10-29"),
                                                                  ("FRA", "USA", "phone", "2021-01-24")]


# -- robustness ---------------------------------------------------------------------------------------------


def test_a_summit_word_as_the_only_cue_reads_without_error(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the summit word is made the sentence's cue when it has none of its own: no cue to compare with
    text = "Vladimir Putin and Recep Tayyip Erdogan attended the leaders' summit in Sochi."
    assert [r[:2] for r in _all(real, make_doc, text, "2019-01-01", "en")] in ([], [("RUS", "TUR")])


def test_a_trailing_line_of_punctuation_reads_without_error(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    # Putin received Erdoğan in Sochi on Monday 17 September 2018; a cut-off page may end on a lone quote mark
    text = 'Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.\n\n"'
    assert held_rows(real, make_doc, text, "2018-09-18", "en") == [("RUS", "TUR", "in_person", "2018-09-17")]


# -- the place clause of a visit called off ------------------------------------------------------------------

# Trump called off his early-September 2019 visit to Denmark (announced on 20 August), where he was to meet
# Mette Frederiksen.


def test_the_meeting_where_a_cancelled_visit_led_is_none_in_italian(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("Donald Trump ha deciso di annullare la visita a Copenaghen, dove avrebbe incontrato la premier "
            "danese Mette Frederiksen.")
    assert _all(real, make_doc, text, "2019-08-21", "it") == []


def test_the_meeting_where_a_cancelled_visit_led_is_none_in_german(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Donald Trump hat seinen Besuch in Kopenhagen abgesagt, wo er Regierungschefin Mette Frederiksen "
            "treffen wollte.")
    assert _all(real, make_doc, text, "2019-08-21", "de") == []


def test_the_meeting_where_a_cancelled_visit_led_is_none_in_french(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Donald Trump a annulé sa visite à Copenhague, où il devait rencontrer la Première ministre "
            "Mette Frederiksen.")
    assert _all(real, make_doc, text, "2019-08-21", "fr") == []


def test_the_meeting_where_a_visit_led_still_is_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Macron's state visit to Denmark began in Copenhagen on Tuesday 28 August 2018, where he met Lars Løkke
    # Rasmussen: a visit not called off keeps its place clause
    text = "Emmanuel Macron s'est rendu mardi à Copenhague, où il a rencontré Lars Løkke Rasmussen."
    assert held_rows(real, make_doc, text, "2018-08-29", "fr") == [("DNK", "FRA", "in_person", "2018-08-28")]


# -- calls told with a longer calling phrase, or with a date before the callee -------------------------------

# Macron phoned Putin on Monday 28 February 2022; Biden called Xi on Wednesday 10 February 2021; Erdoğan
# phoned Putin on Sunday 6 March 2022.


@pytest.mark.parametrize(("text", "published", "lang", "expected"), [
    ("Emmanuel Macron a appelé lundi Vladimir Poutine.", "2022-03-01", "fr",
     ("FRA", "RUS", "phone", "2022-02-28")),
    ("Emmanuel Macron a téléphoné lundi à Vladimir Poutine.", "2022-03-01", "fr",
     ("FRA", "RUS", "phone", "2022-02-28")),
    # "made a phone call": the longer calling phrase had hidden the phone word
    ("Joe Biden made a phone call to Xi Jinping on Wednesday.", "2021-02-11", "en",
     ("CHN", "USA", "phone", "2021-02-10")),
    # a weekday between the calling verb and the callee
    ("Joe Biden llamó el miércoles a Xi Jinping.", "2021-02-11", "es", ("CHN", "USA", "phone", "2021-02-10")),
    ("Joe Biden realizó el miércoles una llamada a Xi Jinping.", "2021-02-11", "es",
     ("CHN", "USA", "phone", "2021-02-10")),
    ("Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Vladimir Putin'i pazar günü telefonla aradı.", "2022-03-07",
     "tr", ("RUS", "TUR", "phone", "2022-03-06")),
])
def test_calls_told_with_a_calling_phrase(real: RuleExtractor, make_doc: DocFactory, text: str,
                                          published: str, lang: str, expected: Row) -> None:
    assert held_rows(real, make_doc, text, published, lang) == [expected]


# Pope Francis appealed to Putin on Sunday 2 October 2022 to stop the spiral of violence.


def test_called_on_a_leader_to_do_something_is_no_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Le pape François a appelé dimanche Vladimir Poutine à arrêter la spirale de violence."
    assert _all(real, make_doc, text, "2022-10-03", "fr") == []


def test_wrote_that_is_no_letter(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Emmanuel Macron a écrit mardi que la position d'Olaf Scholz était la bonne."
    assert _all(real, make_doc, text, "2023-06-07", "fr") == []


# -- contact words found missing in a review of German and Italian agency phrasing ---------------------------

# Scholz phoned Putin on Friday 2 December 2022; he had a working lunch with Macron at the Élysée on
# Wednesday 26 October 2022. Meloni met Macron at the Élysée on Tuesday 20 June 2023.


def test_german_perfect_of_a_call_and_a_meal(real: RuleExtractor, make_doc: DocFactory) -> None:
    assert held_rows(real, make_doc, "Bundeskanzler Olaf Scholz hat am Freitag Wladimir Putin angerufen.",
                     "2022-12-03", "de") == [("DEU", "RUS", "phone", "2022-12-02")]
    assert held_rows(real, make_doc, "Olaf Scholz hat sich am Freitag am Telefon mit Wladimir Putin "
                     "ausgetauscht.", "2022-12-03", "de") == [("DEU", "RUS", "phone", "2022-12-02")]
    text = "Olaf Scholz hat am Mittwoch mit Emmanuel Macron im Élysée-Palast zu Mittag gegessen."
    assert held_rows(real, make_doc, text, "2022-10-27", "de") == [("DEU", "FRA", "in_person", "2022-10-26")]


def test_italian_saw_and_talked_at_length(real: RuleExtractor, make_doc: DocFactory) -> None:
    for text in ("Giorgia Meloni ha visto martedì Emmanuel Macron all'Eliseo.",
                 "Giorgia Meloni si è intrattenuta martedì all'Eliseo con Emmanuel Macron."):
        assert held_rows(real, make_doc, text, "2023-06-21", "it") == [("FRA", "ITA", "in_person",
                                                                         "2023-06-20")]
    assert _all(real, make_doc, "Giorgia Meloni ha visto nel piano di Emmanuel Macron una svolta.",
                "2023-06-21", "it") == []


# -- a message named by what it says ----------------------------------------------------------------------

# After Elizabeth II died on 8 September 2022, leaders sent their condolences to King Charles III.


def test_a_message_of_condolence_to_the_king_is_a_letter(real: RuleExtractor, make_doc: DocFactory) -> None:
    cases = [("fr", "Emmanuel Macron a adressé un message de condoléances au roi Charles III.", "FRA"),
             ("es", "Pedro Sánchez envió un mensaje de condolencias al rey Carlos III.", "ESP"),
             ("pt", "Jair Bolsonaro enviou uma mensagem de condolências ao rei Carlos III.", "BRA"),
             ("de", "Frank-Walter Steinmeier schickte ein Beileidsschreiben an König Charles III.", "DEU")]
    for lang, text, iso3 in cases:
        rows = _all(real, make_doc, text, "2022-09-10", lang)
        assert rows == [(*sorted(("GBR", iso3)), "written", "occurred")], lang


def test_a_lunch_with_one_subject_in_portuguese(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lula received Macron in Brasília on Thursday 28 March 2024, at the end of his state visit
    text = "Lula almoçou nesta quinta-feira com Emmanuel Macron no Palácio do Itamaraty, em Brasília."
    assert held_rows(real, make_doc, text, "2024-03-29", "pt") == [("BRA", "FRA", "in_person", "2024-03-28")]


# -- a relative day counts from the other day its sentence names ---------------------------------------------

# Biden met Zelensky in Kyiv on Monday 20 February 2023 and Duda in Warsaw on Tuesday 21 February.

_KYIV_WARSAW = [("POL", "USA", "in_person", "2023-02-21"), ("UKR", "USA", "in_person", "2023-02-20")]


def test_the_day_before_in_a_relative_clause_counts_from_the_main_day(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = ("Joe Biden, who had met Volodymyr Zelensky in Kyiv the day before, held talks with Andrzej Duda "
            "in Warsaw on Tuesday.")
    assert held_rows(real, make_doc, text, "2023-02-22", "en") == _KYIV_WARSAW
    text = ("Joe Biden, qui avait rencontré Volodymyr Zelensky à Kiev la veille, s'est entretenu mardi à "
            "Varsovie avec Andrzej Duda.")
    assert held_rows(real, make_doc, text, "2023-02-22", "fr") == _KYIV_WARSAW


# -- "Y, whom he had met in February": the pair's earlier contact ----------------------------------------

# Biden received Zelensky at the White House on Thursday 21 September 2023; he had met him in Kyiv on 20
# February 2023.


def test_an_object_relative_clause_with_its_own_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden held talks on Thursday with Volodymyr Zelensky, whom he had already met in Kyiv in "
            "February.")
    assert held_rows(real, make_doc, text, "2023-09-22", "en") == [("UKR", "USA", "in_person", "2023-02"),
                                                                  ("UKR", "USA", "in_person", "2023-09-21")]


def test_the_russian_passive_of_a_reception(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin received Macron in the Kremlin on Monday 7 February 2022
    text = "Эмманюэль Макрон был принят в понедельник Владимиром Путиным в Кремле."
    assert held_rows(real, make_doc, text, "2022-02-08", "ru") == [("FRA", "RUS", "in_person", "2022-02-07")]
