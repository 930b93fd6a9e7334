"""A contact inside the event a count of days starts from ("a day after holding talks with X") came first."""

from __future__ import annotations

from tests.extract.conftest import OccurredRun

# Macron held talks with Putin in the Kremlin on Monday 7 February 2022 and with Zelensky in Kyiv on Tuesday
# 8 February 2022, trying to head off a Russian invasion of Ukraine.
MACRON_TRIP = [("FRA", "RUS", "in_person", "2022-02-07"), ("FRA", "UKR", "in_person", "2022-02-08")]


def test_talks_a_day_before_the_main_meeting_are_dated_back_in_english(occurred: OccurredRun) -> None:
    text = ("Emmanuel Macron met Volodymyr Zelensky in Kyiv on Tuesday, a day after holding talks with "
            "Vladimir Putin in Moscow.")
    assert occurred(text, "2022-02-08", "en") == MACRON_TRIP


def test_a_french_count_from_a_meeting_dates_it_back(occurred: OccurredRun) -> None:
    text = ("Emmanuel Macron s'est entretenu mardi à Kiev avec Volodymyr Zelensky, un jour après avoir "
            "rencontré Vladimir Poutine au Kremlin.")
    assert occurred(text, "2022-02-08", "fr") == MACRON_TRIP


def test_a_portuguese_reception_a_day_before_is_the_main_subjects(occurred: OccurredRun) -> None:
    # the reception is Macron's, the subject of the main clause: Putin did not meet Zelensky
    text = ("O Presidente Emmanuel Macron reuniu-se hoje em Kiev com Volodymyr Zelensky, um dia depois de "
            "ter sido recebido no Kremlin por Vladimir Putin.")
    assert occurred(text, "2022-02-08", "pt") == MACRON_TRIP


def test_a_count_that_opens_the_sentence_still_dates_the_main_meeting_forward(occurred: OccurredRun) -> None:
    # "two days later" takes no event after it: the meeting it opens is the later one
    text = ("Emmanuel Macron held talks with Vladimir Putin in Moscow on 7 February 2022. A day later "
            "Macron met Volodymyr Zelensky in Kyiv.")
    assert occurred(text, "2022-02-10", "en") == MACRON_TRIP


# -- an earlier meeting in a reflexive pluperfect or "got to know each other" ------------------------------


def test_romance_reflexive_pluperfects_state_an_earlier_meeting(occurred: OccurredRun) -> None:
    # Macron first received Putin at Versailles on 29 May 2017
    text = "Emmanuel Macron e Vladimir Putin já se tinham encontrado em Versalhes em maio de 2017."
    assert occurred(text, "2019-08-19", "pt") == [("FRA", "RUS", "in_person", "2017-05")]
    # Xi Jinping's state visit to Spain: Sánchez received him in Madrid on 28 November 2018
    text = "Pedro Sánchez y Xi Jinping se habían encontrado por primera vez en Madrid en noviembre de 2018."
    assert occurred(text, "2023-03-31", "es") == [("CHN", "ESP", "in_person", "2018-11")]


def test_leaders_who_got_to_know_each_other_met(occurred: OccurredRun) -> None:
    # Meloni and Modi first met on the sidelines of the G20 summit in Bali in November 2022
    text = "Giorgia Meloni e Narendra Modi si erano conosciuti a Bali nel novembre 2022, a margine del G20."
    assert occurred(text, "2023-03-02", "it") == [("IND", "ITA", "in_person", "2022-11")]


# -- a later sentence's dated act of one leader is no date line for the talks before it ---------------------


def test_a_leaders_dated_act_next_does_not_date_the_pairs_talks(occurred: OccurredRun) -> None:
    # Putin called Erdoğan with condolences on Monday 6 February 2023, the day of the earthquakes; Erdoğan
    # declared a three-month state of emergency in ten provinces on 7 February 2023
    text = ("Cumhurbaşkanı Erdoğan dün Rusya Devlet Başkanı Vladimir Putin ile telefonda görüştü. İki lider "
            "arasındaki görüşme dikkat çekti. Erdoğan, 7 Şubat 2023 tarihinde on ilde olağanüstü hal ilan "
            "etti.")
    assert occurred(text, "2023-02-07", "tr") == [("RUS", "TUR", "phone", "2023-02-06")]


# -- a plural future is a planned meeting ------------------------------------------------------------------


def test_plural_futures_plan_a_meeting(occurred: OccurredRun) -> None:
    # Sánchez received Lula at the Moncloa on Wednesday 26 April 2023, announced two days before
    for lang, text in [
        ("es", "Pedro Sánchez y Luiz Inácio Lula da Silva sostendrán el miércoles una reunión en Madrid."),
        ("pt", "Pedro Sánchez e Luiz Inácio Lula da Silva realizarão na quarta-feira uma reunião em Madri."),
        ("fr", "Pedro Sánchez et Lula da Silva se réuniront mercredi à Madrid pour un entretien."),
    ]:
        assert occurred(text, "2023-04-24", lang) == [], text


