"""Spanish."""

from ingest.extract.lexicon import Lexicon, mapping, words

# Return visits ("vi era tornato a luglio"): a second act of the pair just told (see Lexicon.returns);
# each is also a visit word and an in-person cue.
_RETURNS = words("regresó allí|volvió allí|había regresado allí|había vuelto allí|regresó allá|volvió allá")

LEXICON = Lexicon(
    lang="es",
    airports=words("aeropuerto|aeropuertos"),
    internationals=("internacional",),
    titles={
        **mapping("president", "presidente|presidenta|presidente de la república|jefe de estado|"
                               "jefa de estado|"
                  "mandatario|mandataria"),
        **mapping("crown_prince", "príncipe heredero"),
        **mapping("monarch", "rey|reina|emir|sultán|emperador|emperatriz|monarca|soberano|soberana"),
        **mapping("supreme_leader", "líder supremo"),
        **mapping("pope", "papa|pontífice"),
        **mapping("prime_minister", "primer ministro|primera ministra|jefe del gobierno|jefe de gobierno|"
                  "jefa del gobierno|premier"),
        # the head of the executive: Spain's prime minister in EFE's copy, a Latin American president in his
        # own press ("el jefe del Ejecutivo", "la jefa del Ejecutivo mexicano"): whoever leads the country
        **mapping(None, "líder|dirigente|gobernante|jefe del ejecutivo|jefa del ejecutivo"),
    },
    plural_titles={
        **mapping("president", "presidentes|mandatarios|jefes de estado|ambos presidentes"),
        **mapping("prime_minister", "primeros ministros|jefes de gobierno"),
        **mapping(None, "líderes|dirigentes|ambos líderes"),
    },
    org_titles={
        **mapping("UN", "secretario general de la onu|secretario general de naciones unidas|"
                        "secretario general de las naciones unidas"),
        **mapping("EU", "presidenta de la comisión europea|presidente de la comisión europea|"
                  "presidente del consejo europeo"),
    },
    country_titles={
        # the Kremlin's chief is Russia's president
        **mapping(("RUS", "head_of_state"), "jefe del kremlin|líder del kremlin|inquilino del kremlin"),
        # the White House's and the Elysée's tenant are the US and the French president
        **mapping(("USA", "head_of_state"), "inquilino de la casa blanca|jefe de la casa blanca"),
        **mapping(("FRA", "head_of_state"), "inquilino del elíseo|inquilino del eliseo"),
        # Spain's own title; another country named with it wins ("presidente del Gobierno italiano")
        **mapping(("ESP", "head_of_government"), "presidente del gobierno|presidenta del gobierno"),
        **mapping(("DEU", "head_of_government"), "canciller alemán|canciller alemana|canciller de alemania|"
                  "canciller federal"),
        **mapping(("AUT", "head_of_government"), "canciller austriaco|canciller austríaco|"
                                                 "canciller de austria"),
    },
    ministers=words("opositor|opositora|líder opositor|líder opositora|líder de la oposición|"
                    "ministro|ministra|ministros|canciller|vicepresidente|vicepresidenta|portavoz|vocero|"
                    "vocera|enviado|enviada|enviado especial|embajador|embajadora|asesor|asesora|gobernador|"
                    "gobernadora|alcalde|alcaldesa|secretario de estado|secretaria de estado|delegación|"
                    "expresidente|expresidenta|ex presidente|presidente electo|presidenta electa|"
                    "ministro de asuntos exteriores|ministro de relaciones exteriores|jefe de la diplomacia|"
                    "director|empresario|"
                    # Spain's regional presidents and the mayors of capitals: their office names a capital or
                    # a title of the country ("la presidenta de la Comunidad de Madrid", "el presidente del
                    # Gobierno de Canarias", "el jefe de Gobierno de la Ciudad de Buenos Aires")
                    "presidente de la comunidad|presidenta de la comunidad|presidente de la generalitat|"
                    "presidenta de la generalitat|president de la generalitat|presidente de la junta|"
                    "presidenta de la junta|presidente de la xunta|presidenta de la xunta|lehendakari|"
                    "presidente del principado|presidenta del principado|presidente de la región|"
                    "presidenta de la región|presidente del gobierno de canarias|"
                    "presidente del gobierno de aragón|presidente del gobierno de cantabria|"
                    "presidente del gobierno de la rioja|presidenta del gobierno de la rioja|"
                    "presidenta del gobierno de navarra|presidente del gobierno vasco|presidenta del govern|"
                    "presidente del govern|presidente autonómico|presidenta autonómica|"
                    "jefe de gobierno de la ciudad|jefa de gobierno de la ciudad|jefe de gobierno porteño"),
    # (a guest or host of a named country: "بالضيف الهندي", "der indische Gast", "l'hôte congolais")
    counterparts=words("homólogo|homóloga|homologo|homologa|homólogos|el invitado|la invitada|su invitado|"
                       "su invitada|el huésped|su anfitrión|su anfitriona|"
                       # the Latin American "su par" ("su par brasileño")
                       "su par|sus pares"),
    # "se reunió por separado con cada uno de ellos": each of the pair just told
    pair_refs=words("cada uno de ellos|cada uno de los dos|"
                    "ambos mandatarios|ambos líderes|los dos líderes|los dos presidentes|ambas partes|"
                    "los mandatarios|los dos mandatarios|ambos dirigentes|los líderes|"
                    # "el encuentro de ambos": the pair's meeting
                    "de ambos|entre ambos"),
    pronouns=words("ella"),
    # object clitics before the verb or its auxiliary: the one received or called ("lo recibió")
    clitics=("lo", "la", "le"),
    clitic_auxiliaries=("ha", "había", "han", "habían", "hubo"),
    plural_clitics=("los", "las"),
    clitic_endings=("ó",),
    object_pronouns=words("su invitado|su invitada|el invitado|su huésped|su anfitrión|su anfitriona|"
                          "el visitante|él"),
    accented_pronouns=("él",),  # "con él" (with him), never "con el" (with the)
    plural_pronouns=words("ellos"),
    feminine=words("ella|su invitada|su anfitriona"),
    pair_heads=words("los dos|ambos|las dos|ambas"),
    # "su último encuentro" after the pair's meeting: "su" alone is too often one leader's
    pair_possessives=words("su último|su última|sus últimos|sus últimas|su anterior|sus anteriores"),
    ref_nouns=words("líderes|presidentes|mandatarios|dirigentes|jefes de estado|jefes de gobierno|hombres|"
                    "partes|gobernantes|primeros ministros"),
    group_heads={"los tres": 3, "los cuatro": 4, "los cinco": 5},
    indefinites=words("un|una|cualquier|otro|otra|ningún|ninguna"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("varios|varias|algunos|algunas|diversos|diversas"),
    phone=words("llamada|llamada telefónica|conversación telefónica|por teléfono|telefónicamente|"
                "conversó por teléfono|habló por teléfono|telefoneó|llamó|llamadas|teléfono|"
                # "se comunicó con X" (got in touch): the press's word for a call
                "se comunicó|se comunicaron|se comunicará con|se comunicarán|comunicarse con"),
    video=words("videoconferencia|videollamada|reunión virtual|cumbre virtual|por video|virtualmente|"
                "de forma virtual|de manera virtual|en formato virtual"),
    written=words("carta|cartas|mensaje|mensajes|telegrama|"
                  "misiva|escribió a|escribió al|había escrito a|había escrito al|"
                  # a message named by what it says, one phrase ("un mensaje de condolencias al rey X")
                  "mensaje de condolencias|mensaje de condolencia|mensaje de pésame|mensaje de felicitación|"
                  "mensaje de felicitaciones|carta de felicitación|carta de condolencias|"
                  "telegrama de condolencias|telegrama de felicitación"),
    greeting=words("felicitó|felicitación|felicitaciones|condolencias"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("rueda de prensa conjunta|conferencia de prensa conjunta|comparecencia conjunta"),
    in_person=words(
        # round fifteen: the passive of a guest welcomed, feminine and plural (not the noun: "la acogida de
        # refugiados", the reception of refugees)
        "fue acogida|fueron acogidas|ha sido acogida|"
        # round fifteen: seeing a partner ('se vio con'), running into him
        "se vio con|se ha visto con|se había visto con|se cruzó con|"
        # round fifteen: a feast given to a guest; an audience granted (the verb's phrase, not the bare noun)
        "agasajó|agasajado|agasajada|agasajaron|concedió una audiencia|concede una audiencia|"
        "intercambió saludos|intercambiaron unas palabras|intercambiaron saludos|"
                    "habían intercambiado unas palabras|breve encuentro|"
                    "condecoró|reuniéndose con|entrevistándose con|anunció junto a|anunció junto con|"
                    "anunciaron conjuntamente|cumbre con|se habían encontrado|se conocieron|"
                    "se habían conocido|se entrevistó|se entrevistaron|se entrevistaba|entrevistarse|"
                    "abrazó|abrazado|se abrazaron|saludó a|estrechó la mano|visita no anunciada|"
                    "visita sin previo aviso|se reunió|se reunieron|reunión|reuniones|reunirse|"
                    "se reúne|recibió|recibe|recibirá|visita|visitó|visitará|encuentro|se encontró|"
                    "había visitado|"
                    "bilateral|cumbre bilateral|almuerzo|cena|dio la bienvenida|acogió|despacho oval|"
                    "firmaron|suscribieron|se habían reunido|se había reunido|reunido|reunieron|"
                    "se reunirá|se encontraron|encuentros|recibido|"
                    # the passive of a reception ("fueron recibidos por Tebboune"; the feminine "recibida"
                    # is left out while "la dirigente alemana" after von der Leyen reads as the German
                    # chancellor: it would pair him with her host)
                    "recibidos|acogido|acogidos|almorzaron|cenaron|almorzó|cenó|"
                    "almorzado|cenado|estrecharon la mano|"
                    # the handshake in other tenses and words
                    "se habían estrechado la mano|se han estrechado la mano|habían estrechado la mano|"
                    "se estrecharon la mano|se dieron la mano|se habían dado la mano|"
                    "apretón de manos|copresidió|copresidieron|"
                    "copresidida|se vieron|se habían visto|se han reunido|ha recibido|"
                    "mantuvieron un encuentro|cumbre trilateral|cumbre tripartita|reunión trilateral|"
                    "reunión tripartita|copreside|copresiden|"
                    # the plural futures and the subjunctive of an announced meeting ("Sánchez y Xi se
                    # reunirán", "está previsto que se reúna con"): the future endings or the marker make
                    # them planned
                    "se reunirán|se entrevistará|se entrevistarán|se encontrará|se encontrarán|recibirán|"
                    "visitarán|se reúna|se reúnan|se entreviste|se entrevisten|se va a reunir|"
                    "se van a reunir|van a reunirse|"
                    # meeting again ("volverán a verse"): the future endings plan it, the past holds it
                    "volverán a verse|volverá a verse|volvieron a verse|volvió a verse|"
                    "volver a verse") + _RETURNS,
    talk=words(
        # round fifteen: chatting
        "charló|charlado|"
        "conversación|conversaciones|conversó|dialogó|diálogo|conversaron|abordaron|abordó|"
               "analizaron|discutieron|trataron|mantuvo|mantuvieron|sostuvo|sostuvieron|conversar|"
               "ha mantenido|habló|hablaron|hablamos|platicó|dialogaron|charlaron|conversado|"
               # the infinitive with its partner ("tras hablar con Trump, Sheinbaum anunció ..."); bare
               # "hablar" is also "to speak of" or "to address"
               "hablar con|"
               "habían conversado|han conversado|había hablado|habían hablado|han hablado|dialogado|"
               "negociaron|negociación|negociaciones|acordaron|"
               "acordó|pactaron|"
               # Latin American "platicar" and "departir" (chat)
               "platicaron|departieron|departió|"
               # views exchanged, in a call or a meeting: the text says which
               "intercambiaron impresiones|intercambiaron opiniones|intercambió impresiones|"
               "intercambió opiniones|habían intercambiado impresiones"),
    not_cues=words(
                   # a signed document, not correspondence ("una carta de intención")
                   "carta de intención|cartas de intención|"
                   # dialogue as the means of a settlement, no contact ("una salida a través del diálogo")
                   "a través del diálogo|mediante el diálogo|por la vía del diálogo|por medio del diálogo|"
                   "vía del diálogo|con el diálogo|al diálogo|"
                   "llamado a|llamó a la|llamamiento|hizo un llamado|así llamado|presidió la reunión|"
                   "la reunión de los|inauguró la reunión|rueda de prensa|conferencia de prensa|"
                   # a plan word in a comparison ("más de lo previsto")
                   "de lo previsto|como estaba previsto|"
                   # "por la mañana" is the morning, no "mañana" (tomorrow) that plans a contact
                   "por la mañana|de la mañana|en la mañana|a la mañana|esta mañana|la mañana|"
                   # a guest of honour at an event is a role, no invitation to come ("lo recibió como
                   # invitado de honor en el desfile": he came)
                   "invitado de honor|invitada de honor|invitados de honor|invitadas de honor"),
    roundup=words("mensajes|cartas|telegramas|líderes|mandatarios"),
    caller_words=words("llamó|telefoneó|realizó una llamada"),
    from_words=words("de|del|por parte de|por"),
    receive_words=words("recibió|recibe"),
    initiative=words("a iniciativa de|a petición de|a solicitud de|por invitación de|a invitación de"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("próxim",),
    # an invitation after "and" is a plan of its own, not of the contact told before it (rules._invited_after)
    # (and an agreement to meet: a plan of that meeting, not of the call it was reached in)
    eves=words("en vísperas de|en vísperas del|en la víspera de|en la víspera del"),
    invitations=words("invitó|invitaron|invitación|invita|invitan|invitado|invitada|"
                      "acordaron reunirse|acordaron verse|"
                      "acordaron volver a reunirse|acordaron volver a verse"),
    planned=words("debe|deben|deberá|deberán|debería|deberían|"
                  "acordaron reunirse|acordaron verse|acordaron volver a reunirse|acordaron volver a verse|"
                  # readiness: "se mostró dispuesto a reunirse" offers a meeting
                  "dispuesto a|dispuesta a|"
                  "se esperaba|estaba previsto|estaba prevista|iba a|"
                  # the plural of the future forms below ("López Obrador y Trudeau sostendrán una reunión")
                  "irán|serán|se reunirán|visitarán|recibirán|viajarán|celebrarán|mantendrán|sostendrán|"
                  "conversarán|hablarán|firmarán|participarán|asistirán|"
                  "va a|irá|será|se reunirá|visitará|recibirá|viajará|prevé|previsto|prevista|programado|"
                  "programada|invitación|invitó|invitado|próxima|próximo|mañana|tiene previsto|planea|"
                  "espera|está previsto|celebrará|mantendrá|sostendrá|conversará|hablará|evaluar|esperan|"
                  "esperaba|confía en|desea|podría|podrían|tendrá|tendrán|habrá|hará|harán|previstos|"
                  # a wish: "Biden quería mantener una conversación con Putin" tells no call held
                  "quería|querían|quiere|quieren|deseaba|deseaban|desean|"
                  # a possibility weighed: "se contempla la posibilidad de realizar reuniones"
                  "posibilidad de|la posibilidad de|"
                  "previstas|"
                  # Latin American "tiene agendada una reunión", the Argentine "está pautada"
                  "agendada|agendado|pautada|pautado|"
                  # the cue phrases that hold "va a" ("se va a reunir")
                  "se va a reunir|se van a reunir|van a reunirse"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("habría|habrían|supuestamente|presuntamente|rumores"),
    exclusions=words("descartó|descarta|descartada|descartado|descartan|excluida|excluido|excluyó|"
                     "fuera de cuestión|"
                     # a meeting called off, told after it ("la reunión ... fue cancelada"): the negation
                     # follows the cue, so it rules out its clause (not "fue aplazada / suspendida", also said
                     # of tariffs put off after a call)
                     "fue cancelada|fue cancelado|ha sido cancelada|ha sido cancelado|quedó cancelada"),
    negation=words("no|nunca|ni|sin|ningún|ninguna|cancelada|cancelado|canceló|aplazada|pospuesta|"
                   "ausencia|ausencia de|falta de|"
                   # the Latin American "postergada" (put off); not "postergó", which also puts off tariffs
                   # after a call
                   "postergada|postergado|"
                   # a visit called off: "decidió cancelar la visita", "anuló el viaje"
                   "cancelar|cancela|cancelación|anuló|anular|anulada|anulado|suspendida|suspendido"),
    denial=words("desmintió|negó|desmiente|niega|no está prevista|no está previsto|no hay planes|"
                 # a contact that fell through ("la reunión no tuvo lugar")
                 "no tuvo lugar|no se celebró|no se concretó|no tendrá lugar|no se celebrará"),
    returns=_RETURNS,
    visit=words("visita no anunciada|visita sin previo aviso|"
                 "visita|visita oficial|visita de estado|llegó|viaje|gira|casa blanca|despacho oval|"
                # travel verbs: those "junto a" a traveller went with him
                "viajó|viajado|viajaron|había visitado|habían visitado|"
                # went there ("había ido a Pekín en 2023"): a travel verb, no cue
                "fue a|fueron a|había ido a|habían ido a|"
                # been to a place ("había estado en Pekín en abril"): a visit word, no cue
                "había estado en|habían estado en") + _RETURNS,
    summit=words("cumbre|al margen|en el marco de|asamblea general|g20|g7|brics|conferencia|foro|cop|"
                 "cumbre trilateral|cumbre tripartita"),
    fillers=words("de|del|la|el|los|las|república|reino|estado|federación|señor|señora|su majestad|don|doña"),
    # ("the call, which took place yesterday": the date of that clause is the call's)
    took_place=words("tuvo lugar|había tenido lugar|se celebró|se realizó"),
    relative=words("quien|quienes|donde|cuyo|cuya|el cual|la cual"),
    members=words("la delegación estaba integrada por|la delegación incluía|"
                  "la delegación estaba formada por|integraban la delegación|la misión incluía"),
    # the future tense: "concluirá", "se reunirán"
    future_endings=("rá", "rán"),
    present=words("recibe|reciben|se reúne|se reúnen|se entrevista|mantiene|mantienen|sostiene|"
                  "sostienen|viaja|"
                  # "el lunes tiene su primer encuentro con X": a meeting on the agenda
                  "tiene|tienen"),
    # parts of today that place a present-tense contact in the day's programme ("se reúne esta tarde con X")
    dayparts=words("esta mañana|esta tarde|esta noche|por la mañana|por la tarde|por la noche|al mediodía|"
                   "a mediodía|en la tarde de hoy|en la mañana de hoy|en la noche de hoy"),
    definites=words("el|la|los|las|esa|esas|esta|estas|dicha|dichas"),
    companions=words("junto a|junto con|acompañado de|acompañada de|acompañado por|acompañada por|"
                     "en compañía de|"
                     # side by side: "depositó una ofrenda floral al lado del presidente X"
                     "al lado de|al lado del|junto al|junto a la"),
    subordinators=words("tras|antes|después|mientras|cuando|aunque|antes de|después de"),
    subjectless=words("antes de|después de|tras"),
    # "el pasado día 11", "el día 11", "el 11 de este mes": a day of this month (or the last)
    day_alone_leads=words("el día|el pasado día|del día|del pasado día|el próximo día|este día"),
    day_alone_tails=words("de este mes|del presente mes|del mes en curso|del corriente mes|del corriente"),
    ago_leads=words("hace"),
    time_units={**mapping(1, "días|día"), **mapping(7, "semanas|semana"), **mapping(30, "meses|mes"),
                **mapping(365, "años|año")},
    months={**mapping(1, "enero"), **mapping(2, "febrero"), **mapping(3, "marzo"), **mapping(4, "abril"),
            **mapping(5, "mayo"), **mapping(6, "junio"), **mapping(7, "julio"), **mapping(8, "agosto"),
            **mapping(9, "septiembre|setiembre"), **mapping(10, "octubre"), **mapping(11, "noviembre"),
            **mapping(12, "diciembre")},
    day_months={**mapping(1, "ene"), **mapping(2, "feb"), **mapping(3, "mar"), **mapping(4, "abr"),
                **mapping(5, "may"), **mapping(6, "jun"), **mapping(7, "jul"), **mapping(8, "ago"),
                **mapping(9, "sep|sept|set"), **mapping(10, "oct"), **mapping(11, "nov"),
                **mapping(12, "dic")},
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "el otoño pasado|el pasado otoño|otoño pasado"),
                  **mapping(7, "el verano pasado|el pasado verano|verano pasado"),
                  **mapping(4, "la primavera pasada|la pasada primavera|primavera pasada"),
                  # a season named with its preposition: the last one over, or the season of the year after
                  # it ("en el verano de 2022": 2022)
                  **mapping(10, "en otoño|en el otoño|durante el otoño"),
                  **mapping(7, "en verano|en el verano|durante el verano"),
                  **mapping(4, "en primavera|en la primavera|durante la primavera"),
                  **mapping(1, "en invierno|en el invierno|durante el invierno")},
    relative_years={"el año pasado": -1, "este año": 0, "año pasado": -1,
                    "el año anterior": -1},
    relative_months={"un año antes": -12,
                     "hace un año": -12, "hace dos años": -24, "el mes pasado": -1, "este mes": 0,
                     "mes pasado": -1},  # "a finales del mes pasado": late last month
    # "antier": the Latin American "anteayer"
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"hace unos días": -3, "hace pocos días": -3, "hace algunos días": -3,
                   "hoy": 0, "ayer": -1, "anteayer": -2, "antier": -2, "esta mañana": 0, "esta tarde": 0,
                   "anoche": -1, "ayer por la noche": -1, "pasado mañana": 2},
    past=words("pasado|pasada|anterior"),
    month_leads=words("en|desde|durante|a principios de|principios de|a finales de|finales de|a mediados de|"
                      "mediados de|a fines de|fines de|a comienzos de|comienzos de|inicios de|a inicios de|"
                      "el mes de|hasta|"
                      # a contact noun dated by its month: "su reunión de marzo", "la cumbre de junio"
                      "reunión de|encuentro de|cumbre de|visita de|conversación de|llamada de"),
    year_leads=words("en|desde|durante|en el año|a finales de|a principios de"),
    day_ordinals={"primero": 1},
    numbers={"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
             "siete": 7, "ocho": 8, "nueve": 9, "diez": 10},
    anchored_days={"al día siguiente": 1, "el día siguiente": 1, "la víspera": -1, "el día anterior": -1,
                   "ese mismo día": 0, "el mismo día": 0, "ese día": 0, "en el día": 0},
    day_units={"días después": 1, "día después": 1, "días más tarde": 1, "días antes": -1, "día antes": -1},
    event_days={"al día siguiente de": 1, "el día siguiente de": 1, "en vísperas de": -1,
                "la víspera de": -1},
    event_units={"días después de": 1, "día después de": 1, "días antes de": -1, "día antes de": -1},
    relative_weeks={"la semana pasada": -1, "esta semana": 0, "la pasada semana": -1,
                    "en los últimos días": 0,
                    "hace quince días": -2},  # a fortnight ago: two weeks, the month they fall in
    complementizers=words("que"),
    reporting=words("dijo|afirmó|declaró|anunció|aseguró|explicó|indicó|señaló|según|informó|confirmó|"
                    # the passive participle of an announcement dates the announcement: "la reunión,
                    # confirmada el 30 de octubre, ..." was held on another day
                    "confirmada|confirmado|anunciada|anunciado"),
    restating=words("fue|es|se trata de|se trataba de|este fue|esta fue|el encuentro fue|la reunión fue"),
    since=words("desde"),
    ordinals=words("segundo|segunda|tercer|tercero|tercera|cuarto|cuarta"),
    # "their second call" (rules._counted_earlier): one earlier call of the pair, the count the pair's
    count_ordinals=words("segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta"),
    count_higher=words("tercer|tercero|tercera|cuarto|cuarta|quinto|quinta"),
    count_owners=words("su|sus"),
    firsts=words("primer|primera|primero"),
    since_contacts=words("desde"),
    after_contacts=words("después del|después de|tras el|tras la|tras"),
    joins=words("se sumó|se unió|participó|participaron|a tres bandas|trilateral|tripartita|se incorporó|"
                "participación"),
    place_relatives=words("donde|en donde|adonde"),
    time_relatives=words("cuando"),
    joint_acts=words("inauguraron|sellaron|lanzaron|depositaron|habían inaugurado|habían sellado|"
                     # one subject "with" another: "inauguró con el rey la línea"
                     "inauguró|había inaugurado"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("llamó|llama|condecoró"),
    predicatives=words("como|en calidad de"),
    read_also=words("lea también|lee también|le puede interesar|te puede interesar|ver también|relacionado|"
                    "relacionada|también le puede interesar"),
    captions=words("foto|pie de foto|imagen"),
    deceased=words("fallecido|fallecida|difunto|difunta"),
    done_participles=words(
        "firmado|firmada|firmados|firmadas|alcanzado|alcanzada|alcanzados|alcanzadas|suscrito|"
        "suscrita|suscritos|suscritas|ratificado|ratificada|ratificados|ratificadas|adoptado|"
        "adoptada|adoptados|adoptadas|negociado|negociada|negociados|negociadas|devuelto|devuelta|"
        "devueltos|devueltas"),
    set_phrases=words("oriente próximo|próximo oriente"),
    possible=words("posible|posibles|eventual|eventuales"),
    deaths=words("muerte de|muerte del|fallecimiento de|fallecimiento del"),
    # (the out-of-office titles the minister words hold too, so that one after a name and a comma puts that
    # name out of office: "X, presidente electo")
    elect=words("electo|electa|designado|designada|ex|expresidente|antiguo|presidente electo|"
                "presidenta electa|expresidenta|ex presidente"),
    # "ambos volvieron a reunirse": a verb of repetition before the cue is an adverb ("again")
    # the past before the past: a contact so told weeks back is an earlier one
    # (and the reciprocal's plural preterite, which holds its subject: "Se vieron por última vez en Kazán")
    plural_auxiliaries=words("habían|vieron|reunieron|encontraron"),
    pluperfect=words("había|habían|había sido|habían sido"),
    inserts=words("ya|también|nuevamente|brevemente|largamente|además|luego|juntos|volvieron|volvió|vuelven|"
                  "vuelve"),
    stopwords=words("se|si|lo|le|la|las|los|el|de|del|en|con|por|para|un|una|y|o|que|al|su|sus|es|no|desde"),
    planned_sentence=words("está previsto que|tiene previsto|tienen previsto|se espera que|se prevé que|"
                           "estaba previsto que"),
    genitives=words("de|del"),
    presence=words("en presencia de|en presencia del"),
    trilateral=words("trilateral|tripartita|tripartito|a tres bandas"),
    between=words("entre"),
    group_refs=words("los líderes|los mandatarios|los jefes de estado|los jefes de estado y de gobierno"),
    last_time=words("la última vez|la última vez que|por última vez|anterior|anteriores|su último|su última|"
                    "sus últimos|sus últimas|su anterior|sus anteriores"),
    during=words("durante|en el transcurso de|en el curso de"),
    public_posts=words("en las redes sociales|en redes sociales|en twitter"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("si|en caso de que|a menos que"),
    concessives=words("aun si|incluso si|como si|si bien|por si"),
    urges=words("instó a|insta a|exhortó a|exhorta a|animó a|anima a|urgió a"),
    # the leader replaced in office ("who succeeded X"): no partner
    # "a appelé X à ...": an appeal to X, no call
    appeals=words("llamó a|llama a|llamaba a|llamado a"),
    successions=words("sucedió a|sucede a|sucedido a|sustituyó a|reemplazó a|relevó a|sucesor de|"
                      "toma de posesión de|toma de posesión del|investidura de|investidura del"),
    organizers=words("impulsado por|impulsada por|promovido por|promovida por|lanzado por|lanzada por|"
                     "convocado por|convocada por|organizado por|organizada por|"
                     # the author of a plan or proposal the pair discussed: "el plan de paz presentado por X"
                     "presentado por|presentada por|propuesto por|propuesta por|planteado por|"
                     "planteada por"),
    additives=words("también|asimismo|además"),
    turns=words("mientras tanto|por separado|en otro orden de cosas|entretanto"),
    then_words=words("en aquella ocasión|en esa ocasión|en aquel momento|en aquella reunión|"
                     "en aquella visita"),
    with_words=words("con"),
    iteratives=words("en varias ocasiones|en numerosas ocasiones|dos veces|"
                     "tres veces|cuatro veces|varias veces|repetidamente"),
    topics={
        "bilateral_relations": words("bilateral*|relaciones|relación|cooperación|cooperar|"
                                     "asociación estratégica|asociación|amistad|alianza|aliados|aliado|"
                                     "entre ambos países|entre los dos países|ambos países|acercamiento|"
                                     "reconciliación|normalización|relaciones diplomáticas|embajada*|"
                                     "visado*|visas|lazos|vínculos|hoja de ruta"),
        "trade_economy": words("comerci*|económic*|economía|economías|aranceles|arancel|financier*|"
                               "finanzas|mercado*|exportaciones|exportación|importaciones|aduana*|"
                               "libre comercio|cadenas de suministro|presupuesto|moneda|deuda|préstamo*|"
                               "fmi|banco mundial|inflación|subsidios|proteccionismo|empresas|"
                               "tierras raras|guerra comercial|mercancías"),
        "investment": words("inversi*|invertir|inversores|inversionistas|fondo soberano|empresas conjuntas|"
                            "capital extranjero|capitales extranjeros|invierte|invierten|invertirá|"
                            "invertirán|invirtió|invertido|fondo de inversión|inversor*"),
        "energy": words("energía|energías|energétic*|petróleo|gas|gnl|electricidad|central nuclear|"
                        "centrales nucleares|central eléctrica|centrales eléctricas|central térmica|"
                        "centrales térmicas|central hidroeléctrica|centrales hidroeléctricas|"
                        "central de carbón|centrales de carbón|renovable*|"
                        "gasoducto*|oleoducto*|nuclear civil|solar|eólic*|hidrógeno|carbón|opep|"
                        "combustible*|hidrocarburo*|litio"),
        "security_defense": words("seguridad|defensa|militar*|ejército*|armas|armamento|misil*|tropas|"
                                  "soldados|defensa aérea|garantías de seguridad|disuasión|marina|naval*|"
                                  "aviones de combate|ejercicios militares|drones|municiones|otan|"
                                  "guardia nacional|narcotráfico|crimen organizado|cárteles|cartel*|"
                                  "fentanilo|narco*|tráfico de drogas|tráfico de armas"),
        "counterterrorism": words("terroris*|estado islámico|yihadis*|extremis*"),
        "conflict_ceasefire": words("alto el fuego|tregua|guerra|guerras|conflicto*|invasión|invadi*|"
                                    "escalada|desescalada|hostilidades|paz|proceso de paz|"
                                    "negociaciones de paz|agresión|enfrentamientos|ataque*|ofensiva|"
                                    "plan de paz|rehenes|canje de prisioneros|prisioneros de guerra|"
                                    "bombardeo*|armisticio|combates|línea del frente|frente de batalla|"
                                    "acuerdo de paz|acuerdos de paz|conversaciones de paz|diálogo de paz|"
                                    "mediación|mediador|beligerantes|milicias|rebeldes|guerrilla*|"
                                    "insurgentes|cese al fuego|cese del fuego|crímenes de guerra|muertos|"
                                    "ucrania"),
        "humanitarian": words("humanitari*|civiles|sufrimiento|hambruna|hambre|corredor humanitario|"
                              "asistencia|evacuación|ayuda humanitaria|ayuda de emergencia|"
                              "ayuda alimentaria|socorro|damnificados|terremoto|sismo|inundaciones|huracán|"
                              "catástrofe*|desastre*|víctimas|cruz roja|programa mundial de alimentos"),
        "reconstruction": words("reconstrucción|reconstruir|recuperación"),
        "migration_refugees": words("migra*|migrantes|refugiados|refugiado|asilo|desplazados|inmigración|"
                                    "inmigrantes|deportaci*|frontera|fronteras|tráfico de personas"),
        "nuclear_nonproliferation": words("programa nuclear|no proliferación|enriquecimiento|uranio|oiea|"
                                          "armas nucleares|desnuclearización|instalaciones nucleares|"
                                          "acuerdo nuclear|seguridad nuclear|central nuclear|"
                                          "armas químicas|armas de destrucción masiva"),
        "climate_environment": words("clima|climátic*|medio ambiente|ambiental*|emisiones|cambio climático|"
                                     "calentamiento|carbono|deforestación|biodiversidad|amazonía|"
                                     "transición verde|cop"),
        "health": words("salud|sanitari*|pandemia|covid*|coronavirus|vacuna*|epidemia|médic*|enfermedad*|"
                        "hospital|hospitales|hospitalario*|hospitalización"),
        "regional_situation": words("región|regional*|situación en|américa latina|latinoamérica|"
                                    "la situación de|oriente medio|oriente próximo|gaza|vecinos|"
                                    "estabilidad regional|caribe"),
        "sovereignty_territorial_integrity": words("soberanía|integridad territorial|soberana|anexión|"
                                                   "territorios ocupados|sáhara occidental|"
                                                   "plan de autonomía|autonomía|unidad territorial|"
                                                   "territorial|territoriales|territorios|"
                                                   "reclamación territorial|reclamaciones territoriales|"
                                                   "disputa territorial|malvinas|taiwán|una sola china|"
                                                   "ocupación|ocupado|ocupados|ocupada|ocupadas|"
                                                   "separatista*|secesión|autodeterminación|"
                                                   "mar de china meridional|esequibo"),
        "domestic_politics_elections": words("elecci*|electoral*|elegido|elegida|reelección|reelegido|"
                                             "campaña|comicios|referéndum|parlament*|votación|votantes|"
                                             "transición política|constitución|constitucional|oposición|"
                                             "golpe de estado"),
        "ceremonial": words("felicit*|condolencias|saludos|aniversario|día nacional|fiesta nacional|"
                            "año nuevo|ramadán|navidad|condecoración|medalla|pésame|luto|enhorabuena|"
                            "buenos deseos|día de la independencia"),
        "sanctions": words("sanci*|bloqueo|lista negra|el embargo|del embargo|un embargo|embargo comercial|"
                           "embargo económico|embargo de armas|embargo petrolero|medidas coercitivas|"
                           "medidas restrictivas|congelación de activos|activos congelados|"
                           "controles a la exportación|medidas unilaterales"),
        "human_rights_minorities": words("derechos humanos|minorías|minoría|mujeres|"
                                         "violencia contra las mujeres|libertades|presos políticos|"
                                         "estado de derecho|disidentes|libertad de prensa|detenidos|"
                                         "represión|tortura|libertad de expresión|libertad religiosa|"
                                         "sociedad civil|opositores|activistas|indígenas|pueblos indígenas|"
                                         "discriminación|racismo|pena de muerte|presos|excarcelación|"
                                         "uigur*"),
        "multilateral_diplomacy": words("onu|naciones unidas|consejo de seguridad|multilateral*|g7|"
                                        "unión europea|presidencia de la ue|celac|mercosur|brics|"
                                        "unión africana|liga árabe|comunidad internacional|oea|omc|"
                                        "cumbre de las américas|cumbre iberoamericana|reforma de la onu|"
                                        "organismos internacionales|organismos multilaterales|"
                                        "cumbre trilateral|formato de normandía|formato normandía|"
                                        "formato de astaná|proceso de astaná"),
        "infrastructure_transport": words("infraestructura*|transporte*|puertos|puerto|ferrocarril*|"
                                          "ferroviari*|carreteras|carretera|corredor*|marítim*|navegación|"
                                          "canal|logística|puente*|alta velocidad|conexiones marítimas|"
                                          "aeropuertos"),
        "food_agriculture": words("aliment*|agrícola*|agricultura|granos|trigo|fertilizantes|agricultores|"
                                  "seguridad alimentaria|cosechas|cereales|arroz|agroaliment*|agropecuari*|"
                                  "ganader*|pesca|pesquer*|carne|soja|maíz|café|banano|frutas|"
                                  "productos agrícolas"),
        "technology": words("tecnolog*|digital|inteligencia artificial|ia|semiconductores|chips|ciber*|"
                            "innovación|espacial|satélite*|telecomunicaciones|cuántica"),
        "culture_education_tourism": words("cultura*|cultural*|educación|educativ*|turismo|turistas|"
                                           "universidad*|estudiantes|deporte*|patrimonio|museo*|becas|"
                                           "idioma|intercambio cultural|intercambios culturales|"
                                           "intercambio educativo|intercambio académico|"
                                           "intercambio estudiantil"),
    },
    seats={**mapping("USA", "en la casa blanca|a la casa blanca|en el despacho oval"),
           **mapping("RUS", "en el kremlin|al kremlin"),
           **mapping("GBR", "en downing street"),
           **mapping("ESP", "en la moncloa|en el palacio de la moncloa|a la moncloa"),
           **mapping("ARG", "en la casa rosada|a la casa rosada"),
           **mapping("BRA", "en el planalto|en el palacio del planalto|en el palacio de planalto"),
           **mapping("FRA", "en el elíseo|en el palacio del elíseo"),
           **mapping("CHN", "en el gran palacio del pueblo")},
    places={"américa latina": "Latin America", "latinoamérica": "Latin America", "gaza": "Gaza",
            "oriente medio": "Middle East", "oriente próximo": "Middle East", "crimea": "Crimea"},
    regions=words("américa latina|américa del sur|américa central"),
)
