"""Polish.

Latin-script words are matched as written, so the case forms of titles and cue nouns are written out or
ended with "*" (a prefix); country names and capitals get their cases from `_noun_cases`, adjectives are
prefixes ("tureck*" covers turecki, tureckiego, tureckim, turecka ...). An inner word written with "*"
("zawieszeni* broni") is spelled out with the Polish endings (`inner_stems`).
"""

from graph.models import Role
from ingest.extract.lexicon import Lexicon, mapping, place_table, stemmed_words
from ingest.gazetteer.pl import locative_stem

# the endings an inner stem of a phrase takes ("zawieszeni* broni" -> "zawieszenia broni", ...)
_ENDINGS = ("a y i e ę ą u o ów om ami ach em iem ie owi ego emu ym im ej ych ich ymi imi ć ci cią zie dzie "
            "cie rze")

# "|"-separated phrases, each inner stem ("stem* word") spelled out with the endings above
words = stemmed_words(_ENDINGS)


def _noun_cases(noun: str) -> list[str]:
    """Return the case forms of a one-word place name (Francja -> Francji, Francję, Francją)."""
    low = noun.lower()
    if " " in noun or not noun[-1:].isalpha():
        return [noun]
    if low.endswith(("ja", "ia")):
        s = noun[:-1]
        return [noun, s + "i", s + "ę", s + "ą"]
    if low.endswith("a"):
        s = noun[:-1]
        gen = s + ("i" if low[-2:-1] in "kglj" else "y")
        return [noun, gen, locative_stem(s) or gen, s + "ę", s + "ą"]
    if low[-1] in "eiouyąęó":
        return [noun]
    velar = low.endswith(("k", "g", "ch"))
    return [noun, noun + "u", noun + "a", noun + ("iem" if velar else "em"),
            noun + "u" if velar else locative_stem(noun) or noun + "u"]


# Country names, demonyms (adjective prefixes) and capitals in Polish (ISO3; names; demonyms; capitals).
# Plural names and irregular capitals are written in their cases.
_PLACES = place_table("""
USA; USA/Ameryka/Stany Zjednoczone/Stanów Zjednoczonych/Stanach Zjednoczonych/Stanami Zjednoczonymi/
    Stanom Zjednoczonym; amerykańsk*; Waszyngton
RUS; Rosja/Federacja Rosyjska/Federacji Rosyjskiej/FR; rosyjsk*; Moskwa
CHN; Chiny/Chin/Chinach/Chinami/Chinom/ChRL; chińsk*; Pekin
FRA; Francja; francusk*; Paryż
DEU; Niemcy/Niemiec/Niemczech/Niemcami/Niemcom/RFN; niemieck*; Berlin
GBR; Wielka Brytania/Wielkiej Brytanii/Wielką Brytanię/Wielką Brytanią/Brytania/Zjednoczone Królestwo/
    Zjednoczonego Królestwa; brytyjsk*; Londyn
ITA; Włochy/Włoch/Włoszech/Włochami/Włochom; włosk*; Rzym
ESP; Hiszpania; hiszpańsk*; Madryt
PRT; Portugalia; portugalsk*; Lizbona
UKR; Ukraina; ukraińsk*; Kijów/Kijowa/Kijowie/Kijowem
POL; Polska/Polski/Polsce/Polskę/Polską/RP; polsk*; Warszawa
HUN; Węgry/Węgier/Węgrzech/Węgrami/Węgrom; węgiersk*; Budapeszt
SVK; Słowacja; słowack*; Bratysława
CZE; Czechy/Czech/Czechach/Czechami/Czechom; czesk*; Praga
ROU; Rumunia; rumuńsk*; Bukareszt
BGR; Bułgaria; bułgarsk*; Sofia
MDA; Mołdawia; mołdawsk*; Kiszyniów/Kiszyniowa/Kiszyniowie
LTU; Litwa; litewsk*; Wilno
LVA; Łotwa; łotewsk*; Ryga
EST; Estonia; estońsk*; Tallin
FIN; Finlandia; fińsk*; Helsinki
SWE; Szwecja; szwedzk*; Sztokholm
NOR; Norwegia; norwesk*; Oslo
DNK; Dania; duńsk*; Kopenhaga
NLD; Holandia/Niderlandy/Niderlandów/Niderlandach; holendersk*/niderlandzk*; Amsterdam/Haga
BEL; Belgia; belgijsk*; Bruksela/Brukseli
AUT; Austria; austriack*; Wiedeń/Wiednia/Wiedniu
CHE; Szwajcaria; szwajcarsk*; Berno
GRC; Grecja; greck*; Ateny/Aten/Atenach
IRL; Irlandia; irlandzk*; Dublin
HRV; Chorwacja; chorwack*; Zagrzeb
SRB; Serbia; serbsk*; Belgrad
SVN; Słowenia; słoweńsk*; Lublana
BLR; Białoruś/Białorusi/Białorusią; białorusk*; Mińsk
TUR; Turcja; tureck*; Ankara/Stambuł/Stambule
IRN; Iran; irańsk*; Teheran
ISR; Izrael; izraelsk*; Jerozolima
PSE; Palestyna/Autonomia Palestyńska; palestyńsk*
EGY; Egipt; egipsk*; Kair
SAU; Arabia Saudyjska/Arabii Saudyjskiej/Arabię Saudyjską/Arabią Saudyjską; saudyjsk*; Rijad
ARE; Zjednoczone Emiraty Arabskie/Zjednoczonych Emiratów Arabskich/ZEA; emirack*; Abu Zabi
QAT; Katar; katarsk*; Doha/Dosze
SYR; Syria; syryjsk*; Damaszek/Damaszku
JOR; Jordania; jordańsk*; Amman
IRQ; Irak; irack*; Bagdad
JPN; Japonia; japońsk*; Tokio
KOR; Korea Południowa/Korei Południowej/Koreą Południową; południowokoreańsk*; Seul
PRK; Korea Północna/Korei Północnej/Koreą Północną/KRLD; północnokoreańsk*; Pjongjang
IND; Indie/Indii/Indiach/Indiami; indyjsk*; Nowe Delhi/Delhi
PAK; Pakistan; pakistańsk*; Islamabad
CAN; Kanada; kanadyjsk*; Ottawa
BRA; Brazylia; brazylijsk*; Brasília
MEX; Meksyk; meksykańsk*; Meksyk
ARG; Argentyna; argentyńsk*; Buenos Aires
AUS; Australia; australijsk*; Canberra
ZAF; RPA/Republika Południowej Afryki/Republiki Południowej Afryki; południowoafrykańsk*; Pretoria
KAZ; Kazachstan; kazachsk*/kazachstańsk*; Astana
AZE; Azerbejdżan; azerbejdżańsk*; Baku
ARM; Armenia; ormiańsk*; Erywań/Erywania/Erywaniu
GEO; Gruzja; gruzińsk*; Tbilisi
VAT; Watykan/Stolica Apostolska/Stolicy Apostolskiej; watykańsk*
EU; Unia Europejska/Unii Europejskiej/Unię Europejską/Unią Europejską/UE; unijn*
""", _noun_cases)



