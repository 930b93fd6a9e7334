"""Azerbaijani reports (the style of AZERTAC, APA and Report.az), written by us about real contacts.

They run on the bundled gazetteer, whose Azerbaijani names with their endings ("İlham Əliyevlə", "Putinə")
are in manual/names_hu_bg_az.jsonl.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "az")


CASES = [
    # Putin's call to Aliyev of Saturday 28 December 2024: the dative name and "zəng edib"
    ("Rusiya Prezidenti Vladimir Putin şənbə günü Prezident İlham Əliyevə zəng edib.", "2024-12-29",
     [("AZE-RUS", "phone", "2024-12-28", "occurred")]),
    # Dushanbe, 9 October 2025: the month's genitive before its day ("oktyabrın 9-da")
    ("Prezident İlham Əliyev oktyabrın 9-da Düşənbədə Rusiya Prezidenti Vladimir Putin ilə görüşüb.",
     "2025-10-10", [("AZE-RUS", "in_person", "2025-10-09", "occurred")]),
    # Baku, 19 August 2024: the year with its ordinal ending, the partner with "-lə"
    ("Prezident İlham Əliyev 2024-cü il avqustun 19-da Bakıda Vladimir Putinlə görüşüb.", "2024-08-20",
     [("AZE-RUS", "in_person", "2024-08-19", "occurred")]),
    # the bare title: Azerbaijan's president
    ("Prezident avqustun 19-da Rusiya Prezidenti Vladimir Putin ilə təkbətək görüşüb.", "2024-08-20",
     [("AZE-RUS", "in_person", "2024-08-19", "occurred")]),
    # the White House, 8 August 2025
    ("Prezident İlham Əliyev avqustun 8-də Vaşinqtonda ABŞ Prezidenti Donald Tramp ilə görüşüb.",
     "2025-08-09", [("AZE-USA", "in_person", "2025-08-08", "occurred")]),
    # Nakhchivan, Monday 25 September 2023 ("bazar ertəsi"), the partner with "-lə"
    ("Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan bazar ertəsi Naxçıvanda Prezident İlham Əliyevlə görüşüb.",
     "2023-09-26", [("AZE-TUR", "in_person", "2023-09-25", "occurred")]),
    # Abu Dhabi, Thursday 10 July 2025 ("cümə axşamı", Thursday, not "cümə", Friday)
    ("Prezident İlham Əliyev cümə axşamı Əbu-Dabidə Ermənistanın Baş naziri Nikol Paşinyanla görüşüb.",
     "2025-07-11", [("ARM-AZE", "in_person", "2025-07-10", "occurred")]),
    # the Trump-Putin call of Wednesday 12 February 2025: "telefonla danışıb"
    ("ABŞ Prezidenti Donald Tramp çərşənbə günü Rusiya Prezidenti Vladimir Putin ilə telefonla danışıb.",
     "2025-02-13", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # Alaska, Friday 15 August 2025
    ("Donald Tramp və Vladimir Putin cümə günü Alyaskada görüşüblər.", "2025-08-16",
     [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # Macron's call of 1 July 2025: "dünən", "telefon danışığı"
    ("Fransa Prezidenti Emmanuel Makron dünən Vladimir Putinlə telefon danışığı aparıb.", "2025-07-02",
     [("FRA-RUS", "phone", "2025-07-01", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021
    ("Co Bayden və Si Tszinpin bazar ertəsi videokonfrans formatında danışıqlar aparıblar.", "2021-11-16",
     [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Trump received Pashinyan at the White House on 8 August 2025: the month alone in the locative
    ("Avqustda Vaşinqtonda Donald Tramp Nikol Paşinyanı qəbul edib.", "2025-09-01",
     [("ARM-USA", "in_person", "2025-08", "occurred")]),
    # a plan: "görüşəcək" and "sabah" (Dushanbe, 9 October 2025)
    ("Prezident İlham Əliyev sabah Rusiya Prezidenti Vladimir Putin ilə görüşəcək.", "2025-10-08",
     [("AZE-RUS", "in_person", "2025-10-09", "planned")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_azerbaijani_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                              expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # no meeting at the Istanbul talks of 16 May 2025: the negative suffix ("görüşməyib")
    ("Vladimir Putin və Volodimir Zelenski İstanbulda görüşməyib.", "2025-05-17"),
    # a denial
    ("Kreml Putin ilə Zelenskinin görüşünün planlaşdırıldığını təkzib edib.", "2025-05-17"),
    # a minister is no leader (Lavrov in Baku)
    ("Rusiyanın xarici işlər naziri Sergey Lavrov Bakıda Azərbaycanın xarici işlər naziri ilə görüşüb.",
     "2024-05-01"),
])
def test_azerbaijani_non_contacts(real: RuleExtractor, make_doc: DocFactory, text: str,
                                  published: str) -> None:
    assert [r for r in _rows(real, make_doc, text, published) if r[3] == "occurred"] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Prezident İlham Əliyev oktyabrın 9-da Düşənbədə Rusiya Prezidenti ilə görüşüb. Görüşdə ikitərəfli "
     "əməkdaşlıq məsələləri müzakirə olunub.", "az"),
    # Turkish, which shares "ş", "ğ" and "ı", stays Turkish
    ("Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü. Görüşmede iki ülke "
     "arasındaki ilişkiler ele alındı.", "tr"),
])
def test_azerbaijani_text_is_told_from_turkish(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


def test_azerbaijani_report_of_a_visit(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin's state visit to Baku, talks on Monday 19 August 2024; "iki lider" is the same meeting
    text = ("Rusiya Prezidenti Vladimir Putin dövlət səfəri ilə Azərbaycana gəlib. Avqustun 19-da Prezident "
            "İlham Əliyev Vladimir Putin ilə təkbətək görüşüb. İki lider enerji və nəqliyyat sahəsində "
            "əməkdaşlığı müzakirə edib.")
    assert _rows(real, make_doc, text, "2024-08-20") == [("AZE-RUS", "in_person", "2024-08-19", "occurred")]
