"""Hungarian (the usage of MTI, hirado.hu, Index, Telex and Magyar Nemzet).

Hungarian joins its case endings to the word, with no apostrophe or hyphen ("Oroszországgal",
"elnökkel", "Moszkvában"; only after an abbreviation or a digit: "USA-val", "5-én"), so the forms of titles
and cue words are written out or ended with "*", and country names get their cases from `_cases`. Words are
matched folded (the accents drop: "elnökkel" meets "elnokkel"), which also lets the two vowel harmonies of
an ending meet where they differ only by an accent. The future is "fog" with an infinitive ("találkozni
fog"); a meeting verb in the present dated to another day is announced ("hétfőn találkozik").
"""

from graph.models import Role
from ingest.extract.lexicon import Lexicon, mapping, place_table, stemmed_words

_BACK = "aáoóuú"
_VOWELS = "aáeéiíoóöőuúüű"
# digraphs double their first letter ("Oroszország" ends in "g"; "Pozsony" -> "Pozsonnyal")
_DIGRAPHS = ("sz", "zs", "cs", "gy", "ny", "ty", "ly")

# inner stems of a phrase ("két vezető*") take no endings: Hungarian phrases are written out
words = stemmed_words("")


def _back(word: str) -> bool:
    """Tell whether a word takes the back-vowel endings ("-val", "-nak").

    Its last vowel is back, or an "i" after a back vowel ("Putyin" -> "Putyinnal"); an "e" or "é" last makes
    it front ("Izrael" -> "Izraellel").
    """
    vowels = [ch for ch in word.lower() if ch in _VOWELS]
    if not vowels:
        return False
    if vowels[-1] in "ií":
        return any(v in _BACK for v in vowels)
    return vowels[-1] in _BACK


def _cases(noun: str) -> list[str]:
    """Return a place name's case forms: with ("-val"), to ("-nak"), in, into, out of, to its side, object.

    Only the last word takes the ending ("Egyesült Államok" -> "Egyesült Államokkal"); a final "a" or "e"
    lengthens before it ("Kína" -> "Kínával"); the "v" of "-val" becomes the last consonant, doubled.
    Abbreviations stay as they are: their endings follow a hyphen, which the tokenizer splits off.
    """
    if noun.isupper() or not noun[-1:].isalpha():
        return [noun]
    last = noun.split()[-1]
    back = _back(last)
    stem = noun[:-1] + {"a": "á", "e": "é"}.get(noun[-1], noun[-1])
    if noun[-1].lower() in _VOWELS:
        with_ = stem + ("val" if back else "vel")
        obj = stem + "t"
    else:
        digraph = next((d for d in _DIGRAPHS if noun.endswith(d)), "")
        doubled = noun[: -len(digraph)] + digraph[0] + digraph if digraph else noun + noun[-1]
        with_ = doubled + ("al" if back else "el")
        # ("Irán" -> "Iránt", "Oroszország" -> "Oroszországot", the plural "Államok" -> "Államokat")
        obj = noun + ("t" if noun[-1] in "nlrsjyz" else "at" if noun.endswith("ok")
                      else "ot" if back else "et")
    endings = ("nak", "ban", "ba", "ból", "ról", "hoz") if back else ("nek", "ben", "be", "ből", "ről", "hez")
    return [noun, with_, obj, *(stem + e for e in endings)]


