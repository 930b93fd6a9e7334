"""Turkish. Suffixes attach to words, so most entries are prefixes ("görüş*" covers görüştü, görüşmesi)."""

from ingest.extract.lexicon import Lexicon, mapping, words


def _locatives(word: str) -> tuple[str, str]:
    """Return a word's locative ending (-da/-de/-ta/-te, by vowel harmony and voicing) and its "-ki" form."""
    vowel = "a" if [ch for ch in word if ch in "aıoueiöü"][-1] in "aıou" else "e"
    ending = ("t" if word[-1] in "çfhkpsşt" else "d") + vowel
    return ending, ending + "ki"


_MONTHS = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
           "kasım", "aralık")
_FOURFOLD = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def _possessive_locatives(month: str) -> tuple[str, str]:
    """Return a month's possessive locative ("ekiminde", "ocağında": in the October of) and its "-ki" form.

    A year or "geçen yılın" stands before it ("2022 ekiminde": in October 2022). "mart", "şubat" keep their
    "t" (loanwords), the native "ocak", "aralık" soften it.
    """
    vowel = [ch for ch in month if ch in _FOURFOLD][-1]
    stem = month[:-1] + "ğ" if month.endswith("k") else month
    ending = _FOURFOLD[vowel] + "n" + ("da" if vowel in "aıou" else "de")
    return stem + ending, stem + ending + "ki"


