"""Swedish (the usage of TT, SVT, Dagens Nyheter and, for Finland, FNB and Svenska Yle).

Words are matched as written (folded: "å", "ä", "ö" meet their bare letters), so the definite and genitive
forms of titles and cue nouns are written out ("presidenten", "presidentens") or ended with "*". Country
names take the genitive "-s" that puts them before a title ("Rysslands president", "USA:s president").
Compounds are one word ("utrikesminister", "telefonsamtal"): each is listed as such.
"""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words


def _genitive(noun: str) -> list[str]:
    """Return a place name and its genitive ("Ryssland" -> "Rysslands"; "Schweiz" stays; "USA" -> "USA:s")."""
    if noun[-1:].lower() in "sxz":
        return [noun]
    if noun.isupper():
        return [noun, noun + ":s"]
    return [noun, noun + "s"]


# Country names (from mledoze's Swedish names, and the usual short forms), demonym adjectives as prefixes
# ("rysk*": rysk, ryska, ryske) and capitals in Swedish (ISO3; names; demonyms; capitals).
_TABLE = """
USA; USA/Förenta staterna/Amerika; amerikansk*; Washington
RUS; Ryssland; rysk*; Moskva
CHN; Kina; kinesisk*; Peking/Beijing
FRA; Frankrike; fransk*; Paris
DEU; Tyskland; tysk*; Berlin
GBR; Storbritannien/Förenade kungariket; brittisk*; London
ITA; Italien; italiensk*
ESP; Spanien; spansk*; Madrid
PRT; Portugal; portugisisk*; Lissabon
UKR; Ukraina; ukrainsk*; Kiev/Kyiv
ROU; Rumänien; rumänsk*; Bukarest
MDA; Moldavien/Moldova; moldavisk*
POL; Polen; polsk*; Warszawa
HUN; Ungern; ungersk*; Budapest
SVK; Slovakien; slovakisk*; Bratislava
CZE; Tjeckien; tjeckisk*; Prag
BGR; Bulgarien; bulgarisk*
SRB; Serbien; serbisk*; Belgrad
GRC; Grekland; grekisk*; Aten
AUT; Österrike; österrikisk*; Wien
CHE; Schweiz; schweizisk*; Bern
NLD; Nederländerna/Holland; nederländsk*/holländsk*; Amsterdam/Haag
BEL; Belgien; belgisk*; Bryssel
SWE; Sverige; svensk*; Stockholm
FIN; Finland; finländsk*/finsk*; Helsingfors/Helsinki
NOR; Norge; norsk*; Oslo
DNK; Danmark; dansk*; Köpenhamn
ISL; Island; isländsk*; Reykjavik
IRL; Irland; irländsk*; Dublin
HRV; Kroatien; kroatisk*; Zagreb
SVN; Slovenien; slovensk*; Ljubljana
LTU; Litauen; litauisk*; Vilnius
LVA; Lettland; lettisk*; Riga
EST; Estland; estnisk*; Tallinn
BLR; Belarus/Vitryssland; belarusisk*/vitrysk*; Minsk
GEO; Georgien; georgisk*; Tbilisi
ARM; Armenien; armenisk*; Jerevan
AZE; Azerbajdzjan; azerbajdzjansk*; Baku
KAZ; Kazakstan; kazakisk*/kazakstansk*; Astana
TUR; Turkiet; turkisk*; Ankara
ISR; Israel; israelisk*; Jerusalem
PSE; Palestina; palestinsk*
IRN; Iran; iransk*; Teheran
IRQ; Irak; irakisk*; Bagdad
SYR; Syrien; syrisk*; Damaskus
JOR; Jordanien; jordansk*/jordanisk*; Amman
LBN; Libanon; libanesisk*; Beirut
EGY; Egypten; egyptisk*; Kairo
SAU; Saudiarabien; saudisk*/saudiarabisk*; Riyadh
ARE; Förenade Arabemiraten; emiratisk*; Abu Dhabi
QAT; Qatar; qatarisk*; Doha
JPN; Japan; japansk*; Tokyo
KOR; Sydkorea; sydkoreansk*; Seoul
PRK; Nordkorea; nordkoreansk*; Pyongyang
IND; Indien; indisk*; New Delhi
PAK; Pakistan; pakistansk*; Islamabad
CAN; Kanada; kanadensisk*; Ottawa
MEX; Mexiko; mexikansk*
BRA; Brasilien; brasiliansk*; Brasília
ARG; Argentina; argentinsk*; Buenos Aires
AUS; Australien; australisk*; Canberra
ZAF; Sydafrika; sydafrikansk*; Pretoria
VAT; Vatikanen/Vatikanstaten/Heliga stolen; vatikansk*
EU; EU/Europeiska unionen
"""
_PLACES = place_table(_TABLE, _genitive)
# capitals as written: a place is named in its nominative ("i Stockholm")
_CAPITALS = place_table(_TABLE)[2]

