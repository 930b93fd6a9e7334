"""Portuguese (a smaller lexicon: titles, cues, markers and dates)."""

from ingest.extract.lexicon import Lexicon, mapping, place_table, words

# Country names, demonyms and capitals in Portuguese (ISO3; names; demonyms; capitals), until the
# gazetteer carries them.
_PLACES = place_table("""
USA; Estados Unidos/EUA/Estados Unidos da América; americano/americana/americanos/americanas/
    norte-americano/norte-americana/norte-americanos/norte-americanas/estadunidense/estadunidenses/
    estado-unidense; Washington
RUS; Rússia/Federação Russa; russo/russa/russos/russas; Moscou/Moscovo
CHN; China; chinês/chinesa/chineses/chinesas; Pequim
FRA; França; francês/francesa/franceses/francesas; Paris
DEU; Alemanha; alemão/alemã/alemães/alemãs; Berlim
GBR; Reino Unido/Grã-Bretanha/Inglaterra; britânico/britânica/britânicos/britânicas/inglês/inglesa; Londres
ITA; Itália; italiano/italiana/italianos/italianas; Roma
ESP; Espanha; espanhol/espanhola/espanhóis/espanholas; Madri/Madrid
PRT; Portugal; português/portuguesa/portugueses/portuguesas; Lisboa
BRA; Brasil; brasileiro/brasileira/brasileiros/brasileiras; Brasília
ARG; Argentina; argentino/argentina/argentinos/argentinas; Buenos Aires
MEX; México; mexicano/mexicana/mexicanos/mexicanas; Cidade do México
CAN; Canadá; canadense/canadenses/canadiano/canadiana; Ottawa
JPN; Japão; japonês/japonesa/japoneses/japonesas; Tóquio
IND; Índia; indiano/indiana/indianos/indianas; Nova Délhi/Nova Deli
TUR; Turquia; turco/turca/turcos/turcas; Ancara
IRN; Irã/Irão; iraniano/iraniana/iranianos/iranianas; Teerã/Teerão
ISR; Israel; israelense/israelenses/israelita/israelitas; Jerusalém
PSE; Palestina; palestino/palestina/palestinos/palestinas/palestiniano/palestiniana; Ramallah
EGY; Egito/Egipto; egípcio/egípcia/egípcios/egípcias; Cairo
SAU; Arábia Saudita; saudita/sauditas; Riad/Riade
ARE; Emirados Árabes Unidos/Emirados; emiradense/emiradenses/emiratense; Abu Dhabi/Abu Dabi
QAT; Catar/Qatar; catariano/catariana/catarianos/cataris; Doha
SYR; Síria; sírio/síria/sírios/sírias; Damasco
IRQ; Iraque; iraquiano/iraquiana/iraquianos/iraquianas; Bagdá/Bagdade
JOR; Jordânia; jordaniano/jordaniana/jordanianos/jordanianas; Amã
LBN; Líbano; libanês/libanesa/libaneses/libanesas; Beirute
UKR; Ucrânia; ucraniano/ucraniana/ucranianos/ucranianas; Kiev/Kyiv/Quieve
POL; Polônia/Polónia; polonês/polonesa/poloneses/polonesas/polaco/polaca; Varsóvia
HUN; Hungria; húngaro/húngara/húngaros/húngaras; Budapeste
GRC; Grécia; grego/grega/gregos/gregas; Atenas
NLD; Países Baixos/Holanda; holandês/holandesa/neerlandês/neerlandesa; Amsterdã/Haia
BEL; Bélgica; belga/belgas; Bruxelas
AUT; Áustria; austríaco/austríaca/austríacos/austríacas; Viena
CHE; Suíça; suíço/suíça/suíços/suíças; Berna
SWE; Suécia; sueco/sueca/suecos/suecas; Estocolmo
NOR; Noruega; norueguês/norueguesa/noruegueses; Oslo
FIN; Finlândia; finlandês/finlandesa/finlandeses; Helsinque
DNK; Dinamarca; dinamarquês/dinamarquesa/dinamarqueses; Copenhague
IRL; Irlanda; irlandês/irlandesa/irlandeses; Dublin
ROU; Romênia/Roménia; romeno/romena/romenos/romenas; Bucareste
SRB; Sérvia; sérvio/sérvia/sérvios/sérvias; Belgrado
HRV; Croácia; croata/croatas; Zagreb
CZE; República Tcheca/Chéquia; tcheco/tcheca/checo/checa; Praga
BGR; Bulgária; búlgaro/búlgara/búlgaros; Sófia
LTU; Lituânia; lituano/lituana/lituanos; Vilnius
LVA; Letônia/Letónia; letão/letã/letões; Riga
EST; Estônia/Estónia; estoniano/estoniana/estonianos; Tallinn
BLR; Belarus/Bielorrússia; bielorrusso/bielorrussa/bielorrussos; Minsk
KAZ; Cazaquistão; cazaque/cazaques; Astana
AZE; Azerbaijão; azerbaijano/azerbaijana/azeri/azeris; Baku
ARM; Armênia/Arménia; armênio/armênia/arménio/arménia/armênios; Erevan/Ierevan
GEO; Geórgia; georgiano/georgiana/georgianos; Tbilisi
PAK; Paquistão; paquistanês/paquistanesa/paquistaneses; Islamabad
AFG; Afeganistão; afegão/afegã/afegãos; Cabul
KOR; Coreia do Sul; sul-coreano/sul-coreana/sul-coreanos/sul-coreanas; Seul
PRK; Coreia do Norte; norte-coreano/norte-coreana/norte-coreanos/norte-coreanas; Pyongyang/Pionguiangue
VNM; Vietnã/Vietname; vietnamita/vietnamitas; Hanói
IDN; Indonésia; indonésio/indonésia/indonésios; Jacarta
AUS; Austrália; australiano/australiana/australianos; Camberra
NZL; Nova Zelândia; neozelandês/neozelandesa; Wellington
ZAF; África do Sul; sul-africano/sul-africana/sul-africanos/sul-africanas; Pretória
NGA; Nigéria; nigeriano/nigeriana/nigerianos; Abuja
ETH; Etiópia; etíope/etíopes; Adis Abeba
KEN; Quênia/Quénia; queniano/queniana/quenianos; Nairóbi
DZA; Argélia; argelino/argelina/argelinos; Argel
MAR; Marrocos; marroquino/marroquina/marroquinos; Rabat
TUN; Tunísia; tunisiano/tunisiana/tunisianos; Túnis
LBY; Líbia; líbio/líbia/líbios; Trípoli
SEN; Senegal; senegalês/senegalesa/senegaleses; Dacar
AGO; Angola; angolano/angolana/angolanos/angolanas; Luanda
MOZ; Moçambique; moçambicano/moçambicana/moçambicanos; Maputo
CPV; Cabo Verde; cabo-verdiano/cabo-verdiana/cabo-verdianos
GNB; Guiné-Bissau; guineense/guineenses; Bissau
STP; São Tomé e Príncipe; são-tomense/são-tomenses; São Tomé
TLS; Timor-Leste; timorense/timorenses; Díli
VEN; Venezuela; venezuelano/venezuelana/venezuelanos/venezuelanas; Caracas
COL; Colômbia; colombiano/colombiana/colombianos/colombianas; Bogotá
CHL; Chile; chileno/chilena/chilenos/chilenas
PER; Peru; peruano/peruana/peruanos/peruanas; Lima
BOL; Bolívia; boliviano/boliviana/bolivianos/bolivianas; La Paz
URY; Uruguai; uruguaio/uruguaia/uruguaios/uruguaias; Montevidéu
PRY; Paraguai; paraguaio/paraguaia/paraguaios/paraguaias; Assunção
CUB; Cuba; cubano/cubana/cubanos/cubanas; Havana
ECU; Equador; equatoriano/equatoriana/equatorianos; Quito
VAT; Vaticano/Santa Sé; vaticano/vaticana
KWT; Kuwait/Kuweit; kuwaitiano/kuwaitiana
YEM; Iêmen/Iémen; iemenita/iemenitas; Sanaa
SDN; Sudão; sudanês/sudanesa/sudaneses; Cartum
CYP; Chipre; cipriota/cipriotas; Nicósia
PHL; Filipinas; filipino/filipina/filipinos; Manila
THA; Tailândia; tailandês/tailandesa/tailandeses; Bangcoc
MYS; Malásia; malaio/malaia/malásio/malásia; Kuala Lumpur
EU; União Europeia/UE; europeu/europeia/europeus/europeias
""")

