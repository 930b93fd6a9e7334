"""Romanian (the usage of Agerpres, Digi24, HotNews, Adevărul and, for Moldova, Moldpres and IPN).

Latin-script words are matched as written (folded: "ș", "ț", "ă", "â", "î" meet their bare letters), so the
articled and genitive forms of titles and cue nouns are written out ("președintele", "președintelui") or ended
with "*". Country names take the genitive-dative of the definite article from `_noun_cases` ("Franța" ->
"Franței", "Iran" -> "Iranului"); demonyms are written with their endings or as prefixes.
The hyphenated clitics ("s-a întâlnit", "l-a sunat") are split at the hyphen by the tokenizer and written so.
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, stemmed_words

# the endings an inner stem of a phrase takes ("drepturi* omului" -> "drepturile omului", ...)
_ENDINGS = "a e i ă ea ei ii ul ului le lor ile ilor"

# "|"-separated phrases, each inner stem ("stem* word") spelled out with the endings above
words = stemmed_words(_ENDINGS)


def _noun_cases(noun: str) -> list[str]:
    """Return a place name's definite and genitive-dative forms (Franța -> Franței, Iran -> Iranului)."""
    low = noun.lower()
    if " " in noun or not noun[-1:].isalpha():
        return [noun]
    if low.endswith("ia"):  # Rusia -> Rusiei, România -> României
        return [noun, noun[:-1] + "ei"]
    if low.endswith("a"):  # Franța -> Franței, China -> Chinei, Ucraina -> Ucrainei
        return [noun, noun[:-1] + "ei"]
    if low[-1] in "bcdfghjklmnpqrstvwxzș":  # Iran -> Iranul, Iranului
        return [noun, noun + "ul", noun + "ului"]
    return [noun]


# Country names, demonyms and capitals in Romanian (ISO3; names; demonyms; capitals). Multi-word names are
# written with their genitive; the demonym adjectives with their endings or as prefixes where no other
# common word starts alike ("rus*" would read "rușine", shame: its forms are written out).
_PLACES = place_table("""
USA; SUA/Statele Unite/Statelor Unite/Statele Unite ale Americii/Statelor Unite ale Americii/America;
    american*; Washington
RUS; Rusia/Federația Rusă/Federației Ruse; rus/rusă/ruși/ruse/rusul/rusului/rușii/rușilor/rusesc/rusească/
    rusești; Moscova
CHN; China/R.P. Chineză; chinez*; Beijing
FRA; Franța; francez*; Paris
DEU; Germania; german*; Berlin
GBR; Marea Britanie/Marii Britanii/Regatul Unit/Regatului Unit; britanic*; Londra
ITA; Italia; italian*/italien*; Roma
ESP; Spania; spaniol*; Madrid
PRT; Portugalia; portughez*; Lisabona
UKR; Ucraina; ucrainean*/ucrainen*; Kiev/Kyiv
ROU; România; român*/românesc/românească/românești; București
MDA; Republica Moldova/Republicii Moldova/Moldova; moldovean*/moldoven*; Chișinău
POL; Polonia; polonez*; Varșovia
HUN; Ungaria; ungar*/maghiar*; Budapesta
SVK; Slovacia; slovac*; Bratislava
CZE; Cehia/Republica Cehă/Republicii Cehe; ceh/cehă/cehi/cehe/cehul/cehului/cehii/cehilor; Praga
BGR; Bulgaria; bulgar*; Sofia
SRB; Serbia; sârb*; Belgrad
GRC; Grecia; grec/greacă/greci/grece/grecul/grecului/grecii/grecilor/grecesc/grecească; Atena
AUT; Austria; austriac*; Viena
CHE; Elveția; elvețian*; Berna
NLD; Țările de Jos/Țărilor de Jos/Olanda; olandez*/neerlandez*; Amsterdam/Haga
BEL; Belgia; belgian*; Bruxelles
SWE; Suedia; suedez*; Stockholm
FIN; Finlanda; finlandez*; Helsinki
NOR; Norvegia; norvegian*; Oslo
DNK; Danemarca; danez*; Copenhaga
IRL; Irlanda; irlandez*; Dublin
HRV; Croația; croat/croată/croați/croate/croatul/croatului; Zagreb
SVN; Slovenia; sloven*; Ljubljana
LTU; Lituania; lituanian*; Vilnius
LVA; Letonia; leton*; Riga
EST; Estonia; estonian*; Tallinn
BLR; Belarus/Belarusului/Belarusul; belarus*; Minsk
GEO; Georgia; georgian*; Tbilisi
ARM; Armenia; armean*/armen*; Erevan
AZE; Azerbaidjan; azer/azeră/azeri/azerbaidjan*; Baku
KAZ; Kazahstan; kazah*; Astana
TUR; Turcia; turc/turcă/turci/turce/turcul/turcului/turcii/turcilor/turcesc/turcească; Ankara/Istanbul
ISR; Israel; israelian*/israelien*; Ierusalim/Tel Aviv
PSE; Palestina/Autoritatea Palestiniană/Autorității Palestiniene; palestinian*/palestinien*
IRN; Iran; iranian*/iranien*; Teheran
IRQ; Irak; irakian*/irakien*; Bagdad
SYR; Siria; sirian*/sirien*; Damasc
JOR; Iordania; iordanian*/iordanien*; Amman
LBN; Liban; libanez*; Beirut
EGY; Egipt; egiptean*/egiptene; Cairo
SAU; Arabia Saudită/Arabiei Saudite; saudit*; Riad
ARE; Emiratele Arabe Unite/Emiratelor Arabe Unite/EAU; emiratez*; Abu Dhabi
QAT; Qatar; qatarez*; Doha
JPN; Japonia; japonez*; Tokyo
KOR; Coreea de Sud/Coreei de Sud; sud-coreean*/sud-coreen*; Seul
PRK; Coreea de Nord/Coreei de Nord; nord-coreean*/nord-coreen*; Phenian
IND; India; indian*/indien*; New Delhi
PAK; Pakistan; pakistanez*; Islamabad
CAN; Canada; canadian*/canadien*; Ottawa
MEX; Mexic; mexican*; Ciudad de Mexico
BRA; Brazilia; brazilian*/brazilien*; Brasilia
ARG; Argentina; argentinian*/argentinien*; Buenos Aires
AUS; Australia; australian*/australien*; Canberra
ZAF; Africa de Sud/Africii de Sud; sud-african*; Pretoria
VAT; Vatican/Sfântul Scaun/Sfântului Scaun; vatican*
EU; Uniunea Europeană/Uniunii Europene/UE; european*
""", _noun_cases)


