"""Hebrew reports (the style of Haaretz, Ynet, Maariv, Israel Hayom, Kan), written by us about real contacts.

They run on the bundled gazetteer, whose Hebrew names are the hand-written ones of manual/names_he.jsonl.
"""

from __future__ import annotations

import pytest

from graph.text import fold
from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import hebrew_keys, tokenize
from ingest.extract.vocab import Name, build_vocab
from ingest.gazetteer import load_default
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "he")


CASES = [
    # Netanyahu and Putin at the Kremlin on Thursday 30 January 2020: "ביום חמישי", the demonym after the
    # title
    ("ראש הממשלה נתניהו נפגש ביום חמישי בקרמלין עם הנשיא הרוסי ולדימיר פוטין.", "2020-01-31",
     [("ISR-RUS", "in_person", "2020-01-30", "occurred")]),
    # Netanyahu and el-Sisi in New York, 19 September 2017: a full date with the month's prefix "ב"
    ("ראש הממשלה בנימין נתניהו נפגש ב-19 בספטמבר 2017 בניו יורק עם נשיא מצרים עבד אל-פתאח א-סיסי.",
     "2017-09-21", [("EGY-ISR", "in_person", "2017-09-19", "occurred")]),
    # Lapid at the Élysée on 5 July 2022: "היום", the seat with its prefix ("בארמון האליזה")
    ("ראש הממשלה יאיר לפיד נפגש היום בארמון האליזה עם נשיא צרפת עמנואל מקרון.", "2022-07-05",
     [("FRA-ISR", "in_person", "2022-07-05", "occurred")]),
    # Biden hosted Bennett on Friday 27 August 2021: "אירח את"
    ("הנשיא ביידן אירח ביום שישי את ראש הממשלה נפתלי בנט בבית הלבן.", "2021-08-28",
     [("ISR-USA", "in_person", "2021-08-27", "occurred")]),
    # their first call, Wednesday 17 February 2021: "שוחח אמש בטלפון" (spoke last night by phone)
    ("הנשיא ביידן שוחח אמש בטלפון עם ראש הממשלה נתניהו, בשיחתם הראשונה מאז נכנס לבית הלבן.", "2021-02-18",
     [("ISR-USA", "phone", "2021-02-17", "occurred")]),
    # the call of 18 March 2024: "ב-18 במרץ" is a date, and March ("מרץ") is no Merz
    ("הנשיא ביידן שוחח ב-18 במרץ בטלפון עם ראש הממשלה נתניהו.", "2024-03-19",
     [("ISR-USA", "phone", "2024-03-18", "occurred")]),
    # the White House meeting of 7 April 2025 announced the day before: "ייפגש מחר" (will meet tomorrow)
    ("ראש הממשלה נתניהו ייפגש מחר בבית הלבן עם הנשיא טראמפ.", "2025-04-06",
     [("ISR-USA", "in_person", "2025-04-07", "planned")]),
    # two surnames joined by the prefix "ו" ("וטראמפ"), the plural verb after them: 7 July 2025
    ("נתניהו וטראמפ נפגשו אתמול בבית הלבן.", "2025-07-08",
     [("ISR-USA", "in_person", "2025-07-07", "occurred")]),
    # a surname alone before its verb is the subject (Netanyahu and Erdoğan in New York, 19 September 2023)
    ("נתניהו נפגש אתמול בניו יורק עם הנשיא הטורקי רג'פ טאיפ ארדואן.", "2023-09-20",
     [("ISR-TUR", "in_person", "2023-09-19", "occurred")]),
    # three leaders listed, the last with its "ו" joined to the title ("ונשיא"): each met each. The
    # Israel-Greece-Cyprus summit in Nicosia on Monday 4 September 2023
    ("ראש הממשלה נתניהו, ראש ממשלת יוון קיריאקוס מיצוטאקיס ונשיא קפריסין נפגשו ביום שני בניקוסיה.",
     "2023-09-05", [("CYP-GRC", "in_person", "2023-09-04", "occurred"),
                    ("CYP-ISR", "in_person", "2023-09-04", "occurred"),
                    ("GRC-ISR", "in_person", "2023-09-04", "occurred")]),
    # the verb first, a date between it and its bare subjects (Macron in Jerusalem, 24 October 2023); two
    # bare surnames after "בין", the second joined to "ל" (the call of 18 March 2024, the first in a month)
    ("נפגשו אתמול נתניהו ומקרון בירושלים.", "2023-10-25",
     [("FRA-ISR", "in_person", "2023-10-24", "occurred")]),
    ("שיחת הטלפון בין ביידן לנתניהו ב-18 במרץ הייתה הראשונה מזה חודש.", "2024-03-19",
     [("ISR-USA", "phone", "2024-03-18", "occurred")]),
    # Herzog in Manama on Sunday 4 December 2022: "ביום ראשון", a king named by his title and country
    ("נשיא המדינה הרצוג נפגש ביום ראשון במנאמה עם מלך בחריין.", "2022-12-06",
     [("BHR-ISR", "in_person", "2022-12-04", "occurred")]),
    # a bare "ראש הממשלה" is Israel's prime minister (Macron in Jerusalem, 24 October 2023)
    ("ראש הממשלה נפגש אתמול בירושלים עם הנשיא הצרפתי מקרון.", "2023-10-25",
     [("FRA-ISR", "in_person", "2023-10-24", "occurred")]),
    # ... and a bare "הנשיא" the foreign holder the text named (Trump in Riyadh, 13 May 2025)
    ("נשיא ארה\"ב דונלד טראמפ נחת אתמול בריאד. הנשיא נפגש עם יורש העצר הסעודי מוחמד בן סלמאן.",
     "2025-05-14",
     [("SAU-USA", "in_person", "2025-05-13", "occurred")]),
    # "קיבל את פניו" (welcomed him): the pronoun is the suffix, the guest the one just named (Modi, 4 July
    # 2017)
    ("ראש ממשלת הודו נרנדרה מודי נחת ביום שלישי בנמל התעופה בן גוריון. ראש הממשלה בנימין נתניהו קיבל את "
     "פניו בטקס רשמי.", "2017-07-06", [("IND-ISR", "in_person", "2017-07-04", "occurred")]),
    # Bennett, then Scholz "בשעות הלילה" (in the night hours: no "tonight"), Saturday 5 March 2022
    ("ראש הממשלה נפתלי בנט נפגש אתמול בקרמלין עם נשיא רוסיה ולדימיר פוטין. בתום הפגישה המריא בנט לברלין, שם "
     "נועד בשעות הלילה עם הקנצלר אולף שולץ.", "2022-03-06",
     [("DEU-ISR", "in_person", "2022-03-05", "occurred"),
      ("ISR-RUS", "in_person", "2022-03-05", "occurred")]),
    # the subjectless plural verb is "they": an earlier meeting of the pair (4 February 2025)
    ("ראש הממשלה בנימין נתניהו נפגש אתמול בבית הלבן עם נשיא ארה\"ב דונלד טראמפ. בפעם הקודמת נפגשו ב-4 "
     "בפברואר.", "2025-04-08",
     [("ISR-USA", "in_person", "2025-02-04", "occurred"),
      ("ISR-USA", "in_person", "2025-04-07", "occurred")]),
    # "צפוי להיפגש" (is expected to meet: the infinitive, its "ל" read off), 7 July 2025 announced the day
    # before
    ("ראש הממשלה נתניהו צפוי להיפגש מחר בבית הלבן עם הנשיא טראמפ.", "2025-07-06",
     [("ISR-USA", "in_person", "2025-07-07", "planned")]),
    # a day word inside the verb phrase ("קיבל אתמול את פני", Herzog welcoming Biden on 13 July 2022) and a
    # weekday by its letter ("ביום ד'", Wednesday)
    ("נשיא המדינה הרצוג קיבל אתמול את פני הנשיא ביידן בנמל התעופה בן גוריון.", "2022-07-14",
     [("ISR-USA", "in_person", "2022-07-13", "occurred")]),
    ("ראש הממשלה יאיר לפיד קיבל את פני הנשיא ביידן ביום ד' בנמל התעופה בן גוריון.", "2022-07-15",
     [("ISR-USA", "in_person", "2022-07-13", "occurred")]),
    # a surname alone before a travel or speech verb is its subject too (Bennett flew to Moscow on 5 March
    # 2022; Trump announced on 17 May 2025 his call with Putin of Monday 19 May)
    ("בנט טס אתמול למוסקבה ונפגש עם פוטין בקרמלין.", "2022-03-06",
     [("ISR-RUS", "in_person", "2022-03-05", "occurred")]),
    ("טראמפ הודיע כי ישוחח עם פוטין ביום שני.", "2025-05-18",
     [("RUS-USA", "phone", "2025-05-19", "planned")]),
    # "לא-סיסי": "to" joined to the Arabic article of a name (Biden's call with el-Sisi, 18 October 2023)
    ("הנשיא ביידן שוחח אתמול בטלפון עם נשיא מצרים. ביידן אמר לא-סיסי כי ארצות הברית תסייע בהעברת הסיוע.",
     "2023-10-19", [("EGY-USA", "phone", "2023-10-18", "occurred")]),
    # a letter: "שיגר מכתב ל..." with the recipient's prefix (Trump's letter to Herzog of November 2025),
    # "השבוע" (this week) at month precision
    ("נשיא ארה\"ב דונלד טראמפ שיגר השבוע מכתב לנשיא המדינה יצחק הרצוג.", "2025-11-13",
     [("ISR-USA", "written", "2025-11", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_hebrew_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                         expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # "טרם נפגש" (has not yet met): Netanyahu had not met Biden since his return in December 2022
    ("ראש הממשלה נתניהו טרם נפגש עם הנשיא ביידן מאז חזר לתפקידו.", "2023-07-10"),
    # "לא נפגשו"
    ("טראמפ ונתניהו לא נפגשו השבוע.", "2025-06-01"),
    # a secretary of state is no leader (Blinken in Tel Aviv, 12 October 2023)
    ("מזכיר המדינה האמריקני אנטוני בלינקן נפגש היום בתל אביב עם ראש הממשלה נתניהו.", "2023-10-12"),
    # a president-elect is in no office yet (Netanyahu's call to Trump of 6 November 2024)
    ("ראש הממשלה בנימין נתניהו שוחח אתמול בטלפון עם הנשיא הנבחר דונלד טראמפ ובירך אותו על ניצחונו.",
     "2024-11-07"),
])
def test_no_contact(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> None:
    assert _rows(real, make_doc, text, published) == []


def test_prefix_cuts_make_no_dates(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "להשבת החטופים" (for the return of the hostages) reads as "שבת" without its prefixes: no Saturday; and
    # "בהמשך היום" (later that day) is the meeting's day, no "today" (Biden in Tel Aviv on 18 October 2023,
    # and his call with el-Sisi on the way back)
    text = ("הנשיא ביידן נפגש אתמול בתל אביב עם ראש הממשלה נתניהו. השניים דנו במאמצים להשבת החטופים. בהמשך "
            "היום שוחח ביידן בטלפון עם נשיא מצרים א-סיסי.")
    assert _rows(real, make_doc, text, "2023-10-19") == [("EGY-USA", "phone", "2023-10-18", "occurred"),
                                                       ("ISR-USA", "in_person", "2023-10-18", "occurred")]


def test_a_hebrew_word_reads_without_its_prefixes() -> None:
    # "and to Netanyahu", "when the president", "in the house": the word as written first, then each prefix
    # cut in its order (ו, then ש or כש, then ב ל מ כ, then the article ה)
    assert hebrew_keys(fold("ולנתניהו")) == (fold("ולנתניהו"), fold("לנתניהו"), fold("נתניהו"))
    assert hebrew_keys(fold("כשהנשיא")) == (fold("כשהנשיא"), fold("הנשיא"), fold("נשיא"))
    assert fold("בית") in hebrew_keys(fold("ובבית"))
    # a name that begins with a prefix letter keeps its own form first, and two letters always stay
    assert hebrew_keys(fold("מקרון"))[0] == fold("מקרון")
    assert hebrew_keys(fold("בן")) == (fold("בן"),)
    # ... but for the Arabic article before a hyphen: "לא-סיסי" (to al-Sisi) is no "not"
    assert hebrew_keys(fold("לא")) == (fold("לא"), fold("א"))


def test_hebrew_folding() -> None:
    # final letters read as medial ones, niqqud drop, and a geresh or gershayim inside a word joins it
    assert fold("טלפון") == fold("טלפונ")
    assert fold("שָׁלוֹם") == fold("שלום")
    assert fold('ארה"ב') == fold("ארה״ב") == fold("ארהב")
    assert fold("ג'ו") == fold("ג׳ו") == fold("גו")
    assert [t.form for t in tokenize('נשיא ארה"ב ג\'ו ביידן, "שלום"')] == \
        [fold(w) for w in ("נשיא", "ארהב", "גו", "ביידן", "שלום")]
    # ("ב-12 במרץ": the hyphen still separates)
    assert [t.form for t in tokenize("ב-12 במרץ")] == [fold("ב"), "12", fold("במרץ")]


def test_a_hebrew_month_is_no_surname_alone() -> None:
    # "מרץ" is March and Merz: only "פרידריך מרץ" names him (no last word of a Hebrew name is a surname by
    # rule), so "במרץ" (in March) is a month
    vocab = build_vocab(all_lexicons(), load_default())
    found = vocab.find(tokenize("פרידריך מרץ ביקר במרץ בפריז"))
    names = [(m.first, m.last) for m in found for p in m.payloads if isinstance(p, Name)]
    assert names == [(0, 2)]
    # ... and "מאזן" of "אבו מאזן" (Abbas) is the balance of trade, "פרס" of "שמעון פרס" a prize
    found = vocab.find(tokenize("הגירעון במאזן הסחר ופרס נובל"))
    assert not [p for m in found for p in m.payloads if isinstance(p, Name)]


def test_a_hebrew_text_is_guessed_hebrew() -> None:
    assert guess_lang("ראש הממשלה בנימין נתניהו נפגש אתמול בבית הלבן עם נשיא ארה\"ב דונלד טראמפ.") == "he"
