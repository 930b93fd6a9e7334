"""Leader mentions: matches grouped into chunks, each resolved to the leader holding the office that day.

A chunk is "the Turkish president Recep Tayyip Erdoğan" or "نظيره الفرنسي": adjacent names, titles,
countries and fillers that describe one person (or refer to one: "the two leaders", "he").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain, compress, pairwise, starmap
from operator import attrgetter, itemgetter

from graph.keys import provisional_leader_id
from graph.models import Leader, Office, Role
from graph.text import fold
from ingest.extract.grammar import PLAIN, Grammar
from ingest.extract.han import unknown_han
from ingest.extract.phrases import Match
from ingest.extract.tokens import PATRONYMICS, Token, arabic_script, has_han, patronymic_end
from ingest.extract.vocab import KIND_ROLES, PARTICLES, City, Cue, Group, Name, Payload, Place, Title, Word
from ingest.gazetteer import Gazetteer

# Words that join the countries of a plural title: "the presidents of Russia and France".
# Words that open a father's name inside a longer one ("bin Salman", Russian "Тамим бен Хамад": Hamad is the
# father's name, no King Hamad of Bahrain).
_PATRONYMS = frozenset({"bin", "ibn", "ben", "بن", "ابن", "бен", "бин", "ибн", "бін"})
_CONJUNCTIONS = frozenset({"and", "et", "y", "e", "и", "und", "ve", "va", "و", "i", "ile",
                           "і", "та", "en", "oraz",  # Ukrainian, Polish, Dutch
                           "和", "与", "與", "及",  # Chinese
                           "dan", "और", "व", "اور"})  # Indonesian, Hindi, Urdu
# Royal words a given name follows ("le prince William", "Prinzessin Anne"): a lone short name after one is
# the royal's own, not a leader's one-word alias (a reigning prince is named in full: "Albert II").
_ROYALS = frozenset({"prince", "princess", "princesse", "prinz", "prinzessin", "principe", "principessa",
                     "princesa", "принц", "принцесса", "duke", "duchess", "duc", "duchesse", "duque"})
# Offices held ex officio by another country's leader (the French president is co-prince of Andorra):
# a name alone means the leader's own country. Realms in a personal union (the gazetteer's Country.union)
# are read the same way.
_EX_OFFICIO = frozenset({"AND"})
_ENTITY_WORDS = frozenset({"ministers", "elect", "counterparts", "pair_refs", "pronouns", "object_pronouns",
                           "plural_pronouns", "fillers"})
# What a chunk needs to stand for a person (Chunk.has_entity): fillers and "elect" only join others.
_PERSON_WORDS = _ENTITY_WORDS - {"fillers", "elect"}
_PLACES = (Place, City)
_FILLERS_ONLY = frozenset({"fillers"})
# References that stand alone: they never join a name or title next to them.
_REFERENCES = frozenset({"pair_refs", "pronouns", "object_pronouns", "plural_pronouns"})
# Words linking an aide to the leader they serve ("adviser to the president", "conseiller du président").
_GENITIVE_LINKS = frozenset({"to", "for", "of", "du", "de", "del", "des", "für", "della", "di", "do", "da",
                             "dello", "al"})
# The same links where a name follows ("the envoy of Vladimir Putin", "l'inviato di X", "de gezant van X"): no
# apposition ("el canciller Olaf Scholz"), the aide's master.
_AIDE_LINKS = _GENITIVE_LINKS | frozenset({"von", "van", "dos", "das", "dell", "degli", "z"})
# Arabic and Persian prepositions and conjunctions: a word of these between an aide word and a title
# makes two people ("الوزير مع الرئيس").
_AR_LINKS = frozenset({"و", "مع", "من", "الى", "إلى", "على", "عن", "في", "با", "از", "به", "را", "که", "بين",
                       "لدى", "امام", "أمام"})
# Letters Persian writes and Arabic does not (ی ک گ پ چ ژ, the zero-width non-joiner).
_PERSIAN_LETTERS = frozenset("یکگپچژ\u200c")
# Arabic-script proclitics before the article: "والرئيس", "للرئيس", "بالرئيس".
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "ك")


@dataclass(slots=True)  # slots: a report builds thousands of chunks, most thrown away
class Chunk:
    """Adjacent matches that describe one person or one reference."""

    first: int
    last: int
    names: list[tuple[Name, int, int]] = field(default_factory=list)  # with their token spans
    title: Title | None = None
    places: list[str] = field(default_factory=list)
    minister: bool = False
    # "Biden's envoy", "المتحدث باسم الرئيس": a minister word after the name or before the title means
    # the person is the leader's aide, not the leader
    aide: bool = False
    minister_first: bool = False
    counterpart: bool = False
    pair: bool = False
    pronoun: bool = False
    object_pronoun: bool = False  # "him": someone other than the leader the sentence names
    plural_pronoun: bool = False  # "they": the pair last in contact
    group: int = 0  # "the three leaders": a group of that size
    generic: bool = False  # "an Australian leader", "رئيس سوري": nobody in particular
    after_word: bool = False  # right after a word no phrase covers ("خالد بن سلمان": a given name)
    after_place: bool = False  # right after a place's name ("in Bangkok Obama"): no given name before it
    after_name: bool = False  # right after a leader's full name ("wo Xi Jinping Orbán empfing"): two people
    elect: bool = False  # "president-elect", "رئيس الحكومة المكلف", "former": not in office
    apposition: bool = False  # a title after "X," describing X: no name after it joins it
    complemented: bool = False  # "the chairman of the commission, X": the title is the name's after it
    unknown: tuple[int, int] | None = None  # token span of a name the gazetteer lacks, after a title
    title_at: int = -1  # where the title and the first country word stand
    place_at: int = -1
    # the countries one word may name ("congolais": COD or COG), of which it names one
    one_of: tuple[str, ...] = ()

    @property
    def has_entity(self) -> bool:
        """Tell whether the chunk can stand for a person (a minister too) or a reference to one."""
        return bool(self.names or self.title or self.counterpart or self.pair or self.pronoun
                    or self.object_pronoun or self.plural_pronoun or self.group or self.minister)


# Not frozen, but never changed in place (dataclasses.replace makes a changed copy), and hashed by its fields
# as a frozen one was: a frozen dataclass sets each of its eleven fields through object.__setattr__, and a
# report makes about twenty mentions (1 % of its instructions went to that).
@dataclass(unsafe_hash=True)
class Mention:
    """A resolved reference to a leader (or to the pair / the leader in focus) in a sentence."""

    first: int
    last: int
    kind: str  # "name" | "title" | "counterpart" | "provisional" | "pair" | "pronoun" | "object" | "they"
    #            | "group"
    leader_id: str | None = None
    name: str | None = None
    country: str | None = None
    role: Role | None = None
    confidence: float = 0.9
    size: int = 0  # a group's size ("the three leaders")
    pair_too: bool = False  # a group word the lexicon also lists for the pair ("главы государств")

    @property
    def is_leader(self) -> bool:
        """Tell whether the mention names a leader (not a pair or a pronoun to be filled in)."""
        return self.leader_id is not None

    @classmethod
    def holding(cls, first: int, last: int, kind: str, leader: Leader, office: Office,
                confidence: float) -> Mention:
        """Mention a leader at tokens first..last as the holder of an office (its country and role)."""
        return cls(first, last, kind, leader.id, leader.name, office.country, office.role, confidence)


@dataclass(frozen=True, slots=True)
class Kinds:
    """What a match's payloads say about a person, by type: read once per payload tuple, not per match.

    (A class with slots, not a named tuple: the rules read its fields thousands of times a report, and the
    interpreter reads a slot in a quickened step, a named tuple's field through a descriptor call.)
    """

    names: tuple[Name, ...]
    titles: tuple[Title, ...]
    places: tuple[Place, ...]
    groups: tuple[Group, ...]
    words: frozenset[str]  # entity words: "ministers", "fillers", "pronouns" ...
    city: bool
    genitive: bool  # a genitive particle ("della")
    entity: bool  # a name, title, country, group or entity word: it may be part of a chunk
    person: bool  # a name, title, group or reference word: a chunk with it may stand for a person
    countries: tuple[str, ...]  # the countries of its country and city payloads
    full_names: tuple[str, ...]  # the leaders it names by a full name (not a surname alone)
    word_kinds: tuple[str, ...]  # the kinds of its function words, one per Word payload
    cue: Cue | None  # its first contact cue


# Kinds by payload tuple identity: a match's payloads are its trie node's own tuple, the same object in
# every text, so one id lookup finds them (hashing the tuple would hash every payload in it). The entry
# keeps the tuple, so its id is not reused while cached.
_KINDS: dict[int, tuple[tuple[Payload, ...], Kinds]] = {}
_KINDS_MAX = 100_000


def kinds_of(payloads: tuple[Payload, ...]) -> Kinds:
    """Sort a match's payloads by what they say about a person (read once per payload tuple)."""
    hit = _KINDS.get(id(payloads))
    if hit is not None and hit[0] is payloads:
        return hit[1]
    if len(_KINDS) >= _KINDS_MAX:
        _KINDS.clear()
    kinds = _read_kinds(payloads)
    _KINDS[id(payloads)] = (payloads, kinds)
    return kinds


def _read_kinds(payloads: tuple[Payload, ...]) -> Kinds:
    # one pass sorting each payload by its type (a generator per field was eleven function objects per tuple,
    # and every report meets new tuples: new leaders' names)
    names: list[Name] = []
    titles: list[Title] = []
    places: list[Place] = []
    groups: list[Group] = []
    countries: list[str] = []
    full_names: list[str] = []
    word_kinds: list[str] = []
    entity_words: set[str] = set()
    city = genitive = False
    cue: Cue | None = None
    for p in payloads:
        if isinstance(p, Name):
            names.append(p)
            if not p.weak:
                full_names.append(p.leader_id)
        elif isinstance(p, Title):
            titles.append(p)
        elif isinstance(p, Place):
            places.append(p)
            countries.append(p.iso3)
        elif isinstance(p, Group):
            groups.append(p)
        elif isinstance(p, City):
            city = True
            countries.append(p.iso3)
        elif isinstance(p, Word):
            word_kinds.append(p.kind)
            if p.kind in _ENTITY_WORDS:
                entity_words.add(p.kind)
            genitive = genitive or p.kind == "genitives"
        elif isinstance(p, Cue) and cue is None:
            cue = p
    words = frozenset(entity_words)
    person = bool(names or titles or groups or words & _PERSON_WORDS)
    return Kinds(tuple(names), tuple(titles), tuple(places), tuple(groups), words, city, genitive,
                 person or bool(places or words), person, tuple(countries),
                 tuple(full_names), tuple(word_kinds), cue)


_PERSON = attrgetter("person")
_HAS_ENTITY = attrgetter("has_entity")
_CITY = attrgetter("city")
_FIRST = itemgetter(0)  # a match's first token
_LAST_WORD = itemgetter(-1)  # a name's last word
_SPAN = itemgetter(0, 1)  # a match's first and last token
_FORM = itemgetter(0)  # a token's folded form


def _name_like(text: str, tok: Token) -> bool:
    """Tell whether a word can be part of a person's name: capitalized in cased scripts."""
    ch = text[tok.start]
    return ch.isupper()


def _gap_ok(text: str, tokens: Sequence[Token], a: int, b: int) -> str | None:
    """Return the punctuation between token a-1 and token b when they are adjacent, else None."""
    if b != a:
        return None
    if a == 0 or b >= len(tokens):
        return None
    between = text[tokens[a - 1].end : tokens[b].start].strip()
    return between


def _bracketed_given(text: str, tokens: Sequence[Token], m: Match[Payload]) -> bool:
    """Tell whether a name match opened by a bracket closes it inside: "(David) Cameron"."""
    return any(")" in text[tokens[i].end : tokens[i + 1].start] for i in range(m.first, m.last - 1))


# How many words a caption's bracket may hold before a leader it shows ("(hier beim Gipfel
# mit dem kanadischen Premierminister Carney und der italienischen Regierungschefin Meloni)").
_ASIDE_REACH = 12


def _pictured(c: Chunk, tokens: Sequence[Token], text: str, words: frozenset[str]) -> bool:
    """Tell whether a chunk stands in an open bracket whose first word says who a photo shows."""
    start = tokens[c.first].start
    lo = tokens[max(0, c.first - _ASIDE_REACH)].start
    pos = text.rfind("(", lo, start)
    if pos < 0 or text.find(")", pos, start) >= 0:
        return False  # no bracket open before the chunk (most chunks, "(CDU)" closed before it)
    for j in range(c.first - 1, -1, -1):  # (rare: the chunk is inside a bracket) its first word
        if tokens[j].start <= pos:
            return False
        if tokens[j].start == pos + 1:
            return tokens[j].form in words
    return False


def _place_ends_at(matches: Sequence[Match[Payload]], at: int) -> bool:
    """Tell whether a place and no name ends right before token at: a country, a city or a seat of government.

    A seat that is also a visit word is a place too ("in het Witte Huis Trump"), and so is the seat a visit
    word alone knows ("Według Kremla Putin").
    """
    for x in matches:  # noqa: SIM110 (plain loops: asked for every chunk after a match, no generator each)
        if x.last == at and _is_place(x.payloads):
            return True
    return False


def _is_place(payloads: Sequence[Payload]) -> bool:
    """Tell whether a match's payloads name a place (or a seat) and no leader."""
    place = False
    for p in payloads:
        if isinstance(p, Name):
            return False
        place = place or isinstance(p, (*_PLACES, Cue)) or (isinstance(p, Word) and p.kind == "visit")
    return place



def _full_name_ends_at(matches: Sequence[Match[Payload]], at: int, grammar: Grammar) -> bool:
    """Tell whether a leader's name ends right before token at: two words or more, or one where names inflect.

    Where names take case endings a surname right after another's is another man: "Під час зустрічі з Туском
    Зеленський", "Podczas rozmowy z Xi Duda"; so it is after a German verb ("Am Montag empfing Scholz
    Selenskyj").
    """
    # (German too: verb-second puts the subject and the object side by side, "empfing Scholz Selenskyj")
    cased = grammar.names_inflect or grammar.nouns_capitalized
    for x in matches:
        if x.last == at and (x.last - x.first > 1 or cased) \
                and any(isinstance(p, Name) and (not p.weak or cased) for p in x.payloads):
            return True
    return False


# (build_chunks' rare tests, as functions of their own: a comprehension there made its locals closure cells,
# built for each of the thirty sentences of a report)
def _korean_held_summit(matches: Sequence[Match[Payload]], tokens: Sequence[Token], text: str,
                        hi: int | None) -> list[Chunk]:
    """Return the chunks a held Korean summit word stands for, in a sentence that names no person."""
    end = len(tokens) if hi is None else hi
    if any(tokens[j].form.startswith(_KO_HELD) for j in range(matches[0].first, end)):
        # "한미 정상회담이 열렸다": a summit word that is held stands for its countries' leaders alone
        # (not "한미 정상회담 결과를 두고", talk about one held before)
        return _korean_summit_letters([], matches, tokens, text)
    return []


def _foreign_places(places: Sequence[Place], lang: str) -> bool:
    """Tell whether every place a word names is so named in another language than lang."""
    return all(p.lang not in (None, lang) for p in places)


def _names_like(text: str, tokens: Sequence[Token], span: range) -> bool:
    """Tell whether every word of a span can be part of a name."""
    return all(_name_like(text, tokens[i]) for i in span)


def _own_titles(titles: Sequence[Title], lang: str | None) -> list[Title]:
    """Return a match's titles of the text's language, else all of them."""
    return [t for t in titles if t.lang == lang] or list(titles)


def _name_stop(starts: Sequence[int], at: int, end: int) -> int:
    """Return where a name the gazetteer lacks after a title must stop: the next match, or four words on."""
    return min([s for s in starts if s >= at] + [end, at + 4])


def build_chunks(matches: Sequence[Match[Payload]], tokens: Sequence[Token], text: str,
                 hi: int | None = None, indefinite: frozenset[str] = frozenset(),
                 lang: str | None = None, kinds: Sequence[Kinds] | None = None,
                 quantifiers: frozenset[str] = frozenset(), grammar: Grammar = PLAIN) -> list[Chunk]:
    """Group adjacent entity matches (names, titles, countries, fillers) into chunks.

    hi is the end of the sentence (token index): a title may be followed there by a name the
    gazetteer lacks. indefinite holds the text's language's indefinite words ("a", "un", "ein"): a chunk
    after one names nobody in particular (in its language only: Spanish "a" is "to"); so does one after
    "as" ("als Regierungschefin"). lang picks a title word's own language when two share a spelling;
    grammar holds what else chunking reads of that language (its lexicon's, through Grammar.of).
    """
    chunks: list[Chunk] = []
    cur: Chunk | None = None
    if kinds is None:  # what each match says about a person (a parsed sentence keeps them: Parsed.kinds)
        kinds = [kinds_of(m.payloads) for m in matches]
    if not any(map(_PERSON, kinds)):  # (in C: this runs for every sentence)
        if lang == "ko" and matches:
            return _korean_held_summit(matches, tokens, text, hi)
        return []  # countries and fillers alone: no chunk would stand for a person (most sentences)
    read: list[tuple[Match[Payload], Kinds]] = []
    ents: list[Match[Payload]] = []
    for match, match_kinds in zip(matches, kinds, strict=True):  # (a plain loop: no comprehensions)
        if match_kinds.entity:
            read.append((match, match_kinds))
            ents.append(match)
    # the tokens inside matches, each match's range(first, last) chained in C
    covered = set(chain.from_iterable(starmap(range, map(_SPAN, matches))))
    filler_end = -1  # where the last match ends if it was a filler alone ("κ", "M"): an honorific
    for k, (m, mk) in enumerate(read):
        first, last = m.first, m.last  # (read once: a named tuple's field is a descriptor call each time)
        names = mk.names  # (one name at a time: no tuple built and unpacked per match)
        titles = mk.titles
        places = mk.places
        groups = mk.groups
        wordk = mk.words
        if places and last - first == 1 and len(tokens[first].form) <= 3 \
                and text[tokens[first].start].islower():
            places = ()  # "un accordo", "us": a country acronym is written in capitals
        if names and places and lang is not None and _foreign_places(places, lang):
            places = ()  # "Albanese" in English: the Italian for Albanian is no country here
        if names and not mk.full_names and (places or mk.city):  # (full_names: its names not weak)
            names = ()  # "в Ханое" is Hanoi, not the stem of "Хан": a place before a surname alone
        if not (names or titles or places or groups or wordk):
            continue  # "irá" is no "Irã": a word that was only a country acronym in lower case
        join = False
        if cur is not None and cur.names and not titles and cur.last < first \
                and tokens[cur.last].form in PATRONYMICS and not mk.full_names \
                and last <= patronymic_end(text, tokens, cur.last, len(tokens)):
            # "Abdullah bin Abd al-Aziz": a word of the patronymic is no country ("Abd") nor surname ("Aziz")
            continue
        if cur is not None:
            gap = _gap_ok(text, tokens, cur.last, first)
            if gap is None and cur.names and not names and tokens[cur.last].form in PATRONYMICS \
                    and patronymic_end(text, tokens, cur.last, first) == first \
                    and text[tokens[first].start].islower():
                # "King Abdullah bin Abd al-Aziz of Saudi Arabia": the rest of a name the names file spells
                # otherwise stands between it and the "of" of its country (not "Abd", read as a country)
                gap = ""
            if gap == "." and cur.last == filler_end and len(tokens[cur.last - 1].form) <= 2:
                gap = ""  # an abbreviated honorific: "ο Πρόεδρος της Δημοκρατίας κ. Νίκος Χριστοδουλίδης"
            if gap == ")" and cur.elect and not (cur.names or cur.title):
                gap = ""  # "الأمين العام لحلف شمال الأطلسي (الناتو) مارك روته": the acronym closes the office
            if gap == "(" and names and cur.title and not cur.names and _bracketed_given(text, tokens, m):
                gap = ""  # "Prime Minister (David) Cameron": a readout's given name in brackets
            unknown: tuple[int, int] | None = None
            if gap is None and cur.title and not cur.names and not cur.unknown \
                    and not mk.full_names and not (names and titles):  # (every name weak, if any)
                # "President Bola Tinubu ...": capitalized words the gazetteer lacks, right after a title;
                # "Başbakan Enver İbrahim": a given name spelled otherwise before a known surname
                span = range(cur.last, first)
                if 0 < len(span) <= (2 if names else 4) and _names_like(text, tokens, span):
                    unknown = (cur.last, first)
            listed = bool(places and cur.places and not cur.names
                          and (cur.title or _plural_ahead(ents, k, tokens, text))
                          and not _adjective_of_next(read, k, places))
            if gap is None and listed and first - cur.last == 1 \
                    and tokens[cur.last].form in _CONJUNCTIONS:
                gap = ""  # "the presidents of Russia and France": one title, several countries
            if wordk == _FILLERS_ONLY and cur.places and gap in (None, ",", "،") \
                    and _article_listed(cur, m, ents, k, tokens, gap):  # (most chunks list no country)
                gap = ""  # "the presidents of Niger and the Maldives", "du Sénégal et du Niger"
            if gap is not None and gap in ("", ",", "،", "'", "’"):
                join = True
                if names and cur.names:
                    join = False
                if titles and (cur.title or cur.names):
                    join = False  # "Erdoğan, President Putin"; "Tebboune, president of Algeria" re-resolves
                if "elect" in wordk and cur.names and len(tokens[first].keys) > 1 \
                        and tokens[first].form.startswith("و"):
                    join = False  # "كوستا والأمين العام لحلف الناتو روته": "and" opens the next person
                if places and cur.places and not cur.title and not names and not listed:
                    join = False  # unless listed before a plural title: "Türkiye, Rusya ve İran liderleri"
                if gap in (",", "،") and not (names or titles or places):
                    join = False
                if gap in (",", "،") and names and not (cur.title or cur.places):
                    join = False
                if gap in (",", "،") and names and cur.apposition:
                    join = False  # "X، نخست‌وزیر مالزی، Y": the title was X's
                if gap in (",", "،") and places and cur.names:
                    join = False  # "Erdoğan, Fransa Cumhurbaşkanı Macron": the country opens the next person
                if gap in (",", "،") and places and cur.title and not (cur.names or cur.places or titles):
                    join = False  # "Cumhurbaşkanı, Vatikan temaslarının ardından": no title's country
                if (wordk & _REFERENCES or groups) and not titles \
                        and not ("pair_refs" in wordk and gap == "" and cur.places
                                 and not (cur.title or cur.names)):
                    # ("с российской стороны", "from the Russian side": a country's side is one of the
                    # two, no reference to both; the chunk names nobody)
                    join = False
                if lang == "ko" and names and cur.title:
                    # "대통령은 시진핑 주석과": a Korean title closes its name; a name after it opens one
                    join = False
                if lang == "ko" and cur.title and len(tokens[cur.last - 1].keys) > 1 \
                        and not tokens[cur.last - 1].form.endswith(_KO_GENITIVE):
                    # "국무위원장은 러시아 국경일을": a particle other than the genitive closes the phrase
                    join = False
                if cur.group < 0 and cur.title is None and _countries_follow(cur, read, k, places, wordk):
                    cur.title = _LEADERS  # "the leaders of Pakistan and India": the group names its countries
                if (cur.pair and not (cur.title and (places or cur.places or cur.title is _LEADERS))) \
                        or cur.pronoun \
                        or cur.object_pronoun or cur.plural_pronoun \
                        or (cur.group and not (cur.group < 0 and cur.title)):
                    join = False  # "empfing ihn Bundespräsident X": the reference stands alone
                    # ("Президенты России и США Медведев и Обама": a plural title takes its countries)
                if "counterparts" in wordk and cur.names and not names:
                    join = False  # "استقبل الرئيس السيسي نظيره الفرنسي": the counterpart is someone else
                if grammar.genitive_after and cur.names and wordk == _FILLERS_ONLY and not names:
                    # "شہباز شریف کی ایران کے صدر سے ملاقات", "मोदी की रूस के राष्ट्रपति से मुलाकात": the genitive
                    # after a named person makes him the possessor of what follows (his meeting), and the
                    # country after it opens the next person
                    join = False
                if wordk == _FILLERS_ONLY and cur.names and not cur.title and gap == "" \
                        and not (names or titles or places) and _title_next(ents, k, text, tokens):
                    join = False  # "hatte Merkel den Präsidenten besucht": the article opens an object
                if places and cur.names and not names and _title_next(ents, k, text, tokens):
                    # "Erdoğan İsveç Başbakanı Kristersson", "empfing Kremlchef Putin den ungarischen
                    # Regierungschef": the country opens the next person
                    join = False
            elif unknown is not None:
                join = True
                cur.unknown = unknown
            if join and cur.places and not (cur.title or cur.names) and mk.genitive:
                join = False  # "in Ucraina della presidente del Consiglio": the country is not hers
            if join and cur.places and not (cur.title or cur.names or places) \
                    and (gap in (",", "،") or (wordk == {"fillers"} and not titles
                                               and not (grammar.genitive_after and gap == ""
                                                        and _title_next(ents, k, text, tokens)))):
                join = False  # "Dal Vaticano il presidente", "presso la Santa Sede, Biden": a new person
        if not join and wordk == _FILLERS_ONLY and not (names or titles or places or groups) \
                and (k + 1 == len(ents) or ents[k + 1].first != last):
            continue  # a lone "the" that nothing joins: its chunk would stand for nobody
        filler_end = last if wordk == _FILLERS_ONLY else -1
        if cur is None or not join:
            prev = cur
            cur = Chunk(first, last)
            # a title right after a name and a comma is that name's apposition
            cur.apposition = bool(titles and prev is not None and prev.names and not prev.title
                                  and _gap_ok(text, tokens, prev.last, first) in (",", "،"))
            cur.generic = first > 0 and tokens[first - 1].form in indefinite  # "an Australian leader"
            cur.after_word = first > 0 and first - 1 not in covered \
                and not text[tokens[first - 1].end : tokens[first].start].strip()
            cur.after_place = first - 1 in covered and _place_ends_at(matches, first)
            cur.after_name = first - 1 in covered and _full_name_ends_at(matches, first, grammar)
            chunks.append(cur)
        cur.last = last
        if names and cur.minister_first and not (cur.names or cur.title) and first > cur.first \
                and tokens[first - 1].form in _AIDE_LINKS:
            cur.aide = True  # "l'émissaire de Vladimir Poutine", "den Gesandten von X": whom the aide serves
        if names:
            span_first, span_last = first, last
            for n in names:  # (a plain loop: no generator per match)
                cur.names.append((n, span_first, span_last))
        if titles and cur.title is None:
            # a form both singular and plural ("den Präsidenten") is read as one person unless a list of
            # countries makes it plural (see resolve)
            own = _own_titles(titles, lang)
            # of a body's titles, the one that names its office ("commission_president") over the body's
            cur.title = next((t for t in own if not t.plural and (t.kind or not t.country)), None) \
                or next((t for t in own if not t.plural), own[0])
            cur.title_at = first
        for p in places:
            if p.iso3 not in cur.places:
                cur.places.append(p.iso3)
                cur.place_at = first if cur.place_at < 0 else cur.place_at
        if len(places) > 1 and len({p.iso3 for p in places}) > 1:  # "congolais": one of two countries
            cur.one_of = tuple(dict.fromkeys(p.iso3 for p in places))
        if "ministers" in wordk and not titles and (cur.names or (cur.first < first and not cur.title)):
            cur.aide |= bool(cur.names)
        if "ministers" in wordk and not titles and not cur.names and not cur.title:
            cur.minister_first = True
        if titles and cur.minister_first:
            cur.aide = True
        if wordk:  # (a name, title or place alone sets no word's flag)
            cur.minister |= "ministers" in wordk and not titles
            cur.counterpart |= "counterparts" in wordk
            cur.pair |= "pair_refs" in wordk
            if "pronouns" in wordk or "object_pronouns" in wordk:
                # "con el presidente": the article, which folds as "él" (him) does: no pronoun (read only
                # for a pronoun's match, not for every match)
                unaccented = _unaccented(first, last, tokens, text, grammar)
                cur.pronoun |= "pronouns" in wordk and not unaccented
                cur.object_pronoun |= "object_pronouns" in wordk and not unaccented
            cur.elect |= "elect" in wordk
            cur.plural_pronoun |= "plural_pronouns" in wordk
        cur.group = groups[0].size if groups else cur.group
    if lang == "ja":
        chunks = _japanese_names(chunks, tokens, text, covered)
    elif lang == "ko":
        chunks = _korean_names(_korean_summit_letters(chunks, matches, tokens, text), tokens, text)
    elif lang == "zh":
        for c in chunks:
            _country_letters(c, tokens, text, _ZH_COUNTRY_LETTERS)
    chunks = _absorb_titles(chunks, tokens, text, covered)
    _title_envoys(chunks, read, tokens)
    end_at = len(tokens) if hi is None else hi
    # a country's name ("لبنان", "قطر") is definite with no article, unlike its nisba ("سوري"): a title before
    # it in a construct names that country's holder ("رئيس وزراء لبنان"), as one whose alias holds it does
    # ("أمير قطر", "سلطان عمان")
    named_countries: set[int] = set()
    for match, match_kinds in read:  # (plain loops: no generators per sentence and per country match)
        if match_kinds.places:
            for p in match_kinds.places:
                if p.adjective:
                    break
            else:
                named_countries.add(match.first)
    country_names = frozenset(named_countries)
    # a caption's bracket is looked for only in a sentence that holds a bracket (most hold none)
    pictured = None
    if grammar.pictured is not None and chunks:
        lo = tokens[max(0, chunks[0].first - _ASIDE_REACH)].start
        if text.find("(", lo, tokens[chunks[-1].first].start) >= 0:  # (no slice built)
            pictured = grammar.pictured
    for k, c in enumerate(chunks):
        if c.title and c.places and not c.names and c.place_at not in country_names \
                and _indefinite_arabic(tokens, c, text):
            c.generic = True
        if lang == "ar" and c.title and c.title.country is None and not (c.names or c.places or c.unknown) \
                and _bare_indefinite_arabic(tokens, c):
            c.generic = True  # "حسين أمير عبداللهيان": a title with no article, country or name is a name's
        if c.title and not c.names and c.first > 0 and grammar.named_after is not None \
                and not grammar.named_after.isdisjoint(tokens[c.first - 1].keys):
            c.generic = True  # "مطار الملك خالد", "فرودگاه امام خمینی": a place named after a title's bearer
        if c.title and not (c.names or c.places or c.unknown) and c.last < end_at \
                and grammar.office_taken is not None \
                and not grammar.office_taken.isdisjoint(tokens[c.last].keys):
            c.generic = True  # "राष्ट्रपति चुने जाने पर": the office taken, no holder
        if (grammar.airports is not None or grammar.airports_after is not None) and c.names \
                and _airport_named(tokens, c, grammar, end_at, text):
            c.aide = True  # "l'aéroport Félix Houphouët-Boigny", "King Abdulaziz International Airport"
        if c.first > 0 and grammar.kin is not None and not grammar.kin.isdisjoint(tokens[c.first - 1].keys):
            c.aide = True  # "عقيلة الرئيس الفرنسي", "брата императора": the relative, no leader
        if (c.group or c.pair or (c.title and c.title.plural)) and not c.names and not c.places \
                and _quantified(tokens, c.last, end_at, quantifiers):
            c.generic = True  # "with the leaders of several other countries": no group the text named
        if c.title and not c.names and k > 0 and _aide_of(chunks[k - 1], c, tokens, text):
            c.aide = True
        if c.minister_first and not (c.names or c.title) and k > 0 \
                and _owner_suffixed(chunks[k - 1], c, tokens, text):
            chunks[k - 1].aide = True  # "Putin'in özel temsilcisi": the envoy's master, not a person met
        if pictured is not None and _pictured(c, tokens, text, pictured):
            c.aide = True  # "(hier mit dem polnischen Ministerpräsidenten Tusk)": shown in the photo
        if c.names and not c.title and k > 0 and _elect_apposition(chunks[k - 1], c, tokens, text) \
                and not (k > 1 and _council_of_ministers(chunks[k - 2], chunks[k - 1], tokens)):
            c.elect = True
        if c.elect and not c.title and k > 0:
            _elect_after_name(chunks, k, tokens, text)
        elif c.minister and c.places and k > 0 and _minister_apposition(chunks[k - 1], c, tokens, text):
            chunks[k - 1].elect = True  # "Carl Bildt, chef de la diplomatie suédoise": a minister then
        if c.names and c.title and k > 0 and chunks[k - 1].elect \
                and _hyphen_country(chunks[k - 1], c, tokens, text):
            c.elect = True  # "dem gewählten US-Präsidenten Donald Trump": the word before the prefix
    _complemented_titles(chunks, matches, kinds, tokens, text)
    starts = sorted(map(_FIRST, matches))
    end = len(tokens) if hi is None else hi
    # (the matches of a city word picked in C first: few sentences have one; a plain loop, no dict
    # comprehension's function object)
    cities: dict[int, tuple[int, tuple[str, ...]]] = {}
    for match, match_kinds in compress(zip(matches, kinds, strict=True), map(_CITY, kinds)):
        if not match_kinds.entity and len(set(match_kinds.countries)) == 1:
            cities[match.first] = (match.last, match_kinds.countries)
    if cities:
        _capital_titles(chunks, matches, kinds, cities, tokens, text)
    for c in chunks:
        if c.title and not c.names and c.unknown is None:
            stop = _name_stop(starts, c.last, end)
            i = c.last
            # "Cumhurbaşkanı, Vatikan temaslarının ...": a comma after the title ends it
            while i < stop and _name_like(text, tokens[i]) and (
                    (i == c.last and text[tokens[i - 1].end : tokens[i].start].strip() not in (",", "،"))
                    or not text[tokens[i - 1].end : tokens[i].start].strip()):
                i += 1
            if i > c.last:
                c.unknown = (c.last, i)
    return list(filter(_HAS_ENTITY, chunks))  # (no comprehension's function object per sentence)


def _named_elsewhere(ctx: Context) -> list[str]:
    """Return the leaders the text names in full, but not in the sentence read (Context.here)."""
    return [n for n in ctx.named if n not in ctx.here]


# How far a title's "of" complement may run before the comma and the name it is in apposition with.
_COMPLEMENT_REACH = 12


def _katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30ff"


# The one-character countries the Japanese press joins before "首脳" ("米中首脳", the US and Chinese leaders;
# "日米比首脳"): alone each is a common word's character, so they are read only there.
_JA_COUNTRY_LETTERS = {"日": "JPN", "米": "USA", "中": "CHN", "韓": "KOR", "露": "RUS", "ロ": "RUS",
                       "英": "GBR", "仏": "FRA", "独": "DEU", "伊": "ITA", "加": "CAN", "豪": "AUS",
                       "印": "IND", "比": "PHL", "朝": "PRK", "越": "VNM", "ウ": "UKR"}
# The Chinese press's, before "两国元首" or "元首" ("中美两国元首", "中俄元首"): its own letters for the US
# and Russia; not the letters two countries share ("巴", Pakistan and Brazil).
_ZH_COUNTRY_LETTERS = {"中": "CHN", "美": "USA", "俄": "RUS", "法": "FRA", "英": "GBR", "德": "DEU",
                       "日": "JPN", "韩": "KOR", "韓": "KOR", "朝": "PRK", "越": "VNM", "澳": "AUS",
                       "乌": "UKR", "烏": "UKR", "印": "IND"}


def _country_letters(c: Chunk, tokens: Sequence[Token], text: str,
                     letters_of: Mapping[str, str] = _JA_COUNTRY_LETTERS) -> bool:
    """Give a bare "首脳" the two or three one-character countries right before it ("米中首脳"): plural.

    Also "the two leaders" so prefixed ("日米両首脳", "中美两国元首"): those countries' leaders, not the pair
    last in contact.
    """
    if c.title is None or c.title.kind is not None or c.names or c.places or c.unknown is not None \
            or c.group:
        return False
    at = c.first
    letters: list[str] = []
    # (the characters may stand one a token, or be joined into one run no phrase covers ("米中"), or be a
    # trilateral word ("日米比"))
    while at > 0 and _adjacent(tokens, at - 1, at) \
            and all(ch in letters_of for ch in text[tokens[at - 1].start : tokens[at - 1].end]):
        letters[:0] = [letters_of[ch] for ch in text[tokens[at - 1].start : tokens[at - 1].end]]
        at -= 1
    if not 2 <= len(set(letters)) <= 3 or (at > 0 and tokens[at - 1].form[:1].isdigit()):
        return False
    c.places, c.place_at, c.first = list(dict.fromkeys(letters)), at, at
    c.title = replace(c.title, plural=True)
    c.pair = False
    return True


# The one-syllable countries the Korean press joins before "정상" ("한미 정상", the South Korean and US
# leaders; "한미일 정상"): alone each is a common syllable, so they are read only there.
_KO_COUNTRY_LETTERS = {"한": "KOR", "미": "USA", "중": "CHN", "일": "JPN", "러": "RUS", "북": "PRK",
                       "영": "GBR", "독": "DEU", "호": "AUS", "인": "IND"}


# The same countries as the headlines write them in Han ("韓美 정상", "韓日 정상회담"): each read as its
# syllable.
_KO_HANJA = "韓美中日露北英獨濠印"
_KO_HANJA_LETTERS = str.maketrans(_KO_HANJA, "한미중일러북영독호인")


def _letters_before(tokens: Sequence[Token], text: str, at: int) -> tuple[int, str]:
    """Return where the word ending at token at begins and its text, Han country letters read as Hangul.

    A Han character is a token of its own ("韓美" is two): the glued Han tokens before at join it.
    """
    start = at
    while start > 0 and tokens[start - 1].end == tokens[start].start \
            and text[tokens[start - 1].start : tokens[start - 1].end] in _KO_HANJA:
        start -= 1
    return start, text[tokens[start].start : tokens[at].end].translate(_KO_HANJA_LETTERS)


def _korean_letter_countries(word: str) -> list[str]:
    """Return the two or three countries a word of country syllables spells ("한미일"), else none."""
    if not 2 <= len(set(word)) <= 3 or any(ch not in _KO_COUNTRY_LETTERS for ch in word):
        return []
    return list(dict.fromkeys(_KO_COUNTRY_LETTERS[ch] for ch in word))


def _korean_country_letters(c: Chunk, tokens: Sequence[Token], text: str) -> None:
    """Give a bare "정상" the one-syllable countries of the word before it ("한미 정상은"): those leaders.

    The Korean counterpart of _country_letters: the syllables are one word, a space before the title.
    """
    if c.title is None or c.title.kind is not None or c.names or c.places or c.unknown is not None \
            or c.group or c.first == 0:
        return
    before = tokens[c.first - 1]
    start, word = _letters_before(tokens, text, c.first - 1)
    countries = _korean_letter_countries(word)
    if text[before.end : tokens[c.first].start].strip() or not countries:
        return
    c.places = countries
    c.place_at = c.first = start
    c.title = replace(c.title, plural=True)
    c.pair = False


_KO_SUMMIT = fold("정상")
# The verbs a summit is held with ("열렸다", "열린다", "열릴", "개최됐다"), as folded prefixes.
_KO_HELD = tuple(fold(w) for w in ("열리", "열렸", "열린", "열릴", "개최"))


def _korean_summit_letters(chunks: list[Chunk], matches: Sequence[Match[Payload]], tokens: Sequence[Token],
                           text: str) -> list[Chunk]:
    """Add the leaders of the one-syllable countries before a summit word: "한미 정상회담", "한중 정상 통화".

    The Korean press names a summit by its countries ("윤 대통령은 한미 정상회담을 했다"): the word before
    "정상회담" stands for those countries' leaders, as "한미 정상" does (_korean_country_letters).
    """
    covered = {i for c in chunks for i in range(c.first, c.last)}
    named = sum(1 for c in chunks if c.names) > 1
    added: list[Chunk] = []
    for m in matches:
        # the letters before the summit word, or the first word of a trilateral's cue ("한미일 정상회의")
        at, summit = (m.first, m.first + 1) if m.last - m.first >= 2 else (m.first - 1, m.first)
        if at < 0 or at in covered or summit in covered or tokens[summit].form == _KO_SUMMIT \
                or not tokens[summit].form.startswith(_KO_SUMMIT):
            continue
        start, word = _letters_before(tokens, text, at)
        countries = _korean_letter_countries(word)
        if text[tokens[at].end : tokens[summit].start].strip() or not countries \
                or any(j in covered for j in range(start, at)):
            continue
        if named and len(countries) > 2:
            # "한중일 정상회의를 계기로 문재인 대통령과 아베 총리가 만났다": a trilateral summit beside two
            # leaders the sentence names is where they met, no contact of its third leader (beside one, it
            # names his partners: "윤 대통령은 한미일 정상회의를 했다")
            continue
        c = Chunk(start, at + 1, title=Title(None, plural=True, lang="ko"))
        c.places = countries
        c.place_at = c.title_at = start
        added.append(c)
        covered.update(range(start, at + 1))
    return sorted([*chunks, *added], key=attrgetter("first")) if added else chunks


def _adjacent(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Tell whether token a ends where token b starts."""
    return tokens[a].end == tokens[b].start


def _japanese_names(chunks: list[Chunk], tokens: Sequence[Token], text: str,
                    covered: set[int]) -> list[Chunk]:
    """Join a title to the name right before it, and the country before the name: "インドのモディ首相".

    Japanese puts the name before the title ("バイデン大統領", "石破首相"), and the country with "の" before
    both; a foreign name the gazetteer lacks is the one katakana run the tokenizer cut off its title.
    """
    out: list[Chunk] = []
    for c in chunks:
        if _country_letters(c, tokens, text):
            out.append(c)
            continue
        at = c.first - 1
        prev = out[-1] if out else None
        if c.title is not None and not c.names and c.unknown is None and at >= 0 and at not in covered \
                and _adjacent(tokens, at, c.first) and _katakana(text[tokens[at].start]):
            c.unknown, c.first = (at, at + 1), at  # "モディ首相": a name the gazetteer lacks
        elif c.title is not None and not c.names and prev is not None and prev.names and prev.title is None \
                and prev.last == c.first and _adjacent(tokens, at, c.first) and not c.minister:
            prev.title, prev.title_at, prev.last = c.title, c.title_at, c.last  # "プラボウォ大統領"
            prev.aide |= c.aide
            c = out.pop()
            prev = out[-1] if out else None
        # the country's chunk ends at the name, or at the "の" the chunker left out of both
        name_at = c.unknown[0] if c.unknown is not None else (c.names[0][1] if c.names else -1)
        if prev is None or name_at < 0 or not prev.places or prev.title or prev.names:
            out.append(c)
            continue
        gap = [i for i in range(prev.last, name_at) if text[tokens[i].start : tokens[i].end] != "の"]
        if not gap and all(_adjacent(tokens, i, i + 1) for i in range(prev.last - 1, name_at)):
            for iso3 in reversed(prev.places):
                if iso3 not in c.places:
                    c.places.insert(0, iso3)
            c.place_at, c.first = prev.place_at, prev.first
            out.pop()
        out.append(c)
    return out


def _korean_names(chunks: list[Chunk], tokens: Sequence[Token], text: str) -> list[Chunk]:
    """Join a title, with its country before it, to the name right before them: "바이든 미국 대통령과".

    Korean, as Japanese, puts the name first and the title after it, a space between ("푸틴 대통령",
    "시진핑 중국 국가주석", "문재인 전 대통령"): the title (or the word that puts it out of office) is the
    name's, and a bare title after a foreign name is no home president.
    """
    out: list[Chunk] = []
    for c in chunks:
        _korean_country_letters(c, tokens, text)
        prev = out[-1] if out else None
        if prev is not None and prev.names and prev.title is None and not prev.elect and not c.names \
                and (c.title is not None or c.elect) and not c.minister and prev.last == c.first \
                and not text[tokens[c.first - 1].end : tokens[c.first].start].strip() \
                and not (c.pair or c.group or c.counterpart or c.pronoun or c.plural_pronoun):
            prev.title, prev.title_at, prev.last = c.title, c.title_at, c.last
            prev.places.extend(p for p in c.places if p not in prev.places)
            prev.place_at = prev.place_at if prev.place_at >= 0 else c.place_at
            prev.elect |= c.elect
            prev.aide |= c.aide
            continue
        out.append(c)
    return out


def _complemented_titles(chunks: list[Chunk], matches: Sequence[Match[Payload]], kinds: Sequence[Kinds],
                         tokens: Sequence[Token], text: str) -> None:
    """Make a bare title with an "of" complement and then a comma and a name that name's apposition.

    "el presidente del Consejo de Estado de la isla, Fidel Castro": the title is Castro's, not
    the holder of a president's office the text named before (Xi); the name chunk stands for him.
    """
    for c in chunks[:-1]:  # (a plain loop, no generator: this runs for every sentence with chunks)
        if c.title and not c.names and not c.places:
            break
    else:
        return  # most sentences: no bare title before another chunk
    _complemented_read(chunks, matches, kinds, tokens, text)


def _complemented_read(chunks: list[Chunk], matches: Sequence[Match[Payload]], kinds: Sequence[Kinds],
                       tokens: Sequence[Token], text: str) -> None:
    """_complemented_titles where a bare title stands (apart: its closures' cells are made at every call)."""
    genitive_at = sorted(m.first for m, k in zip(matches, kinds, strict=True) if k.genitive)
    for k, c in enumerate(chunks[:-1]):
        if not c.title or c.names or c.places or c.title_at < 0:
            continue
        # the first chunk after it that names someone; a country between is part of the complement
        d = next((x for x in chunks[k + 1 :] if x.names or x.title or x.first - c.last > _COMPLEMENT_REACH),
                 None)
        at = next((j for _, j, _ in d.names), None) if d is not None else None
        if d is None or at is None or at - c.last > _COMPLEMENT_REACH or d.title \
                or not any(c.title_at < g <= c.title_at + 2 for g in genitive_at):
            continue
        between = text[tokens[c.last - 1].end : tokens[d.first].start]
        if between.rstrip().endswith((",", "،")) and not any(ch in between[:-2] for ch in ",;:()—–،"):
            c.complemented = True


def _capital_titles(chunks: list[Chunk], matches: Sequence[Match[Payload]], kinds: Sequence[Kinds],
                    cities: dict[int, tuple[int, tuple[str, ...]]], tokens: Sequence[Token],
                    text: str) -> None:
    """Give a bare title the country of the capital its genitive names: "il leader di Pechino".

    The capital stands for its government, as "the Kremlin" does; a capitalized word after the city makes
    it part of another name ("the president of Beijing University").
    """
    genitive_ends = {m.last for m, k in zip(matches, kinds, strict=True) if k.genitive}
    for c in chunks:
        if not c.title or c.names or c.places or c.title.country or c.last not in cities \
                or c.last not in genitive_ends:
            continue
        last, countries = cities[c.last]
        if last < len(tokens) and not text[tokens[last - 1].end : tokens[last].start].strip() \
                and _name_like(text, tokens[last]):
            continue
        c.places.append(countries[0])
        c.place_at, c.last = c.last, last


def _absorb_titles(chunks: list[Chunk], tokens: Sequence[Token], text: str, known: set[int]) -> list[Chunk]:
    """Join a bare title to the name or demonym one unknown word after it: "la chancelière fédérale X".

    "il presidente statunitense Joe Biden", "la chancelière fédérale allemande".

    The word between is an adjective the lexicons lack (a demonym the gazetteer has no form of; no word
    of known: "the president received X" is two people): the title is the named person's.
    """
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        # the country word itself in lower case (a demonym), not an article before a name ("o Vaticano")
        at = c.place_at if c.place_at >= 0 else c.first
        demonym = bool(c.places and not c.names and text[tokens[at].start].islower())
        if prev is not None and prev.title and not prev.names and not prev.places and (c.names or demonym) \
                and not c.title and c.first - prev.last == 1 and prev.last not in known:
            word = tokens[prev.last]
            gap = text[tokens[prev.last - 1].end : tokens[c.first].start]
            if text[word.start].islower() and not gap.replace(text[word.start : word.end], "", 1).strip():
                prev.names, prev.last, prev.unknown, prev.places = c.names, c.last, None, c.places
                continue
        out.append(c)
    return out


def _elect_apposition(prev: Chunk, c: Chunk, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a name stands after a comma in apposition to an out-of-office title.

    "O presidente eleito dos Estados Unidos, Barack Obama,": the marker is the name's; a report with no
    day cannot check his office (see Resolver.resolve).
    """
    return (prev.elect or prev.minister) and not prev.names and not prev.aide \
        and text[tokens[prev.last - 1].end : tokens[c.first].start].strip() == ","


def _minister_apposition(prev: Chunk, c: Chunk, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a full name stands before a comma and a minister's office of a country, nothing else.

    "Carl Bildt, chef de la diplomatie suédoise", "Shinzo Abe, former Prime Minister of Japan": the
    apposition says what the man was on the day told, a minister or out of office; on a page with no day
    he is then nobody, as "X, el presidente electo" is (not a leader's title: "Olaf Scholz,
    canciller de Alemania" is read as a title; not a list going on to a minister with his own name).
    """
    return bool(prev.names) and not prev.title and not prev.elect and not c.names and not c.title \
        and c.unknown is None and not c.aide and any(not n.weak for n, _, _ in prev.names) \
        and text[tokens[prev.last - 1].end : tokens[c.first].start].strip() in (",", "،")


def _hyphen_country(prev: Chunk, c: Chunk, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a chunk is a country's prefix joined by a hyphen to the title that opens the next one.

    "dem gewählten US-Präsidenten Donald Trump": the out-of-office word before the prefix is the name's.
    """
    return bool(prev.places) and not prev.names and not prev.title and prev.last == c.first \
        and text[tokens[prev.last - 1].end : tokens[c.first].start] == "-"


def _council_of_ministers(title: Chunk, prev: Chunk, tokens: Sequence[Token]) -> bool:
    """Tell whether a minister word goes on a bare title's complement after "and": a council, no minister.

    "el presidente del Consejo de Estado y de Ministros, X": the title is X's, the ministers are the
    council's, so X is no minister out of office.
    """
    return bool(title.title) and not title.names and prev.minister and not prev.title and not prev.names \
        and prev.first == title.last + 1 and tokens[title.last].form in _CONJUNCTIONS


# the words that carry a name on between its chunks: "محمد بن زايد آل نهيان" (bin, the family's "Al")
_NAME_LINKS = frozenset({"بن", "ابن", "ال", "bin", "ibn"})


def _elect_after_name(chunks: list[Chunk], k: int, tokens: Sequence[Token], text: str) -> None:
    """Give an out-of-office word after a name (a comma between, or none) to that name and its earlier parts.

    "محمد بن زايد آل نهيان، ولي عهد أبوظبي", "محمد بن سلمان بن عبدالعزيز ولي ولي العهد": the crown prince of
    an emirate or the deputy crown prince heads no state or government; on a page with no day the name
    (found in pieces when the names file spells it otherwise) is read as nobody, as "president-elect X" is.
    """
    c = chunks[k]
    j = k if c.names else k - 1
    if j < k and (not chunks[j].names
                  or _gap_ok(text, tokens, chunks[j].last, c.first) not in ("", ",", "،")):
        return
    while True:
        chunks[j].elect = True
        if j == 0 or not chunks[j - 1].names or chunks[j].first - chunks[j - 1].last != 1:
            return
        link = tokens[chunks[j - 1].last]
        if link.form not in _NAME_LINKS or text[tokens[chunks[j - 1].last - 1].end : link.start].strip() \
                or text[link.end : tokens[chunks[j].first].start].strip():
            return
        j -= 1


def _minister_named_leader(chunk: Chunk) -> bool:
    """Tell whether a minister's word stands right before a leader's full name ("el canciller Olaf Scholz").

    The name after the word is read against the day (see Resolver.resolve); a name before it ("Biden's
    envoy") or a surname alone leaves the minister nobody.
    """
    return not chunk.aide and chunk.minister_first and any(not n.weak for n, _, _ in chunk.names)


def _title_envoys(chunks: list[Chunk], read: Sequence[tuple[Match[Payload], Kinds]],
                  tokens: Sequence[Token]) -> None:
    """Mark as aides the chunks where an aide word follows a title at once: the office's envoy, no leader.

    "美国总统特使威特科夫" (the US president's special envoy), "トランプ大統領の特使ウィトコフ氏": the aide
    word is glued to the title (or to a genitive particle alone after it); a name glued before such a title
    ("特朗普总统特使") is the principal's, no party either. "首相兼外长" (兼 between) is one person's two
    offices, no aide.
    """
    for c in chunks:  # (most sentences have no such chunk: return before the closure cells are made)
        if c.minister and c.title is not None and not c.minister_first:
            _titled_envoys(chunks, read, tokens)
            return


def _titled_envoys(chunks: list[Chunk], read: Sequence[tuple[Match[Payload], Kinds]],
                   tokens: Sequence[Token]) -> None:
    """Mark as aides the chunks where an aide word follows a title at once (see _title_envoys)."""
    for k, c in enumerate(chunks):
        if not c.minister or c.title is None or c.minister_first:
            continue
        inside = [(m, mk) for m, mk in read if c.first <= m.first < c.last]
        title_ends = [m.last for m, mk in inside if mk.titles]
        aides = [m.first for m, mk in inside if "ministers" in mk.words and not mk.titles]
        # (glued: where words are spaced, a title and the next word are two phrases, "رئيس الوزراء")
        if not any(0 <= a - t <= 1 and all(tokens[j].form in _GENITIVE_MARKS for j in range(t, a))
                   and all(tokens[j].end == tokens[j + 1].start for j in range(t - 1, a))
                   for t in title_ends for a in aides) \
                and not any(a == t and tokens[t - 1].form.endswith(_KO_GENITIVE)
                            for t in title_ends for a in aides):
            continue
        c.aide = True
        prev = chunks[k - 1] if k > 0 else None
        if prev is not None and prev.names and not prev.title and prev.last == c.first:
            prev.aide = True


# The genitive particles that may stand between a title and its aide ("大統領の特使", "总统的特使").
_GENITIVE_MARKS = frozenset({"の", "的"})
# Korean glues its genitive to the title and spaces the aide word ("국무위원장의 특사", "대통령의 특사"): the
# particle marks the office's envoy where words are spaced.
_KO_GENITIVE = fold("의")  # (tokens are folded: Hangul spelled as its letters)


# Turkish genitive endings (folded) after an apostrophe: "Putin'in", "Trump'ın", "Aliyev'in", "Sisi'nin".
_TR_OWNER_ENDINGS = frozenset({"in", "un", "nin", "nun"})


def _owner_suffixed(prev: Chunk, c: Chunk, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a name ends in a genitive suffix right before an aide word: "Putin'in özel temsilcisi"."""
    if not prev.names or prev.title or c.first - prev.last != 1:
        return False
    end = tokens[prev.last]
    return end.form in _TR_OWNER_ENDINGS and text[tokens[prev.last - 1].end : end.start] in ("'", "’")


def _aide_of(prev: Chunk, c: Chunk, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a title is the one an aide serves: an aide word, then a link word or one adjective.

    "adviser to the president", "المستشار الدبلوماسي لرئيس الدولة", "مشاور دیپلماتیک رئیس دولت".
    """
    if not prev.minister or prev.title or prev.names:
        return False
    gap = range(prev.last, c.first)
    if len(gap) > 2:
        return False
    if all(tokens[j].form in _GENITIVE_LINKS for j in gap):
        return bool(gap) or c.first == prev.last
    if len(gap) != 1 or not ("\u0600" <= tokens[gap[0]].form[:1] <= "\u06ff"):
        return False
    adj = tokens[gap[0]]
    joined = not text[tokens[prev.last - 1].end : adj.start].strip() and not text[
        adj.end : tokens[c.first].start].strip()
    return joined and adj.form not in _AR_LINKS and not tokens[c.first].form.startswith("و")


def _article_listed(cur: Chunk, m: Match[Payload], ents: Sequence[Match[Payload]], k: int,
                    tokens: Sequence[Token], gap: str | None) -> bool:
    """Tell whether an article or preposition opens the next country of a plural title's list.

    "the presidents of Niger and the Maldives", "the presidents of Chad, the Gambia and Ghana", "les
    présidents du Sénégal et du Niger": after "and" or a comma, the filler right before a country keeps the
    list (the chunk has a plural title and countries, no name).
    """
    if cur.title is None or not cur.title.plural or not cur.places or cur.names:
        return False
    if gap is None and not (m.first - cur.last == 1 and tokens[cur.last].form in _CONJUNCTIONS):
        return False
    nxt = ents[k + 1] if k + 1 < len(ents) else None
    end = m.last
    if nxt is not None and nxt.first == end and k + 2 < len(ents) and _elided_article(nxt, tokens):
        # "du Pakistan et de l'Inde": an elided article before a vowel, one filler more
        end, nxt = nxt.last, ents[k + 2]
    return nxt is not None and nxt.first == end and any(isinstance(p, Place) for p in nxt.payloads)


def _elided_article(m: Match[Payload], tokens: Sequence[Token]) -> bool:
    """Tell whether a match is an elided article alone ("l'", "d'"): a filler of one letter."""
    return m.last - m.first == 1 and len(tokens[m.first].form) == 1 \
        and any(isinstance(p, Word) and p.kind == "fillers" for p in m.payloads)


# The title a group reference takes when countries follow it: "the leaders" of them, no office named.
_LEADERS = Title(None, plural=True)


def _countries_follow(cur: Chunk, read: Sequence[tuple[Match[Payload], Kinds]], k: int,
                      places: Sequence[Place], wordk: frozenset[str]) -> bool:
    """Tell whether a group reference ("the leaders") is followed by its countries: "of A and B".

    The match at k joins the reference: a country's name, or fillers ("of", "of the", "de la") right before
    a country.
    """
    if cur.names or cur.places:
        return False
    if places:
        # a country's name, not a demonym: "los líderes europeos" are the leaders the text has told of
        return not any(p.adjective for p in places)
    j = k
    while "fillers" in read[j][1].words and j + 1 < len(read) and read[j][0].last == read[j + 1][0].first:
        j += 1
        if read[j][1].places:
            return True
    return False


def _unaccented(first: int, last: int, tokens: Sequence[Token], text: str, grammar: Grammar) -> bool:
    """Tell whether a one-word match is an article written without the accent its pronoun takes ("el")."""
    return grammar.accented_pronouns is not None and last - first == 1 \
        and tokens[first].form in grammar.unaccented_pronouns \
        and text[tokens[first].start : tokens[first].end].lower() not in grammar.accented_pronouns


def _adjective_of_next(read: Sequence[tuple[Match[Payload], Kinds]], k: int, places: Sequence[Place]) -> bool:
    """Tell whether the country adjective at k stands right before a title of its own, a second person's.

    "Президент Азербайджана и армянский премьер": the adjective before "премьер" is the premier's, no second
    country of the president's title ("the presidents of Russia and France").
    """
    if k + 1 >= len(read) or not places or not all(p.adjective for p in places):
        return False
    nxt, kinds = read[k + 1]
    return nxt.first == read[k][0].last and bool(kinds.titles) and not kinds.places \
        and not any(t.plural for t in kinds.titles)  # ("the Russian and French presidents": one title)


def _plural_ahead(ents: Sequence[Match[Payload]], k: int, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether countries listed from match k on close with a plural title ("X, Y and Z leaders")."""
    j = k
    while j < len(ents):
        payloads = ents[j].payloads
        if any(isinstance(p, Title) and p.plural for p in payloads):
            return True
        if not any(isinstance(p, Place) for p in payloads) or j + 1 >= len(ents):
            return False
        a, b = ents[j].last, ents[j + 1].first
        gap = _gap_ok(text, tokens, a, b)
        if gap not in ("", ",", "،") and not (b - a == 1 and tokens[a].form in _CONJUNCTIONS):
            return False
        j += 1
    return False


def _title_next(ents: Sequence[Match[Payload]], k: int, text: str, tokens: Sequence[Token]) -> bool:
    """Tell whether the entity match after match k is a title right next to it."""
    if k + 1 >= len(ents):
        return False
    nxt = ents[k + 1]
    return _gap_ok(text, tokens, ents[k].last, nxt.first) == "" and any(
        isinstance(p, Title) for p in nxt.payloads)


def _definite_arabic(form: str) -> bool:
    """Tell whether an Arabic-script word carries the article, after its proclitics ("والرئيس", "للرئيس")."""
    rest = form
    while rest[:1] in _AR_PROCLITICS and len(rest) > 3 and not rest.startswith("ال"):
        if rest.startswith("لل"):
            return True
        rest = rest[1:]
    return rest.startswith("ال")


def _quantified(tokens: Sequence[Token], at: int, end: int, quantifiers: frozenset[str]) -> bool:
    """Tell whether a plural is followed by a quantifier, two short words ("of the") between at most.

    "лидерами нескольких других стран", "the leaders of several countries", "dirigeants de plusieurs pays",
    "the leaders of the grouping" (a body's leaders, not the pair just told).
    """
    for i in (at, at + 1, at + 2):  # (a plain loop: no generator per chunk)
        if i >= end:
            return False
        form = tokens[i].form
        if form in quantifiers:
            return True
        if len(form) > 3:
            return False  # a word between must be short ("of", "the")
    return False


def _airport_named(tokens: Sequence[Token], c: Chunk, grammar: Grammar, end_at: int, text: str) -> bool:
    """Tell whether an airport's noun stands right before or after a named chunk, "international" between.

    After it, the rest of the airport's name may come first ("King Abdulaziz International Airport": the
    chunk is "King", a surname).
    """
    at = c.first - 1
    if at > 0 and tokens[at].form.startswith(grammar.internationals):
        at -= 1
    if grammar.airports is not None and at >= 0 and not grammar.airports.isdisjoint(tokens[at].keys):
        return True
    if grammar.airports_after is None:
        return False
    at = c.last
    after = grammar.airports_after
    while at < min(c.last + _AIRPORT_NAME_WORDS, end_at) and text[tokens[at].start].isupper() \
            and not tokens[at].form.startswith(grammar.internationals) and after.isdisjoint(tokens[at].keys):
        at += 1
    if at + 1 < end_at and tokens[at].form.startswith(grammar.internationals):
        at += 1
    return at < end_at and not after.isdisjoint(tokens[at].keys)


# How many more capitalized words of an airport's name may follow a person's chunk before "Airport".
_AIRPORT_NAME_WORDS = 2


def _indefinite_arabic(tokens: Sequence[Token], c: Chunk, text: str) -> bool:
    """Tell whether an Arabic title and its nisba both lack the article ("رئيس سوري": a Syrian president).

    Persian has no article ("رئیس‌جمهور روسیه" is the Russian president): words with its letters are not
    read so.
    """
    if c.title_at < 0 or c.place_at < c.title_at:
        return False
    title, place = tokens[c.title_at].form, tokens[c.place_at].form
    if not ("\u0600" <= title[:1] <= "\u06ff"):
        return False
    if not _PERSIAN_LETTERS.isdisjoint(text[tokens[c.title_at].start : tokens[c.place_at].end]):
        return False
    return not _definite_arabic(title) and not _definite_arabic(place)


def in_patronym(chunk: Chunk, tokens: Sequence[Token]) -> bool:
    """Tell whether every name in a chunk stands right after "bin": a father's name in his son's name."""
    if not chunk.names:
        return False
    for _, at, _ in chunk.names:  # noqa: SIM110 (a plain loop: no generator per chunk)
        if not (at > 0 and tokens[at - 1].form in _PATRONYMS):
            return False
    return True


def _bare_indefinite_arabic(tokens: Sequence[Token], c: Chunk) -> bool:
    """Tell whether an Arabic title standing alone lacks the article on its last word ("أمير", not "الأمير").

    A leader referred to by a title alone is definite ("الأمير", "رئيس الوزراء", "ولي العهد"); the bare
    word is part of someone's name ("حسين أمير عبداللهيان") or of a phrase naming no one.
    """
    last = tokens[c.last - 1].form
    return arabic_script(last) and not _definite_arabic(last)


def _fronted_place(at: int, tokens: Sequence[Token], text: str, stopwords: Collection[str]) -> bool:
    """Tell whether the capitalized word before a surname is a place a sentence-opening preposition leads.

    "В Казани Путин провел ...", "Из Пхеньяна Путин отправился", "Dal Colle Zelensky si è spostato": a
    fronted place (one the gazetteer lacks, inflected) before the subject, no given name; the preposition
    is a closed-class word and the first of its sentence, an article may follow it ("Desde la Moncloa
    Sánchez") (mid-sentence "with Hunter Biden" keeps the son apart).
    """
    if at < 2 or tokens[at - 2].form not in stopwords:
        return False
    lead = at - 2
    if not text[tokens[lead].start].isupper():
        # "Desde la Moncloa Sánchez habló", "Dalla Farnesina Meloni": an article between the preposition
        # and the place
        lead = at - 3
        if lead < 0 or tokens[lead].form not in stopwords or not text[tokens[lead].start].isupper() \
                or text[tokens[lead].end : tokens[at - 2].start].strip():
            return False
    before = text[: tokens[lead].start].rstrip()
    return (not before or before[-1] in ".!?\"“«:" or "\n" in text[len(before) : tokens[lead].start]) \
        and not text[tokens[at - 2].end : tokens[at - 1].start].strip()


def _opening(at: int, ctx: Context) -> bool:
    """Tell whether a chunk starting at a token opens the sentence being read (an article may come first)."""
    return ctx.opens >= 0 and 0 <= at <= ctx.opens + 1


@dataclass(frozen=True)
class Context:
    """What a text tells the resolver beyond one sentence (built per document; the Resolver keeps none).

    lang: the text's language, when a lexicon has it; home: the country a bare title names in that press
    (fa: IRN); prefer: the countries the text names (a monarch of several realms reigns in the one named);
    named: the leaders it names by full name anywhere (of two holders, "the heads of Iran" is the one named);
    here: the leaders the sentence names by full name; opens: its first token; dateline: the dateline's
    country ("RIYADH –"); stopwords: the language's closed-class words, never a
    surname ("Si chiude" is no Xi).
    """

    lang: str | None = None
    home: str | None = None
    prefer: frozenset[str] = frozenset()
    named: tuple[str, ...] = ()  # leaders the text names by full name anywhere, in order
    here: frozenset[str] = frozenset()  # leaders the sentence being read names by full name
    # leaders the sentence being read names at all, a surname alone too (set in a home press only)
    in_sentence: frozenset[str] = frozenset()
    opens: int = -1  # the first token of the sentence being read
    dateline: str | None = None
    stopwords: frozenset[str] = frozenset()
    # the country another press of the language writes from ("ÖVP" in a German text: Austria's), whose
    # holders its own titles name instead of the language's own country's
    own: str | None = None


_NO_CONTEXT = Context()


# Genitive particles of the Latin-script languages: "la présidente de la Commission", "the president of the
# Senate", "il presidente della Camera" head an institution, not a country.
_INSTITUTION_OF = frozenset({"of", "de", "du", "des", "d", "del", "della", "dello", "dei", "degli", "do",
                             "da", "dos", "das", "der"})
_INSTITUTION_ARTICLES = frozenset({"the", "la", "l", "le", "les", "el"})


def _of_institution(chunk: Chunk, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a bare title heads an institution named right after it: "la présidente de la Commission".

    A genitive particle (an article may follow) and a capitalized word: the title is that body's head's
    ("le président du Sénat"), no country's; the home press's own head is not meant.
    """
    return _of_capital(chunk.last, tokens, text, _INSTITUTION_OF, _INSTITUTION_ARTICLES) is not None


def _of_capital(at: int, tokens: Sequence[Token], text: str, particles: frozenset[str],
                articles: frozenset[str]) -> int | None:
    """Return where the capitalized word after a genitive particle at token at (an article may follow) is."""
    if at >= len(tokens) or tokens[at].form not in particles:
        return None
    at += 1
    if at < len(tokens) and tokens[at].form in articles:
        at += 1
    return at if at < len(tokens) and text[tokens[at].start].isupper() else None


def _institution_named(chunk: Chunk, tokens: Sequence[Token]) -> bool:
    """Tell whether a title's unknown capitalized word is the body it heads: "la présidente de la Commission".

    The word follows a genitive particle (an article may stand between) after the title: no person's
    name, so neither a leader spelled in a way the gazetteer lacks nor the dateline country's holder.
    """
    if chunk.unknown is None:
        return False
    j = chunk.unknown[0] - 1
    if j > chunk.title_at and tokens[j].form in _INSTITUTION_ARTICLES:
        j -= 1
    return j > chunk.title_at and tokens[j].form in _INSTITUTION_OF


class Resolver:
    """Resolves chunks to leaders by name or by office on a day, with the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, known: Callable[[Token], bool] | None = None,
                 date_word: Callable[[Token], bool] | None = None,
                 capitalizing: frozenset[str] = frozenset(),
                 own_styles: frozenset[tuple[str | None, str, str]] = frozenset()) -> None:
        self.gazetteer = gazetteer
        # the languages that write every noun with a capital (German): a capital makes no word a name there
        self.capitalizing = capitalizing
        # whether a word is one the extractor knows (a title, country, cue, name ...): an unknown
        # capitalized word after a surname makes a longer name ("Kim Yong Chol" is not Kim Jong Un)
        self.known = known or (lambda tok: False)
        # whether a word begins a date ("Monday", "June"): no given name ("On Monday Putin met ...")
        self.date_word = date_word or (lambda tok: False)
        self._spellings: dict[str, list[tuple[str, str]]] | None = None
        self._words_cache: dict[str, list[list[str]]] = {}
        self._lasts_cache: dict[str, frozenset[str]] = {}  # the last words of a leader's names (_ends_other)
        self._full_cache: dict[tuple[str, ...], bool] = {}  # _full_name_ok by leader and words
        # (language, country, role) of the offices a language styles with a title of its own ("presidente del
        # Consiglio" in Italian): see _misstyled
        self.own_styles = own_styles

    def _similar(self, word: str, day: date | None, hint: str | None) -> list[tuple[Leader, Office]]:
        """Return leaders in office with a name word one letter away ("Zelensky" for "Zelenskyy")."""
        if self._spellings is None:
            self._spellings = {}
            for ldr in self.gazetteer.leaders.values():
                for alias in (ldr.name, *ldr.aliases):
                    for w in fold(alias).split():
                        if len(w) >= 5:
                            bucket = self._spellings.setdefault(w[:2], [])
                            if (w, ldr.id) not in bucket:
                                bucket.append((w, ldr.id))
        found: dict[str, tuple[Leader, Office]] = {}
        for w, lid in self._spellings.get(word[:2], ()):
            if abs(len(w) - len(word)) <= 1 and _one_edit(w, word):
                ldr = self.gazetteer.leaders[lid]
                off = self.office(ldr, day, hint)
                if off is not None:
                    found[lid] = (ldr, off)
        return list(found.values())

    def office(self, leader: Leader, day: date | None, country: str | None = None,
               role: Role | None = None, prefer: frozenset[str] = frozenset()) -> Office | None:
        """Return the office a leader held on a day (any time when day is None), in a country if given."""
        offices = []
        for o in leader.offices:  # (one plain loop: no comprehensions per leader asked)
            if (country is None or o.country == country) and (day is None or o.holds_on(day)):
                offices.append(o)
        if not offices:
            return None
        if len(offices) > 1:  # (most leaders hold one office: nothing to order, no key to compute)
            self._rank(offices, role, prefer)
        return offices[0]

    def _rank(self, offices: list[Office], role: Role | None, prefer: frozenset[str]) -> None:
        """Sort a leader's offices, the one a title names first: his own country's, the role asked, ...

        (A method of its own: the key's lambda in office made its arguments closure cells, built for each of
        the twenty leaders a report asks about, most of whom hold one office.)
        """
        offices.sort(key=lambda o: (not self._ex_officio(o.country), role is not None and o.role == role,
                                    o.country in prefer, o.role == "head_of_state", o.start or date.min),
                     reverse=True)

    def _ex_officio(self, iso3: str) -> bool:
        """Tell whether a country's office comes with another's: Andorra's co-prince, Canada's crown."""
        c = self.gazetteer.countries.get(iso3)
        return iso3 in _EX_OFFICIO or (c is not None and c.union is not None)

    def holder(self, country: str, role: Role | None, day: date | None, kind: str | None = None,
               seen: Collection[str] = frozenset(),
               exact: bool = False) -> tuple[Leader, Office] | None:
        """Return who held an office of the country on a day: the role asked, else the other one.

        A title kind ("president") is mapped to the country's own role first (Iran's president heads
        the government) when the gazetteer says how the country names its offices. Among several
        holders, one the text has already named wins ("President @handle of Spain" after "Sánchez").
        """
        found: list[Leader] = []
        if kind == "crown_prince":
            return self._first_office(self._by_title(country, kind, day), day, country, role, seen)
        if kind is not None:
            c = self.gazetteer.countries.get(country)
            if c is not None and c.offices and day is not None:
                found = self.gazetteer.holders_by_title(country, kind, day)
                if exact and not found and not c.roles_for(kind, day):
                    return None  # France has no chancellor: "la chancelière" is no French leader
            elif c is not None and c.offices:
                # an undated text: the roles the title names in its latest span (Iran's president heads
                # the government), a holder of them the text has named first, else the latest one
                for titled in c.latest_roles_for(kind):
                    found += [ldr for ldr in self._undated(country, titled, seen) if ldr not in found]
        roles: list[Role | None] = [role] if role else ["head_of_state", "head_of_government"]
        if found and exact:
            roles = []  # the country's own titles answered
        elif role == "head_of_state" and not exact:
            roles.append("head_of_government")
        elif role == "head_of_government" and not exact:
            roles.append("head_of_state")
        for r in roles:
            more = self.gazetteer.holders(country, r, day) if day is not None \
                else self._undated(country, r, seen)
            found += [ldr for ldr in more if ldr not in found]
        return self._first_office(found, day, country, role, seen)

    def _undated(self, country: str, role: Role | None, seen: Collection[str]) -> list[Leader]:
        """Return who may hold a role of a country in an undated text: the named who held it, then the latest.

        "Israeli Prime Minister, Naftali Bennett" on a page with no date is Bennett, not today's holder.
        """
        named = []
        for lid in seen:
            ldr = self.gazetteer.leaders.get(lid)
            if ldr is not None and any(o.country == country and (role is None or o.role == role)
                                       for o in ldr.offices):
                named.append(ldr)
        return named + [ldr for ldr in self._latest(country, role) if ldr not in named]

    def _first_office(self, found: list[Leader], day: date | None, country: str, role: Role | None,
                      seen: Collection[str]) -> tuple[Leader, Office] | None:
        found.sort(key=lambda ldr: ldr.id not in seen)  # stable: keeps the role order otherwise
        for ldr in found:
            off = self.office(ldr, day, country, role)
            if off is not None:
                return ldr, off
        return None

    def premier_leads(self, country: str, day: date | None) -> bool:
        """Tell whether a country's head of state was no executive on a day (its head of government leads)."""
        form = self.gazetteer.executive_on(country, day)
        return form is not None and not form.reigning

    def is_monarch(self, leader: Leader, country: str, day: date | None) -> bool:
        """Tell whether a leader reigned over a country on a day (a king, emir or emperor)."""
        return leader in self._by_title(country, "monarch", day)

    def _by_title(self, country: str, kind: str, day: date | None) -> list[Leader]:
        """Return who a title kind named in a country on a day.

        A crown prince is a leader only where he heads the government and is not the monarch himself
        (Saudi Arabia from 2022, when the king was no longer prime minister); the gazetteer's own
        crown-prince title, when it has one, answers first. Without it, the head of government must be
        the monarch's son by his name ("Mohammed bin Salman" under King Salman): most monarchies' prime
        ministers are commoners or other princes, and "the crown prince" names none of them.
        """
        if day is None:
            return []
        found = self.gazetteer.holders_by_title(country, kind, day)
        if found or kind != "crown_prince":
            return found
        c = self.gazetteer.countries.get(country)
        if c is None or "head_of_state" not in c.roles_for("monarch", day):
            return []  # only a monarchy has a crown prince
        heads = self.gazetteer.holders(country, "head_of_state", day)
        return [ldr for ldr in self.gazetteer.holders(country, "head_of_government", day)
                if ldr not in heads and any(_son_of(ldr.name, h.name) for h in heads)]

    def _misstyled(self, leader: Leader, office: Office, kind: str, day: date | None,
                   lang: str | None, shared: bool) -> bool:
        """Tell whether a title before a surname alone cannot be that leader's.

        A monarch's or a crown prince's title fits no one who never bore it. "President" does not fit a
        head of government whose country has another president that day, where the word is one leaders
        of several countries bear ("Mohamed": shared) and the language styles that office with no title
        of its own that may be cut to "president" ("il presidente del Consiglio": "il presidente Draghi");
        a surname of one country's leaders stays theirs ("الرئيس الحريري", the Lebanese press's honorific
        for a premier).
        """
        if kind not in _RANKED_KINDS or self._styled(leader, kind, day):
            return False
        if kind != "president":
            return True
        if day is None or not shared or (lang, office.country, office.role) in self.own_styles:
            return False
        holders = self._by_title(office.country, kind, day)
        return bool(holders) and leader not in holders

    def _shared(self, chunk: Chunk, at: int, end: int) -> bool:
        """Tell whether the words of a chunk at a span name leaders of more than one country ("Mohamed")."""
        first: str | None = None
        for n, a, e in chunk.names:
            ldr = self.gazetteer.leaders.get(n.leader_id) if a == at and e == end else None
            for o in ldr.offices if ldr is not None else ():
                if first is not None and o.country != first:
                    return True
                first = o.country
        return False

    def _styled(self, leader: Leader, kind: str, day: date | None) -> bool:
        """Tell whether a title kind named the leader on a day (when undated: at either end of an office).

        A country whose offices the gazetteer does not title answers yes: nothing tells otherwise.
        """
        for o in leader.offices:
            if day is not None and not o.holds_on(day):
                continue
            c = self.gazetteer.countries.get(o.country)
            if c is None or not c.offices:
                return True
            ends = (day,) if day is not None else tuple(d for d in (o.start, o.end) if d is not None)
            if not ends or any(leader in self._by_title(o.country, kind, d) for d in ends):
                return True
        return False

    def _latest(self, country: str, role: Role | None) -> list[Leader]:
        best: tuple[date, Leader] | None = None
        for ldr in self.gazetteer.leaders.values():
            for o in ldr.offices:
                if o.country == country and (role is None or o.role == role):
                    key = o.end or date.max
                    if best is None or key > best[0]:
                        best = (key, ldr)
        return [best[1]] if best else []

    @staticmethod
    def day_free(chunk: Chunk) -> list[Mention] | None:
        """Return what a chunk stands for when no lookup is needed: a reference, or nobody; else None.

        References ("the two leaders", "he") are filled in by pairing; ministers, aides, former leaders and
        "a president" are nobody, whatever the day.
        """
        first, last = chunk.first, chunk.last
        if chunk.generic and not chunk.names and (chunk.group or chunk.pair):
            return []  # "the leaders of several other countries"
        if chunk.group and not chunk.names and not (chunk.group < 0 and chunk.places):
            # "the leaders" refers back; "the leaders of Iran, Russia and Turkey" names them
            return [Mention(first, last, "group", size=chunk.group, pair_too=chunk.pair)]
        if chunk.pair and not chunk.names and not (chunk.title and len(chunk.places) >= 2):
            # "the two sides", not "the Chinese side" ("китайской стороны"); "the presidents of Russia and
            # the US" name their holders below
            return [Mention(first, last, "pair")] if not chunk.places else []
        if not chunk.names and not chunk.title:
            for flag, kind in ((chunk.plural_pronoun, "they"), (chunk.object_pronoun, "object"),
                               (chunk.pronoun, "pronoun")):
                if flag:
                    return [Mention(first, last, kind)]
            if chunk.counterpart and not chunk.places and chunk.unknown is None:
                # "avec son homologue" with no country: the partner of the leader's last contact (pairing)
                return [Mention(first, last, "counterpart", confidence=0.7)]
        # ("former Ethiopian Prime Minister X" named in a background contact is X, whom the office check
        # keeps only on a day he held it; a bare "the former president" is nobody)
        if (chunk.minister and not chunk.title and not _minister_named_leader(chunk)) or chunk.aide \
                or (chunk.elect and not chunk.names) or (chunk.generic and not chunk.names):
            return []
        if chunk.apposition and not (chunk.names or chunk.places or chunk.unknown):
            return []  # "X, the crown prince, ...": a bare title after a name and a comma is that name's
        if chunk.complemented:
            return []  # "el presidente del Consejo ..., X": the name after it is the person
        return None

    def nobody(self, chunks: Sequence[Chunk]) -> bool:
        """Tell whether every chunk stands for nobody whatever the day (day_free finds no one)."""
        for c in chunks:  # noqa: SIM110 (a plain loop, no generator: asked for every sentence)
            if self.day_free(c) != []:
                return False
        return True

    def resolve(self, chunk: Chunk, tokens: Sequence[Token], text: str, day: date | None,
                seen: Collection[str], ctx: Context = _NO_CONTEXT) -> list[Mention]:
        """Turn a chunk into mentions: a named or titled leader, a provisional one, or a reference."""
        free = self.day_free(chunk)
        if free is not None:
            return free
        if day is None and chunk.elect and chunk.names:
            # "the newly elected US President Donald Trump", "former President X" in a report with no day
            # to read offices by: the word says he does not hold the office at the time told, whatever he
            # holds now
            return []
        if chunk.one_of:
            chunk = self._one_country(chunk, seen, ctx)
        first, last = chunk.first, chunk.last
        title = chunk.title
        role = title.role if title else None
        hint = chunk.places[0] if len(chunk.places) == 1 else None
        if chunk.minister and not title:
            # "el canciller Olaf Scholz": a word that is a minister's in some countries, before the full name
            # of a leader in office that day, is his title there; else the minister is nobody
            found = self._by_name(chunk, tokens, text, day, seen, hint, None, ctx)
            return [found] if found is not None and found.kind == "name" else []
        if chunk.names:
            # a title bound to its country is a hint as a country word is: "китайский лидер, Путин" is
            # no apposition (the Chinese leader is not Putin)
            own = title.country if title is not None and title.country and not chunk.places else None
            found = self._by_name(chunk, tokens, text, day, seen, hint or own, role, ctx)
            if found is None and own is not None and hint is None and chunk.first + 1 < chunk.last \
                    and text[tokens[chunk.first].end : tokens[chunk.last - 1].start].count(",") == 0:
                # "il presidente della Repubblica Ebrahim Raisi", "il presidente del Consiglio Mikati": a
                # name right after a home title (no comma between) is the one so styled in his country
                found = self._by_name(chunk, tokens, text, day, seen, None, role, ctx)
            if found is not None:
                return [found]
            if title is not None and day is not None and self._out_of_office(chunk, day, seen):
                # "президент Туркмении Сапармурат Ниязов" named days after his death: the man named, who held
                # no office that day, not the one who held the title then
                return []
        if title is not None and ctx.lang and title.lang and title.lang != ctx.lang:
            return []  # a title word of another language ("premier TGV" in French is "first")
        # of several holders of a title, one named so far, else one the text names by full name later (built
        # here, where a holder is chosen: a chunk found by its name returned above)
        pref = {**dict.fromkeys(seen), **dict.fromkeys(ctx.named)} if ctx.named else seen
        if title is not None and title.country is not None:
            # a title's own country, unless the text names another ("presidente del Consiglio libanese")
            country = hint if hint is not None and hint != "EU" and title.role != "intl_org_head" \
                else title.country
            hit = self.holder(country, title.role, day, title.kind, pref, exact=True)
            if hit:
                return [Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.8)]
            return []
        if title is not None and ((title.plural and chunk.places) or len(chunk.places) >= 2):
            out = []
            for iso3 in chunk.places:
                hit = self.holder(iso3, role, day, title.kind, pref)
                if hit and role is None and title.kind is None:
                    hit = self._governing(hit, iso3, day, pref, ctx)
                if hit:
                    out.append(Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.75))
            return out
        if title is not None and chunk.unknown is not None and not chunk.places and day is not None \
                and not _institution_named(chunk, tokens):
            a, b = chunk.unknown
            for i in range(b - 1, a - 1, -1):  # the surname is usually last
                if len(tokens[i].form) >= 5:
                    hits = self._similar(tokens[i].form, day, None)
                    if len(hits) > 1 and chunk.title_at >= 0:  # "papa Francesco": the one styled "papa X"
                        hits = self._styled_so(hits, tokens[chunk.title_at].form)
                    if len(hits) > 1 and title.kind:  # "Başbakan Enver İbrahim": the prime minister
                        hits = self._bearing(hits, title.kind, day)
                    if len(hits) == 1:
                        return [Mention.holding(chunk.first, chunk.last, "name", hits[0][0], hits[0][1], 0.7)]
            if title.kind and ctx.dateline is not None:
                # "премьер-министр Фам Минь Тинь" in a report datelined Hanoi: a name spelled in a way the
                # gazetteer lacks, with the title the dateline country's holder has
                hit = self.holder(ctx.dateline, role, day, title.kind, pref, exact=True)
                if hit:
                    return [Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.5)]
        if chunk.counterpart and chunk.places and not chunk.names:
            return [Mention(first, last, "counterpart", country=chunk.places[0], confidence=0.7)]
        if title is not None and not title.plural and hint is not None:
            if chunk.unknown is not None and title.kind and not self._has_kind(hint, title.kind):
                return []  # "British Chancellor Rachel Reeves": a title no office there has, a minister's
            hit = self.holder(hint, role, day, title.kind, pref)
            if hit and role is None and title.kind is None:
                # "the Indian leader", "лидер Израиля": a leader word with no office is, as among "the
                # leaders", the head of government where he governs
                hit = self._governing(hit, hint, day, pref, ctx)
            if hit:
                return [Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.75)]
            if chunk.unknown is not None:
                a, b = chunk.unknown
                name = text[tokens[a].start : tokens[b - 1].end]
                r: Role = role or "head_of_state"
                return [Mention(first, last, "provisional", provisional_leader_id(name, hint), name, hint, r,
                                0.4)]
        home = ctx.home
        # (not a title with a name that named no one in office: "koning Filip" is no Dutch king)
        if title is not None and title.kind and home and not chunk.places and chunk.unknown is None \
                and not chunk.names and not title.plural and day is not None \
                and not _of_institution(chunk, tokens, text):
            # a bare title in the home press: "رئیس‌جمهور" is Iran's president in Persian news, unless the
            # text has named one foreign holder of that title and no home one ("Прем'єр-міністр Угорщини
            # Віктор Орбан прибув до Києва. Прем'єр-міністр зустрівся із Зеленським": Orbán)
            hit = self._foreign_holder(title.kind, day, seen, ctx, chunk.first) \
                or self.holder(home, role, day, title.kind, pref, exact=True)
            if hit:
                return [Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.6)]
        if day is None and title is not None and title.kind and home and seen and _opening(chunk.first, ctx) \
                and not chunk.places and chunk.unknown is None and not chunk.names and not title.plural \
                and not _of_institution(chunk, tokens, text):
            hit = self._foreign_undated(title.kind, home, seen, ctx)
            if hit:
                return [Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.6)]
        if title is not None and title.kind and home and day is None and not chunk.places \
                and chunk.unknown is None and not chunk.names and not title.plural and seen:
            # a report with no day: "윤 대통령", "首相は" after the home leader was named in full is he
            undated = self._named_home_holder(home, role, seen, tokens, chunk.first)
            if undated is not None:
                return [Mention.holding(chunk.first, chunk.last, "title", undated[0], undated[1], 0.55)]
        if title is not None and title.kind and not chunk.places and chunk.unknown is None \
                and not title.plural and day is not None and not self._named_after(chunk, tokens):
            # "le souverain", "der Kanzler": a leader the text has named who holds such a title; else the
            # holder in the dateline's country, else in the only country the text names that has one
            home_of = (ctx.own or title.home) if title.home else None
            at_home = self.holder(home_of, role, day, title.kind, pref, exact=True) if home_of else None
            # "la premier" after Modi and Meloni were named is Meloni: the home press's own holder first
            hit = at_home if at_home is not None and at_home[0].id in seen \
                else self._seen_holder(title.kind, day, seen, ctx)
            # the sentence's subject: "Le Président de la République s'est entretenu avec M. Poutine" in a
            # readout that names Emmanuel Macron further on: the holder the text names in full in another
            # sentence
            later = chunk.first <= ctx.opens + 1
            if hit is None and title.home:
                # "la premier" with no premier named is Italy's, before the country of a city named ("Al
                # Cairo"), after one the text names further on
                hit = (self._seen_holder(title.kind, day, _named_elsewhere(ctx), ctx) if later else None) \
                    or at_home
            hit = hit or self._context_holder(title.kind, day, seen, ctx)
            if hit is None and later:
                hit = self._seen_holder(title.kind, day, _named_elsewhere(ctx), ctx)
            if hit:
                return [Mention.holding(chunk.first, chunk.last, "title", hit[0], hit[1], 0.55)]
        return []

    # (resolve's rare filters, as methods: a comprehension there would make its locals closure cells, built
    # for each of the thirty chunks a report resolves)
    def _styled_so(self, hits: list[tuple[Leader, Office]], styled: str) -> list[tuple[Leader, Office]]:
        """Keep the leaders one of whose names holds the title word: "papa Francesco" is Pope Francis."""
        return [h for h in hits if any(styled in words for words in self._alias_words(h[0]))]

    def _bearing(self, hits: list[tuple[Leader, Office]], kind: str,
                 day: date) -> list[tuple[Leader, Office]]:
        """Keep the leaders who bore a title kind in their country on the day."""
        return [h for h in hits if h[0] in self._by_title(h[1].country, kind, day)]

    def _governing(self, hit: tuple[Leader, Office], iso3: str, day: date | None, pref: Collection[str],
                   ctx: Context) -> tuple[Leader, Office]:
        """Return whom a leader word with no office names: the head of government where he governs."""
        # the home press's own leader among "leaders" is its prime minister, not its monarch ("米中首脳" and
        # "日米首脳" in Japanese news: Japan's side is the prime minister); so is that of a monarchy whose
        # monarch reigns and does not govern ("한미일 정상": Japan's side is the prime minister in Korean news
        # too), and that of a republic whose prime minister governs
        # (which countries and spans: the gazetteer's forms of government, data/manual/executive.jsonl)
        if self.premier_leads(iso3, day) or ((iso3 == ctx.home or self.gazetteer.executive_on(iso3, day))
                                             and self.is_monarch(hit[0], iso3, day)):
            return self.holder(iso3, "head_of_government", day, None, pref, exact=True) or hit
        return hit

    def _has_kind(self, country: str, kind: str) -> bool:
        """Tell whether a country's leaders' offices bear a title kind (or the gazetteer lists none)."""
        c = self.gazetteer.countries.get(country)
        return c is None or not c.offices or any(o.title == kind for o in c.offices)

    def _out_of_office(self, chunk: Chunk, day: date, seen: Collection[str] = ()) -> bool:
        """Tell whether the chunk names a leader in full who held no office on the day.

        A surname alone counts when the text has named that man in full ("الرئيس الشرع" in January, before
        he took office, after "أحمد الشرع"): the title is his, no other country's holder.
        """
        leaders = self.gazetteer.leaders
        return any((not n.weak or n.leader_id in seen) and (ldr := leaders.get(n.leader_id)) is not None
                   and not any(o.holds_on(day) for o in ldr.offices) for n, _, _ in chunk.names)

    def _one_country(self, chunk: Chunk, seen: Collection[str], ctx: Context) -> Chunk:
        """Narrow a word of two countries to the one the text is about.

        "le président congolais" is the DRC's when Tshisekedi was named (else when only the DRC is named).
        """
        def narrowed(keep: Collection[str]) -> Chunk | None:
            if len(keep) != 1:
                return None
            return replace(chunk, places=[p for p in chunk.places if p not in chunk.one_of or p in keep],
                           one_of=())

        def led(ids: Collection[str]) -> set[str]:
            return {o.country for lid in ids if (ldr := self.gazetteer.leaders.get(lid)) is not None
                    for o in ldr.offices} & set(chunk.one_of)

        # (then a leader the text names in full further on: "les présidents congolais et rwandais ... Félix
        # Tshisekedi et Paul Kagame")
        return narrowed(led(seen)) or narrowed(led(ctx.named)) or narrowed(ctx.prefer & set(chunk.one_of)) \
            or chunk

    def _named_after(self, chunk: Chunk, tokens: Sequence[Token]) -> bool:
        """Tell whether a bare title is followed by a name we do not know: "الأمير فيصل بن فرحان".

        A given name, then a father's name ("bin") right after the title: someone the gazetteer lacks (a
        prince, a minister), not the office's holder, whom the chunk would have named.
        """
        at = chunk.last
        return at + 1 < len(tokens) and tokens[at + 1].form in _PATRONYMS

    def _context_holder(self, kind: str, day: date, seen: Collection[str],
                        ctx: Context) -> tuple[Leader, Office] | None:
        """Return who held a title in the dateline's country, else in the one country named that has it."""
        if ctx.dateline is not None:
            hit = self.holder(ctx.dateline, KIND_ROLES.get(kind), day, kind, seen, exact=True)
            if hit is not None:
                return hit
        found = [hit for iso3 in sorted(ctx.prefer)
                 if (hit := self.holder(iso3, KIND_ROLES.get(kind), day, kind, seen, exact=True)) is not None]
        return found[0] if len(found) == 1 else None

    def _seen_holder(self, kind: str, day: date, seen: Collection[str],
                     ctx: Context) -> tuple[Leader, Office] | None:
        """Return the leader named so far who held an office of that title kind on the day.

        Of several, the first named: the one the story is about ("Macron ... met Putin ... then met
        Zelensky. That evening the head of state flew to Berlin"), even in a report datelined from the
        other's capital (a visitor's press follows the visitor). seen keeps the order leaders were named in.
        """
        for lid in seen:
            ldr = self.gazetteer.leaders.get(lid)
            if ldr is None:
                continue
            # of a monarch's realms, one the text names, else his own crown's before those it comes with
            # ("Il sovrano" after "Re Carlo III" is the British king, not Antigua's)
            for off in sorted(ldr.offices,
                              key=lambda o: (o.country not in ctx.prefer, self._ex_officio(o.country))):
                if off.holds_on(day) and ldr in self._by_title(off.country, kind, day):
                    return ldr, off
        return None

    def _named_home_holder(self, home: str, role: Role | None, seen: Collection[str],
                           tokens: Sequence[Token], at: int) -> tuple[Leader, Office] | None:
        """Return the leader named so far who held the home office a bare title names (a report with no day).

        No day tells who held the office, so the title is the home leader the text named (the first, as
        _seen_holder reads it); a Korean one-syllable surname before it ("윤 대통령") must begin his name.
        """
        before = tokens[at - 1].form if at > 0 else ""
        surname = before if len(before) == 1 and "\uac00" <= before <= "\ud7a3" else None
        for lid in seen:
            ldr = self.gazetteer.leaders.get(lid)
            if ldr is None:
                continue
            off = next((o for o in ldr.offices
                        if o.country == home and (role is None or o.role == role)), None)
            if off is None:
                continue
            if surname is not None and not any(a.startswith(surname) for a in ldr.aliases):
                continue
            return ldr, off
        return None

    def _foreign_holder(self, kind: str, day: date, seen: Collection[str],
                        ctx: Context, at: int = -1) -> tuple[Leader, Office] | None:
        """Return the first leader named so far holding a title of the kind abroad, if no home one was named.

        Of several, the first named is the one the story is about ("अमेरिकी राष्ट्रपति ट्रंप ने ... रूसी राष्ट्रपति
        पुतिन से ... अगले दिन राष्ट्रपति ने": Trump).
        """
        found: dict[str, None] = {}  # in the order named
        apart = False  # a home holder this sentence names apart from the bare title
        for lid in seen:
            ldr = self.gazetteer.leaders.get(lid)
            for off in ldr.offices if ldr is not None else ():
                if off.holds_on(day) and ldr in self._by_title(off.country, kind, day):
                    if off.country == ctx.home:
                        if lid not in ctx.in_sentence or not _opening(at, ctx):
                            return None
                        apart = True
                        continue
                    found[lid] = None
        if apart:
            # "Le chef de l'Etat s'est entretenu avec Emmanuel Macron, son homologue français, et ..." after a
            # headline that named Macron: the home holder the sentence names after the title opening it is
            # the title's partner, not the title, nor are the other leaders it names; the foreign holder
            # named before them is (a title after a home name, "X رئیس‌جمهور", is his own)
            found = {lid: None for lid in found if lid not in ctx.in_sentence}
        if not found or found.keys() & ctx.in_sentence:
            return None  # "Президент провів розмову з Трампом": the partner named here is no subject
        # (of a monarch's realms, the one _seen_holder picks)
        return self._seen_holder(kind, day, list(found), ctx)

    def _foreign_undated(self, kind: str, home: str, seen: Collection[str],
                         ctx: Context) -> tuple[Leader, Office] | None:
        """Return, on an undated page, the foreign leader named so far a bare home title stands for.

        Only when the sentence names a home leader apart from the title ("Le chef de l'Etat a échangé avec
        son homologue français, Emmanuel Macron", on a Tunisian page after "Le président Kaïs Saïed"): the
        title is then no home holder, and the first leader named before, of another country and not
        named in this sentence, who held an office the title names, is the one it stands for.
        """
        leaders = self.gazetteer.leaders
        if not any((ldr := leaders.get(lid)) is not None and any(o.country == home for o in ldr.offices)
                   for lid in ctx.in_sentence):
            return None
        for lid in seen:
            ldr = leaders.get(lid)
            if ldr is None or lid in ctx.in_sentence:
                continue
            for country in dict.fromkeys(o.country for o in ldr.offices if o.country != home):
                hit = self.holder(country, None, None, kind, (lid,), exact=True)
                if hit is not None and hit[0].id == lid:
                    return hit
        return None

    def _by_name(self, chunk: Chunk, tokens: Sequence[Token], text: str, day: date | None,
                 seen: Collection[str], hint: str | None, role: Role | None, ctx: Context) -> Mention | None:
        ranked: list[tuple[tuple[bool, bool, bool, bool], Leader, Office]] = []
        kind = chunk.title.kind if chunk.title else None
        bare: set[str] = set()  # leaders named here by a surname alone in an uncased script
        full: set[str] = set()
        back: dict[int, int] = {}  # where a longer name ending at a name's token may begin
        # what the words alone say of a name at a span (skip it, or whether it counts): the same for every
        # leader the words may name ("said" names three), so read once per span
        verdicts: dict[tuple[bool, int, int], bool | None] = {}
        for n, at, end in chunk.names:
            ldr = self.gazetteer.leaders.get(n.leader_id)
            if ldr is None:
                continue
            span = (n.weak, at, end)
            if span in verdicts:
                verdict = verdicts[span]
            else:
                verdict = verdicts[span] = self._span_verdict(n, at, end, chunk, tokens, text, ctx)
            if verdict is None:
                continue
            ok = verdict \
                or (n.weak and ldr.id in seen and at > 0 and self._ends_other(tokens[at - 1], ldr.id, seen))
            if not ok:
                if at not in back:  # the same word often names several leaders ("Said")
                    back[at] = _name_start(at, tokens, text)
                ok = self._full_name_ok(ldr, at, back[at], tokens)
            if not ok or self._patronym_tail(n, at, chunk, tokens) \
                    or (n.weak and self._patronym_after(ldr, end, tokens, text)):
                continue
            if at > 0 and tokens[at - 1].form in _PATRONYMS \
                    and not text[tokens[at - 1].end : tokens[at].start].strip():
                continue  # "خالد بن محمد بن زايد": a leader's name after "bin" is a son's patronymic

            if n.weak and (self._longer_name(ldr, end, tokens, text)
                           or (end - at == 1 and tokens[at].form in ctx.stopwords)
                           or (_han_name(tokens, at, end) and _han_tail(tokens, at, ctx.stopwords))):
                continue
            if n.weak and not (chunk.title or chunk.places) and ldr.id not in seen:
                if day is None and (ldr.id in ctx.named or not _in_office(ldr)):
                    # undated: any past holder fits, so a surname alone needs more than itself; one who
                    # holds office still is read, as an undated title is read as its latest holder, unless
                    # the text names him in full where it can tell ("President-elect Donald Trump")
                    continue
                if (not text[tokens[at].start].isupper() and not _han_name(tokens, at, end)) \
                        or (ctx.lang in self.capitalizing and end - at == 1):
                    # "Frieden" (peace) in German is no Luc Frieden on its own; "König Abdullah" is no noun
                    bare.add(ldr.id)
            off = self.office(ldr, day, hint, role, ctx.prefer)
            if off is None and hint is not None and not chunk.title:
                # a country noun with no title before a name is no apposition of it ("Сам Токаев": the
                # pronoun reads as a form of Samoa; "в Москве Путин")
                off = self.office(ldr, day, None, role, ctx.prefer)
                if off is not None and n.weak and _uncased(text[tokens[at].start]):
                    # "وزير خارجية إيران عباس عراقجي": a surname alone after another country's word, in a
                    # script with no capitals, is as likely another man's given name: it needs backing
                    bare.add(ldr.id)
            if off is None:
                continue
            if n.weak and kind and ldr.id not in seen \
                    and self._misstyled(ldr, off, kind, day, ctx.lang, self._shared(chunk, at, end)):
                # "Veliaht Prensi Selman" is no king, "President Sheikh Mohamed" no Djibouti prime minister:
                # a surname alone under a title the man never bore is another man's name
                continue
            # of several, the one holding the title the chunk gives
            styled = bool(kind and day and ldr in self._by_title(off.country, kind, day))
            ranked.append(((ldr.id in seen, not n.weak, styled, off.country == hint), ldr, off))
            if not n.weak:
                full.add(ldr.id)
        if not ranked:
            return None
        bare -= full  # a surname that is also one of the leader's full aliases stands on its own
        if len(ranked) > 1:  # (one leader by that name, most often: nothing to order)
            ranked.sort(key=lambda r: r[0], reverse=True)
        _, ldr, off = ranked[0]
        # A bare surname in Arabic or Persian script may be a common word (صالح, عباس): the sentence must
        # back it up (see rules); mark it.
        return Mention.holding(chunk.first, chunk.last, "bare" if ldr.id in bare else "name", ldr, off, 0.9)

    def _span_verdict(self, n: Name, at: int, end: int, chunk: Chunk, tokens: Sequence[Token], text: str,
                      ctx: Context) -> bool | None:
        """Return None when a name's words are part of something else, else whether they count as a name."""
        if n.weak and (_before_article(end, tokens, text) or _place_head(end, tokens, text)):
            return None  # "Ahmed al-Chareh", "Santa Cruz de la Sierra": part of another's name
        if n.weak and end - at == 1 and _uncased(text[tokens[at].start]) and self.date_word(tokens[at]):
            return None  # "سال" (year) is no Macky Sall: no capital tells a surname from a date word
        stop: Collection[str] = ctx.stopwords  # (only one of them right before the name needs the test)
        if n.weak and 0 < at == chunk.first and tokens[at - 1].form in stop \
                and self._given_before(at, tokens, text, stop):
            stop = ()
        after_date = at > 0 and self.date_word(tokens[at - 1])
        return self._name_ok(n, at, end, chunk, tokens, text, after_date, stop) \
            or self._middle_name(n, at, end, tokens, text)

    def _middle_name(self, n: Name, at: int, end: int, tokens: Sequence[Token], text: str) -> bool:
        """Tell whether a surname follows the leader's own given name and a middle name we do not know.

        "Faure Essozimna Gnassingbé": the word before the surname is no other man's given name when the
        leader's given name stands right before it, spaces only between the three words.
        """
        if not n.weak or end - at != 1 or at < 2 or not text[tokens[at - 1].start].isupper():
            return False
        given, middle = tokens[at - 2], tokens[at - 1]
        if text[given.end : middle.start].strip() or text[middle.end : tokens[at].start].strip() \
                or self.known(middle):
            return False
        ldr = self.gazetteer.leaders.get(n.leader_id)
        return ldr is not None and any(len(words) > 1 and words[0] == given.form
                                       for words in self._alias_words(ldr))

    @staticmethod
    def _name_ok(n: Name, at: int, end: int, chunk: Chunk, tokens: Sequence[Token], text: str,
                 after_date: bool = False, stopwords: Collection[str] = ()) -> bool:
        """Tell whether a one-word name counts: capitalized (cased scripts), not the tail of a longer name.

        after_date: the word before it is a date's ("On Monday Putin met"), no given name.
        """
        if end - at > 1:
            return True
        if text[tokens[at].start].islower():
            return False
        if n.weak and at > 0 and at == chunk.first:
            prev = tokens[at - 1]
            suffix = prev.start > 0 and text[prev.start - 1] in "'’"  # "İstanbul'da Erdoğan": a case ending
            # a particle that is also one of the language's closed-class words is that word where no given
            # name stands before it (see _given_before): "ricevuto da Mattarella" (by)
            agent = prev.form in stopwords and text[prev.start].islower()
            if prev.form in _ROYALS:
                return False  # "le prince William": a royal's given name, no leader's one-word alias
            if prev.form in PARTICLES and prev.form not in _CONJUNCTIONS and not suffix and not agent:
                return False  # "bin Zayed" is the tail of a longer name ("Sánchez y Xi" is two)
            word, before = text[tokens[at].start : tokens[at].end], text[prev.start : prev.end]
            # (an acronym is no given name: "На саміті НАТО Зеленський", "na szczycie NATO Duda",
            # "На полях ПМЭФ Путин", "after the SCO Modi")
            acronym = len(before) > 1 and before.isupper() and not word.isupper()
            # "SAN FRANCISCO --": a dateline's place, in capitals, even where it opens the text
            if word.isupper() and before.isupper() and len(before) > 1 \
                    and not text[prev.end : tokens[at].start].strip():
                return False
            before = text[: prev.start].rstrip()
            # the word opens a sentence, or a line (after a subheading, which ends with no stop)
            opens = not before or before[-1] in ".!?\"“«:" or "\n" in text[len(before) : prev.start]
            if not text[prev.end : tokens[at].start].strip() and text[prev.start].isupper() and not opens \
                    and not chunk.after_place and not chunk.after_name and not after_date and not acronym \
                    and not _fronted_place(at, tokens, text, stopwords):
                return False  # "San Francisco", "Abdullah Zayed": part of another capitalized name
        return True

    def _given_before(self, at: int, tokens: Sequence[Token], text: str, stopwords: Collection[str]) -> bool:
        """Tell whether a given name stands before the particle before a surname ("Lula da Silva").

        That is a capitalized word we do not know, whose run of capitalized words no article or preposition
        opens: "alla Casa Bianca da Trump", "all'Eliseo da Macron" name a place there.
        """
        i = at - 2
        if i < 0 or text[tokens[i].end : tokens[i + 1].start].strip() or not text[tokens[i].start].isupper() \
                or self.known(tokens[i]):
            return False
        while i > 0 and text[tokens[i - 1].start].isupper():
            i -= 1
        # an elided article ("all'", "dell'") opens a noun phrase too
        return i == 0 or not (tokens[i - 1].form in stopwords or text[tokens[i].start - 1] in "'’")

    @staticmethod
    def _patronym_tail(n: Name, at: int, chunk: Chunk, tokens: Sequence[Token]) -> bool:
        """Tell whether a surname-only "bin X" closes another person's name: "الأمير خالد بن سلمان".

        A word the extractor does not know stands right before it (a given name), no comma between.
        """
        return n.weak and at == chunk.first and chunk.after_word and tokens[at].form in _PATRONYMS

    def _patronym_after(self, ldr: Leader, end: int, tokens: Sequence[Token], text: str) -> bool:
        """Tell whether "bin" and a father his names lack follow a surname alone: "الأمير محمد بن نايف".

        The word is the given name of another man (not Mahathir Mohamad); "الملك سلمان بن عبدالعزيز"
        stays the king, whose names carry that father (in part: "King Abdullah bin Abd al-Aziz").
        """
        if end + 1 >= len(tokens) or tokens[end].form not in _PATRONYMS \
                or text[tokens[end - 1].end : tokens[end].start].strip():
            return False
        father = tokens[end + 1].form
        return not any(w.startswith(father) for words in self._alias_words(ldr) for w in words)

    def _longer_name(self, ldr: Leader, end: int, tokens: Sequence[Token], text: str) -> bool:
        """Tell whether a surname runs on into a capitalized word we do not know: "Kim Yong Chol"."""
        if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start].strip():
            return False
        nxt = tokens[end]
        if not text[nxt.start].isupper() or self.known(nxt) or self.date_word(nxt):
            return False  # "Putin Pazartesi günü", "met Putin Monday": a date, no longer name
        return not any(nxt.form in parts for parts in self._alias_words(ldr))

    def _ends_other(self, tok: Token, lid: str, seen: Collection[str]) -> bool:
        """Tell whether a word ends the name of another leader the text has named: "traf Putin Erdogan"."""
        for other in seen:  # (one set test per leader seen: no generator over each one's aliases)
            ldr = self.gazetteer.leaders.get(other)
            if other != lid and ldr is not None and tok.form in self._last_words(ldr):
                return True
        return False

    def _last_words(self, ldr: Leader) -> frozenset[str]:
        """Return the last words of a leader's name and aliases, folded."""
        hit = self._lasts_cache.get(ldr.id)
        if hit is None:
            hit = self._lasts_cache[ldr.id] = frozenset(map(_LAST_WORD, self._alias_words(ldr)))  # (in C)
        return hit

    def _alias_words(self, ldr: Leader) -> list[list[str]]:
        hit = self._words_cache.get(ldr.id)
        if hit is None:
            hit = self._words_cache[ldr.id] = [fold(a).split() for a in (ldr.name, *ldr.aliases)]
        return hit

    def _full_name_ok(self, ldr: Leader, at: int, start: int, tokens: Sequence[Token]) -> bool:
        """Tell whether the longer name a surname ends is this leader's, spelled a letter apart per word.

        "Mohammed bin Salman" for "Mohammad bin Salman"; not "Abdullah bin Zayed" for "Mohamed bin Zayed".
        The longer name begins at start (see _name_start).
        """
        if start == at:
            return False
        # the answer depends on the leader and the words from start to at only: a report names its leaders
        # again and again, and a leader may have dozens of aliases to compare
        key = (ldr.id, *map(_FORM, tokens[start : at + 1]))  # (no generator per leader asked)
        hit = self._full_cache.get(key)
        if hit is not None:
            return hit
        if len(self._full_cache) >= _FULL_CACHE_MAX:
            self._full_cache.clear()
        hit = self._full_cache[key] = self._full_name_read(ldr, at, start, tokens)
        return hit

    def _full_name_read(self, ldr: Leader, at: int, start: int, tokens: Sequence[Token]) -> bool:
        for parts in self._alias_words(ldr):
            first = at + 1 - len(parts)  # where this alias would begin, ending at the surname
            if start <= first < at and all(
                    _one_edit(p, tokens[k].form) for p, k in zip(parts, range(first, at + 1), strict=True)):
                return True
        return False


# Title kinds that a surname alone must fit (see Resolver._misstyled): a rank no other office shares.
_RANKED_KINDS = frozenset({"monarch", "crown_prince", "president"})

# How many answers of _full_name_ok the resolver keeps (a few per leader's name a text spells).
_FULL_CACHE_MAX = 20_000


def _name_start(at: int, tokens: Sequence[Token], text: str) -> int:
    """Return where a longer name ending at token at may begin: up to four capitalized words or particles."""
    i = at
    while i > 0 and at - i < 4 and not text[tokens[i - 1].end : tokens[i].start].strip() and (
            tokens[i - 1].form in PARTICLES or text[tokens[i - 1].start].isupper()):
        i -= 1
    return i


def _one_edit(a: str, b: str) -> bool:
    """Tell whether two words differ by at most one inserted, deleted or replaced letter."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


# The words that join a son's name to his father's: "Mohammed bin Salman", "Salman ibn Hamad".
_SON_OF = frozenset(("bin", "ibn", "ben"))


def _son_of(name: str, father: str) -> bool:
    """Tell whether a name says its bearer is the son of the man named ("Mohammed bin Salman", "Salman")."""
    words, first = fold(name).split(), fold(father).split()[:1]
    return bool(first) and any(w in _SON_OF and nxt == first[0] for w, nxt in pairwise(words))


def _before_article(end: int, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a name's next words are a hyphened article and a capitalized name ("... al-Chareh")."""
    if end + 1 >= len(tokens) or tokens[end].form not in _HYPHENED:
        return False
    article, name = tokens[end], tokens[end + 1]
    return text[article.end:name.start] == "-" and text[name.start].isupper()


def _place_head(end: int, tokens: Sequence[Token], text: str) -> bool:
    """Tell whether a name is followed by "de (la)" and a capitalized word: "Cruz de la Sierra"."""
    if end >= len(tokens) or tokens[end].form not in _OF_WORDS:
        return False  # (most names: no call; this runs for every name alone)
    j = _of_capital(end, tokens, text, _OF_WORDS, _OF_ARTICLES)
    return j is not None and text[tokens[j - 1].end : tokens[j].start] == " "


# "of" in Spanish, Portuguese and French place names ("Santa Cruz de la Sierra"), and their articles
_OF_WORDS = frozenset(("de", "del"))
_OF_ARTICLES = frozenset(("la", "las", "los"))


# Articles an Arabic family name carries in Latin script, joined by a hyphen ("al-Sharaa", "el-Sisi").
_HYPHENED = frozenset(("al", "el", "ad", "as", "ash", "at", "az", "an", "ar"))


def _in_office(ldr: Leader) -> bool:
    """Tell whether a leader holds an office with no end (in office when the gazetteer was built)."""
    return any(o.end is None for o in ldr.offices)


def _han_name(tokens: Sequence[Token], at: int, end: int) -> bool:
    """Tell whether a surname is written in two or more Han characters ("普京", "冯德莱恩").

    Chinese writes a foreign surname in characters chosen for their sound, which together make no common
    word: it stands on its own as a capitalized surname does.
    """
    return end - at >= 2 and has_han(tokens[at].form)


def _han_tail(tokens: Sequence[Token], at: int, stopwords: frozenset[str]) -> bool:
    """Tell whether a Han surname closes a longer name no phrase knows: "鲁比奥" (Rubio) is no "比奥" (Bio).

    The character right before it, joined to it, is one no phrase covers and no function word ("而普京",
    "晚普京" stay Putin's).
    """
    if at == 0:
        return False
    prev = tokens[at - 1]
    return prev.end == tokens[at].start and unknown_han(prev) and len(prev.form) == 1 \
        and prev.form not in stopwords


def _uncased(ch: str) -> bool:
    """Tell whether a letter is of a script without capitals (Arabic, Persian)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()

