"""Bosnian, Croatian and Serbian (the usage of Hina, Tanjug, FENA, Anadolu's BCS service, N1 and RTS).

One lexicon serves the three (`also`: texts marked hr, bs or sr read it as "sh", ISO 639-1's code for the
language they share): its words are written in the Croatian and Bosnian ijekavian form and in the Serbian
ekavian one ("predsjednik", "predsednik"; "posjet", "poseta"), Croatian months beside the ones Serbian and
Bosnian take from Latin ("srpnja", "jula"), Croatian "tijekom", "tjedan" beside "tokom", "sedmica", "nedelja".
Serbian Cyrillic is read by transliteration, letter for letter (`CYRILLIC_TO_LATIN`, applied by the
extractor to a text in these languages): no word here is written twice.

Latin words are matched folded (the háček, the acute and the stroke of "đ" drop: "Vučić" meets "Vucic"), so
the case forms of titles and cue nouns are written out ("predsjednikom", "premijerki") or ended with "*";
country names get their cases from `_noun_cases` ("Rusija" -> "Rusije", "Rusijom"; "Francuska" ->
"Francuskoj"), adjectives are prefixes ("rusk*"). An inner word written with "*" ("telefonsk* razgovor*")
is spelled out with the endings below (`inner_stems`).
"""

from graph.models import Role
from ingest.extract.lexicon import Lexicon, mapping, place_table, stemmed_words

# the endings an inner stem of a phrase takes ("zajedničk* konferencij*" -> "zajednička konferencija", ...)
_ENDINGS = "a e i u o om oj em ima ama ih im og ega eg om"

# "|"-separated phrases, each inner stem ("stem* word") spelled out with the endings above
words = stemmed_words(_ENDINGS)

# Serbian Cyrillic to Latin, one letter for one, so that a text keeps its length and its offsets: "љ", "њ"
# and "џ" become the one-letter digraphs "ǉ", "ǌ", "ǆ", which fold to "lj", "nj", "dz" as "lj", "nj", "dž" do.
CYRILLIC_TO_LATIN = str.maketrans(dict(zip(
    "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШабвгдђежзијклљмнњопрстћуфхцчџш",
    "ABVGDĐEŽZIJKLǇMNǊOPRSTĆUFHCČǄŠabvgdđežzijklǉmnǌoprstćufhcčǆš", strict=True)))


def _noun_cases(noun: str) -> list[str]:
    """Return the case forms of a one-word place name (Rusija -> Rusije, Rusiji, Rusiju, Rusijom)."""
    low = noun.lower()
    if " " in noun or not noun[-1:].isalpha() or noun.isupper():
        return [noun]
    if low.endswith(("ska", "čka", "ška", "cka")):  # adjectival: Francuska -> Francuske, Francuskoj
        s = noun[:-1]
        return [noun, s + "e", s + "oj", s + "u", s + "om"]
    if low.endswith("a"):  # Kina -> Kine, Kini, Kinu, Kinom; Amerika -> Americi
        s = noun[:-1]
        forms = [noun, s + "e", s + "i", s + "u", s + "om"]
        return [*forms, s[:-1] + "ci"] if low.endswith("ka") else forms
    if low.endswith("o"):  # Meksiko -> Meksika, Meksiku, Meksikom
        s = noun[:-1]
        return [noun, s + "a", s + "u", s + "om"]
    if low[-1] in "eiu":  # Čile, Tbilisi, Baku: not declined
        return [noun]
    # a consonant: Iran -> Irana, Iranu, Iranom; Azerbejdžan -> Azerbejdžanom
    return [noun, noun + "a", noun + "u", noun + "om", noun + "em"]


_SOFT = ("c", "č", "ć", "š", "ž", "j", "đ", "lj", "nj", "dž")  # "-em", not "-om", in the instrumental


def _declined(word: str) -> list[str]:
    """Return a man's name word in the genitive, dative, accusative and instrumental ([] if it stays).

    "Duda" -> "Dude", "Dudi", "Dudu", "Dudom"; "Fico" -> "Fica", "Ficu", "Fica", "Ficom"; "Modi" ->
    "Modija", "Modiju", "Modija", "Modijem"; "Nehammer" -> "Nehammera", "Nehammeru", "Nehammera",
    "Nehammerom" ("Vučićem" after a soft consonant); the adjectival "-ski" -> "-skog", "-skom", "-skim".
    """
    low = word.lower()
    if low.endswith(("ski", "cki", "ški")):
        return [word[:-1] + end for end in ("og", "om", "og", "im")]
    if low.endswith("a"):
        return [word[:-1] + end for end in ("e", "i", "u", "om")]
    if low.endswith("o"):
        return [word[:-1] + end for end in ("a", "u", "a", "om")]
    if low.endswith("i"):
        return [word + end for end in ("ja", "ju", "ja", "jem")]
    if low[-1] in "eu":
        return []
    ins = "em" if low.endswith(_SOFT) else "om"
    return [word + end for end in ("a", "u", "a", ins)]


def _name_cases(name: str) -> list[str]:
    """Return a man's foreign name in four cases, its given name declined with it ("Andrzejom Dudom")."""
    *rest, surname = name.split()
    lasts = _declined(surname)
    if not rest or not lasts:
        return lasts
    givens = _declined(rest[-1]) or [rest[-1]] * len(lasts)
    return [" ".join((*rest[:-1], given, last)) for given, last in zip(givens, lasts, strict=True)]


