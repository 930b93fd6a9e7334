"""Per-language word lists the extractor reads: titles, contact cues, markers, dates and topic keywords.

Each language module defines one `LEXICON`. Phrases are written as a reader would type them; they are
folded (case, diacritics, letter variants) when the extractor builds its index. A trailing "*" makes the
last word a prefix, for languages whose words inflect (Arabic, Russian, Turkish, German).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from graph.models import Role

V = TypeVar("V")


@dataclass(frozen=True)
class Lexicon:
    """The words of one language that the extractor needs; every field is optional."""

    lang: str
    # the other ISO 639-1 codes whose texts this lexicon reads (Croatian "hr", Bosnian "bs" and Serbian "sr"
    # for the "sh" lexicon): a document marked so is read as one of lang's
    also: tuple[str, ...] = ()
    # a table (str.translate) that brings a text of the language written in its other script into the
    # lexicon's, letter for letter so that offsets hold (Serbian Cyrillic to Latin)
    transliteration: dict[int, str] = field(default_factory=dict)
    # the country whose offices a bare title names in this language's press ("رئیس‌جمهور" alone is Iran's
    # president in Persian): set only where one country's press dominates the language
    home: str | None = None
    # words that show a text comes from another country's press of the language (Dutch "Wetstraat",
    # "federale regering", "(Belga)": a Flemish outlet): word -> that country, whose offices a bare title
    # then names instead of home's ("de premier" is Belgium's prime minister in De Standaard)
    home_markers: dict[str, str] = field(default_factory=dict)
    # the marks tell words apart (Vietnamese: "thăm", visit, is not "tham" of "tham gia"; "sẽ", will, not
    # "sẻ" of "chia sẻ"): the lexicon's phrases are keyed with their vowel letters and tones, as the words of
    # a text in the language are (tokens.fold_phrase, graph.text.vietnamese_key); names stay folded bare
    tones: bool = False
    # the verb comes last in a clause (Turkish, Persian): a leader's cue is the one after it
    verb_final: bool = False
    # names take case endings (Russian, Ukrainian, Polish): a surname right after another's is another man
    # ("Під час зустрічі з Туском Зеленський"), a one-word name a full one
    names_inflect: bool = False
    # the case forms the language gives a foreign name, given first ("Andrzej Duda" -> Czech "Andrzejem
    # Dudou"; "Karl Nehammer" -> Hungarian "Karl Nehammerrel"): every leader's English names and surname are
    # read in them, in this language's texts only (the gazetteer writes the cases of a few leaders by hand;
    # the rest were read in the nominative)
    name_cases: Callable[[str], list[str]] | None = None
    # every noun is written with a capital (German): a capital makes no word a name, a lower-case word right
    # after a surname is a verb, a capitalized cue no document's name
    nouns_capitalized: bool = False
    # the press closes a time adverbial with a comma that ends no clause (Japanese "XとYは15日、アラスカで
    # …会談した": the subjects before it are the verb's at the end)
    time_comma: bool = False
    # the press writes the weekday in brackets after a day word (Hebrew "אתמול (חמישי)"): the bracket closes
    # no clause
    weekday_brackets: bool = False
    # one-word postpositions that give the noun before them its role in the clause (Hindi "ने", the subject
    # of a past verb; "से", "को"): a surname alone right before one acts in the sentence (rules._backed)
    case_markers: tuple[str, ...] = ()
    # the case markers among them that make the noun before them a verb-final clause's partner (Hindi "से",
    # with; "को", to): a leader so marked, whose own cue follows, talked with the subject, not with a leader
    # in the next clause (pairing._partner_then_own_cue)
    partner_marks: tuple[str, ...] = ()
    # genitive postpositions after the possessor (Hindi "का/की/के", Urdu "کا/کی/کے"): a leader right before one
    # whose noun, the word after it, is no word the extractor knows only complements that noun ("صدر ٹرمپ کے
    # بیان کا خیرمقدم کیا", welcomed President Trump's statement), as a leader after a prepositional genitive
    # does; and the particle, a filler, joins a country to the title after it ("रूस के राष्ट्रपति") but closes
    # a named person before it (mentions.Grammar)
    genitives_after: tuple[str, ...] = ()
    # verbs of taking an office right after a bare title make it the office, not its holder (Hindi "दोबारा
    # राष्ट्रपति चुने जाने पर बधाई", congratulations on being re-elected president; Urdu "وزیر اعظم منتخب ہونے پر")
    office_taken: tuple[str, ...] = ()
    # nouns of places and things named after a person, before his title in a construct ("مطار الملك خالد",
    # King Khalid airport; "فرودگاه امام خمینی"): the title names no one acting in the sentence
    named_after: tuple[str, ...] = ()
    # an airport's noun right before or after a person's name, an "international" between ("l'aéroport
    # international Félix Houphouët-Boigny", "King Abdulaziz International Airport"): the name is the
    # airport's, no one acting in the sentence (a past leader's name, or a leader's surname, on an undated
    # page)
    airports: tuple[str, ...] = ()
    airports_after: tuple[str, ...] = ()
    # the beginning of the word "international", which may stand between an airport's noun and its name
    internationals: tuple[str, ...] = ()
    # kin right before a leader in a construct or the genitive ("عقيلة الرئيس", "супругу президента", "همسر
    # رئیس‌جمهور"): the relative is the person meant
    kin: tuple[str, ...] = ()
    # the first word of a photo caption's bracket ("(hier mit X und Y)", "(pictured with X)"): the leaders
    # inside are who the picture shows, no partners of the sentence's contact
    pictured: tuple[str, ...] = ()
    # an uncased script whose clause runs subject, verb, object (Hebrew "נתניהו נפגש עם ארדואן"): a surname
    # alone right before a cue is its subject, one right after a with-word or a cue verb its partner
    bare_subjects: bool = False
    # postpositions marking a verb-final clause's definite object (Persian «را»): with bare_subjects, a
    # surname alone right before one is the object of the clause's verb (one after a with-word its partner)
    object_markers: tuple[str, ...] = ()
    # the negation closes its clause before the last verb even in main clauses ("Ein Termin für ein
    # Gespräch zwischen X und Y wurde nicht genannt"): it reaches back to a cue anywhere in the clause
    late_negation: bool = False
    # the negation opens the verb's whole phrase, its "with X" before the verb included (Chinese
    # "没有同X会面"): it reaches forward to a cue anywhere in its clause
    early_negation: bool = False
    # particles that make what stands before them a noun's modifier (Chinese "的": "同普京通话的情况", the
    # details of the call with Putin): a cue before one, beside the sentence's own verb cue, is no contact
    # of the sentence
    noun_markers: tuple[str, ...] = ()
    # a readout's paragraphs after the contact open with one of its leaders and a speech verb and tell what
    # he said in it (Xinhua: "习近平指出，…", "马克龙表示，…"): their topic words count as the contact's own
    speech_follows: bool = False
    # a dated visit to a country whose leader the sentence does not name met that country's head of state
    # ("2019年，习近平对朝鲜进行国事访问": the Chinese press names the host country, the readout the talks)
    visits_meet_host: bool = False
    # the time and place of a clause stand between its subject and its verb ("两人曾于2019年9月在休斯敦
    # 共同出席"): a joint act's subjects may stand anywhere before it in its clause
    adverbials_first: bool = False
    # a country's name that is also another country's capital, written alike ("عمان": Oman, and Amman
    # without its vowel marks): word -> that capital's country; a text that names the capital's country
    # and no other form of the first means the capital
    homographs: dict[str, str] = field(default_factory=dict)
    # subordinators are postpositions that close the clause before them (Turkish "görüşmenin ardından",
    # "görüştükten sonra"): what they govern precedes them
    subordinators_follow: bool = False
    # "president" -> the kind of title (gazetteer TITLE_KINDS: president, prime_minister, chancellor,
    # monarch, supreme_leader); None for "leader", which names whoever leads the country
    titles: dict[str, str | None] = field(default_factory=dict)
    # plural or dual titles: "the Turkish and French presidents", "الرئيسين التركي والفرنسي"
    plural_titles: dict[str, str | None] = field(default_factory=dict)
    # titles that name one office of an international body: "UN Secretary-General" -> UN
    org_titles: dict[str, str] = field(default_factory=dict)
    # titles that carry their country: "Bundeskanzler" -> (DEU, head of government)
    country_titles: dict[str, tuple[str, Role]] = field(default_factory=dict)
    # words that make a named person a non-leader: ministers, spokesmen, envoys, deputies, governors
    ministers: tuple[str, ...] = ()
    # "his French counterpart": the word for counterpart
    counterparts: tuple[str, ...] = ()
    # "the two leaders", "both sides": refer back to the pair last in contact; more are made of a head
    # ("the two", "both") and a plural noun ("leaders", "presidents", "men"); "the three leaders" of a group
    # head with its size; ready-made group phrases ("القادة الثلاثة")
    pair_refs: tuple[str, ...] = ()
    pair_heads: tuple[str, ...] = ()
    # plural possessives before a contact noun refer to the pair too: "their last meeting", "leur premier
    # échange téléphonique", "их встреча" (only right before the noun: see rules)
    pair_possessives: tuple[str, ...] = ()
    # a contact noun with the pair's possessive in one phrase (Arabic "لقاؤهما", Hebrew "פגישתם", Greek
    # "συνάντησή τους", Persian "دیدار قبلی آنها"): both the pair and the cue it holds (and a last-time word
    # it holds); nothing else in the sentence names the pair ("their previous meeting was in April")
    pair_nouns: tuple[str, ...] = ()
    ref_nouns: tuple[str, ...] = ()
    group_heads: dict[str, int] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)
    # "the leaders", "سران" with no number: the leaders of the last meeting of three or more
    group_refs: tuple[str, ...] = ()
    # subject pronouns that open a sentence about the leader last in focus; object pronouns ("him") name
    # someone other than the leader the sentence names; plural ones ("they") the pair last in contact
    pronouns: tuple[str, ...] = ()
    object_pronouns: tuple[str, ...] = ()
    # object clitics that stand right before their verb or its auxiliary ("lo recibió", "l'a accueilli",
    # "lo aveva accolto"): words that are also articles, read as the pronoun only there (rules._clitic_object)
    clitics: tuple[str, ...] = ()
    clitic_auxiliaries: tuple[str, ...] = ()
    # object pronouns that stand right after their verb and are also possessives or articles (Russian "принял
    # его", Portuguese "recebeu-o"): the pronoun only there, before no noun (rules._clitic_object)
    clitics_after: tuple[str, ...] = ()
    # the plural ones ("li ha accolti", "les a reçus"): the group the story follows
    plural_clitics: tuple[str, ...] = ()
    # the endings (as written) of a finite verb a clitic may lead with no auxiliary ("lo recibió"); other
    # words after "lo", "la" are nouns after their article ("la visita")
    clitic_endings: tuple[str, ...] = ()
    # pronouns that differ from an article only by their accent, which folding drops (Spanish "él", "el"):
    # as written; a reference word ending in its folded form is the pronoun only where the accent is written
    accented_pronouns: tuple[str, ...] = ()
    plural_pronouns: tuple[str, ...] = ()
    # the pluperfect's plural auxiliaries where a subject may be left out ("habían", "avevano", "tinham"): a
    # clause opening with one, in a sentence naming nobody, is the pair's (rules._dropped_they)
    plural_auxiliaries: tuple[str, ...] = ()
    # the pronouns above whose word tells the gender of whom it stands for ("she", "elle", "она"; "he",
    # "il", "он"): a gendered pronoun prefers a leader of its gender (pairing.Discourse.target). Only
    # unambiguous forms: not German "sie" (also "they"), Dutch "zij" (also "they"), Korean "그" (either).
    # Not phrases of the vocabulary: compared with a pronoun's written form when it is resolved
    feminine: tuple[str, ...] = ()
    masculine: tuple[str, ...] = ()
    # indefinite words before a title: "an Australian leader" is nobody in particular; so is a title after
    # "as" ("als Regierungschefin")
    indefinites: tuple[str, ...] = ()
    predicatives: tuple[str, ...] = ()
    # an ordinal right before a title makes it a rank, no one person: "le premier chef d'État à lui parler"
    # ("the first head of state to ..."), where a bare title would otherwise stand for the home country's
    ranking_ordinals: tuple[str, ...] = ()
    # words that put a titled person out of office: "president-elect", "designate", "former"
    elect: tuple[str, ...] = ()
    # closed-class words that are never a name in this language's texts (Italian "si" is not Xi, Turkish
    # "dan" not Dan)
    stopwords: tuple[str, ...] = ()
    # adverbs that may stand inside a compound verb without breaking the cue ("s'étaient déjà rencontrés")
    inserts: tuple[str, ...] = ()
    # contact cues by mode; "talk" cues are generic (talks, discussed) and take their mode from elsewhere
    phone: tuple[str, ...] = ()
    video: tuple[str, ...] = ()
    written: tuple[str, ...] = ()
    # congratulations and condolences: a message unless the text says how they were given
    greeting: tuple[str, ...] = ()
    in_person: tuple[str, ...] = ()
    talk: tuple[str, ...] = ()
    # "spoke with", "talked": a call unless the text says they met
    spoke: tuple[str, ...] = ()
    # verbs whose particle closes the clause (German "kam ... zusammen", "rief ... an"): particle ->
    # ("|"-separated verb forms, the cue field whose mode and weight the pair takes)
    split_cues: dict[str, tuple[str, str]] = field(default_factory=dict)
    # verbs whose particle or preposition stands inside the clause, before the partner, with an adverbial
    # or the subject between (Swedish "tog i onsdags emot X", "tog Biden emot X"; Czech "jednal ve čtvrtek
    # v Pekingu s X"): particle -> ("|"-separated verb forms, the cue field); read when the verb stands a few
    # words before it in its clause (next to it, the lexicon's own phrase reads it)
    split_inner: dict[str, tuple[str, str]] = field(default_factory=dict)
    # plural words of a round-up of messages ("congratulatory messages", "برقيات", "world leaders")
    roundup: tuple[str, ...] = ()
    # phrases that look like cues but are not ("called for", "so-called")
    not_cues: tuple[str, ...] = ()
    # not-cues that are a receiving verb and an article ("received the" a letter): before a title, no
    # possessive after it, they are the verb's cue ("received the Italian leader", parsed._title_object)
    title_objects: tuple[str, ...] = ()
    # cue verbs that are a contact only with a person right after them ("called X", not "called it
    # provocative")
    object_cues: tuple[str, ...] = ()
    # words that say the next leader started the contact ("received a call from X")
    from_words: tuple[str, ...] = ()
    # the particle of a noun's complement ("the enthronement of Emperor X", "la investidura de X"): a
    # leader after one, behind a word that is no cue, title or other known word, is no participant
    genitives: tuple[str, ...] = ()
    # "in the presence of X": X looked on, and is no party to the contact
    presence: tuple[str, ...] = ()
    # "a trilateral meeting of X, Y and Z": every leader named met every other
    trilateral: tuple[str, ...] = ()
    # "talks between X and Y": leaders listed after it met one another (not only a third one)
    between: tuple[str, ...] = ()
    # "they last met in May": a dated contact before the one the report is about
    last_time: tuple[str, ...] = ()
    # "vi era tornato", "y était retourné", "returned there": a return visit, a second act of the pair the
    # sentence has just told, after "and" (also listed among the visit and in-person cues)
    returns: tuple[str, ...] = ()
    # "second", "deuxième", "secondo" before a contact noun: "the second meeting between the two" tells an
    # earlier first one, which "the first" opening the next sentence dates ("Il primo era avvenuto il 18
    # maggio")
    ordinals: tuple[str, ...] = ()
    # "second" (and the higher ordinals, count_higher) as rules._counted_earlier reads it, before the contact
    # noun ("their second call", Arabic "ثاني اتصال") and after it ("الاتصال الثاني"). Italian "secondo"
    # (according to) and Portuguese "segunda" and "quarta" (Monday, Wednesday) are left out.
    count_ordinals: tuple[str, ...] = ()
    count_ordinals_after: tuple[str, ...] = ()
    # the higher ordinals among them ("third", "fourth"): they tell an earlier contact only within a period
    # the sentence names, which dates it ("their third meeting this year": the gold lists one that year);
    # with none ("the third meeting between the two") the earlier ones count only where the text names them
    count_higher: tuple[str, ...] = ()
    # possessives of the two leaders right before an ordinal ("their second call", "su segunda llamada"): the
    # count is the pair's (rules._counted_earlier)
    count_owners: tuple[str, ...] = ()
    # "at the time", "тогда", "à cette occasion": the sentence is about the contact stated just before,
    # on its day ("They last met in October. At the time they held three hours of talks")
    then_words: tuple[str, ...] = ()
    # "also", "également": talks the pair "also" held are the contact just stated, whatever date the
    # sentence names ("they also discussed the accords signed on 22 July")
    additives: tuple[str, ...] = ()
    # "separately", "meanwhile", "한편", "öte yandan" opening a sentence: the report turns from the contact
    # it was telling to another matter (contacts._continuing stops there)
    turns: tuple[str, ...] = ()
    # "during", "au cours de": what the sentence tells happened in the contact named next ("during the
    # meeting the two held on Monday", "au cours de leur entretien"), whoever stands far from it
    during: tuple[str, ...] = ()
    # "urged ... to talk with", "instó a hablar con": a contact one leader asks of another, not one held
    urges: tuple[str, ...] = ()
    # "if", "si", "wenn", "если": a contact in the clause such a word opens is supposed, not told as held
    conditionals: tuple[str, ...] = ()
    # "reportedly", "aurait parlé", "якобы": a contact others say took place, which the text does not assert
    # (read as an exclusion is, in the cue's clause)
    hearsay: tuple[str, ...] = ()
    # "even if", "même si", "auch wenn", "si bien": the same word in a concession, which tells what it says
    # (matched as the longer phrase, it hides the conditional inside it)
    concessives: tuple[str, ...] = ()
    # "convened by", "convoquée par": the leader who called another meeting, no partner of the sentence's
    organizers: tuple[str, ...] = ()
    # "who succeeded X", "que sucedeu a X", "the inauguration of X", "dall'insediamento del nuovo presidente":
    # the leader replaced in office or sworn in, no partner of the sentence's
    successions: tuple[str, ...] = ()
    # a calling verb and the preposition after its object that make it an appeal, not a call ("a appelé son
    # homologue à un geste de clémence"): verb form, then the preposition
    appeals: tuple[str, ...] = ()
    # future marks that modify the noun right after them, no plan ("歓迎する晩さん会", a dinner welcoming)
    attributive: tuple[str, ...] = ()
    # visit words that carry where they go ("来华", "訪日": to China, to Japan) -> the country's ISO3 code
    visit_destinations: dict[str, str] = field(default_factory=dict)
    # "on social media", "sur les réseaux sociaux": words posted for everyone, no message to a leader the
    # sentence does not name
    public_posts: tuple[str, ...] = ()
    # "met with": the partner follows; "a meeting with students" names no leader partner
    with_words: tuple[str, ...] = ()
    # "they had met three times": several undated meetings, none of them a contact we can date
    iteratives: tuple[str, ...] = ()
    receive_words: tuple[str, ...] = ()
    # "the reply to X's letter" (Urdu "کا جواب"): a letter told as an answer is another letter than the one it
    # answers, which the text may tell beside it
    replies: tuple[str, ...] = ()
    # verbs of placing a call: the first leader named is the caller ("X called Y", "أجرى X اتصالا")
    caller_words: tuple[str, ...] = ()
    # "at the initiative of"
    initiative: tuple[str, ...] = ()
    # markers of a future, announced or agreed contact; future suffixes inside a verb (Turkish "-ecek"),
    # or at its end when written with a hyphen (the infinitive "-mek")
    planned: tuple[str, ...] = ()
    # "it is planned that" ("من المقرر أن", "قرار است"): everything after it in the sentence is planned
    planned_sentence: tuple[str, ...] = ()
    future_affixes: tuple[str, ...] = ()
    # the endings of the future tense as written, accents kept ("-rá": "concluirá"): a lower-case word
    # ending so is a future marker, whatever the verb (the lists above name the cue verbs only)
    future_endings: tuple[str, ...] = ()
    # words that open a relative clause right after a comma when a lower-case word follows (German ", der
    # im März aus dem Amt scheiden soll"), but are articles elsewhere (", der Kanzler")
    comma_relatives: tuple[str, ...] = ()
    # present-tense forms of the meeting verbs that are no participle or noun ("trifft", "reçoit",
    # "meets"): a report tells a past contact in a past tense, so one in the present dated to another
    # weekday ("Am Montag trifft sie Herzog", "Macron reçoit lundi") is announced
    present: tuple[str, ...] = ()
    # parts of the day that place a present-tense contact in a day's programme ("am Nachmittag trifft X
    # Y", "zum Abendessen empfängt sie Z"): news tell a held contact in a past tense, so such a one is to come
    dayparts: tuple[str, ...] = ()
    # the beginnings of the plan words that are adjectives ("upcoming", "prochain", "предстоящ"): where one
    # qualifies a contact or summit noun ("discussed the upcoming summit") it plans that noun only, not a
    # held call before it in the clause
    plan_adjectives: tuple[str, ...] = ()
    # conjunctions of a time clause whose present tense tells the future after a future main clause ("she
    # will meet Biden when they visit London": the visit is to come)
    future_clauses: tuple[str, ...] = ()
    # negation suffixes inside a cue verb (Turkish "görüşmedi")
    negative_affixes: tuple[str, ...] = ()
    # negation near a cue ("did not meet"); denials anywhere in the sentence ("no call is planned")
    negation: tuple[str, ...] = ()
    denial: tuple[str, ...] = ()
    # a contact ruled out ("remains out of the question", "reste exclue"): negates the cues of its clause
    exclusions: tuple[str, ...] = ()
    # words that bring a leader into the last contact ("joined the talks", "a trilateral meeting")
    joins: tuple[str, ...] = ()
    # words that make a contact a visit or a summit side meeting
    visit: tuple[str, ...] = ()
    summit: tuple[str, ...] = ()
    # words allowed between a title and its country: "President of the Republic of France"
    fillers: tuple[str, ...] = ()
    # words opening a relative clause (who, which, الذي: the leader before it is what it is about) or a
    # subordinate one (after, while, بعد): a date inside either is not the contact's date
    relative: tuple[str, ...] = ()
    subordinators: tuple[str, ...] = ()
    # subordinators that open a clause with an infinitive or a gerund, whose subject is the main clause's
    # ("avant de poursuivre les discussions avec X", "after holding talks with X"); also listed above
    subjectless: tuple[str, ...] = ()
    # "together with", "accompanied by": after a visit word, the leaders named next travel with its subject
    # ("è tornata a Tunisi insieme alla presidente della Commissione"), they did not meet one another
    companions: tuple[str, ...] = ()
    # definite articles: "after the talks with Xi" with no date of its own is the pair's talks already told
    definites: tuple[str, ...] = ()
    # "the delegation included X, Y and Z": after a meeting of one leader with unnamed heads of state
    # ("met with heads of state of African countries"), the leaders listed next are the ones he met
    members: tuple[str, ...] = ()
    # relative words of place ("where", "donde", "حيث"): the clause's subject is the leader before it
    place_relatives: tuple[str, ...] = ()
    # words opening a clause that says when ("in March, when the two leaders spoke by video"): right after a
    # date, the clause happened on that date
    time_relatives: tuple[str, ...] = ()
    # acts two people do together ("opened", "struck a deal"): a meeting only when two leaders are their
    # listed subjects, the last right before the verb ("X and Y opened the building", "he and X sealed")
    joint_acts: tuple[str, ...] = ()
    # a press conference given together ("joint press conference", "conférence de presse commune"): a
    # meeting of the two leaders the sentence names, no one else's ("At a joint press conference, X said")
    joint_press: tuple[str, ...] = ()
    # months (1-12), weekdays (0 = Monday), relative days (offset from the reference day)
    months: dict[str, int] = field(default_factory=dict)
    # Solar Hijri (Persian calendar) months, 1-12 from Farvardin
    solar_months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    # a day word that counts back in a past clause and forward in a future one (Hindi "कल", yesterday and
    # tomorrow; "परसों"): word -> its offset in the past, mirrored for a planned contact
    two_way_days: dict[str, int] = field(default_factory=dict)
    # "last year" -> -1, "last month" -> -1: offsets in years and in months from the reference day
    relative_years: dict[str, int] = field(default_factory=dict)
    relative_months: dict[str, int] = field(default_factory=dict)
    # words that put an explicit date in the past or future ("last July", "الماضي")
    past: tuple[str, ...] = ()
    # words before a month named alone that make it a date: prepositions and qualifiers ("in", "early",
    # "fin", "mediados de", "в начале", "مطلع"); words after one ("ayında", "ماه", "başında")
    month_leads: tuple[str, ...] = ()
    month_tails: tuple[str, ...] = ()
    # the part of a month a lead names (Persian "اوایل", early -> 5, "اواسط" -> 15, "اواخر", late -> 25): a
    # Solar Hijri month straddles two Gregorian ones, and is dated to the Gregorian month of that day
    month_parts: dict[str, int] = field(default_factory=dict)
    # words right before a day and month written with a slash ("sáng 15/4", "hôm 18/3", "ngày 20/6/2024": the
    # Vietnamese press): after one "15/4" is the 15th of April, no fraction or score
    day_leads: tuple[str, ...] = ()
    # words before a day of the month told without its month ("el pasado día 11", "no dia 13") and after one
    # ("στις 13 του μήνα", "ב-7 לחודש", "في 12 من الشهر الجاري"): the reference day's month's, or the one
    # before when that lies ahead
    day_alone_leads: tuple[str, ...] = ()
    day_alone_tails: tuple[str, ...] = ()
    # "two months ago", "три недели назад", "hace dos meses", "לפני שבועיים": a time counted back from the
    # reference day. units_ago: a unit and its "ago" after a count ("months ago" -> 30); ago_leads: "ago"
    # before the count ("il y a", "hace", "vor", "לפני"), time_units the units after it, single_units those
    # told without a count (Hebrew and Arabic duals: "שבועיים", "شهرين" -> 14, 60). A unit's value is its days
    # (7 a week, 30 a month, 365 a year): a day counted back is a day, weeks and months give the month
    units_ago: dict[str, int] = field(default_factory=dict)
    ago_leads: tuple[str, ...] = ()
    time_units: dict[str, int] = field(default_factory=dict)
    single_units: dict[str, int] = field(default_factory=dict)
    # what makes such a count back count from an event the text names, not from the reference day: a
    # "from" right before the count (Urdu "سے", Hindi "से", Japanese "の": "選挙の2週間前", two weeks before
    # the election) or right after it (Persian "قبل از", Arabic "قبل أسبوعين من"); and an "ago" word that is a
    # postposition governing a case (Turkish "önce" takes the ablative: "seçimlerden iki hafta önce", two
    # weeks before the elections) -> the endings of that case on the word before the count
    counts_from_before: tuple[str, ...] = ()
    counts_from_after: tuple[str, ...] = ()
    counts_from_cases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # phrases that hold a date word and are none ("同日本", with Japan, holds "同日", the same day): they
    # hide it
    not_dates: tuple[str, ...] = ()
    # words after which a date is the moment just stated on another time zone's clock ("7日（日本時間8日
    # 未明）"): it dates nothing
    other_zones: tuple[str, ...] = ()
    # words before or after a year named alone ("in 2022", "en 2022", "в 2022 году", "2022'de", "عام 2022")
    year_leads: tuple[str, ...] = ()
    year_tails: tuple[str, ...] = ()
    # number words (1-10) for "two days later"
    numbers: dict[str, int] = field(default_factory=dict)
    # ordinal words for a day of the month before its month ("اول آذر", "primeiro de maio")
    day_ordinals: dict[str, int] = field(default_factory=dict)
    # nouns an ordinal after them counts, so that it is no day ("الأسبوع الثاني من أبريل": the second week)
    ordinal_heads: tuple[str, ...] = ()
    # a month with a case ending that makes it a date alone, as "in July" does (Turkish "temmuzda")
    months_alone: dict[str, int] = field(default_factory=dict)
    # months written short, read only right after a day number: the agencies' datelines ("Pekín, 4 dic
    # (EFE).-", "ROMA, 12 GEN -"); alone most are other words ("mar", the sea; "set", "out")
    day_months: dict[str, int] = field(default_factory=dict)
    # days counted from the day the narrative is at ("the next day" +1, "la veille" -1), and the units
    # after a number that do the same ("days later" +1, "days earlier" -1) or count back from the
    # publication day ("days ago")
    anchored_days: dict[str, int] = field(default_factory=dict)
    # days counted from the report's own day, the lead's, even after the narrative has gone back to a
    # background day (Korean "이날", this day: the press's word for the day of the news; a day told before
    # is "당시", "그날")
    lead_days: dict[str, int] = field(default_factory=dict)
    day_units: dict[str, int] = field(default_factory=dict)
    # day units counted from an event named right after them ("a day after holding talks with X",
    # "um dia depois de ter sido recebido"): a contact inside that event is N days before the main one
    event_units: dict[str, int] = field(default_factory=dict)
    # the same with no number, the event's name right after ("au lendemain de son entretien avec X", "on
    # the eve of"): +1 the day after it, -1 the day before
    event_days: dict[str, int] = field(default_factory=dict)
    day_units_ago: tuple[str, ...] = ()
    # "last week" -> -1: a week's offset, kept at month precision
    relative_weeks: dict[str, int] = field(default_factory=dict)
    # the last season gone by ("last autumn", "im vergangenen Herbst") -> its middle month: dated to the year
    # it fell in (the season is no month)
    past_seasons: dict[str, int] = field(default_factory=dict)
    # lunar Hijri months (1-12 from Muharram), read with a Hijri year or era mark ("١٤٤٦ هـ")
    hijri_months: dict[str, int] = field(default_factory=dict)
    hijri_marks: tuple[str, ...] = ()
    # words that open another clause: a date across one from the cue belongs to another event
    # ("said on Friday that he had written ...", "after the attack of October 7")
    complementizers: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    # a sentence that opens by restating the contact just told ("It was the first ... of the two leaders",
    # "Это был первый разговор"): with no date of its own it is that contact, its mode too
    restating: tuple[str, ...] = ()
    # quantifiers right after a plural reference ("the leaders of several other countries", "лидерами
    # нескольких других стран"): a group the text never named
    quantifiers: tuple[str, ...] = ()
    # words that say a leader has died ("the late", "скончавшегося"): a date right after one ("умершего
    # в понедельник президента") is the death's, not a contact's
    deceased: tuple[str, ...] = ()
    # a death named as what a message is about ("condolences over the death of X", "в связи с кончиной X"):
    # the leader right after it died, he is no party
    deaths: tuple[str, ...] = ()
    # past participles of acts done to a thing ("signed", "reached", "restitués"): right after the thing's
    # noun ("the agreement signed in March", "l'accord conclu en mars") they open a reduced relative clause,
    # and the date in it is that act's, not the contact's the sentence tells (when.done_date)
    done_participles: tuple[str, ...] = ()
    # "took place", "was held": in a clause after the contact's noun ("the video call, which took place
    # yesterday, lasted two hours") its date is the contact's (when._took_place_date)
    took_place: tuple[str, ...] = ()
    # where such a participle stands before its noun, the date before it (German "das im März
    # unterzeichnete Abkommen"): the articles that open the noun phrase holding the date and the participle
    done_articles: tuple[str, ...] = ()
    # words right after a leader and his case suffix that make him no party, where the language puts them
    # after the noun: Turkish "Macron'un ardından" (after Macron: a time), "Hamaney'e rahmet" (mercy upon
    # Khamenei: he died) (rules._set_aside_after)
    asides_after: tuple[str, ...] = ()
    # participles of gathering that describe the plural noun right before them ("les chefs d'Etat réunis"):
    # who was in the room, no meeting of those leaders (rules._gathered)
    gathered: tuple[str, ...] = ()
    # verbs whose plural subject met one another ("se sont vus", "встретились"): the leaders of one plural
    # title did, even with a host or mediator named beside them ("... se sont vus, réunis par l'émir")
    reciprocals: tuple[str, ...] = ()
    # adjectives of possibility right before or after a contact noun make it a contact that may be held, no
    # contact held ("una posible reunión con Trump", "ein mögliches Treffen"); elsewhere in the clause they
    # say nothing of it ("habló con Trump sobre un posible acuerdo")
    possible: tuple[str, ...] = ()
    # the eve of a contact ("on the eve of his talks with X", "накануне переговоров", "عشية لقائه"): the
    # contact the phrase leads is still to come when the act the sentence tells was done (rules._eve_of);
    # eves_after are postpositions after the contact noun (Turkish "görüşmesinin arifesinde")
    eves: tuple[str, ...] = ()
    eves_after: tuple[str, ...] = ()
    # where an eve word is also an adverb ("накануне", the day before), the contact nouns in the case it
    # governs that must follow it for it to lead a contact ("накануне переговоров")
    eve_nouns: tuple[str, ...] = ()
    # an invitation is a plan of the visit it asks for, not of the call or letter it was made in: a phone,
    # video or written contact noun led by an occasion word ("during their first phone call", "bei seinem
    # ersten Telefonat") is the act's occasion, held; no invitation word makes it a plan (rules._planned).
    # occasions are single words, read from the tokens only where an invitation word stands (not matched
    # as a vocabulary kind: "in" is everywhere)
    invitations: tuple[str, ...] = ()
    occasions: tuple[str, ...] = ()
    # pronouns that refer back to a place ("in it": Arabic "فيها"): right after the verb of a relative clause
    # they make its relative word a "where" ("الرياض، التي التقى فيها أمس ولي العهد", where he met)
    place_resumptives: tuple[str, ...] = ()
    # fixed names whose words are no function words: "Oriente Próximo" (the Middle East) holds no "próximo"
    # (next, a plan word); the longer phrase covers it, and nothing reads the phrase itself
    set_phrases: tuple[str, ...] = ()
    # what opens a line that points to another article ("Read also:", "Читайте также:"): another story's
    # headline, no statement of this one's
    read_also: tuple[str, ...] = ()
    # what opens a photo caption ("Photo:", "(Foto Ansa)", "صورة:"): it repeats, it only joins a contact
    captions: tuple[str, ...] = ()
    # infinitive endings among the future affixes ("-mek": "görüşmek istiyor"): an infinitive marks a
    # plan only as the cue itself or right after it, not another verb's ("arayıp ... iptal etmek istedi")
    infinitives: tuple[str, ...] = ()
    # verbal-noun endings of a verb-final language ("görüşmesi": his meeting): a cue so formed is a subject
    # of the sentence's last verb, which tells its status ("X ile görüşmesi, ... planlanıyor": planned)
    verbal_nouns: tuple[str, ...] = ()
    # auxiliary verbs that stand second in a verb-second clause whose participle closes it ("Anfang April
    # waren die beiden ... zusammengekommen"): the pair word after one is the clause's subject
    auxiliaries: tuple[str, ...] = ()
    # "since": "their first meeting since June" says they met in June; "first" is the word that says so
    since: tuple[str, ...] = ()
    firsts: tuple[str, ...] = ()
    # the "since" words that, right before a contact word ("since their meeting in Kazan last October",
    # "depuis leur rencontre", "seit ihrem Treffen"), name that earlier contact as the pair's, "first" or
    # not (also "since" words: not the ones that also mean "from" or "after")
    since_contacts: tuple[str, ...] = ()
    # "after" right before a contact word ("a year after their encounter in Brussels in June 2021", "un año
    # después del encuentro de ambos"): that contact, dated in its phrase, is the pair's earlier one
    after_contacts: tuple[str, ...] = ()
    # topic code -> keywords
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # regions and places that are not countries, in their English form: keyword -> place
    places: dict[str, str] = field(default_factory=dict)
    # country names, demonyms and capitals of a language the gazetteer does not carry yet (Italian,
    # Portuguese), from `place_table`: phrase -> ISO3
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    # seats of government with the preposition that makes them where leaders met ("at the Kremlin", "alla
    # Casa Bianca", "im Kanzleramt"): phrase -> ISO3, places as capitals are; written without it the seat
    # speaks for its government ("the Kremlin said", "Kremlin aide Ushakov"), which is no place; a locative
    # case carries the preposition ("w Białym Domu", "у Білому домі"), and where the press writes the seat
    # bare as the meeting's place (Dutch "in het Witte Huis Trump") the source test tells the two apart
    seats: dict[str, str] = field(default_factory=dict)
    # bare titles (phrases of `titles`) that name the officeholder of the press's own country when no leader
    # the text names holds one: Italian "la premier", German "der Kanzler" (Meloni, Merz); unlike `home`,
    # a foreign holder named before keeps the title ("Il premier britannico Starmer ... Il premier ha ...")
    own_titles: dict[str, str] = field(default_factory=dict)
    # regions whose name holds a country's ("South America", "América Latina"): read as one word that names
    # no country, so "the presidents of South America" are no American president
    regions: tuple[str, ...] = ()
    # words that show a text comes from another country's press of the language (German "APA", "ÖVP",
    # "Landeshauptmann": Austria's; "SDA", "Bundesrätin", "EDA": Switzerland's): its own titles then name that
    # country's holder ("der Kanzler" is Austria's chancellor in Der Standard, "die Bundespräsidentin"
    # Switzerland's president in the NZZ)
    press_markers: dict[str, str] = field(default_factory=dict)
    # the auxiliaries of the past before the past ("aveva", "s'étaient", "se habían", "hatten", "had"),
    # single words or two ("era stata"): a contact so told, dated weeks or more before publication, is an
    # earlier one beside the report's own ("L'anno scorso, il 21 febbraio, la premier aveva incontrato
    # Zelensky")
    pluperfect: tuple[str, ...] = ()
    # where the pluperfect is a suffix (Turkish "-mişti"): the endings of the verb that closes the cue's
    # clause ("Miçotakis Erdoğan'ı telefonla arayarak başsağlığı dilemişti": an earlier call)
    pluperfect_endings: tuple[str, ...] = ()
    # modal verbs of possibility written in lower case ("may", not the month "May"): right before a verb
    # they make its contact a possibility to come ("the president may meet X at the summit"), unless a
    # perfect or a passive follows ("may have met", "it may be recalled")
    modals: tuple[str, ...] = ()
    modal_breaks: tuple[str, ...] = ()
    # the words that put a clause in the past (auxiliaries, strong preterites) and the weak preterite's
    # endings: a time clause so told after a future is no plan ("will meet X, whom he met when he came"),
    # and where a programme is announced in the present (present_programmes), a sentence with none tells
    # its contact in the present, which beside a plan of the same two leaders is that plan ("Am Nachmittag
    # trifft X mit Y zusammen" in a programme announced with "wird"); a sentence with one, right after an
    # announcement, tells an earlier contact, not the announced one (rules._past_told)
    past_forms: tuple[str, ...] = ()
    present_programmes: bool = False
    # a contact verb's preterite forms ("traf", "trafen"): a cue so told was held, whatever plan word stands
    # near it ("absolvierten das ganze Gipfel-Programm, trafen auch X")
    preterites: tuple[str, ...] = ()
    preterite_endings: tuple[str, ...] = ()
    # the purpose infinitive of a trip ("per incontrare", "to meet"): after a travel word told in the past
    # ("è volata al Cairo per incontrare al-Sisi") the meeting the trip was for, held; after a future one
    # ("volerà"), or with no travel word, it stays a plan
    purposes: tuple[str, ...] = ()


def words(text: str) -> tuple[str, ...]:
    """Split a "|"-separated list of phrases, dropping blanks."""
    return tuple(w.strip() for w in text.split("|") if w.strip())


def mapping(value: V, text: str) -> dict[str, V]:
    """Map every phrase of a "|"-separated list to one value."""
    return dict.fromkeys(words(text), value)


def place_table(text: str, inflect: Callable[[str], list[str]] | None = None,
                ) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Read "ISO3; names; demonyms; capitals" lines, the forms of a cell split by "/".

    An indented line continues the one before. inflect, for a language whose names take case endings,
    gives a name's or capital's forms ("Франція" -> "Франції", "Францією"). Return the country names,
    demonyms and capitals, each phrase -> ISO3.
    """
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    rows: list[str] = []
    for line in text.strip("\n").splitlines():
        if line[:1].isspace() and rows:
            rows[-1] += line.strip()
        elif line.strip():
            rows.append(line.strip())
    for line in rows:
        iso3, *cells = (cell.strip() for cell in line.split(";"))
        for k, (target, cell) in enumerate(zip((names, demonyms, capitals), cells, strict=False)):
            forms = [f.strip() for f in cell.split("/") if f.strip()]
            if inflect is not None and k != 1:  # demonyms are written as prefixes ("турецьк*")
                forms = [g for f in forms for g in inflect(f)]
            target.update(dict.fromkeys(forms, iso3))
    return names, demonyms, capitals


