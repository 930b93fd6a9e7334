"""Urdu reports (the style of APP Urdu, Jang, Express and BBC Urdu), written by us about real contacts.

They run on the bundled gazetteer, whose Urdu names are the hand-written ones of manual/names_ur.jsonl.
"""

from __future__ import annotations

import pytest

from graph.text import fold
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from ingest.extract.tokens import tokenize
from ingest.extract.vocab import Place, build_vocab
from ingest.gazetteer import load_default
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "ur")


CASES = [
    # Shehbaz Sharif and Erdoğan in Istanbul on Sunday 25 May 2025: the demonym "ترک", "سے ملاقات کی"
    ("وزیر اعظم شہباز شریف نے اتوار کو استنبول میں ترک صدر رجب طیب ایردوان سے ملاقات کی۔", "2025-05-26",
     [("PAK-TUR", "in_person", "2025-05-25", "occurred")]),
    # Shehbaz Sharif and Xi in Beijing on Friday 7 June 2024: "جمعہ کے روز", the title after "چین کے"
    ("وزیراعظم محمد شہباز شریف نے جمعہ کے روز بیجنگ میں چین کے صدر شی جن پنگ سے ملاقات کی اور دوطرفہ تعلقات "
     "پر تبادلہ خیال کیا۔", "2024-06-08", [("CHN-PAK", "in_person", "2024-06-07", "occurred")]),
    # ... with the date in Urdu digits and the year mark "ء"
    ("چینی صدر شی جن پنگ نے ۷ جون ۲۰۲۴ء کو وزیر اعظم شہباز شریف سے ملاقات کی۔", "2024-06-10",
     [("CHN-PAK", "in_person", "2024-06-07", "occurred")]),
    # a bare "وزیر اعظم" is Pakistan's prime minister in the Pakistani press
    ("وزیر اعظم نے جمعہ کو چینی صدر سے ملاقات کی۔", "2024-06-08",
     [("CHN-PAK", "in_person", "2024-06-07", "occurred")]),
    # ... and a bare "صدر مملکت" its president (Zardari with Xi in Beijing, Wednesday 5 February 2025)
    ("صدر مملکت آصف علی زرداری نے بدھ کو بیجنگ میں چینی صدر شی جن پنگ سے ملاقات کی۔", "2025-02-06",
     [("CHN-PAK", "in_person", "2025-02-05", "occurred")]),
    # the Trump-Putin call of Wednesday 12 February 2025: "ٹیلی فون پر بات کی"
    ("امریکی صدر ڈونلڈ ٹرمپ نے بدھ کو روسی صدر ولادیمیر پیوٹن سے ٹیلی فون پر بات کی۔", "2025-02-13",
     [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # the Modi-Trump call of Tuesday 17 June 2025: "کے درمیان ... ٹیلی فونک گفتگو ہوئی"
    ("وزیراعظم نریندر مودی اور صدر ٹرمپ کے درمیان منگل کو 35 منٹ تک ٹیلی فونک گفتگو ہوئی۔", "2025-06-18",
     [("IND-USA", "phone", "2025-06-17", "occurred")]),
    # the Putin-Biden video call of Tuesday 7 December 2021: "ویڈیو لنک کے ذریعے"
    ("روسی صدر ولادیمیر پیوٹن اور امریکی صدر جو بائیڈن نے منگل کو ویڈیو لنک کے ذریعے بات چیت کی۔",
     "2021-12-08", [("RUS-USA", "video", "2021-12-07", "occurred")]),
    # Modi's Pakistan Day letter to Imran Khan, March 2021: "خط لکھا"
    ("بھارتی وزیر اعظم نریندر مودی نے یوم پاکستان کے موقع پر وزیر اعظم عمران خان کو خط لکھا اور مبارکباد دی۔",
     "2021-03-24", [("IND-PAK", "written", "2021-03-24", "occurred")]),
    # Modi in Lahore on Friday 25 December 2015: the object pronoun "ان کا" after "جہاں"
    ("بھارتی وزیر اعظم نریندر مودی جمعہ کو اچانک لاہور پہنچے جہاں وزیر اعظم نواز شریف نے ان کا استقبال کیا۔",
     "2015-12-26", [("IND-PAK", "in_person", "2015-12-25", "occurred")]),
    # Shehbaz Sharif and Putin at the SCO summit in Astana, Wednesday 3 July 2024: "کے موقع پر"
    ("شنگھائی تعاون تنظیم کے سربراہی اجلاس کے موقع پر وزیر اعظم شہباز شریف نے بدھ کو آستانہ میں روسی صدر "
     "پیوٹن سے ملاقات کی۔", "2024-07-04", [("PAK-RUS", "in_person", "2024-07-03", "occurred")]),
    # "کل" is yesterday in a past clause ("ملاقات کی") and tomorrow in a future one ("ملاقات کریں گے"): the
    # White House meeting of 25 September 2025
    ("وزیر اعظم شہباز شریف نے کل وائٹ ہاؤس میں صدر ٹرمپ سے ملاقات کی۔", "2025-09-26",
     [("PAK-USA", "in_person", "2025-09-25", "occurred")]),
    ("وزیر اعظم شہباز شریف کل وائٹ ہاؤس میں صدر ٹرمپ سے ملاقات کریں گے۔", "2025-09-24",
     [("PAK-USA", "in_person", "2025-09-25", "planned")]),
    # the visit announced: "آئندہ ہفتے", "ملاقات ہوگی"
    ("وزیر اعظم شہباز شریف آئندہ ہفتے چین کا دورہ کریں گے جہاں ان کی صدر شی جن پنگ سے ملاقات ہوگی۔",
     "2024-06-03", [("CHN-PAK", "in_person", "2024-06", "planned")]),
    # "ملاقات کرنے والے ہیں" (are about to meet) is a plan; "ہونے والی ملاقات" (the meeting held) in a past
    # sentence is none
    ("وزیر اعظم شہباز شریف جمعرات کو وائٹ ہاؤس میں صدر ٹرمپ سے ملاقات کرنے والے ہیں۔", "2025-09-24",
     [("PAK-USA", "in_person", "2025-09-25", "planned")]),
    ("وزیر اعظم شہباز شریف اور صدر ٹرمپ کے درمیان جمعرات کو ہونے والی ملاقات میں تجارت پر بات ہوئی۔",
     "2025-09-26", [("PAK-USA", "in_person", "2025-09-25", "occurred")]),
    # a future in the reported words after "کہ" leaves the call held
    ("وزیر اعظم شہباز شریف نے ترک صدر رجب طیب ایردوان سے ٹیلی فون پر بات کی اور کہا کہ پاکستان ترکیہ کے ساتھ "
     "کھڑا رہے گا۔", "2025-05-26", [("PAK-TUR", "phone", "2025-05-26", "occurred")]),
    # the defence agreement signed by both in Riyadh on Wednesday 17 September 2025: a joint act of the two
    # subjects, the date and place between them and the verb
    ("وزیر اعظم شہباز شریف اور سعودی ولی عہد شہزادہ محمد بن سلمان نے بدھ کو ریاض میں باہمی دفاعی معاہدے پر "
     "دستخط کیے۔", "2025-09-18", [("PAK-SAU", "in_person", "2025-09-17", "occurred")]),
    # ... which ministers do alone
    ("وزیر خارجہ اسحاق ڈار اور بیلاروس کے وزیر خارجہ نے معاہدوں پر دستخط کیے۔", "2024-11-27", []),
    # a minister is no leader; a negated meeting; a cancelled one
    ("وزیر خارجہ اسحاق ڈار نے بیلاروس کے صدر الیگزینڈر لوکاشینکو سے ملاقات کی۔", "2024-11-27", []),
    ("شہباز شریف اور لوکاشینکو کے درمیان منگل کو ملاقات نہیں ہوئی۔", "2024-11-27", []),
    ("وزیر اعظم شہباز شریف کی ترک صدر سے ملاقات منسوخ کر دی گئی۔", "2023-03-01", []),
    # Erdoğan and Shehbaz Sharif co-chairing the strategic council, Thursday 13 February 2025 ("مشترکہ صدارت")
    ("ترکیہ کے صدر رجب طیب اردوان اور وزیر اعظم شہباز شریف نے جمعرات کو اسلام آباد میں اسٹریٹجک تعاون کونسل "
     "کے اجلاس کی مشترکہ صدارت کی۔", "2025-02-14", [("PAK-TUR", "in_person", "2025-02-13", "occurred")]),
    # "غیر متوقع طور پر" (unexpectedly) is no plan
    ("بھارتی وزیر اعظم نریندر مودی جمعہ کو غیر متوقع طور پر لاہور پہنچے جہاں وزیر اعظم نواز شریف نے ان کا "
     "استقبال کیا۔", "2015-12-26", [("IND-PAK", "in_person", "2015-12-25", "occurred")]),
    # an arrival on a state visit names no meeting: the Friday meeting only, not one on the Tuesday
    ("وزیر اعظم شہباز شریف نے جمعہ کو بیجنگ میں صدر شی جن پنگ سے ملاقات کی۔ وزیر اعظم پانچ روزہ سرکاری دورے "
     "پر منگل کو شینزین پہنچے تھے۔", "2024-06-08", [("CHN-PAK", "in_person", "2024-06-07", "occurred")]),
    # "دونوں کی ملاقات" (the two's meeting): the pair just told, met earlier in Ufa
    ("وزیر اعظم نواز شریف نے جمعہ کو لاہور میں بھارتی وزیر اعظم نریندر مودی کا استقبال کیا۔ جولائی میں اوفا "
     "میں دونوں کی ملاقات ہوئی تھی۔", "2015-12-26",
     [("IND-PAK", "in_person", "2015-07", "occurred"), ("IND-PAK", "in_person", "2015-12-25", "occurred")]),
    # "X کی Y سے ملاقات ہوئی" (X's meeting with Y took place): the genitive after a named leader closes him,
    # the country after it opens the next person (Shehbaz Sharif and Pezeshkian in Tehran, Monday 26 May 2025)
    ("وزیراعظم شہباز شریف کی ایران کے صدر مسعود پزشکیان سے پیر کو تہران میں ملاقات ہوئی۔", "2025-05-27",
     [("IRN-PAK", "in_person", "2025-05-26", "occurred")]),
    # a leader whose statement is welcomed or thanked for is no party: he possesses the noun after his
    # genitive
    ("وزیر اعظم شہباز شریف نے صدر ٹرمپ کے جنگ بندی کے اعلان کا خیرمقدم کیا۔", "2025-05-11", []),
    ("وزیر اعظم شہباز شریف نے ترک صدر ایردوان کی حمایت پر ان کا شکریہ ادا کیا۔", "2025-05-11", []),
    # ... unless the noun phrase is the contact ("آخری ملاقات", the last meeting) or "کے ساتھ" (with)
    ("صدر شی اور صدر پیوٹن کی آخری ملاقات اکتوبر 2024 میں کازان میں ہوئی تھی۔", "2025-01-22",
     [("CHN-RUS", "in_person", "2024-10", "occurred")]),
    ("وزیر اعظم شہباز شریف کی جمعرات کو صدر ٹرمپ کے ساتھ ملاقات ہوئی۔", "2025-09-26",
     [("PAK-USA", "in_person", "2025-09-25", "occurred")]),
    # verb last, the partner of the first clause and the partner of the next are no pair: Trump told Zelensky
    # of his call with Putin (12 February 2025)
    ("صدر ٹرمپ نے بدھ کو یوکرینی صدر زیلنسکی سے فون پر بات کی اور انہیں روسی صدر پیوٹن سے ہونے والی گفتگو سے "
     "آگاہ کیا۔", "2025-02-13",
     [("RUS-USA", "phone", "2025-02-12", "occurred"), ("UKR-USA", "phone", "2025-02-12", "occurred")]),
    # the genitive governs the cue across a place ("مودی کا لاہور میں استقبال", welcomed Modi in Lahore), and
    # the press joins the name across its non-joining letter ("نوازشریف")
    ("وزیراعظم نوازشریف نے جمعہ کو بھارتی وزیراعظم نریندر مودی کا لاہور میں استقبال کیا۔", "2015-12-26",
     [("IND-PAK", "in_person", "2015-12-25", "occurred")]),
    # a reply is another letter than the one it answers (Imran Khan's of 29 March 2021 to Modi's Pakistan Day
    # letter, told after it; that one has no day of its own and takes the narrative's)
    ("وزیر اعظم عمران خان نے 29 مارچ کو بھارتی وزیر اعظم نریندر مودی کے خط کا جواب دیا۔ مودی نے یوم پاکستان "
     "کے موقع پر عمران خان کو خط لکھا تھا۔", "2021-03-31",
     [("IND-PAK", "written", "2021-03-29", "occurred"), ("IND-PAK", "written", "2021-03-29", "occurred")]),
    # the army chief beside the prime minister is no leader: one contact
    ("صدر ٹرمپ نے وزیر اعظم شہباز شریف اور فیلڈ مارشل عاصم منیر کا اوول آفس میں استقبال کیا۔", "2025-09-26",
     [("PAK-USA", "in_person", "2025-09-26", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_urdu_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                       expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == expected


def test_urdu_letters_fold_to_the_persian_and_arabic_ones() -> None:
    # heh goal, heh doachashmee and heh goal with hamza are heh; the Urdu yeh and kaf the Arabic ones
    assert fold("شہباز شریف") == fold("شهباز شريف")
    assert fold("بھارت") == fold("بهارت")
    assert fold("ملاقات ۂ") == fold("ملاقات ه")
    # the letters of Urdu's own sounds stay: "کے" and "کی" are two postpositions
    assert fold("کے") != fold("کی")
    assert fold("ٹرمپ") != fold("ترمپ")


def test_urdu_full_stop_ends_a_sentence_and_the_year_mark_is_no_part_of_the_year() -> None:
    text = "وزیر اعظم نے ملاقات کی۔ صدر نے خطاب کیا۔"
    assert [text[s.start:s.end] for s in split_sentences(text)] == ["وزیر اعظم نے ملاقات کی۔",
                                                                    "صدر نے خطاب کیا۔"]
    assert [t.form for t in tokenize("15 جنوری 2024ء")][2] == "2024"
    assert guess_lang("وزیر اعظم شہباز شریف نے ترک صدر رجب طیب ایردوان سے ٹیلی فون پر بات کی") == "ur"


def test_urdu_country_forms_leave_the_gazetteers_forms_as_they_were() -> None:
    # a form the gazetteer already has (Persian "ایرانی", "چین") keeps the languages the gazetteer gives it:
    # written again in the Urdu table it must not become every language's (Urdu "روس", Russia, is the Arabic
    # plural "Russians", which is why the Urdu table leaves it to the gazetteer)
    gaz = load_default()
    lexicons = all_lexicons()
    with_urdu = build_vocab(lexicons, gaz)
    without = build_vocab([lex for lex in lexicons if lex.lang != "ur"], gaz)
    for form in ("ایرانی", "چین", "چینی", "افغان", "پاکستان", "سعودی"):
        toks = tokenize(form)
        places = [{p for m in index.find(toks) for p in m.payloads if isinstance(p, Place)}
                  for index in (with_urdu, without)]
        assert places[0] == places[1] and places[0], form
