"""French."""

from ingest.extract.lexicon import Lexicon, mapping, words

# Return visits ("vi era tornato a luglio"): a second act of the pair just told (see Lexicon.returns);
# each is also a visit word and an in-person cue.
_RETURNS = words("y est retourné|y est retournée|y était retourné|y était retournée|y est revenu|"
                  "y est revenue|y était revenu|y était revenue|y est retourné|y sont retournés")

LEXICON = Lexicon(
    lang="fr",
    airports=words("aéroport|aéroports"),
    internationals=("internation",),
    # in the French press "le chef de l'Etat", "le président de la République", "le Premier ministre" alone
    # are France's (an Elysée or Matignon readout never names its own head)
    home="FRA",
    # ... unless the text shows another francophone press, whose own head the bare title then names: its
    # agency, or an institution only its own press calls so
    home_markers={**mapping("BEL", "belga|rue de la loi|wetstraat"),
                  **mapping("CHE", "keystone-ats|keystone ats|ats|conseil fédéral|conseiller fédéral|"
                                   "conseillère fédérale|palais fédéral"),
                  **mapping("SEN", "agence de presse sénégalaise|dakar aps"),
                  **mapping("DZA", "algérie presse service|alger aps|el mouradia"),
                  **mapping("CIV", "agence ivoirienne de presse|aip|abidjan aip|fraternité matin"),
                  **mapping("CAN", "la presse canadienne|presse canadienne")},
    titles={
        # "le raïs": the press's word for an Arab president (Egypt's, the Palestinians')
        **mapping("president", "président|présidente|président de la république|chef de l'état|chef d'état|"
                  "raïs"),
        **mapping("crown_prince", "prince héritier"),
        **mapping("monarch", "roi|reine|émir|sultan|empereur|impératrice|souverain|souveraine|monarque"),
        **mapping("supreme_leader", "guide suprême"),
        **mapping("pope", "pape"),
        **mapping("prime_minister", "premier ministre|première ministre|chef du gouvernement|"
                  "président du gouvernement|président du conseil|présidente du conseil"),
        **mapping("chancellor", "chancelier|chancelière"),
        **mapping(None, "dirigeant|dirigeante"),
    },
    plural_titles={
        **mapping("president", "présidents|chefs d'état|chefs de l'état|deux présidents"),
        **mapping("prime_minister", "premiers ministres|chefs de gouvernement"),
        # "les chefs d'Etat et de gouvernement": leaders of either kind, one phrase
        **mapping(None, "dirigeants|deux dirigeants|chefs d'état et de gouvernement|"
                        "chefs d'état ou de gouvernement"),
    },
    org_titles={
        **mapping("UN", "secrétaire général de l'onu|secrétaire général des nations unies"),
        **mapping("EU", "présidente de la commission européenne|président de la commission européenne|"
                  "président du conseil européen"),
    },
    # the Kremlin's chief is Russia's president
    country_titles={**mapping(("RUS", "head_of_state"), "chef du kremlin|maître du kremlin|"
                                                        "locataire du kremlin"),
                    # the White House's and the Elysée's tenant are the US and the French president
                    **mapping(("USA", "head_of_state"), "locataire de la maison blanche|hôte de la maison "
                                                        "blanche|chef de la maison blanche"),
                    **mapping(("FRA", "head_of_state"), "locataire de l'élysée|locataire de l'elysée"),
                    # Morocco's king by the dynasty's adjective ("le souverain chérifien a reçu ...")
                    **mapping(("MAR", "head_of_state"), "souverain chérifien|monarque chérifien")},
    ministers=words("opposant|opposante|chef de l'opposition|leader de l'opposition|"
                    "ministre|ministres|ministre des affaires étrangères|chef de la diplomatie|porte-parole|"
                    "envoyé|envoyé spécial|émissaire|ambassadeur|ambassadrice|conseiller|conseillère|"
                    "vice-président|vice-présidente|vice-premier ministre|gouverneur|maire|"
                    "président de l'assemblée|président du sénat|délégation|secrétaire d'état|"
                    "ancien président|ancien premier ministre|président élu|patron|pdg|directeur|"
                    # a leader's spouse holds no office: "la première dame américaine"
                    "première dame|premier gentleman|"
                    # the head of a province's or a region's government: "le premier ministre québécois"
                    "premier ministre du québec|première ministre du québec|premier ministre québécois|"
                    "première ministre québécoise|premier ministre provincial|première ministre provinciale|"
                    "premiers ministres provinciaux|ministre-président|ministre-présidente"),
    # (a guest or host of a named country: "بالضيف الهندي", "der indische Gast", "l'hôte congolais")
    counterparts=words("homologue|homologues|son hôte|son invité|son invitée|leur hôte|l'hôte|l'invité|"
                       "l'invitée"),
    # "s'est entretenu avec chacun d'eux": each of the pair just told
    pair_refs=words("chacun d'eux|chacun des deux|chacun de ses hôtes|"
                    "une réunion des deux|la réunion des deux|une réunion des deux dirigeants|"
                    "la réunion des deux dirigeants|"
                    "les deux dirigeants|les deux présidents|les deux chefs d'état|les deux hommes|"
                    "les deux parties|les deux chefs de l'état|les deux responsables|"
                    # the bare plural, also a group word below: the pair when no meeting of three was told
                    "les dirigeants|les chefs d'état"),
    pronouns=words("il|elle"),
    # object clitics before the verb or its auxiliary: the one received or called ("l'a accueilli")
    clitics=("l'", "le", "la"),
    clitic_auxiliaries=("a", "avait", "ont", "avaient", "aura"),
    plural_clitics=("les",),
    object_pronouns=words("lui|l'invité"),
    plural_pronouns=words("ils|elles"),
    feminine=words("elle"),
    masculine=words("il"),
    pair_heads=words("les deux"),
    # "leur dernier appel", "leur précédente rencontre": the possessive with its "last" before the noun
    pair_possessives=words("leur|leurs|leur dernier|leur dernière|leurs derniers|leurs dernières|"
                           "leur précédent|leur précédente|leurs précédents|leurs précédentes"),
    ref_nouns=words("dirigeants|présidents|chefs d'état|chefs de l'état|hommes|parties|responsables|"
                    "chefs de gouvernement|premiers ministres|dirigeantes"),
    group_heads={"les trois": 3, "les quatre": 4, "les cinq": 5},
    indefinites=words("un|une|tout|aucun|autre|chaque"),
    # ("le Premier ministre" is one title: its "premier" is not before it)
    ranking_ordinals=words("premier|première|premiers|premières|dernier|dernière"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("plusieurs|divers|diverses|certains|certaines|nombreux|nombreuses"),
    phone=words("appel téléphonique|entretien téléphonique|conversation téléphonique|entretien au téléphone|"
                "téléphoné|téléphone|par téléphone|appel|appels|appelé|s'est entretenu par téléphone|"
                "s'est entretenue par téléphone|"
                "échange téléphonique|coup de fil|coup de téléphone|téléphoner|téléphonera|"
                "téléphoneront|"
                # the reciprocal "call each other": "X et Y se sont appelés", "doivent s'appeler vendredi"
                "se sont appelés|s'étaient appelés|s'appeler|s'appelleront|se sont téléphoné|"
                "s'étaient téléphoné|se téléphoner|se téléphoneront"),
    video=words("visioconférence|vidéoconférence|par vidéo|en visio|virtuel|virtuelle|par visio|"
                "appel vidéo|appel en visio|entretien vidéo|entretien en visio|visioconférences"),
    written=words("message|messages|lettre|lettres|télégramme|message de félicitations|missive|courrier|"
                  "a écrit à|a écrit au|avait écrit à|avait écrit au|"
                  # a message named by what it says, one phrase ("un message de condoléances au roi X")
                  "message de condoléances|lettre de félicitations|lettre de condoléances|"
                  "message de sympathie|message de soutien|message de vœux|message de voeux|"
                  # with a date before the addressee ("a écrit mardi à X"); "a écrit que" states words
                  "a écrit|avait écrit"),
    greeting=words("félicité|félicitations|condoléances"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("conférence de presse commune|conférence de presse conjointe|point de presse commun|"
                      "point de presse conjoint"),
    in_person=words(
        # round fifteen: an audience granted or received (the verb's phrase: a bare noun after a comma escapes
        # the plan of "doit être reçu lundi, en audience privée")
        "accordé une audience|accorde une audience|reçu en audience|reçue en audience|"
        "ont échangé des salutations|a échangé des salutations|"
                    # the pair's own summit ("depuis leur sommet en Alaska")
                    "leur sommet|leur dernier sommet|leur précédent sommet|leur premier sommet|"
                    # a tribute paid together ("X s'est recueilli avec Y devant le Bataclan"): in one place
                    "s'est recueilli avec|s'est recueillie avec|s'était recueilli avec|"
                    "s'était recueillie avec|se sont recueillis ensemble|"
                    "ont échangé quelques mots|avaient échangé quelques mots|ont brièvement échangé|"
                    "avaient brièvement échangé|brève rencontre|"
                    "a décoré|a remis|a annoncé avec|ont annoncé ensemble|"
                    "a annoncé conjointement avec|une réunion des deux|la réunion des deux|"
                    "une réunion des deux dirigeants|la réunion des deux dirigeants|sommet avec|"
                    "emmène|a emmené|avait emmené|emmenait|a embrassé|se sont embrassés|"
                    "a serré la main|a salué|visite non annoncée|visite surprise|en rencontrant|"
                    "en recevant|en accueillant|rencontré|rencontre|rencontres|rencontrer|rencontrera|"
                    "s'était rendu|s'était rendue|"
                    "s'est rendu|reçu|reçus|reçue|reçues|a reçu|reçoit|recevra|accueilli|accueille|"
                    "visite|visité|tête-à-tête|"
                    # "sommet entre X et Y": a summit of two is their meeting
                    "sommet entre|"
                    "réunion|s'est réuni|se sont réunis|déjeuner|dîner|"
                    "réunis|entrevue|tête à tête|retrouvé|retrouvés|se sont retrouvés|ont signé|"
                    "signé|a rencontré|ont rencontré|se sont rencontrés|s'étaient rencontrés|"
                    "se sont vus|s'étaient vus|s'était vu|se verront|ont reçu|recevait|accueillie|"
                    "a accueilli|dîné|ont dîné|a dîné|déjeuné|poignée de main|se sont serré la main|"
                    # the handshake in other tenses
                    "s'étaient serré la main|se serrent la main|avaient échangé une poignée de main|"
                    "ont échangé une poignée de main|"
                    "coprésidé|coprésidée|coprésidaient|a coprésidé|ont coprésidé|visite d'état|"
                    "visite officielle|s'étaient retrouvés|vus|vues|revus|revu|sommet tripartite|"
                    "sommet trilatéral|réunion tripartite|réunion trilatérale|s'est rendue|entrevues|"
                    "rencontreront|s'est réunie|s'est retrouvée|se réunira|se réuniront|se retrouveront|"
                    "recevront|accueillera|accueilleront|"
                    # the infinitive after "avant de" ("avant de se retrouver à Rome en octobre")
                    "se retrouver|"
                    # a meal given in the guest's honour: "un dîner (d'Etat) en l'honneur de X"
                    "dîner en l'honneur|dîner d'état en l'honneur|dîner officiel en l'honneur|"
                    "déjeuner en l'honneur|réception en l'honneur|banquet en l'honneur") + _RETURNS,
    talk=words("entretien|entretiens|entretenu|s'est entretenu|se sont entretenus|discuté|discussions|"
               # gerunds: "..., en s'entretenant avec X"
               "s'entretenant|en s'entretenant|en discutant|"
               "pourparlers|échanges|s'entretiendra|évoqué|ont discuté|a discuté|échange|"
               "s'étaient entretenus|consultations|sont convenus|ont convenu|"
               "a convenu|se sont accordés|se sont mis d'accord|s'entretenir|s'entretient|s'entretiennent|"
               # agreed with each other: "se sont entendus dimanche à Bruxelles pour ..."
               "se sont entendus|se sont entendues|s'étaient entendus|"
               "s'entretiendront|"
               # the feminine participles ("Giorgia Meloni s'est entretenue avec ...")
               "entretenue|s'est entretenue|se sont entretenues|s'étaient entretenues|"
               # the reciprocal "consult each other": "X et Y se sont concertés sur la fermeture des vols"
               "se sont concertés|se sont concertées|s'étaient concertés|se concerter|se concerteront|"
               "s'est concerté avec|s'est concertée avec"),
    spoke=words(
        # round fifteen: conversing
        "conversé|ont conversé|converse avec|conversait avec|"
        "parlé|s'est entretenu avec|s'est entretenue avec|conversation|se sont parlé|"
                "s'étaient parlé|s'est parlé|"
                # the pluperfect of "s'est entretenu avec", a background talk
                "s'était entretenu avec|s'était entretenue avec|"
                # "ont échangé (avec)": words exchanged, by phone unless the text says they met
                "échangé|ont échangé|a échangé|avaient échangé|avait échangé|"
                "ont parlé|a parlé|parlaient"),
    not_cues=words(
                   # a signed document, not correspondence ("une lettre d'intention sur des Rafale")
                   "lettre d'intention|lettres d'intention|"
                   "appel à|appelé à|appelle à|appelant à|a appelé les|a ouvert la réunion|"
                   # "lancer un appel (solennel) à": an appeal made in public, no call to anyone
                   "lancé un appel|lance un appel|lancer un appel|lançant un appel|lancera un appel|"
                   "appel solennel|appel pressant|vibrant appel|"
                   "a présidé la réunion|la réunion des|une réunion des|conférence de presse|"
                   "point de presse|"
                   # a plan word in a comparison tells how the held meeting went ("plus longtemps que prévu")
                   "que prévu|qu'initialement prévu|comme prévu|que ne le prévoyait"),
    roundup=words("messages|lettres|télégrammes|dirigeants|messages de félicitations"),
    caller_words=words("a appelé|a téléphoné|a passé un appel"),
    from_words=words("de|du|de la|par"),
    receive_words=words("a reçu|reçu|recevait"),
    initiative=words("à l'initiative de|à l'initiative du|à la demande de|à la demande du|"
                     "sur l'initiative de|à l'invitation de|à l'invitation du|sur l'invitation de|"
                     "sur l'invitation du|sur invitation de|sur invitation du|à l'invitation d'|"
                     "à l'initiative d'|à la demande d'|sur l'invitation d'"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("prochain",),
    # an invitation after "and" is a plan of its own, not of the contact told before it (rules._invited_after)
    # (and an agreement to meet: a plan of that meeting, not of the call it was reached in)
    eves=words("à la veille de|à la veille du|à la veille des|à la veille d'"),
    invitations=words("invité|invitée|invités|invitées|invitation|invite|invitent|"
                      "sont convenus de se rencontrer|"
                      "sont convenus de se retrouver|sont convenus de se revoir"),
    planned=words("sont convenus de se rencontrer|sont convenus de se retrouver|sont convenus de se revoir|"
                  "va|vont|sera|seront|aura|auront|devrait|devraient|doit|doivent|prévu|prévue|prévoit|"
                  "devait|devaient|était prévu|était prévue|était attendu|était attendue|"
                  # the future in the past: "si X allait rencontrer Y" (whether X was going to meet Y)
                  "allait|allaient|"
                  "s'entretiendront|recevront|rencontreront|se rendront|accueilleront|se réuniront|"
                  "se retrouveront|participeront|signeront|"
                  "programmé|programmée|programmés|programmées|programme|invitation|invité|inviter|attendu|attendue|attendus|attendues|prochain|prochaine|prochainement|"
                  # "les rencontres à venir" (upcoming)
                  "à venir|"
                  "s'entretiendra|recevra|rencontrera|se rendra|effectuer une visite|accueillera|demain|"
                  "compte se rendre|envisage|espère|espèrent|espérait|espérer|souhaite|souhaitent|souhaitait|"
                  # a wish told in the past: "a souhaité que X et Y puissent se rencontrer", "l'espoir de"
                  "a souhaité|ont souhaité|souhaité que|l'espoir|espoir de|puissent|puisse|"
                  "pourrait|pourraient|fera|feront|"
                  # the future of "can": "la date à laquelle ils pourront se rencontrer"
                  "pourra|pourront|"
                  # a possibility weighed: "ont évoqué la possibilité de se rencontrer"
                  "possibilité de|la possibilité de|possibilité d'|la possibilité d'|"
                  # a contact being prepared: "les préparatifs de la visite", "préparer la visite"
                  "préparatifs|préparation de|préparation du|préparer|"
                  "ouvrant la voie à|ouvre la voie à|ouvrir la voie à|"
                  # readiness: "s'est dit prêt à rencontrer Poutine" offers a meeting
                  "prêt à|prête à|prêts à|prêtes à|disposé à|disposée à|disposés à"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("aurait|auraient|prétendument|selon des rumeurs|rumeurs"),
    exclusions=words("exclu|exclue|exclus|exclut|exclure|hors de question|écarté|écartée|écarte"),
    negation=words("pas|ne|n|aucun|aucune|jamais|sans|annulé|annulée|reporté|reportée|refusé|absence|"
                   "absence de|"
                   # a visit called off: "a décidé d'annuler cette visite", "renonçait au déplacement"
                   "annuler|annule|annulent|annulation|renonce|renoncé|renonçait|renoncer"),
    denial=words("démenti|dément|démenti|n'est pas prévu|pas prévu|aucun entretien n'est prévu|"
                 "pas au programme|"
                 # a contact that fell through ("l'entretien n'a pas eu lieu")
                 "n'a pas eu lieu|n'aura pas lieu|ne s'est pas tenu|ne s'est pas tenue"),
    returns=_RETURNS,
    visit=words("visite non annoncée|visite surprise|"
                 "visite|visite d'état|visite officielle|s'est rendu|arrivé|arrivée|accueilli|accueil|"
                "voyage|tournée|cour de l'elysée|"
                # travel verbs: those "aux côtés de" a traveller went with him
                "est allé à|est allée à|est allé en|est allée en|"
                "a voyagé|ont voyagé|s'est rendue|s'était rendu|s'était rendue|avait visité|"
                # been to a place ("avait été à Pékin en 2022"): a visit word, no cue
                "avait été à|avait été en|était allé à|était allé en|était allée à|"
                "était allée en") + _RETURNS,
    summit=words("sommet|en marge|marge|assemblée générale|g20|g7|brics|conférence|forum|cop|"
                 "sommet tripartite|sommet trilatéral"),
    # ("de la" is one phrase of from_words too, so it is a filler as a whole: "le président de la Turquie")
    fillers=words("de|la|de la|le|l|du|des|d|république|république de|royaume|état|fédération|m|mme|"
                  "son excellence|sa majesté|sa majesté le roi|cheikh|après-midi|l'après-midi|"
                  "en fin d'après-midi|en début d'après-midi"),
    # ("the call, which took place yesterday": the date of that clause is the call's)
    took_place=words("a eu lieu|avait eu lieu|s'est tenue|s'est tenu|s'est déroulée|s'est déroulé"),
    relative=words("qui|dont|où|lequel|laquelle"),
    members=words("la délégation comprenait|la délégation était composée de|"
                  "la délégation réunissait|la mission comprenait|la mission réunissait"),
    # the future tense: "rencontrera", "s'entretiendront", "aura"
    future_endings=("era", "eront", "ira", "iront", "ura", "uront", "dra", "dront"),
    present=words("reçoit|reçoivent|s'entretient|s'entretiennent|accueille|accueillent|se rend|"
                  "se rendent|retrouve|retrouvent|se retrouvent|rencontrent|se réunit|se réunissent"),
    # parts of today that place a present-tense contact in the day's programme ("reçoit ce soir X")
    dayparts=words("ce matin|cet après-midi|ce soir|dans la matinée|dans l'après-midi|dans la soirée|"
                   "en fin de matinée|en début d'après-midi|en fin d'après-midi|en fin de journée|à midi"),
    definites=words("le|la|les|l'|leur|leurs|ces|cette|cet"),
    companions=words("aux côtés de|aux côtés du|aux côtés d'|accompagné de|accompagnée de|accompagné par|"
                     "accompagnée par|en compagnie de"),
    subordinators=words("après|avant|tandis|alors|lorsque|quand|bien que|avant de|avant d'|après avoir|"
                        "après être"),
    subjectless=words("avant de|avant d'|après avoir|après être"),
    ago_leads=words("il y a"),
    time_units={**mapping(1, "jours|jour"), **mapping(7, "semaines|semaine"), "mois": 30,
                **mapping(365, "ans|an|années|année")},
    months={**mapping(1, "janvier"), **mapping(2, "février|fevrier"), **mapping(3, "mars"),
            **mapping(4, "avril"), **mapping(5, "mai"), **mapping(6, "juin"), **mapping(7, "juillet"),
            **mapping(8, "août|aout"), **mapping(9, "septembre"), **mapping(10, "octobre"),
            **mapping(11, "novembre"), **mapping(12, "décembre")},
    day_months={**mapping(1, "janv"), **mapping(2, "févr|fevr"), **mapping(4, "avr"), **mapping(7, "juil"),
                **mapping(9, "sept"), **mapping(10, "oct"), **mapping(11, "nov"), **mapping(12, "déc|dec")},
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "l'automne dernier|l'automne passé"),
                  **mapping(7, "l'été dernier|l'été passé"),
                  **mapping(4, "le printemps dernier|au printemps dernier"),
                  # a season named with its preposition: the last one over, or the season of the year after
                  # it ("au printemps 2023": 2023)
                  **mapping(10, "à l'automne|en automne|durant l'automne|pendant l'automne"),
                  **mapping(7, "en été|à l'été|durant l'été|pendant l'été|l'été"),
                  **mapping(4, "au printemps|durant le printemps"),
                  **mapping(1, "en hiver|à l'hiver|durant l'hiver|pendant l'hiver")},
    relative_years={"l'année dernière": -1, "l'an dernier": -1, "l'an passé": -1, "cette année": 0,
                    "l'année passée": -1, "de cette année": 0},
    relative_months={"un an plus tôt": -12, "un an auparavant": -12,
                     "il y a un an": -12, "il y a deux ans": -24, "le mois dernier": -1, "ce mois-ci": 0,
                     # "à la fin du mois dernier": late last month
                     "mois dernier": -1, "mois passé": -1},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"il y a quelques jours": -3, "il y a peu de jours": -3,
                   "aujourd'hui": 0, "hier": -1, "demain": 1, "ce matin": 0, "ce soir": 0, "avant-hier": -2,
                   "hier soir": -1, "la nuit dernière": -1},
    past=words("dernier|dernière|passé|passée|précédent"),
    month_leads=words("en|depuis|dès|début|fin|mi|courant|au début de|à la fin de|à la mi|au mois de|"
                      "fin du mois de|début du mois de|jusqu'en|à partir de|pendant|durant|"
                      # a contact noun dated by its month: "leur rencontre de mars", "le sommet de juin"
                      "rencontre de|réunion de|sommet de|entretien de|entrevue de|visite de|"
                      "entretiens de|conversation de|appel de"),
    year_leads=words("en|depuis|dès|en l'an|courant|fin|début"),
    day_ordinals={"premier": 1},
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
             "neuf": 9, "dix": 10},
    anchored_days={"le lendemain": 1, "la veille": -1, "le jour même": 0, "le même jour": 0, "ce jour-là": 0,
                   "le surlendemain": 2, "l'avant-veille": -2, "au lendemain": 1},
    day_units={"jours plus tard": 1, "jour plus tard": 1, "jours plus tôt": -1, "jour plus tôt": -1,
               "jours auparavant": -1},
    event_days={"au lendemain de": 1, "au lendemain du": 1, "au lendemain des": 1, "au lendemain d'": 1,
                "le lendemain de": 1, "le lendemain du": 1, "à la veille de": -1, "à la veille du": -1,
                "la veille de": -1, "la veille du": -1},
    event_units={"jours après": 1, "jour après": 1, "jours avant": -1, "jour avant": -1},
    relative_weeks={"la semaine dernière": -1, "cette semaine": 0, "la semaine passée": -1,
                    "en début de semaine": 0,
                    # a fortnight ago: two weeks, the month they fall in
                    "il y a quinze jours": -2, "il y a une quinzaine de jours": -2,
                    # "in recent days": the days just gone, kept as the month they fall in
                    "ces derniers jours": 0, "au cours des derniers jours": 0},
    complementizers=words("que|qu"),
    reporting=words("a déclaré|a indiqué|a annoncé|a affirmé|a précisé|a dit|selon|a expliqué|a confirmé|"
                    "a assuré|a rappelé|a souligné|a fait savoir|fait savoir|indique|précise|a-t-on appris|"
                    # the participle of an announcement dates the announcement: "la rencontre, confirmée le
                    # 30 octobre, ..." was held on another day
                    "confirmée|confirmé|annoncée|annoncé"),
    restating=words("c'était|c'est|il s'agit|il s'agissait|il s'agit de|il s'agissait de|"
                    "cet entretien est|cette rencontre est|cette rencontre était|cet entretien était"),
    since=words("depuis"),
    ordinals=words("deuxième|second|seconde|troisième|quatrième"),
    # "their second call" (rules._counted_earlier): one earlier call of the pair, the count the pair's
    count_ordinals=words("deuxième|second|seconde|troisième|quatrième|cinquième"),
    count_higher=words("troisième|quatrième|cinquième"),
    count_owners=words("leur"),
    firsts=words("premier|première|premiers|premières"),
    since_contacts=words("depuis"),
    after_contacts=words("après"),
    joins=words("s'est joint|se sont joints|s'est jointe|a rejoint|ont rejoint|rejoint|rejoints|"
                "a participé|ont participé|participait|à trois|trilatéral|trilatérale|tripartite|"
                "participation"),
    place_relatives=words("où"),
    time_relatives=words("lorsque|lorsqu|quand"),
    joint_acts=words("ont inauguré|ont ouvert|ont dévoilé|ont conclu|ont scellé|ont lancé|ont déposé|"
                     "avaient inauguré|avaient ouvert|avaient dévoilé|avaient conclu|avaient scellé|"
                     "avaient lancé|avaient déposé|"
                     # one subject "with" another: "a inauguré avec le roi la ligne"
                     "a inauguré|avait inauguré|a dévoilé|avait dévoilé"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("a appelé|appelé|appelle|a salué|a décoré|a remis"),
    predicatives=words("comme|en tant que|en qualité de"),
    read_also=words("à lire aussi|lire aussi|voir aussi|à voir aussi|sur le même sujet|lire la suite"),
    captions=words("légende photo|légende|photo|crédit photo"),
    deceased=words("défunt|défunte|regretté|regrettée|décédé|décédée"),
    done_participles=words(
        "signé|signée|signés|signées|conclu|conclue|conclus|conclues|ratifié|ratifiée|ratifiés|"
        "ratifiées|adopté|adoptée|adoptés|adoptées|paraphé|paraphée|négocié|négociée|négociés|"
        "négociées|restitué|restituée|restitués|restituées"),
    possible=words("éventuel|éventuelle|éventuels|éventuelles|possible|possibles"),
    deaths=words("décès de|décès du|décès d'|mort de|mort du|disparition de|disparition du"),
    # ("le futur locataire de la Maison Blanche": Trump in December 2024, not yet in office)
    gathered=words("réunis|réunies|rassemblés|rassemblées"),
    reciprocals=words("se sont vus|se sont rencontrés|se sont retrouvés|se sont entretenus|se sont parlé|"
                      "se sont appelés|se sont téléphoné|"
                      "se sont vues|se sont rencontrées|se sont entretenues|se sont concertés|"
                      "se sont concertées"),
    # (the out-of-office titles the minister words hold too, so that one after a name and a comma puts that
    # name out of office: "avec Joe Biden, président élu des États-Unis")
    elect=words("élu|élue|désigné|désignée|ancien|ancienne|ex|futur|future|président élu|présidente élue|"
                "ancien président|ancien premier ministre"),
    # the past before the past: a contact so told weeks back is an earlier one
    pluperfect=words("avait|avaient|était|étaient|avait été|avaient été"),
    inserts=words("déjà|aussi|également|longuement|brièvement|encore|enfin|alors|ensuite|notamment|ensemble|longtemps|"
                  # the day inside the verb: "s'est entretenu mercredi avec X" is "s'est entretenu avec X"
                  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    stopwords=words("se|si|le|la|les|de|du|des|en|un|une|et|ou|que|qui|il|elle|au|aux|ce|sa|son|ses|sur|"
                    "par|pour|dans|ne|pas"),
    planned_sentence=words("il est prévu que|doit se rendre|doivent se rendre"),
    genitives=words("de|du|des|d'"),
    presence=words("en présence de|en présence du|en présence des"),
    trilateral=words("trilatéral|trilatérale|tripartite|à trois"),
    between=words("entre"),
    group_refs=words("les dirigeants|les chefs d'état|les chefs d'état et de gouvernement"),
    last_time=words("la dernière fois|pour la dernière fois|le précédent|la précédente|leur précédent|"
                     "leur précédente|leur dernier|leur dernière|leurs derniers|leurs dernières|"
                     "les précédents|les précédentes|précédent entretien|"
                     "précédente rencontre"),
    during=words("au cours de|au cours du|au cours d'|lors de|lors du|lors d'|pendant|durant"),
    public_posts=words("sur les réseaux sociaux|sur twitter|sur facebook|sur instagram"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("si|à moins que|au cas où|dans le cas où"),
    concessives=words("même si|comme si|si bien que|si ce n'est"),
    urges=words("a exhorté|exhorte|a incité|incite|a encouragé|encourage|a pressé|presse"),
    # the leader replaced in office ("who succeeded X"): no partner
    # "a appelé X à ...": an appeal to X, no call
    appeals=words("appelé à|appelle à|appelait à|appelant à"),
    successions=words("a succédé à|succédé à|succède à|a remplacé|successeur de|investiture de|"
                      "investiture du"),
    organizers=words("voulu par|voulue par|lancé par|lancée par|convoqué par|"
                     "convoquée par|organisé par|organisée par|"
                     # the author of a plan the pair discussed: "le plan de paix présenté par X"
                     "présenté par|présentée par|proposé par|proposée par"),
    additives=words("également|aussi|en outre"),
    turns=words("séparément|pendant ce temps|dans un autre registre|sur un autre plan|"
                "dans une autre affaire"),
    then_words=words("à l'époque|à cette occasion|lors de cette rencontre|lors de cette visite|"
                     "cette fois-là"),
    with_words=words("avec"),
    iteratives=words("à plusieurs reprises|plusieurs fois|à de nombreuses reprises|deux fois|"
                     "trois fois|quatre fois|maintes fois"),
    topics={
        "bilateral_relations": words("bilatéral*|relations|relation|coopération|coopérer|partenariat*|"
                                     "amitié|alliance|alliés|allié|entre les deux pays|les deux pays|"
                                     "rapprochement|réconciliation|normalisation|relations diplomatiques|"
                                     "ambassade*|visa|visas|liens"),
        "trade_economy": words("commerc*|économi*|échanges commerciaux|droits de douane|tarif*|financ*|"
                               "marché|marchés|exportation*|importation*|douane*|libre-échange|"
                               "chaîne* d'approvisionnement|budget|monnaie|dette|fmi|banque mondiale|"
                               "inflation|subvention*|protectionnisme|entreprises|terres rares|prêt de|"
                               "prêts de|un prêt|des prêts|crédit|crédits|emprunt*"),
        "investment": words("investissement*|investir|investisseur*|fonds souverain|coentreprise*|capitaux|"
                            "capital|investissent|investira|investiront|investirait|fonds d'investissement|"
                            "fonds souverains|ide"),
        "energy": words("énergie|énergies|énergétique*|pétrole|gaz|gnl|électricité|renouvelable*|gazoduc*|"
                        "oléoduc*|nucléaire civil|solaire|éolien*|hydrogène|charbon|nord stream|opep|"
                        "carburant*|hydrocarbure*|centrale électrique|centrales électriques|"
                        "centrale thermique|centrales thermiques|centrale solaire|centrale hydroélectrique|"
                        "centrale à charbon|centrale nucléaire|centrales nucléaires"),
        "security_defense": words("sécurité|défense|militaire*|armée*|armes|armement*|missile*|troupes|"
                                  "soldats|défense aérienne|garanties de sécurité|dissuasion|marine|"
                                  "navale*|avions de combat|rafale|exercices militaires|drones|munitions|"
                                  "otan|sécuritaire*|narcotrafic|trafic de drogue|crime organisé|"
                                  "criminalité organisée|cartels|fentanyl|renseignement*|forces armées|"
                                  "sous-marin*|frégate*|chars|avions de chasse|base militaire|"
                                  "bases militaires|contingent*|casques bleus|force internationale|"
                                  "force multinationale|opération militaire|opérations militaires|"
                                  "défense antiaérienne|antimissile*|sécurité européenne|"
                                  "sécurité collective"),
        "counterterrorism": words("terroris*|jihadis*|djihadis*|daech|état islamique|al-qaïda|extrémis*|"
                                  "islamis*|groupes armés|attentat|attentats"),
        "conflict_ceasefire": words("cessez-le-feu|trêve|guerre|guerres|conflit*|combats|invasion|envahi*|"
                                    "escalade|désescalade|hostilités|paix|pourparlers de paix|"
                                    "processus de paix|agression|affrontements|attaque*|offensive|"
                                    "plan de paix|otage*|échange de prisonniers|prisonniers de guerre|"
                                    "bombardement*|frappes|armistice|ligne de front|belligérants|médiation|"
                                    "médiateur|accord de paix|accords de paix|négociations de paix|"
                                    "sommet pour la paix|accords de minsk|format normandie|donbass|"
                                    "crimes de guerre|milice*|rebelles|insurgés|tués|ukraine"),
        "humanitarian": words("humanitaire*|aide|aides|civils|souffrances|famine|faim|couloir humanitaire|"
                              "assistance|évacuation|secours|sinistrés|séisme|tremblement de terre|"
                              "inondation*|catastrophe*|victimes|croix-rouge|croissant-rouge|"
                              "programme alimentaire mondial|unrwa|convois|civiles|civile"),
        "reconstruction": words("reconstruction|reconstruire|relèvement|redressement"),
        "migration_refugees": words("migrat*|migrants|réfugiés|réfugié|asile|déplacés|immigration|immigrés|"
                                    "expulsion*|clandestin*"),
        "nuclear_nonproliferation": words("programme nucléaire|nucléaire iranien|non-prolifération|"
                                          "enrichissement|uranium|aiea|dossier nucléaire|armes nucléaires|"
                                          "dénucléarisation|sites nucléaires|installations nucléaires|"
                                          "sûreté nucléaire|centrale nucléaire|accord nucléaire|"
                                          "arme nucléaire|bombe atomique|armes atomiques|"
                                          "traité de non-prolifération|tnp|essais nucléaires|"
                                          "essai nucléaire|armes chimiques|arme chimique|"
                                          "armes de destruction massive"),
        "climate_environment": words("climat|climats|climatique*|environnement*|émissions|"
                                     "transition écologique|réchauffement|"
                                     "carbone|déforestation|neutralité carbone|biodiversité|cop"),
        "health": words("santé|sanitaire*|pandémie|coronavirus|covid*|épidémie|vaccin*|médical*|hôpita*|"
                        "maladie*"),
        "regional_situation": words("région|régional*|situation en|situation au|situation dans|sahel|"
                                    "sous-région|moyen-orient|proche-orient|actualité internationale|gaza|"
                                    "cisjordanie|stabilité régionale|voisins|liban|syrie|"
                                    "péninsule coréenne|corée du nord|nord-coréen|nord-coréenne|haïti|"
                                    "yémen|soudan|libye|irak|mer rouge|talibans|corne de l'afrique|"
                                    "grands lacs|caucase|balkans|indo-pacifique"),
        "sovereignty_territorial_integrity": words("souveraineté|intégrité territoriale|souveraine|"
                                                   "annexion|territoires occupés|sahara occidental|"
                                                   "plan d'autonomie|marocanité|territorial|territoriale|"
                                                   "territoriaux|territoriales|territoires|"
                                                   "revendications territoriales|différend territorial|"
                                                   "différends territoriaux|séparatiste*|séparatisme|"
                                                   "sécession|autodétermination|taïwan|taiwan|"
                                                   "mer de chine méridionale|une seule chine|chine unique|"
                                                   "souverainetés"),
        "domestic_politics_elections": words("élection*|électoral*|élu|élue|réélection|réélu|investiture|"
                                             "scrutin|vote|électeurs|référendum|parlement*|campagne|"
                                             "transition politique|constitution*|coup d'état"),
        "ceremonial": words("félicit*|condoléances|vœux|voeux|anniversaire|fête nationale|fête du trône|"
                            "nouvel an|jour de l'indépendance|aïd|ramadan|noël|décoration|médaille|"
                            "défilé du 14-juillet|14-juillet|deuil|sympathie|bonne année|meilleurs vœux|"
                            "salutations|message de félicitations"),
        "sanctions": words("sanction*|embargo|plafonnement des prix|liste noire|mesures restrictives|"
                           "gel des avoirs|avoirs gelés|avoirs russes|contrôles à l'exportation|blocus|"
                           "mesures punitives"),
        "human_rights_minorities": words("droits de l'homme|droits humains|minorités|minorité|kurdes|"
                                         "femmes|libertés|prisonniers politiques|état de droit|dissident*|"
                                         "liberté de la presse|détenu*|droits des femmes|opposants|"
                                         "opposant|répression|torture|liberté d'expression|"
                                         "liberté religieuse|société civile|défenseurs des droits|"
                                         "peine de mort|ouïghour*|ouïgour*|tibet*|rohingya*|lgbt*|"
                                         "discrimination*|racisme"),
        "multilateral_diplomacy": words("onu|nations unies|conseil de sécurité|multilatéral*|g7|brics|"
                                        "union européenne|union africaine|ligue arabe|asean|ocs|"
                                        "présidence de l'ue|communauté internationale|osce|omc|"
                                        "charte des nations unies|gouvernance mondiale|réforme de l'onu|"
                                        "organisations internationales|"
                                        "sommet trilatéral|format normandie|format de normandie|"
                                        "format d'astana|processus d'astana"),
        "infrastructure_transport": words("infrastructure*|transport*|ferroviaire*|chemin de fer|port|"
                                          "ports|navigation|routes|corridor*|maritime*|autoroute*|pont|"
                                          "ponts|lgv|grande vitesse|logistique|tgv|aéroport*"),
        "food_agriculture": words("alimentaire*|alimentation|agricult*|céréales|blé|engrais|agriculteurs|"
                                  "sécurité alimentaire|récoltes|riz|corridor céréalier|agroalimentaire*|"
                                  "pêche|pêcheurs|élevage|viande|bœuf|soja|lait|produits agricoles|denrées|"
                                  "céréalier*|agricole|agricoles"),
        "technology": words("technolog*|numérique|intelligence artificielle|ia|semi-conducteurs|puces|"
                            "cyber*|innovation*|spatial|spatiale|satellite*|télécom*|quantique"),
        "culture_education_tourism": words("culture*|culturel*|éducation|enseignement|tourisme|touristes|"
                                           "étudiants|universit*|sport*|patrimoine|musée*|mémoire|"
                                           "francophonie|échanges humains|bourses"),
    },
    # the seats of government are places like their capitals: "s'est entretenu avec X à l'Elysée" is a
    # meeting, and "le chef de l'Etat a reçu à l'Elysée" places the bare title in France
    # ("au Caire", "du Caire": the article of "Le Caire" merges with the preposition)
    capitals={"élysée": "FRA", "palais de l'élysée": "FRA", "matignon": "FRA", "hôtel de matignon": "FRA",
              "caire": "EGY"},
    seats={**mapping("USA", "à la maison blanche|dans le bureau ovale"),
           **mapping("RUS", "au kremlin"),
           **mapping("GBR", "à downing street|au 10 downing street"),
           **mapping("ESP", "à la moncloa|au palais de la moncloa"),
           **mapping("ARG", "à la casa rosada"),
           **mapping("BRA", "au palais du planalto|au planalto"),
           **mapping("ITA", "au quirinal|au palais du quirinal|au palais chigi"),
           **mapping("CHN", "au palais de l'assemblée du peuple")},
    places={"sahel": "Sahel", "gaza": "Gaza", "mer rouge": "Red Sea", "cisjordanie": "West Bank",
            "moyen-orient": "Middle East", "proche-orient": "Middle East", "crimée": "Crimea",
            "donbass": "Donbas", "kaboul": "Kabul", "jérusalem": "Jerusalem"},
    regions=words("amérique latine|amérique du sud|amérique centrale"),
)