# Country names (the usual short forms of the three presses), demonym adjectives as prefixes and capitals
# (ISO3; names; demonyms; capitals). Names of more than one word are written in their cases.
_PLACES = place_table("""
USA; SAD/Sjedinjene Američke Države/Sjedinjenih Američkih Država/Sjedinjenim Američkim Državama/
    Sjedinjene Države/Sjedinjenih Država/Sjedinjenim Državama/Amerika; američk*
RUS; Rusija/Ruska Federacija/Ruske Federacije/Ruskoj Federaciji/Rusku Federaciju; rusk*
CHN; Kina/NR Kina/Narodna Republika Kina; kinesk*
FRA; Francuska; francusk*
DEU; Njemačka/Nemačka/SR Njemačka; njemačk*/nemačk*
GBR; Velika Britanija/Velike Britanije/Velikoj Britaniji/Veliku Britaniju/Velikom Britanijom/Britanija/
    Ujedinjeno Kraljevstvo/Ujedinjenog Kraljevstva/Ujedinjenom Kraljevstvu; britansk*
ITA; Italija; talijansk*/italijansk*
ESP; Španjolska/Španija; španjolsk*/špansk*
PRT; Portugal; portugalsk*
UKR; Ukrajina; ukrajinsk*
ROU; Rumunjska/Rumunija; rumunjsk*/rumunsk*
MDA; Moldavija/Moldova; moldavsk*
POL; Poljska; poljsk*
HUN; Mađarska; mađarsk*
SVK; Slovačka; slovačk*
CZE; Češka/Češka Republika/Češke Republike/Češkoj Republici; češk*
BGR; Bugarska; bugarsk*
SRB; Srbija; srpsk*
HRV; Hrvatska/Republika Hrvatska/Republike Hrvatske/Republici Hrvatskoj/RH; hrvatsk*
BIH; Bosna i Hercegovina/Bosne i Hercegovine/Bosni i Hercegovini/Bosnu i Hercegovinu/BiH;
    bosanskohercegovačk*
MNE; Crna Gora/Crne Gore/Crnoj Gori/Crnu Goru/Crnom Gorom; crnogorsk*
MKD; Sjeverna Makedonija/Sjeverne Makedonije/Sjevernoj Makedoniji/Severna Makedonija/Severne Makedonije/
    Severnoj Makedoniji/Makedonija; sjevernomakedonsk*/severnomakedonsk*/makedonsk*
SVN; Slovenija; slovenačk*/slovenski/slovenskog/slovenskim/slovenskoj/slovenskih
ALB; Albanija; albansk*
GRC; Grčka; grčk*
CYP; Kipar/Kipra/Kipru/Kiprom; ciparsk*/kiparsk*
AUT; Austrija; austrijsk*
CHE; Švicarska/Švajcarska; švicarsk*/švajcarsk*
NLD; Nizozemska/Holandija; nizozemsk*/holandsk*
BEL; Belgija; belgijsk*
SWE; Švedska; švedsk*
FIN; Finska; finsk*
NOR; Norveška; norvešk*
DNK; Danska; dansk*
IRL; Irska; irsk*
LTU; Litva; litavsk*/litvansk*
LVA; Latvija/Letonija; latvijsk*/letonsk*
EST; Estonija; estonsk*
BLR; Bjelorusija/Belorusija; bjelorusk*/belorusk*
GEO; Gruzija; gruzijsk*
ARM; Armenija; armensk*
AZE; Azerbejdžan/Azerbajdžan; azerbejdžansk*/azerbajdžansk*
KAZ; Kazahstan; kazahstansk*/kazašk*
TUR; Turska; tursk*
ISR; Izrael; izraelsk*
PSE; Palestina; palestinsk*
IRN; Iran; iransk*
IRQ; Irak; iračk*
SYR; Sirija; sirijsk*
JOR; Jordan; jordansk*
LBN; Libanon; libanonsk*
EGY; Egipat/Egipta/Egiptu/Egiptom; egipatsk*
SAU; Saudijska Arabija/Saudijske Arabije/Saudijskoj Arabiji/Saudijsku Arabiju; saudijsk*
ARE; Ujedinjeni Arapski Emirati/Ujedinjenih Arapskih Emirata/Ujedinjenim Arapskim Emiratima/UAE; emiratsk*
QAT; Katar; katarsk*
JPN; Japan; japansk*
KOR; Južna Koreja/Južne Koreje/Južnoj Koreji/Južnu Koreju; južnokorejsk*
PRK; Sjeverna Koreja/Sjeverne Koreje/Sjevernoj Koreji/Severna Koreja/Severne Koreje/Severnoj Koreji;
    sjevernokorejsk*/severnokorejsk*
IND; Indija; indijsk*
PAK; Pakistan; pakistansk*
AFG; Afganistan; afganistansk*/afganist*
CAN; Kanada; kanadsk*
MEX; Meksiko; meksičk*
BRA; Brazil; brazilsk*
ARG; Argentina; argentinsk*
AUS; Australija; australsk*
ZAF; Južnoafrička Republika/Južnoafričke Republike/JAR; južnoafričk*
IDN; Indonezija; indonezijsk*
VNM; Vijetnam; vijetnamsk*
VAT; Vatikan/Sveta Stolica/Svete Stolice/Svetoj Stolici; vatikansk*
EU; Europska unija/Europske unije/Europskoj uniji/Evropska unija/Evropske unije/Evropskoj uniji/EU
""", _noun_cases)

# Capitals in the cases a place takes ("u Beogradu", "u Moskvi"), written out: capitals are read in every
# text, and a rule would make common words of other languages of some ("Seul" is French "seul", "Rim"
# English "rim", "Hag" English "hag"): these are written only in a case.
_CAPITALS = place_table("""
USA; ; ; Vašington/Vašingtonu/Washingtonu
RUS; ; ; Moskva/Moskve/Moskvi/Moskvu
CHN; ; ; Peking/Pekingu
FRA; ; ; Pariz/Parizu
DEU; ; ; Berlinu
GBR; ; ; London/Londonu
ITA; ; ; Rimu
ESP; ; ; Madridu
UKR; ; ; Kijev/Kijevu/Kijeva
ROU; ; ; Bukurešt/Bukureštu
POL; ; ; Varšava/Varšavi
HUN; ; ; Budimpešta/Budimpešti
SVK; ; ; Bratislavi
CZE; ; ; Pragu
BGR; ; ; Sofija/Sofiji
SRB; ; ; Beograd/Beogradu
HRV; ; ; Zagreb/Zagrebu
BIH; ; ; Sarajevo/Sarajevu
MNE; ; ; Podgorica/Podgorici
MKD; ; ; Skoplje/Skoplju
SVN; ; ; Ljubljana/Ljubljani
ALB; ; ; Tirana/Tirani
GRC; ; ; Atini
AUT; ; ; Beč/Beču
BEL; ; ; Brisel/Briselu
NLD; ; ; Hagu
TUR; ; ; Ankara/Ankari
ISR; ; ; Jeruzalem/Jeruzalemu
IRN; ; ; Teheran/Teheranu
EGY; ; ; Kairo/Kairu
SAU; ; ; Rijad/Rijadu
JPN; ; ; Tokio/Tokiju
KOR; ; ; Seulu
PRK; ; ; Pjongjang/Pjongjangu
AZE; ; ; Baku
KAZ; ; ; Astani
""")[2]


