"""The rule-based extractor: sentences -> leader mentions and contact cues -> dated, deduplicated contacts."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import chain
from operator import attrgetter, itemgetter

from graph.models import Contact, Document, Mode, Status
from graph.text import fold
from ingest.extract.assemble import Group as ContactGroup  # (vocab's Group is a counted reference to leaders)
from ingest.extract.assemble import Statement, group, modes_compatible
from ingest.extract.compounds import add_compounds, compound_starts, initials
from ingest.extract.contacts import About, ContactBuilder, claims_of
from ingest.extract.dates import DateExpr, DateIndex, build_date_index, resolve
from ingest.extract.gender import women_of, written_forms
from ingest.extract.grammar import Grammar
from ingest.extract.han import join_unknown_han
from ingest.extract.lexicon import Lexicon, all_lexicons
from ingest.extract.mentions import (
    Chunk,
    Context,
    Mention,
    Resolver,
    build_chunks,
    in_patronym,
    kinds_of,
)
from ingest.extract.pairing import (
    JOINS,
    LIST_WORDS,
    TOGETHER_GAP,
    TRAVELLERS,
    TRILATERAL,
    Discourse,
    Pair,
    agent_of_cue,
    contact_relative,
    decide,
    joined_between,
    listed,
    parallel,
    phrase_ends,
    runs,
)
from ingest.extract.parsed import PHRASE_BREAKERS, CueAt, OwnWords, Parsed, parse
from ingest.extract.phrases import Match, PhraseIndex
from ingest.extract.speaker import reporter
from ingest.extract.tokens import (
    Token,
    arabic_script,
    ascii_punctuation,
    cyrillic_script,
    fold_phrase,
    has_han,
    tokenize,
)
from ingest.extract.topics import NamedPlace, Topic, build_topic_index
from ingest.extract.vocab import City, Cue, Group, Name, Payload, Place, Title, Word, build_vocab, split_cues
from ingest.extract.when import (
    AGAIN_WORDS,
    CLOSING_QUOTES,
    FRAME_WORDS,
    PLACE_PREPOSITIONS,
    When,
    anchor_day,
    as_day,
    counted_from,
    event_since,
    framing_date,
    joined_date,
    lead_date,
    mid_month,
    month_days,
    narrative_date,
    period_days,
    reference,
    sentence_date,
    since_date,
    since_names,
    well_before,
)
from ingest.gazetteer import Gazetteer

# How far (in tokens) from the leaders a cue may stand and still be about them.
_CUE_REACH = 10
# The chunks (people, titles, places) of one sentence read at most. The development sets' most crowded
# sentence (1,188 reports, 2026-12-01) has 11 chunks, 10 of them people; a summit's list of every leader
# present may name twenty or more. Past 40 the sentence is hostile input: its pairs, and the work on each,
# grow as the square of its people (1,375 contacts, 12 s, from one sentence naming 400 leaders).
MAX_CHUNKS = 40
_CUE_AT = itemgetter(0)  # a cue's first token
_COUNTRIES, _FULL_NAMES = attrgetter("countries"), attrgetter("full_names")  # of a match's Kinds
_SENTENCE = attrgetter("sentence")  # a statement's sentence index
_NO_TOKENS: frozenset[int] = frozenset()
# How far the cue may stand after the leaders when nothing opens another clause between (Turkish and Persian
# put the verb last, after every adverbial).
_CLAUSE_REACH = 25
# How far (in tokens) a negation or a future marker reaches from a cue.
_NEG_BEFORE, _NEG_AFTER = 4, 2
# Where the verb comes last, its negation closes the clause ("... دیداری ... اعلام نشده است").
_NEG_FINAL = 15
_PLAN_BEFORE, _PLAN_AFTER = 6, 8
_COMMAS = frozenset(",،")  # Latin and Arabic
# How far a plan marker after a cue may stand before a later cue it leads ("pourront se rencontrer", "la
# possibilité de se rencontrer"): that cue's, not the first one's.
_PLAN_LEADS = 4
_PLAN_CLAUSE = 20
# How many words (a possessive, an article) may stand between an eve phrase and the contact it leads ("on the
# eve of his talks"); phrases of a word that is also an adverb name their noun ("накануне переговоров").
_EVE_GAP = 2
# How far a future marker reaches across a list of people with their titles: a German modal or auxiliary in
# second place to the infinitive that closes its clause ("wollen X (CDU), Frankreichs Präsident Y und
# Großbritanniens Premier Z am Abend mit Trump telefonieren"), an English future to the time clause after
# its list ("will meet X, Y and Z when they visit")
_PLAN_LISTED = 32
# how far after "when" a time clause's verb stands ("when the two leaders meet")
_CLAUSE_LEAD = 5
# How far a conditional word reaches into its clause: "if the French and German leaders meet".
_IF_REACH = 8
# How many words (a possessive, "first") may stand between an occasion word and its call noun ("bei seinem
# ersten Telefonat"), and the modes of a contact an invitation can be made in.
_OCCASION_REACH = 3
_MEDIA = frozenset({"phone", "video", "written"})
# How many words may stand between a visit word and the country it goes to ("对朝鲜进行国事访问").
_HOST_GAP = 2
# What may stand between two countries listed together (with spaces): commas, Chinese and Japanese too.
# A word of hiragana (a particle or an ending, not a noun).
_HIRAGANA = re.compile("[\u3041-\u309f]")
# The list words between two countries: "and", and Japanese "と", "や" ("日本と韓国を訪問": both).
_PLACE_LIST = LIST_WORDS | {"と", "や"}
_LIST_MARKS = " ,、，\u3000"
# Where the prime minister holds a visitor's talks though the country is not among those the gazetteer's forms
# of government (data/manual/executive.jsonl) give to the head of government: Montenegro, whose press is
# divided on who its "leader" is, but whose prime minister receives foreign heads of government.
_PRIME_MINISTER_HOSTS = frozenset({"MNE"})
# How far after a writing verb its "that" may stand ("wrote on social media that ...").
_SAID_REACH = 5
# How far before its cue "the two leaders" may stand as the cue's subject ("the two leaders last met").
_PAIR_SUBJECT = 3
# How far after its cue "the two leaders" may stand as the cue's object ("recibió a los dos gobernantes").
_PAIR_OBJECT = 2
# How many words after a minister's title may be his name.
_NAME_WORDS = 3
# How far after a message word its sender may stand ("پیامی از سوی رئیس‌جمهور آمریکا", "a message from").
_FROM_GAP = 3
# How far before a generic talk cue its "also" stands ("ont également évoqué", "also discussed").
_ALSO_REACH = 3
# Modes a phrase after the verb tells ("by phone", "au téléphone"): the verb stands before the cue.
_MANNER_MODES = frozenset({"phone", "video"})
# How far after "in the presence of" the leaders it lists may stand.
_PRESENCE_REACH = 20
# What may stand between a bare "the two" and its cue: two words, adverbs or words of three letters.
_BARE_GAP, _BARE_WORD = 2, 3
# Words that stand for the pair where they own or head a contact ("the two had met", "their last call").
_PAIR_HEADS = ("pair_heads", "pair_possessives")
# How far after "urged" the leader it asks a contact with may stand ("urged him to talk directly with X").
_URGE_REACH = 8
# a minister's name the gazetteer lacks, between his title and a relative clause on him ("وزير الخارجية أسعد
# الشيباني، الذي ...")
_MINISTER_NAME = 4
# How far after "between" the groups of a multilateral meeting stand ("entre os líderes do BRICS e os ...").
_GROUPS_REACH = 8
# How far before its cue a present-tense verb may stand ("trifft Staatspräsident X", "kommt ... zusammen").
_PRESENT_REACH = 16
# How many words an aside between two commas may hold in a day's programme (", the ruler of Qatar,").
_ASIDE = 5
# How many words ("the", "their", "the bilateral") may stand between "during" and its contact noun.
_DURING_GAP = 2
# How many words ("of the") may stand between a contact noun and the minister it belongs to.
_OWNER_GAP = 3
# How far before a meeting noun a word naming another event ("days before a meeting") reaches.
_OTHER_EVENT = 5
# How many words (an article, an adjective) may stand between "among them" and the person it names.
_PARTITIVE_GAP = 3
# How far after a visit called off its place clause may open ("la visite à Copenhague, où ...").
_CALLED_OFF = 6
# The longest article before "the first" standing for a contact ("il", "la", "the", "die").
_ARTICLE = 3
# How near after "the first" a name stands in apposition to it ("Le premier, Macron, ...").
_APPOSED = 3
# Words that join a second act of the same pair told after the first: "puis", "а", "then".
_THEN_JOINS = frozenset({"puis", "а", "then", "poi", "dann", "luego", "después", "depois", "затем", "потом",
                         "ensuite", "later", "又"})  # ("会晤后，两人又于10月16日通电话": "and again")
# "And" words of one language that open a date in another ("en août", "en mayo").
_DATE_OPENERS = frozenset({"en"})
# A dateline's place opens the text.
_DATELINE_CHARS = 30
# The reflexive pronoun a verb-second clause may put between its auxiliary and its subject ("Im Mai hatten
# sich die beiden getroffen")
_REFLEXIVES = frozenset({"sich", "zich"})


@dataclass(frozen=True)
class _Language:
    """What the extractor reads only in texts of one language (suffixes, articles, word order, home)."""

    home: str | None = None  # the country a bare title names in this press (fa: IRN)
    future: tuple[str, ...] = ()  # future suffixes inside verbs ("-arsa" would be in "Warsaw" elsewhere)
    negative: tuple[str, ...] = ()  # negation suffixes inside verbs
    indefinite: frozenset[str] = frozenset()  # "a", "un", "ein" (Spanish "a" is "to")
    verb_final: bool = False
    stopwords: frozenset[str] = frozenset()  # closed-class words, never a surname
    definites: frozenset[str] = frozenset()  # "the", "les": "after the talks" names talks already told
    future_endings: tuple[str, ...] = ()  # a future tense's written endings ("-rá": "concluirá")
    comma_relatives: frozenset[str] = frozenset()  # German ", der im März ...": a relative pronoun
    late_negation: bool = False  # German "... wurde nicht genannt": the negation closes the clause
    quantifiers: frozenset[str] = frozenset()  # "several" after a plural: no group the text named
    subordinators_follow: bool = False  # Turkish postpositions close the clause before them
    homographs: tuple[tuple[str, str], ...] = ()  # a country's name that is another's capital ("عمان")
    infinitives: tuple[str, ...] = ()  # infinitive endings among the future affixes (Turkish "-mek")
    verbal_nouns: tuple[str, ...] = ()  # verbal-noun endings ("görüşmesi"): the last verb's subject
    read_also: tuple[str, ...] = ()  # line openers pointing to another article ("read also")
    captions: tuple[str, ...] = ()  # line openers of a photo caption ("photo")
    # words of another press of the language, and its country ("wetstraat" -> BEL): see press_home
    home_markers: tuple[tuple[str, str], ...] = ()
    early_negation: bool = False  # Chinese "没有同X会面": the negation opens the verb's whole phrase
    noun_markers: frozenset[str] = frozenset()  # Chinese "的": what stands before it modifies a noun
    visits_meet_host: bool = False  # Chinese "对朝鲜进行国事访问": a dated visit met the host's leader
    adverbials_first: bool = False  # Chinese "两人曾于2019年在休斯敦共同出席": time and place before the verb
    # a calling verb and the word after its object that make it an appeal ("appelé ... à")
    appeals: frozenset[tuple[str, str]] = frozenset()
    destinations: tuple[tuple[str, str], ...] = ()  # "来华", "訪日": a visit word with its country
    attributive: frozenset[str] = frozenset()  # "歓迎する晩さん会": a non-past before its noun plans nothing
    # the pluperfect's auxiliaries ("aveva", "s'étaient", "had"), and the adverbs a verb may hold ("déjà")
    pluperfect: tuple[tuple[str, ...], ...] = ()
    inserts: frozenset[str] = frozenset()
    pluperfect_endings: tuple[str, ...] = ()  # Turkish "-mişti": the verb closing the cue's clause
    case_markers: frozenset[str] = frozenset()  # Hindi "ने", "से", "को": the noun before them acts
    bare_subjects: bool = False  # Hebrew "נתניהו נפגש": a surname alone before a cue is its subject
    object_markers: frozenset[str] = frozenset()  # Persian «را»: the noun before it is the verb's object
    clitics: frozenset[str] = frozenset()  # "lo", "l'": an object pronoun right before its verb
    plural_clitics: frozenset[str] = frozenset()  # "li", "les": the group the story follows
    clitic_auxiliaries: frozenset[str] = frozenset()  # "ha", "a", "aveva" between a clitic and its verb
    clitic_endings: tuple[str, ...] = ()  # "ó": a verb a clitic leads alone ("lo recibió", not "la visita")
    clitics_after: frozenset[str] = frozenset()  # "его", "-o": an object pronoun right after its verb
    plural_auxiliaries: frozenset[str] = frozenset()  # "habían": a clause may open with one (_dropped_they)
    genitives_after: frozenset[str] = frozenset()  # Urdu "کا/کی/کے": the leader before one is a possessor
    # words of another country's press, whose own titles then name that country's holder (see press_own)
    press_markers: tuple[tuple[str, str], ...] = ()
    # words that lead the contact an act was done in ("during", "bei"): read only with an invitation word
    occasions: frozenset[str] = frozenset()
    modals: tuple[str, ...] = ()  # English "may": a lower-case modal before a verb plans its contact
    modal_breaks: frozenset[str] = frozenset()  # "have", "be": after the modal, no plan
    past_forms: frozenset[str] = frozenset()  # German "hatte", "traf": the sentence is in the past
    present_programmes: bool = False  # German: a present contact beside a plan is that plan (_present_plans)
    preterites: frozenset[str] = frozenset()  # German "trafen": a cue so told was held
    eve_nouns: frozenset[str] = frozenset()  # Russian "встречи" after "накануне": see _eve_of
    preterite_endings: tuple[str, ...] = ()  # German "-te": a lower-case word so ending is a past verb
    dayparts: bool = False  # the lexicon names parts of the day ("am Abend"): see _programme
    plan_adjectives: tuple[str, ...] = ()  # see _plan_adjectives
    # the pronouns whose word tells a gender ("she", "elle"; "he", "il"), as their tokens' folded forms: see
    # gender.pronoun_gender
    feminine: frozenset[tuple[str, ...]] = frozenset()
    masculine: frozenset[tuple[str, ...]] = frozenset()
    future_clauses: bool = False  # the lexicon names time clauses' conjunctions ("when"): see _future_clause
    # "second" before a contact noun, "الثاني" after one, "their" before the ordinal (see _counted_earlier)
    counts: Counts | None = None
    # what chunking reads of the language (mentions.build_chunks)
    grammar: Grammar = field(default_factory=Grammar)

    @classmethod
    def of(cls, lex: Lexicon) -> _Language:
        """Take a lexicon's language rules."""
        return cls(lex.home, tuple(("-" if a[0] == "-" else "") + fold(a) for a in lex.future_affixes),
                   tuple(fold(a) for a in lex.negative_affixes),
                   frozenset(fold(p) for p in (*lex.indefinites, *lex.predicatives, *lex.ranking_ordinals)
                             if len(fold(p).split()) == 1),
                   lex.verb_final, frozenset(fold(w) for w in lex.stopwords),
                   frozenset(w for p in lex.definites for w in fold_phrase(p)), lex.future_endings,
                   frozenset(fold(w) for w in lex.comma_relatives), lex.late_negation,
                   frozenset(fold(w) for w in lex.quantifiers), lex.subordinators_follow,
                   tuple((fold(w), iso3) for w, iso3 in lex.homographs.items()),
                   tuple(fold(e) for e in lex.infinitives), tuple(fold(e) for e in lex.verbal_nouns),
                   tuple(fold(w) for w in lex.read_also), tuple(fold(w) for w in lex.captions),
                   tuple((fold(w), iso3) for w, iso3 in lex.home_markers.items()),
                   lex.early_negation, frozenset(w for p in lex.noun_markers for w in fold_phrase(p)),
                   lex.visits_meet_host, lex.adverbials_first,
                   frozenset((w[0], w[1]) for w in map(fold_phrase, lex.appeals) if len(w) == 2),
                   tuple(("".join(fold_phrase(w)), iso3) for w, iso3 in lex.visit_destinations.items()),
                   frozenset(fold(w) for w in lex.attributive),
                   tuple(fold_phrase(p) for p in lex.pluperfect),
                   frozenset(w for p in lex.inserts for w in fold_phrase(p)),
                   case_markers=frozenset(fold(w) for w in lex.case_markers),
                   clitics=frozenset(w for p in lex.clitics for w in fold_phrase(p)),
                   plural_clitics=frozenset(fold(w) for w in lex.plural_clitics),
                   clitic_auxiliaries=frozenset(fold(w) for w in lex.clitic_auxiliaries),
                   clitic_endings=lex.clitic_endings, bare_subjects=lex.bare_subjects,
                   object_markers=frozenset(fold(w) for w in lex.object_markers),
                   clitics_after=frozenset(fold(w) for w in lex.clitics_after),
                   plural_auxiliaries=frozenset(fold(w) for w in lex.plural_auxiliaries),
                   genitives_after=frozenset(fold(w) for w in lex.genitives_after),
                   pluperfect_endings=tuple(fold(e) for e in lex.pluperfect_endings),
                   press_markers=tuple((" ".join(fold_phrase(w)), iso3)
                                       for w, iso3 in lex.press_markers.items()),
                   occasions=frozenset(fold(w) for w in lex.occasions),
                   modals=lex.modals, modal_breaks=frozenset(lex.modal_breaks),
                   past_forms=frozenset(fold(w) for w in lex.past_forms),
                   present_programmes=lex.present_programmes,
                   preterites=frozenset(fold(w) for w in lex.preterites),
                   eve_nouns=frozenset(fold(w) for w in lex.eve_nouns),
                   preterite_endings=tuple(fold(e) for e in lex.preterite_endings), grammar=Grammar.of(lex),
                   dayparts=bool(lex.dayparts), future_clauses=bool(lex.future_clauses),
                   counts=_counts(lex), plan_adjectives=tuple(fold(w) for w in lex.plan_adjectives),
                   feminine=written_forms(lex.feminine), masculine=written_forms(lex.masculine))


    def told_before(self, s: Parsed, cue: CueAt) -> bool:
        """Tell whether a cue's verb is in the pluperfect: "aveva incontrato", "s'étaient rencontrés".

        The auxiliary stands right before the cue (adverbs like "already" between) or inside it before its
        last word ("se habían reunido"); where every noun is capitalized (German) the participle closes the
        clause, and the auxiliary may stand anywhere before it in the clause ("hatten sich am 10. Mai in
        Kiew getroffen"), the cue a verb in lower case.
        """
        forms = s.tokens
        if self.pluperfect_endings:
            # a verb-final clause: the word before the first mark after the cue (or the sentence's end)
            end = min((p for p in s.marks if p >= cue[1]), default=s.hi)
            return end > cue[0] and forms[end - 1].form.endswith(self.pluperfect_endings)
        if not self.pluperfect:
            return False
        at = self._verb_before(s, cue, cue[0])
        if cue[2].mode in _MANNER_MODES:
            at = self._manner_verb(s, cue, at)
        late = s.nouns_capitalized and s.text[forms[cue[0]].start].islower()
        lo = max([p for p in s.marks if p <= cue[0]], default=s.lo) if late else max(s.lo, at - 2)
        for i in range(lo, cue[1] - 1):
            form = forms[i].form
            for aux in self.pluperfect:
                if form != aux[0]:
                    continue  # (most words begin no auxiliary: no generator for the rest of its words)
                n = len(aux)
                # (the auxiliary may be one of the adverbs before the verb: Russian has no pluperfect, "уже
                # встречались" is its "had already met")
                if i + n <= s.hi and all(forms[i + k].form == w for k, w in enumerate(aux)) \
                        and (at <= i + n <= cue[0] or cue[0] <= i < i + n < cue[1] or (late and i + n <= at)):
                    return True
        return False

    def _verb_before(self, s: Parsed, cue: CueAt, at: int) -> int:
        """Step back from a word over the adverbs a verb may hold ("had already met")."""
        forms = s.tokens
        while at - 1 > s.lo and forms[at - 1].form in self.inserts and s.same_clause(at - 1, cue[0]):
            at -= 1
        return at

    def _manner_verb(self, s: Parsed, cue: CueAt, at: int) -> int:
        """Step back from a call's manner to its verb: "had spoken by phone", "s'étaient parlé au téléphone".

        The manner follows the verb, its preposition (a closed-class word) between; the auxiliary of a
        pluperfect stands before that verb, not before the manner.
        """
        forms = s.tokens
        j = at - 1
        if j - 1 > s.lo and forms[j].form in self.stopwords:
            j -= 1  # "au", "por", "per": the manner's preposition
        if j > s.lo and forms[j].form not in self.stopwords and s.text[forms[j].start].islower() \
                and s.same_clause(j, cue[0]):
            return self._verb_before(s, cue, j)
        return at

    def press_own(self, text: str) -> str | None:
        """Return the country whose holders the own titles name in this text, where its press's marker shows.

        "Der Kanzler" is Germany's chancellor in dpa's copy, Austria's in Der Standard's ("ÖVP", "APA"),
        and "die Bundespräsidentin" Switzerland's president in the NZZ's ("Bundesrätin", "SDA").
        """
        return _first_marker(self.press_markers, text)

    def press_home(self, text: str) -> str | None:
        """Return the country a bare title names in this text: another press's when a marker of it shows.

        "De premier" is the Dutch prime minister in ANP's copy, the Belgian one in a Flemish outlet's
        ("Wetstraat", "federale regering", "(Belga)"): the first marker found decides.
        """
        return _first_marker(self.home_markers, text) or self.home


# A text of no language with a lexicon is read plainly. (One instance, built once: the dataclass is frozen and
# its 48 fields, each set through object.__setattr__, cost about 1 % of a report when built per text.)
_PLAIN_LANGUAGE = _Language()


def _first_marker(markers: tuple[tuple[str, str], ...], text: str) -> str | None:
    """Return the country of the first marker (a folded word or phrase) the text holds as whole words."""
    if not markers:
        return None
    folded = f" {fold(text)} "
    return next((country for marker, country in markers if f" {marker} " in folded), None)


