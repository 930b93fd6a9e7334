"""Long reports: what the long form of a news report (quotes, background paragraphs, captions, read-also
lines, ministers) and its constructions mislead the extractor with, each tested on a real contact told in
our own words."""

from __future__ import annotations

from datetime import date

from ingest.extract.mentions import build_chunks
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory, Row, extract_rows, held_rows


def _status(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("status", "date"))


# -- a capitalized country name is no function word spelled alike -------------------------------------------

# Lula received Mahmoud Ahmadinejad at the Planalto palace in Brasília on Monday 23 November 2009.


def test_a_country_name_folding_to_a_future_verb_is_no_plan(real: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    text = "Mahmoud Ahmadinejad, presidente do Irã, foi recebido nesta segunda-feira por Lula no Planalto."
    assert _status(real, make_doc, text, "2009-11-23", "pt") == [("BRA", "IRN", "occurred", "2009-11-23")]


# -- a weekday with its day of the month is that day ---------------------------------------------------------

# Shimon Peres, the Israeli president, was received by Lula in Brasília on Wednesday 11 November 2009, twelve
# days before Ahmadinejad's visit; Erdoğan met Charles Michel in Brussels on Monday 9 March 2020.


def test_a_weekday_with_its_bracketed_day_is_that_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Duas semanas antes, na quarta-feira (11), Lula tinha recebido no Palácio do Planalto o chefe de "
            "Estado israelense Shimon Peres.")
    assert held_rows(real, make_doc, text, "2009-11-23", "pt") == [("BRA", "ISR", "in_person", "2009-11-11")]


def test_a_weekday_after_a_calendar_date_is_the_same_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan ile Charles Michel, 9 Mart 2020 Pazartesi günü Belçika'nın başkentinde bir araya geldi."
    assert held_rows(real, make_doc, text, "2020-03-17", "tr") == [("EU", "TUR", "in_person", "2020-03-09")]


# -- background: a leader named who held no office that day, and the day of a death --------------------------

# On Tuesday 6 September 2016 Putin, flying home from the G20 in Hangzhou, stopped in Samarkand, laid flowers
# at the grave of Islam Karimov (who had died on 2 September) and met the prime minister, Shavkat Mirziyoyev.


def test_a_date_right_after_a_death_word_is_the_deaths(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Владимир Путин во вторник возложил цветы к могиле скончавшегося на прошлой неделе "
            "узбекского лидера Ислама Каримова и встретился с премьер-министром Шавкатом Мирзиёевым.")
    assert held_rows(real, make_doc, text, "2016-09-06", "ru") == [("RUS", "UZB", "in_person", "2016-09-06")]