def _government_heads() -> dict[str, tuple[str, Role]]:
    """Return "predsjednik hrvatske vlade" and its cases for each demonym prefix in -k* ("hrvatsk*": HRV)."""
    out: dict[str, tuple[str, Role]] = {}
    for prefix, iso3 in _PLACES[1].items():
        if iso3 != "EU" and prefix.endswith("k*"):
            genitive = prefix[:-1] + "e"
            for head in ("predsjednik", "predsjednika", "predsjednikom", "predsjedniku", "predsednik",
                         "predsednika", "predsednikom", "predsedniku", "predsjednica", "predsjednice",
                         "predsjednicom", "predsednica", "predsednice", "predsednicom", "šef", "šefa",
                         "šefom", "šefu", "šefica", "šefice", "šeficom"):
                out[f"{head} {genitive} vlade"] = (iso3, "head_of_government")
    return out


_PRESIDENT = ("predsjednik|predsjednika|predsjedniku|predsjednikom|predsjednica|predsjednice|predsjednici|"
              "predsjednicu|predsjednicom|predsednik|predsednika|predsedniku|predsednikom|predsednica|"
              "predsednice|predsednici|predsednicu|predsednicom|šef države|šefa države|šefom države|"
              "šefu države|šefica države|šefice države|državni poglavar|državnog poglavara|"
              "državnim poglavarom|državnom poglavaru")
_PRIME_MINISTER = ("premijer|premijera|premijeru|premijerom|premijerka|premijerke|premijerki|premijerku|"
                   "premijerkom|predsjednik vlade|predsjednika vlade|predsjedniku vlade|predsjednikom vlade|"
                   "predsjednica vlade|predsjednice vlade|predsjednicom vlade|predsednik vlade|"
                   "predsednika vlade|predsedniku vlade|predsednikom vlade|predsednica vlade|"
                   "predsednice vlade|predsednicom vlade|šef vlade|šefa vlade|šefom vlade|šefu vlade|"
                   "šefica vlade|šefice vlade|šeficom vlade|predsjedavajući vijeća ministara|"
                   "predsjedavajućeg vijeća ministara|predsjedavajućim vijeća ministara")

