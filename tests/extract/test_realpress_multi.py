"""Real-press review of reports that tell several contacts of one leader: constructions, in our words.

Sentences we wrote about real contacts (the leaders in office on the day told). Each row is ("AAA-BBB", mode,
date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, OK = "in_person", "phone", "occurred"


def test_a_pronoun_and_a_long_list_after_the_cue(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Obama returned congratulation calls on Thursday 8 November 2012. The subject is a pronoun, so the cue's
    # reach was measured from the partner alone: the third partner on of a list of five (each with title and
    # country) stood too far from "spoke", and only the first two were kept.
    text = ("Barack Obama won a second term on Tuesday. On Thursday morning he spoke to Prime Minister "
            "Julia Gillard of Australia, Chancellor Angela Merkel of Germany, President Francois Hollande of "
            "France, Prime Minister David Cameron of Britain and Prime Minister Benjamin Netanyahu of "
            "Israel.")
    day = "2012-11-08"
    assert pair_rows(real, make_doc, text, "2012-11-09", "en") == [
        ("AUS-USA", P, day, OK), ("DEU-USA", P, day, OK), ("FRA-USA", P, day, OK), ("GBR-USA", P, day, OK),
        ("ISR-USA", P, day, OK)]


def test_an_alliance_chief_is_no_former_premier(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Obama met Karzai at NATO's Chicago summit (20 May 2012), which he opened with Rasmussen, then NATO's
    # secretary-general and before that Denmark's prime minister: on a page with no date Rasmussen was read
    # as that leader, a Danish contact.
    text = ("Barack Obama and NATO Secretary-General Anders Fogh Rasmussen opened the alliance's summit in "
            "Chicago, and Obama held talks there with President Hamid Karzai of Afghanistan.")
    assert pair_rows(real, make_doc, text, "", "en") == [("AFG-USA", V, "", OK)]


def test_an_arabic_list_joined_by_its_prefix_and(real: RuleExtractor, make_doc: DocFactory) -> None:
    # King Abdullah II talked by phone with Obama and Cameron about Egypt in early February 2011. Two
    # partners after "مع", the second joined by the prefix "و" (no comma), were read as no list, and so
    # as a pair.
    text = ("تلقى العاهل الأردني الملك عبدالله الثاني اتصالات هاتفية من زعماء أجانب. وبحث جلالته تطورات "
            "الوضع في مصر مع الرئيس الأمريكي باراك أوباما ورئيس الوزراء البريطاني ديفيد كاميرون.")
    assert pair_rows(real, make_doc, text, "", "ar") == [("GBR-JOR", P, "", OK), ("JOR-USA", P, "", OK)]


def test_a_leader_with_the_group_he_met(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Erdogan met Trump, Putin and Xi at the G20 in Buenos Aires (30 November - 1 December 2018). The next
    # sentence's "the leaders of eight countries" after his talks "with" was read as the group just told
    # meeting together, a clique of four.
    text = ("Le président turc Recep Tayyip Erdogan a rencontré Donald Trump, Vladimir Poutine et Xi Jinping "
            "en marge du sommet du G20 à Buenos Aires. Au total, Recep Tayyip Erdogan a eu des entretiens "
            "avec les dirigeants de huit pays pendant ces deux jours en Argentine.")
    assert pair_rows(real, make_doc, text, "", "fr") == [
        ("CHN-TUR", V, "", OK), ("RUS-TUR", V, "", OK), ("TUR-USA", V, "", OK)]
    # the group as the subject of its own talks still met together (the Russia-India-China meeting held
    # at the same summit)
    text = ("Vladimir Poutine, Xi Jinping et Narendra Modi étaient à Buenos Aires. Les trois dirigeants se "
            "sont entretenus en marge du sommet du G20.")
    got = pair_rows(real, make_doc, text, "", "fr")
    assert ("CHN-RUS", V, "", OK) in got and ("CHN-IND", V, "", OK) in got and ("IND-RUS", V, "", OK) in got


def test_a_patronymic_between_a_name_and_its_country(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Obama phoned King Abdullah of Saudi Arabia and Cameron about Egypt on 29 January 2011. The names file
    # spells the king's patronymic otherwise; its words, one read as a Turkish acronym ("Abd") and one as a
    # surname ("Aziz"), cut "King Abdullah" (two kings of that name) off his "of Saudi Arabia", and the
    # whole sentence gave nothing.
    text = ("On the same day Barack Obama spoke by phone with King Abdullah bin Abd al-Aziz of Saudi Arabia "
            "and with Prime Minister David Cameron of Britain.")
    assert pair_rows(real, make_doc, text, "", "en") == [("GBR-USA", P, "", OK), ("SAU-USA", P, "", OK)]
    text = "Barack Obama spoke by phone with Saudi King Abdullah bin Abd al-Aziz."
    assert pair_rows(real, make_doc, text, "", "en") == [("SAU-USA", P, "", OK)]


def test_a_list_after_the_cues_object_is_not_its_partners(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trudeau reached Trump, then president-elect, on Wednesday 6 November 2024, after Macron, Netanyahu and
    # Modi had called him. The list after the cue's object is the callers, not partners of the leader in
    # focus: the reach from a list's start (above) must not carry the cue over the object to its far end.
    text = ("Justin Trudeau finally spoke with the president-elect on Wednesday evening. Before him, several "
            "leaders had called Donald Trump to congratulate him, among them Emmanuel Macron of France, "
            "Benjamin Netanyahu of Israel and Narendra Modi of India.")
    got = {row[0] for row in pair_rows(real, make_doc, text, "2024-11-07", "en")}
    assert not got & {"CAN-IND", "CAN-ISR"}
