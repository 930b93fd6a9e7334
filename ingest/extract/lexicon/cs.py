"""Czech (the usage of ČTK, Česká televize, iROZHLAS, Novinky, Seznam Zprávy and Deník N).

Latin-script words are matched as written (folded: the háček and the čárka drop, so "Berlíně" meets
"Berlíne"), so the case forms of titles and cue nouns are written out ("prezidentem", "premiérovi") or ended
with "*"; country names and capitals get their cases from `_noun_cases` ("Rusko" -> "Ruska", "Ruskem";
"Praha" -> "Praze"), adjectives are prefixes ("rusk*"). An inner word written with "*" ("příměří*" is none;
"telefonick* rozhovor*") is spelled out with the Czech endings (`inner_stems`). The negation is a prefix of
the verb ("nesetkal se"): the negated forms of the cue verbs are listed as negation words.
"""

from graph.models import Role
from ingest.extract.lexicon import Lexicon, mapping, place_table, stemmed_words

# the endings an inner stem of a phrase takes ("lidsk* práv" -> "lidská práv", ...)
_ENDINGS = "a y i e ě u ou em ů ům ách ami í ího ímu ým ých ými é ého ému á"

_VELAR_LOCATIVES = (("ch", "še"), ("k", "ce"), ("h", "ze"), ("g", "ze"), ("r", "ře"))

# "|"-separated phrases, each inner stem ("stem* word") spelled out with the endings above
words = stemmed_words(_ENDINGS)


def _locative_a(stem: str) -> str:
    """Return the dative-locative of a feminine name in -a: "Amerik" -> "Americe", "Prah" -> "Praze"."""
    for end, repl in _VELAR_LOCATIVES:
        if stem.endswith(end):
            return stem[: -len(end)] + repl
    return stem + "ě"


def _noun_cases(noun: str) -> list[str]:
    """Return the case forms of a one-word place name (Rusko -> Ruska, Rusku, Ruskem; Francie -> Francii)."""
    low = noun.lower()
    if " " in noun or not noun[-1:].isalpha() or noun.isupper():
        return [noun]
    if low.endswith("e"):  # Francie -> Francii, Francií
        return [noun, noun[:-1] + "i", noun[:-1] + "í"] if low.endswith("ie") else [noun]
    if low.endswith("o"):  # Rusko -> Ruska, Rusku, Ruskem
        s = noun[:-1]
        return [noun, s + "a", s + "u", s + "em"]
    if low.endswith("a"):  # Čína -> Číny, Číně, Čínu, Čínou; Praha -> Praze
        s = noun[:-1]
        return [noun, s + "y", s + "u", s + "ou", _locative_a(s)]
    if low[-1] in "íýyiuá":  # Tbilisi, Baku, Dillí: not declined
        return [noun]
    # a consonant: Írán -> Íránu, Íránem; Izrael -> Izraele, Izraeli; Berlín -> Berlíně (folded: Berlíne)
    return [noun, noun + "u", noun + "a", noun + "e", noun + "em", noun + "i"]


_SOFT = "žščřcjďťňćś"  # a man's name ending in one of these takes "-e", not "-a", in the genitive


def _declined(word: str, last: bool = True) -> list[str]:
    """Return a man's name word in the genitive, dative, accusative and instrumental ([] if it stays).

    "Duda" -> "Dudy", "Dudovi", "Dudu", "Dudou"; "Fico" -> "Fica", "Ficovi", "Fica", "Ficem"; "Nehammer" ->
    "Nehammera", "Nehammerovi", "Nehammera", "Nehammerem"; a given name before the surname takes "-u"
    or "-i" in the dative ("Karlu Nehammerovi"); a final "i", "y", "e" or "u" stays ("Modi", "Meloni").
    """
    low = word.lower()
    if low.endswith("a"):
        return [word[:-1] + end for end in ("y", "ovi", "u", "ou")]
    if low.endswith("o"):
        return [word[:-1] + end for end in ("a", "ovi", "a", "em")]
    if low[-1] in "eiuyáéíóúůýě":
        return []
    soft = low[-1] in _SOFT
    gen = "e" if soft else "a"
    dat = "ovi" if last else "i" if soft else "u"
    return [word + gen, word + dat, word + gen, word + "em"]


def _name_cases(name: str) -> list[str]:
    """Return a man's foreign name in four cases, its given name declined with it ("Andrzejem Dudou")."""
    *rest, surname = name.split()
    lasts = _declined(surname)
    if not rest or not lasts:
        return lasts
    givens = _declined(rest[-1], last=False) or [rest[-1]] * len(lasts)
    return [" ".join((*rest[:-1], given, last)) for given, last in zip(givens, lasts, strict=True)]