LEXICON = Lexicon(
    lang="sh",
    also=("hr", "bs", "sr"),
    transliteration=CYRILLIC_TO_LATIN,
    names_inflect=True,
    name_cases=_name_cases,
    # no home country for the three presses' bare titles; an agency's or a seat's name in the text makes
    # "premijer" or "predsjednik" alone that country's ("ZAGREB, 9. listopada (Hina) - Premijer ...")
    home_markers={"hina": "HRV", "hrt": "HRV", "banski dvori": "HRV", "banskim dvorima": "HRV",
                  "tanjug": "SRB", "rts": "SRB", "fena": "BIH"},
    titles={
        **mapping("president", _PRESIDENT),
        **mapping("crown_prince", "prijestolonasljednik|prijestolonasljednika|prijestolonasljednikom|"
                                  "prestolonaslednik|prestolonaslednika|prestolonaslednikom|krunski princ|"
                                  "krunskog princa|krunskim princem"),
        **mapping("monarch", "kralj|kralja|kralju|kraljem|kraljica|kraljice|kraljici|kraljicu|kraljicom|"
                             "emir|emira|emiru|emirom|sultan|sultana|sultanom|monarh|monarha|monarhom"),
        **mapping("supreme_leader", "vrhovni vođa|vrhovnog vođe|vrhovnim vođom|vrhovnom vođi"),
        **mapping("pope", "papa|pape|papi|papu|papom|sveti otac|svetog oca|svetim ocem"),
        **mapping("prime_minister", _PRIME_MINISTER),
        **mapping("chancellor", "kancelar|kancelara|kancelaru|kancelarom|kancelarka|kancelarke|kancelarki|"
                                "kancelarkom|savezni kancelar|saveznog kancelara|saveznim kancelarom"),
        **mapping(None, "lider|lidera|lideru|liderom|liderka|liderke|čelnik|čelnika|čelniku|čelnikom|"
                        "čelnica|vođa|vođe|vođom|državnik|državnika|državnikom"),
    },
    plural_titles={
        # (the genitive plural, "predsjednika", is the genitive singular's form: a title, not listed here)
        **mapping("president", "predsjednici|predsjednicima|predsednici|predsednicima|šefovi država|"
                               "šefova država"),
        **mapping("prime_minister", "premijeri|premijerima"),
        **mapping(None, "lideri|liderima|čelnici|čelnicima|državnici"),
    },
    org_titles={
        **mapping("UN", "glavni tajnik un|glavnog tajnika un|glavnim tajnikom un|generalni sekretar un|"
                        "generalnog sekretara un|generalnim sekretarom un|šef un|šefa un"),
        **mapping("EU", "predsjednica europske komisije|predsjednice europske komisije|"
                        "predsjednicom europske komisije|predsjednica evropske komisije|"
                        "predsjednice evropske komisije|predsednica evropske komisije|"
                        "predsednice evropske komisije|predsednicom evropske komisije|"
                        "šefica europske komisije|šefica evropske komisije|predsjednik europskog vijeća|"
                        "predsjednika europskog vijeća|predsjednikom europskog vijeća|"
                        "predsednik evropskog saveta|predsednika evropskog saveta|"
                        "predsjednik evropskog vijeća|predsjednika evropskog vijeća"),
    },
    country_titles={
        **_government_heads(),
        **mapping(("RUS", "head_of_state"), "šef kremlja|šefa kremlja|šefom kremlja|gospodar kremlja|"
                                            "gospodara kremlja"),
        **mapping(("USA", "head_of_state"), "šef bijele kuće|šefa bijele kuće|šef bele kuće|šefa bele kuće"),
    },
    ministers=words("ministar|ministra|ministru|ministrom|ministrica|ministrice|ministricom|ministarka|"
                    "ministarke|ministri|ministara|ministar vanjskih poslova|ministra vanjskih poslova|"
                    "ministar spoljnih poslova|ministra spoljnih poslova|"
                    "šef diplomacije|šefa diplomacije|šefom diplomacije|šefica diplomacije|glasnogovornik|"
                    "glasnogovornica|portparol|portparolka|veleposlanik|veleposlanika|veleposlanikom|"
                    "ambasador|ambasadora|ambasadorom|izaslanik|izaslanika|izaslanikom|specijalni izaslanik|"
                    "specijalnog izaslanika|posebni izaslanik|posebnog izaslanika|savjetnik|savjetnika|"
                    "savetnik|savetnika|savjetnica|savetnica|potpredsjednik|potpredsjednika|potpredsjednica|"
                    "potpredsednik|potpredsednika|potpredsednica|potpredsjednik vlade|potpredsednik vlade|"
                    "guverner|guvernera|gradonačelnik|gradonačelnika|gradonačelnica|predsjednik sabora|"
                    "predsjednika sabora|predsednik skupštine|predsednika skupštine|predsednica skupštine|"
                    "predsjednik parlamenta|predsednik parlamenta|izaslanstvo|izaslanstva|delegacija|"
                    "delegacije|zamjenik|zamjenika|zamenik|zamenika|bivši predsjednik|bivšeg predsjednika|"
                    "bivšim predsjednikom|bivši predsednik|bivšeg predsednika|bivšim predsednikom|"
                    "bivši premijer|bivšeg premijera|bivšim premijerom|bivša premijerka|"
                    "novoizabrani predsjednik|novoizabranog predsjednika|novoizabrani predsednik|"
                    "novoizabranog predsednika|glavni tajnik nato|glavnog tajnika nato|"
                    "generalni sekretar nato|"
                    "generalnog sekretara nato|šef nato|šefa nato|ministar obrane|ministar odbrane|"
                    "ministra obrane|ministra odbrane|državni tajnik|državnog tajnika|državni sekretar|"
                    "državnog sekretara|državnim sekretarom|ministarstvo|ministarstva|kandidat|kandidata|"
                    "kandidatom|kandidatkinja|kandidatkinje|lider opozicije|lidera opozicije|čelnik oporbe|"
                    "čelnika oporbe"),
    counterparts=words("kolega|kolege|kolegi|kolegu|kolegom|kolegica|kolegice|kolegicom|koleginica|"
                       "koleginicom|homolog|homologa|homologom|gost|gosta|gostu|gostom|gošća|gošću"),
    pair_refs=words("dvojica lidera|dvojice lidera|dvojici lidera|oba lidera|obojica lidera|obojice lidera|"
                    "dva lidera|dva predsjednika|dva predsednika|dva premijera|dvojica predsjednika|"
                    "dvojice predsjednika|dvojica predsednika|"
                    "dvojice predsednika|oba predsjednika|oba predsednika|dvojica premijera|oba premijera|"
                    "dvojica čelnika|dvojice čelnika|dvojica državnika|obje strane|obe strane|dvije strane|"
                    "dve strane|lideri dviju zemalja|lideri dveju zemalja|čelnici dviju zemalja|"
                    "čelnika dviju zemalja|lideri dvije zemlje|lideri dve zemlje|lideri obje zemlje|"
                    "lideri obe zemlje|predsjednici dviju zemalja|predsednici dveju zemalja|"
                    "predsednici dve zemlje"),
    groups={"trojica lidera": 3, "tri lidera": 3, "trojica čelnika": 3, "četvorica lidera": 4,
            "četiri lidera": 4},
    pronouns=words("on|ona"),
    object_pronouns=words("ga|mu|njega|njemu|njim|ju|nju|joj|njom|gosta|gostom"),
    plural_pronouns=words("oni|one"),
    feminine=words("ona"),
    masculine=words("on|ga|mu|njega|njemu|njim"),
    pair_possessives=words("njihov|njihova|njihovo|njihovog|njihovom|njihovim|njihovu|njihove|njihovih"),
    indefinites=words("neki|nekog|nekim|nekom|nijedan|nijednog|nikakav|nikakvog"),
    predicatives=words("kao|u ulozi"),
    quantifiers=words("nekoliko|mnogih|drugih|ostalih|brojnih|niza"),
    phone=words("telefon*|telefonsk* razgovor*|telefonsk* poziv*|putem telefona|preko telefona|nazvao|"
                "nazvala|nazvali|nazvati|nazvat će|nazvaće|razgovarao telefonom|razgovarala telefonom|"
                "razgovarali telefonom|telefonom razgovarao|telefonom razgovarala|telefonom razgovarali"),
    video=words("videokonferencij*|video konferencij*|video vez*|videovez*|video-vez*|video poziv*|"
                "videopoziv*|putem videa|online|onlajn|na daljinu"),
    written=words("pismo|pisma|pismom|pismu|pisama|poslao pismo|poslala pismo|uputio pismo|uputila pismo|"
                  "pisanu poruku|pisanoj poruci|poslanic*|telegram|telegrama|telegramom|brzojav*"),
    greeting=words("čestita*|izrazio sućut|izrazila sućut|sućut*|saučešć*|izraz* sućuti|izraz* saučešća"),
    joint_press=words("zajedničk* konferencij* za novinare|zajedničk* konferencij* za medije|"
                      "zajedničk* izjav* za medije|zajedničk* obraćanj* medijima|"
                      "zajedničk* pres konferencij*"),
    in_person=words(
        # round fifteen: the greeting, the embrace and a meal together
        "pozdravio|pozdravila|zagrlio|zagrlila|zagrlili|večerao|večerala|večerali|ručao|ručala|"
        "ručali|"
        "sastao|sastala|sastali|sastan*|sastat će|sastaće|sastati|susret*|susreo|susrela|susreli|"
                    "susrele|susresti|sreo|srela|sreli|"
                    "sresti|primio|primila|primili|primljen|primljena|ugostio|ugostila|ugostili|dočekao|"
                    "dočekala|dočekali|posjet*|poset*|doputovao|doputovala|doputovali|stigao|stigla|stigli|"
                    "rukovali|rukovao|rukovala|u četiri oka|radni ručak|radnom ručku|radnog ručka|doručak|"
                    "doručku|odlikovao|odlikovala|uručio|uručila|trilateral*|pregovarao s|pregovarala s|"
                    "pregovarali s|pregovarao sa|pregovarali sa|potpisali|potpisao|potpisala|samit između|"
                    "samitu između|summit između|summitu između"),
    talk=words("razgovori|razgovora|razgovorima|pregovor*|pregovarali|pregovarao|pregovarala|razgovarali o|"
               "razgovarao o|razgovarala o|raspravljali|raspravljao|raspravljala|razmotrili|razmotrio|"
               "razmotrila|konzultacij*|dijalog*|dogovorili|dogovorio|složili su se|razmjena mišljenja|"
               "razmena mišljenja|razmijenili mišljenja|razmenili mišljenja|razmijenili su mišljenja|"
               "razmenili su mišljenja"),
    spoke=words("razgovarao|razgovarala|razgovarali|razgovor|razgovoru|razgovorom|porazgovarao|porazgovarala|"
                "popričao|popričala|popričali|razgovarat će|razgovaraće"),
    roundup=words("čestitke|čestitaka|lideri|čelnici|državnici"),
    not_cues=words("primio ostavku|primila ostavku|prihvatio ostavku|prihvatila ostavku|primio poziv|"
                   "prihvatio poziv|prihvatila poziv|primio izaslanstvo|konferencija za novinare|"
                   "konferenciji za novinare|konferenciju za novinare|konferencije za novinare|"
                   "konferencija za medije|konferenciji za medije|razgovor za|razgovoru za|u razgovoru za|"
                   "intervju*|telefonski broj|broj telefona|sastanak vlade|sjednica vlade|sednica vlade|"
                   "pozvao na|pozvala na|pozvali na|potpisao zakon|potpisala zakon|potpisao ukaz|"
                   "potpisao dekret|susret s novinarima|susretu s novinarima|primio nagradu|primila nagradu"),
    caller_words=words("nazvao|nazvala|telefonirao|telefonirala"),
    from_words=words("od|sa strane"),
    receive_words=words("dobio|dobila|dobili"),
    initiative=words("na inicijativu|na zahtjev|na zahtev|na poziv|na prijedlog|na predlog|na molbu"),
    planned=words("će|ćemo|ćete|ću|sastat će|sastaće|posjetit će|posetiće|razgovarat će|razgovaraće|"
                  "doputovat će|doputovaće|primit će|primiće|trebalo bi|trebao bi|trebala bi|trebali bi|"
                  "trebalo bi da|trebao bi da|planiran*|planira|planiraju|planirano|očekuje se|"
                  "očekivan*|najavljen*|predstojeć*|sljedeć*|sledeć*|naredn*|"
                  "idućeg|idući|iduće|sutra|uskoro|pozvao|pozvala|pozvali|pozivnic*|namjerava|namjeravaju|"
                  "namerava|nameravaju|želi|žele|spreman|spremna|spremni|moguć*|eventualn*|mogao bi|"
                  "mogla bi|mogli bi|mogao bi se|trebao bi se|trebalo bi se|dogovoren*|zakazan*"),
    planned_sentence=words("očekuje se da|predviđeno je da|planirano je da|planira se da"),
    exclusions=words("isključeno|isključen|isključena|isključio|isključila|ne dolazi u obzir|"
                     "ne dolaze u obzir"),
    negation=words("ne|nije|nisu|nismo|nikada|nikad|bez|neće|nećemo|neće se|nema|nikakav|nikakvog|"
                   "nijedan|nijednog|otkazan*|otkazao|otkazala|otkazali|odgođen*|odgodio|odgodila|"
                   "odložen*|odložio|odložila|odložili"),
    denial=words("demantirao|demantirala|demantirali|demantira|demantovao|demantovala|demantuje|"
                 "opovrgnuo|opovrgla|negirao|negirala|nije planiran|nije planirana|nije planirano|"
                 "nisu planirani|nije u planu|nema planova|nije dogovoren|nije dogovoreno|ništa slično|"
                 # a meeting the programme did not hold ("Susret ... nije bio predviđen programom")
                 "nije bio predviđen|nije bila predviđena|nije predviđen|nije predviđena|nije bio planiran|"
                 "nije bila planirana|nije održan|nije održana|nije se održao|nije se održala"),
    visit=words("posjet*|poset*|doputovao|doputovala|doputovali|stigao|stigla|stigli|državni posjet*|"
                "službeni posjet*|zvanični posjet*|zvaničn* poset*|bijela kuća|bijeloj kući|bijele kuće|"
                "bela kuća|beloj kući|bele kuće|kremlj*|elizejsk* palač*|jelisejsk* palat*|banski dvori|"
                "banskim dvorima|pantovčak*|palata srbija|palati srbija"),
    summit=words("samit|samita|samitu|samitom|summit|summita|summitu|na marginama|na marginama samita|"
                 "na marginama summita|na margini|po strani|u kuloarima|generalna skupština|"
                 "generalne skupštine|generalnoj skupštini|opća skupština|opće skupštine|općoj skupštini|"
                 "g20|g7|forum|foruma|forumu|konferencij*|trilateral*"),
    fillers=words("republike|federacije|kraljevine|države|gospodin|gospodina|gospodinom|gospođa|gospođe|"
                  "gospođom"),
    relative=words("koji|koja|koje|kojeg|kojega|kojem|kojemu|kojim|kojom|koju|kojih|gdje|gde"),
    members=words("u delegaciji su bili|delegaciju su činili|u izaslanstvu su bili|izaslanstvo su činili"),
    companions=words("zajedno s|zajedno sa|u pratnji|u društvu|uz pratnju"),
    subordinators=words("nakon što|pošto|prije nego|pre nego|dok|kada|kad|iako|premda|jer|budući da|"
                        "dan nakon|dana nakon|dan poslije|dan posle"),
    subjectless=words("prije nego što|pre nego što"),
    present=words("sastaje se|sastaju se|prima|primaju|posjećuje|posjećuju|posećuje|posećuju|ugošćuje|"
                  "ugošćuju"),
    complementizers=words("da|kako"),
    reporting=words("rekao|rekla|rekli|izjavio|izjavila|izjavili|kazao|kazala|naveo|navela|naveli|"
                    "saopćio|saopćila|saopštio|saopštila|priopćio|priopćila|priopćili|prema|dodao|dodala|"
                    "istaknuo|istaknula|istakao|istakla|naglasio|naglasila|potvrdio|potvrdila|potvrdili|"
                    "objavio|objavila|objavili|napisao na|napisala na|javlja|javio|javila|prenosi|"
                    "izvijestio|izvijestila|izvestio|izvestila|kaže|kažu"),
    months={**mapping(1, "siječanj|siječnja|siječnju|januar|januara|januaru"),
            **mapping(2, "veljača|veljače|veljači|februar|februara|februaru"),
            **mapping(3, "ožujak|ožujka|ožujku|mart|marta|martu"),
            **mapping(4, "travanj|travnja|travnju|april|aprila|aprilu"),
            **mapping(5, "svibanj|svibnja|svibnju|maj|maja|maju"),
            **mapping(6, "lipanj|lipnja|lipnju|jun|juna|junu|juni"),
            **mapping(7, "srpanj|srpnja|srpnju|jul|jula|julu|juli"),
            **mapping(8, "kolovoz|kolovoza|kolovozu|avgust|avgusta|avgustu|august|augusta|augustu"),
            **mapping(9, "rujan|rujna|rujnu|septembar|septembra|septembru"),
            **mapping(10, "listopad|listopada|listopadu|oktobar|oktobra|oktobru"),
            **mapping(11, "studeni|studenoga|studenog|studenom|studenome|novembar|novembra|novembru"),
            **mapping(12, "prosinac|prosinca|prosincu|decembar|decembra|decembru")},
    # Sunday: "nedjelja/nedelja" in the accusative after "u" ("u nedjelju"); Serbian "nedelja" is also the
    # week ("prošle nedelje", last week, a phrase of its own), so the genitive is left out
    weekdays={**mapping(0, "ponedjeljak|ponedeljak|ponedjeljka|ponedeljka"),
              **mapping(1, "utorak|utorka"),
              **mapping(2, "srijeda|srijedu|srijede|sreda|sredu|srede"),
              **mapping(3, "četvrtak|četvrtka"),
              **mapping(4, "petak|petka"),
              **mapping(5, "subota|subotu|subote"),
              **mapping(6, "nedjelja|nedjelju|nedelja|nedelju")},
    past_seasons={**mapping(10, "prošle jeseni"),
                  **mapping(7, "prošlog ljeta|prošlog leta"),
                  **mapping(4, "prošlog proljeća|prošlog proleća")},
    relative_years={"prošle godine": -1, "lani": -1, "lane": -1, "ove godine": 0, "tekuće godine": 0},
    relative_months={"prije godinu dana": -12, "pre godinu dana": -12, "prije dvije godine": -24,
                     "pre dve godine": -24, "prošlog mjeseca": -1, "prošlog meseca": -1,
                     "ovog mjeseca": 0, "ovog meseca": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month); "ago" stands before
    # its number ("prije dva dana"), so each count is a phrase
    relative_days={"prije nekoliko dana": -3, "pre nekoliko dana": -3, "prije dva dana": -2,
                   "pre dva dana": -2, "prije tri dana": -3, "pre tri dana": -3, "danas": 0, "jutros": 0,
                   "večeras": 0, "jučer": -1, "juče": -1, "jučer navečer": -1, "sinoć": -1,
                   "prekjučer": -2, "prekjuče": -2, "sutra": 1},
    relative_weeks={"prošlog tjedna": -1, "prošli tjedan": -1, "prošle sedmice": -1, "prošle nedelje": -1,
                    "ovog tjedna": 0, "ovaj tjedan": 0, "ove sedmice": 0, "ove nedelje": 0,
                    "sljedećeg tjedna": 1, "idućeg tjedna": 1, "sljedeći tjedan": 1, "idući tjedan": 1,
                    "sljedeće sedmice": 1, "sledeće sedmice": 1, "naredne sedmice": 1, "sledeće nedelje": 1,
                    "naredne nedelje": 1, "narednih dana": 0, "posljednjih dana": 0, "poslednjih dana": 0},
    anchored_days={"sljedećeg dana": 1, "sledećeg dana": 1, "narednog dana": 1, "idućeg dana": 1,
                   "dan kasnije": 1, "dan ranije": -1, "istog dana": 0, "isti dan": 0},
    day_units={"dana kasnije": 1, "dana nakon toga": 1, "dana ranije": -1},
    event_units={"dana nakon": 1, "dana poslije": 1, "dana posle": 1, "dana prije": -1, "dana pre": -1,
                 "dana uoči": -1},
    # "uoči" alone is any eve ("uoči zime", ahead of winter): the day before only of a day's event
    event_days={"dan nakon": 1, "dan poslije": 1, "dan posle": 1, "dan prije": -1, "dan pre": -1,
                **mapping(-1, "uoči summita|uoči samita|uoči sastanka|uoči susreta|uoči posjeta|uoči posjete|"
                              "uoči posete|uoči razgovora|uoči pregovora|uoči inauguracije|uoči foruma|"
                              "uoči konferencije")},
    numbers={**mapping(1, "jedan|jedna|jedno"), **mapping(2, "dva|dvije|dve"), "tri": 3, "četiri": 4,
             "pet": 5, "šest": 6, "sedam": 7, "osam": 8, "devet": 9, "deset": 10},
    past=words("prošl*|lanjsk*"),
    month_leads=words("u|od|do|početkom|krajem|sredinom|polovinom|na početku|na kraju|tijekom|tokom"),
    year_leads=words("u|od|do|tijekom|tokom"),
    year_tails=words("godine|godini"),
    restating=words("bio je to|bila je to|bilo je to|radilo se o|riječ je o|reč je o"),
    since=words("od|otkako|otkad|od tada|od stupanja na dužnost|od preuzimanja dužnosti"),
    firsts=words("prvi|prva|prvo|prvog|prvom|prvu|po prvi put|prvi put"),
    joins=words("pridružio se|pridružila se|pridružili su se|sudjelovao|sudjelovala|sudjelovali|učestvovao|"
                "učestvovala|učestvovali|trilateral*"),
    place_relatives=words("gdje|gde"),
    object_cues=words("nazvao|nazvala|odlikovao|odlikovala|uručio|uručila|dočekao|dočekala|pozdravio|"
                      "pozdravila"),
    time_relatives=words("kada|kad"),
    # (the two attending one ceremony: "Vučić i Makron prisustvovali su potpisivanju ugovora")
    joint_acts=words("otvorili|svečano otvorili|položili vijence|položili vence|odali počast|otkrili|"
                     "prisustvovali|prisustvovale"),
    read_also=words("pročitajte i|pročitajte još|pročitajte takođe|pročitajte također|vezane vijesti|"
                    "vezane vesti|povezane vijesti|povezane vesti|povezani članci|vidi još|još vijesti|"
                    "još vesti"),
    captions=words("foto|fotografija|na fotografiji|ilustracija|snimak|na slici"),
    deceased=words("pokojni|pokojnog|pokojnom|pokojnim|pokojna|pokojne|preminuli|preminulog|preminulom|"
                   "preminula|preminule|umrli|umrlog"),
    elect=words("novoizabrani|novoizabranog|novoizabranim|izabrani|izabranog|budući|budućeg|budućim|"
                "bivši|bivšeg|bivšem|bivšim|bivša|bivše|odlazeći|odlazećeg|mandatar|mandatara|mandatarom"),
    pluperfect=words("već"),
    inserts=words("već|također|takođe|ponovo|ponovno|opet|još|osobno|lično|kratko"),
    stopwords=words("i|u|na|s|sa|za|od|do|iz|o|po|k|ka|pri|da|je|su|se|si|sam|bio|bila|bilo|koji|koja|"
                    "koje|kao|ali|ili|što|šta|to|ta|taj|te|ti|ga|mu|joj|njegov|njen|njihov|već|još|a|uz|"
                    "kod|prema|nakon|oko|on|ona|oni|ni|ne|li|bi|će|tim|tom"),
    presence=words("u prisutnosti|u prisustvu|u nazočnosti"),
    trilateral=words("trilateral*|tripartit*"),
    between=words("između"),
    group_refs=words("lideri|čelnici|šefovi država|šefovi država i vlada|članovi delegacije"),
    last_time=words("posljednji put|poslednji put|zadnji put|prethodn*|prije toga|pre toga"),
    # the plural past's auxiliary, the subject left out ("Pre toga su se sastali 2021.")
    plural_auxiliaries=words("su"),
    during=words("tijekom|tokom|za vrijeme|za vreme|u okviru|prilikom"),
    invitations=words("pozvao|pozvala|pozvali|pozivnic*"),
    public_posts=words("na društvenim mrežama|na društvenoj mreži|na mreži x|na platformi x|na twitteru|"
                       "na facebooku|na instagramu"),
    urges=words("pozvao na|pozvala na|pozvali na|apelirao|apelirala|apelovao|apelovala|pozivao|pozivala"),
    organizers=words("sazvan*|organiziran*|organizovan*"),
    additives=words("također|takođe|isto tako|osim toga"),
    turns=words("u međuvremenu|u meduvremenu|odvojeno|s druge strane"),
    then_words=words("tada|tom prilikom|tom zgodom|tijekom tog posjeta|tokom te posete|tokom tog posjeta"),
    with_words=words("s|sa"),
    iteratives=words("dvaput|dva puta|triput|tri puta|nekoliko puta|više puta|mnogo puta|u više navrata|"
                     "u nekoliko navrata"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_CAPITALS,
    # the seats of government in the locative are where leaders met ("sastali su se u Bijeloj kući");
    # "glasnogovornik Bijele kuće" names the institution and is left out
    seats={"u bijeloj kući": "USA", "u beloj kući": "USA", "u ovalnom uredu": "USA",
           "u ovalnoj kancelariji": "USA", "u kremlju": "RUS", "u banskim dvorima": "HRV",
           "na pantovčaku": "HRV", "u palati srbija": "SRB", "u elizejskoj palači": "FRA",
           "u jelisejskoj palati": "FRA"},
    topics={
        "bilateral_relations": words("bilateraln*|dvostran*|suradnj*|saradnj*|odnosi|odnosa|odnosima|"
                                     "partnerstv*|"
                                     "prijateljstv*|savezništv*|saveznik*|savez|veleposlanstv*|"
                                     "ambasad*|viza|vize|vizn*"),
        "trade_economy": words("trgovin*|trgovinsk*|gospodarstv*|gospodarsk*|ekonomij*|ekonomsk*|carin*|"
                               "tarif*|financij*|finansij*|tržišt*|izvoz*|uvoz*|proračun*|budžet*|valut*|"
                               "trgovinsk* promet*|robn* promet*|vanjskotrgovinsk* promet*|"
                               "spoljnotrgovinsk* promet*|"
                               "dugova|zaduženj*|kredit*|mmf|inflacij*|tvrtk*|kompanij*|poduzeć*|preduzeć*|"
                               "rijetk* zemlj*|retk* zemlj*"),
        "investment": words("investicij*|investitor*|investira*|ulaganj*|ulagač*|fond*|kapital*"),
        "energy": words("energij*|energetsk*|naft*|plin*|gas|gasa|gasom|gasovod*|plinovod*|naftovod*|lng|"
                        "elektran*|obnovljiv*|solarn*|vjetroelektran*|vetroelektran*|vodik*|ugalj|ugljen*|"
                        "opec|gorivo|goriva|nuklearn* elektran*|nuklearn* energ*"),
        "security_defense": words("sigurnost*|sigurnosn*|bezbjednost*|bezbednost*|obran*|odbran*|vojsk*|"
                                  "vojn*|oružj*|naoružanj*|raket*|vojnik*|protuzračn*|protivvazdušn*|"
                                  "sigurnosn* jamstv*|bezbednosn* garancij*|odvraćanj*|pomorsk*|lovc*|"
                                  "dron*|streljiv*|municij*|nato|patriot|f-16|f-35"),
        "counterterrorism": words("terorizm*|terorist*|ekstremizm*|ekstremist*|islamsk* držav*|pkk|"
                                  "džihadist*|radikalizacij*"),
        "conflict_ceasefire": words("primirj*|prekid vatre|prekida vatre|prekidu vatre|rat|rata|ratu|ratom|"
                                    "ratn*|sukob*|invazij*|eskalacij*|deeskalacij*|mir|mira|miru|mirom|"
                                    "mirovn*|agresij*|napad*|ofenziv*|talac*|talač*|zarobljenik*|"
                                    "razmjen* zarobljenika|razmen* zarobljenika|granatiranj*|"
                                    "bombardiranj*|bombardovanj*|kriz*|posredovanj*|posrednik*|"
                                    "ratn* zločin*|front*|bojišnic*"),
        "humanitarian": words("humanitarn*|civil*|glad|gladi|evakuacij*|potres*|zemljotres*|poplav*|"
                              "žrtv*|crven* križ*|crven* krst*"),
        "reconstruction": words("obnova|obnove|obnovi|obnovu|obnovom|rekonstrukcij*|poslijeratn* obnov*|"
                                "posleratn* obnov*"),
        "migration_refugees": words("izbjegl*|izbegl*|migracij*|migrant*|imigra*|azil*|prognanik*"),
        "nuclear_nonproliferation": words("nuklearn*|neširenj*|obogaćivanj* urana|uran*|iaea|maae|"
                                          "denuklearizacij*|zaporošk*"),
        "climate_environment": words("klim*|klimatsk*|okoliš*|životn* sredin*|ekološk*|emisij*|"
                                     "zagrijavanj*|zagrevanj*|ugljičn* dioksid*|ugljen-dioksid*|"
                                     "bioraznolikost*|biodiverzitet*"),
        "health": words("zdravstv*|zdravlj*|pandemij*|koronavirus*|covid*|cjepiv*|vakcin*|cijepljenj*|"
                        "vakcinacij*|epidemij*|bolnic*|bolest*"),
        "regional_situation": words("regij*|region*|situacij*|bliski istok|bliskom istoku|bliskog istoka|"
                                    "pojas gaze|pojasu gaze|pojasa gaze|kavkaz*|susjed*|sused*|crno more|"
                                    "crnog mora|crnom moru|zapadni balkan|zapadnog balkana|zapadnom balkanu|"
                                    "balkan*|korejsk* poluotok*|korejsk* poluostrv*|jemen*|sudan*|libij*|"
                                    "crveno more|crvenom moru|talib*"),
        "sovereignty_territorial_integrity": words("suverenitet*|teritorijaln* cjelovitost*|"
                                                   "teritorijaln* celovitost*|teritorijaln* integritet*|"
                                                   "nezavisnost*|neovisnost*|aneksij*|okupiran*|okupacij*|"
                                                   "separatist*|tajvan*|južnokinesk* mor*|teritorij*"),
        "domestic_politics_elections": words("izbori|izbora|izborima|izbore|izborn*|reizbor*|referendum*|"
                                             "parlament*|sabor*|"
                                             "skupštin*|glasanj*|glasovanj*|birač*|ustav*|oporb*|opozicij*|"
                                             "puč*|državn* udar*"),
        "ceremonial": words("čestitk*|čestita*|sućut*|saučešć*|obljetnic*|godišnjic*|blagdan*|praznik*|"
                            "nova godina|nove godine|odlikovanj*|orden*|sprovod*|sahran*|pogreb*|proslav*|"
                            "ceremonij*|svečanost*"),
        "sanctions": words("sankcij*|embarg*|gornj* granic* cijen*|ograničenj* cijen*|zamrznut* imovin*|"
                           "restrikcij*|izvozn* kontrol*|ograničenj* izvoza"),
        "human_rights_minorities": words("ljudsk* prava|ljudskih prava|manjin*|politički zatvorenici|"
                                         "političkih zatvorenika|vladavin* prava|represij*|mučenj*|"
                                         "slobod* govora|slobod* medija|vjersk* slobod*|versk* slobod*|"
                                         "civiln* društv*|aktivist*|ujgur*|diskriminacij*|smrtn* kazn*|"
                                         "lgbt*"),
        "multilateral_diplomacy": words("un|ujedinjeni narodi|ujedinjenih naroda|ujedinjene nacije|"
                                        "ujedinjenih nacija|multilateral*|g7|g20|brics|vijeće sigurnosti|"
                                        "vijeća sigurnosti|savet bezbednosti|saveta bezbednosti|"
                                        "vijeće sigurnosti un|europska unija|europske unije|evropska unija|"
                                        "evropske unije|eu|afrička unija|generaln* skupštin*|"
                                        "međunarodn* zajednic*|oess|wto|nato|članstv*|pristupanj*|"
                                        "eurozon*|berlinsk* proces*"),
        "infrastructure_transport": words("infrastruktur*|promet*|saobraćaj*|logistik*|željeznic*|"
                                          "željeznič*|železnic*|železnič*|lučk*|morsk* luk*|riječn* luk*|"
                                          "rečn* luk*|luka ploče|"
                                          "luke ploče|luka rijeka|luke rijeka|lukama|brodar*|cesta|ceste|"
                                          "cestovn*|"
                                          "autocest*|autoput*|zračnih luka|zračnim lukama|aerodromi|"
                                          "aerodromima|koridor*|most|mosta|"
                                          "mostu|tranzit*"),
        "food_agriculture": words("hran*|žito|žita|žitu|žitom|žitaric*|pšenic*|poljoprivred*|"
                                  "poljoprivrednik*|gnojiv*|đubriv*|"
                                  "urod|uroda|urodu|ribarstv*|kukuruz*|sigurnost* hrane|prehramben*"),
        "technology": words("tehnologij*|tehnološk*|digitaln*|digitalizacij*|umjetn* inteligencij*|"
                            "veštačk* inteligencij*|vještačk* inteligencij*|poluvodič*|poluprovodnik*|"
                            "čip*|kibernet*|sajber*|inovacij*|svemir*|svemirsk*|satelit*|"
                            "telekomunikacij*|kvantn*"),
        "culture_education_tourism": words("kultur*|obrazovanj*|školstv*|turizm*|turist*|student*|"
                                           "sveučilišt*|univerzitet*|sport*|baštin*|nasljeđ*|muzej*|"
                                           "jezik*"),
    },
    places={"pojas gaze": "Gaza", "pojasu gaze": "Gaza", "pojasa gaze": "Gaza", "gaza": "Gaza",
            "gazi": "Gaza", "bliski istok": "Middle East", "bliskom istoku": "Middle East",
            "krim": "Crimea", "krimu": "Crimea", "donbas": "Donbas", "donbasu": "Donbas"},
)
