"""Real-press review, round four (Arabic): constructions the pages showed, in our own words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status); an empty publication day is a page that shows none.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK, PLAN = "in_person", "phone", "occurred", "planned"


def test_the_call_with_its_article_is_a_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin and Biden spoke for about fifty minutes on 30 December 2021. The noun with its article
    # ("الاتصال الهاتفي", "المكالمة") was no cue: the lexicon's prefixes begin after the article.
    text = ("وقد استمر الاتصال الهاتفي بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي جو بايدن نحو "
            "خمسين دقيقة.")
    assert pair_rows(real, make_doc, text, "", "ar") == [("RUS-USA", P, "", OK)]
    text = "ودامت المكالمة بين الرئيس عبد المجيد تبون والرئيس قيس سعيد قرابة نصف ساعة."
    assert pair_rows(real, make_doc, text, "", "ar") == [("DZA-TUN", P, "", OK)]


def test_his_meeting_in_the_nominative_is_a_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    # King Abdullah II met Lebanon's President Joseph Aoun in Doha at the emergency summit of September 2025.
    # "لقاؤه" (his meeting, the hamza on a waw) folds otherwise than "لقائه" and "لقاءه".
    text = "وكان لقاؤه مع الرئيس اللبناني جوزاف عون في الدوحة أبرز ما قام به الملك عبدالله الثاني."
    assert pair_rows(real, make_doc, text, "", "ar") == [("JOR-LBN", V, "", OK)]


def test_a_crown_prince_who_is_deputy_premier_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump received Mohammed bin Salman at the White House in March 2018, when he was crown prince and
    # deputy prime minister (the king headed the government): on a page with no day he is no leader.
    text = ("استقبل الرئيس الأمريكي دونالد ترامب في البيت الأبيض الأمير محمد بن سلمان ولي العهد نائب رئيس "
            "مجلس الوزراء وزير الدفاع.")
    assert pair_rows(real, make_doc, text, "", "ar") == []
    # as prime minister (from September 2022) he is: Erdogan's visit to Jeddah in July 2023
    text = "استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان في جدة."
    assert pair_rows(real, make_doc, text, "", "ar") == [("SAU-TUR", V, "", OK)]


def test_a_vice_president_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden was Obama's vice-president when he dealt with al-Abadi and King Abdullah II (2014-2016); on a
    # page with no day the name after (or before) the title was read as the president he later became.
    text = "تلقى حيدر العبادي اتصالا من جو بايدن نائب الرئيس الأمريكي تناول معركة الموصل."
    assert pair_rows(real, make_doc, text, "", "ar") == []
    text = "التقى الملك عبدالله الثاني أمس نائب الرئيس الأمريكي جو بايدن وبحثا الأزمة السورية."
    assert pair_rows(real, make_doc, text, "", "ar") == []
    # Iran's first vice-president Mohammad Reza Aref stood in for Pezeshkian at the Riyadh summit of November
    # 2024: his title holds the president's, and the president was read in his place
    text = ("استقبل الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، في الرياض النائب الأول للرئيس "
            "الإيراني محمد رضا عارف.")
    assert pair_rows(real, make_doc, text, "", "ar") == []


def test_tomorrow_as_a_noun_and_a_dated_comma_keep_a_visit_planned(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # Abbas went to Ankara in August 2024 and met Erdogan. "يوم غد" (tomorrow) marks the plan; the comma
    # after the weekday closes the date, not a clause opened by the comma before "إن".
    text = ("قال السفير، إن الرئيس محمود عباس يبدأ يوم غد الأربعاء، زيارة إلى أنقرة يلتقي خلالها الرئيس "
            "رجب طيب أردوغان.")
    assert pair_rows(real, make_doc, text, "", "ar") == [("PSE-TUR", V, "", PLAN)]