class RuleExtractor:
    """Extracts leader contacts with lexicons and the gazetteer; build once, call extract() per document."""

    name = "rules"
    version = "2"

    def __init__(self, gazetteer: Gazetteer, lexicons: Sequence[Lexicon] | None = None) -> None:
        lexicons = list(lexicons) if lexicons is not None else all_lexicons()
        self.gazetteer = gazetteer
        self.initials = initials(gazetteer.leaders, gazetteer.short_names)
        self.women = women_of(gazetteer.leaders.values())  # (for gendered pronouns: see Discourse.target)
        self.vocab: PhraseIndex[Payload] = build_vocab(lexicons, gazetteer)
        self.date_index: DateIndex = build_date_index(lexicons)
        # a text of a known language reads its own date words and English ones (an embedded post's date
        # line, "January 8, 2026"), not others' ("Rio de Janeiro" is no January in English)
        english = [lex for lex in lexicons if lex.lang == "en"]
        self.date_indexes = {lex.lang: build_date_index([lex, *(e for e in english if e is not lex)])
                             for lex in lexicons}
        self.topic_index: PhraseIndex[Topic | NamedPlace] = build_topic_index(lexicons)
        # the languages that write every noun with a capital (German): a capitalized cue of theirs is no title
        self.capitalizing = frozenset(lex.lang for lex in lexicons if lex.nouns_capitalized)
        own_styles = frozenset((lex.lang, iso3, role) for lex in lexicons
                               for iso3, role in lex.country_titles.values())
        self.resolver = Resolver(gazetteer, self.vocab.starts, self.date_index.starts, self.capitalizing,
                                 own_styles)
        self.builder = ContactBuilder(gazetteer, self.topic_index,
                                      frozenset(lex.lang for lex in lexicons if lex.speech_follows))
        self.languages = {lex.lang: _Language.of(lex) for lex in lexicons}
        # the codes a lexicon reads beside its own (Croatian, Bosnian and Serbian texts read the "sh" one),
        # and the tables that bring a language's other script into its lexicon's (Serbian Cyrillic)
        self.lang_codes = {code: lex.lang for lex in lexicons for code in lex.also}
        self.transliterations = {lex.lang: lex.transliteration for lex in lexicons if lex.transliteration}
        self.own_words = {lang: OwnWords(lang) for lang in self.languages}  # each language's words of a match
        self.split_cues = split_cues(lexicons)
        # a split verb is read in texts of its own language only (its cue would be dropped as foreign); built
        # per lexicon, two languages may split on the same particle (Czech and Croatian "s")
        self.split_by_lang = {lex.lang: split_cues([lex]) for lex in lexicons}
        # Round-up words live apart: "برقيات تهنئة" must still be found as the cue it also is.
        self.roundup_index: PhraseIndex[str] = PhraseIndex()
        for lex in lexicons:
            for phrase in lex.roundup:
                self.roundup_index.add(fold_phrase(phrase, lex.tones), "roundup")
        # Words opening a side clause (one-word entries: "که" yes, the "از" of "پس از" no).
        # a bare "the three" by its folded words, with the size of the group it names
        # (these three are every language's at once: a toned lexicon's words are keyed with their tones, so
        # Vietnamese "dù" (though) is no French "du"; the words are looked up by the token's first key)
        self.group_sizes = {fold_phrase(h, lex.tones): n for lex in lexicons
                            for h, n in lex.group_heads.items()}
        # "ont aussi parlé": an "also" inside a compound verb (an insert the cue's phrase holds)
        self.additive_words = frozenset(w for lex in lexicons for p in lex.additives
                                        if len(ws := fold_phrase(p, lex.tones)) == 1 for w in ws)
        self.relative_words = frozenset(w for lex in lexicons for p in (*lex.relative, *lex.subordinators)
                                        if len(ws := fold_phrase(p, lex.tones)) == 1 for w in ws)

    # -- the pipeline ------------------------------------------------------------------------------

    def extract(self, doc: Document) -> list[Contact]:
        """Return the document's contacts (occurred and planned), each with one source in this document."""
        # the text as read (full-width commas as ASCII ones); evidence is cut from doc.text itself
        text = ascii_punctuation(doc.text)
        lang = (doc.lang or "")[:2].lower()
        lang = self.lang_codes.get(lang, lang)
        table = self.transliterations.get(lang)
        if table is not None:  # (one letter for one: offsets into doc.text hold)
            text = text.translate(table)
        tokens = tokenize(text, toned=lang in ("", "vi"))
        compounds: list[int] = []  # where "川習會" may name a meeting by its two leaders (Han text): offsets
        if has_han(text):  # Chinese: the characters no phrase covers, joined back into words
            spots = compound_starts(tokens, self.initials)
            compounds = [tokens[k].start for k in spots]
            tokens = join_unknown_han(tokens, (self.vocab, self.date_indexes.get(lang, self.date_index),
                                               self.topic_index, self.roundup_index),
                                      (k + j for k in spots for j in range(3)))
        language = self.languages.get(lang, _PLAIN_LANGUAGE)
        sents = parse(text, tokens, self.vocab, self.date_indexes.get(lang, self.date_index),
                      self.relative_words, language.future, self.split_by_lang.get(lang, self.split_cues),
                      language.verb_final, lang if lang in self.languages else None, language.future_endings,
                      language.comma_relatives, language.subordinators_follow, self.own_words.get(lang),
                      language.grammar)
        if not sents:
            return []
        if language.modals and any(m in text for m in language.modals):
            _modal_plans(sents, language)
        if language.homographs:
            _read_homographs(sents, language.homographs)
        if language.attributive:
            _attributive_marks(sents, language.attributive)
        if language.read_also or language.captions:
            _mark_asides(text, sents, language.read_also, language.captions)
        ref, dateline = reference(sents, doc.published, doc.url)
        told = frozenset(s.index for s in sents[1:3]
                         if s.cues() and all(language.told_before(s, c) for c in s.cues()))
        default = lead_date(sents, ref, dateline, told) or ((ref.isoformat(), "day") if ref else None)
        if compounds:
            named_here = {p.leader_id for s in sents for m in s.matches for p in m.payloads
                          if isinstance(p, Name)}
            named_places = {p.iso3 for s in sents for m in s.matches for p in m.payloads
                            if isinstance(p, Place | City)}
            add_compounds(sents, tokens, compounds, self.initials, self.gazetteer.leaders, named_here,
                          ref or as_day(default), named_places)
        # (every match of the text: chained in C, no generator step per match, most of which name nothing)
        kinds = list(chain.from_iterable([s.kinds() for s in sents]))
        ctx = Context(lang=lang if lang in self.languages else None, home=language.press_home(text),
                      own=language.press_own(text),
                      prefer=frozenset(chain.from_iterable(map(_COUNTRIES, kinds))),
                      dateline=_dateline_country(sents[0]), stopwords=language.stopwords,
                      named=tuple(dict.fromkeys(chain.from_iterable(map(_FULL_NAMES, kinds)))))
        roundup = self._roundup_recipient(doc.title, sents, default)
        statements = self._statements(sents, ref, dateline, default, language, ctx, roundup)
        about: About = {}  # topics per sentence span
        if language.present_programmes:
            statements = _present_plans(statements, sents, language)
        groups = group(statements, default, _bare_past(statements, sents, language))
        if len(groups) > 1:
            _named_after_plan(groups, sents, language)
        if language.counts is not None:
            groups += _counted_earlier(groups, sents, language.counts, ref)
        # (each group's first sentence found in C: no generator per group)
        firsts = {id(g): min(map(_SENTENCE, g.statements)) for g in groups if g.status == "occurred"}
        lead = min(firsts.values(), default=-1)  # the report's own contact is the first one it states
        claims = claims_of(statements)  # (read once: per contact, a report of n contacts cost n^2)
        return [self.builder.build(doc, g, sents, default, statements, about, ctx.lang,
                                   main=firsts.get(id(g)) == lead, claims=claims) for g in groups]

    def _roundup_recipient(self, title: str | None, sents: list[Parsed],
                           default: When | None) -> Mention | None:
        """Return the leader a round-up of messages is addressed to, when the text is one.

        "World leaders continued to extend congratulations to X" / "X received cables from heads of
        state": a written cue, a plural word and one named leader in the headline or the lead.
        """
        day = as_day(default)
        segments: list[tuple[Sequence[Token], list[Match[Payload]], str, int, int]] = []
        if title:
            ttoks = tokenize(title)
            segments.append((ttoks, self.vocab.find(ttoks), title, 0, len(ttoks)))
        segments += [(s.tokens, s.matches, s.text, s.lo, s.hi) for s in sents[:2]]
        for toks, matches, txt, lo, hi in segments:
            written = False
            for m in matches:  # (plain loops: no generator per segment)
                for p in m.payloads:
                    if isinstance(p, Cue) and p.mode == "written":
                        written = True
                        break
            if not (written and self.roundup_index.find(toks, lo, hi)):
                continue
            leaders = _dedupe([m for c in build_chunks(matches, toks, txt)
                               for m in self.resolver.resolve(c, toks, txt, day, set()) if m.is_leader])
            if len(leaders) == 1:
                return leaders[0]
        return None

    def _statements(self, sents: list[Parsed], ref: date | None, dateline: DateExpr | None,
                    default: When | None, language: _Language, ctx: Context,
                    roundup: Mention | None = None) -> list[Statement]:
        """Read the sentences in order: who is named, which cues are live, who talked with whom, when."""
        out: list[Statement] = []
        disc = Discourse(women=self.women, feminine=language.feminine, masculine=language.masculine)
        context: When | None = None  # the day the narrative is at
        seen: dict[str, None] = {}  # the leaders named so far, in the order named
        # a meeting of one leader with unnamed heads of state, whose names a "the delegation included" may
        # give next: (the leader, its statement with no partner yet)
        pending: tuple[Mention, Statement] | None = None
        # the names of people the text introduces as no leader ("وزير الخارجية الأمريكي أنتوني بلينكن"):
        # one of them before a cue is its subject ("وكان بلينكن قد التقى ... محمد بن سلمان")
        bystanders: set[str] = set()
        learned: dict[str, str] = {}  # a name the gazetteer spells otherwise, read once after a title
        first_paragraph = sents[0].paragraph
        named = frozenset(ctx.named)
        minister_led = False  # the last sentence's subject was a minister: a subject pronoun next is his
        elect_led = False  # the story's subject is a man out of office (see _elect_subject): no focus
        elected: set[str] = set()  # on a page with no day: leaders it calls president-elect (or former)
        for s in sents:
            if s.aside or s.lo >= s.hi:
                continue  # "Read also: ...": another story's headline; a sentence of punctuation alone
            if learned:
                _name_learned(s, learned)
            table = s.word_kinds()  # (kinds tested by lookups: read anew after a rule rebuilds the matches)
            if "pair_heads" in table or "pair_possessives" in table or "group_heads" in table:
                _bare_pairs(s, self.vocab.inserts, self.group_sizes)
            if (language.definites and s.tokens[s.lo].form in language.definites) \
                    or _word_at(s, ("last_time", "firsts"), s.lo):
                _definite_contact(s, language.definites)
            chunks = build_chunks(s.matches, s.tokens, s.text, s.hi, language.indefinite, ctx.lang, s.kinds(),
                                  language.quantifiers, language.grammar)
            del chunks[MAX_CHUNKS:]  # hostile input: pairs grow as the square of the people (see MAX_CHUNKS)
            for c in chunks:  # (a plain loop, its cheap tests first: no generator nor call per chunk)
                if c.last - c.first == 1 and "\u0600" <= s.tokens[c.first].form[:1] <= "\u06ff" \
                        and _lone_uncased_surname(c, s):
                    chunks = _not_dates(chunks, s)
                    break
            table = s.word_kinds()
            if "receive_words" in table:
                _host_in_city(s, chunks)
            people: list[Chunk] = []
            for chunk in chunks:  # (a plain loop: no comprehension's function object per sentence)
                if chunk.names or chunk.title or chunk.minister or chunk.pronoun:
                    people.append(chunk)
            # "Le chef de la diplomatie a plaidé ... Il s'est également entretenu avec son homologue":
            # the pronoun opening the next sentence is the minister, no leader
            minister_pronoun = minister_led and bool(people) and people[0].pronoun
            minister_led = (bool(people) and people[0].minister and not people[0].aide) or minister_pronoun
            if out and "firsts" in table and not s.heading:
                out += self._first_of_count(s, sents, out, ref, dateline, as_day(context))
            if s.paragraph == first_paragraph and not disc.recent and s.cues():
                disc.lead_told = True  # a contact the lead tells before naming anyone ("A face-to-face.")
            # (a subject left out: "Ya se habían reunido en marzo", the pair last in contact)
            # (the opening word in capitals may stand as a chunk of its own, "Já se tinham encontrado", and a
            # month as a surname: "março de")
            dropped = _dropped_they(s, s.cues(), language) if language.plural_auxiliaries and all(
                not c.title and ((c.first == s.lo and c.last == s.lo + 1)
                                 or any(e.first <= c.first < e.last for e in s.dates))
                for c in people) else []
            if (not chunks or self.resolver.nobody(chunks)) and not dropped:
                # nobody named or referred to (ministers and aides are nobody): no pair, no leader seen; a
                # short sentence may still move the story to its day ("The mood turned on Friday.")
                if s.hi - s.lo <= FRAME_WORDS and not s.heading:
                    context = framing_date(s, ref, dateline, anchor_day(s, context, default, ref)) or context
                if out and out[-1].sentence == s.index - 1:
                    _greeting_was_a_call(s, out)
                continue
            bystanders.update(_minister_names(s, chunks, minister_led))
            table = s.word_kinds()
            if "joint_acts" in table:
                _joint_acts(s, chunks, self.vocab.inserts, language.adverbials_first)
                table = s.word_kinds()
            if "joint_press" in table:
                _joint_press(s, chunks)
                table = s.word_kinds()
            if "companions" in table and "visit" not in table and "summit" not in table and _names_city(s):
                _together_in_city(s, chunks)
                table = s.word_kinds()
            cues, rescued = self._live_cues(s, language.negative, language.late_negation,
                                            language.early_negation)
            cues = _with_object(cues, s, chunks)
            if language.appeals:
                cues = _urging(cues, s, chunks, language.appeals)
            cues = _not_said(cues, s, chunks, self.capitalizing, language.indefinite)
            if "caller_words" in table:
                cues = _caller_called(cues, s, sents)
            modifiers: list[CueAt] = []  # cues that modify a noun: no partner's own cue
            if language.noun_markers:
                kept = _not_modifiers(cues, s, language.noun_markers)
                modifiers = [c for c in cues if c not in kept]
                cues = kept
            cues = _not_ministers(cues, s, chunks)
            if not cues and "summit" in table and "negation" not in table \
                    and any(c.group < 0 and not c.names for c in chunks) and not any(c.names for c in chunks):
                # "the leaders' previous summit was held in Sochi": the summit is their meeting (not where
                # the leaders are named: "Les dirigeants du G7, dont X, Y et Z, ont posé pour la photo de
                # famille" is attendance)
                w = s.words("summit")[0]
                cues = [(w.first, w.last, Cue("in_person", 2))]
            # "X'i telefonla arayıp zirveyi iptal etmek istediğini söyledi": an infinitive is a plan of its
            # own cue only, not of the call before it
            own = frozenset(p for p in s.future_marks if s.tokens[p].form.endswith(language.infinitives)) \
                if language.infinitives else frozenset()
            adjectives = _plan_adjectives(s, cues, language.plan_adjectives) \
                if language.plan_adjectives and s.future_marks else frozenset()
            planned = self._planned(s, cues, chunks if language.late_negation else None, own,
                                    language.occasions, adjectives,
                                    language.counts[2] if language.counts else frozenset())
            if cues and ("eves" in table or "eves_after" in table):
                # "on the eve of his talks with X, Y said": the talks are to come
                planned.update(dict.fromkeys(_eve_of(s, cues, language.eve_nouns), True))
            if language.preterites and s.future_marks:
                _preterites_held(s, cues, planned, language.preterites, language.verb_final)
            if len(cues) > 1 and any(planned.values()):
                planned.update(_first_of_plan(s, cues, planned))
            if language.verbal_nouns and s.future_marks and s.future_marks[-1] >= s.hi - 1:
                # "X'in Ankara'da Y ile görüşmesi, ... imzalanması planlanıyor": a verbal noun
                # is a subject of the last verb, a plan when that verb is one
                planned.update({c[0]: True for c in cues
                                if s.tokens[c[1] - 1].form.endswith(language.verbal_nouns)})
            if ref is not None and not s.heading and "present" in table:
                # "Am Montag trifft die Kanzlerin Herzog", "Macron reçoit lundi X": announced
                planned.update({c[0]: True for c in cues if _announced(s, c, ref)})
            if language.dayparts and not s.heading and "dayparts" in table and "present" in table:
                # "Am Nachmittag trifft Köhler Schüssel": a day's programme, told in the present
                planned.update({c[0]: True for c in cues if _programme(s, c)})
            if cues and ref is not None and s.dates \
                    and any(e.offset is not None and e.offset > 0 for e in s.dates):
                # "يلتقي ... الرئيس الأمريكي دونالد ترامب غدا", "meets X at the White House tomorrow": the
                # report's tomorrow is still to come, whatever the verb's form and however far the word stands
                planned.update({c[0]: True for c in cues if _tomorrow(s, c)})
            if "conditionals" in table:
                # "If Trump meets Putin, ...", "Wenn Merz Putin trifft, ...": supposed, at most to come
                ifs = _conditionals(s, table["conditionals"])
                planned.update({c[0]: True for c in cues
                                if any(n < c[0] <= n + _IF_REACH and s.same_clause(n, c[0]) for n in ifs)})
            if language.future_clauses and s.future_marks and "future_clauses" in table:
                # "she will meet X and Y when they visit London": the time clause's visit is to come
                planned.update({c[0]: True for c in cues if _future_clause(s, c, language)})
            anchor = anchor_day(s, context, default, ref)
            # a trip told by a travel word alone ("Theresa May travelled to Beijing in 2018") is dated like a
            # cue, so that its leaders are read as of then, not as of the report's day
            travel = s.words("visit") if not cues else ()
            trip = travel[0].first if travel else None
            first_cue = cues[0][0] if cues else s.lo if trip is None else trip
            near = None  # the first person named or titled (a plain loop: no generator per sentence)
            for chunk in chunks:
                if chunk.names or chunk.title:
                    near = chunk.first
                    break
            dated_at = _letter_clause(s, cues[0]) if cues else first_cue
            sdate = sentence_date(s, sents, dated_at, ref, dateline, planned.get(first_cue, False),
                                  anchor, near) if cues or trip is not None else None
            if cues and "then_words" in table:
                sdate = _then_since(s, cues, ref) or sdate
            day = as_day(sdate) or mid_month(sdate) or _year_end(sdate, ref) or as_day(default)
            mentions: list[Mention] = []
            here = ctx  # a bare title opening the sentence may need the leaders it names (see Resolver)
            if ctx.home is not None:  # a bare home title is no foreign leader the sentence names
                here = replace(ctx, in_sentence=frozenset(p.leader_id for m in s.matches for p in m.payloads
                                                          if isinstance(p, Name)))
            if chunks and chunks[0].title is not None and chunks[0].first <= s.lo + 1:
                here = replace(here, here=frozenset(p.leader_id for m in s.matches for p in m.payloads
                                                    if isinstance(p, Name) and not p.weak), opens=s.lo)
            out_of_office: list[int] = []  # names of leaders who held no office on the day
            nobody = False  # a person named who is no leader: a minister, a crown prince, an envoy
            undated = ref is None and day is None  # (see _still_elect)
            for c in chunks:  # in order: "Modi ... the Indian leader" is the Modi just named
                if ctx.home is not None and mentions:
                    # and no leader this sentence found by title before it ("시 주석은 … 이 대통령과": Xi)
                    here = replace(here, in_sentence=here.in_sentence | {m.leader_id for m in mentions
                                                                         if m.leader_id})
                found = self.resolver.resolve(c, s.tokens, s.text, day, seen, here)
                if not found and c.names and sdate is not None and sdate[1] != "day" \
                        and not any(ch.elect for ch in chunks):
                    # "Sunak met Macron in July 2024": a leader who held office for some part of the month
                    # or year the contact is dated to, if not on its middle or end (not one the sentence
                    # calls president-elect or former then)
                    found = self._resolve_in_period(c, s, sdate, ref, seen, here)
                if undated and (elected or (c.elect and c.names)):
                    found = self._still_elect(c, s, found, seen, here, elected, chunks)
                if c.names and not found and not c.minister \
                        and not _word_at(s, ("genitives", "successions"), c.first, last=True):
                    out_of_office.append(c.first)  # (not "le successeur de Justin Trudeau": his successor)
                mentions.extend(found)
                nobody |= not found and not c.generic and (c.minister or bool(c.title and c.places)
                                                           or in_patronym(c, s.tokens))
                if c.unknown and not c.names and found and found[0].kind == "name" and found[0].leader_id:
                    # "papa Francesco" found Pope Francis: "Francesco" alone names him from here on
                    learned.update(dict.fromkeys((s.tokens[i].form for i in range(*c.unknown)
                                                  if len(s.tokens[i].form) >= 5), found[0].leader_id))
                for mention in found:  # (a plain loop: no generator per chunk)
                    if mention.kind in ("name", "title") and mention.leader_id:
                        seen[mention.leader_id] = None
            acts: frozenset[int] = frozenset()
            objects: frozenset[int] = frozenset()
            if language.grammar.nouns_capitalized and (cues or "visit" in table):
                # "Scholz telefonierte mit Präsident Macron", "Scholz führte am Freitag ein Telefonat": where
                # every noun has a capital, a word in lower case right after a surname is a verb (stopwords
                # aside), the surname its subject, no capitalized common noun
                acts = frozenset(i for i in range(s.lo, s.hi) if s.text[s.tokens[i].start].islower()
                                 and s.tokens[i].form not in ctx.stopwords)
                # and the partner right after "mit" ("telefonierte mit Selenskyj"): the verb's object; or
                # right after a verb cue ("und traf Trump"), or before one with "zu" between ("um Trump zu
                # treffen"; with nothing between, the word before a verb-second verb is fronted: "Für einen
                # gerechten Frieden traf sich Merz" names no Luc Frieden)
                # (a verb may stand second after a pronoun: "Er traf Macron")
                verbs = [c for c in cues if c[0] - 1 >= s.lo and s.text[s.tokens[c[0]].start].islower()]
                objects = frozenset(w.last for w in s.words("with_words")) | _inverted(s, acts) \
                    | frozenset(c[0] - 2 for c in verbs if c[0] - 2 >= s.lo
                                and s.tokens[c[0] - 1].form in ctx.stopwords) \
                    | frozenset(c[1] for c in verbs)
                # and the owners of a contact noun ("das erste Treffen von Merz und Trump", "das Telefonat
                # zwischen Scholz und Putin"): the word after its preposition (or the preposition, where it
                # is a filler that opens the name's chunk: "von")
                objects |= {i for c in cues if c[1] + 1 < s.hi and s.text[s.tokens[c[0]].start].isupper()
                            and s.tokens[c[1]].form in ctx.stopwords for i in (c[1], c[1] + 1)} \
                    | {w.last for w in s.words("between")}
                # and the host right after a visit word's preposition ("Antrittsbesuch bei Trump")
                objects |= {w.last + 1 for w in s.words("visit") if w.last + 1 < s.hi
                            and s.tokens[w.last].form in ctx.stopwords}
                acts = acts - _inside_fronted(s, acts)
            elif language.case_markers and cues:
                # "मोदी ने ... इशिबा से मुलाकात की": in an uncased script a surname alone right before a
                # postposition that gives it its role (the subject, the partner) takes part in the clause
                # (and "के बीच": "मोदी और जिनपिंग के बीच बैठक", the pair between whom the contact was; and a
                # date, which follows the subject: "किशिदा सोमवार को नई दिल्ली पहुंचे")
                acts = frozenset(i for i in range(s.lo, s.hi) if s.tokens[i].form in language.case_markers) \
                    | frozenset(w.first for w in s.words("between")) | frozenset(e.first for e in s.dates)
            elif language.bare_subjects and cues:
                # "נתניהו נפגש עם ארדואן": the surname right before the cue is its subject, the one right
                # after the with-word or the verb ("התקשר לפוטין", "נפגשו אתמול נתניהו ומקרון": a date may
                # stand between) its partner, and so is the one after "between" ("הפגישה בין נתניהו
                # למקרון"); (and before a travel or speech verb: "טראמפ הודיע כי ייפגש עם פוטין")
                acts = frozenset(c[0] for c in cues) | frozenset(e.first for e in s.dates) \
                    | frozenset(w.first for kind in ("visit", "reporting") for w in s.words(kind))
                after = {c[1] for c in cues}
                objects = frozenset(w.last for kind in ("with_words", "between") for w in s.words(kind)) \
                    | frozenset(after) | frozenset(e.last for e in s.dates if e.first in after) \
                    | frozenset(w.last for w in s.words("reporting") if w.first in s.marks)
                # (and the speaker after a quote's speech verb: "\"נפגשתי היום עם הנשיא\", אמר נתניהו")
                if s.verb_final:
                    acts |= _verb_final_actors(s, mentions, cues, language.object_markers)
                    # "سید عباس عراقچی، وزیر امور خارجه": a surname alone that a word the extractor does not
                    # know follows is a given name of a longer name (a minister's), at any place in the clause
                    given = _given_names(s, mentions, ctx.stopwords)
                    acts, objects = acts - {m.last for m in given}, objects - {m.first for m in given}
            mentions = _backed(mentions, named, s.tokens, s.text, acts, objects, list(map(_CUE_AT, cues)))
            if minister_pronoun:
                mentions = [m for m in mentions if not (m.kind == "pronoun" and m.first == people[0].first)]
            # "der US-Klimabeauftragte John Kerry hielt sich in Shanghai auf, wo er mit seinem chinesischen
            # Kollegen verhandelte": a pronoun opening a relative clause right after a minister named in the
            # sentence is the minister, and the counterpart after it his
            minister_said = None
            if len(people) > 1:  # (a pronoun after a minister needs two people: else no set, no generator)
                opened = {w.last for kind in ("relative", "place_relatives") for w in table.get(kind, ())}
                minister_said = min((p.first for k, p in enumerate(people) if p.pronoun and k > 0
                                     and people[k - 1].minister and not people[k - 1].title
                                     and any(0 <= p.first - o <= 1 for o in opened)), default=None)
            if minister_said is not None:
                mentions = [m for m in mentions if not (m.kind in ("pronoun", "counterpart")
                                                        and m.first >= minister_said)]
            if cues:
                # "two weeks after he took office, he flew to Indonesia for talks with X", "X had visited
                # Canberra, when he was still president-elect, and held talks": a pronoun of a side clause
                # with no cue is no party, as a leader named there is none
                kept_mentions: list[Mention] = []  # (a plain loop: no comprehension per cue sentence)
                for m in mentions:
                    if m.kind != "pronoun" or not self._subordinate(m, s, cues):
                        kept_mentions.append(m)
                mentions = kept_mentions
            if "between" in table and any(m.kind == "they" for m in mentions):
                mentions = _not_partitive(s, mentions, chunks)
            if not mentions and cues:
                mentions = dropped
            if not mentions:
                if out and out[-1].sentence == s.index - 1:
                    _greeting_was_a_call(s, out)
                continue  # as above: with no mention, no pair and nothing for the discourse or the narrative
            named_leaders: list[Mention] = []
            ids: list[str | None] = []
            for mention in mentions:  # (one plain loop for both lists: no comprehensions' function objects)
                if mention.is_leader:
                    named_leaders.append(mention)
                    ids.append(mention.leader_id)
            idle: frozenset[int] = frozenset()  # only a leader named twice needs it
            joins: frozenset[int] = frozenset()
            if len(ids) != len(set(ids)):
                idle = frozenset(m.first for m in mentions
                                 if _complement(m, s, language) or self._subordinate(m, s, cues))
                joins = frozenset(m.last for m in mentions
                                  if m.last < s.hi and s.tokens[m.last].form in JOINS)
            leaders = _dedupe(named_leaders, idle, joins)
            # "in the presence of X", "a meeting convened by X", "who succeeded X", "the death of X": no
            # partner
            hosts = _hosts(s, cues)
            aside: list[int] = []  # (plain loops: no comprehension per sentence)
            for kind in ("presence", "organizers", "successions", "deaths"):
                for word in table.get(kind, ()):
                    if word not in hosts:
                        aside.append(word.last)
            organized = _organizers(s, leaders, chunks, hosts) | _inviters(s, leaders)
            set_aside = table.get("asides_after")
            active: list[Mention] = []
            for m in leaders:  # (a plain loop: no comprehension per sentence)
                if not self._subordinate(m, s, cues) \
                        and not _complement(m, s, language) and not _reported(m, s, cues) \
                        and not _talked_about(m, s) \
                        and not (aside and any(0 <= m.first - p <= 1 for p in aside)) \
                        and not (set_aside and _set_aside_after(m, s, set_aside)) \
                        and m.first not in organized:
                    active.append(m)
            chaired: list[Mention] = []
            if cues and "presence" in table:
                chaired = _chaired(active, leaders, s, cues)
                active = chaired or _present(active, leaders, s)
            if "urges" in table:
                # "X, al que instó a hablar con el líder ucraniano": the leader X is urged to meet met no one
                urged = [w.last for w in s.words("urges")]
                withs = [w.first for w in s.words("with_words")]
                active = [m for m in active if not any(
                    0 <= m.first - u <= _URGE_REACH and s.same_clause(u, m.first)
                    and any(u <= w < m.first for w in withs) for u in urged)]  # "urged Y": Y stays
            if cues and "reporting" in table and len(active) >= 3:
                # "X said that Y called Z": the speaker only tells of the others' contact
                speaking = reporter(s, active, mentions, cues)
                if speaking is not None:
                    active = [m for m in active if m.leader_id != speaking.leader_id]
            pairs: list[Pair] = []
            if cues and "with_words" in table:
                cues = _with_nobody(cues, s, chunks, mentions)
            if cues:
                def counterpart(cp: Mention, anchor_m: Mention, on: date | None = day) -> Mention | None:
                    return self._counterpart(cp, anchor_m, on, seen, disc)

                # (also a name of someone who held no office that day: "Prabowo had visited Canberra last
                # August, when he was still president-elect, and held talks with Albanese")
                # (and the minister a relative clause's pronoun stood for: "the adviser was in Moscow, where
                # he met Putin" tells no meeting of the leader in focus)
                stranger = minister_pronoun or (bystanders and any(s.tokens[i].form in bystanders
                                                                   for i in range(s.lo, cues[0][0]))) \
                    or (out_of_office and min(out_of_office) < cues[0][0]) \
                    or (minister_said is not None and any(c[0] > minister_said for c in cues)) \
                    or _minister_subject(people, cues)
                clitic = _clitic_object(s, cues, language, mentions)
                pairs = decide(s, [*mentions, clitic] if clitic else mentions, active, chunks, cues, disc,
                               counterpart, stranger, self.vocab.inserts)
                if "between" in table and all(_among_groups(s, c, chunks) for c in cues):  # (else none is)
                    pairs = []  # "participaram da reunião entre os líderes do BRICS e ...": attendance
                if pairs and out_of_office and _elect_subject(s, people, out_of_office):
                    pairs = []  # the out-of-office subject's partners, listed after "with", met him only
                if pairs and pairs[0][0].first > cues[0][0] < pairs[0][1].first:
                    # (only where the first pair stands after the cue, no subject of it before)
                    pairs = _unknown_subject(pairs, s, chunks, mentions, cues)
                if cues[0][2].mode == "written" \
                        and all(c[2].mode == "written" and c[2].weight == 1 for c in cues) \
                        and not any(t.form.startswith(_EXCHANGE_STEMS) for t in s.tokens[s.lo : s.hi]):
                    # "Соболезнования выразили также лидеры Казахстана, Узбекистана и Киргизии": the leaders
                    # of one plural title sent greetings, not to one another (unless they exchanged them)
                    pairs = [p for p in pairs if (p[0].first, p[0].last) != (p[1].first, p[1].last)]
                if "public_posts" in table:
                    # "leaders posted congratulations on social media": a message to no leader named
                    pairs = [p for p in pairs if _best_cue(cues)[0] != "written"
                             or all(m.kind in ("name", "title") and s.lo <= m.first < s.hi for m in p[:2])]
                kept_pairs: list[Pair] = []
                listed_runs: list[list[list[Mention]]] = []  # the leaders' runs, read once for all the pairs
                for kp in pairs:  # (a plain loop: no comprehension per cue sentence)
                    if (_cue_near(kp, mentions, cues, s, chunks, listed_runs)
                        or _only_two(kp, active, cues, s, chunks)) \
                            and _own_cue_live(kp, cues, s, modifiers) \
                            and self._goes_where(kp, cues, s, chunks, mentions) \
                            and not _bearer(kp, cues, s, leaders) \
                            and not _owned_by_other(kp, cues, s, mentions) \
                            and not _hosts_a_group(kp, cues, s, chunks):
                        kept_pairs.append(kp)
                pairs = kept_pairs
                if chaired:  # a meeting of three: each pair met
                    pairs = [(x, y, 0.6) for i, x in enumerate(chaired) for y in chaired[i + 1 :]
                             if x.country != y.country]
            focus = disc.focus
            disc.see(s, leaders, first_paragraph)
            if focus is None and out_of_office and _elect_subject(s, people, out_of_office):
                elect_led = True
            elif elect_led and cues and any(m.first < cues[0][0] for m in leaders):
                elect_led = False  # a leader named before the cue: a subject of his own
            if elect_led:
                disc.focus = None  # his partners are no leader in focus: "وناقش سموه مع Y" is his call
            if cues and not pairs and nobody and len({m.leader_id for m in leaders}) == 1:
                # "Путин принял министра ... Стороны обсудили": the sides are the leader and the person he
                # met, no leader named later in passing
                disc.met_other = True
            if pending is not None and s.words("members"):
                host, st = pending
                members = [m for m in leaders if m.country != host.country]
                if len(members) >= 2:  # "В состав делегации вошли X, Y, Z": each met the host
                    out += [replace(st, b=m, sentence=s.index) for m in members]
                    disc.group, disc.group_at = members, s.index
                    pending = None
                    continue
            if ((not pairs and len(leaders) == 1 and any(m.kind == "group" for m in mentions))
                or (pairs and leaders and _unnamed_partners(s, chunks, leaders[0], pairs,
                                                         language.quantifiers))) and cues \
                    and self._in_office(leaders[0], leaders[0], sdate):
                # (also "X called Y and then several NATO leaders": his pairs told, an unnamed group besides)
                # "Putin met heads of state of African countries": the heads may be named next
                pmode, pweight = _best_cue(cues)
                pstatus: Status = "planned" if planned.get(first_cue, False) else "occurred"
                pending = (leaders[0], Statement(leaders[0], leaders[0], s.index, pmode, pweight, pstatus,
                                                 sdate, None, 0.7, s.heading, context))
            # (a day of the month alone is on the calendar too: "27日に来日", not "当天", the next leg's day)
            calendar = sdate is not None and any(e.explicit or e.year is not None or (
                e.day is not None and e.offset is None and e.weekday is None) for e in s.dates)
            visited = [(leaders[0], *hit) for hit in self._visit_host(s, cues, leaders[0], day,
                                                                      language.destinations)] \
                if not pairs and cues and calendar and language.visits_meet_host and len(leaders) == 1 else []
            if cues and calendar and language.visits_meet_host and len(leaders) >= 2:
                visited = self._invited_hosts(s, cues, leaders, pairs, day, language.destinations)
            for visitor, host, vcue in visited:
                # "2019年，习近平对朝鲜进行国事访问": a visit on a calendar date to a country whose leader the
                # sentence does not name met its head of state (not "当天随后前往卡塔尔访问", the next leg);
                # a visit to countries listed together met each host
                vstatus: Status = "planned" if planned.get(vcue[0], False) else "occurred"
                out.append(Statement(visitor, host, s.index, "in_person", 2, vstatus, sdate, None,
                                     0.5, s.heading, context, visit=True))
            if not pairs and cues and language.visits_meet_host and len(leaders) == 1 and ref is not None:
                out += self._visits_since(s, cues, leaders[0], ref)
            if not pairs and not language.visits_meet_host and not s.heading and out:
                # (a background visit: after the report has stated a contact, not the report's own trip)
                hosted = self._named_host(s, cues, active, ctx.named, planned)
                if hosted is not None:
                    visitor, vcue = hosted
                    hdate = sdate if cues else sentence_date(s, sents, vcue[0], ref, dateline, False, anchor,
                                                             near)
                    # an earlier visit only: one before the report's day, on a calendar date (not "bricht an
                    # diesem Donnerstag zu ihrem ersten Besuch auf", whose meeting is still to come)
                    past = hdate is not None and ref is not None \
                        and hdate[0] < ref.isoformat()[:len(hdate[0])] \
                        and any(e.explicit or e.year is not None for e in s.dates)
                    met = self._host_named(visitor, vcue, s, chunks, hdate, seen, ctx.named, ref) \
                        if past else None
                    if met is not None:
                        out.append(Statement(visitor, met, s.index, "in_person", 2, "occurred", hdate, None,
                                             0.5, s.heading, context, background=s.earlier(), visit=True))
            if not pairs:
                # (a sentence holding a contact word frames nothing: "X and Y declared on Monday ..., a day
                # after X flew in for the first meeting")
                framed = framing_date(s, ref, dateline, anchor, leaders[0].first) \
                    if leaders and not s.cues() else None
                context = narrative_date(s, ref, dateline, leaders, anchor) or framed \
                    or _restated_day(s, cues, planned, sdate, ref) or context
                likewise = _likewise(s, cues, leaders, out, chunks)
                if likewise is not None and self._in_office(likewise.a, likewise.b, likewise.date):
                    out.append(likewise)
                if roundup is not None and not s.words("public_posts"):
                    # In a round-up every other leader who speaks sent the recipient a message, unless the
                    # text already says how they were in touch.
                    out += [Statement(m, roundup, s.index, "written", 3, "occurred", None, None, 0.6,
                                      s.heading) for m in leaders if m.country != roundup.country
                            and not _stated(out, m, roundup)]
                continue
            mode, weight = _best_cue(cues)
            initiator = self._initiator(s, mentions)
            # (no set or list built for a word kind or dates the sentence lacks: most lack them)
            receive_words = s.words("receive_words")  # "received" is a meeting, no arrival
            receives = {w.first for w in receive_words} if receive_words else _NO_TOKENS
            stated: When | None = None
            refs = [m for m in mentions if m.kind in ("pair", "they")]
            listed_with = _list_heads(s, leaders, chunks, cues)
            # a return visit ("e vi era tornato a luglio") is the pair's second act, not the one told first
            returns = s.words("returns")
            returning = {w.first for w in returns} if returns else _NO_TOKENS
            told = ([c for c in cues if c[0] not in returning] or cues) if returning else cues
            from_events = [e for e in s.dates if e.event] if s.dates else []
            for a, b, conf in pairs:
                # (a cue counted from, after b, is another pair's: "zadzwonił w środę do X, dzień po
                # rozmowie z Y" is no call with X on Tuesday)
                own_cues = [c for c in told if not any(b.last <= e.first and 0 <= c[0] - e.last <= _EVENT_NOUN
                                                       for e in from_events)] or told if from_events else told
                if len(own_cues) > 1 and s.words("after_contacts"):
                    own_cues = _not_after(s, own_cues, b)
                cue = listed_with.get(b.first) or s.nearest_cue(own_cues, b.first, b.last)
                visiting = s.side_clause(cue[0])
                again_a = [m for m in mentions if m.leader_id == a.leader_id and m is not a]
                if visiting is not None and b.last <= visiting[0] <= b.last + 2 \
                        and b.first not in listed_with and (s.is_visit(cue) or any(
                            visiting[0] <= m.first < visiting[1] for m in again_a)):
                    # "X a été reçu par Y, qui s'était rendu en Chine en avril 2023": the reception is the
                    # pair's contact; the visit in Y's relative clause is an earlier one (_relative_contact),
                    # as is a contact there with X named again ("che aveva accolto il leader cinese nel 2019")
                    outside = [c for c in told if s.side_clause(c[0]) is None]  # (for such a pair only)
                    if outside:
                        cue = s.nearest_cue(outside, b.first, b.last)
                if planned.get(cue[0], False) and len(cues) > 1 and "invitations" in table:
                    cue = _invitation_occasion(s, cues, cue, planned, language.occasions,
                                               language.counts[2] if language.counts else frozenset())
                status: Status = "planned" if planned.get(cue[0], False) else "occurred"
                # the pair's own cue decides its mode, unless it is a bare "talks"
                pmode, pweight = (cue[2].mode, cue[2].weight) if cue[2].weight >= 2 else (mode, weight)
                video = next((c for c in cues if c[2].mode == "video"), None)
                if video is not None and pmode == "in_person" and not s.is_visit(cue) \
                        and (s.words("summit") or s.same_clause(cue[0], video[0])):
                    # "a summit held by video conference", "se reunieron por videoconferencia"
                    pmode, pweight = "video", video[2].weight
                elif video is not None and pmode == "phone" and (0 <= video[0] - cue[1] <= _VIDEO_NEXT
                                                                 or 0 <= cue[0] - video[1] <= _VIDEO_NEXT):
                    # "созванивались по видео": a call made by video, the video word right beside the call
                    pmode, pweight = "video", video[2].weight
                if pmode == "phone" and pweight < 2 and (_names_city(s, cue[0]) or s.words("summit")
                                                         or _arrived_before(s, sents, {a.country,
                                                                                       b.country})
                                                         or _sidelines_before(s, sents)):
                    # "in Yaoundé, Macron spoke with Biya", "sprachen am Rande des Gipfels": they talked there
                    pmode = "in_person"
                # "Obama will meet Singh, their first meeting since the state dinner of 24 November 2009":
                # a planned contact's "first since" names the pair's last contact, held
                since = since_date(s, cue, ref, cue[0] in rescued) \
                    if status == "occurred" or s.words("firsts") else None
                if since is None and status == "occurred" and s.words("since_contacts") \
                        and not since_names(s, cue):
                    # "X sat down with Y, the first time since they met in Bangkok a year earlier": the
                    # "since" clause, with no leader of its own, names the pair's earlier meeting
                    other = next((c for c in cues if c is not cue and since_names(s, c)
                                  and not any(m.is_leader and m.kind == "name" and c[0] - 2 <= m.first < c[0]
                                              for m in mentions)), None)
                    since = since_date(s, other, ref, False) if other is not None else None
                if since is not None and _visit_since_apart(s, a, b, chunks):
                    since = None  # "their first meeting since Biden's visit to Israel": another leader's trip
                then_a, then_b = a, b
                if since is not None and not self._in_office(a, b, since) and _countries_ref(s, refs):
                    # "первая встреча лидеров двух стран после саммита в Женеве в июне 2021 года": the two
                    # countries' leaders of that day met, whoever holds the offices now
                    then_a, then_b = self._holder_then(a, since), self._holder_then(b, since)
                if since is not None and self._in_office(then_a, then_b, since):  # "their first meeting since
                    # June"
                    smode, sweight = _since_mode(s, cues, cue, pmode, pweight)
                    out.append(Statement(then_a, then_b, s.index, smode, sweight, "occurred", since, None,
                                         conf * 0.9, s.heading, context, background=True))
                if cue[0] in rescued or (status == "occurred" and since_names(s, cue)):
                    # "they had not met since the G20 summit", "progress since their meeting in Kazan last
                    # October": only the earlier meeting
                    continue
                when = sdate
                firm = _firmest(cues)
                if cue[2].weight < 2 <= firm[2].weight and firm[2].mode != "in_person" \
                        and planned.get(firm[0], False) == (status == "planned") \
                        and not any(e.event and 0 <= cue[0] - e.last <= _EVENT_NOUN for e in s.dates) \
                        and not any(cue[1] <= e.first < firm[0] and s.same_clause(cue[0], e.first)
                                    for e in s.dates):
                    # "anunciaron el inicio de conversaciones ..., después de que ambos mantuvieran ayer
                    # martes una conversación telefónica": bare talks take the call's mode, and its day
                    # (not talks counted from: "belde woensdag met X, een dag na zijn gesprek met Y"); not
                    # talks with a day of their own ("habló con X el 3 de febrero, ..., y cada llamada")
                    cue = firm
                if len(cues) > 1 and cue[0] != first_cue:
                    when = sentence_date(s, sents, cue[0], ref, dateline, status == "planned", anchor, near)
                    if s.words("then_words"):
                        when = _then_since(s, [cue], ref) or when
                own_day = _own_day(s, a, b, pairs)
                if own_day is not None:
                    # "he had hosted X on Monday and Y on Thursday": each partner listed with a day of its own
                    when = resolve(own_day, ref, status == "planned", anchor) or when
                then = status == "occurred" and when is None and bool(s.words("then_words")) \
                    and bool(out) and out[-1].status == "occurred"
                restated = _restated(s, out, a, b, cue[0]) \
                    if status == "occurred" and since is None and s.words("restating") else None
                if then:  # "At the time they held three hours of talks": the contact just stated
                    when = out[-1].date
                elif restated is not None:
                    # "Это был первый разговор двух лидеров в новом году": the contact just told, its mode
                    # unless this one names its own
                    when = restated.date
                    pmode, pweight = (pmode, pweight) if pweight >= 2 else (restated.mode, restated.weight)
                elif status == "occurred" and cue[2].weight <= 1 \
                        and (any(cue[0] - _ALSO_REACH <= w.first < cue[0] for w in s.words("additives"))
                             or any(s.tokens[j].keys[0] in self.additive_words
                                    for j in range(cue[0] + 1, cue[1]))
                             or (cue[2].weight == 0 and (
                                 (when is None and s.tokens[cue[0] - 1].form in language.definites)
                                 or any(_during(s, c) and s.tokens[c[0] - 1].form in language.definites
                                        and not any(s.same_clause(c[0], e.first) for e in s.dates)
                                        for c in cues)))):
                    # "after the talks with Xi" with no date of its own: the talks already told
                    # "they also discussed the accords signed on 22 July": the talks just stated
                    # "au cours de leur entretien, ils ont évoqué l'accord conclu en juillet": the same
                    # "les deux dirigeants ont aussi parlé de ...": a weak "spoke" is it too, and its mode
                    prev = next((st for st in reversed(out)
                                 if st.status == "occurred" and st.date and _same_pair(st, a, b)), None)
                    when = prev.date if prev is not None else when
                    if prev is not None and cue[2].weight == 1 and prev.weight >= 2:
                        pmode, pweight = prev.mode, prev.weight
                listed = self._counted_listed(s, a, b, cue, pmode, when, ref, anchor, conf, context) \
                    if status == "occurred" and len(pairs) == 1 and len(s.dates) > 1 \
                    and ("iteratives" in table or "ordinals" in table) else []
                if listed:
                    # "they met twice last year: in May in X, in October in Y": one contact per month listed
                    out += listed
                    if when is None or when[1] == "year" or any(x.date == when for x in listed):
                        continue
                if status == "occurred" and (when is None or when[1] == "year") and s.words("iteratives"):
                    # "Kim had met Moon three times", "hatte Biden im vergangenen Jahr mehrfach getroffen":
                    # several meetings, none dated to its month
                    continue
                if status == "occurred" and not self._in_office(a, b, when, a in active and b in active):
                    continue  # "their last call was in January, days before Trump's inauguration"
                # "la premier aveva incontrato Zelensky il 21 febbraio dell'anno scorso": an earlier contact,
                # not the report's own one of the pair
                earlier = (status == "occurred" and when is not None
                           and (s.earlier() or (well_before(when, ref) and language.told_before(s, cue)))) \
                    or (then and out[-1].background)
                out.append(Statement(a, b, s.index, pmode, pweight, status, when,
                                     initiator if initiator in (a.leader_id, b.leader_id) else None, conf,
                                     s.heading, context, background=earlier,
                                     visit=(not cues or bool(s.words("visit")))  # (else no cue is a visit)
                                     and all(s.is_visit(c) and c[0] not in receives for c in cues),
                                     reply=pmode == "written" and bool(s.words("replies")),
                                     pluperfect=status == "occurred" and when is None
                                     and language.told_before(s, cue),
                                     previous=status == "occurred" and when is None and not then
                                     and restated is None and _told_previous(s, cue)))
                if status == "occurred" and when is not None and len(pairs) == 1 and _first_then_second(s):
                    out.append(replace(out[-1], confidence=conf * 0.9, again=True))
                second = joined_date(s, when, ref, status == "planned", anchor) if when is not None \
                    and not then and s.dates else None
                listed_dates = {when}
                while second is not None and second not in listed_dates:
                    # "met in 2018 and in 2019"; along a list, each date joined to the one before it ("in Bali
                    # in November 2022, at Woodside in November 2023 and ...")
                    listed_dates.add(second)
                    if self._in_office(a, b, second):
                        out.append(Statement(a, b, s.index, pmode, pweight, status, second, None, conf * 0.9,
                                             s.heading, context, background=True))
                    second = joined_date(s, second, ref, status == "planned", anchor, listed_dates)
                if status == "occurred" and when is not None and when[1] == "day" and not earlier \
                        and not (s.dates and well_before(when, ref) and _recalled_year(s, when, ref)):
                    # (not an earlier contact told in the pluperfect: "La premier era stata a Kiev il 21
                    # febbraio, quando aveva incontrato Zelensky. Nel pomeriggio il presidente ucraino è stato
                    # ricevuto dal Papa" goes on with the report's day)
                    stated = when
                out += self._relative_contact(s, sents, a, b, cue, cues, planned, ref, dateline, anchor, when,
                                              conf, context, refs, again_a)
                if status == "occurred" and when is not None and len(pairs) == 1 and len(cues) > 1 \
                        and s.dates:
                    # (the dates the sentence already gave the pair: "met in 2018 and in 2019" is
                    # joined_date's)
                    taken = listed_dates | {x.date for x in out
                                            if x.sentence == s.index and _same_pair(x, a, b)}
                    out += self._coordinate_contact(s, sents, (a, b), cue, cues, planned,
                                                    (ref, dateline, anchor), taken, conf, context, mentions,
                                                    chunks)
                if status == "occurred" and s.words("after_contacts"):
                    out += self._after_contact(s, a, b, cue, mentions, ref, anchor, when, conf, context)
                out += self._pair_again(s, sents, a, b, cue, cues, mentions, planned, ref, dateline, anchor,
                                        conf, context) if len(pairs) == 1 else []
                if status == "occurred" and when is not None and len(pairs) == 1 and s.words("during"):
                    out += _during_other(s, a, b, cues, when, ref, anchor, conf, context, dateline)
                colon = ":" in s.text[s.tokens[cue[1] - 1].end : s.tokens[s.hi - 1].start]
                if status == "occurred" and len(pairs) == 1 and (when is not None or colon):
                    # (undated, a summary before a colon: "лидеры общались только по телефону: первый разговор
                    # состоялся 12 февраля" dates the call after it)
                    out += self._second_act(s, a, b, cue, cues, pmode, when, planned, ref, anchor, conf,
                                            context)
                if restated is not None:
                    out += self._after_restating(s, sents, a, b, cues, planned, ref, dateline, anchor, conf,
                                                 context)
            disc.record(s, pairs)
            context = stated or context
        return out

    @staticmethod
    def _live_cues(s: Parsed, negative: tuple[str, ...] = (),
                   late: bool = False, early: bool = False) -> tuple[list[CueAt], set[int]]:
        """Return the cues no negation reaches (none when the sentence denies), and the rescued ones.

        A negated cue followed by "since" is rescued: "they had not met since the G20 summit" says they met
        at the summit. negative holds the negation suffixes of the text's language (Turkish "görüşmedi").
        early: the negation stands before the verb's whole phrase, its partner included (Chinese "没有同
        朝鲜领导人会面"): it reaches a cue anywhere after it in its clause.
        """
        cues = s.cues()
        if not cues or s.words("denial"):
            return [], set()
        return RuleExtractor._live_cues_read(s, cues, negative, late, early)

    @staticmethod
    def _live_cues_read(s: Parsed, cues: list[CueAt], negative: tuple[str, ...], late: bool,
                        early: bool) -> tuple[list[CueAt], set[int]]:
        """_live_cues where a cue stands (apart: its closures' cells are made at every call, at entry)."""
        # "non-proliferation", "no-fly": a negation word fused by a hyphen negates nothing
        # (a word kind the sentence lacks builds no list: most have no negation and no "since")
        table = s.word_kinds()
        negations, sinces = table.get("negation"), table.get("since")
        negs = [m.first for m in negations if not _hyphenated(s, m.last - 1)] if negations else []
        since = [m.first for m in sinces] if sinces else []
        if negative:  # (most languages have no negation suffix: no generator per cue)
            negs += [c[0] for c in cues if any(a in s.tokens[j].form for j in range(c[0], c[1])
                                               for a in negative)]  # "görüşmeyeceğini"
        # "a meeting with the Russian president remains ruled out": anywhere in the cue's clause
        exclusions = table.get("exclusions")
        excl = [m.first for m in exclusions] if exclusions else []
        hearsay = table.get("hearsay")  # "Trump reportedly spoke with Putin": told by others, not held here
        if hearsay:
            excl += [m.first for m in hearsay]
        live, rescued = [], set()
        for c in cues:
            if excl and any(abs(n - c[0]) <= _NEG_FINAL and s.same_clause(c[0], n) for n in excl):
                continue
            # (where the negation opens the verb's phrase, one after the cue in another clause negates
            # another verb: "举行会谈，但未能达成停火协议", held talks but reached no ceasefire; unless its
            # clause speaks of the contact again: "打过电话，但没有说明通话时间")
            if not negs or not any(
                    (c[0] - _NEG_BEFORE <= n < c[1] + _NEG_AFTER
                     and not (early and n >= c[1] and not s.same_clause(c[1] - 1, n)
                              and not any(0 < d[0] - n <= _NEG_FINAL and _unbroken(s, n, d[0])
                                          for d in cues)))
                    or ((s.verb_final or late) and c[1] <= n < c[1] + _NEG_FINAL
                        and s.same_clause(c[1] - 1, n))
                    or (early and c[0] - _NEG_FINAL <= n < c[0] and s.same_clause(n, c[0]))
                    for n in negs):  # (no negation word: every cue is live, no generator per cue)
                live.append(c)
            elif any(c[1] <= w <= c[1] + _CUE_REACH for w in since):
                live.append(c)
                rescued.add(c[0])
        # "Визит министра в Пекин", "la visite du ministre", "زيارة الوزير": a visit whose complement right
        # after it is a minister is the minister's, no leader's
        minister_words = table.get("ministers")
        if minister_words:  # (most sentences name no minister: nothing to drop, no set built)
            ministers = {m.first for m in minister_words}
            links = {j for kind in ("genitives", "fillers") for m in s.words(kind)
                     for j in range(m.first, m.last)}
            live = [c for c in live if not (s.is_visit(c) and any(
                c[1] <= k <= c[1] + 2 and all(j in links for j in range(c[1], k)) for k in ministers))]
        # "annullare la visita a Copenaghen, dove avrebbe incontrato X": the place clause of a visit called
        # off tells what would have happened there
        place_relatives = table.get("place_relatives")  # (most sentences: none, no list or generator built)
        wheres = [w.first for w in place_relatives
                  if any(c not in live and s.is_visit(c) and 0 <= w.first - c[1] <= _CALLED_OFF
                         for c in cues)] if place_relatives else []
        if wheres:
            live = [c for c in live if not any(w < c[0] for w in wheres)]
        for c in live:  # (a plain loop: no generator per sentence)
            if c[1] - c[0] == 1:
                live = [c for c in live if not _gathered(s, c)]
                break
        if "during" in table and any(c[2].mode == "written" and c[2].weight == 1 for c in live):
            live = _spoken_greeting(s, live)
        return live, rescued

    def _still_elect(self, c: Chunk, s: Parsed, found: list[Mention], seen: dict[str, None], here: Context,
                     elected: set[str], chunks: list[Chunk]) -> list[Mention]:
        """Keep a leader a page with no day called president-elect (or former) out of office throughout.

        "X habló con Donald Trump, el presidente electo estadounidense. ... X le felicitó además": nothing
        says he took office since, so the page's later mentions of him are no leader either.
        Only an out-of-office title in apposition after the name does this (not a crown prince's title
        before it: "ولي عهد أبوظبي محمد بن زايد" stays a crown prince the text may name again in a list).
        """
        if c.elect and c.names and not found:
            k = chunks.index(c)
            after = chunks[k + 1] if k + 1 < len(chunks) else None
            if after is None or not (after.elect and after.minister and not after.names):
                return found
            named = self.resolver.resolve(replace(c, elect=False), s.tokens, s.text, None, seen, here)
            elected.update(m.leader_id for m in named if m.kind == "name" and m.leader_id)
            return found
        return [m for m in found if m.leader_id not in elected]

    @staticmethod
    def _planned(s: Parsed, cues: list[CueAt], late: list[Chunk] | None = None,
                 own: frozenset[int] = frozenset(),
                 occasions: frozenset[str] = frozenset(),
                 adjectives: frozenset[int] = frozenset(),
                 owners: frozenset[str] = frozenset()) -> dict[int, bool]:
        """Tell for each cue (by its first token) whether a future or announcement marker reaches it.

        Near it, or farther before it in its clause ("was due to travel to London for a meeting"), or
        anywhere before it after an opening "it is planned that" ("من المقرر أن", "قرار است"). Where the
        participle closes the clause (German: late holds the sentence's chunks), a marker there reaches a cue
        anywhere before it in the clause, across the commas of a list of people ("ist ein Treffen mit X, Y
        und Z geplant").
        """
        marks = s.future_marks
        table = s.word_kinds()
        openers = table.get("planned_sentence", ())
        # "una posible reunión", "ein mögliches Treffen": a possibility word right before or after the cue
        possibles = table.get("possible", ())
        if not marks and not openers and not possibles:
            return dict.fromkeys(map(_CUE_AT, cues), False)  # no marker reaches any cue (most sentences)
        return RuleExtractor._planned_marked(s, cues, late, own, occasions, marks, openers, possibles,
                                             adjectives, owners)

    @staticmethod
    def _planned_marked(s: Parsed, cues: list[CueAt], late: list[Chunk] | None, own: frozenset[int],
                        occasions: frozenset[str], marks: list[int], openers: Sequence[Match[Payload]],
                        possibles: Sequence[Match[Payload]],
                        adjectives: frozenset[int] = frozenset(),
                        owners: frozenset[str] = frozenset()) -> dict[int, bool]:
        """_planned where a marker stands (apart: its closures' cells are made at every call, at entry)."""
        opening = [m.first for m in openers]
        possible = [w.first for w in possibles]
        written = any(c[2].mode == "written" for c in cues)
        genitives = {w.first for w in s.words("genitives")} if written else set()
        # a marker after the cue counts in its clause only: "une visite d'Etat qui doivent tourner la page"
        # is a visit under way, its relative clause's future its own
        # a marker before the cue counts unless it sits in a side clause closed before it ("Díaz-Canel, que
        # continuará por Turquía, ya se había reunido con Putin": the tour goes on, the meeting was held)
        # "una lettera di invito", "a letter of invitation": the invitation is the letter's content, a visit
        # to come; the letter itself was written
        def content(c: CueAt, p: int) -> bool:
            return c[2].mode == "written" and c[1] in genitives and c[1] < p < c[1] + _PLAN_AFTER \
                and s.same_clause(c[1], p)

        listing = frozenset(p for p in s.marks if any(p <= k.first <= p + 1 for k in late)) if late else None
        # "est attendu jeudi à Samarcande, en Ouzbékistan, pour un entretien": the commas around a place
        # in apposition close no clause
        placed = _place_appositions(s)
        # "le sommet qui devait réunir X et Y", "the meeting that was to bring": a plan told in the past in
        # the relative clause on the contact's noun makes the contact a plan (one that may not have held)
        relatives = {w.first for w in s.words("relative")}
        # "a telephone conversation between Russian and US Presidents Vladimir Putin and Donald Trump will
        # take place": the pair after "between" belongs to the cue's noun, the clause's verb comes after it
        betweens = s.words("between")
        joined = frozenset(c[0] for c in cues if any(c[1] <= w.first <= c[1] + 1 for w in betweens)) \
            if betweens else frozenset()
        # "invited Trump to Germany during their first phone call": the call the invitation was made in
        invites = s.words("invitations")
        invited = frozenset(w.first for w in invites) if invites else frozenset()
        # (and a meeting "during" which it was made, in any mode: "invited him to India during their talks")
        held = frozenset(c[0] for c in cues if _occasion(s, c, occasions, owners)) if invited else frozenset()

        def past_plan(c: CueAt, p: int) -> bool:
            if not any(c[1] <= r <= c[1] + 1 and r < p <= r + 2 for r in relatives):
                return False
            here, before = s.tokens[p].form, s.tokens[p - 1].form
            after = s.tokens[p + 1].form if p + 1 < s.hi else ""
            return here in _PAST_PLANS or before in _PAST_PLANS or (here in _MUST and after.startswith("был"))

        # the words of a date between the marker and the cue do not count, nor a comma that closes the date:
        # a future verb, then the day in full with its year and a comma, then the contact's noun (Arabic puts
        # the date right after the verb); any other comma between keeps the reach as it was
        def near(p: int, cue: int) -> bool:
            if cue - _PLAN_BEFORE <= p:
                return True
            if p >= cue:
                return False
            dated = s.dated()
            # (a comma only: a colon after "this year" opens a list of the year's earlier contacts, "это будет
            # их шестое взаимодействие в этом году: в январе лидеры созванивались")
            return all(k - 1 in dated and _comma_before(s, k) for k in s.marks if p < k <= cue) \
                and cue - _PLAN_BEFORE - sum(1 for i in dated if p < i < cue) <= p

        # a marker after "and" that leads another cue is that one's: "se sont entretenus mardi par téléphone
        # et pourront se rencontrer à Paris" plans the meeting, the call was held
        starts = [c[0] for c in cues]

        def led(c: CueAt, p: int) -> bool:
            return (any(p < k <= p + _PLAN_LEADS for k in starts if k > c[1])
                    and any(s.tokens[j].form in LIST_WORDS for j in range(c[1], p))) \
                or (bool(invited) and _invited_after(s, c, p, invited)) or _own_future(s, c, p, cues)

        # (a plan adjective on a contact noun after another cue is that cue's object: "spoke by phone and
        # discussed the upcoming summit" tells a call held; see _plan_adjectives)
        return {c[0]: any((c[0] <= p <= c[1]) if p in own else
                          False if p in adjectives and any(c[1] <= k < p for k in starts) else
                          ((near(p, c[0]) and p < c[1] and not (p < c[0] and _closed_before(s, p, c[0])))
                           or (c[1] <= p < c[1] + (_PLAN_CLAUSE if c[0] in joined else _PLAN_AFTER)
                               and s.same_clause(c[0], p) and not led(c, p))
                           or (listing is not None and c[1] <= p < c[1] + _PLAN_CLAUSE
                               and _clause_to(s, c[0], p, listing) and not _own_future(s, c, p, cues))
                           # the auxiliary before the list, the infinitive after it ("wird danach auch X, Y
                           # sowie Z treffen")
                           or (listing is not None and c[0] - _PLAN_LISTED <= p < c[0]
                               and (c[1] >= s.hi or c[1] in s.marks) and _clause_to(s, p, c[0], listing))
                           or (c[0] - _PLAN_CLAUSE <= p < c[0] and (s.same_clause(p, c[0])
                                                                    or (bool(placed)
                                                                        and _clause_to(s, p, c[0], placed)))))
                          and not content(c, p) and not (c[0] in held and _invitation_led(c, p, invited))
                          for p in marks)
                or any(past_plan(c, p) for p in marks)
                or any(p == c[0] - 1 or p == c[1] for p in possible)
                or any(p < c[0] for p in opening) for c in cues}

    def _relative_contact(self, s: Parsed, sents: list[Parsed], a: Mention, b: Mention, cue: CueAt,
                          cues: list[CueAt], planned: dict[int, bool], ref: date | None,
                          dateline: DateExpr | None, anchor: date | None, when: When | None, conf: float,
                          context: When | None, refs: Sequence[Mention] = (),
                          again_a: Sequence[Mention] = ()) -> list[Statement]:
        """Return the pair's second contact a relative clause on b, or on the pair, states with its own date.

        "X was received by Y, with whom he co-chairs the summit on Thursday": a reception yesterday and a
        meeting today (the clause opens with "with": its contact is with y). "Their second encounter as
        leaders, who first met in Bangkok in November": the pair's earlier meeting, in passing.
        """
        main = s.side_clause(cue[0])
        if main is None:  # (most sentences: no cue in a side clause, each cue's clause is the main one's)
            for c in cues:
                if s.side_clause(c[0]) is not None:
                    break
            else:
                return []

        def of_pair(clause: tuple[int, int] | None) -> bool:
            return clause is not None and any(r.last <= clause[0] <= r.last + 2 for r in refs) \
                and not any(clause[0] <= m.first < clause[1] for m in s.words("negation"))

        def with_whom(clause: tuple[int, int] | None) -> bool:
            # only "Y, with whom ...": "Y, who arrived to attend the summit" met nobody
            return clause is not None and b.last <= clause[0] <= b.last + 2 \
                and any(abs(w.first - clause[0]) <= 1 for w in s.words("with_words")) \
                and not any(clause[0] <= m.first < clause[1] for m in s.words("negation"))

        def whom(clause: tuple[int, int] | None, c: CueAt) -> bool:
            # "Y, whom he had already met in May", "Y, a quien ya había visto en mayo": a relative clause on y
            # whose subject pronoun is x, with a firm cue of its own
            return clause is not None and b.last <= clause[0] <= b.last + 2 and c[2].weight >= 2 \
                and any(clause[0] <= p.first < c[0] for p in s.words("pronouns")) \
                and not any(clause[0] <= m.first < clause[1] for m in s.words("negation"))

        def visited(clause: tuple[int, int] | None, c: CueAt) -> bool:
            # "Y, qui s'était rendu en Chine en avril 2023": a relative clause on y, y's visit to a's country
            return clause is not None and b.last <= clause[0] <= b.last + 2 and s.is_visit(c) \
                and s.destination(c, [(a.first, a.last), (b.first, b.last)]) == a.country \
                and not any(clause[0] <= m.first < clause[1] for m in s.words("negation"))

        def named_again(clause: tuple[int, int] | None, c: CueAt) -> bool:
            # "Y, che aveva accolto il leader cinese già nel marzo 2019": a clause on y naming a again
            return clause is not None and b.last <= clause[0] <= b.last + 2 and c[2].weight >= 2 \
                and any(clause[0] <= m.first < clause[1] for m in again_a) \
                and not any(clause[0] <= m.first < clause[1] for m in s.words("negation"))

        for c in cues:
            side = s.side_clause(c[0])
            passing = of_pair(side) or whom(side, c) or visited(side, c) or named_again(side, c)
            if c is cue or side == main or not (with_whom(side) or with_whom(main) or passing):
                continue
            future = planned.get(c[0], False)
            other = sentence_date(s, sents, c[0], ref, dateline, future, anchor, None)
            if other is None or other == when:
                continue
            mode = c[2].mode or "in_person"
            return [Statement(a, b, s.index, mode, max(c[2].weight, 1), "planned" if future else "occurred",
                              other, None, conf * 0.9, s.heading, context, background=passing)]
        return []

    def _coordinate_contact(self, s: Parsed, sents: list[Parsed], pair: tuple[Mention, Mention], cue: CueAt,
                            cues: list[CueAt], planned: dict[int, bool],
                            at: tuple[date | None, DateExpr | None, date | None],
                            taken: Collection[When | None],
                            conf: float, context: When | None, mentions: Sequence[Mention],
                            chunks: Sequence[Chunk]) -> list[Statement]:
        """Return the pair's second contact a clause of its own states with a firm cue and a date of its own.

        "X held talks with Y on Wednesday; early this month they had already met in Ashgabat", "ils s'étaient
        parlé le 22 septembre, avant de se retrouver à Rome en octobre": one contact per clause, each with
        its cue and its date. The clause names nobody but the pair (not "on Tuesday Y met the minister").
        """
        a, b = pair
        ref, dateline, anchor = at
        if any(k.minister for k in chunks):
            return []  # "the minister met X in April, then visited Tehran in June": the minister's trips
        ids = (a.leader_id, b.leader_id)
        for c in cues:
            if c is cue or c[2].weight < 2 or planned.get(c[0], False) or s.is_visit(c) \
                    or s.same_clause(cue[0], c[0]) or not _own_clause_dated(s, c):
                continue  # (a side clause's contact is _relative_contact's; a visit's first day is none)
            ours = [m for m in mentions if s.same_clause(c[0], m.first)
                    and (m.leader_id in ids or m.kind in ("pair", "they", "pronoun"))]
            if (c[0] < cue[0] and not ours) or any(
                    (k.names or k.title) and s.same_clause(c[0], k.first)
                    and not any(k.first <= m.first < k.last for m in ours) for k in chunks):
                # "The meeting came a day after X held talks with Y": a clause before the pair's names
                # nobody of it, and tells another contact; "..., where he met the crown prince": another
                # person's
                continue
            read = sentence_date(s, sents, c[0], ref, dateline, False, anchor, None)
            other = _year_told(s, c, read, ref)
            if other is None or read in taken or other in taken or not self._in_office(a, b, other):
                continue
            return [Statement(a, b, s.index, c[2].mode or "in_person", c[2].weight, "occurred", other, None,
                              conf * 0.9, s.heading, context, background=True)]
        return []

    @staticmethod
    def _pair_again(s: Parsed, sents: list[Parsed], a: Mention, b: Mention, cue: CueAt, cues: list[CueAt],
                    mentions: list[Mention], planned: dict[int, bool], ref: date | None,
                    dateline: DateExpr | None, anchor: date | None, conf: float,
                    context: When | None) -> list[Statement]:
        """Return a second contact of the pair that "the two leaders" states with a cue of its own.

        "After the letter X sent Y, the two leaders spoke by phone on 29 June": the letter is the named
        pair's; the call, with its mode and date, is the pair's again.
        """
        if not (s.lo <= a.first and s.lo <= b.first):
            return []  # the pair is named here, and referred to again
        for r in mentions:
            if r.kind != "pair" or r.first < b.last or r.first < a.last:
                continue
            own = s.nearest_cue(cues, r.first, r.last)
            if own is cue or own[2].weight < 2 or own[2].mode == cue[2].mode or planned.get(own[0], False):
                continue
            when = sentence_date(s, sents, own[0], ref, dateline, False, anchor, None)
            mode = own[2].mode or "in_person"
            return [Statement(a, b, s.index, mode, own[2].weight, "occurred", when, None, conf * 0.9,
                              s.heading, context)]
        return []

    def _second_act(self, s: Parsed, a: Mention, b: Mention, cue: CueAt, cues: list[CueAt],
                    mode: Mode | None, when: When | None, planned: dict[int, bool], ref: date | None,
                    anchor: date | None, conf: float, context: When | None) -> list[Statement]:
        """Return a second contact of the pair a coordinated verb tells with its own mode and date.

        "The two leaders had first spoken by phone in October, and exchanged a few words in person at COP26
        in November": after "and", a firm cue of another mode, dated in its own clause, is another contact of
        the same pair; after a colon, one of any mode ("their second meeting this year: in May
        the Japanese premier came to Sochi").
        """
        for c in cues:
            if c[0] < cue[1] or planned.get(c[0], False):
                continue
            counted = counted_from(s, c[0]) if s.dates else None
            if counted is not None and counted.first >= cue[1]:
                return self._counted_act(s, a, b, c, counted, mode, when, conf, context)
            # (not a preposition that opens a date: the French "en" of "en août 2019" is no Dutch "and")
            # (nor before a place: "reunido con X en Argel en abril de 2022, y regresó")
            starts = {e.first for e in s.dates} | {m.first for m in s.matches
                                                   if any(isinstance(p, Place | City) for p in m.payloads)}
            joins = [j for j in range(cue[1], c[0]) if s.tokens[j].form in LIST_WORDS | _THEN_JOINS
                     and not (j + 1 in starts and s.tokens[j].form in _DATE_OPENERS)]
            # "президенты поговорили 12 февраля, а 18 марта обсудили ...", "y en septiembre de 2024 ambos
            # volvieron a reunirse": a date between the joining word and the cue is the second act's own,
            # whatever its mode and weight
            fronted = max((e for e in s.dates if joins and joins[0] < e.first and e.last <= c[0]
                           and s.same_clause(e.last, c[0]) and s.since_of(e) is None),
                          key=lambda e: e.first, default=None)
            if fronted is None and not joins and s.marks:
                fronted = _listed_date(s, cue, c)
            if fronted is None and c[2].weight < 2:
                continue
            # the clause after a colon starts at the first word after it
            opens = next((j for j in range(cue[1], min(c[0] + 1, len(s.tokens) - 1))
                          if ":" in s.gap(j, j + 1)), None)
            # "il avait reçu son homologue en août 2019, puis s'était rendu au Kremlin en février 2022": after
            # "then", a second act of the same mode
            then = any(s.tokens[j].form in _THEN_JOINS for j in joins) \
                or any(w.first == c[0] for w in s.words("returns"))  # "e vi era tornato a luglio"
            if fronted is None and opens is None and ((c[2].mode == mode and not then
                                                       and not (when and _dated_after(s, c))) or not joins):
                continue
            # the coordinated clause starts after "and": its date may stand before a verb that closes it
            # ("und sich im Juni in Cornwall getroffen")
            start = (joins[-1] + 1 if joins else c[1]) if opens is None else opens + 1
            own = fronted or next((e for e in s.dates
                                   if e.first >= start and not s.separated(c[0], e.first, dated=True)), None)
            other = resolve(own, ref, False, anchor) if own is not None else None
            if other is None or other == when or not self._in_office(a, b, other):
                return []
            kind = c[2].mode if c[2].weight >= 2 else mode
            return [Statement(a, b, s.index, kind or "in_person", c[2].weight, "occurred", other, None,
                              conf * 0.9, s.heading, context, background=True)]
        return self._previous_after_colon(s, a, b, cue, cues, mode, when, ref, anchor, conf, context)

    def _counted_listed(self, s: Parsed, a: Mention, b: Mention, cue: CueAt, mode: Mode | None,
                        when: When | None, ref: date | None, anchor: date | None, conf: float,
                        context: When | None) -> list[Statement]:
        """Return the pair's earlier contacts a count lists with their months or days, one per date.

        "They have met twice this year, first in Tokyo in March, then in Seoul in May", "it was their third
        meeting, after Singapore in June 2018 and Hanoi in February 2019": after the count (a word of times,
        or an ordinal right before the contact word), two or more months or days the sentence names, each
        before the report's day and none counted from ("since") or an event's, are as many contacts.
        """
        counts = [w.first for w in s.words("iteratives")] \
            + [w.first for w in s.words("ordinals") if w.last == cue[0]]
        if not counts:
            return []
        start = min(counts)
        today = ref.isoformat() if ref is not None else None
        days: dict[When, None] = {}
        for e in s.dates:  # (a plain loop: a few dates at most)
            if e.first <= start or e.month is None or e.event or s.since_of(e) is not None:
                continue
            day = resolve(e, ref, False, anchor)
            if day is not None and day[1] != "year" and (today is None or day[0] < today[:len(day[0])]):
                days[day] = None
        if len(days) < 2:
            return []
        # (the sentence's own date last, at full confidence; the others recalled, a little less sure)
        return [Statement(a, b, s.index, mode or "in_person", max(cue[2].weight, 2), "occurred", day, None,
                          conf if day == when else conf * 0.9, s.heading, context, background=True)
                for day in sorted(days, key=lambda d: d == when) if self._in_office(a, b, day)]

    def _counted_act(self, s: Parsed, a: Mention, b: Mention, c: CueAt, counted: DateExpr, mode: Mode | None,
                     when: When | None, conf: float, context: When | None) -> list[Statement]:
        """Return the pair's contact a day count after their contact starts from, dated back from it.

        "X et Y se sont revus vendredi, au lendemain de leur premier tête-à-tête", "un día después de
        una primera reunión": the talks named after the count are the pair's own, the count's days before
        the main day (not "au lendemain de son entretien avec Z": a name or a "with" in the event makes it
        another pair's).
        """
        end = next((p for p in s.marks if p > c[1]), s.hi)
        if counted.offset is None or any(counted.last <= w.first < end for w in s.words("with_words")) \
                or any(counted.last <= m.first < end and any(isinstance(p, Name) for p in m.payloads)
                       for m in s.matches):
            return []
        day = as_day(when) if when is not None and when[1] == "day" else None
        other: When | None = ((day - timedelta(days=counted.offset)).isoformat(), "day") if day else None
        if other is not None and not self._in_office(a, b, other):
            return []
        kind = c[2].mode if c[2].weight >= 2 else mode
        return [Statement(a, b, s.index, kind or "in_person", c[2].weight, "occurred", other, None,
                          conf * 0.9, s.heading, context, background=True)]

    def _after_contact(self, s: Parsed, a: Mention, b: Mention, cue: CueAt, mentions: list[Mention],
                       ref: date | None, anchor: date | None, when: When | None, conf: float,
                       context: When | None) -> list[Statement]:
        """Return the pair's earlier contact an "after" before another contact word names, with its date.

        "The meeting came a year after their encounter at the NATO summit in Brussels in June 2021", "un año
        después del encuentro de ambos ..., en junio de 2021": the contact word stands right after the
        "after" (a possessive or an adjective between), the first date after it within reach dates it, and
        no leader of a third country is named in the phrase (not "after his talks with Biden in April").
        """
        for w in s.words("after_contacts"):
            if _not_yet(s, w):
                continue
            other = next((c for c in s.cues() if c is not cue and c[0] != cue[0]
                          and 0 <= c[0] - w.last <= _AFTER_GAP), None)
            if other is None:
                continue
            e = next((e for e in s.dates if 0 <= e.first - other[1] <= _AFTER_REACH), None)
            if e is None or not (e.explicit or e.year is not None) or e.event:
                continue
            if any(w.first <= m.first < e.last and m.is_leader and m.country not in (a.country, b.country)
                   for m in mentions):
                continue
            day = resolve(e, ref, False, anchor)
            if day is None or day == when or not well_before(day, ref) \
                    or not self._in_office(a, b, day):
                continue
            return [Statement(a, b, s.index, other[2].mode or "in_person", max(other[2].weight, 2),
                              "occurred", day, None, conf * 0.9, s.heading, context, background=True)]
        return []

    def _previous_after_colon(self, s: Parsed, a: Mention, b: Mention, cue: CueAt, cues: list[CueAt],
                              mode: Mode | None, when: When | None, ref: date | None, anchor: date | None,
                              conf: float, context: When | None) -> list[Statement]:
        """Return the pair's earlier contact a "previous" after a colon stands for, its noun left out.

        "Это второй разговор двух президентов: предыдущий состоялся 12 февраля", "le deuxième entretien des
        deux présidents ; le précédent remontait au 12 février": the word opens the clause after the colon,
        no contact word follows it there, and a date does; the earlier contact has the cue's mode.
        """
        if not s.words("last_time"):
            return []  # (most sentences: no "previous" to read, no scan for a colon)
        opens = next((j for j in range(cue[1], s.hi - 1) if any(p in s.gap(j, j + 1) for p in ":;")), None)
        if opens is None or any(c[0] > opens for c in cues):
            return []
        # (an article may stand before it: "; the previous one was on 12 February")
        prev = next((w for w in s.words("last_time") if opens < w.first <= opens + 2
                     and all(any(isinstance(p, Word) and p.kind == "fillers" for p in m.payloads)
                             for m in s.matches if opens < m.first < w.first)
                     and not any(opens < m.first < w.first and not m.payloads for m in s.matches)), None)
        own = next((e for e in s.dates if prev is not None and e.first >= prev.last
                    and not s.separated(prev.last, e.first, dated=True)), None)
        other = resolve(own, ref, False, anchor) if own is not None else None
        if other is None or other == when or not self._in_office(a, b, other):
            return []
        return [Statement(a, b, s.index, mode or "in_person", cue[2].weight, "occurred", other, None,
                          conf * 0.9, s.heading, context, background=True)]

    def _after_restating(self, s: Parsed, sents: list[Parsed], a: Mention, b: Mention, cues: list[CueAt],
                         planned: dict[int, bool], ref: date | None, dateline: DateExpr | None,
                         anchor: date | None, conf: float, context: When | None) -> list[Statement]:
        """Return the earlier contact a clause after a restating one tells with its own cue and date.

        "It was their first bilateral meeting in Italy: the two had first met in person at COP27 in November
        last year": the first clause is the contact just told, the second another one, dated after its cue
        with no clause word between.
        """
        opener = next((w for w in s.words("restating") if w.first <= s.lo + 1), None)
        if opener is None:
            return []
        for c in cues:
            if c[2].weight < 2 or s.same_clause(opener.first, c[0]) or planned.get(c[0], False):
                continue
            when = sentence_date(s, sents, c[0], ref, dateline, False, anchor, None)
            if when is None or not any(e.first > c[0] and not s.separated(c[0], e.first) for e in s.dates) \
                    or not self._in_office(a, b, when):
                return []
            return [Statement(a, b, s.index, c[2].mode or "in_person", c[2].weight, "occurred", when, None,
                              conf * 0.9, s.heading, context, background=True)]
        return []

    def _resolve_in_period(self, c: Chunk, s: Parsed, when: When, ref: date | None, seen: Collection[str],
                           here: Context) -> list[Mention]:
        """Resolve a named chunk on the first day of a month or year some holder of the name held office."""
        for d in period_days(when, ref):
            found = self.resolver.resolve(c, s.tokens, s.text, d, seen, here)
            if found:
                return found
        return []

    def _holder_then(self, m: Mention, when: When) -> Mention:
        """Return who held a leader's office in his country on an earlier day (the leader if he did)."""
        day = as_day(when) or mid_month(when)
        ldr = self.gazetteer.leaders.get(m.leader_id or "")
        if day is None or m.country is None or ldr is None or self.resolver.office(ldr, day) is not None:
            return m
        hit = self.resolver.holder(m.country, m.role, day, exact=True)
        return replace(m, leader_id=hit[0].id, name=hit[0].name, role=hit[1].role) if hit else m

    def _in_office(self, a: Mention, b: Mention, when: When | None, named: bool = False) -> bool:
        """Tell whether both leaders held an office on the contact's day (mid-month for a month).

        named: both are named in the sentence that dates the contact by its month, and each needs to have
        held office on some day of it ("Sunak met Macron in July 2024", before the 5th); a pair referred
        back to ("the two men") is read on the middle ("in January, days before the inauguration").
        """
        day = as_day(when) or (None if named else mid_month(when))
        # a year: in office on some day of it ("the first talks since 2019" were none with a premier who took
        # office in 2023)
        days = [day] if day is not None else period_days(when)
        if not days:
            return True
        for m in (a, b):
            ldr = self.gazetteer.leaders.get(m.leader_id or "")
            if ldr is not None and m.kind != "provisional" \
                    and all(self.resolver.office(ldr, d) is None for d in days):
                return False
        return True

    @staticmethod
    def _subordinate(m: Mention, s: Parsed, cues: list[CueAt]) -> bool:
        """Tell whether a mention sits in a side clause with no cue ("hours after X was sworn in").

        A clause that is only a "with" after its opener ("..., e depois com Li Qiang") takes the cue before
        it.
        """
        clause = s.side_clause(m.first)
        if clause is not None and m.last > clause[1]:
            # "dove è stato il capo dello Stato, Mattarella, a dargli il benvenuto": the commas around an
            # apposition do not close the clause, which runs on past the mention to the next mark
            clause = (clause[0], next((p for p in s.marks if p > m.last), s.hi))
        if clause is None or any(clause[0] <= c[0] < clause[1] for c in cues):
            return False
        # (nor a relative clause on a contact noun, its pronoun the other party: "после встречи, в ходе
        # которой Y спорил с ним", "в письме, которое он направил Y")
        return not (any(w.first == clause[0] + 1 for w in s.words("with_words"))
                    and any(c[0] < clause[0] for c in cues)) \
            and not (any(c[0] < clause[0] for c in cues) and contact_relative(s, clause[0], clause[1], s.lo))

    @staticmethod
    def _goes_where(pair: Pair, cues: list[CueAt], s: Parsed, chunks: list[Chunk],
                    mentions: Sequence[Mention] = ()) -> bool:
        """Tell whether the pair's visit, if its cue is one, went to one of the two countries.

        "Putin's visit to Pyongyang alarmed Kishida": a visit to a third country is no contact of the two.
        """
        cue = s.nearest_cue(cues, pair[1].first, pair[1].last)
        if not s.is_visit(cue):
            return True
        dest = s.destination(cue, [(c.first, c.last) for c in chunks if c.names or c.title])
        return dest is None or dest in (pair[0].country, pair[1].country) \
            or _next_leg(s, cue, pair, dest, mentions)

    def _counterpart(self, cp: Mention, anchor: Mention, day: date | None, seen: Collection[str],
                     disc: Discourse) -> Mention | None:
        """Resolve "his French counterpart", "son invité indien", "his guest".

        The leader of that country the text has named, else the holder of the anchor's office there on
        the day; without a country, the anchor's partner in the last pair.
        """
        if cp.country is None:
            last = disc.last_pair()
            if last is None or anchor.leader_id not in (last[0].leader_id, last[1].leader_id):
                return None
            return last[1] if last[0].leader_id == anchor.leader_id else last[0]
        if cp.country == anchor.country:
            return None
        for lid in seen:
            ldr = self.gazetteer.leaders.get(lid)
            off = self.resolver.office(ldr, day, cp.country) if ldr is not None else None
            if ldr is not None and off is not None:
                return Mention.holding(cp.first, cp.last, "counterpart", ldr, off, 0.8)
        # the counterpart holds the anchor's title there: a president's Iranian counterpart is Iran's
        # president (who heads its government), not its head of state
        home = self.gazetteer.countries.get(anchor.country) if anchor.country and anchor.role else None
        kind = home.title_of(anchor.role, day) if home is not None and anchor.role else None
        hit = self.resolver.holder(cp.country, anchor.role, day, kind)
        if hit is None:
            return None
        ldr, off = hit
        return Mention.holding(cp.first, cp.last, "counterpart", ldr, off, 0.75)

    def _visit_host(self, s: Parsed, cues: list[CueAt], visitor: Mention, day: date | None,
                    destinations: Sequence[tuple[str, str]] = ()) -> list[tuple[Mention, CueAt]]:
        """Return the head of state of each other country a visit word names next to it, with the cue.

        The country stands within a few words of the visit word, in its clause ("对朝鲜进行国事访问",
        "访问了印度"), and is named by itself, not as a leader's country; the countries listed with it
        ("对法国、塞尔维亚、匈牙利进行国事访问") were visited too. A capital is its country ("访问北京"), and
        a visit word may carry its country (destinations: "来华", "来日").
        """
        visits = [c for c in cues if s.is_visit(c)]
        if not visits or len(visits) != len(cues):
            return []
        places: dict[str, Match[Payload]] = {}
        countries_at: list[tuple[str, Match[Payload]]] = []
        for m in s.matches:
            countries = {p.iso3 for p in m.payloads if isinstance(p, Place)} \
                or {p.iso3 for p in m.payloads if isinstance(p, City)}
            if len(countries) != 1 or any(isinstance(p, Title | Name) for p in m.payloads):
                continue
            iso3 = next(iter(countries))
            if iso3 == visitor.country or visitor.first <= m.first < visitor.last:
                continue
            countries_at.append((iso3, m))
            if any((0 <= c[0] - m.last <= _HOST_GAP or 0 <= m.first - c[1] <= _HOST_GAP)
                   and s.same_clause(min(m.first, c[0]), max(m.last - 1, c[0])) for c in visits):
                places[iso3] = m
        carried = dict(destinations)
        for c in visits:
            word = carried.get("".join(s.tokens[i].form for i in range(c[0], c[1])))
            if word is not None and word != visitor.country:
                places.setdefault(word, Match(c[0], c[1], ()))
        if len(places) != 1:
            return []
        near = next(iter(places.values()))
        cue = min(visits, key=lambda c: min(abs(c[0] - near.last), abs(near.first - c[1])))
        out = []
        listed = _listed_places(s, near, countries_at) if any(m is near for _, m in countries_at) \
            else list(places.items())
        for iso3, m in listed:
            host = self._host_of(iso3, m, day)
            if host is not None:
                out.append((host, cue))
        return out

    def _invited_hosts(self, s: Parsed, cues: list[CueAt], leaders: list[Mention], pairs: list[Pair],
                       day: date | None, destinations: Sequence[tuple[str, str]] = ()
                       ) -> list[tuple[Mention, Mention, CueAt]]:
        """Return the visitor, each host and the cue of a visit to countries listed together, leaders named.

        "应马克龙、武契奇、欧尔班邀请，习近平将对法国、塞尔维亚、匈牙利进行国事访问": the visitor is the one
        leader whose country is not visited, every other leader named is a host of his country, and a host
        the sentence does not name is his country's (as for one country); the pairs already found stay.
        """
        for visitor in leaders:
            hosts = self._visit_host(s, cues, visitor, day, destinations)
            visited = {h.country for h, _ in hosts}
            others = [m for m in leaders if m.country != visitor.country]
            if len(hosts) < 2 or not others or any(m.country not in visited for m in others):
                continue
            paired = {(p[0].leader_id, p[1].leader_id) for p in pairs}
            out = []
            for host, cue in hosts:
                host = next((m for m in others if m.country == host.country), host)
                if (visitor.leader_id, host.leader_id) not in paired \
                        and (host.leader_id, visitor.leader_id) not in paired:
                    out.append((visitor, host, cue))
            return out
        return []

    def _host_of(self, iso3: str, m: Match[Payload], day: date | None) -> Mention | None:
        """Return the leader who holds a visitor's talks in a country on a day, at the place's words."""
        hit = self.resolver.holder(iso3, "head_of_state", day)
        if hit is not None and (iso3 in _PRIME_MINISTER_HOSTS or self.resolver.premier_leads(iso3, day)
                                or self.resolver.is_monarch(hit[0], iso3, day)):
            # a monarchy's or a parliamentary republic's head of government holds a visitor's talks
            # ("访问日本", "访问了印度": the prime minister), by the gazetteer's dated forms of government
            # (India, Germany; Pakistan outside 1999-2013, Georgia from 2013, Armenia from 2018)
            hit = self.resolver.holder(iso3, "head_of_government", day, exact=True) or hit
        if hit is None:
            return None
        ldr, off = hit
        return Mention.holding(m.first, m.last, "title", ldr, off, 0.5)

    @staticmethod
    def _named_host(s: Parsed, cues: list[CueAt], active: list[Mention], named: Collection[str],
                    planned: dict[int, bool]) -> tuple[Mention, CueAt] | None:
        """Return the one leader a held visit of the sentence is told of, with its visit word.

        "Draghi si era recato ad Algeri ad aprile del 2022", "La premier era stata a Nuova Delhi": every
        contact word of the sentence is a visit word, held (no plan, negation, denial, summit, "first" or
        "since"), and the leaders of one country travelled. A visit word that is no cue ("era stata a") counts
        with no future mark in the sentence.
        """
        if not named or s.words("summit") or s.words("negation") or s.words("denial") \
                or s.words("firsts"):
            return None  # "the first visit to Iran since 2007" is the report's own visit
        every = {c[0] for c in s.cues()}
        bare = [(w.first, w.last, Cue("in_person", 2)) for w in s.words("visit") if w.first not in every]
        # (bare talks may say what the trip was for: "travelled to Algiers in April 2022 to discuss gas")
        cues = [c for c in cues if c[2].weight >= 2 or s.is_visit(c)]
        if len(cues) + len(bare) == 0 or any(not s.is_visit(c) or planned.get(c[0], False) for c in cues):
            return None
        if bare and (s.future_marks or s.words("planned_sentence")):
            return None
        people = [m for m in active if m.kind in ("name", "title", "pronoun", "counterpart")]
        if not people or len({m.country for m in people}) != 1 or len(people) != len(
                [m for m in active if m.kind not in ("pair", "they")]):
            return None
        cue = min([*cues, *bare], key=lambda c: c[0])
        if any(s.since_of(e) is not None and s.same_clause(cue[0], e.first) for e in s.dates) \
                or any(s.same_clause(cue[0], w.first) for w in s.words("since_contacts")):
            return None  # "his visit to Iran since 2007": a visit since then, not on that date
        return people[0], cue

    def _host_named(self, visitor: Mention, cue: CueAt, s: Parsed, chunks: list[Chunk], when: When | None,
                    seen: Collection[str], named: Collection[str], ref: date | None) -> Mention | None:
        """Return the leader the text names of the one country a visit went to, on the visit's day.

        A visit to a country or its capital met its leader when the text names him: "Mario Draghi si era
        recato ad Algeri" in a report that names Tebboune. A leader the text never names is no host (the
        visit may have had none): this reads no gazetteer holder.
        """
        people = [(c.first, c.last) for c in chunks if c.names or c.title]
        visits = [(w.first, w.last, Cue("in_person", 2)) for w in s.words("visit")]
        dests = {d for c in visits if (d := s.destination(c, people)) is not None and d != visitor.country}
        if len(dests) != 1:
            return None
        dest = next(iter(dests))
        day = as_day(when) or _year_end(when, ref)
        # a visit "in January" met a host sworn in on the 29th: some day of the month both held office
        # (not only its middle, as a contact dated by its month alone is read elsewhere)
        days: list[tuple[date, When | None]] = [(day, when)] if day is not None \
            else [(d, (d.isoformat(), "day")) for d in month_days(when)]
        for lid in (*seen, *named):
            ldr = self.gazetteer.leaders.get(lid)
            held = [(on, off) for d, on in days
                    if ldr is not None and (off := self.resolver.office(ldr, d, dest)) is not None]
            if ldr is None or not held:
                continue
            # the first leader in office there is the host, on a day the visitor held office too
            for on, off in held:
                host = Mention.holding(cue[0], cue[1], "name", ldr, off, 0.5)
                if self._in_office(visitor, host, on):
                    return host
            return None
        return None

    @staticmethod
    def _first_of_count(s: Parsed, sents: list[Parsed], out: list[Statement], ref: date | None,
                        dateline: DateExpr | None, anchor: date | None) -> list[Statement]:
        """Return the first contact of a pair whose second the sentence before told, dated here.

        "Si tratta del secondo incontro tra i due. Il primo era avvenuto il 18 maggio": "the first" opens
        the sentence (after an article at most) as a noun of its own (no cue, name, title or place right
        after it, no other leader named), the sentence before has an ordinal right before a contact noun,
        and its contact was the last one stated; the date is this sentence's, on the calendar. "The second"
        opening a later clause of the sentence with a date of its own ("la primera, en febrero, ...; la
        segunda, en septiembre") is the pair's next contact.
        """
        # where a clause opens: the sentence's start, or after a semicolon or colon ("it was their second
        # meeting; the first had taken place on 18 May")
        opens = [s.lo, *(p for p in range(s.lo + 1, s.hi) if any(m in s.gap(p - 1, p) for m in ";:"))]
        first = next((w for w in s.words("firsts") if w.last - w.first == 1 and any(
            w.first == o or (w.first == o + 1 and len(s.tokens[o].form) <= _ARTICLE) for o in opens)), None)
        if first is None or s.index == 0:
            return []
        if first.last >= s.hi or any(m.first <= first.last < m.last
                                     and isinstance(p, Cue | Name | Title | Place | City)
                                     for m in s.matches for p in m.payloads):
            return []
        last = out[-1]
        if any(isinstance(p, Name | Title) and m.first not in s.dated()
               and (m.first <= first.last + _APPOSED or (isinstance(p, Name)
                                                         and p.leader_id not in (last.a.leader_id,
                                                                                 last.b.leader_id)))
               for m in s.matches for p in m.payloads):
            # "Le premier, Macron, ..." names its own (the "May" of "May 18" is no Theresa May), and a leader
            # outside the pair says the count is another's
            return []
        prev = sents[s.index - 1] if first.first <= s.lo + 1 else s
        counted = next((c for c in prev.cues() for o in prev.words("ordinals")
                        if 0 <= c[0] - o.last <= 1 and c[0] < first.first), None)
        if counted is None or not prev.index - 1 <= last.sentence <= prev.index or last.status != "occurred" \
                or not any(e.explicit or e.year is not None for e in s.dates):
            return []
        when = sentence_date(s, sents, first.first, ref, dateline, False, anchor)
        if when is None:
            return []
        mode, weight = (counted[2].mode, counted[2].weight) if counted[2].weight >= 2 \
            else (last.mode, last.weight)
        found = [Statement(last.a, last.b, s.index, mode, weight, "occurred", when, None, 0.6, s.heading,
                           None, background=True)]
        for o in s.words("ordinals"):  # "...; la segunda, en septiembre, en Nueva York"
            if o.first > first.last and o.last - o.first == 1 and o.last < s.hi and any(
                    o.first == p or (o.first == p + 1 and len(s.tokens[p].form) <= _ARTICLE) for p in opens):
                then = sentence_date(s, sents, o.first, ref, dateline, False, anchor)
                if then is not None and all(then != st.date for st in found):
                    found.append(replace(found[0], date=then))
        return found

    def _visits_since(self, s: Parsed, cues: list[CueAt], visitor: Mention, ref: date) -> list[Statement]:
        """Return the earlier visit a "since" names, with the host's head of state.

        "这是习近平2019年以来再次对法国进行国事访问" (his first state visit to France since 2019) says he was
        there in 2019.
        """
        out: list[Statement] = []
        for e in s.dates:
            w = s.since_of(e)
            if w is None or event_since(s, e, w) or not (e.explicit or e.year is not None):
                continue
            when = resolve(e, ref)
            if when is None:
                continue
            on = as_day(when) or mid_month(when) or _year_end(when, ref)
            hosts = self._visit_host(s, cues, visitor, on)
            out += [Statement(visitor, host, s.index, "in_person", 2, "occurred", when, None, 0.45, s.heading,
                              None, background=True, visit=True) for host, _ in hosts]
        return out

    @staticmethod
    def _initiator(s: Parsed, mentions: list[Mention]) -> str | None:
        """Return who started the contact: X in "received a call from X", the caller in "X called Y"."""
        leaders = [m for m in mentions if m.is_leader]
        if s.words("receive_words"):
            froms = {m.last for m in s.words("from_words")}
            for m in leaders:
                if any(m.first - 3 <= f <= m.first for f in froms):
                    return m.leader_id
            return None
        calls = s.words("caller_words")
        if calls and len(leaders) >= 2 and leaders[0].first < calls[0].first + 4:
            return leaders[0].leader_id  # "X called Y", "أجرى X اتصالا بـY", "X, Y'yi aradı"
        return None


