"""Round seven: Chinese, Japanese and Korean names of leaders (data/manual/names_r7_zh/ja/ko.jsonl).

Sentences of our own about real contacts, each naming the new leader by a name alone (no country word that
would find the office holder without it), so each resolves only through the new data, to the leader in
office on that day. Rows are (leader id, leader id, mode, date, status), ids sorted.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory

V, OK = "in_person", "occurred"


def _pairs(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
           lang: str) -> list[tuple[str, ...]]:
    """The contacts a text gives, as sorted leader ids with mode, date and status."""
    got = real.extract(make_doc(text, published, lang=lang))
    return sorted((*sorted((c.a.leader_id, c.b.leader_id)), c.mode, c.date or "", c.status) for c in got)


@pytest.mark.parametrize(("text", "published", "pair", "day"), [
    # Danilo Medina's state visit, talks in the Great Hall of the People on 1 November 2018.
    ("国家主席习近平1日在人民大会堂同达尼洛·梅迪纳举行会谈。", "2018-11-02",
     ("danilo-medina", "xi-jinping"), "2018-11-01"),
    # Xi's state visit to Finland: the prime minister on 5 April 2017.
    ("国家主席习近平5日在赫尔辛基会见尤哈·西皮莱。", "2017-04-06",
     ("juha-sipila", "xi-jinping"), "2017-04-05"),
    # Port Moresby, 16 November 2018 (APEC): Samoa's prime minister by his surname and title; the city alone
    # named the host's prime minister before.
    ("国家主席习近平16日在莫尔兹比港会见图伊拉埃帕总理。", "2018-11-17",
     ("tuila-epa-sailele-malielegaoi", "xi-jinping"), "2018-11-16"),
    ("16日，国家主席习近平在莫尔兹比港同彼得·奥尼尔举行会谈。", "2018-11-17",
     ("peter-o-neill", "xi-jinping"), "2018-11-16"),
    # Xi in Panama on 3 December 2018.
    ("国家主席习近平3日同胡安·卡洛斯·巴雷拉总统举行会谈。", "2018-12-04",
     ("juan-carlos-varela", "xi-jinping"), "2018-12-03"),
    # Xi's stop in Mauritius on 28 July 2018: Pravind Jugnauth, who took over from his father in 2017.
    ("国家主席习近平28日在路易港会见贾格纳特总理。", "2018-07-29",
     ("pravind-jugnauth", "xi-jinping"), "2018-07-28"),
    # Michael D. Higgins's state visit, December 2014.
    ("国家主席习近平8日在人民大会堂同迈克尔·希金斯举行会谈。", "2014-12-09",
     ("michael-d-higgins", "xi-jinping"), "2014-12-08"),
    # State visits after the two restored ties with China: Kiribati's president on 6 January 2020, Nauru's
    # on 25 March 2024.
    ("习近平主席6日在北京同来访的马茂总统举行会谈。", "2020-01-07",
     ("taneti-maamau", "xi-jinping"), "2020-01-06"),
    ("习近平主席25日在北京同戴维·阿迪昂举行会谈。", "2024-03-26",
     ("david-adeang", "xi-jinping"), "2024-03-25"),
    # Li Keqiang in Sofia for the China-CEEC summit, talks on 6 July 2018.
    ("国务院总理李克强6日在索非亚同博伊科·鲍里索夫举行会谈。", "2018-07-07",
     ("boyko-borisov", "li-keqiang"), "2018-07-06"),
])
def test_chinese_names(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                       pair: tuple[str, str], day: str) -> None:
    assert _pairs(real, make_doc, text, published, "zh") == [(*pair, V, day, OK)]


@pytest.mark.parametrize(("text", "published", "pair", "day"), [
    # Abe's African tour of January 2014: Addis Ababa on the 13th, Abidjan on the 10th.
    ("安倍晋三首相は13日、アディスアベバでハイレマリアム首相と会談した。", "2014-01-14",
     ("hailemariam-desalegn", "shinzo-abe"), "2014-01-13"),
    ("安倍首相は10日、アビジャンでアラサン・ワタラ大統領と会談した。", "2014-01-11",
     ("alassane-ouattara", "shinzo-abe"), "2014-01-10"),
    # Kishida's African tour of May 2023: Accra on the 1st, Maputo on the 4th.
    ("岸田文雄首相は1日、アクラでナナ・アクフォアド大統領と会談した。", "2023-05-02",
     ("fumio-kishida", "nana-akufo-addo"), "2023-05-01"),
    ("岸田首相は4日、マプトでニュシ大統領と会談した。", "2023-05-05",
     ("filipe-nyusi", "fumio-kishida"), "2023-05-04"),
])
def test_japanese_names(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                        pair: tuple[str, str], day: str) -> None:
    assert _pairs(real, make_doc, text, published, "ja") == [(*pair, V, day, OK)]


@pytest.mark.parametrize(("text", "published", "pair", "day"), [
    # Moon Jae-in's state visits of June 2019: Helsinki on the 10th, Oslo on the 12th, Stockholm on the 14th.
    ("문재인 대통령은 10일 사울리 니니스퇴 대통령과 정상회담을 했다.", "2019-06-11",
     ("moon-jae-in", "sauli-niinisto"), "2019-06-10"),
    ("문재인 대통령은 12일 에르나 솔베르그 총리와 정상회담을 가졌다.", "2019-06-13",
     ("erna-solberg", "moon-jae-in"), "2019-06-12"),
    ("문재인 대통령은 14일 스테판 뢰벤 총리와 회담했다.", "2019-06-15",
     ("moon-jae-in", "stefan-lofven"), "2019-06-14"),
    # Rodrigo Duterte at the Blue House on 4 June 2018, by his surname and title.
    ("문재인 대통령은 4일 청와대에서 두테르테 대통령과 정상회담을 했다.", "2018-06-05",
     ("moon-jae-in", "rodrigo-duterte"), "2018-06-04"),
])
def test_korean_names(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                      pair: tuple[str, str], day: str) -> None:
    assert _pairs(real, make_doc, text, published, "ko") == [(*pair, V, day, OK)]


def test_a_surname_left_out_for_spanning_two_words(real: RuleExtractor, make_doc: DocFactory) -> None:
    # 拉马 (Edi Rama) is not written: read a character at a time, 委内瑞拉 + 马杜罗 spells it.
    text = "委内瑞拉马杜罗总统1日在加拉加斯会见古巴领导人。"
    found = real.extract(make_doc(text, "2023-05-02", lang="zh"))
    people = {p for c in found for p in (c.a.leader_id, c.b.leader_id)}
    assert "edi-rama" not in people
    assert "nicolas-maduro" in people