# Country names (mledoze's Czech names and the usual short forms), demonym adjectives as prefixes and capitals
# (ISO3; names; demonyms; capitals). Names of more than one word are written in their cases.
_PLACES = place_table("""
USA; USA/Spojené státy/Spojených států/Spojeným státům/Spojenými státy/Spojených státech/Amerika;
    americk*
RUS; Rusko/Ruská federace/Ruské federace/Ruskou federací; rusk*
CHN; Čína/ČLR; čínsk*
FRA; Francie; francouzsk*
DEU; Německo/SRN; německ*
GBR; Velká Británie/Velké Británie/Velkou Británii/Velkou Británií/Británie/Spojené království/
    Spojeného království/Spojeném království/Spojeným královstvím; britsk*; Londýn
ITA; Itálie; italsk*
ESP; Španělsko; španělsk*
PRT; Portugalsko; portugalsk*
UKR; Ukrajina; ukrajinsk*
ROU; Rumunsko; rumunsk*
MDA; Moldavsko; moldavsk*
POL; Polsko; polsk*
HUN; Maďarsko; maďarsk*
SVK; Slovensko; slovensk*
CZE; Česko/Česká republika/České republiky/České republice/Českou republiku/Českou republikou/ČR;
    česk*
BGR; Bulharsko; bulharsk*
SRB; Srbsko; srbsk*
GRC; Řecko; řeck*
AUT; Rakousko; rakousk*
CHE; Švýcarsko; švýcarsk*
NLD; Nizozemsko/Holandsko; nizozemsk*/holandsk*
BEL; Belgie; belgick*
SWE; Švédsko; švédsk*
FIN; Finsko; finsk*
NOR; Norsko; norsk*
DNK; Dánsko; dánsk*
IRL; Irsko; irsk*
HRV; Chorvatsko; chorvatsk*
SVN; Slovinsko; slovinsk*
LTU; Litva; litevsk*
LVA; Lotyšsko; lotyšsk*
EST; Estonsko; estonsk*
BLR; Bělorusko; běloruský/běloruská/běloruské/běloruského/běloruským/běloruskou/běloruskému
GEO; Gruzie; gruzínsk*
ARM; Arménie; arménsk*
AZE; Ázerbájdžán; ázerbájdžánsk*
KAZ; Kazachstán; kazašsk*/kazachstánsk*
TUR; Turecko; tureck*
ISR; Izrael; izraelsk*
PSE; Palestina; palestinsk*
IRN; Írán; íránsk*
IRQ; Irák; irácký/irácká/irácké/iráckého/iráckým/iráckou/iráckému
SYR; Sýrie; syrsk*
JOR; Jordánsko; jordánsk*
LBN; Libanon; libanonsk*
EGY; Egypt; egyptsk*
SAU; Saúdská Arábie/Saúdské Arábie/Saúdskou Arábii/Saúdskou Arábií; saúdsk*/saúdskoarabsk*
ARE; Spojené arabské emiráty/Spojených arabských emirátů/Spojených arabských emirátech/SAE; emirátsk*
QAT; Katar; katarsk*
JPN; Japonsko; japonsk*
KOR; Jižní Korea/Jižní Koreje/Jižní Koreji/Jižní Koreu/Jižní Koreou; jihokorejsk*
PRK; Severní Korea/Severní Koreje/Severní Koreji/Severní Koreu/Severní Koreou/KLDR; severokorejsk*
IND; Indie; indick*
PAK; Pákistán; pákistánsk*
CAN; Kanada; kanadsk*
MEX; Mexiko; mexick*
BRA; Brazílie; brazilsk*
ARG; Argentina; argentinsk*
AUS; Austrálie; australsk*
ZAF; Jihoafrická republika/Jihoafrické republiky/JAR; jihoafrick*
VAT; Vatikán/Svatý stolec/Svatého stolce; vatikánsk*
EU; Evropská unie/Evropské unie/Evropskou unii/Evropskou unií/Evropské unii/EU
""", _noun_cases)

# Capitals in the cases a place takes ("v Praze", "do Kyjeva"), written out: the rule above would make common
# words of other languages of some ("Řím" folds to "rim", "Soul" is "soul"), and capitals are read in every
# text. Rome is left out, Seoul written only as "Soulu".
_CAPITALS = place_table("""
USA; ; ; Washington/Washingtonu
RUS; ; ; Moskva/Moskvy/Moskvě/Moskvu
CHN; ; ; Peking/Pekingu
FRA; ; ; Paříž/Paříže/Paříži
DEU; ; ; Berlín/Berlína/Berlíně
GBR; ; ; Londýn/Londýna/Londýně
ESP; ; ; Madrid/Madridu
PRT; ; ; Lisabon/Lisabonu
UKR; ; ; Kyjev/Kyjeva/Kyjevě
ROU; ; ; Bukurešť/Bukurešti
MDA; ; ; Kišiněv/Kišiněva/Kišiněvě
POL; ; ; Varšava/Varšavy/Varšavě
HUN; ; ; Budapešť/Budapešti
SVK; ; ; Bratislava/Bratislavy/Bratislavě
CZE; ; ; Praha/Prahy/Praze
BGR; ; ; Sofie/Sofii
SRB; ; ; Bělehrad/Bělehradu/Bělehradě
AUT; ; ; Vídeň/Vídně/Vídni
NLD; ; ; Amsterdam/Amsterdamu/Haag/Haagu
BEL; ; ; Brusel/Bruselu
SWE; ; ; Stockholm/Stockholmu
FIN; ; ; Helsinky/Helsinek/Helsinkách
NOR; ; ; Oslo
DNK; ; ; Kodaň/Kodaně/Kodani
IRL; ; ; Dublin/Dublinu
HRV; ; ; Záhřeb/Záhřebu
SVN; ; ; Lublaň/Lublani
LTU; ; ; Vilnius/Vilniusu
EST; ; ; Tallinn/Tallinnu
BLR; ; ; Minsk/Minsku
GEO; ; ; Tbilisi
ARM; ; ; Jerevan/Jerevanu
AZE; ; ; Baku
KAZ; ; ; Astana/Astaně
TUR; ; ; Ankara/Ankary/Ankaře
ISR; ; ; Jeruzalém/Jeruzaléma/Jeruzalémě
IRN; ; ; Teherán/Teheránu
IRQ; ; ; Bagdád/Bagdádu
SYR; ; ; Damašek/Damašku
JOR; ; ; Ammán/Ammánu
LBN; ; ; Bejrút/Bejrútu
EGY; ; ; Káhira/Káhiry/Káhiře
SAU; ; ; Rijád/Rijádu
QAT; ; ; Dauhá
JPN; ; ; Tokio/Tokiu
KOR; ; ; Soulu
PRK; ; ; Pchjongjang/Pchjongjangu
IND; ; ; Nové Dillí/Dillí
PAK; ; ; Islámábád/Islámábádu
CAN; ; ; Ottawa/Ottawy/Ottawě
BRA; ; ; Brasília
ARG; ; ; Buenos Aires
AUS; ; ; Canberra/Canbeře
ZAF; ; ; Pretorie/Pretorii
""")[2]