# How many words may stand between an "after" and the contact word it governs ("after their brief
# encounter"), and how far after that word its date may stand ("... at the NATO summit in Brussels, in June
# 2021").
_AFTER_GAP, _AFTER_REACH = 3, 14


# A language's words for _counted_earlier: ordinals before the contact noun, after it, the pair's possessives,
# and the higher ordinals among the first two ("third": counted only within a period the sentence names)
Counts = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def _counts(lex: Lexicon) -> Counts | None:
    """Return a language's words for _counted_earlier, or None where it has no ordinals to read."""
    before = frozenset(fold(w) for w in lex.count_ordinals)
    after = frozenset(fold(w) for w in lex.count_ordinals_after)
    if not before and not after:
        return None
    owners = frozenset(fold(w) for w in lex.count_owners)
    return before, after, owners, frozenset(fold(w) for w in lex.count_higher)


# How many sentences back the contact an ordinal's sentence counts may have been told, when it names no
# leader itself ("X called Y on Friday. ... A second call that shows ...")
_COUNT_BACK = 2
# How many words after a counted contact noun may say the count is the pair's: "between" the two, the two
# leaders ("встреча лидеров")
_PAIR_REACH = 3


def _counted_earlier(groups: list[ContactGroup], sents: list[Parsed],
                     counts: Counts, ref: date | None) -> list[ContactGroup]:
    """Return the pair's earlier contact an ordinal on a contact noun tells, when no statement gave one.

    "This was their second phone call in a month", "le deuxième entretien téléphonique entre eux", "ثاني
    اتصال بين الزعيمين": the ordinal stands right before the contact noun (or right after it,
    where the language puts it there), the count is the pair's (a plural possessive before the ordinal, or
    "between" or the two leaders right after the noun), and the contact counted is the pair's of the
    sentence's statement, else of the last one told just before. At least one earlier contact of that mode
    took place, whether or not the one counted was held ("this would be their second meeting"). If the pair
    has another contact of the mode already, that is it. A higher ordinal ("their third meeting this year",
    "третья встреча лидеров в этом году") counts only within the period the sentence names, which dates the
    earlier contact; "the third meeting between the two" leaves the earlier ones to the text. "For the second
    time", "in the second call, he offered condolences" (a day's calls counted, no pair word), "the second
    round of talks" and "the second meeting of the joint council" count nothing; nor does a visit (one
    leader's trips: "his second visit to China").
    """
    before, after, owners, higher = counts
    added: list[ContactGroup] = []
    for s in sents:
        cues = s.cues()
        if not cues or s.heading:
            continue
        for c in cues:
            if c[0] > s.lo and s.tokens[c[0] - 1].form in before:
                first, end = c[0] - 1, c[1]
            elif after and any(s.tokens[k].form in after for k in range(c[1], min(c[1] + 2, s.hi))):
                first = c[0]
                end = next(k for k in range(c[1], min(c[1] + 2, s.hi)) if s.tokens[k].form in after) + 1
            else:
                continue
            reach = range(end, min(end + _PAIR_REACH, s.hi))
            # a verb-final language puts the pair's genitive before the ordinal ("iki liderin bu yılki
            # üçüncü görüşmesi", the two leaders' third meeting this year)
            owned = range(max(s.lo, first - _PAIR_REACH), first) if s.verb_final else range(0)
            if not (first > s.lo and s.tokens[first - 1].form in owners) \
                    and not any(w.first in reach or w.last - 1 in owned
                                for kind in ("between", "pair_refs") for w in s.words(kind)):
                continue
            if any(w.first < c[1] and c[0] < w.last for w in s.words("visit")):
                continue
            anchor = _counted_anchor(groups, s)
            if anchor is None:
                continue
            st, own = anchor
            # talks with no mode word on either side ("görüştü", "üçüncü görüşmesi") were held in person, as
            # the builder reads them (contacts._fallback_mode)
            mode = (c[2].mode if c[2].weight >= 2 else own.best.mode) or "in_person"
            if any(g is not own and g.pair == own.pair and g.status == "occurred"
                                   and modes_compatible(mode, g.best.mode) for g in (*groups, *added)):
                continue
            when = st.date if st.sentence == s.index and st.date and st.date[1] != "day" else None
            if s.tokens[first].form in higher or s.tokens[end - 1].form in higher:
                when = when or _count_period(s, ref)
                if when is None:  # "the third meeting between the two": which earlier ones, the text says
                    continue
            earlier = replace(st, mode=mode, weight=max(c[2].weight, 2), status="occurred", date=when,
                              context=None, heading=False, background=True, visit=False, again=False,
                              pluperfect=False, confidence=st.confidence * 0.8)
            added.append(ContactGroup([earlier], earlier=True))
            break  # one count a sentence
    return added