def test_a_title_with_a_name_out_of_office_is_that_man_not_the_holder(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    # Karimov named with his title days after his death: not the acting president who held it then
    text = "Президент России Владимир Путин встретился с президентом Узбекистана Исламом Каримовым."
    assert held_rows(real, make_doc, text, "2016-09-06", "ru") == []


# -- background paragraphs on a visit to come ----------------------------------------------------------------

# Kassym-Jomart Tokayev, president since 20 March 2019, made his first trip abroad to Moscow on Wednesday
# 3 April 2019; Putin's visit to Ankara planned for early September 2004 was put off after the Beslan school
# siege, and he went in December.


def test_a_visit_that_will_be_his_first_trip_is_to_come(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Владимир Путин проведет в Кремле переговоры с Касым-Жомартом Токаевым. Для Токаева визит в "
            "Россию станет первой зарубежной поездкой на посту президента.")
    assert held_rows(real, make_doc, text, "2019-04-02", "ru") == []


def test_a_meeting_that_was_foreseen_is_no_meeting_held(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Programda Putin'in Cumhurbaşkanı Sezer ile Çankaya Köşkü'nde görüşmesi öngörülüyordu."
    assert held_rows(real, make_doc, text, "2004-09-02", "tr") == []


# -- background: the host of a forum, a meeting a few days back ----------------------------------------------

# Viktor Orbán met Vladimir Putin in Beijing on Tuesday 17 October 2023, at the Belt and Road Forum that Xi
# Jinping hosted; Putin received Erdoğan in Sochi on Monday 4 September 2023.


def test_the_leader_who_launched_a_forum_is_no_partner_of_a_pair_meeting_there(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Viktor Orbán ha incontrato Vladimir Putin martedì durante il forum di Pechino promosso dal "
            "leader cinese Xi Jinping.")
    assert held_rows(real, make_doc, text, "2023-10-18", "it") == [("HUN", "RUS", "in_person", "2023-10-17")]


def test_a_meeting_a_few_days_ago_is_not_the_reports_day(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Recep Tayyip Erdoğan ile Vladimir Putin birkaç gün önce Soçi'de bir araya geldi."
    assert held_rows(real, make_doc, text, "2023-09-07", "tr") == [("RUS", "TUR", "in_person", "2023-09-04")]


# -- a title with an "of" complement, then a comma and a name --------------------------------------------

# Miguel Díaz-Canel held talks with Xi Jinping in Beijing on Thursday 8 November 2018, after meeting Kim Jong
# Un in Pyongyang on Sunday 4 November.


def test_a_title_of_a_body_before_a_comma_and_a_name_is_that_name(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    text = ("Pekín, 8 nov - El presidente cubano Miguel Díaz-Canel se reunió este jueves con el mandatario "
            "chino, Xi Jinping. Cuatro días antes, en Pyongyang, Díaz-Canel había dialogado con el "
            "presidente de la Comisión de Asuntos Estatales, Kim Jong Un.")
    assert held_rows(real, make_doc, text, "2018-11-08", "es") == [
        ("CHN", "CUB", "in_person", "2018-11-08"), ("CUB", "PRK", "in_person", "2018-11-04")]


# -- German: a title-and-name alias, a subheading, a fronted date before the pair ---------------------------

# Barack Obama was received by King Abdullah at his farm near Riyadh on Wednesday 3 June 2009 and met Angela
# Merkel in Dresden on Friday 5 June; the two had met in Baden-Baden on 3 April, before the NATO summit.


def test_a_king_named_by_title_and_name_needs_no_backing(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "US-Präsident Barack Obama besuchte am Mittwoch Riad und traf dort König Abdullah."
    assert held_rows(real, make_doc, text, "2009-06-05", "de") == [("SAU", "USA", "in_person", "2009-06-03")]


def test_a_fronted_date_then_an_auxiliary_and_the_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Bundeskanzlerin Angela Merkel hat am Freitag US-Präsident Barack Obama in Dresden empfangen. "
            "Am Mittwoch war Obama in Riad mit König Abdullah zusammengetroffen.\n\nKein erstes Treffen\n\n"
            "Auch Merkel und Obama kennen sich inzwischen gut. Im April waren die beiden schon in "
            "Baden-Baden zusammengetroffen.")
    assert held_rows(real, make_doc, text, "2009-06-05", "de") == [
        ("DEU", "USA", "in_person", "2009-04"), ("DEU", "USA", "in_person", "2009-06-05"),
        ("SAU", "USA", "in_person", "2009-06-03")]


# -- ministers in a background paragraph ---------------------------------------------------------------------

# Before Merkel's first visit to Bush (13 January 2006), Foreign Minister Steinmeier had talked with
# Condoleezza Rice in Washington at the end of November 2005, and Rice, in Berlin on 6 December, was received
# by the chancellor.


def test_a_ministers_counterpart_received_by_a_leader_is_no_leaders_visit(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    text = ("Bundeskanzlerin Angela Merkel wird am Freitag im Weißen Haus von Präsident George W. Bush "
            "empfangen. Außenminister Frank-Walter Steinmeier hatte die Reise vorbereitet. Er traf Ende "
            "November in Washington seine Amtskollegin Condoleezza Rice. Rice wiederum reiste Anfang "
            "Dezember als Gast nach Berlin, wo auch die Kanzlerin sie empfing.")
    assert held_rows(real, make_doc, text, "2006-01-12", "de") == []


# -- background: a capital written as another country's name, a "when" clause's reach ------------------------

# King Abdullah II received Benjamin Netanyahu at the Husseiniya palace in Amman on Monday 18 June 2018,
# their first announced meeting since Netanyahu's visit to Amman in January 2014; a guard at the Israeli
# embassy in Amman had shot two Jordanians in July 2017.


def test_oman_written_like_amman_is_amman_in_a_text_about_jordan(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = ("استقبل العاهل الأردني الملك عبدالله الثاني اليوم الاثنين رئيس الوزراء الإسرائيلي بنيامين "
            "نتنياهو. وهو أول اجتماع بين الزعيمين منذ عام 2014، يوم حل رئيس الوزراء الإسرائيلي بعمان والتقى "
            "جلالته.")
    assert held_rows(real, make_doc, text, "2018-06-18", "ar") == [
        ("ISR", "JOR", "in_person", "2014"), ("ISR", "JOR", "in_person", "2018-06-18")]


def test_a_date_past_the_when_clause_is_not_its_contacts(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("استقبل العاهل الأردني الملك عبدالله الثاني اليوم الاثنين رئيس الوزراء الإسرائيلي بنيامين "
            "نتنياهو. وهو أول اجتماع بين الملك ونتنياهو منذ عام 2014، حين حل رئيس الوزراء الإسرائيلي بعمان "
            "والتقى جلالته، وقد مرت العلاقات منذ ذلك الحين بأزمات، منها حادثة السفارة في تموز من العام "
            "الماضي.")
    assert held_rows(real, make_doc, text, "2018-06-18", "ar") == [
        ("ISR", "JOR", "in_person", "2014"), ("ISR", "JOR", "in_person", "2018-06-18")]


# -- Persian: a relative clause on the last partner, closed before the verb ----------------------------------

# On his visit to Ankara in June 2014 (Khordad 1393) Hassan Rouhani met President Abdullah Gül and Recep
# Tayyip Erdoğan, then prime minister.


def test_a_closed_relative_clause_leaves_the_list_to_its_final_verb(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("حسن روحانی در خرداد ۱۳۹۳ در آنکارا با عبدالله گل، رئیس‌جمهوری وقت ترکیه، و رجب طیب اردوغان که "
            "آن زمان نخست‌وزیر بود، گفت‌وگو کرده بود.")
    assert held_rows(real, make_doc, text, "2015-04-07", "fa") == [
        ("IRN", "TUR", "in_person", "2014-06"), ("IRN", "TUR", "in_person", "2014-06")]


# -- background: an earlier call of the pair, named by its date --------------------------------------------

# Donald Trump and Malcolm Turnbull first met aboard the USS Intrepid in New York on Thursday 4 May 2017,
# three months after a tense phone call on 28 January.


def test_the_call_with_its_own_date_is_the_pairs_earlier_call(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("Donald Trump and Malcolm Turnbull met aboard the USS Intrepid in New York on Thursday. The call "
            "of 28 January had ended abruptly, according to reports at the time.")
    assert held_rows(real, make_doc, text, "2017-05-05", "en") == [
        ("AUS", "USA", "in_person", "2017-05-04"), ("AUS", "USA", "phone", "2017-01-28")]


def test_a_month_before_a_call_sets_it_apart_from_the_meeting(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("Donald Trump and Malcolm Turnbull met aboard the USS Intrepid in New York on Thursday. Beside "
            "Turnbull, Trump played down their January call.")
    # the January call is not the meeting: it lends the meeting no phone mode; it is a contact of its own
    # (28 January 2017: Trump held office from the 20th, round ten reads a month by any day of it)
    assert held_rows(real, make_doc, text, "2017-05-05", "en") == [("AUS", "USA", "in_person", "2017-05-04"),
                                                                   ("AUS", "USA", "phone", "2017-01")]


# -- a bare title before a verb and an article with a country name ---------------------------------------

# Pope Francis was received by President Marcelo Rebelo de Sousa at Monte Real on 12 May 2017; Marcelo, in
# office since 9 March 2016, had been received by the Pope in the Vatican on 17 March 2016.


def test_a_title_takes_no_country_across_a_verb_and_an_article(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    text = ("O Papa Francisco chegou hoje a Portugal e foi recebido pelo Presidente da República, Marcelo "
            "Rebelo de Sousa. O Presidente elegeu o Vaticano como primeiro destino oficial, e o Papa "
            "recebeu-o em audiência a 17 de março de 2016.")
    assert held_rows(real, make_doc, text, "2017-05-12", "pt") == [
        ("PRT", "VAT", "in_person", "2016-03-17"), ("PRT", "VAT", "in_person", "2017-05-12")]


# António Costa, the prime minister, greeted Pope Francis at the Monte Real air base on 12 May 2017.


def test_an_exchange_of_greetings_is_a_brief_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "O primeiro-ministro, António Costa, trocou cumprimentos com o Papa Francisco em Monte Real."
    assert held_rows(real, make_doc, text, "2017-05-12", "pt") == [("PRT", "VAT", "in_person", "2017-05-12")]


# -- ministers' words and leaders' titles ------------------------------------------------------------------

# Rachel Reeves, Chancellor of the Exchequer (a minister) since July 2024, was in Beijing on 11 January 2025;
# Pedro Sánchez hosted Chancellor Olaf Scholz in A Coruña for the government consultations of 5 October
# 2022 (in Latin American Spanish "canciller" is a foreign minister).


def _leaders(real: RuleExtractor, text: str, day: date) -> list[str]:
    tokens = tokenize(text)
    chunks = build_chunks(real.vocab.find(tokens), tokens, text)
    return [m.leader_id or "" for c in chunks for m in real.resolver.resolve(c, tokens, text, day, set())
            if m.is_leader]


def test_a_title_no_office_of_the_country_bears_is_a_ministers(real: RuleExtractor) -> None:
    text = "British Chancellor Rachel Reeves arrived in Beijing on Saturday."
    assert _leaders(real, text, date(2025, 1, 11)) == []


def test_a_ministers_word_before_a_leader_in_office_is_his_title(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    text = "El presidente Pedro Sánchez recibió el miércoles en La Coruña al canciller Olaf Scholz."
    assert held_rows(real, make_doc, text, "2022-10-06", "es") == [("DEU", "ESP", "in_person", "2022-10-05")]


# -- Turkish: an infinitive after a call, a verbal noun before the last verb --------------------------------

# Putin phoned Ahmet Necdet Sezer on 1 September 2004 to put off his visit to Ankara because of the Beslan
# school siege; he made the visit in December.


def test_an_infinitive_after_a_call_is_no_plan_of_the_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Putin dün Sezer'i telefonla arayarak Ankara programını ertelemek zorunda olduğunu anlattı."
    assert held_rows(real, make_doc, text, "2004-09-02", "tr") == [("RUS", "TUR", "phone", "2004-09-01")]


def test_a_verbal_noun_takes_the_plan_of_the_last_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Programa göre Putin'in Cumhurbaşkanı Sezer ile Çankaya'da görüşmesi, ardından enerji "
            "anlaşmalarının imzalanması planlanıyordu.")
    assert held_rows(real, make_doc, text, "2004-09-02", "tr") == []


# -- a bare title that receives a guest in a city is that city's country's holder ---------------------------

# Lula received Mahmoud Ahmadinejad in Brasília on Monday 23 November 2009, and Shimon Peres there on
# Wednesday 11 November.


def test_a_bare_title_receiving_in_a_capital_is_that_countrys(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("Mahmoud Ahmadinejad, presidente do Irã, foi recebido nesta segunda-feira por Lula no Planalto. "
            "Na quarta-feira (11) o presidente recebeu em Brasília o chefe de Estado israelense Shimon "
            "Peres, em visita oficial.")
    assert held_rows(real, make_doc, text, "2009-11-23", "pt") == [
        ("BRA", "IRN", "in_person", "2009-11-23"), ("BRA", "ISR", "in_person", "2009-11-11")]


# -- lines of the page that are not the report's statements ----------------------------------------------

# Vladimir Putin sent King Charles III a telegram of condolence on Thursday 8 September 2022; he had met
# Queen Elizabeth II on his state visit to Britain in June 2003. Emmanuel Macron hosted Recep Tayyip Erdoğan
# at the Élysée on 5 January 2018.


def test_a_read_also_line_is_another_storys_headline(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Vladimir Putin sent King Charles III a telegram of condolence on Thursday.\n\n"
            "Read also: Macron hosts Erdogan at the Elysee for talks on Syria, the EU and press freedom")
    assert held_rows(real, make_doc, text, "2022-09-09", "en") == [("GBR", "RUS", "written", "2022-09-08")]


def test_a_long_photo_caption_only_repeats_the_report(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Vladimir Putin sent King Charles III a telegram of condolence on Thursday.\n\n"
            "Photo: Vladimir Putin meets Queen Elizabeth II at Buckingham Palace during the Russian "
            "president's state visit to Britain, June 2003.")
    assert held_rows(real, make_doc, text, "2022-09-09", "en") == [("GBR", "RUS", "written", "2022-09-08")]
