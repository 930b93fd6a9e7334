"""Italian."""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names, demonyms and capitals in Italian (ISO3; names; demonyms; capitals), until the
# gazetteer carries them. The seats of government are places like their capitals ("ha parlato con Meloni a
# Palazzo Chigi": they were in one room).
_PLACES = place_table("""
USA; Stati Uniti/Stati Uniti d'America/USA/America; statunitense/statunitensi/americano/americana/americani/
    americane; Washington
RUS; Russia/Federazione Russa; russo/russa/russi/russe; Mosca
CHN; Cina/Repubblica Popolare Cinese; cinese/cinesi; Pechino
FRA; Francia; francese/francesi; Parigi/Eliseo
DEU; Germania; tedesco/tedesca/tedeschi/tedesche; Berlino
GBR; Regno Unito/Gran Bretagna/Inghilterra; britannico/britannica/britannici/britanniche/inglese/inglesi;
    Londra
ITA; Italia; italiano/italiana/italiani/italiane; Roma/Palazzo Chigi/Quirinale/Palazzo del Quirinale
ESP; Spagna; spagnolo/spagnola/spagnoli/spagnole; Madrid
PRT; Portogallo; portoghese/portoghesi; Lisbona
BRA; Brasile; brasiliano/brasiliana/brasiliani/brasiliane; Brasilia
ARG; Argentina; argentino/argentina/argentini/argentine; Buenos Aires
MEX; Messico; messicano/messicana/messicani/messicane; Città del Messico
CAN; Canada; canadese/canadesi; Ottawa
JPN; Giappone; giapponese/giapponesi; Tokyo
IND; India; indiano/indiana/indiani/indiane; Nuova Delhi
TUR; Turchia; turco/turca/turchi/turche; Ankara
IRN; Iran; iraniano/iraniana/iraniani/iraniane; Teheran
ISR; Israele; israeliano/israeliana/israeliani/israeliane; Gerusalemme
PSE; Palestina; palestinese/palestinesi; Ramallah
EGY; Egitto; egiziano/egiziana/egiziani/egiziane; Il Cairo/Cairo
SAU; Arabia Saudita; saudita/sauditi/saudite; Riad/Riyad
ARE; Emirati Arabi Uniti/Emirati; emiratino/emiratina/emiratini/emiratine; Abu Dhabi
QAT; Qatar; qatariota/qatarioti/qatariote/qatarino/qatarina; Doha
SYR; Siria; siriano/siriana/siriani/siriane; Damasco
IRQ; Iraq; iracheno/irachena/iracheni/irachene; Baghdad
JOR; Giordania; giordano/giordana/giordani/giordane; Amman
LBN; Libano; libanese/libanesi; Beirut
UKR; Ucraina; ucraino/ucraina/ucraini/ucraine; Kiev/Kyiv
POL; Polonia; polacco/polacca/polacchi/polacche; Varsavia
HUN; Ungheria; ungherese/ungheresi; Budapest
GRC; Grecia; greco/greca/greci/greche; Atene
NLD; Paesi Bassi/Olanda; olandese/olandesi; Amsterdam/L'Aia
BEL; Belgio; belga/belgi/belghe; Bruxelles
AUT; Austria; austriaco/austriaca/austriaci/austriache; Vienna
CHE; Svizzera; svizzero/svizzera/svizzeri/svizzere; Berna
SWE; Svezia; svedese/svedesi; Stoccolma
NOR; Norvegia; norvegese/norvegesi; Oslo
FIN; Finlandia; finlandese/finlandesi; Helsinki
DNK; Danimarca; danese/danesi; Copenaghen
IRL; Irlanda; irlandese/irlandesi; Dublino
ROU; Romania; romeno/romena/romeni/romene/rumeno/rumena/rumeni/rumene; Bucarest
SRB; Serbia; serbo/serba/serbi/serbe; Belgrado
HRV; Croazia; croato/croata/croati/croate; Zagabria
SVN; Slovenia; sloveno/slovena/sloveni/slovene; Lubiana
SVK; Slovacchia; slovacco/slovacca/slovacchi/slovacche; Bratislava
CZE; Repubblica Ceca/Cechia; ceco/ceca/cechi/ceche; Praga
BGR; Bulgaria; bulgaro/bulgara/bulgari/bulgare
LTU; Lituania; lituano/lituana/lituani/lituane; Vilnius
LVA; Lettonia; lettone/lettoni
EST; Estonia; estone/estoni; Tallinn
BLR; Bielorussia; bielorusso/bielorussa/bielorussi/bielorusse; Minsk
KAZ; Kazakistan; kazako/kazaka/kazaki/kazake; Astana
AZE; Azerbaigian; azero/azera/azeri/azere; Baku
ARM; Armenia; armeno/armena/armeni/armene; Erevan
GEO; Georgia; georgiano/georgiana/georgiani/georgiane; Tbilisi
PAK; Pakistan; pakistano/pakistana/pakistani/pakistane; Islamabad
AFG; Afghanistan; afghano/afghana/afghani/afghane; Kabul
KOR; Corea del Sud; sudcoreano/sudcoreana/sudcoreani/sudcoreane; Seul
PRK; Corea del Nord; nordcoreano/nordcoreana/nordcoreani/nordcoreane; Pyongyang
VNM; Vietnam; vietnamita/vietnamiti/vietnamite; Hanoi
IDN; Indonesia; indonesiano/indonesiana/indonesiani/indonesiane; Giacarta
AUS; Australia; australiano/australiana/australiani/australiane; Canberra
NZL; Nuova Zelanda; neozelandese/neozelandesi; Wellington
ZAF; Sudafrica; sudafricano/sudafricana/sudafricani/sudafricane; Pretoria
NGA; Nigeria; nigeriano/nigeriana/nigeriani/nigeriane; Abuja
ETH; Etiopia; etiope/etiopi; Addis Abeba
KEN; Kenya; keniota/kenioti/keniote; Nairobi
DZA; Algeria; algerino/algerina/algerini/algerine; Algeri
MAR; Marocco; marocchino/marocchina/marocchini/marocchine; Rabat
TUN; Tunisia; tunisino/tunisina/tunisini/tunisine; Tunisi
LBY; Libia; libico/libica/libici/libiche; Tripoli
SEN; Senegal; senegalese/senegalesi; Dakar
AGO; Angola; angolano/angolana/angolani/angolane; Luanda
MOZ; Mozambico; mozambicano/mozambicana/mozambicani/mozambicane; Maputo
VEN; Venezuela; venezuelano/venezuelana/venezuelani/venezuelane; Caracas
COL; Colombia; colombiano/colombiana/colombiani/colombiane; Bogotà
CHL; Cile; cileno/cilena/cileni/cilene; Santiago del Cile
PER; Perù; peruviano/peruviana/peruviani/peruviane; Lima
BOL; Bolivia; boliviano/boliviana/boliviani/boliviane; La Paz
URY; Uruguay; uruguaiano/uruguaiana/uruguaiani/uruguaiane; Montevideo
CUB; Cuba; cubano/cubana/cubani/cubane; L'Avana
VAT; Vaticano/Santa Sede/Città del Vaticano; vaticano/vaticana
KWT; Kuwait; kuwaitiano/kuwaitiana/kuwaitiani; Kuwait City
OMN; Oman; omanita/omaniti; Mascate
BHR; Bahrein/Bahrain; bahreinita/bahreiniti; Manama
YEM; Yemen; yemenita/yemeniti; Sana'a
SDN; Sudan; sudanese/sudanesi; Khartoum
MLT; Malta; maltese/maltesi; La Valletta
CYP; Cipro; cipriota/ciprioti/cipriote; Nicosia
LUX; Lussemburgo; lussemburghese/lussemburghesi
PHL; Filippine; filippino/filippina/filippini/filippine; Manila
THA; Thailandia; thailandese/thailandesi; Bangkok
MYS; Malesia; malese/malesi; Kuala Lumpur
SGP; Singapore; singaporiano/singaporiana/singaporiani
EU; Unione Europea/UE; europeo/europea/europei/europee
""")