def _government_heads() -> dict[str, tuple[str, Role]]:
    """Return "předseda české vlády" and its cases for every demonym prefix in -sk*/-ck* ("česk*" -> CZE)."""
    out: dict[str, tuple[str, Role]] = {}
    for prefix, iso3 in _PLACES[1].items():
        if iso3 != "EU" and prefix.endswith("k*"):
            genitive = prefix[:-1] + "é"
            for head in ("předseda", "předsedy", "předsedou", "předsedovi", "šéf", "šéfa", "šéfem", "šéfovi",
                         "šéfka", "šéfky", "šéfkou", "předsedkyně", "předsedkyní"):
                out[f"{head} {genitive} vlády"] = (iso3, "head_of_government")
    return out


LEXICON = Lexicon(
    lang="cs",
    names_inflect=True,
    name_cases=_name_cases,
    # in the Czech press (ČTK, ČT) "prezident" or "premiér" alone is the Czech one, unless the text has named
    # one foreign holder of the title and no Czech one
    home="CZE",
    titles={
        **mapping("president", "prezident|prezidenta|prezidentem|prezidentovi|prezidentu|prezidentka|"
                               "prezidentky|prezidentce|prezidentku|prezidentkou|hlava státu|hlavy státu|"
                               "hlavě státu|hlavou státu|hlavu státu"),
        **mapping("crown_prince", "korunní princ|korunního prince|korunním princem|korunnímu princi|"
                                  "následník trůnu|následníka trůnu|následníkem trůnu"),
        **mapping("monarch", "král|krále|králem|králi|královna|královny|královnou|královně|emír|emíra|"
                             "emírem|emírovi|sultán|sultána|sultánem|panovník|panovníka|panovníkem|císař|"
                             "císaře|císařem"),
        **mapping("supreme_leader", "nejvyšší vůdce|nejvyššího vůdce|nejvyšším vůdcem"),
        **mapping("pope", "papež|papeže|papežem|papeži|svatý otec|svatého otce|svatým otcem"),
        **mapping("prime_minister", "premiér|premiéra|premiérem|premiérovi|premiérka|premiérky|premiérkou|"
                                    "premiérce|předseda vlády|předsedy vlády|předsedou vlády|"
                                    "předsedovi vlády|předsedkyně vlády|předsedkyní vlády|šéf vlády|"
                                    "šéfa vlády|šéfem vlády|šéfka vlády|šéfkou vlády|ministerský předseda|"
                                    "ministerského předsedy|ministerským předsedou"),
        **mapping("chancellor", "kancléř|kancléře|kancléřem|kancléři|kancléřka|kancléřky|kancléřkou"),
        **mapping(None, "lídr|lídra|lídrem|lídrovi|lídryně|vůdce|vůdcem|vůdci|státník|státníka|státníkem"),
    },
    plural_titles={
        **mapping("president", "prezidenti|prezidentů|prezidenty|prezidentům|hlavy států|hlav států"),
        **mapping("prime_minister", "premiéři|premiérů|premiéry|premiérům|předsedové vlád|předsedů vlád"),
        **mapping(None, "lídři|lídrů|lídry|lídrům|státníci|státníků"),
    },
    org_titles={
        **mapping("UN", "generální tajemník osn|generálního tajemníka osn|generálním tajemníkem osn|"
                        "šéf osn|šéfa osn"),
        **mapping("EU", "předsedkyně evropské komise|předsedkyní evropské komise|šéfka evropské komise|"
                        "šéfkou evropské komise|šéfky evropské komise|předseda evropské rady|"
                        "předsedy evropské rady|předsedou evropské rady|šéf evropské rady"),
    },
    country_titles={
        **_government_heads(),
        **mapping(("RUS", "head_of_state"), "šéf kremlu|šéfa kremlu|šéfem kremlu|pán kremlu|pána kremlu"),
        **mapping(("USA", "head_of_state"), "šéf bílého domu|šéfa bílého domu|šéfem bílého domu|"
                                            "pán bílého domu"),
    },
    ministers=words("ministr|ministra|ministrem|ministrovi|ministryně|ministři|ministrů|ministr zahraničí|"
                    "ministra zahraničí|ministrem zahraničí|ministryně zahraničí|šéf diplomacie|"
                    "šéfa diplomacie|šéfem diplomacie|šéfka diplomacie|mluvčí|velvyslanec|velvyslance|"
                    "velvyslancem|velvyslankyně|vyslanec|vyslance|vyslancem|zvláštní vyslanec|"
                    "zvláštního vyslance|zmocněnec|zmocněnce|poradce|poradcem|poradkyně|vicepremiér|"
                    "vicepremiéra|vicepremiérem|místopředseda vlády|místopředsedy vlády|viceprezident|"
                    "viceprezidenta|viceprezidentem|viceprezidentka|guvernér|guvernéra|starosta|starosty|"
                    "primátor|primátora|předseda sněmovny|předsedy sněmovny|předseda senátu|předsedy senátu|"
                    "delegace|náměstek|náměstka|náměstkyně|exprezident|exprezidenta|expremiér|expremiéra|"
                    "bývalý prezident|bývalého prezidenta|bývalým prezidentem|bývalý premiér|"
                    "bývalého premiéra|bývalým premiérem|bývalá premiérka|zvolený prezident|"
                    "zvoleného prezidenta|generální tajemník nato|generálního tajemníka nato|šéf nato|"
                    "šéfa nato|ministr obrany|ministra obrany|předseda opozice|lídr opozice|lídra opozice|"
                    "ministerstvo|ministerstva|státní tajemník|státního tajemníka|státním tajemníkem|"
                    "kandidát|kandidáta|kandidátem|kandidátka"),
    counterparts=words("protějšek|protějškem|protějšku|protějšky|protějškům|kolega|kolegou|kolegy|kolegovi|"
                       "kolegyně|kolegyní|host|hosta|hostem|hostovi"),
    pair_refs=words("oba lídři|obou lídrů|oběma lídry|oba prezidenti|obou prezidentů|oběma prezidenty|"
                    "oba premiéři|obou premiérů|oba politici|obou politiků|oba státníci|obou státníků|"
                    "dva lídři|dvou lídrů|obě strany|obou stran|oběma stranami|oba muži|obou mužů|"
                    "lídři obou zemí|lídrů obou zemí|prezidenti obou zemí|prezidentů obou zemí|"
                    "představitelé obou zemí|představitelů obou zemí"),
    groups={"tři lídři": 3, "tří lídrů": 3, "čtyři lídři": 4, "čtyř lídrů": 4},
    pronouns=words("on|ona"),
    object_pronouns=words("ho|jej|jemu|mu|jím|ním|hosta|hostem"),
    plural_pronouns=words("oni|ony"),
    feminine=words("ona"),
    masculine=words("on|ho|jemu|mu|ním"),
    pair_possessives=words("jejich"),
    indefinites=words("nějaký|nějakého|nějakým|žádný|žádného"),
    predicatives=words("jako|v roli"),
    quantifiers=words("několika|mnoha|dalších|jiných|některých|řady"),
    phone=words("telefon*|telefonick* rozhovor*|telefonní hovor|telefonního hovoru|telefonním hovoru|"
                "po telefonu|zatelefonoval|zatelefonovala|zatelefonovali|zatelefonuje|zavolal|zavolala|"
                "zavolali|zavolá|zavolají|zavolat|volal|volala|volali|"
                "hovořil telefonicky|"
                "hovořila telefonicky|hovořili telefonicky|telefonicky hovořil|telefonicky hovořila|"
                "telefonicky hovořili"),
    video=words("videokonferenc*|videohovor*|prostřednictvím videa|videospojení|přes video|on-line|online|"
                "na dálku"),
    written=words("dopis|dopisu|dopisem|dopisy|napsal dopis|napsala dopis|poslal dopis|poslala dopis|"
                  "zaslal dopis|zaslala dopis|poselství|telegram|telegramu|telegramem"),
    greeting=words("blahopřál|blahopřála|poblahopřál|poblahopřála|pogratuloval|pogratulovala|gratuloval|"
                   "gratulovala|gratulac*|blahopřání|kondolenc*|soustrast|vyjádřil soustrast|"
                   "vyjádřila soustrast"),
    joint_press=words("společná tisková konference|společné tiskové konferenci|společnou tiskovou konferenci|"
                      "společné tiskové konference|společné prohlášení pro média|společném brífinku"),
    in_person=words(
        # round fifteen: the reflexive before its verb ('se sešla s')
        "se sešel|se sešla|se sešli|"
        # round fifteen: the embrace and a meal together
        "objal|objala|objali se|povečeřel|povečeřela|povečeřeli|večeřel|večeřeli|poobědval|"
        "poobědvala|poobědvali|obědval|obědvali|"
        "setka*|sešel se|sešla se|sešli se|sejde se|sejdou se|schůzk*|přijal|přijala|přijali|"
                    "přijat|přijata|přijati|hostil|hostila|přivítal|přivítala|přivítali|uvítal|uvítala|"
                    "návštěv*|navštív*|přiletěl|přiletěla|přiletěli|přijel|přijela|přijeli|dorazil|"
                    "dorazila|dorazili|podali si ruce|podal ruku|stisk ruky|mezi čtyřma očima|"
                    "pracovní oběd|pracovním obědě|večeře|večeři|snídaně|vyznamenal|vyznamenala|předal|"
                    "předala|trilaterál*|jednal s|jednala s|jednali s|jednal se|jednala se|jednali se|"
                    "podepsali|podepsal|podepsala|vrcholná schůzka|vrcholné schůzce|vrcholnou schůzku|"
                    "summit mezi|summitu mezi"),
    talk=words("rozhovory|rozhovorů|rozhovorech|rozhovorům|jednání|jednáních|vyjednávání|vyjednávali|"
               "diskutovali|diskutoval|diskutovala|diskus*|diskuz*|projednali|projednal|projednala|"
               "probrali|probral|probrala|konzultac*|dialog*|dohodli se|shodli se|výměna názorů|"
               "výměně názorů|hovořili o|hovořil o|hovořila o|mluvili o|mluvil o"),
    spoke=words(
        # round fifteen: a short talk
        "pohovořil|pohovořila|pohovořili|"
        "hovořil|hovořila|hovořili|mluvil|mluvila|mluvili|promluvil|promluvila|rozhovor|rozhovoru|"
                "rozhovorem|rozmluva|rozmluvě|hovor|hovoru|hovorem"),
    # "jednal ve čtvrtek v Pekingu s X": the talks' verb, its adverbials, then the partner's preposition
    # (alone "jednal" is also "acted")
    split_inner={"s": ("jednal|jednala|jednali", "in_person"), "se": ("jednal|jednala|jednali", "in_person")},
    roundup=words("gratulace|blahopřání|lídři|státníci"),
    not_cues=words("přijal zákon|přijala zákon|přijali zákon|přijal rezignaci|přijala rezignaci|"
                   "přijal demisi|přijala demisi|přijali rezoluci|přijali deklaraci|přijal pozvání|"
                   "přijala pozvání|přijal nabídku|přijal rozpočet|tisková konference|tiskové konferenci|"
                   "tiskovou konferenci|tiskové konference|rozhovor pro|rozhovoru pro|v rozhovoru pro|"
                   "rozhovor s novináři|rozhovoru s novináři|setkal se s kritikou|setkala se s kritikou|"
                   "setkalo se s kritikou|setkal se s odporem|volal po|volala po|volali po|volá po|"
                   "vyzval k|vyzvala k|podepsal zákon|podepsala zákon|podepsal novelu|předal vládu|"
                   "telefonní číslo|telefonu číslo"),
    caller_words=words("zavolal|zavolala|telefonoval|telefonovala|volal|volala"),
    from_words=words("od|ze strany"),
    receive_words=words("obdržel|obdržela|dostal|dostala"),
    initiative=words("z iniciativy|na žádost|na pozvání|na návrh"),
    # ("se má" with a day between: "kde se má v pátek setkat")
    planned=words("setká|setkají|setká se|setkají se|má se setkat|mají se setkat|má se uskutečnit|se má|"
                  "se mají|"
                  "mají se uskutečnit|měl se setkat|měla se setkat|měli se setkat|se má setkat|"
                  "se mají setkat|"
                  "navštíví|přijme|přijmou|bude|budou|sejde|sejdou|uskuteční se|se uskuteční|proběhne|"
                  "má proběhnout|plánovan*|naplánovan*|plánuje|plánují|chystá|chystají|hodlá|hodlají|"
                  "zamýšlí|příští*|zítra|brzy|očekávan*|očekává se|pozval|pozvala|pozvání|pozvánk*|"
                  "přiletí|přijede|přijedou|odletí|zavolá|promluví|projednají|podepíšou|podepíše|"
                  "připraven|připravena|připraveni|ochoten|ochotna|ochotni|chce|chtějí|chtěl by|"
                  "chtěla by|rád by|možn*|případn*|ohlásil|ohlásila|ohlášen*|avizoval|avizovala|"
                  "by se měl|by se měli|by se měla|měl by|měli by|měla by"),
    planned_sentence=words("očekává se že|předpokládá se že|plánuje se že"),
    exclusions=words("vyloučeno|vyloučen|vyloučena|vyloučil|vyloučila|vylučuje|vylučují|nepřipadá v úvahu"),
    negation=words("ne|ani|bez|nikdy|žádný|žádná|žádné|žádného|zrušen*|zrušil|zrušila|zrušili|odložen*|"
                   "odložil|odložila|odložili|"
                   # the negation is the verb's prefix: the negated cue verbs
                   "nesetkal|nesetkala|nesetkali|nesetká|nesetkají|nesejde|nesešel|nesešli|nejednal|"
                   "nejednala|nejednali|nenavštívil|nenavštívila|nenavštíví|nepřijal|nepřijala|nepřijme|"
                   "nehovořil|nehovořila|nehovořili|nemluvil|nemluvila|nemluvili|netelefonoval|"
                   "netelefonovala|nezavolal|nezavolala|nebude|nebudou|neuskuteční|neuskutečnil|"
                   "neuskutečnila|neuskutečnilo|neproběhl|neproběhla|neproběhlo|neproběhne"),
    denial=words("popřel|popřela|popřeli|dementoval|dementovala|dementuje|není plánováno|"
                 "není plánována|není plánován|není v plánu|nejsou plánovány|nebylo plánováno|"
                 "se neuskutečnilo|se neuskutečnila|se neuskuteční|neproběhlo|neproběhla|neproběhne|"
                 "nic takového|nepočítá se"),
    visit=words("návštěv*|navštív*|přiletěl|přiletěla|přijel|přijela|dorazil|dorazila|přiletěli|přijeli|"
                "dorazili|"
                # went, travelled there ("jel do Washingtonu v roce 2019"): travel verbs, no cue
                "jel|jela|jeli|odjel|odjela|cestoval|cestovala|odcestoval|odcestovala|letěl|letěla|"
                "státní návštěv*|oficiální návštěv*|bílý dům|bílém domě|bílého domu|kreml*|"
                "pražský hrad|pražském hradě|na hradě|strakov* akademi*|elysejský palác|"
                "elysejském paláci"),
    summit=words("summit|summitu|summitem|summity|na okraj|na okraji|v kuloárech|kuloár*|valné shromáždění|"
                 "valného shromáždění|valném shromáždění|g20|g7|fórum|fóra|fóru|konferenc*|trilaterál*"),
    fillers=words("republiky|federace|království|státu|pan|paní|pana|panem|panu"),
    relative=words("který|která|které|kterého|kterému|kterým|kterou|kteří|jenž|jež|jehož|kde"),
    members=words("v delegaci byli|součástí delegace byli|delegaci tvořili"),
    companions=words("spolu s|spolu se|společně s|společně se|v doprovodu|doprovázen|doprovázena|po boku"),
    subordinators=words("poté co|poté, co|než|zatímco|když|ačkoli|ačkoliv|přestože|protože|den po|dny po|"
                        "dní po"),
    subjectless=words("před tím než"),
    present=words("setkává se|setkávají se|přijímá|přijímají|navštěvuje|navštěvují|hostí"),
    complementizers=words("že|aby"),
    reporting=words("řekl|řekla|řekli|uvedl|uvedla|uvedli|prohlásil|prohlásila|oznámil|oznámila|oznámili|"
                    "sdělil|sdělila|sdělili|podle|dodal|dodala|zdůraznil|zdůraznila|uvádí|informoval|"
                    "informovala|informovali|konstatoval|konstatovala|potvrdil|potvrdila|napsal na|"
                    "napsala na|upozornil|upozornila"),
    months={**mapping(1, "leden|ledna|lednu"), **mapping(2, "únor|února|únoru"),
            **mapping(3, "březen|března|březnu"), **mapping(4, "duben|dubna|dubnu"),
            **mapping(5, "květen|května|květnu"), **mapping(6, "červen|června|červnu"),
            **mapping(7, "červenec|července|červenci"), **mapping(8, "srpen|srpna|srpnu"),
            **mapping(9, "září"), **mapping(10, "říjen|října|říjnu"),
            **mapping(11, "listopad|listopadu"), **mapping(12, "prosinec|prosince|prosinci")},
    weekdays={**mapping(0, "pondělí|pondělí večer|pondělí ráno"),
              **mapping(1, "úterý|úterý večer|úterý ráno"),
              **mapping(2, "středa|středu|středy|středu večer|středu ráno"),
              **mapping(3, "čtvrtek|čtvrtku|čtvrtek večer|čtvrtek ráno"),
              **mapping(4, "pátek|pátku|pátek večer|pátek ráno"),
              **mapping(5, "sobota|sobotu|soboty|sobotu večer|sobotu ráno"),
              **mapping(6, "neděle|neděli|neděli večer|neděli ráno")},
    past_seasons={**mapping(10, "loni na podzim|minulý podzim|loňský podzim"),
                  **mapping(7, "loni v létě|minulé léto|loňské léto"),
                  **mapping(4, "loni na jaře|minulé jaro|loňské jaro")},
    relative_years={"loni": -1, "vloni": -1, "minulý rok": -1, "minulého roku": -1, "v loňském roce": -1,
                    "loňského roku": -1,
                    "letos": 0, "letošního roku": 0, "tento rok": 0, "v letošním roce": 0},
    relative_months={"před rokem": -12, "před dvěma lety": -24, "o rok dříve": -12, "minulý měsíc": -1,
                     "minulého měsíce": -1, "tento měsíc": 0, "tohoto měsíce": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month); "ago" stands before
    # its number ("před dvěma dny"), so each count is a phrase
    relative_days={"před několika dny": -3, "před pár dny": -3, "před dvěma dny": -2, "před třemi dny": -3,
                   "dnes": 0, "dneska": 0, "včera": -1, "zítra": 1, "předevčírem": -2, "včera večer": -1,
                   "dnes ráno": 0, "včera ráno": -1, "dnes večer": 0},
    relative_weeks={"minulý týden": -1, "minulého týdne": -1, "tento týden": 0, "tohoto týdne": 0,
                    "příští týden": 1, "příštího týdne": 1, "v posledních dnech": 0},
    anchored_days={"následující den": 1, "druhý den": 1, "o den později": 1, "den poté": 1,
                   "den předtím": -1, "o den dříve": -1, "téhož dne": 0, "ve stejný den": 0,
                   "v předvečer": -1},
    day_units={"dny později": 1, "dní později": 1, "dny poté": 1, "dní poté": 1, "dny předtím": -1,
               "dní předtím": -1, "dny dříve": -1, "dní dříve": -1},
    event_units={"dny po": 1, "dní po": 1, "dny před": -1, "dní před": -1},
    event_days={"den po": 1, "den před": -1},
    numbers={**mapping(1, "jeden|jedna|jedno"), **mapping(2, "dva|dvě"), "tři": 3, "čtyři": 4, "pět": 5,
             "šest": 6, "sedm": 7, "osm": 8, "devět": 9, "deset": 10},
    past=words("minul*|loňsk*"),
    month_leads=words("v|ve|od|do|na začátku|začátkem|koncem|na konci|v polovině|v půli|počátkem|"
                      "v průběhu"),
    year_leads=words("v roce|od roku|do roku|roku|v|od|do"),
    restating=words("šlo o|byl to|byla to|bylo to|jednalo se o"),
    since=words("od|od té doby|od nástupu do funkce|od nástupu do úřadu"),
    firsts=words("první|poprvé"),
    joins=words("připojil se|připojila se|připojili se|zúčastnil se|zúčastnila se|zúčastnili se|"
                "účastnil se|účastnila se|trilaterál*"),
    place_relatives=words("kde|kam"),
    object_cues=words("vyznamenal|vyznamenala|předal|předala|přivítal|přivítala"),
    time_relatives=words("kdy|když"),
    joint_acts=words("otevřeli|slavnostně otevřeli|položili věnce|uctili památku|odhalili"),
    read_also=words("čtěte také|čtěte též|přečtěte si také|přečtěte si též|související články|"
                    "mohlo by vás zajímat"),
    captions=words("foto|na snímku|ilustrační foto|snímek"),
    deceased=words("zesnulý|zesnulého|zesnulému|zesnulým|zesnulá|zesnulé|zesnulou|zemřelý|zemřelého|"
                   "zemřelému|zemřelá|zemřelé|nebožtík"),
    elect=words("zvolený|zvoleného|nově zvolený|budoucí|bývalý|bývalého|bývalému|bývalým|bývalá|bývalé|"
                "odcházející|odstupující|designovaný|designovaného"),
    pluperfect=words("již|už"),
    inserts=words("již|už|také|též|rovněž|opět|znovu|ještě|osobně|krátce"),
    stopwords=words("a|v|ve|na|s|se|z|ze|do|od|o|u|za|po|k|ke|že|jak|to|si|i|ale|nebo|pro|při|před|mezi|"
                    "který|která|které|je|byl|byla|bylo|jsou|by|jeho|její|jejich|tak|už|také|jako|on|ona|"
                    "oni|ten|ta|tu|tom|tím"),
    presence=words("v přítomnosti|za přítomnosti"),
    trilateral=words("trilaterál*|třístrann*"),
    between=words("mezi"),
    group_refs=words("lídři států|hlavy států|lídři|členové delegace"),
    last_time=words("naposledy|naposled|minule|předchozí*|předtím"),
    # the plural past of the contact verbs, the subject left out ("Naposledy se setkali v roce 2019"): no
    # auxiliary in the third person, the cue is its own
    plural_auxiliaries=words("setkali|sešli|jednali|hovořili|mluvili|telefonovali"),
    during=words("během|při|v průběhu|v rámci"),
    invitations=words("pozval|pozvala|pozvali|pozvání"),
    public_posts=words("na sociálních sítích|na sociální síti|na síti x|na platformě x|na twitteru|"
                       "na facebooku|na instagramu"),
    urges=words("vyzval|vyzvala|vyzývá|apeloval|apelovala|apeluje"),
    organizers=words("svolaný|svolané|svolaném|svolaného|pořádaný|pořádané|pořádaném|organizovaný|"
                     "organizovaném"),
    additives=words("také|rovněž|též|navíc|dále"),
    turns=words("mezitím|nezávisle na tom"),
    then_words=words("tehdy|při té příležitosti|při této příležitosti|během té návštěvy"),
    with_words=words("s|se"),
    iteratives=words("dvakrát|třikrát|několikrát|opakovaně|mnohokrát"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_CAPITALS,
    # the seats of government in the locative are where leaders met ("jednali v Bílém domě"); "mluvčí
    # Bílého domu" names the institution and is left out
    seats={"v bílém domě": "USA", "v oválné pracovně": "USA", "v kremlu": "RUS", "na pražském hradě": "CZE",
           "na hradě": "CZE", "v elysejském paláci": "FRA", "v lánech": "CZE"},
    topics={
        "bilateral_relations": words("bilaterál*|dvoustrann*|spoluprác*|vztah*|partnerstv*|přátelstv*|"
                                     "spojenectv*|spojenc*|aliance|velvyslanectv*|víz|víza|vízov*"),
        "trade_economy": words("obchod*|ekonomi*|ekonomick*|hospodářsk*|cla|clo|tarif*|finanč*|"
                               "trh*|export*|import*|vývoz*|dovoz*|rozpočt*|měna|měny|měnov*|dluh*|úvěr*|mmf|"
                               "inflac*|firm*|podnik|podniku|podniky|podniků|podnikům|podnikatel*|podnikání|"
                               "vzácných zemin"),
        "investment": words("investic*|investor*|investova*|investuj*|fond*|kapitál*"),
        "energy": words("energi*|energetick*|ropa|ropy|ropn*|plyn|plynu|plynov*|lng|elektrárn*|"
                        "obnoviteln*|plynovod*|ropovod*|solárn*|větrn*|vodík*|uhlí|opec|paliv*|jádro|"
                        "jaderná elektrárna|jaderné elektrárny|dukovan*|temelín*"),
        "security_defense": words("bezpečnost*|obran*|vojensk*|armád*|zbraň*|zbraní|raket*|vojác*|vojsk*|"
                                  "protivzdušn*|bezpečnostní záruk*|odstrašení|námořn*|stíhač*|dron*|"
                                  "munic*|nato|patriot|f-16|f-35|zbrojení|muniční iniciativ*|"
                                  "severoatlantick* alianc*"),
        "counterterrorism": words("terorism*|terorist*|extremism*|extremist*|islámský stát|pkk|"
                                  "islámského státu|džihádist*"),
        "conflict_ceasefire": words("příměří|válk*|válečn*|konflikt*|invaz*|eskalac*|deeskalac*|mír|"
                                    "mírov*|agres*|útok*|ofenzív*|rukojm*|zajatc*|výměn* zajatců|"
                                    "ostřelován*|bombardován*|kriz*|ukrajina|ukrajiny|ukrajině|ukrajinu|"
                                    "zprostředkov*|prostředník*|válečné zločin*|front*"),
        "humanitarian": words("humanitár*|civil*|hladomor*|hlad|evakuac*|zemětřesení|povodn*|"
                              "oběti|obětí|červený kříž|červeného kříže"),
        "reconstruction": words("obnova|obnovy|obnově|obnovu|obnovou|rekonstrukc*|poválečn* obnov*"),
        "migration_refugees": words("uprchl*|migrac*|migrant*|imigra*|azyl*|běženc*"),
        "nuclear_nonproliferation": words("jadern*|nešíření|obohacován* uranu|uran*|maae|denuklearizac*|"
                                          "záporožsk*"),
        "climate_environment": words("klima*|klimatick*|životní prostředí|životního prostředí|ekologi*|"
                                     "emis*|oteplován*|oxid* uhličitého|biodiverzit*"),
        "health": words("zdrav*|zdravotn*|pandemi*|koronavir*|covid*|vakcín*|očkován*|epidemi*|"
                        "nemocnic*|nemoc*"),
        "regional_situation": words("region*|situac*|blízký východ|blízkém východě|blízkého východu|"
                                    "pásmo gazy|pásmu gazy|pásma gazy|kavkaz*|soused*|černé moře|"
                                    "černého moře|černém moři|východní křídlo|východního křídla|"
                                    "korejsk* poloostrov*|severní koreje|jemen*|súdán*|libye|sýri*|"
                                    "rudé moře|rudém moři|tálib*"),
        "sovereignty_territorial_integrity": words("suverenit*|územní celistvost*|nezávislost*|anex*|"
                                                   "okupovan*|okupac*|separatist*|tchaj-wan*|tchajwan*|"
                                                   "jihočínské moře|územní*"),
        "domestic_politics_elections": words("volb*|volební*|znovuzvolení|referend*|parlament*|sněmovn*|"
                                             "senát*|hlasován*|voliči|voličů|ústav*|opozic*|převrat*|puč*"),
        "ceremonial": words("gratulac*|blahopřání|kondolenc*|výročí|svátek|svátku|nový rok|nového roku|"
                            "vyznamenání|řád bílého lva|řádem bílého lva|pohřb*|pohřeb|oslav*|ceremoni*"),
        "sanctions": words("sankc*|embarg*|cenový strop|cenového stropu|zmrazen* aktiv*|restrikc*|"
                           "exportní kontrol*|omezení vývozu"),
        "human_rights_minorities": words("lidsk* práv|lidská práva|menšin*|političtí vězni|politických vězňů|"
                                         "právní stát*|represe|represí|mučení|svobod* slova|"
                                         "náboženské svobod*|občansk* společnost*|aktivist*|ujgur*|"
                                         "diskriminac*|trest* smrti|lgbt*"),
        "multilateral_diplomacy": words("osn|spojené národy|spojených národů|multilaterál*|g7|g20|brics|"
                                        "rada bezpečnosti|rady bezpečnosti|evropská unie|evropské unie|eu|"
                                        "africká unie|valné shromáždění|mezinárodní společenství|obse|"
                                        "wto|nato|visegrádsk*|v4|členství|přistoupení|eurozón*"),
        "infrastructure_transport": words("infrastruktur*|doprav*|logistik*|železnic*|železničn*|přístav*|"
                                          "lodní doprav*|silnic*|dálnic*|letišť|letištích|letištím|koridor*|"
                                          "most|mostu|"
                                          "tranzit*"),
        "food_agriculture": words("potravin*|obil*|pšenic*|zemědělsk*|zemědělstv*|zemědělc*|hnojiv*|"
                                  "úrod*|rybolov*|kukuřic*|potravinov* bezpečnost*"),
        "technology": words("technologi*|technologick*|digitál*|umělá inteligence|umělé inteligence|"
                            "polovodič*|čip*|kybernet*|inovac*|vesmír*|kosmick*|satelit*|telekomunikac*|"
                            "kvantov*"),
        "culture_education_tourism": words("kultur*|vzdělá*|školstv*|turism*|turist*|student*|univerzit*|"
                                           "sport*|dědictv*|muze*|jazyk*"),
    },
    places={"pásmo gazy": "Gaza", "pásmu gazy": "Gaza", "pásma gazy": "Gaza", "gaza": "Gaza",
            "blízký východ": "Middle East", "blízkém východě": "Middle East", "krym": "Crimea",
            "krymu": "Crimea", "donbas": "Donbas", "donbasu": "Donbas"},
)
