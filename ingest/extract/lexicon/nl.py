"""Dutch. Modelled on German: separable verbs ("belde ... op") and a negation late in the clause."""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names, demonyms and capitals in Dutch (ISO3; names; demonyms; capitals), as ANP and NOS write
# them; the adjective's inflected form (-e) is written beside the bare one.
_PLACES = place_table("""
USA; Verenigde Staten/VS/Amerika; Amerikaans/Amerikaanse; Washington
RUS; Rusland; Russisch/Russische; Moskou
CHN; China; Chinees/Chinese; Peking/Beijing
FRA; Frankrijk; Franse; Parijs
DEU; Duitsland; Duits/Duitse; Berlijn
GBR; Verenigd Koninkrijk/Groot-Brittannië/Engeland; Brits/Britse/Engelse; Londen
ITA; Italië; Italiaans/Italiaanse; Rome
ESP; Spanje; Spaans/Spaanse; Madrid
PRT; Portugal; Portugees/Portugese; Lissabon
UKR; Oekraïne; Oekraïens/Oekraïense; Kiev/Kyiv
POL; Polen; Pools/Poolse; Warschau
HUN; Hongarije; Hongaars/Hongaarse; Boedapest
BEL; België; Belgisch/Belgische; Brussel
NLD; Nederland; Nederlands/Nederlandse; Amsterdam/Den Haag
LUX; Luxemburg; Luxemburgs/Luxemburgse
AUT; Oostenrijk; Oostenrijks/Oostenrijkse; Wenen
CHE; Zwitserland; Zwitsers/Zwitserse; Bern
TUR; Turkije; Turks/Turkse; Ankara/Istanbul
IRN; Iran; Iraans/Iraanse; Teheran
ISR; Israël; Israëlisch/Israëlische; Jeruzalem
PSE; Palestina/Palestijnse gebieden; Palestijns/Palestijnse
EGY; Egypte; Egyptisch/Egyptische; Caïro
SAU; Saoedi-Arabië; Saoedisch/Saoedische; Riyad
QAT; Qatar; Qatarees/Qatarese; Doha
ARE; Verenigde Arabische Emiraten/VAE; Emiraats/Emiraatse; Abu Dhabi
SYR; Syrië; Syrisch/Syrische; Damascus
IRQ; Irak; Iraaks/Iraakse; Bagdad
JOR; Jordanië; Jordaans/Jordaanse; Amman
LBN; Libanon; Libanees/Libanese; Beiroet
JPN; Japan; Japans/Japanse; Tokio
KOR; Zuid-Korea; Zuid-Koreaans/Zuid-Koreaanse; Seoel
PRK; Noord-Korea; Noord-Koreaans/Noord-Koreaanse; Pyongyang
IND; India; Indiaas/Indiase; New Delhi
PAK; Pakistan; Pakistaans/Pakistaanse; Islamabad
IDN; Indonesië; Indonesisch/Indonesische; Jakarta
AUS; Australië; Australisch/Australische; Canberra
CAN; Canada; Canadees/Canadese; Ottawa
MEX; Mexico; Mexicaans/Mexicaanse
BRA; Brazilië; Braziliaans/Braziliaanse; Brasilia
ARG; Argentinië; Argentijns/Argentijnse; Buenos Aires
ZAF; Zuid-Afrika; Zuid-Afrikaans/Zuid-Afrikaanse; Pretoria
NGA; Nigeria; Nigeriaans/Nigeriaanse; Abuja
MAR; Marokko; Marokkaans/Marokkaanse; Rabat
DZA; Algerije; Algerijns/Algerijnse; Algiers
TUN; Tunesië; Tunesisch/Tunesische; Tunis
GRC; Griekenland; Grieks/Griekse; Athene
SWE; Zweden; Zweeds/Zweedse; Stockholm
NOR; Noorwegen; Noors/Noorse; Oslo
DNK; Denemarken; Deens/Deense; Kopenhagen
FIN; Finland; Finse; Helsinki
IRL; Ierland; Iers/Ierse; Dublin
CZE; Tsjechië; Tsjechisch/Tsjechische; Praag
SVK; Slowakije; Slowaaks/Slowaakse; Bratislava
ROU; Roemenië; Roemeens/Roemeense; Boekarest
BGR; Bulgarije; Bulgaars/Bulgaarse; Sofia
SRB; Servië; Servisch/Servische; Belgrado
HRV; Kroatië; Kroatisch/Kroatische; Zagreb
LTU; Litouwen; Litouws/Litouwse; Vilnius
LVA; Letland; Letse; Riga
EST; Estland; Estisch/Estische; Tallinn
BLR; Wit-Rusland/Belarus; Wit-Russisch/Wit-Russische/Belarussisch/Belarussische; Minsk
MDA; Moldavië/Moldova; Moldavisch/Moldavische; Chisinau
GEO; Georgië; Georgisch/Georgische; Tbilisi
ARM; Armenië; Armeens/Armeense; Jerevan
AZE; Azerbeidzjan; Azerbeidzjaans/Azerbeidzjaanse; Bakoe
KAZ; Kazachstan; Kazachs/Kazachse; Astana
SUR; Suriname; Surinaams/Surinaamse; Paramaribo
VAT; Vaticaan/Vaticaanstad/Heilige Stoel
EU; Europese Unie/EU; Europees/Europese
""")

