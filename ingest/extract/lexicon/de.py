"""German."""

from ingest.extract.lexicon import Lexicon, mapping, words

# Return visits ("vi era tornato a luglio"): a second act of the pair just told (see Lexicon.returns);
# each is also a visit word and an in-person cue.
_RETURNS = words("dorthin zurückgekehrt|kehrte dorthin zurück|reiste erneut dorthin|reiste wieder dorthin")

LEXICON = Lexicon(
    lang="de",
    airports=words("flughafen"),
    internationals=("internation",),
    nouns_capitalized=True,
    # a photo caption's aside: "(hier mit dem ukrainischen Präsidenten)", "(Archivbild mit ...)"
    pictured=words("hier|archivbild|foto"),
    titles={
        **mapping("president", "präsident|präsidentin|staatspräsident|staatspräsidentin|staatschef|"
                               "staatschefin|"
                  "bundespräsident|bundespräsidentin|staatsoberhaupt|"
                  # the weak noun's oblique singular ("hatte Merkel den Präsidenten besucht"), also plural
                  "präsidenten|staatspräsidenten|bundespräsidenten"),
        **mapping("crown_prince", "kronprinz"),
        **mapping("monarch", "könig|königin|emir|sultan|monarch|kaiser|kaiserin|herrscher|herrscherin"),
        **mapping("supreme_leader", "oberster führer|revolutionsführer"),
        **mapping("pope", "papst"),
        **mapping("prime_minister", "premierminister|premierministerin|premier|regierungschef|"
                                    "regierungschefin|"
                  "ministerpräsident|ministerpräsidentin|"
                  # the weak noun's oblique singular, as "präsidenten" ("traf den polnischen
                  # Ministerpräsidenten Donald Tusk")
                  "ministerpräsidenten"),
        **mapping("chancellor", "kanzler|kanzlerin|bundeskanzler|bundeskanzlerin"),
        # "der belarussische Machthaber Lukaschenko", "Machthaber Kim Jong Un": the press's word for a ruler
        **mapping(None, "staatenlenker|machthaber"),
    },
    # "der Kanzler" with no chancellor named is Germany's (Austria's needs its name or "österreichisch")
    own_titles=mapping("DEU", "kanzler|kanzlerin|bundeskanzler|bundeskanzlerin|bundespräsident|"
                              "bundespräsidentin"),
    # the Austrian and Swiss press: its parties, agency, governors and ministries
    press_markers={**mapping("AUT", "apa|övp|spö|fpö|ballhausplatz|landeshauptmann|landeshauptfrau|"
                                    "landeshauptleute"),
                   **mapping("CHE", "sda|keystone-sda|bundesrätin|bundesrätinnen|eda|seco|"
                                    "eidgenossenschaft")},
    plural_titles={
        **mapping("president", "präsidenten|staatschefs"),
        **mapping("prime_minister", "regierungschefs|premierminister"),
    },
    org_titles={**mapping("UN", "uno-generalsekretär|un-generalsekretär|"
                                "generalsekretär der vereinten nationen"),
                **mapping("EU", "eu-kommissionspräsidentin|eu-kommissionspräsident|kommissionspräsidentin|"
                                "präsidentin der eu-kommission|präsident der eu-kommission|"
                                "präsidentin der europäischen kommission|eu-ratspräsident|"
                                "präsident des europäischen rates|ratspräsident")},
    country_titles={**mapping(("RUS", "head_of_state"), "kremlchef|kremlherrscher|kremlherr"),
                    **mapping(("USA", "head_of_state"), "us-präsident")},
    ministers=words("oppositionsführer|oppositionsführerin|oppositionspolitiker|oppositionspolitikerin|"
                    "minister|ministerin|außenminister|außenministerin|verteidigungsminister|sprecher|sprecherin|"
                    "regierungssprecher|kremlsprecher|gesandter|sondergesandter|botschafter|botschafterin|berater|"
                    "beraterin|vizepräsident|vizepräsidentin|vizekanzler|gouverneur|bürgermeister|delegation|"
                    "staatssekretär|ex-präsident|altkanzler|ex-kanzler|chef|vorsitzender|vorsitzende|"
                    # German compounds the bare word does not reach ("US-Klimabeauftragte John Kerry")
                    "beauftragte|beauftragter|beauftragten|klimabeauftragte|klimabeauftragter|klimabeauftragten|"
                    "sonderbeauftragte|sonderbeauftragter|sonderbeauftragten|sondergesandte|sondergesandten|"
                    "gesandte|gesandten|außenministers|finanzminister|finanzministerin|wirtschaftsminister|"
                    "wirtschaftsministerin|innenminister|innenministerin|justizminister|justizministerin|"
                    "verteidigungsministerin|handelsminister|handelsministerin|energieminister|energieministerin|"
                    "sicherheitsberater|sicherheitsberaterin|unterhändler|unterhändlerin"),
    # (a guest or host of a named country: "بالضيف الهندي", "der indische Gast", "l'hôte congolais")
    counterparts=words("amtskolleg*|kollege|kollegen|kollegin|gastgeber|gastgeberin|gast|gastes"),
    pair_refs=words("ein treffen der beiden|das treffen der beiden|ein treffen der beiden politiker|"
                    "die beiden politiker|beide politiker|die beiden staatschefs|beide seiten|"
                    "die beiden präsidenten|die beiden regierungschefs|"
                    # the dative after "mit": "telefonierte mit beiden Politikern"
                    "beiden politikern|den beiden politikern|beiden staatschefs|den beiden staatschefs|"
                    "den beiden präsidenten|den beiden regierungschefs|"
                    # the bare plural, also a group word below: the pair when no meeting of three was told
                    "die politiker|die staatschefs"),
    pronouns=words("er|sie"),
    # "hatten sie sich getroffen", "waren sie sich begegnet": "sie" with the reciprocal "sich" is "they"
    plural_pronouns=words("sie sich"),
    masculine=words("er|ihn|ihm"),
    object_pronouns=words("ihn|ihm|den gast|seinen gast|ihren gast|der gast|dem gast|des gastes|"
                          "seinem gast|ihrem gast|seinen gastgeber|ihren gastgeber"),
    pair_heads=words("die beiden|beide|der beiden"),
    # "Ihr letztes Treffen" after the pair's meeting: "ihr" alone is too often one leader's (her)
    pair_possessives=words("ihr letztes|ihre letzte|ihrem letzten|ihrer letzten|ihr vorheriges|"
                           "ihre vorherige|ihrem vorherigen|ihrer vorherigen"),
    ref_nouns=words("politiker|staatschefs|präsidenten|regierungschefs|seiten|männer|spitzenpolitiker|"
                    "staats- und regierungschefs|staatenlenker"),
    group_heads={"die drei": 3, "die vier": 4, "die fünf": 5},
    indefinites=words("ein|eine|einen|einem|einer|eines|kein|keine|jeder|jede"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("mehrere|mehreren|einige|einigen|verschiedene|verschiedenen|anderer"),
    phone=words("angerufen|"
                "telefonat|telefonierte|telefonierten|telefoniert|telefongespräch|telefonisch|am telefon|"
                "anruf|rief|telefonats|telefonier*|telefonat*|telefongespräch*|anruf*|"
                # a call of several leaders at once ("in einer Telefonschalte mit Macron und Tusk")
                "telefonkonferenz*|telefonschalte*"),
    video=words(
        # round fifteen: a leader who joined a video conference ('per Video zugeschaltet')
        "zugeschaltet|dazugeschaltet|"
        "videokonferenz|videoschalte|per video|videogespräch|virtuell|virtuellen|videokonferenz*|"
                "videoschalte*|videogespräch*|videotelefonat*|videoschaltung*|videoanruf*"),
    written=words("brief|schreiben|telegramm|grußbotschaft|briefe|briefes|briefs|briefwechsel|"
                  "glückwunschschreiben|beileidstelegramm*|kondolenzschreiben|telegramm*|grußbotschaft*|"
                  "beileidsschreiben|beileidsbrief*|glückwunschbrief*|kondolenzbrief*|kondolenzbotschaft*|"
                  "beileidsbotschaft*|glückwunschbotschaft*|glückwunschtelegramm*"),
    greeting=words(
        # round fifteen: the condolence verb
        "kondolierte|kondolierten|kondoliert|"
        "glückwunsch*|gratulierte|gratuliert|kondolenz*|beileid|gratulier*"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("gemeinsame pressekonferenz|gemeinsamen pressekonferenz|gemeinsamer pressekonferenz"),
    in_person=words(
        # round fifteen: words exchanged and a chat
        "wechselten worte|wechselten einige worte|ein paar worte gewechselt|"
        "einige worte gewechselt|plauderten|plauderte|geplaudert|"
        # round fifteen: the embrace in the perfect
        "umarmt|umarmten sich|"
        "wechselten ein paar worte|hatten ein paar worte gewechselt|kurze begegnung|"
                    # the pair's own summit ("nach ihrem Gipfel in Alaska")
                    "ihrem gipfel|ihrem gipfeltreffen|ihrem letzten gipfel|ihres gipfels|"
                    "ihres gipfeltreffens|"
                    # a meal together: "hat mit X in Paris zu Abend gegessen"
                    "zu abend gegessen|zu mittag gegessen|aßen zu abend|aßen zu mittag|"
                    "verlieh|überreichte|ein treffen der beiden|das treffen der beiden|"
                    "ein treffen der beiden politiker|umarmte|umarmten|begrüßte|begrüßten|"
                    "schüttelte die hand|schüttelten sich die hände|traf|trafen|treffen|getroffen|"
                    "empfing|empfangen|besuch|besuchte|besucht|zusammentreffen|begegnung|"
                    "kam zusammen|kamen zusammen|zusammengekommen|unterredung|gipfeltreffen|"
                    "unterzeichnet|unterzeichneten|unterschrieben|treffen*|trifft|zusammengetroffen|"
                    "zusammenkunft|empfing*|empfängt|besuch*|begegnung*|unterredung*|handschlag|"
                    "händedruck|schüttelten sich die hände|begegnet|begegneten|"
                    # the handshake in other tenses and words
                    "hatten sich die hände geschüttelt|gaben sich die hand|reichten sich die hand|"
                    "hatten sich die hand gegeben|hatten sich die hand gereicht|"
                    "spitzentreffen|arbeitstreffen|"
                    # the present's reflexive, also a present-tense marker ("treffen sich X und Y am Montag"):
                    # the longer phrase would otherwise hide the verb's cue
                    "trifft sich|treffen sich|"
                    "arbeitsessen|abendessen|mittagessen|staatsbankett|bankett|vieraugengespräch*|"
                    "unter vier augen|kamen überein|dreiergipfel|dreiertreffen|dreiergespräch*|"
                    # a visit of state or of introduction is received by the host in person
                    "staatsbesuch*|antrittsbesuch*|arbeitsbesuch*|zu gast bei|regierungskonsultation*"
                    ) + _RETURNS,
    talk=words(
        # round fifteen: conferring with a partner; the reflexive discussion
        "konferierte|konferierten|konferiert|besprach sich|besprachen sich|"
        "gespräch|gespräche|gesprächen|beriet|berieten|erörterte|erörterten|diskutierten|"
               # one subject: "hat sich mit X ausgetauscht"
               "ausgetauscht|"
               "verhandlungen|austausch|unterhielten|gespräch*|beraten|berät|erörter*|diskutier*|"
               "verhandl*|verhandelt*|austausch*|unterhielt*|tauschten sich aus|verständigten sich|"
               "verständigte sich|einigten sich|einigte sich|vereinbarten|vereinbart|"
               "einzelgespräch*|zweiergespräch*|spitzengespräch*|sich ausgetauscht|beraten sich"),
    spoke=words("sprach|sprachen|gesprochen|spricht"),
    roundup=words("glückwünsche|botschaften|staatschefs|glückwunschschreiben"),
    # (a plan word in a comparison tells how the held meeting went: "dauerte länger als geplant")
    not_cues=words("eröffnete das Treffen|das Treffen der|ein Treffen der|pressekonferenz|als geplant|"
                   "wie geplant|als vorgesehen|wie vorgesehen|als erwartet|wie erwartet|"
                   # a comparison's "als" opens no clause: "zu einem mehr als dreistündigen Gespräch"
                   "mehr als|weniger als|knapp mehr als"),
    caller_words=words("rief|telefonierte"),
    from_words=words("von|vom"),
    receive_words=words("erhielt|bekam"),
    initiative=words("auf initiative|auf einladung|auf wunsch|auf einladung von|auf einladung des|"
                     "auf einladung der"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("bevorstehend", "kommend", "nächst"),
    # "Es wird erwartet, dass X mit Y spricht": what follows the opener is expected, still to come
    planned_sentence=words("ob|es wird erwartet|es ist geplant|es ist vorgesehen"),
    planned=words("wird|werden|will|wollen|soll|sollen|"
                  # reported speech: the future in the subjunctive ("sagte, er werde X treffen")
                  "werde|"
                  # the same speech's present in the subjunctive: "ein Treffen mit X gebe es am Freitag"
                  # (there is to be a meeting); a meeting held is reported as "habe es gegeben"
                  "gebe es|es gebe|geplant|plant|geplante|geplanten|vorgesehen|hat vor|"
                  "sollte|sollten|war geplant|waren geplant|"
                  "programm|erwartet|einladung|eingeladen|nächste|nächsten|kommende|kommenden|reisen|"
                  "anreisen|hofft|hoffen|hoffte|hoffe|erhofft|wünscht|könnte|könnten|"
                  # readiness: "sei bereit, Putin zu treffen" offers a meeting
                  "bereit|bereiterklärt|"
                  # agreed on a meeting to come ("vereinbarten ein Treffen in den kommenden Tagen")
                  "vereinbarten ein treffen|vereinbarten einen gipfel|in den kommenden tagen"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("angeblich|mutmaßlich|gerüchten zufolge|gerüchte"),
    exclusions=words("ausgeschlossen|schließt aus|schloss aus|ausschließen"),
    negation=words("nicht|kein|keine|keinen|nie|ohne|abgesagt|verschoben|fehlen|ausbleiben|"
                   # a visit called off: "den Besuch abzusagen", "die Absage der Reise"
                   "absagen|abzusagen|absage|annulliert|gestrichen|"
                   # a refusal, its particle at the clause's end: "Ein Gespräch mit X lehnt Merz ab"
                   "lehnt|lehnte|lehnten|abgelehnt|ablehnen|abzulehnen"),
    denial=words("dementierte|dementiert|bestritt|bestreitet|nicht geplant|nicht vorgesehen|kein treffen|"
                 # a contact that fell through ("das Treffen fand nicht statt")
                 "fand nicht statt|findet nicht statt|kam nicht zustande|kommt nicht zustande"),
    returns=_RETURNS,
    visit=words("besuch|staatsbesuch|antrittsbesuch|besuchte|besucht|reise|eingetroffen|empfangen|empfang|"
                "volksrepublik|"
                # travel verbs: those "gemeinsam mit" a traveller went with him
                "gereist|reiste|reisten|angereist|flog|geflogen|"
                # went there ("fuhr im Mai nach Paris"): a travel verb, no cue
                "fuhr|gefahren") + _RETURNS,
    summit=words("gipfel*|am rande|rande|generalversammlung|g20|g7|konferenz|forum|nato-gipfel|"
                 "gipfeltreffen"),
    fillers=words("von|der|des|den|dem|republik|königreich|herr|frau|volksrepublik"),
    late_negation=True,
    comma_relatives=words("der|die|das|dem|den|deren|dessen"),
    # ("the call, which took place yesterday": the date of that clause is the call's)
    took_place=words("stattfand|stattgefunden hatte|stattgefunden hat|abgehalten wurde"),
    relative=words("welcher|welche|welches|wo|der sich|die sich"),
    members=words("der delegation gehörten|zur delegation gehörten|die delegation bestand aus|"
                  "der mission gehörten|"
                  # the leaders "taking part in the talks" just told with unnamed heads of government
                  "an den gesprächen beteiligt|am gespräch beteiligt|an dem gespräch beteiligt|"
                  "an den telefonaten beteiligt|am telefonat beteiligt|an dem telefonat beteiligt"),
    present=words("trifft|trifft sich|treffen sich|empfängt|spricht|kommt|kommen|reist|fliegt|berät|"
                  "beraten sich|hält|"
                  # "stimmen sich am Abend telefonisch mit X ab": the present of agreeing one's course
                  "stimmen sich|stimmt sich"),
    dayparts=words("am morgen|am vormittag|am mittag|am nachmittag|am abend|vormittags|mittags|nachmittags|"
                   "abends|heute abend|heute nachmittag|heute mittag|zum frühstück|zum mittagessen|"
                   "zum abendessen|zum arbeitsessen|zum arbeitsfrühstück|"
                   + "|".join(f"am {d}{p}"
                              for d in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                                        "sonntag")
                              for p in ("morgen", "vormittag", "mittag", "nachmittag", "abend"))),
    definites=words("der|die|das|den|dem|des|diese|diesen|dieser|diesem"),
    # a participle before its noun, the date before it: "das im März unterzeichnete Abkommen", "den am Freitag
    # vereinbarten Waffenstillstand" (the act's date, not the contact's; the forms are also preterites, so
    # they count only between a date and a noun, after an article: when.done_date)
    done_participles=words(
        "|".join(f"{stem}{end}" for stem in ("unterzeichnet", "geschlossen", "vereinbart", "erzielt",
                                              "ratifiziert", "beschlossen", "ausgehandelt", "paraphiert",
                                              "unterschrieben", "abgeschlossen", "verabschiedet")
                 for end in ("e", "en", "er", "es", "em"))),
    done_articles=words("der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese|diesen|dieser|"
                        "dieses|diesem"),
    companions=words("gemeinsam mit|zusammen mit|in begleitung von|begleitet von|"
                     # side by side: "legte an der Seite von Präsident X einen Kranz nieder"
                     "an der seite von|an der seite des|an der seite der|seite an seite mit"),
    subordinators=words("nachdem|bevor|während|wohingegen|als|obwohl"),
    ago_leads=words("vor"),
    time_units={**mapping(1, "tagen|tag"), **mapping(7, "wochen|woche"), **mapping(30, "monaten|monat"),
                **mapping(365, "jahren|jahr")},
    months={**mapping(1, "januar|"
                         "jänner"), **mapping(2, "februar"), **mapping(3, "märz"), **mapping(4, "april"),
            **mapping(5, "mai"), **mapping(6, "juni"), **mapping(7, "juli"), **mapping(8, "august"),
            **mapping(9, "september"), **mapping(10, "oktober"), **mapping(11, "november"),
            **mapping(12, "dezember")},
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
              "sonnabend": 5, "sonntag": 6,
              # a part of the day written into the weekday: "am Dienstagnachmittag", "am Montagabend"
              **{day + part: n for day, n in (("montag", 0), ("dienstag", 1), ("mittwoch", 2),
                                                ("donnerstag", 3), ("freitag", 4), ("samstag", 5),
                                                ("sonnabend", 5), ("sonntag", 6))
                 for part in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")}},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "im vergangenen herbst|vergangenen herbst|im letzten herbst|letzten herbst|"
                                "im vorigen herbst"),
                  **mapping(7, "im vergangenen sommer|vergangenen sommer|im letzten sommer|letzten sommer"),
                  **mapping(4, "im vergangenen frühjahr|vergangenen frühjahr|im letzten frühjahr|"
                               "im vergangenen frühling|letzten frühling"),
                  # a season named with "im": the last one over, or the season of the year after it
                  # ("im Sommer 2022": 2022)
                  **mapping(10, "im herbst"), **mapping(7, "im sommer"),
                  **mapping(4, "im frühjahr|im frühling"), **mapping(1, "im winter")},
    relative_years={"im vergangenen jahr": -1, "letztes jahr": -1, "vergangenes jahr": -1,
                    "letzten jahres": -1, "vergangenen jahres": -1, "vorigen jahres": -1, "dieses jahres": 0,
                    "in diesem jahr": 0},
    relative_months={"vor einem jahr": -12, "ein jahr zuvor": -12, "ein jahr früher": -12,
                     "im vergangenen monat": -1, "letzten monat": -1,
                     "vergangenen monat": -1,
                     # the genitive after "Anfang", "Mitte", "Ende": "Ende vergangenen Monats"
                     "vergangenen monats": -1, "letzten monats": -1, "vorigen monats": -1,
                     "dieses monats": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"vor wenigen tagen": -3, "vor einigen tagen": -3, "vor ein paar tagen": -3,
                   "heute": 0, "gestern": -1, "vorgestern": -2, "heute morgen": 0, "gestern abend": -1,
                   "letzte nacht": -1, "vergangene nacht": -1, "in der vergangenen nacht": -1},
    past=words("vergangenen|letzten|vorigen"),
    month_leads=words("im|seit|anfang|ende|mitte|bis|ab|während|im laufe des|bereits im"),
    # (German writes a year bare, "hatten sich 2023 in Peking getroffen", "bereits 2019": the reflexive and
    # the adverbs of an earlier contact lead it too)
    year_leads=words("im jahr|seit|im|in|bis|ab|sich|bereits|schon|zuletzt|zuvor|erstmals|damals"),
    numbers={"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
             "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10},
    anchored_days={"am nächsten tag": 1, "am folgenden tag": 1, "tags darauf": 1, "am tag danach": 1,
                   "am vortag": -1, "am selben tag": 0, "am gleichen tag": 0, "tags zuvor": -1,
                   "am vorabend": -1},
    day_units={"tage später": 1, "tag später": 1, "tage danach": 1, "tag danach": 1, "tage zuvor": -1,
               "tag zuvor": -1, "tage vorher": -1, "tag vorher": -1, "tage davor": -1, "tag davor": -1},
    event_days={"am tag nach": 1, "am tag vor": -1},
    event_units={"tag nach": 1, "tage nach": 1, "tag vor": -1, "tage vor": -1},
    relative_weeks={"vergangene woche": -1, "letzte woche": -1, "in der vergangenen woche": -1,
                    "vorige woche": -1, "diese woche": 0, "in dieser woche": 0, "anfang der woche": 0,
                    # the genitive after a weekday: "am Donnerstag vergangener Woche"
                    "vergangener woche": -1, "letzter woche": -1, "voriger woche": -1, "dieser woche": 0,
                    "vor vierzehn tagen": -2,  # a fortnight ago: two weeks, the month they fall in
                    # "in recent days": the days just gone, kept as the month they fall in
                    "in den vergangenen tagen": 0, "in den letzten tagen": 0},
    complementizers=words("dass"),
    reporting=words("sagte|erklärte|teilte|betonte|hieß es|berichtete|kündigte|bestätigte|sagten"),
    restating=words("es war|es ist|das war|das ist|es handelte sich um|es handelt sich um|das treffen war|"
                    "das gespräch war"),
    since=words("seit"),
    ordinals=words("zweite|zweiten|zweites|zweiter|dritte|dritten|drittes|dritter|vierte|vierten"),
    # "their second call" (rules._counted_earlier): one earlier call of the pair, the count the pair's
    count_ordinals=words("zweite|zweiten|zweites|zweiter|zweitem|dritte|dritten|drittes|dritter|drittem|vierte|"
                         "vierten|viertes|vierter|viertem"),
    count_higher=words("dritte|dritten|drittes|dritter|drittem|vierte|vierten|viertes|vierter|viertem"),
    count_owners=words("ihr|ihre|ihrem|ihren|ihres"),
    firsts=words("erste|ersten|erstes|erster"),
    since_contacts=words("seit"),
    after_contacts=words("nach"),
    joins=words("nahm teil|nahmen teil|teilnahm|teilnahmen|teilgenommen|schloss sich an|kam hinzu|"
                "stieß hinzu|dreiertreffen|trilateral*|dreiergespräch*|teilnahme"),
    split_cues={"zusammen": ("kam|kamen|kommt|kommen|traf|trafen|trifft|treffen|saß|saßen|sitzt",
                             "in_person"),
                "an": ("rief|riefen|ruft|rufen", "phone"),
                "aus": ("tauschte|tauschten|tauscht|tauschen", "talk"),
                "ab": ("stimmte|stimmten|stimmt", "talk"),
                # "Die beiden hatten sich zuletzt im März in Berlin gesehen": they saw each other
                "gesehen": ("sich", "in_person"),
                # round fifteen: "schüttelte X die Hand", "aß mit X zu Mittag", "hat sich mit X unterhalten",
                # "schalteten sich per Video zu" (joined a video conference)
                "hand": ("schüttelte|schüttelten|reichte|reichten", "in_person"),
                "mittag": ("aß|aßen", "in_person"),
                "abend": ("aß|aßen", "in_person"),
                "unterhalten": ("sich", "talk"),
                "zu": ("schaltete|schalteten|schaltet|schalten", "video")},
    place_relatives=words("wo"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("begrüßte|begrüßten|verlieh|überreichte"),
    time_relatives=words("als"),
    joint_acts=words("eröffneten|weihten|besiegelten|enthüllten|hatten eröffnet|hatten eingeweiht"),
    predicatives=words("als"),
    auxiliaries=words("war|waren|ist|sind|hat|haben|hatte|hatten|wurde|wurden"),
    read_also=words("lesen sie auch|mehr zum thema|auch interessant|siehe auch|lesen sie mehr"),
    captions=words("foto|bild|bildunterschrift"),
    deceased=words("verstorbene|verstorbenen|verstorbener|verstorbenem|gestorbene|gestorbenen"),
    # "am Vorabend" alone is also "the evening before" ("Am Vorabend traf Scholz ..."): with its genitive
    eves=words("am vorabend des|am vorabend der|am vorabend seines|am vorabend ihres|am vorabend seiner|"
               "am vorabend ihrer|am vorabend eines|am vorabend einer"),
    possible=words("mögliches|mögliche|möglichen|möglicher|etwaiges|etwaige|etwaigen"),
    deaths=words("tod von|tod des|tode des|ableben von|ableben des"),
    elect=words("designierte|designierter|designierten|gewählte|gewählter|gewählten|ehemalige|ehemaliger|"
                "ehemaligen|"
                "frühere|früherer|früheren|früherem|ehemaligem|ex|"
                # the future holder is not in office yet ("mit dem künftigen US-Präsidenten")
                "künftige|künftiger|künftigen|künftigem|zukünftige|zukünftiger|zukünftigen|zukünftigem|"
                # an alliance's chief is no leader, even a former prime minister (as in English); the
                # secretary-general's own title stays out: it cost two contacts on an unseen set (2026-11-30)
                "nato-chef"),
    # the past before the past: a contact so told weeks back is an earlier one
    pluperfect=words("hatte|hatten|war|waren"),
    # a sentence with none of these is in the present (see Lexicon.past_forms)
    past_forms=words("hat|haben|habe|hatte|hatten|ist|sind|sei|seien|war|waren|wurde|wurden|gestern|"
                     "traf|trafen|empfing|empfingen|sprach|sprachen|kam|kamen|rief|riefen|hielt|hielten|"
                     "fand|fanden|gab|nahm|nahmen|ging|gingen|flog|flogen|beriet|berieten|lud|luden|"
                     "begann|sah|sahen|stand|standen|saß|saßen|zuvor|bereits"),
    preterite_endings=("te", "ten"),
    present_programmes=True,
    preterites=words("traf|trafen|empfing|empfingen|telefonierte|telefonierten|sprach|sprachen|besuchte|"
                     "besuchten|beriet|berieten|rief an|riefen an|tauschte|tauschten|kam zusammen|"
                     "kamen zusammen"),
    inserts=words("bereits|schon|zuletzt|auch|erneut|kurz|ausführlich|persönlich|noch"),
    stopwords=words("der|die|das|den|dem|des|ein|eine|und|oder|mit|von|zu|im|am|an|auf|so|da|wo|wie|er|sie|"
                    "es|in|bei|aus|nach|um|sich"),
    genitives=words("des"),
    presence=words("in anwesenheit von|im beisein von|im beisein des|im beisein der"),
    trilateral=words("trilateral*|dreiertreffen|dreiergespräch*|dreiergipfel"),
    between=words("zwischen"),
    group_refs=words("die staats- und regierungschefs|die staatschefs|die politiker"),
    last_time=words("zuletzt|das letzte mal|letztes mal|vorherig*|vorangegangen*|vorausgegangen*|"
                    "ihr vorheriges|ihre vorherige|ihrem vorherigen|ihrer vorherigen"),
    during=words("während|beim"),
    invitations=words("eingeladen|einladung|einladungen"),
    occasions=words("während|beim|bei|in|im"),
    public_posts=words("in den sozialen netzwerken|in den sozialen medien|auf twitter"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("wenn|falls|sofern"),
    concessives=words("auch wenn|selbst wenn|wenn auch|als wenn|wie wenn|immer wenn"),
    urges=words("forderte|fordert|drängte|drängt|ermutigte"),
    # the leader replaced in office ("who succeeded X"): no partner
    successions=words("folgte auf|nachfolger von|die nachfolge von|amtseinführung von|amtseinführung des|"
                      "vereidigung von|vereidigung des"),
    organizers=words("ins leben gerufen von|einberufen von|organisiert von|ausgerichtet von"),
    additives=words("auch|ebenfalls|außerdem"),
    turns=words("unterdessen|derweil|währenddessen|getrennt davon|in einem anderen zusammenhang"),
    then_words=words("damals|bei dieser gelegenheit|bei jener gelegenheit|bei jenem treffen|seinerzeit"),
    with_words=words("mit"),
    iteratives=words("mehrfach|mehrmals|zweimal|dreimal|viermal|wiederholt"),
    topics={
        "bilateral_relations": words("bilateral*|zusammenarbeit|kooperation|partnerschaft*|freundschaft|"
                                     "bündnis|verbündete*|partner|beiden länder*|beide länder|annäherung|"
                                     "versöhnung|normalisierung|diplomatische beziehungen|botschaft*|visa|"
                                     "visum|beziehung|beziehungen"),
        "trade_economy": words("handel|handels*|wirtschaft*|zölle|zöllen|zoll|export*|import*|finanz*|markt|"
                               "märkte|"
                               "marktzugang|lieferkette*|haushalt|währung|schulden|kredit*|iwf|weltbank|"
                               "inflation|subvention*|protektionismus|unternehmen|firmen|seltene erden|"
                               "wettbewerb|freihandel*"),
        "investment": words("investition*|investor*|investier*|kapitalbeteiligung*|staatsbeteiligung*|"
                            "staatsfonds|"
                            "gemeinschaftsunternehmen|direktinvestition*|auslandsinvestition*|"
                            "milliardeninvestition*|großinvestition*|kapital|joint venture*|joint-venture*|"
                            "investiert|investieren|investierten"),
        "energy": words("energie*|öl|erdöl|gas|erdgas|lng|flüssiggas|strom|pipeline|kraftwerk*|erneuerbar*|"
                        "kernkraft|atomkraft|solar*|windkraft*|windenergie*|windpark*|windrad|windräder|"
                        "windrädern|wasserstoff|kohle|nord stream|opec|kraftstoff*|"
                        "rohstoff*"),
        "security_defense": words("sicherheit*|verteidigung*|militär*|armee|streitkräfte|bundeswehr|"
                                  "rüstung*|raketen*|truppen*|soldaten|luftverteidigung|"
                                  "sicherheitsgarantien|abschreckung|marine|kampfjets|manöver|drohnen|"
                                  "munition|nato|ostflanke|waffen|waffenlieferung*|waffensystem*|"
                                  "waffenhilfe|waffenexport*|waffenkäufe|waffenproduktion|"
                                  "sicherheitspolitik*|verteidigungspolitik*|aufrüstung|kampfflugzeug*|"
                                  "panzer|luftabwehr|flugabwehr|marschflugkörper|bodentruppen|"
                                  "sicherheitsgarantie|verteidigungsausgaben|militärhilfe|drogenhandel|"
                                  "organisierte kriminalität|organisierten kriminalität|drogenkartelle|"
                                  "fentanyl"),
        "counterterrorism": words("terror*|extremis*|islamist*|islamismus|dschihadis*|islamischer staat|"
                                  "anschlag|"
                                  "anschläge|anschlägen|anschlags"),
        "conflict_ceasefire": words("waffenstillstand|waffenruhe|krieg*|konflikt*|frieden*|eskalation|"
                                    "deeskalation|invasion|einmarsch|angriff*|offensive|feindseligkeiten|"
                                    "friedensgespräche|friedensprozess|friedensplan|geisel*|"
                                    "gefangenenaustausch|kriegsgefangene|bombardierung*|luftangriffe|"
                                    "feuerpause*|krise|truppenaufmarsch|angriffskrieg|angriffskriegs|"
                                    "kämpfe|kämpfen|kampfhandlungen|gefechte|beschuss|frontlinie|"
                                    "verhandlungslösung|vermittlung|vermittler|besatzung|minsker abkommen|"
                                    "minsker abkommens|normandie-format|ostukraine|donbass|donbas|"
                                    "kriegsverbrechen|todesopfer|waffenstillstands*|bürgerkrieg*|ukraine"),
        "humanitarian": words("humanitär*|hilfe|hilfen|zivilisten|zivilbevölkerung|leid|hungersnot|hunger|"
                              "hilfslieferungen|evakuierung|hilfsgüter|hilfskonvoi*|nothilfe|soforthilfe|"
                              "katastrophenhilfe|hilfsorganisation*|erdbeben|überschwemmung*|hochwasser|"
                              "katastrophe*|rotes kreuz|roten kreuz|welternährungsprogramm|notlage"),
        "reconstruction": words("wiederaufbau*"),
        "migration_refugees": words("migration*|flüchtling*|asyl*|migranten|vertriebene|einwanderung|"
                                    "zuwanderung|abschiebung*|grenzkontrolle*|migrationspolitik|"
                                    "irreguläre migration|arbeitsmigration|fachkräfteeinwanderung|"
                                    "fachkräfteabkommen|anwerbeabkommen|schleuser*|schleusung|schlepper*|"
                                    "rückführung*|einwanderer|flüchtende|geflüchtete|geflüchteten"),
        "nuclear_nonproliferation": words("atomprogramm|atomabkommen|nuklear*|atomwaffen|urananreicherung|"
                                          "anreicherung|iaea|atomenergiebehörde|denuklearisierung|"
                                          "atomanlage*|akw|atomkraftwerk|chemiewaffen|chemische waffen|"
                                          "massenvernichtungswaffen"),
        "climate_environment": words("klima*|umwelt*|emissionen|erderwärmung|co2|kohlenstoff|abholzung|"
                                     "biodiversität|energiewende|cop"),
        "health": words("gesundheit*|pandemie|corona*|covid*|impf*|epidemie|medizin*|krankenhaus*|"
                        "krankenhäuser|krankheit*"),
        "regional_situation": words("region*|lage in|lage im|nahost|nahen osten|gazastreifen|gaza|"
                                    "westjordanland|sahel|nachbar*|westbalkan|kaukasus|indopazifik|"
                                    "koreanische halbinsel|koreanischen halbinsel|nordkorea|haiti|jemen|"
                                    "sudan|libyen|syrien|irak|libanon|rotes meer|roten meer|taliban"),
        "sovereignty_territorial_integrity": words("souveränität|territoriale integrität|unabhängigkeit|"
                                                   "annexion|annektiert*|besetzte gebiete|einheit|"
                                                   "territoriale*|gebietsansprüche|gebietsabtretung*|"
                                                   "gebietsverzicht|besatzung|besetzten gebiete|souverän|"
                                                   "souveräne|souveränen|selbstbestimmung*|abspaltung|"
                                                   "separatist*|ein-china-politik|ein-china-prinzip|taiwan|"
                                                   "südchinesische* meer|südchinesisches meer"),
        "domestic_politics_elections": words("wahl*|wiederwahl|parlament*|referendum|abstimmung|wahlkampf|"
                                             "verfassung*|regierungsbildung|putsch|"
                                             "innenpolitik*|innenpolitisch*|regierungskrise|"
                                             "präsidentschaftswahl*|parlamentswahl*|wahlen"),
        "ceremonial": words("glückwunsch*|gratul*|beileid|kondolenz*|jahrestag|nationalfeiertag|neujahr|"
                            "orden|trauer|anteilnahme|geburtstag|weihnacht*|ostern|neujahrsgrüße|grüße|"
                            "grußbotschaft|unabhängigkeitstag|glückwünsche"),
        "sanctions": words("sanktion*|embargo|preisdeckel|strafmaßnahmen|exportkontrolle*|"
                           "exportbeschränkung*|eingefrorene*|vermögenswerte|blockade"),
        "human_rights_minorities": words("menschenrechte*|minderheit*|kurden|frauen|freiheit*|"
                                         "politische gefangene|rechtsstaat*|dissident*|pressefreiheit|"
                                         "inhaftiert*|menschenrechtslage|menschenrechtsverletzung*|"
                                         "meinungsfreiheit|religionsfreiheit|zivilgesellschaft|"
                                         "oppositionelle*|regimekritiker|aktivist*|uiguren|tibet*|rohingya|"
                                         "folter|verfolgung|unterdrückung|todesstrafe|minderheitenrechte|"
                                         "frauenrechte|lgbt*|oppositionspolitiker*|freilassung"),
        "multilateral_diplomacy": words("vereinte nationen|vereinten nationen|uno|un-sicherheitsrat|"
                                        "sicherheitsrat|multilateral*|g7|brics|europäische union|"
                                        "europäischen union|afrikanische union|arabische liga|asean|"
                                        "staatengemeinschaft|osze|wto|eu-ratspräsidentschaft|"
                                        "ratspräsidentschaft|eu|"
                                        "dreiergipfel|normandie-format|"
                                        "normandie format|astana-format|astana-prozess"),
        "infrastructure_transport": words("infrastruktur*|verkehr*|hafen*|häfen|bahn*|eisenbahn*|schiene*|"
                                          "straße*|korridor*|seeweg*|schifffahrt|logistik|brücke*|"
                                          "hochgeschwindigkeit*"),
        "food_agriculture": words("lebensmittel*|nahrungsmittel*|getreide*|weizen|landwirtschaft*|agrar*|"
                                  "dünger|bauern|ernährungssicherheit|ernte*|reis|landwirte|"
                                  "landwirtschaftlich*|getreideexport*|ernährung*|fischerei*|fleisch|milch|"
                                  "soja|mais|düngemittel|agrarprodukte|agrarexport*"),
        "technology": words("technolog*|digital*|künstliche intelligenz|ki|halbleiter*|chips|cyber*|"
                            "innovation*|raumfahrt|weltraum|satellit*|telekommunikation|quanten*"),
        "culture_education_tourism": words("kultur*|bildung*|tourismus|touristen|studenten|studierende|"
                                           "universität*|hochschule*|sport*|kulturerbe|museum*|"
                                           "austauschprogramm*|stipendi*|sprache"),
    },
    seats={**mapping("USA", "im weißen haus|ins weiße haus|im oval office"),
           **mapping("RUS", "im kreml|in den kreml"),
           **mapping("GBR", "in der downing street"),
           **mapping("DEU", "im kanzleramt|ins kanzleramt|im berliner kanzleramt"),
           **mapping("FRA", "im élysée-palast|im elysée-palast|im elysee-palast|in den élysée-palast"),
           **mapping("ITA", "im palazzo chigi|im quirinalspalast"),
           **mapping("ESP", "im moncloa-palast"),
           **mapping("CHN", "in der großen halle des volkes")},
    places={"gaza": "Gaza", "nahost": "Middle East", "nahen osten": "Middle East", "krim": "Crimea"},
)