def all_lexicons() -> list[Lexicon]:
    """Return the lexicons of every supported language."""
    from ingest.extract.lexicon import (
        ar,
        az,
        bg,
        cs,
        de,
        el,
        en,
        es,
        fa,
        fr,
        he,
        hi,
        hu,
        it,
        ja,
        ko,
        nl,
        pl,
        pt,
        ro,
        ru,
        sh,
        sv,
        tr,
        uk,
        ur,
        vi,
        zh,
    )
    from ingest.extract.lexicon import id as id_

    modules = (en, ar, fr, es, ru, de, tr, fa, it, pt, uk, pl, nl, zh, ja, ko, id_, hi, ur, he,
               el, vi, ro, sv, cs, sh, hu, bg, az)
    return [m.LEXICON for m in modules]


def stemmed_words(endings: str) -> Callable[[str], tuple[str, ...]]:
    """Return a language's `words`: phrases split on "|", inner stems spelled out with its endings."""
    def split(text: str) -> tuple[str, ...]:
        return words(inner_stems(text, endings))
    return split


def inner_stems(text: str, endings: str) -> str:
    """Spell out the inner prefixes of a "|"-separated list: "спільн* брифінг*" -> "спільна брифінг*|...".

    Only the last word of a phrase may be a prefix in the index; an inner word written with "*" (a stem of
    an inflecting language) is replaced by the stem with each of the space-separated endings ("" included).
    """
    suffixes = ("", *endings.split())
    out: list[str] = []
    for phrase in words(text):
        parts = phrase.split(" ")
        forms = [""]
        for k, part in enumerate(parts):
            inner = part.endswith("*") and k < len(parts) - 1
            options = [part[:-1] + s for s in suffixes] if inner else [part]
            forms = [f"{f} {o}".strip() for f in forms for o in options]
        out.extend(forms)
    return "|".join(dict.fromkeys(out))
