"""Azerbaijani (the usage of AZERTAC, APA, Report.az and Trend).

Suffixes attach to words, as in Turkish, but are written without an apostrophe ("Rusiyanın Prezidenti",
"Putinlə", "Bakıda"): cue words are prefixes ("görüş*" covers görüşüb, görüşdə), country names and capitals
get their case forms from `_cases`. "Görüş" is a meeting in person; a call is a "telefon danışığı".
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

_BACK = "aıou"
_VOWELS = "aıoueəiöü"


def _last_vowel(word: str) -> str:
    """Return the last vowel of a word ("e" when it has none), which picks its suffixes' vowels."""
    found = [ch for ch in word.lower() if ch in _VOWELS]
    return found[-1] if found else "e"


def _cases(noun: str) -> list[str]:
    """Return a place name's case forms: genitive, dative, accusative, locative, ablative, with "-la".

    Only the last word takes the endings ("Böyük Britaniya" -> "Böyük Britaniyanın"); abbreviations are
    written with a hyphen before theirs ("ABŞ-ın"), which the tokenizer splits, so they stay as they are.
    """
    if noun.isupper() or not noun[-1:].isalpha():
        return [noun]
    last = _last_vowel(noun.split()[-1])
    two = "a" if last in _BACK else "ə"
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}.get(last, "i")
    vowel_end = noun[-1].lower() in _VOWELS
    n, y = ("n", "y") if vowel_end else ("", "")
    return [noun, f"{noun}{n}{four}n", f"{noun}{y}{two}", f"{noun}{n}{four}", f"{noun}d{two}",
            f"{noun}d{two}n", f"{noun}{y}l{two}"]


def _name_cases(name: str) -> list[str]:
    """Return a name's genitive, dative, object and "-la" forms (its last word takes them)."""
    forms = _cases(name)
    return [forms[k] for k in (1, 2, 3, 6)] if len(forms) > 6 else []


def _where(noun: str) -> list[str]:
    """Return a capital's forms that tell where ("Bakıda", "Bakıdan", "Bakıya") and its nominative.

    Capitals are read in every language's text: the genitive and object forms, which other languages may
    write as other words ("Parisi", "Berlini"), are left out.
    """
    forms = _cases(noun)
    return [forms[k] for k in (0, 2, 4, 5) if k < len(forms)]


