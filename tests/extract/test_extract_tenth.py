"""Tenth pass: general mechanisms found on the sixth and ninth development sets, each tested on a real
contact told in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default
from tests.extract.conftest import OccurredRun
from tests.extract.rows import DocFactory, Row, by_date_and_status


@pytest.fixture
def by_status_run(extractor: RuleExtractor, make_doc: DocFactory) -> Callable[..., list[Row]]:
    """Rows of (country, country, mode, date, status) of every contact, planned ones too."""
    def run(text: str, published: str, lang: str = "en") -> list[Row]:
        return by_date_and_status(extractor, make_doc, text, published, lang)
    return run


def test_last_before_a_weekday_dates_another_event_not_an_earlier_contact(occurred: OccurredRun) -> None:
    # Erdoğan met Putin at the Kremlin on Thursday 5 March 2020, a week after the strike of 27 February
    text = ("Recep Tayyip Erdoğan flew into Moscow on Thursday and met Vladimir Putin, a week after last "
            "Thursday's air strike in Idlib that killed 33 Turkish soldiers. Putin and Erdoğan talked for "
            "six hours at the Kremlin.")
    assert occurred(text, "2020-03-06") == [("RUS", "TUR", "in_person", "2020-03-05")]


def test_a_verb_in_the_future_tense_makes_the_contact_planned(occurred: OccurredRun) -> None:
    # Sánchez toured Vietnam (9-10 April 2025) before meeting Xi in Beijing on 11 April
    text = ("Pedro Sánchez llegó el miércoles a Hanói y concluirá su gira en Pekín con una reunión con el "
            "presidente Xi Jinping.")
    assert occurred(text, "2025-04-10", "es") == []


def test_a_future_in_a_relative_clause_closed_before_the_cue_is_not_the_cues(occurred: OccurredRun) -> None:
    # Sánchez met Xi in Beijing in March 2023 and in September 2024
    text = ("Pedro Sánchez, que llegó ayer a Hanói y continuará su gira por China, ya se había reunido con "
            "Xi Jinping en 2023 y en 2024.")
    assert occurred(text, "2025-04-10", "es") == [("CHN", "ESP", "in_person", "2023"),
                                                  ("CHN", "ESP", "in_person", "2024")]


def test_a_fronted_clause_without_subject_is_the_main_subjects_and_dated_from_its_count(
        occurred: OccurredRun) -> None:
    # Macron spoke with Putin in Moscow on Monday 7 February 2022 and was in Kyiv the next day
    text = ("Au lendemain de son long entretien avec Vladimir Poutine à Moscou, Emmanuel Macron a été "
            "accueilli mardi à Kiev par Volodymyr Zelensky.")
    assert occurred(text, "2022-02-08", "fr") == [("FRA", "RUS", "in_person", "2022-02-07"),
                                                  ("FRA", "UKR", "in_person", "2022-02-08")]


def test_the_leader_of_a_fronted_clause_did_not_meet_the_main_clauses_object(occurred: OccurredRun) -> None:
    text = ("Après avoir rencontré Vladimir Poutine au Kremlin, Emmanuel Macron a été accueilli mardi à Kiev "
            "par Volodymyr Zelensky.")
    assert [row[:2] for row in occurred(text, "2022-02-08", "fr")] == [("FRA", "RUS"), ("FRA", "UKR")]


# -- ministers: their visits and the pronouns that stand for them -----------------------------------------

# Blinken met Xi in Beijing on Monday 19 June 2023; Biden and Xi had met in Bali in November 2022.


def test_a_visit_of_the_minister_is_no_meeting_of_the_leaders(occurred: OccurredRun) -> None:
    text = ("Xi Jinping a reçu lundi à Pékin le secrétaire d'Etat américain Antony Blinken. Joe Biden et Xi "
            "Jinping s'étaient rencontrés à Bali en novembre. Aucune conversation entre les deux présidents "
            "n'a été rapportée à la fin de la visite du ministre.")
    assert occurred(text, "2023-06-20", "fr") == [("CHN", "USA", "in_person", "2022-11")]


def test_a_pronoun_after_a_sentence_led_by_a_minister_is_the_minister(occurred: OccurredRun) -> None:
    text = ("Xi Jinping a reçu lundi à Pékin le secrétaire d'Etat américain Antony Blinken, dont "
            "l'administration de Joe Biden avait repoussé le voyage en février. Au terme de cet entretien, "
            "le chef de la diplomatie américaine a plaidé pour le dialogue. Il s'est également entretenu "
            "avec son homologue Qin Gang.")
    assert occurred(text, "2023-06-20", "fr") == []


# -- words: the White House's tenant, an infinitive of calling --------------------------------------------


def test_the_tenant_of_the_white_house_is_the_us_president(occurred: OccurredRun) -> None:
    # Biden met Draghi at Palazzo Chigi on Friday 29 October 2021; Macron was at the White House on
    # Thursday 1 December 2022
    text = "L'inquilino della Casa Bianca è stato ricevuto venerdì da Mario Draghi a Palazzo Chigi."
    assert occurred(text, "2021-10-30", "it") == [("ITA", "USA", "in_person", "2021-10-29")]
    text = "Le locataire de la Maison Blanche a reçu jeudi Emmanuel Macron pour une visite d'Etat."
    assert occurred(text, "2022-12-02", "fr") == [("FRA", "USA", "in_person", "2022-12-01")]


def test_an_infinitive_of_calling_is_a_phone_cue(occurred: OccurredRun) -> None:
    # Draghi called Putin on Thursday 26 May 2022 about the grain held in Ukraine's ports
    text = "È stato Mario Draghi a chiamare giovedì Vladimir Putin per parlare del grano bloccato in Ucraina."
    assert occurred(text, "2022-05-27", "it") == [("ITA", "RUS", "phone", "2022-05-26")]


# -- years: who held office then, "a year ago" --------------------------------------------------------------


def test_a_contact_in_an_earlier_year_is_read_with_that_years_office_holders(occurred: OccurredRun) -> None:
    # Pezeshkian met Putin in Ashgabat on Friday 11 October 2024; Putin and Rouhani first met at the SCO
    # summit in Bishkek in September 2013
    text = ("Masoud Pezeshkian met Vladimir Putin in Ashgabat on Friday. Putin had first met Hassan Rouhani "
            "in Bishkek in 2013.")
    assert occurred(text, "2024-10-12") == [("IRN", "RUS", "in_person", "2013"),
                                            ("IRN", "RUS", "in_person", "2024-10-11")]


def test_a_year_dated_contact_needs_both_leaders_in_office_that_year(occurred: OccurredRun) -> None:
    # Albanese held the annual leaders' meeting with Li Qiang on Tuesday 7 November 2023; Li became premier
    # in March 2023 and Albanese prime minister in May 2022
    text = ("Anthony Albanese held talks with Premier Li Qiang in Beijing on Tuesday, the first such talks "
            "since 2019.")
    assert occurred(text, "2023-11-07") == [("AUS", "CHN", "in_person", "2023-11-07")]


def test_a_year_ago_is_the_month_a_year_back(occurred: OccurredRun) -> None:
    # Albanese and Xi first met at the G20 summit in Bali on 14 November 2022
    text = "Albanese and Xi Jinping first met a year ago on the sidelines of the G20 summit in Bali."
    assert occurred(text, "2023-11-07") == [("AUS", "CHN", "in_person", "2022-11")]


# -- "during the meeting": what the sentence tells happened in that contact ---------------------------------


def test_during_a_contact_reaches_leaders_far_before_it_and_its_own_clause_dates_it(
        occurred: OccurredRun) -> None:
    # Biden met Sánchez at the Moncloa on Tuesday 28 June 2022, on the eve of the NATO summit in Madrid
    text = ("Pedro Sánchez pidió a Joe Biden más atención a la migración irregular y a la presión sobre el "
            "flanco sur de la Alianza, durante la reunión bilateral que ambos mantuvieron el martes en la "
            "Moncloa.")
    assert occurred(text, "2022-06-29", "es") == [("ESP", "USA", "in_person", "2022-06-28")]


def test_during_their_talks_is_the_contact_told_whatever_other_date_the_sentence_names(
        occurred: OccurredRun) -> None:
    # Guterres was received by Zelensky in Kyiv on Wednesday 8 March 2023; the grain deal dates from July 2022
    text = ("António Guterres a été reçu mercredi à Kiev par Volodymyr Zelensky. Au cours de leur entretien, "
            "les deux hommes ont évoqué l'accord sur les céréales, conclu en juillet à Istanbul.")
    assert occurred(text, "2023-03-08", "fr") == [("UKR", "UN", "in_person", "2023-03-08")]


# -- the present tense with another weekday announces a contact -------------------------------------------

# Scholz met Macron at Meseberg on Tuesday 28 May 2024; Biden met Xi near San Francisco on Wednesday
# 15 November 2023.


def test_a_present_tense_meeting_on_another_weekday_is_planned(
        by_status_run: Callable[..., list[Row]]) -> None:
    assert by_status_run("Am Dienstagnachmittag trifft Bundeskanzler Olaf Scholz den französischen "
                         "Präsidenten Emmanuel Macron auf Schloss Meseberg.", "2024-05-27", "de") == [
        ("DEU", "FRA", "in_person", "2024-05-28", "planned")]
    assert by_status_run("Zum Abschluss kommt Olaf Scholz am Dienstagnachmittag auf Schloss Meseberg mit "
                         "Emmanuel Macron zu einem deutsch-französischen Ministerrat zusammen.", "2024-05-27",
                         "de") == [("DEU", "FRA", "in_person", "2024-05-28", "planned")]
    assert by_status_run("Joe Biden meets Xi Jinping on Wednesday at an estate near San Francisco, on the "
                         "sidelines of the APEC summit.", "2023-11-13") == [
        ("CHN", "USA", "in_person", "2023-11-15", "planned")]


def test_a_past_tense_meeting_on_a_weekday_stays_occurred(by_status_run: Callable[..., list[Row]]) -> None:
    assert by_status_run("Am Dienstagnachmittag traf Bundeskanzler Olaf Scholz den französischen "
                         "Präsidenten Emmanuel Macron auf Schloss Meseberg.", "2024-05-29", "de") == [
        ("DEU", "FRA", "in_person", "2024-05-28", "occurred")]


# -- German: a relative clause after a comma, the host ------------------------------------------------------

# Scholz met Xi and then Li Keqiang in Beijing on Friday 4 November 2022; Li left office in March 2023.


def test_a_german_relative_clause_after_a_comma_keeps_its_date(occurred: OccurredRun) -> None:
    text = ("Olaf Scholz ist am Freitag in Peking von Xi Jinping empfangen worden. Anschließend traf der "
            "Kanzler Ministerpräsident Li Keqiang, der im März aus dem Amt scheiden soll.")
    assert occurred(text, "2022-11-05", "de") == [("CHN", "DEU", "in_person", "2022-11-04"),
                                                  ("CHN", "DEU", "in_person", "2022-11-04")]


def test_the_host_is_a_counterpart_in_german(occurred: OccurredRun) -> None:
    text = ("Olaf Scholz war am Freitag zu einem Kurzbesuch in China. Nach dem Treffen mit seinem "
            "chinesischen Gastgeber in der Großen Halle des Volkes sprach der Kanzler von einer "
            "gemeinsamen Position.")
    assert occurred(text, "2022-11-05", "de") == [("CHN", "DEU", "in_person", "2022-11-04")]


def test_a_turkish_month_in_the_locative_is_a_date_alone(occurred: OccurredRun) -> None:
    # Erdoğan met Putin in Sochi on 4 September 2023
    text = "Erdoğan ile Putin eylülde Soçi'de bir araya gelmişti."
    assert occurred(text, "2023-12-07", "tr") == [("RUS", "TUR", "in_person", "2023-09")]


def test_an_opposition_leader_is_no_leader(occurred: OccurredRun) -> None:
    # Trump received Juan Guaidó at the White House on Wednesday 5 February 2020
    text = "Donald Trump recibió el miércoles en la Casa Blanca al líder opositor venezolano Juan Guaidó."
    assert occurred(text, "2020-02-06", "es") == []


def test_words_posted_on_social_media_are_no_message_to_a_leader(occurred: OccurredRun) -> None:
    # Putin sent Macron a telegram on Tuesday 16 April 2019, the day after the Notre-Dame fire; the pope
    # wrote of his sadness on social media
    text = ("Les messages de soutien à Emmanuel Macron se multiplient après l'incendie de Notre-Dame. "
            "Vladimir Poutine lui a adressé mardi un télégramme de sympathie. Le pape François a dit sa "
            "tristesse sur les réseaux sociaux.")
    assert occurred(text, "2019-04-17", "fr") == [("FRA", "RUS", "written", "2019-04-16")]


def test_any_before_a_contact_noun_is_in_a_negation(occurred: OccurredRun) -> None:
    # after the balloon was shot down in February 2023, no Biden-Xi call was set
    text = "The White House has not set a date for any conversation between Joe Biden and Xi Jinping."
    assert occurred(text, "2023-02-19") == []


# -- visits: the arrival and the talks of one visit ---------------------------------------------------------


def test_an_arrival_and_the_talks_a_day_later_are_one_contact_dated_to_the_talks(
        occurred: OccurredRun) -> None:
    # Xi arrived in France on Sunday 5 May 2024 and held talks with Macron at the Elysée on Monday 6 May
    text = ("Xi Jinping arrived in France on Sunday for a state visit, his first to Emmanuel Macron's "
            "country in five years. On Monday the two presidents held talks at the Elysee.")
    assert occurred(text, "2024-05-07") == [("CHN", "FRA", "in_person", "2024-05-06")]


def test_headed_to_a_city_as_a_leaders_guest_is_a_visit_in_arabic(occurred: OccurredRun) -> None:
    # Erdoğan went to Sochi on 4 September 2023 and met Putin there
    text = "وكان الرئيس التركي رجب طيب أردوغان قد توجه إلى سوتشي في سبتمبر الماضي ضيفا على فلاديمير بوتين."
    assert occurred(text, "2023-12-01", "ar") == [("RUS", "TUR", "in_person", "2023-09")]


def test_wrote_to_a_leader_is_a_letter(occurred: OccurredRun) -> None:
    # Macron wrote to Mohammed VI at the end of July 2024, for the 25th anniversary of his accession
    text = "Fin juillet, Emmanuel Macron avait écrit au roi Mohammed VI à l'occasion des 25 ans de son règne."
    assert occurred(text, "2024-10-29", "fr") == [("FRA", "MAR", "written", "2024-07")]


def test_a_gerund_of_meeting_is_the_subjects_contact(occurred: OccurredRun) -> None:
    # Macron spoke with Putin in the Kremlin for over five hours on Monday 7 February 2022; Sánchez met Xi in
    # Beijing on Friday 11 April 2025, at the end of his tour of Asia
    text = ("Emmanuel Macron a terminé lundi sa longue journée au Kremlin en s'entretenant plus de cinq "
            "heures avec Vladimir Poutine.")
    assert occurred(text, "2022-02-08", "fr") == [("FRA", "RUS", "in_person", "2022-02-07")]
    text = "Pedro Sánchez cerró el viernes su gira asiática en Pekín reuniéndose con Xi Jinping."
    assert occurred(text, "2025-04-12", "es") == [("CHN", "ESP", "in_person", "2025-04-11")]


# -- "the two leaders" as the subject of their cue --------------------------------------------------------

# Putin and Modi held talks in the Kremlin on Tuesday 9 July 2024, after an evening at Putin's residence on
# Monday 8 July; they had last met at the SCO summit in Samarkand in September 2022.
PUTIN_MODI = "Vladimir Putin and Narendra Modi held talks in the Kremlin on Tuesday. "


def test_the_two_leaders_embraced_needs_no_object(occurred: OccurredRun) -> None:
    text = PUTIN_MODI + "On Monday evening the two leaders embraced and walked through the gardens."
    assert occurred(text, "2024-07-09") == [("IND", "RUS", "in_person", "2024-07-08"),
                                            ("IND", "RUS", "in_person", "2024-07-09")]


def test_the_two_leaders_own_their_cue_whoever_a_where_clause_names(occurred: OccurredRun) -> None:
    text = PUTIN_MODI + ("The two leaders had last met in person in September 2022 at a summit in Samarkand, "
                         "Uzbekistan, where Modi told Putin that this was no era of war.")
    assert occurred(text, "2024-07-09") == [("IND", "RUS", "in_person", "2022-09"),
                                            ("IND", "RUS", "in_person", "2024-07-09")]


def test_a_three_way_meeting_counts_the_leader_a_pronoun_stands_for(occurred: OccurredRun) -> None:
    # Guterres met Zelensky and Erdoğan together in Lviv on 18 August 2022, and Zelensky in Kyiv on
    # Wednesday 8 March 2023
    text = ("António Guterres a été reçu mercredi à Kiev par Volodymyr Zelensky. En août, à Lviv, il "
            "s'était entretenu avec M. Zelensky et le président turc Recep Tayyip Erdogan lors d'une "
            "rencontre à trois.")
    assert occurred(text, "2023-03-08", "fr") == [("TUR", "UKR", "in_person", "2022-08"),
                                                  ("TUR", "UN", "in_person", "2022-08"),
                                                  ("UKR", "UN", "in_person", "2022-08"),
                                                  ("UKR", "UN", "in_person", "2023-03-08")]


def test_an_honour_handed_to_a_leader_is_a_meeting(occurred: OccurredRun) -> None:
    # Steinmeier decorated Biden in Berlin on Friday 18 October 2024; Putin gave Modi the Order of St Andrew
    # in the Kremlin on Tuesday 9 July 2024
    text = ("Bundespräsident Frank-Walter Steinmeier verlieh am Freitag Joe Biden die Sonderstufe des "
            "Großkreuzes des Verdienstordens.")
    assert occurred(text, "2024-10-19", "de") == [("DEU", "USA", "in_person", "2024-10-18")]
    text = "On Tuesday Vladimir Putin awarded Narendra Modi Russia's highest state honour."
    assert occurred(text, "2024-07-10") == [("IND", "RUS", "in_person", "2024-07-09")]


def test_a_title_before_a_name_with_bin_that_we_lack_is_that_person(make_doc: DocFactory) -> None:
    # Assad received the Saudi foreign minister, Prince Faisal bin Farhan, in Damascus on 18 April 2023; the
    # whole gazetteer is needed: "الأمير" alone is a Gulf monarch's title there
    text = ("استقبل الرئيس بشار الأسد اليوم في دمشق الأمير فيصل بن فرحان آل سعود وزير الخارجية في المملكة "
            "العربية السعودية.")
    extractor = RuleExtractor(load_default())
    assert extractor.extract(make_doc(text, "2023-04-18", lang="ar")) == []


def test_the_meeting_of_both_is_the_pairs(occurred: OccurredRun) -> None:
    # Biden met Sánchez at the Moncloa on Tuesday 28 June 2022; at the NATO summit in Brussels in June 2021
    # their encounter had been a walk of a few seconds
    text = ("Pedro Sánchez y Joe Biden se reunieron ayer en la Moncloa. El encuentro de ambos en la cumbre "
            "de la OTAN de Bruselas, en junio de 2021, se limitó a un breve paseo.")
    assert occurred(text, "2022-06-29", "es") == [("ESP", "USA", "in_person", "2021-06"),
                                                  ("ESP", "USA", "in_person", "2022-06-28")]


def test_a_leader_another_is_urged_to_talk_with_met_no_one(occurred: OccurredRun) -> None:
    # Sánchez met Xi in Beijing on Friday 31 March 2023 and urged him to speak with Zelensky
    text = ("Pedro Sánchez met Xi Jinping in Beijing on Friday and urged him to talk directly with Volodymyr "
            "Zelensky.")
    assert occurred(text, "2023-04-01") == [("CHN", "ESP", "in_person", "2023-03-31")]
    text = ("Pedro Sánchez fue recibido el viernes en Pekín por Xi Jinping, al que instó a conversar "
            "directamente con Volodímir Zelenski.")
    assert occurred(text, "2023-04-01", "es") == [("CHN", "ESP", "in_person", "2023-03-31")]


def test_the_leader_urged_stays_the_partner(occurred: OccurredRun) -> None:
    # Trump's letter to Erdoğan of 9 October 2019, released a week later
    text = ("In a letter sent on 9 October, Donald Trump urged Recep Tayyip Erdoğan to work out a deal with "
            "the Kurdish-led forces.")
    assert occurred(text, "2019-10-16") == [("TUR", "USA", "written", "2019-10-09")]


def test_leaders_listed_before_a_where_clause_are_all_its_subjects(occurred: OccurredRun) -> None:
    # Meloni and Rutte (with von der Leyen) were received by Saied in Tunis on Sunday 11 June 2023
    text = ("La premier Giorgia Meloni e il primo ministro olandese Mark Rutte sono arrivati domenica a "
            "Tunisi, dove sono stati ricevuti dal presidente Kais Saied.")
    assert occurred(text, "2023-06-12", "it") == [("ITA", "TUN", "in_person", "2023-06-11"),
                                                  ("NLD", "TUN", "in_person", "2023-06-11")]


def test_the_commas_of_an_apposition_do_not_close_a_side_clause(occurred: OccurredRun) -> None:
    # Biden called on Mattarella at the Quirinale on Friday 29 October 2021, on the eve of the G20 in Rome
    text = ("Venerdì pomeriggio Joe Biden è salito al Quirinale, dove è stato il capo dello Stato, Sergio "
            "Mattarella, ad accoglierlo per un breve incontro.")
    assert occurred(text, "2021-10-30", "it") == [("ITA", "USA", "in_person", "2021-10-29")]


def test_a_german_negation_before_the_last_verb_reaches_the_cue(occurred: OccurredRun) -> None:
    # Scholz visited Zelensky in Kyiv on Monday 2 December 2024
    text = ("Olaf Scholz traf am Montag Volodymyr Zelensky in Kiew. Ein Termin für ein Gespräch zwischen "
            "Scholz und Wladimir Putin wurde nicht genannt.")
    assert occurred(text, "2024-12-03", "de") == [("DEU", "UKR", "in_person", "2024-12-02")]


def test_taking_part_in_a_meeting_between_groups_of_leaders_is_attendance(occurred: OccurredRun) -> None:
    # the BRICS leaders' dialogue with invited African heads of state, Johannesburg, 24 August 2023
    text = ("Lula e Xi Jinping participaram na quinta-feira, em Joanesburgo, da reunião entre os líderes do "
            "BRICS e os presidentes africanos convidados.")
    assert occurred(text, "2023-08-25", "pt") == []


def test_a_clause_word_in_a_closed_side_clause_does_not_cut_the_narratives_day(
        occurred: OccurredRun) -> None:
    # Xi's state visit to Moscow: an informal talk with Putin on Monday 20 March 2023, the main talks and the
    # joint statements on Tuesday 21 March
    text = ("Государственный визит председателя КНР Си Цзиньпина, первый после его переизбрания, увенчался "
            "вчера подписанием совместных заявлений. Основные переговоры глава Кремля и его китайский "
            "коллега провели в Большом Кремлевском дворце. Накануне, в понедельник, лидеры беседовали один "
            "на один.")
    assert occurred(text, "2023-03-22", "ru") == [("CHN", "RUS", "in_person", "2023-03-20"),
                                                  ("CHN", "RUS", "in_person", "2023-03-21")]


def test_the_leader_who_convened_another_meeting_is_no_partner(occurred: OccurredRun) -> None:
    # Macron, Merkel and Xi held a climate video summit on Friday 16 April 2021, days before the virtual
    # Leaders Summit on Climate that Biden convened for 22-23 April
    text = ("Emmanuel Macron, Angela Merkel et Xi Jinping ont tenu vendredi un sommet en visioconférence sur "
            "le climat, à quelques jours d'une réunion virtuelle de dirigeants convoquée par le président "
            "américain Joe Biden.")
    assert occurred(text, "2021-04-17", "fr") == [("CHN", "DEU", "video", "2021-04-16"),
                                                  ("CHN", "FRA", "video", "2021-04-16"),
                                                  ("DEU", "FRA", "video", "2021-04-16")]