# Country names (with their cases), demonyms (attributive adjectives, which take no ending before their
# noun: "az orosz elnökkel") and capitals (ISO3; names; demonyms; capitals). Left out as demonyms: "ír"
# (Irish, also "writes") and "lett" (Latvian, also "became").
_TABLE = """
USA; USA/Egyesült Államok/Amerikai Egyesült Államok/Amerika; amerikai
RUS; Oroszország/Orosz Föderáció/Oroszországi Föderáció; orosz
CHN; Kína/Kínai Népköztársaság/KNK; kínai
FRA; Franciaország; francia
DEU; Németország/NSZK; német
GBR; Nagy-Britannia/Egyesült Királyság; brit/angol
ITA; Olaszország; olasz
ESP; Spanyolország; spanyol
PRT; Portugália; portugál
UKR; Ukrajna; ukrán
ROU; Románia; román
MDA; Moldova/Moldávia; moldovai/moldáv
POL; Lengyelország; lengyel
HUN; Magyarország; magyar
SVK; Szlovákia; szlovák
CZE; Csehország/Cseh Köztársaság; cseh
AUT; Ausztria; osztrák
SVN; Szlovénia; szlovén
HRV; Horvátország; horvát
SRB; Szerbia; szerb
BGR; Bulgária; bolgár
GRC; Görögország; görög
TUR; Törökország/Türkiye; török
CHE; Svájc; svájci
NLD; Hollandia/Németalföld; holland
BEL; Belgium; belga
SWE; Svédország; svéd
FIN; Finnország; finn
NOR; Norvégia; norvég
DNK; Dánia; dán
IRL; Írország
LTU; Litvánia; litván
LVA; Lettország
EST; Észtország; észt
BLR; Fehéroroszország/Belarusz; fehérorosz/belarusz
GEO; Grúzia; grúz
ARM; Örményország; örmény
AZE; Azerbajdzsán; azerbajdzsáni/azeri
KAZ; Kazahsztán; kazah/kazahsztáni
UZB; Üzbegisztán; üzbég
TKM; Türkmenisztán; türkmén
KGZ; Kirgizisztán/Kirgizisztáni Köztársaság; kirgiz
TJK; Tádzsikisztán; tádzsik
ALB; Albánia; albán
MKD; Észak-Macedónia; észak-macedón
MNE; Montenegró; montenegrói
ISR; Izrael; izraeli
PSE; Palesztina; palesztin
IRN; Irán; iráni
IRQ; Irak; iraki
SYR; Szíria; szíriai
JOR; Jordánia; jordán
LBN; Libanon; libanoni
EGY; Egyiptom; egyiptomi
SAU; Szaúd-Arábia; szaúdi/szaúd-arábiai
ARE; Egyesült Arab Emírségek; emírségekbeli
QAT; Katar; katari
JPN; Japán; japán
KOR; Dél-Korea/Koreai Köztársaság; dél-koreai
PRK; Észak-Korea; észak-koreai
MNG; Mongólia; mongol
IND; India; indiai
PAK; Pakisztán; pakisztáni
VNM; Vietnam; vietnami
IDN; Indonézia; indonéz
CAN; Kanada; kanadai
MEX; Mexikó; mexikói
BRA; Brazília; brazil
ARG; Argentína; argentin
AUS; Ausztrália; ausztrál
ZAF; Dél-afrikai Köztársaság; dél-afrikai
VAT; Vatikán/Szentszék; vatikáni
EU; Európai Unió/EU
"""
_PLACES = place_table(_TABLE, _cases)

# Capitals in the forms a meeting's place takes, written out ("Moszkvában", in Moscow; Budapest takes "-en"):
# generated endings would make words of other languages of some, and capitals are read in every text. Rome
# only as "Rómában" ("Róma" folds to "roma").
_CAPITALS = place_table("""
USA; ; ; Washington/Washingtonban/Washingtonba
RUS; ; ; Moszkva/Moszkvában/Moszkvába
CHN; ; ; Peking/Pekingben/Pekingbe
FRA; ; ; Párizs/Párizsban/Párizsba
DEU; ; ; Berlin/Berlinben/Berlinbe
GBR; ; ; London/Londonban/Londonba
ITA; ; ; Rómában
UKR; ; ; Kijev/Kijevben/Kijevbe
ROU; ; ; Bukarest/Bukarestben
POL; ; ; Varsó/Varsóban
HUN; ; ; Budapest/Budapesten/Budapestre
SVK; ; ; Pozsony/Pozsonyban/Pozsonyba
CZE; ; ; Prága/Prágában/Prágába
AUT; ; ; Bécs/Bécsben/Bécsbe
SRB; ; ; Belgrád/Belgrádban/Belgrádba
BGR; ; ; Szófia/Szófiában
GRC; ; ; Athén/Athénban
TUR; ; ; Ankara/Ankarában/Ankarába
BEL; ; ; Brüsszel/Brüsszelben/Brüsszelbe
AZE; ; ; Baku/Bakuban/Bakuba
GEO; ; ; Tbiliszi/Tbilisziben
ARM; ; ; Jereván/Jerevánban
BLR; ; ; Minszk/Minszkben
KAZ; ; ; Asztana/Asztanában
UZB; ; ; Taskent/Taskentben
ISR; ; ; Jeruzsálem/Jeruzsálemben
IRN; ; ; Teherán/Teheránban
EGY; ; ; Kairó/Kairóban
JPN; ; ; Tokió/Tokióban
KOR; ; ; Szöul/Szöulban
IND; ; ; Újdelhi/Újdelhiben
""")[2]


