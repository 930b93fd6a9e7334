"""A review of Chinese and Japanese press usage: reports we wrote in the style of Xinhua, People's Daily,
CCTV and Taiwan's Central News Agency, and of NHK, Kyodo, Yomiuri and Asahi, about real contacts.

True facts: Xi and Trump spoke on 5 June, 19 September and 24 November 2025 and met in Busan on 30 October
2025; Xi and Putin held a video call on 21 January 2025, spoke on 8 August 2025, exchanged messages on 2
October 2024 (75 years of ties), and met in Beijing on 16 May 2024, in Kazan on 22 October 2024, in Moscow
on 8 May 2025 and in Beijing on 2 September 2025; Xi and Biden spoke on 2 April 2024 and met near San
Francisco on 15 November 2023 and in Lima on 16 November 2024; Xi made state visits to France, Serbia and
Hungary on 5-10 May 2024 and to Vietnam, Malaysia and Cambodia on 14-18 April 2025; Li Qiang visited New
Zealand, Australia and Malaysia on 13-20 June 2024; Trump and Putin met in Anchorage on 15 August 2025;
Trump spoke with Putin on 12 February 2025 (about ninety minutes); Ishiba met Trump at the White House on 7
February 2025 and at the G7 on 16 June 2025, Lee Jae-myung at the G7 on 17 June 2025, in Tokyo on 23
August 2025 and in Busan on 30 September 2025, Modi in Tokyo on 29 August 2025; Takaichi spoke with Trump on
25 October and 25 November 2025 and met him in Tokyo on 28 October 2025; Kishida visited France, Brazil and
Paraguay on 1-6 May 2024 and met Macron in Paris on 2 May 2024.
"""

from __future__ import annotations

import pytest

from ingest.extract.compounds import initials
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default
from tests.extract.rows import DocFactory, pair_rows