def _own_clause_dated(s: Parsed, c: CueAt) -> bool:
    """Tell whether a cue stands in a clause of its own that names its date.

    A coordinate clause, or a side clause with no subject of its own ("..., antes de reunirse en Roma en
    octubre", "..., prima di incontrarsi a Roma in ottobre": the main clause's pair, another contact).
    """
    side = s.side_clause(c[0])
    if side is None:
        return any(s.same_clause(c[0], e.first) for e in s.dates)
    return any(side[0] <= w.first <= side[0] + 1 for w in s.words("subjectless")) \
        and any(side[0] <= e.first < side[1] for e in s.dates)


def _year_told(s: Parsed, c: CueAt, when: When | None, ref: date | None) -> When | None:
    """Date a side clause's month with no year by the year the sentence named before it, if after that date.

    "le 22 septembre 2021, avant de se retrouver à Rome en octobre": October 2021, not the last October
    before the report. (A coordinate clause's month is read by the rules before this one.)
    """
    if when is None or when[1] != "month" or s.side_clause(c[0]) is None:
        return when
    e = next((e for e in s.dates if e.first > c[0] and e.year is None and e.month is not None
              and e.day is None), None)
    told = [x for x in s.dates if e is not None and x.year is not None and x.month is not None
            and x.last <= e.first]
    if e is None or e.month is None or not told or (told[-1].month or 0) > e.month:
        return when
    month = f"{told[-1].year:04d}-{e.month:02d}"
    return (month, "month") if ref is None or month <= ref.isoformat() else when


def _count_period(s: Parsed, ref: date | None) -> When | None:
    """Return the year or month a count's sentence names before the reference day ("in diesem Jahr")."""
    for e in s.dates:  # (a plain loop: a date or two)
        if e.day is None and e.weekday is None and not e.event:
            when = resolve(e, ref)
            if when is not None and when[1] != "day" and (ref is None or when[0] <= ref.isoformat()):
                return when
    return None


def _counted_anchor(groups: list[ContactGroup], s: Parsed) -> tuple[Statement, ContactGroup] | None:
    """Return the statement of the contact a sentence's ordinal counts, and its group: one pair only."""
    for back in range(_COUNT_BACK + 1):
        found = [(st, g) for g in groups for st in g.statements
                 if st.sentence == s.index - back and not st.background and not st.heading]
        if found:
            if len({g.pair for _, g in found}) != 1:
                return None
            return found[-1]
    return None