# Country names, demonyms (the "-lı" adjective of a person and the short ethnic adjectives the press writes
# before a title) and capitals (ISO3; names; demonyms; capitals); names and capitals get their cases.
_TABLE = """
USA; ABŞ/Amerika Birləşmiş Ştatları/Amerika; amerikalı; Vaşinqton
RUS; Rusiya/Rusiya Federasiyası/Rusiya Federasiyasının; rusiyalı; Moskva
CHN; Çin/Çin Xalq Respublikası/ÇXR; çinli; Pekin
FRA; Fransa; fransalı/fransız; Paris
DEU; Almaniya/AFR; almaniyalı/alman; Berlin
GBR; Böyük Britaniya/Birləşmiş Krallıq; britaniyalı/ingilis; London
ITA; İtaliya; italiyalı/italyan
ESP; İspaniya; ispaniyalı/ispan; Madrid
UKR; Ukrayna; ukraynalı; Kiyev/Kyiv
TUR; Türkiyə/Türkiyə Respublikası; türkiyəli; Ankara
IRN; İran/İran İslam Respublikası; iranlı; Tehran
GEO; Gürcüstan; gürcüstanlı/gürcü; Tbilisi
ARM; Ermənistan; ermənistanlı/erməni; İrəvan
AZE; Azərbaycan/Azərbaycan Respublikası; azərbaycanlı; Bakı
KAZ; Qazaxıstan; qazaxıstanlı; Astana
UZB; Özbəkistan; özbəkistanlı; Daşkənd
TKM; Türkmənistan; türkmənistanlı; Aşqabad
KGZ; Qırğızıstan/Qırğız Respublikası; qırğızıstanlı; Bişkek
TJK; Tacikistan; tacikistanlı; Düşənbə
BLR; Belarus; belaruslu; Minsk
MDA; Moldova; moldovalı; Kişinyov
POL; Polşa; polşalı; Varşava
HUN; Macarıstan; macarıstanlı; Budapeşt
BGR; Bolqarıstan; bolqarıstanlı; Sofiya
ROU; Rumıniya; rumıniyalı; Buxarest
SRB; Serbiya; serbiyalı; Belqrad
GRC; Yunanıstan; yunanıstanlı; Afina
AUT; Avstriya; avstriyalı; Vyana
CHE; İsveçrə; isveçrəli; Bern
NLD; Niderland/Niderland Krallığı/Hollandiya; niderlandlı; Amsterdam
BEL; Belçika; belçikalı; Brüssel
SWE; İsveç; isveçli; Stokholm
FIN; Finlandiya; finlandiyalı; Helsinki
NOR; Norveç; norveçli; Oslo
DNK; Danimarka; danimarkalı; Kopenhagen
CZE; Çexiya; çexiyalı; Praqa
SVK; Slovakiya; slovakiyalı; Bratislava
HRV; Xorvatiya; xorvatiyalı; Zaqreb
SVN; Sloveniya; sloveniyalı; Lyublyana
LTU; Litva; litvalı; Vilnüs
LVA; Latviya; latviyalı; Riqa
EST; Estoniya; estoniyalı; Tallin
ALB; Albaniya; albaniyalı; Tirana
MNE; Monteneqro; monteneqrolu; Podqoritsa
ISR; İsrail; israilli; Təl-Əviv
PSE; Fələstin; fələstinli
IRQ; İraq; iraqlı; Bağdad
SYR; Suriya; suriyalı; Dəməşq
JOR; İordaniya; iordaniyalı; Əmman
LBN; Livan; livanlı; Beyrut
EGY; Misir/Misir Ərəb Respublikası; misirli; Qahirə
SAU; Səudiyyə Ərəbistanı/Səudiyyə Ərəbistanı Krallığı; səudiyyəli; Ər-Riyad
ARE; Birləşmiş Ərəb Əmirlikləri/BƏƏ; əmirlikli; Əbu-Dabi
QAT; Qətər; qətərli; Doha
KWT; Küveyt; küveytli
OMN; Oman; omanlı; Məskət
DZA; Əlcəzair; əlcəzairli
LBY; Liviya; liviyalı; Tripoli
MAR; Mərakeş; mərakeşli; Rabat
TUN; Tunis; tunisli
AFG; Əfqanıstan; əfqanıstanlı; Kabil
PAK; Pakistan; pakistanlı; İslamabad
IND; Hindistan; hindistanlı; Yeni Dehli
JPN; Yaponiya; yaponiyalı/yapon; Tokio
KOR; Cənubi Koreya/Koreya Respublikası; cənubi koreyalı; Seul
PRK; Şimali Koreya/KXDR; şimali koreyalı; Pxenyan
MNG; Monqolustan; monqolustanlı; Ulan-Bator
IDN; İndoneziya; indoneziyalı; Cakarta
MYS; Malayziya; malayziyalı; Kuala-Lumpur
CAN; Kanada; kanadalı; Ottava
MEX; Meksika; meksikalı; Mexiko
BRA; Braziliya; braziliyalı; Braziliya
ARG; Argentina; argentinalı; Buenos-Ayres
AUS; Avstraliya; avstraliyalı; Kanberra
ZAF; Cənubi Afrika Respublikası; cənubi afrikalı; Pretoriya
VAT; Vatikan/Müqəddəs Taxt-Tac; vatikanlı
EU; Avropa İttifaqı/Aİ
"""
_PLACES = place_table(_TABLE, _cases)