# a country's office possessed ("Oroszország elnöke", Russia's president), in its cases
_POSSESSED_HEADS: tuple[tuple[str, Role], ...] = (
    *((head, "head_of_state") for head in ("elnöke", "elnökét", "elnökével", "elnökének", "államfője",
                                           "államfőjével")),
    *((head, "head_of_government") for head in ("miniszterelnöke", "miniszterelnökét", "miniszterelnökével",
                                                "miniszterelnökének", "kormányfője", "kormányfőjével")))


def _name_cases(name: str) -> list[str]:
    """Return a name's forms with "-val", as object, with "-nak" and "-hoz" (its last word takes them)."""
    forms = _cases(name)
    return [forms[k] for k in (1, 2, 3, 8)] if len(forms) > 8 else []


def _government_heads() -> dict[str, tuple[str, Role]]:
    """Return the possessed titles of every country's name in the nominative ("az USA elnökével")."""
    out: dict[str, tuple[str, Role]] = {}
    for name, iso3 in place_table(_TABLE)[0].items():
        if iso3 != "EU":
            out.update({f"{name} {head}": (iso3, role) for head, role in _POSSESSED_HEADS})
    return out


# a title's cases: nominative, object, dative, with, to, his/its ("Oroszország elnöke"), and the possessed
# forms' cases
_ELNOK = ("elnök|elnököt|elnöknek|elnökkel|elnökhöz|elnöktől|elnökről|elnöke|elnökét|elnökének|elnökével|"
          "elnökéhez|elnökétől")