LEXICON = Lexicon(
    lang="ro",
    # in the Romanian press (Agerpres, Digi24) "președintele" or "premierul" alone is Romania's; a Moldovan
    # outlet's text ("Moldpres", "IPN") means Moldova's
    home="ROU",
    home_markers={"moldpres": "MDA", "ipn": "MDA", "parlamentul de la chișinău": "MDA"},
    titles={
        **mapping("president", "președinte|președintele|președintelui|președinta|președintei|"
                               "președintă|șef de stat|șeful statului|șefului statului|șefa statului|"
                               "șefei statului|șeful de stat|șefului de stat"),
        **mapping("prime_minister", "premier|premierul|premierului|premiera|premierei|prim-ministru|"
                                    "prim-ministrul|prim-ministrului|prim-ministra|prim-ministrei|"
                                    "șeful guvernului|șefului guvernului|șefa guvernului|"
                                    "șefei guvernului|șeful executivului|șefului executivului"),
        **mapping("chancellor", "cancelar|cancelarul|cancelarului|cancelara|cancelarei"),
        **mapping("monarch", "rege|regele|regelui|regina|reginei|emir|emirul|emirului|sultan|sultanul|"
                             "sultanului|monarh|monarhul|monarhului|împărat|împăratul|împăratului"),
        **mapping("crown_prince", "prinț moștenitor|prințul moștenitor|prințului moștenitor"),
        **mapping("supreme_leader", "liderul suprem|liderului suprem|ghidul suprem|ghidului suprem"),
        **mapping("pope", "papa|papei|papă|suveranul pontif|suveranului pontif|sfântul părinte|"
                          "sfântului părinte"),
        **mapping(None, "lider|liderul|liderului|lidera|liderei|conducător|conducătorul|conducătorului"),
    },
    plural_titles={
        **mapping("president", "președinți|președinții|președinților|șefi de stat|șefii de stat|"
                               "șefilor de stat"),
        **mapping("prime_minister", "premieri|premierii|premierilor|prim-miniștri|prim-miniștrii|"
                                    "prim-miniștrilor|șefi de guvern|șefii de guvern|șefilor de guvern"),
        **mapping(None, "lideri|liderii|liderilor"),
    },
    org_titles={
        **mapping("UN", "secretarul general al onu|secretarului general al onu|"
                        "secretarul general al națiunilor unite|secretarului general al națiunilor unite|"
                        "șeful onu|șefului onu"),
        **mapping("EU", "președinta comisiei europene|președintei comisiei europene|"
                        "președintele comisiei europene|președintelui comisiei europene|"
                        "președintele consiliului european|președintelui consiliului european"),
    },
    country_titles={
        **mapping(("RUS", "head_of_state"), "liderul de la kremlin|liderului de la kremlin|"
                                            "șeful kremlinului|șefului kremlinului|stăpânul kremlinului"),
        **mapping(("USA", "head_of_state"), "liderul de la casa albă|liderului de la casa albă|"
                                            "locatarul casei albe|liderul american|liderului american"),
        **mapping(("CHN", "head_of_state"), "liderul chinez|liderului chinez|liderul de la beijing|"
                                            "liderului de la beijing"),
        **mapping(("MDA", "head_of_state"), "președinta republicii moldova|președintei republicii moldova"),
        **mapping(("ROU", "head_of_state"), "președintele româniei|președintelui româniei|"
                                            "șeful statului român|șefului statului român"),
    },
    ministers=words("ministru|ministrul|ministrului|ministra|ministrei|miniștri|miniștrii|miniștrilor|"
                    "ministrul de externe|ministrului de externe|ministrul afacerilor externe|"
                    "ministrului afacerilor externe|ministrul apărării|ministrului apărării|"
                    "șeful diplomației|șefului diplomației|șefa diplomației|șefei diplomației|"
                    "purtător de cuvânt|purtătorul de cuvânt|purtătorului de cuvânt|purtătoarea de cuvânt|"
                    "ambasador|ambasadorul|ambasadorului|ambasadoarea|trimis special|trimisul special|"
                    "trimisului special|emisar|emisarul|emisarului|consilier|consilierul|consilierului|"
                    "consilierul prezidențial|vicepremier|vicepremierul|vicepremierului|"
                    "vicepreședinte|vicepreședintele|vicepreședintelui|vicepreședinta|"
                    "secretar de stat|secretarul de stat|secretarului de stat|"
                    "președintele senatului|președintelui senatului|președintele camerei deputaților|"
                    "președintelui camerei deputaților|președintele parlamentului|"
                    "președintelui parlamentului|președinta parlamentului|primar|primarul|primarului|"
                    "guvernator|guvernatorul|guvernatorului|delegație|delegația|delegației|"
                    "adjunct|adjunctul|adjunctului|liderul opoziției|liderului opoziției|"
                    "fostul președinte|fostului președinte|fostul premier|fostului premier|"
                    "fosta președintă|fostei președinte|fostul prim-ministru|fostului prim-ministru|"
                    "președintele ales|președintelui ales|premierul desemnat|premierului desemnat|"
                    "secretarul general al nato|secretarului general al nato|șeful nato|șefului nato|"
                    "candidat|candidatul|candidatului|candidata|candidatei"),
    counterparts=words("omolog|omologul|omologului|omologa|omologei|omoloaga|omoloagei|omologii|"
                       "omologilor|interlocutor|interlocutorul|interlocutorului|oaspete|oaspetele|"
                       "oaspetelui"),
    pair_refs=words("cei doi lideri|celor doi lideri|cei doi președinți|celor doi președinți|"
                    "cei doi premieri|celor doi premieri|cei doi șefi de stat|celor doi șefi de stat|"
                    "ambii lideri|ambilor lideri|ambii președinți|ambilor președinți|cele două părți|"
                    "celor două părți|ambele părți|ambelor părți|liderii celor două țări|"
                    "liderii celor două state|președinții celor două țări|președinții celor două state|"
                    "cei doi oficiali|cei doi politicieni|cei doi"),
    groups={"cei trei lideri": 3, "celor trei lideri": 3, "cei patru lideri": 4, "celor patru lideri": 4},
    pronouns=words("el|ea"),
    plural_pronouns=words("ei|ele"),
    feminine=words("ea"),
    masculine=words("el"),
    pair_possessives=words("lor"),
    indefinites=words("un|o|vreun|vreo|niciun|nicio"),
    # (not "ca", as: folded it is "că", that)
    predicatives=words("în calitate de|în calitatea sa de"),
    quantifiers=words("mai multor|mai multe|mai mulți|altor|alte|câtorva|unor|numeroși|numeroase"),
    phone=words("convorbire telefonică|convorbirea telefonică|convorbirii telefonice|convorbiri telefonice|"
                "convorbirile telefonice|discuție telefonică|discuția telefonică|discuției telefonice|"
                "discuții telefonice|apel telefonic|apelul telefonic|apelului telefonic|apeluri telefonice|"
                "telefonic|la telefon|prin telefon|a telefonat|au telefonat|a sunat|l a sunat|"
                "a sunat o|au sunat|"
                # the infinitive and the subjunctive alone: "îl va suna", "să îl sune" keep their plan words
                "suna|sune"),
    video=words("videoconferință|videoconferința|videoconferinței|prin videoconferință|"
                "convorbire video|convorbirea video|apel video|apelul video|în format video|"
                "prin legătură video|online"),
    written=words("scrisoare|scrisoarea|scrisorii|scrisori|scrisorile|mesaj|mesajul|mesajului|mesaje|"
                  "telegramă|telegrama|telegramei|a trimis o scrisoare|a adresat o scrisoare|"
                  "a transmis un mesaj|i a transmis un mesaj|i a scris|a scris"),
    greeting=words("felicitări|felicitările|a felicitat|l a felicitat|au felicitat|condoleanțe|"
                   "condoleanțele|a transmis condoleanțe|a transmis felicitări|mesaj de felicitare|"
                   "mesaj de condoleanțe"),
    joint_press=words("conferință de presă comună|conferința de presă comună|conferinței de presă comune|"
                      "declarații comune de presă|declarațiile comune de presă|declarații de presă comune"),
    in_person=words(
        # round fifteen: the handshake, the embrace and a meal together
        "strâns mâna|și-au strâns mâna|au dat mâna|a dat mâna|îmbrățișat|s-au îmbrățișat|a cinat|"
        "au cinat|a luat prânzul|au luat prânzul|"
        "întâln*|întreveder*|întâmpin*|"
                    "a primit|l a primit|a fost primit|a fost primită|au fost primiți|a găzduit|"
                    # the infinitive and the subjunctive after "va", "urmează să": "îl va primi"
                    "primi|primească|găzdui|găzduiască|"
                    "vizit*|"
                    "a efectuat o vizită|efectuează o vizită|a sosit|au sosit|a ajuns|s a deplasat|"
                    "au strâns mâna|și au strâns mâna|strângere de mână|față în față|tête-à-tête|"
                    "în format tête-à-tête|dineu|dineul|cină de lucru|prânz de lucru|dejun de lucru|"
                    "a decorat|l a decorat|a înmânat|trilateral*|"
                    "summit bilateral|summitul bilateral|summitului bilateral|reuniune bilaterală|"
                    "a avut o întâlnire|au avut o întâlnire|a avut o întrevedere|au avut o întrevedere"),
    talk=words("convorbiri|convorbirile|convorbirilor|negocieri|negocierile|negocierilor|discuții|"
               "discuțiile|discuțiilor|au discutat|a discutat|discutat|consultări|consultările|"
               "consultărilor|dialog|dialogul|dialogului|au convenit|au abordat|a abordat|"
               "au analizat|schimb de opinii|schimbul de opinii|schimb de mesaje"),
    spoke=words("a vorbit|au vorbit|a vorbit cu|au vorbit cu|discuție|discuția|discuției|convorbire|"
                "convorbirea|convorbirii|a conversat|au conversat"),
    roundup=words("felicitări|mesaje|lideri|liderii"),
    not_cues=words("conferință de presă|conferința de presă|conferinței de presă|a primit critici|"
                   "a primit premiul|a primit invitația|a primit acordul|a primit votul|a primit sprijinul|"
                   "a cerut|au cerut|a semnat decretul|a promulgat|vizita de lucru a ministrului|"
                   "a sunat alarma|a transmis mesajul că"),
    caller_words=words("a sunat|a telefonat|l a sunat"),
    from_words=words("din partea"),
    receive_words=words("a primit|a primit un telefon|a primit un apel|a primit o scrisoare"),
    initiative=words("la inițiativa|la cererea|la invitația|la solicitarea"),
    # the future's auxiliary alone ("se va întâlni"): the cue verb after it is the cue's own phrase
    planned=words("va|vor|urmează să|urmează|va avea loc|vor avea loc|speră să|sper să|"
                  "ar urma să|ar putea|programat|programată|programate|planificat|planificată|"
                  "planificate|plănuiește|plănuiesc|intenționează|viitoare|viitor|invitat|invitată|"
                  "invitația|a invitat|l a invitat|i a invitat|mâine|în curând|curând|așteptat|așteptată|"
                  "este așteptat|este așteptată|preconizat|preconizată|posibil|posibilă|o să|"
                  "eventual|eventuală|dorește|doresc|vrea|vor să|pregătește|pregătesc|gata să|dispus să|"
                  "dispusă să|pregătit să|ar dori|ar vrea|programul vizitei|"
                  "a anunțat că va|au anunțat că vor"),
    planned_sentence=words("este de așteptat ca|se așteaptă ca|se preconizează că|urmează ca|"
                           "este programat ca|este prevăzut ca"),
    future_endings=(),
    exclusions=words("exclusă|exclus|a exclus|au exclus|este exclus|nu se pune problema"),
    negation=words("nu|n|niciun|nicio|fără|anulat|anulată|a anulat|au anulat|amânat|amânată|a amânat|"
                   "au amânat|niciodată|nici"),
    denial=words("a dezmințit|a negat|a infirmat|au dezmințit|au negat|a dezmințit că|"
                 "nu este planificată|nu este planificat|nu este prevăzută|nu este prevăzut|"
                 "nu a avut loc|nu va avea loc|nu au avut loc|nu vor avea loc|nu există planuri|"
                 "nu este programată|nu este programat|nu s a discutat despre|nu are planuri|nu are în plan|"
                 "nu intenționează|nu intenționa"),
    plural_auxiliaries=words("au|aveau"),
    visit=words("vizită|vizita|vizitei|vizite|în vizită|vizită oficială|vizita oficială|vizită de stat|"
                "vizita de stat|vizită de lucru|vizit*|a sosit|au sosit|a ajuns|"
                "s a deplasat|se deplasează|"
                # went, travelled there ("a mers la Kiev în iunie 2022"): travel verbs, no cue
                "a mers la|a mers în|mersese la|a călătorit|călătorise|fusese la|fusese în|"
                "casa albă|kremlin|palatul cotroceni|cotroceni|"
                "palatul victoria|palatul elysée|biroul oval"),
    summit=words("summit|summitul|summitului|summituri|reuniune|reuniunea|reuniunii|pe marginea|"
                 "în marja|în marja summitului|pe marginea summitului|adunarea generală|"
                 "adunării generale|consiliul european|consiliului european|g20|g7|forum|forumul|"
                 "forumului|conferința|conferinței"),
    fillers=words("republicii|federației|regatului|domnul|doamna|domnului|doamnei"),
    relative=words("care|pe care|căruia|căreia|cărora|unde"),
    members=words("din delegație au făcut parte|delegația a inclus"),
    companions=words("împreună cu|însoțit de|însoțită de|alături de"),
    subordinators=words("după ce|înainte de|înainte ca|în timp ce|când|deși|pentru că|întrucât"),
    subjectless=words("înainte de|după ce a|după ce au"),
    complementizers=words("că|să|ca să"),
    reporting=words("a declarat|a spus|a afirmat|a anunțat|a precizat|a subliniat|a adăugat|a informat|"
                    "au anunțat|au declarat|potrivit|conform|a arătat|a menționat|a comunicat|"
                    "a transmis administrația prezidențială|a transmis kremlinul|a explicat"),
    present=words("se întâlnește|se întâlnesc|primește|vizitează|efectuează"),
    months={**mapping(1, "ianuarie|lunii ianuarie|luna ianuarie"),
            **mapping(2, "februarie|lunii februarie|luna februarie"),
            **mapping(3, "martie|lunii martie|luna martie"),
            **mapping(4, "aprilie|lunii aprilie|luna aprilie"),
            # "mai" is also "more", "still": its comparatives are no month (not_dates), and alone it needs a
            # preposition before it ("în mai"), as every month named alone does
            **mapping(5, "mai|lunii mai|luna mai"),
            **mapping(6, "iunie|lunii iunie|luna iunie"), **mapping(7, "iulie|lunii iulie|luna iulie"),
            **mapping(8, "august|lunii august|luna august"),
            **mapping(9, "septembrie|lunii septembrie|luna septembrie"),
            **mapping(10, "octombrie|lunii octombrie|luna octombrie"),
            **mapping(11, "noiembrie|lunii noiembrie|luna noiembrie"),
            **mapping(12, "decembrie|lunii decembrie|luna decembrie")},
    day_months={**mapping(1, "ian"), **mapping(2, "feb"), **mapping(3, "mar"),
                **mapping(4, "apr"), **mapping(6, "iun"), **mapping(7, "iul"), **mapping(8, "aug"),
                **mapping(9, "sep|sept"), **mapping(10, "oct"), **mapping(11, "nov"), **mapping(12, "dec")},
    # "luni" is also "months" ("trei luni", "în ultimele luni"): those phrases are no weekday (not_dates)
    # the articled weekday is habitual alone ("joia", on Thursdays), a day with "trecută" ("joia trecută")
    weekdays={**mapping(0, "luni|luni seara|luni dimineața|lunea trecută"),
              **mapping(1, "marți|marți seara|marți dimineața|marțea trecută"),
              **mapping(2, "miercuri|miercuri seara|miercuri dimineața|miercurea trecută"),
              **mapping(3, "joi|joi seara|joi dimineața|joia trecută"),
              **mapping(4, "vineri|vineri seara|vineri dimineața|vinerea trecută"),
              **mapping(5, "sâmbătă|sâmbătă seara|sâmbătă dimineața|sâmbăta trecută"),
              **mapping(6, "duminică|duminică seara|duminică dimineața|duminica trecută")},
    not_dates=words("ultimele luni|ultimelor luni|câteva luni|câtorva luni|două luni|trei luni|patru luni|"
                    "cinci luni|șase luni|nouă luni|luni de zile|multe luni|mai multe luni|"
                    "următoarele luni|lunile|ale lunii|"
                    # "mai" before an adjective or adverb is "more": "în mai multe rânduri", "la mai puțin de"
                    "mai mult|mai multe|mai mulți|mai multor|mai puțin|mai puține|mai puțini|mai mare|"
                    "mai mari|mai bine|mai departe|mai ales|mai apoi|mai exact|mai degrabă|mai curând|"
                    "mai recent|mai recentă|mai vechi|mai noi|mai largi|mai larg|mai strâns|mai strânsă|"
                    "mai întâi|mai bune|mai bun|mai importante|mai important|mai ridicat|mai scăzut"),
    past_seasons={**mapping(10, "toamna trecută|toamna anului trecut"),
                  **mapping(7, "vara trecută|vara anului trecut"),
                  **mapping(4, "primăvara trecută|primăvara anului trecut")},
    relative_years={"anul trecut": -1, "anul acesta": 0, "anului trecut": -1,
                    "în acest an": 0, "anul curent": 0, "acestui an": 0, "anului curent": 0},
    relative_months={"acum un an": -12, "acum doi ani": -24, "cu un an în urmă": -12, "luna trecută": -1,
                     "luna aceasta": 0, "un an mai devreme": -12,
                     # the genitive after "la începutul", "la sfârșitul" ("luni" alone is Monday)
                     "acestei luni": 0, "lunii trecute": -1, "lunii curente": 0,
                     # whole: "la sfârșitul lunii" leads a month's name ("la sfârșitul lunii martie")
                     **{f"la {part} lunii trecute": -1 for part in ("începutul", "mijlocul", "sfârșitul")}},
    # "a few days ago": three days back (the scorer reads a day at the gold's month); "ago" stands before
    # its number, so each count is a phrase
    relative_days={"acum câteva zile": -3, "cu câteva zile în urmă": -3, "acum două zile": -2,
                   "acum trei zile": -3, "acum o zi": -1,
                   "astăzi": 0, "azi": 0, "ieri": -1, "mâine": 1, "alaltăieri": -2, "aseară": -1,
                   "ieri seară": -1, "ieri dimineață": -1, "în această dimineață": 0, "azi dimineață": 0,
                   "în această seară": 0, "diseară": 0},
    relative_weeks={"săptămâna trecută": -1, "săptămâna aceasta": 0, "săptămâna viitoare": 1,
                    "săptămâna următoare": 1, "în ultimele zile": 0, "zilele trecute": 0},
    anchored_days={"a doua zi": 1, "în ziua următoare": 1, "ziua următoare": 1, "în ajun": -1,
                   "cu o zi înainte": -1, "cu o zi în urmă": -1, "în aceeași zi": 0, "o zi mai târziu": 1},
    day_units={"zile mai târziu": 1, "zile mai devreme": -1, "zile înainte": -1, "zile după aceea": 1},
    event_units={"zile după": 1, "zile înainte de": -1},
    # "în ajunul" alone is any eve ("în ajunul iernii"): the day before only of a day's event
    event_days={"a doua zi după": 1, "la o zi după": 1, "cu o zi înaintea": -1,
                **mapping(-1, "în ajunul summitului|în ajunul vizitei|în ajunul întâlnirii|"
                              "în ajunul întrevederii|în ajunul convorbirilor|în ajunul negocierilor|"
                              "în ajunul reuniunii|în ajunul forumului|în ajunul învestirii|"
                              "în ajunul ceremoniei")},
    numbers={"o": 1, "un": 1, "una": 1, "două": 2, "doi": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6,
             "șapte": 7, "opt": 8, "nouă": 9, "zece": 10},
    day_ordinals={"întâi": 1},
    past=words("trecut|trecută|trecute"),
    month_leads=words("în|din|pe|la|de la|până în|începutul lunii|la începutul lunii|sfârșitul lunii|"
                      "la sfârșitul lunii|mijlocul lunii|la mijlocul lunii|la jumătatea lunii|luna"),
    year_leads=words("în|din|anul|în anul|din anul"),
    restating=words("a fost|este|aceasta a fost|a fost vorba de|este vorba de"),
    since=words("de la|de când"),
    since_contacts=words("de la"),
    firsts=words("prima|primul|pentru prima dată|pentru prima oară"),
    ordinals=words("a doua|al doilea|a treia|al treilea"),
    joins=words("s a alăturat|s au alăturat|a participat|au participat|trilateral*|participarea"),
    place_relatives=words("unde"),
    object_cues=words("a primit|a decorat|l a decorat|a înmânat"),
    time_relatives=words("când"),
    joint_acts=words("au inaugurat|au semnat|au depus coroane|au depus flori"),
    read_also=words("citește și|citiți și|vezi și|citește mai mult"),
    captions=words("foto|fotografie|sursa foto"),
    deceased=words("regretatul|regretatului|regretata|defunctul|defunctului|răposatul|răposatului|decedat|"
                   "decedatul|decedatului"),
    elect=words("ales|aleasă|desemnat|desemnată|fost|fostul|fostului|fosta|fostei|interimar|interimarul"),
    inserts=words("deja|și|din nou|încă|personal|apoi"),
    stopwords=words("si|și|în|la|cu|de|pe|din|pentru|că|nu|a|al|ale|o|un|se|s|sau|dar|mai|care|lui|ei|"
                    "el|ea|au|fi|fost|iar|ca|cel|cea|cei|cele|acest|această|după|spre|prin|sub|despre|"
                    "dintre|între|până|fără|cum|când|unde|dacă|doar|deja|tot|toate|toți|să|va|vor"),
    presence=words("în prezența"),
    trilateral=words("trilateral*"),
    between=words("între|dintre"),
    group_refs=words("liderii|liderilor|șefii de stat|șefii de stat și de guvern"),
    last_time=words("ultima dată|ultima oară|anterior|precedenta|precedentei|precedentul|ultima lor"),
    during=words("în timpul|pe durata|cu ocazia|în cadrul|pe parcursul"),
    invitations=words("a invitat|l a invitat|invitația|invitație"),
    public_posts=words("pe rețelele sociale|pe rețelele de socializare|pe facebook|pe x|pe platforma x|"
                       "pe twitter|pe contul său"),
    urges=words("a îndemnat|a cerut|a solicitat|a făcut apel|îndeamnă|solicită"),
    organizers=words("convocat de|convocată de|organizat de|organizată de|găzduit de|găzduită de"),
    additives=words("de asemenea|totodată|și"),
    turns=words("între timp|separat"),
    then_words=words("atunci|cu acea ocazie|cu acel prilej|la acea vreme"),
    with_words=words("cu"),
    iteratives=words("de două ori|de trei ori|de mai multe ori|de câteva ori|în repetate rânduri"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
    # seats of government with their preposition ("la Casa Albă", "la Kremlin"): where the leaders met
    seats={"la casa albă": "USA", "în biroul oval": "USA", "la kremlin": "RUS", "la palatul elysée": "FRA",
           "la palatul cotroceni": "ROU", "la cotroceni": "ROU", "la palatul victoria": "ROU",
           "la downing street": "GBR"},
    topics={
        "bilateral_relations": words("bilateral*|cooperare*|cooperării|colaborar*|relații*|relațiile|"
                                     "parteneriat*|"
                                     "prietenie*|alianț*|aliat*|strategic*|ambasad*|vize|vizelor"),
        "trade_economy": words("comerț*|comercial*|economi*|economic*|tarif*|taxe vamale|financiar*|"
                               "piaț*|export*|import*|buget*|moned*|datori*|credit*|fmi|inflați*|"
                               "compani*|firme|afaceri|schimburi comerciale"),
        "investment": words("investiți*|investitor*|investi*|fonduri de investiții|capital străin"),
        "energy": words("energi*|energetic*|petrol*|gaz|gaze|gazelor|gazul|lng|centrală electrică|"
                        "centrala electrică|centrale electrice|centrală nucleară|centrala nucleară|"
                        "centrale nucleare|centralei nucleare|centralele electrice|centralelor electrice|"
                        "centralele nucleare|centralelor nucleare|termocentral*|hidrocentral*|"
                        "regenerabil*|gazoduct*|conduct*|hidrogen*|cărbune*|opec|combustibil*|nuclear civil"),
        "security_defense": words("securitat*|apărar*|militar*|armat*|arme|armelor|armament*|rachet*|"
                                  "soldați|trupe|trupelor|apărare antiaeriană|descurajar*|flancul estic|"
                                  "nato|avioane de luptă|f-16|drone|dronelor|muniți*|patriot|baza militară|"
                                  "forțele navale|"
                                  "forțelor navale|alianța nord-atlantică|alianței nord-atlantice"),
        "counterterrorism": words("terorism*|terorist*|extremism*|extremist*|statul islamic|isis|jihadist*|"
                                  "pkk"),
        "conflict_ceasefire": words("încetare a focului|încetarea focului|încetării focului|armistițiu*|"
                                    "război*|războaie|conflict*|invazi*|escaladar*|dezescaladar*|pace|"
                                    "păcii|pacea|de pace|negocieri de pace|proces de pace|agresiun*|"
                                    "atac*|ofensiv*|plan de pace|planul de pace|ostatic*|prizonieri|"
                                    "bombardament*|criz*|ucraina|ucrainei|mediere*|mediator*|"
                                    "crime de război|linia frontului|frontul"),
        "humanitarian": words("umanitar*|ajutor*|civil*|foamete|evacuare*|cutremur*|inundați*|victime|"
                              "victimelor|crucea roșie"),
        "reconstruction": words("reconstrucți*|reconstruire*|refacer*"),
        "migration_refugees": words("refugiat*|migrați*|migrant*|imigra*|azil*"),
        "nuclear_nonproliferation": words("nuclear*|neproliferar*|îmbogățire a uraniului|uraniu*|aiea|"
                                          "denuclearizar*|centrala de la zaporojie"),
        "climate_environment": words("clim*|mediul înconjurător|mediului înconjurător|protecția mediului|"
                                     "protecției mediului|"
                                     "ecologic*|emisii|emisiile|emisiilor|încălzir* global*|"
                                     "biodiversitat*"),
        "health": words("sănătat*|pandemi*|coronavirus*|covid*|vaccin*|epidemi*|medical*|spital*|boal*"),
        "regional_situation": words("regiun*|regional*|situați*|orientul mijlociu|orientului mijlociu|"
                                    "fâșia gaza|fâșiei gaza|marea neagră|mării negre|balcani*|"
                                    "vecin*|peninsula coreeană|coreea de nord|siri*|yemen*|sudan*|"
                                    "libi*|marea roșie|mării roșii|taliban*"),
        "sovereignty_territorial_integrity": words("suveranitat*|integritat* teritorial*|independenț*|"
                                                   "anexar*|ocupați*|teritorii ocupate|teritoriile ocupate|"
                                                   "separatis*|secesiun*|taiwan*|"
                                                   "transnistri*|teritorial*"),
        "domestic_politics_elections": words("alegeri|alegerile|alegerilor|electoral*|realeger*|"
                                             "referendum*|parlament*|vot|votul|votului|constituți*|"
                                             "opoziți*|lovitur* de stat"),
        "ceremonial": words("felicit*|condoleanț*|aniversar*|sărbăto*|ziua națională|anul nou|"
                            "decorați*|ordinul|funerali*|înmormântar*|ceremoni*"),
        "sanctions": words("sancțiun*|embargo*|plafon* de preț|active înghețate|restricți*|"
                           "controlul exporturilor"),
        "human_rights_minorities": words("drepturil* omului|drepturi* omului|minorităț*|minoritar*|"
                                         "deținuți politici|statul de drept|represiun*|tortur*|"
                                         "libertat* de exprimare|libertat* religioas*|societat* civil*|"
                                         "discriminar*|pedeaps* cu moartea"),
        "multilateral_diplomacy": words("onu|națiunile unite|națiunilor unite|multilateral*|g7|g20|brics|"
                                        "consiliul de securitate|consiliului de securitate|"
                                        "uniunea europeană|uniunii europene|ue|osce|omc|nato|schengen|"
                                        "aderar*|integrar* europe*|comunitat* internațional*"),
        "infrastructure_transport": words("infrastructur*|transport*|logistic*|feroviar*|cale ferată|"
                                          "căi ferate|port|portul|portului|porturi*|rutier*|autostrad*|"
                                          "aeroporturi*|coridor*|pod|podul|podului|tranzit*"),
        "food_agriculture": words("alimentar*|hran*|cereal*|grâu*|agricultur*|agricol*|fermier*|"
                                  "îngrășăm*|recolt*|pescuit*|porumb*|securitat* alimentar*"),
        "technology": words("tehnologi*|tehnologic*|digital*|inteligenț* artificial*|semiconductor*|"
                            "cipuri|cipurilor|"
                            "ciber*|inovar*|inovați*|spațial*|satelit*|sateliți|telecomunicați*|cuantic*"),
        "culture_education_tourism": words("cultur*|educați*|educațional*|învățământ*|turism*|turist*|"
                                           "student*|universit*|sport*|patrimoni*|muze*|limb* român*"),
    },
    places={"fâșia gaza": "Gaza", "fâșiei gaza": "Gaza", "gaza": "Gaza", "orientul mijlociu": "Middle East",
            "orientului mijlociu": "Middle East", "crimeea": "Crimea", "crimeei": "Crimea",
            "donbas": "Donbas", "donbasului": "Donbas", "transnistria": "Transnistria",
            "transnistriei": "Transnistria"},
)
