"""Chinese (simplified, with the traditional forms of the commonest words).

Han text has no spaces: the tokenizer makes each character a token, so every phrase here is a sequence of
characters matched like a phrase of words ("通电话" is 通 电 话). No word inflects, so no entry is a prefix.
Chinese writes the country right before the title with no demonym ("法国总统马克龙"), and the partner of a
contact between "同/与" and the verb ("习近平同马克龙通电话").
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names and capitals in Chinese (ISO3; names; demonyms; capitals), until the gazetteer carries
# them; the gazetteer's forms are read beside these. Chinese has no demonyms: "法国总统" is "France
# president". The short "X方" ("法方", the French side) names the country's party to a contact (not
# "西方", the West, nor the "巴方" or "澳方" several countries share); no bare "蒙古" (it ends "内蒙古"), no
# "中非" (China-Africa as often as the Central African Republic); no capital that two common words spell
# across their junction (Riga's 里加 in "这里加强", Dhaka's 达卡 in "抵达卡塔尔"; 万象 is "all things").
_PLACES = place_table("""
CHN; 中国/中华人民共和国/中方/中國; ; 北京
USA; 美国/美利坚合众国/美方/美國/美利堅合眾國; ; 华盛顿/華盛頓
RUS; 俄罗斯/俄罗斯联邦/俄方/俄羅斯/俄國; ; 莫斯科
FRA; 法国/法兰西共和国/法方/法國; ; 巴黎
GBR; 英国/大不列颠及北爱尔兰联合王国/英方/英國; ; 伦敦/倫敦
DEU; 德国/德意志联邦共和国/德方/德國; ; 柏林
ITA; 意大利/意方/義大利; ; 罗马
ESP; 西班牙; ; 马德里
PRT; 葡萄牙; ; 里斯本
NLD; 荷兰/荷蘭; ; 阿姆斯特丹/海牙
BEL; 比利时/比利時; ; 布鲁塞尔
LUX; 卢森堡/盧森堡
CHE; 瑞士; ; 伯尔尼
AUT; 奥地利/奧地利; ; 维也纳/維也納
POL; 波兰/波蘭; ; 华沙
CZE; 捷克; ; 布拉格
SVK; 斯洛伐克; ; 布拉迪斯拉发
HUN; 匈牙利; ; 布达佩斯
ROU; 罗马尼亚/羅馬尼亞; ; 布加勒斯特
BGR; 保加利亚/保加利亞; ; 索非亚
SRB; 塞尔维亚/塞爾維亞; ; 贝尔格莱德
HRV; 克罗地亚/克羅地亞/克羅埃西亞; ; 萨格勒布
SVN; 斯洛文尼亚; ; 卢布尔雅那
GRC; 希腊/希臘; ; 雅典
CYP; 塞浦路斯/賽普勒斯; ; 尼科西亚
MLT; 马耳他
SWE; 瑞典; ; 斯德哥尔摩
NOR; 挪威; ; 奥斯陆
FIN; 芬兰/芬蘭; ; 赫尔辛基
DNK; 丹麦/丹麥; ; 哥本哈根
ISL; 冰岛/冰島; ; 雷克雅未克
IRL; 爱尔兰/愛爾蘭; ; 都柏林
EST; 爱沙尼亚/愛沙尼亞; ; 塔林
LVA; 拉脱维亚/拉脫維亞
LTU; 立陶宛; ; 维尔纽斯
UKR; 乌克兰/烏克蘭; ; 基辅/基輔
BLR; 白俄罗斯/白俄羅斯; ; 明斯克
MDA; 摩尔多瓦/摩爾多瓦; ; 基希讷乌
GEO; 格鲁吉亚; ; 第比利斯
ARM; 亚美尼亚/亞美尼亞; ; 埃里温
AZE; 阿塞拜疆/亞塞拜然; ; 巴库
TUR; 土耳其; ; 安卡拉
KAZ; 哈萨克斯坦/哈薩克/哈薩克斯坦; ; 阿斯塔纳
UZB; 乌兹别克斯坦/烏茲別克斯坦/烏茲別克; ; 塔什干
KGZ; 吉尔吉斯斯坦/吉爾吉斯斯坦; ; 比什凯克
TJK; 塔吉克斯坦; ; 杜尚别
TKM; 土库曼斯坦/土庫曼斯坦; ; 阿什哈巴德
MNG; 蒙古国/蒙古國; ; 乌兰巴托
JPN; 日本/日方; ; 东京
KOR; 韩国/大韩民国/韩方/韓國/南韓; ; 首尔/首爾
PRK; 朝鲜/朝鲜民主主义人民共和国/朝方/北韓/朝鮮; ; 平壤
VNM; 越南; ; 河内
LAO; 老挝/老撾/寮國
KHM; 柬埔寨; ; 金边
THA; 泰国/泰國; ; 曼谷
MMR; 缅甸/緬甸; ; 内比都
MYS; 马来西亚/馬來西亞; ; 吉隆坡
SGP; 新加坡
IDN; 印度尼西亚/印尼; ; 雅加达
PHL; 菲律宾/菲律賓; ; 马尼拉
BRN; 文莱/文萊/汶萊
TLS; 东帝汶/東帝汶
IND; 印度/印方; ; 新德里
PAK; 巴基斯坦; ; 伊斯兰堡
BGD; 孟加拉国/孟加拉國
LKA; 斯里兰卡/斯里蘭卡; ; 科伦坡
NPL; 尼泊尔/尼泊爾; ; 加德满都
MDV; 马尔代夫
AFG; 阿富汗; ; 喀布尔
IRN; 伊朗; ; 德黑兰/德黑蘭
IRQ; 伊拉克; ; 巴格达
SYR; 叙利亚/敘利亞; ; 大马士革
LBN; 黎巴嫩; ; 贝鲁特
JOR; 约旦/約旦; ; 安曼
ISR; 以色列; ; 耶路撒冷/特拉维夫
PSE; 巴勒斯坦/巴勒斯坦国; ; 拉姆安拉
SAU; 沙特阿拉伯/沙特/沙烏地阿拉伯; ; 利雅得
ARE; 阿联酋/阿拉伯联合酋长国/阿聯酋/阿拉伯聯合大公國; ; 阿布扎比
QAT; 卡塔尔/卡塔尔国/卡達/卡塔爾; ; 多哈
KWT; 科威特/科威特国
BHR; 巴林
OMN; 阿曼; ; 马斯喀特
YEM; 也门/也門/葉門; ; 萨那
EGY; 埃及; ; 开罗
LBY; 利比亚/利比亞; ; 的黎波里
TUN; 突尼斯/突尼西亞
DZA; 阿尔及利亚/阿爾及利亞; ; 阿尔及尔
MAR; 摩洛哥; ; 拉巴特
MRT; 毛里塔尼亚
SDN; 苏丹/蘇丹; ; 喀土穆
SSD; 南苏丹/南蘇丹; ; 朱巴
ETH; 埃塞俄比亚/埃塞俄比亞/衣索比亞; ; 亚的斯亚贝巴
ERI; 厄立特里亚
DJI; 吉布提
SOM; 索马里/索馬里/索馬利亞; ; 摩加迪沙
KEN; 肯尼亚/肯尼亞/肯亞; ; 内罗毕
UGA; 乌干达; ; 坎帕拉
TZA; 坦桑尼亚; ; 多多马
RWA; 卢旺达; ; 基加利
BDI; 布隆迪
COD; 刚果民主共和国/刚果（金）; ; 金沙萨
COG; 刚果共和国/刚果（布）; ; 布拉柴维尔
AGO; 安哥拉; ; 罗安达
ZMB; 赞比亚; ; 卢萨卡
ZWE; 津巴布韦; ; 哈拉雷
MOZ; 莫桑比克; ; 马普托
MWI; 马拉维
NAM; 纳米比亚; ; 温得和克
BWA; 博茨瓦纳
ZAF; 南非; ; 比勒陀利亚
MDG; 马达加斯加
MUS; 毛里求斯
NGA; 尼日利亚/尼日利亞/奈及利亞; ; 阿布贾
NER; 尼日尔; ; 尼亚美
GHA; 加纳; ; 阿克拉
CIV; 科特迪瓦
SEN; 塞内加尔; ; 达喀尔
MLI; 马里; ; 巴马科
BFA; 布基纳法索
GIN; 几内亚; ; 科纳克里
GNQ; 赤道几内亚
GNB; 几内亚比绍
SLE; 塞拉利昂
LBR; 利比里亚
TGO; 多哥
BEN; 贝宁
CMR; 喀麦隆
TCD; 乍得
CAF; 中非共和国
GAB; 加蓬
CAN; 加拿大; ; 渥太华
MEX; 墨西哥; ; 墨西哥城
CUB; 古巴; ; 哈瓦那
VEN; 委内瑞拉/委內瑞拉; ; 加拉加斯
COL; 哥伦比亚/哥倫比亞; ; 波哥大
BRA; 巴西; ; 巴西利亚
ARG; 阿根廷; ; 布宜诺斯艾利斯
CHL; 智利; ; 圣地亚哥
PER; 秘鲁/秘魯; ; 利马
BOL; 玻利维亚
ECU; 厄瓜多尔; ; 基多
URY; 乌拉圭; ; 蒙得维的亚
PRY; 巴拉圭
NIC; 尼加拉瓜
HND; 洪都拉斯
PAN; 巴拿马
CRI; 哥斯达黎加
DOM; 多米尼加
AUS; 澳大利亚/澳洲/澳大利亞; ; 堪培拉
NZL; 新西兰/紐西蘭/新西蘭; ; 惠灵顿
PNG; 巴布亚新几内亚/巴布亞紐幾內亞/巴布亞新幾內亞
FJI; 斐济
VAT; 梵蒂冈/教廷/梵蒂岡
""")

_DIGIT_MONTHS = {f"{n}月": n for n in range(1, 13)}
_HAN_NUMBERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_HAN_MONTHS = {f"{n}月": i + 1 for i, n in enumerate(_HAN_NUMBERS)}
_WEEKDAYS = ("一", "二", "三", "四", "五", "六")

LEXICON = Lexicon(
    lang="zh",
    # no home country: a bare "总统" is no Chinese office; "国家主席" and "国务院总理" carry their country
    # (below), and name another's office when another country stands before them ("越南国家主席")
    titles={
        **mapping("president", "总统|總統|国家元首"),
        **mapping("crown_prince", "王储|王儲|王太子"),
        **mapping("monarch", "国王|國王|女王|埃米尔|埃米爾|天皇|大公|亲王|親王|君主"),
        **mapping("supreme_leader", "最高领袖|最高領袖"),
        **mapping("pope", "教皇|教宗"),
        **mapping("prime_minister", "总理|總理|首相|政府首脑|政府首腦"),
        **mapping(None, "领导人|領導人|最高领导人"),
    },
    # "两国元首" alone is the pair last in contact; after the countries ("美国和叙利亚两国元首") their leaders
    # ("中美元首", "中俄两国元首": the letters of the two countries before it name them, mentions)
    plural_titles={**mapping(None, "各国领导人|各国元首|两国元首|兩國元首|两国领导人|兩國領導人|三国元首|"
                                   "三国领导人|元首")},
    org_titles={**mapping("UN", "联合国秘书长|聯合國秘書長"),
                **mapping("EU", "欧盟委员会主席|欧委会主席|歐盟委員會主席|欧洲理事会主席|歐洲理事會主席|"
                                "欧盟理事会主席")},
    country_titles={**mapping(("CHN", "head_of_government"), "国务院总理|國務院總理"),
                    **mapping(("CHN", "head_of_state"), "国家主席|國家主席|中华人民共和国主席|习主席|習主席"),
                    **mapping(("CHN", "head_of_government"), "李总理"),
                    # North Korea's head of state is the president of its State Affairs Commission
                    **mapping(("PRK", "head_of_state"), "国务委员长|国务委员会委员长|國務委員長"),
                    **mapping(("OMN", "head_of_state"), "阿曼苏丹"),
                    # the one-character country of the press's short forms ("俄总统普京", "美总统"): safe
                    # only before the title (alone, "俄" is any word's character); not "以总理" (以 is
                    # "as"), "日首相" (28日首相...), "法总统" (合法总统, a lawful president)
                    **mapping(("RUS", "head_of_state"), "俄总统|俄國總統"),
                    **mapping(("USA", "head_of_state"), "美总统|美國總統"),
                    **mapping(("UKR", "head_of_state"), "乌总统|烏總統"),
                    **mapping(("TUR", "head_of_state"), "土总统"),
                    **mapping(("KOR", "head_of_state"), "韩总统|韓總統"),
                    **mapping(("SYR", "head_of_state"), "叙总统"),
                    **mapping(("EGY", "head_of_state"), "埃总统"),
                    **mapping(("KAZ", "head_of_state"), "哈总统"),
                    **mapping(("GBR", "head_of_government"), "英首相"),
                    **mapping(("DEU", "head_of_government"), "德总理"),
                    **mapping(("IND", "head_of_government"), "印总理"),
                    **mapping(("PAK", "head_of_government"), "巴总理"),
                    **mapping(("ITA", "head_of_government"), "意总理"),
                    **mapping(("AUS", "head_of_government"), "澳总理"),
                    **mapping(("CAN", "head_of_government"), "加总理"),
                    **mapping(("BRN", "head_of_state"), "文莱苏丹")},
    ministers=words("外长|外交部长|外交部|部长|外長|外交部長|部長|國防部長|代表團|財長|國務委員|国务委员|副总理|副總理|副主席|副总统|副總統|发言人|"
                    "發言人|特使|大使|特别代表|特別代表|国务卿|國務卿|防长|国防部长|财长|顾问|顧問|助理|"
                    "代表团|团队|團隊|工作组|議長|议长|总督|州长|市长|省长|委员长|政协主席|秘书长|秘書長|总参谋长|"
                    "外交部发言人|副首相|总统府发言人|部长级|国务院副总理|外事办主任|办公厅主任|反对党领袖|"
                    "总理府发言人|新闻秘书|幕僚长|议员|王子|公主|王后|夫人"),
    elect=words("前总统|前总理|前首相|候任总统|当选总统|候任总理|已故|卸任|前任"),
    pair_refs=words("两国元首|兩國元首|两国领导人|兩國領導人|两位领导人|两位元首|双方|雙方|二人|两人|"
                    "两国总统|两国总理|"
                    # the traditional forms (Taiwan, Hong Kong, Singapore presses)
                    "兩人|兩位領導人|兩位元首|兩國總統|兩國總理"),
    counterparts=words("对方"),
    pronouns=words("他|她"),
    plural_pronouns=words("他们|她们"),
    feminine=words("她"),
    masculine=words("他"),
    groups={"三国领导人": 3, "三国元首": 3, "四国领导人": 4},
    indefinites=words("一位|一名"),
    phone=words("通电话|通電話|電話會談|通話|通话|电话|電話|打电话|打電話|通了电话|电话会谈|电话交谈|热线电话"),
    # (Taiwan and Hong Kong write 視訊 for video)
    video=words("視訊|视讯|視訊會議|視訊通話|视频通话|視頻通話|视频会晤|視頻會晤|视频会议|视频会谈|视频连线|视频方式|以视频方式|"
                "视频峰会|云会晤"),
    written=words("致信|复信|回信|致函|复函|来函|来信|贺电|賀電|唁电|唁電|贺信|賀信|慰问电|慰問電|信函|"
                  "亲笔信|口信|致电|致電|致贺电|致贺信|致唁电|互致贺电|互致贺信|致慰问电|电报"),
    greeting=words("祝贺|祝賀|慰问|慰問|哀悼|吊唁|致哀|贺词"),
    joint_press=words("共同会见记者|联合记者会|共同出席记者会|联合新闻发布会"),
    in_person=words("会见|會見|会谈|會談|举行会谈|舉行會談|会晤|會晤|举行会晤|舉行會晤|举行峰会|舉行峰會|首脑会谈|首腦會談|见面|見面|会面|會面|接见|"
                    "接見|接待|宴请|宴請|共进晚餐|共进午餐|共进早餐|茶叙|握手|欢迎仪式|歡迎儀式|国宴|國宴|"
                    "访问|訪問|访华|訪華|来华|來華|到访|到訪|国事访问|國事訪問|正式访问|工作访问|"
                    "小范围会谈|大范围会谈|三方会晤|三方会谈|三边会晤|单独会见|集体会见|迎接|欢迎宴会|晤谈|寒暄|面对面"),
    talk=words("磋商|交换意见|交換意見|讨论|討論|探讨|商讨|达成共识|达成一致|争吵|爭吵"),
    spoke=words("交谈|交談|谈话|談話"),
    # (and the words that hold a one-character function word of the lexicon, which they are not: "和平"
    # (peace) is no "和" (with), "未来" (future) no "未" (not), "其他" (other) no "他" (he); "总统府" is a
    # palace)
    not_cues=words("会见记者|举行记者会|记者会|新闻发布会|发展中国家|电话会议|会议|会谈纪要|"
                   "和平|和谈|和解|缓和|和谐|共和|未必|其他|他国|同意|同样|不同|认同|赞同|同盟|"
                   "协同|合同|同胞|同志|同比|与会|给与|跟进|将军|将领|意愿|愿景|心愿|自愿|虚拟|模拟|"
                   "声称|名称|简称|称号|根据|数据|证据|总统府|总理府|首相府|首相官邸|总统选举|总统大选|"
                   "总统候选人|总统任期|总统职位|主持会议|会议期间|"
                   # a country's name inside a longer word: "欧美国家" is no USA, "马里兰" no Mali
                   "欧美国家|欧美|马里兰|印度洋|"
                   # nor is "大公司" (a big company) a grand duke
                   "大公司|大公报|"
                   # "中美双方", "俄乌双方": the two countries' sides (delegations), not the pair of leaders
                   "中美双方|中俄双方|美俄双方|俄美双方|中法双方|中欧双方|俄乌双方|乌俄双方|美乌双方|巴以双方|"
                   "中日双方|中印双方|印巴双方|中澳双方|美伊双方|中英双方|中德双方"),
    # "应约同X通电话": X asked for the call
    receive_words=words("应约|應約|接到"),
    from_words=words("应约|應約"),
    caller_words=words("打电话|打電話|致电"),
    initiative=words("应邀|應邀"),
    with_words=words("同|与|與|和|跟"),
    planned=words("将|將|将于|將於|即将|即將|拟|擬|拟于|计划|計劃|定于|預定|预定|预计|預計|有望|准备|準備|"
                  "期待|期望|希望|愿|願|愿意|打算|届时|屆時|下周|下個月|下个月|明年|明天|后天|明日|将会|"
                  "将要|可能|或将|有可能|近期|不久|未来|未來|拟议|擬議"),
    # Chinese chains a sentence's verbs with commas under one future marker ("他将于18日前往华盛顿，在白宫同
    # 特朗普会晤"): after one of these, every cue of the sentence is planned
    # (and hopes and conditions: "希望在任期内访问中国，同习近平会面", "如果普京和泽连斯基会面")
    planned_sentence=words("将|將|将于|將於|即将|即將|拟|擬|拟于|定于|计划|計劃|准备|準備|打算|将要|将会|"
                           "希望|期待|期望|有望|如果|假如|倘若|一旦"),
    negation=words("未|没有|沒有|并未|並未|尚未|从未|從未|没|沒|未能|取消|推迟|推遲|不会|不會|不再|拒绝|"
                   "拒絕|无意|無意|不打算|不能|不曾|尚无|尚無|尚未确定"),
    denial=words("否认|否認|辟谣|闢謠|不实|不實|并无|並無|没有计划|沒有計劃|无计划|純屬捏造|纯属捏造"),
    exclusions=words("不可能|无从谈起"),
    visit=words("国事访问|國事訪問|正式访问|正式訪問|工作访问|工作訪問|访问|訪問|访华|訪華|来华|來華|到访|"
                "到訪|出访|出訪|抵达|抵達|国宴|欢迎仪式|歡迎儀式|礼炮|鸣放礼炮|检阅仪仗队|仪仗队"),
    # "来华", "访华": a visit to China (the host is China's, as for "对中国进行访问")
    visit_destinations={"来华": "CHN", "來華": "CHN", "访华": "CHN", "訪華": "CHN"},
    summit=words("峰会|峰會|出席|论坛|論壇|二十国集团|G20|金砖国家|金砖|金磚|亚太经合组织|APEC|"
                 "上合组织|上海合作组织|联合国大会|联大|东盟|会议期间|峰会期间|出席期间|"
                 "领导人会议|领导人非正式会议|七国集团|G7|达沃斯|年会|博览会"),
    # "的" links a leader to what is his ("特朗普的特使威特科夫": Trump's envoy, an aide)
    fillers=words("的|兼|共和国|王国|联邦|聯邦|阁下|閣下|先生|女士|伊斯兰共和国|社会主义共和国|民主共和国|"
                  "人民共和国|合众国|苏丹国|酋长国"),
    reporting=words("表示|指出|强调|強調|说|說|称|稱|介绍|宣布|透露|据|據|报道|報道|说明|认为|表明|"
                    "回忆|回憶"),
    # "以来" (since) follows what it governs: "2019年以来", "今年5月连任以来"
    subordinators_follow=True,
    # "在与X通话后，Y…": a fronted clause whose subject is the main clause's (see pairing._fronted)
    subjectless=words("在与|在與|在同|在和"),
    early_negation=True,
    noun_markers=words("的"),
    speech_follows=True,
    visits_meet_host=True,
    adverbials_first=True,
    since=words("以来|以來"),
    firsts=words("首次|第一次|首度"),
    trilateral=words("三方|三边|三邊"),
    # ("不久前", not long ago, is no "不久", soon)
    last_time=words("上次|上一次|此前|前不久|不久前|上回"),
    then_words=words("当时|當時|那次|届时"),
    additives=words("还|還|也|同时|同時"),
    turns=words("与此同时|與此同時|另一方面|另据|另據"),
    iteratives=words("多次|两次|三次|数次|屡次|几次|多轮"),
    # "通过电话参加了会见" (joined the meeting by phone), "在座" (sat in)
    joins=words("参加|參加|参与|參與|加入|在座"),
    joint_acts=words("共同见证|共同見證|见证|見證|共同签署|共同簽署|共同出席|共同会见|共同主持"),
    presence=words("见证下|見證下"),
    units_ago={**mapping(7, "周前|週前|星期前|个星期前|個星期前"), **mapping(30, "个月前|個月前"),
               **mapping(365, "年前")},
    months={**_DIGIT_MONTHS, **_HAN_MONTHS},
    weekdays={**{f"星期{d}": i for i, d in enumerate(_WEEKDAYS)}, "星期日": 6, "星期天": 6,
              **{f"周{d}": i for i, d in enumerate(_WEEKDAYS)}, "周日": 6,
              **{f"週{d}": i for i, d in enumerate(_WEEKDAYS)}, "週日": 6,
              **{f"礼拜{d}": i for i, d in enumerate(_WEEKDAYS)}, "礼拜天": 6,
              # "本周一": the weekday gone by, as a weekday alone reads; "上周五" is the Friday of last week
              # (a weekday of another week is written weekday + 7 x weeks: dates.resolve)
              **{f"{w}{d}": i for w in ("本周", "本週", "本星期") for i, d in enumerate(_WEEKDAYS)},
              **{f"{w}{d}": i - 7 for w in ("上周", "上週", "上星期") for i, d in enumerate(_WEEKDAYS)},
              "本周日": 6, **{f"{w}日": -1 for w in ("上周", "上週", "上星期")}, "上星期天": -1},
    relative_days={"今天": 0, "今日": 0, "今晨": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1,
                   "昨晨": -1, "前天": -2, "前日": -2, "明天": 1, "明日": 1, "日前": -3, "近日": -3},
    anchored_days={"当天": 0, "當天": 0, "当日": 0, "當日": 0, "同日": 0, "同一天": 0, "当晚": 0,
                   "當晚": 0, "次日": 1, "第二天": 1, "翌日": 1, "隔天": 1, "前一天": -1, "前一日": -1},
    # "同日本首相" is "with Japan's prime minister", not "the same day"
    not_dates=words("同日本|当日本|今日本|次日本|昨日本|周日本|近日本|日前往"),
    relative_years={"今年": 0, "去年": -1, "前年": -2, "明年": 1},
    relative_months={"本月": 0, "这个月": 0, "當月": 0, "当月": 0, "上月": -1, "上个月": -1, "上個月": -1,
                     "下月": 1, "下个月": 1, "下個月": 1,
                     "一年前": -12},
    relative_weeks={"下周": 1, "下週": 1, "上周": -1, "上週": -1, "上星期": -1, "上个星期": -1, "本周": 0,
                    "本週": 0, "这周": 0, "近几天": 0},
    numbers={"一": 1, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10},
    day_units={"天后": 1, "天後": 1, "日后": 1, "天以后": 1, "天前": -1},
    day_units_ago=words("天前|日前"),
    year_tails=words("年"),
    month_leads=words("今年|去年|于|於|在"),
    # (also the characters that stand alone right before a name: "而普京", "晚普京" are Putin's, not the tail
    # of a longer name)
    stopwords=words("的|了|在|和|与|同|是|也|就|都|而|及|并|对|为|以|于|将|把|被|从|向|给|等|这|那|其|中|"
                    "但|让|由|令|据|使|请|即|曾|又|还|则|称|说|当|跟|或|自|晚|早|夜|今|昨|后|前|时|邀|致|若|"
                    "叫|因|再|已|均|共|仍|才|便|所|应|会|要|能|可|需|该|此|各|每|某|有|无|不|未|没|乃|亦|"
                    "午|天|间|周|下|上"),
    read_also=words("相关阅读|延伸阅读|相关新闻|推荐阅读"),
    captions=words("图为|圖為|图片|新华社记者|摄"),
    topics={
        "bilateral_relations": words("双边关系|雙邊關係|两国关系|兩國關係|中法关系|中美关系|中俄关系|关系|"
                                     "合作|友好|伙伴关系|夥伴關係|战略伙伴|全面战略|友谊|建交|外交关系|"
                                     "互信|双边|雙邊|两国人民|免签|签证|簽證"),
        "trade_economy": words("经贸|經貿|贸易|貿易|经济|經濟|关税|關稅|市场|市場|出口|进口|進口|金融|"
                               "财政|供应链|供應鏈|稀土|债务|通胀|企业|企業|商务|商務"
                               "|自由贸易|自由貿易|商业|產業|产业|工业|工業|自贸|自貿|贸易协定|貿易協定|货币|貨幣|汇率|匯率"
                               "|人民币|外汇|经济增长|市场准入|营商环境|贸易战|贸易摩擦|关税战|经济关系"
                               "|關鍵礦產|关键矿产"),
        "investment": words("投资|投資|投资者|合资"
                            "|融资|融資|资本|資本|主权基金|基金"),
        "energy": words("能源|石油|天然气|天然氣|电力|電力|核电|核電|新能源|可再生能源|油气|管道|煤炭|"
                        "光伏|氢能"
                        "|核能|风电|風電|太阳能|太陽能|水电|電網|电网|原油|液化天然气|燃料|石化|清洁能源"
                        "|绿色能源|储能|油田|煤"),
        "security_defense": words("安全|国防|國防|军事|軍事|军队|軍隊|武器|导弹|導彈|北约|北約|防务|防務|"
                                  "军售|军演|演习|無人機|无人机|两军|军方|战斗机|戰鬥機|F-35|防空|国防部"
                                  "|部队|部隊|士兵|兵力|军备|軍備|弹药|彈藥|潜艇|潛艇|航母|驱逐舰|军工"
                                  "|軍工|武装|武裝|防卫|防衛|禁毒|毒品|芬太尼|军舰|軍艦|军援|军事援助"
                                  "|安全保障"),
        "counterterrorism": words("反恐|恐怖主义|恐怖主義|恐怖|极端主义|極端主義|伊斯兰国"
                                  "|恐怖组织|恐怖袭击|恐怖襲擊|极端组织|去极端化"),
        # (not "和平" alone: Chinese diplomacy speaks of peace in every readout)
        "conflict_ceasefire": words("停火|冲突|衝突|战争|戰爭|危机|危機|和谈|和談|战事|局势缓和|"
                                    "政治解决|人质|人質|停战|休战|和平进程|乌克兰危机|和平协议|和平计划|"
                                    "实现和平|恢复和平|和平谈判|奥林匹克休战|乌克兰问题|烏克蘭問題|"
                                    "乌克兰局势|烏克蘭局勢|"
                                    "劝和促谈|勸和促談|斡旋|调解|調解"
                                    "|战火|戰火|交火|军事行动|軍事行動|空袭|空襲|袭击|襲擊|轰炸|轟炸|入侵"
                                    "|侵略|俄乌|俄烏|巴以冲突|停火协议|停火協議|和平方案|战俘|戰俘"
                                    "|交换战俘|紧张局势|緊張局勢"),
        "humanitarian": words("人道主义|人道|援助|救援|平民|饥荒|難民營|地震|灾害|災害|救灾|抗震救灾|受灾|"
                              "遇难|遇難|伤亡|傷亡"
                              "|人道援助|赈灾|賑災|洪灾|洪災|洪水|灾民|災民|救助|紧急援助|緊急援助|饥饿"
                              "|飢餓"),
        "reconstruction": words("重建|战后重建"
                                "|重建工作|灾后重建|災後重建"),
        "migration_refugees": words("难民|難民|移民|非法移民|偷渡"
                                    "|移民问题|遣返|非法入境|人口贩运|人口販運"),
        "nuclear_nonproliferation": words("核问题|核問題|核武器|核不扩散|防扩散|浓缩铀|濃縮鈾|铀|"
                                          "国际原子能机构|"
                                          "伊核|朝核|半岛无核化|无核化|核计划|核協議|核协议"
                                          "|核武|核裁军|核裁軍|核扩散|核擴散|核试验|核試驗|核设施|核設施"
                                          "|核潜艇|核潛艇|核谈判|核談判|不扩散|不擴散|军控|軍控|化学武器"
                                          "|化學武器|大规模杀伤性武器"),
        "climate_environment": words("气候变化|氣候變化|气候|氣候|环境|環境|绿色|綠色|低碳|碳排放|碳中和|"
                                     "生态|生態|环保|環保"
                                     "|减排|減排|排放|碳达峰|碳達峰|生物多样性|生物多樣性|荒漠化|污染"
                                     "|可再生"),
        "health": words("卫生|衛生|疫情|疫苗|新冠|医疗|醫療|公共卫生|传染病"
                        "|健康领域|健康合作|卫生健康|公共健康|全球健康|人民健康|生命健康|健康丝绸之路"
                        "|医药|醫藥|药品|藥品|医院|醫院|中医药|中醫藥|流行病|医疗卫生|醫療衛生"),
        "regional_situation": words("地区|地區|区域|區域|中东|中東|局势|局勢|半岛|周边|加沙|巴以|"
                                    "地区形势|国际和地区|国际地区"
                                    "|红海|紅海|东北亚|東北亞|巴勒斯坦问题|巴勒斯坦問題|阿富汗问题"
                                    "|叙利亚问题|中东问题|中東問題|热点问题|熱點問題|朝鲜半岛|朝鮮半島"),
        "sovereignty_territorial_integrity": words("主权|主權|领土完整|領土完整|台湾问题|台灣問題|一个中国|"
                                                   "一個中國|一中原则|台独|台獨|核心利益|领土|統一|边界|"
                                                   "邊界|边境|邊境|划界|劃界|"
                                                   "领土争端|領土爭端|领海|領海|海洋权益|海洋權益|领土主权"
                                                   "|台湾|台灣|南海|钓鱼岛|釣魚島|分裂|国家统一|國家統一"),
        "domestic_politics_elections": words("选举|選舉|大选|大選|当选|當選|连任|連任|就职|就職|议会|議會|"
                                             "宪法|憲法|公投|政变"),
        "ceremonial": words("祝贺|祝賀|贺电|賀電|慰问|慰問|哀悼|吊唁|唁电|节日|節日|新年|春节|春節|"
                            "国庆|國慶|诞辰|问候|問候|生日|致意|就职典礼|勋章|勳章|友谊勋章"
                            "|贺信|賀信|贺函|賀函|致贺|致賀|唁函|悼念|逝世|国葬|國葬"),
        "sanctions": words("制裁|禁运|禁運|单边制裁|非法制裁|长臂管辖|長臂管轄|出口管制|实体清单|實體清單"
                           "|冻结资产|凍結資產|资产冻结|資產凍結|出口限制|出口禁令|制裁措施"),
        # (not "民主" alone: it is in "民主党" and in the official names of North Korea, Laos and the Congo)
        "human_rights_minorities": words("人权|人權|少数民族|少數民族|民主制度|民主价值|民主價值|民主化|自由|"
                                         "妇女|婦女"
                                         "|言论自由|言論自由|新闻自由|新聞自由|宗教自由|维吾尔|維吾爾"
                                         "|民主人权|民主人權"),
        "multilateral_diplomacy": words("联合国|聯合國|安理会|安理會|多边|多邊|多边主义|金砖|金磚|"
                                        "上合组织|上海合作组织|东盟|東盟|世贸组织|世界贸易组织|"
                                        "欧盟|歐盟|非盟|阿盟|全球治理|国际社会|國際社會|"
                                        "BRICS|全球发展倡议|全球安全倡议|全球治理倡议|"
                                        "阿斯塔纳进程"
                                        "|中日韩|中日韓|三国合作|三國合作|世贸|世貿|国际组织|國際組織"
                                        "|多边机制|多邊機制"),
        "infrastructure_transport": words("基础设施|基礎設施|铁路|鐵路|港口|交通|运输|運輸|互联互通|互聯互通|"
                                          "一带一路|一帶一路|公路|物流|航运|航運|高铁|高鐵|走廊|"
                                          "直航|航班"),
        "food_agriculture": words("农业|農業|粮食|糧食|小麦|小麥|农产品|農產品|大豆|化肥|粮食安全|糧食安全"
                                  "|渔业|漁業|畜牧|牛肉|猪肉|豬肉|水产品|水產品|玉米|食品|农民|農民"
                                  "|农业合作"),
        "technology": words("科技|技术|技術|人工智能|数字|數字|半导体|半導體|芯片|网络|網絡|创新|創新|航天|"
                            "太空|卫星|衛星|5G|量子"
                            "|科学|科學|科研|数字经济|數字經濟|算力|电信|電信|信息技术|資訊科技|网络安全"
                            "|網絡安全|航空航天|生物技术|生物技術|新兴技术|新興技術|电动汽车|電動汽車"),
        "culture_education_tourism": words("人文|文化|教育|旅游|旅遊|留学|留學|青年|体育|體育|大学|大學|学生|"
                                           "學生|人员往来|人員往來|交流年|奥运|奧運"
                                           "|文明交流|艺术|藝術|电影|電影|博物馆|博物館|考古|汉语|漢語"
                                           "|中文|孔子学院|孔子學院|游客|遊客|文旅|文物"),
    },
    places={"加沙": "Gaza", "加沙地带": "Gaza", "中东": "Middle East", "中東": "Middle East",
            "约旦河西岸": "West Bank", "克里米亚": "Crimea", "顿巴斯": "Donbas", "台湾": "Taiwan",
            "台灣": "Taiwan", "朝鲜半岛": "Korean Peninsula", "红海": "Red Sea", "黑海": "Black Sea",
            "南海": "South China Sea", "台湾海峡": "Taiwan Strait", "霍尔木兹海峡": "Strait of Hormuz",
            "波斯湾": "Persian Gulf", "萨赫勒": "Sahel", "耶路撒冷": "Jerusalem", "克什米尔": "Kashmir"},
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
)