def test_an_arabic_to_meet_clause_is_a_plan(occurred: OccurredRun) -> None:
    # Macron landed in Cairo on the evening of Saturday 5 April 2025 and met Sisi on Sunday 6 April
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة مساء السبت، على أن يجتمع بالرئيس السيسي يوم الأحد."
    assert occurred(text, "2025-04-05", "ar") == []


def test_speaking_on_the_sidelines_of_a_summit_is_in_person(occurred: OccurredRun) -> None:
    # Biden and Xi met on the sidelines of the G20 summit in Bali on Monday 14 November 2022
    text = "Joe Biden und Xi Jinping sprachen am Montag am Rande des G20-Gipfels auf Bali miteinander."
    assert occurred(text, "2022-11-15", "de") == [("CHN", "USA", "in_person", "2022-11-14")]


def test_a_persian_host_met_his_guest(occurred: OccurredRun) -> None:
    # Putin hosted Pezeshkian in Moscow on Friday 17 January 2025, when they signed a partnership treaty
    text = "پوتین روز جمعه در مسکو میزبان مسعود پزشکیان بود."
    assert occurred(text, "2025-01-18", "fa") == [("IRN", "RUS", "in_person", "2025-01-17")]


def test_a_courtesy_call_is_a_visit_not_a_phone_call(occurred: OccurredRun) -> None:
    # Modi met King Charles III at Sandringham on Thursday 24 July 2025
    text = "On a visit to Britain, Narendra Modi paid a courtesy call on King Charles III on Thursday."
    assert occurred(text, "2025-07-25", "en") == [("GBR", "IND", "in_person", "2025-07-24")]


def test_several_meetings_in_a_year_are_no_one_contact(occurred: OccurredRun) -> None:
    # Scholz and Biden met at the G7 summit in Elmau, the NATO summit in Madrid and the G20 in Bali in 2022
    text = "Olaf Scholz und Joe Biden trafen sich im vergangenen Jahr mehrmals auf Gipfeln der G7."
    assert occurred(text, "2023-03-04", "de") == []


def test_the_talks_named_again_with_no_date_are_the_talks_told(occurred: OccurredRun) -> None:
    # Trump was in Tokyo on Tuesday 28 October 2025 and met Xi in Busan on Thursday 30 October
    text = ("Donald Trump and Xi Jinping met in Busan on Thursday. On Tuesday Trump had been in Tokyo. Trump "
            "flew back to Washington after the talks with Xi.")
    assert occurred(text, "2025-10-31", "en") == [("CHN", "USA", "in_person", "2025-10-30")]


def test_an_expected_meeting_that_did_not_happen_is_no_contact(occurred: OccurredRun) -> None:
    # Rouhani and Obama were expected to cross paths at the UN lunch on 24 September 2013; Rouhani stayed away
    text = "انتظار می‌رفت حسن روحانی و باراک اوباما روز سه‌شنبه در نیویورک با یکدیگر دیدار کنند."
    assert occurred(text, "2013-09-25", "fa") == []


def test_a_meeting_that_was_to_take_place_is_a_plan(occurred: OccurredRun) -> None:
    # Biden was to meet King Abdullah II in Amman on Wednesday 18 October 2023; Jordan called the summit off
    for lang, text in [
        ("fr", "Joe Biden devait rencontrer mercredi à Amman le roi Abdullah II."),
        ("de", "Joe Biden sollte am Mittwoch in Amman mit König Abdullah II zusammentreffen."),
    ]:
        assert occurred(text, "2023-10-17", lang) == [], text


# -- "a meeting of the two" names the meeting and the pair --------------------------------------------------


def test_a_meeting_of_the_two_is_the_pairs_meeting(occurred: OccurredRun) -> None:
    # Xi's state visit to France: Macron received him at the Elysée on Monday 6 May 2024, and the two spent
    # Tuesday 7 May at the Col du Tourmalet
    for lang, text in [
        ("en", "Emmanuel Macron received Xi Jinping on Monday. On Tuesday a meeting of the two took place in "
               "the Pyrenees."),
        ("fr", "Emmanuel Macron a reçu Xi Jinping lundi. Mardi, une réunion des deux dirigeants a eu lieu "
               "dans les Pyrénées."),
    ]:
        assert occurred(text, "2024-05-08", lang) == [("CHN", "FRA", "in_person", "2024-05-06"),
                                                      ("CHN", "FRA", "in_person", "2024-05-07")], text


def test_an_announcement_made_with_another_leader_is_a_meeting(occurred: OccurredRun) -> None:
    # at the G7 summit in Biarritz, Trump and Abe announced an agreement in principle on trade on Sunday
    # 25 August 2019
    for lang, text in [
        ("fr", "Dimanche, Donald Trump a annoncé avec Shinzo Abe un accord de principe sur le commerce."),
        ("en", "On Sunday Donald Trump announced with Shinzo Abe an agreement in principle on trade."),
    ]:
        assert occurred(text, "2019-08-26", lang) == [("JPN", "USA", "in_person", "2019-08-25")], text
