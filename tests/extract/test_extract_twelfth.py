"""Twelfth pass: general mechanisms found on the development sets (the seventh held-out set opened), each
tested on a real contact told in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, extract_rows, held_rows


def _status(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("mode", "status"))


# -- a date after the reference day dates no contact that occurred ------------------------------------------

# Erdoğan, then prime minister, held talks with Rouhani in Tehran on Wednesday 29 January 2014; they set a
# goal of 30 billion dollars of yearly trade for 2015.


def test_a_goal_year_after_the_report_dates_no_held_meeting(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Recep Tayyip Erdogan held talks with Hassan Rouhani in Tehran on Wednesday. In the talks the "
            "two leaders agreed to lift trade to 30 billion dollars in 2015.")
    assert held_rows(real, make_doc, text, "2014-01-29", "en") == [("IRN", "TUR", "in_person", "2014-01-29")]


# Putin and Erdoğan opened the TurkStream pipeline in Istanbul on Wednesday 8 January 2020 and called for a
# ceasefire in Libya from midnight on 12 January.


def test_a_day_and_month_just_ahead_of_the_report_is_the_coming_one(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("Vladimir Putin and Recep Tayyip Erdogan held talks in Istanbul on Wednesday. The two leaders "
            "discussed Libya and urged a ceasefire there from 12 January.")
    assert held_rows(real, make_doc, text, "2020-01-08", "en") == [("RUS", "TUR", "in_person", "2020-01-08")]


# -- an undated statement in the mode of the pair's dated contact is that contact ---------------------------

# Merkel met Erdoğan in Istanbul on Friday 24 January 2020 and opened the Turkish-German University's new
# campus with him; Erdoğan had attended the Berlin conference on Libya on Sunday 19 January.


def test_an_undated_joint_act_after_a_background_day_is_the_dated_meeting(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    text = ("Angela Merkel met Recep Tayyip Erdogan in Istanbul on Friday. Erdogan had attended the Libya "
            "conference in Berlin last Sunday. Merkel and Erdogan also opened the new campus of the "
            "Turkish-German University.")
    assert held_rows(real, make_doc, text, "2020-01-24", "en") == [("DEU", "TUR", "in_person", "2020-01-24")]


# -- a title and the capital its genitive names --------------------------------------------------------------

# Xi Jinping was received by Sergio Mattarella at the Quirinale on 22 March 2019 and signed the Belt and Road
# memorandum with Giuseppe Conte the next day.


def test_the_leader_of_a_capital_is_that_country_s_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Giuseppe Conte e Xi Jinping hanno firmato oggi a Roma il memorandum sulla Via della Seta. Ieri "
            "il presidente Sergio Mattarella aveva ricevuto al Quirinale il leader di Pechino.")
    assert held_rows(real, make_doc, text, "2019-03-23", "it") == [("CHN", "ITA", "in_person", "2019-03-22"),
                                                                  ("CHN", "ITA", "in_person", "2019-03-23")]


# -- every leader a "convened by" lists --------------------------------------------------------------------

# Putin and Zelensky first met on 9 December 2019 at the Élysée, at the Normandy-format summit Macron and
# Merkel hosted.


def test_leaders_listed_after_organized_by_are_no_partners(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Vladimir Poutine et Volodymyr Zelensky se sont rencontrés lundi à Paris, en marge du sommet "
            "organisé par Emmanuel Macron et Angela Merkel.")
    assert held_rows(real, make_doc, text, "2019-12-10", "fr") == [("RUS", "UKR", "in_person", "2019-12-09")]


def test_the_same_in_english(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Vladimir Putin and Volodymyr Zelensky met on Monday in Paris on the sidelines of a summit "
            "organised by Emmanuel Macron and Angela Merkel.")
    assert held_rows(real, make_doc, text, "2019-12-10", "en") == [("RUS", "UKR", "in_person", "2019-12-09")]


# -- a plan word in a comparison, readiness to meet --------------------------------------------------------

# Biden received Draghi in the Oval Office on Tuesday 10 May 2022; their talks ran longer than scheduled.


def test_longer_than_planned_is_a_held_meeting_in_italian(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden e Mario Draghi hanno avuto ieri un colloquio durato più del previsto.")
    assert held_rows(real, make_doc, text, "2022-05-11", "it") == [("ITA", "USA", "in_person", "2022-05-10")]


def test_longer_than_planned_is_a_held_meeting_in_german(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Joe Biden und Mario Draghi haben am Dienstag im Weißen Haus länger als geplant beraten."
    assert held_rows(real, make_doc, text, "2022-05-11", "de") == [("ITA", "USA", "in_person", "2022-05-10")]


# Erdoğan met Zelensky in Kyiv on Thursday 3 February 2022 and said Turkey was ready to host the Russian and
# Ukrainian leaders.


def test_ready_to_host_is_an_offer_not_a_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan, Kiev'de Ukrayna Devlet Başkanı Zelenskiy ile görüştü. Erdoğan, Putin'i "
            "de Türkiye'de ağırlamaya hazır olduklarını söyledi.")
    assert held_rows(real, make_doc, text, "2022-02-03", "tr") == [("TUR", "UKR", "in_person", "2022-02-03")]


# -- a German plan word closing its clause, after a list of people -------------------------------------------

# Obama met Merkel in Hanover on Sunday 24 April 2016; a meeting with Hollande, Cameron and Renzi was set for
# the next day.


def test_a_clause_final_plan_word_reaches_back_across_a_list(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Barack Obama ist am Sonntag in Hannover mit Angela Merkel zusammengekommen. Am Montag ist "
            "zudem ein Treffen mit Frankreichs Staatschef François Hollande, Großbritanniens Premier David "
            "Cameron und Italiens Ministerpräsident Matteo Renzi geplant.")
    assert held_rows(real, make_doc, text, "2016-04-24", "de") == [("DEU", "USA", "in_person", "2016-04-24")]


# -- a Turkish "since" closes the phrase before it -----------------------------------------------------------

# Erdoğan and Putin spoke by phone on Wednesday 29 June 2016, their first contact since Turkey shot down a
# Russian jet in November 2015.


def test_a_date_before_a_turkish_since_is_the_event_s(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan ile Rusya Devlet Başkanı Putin Çarşamba günü telefonda görüştü. İki "
            "liderin bu görüşmesi, Kasım ayında Rus uçağının düşürülmesinden bu yana aralarındaki ilk temas "
            "oldu.")
    assert held_rows(real, make_doc, text, "2016-06-29", "tr") == [("RUS", "TUR", "phone", "2016-06-29")]


# -- leaders after a visit verb with no "with" are its visitors ---------------------------------------------

# Putin and Erdoğan opened TurkStream in Istanbul on Wednesday 8 January 2020; Vučić and Borisov attended the
# ceremony too.


def test_leaders_after_a_visit_verb_attended_and_met_no_one(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Владимир Путин и Реджеп Тайип Эрдоган в среду провели переговоры в Стамбуле. Торжество по "
            "случаю запуска газопровода посетили также сербский президент Александр Вучич и болгарский "
            "премьер Бойко Борисов.")
    assert held_rows(real, make_doc, text, "2020-01-08", "ru") == [("RUS", "TUR", "in_person", "2020-01-08")]


# -- a predicative title is no subject of a "when" clause ---------------------------------------------------

# López Obrador met Biden at the White House on Thursday 18 November 2021; his first trip to Washington as
# president was in July 2020, when he met Trump.


def test_as_president_is_no_subject_between_a_leader_and_his_when_clause(real: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    text = ("Andrés Manuel López Obrador se reunió el jueves con Joe Biden en la Casa Blanca. Era la "
            "segunda visita oficial de López Obrador a Estados Unidos como presidente; la anterior data de "
            "julio de 2020, cuando se entrevistó con Donald Trump.")
    assert held_rows(real, make_doc, text, "2021-11-19", "es") == [("MEX", "USA", "in_person", "2020-07"),
                                                                  ("MEX", "USA", "in_person", "2021-11-18")]


# -- a meeting verb joined by "and" after both leaders, and the Italian cleft -------------------------------

# Renzi spoke at the St Petersburg forum beside Putin on 17 June 2016 and met him on its sidelines; Juncker
# had met Putin there the day before.


def test_a_meeting_verb_after_and_with_its_subject_dropped(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Oggi a San Pietroburgo Matteo Renzi ha preso la parola al Forum economico accanto a Vladimir "
            "Putin, solo tra i capi di governo del G7 a esserci, e lo ha poi incontrato in privato.")
    assert held_rows(real, make_doc, text, "2016-06-17", "it") == [("ITA", "RUS", "in_person", "2016-06-17")]


def test_the_italian_cleft_tells_who_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Matteo Renzi ha incontrato oggi Vladimir Putin. Il giorno prima era stato Jean-Claude Juncker "
            "a incontrare il capo del Cremlino.")
    assert held_rows(real, make_doc, text, "2016-06-17", "it") == [("EU", "RUS", "in_person", "2016-06-16"),
                                                                  ("ITA", "RUS", "in_person", "2016-06-17")]


# -- "the dinner for three" makes the contact just told one of three ---------------------------------------

# Zelensky dined at the Élysée with Macron and Scholz on Wednesday 8 February 2023.


def test_a_dinner_for_three_told_next_pairs_the_two_hosts(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Mercredi soir à Paris, Volodymyr Zelensky a dîné avec Emmanuel Macron et Olaf Scholz. Pendant "
            "ce dîner à trois, Olaf Scholz a promis de nouvelles livraisons d'armes.")
    assert held_rows(real, make_doc, text, "2023-02-09", "fr") == [("DEU", "FRA", "in_person", "2023-02-08"),
                                                                  ("DEU", "UKR", "in_person", "2023-02-08"),
                                                                  ("FRA", "UKR", "in_person", "2023-02-08")]


def test_the_same_in_italian_with_a_meal_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Mercoledì sera a Parigi Volodymyr Zelensky ha cenato con Emmanuel Macron e Olaf Scholz. "
            "Durante la cena a tre Scholz ha promesso nuove armi.")
    assert len(held_rows(real, make_doc, text, "2023-02-09", "it")) == 3


def test_a_dinner_with_two_is_two_meetings_without_a_trilateral_word(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    text = ("Mercredi soir à Paris, Volodymyr Zelensky a dîné avec Emmanuel Macron et Olaf Scholz. Pendant "
            "ce dîner, Olaf Scholz a promis de nouvelles livraisons d'armes.")
    assert held_rows(real, make_doc, text, "2023-02-09", "fr") == [("DEU", "UKR", "in_person", "2023-02-08"),
                                                                  ("FRA", "UKR", "in_person", "2023-02-08")]


# -- a lower-case "un" is no UN destination; the EU's two presidents; a cue after "after" ------------------

# Xi Jinping welcomed Macron in Beijing with military honours on Thursday 6 April 2023, before their talks.


def test_a_lower_case_article_is_no_visit_destination(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Jeudi, à son arrivée, le président français avait été accueilli par Xi Jinping avec une "
            "cérémonie militaire avant un entretien.")
    assert held_rows(real, make_doc, text, "2023-04-07", "fr") == [("CHN", "FRA", "in_person", "2023-04-06")]


# Erdoğan received Charles Michel and Ursula von der Leyen in Ankara on Tuesday 6 April 2021.


def test_the_commission_and_the_council_president_are_two_people(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    text = ("Recep Tayyip Erdogan ha ricevuto ieri ad Ankara la presidente della Commissione europea e il "
            "presidente del Consiglio europeo.")
    found = real.extract(make_doc(text, "2021-04-07", lang="it"))
    names = {p.name for c in found for p in (c.a, c.b) if p.country == "EU"}
    assert names == {"Ursula von der Leyen", "Charles Michel"}


# Draghi called Erdoğan a dictator on 8 April 2021, after von der Leyen was left without a chair in Ankara.


def test_a_meeting_far_beyond_after_is_another_event_s(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Mario Draghi ha dato del dittatore a Erdogan dopo lo sgarbo fatto a Ursula von der Leyen in un "
            "incontro ad Ankara.")
    pairs = {(a, b) for a, b, *_ in held_rows(real, make_doc, text, "2021-04-09", "it")}
    assert ("ITA", "TUR") not in pairs


# -- "in recent days" is the month, so several calls then are one contact of that month ---------------------

# Macron phoned Putin several times in the first days of March 2022 (3 and 6 March among them).


def test_several_calls_in_recent_days_are_one_contact_of_the_month(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron sprach in den vergangenen Tagen mehrfach am Telefon mit Wladimir Putin.")
    assert held_rows(real, make_doc, text, "2022-03-08", "de") == [("FRA", "RUS", "phone", "2022-03")]


def test_recent_days_in_french(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Emmanuel Macron s'est entretenu ces derniers jours par téléphone avec Vladimir Poutine."
    assert held_rows(real, make_doc, text, "2022-03-08", "fr") == [("FRA", "RUS", "phone", "2022-03")]


# -- "the three leaders" are the three of the contact just told ----------------------------------------------

# Macron, Merkel and Xi held a video summit on Friday 16 April 2021, days before Biden's virtual climate
# summit of 22-23 April.


def test_the_three_leaders_are_the_last_contact_s_three(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron, Angela Merkel and Xi Jinping held a video summit on Friday, days before a "
            "virtual climate meeting convened by Joe Biden. The three leaders also discussed vaccines for "
            "Africa.")
    pairs = {(a, b) for a, b, *_ in held_rows(real, make_doc, text, "2021-04-17", "en")}
    assert pairs == {("CHN", "DEU"), ("CHN", "FRA"), ("DEU", "FRA")}


# -- "the four leaders" named in the sentence itself ---------------------------------------------------------

# On his October 2021 Africa tour Erdoğan met Lourenço in Luanda (Monday 18), Gnassingbé in Lomé (Tuesday
# 19), where Weah and Kaboré joined their working lunch, and Buhari in Abuja (Wednesday 20).


def test_the_four_leaders_are_the_four_the_sentence_names(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan bugün Abuja'da Nijerya Devlet Başkanı Muhammadu Buhari ile görüştü. "
            "Erdoğan pazartesi günü Luanda'da Angola Devlet Başkanı João Lourenço ile, salı günü Lomé'de "
            "Togo Devlet Başkanı Faure Gnassingbé ile bir araya gelmişti. Lomé'deki öğle yemeğine Erdoğan "
            "ve Gnassingbé'nin yanı sıra George Weah ile Roch Marc Christian Kaboré de katıldı; dört "
            "liderin görüşmesinde Sahel'deki güvenlik ele alındı.")
    pairs = {(a, b) for a, b, *_ in held_rows(real, make_doc, text, "2021-10-20", "tr")}
    assert {("BFA", "LBR"), ("LBR", "TGO"), ("BFA", "TUR")} <= pairs
    assert not {("LBR", "NGA"), ("BFA", "NGA"), ("AGO", "LBR"), ("AGO", "BFA")} & pairs


# -- the commas around a place in apposition close no clause -------------------------------------------------

# Macron met Tokayev in Astana on Wednesday 1 November 2023 and was due in Samarkand the next day to meet
# Mirziyoyev.


def test_a_plan_word_reaches_across_a_place_in_apposition(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron s'est entretenu mercredi à Astana avec Kassym-Jomart Tokaïev. Le président "
            "français sera jeudi à Samarcande, en Ouzbékistan, pour une rencontre avec Chavkat Mirziyoyev.")
    assert _status(real, make_doc, text, "2023-11-02", "fr") == [("FRA", "KAZ", "in_person", "occurred"),
                                                                ("FRA", "UZB", "in_person", "planned")]


# -- "also" inside a compound verb makes a weak "spoke" the contact just told --------------------------------

# Macron hosted Mohammed bin Salman for a working lunch at the Élysée on Friday 16 June 2023; Syria had been
# readmitted to the Arab League in May.


def test_also_spoke_is_the_meeting_just_told(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Mohammed ben Salmane a déjeuné vendredi avec Emmanuel Macron à l'Elysée. Les deux hommes ont "
            "aussi parlé de la Syrie, revenue le mois dernier au sein de la Ligue arabe.")
    assert held_rows(real, make_doc, text, "2023-06-16", "fr") == [("FRA", "SAU", "in_person", "2023-06-16")]


# -- generic talks of the pair are its dated contact; the US president in Turkish ---------------------------

# Erdoğan, then prime minister, met Obama at the White House on Thursday 16 May 2013, days after the Reyhanlı
# bombings of 11 May; Obama hosted a working dinner for him that evening.


def test_undated_generic_talks_join_the_pair_s_dated_meeting(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("ABD Başkanı Obama dün Beyaz Saray'da Başbakan Erdoğan'ı kabul etti. Obama, 11 Mayıs'ta "
            "Reyhanlı'da yaşanan saldırılar için taziyelerini iletti. İki lider Suriye'yi de ele aldı. Gün, "
            "Obama'nın Erdoğan için verdiği bir akşam yemeğiyle sona erdi.")
    assert held_rows(real, make_doc, text, "2013-05-17", "tr") == [("TUR", "USA", "in_person", "2013-05-16")]


# -- a Turkish date before a relative participle is the participle's -----------------------------------------

# Binali Yıldırım met Haider al-Abadi in Baghdad on Saturday 7 January 2017, after a year of strained ties.


def test_a_date_before_a_participle_on_another_noun_is_its_clause_s(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    text = ("Başbakan Binali Yıldırım cumartesi günü Bağdat'ta Irak Başbakanı Haydar el-İbadi ile görüştü. "
            "Yıldırım'ın Bağdat ziyareti, geçen yıl bozulan ilişkilerde bir dönüm noktası olarak görülüyor.")
    assert held_rows(real, make_doc, text, "2017-01-07", "tr") == [("IRQ", "TUR", "in_person", "2017-01-07")]


def test_a_date_before_a_participle_on_the_contact_noun_is_the_contact_s(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan ile ABD Başkanı Trump arasında 13 Kasım'da yapılan görüşme olumlu geçti.")
    assert held_rows(real, make_doc, text, "2019-11-14", "tr") == [("TUR", "USA", "in_person", "2019-11-13")]


# -- two months, each with the place the pair met at -------------------------------------------------------

# Erdoğan visited Athens on Thursday 7 December 2023; he and Mitsotakis had met at the NATO summit in Vilnius
# in July and at the UN General Assembly in New York in September.


def test_two_months_listed_with_their_places_are_two_meetings(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("Recep Tayyip Erdogan held talks with Kyriakos Mitsotakis in Athens on Thursday. The two "
            "leaders had met in July at the NATO summit in Vilnius and in September in New York.")
    assert held_rows(real, make_doc, text, "2023-12-08", "en") == [("GRC", "TUR", "in_person", "2023-07"),
                                                                  ("GRC", "TUR", "in_person", "2023-09"),
                                                                  ("GRC", "TUR", "in_person", "2023-12-07")]


def test_the_same_in_turkish_with_the_verb_last(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı Erdoğan Atina'da Yunanistan Başbakanı Kiryakos Miçotakis ile görüştü. İki lider "
            "bu yıl temmuzda Vilnius'taki NATO zirvesinde, eylülde de New York'ta görüşmüştü.")
    assert len(held_rows(real, make_doc, text, "2023-12-07", "tr")) == 3


# -- an inviter beside two leaders of other countries met no one by the invitation --------------------------

# Von der Leyen travelled to Beijing at Macron's invitation and was received by Xi on Thursday 6 April 2023.


def test_the_inviter_is_no_partner_of_another_host_s_guest(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Xi Jinping a reçu jeudi Ursula von der Leyen, venue à Pékin à l'invitation d'Emmanuel Macron.")
    assert held_rows(real, make_doc, text, "2023-04-07", "fr") == [("CHN", "EU", "in_person", "2023-04-06")]


def test_an_inviter_who_receives_is_the_host(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Emmanuel Macron s'est rendu jeudi à Pékin à l'invitation de Xi Jinping."
    assert held_rows(real, make_doc, text, "2023-04-07", "fr") == [("CHN", "FRA", "in_person", "2023-04-06")]


# -- "the two" after a sentence names two leaders are those two ----------------------------------------------

# On 29 October 2021 Biden saw Draghi at Palazzo Chigi, then Macron at the French embassy to the Holy See:
# their first meeting since the submarine row.


def test_the_two_are_the_two_the_sentence_names(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Joe Biden è stato ricevuto venerdì a Palazzo Chigi da Mario Draghi. La sera Biden si è "
            "spostato nella sede diplomatica francese presso la Santa Sede, dove c'era ad aspettarlo "
            "Emmanuel Macron: tra i due un colloquio di un'ora, il primo dopo la lite sui sottomarini.")
    assert held_rows(real, make_doc, text, "2021-10-30", "it") == [("FRA", "USA", "in_person", "2021-10-29"),
                                                                  ("ITA", "USA", "in_person", "2021-10-29")]


# Obama hosted Renzi at the White House on 18 October 2016, seven weeks before Italy's referendum of 4
# December.


def test_a_day_and_month_seven_weeks_ahead_is_the_coming_one(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Matteo Renzi è stato accolto oggi alla Casa Bianca da Barack Obama. In vista del referendum "
            "del 4 dicembre, il presidente americano ha fatto il tifo per il sì. I due hanno discusso di "
            "migranti e di Libia.")
    assert held_rows(real, make_doc, text, "2016-10-18", "it") == [("ITA", "USA", "in_person", "2016-10-18")]


# -- a pronoun opening a relative clause right after a minister is the minister -----------------------------

# Merkel and Macron held a video call with Xi on Friday 16 April 2021, while John Kerry, Biden's climate
# envoy, was in Shanghai talking with his Chinese counterpart Xie Zhenhua.


def test_the_envoy_s_pronoun_and_counterpart_are_no_leaders(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("Angela Merkel und Emmanuel Macron haben am Freitag per Video mit Xi Jinping beraten. "
            "US-Präsident Joe Biden lädt kommende Woche zu einem Klimagipfel. Zur gleichen Zeit war der "
            "US-Klimabeauftragte John Kerry in Shanghai, wo er mit seinem chinesischen Kollegen Xie Zhenhua "
            "sprach.")
    pairs = {(a, b) for a, b, *_ in held_rows(real, make_doc, text, "2021-04-17", "de")}
    assert pairs == {("CHN", "DEU"), ("CHN", "FRA"), ("DEU", "FRA")}


# -- the second of two objects of one verb keeps the verb's cue ---------------------------------------------

# Modi met Putin in Moscow on Tuesday 9 July 2024 and went on to Vienna, where he met Van der Bellen and
# Nehammer on Wednesday 10 July, the first visit to Austria by an Indian prime minister in 41 years.


def test_the_second_object_keeps_the_verb_s_cue(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Narendra Modi held talks with Vladimir Putin in Moscow on Tuesday. He travels on to Vienna, "
            "where he will meet Alexander Van der Bellen and Karl Nehammer on Wednesday, the first visit to "
            "Austria by an Indian prime minister in 41 years.")
    assert _status(real, make_doc, text, "2024-07-09", "en") == [("AUT", "IND", "in_person", "planned"),
                                                                ("AUT", "IND", "in_person", "planned"),
                                                                ("IND", "RUS", "in_person", "occurred")]


# -- the partner a possessive's contact noun names met its owner --------------------------------------------

# Starmer welcomed Zelensky in London on Saturday 1 March 2025, a day after Zelensky's Oval Office meeting
# with Trump ended in a row.


def test_a_possessive_owner_s_meeting_is_his(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Keir Starmer welcomed Volodymyr Zelensky at Downing Street on Saturday, a day after the "
            "Ukrainian president's meeting with Donald Trump at the White House ended in a row.")
    assert held_rows(real, make_doc, text, "2025-03-01", "en") == [("GBR", "UKR", "in_person", "2025-03-01"),
                                                                  ("UKR", "USA", "in_person", "2025-02-28")]
