"""A second review of Korean press usage, aimed at precision: reports we wrote in the style of Yonhap, KBS,
Chosun Ilbo, JoongAng, Hankyoreh and the presidential office's briefings, about real contacts.

True facts: Lee Jae-myung took office on 4 June 2025; he spoke with Trump on 6 June, with Ishiba on 9 June and
with Xi on 10 June 2025; met Ishiba at the G7 in Kananaskis on 17 June 2025 (Trump left the summit early, so
no Lee-Trump talks took place there), in Tokyo on 23 August and in Busan on 30 September 2025; met Trump at
the White House on 25 August and in Gyeongju on 29 October 2025, Takaichi in Gyeongju on 30 October and Xi in
Gyeongju on 1 November 2025. Xi and Trump met in Busan on 30 October 2025, their first meeting since the G20
in Osaka in June 2019. Yoon Suk Yeol met Kishida in Tokyo on 16 March 2023 and in Seoul on 7 May 2023, Biden
at the White House on 26 April 2023, both at Camp David on 18 August 2023, Zelensky in Kyiv on 15 July 2023
and Xi in Lima on 15 November 2024; he spoke with Trump, then president-elect, on 7 November 2024. US Vice
President Harris called on Yoon in Seoul on 29 September 2022. Chung Eui-yong, Moon's national security
adviser and special envoy, met Kim Jong Un in Pyongyang on 5 March 2018 and briefed Trump at the White House
on 8 March 2018; Kim Yo Jong, Kim Jong Un's special envoy, met Moon at the Blue House on 10 February 2018.
Moon and Kim met at Panmunjom on 27 April 2018; Trump and Kim in Singapore on 12 June 2018 and at Panmunjom,
with Moon, on 30 June 2019. Putin and Kim met at Vostochny on 13 September 2023 and in Pyongyang on 19 June
2024. Trump and Putin spoke on 18 March 2025; in October 2025 Trump said he would like to meet Kim.
Cho Hyun, foreign minister, met Rubio in Washington on 31 July 2025. Kim Jong Un sent Putin greetings on
Russia Day, 12 June 2023. Yoon and Xi had met in Bali on 15 November 2022; Cho Hyun met Wang Yi in Beijing
on 17 September 2025. Witkoff, Trump's special envoy, met Putin in Moscow on 6 August 2025.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# (report, publication day, expected rows: pair, mode, date, status)
CASES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    # -- calls
    ("이재명 대통령은 6일 밤 도널드 트럼프 미국 대통령과 취임 후 첫 통화를 했다고 강유정 대통령실 대변인이 "
     "밝혔다.", "2025-06-07", [("KOR-USA", "phone", "2025-06-06", "occurred")]),
    ("이 대통령은 9일 이시바 시게루 일본 총리와 약 25분간 전화 통화를 했다. 양 정상은 한일 관계의 안정적 "
     "발전에 뜻을 모았다.", "2025-06-10", [("JPN-KOR", "phone", "2025-06-09", "occurred")]),
    ("이재명 대통령과 시진핑 중국 국가주석이 10일 첫 통화를 했다.", "2025-06-11",
     [("CHN-KOR", "phone", "2025-06-10", "occurred")]),
    ("백악관은 트럼프 대통령과 블라디미르 푸틴 러시아 대통령이 18일 통화했다고 밝혔다.", "2025-03-19",
     [("RUS-USA", "phone", "2025-03-18", "occurred")]),
    ("크렘린궁은 푸틴 대통령이 18일 트럼프 대통령과 2시간 넘게 통화했다고 발표했다.", "2025-03-19",
     [("RUS-USA", "phone", "2025-03-18", "occurred")]),
    ("일본 총리관저에 따르면 이시바 총리는 9일 밤 이 대통령과 전화로 회담했다.", "2025-06-10",
     [("JPN-KOR", "phone", "2025-06-09", "occurred")]),
    # a president-elect holds no office yet
    ("윤석열 대통령은 7일 오전 도널드 트럼프 미국 대통령 당선인과 약 12분간 통화했다.", "2024-11-07", []),
    # -- meetings
    ("이재명 대통령은 25일 백악관에서 트럼프 대통령과 첫 한미 정상회담을 가졌다.", "2025-08-26",
     [("KOR-USA", "in_person", "2025-08-25", "occurred")]),
    ("이 대통령은 23일 도쿄 총리관저에서 이시바 총리와 정상회담을 했다.", "2025-08-24",
     [("JPN-KOR", "in_person", "2025-08-23", "occurred")]),
    ("이재명 대통령은 30일 부산에서 이시바 시게루 일본 총리와 회담했다. 이시바 총리가 방한한 것은 취임 후 "
     "처음이다.", "2025-09-30", [("JPN-KOR", "in_person", "2025-09-30", "occurred")]),
    ("이 대통령은 1일 경주에서 시진핑 국가주석과 한중 정상회담을 했다.", "2025-11-01",
     [("CHN-KOR", "in_person", "2025-11-01", "occurred")]),
    ("이재명 대통령은 30일 경주에서 다카이치 사나에 일본 총리와 첫 정상회담을 했다.", "2025-10-30",
     [("JPN-KOR", "in_person", "2025-10-30", "occurred")]),
    ("윤석열 대통령은 16일 도쿄에서 기시다 후미오 일본 총리와 정상회담을 했다.", "2023-03-17",
     [("JPN-KOR", "in_person", "2023-03-16", "occurred")]),
    ("윤석열 대통령은 15일 오전(현지시간) 우크라이나 키이우를 방문해 볼로디미르 젤렌스키 대통령과 "
     "정상회담을 했다.", "2023-07-16", [("KOR-UKR", "in_person", "2023-07-15", "occurred")]),
    ("문재인 대통령과 김정은 국무위원장은 27일 판문점 평화의집에서 정상회담을 했다.", "2018-04-27",
     [("KOR-PRK", "in_person", "2018-04-27", "occurred")]),
    ("김정은 국무위원장은 19일 평양 금수산영빈관에서 푸틴 대통령과 정상회담을 했다.", "2024-06-20",
     [("PRK-RUS", "in_person", "2024-06-19", "occurred")]),
    # -- background
    ("시 주석과 트럼프 대통령은 30일 부산에서 회담했다. 두 정상이 대면한 것은 2019년 6월 오사카 주요 20개국"
     "(G20) 정상회의 이후 6년 4개월 만이다.", "2025-10-30",
     [("CHN-USA", "in_person", "2019-06", "occurred"), ("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    ("이 대통령과 이시바 총리의 대면 회담은 지난 6월 캐나다 G7 정상회의 이후 두 번째다.", "2025-08-23",
     [("JPN-KOR", "in_person", "2025-06", "occurred")]),
    # -- summits: trilateral, attended without talks
    ("윤석열 대통령과 조 바이든 미국 대통령, 기시다 후미오 일본 총리는 18일 캠프 데이비드에서 한미일 "
     "정상회의를 했다.", "2023-08-19",
     [("JPN-KOR", "in_person", "2023-08-18", "occurred"), ("JPN-USA", "in_person", "2023-08-18", "occurred"),
      ("KOR-USA", "in_person", "2023-08-18", "occurred")]),
    ("트럼프 대통령이 G7 정상회의 도중 조기 귀국하면서 이 대통령과의 첫 한미 정상회담은 무산됐다.",
     "2025-06-17", []),
    ("이 대통령은 17일 G7 정상회의에 참석했지만 트럼프 대통령과의 회담은 불발됐다.", "2025-06-18", []),
    # -- plans
    ("이재명 대통령은 오는 25일 워싱턴에서 트럼프 대통령과 첫 정상회담을 할 예정이다.", "2025-08-12",
     [("KOR-USA", "in_person", "2025-08-25", "planned")]),
    # (a plan with no day of its own is dated the day it is reported, as in every language)
    ("한일 양국은 이 대통령과 다카이치 총리의 첫 회담 일정을 조율 중이다.", "2025-10-25",
     [("JPN-KOR", "in_person", "2025-10-25", "planned")]),
    # a plan phrase closing the sentence ("-하고 있다"): the cue before it is a plan, not a held meeting
    ("이 대통령은 APEC 정상회의 계기에 시진핑 주석과의 정상회담을 추진하고 있다.", "2025-10-20",
     [("CHN-KOR", "in_person", "2025-10-20", "planned")]),
    ("한일 양국은 이 대통령과 다카이치 총리의 첫 회담 일정을 조율하고 있다.", "2025-10-25",
     [("JPN-KOR", "in_person", "2025-10-25", "planned")]),
    ("정부는 이 대통령과 시 주석의 통화를 검토하고 있다.", "2025-06-08",
     [("CHN-KOR", "phone", "2025-06-08", "planned")]),
    # the future adnominal and the non-past ("만날 것이라고", "회담할 것으로", "회담한다"): a meeting ahead
    ("위성락 국가안보실장은 브리핑에서 이 대통령이 트럼프 대통령과 만날 것이라고 말했다.", "2025-08-20",
     [("KOR-USA", "in_person", "2025-08-20", "planned")]),
    ("이 대통령은 내일 경주에서 시진핑 주석과 회담한다.", "2025-10-31",
     [("CHN-KOR", "in_person", "2025-11-01", "planned")]),
    ("이 대통령은 시 주석과 회담할 것으로 보인다.", "2025-10-31",
     [("CHN-KOR", "in_person", "2025-10-31", "planned")]),
    ("이 대통령은 다음 주 시진핑 주석과 통화할 예정이다.", "2025-06-05",
     [("CHN-KOR", "phone", "2025-06", "planned")]),
    # ... but "전날" (the day before) is no future, and "-한 것으로" tells a held one
    ("이 대통령은 전날 시 주석과 회담했다.", "2025-11-02",
     [("CHN-KOR", "in_person", "2025-11-01", "occurred")]),
    ("이 대통령은 시 주석과 회담한 것으로 알려졌다.", "2025-11-02",
     [("CHN-KOR", "in_person", "2025-11-02", "occurred")]),
    # ... and only on the cue itself: another verb so ended near a held one leaves it held
    ("이 대통령은 1일 시 주석과 회담하고 양국이 협력할 방안을 논의했다.", "2025-11-01",
     [("CHN-KOR", "in_person", "2025-11-01", "occurred")]),
    ("이 대통령은 1일 시 주석과 통화하며 협력을 강화할 것을 제안했다.", "2025-11-01",
     [("CHN-KOR", "phone", "2025-11-01", "occurred")]),
    # a wish is no meeting held ("만나고 싶다고", "희망한다고")
    ("트럼프 대통령은 김정은 위원장과 만나고 싶다고 말했다.", "2025-10-27",
     [("PRK-USA", "in_person", "2025-10-27", "planned")]),
    ("트럼프 대통령은 김 위원장과의 회담을 희망한다고 밝혔다.", "2025-10-27",
     [("PRK-USA", "in_person", "2025-10-27", "planned")]),
    ("트럼프 대통령은 2019년 6월 판문점에서 김 위원장을 만났다.", "2025-10-27",
     [("PRK-USA", "in_person", "2019-06", "occurred")]),
    ("트럼프 대통령은 기자들에게 김정은 위원장과 잘 지낸다고 말했다.", "2025-10-27", []),
    ("크렘린궁 대변인은 푸틴 대통령이 김 위원장과 회담할 계획이 없다고 말했다.", "2025-08-20", []),
    ("이 대통령은 취임 이후 트럼프 대통령과 아직 만나지 못했다.", "2025-07-20", []),
    # -- messages: a country after a title with its particle is another phrase ("국무위원장은 러시아 ...")
    ("김정은 국무위원장은 러시아의 날을 맞아 푸틴 대통령에게 축전을 보냈다.", "2023-06-12",
     [("PRK-RUS", "written", "2023-06-12", "occurred")]),
    ("김정은 국무위원장은 러시아 국경일을 맞아 푸틴 러시아 대통령에게 축전을 보냈다.", "2023-06-12",
     [("PRK-RUS", "written", "2023-06-12", "occurred")]),
    # -- more meetings, summits and what is no contact
    ("윤석열 대통령은 15일(현지시간) 페루 리마에서 시진핑 중국 국가주석과 정상회담을 했다. 두 정상의 회담은 "
     "2022년 11월 인도네시아 발리 G20 정상회의 이후 2년 만이다.", "2024-11-16",
     [("CHN-KOR", "in_person", "2022-11", "occurred"), ("CHN-KOR", "in_person", "2024-11-15", "occurred")]),
    ("트럼프 대통령과 김정은 국무위원장은 30일 판문점에서 회동했다.", "2019-06-30",
     [("PRK-USA", "in_person", "2019-06-30", "occurred")]),
    ("김정은 국무위원장은 13일 러시아 아무르주 보스토치니 우주기지에서 푸틴 대통령과 정상회담을 했다.",
     "2023-09-14", [("PRK-RUS", "in_person", "2023-09-13", "occurred")]),
    ("트럼프 대통령과 김 위원장은 12일 싱가포르 센토사섬 카펠라호텔에서 첫 북미 정상회담을 했다.",
     "2018-06-12", [("PRK-USA", "in_person", "2018-06-12", "occurred")]),
    ("한일 정상은 23일 도쿄에서 회담했다.", "2025-08-24",
     [("JPN-KOR", "in_person", "2025-08-23", "occurred")]),
    ("이 대통령과 시 주석의 한중 정상 통화는 약 30분간 진행됐다.", "2025-06-10",
     [("CHN-KOR", "phone", "2025-06-10", "occurred")]),
    ("이 대통령은 이날 G7 정상회의에 참석해 확대 세션에서 연설했다.", "2025-06-17", []),
    ("이 대통령은 기자회견에서 트럼프 대통령과의 회담 결과를 설명했다.", "2025-08-27", []),
    ("조현 외교부 장관은 베이징에서 왕이 중국 외교부장과 회담했다.", "2025-09-18", []),
    # honorifics: "께서는", and "님" after a title ("주석님과")
    ("대통령께서는 오늘 시진핑 주석님과 정상회담을 하셨습니다.", "2025-11-01",
     [("CHN-KOR", "in_person", "2025-11-01", "occurred")]),
    ("대통령님께서는 이날 트럼프 대통령님과 통화하셨습니다.", "2025-06-06",
     [("KOR-USA", "phone", "2025-06-06", "occurred")]),
    # -- hanja in headlines and leads: the text still splits "16일" into its day
    ("尹대통령은 16일 기시다 총리와 정상회담을 했다.", "2023-03-17",
     [("JPN-KOR", "in_person", "2023-03-16", "occurred")]),
    ("文대통령은 27일 김정은 위원장과 판문점에서 만났다.", "2018-04-28",
     [("KOR-PRK", "in_person", "2018-04-27", "occurred")]),
    ("李대통령, 트럼프와 첫 통화\n\n이재명 대통령은 6일 트럼프 대통령과 통화했다.", "2025-06-07",
     [("KOR-USA", "phone", "2025-06-06", "occurred")]),
    # the countries in Han before "정상" and a summit word ("韓美 정상", "韓日 정상"), as in Hangul
    ("韓美 정상은 25일 백악관에서 회담했다.", "2025-08-26",
     [("KOR-USA", "in_person", "2025-08-25", "occurred")]),
    ("韓日 정상은 16일 도쿄에서 회담했다.", "2023-03-17",
     [("JPN-KOR", "in_person", "2023-03-16", "occurred")]),
    ("이 대통령은 25일 백악관에서 韓美 정상회담을 했다.", "2025-08-26",
     [("KOR-USA", "in_person", "2025-08-25", "occurred")]),
    # a summit named by its countries alone, held ("열렸다", "개최됐다"); talk about one is none
    ("한미 정상회담이 25일 백악관에서 열렸다.", "2025-08-26",
     [("KOR-USA", "in_person", "2025-08-25", "occurred")]),
    ("북미 정상회담이 12일 싱가포르에서 열렸다.", "2018-06-12",
     [("PRK-USA", "in_person", "2018-06-12", "occurred")]),
    ("한일 정상회담은 30일 부산에서 개최됐다.", "2025-09-30",
     [("JPN-KOR", "in_person", "2025-09-30", "occurred")]),
    ("한미 정상회담 결과를 두고 여야가 공방을 벌였다.", "2025-08-27", []),
    ("정부는 한미 정상회담에서 합의한 내용을 이행하겠다고 밝혔다.", "2025-09-10", []),
    # -- not leaders
    ("조현 외교부 장관은 31일 워싱턴에서 마코 루비오 미국 국무장관과 회담했다.", "2025-08-01", []),
    ("대북 특사단 수석특사인 정의용 국가안보실장은 5일 평양에서 김정은 국무위원장을 만났다.", "2018-03-06",
     []),
    ("정의용 국가안보실장은 8일 백악관에서 트럼프 대통령을 만나 방북 결과를 설명했다.", "2018-03-09", []),
    ("김정은 국무위원장의 특사로 방남한 김여정 노동당 중앙위원회 제1부부장은 10일 청와대에서 문재인 대통령을 "
     "만났다.", "2018-02-10", []),
    # an envoy "of" a leader: the genitive glued to the title, the aide word spaced after it
    ("트럼프 대통령의 특사인 스티브 위트코프 중동 특사는 6일 모스크바에서 푸틴 대통령을 만났다.",
     "2025-08-07",
     []),
    ("푸틴 대통령은 6일 크렘린궁에서 트럼프 대통령의 특사인 스티브 위트코프를 접견했다.", "2025-08-07", []),
    ("이 대통령은 이날 시진핑 주석의 특사를 접견했다.", "2025-06-20", []),
    ("카멀라 해리스 미국 부통령은 29일 용산 대통령실에서 윤석열 대통령을 예방했다.", "2022-09-29", []),
    # -- statements, not contacts
    ("트럼프 대통령은 기자들에게 시진핑 주석은 훌륭한 지도자라고 말했다.", "2025-10-31", []),
    ("젤렌스키 대통령은 연설에서 푸틴 대통령이 평화를 원하지 않는다고 비판했다.", "2025-03-20", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_korean_press_forms(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                            expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, "ko") == expected
