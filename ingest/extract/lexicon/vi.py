"""Vietnamese, as VnExpress, Tuổi Trẻ, Thanh Niên, VTV, the Vietnam News Agency and Báo Chính phủ write it.

Vietnamese writes each syllable apart and does not inflect: a word is one or more syllables, so every title,
cue and name is a phrase ("Thủ tướng", "hội đàm", "Phạm Minh Chính"). The marks tell words apart ("thăm",
visit, and "tham" of "tham gia"; "thư", letter, and "thứ" of "thứ Hai"), so the lexicon is keyed with them
(`tones`): its phrases are written with their marks and meet only the words so written. The country's name
follows the title ("Tổng thống Pháp Emmanuel Macron", "Thủ tướng Nhật Bản Ishiba Shigeru"), as in Indonesian;
the press writes the day and month with a slash after a day word ("sáng 15/4", "ngày 20/6/2024").
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names and capitals in Vietnamese (ISO3; names; demonyms; capitals), as the Vietnamese press writes
# them. A country's name is its adjective ("Tổng thống Pháp"), so there are no demonyms. Left out: "Anh"
# (the United Kingdom) alone is written, "Ý" (Italy) too, but both are also common words ("ý kiến",
# opinion): they are kept, with the phrases that hold them listed in set_phrases.
_PLACES = place_table("""
USA; Mỹ/Hoa Kỳ/Hợp chúng quốc Hoa Kỳ; ; Washington/Washington DC
RUS; Nga/Liên bang Nga; ; Moskva/Mátxcơva/Moscow/Điện Kremlin
CHN; Trung Quốc/Cộng hòa Nhân dân Trung Hoa/Trung Hoa; ; Bắc Kinh/Thượng Hải/Đại lễ đường Nhân dân
FRA; Pháp/Cộng hòa Pháp; ; Paris/Điện Élysée
DEU; Đức/Cộng hòa Liên bang Đức; ; Berlin
GBR; Anh/Vương quốc Anh/Liên hiệp Vương quốc Anh; ; London/Luân Đôn
ITA; Italy/Ý/Italia; ; Rome/Roma
ESP; Tây Ban Nha; ; Madrid
PRT; Bồ Đào Nha; ; Lisbon
NLD; Hà Lan; ; Amsterdam/The Hague
BEL; Bỉ; ; Brussels
CHE; Thụy Sĩ/Thuỵ Sĩ; ; Bern/Geneva/Davos
AUT; Áo; ; Vienna/Viên
SWE; Thụy Điển/Thuỵ Điển; ; Stockholm
NOR; Na Uy; ; Oslo
DNK; Đan Mạch; ; Copenhagen
FIN; Phần Lan; ; Helsinki
POL; Ba Lan; ; Warszawa/Vacsava
CZE; Séc/Cộng hòa Séc; ; Praha
HUN; Hungary; ; Budapest
GRC; Hy Lạp; ; Athens
IRL; Ireland/Ai-len; ; Dublin
ROU; Romania; ; Bucharest
BGR; Bulgaria; ; Sofia
SRB; Serbia; ; Belgrade
BLR; Belarus; ; Minsk
UKR; Ukraine; ; Kiev/Kyiv
TUR; Thổ Nhĩ Kỳ; ; Ankara/Istanbul
IRN; Iran; ; Tehran
ISR; Israel; ; Jerusalem/Tel Aviv
PSE; Palestine; ; Ramallah
EGY; Ai Cập; ; Cairo
SAU; Ả Rập Xê Út/Saudi Arabia; ; Riyadh/Jeddah
ARE; Các Tiểu vương quốc Ả Rập Thống nhất/UAE; ; Abu Dhabi/Dubai
QAT; Qatar; ; Doha
KWT; Kuwait; ; Thành phố Kuwait
JOR; Jordan; ; Amman
SYR; Syria; ; Damascus
IRQ; Iraq; ; Baghdad
LBN; Liban/Lebanon; ; Beirut
JPN; Nhật Bản/Nhật; ; Tokyo/Osaka/Hiroshima
KOR; Hàn Quốc; ; Seoul
PRK; Triều Tiên/Cộng hòa Dân chủ Nhân dân Triều Tiên; ; Bình Nhưỡng/Pyongyang
MNG; Mông Cổ; ; Ulan Bator
IND; Ấn Độ; ; New Delhi
PAK; Pakistan; ; Islamabad
BGD; Bangladesh; ; Dhaka
LKA; Sri Lanka; ; Colombo
NPL; Nepal; ; Kathmandu
KAZ; Kazakhstan; ; Astana
UZB; Uzbekistan; ; Tashkent
AZE; Azerbaijan; ; Baku
LAO; Lào; ; Viêng Chăn/Vientiane
KHM; Campuchia; ; Phnom Penh
THA; Thái Lan; ; Bangkok
MYS; Malaysia; ; Kuala Lumpur
SGP; Singapore; ; Singapore
IDN; Indonesia; ; Jakarta/Bali
PHL; Philippines; ; Manila
MMR; Myanmar; ; Naypyidaw
BRN; Brunei; ; Bandar Seri Begawan
TLS; Timor-Leste/Đông Timor; ; Dili
AUS; Australia/Úc; ; Canberra/Sydney
NZL; New Zealand; ; Wellington
CAN; Canada; ; Ottawa
MEX; Mexico; ; Mexico City
BRA; Brazil; ; Brasilia/Rio de Janeiro
ARG; Argentina; ; Buenos Aires
CHL; Chile; ; Santiago
CUB; Cuba; ; La Habana/Havana
VEN; Venezuela; ; Caracas
ZAF; Nam Phi; ; Pretoria/Johannesburg
NGA; Nigeria; ; Abuja
ETH; Ethiopia; ; Addis Ababa
DZA; Algeria; ; Algiers
MAR; Morocco/Ma-rốc; ; Rabat
VAT; Vatican/Tòa Thánh/Toà Thánh; ; Vatican
VNM; Việt Nam/Cộng hòa Xã hội chủ nghĩa Việt Nam; ; Hà Nội/TP Hồ Chí Minh/Thành phố Hồ Chí Minh/
    Đà Nẵng/Hải Phòng/Phủ Chủ tịch/Trụ sở Chính phủ/Văn phòng Chính phủ/Trụ sở Trung ương Đảng