# weekdays with the article ("på tisdagen"), the past "i tisdags" and a part of the day ("tisdagskvällen")
_DAYS = (("måndag", 0), ("tisdag", 1), ("onsdag", 2), ("torsdag", 3), ("fredag", 4), ("lördag", 5),
         ("söndag", 6))


LEXICON = Lexicon(
    lang="sv",
    # in the Swedish press (TT, SVT, DN) "statsministern" alone is Sweden's; a Finland-Swedish outlet's text
    # (FNB, Svenska Yle, Hufvudstadsbladet) means Finland's
    home="SWE",
    home_markers=mapping("FIN", "fnb|svenska yle|hufvudstadsbladet|hbl|republikens president"),
    # a name's genitive, as a place's ("Bidens samtal med Xi", "Zelenskyjs besök")
    name_cases=lambda name: _genitive(name)[1:],
    titles={
        **mapping("president", "president|presidenten|presidentens|statschef|statschefen|statschefens|"
                               "republikens president"),
        **mapping("prime_minister", "statsminister|statsministern|statsministerns|premiärminister|"
                                    "premiärministern|premiärministerns|regeringschef|regeringschefen|"
                                    "regeringschefens"),
        **mapping("chancellor", "förbundskansler|förbundskanslern|förbundskanslerns|kansler|kanslern|"
                                "kanslerns"),
        **mapping("monarch", "kung|kungen|kungens|drottning|drottningen|drottningens|emir|emiren|emirens|"
                             "sultan|sultanen|monark|monarken|kejsare|kejsaren"),
        **mapping("crown_prince", "kronprins|kronprinsen|kronprinsens"),
        **mapping("supreme_leader", "högste ledare|högsta ledare|högste ledaren|högsta ledaren"),
        **mapping("pope", "påve|påven|påvens"),
        **mapping(None, "ledare|ledaren|ledarens"),
    },
    plural_titles={
        **mapping("president", "presidenter|presidenterna|presidenternas|statschefer|statscheferna"),
        **mapping("prime_minister", "statsministrar|statsministrarna|premiärministrar|premiärministrarna|"
                                    "regeringschefer|regeringscheferna"),
        **mapping(None, "ledarna|ledarnas"),
    },
    org_titles={
        **mapping("UN", "fn:s generalsekreterare|fns generalsekreterare|fn-chefen"),
        **mapping("EU", "eu-kommissionens ordförande|kommissionsordförande|kommissionsordföranden|"
                        "europeiska kommissionens ordförande|europeiska rådets ordförande|"
                        "eu:s kommissionsordförande"),
    },
    country_titles={
        **mapping(("RUS", "head_of_state"), "kremlchefen|kremlchefens|kremlledaren|kremlledarens"),
    },
    ministers=words("minister|ministern|ministerns|ministrar|ministrarna|utrikesminister|utrikesministern|"
                    "utrikesministerns|försvarsminister|försvarsministern|finansminister|finansministern|"
                    "handelsminister|handelsministern|statsråd|statsrådet|talesperson|talespersonen|"
                    "talesman|talesmannen|presstalesman|presschef|presschefen|ambassadör|ambassadören|"
                    "sändebud|sändebudet|specialsändebud|specialsändebudet|rådgivare|rådgivaren|"
                    "säkerhetsrådgivare|säkerhetsrådgivaren|vicepresident|vicepresidenten|"
                    "vice statsminister|biträdande|guvernör|guvernören|borgmästare|borgmästaren|"
                    "oppositionsledare|oppositionsledaren|partiledare|partiledaren|talman|talmannen|"
                    "delegation|delegationen|utrikesministrar|utrikesministrarna|natos generalsekreterare|"
                    "nato-chefen|"
                    "kandidat|kandidaten|presidentkandidat|"
                    "presidentkandidaten"),
    counterparts=words("kollega|kollegan|kollegas|motpart|motparten|ämbetskollega|ämbetskollegan|"
                       "ämbetsbroder|ämbetsbrodern|gäst|gästen"),
    pair_refs=words("de båda ledarna|de två ledarna|båda ledarna|de båda presidenterna|"
                    "de två presidenterna|båda presidenterna|de båda statscheferna|de två statscheferna|"
                    "båda sidor|båda sidorna|båda parter|båda parterna|parterna|de båda länderna|"
                    "de båda|de två|ledarna för de två länderna|de båda ländernas ledare"),
    groups={"de tre ledarna": 3, "de fyra ledarna": 4},
    pronouns=words("han|hon"),
    object_pronouns=words("honom|henne"),
    feminine=words("hon|henne"),
    masculine=words("han|honom"),
    pair_possessives=words("deras"),
    indefinites=words("en|ett|någon|något|ingen|inget"),
    predicatives=words("i egenskap av"),
    quantifiers=words("flera|många|andra|några|ett antal"),
    phone=words("telefonsamtal*|telefon|telefonen|per telefon|i telefon|på telefon|ringde|ringt|ringer|"
                "ringde upp|ringa|ringa upp|telefonerade|telefonerat|telefonledes"),
    video=words("videosamtal*|videolänk|via länk|videokonferens*|digitalt möte|digitala mötet|"
                "videomöte*|online"),
    written=words("brev|brevet|breven|skrev till|skrivit till|skickade ett brev|meddelande|meddelandet|"
                  "budskap|budskapet|telegram|telegrammet"),
    greeting=words("gratulerade|gratulerat|gratulation*|lyckönskning*|kondoleans*|beklagade|"
                   "framförde sina kondoleanser|framförde sina gratulationer"),
    joint_press=words("gemensam presskonferens|gemensamma presskonferens|gemensamma presskonferensen|"
                      "gemensamt uttalande för pressen|gemensam pressträff|gemensamma pressträffen"),
    in_person=words(
        # round fifteen: the embrace, calling on ("hälsa på"); not "sågs" (they met), mostly "sågs som"
        "kramade|kramades|hälsade på|"
        "träff*|möt*|sammanträffande*|sammanträffade|besök*|statsbesök*|officiellt besök|"
                    "arbetsbesök*|tog emot|tar emot|togs emot|tagits emot|har tagit emot|välkomnade|"
                    "välkomnar|tog i hand|skakade hand|handslag|middag|middagen|lunch|lunchen|"
                    "bilateralt möte|bilaterala mötet|tête-à-tête|mellan fyra ögon|kom till|anlände till|"
                    "reste till|flög till|överlämnade|trilateral*"),
    talk=words("samtal|samtalen|samtalade|förhandling*|förhandlade|diskuterade|diskuterat|diskussion*|"
               "överläggning*|överlade|konsultation*|dialog*|enades|kom överens|kommit överens|"
               "tankeutbyte|tog upp|avhandlade"),
    spoke=words("samtalet|talade med|pratade med|talades vid|pratades vid|talat med|pratat med|talade|"
                "pratade"),
    # "tog på tisdagen emot X", "I går tog Biden emot X", "togs i onsdags emot av": the particle after the
    # adverbial or the inverted subject, before the object
    split_inner={"emot": ("tog|tar|togs|tas|har tagit|hade tagit|tagit|tagits", "in_person")},
    roundup=words("gratulationer|lyckönskningar|ledare"),
    not_cues=words("presskonferens|presskonferensen|tog emot priset|tog emot ett pris|tog emot kritik|"
                   "möttes av kritik|möttes av protester|möttes av|mötte kritik|mötte motstånd|"
                   "ringde in|tog upp frågan om|besökare|besökarna"),
    caller_words=words("ringde|ringde upp|telefonerade"),
    from_words=words("från"),
    receive_words=words("fick|tog emot|mottog"),
    initiative=words("på initiativ av|på begäran av|på inbjudan av|på inbjudan från"),
    planned=words("ska|skall|kommer att|planerar|planeras|planerat|planerad|planerade|väntas|förväntas|"
                  "beräknas|är tänkt|avser|avses|vill|nästa vecka|i morgon|imorgon|snart|inom kort|"
                  "kommande|inbjudan|bjöd in|bjudit in|inbjuden|inbjudna|eventuell*|möjlig*|"
                  "redo att|beredd att|berett att|hoppas|skulle|aviserade|aviserat|är planerat|"
                  "står på programmet|senare i veckan|senare i månaden"),
    planned_sentence=words("det väntas att|enligt planerna|planen är att|tanken är att"),
    exclusions=words("uteslöt|utesluter|uteslutet|är uteslutet|inte aktuellt|inte på tal"),
    negation=words("inte|ej|ingen|inget|inga|aldrig|utan|inställt|inställd|ställdes in|ställt in|"
                   "ställde in|sköts upp|skjuts upp|uppskjutet|avbröts|avbrutet"),
    denial=words("förnekade|förnekar|dementerade|dementerar|avfärdade|avfärdar|inga planer|"
                 "finns inga planer|är inte planerat|är inte aktuellt|blev inte av|blir inte av|"
                 "ägde inte rum|kommer inte att äga rum|inte kommer att äga rum|har inte ägt rum"),
    visit=words("besök*|statsbesök*|arbetsbesök*|kom till|anlände till|reste till|flög till|"
                # went there ("åkte till Washington 2019"): a travel verb, no cue
                "åkte till|for till|hade rest till|hade åkt till|"
                "vita huset|"
                "kreml|kremlin|ovala rummet|élyséepalatset|rosenbad"),
    summit=words("toppmöte*|toppmötet|i marginalen|i utkanten av|vid sidan av|g20|g7|generalförsamling*|"
                 "forum|forumet|konferens*|nato-mötet|natomötet|eu-toppmötet"),
    fillers=words("herr|fru"),
    relative=words("som|vilket|vilken|vilka|där"),
    members=words("i delegationen ingick|delegationen bestod av"),
    companions=words("tillsammans med|åtföljd av|i sällskap med|sida vid sida med"),
    subordinators=words("efter att|innan|medan|när|eftersom|trots att"),
    subjectless=words("innan|efter att ha"),
    complementizers=words("att"),
    reporting=words("sade|sa|säger|uppgav|uppger|meddelade|meddelar|enligt|skriver|berättade|berättar|"
                    "framhöll|konstaterade|konstaterar|betonade|tillade|förklarade|uppgav källor|"
                    "rapporterar|rapporterade"),
    present=words("träffar|möter|besöker|tar emot|ringer|välkomnar"),
    late_negation=False,
    months={**mapping(1, "januari"), **mapping(2, "februari"), **mapping(3, "mars"), **mapping(4, "april"),
            **mapping(5, "maj"), **mapping(6, "juni"), **mapping(7, "juli"), **mapping(8, "augusti"),
            **mapping(9, "september"), **mapping(10, "oktober"), **mapping(11, "november"),
            **mapping(12, "december")},
    day_months={**mapping(1, "jan"), **mapping(2, "feb"), **mapping(3, "mar"), **mapping(4, "apr"),
                **mapping(6, "jun"), **mapping(7, "jul"), **mapping(8, "aug"), **mapping(9, "sep|sept"),
                **mapping(10, "okt"), **mapping(11, "nov"), **mapping(12, "dec")},
    weekdays={**{f"{day}{end}": n for day, n in _DAYS for end in ("", "en", "s")},
              **{f"{day}s{part}": n for day, n in _DAYS
                 for part in ("kväll", "kvällen", "morgon", "morgonen", "eftermiddag", "eftermiddagen",
                              "förmiddag", "förmiddagen", "natt", "natten")}},
    past_seasons={**mapping(10, "i höstas|förra hösten"), **mapping(7, "i somras|förra sommaren"),
                  **mapping(4, "i våras|förra våren")},
    relative_years={"förra året": -1, "i fjol": -1, "i år": 0, "tidigare i år": 0,
                    "i början av året": 0, "i mitten av året": 0, "i slutet av året": 0},
    relative_months={"för ett år sedan": -12, "för två år sedan": -24, "förra månaden": -1,
                     "den här månaden": 0, "ett år tidigare": -12,
                     # "i början av månaden": early this month
                     "i början av månaden": 0, "i mitten av månaden": 0, "i slutet av månaden": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"för några dagar sedan": -3, "för ett par dagar sedan": -3,
                   "i dag": 0, "idag": 0, "i går": -1, "igår": -1, "i förrgår": -2, "i morgon": 1,
                   "imorgon": 1, "i går kväll": -1, "igår kväll": -1, "i kväll": 0, "ikväll": 0,
                   "i morse": 0, "i eftermiddag": 0},
    relative_weeks={"förra veckan": -1, "i förra veckan": -1, "den här veckan": 0, "denna vecka": 0,
                    "i veckan": 0, "nästa vecka": 1, "under de senaste dagarna": 0, "de senaste dagarna": 0},
    anchored_days={"dagen efter": 1, "dagen därpå": 1, "dagen innan": -1, "dagen före": -1,
                   "samma dag": 0, "kvällen innan": -1},
    # ("två dagar efter att ...", "två dagar efter mötet": "efter" is the preposition of an event the
    # count starts from, as English "days after"; "days later" is "dagar senare")
    day_units={"dagar senare": 1, "dagar tidigare": -1, "dagar innan": -1},
    event_units={"dagar efter": 1, "dag efter": 1, "dagar före": -1, "dag före": -1},
    event_days={"dagen efter": 1, "dagen före": -1},
    day_units_ago=words("dagar sedan|dag sedan"),
    numbers={"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
             "nio": 9, "tio": 10},
    past=words("förra|förrförra|senaste"),
    month_leads=words("i|under|sedan|från|till|i början av|i slutet av|i mitten av|början av|slutet av|"
                      "mitten av"),
    year_leads=words("i|under|sedan|år"),
    restating=words("det var|det är|detta var|det handlade om"),
    since=words("sedan|sedan dess"),
    since_contacts=words("sedan"),
    firsts=words("första|för första gången"),
    ordinals=words("andra|tredje"),
    joins=words("anslöt|anslöt sig|deltog|deltar|medverkade|trilateral*"),
    place_relatives=words("där"),
    object_cues=words("överlämnade|välkomnade|hälsade på"),
    time_relatives=words("när|då"),
    joint_acts=words("invigde|undertecknade|skrev under|lade ner kransar|lade ned kransar"),
    read_also=words("läs också|läs mer|läs även|se även"),
    captions=words("foto|bild|bilden"),
    deceased=words("avlidne|avlidna|framlidne|framlidna|bortgångne|bortgångna|salig"),
    elect=words("tillträdande|nyvalde|nyvalda|blivande|förre|före detta|avgående|tidigare"),
    inserts=words("redan|också|även|åter|igen|personligen"),
    stopwords=words("och|i|på|med|av|till|för|att|det|en|ett|som|är|var|har|hade|den|de|om|men|från|inte|"
                    "han|hon|vid|efter|under|sig|så|nu|när|också|även|eller|dess|sin|sitt|sina|hans|hennes|"
                    "mot|utan|över|där|då|ska|kan|vill|blev|sedan"),
    presence=words("i närvaro av"),
    trilateral=words("trilateral*"),
    between=words("mellan"),
    group_refs=words("ledarna|stats- och regeringscheferna|stats- och regeringschefer"),
    last_time=words("senast|förra gången|senaste gången|tidigare"),
    during=words("under|i samband med|vid"),
    invitations=words("bjöd in|inbjudan|bjudit in"),
    public_posts=words("på sociala medier|i sociala medier|på x|på plattformen x|på twitter|på facebook|"
                       "på instagram"),
    urges=words("uppmanade|uppmanar|manade|vädjade|vädjar"),
    organizers=words("sammankallat av|sammankallad av|anordnat av|arrangerat av|värd för"),
    additives=words("också|även|dessutom"),
    turns=words("under tiden|separat"),
    then_words=words("då|vid det tillfället|den gången"),
    with_words=words("med"),
    iteratives=words("två gånger|tre gånger|flera gånger|upprepade gånger|ett flertal gånger"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_CAPITALS,
    # seats of government with their preposition: where the leaders met
    seats={"i vita huset": "USA", "i ovala rummet": "USA", "i kreml": "RUS", "i élyséepalatset": "FRA",
           "på rosenbad": "SWE", "på downing street": "GBR"},
    topics={
        "bilateral_relations": words("bilateral*|samarbete*|förbindelse*|relation*|partnerskap*|vänskap*|"
                                     "allians*|allierad*|strategisk*|ambassad*|visum|viseringar"),
        "trade_economy": words("handel*|handels*|ekonomi*|ekonomisk*|tull*|finans*|marknad*|export*|"
                               "import*|frihandel*|budget*|valuta*|skuld*|lån|imf|inflation*|företag*|"
                               "investeringsklimat*|sällsynta jordartsmetaller"),
        "investment": words("investering*|investerare|investera*|fond*|kapital*"),
        "energy": words("energi*|olja|oljan|olje*|gas|gasen|naturgas*|lng|kraftverk*|förnybar*|"
                        "gasledning*|oljeledning*|solenergi*|solkraft*|vindkraft*|vätgas*|kol|opec|bränsle*|kärnkraft*"),
        "security_defense": words("säkerhet*|försvar*|militär*|armé*|vapen|vapnen|vapnet|robot*|missil*|"
                                  "soldat*|trupp*|"
                                  "luftförsvar*|säkerhetsgarant*|avskräckning*|flott*|stridsflyg*|vapenleverans*|vapenexport*|"
                                  "vapenhjälp*|vapensystem*|vapenindustri*|vapenstöd*|vapenpaket*|"
                                  "drönare*|ammunition*|nato|nato*|upprustning*|"
                                  "severoatlantiska|"
                                  "f-16|patriot|jas gripen|gripen"),
        "counterterrorism": words("terror*|terrorism*|terrorist*|extremism*|extremist*|islamiska staten|pkk|"
                                  "jihadist*"),
        "conflict_ceasefire": words("vapenvila*|vapenstillestånd*|krig*|konflikt*|invasion*|eskalering*|"
                                    "nedtrappning*|fred|freden|fredsavtal*|fredsprocess*|"
                                    "fredsförhandling*|fredsplan*|fredssamtal*|aggression*|attack*|"
                                    "anfall*|offensiv*|gisslan|krigsfång*|fångutväxling*|bombning*|kris|krisen|kriser|"
                                    "ukraina|ukrainas|medling*|medlare|krigsbrott*|frontlinje*|fronten"),
        "humanitarian": words("humanitär*|bistånd*|nödhjälp*|civil*|civilbefolkning*|svält*|evakuering*|"
                              "jordbävning*|översvämning*|offer|röda korset"),
        "reconstruction": words("återuppbyggnad*|återuppbygga*"),
        "migration_refugees": words("flykting*|migration*|migrant*|invandring*|asyl*"),
        "nuclear_nonproliferation": words("kärnvapen*|kärnteknisk*|icke-spridning*|anrikning*|uran*|iaea|"
                                          "kärnenergiorgan*|avkärnvapen*|zaporizjzja"),
        "climate_environment": words("klimat*|miljö*|utsläpp*|global uppvärmning|koldioxid*|"
                                     "biologisk mångfald"),
        "health": words("hälsa|hälso*|pandemi*|coronavirus*|covid*|vaccin*|epidemi*|sjukvård*|sjukhus*|"
                        "sjukdom*"),
        "regional_situation": words("region*|situation*|mellanöstern|gaza*|gazaremsan|kaukasus*|grann*|"
                                    "östersjö*|svarta havet|koreahalvön|nordkorea*|syrien*|jemen*|sudan*|"
                                    "libyen*|röda havet|talibaner*|arktis*|norden"),
        "sovereignty_territorial_integrity": words("suveränitet*|territoriell* integritet|självständighet*|"
                                                   "annektering*|ockup*|separatist*|utbrytning*|taiwan*|"
                                                   "sydkinesiska havet|ett kina|territori*"),
        "domestic_politics_elections": words("val|valet|valen|valrörelse*|omval*|folkomröstning*|"
                                             "parlament*|riksdag*|röstning*|väljar*|författning*|"
                                             "grundlag*|opposition*|statskupp*|kupp*"),
        "ceremonial": words("gratulation*|kondoleans*|årsdag*|jubileum*|nationaldag*|nyår*|"
                            "utmärkelse*|begravning*|ceremoni*|högtidlighet*"),
        "sanctions": words("sanktion*|embargo*|pristak*|frysta tillgångar|restriktion*|exportkontroll*"),
        "human_rights_minorities": words("mänskliga rättigheter*|minoritet*|politiska fångar|rättsstat*|"
                                         "förtryck*|tortyr*|yttrandefrihet*|religionsfrihet*|"
                                         "civilsamhälle*|aktivist*|uigur*|diskriminering*|dödsstraff*|"
                                         "hbtq*"),
        "multilateral_diplomacy": words("fn|förenta nationerna|multilateral*|g7|g20|brics|säkerhetsrådet|"
                                        "eu|europeiska unionen|afrikanska unionen|generalförsamling*|osse|"
                                        "wto|nato|nato*|medlemskap*|anslutningen|anslutningsprocess*|anslutningsförhandling*|"
                                        "anslutningsprotokoll*|internationella samfundet|"
                                        "nordiska rådet"),
        "infrastructure_transport": words("infrastruktur*|transport*|logistik*|järnväg*|hamn*|sjöfart*|"
                                          "vägar|vägnät*|motorväg*|flygplatser*|korridor*|bro|bron|transit*"),
        "food_agriculture": words("livsmedel*|mat|matsäkerhet*|spannmål*|vete|vetet|veteexport*|jordbruk*|"
                                  "lantbruk*|"
                                  "bönder|gödsel*|skörd*|fiske*|majs*"),
        "technology": words("teknik*|teknologi*|digital*|artificiell intelligens|ai|halvledare*|chip*|"
                            "cyber*|innovation*|rymd*|satellit*|telekom*|kvant*"),
        "culture_education_tourism": words("kultur*|utbildning*|turism*|turist*|student*|universitet*|"
                                           "idrott*|sport*|kulturarv*|museum*|museer*|språk|språket|språken|språklig*"),
    },
    places={"gaza": "Gaza", "gazaremsan": "Gaza", "mellanöstern": "Middle East", "krim": "Crimea",
            "donbas": "Donbas"},
)