def _dated_after(s: Parsed, c: CueAt) -> bool:
    """Tell whether a month or year follows a cue with only places and short words between.

    "..., and the two had first exchanged letters in 2018", "y se reunieron en Madrid en mayo": the date of a
    coordinated clause stands after its verb as well as before it (fronted), and makes it a contact of its own
    even in the first clause's mode. A repeat word may stand there, and a place the gazetteer lacks after its
    preposition ("and they met again in Kazan on 22 October", "y volvieron a reunirse en Kazán el 22 de
    octubre").
    """
    placed = {i for m in s.matches for i in range(m.first, m.last)
              if m.payloads and all(isinstance(p, Place | City) for p in m.payloads)}
    for e in s.dates:
        if c[1] <= e.first <= c[1] + 4 and (e.explicit or e.year is not None) and e.weekday is None \
                and all(j in placed or len(s.tokens[j].form) <= 3 or s.tokens[j].form in AGAIN_WORDS
                        or (j > c[1] and s.tokens[j - 1].form in PLACE_PREPOSITIONS)
                        for j in range(c[1], e.first)):
            return True
    return False


def _first_then_second(s: Parsed) -> bool:
    """Tell whether a sentence tells a first contact and then a second one: two contacts of its day.

    "una primera llamada por la mañana no bastó, y en una segunda conversación, por la tarde, acordaron":
    a "first" right before one cue, an ordinal right before a later one.
    """
    cues = s.cues()
    firsts = [c for c in cues for w in s.words("firsts") if 0 <= c[0] - w.last <= 1]
    return bool(firsts) and any(c[0] > firsts[0][0] and 0 <= c[0] - w.last <= 1
                                for c in cues for w in s.words("ordinals"))


def _announced(s: Parsed, c: CueAt, ref: date) -> bool:
    """Tell whether a cue in the present tense is dated to another weekday than the report's: a plan.

    News tell a past contact in a past tense; "Am Montag trifft sie Herzog", "reçoit lundi", "meets on
    Monday" announce one. The present verb is the cue or stands shortly before it in its clause; where the
    verb comes last, it may close the cue's clause ("برای دیدار با X به پکن سفر می‌کند").
    """
    if not any((c[0] - _PRESENT_REACH <= p.first <= c[0] and s.same_clause(p.first, c[0]))
               or (s.verb_final and _closing_present(s, c, p)) for p in s.words("present")):
        return False
    return any(e.weekday is not None and e.weekday != ref.weekday() and not e.past
               and s.same_clause(c[0], e.first) for e in s.dates)


def _closing_present(s: Parsed, c: CueAt, p: Match[Payload]) -> bool:
    """Tell whether a present form after a cue closes the cue's clause (a verb-final clause's verb).

    Not across "and": "دیدار کرد و ... تاکید می‌کنند" is a held meeting and another clause's present.
    """
    return c[1] <= p.first and (p.last >= s.hi or p.last in s.marks) and s.same_clause(c[0], p.first) \
        and not joined_between(s, c[1], p.first)


def _programme(s: Parsed, c: CueAt) -> bool:
    """Tell whether a cue in the present tense is placed at a part of the day in its clause: a plan.

    "Am Mittag empfängt die Kanzlerin X", "zum Abendessen trifft sie Y": a held contact is told in a past
    tense, so a present one at an hour of the day is on the day's programme.
    """
    parts = s.words("dayparts")
    asides = _programme_asides(s, parts)
    # (a verb-final language puts the present's light verb right after the contact noun: "دیدار می‌کند")
    return any((c[0] - _PRESENT_REACH <= p.first <= c[0] and _clause_to(s, p.first, c[0], asides))
               or (s.verb_final and c[1] <= p.first <= c[1] + 1) for p in s.words("present")) \
        and any(_clause_to(s, min(c[0], d.first), max(c[0], d.first), asides) for d in parts)


def _eve_of(s: Parsed, cues: list[CueAt], nouns: frozenset[str]) -> list[int]:
    """Return the cues an eve phrase leads: contacts to come when the sentence's act was done.

    "On the eve of his talks with al-Sudani, Erdogan spoke of water", "À la veille de sa rencontre avec Xi",
    "накануне переговоров с Си Цзиньпином", "عشية لقائه بالسوداني", "Sisi ile görüşmesinin arifesinde":
    the first cue after the phrase (a possessive or an article between), or the cue a postposition follows.
    A later cue is the sentence's own act ("on the eve of the talks, Putin met Xi" was held). Where the eve
    word is also an adverb ("Накануне Путин провел переговоры": the day before), the contact noun right
    after it in the genitive (nouns) is needed.
    """
    starts = sorted(c[0] for c in cues)
    afters = {w.first for w in s.words("eves_after")}
    out = [c[0] for c in cues if c[1] in afters]
    for w in s.words("eves"):
        first = next((k for k in starts if k >= w.last), None)
        if first is None or not s.same_clause(w.first, first):
            continue
        if (first == w.last and s.tokens[first].form in nouns) if nouns else first - w.last <= _EVE_GAP:
            out.append(first)
    return out


def _occasion(s: Parsed, c: CueAt, occasions: frozenset[str], owners: frozenset[str]) -> bool:
    """Tell whether a cue is the contact an act was done in: "during" it, or a call "in"/"bei" it.

    "invited Trump to Germany during their first phone call", "invited him to India during their talks",
    "at their meeting", "bei ihrem Treffen": a meeting in any mode that "during" or an occasion word with
    the pair's possessive leads; a call or letter that an occasion word alone leads ("in a phone call").
    """
    reach = range(max(s.lo, c[0] - _OCCASION_REACH), c[0])
    return (c[2].mode in _MEDIA and any(s.tokens[j].form in occasions for j in reach)) or _during(s, c) \
        or any(s.tokens[j].form in occasions and s.tokens[j + 1].form in owners for j in reach[:-1])


def _invitation_occasion(s: Parsed, cues: list[CueAt], cue: CueAt, planned: dict[int, bool],
                         occasions: frozenset[str], owners: frozenset[str]) -> CueAt:
    """Return the held contact an invitation was made in, when the pair's nearest cue is the visit invited to.

    "В ходе телефонного разговора X пригласил Y посетить Россию": the visit named right after Y is the
    invitation's, still to come; the call the invitation word follows, "during" it, is the pair's contact.
    """
    words = [w.first for w in s.words("invitations")]
    return next((c for c in cues if c[1] <= cue[0] and not planned.get(c[0], False)
                 and any(c[1] <= w < cue[0] for w in words) and _occasion(s, c, occasions, owners)), cue)


def _own_future(s: Parsed, c: CueAt, p: int, cues: list[CueAt]) -> bool:
    """Tell whether a marker after a cue is the future form of a later cue of its own, after "and".

    "провели переговоры в четверг и встретятся снова в октябре", "se sont entretenus jeudi et se
    retrouveront en octobre", "görüştü ve ekimde yeniden bir araya gelecek", "hebben overlegd en zullen
    elkaar in oktober weer ontmoeten": the future verb (or its auxiliary, anywhere before it in its clause)
    is the next meeting's, the one told before "and" was held. So is a future that opens the conjunct after
    the cue, whatever its verb: "met Xi on Thursday and will return to Moscow on Friday", "s'est entretenu
    jeudi avec Xi et rentrera samedi", "hat Xi getroffen und wird am Mittwoch zurückkehren".
    """
    return any(c[1] < d[0] and (d[0] <= p < d[1] or (p < d[0] and s.same_clause(p, d[0])))
               and joined_between(s, c[1], min(p, d[0])) for d in cues) \
        or (c[1] < p and joined_between(s, p - 1, p))


def _invitation_led(c: CueAt, p: int, invited: frozenset[int]) -> bool:
    """Tell whether a marker is an invitation word or follows one that follows the cue.

    "В ходе телефонного разговора X пригласил Y посетить Россию": the visit to come is the invitation's;
    the call it was made in was held.
    """
    return p in invited or any(c[1] <= w < p for w in invited)


def _invited_after(s: Parsed, c: CueAt, p: int, invited: frozenset[int]) -> bool:
    """Tell whether a marker after a cue stands in a later conjunct that an invitation opens.

    "met X on Monday and invited him to visit Moscow", "se reunió con X y lo invitó a visitar": the
    invitation and its visit are to come, the meeting told before "and" was held.
    """
    return any(c[1] <= w <= p and any(s.tokens[j].form in LIST_WORDS for j in range(c[1], w))
               for w in invited)


def _plan_adjectives(s: Parsed, cues: list[CueAt], stems: tuple[str, ...]) -> frozenset[int]:
    """Return the future marks that are plan adjectives on a contact or summit noun.

    "the upcoming summit", "le prochain sommet", "предстоящий визит", "القمة المقبلة": the adjective stands
    right before its noun, or right after it (Arabic, Persian). On a word of time ("la semaine prochaine")
    it stays a plan marker of the clause.
    """
    marks = [p for p in s.future_marks if s.tokens[p].form.startswith(stems)]
    if not marks:
        return frozenset()  # (most sentences with a plan word have no plan adjective)
    starts = {c[0] for c in cues}
    ends = {c[1] for c in cues}
    nouns = [w for kind in ("summit", "visit") for w in s.words(kind)]
    firsts = {w.first for w in nouns}
    lasts = ends | {w.last for w in nouns}
    return frozenset(p for p in marks
                     if any(k in starts or k in firsts for k in (p + 1, p + 2)) or p in lasts)


def _tomorrow(s: Parsed, c: CueAt) -> bool:
    """Tell whether the date nearest a cue in its clause is a day after the report's ("tomorrow"): a plan.

    Only the word counted from the publication day ("demain", "غدا", "завтра"), not a day counted from
    the story ("the next day") nor a two-way word (Hindi "कल"); a nearer date ("met X yesterday and flies
    on tomorrow") keeps the contact its own.
    """
    near = min((e for e in s.dates if s.same_clause(c[0], e.first)), key=lambda e: abs(e.first - c[0]),
               default=None)
    return near is not None and near.offset is not None and near.offset > 0 and near.unit == "day" \
        and not (near.anchored or near.event or near.two_way or near.past)


def _programme_asides(s: Parsed, parts: Sequence[Match[Payload]]) -> frozenset[int]:
    """Return the commas that close no clause of a day's programme.

    A comma after a date or a part of the day, and the two around a short aside with no cue ("This
    afternoon, the king meets X", "يستقبل الرئيس، رئيس مصر، مساء اليوم الأحد، ضيفه": a title in
    apposition, a day and hour fronted or closed by a comma).
    """
    if not s.marks:
        return frozenset()
    dated = s.dated()
    ends = {d.last for d in parts}
    out = {k for k in s.marks if (k - 1 in dated or k in ends) and _comma_before(s, k)}
    starts = [c[0] for c in s.cues()]
    for a, b in zip(s.marks, s.marks[1:], strict=False):
        if b - a <= _ASIDE and _comma_before(s, a) and _comma_before(s, b) \
                and not any(a <= k < b for k in starts):
            out.update((a, b))
    return frozenset(out)


def _conditionals(s: Parsed, found: Sequence[Match[Payload]]) -> list[int]:
    """Return where the conditional words of a sentence stand, not Spanish "sí" (yes), which folds to "si"."""
    out = []
    for m in found:
        tok = s.tokens[m.first]
        if tok.form == "si" and s.text[tok.start : tok.end].lower() != "si":
            continue  # "Sánchez sí se reunió con Trump": he did meet him
        out.append(m.first)
    return out


def _future_clause(s: Parsed, c: CueAt, language: _Language) -> bool:
    """Tell whether a cue leads a time clause in the present after a future marker: a plan.

    English tells the future in a time clause's present ("will meet X when they visit", "once he
    arrives"); a past verb there ("when they met in May") stays a held contact.
    """
    form = s.tokens[c[0]].form
    if form.endswith(language.preterite_endings) or form in language.past_forms:
        return False
    return any(w.first < c[0] <= w.first + _CLAUSE_LEAD
               and any(p < w.first and w.first - p <= _PLAN_LISTED for p in s.future_marks)
               for w in s.words("future_clauses"))


def _place_appositions(s: Parsed) -> frozenset[int]:
    """Return the clause marks around a place in apposition: "à Samarcande, en Ouzbékistan, pour ...".

    Between two marks stand only a country or city and at most one short word (a preposition).
    """
    if not s.marks:
        return frozenset()
    # (a match whose payloads are all countries or cities: its kinds hold a country for each payload)
    places = {m.first: m.last for m, k in zip(s.matches, s.kinds(), strict=True)
              if m.payloads and len(k.countries) == len(m.payloads)}
    if not places:
        return frozenset()
    out: set[int] = set()
    for a, b in zip(s.marks, s.marks[1:], strict=False):
        j = a + 1 if a + 1 in places and len(s.tokens[a].form) <= _BARE_WORD else a
        if j in places and places[j] == b:
            out.update((a, b))
    return frozenset(out)


def _list_heads(s: Parsed, leaders: list[Mention], chunks: list[Chunk],
                cues: list[CueAt]) -> dict[int, CueAt]:
    """Return the cue of a list's first leader for each later leader of the list that follows one cue.

    "he will meet X and Y on Wednesday, the first visit ...": Y is the verb's object with X, whatever cue
    stands nearer him after the comma.
    """
    out: dict[int, CueAt] = {}
    if len(cues) < 2:
        return out
    for run in runs(s, leaders, chunks):
        if len(run) < 2:
            continue
        head = s.nearest_cue(cues, run[0].first, run[0].last)
        if head[1] > run[0].first:
            continue
        for m in run[1:]:
            near = s.nearest_cue(cues, m.first, m.last)
            # only a cue after a comma that opens no clause of its own ("..., the first visit by"), not a
            # relative clause about him ("Trump, che ieri lo ha ricevuto")
            if near is not head and near[0] >= m.last and s.side_clause(near[0]) is None \
                    and any(m.last <= p <= near[0] for p in s.marks):
                out[m.first] = head
    return out


def _comma_before(s: Parsed, at: int) -> bool:
    """Tell whether a comma (Latin or Arabic) stands right before token at."""
    return not _COMMAS.isdisjoint(s.gap(at, at))


def _owned_by_other(pair: Pair, cues: list[CueAt], s: Parsed, mentions: list[Mention]) -> bool:
    """Tell whether the partner after a contact noun's "with" met that noun's possessive owner, not this pair.

    "a day after the Ukrainian leader's meeting with Trump": Trump met the Ukrainian leader; the sentence's
    subject met Trump by nothing.
    """
    for c in cues:
        at = c[0] - 1
        if at <= s.lo or not (s.tokens[at].form == "s" and s.text[s.tokens[at].start - 1] in "'’"):
            continue
        owner = next((m for m in mentions if m.last in (at, c[0]) and m.first < at and m.is_leader), None)
        if owner is None:
            continue
        withs = [w.last for w in s.words("with_words") if c[1] <= w.first <= c[1] + 1]
        for other, partner in ((pair[0], pair[1]), (pair[1], pair[0])):
            if any(0 <= partner.first - w <= 1 for w in withs) and other.leader_id != owner.leader_id:
                return True
    return False


def _inviters(s: Parsed, leaders: list[Mention]) -> frozenset[int]:
    """Return where a leader stands who invited a visitor that a third leader received.

    "von der Leyen, venue à Pékin à l'invitation du président français, a été reçue par Xi": the inviter is
    the host only when he receives; beside two leaders of other countries he met no one by it.
    """
    words = s.words("initiative")
    if not words or len({m.country for m in leaders}) < TRILATERAL:
        return frozenset()
    out = {m.first for m in leaders if any(0 <= m.first - w.last <= 1 for w in words)}
    left = {m.country for m in leaders if m.first not in out}
    return frozenset(out) if len(left) >= 2 else frozenset()


def _clause_to(s: Parsed, a: int, b: int, listing: frozenset[int]) -> bool:
    """Tell whether tokens a and b are in one clause, the commas of a list of people aside."""
    return not any(a < p <= b and p not in listing for p in s.marks) and not s.separated(a, b)


def _listed_places(s: Parsed, near: Match[Payload],
                   countries: list[tuple[str, Match[Payload]]]) -> list[tuple[str, Match[Payload]]]:
    """Return the countries listed together with one ("法国、塞尔维亚、匈牙利", "France, Serbia and Hungary").

    Two countries are listed when nothing but list words ("和", "and") and commas stands between them.
    """
    ordered = sorted(countries, key=lambda c: c[1].first)
    at = next(i for i, c in enumerate(ordered) if c[1] is near)
    lo = hi = at
    while lo > 0 and _list_gap(s, ordered[lo - 1][1].last, ordered[lo][1].first):
        lo -= 1
    while hi + 1 < len(ordered) and _list_gap(s, ordered[hi][1].last, ordered[hi + 1][1].first):
        hi += 1
    seen: dict[str, Match[Payload]] = {}
    for iso3, m in ordered[lo : hi + 1]:
        seen.setdefault(iso3, m)
    return list(seen.items())


def _list_gap(s: Parsed, a: int, b: int) -> bool:
    """Tell whether only a comma or one list word ("和", "and") stands between tokens a and b (two items)."""
    if not a <= b <= a + 1 or any(s.tokens[j].form not in _PLACE_LIST for j in range(a, b)):
        return False
    between = s.gap(a, b)
    for j in range(a, b):
        between = between.replace(s.text[s.tokens[j].start : s.tokens[j].end], "", 1)
    return not between.strip(_LIST_MARKS) and (b > a or any(c in between for c in _LIST_MARKS.strip()))


def _hosts(s: Parsed, cues: list[CueAt]) -> list[Match[Payload]]:
    """Return the "organized by" words right after a meeting cue: "une rencontre organisée par X".

    The leader who organized the very meeting the sentence tells (a mediator hosting two others) sat at
    its table; one who convened a summit, a forum or another meeting ("le sommet organisé par X", "days
    before a virtual meeting convened by X") did not.
    """
    organizers = s.words("organizers")
    if not organizers:
        return []  # (most sentences: no list built)
    others = [w.last for kind in ("subordinators", "event_units", "event_days") for w in s.words(kind)]
    return [w for w in organizers
            if any(c[1] == w.first and c[2].mode in (None, "in_person")
                   and not any(0 <= c[0] - o <= _OTHER_EVENT for o in others) for c in cues)]


def _organizers(s: Parsed, leaders: list[Mention], chunks: list[Chunk],
                hosts: list[Match[Payload]]) -> frozenset[int]:
    """Return where the leaders a "convened by" lists stand: "le sommet organisé par X et Y".

    The first right after the words, the others listed with it: they called the meeting in whose margins
    the sentence's pair met, and are no partner of theirs.
    """
    organizers = s.words("organizers")
    words = [w for w in organizers if w not in hosts] if organizers else []  # (no list for none)
    if not words:
        return frozenset()
    out: set[int] = set()
    for run in runs(s, leaders, chunks):
        if any(0 <= run[0].first - w.last <= 1 for w in words):
            out.update(m.first for m in run)
    return frozenset(out)


def _among_groups(s: Parsed, c: CueAt, chunks: list[Chunk]) -> bool:
    """Tell whether a meeting noun is one between groups of leaders: a multilateral meeting.

    "a reunião entre os líderes do BRICS e os presidentes sul-americanos": two groups or plural titles follow
    "between", and those told to attend met no one by it ("بين الرئيسين", one dual title, is the pair's).
    """
    betweens = s.words("between")
    if not betweens:
        return False
    groups = [k.first for k in chunks if k.group or (k.title is not None and k.title.plural)]
    for b in betweens:
        after = [g for g in groups if b.last <= g <= b.last + _GROUPS_REACH]
        if c[1] <= b.first <= c[1] + 1 and len(after) >= 2 and after[0] <= b.last + 1:
            return True
    return False


def _hosts_a_group(p: Pair, cues: list[CueAt], s: Parsed, chunks: list[Chunk]) -> bool:
    """Tell whether one of the pair acts in a side clause of its own whose object is a group of leaders.

    "Modi's visit coincided with the summit, where Biden hosted the leaders of the alliance": Biden met the
    leaders he hosted, not Modi, whose visit the cue outside that clause tells.
    """
    # (a plural title or "the leaders", which in a clause of its own is no pair of the sentence's leaders)
    groups = [k.first for k in chunks
              if not k.names and (k.group < 0 or k.pair or (k.title is not None and k.title.plural))]
    if not groups:
        return False
    for m in p[:2]:
        side = s.side_clause(m.first)
        own = [c for c in cues if side is not None and side[0] <= c[0] < side[1] and c[0] >= m.last]
        if own and all(any(c[1] <= g <= c[1] + 1 for g in groups) for c in own):
            return True
    return False


def _year_end(when: When | None, ref: date | None) -> date | None:
    """Return the last day of an earlier year a contact is dated to: whom its names and titles meant then.

    "Sultan Qaboos ... met President Rouhani in 2013": both held office at the year's end (Rouhani from
    August), not on the report's day.
    """
    if when is None or when[1] != "year" or not when[0].isdigit() or ref is None or int(when[0]) >= ref.year:
        return None
    return date(int(when[0]), 12, 31)


# "and" opening a clause that goes on with the same subject (Arabic writes it against the verb: "ويلتقي")
_AND_WORDS = frozenset({"and", "et", "и", "y", "e", "und", "ve", "و"})


def _and_clause(form: str) -> bool:
    """Tell whether a word after a clause mark is "and", or an Arabic word with "و" written on."""
    return form in _AND_WORDS or (form[:1] == "و" and len(form) > 3)


# Verbs that tell a plan in the past tense, folded: "devait", "was (due) to", "должен был", "كان (من المقرر)"
_PAST_PLANS = frozenset({"devait", "devaient", "etait", "was", "were", "had", "планировалось", "كان", "debia",
                         "debian", "doveva", "dovevano", "sollte", "sollten"})
_MUST = frozenset({"должен", "должна", "должно", "должны"})  # a plan in the past with "был": "должен был"


def _closed_before(s: Parsed, p: int, cue: int) -> bool:
    """Tell whether token p sits in a relative clause (", que ...", ", who ...") closed before the cue."""
    closing = [k for k in s.marks if p < k <= cue]
    if not closing:
        return False
    if p < cue:
        # the comma that closes a date opens no clause and closes none: "أعلن السفير، أن الرئيس يبدأ يوم غد
        # الإثنين، زيارة" (the day in full between the plan word and the cue, as `_planned`'s near() allows)
        dated = s.dated()
        closing = [k for k in closing if not (k - 1 in dated and _comma_before(s, k))]
        if not closing:
            return False
    if all(k < s.hi and _and_clause(s.tokens[k].form) for k in closing):
        return False  # "سيزور واشنطن، ويلتقي بايدن": a verb joined by "and" goes on in the same clause
    opened = max((k for k in s.marks if k <= p), default=None)
    return opened is not None and any(opened <= m.first <= opened + 1
                                      for kind in ("relative", "complementizers") for m in s.words(kind))


def _dateline_country(s: Parsed) -> str | None:
    """Return the country of the dateline's place: "RIYADH –", "Москва. 20 марта.", "PARIS/WARSCHAU –"."""
    for m in s.matches:
        if s.tokens[m.first].start > _DATELINE_CHARS:
            break
        rest = s.text[s.tokens[m.last - 1].end : s.tokens[m.last - 1].end + 3].lstrip()
        if rest[:1] in ("–", "-", "—", ",", ".", "(", "/", ":"):
            hit = next((p.iso3 for p in m.payloads if isinstance(p, City | Place)), None)
            if hit is not None:
                return hit
    return None


def _name_learned(s: Parsed, learned: dict[str, str]) -> None:
    """Mark the words of a sentence that a learned name spells, where nothing else was found there."""
    covered = {i for m in s.matches for i in range(m.first, m.last)}
    added: list[Match[Payload]] = [
        Match(i, i + 1, (Name(learned[t.form], weak=True),))
        for i, t in enumerate(s.tokens[s.lo : s.hi], s.lo)
        if t.form in learned and i not in covered and s.text[t.start].isupper()]
    if added:
        s.add(added)


# How far after a contact noun opening the sentence its own date may stand ("The call of 3 March").
_OWN_DATE = 3
# How far after "during" the capitalized name of a body may stand ("lors d'une réunion du Conseil").
_BODY_REACH = 4


def _recalled_year(s: Parsed, when: When, ref: date | None) -> bool:
    """Tell whether a contact's day lies in an earlier year the sentence names: a recalled one, no story day.

    "واستعاد الرئيسان لقاءهما في سانت بطرسبورغ في الحادي عشر من أكتوبر ٢٠٢٢" in a report of December 2023:
    the next sentence ("then he flew on to Riyadh") goes on with the report's day, not that one.
    """
    return ref is not None and when[0][:4] < str(ref.year) and any(e.year is not None for e in s.dates)


def _during_other(s: Parsed, a: Mention, b: Mention, cues: list[CueAt], when: When, ref: date | None,
                  anchor: date | None, conf: float, context: When | None,
                  dateline: DateExpr | None = None) -> list[Statement]:
    """Return the pair's two contacts a sentence tells with a dated possessive noun and a "during" noun.

    "X reproached Y on Wednesday for leaking their talk of the day before, during an impromptu exchange at
    the summit": "their talk of the day before" is the earlier contact, dated in its own noun phrase; the
    exchange "during" which he spoke is the sentence's, on the sentence's other date. Each is returned
    unless the statement already made has its day.
    """
    # ("leur" before the noun was made a pair reference: see _bare_pairs)
    owners = {w.last for kind in ("pair_possessives", "pair_refs") for w in s.words(kind)}
    poss = next((c for c in cues if c[0] in owners and not _during(s, c)), None)
    own = [e for e in s.dates if poss is not None and 0 <= e.first - poss[1] <= _OWN_DATE and not e.event]
    held = next((c for c in cues if c is not poss and _during(s, c)), None)
    if poss is None or not own or held is None:
        return []
    # (the dateline's day is the report's, no contact's: "Ciudad de México, 10 ene (EFE).- ... durante la
    # reunión bilateral que ambos mantuvieron el lunes")
    other = min((e for e in s.dates if e not in own and not e.event and e is not dateline),
                key=lambda e: abs(e.first - held[0]), default=None)
    hday = resolve(other, ref, False, anchor) if other is not None else None
    # "the day before" in the noun phrase counts from the day of the exchange
    pday = resolve(own[0], ref, False, as_day(hday) or anchor)
    out: list[Statement] = []
    for c, day in ((poss, pday), (held, hday)):
        if day is not None and day != when:
            mode = c[2].mode or "in_person"
            if mode == "phone" and c[2].weight < 2 and (_names_city(s, c[0]) or s.words("summit")):
                mode = "in_person"  # a talk in a named city or at a summit: they spoke there
            out.append(Statement(a, b, s.index, mode, max(c[2].weight, 1), "occurred", day, None, conf * 0.9,
                                 s.heading, context, background=c is poss))
    return out if len(out) == 1 else []


def _not_partitive(s: Parsed, mentions: list[Mention], chunks: list[Chunk]) -> list[Mention]:
    """Drop a plural pronoun after "between" that a person follows: "among them X" names members, no pair.

    "se reuniu com dirigentes de vários países, entre eles o social-democrata Olaf Scholz": "eles" are the
    people met, not the two leaders last in contact ("a conversa entre eles" still is).
    """
    starts = {w.last for w in s.words("between")}
    people = [c.first for c in chunks if c.names or c.title or c.minister]
    return [m for m in mentions if not (m.kind == "they" and m.first in starts
                                        and any(0 < p - m.last <= _PARTITIVE_GAP for p in people))]


def _definite_contact(s: Parsed, definites: Collection[str]) -> None:
    """Read a sentence that opens with "the" and a firm contact noun with its own date as the pair's.

    "The call of 3 March had gone badly": the call of the two leaders the text is about, as "their call"
    would be (a visit going on is the one told). The article becomes a pair reference. So does a "last" or
    "first" opening the sentence before the noun, in a sentence that names no one ("Последняя встреча
    состоялась в 2019 году", "The last meeting took place in 2019"): the pair's earlier contact.
    """
    at = s.lo + 1 if s.tokens[s.lo].form in definites else s.lo
    ordinal = next((w for kind in ("last_time", "firsts") for w in s.words(kind) if w.first == at), None)
    if ordinal is not None:
        if any(kinds_of(m.payloads).names or kinds_of(m.payloads).titles for m in s.matches):
            return  # "The first meeting of Putin and Trump took place ...": the names tell whose
        at = ordinal.last
    elif at == s.lo:
        return
    cue = next((c for c in s.cues() if c[0] == at), None)
    # ("The letter came a day after the statement": a day counted from another event is no date of its own)
    if cue is None or cue[2].weight < 2 \
            or not any(0 <= e.first - cue[1] <= _OWN_DATE and not e.event for e in s.dates):
        return
    if s.is_visit(cue):
        return  # "La visita sigue hoy en Sevilla": the visit told, going on
    # (a last-time word opening the sentence stays one: the contact is an earlier one)
    kept = tuple(p for m in s.matches if m.first == s.lo for p in m.payloads
                 if isinstance(p, Word) and p.kind == "last_time")
    last = ordinal.last if ordinal is not None and ordinal.first == s.lo else s.lo + 1
    ref: Match[Payload] = Match(s.lo, last, (Word("pair_refs", None), *kept))
    s.matches = sorted([m for m in s.matches if m.first != s.lo] + [ref], key=lambda m: m.first)
    s.reset()


def _bare_pairs(s: Parsed, inserts: frozenset[str], sizes: dict[tuple[str, ...], int]) -> None:
    """Read a bare "the two" or "their" as the pair where it is the subject or owner of a contact.

    A bare "the three" ("I tre sono stati ricevuti") is the group of that size where it stands as "the two"
    would.

    "the two had met", "os dois já haviam" (right before the cue: only an adverb or a short auxiliary or
    reflexive word between; "the two countries signed" is about countries); "la conversación entre ambos"
    (after "between", a cue before it); "Die beiden hatten sich im April in Hannover getroffen" (opening
    its clause, whose last word is the cue: a compound tense's participle); "their last meeting", "leur
    premier échange téléphonique", "leur deuxième échange" (a possessive, with only "first", "last", an
    ordinal or an adverb before the noun).
    """
    starts = {c[0] for c in s.cues()}
    ends = {c[1] for c in s.cues()}
    out: list[Match[Payload]] = []
    for m in s.matches:
        heads = [p for p in m.payloads if isinstance(p, Word) and p.kind in _PAIR_HEADS]
        size = sizes.get(tuple(t.keys[0] for t in s.tokens[m.first:m.last])) \
            if any(isinstance(p, Word) and p.kind == "group_heads" for p in m.payloads) else None
        if heads and _pair_here(s, m, heads[0].kind == "pair_possessives", starts, ends, inserts):
            # "leur précédente rencontre": a possessive that is also a last-time word stays one
            rest = tuple(p for p in m.payloads if isinstance(p, Word) and p.kind == "last_time")
            out.append(Match(m.first, m.last, (Word("pair_refs", heads[0].lang), *rest)))
        elif size is not None and _pair_here(s, m, False, starts, ends, inserts):
            out.append(Match(m.first, m.last, (Group(size),)))
        else:
            out.append(m)
    s.matches = out
    s.reset()


def _subject_then_verb(s: Parsed, m: Match[Payload]) -> bool:
    """Tell whether "the two" opens the sentence before a short auxiliary and a verb in lower case."""
    at = m.last
    return m.first == s.lo and at + 1 < s.hi and len(s.tokens[at].form) <= _BARE_WORD \
        and s.text[s.tokens[at].start].islower() and s.text[s.tokens[at + 1].start].islower() \
        and not s.nouns_capitalized


