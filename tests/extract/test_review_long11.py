"""Long-report review (heldout11 graduated to development): the kinds of false contact and miss that long
reports written without our rules provoked, each tested on a real event told in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, Row, extract_rows


def _status(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, lang, ("status", "date"))


# -- "sont attendus" announces a meeting ---------------------------------------------------------------------

# Macky Sall and Adama Barrow opened the Senegambia bridge at Farafenni on Monday 21 January 2019.


def test_leaders_expected_somewhere_on_a_day_are_a_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Les présidents sénégalais Macky Sall et gambien Adama Barrow sont attendus lundi 21 janvier à "
            "Farafenni pour une rencontre et l'ouverture du pont sur le fleuve Gambie.")
    assert _status(real, make_doc, text, "2019-01-17", "fr") == [("GMB", "SEN", "planned", "2019-01-21")]


# -- a minister's counterpart is a minister ------------------------------------------------------------------

# Biden hosted Suga at the White House on Friday 16 April 2021; a month before, Lloyd Austin and Antony
# Blinken had been in Seoul and met their South Korean counterparts, Suh Wook and Chung Eui-yong.


def test_the_counterpart_of_a_defense_secretary_is_no_leader(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Joe Biden hosted Japanese Prime Minister Yoshihide Suga at the White House on Friday. "
            "Last month, Defense Secretary Lloyd Austin flew on to Seoul, meeting his South Korean "
            "counterpart Suh Wook.")
    assert _status(real, make_doc, text, "2021-04-17", "en") == [("JPN", "USA", "occurred", "2021-04-16")]


def test_the_counterpart_of_an_unnamed_minister_is_no_leader(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("Joe Biden hosted Japanese Prime Minister Yoshihide Suga at the White House on Friday. "
            "Last month the secretary of state met his South Korean counterpart in Seoul.")
    assert _status(real, make_doc, text, "2021-04-17", "en") == [("JPN", "USA", "occurred", "2021-04-16")]


# -- people the gazetteer lacks, as subjects, own the counterpart -------------------------------------------

# Putin and Erdoğan spoke by phone on Monday 19 December 2016, the evening their ambassador was shot in
# Ankara; on Tuesday 20 December Sergei Lavrov and Mevlüt Çavuşoğlu met Mohammad Javad Zarif in Moscow.


def test_unknown_subjects_own_their_counterpart(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Vladimir Poutine a parlé lundi au téléphone avec Recep Tayyip Erdogan. Mardi, Sergueï Lavrov et "
            "Mevlüt Çavuşoğlu ont retrouvé à Moscou leur homologue iranien, Mohammad Javad Zarif.")
    assert _status(real, make_doc, text, "2016-12-21", "fr") == [("RUS", "TUR", "occurred", "2016-12-19")]


def test_ministers_as_subjects_own_their_counterpart(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Macky Sall est attendu lundi 21 janvier à Farafenni pour une rencontre avec Adama Barrow. Fin "
            "décembre, les deux ministres se sont retrouvés à Banjul autour de leur homologue mauritanien.")
    assert _status(real, make_doc, text, "2019-01-17", "fr") == [("GMB", "SEN", "planned", "2019-01-21")]


# -- what a leader said after every contact word is no partner ----------------------------------------------

# Putin received John Bolton, Trump's national security adviser, in the Kremlin on 23 October 2018.


def test_a_leader_named_in_what_was_said_is_no_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Вчера в Кремле Владимир Путин принял советника по национальной безопасности Джона Болтона. "
            "В начале встречи Путин сказал, что Дональд Трамп, по его мнению, искренне хочет наладить "
            "отношения.")
    assert _status(real, make_doc, text, "2018-10-24", "ru") == []


def test_a_leader_met_before_the_reporting_verb_stays(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "After his talks with Donald Trump in Helsinki, Vladimir Putin said that the meeting went well."
    assert _status(real, make_doc, text, "2018-07-16", "en") == [("RUS", "USA", "occurred", "2018-07-16")]


# -- "former" names who was in office on an earlier contact's day -------------------------------------------

# Sisi, Omar al-Bashir and Hailemariam Desalegn signed the declaration of principles on the Nile dam in
# Khartoum on 23 March 2015; Hailemariam resigned in 2018, so a report of that year calls him "former".


def test_a_former_leader_takes_part_in_a_contact_of_his_term(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("In March 2015, Sisi, Sudanese President Omar al-Bashir and former Ethiopian Prime Minister "
            "Hailemariam Desalegn signed a declaration of principles in Khartoum.")
    assert _status(real, make_doc, text, "2018-06-11", "en") == [
        ("EGY", "ETH", "occurred", "2015-03"), ("EGY", "SDN", "occurred", "2015-03"),
        ("ETH", "SDN", "occurred", "2015-03")]


def test_a_former_leader_meeting_today_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # (Obama, out of office, called on Modi in New Delhi on Friday 1 December 2017)
    text = ("Former U.S. President Barack Obama met Indian Prime Minister Narendra Modi in New Delhi "
            "on Friday.")
    assert _status(real, make_doc, text, "2017-12-01", "en") == []


# -- an agency between slashes closes a dateline ------------------------------------------------------------

# Sisi received Macron at the Ittihadiya palace in Cairo on Monday 28 January 2019.


def test_yesterday_counts_from_a_dateline_closed_by_the_agency(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    text = "القاهرة في ٢٩ يناير /أ ش أ/ استقبل الرئيس عبد الفتاح السيسي أمس الرئيس الفرنسي إيمانويل ماكرون."
    assert _status(real, make_doc, text, "2019-01-30", "ar") == [("EGY", "FRA", "occurred", "2019-01-28")]