LEXICON = Lexicon(
    lang="hu",
    # in the Hungarian press "a miniszterelnök" or "az államfő" alone is Hungary's
    home="HUN",
    names_inflect=True,
    # a name takes a place name's endings on its last word ("Andrzej Dudával", "Nehammert", "Nehammernek",
    # "Nehammerhez"; not the locatives, which say where)
    name_cases=_name_cases,
    titles={
        **mapping("president", _ELNOK + "|köztársasági " + _ELNOK.replace("|", "|köztársasági ") + "|"
                  "államfő|államfőt|államfőnek|államfővel|államfőhöz|államfője|államfőjét|államfőjének|"
                  "államfőjével"),
        **mapping("crown_prince", "koronaherceg|koronaherceget|koronahercegnek|koronaherceggel|"
                                  "trónörökös|trónörököst|trónörökössel"),
        **mapping("monarch", "király|királyt|királynak|királlyal|királyhoz|királya|királyát|királyával|"
                             "királynő|királynőt|királynővel|emír|emírt|emírnek|emírrel|emírje|emírjével|"
                             "szultán|szultánt|szultánnal|császár|császárt|császárral"),
        **mapping("supreme_leader", "legfőbb vezető|legfőbb vezetője|legfelsőbb vezető|legfelsőbb vezetője"),
        **mapping("pope", "pápa|pápát|pápának|pápával|pápához|ferenc pápa|leó pápa"),
        **mapping("prime_minister", "miniszterelnök|miniszterelnököt|miniszterelnöknek|miniszterelnökkel|"
                                    "miniszterelnökhöz|miniszterelnöktől|miniszterelnöke|miniszterelnökét|"
                                    "miniszterelnökének|miniszterelnökével|kormányfő|kormányfőt|kormányfőnek|"
                                    "kormányfővel|kormányfőhöz|kormányfője|kormányfőjét|kormányfőjével|"
                                    "kormányfőjének|premier|premiert|premiernek|premierrel|premierhez"),
        **mapping("chancellor", "kancellár|kancellárt|kancellárnak|kancellárral|kancellárhoz|kancellárja|"
                                "kancellárjával|kancellárasszony"),
        **mapping(None, "vezető|vezetőt|vezetőnek|vezetővel|vezetője|vezetőjével|vezetőjét|"
                        "államférfi|államférfit|államférfival"),
    },
    plural_titles={
        **mapping("president", "elnökök|elnököket|elnökökkel|államfők|államfőkkel"),
        **mapping("prime_minister", "miniszterelnökök|miniszterelnökökkel|kormányfők|kormányfőkkel"),
        **mapping(None, "vezetők|vezetőket|vezetőkkel|vezetőivel|vezetői|államfők és kormányfők"),
    },
    org_titles={
        **mapping("UN", "ensz főtitkár|ensz főtitkára|ensz főtitkárral|ensz főtitkárával|ensz-főtitkár|"
                        "ensz-főtitkárral"),
        **mapping("EU", "európai bizottság elnöke|európai bizottság elnökével|az európai bizottság elnöke|"
                        "európai tanács elnöke|európai tanács elnökével|bizottsági elnök"),
    },
    country_titles={
        **_government_heads(),
        **mapping(("RUS", "head_of_state"), "kreml ura|kreml urával|kreml vezetője|kreml vezetőjével"),
        **mapping(("USA", "head_of_state"), "fehér ház ura|fehér ház urával"),
    },
    ministers=words("miniszter|minisztert|miniszternek|miniszterrel|miniszterhez|minisztere|miniszterét|"
                    "miniszterével|külügyminiszter*|külgazdasági és külügyminiszter*|védelmi miniszter*|"
                    "honvédelmi miniszter*|miniszterelnök helyettes*|miniszterelnök-helyettes*|alelnök*|"
                    "elnökhelyettes*|szóvivő*|nagykövet*|követ|követe|tanácsadó*|tanácsadója|különmegbízott*|"
                    "különleges megbízott*|megbízott*|házelnök*|az országgyűlés elnöke|polgármester*|"
                    "kormányzó*|volt elnök*|korábbi elnök*|volt miniszterelnök*|korábbi miniszterelnök*|"
                    "megválasztott elnök*|ellenzéki vezető*|az ellenzék vezetője|főtitkár*|nato főtitkár*|"
                    "államtitkár*|delegáció*|küldöttség*|elnökjelölt*|jelölt*|kabinetfőnök*"),
    counterparts=words("kollégá*|kolléga|kollégáját|kollégájával|kollégájának|kollégájához|hivatali partner*|"
                       "tárgyalópartner*|vendégét|vendégével|vendégének|vendéglátó*"),
    pair_refs=words("a két vezető|két vezető|a két politikus|két politikus|a két elnök|két elnök|"
                    "a két miniszterelnök|a két kormányfő|a két államfő|mindkét vezető|mindkét fél|a felek|"
                    "a két fél|a két ország vezetője|a két ország vezetői|a két ország vezetőinek"),
    groups={"a három vezető": 3, "három vezető": 3, "a négy vezető": 4, "négy vezető": 4},
    pronouns=words("ő"),
    object_pronouns=words("őt|vele|neki|hozzá"),
    plural_pronouns=words("ők"),
    pair_possessives=words("közös|kettejük"),
    indefinites=words("egy|egyik|valamelyik|semmilyen"),
    predicatives=words("mint|minőségében"),
    quantifiers=words("több|számos|néhány|más|egyéb"),
    phone=words("telefon*|telefonon|telefonbeszélgetés*|telefonált|telefonáltak|telefonon beszélt|"
                "telefonon egyeztetett|telefonos egyeztetés*|telefonos megbeszélés*|felhívta|felhívja|"
                "felhívták|hívta fel|hívták fel|felhívás"),
    video=words("videókonferenci*|videokonferenci*|videóhívás*|videohívás*|videókapcsolat*|"
                "videokapcsolat*|online"),
    written=words("levél|levelet|levélben|levelében|levelére|üzenet*|távirat*|gratuláló levél*|"
                  "levelet küldött|levelet írt"),
    greeting=words("gratulált|gratuláltak|gratuláció*|gratulál|részvét*|részvétét|együttérzés*"),
    joint_press=words("közös sajtótájékoztató*|közös sajtótájékoztatón|közös nyilatkozat*"),
    in_person=words(
        # round fifteen: a guest hosted, the embrace, a meal together
        "vendégül látta|vendégül látták|megölelte|megölelték|vacsorázott|vacsoráztak|ebédelt|"
        "ebédeltek|"
        "találkoz*|fogadta|fogadták|fogadja|fogadására|fogadáson|fogadás|látogat*|meglátogat*|"
                    "ellátogat*|négyszemközti*|négyszemközt|kétoldalú találkozó*|munkaebéd*|munkavacsor*|"
                    "díszvacsor*|kezet fogott|kezet rázott|aláírták|aláírta|megérkezett|érkezett|"
                    "tárgyalt|tárgyaltak|csúcstalálkozó*|háromoldalú*"),
    talk=words(
        # round fifteen: conferring
        "tanácskoz*|"
        "tárgyalás*|tárgyal*|megbeszélés*|egyeztet*|megvitatták|megvitatta|megvitat*|"
               "áttekintették|áttekintette|megállapodtak|megállapodott|konzultáci*|eszmecseré*|"
               "véleményt cseréltek|beszéltek|beszélt|beszélgetés*|beszélgettek"),
    spoke=words("beszélt|beszéltek|beszélgetett|beszélgettek|beszélgetés*"),
    roundup=words("gratulációk|üzenetek|vezetők|államfők"),
    not_cues=words("sajtótájékoztató*|sajtótájékoztatón|interjú*|fogadta el|fogadták el|elfogadta|"
                   "elfogadták|fogadalm*|törvényt fogadott|a találkozó helyszíne|telefonszám*|"
                   "beszédében|beszédet mondott|felhívta a figyelmet|felhívták a figyelmet|"
                   "felhívja a figyelmet|hívta fel a figyelmet|felhívással"),
    caller_words=words("felhívta|hívta fel|telefonált"),
    from_words=words("részéről"),
    receive_words=words("kapott|megkapta"),
    initiative=words("kezdeményezésére|meghívására|kérésére|felkérésére"),
    invitations=words("meghív*|meghívás*|meghívta|meghívását"),
    planned=words("fog|fognak|fogja|fogják|tervez*|tervezett*|tervbe|várhatóan|várható*|várják|holnap|"
                  "jövő héten|jövő hónapban|jövőre|következő*|meghív*|meghívás*|kész|készen áll|szeretne|"
                  "szeretnének|kíván|kívánnak|szándékozik|remél*|bejelentette|bejelentett|lehetséges|"
                  "esetleges|esedékes|előkészítés*|napirenden"),
    planned_sentence=words("várhatóan|a tervek szerint|tervek szerint"),
    present=words("találkozik|találkoznak|fogadja|fogadják|tárgyal|tárgyalnak|látogat|látogat el|"
                  "ellátogat"),
    exclusions=words("kizárt|kizárta|kizárják|szóba sem jöhet|nem kerül sor"),
    negation=words("nem|sem|nincs|nincsenek|soha|semmilyen|semmiféle|nélkül|elmaradt|elmarad|lemondta|"
                   "lemondták|elhalasztották|elhalasztotta|elhalasztották|meghiúsult"),
    denial=words("cáfolta|cáfolták|cáfol*|tagadta|tagadták|nem tervez*|nincs napirenden|nincs tervben|"
                 "nem volt tervben|nem szerepel|nem került sor|nem kerül sor"),
    visit=words("látogat*|meglátogat*|ellátogat*|állami látogatás*|hivatalos látogatás*|munkalátogatás*|"
                "megérkezett|érkezett|fehér ház*|kreml*|karmelita*|sándor palot*|sándor-palot*|elysée*"),
    summit=words("csúcstalálkozó*|csúcsértekezlet*|csúcs margóján|margóján|szélén|közgyűlés*|fórum*|g20|g7|"
                 "brics|nato csúcs*|nato-csúcs*|európai tanács ülés*|uniós csúcs*|eu csúcs*|eu-csúcs*|"
                 "konferenci*|háromoldalú*"),
    fillers=words("köztársaság|köztársasági|föderáció|királyság|úr|asszony|őfelsége"),
    relative=words("aki|akivel|akit|akinek|akihez|amely|amelyen|amelyet|amelynek|amelyben|ahol|ami|amit|"
                   "amelyről"),
    members=words("a delegáció tagjai|a küldöttség tagjai|a küldöttségben"),
    companions=words("kíséretében|társaságában|együtt|oldalán"),
    subordinators=words("miután|mielőtt|mialatt|amíg|amikor|bár|noha|mivel|mert|azt követően"),
    complementizers=words("hogy"),
    reporting=words("mondta|közölte|jelentette|jelentette be|nyilatkozta|hangsúlyozta|írta|tájékoztatott|"
                    "szerint|hozzátette|emelte ki|kiemelte|jelezte|megerősítette|tudatta|fogalmazott"),
    months={**mapping(1, "január*"), **mapping(2, "február*"), **mapping(3, "március*"),
            **mapping(4, "április*"), **mapping(5, "május*"), **mapping(6, "június*"),
            **mapping(7, "július*"), **mapping(8, "augusztus*"), **mapping(9, "szeptember*"),
            **mapping(10, "október*"), **mapping(11, "november*"), **mapping(12, "december*")},
    # the inessive ("in July"): a date alone; and the possessive inessive a year takes before it ("2022
    # áprilisában", "2023 októberében": in April of 2022; no dot after the year then), "-j-" after a final
    # "r" of January and February ("januárjában")
    months_alone={f"{m}{p}{'ban' if _back(m) else 'ben'}": n
                  for n, m in enumerate(("január", "február", "március", "április", "május", "június",
                                         "július", "augusztus", "szeptember", "október", "november",
                                         "december"), start=1)
                  for p in ("", ("já" if m.endswith("ár") else "á") if _back(m) else "é")},
    weekdays={**mapping(0, "hétfő|hétfőn|hétfői|hétfő este|hétfőn este|hétfő reggel"),
              **mapping(1, "kedd|kedden|keddi|kedd este|kedden este"),
              **mapping(2, "szerda|szerdán|szerdai|szerda este|szerdán este"),
              **mapping(3, "csütörtök|csütörtökön|csütörtöki|csütörtök este|csütörtökön este"),
              **mapping(4, "péntek|pénteken|pénteki|péntek este|pénteken este"),
              **mapping(5, "szombat|szombaton|szombati|szombat este"),
              **mapping(6, "vasárnap|vasárnapi|vasárnap este")},
    past_seasons={**mapping(10, "tavaly ősszel|a tavalyi ősszel|múlt ősszel"),
                  **mapping(7, "tavaly nyáron|múlt nyáron"),
                  **mapping(4, "tavaly tavasszal|múlt tavasszal")},
    relative_years={"tavaly": -1, "tavalyi": -1, "múlt évben": -1, "az elmúlt évben": -1, "idén": 0,
                    "az idén": 0, "idei": 0, "ebben az évben": 0},
    relative_months={"egy éve": -12, "egy évvel ezelőtt": -12, "két éve": -24, "múlt hónapban": -1,
                     "a múlt hónapban": -1, "előző hónapban": -1, "ebben a hónapban": 0, "e hónapban": 0},
    relative_days={"néhány napja": -3, "pár napja": -3, "néhány nappal ezelőtt": -3, "két napja": -2,
                   "ma": 0, "tegnap": -1, "holnap": 1, "tegnapelőtt": -2, "tegnap este": -1,
                   "ma reggel": 0, "ma este": 0, "tegnap délután": -1, "ma délután": 0},
    relative_weeks={"múlt héten": -1, "a múlt héten": -1, "előző héten": -1, "ezen a héten": 0, "a héten": 0,
                    "e héten": 0, "jövő héten": 1, "a jövő héten": 1, "a napokban": 0,
                    "az elmúlt napokban": 0},
    anchored_days={"másnap": 1, "aznap": 0, "ugyanazon a napon": 0, "előző nap": -1, "előző napon": -1,
                   "egy nappal később": 1, "egy nappal korábban": -1, "egy nappal előtte": -1},
    day_units={"nappal később": 1, "nappal korábban": -1, "nappal azután": 1, "nappal előtte": -1},
    day_units_ago=words("napja|nappal ezelőtt"),
    units_ago={**mapping(7, "hete|héttel ezelőtt"), **mapping(30, "hónapja|hónappal ezelőtt"),
               **mapping(365, "éve|évvel ezelőtt")},
    # ("hét" is also "week": seven is left out)
    numbers={"egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "nyolc": 8,
             "kilenc": 9, "tíz": 10},
    past=words("múlt|tavaly|tavalyi|elmúlt|előző"),
    # "december elején" (early December), "2019-ben" (in 2019: the ending after its hyphen is a word)
    month_tails=words("elején|végén|közepén|folyamán|havában|hónapban|ban|ben"),
    year_tails=words("ban|ben|ig|óta"),
    year_leads=words(""),
    restating=words("ez volt|ez volt az|ez volt a"),
    since=words("óta|azóta"),
    firsts=words("első|először|első alkalommal"),
    since_contacts=words("óta"),
    joins=words("csatlakozott|csatlakoztak|részt vett|részt vettek|háromoldalú*"),
    place_relatives=words("ahol|ahová"),
    time_relatives=words("amikor"),
    object_cues=words("felhívta|hívta fel|fogadta"),
    read_also=words("olvassa el|ezt is ajánljuk|kapcsolódó cikk*|ajánlott cikk*"),
    captions=words("fotó|fénykép|képünkön|a képen"),
    deceased=words("elhunyt|néhai|meghalt"),
    elect=words("megválasztott|leendő|volt|korábbi|egykori|leköszönő|távozó"),
    inserts=words("már|is|ismét|újra|személyesen|röviden"),
    stopwords=words("a|az|és|is|hogy|nem|egy|de|meg|el|ki|be|fel|le|mint|már|még|csak|vagy|ha|ez|az|"
                    "ezt|azt|van|volt|lesz|ma|ben|ban|val|vel|nak|nek|t|én|án|jén|ján"),
    presence=words("jelenlétében"),
    trilateral=words("háromoldalú*"),
    between=words("között|közötti|közti"),
    group_refs=words("a vezetők|vezetők|az államfők|államfők|a küldöttségvezetők"),
    last_time=words("legutóbb|utoljára|legutóbbi*|korábbi találkozó*|előző találkozó*"),
    # the plural past of the contact verbs, the subject left out ("Legutóbb 2019-ben találkoztak")
    plural_auxiliaries=words("találkoztak|tárgyaltak|beszéltek|egyeztettek"),
    during=words("során|alatt|keretében|idején"),
    public_posts=words("közösségi média*|közösségi oldalán|facebook-oldalán|x-en|a facebookon|"
                       "az x-en"),
    urges=words("sürgette|felszólította|arra kérte|szorgalmazta"),
    organizers=words("által összehívott|által szervezett|összehívott"),
    additives=words("szintén|továbbá|emellett|ugyancsak"),
    turns=words("eközben|mindeközben"),
    then_words=words("akkor|akkoriban|ez alkalommal|abban az alkalommal|azon a találkozón"),
    iteratives=words("többször|kétszer|háromszor|számos alkalommal|több alkalommal|ismételten"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_CAPITALS,
    seats={"a fehér házban": "USA", "fehér házban": "USA", "a kremlben": "RUS", "kremlben": "RUS",
           "a karmelitában": "HUN", "karmelitában": "HUN", "a sándor-palotában": "HUN",
           "sándor-palotában": "HUN", "az elysée-palotában": "FRA"},
    topics={
        "bilateral_relations": words("kétoldalú*|kapcsolat|kapcsolatot|kapcsolatok*|kapcsolata|kapcsolatai*|"
                                     "kapcsolatát|"
                                     "kapcsolatuk*|kapcsolatunk*|kapcsolatáról|kapcsolatrendszer*|"
                                     "együttműködés*|partnerség*|barátság*|szövetség|szövetséget|"
                                     "szövetségben|szövetségnek|szövetségük*|szövetséges*|a két ország|"
                                     "nagykövetség*|vízum*"),
        "trade_economy": words("kereskedelm*|kereskedelmi|gazdaság*|gazdasági|vám*|pénzügy*|piac*|export*|"
                               "import*|költségvetés*|adósság*|hitel|hitelt|hitelek*|hitelkeret*|hitelez*|infláció*|vállalat*|"
                               "cég*|ritkaföldfém*"),
        "investment": words("beruházás*|befektetés*|befektető*|tőke*|befektetési alap*|fejlesztési alap*|"
                            "szuverén alap*|alapot|alapba"),
        "energy": words("energi*|energetikai|olaj*|kőolaj*|földgáz*|gáz|gázt|gázszállítás*|lng|áram*|"
                        "erőmű*|megújuló*|vezeték*|paks*|atomerőmű*|napenergi*|szélenergi*|hidrogén*|"
                        "török áramlat|déli gázfolyosó"),
        "security_defense": words("biztonság*|védelm*|katonai|hadsereg*|haderő*|fegyver*|rakéta*|katon*|"
                                  "észak-atlanti*|"
                                  "légvédelm*|biztonsági garanci*|drón*|lőszer*|hadiipar*|nato"),
        "counterterrorism": words("terror*|terrorizmus*|terrorista*|szélsőség*|iszlám állam|pkk"),
        "conflict_ceasefire": words("tűzszünet*|háború*|konfliktus*|béke*|békés|invázió*|agresszió*|támadás*|"
                                    "eszkaláci*|deeszkaláci*|közvetít*|túsz*|hadifogoly*|fogolycseré*|"
                                    "válság*|front*"),
        "humanitarian": words("humanitárius*|civil*|éhínség*|evakuáci*|földrengés*|árvíz*|katasztróf*|"
                              "vöröskereszt*"),
        "reconstruction": words("újjáépítés*|helyreállítás*"),
        "migration_refugees": words("migráci*|migráns*|menekült*|menedékkérő*|illegális bevándorlás*|"
                                    "bevándorl*|határvédelm*"),
        "nuclear_nonproliferation": words("nukleáris*|atomfegyver*|urándúsítás*|urán*|naü|atomprogram*"),
        "climate_environment": words("klíma*|éghajlat*|környezetvédelm*|környezet*|kibocsátás*|"
                                     "globális felmelegedés|szén-dioxid*|biodiverzitás*"),
        "health": words("egészség*|egészségügy*|járvány*|pandémi*|koronavírus*|covid*|vakcin*|oltás*|"
                        "kórház*|gyógyszer*|betegség*"),
        "regional_situation": words("régió*|regionális*|térség*|közel-kelet*|közel kelet*|gázai övezet*|"
                                    "gázai|nyugat-balkán*|nyugat balkán*|balkán*|kaukázus*|fekete-tenger*|"
                                    "szomszéd*|helyzet*"),
        "sovereignty_territorial_integrity": words("szuverenitás*|területi integritás*|függetlenség*|"
                                                   "annektál*|annexió*|megszáll*|szeparatist*|tajvan*"),
        "domestic_politics_elections": words("választás*|választási|újraválaszt*|népszavazás*|parlament*|"
                                             "országgyűlés*|alkotmány*|ellenzék*|puccs*"),
        "ceremonial": words("gratuláci*|részvét*|évforduló*|ünnep|ünnepe|ünnepén|ünnepek*|ünnepség*|"
                            "nemzeti ünnep*|"
                            "újév*|kitüntetés*|"
                            "érdemrend*|temetés*"),
        "sanctions": words("szankci*|embargó*|ársapka*|befagyasztott*|exportkorlátoz*"),
        "human_rights_minorities": words("emberi jog*|kisebbség*|kisebbségi|szólásszabadság*|"
                                         "sajtószabadság*|jogállamiság*|politikai fogoly*|diszkrimináci*|"
                                         "vallásszabadság*|kárpátaljai magyar*"),
        "multilateral_diplomacy": words("ensz|egyesült nemzetek|többoldalú*|g7|g20|brics|biztonsági tanács*|"
                                        "európai unió|eu|afrikai unió|közgyűlés*|nemzetközi közösség|ebesz|"
                                        "wto|nato|visegrádi*|v4|tagság*|csatlakozás*|"
                                        "türk államok szervezet*"),
        "infrastructure_transport": words("infrastruktúr*|közlekedés*|vasút*|vasúti|kikötő*|autópálya*|"
                                          "autóút*|"
                                          "úthálózat*|útépítés*|közút*|közúti|utak|utakat|utakon|"
                                          "híd*|logisztik*|tranzit*|folyosó*|repülőterek*"),
        "food_agriculture": words("élelmiszer*|gabona*|búza*|mezőgazdaság*|mezőgazdasági|gazdálkod*|"
                                  "műtrágya*|"
                                  "termés*|kukorica*|élelmezésbiztonság*"),
        "technology": words("technológi*|technológiai|digitális*|mesterséges intelligenci*|félvezető*|chip*|"
                            "kiberbiztonság*|kiber*|innováci*|űrkutatás*|világűr*|műhold*|távközlés*|kvantum*"),
        "culture_education_tourism": words("kultúr*|kulturális|oktatás*|turizmus*|turist*|diák*|hallgató*|"
                                           "egyetem*|sport*|örökség*|múzeum*|nyelv*"),
    },
    places={"gázai övezet": "Gaza", "gázai övezetben": "Gaza", "közel-kelet": "Middle East",
            "közel-keleten": "Middle East", "krím": "Crimea", "krímet": "Crimea", "donbasz": "Donbas"},
)
