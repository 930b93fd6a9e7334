"""Real-press review, round four: reports of multilateral summits and gatherings, in our own words.

At a summit a contact is a pair the text says met or talked (a bilateral on the sidelines); attendance, a
group session, a host greeting his guests or the summit's own name are none. Sentences we wrote about real
contacts; each row is ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, OK = "in_person", "occurred"


def test_an_unnumbered_plural_after_a_host_s_separate_meetings(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # Mirziyoyev received the Azerbaijani, Kyrgyz and Tajik presidents one by one in Tashkent on 15 November
    # 2025, before the Central Asian consultative meeting. "The heads of state" after them tells those
    # talks again: the guests did not meet one another (it made a clique of the three guests).
    text = ("In Tashkent on Saturday, President Shavkat Mirziyoyev received Ilham Aliyev, Sadyr Japarov and "
            "Emomali Rahmon one after another ahead of the Central Asian consultative meeting. In those "
            "talks the heads of state reviewed trade and transport links.")
    day = "2025-11-15"
    assert pair_rows(real, make_doc, text, "2025-11-16", "en") == [
        ("AZE-UZB", V, day, OK), ("KGZ-UZB", V, day, OK), ("TJK-UZB", V, day, OK)]


def test_a_numbered_group_still_meets_together(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The counterpart of the rule above: a number ("the three leaders") with a meeting word is a meeting of
    # all of them, as before (a made-up sequel to the same real talks, kept to guard the old reading).
    text = ("In Tashkent on Saturday, President Shavkat Mirziyoyev received Ilham Aliyev, Sadyr Japarov and "
            "Emomali Rahmon one after another. The three guests and their host then held a joint meeting, "
            "the four leaders together.")
    rows = pair_rows(real, make_doc, text, "2025-11-16", "en")
    assert ("AZE-KGZ", V, "2025-11-15", OK) in rows


def test_arabic_the_leaders_at_a_summit_after_a_list_of_bilaterals(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    # Erdogan met Xi and Rouhani separately at the CICA summit in Dushanbe (Saturday 15 June 2019). The next
    # sentence puts "these meetings" on the sidelines of "the leaders'" participation: no Xi-Rouhani pair.
    text = ("عقد الرئيس التركي رجب طيب أردوغان في دوشنبه يوم السبت لقاءين منفصلين مع الرئيس الصيني شي جين "
            "بينغ والرئيس الإيراني حسن روحاني. وجرت اللقاءات خلال مشاركة الزعماء في قمة سيكا.")
    day = "2019-06-15"
    assert pair_rows(real, make_doc, text, "2019-06-16", "ar") == [("CHN-TUR", V, day, OK),
                                                                   ("IRN-TUR", V, day, OK)]


def test_a_pronoun_subject_carries_on_to_the_next_pronoun(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Tshisekedi met Obiang and then Conde in Addis Ababa on Monday 11 February 2019, after the AU summit.
    # The second "he" is the first one's leader, not the partner the sentence before named (it paired Conde
    # with Obiang).
    text = ("Félix Tshisekedi stayed on in Addis Ababa after the African Union summit. On Monday morning he "
            "met Teodoro Obiang Nguema Mbasogo, the president of Equatorial Guinea. He later sat down with "
            "Alpha Condé of Guinea.")
    day = "2019-02-11"
    assert pair_rows(real, make_doc, text, "2019-02-12", "en") == [("COD-GIN", V, day, OK),
                                                                   ("COD-GNQ", V, day, OK)]


def test_persian_the_cleric_s_rank_written_with_a_space(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Raisi met Putin in Samarkand on 15 September 2022. Iranian pages write "آیت الله" with a space as often
    # as with the joiner; with the space the rank hid the surname after it, and the meeting was lost.
    text = "آیت الله رئیسی در سمرقند با ولادیمیر پوتین دیدار و گفت و گو کرد."
    assert pair_rows(real, make_doc, text, "", "fa") == [("IRN-RUS", V, "", OK)]


def test_persian_the_heads_a_summit_is_named_after(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Raisi met Putin and Rahmon on Thursday 15 September 2022 and Lukashenko the next day, "on the sidelines
    # of the summit of the heads of the member states": those heads are the summit's name, not the leaders
    # just told (Lukashenko was paired with Putin and Rahmon).
    text = ("ابراهیم رئیسی روز پنجشنبه در سمرقند با ولادیمیر پوتین و امامعلی رحمان دیدار کرد. رئیسی روز "
            "جمعه نیز در حاشیه اجلاس سران کشورهای عضو سازمان همکاری شانگهای با الکساندر لوکاشنکو دیدار کرد.")
    assert pair_rows(real, make_doc, text, "2022-09-16", "fa") == [
        ("BLR-IRN", V, "2022-09-16", OK), ("IRN-RUS", V, "2022-09-15", OK), ("IRN-TJK", V, "2022-09-15", OK)]


def test_turkish_a_leaders_summit_names_no_group(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin met Xi and Mirziyoyev in Samarkand on 15 September 2022 and Erdogan on the 16th. "liderler
    # zirvesi" (the leaders' summit) is the meeting's name: Erdogan met Putin only.
    text = ("Putin perşembe günü Semerkant'ta Şi Cinping ve Şevket Mirziyoyev ile görüştü. Cuma günü Şanghay "
            "İşbirliği Örgütü liderler zirvesi marjında Putin, Recep Tayyip Erdoğan ile görüştü.")
    assert pair_rows(real, make_doc, text, "2022-09-16", "tr") == [
        ("CHN-RUS", V, "2022-09-15", OK), ("RUS-TUR", V, "2022-09-16", OK), ("RUS-UZB", V, "2022-09-15", OK)]
