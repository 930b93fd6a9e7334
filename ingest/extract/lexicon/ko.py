"""Korean (the style of Yonhap, KBS and the South Korean dailies).

Korean writes spaces between words, but glues particles to nouns ("대통령은", "주석과", "정상회담을",
"백악관에서"): the tokenizer gives every Hangul word a second key without its particle
(tokens._hangul_keys), so the titles, names and nouns here are written bare. Verbs inflect at their
end: a verb cue is a prefix ("통화*" covers 통화했다, 통화하고, 통화를; folding spells Hangul as its
letters (jamo), so "만나*" also covers 만났다 and 만난). The press puts the name first, then the
country and the title ("바이든 미국 대통령", "시진핑 중국 국가주석"), the partner before "과/와" and
the verb last ("…과 정상회담을 했다"); a bare "대통령" is South Korea's president ("윤 대통령",
"이 대통령": the surname and the title).
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names and capitals in Korean (ISO3; names; demonyms; capitals), as the press writes them. Korean
# puts the country's name before a title ("미국 대통령"), as Japanese does, so the names are no demonyms.
# Left out: 빈 (Vienna: also "empty"), the one-syllable short forms (미, 중, 일, 러: only before a title,
# in country_titles below) and 북 (North Korea, also "north").
_PLACES = place_table("""
KOR; 한국/대한민국/우리나라/한국 측; ; 서울
PRK; 북한/조선민주주의인민공화국/북한 측; ; 평양
USA; 미국/미합중국/미국 측; ; 워싱턴/워싱턴DC
CHN; 중국/중화인민공화국/중국 측; ; 베이징
JPN; 일본/일본 측; ; 도쿄
RUS; 러시아/러시아 측; ; 모스크바
FRA; 프랑스; ; 파리
GBR; 영국; ; 런던
DEU; 독일; ; 베를린
ITA; 이탈리아; ; 로마
ESP; 스페인; ; 마드리드
PRT; 포르투갈; ; 리스본
NLD; 네덜란드; ; 암스테르담/헤이그
BEL; 벨기에; ; 브뤼셀
CHE; 스위스; ; 베른
AUT; 오스트리아
POL; 폴란드; ; 바르샤바
CZE; 체코; ; 프라하
HUN; 헝가리; ; 부다페스트
ROU; 루마니아; ; 부쿠레슈티
SRB; 세르비아; ; 베오그라드
GRC; 그리스; ; 아테네
SWE; 스웨덴; ; 스톡홀름
NOR; 노르웨이; ; 오슬로
FIN; 핀란드; ; 헬싱키
DNK; 덴마크; ; 코펜하겐
IRL; 아일랜드; ; 더블린
EST; 에스토니아; ; 탈린
LVA; 라트비아
LTU; 리투아니아; ; 빌뉴스
UKR; 우크라이나; ; 키이우/키예프
BLR; 벨라루스; ; 민스크
GEO; 조지아; ; 트빌리시
ARM; 아르메니아; ; 예레반
AZE; 아제르바이잔; ; 바쿠
TUR; 튀르키예/터키; ; 앙카라
KAZ; 카자흐스탄; ; 아스타나
UZB; 우즈베키스탄; ; 타슈켄트
KGZ; 키르기스스탄; ; 비슈케크
TJK; 타지키스탄; ; 두샨베
TKM; 투르크메니스탄; ; 아시가바트
MNG; 몽골; ; 울란바토르
TWN; 대만/타이완; ; 타이베이
VNM; 베트남; ; 하노이
LAO; 라오스; ; 비엔티안
KHM; 캄보디아; ; 프놈펜
THA; 태국; ; 방콕
MMR; 미얀마; ; 네피도
MYS; 말레이시아; ; 쿠알라룸푸르
SGP; 싱가포르
IDN; 인도네시아; ; 자카르타
PHL; 필리핀; ; 마닐라
IND; 인도; ; 뉴델리
PAK; 파키스탄; ; 이슬라마바드
BGD; 방글라데시; ; 다카
LKA; 스리랑카
NPL; 네팔; ; 카트만두
AFG; 아프가니스탄; ; 카불
IRN; 이란; ; 테헤란
IRQ; 이라크; ; 바그다드
SYR; 시리아; ; 다마스쿠스
LBN; 레바논; ; 베이루트
JOR; 요르단; ; 암만
ISR; 이스라엘; ; 예루살렘
PSE; 팔레스타인
SAU; 사우디아라비아/사우디; ; 리야드
ARE; 아랍에미리트/UAE; ; 아부다비
QAT; 카타르; ; 도하
KWT; 쿠웨이트
OMN; 오만; ; 무스카트
BHR; 바레인; ; 마나마
EGY; 이집트; ; 카이로
LBY; 리비아; ; 트리폴리
TUN; 튀니지
DZA; 알제리
MAR; 모로코; ; 라바트
ZAF; 남아프리카공화국/남아공; ; 프리토리아
NGA; 나이지리아; ; 아부자
KEN; 케냐; ; 나이로비
ETH; 에티오피아; ; 아디스아바바
CAN; 캐나다; ; 오타와
MEX; 멕시코; ; 멕시코시티
BRA; 브라질; ; 브라질리아
ARG; 아르헨티나; ; 부에노스아이레스
CHL; 칠레; ; 산티아고
PER; 페루
COL; 콜롬비아; ; 보고타
VEN; 베네수엘라; ; 카라카스
CUB; 쿠바; ; 아바나
AUS; 호주/오스트레일리아; ; 캔버라
NZL; 뉴질랜드; ; 웰링턴
VAT; 바티칸/교황청
""")

# "1 월" is the tokens 1 and 월 ("1월": the tokenizer cuts the digits off the unit)
_DIGIT_MONTHS = {f"{n} 월": n for n in range(1, 13)}
_WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")

LEXICON = Lexicon(
    lang="ko",
    # a bare "대통령" in the South Korean press is South Korea's president
    home="KOR",
    verb_final=True,
    adverbials_first=True,
    subordinators_follow=True,
    visits_meet_host=True,
    speech_follows=True,
    titles={
        **mapping("president", "대통령|국가주석|총통|국가원수"),
        **mapping("crown_prince", "왕세자"),
        **mapping("monarch", "국왕|여왕|일왕|천황|에미르|술탄|대공"),
        **mapping("supreme_leader", "최고지도자|최고 지도자"),
        **mapping("pope", "교황"),
        **mapping("prime_minister", "총리|국무총리|행정원장"),
        **mapping(None, "정상|지도자|국가 정상|정부 수반"),
    },
    plural_titles={**mapping(None, "정상들|지도자들|각국 정상|세계 정상")},
    org_titles={**mapping("UN", "유엔 사무총장|유엔사무총장|국제연합 사무총장"),
                **mapping("EU", "유럽연합 집행위원장|EU 집행위원장|집행위원장|유럽연합 상임의장|"
                                "EU 상임의장|유럽이사회 상임의장|유럽이사회 의장")},
    country_titles={**mapping(("PRK", "head_of_state"), "국무위원장|북한 국무위원장|총비서|"
                                                        "노동당 총비서|김 위원장"),
                    # "주석" alone is China's ("시 주석": Xi by his one-syllable surname); Vietnam's is
                    # "베트남 국가주석", a title of its own
                    **mapping(("CHN", "head_of_state"), "주석"),
                    # the press's one-syllable country before a title ("바이든 미 대통령", "기시다 일 총리"):
                    # safe only there, since alone each is any word's syllable
                    **mapping(("USA", "head_of_state"), "미 대통령"),
                    **mapping(("RUS", "head_of_state"), "러 대통령"),
                    **mapping(("CHN", "head_of_state"), "중 국가주석"),
                    **mapping(("JPN", "head_of_government"), "일 총리"),
                    **mapping(("CHN", "head_of_government"), "중국 총리|중 총리")},
    ministers=words("장관|외교부 장관|외교장관|외무장관|국무장관|국방장관|재무장관|상무장관|외교부장|"
                    "특사|특사인|대통령 특사|특별대표|대변인|대통령실 대변인|대사|부통령|부총리|보좌관|"
                    "안보보좌관|국가안보보좌관|안보실장|국가안보실장|비서실장|실장|수석|차관|대표단|"
                    "의장|국회의장|지사|당대표|대표|원내대표|여사|영부인|왕자|공주|왕비|부인|"
                    "전 대통령|전 총리|전직 대통령|부위원장|위원|정치국원|외교부 대변인|백악관 대변인|"
                    "크렘린궁 대변인|총독"),
    elect=words("당선인|당선자|대통령 당선인|대통령 당선자|전 대통령|전 총리|전직 대통령|차기|고|전임"),
    pair_refs=words("양 정상|두 정상|양국 정상|양측|두 사람|두 지도자|양 지도자|양국 지도자"),
    counterparts=words("상대국 정상|상대 정상|카운터파트"),
    pronouns=words("그는|그녀는|그가|그녀가"),
    object_pronouns=words("그를|그에게|그와|그녀를|그녀에게|그녀와"),
    plural_pronouns=words("이들|그들|이들은|그들은"),
    feminine=words("그녀는|그녀가|그녀를|그녀에게|그녀와"),
    groups={"세 정상": 3, "3국 정상": 3, "삼국 정상": 3, "네 정상": 4, "4개국 정상": 4},
    quantifiers=words("여러|일부|각국"),
    # ("통화" is also money: "통화 정책", "통화 스와프" are not_cues)
    phone=words("전화*|통화*|전화통화*|전화 통화*|전화 회담*|전화회담*"),
    video=words("화상*|화상 회담*|화상 정상회담*|화상회담*|화상회의*|화상 통화*|영상 통화*|비대면*|"
                "온라인 회담*|화상으로"),
    written=words("친서*|서한*|서신*|편지*|축전*|조전*|답신*|축하 메시지*|위로 메시지*|메시지*"),
    greeting=words("축하*|조의*|애도*|위로했*|위로를 전*|위로 전문*"),
    joint_press=words("공동 기자회견*|공동기자회견*|공동 언론발표*|공동언론발표*|공동 회견*"),
    in_person=words(
        # round fifteen: a meal and a chat
        "식사를 함께*|담소*|"
        "회담*|정상회담*|만나*|만났*|회동*|접견*|면담*|양자 회담*|양자회담*|단독 회담*|"
                    "확대 회담*|소인수 회담*|만찬*|오찬*|조찬*|악수*|환영식*|영접*|국빈*|"
                    "방문*|방한*|방미*|방중*|방일*|방러*|대면*|산책*|"
                    # a summit of three is their meeting ("한미일 정상회의를 했다"); a summit alone is the
                    # setting of a side meeting (summit below)
                    "한미일 정상회의*|한일중 정상회의*|한중일 정상회의*|한미일정상회의*|한일중정상회의*|"
                    "3국 정상회의*|3국 정상회담*|한미일 정상회담*|3자 회담*|3자 정상회담*"),
    talk=words(
        # round fifteen: a friendly talk
        "환담*|"
        "논의*|협의*|의견을 교환*|의견 교환*|의견을 나눴*|의견을 나누*|대화*|합의*|협력 방안*|"
               "담판*|공감대*|뜻을 모*"),
    roundup=words("축전들|메시지들|정상들"),
    not_cues=words("통화 정책*|통화정책*|통화 스와프*|통화스와프*|통화 가치*|통화가치*|통화 긴축*|"
                   "기자회견*|전화번호*|화상 입*|대통령실|대통령궁|대통령선거*|대선*|총리실|총리관저|"
                   "방문객*|방문단*|회담장*|"
                   # what was said in a call or meeting told before ("통화 내용을 설명했다"): no new contact
                   "통화 내용*|회담 내용*|통화 결과*|회담 결과*|"
                   # a plan word in a comparison tells how the held meeting went ("예정보다 길어졌다")
                   "예정보다*|예상보다*"),
    receive_words=words("받았다|받고|받은|받아|받았*"),
    caller_words=words("전화를 걸*|전화를 걸어*|걸어왔*|걸어와*"),
    initiative=words("요청으로|요청에 따라|초청으로|초청에 따라|초청을 받아|제안으로"),
    # (not "예정*": "예정보다 길어졌다", longer than planned, tells a held meeting)
    planned=words("예정|예정이다|예정이며|예정인|예정이라고|예정이라며|예정으로|예정돼|예정된|"
                  "예정됐다|예정이었다|예정입니다|계획*|방침*|전망*|추진*|검토*|조율*|앞두고|"
                  "내주|다음 주|다음 달|내년|향후|"
                  "열릴|열린다|개최될|개최할|가질|가질 예정|할 것으로|"
                  "원한다|원하고|준비*|성사될|이뤄질|추진 중|예상된다|예상된다고|예상이다|"
                  # the sentence's plan phrases too: a longer phrase takes the span, and in a verb-final
                  # sentence it follows the cue, which planned_sentence (an opening) does not reach
                  "조율 중|조율하고 있다|추진하고 있다|검토하고 있다|"
                  # a wish ("만나고 싶다고 말했다", "회담을 희망한다"): a meeting not held
                  "싶다*|싶어*|싶은|희망*|"
                  # "오는 1일", "오는 10월": a day or month still ahead
                  "오는|"
                  # "-게 됐다" after the verb that holds a meeting ("정상회담을 갖게 됐다"): it has come to be
                  # arranged, an announcement (a verb that is a cue itself, "만나게", would lose its cue to a
                  # longer phrase: the phrase index keeps the longest match)
                  "갖게 됐다|갖게 되었다|갖게 됐다고|가지게 됐다|하게 됐다|하게 되었다|하게 됐다고|열게 됐다|"
                  "열리게 됐다|열리게 되었다"),
    planned_sentence=words("예정이다|예정이라고|예정인|예정이며|할 계획이다|계획이다|방침이다|전망이다|"
                           "조율 중|조율하고 있다|추진하고 있다|검토하고 있다"),
    # "-기로" ("만나기로 했다": agreed to meet) and "-겠-" ("만나겠다": will meet) inside a verb;
    # "-기로" after the verb stems that take it, not after any syllable ("계기로": on the occasion of)
    future_affixes=("하기로", "나기로", "갖기로", "열기로", "겠",
                    # the future adnominal and the non-past closing a verb ("회담할 것이라고", "만날 것",
                    # "통화할 계획", "회담한다": will meet); "-날" alone would be "전날", the day before
                    "-할", "-만날", "-가질", "-한다", "-만난다"),
    # and "-기로" marks a plan only on the cue itself ("만나기로 했다"), not on the thing agreed at a held
    # meeting ("협력을 제도화하기로 합의했다")
    infinitives=("하기로", "나기로", "갖기로", "열기로",
                 # the future adnominal and the non-past count on the cue itself only ("회담할 것으로"), not
                 # on another verb near it ("협력할 방안을 논의했다": ways to cooperate, discussed)
                 "할", "만날", "가질", "한다", "만난다"),
    # ("안 만났다": "안" before the verb; "만나지 않았다": "않" after it)
    negation=words("않*|못*|없다|없었다|없는|없고|없으며|없을|무산*|불발*|취소*|연기*|보류*|결렬*|거부*|거절*"),
    denial=words("부인했다|부인하며|부인한|부인하고|사실이 아니*|사실무근*|계획이 없*|예정이 없*|"
                 "계획은 없*|예정은 없*|논의된 바 없*"),
    exclusions=words("불가능*|있을 수 없*"),
    visit=words("방문*|국빈 방문*|공식 방문*|실무 방문*|국빈*|방한*|방미*|방중*|방일*|방러*|순방*|"
                "도착*|환영식*|영접*"),
    summit=words("정상회의*|G7|G20|APEC|아세안|ASEAN|나토 정상회의*|유엔총회*|유엔 총회*|계기*|참석*|"
                 "기간 중|기간에|브릭스|BRICS|다자*|아시아태평양경제협력체*|주요 7개국*|주요 20개국*|"
                 "주요7개국*|주요20개국*|부대행사*"),
    # "러시아의 푸틴 대통령": the country, "의" (kept on the token: its key without it is the country)
    fillers=words("공화국|왕국|연방"),
    reporting=words("밝혔다|말했다|전했다|강조했다|설명했다|발표했다|에 따르면|따르면|덧붙였다|언급했다|"
                    "보도했다|알렸다"),
    subordinators=words("후|이후|뒤|직후|앞서|동안|가운데|이어|하면서|이후에"),
    # a verb that ends in "-지만" or "-는데" (the tokenizer cuts the ending off: tokens._clause_parts) closes
    # its clause
    complementizers=words("지만|는데"),
    since=words("이후 처음|만에|이래"),
    firsts=words("처음|첫|첫번째|첫 번째"),
    trilateral=words("3국|삼국|한미일|한중일|한일중|3자|3각|삼자|한미일 정상회의*|한미일 정상회담*"),
    last_time=words("지난번|이전|마지막|직전"),
    then_words=words("당시|그 자리에서|이 자리에서|이 자리|그 자리"),
    additives=words("또|또한|아울러"),
    turns=words("한편"),
    iteratives=words("여러 차례|수차례|몇 차례|거듭|두 차례|세 차례"),
    joins=words("합류*|동석*|배석*"),
    joint_acts=words("공동성명*|공동 성명*|서명*|함께 참석*|함께 둘러*|함께 시찰*"),
    units_ago={**mapping(7, "주 전|주일 전"), **mapping(30, "달 전|개월 전"), **mapping(365, "년 전|해 전")},
    months=_DIGIT_MONTHS,
    # ("지난주 화요일" is the Tuesday of last week: a weekday of another week is weekday + 7 x weeks)
    weekdays={f"{w}{d}".strip(): i + 7 * weeks for w, weeks in (("", 0), ("이번 주 ", 0), ("지난주 ", -1))
              for i, d in enumerate(_WEEKDAYS)},
    relative_days={"오늘": 0, "어제": -1, "그제": -2, "그저께": -2, "내일": 1, "모레": 2, "어젯밤": -1,
                   "이틀 전": -2, "사흘 전": -3, "나흘 전": -4, "닷새 전": -5,
                   "간밤": -1},
    anchored_days={"같은 날": 0, "당일": 0, "다음 날": 1, "다음날": 1, "이튿날": 1, "전날": -1},
    lead_days={"이날": 0},
    # a moment on Seoul's clock stated beside the local one ("13일(한국시간 14일)"): it dates nothing
    other_zones=words("한국시간|한국 시간"),
    relative_years={"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "재작년": -2, "내년": 1},
    relative_months={"이달": 0, "이번 달": 0, "지난달": -1, "다음 달": 1},
    relative_weeks={"지난주": -1, "이번 주": 0, "다음 주": 1, "내주": 1},
    numbers={"1": 1, "2": 2, "3": 3, "한": 1, "두": 2, "세": 3},
    day_units={"일 후": 1, "일 뒤": 1, "일 만에": 1, "일 전": -1},
    day_units_ago=words("일 전"),
    year_tails=words("년"),
    month_leads=words("올해|지난해|작년"),
    stopwords=words("및|등|또|또한|이|그|이번|지난|당시|이날|한편"),
    read_also=words("관련 기사|함께 보면 좋은 기사"),
    captions=words("사진|자료사진"),
    # a contact verb in the past, closing its clause or joined to the next by "-며"/"-고"
    # ("회담했으며 ... 다시 만날 예정이다"): held, whatever plan the next clause holds
    preterites=words("회담했으며|회담했고|회담했다|만났으며|만났고|만났다|통화했으며|통화했고|통화했다|"
                     "면담했으며|면담했고|면담했다|접견했으며|접견했고|접견했다"),
    topics={
        "bilateral_relations": words("양국 관계*|한미 관계*|한중 관계*|한일 관계*|관계|협력*|동맹*|우호*|"
                                     "파트너십*|전략적 동반자*|한미동맹*|연대*"
                                     "|우의*|동반자*|수교*|대사관*|비자*|무비자*|관계 개선*|"
                                     "관계 발전*|관계 강화*|우방*|파트너*"),
        "trade_economy": words("경제*|무역*|관세*|통상|통상장관*|통상협상*|통상교섭*|"
                               "통상마찰*|통상정책*|통상협정*|통상분쟁*|"
                               "시장|수출*|수입*|금융*|공급망*|"
                               "자유무역*|"
                               "경제안보*|물가*"
                               "|교역*|기업*|FTA|자유무역협정*|무역협정*|환율*|외환*|국제통화기금*|IMF|"
                               "통화스와프*|통화 스와프*"
                               "|경협*|산업*|수출입*|무역수지*|핵심광물*|핵심 광물*|희토류*"),
        "investment": words("투자*"
                            "|합작*"
                            "|대미투자*|해외투자*|직접투자*|펀드*|자본*"),
        "energy": words("에너지*|석유*|천연가스*|LNG|원유*|전력*|원전*|원자력*|재생에너지*"
                        "|가스*|수소*|태양광*|풍력*|석탄*|연료*|송유관*|가스관*"
                        "|발전소*|정유*|셰일*"),
        "security_defense": words("안보*|한미동맹*|동맹국*|국방*|군사*|미사일*|북대서양조약기구*|나토*|"
                                  "NATO|억지*|방위*|"
                                  "무기*|확장억제*|핵우산*|주한미군*|방위비*|연합훈련*|방산*|방위산업*|도발*|"
                                  "군사 협력*|군사협력*"
                                  "|전투기*|잠수함*|해군*|병력*|파병*|탄약*|포탄*|드론*|무인기*|"
                                  "군사훈련*|합동훈련*|마약*|조직범죄*|방산 협력*|국방 협력*"
                                  "|군대*|군사력*|안보협력*|안보 협력*|군함*|구축함*|항공모함*|장병*|국군*"
                                  "|미군*|방어*|방공*|요격*|사드*|주둔*"),
        "counterterrorism": words("테러*|대테러*"
                                  "|극단주의*|이슬람국가*"),
        "conflict_ceasefire": words("휴전*|분쟁*|전쟁*|중재*|우크라이나 사태*|침공*|평화 협상*|종전*|교전*|"
                                    "인질*|평화*"
                                    "|공격*|공습*|포격*|폭격*|침략*|정전협정*|포로*|무력충돌*|무력 충돌*|"
                                    "긴장 완화*"
                                    "|평화협정*|평화 협정*|종전 선언*|종전선언*|평화안*|평화 계획*"
                                    "|평화계획*|적대 행위*|공세*|반격*|미사일 공격*|드론 공격*"),
        "humanitarian": words("인도적*|인도주의*|원조*|구호*|인도 지원*|재난*|지진*|피해*"
                              "|민간인*|홍수*|기근*|적십자*|이재민*|대피*|긴급 구호*|인도적 지원*"
                              "|식량 지원*|긴급 지원*|의료 지원*|태풍*|산불*|가뭄*|재해*|참사*"),
        "reconstruction": words("재건*|복구*"),
        "migration_refugees": words("난민*|이민*|이주*"
                                    "|망명*|불법체류*|밀입국*|불법 이민*|불법이민*"
                                    "|탈북민*|탈북자*|강제송환*|강제 송환*"),
        "nuclear_nonproliferation": words("핵|북핵*|비핵화*|핵무기*|핵 문제*|핵개발*|핵 개발*|핵실험*|"
                                          "핵잠수함*|핵추진*|"
                                          "핵무장*|핵위협*|핵 위협*|핵협상*|핵 협상*|우라늄*|"
                                          "국제원자력기구*|IAEA|"
                                          "비확산*"
                                          "|핵무력*|핵보유*|핵물질*|핵시설*|핵확산*|핵 확산*|핵미사일*"
                                          "|핵탄두*|핵능력*|핵 능력*|핵 프로그램*|핵프로그램*|핵위기*"
                                          "|핵 위기*|재처리*|핵연료*|핵군축*|군축*"),
        "climate_environment": words("기후변화*|기후 변화*|탄소중립*|환경*|온난화*"
                                     "|기후*|탄소*|온실가스*|녹색*|생물다양성*|오염수*|넷제로*"),
        "health": words("보건*|감염병*|백신*|코로나*|의료*"
                        "|의약품*|팬데믹*|전염병*|방역*|병원*|제약*"),
        "regional_situation": words("지역 정세*|남중국해*|동중국해*|정세*|중동*|인도태평양*|인도·태평양*|"
                                    "가자지구*|"
                                    "동북아*"
                                    "|홍해*|예멘*|리비아*|아이티*|탈레반*|발칸*|사헬*|코카서스*|"
                                    "팔레스타인 문제*|중동 정세*"
                                    "|역내*|지역 안정*|지역 평화*|동아시아*"),
        "sovereignty_territorial_integrity": words("주권*|영토*|영토 보전*|대만해협*|하나의 중국*|독도*|"
                                                   "국경*|영유권*|영해*|"
                                                   "현상 변경*"
                                                   "|분리주의*|점령*|배타적경제수역*|EEZ|대만*|"
                                                   "영토 분쟁*|영유권 분쟁*"),
        "domestic_politics_elections": words("선거*|대선*|당선*|재선*|총선*|의회*"
                                             "|개헌*|헌법*|탄핵*|계엄*|정권 교체*|국민투표*|쿠데타*|내각*"),
        "ceremonial": words("축하*|축전*|조전*|조의*|애도*|위로*|취임 축하*|생일*|새해*|신년*"
                            "|조문*|추모*|서거*|별세*|훈장*|명절*|설날*|추석*|성탄*"),
        "sanctions": words("제재*|금수*|수출통제*|수출 통제*"
                           "|대북제재*|대북 제재*|자산 동결*|봉쇄*|수출규제*|수출 규제*"),
        "human_rights_minorities": words("인권*|민주주의*|소수민족*"
                                         "|납치*|납북자*|억류자*|종교의 자유*|언론 자유*|언론의 자유*"
                                         "|표현의 자유*|강제노동*|강제 노동*|소수자*|법치*"),
        "multilateral_diplomacy": words("유엔*|국제연합*|안보리*|아세안*|ASEAN|EU|유럽연합*|"
                                        "다자*|국제사회*|브릭스*|BRICS|쿼드*"
                                        "|한중일*|한일중*|한미일*|중일한*|세계무역기구*|WTO|국제기구*"
                                        "|상하이협력기구*|OECD"),
        "infrastructure_transport": words("인프라*|철도*|항만*|교통*|물류*|조선업*|조선소*|조선 협력*"
                                          "|항구*|도로*|고속철*|해운*|운송*|회랑*|교량*|연결성*|"
                                          "해상운송*"
                                          "|선박*"),
        "food_agriculture": words("농업*|식량*|식량안보*|농산물*|곡물*"
                                  "|쌀*|비료*|어업*|수산*|축산*|쇠고기*|소고기*|식품*"),
        "technology": words("기술*|인공지능*|AI|반도체*|디지털*|우주*|양자컴퓨터*|양자 기술*|첨단*|"
                            "과학기술*|사이버*|바이오*|배터리*|이차전지*"
                            "|5G|6G|위성*|로봇*"
                            "|과학*|연구개발*|정보통신*|인공 지능*|클라우드*|소프트웨어*|전기차*"
                            "|이차 전지*"),
        "culture_education_tourism": words("문화*|교육*|관광*|유학*|인적 교류*|스포츠*|엑스포*|한류*"
                                           "|인문 교류*|청년 교류*|학생*|대학*|유학생*|한국어*|케이팝*|"
                                           "K팝*|콘텐츠*|영화*|예술*|문화유산*|체육*"),
    },
    places={"가자지구": "Gaza", "가자 지구": "Gaza", "중동": "Middle East", "대만해협": "Taiwan Strait",
            "한반도": "Korean Peninsula", "남중국해": "South China Sea", "동중국해": "East China Sea",
            "크림반도": "Crimea", "인도태평양": "Indo-Pacific", "요르단강 서안": "West Bank"},
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
)