# Return visits ("vi era tornato a luglio"): a second act of the pair just told (see Lexicon.returns);
# each is also a visit word and an in-person cue.
_RETURNS = words("voltou lá|regressou lá|lá voltou|lá regressou|tinha voltado lá|havia voltado lá")

LEXICON = Lexicon(
    lang="pt",
    titles={
        **mapping("president", "presidente|presidenta|chefe de estado|presidente da república"),
        **mapping("crown_prince", "príncipe herdeiro"),
        **mapping("monarch", "rei|rainha|emir|sultão|imperador|imperatriz|monarca|soberano|soberana"),
        **mapping("pope", "papa|pontífice"),
        **mapping("prime_minister", "primeiro-ministro|primeira-ministra|chefe do governo|premiê"),
        **mapping("chancellor", "chanceler alemão|chanceler alemã"),
        **mapping(None, "líder|mandatário"),
    },
    plural_titles={**mapping("president", "presidentes|chefes de estado"), **mapping(None, "líderes")},
    org_titles={**mapping("UN", "secretário-geral da onu|secretário-geral das nações unidas"),
                **mapping("EU", "presidente da comissão europeia|presidenta da comissão europeia|"
                                "presidente do conselho europeu")},
    # the Kremlin's chief is Russia's president
    country_titles={**mapping(("RUS", "head_of_state"), "chefe do kremlin|líder do kremlin"),
                    # the White House's tenant is the US president
                    **mapping(("USA", "head_of_state"), "inquilino da casa branca|chefe da casa branca"),
                    # so are the seats of Brazil's and Portugal's heads: the Planalto palace's, Belém's and
                    # São Bento's tenants
                    **mapping(("BRA", "head_of_state"), "inquilino do planalto|inquilina do planalto|"
                                                        "chefe do planalto"),
                    **mapping(("PRT", "head_of_state"), "inquilino de belém|inquilino do palácio de belém"),
                    **mapping(("PRT", "head_of_government"), "inquilino de são bento|"
                                                             "inquilino do palácio de são bento")},
    ministers=words("opositor|opositora|líder da oposição|líder opositor|"
                    "ministro|ministra|chanceler|porta-voz|enviado|embaixador|embaixadora|assessor|"
                    "vice-presidente|governador|prefeito|ex-presidente|presidente eleito|"
                    "ministro das relações exteriores|ministro dos negócios estrangeiros|"
                    "chefe da diplomacia|assessora|conselheiro|secretário de estado|secretária de estado|"
                    "vice-primeiro-ministro|delegação|embaixadores|prefeita|presidente da câmara|"
                    "presidente do senado|ex-primeiro-ministro|primeira-dama|presidente eleita|"
                    # the heads of a country's bank, court, parliament or region name their country ("o
                    # presidente do Banco Central do Brasil", "o presidente do Governo Regional dos Açores")
                    "presidente do banco|presidente do supremo|presidente do stf|presidente do congresso|"
                    "presidente da assembleia|presidente do parlamento|presidente do tribunal|"
                    "presidente do governo regional|presidente da petrobras"),
    # (a guest or host of a named country: "بالضيف الهندي", "der indische Gast", "l'hôte congolais")
    counterparts=words("homólogo|homóloga|homologo|o convidado|a convidada|seu convidado|o hóspede|"
                       "seu anfitrião"),
    pair_refs=words("os dois líderes|os dois presidentes|ambos os líderes|as duas partes|os mandatários|"
                    "os dois chefes de estado|os dois chefes de governo|ambos os presidentes|"
                    "os dois mandatários|ambos|os dois homens|os líderes|"
                    # "dirigentes", the European Portuguese press's word for leaders ("os dois dirigentes")
                    "os dois dirigentes|ambos os dirigentes"),
    pair_heads=words("os dois|as duas"),
    # "o seu último encontro" after the pair's meeting: "seu" alone is too often one leader's
    pair_possessives=words("seu último|sua última|seus últimos|suas últimas|seu anterior|sua anterior"),
    indefinites=words("um|uma"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("vários|várias|alguns|algumas|diversos|diversas"),
    phone=words("telefonema|ligação|conversa telefônica|conversa telefónica|por telefone|telefonou|"
                "telefonemas|ligação telefônica|ligação telefónica|telefonaram|ligou|ligaram|ao telefone|"
                "conversaram por telefone|falaram por telefone|chamada telefónica|chamada telefônica"),
    video=words("videoconferência|videochamada|por vídeo|por videoconferência|reunião virtual|"
                "cúpula virtual|videoconferencia|de forma virtual|de maneira virtual|em formato virtual|"
                "virtualmente"),
    written=words("carta|mensagem|mensagens|telegrama|cartas|"
                  "missiva|escreveu a|escreveu ao|escreveu à|tinha escrito a|tinha escrito ao|"
                  # a message named by what it says, one phrase ("uma mensagem de condolências ao rei X")
                  "mensagem de condolências|mensagem de felicitações|mensagem de parabéns|"
                  "carta de felicitações|carta de condolências|telegrama de condolências|"
                  "telegrama de felicitações"),
    greeting=words("parabenizou|felicitou|condolências"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("entrevista coletiva conjunta|coletiva conjunta|conferência de imprensa conjunta"),
    in_person=words(
        # round fifteen: the passive of a guest welcomed (not the noun: "a acolhida de refugiados")
        "foi acolhida|foi acolhido|foram acolhidos|foram acolhidas|"
        # round fifteen: the handshake given, the guest received; an audience granted (not the bare noun)
        "apertou a mão|recepcionou|recepcionaram|recepcionado|recepcionada|"
        "concedeu uma audiência|recebido em audiência|recebida em audiência|"
        "trocaram cumprimentos|trocou cumprimentos|trocaram saudações|trocou saudações|"
                    "trocaram algumas palavras|tinham trocado algumas palavras|breve encontro|"
                    # they saw each other ("os dois tinham-se visto em março")
                    "se viram|viram-se|tinham-se visto|haviam-se visto|tinham se visto|haviam se visto|"
                    "condecorou|entregou|reunindo-se com|encontrando-se com|anunciou com|"
                    "anunciou junto com|anunciaram conjuntamente|cúpula com|cimeira com|"
                    # the clitic before the auxiliary (European order) or hyphened after it
                    "se tinham encontrado|tinham-se encontrado|se tinham reunido|tinham-se reunido|"
                    "se haviam reunido|haviam-se reunido|haviam-se encontrado|se conheceram|"
                    # one subject: "Costa já se tinha encontrado com Zelensky"
                    "se tinha encontrado|tinha-se encontrado|tinha se encontrado|se havia encontrado|"
                    "havia-se encontrado|havia se encontrado|se tinha reunido|tinha-se reunido|"
                    "tinha se reunido|se havia reunido|havia-se reunido|havia se reunido|"
                    "se tinham conhecido|tinham se conhecido|haviam se conhecido|"
                    "entrevistou-se|se entrevistou|entrevistaram-se|se entrevistaram|"
                    "abraçou|abraçado|se abraçaram|cumprimentou|visita não anunciada|visita surpresa|"
                     "reuniu-se|se reuniu|reunião|encontro|encontrou|recebeu|visita|visitou|bilateral|"
                    "tinha visitado|havia visitado|"
                    "se reuniram|reuniram-se|reuniões|encontros|encontrou-se|se encontrou|se encontraram|"
                    "encontraram-se|recebido|recebida|foi recebido|recebeu-o|visitaram|esteve com|"
                    "estiveram juntos|cimeira bilateral|almoço|jantar|jantaram|almoçaram|almoçou|jantou|"
                    "apertaram as mãos|aperto de mão|"
                    # the handshake in other tenses
                    "apertaram a mão|tinham apertado as mãos|haviam apertado as mãos|"
                    "trocaram um aperto de mão|"
                    "acolheu|presidiram|copresidiram|copresidiu|"
                    "co-presidiram|haviam se encontrado|se haviam encontrado|tinham se encontrado|"
                    "se encontraram pela última vez|encontraram|reuniram|assinaram|firmaram|"
                    "cimeira trilateral|cúpula trilateral|reunião trilateral|reunido|reunida|reunidos|"
                    "se reunido|tinham se reunido|haviam se reunido|se reúne|se reúnem|"
                    # the European "avistar-se com" (Lusa: "avistou-se com o homólogo")
                    "avistou-se|avistaram-se|se avistou|se avistaram|"
                    # an announced meeting: the infinitive after "vai", "deve", "deverá" (the marker), the
                    # futures and the subjunctive after "está previsto que"; the phrases that hold their
                    # marker are markers too
                    "se reunir|reunir-se|se encontrar|encontrar-se|receber|se reunirá|se reunirão|"
                    "reunir-se-á|reunir-se-ão|se encontrará|se encontrarão|receberá|receberão|"
                    "se reúna|se reúnam|ia se reunir|deve se reunir") + _RETURNS,
    talk=words("conversou|conversaram|conversa|dialogou|discutiram|tratou|trataram|conversas|dialogaram|"
               "diálogo|discutiu|debateram|abordaram|abordou|analisaram|negociaram|negociações|"
               "conversações|acordaram|concordaram|combinaram|acertaram|trocaram impressões|trocaram ideias|"
               "conversar|conversará|conversarão"),
    spoke=words("falou|falaram|falaram-se"),
    roundup=words("mensagens|líderes|telegramas|cartas"),
    caller_words=words("telefonou|ligou"),
    from_words=words("de|do|da|por|pelo|pela"),
    receive_words=words("recebeu|recebe"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("próxim",),
    # an invitation after "and" is a plan of its own, not of the contact told before it (rules._invited_after)
    eves=words("na véspera de|na véspera do|na véspera da|às vésperas de|às vésperas do|às vésperas da"),
    invitations=words("convidou|convidaram|convite|convida|convidam|convidado|convidada"),
    # "Espera-se que X se reúna com Y": what follows the opener is expected, still to come
    planned_sentence=words("está previsto que|prevê-se que|espera-se que|é esperado que"),
    planned=words("deve|devem|deveria|deveriam|"
                  # readiness: "disse estar pronto para receber" offers a meeting
                  "pronto para|disposto a|"
                  "era esperado|era esperada|estava previsto|estava prevista|ia se reunir|"
                  "se reunirão|reunir-se-ão|visitarão|receberão|viajarão|participarão|encontrarão|"
                  "manterão|realizarão|conversarão|assinarão|"
                  "vai|irá|será|se reunirá|visitará|receberá|previsto|prevista|programado|convite|"
                  "convidou|amanhã|próxima|próximo|vão|irão|serão|deverá|deverão|programada|agendado|"
                  "agendada|pretende|planeja|deve visitar|deve se reunir|espera|esperam|viajará|"
                  "participará|encontrará|esperava|deseja|poderia|poderiam|terá|terão|haverá|fará|farão|"
                  "previstos|previstas|"
                  # "tem encontro marcado para sexta-feira" (not "marcado" alone: "marcado por tensões")
                  "marcado para|marcada para|marcados para|marcadas para|"
                  # "tem encontro marcado com X": a meeting on the agenda, the noun and its participle
                  # "tendo encontro marcado com X": the participle and its partner (not the noun: a cue)
                  "marcado com|marcada com|marcados com|marcadas com"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("teria|teriam|supostamente|alegadamente|rumores"),
    exclusions=words("descartou|descarta|descartada|descartado|excluída|excluído|excluiu|"
                     "fora de questão|"
                     # a meeting called off, told after it ("o encontro ... foi desmarcado")
                     "foi desmarcado|foi desmarcada|foi cancelado|foi cancelada"),
    negation=words("não|nenhum|nenhuma|sem|cancelado|adiado|cancelada|cancelou|adiada|adiou|nunca|jamais|"
                   "recusou|ausência|ausência de|falta de|desmarcou|desmarcado|desmarcada|"
                   # a visit called off: "decidiu cancelar a visita", "o cancelamento da viagem"
                   "cancelar|cancelamento|cancela|anulou|anular|anulada|anulado"),
    denial=words("negou|desmentiu|não está previsto|não está prevista|não há planos|nega|desmente|"
                 # a contact that fell through ("o encontro não aconteceu")
                 "não aconteceu|não se realizou|não ocorreu|não chegou a acontecer"),
    returns=_RETURNS,
    visit=words("visita não anunciada|visita surpresa|tinha visitado|havia visitado|"
                 "visita|visita oficial|visita de estado|chegou|planalto|itamaraty|desembarcou|viagem|"
                "périplo|turnê|recebido|recebida|palácio|casa branca|"
                # travel verbs: those "junto com" a traveller went with him
                "viajou|viajado|viajaram|"
                # went there ("tinha ido a Pequim em 2023"): a travel verb, no cue
                "foi a|foi à|foi ao|foram a|tinha ido a|tinham ido a|havia ido a|"
                # been to a place ("Macron tinha estado em Pequim em abril"): a visit word, no cue
                "tinha estado em|tinham estado em|havia estado em|haviam estado em") + _RETURNS,
    summit=words("cúpula|cimeira|à margem|assembleia geral|g20|brics|na margem|g7|conferência|fórum|cop|"
                 "cimeira trilateral|cúpula trilateral"),
    fillers=words("da|do|de|república|senhor|dos|das|senhora|o|a"),
    # ("the call, which took place yesterday": the date of that clause is the call's)
    took_place=words("ocorreu|teve lugar|decorreu|se realizou|foi realizada|foi realizado"),
    relative=words("quem|onde|cujo|cuja"),
    members=words("a delegação incluía|a delegação era composta por|integravam a delegação|"
                  "a missão incluía"),
    # the future tense: "concluirá", "se reunirão"
    future_endings=("rá", "rão"),
    present=words("recebe|recebem|se reúne|reúne-se|se reúnem|se encontra|encontra-se|viaja|"
                  # "na segunda-feira tem o primeiro encontro com X": a meeting on the agenda
                  "tem|têm|"
                  # a day's programme in the present ("à noite, o chefe de Estado janta com X")
                  "começa|começam|termina|encerra|almoça|janta"),
    # parts of the day: a contact in the present placed at one is on the day's programme (rules._programme)
    dayparts=words("de manhã|pela manhã|à tarde|pela tarde|ao fim da tarde|ao final da tarde|à noite|"
                   "ao meio-dia|o dia"),
    definites=words("o|a|os|as|essa|essas|esta|estas"),
    companions=words("juntamente com|junto com|acompanhado de|acompanhada de|acompanhado por|acompanhada por|"
                     "na companhia de|"
                     # side by side: "depôs uma coroa de flores ao lado do presidente X"
                     "ao lado de|ao lado do|ao lado da"),
    subordinators=words("após|antes|depois|enquanto|quando|embora|antes de|depois de"),
    subjectless=words("antes de|depois de|após"),
    # "no dia 13", "no último dia 13", "no passado dia 13", "em 13 deste mês": a day of this month (or the
    # last)
    day_alone_leads=words("no dia|no último dia|no passado dia|do dia|do último dia|desde o dia|"
                          "no próximo dia"),
    day_alone_tails=words("deste mês|do corrente mês|do mês corrente|do corrente"),
    ago_leads=words("há|faz"),
    time_units={**mapping(1, "dias|dia"), **mapping(7, "semanas|semana"), **mapping(30, "meses|mês"),
                **mapping(365, "anos|ano")},
    units_ago={**mapping(7, "semanas atrás|semana atrás"), **mapping(30, "meses atrás|mês atrás"),
               **mapping(365, "anos atrás|ano atrás")},
    months={**mapping(1, "janeiro"), **mapping(2, "fevereiro"), **mapping(3, "março"), **mapping(4, "abril"),
            **mapping(5, "maio"), **mapping(6, "junho"), **mapping(7, "julho"), **mapping(8, "agosto"),
            **mapping(9, "setembro"), **mapping(10, "outubro"), **mapping(11, "novembro"),
            **mapping(12, "dezembro")},
    day_months={**mapping(1, "jan"), **mapping(2, "fev"), **mapping(3, "mar"), **mapping(4, "abr"),
                **mapping(5, "mai"), **mapping(6, "jun"), **mapping(7, "jul"), **mapping(8, "ago"),
                **mapping(9, "set"), **mapping(10, "out"), **mapping(11, "nov"), **mapping(12, "dez")},
    weekdays={"segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
              "sábado": 5, "domingo": 6,
              # the Brazilian press drops "-feira" after "nesta" ("Lula conversou nesta segunda com ...")
              "nesta segunda": 0, "nesta terça": 1, "nesta quarta": 2, "nesta quinta": 3, "nesta sexta": 4},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "o outono passado|no outono passado"),
                  **mapping(7, "o verão passado|no verão passado"),
                  **mapping(4, "a primavera passada|na primavera passada"),
                  # a season named with its preposition: the last one over, or the season of the year after
                  # it ("no verão de 2022": 2022)
                  **mapping(10, "no outono|durante o outono"),
                  **mapping(7, "no verão|durante o verão"),
                  **mapping(4, "na primavera|durante a primavera"),
                  **mapping(1, "no inverno|durante o inverno")},
    relative_years={"o ano passado": -1, "no ano passado": -1, "do ano passado": -1, "este ano": 0,
                    "deste ano": 0},
    relative_months={"um ano antes": -12,
                     "há um ano": -12, "há dois anos": -24, "o mês passado": -1, "no mês passado": -1,
                     # "no fim do mês passado", "no início deste mês"
                     "mês passado": -1, "deste mês": 0, "este mês": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"há poucos dias": -3, "há alguns dias": -3, "poucos dias atrás": -3,
                   "alguns dias atrás": -3,
                   "hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "nesta manhã": 0,
                   "esta manhã": 0, "esta tarde": 0,
                   "ontem à noite": -1},
    past=words("passado|passada"),
    month_leads=words("em|desde|no início de|no final de|em meados de|meados de|final de|início de|"
                      "no fim de|até|durante|no mês de|em fins de|em princípios de|no começo de|"
                      # a contact noun dated by its month: "o seu encontro de março", "a cúpula de junho"
                      "encontro de|reunião de|cúpula de|visita de|conversa de|telefonema de"),
    year_leads=words("em|desde|no ano de|até"),
    restating=words("foi|trata-se de|tratou-se de|este foi|esta foi|o encontro foi"),
    since=words("desde"),
    ordinals=words("segundo|segunda|terceiro|terceira|quarto|quarta"),
    firsts=words("primeiro|primeira"),
    since_contacts=words("desde"),
    after_contacts=words("depois do|depois da|depois de|após"),
    joins=words("juntou-se|participou|trilateral|participaram|se juntou|uniu-se|se uniu|participação"),
    place_relatives=words("onde"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("cumprimentou|condecorou|entregou"),
    time_relatives=words("quando"),
    joint_acts=words("inauguraram|selaram|lançaram|depositaram|tinham inaugurado|haviam inaugurado|"
                     # one subject "with" another: "inaugurou com o presidente a fábrica"
                     "inaugurou|tinha inaugurado|havia inaugurado"),
    predicatives=words("como"),
    read_also=words("leia também|veja também|leia mais|saiba mais|leia ainda"),
    captions=words("foto|legenda|imagem"),
    deceased=words("falecido|falecida|morto|morta"),
    done_participles=words(
        "assinado|assinada|assinados|assinadas|firmado|firmada|firmados|firmadas|alcançado|"
        "alcançada|alcançados|alcançadas|concluído|concluída|concluídos|concluídas|ratificado|"
        "ratificada|ratificados|ratificadas|devolvido|devolvida|devolvidos|devolvidas"),
    set_phrases=words("oriente próximo|próximo oriente"),
    possible=words("possível|possíveis|eventual|eventuais"),
    deaths=words("morte de|morte do|falecimento de|falecimento do"),
    elect=words("eleito|eleita|ex|antigo|antiga"),
    complementizers=words("que"),
    reporting=words("disse|afirmou|declarou|anunciou|informou|segundo|de acordo com|explicou|confirmou|"
                    "destacou|ressaltou|garantiu"),
    anchored_days={"no dia seguinte": 1, "na véspera": -1, "no mesmo dia": 0, "naquele dia": 0},
    day_units={"dias depois": 1, "dia depois": 1, "dias antes": -1, "dia antes": -1},
    event_days={"no dia seguinte a": 1, "no dia seguinte ao": 1, "no dia seguinte à": 1, "na véspera de": -1,
                "na véspera do": -1, "na véspera da": -1},
    event_units={"dias depois de": 1, "dia depois de": 1, "dias após": 1, "dia após": 1, "dias antes de": -1,
                 "dia antes de": -1},
    relative_weeks={"na semana passada": -1, "nesta semana": 0, "esta semana": 0, "nos últimos dias": 0,
                    "semana passada": -1},  # "na quinta-feira da semana passada": Thursday of last week
    day_ordinals={"primeiro": 1},
    numbers={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5},
    pronouns=words("ele|ela"),
    object_pronouns=words("com ele|com ela|seu convidado|o convidado|seu anfitrião|o visitante|o hóspede"),
    # the enclitic object joined to its verb: "recebeu-o", "cumprimentou-a" (apart, "o" is the article)
    clitics_after=words("o|a"),
    # the proclitic object a relative word, a negation or an adverb pulls before its verb ("onde o emir o
    # recebeu", "que a tinha recebido"): before an auxiliary or a cue with a preterite ending only
    clitics=("o", "a"),
    clitic_auxiliaries=("tinha", "havia"),
    clitic_endings=("ou", "eu", "iu"),
    plural_pronouns=words("eles"),
    feminine=words("ela"),
    masculine=words("ele"),
    # "os dois voltaram a reunir-se": a verb of repetition before the cue is an adverb ("again")
    # the past before the past: a contact so told weeks back is an earlier one
    # (and the reciprocal's plural preterite, which holds its subject: "Viram-se pela última vez em Kazan")
    plural_auxiliaries=words("tinham|haviam|viram|reuniram|encontraram"),
    pluperfect=words("havia|haviam|tinha|tinham|havia sido|haviam sido|tinha sido|tinham sido"),
    inserts=words("já|também|ainda|novamente|brevemente|longamente|depois|juntos|voltaram|voltou|voltam"),
    stopwords=words("se|o|a|os|as|de|do|da|dos|das|em|no|na|um|uma|e|ou|que|ao|seu|sua|por|para|com|não"),
    genitives=words("de|do|da|dos|das"),
    presence=words("na presença de|na presença do|na presença da|em presença de"),
    country_names=_PLACES[0],
    demonyms=_PLACES[1],
    seats={**mapping("USA", "na casa branca|no salão oval"),
           **mapping("RUS", "no kremlin"),
           **mapping("GBR", "em downing street"),
           **mapping("ESP", "na moncloa|no palácio da moncloa"),
           **mapping("ARG", "na casa rosada"),
           **mapping("BRA", "no planalto|no palácio do planalto|no alvorada|no palácio da alvorada"),
           **mapping("FRA", "no eliseu|no palácio do eliseu"),
           **mapping("CHN", "no grande salão do povo")},
    capitals=_PLACES[2],
    trilateral=words("trilateral|tripartite|a três"),
    between=words("entre"),
    # "o seu terceiro encontro" (rules._counted_earlier); "segunda" and "quarta" (Monday, Wednesday) are left
    # out
    count_ordinals=words("segundo|terceiro|terceira"),
    count_higher=words("terceiro|terceira"),
    count_owners=words("seu|sua"),
    group_refs=words("os líderes|os chefes de estado|os chefes de estado e de governo"),
    last_time=words("a última vez|a última vez que|pela última vez|anterior|anteriores|seu último|sua última|"
                    "seus últimos|suas últimas|seu anterior|sua anterior"),
    during=words("durante|no decorrer de|no decorrer do|no decorrer da"),
    public_posts=words("nas redes sociais|em redes sociais|no twitter"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("caso|a menos que|na hipótese de"),
    urges=words("instou|insta|exortou|exorta|incentivou"),
    # the leader replaced in office ("who succeeded X"): no partner
    successions=words("sucedeu a|sucedeu|sucede a|substituiu|sucessor de|posse de|posse do|investidura de|"
                      "investidura do"),
    organizers=words("promovido por|promovida por|promovido pelo|promovida pelo|lançado por|"
                     "lançada por|lançado pelo|lançada pelo|convocado por|convocada por|organizado por|"
                     "organizada por|"
                     "convocado pelo|convocada pelo|organizado pelo|organizada pelo"),
    additives=words("também|além disso"),
    turns=words("enquanto isso|separadamente|noutra frente|em outra frente|entretanto"),
    then_words=words("na ocasião|naquela ocasião|à época|na época|naquele encontro|naquela visita"),
    not_cues=words("entrevista coletiva|conferência de imprensa|coletiva de imprensa|chamou de|chamado de|"
                   # dialogue as the means of a settlement, no contact ("uma solução por meio do diálogo")
                   "por meio do diálogo|através do diálogo|pela via do diálogo|via diálogo|pelo diálogo|"
                   "ao diálogo|"
                   # a plan word in a comparison ("mais longa do que o previsto")
                   "do que o previsto|como previsto"),
    with_words=words("com"),
    iteratives=words("várias vezes|duas vezes|três vezes|quatro vezes|repetidas vezes"),
    topics={
        "bilateral_relations": words("bilateral*|bilaterais|relações|relação|cooperação|cooperar|parceria*|"
                                     "amizade|aliança|aliados|aliado|entre os dois países|os dois países|"
                                     "ambos os países|reaproximação|reconciliação|normalização|"
                                     "relações diplomáticas|embaixada*|vistos|laços|vínculos|"
                                     "cimeira luso-brasileira"),
        "trade_economy": words("comérci*|comercia*|econom*|tarifas|tarifa|financ*|mercado*|exportaç*|"
                               "importaç*|alfândega*|livre comércio|cadeias de suprimento|orçamento|moeda|"
                               "dívida|empréstimo*|fmi|banco mundial|inflação|subsídios|protecionismo|"
                               "empresas|terras raras"),
        "investment": words("investiment*|investir|investidores|fundo soberano|capitais|investe|investem|"
                            "investirá|investido|investidos|investidor|fundos soberanos|"
                            "capital estrangeiro|investimento direto|investimento directo"),
        "energy": words("energia|energétic*|petróleo|gás|gnl|eletricidade|electricidade|usina*|"
                        "central nuclear|centrais nucleares|central elétrica|centrais elétricas|"
                        "central eléctrica|centrais eléctricas|central hidrelétrica|centrais hidrelétricas|"
                        "central termelétrica|centrais termelétricas|"
                        "renováve*|gasoduto*|oleoduto*|nuclear civil|solar|eólic*|hidrogênio|hidrogénio|"
                        "carvão|opep|combustíve*|hidrocarbonetos|biocombustíve*|etanol"),
        "security_defense": words("segurança|defesa|militar*|exército|forças armadas|armas|armamento*|"
                                  "míssil|mísseis|tropas|soldados|defesa aérea|garantias de segurança|"
                                  "dissuasão|marinha|naval|caças|exercícios militares|drones|munições|otan|"
                                  "crime organizado|narcotráfico|tráfico de drogas|tráfico de armas|"
                                  "cartéis|fentanil"),
        "counterterrorism": words("terroris*|jihadis*|extremis*|estado islâmico"),
        "conflict_ceasefire": words("cessar-fogo|trégua|guerra|guerras|conflito*|invasão|escalada|"
                                    "desescalada|hostilidades|paz|negociações de paz|processo de paz|"
                                    "agressão|confrontos|ataque*|ofensiva|plano de paz|reféns|"
                                    "troca de prisioneiros|prisioneiros de guerra|bombardeio*|"
                                    "bombardeamento*|combates|linha da frente|linha de frente|beligerantes|"
                                    "mediação|mediador|acordo de paz|acordos de paz|conversações de paz|"
                                    "cimeira da paz|cúpula da paz|acordos de minsk|donbass|"
                                    "crimes de guerra|milícias|rebeldes|insurgentes|mortos|ucrânia"),
        "humanitarian": words("humanitári*|ajuda|civis|sofrimento|fome|corredor humanitário|assistência|"
                              "evacuação|socorro|desabrigados|terremoto|sismo|inundações|enchentes|cheias|"
                              "catástrofe*|desastre*|vítimas|cruz vermelha|programa alimentar mundial"),
        "reconstruction": words("reconstrução|reconstruir|recuperação"),
        "migration_refugees": words("migra*|migrantes|refugiados|asilo|deslocados|imigração|imigrantes|"
                                    "deportaç*|fronteira*"),
        "nuclear_nonproliferation": words("programa nuclear|não proliferação|enriquecimento|urânio|aiea|"
                                          "armas nucleares|desnuclearização|instalações nucleares|"
                                          "acordo nuclear|central nuclear|usina nuclear|armas químicas|"
                                          "armas de destruição em massa|armas de destruição maciça"),
        "climate_environment": words("clima*|climátic*|meio ambiente|ambienta*|emissões|aquecimento global|"
                                     "carbono|desmatamento|desflorestação|biodiversidade|amazônia|amazónia|"
                                     "transição verde|cop|floresta*"),
        "health": words("saúde|sanitári*|pandemia|covid*|coronavírus|vacina*|epidemia|médic*|hospital|"
                        "hospitais|hospitalar*|hospitaliza*|"
                        "doença*"),
        "regional_situation": words("região|regional|regionais|situação na|situação no|américa latina|"
                                    "américa do sul|oriente médio|médio oriente|gaza|vizinhos|"
                                    "estabilidade regional|venezuela|península coreana|coreia do norte|"
                                    "haiti|iêmen|iémen|sudão|líbia|síria|iraque|líbano|mar vermelho|talibã|"
                                    "talibãs|sahel"),
        "sovereignty_territorial_integrity": words("soberania|integridade territorial|anexação|"
                                                   "territórios ocupados|unidade territorial|territorial|"
                                                   "territoriais|territórios|reivindicações territoriais|"
                                                   "disputa territorial|disputas territoriais|ocupação|"
                                                   "ocupado|ocupados|ocupada|ocupadas|separatista*|"
                                                   "secessão|autodeterminação|taiwan|uma só china|"
                                                   "china única|malvinas|essequibo|mar do sul da china|"
                                                   "território"),
        "domestic_politics_elections": words("eleiç*|eleitora*|eleito|eleita|reeleição|reeleito|votação|"
                                             "eleitores|referendo|parlament*|congresso|campanha|"
                                             "transição política|constituiç*|oposição|golpe"),
        "ceremonial": words("parabéns|felicitações|felicitou|condolências|cumprimentos|aniversário|"
                            "dia nacional|ano novo|condecoração|medalha|bicentenário|pêsames|luto|felicit*|"
                            "saudações|bicentenário da independência|dia da independência"),
        "sanctions": words("sanções|embargo|bloqueio|lista negra|medidas restritivas|congelamento de ativos|"
                           "ativos congelados|activos congelados|controlos às exportações|"
                           "controles de exportação|medidas punitivas|medidas coercitivas|"
                           "medidas unilaterais"),
        "human_rights_minorities": words("direitos humanos|minorias|minoria|mulheres|presos políticos|"
                                         "estado de direito|dissidentes|liberdade de imprensa|detidos|"
                                         "indígenas|povos indígenas|repressão|tortura|"
                                         "liberdade de expressão|liberdade religiosa|sociedade civil|"
                                         "opositores|ativistas|activistas|discriminação|racismo|"
                                         "pena de morte|uigur*|lgbt*"),
        "multilateral_diplomacy": words("onu|nações unidas|conselho de segurança|multilateral*|"
                                        "multilaterais|g7|brics|união europeia|ue|mercosul|celac|cplp|"
                                        "união africana|comunidade internacional|omc|oea|governança global|"
                                        "governação global|reforma da onu|organismos internacionais|"
                                        "organizações internacionais|"
                                        "cúpula trilateral|cimeira trilateral|"
                                        "formato da normandia|formato normandia|"
                                        "formato de astana|processo de astana"),
        "infrastructure_transport": words("infraestrutura*|infra-estrutura*|transporte*|ferrovi*|porto|"
                                          "portos|navegação|estradas|estrada|rodovi*|corredor*|marítim*|"
                                          "ponte*|logística|conectividade|aeroportos"),
        "food_agriculture": words("aliment*|agrícola*|agricultura|grãos|cereais|trigo|fertilizantes|"
                                  "agricultores|segurança alimentar|colheita*|arroz|soja|carne|"
                                  "agroaliment*|agropecuári*|agronegócio|pecuária|pesca|pescadores|café|"
                                  "milho|carnes|frango|produtos agrícolas|agro"),
        "technology": words("tecnolog*|digital|inteligência artificial|ia|semicondutores|chips|ciber*|"
                            "inovação|espacial|satélite*|telecomunicações|quântic*"),
        "culture_education_tourism": words("cultura*|cultural*|educação|ensino|turismo|turistas|estudantes|"
                                           "universidade*|esporte*|desporto*|patrimônio|património|museu*|"
                                           "bolsas|língua portuguesa|idioma|intercâmbio cultural|"
                                           "intercâmbios culturais|intercâmbio acadêmico|"
                                           "intercâmbio académico|intercâmbio estudantil"),
    },
    regions=words("américa latina|américa do sul|américa central"),
)