EU; Liên minh châu Âu/EU; ; Brussels
""")

LEXICON = Lexicon(
    lang="vi",
    tones=True,
    # "Thủ tướng" or "Chủ tịch nước" alone is Vietnam's in the Vietnamese press
    home="VNM",
    titles={
        # "Chủ tịch" heads a state ("Chủ tịch Trung Quốc Tập Cận Bình", "Chủ tịch Triều Tiên Kim Jong-un") and
        # many bodies: those are ministers' words below ("Chủ tịch Quốc hội")
        **mapping("president", "tổng thống|chủ tịch nước|chủ tịch|nguyên thủ|nguyên thủ quốc gia|"
                               "người đứng đầu nhà nước"),
        **mapping("prime_minister", "thủ tướng|thủ tướng chính phủ|người đứng đầu chính phủ|"
                                    "thủ tướng quốc vụ viện"),
        **mapping("chancellor", "thủ tướng đức"),
        **mapping("crown_prince", "thái tử|hoàng thái tử|thái tử kiêm thủ tướng"),
        **mapping("monarch", "quốc vương|nhà vua|vua|nữ hoàng|hoàng đế|nhật hoàng|tiểu vương"),
        **mapping("supreme_leader", "lãnh tụ tối cao"),
        **mapping("pope", "giáo hoàng|đức giáo hoàng"),
        **mapping(None, "nhà lãnh đạo"),
    },
    plural_titles={**mapping(None, "các nhà lãnh đạo|lãnh đạo các nước"),
                   **mapping("prime_minister", "các thủ tướng"),
                   **mapping("president", "các tổng thống|các nguyên thủ")},
    org_titles={**mapping("UN", "tổng thư ký liên hợp quốc|tổng thư ký lhq|tổng thư ký liên hiệp quốc"),
                **mapping("EU", "chủ tịch ủy ban châu âu|chủ tịch hội đồng châu âu|chủ tịch uỷ ban châu âu")},
    ministers=words(
        "bộ trưởng|bộ trưởng ngoại giao|ngoại trưởng|bộ trưởng quốc phòng|bộ trưởng tài chính|"
        "bộ trưởng thương mại|thứ trưởng|phó thủ tướng|phó thủ tướng thường trực|phó chủ tịch nước|"
        "phó tổng thống|đại sứ|đặc phái viên|đặc sứ|người phát ngôn|phát ngôn viên|cố vấn|trợ lý|"
        "chủ tịch quốc hội|chủ tịch ubnd|chủ tịch ủy ban nhân dân|chủ tịch uỷ ban nhân dân|"
        "chủ tịch thành phố|chủ tịch tỉnh|chủ tịch tập đoàn|chủ tịch hội đồng quản trị|chủ tịch hạ viện|"
        "chủ tịch thượng viện|chủ tịch đảng|chủ tịch mặt trận|ủy viên trưởng|uỷ viên trưởng|"
        "bí thư thành ủy|bí thư thành uỷ|bí thư tỉnh ủy|bí thư tỉnh uỷ|thường trực ban bí thư|"
        "trưởng ban|trưởng ban đối ngoại|tổng thư ký nato|thống đốc|thị trưởng|chánh văn phòng|"
        "tư lệnh|tổng tham mưu trưởng|đại biểu|nghị sĩ|thủ lĩnh đối lập|lãnh đạo đối lập|"
        "phu nhân|đệ nhất phu nhân"),
    counterparts=words("người đồng cấp|đồng cấp|vị khách|chủ nhà"),
    pair_refs=words("hai nhà lãnh đạo|hai bên|hai ông|hai vị|hai thủ tướng|hai tổng thống|"
                    "hai nguyên thủ|lãnh đạo hai nước|hai người"),
    pair_heads=words("hai"),
    ref_nouns=words("nhà lãnh đạo|nguyên thủ|thủ tướng|tổng thống|ông|vị"),
    group_heads={"ba": 3},
    plural_pronouns=words("họ"),
    indefinites=words("một|mỗi"),
    predicatives=words("trên cương vị|với tư cách"),
    quantifiers=words("một số|nhiều|các nước khác"),
    # "điện đàm" (phone talks), "cuộc điện đàm", "gọi điện", "trao đổi qua điện thoại"
    phone=words("điện đàm|cuộc điện đàm|gọi điện|gọi điện thoại|cuộc gọi|cuộc gọi điện thoại|"
                "trao đổi qua điện thoại|nói chuyện qua điện thoại|qua điện thoại|điện thoại|"
                "cuộc điện thoại"),
    video=words("hội đàm trực tuyến|trực tuyến|hội nghị trực tuyến|gặp trực tuyến|cuộc gọi video|"
                "qua video|qua truyền hình|cầu truyền hình|hình thức trực tuyến"),
    written=words("thư|bức thư|lá thư|gửi thư|thư tay|thông điệp|công thư|gửi điện"),
    # congratulations and condolences: a message unless the text says how
    greeting=words("điện mừng|điện chúc mừng|thư chúc mừng|chúc mừng|gửi điện mừng|điện chia buồn|"
                   "thư chia buồn|chia buồn|điện thăm hỏi|thư thăm hỏi|lẵng hoa chúc mừng"),
    joint_press=words("họp báo chung|cuộc họp báo chung"),
    # "hội đàm" (talks), "hội kiến" (a call of a guest on a host of other rank), "tiếp" (received)
    in_person=words("hội đàm|cuộc hội đàm|hội kiến|cuộc hội kiến|tiếp|tiếp kiến|tiếp đón|đón|đón tiếp|"
                    "lễ đón|chủ trì lễ đón|lễ đón chính thức|chào đón|gặp|gặp gỡ|gặp mặt|cuộc gặp|"
                    "cuộc gặp gỡ|làm việc với|thăm|chuyến thăm|thăm chính thức|thăm cấp nhà nước|"
                    "thăm làm việc|thăm hữu nghị|chiêu đãi|tiệc chiêu đãi|quốc yến|bắt tay|tiếp xúc|"
                    "chào xã giao|uống trà|dùng bữa|ăn tối|ăn trưa|bữa tối|bữa trưa|hội đàm hẹp|"
                    "hội đàm mở rộng|gặp riêng|gặp song phương"),
    talk=words("trao đổi|thảo luận|bàn|bàn về|đàm phán|thống nhất|nhất trí|đối thoại|trao đổi ý kiến"),
    # "nói chuyện với X": a call unless the text says they met
    spoke=words("nói chuyện|trò chuyện"),
    roundup=words("điện mừng của lãnh đạo các nước|lãnh đạo nhiều nước"),
    # words that hold a cue word and are no contact ("tiếp tục", continue; "gặp khó khăn", have trouble;
    # "không khí", the atmosphere of talks, holds the negation "không")
    not_cues=words(
        "tiếp tục|tiếp theo|trực tiếp|gián tiếp|tiếp cận|tiếp nhận|tiếp thu|tiếp diễn|tiếp nối|kế tiếp|"
        "liên tiếp|tiếp giáp|tiếp sức|tiếp thị|tiếp tế|gặp khó khăn|gặp phải|gặp nạn|gặp sự cố|thăm dò|"
        "thăm quan|đón nhận|không khí|không chỉ|hàng không|không quân|không gian|không ngừng|không phận|"
        "chưa từng có|họp báo|buổi nói chuyện|nói chuyện chính sách|thống nhất đất nước|"
        "thư ký|tổng thư ký|trao đổi thương mại|trao đổi hàng hóa|trao đổi sinh viên|trao đổi đoàn|"
        "kêu gọi|hàng không vũ trụ|tiếp đón nồng hậu"),
    caller_words=words("gọi điện|gọi điện cho|gọi cho"),
    from_words=words("từ"),
    receive_words=words("nhận|nhận được"),
    initiative=words("theo đề nghị của|theo lời mời của|nhận lời mời của|theo sáng kiến của"),
    object_cues=words("tiếp|đón"),
    # "sẽ" (will), "dự kiến" (expected), "theo kế hoạch" (as planned)
    planned=words("sẽ|dự kiến|theo kế hoạch|theo chương trình|dự định|kế hoạch|sắp|sắp tới|chuẩn bị|"
                  "mong|mong muốn|mong sớm|hy vọng|hi vọng|tuần tới|tháng tới|năm tới|tuần sau|tháng sau|"
                  "năm sau|ngày mai|sẵn sàng|"
                  # an invitation is a contact to come ("đã mời nhau sang thăm"); a visit made on one is
                  # told with "nhận lời mời của" (initiative, the longer phrase)
                  "mời|lời mời|mời nhau"),
    planned_sentence=words("theo kế hoạch|theo chương trình dự kiến|dự kiến sẽ|theo lịch trình"),
    negation=words("không|chưa|hủy|huỷ|hủy bỏ|huỷ bỏ|hoãn|trì hoãn|không diễn ra"),
    # (the passive "bị hủy", was cancelled, follows the meeting it cancels: it speaks for the whole sentence)
    denial=words("bác bỏ|phủ nhận|bác tin|sai sự thật|hư cấu|không có kế hoạch|chưa có kế hoạch|"
                 "bị hủy|bị huỷ|bị hoãn|bị hủy bỏ|bị huỷ bỏ"),
    visit=words("thăm|chuyến thăm|thăm chính thức|thăm cấp nhà nước|thăm làm việc|thăm hữu nghị|tới|đến|"
                "đặt chân|lễ đón|công du|chuyến công du|rời"),
    summit=words("hội nghị thượng đỉnh|thượng đỉnh|hội nghị cấp cao|bên lề|nhân dịp|apec|asean|g20|g7|"
                 "brics|đại hội đồng liên hợp quốc|khóa họp|khoá họp|diễn đàn|hội nghị"),
    # "Tổng thống Mỹ Joe Biden", "ông Tập Cận Bình", "Ngài", "Bà"; "Tổng Bí thư" (the party's General
    # Secretary, no state office: docs/GAZETTEER.md) before the state title he may also hold ("với Tổng Bí
    # thư, Chủ tịch nước Trung Quốc Tập Cận Bình")
    fillers=words("ông|bà|ngài|nước|cộng hòa|cộng hoà|vương quốc|liên bang|tổng bí thư"),
    relative=words("người|mà"),
    companions=words("cùng với|cùng phu nhân|tháp tùng|đi cùng|cùng đi"),
    subordinators=words("sau khi|trước khi|khi|trong khi|mặc dù|dù|nhằm"),
    subjectless=words("sau khi|trước khi"),
    time_relatives=words("khi"),
    place_relatives=words("nơi"),
    # "ngày 12 tháng này": a day of this month
    day_alone_tails=words("tháng này"),
    units_ago={**mapping(7, "tuần trước"), **mapping(30, "tháng trước"), **mapping(365, "năm trước")},
    months={**mapping(1, "tháng 1|tháng một|tháng giêng"), **mapping(2, "tháng 2|tháng hai"),
            **mapping(3, "tháng 3|tháng ba"), **mapping(4, "tháng 4|tháng tư"),
            **mapping(5, "tháng 5|tháng năm"), **mapping(6, "tháng 6|tháng sáu"),
            **mapping(7, "tháng 7|tháng bảy"), **mapping(8, "tháng 8|tháng tám"),
            **mapping(9, "tháng 9|tháng chín"), **mapping(10, "tháng 10|tháng mười"),
            **mapping(11, "tháng 11|tháng mười một"), **mapping(12, "tháng 12|tháng mười hai|tháng chạp")},
    # "thứ Hai" is Monday and also "second" ("lần thứ hai"): a weekday is read after a day word only
    weekdays={**{f"{lead} {day}": k for k, days in enumerate((
        ("thứ hai", "thứ 2"), ("thứ ba", "thứ 3"), ("thứ tư", "thứ 4"), ("thứ năm", "thứ 5"),
        ("thứ sáu", "thứ 6"), ("thứ bảy", "thứ 7"), ("chủ nhật",)))
        for day in days for lead in ("hôm", "ngày", "sáng", "chiều", "trưa", "tối", "đêm", "vào",
                                     "rạng sáng")},
              # "thứ Năm tuần trước", "hôm thứ Năm tuần qua": a weekday of last week (weekday - 7, see
              # dates.resolve); "tuần trước" tells it from an ordinal, with or without a lead
              **{f"{lead}{day} {last}": k - 7 for k, days in enumerate((
                  ("thứ hai", "thứ 2"), ("thứ ba", "thứ 3"), ("thứ tư", "thứ 4"), ("thứ năm", "thứ 5"),
                  ("thứ sáu", "thứ 6"), ("thứ bảy", "thứ 7"), ("chủ nhật",)))
                 for day in days for last in ("tuần trước", "tuần qua")
                 for lead in ("", "hôm ", "ngày ", "vào ", "sáng ", "chiều ", "tối ")},
              "chủ nhật": 6},
    relative_days={"hôm nay": 0, "hôm qua": -1, "ngày mai": 1, "hôm kia": -2, "ngày kia": 2,
                   "sáng nay": 0, "chiều nay": 0, "trưa nay": 0, "tối nay": 0, "đêm nay": 0,
                   "đêm qua": -1, "tối qua": -1, "sáng qua": -1, "chiều qua": -1, "tối hôm qua": -1,
                   "sáng hôm qua": -1, "chiều hôm qua": -1, "sáng mai": 1, "chiều mai": 1, "tối mai": 1},
    anchored_days={"cùng ngày": 0, "trong ngày": 0, "ngày hôm sau": 1, "hôm sau": 1,
                   "ngày hôm trước": -1, "một ngày sau": 1, "một ngày trước": -1},
    relative_weeks={"tuần trước": -1, "tuần qua": -1, "tuần này": 0, "tuần tới": 1, "tuần sau": 1},
    relative_months={"tháng trước": -1, "tháng này": 0, "tháng tới": 1, "tháng sau": 1},
    relative_years={"năm ngoái": -1, "năm trước": -1, "năm nay": 0, "năm tới": 1, "năm sau": 1},
    day_units={"ngày sau": 1},
    day_units_ago=words("ngày trước"),
    # "tháng 3 vừa qua": last March
    past=words("vừa qua|trước"),
    # (the press's thirds of a month: "thượng tuần", "trung tuần", "hạ tuần tháng 2": early, mid, late
    # February)
    month_leads=words("vào|trong|hồi|đầu|cuối|giữa|từ|vào đầu|vào cuối|hồi đầu|hồi cuối|thượng tuần|"
                      "trung tuần|hạ tuần"),
    year_leads=words("năm|vào năm|hồi năm|trong năm|từ năm"),
    # the day words before a day and month written with a slash ("sáng 15/4", "hôm 18/3", "ngày 20/6/2024")
    day_leads=words("ngày|hôm|sáng|chiều|trưa|tối|đêm|rạng sáng|sáng sớm|chiều tối|tối muộn"),
    # ordinals that are no weekday: "lần thứ hai" (the second time), "ngày thứ hai của chuyến thăm"
    not_dates=words("lần thứ hai|lần thứ ba|lần thứ tư|lần thứ năm|ngày thứ hai của|ngày thứ ba của|"
                    "ngày thứ hai trong|vào ngày thứ hai của|nhiệm kỳ thứ hai"),
    # "chiều 25/9 theo giờ địa phương (tức rạng sáng 26/9 giờ Việt Nam)": the same moment on Hanoi's clock
    other_zones=words("tức|tức là|giờ việt nam|theo giờ việt nam|giờ hà nội|theo giờ hà nội"),
    numbers={"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10},
    complementizers=words("rằng"),
    reporting=words("cho biết|nói|tuyên bố|khẳng định|nhấn mạnh|phát biểu|viết|thông báo|đưa tin|"
                    "cho rằng|bày tỏ|nêu rõ"),
    restating=words("đây là|đó là"),
    since=words("kể từ|từ khi"),
    since_contacts=words("kể từ"),
    after_contacts=words("sau"),
    firsts=words("đầu tiên|lần đầu"),
    presence=words("với sự chứng kiến của|trước sự chứng kiến của|dưới sự chứng kiến của"),
    between=words("giữa"),
    trilateral=words("ba bên"),
    last_time=words("lần gần nhất|lần trước|lần cuối"),
    then_words=words("khi đó|lúc đó|khi ấy|dịp đó|dịp này"),
    during=words("trong cuộc hội đàm|trong cuộc gặp|trong chuyến thăm|trong cuộc điện đàm|"
                 "tại cuộc hội đàm|tại cuộc hội kiến|trong cuộc hội kiến"),
    additives=words("cũng"),
    turns=words("trong khi đó|mặt khác|trong một diễn biến khác"),
    with_words=words("với|cùng với"),
    iteratives=words("nhiều lần|hai lần|ba lần"),
    urges=words("kêu gọi|hối thúc"),
    successions=words("kế nhiệm"),
    joint_acts=words("chứng kiến lễ ký|cùng chứng kiến|đồng chủ trì|chứng kiến lễ trao"),
    public_posts=words("trên mạng xã hội|trên twitter|trên truth social"),
    read_also=words("xem thêm|tin liên quan|đọc thêm"),
    captions=words("ảnh|ảnh:"),
    deceased=words("cố|vừa qua đời"),
    done_participles=words("đạt được|ký kết|được ký|được ký kết"),
    elect=words("đắc cử|cựu|tân"),
    possible=words("có thể|khả năng"),
    inserts=words("đã|cũng|vừa|đang|từng|lại"),
    stopwords=words("và|của|với|các|những|là|đã|sẽ|được|cho|tại|trong|này|đó|khi|cũng|theo|về|ông|bà|"
                    "hai|bên|người|nhà|ngày|năm|tháng|sáng|chiều|tối|hôm|nay|qua|đến|tới|từ|có|một"),
    # fixed phrases that hold a country or a cue word and are neither ("ý kiến", an opinion, holds "Ý",
    # Italy; "anh hùng", a hero, "Anh", Britain; "Nam Phi" stays South Africa, "miền Nam" no country)
    set_phrases=words("ý kiến|đồng ý|ý nghĩa|chú ý|ý tưởng|ý chí|ý định|lưu ý|ý thức|chủ ý|anh hùng|"
                      "anh em|tiếng anh|đức tin|đạo đức|đức giáo hoàng|nhân dân|nhân dịp|mỹ thuật|"
                      "thẩm mỹ|pháp luật|pháp lý|giải pháp|biện pháp|hiến pháp|phương pháp|tư pháp|"
                      "lập pháp|hành pháp|pháp nhân|cố gắng|thư viện|thư ký|bí thư"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
    # where the host received his guest ("tại Nhà Trắng"); bare, the seat speaks for its government
    seats={**mapping("USA", "tại nhà trắng|ở nhà trắng|tới nhà trắng"),
           **mapping("RUS", "tại điện kremlin|ở điện kremlin"),
           **mapping("FRA", "tại điện élysée|tại điện elysee"),
           **mapping("VNM", "tại phủ chủ tịch|tại trụ sở chính phủ|tại văn phòng chính phủ|"
                            "tại trụ sở trung ương đảng|tại nhà sàn bác hồ"),
           **mapping("CHN", "tại đại lễ đường nhân dân|tại trung nam hải")},
    topics={
        "bilateral_relations": words("quan hệ|hợp tác|đối tác chiến lược toàn diện|đối tác chiến lược|"
                                     "đối tác toàn diện|hữu nghị|song phương|hai nước|tin cậy chính trị"
                                     "|đối tác|đồng minh|bình thường hóa|bình thường hoá|đại sứ quán|"
                                     "thị thực|miễn thị thực|hai quốc gia|tin cậy|tình hữu nghị|"
                                     "láng giềng hữu nghị"
                                     "|đoàn kết|gắn bó|láng giềng|hợp tác toàn diện"),
        "trade_economy": words("thương mại|kinh tế|thuế quan|thuế|xuất khẩu|nhập khẩu|kim ngạch|"
                               "thị trường|hàng hóa|hàng hoá|thông quan|kinh tế thị trường|đất hiếm"
                               "|doanh nghiệp|kinh doanh|tài chính|chuỗi cung ứng|tiền tệ|"
                               "thặng dư thương mại|thâm hụt thương mại|fta|ngân hàng"
                               "|buôn bán|công nghiệp|hải quan"),
        "investment": words("đầu tư|nhà đầu tư|dự án|bảo hộ đầu tư"
                            "|fdi|vốn đầu tư|liên doanh"),
        "energy": words("năng lượng|dầu khí|dầu mỏ|khí đốt|điện hạt nhân|năng lượng sạch|"
                        "năng lượng tái tạo|hạt nhân dân sự|hạ tầng năng lượng"
                        "|điện gió|điện mặt trời|điện lực|lưới điện|than đá|xăng dầu|lọc dầu|lng|"
                        "khí tự nhiên|khí hóa lỏng|khí hoá lỏng|hydro xanh"),
        "security_defense": words("quốc phòng|an ninh|quân sự|vũ khí|công nghệ quốc phòng|"
                                  "trang thiết bị quốc phòng|nato"
                                  "|quân đội|phòng thủ|tên lửa|hải quân|lực lượng vũ trang|tập trận|"
                                  "công nghiệp quốc phòng|máy bay chiến đấu|ma túy|ma tuý|"
                                  "tội phạm xuyên quốc gia|gìn giữ hòa bình|gìn giữ hoà bình"
                                  "|cảnh sát biển|tàu chiến|tàu ngầm|đạn dược|máy bay không người lái"
                                  "|binh sĩ"),
        "counterterrorism": words("khủng bố|chống khủng bố"
                                  "|cực đoan|chủ nghĩa cực đoan"),
        "conflict_ceasefire": words("xung đột|chiến tranh|ngừng bắn|hòa bình|hoà bình|chiến sự|"
                                    "leo thang|lệnh ngừng bắn"
                                    "|giao tranh|tấn công|khủng hoảng|hòa giải|hoà giải|"
                                    "đàm phán hòa bình|đàm phán hoà bình"
                                    "|không kích|ném bom|chấm dứt chiến tranh|thỏa thuận hòa bình"
                                    "|thoả thuận hoà bình|kế hoạch hòa bình|kế hoạch hoà bình"),
        "humanitarian": words("nhân đạo|cứu trợ|viện trợ nhân đạo|quân nhân mỹ mất tích|"
                              "khắc phục hậu quả chiến tranh|con tin"
                              "|viện trợ|thiên tai|động đất|lũ lụt|bão|cứu hộ|dân thường|nạn đói|"
                              "hàng cứu trợ|chữ thập đỏ"),
        "reconstruction": words("tái thiết|phục hồi"),
        "migration_refugees": words("di cư|người tị nạn|người di cư|lao động"
                                    "|nhập cư|người nhập cư|di dân|tị nạn|buôn bán người"),
        "nuclear_nonproliferation": words("phi hạt nhân hóa|phi hạt nhân hoá|vũ khí hạt nhân|hạt nhân"
                                          "|không phổ biến vũ khí hạt nhân|làm giàu urani|urani|iaea|"
                                          "vũ khí hóa học|vũ khí hoá học"),
        "climate_environment": words("biến đổi khí hậu|khí hậu|môi trường|chuyển đổi xanh|phát thải"
                                     "|phát thải ròng|net zero|trung hòa carbon|trung hoà carbon|"
                                     "tăng trưởng xanh|kinh tế xanh|đa dạng sinh học|nước biển dâng"),
        "health": words("y tế|dịch bệnh|đại dịch|covid-19|covid|vaccine|vắc xin|phòng dịch"
                        "|dược phẩm|bệnh viện|chăm sóc sức khỏe|chăm sóc sức khoẻ|sức khỏe|sức khoẻ|"
                        "dịch tễ"),
        "regional_situation": words("biển đông|khu vực|tình hình khu vực|trung đông|gaza|"
                                    "bán đảo triều tiên|ấn độ dương - thái bình dương"
                                    "|biển đỏ|yemen|sudan|libya|haiti|taliban"),
        "sovereignty_territorial_integrity": words("chủ quyền|toàn vẹn lãnh thổ|đài loan|lãnh thổ"
                                                   "|phân giới cắm mốc|hoàng sa|trường sa|"
                                                   "vùng đặc quyền kinh tế|thềm lục địa|một trung quốc|"
                                                   "ly khai|sáp nhập|tranh chấp lãnh thổ|"
                                                   "eo biển đài loan"),
        "domestic_politics_elections": words("bầu cử|tranh cử|đại hội đảng|nhậm chức"
                                             "|trưng cầu dân ý|đảo chính"),
        "ceremonial": words("chúc mừng|chia buồn|kỷ niệm|quốc khánh|điện mừng|"
                            "thăm hỏi|đặt vòng hoa"
                            "|lễ tang|quốc tang|năm mới|chúc tết"),
        "sanctions": words("trừng phạt|cấm vận"
                           "|kiểm soát xuất khẩu|phong tỏa tài sản|phong toả tài sản|đóng băng tài sản|"
                           "lệnh cấm vận"),
        "human_rights_minorities": words("nhân quyền|dân chủ|tự do tôn giáo"
                                         "|tự do ngôn luận|tự do báo chí"),
        "multilateral_diplomacy": words("liên hợp quốc|asean|brics|đa phương|"
                                        "diễn đàn đa phương|hội đồng bảo an|liên minh châu âu|"
                                        "liên minh kinh tế á - âu"
                                        "|cộng đồng quốc tế|wto|tổ chức thương mại thế giới|hợp tác mekong"),
        "infrastructure_transport": words("đường sắt|hạ tầng|cơ sở hạ tầng|kết nối|cảng biển|"
                                          "hàng không|máy bay|đường bộ|cao tốc"
                                          "|giao thông|giao thông vận tải|vận tải|logistics|hậu cần|"
                                          "hành lang kinh tế|đường sắt tốc độ cao|cảng"),
        "food_agriculture": words("nông nghiệp|nông sản|lương thực|an ninh lương thực|thủy sản|"
                                  "thuỷ sản|gạo"
                                  "|lúa mì|phân bón|chăn nuôi|nông dân|trái cây|hoa quả|cà phê|"
                                  "nông lâm thủy sản|nông lâm thuỷ sản"),
        "technology": words("công nghệ|chuyển đổi số|bán dẫn|chất bán dẫn|trí tuệ nhân tạo|khoa học|"
                            "đổi mới sáng tạo|kinh tế số"
                            "|số hóa|số hoá|vi mạch|chip|không gian mạng|an ninh mạng|vệ tinh|viễn thông|"
                            "5g|lượng tử"),
        "culture_education_tourism": words("văn hóa|văn hoá|giáo dục|du lịch|đào tạo|sinh viên|"
                                           "giao lưu nhân dân|giao lưu nhân văn|thể thao"
                                           "|học bổng|đại học|du học|di sản|nghệ thuật|khách du lịch|"
                                           "ngôn ngữ|tiếng việt"),
    },
    places={"biển đông": "South China Sea", "gaza": "Gaza", "trung đông": "Middle East",
            "bán đảo triều tiên": "Korean Peninsula", "đài loan": "Taiwan", "crimea": "Crimea"},
)