def _government_heads() -> dict[str, tuple[str, Role]]:
    """Return "szef polskiego rządu" and its cases for every demonym prefix in -k* ("polsk*" -> POL)."""
    out: dict[str, tuple[str, Role]] = {}
    for prefix, iso3 in _PLACES[1].items():
        if iso3 != "EU" and prefix.endswith("k*"):
            genitive = prefix[:-1] + "iego"
            for head in ("szef", "szefa", "szefem", "szefowi", "szefowa", "szefowej", "szefową"):
                out[f"{head} {genitive} rządu"] = (iso3, "head_of_government")
    return out


LEXICON = Lexicon(
    lang="pl",
    names_inflect=True,
    # in the Polish press (PAP, TVN24, Rzeczpospolita) "premier" or "prezydent" alone is Poland's, unless
    # the text has named one foreign holder of the title and no Polish one (mentions._foreign_holder)
    home="POL",
    titles={
        **mapping("president", "prezydent|prezydenta|prezydentem|prezydentowi|prezydencie|prezydentka|"
                               "prezydentki|prezydentką|głowa państwa|głowy państwa|głową państwa"),
        **mapping("crown_prince", "następca tronu|następcy tronu|następcą tronu|książę koronny|"
                                  "księcia koronnego|księciem koronnym"),
        **mapping("monarch", "król|króla|królem|królowi|królowa|królowej|królową|emir|emira|emirem|sułtan|"
                             "sułtana|sułtanem|monarcha|monarchy|monarchą|cesarz|cesarza|cesarzem"),
        **mapping("supreme_leader", "najwyższy przywódca|najwyższego przywódcy|najwyższym przywódcą"),
        **mapping("pope", "papież|papieża|papieżem|papieżowi|ojciec święty|ojca świętego"),
        **mapping("prime_minister", "premier|premiera|premierem|premierowi|premierze|premierka|premierki|"
                                    "premierką|prezes rady ministrów|prezesa rady ministrów|"
                                    "prezesem rady ministrów|szef rządu|szefa rządu|szefem rządu|"
                                    "szefowi rządu|szefowa rządu|szefowej rządu|szefową rządu"),
        **mapping("chancellor", "kanclerz|kanclerza|kanclerzem|kanclerzowi"),
        **mapping(None, "przywódca|przywódcy|przywódcą|przywódczyni|lider|lidera|liderem|liderka|liderki|"
                        "szef państwa|szefa państwa|szefem państwa"),
    },
    plural_titles={
        **mapping("president", "prezydenci|prezydentów|prezydentami|prezydentom|szefowie państw|"
                               "szefów państw|głowy państw|głów państw"),
        **mapping("prime_minister", "premierzy|premierów|premierami|szefowie rządów|szefów rządów"),
        **mapping(None, "przywódców|przywódcami|przywódcom|liderzy|liderów|liderami"),
    },
    org_titles={
        **mapping("UN", "sekretarz generalny onz|sekretarza generalnego onz|sekretarzem generalnym onz|"
                        "szef onz|szefa onz"),
        **mapping("EU", "przewodnicząca komisji europejskiej|przewodniczącej komisji europejskiej|"
                        "przewodniczącą komisji europejskiej|szefowa komisji europejskiej|"
                        "szefowej komisji europejskiej|szefową komisji europejskiej|szefowa ke|"
                        "przewodniczący rady europejskiej|przewodniczącego rady europejskiej|"
                        "przewodniczącym rady europejskiej|szef rady europejskiej|szefa rady europejskiej"),
    },
    country_titles={
        # "szef polskiego rządu": the head of the government a demonym names
        **_government_heads(),
        # the Kremlin's and the White House's tenants are the Russian and the US president
        **mapping(("RUS", "head_of_state"), "gospodarz kremla|gospodarza kremla|szef kremla|szefa kremla|"
                                            "lokator kremla"),
        **mapping(("USA", "head_of_state"), "gospodarz białego domu|gospodarza białego domu|"
                                            "lokator białego domu"),
        **mapping(("CHN", "head_of_state"), "przewodniczący chrl|przewodniczącego chrl|przewodniczącym chrl|"
                                            "przewodniczący chin|przewodniczącego chin|przewodniczącym chin"),
    },
    ministers=words("lider opozycji|lidera opozycji|opozycjonista|minister|ministra|ministrem|ministrowi|"
                    "ministrowie|ministrów|szef msz|szefa msz|szefem msz|szef dyplomacji|szefa dyplomacji|"
                    "szefem dyplomacji|szefowa dyplomacji|rzecznik|rzecznika|rzecznikiem|rzeczniczka|"
                    "ambasador|ambasadora|ambasadorem|wysłannik|wysłannika|wysłannikiem|specjalny wysłannik|"
                    "doradca|doradcy|doradcą|doradczyni|wicepremier|wicepremiera|wicepremierem|wiceprezydent|"
                    "wiceprezydenta|gubernator|gubernatora|burmistrz|burmistrza|marszałek sejmu|"
                    "marszałka sejmu|marszałek senatu|marszałka senatu|delegacja|delegacji|wiceminister|"
                    "wiceministra|zastępca|zastępcy|były prezydent|byłego prezydenta|byłym prezydentem|"
                    "były premier|byłego premiera|prezydent elekt|prezydenta elekta|"
                    "była premier|była prezydent|były kanclerz|była kanclerz|byłego kanclerza|"
                    "szef kancelarii prezydenta|szefa kancelarii prezydenta|szef bbn|szefa bbn|"
                    "sekretarz stanu|sekretarza stanu|sekretarzem stanu|rzecznik rządu|rzecznika rządu|"
                    "sekretarz generalny nato|sekretarza generalnego nato|szef nato|szefa nato|"
                    "pełnomocnik|pełnomocnika|przedstawiciel|przedstawiciela|przedstawicielem"),
    counterparts=words("odpowiednik|odpowiednika|odpowiednikiem|odpowiednikowi|odpowiedniczka|odpowiedniczki|"
                       "odpowiedniczką|gość|gościa|gościem|rozmówca|rozmówcą|rozmówcy|rozmówczyni"),
    pair_refs=words("obaj przywódcy|obu przywódców|obydwaj przywódcy|obydwu przywódców|obaj prezydenci|"
                    "obu prezydentów|obaj premierzy|obu premierów|dwaj przywódcy|dwóch przywódców|"
                    "obie strony|obu stron|obydwie strony|przywódcy obu państw|przywódcy obu krajów|"
                    "prezydenci obu państw|prezydenci obu krajów|przywódców obu państw|przywódców obu krajów|"
                    "rozmówcy|obaj politycy|obu polityków|strony|"
                    # the bare plural, also a group word below: the pair when no meeting of three was told
                    "przywódcy"),
    groups={"trzej przywódcy": 3, "trzech przywódców": 3, "czterej przywódcy": 4, "czterech przywódców": 4},
    pronouns=words("on|ona"),
    # ("go", "ją", "niej" are pronouns only: "przyjął go", "rozmawiał z nią", "u niej"; "jej" is also "her"
    # before a noun and is left out)
    object_pronouns=words("nim|niego|mu|jemu|go|nią|ją|niej|gościa|gościem"),
    plural_pronouns=words("oni|one"),
    # a plural past with no subject, in a sentence naming nobody, is the pair's ("Spotkali się 10 maja w
    # Kijowie"; rules._dropped_they): Polish has no auxiliary, the verb itself is plural
    plural_auxiliaries=words("spotkali|rozmawiali|widzieli|spotykali|rozmawiały|spotkały"),
    feminine=words("ona|nią|ją|niej"),
    masculine=words("on|nim|niego|mu|jemu|go"),
    pair_possessives=words("ich"),
    indefinites=words("jakiś|jakiegoś|jakimś|żaden|żadnego"),
    predicatives=words("jako|w roli"),
    quantifiers=words("kilku|wielu|innych|niektórych|szeregu|kilkunastu"),
    phone=words("rozmowa telefoniczna|rozmowę telefoniczną|rozmowy telefonicznej|rozmowie telefonicznej|"
                "rozmową telefoniczną|rozmowy telefoniczne|telefonicznie|telefonicz*|przez telefon|"
                "zadzwonił|zadzwoniła|zadzwonili|zatelefonował|zatelefonowała|dzwonił|dzwoniła|telefon|"
                "telefonu|telefonem"),
    video=words("wideokonferencj*|wideorozmow*|połączenie wideo|połączenia wideo|połączeniu wideo|"
                "za pośrednictwem łącza wideo|online|zdalnie"),
    written=words("list|listu|listem|liście|listy|pismo|pisma|depesza|depeszę|depeszy|depeszą|"
                  "napisał do|napisała do|wysłał list|wysłała list|przesłał list|przesłała list|orędzie"),
    greeting=words("pogratulował|pogratulowała|pogratulowali|gratulacj*|kondolencj*|złożył gratulacje|"
                   "złożyła gratulacje|złożył kondolencje|złożyła kondolencje|złożył życzenia|życzenia"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("wspólna konferencja prasowa|wspólnej konferencji prasowej|"
                      "wspólną konferencję prasową|wspólnym briefingu|wspólny briefing|"
                      "wspólne oświadczenie dla mediów|wspólnym oświadczeniu dla mediów"),
    in_person=words(
        # round fifteen: the feminine handshake; a guest hosted
        "uścisnęła dłoń|uścisnęli dłonie|uścisnęli sobie dłonie|ugościł|ugościła|ugościli|"
        # round fifteen: the greeting and the embrace; seeing each other
        "przywitał|przywitała|przywitali|uściskał|uściskała|uściskali się|zobaczyli się|"
        "widzieli się|"
        "spotka*|spotka się|spotkają się|spotkał się|spotkała się|spotkali się|spotkanie|"
                    # "szczyt między Trumpem a Putinem": a summit of two is their meeting
                    "szczyt między|szczytu między|szczycie między|"
                    "spotkania|spotkaniu|"
                    "spotkaniem|spotykał się|spotykali się|przyjął|przyjęła|przyjęli|gościł|gościła|"
                    # the passive: "zostali przyjęci w Białym Domu przez prezydenta X"
                    "przyjęty|przyjęta|przyjęci|przyjmowany|przyjmowana|"
                    "podejmował|podejmowała|wizyt*|odwiedził|odwiedziła|odwiedzili|odwiedzi*|przybył|"
                    "przybyła|przybyli|przyleciał|przyleciała|przylecieli|złożył wizytę|złożyła wizytę|"
                    "uścisnęli dłonie|uścisnął dłoń|uścisk dłoni|powitał|powitała|objęli się|"
                    "w cztery oczy|rozmowa w cztery oczy|rozmowy w cztery oczy|tête-à-tête|"
                    "podpisali|podpisał|podpisała|"
                    "odznaczył|odznaczyła|wręczył|wręczyła|obiad roboczy|kolacja|kolację|kolacji|"
                    "śniadanie robocze|trójstronn*|trzystronn*"),
    talk=words(
        # round fifteen: views exchanged, conferring
        "wymienił poglądy|wymieniła poglądy|wymienili poglądy|naradzał się|naradzała się|"
        "naradzali się|konferował|konferowała|konferowali|"
        "rozmowy|rozmów|rozmowach|rozmowami|negocjacj*|negocjowali|dyskutowali|dyskusj*|omówili|"
               "omówił|omówiła|omawiali|omawiał|omawiała|konsultacj*|dialog*|uzgodnili|ustalili|"
               "porozumieli się|wymienili poglądy|wymiana poglądów|wymiany poglądów|debatowali|"
               "wymienili uwagi|wymiana zdań|wymiany zdań|wymianę zdań|"
               "rozmawiali o|rozmawiał o|rozmawiała o"),
    spoke=words("rozmawiał|rozmawiała|rozmawiali|rozmowa|rozmowę|rozmowie|rozmową|porozmawiał|"
                "porozmawiała|porozmawiali"),
    roundup=words("gratulacje|depesze|listy|przywódcy"),
    not_cues=words("podpisał ustawę|podpisała ustawę|podpisał dekret|"
                   "przyjął ustawę|przyjęła ustawę|przyjęli ustawę|przyjął rezygnację|przyjęła rezygnację|"
                   "przyjął dymisję|przyjęła dymisję|przyjął zaproszenie|przyjęła zaproszenie|"
                   "przyjął przysięgę|przyjęli rezolucję|przyjęli deklarację|przyjął deklarację|"
                   "przyjęła deklarację|konferencja prasowa|konferencji prasowej|"
                   "konferencję prasową|list gończy|listu gończego|wezwał do|wezwała do|"
                   "spotkał się z krytyką|"
                   "spotkała się z krytyką|spotkało się z krytyką|spotkał się z falą|spotkała się z falą"),
    caller_words=words("zadzwonił|zadzwoniła|zatelefonował|zatelefonowała"),
    from_words=words("od|ze strony"),
    receive_words=words("otrzymał|otrzymała|odebrał telefon|odebrała telefon"),
    initiative=words("z inicjatywy|na prośbę|na zaproszenie|na wniosek"),
    planned=words("spotka|spotkają|spotka się|spotkają się|ma się spotkać|mają się spotkać|ma się odbyć|"
                  "mają się odbyć|miał się spotkać|miała się spotkać|mieli się spotkać|miało się odbyć|"
                  "miał się odbyć|miała się odbyć|odwiedzi|odwiedzą|przyjmie|przyjmą|będzie|będą|"
                  "planowan*|zaplanowan*|planuje|planują|zamierza|zamierzają|odbędzie się|odbędą się|"
                  "przyszł*|zaprosił|zaprosiła|zaproszenie|zaproszeni*|jutro|wkrótce|niebawem|"
                  "oczekiwan*|przyjedzie|przyjadą|przyleci|przylecą|uda się|porozmawia|porozmawiają|omówią|"
                  "omówi|podpiszą|podpisze|zadzwoni|gotów|gotowy|gotowa|gotowi|chce|chcą|chciałby|"
                  "chciałaby|możliw*|ewentualn*|zapowiedział|zapowiedziała|zapowiedzian*|zapowiedź|"
                  "spodziewa się|spodziewane|przewidzian*|przewiduje|harmonogram*|"
                  # "dojdzie do spotkania": a meeting will come about
                  "dojdzie do|ma dojść do|mają dojść do|miało dojść do|miałoby dojść do|"
                  # the reflexive after the verb: "mają spotkać się w Budapeszcie"; "otwarty na rozmowę z X"
                  "ma spotkać się|mają spotkać się|miał spotkać się|miała spotkać się|mieli spotkać się|"
                  "otwarty na|otwarta na|otwarci na"),
    # "oczekuje się, że": everything after it in the sentence is planned
    planned_sentence=words("oczekuje się że|planuje się że|przewiduje się że|zaplanowano że"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("rzekomo|podobno|plotki"),
    exclusions=words("wykluczone|wykluczony|wykluczona|wykluczył|wykluczyła|wyklucza|wykluczają|"
                     "nie wchodzi w grę"),
    negation=words("nie|ani|bez|brak|odwołan*|odwołał|odwołała|odwołali|przełożon*|przełożył|przełożyła|"
                   "przełożyli|anulowan*|nigdy"),
    denial=words("zaprzeczył|zaprzeczyła|zdementował|zdementowała|dementuje|nie planuje się|"
                 "nie jest planowane|nie jest planowana|nie przewiduje się|nie było|nie ma w planach|"
                 "nie jest przewidziane|nie jest przewidziana|"
                 # "the meeting did not take place", "it did not come to a meeting"
                 "nie doszło|nie dojdzie|nie odbyło się|nie odbyła się|nie odbył się|nie odbędzie się|"
                 "nie odbędą się|się nie odbyło|się nie odbyła|się nie odbył|się nie odbędzie|"
                 "się nie odbędą"),
    visit=words("wizyt*|z wizytą|odwiedził|odwiedziła|przybył|przybyła|przyleciał|przyleciała|"
                "przybyli|przylecieli|przyjechał|przyjechała|przyjechali|"
                # went, flew there ("pojechał do Waszyngtonu w 2019 roku"): travel verbs, no cue
                "pojechał|pojechała|pojechali|poleciał|poleciała|polecieli|udał się|udała się|"
                "wizyta państwowa|oficjalna wizyta|kreml*|biały dom|białym domu|białego domu|"
                "pałac prezydencki|pałacu prezydenckim|pałacu prezydenckiego|belweder*|pałac elizejski|"
                "pałacu elizejskim"),
    summit=words("szczyt|szczycie|szczytu|szczytem|na marginesie|w kuluarach|kuluar*|zgromadzenia ogólnego|"
                 "zgromadzeniu ogólnym|zgromadzenie ogólne|g20|g7|grupy siedmiu|forum|trójstronn*"),
    fillers=words("republiki|federacji|królestwa|państwa|pan|pani|pana|panem|panią"),
    relative=words("który|która|które|którego|której|któremu|którym|którą|którzy|gdzie"),
    members=words("w skład delegacji weszli|w skład delegacji wchodzili|w delegacji znaleźli się"),
    companions=words("wraz z|wraz ze|razem z|razem ze|w towarzystwie|w asyście"),
    # "dzień po rozmowach z X": the talks a count of days starts from are a clause of their own ("po" alone
    # is too frequent: "po raz pierwszy")
    subordinators=words("przed|zanim|gdy|kiedy|podczas gdy|chociaż|choć|po tym jak|po tym, jak|dzień po|"
                        "dni po"),
    present=words("spotyka się|spotykają się|przyjmuje|przyjmują|odwiedza|odwiedzają|gości"),
    complementizers=words("że|żeby|aby"),
    reporting=words("powiedział|powiedziała|oświadczył|oświadczyła|poinformował|poinformowała|przekazał|"
                    "przekazała|zaznaczył|zaznaczyła|podkreślił|podkreśliła|według|napisał|napisała|dodał|"
                    "dodała|stwierdził|stwierdziła|poinformowano|przekazano|podano|poinformowali|przekazali"),
    units_ago={**mapping(7, "tygodnie temu|tygodni temu|tydzień temu"),
               **mapping(30, "miesiące temu|miesięcy temu|miesiąc temu"),
               **mapping(365, "lata temu|lat temu|rok temu")},
    months={**mapping(1, "styczeń|stycznia|styczniu"), **mapping(2, "luty|lutego|lutym"),
            **mapping(3, "marzec|marca|marcu"), **mapping(4, "kwiecień|kwietnia|kwietniu"),
            **mapping(5, "maj|maja|maju"), **mapping(6, "czerwiec|czerwca|czerwcu"),
            **mapping(7, "lipiec|lipca|lipcu"), **mapping(8, "sierpień|sierpnia|sierpniu"),
            **mapping(9, "wrzesień|września|wrześniu"),
            **mapping(10, "październik|października|październiku"),
            **mapping(11, "listopad|listopada|listopadzie"), **mapping(12, "grudzień|grudnia|grudniu")},
    weekdays={**mapping(0, "poniedziałek|poniedziałku"), **mapping(1, "wtorek|wtorku"),
              **mapping(2, "środa|środę|środy"), **mapping(3, "czwartek|czwartku"),
              **mapping(4, "piątek|piątku"), **mapping(5, "sobota|sobotę|soboty"),
              **mapping(6, "niedziela|niedzielę|niedzieli")},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "zeszłej jesieni|ubiegłej jesieni|jesienią ubiegłego roku"),
                  **mapping(7, "zeszłego lata|ubiegłego lata|latem ubiegłego roku"),
                  **mapping(4, "zeszłej wiosny|ubiegłej wiosny|wiosną ubiegłego roku")},
    relative_years={"w zeszłym roku": -1, "w ubiegłym roku": -1, "w tym roku": 0, "zeszłego roku": -1,
                    "ubiegłego roku": -1, "tego roku": 0, "bieżącego roku": 0},
    relative_months={"rok temu": -12, "dwa lata temu": -24, "rok wcześniej": -12, "w zeszłym miesiącu": -1,
                     "w ubiegłym miesiącu": -1, "w tym miesiącu": 0,
                     # the genitive after "pod koniec", "na początku", "w połowie" ("pod koniec ubiegłego
                     # miesiąca")
                     "ubiegłego miesiąca": -1, "zeszłego miesiąca": -1, "poprzedniego miesiąca": -1,
                     "tego miesiąca": 0, "bieżącego miesiąca": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"kilka dni temu": -3, "przed kilkoma dniami": -3,
                   "dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2,
                   "wczoraj wieczorem": -1, "dziś rano": 0},
    relative_weeks={"w zeszłym tygodniu": -1, "w ubiegłym tygodniu": -1, "w tym tygodniu": 0,
                    "ubiegłego tygodnia": -1, "zeszłego tygodnia": -1,
                    "w przyszłym tygodniu": 1, "w minionym tygodniu": -1,
                    # "in recent days": the days just gone, kept as the month they fall in
                    "w ostatnich dniach": 0, "w ciągu ostatnich dni": 0},
    anchored_days={"następnego dnia": 1, "nazajutrz": 1, "dzień później": 1, "dzień wcześniej": -1,
                   "tego samego dnia": 0, "w przeddzień": -1, "poprzedniego dnia": -1},
    day_units={"dni później": 1, "dni potem": 1, "dni wcześniej": -1},
    # "dwa dni po spotkaniu z X", "dzień po rozmowie z X": a contact inside that event is that many days
    # before the main one
    event_units={"dni po": 1, "dni przed": -1},
    event_days={"dzień po": 1, "nazajutrz po": 1, "dzień przed": -1},
    day_units_ago=words("dni temu|dzień temu"),
    past=words("ubiegł*|zeszł*"),
    month_leads=words("w|we|od|do|na początku|pod koniec|w połowie|z początkiem|na przełomie|początku|"
                      "końcu|połowie"),
    year_leads=words("w|od|do"),
    year_tails=words("roku|r"),
    numbers={**mapping(1, "jeden|jedna|jedno"), **mapping(2, "dwa|dwie|dwóch"), **mapping(3, "trzy|trzech"),
             "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10},
    restating=words("była to|był to|było to|to była|to był|to było|to"),
    # "od objęcia urzędu w grudniu": the date after the whole phrase is the "since"'s (a short first word
    # governs only a date right after it, so the phrase takes the date's preposition too)
    since=words("od|od czasu|" + "|".join(
        f"{p}{e}" for p in ("od objęcia urzędu", "od objęcia władzy", "od objęcia stanowiska",
                            "od objęcia funkcji", "od zaprzysiężenia") for e in ("", " w", " we"))),
    since_contacts=words("od czasu"),
    firsts=words("pierwsz*|po raz pierwszy"),
    joins=words("dołączył|dołączyła|dołączyli|wziął udział|wzięła udział|wzięli udział|uczestniczył|"
                "uczestniczyła|uczestniczyli|trójstronn*"),
    place_relatives=words("gdzie|dokąd"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("odznaczył|odznaczyła|wręczył|wręczyła|powitał|powitała"),
    time_relatives=words("kiedy|gdy"),
    joint_acts=words("otworzyli|zainaugurowali|złożyli wieńce|złożyli kwiaty|odsłonili"),
    # PAP's and the portals' page lines: another story's headline, a photo caption; the late leader
    read_also=words("czytaj też|czytaj także|czytaj również|czytaj więcej|zobacz też|zobacz także|"
                    "przeczytaj też|przeczytaj także|polecamy"),
    captions=words("fot|foto|zdjęcie|na zdjęciu|fotografia"),
    deceased=words("zmarły|zmarłego|zmarłemu|zmarłym|zmarła|zmarłej|zmarłą|nieżyjący|nieżyjącego|"
                   "nieżyjącym|nieżyjąca|nieżyjącej|świętej pamięci|śp"),
    # ("była", "były" are also "was", "were": "rozmowa Trumpa z Putinem była konstruktywna" tells no former
    # leader; "former" is read in its other cases, but "byłą", which folds to "była", and "były prezydent"
    # is among the ministers)
    elect=words("elekt|wybrany|wybrana|nowo wybrany|byłego|byłej|byłemu|byłym|desygnowany|ustępujący|"
                "ustępującego|ustępująca"),
    # no pluperfect: "already" right before a past verb tells the earlier contact ("na początku października
    # już spotkali się w Pradze", the pair's meeting before the report's own)
    pluperfect=words("już"),
    inserts=words("już|też|także|również|ponownie|znów|jeszcze|osobiście|krótko"),
    stopwords=words("i|w|we|na|z|ze|do|od|o|u|za|po|nie|że|jak|on|ona|oni|to|się|a|ale|lub|czy|przez|dla|"
                    "pod|nad|przy"),
    presence=words("w obecności"),
    trilateral=words("trójstronn*|trzystronn*"),
    between=words("między|pomiędzy"),
    # "ich trzecie spotkanie", "trzecia rozmowa obu przywódców" (rules._counted_earlier)
    count_ordinals=words("drugie|drugi|druga|drugą|trzecie|trzeci|trzecia|trzecią|czwarte|czwarty|czwarta"),
    count_higher=words("trzecie|trzeci|trzecia|trzecią|czwarte|czwarty|czwarta"),
    count_owners=words("ich"),
    group_refs=words("przywódcy państw|szefowie państw|przywódców państw|członkowie delegacji|przywódcy"),
    last_time=words("ostatnio|ostatni raz|poprzednio|poprzedni*"),
    during=words("podczas|w trakcie|w czasie"),
    # the invitation made during a contact leaves that contact held ("podczas rozmów zaprosił")
    eves=words("w przeddzień"),
    eve_nouns=words("spotkania|rozmów|wizyty|rozmowy|szczytu"),
    invitations=words("zaprosił|zaprosiła|zaprosili|zaproszenie"),
    public_posts=words("w mediach społecznościowych|na platformie x|w serwisie x|na portalu x|na twitterze|"
                       "na facebooku|na x"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("jeśli|jeżeli|gdyby|o ile"),
    concessives=words("nawet jeśli|nawet gdyby|jak gdyby"),
    urges=words("wezwał|wezwała|wzywa|zaapelował|zaapelowała|apeluje"),
    organizers=words("zwołany przez|zwołane przez|zwołanym przez|zorganizowany przez|zorganizowane przez|"
                     "zorganizowanym przez"),
    additives=words("również|także|też|ponadto|poza tym"),
    turns=words("tymczasem|w międzyczasie|niezależnie od tego"),
    then_words=words("wówczas|wtedy|przy tej okazji|podczas tamtej wizyty|podczas tamtego spotkania"),
    with_words=words("z|ze"),
    iteratives=words("dwukrotnie|trzykrotnie|wielokrotnie|kilkakrotnie|kilka razy"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
    # the seats of government, in the locative, are places like their capitals ("rozmawiali w Białym Domu"
    # is a meeting; the genitive, "rzecznik Białego Domu", names the institution and is left out)
    seats={"białym domu": "USA", "gabinecie owalnym": "USA", "pałacu elizejskim": "FRA",
           "downing street": "GBR"},
    topics={
        "bilateral_relations": words("dwustronn*|bilateraln*|współprac*|stosunki|stosunków|stosunkach|"
                                     "stosunkami|stosunkom|relacj*|partnerstw*|"
                                     "przyjaźń|przyjaźni|sojusz*|sojusznik*|obu krajów|obu państw|"
                                     "stosunki dyplomatyczne|ambasad*|wiz|wizy|wizowy|wizowego"),
        # (not "gospodar*": "gospodarz", the host of a visit or summit, begins so)
        "trade_economy": words("handel|handlu|handlow*|gospodark*|gospodarce|gospodarcz*|gospodarek|"
                               "ekonomi*|ekonomiczn*|cła|ceł|cło|"
                               "taryf*|finans*|rynk*|rynek|eksport*|import*|wolnego handlu|budżet*|walut*|"
                               "zadłużeni*|długu|kredyt*|mfw|bank światowy|banku światowego|inflacj*|"
                               "przedsiębiorst*|"
                               "firm*|metali ziem rzadkich"
                               "|cłami|cłach"),
        "investment": words("inwestycj*|inwestor*|inwestow*|fundusz*|inwestuj*|zainwestow*|kapitał*"),
        "energy": words("energi*|energetyczn*|energetyk*|ropa|ropy|naftow*|gaz|gazu|gazow*|lng|elektrowni*|"
                        "odnawialn*|gazociąg*|ropociąg*|słoneczn*|wiatrow*|wodór|wodoru|węgiel|węgla|opec|"
                        "paliw*|atom*"
                        "|ropę|ropą|ropie|gazem|węglem"),
        "security_defense": words("bezpieczeństw*|obronn*|obrony|obronie|wojskow*|armi*|broń|broni|rakiet*|"
                                  "żołnierz*|wojsk*|obrony powietrznej|gwarancj* bezpieczeństwa|"
                                  "odstraszani*|marynark*|myśliw*|dron*|amunicj*|nato|patriot|f-16|"
                                  "zbrojeni*|zbrojeń|handel narkotykami|handlu narkotykami|"
                                  "przestępczoś* zorganizowan*|kartel*|fentanyl*"
                                  "|bronią|obrona|obronę|obroną"),
        "counterterrorism": words("terroryzm*|terroryst*|ekstremizm*|ekstremist*|państwo islamskie|"
                                  "państwa islamskiego|isis|dżihadyst*"),
        "conflict_ceasefire": words("zawieszeni* broni|rozejm*|wojn*|konflikt*|inwazj*|eskalacj*|"
                                    "deeskalacj*|działa* wojenn*|pokoj*|pokój|negocjacj* pokojow*|"
                                    "proces* pokojow*|agresj*|atak*|ofensyw*|plan pokojowy|"
                                    "planu pokojowego|zakładni*|wymian* jeńców|jeńc*|ostrzał*|bombardowa*|"
                                    "kryzys*|ukraina|ukrainy|ukrainie|ukrainę|ukrainą|"
                                    "porozumieni* pokojow*|rozmow* pokojow*|mediacj*|mediator*|"
                                    "zbrodni* wojenn*|rebeli*|bojówk*|linii frontu|linia frontu|"
                                    "na froncie"
                                    "|działań zbrojnych|działania zbrojne"),
        "humanitarian": words("humanitarn*|pomoc|pomocy|pomocow*|cywil*|głód|głodu|ewakuacj*|"
                              "deportowan* dzieci|"
                              "trzęsieni* ziemi|powodzi*|powódź|ofiar*|czerwon* krzyż*"),
        "reconstruction": words("odbudow*|rekonstrukcj*"),
        "migration_refugees": words("uchodźc*|migracj*|migrant*|imigra*|azyl*"),
        "nuclear_nonproliferation": words("nuklearn*|jądrow*|nieproliferacj*|wzbogacani* uranu|uran*|maea|"
                                          "denuklearyzacj*|zaporoskiej elektrowni|zaporoska elektrownia"),
        "climate_environment": words("klimat*|środowisk*|ekologi*|emisj*|ocieplani*|dwutlenk*|"
                                     "bioróżnorodnoś*"),
        "health": words("zdrowi*|zdrowotn*|pandemi*|koronawirus*|covid*|szczepion*|epidemi*|medyczn*|"
                        "szpital*|chorob*"),
        "regional_situation": words("region*|sytuacj*|bliski wschód|bliskim wschodzie|bliskiego wschodu|"
                                    "strefa gazy|strefie gazy|strefy gazy|kaukaz*|sąsiad*|regionaln*|"
                                    "morze czarne|morza czarnego|morzu czarnym|wschodniej flanki|"
                                    "wschodnia flanka|półwys* koreańsk*|korea północna|korei północnej|"
                                    "koreą północną|haiti|jemen*|sudan*|libii|libia|syri*|morze czerwone|"
                                    "morzu czerwonym|morza czerwonego|talib*"),
        "sovereignty_territorial_integrity": words("suwerennoś*|integralnoś* terytorialn*|niepodległoś*|"
                                                   "aneksj*|okupowan*|okupacj*|separaty*|secesj*|"
                                                   "samostanowieni*|tajwan*|morze południowochińskie|"
                                                   "morzu południowochińskim|jednych chin|terytorialn*"
                                                   "|spor* graniczn*|sporu granicznego|delimitacj*"
                                                   "|demarkacj*"),
        "domestic_politics_elections": words("wybory|wyborów|wyborach|wyborami|wyborom|wyborcz*|reelekcj*|"
                                             "referendum|referendów|parlament*|"
                                             "sejm*|głosowani*|wyborc*|konstytucj*|opozycj*|zamach* stanu"),
        "ceremonial": words("gratulacj*|kondolencj*|rocznic*|święto|świąt|świętem|świąteczn*|święto narodowe|"
                            "święta narodowego|nowy rok|nowego roku|order*|odznaczeni*|"
                            "odznaczył*|pogrzeb*|uroczystoś*"
                            "|pogratulował*|gratulow*|życzenia|współczuci*|wyrazy współczucia|pogrzebie"),
        "sanctions": words("sankcj*|embargo|pułap cenowy|pułapu cenowego|zamrożon* aktyw*|restrykcj*|"
                           "kontrol* eksportu|ograniczeni* eksportu|środki karne|środków karnych"),
        "human_rights_minorities": words("praw* człowieka|mniejszoś*|więźni* polityczn*|praworządnoś*|"
                                         "represj*|tortur*|wolnoś* słowa|wolnoś* religijn*|"
                                         "społeczeństw* obywatelsk*|opozycjonist*|aktywiś*|aktywist*|"
                                         "ujgur*|dyskryminacj*|rasizm*|kar* śmierci|lgbt*"),
        "multilateral_diplomacy": words("onz|narodów zjednoczonych|wielostronn*|g7|brics|"
                                        "rad* bezpieczeństwa|"
                                        "rady bezpieczeństwa|unia europejska|unii europejskiej|ue|"
                                        "unia afrykańska|zgromadzeni* ogóln*|społecznoś* międzynarodow*|obwe|"
                                        "wto|nato|koalicj* chętnych|trójkąt* weimarsk*|grup* wyszehradzk*|"
                                        "członkostw*|akcesj*|integracj* europejsk*"),
        "infrastructure_transport": words("infrastruktur*|transport*|logistyk*|kolejow*|kolei|port|"
                                          "portu|porty|"
                                          "portów|żeglug*|drogow*|autostrad*|lotnisk|lotniskami|lotniskach|korytarz*|morsk*|"
                                          "most|mostu|"
                                          "tranzyt*|via carpatia|cpk"),
        "food_agriculture": words("żywnoś*|żywnościow*|zboż*|pszenic*|rolnictw*|rolnicz*|rolnik*|nawoz*|"
                                  "plon*|agro*|rybołówstw*|hodowl*|mięso|mięsa|mięsem|mięsie|mięsn*|"
                                  "kukurydz*|produkt* roln*|"
                                  "bezpieczeństw* żywnościow*"),
        "technology": words("technologi*|technologiczn*|cyfrow*|sztuczn* inteligencj*|półprzewodnik*|chip*|"
                            "cyber*|innowacj*|kosmiczn*|kosmos*|satelit*|telekomunikacj*|kwantow*"),
        "culture_education_tourism": words("kultur*|edukacj*|oświat*|turysty*|turyst*|studen*|uniwersyte*|"
                                           "uczelni*|sport*|dziedzictw*|muze*|język*|"
                                           "pamięci historycznej|ekshumacj*|wołyń*"),
    },
    places={"strefa gazy": "Gaza", "strefie gazy": "Gaza", "strefy gazy": "Gaza", "gaza": "Gaza",
            "bliski wschód": "Middle East", "bliskim wschodzie": "Middle East", "krym": "Crimea",
            "krymu": "Crimea", "donbas": "Donbas", "donbasu": "Donbas", "donbasie": "Donbas"},
)
