"""Reports with no publication date, and Portuguese meetings on the agenda: real events in our own words."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# Donald Trump, elected on 5 November 2024, spoke by phone with Narendra Modi the next day, before he
# took office on 20 January 2025.


def _occurred(real: RuleExtractor, make_doc: DocFactory, text: str, published: str | None,
              lang: str) -> list[tuple[str, ...]]:
    got = real.extract(make_doc(text, published, lang=lang))
    return sorted(tuple(sorted((c.a.country, c.b.country))) for c in got if c.status == "occurred")


def test_a_named_president_elect_in_an_undated_report_is_no_participant(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # with no publication day no office check can tell; the title's marker says he was not in office
    for text in ("President-elect Donald Trump spoke by phone with Prime Minister Narendra Modi.",
                 "Former US President Donald Trump spoke by phone with Prime Minister Narendra Modi."):
        assert _occurred(real, make_doc, text, None, "en") == []


def test_a_named_leader_without_a_marker_in_an_undated_report_still_counts(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    text = "President Donald Trump spoke by phone with Prime Minister Narendra Modi."
    assert _occurred(real, make_doc, text, None, "en") == [("IND", "USA")]


# Luís Montenegro, Portugal's prime minister from 2 April 2024, had meetings scheduled with Mark Rutte at the
# European Council of 17-18 April 2024.


def test_a_portuguese_meeting_marked_on_the_agenda_is_planned(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    for text in ("Nesta semana, Luís Montenegro vai a Bruxelas para o Conselho Europeu, tendo encontro "
                 "marcado com o primeiro-ministro neerlandês, Mark Rutte.",
                 "Luís Montenegro tem reunião marcada com o primeiro-ministro neerlandês, Mark Rutte, em "
                 "Bruxelas."):
        assert pair_rows(real, make_doc, text, "2024-04-15", "pt")[0][::3] == ("NLD-PRT", "planned")


def test_a_portuguese_former_president_in_an_undated_report_is_no_participant(real: RuleExtractor,
                                                                              make_doc: DocFactory) -> None:
    text = "O antigo presidente americano Barack Obama conversou com o presidente Lula em Brasília."
    assert _occurred(real, make_doc, text, None, "pt") == []


# On 4 February 2026 Xi Jinping held a video call with Vladimir Putin and then spoke by phone with Donald
# Trump; Xi and Trump had last spoken in November 2025.


def test_a_fronted_after_clause_leaves_the_main_clause_its_own_pair(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    for lang, text in (("zh", "在同俄罗斯总统普京视频通话后，习近平主席又与美国总统特朗普通了电话。"),
                       ("en", "After holding a video call with Vladimir Putin, Xi Jinping spoke by phone "
                              "with Donald Trump.")):
        assert [r[0] for r in pair_rows(real, make_doc, text, "2026-02-04", lang)] == ["CHN-RUS", "CHN-USA"]


def test_the_traditional_two_of_them_is_the_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "習近平與美國總統川普通電話。兩人上次通話是去年11月。"
    assert pair_rows(real, make_doc, text, "2026-02-04", "zh") == [
        ("CHN-USA", "phone", "2025-11", "occurred"), ("CHN-USA", "phone", "2026-02-04", "occurred")]


# Shinzo Abe met Donald Trump in Washington on 10 February 2017 and spent the weekend with him in Florida.


def test_a_japanese_count_of_days_is_no_day_of_the_month(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("安倍首相は10日、ワシントンでトランプ大統領と会談した。"
            "両首脳はその後フロリダで2日間にわたり意見を交わした。")
    assert pair_rows(real, make_doc, text, "2017-02-13", "ja") == [
        ("JPN-USA", "in_person", "2017-02-10", "occurred")]


# Moon Jae-in and Shinzo Abe met in Chengdu on 24 December 2019, at the China-Japan-South Korea summit.


def test_a_korean_trilateral_summit_beside_named_leaders_is_only_where_they_met(real: RuleExtractor,
                                                                              make_doc: DocFactory) -> None:
    text = "문재인 대통령과 아베 총리는 2019년 12월 청두에서 열린 한중일 정상회의를 계기로 따로 만났다."
    assert pair_rows(real, make_doc, text, "2022-09-15", "ko") == [
        ("JPN-KOR", "in_person", "2019-12", "occurred")]