_DAYS = (("maandag", 0), ("dinsdag", 1), ("woensdag", 2), ("donderdag", 3), ("vrijdag", 4), ("zaterdag", 5),
         ("zondag", 6))

LEXICON = Lexicon(
    lang="nl",
    # in the Dutch press "de premier" alone is the Netherlands' prime minister
    home="NLD",
    # ... unless the text is a Flemish outlet's: Belgian words make "de premier" Belgium's
    home_markers=mapping("BEL", "belga|wetstraat|federale regering|"
                                "kamer van volksvertegenwoordigers|vlaamse regering|waalse regering|"
                                "arizonaregering|vivaldiregering|n-va|cd&v|open vld"),
    late_negation=True,
    titles={
        **mapping("president", "president|presidente|staatshoofd|staatspresident"),
        **mapping("crown_prince", "kroonprins"),
        **mapping("monarch", "koning|koningin|emir|sultan|vorst|vorstin|monarch|keizer|keizerin"),
        **mapping("supreme_leader", "opperste leider|hoogste leider|geestelijk leider"),
        **mapping("pope", "paus"),
        **mapping("prime_minister", "premier|minister-president|regeringsleider|regeringschef|"
                                    "eerste minister"),
        **mapping("chancellor", "kanselier|bondskanselier"),
        **mapping(None, "leider"),
    },
    plural_titles={
        **mapping("president", "presidenten|staatshoofden"),
        **mapping("prime_minister", "premiers|regeringsleiders|regeringschefs"),
        **mapping(None, "leiders"),
    },
    org_titles={**mapping("UN", "vn-secretaris-generaal|secretaris-generaal van de vn|"
                                "secretaris-generaal van de verenigde naties"),
                **mapping("EU", "voorzitter van de europese commissie|commissievoorzitter|"
                                "eu-commissievoorzitter|voorzitter van de europese raad|eu-president")},
    country_titles={**mapping(("RUS", "head_of_state"), "kremlinleider|kremlinbaas")},
    ministers=words("oppositieleider|minister|ministers|minister van buitenlandse zaken|buitenlandminister|"
                    "minister van defensie|woordvoerder|woordvoerster|zegsman|gezant|speciaal gezant|"
                    "ambassadeur|adviseur|vicepresident|vicepremier|vice-premier|gouverneur|burgemeester|"
                    "delegatie|staatssecretaris|oud-president|oud-premier|ex-president|ex-premier|"
                    "kamervoorzitter|secretaris-generaal van de navo|navo-chef|navo-topman"),
    # "zijn Franse ambtgenoot": the Dutch word for counterpart
    counterparts=words("ambtgenoot|ambtsgenoot|collega|gast|gastheer|gastvrouw"),
    pair_refs=words("de twee leiders|beide leiders|de beide leiders|de twee presidenten|beide presidenten|"
                    "beide kanten|beide partijen|de twee regeringsleiders|de twee politici|beide politici|"
                    "beide mannen|de twee mannen|"
                    # "een ontmoeting tussen beiden"
                    "beiden|"
                    # the bare plural, also a group word below: the pair when no meeting of three was told
                    "de leiders|de staatshoofden"),
    pair_heads=words("de twee|beide"),
    ref_nouns=words("leiders|presidenten|premiers|regeringsleiders|politici|mannen|staatshoofden"),
    group_heads={"de drie": 3, "de vier": 4, "de vijf": 5},
    pronouns=words("hij|zij"),
    masculine=words("hij|hem"),
    object_pronouns=words("hem|zijn gast|haar gast|de gast"),
    pair_possessives=words("hun"),
    indefinites=words("een|geen|elke|ieder"),
    predicatives=words("als"),
    quantifiers=words("meerdere|enkele|diverse|verschillende|andere"),
    phone=words("telefoongesprek|telefoongesprekken|telefonisch contact|telefonisch|telefoneerde|"
                "telefoneerden|getelefoneerd|"
                "belde|belden|gebeld|aan de telefoon|per telefoon|telefoontje|telefoon*"),
    video=words("videoconferentie|videogesprek|videoverbinding|videocall|videoconferenties|virtueel|"
                "virtuele|online"),
    written=words("brief|brieven|telegram|schriftelijk|felicitatiebrief|condoleancebrief|boodschap"),
    greeting=words("feliciteerde|feliciteerden|felicitaties|gefeliciteerd|condoleances|condoleerde|"
                   "medeleven"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("gezamenlijke persconferentie|gezamenlijk persmoment"),
    in_person=words(
        # round fifteen: dining and lunching with a guest
        "dineerde|dineerden|gedineerd|lunchte|lunchten|geluncht|"
        "ontmoette|ontmoetten|ontmoet|ontmoeting|ontmoetingen|ontving|ontvingen|ontvangen|"
                    "ontvangst|bezoek|bezocht|bezochten|staatsbezoek|werkbezoek|kwamen bijeen|kwam bijeen|"
                    "bijeenkomst|onderhoud|trof|troffen|getroffen|schudden elkaar de hand|schudde de hand|"
                    # "heeft Zelensky in Kiev opgezocht": visited him
                    "opgezocht|omhelsde|tweegesprek|onder vier ogen|werklunch|werkdiner|ondertekenden|"
                    "ondertekend|"
                    "ondertekende|tekende|tekenden|getekend|bijeengekomen|samengekomen|topontmoeting|"
                    "driegesprek|begroette|verwelkomde|ontmoeten|ontvangt|bezoekt|"
                    # "de top tussen Trump en Poetin": a summit of two is their meeting
                    "top tussen"),
    talk=words(
        # round fifteen: negotiating with a partner
        "onderhandelde|onderhandelden|onderhandeld|"
        "gesprek|gesprekken|overleg|overlegde|overlegden|overlegd|besprak|bespraken|besproken|"
               "onderhandelingen|onderhandelden|kwamen overeen|overeengekomen|praatten|gepraat|"
               "spraken af|afgesproken"),
    # "heeft contact gehad met": a call unless the text says they met
    spoke=words("sprak|spraken|gesproken|praatte|spreekt|contact gehad|contact had|"
                "contact hadden"),
    # round fifteen: "schudde maandag in Vilnius de hand van X": the handshake, its verb a few words before
    split_inner={"hand": ("schudde|schudden|schudt", "in_person")},
    split_cues={"op": ("belde|belden|belt|bellen", "phone"),
                "bijeen": ("kwam|kwamen|komt|komen", "in_person"),
                "samen": ("kwam|kwamen|komt|komen", "in_person"),
                "af": ("sprak|spraken|spreekt|spreken", "talk")},
    roundup=words("felicitaties|boodschappen|leiders"),
    # (a plan word in a comparison tells how the held meeting went: "duurde langer dan gepland")
    not_cues=words("persconferentie|dan gepland|zoals gepland|dan verwacht|zoals verwacht|riep op"),
    caller_words=words("belde|telefoneerde"),
    from_words=words("van"),
    receive_words=words("kreeg|ontving een telefoontje"),
    initiative=words("op initiatief van|op uitnodiging van|op verzoek van"),
    eves=words("op de vooravond van|aan de vooravond van"),
    planned=words("zal|zullen|gaat|gaan|wil|willen|gepland|geplande|plant|voorzien|van plan|zou|zouden|"
                  "verwacht|verwachte|uitnodiging|uitgenodigd|volgende|komende|hoopt|hopen|bereid|morgen|"
                  "binnenkort|staat gepland|stond gepland|op het programma|moet|moeten|"
                  # "staat open voor een gesprek met X": willing, not held
                  "staat open voor|openstaat voor|open staat voor|open voor|"
                  # "nodigde X uit voor een ontmoeting": invited, not met
                  "nodigde|nodigden|nodigt"),
    # "het is de bedoeling dat": everything after it in the sentence is planned
    planned_sentence=words("het is de bedoeling dat|de verwachting is dat|naar verwachting"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("naar verluidt|zou hebben|zouden hebben|geruchten"),
    exclusions=words("uitgesloten|sluit uit|sloot uit"),
    negation=words("niet|geen|nooit|zonder|afgezegd|uitgesteld|geannuleerd|afgelast"),
    denial=words("ontkende|ontkent|niet gepland|niet voorzien|geen ontmoeting|geen gesprek|spreekt tegen|"
                 "sprak tegen|ging niet door|gaat niet door|vond niet plaats|vindt niet plaats|"
                 # "een ontmoeting is niet aan de orde": not on the table
                 "niet aan de orde"),
    visit=words("bezoek|staatsbezoek|werkbezoek|bezocht|reis|aangekomen|arriveerde|ontvangen|ontvangst|"
                "kremlin|witte huis|torentje|catshuis|"
                # travel verbs, as German "gereist"
                "gereisd|reisde|reisden|gevlogen|vloog|"
                # went there ("ging in 2019 naar Washington"): a travel verb, no cue
                "ging|gingen"),
    summit=words("top|topontmoeting|navo-top|eu-top|g20|g7|in de marge|marge|algemene vergadering|"
                 "conferentie|forum"),
    fillers=words("van|de|het|der|republiek|koninkrijk|heer|mevrouw"),
    comma_relatives=words("die|wie"),
    relative=words("welke|waar|die zich"),
    # ("ontmoet" is also the participle: "heeft maandag Zelensky ontmoet" is past)
    present=words("ontvangt|bezoekt|spreekt|komt|reist|belt|praat"),
    definites=words("de|het|die|deze|dit"),
    members=words("de delegatie bestond uit|tot de delegatie behoorden|de delegatie omvatte|"
                  "deel van de delegatie waren"),
    companions=words("samen met|vergezeld door|vergezeld van|in gezelschap van"),
    subordinators=words("nadat|voordat|terwijl|toen|hoewel|alvorens"),
    units_ago={**mapping(7, "weken geleden|week geleden"), **mapping(30, "maanden geleden|maand geleden"),
               **mapping(365, "jaar geleden")},
    months={**mapping(1, "januari"), **mapping(2, "februari"), **mapping(3, "maart"), **mapping(4, "april"),
            **mapping(5, "mei"), **mapping(6, "juni"), **mapping(7, "juli"), **mapping(8, "augustus"),
            **mapping(9, "september"), **mapping(10, "oktober"), **mapping(11, "november"),
            **mapping(12, "december")},
    # a part of the day written into the weekday: "dinsdagavond", "woensdagmiddag"
    weekdays={**dict(_DAYS),
              **{day + part: n for day, n in _DAYS
                 for part in ("ochtend", "morgen", "middag", "avond", "nacht")}},
    past_seasons={**mapping(10, "afgelopen herfst|vorige herfst|afgelopen najaar|vorig najaar"),
                  **mapping(7, "afgelopen zomer|vorige zomer"),
                  **mapping(4, "afgelopen voorjaar|vorig voorjaar|afgelopen lente")},
    relative_years={"vorig jaar": -1, "afgelopen jaar": -1, "dit jaar": 0},
    relative_months={"twee jaar geleden": -24, "een jaar geleden": -12, "een jaar eerder": -12,
                     "vorige maand": -1,
                     "afgelopen maand": -1, "deze maand": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"enkele dagen geleden": -3, "een paar dagen geleden": -3,
                   "vandaag": 0, "gisteren": -1, "eergisteren": -2, "morgen": 1, "vanochtend": 0,
                   "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "gisteravond": -1, "gistermiddag": -1,
                   "gisterochtend": -1},
    relative_weeks={"vorige week": -1, "afgelopen week": -1, "deze week": 0, "volgende week": 1,
                    "begin deze week": 0,
                    # "in recent days": the days just gone, kept as the month they fall in
                    "de afgelopen dagen": 0, "afgelopen dagen": 0, "de voorbije dagen": 0},
    anchored_days={"de volgende dag": 1, "een dag later": 1, "de dag erna": 1, "daags erna": 1,
                   "de dag ervoor": -1, "een dag eerder": -1, "daags ervoor": -1, "dezelfde dag": 0,
                   "op dezelfde dag": 0, "diezelfde dag": 0, "de dag daarop": 1, "de dag daarvoor": -1},
    day_units={"dagen later": 1, "dag later": 1, "dagen nadien": 1, "dagen eerder": -1, "dagen daarvoor": -1},
    day_units_ago=words("dagen geleden|dag geleden"),
    # "twee dagen na zijn gesprek met X": a contact inside that event is that many days before the main one
    event_units={"dagen na": 1, "dag na": 1, "dagen voor": -1, "dag voor": -1},
    event_days={"de dag na": 1, "daags na": 1, "de dag voor": -1, "daags voor": -1,
                "aan de vooravond van": -1},
    past=words("vorige|vorig|afgelopen"),
    month_leads=words("in|sinds|begin|eind|half|medio|tot|vanaf|halverwege"),
    year_leads=words("in|sinds|tot|vanaf"),
    numbers={"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
             "negen": 9, "tien": 10},
    complementizers=words("dat"),
    reporting=words("zei|zegt|verklaarde|liet weten|meldde|aldus|volgens|benadrukte|bevestigde|"
                    "maakte bekend|kondigde aan"),
    restating=words("het was|dat was|het ging om|het gesprek was|de ontmoeting was"),
    since=words("sinds|sedert"),
    since_contacts=words("sinds"),
    firsts=words("eerste"),
    joins=words("nam deel|namen deel|deelgenomen|sloot aan|sloot zich aan|schoof aan|schoven aan|deelname|"
                "trilateraal|trilaterale"),
    place_relatives=words("waar"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("begroette|verwelkomde|overhandigde"),
    time_relatives=words("toen"),
    joint_acts=words("openden|onthulden|legden"),
    # auxiliaries of a verb-second clause closed by its participle ("In mei waren de twee in Aken
    # bijeengekomen"): the pair word after one is the clause's subject
    auxiliaries=words("was|waren|is|zijn|had|hadden|heeft|hebben|werd|werden"),
    # ANP's, NOS's and the Flemish outlets' page lines: another story's headline, a photo caption
    read_also=words("lees ook|lees meer|bekijk ook|ook interessant|zie ook|meer over dit onderwerp"),
    captions=words("foto|beeld|fotobijschrift|op de foto"),
    # the late leader ("wijlen koning Boudewijn", "de overleden paus")
    deceased=words("wijlen|overleden|gestorven|overledene"),
    elect=words("verkozen|gekozen|beoogd|beoogde|voormalig|voormalige|oud|ex"),
    inserts=words("al|ook|opnieuw|kort|uitgebreid|persoonlijk|nog|"
                  # the day inside the verb: "kwamen vrijdag bijeen", "had dinsdag een telefoongesprek"
                  "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    stopwords=words("het|een|en|of|met|te|in|op|aan|bij|uit|na|om|als|zo|dan|hij|zij|ze|die|dat|er|is|was|"
                    "wie|wat|waar|toen|voor|door|naar|tot|maar|haar|hem"),
    presence=words("in aanwezigheid van|in het bijzijn van"),
    trilateral=words("trilateraal|trilaterale|driegesprek"),
    between=words("tussen"),
    # "hun derde ontmoeting", "de tweede ontmoeting tussen de twee" (rules._counted_earlier)
    count_ordinals=words("tweede|derde|vierde"),
    count_higher=words("derde|vierde"),
    count_owners=words("hun"),
    group_refs=words("de staats- en regeringsleiders|de regeringsleiders|de leiders|"
                     "de staatshoofden"),
    last_time=words("voor het laatst|de laatste keer|de vorige keer|vorige ontmoeting|vorige gesprek|"
                    "vorige telefoongesprek|vorige bezoek"),
    during=words("tijdens"),
    public_posts=words("op sociale media|op x|op twitter|op instagram|op facebook"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("indien|tenzij|mocht"),
    urges=words("riep op|drong aan|spoorde aan|roept op"),
    organizers=words("georganiseerd door|bijeengeroepen door"),
    additives=words("ook|eveneens|bovendien"),
    turns=words("intussen|ondertussen|los daarvan"),
    then_words=words("destijds|bij die gelegenheid"),
    with_words=words("met"),
    iteratives=words("meermaals|meerdere keren|herhaaldelijk|twee keer|drie keer|tweemaal|driemaal"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    capitals=_PLACES[2],
    # the seats of government are places like their capitals ("spraken in het Oval Office" is a meeting;
    # "meldde het Witte Huis", "een woordvoerder van het Witte Huis" are the source, no place)
    seats={"witte huis": "USA", "oval office": "USA", "élysée": "FRA", "elysée": "FRA", "elyseepaleis": "FRA",
           "downing street": "GBR", "catshuis": "NLD", "torentje": "NLD"},
    topics={
        "bilateral_relations": words("bilateral*|betrekkingen|relatie*|samenwerking|partnerschap|vriendschap|"
                                     "bondgeno*|beide landen|diplomatieke betrekkingen|ambassade*|"
                                     "visa|visum"
                                     "|samenwerk*|partnerschap*|banden|vriendschappelijk*|toenadering|"
                                     "verzoening|normalisering|normalisatie|bondgenootschap|"
                                     "tussen beide landen"
                                     "|samengewerkt|samen te werken|diplomatieke banden"
                                     "|strategisch partnerschap"),
        "trade_economy": words("handel|handels*|economi*|economisch*|importheffing*|invoerheffing*|tarie*|"
                               "financ*|markt*|export*|import*|douane|vrijhandel*|begroting|valuta|schulden*|"
                               "staatsschuld*|imf|"
                               "wereldbank|inflatie|subsidie*|bedrijven|zeldzame aardmetalen"
                               "|handelsbetrekkingen|bedrijfsleven|ondernemingen|lening|leningen|douane*|"
                               "economie"
                               "|handelsakkoord*|handelsverdrag*|handelsoorlog|bedrijf|industrie*"
                               "|toeleveringsketen*"
                               "|heffingen"),
        "investment": words("investering*|investeren|investeerder*|beleggingen|investeert|investeerde|"
                            "geïnvesteerd|kapitaal|staatsfonds"
                            "|joint venture*|buitenlandse investeringen"),
        "energy": words("energie*|olie|gas|lng|elektriciteit|energiecentrale*|elektriciteitscentrale*|"
                        "kolencentrale*|gascentrale*|waterkrachtcentrale*|hernieuwbare|pijpleiding*|"
                        "kernenergie|zonne-energie|windenergie|windpark*|windmolen*|windturbine*|waterstof|"
                        "steenkool|kolen|opec|brandstof*"
                        "|aardgas|aardolie|ruwe olie|windenergie"
                        "|gasleverantie*|gasvoorziening|gasprijs|gasprijzen|olieprijs|olieprijzen"
                        "|elektriciteitsnet"),
        "security_defense": words("veiligheid*|defensie|militair*|leger*|strijdkrachten|raket*|troepen|"
                                  "soldaten|luchtverdediging|veiligheidsgaranties|afschrikking|marine|"
                                  "gevechtsvliegtuig*|f-16*|drones|munitie|navo|wapen|wapens|"
                                  "wapenleverantie*|wapensysteem|wapensystemen|wapenhulp|wapenexport*|"
                                  "drugshandel|georganiseerde misdaad|kartels|fentanyl"
                                  "|defensie*|wapenlevering*|luchtafweer|onderzeeër*|fregat*|"
                                  "veiligheidsgarantie|militaire steun"
                                  "|krijgsmacht|luchtmacht|bewapening|oorlogsschepen"),
        "counterterrorism": words("terroris*|jihadis*|extremis*|islamitische staat"
                                  "|terreur*|aanslag|aanslagen|radicalisering"),
        "conflict_ceasefire": words("staakt-het-vuren|wapenstilstand|bestand|oorlog*|conflict*|invasie|"
                                    "escalatie|de-escalatie|vijandelijkheden|vrede*|vredesbesprekingen|"
                                    "vredesproces|agressie|aanval*|offensief|vredesplan|gijzel*|"
                                    "gevangenenruil|krijgsgevangen*|bombardement*|crisis|oekraïne|"
                                    "gevechten|frontlinie|vredesakkoord|vredesovereenkomst|"
                                    "vredesonderhandelingen|bemiddeling|bemiddelaar|oorlogsmisdaden|"
                                    "burgerslachtoffers|rebellen|milities"
                                    "|luchtaanval*|raketaanval*|droneaanval*|burgeroorlog|beschieting*|"
                                    "minsk-akkoorden|vredesgesprekken"
                                    "|wapenbestand|vredesoverleg|gevechtshandelingen"),
        "humanitarian": words("humanitair*|hulp*|burgers|hongersnood|evacuatie|aardbeving*|overstroming*|"
                              "ramp*|slachtoffers|rode kruis|noodhulp|humanitaire hulp"
                              "|burgerbevolking|honger|rode halve maan|hulpgoederen|hulpkonvooi*"),
        "reconstruction": words("wederopbouw|herstel*"
                                "|heropbouw"),
        "migration_refugees": words("migratie*|migrant*|vluchteling*|asiel*|immigratie|terugkeer|"
                                    "grensbewaking"
                                    "|immigranten|mensensmokkel*|arbeidsmigratie|illegale migratie"),
        "nuclear_nonproliferation": words("nucleair*|kernwapen*|atoom*|verrijking|uranium|iaea|"
                                          "denuclearisatie|kerncentrale*"
                                          "|kernprogramma|atoomprogramma|kernakkoord|atoomakkoord|"
                                          "non-proliferatie|chemische wapens|massavernietigingswapens"),
        "climate_environment": words("klimaat*|milieu*|uitstoot|emissie*|opwarming|co2|biodiversiteit|"
                                     "energietransitie|cop"
                                     "|broeikasgas*|ontbossing|klimaatverandering"),
        "health": words("gezondheid*|pandemie|covid*|coronavirus|corona|vaccin*|epidemie|medisch*|"
                        "ziekenhui*|ziekte*"
                        "|volksgezondheid|geneesmiddelen|medicijnen"),
        "regional_situation": words("regio*|situatie|midden-oosten|gaza*|westelijke jordaanoever|balkan|"
                                    "sahel|buurland*|regionale stabiliteit|koreaans schiereiland|"
                                    "noord-korea|haïti|jemen|soedan|libië|syrië|rode zee|taliban"
                                    "|kaukasus|indo-pacific|indo-pacifisch*|hoorn van afrika|"
                                    "westelijke balkan|libanon|irak"),
        "sovereignty_territorial_integrity": words("soevereiniteit|territoriale integriteit|"
                                                   "onafhankelijkheid|annexatie|bezette gebieden|"
                                                   "grondgebied|bezetting|bezette|separatis*|afscheiding|"
                                                   "zelfbeschikking*|taiwan|zuid-chinese zee|"
                                                   "een-chinabeleid|territoriale"
                                                   "|soeverein*|grensgeschil*|gebiedsaanspraken|"
                                                   "geannexeerd*|territorium|zelfbeschikking"
                                                   "|grensconflict*"),
        "domestic_politics_elections": words("verkiezing*|kiezers|herverkiezing|referendum|parlement*|"
                                             "tweede kamer|grondwet*|oppositie|staatsgreep|coalitie*|"
                                             "kabinet*"),
        "ceremonial": words("felicitatie*|gefeliciteerd|condoleance*|herdenking*|jubileum|"
                            "nationale feestdag|koningsdag|onderscheiding*|staatsbanket|condoleren|"
                            "medeleven|rouw|nieuwjaarswensen|gelukwens*"
                            "|feliciteerde|feliciteren|feliciteert|verjaardag|nieuwjaar|rouwbetuiging"
                            "|uitvaart|begrafenis"),
        "sanctions": words("sancti*|embargo|prijsplafond|strafmaatregelen|exportcontroles|"
                           "exportbeperkingen|bevroren tegoeden|blokkade"
                           "|sanctiepakket*|tegoeden bevroren|exportverbod"),
        "human_rights_minorities": words("mensenrechten|minderhe*|vrijheid*|politieke gevangenen|"
                                         "rechtsstaat|persvrijheid|mensenrechtenschendingen|"
                                         "vrijheid van meningsuiting|godsdienstvrijheid|"
                                         "maatschappelijk middenveld|oppositieleden|activisten|oeigoeren|"
                                         "onderdrukking|marteling|doodstraf|discriminatie|racisme|lhbti*"),
        "multilateral_diplomacy": words("vn|verenigde naties|veiligheidsraad|multilateral*|g7|brics|"
                                        "europese unie|eu|afrikaanse unie|algemene vergadering|"
                                        "internationale gemeenschap|ovse|wto|navo-top|eu-top"),
        "infrastructure_transport": words("infrastructuur|transport|vervoer|spoorlijn*|spoorverbinding*|"
                                          "spoornet*|haven*|scheepvaart|"
                                          "wegen|luchthavens|corridor*|maritiem*|brug|bruggen"
                                          "|logistiek|snelweg*|spoorweg*|hogesnelheidslijn*|"
                                          "connectiviteit|havens"),
        "food_agriculture": words("voedsel*|landbouw*|graan*|tarwe|kunstmest|boeren|oogst*|visserij|"
                                  "veeteelt|vlees|zuivel|soja|landbouwproducten|voedselzekerheid"
                                  "|maïs|meststoffen|agrarisch*|levensmiddelen|gewassen"),
        "technology": words("technologie*|digita*|kunstmatige intelligentie|ai|halfgeleider*|chip*|cyber*|"
                            "innovatie*|ruimtevaart|satelliet*|telecom*|quantum*"
                            "|technologisch*|kwantum*"),
        "culture_education_tourism": words("cultu*|onderwijs|toerisme|toeristen|studenten|universiteit*|"
                                           "sport*|erfgoed|muse*|uitwisseling*"
                                           "|studenten*|toerist*|academisch*|universiteiten"),
    },
    places={"gaza": "Gaza", "midden-oosten": "Middle East", "krim": "Crimea", "donbas": "Donbas"},
)