LEXICON = Lexicon(
    lang="az",
    # in the Azerbaijani press "Prezident" alone is Azerbaijan's ("Prezident İlham Əliyev")
    home="AZE",
    verb_final=True,
    subordinators_follow=True,
    # a name takes a place name's endings on its last word (genitive, dative, object, with: "Andrzej
    # Dudanın", "Nehammerə", "Nehammeri", "Nehammerlə"; not the locatives, which say where)
    name_cases=_name_cases,
    pluperfect_endings=("mişdi", "mışdı", "muşdu", "müşdü", "mişdilər", "mışdılar"),
    titles={
        **mapping("president", "prezident*|dövlət başçı*"),
        **mapping("crown_prince", "vəliəhd*|vəliəhd şahzadə*"),
        **mapping("monarch", "kral|kralı|kralın*|kralı ilə|kraliça*|əmir|əmiri|əmirinin|sultan|sultanı|"
                             "imperator*"),
        **mapping("supreme_leader", "ali dini lider*|ali rəhbər*"),
        **mapping("pope", "papa|papası|roma papası|roma papa*"),
        **mapping("prime_minister", "baş nazir*|hökumət başçı*"),
        **mapping("chancellor", "kansler*|federal kansler*"),
        **mapping(None, "lider*"),
    },
    plural_titles={**mapping(None, "liderlər*|dövlət başçıları*")},
    org_titles={**mapping("UN", "bmt-nin baş katibi|bmt baş katibi|"
                                "birləşmiş millətlər təşkilatının baş katibi"),
                **mapping("EU", "avropa komissiyasının prezidenti|avropa komissiyasının sədri|"
                                "avropa ittifaqı şurasının prezidenti|avropa şurasının prezidenti")},
    # ("dövlətimizin başçısı", our state's head: AZERTAC's and APA's name for the president)
    country_titles={**mapping(("RUS", "head_of_state"), "kreml lideri|kremlin lideri"),
                    **mapping(("AZE", "head_of_state"), "dövlətimizin başçısı|dövlətimizin başçısının|"
                                                        "dövlətimizin başçısına|dövlətimizin başçısını|"
                                                        "dövlətimizin başçısı ilə")},
    ministers=words("nazir|naziri|nazirinin|naziri ilə|nazirlə|xarici işlər nazir*|müdafiə nazir*|"
                    "baş nazirin müavin*|baş nazirin birinci müavin*|vitse prezident*|"
                    "birinci vitse prezident*|"
                    "səfir*|köməkçi*|müşavir*|sözçü*|mətbuat katib*|nümayəndə*|xüsusi nümayəndə*|"
                    "spiker*|sədri|sədrinin|parlamentin sədr*|milli məclisin sədr*|keçmiş prezident*|"
                    "sabiq prezident*|keçmiş baş nazir*|sabiq baş nazir*|nümayəndə heyət*|qubernator*|"
                    "mer|meri|katib*|baş katib*|müxalifət lider*|administrasiyasının rəhbər*"),
    counterparts=words("həmkar*|qonağı|qonağını|qonağı ilə|qonaqla"),
    pair_refs=words("=liderlərin|iki lider*|liderlər|tərəflər|hər iki lider*|iki prezident*|"
                    "dövlət başçıları|hər iki tərəf*|iki dövlət başçı*"),
    groups={"üç lider*": 3, "dörd lider*": 4, "beş lider*": 5},
    pronouns=words("o"),
    object_pronouns=words("onu|ona|onunla|onu ilə|qonağı|qonağını|qonağına"),
    plural_pronouns=words("onlar"),
    indefinites=words("bir"),
    quantifiers=words("bir neçə|bəzi|müxtəlif"),
    # "zəng etmək" is "to call" ("Putinə zəng edib"); "telefonla danışıb" spoke by phone
    phone=words("telefon*|telefonla danış*|telefon danışığı*|telefon əlaqəsi*|zəng edib|zəng etdi|"
                "zəng etmişdi|zəng vurub|zəng vurdu|zəng edərək|zəngi"),
    video=words("videokonfrans*|video konfrans*|videoformat*|video format*|videobağlantı*|video bağlantı*|"
                "onlayn formatda|videoəlaqə*"),
    written=words("məktub*|təbrik məktub*|başsağlığı məktub*|teleqram*|mesaj*|təbrik mesaj*"),
    greeting=words("təbrik*|başsağlığı*"),
    joint_press=words("birgə mətbuat konfrans*|mətbuata birgə bəyanat*|mətbuata bəyanatla çıxış*"),
    # "qəbul etmək", to receive ("qəbul edib", "qəbul olunub"); "görüş" is a meeting in person (a call is a
    # "telefon danışığı")
    in_person=words(
        # round fifteen: running into a partner
        "rastlaş*|"
        "görüş*|qəbul edib|qəbul etdi|qəbul et*|qəbul ed*|qəbul olunub|qəbul olundu|qarşıla*|"
                    "səfər*|ziyarət*|bir araya gəl*|təkbətək*|geniş tərkibdə|rəsmi qarşılanma*|"
                    "işgüzar nahar*|şam yeməy*|nahar*|imzalayıb|imzaladı|imzalanıb|imzalanma mərasim*|"
                    "əl sıxış*|üçtərəfli görüş*|üçtərəfli sammit*|ev sahibliy*"),
    talk=words("danışıqlar*|danışıq apar*|müzakirə*|fikir mübadiləsi*|məsləhətləşmə*|razılaşıb|razılaşdı|"
               "razılığa gəl*|nəzərdən keçir*|dialoq*"),
    spoke=words("danışıb|danışdı|danışıblar|danışdılar|söhbət*"),
    roundup=words("təbrik məktubları|təbrik mesajları|liderlər|məktublar"),
    not_cues=words("mətbuat konfrans*|mətbuat konfransında|videomüraciət*|xalqa müraciət*|"
                   "qəbul edilib|qəbul edildi|qanun qəbul|qərar qəbul|qətnamə qəbul|bəyannamə qəbul|"
                   "gözləniləndən uzun|planlaşdırıldığı kimi|gözlənildiyi kimi"),
    caller_words=words("zəng edib|zəng etdi|zəng vurub|zəng vurdu|zəng edərək|zəng etmişdi"),
    from_words=words("tərəfindən"),
    receive_words=words("alıb|aldı"),
    initiative=words("təşəbbüsü ilə|dəvəti ilə|xahişi ilə|dəvətilə"),
    invitations=words("dəvət*"),
    planned=words("görüşəcək*|edəcək*|gələcək|olacaq|keçiriləcək*|səfər edəcək*|qəbul edəcək*|"
                  "planlaşdırıl*|gözlənilir|nəzərdə tutulur|nəzərdə tutulub|sabah|gələn|növbəti|dəvət*|"
                  "ümid edir|ümid edirik|ümidvar|hazır olduğunu|hazırdır|hazırıq|arzu edir"),
    planned_sentence=words("nəzərdə tutulur ki|gözlənilir ki"),
    present=words("görüşür|görüşürlər|qəbul edir|səfərdədir"),
    exclusions=words("istisna edib|istisna olunur|mümkün deyil"),
    negation=words("deyil|yox|xeyr|görüşməyib|görüşmədi|görüşməyəcək*|olmayıb|olmadı|olmayacaq|"
                   "baş tutmayıb|baş tutmadı|baş tutmayacaq|keçirilməyib|ləğv edilib|ləğv olunub|"
                   "təxirə salınıb"),
    denial=words("təkzib*|planlaşdırılmır|gündəmdə deyil|söhbət gedə bilməz|belə bir görüş yox|"
                 "baş tutmayıb|baş tutmayacaq"),
    visit=words("səfər*|rəsmi səfər*|dövlət səfər*|işgüzar səfər*|ziyarət*|rəsmi qarşılanma*|"
                "səfərə gəl*|səfərə gedib"),
    summit=words("sammit*|zirvə*|zirvə görüş*|kənarında|marjasında|baş assambleya*|g20|g7|nato|brics|"
                 "mdb|şət|türk dövlətləri təşkilatı|forum*|cop29|cop"),
    fillers=words("respublikası|respublikasının|federasiyası|federasiyasının|krallığı|krallığının|"
                  "cənab|xanım|zati aliləri|əlahəzrət|əlahəzrəti"),
    relative=words(""),
    companions=words("ilə birlikdə|müşayiəti ilə|müşayiətilə"),
    subordinators=words("sonra|əvvəl|öncə|zamanı|ərəfəsində|ardınca"),
    units_ago={**mapping(7, "həftə əvvəl|həftə öncə"), **mapping(30, "ay əvvəl|ay öncə"),
               **mapping(365, "il əvvəl|il öncə")},
    # ("dekabrın 5-də": the month's genitive, then its day)
    months={**mapping(1, "yanvar*"), **mapping(2, "fevral*"), **mapping(3, "mart*"),
            **mapping(4, "aprel*"), **mapping(5, "may|mayın|mayda|maydan|mayadək"),
            **mapping(6, "iyun*"), **mapping(7, "iyul*"), **mapping(8, "avqust*"),
            **mapping(9, "sentyabr*"), **mapping(10, "oktyabr*"), **mapping(11, "noyabr*"),
            **mapping(12, "dekabr*")},
    # the locative of each month ("in July"): a date alone
    months_alone={form + ("da" if _last_vowel(form) in _BACK else "də"): n
                  for n, form in enumerate(("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul",
                                            "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"), start=1)},
    # "bazar ertəsi" (Monday) and "çərşənbə axşamı", "cümə axşamı" (Tuesday, Thursday: the eves of
    # Wednesday and Friday) hold the next day's name; "bazar" alone is also a market, so Sunday is "bazar
    # günü"
    weekdays={**mapping(0, "bazar ertəsi|bazar ertəsi günü"),
              **mapping(1, "çərşənbə axşamı|çərşənbə axşamı günü"),
              **mapping(2, "çərşənbə|çərşənbə günü"),
              **mapping(3, "cümə axşamı|cümə axşamı günü"),
              **mapping(4, "cümə|cümə günü"),
              **mapping(5, "şənbə|şənbə günü"),
              **mapping(6, "bazar günü")},
    past_seasons={**mapping(10, "keçən payız|ötən payız|keçən payızda|ötən payızda"),
                  **mapping(7, "keçən yay|ötən yay|keçən yayda|ötən yayda"),
                  **mapping(4, "keçən yaz|ötən yaz|keçən yazda|ötən yazda")},
    relative_years={"keçən il": -1, "ötən il": -1, "bu il": 0, "cari il": 0, "keçən ilin": -1,
                    "ötən ilin": -1, "bu ilin": 0, "cari ilin": 0},
    relative_months={"bir il əvvəl": -12, "keçən ay": -1, "ötən ay": -1, "bu ay": 0, "cari ay": 0,
                     "keçən ayın": -1, "ötən ayın": -1, "bu ayın": 0, "cari ayın": 0},
    relative_days={"bir neçə gün əvvəl": -3, "bir neçə gün öncə": -3, "bu gün": 0, "bugün": 0,
                   "dünən": -1, "sabah": 1, "dünən axşam": -1, "srağagün": -2, "bu səhər": 0,
                   "bu axşam": 0},
    past=words("keçən|ötən"),
    month_tails=words("ayında|ayı|ayının|ayın|əvvəlində|əvvəllərində|sonunda|sonlarında|ortalarında|"
                      "ortasında"),
    # "2024-cü ildə" (in 2024): the ordinal suffix after its hyphen is a word of its own
    year_tails=words("ci il|cı il|cu il|cü il|ci ildə|cı ildə|cu ildə|cü ildə|ildə|ilin|il"),
    numbers={"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8,
             "doqquz": 9, "on": 10},
    anchored_days={"ertəsi gün": 1, "həmin gün": 0, "bir gün sonra": 1, "bir gün əvvəl": -1,
                   "o gün": 0},
    day_units={"gün sonra": 1},
    day_units_ago=words("gün əvvəl|gün öncə"),
    relative_weeks={"keçən həftə": -1, "ötən həftə": -1, "bu həftə": 0, "cari həftə": 0,
                    "gələn həftə": 1, "son günlərdə": 0},
    complementizers=words("ki"),
    reporting=words("bildirib|deyib|qeyd edib|vurğulayıb|açıqlayıb|məlumat verib|xəbər verir|bəyan edib|"
                    "söyləyib"),
    since=words("bəri|etibarən"),
    firsts=words("ilk|ilk dəfə"),
    since_contacts=words("bəri"),
    # future and negative suffixes inside a verb ("görüşəcək", "görüşməyib")
    future_affixes=("əcək", "acaq", "əcəy", "acağ", "-mək", "-maq"),
    negative_affixes=("məyəcək", "mayacaq", "məyib", "mayıb", "mədi", "madı", "məmiş", "mamış"),
    joins=words("qoşulub|qoşuldu|iştirak edib|iştirakı ilə|üçtərəfli"),
    object_cues=words("zəng edib|zəng etdi|zəng vurub|zəng vurdu|zəng edərək"),
    infinitives=("mək", "maq"),
    verbal_nouns=("məsi", "ması"),
    read_also=words("həmçinin oxuyun|oxu həmçinin|digər xəbərlər|əlaqəli xəbərlər"),
    captions=words("foto|fotoşəkil"),
    deceased=words("vəfat edən|mərhum"),
    asides_after=words("sonra|ardınca|əvvəl|öncə"),
    elect=words("keçmiş|sabiq|seçilmiş|yeni seçilmiş"),
    stopwords=words("və|ilə|bir|bu|o|ki|da|də|həm|ya|ancaq|amma|üçün|kimi|sonra|isə|in|ın|un|ün|nin|nın|"
                    "nun|nün|a|ə|ya|yə|la|lə|cı|ci|cu|cü|sabah"),
    presence=words("iştirakı ilə|iştirakilə"),
    trilateral=words("üçtərəfli"),
    between=words("arasında|arasındakı"),
    group_refs=words("liderlər|liderlərin|liderləri|dövlət başçıları|dövlət başçılarının"),
    last_time=words("sonuncu dəfə|son dəfə|ən son|əvvəlki görüş*|əvvəlki telefon*|əvvəlki səfər*"),
    # the plural past of the contact verbs, the subject left out ("Sonuncu dəfə 2019-cu ildə görüşüblər")
    plural_auxiliaries=words("görüşüblər|görüşmüşdülər|danışıblar|danışmışdılar"),
    public_posts=words("sosial şəbəkə*|sosial mediada|x hesabında"),
    additives=words("həmçinin|habelə|eyni zamanda"),
    turns=words("digər tərəfdən|bu arada"),
    then_words=words("o zaman|həmin vaxt|o vaxt|həmin görüşdə|həmin səfərdə"),
    iteratives=words("bir neçə dəfə|iki dəfə|üç dəfə|dəfələrlə|çox dəfə"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals={form: iso3 for name, iso3 in place_table(_TABLE)[2].items() for form in _where(name)},
    topics={
        "bilateral_relations": words("ikitərəfli*|münasibət*|əməkdaşlıq*|əməkdaşlığ*|tərəfdaşlıq*|"
                                     "tərəfdaşlığ*|dostluq*|dostluğ*|müttəfiq*|strateji tərəfdaş*|"
                                     "iki ölkə|iki ölkənin|iki ölkə arasında|səfirlik*|viza*"),
        "trade_economy": words("ticarət*|ticari|iqtisadi*|iqtisadiyyat*|gömrük*|tarif*|maliyyə*|bazarı|"
                               "bazara|"
                               "bazarda|bazarın*|bazarlar*|bazarına|bazarında|"
                               "ixrac*|idxal*|əmtəə dövriyyə*|ticarət dövriyyə*|büdcə*|kredit*|inflyasiya*|"
                               "şirkət*"),
        "investment": words("investisiya*|sərmayə*|investor*|birgə müəssisə*|fond*"),
        "energy": words("enerji*|neft*|qaz|qazı|qazın|təbii qaz*|elektrik*|bərpa olunan*|boru kəmər*|"
                        "bakı tbilisi ceyhan|cənub qaz dəhlizi|tap|tanap|opec|yaşıl enerji*|hidrogen*|"
                        "enerji təhlükəsizliy*"),
        "security_defense": words("təhlükəsizlik*|təhlükəsizliy*|müdafiə*|hərbi*|ordu*|silah*|raket*|"
                                  "hava hücumundan müdafiə|hərbi texnika*|təlim*|pilotsuz*|dron*|"
                                  "müdafiə sənaye*|nato"),
        "counterterrorism": words("terror*|terrorçu*|terrorizm*|ekstremizm*|separatçı*|pkk"),
        "conflict_ceasefire": words("atəşkəs*|müharibə*|münaqişə*|sülh*|gərginlik*|işğal*|hücum*|"
                                    "vasitəçi*|sülh müqavilə*|sülh sazişi*|sülh gündəliy*|girov*|"
                                    "əsir*|böhran*|sərhəd*|delimitasiya*|demarkasiya*"),
        "humanitarian": words("humanitar*|mülki*|aclıq*|aclığ*|evakuasiya*|zəlzələ*|fəlakət*|mina*|minalar*|"
                              "itkin düşmüş*"),
        "reconstruction": words("bərpa*|yenidənqurma*|yenidən qurma*|böyük qayıdış*"),
        "migration_refugees": words("miqrasiya*|miqrant*|qaçqın*|məcburi köçkün*"),
        "nuclear_nonproliferation": words("nüvə*|uran*|magate|atom enerjisi"),
        "climate_environment": words("iqlim*|ekologiya*|ekoloji*|ətraf mühit*|emissiya*|qlobal istiləşmə|"
                                     "karbon*|cop29|cop"),
        "health": words("səhiyyə*|sağlamlıq*|sağlamlığ*|pandemiya*|koronavirus*|covid*|peyvənd*|vaksin*|"
                        "xəstəxana*|"
                        "dərman*|xəstəlik*"),
        "regional_situation": words("region*|regional*|bölgə*|cənubi qafqaz*|qafqaz*|yaxın şərq*|qəzza*|"
                                    "xəzər*|qara dəniz*|qonşu*|vəziyyət*"),
        "sovereignty_territorial_integrity": words("suverenlik*|suverenliy*|ərazi bütövlüy*|müstəqillik*|"
                                                   "müstəqilliy*|sərhədlərin delimitasiya*|ilhaq*|işğal*|"
                                                   "azad edilmiş ərazi*|qarabağ*|zəngəzur*"),
        "domestic_politics_elections": words("seçki*|seçilmə*|yenidən seçil*|referendum*|parlament*|"
                                             "konstitusiya*|müxalifət*|çevriliş*|and içmə*|inauqurasiya*"),
        "ceremonial": words("təbrik*|başsağlığı*|bayram|bayramı|bayramın*|bayrama|bayramda|bayramlar*|"
                            "ildönümü*|"
                            "il dönümü*|milli bayram*|müstəqillik günü|"
                            "yeni il*|ad günü|orden*|medal*|mükafat*|novruz*"),
        "sanctions": words("sanksiya*|embarqo*|qara siyahı*"),
        "human_rights_minorities": words("insan hüquq*|azlıq*|azlığ*|azsaylı*|azadlıq*|demokratiya*|"
                                         "siyasi məhbus*|"
                                         "qanunun aliliy*|islamofobiya*|ayrı seçkilik*|diskriminasiya*"),
        "multilateral_diplomacy": words("birləşmiş millətlər|bmt|avropa ittifaqı|çoxtərəfli*|"
                                        "afrika ittifaqı|ərəb liqası|islam əməkdaşlıq təşkilatı|iət|"
                                        "şanxay əməkdaşlıq təşkilatı|şət|təhlükəsizlik şurası*|"
                                        "baş assambleya*|"
                                        "qoşulmama hərəkatı|atət|mdb|türk dövlətləri təşkilatı|üzvlük*|"
                                        "beynəlxalq ictimaiyyət"),
        "infrastructure_transport": words("infrastruktur*|nəqliyyat*|dəhliz*|orta dəhliz*|zəngəzur dəhlizi*|"
                                          "liman*|dəmir yol*|dəmiryol*|avtomobil yol*|körpü*|logistika*|"
                                          "tranzit*|kommunikasiya*"),
        "food_agriculture": words("ərzaq*|taxıl*|kənd təsərrüfatı*|aqrar*|buğda*|gübrə*|fermer*|"
                                  "ərzaq təhlükəsizliy*"),
        "technology": words("texnologiya*|texnoloji*|rəqəmsal*|süni intellekt*|yarımkeçirici*|kiber*|"
                            "innovasiya*|kosmik*|peyk*|telekommunikasiya*|ikt"),
        "culture_education_tourism": words("mədəniyyət*|mədəni*|təhsil*|turizm*|turist*|tələbə*|universitet*|"
                                           "idman*|irs*|muzey*|humanitar əməkdaşlıq"),
    },
    places={"qəzza": "Gaza", "yaxın şərq": "Middle East", "krım": "Crimea"},
)
