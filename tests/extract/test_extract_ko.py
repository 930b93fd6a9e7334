"""Korean (ko): reports written by us about real contacts, in the style of Yonhap and the Seoul dailies.

Korean writes spaces, but glues particles to nouns ("대통령은", "주석과", "백악관에서"): a Hangul
word also reads without its particle. The press puts the name first, then the country and the title
("바이든 미국 대통령"), the partner before "과/와" and the verb last; a bare "대통령" is South Korea's
president.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from graph.text import fold
from ingest.extract.dates import build_date_index, find_dates, resolve
from ingest.extract.lexicon.ko import LEXICON
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import DocFactory, Row, extract_rows


def _rows(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[Row]:
    return extract_rows(real, make_doc, text, published, "ko", ("mode", "date", "status"))


def _written(word: str) -> str:
    """A folded Hangul key as written (folding spells a syllable as its letters)."""
    return unicodedata.normalize("NFC", word)


# -- reading Korean text ------------------------------------------------------------------------------------


def test_a_hangul_word_also_reads_without_its_particle() -> None:
    tokens = tokenize("윤석열 대통령은 시진핑 주석과의 정상회담을 백악관에서 했다")
    assert [[_written(k) for k in t.keys] for t in tokens] == [
        ["윤석열"], ["대통령은", "대통령"], ["시진핑"], ["주석과의", "주석"], ["정상회담을", "정상회담"],
        ["백악관에서", "백악관"], ["했다"]]
    # the stem keeps a syllable: "이" alone and "의" alone are words, not particles
    assert tokenize("이")[0].keys == (fold("이"),)
    assert tokenize("정상들과")[0].keys == (fold("정상들과"), fold("정상들"))


def test_digits_and_latin_words_are_cut_off_the_hangul_glued_to_them() -> None:
    assert [_written(t.form) for t in tokenize("2024년 5월 13일에 G20에서")] == [
        "2024", "년", "5", "월", "13", "일에", "g20", "에서"]
    # texts without Hangul are cut as before
    assert [t.form for t in tokenize("G20 summit on 13 May")] == ["g20", "summit", "on", "13", "may"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("2024년 5월 13일", "2024-05-14", ("2024-05-13", "day")),
    ("5월 13일에", "2024-05-14", ("2024-05-13", "day")),
    # a day alone is of the publication month, or of the month before when it would lie ahead
    ("28일", "2025-12-02", ("2025-11-28", "day")),
    ("어제", "2025-03-04", ("2025-03-03", "day")),
    ("지난달", "2025-03-04", ("2025-02", "month")),
    ("지난해", "2025-03-04", ("2024", "year")),
    ("올해 3월", "2025-11-30", ("2025-03", "month")),
    ("다음 달 1일", "2025-10-25", ("2025-11-01", "day")),
    ("지난주 월요일", "2024-09-13", ("2024-09-02", "day")),
])
def test_korean_dates(text: str, published: str, expected: tuple[str, str]) -> None:
    tokens = tokenize(text)
    exprs = find_dates(build_date_index([LEXICON]), tokens, text, 0, len(tokens))
    assert len(exprs) == 1
    assert resolve(exprs[0], date.fromisoformat(published)) == expected


# -- who, how and when -------------------------------------------------------------------------------------

# Yoon Suk Yeol held a summit with Joe Biden at the White House on 26 April 2023, during his state visit.


def test_a_summit_with_the_name_the_country_and_the_title(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("윤석열 대통령은 26일(현지시간) 백악관에서 조 바이든 미국 대통령과 정상회담을 했다. "
            "양 정상은 확장억제 강화 방안을 논의했다.")
    got = real.extract(make_doc(text, "2023-04-27", lang="ko"))
    assert [(sorted((c.a.country, c.b.country)), c.mode, c.date, c.status) for c in got] == [
        (["KOR", "USA"], "in_person", "2023-04-26", "occurred")]
    assert "security_defense" in got[0].sources[0].assertion.topics


def test_a_date_written_in_full(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "윤석열 대통령은 2023년 4월 26일 워싱턴에서 바이든 대통령과 회담했다."
    assert _rows(real, make_doc, text, "2023-04-28") == [
        ("KOR", "USA", "in_person", "2023-04-26", "occurred")]


def test_a_foreign_surname_takes_the_title_after_it(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin met in Anchorage on 15 August 2025: "트럼프 대통령" is Trump, no South Korean president
    text = "트럼프 대통령과 푸틴 대통령은 15일 알래스카 앵커리지에서 만났다."
    assert _rows(real, make_doc, text, "2025-08-16") == [
        ("RUS", "USA", "in_person", "2025-08-15", "occurred")]


def test_a_title_before_a_name_is_its_own_names(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Xi held a video summit on 15 November 2021 (Washington time): "대통령은 시진핑" is two people
    text = "바이든 대통령은 15일(현지시간) 시진핑 주석과 화상 정상회담을 했다."
    assert _rows(real, make_doc, text, "2021-11-16") == [
        ("CHN", "USA", "video", "2021-11-15", "occurred")]


def test_the_bare_title_and_a_surname_are_the_home_president(real: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    # Yoon met Kishida in Phnom Penh on 13 November 2022; Lee Jae-myung met Ishiba in Busan on 30 September
    # 2025
    text = "윤 대통령은 13일 캄보디아 프놈펜에서 기시다 후미오 일본 총리와 정상회담을 가졌다."
    assert _rows(real, make_doc, text, "2022-11-14") == [
        ("JPN", "KOR", "in_person", "2022-11-13", "occurred")]
    assert _rows(real, make_doc, "이 대통령은 30일 부산에서 이시바 총리와 회담했다.",
                 "2025-10-01") == [("JPN", "KOR", "in_person", "2025-09-30", "occurred")]


def test_a_phone_call_and_yesterday(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lee Jae-myung's first call with Trump was on the evening of 6 June 2025, Seoul time
    assert _rows(real, make_doc, "이재명 대통령은 어제 도널드 트럼프 미국 대통령과 첫 전화 통화를 했다.",
                 "2025-06-07") == [("KOR", "USA", "phone", "2025-06-06", "occurred")]
    # and with Xi on 10 June 2025; "두 정상" is the pair again, no second call
    text = "이재명 대통령은 10일 시진핑 중국 국가주석과 첫 통화를 했다. 두 정상은 약 30분간 통화했다."
    assert _rows(real, make_doc, text, "2025-06-11") == [
        ("CHN", "KOR", "phone", "2025-06-10", "occurred")]


def test_a_leader_of_the_north(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Kim Jong Un received Putin in Pyongyang on 19 June 2024
    text = "김정은 국무위원장은 19일 평양에서 블라디미르 푸틴 러시아 대통령과 정상회담을 했다."
    assert _rows(real, make_doc, text, "2024-06-20") == [
        ("PRK", "RUS", "in_person", "2024-06-19", "occurred")]


def test_the_one_syllable_countries_before_a_title(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Kishida and Li Qiang met in Seoul on 26 May 2024, the day before the trilateral summit
    text = "기시다 일 총리와 리창 중 총리는 26일 서울에서 회담했다. 두 정상은 경제 협력을 논의했다."
    got = _rows(real, make_doc, text, "2024-05-27")
    assert got == [("CHN", "JPN", "in_person", "2024-05-26", "occurred")]


def test_letters_and_congratulations(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Kim Jong Un's letter to Trump, handed over at the White House on 1 June 2018
    text = "김정은 국무위원장은 트럼프 대통령에게 친서를 보냈다."
    got = real.extract(make_doc(text, "2018-06-02", lang="ko"))
    assert [(sorted((c.a.country, c.b.country)), c.mode) for c in got] == [(["PRK", "USA"], "written")]
    # Xi congratulated Putin on his re-election in March 2024
    text = "시진핑 주석은 푸틴 대통령의 재선을 축하하는 축전을 보냈다."
    got = real.extract(make_doc(text, "2024-03-19", lang="ko"))
    assert [(sorted((c.a.country, c.b.country)), c.mode) for c in got] == [(["CHN", "RUS"], "written")]
    assert "ceremonial" in got[0].sources[0].assertion.topics


def test_a_summit_side_meeting_is_no_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Yoon and Kishida met at the NATO summit in Vilnius on 12 July 2023 ("계기로": on the occasion of, no
    # future "-기로")
    text = ("윤석열 대통령은 12일(현지시간) 리투아니아 빌뉴스에서 열린 나토 정상회의를 계기로 기시다 후미오 "
            "일본 총리와 정상회담을 했다.")
    assert _rows(real, make_doc, text, "2023-07-13") == [
        ("JPN", "KOR", "in_person", "2023-07-12", "occurred")]


def test_planned_contacts(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lee and Xi met in Gyeongju on 1 November 2025, announced the week before
    text = "이재명 대통령은 다음 달 1일 경주에서 시진핑 주석과 정상회담을 할 예정이다."
    assert _rows(real, make_doc, text, "2025-10-25") == [
        ("CHN", "KOR", "in_person", "2025-11-01", "planned")]
    # "-기로 했다": agreed to
    text = "이재명 대통령과 시진핑 국가주석은 경주에서 다시 만나기로 했다."
    assert [r[-1] for r in _rows(real, make_doc, text, "2025-06-11")] == ["planned"]


def test_a_meeting_that_did_not_happen(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Xi stayed away from the G20 summit in New Delhi in September 2023
    text = "윤석열 대통령은 지난 주말 뉴델리에서 열린 G20 정상회의에서 시진핑 주석과 만나지 않았다."
    assert [r for r in _rows(real, make_doc, text, "2023-09-11") if r[-1] == "occurred"] == []


def test_ministers_are_no_leaders(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the foreign ministers Cho Tae-yul and Wang Yi spoke by phone in 2024
    assert _rows(real, make_doc, "조태열 외교부 장관은 왕이 중국 외교부장과 통화했다.", "2024-03-10") == []


def test_the_un_chief_and_a_crown_prince(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Yoon received Guterres in Seoul on 12 August 2022, and Mohammed bin Salman on 17 November 2022
    text = "윤석열 대통령은 12일 용산 대통령실에서 안토니우 구테흐스 유엔 사무총장을 접견했다."
    assert _rows(real, make_doc, text, "2022-08-13") == [
        ("KOR", "UN", "in_person", "2022-08-12", "occurred")]
    text = "윤석열 대통령은 17일 무함마드 빈 살만 사우디아라비아 왕세자 겸 총리와 회담했다."
    assert _rows(real, make_doc, text, "2022-11-18") == [
        ("KOR", "SAU", "in_person", "2022-11-17", "occurred")]


def test_seoul_time_beside_the_local_day_dates_nothing(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Lee met Trump at the White House on 25 August 2025, Washington time (the 26th in Seoul)
    text = "이재명 대통령은 25일(현지시간) 백악관에서 트럼프 대통령과 정상회담을 했다(한국시간 26일)."
    assert _rows(real, make_doc, text, "2025-08-26") == [
        ("KOR", "USA", "in_person", "2025-08-25", "occurred")]


def test_a_state_visit_on_a_calendar_date_met_the_host(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Yoon's state visit to the United Kingdom in November 2023, as King Charles III's guest
    text = "윤석열 대통령은 2023년 11월 21일 영국을 국빈 방문했다."
    assert _rows(real, make_doc, text, "2023-11-22") == [
        ("GBR", "KOR", "in_person", "2023-11-21", "occurred")]


def test_one_syllable_surnames_before_a_title(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "시 주석" is Xi ("주석" alone is China's), "리 총리" Li Qiang, "김 위원장" Kim Jong Un: Lee and Xi
    # spoke on 10 June 2025, Yoon and Li met in Seoul on 26 May 2024, Trump and Kim in Singapore on 12 June
    # 2018
    assert _rows(real, make_doc, "시 주석은 10일 이 대통령과 통화했다.", "2025-06-11") == [
        ("CHN", "KOR", "phone", "2025-06-10", "occurred")]
    assert _rows(real, make_doc, "윤 대통령은 26일 리 총리와 회담했다.", "2024-05-27") == [
        ("CHN", "KOR", "in_person", "2024-05-26", "occurred")]
    text = "트럼프 대통령과 김 위원장은 12일 싱가포르에서 정상회담을 했다."
    assert _rows(real, make_doc, text, "2018-06-13") == [
        ("PRK", "USA", "in_person", "2018-06-12", "occurred")]


def test_the_leaders_of_one_syllable_countries(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "한미 정상": the South Korean and US leaders (Lee and Trump at the White House on 25 August 2025)
    assert _rows(real, make_doc, "한미 정상은 25일 백악관에서 회담했다.", "2025-08-26") == [
        ("KOR", "USA", "in_person", "2025-08-25", "occurred")]


def test_a_summit_of_three_meets_every_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Yoon, Kishida and Li Qiang held the trilateral summit in Seoul on 27 May 2024; the agreement to do more
    # later ("-하기로 합의했다") leaves the summit held
    text = ("윤석열 대통령은 27일 서울에서 기시다 후미오 일본 총리, 리창 중국 총리와 한일중 정상회의를 "
            "개최했다. 세 정상은 정상회의를 정례화하기로 합의했다.")
    assert _rows(real, make_doc, text, "2024-05-28") == [
        ("CHN", "JPN", "in_person", "2024-05-27", "occurred"),
        ("CHN", "KOR", "in_person", "2024-05-27", "occurred"),
        ("JPN", "KOR", "in_person", "2024-05-27", "occurred")]


def test_a_verb_ending_in_but_closes_its_clause(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Biden and Xi spoke by phone in February 2021 and had not met in person by November: the negation after
    # "통화했지만" (spoke, but) is the meeting's, not the call's
    text = "바이든 대통령과 시진핑 주석은 지난 2월 통화했지만 대면 회담은 아직 하지 못했다."
    assert _rows(real, make_doc, text, "2021-11-16") == [("CHN", "USA", "phone", "2021-02", "occurred")]
    assert [(_written(t.form), t.start, t.end) for t in tokenize("통화했지만")] == [
        ("통화했", 0, 5), ("지만", 0, 5)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "이재명 대통령은 10일 시진핑 국가주석과 첫 통화를 했다. 이 대통령은 4일 취임했다. "
           "시 주석은 이 대통령의 취임을 축하했다."),
    ("en", "President Lee Jae-myung held his first phone call with Xi Jinping on Tuesday. Lee had been sworn "
           "in on June 4. Xi congratulated Lee on his inauguration."),
])
def test_a_greeting_after_the_call_was_said_in_it(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                  text: str) -> None:
    # Xi congratulated Lee in their call of 10 June 2025: no message of its own, on the day of the sentence
    # before it
    got = extract_rows(real, make_doc, text, "2025-06-11", lang, ("mode", "date", "status"))
    assert got == [("CHN", "KOR", "phone", "2025-06-10", "occurred")]


def test_a_summit_named_by_its_countries(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "한미 정상회담", "한일 정상회담": the word before the summit names the other side (Yoon met Kishida in
    # Tokyo on 16 March 2023; Lee and Xi met in Gyeongju on 1 November 2025, announced in October)
    text = "윤석열 대통령은 16일 도쿄에서 한일 정상회담을 했다."
    assert _rows(real, make_doc, text, "2023-03-17") == [
        ("JPN", "KOR", "in_person", "2023-03-16", "occurred")]
    text = "이재명 대통령은 다음 달 1일 경주에서 한중 정상회담을 한다."
    assert _rows(real, make_doc, text, "2025-10-25") == [("CHN", "KOR", "in_person", "2025-11-01", "planned")]


def test_japans_leader_among_the_leaders_is_its_prime_minister(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # Camp David, 18 August 2023: "한미일 정상" are Yoon, Biden and Kishida, not the Emperor (Japan's monarch
    # reigns, its prime minister governs)
    text = "윤석열 대통령은 18일 캠프 데이비드에서 한미일 정상회의를 했다."
    got = real.extract(make_doc(text, "2023-08-19", lang="ko"))
    assert sorted({p.leader_id for c in got for p in (c.a, c.b)}) == ["fumio-kishida", "joe-biden",
                                                                      "yoon-suk-yeol"]
    assert len(got) == 3


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "트럼프 대통령은 19일 푸틴 대통령과 통화한 뒤 젤렌스키 대통령에게 전화를 걸었다."),
    ("tr", "Trump, 19 Mayıs'ta Putin ile telefonda görüştükten sonra Zelenskiy ile görüştü."),
])
def test_the_partner_of_a_side_clause_closed_before_the_main_one(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    # Trump called Putin on 19 May 2025, then Zelensky: the side clause closed by "뒤" / "sonra" (after) is
    # Trump's call with Putin, and Putin spoke with nobody in the main clause
    got = extract_rows(real, make_doc, text, "2025-05-20", lang, ("mode",))
    assert [r[:2] for r in got] == [("RUS", "USA"), ("UKR", "USA")]
    # (the "통화 내용" told afterwards is no new call)
    text = ("트럼프 대통령은 19일 푸틴 대통령과 통화한 뒤 젤렌스키 대통령에게 전화를 걸어 "
            "통화 내용을 설명했다.")
    assert [r[:2] for r in extract_rows(real, make_doc, text, "2025-05-20", "ko", ("mode",))] == [
        ("RUS", "USA"), ("UKR", "USA")]


def test_plan_words_in_a_comparison_and_days_ahead(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "예정보다 길어졌다" (ran longer than planned) tells a held meeting; "오는 1일" a day still ahead (Lee
    # and Xi in Gyeongju on 1 November 2025, Yoon and Biden at the White House on 26 April 2023)
    text = "윤석열 대통령과 바이든 대통령의 회담은 26일 예정보다 길어졌다."
    assert [r[-1] for r in _rows(real, make_doc, text, "2023-04-27")] == ["occurred"]
    text = "이재명 대통령은 오는 1일 경주에서 시진핑 주석과 정상회담을 한다."
    assert _rows(real, make_doc, text, "2025-10-25") == [
        ("CHN", "KOR", "in_person", "2025-11-01", "planned")]
