"""Vietnamese reports (the style of VnExpress, Tuổi Trẻ, VTV and the Vietnam News Agency), written by us about
real contacts.

They run on the bundled gazetteer, whose Vietnamese names are the hand-written ones of manual/names_vi.jsonl.
"""

from __future__ import annotations

import unicodedata

import pytest

from graph.text import fold, has_vietnamese, vietnamese_key
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import fold_phrase, tokenize
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "vi")


CASES = [
    # Phạm Minh Chính and Albanese in Canberra, 7 March 2024: title, country, name; "ngày 7/3"
    ("Ngày 7/3, tại Canberra, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia Anthony Albanese.",
     "2024-03-08", [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # ... the names without their marks, as some sites print them
    ("Ngày 7/3, tại Canberra, Thủ tướng Pham Minh Chinh hội đàm với Thủ tướng Australia Anthony Albanese.",
     "2024-03-08", [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # ... the day written out with "tháng" and "năm"
    ("Ngày 7 tháng 3 năm 2024, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia Anthony Albanese.",
     "2024-03-10", [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # a bare "Thủ tướng" is Vietnam's prime minister in the Vietnamese press
    ("Sáng 7/3, Thủ tướng hội đàm với Thủ tướng Australia Anthony Albanese tại Nhà Quốc hội.", "2024-03-07",
     [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # "chia sẻ" (share) holds no "sẽ" (will): the marks tell the two apart, the talks stay held
    ("Ngày 7/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia Anthony Albanese; hai bên chia sẻ "
     "quan điểm về tình hình khu vực.", "2024-03-08", [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # ... nor does "không khí" (the atmosphere) negate them
    ("Cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Australia Anthony Albanese ngày 7/3 diễn ra "
     "trong không khí hữu nghị.", "2024-03-08", [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # Biden and Xi's call, Tuesday 2 April 2024: "điện đàm", the Sino-Vietnamese name, "hôm thứ Ba"
    ("Tổng thống Mỹ Joe Biden đã điện đàm với Chủ tịch Trung Quốc Tập Cận Bình hôm thứ Ba.", "2024-04-04",
     [("CHN-USA", "phone", "2024-04-02", "occurred")]),
    # ... "người đồng cấp" (his counterpart) with the country after it; "trao đổi qua điện thoại"
    ("Chủ tịch Tập Cận Bình ngày 2/4 trao đổi qua điện thoại với người đồng cấp Mỹ Joe Biden.", "2024-04-03",
     [("CHN-USA", "phone", "2024-04-02", "occurred")]),
    # Xi and Putin by video, 21 January 2025: "hội đàm trực tuyến", "hôm qua"
    ("Chủ tịch Trung Quốc Tập Cận Bình hôm qua hội đàm trực tuyến với Tổng thống Nga Vladimir Putin.",
     "2025-01-22", [("CHN-RUS", "video", "2025-01-21", "occurred")]),
    # Modi and Putin at the Kremlin, 9 July 2024: "hội kiến", the date with its year
    ("Tổng thống Nga Vladimir Putin hội kiến Thủ tướng Ấn Độ Narendra Modi tại Điện Kremlin ngày 9/7/2024.",
     "2024-07-11", [("IND-RUS", "in_person", "2024-07-09", "occurred")]),
    # "tiếp" (received) is a meeting; "tiếp tục" (go on) and "tiếp thu" hold no cue and no "Thủ"
    ("Ngày 9/7, Tổng thống Nga Vladimir Putin tiếp Thủ tướng Ấn Độ Narendra Modi.", "2024-07-10",
     [("IND-RUS", "in_person", "2024-07-09", "occurred")]),
    # a message: "điện chúc mừng"
    ("Thủ tướng Ấn Độ Narendra Modi đã gửi điện chúc mừng Thủ tướng Phạm Minh Chính.", "2024-07-10",
     [("IND-VNM", "written", "2024-07-10", "occurred")]),
    # planned: "sẽ", "dự kiến"
    ("Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Australia Anthony Albanese vào ngày mai.",
     "2024-03-06", [("AUS-VNM", "in_person", "2024-03-07", "planned")]),
    ("Theo kế hoạch, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia Anthony Albanese tại "
     "Canberra.", "2024-03-06", [("AUS-VNM", "in_person", "2024-03-06", "planned")]),
    # negation, cancellation, denial
    ("Tổng thống Nga Vladimir Putin không gặp Thủ tướng Ấn Độ Narendra Modi hôm qua.", "2024-07-10", []),
    ("Cuộc gặp giữa Tổng thống Nga Vladimir Putin và Thủ tướng Ấn Độ Narendra Modi đã bị hủy.", "2024-07-10",
     []),
    ("Điện Kremlin bác bỏ thông tin Tổng thống Vladimir Putin điện đàm với Thủ tướng Ấn Độ Narendra Modi.",
     "2024-07-10", []),
    # ministers, spokesmen and envoys are no leaders
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội kiến Tổng thống Indonesia Prabowo Subianto tại Jakarta.",
     "2025-03-10", []),
    ("Người phát ngôn Điện Kremlin Dmitry Peskov gặp Thủ tướng Ấn Độ Narendra Modi.", "2024-07-10", []),
    # "lần thứ hai" (the second time) is no Monday: the meeting takes the publication day
    ("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Australia Anthony Albanese lần thứ hai tại Canberra.",
     "2024-03-07", [("AUS-VNM", "in_person", "2024-03-07", "occurred")]),
    # the month and year with a slash: "tháng 12/2023"
    ("Hồi tháng 12/2023, ông Tập Cận Bình đã hội kiến Chủ tịch nước Võ Văn Thưởng tại Hà Nội.", "2025-04-11",
     [("CHN-VNM", "in_person", "2023-12", "occurred")]),
    # the party's General Secretary who is also president is read by his state title, before or after "với"
    # (Tô Lâm and Xi in Beijing, 19 August 2024); in 2025 Tô Lâm is General Secretary only: no leader contact
    ("Chiều 19/8, Tổng Bí thư, Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc "
     "Tập Cận Bình.", "2024-08-20", [("CHN-VNM", "in_person", "2024-08-19", "occurred")]),
    ("Chiều 14/4, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.",
     "2025-04-15", []),
    # an invitation is no visit made ("mời nhau sang thăm")
    ("Hai nhà lãnh đạo Tập Cận Bình và Joe Biden đã mời nhau sang thăm.", "2024-04-03", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_vietnamese_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                             expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == expected


def test_decomposed_text_reads_as_the_composed_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Ngày 9/7, Tổng thống Nga Vladimir Putin tiếp Thủ tướng Ấn Độ Narendra Modi."
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    expected = [("IND-RUS", "in_person", "2024-07-09", "occurred")]
    assert _rows(real, make_doc, decomposed, "2024-07-10") == expected


def test_folding_drops_the_marks_and_reads_d_with_stroke_as_d() -> None:
    assert fold("Phạm Minh Chính") == fold("Pham Minh Chinh") == "pham minh chinh"
    assert fold(unicodedata.normalize("NFD", "Nguyễn Phú Trọng")) == "nguyen phu trong"
    assert fold("Đức") == fold("đức") == "duc"
    assert fold("Đukanović") == "dukanovic"  # (Montenegro's d with stroke too)


def test_the_vietnamese_key_keeps_vowel_letters_and_tone_wherever_the_mark_stands() -> None:
    decomposed = unicodedata.normalize("NFD", "huỷ")
    assert vietnamese_key("hủy") == vietnamese_key("huỷ") == vietnamese_key(decomposed)
    assert vietnamese_key("Hòa") == vietnamese_key("hoà")
    # words that differ only by their marks are other words
    keys = {vietnamese_key(w) for w in ("thư", "thứ", "thủ", "thu", "thú")}
    assert len(keys) == 5
    assert vietnamese_key("thăm") != vietnamese_key("tham")
    assert vietnamese_key("sẽ") != vietnamese_key("sẻ")
    assert vietnamese_key("Lào") != vietnamese_key("lao")
    assert vietnamese_key("đàm") == "đam2"


def test_a_vietnamese_text_is_told_by_its_letters() -> None:
    assert has_vietnamese("Thủ tướng hội đàm")
    assert has_vietnamese(unicodedata.normalize("NFD", "Thủ tướng hội đàm"))
    assert not has_vietnamese("Le président a reçu son homologue à l'Élysée.")
    assert not has_vietnamese("Tô Lâm")  # (too short to tell: its letters are French ones too)


def test_vietnamese_words_carry_their_toned_key_first_and_their_bare_one() -> None:
    tokens = tokenize("Thủ tướng Phạm Minh Chính đi thăm Lào")
    assert [t.form for t in tokens] == ["thu", "tuong", "pham", "minh", "chinh", "di", "tham", "lao"]
    assert [t.keys for t in tokens][-2:] == [("thăm0", "tham"), ("lao2", "lao")]
    # a text of another language keeps one key a word
    assert all(len(t.keys) == 1 for t in tokenize("Le président a reçu Pham Minh Chinh à Paris"))
    # the Vietnamese lexicon is keyed so; names are keyed bare, as fold reads them
    assert fold_phrase("thăm", tones=True) == ("thăm0",)
    assert fold_phrase("tiếp thu", tones=True) == ("tiêp1", "thu0")
    assert fold_phrase("Phạm Minh Chính") == ("pham", "minh", "chinh")


def test_vietnamese_function_words_are_no_other_languages_words() -> None:
    # the Vietnamese "dù" (though) is a subordinator keyed with its tone: French "du" stays what it was
    vi = next(lex for lex in all_lexicons() if lex.lang == "vi")
    assert vi.tones
    assert "du" not in {w for p in vi.subordinators for w in fold_phrase(p, vi.tones)}
