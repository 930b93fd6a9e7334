"""Indonesian, as Antara, Kompas, Detik and Tempo write it: no inflection, a few affixes written out.

Indonesian words do not inflect for case or tense: the future is "akan" before the verb, the negation
"tidak"/"belum" before it, the possessive "-nya" joined to the noun ("mitranya", his counterpart). A
country's name is also its adjective ("Presiden Prancis": the French president), so demonyms are few.
Agencies date with the weekday and the day/month in brackets ("Senin (13/5)"): the weekday is read.
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names and capitals in Indonesian (ISO3; names; demonyms; capitals), as Antara writes them.
# The demonym column holds the "asal X"-less adjectives the press also uses ("Amerika" for American).
_PLACES = place_table("""
USA; Amerika Serikat/Amerika; ; Washington
RUS; Rusia/Federasi Rusia; ; Moskow
CHN; Tiongkok/China/Cina/Republik Rakyat Tiongkok/RRT; ; Beijing/Peking
FRA; Prancis/Perancis; ; Paris
DEU; Jerman; ; Berlin
GBR; Inggris/Britania Raya/Kerajaan Inggris; ; London
ITA; Italia; ; Roma
ESP; Spanyol; ; Madrid
PRT; Portugal; ; Lisabon/Lisbon
NLD; Belanda; ; Amsterdam/Den Haag
BEL; Belgia; ; Brussel
CHE; Swiss; ; Bern/Jenewa
AUT; Austria; ; Wina
POL; Polandia; ; Warsawa
UKR; Ukraina; ; Kiev/Kyiv
HUN; Hongaria; ; Budapest
GRC; Yunani; ; Athena
TUR; Turki; ; Ankara/Istanbul
IRN; Iran; ; Teheran
ISR; Israel; ; Yerusalem/Tel Aviv
PSE; Palestina; ; Ramallah
EGY; Mesir; ; Kairo
SAU; Arab Saudi/Saudi Arabia; ; Riyadh
ARE; Uni Emirat Arab/UEA; ; Abu Dhabi
QAT; Qatar; ; Doha
JOR; Yordania; ; Amman
SYR; Suriah; ; Damaskus
IRQ; Irak; ; Baghdad
LBN; Lebanon; ; Beirut
KWT; Kuwait; ; Kuwait City
JPN; Jepang; ; Tokyo
KOR; Korea Selatan/Korsel; ; Seoul
PRK; Korea Utara/Korut; ; Pyongyang
IND; India; ; New Delhi
PAK; Pakistan; ; Islamabad
BGD; Bangladesh; ; Dhaka
AFG; Afghanistan; ; Kabul
MYS; Malaysia; ; Kuala Lumpur/Putrajaya
SGP; Singapura; ; Singapura
THA; Thailand; ; Bangkok
VNM; Vietnam; ; Hanoi
PHL; Filipina; ; Manila
BRN; Brunei Darussalam/Brunei; ; Bandar Seri Begawan
KHM; Kamboja; ; Phnom Penh
LAO; Laos; ; Vientiane
MMR; Myanmar; ; Naypyidaw
TLS; Timor Leste; ; Dili
AUS; Australia; ; Canberra
NZL; Selandia Baru; ; Wellington
PNG; Papua Nugini; ; Port Moresby
CAN; Kanada; ; Ottawa
MEX; Meksiko; ; Mexico City
BRA; Brasil; ; Brasilia
ARG; Argentina; ; Buenos Aires
ZAF; Afrika Selatan; ; Pretoria
NGA; Nigeria; ; Abuja
ETH; Etiopia; ; Addis Ababa
KEN; Kenya; ; Nairobi
DZA; Aljazair; ; Aljir
MAR; Maroko; ; Rabat
TUN; Tunisia; ; Tunis
SWE; Swedia; ; Stockholm
NOR; Norwegia; ; Oslo
DNK; Denmark; ; Kopenhagen
FIN; Finlandia; ; Helsinki
IRL; Irlandia; ; Dublin
CZE; Ceko; ; Praha
SRB; Serbia; ; Beograd
BLR; Belarus; ; Minsk
KAZ; Kazakhstan; ; Astana
UZB; Uzbekistan; ; Tashkent
AZE; Azerbaijan; ; Baku
VAT; Vatikan/Takhta Suci; ; Vatikan
IDN; Indonesia/Republik Indonesia; ; Jakarta/Istana Merdeka/Istana Negara/Istana Bogor/
    Istana Kepresidenan Bogor/Istana Kepresidenan/Bogor/Ibu Kota Nusantara/IKN
