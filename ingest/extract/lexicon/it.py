"""Italian (a smaller lexicon: titles, cues, markers and dates)."""

from ingest.extract.lexicon import Lexicon, mapping, words

LEXICON = Lexicon(
    lang="it",
    titles={
        **mapping("president", "presidente|presidentessa|capo dello stato|presidente della repubblica"),
        **mapping("monarch", "regina|emiro|sultano"),
        **mapping("pope", "papa|pontefice"),
        **mapping("prime_minister", "primo ministro|premier|presidente del consiglio|capo del governo"),
        **mapping("chancellor", "cancelliere"),
        **mapping(None, "leader"),
    },
    plural_titles={**mapping("president", "presidenti|capi di stato"), **mapping(None, "leader")},
    org_titles={**mapping("UN", "segretario generale dell'onu|segretario generale delle nazioni unite")},
    ministers=words("ministro|ministra|ministro degli esteri|portavoce|inviato|ambasciatore|consigliere|"
                    "vicepresidente|vicepremier|sottosegretario|governatore|sindaco|ex presidente|"
                    "ex premier"),
    counterparts=words("omologo|omologa|omologhi"),
    pair_refs=words("i due leader|i due presidenti|le due parti|entrambi i leader"),
    phone=words("telefonata|colloquio telefonico|conversazione telefonica|al telefono|telefonicamente|"
                "ha telefonato|sentito al telefono"),
    video=words("videoconferenza|videochiamata|in collegamento video"),
    written=words("lettera|messaggio|messaggi|telegramma|congratulazioni|condoglianze|si è congratulato"),
    in_person=words("incontro|incontrato|ha incontrato|si sono incontrati|ricevuto|ha ricevuto|visita|"
                    "bilaterale|vertice bilaterale|accolto"),
    talk=words("colloquio|colloqui|ha discusso|hanno discusso|dialogo|confronto"),
    spoke=words("ha parlato|hanno parlato|sentito"),
    roundup=words("messaggi|leader"),
    caller_words=words("ha telefonato|ha chiamato"),
    from_words=words("da|dal|dalla"),
    receive_words=words("ha ricevuto"),
    planned=words("incontrerà|riceverà|visiterà|sarà|saranno|previsto|prevista|in programma|invito|"
                  "invitato|domani|prossima|prossimo"),
    negation=words("non|nessun|nessuna|senza|annullato|rinviato"),
    denial=words("smentito|smentisce|non è previsto|non è in programma"),
    visit=words("visita|visita ufficiale|visita di stato|arrivato|quirinale|palazzo chigi"),
    summit=words("vertice|summit|a margine|margini|assemblea generale|g20|g7"),
    fillers=words("della|del|di|dello|repubblica|il|la|signor"),
    relative=words("quale|dove|dopo|prima|mentre"),
    months={**mapping(1, "gennaio"), **mapping(2, "febbraio"), **mapping(3, "marzo"), **mapping(4, "aprile"),
            **mapping(5, "maggio"), **mapping(6, "giugno"), **mapping(7, "luglio"), **mapping(8, "agosto"),
            **mapping(9, "settembre"), **mapping(10, "ottobre"), **mapping(11, "novembre"),
            **mapping(12, "dicembre")},
    weekdays={"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
              "domenica": 6},
    relative_years={"l'anno scorso": -1, "quest'anno": 0},
    relative_months={"il mese scorso": -1},
    relative_days={"oggi": 0, "ieri": -1, "domani": 1, "stamattina": 0, "ieri sera": -1},
    past=words("scorso|scorsa"),
    month_leads=words("a|in|da|dal|inizio|fine|metà|a metà|nel mese di|all'inizio di|alla fine di|a fine|"
                      "a inizio|ai primi di"),
    year_leads=words("nel|dal|entro il"),
    since=words("dal|dalla|da quando"),
    firsts=words("primo|prima"),
    topics={
        "bilateral_relations": words("bilaterali|relazioni|cooperazione|partenariato"),
        "trade_economy": words("commerci*|economi*|dazi"),
        "investment": words("investiment*"),
        "energy": words("energia|energetic*|gas|petrolio"),
        "security_defense": words("sicurezza|difesa|militar*"),
        "conflict_ceasefire": words("cessate il fuoco|tregua|guerra|conflitto|pace"),
        "humanitarian": words("umanitari*"),
        "migration_refugees": words("migra*|migranti|rifugiati"),
        "regional_situation": words("regione|regionale|situazione in"),
        "ceremonial": words("congratulazioni|auguri|condoglianze"),
        "multilateral_diplomacy": words("onu|nazioni unite|nato|unione europea|g7|g20"),
    },
)
