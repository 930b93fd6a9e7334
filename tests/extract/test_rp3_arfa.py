"""Real-press review, round three (Arabic and Persian): constructions the pages showed, in our own words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status); an empty publication day is a page that shows none.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK, PLAN = "in_person", "phone", "occurred", "planned"


def test_an_arabic_alliance_chief_with_its_acronym_is_no_former_premier(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # King Abdullah II took calls from Mark Rutte (NATO's secretary-general, before that the Dutch prime
    # minister) and from the European Council's president. On a page with no day the name after the title,
    # the acronym in brackets between them, was read as the Dutch leader.
    text = ("تلقى الملك عبدالله الثاني اتصالين هاتفيين من الأمين العام لحلف شمال الأطلسي (الناتو) مارك روته، "
            "ورئيس المجلس الأوروبي أنطونيو كوستا.")
    assert pair_rows(real, make_doc, text, "", "ar") == [("EU-JOR", P, "", OK)]


def test_an_alliance_chief_after_and_opens_a_person_of_his_own(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # The same two calls told as one list: "والأمين العام" (and the secretary-general) after Costa's name is
    # the next person's office, not Costa's.
    text = ("بحث العاهل الأردني الملك عبدالله الثاني في اتصالين هاتفيين مع رئيس المجلس الأوروبي "
            "أنطونيو كوستا والأمين العام لحلف الناتو مارك روته تطورات الأوضاع في سوريا.")
    assert pair_rows(real, make_doc, text, "", "ar") == [("EU-JOR", P, "", OK)]


def test_a_persian_alliance_chief_is_nobody_on_an_undated_page(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # Erdogan received Rutte as NATO's secretary-general in Ankara (November 2024): no leader's contact,
    # whether the title comes before the name or after it.
    for text in ("رجب طیب اردوغان با دبیرکل ناتو مارک روته در آنکارا دیدار کرد.",
                 "رجب طیب اردوغان با مارک روته دبیرکل ناتو در آنکارا دیدار کرد."):
        assert pair_rows(real, make_doc, text, "", "fa") == []


def test_an_emirate_crown_prince_is_no_leader_on_an_undated_page(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # Mohamed bin Zayed spoke with Macron many times while he was Abu Dhabi's crown prince (before May 2022,
    # no head of state or government). The names file spells his family name otherwise, so he was found in
    # pieces ("محمد بن زايد", then "نهيان") and given his later office; the title after the comma rules him
    # out when the page has no day.
    text = ("تلقى الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي، اتصالا هاتفيا من الرئيس الفرنسي إيمانويل "
            "ماكرون بحثا خلاله العلاقات بين البلدين.")
    assert pair_rows(real, make_doc, text, "", "ar") == []
    # as president (from May 2022) on a dated page he is the leader
    text = "تلقى الشيخ محمد بن زايد آل نهيان رئيس الدولة اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    assert pair_rows(real, make_doc, text, "2023-05-10", "ar") == [("ARE-FRA", P, "2023-05-10", OK)]


def test_the_partners_of_an_out_of_office_subject_did_not_talk_to_each_other(real: RuleExtractor,
                                                                             make_doc: DocFactory) -> None:
    # Two calls of Abu Dhabi's crown prince, with Macron and with Imran Khan, told after a verb that opens
    # the sentence; the next goes on with "سموه" (His Highness) and one of them. With the subject
    # nobody, the two partners were paired with each other, then the leader in focus with Imran Khan.
    text = ("أجرى الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي، مباحثات هاتفية مع الرئيس الفرنسي إيمانويل "
            "ماكرون ورئيس الوزراء الباكستاني عمران خان تناولت أمن المنطقة. وناقش سموه مع عمران خان سبل "
            "تطوير التعاون.")
    assert pair_rows(real, make_doc, text, "", "ar") == []


def test_a_deputy_crown_prince_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Mohammed bin Salman met Trump at the White House in March 2017 as deputy crown prince ("ولي ولي
    # العهد"); the words of his patronymic split his name, and the part the names file knows was read as
    # the prime minister he became in 2022.
    text = ("التقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد الرئيس الأمريكي دونالد ترامب في البيت "
            "الأبيض.")
    assert pair_rows(real, make_doc, text, "", "ar") == []


def test_a_given_name_before_bin_is_another_man(real: RuleExtractor, make_doc: DocFactory) -> None:
    # King Salman received Trump in Riyadh (20 May 2017), Crown Prince Mohammed bin Nayef among those who
    # greeted him: "محمد" followed by "بن نايف" is that prince's given name, not Mahathir Mohamad's surname.
    text = ("استقبل الملك سلمان بن عبدالعزيز في الرياض الرئيس الأمريكي دونالد ترامب، وكان في استقباله أيضا "
            "الأمير محمد بن نايف ولي العهد.")
    assert pair_rows(real, make_doc, text, "", "ar") == [("SAU-USA", V, "", OK)]


def test_a_plural_title_in_a_list_of_partners(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Pezeshkian met the presidents of Switzerland and Finland, the European Council's president and
    # Norway's prime minister in New York on Wednesday 24 September 2025. The plural title's two presidents
    # were each paired with the leaders listed after them, as if they had met them.
    text = ("مسعود پزشکیان چهارشنبه در نیویورک جداگانه با روسای جمهور فنلاند و سوئیس، نخست وزیر "
            "نروژ و رئیس شورای اروپا گفت‌وگو کرد.")
    day = "2025-09-24"
    assert pair_rows(real, make_doc, text, "2025-09-25", "fa") == [
        ("CHE-IRN", V, day, OK), ("EU-IRN", V, day, OK), ("FIN-IRN", V, day, OK), ("IRN-NOR", V, day, OK)]


def test_a_persian_passive_in_the_present_is_announced(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Ruto welcomed Raisi in Nairobi on 12 July 2023. A morning paper's "قرار می‌گیرد" (is to be welcomed)
    # announces the welcome; "قرار گرفت" tells it held.
    day = "2023-07-12"
    text = "ابراهیم رئیسی امروز در نایروبی مورد استقبال ویلیام روتو رئیس جمهور کنیا قرار می‌گیرد."
    assert pair_rows(real, make_doc, text, day, "fa") == [("IRN-KEN", V, day, PLAN)]
    text = "ابراهیم رئیسی امروز در نایروبی مورد استقبال ویلیام روتو رئیس جمهور کنیا قرار گرفت."
    assert pair_rows(real, make_doc, text, day, "fa") == [("IRN-KEN", V, day, OK)]