# Return visits ("vi era tornato a luglio"): a second act of the pair just told (see Lexicon.returns);
# each is also a visit word and an in-person cue.
_RETURNS = words("vi era tornato|vi era tornata|vi è tornato|vi è tornata|vi erano tornati|"
                 "ci era tornato|ci era tornata|ci è tornato|ci è tornata|vi ha fatto ritorno|"
                 "vi aveva fatto ritorno|vi fece ritorno")

LEXICON = Lexicon(
    lang="it",
    titles={
        **mapping("president", "presidente|presidentessa|capo di stato"),
        **mapping("crown_prince", "principe ereditario"),
        **mapping("monarch", "re|regina|emiro|sultano|sovrano|sovrana|monarca|imperatore|imperatrice"),
        **mapping("supreme_leader", "guida suprema"),
        **mapping("pope", "papa|pontefice|santo padre"),
        **mapping("prime_minister", "primo ministro|prima ministra|premier|capo del governo|"
                                    "presidente del governo"),
        **mapping("chancellor", "cancelliere|cancelliera"),
        **mapping(None, "leader"),
    },
    plural_titles={**mapping("president", "presidenti|capi di stato"),
                   **mapping("prime_minister", "primi ministri|capi di governo"),
                   **mapping(None, "leader")},
    org_titles={
        **mapping("UN", "segretario generale dell'onu|segretario generale delle nazioni unite"),
        **mapping("EU", "presidente della commissione europea|presidente del consiglio europeo"),
    },
    country_titles={
        # the Kremlin's chief is Russia's president
        **mapping(("RUS", "head_of_state"), "capo del cremlino|leader del cremlino|inquilino del cremlino|"
                                            "capo del kremlino"),
        # the White House's and the Elysée's tenant are the US and the French president
        **mapping(("USA", "head_of_state"), "inquilino della casa bianca|capo della casa bianca"),
        **mapping(("FRA", "head_of_state"), "inquilino dell'eliseo|capo dell'eliseo"),
        **mapping(("DEU", "head_of_government"), "cancelliere tedesco|cancelliera tedesca"),
        # Italy's own title; another country named with it wins ("presidente del Consiglio libanese")
        **mapping(("ITA", "head_of_government"), "presidente del consiglio|presidentessa del consiglio|"
                                                 "presidente del consiglio dei ministri"),
        # "il Capo dello Stato" is Mattarella in the Italian press, also beside a foreign president named
        # first ("Xi Jinping ha accolto il Capo dello Stato"); "il capo dello Stato francese" is Macron
        **mapping(("ITA", "head_of_state"), "capo dello stato|presidente della repubblica|"
                                            "inquilino del quirinale|inquilina del quirinale"),
        # the seat for its tenant, as with the Kremlin's: "il capo di Palazzo Chigi" is the prime minister
        **mapping(("ITA", "head_of_government"), "capo di palazzo chigi|inquilino di palazzo chigi|"
                                                 "inquilina di palazzo chigi"),
    },
    # "la premier" with no premier named is Meloni; "il premier britannico Starmer ... il premier" is not
    own_titles=mapping("ITA", "premier|primo ministro|prima ministra|capo del governo"),
    ministers=words("leader dell'opposizione|oppositore|oppositrice|"
                    "ministro|ministra|ministri|ministro degli esteri|ministro degli affari esteri|portavoce|"
                    "inviato|inviato speciale|ambasciatore|ambasciatrice|consigliere|consigliera|"
                    "vicepresidente|vicepremier|sottosegretario|segretario di stato|governatore|sindaco|"
                    "delegazione|capo della diplomazia|ex presidente|ex premier|presidente della camera|"
                    "presidente del senato|first lady"),
    # (a guest or host of a named country: "بالضيف الهندي", "der indische Gast", "l'hôte congolais")
    counterparts=words("omologo|omologa|omologhi|suo ospite|sua ospite|l'ospite"),
    # "ha avuto colloqui separati con ciascuno di loro": each of the pair just told
    pair_refs=words("ciascuno di loro|ciascuno dei due|dei due leader|dei due premier|dei due presidenti|"
                    "i due leader|i due presidenti|le due parti|entrambi i leader|i due capi di stato|"
                    "i due capi di governo|i due premier|i due uomini|entrambi|"
                    # the bare plural, also a group word below: the pair when no meeting of three was told
                    "i leader|i capi di stato"),
    pair_heads=words("i due"),
    pair_possessives=words("loro"),
    group_heads={"i tre": 3, "i quattro": 4, "i cinque": 5},
    ref_nouns=words("leader|presidenti|capi di stato|capi di governo|premier"),
    pronouns=words("lui|lei"),
    # object clitics before the verb or its auxiliary: the one received or called ("lo aveva accolto")
    clitics=("lo", "la", "l'"),
    clitic_auxiliaries=("ha", "aveva", "hanno", "avevano", "ebbe", "è", "era"),
    plural_clitics=("li", "le"),
    object_pronouns=words("con lui|con lei|il suo ospite|suo ospite|l'ospite|il visitatore"),
    plural_pronouns=words("loro"),
    feminine=words("lei"),
    masculine=words("lui"),
    indefinites=words("un|una|uno|qualsiasi|nessun"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("diversi|diverse|alcuni|alcune|vari|varie|numerosi"),
    # "ha avuto un colloquio telefonico con": longer than the talk cue "ha avuto un colloquio" it holds
    phone=words("telefonata|telefonate|colloquio telefonico|ha avuto un colloquio telefonico|"
                "hanno avuto un colloquio telefonico|ha avuto una conversazione telefonica|"
                "hanno avuto una conversazione telefonica|conversazione telefonica|al telefono|"
                "telefonicamente|ha telefonato|hanno telefonato|si sono sentiti|sentiti al telefono|"
                # the pluperfect of background calls ("i due si erano sentiti al telefono a febbraio")
                "si erano sentiti|si erano sentite|si era sentito|si era sentita|"
                "ha chiamato|per telefono|chiamare|telefonerà|telefoneranno|"
                # the pluperfect of a background call ("Biden aveva telefonato a Francesco")
                "aveva telefonato|avevano telefonato"),
    video=words("videoconferenza|videochiamata|in collegamento video|collegamento video|in video|"
                "videocollegamento|in videocollegamento|videochiamate|videoconferenze"),
    written=words("lettera|lettere|messaggio|messaggi|telegramma|"
                  "missiva|ha scritto a|ha scritto al|ha scritto alla|aveva scritto a|aveva scritto al"),
    greeting=words("congratulazioni|condoglianze|si è congratulato|si è congratulata|ha fatto gli auguri|"
                   "felicitazioni"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("conferenza stampa congiunta|conferenza stampa comune|punto stampa congiunto"),
    in_person=words(
        # round fifteen: the host's guest; an audience given (not the bare noun)
        "è stata ospite di|è stato ospite di|ospite di|ricevuto in udienza|ricevuta in udienza|"
        "si sono scambiati i saluti|si è scambiato i saluti|hanno scambiato i saluti|"
                    # the pair's own summit ("dopo il loro vertice in Alaska")
                    "il loro vertice|loro vertice|il loro ultimo vertice|il loro precedente vertice|"
                    # "ha visto Macron a Parigi": a meeting, with the person right after (object_cues)
                    "ha visto|aveva visto|"
                    "hanno scambiato qualche parola|avevano scambiato qualche parola|"
                    "si erano scambiati qualche parola|"
                    "ha insignito|ha consegnato|incontrando|ha annunciato con|"
                    "hanno annunciato congiuntamente|vertice con|si erano conosciuti|"
                    "si sono conosciuti|si erano conosciute|si sono conosciute|ha abbracciato|"
                    "abbracciato|si sono abbracciati|ha salutato|ha stretto la mano|"
                    "visita non annunciata|visita a sorpresa|incontro|incontri|incontrato|incontrata|"
                    "incontrati|ha incontrato|hanno incontrato|si sono incontrati|si è incontrato|"
                    "si è incontrata|si erano incontrati|incontrerà|ricevuto|ricevuta|ricevuti|"
                    "ha ricevuto|è stato ricevuto|è stata ricevuta|sono stati ricevuti|visita|visite|"
                    "ha visitato|bilaterale|vertice bilaterale|accolto|accolta|accolti|ha accolto|"
                    "colazione di lavoro|cena|pranzo|stretta di mano|si sono stretti la mano|"
                    # the handshake in other tenses
                    "si erano stretti la mano|si stringono la mano|hanno stretto la mano|"
                    ""
                    "riunione|faccia a faccia|tête-à-tête|bilaterali|hanno firmato|ha firmato|"
                    "firmato|si sono visti|si erano visti|vertice trilaterale|"
                    # one subject "with" the other: "con Zelensky il premier si era visto al G7"
                    "si era visto|si era vista|si è visto con|si è vista con|"
                    "incontro trilaterale|a tu per tu|si è recato|si è recata|si sono recati|"
                    # the pluperfect of background visits ("Draghi si era recato ad Algeri ad aprile")
                    "aveva visitato|si era recato|si era recata|si erano recati|"
                    # headlines and announcements tell a meeting in the present or the future
                    "incontra|incontrano|si incontrano|incontreranno|si incontreranno|si vedranno|"
                    "incontrarsi|riceverà|riceveranno|"
                    # the cleft "è stato X a incontrare Y" tells who met: a held meeting, whatever "a" follows
                    # (a plan word before it still makes it a plan: "andrà a incontrare")
                    "a incontrare|ad incontrare|a ricevere|ad accogliere|a accogliere|"
                    # with the guest as a clitic: "Ad accoglierla il presidente Zelensky", "dove ad attenderlo
                    # c'era la premier"
                    "ad accoglierla|ad accoglierlo|ad accoglierli|a riceverla|a riceverlo|a riceverli|"
                    "ad attenderla|ad attenderlo|ad attenderli|ad aspettarla|ad aspettarlo|ad aspettarli|"
                    "ad incontrarla|ad incontrarlo|"
                    # a meal taken together ("ha cenato con X e Y")
                    # "vertice tra X e Y": a summit of two is their meeting
                    "vertice tra|vertice fra|"
                    "ha cenato|hanno cenato|aveva cenato|avevano cenato|ha pranzato|hanno pranzato|"
                    "aveva pranzato|avevano pranzato") + _RETURNS,
    # (a short exchange of words between two leaders: "durante un breve scambio a margine del vertice")
    talk=words(
        # round fifteen: conversing and dialogue in the perfect
        "conversato|dialogato|ha conversato|hanno conversato|ha dialogato|hanno dialogato|"
        "breve scambio|scambio di battute|scambio informale|"
               "si è intrattenuto|si è intrattenuta|si sono intrattenuti|si erano intrattenuti|"
               "colloquio|colloqui|ha discusso|hanno discusso|discusso|dialogo|confronto|hanno parlato|"
               "hanno affrontato|affrontato|trattative|consultazioni|ha avuto un colloquio|"
               "hanno avuto un colloquio|hanno concordato|concordato|concordarono|si sono accordati|"
               "hanno convenuto"),
    spoke=words("ha parlato|hanno parlato|sentito|parlato|conversazione|"
                # the reciprocal: "Trump e Zelensky si sono parlati per quindici minuti"
                "si sono parlati|si erano parlati|si sono parlate|si erano parlate|"
                # "si sono scambiati opinioni": words exchanged, by phone unless the text says they met
                "si sono scambiati|si erano scambiati|hanno avuto uno scambio|ha avuto uno scambio|"
                "avevano avuto uno scambio"),
    roundup=words("messaggi|leader|telegrammi|lettere"),
    not_cues=words(
                   # a signed document, not correspondence ("una lettera d'intenti")
                   "lettera d'intenti|lettere d'intenti|lettera di intenti|"
                   "ha chiamato a|chiamato a|la riunione del|una riunione del|ha presieduto la riunione|"
                   "conferenza stampa|"
                   # dialogue as the means of a settlement, no contact ("una soluzione attraverso il dialogo")
                   "attraverso il dialogo|tramite il dialogo|mediante il dialogo|con il dialogo|"
                   "per via del dialogo|al dialogo|"
                   # a plan word in a comparison tells how the held meeting went ("durato più del previsto")
                   "del previsto|di quanto previsto|oltre il previsto|come previsto|rispetto al previsto"),
    caller_words=words("ha telefonato|ha chiamato|aveva telefonato"),
    from_words=words("da|dal|dalla|dallo|dai|dalle"),
    receive_words=words("ha ricevuto"),
    initiative=words("su iniziativa di|su richiesta di|su invito di|su invito del|su invito della|"
                     "su invito dello|dietro invito di"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("prossim",),
    # an invitation after "and" is a plan of its own, not of the contact told before it (rules._invited_after)
    # (and an agreement to meet: a plan of that meeting, not of the call it was reached in)
    eves=words("alla vigilia di|alla vigilia del|alla vigilia della|alla vigilia dell'|alla vigilia dei|"
                "alla vigilia degli"),
    invitations=words("invitato|invitata|invitati|invito|invita|invitano|invitò|"
                      "hanno concordato di incontrarsi|"
                      "hanno concordato di vedersi|hanno convenuto di incontrarsi"),
    # "Si prevede che X incontri Y": what follows the opener is expected, still to come
    planned_sentence=words("si prevede che|è previsto che|si attende che|è atteso che"),
    planned=words("deve|devono|dovrà|dovranno|"
                  "hanno concordato di incontrarsi|hanno concordato di vedersi|"
                  "hanno convenuto di incontrarsi|"
                  # an attempt: "è volata a Washington nel tentativo di incontrare Trump" is no meeting held
                  "nel tentativo di|per cercare di|cercando di|nella speranza di|tentare di|"
                  "era previsto|era prevista|si attendeva|doveva|dovevano|"
                  "incontreranno|riceveranno|visiteranno|si recheranno|andranno|terranno|terrà|"
                  "parteciperanno|parteciperà|firmeranno|si incontreranno|si vedranno|"
                  "incontrerà|riceverà|visiterà|sarà|saranno|previsto|prevista|in programma|invito|"
                  "invitato|domani|prossima|prossimo|dovrebbe|dovrebbero|intende|si recherà|andrà|"
                  "programmato|programmata|atteso|attesa|spera|auspica|incontrare|visitare|ricevere|avrà|"
                  "avranno|farà|faranno|ci sarà|previsti|previste|"
                  # readiness: "si è detto pronto a incontrare" offers a meeting
                  "pronto a|pronta a|pronti a|disposto a|disposta a|disposti a"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("avrebbe|avrebbero|presumibilmente|presunto|presunta|indiscrezioni"),
    exclusions=words("escluso|esclusa|esclude|escludere|fuori discussione"),
    negation=words("non|nessun|nessuna|senza|annullato|annullata|rinviato|rinviata|mai|saltato|assenza|"
                   "mancanza|"
                   # a visit called off: "ha deciso di annullare la visita", "cancellato il viaggio"
                   "annullare|annulla|annullamento|cancellato|cancellata|cancellare|rinunciare|rinunciato"),
    denial=words("smentito|ha smentito|smentisce|non è previsto|non è prevista|non è in programma|nega|"
                 # a contact that fell through ("l'incontro non ha avuto luogo")
                 "non ha avuto luogo|non si è svolto|non si è svolta|non si è tenuto|non si è tenuta"),
    # the past before the past: a contact so told weeks back is an earlier one
    plural_auxiliaries=words("avevano|erano"),
    pluperfect=words("aveva|avevano|era|erano|si era|si erano|era stata|era stato|erano stati|erano state"),
    returns=_RETURNS,
    # "è volata al Cairo per incontrare al-Sisi": the meeting the trip was for ("incontrare" alone a plan)
    purposes=words("per incontrare|per incontrarsi con|per vedere|per colloquiare con"),
    visit=words("visita non annunciata|visita a sorpresa|"
                 "visita|visita ufficiale|visita di stato|arrivato|arrivata|viaggio|missione|quirinale|"
                "palazzo chigi|casa bianca|trasferta|"
                # travel verbs: those "insieme a" a traveller went with him
                "si è recato|si è recata|volato|volata|viaggiato|viaggiata|aveva visitato|si era recato|"
                "si era recata|si erano recati|"
                # went there ("era andato a Washington nel 2019"): a travel verb, no cue
                "era andato a|era andata a|è andato a|è andata a|andò a|erano andati a|"
                # "la premier era stata a Nuova Delhi": been to a place (a visit word, no cue: "era stato a
                # lungo" is none; the visit's host must be a leader the text names)
                "era stata a|era stato a|era stata in|era stato in|erano stati a|erano stati in") + _RETURNS,
    summit=words("vertice|summit|a margine|margini|assemblea generale|g20|g7|brics|conferenza|forum|cop|"
                 "vertice trilaterale"),
    fillers=words("della|del|di|dello|dei|degli|delle|repubblica|il|la|lo|l|signor|signora|sua maestà|"
                  "sua santità|on"),
    # ("the call, which took place yesterday": the date of that clause is the call's)
    took_place=words("si è svolta|si è svolto|si è tenuta|si è tenuto|ha avuto luogo|era avvenuta|"
                      "è avvenuta|è avvenuto"),
    relative=words("quale|dove|cui|che|il quale|la quale"),
    members=words("la delegazione comprendeva|la delegazione era composta da|"
                  "della delegazione facevano parte|la missione comprendeva"),
    # the future tense: "incontrerà", "si incontreranno"
    future_endings=("rà", "ranno"),
    present=words("incontra|incontrano|si incontrano|riceve|ricevono|accoglie|si reca|vede|vedono|"
                  "si riunisce|si riuniscono"),
    # parts of today that place a present-tense contact in the day's programme ("incontra stasera X")
    dayparts=words("stamattina|stamani|stamane|questa mattina|oggi pomeriggio|questo pomeriggio|stasera|"
                   "questa sera|in mattinata|nel pomeriggio|in serata|a mezzogiorno"),
    definites=words("il|lo|la|i|gli|le|l'|quel|quella|quei|quelle"),
    companions=words("insieme a|insieme al|insieme alla|insieme allo|insieme ai|insieme alle|accompagnata da|"
                     "accompagnato da|"
                     # side by side: "ha deposto una corona accanto al presidente X"
                     "accanto a|accanto al|accanto alla|al fianco di|al fianco del|al fianco della"),
    subordinators=words("dopo|prima di|prima che|mentre|quando|sebbene|benché|dopo aver|dopo avere|"
                        "dopo essere"),
    subjectless=words("prima di|dopo aver|dopo avere|dopo essere"),
    complementizers=words("che"),
    reporting=words("ha detto|ha dichiarato|ha affermato|ha annunciato|secondo|ha spiegato|ha sottolineato|"
                    "ha confermato|ha riferito|ha fatto sapere|fa sapere|hanno fatto sapere|fanno sapere|"
                    "ha reso noto|rende noto"),
    # "il giorno 17", "lo scorso giorno 17", "il 17 di questo mese": a day of this month (or the last)
    day_alone_leads=words("il giorno|lo scorso giorno|nel giorno"),
    day_alone_tails=words("di questo mese|del mese corrente|del corrente mese|corrente mese|c.m"),
    units_ago={**mapping(7, "settimane fa|settimana fa"), **mapping(30, "mesi fa|mese fa"),
               **mapping(365, "anni fa|anno fa")},
    months={**mapping(1, "gennaio"), **mapping(2, "febbraio"), **mapping(3, "marzo"), **mapping(4, "aprile"),
            **mapping(5, "maggio"), **mapping(6, "giugno"), **mapping(7, "luglio"), **mapping(8, "agosto"),
            **mapping(9, "settembre"), **mapping(10, "ottobre"), **mapping(11, "novembre"),
            **mapping(12, "dicembre")},
    day_months={**mapping(1, "gen"), **mapping(2, "feb"), **mapping(3, "mar"), **mapping(4, "apr"),
                **mapping(5, "mag"), **mapping(6, "giu"), **mapping(7, "lug"), **mapping(8, "ago"),
                **mapping(9, "set"), **mapping(10, "ott"), **mapping(11, "nov"), **mapping(12, "dic")},
    weekdays={"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
              "domenica": 6},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "lo scorso autunno|l'autunno scorso"),
                  **mapping(7, "la scorsa estate|l'estate scorsa"),
                  **mapping(4, "la scorsa primavera|la primavera scorsa"),
                  # a season named with its preposition: the last one over, or the season of the year after
                  # it ("nell'estate del 2022": 2022)
                  **mapping(10, "in autunno|nell'autunno|d'autunno|durante l'autunno"),
                  **mapping(7, "in estate|nell'estate|d'estate|durante l'estate"),
                  **mapping(4, "in primavera|nella primavera|durante la primavera"),
                  **mapping(1, "in inverno|nell'inverno|d'inverno|durante l'inverno")},
    relative_years={"l'anno scorso": -1, "quest'anno": 0, "dell'anno scorso": -1, "anno scorso": -1,
                    # "nel maggio dello scorso anno"
                    "scorso anno": -1, "lo scorso anno": -1, "dello scorso anno": -1},
    relative_months={"un anno prima": -12,
                     "un anno fa": -12, "due anni fa": -24, "il mese scorso": -1, "questo mese": 0,
                     "mese scorso": -1,  # "alla fine del mese scorso": late last month
                     "il mese prima": -1},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"pochi giorni fa": -3, "qualche giorno fa": -3, "alcuni giorni fa": -3,
                   "oggi": 0, "ieri": -1, "domani": 1, "stamattina": 0, "ieri sera": -1, "l'altro ieri": -2,
                   "ieri mattina": -1, "stasera": 0, "questa mattina": 0, "stamane": 0,
                   "questo pomeriggio": 0, "questa sera": 0, "ieri pomeriggio": -1},
    relative_weeks={"la settimana scorsa": -1, "questa settimana": 0, "settimana scorsa": -1,
                    # "in recent days": the days just gone, kept as the month they fall in
                    "negli ultimi giorni": 0, "nei giorni scorsi": 0},
    anchored_days={"il giorno dopo": 1, "il giorno seguente": 1, "all'indomani": 1, "l'indomani": 1,
                   "il giorno prima": -1, "la vigilia": -1, "alla vigilia": -1, "lo stesso giorno": 0,
                   # in a noun's complement: "il loro colloquio del giorno prima", "della vigilia"
                   "del giorno prima": -1, "della vigilia": -1, "del giorno dopo": 1},
    day_units={"giorni dopo": 1, "giorno dopo": 1, "giorni prima": -1, "giorno prima": -1},
    event_days={"all'indomani di": 1, "all'indomani del": 1, "all'indomani della": 1, "alla vigilia di": -1,
                "alla vigilia del": -1, "alla vigilia della": -1},
    event_units={"giorni dopo aver": 1, "giorno dopo aver": 1, "giorni dopo avere": 1, "giorno dopo avere": 1,
                 "giorni prima di": -1, "giorno prima di": -1},
    day_ordinals={"primo": 1},
    numbers={"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5},
    past=words("scorso|scorsa"),
    month_leads=words("a|ad|in|da|dal|inizio|fine|metà|a metà|nel mese di|all'inizio di|alla fine di|a fine|"
                      "a inizio|ai primi di|a partire da|fino a|"
                      # a contact noun dated by its month: "il loro incontro di marzo", "il vertice di giugno"
                      "incontro di|vertice di|visita di|colloquio di|telefonata di"),
    year_leads=words("nel|dal|entro il"),
    restating=words("è stato|è stata|si tratta di|si è trattato di|era|l'incontro è stato"),
    since=words("dal|dalla|da quando"),
    ordinals=words("secondo|seconda|terzo|terza|quarto|quarta"),
    firsts=words("primo|prima"),
    since_contacts=words("da quando"),
    after_contacts=words("dopo"),
    joins=words("si è unito|si è unita|ha partecipato|hanno partecipato|trilaterale|si è aggiunto|"
                "si è aggiunta|partecipazione"),
    place_relatives=words("dove"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("ha salutato|ha insignito|ha consegnato|ha visto|aveva visto"),
    time_relatives=words("quando"),
    joint_acts=words("hanno inaugurato|hanno siglato|hanno lanciato|hanno deposto|avevano inaugurato|"
                     "avevano siglato|avevano lanciato|"
                     # one subject "with" another: "ha inaugurato con il presidente la nuova linea"
                     "ha inaugurato|aveva inaugurato"),
    predicatives=words("come|in qualità di"),
    read_also=words("leggi anche|vedi anche|potrebbe interessarti|leggi pure"),
    captions=words("foto|didascalia"),
    deceased=words("defunto|defunta|scomparso|scomparsa|morto|morta"),
    done_participles=words(
        "firmato|firmata|firmati|firmate|siglato|siglata|siglati|siglate|raggiunto|raggiunta|"
        "raggiunti|raggiunte|concluso|conclusa|conclusi|concluse|ratificato|ratificata|ratificati|"
        "ratificate|sottoscritto|sottoscritta|sottoscritti|sottoscritte|restituito|restituita|"
        "restituiti|restituite"),
    possible=words("possibile|possibili|eventuale|eventuali"),
    deaths=words("morte di|morte del|scomparsa di|scomparsa del"),
    elect=words("eletto|eletta|designato|designata|ex|uscente"),
    # "i due tornarono a incontrarsi": a verb of repetition before the cue is an adverb ("again")
    inserts=words("già|anche|ancora|nuovamente|brevemente|lungamente|poi|insieme|tornarono|tornati|torna|"
                  "tornano"),
    stopwords=words("si|ci|vi|ne|lo|la|le|gli|il|un|una|di|da|in|con|per|tra|fra|e|o|ma|che|chi|se|non|"
                    "al|del|nel|sul|col|dal|"
                    # the articled prepositions: "alla Casa Bianca da Trump" is no given name before "da"
                    "alla|alle|allo|ai|agli|della|dalla|nella|sulla|dai|dei"),
    genitives=words("di|del|della|dello|dei|degli|delle|dell'"),
    presence=words("alla presenza di|alla presenza del|in presenza di|in presenza del"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    seats={**mapping("USA", "alla casa bianca|nello studio ovale"),
           **mapping("RUS", "al cremlino"),
           **mapping("GBR", "a downing street"),
           **mapping("ESP", "alla moncloa"),
           **mapping("ARG", "alla casa rosada"),
           **mapping("BRA", "al planalto|al palazzo del planalto"),
           **mapping("CHN", "nella grande sala del popolo")},
    capitals=_PLACES[2],
    trilateral=words("trilaterale|tripartito|tripartita|a tre"),
    between=words("tra|fra"),
    # "il loro terzo incontro", "la seconda telefonata tra i due" (rules._counted_earlier); "secondo"
    # (according to) is left out
    count_ordinals=words("seconda|terzo|terza|quarto|quarta"),
    count_higher=words("terzo|terza|quarto|quarta"),
    count_owners=words("loro"),
    group_refs=words("i leader|i capi di stato|i capi di stato e di governo"),
    last_time=words("l'ultima volta|per l'ultima volta|precedente"),
    during=words("durante|nel corso di|nel corso del|nel corso della|nel corso dell"),
    public_posts=words("sui social|sui social network|sui social media|su twitter"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("se|qualora|nel caso in cui|a meno che"),
    concessives=words("anche se|come se|se non altro"),
    urges=words("ha esortato|esorta|ha sollecitato|sollecita|ha incoraggiato"),
    # the leader replaced in office ("who succeeded X"): no partner
    # "a appelé X à ...": an appeal to X, no call
    appeals=words("chiamato a|chiama a|chiamava a|chiamando a"),
    successions=words("è succeduto a|succeduto a|succede a|ha sostituito|subentrato a|successore di|"
                      "insediamento di|insediamento del|insediamento della|giuramento di|giuramento del"),
    organizers=words("voluto da|voluto dal|voluta da|voluta dal|promosso da|promosso dal|promossa da|"
                     "promossa dal|ideato da|ideato dal|convocato da|convocata da|organizzato da|"
                     "organizzata da|"
                     "convocato dal|convocata dal|organizzato dal|organizzata dal"),
    additives=words("anche|inoltre"),
    turns=words("nel frattempo|intanto|separatamente|in un altro ambito"),
    then_words=words("all'epoca|in quell'occasione|in quella occasione|in quell'incontro|in quella visita"),
    with_words=words("con|col|coi|con la|con il"),
    iteratives=words("più volte|due volte|tre volte|quattro volte|ripetutamente"),
    topics={
        "bilateral_relations": words("bilateral*|relazioni|rapporti|rapporto|cooperazione|collaborazione|"
                                     "partenariato|amicizia|alleanza|alleati|alleato|tra i due paesi|"
                                     "i due paesi|riavvicinamento|riconciliazione|normalizzazione|"
                                     "relazioni diplomatiche|ambasciata*|legami"),
        "trade_economy": words("commerci*|economi*|dazi|dazio|finanz*|mercat*|esportazion*|importazion*|"
                               "dogana|dogane|doganal*|libero scambio|catene di approvvigionamento|bilancio|"
                               "valuta|debito|"
                               "prestit*|fmi|banca mondiale|inflazione|sussidi|protezionismo|imprese|"
                               "aziende|terre rare"),
        "investment": words("investiment*|investire|investitori|fondo sovrano|investe|investono|investirà|"
                            "investiranno|investito|investiti|fondi sovrani|capitali esteri|"
                            "investimenti diretti"),
        "energy": words("energia|energetic*|gas|petrolio|gnl|elettricità|centrale nucleare|centrali nucleari|"
                        "centrale elettrica|centrali elettriche|centrale termoelettrica|"
                        "centrali termoelettriche|centrale idroelettrica|centrali idroelettriche|"
                        "centrale a carbone|centrali a carbone|rinnovabil*|gasdotto*|"
                        "oleodotto*|nucleare civile|solare|eolic*|idrogeno|carbone|opec|carburant*|"
                        "idrocarburi"),
        "security_defense": words("sicurezza|difesa|militar*|esercito|forze armate|armi|armamenti|missil*|"
                                  "truppe|soldati|difesa aerea|garanzie di sicurezza|deterrenza|marina|"
                                  "caccia|esercitazioni|droni|munizioni|nato|accordo di sicurezza|"
                                  "narcotraffico|traffico di droga|criminalità organizzata|"
                                  "cartelli della droga|fentanyl"),
        "counterterrorism": words("terroris*|jihadis*|estremis*|stato islamico|isis|daesh|attentato|"
                                  "attentati"),
        "conflict_ceasefire": words("cessate il fuoco|tregua|guerra|guerre|conflitt*|invasione|escalation|"
                                    "de-escalation|ostilità|pace|negoziati di pace|processo di pace|"
                                    "aggressione|scontri|attacc*|offensiva|piano di pace|ostaggi|"
                                    "scambio di prigionieri|prigionieri di guerra|bombardament*|crisi|"
                                    "combattimenti|linea del fronte|belligeranti|mediazione|mediatore|"
                                    "accordo di pace|accordi di pace|colloqui di pace|conferenza di pace|"
                                    "vertice di pace|accordi di minsk|formato normandia|donbass|"
                                    "crimini di guerra|milizie|ribelli|insorti|vittime civili|uccisi|morti|"
                                    "ucraina"),
        "humanitarian": words("umanitari*|civili|sofferenze|carestia|fame|corridoio umanitario|assistenza|"
                              "evacuazione|aiuti umanitari|soccorsi|soccorso|terremoto|sisma|alluvione|"
                              "alluvioni|calamità|catastrofe|catastrofi|vittime civili|croce rossa|"
                              "programma alimentare mondiale|emergenza umanitaria"),
        "reconstruction": words("ricostruzione|ricostruire|ripresa"),
        "migration_refugees": words("migra*|migranti|rifugiati|asilo|sfollati|immigrazione|immigrati|"
                                    "rimpatri*|sbarchi|flussi migratori|trafficanti di esseri umani|"
                                    "trafficanti|scafisti|traffico di esseri umani|tratta di esseri umani"),
        "nuclear_nonproliferation": words("programma nucleare|non proliferazione|arricchimento|uranio|aiea|"
                                          "armi nucleari|denuclearizzazione|siti nucleari|accordo nucleare|"
                                          "sicurezza nucleare|centrale nucleare|armi chimiche|"
                                          "armi di distruzione di massa"),
        "climate_environment": words("clima|climatic*|ambiente|ambiental*|emissioni|cambiamento climatico|"
                                     "riscaldamento globale|carbonio|deforestazione|biodiversità|"
                                     "transizione verde|cop"),
        "health": words("salute|sanitari*|pandemia|covid*|coronavirus|vaccin*|epidemia|medic*|ospedal*|"
                        "malattie"),
        "regional_situation": words("regione|regionale|regionali|situazione in|medio oriente|mediterraneo|"
                                    "gaza|cisgiordania|balcani|sahel|vicini|stabilità regionale|libia|"
                                    "tunisia|penisola coreana|corea del nord|haiti|yemen|sudan|siria|iraq|"
                                    "libano|mar rosso|talebani|caucaso"),
        "sovereignty_territorial_integrity": words("sovranità|integrità territoriale|annessione|"
                                                   "territori occupati|unità territoriale|territoriale|"
                                                   "territoriali|territori|rivendicazioni territoriali|"
                                                   "disputa territoriale|dispute territoriali|occupazione|"
                                                   "occupato|occupati|occupata|occupate|separatist*|"
                                                   "secessione|autodeterminazione|taiwan|una sola cina|"
                                                   "mar cinese meridionale"),
        "domestic_politics_elections": words("elezion*|elettoral*|eletto|rieletto|rielezione|voto|elettori|"
                                             "referendum|parlament*|campagna|transizione politica|"
                                             "costituzion*|opposizione|colpo di stato"),
        "ceremonial": words("congratulazioni|auguri|condoglianze|anniversario|festa nazionale|capodanno|"
                            "medaglia|onorificenza|cordoglio|lutto|felicitazioni|congratulat*|congratula*|"
                            "saluti|buon anno"),
        "sanctions": words("sanzion*|embargo|tetto al prezzo|lista nera|misure restrittive|"
                           "congelamento dei beni|beni congelati|asset congelati|"
                           "controlli sulle esportazioni|misure punitive"),
        "human_rights_minorities": words("diritti umani|minoranze|minoranza|curdi|donne|"
                                         "prigionieri politici|stato di diritto|dissidenti|"
                                         "libertà di stampa|detenuti|repressione|tortura|"
                                         "libertà di espressione|libertà religiosa|società civile|"
                                         "oppositori|attivisti|indigeni|discriminazion*|razzismo|"
                                         "pena di morte|uiguri|tibet*|rohingya|lgbt*"),
        "multilateral_diplomacy": words("onu|nazioni unite|consiglio di sicurezza|multilateral*|g7|"
                                        "brics|unione europea|ue|unione africana|lega araba|"
                                        "comunità internazionale|osce|omc|presidenza italiana del g7|"
                                        "governance globale|governance mondiale|riforma dell'onu|"
                                        "organizzazioni internazionali|"
                                        "vertice trilaterale|formato normandia|"
                                        "formato di astana|processo di astana"),
        "infrastructure_transport": words("infrastruttur*|trasport*|ferrovi*|porto|porti|navigazione|"
                                          "strade|strada|corridoio|corridoi|marittim*|autostrad*|ponte|"
                                          "alta velocità|logistica|connettività|aeroporti"),
        "food_agriculture": words("aliment*|agricol*|agricoltura|cereali|grano|fertilizzanti|agricoltori|"
                                  "sicurezza alimentare|raccolti|riso|pesca|pescatori|allevamento|carne|"
                                  "soia|mais|latte|prodotti agricoli|derrate|cerealicol*|frumento|"
                                  "agroaliment*"),
        "technology": words("tecnolog*|digitale|intelligenza artificiale|ia|semiconduttori|chip|ciber*|"
                            "cyber*|innovazione|spazio|spaziale|satellit*|telecomunicazioni|quantistic*"),
        "culture_education_tourism": words("cultura*|cultural*|istruzione|educazione|turismo|turisti|"
                                           "studenti|universit*|sport*|patrimonio|muse*|borse di studio|"
                                           "scambi culturali|scambio culturale|scambi tra studenti"),
    },
    regions=words("america latina|america del sud|america meridionale|america centrale"),
)