def _pair_here(s: Parsed, m: Match[Payload], possessive: bool, starts: set[int], ends: set[int],
               inserts: frozenset[str]) -> bool:
    """Tell whether a bare "the two" or "their" at m stands for the pair (see _bare_pairs)."""
    # ("leur deuxième échange": an ordinal too)
    adjectives = {i for kind in ("firsts", "last_time", "ordinals") for w in s.words(kind)
                  for i in range(w.first, w.last)}
    # ("the two had last met", "the two first spoke": "last" and "first" before the verb, as adverbs)
    adverbs = {i for kind in ("firsts", "last_time") for w in s.words(kind) for i in range(w.first, w.last)} \
        if not possessive else adjectives
    j = m.last
    while j < s.hi and j not in starts and j - m.last < _BARE_GAP and (
            s.tokens[j].keys[0] in inserts or len(s.tokens[j].form) <= _BARE_WORD
            or (possessive and j in adjectives) or j in adverbs):
        j += 1
    if j in starts:
        return True
    if possessive:
        return False
    if s.nouns_capitalized and m.first in ends and s.text[s.tokens[m.first - 1].start].isupper():
        return True  # "die erste Begegnung der beiden": the genitive after a contact noun is its pair
    if any(w.last == m.first for w in s.words("between")) and any(m.first - _BARE_GAP <= e <= m.first - 1
                                                                    for e in ends):
        return True  # "la conversación entre ambos"
    if m.last >= s.hi or s.text[s.tokens[m.last].start].isupper():
        return False  # "Die beiden Länder": a noun after it (capitalized in German) is what the two are
    if any(w.last == m.first or (w.last + 1 == m.first and s.tokens[w.last].form in _REFLEXIVES)
           for w in s.words("auxiliaries")) \
            and (s.nouns_capitalized or len(s.tokens[m.last].form) <= _BARE_WORD):
        # "Im Mai waren die beiden in Aachen zusammengetroffen", "In juli waren de twee in Vilnius
        # bijeengekomen": after the fronted date, the auxiliary and the subject; the participle closes the
        # clause (where nouns have no capital, only a short word may follow: "de twee landen" are countries)
        clause_end = next((c for c in s.cues() if c[0] >= m.last and (c[1] == s.hi or c[1] in s.marks)
                           and s.same_clause(m.first, c[1] - 1)), None)
        if clause_end is not None:
            return not any(m.last <= n.first < clause_end[0] and (kinds_of(n.payloads).names
                                                                   or kinds_of(n.payloads).titles)
                           for n in s.matches)
    if m.first != s.lo and m.first not in s.marks:
        # German verb-second: "Bei einem Treffen im Weißen Haus vereinbarten die beiden ...", after the verb,
        # the cue fronted in its clause (only where a capital tells a noun after it: "die beiden Länder")
        return s.nouns_capitalized and any(c[1] <= m.first - 1 and s.same_clause(c[0], m.first)
                                           for c in s.cues())
    # opening its clause: the clause's first cue closes it, with no one named before it; or opening the
    # sentence, an auxiliary and a verb after it ("The two had paved the way in a phone call in May": the
    # pair is the verb's subject, the call its complement)
    cue = min((c for c in s.cues() if c[0] >= m.last), key=lambda c: c[0], default=None)
    if cue is None or not s.same_clause(m.first, cue[1] - 1) or not (
            cue[1] == s.hi or cue[1] in s.marks or _subject_then_verb(s, m)):
        return False
    return not any(m.last <= n.first < cue[0] and (kinds_of(n.payloads).names or kinds_of(n.payloads).titles)
                   for n in s.matches)


def _reported(m: Mention, s: Parsed, cues: list[CueAt]) -> bool:
    """Tell whether a leader is named only inside what someone said after every cue of the sentence.

    "At the start of the meeting Putin said that the inquiry had cleared Trump's campaign": a reporting
    verb with its "that" right after it, every cue before the verb, and the leader after the "that" is
    what was said, not the meeting's partner. What is said in a side clause ends with it: "ha incontrato
    Zelensky, al quale ha spiegato che ..., e Macron" met Macron too.
    """
    if not cues:
        return False
    complementizers = s.words("complementizers")
    # (or the clause's own subject pronoun with no "that": "Trump said he had been let down by Putin")
    pronouns = s.words("pronouns")
    if not complementizers and not pronouns:
        return False  # most sentences: no reported clause (and no set built)
    return _reported_read(m, s, cues, [*complementizers, *pronouns])


def _reported_read(m: Mention, s: Parsed, cues: list[CueAt],
                   complementizers: Sequence[Match[Payload]]) -> bool:
    """Answer _reported where a "that" stands (apart: its closures' cells are made at every call)."""
    that = {w.first for w in complementizers}
    return any(all(c[1] <= w.first for c in cues)
               and any(w.last <= t <= w.last + 1 and t < m.first for t in that)
               and not _side_closed(s, w.first, m.first)
               for w in s.words("reporting"))


# Japanese postpositions that make the leader before them what was talked about, not a partner:
# "プーチン大統領について言及した" (mentioned Putin), "…をめぐり".
_ABOUT_AFTER = ("について", "に関して", "に関する", "をめぐり", "をめぐって", "をめぐる", "に言及")


def _talked_about(m: Mention, s: Parsed) -> bool:
    """Tell whether a leader is only what was talked about: "プーチン大統領について言及した"."""
    return m.last > m.first and s.text.startswith(_ABOUT_AFTER, s.tokens[m.last - 1].end)


def _greeting_was_a_call(s: Parsed, out: list[Statement]) -> None:
    """Make the greetings of the sentence before calls, where this one opens by telling their conversation.

    "Токаева поздравил также Эмомали Рахмон. Беседа прошла по предложению Душанбе": a greeting alone reads as
    written; a next sentence that opens with a talk word, names no one, gives no date and plans nothing says
    the two talked: a call (a message, "направил послание", weighs more and stays written).
    """
    last = out[-1]
    if last.mode != "written" or last.weight > 1 or s.dates or s.future_marks:
        return
    cues = s.cues()
    if not cues or cues[0][0] != s.lo or cues[0][2].weight > 1:
        return
    for k in range(len(out) - 1, -1, -1):
        st = out[k]
        if st.sentence != s.index - 1:
            break
        if st.mode == "written" and st.weight <= 1 and st.status == "occurred":
            out[k] = replace(st, mode="phone")


def _listed_date(s: Parsed, cue: CueAt, c: CueAt) -> DateExpr | None:
    """Return the date that opens, after a comma, the next item of a list of one pair's contacts.

    "в январе лидеры созванивались по видео, в мае — встреча в Москве": the items are joined by commas
    alone, each opening with its date; the later cue, right after its date and with no person of its own
    named from the date to the next mark, is another contact of the pair (not "talks on Tuesday, a day after
    Putin hosted his guest": a subject of its own).
    """
    for e in s.dates:
        # (the date's preposition may stand between the comma and it: "в мае")
        if cue[1] < e.first and (e.first in s.marks or e.first - 1 in s.marks) \
                and 0 <= c[0] - e.last <= _LISTED_CUE \
                and s.since_of(e) is None:
            end = next((p for p in s.marks if p > c[1]), s.hi)
            if any(e.last <= m.first < end and any(isinstance(p, Name | Title) for p in m.payloads)
                   for m in s.matches):
                return None
            return e
    return None


# How many words (a subject: "лидеры") may stand between a listed contact's date and its cue.
_LISTED_CUE = 2
# How many words may stand between a call word and the video word that says how the call was made.
_VIDEO_NEXT = 1


def _set_aside_after(m: Mention, s: Parsed, after: Sequence[Match[Payload]]) -> bool:
    """Tell whether a word the language puts after a noun sets a leader aside: "Macron'un ardından".

    The word follows the leader's case suffix (after an apostrophe): "after Macron" is a time, no partner
    of the sentence's meeting; "Hamaney'e rahmet" (mercy upon Khamenei) is said of the dead.
    """
    if m.last >= s.hi or s.text[s.tokens[m.last].start - 1] not in "'’":
        return False
    return any(w.first == m.last + 1 for w in after)


def _side_closed(s: Parsed, at: int, later: int) -> bool:
    """Tell whether the token at `at` sits in a side clause that closes before the token `later`."""
    clause = s.side_clause(at)
    return clause is not None and clause[1] <= later


def _minister_subject(people: list[Chunk], cues: list[CueAt]) -> bool:
    """Tell whether the sentence's first person, before its first cue, is a minister and no leader.

    "Last week the defense secretary flew to Tokyo, meeting his Japanese counterpart": the counterpart is
    the minister's, and the leader in focus met no one.
    """
    return bool(people) and people[0].minister and not people[0].aide and not people[0].names \
        and not people[0].title and people[0].last <= cues[0][0]


def _elect_subject(s: Parsed, people: list[Chunk], out_of_office: list[int]) -> bool:
    """Tell whether the sentence's first person, a name out of office by a word of the text, leads a "with".

    "تلقى محمد بن زايد آل نهيان، ولي عهد أبوظبي، اتصالين من X و Y": the subject (after a verb that
    opens the sentence) is nobody on a page with no day; X and Y are his partners, not each other's.
    """
    return bool(people) and people[0].elect and people[0].first in out_of_office \
        and any(w.first >= people[0].last for w in s.words("with_words"))


def _minister_names(s: Parsed, chunks: list[Chunk], minister_led: bool = False) -> list[str]:
    """Return the words of names right after a minister's title: "Secretary of State Antony Blinken".

    Up to three words no lexicon knows, in a cased script capitalized, up to a clause mark. In a sentence
    whose subject is a minister, a counterpart is one too ("Er traf seinen Amtskollegen Sergej Lawrow",
    after "Außenminister Maas").
    """
    for c in chunks:  # (a plain loop, no generator: asked for every sentence that names someone)
        if _minister_chunk(c, minister_led):
            break
    else:
        return []  # most sentences: no minister's title, no word set to build
    known = {i for m in s.matches for i in range(m.first, m.last)}
    out: list[str] = []
    for c in chunks:
        if not _minister_chunk(c, minister_led):
            continue
        j = c.last
        while j < min(c.last + _NAME_WORDS, s.hi) and j not in known and (j == c.last or j not in s.marks):
            first = s.text[s.tokens[j].start]
            if first.islower() or not first.isalpha():
                break
            out.append(s.tokens[j].form)
            j += 1
    return out


# Kin after a leader's possessive: "Emperor Naruhito's brother" is the brother, no emperor.
_KIN = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "widow", "mother", "father",
                  "nephew", "niece", "grandson", "granddaughter", "cousin", "son-in-law", "family"})


def _minister_chunk(c: Chunk, minister_led: bool) -> bool:
    """Tell whether a chunk is a minister's title and no name (or a counterpart after a minister subject)."""
    return (c.minister or (minister_led and c.counterpart and not c.places)) and not c.names


def _kin_of(m: Mention, s: Parsed) -> bool:
    """Tell whether a leader only owns what follows: "Emperor Naruhito's brother", "welcomed Trump's remarks".

    After an English possessive ("'s"), a relative, or a lower-case noun the lexicons do not know with no
    contact word right after it ("Trump's remarks on tariffs", not "Trump's recent call"): the leader is the
    owner of a thing, no party to the sentence's contact. (Not the Turkish genitive: it is also the subject
    of a nominal clause, "Rama'nın ... Erdoğan ile yaptığı görüşme".)
    """
    at = m.last - 1  # a name's match takes in the "s" after its apostrophe
    if not (m.last < s.hi and at > m.first and s.tokens[at].form == "s" and s.gap(at, at) in ("'", "\u2019")):
        return False
    if s.tokens[m.last].form in _KIN:
        return True
    # (only as a cue's object: "Moon's office said that Kim ..." leaves the reporting leader where he stands;
    # and only the name's own possessive: "awarded Narendra Modi Russia's highest honour" is the country's)
    return any(c[1] <= m.first and s.same_clause(c[1] - 1, m.first) for c in s.cues()) \
        and any(x.last == at and kinds_of(x.payloads).names for x in s.matches) and _owned_noun(s, m.last)


# How far after an owned noun a contact word still makes it the owner's contact ("Trump's recent phone call").
_OWNED_REACH = 3


def _owned_noun(s: Parsed, head: int) -> bool:
    """Tell whether a possessive's noun is a lower-case word no lexicon knows, with no contact word near."""
    tok = s.tokens[head]
    word = s.text[tok.start : tok.end]
    if not (word.isalpha() and word.islower()) or s.gap(head, head).strip():
        return False
    if any(x.first <= head < x.last for x in s.matches):
        return False
    return not any(head <= c[0] <= head + _OWNED_REACH for c in s.cues()) \
        and not any(head <= w.first <= head + _OWNED_REACH for w in s.words("visit"))


# Endings of Russian abstract nouns a leader's genitive complements ("решение", "предложение", "позицию",
# "инициативу", "руководства"): the leader is the owner of a decision, not a party.
_RU_NOUN_ENDINGS = ("ние", "ния", "нию", "нием", "тие", "тия", "ция", "цию", "ции", "ива", "иву", "ивы",
                    "ство", "ства", "ству")


# The genitive singular endings of Russian names and titles ("Путина", "Трампа", "президента", "Мелони" is
# indeclinable and left out).
_RU_GENITIVE_ENDINGS = ("а", "я")


def _russian_noun_head(s: Parsed, head: int) -> bool:
    """Tell whether the word before a leader is a Russian abstract noun no lexicon knows, right before him."""
    form = s.tokens[head].form
    if not (cyrillic_script(form) and form.endswith(_RU_NOUN_ENDINGS)) \
            or not s.text[s.tokens[head].start].islower():
        return False
    if s.text[s.tokens[head].end : s.tokens[head + 1].start].strip():
        return False  # a comma or a dash between
    return not any(x.first <= head < x.last for x in s.matches) \
        and not any(e.first <= head < e.last for e in s.dates)


def _complement(m: Mention, s: Parsed, language: _Language) -> bool:
    """Tell whether a leader only complements a noun: "the enthronement of Emperor X", "el Gobierno de X".

    The leader follows a genitive particle (articles aside) whose noun is no word the extractor knows
    (not a cue, title, join or plan word: "the visit of X", "a meeting of X" keep their leader); where the
    genitive follows its possessor (Urdu), the leader stands right before it and the noun right after.
    """
    if _kin_of(m, s):
        return True
    if language.genitives_after and _possessor(m, s, language):
        return True
    if m.first > s.lo and s.tokens[m.first].form.endswith(_RU_GENITIVE_ENDINGS) \
            and _russian_noun_head(s, m.first - 1):
        # "приветствовал решение Путина", "обсудили позицию Трампа": a genitive with no particle (not the
        # dative of "принес извинения Алиеву", nor the end of a title: "администрации Махмудом Аббасом")
        return True
    table = s.word_kinds()
    genitives = table.get("genitives")
    if not genitives:  # (no set built)
        return False
    return _complement_read(m, s, table, genitives)


def _complement_read(m: Mention, s: Parsed, table: Mapping[str, list[Match[Payload]]],
                     genitives: Sequence[Match[Payload]]) -> bool:
    """Answer _complement where a genitive stands (apart: its closures' cells are made at every call)."""
    gens = {g.first for g in genitives}
    if (any(w.first in (m.last, m.last + 1) for w in table.get("relative", ()))
            or (m.last in s.marks and any(w.first == m.last for w in table.get("complementizers", ())))) \
            and any(m.last < c[0] <= m.last + _CUE_REACH for c in s.cues()):
        # "el papel del papa Francisco, que escribió sendas cartas a ...": the antecedent of a relative
        # clause with a cue (", que" after a comma is one) is its subject
        return False
    fillers = {f.first for f in table.get("fillers", ())}
    at = m.first
    while at < m.last and at in fillers and at not in gens:
        at += 1  # "o primeiro-ministro": the chunk's own article
    if at not in gens:
        at = m.first - 1
        while at > s.lo and at in fillers and at not in gens:
            at -= 1
    head = at - 1
    while at in gens and head > s.lo and s.tokens[head].form in LIST_WORDS:
        # "la rencontre d'X et de Y": Y shares X's noun, whatever it is
        at = max((g for g in gens if g < head), default=-1)
        head = at - 1
    if at not in gens or head < s.lo or any(x.first <= head < x.last and not _common_noun(s, x, head)
                                             for x in s.matches):
        return False
    word = s.text[s.tokens[head].start : s.tokens[head].end]
    joined = not s.text[s.tokens[head].end : s.tokens[at].start].strip()  # no comma between
    return joined and word.isalpha() and (word.islower() or head > s.lo)


def _common_noun(s: Parsed, x: Match[Payload], at: int) -> bool:
    """Tell whether a name at `at` is written as the common noun it spells: "el plan de paz de X".

    "paz" (peace) spells the surname Paz and, with its article, La Paz: written in lower case (in a cased
    script) it is the noun a genitive leader complements, as any unknown noun is.
    """
    k = kinds_of(x.payloads)
    return (bool(k.names or k.places) or k.city) and not (k.titles or k.groups or k.cue) \
        and s.text[s.tokens[at].start].islower()


# How many words may stand between a leader's genitive and its cue ("کی آخری باضابطہ ملاقات", "کا لاہور کے
# ہوائی اڈے پر استقبال" stops at its own genitive).
_NOUN_PHRASE = 5


def _possessor(m: Mention, s: Parsed, language: _Language) -> bool:
    """Tell whether a leader possesses the plain noun after his genitive: "صدر ٹرمپ کے بیان کا خیرمقدم".

    The noun is a word no phrase holds, no closed-class word and no date: "ٹرمپ کے ساتھ" (with Trump),
    "ٹرمپ کی ملاقات" (a cue), "ٹرمپ کی جمعرات کو" keep their leader; so does a cue a few words on, before the
    next genitive: the noun's own ("پیوٹن کی آخری ملاقات", Putin's last meeting), or the one the genitive
    governs across a place or time ("مودی کا لاہور میں استقبال کیا", welcomed Modi in Lahore).
    """
    at = m.last
    if at + 1 >= s.hi or s.tokens[at].form not in language.genitives_after:
        return False
    noun = at + 1
    if s.tokens[noun].form in language.stopwords or noun in s.dated() \
            or any(x.first <= noun < x.last for x in s.matches):
        return False
    starts = {c[0] for c in s.cues()}
    j = noun + 1
    while j < min(s.hi, noun + _NOUN_PHRASE) and s.tokens[j].form not in language.genitives_after:
        if j in starts:
            return False
        j += 1
    return True


def _names_city(s: Parsed, cue_at: int | None = None) -> bool:
    """Tell whether a sentence names a city outside the dateline ("on Tuesday in Kyiv, X spoke with Y").

    A dateline stands first in the text, after nothing but capitals and punctuation ("KYIV/BERLIN –").
    With the cue's place (cue_at), a speech verb between the city and the cue makes the city the speech's
    ("Speaking at the White House, Trump said he had spoken with Putin": the call was not there).
    """
    said = [w.first for w in s.words("reporting")] if cue_at is not None else []

    def speech_between(at: int) -> bool:
        return cue_at is not None and any(min(at, cue_at) < w < max(at, cue_at) for w in said)

    return any(isinstance(p, City) for m in s.matches for p in m.payloads
               if (s.index > 0 or any(ch.islower() for ch in s.text[s.start : s.tokens[m.first].start]))
               and not _quoted_source(s, m) and not speech_between(m.first))


# How far after a count of days from an event its noun stands ("een dag na zijn gesprek": the possessive)
_EVENT_NOUN = 2


def _previous(s: Parsed, sents: list[Parsed]) -> Parsed | None:
    """Return the sentence before s, if any."""
    return sents[s.index - 1] if 0 < s.index <= len(sents) else None


def _preterites_held(s: Parsed, cues: list[CueAt], planned: dict[int, bool],
                     preterites: frozenset[str], verb_final: bool = False) -> None:
    """Keep a cue that is a verb in the preterite held whatever plan word stands near it.

    "absolvierten das ganze Gipfel-Programm, trafen auch X": the programme was the summit's; "trafen" tells a
    meeting held. Where the verb comes last, the preterite may be the light verb that closes the cue ("دیدار
    کرد و شنبه به تهران باز خواهد گشت", "iki gün sürecek ziyareti kapsamında ... görüştü"): the future is
    another verb's or a participle's.
    """
    for c in cues:
        # (not a capital: German "Trafen" is no noun's form, Korean has no case)
        if planned.get(c[0]) and not s.text[s.tokens[c[0]].start].isupper() \
                and (s.tokens[c[0]].form in preterites
                     or (verb_final and any(s.tokens[j].form in preterites
                                            for j in range(c[1] - 1, min(c[1] + 1, s.hi))))):
            planned[c[0]] = False


def _modal_plans(sents: list[Parsed], language: _Language) -> None:
    """Mark a lower-case modal of possibility before a verb as a future marker ("may meet").

    A capital is the month or the name ("in May", "Theresa May"); "may have met", "it may be recalled"
    tell no plan.
    """
    modals = {m.strip() for m in language.modals}
    for s in sents:
        found = [j for j in range(s.lo, s.hi - 1) if s.tokens[j].form in modals
                 and s.text[s.tokens[j].start].islower()
                 and s.tokens[j + 1].form not in language.modal_breaks]
        if found:
            s.future_marks = sorted({*s.future_marks, *found})


def _present_plans(statements: list[Statement], sents: list[Parsed], language: _Language) -> list[Statement]:
    """Read a contact told in the present beside a plan of the same two leaders as that plan.

    German announces a programme in the present as well as with "wird": "X wird Y am Montag empfangen ...
    Am Nachmittag trifft X mit Z zusammen", a headline "X empfängt Y". A sentence with no past word (an
    auxiliary, a strong preterite, a lower-case word with a weak preterite's ending) is the plan's.
    """
    plans = {(st.a.leader_id, st.b.leader_id) for st in statements if st.status == "planned"}
    if not plans:
        return statements
    plans |= {(b, a) for a, b in plans}
    present: dict[int, bool] = {}
    out = []
    for st in statements:
        if st.status == "occurred" and not st.background and not st.pluperfect \
                and (st.a.leader_id, st.b.leader_id) in plans:
            if st.sentence not in present:
                s = sents[st.sentence]
                present[st.sentence] = not any(
                    t.form in language.past_forms
                    or (s.text[t.start].islower() and t.form.endswith(language.preterite_endings))
                    for t in s.tokens[s.lo:s.hi])
            if present[st.sentence]:
                st = replace(st, status="planned")
        out.append(st)
    return out


def _named_after_plan(groups: list[ContactGroup], sents: list[Parsed], language: _Language) -> None:
    """Join to its plan a held contact told once, undated, right after the sentence announcing it (in place).

    "Trump will call Sisi today. It is the first call between the two since ...", "the Kremlin confirmed
    the phone talk on Wednesday", "no work has been done yet on a separate meeting": the sentence after an
    announcement names the contact again, with no day of its own. Only where the pair has no other held
    contact and the report no narrative day (a dated held contact, or a second mention, tells a contact that
    took place), where the sentence names no other pair, and where it holds no past date ("last week", "in
    March") and no past verb of a language we read one in ("spoke", "hatte").
    """
    plans = [p for p in groups if p.status == "planned"]
    if not plans:
        return  # (most reports plan nothing)
    for g in list(groups):  # (a copy: a group joined to its plan leaves the list)
        if g.status != "occurred" or len(g.statements) != 1 or g.earlier:
            continue
        st = g.statements[0]
        if st.date is not None or st.context is not None or st.background or st.pluperfect or st.heading:
            continue
        plan = None
        for p in plans:  # (a plain loop)
            if p.pair == g.pair and modes_compatible(st.mode, p.best.mode) \
                    and any(x.sentence == st.sentence - 1 for x in p.statements):
                plan = p
                break
        if plan is None or any(x is not g and ((x.pair == g.pair and x.status == "occurred")
                                               or any(y.sentence == st.sentence for y in x.statements))
                               for x in groups) \
                or _past_told(sents[st.sentence], language):
            # (another pair in the sentence: "this is the first summit of the three leaders" tells a
            # gathering, told apart from the bilaterals it may follow)
            continue
        plan.statements.append(st)
        groups.remove(g)


def _bare_past(statements: list[Statement], sents: list[Parsed], language: _Language) -> frozenset[int]:
    """Return the sentences of bare undated held mentions that tell a past, where the report plans a contact.

    "Obama will meet Modi on Thursday ... Modi exchanged views with Obama at the G20 on Sunday": the bare
    talks are an earlier contact, not the announced one (assemble.group joins bare mentions to a plan).
    """
    if not any(st.status == "planned" for st in statements):
        return frozenset()
    return frozenset(st.sentence for st in statements
                     if st.status == "occurred" and st.date is None and st.weight <= 1
                     and _past_told(sents[st.sentence], language))


def _past_told(s: Parsed, language: _Language) -> bool:
    """Tell whether a sentence places something in the past: a past date, a past verb or auxiliary.

    A weekday alone ("on Wednesday") and a date after "since" are not its own: the first may be to come,
    the second is what a contact is counted from ("the first call since the inauguration on 20 January").
    """
    for e in s.dates:
        if (e.weekday is None or e.past) and s.since_of(e) is None and not s.after_since(e):
            return True
    if language.past_forms and any(t.form in language.past_forms for t in s.tokens[s.lo:s.hi]):
        return True
    # a cue in the past tense by its ending ("called", German "telefonierte")
    return any(s.tokens[j].form.endswith(language.preterite_endings)
               for c in s.cues() for j in range(c[0], c[1]))


def _sidelines_before(s: Parsed, sents: list[Parsed]) -> bool:
    """Tell whether the sentence before tells talks at a summit, which this one goes on to list.

    "En marge du sommet, X a eu plusieurs entretiens bilatéraux. Le président s'est ainsi entretenu avec A,
    B et C": the talks listed were held there, not by phone.
    """
    prev = _previous(s, sents)
    return prev is not None and bool(prev.words("summit")) and any(c[2].mode is None for c in prev.cues())


def _arrived_before(s: Parsed, sents: list[Parsed], countries: set[str | None]) -> bool:
    """Tell whether the sentence before tells a visit to a city of the pair's countries.

    "Starmer przyjechał w piątek do Warszawy. Szef brytyjskiego rządu rozmawiał z Tuskiem": the talk
    after the arrival in the host's capital was held there, not by phone.
    """
    prev = _previous(s, sents)
    return prev is not None and bool(prev.words("visit")) and any(
        isinstance(p, City) and p.iso3 in countries for m in prev.matches for p in m.payloads
        if not _quoted_source(prev, m))


# What may stand between a speech verb and the seat or capital it quotes ("a indiqué l'Elysée"); the
# Slavic locative preposition too: "повідомили в Білому домі", "poinformowano w Białym Domu"
_SOURCE_GAPS = frozenset({"", "l'", "l’", "le", "la", "the", "het", "в", "у", "w", "we"})


# A seat or city after these names an institution or a source, not where the talk was ("un conseiller de
# l'Elysée", "auprès de l'Elysée", "the spokesman of the Kremlin")
_OF_WORDS = frozenset({"de", "du", "d", "of", "aupres", "van"})


def _quoted_source(s: Parsed, m: Match[Payload]) -> bool:
    """Tell whether a city is the source a report quotes, not a place: "a indiqué l'Elysée", "Moscow said"."""
    before = m.first - 1
    if before > s.lo and s.text[s.tokens[before].end : s.tokens[before].end + 1] in ("'", "’"):
        before -= 1  # the elided article: "de l'Elysée"
    elif before > s.lo and s.tokens[before].form in _SOURCE_GAPS:
        before -= 1  # an article: "een woordvoerder van het Witte Huis", "the spokesman of the Kremlin"
    if before >= s.lo and s.tokens[before].form in _OF_WORDS \
            and s.text[s.tokens[before].end : s.tokens[m.first].start].strip().lower() in _SOURCE_GAPS:
        return True
    for w in s.words("reporting"):
        if w.last <= m.first:
            between = s.text[s.tokens[w.last - 1].end : s.tokens[m.first].start]
        elif m.last <= w.first:
            between = s.text[s.tokens[m.last - 1].end : s.tokens[w.first].start]
        else:
            continue
        if between.strip().lower() in _SOURCE_GAPS:
            return True
    return False


def _not_said(cues: list[CueAt], s: Parsed, chunks: list[Chunk], capitalizing: frozenset[str],
              indefinite: frozenset[str] = frozenset()) -> list[CueAt]:
    """Drop a writing verb that reports what someone said: "Trump wrote that ...", "escribió que ...".

    A written cue shortly before a complementizer, with no person between, states words, not a letter,
    unless an article makes it a noun ("la carta que Sánchez envió", and an indefinite one of the text's
    language: "in a letter that he sent to X", "en una carta que envió a X"); a capitalized one names a
    document ("the UN Charter"), except in a language that capitalizes every noun (capitalizing: German).
    """
    for c in cues:
        if c[2].mode == "written":
            break
    else:
        return list(cues)  # no writing verb (most sentences): nothing to drop, no word list to build
    return _not_said_written(cues, s, chunks, capitalizing, indefinite)


def _letter_clause(s: Parsed, cue: CueAt) -> int:
    """Return where a cue's date is read: a letter's relative clause ("a letter that X sent on 9 October").

    The letter's day is its sending's, not the main clause's ("on Wednesday released a letter that ...").
    """
    if cue[2].mode == "written" and cue[1] < s.hi \
            and any(m.first == cue[1] for m in s.words("complementizers")):
        return cue[1] + 1
    return cue[0]


def _not_said_written(cues: list[CueAt], s: Parsed, chunks: list[Chunk],
                      capitalizing: frozenset[str], indefinite: frozenset[str]) -> list[CueAt]:
    """_not_said where a writing verb stands (apart: its closures' cells are made at entry)."""
    that = [m.first for m in s.words("complementizers")]
    articles = {m.last for m in s.words("fillers")}  # "the letter that X sent" is a letter
    # (a verb follows no indefinite article: "a letter that X sent", "una carta que envió a X"; but with
    # words between, "that" may be the complement of a speech verb before: "explicó en un mensaje
    # televisado que había acordado ...")
    articles.update(c[0] for c in cues if c[0] > s.lo and s.tokens[c[0] - 1].form in indefinite
                    and not any(c[1] < t <= c[1] + _SAID_REACH for t in that))
    people = [c.first for c in chunks if c.names or c.title]

    def says(c: CueAt) -> bool:
        # "wrote that", "wrote on social media that"; not "wrote to Xi that" (a letter to him)
        return c[0] not in articles and any(
            c[1] <= t <= c[1] + _SAID_REACH and not any(c[1] < p <= t for p in s.marks)
            and not any(c[1] <= p < t for p in people) for t in that)

    def quotes(c: CueAt) -> bool:
        # "« Je remercie X pour l'accueil », a écrit Y sur Facebook": the verb after a closing quote and a
        # comma reports the quote (its subject after it), no letter
        gap = s.gap(c[0], c[0]) if c[0] > s.lo else ""
        return "," in gap and any(q in gap for q in CLOSING_QUOTES)

    return [c for c in cues if c[2].mode != "written"
            or (not says(c) and not quotes(c) and (c[2].lang in capitalizing or not _proper(s, c[0])))]


def _not_modifiers(cues: list[CueAt], s: Parsed, markers: frozenset[str]) -> list[CueAt]:
    """Drop a cue that modifies a noun, beside a cue that is the sentence's verb.

    "特朗普同泽连斯基通电话，向其介绍了同普京通话的情况" (Trump called Zelensky and told him of the call with
    Putin): the call with Putin, before "的", is a contact told elsewhere; the call with Zelensky is this one.
    """
    def modifies(c: CueAt) -> bool:
        # (the marker opens the token after the cue: the characters no phrase covers are one token)
        return c[1] < s.hi and any(s.tokens[c[1]].form.startswith(m) for m in markers)

    if not any(modifies(c) for c in cues) or all(modifies(c) for c in cues):
        return cues
    return [c for c in cues if not modifies(c)]


def _not_ministers(cues: list[CueAt], s: Parsed, chunks: Sequence[Chunk] = ()) -> list[CueAt]:
    """Drop a contact noun whose "of" names a minister: "la visite du ministre" was no leaders' meeting.

    So is a cue in a relative clause on a minister ("accompanied by the foreign minister X, who had visited
    Riyadh in early January"): the minister's act.
    """
    minister_words = s.words("ministers")
    if not minister_words:  # (most sentences: no set built)
        return cues
    return _not_ministers_named(cues, s, chunks, minister_words)


def _not_ministers_named(cues: list[CueAt], s: Parsed, chunks: Sequence[Chunk],
                         minister_words: Sequence[Match[Payload]]) -> list[CueAt]:
    """_not_ministers where a minister word stands (apart: its closures' cells are made at entry)."""
    ministers = {m.first for m in minister_words}
    cues = [c for c in cues if not _minister_relative(c, s, chunks)]
    skip = {m.first for kind in ("genitives", "fillers") for m in s.words(kind)}

    def owned(c: CueAt) -> bool:
        at = c[1]
        while at in skip and at not in ministers and at - c[1] < _OWNER_GAP:
            at += 1
        return at > c[1] and at in ministers

    return [c for c in cues if not owned(c)]