# (report, publication day, language, expected rows: pair, mode, date, status)
CASES = [
    # -- Chinese: calls ------------------------------------------------------------------------------------
    ("新华社北京6月5日电 国家主席习近平5日下午应约同美国总统特朗普通电话。",
     "2025-06-05", "zh", [("CHN-USA", "phone", "2025-06-05", "occurred")]),
    ("国家主席习近平9月19日晚应约同美国总统特朗普通电话。两国元首就当前中美关系和共同关心的问题坦诚深入"
     "交换了意见。",
     "2025-09-19", "zh", [("CHN-USA", "phone", "2025-09-19", "occurred")]),
    ("国家主席习近平8月8日下午应约同俄罗斯总统普京通电话。普京介绍了俄美近期接触情况。",
     "2025-08-08", "zh", [("CHN-RUS", "phone", "2025-08-08", "occurred")]),
    ("国家主席习近平1月21日下午在北京同俄罗斯总统普京举行视频会晤。",
     "2025-01-21", "zh", [("CHN-RUS", "video", "2025-01-21", "occurred")]),
    ("（中央社華盛頓24日綜合外電報導）美國總統川普今天表示，他與中國國家主席習近平通電話，雙方討論了烏克"
     "蘭與貿易議題。",
     "2025-11-25", "zh", [("CHN-USA", "phone", "2025-11-24", "occurred")]),
    ("国家主席习近平2日晚应约同美国总统拜登通电话。这是两国元首去年11月旧金山会晤以来的首次直接沟通。",
     "2024-04-02", "zh", [("CHN-USA", "in_person", "2023-11", "occurred"),
      ("CHN-USA", "phone", "2024-04-02", "occurred")]),
    ("习近平同特朗普上一次通电话是在9月19日。",
     "2025-11-24", "zh", [("CHN-USA", "phone", "2025-09-19", "occurred")]),
    ("美国总统特朗普12日打电话给俄罗斯总统普京。",
     "2025-02-13", "zh", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # "致电" places a call where the report speaks of the call (else it sends a message: below)
    ("美国总统特朗普12日致电俄罗斯总统普京，双方通话约一个半小时。",
     "2025-02-13", "zh", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    ("美国总统特朗普12日致电俄罗斯总统普京。两人在通话中讨论了乌克兰问题。",
     "2025-02-13", "zh", [("RUS-USA", "phone", "2025-02-12", "occurred")]),
    # -- Chinese: meetings, summits, ceremonies ------------------------------------------------------------
    ("当地时间10月30日，国家主席习近平在韩国釜山同美国总统特朗普举行会晤。",
     "2025-10-30", "zh", [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    ("国家主席习近平31日在天津会见来华出席上海合作组织峰会的印度总理莫迪。",
     "2025-08-31", "zh", [("CHN-IND", "in_person", "2025-08-31", "occurred")]),
    ("当地时间11月16日上午，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见美国总"
     "统拜登。",
     "2024-11-16", "zh", [("CHN-USA", "in_person", "2024-11-16", "occurred")]),
    ("国家主席习近平15日在利马分别会见日本首相石破茂和韩国总统尹锡悦。",
     "2024-11-15", "zh", [("CHN-JPN", "in_person", "2024-11-15", "occurred"),
      ("CHN-KOR", "in_person", "2024-11-15", "occurred")]),
    ("国家主席习近平10月31日在韩国庆州会见日本首相高市早苗。",
     "2025-10-31", "zh", [("CHN-JPN", "in_person", "2025-10-31", "occurred")]),
    ("国家主席习近平1日在庆州同韩国总统李在明举行会谈。",
     "2025-11-01", "zh", [("CHN-KOR", "in_person", "2025-11-01", "occurred")]),
    ("国家主席习近平4日在人民大会堂同朝鲜劳动党总书记、国务委员长金正恩举行会谈。",
     "2025-09-04", "zh", [("CHN-PRK", "in_person", "2025-09-04", "occurred")]),
    ("国家主席习近平2日在北京人民大会堂同来华出席纪念活动的俄罗斯总统普京举行会谈。",
     "2025-09-02", "zh", [("CHN-RUS", "in_person", "2025-09-02", "occurred")]),
    ("国家主席习近平13日在人民大会堂同巴西总统卢拉举行会谈。会谈前，习近平在人民大会堂东门外广场为卢拉举"
     "行欢迎仪式。会谈后，两国元首共同见证签署多项双边合作文件。当晚，习近平和夫人彭丽媛在人民大会堂金色"
     "大厅举行宴会，欢迎卢拉总统。",
     "2025-05-13", "zh", [("BRA-CHN", "in_person", "2025-05-13", "occurred")]),
    ("国家主席习近平11日在北京钓鱼台国宾馆会见西班牙首相桑切斯。",
     "2025-04-11", "zh", [("CHN-ESP", "in_person", "2025-04-11", "occurred")]),
    # Xi and Li Qiang each met Albanese that day: two contacts of one pair of countries
    ("国家主席习近平15日在钓鱼台国宾馆会见澳大利亚总理阿尔巴尼斯。同日，国务院总理李强同阿尔巴尼斯举行中"
     "澳总理年度会晤。",
     "2025-07-15", "zh", [("AUS-CHN", "in_person", "2025-07-15", "occurred"),
      ("AUS-CHN", "in_person", "2025-07-15", "occurred")]),
    ("国家主席习近平8日在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。",
     "2025-05-08", "zh", [("CHN-RUS", "in_person", "2025-05-08", "occurred")]),
    ("新华社莫斯科5月8日电 国家主席习近平8日在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。会谈后，两国元首"
     "签署并发表联合声明。",
     "2025-05-08", "zh", [("CHN-RUS", "in_person", "2025-05-08", "occurred")]),
    ("国家主席习近平16日在北京人民大会堂同俄罗斯总统普京举行会谈。",
     "2024-05-16", "zh", [("CHN-RUS", "in_person", "2024-05-16", "occurred")]),
    ("国家主席习近平22日在喀山会见俄罗斯总统普京。",
     "2024-10-22", "zh", [("CHN-RUS", "in_person", "2024-10-22", "occurred")]),
    ("国家主席习近平23日在喀山会见印度总理莫迪。",
     "2024-10-23", "zh", [("CHN-IND", "in_person", "2024-10-23", "occurred")]),
    ("国家主席习近平20日在巴西利亚同巴西总统卢拉举行会谈。",
     "2024-11-20", "zh", [("BRA-CHN", "in_person", "2024-11-20", "occurred")]),
    ("国家主席习近平18日在里约热内卢会见英国首相斯塔默。",
     "2024-11-18", "zh", [("CHN-GBR", "in_person", "2024-11-18", "occurred")]),
    ("国家主席习近平14日在河内同越南国家主席梁强举行会谈。",
     "2025-04-14", "zh", [("CHN-VNM", "in_person", "2025-04-14", "occurred")]),
    ("国家主席习近平16日在吉隆坡会见马来西亚总理安瓦尔。",
     "2025-04-16", "zh", [("CHN-MYS", "in_person", "2025-04-16", "occurred")]),
    ("国务院总理李强17日在堪培拉议会大厦同澳大利亚总理阿尔巴尼斯举行中澳总理年度会晤。",
     "2024-06-17", "zh", [("AUS-CHN", "in_person", "2024-06-17", "occurred")]),
    ("国务院总理李强13日在惠灵顿同新西兰总理拉克森举行会谈。",
     "2024-06-13", "zh", [("CHN-NZL", "in_person", "2024-06-13", "occurred")]),
    ("国家主席习近平6日在人民大会堂东门外广场举行仪式，欢迎法国总统马克龙对中国进行国事访问。",
     "2023-04-06", "zh", [("CHN-FRA", "in_person", "2023-04-06", "occurred")]),
    ("新华社北京4月6日电 国家主席习近平6日在北京同法国总统马克龙举行会谈。两国元首同意推动中法全面战略伙"
     "伴关系。双方发表联合声明。",
     "2023-04-06", "zh", [("CHN-FRA", "in_person", "2023-04-06", "occurred")]),
    ("国家主席习近平昨天在人民大会堂会见了新加坡总理黄循财。",
     "2025-06-25", "zh", [("CHN-SGP", "in_person", "2025-06-24", "occurred")]),
    ("国家主席习近平同拜登总统在利马举行会晤。两国元首此前曾于去年11月在旧金山会晤。",
     "2024-11-16", "zh", [("CHN-USA", "in_person", "2023-11", "occurred"),
      ("CHN-USA", "in_person", "2024-11-16", "occurred")]),
    ("当地时间8月15日，俄罗斯总统普京同美国总统特朗普在美国阿拉斯加州安克雷奇举行会晤。",
     "2025-08-16", "zh", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # -- Chinese: Taiwan's Central News Agency -------------------------------------------------------------
    ("日本首相石破茂與美國總統川普7日在白宮舉行首次會談。",
     "2025-02-08", "zh", [("JPN-USA", "in_person", "2025-02-07", "occurred")]),
    ("南韓總統李在明與日本首相石破茂23日在東京舉行會談。",
     "2025-08-23", "zh", [("JPN-KOR", "in_person", "2025-08-23", "occurred")]),
    ("美國總統川普和俄羅斯總統普丁15日在阿拉斯加舉行峰會。",
     "2025-08-16", "zh", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("（中央社首爾1日綜合外電報導）南韓總統李在明今天在慶州與中國國家主席習近平舉行會談。",
     "2025-11-01", "zh", [("CHN-KOR", "in_person", "2025-11-01", "occurred")]),
    ("（中央社巴黎17日綜合外電報導）法國總統馬克宏今天與到訪的烏克蘭總統澤倫斯基會面。",
     "2025-11-17", "zh", [("FRA-UKR", "in_person", "2025-11-17", "occurred")]),
    # -- Chinese: a meeting named by its two leaders ("川習會": Trump-Xi) ----------------------------------
    ("美國總統川普與中國國家主席習近平30日在南韓釜山舉行川習會。",
     "2025-10-30", "zh", [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    ("（中央社首爾30日綜合外電報導）備受矚目的川習會今天在釜山登場，雙方會談約1小時40分鐘。",
     "2025-10-30", "zh", [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    ("拜習會15日在舊金山近郊登場。",
     "2023-11-16", "zh", [("CHN-USA", "in_person", "2023-11-15", "occurred")]),
    ("美國總統川普表示，川習會將於10月30日在南韓舉行。",
     "2025-10-27", "zh", [("CHN-USA", "in_person", "2025-10-30", "planned")]),
    ("川習會預計下月底在南韓登場。",
     "2025-09-20", "zh", [("CHN-USA", "in_person", "2025-10", "planned")]),
    # "普" begins the names of Putin and of Prabowo: the one the text names is meant
    ("俄罗斯总统普京和美国总统特朗普15日在阿拉斯加举行了备受关注的“普特会”。",
     "2025-08-16", "zh", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # -- Chinese: a visit to countries listed together: each host ------------------------------------------
    ("应法兰西共和国总统马克龙、塞尔维亚共和国总统武契奇、匈牙利总理欧尔班邀请，国家主席习近平将于5月5日"
     "至10日对法国、塞尔维亚、匈牙利进行国事访问。",
     "2024-04-29", "zh", [("CHN-FRA", "in_person", "2024-05-05", "planned"),
      ("CHN-HUN", "in_person", "2024-05-05", "planned"),
      ("CHN-SRB", "in_person", "2024-05-05", "planned")]),
    ("应法国总统马克龙、塞尔维亚总统武契奇邀请，国家主席习近平将于5月5日至10日对法国、塞尔维亚进行国事访"
     "问。",
     "2024-04-29", "zh", [("CHN-FRA", "in_person", "2024-05-05", "planned"),
      ("CHN-SRB", "in_person", "2024-05-05", "planned")]),
    ("国家主席习近平5月5日至10日对法国、塞尔维亚、匈牙利进行国事访问。",
     "2024-05-11", "zh", [("CHN-FRA", "in_person", "2024-05-05", "occurred"),
      ("CHN-HUN", "in_person", "2024-05-05", "occurred"),
      ("CHN-SRB", "in_person", "2024-05-05", "occurred")]),
    ("国家主席习近平4月14日至18日对越南、马来西亚、柬埔寨进行国事访问。",
     "2025-04-19", "zh", [("CHN-KHM", "in_person", "2025-04-14", "occurred"),
      ("CHN-MYS", "in_person", "2025-04-14", "occurred"),
      ("CHN-VNM", "in_person", "2025-04-14", "occurred")]),
    ("国务院总理李强6月13日至20日对新西兰、澳大利亚、马来西亚进行正式访问。",
     "2024-06-21", "zh", [("AUS-CHN", "in_person", "2024-06-13", "occurred"),
      ("CHN-MYS", "in_person", "2024-06-13", "occurred"),
      ("CHN-NZL", "in_person", "2024-06-13", "occurred")]),
    ("国家主席习近平4月14日至15日对越南进行国事访问。",
     "2025-04-16", "zh", [("CHN-VNM", "in_person", "2025-04-14", "occurred")]),
    # (the next legs, not listed with the visit: no host)
    ("国家主席习近平5月5日至7日对法国进行国事访问，随后前往塞尔维亚和匈牙利。",
     "2024-05-11", "zh", [("CHN-FRA", "in_person", "2024-05-05", "occurred")]),
    # -- Chinese: a visit word that carries its country, a capital ------------------------------------------
    ("应国家主席习近平邀请，俄罗斯总统普京将于8月31日至9月3日来华出席上海合作组织天津峰会并出席纪念活动"
     "。",
     "2025-08-25", "zh", [("CHN-RUS", "in_person", "2025-08-31", "planned")]),
    ("俄罗斯总统普京5月16日来华进行国事访问。",
     "2024-05-17", "zh", [("CHN-RUS", "in_person", "2024-05-16", "occurred")]),
    ("美国总统特朗普表示，他将于明年4月访问北京。",
     "2025-11-25", "zh", [("CHN-USA", "in_person", "2026-04", "planned")]),
    ("法国总统马克龙3日抵达北京，开始对中国进行国事访问。",
     "2025-12-03", "zh", [("CHN-FRA", "in_person", "2025-12-03", "occurred")]),
    # -- Chinese: letters and messages ---------------------------------------------------------------------
    ("国家主席习近平同俄罗斯总统普京2日互致贺电，庆祝两国建交75周年。",
     "2024-10-02", "zh", [("CHN-RUS", "written", "2024-10-02", "occurred")]),
    ("国家主席习近平18日致电普京，祝贺他再次当选俄罗斯总统。",
     "2024-03-19", "zh", [("CHN-RUS", "written", "2024-03-18", "occurred")]),
    ("国家主席习近平25日致电马克龙，祝贺他再次当选法国总统。",
     "2022-04-26", "zh", [("CHN-FRA", "written", "2022-04-25", "occurred")]),
    ("国家主席习近平29日就缅甸发生强烈地震向缅甸领导人敏昂莱致慰问电。",
     "2025-03-30", "zh", [("CHN-MMR", "written", "2025-03-29", "occurred")]),
    # -- Chinese: plans, negations, ministers and envoys ---------------------------------------------------
    ("特朗普称，他希望在今年年底前同金正恩会面。",
     "2025-10-20", "zh", [("PRK-USA", "in_person", "2025", "planned")]),
    ("特朗普此次亚洲之行没有同金正恩会面。",
     "2025-10-30", "zh", []),
    ("克里姆林宫表示，普京目前没有同泽连斯基会面的计划。",
     "2025-08-20", "zh", []),
    ("外交部长王毅同美国国务卿鲁比奥通电话。",
     "2025-09-10", "zh", []),
    ("外交部长王毅在巴黎同法国外长巴罗举行会谈。",
     "2025-07-03", "zh", []),
    ("国家副主席韩正作为习近平主席特使出席特朗普就职典礼。",
     "2025-01-21", "zh", []),
    ("两国元首曾于2023年11月在美国旧金山举行会晤。",
     "2024-11-16", "zh", []),
    # -- Japanese: calls -----------------------------------------------------------------------------------
    ("高市早苗首相は25日夜、トランプ米大統領と初めて電話会談した。",
     "2025-10-25", "ja", [("JPN-USA", "phone", "2025-10-25", "occurred")]),
    ("石破首相は9日夜、韓国の李在明大統領と初めて電話で会談した。",
     "2025-06-09", "ja", [("JPN-KOR", "phone", "2025-06-09", "occurred")]),
    ("石破総理大臣は、きのう、韓国のイ・ジェミョン大統領と電話で会談しました。",
     "2025-06-10", "ja", [("JPN-KOR", "phone", "2025-06-09", "occurred")]),
    ("石破首相は4月7日夜、トランプ大統領と電話で約25分間会談し、関税措置の見直しを求めた。",
     "2025-04-08", "ja", [("JPN-USA", "phone", "2025-04-07", "occurred")]),
    ("高市首相は25日、トランプ大統領と電話で会談した。トランプ氏が前日に習近平国家主席と電話会談したこと"
     "を受けたもの。",
     "2025-11-25", "ja", [("CHN-USA", "phone", "2025-11-24", "occurred"),
      ("JPN-USA", "phone", "2025-11-25", "occurred")]),
    ("高市首相は25日夜、トランプ大統領と電話で会談した。トランプ氏は前日、中国の習近平国家主席と電話で会"
     "談していた。",
     "2025-11-26", "ja", [("CHN-USA", "phone", "2025-11-24", "occurred"),
      ("JPN-USA", "phone", "2025-11-25", "occurred")]),
    # -- Japanese: meetings, summits, audiences ------------------------------------------------------------
    # the time in brackets on Japan's clock, even after "午前", dates nothing
    ("石破茂首相は7日午前（日本時間8日未明）、ホワイトハウスでトランプ大統領と初めて会談した。",
     "2025-02-08", "ja", [("JPN-USA", "in_person", "2025-02-07", "occurred")]),
    ("トランプ大統領とロシアのプーチン大統領は15日（日本時間16日）、アラスカ州で会談した。",
     "2025-08-16", "ja", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("高市首相は28日、来日したトランプ大統領と迎賓館で会談した。",
     "2025-10-28", "ja", [("JPN-USA", "in_person", "2025-10-28", "occurred")]),
    ("天皇陛下は27日、皇居・御所でトランプ大統領と会見された。",
     "2025-10-27", "ja", [("JPN-USA", "in_person", "2025-10-27", "occurred")]),
    ("高市首相は31日、訪問先の韓国・慶州で中国の習近平国家主席と初めて会談した。",
     "2025-10-31", "ja", [("CHN-JPN", "in_person", "2025-10-31", "occurred")]),
    ("高市首相は30日、APEC首脳会議に合わせて韓国の李在明大統領と会談した。",
     "2025-10-30", "ja", [("JPN-KOR", "in_person", "2025-10-30", "occurred")]),
    ("石破首相は23日、来日した韓国の李在明大統領と首相官邸で会談した。",
     "2025-08-23", "ja", [("JPN-KOR", "in_person", "2025-08-23", "occurred")]),
    ("石破首相は16日、カナダで開かれているG7サミットに合わせてトランプ大統領と会談した。",
     "2025-06-17", "ja", [("JPN-USA", "in_person", "2025-06-16", "occurred")]),
    ("石破首相は29日、来日したインドのモディ首相と首相官邸で会談した。",
     "2025-08-29", "ja", [("IND-JPN", "in_person", "2025-08-29", "occurred")]),
    ("岸田首相は10日、国賓として訪米し、ホワイトハウスでバイデン大統領と会談した。",
     "2024-04-11", "ja", [("JPN-USA", "in_person", "2024-04-10", "occurred")]),
    ("岸田首相は10日、ホワイトハウスでバイデン大統領と会談した。同日夜には、バイデン大統領夫妻主催の公式"
     "晩さん会に出席した。",
     "2024-04-11", "ja", [("JPN-USA", "in_person", "2024-04-10", "occurred")]),
    ("岸田首相は16日（日本時間17日）、訪問先のサンフランシスコで中国の習近平国家主席と約1時間会談した。",
     "2023-11-17", "ja", [("CHN-JPN", "in_person", "2023-11-16", "occurred")]),
    ("岸田首相は16日（日本時間17日）、訪問先のサンフランシスコで中国の習近平国家主席と約1時間会談した。"
     "両首脳の対面での会談は、昨年11月にタイ・バンコクで会談して以来、約1年ぶり。",
     "2023-11-17", "ja", [("CHN-JPN", "in_person", "2022-11", "occurred"),
      ("CHN-JPN", "in_person", "2023-11-16", "occurred")]),
    ("中国の習近平国家主席は8日、モスクワのクレムリンでロシアのプーチン大統領と会談した。",
     "2025-05-08", "ja", [("CHN-RUS", "in_person", "2025-05-08", "occurred")]),
    ("石破首相は17日、カナダで韓国の李在明大統領と初の対面での首脳会談を行った。石破首相はこれに先立ち、"
     "16日にトランプ大統領とも会談した。",
     "2025-06-18", "ja", [("JPN-KOR", "in_person", "2025-06-17", "occurred"),
      ("JPN-USA", "in_person", "2025-06-16", "occurred")]),
    ("高市首相とトランプ大統領は28日、東京・元赤坂の迎賓館で初の対面会談に臨んだ。会談後、両首脳は日米同"
     "盟の「新たな黄金時代」をうたう文書に署名した。",
     "2025-10-28", "ja", [("JPN-USA", "in_person", "2025-10-28", "occurred")]),
    ("ゼレンスキー大統領は18日、ホワイトハウスでトランプ大統領と会談した。会談には欧州の首脳らも同席した"
     "。",
     "2025-08-19", "ja", [("UKR-USA", "in_person", "2025-08-18", "occurred")]),
    ("石破首相は30日、韓国・釜山を訪れ、李在明大統領と会談した。両首脳の会談は8月に東京で会談して以来。",
     "2025-10-01", "ja", [("JPN-KOR", "in_person", "2025-08", "occurred"),
      ("JPN-KOR", "in_person", "2025-09-30", "occurred")]),
    ("石破首相は、来日中のモディ首相と30日、宮城県を訪れ、東北新幹線に乗車した。",
     "2025-08-30", "ja", [("IND-JPN", "in_person", "2025-08-30", "occurred")]),
    ("石破茂首相は15日、訪問先のペルー・リマで中国の習近平国家主席と初めて会談した。",
     "2024-11-16", "ja", [("CHN-JPN", "in_person", "2024-11-15", "occurred")]),
    ("石破首相は15日（日本時間16日）、APEC首脳会議が開かれているペルーのリマで、韓国の尹錫悦大統領と会談"
     "した。",
     "2024-11-16", "ja", [("JPN-KOR", "in_person", "2024-11-15", "occurred")]),
    ("岸田首相は16日、米サンフランシスコでバイデン大統領と約20分間会談した。",
     "2023-11-17", "ja", [("JPN-USA", "in_person", "2023-11-16", "occurred")]),
    ("岸田首相は7日、韓国を訪問し、ソウルの大統領府で尹錫悦大統領と会談した。",
     "2023-05-07", "ja", [("JPN-KOR", "in_person", "2023-05-07", "occurred")]),
    ("岸田首相は6日、ソウルで尹錫悦大統領と会談した。両首脳の会談は昨年11月に米サンフランシスコで会談し"
     "て以来となる。",
     "2024-09-06", "ja", [("JPN-KOR", "in_person", "2023-11", "occurred"),
      ("JPN-KOR", "in_person", "2024-09-06", "occurred")]),
    ("岸田首相は2日、パリのエリゼ宮でマクロン大統領と会談した。",
     "2024-05-03", "ja", [("FRA-JPN", "in_person", "2024-05-02", "occurred")]),
    ("北朝鮮の金正恩総書記は4日、北京で中国の習近平国家主席と会談した。",
     "2025-09-05", "ja", [("CHN-PRK", "in_person", "2025-09-04", "occurred")]),
    ("中国の習近平国家主席は31日、天津でインドのモディ首相と会談した。",
     "2025-08-31", "ja", [("CHN-IND", "in_person", "2025-08-31", "occurred")]),
    ("ゼレンスキー大統領は28日、ホワイトハウスでトランプ大統領と口論になった。",
     "2025-03-01", "ja", [("UKR-USA", "in_person", "2025-02-28", "occurred")]),
    # a dinner "welcoming" the guest: the plain non-past before its noun plans nothing
    ("チャールズ国王は25日、バッキンガム宮殿で天皇陛下を歓迎する晩さん会を開いた。",
     "2024-06-26", "ja", [("GBR-JPN", "in_person", "2024-06-25", "occurred")]),
    ("天皇、皇后両陛下は25日、英国を国賓として訪問し、チャールズ国王夫妻の歓迎式典に臨まれた。",
     "2024-06-26", "ja", [("GBR-JPN", "in_person", "2024-06-25", "occurred")]),
    # "翌11日", "次日7日": the next day of the narrative, its day told again (April in a report of May)
    ("岸田首相は4月10日、ホワイトハウスでバイデン大統領と会談した。翌11日には、フィリピンのマルコス大統"
     "領を交えた初の日米比首脳会談を開いた。",
     "2024-05-20", "ja", [("JPN-PHL", "in_person", "2024-04-11", "occurred"),
      ("JPN-USA", "in_person", "2024-04-10", "occurred"),
      ("JPN-USA", "in_person", "2024-04-11", "occurred"),
      ("PHL-USA", "in_person", "2024-04-11", "occurred")]),
    ("国家主席习近平5月6日在巴黎同法国总统马克龙举行会谈。次日7日，两国元首在上比利牛斯省再次会晤。",
     "2024-06-10", "zh", [("CHN-FRA", "in_person", "2024-05-06", "occurred"),
      ("CHN-FRA", "in_person", "2024-05-07", "occurred")]),
    # -- Japanese: a meeting named by its two leaders ------------------------------------------------------
    ("注目の石破・トランプ会談は7日、ホワイトハウスで行われた。",
     "2025-02-08", "ja", [("JPN-USA", "in_person", "2025-02-07", "occurred")]),
    ("トランプ・プーチン会談は15日、アラスカ州アンカレジの米軍基地で行われた。",
     "2025-08-16", "ja", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("トランプ・ゼレンスキー会談は18日、ホワイトハウスで行われた。",
     "2025-08-19", "ja", [("UKR-USA", "in_person", "2025-08-18", "occurred")]),
    ("トランプとプーチンの会談は15日に行われた。",
     "2025-08-16", "ja", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    ("米ロ首脳会談は15日、アラスカ州アンカレジで行われた。",
     "2025-08-16", "ja", [("RUS-USA", "in_person", "2025-08-15", "occurred")]),
    # -- Japanese: visits, tours, a visit word that carries its country ------------------------------------
    ("岸田首相は1日から6日までの日程で、フランス、ブラジル、パラグアイを歴訪する。",
     "2024-04-30", "ja", [("BRA-JPN", "in_person", "2024-05-01", "planned"),
      ("FRA-JPN", "in_person", "2024-05-01", "planned"),
      ("JPN-PRY", "in_person", "2024-05-01", "planned")]),
    ("インドのモディ首相は29日、来日した。",
     "2025-08-29", "ja", [("IND-JPN", "in_person", "2025-08-29", "occurred")]),
    ("トランプ大統領は27日に来日する予定だ。",
     "2025-10-20", "ja", [("JPN-USA", "in_person", "2025-10-27", "planned")]),
    ("政府は、トランプ大統領が27日から来日する方向で調整に入った。",
     "2025-10-10", "ja", [("JPN-USA", "in_person", "2025-10-27", "planned")]),
    # -- Japanese: plans, letters, relative months, ministers ----------------------------------------------
    ("石破首相は来月上旬にもアメリカを訪問し、トランプ大統領と会談する方向で調整している。",
     "2025-01-24", "ja", [("JPN-USA", "in_person", "2025-02", "planned")]),
    ("石破首相は先月23日、来日した韓国の李在明大統領と会談した。",
     "2025-09-02", "ja", [("JPN-KOR", "in_person", "2025-08-23", "occurred")]),
    ("石破首相は先月29日に来日したインドのモディ首相と会談した。",
     "2025-09-03", "ja", [("IND-JPN", "in_person", "2025-08-29", "occurred")]),
    ("トランプ大統領は7日、石破首相宛ての書簡をSNSで公表し、8月1日から25%の関税を課すと通告した。",
     "2025-07-08", "ja", [("JPN-USA", "written", "2025-07-07", "occurred")]),
    ("北朝鮮の金正恩総書記は12日、「ロシアの日」に合わせてプーチン大統領に祝電を送った。",
     "2025-06-13", "ja", [("PRK-RUS", "written", "2025-06-12", "occurred")]),
    ("トランプ大統領は、今回のアジア歴訪で北朝鮮の金正恩総書記との会談は実現しなかった。",
     "2025-10-30", "ja", []),
    ("プーチン大統領とトランプ大統領の会談は実現しなかった。",
     "2025-10-25", "ja", []),
    ("岩屋外務大臣は、アメリカのルビオ国務長官と電話で会談しました。",
     "2025-03-10", "ja", []),
    ("岩屋外相は、中国の王毅外相と会談した。",
     "2025-03-22", "ja", []),
    ("林官房長官は記者会見で、日中首脳会談の開催について「現時点で決まっていることはない」と述べた。",
     "2025-10-20", "ja", []),
    # -- a second pass: NHK's readings, plans in a noun, greetings, two contacts in one sentence -----------
    ("石破総理大臣は、韓国のイ・ジェミョン（李在明）大統領と電話で会談しました。",
     "2025-06-09", "ja", [("JPN-KOR", "phone", "2025-06-09", "occurred")]),
    ("高市総理大臣は、中国の習近平国家主席と初めての首脳会談を行いました。",
     "2025-10-31", "ja", [("CHN-JPN", "in_person", "2025-10-31", "occurred")]),
    ("日中首脳会談は31日夕方、韓国の慶州で行われた。",
     "2025-10-31", "ja", [("CHN-JPN", "in_person", "2025-10-31", "occurred")]),
    ("米中首脳会談は30日、韓国・釜山で行われた。",
     "2025-10-30", "ja", [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    ("石破首相は、トランプ大統領と会談する意向を示した。",
     "2025-01-24", "ja", [("JPN-USA", "in_person", "2025-01-24", "planned")]),
    # "臨む" (to go into the talks) in the plain non-past is still to come
    ("石破首相は、トランプ大統領との会談に臨む。",
     "2025-02-07", "ja", [("JPN-USA", "in_person", "2025-02-07", "planned")]),
    ("トランプ大統領は、プーチン大統領との首脳会談をハンガリーのブダペストで開く考えを示した。",
     "2025-10-17", "ja", [("RUS-USA", "in_person", "2025-10-17", "planned")]),
    ("ホワイトハウスは、トランプ大統領がプーチン大統領と近く会談するとの報道を否定した。",
     "2025-10-22", "ja", []),
    # "のあいさつを": a greeting after the genitive particle
    ("ロシアのプーチン大統領は、北朝鮮の金正恩総書記に新年のあいさつを送った。",
     "2025-01-01", "ja", [("PRK-RUS", "written", "2025-01-01", "occurred")]),
    ("（中央社華盛頓18日綜合外電報導）美國總統川普今天在白宮接待烏克蘭總統澤倫斯基，多位歐洲領袖也一同出"
     "席。",
     "2025-08-18", "zh", [("UKR-USA", "in_person", "2025-08-18", "occurred")]),
    # "又" (again) opens a second contact with its own date; the first keeps the date of its own clause
    ("普京与特朗普于8月15日在阿拉斯加会晤后，两人又于10月16日通电话。",
     "2025-10-20", "zh", [("RUS-USA", "in_person", "2025-08-15", "occurred"),
      ("RUS-USA", "phone", "2025-10-16", "occurred")]),
    ("国家主席习近平在会谈后同普京共同签署并发表联合声明。",
     "2025-05-08", "zh", [("CHN-RUS", "in_person", "2025-05-08", "occurred")]),
    ("特朗普在社交媒体上说，他同普京进行了“非常好”的通话。",
     "2025-03-18", "zh", [("RUS-USA", "phone", "2025-03-18", "occurred")]),
    ("中美两国元首今年以来已三次通电话。",
     "2025-11-24", "zh", []),
    # two partners each in a clause of its own under one subject met the subject, not one another
    ("石破首相は17日、トランプ大統領と会談し、李在明大統領とも会談した。",
     "2025-06-18", "ja", [("JPN-KOR", "in_person", "2025-06-17", "occurred"),
      ("JPN-USA", "in_person", "2025-06-17", "occurred")]),
    ("石破首相は6月16日、カナダでトランプ大統領と会談し、翌17日には韓国の李在明大統領と会談した。",
     "2025-10-20", "ja", [("JPN-KOR", "in_person", "2025-06-17", "occurred"),
      ("JPN-USA", "in_person", "2025-06-16", "occurred")]),
    ("高市首相は30日、李在明大統領と会談し、31日には習近平国家主席と会談した。",
     "2025-11-01", "ja", [("CHN-JPN", "in_person", "2025-10-31", "occurred"),
      ("JPN-KOR", "in_person", "2025-10-30", "occurred")]),
    ("国家主席习近平15日在利马会见日本首相石破茂，还会见了韩国总统尹锡悦。",
     "2024-11-15", "zh", [("CHN-JPN", "in_person", "2024-11-15", "occurred"),
      ("CHN-KOR", "in_person", "2024-11-15", "occurred")]),
    # a tour of countries listed with "と" or "、" (Malaysia from 26 October 2025, then Japan, South Korea)
    ("トランプ大統領は27日から日本と韓国を訪問した。",
     "2025-10-30", "ja", [("JPN-USA", "in_person", "2025-10-27", "occurred"),
      ("KOR-USA", "in_person", "2025-10-27", "occurred")]),
    ("美國總統川普26日起先後訪問馬來西亞、日本和南韓。",
     "2025-10-30", "zh", [("JPN-USA", "in_person", "2025-10-26", "occurred"),
      ("KOR-USA", "in_person", "2025-10-26", "occurred"),
      ("MYS-USA", "in_person", "2025-10-26", "occurred")]),
    # an aide word right after a title is the office's envoy, no leader (Witkoff met Putin on 6 August 2025)
    ("美国总统特使威特科夫6日在莫斯科会见俄罗斯总统普京。",
     "2025-08-07", "zh", []),
    ("特朗普总统特使威特科夫6日在莫斯科会见俄罗斯总统普京。",
     "2025-08-07", "zh", []),
    ("俄罗斯总统普京6日在克里姆林宫会见美国总统特使威特科夫。",
     "2025-08-07", "zh", []),
    ("プーチン大統領は6日、トランプ大統領の特使ウィトコフ氏と会談した。",
     "2025-08-07", "ja", []),
    ("ウィトコフ特使は6日、モスクワでプーチン大統領と会談した。",
     "2025-08-07", "ja", []),
    # compounds and background summits (Trump and Kim at Panmunjom on 30 June 2019 and in Hanoi in February
    # 2019; Moon and Kim at Panmunjom on 27 April 2018)
    ("川習會談30日在釜山舉行。",
     "2025-10-30", "zh", [("CHN-USA", "in_person", "2025-10-30", "occurred")]),
    ("川金會2019年6月30日在板門店舉行。",
     "2025-10-20", "zh", [("PRK-USA", "in_person", "2019-06-30", "occurred")]),
    ("トランプ大統領と金正恩総書記は2019年6月、板門店で会談した。",
     "2025-10-20", "ja", [("PRK-USA", "in_person", "2019-06", "occurred")]),
    ("米朝首脳会談は2019年2月、ベトナムのハノイで行われた。",
     "2025-10-20", "ja", [("PRK-USA", "in_person", "2019-02", "occurred")]),
    ("文在寅与金正恩2018年4月27日在板门店举行会晤。",
     "2025-01-01", "zh", [("KOR-PRK", "in_person", "2018-04-27", "occurred")]),
    ("川普表示，他願意與金正恩會面。",
     "2025-10-24", "zh", [("PRK-USA", "in_person", "2025-10-24", "planned")]),
    # a state guest's welcome and a state banquet (Lula in Japan on 24-27 March 2025, in China on 12-14 May)
    ("天皇陛下は25日、皇居で国賓として来日したブラジルのルラ大統領の歓迎行事に臨まれた。",
     "2025-03-25", "ja", [("BRA-JPN", "in_person", "2025-03-25", "occurred")]),
    ("石破首相は26日、国賓として来日中のブラジルのルラ大統領と首相官邸で会談した。",
     "2025-03-26", "ja", [("BRA-JPN", "in_person", "2025-03-26", "occurred")]),
    ("ルラ大統領は24日、羽田空港に到着した。",
     "2025-03-24", "ja", []),
    ("国家主席习近平和夫人彭丽媛13日晚在人民大会堂举行国宴，欢迎巴西总统卢拉。",
     "2025-05-13", "zh", [("BRA-CHN", "in_person", "2025-05-13", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "lang", "expected"), CASES)
def test_chinese_and_japanese_press_forms(real: RuleExtractor, make_doc: DocFactory, text: str,
                                           published: str, lang: str,
                                           expected: list[tuple[str, ...]]) -> None:
    assert pair_rows(real, make_doc, text, published, lang) == expected


def test_a_title_spaced_from_a_minister_title_is_one_man_holding_both(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # The envoy rule reads an aide word glued to a title ("总统特使"); where words are spaced, a minister's
    # title after a leader's is the same man's second office: Qatar's prime minister and foreign minister,
    # whom al-Sisi received in Cairo on 13 February 2024, is a leader
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة رئيس مجلس الوزراء وزير الخارجية القطري "
            "الشيخ محمد بن عبدالرحمن آل ثاني.")
    assert pair_rows(real, make_doc, text, "2024-02-13", "ar") == [("EGY-QAT", "in_person", "2024-02-13",
                                                                     "occurred")]


def test_a_compound_initial_of_several_leaders_names_the_one_the_text_names(
        real: RuleExtractor, make_doc: DocFactory) -> None:
    # "普" begins Putin's and Prabowo's names (both in office in August 2025): alone it names nobody
    assert pair_rows(real, make_doc, "备受关注的“普特会”15日在美国阿拉斯加州举行。", "2025-08-16", "zh") == []
    # ... unless the text names one of their countries (Russia: Putin)
    assert pair_rows(real, make_doc, "備受關注的習普會22日在俄羅斯喀山登場。", "2024-10-22", "zh") == [
        ("CHN-RUS", "in_person", "2024-10-22", "occurred")]
    # a character of a name the index reads is no initial: "川普會見" is Trump meeting, not Trump-Putin
    assert pair_rows(real, make_doc, "美國總統川普會見到訪的日本首相石破茂。", "2025-02-08", "zh") == [
        ("JPN-USA", "in_person", "2025-02-08", "occurred")]


def test_initials_come_from_han_names_written_as_one_word() -> None:
    gazetteer = load_default()
    first = initials(gazetteer.leaders, gazetteer.short_names)
    assert "xi-jinping" in first["习"] and "xi-jinping" in first["習"]
    assert "donald-trump" in first["川"] and "donald-trump" in first["特"]
    assert "joe-biden" in first["拜"]
    # a full name in parts ("唐纳德·特朗普") gives no initial of its given name
    assert "donald-trump" not in first.get("唐", frozenset())
