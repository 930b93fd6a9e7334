"""Hindi reports (the style of PTI-Bhasha and the Hindi dailies), written by us about real contacts.

They run on the bundled gazetteer, whose Devanagari names are the hand-written ones of
manual/names_hi.jsonl.
"""

from __future__ import annotations

import pytest

from graph.text import fold
from ingest.extract.grammar import Grammar
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from ingest.extract.tokens import tokenize
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "hi")


CASES = [
    # the Modi-Putin call of Friday 8 August 2025: "फोन पर बात की", the title after "रूस के" (Russia's)
    ("प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को रूस के राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की।", "2025-08-09",
     [("IND-RUS", "phone", "2025-08-08", "occurred")]),
    # ... told as Putin's call to Modi: "को फोन किया", and the demonym "रूसी"
    ("रूसी राष्ट्रपति पुतिन ने प्रधानमंत्री मोदी को फोन किया।", "2025-08-09",
     [("IND-RUS", "phone", "2025-08-09", "occurred")]),
    # Macron in Jaipur on 25 January 2024: a full date, "25 जनवरी 2024 को"
    ("प्रधानमंत्री नरेंद्र मोदी ने 25 जनवरी 2024 को जयपुर में फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की।",
     "2024-01-26", [("FRA-IND", "in_person", "2024-01-25", "occurred")]),
    # Prabowo at Hyderabad House on Saturday 25 January 2025: "द्विपक्षीय वार्ता", "के साथ"
    ("प्रधानमंत्री मोदी ने शनिवार को हैदराबाद हाउस में इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो के साथ "
     "द्विपक्षीय वार्ता की।", "2025-01-26", [("IDN-IND", "in_person", "2025-01-25", "occurred")]),
    # a bare "प्रधानमंत्री" is India's prime minister, a bare "राष्ट्रपति" India's president (Murmu welcomed
    # Prabowo at Rashtrapati Bhavan the same day)
    ("प्रधानमंत्री ने शनिवार को इंडोनेशियाई राष्ट्रपति प्रबोवो सुबियांतो से मुलाकात की।", "2025-01-26",
     [("IDN-IND", "in_person", "2025-01-25", "occurred")]),
    ("राष्ट्रपति ने शनिवार को राष्ट्रपति भवन में इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो का स्वागत किया।",
     "2025-01-26", [("IDN-IND", "in_person", "2025-01-25", "occurred")]),
    # Modi and Xi on the sidelines of the BRICS summit in Kazan, Wednesday 23 October 2024: "से इतर"
    ("कजान में ब्रिक्स शिखर सम्मेलन से इतर प्रधानमंत्री मोदी ने बुधवार को चीन के राष्ट्रपति शी जिनपिंग से "
     "द्विपक्षीय वार्ता की।", "2024-10-24", [("CHN-IND", "in_person", "2024-10-23", "occurred")]),
    # the White House meeting of Thursday 13 February 2025: the demonym "अमेरिकी"
    ("प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को व्हाइट हाउस में अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात की।",
     "2025-02-14", [("IND-USA", "in_person", "2025-02-13", "occurred")]),
    # the Modi-Biden virtual meeting of Monday 11 April 2022: "वर्चुअल बैठक", two subjects joined by "और"
    ("प्रधानमंत्री मोदी और अमेरिकी राष्ट्रपति जो बाइडन ने सोमवार को वर्चुअल बैठक की।", "2022-04-12",
     [("IND-USA", "video", "2022-04-11", "occurred")]),
    # Modi's call congratulating Starmer on Saturday 6 July 2024: "कल" in a past clause is yesterday
    ("प्रधानमंत्री मोदी ने कल ब्रिटेन के प्रधानमंत्री कीर स्टार्मर से फोन पर बात की और उन्हें बधाई दी।",
     "2024-07-07", [("GBR-IND", "phone", "2024-07-06", "occurred")]),
    # ... and in a future one tomorrow: the White House meeting of 13 February 2025, the day before
    ("प्रधानमंत्री मोदी कल वॉशिंगटन में राष्ट्रपति ट्रंप से मुलाकात करेंगे।", "2025-02-12",
     [("IND-USA", "in_person", "2025-02-13", "planned")]),
    # the same meeting announced the week before: "अगले सप्ताह", "जाएंगे", "करेंगे"
    ("प्रधानमंत्री मोदी अगले सप्ताह अमेरिका की यात्रा पर जाएंगे, जहां वह राष्ट्रपति डोनाल्ड ट्रंप से मुलाकात "
     "करेंगे।", "2025-02-06", [("IND-USA", "in_person", "2025-02", "planned")]),
    # Modi in Tokyo on Friday 29 August 2025, Ishiba named only as "his Japanese counterpart"
    ("प्रधानमंत्री मोदी ने शुक्रवार को टोक्यो में अपने जापानी समकक्ष से मुलाकात की।", "2025-08-30",
     [("IND-JPN", "in_person", "2025-08-29", "occurred")]),
    # PTI-Bhasha's dateline writes the days one to nine in words ("आठ अगस्त", 8 August)
    ("नई दिल्ली, आठ अगस्त (भाषा) प्रधानमंत्री नरेंद्र मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की।",
     "2025-08-09", [("IND-RUS", "phone", "2025-08-08", "occurred")]),
    # Modi and Xi at the Bali G20 in November 2022, told the next September: "पिछले साल नवंबर में" (last year
    # in November), inside "के दौरान" (during) the summit
    ("प्रधानमंत्री मोदी ने पिछले साल नवंबर में बाली में जी20 शिखर सम्मेलन के दौरान चीन के राष्ट्रपति शी जिनपिंग से "
     "मुलाकात की थी।", "2023-09-11", [("CHN-IND", "in_person", "2022-11", "occurred")]),
    # Putin welcomed Modi in Moscow on Monday 8 July 2024: "उनका" (him) after a "where" clause
    ("प्रधानमंत्री नरेंद्र मोदी दो दिवसीय यात्रा पर सोमवार को मॉस्को पहुंचे, जहां राष्ट्रपति व्लादिमीर पुतिन ने "
     "उनका स्वागत किया।", "2024-07-09", [("IND-RUS", "in_person", "2024-07-08", "occurred")]),
    # Obama, Republic Day's chief guest, at Hyderabad House on 25 January 2015: an earlier holder's Hindi name
    ("अमेरिकी राष्ट्रपति बराक ओबामा ने 25 जनवरी 2015 को हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।",
     "2015-01-26", [("IND-USA", "in_person", "2015-01-25", "occurred")]),
    # Murmu and Xi exchanged messages on the 75th anniversary of relations, Tuesday 1 April 2025
    ("राष्ट्रपति द्रौपदी मुर्मू और चीन के राष्ट्रपति शी जिनपिंग ने मंगलवार को राजनयिक संबंधों की 75वीं वर्षगांठ पर "
     "बधाई संदेशों का आदान-प्रदान किया।", "2025-04-02", [("CHN-IND", "written", "2025-04-01", "occurred")]),
    # "X की Y से मुलाकात हुई" (X's meeting with Y): the genitive after a named leader closes him, the country
    # after it opens the next person (Modi and Putin in Moscow, Monday 8 July 2024; found with the Urdu work)
    ("प्रधानमंत्री मोदी की रूस के राष्ट्रपति पुतिन से सोमवार को मॉस्को में मुलाकात हुई।", "2024-07-09",
     [("IND-RUS", "in_person", "2024-07-08", "occurred")]),
    # the partner of the first clause ("से ... बात की") and the next clause's are no pair (Trump's calls of
    # 12 February 2025; found with the Urdu work)
    ("राष्ट्रपति ट्रंप ने बुधवार को यूक्रेनी राष्ट्रपति जेलेंस्की से फोन पर बात की और उन्हें रूसी राष्ट्रपति पुतिन के "
     "साथ हुई बातचीत की जानकारी दी।", "2025-02-13",
     [("RUS-USA", "phone", "2025-02-12", "occurred"), ("UKR-USA", "phone", "2025-02-12", "occurred")]),
    # the genitive follows its possessor, as in Urdu: a leader whose statement is welcomed is no party, one
    # before a word that keeps him one ("के आवास पर", at his residence) is
    ("प्रधानमंत्री मोदी ने राष्ट्रपति ट्रंप के बयान का स्वागत किया।", "2025-05-11", []),
    ("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने सोमवार को प्रधानमंत्री मोदी के आवास पर मुलाकात की।", "2025-02-11",
     [("FRA-IND", "in_person", "2025-02-10", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_hindi_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                        expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


def test_negation_gives_no_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi and Shehbaz Sharif both attended the SCO summit in Tianjin (31 August - 1 September 2025), and held
    # no meeting
    text = ("तियानजिन में एससीओ शिखर सम्मेलन के दौरान प्रधानमंत्री मोदी ने पाकिस्तान के प्रधानमंत्री शहबाज शरीफ "
            "से मुलाकात नहीं की।")
    assert _rows(real, make_doc, text, "2025-09-01") == []


def test_a_minister_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin received Jaishankar at the Kremlin on Wednesday 27 December 2023: a foreign minister
    text = "विदेश मंत्री एस जयशंकर ने बुधवार को मॉस्को में रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।"
    assert _rows(real, make_doc, text, "2023-12-28") == []


def test_the_pair_reference_carries_the_topics(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "दोनों नेताओं" (the two leaders) goes on about the Modi-Prabowo talks of 25 January 2025
    text = ("प्रधानमंत्री मोदी ने शनिवार को हैदराबाद हाउस में इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो के साथ "
            "द्विपक्षीय वार्ता की। दोनों नेताओं ने रक्षा और व्यापार सहयोग पर चर्चा की।")
    got = real.extract(make_doc(text, "2025-01-26", lang="hi"))
    assert len(got) == 1
    assert {"security_defense", "trade_economy"} <= set(got[0].topics)


def test_devanagari_words_keep_their_vowel_signs() -> None:
    # "की", "के", "को" are three postpositions: folding keeps the vowel signs, drops the nukta and reads the
    # chandrabindu as the anusvara; a word is not cut at its vowel signs, and the danda ends a sentence
    assert len({fold("की"), fold("के"), fold("को")}) == 3
    assert fold("फ़ोन") == fold("फोन")
    assert fold("पहुँचे") == fold("पहुंचे")
    assert [t.form for t in tokenize("मोदी ने पुतिन से बात की।")] == ["मोदी", "ने", "पुतिन", "से", "बात", "की"]
    assert [t.form for t in tokenize("१३ मई २०२४")] == ["13", "मई", "2024"]
    assert len(list(split_sentences("मोदी ने बात की। दोनों नेताओं ने चर्चा की।"))) == 2


def test_a_hindi_text_is_guessed_hindi() -> None:
    assert guess_lang("प्रधानमंत्री नरेंद्र मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की।") == "hi"


def test_the_pronoun_after_a_minister_is_his(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Doval, the national security adviser, met Putin in Moscow in the week of the Modi-Putin call of 8 August
    # 2025: "जहां उन्होंने" (where he) is the adviser, not Modi; likewise in English
    text = ("प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को रूस के राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की। यह बातचीत ऐसे "
            "समय हुई है जब राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल इस सप्ताह मॉस्को की यात्रा पर थे, जहां उन्होंने "
            "क्रेमलिन में पुतिन से मुलाकात की।")
    assert _rows(real, make_doc, text, "2025-08-09") == [("IND-RUS", "phone", "2025-08-08", "occurred")]
    text = ("Prime Minister Narendra Modi spoke by phone with Russian President Vladimir Putin on Friday. "
            "The call came as national security adviser Ajit Doval was in Moscow this week, where he met "
            "Putin at the Kremlin.")
    got = real.extract(make_doc(text, "2025-08-09", lang="en"))
    assert [(c.mode, c.date) for c in got] == [("phone", "2025-08-08")]


def test_eager_to_host_is_a_plan_and_hosting_a_summit_no_contact(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # Modi looked forward to hosting Putin later in 2025 (said on 8 August); Lula hosted the Rio G20 of
    # November 2024, which Modi attended
    text = "प्रधानमंत्री नरेंद्र मोदी इस वर्ष के अंत में भारत में राष्ट्रपति पुतिन की मेजबानी करने के लिए उत्सुक हैं।"
    assert [row[-1] for row in _rows(real, make_doc, text, "2025-08-09")] == ["planned"]
    text = ("प्रधानमंत्री मोदी ने शिखर सम्मेलन में भाग लिया। शिखर सम्मेलन की मेजबानी ब्राजील के राष्ट्रपति लुइज इनासियो "
            "लूला दा सिल्वा कर रहे हैं।")
    assert _rows(real, make_doc, text, "2024-11-19") == []


def test_a_bare_title_in_a_story_of_another_countrys_holder(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    # Trump called Putin on Tuesday 18 March 2025 and Zelensky the next day: "राष्ट्रपति" alone in a story
    # about the American president who has not named India's is Trump, not the home press's president
    text = ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मंगलवार को रूसी राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की। अगले दिन "
            "राष्ट्रपति ने यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की से भी फोन पर बात की।")
    assert _rows(real, make_doc, text, "2025-03-20") == [("RUS-USA", "phone", "2025-03-18", "occurred"),
                                                          ("UKR-USA", "phone", "2025-03-19", "occurred")]
    # with India's president named, the bare title stays hers (Murmu received Prabowo on 25 January 2025)
    text = ("राष्ट्रपति द्रौपदी मुर्मू ने शनिवार को इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो का स्वागत किया। राष्ट्रपति ने "
            "उनके सम्मान में भोज भी दिया।")
    assert _rows(real, make_doc, text, "2025-01-26") == [("IDN-IND", "in_person", "2025-01-25", "occurred")]


def test_the_genitive_after_its_possessor_is_the_lexicons() -> None:
    # chunking and the possessor rule read one fact, the Hindi and Urdu lexicons' genitive particles
    after = {lex.lang for lex in all_lexicons() if Grammar.of(lex).genitive_after}
    assert after == {"hi", "ur"}


def test_the_partner_marks_are_the_lexicons() -> None:
    # the postpositions of a verb-final partner are Hindi's and Urdu's own, folded once (no list in pairing)
    grammars = {lex.lang: Grammar.of(lex) for lex in all_lexicons()}
    marks = {lang: g.partner_marks for lang, g in grammars.items() if g.partner_marks}
    assert set(marks) == {"hi", "ur"}
    assert marks["hi"] == {fold("से"), fold("को")}
