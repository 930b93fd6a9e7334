"""Japanese (the style of NHK, Kyodo, Nikkei and Yomiuri).

Japanese writes no spaces and mixes scripts: the tokenizer makes each Han character a token and each run of
hiragana (particles, endings: "は", "と", "した") or katakana (foreign names: "マクロン") another, so a phrase
here is a sequence of such tokens ("会談した" is 会 談 した). The press puts the name before the title
("バイデン大統領", "岸田首相"), the partner before "と" and the verb last ("…はバイデン大統領と会談した"); a
bare "首相" is Japan's prime minister.
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names and capitals in Japanese (ISO3; names; demonyms; capitals), until the gazetteer carries
# them; the gazetteer's forms are read beside these. The press's one-character short forms ("米", "露",
# "仏") are only read before a title (country_titles below): alone each is a common word's character.
_PLACES = place_table("""
JPN; 日本/日本国; ; 東京
USA; 米国/アメリカ/アメリカ合衆国/米側; ; ワシントン
CHN; 中国/中華人民共和国/中国側; ; 北京
RUS; ロシア/ロシア連邦/露側; ; モスクワ
FRA; フランス; ; パリ
GBR; 英国/イギリス; ; ロンドン
DEU; ドイツ; ; ベルリン
ITA; イタリア; ; ローマ
ESP; スペイン; ; マドリード
PRT; ポルトガル; ; リスボン
NLD; オランダ; ; アムステルダム/ハーグ
BEL; ベルギー; ; ブリュッセル
CHE; スイス; ; ベルン
AUT; オーストリア; ; ウィーン
POL; ポーランド; ; ワルシャワ
CZE; チェコ; ; プラハ
HUN; ハンガリー; ; ブダペスト
ROU; ルーマニア; ; ブカレスト
SRB; セルビア; ; ベオグラード
GRC; ギリシャ; ; アテネ
SWE; スウェーデン; ; ストックホルム
NOR; ノルウェー; ; オスロ
FIN; フィンランド; ; ヘルシンキ
DNK; デンマーク; ; コペンハーゲン
IRL; アイルランド; ; ダブリン
EST; エストニア
LVA; ラトビア
LTU; リトアニア
UKR; ウクライナ; ; キーウ/キエフ
BLR; ベラルーシ; ; ミンスク
GEO; ジョージア
ARM; アルメニア
AZE; アゼルバイジャン; ; バクー
TUR; トルコ; ; アンカラ
KAZ; カザフスタン; ; アスタナ
UZB; ウズベキスタン; ; タシケント
MNG; モンゴル; ; ウランバートル
KOR; 韓国/大韓民国/韓国側; ; ソウル
PRK; 北朝鮮/朝鮮民主主義人民共和国; ; 平壌
TWN; 台湾
VNM; ベトナム; ; ハノイ
LAO; ラオス
KHM; カンボジア; ; プノンペン
THA; タイ; ; バンコク
MMR; ミャンマー
MYS; マレーシア; ; クアラルンプール
SGP; シンガポール
IDN; インドネシア; ; ジャカルタ
PHL; フィリピン; ; マニラ
IND; インド; ; ニューデリー
PAK; パキスタン; ; イスラマバード
BGD; バングラデシュ; ; ダッカ
LKA; スリランカ
AFG; アフガニスタン
IRN; イラン; ; テヘラン
IRQ; イラク; ; バグダッド
SYR; シリア; ; ダマスカス
LBN; レバノン; ; ベイルート
JOR; ヨルダン; ; アンマン
ISR; イスラエル; ; エルサレム
PSE; パレスチナ
SAU; サウジアラビア/サウジ; ; リヤド
ARE; アラブ首長国連邦/UAE; ; アブダビ
QAT; カタール; ; ドーハ
KWT; クウェート
OMN; オマーン
EGY; エジプト; ; カイロ
ZAF; 南アフリカ
NGA; ナイジェリア
KEN; ケニア
ETH; エチオピア
CAN; カナダ; ; オタワ
MEX; メキシコ
BRA; ブラジル; ; ブラジリア
ARG; アルゼンチン; ; ブエノスアイレス
CHL; チリ
PER; ペルー; ; リマ
AUS; オーストラリア/豪州; ; キャンベラ
NZL; ニュージーランド
VAT; バチカン
""")

_DIGIT_MONTHS = {f"{n}月": n for n in range(1, 13)}
_WEEKDAYS = "月火水木金土日"

LEXICON = Lexicon(
    lang="ja",
    time_comma=True,
    # a bare "首相" in the Japanese press is Japan's prime minister
    home="JPN",
    verb_final=True,
    titles={
        **mapping("president", "大統領|元首"),
        **mapping("crown_prince", "皇太子"),
        **mapping("monarch", "国王|女王|首長|天皇|天皇陛下|国王陛下|大公"),
        **mapping("supreme_leader", "最高指導者"),
        **mapping("pope", "教皇|ローマ教皇|法王|ローマ法王"),
        **mapping("prime_minister", "首相|総理|総理大臣|内閣総理大臣|首席大臣"),
        **mapping(None, "首脳|指導者|最高指導者"),
        # the honorific after a surname ("トランプ氏"): a person, whose name says who (no office of its own)
        **mapping(None, "氏"),
    },
    plural_titles={**mapping(None, "両首脳|各国首脳|首脳ら")},
    org_titles={**mapping("UN", "国連事務総長|事務総長"),
                **mapping("EU", "欧州委員長|欧州委員会委員長|欧州理事会議長|EU大統領")},
    country_titles={**mapping(("CHN", "head_of_state"), "国家主席|習主席"),
                    **mapping(("PRK", "head_of_state"), "朝鮮労働党総書記|国務委員長"),
                    # the press's one-character country before a title ("米大統領", "露大統領"): safe only
                    # there, since alone each is any word's character ("米" is rice)
                    **mapping(("USA", "head_of_state"), "米大統領"),
                    **mapping(("RUS", "head_of_state"), "露大統領|ロ大統領"),
                    **mapping(("FRA", "head_of_state"), "仏大統領"),
                    **mapping(("KOR", "head_of_state"), "韓大統領"),
                    **mapping(("UKR", "head_of_state"), "ウ大統領"),
                    **mapping(("GBR", "head_of_government"), "英首相"),
                    **mapping(("DEU", "head_of_government"), "独首相"),
                    **mapping(("IND", "head_of_government"), "印首相"),
                    **mapping(("AUS", "head_of_government"), "豪首相"),
                    **mapping(("ITA", "head_of_government"), "伊首相"),
                    **mapping(("CAN", "head_of_government"), "加首相"),
                    **mapping(("CHN", "head_of_government"), "中国首相")},
    ministers=words("外相|外務大臣|大臣|官房長官|報道官|特使|大使|副大統領|副首相|副総理|国務長官|長官|"
                    "補佐官|次官|外務次官|外務省|防衛相|財務相|経済産業相|経産相|農相|国防相|国防長官|財務長官|"
                    "商務長官|通商代表|議長|知事|市長|代表団|閣僚|副主席|首席補佐官|大統領補佐官|秘書官|"
                    "外交部長|王子|王女|王妃|夫人|皇后|党首|代表|幹事長|前首相|元首相|議員|特別代表|"
                    "報道担当|官房副長官|首相補佐官|総督|事務局長"),
    elect=words("前大統領|元大統領|前首相|元首相|次期大統領|次期首相|故"),
    pair_refs=words("両首脳|両氏|両者|双方|両国首脳|2人|二人|両大統領|両首相"),
    counterparts=words("相手"),
    pronouns=words("同氏|彼|彼女|同首相|同大統領"),
    plural_pronouns=words("彼ら"),
    feminine=words("彼女"),
    masculine=words("彼"),
    indefinites=words("ある"),
    phone=words("電話会談|電話で会談|電話で協議|電話協議|電話で話|電話|電話した|電話をかけ|電話会議"),
    video=words("オンライン会談|オンライン形式|オンラインで会談|オンライン|テレビ会議|ビデオ会議|テレビ電話|"
                "ビデオ通話|オンライン会議"),
    written=words("書簡|親書|あいさつを送|挨拶を送|祝電|弔電|電文|見舞いの電文|メッセージ|書簡を送|親書を送|祝意を伝え|祝辞|手紙"),
    greeting=words("祝意|弔意|哀悼|お祝い|祝福|お見舞い"),
    joint_press=words("共同記者会見|共同会見|共同声明を発表"),
    # ("両首脳はそろって…視察した": the two together, in one place)
    in_person=words(
        # round fifteen: a friendly talk, words exchanged (in person)
        "歓談|言葉を交わ*|"
        # round fifteen: a meal shared
        "夕食を共に|昼食を共に|食事を共に|朝食を共に|"
        "会談|会見|歴訪|そろって|会談した|会談し|会った|会い|会う|面会|会食|夕食会|昼食会|晩さん会|"
                    "晩餐会|宮中晩さん会|握手|対面|出迎え|歓迎式典|立ち話|懇談|接見|表敬|"
                    "訪問|来日|訪日|訪米|訪中|訪韓|訪露|公式訪問|国賓"),
    talk=words("協議|意見交換|意見を交わ*|話し合|議論|確認した|一致した|口論"),
    spoke=words("会話"),
    not_cues=words("記者会見|電話会議システム|会議|大統領選|大統領選挙|首相官邸|大統領府|官邸|"
                   "首相動静|訪問先|訪問者"),
    receive_words=words("受け|受けた|電話を受け"),
    from_words=words("から"),
    caller_words=words("電話をかけ"),
    initiative=words("要請を受け|要請で|招待で|招きで|招待を受け"),
    with_words=words("と|との"),
    planned=words("予定|調整|行う|を行う|向けた|に向け*|準備|方向で調整|調整している|調整中|見通し*|へ|計画|意向|目指す|目指し|検討|方針|見込み|"
                  "来週|来月|来年|あす|明日|今後|する|します|したい|したいと|期待|考え*|臨む"),
    # ("歓迎する晩さん会": the plain non-past before a noun describes it)
    attributive=words("する"),
    planned_sentence=words("予定|方向で調整|見通し*|調整している|調整中|意向|方針|見込み|計画|検討"),
    # (a hiragana run is one token, whatever particles follow the ending: "しなかったが", "はないと"; the
    # endings are prefixes)
    negation=words("未定|しなかった*|なかった*|せず*|ず|見送|見合わせ|中止|延期|取りやめ|実現しなかった*|ない*|"
                   "しない*|行われなかった*|応じなかった*|拒否"),
    denial=words("否定|事実ではな*|事実無根|予定はな*|計画はな*"),
    exclusions=words("あり得ない"),
    visit=words("訪問|歴訪|来日|訪日|訪米|訪中|訪韓|訪露|国賓|国賓として|公式訪問|実務訪問|公式実務訪問|訪れ|"
                "到着|歓迎式典|宮中晩さん会|晩さん会|出迎え"),
    # "来日", "訪米": a visit to Japan, to the United States (the host is that country's)
    visit_destinations={"来日": "JPN", "訪日": "JPN", "訪米": "USA", "訪中": "CHN", "訪韓": "KOR",
                        "訪露": "RUS", "訪朝": "PRK"},
    summit=words("首脳会議|サミット|G7|G20|APEC|際に|合わせて|に合わせ|出席|国連総会|ASEAN|東アジア|"
                 "BRICS|期間中|会議の合間|合間|アジア太平洋経済協力会議|主要7カ国|主要20カ国"),
    # "米国のバイデン大統領": the country, "の", the name and its title
    fillers=words("の|共和国|王国|連邦|さん|陛下|殿下"),
    reporting=words("述べた|語った|明らかにした|発表した|表明した|強調した|伝えた|によると|によれば|"
                    "記者団に|説明した|指摘した"),
    subordinators_follow=True,
    early_negation=False,
    noun_markers=words("の"),
    speech_follows=True,
    visits_meet_host=True,
    adverbials_first=True,
    since=words("以来|ぶり"),
    firsts=words("初めて|初|初の"),
    trilateral=words("3カ国|三カ国|3者|日米韓|日米豪|日米比|日米印|日中韓"),
    last_time=words("前回|先の|以前|これまで"),
    then_words=words("当時|その際|この際"),
    additives=words("も|また|さらに"),
    turns=words("一方|その一方で|これとは別に"),
    iteratives=words("何度も|複数回|たびたび|2度|3度"),
    # "フィリピンのマルコス大統領を交えた日米比首脳会談": Marcos joined the talks
    joins=words("加わ*|参加|同席|陪席|交え*|を交え*"),
    groups={"3首脳": 3, "三首脳": 3, "3カ国首脳": 3, "4首脳": 4},
    joint_acts=words("共同声明|署名|共同で|視察した|視察し"),
    units_ago={**mapping(7, "週間前"), **mapping(30, "カ月前|か月前|ヶ月前|ヵ月前|ケ月前"),
               **mapping(365, "年前")},
    months=_DIGIT_MONTHS,
    # ("先週火曜日" is the Tuesday of last week: a weekday of another week is weekday + 7 x weeks)
    weekdays={**{f"{w}{d}曜{e}": i + 7 * weeks for w, weeks in (("", 0), ("今週", 0), ("先週", -1))
                 for i, d in enumerate(_WEEKDAYS) for e in ("日", "")}},
    relative_days={"きょう": 0, "今日": 0, "本日": 0, "今朝": 0, "今夜": 0, "昨日": -1, "きのう": -1,
                   "昨夜": -1, "昨晩": -1, "おととい": -2, "一昨日": -2, "あす": 1, "明日": 1},
    anchored_days={"同日": 0, "当日": 0, "同夜": 0, "翌日": 1, "前日": -1},
    # "首相はこの日、…": the day of the news, as Korean "이날" (see Lexicon.lead_days)
    lead_days={"この日": 0},
    # ("午前" and "午後" are no "前日", the day before: "7日午前（日本時間8日未明）", "8日午前日本を発ち")
    not_dates=words("同日本|翌日本|前日本|当日本|この日本|午前|午後"),
    other_zones=words("日本時間"),
    relative_years={"今年": 0, "本年": 0, "昨年": -1, "去年": -1, "一昨年": -2, "来年": 1},
    relative_months={"今月": 0, "本月": 0, "先月": -1, "前月": -1, "来月": 1},
    relative_weeks={"来週": 1, "先週": -1, "今週": 0},
    numbers={"1": 1, "2": 2, "3": 3, "一": 1, "二": 2, "三": 3},
    day_units={"日後": 1, "日前": -1},
    day_units_ago=words("日前"),
    # "選挙の2週間前": two weeks before the election, not before the report
    counts_from_before=words("の"),
    year_tails=words("年"),
    month_leads=words("今年|昨年|去年"),
    stopwords=words("は|が|を|に|と|の|で|も|へ|や|から|まで|より|など|氏|さん|ら"),
    read_also=words("関連記事|あわせて読みたい"),
    captions=words("写真|撮影"),
    topics={
        "bilateral_relations": words("二国間関係|両国関係|日米関係|日中関係|日韓関係|協力|同盟|友好|"
                                     "連携|パートナーシップ|関係強化|関係改善|関係の強化|関係を強化|"
                                     "関係の発展|関係を発展|戦略的互恵|信頼関係|日米同盟"
                                     "|二国間|協力関係|友好関係|互恵|大使館|査証|ビザ|パートナー|"
                                     "友好国"
                                     "|絆|関係を深|関係深化|関係の深化|関係の一層|戦略的パートナーシップ"
                                     "|緊密に連携|緊密な連携|友好協力"),
        "trade_economy": words("経済|貿易|関税|通商|市場|輸出|輸入|金融|サプライチェーン|レアアース|"
                               "経済安全保障|自由貿易|物価"
                               "|経済関係|経済連携|貿易摩擦|ビジネス|企業|産業|為替|円安|通貨|商業|EPA|FTA"
                               "|TPP|CPTPP|関税措置|重要鉱物|経済成長"),
        "investment": words("投資|出資"
                            "|融資|投融資"),
        "energy": words("エネルギー|石油|天然ガス|LNG|原油|電力|原発|原子力発電|再生可能エネルギー"
                        "|ガス|発電|水素|アンモニア|石炭|燃料|電気|再エネ|エネルギー安全保障|液化天然ガス"),
        "security_defense": words("安全保障|日米同盟|同盟国|抑止力|対処力|安全の保証|防衛|軍事|ミサイル|"
                                  "北大西洋条約機構|NATO|抑止|防衛力|軍|"
                                  "自衛隊|武器|兵器|防衛費|安保|日米安保|防衛協力|防衛装備|共同訓練|軍事演習|"
                                  "拡大抑止|核の傘|国防"
                                  "|安全保障協力|防衛装備品|潜水艦|護衛艦|戦闘機|弾薬|ドローン|無人機|部隊"
                                  "|兵士|兵力|海上保安|麻薬|フェンタニル|艦船|駐留|防空"),
        "counterterrorism": words("テロ|テロ対策"
                                  "|テロリスト|過激派|過激主義|イスラム国"),
        "conflict_ceasefire": words("停戦|紛争|戦争|侵攻|和平|和平交渉|戦闘|人質|仲介|ウクライナ情勢|"
                                    "ロシアによるウクライナ"
                                    "|攻撃|空爆|爆撃|侵略|停戦合意|休戦|和平合意|和平案|和平計画|終戦|衝突"
                                    "|捕虜|緊張緩和|戦火|軍事侵攻"),
        "humanitarian": words("人道|人道支援|援助|被災|地震|災害"
                              "|緊急援助|救援|被災地|民間人|飢餓|洪水|台風|救助|人道状況|人道危機"),
        "reconstruction": words("復興"
                                "|再建|復旧"),
        "migration_refugees": words("難民|移民"
                                    "|不法移民|外国人労働者|避難民"),
        # (not "核" alone: it begins "核心" and closes "中核", the core of anything)
        "nuclear_nonproliferation": words("核開発|核問題|核兵器|非核化|核不拡散|核ミサイル|核実験|核戦力|"
                                          "核軍縮|核保有|核武装|核合意|核計画|核施設|核物質|核協議|核能力|"
                                          "核の脅威|核拡散|核放棄|核廃絶|核攻撃|核弾頭|核使用|核の使用"
                                          "|ウラン|IAEA|国際原子力機関|軍縮|化学兵器|大量破壊兵器"),
        "climate_environment": words("気候変動|脱炭素|環境|温暖化"
                                     "|気候|排出|カーボンニュートラル|生物多様性|汚染|処理水|グリーン"
                                     "|温室効果ガス"),
        "health": words("保健|感染症|ワクチン|新型コロナ|医療"
                        "|医薬品|病院|パンデミック|公衆衛生|健康|感染|コロナ"),
        "regional_situation": words("地域情勢|南シナ海|東シナ海|情勢|中東|北朝鮮|インド太平洋|東アジア|"
                                    "朝鮮半島|ガザ"
                                    "|北東アジア|紅海|東南アジア情勢|アジア情勢"),
        "sovereignty_territorial_integrity": words("主権|領土|領土保全|台湾海峡|尖閣|一つの中国|北方領土|"
                                                   "竹島|領有権|国境|領海|"
                                                   "現状変更|現状を変え|威圧|台湾|平和条約"),
        "domestic_politics_elections": words("選挙|大統領選|当選|再選|総選挙|議会"
                                             "|憲法|連立|政権交代|国民投票|クーデター"),
        "ceremonial": words("祝意|祝電|弔電|弔意|哀悼|お祝い|祝福|お見舞い|就任を祝|誕生日|新年"
                            "|お悔やみ|弔問|祝賀|祝辞|勲章|国葬|追悼|慶祝"),
        "sanctions": words("制裁|禁輸|輸出規制|資産凍結"
                           "|経済制裁|輸出管理|制裁措置"),
        "human_rights_minorities": words("人権|民主主義|少数民族|拉致|拉致問題"
                                         "|報道の自由|表現の自由|信教の自由|ウイグル|強制労働"),
        "multilateral_diplomacy": words("国連|安全保障理事会|安保理|ASEAN|EU|欧州連合|"
                                        "多国間|国際社会|BRICS|クアッド"
                                        "|国際連合|WTO|世界貿易機関|国際機関|日米韓|日米比|日米豪印"
                                        "|多国間主義|日中韓"),
        "infrastructure_transport": words("インフラ|鉄道|港湾|交通|物流|造船"
                                          "|空港整備|道路|高速鉄道|海運|輸送|運輸|船舶"),
        "food_agriculture": words("農業|食料|食料安全保障|コメ|農産物|穀物|農林水産|水産物|食品"
                                  "|農林水産物|牛肉|水産|漁業|農家|コメ輸入"),
        "technology": words("技術|人工知能|AI|半導体|デジタル|宇宙|量子|先端技術"
                            "|科学|研究開発|情報通信|サイバー|電気自動車|蓄電池|バイオ|先端|重要技術"),
        "culture_education_tourism": words("文化|教育|観光|留学|人的交流|スポーツ|万博|大阪・関西万博"
                                           "|芸術|映画|大学|学生|青少年|交流事業|旅行|観光客|文化交流"
                                           "|日本語"),
    },
    places={"ガザ": "Gaza", "中東": "Middle East", "台湾海峡": "Taiwan Strait",
            "朝鮮半島": "Korean Peninsula",
            "南シナ海": "South China Sea", "東シナ海": "East China Sea", "クリミア": "Crimea",
            "尖閣諸島": "Senkaku Islands", "インド太平洋": "Indo-Pacific", "ヨルダン川西岸": "West Bank"},
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
)