LEXICON = Lexicon(
    lang="tr",
    airports_after=words("havalimanı|havalimanına|havalimanında|havalimanından|havaalanı|havaalanına|"
                         "havaalanında|havaalanından"),
    internationals=("uluslararas",),
    home="TUR",
    verb_final=True,
    pluperfect_endings=("mişti", "mıştı", "muştu", "müştü", "mişlerdi", "mışlardı", "muşlardı", "müşlerdi"),
    subordinators_follow=True,
    titles={
        **mapping("president", "cumhurbaşkan*|devlet başkan*"),
        **mapping("crown_prince", "veliaht prens|veliaht prensi|veliaht"),
        **mapping("monarch", "kral|kralı|kraliçe*|emir|emiri|sultan|sultanı|hükümdar|hükümdarı|"
                             "imparator|imparatoru|imparatoriçe"),
        **mapping("supreme_leader", "dini lider*"),
        **mapping("pope", "papa"),
        **mapping("prime_minister", "başbakan*|hükümet başkan*"),
        **mapping("chancellor", "şansölye*"),
        **mapping(None, "lider*"),
    },
    plural_titles={**mapping(None, "liderler*")},
    org_titles={**mapping("UN", "bm genel sekreteri|birleşmiş milletler genel sekreteri"),
                **mapping("EU", "ab komisyonu başkanı|avrupa komisyonu başkanı|"
                                "avrupa birliği komisyonu başkanı|ab konseyi başkanı|"
                                "avrupa birliği konseyi başkanı|avrupa konseyi başkanı|ab komisyon başkanı")},
    # the Kremlin's chief is Russia's president
    country_titles={**mapping(("RUS", "head_of_state"), "kremlin lideri|kremlin şefi"),
                    # "Başkan" alone heads anything (a parliament, a city): the US one is "ABD Başkanı"
                    **mapping(("USA", "head_of_state"), "abd başkanı|amerika birleşik devletleri başkanı|"
                                                        "amerikan başkanı")},
    ministers=words("muhalefet lider*|"
                    "bakan*|dışişleri bakan*|savunma bakan*|sözcü*|büyükelçi*|danışman*|temsilci*|elçi*|"
                    "özel temsilci*|cumhurbaşkanı yardımcı*|başbakan yardımcı*|vali*|belediye başkan*|"
                    "meclis başkan*|heyet*|eski cumhurbaşkan*|eski başbakan*|sekreter*"),
    counterparts=words("mevkidaş*|muadil*|meslektaş*|misafirini|misafiriyle|konuğunu|konuğuyla"),
    # ("İkilinin son görüşmesi", "Liderlerin bir önceki görüşmesi": the duo's, the leaders' last meeting)
    pair_refs=words("=ikilinin|=liderlerin|"
                    "iki lider*|liderler|taraflar|iki taraf*|iki cumhurbaşkanı|iki başbakan|her iki lider*"),
    groups={"üç lider*": 3, "dört lider*": 4, "beş lider*": 5},
    pronouns=words("o"),
    object_pronouns=words("onu|ona|onunla|konuğunu|konuğu|konuğuyla|konuğuna"),
    plural_pronouns=words("onlar"),
    # a plural pluperfect with no subject, in a sentence naming nobody, is the pair's earlier contact ("En
    # son 10 Mayıs'ta Kiev'de görüşmüşlerdi"; rules._dropped_they)
    plural_auxiliaries=words("görüşmüşlerdi|buluşmuşlardı|gelmişlerdi|konuşmuşlardı|telefonlaşmışlardı"),
    indefinites=words("bir"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("birkaç|bazı|çeşitli"),
    # "aramak" is "to call" (and "to seek": a person must stand before it, see object_cues)
    phone=words("telefon*|telefonda görüştü|telefon görüşmesi|telefonla|aradı|arayarak|arayıp|aramış|"
                "aramıştı|aradığı|aradığını|aramıştır|aradılar|arayan"),
    video=words("video konferans*|videokonferans*|çevrim içi|video bağlantı*"),
    written=words("mektup*|mesaj*|kutlama mesajı|mektub*|tebrik mesajı*|tebrik mektub*|tebrik telgraf*|"
                  "telgraf*"),
    greeting=words("tebrik*|taziye*|kutladı"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("ortak basın toplantısı|ortak basın toplantısında|ortak basın toplantısının"),
    # ("et-" turns "ed-" before a vowel: "kabul edecek", "kabul ediyor")
    in_person=words(
        # round fifteen: the handshake, the embrace and a meal
        "el sıkıştı|el sıkıştılar|el sıkışan|el sıkışarak|el sıkışma|kucaklaştı|kucaklaştılar|"
        "yemek yedi|yemek yediler|"
        "bir araya geldi|bir araya gel*|kabul etti|kabul et*|kabul ed*|ziyaret*|buluştu|buluş*|"
                    "karşıladı|ağırladı|resmi tören*|baş başa|imzaladı|imzaladılar|toplantı*|"
                    "tokalaş*|ağırla*|karşıla*|yüz yüze|eş başkanlık*|kabul edil*|çalışma yemeğ*|"
                    "akşam yemeğ*|öğle yemeğ*|resmi yemek*|ev sahipliğ*|bir araya gelindi|"
                    "görüşüldü|üçlü zirve*|üçlü görüşme*|üçlü toplantı*|dörtlü toplantı*|dörtlü zirve*"),
    talk=words(
        # round fifteen: the chat
        "sohbet etti|sohbet ettiler|sohbet etmiş|sohbet eden|sohbet|"
        "görüş*|müzakere*|ele aldı|istişare*|görüşme*|ele al*|fikir alışverişi*|değerlendirdi|"
               "değerlendirdiler|masaya yatır*|anlaştı|anlaştılar|anlaşmaya vardı|anlaşmaya vardılar|"
               "uzlaştı|mutabık kaldı|mutabık kaldılar|"
               # "X ile temas kurdu" (got in touch with), "temaslarda bulundu" (held contacts)
               "temas kurdu|temas kur*|temaslarda bulun*|temasta bulun*"),
    spoke=words("konuştu|konuşt*"),
    roundup=words("mesajları|tebrik mesajları|liderler|mesajlar"),
    # (also adverbs of time whose "sonra" opens no clause: "öğleden sonra" afternoon, "daha sonra" later)
    not_cues=words("toplantısına katıldı|toplantıya başkanlık|basın toplantı*|ortak basın toplantı*|"
                   "öğleden sonra|öğleden önce|daha sonra|"
                   # a speech to the public, filmed: "video mesajında", "ulusa sesleniş konuşmasında"
                   "video mesajında|video mesajıyla|ulusa sesleniş*|"
                   # a plan word in a comparison tells how the held meeting went ("planlanandan uzun sürdü")
                   "planlandığı gibi|beklendiği gibi|planlanandan uzun|planlanandan daha|beklenenden uzun|"
                   "beklenenden daha"),
    caller_words=words("aradı|telefonla aradı|arayarak|arayıp|aramış|aramıştı"),
    from_words=words("tarafından"),
    receive_words=words("aldı"),
    initiative=words("talebiyle|girişimiyle|daveti üzerine|davetlisi"),
    # an invitation after "and" is a plan of its own, not of the contact told before it (rules._invited_after)
    eves_after=words("arifesinde"),
    # past verbs of a contact, or the light verb closing one ("bir araya geldi", "ziyaret etti"): held
    preterites=words("görüştü|görüştüler|buluştu|buluştular|konuştu|konuştular|geldi|geldiler|etti|ettiler|"
                     "ağırladı|karşıladı"),
    invitations=words("davet"),
    planned=words("görüşecek*|ziyaret edecek*|edecek*|gelecek|bulunacak*|kabul edecek*|karşılayacak*|"
                  "bekleniyordu|planlanıyordu|öngörülüyor*|öngörülen|"
                  # "programında ... görüşmesi de yer alıyor": on the programme
                  "yer alıyor|yer alacak|"
                  "buluşacak*|konuşacak*|yapacak*|düzenlenecek*|planlan*|bekleniyor|davet*|yarın|"
                  "önümüzdeki|gerçekleştirecek*|gidecek*|umduğunu|umduklarını|umuyor|umuyoruz|umarım|"
                  "ümit ediyor|ümit ettiğini|bekliyor|bekledi|bekliyoruz|arzu ediyor|"
                  # readiness: "ağırlamaya hazır olduğunu" offers a meeting ("hazır bulundu" is "attended")
                  "hazır olduğunu|hazır olduklarını|hazır olduğumuzu|hazırız|hazırım"),
    # the present continuous of the meeting verbs, and parts of today: a held contact is told in the past,
    # so one in the present at a part of today ("bu akşam X ile görüşüyor") is on the day's programme
    present=words("görüşüyor|görüşüyorlar|bir araya geliyor|bir araya geliyorlar|kabul ediyor|ağırlıyor"),
    dayparts=words("bu sabah|bugün öğleden sonra|öğleden sonra|bu akşam|bu gece|bugün öğle saatlerinde|"
                   "bugün akşam saatlerinde"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("iddiaya göre|iddia edildi|söylentilere göre|söylenti"),
    exclusions=words("ihtimal dışı|dışladı|olası değil"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("eğer|şayet"),
    negation=words("değil|yok|hayır|görüşmedi|görüşmeyecek*|görüşmediğini|yapılmayacak|bulunmadı"),
    denial=words("yalanladı|yalanla*|planlanmıyor|söz konusu değil|gündemde değil|takvim bulunmuyor|"
                 "bir takvim yok|gündemde yok|takvim belirlenmedi|"
                 # a contact that fell through ("görüşme gerçekleşmedi")
                 "gerçekleşmedi|gerçekleşmeyecek"),
    visit=words("ziyaret*|resmi ziyaret|devlet ziyareti|resmi törenle|karşılama töreni|"
                # went there ("Washington'a gitmişti"), the White House: a travel verb and a place, no cue
                "gitti|gitmişti|gitmiş|gitmişlerdi|beyaz saray"),
    summit=words("zirve*|marjında|marjinde|genel kurul*|g20|nato|brics|şanghay|üçlü zirve*|dörtlü zirve*"),
    fillers=words("cumhuriyeti|sayın|bey|hanım|majesteleri|ekselansları"),
    relative=words(""),
    companions=words("ile birlikte|eşliğinde"),
    subordinators=words("sonra|önce|iken|ardından"),
    # months with their case suffixes joined ("aralıkta", "ekimde", "haziranda")
    units_ago={**mapping(7, "hafta önce"), **mapping(30, "ay önce"), **mapping(365, "yıl önce|sene önce")},
    # (the native "ocak", "aralık" soften their "k" before a vowel: "ocağında", "aralığın")
    months={**mapping(1, "ocak|ocak*|ocağ*"), **mapping(2, "şubat|şubat*"), **mapping(3, "mart|mart*"),
            **mapping(4, "nisan|nisan*"), **mapping(5, "mayıs|mayıs*"), **mapping(6, "haziran|haziran*"),
            **mapping(7, "temmuz|temmuz*"), **mapping(8, "ağustos|ağustos*"), **mapping(9, "eylül|eylül*"),
            **mapping(10, "ekim|ekim*"), **mapping(11, "kasım|kasım*"),
            **mapping(12, "aralık|aralık*|aralığ*")},
    # the locative ("in July") and its adjective ("of July") of each month: a date alone
    # and the possessive locative after a year ("2022 ekiminde", "geçen yılın martında": in October 2022)
    months_alone={word: n for n, form in enumerate(_MONTHS, start=1)
                  for word in (*(form + ending for ending in _locatives(form)),
                               *_possessive_locatives(form))},
    weekdays={"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "geçen sonbahar|geçen sonbaharda|geçtiğimiz sonbaharda"),
                  **mapping(7, "geçen yaz|geçtiğimiz yaz"),
                  **mapping(4, "geçen ilkbahar|geçen ilkbaharda|geçen bahar|geçen baharda")},
    relative_years={"geçen yıl": -1, "bu yıl": 0, "geçen yılın": -1, "geçtiğimiz yıl": -1,
                    "bu yılın": 0, "bu yılki": 0, "geçen yılki": -1},
    relative_months={"bir yıl önce": -12,
                     "geçen ay": -1, "bu ay": 0, "bu ayın": 0, "bu ayın başında": 0, "bu ayın sonunda": 0,
                     "bu ayın ortasında": 0, "geçen ayın": -1, "geçen ayın sonunda": -1,
                     "geçen ayın başında": -1, "geçtiğimiz ay": -1},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"birkaç gün önce": -3, "geçtiğimiz günlerde": -3, "birkaç gün evvel": -3,
                   "bugün": 0, "dün": -1, "yarın": 1, "dün akşam": -1, "bu sabah": 0, "bu akşam": 0,
                   # the day before yesterday ("bir önceki gün", the day before the story's, is anchored)
                   "önceki gün": -2, "evvelki gün": -2, "evvelsi gün": -2},
    past=words("geçen|geçtiğimiz"),
    month_tails=words("ayında|ayı|ayının|aylarında|ayları|aylarının|"
                      "ayındaki|başında|sonunda|ortasında|ayı başında|ayı sonunda|"
                      "ayı ortasında|ayın|de|da|te|ta|ında|inde|den|dan|ten|tan"),
    year_tails=words("yılında|yılı|yılının|yıllarında|yılları|yıllarının|de|da|te|ta|den|dan|ten|tan"),
    numbers={"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
             "dokuz": 9, "on": 10},
    anchored_days={"ertesi gün": 1, "aynı gün": 0, "bir gün sonra": 1, "bir gün önce": -1, "o gün": 0,
                   "bir önceki gün": -1},
    day_units={"gün sonra": 1},
    day_units_ago=words("gün önce"),
    # "seçimlerden iki hafta önce": "önce" takes the ablative, two weeks before the elections
    counts_from_cases={"önce": ("dan", "den", "tan", "ten")},
    relative_weeks={"geçen hafta": -1, "bu hafta": 0, "geçtiğimiz hafta": -1,
                    # "in recent days": the days just gone, kept as the month they fall in
                    "son günlerde": 0, "geçtiğimiz günlerde": 0},
    complementizers=words("ki"),
    reporting=words("söyledi|açıkladı|belirtti|dedi|bildirdi|kaydetti|ifade etti"),
    since=words("beri|bu yana|itibaren"),
    firsts=words("ilk"),
    since_contacts=words("beri|bu yana"),
    # future and conditional suffixes ("görüşecek", "gelirse"), negative ones ("görüşmedi", "görüşmeyecek")
    # (the conditional only closes a verb, with its person ending: "arsa" is inside "çarşamba")
    # (the infinitive's ablative too: "ağırlamaktan memnuniyet duyuyorum", pleased to host him; a noun's
    # would be "görüşmeden")
    future_affixes=("ecek", "acak", "eceğ", "acağ", "-mek", "-mak", "-meyi", "-mayı", "-mekten", "-maktan",
                    *(f"-{c}{p}" for c in ("irse", "ırsa", "urse", "ursa", "ürse", "erse", "arsa")
                      for p in ("", "k", "m", "n", "niz", "nız", "nuz", "nüz"))),
    negative_affixes=("meyecek", "mayacak", "meyeceğ", "mayacağ", "medi", "madı", "memiş", "mamış",
                      "mez", "maz"),
    joins=words("katıldı|katıldığı|katılımıyla|katıldılar|dahil oldu|üçlü"),
    object_cues=words("aradı|arayarak|arayıp|aramış|aramıştı|aradığı|aradığını|aramıştır|aradılar|arayan"),
    infinitives=("mek", "mak", "meyi", "mayı", "mekten", "maktan"),
    verbal_nouns=("mesi", "ması"),
    read_also=words("ilginizi çekebilir|ayrıca okuyun|bunu da okuyun|ilgili haber|ilgili haberler"),
    captions=words("fotoğraf|foto"),
    deceased=words("hayatını kaybeden|ölen"),
    # after a leader's suffix: "Macron'un ardından", "Putin'den sonra" (after him: a time); "Reisi'ye rahmet"
    # (mercy upon him: he died)
    asides_after=words("ardından|sonra|sonrasında|önce|öncesinde|rahmet|allah'tan rahmet|"
                       "cenab-ı allah'tan rahmet"),
    elect=words("eski|seçilmiş"),
    stopwords=words("de|da|ile|ve|bir|bu|şu|o|ki|ne|mi|dan|den|ten|tan|in|ın|un|ün|nin|nın|a|e|ya|ye|ise|"
                    # "sabah" (morning), written "Sabah" where it opens a sentence ("Sabah saatlerinde"): not
                    # the Kuwaiti ruling family's name, which the Turkish press writes "es-Sabah"
                    "için|sabah"),
    presence=words("huzurunda|huzurunda"),
    trilateral=words("üçlü"),
    between=words("arasında|arasındaki"),
    # "iki liderin üçüncü görüşmesi" (rules._counted_earlier): the pair stands before the ordinal
    count_ordinals=words("ikinci|üçüncü|dördüncü"),
    count_higher=words("üçüncü|dördüncü"),
    group_refs=words("liderler|liderlerin|liderleri|liderlerinin|liderlerinin"),
    last_time=words("en son|son kez|son olarak|bir önceki|önceki görüşme*|önceki ziyaret*|önceki telefon*"),
    public_posts=words("sosyal medya hesab*|sosyal medyada"),
    additives=words("ayrıca"),
    turns=words("öte yandan|bu arada|diğer yandan"),
    then_words=words("o zaman|o dönemde|o sırada|o görüşmede|o ziyarette|o toplantıda"),
    iteratives=words("birkaç kez|iki kez|üç kez|dört kez|defalarca|birçok kez"),
    topics={
        "bilateral_relations": words("ikili*|ilişki|ilişkisi*|ilişkiyi|ilişkide|ilişkinin|ilişkiler*|"
                                     "işbirliği*|iş birliği*|ortaklık*|ortaklığ*|dostluk*|dostluğ*|müttefik*|"
                                     "ittifak*|iki ülke|iki ülkenin|iki ülke arasındaki|yakınlaşma*|"
                                     "normalleşme*|diplomatik ilişki*|büyükelçilik*|vize*|bağlar*"),
        "trade_economy": words("ticaret*|ticari|ekonomi*|ekonomik|gümrük*|tarife*|finans*|piyasa*|"
                               "ihracat*|ithalat*|serbest ticaret|tedarik zinciri|bütçe*|para birimi|"
                               "borç*|kredi*|imf|dünya bankası|enflasyon*|şirket*|nadir toprak|pazara|"
                               "mali işbirliği|mali destek|mali yardım*|"
                               "pazarı|pazarın|pazarlar*|pazarda"),
        "investment": words("yatırım*|yatırımcı*|varlık fonu|ortak girişim*"),
        "energy": words("enerji*|petrol*|doğal gaz*|doğalgaz*|gaz|lng|elektrik*|santral*|yenilenebilir*|"
                        "boru hattı*|nükleer enerji|güneş enerjisi|rüzgar*|hidrojen|kömür*|opec|yakıt*|"
                        "akaryakıt*|türkakım|türk akımı|hidrokarbon*"),
        "security_defense": words("güvenlik*|savunma*|askeri*|ordu*|silahlı kuvvet*|silah*|füze*|"
                                  "asker*|"
                                  "hava savunma*|güvenlik garanti*|caydırıcılık|deniz kuvvet*|donanma*|"
                                  "savaş uçağı*|savaş uçakları*|f-16|f-35|tatbikat*|insansız hava araç*|"
                                  "iha|siha|mühimmat*|nato|savunma sanayii"),
        "counterterrorism": words("terör*|terörizm*|terörist*|pkk|ypg|deaş|işid|ışid|feto|aşırıcılık|"
                                  "aşırıcılığ*|radikalleşme*"),
        "conflict_ceasefire": words("ateşkes*|savaş*|çatışma*|barış*|gerginlik*|işgal*|saldırı*|tırmanma*|"
                                    "gerilim*|gerginliğ*|arabulucu*|barış görüşme*|barış süreci*|"
                                    "barış planı*|rehine*|"
                                    "esir takas*|esir değişim*|savaş esir*|bombardıman*|kriz*|harekat*|"
                                    "harekât*|operasyon*"),
        "humanitarian": words("insani|yardım|yardımı|yardımın*|yardımlar*|yardımda|sivil*|açlık|açlığ*|"
                              "kıtlık|kıtlığ*|insani koridor*|tahliye*|deprem*|afet*|felaket*"),
        "reconstruction": words("yeniden imar*|yeniden yapılanma*|yeniden inşa*|imar|imarı|imarına|imarında|"
                                "imar çalışma*|imar süreci*"),
        "migration_refugees": words("göç|göçü|göçün|göçe|göçte|göçten|göçle|göçler*|mülteci*|sığınmacı*|"
                                    "düzensiz göç*|kaçak göç*|göçmen*|sınır dışı*|"
                                    "yerinden edilmiş*"),
        "nuclear_nonproliferation": words("nükleer*|zenginleştirme*|uranyum*|uaea|nükleer silah*|"
                                          "nükleer program*|nükleer santral*|nükleer güvenlik"),
        "climate_environment": words("iklim*|çevre|çevrenin|çevreyi|çevreye|çevresel*|çevreci*|"
                                     "çevre koruma*|çevre sorun*|emisyon*|küresel ısınma|karbon*|orman*|"
                                     "biyoçeşitlilik|cop"),
        "health": words("sağlık*|sağlığ*|salgın*|aşı|aşısı|aşıları*|aşılar|aşıyı|aşının|aşılama*|"
                        "pandemi*|koronavirüs*|covid*|hastane*|tıbbi|hastalık*|"
                        "ilaç*"),
        "regional_situation": words("bölge*|bölgesel*|gelişmeler*|orta doğu|ortadoğu|gazze|suriye|kafkasya|"
                                    "balkan*|karadeniz|doğu akdeniz|komşu*"),
        "sovereignty_territorial_integrity": words("egemenlik*|egemenliğ*|toprak bütünlüğü*|bağımsızlık*|"
                                                   "bağımsızlığ*|sınır anlaşmazlığ*|sınır sorun*|"
                                                   "sınır meselesi*|"
                                                   "sınırların belirlenmesi|deniz yetki alan*|kıta sahanlığ*|"
                                                   "münhasır ekonomik bölge*|ilhak*|"
                                                   "işgal altındaki|birlik ve bütünlük|toprak bütünlüğüne"),
        "domestic_politics_elections": words("seçim*|seçildi*|yeniden seçil*|referandum*|meclis*|"
                                             "parlamento*|oy|oylama*|oyların*|kampanya*|anayasa*|"
                                             "muhalefet*|darbe*|yemin töreni"),
        "ceremonial": words("tebrik*|taziye*|bayram|bayramı*|bayramın*|bayrama|bayramda|bayramdan|bayramlar*|"
                            "kutla*|yıldönümü*|yıl dönümü*|milli gün*|yeni yıl*|"
                            "doğum günü|nişanı|nişanını|nişanıyla|madalya*|ödül*|başsağlığı*"),
        "sanctions": words("yaptırım*|ambargo*|kara liste*"),
        "human_rights_minorities": words("insan hakları*|azınlık*|azınlığ*|kürt|kürtler*|kadın*|özgürlük*|"
                                         "özgürlüğ*|demokrasi*|siyasi tutuklu*|hukukun üstünlüğü|"
                                         "basın özgürlüğü|islamofobi*|ayrımcılığ*|ayrımcılık|"
                                         "tutukl*"),
        "multilateral_diplomacy": words("birleşmiş milletler|bm|nato|brics|avrupa birliği|ab|"
                                        "çok taraflı*|afrika birliği|arap birliği|"
                                        "islam işbirliği teşkilatı|iit|şanghay işbirliği örgütü|şiö|"
                                        "bm güvenlik konseyi|güvenlik konseyi|genel kurul*|nato üyeliğ*|"
                                        "ab üyeliğ*|"
                                        "üyelik süreci*|"
                                        "uluslararası toplum|agit|dtö|türk devletleri teşkilatı|"
                                        "üçlü zirve*|astana süreci*|astana formatı*|normandiya formatı*"),
        "infrastructure_transport": words("altyapı*|ulaştırma*|ulaşım*|liman*|demiryolu*|demir yolu*|"
                                          "karayolu*|kara yolu*|otoyol*|koridor*|"
                                          "denizcilik*|denizciliğ*|deniz yolu*|köprü*|lojistik*|hızlı tren*|"
                                          "kalkınma yolu"),
        "food_agriculture": words("gıda*|tahıl*|tarım*|zirai|hayvancılık|hayvancılığ*|buğday*|gübre*|"
                                  "çiftçi*|gıda güvenliği|hasat*|"
                                  "pirinç*|tahıl koridoru|tahıl anlaşması"),
        "technology": words("teknoloji*|dijital*|yapay zeka|yapay zekâ|yarı iletken*|çip|çipler*|mikroçip*|"
                            "siber*|inovasyon*|uzay*|"
                            "uydular*|uydusu*|uydu teknoloji*|telekom*|kuantum*"),
        "culture_education_tourism": words("kültür*|eğitim*|turizm*|turist*|öğrenci*|üniversite*|spor*|"
                                           "miras*|müze*|burs|bursu|bursları*|burslar*|burslu*|"
                                           "değişim program*"),
    },
    places={"gazze": "Gaza", "orta doğu": "Middle East", "ortadoğu": "Middle East", "kırım": "Crimea",
            "halep": "Aleppo", "idlib": "Idlib"},
)
