"""A review of Arabic agency usage (SANA, KUNA, WAM, SPA, Al Ahram): reports we wrote about real contacts."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "ar")


def test_a_landmark_named_after_a_king_is_no_person(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump landed in Riyadh on 13 May 2025 and the crown prince met him at the airport: one contact, not a
    # second one with King Salman read from the airport's name.
    text = ("وصل الرئيس الأمريكي دونالد ترامب إلى الرياض اليوم في زيارة رسمية، وكان في استقباله لدى وصوله "
            "إلى مطار الملك خالد الدولي صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء.")
    got = real.extract(make_doc(text, "2025-05-13", lang="ar"))
    assert [sorted((c.a.leader_id or "", c.b.leader_id or "")) for c in got] == [
        ["donald-trump", "mohammed-bin-salman"]]


def test_a_regions_governor_at_the_airport_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A Saudi region's governor is its "أمير"; greeting a president at the airport he meets no leader.
    text = ("وصل الرئيس اللبناني جوزاف عون إلى الرياض اليوم، وكان في استقباله لدى وصوله إلى مطار الملك خالد "
            "الدولي نائب أمير منطقة الرياض.")
    assert _rows(real, make_doc, text, "2025-03-03") == []


def test_the_receiving_verb_before_its_subject(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "تلقى X رسالة من Y": the verb opens the clause, so X receives the letter and does not bear it on.
    for verb in ("تلقى", "تسلم"):
        text = (f"{verb} الرئيس عبد الفتاح السيسي اليوم رسالة خطية من الرئيس الإماراتي الشيخ محمد بن زايد آل "
                "نهيان تتعلق بالعلاقات الثنائية.")
        assert _rows(real, make_doc, text, "2025-03-01") == [("ARE-EGY", "written", "2025-03-01", "occurred")]


def test_a_contact_noun_with_its_possessive(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Sisi was in Madrid on a state visit on 19 February 2025: "خلال لقائه" (during his meeting) and
    # "خلال مباحثاته" carry the possessive the bare noun's prefix missed.
    for noun in ("لقائه", "مباحثاته مع"):
        text = (f"أكد الرئيس عبد الفتاح السيسي خلال {noun} رئيس الوزراء الإسباني بيدرو سانشيز في مدريد اليوم "
                "أهمية تعزيز التعاون الاقتصادي.")
        got = _rows(real, make_doc, text, "2025-02-19")
        assert got == [("EGY-ESP", "in_person", "2025-02-19", "occurred")]


@pytest.mark.parametrize(("text", "published", "row"), [
    # "خلال اللقاء الذي جمعه بـ Y": the relative clause is about the meeting, its pronoun the subject.
    ("أكد الرئيس رجب طيب أردوغان خلال اللقاء الذي جمعه بالرئيس السوري أحمد الشرع في أنقرة "
     "يوم الثلاثاء دعم تركيا لوحدة الأراضي السورية.",
     "2025-02-05", ("SYR-TUR", "in_person", "2025-02-04", "occurred")),
    # Trump left Riyadh for Doha on 14 May 2025, seen off at the airport by the crown prince.
    ("غادر الرئيس الأمريكي دونالد ترامب الرياض اليوم متوجها إلى الدوحة، وكان في وداعه في مطار "
     "الملك خالد الدولي صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء.",
     "2025-05-14", ("SAU-USA", "in_person", "2025-05-14", "occurred")),
    # Xi and Putin talked by video link on 21 January 2025: "عبر الاتصال المرئي" carries the article.
    ("أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع الرئيس الروسي فلاديمير بوتين عبر الاتصال "
     "المرئي، بحثا خلالها العلاقات الثنائية.",
     "2025-01-21", ("CHN-RUS", "video", "2025-01-21", "occurred")),
    # "تلقى صاحب السمو الشيخ X رسالة من Y": honorifics stand between the verb and its subject.
    ("تسلم صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء رسالة خطية من الرئيس "
     "الكازاخستاني قاسم جومارت توكاييف تتعلق بعلاقات التعاون بين البلدين.",
     "2025-02-10", ("KAZ-SAU", "written", "2025-02-10", "occurred")),
], ids=["the-meeting-that-brought-him-together-with", "the-leader-who-sees-a-guest-off",
        "the-video-link-with-its-article", "the-receiving-verb-before-a-honorific-subject"])
def test_agency_forms_of_one_contact(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                                     row: tuple[str, ...]) -> None:
    assert _rows(real, make_doc, text, published) == [row]


def test_a_similar_cable_from_a_second_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Kuwait's emir and prime minister both cabled Joseph Aoun on his election (9 January 2025); the second
    # cable is "similar" and names no recipient. A letter from a minister to the prime minister is none.
    text = ("بعث صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد ببرقية تهنئة إلى الرئيس اللبناني "
            "جوزاف عون بمناسبة انتخابه. كما بعث سمو الشيخ أحمد عبدالله الأحمد الصباح رئيس مجلس الوزراء "
            "ببرقية مماثلة.")
    got = real.extract(make_doc(text, "2025-01-10", lang="ar"))
    assert sorted(sorted((c.a.leader_id or "", c.b.leader_id or "")) for c in got) == [
        ["ahmad-al-abdullah-al-sabah", "joseph-aoun"], ["joseph-aoun", "mishal-al-ahmad-al-jaber-al-sabah"]]
    assert all(c.mode == "written" and c.date == "2025-01-10" for c in got)
    text = text.replace("بعث سمو", "تلقى سمو").replace("ببرقية مماثلة", "رسالة من وزير الخارجية الأمريكي")
    assert _rows(real, make_doc, text, "2025-01-10") == [("KWT-LBN", "written", "2025-01-10", "occurred")]


def test_the_visit_during_which_he_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "زيارة X إلى أنقرة ...، والتي التقى خلالها Y": "during it" after the clause's verb makes the clause
    # about X's visit, X its subject (al-Sharaa met Erdogan in Ankara on 4 February 2025).
    text = ("وجاء الاتصال بعد أشهر من زيارة الرئيس أحمد الشرع إلى أنقرة، والتي التقى خلالها الرئيس رجب "
            "طيب أردوغان.")
    got = real.extract(make_doc(text, "2025-07-10", lang="ar"))
    assert {("-".join(sorted((c.a.country, c.b.country))), c.mode) for c in got} == {("SYR-TUR", "in_person")}