def _unknown_subject(pairs: list[Pair], s: Parsed, chunks: list[Chunk], mentions: list[Mention],
                     cues: list[CueAt]) -> list[Pair]:
    """Drop the pairs of partners listed after a "with" whose subject is a title that named no one.

    "Le chef de l'Etat et ses ministres verront le président du Brésil, le Premier ministre indien et le
    président chinois" (a spokesman's quote, the president unresolved): each met the
    subject, whom we do not know, not one another.
    """
    first = cues[0][0]
    withs = [w.first for w in s.words("with_words") if w.first >= first]
    if not withs or s.words("between") or any(m.is_leader and m.first < withs[0] for m in mentions):
        return pairs  # ("with Biden at a meeting with X and Y": a leader before them, a meeting of all)
    if not any(c.title is not None and not c.title.plural and not c.names and not c.minister
               and c.last <= first and not any(c.first <= m.first < c.last for m in mentions)
               for c in chunks):
        return pairs
    return [p for p in pairs if min(p[0].first, p[1].first) < withs[0]]


def _with_nobody(cues: list[CueAt], s: Parsed, chunks: list[Chunk], mentions: list[Mention]) -> list[CueAt]:
    """Drop a cue whose "with" names a person who is no leader on the day.

    "uma reunião com Lula da Silva, antigo Presidente" (in 2022): that meeting is his, no other leader's.
    """
    found = {m.first for m in mentions if m.is_leader}
    starts = {c.first for c in chunks if c.names} - found

    def nobody(c: CueAt) -> bool:
        return any(c[1] <= w.first <= c[1] + 1 and (w.last in starts or w.last + 1 in starts)
                   for w in s.words("with_words"))

    return [c for c in cues if not nobody(c)]


def _minister_relative(c: CueAt, s: Parsed, chunks: Sequence[Chunk]) -> bool:
    """Tell whether a cue sits in a relative clause whose antecedent is a minister (his name may follow)."""
    side = s.side_clause(c[0])
    if side is None or not any(w.first == side[0] for w in s.words("relative")):
        return False
    prev = next((k for k in reversed(chunks) if k.last <= side[0]), None)
    # the chunk ends with the minister ("الرئيس السوري وزير الخارجية": the clause is on the minister)
    return prev is not None and prev.minister and not prev.names and side[0] - prev.last <= _MINISTER_NAME \
        and (not prev.title or any(w.last == prev.last for w in s.words("ministers")))


def _proper(s: Parsed, i: int) -> bool:
    """Tell whether a word is capitalized inside a sentence: "la Carta de las Naciones Unidas" is none."""
    if i <= s.lo:
        return False
    head = s.text[s.tokens[i].start]
    return head.isupper() and s.text[s.tokens[i - 1].end : s.tokens[i].start].strip(" \t")[-1:] not in (
        ".", ":", "\"", "«", "“", "-", "–")


def _joint_acts(s: Parsed, chunks: list[Chunk], inserts: frozenset[str],
                adverbials_first: bool = False) -> None:
    """Make the joint acts two listed people do meeting cues: "X and Y opened the new building".

    Alone the act is no contact ("Trump opened the session"); it is one when exactly two people are its
    subjects, listed with "and" (a pronoun counts: "he and X sealed the deal"), the last right before the
    verb with only an adverb, a short auxiliary or a date between ("в среду запустили"); where the time
    and place stand before the verb (adverbials_first, Chinese "两人曾于2019年9月在休斯敦共同出席"),
    anywhere before it in its clause, no other cue between.
    """
    people = [c for c in chunks if c.names or c.title or c.pronoun or c.plural_pronoun or c.pair]
    acts: set[int] = set()
    for w in s.words("joint_acts"):
        if arabic_script(s.tokens[w.first].form) and _listed_after(s, people, w.last):
            acts.add(w.first)  # the verb first: "شهد الأمير والرئيس الأمريكي توقيع الاتفاقيات"
            continue
        last = next((c for c in reversed(people) if c.last <= w.first), None)
        if last is None:
            continue
        if _act_with(s, people, w):
            acts.add(w.first)  # "X a inauguré avec le roi la ligne", "X inaugurated the line with King Y"
            continue
        if adverbials_first:
            if not s.same_clause(last.last - 1, w.first) \
                    or any(last.last <= c[0] < w.first for c in s.cues()):
                continue
        elif w.first - last.last > _BARE_GAP or not all(
                s.tokens[j].keys[0] in inserts or len(s.tokens[j].form) <= _BARE_WORD or j in s.dated()
                for j in range(last.last, w.first)):
            continue
        if (last.plural_pronoun or last.pair) and not last.names:
            acts.add(w.first)  # "ils avaient inauguré ensemble", "the two leaders opened": the pair's act
            continue
        prev = next((c for c in reversed(people) if c.last <= last.first), None)
        # "X and Y", "X and his counterpart Y" (a short possessive after "and")
        between = range(prev.last + 1, last.first) if prev is not None else range(0)
        # (Arabic writes "و" on the next word: "الرئيس السيسي والرئيس ماكرون")
        glued = prev is not None and last.first == prev.last and _and_clause(s.tokens[last.first].form) \
            and s.tokens[last.first].form not in _AND_WORDS
        if prev is not None and (glued or (1 <= last.first - prev.last <= 2
                                           and s.tokens[prev.last].form in LIST_WORDS)) \
                and all(len(s.tokens[j].form) <= _BARE_WORD for j in between) \
                and not any(c.last == prev.first and prev.first in s.marks for c in people):
            acts.add(w.first)  # two, not "X, Y and Z opened the forum": three or more attend a ceremony
    if not acts:
        return
    s.matches = [Match(m.first, m.last, (*m.payloads, Cue("in_person", 2, _lang_of(m))))
                 if m.first in acts and not any(isinstance(p, Cue) for p in m.payloads) else m
                 for m in s.matches]
    s.reset()


def _listed_after(s: Parsed, people: list[Chunk], at: int) -> bool:
    """Tell whether exactly two people are listed right after a verb that opens its clause (Arabic VSO).

    "شهد سمو الأمير والرئيس الأمريكي توقيع ...": the first right after the verb (honorifics between), one
    more joined by "و" (written on its first word or standing alone) in the clause, no third.
    """
    after = [c for c in people if c.first >= at and s.same_clause(at, c.first)]
    if len(after) < 2 or after[0].first - at > _BARE_GAP + 1:
        return False
    # (a title in apposition may follow the first: "الشيخ تميم بن حمد أمير البلاد المفدى والرئيس ...")
    joined = [c for c in after[1:]
              if (_and_clause(s.tokens[c.first].form) and s.tokens[c.first].form not in _AND_WORDS)
              or s.tokens[c.first - 1].form in LIST_WORDS]
    return len(joined) == 1


def _act_with(s: Parsed, people: list[Chunk], w: Match[Payload]) -> bool:
    """Tell whether a joint act has one subject and a leader "with" him: "X a inauguré avec le roi la ligne".

    The subject stands right before the act (within the bare gap), the "with" a few words after it in its
    clause, a person right after the "with" (an article between).
    """
    subject = next((c for c in reversed(people) if c.last <= w.first), None)
    if subject is None or w.first - subject.last > _BARE_GAP or not s.same_clause(subject.first, w.first):
        return False
    starts = {c.first for c in people}
    return any(w.last <= x.first <= w.last + _PAIR_SUBJECT + 2 and s.same_clause(w.first, x.first)
               and (x.last in starts or x.last + 1 in starts) for x in s.words("with_words"))


def _together_in_city(s: Parsed, chunks: list[Chunk]) -> None:
    """Make "together with" a meeting cue where a leader did something with another in a named city.

    "Merkel hat in Moskau gemeinsam mit Putin einen Kranz niedergelegt": no contact word, but the two stood
    side by side. Only in a sentence with no cue, no visit word (travel companions met the host, not one
    another) and no summit word (side by side at a conference is attendance), a person named on each side.
    """
    if any(isinstance(p, Cue) for m in s.matches for p in m.payloads):
        return
    people = [c for c in chunks if c.names or c.title]
    at = {w.first for w in s.words("companions")
          if any(c.last <= w.first for c in people)
          and any(0 <= c.first - w.last <= TOGETHER_GAP for c in people)}
    if not at:
        return
    s.matches = [Match(m.first, m.last, (*m.payloads, Cue("in_person", 2, _lang_of(m))))
                 if m.first in at else m for m in s.matches]
    s.reset()


def _joint_press(s: Parsed, chunks: list[Chunk]) -> None:
    """Make a press conference given together a meeting cue when the sentence names two people.

    "la conférence de presse commune d'Emmanuel Macron et de Félix Tshisekedi", "at a joint news conference
    with X, Y said": they stood in one room. With one person named ("Speaking at the joint press
    conference, the president said") it names no partner, so it is no cue.
    """
    if sum(1 for c in chunks if c.names) < 2:
        return
    at = {w.first for w in s.words("joint_press")}
    s.matches = [Match(m.first, m.last, (*m.payloads, Cue("in_person", 2, _lang_of(m))))
                 if m.first in at and not any(isinstance(p, Cue) for p in m.payloads) else m
                 for m in s.matches]
    s.reset()


def _lang_of(m: Match[Payload]) -> str | None:
    """Return the language of a match's function word."""
    return next((p.lang for p in m.payloads if isinstance(p, Word)), None)


def _with_object(cues: list[CueAt], s: Parsed, chunks: list[Chunk]) -> list[CueAt]:
    """Drop a cue verb that needs a person right after it and has none ("which he called provocative")."""
    objects = s.words("object_cues")
    if not objects:  # (most sentences: no set built)
        return cues
    return _with_object_words(cues, s, chunks, objects)


def _with_object_words(cues: list[CueAt], s: Parsed, chunks: list[Chunk],
                       objects: Sequence[Match[Payload]]) -> list[CueAt]:
    """_with_object where a verb needs an object (apart: its closures' cells are made at entry)."""
    needy = {m.first for m in objects}
    ends = {c.last for c in chunks}
    if s.verb_final:  # the object stands before its verb: "Erdoğan'ı aradı"
        return [c for c in cues if c[0] not in needy or any(c[0] - 3 <= j <= c[0] for j in ends)]
    # a German side clause puts its verb last, the object before it: "wo ihn Ministerpräsident Tusk begrüßte"
    final = {c[0] for c in cues if s.nouns_capitalized and (c[1] == s.hi or c[1] in s.marks)
             and any(c[0] - 3 <= j <= c[0] for j in ends)}
    starts = {c.first for c in chunks}
    # "the two leaders embraced": a pair right before the verb is its subject and its object at once
    pairs = {c.last for c in chunks if c.pair}
    dated = s.dated()

    def after(c: CueAt) -> int:
        """Where the verb's object may begin: after a date between ("llamó el martes a X")."""
        # (an article or preposition may lead the date, an auxiliary stand before it: "dočekao je u utorak")
        at = next((j for j in (c[1], c[1] + 1, c[1] + 2) if j in dated), None)
        if at is None:
            return c[1]
        while at < s.hi and at in dated:
            at += 1
        return at

    return [c for c in cues if c[0] not in needy or c[0] in final
            or any(after(c) <= j <= after(c) + 2 for j in starts)
            or any(c[1] <= j <= c[1] + 2 for j in starts) or any(c[0] - 1 <= j <= c[0] for j in pairs)]


def _urging(cues: list[CueAt], s: Parsed, chunks: list[Chunk],
            pairs: frozenset[tuple[str, str]]) -> list[CueAt]:
    """Drop a calling verb whose object a word follows that makes it an appeal: "a appelé son homologue à".

    "appelé à" is an appeal whether or not the person appealed to stands between ("appeals" of the
    lexicon: the verb form and the preposition).
    """
    starts = {c.first: c.last for c in chunks}
    out = []
    for c in cues:
        end = next((starts[j] for j in range(c[1], c[1] + 3) if j in starts), None)
        if end is not None and end < s.hi and (s.tokens[c[1] - 1].form, s.tokens[end].form) in pairs:
            continue
        out.append(c)
    return out


def _only_two(pair: Pair, active: list[Mention], cues: list[CueAt], s: Parsed, chunks: list[Chunk]) -> bool:
    """Tell whether a far cue is still the pair's.

    The sentence names these two leaders only, and the cue says how they were in touch (a call, a video
    link, a letter) or they are its listed subjects.

    "X warned Y on Tuesday that ..., during a two-hour video call"; "X y el rey Y sellaron ... con una cena".
    """
    if {m.leader_id for m in active} != {pair[0].leader_id, pair[1].leader_id}:
        return False
    if any(c[2].weight >= 3 for c in cues):
        return True
    if any(_coordinated(s, c, active) for c in cues):
        return True
    return listed(s, [m for m in active], chunks) == {pair[0].leader_id, pair[1].leader_id}


def _coordinated(s: Parsed, c: CueAt, active: list[Mention]) -> bool:
    """Tell whether a meeting verb opens a clause joined by "and" after both leaders, its subject dropped.

    "Renzi spoke at the forum beside Putin, ..., e lo ha incontrato a margine": the verb's subject is the
    sentence's, its object (a clitic, a short word) the other leader. Only short words stand between the
    "and" and the verb.
    """
    if c[2].weight < 2 or c[0] < max(m.last for m in active):
        return False
    j = c[0] - 1
    while j > s.lo and c[0] - j <= _BARE_GAP and len(s.tokens[j].form) <= _BARE_WORD \
            and s.tokens[j].form not in LIST_WORDS:
        j -= 1
    return j in s.marks and s.tokens[j].form in LIST_WORDS


def _own_cue_live(pair: Pair, cues: list[CueAt], s: Parsed, modifiers: Sequence[CueAt] = ()) -> bool:
    """Tell whether the cue nearest the pair's second leader, live or not, is live.

    "Erdoğan, Trump ile görüşeceğini, Putin ile görüşmeyeceğini söyledi": Putin's cue is the negated one. A
    cue that modifies a noun is the own cue of the leader before it ("介绍了同普京通话的情况": the call with
    Putin is the noun's), not of one after it ("同到访的印度总理莫迪举行会谈": the talks are Modi's).
    """
    b = pair[1]
    own = [c for c in s.cues() if c not in modifiers or c[0] >= b.last]
    if not s.lo <= b.first < s.hi or len(own) == len(cues) or not own:
        return True  # (no cue of its own: a summit word stood for the meeting)
    return s.nearest_cue(own, b.first, b.last) in cues





def _restated_day(s: Parsed, cues: list[CueAt], planned: dict[int, bool], sdate: When | None,
                  ref: date | None) -> When | None:
    """Return the day a contact word with no pair dates, the story's day from then on, or None.

    "Samtalet ägde rum på lördagen, meddelade statsministern": the call just told took place on Saturday;
    "the same day" after it counts from Saturday (the date stands before the speaker, across the comma
    that narrative_date stops at). Not a plan's day, nor an earlier contact's.
    """
    if not cues or sdate is None or sdate[1] != "day" or any(planned.values()) or s.earlier() \
            or (ref is not None and sdate[0] > ref.isoformat()):
        return None
    return sdate


def _likewise(s: Parsed, cues: list[CueAt], leaders: list[Mention], out: list[Statement],
              chunks: Sequence[Chunk]) -> Statement | None:
    """Return the letter a second leader of the last letter's sender country sent "likewise" to its recipient.

    "بعث أمير الكويت برقية تهنئة إلى الرئيس عون. كما بعث رئيس مجلس الوزراء ببرقية مماثلة": one leader named,
    a written cue and an additive word ("also", "a similar one"): the recipient is the last letter's, not
    repeated. No one else is named ("كما تلقى رسالة من وزير": the minister's letter).
    """
    if not cues or _best_cue(cues)[0] != "written" or len({m.leader_id for m in leaders}) != 1 \
            or not s.words("additives"):
        return None
    sender = leaders[0]
    if any((c.names or c.title or c.minister) and not sender.first <= c.first < sender.last for c in chunks):
        return None
    prev = next((st for st in reversed(out) if st.mode == "written"), None)
    if prev is None or prev.status != "occurred" or sender.leader_id in (prev.a.leader_id, prev.b.leader_id):
        return None
    # the sender's side is the one of the second sender's country; the recipient the other
    other = prev.b if prev.a.country == sender.country \
        else prev.a if prev.b.country == sender.country else None
    if other is None or other.country == sender.country:
        return None
    conf = prev.confidence * 0.9
    return replace(prev, a=sender, b=other, sentence=s.index, initiator=None, confidence=conf)


_VERB_BEFORE = 5  # tokens a clause-opening verb may stand before its subject ("صاحب السمو الملكي")


def _bearer(pair: Pair, cues: list[CueAt], s: Parsed, leaders: list[Mention]) -> bool:
    """Tell whether a pair is a message's sender and the leader who carries it on to someone else.

    "Abe said he had a message from the US president", "transmitiu ao homólogo uma mensagem de Putin": the
    subject bears the sender's words; only "X received a message from Y" makes X its recipient.
    """
    first: int | None = None  # where the first leader stands (read at a message's cue only: most have none)
    for c in cues:
        if c[2].mode != "written" or c[2].weight < 3:
            continue
        if first is None:
            first = min((m.first for m in leaders), default=-1)
        for sender, bearer in ((pair[0], pair[1]), (pair[1], pair[0])):
            if bearer.first != first or bearer.last > c[0] or not 0 <= sender.first - c[1] <= _FROM_GAP:
                continue
            if not any(c[1] <= w.first <= sender.first for w in s.words("from_words")):
                continue
            # (in a verb-first language the receiving verb opens the clause: "تلقى الرئيس رسالة من")
            opens = max(s.lo, bearer.first - _VERB_BEFORE)
            if not any(opens <= w.first < c[0] for w in s.words("receive_words")):
                return True
    return False


def _visit_since_apart(s: Parsed, a: Mention, b: Mention, chunks: list[Chunk]) -> bool:
    """Tell whether a visit a "since" names is no trip of the pair to one another.

    "their first meeting since Xi's state visit to Moscow in March 2023" names the pair's last meeting;
    "since Biden's visit to Israel", "since the visit of Blinken to Beijing" name a trip elsewhere or
    someone else's: between the "since" and its date stand only the pair, their countries and capitals.
    """
    visits = s.words("visit")
    if not visits:
        return False
    pair, countries = {a.leader_id, b.leader_id}, {a.country, b.country}
    for w in s.words("since"):
        end = next((e.first for e in s.dates if e.first >= w.last), s.hi)
        if not any(w.last <= v.first <= w.last + _SINCE_VISIT and v.first < end for v in visits):
            continue  # (a visit after the date: "since 2014, when he visited Amman", the date's own)
        for c in chunks:
            if w.last <= c.first < end and (c.minister or c.unknown is not None or (c.title and not c.names)
                                            or any(n.leader_id not in pair for n, _, _ in c.names)):
                return True
        known: set[int] = set()
        went = False  # (a trip to the pair's country or capital: not "since he came to power in August")
        for m in s.matches:
            if w.last <= m.first < end and any(isinstance(p, City | Place) and p.iso3 not in countries
                                               for p in m.payloads):
                return True
            if w.last <= m.first < end and any(isinstance(p, Name | City | Place) for p in m.payloads):
                known.update(range(m.first, m.last))
                went |= any(isinstance(p, City | Place) for p in m.payloads)
        if not went:
            return True
        if not s.nouns_capitalized and any(s.text[s.tokens[i].start].isupper() and i not in known
                                           for i in range(w.last, end)):
            return True  # a name the gazetteer lacks: a minister's, an envoy's ("the visit of Blinken")
    return False


def _since_mode(s: Parsed, cues: list[CueAt], cue: CueAt, mode: Mode | None,
                weight: int) -> tuple[Mode | None, int]:
    """Return the mode of the earlier contact a "since" names: its own contact word's, when it has one.

    "their first call since they met in California in November": the call is this contact, the meeting
    after "since" the earlier one, held in person (not a call of November).
    """
    own = next((c for c in cues if c is not cue and c[2].weight >= 2 and c[2].mode is not None
                and since_names(s, c)), None)
    return (own[2].mode, own[2].weight) if own is not None else (mode, weight)


def _then_since(s: Parsed, cues: list[CueAt], ref: date | None) -> When | None:
    """Return the date a "since" governs when "at the time" after it dates a cue after that.

    "来日は2019年以来で、当時は安倍晋三首相と首脳会談を重ねた" (his first visit since 2019, when he held
    talks with Abe): the talks are of 2019.
    """
    for e in s.dates:
        if s.since_of(e) is not None and any(e.last <= w.first < c[0] for w in s.words("then_words")
                                             for c in cues):
            hit = resolve(e, ref)
            if hit is not None:
                return hit
    return None


def _unbroken(s: Parsed, a: int, b: int) -> bool:
    """Tell whether no punctuation stands between tokens a and b (a reporting verb between is no break)."""
    return not any(ch in ",;:.!?" for ch in s.text[s.tokens[a].end : s.tokens[b].start])


def _hyphenated(s: Parsed, i: int) -> bool:
    """Tell whether token i is fused to the next by a hyphen ("non-proliferation")."""
    end = s.tokens[i].end
    return s.text[end : end + 1] in ("-", "‑")


def _stated(statements: list[Statement], x: Mention, y: Mention) -> bool:
    """Tell whether a statement already puts two leaders in contact."""
    ids = {x.leader_id, y.leader_id}
    return any({st.a.leader_id, st.b.leader_id} == ids for st in statements)


def _cue_near(pair: Pair, mentions: list[Mention], cues: list[CueAt], s: Parsed, chunks: list[Chunk],
              listed_runs: list[list[list[Mention]]]) -> bool:
    """Tell whether a cue stands between the two leaders or close to a mention of each.

    Close: within ten words, or farther on in the clause that names them (verb-final languages, long
    adverbials). A leader listed with others reaches from the list's end: "hat mit X, Y, Z und W
    telefoniert" (the commas of a list open no clause). listed_runs holds the leaders' runs once read: the
    same for every pair of the sentence (read anew for each, a sentence of n leaders cost n^3).
    """
    if _group_cue(pair, mentions, cues, s):
        return True
    here = [m for m in mentions if m.is_leader and m.leader_id in (pair[0].leader_id, pair[1].leader_id)
            and s.lo <= m.first < s.hi]
    if {m.leader_id for m in here} != {pair[0].leader_id, pair[1].leader_id}:
        here = [m for m in pair[:2] if s.lo <= m.first < s.hi]
    if not here:
        return True  # both come from earlier sentences ("the two leaders" resolved to the last pair)
    if any(m.first - _CUE_REACH <= c[0] < m.last + _CUE_REACH for c in cues for m in here):
        return True
    if any(_during(s, c) for c in cues):
        return True  # "X asked Y to end ..., during the meeting the two held on Monday": the whole sentence
    if len(here) == 1 and _with_again(s, here[0], cues):
        return True  # "se encontrou com X, no Quirinale, e depois com Y": the cue's "with" said again
    if len(here) == 1 and agent_of_cue(s, here[0], cues):
        return True  # "Reçu à sa descente d'avion, à Dakar, par son homologue X": the passive's agent, far on
    if len(here) == 1 and any(m.is_leader and m.first < here[0].first and parallel(s, m, here[0], cues)
                              and any(m.first - _CUE_REACH <= c[0] < m.last + _CUE_REACH for c in cues)
                              for m in mentions):
        return True  # "received in Paris by X and then in London by Y": the agent's "by" said again
    lo, hi = min(m.first for m in here), max(m.last for m in here)
    if not listed_runs:
        listed_runs.append(runs(s, [m for m in mentions if m.is_leader], chunks))
    for run in listed_runs[0]:
        if len(run) >= 2 and any(m.last == hi for m in run):
            hi = max(hi, run[-1].last)
        if len(run) >= 2 and any(m.first == lo for m in run) and not any(
                c[1] <= ch.first < run[0].first and ch.names for c in cues for ch in chunks):
            # and from its start: "he spoke to A, B, C, D and E" (the cue before a long list reaches E; not
            # "had called X to congratulate him, among them A, B and C": a person named between is the
            # cue's object, whether a leader that day or not)
            lo = min(lo, run[0].first)
    # far on, a subordinator between opens another event's phrase ("X called Y a dictator after the episode
    # of the chair denied to Z in a meeting in Ankara"), except where the verb comes last or "first" makes
    # it the cue's own attribute ("провели первую после прекращения боевых действий встречу")
    firsts = {w.last for w in s.words("firsts")}
    subs = [w.first for w in s.words("subordinators") if w.first not in firsts] if not s.verb_final else []
    return any(lo - _CUE_REACH <= c[0] < hi + _CUE_REACH
               or (hi <= c[0] < hi + _CLAUSE_REACH
                   and (s.same_clause(hi - 1, c[0], PHRASE_BREAKERS) or _closed_relative(s, hi, c[0]))
                   and not any(hi <= w < c[0] and w not in s.dated() for w in subs))
               for c in cues)


def _group_cue(pair: Pair, mentions: list[Mention], cues: list[CueAt], s: Parsed) -> bool:
    """Tell whether a cue is that of a group or of the pair named by a plural ("the two leaders")."""
    for m in mentions:  # (a plain loop: no generator per pair asked, where most mentions are names)
        if m.kind == "group" and any(m.first - _CUE_REACH <= c[0] < m.last + _CUE_REACH for c in cues):
            return True  # "... where the three leaders spoke together": the group is the cue's subject
        if m.kind != "pair":
            continue
        if any(0 <= c[0] - m.last <= _PAIR_SUBJECT for c in cues):
            return True  # "The two leaders last met in Samarkand, where Modi told Putin ...": the pair's cue
        if pair[0].country != pair[1].country and any(0 <= m.first - c[1] <= _PAIR_OBJECT for c in cues) \
                and not all(s.lo <= p.first < s.hi for p in pair[:2]):
            return True  # "X, quien recibió a los dos gobernantes": the pair is the cue's object
    return False


def _closed_relative(s: Parsed, hi: int, at: int) -> bool:
    """Tell whether only relative clauses closed before the verb stand between a list and its final verb.

    "با X، رئیس‌جمهور، و Y که آن هنگام نخست‌وزیر بود، دیدار کرد": in a verb-final language the clause on
    the last partner ends at its comma, and the verb after it is the list's.
    """
    if not s.verb_final:
        return False
    words = [w for w in s.breaks() if hi - 1 <= w < at]
    return bool(words) and all(any(w < m <= at for m in s.marks) for w in words)


def _restated(s: Parsed, out: list[Statement], a: Mention, b: Mention, at: int) -> Statement | None:
    """Return the pair's contact a sentence restates: "It was the first call between the two leaders".

    The sentence opens with a restating word ("it was", "c'était", "это был") in the cue's clause, which
    gives no date (one after a colon is another event's); the last occurred statement is of the same pair.
    """
    if not any(w.first <= s.lo + 1 and s.same_clause(w.first, at) for w in s.words("restating")) \
            or any(s.same_clause(at, e.first) for e in s.dates):
        return None
    last = next((st for st in reversed(out) if st.status == "occurred"), None)  # a plan told between
    return last if last is not None and _same_pair(last, a, b) else None


# How many words may stand between a trip's next stop and its host ("in London, by his counterpart Y").
_LEG_GAP = 6


def _next_leg(s: Parsed, cue: CueAt, pair: Pair, dest: str, mentions: Sequence[Mention]) -> bool:
    """Tell whether a place of the pair's countries follows the visit's first place, before the later leader.

    "received in Paris by X and then in London by Y", "by X in Paris and by Y in London": the trip's next
    stop is where Y received the guest (a place of the later leader's country, a few words from him), when
    the preposition that leads Y led an earlier leader too (not "X's visit to Pyongyang alarmed Y in Tokyo").
    """
    later = max(pair[:2], key=lambda m: m.first)
    if not any(m.is_leader and s.lo <= m.first < later.first and parallel(s, m, later, [cue])
               for m in mentions):
        return False
    places = [(m.first, p.iso3) for m in s.matches if cue[1] <= m.first < later.last + _ARTICLE
              for p in m.payloads if isinstance(p, Place | City)]
    first = next((at for at, iso3 in places if iso3 == dest), None)
    return first is not None and any(at > first and iso3 == later.country
                                     and (0 < later.first - at <= _LEG_GAP or at >= later.last)
                                     for at, iso3 in places)


