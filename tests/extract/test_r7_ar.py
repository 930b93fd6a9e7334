"""Round seven: Arabic names of leaders the Arab press reports from all over the world, sentences of our own.

Each test is a real contact, told in Arabic (one in Persian) with the leaders' names and no country title
(which alone would find the holder), and must resolve to the leader newly named in manual/names_r7_ar.jsonl on
the right day; without the new names none of these sentences gives its contact. The last tests keep names
that end in a common Arabic word out of the file (the extractor reads a full name's last word as a surname).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.text import fold
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory


def _contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
              lang: str = "ar") -> list[tuple[list[str], str | None]]:
    """Each contact as (the two names sorted, its date)."""
    found = real.extract(make_doc(text, published, lang=lang))
    return [(sorted((c.a.name, c.b.name)), c.date) for c in found]


# (published, text, the two leaders, the day of the contact)
CASES = [
    # Bazoum's talks at the Élysée, Friday 9 July 2021.
    ("2021-07-10",
     "استقبل إيمانويل ماكرون في قصر الإليزيه يوم الجمعة محمد بازوم.",
     ["Emmanuel Macron", "Mohamed Bazoum"], "2021-07-09"),
    # Ali Bongo's state visit to China: talks with Xi in Beijing, Wednesday 19 April 2023.
    ("2023-04-20",
     "أجرى شي جين بينغ محادثات مع علي بونغو أونديمبا في بكين يوم الأربعاء.",
     ["Ali Bongo", "Xi Jinping"], "2023-04-19"),
    # Medvedev and Kim Jong-il near Ulan-Ude, Wednesday 24 August 2011.
    ("2011-08-25",
     "التقى دميتري ميدفيديف كيم جونغ إيل قرب أولان أودي يوم الأربعاء.",
     ["Dmitry Medvedev", "Kim Jong-il"], "2011-08-24"),
    # Gotabaya Rajapaksa's first visit abroad as president: New Delhi, Friday 29 November 2019.
    ("2019-11-30",
     "بحث ناريندرا مودي مع غوتابايا راجاباكسا في نيودلهي يوم الجمعة العلاقات "
     "الثنائية.",
     ["Gotabaya Rajapaksa", "Narendra Modi"], "2019-11-29"),
    # Solberg at the White House, Wednesday 10 January 2018.
    ("2018-01-11",
     "استقبل دونالد ترامب إرنا سولبرغ في البيت الأبيض يوم الأربعاء.",
     ["Donald Trump", "Erna Solberg"], "2018-01-10"),
    # Lula in Montevideo after the CELAC summit, Wednesday 25 January 2023.
    ("2023-01-26",
     "عقد لولا دا سيلفا جلسة مباحثات مع لويس لاكالي بو في مونتيفيديو يوم "
     "الأربعاء.",
     ["Luis Alberto Lacalle Pou", "Luiz Inácio Lula da Silva"], "2023-01-25"),
    # Macron in Accra, Thursday 30 November 2017.
    ("2017-12-01",
     "أجرى إيمانويل ماكرون محادثات مع نانا أكوفو أدو في أكرا يوم الخميس.",
     ["Emmanuel Macron", "Nana Akufo-Addo"], "2017-11-30"),
    # Nyusi in Moscow, Thursday 22 August 2019.
    ("2019-08-23",
     "استقبل فلاديمير بوتين فيليبي نيوسي في الكرملين يوم الخميس.",
     ["Filipe Nyusi", "Vladimir Putin"], "2019-08-22"),
    # Macron's first trip outside Europe: Gao with Keïta, Friday 19 May 2017.
    ("2017-05-20",
     "التقى إيمانويل ماكرون إبراهيم أبو بكر كيتا في مدينة غاو يوم الجمعة.",
     ["Emmanuel Macron", "Ibrahim Boubacar Keïta"], "2017-05-19"),
    # Wickremesinghe in New Delhi, Friday 21 July 2023.
    ("2023-07-22",
     "أجرى ناريندرا مودي محادثات مع رانيل ويكريميسينغه في نيودلهي يوم "
     "الجمعة.",
     ["Narendra Modi", "Ranil Wickremesinghe"], "2023-07-21"),
    # Thein Sein at the White House, Monday 20 May 2013 (without his name, سين read as Hun Sen's).
    ("2013-05-21",
     "استقبل باراك أوباما ثين سين في البيت الأبيض يوم الاثنين.",
     ["Barack Obama", "Thein Sein"], "2013-05-20"),
    # Japarov's first visit to Moscow as president, Wednesday 24 February 2021.
    ("2021-02-25",
     "استقبل فلاديمير بوتين صادر جاباروف في الكرملين يوم الأربعاء.",
     ["Sadyr Japarov", "Vladimir Putin"], "2021-02-24"),
    # Dodik, then the Serb member of Bosnia's presidency, at the Kremlin, Tuesday 20 September 2022.
    ("2022-09-21",
     "استقبل فلاديمير بوتين ميلوراد دوديك في الكرملين يوم الثلاثاء.",
     ["Milorad Dodik", "Vladimir Putin"], "2022-09-20"),
]


@pytest.mark.parametrize(("published", "text", "names", "day"), CASES)
def test_arabic_name_resolves_on_its_day(real: RuleExtractor, make_doc: DocFactory, published: str, text: str,
                                          names: list[str], day: str) -> None:
    assert _contacts(real, make_doc, text, published) == [(names, day)]


def test_surname_alone_after_the_full_name(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Solberg's White House visit again: her full name first, then her surname alone.
    text = ("زارت إرنا سولبرغ واشنطن هذا الأسبوع. واستقبل دونالد ترامب سولبرغ في البيت الأبيض "
            "يوم الأربعاء.")
    assert _contacts(real, make_doc, text, "2018-01-11") == [(["Donald Trump", "Erna Solberg"], "2018-01-10")]


def test_persian_irna_spelling(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The Rajapaksa visit of 29 November 2019 in Persian: IRNA writes پ and گ (راجاپاکسا, گوتابایا).
    text = "نارندرا مودی روز جمعه در دهلی نو با گوتابایا راجاپاکسا دیدار کرد."
    assert _contacts(real, make_doc, text, "2019-11-30", "fa") == [
        (["Gotabaya Rajapaksa", "Narendra Modi"], "2019-11-29")]


# The extractor reads the last word of every full name as a weak surname (the first in the Koreas, China
# and Taiwan), so a leader whose name ends in a common Arabic word was left out: "كان" (was) of Naoto Kan,
# "محمد", "علي", "حسن", "صالح" (given names), "فاز" (won), "جامع" (mosque), "واد" (valley), "ما" (what) of
# Ma Ying-jeou, "سوي" of Myint Swe ...
_COMMON = (
    "كان ما محمد علي حسن صالح أشرف ياسين يعقوب سوي وان فاز واد جامع نشيد يمين فيلا سيما زين خيري عباسي "
    "تورك فور الناصر هنري براون ويا جعفري ميتا غيوم أمان ريش شاه الثانية رود سيسي البشير كوستا سيلفا "
    "فيليب جوزيف")
COMMON_WORDS = frozenset(fold(w) for w in _COMMON.split())
_DATA = Path(__file__).resolve().parents[2] / "ingest/gazetteer/data/manual/names_r7_ar.jsonl"
_FAMILY_FIRST = ("Kim ", "Pak ", "Choe ", "Choi ", "Hwang ", "Ma ")


def test_no_new_name_ends_in_a_common_word() -> None:
    rows = [json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) > 300
    for row in rows:
        first = str(row["name"]).startswith(_FAMILY_FIRST)
        for lang in ("ar", "fa"):
            for alias in row["aliases"].get(lang, []):
                words = alias.split()
                assert fold(words[0] if first else words[-1]) not in COMMON_WORDS, alias


def test_persian_adjective_is_not_arce(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "فارسي" (Persian) is "ف" + "ارسي" after its proclitic: Arce's surname, which needs a title or his full
    # name before it; a text about the Gulf names no Bolivian.
    text = ("قال الرئيس الإيراني إبراهيم رئيسي إن أمن الخليج الفارسي مسؤولية دول المنطقة، "
            "وتحدث الرئيس بالفارسي.")
    assert _contacts(real, make_doc, text, "2023-05-10") == []
