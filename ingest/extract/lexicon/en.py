"""English."""

from ingest.extract.lexicon import Lexicon, mapping, words

# Return visits ("vi era tornato a luglio"): a second act of the pair just told (see Lexicon.returns);
# each is also a visit word and an in-person cue.
_RETURNS = words("returned there|went back there|was back there|had returned there|"
                  "travelled there again|traveled there again")

LEXICON = Lexicon(
    lang="en",
    airports_after=words("airport|airports"),
    internationals=("internation",),
    # a photo caption's aside: "(pictured with President X)", "(seen here with X)"
    pictured=words("pictured|here|seen|photo"),
    titles={
        # the African Union's rotating chair is a head of state, named by the body ("African Union President
        # Azali Assoumani"): a title, so a list of partners it stands in holds together
        **mapping("president", "president|head of state|african union president|african union chairman|"
                  "african union chairperson"),
        **mapping("crown_prince", "crown prince"),
        **mapping("monarch", "king|queen|emir|amir|sultan|grand duke|monarch|emperor|empress"),
        **mapping("supreme_leader", "supreme leader"),
        **mapping("pope", "pope"),
        **mapping("prime_minister", "prime minister|premier|pm|crown prince and prime minister|"
                  "president of the government|head of government|taoiseach"),
        **mapping("chancellor", "chancellor"),
        **mapping(None, "leader"),
    },
    plural_titles={
        **mapping("president", "presidents|kings|heads of state"),
        **mapping("prime_minister", "prime ministers|premiers|heads of government"),
        # "heads of A and B" with no office word: the countries' leaders ("heads of state" stays longer)
        **mapping(None, "leaders|heads of"),
    },
    org_titles={
        **mapping("UN", "un secretary general|un secretary-general|secretary-general of the united nations|"
                  "united nations secretary general|secretary general of the un|"
                  "secretary-general of the un|united nations secretary-general"),
        **mapping("EU", "european commission president|president of the european commission|"
                  "eu commission president|eu council president|"
                  "european council president|president of the european council"),
    },
    # the Kremlin's chief is Russia's president
    country_titles={**mapping(("RUS", "head_of_state"), "kremlin chief|kremlin leader")},
    ministers=words(
        "minister|ministers|foreign minister|defence minister|defense minister|secretary of state|"
        # a US or UK cabinet secretary by portfolio ("Defense Secretary Jim Mattis"; not a bare "secretary":
        # "General Secretary Xi Jinping" is a leader)
        "defense secretary|defence secretary|secretary of defense|secretary of defence|treasury secretary|"
        "secretary of the treasury|commerce secretary|secretary of commerce|trade secretary|energy secretary|"
        "deputy prime minister|vice president|vice-president|vice premier|deputy premier|first deputy|"
        "spokesman|spokeswoman|spokesperson|press secretary|envoy|special envoy|ambassador|adviser|advisor|"
        "aide|governor|mayor|speaker|chief of staff|chairman|chairwoman|ceo|chief executive|"
        "national security adviser|foreign secretary|home secretary|commander|general|delegation|"
        "deputy|senator|lawmaker|opposition leader|former president|former prime minister|"
        "ex-president|president-elect|prime minister-designate|first lady|fifa president|ioc president"),
    # (a guest or host of a named country: "بالضيف الهندي", "der indische Gast", "l'hôte congolais")
    counterparts=words("counterpart|counterparts|opposite number|homologue|guest"),
    # "held separate talks with each of them": each of the pair just told
    pair_refs=words("each of them|each of the two|each of his guests|each of the guests|"
                    "the two leaders|both leaders|the two presidents|the two heads of state|"
                    "the two sides|both sides|the pair|the two men|both men|both women|the leaders|"
                    "the two prime ministers|"
                    # "a meeting of the two" names the pair and the meeting at once ("a meeting of" alone
                    # is no cue: "a meeting of the Security Council")
                    "a meeting of the two|a meeting of the two leaders"),
    pronouns=words("he|she"),
    object_pronouns=words("him|her|his guest|her guest|their guest|the guest|his host|her host|the visitor|"
                          "his visitor|her visitor"),
    plural_pronouns=words("they"),
    feminine=words("she|her"),
    masculine=words("he|him"),
    pair_heads=words("the two|both|both the"),
    pair_possessives=words("their"),
    ref_nouns=words("leaders|presidents|heads of state|heads of government|prime ministers|premiers|men|"
                    "women|sides|statesmen|monarchs|kings|chancellors"),
    group_heads={"the three": 3, "all three": 3, "the four": 4, "all four": 4, "the five": 5, "all five": 5},
    indefinites=words("a|an|any|another|every|each|no"),
    # quantifiers after a plural: "the leaders of several countries" name no one
    quantifiers=words("several|some|many|various|"
                      # a body's leaders ("once the bloc's leaders gather"): no pair the text told
                      "grouping|bloc|alliance|g20|g7|g8|brics|commonwealth"),
    phone=words(
        # round fifteen: the dialled call
        "dialled|dialed|"
        "phone call|telephone call|phone conversation|telephone conversation|phone talks|"
                "telephone talks|by phone|by telephone|over the phone|on the phone|phoned|telephoned|phone|"
                "telephone|call|calls|called|phone calls|telephone calls|rang"),
    video=words("video call|video conference|videoconference|video-conference|video link|virtual meeting|"
                "virtual summit|met virtually|virtual talks|virtually|video"),
    written=words(
        # round fifteen: letters exchanged, a text message
        "texted|corresponded|correspondence|exchanged letters|wrote to|"
        "letter|letters|message|messages|cable|cables|wrote|written|telegram|greeting card"),
    greeting=words("congratulatory|congratulated|congratulations|congratulation|congratulating|condolences|"
                   "condolence"),
    # a press conference two leaders gave together: they were in one room
    joint_press=words("joint press conference|joint press briefing|joint news conference"),
    in_person=words(
        # round fifteen: the greeting, the hug, the handshake and the meal in every tense; an audience granted
        # (not the bare noun: a speech's listeners, and a noun after a comma escapes the plan of "is due to be
        # received, for a private audience"; not "embracing", mostly a policy embraced); the pair's encounter;
        # a host's part
        "greets|hugs|hugging|shakes hands|shake hands|granted an audience|"
        "granted him an audience|granted her an audience|received in audience|"
        "lunched|breakfasted|had breakfast|"
        "breakfast with|lunch with|dinner with|strolled together|walked together|took a stroll|"
        "held a bilateral|had a bilateral|encounter|encountered|encounters|caught up with|"
        "stood side by side|posed together|played host|played host to|spent the evening together|"
        "spent the day together|"
        "exchanged brief greetings|"
                    # the pair's own summit ("since their summit in Alaska", "after their summit"), and
                    # the pair seen last ("they last saw each other in Kazan")
                    "their summit|their last summit|their previous summit|their first summit|"
                    "last saw each other|had last seen each other|"
                    # a meal given in the guest's honour: "a state dinner in honour of X"
                    "dinner in honour|dinner in honor|banquet in honour|banquet in honor|"
                    "luncheon in honour|luncheon in honor|reception in honour|reception in honor|"
                    "exchanged words|exchanged a few words|exchanged greetings|exchanged pleasantries|"
                    "brief encounter|"
                    "awarded|decorated|announced with|jointly announced with|"
                    "a meeting of the two|a meeting of the two leaders|courtesy call|courtesy calls|"
                    "summit with|greeted|hugged|embraced|met|meet|meets|meeting|meetings|met with|"
                    "received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcome|"
                    "welcoming|visit|visited|visiting|visits|sat down with|one-on-one|tete-a-tete|"
                    "bilateral meeting|paid a call on|shook hands|had shaken hands|shaking hands|"
                    "in-person|face-to-face|"
                    "summit meeting|held a meeting|bilateral talks|signed|jointly signed|co-signed|"
                    # two leaders holding "their" summit met ("X and Y held their annual summit in Tokyo")
                    "held their summit|held their annual summit|held their first summit|"
                    "held their annual bilateral summit|"
                    # time granted with a leader ("Ishiba also got 30 minutes with Trump")
                    "minutes with|got time with|an hour with|half an hour with|"
                    "co-chaired|co-hosted|co-chair|dined|had dinner|had lunch|handshake|held talks|"
                    "met face to face|bilateral meetings|sat down|state banquet|working lunch|"
                    "working dinner|receive|trilateral summit|trilateral meeting|three-way summit|"
                    "three-way meeting|spoke together|talked together|chatted together|"
                    "chatted|stood with|stood beside|stood alongside|standing beside|standing alongside|"
                    "huddled with|huddled") + _RETURNS,
    # (a short exchange of words between two leaders: "during a brief exchange at the summit")
    talk=words(
        # round fifteen: consulting and negotiating with a partner
        "consulted with|conferring with|confer with|confers with|negotiated with|negotiating with|"
        "negotiated|"
        "brief exchange|impromptu exchange|heated exchange|testy exchange|"
               "talk|talks|discussed|discusses|discuss|discussion|discussions|conferred|held talks|"
               "exchanged views|consultations|agreed|"
               # PTI's and India's "interacted with", "had an interaction with"
               "interacted with|interacted|interaction with|an interaction|a warm interaction|"
               # several at a summit ("had informal interactions with A, B and C")
               "interactions with|informal interactions|brief interactions"),
    spoke=words(
        # round fifteen: a chat and a word had together
        "had a chat|a chat with|chat with|had a word with|conversed|conversing with|"
        "spoke|speaks|speak|spoken|talked|conversation|spoke with|spoke to|talked with|"
        # the gerund after a subordinator ("a day after talking with X"; not "talking to", which
        # reporters are)
        "held a conversation|talking with|speaking with"),
    not_cues=words(
                   # a signed document, not correspondence ("a letter of intent on more Rafale jets")
                   "letter of intent|letters of intent|"
                   "opened the meeting|chaired the meeting|attended the meeting|addressed the meeting|"
                   "the meeting of|a meeting of|at the meeting of|attended the summit|hosted the summit|"
                   "called for|calls for|call for|so-called|called upon|called on|calls on|called the|"
                   "called it|called this|called that|called them|what he called|what she called|"
                   "welcomed the|welcomes the|welcome the|received the|receives the|message to the|"
                   "met the criteria|press conference|news conference|"
                   # a speech to the public, filmed: no video call ("in his nightly video address")
                   "video address|video addresses|televised address|nightly address|"
                   # a plan word in a comparison tells how the held meeting went ("longer than planned")
                   "than planned|than expected|as planned"),
    roundup=words("messages|cables|letters|congratulatory messages|world leaders|leaders|greetings"),
    caller_words=words("called|phoned|telephoned|rang|placed a call|made a call|made a phone call"),
    from_words=words("from|by"),
    receive_words=words("received|receives|receiving|got"),
    title_objects=words("welcomed the|welcomes the|welcome the|received the|receives the"),
    initiative=words("at the initiative of|at the request of|initiated by|on the initiative of|"
                     "at the invitation of"),
    # plan adjectives: on a contact or summit noun they plan that noun only (rules._plan_adjectives)
    plan_adjectives=("upcoming", "forthcoming"),
    planned=words("will|would|shall|to meet|to visit|to hold|is to|are to|plans to|planned|plan to|"
                  "scheduled|is scheduled|expected to|is expected|are expected|is due|due to|set to|"
                  "upcoming|invited|invitation|invites|agreed to meet|agreed to hold|agreed on a summit|"
                  "agreed on a meeting|in the coming days|going to|next week|next month|"
                  "intends|intend|proposed|will host|to host|forthcoming|program|programme|to travel|"
                  # a contact being set up: "proposals to organize a telephone conversation"
                  "to organize|to organise|to arrange|to set up|"
                  "hopes|hoped|hoping|hope to|expects|looks forward|looking forward|"
                  # possibility: "said he might meet Zelenskyy", "such a summit was possible" (not "may",
                  # the month)
                  "might|could|possible|possibly|"
                  # a contact being prepared: "discussed preparations for Xi's visit"
                  "preparations for|preparing for|preparation for|prepare for|in preparation for|"
                  "paving the way for|pave the way for|paved the way for|clearing the way for|"
                  # readiness: "said he was ready to meet Putin" offers a meeting
                  "ready to|willing to|"
                  # a marker that ends right before "to meet" would leave "to meet" to take the cue "meet"
                  # away ("is due" + "to meet"): the longer forms take "to" in
                  "is due to|are due to|was due to|were due to|is expected to|are expected to|"
                  "was expected to|were expected to|expects to|hopes to|hoped to|intends to|"
                  # "slated to", "poised to": Reuters' and AP's "is to"
                  "slated to|is slated to|are slated to|poised to|is poised to|are poised to|"
                  # a date fixed for a contact: "a summit set for Friday", "talks slated for June"
                  "set for|slated for|"
                  # an attempt: "flew to Washington to try to meet Trump" is no meeting held
                  "to try|try to|tried to|trying to|seeking to|sought to|in a bid to|in an attempt to"),
    # a contact others say took place, not asserted (see Lexicon.hearsay)
    hearsay=words("reportedly|allegedly|purportedly|rumoured|rumored|rumours|rumors|unconfirmed reports"),
    exclusions=words("ruled out|rules out|rule out|ruling out|out of the question|off the table"),
    negation=words("not|no|never|neither|nor|without|cancelled|canceled|postponed|refused|declined|"
                   "rejected|any|won't|didn't|hasn't|haven't|wasn't|isn't|absence of|lack of|no meeting|"
                   # a meeting called off or scrapped ("called off" is no call)
                   "called off|calls off|call off|calling off|scrapped|scraps|shelved|cancel|cancels|"
                   "cancelling|canceling|cancellation"),
    denial=words("denied|denies|deny|no plans|not planned|not scheduled|no call is planned|"
                 "no concrete plans|no firm plans|no immediate plans|no specific plans|"
                 "no meeting is planned|there are no plans|not on the schedule|dismissed reports|"
                 # a meeting that fell through, its noun far before ("A meeting between X and Y, which
                 # officials had pencilled in for Tuesday, did not take place")
                 "did not take place|never took place|was called off|was off"),
    returns=_RETURNS,
    # "flew to Washington to meet Biden": the meeting the trip was for ("to meet" alone a plan)
    purposes=words("to meet|to meet with|to hold talks with|to visit"),
    visit=words("visit|visited|visiting|visits|state visit|official visit|arrived|arrives|trip|tour|"
                "hosted|welcomed|welcoming ceremony|red-carpet|honour guard|honor guard|received|"
                # travel verbs: those "together with" a traveller went with him
                "travelled|traveled|flew|"
                # went there ("Erdogan went to Washington in 2019"): a travel verb as those, no cue
                "went to|had gone to|has gone to|"
                # been to a place ("had last been in Beijing in 2022"): a visit word, no cue
                "had been in|had last been in|had been to|had last been to") + _RETURNS,
    summit=words("summit|sidelines|on the sidelines|margins|on the margins|general assembly|g20|g7|brics|"
                 "apec|nato summit|conference|forum|cop28|cop29|cop30|davos|unga|session of the un|"
                 "summit meeting|trilateral summit|three-way summit"),
    fillers=words("of|the|republic|kingdom|state|federation|islamic|arab|people's|democratic|"
                  "federal|united|'s|s|sheikh|his excellency|her excellency|his majesty|his highness|"
                  "mr|mrs|ms|dr"),
    # ("the call, which took place yesterday": the date of that clause is the call's)
    took_place=words("took place|was held|had taken place|had been held"),
    relative=words("who|which|where|whom|whose"),
    members=words("the delegation included|the delegation comprised|the delegation was made up of|"
                  "the mission included|the mission comprised|the delegation consisted of|"
                  # the leaders on a call just told with unnamed heads of government ("and then with several
                  # European leaders. Also on the call were X, Y and Z")
                  "also on the call were|on the call were|were on the call|participants included|"
                  "the participants were"),
    present=words("meets|hosts|receives|welcomes|holds talks|travels|heads|flies"),
    # parts of today that place a present-tense contact in the day's programme ("meets X this afternoon")
    dayparts=words("this morning|this afternoon|this evening|tonight|later today|later in the day|at midday|"
                   + "|".join(f"{d}day {p}" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
                              for p in ("morning", "afternoon", "evening", "night"))),
    future_clauses=words("when|once|as soon as"),
    # a time clause's verb in the past ("when they met in May") tells a held contact (see Lexicon.past_forms)
    past_forms=words("met|held|spoke|sat|came|went|saw|had|took|made|was|were"),
    preterite_endings=("ed",),
    definites=words("the"),
    companions=words("together with|accompanied by|along with|alongside"),
    subordinators=words("after|before|while|whereas|but|although|meanwhile|when|before holding|"
                        "after holding"),
    # "holding" is no cue ("holding talks": the talks are), so the opener may take it in
    subjectless=words("before holding|after holding"),
    # "on the 12th of this month", "the 12th this month": a day of this month
    day_alone_tails=words("this month"),
    units_ago={**mapping(7, "weeks ago|week ago"), **mapping(30, "months ago|month ago"),
               **mapping(365, "years ago|year ago")},
    months={**mapping(1, "january|jan"), **mapping(2, "february|feb"), **mapping(3, "march|mar"),
            **mapping(4, "april|apr"), **mapping(5, "may"), **mapping(6, "june|jun"),
            **mapping(7, "july|jul"), **mapping(8, "august|aug"), **mapping(9, "september|sept|sep"),
            **mapping(10, "october|oct"), **mapping(11, "november|nov"), **mapping(12, "december|dec")},
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
              "sunday": 6},
    # the last season gone by -> its middle month ("last autumn": the year it fell in)
    past_seasons={**mapping(10, "last autumn|last fall|this past autumn|this past fall"),
                  **mapping(7, "last summer|this past summer"),
                  **mapping(4, "last spring|this past spring"),
                  # a season named with "in": the last one over, or the season of the year after it
                  # ("in the summer of 2022": 2022)
                  **mapping(10, "in the autumn|in autumn|in the fall"),
                  **mapping(7, "in the summer|in summer"),
                  **mapping(4, "in the spring|in spring"),
                  **mapping(1, "in the winter|in winter")},
    relative_years={"last year": -1, "this year": 0, "earlier this year": 0},
    # "a year ago" is the month a year back: a meeting told so is dated to its month
    relative_months={"a year earlier": -12, "a year before": -12, "one year earlier": -12,
                     "a year ago": -12, "one year ago": -12, "two years ago": -24, "last month": -1,
                     "this month": 0, "earlier this month": 0},
    # "a few days ago": three days back (the scorer reads a day at the gold's month)
    relative_days={"a few days ago": -3, "several days ago": -3,
                   "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
                   "this evening": 0, "this afternoon": 0, "last night": -1, "earlier today": 0,
                   "the day before yesterday": -2},
    past=words("last|earlier|previous|ago"),
    month_leads=words("in|since|during|early|mid|late|end of|the end of|beginning of|the beginning of|"
                      "start of|the start of|middle of|the middle of|until|through|this past|earlier in|"
                      "later in|their|the first week of|first week of|the second week of|the last week of|"
                      "last week of|the final week of"),
    year_leads=words("in|since|during|back in|early|late|in early|in late|mid"),
    numbers={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10},
    anchored_days={"the next day": 1, "the following day": 1, "the day after": 1, "the day before": -1,
                   "the previous day": -1, "the eve": -1, "on the eve": -1, "the same day": 0, "that day": 0,
                   "later that day": 0, "earlier that day": 0, "that same day": 0},
    day_units={"days later": 1, "day later": 1, "days earlier": -1, "day earlier": -1},
    event_days={"on the eve of": -1},
    event_units={"days after": 1, "day after": 1, "days before": -1, "day before": -1},
    day_units_ago=words("days ago|day ago"),
    relative_weeks={"last week": -1, "this week": 0, "earlier this week": 0, "the previous week": -1,
                    "past week": -1, "a fortnight ago": -2,
                    # "in recent days": the days just gone, kept as the month they fall in
                    "in recent days": 0, "over the past few days": 0},
    complementizers=words("that"),
    reporting=words("said|says|told|tells|announced|stated|added|reported|revealed|confirmed|noted|"
                    "according to|claimed|insisted|recalled"),
    restating=words("it was|this was|that was|it is|this is|it marked|this marked|the meeting was|"
                    "the call was|the talks were"),
    since=words("since|for the first time since"),
    ordinals=words("second|third|fourth"),
    # "their second call" (rules._counted_earlier): one earlier call of the pair, the count the pair's
    count_ordinals=words("second|third|fourth|fifth"),
    count_higher=words("third|fourth|fifth"),
    count_owners=words("their"),
    firsts=words("first"),
    since_contacts=words("since"),
    after_contacts=words("after"),
    joins=words("joined|join|joins|joining|sat in|sat in on|took part|taking part|participated|"
                "participating|trilateral|three-way|trilateral meeting|three-way talks|participation"),
    place_relatives=words("where"),
    time_relatives=words("when"),
    joint_acts=words("opened|inaugurated|unveiled|struck|sealed|launched|laid|jointly announced|sealing|"
                     "signing|"
                     "jointly opened"),
    # an honour or gift handed to a leader is a meeting with him ("verlieh ihm den Orden")
    object_cues=words("called|calls|rang|rings|greeted|hugged|embraced|awarded|decorated"),
    predicatives=words("as"),
    read_also=words("read also|read more|also read|see also|related|more on this"),
    captions=words("photo|photo caption|caption|pictured|picture"),
    deceased=words("the late|deceased"),
    done_participles=words(
        "signed|reached|concluded|brokered|ratified|adopted|initialled|initialed|clinched|"
        "negotiated"),
    eves=words("on the eve of|the eve of"),
    possible=words("potential|prospective"),
    deaths=words("death of|the death of|passing of|the passing of|demise of"),
    # (an alliance's chief is no leader, even a former prime minister: the name after the title is nobody
    # on an undated page, and on a dated one only a leader that day)
    elect=words("elect|designate|former|ex|president-elect|prime minister-designate|"
                # the holder to come is not in office yet ("the expected future chancellor Friedrich Merz")
                "future|incoming|"
                "nato secretary-general|nato secretary general|secretary-general of nato|nato chief"),
    # the past before the past: a contact so told weeks back is an earlier one
    pluperfect=words("had|had been"),
    modals=(" may ", " might "),
    modal_breaks=("have", "be", "not", "well", "also", "recall", "add", "note", "mention"),
    inserts=words("already|also|briefly|again|later|previously|jointly|personally"),
    stopwords=words("the|a|an|and|or|of|in|on|at|to|by|for|with|but|if|he|she|it|we|they|his|her|its|their|"
                    "this|that|these|those|so|as|from|into|than"),
    planned_sentence=words("whether|it is expected that|is scheduled to|are scheduled to"),
    genitives=words("of"),
    presence=words("in the presence of"),
    trilateral=words("trilateral|three-way|tripartite"),
    between=words("between"),
    group_refs=words("the leaders|the heads of state|the heads of state and government"),
    last_time=words("last|last time|the last time|most recently|previous|preceding"),
    during=words("during|in the course of"),
    # (and an agreement to meet, a plan of that meeting only: "held talks and agreed to meet again")
    invitations=words("invited|invites|invitation|invite|agreed to meet|agreed to hold|agreed on a summit|"
                      "agreed on a meeting"),
    occasions=words("during|in|on|at"),
    public_posts=words("on social media|on social networks"),
    # a contact supposed, not told (see Lexicon.conditionals); the concessions that read as told
    conditionals=words("if|unless|in case|in the event that"),
    concessives=words("even if|as if|only if|as though"),
    urges=words("urged|urges|urging|encouraged|called on|called upon"),
    # the leader replaced in office ("who succeeded X"): no partner
    successions=words("succeeded|who succeeded|replaced|took over from|successor to|successor of|"
                      "inauguration of|swearing-in of"),
    organizers=words("championed by|launched by|convened by|organised by|organized by"),
    additives=words("also|as well"),
    turns=words("separately|meanwhile|elsewhere|in other news|in a separate development|"
                "in a separate statement|on another front"),
    then_words=words("at the time|on that occasion|at that meeting|during that visit|during that meeting"),
    with_words=words("with"),
    iteratives=words("twice|three times|four times|several times|many times|repeatedly|on several occasions|"
                     "numerous times"),
    topics={
        "bilateral_relations": words("bilateral*|relations|relationship|relationships|ties|cooperation|"
                                     "cooperate|cooperating|partnership|partnerships|friendship|alliance|"
                                     "allies|ally|between the two countries|between the two nations|"
                                     "both countries|rapprochement|reconciliation|normalisation|"
                                     "normalization|diplomatic relations|embassy|embassies|visa|visas"),
        "trade_economy": words("trade|trading|economic|economy|economies|business|businesses|commerce|"
                               "commercial|tariff*|market|markets|export*|financial|finance|financing|"
                               "customs|free trade|supply chain*|budget|currency|debt|loan|loans|imf|"
                               "world bank|central bank|inflation|subsidies|protectionism|market access|"
                               "companies|rare earth*|minerals deal|economic cooperation|imports|"
                               "imported|importing|importer*"),
        "investment": words("invest|invests|investing|investment*|investor*|sovereign fund|joint venture*|"
                            "foreign direct|capital inflows|fdi|sovereign wealth fund|"
                            "sovereign wealth funds|investment fund|stake in|stakes in"),
        "energy": words("energy|oil|gas|lng|electricity|power plant*|renewable*|pipeline*|nuclear power|"
                        "nuclear energy|solar|wind power|hydrogen|coal|nord stream|opec|fuel|fuels|"
                        "refiner*|power grid|hydrocarbon*|crude"),
        "security_defense": words("security|defence|defense|military|militaries|army|armed forces|weapon*|"
                                  "arms|missile*|troops|soldiers|air defence|air defense|"
                                  "security guarantees|deterrence|navy|naval|fighter jets|f-16|f-16s|f-35|"
                                  "joint exercises|military exercises|drones|ammunition|nato|"
                                  "drug trafficking|drug cartels|cartels|fentanyl|organized crime|"
                                  "organised crime|arms trafficking"),
        "counterterrorism": words("terror*|extremis*|isis|islamic state|daesh|al-qaeda|al qaeda|jihadis*|"
                                  "militant groups|militants|radicali*"),
        "conflict_ceasefire": words("ceasefire|cease-fire|truce|war|wars|conflict|conflicts|fighting|"
                                    "invasion|invade*|escalation|de-escalation|hostilities|peace talks|"
                                    "peace process|peace|aggression|clashes|attack|attacks|offensive|"
                                    "peace deal|peace plan|hostage*|prisoner exchange|prisoners of war|"
                                    "bombardment|airstrikes|armistice|battlefield|front line|front lines|"
                                    "frontline|shelling|air strike|air strikes|airstrike|drone strikes|"
                                    "missile strikes|war crimes|peace agreement|peace accord|peace accords|"
                                    "peace negotiations|peace efforts|peace summit|peace initiative|"
                                    "peace formula|end the war|end to the war|ending the war|warring|"
                                    "belligerents|militia|militias|rebels|insurgents|insurgency|mediation|"
                                    "mediate|mediating|mediator|minsk agreements|normandy format|"
                                    "casualties|ukraine"),
        "humanitarian": words("humanitarian|aid|relief|civilians|suffering|famine|hunger|"
                              "humanitarian corridor|aid convoys|assistance|evacuation|earthquake|"
                              "earthquakes|flood|floods|flooding|disaster|disasters|natural disasters|"
                              "rescue|unrwa|red cross|red crescent|world food programme|aid deliveries|"
                              "aid workers|relief supplies|emergency aid|humanitarian situation|"
                              "displacement"),
        "reconstruction": words("reconstruction|rebuild*|recovery|early recovery"),
        "migration_refugees": words("migration|migrants|migrant|refugee*|asylum|displaced|border crossings|"
                                    "illegal immigration|immigration|immigrants|deport*|irregular migration"),
        "nuclear_nonproliferation": words("nuclear programme|nuclear program|nuclear deal|"
                                          "non-proliferation|nonproliferation|enrichment|uranium|iaea|"
                                          "nuclear file|nuclear talks|nuclear weapons|denuclearisation|"
                                          "denuclearization|nuclear sites|nuclear facilities|"
                                          "nuclear arsenal|nuclear safety|nuclear plant|"
                                          "nuclear power plant|nuclear issue|nuclear dossier|"
                                          "chemical weapons|weapons of mass destruction"),
        "climate_environment": words("climate|environment|environmental|emissions|cop28|cop29|cop30|cop27|"
                                     "cop26|green transition|global warming|carbon|deforestation|net zero|"
                                     "biodiversity|amazon rainforest"),
        "health": words("health|pandemic|covid*|coronavirus|vaccine*|epidemic|medical|hospital|hospitals|"
                        "disease*|public health|medicines"),
        "regional_situation": words("region|regional|middle east|latest developments|the situation in|"
                                    "developments in|regional issues|neighbouring|neighboring|the region|"
                                    "regional security|regional stability|gaza|west bank|sahel|"
                                    "horn of africa|balkans|caucasus|indo-pacific|korean peninsula|haiti|"
                                    "yemen|syria|sudan|libya|red sea|taliban|north korea|north korean"),
        "sovereignty_territorial_integrity": words("sovereignty|territorial integrity|unity of|"
                                                   "territorial unity|annexation|annexed|"
                                                   "occupied territories|western sahara|autonomy plan|"
                                                   "unity and territorial|territorial|territories|"
                                                   "disputed territory|disputed territories|"
                                                   "territorial dispute|territorial disputes|"
                                                   "maritime dispute|maritime disputes|territorial claims|"
                                                   "maritime claims|overlapping claims|one china|one-china|"
                                                   "taiwan|south china sea|separatist|separatists|"
                                                   "separatism|secession|self-determination|border dispute|"
                                                   "border disputes|chagos"),
        "domestic_politics_elections": words("election*|elected|re-election|re-elected|vote|voters|"
                                             "referendum|parliament*|political transition|"
                                             "transitional government|transition|constitution*|"
                                             "government formation|coup"),
        "ceremonial": words("congratulat*|condolence*|greetings|wishes|best wishes|anniversary|"
                            "national day|holiday|new year|birthday|independence day|eid|ramadan|christmas|"
                            "medal|award|condolence|sympathy|sympathies|mourning|lunar new year|nowruz|"
                            "diwali|easter|felicitations|good wishes|warm wishes|wreath|wreaths|"
                            "courtesy call"),
        "sanctions": words("sanction*|embargo|price cap|blacklist*|export controls|asset freeze|"
                           "frozen assets|restrictive measures|punitive measures|blockade|entity list"),
        "human_rights_minorities": words("human rights|minority|minorities|kurds|kurdish|women|rights of|"
                                         "freedoms|political prisoners|rule of law|dissident*|"
                                         "press freedom|detained|wrongfully detained|uyghur*|uighur*|"
                                         "tibet*|rohingya|lgbt*|civil liberties|civil society|repression|"
                                         "crackdown|torture|persecution|religious freedom|"
                                         "freedom of expression|freedom of speech|freedom of religion|"
                                         "fundamental freedoms|indigenous|discrimination|racism|"
                                         "death penalty|political prisoner|arbitrary detention|activists|"
                                         "human rights defenders|prisoners of conscience"),
        "multilateral_diplomacy": words("united nations|un security council|security council|multilateral*|"
                                        "g7|brics|european union|african union|arab league|apec|asean|"
                                        "sco|shanghai cooperation organisation|gcc|eu presidency|"
                                        "international community|commonwealth|osce|wto|un charter|"
                                        "presidency of the eu|global governance|un reform|"
                                        "international organisations|international organizations|"
                                        "trilateral summit|normandy format|astana format|astana process"),
        "infrastructure_transport": words("infrastructure|transport|transportation|railway|railways|rail|"
                                          "port|ports|shipping|navigation|road|roads|airports|corridor|"
                                          "corridors|maritime|highway*|bridges|high-speed|logistics|"
                                          "connectivity"),
        "food_agriculture": words("food|agricultur*|grain|grains|wheat|fertili*|farm|farmers|farming|"
                                  "food security|crops|cereal*|rice|grain deal|grain corridor|fisheries|"
                                  "fishery|fishing|livestock|beef|pork|poultry|soybean|soybeans|soy|maize|"
                                  "corn|dairy|agri-food|agribusiness|agrifood|fruit|fruits|food supplies|"
                                  "food prices|food exports|agricultural products"),
        "technology": words("technology|technologies|technological|digital|artificial intelligence|ai|"
                            "semiconductor*|chips|cyber*|innovation|innovative|space|satellite*|telecom*|"
                            "5g|quantum"),
        "culture_education_tourism": words("culture|cultural|education|educational|tourism|tourist*|"
                                           "universities|university|sport|heritage|people-to-people|"
                                           "scholarship*|exchange programmes|football|olympic*"),
    },
    # where the host received his guest: "spoke with Putin at the Kremlin" is a meeting
    seats={**mapping("USA", "at the white house|in the white house|to the white house|in the oval office|"
                            "at the oval office"),
           **mapping("RUS", "at the kremlin|in the kremlin|to the kremlin"),
           **mapping("GBR", "at downing street|in downing street|to downing street|at 10 downing street"),
           **mapping("ESP", "at the moncloa|at the moncloa palace"),
           **mapping("ARG", "at the casa rosada"),
           **mapping("BRA", "at the planalto|at the planalto palace|at the alvorada palace"),
           **mapping("CHN", "in the great hall of the people|at the great hall of the people")},
    places={"sahel": "Sahel", "red sea": "Red Sea", "gaza": "Gaza", "gaza strip": "Gaza",
            "west bank": "West Bank", "latin america": "Latin America", "middle east": "Middle East",
            "aleppo": "Aleppo", "donbas": "Donbas", "crimea": "Crimea", "kashmir": "Kashmir",
            "nagorno-karabakh": "Nagorno-Karabakh", "strait of hormuz": "Strait of Hormuz",
            "black sea": "Black Sea", "persian gulf": "Persian Gulf", "taiwan strait": "Taiwan Strait",
            "jerusalem": "Jerusalem", "darfur": "Darfur", "idlib": "Idlib", "sanaa": "Sanaa",
            "kherson": "Kherson", "zaporizhzhia": "Zaporizhzhia", "sinai": "Sinai", "golan": "Golan"},
    regions=words("latin america|south america|central america"),
)