def _with_again(s: Parsed, m: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a leader follows the "with" a cue took, said again ("met X ... and then with Y").

    The "with" stands right after a cue (or ends it) and again, the same word, right before the leader in
    the same sentence, after it.
    """
    withs = s.words("with_words")
    before = [w for w in withs if w.last <= m.first <= w.last + 2]
    return any(w.first < v.first and s.tokens[w.first].form == s.tokens[v.first].form
               and any(c[1] - 1 <= w.first <= c[1] for c in cues)
               for w in withs for v in before)


def _during(s: Parsed, c: CueAt) -> bool:
    """Tell whether a contact noun follows "during" ("durante la reunión", "au cours de leur entretien")."""
    return any(0 <= c[0] - w.last <= _DURING_GAP for w in s.words("during"))


def _word_at(s: Parsed, kinds: tuple[str, ...], at: int, last: bool = False) -> bool:
    """Tell whether a word of one of the kinds begins at token at (ends right before it, when last).

    A plain loop, no generator: asked for every sentence and every chunk that names someone.
    """
    table = s.word_kinds()
    for kind in kinds:
        for w in table.get(kind, ()):
            if (w.last if last else w.first) == at:
                return True
    return False


# How many words a quantifier may stand before the plural it counts ("mit mehreren Nato-Staats- und
# Regierungschefs").
_QUANTIFIER_REACH = 5


def _unnamed_partners(s: Parsed, chunks: Sequence[Chunk], host: Mention, pairs: Sequence[Pair],
                      quantifiers: frozenset[str]) -> bool:
    """Tell whether a leader in each pair also met a group the sentence leaves unnamed after him.

    "mit mehreren Nato-Staats- und Regierungschefs", "with several other leaders": its members may be named
    next ("an den Gesprächen beteiligt waren X, Y und Z").
    """
    for c in chunks:  # (a plain loop: most sentences have no plural chunk, and end here)
        if c.names or c.first <= host.last \
                or not (c.group or c.pair or (c.title is not None and c.title.plural)):
            continue
        # a quantifier before the plural ("several", "mehreren"), or after it (generic)
        if c.generic or any(s.tokens[j].form in quantifiers
                            for j in range(max(host.last, c.first - _QUANTIFIER_REACH), c.first)):
            return all(host.leader_id in (p[0].leader_id, p[1].leader_id) for p in pairs)
    return False


def _not_after(s: Parsed, cues: list[CueAt], b: Mention) -> list[CueAt]:
    """Return the cues that are not the earlier contact an "after" names (all of them if every one is).

    "נתניהו נפגש ביום שני ... עם הנשיא טראמפ, אחרי פגישתם באפריל": the meeting after "after" is the pair's
    earlier one (_after_contact), not the cue of the sentence's own contact, however near the partner. Only
    an "after" past the partner: "met X today, a day after being received by Y" is Y's own contact.
    """
    words = [w for w in s.words("after_contacts") if w.first >= b.last and not _not_yet(s, w)]
    return [c for c in cues if not any(0 <= c[0] - w.last <= _AFTER_GAP for w in words)] or cues


def _not_yet(s: Parsed, w: Match[Payload]) -> bool:
    """Tell whether an "after" word is "yet" after a negation: Arabic "ولم يتم بعد تحديد موعد للقاء".

    (no date set yet for the meeting: the meeting is the one to come, no earlier one)
    """
    return any(0 <= w.first - n.last <= 2 for n in s.words("negation"))


def _best_cue(cues: list[CueAt]) -> tuple[Mode | None, int]:
    best = _firmest(cues)[2]
    return best.mode, best.weight


def _firmest(cues: list[CueAt]) -> CueAt:
    """Return the first of the cues of the greatest weight (max by weight, with no key function per call)."""
    best = cues[0]
    for c in cues:
        if c[2].weight > best[2].weight:
            best = c
    return best


def _present(active: list[Mention], leaders: list[Mention], s: Parsed) -> list[Mention]:
    """Return the leaders a signing "in the presence of" lists, when no other leader acts in the sentence.

    "The memorandum was signed in the presence of X and Y": the two it lists met there. Beside a leader who
    acts ("X met Y in the presence of Z"), the present one met nobody. Three leaders present met as a
    trilateral; more ("the summit was held in the presence of the presidents of A, B, C and D") is
    attendance: no pair.
    """
    p = s.words("presence")[0]
    if any(m.first < p.first for m in active):
        return active
    present = [m for m in leaders if 0 <= m.first - p.last <= _PRESENCE_REACH]
    countries = len({m.country for m in present})
    if countries > TRILATERAL:
        return [m for m in active if m not in present]
    return present if countries >= 2 else active


def _chaired(active: list[Mention], leaders: list[Mention], s: Parsed, cues: list[CueAt]) -> list[Mention]:
    """Return the leaders of a meeting one leader chaired "in the presence of" two others, else nothing.

    "X a présidé la réunion consultative ..., en présence de Y et de Z": the three met. One leader acts
    before the presence words, with a meeting word (no visit, no reception of a guest) and no other leader
    between; the leaders present are of two other countries.
    """
    p = s.words("presence")[0]
    actors = [m for m in active if m.first < p.first]
    if len(actors) != 1 or any(actors[0].last <= m.first < p.first for m in leaders):
        return []
    actor = actors[0]
    receives = {w.first for w in s.words("receive_words")}
    if not any(actor.last <= c[0] < p.first and not s.is_visit(c) and c[0] not in receives for c in cues):
        return []
    present = [m for m in leaders if 0 <= m.first - p.last <= _PRESENCE_REACH and m.country != actor.country]
    countries = {m.country for m in present}
    return [actor, *present] if len(countries) == len(present) == TRILATERAL - 1 else []


# How many characters of a line's opening a read-also or caption marker and its colon may take.
_MARKER_SPAN = 40


def _mark_asides(text: str, sents: list[Parsed], read_also: tuple[str, ...],
                 captions: tuple[str, ...]) -> None:
    """Mark the lines that point to another article (skipped) and photo captions (they only repeat).

    A line opens with the marker, then a colon or a closing bracket: "Read also: X meets Y" is another
    story's headline, "(Foto) X e Y" or "Фото: X и Y в Кремле" a caption of the report's own.
    """
    kinds: dict[int, int] = {}  # by line start: 0 a line of the report, 1 a pointer, 2 a caption
    for s in sents:
        line = text.rfind("\n", 0, s.start) + 1
        kind = kinds.get(line)
        if kind is None:
            kind = kinds[line] = _line_kind(text[line : line + _MARKER_SPAN], read_also, captions)
        if kind == 1:
            s.aside = True
        elif kind == 2:
            s.heading = True


def _line_kind(head: str, read_also: tuple[str, ...], captions: tuple[str, ...]) -> int:
    """Tell what a line's opening makes it: 0 the report's, 1 a read-also pointer, 2 a photo caption."""
    head = head.lstrip(" («\"'")
    folded = fold(head)
    for markers, kind in ((read_also, 1), (captions, 2)):
        hit = next((m for m in markers if folded.startswith(m + " ") or folded == m), None)
        if hit is not None and any(ch in head[: len(hit) + 15] for ch in ":)："):
            return kind
    return 0


# How far from "received" the city the reception was held in may be named ("recebeu em Brasília").
_HOST_CITY = 3


def _host_in_city(s: Parsed, chunks: list[Chunk]) -> None:
    """Give a bare title that receives someone in a city the city's country: a host receives at home.

    "Na terça-feira o presidente recebeu em Brasília o chefe de Estado chileno": Brazil's president, not a
    visiting president the report named first.
    """
    # a reception of a guest, not of a call or a letter: the word is also a meeting cue
    meets = {c[0] for c in s.cues() if c[2].mode == "in_person"}
    receives = [w.first for w in s.words("receive_words") if w.first in meets]
    host = next((c for c in chunks if c.names or c.title or c.pronoun), None)
    if host is None or not host.title or host.names or host.places or host.unknown is not None \
            or not any(0 <= r - host.last <= 2 for r in receives):
        return
    # the words between the verb's last word and the city, an elided article not counted: "a reçu jeudi à
    # l'Elysée" is two words away, as "recebeu em Brasília" is one
    ends = {w.first: w.last for w in s.words("receive_words")}

    def gap(r: int, at: int) -> int:
        return sum(1 for t in s.tokens[ends[r] : at] if s.text[t.end : t.end + 1] not in ("'", "’"))

    # or the city right after the guest: "le chef de l'Etat a reçu le président kényan à l'Elysée"
    guest = next((c for c in chunks if c.first >= host.last and (c.names or c.title)), None)
    genitive = {w.first for w in s.words("genitives")}
    if guest is not None and any(w.first not in genitive and guest.first - 2 <= w.first < guest.first
                                 for w in s.words("from_words")):
        return  # "le chef de l'Etat était reçu à la Maison Blanche par Barack Obama": the title is the guest
    for m, k in zip(s.matches, s.kinds(), strict=True):
        if k.city and not k.entity and len(set(k.countries)) == 1 \
                and (any(m.first >= ends[r] and gap(r, m.first) < _HOST_CITY for r in receives)
                     or (guest is not None and 0 <= m.first - guest.last <= 2)):
            host.places.append(k.countries[0])
            return


def _first_of_plan(s: Parsed, cues: list[CueAt], planned: dict[int, bool]) -> dict[int, bool]:
    """Make a "first" contact noun after a planned cue of its sentence that plan, told again.

    "X hablará el lunes por teléfono con su par Y, en su primer contacto desde la elección": the first
    call is the call to come, no second one held.
    """
    firsts = [w.last for w in s.words("firsts")]
    if not firsts:
        return {}
    first_plan = min((c[0] for c in cues if planned.get(c[0], False)), default=s.hi)
    return {c[0]: True for c in cues if c[0] > first_plan and not planned.get(c[0], False)
            and any(0 <= c[0] - w <= 1 for w in firsts)}


def _caller_called(cues: list[CueAt], s: Parsed, sents: Sequence[Parsed]) -> list[CueAt]:
    """Read a word that both calls and writes as the call when the report speaks of the call.

    Chinese "致电" sends a message ("致电祝贺", a congratulatory cable) or places a call:
    "泽连斯基致电马克龙，双方在通话中讨论了…" is one phone call, not a call and a letter. A phone cue in the
    sentence or the next one makes the word a call.
    """
    near = [t for t in sents if t.index in (s.index, s.index + 1)]
    phone = [c for t in near for c in t.cues() if c[2].mode == "phone"]
    if not phone:
        return cues
    callers = {w.first for w in s.words("caller_words")}
    return [(c[0], c[1], Cue("phone", phone[0][2].weight, c[2].lang))
            if c[0] in callers and c[2].mode == "written" else c for c in cues]


# Verbs of exchanging, by their stems: greetings "exchanged" went from each to the other.
_EXCHANGE_STEMS = ("exchang", "обменял", "échang", "echang", "intercambi", "scambia", "trocar", "troca",
                   "austausch", "tauschten")
# The nouns that make a pair reference one of countries, not of persons: "лидеры двух стран", "the leaders of
# the two countries", "les dirigeants des deux pays".
_COUNTRY_NOUNS = frozenset({"стран", "государств", "countries", "nations", "pays", "länder", "países",
                            "paesi", "країн", "держав"})


def _countries_ref(s: Parsed, refs: list[Mention]) -> bool:
    """Tell whether a pair reference of the sentence names the two countries' leaders, not two persons."""
    return any(s.tokens[j].form in _COUNTRY_NOUNS for m in refs
               for j in range(m.first, min(m.last + 3, s.hi)))  # ("лидеров двух стран")


def _spoken_greeting(s: Parsed, live: list[CueAt]) -> list[CueAt]:
    """Drop congratulations said during a sitting of a body, and that sitting.

    "Путин поздравил Трампа ... в ходе заседания Совбеза", "Poutine a félicité Trump lors d'une réunion du
    Conseil de sécurité": the greeting was spoken before the body (a capitalized word no lexicon knows, a
    few words after "during"), no message to the leader and no meeting with him. "lors de leur rencontre",
    "в ходе встречи в Кремле" are meetings.
    """
    bodies = [w for w in s.words("during")
              if any(w.last <= j <= w.last + _BODY_REACH and j < s.hi and s.text[s.tokens[j].start].isupper()
                     and not _known_word(s, j) for j in range(w.last, min(w.last + _BODY_REACH + 1, s.hi)))]
    greetings = [c for c in live if c[2].mode == "written" and c[2].weight == 1]
    spoken = [w for w in bodies if any(c[1] <= w.first and s.same_clause(c[0], w.first) for c in greetings)]
    if not spoken:
        return live
    return [c for c in live if c not in greetings
            and not any(w.last <= c[0] <= w.last + _BODY_REACH for w in spoken)]


def _known_word(s: Parsed, at: int) -> bool:
    """Tell whether the token at is a word the lexicons know: a name, title, country, city or seat."""
    return any(m.first <= at < m.last for m in s.matches)


def _gathered(s: Parsed, cue: CueAt) -> bool:
    """Tell whether a one-word meeting cue describes the plural title right before it.

    "devant les chefs d'Etat et de gouvernement réunis": the participle (a lexicon's `gathered`) tells who
    was in the room (attendance), no meeting of the leaders it follows. A pair ("les deux présidents réunis
    à Genève") did meet.
    """
    if cue[2].mode != "in_person" or cue[0] == s.lo \
            or not any(w.first == cue[0] and w.last == cue[1] for w in s.words("gathered")):
        return False  # ("the four presidents met Zelensky": a finite verb, not a participle)
    before = s.tokens[cue[0] - 1].end
    if s.text[before : s.tokens[cue[0]].start].strip():
        return False  # "les dirigeants, réunis à Paris, ...": an apposition, the verb may be theirs
    # (a match that is also a name is no plural: Persian "رئیسی" is Raisi, not an Arabic "presidents")
    return any(m.last == cue[0] and not s.words("pair_heads")
               and any((isinstance(p, Title) and p.plural) or isinstance(p, Group) for p in m.payloads)
               and not any(isinstance(p, Name) for p in m.payloads)
               and not any(m.first <= w.first < m.last for w in s.words("pair_refs"))
               for m in s.matches)


def _attributive_marks(sents: Sequence[Parsed], attributive: Collection[str]) -> None:
    """Drop the future marks that modify the noun glued after them: a relative clause, no plan.

    Japanese puts a verb's plain non-past before the noun it describes ("国王が主催する晩さん会に出席した",
    "天皇陛下を歓迎する晩さん会を開いた"): the dinner was held. A mark with a word of another script right
    after it (no particle, no punctuation) is such a verb, unless that word is a plan of its own ("会談する
    見通し", expected to meet).
    """
    for s in sents:
        plans = {w.first for w in s.words("planned")}  # "会談する見通し", "訪問する予定": the noun plans
        s.future_marks = [p for p in s.future_marks
                          if not (s.tokens[p].form in attributive and p + 1 < s.hi and p + 1 not in plans
                                  and s.tokens[p + 1].start == s.tokens[p].end
                                  and not _HIRAGANA.match(s.tokens[p + 1].form))]


def _read_homographs(sents: list[Parsed], homographs: tuple[tuple[str, str], ...]) -> None:
    """Read a country's name that is also another country's capital as the capital where the text says so.

    "عمان" is Oman, and Amman written without its shadda: in a text that names Jordan and no other form of
    Oman ("سلطنة عمان", "العماني", Muscat), it is Amman ("وصل الرئيس الفلسطيني إلى عمان": a visit to
    Jordan). Rewrites the one-word matches in place.
    """
    spots = [(s, k, m, capital) for s in sents for k, m in enumerate(s.matches) if m.last - m.first == 1
             for word, capital in homographs if word in s.tokens[m.first].keys
             and any(isinstance(p, Place) for p in m.payloads)]
    if not spots:
        return
    countries: dict[str, set[str]] = {}
    for s in sents:
        for k, m in enumerate(s.matches):
            if any(spot[0] is s and spot[1] == k for spot in spots):
                continue
            # a country by name, demonym, city, or a title bound to it ("العاهل الأردني")
            for c in (*s.kinds()[k].countries, *(t.country for t in s.kinds()[k].titles if t.country)):
                countries.setdefault(c, set()).add(s.tokens[m.first].form)
    for s, k, m, capital in spots:
        named = {p.iso3 for p in m.payloads if isinstance(p, Place)}
        if capital in countries and not named & countries.keys():
            s.matches[k] = Match(m.first, m.last, (City(capital),))
            s.reset()


# How far before its cue a last-time word may stand and still be the contact's ("they last met", "la
# dernière fois que les deux hommes se sont vus"); after it, right beside ("met last at the G20").
_PREVIOUS_BEFORE = 6
_PREVIOUS_AFTER = 2


def _told_previous(s: Parsed, cue: CueAt) -> bool:
    """Tell whether the sentence tells the cue's contact as the pair's last before ("the previous meeting").

    A last-time word beside the cue, with no clause mark between, not in a date ("last week"); in a sentence
    with no date (one the contact did not take may still be its own: "l'hospitalité reçue en avril 2023, lors
    de la précédente visite").
    """
    if s.dates or not s.words("last_time") or not s.earlier():
        return False
    for w in s.words("last_time"):  # (a plain loop: one or two words)
        lo, hi = min(w.first, cue[0]), max(w.last, cue[1])
        if any(lo < p < hi for p in s.marks):
            continue  # (no comma between: "On the last day of the summit, they met")
        # the cue in the phrase ("the previous meeting", "اللقاء السابق"), the phrase opening the sentence
        # ("Zuletzt waren sich die beiden in Kasan begegnet"; "la última vez que se vieron"), or beside
        if (w.first < cue[1] and cue[0] < w.last) or w.first <= s.lo + 1 \
                or 0 <= cue[0] - w.last <= _PREVIOUS_BEFORE or 0 <= w.first - cue[1] <= _PREVIOUS_AFTER:
            return True
    return False


def _same_pair(st: Statement, a: Mention, b: Mention) -> bool:
    """Tell whether a statement is about these two leaders."""
    return {st.a.leader_id, st.b.leader_id} == {a.leader_id, b.leader_id}


# Arabic-script conjunctions written against the next word ("وزيلينسكي"): a list of two names
_LIST_CONJUNCTIONS = frozenset("وف")


def _own_day(s: Parsed, a: Mention, b: Mention, pairs: list[Pair]) -> DateExpr | None:
    """Return the day right after b when the sentence lists b's partners each with a day after it.

    "he had hosted X on Monday and Y on Thursday": one subject, two or more
    partners, a date expression right after each ("on" may lead it), none shared.
    """
    if len(pairs) < 2:
        return None  # (each pair gives a at most one partner: one pair lists none; no generator, no sort)
    others = sorted((y if x is a else x for x, y, _ in pairs if a in (x, y)), key=lambda m: m.first)
    if len(others) < 2 or b not in others:
        return None
    for near in (_days_after(s, others), _days_before(s, a, others)):
        if near is not None and len({e.first for e in near.values()}) == len(near):
            return near[b.first]
    return None


def _days_after(s: Parsed, partners: list[Mention]) -> dict[int, DateExpr] | None:
    """Each partner's day right after it ("X on Monday and Y on Tuesday"), or None when one has none."""
    near: dict[int, DateExpr] = {}
    for m in partners:
        e = next((e for e in s.dates if 0 <= e.first - m.last <= 1), None)
        if e is None:
            return None
        near[m.first] = e
    return near


# How many words may stand between a day and the partner it leads ("во вторник - с Моди", "провел
# разговор с Си" after "в понедельник").
_DAY_BEFORE_REACH = 4


def _days_before(s: Parsed, a: Mention, partners: list[Mention]) -> dict[int, DateExpr] | None:
    """Each partner's day just before it, after the partner before ("el lunes con X y el martes con Y").

    The first partner's day stands after the subject when the subject leads ("Путин в понедельник провел
    разговор с Си, а во вторник - с Моди"); None when a partner has no day of its own there.
    """
    near: dict[int, DateExpr] = {}
    floor = a.last if a.last <= partners[0].first else s.lo
    for m in partners:
        # (a day counted from another contact is no partner's own: "een dag na zijn gesprek met X", "翌17日")
        e = max((e for e in s.dates if e.first >= floor and 0 <= m.first - e.last <= _DAY_BEFORE_REACH
                 and e.offset is None and not e.anchored and not e.event),
                key=lambda e: e.first, default=None)
        if e is None:
            return None
        near[m.first] = e
        floor = m.last
    return near


def _clitic_object(s: Parsed, cues: list[CueAt], language: _Language,
                   mentions: list[Mention]) -> Mention | None:
    """Return the object a clitic stands for right before a cue ("X lo recibió", "X l'a accueilli").

    Romance languages put an object pronoun before the verb; its words are also articles ("lo", "la",
    "l'"), so only one right before the verb's auxiliary, or before a finite verb of the language's
    endings ("recibió"), is the pronoun ("la visita chiude": an article before its noun).
    """
    if not (language.clitics or language.clitics_after) \
            or any(m.kind in ("object", "pronoun", "they", "group") for m in mentions):
        return None
    after = _clitic_after(s, cues, language) if language.clitics_after else None
    if after is not None:
        return after
    for c in cues:
        k = c[0] - 1
        if k > s.lo and s.tokens[k].form in language.clitic_auxiliaries:
            k -= 1  # "l'a accueilli": the cue is the participle
        elif s.tokens[c[0]].form not in language.clitic_auxiliaries \
                and not s.text[s.tokens[c[0]].start:s.tokens[c[0]].end].endswith(language.clitic_endings
                                                                                  or "\0"):
            continue
        # (in lower case: a name's chunk may reach over it, "Joe Biden lo ha ricevuto"; or opening the
        # sentence, where Greek puts it: "Τους υποδέχθηκε ο πρωθυπουργός", he received them)
        if k >= s.lo and (s.text[s.tokens[k].start].islower() or k == s.lo):
            if s.tokens[k].form in language.clitics:
                return Mention(k, k + 1, "object")
            if s.tokens[k].form in language.plural_clitics:
                # "Zelensky li ha accolti": the leaders travelling together, received at once
                return Mention(k, k + 1, "group", size=TRAVELLERS)
    return None


def _clitic_after(s: Parsed, cues: list[CueAt], language: _Language) -> Mention | None:
    """Return the object a pronoun right after a cue stands for ("Путин принял его", "recebeu-o").

    Its words are also possessives or articles ("его визит", "o presidente"): only one joined to the verb
    by a hyphen, or closing its phrase (the sentence's end, a comma, a closed-class word such as a
    preposition, a date, a capital), is the pronoun; one before a lower-case word leads that noun.
    """
    for c in cues:
        k = c[1]
        if c[1] - c[0] > 1 and s.tokens[k - 1].form in language.clitics_after:
            k -= 1  # a cue written with its pronoun ("recebeu-o")
        if k >= s.hi or s.tokens[k].form not in language.clitics_after:
            continue
        if s.text[s.tokens[k - 1].end:s.tokens[k].start] == "-":
            return Mention(k, k + 1, "object")  # "recebeu-o", "cumprimentou-a"
        nxt = k + 1
        if len(s.tokens[k].form) > 1 and (  # (a one-letter one apart is the article: "recebeu o Lula")
                phrase_ends(s, nxt) or s.tokens[nxt].form in language.stopwords or nxt in s.dated()):
            return Mention(k, k + 1, "object")
    return None


# How far after a "since" a visit word may stand to be what it governs ("since Xi's state visit").
_SINCE_VISIT = 3
# The reflexives a dropped subject's pluperfect may open with ("se habían reunido", "si erano incontrati";
# Romanian "s-au întâlnit" is split at its hyphen).
# words between a dropped subject's auxiliary and its verb: Romance reflexives, and the Arabic pluperfect's
# particle ("وكانا قد التقيا", the two had met)
_DROPPED_REFLEXIVES = frozenset({"se", "si", "s'", "s", "قد"})
# How many words after a verb-final cue its plural auxiliary may stand ("دیدار کرده بودند")
_AUX_AFTER = 2


def _dropped_they(s: Parsed, cues: list[CueAt], language: _Language) -> list[Mention]:
    """Return "they" for a plural pluperfect with no subject, in a sentence naming nobody; else nothing.

    "Ya se habían reunido en marzo de 2023", "Si erano già incontrati nel 2023", "Já se tinham encontrado
    em 2023": where the subject may be left out, a clause that opens (or follows a date or a comma) with a
    plural auxiliary of the pluperfect, a reflexive or an adverb beside it, before the contact word, is the
    pair last in contact (as "ils s'étaient rencontrés"). A "last time" word may open the clause too
    ("Posljednji put su se sastali 2021.", "Naposledy se setkali": the plural past is the auxiliary, or the
    cue itself where the language has none). Any other word before it may be its subject.
    """
    skips = _DROPPED_REFLEXIVES | language.inserts
    # a "last time" word, a date and a place may stand before the verb ("Legutóbb 2023 októberében Pekingben
    # találkoztak")
    lasts = {i for w in s.words("last_time") for i in range(w.first, w.last)}
    if lasts:
        lasts |= s.dated() | {i for m in s.matches if any(isinstance(p, City | Place) for p in m.payloads)
                              for i in range(m.first, m.last)}
    for c in cues:
        # (the cue may hold it: "se habían reunido"; a verb-final clause puts it after the cue: "دیدار کرده
        # بودند", and its subject, here nobody named, anywhere before: "En son Mayıs'ta görüşmüşlerdi")
        after = min(c[1] + _AUX_AFTER, s.hi) if s.verb_final else c[1]
        aux = next((i for i in range(c[0], after) if s.tokens[i].form in language.plural_auxiliaries), -1)
        if aux >= 0 and s.verb_final:
            return [Mention(aux, aux + 1, "they")]
        k = c[0] - 1
        while k >= s.lo and (s.tokens[k].form in language.plural_auxiliaries or s.tokens[k].form in skips
                             or k in lasts):
            if s.tokens[k].form in language.plural_auxiliaries:
                aux = k
            k -= 1
        if aux < 0:
            continue
        if k < s.lo or "," in s.gap(k + 1, k + 1) or any(e.last == k + 1 for e in s.dates):
            return [Mention(aux, aux + 1, "they")]
    return []


# How far after its verb a bare surname may stand, a day and its article between ("empfing am Sonntag X").
_OBJECT_AFTER_DAY = 4


def _inverted(s: Parsed, acts: Collection[int]) -> frozenset[int]:
    """Return where a verb-second clause's subject stands: right after its finite verb, something fronted.

    "Am Dienstag führte Putin in Peking Gespräche", "Am Rande des Gipfels traf Trump am Montag ...": the
    verb is a contact verb or an auxiliary ("Tags zuvor hatte Putin ... getroffen", "Für einen gerechten
    Frieden traf sich Merz"), or the clause's first word in lower case (a stopword aside) after a fronted
    date; not "einen gerechten Frieden", where the word before the noun is an adjective.
    """
    cue_heads = {c[0] for c in s.cues()}
    heads = cue_heads | {w.first for w in s.words("auxiliaries")}
    dated = s.dated()
    # the words of a place ("traf in Kiew Selenskyj", "empfing im Kanzleramt Macron"), skipped as a day is
    placed = {i for m in s.matches if any(isinstance(p, City | Place) for p in m.payloads)
              for i in range(m.first, m.last)}
    out: set[int] = set()
    start = s.lo
    for j in range(s.lo, s.hi):
        if j in s.marks:
            start = j
        if j not in acts:
            continue
        if j > start and (j in heads or (any(start <= i < j for i in dated)
                                         and not any(start <= i < j for i in acts))):
            # (a stopword between, a reflexive: "traf sich Merz am Mittwoch mit ...")
            k = j + 1
            while k < min(s.hi, j + 3) and k not in acts and s.text[s.tokens[k].start].islower():
                k += 1
            out.add(k)
            if j in cue_heads and k == j + 1 < s.hi - 1 and s.text[s.tokens[k].start].isupper() \
                    and s.text[s.tokens[k + 1].start].isupper():
                out.add(k + 1)  # the object right after the subject: "Am Montag empfing Scholz Selenskyj"
            # and a contact verb's object after its day or place ("empfing am Sonntag Selenskyj", "traf in
            # Kiew Selenskyj")
            while k < s.hi and (k in dated or k in placed
                                or (k not in acts and s.text[s.tokens[k].start].islower())) \
                    and k - j <= _OBJECT_AFTER_DAY:
                k += 1
            if j in heads and k > j + 1:
                out.add(k)
    return frozenset(out)


def _inside_fronted(s: Parsed, acts: Collection[int]) -> frozenset[int]:
    """Return the verbs a noun before which ends a fronted phrase, not the clause's subject.

    "Für einen gerechten Frieden traf sich Merz ...": a word in lower case (an adjective) stands right
    before the noun, so "Frieden traf" is no subject and its verb (a subordinator or relative word there
    aside: "..., nachdem Scholz telefoniert hatte").
    """
    openers = {w.first for kind in ("subordinators", "relative", "place_relatives") for w in s.words(kind)}
    return frozenset(j for j in acts if j - 2 in acts and j - 2 not in openers
                     and not s.text[s.tokens[j - 2].end : s.tokens[j - 1].start].strip())


def _lone_uncased_surname(c: Chunk, s: Parsed) -> bool:
    """Tell whether a chunk is one surname alone in Arabic script (no capital tells it from a word)."""
    return len(c.names) == 1 and c.names[0][0].weak and c.title is None and not c.places \
        and c.last - c.first == 1 and arabic_script(s.tokens[c.first].form)


def _not_dates(chunks: list[Chunk], s: Parsed) -> list[Chunk]:
    """Drop the surnames alone that a date expression covers: "روز جمعه" is Friday, no Mehdi Jomaa."""
    spans = [(e.first, e.last) for e in s.dates]
    if not spans:
        return chunks
    return [c for c in chunks
            if not (_lone_uncased_surname(c, s) and any(a <= c.first < b for a, b in spans))]


def _verb_final_actors(s: Parsed, mentions: Sequence[Mention], cues: Sequence[CueAt],
                       object_markers: Collection[str]) -> frozenset[int]:
    """Where a surname alone acts in a verb-final clause: the subject opening it, an object before «را».

    "پزشکیان روز پنجشنبه در تهران با پوتین دیدار کرد": the subject stands first, its time, place and partner
    between it and the verb, so no cue is right after it; the first mention, before every cue, is the
    subject. "پوتین، اردوغان را پذیرفت": a surname right before the object marker is the verb's object.
    (Returned as the token after each such surname, as _backed reads acts.)
    """
    out = {i for i in range(s.lo + 1, s.hi) if s.tokens[i].form in object_markers}
    # (and the marker joined to the name by a non-joiner, "اردوغان‌را": one token, its name read by its key)
    for i in range(s.lo, s.hi):
        _, joiner, tail = s.text[s.tokens[i].start:s.tokens[i].end].rpartition("\u200c")
        if joiner and tail in object_markers:
            out.add(i + 1)
    if mentions and all(c[0] >= mentions[0].last for c in cues):
        out.add(mentions[0].last)
    return frozenset(out)


def _given_names(s: Parsed, mentions: Sequence[Mention], stopwords: Collection[str]) -> list[Mention]:
    """Return the surnames alone that an unknown word follows (no mark, stopword, date or phrase)."""
    bare = [m for m in mentions if m.kind == "bare" and m.last < s.hi]
    if not bare:
        return []
    # (a date's noun may stand before it: "روز پنجشنبه", "day Thursday")
    known = {m.first for m in s.matches} | {i for e in s.dates for i in (e.first - 1, e.first)}
    return [m for m in bare if m.last not in known and m.last not in s.marks
            and s.tokens[m.last].form not in stopwords]


def _backed(mentions: list[Mention], named: Collection[str] = (), tokens: Sequence[Token] = (),
            text: str = "", acts: Collection[int] = (), objects: Collection[int] = (),
            cue_starts: Collection[int] = ()) -> list[Mention]:
    """Keep a bare surname of an uncased script only where something backs it up.

    Next to another leader ("بين بوتين وزيلينسكي"), or when the text names that leader in full elsewhere
    (then the word is his name, not the common word it may also be). In Arabic script, right against the
    other with no "and" or comma between, the two words are one man's name ("حسين أمير عبداللهيان").
    acts: where a verb stands; objects: where a with-word's partner stands. A surname
    right before an act (its subject), or at an object when the sentence names another leader, is backed;
    one backed so backs a surname joined to it ("Merz und Macron trafen sich"). Two surnames of two
    countries joined right before a contact word (cue_starts: where cues begin) name its two sides
    ("トランプ・プーチン会談", "トランプとプーチンの会談").
    """
    for m in mentions:
        if m.kind == "bare":
            break
    else:
        return list(mentions)  # no surname alone to back (most sentences)
    return _backed_bare(mentions, named, tokens, text, acts, objects, cue_starts)


def _backed_bare(mentions: list[Mention], named: Collection[str], tokens: Sequence[Token], text: str,
                 acts: Collection[int], objects: Collection[int],
                 cue_starts: Collection[int]) -> list[Mention]:
    """_backed where a surname stands alone (apart: its closures' cells are made at entry)."""

    def joined(a: Mention, b: Mention) -> bool:
        # (in Arabic script only: in Han and kana text every word stands against the next with no space)
        if b.first - a.last != 0 or not tokens or not arabic_script(tokens[b.first].form):
            return 0 <= b.first - a.last <= 1
        return tokens[b.first].form[:1] in _LIST_CONJUNCTIONS \
            or bool(set(text[tokens[a.last - 1].end : tokens[b.first].start]) & {",", "،"})

    others = {m.leader_id for m in mentions if m.is_leader}
    # (a pronoun subject backs its object as another leader does: "Er traf Macron")
    subject = any(m.kind == "pronoun" for m in mentions)
    # (the subject of a contact or visit word may stand alone: "Merz ist zu seinem Besuch eingetroffen")
    acting = [k for k, m in enumerate(mentions) if m.kind == "bare" and (
        m.last in acts or (m.first in objects and (subject or len(others - {m.leader_id}) > 0)))]
    sides = {k for k, m in enumerate(mentions) for o in mentions
             if m.kind == o.kind == "bare" and m.country != o.country and joined(*sorted((m, o), key=_at))
             and any(0 <= c - max(m.last, o.last) <= 1 for c in cue_starts)}
    acting += sorted(sides)
    # a surname backed backs those listed with it, along the list ("Merz, Macron, Starmer und Tusk sind")
    backed = {id(mentions[k]) for k in acting}
    grew = True
    while grew:
        grew = False
        for m in mentions:
            if m.kind == "bare" and id(m) not in backed and any(
                    o is not m and o.is_leader and (o.kind != "bare" or id(o) in backed)
                    and (joined(o, m) or joined(m, o)) for o in mentions):
                backed.add(id(m))
                grew = True
    out = []
    for m in mentions:
        if m.kind == "bare":
            if m.leader_id not in named and id(m) not in backed:
                continue
            m = replace(m, kind="name")
        out.append(m)
    return out


def _at(m: Mention) -> int:
    """Where a mention begins (a sort key)."""
    return m.first


def _dedupe(mentions: list[Mention], idle: Collection[int] = (),
            joins: Collection[int] = ()) -> list[Mention]:
    """Keep each leader's first mention, its span extended by an apposition right after it.

    "Putin, the Russian president, who ...": the relative clause is about Putin. Not across a joining word
    (at a position in joins): "Си встретился с Путиным, а российский президент провел беседу с X" names
    Putin again as the next clause's subject, which the first mention must not swallow.
    A first mention that only complements a noun or sits in a side clause (its start in idle) gives way
    to a later one that acts: "an aide in the office of President X said X wrote to Y" is X's letter.
    """
    out: list[Mention] = []
    for m in mentions:
        if not m.leader_id:
            continue
        k = None
        for i, o in enumerate(out):  # (a plain loop: no generator per mention)
            if o.leader_id == m.leader_id:
                k = i
                break
        if k is None:
            out.append(m)
        elif 0 <= m.first - out[k].last <= 1 and out[k].last not in joins:
            out[k] = replace(out[k], last=m.last)
        elif out[k].first in idle and m.first not in idle:
            del out[k]
            out.append(m)
    return out