EU; Uni Eropa; ; Brussel
""")

LEXICON = Lexicon(
    lang="id",
    # "Presiden" or "Kepala Negara" alone is Indonesia's president in the Indonesian press
    home="IDN",
    titles={
        **mapping("president", "presiden|kepala negara"),
        **mapping("crown_prince", "putra mahkota|pangeran mahkota"),
        **mapping("monarch", "raja|ratu|sultan|emir|kaisar|yang dipertuan agong|baginda"),
        **mapping("supreme_leader", "pemimpin tertinggi|pemimpin spiritual"),
        **mapping("pope", "paus|sri paus"),
        **mapping("prime_minister", "perdana menteri|pm|kepala pemerintahan"),
        **mapping("chancellor", "kanselir"),
        **mapping(None, "pemimpin"),
    },
    # Indonesian marks the plural with "para" before the noun
    plural_titles={**mapping("president", "para presiden|para kepala negara"),
                   **mapping("prime_minister", "para perdana menteri"),
                   **mapping(None, "para pemimpin")},
    org_titles={**mapping("UN", "sekjen pbb|sekretaris jenderal pbb|"
                                "sekretaris jenderal perserikatan bangsa-bangsa"),
                **mapping("EU", "presiden komisi eropa|ketua komisi eropa|presiden dewan eropa")},
    ministers=words("menteri|menlu|menhan|menteri luar negeri|menteri pertahanan|menteri koordinator|"
                    "menko|menteri sekretaris negara|mensesneg|sekretaris kabinet|seskab|juru bicara|"
                    "jubir|utusan|utusan khusus|duta besar|dubes|penasihat|wakil presiden|wapres|"
                    "wakil perdana menteri|gubernur|wali kota|walikota|bupati|ketua dpr|ketua mpr|"
                    "delegasi|panglima|kepala staf|sekjen nato|mantan presiden|mantan perdana menteri|"
                    "ibu negara|pemimpin oposisi|tokoh oposisi|kapolri|kepala badan"),
    # "mitranya" (his counterpart, "-nya" joined), "rekan sejawatnya" (his colleague), "tamunya" (his guest)
    counterparts=words("mitranya|mitra|rekan sejawatnya|rekan sejawat|sejawatnya|koleganya|tamunya|"
                       "sang tamu|tuan rumah"),
    # ("keduanya": both of them, the pair as subject or after its contact noun: "pertemuan terakhir keduanya")
    pair_refs=words("keduanya|kedua pemimpin|kedua kepala negara|kedua presiden|kedua pihak|"
                    "kedua belah pihak|"
                    "kedua tokoh|kedua pemimpin negara|kedua kepala pemerintahan|kedua perdana menteri|"
                    "kedua negarawan"),
    pair_heads=words("kedua"),
    ref_nouns=words("pemimpin|presiden|tokoh|negarawan"),
    group_heads={"ketiga": 3, "keempat": 4},
    pronouns=words("ia|dia|beliau"),
    plural_pronouns=words("mereka"),
    indefinites=words("seorang|sebuah|setiap|tiap"),
    predicatives=words("sebagai"),
    quantifiers=words("beberapa|sejumlah|berbagai|lainnya"),
    # "melakukan pembicaraan telepon", "berbicara melalui telepon", "percakapan telepon", "menelepon"
    phone=words("pembicaraan telepon|percakapan telepon|panggilan telepon|sambungan telepon|"
                "melalui telepon|lewat telepon|via telepon|bertelepon|menelepon|ditelepon|telepon|"
                "pembicaraan melalui telepon|berbicara melalui telepon|berbicara lewat telepon|"
                "teleponan|hubungan telepon|meneleponnya"),
    video=words("konferensi video|panggilan video|video konferensi|telekonferensi|secara virtual|"
                "virtual|secara daring|daring|pertemuan virtual|ktt virtual"),
    written=words(
        # round fifteen: writing a letter to (bersurat)
        "bersurat|"
        "surat|surat resmi|pesan tertulis|telegram|sepucuk surat|mengirim surat|mengirimkan surat|"
                  "menyurati|pesan|pesan khusus"),
    greeting=words("ucapan selamat|mengucapkan selamat|memberi selamat|memberikan selamat|"
                   "menyampaikan selamat|ucapan belasungkawa|belasungkawa|turut berduka|duka cita|"
                   "dukacita|menyampaikan duka"),
    joint_press=words("konferensi pers bersama|jumpa pers bersama|pernyataan pers bersama"),
    # "bertemu", "pertemuan bilateral", "menerima kunjungan", "kunjungan kenegaraan", "tatap muka"
    in_person=words(
        # round fifteen: a meal taken together
        "bersantap|bersantap malam|bersantap siang|santap malam|santap siang|"
        # round fifteen: the embrace
        "berpelukan|memeluk|dipeluk|"
        "bertemu|bertemu dengan|pertemuan|pertemuan bilateral|pertemuan tertutup|"
                    "pertemuan empat mata|empat mata|tatap muka|bertatap muka|menerima|menerima kunjungan|"
                    "diterima|menyambut|disambut|menjamu|dijamu|kunjungan|kunjungan kenegaraan|"
                    "kunjungan resmi|kunjungan kerja|berkunjung|mengunjungi|dikunjungi|lawatan|melawat|"
                    "berjabat tangan|bersalaman|jamuan|jamuan makan|santap siang|makan siang|makan malam|"
                    "menggelar pertemuan|mengadakan pertemuan|menandatangani|bilateral meeting|"
                    "pertemuan trilateral|pertemuan bilateral tertutup|"
                    # the object "-nya" joined to the verb: "menyambutnya", he welcomed him
                    "menyambutnya|menerimanya|menemuinya|menjamunya|menemui|ditemui|"
                    # "Prabowo mendampingi Macron mengunjungi Borobudur": the host at his guest's side
                    "mendampingi|"
                    # "bersua dengan", "berjumpa dengan": met (the press's synonyms of "bertemu")
                    "bersua|berjumpa|bersua dengan|berjumpa dengan"),
    talk=words(
        # round fifteen: consulting
        "berkonsultasi|"
        "pembicaraan|perundingan|berunding|berdiskusi|diskusi|membahas|dibahas|dialog|berdialog|"
               "bertukar pandangan|bertukar pikiran|berbincang|perbincangan|berbincang-bincang|"
               "konsultasi|negosiasi|bernegosiasi|sepakat|menyepakati|bersepakat"),
    # "berbicara dengan X": a call unless the text says they met
    spoke=words(
        # round fifteen: a chat
        "mengobrol|mengobrol dengan|"
        "berbicara|bercakap|bercakap-cakap|berkomunikasi|melakukan kontak|berhubungan"),
    roundup=words("para pemimpin dunia|ucapan selamat dari|pesan-pesan"),
    # (a plan word in a comparison: "lebih lama dari yang direncanakan")
    not_cues=words("konferensi pers|jumpa pers|sesuai rencana|dari yang direncanakan|"
                   "seperti yang direncanakan|terima kasih|menyerukan"),
    caller_words=words("menelepon|menghubungi"),
    from_words=words("dari"),
    receive_words=words("menerima|mendapat|mendapatkan"),
    initiative=words("atas inisiatif|atas undangan|atas permintaan|atas prakarsa"),
    object_cues=words("menerima|menyambut|menjamu"),
    # "akan bertemu", "dijadwalkan", "berencana", "pekan depan"
    planned=words("akan|bakal|dijadwalkan|terjadwal|berencana|rencana|rencananya|direncanakan|"
                  "merencanakan|diharapkan|mengundang|undangan|diundang|besok|mendatang|pekan depan|"
                  "minggu depan|bulan depan|tahun depan|"
                  "berharap|siap|hendak|ingin|agenda|diagendakan|dapat bertemu"),
    planned_sentence=words("diperkirakan akan|dijadwalkan akan|rencananya akan|direncanakan akan"),
    exclusions=words("tidak mungkin|dikesampingkan"),
    negation=words("tidak|tak|belum|bukan|tanpa|batal|dibatalkan|membatalkan|ditunda|menunda|urung"),
    denial=words("membantah|dibantah|bantahan|menyangkal|disangkal|tidak ada rencana|tidak dijadwalkan|"
                 "tidak ada pertemuan|tidak terjadi|tidak benar"),
    visit=words("kunjungan|kunjungan kenegaraan|kunjungan resmi|kunjungan kerja|berkunjung|mengunjungi|"
                "lawatan|melawat|tiba di|tiba|upacara penyambutan|istana merdeka|istana bogor|"
                "istana kepresidenan|gedung putih|kremlin"),
    summit=words("ktt|konferensi tingkat tinggi|di sela-sela|sela-sela|di sela|disela-sela|forum|g20|g7|"
                 "apec|asean|brics|sidang umum|majelis umum|sidang majelis umum|konferensi"),
    # "mitranya dari Brasil", "rekan sejawatnya asal Prancis": his counterpart from Brazil, from France
    fillers=words("republik|kerajaan|negara|bapak|ibu|yang mulia|sri baginda|federasi|dari|asal"),
    relative=words("yang"),
    companions=words("didampingi|didampingi oleh|bersama dengan|beserta|bersama-sama dengan"),
    subordinators=words("setelah|sebelum|sesudah|ketika|saat|sementara|seusai|usai|selepas|menjelang|"
                        "walaupun|meskipun"),
    # "usai bertemu dengan X": the clause's subject is the main clause's
    subjectless=words("setelah|sebelum|sesudah|seusai|usai|selepas"),
    time_relatives=words("ketika|saat"),
    place_relatives=words("di mana|tempat"),
    units_ago={**mapping(7, "pekan lalu|minggu lalu|pekan yang lalu|minggu yang lalu"),
               **mapping(30, "bulan lalu|bulan yang lalu"), **mapping(365, "tahun lalu|tahun yang lalu")},
    months={**mapping(1, "januari"), **mapping(2, "februari|pebruari"), **mapping(3, "maret"),
            **mapping(4, "april"), **mapping(5, "mei"), **mapping(6, "juni"), **mapping(7, "juli"),
            **mapping(8, "agustus"), **mapping(9, "september"), **mapping(10, "oktober"),
            **mapping(11, "november|nopember"), **mapping(12, "desember")},
    # "Minggu" is Sunday, and "minggu lalu" last week (the longer phrase wins)
    weekdays={"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
              "minggu": 6, "ahad": 6},
    relative_years={"tahun lalu": -1, "tahun ini": 0, "tahun sebelumnya": -1},
    relative_months={"bulan lalu": -1, "bulan ini": 0, "setahun lalu": -12, "setahun yang lalu": -12},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "lusa": 2, "pagi ini": 0,
                   "malam ini": 0, "siang ini": 0, "tadi malam": -1, "semalam": -1,
                   "beberapa hari lalu": -3, "beberapa hari yang lalu": -3},
    relative_weeks={"pekan lalu": -1, "minggu lalu": -1, "pekan ini": 0, "minggu ini": 0,
                    "pekan depan": 1, "minggu depan": 1, "pekan mendatang": 1, "beberapa hari terakhir": 0},
    anchored_days={"keesokan harinya": 1, "sehari kemudian": 1, "hari berikutnya": 1,
                   "sehari sebelumnya": -1, "pada hari yang sama": 0, "hari yang sama": 0,
                   "sehari setelahnya": 1},
    day_units={"hari kemudian": 1, "hari setelahnya": 1, "hari sebelumnya": -1},
    day_units_ago=words("hari lalu|hari yang lalu"),
    event_units={"hari setelah": 1, "hari sebelum": -1},
    event_days={"sehari setelah": 1, "sehari sebelum": -1, "menjelang": -1},
    # "Mei lalu": last May
    past=words("lalu|yang lalu"),
    month_leads=words("pada|sejak|awal|akhir|pertengahan|hingga|bulan|pada bulan|sampai"),
    year_leads=words("pada|tahun|pada tahun|sejak|sejak tahun"),
    numbers={"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
             "sembilan": 9, "sepuluh": 10},
    complementizers=words("bahwa"),
    reporting=words("mengatakan|kata|ujar|ucap|tutur|menurut|menyatakan|menegaskan|menjelaskan|"
                    "mengungkapkan|menambahkan|dikutip|melaporkan|dilaporkan|mengumumkan"),
    restating=words("pertemuan itu merupakan|pembicaraan itu merupakan|ini merupakan|itu merupakan"),
    since=words("sejak"),
    since_contacts=words("sejak"),
    after_contacts=words("setelah|usai|menyusul"),
    firsts=words("pertama|perdana"),
    joins=words("bergabung|ikut serta|turut serta|turut hadir|trilateral"),
    presence=words("disaksikan|disaksikan oleh|di hadapan"),
    trilateral=words("trilateral|tiga pihak"),
    between=words("antara"),
    group_refs=words("para pemimpin"),
    last_time=words("terakhir kali|kali terakhir"),
    during=words("selama|dalam pertemuan|dalam pembicaraan"),
    public_posts=words("di media sosial|melalui media sosial|di akun|melalui akun"),
    urges=words("mendesak|mengimbau"),
    organizers=words("diselenggarakan oleh|diprakarsai oleh|digelar oleh"),
    successions=words("menggantikan"),
    additives=words("juga|pun"),
    turns=words("sementara itu|di sisi lain|secara terpisah|di tempat lain"),
    then_words=words("saat itu|ketika itu|kala itu|pada kesempatan itu|dalam kesempatan itu"),
    # ("kepada": to, the recipient of a letter or a message: "pesan dari X kepada Y" is for Y)
    with_words=words("dengan|kepada"),
    iteratives=words("beberapa kali|berkali-kali|dua kali|tiga kali|berulang kali"),
    read_also=words("baca juga|simak juga|berita terkait"),
    captions=words("foto|keterangan foto|ilustrasi"),
    deceased=words("mendiang|almarhum|almarhumah"),
    elect=words("terpilih|mantan|bekas|eks"),
    inserts=words("telah|sudah|juga|kembali|pun"),
    stopwords=words("dan|atau|di|ke|dari|yang|ini|itu|dengan|untuk|pada|dalam|akan|juga|ia|dia|telah|"
                    "sudah|tidak|adalah|oleh|para|sang|bahwa|saat|usai|kata"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
    # where the host received his guest ("bertemu Trump di Gedung Putih"); bare, the seat speaks for its
    # government ("kata Kremlin")
    seats={**mapping("USA", "di gedung putih|ke gedung putih"), **mapping("RUS", "di kremlin|ke kremlin"),
           **mapping("FRA", "di istana elysee|ke istana elysee")},
    topics={
        "bilateral_relations": words("bilateral|hubungan*|kerja sama|kerjasama|kemitraan|persahabatan|"
                                     "hubungan diplomatik|kedua negara|kedutaan|visa|strategis"
                                     "|bekerja sama|kolaborasi|sekutu|aliansi|normalisasi|diplomatik|"
                                     "bersahabat|kemitraan strategis|kedutaan besar"),
        "trade_economy": words("perdagangan|dagang|ekonomi|perekonomian|tarif|ekspor|impor|pasar|keuangan|"
                               "utang|inflasi|bea|iuran|cepa|komoditas|nikel|sawit|minyak sawit"
                               "|bisnis|pengusaha|perusahaan|rantai pasok|rantai pasokan|pinjaman|imf|"
                               "bank dunia|mata uang|niaga|neraca perdagangan|perdagangan bebas"
                               "|industri|manufaktur|hilirisasi"),
        "investment": words("investasi|investor|penanaman modal|berinvestasi"
                            "|menanamkan modal|investasi asing|usaha patungan|joint venture"),
        "energy": words("energi|minyak|gas|listrik|pembangkit|terbarukan|nuklir sipil|batu bara|hidrogen|"
                        "bahan bakar|transisi energi|lng"
                        "|energi baru terbarukan|panas bumi|tenaga surya|tenaga angin|minyak bumi|"
                        "gas alam|kilang|pembangkit listrik"),
        "security_defense": words("keamanan|pertahanan|militer|tentara|angkatan bersenjata|senjata|rudal|"
                                  "pasukan|alutsista|latihan militer|jet tempur|kapal selam|nato"
                                  "|angkatan laut|angkatan udara|kapal perang|amunisi|latihan bersama|"
                                  "penjaga pantai|narkoba|kejahatan transnasional|industri pertahanan|"
                                  "drone|tni"
                                  "|pesawat tempur"),
        "counterterrorism": words("terorisme|teroris|ekstremisme|radikalisme"
                                  "|teror|isis|deradikalisasi|radikalisasi|kontraterorisme"),
        "conflict_ceasefire": words("gencatan senjata|perang|konflik|perdamaian|damai|serangan|invasi|"
                                    "eskalasi|de-eskalasi|sandera|tahanan perang|krisis"
                                    "|pertempuran|agresi|mediasi|pengeboman|serangan udara|"
                                    "perundingan damai|kekerasan bersenjata|genosida"),
        "humanitarian": words("kemanusiaan|bantuan kemanusiaan|bantuan|warga sipil|kelaparan|evakuasi|"
                              "pengungsi"
                              "|gempa|gempa bumi|bencana|bencana alam|banjir|tsunami|korban|palang merah|"
                              "bulan sabit merah|pengungsian"),
        "reconstruction": words("rekonstruksi|pembangunan kembali|pemulihan"),
        "migration_refugees": words("migrasi|migran|pengungsi|pencari suaka|imigrasi|pekerja migran"
                                    "|imigran|perdagangan orang|penyelundupan manusia|deportasi|"
                                    "tenaga kerja migran"),
        "nuclear_nonproliferation": words("nuklir|senjata nuklir|pengayaan|uranium|iaea|denuklirisasi"
                                          "|nonproliferasi|non-proliferasi|senjata pemusnah massal|"
                                          "senjata kimia"),
        "climate_environment": words("iklim|perubahan iklim|lingkungan|lingkungan hidup|emisi|karbon|"
                                     "deforestasi|cop"
                                     "|pemanasan global|net zero|ekonomi hijau|transisi hijau|"
                                     "keanekaragaman hayati|mangrove|hutan"),
        "health": words("kesehatan|pandemi|covid-19|covid|vaksin|wabah|rumah sakit|obat"
                        "|farmasi|medis|penyakit|obat-obatan|epidemi|kesehatan global"),
        "regional_situation": words("kawasan|regional|timur tengah|gaza|tepi barat|laut china selatan|"
                                    "laut cina selatan|indo-pasifik|situasi"
                                    "|semenanjung korea|laut merah|yaman|sudan|libya|haiti|taliban"),
        "sovereignty_territorial_integrity": words("kedaulatan|integritas wilayah|keutuhan wilayah|"
                                                   "kemerdekaan|aneksasi"
                                                   "|integritas teritorial|sengketa wilayah|"
                                                   "sengketa perbatasan|perbatasan|separatis|separatisme|"
                                                   "pendudukan|wilayah pendudukan|taiwan|satu tiongkok|"
                                                   "satu china|zona ekonomi eksklusif"),
        "domestic_politics_elections": words("pemilu|pemilihan|pilpres|pelantikan|parlemen|konstitusi|"
                                             "oposisi|kudeta|referendum"),
        "ceremonial": words("ucapan selamat|selamat|belasungkawa|duka cita|dukacita|peringatan|"
                            "hari kemerdekaan|hari nasional|ulang tahun|pelantikan|penghargaan|"
                            ""
                            "|hari raya|idul fitri|lebaran|tahun baru|wafat|meninggal dunia"),
        "sanctions": words("sanksi|embargo"
                           "|blokade|pembekuan aset|kontrol ekspor|larangan ekspor"),
        "human_rights_minorities": words("hak asasi manusia|ham|minoritas|demokrasi|kebebasan|jurnalis|"
                                         "rohingya"),
        "multilateral_diplomacy": words("pbb|perserikatan bangsa-bangsa|dewan keamanan|multilateral|"
                                        "brics|asean|oki|uni eropa|uni afrika|majelis umum|"
                                        "gerakan non-blok"
                                        "|masyarakat internasional|komunitas internasional|wto"),
        "infrastructure_transport": words("infrastruktur|transportasi|kereta|kereta cepat|pelabuhan|"
                                          "jalan tol|konektivitas|maritim|pelayaran|jembatan"
                                          "|logistik|jalan raya|kereta api|koridor|perkeretaapian|"
                                          "angkutan"),
        "food_agriculture": words("pangan|ketahanan pangan|pertanian|gandum|beras|pupuk|petani|"
                                  "perikanan"
                                  "|jagung|kedelai|peternakan|nelayan|hasil pertanian|swasembada pangan|"
                                  "daging"),
        "technology": words("teknologi|digital|kecerdasan buatan|semikonduktor|siber|inovasi|satelit|"
                            "antariksa"
                            "|sains|riset|ruang angkasa|kecerdasan artifisial|ai|keamanan siber|"
                            "digitalisasi|ekonomi digital|5g|chip|startup"),
        "culture_education_tourism": words("budaya|kebudayaan|pendidikan|pariwisata|wisatawan|mahasiswa|"
                                           "beasiswa|universitas|olahraga|sepak bola|pertukaran"
                                           "|seni|warisan budaya|kesenian|pelajar|pertukaran pelajar|"
                                           "turis|sekolah|akademik|kampus"),
    },
    places={"gaza": "Gaza", "timur tengah": "Middle East", "krimea": "Crimea",
            "laut china selatan": "South China Sea", "laut cina selatan": "South China Sea"},
)
