"""The extractor's vocabulary: one phrase automaton over leader names, titles, countries and cue words.

Built once per extractor from the lexicons and the gazetteer; payloads say what each phrase stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from graph.models import Mode, Role
from graph.text import fold, has_vietnamese
from ingest.extract.lexicon import Lexicon
from ingest.extract.phrases import PhraseIndex
from ingest.extract.tokens import fold_phrase, has_han, has_hangul, has_kana, hebrew_script, split_words
from ingest.gazetteer import Gazetteer

# Name particles that never stand alone as a surname.
PARTICLES = frozenset(split_words(
    "al el bin ben ibn bint abu abd abdul de da do dos das del della di du la le van von der "
    "den ter mac mc o y e и آل ال بن ابن بنت ابو أبو عبد "
    "الله الدين الرحمن الثاني الأول الاول ii iii iv jr sr"))
# Words after which a name's last word is part of a compound (a father's name, "Abd al-Aziz"), no surname.
_COMPOUND_HEADS = frozenset(split_words("bin ben ibn abd abdul abu بن ابن عبد ابو أبو"))
# Name heads that Arabic script writes joined to the next word or apart ("عبدالله" / "عبد الله").
_JOINABLE = ("عبد", "ابو")
# The role a title names where the gazetteer says nothing of the country's titles.
KIND_ROLES: dict[str, Role] = {"president": "head_of_state", "monarch": "head_of_state",
                               "supreme_leader": "head_of_state", "pope": "head_of_state",
                               "prime_minister": "head_of_government",
                               "chancellor": "head_of_government"}
# Family name first: the first word is the one used alone ("Xi", "Kim", "Moon").
_FAMILY_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "HKG", "MNG"})


@dataclass(frozen=True, slots=True)
class Name:
    """A leader's name; weak when it is a surname alone, derived from a longer alias."""

    leader_id: str
    weak: bool = False
    lang: str | None = None  # a surname's case form one language writes ("Dudou"): read in its texts only


@dataclass(frozen=True, slots=True)
class Title:
    """A leader's title: its role (None: any), plural for "the two presidents", and an implied country."""

    role: Role | None
    plural: bool = False
    kind: str | None = None  # "president", "prime_minister" ...: the gazetteer maps it per country
    country: str | None = None  # the body or country the title implies (UN, EU, SAU for a unique title)
    lang: str | None = None  # the language the title word is one of ("premier" is French for "first")
    home: str | None = None  # the country whose holder it names in its own press when no holder is named


@dataclass(frozen=True, slots=True)
class Place:
    """A country: by name ("France") or adjective/demonym ("French", "الفرنسي").

    lang: the one language that writes this form, if only one does.
    """

    iso3: str
    adjective: bool
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class City:
    """A capital or a city where leaders meet: where a visit went ("visited Moscow" went to Russia)."""

    iso3: str


@dataclass(frozen=True, slots=True)
class Cue:
    """A contact cue; its weight ranks modes when cues disagree (video > phone > written > in person ...)."""

    mode: Mode | None
    weight: int
    lang: str | None = None  # read only in texts of that language, when the text's language is known


@dataclass(frozen=True, slots=True)
class Group:
    """A reference to a group of leaders of a known size: "the three leaders", "les quatre dirigeants"."""

    size: int


@dataclass(frozen=True, slots=True)
class Word:
    """A function word of one kind (minister, counterpart, pair, pronoun, planned, ...) of one language.

    Function words are read only in texts of their language where it is known: French "il" is no
    pronoun in Italian, Italian "da" no "since" in Turkish.
    """

    kind: str
    lang: str | None = None


Payload = Name | Title | Place | City | Cue | Word | Group

_WORD_FIELDS = ("ministers", "elect", "counterparts", "pair_refs", "pronouns", "object_pronouns",
                "plural_pronouns", "from_words", "receive_words", "initiative", "caller_words", "planned",
                "negation", "denial", "visit", "summit", "fillers", "relative", "subordinators", "not_cues",
                "title_objects",
                "complementizers", "reporting", "since", "since_contacts", "after_contacts", "firsts",
                "joins",
                "place_relatives", "object_cues",
                "planned_sentence", "genitives", "presence", "between", "last_time", "with_words",
                "time_relatives", "joint_acts", "joint_press", "iteratives", "then_words", "additives",
                "exclusions", "turns",
                "subjectless", "companions", "members", "during", "present", "dayparts", "future_clauses",
                "public_posts", "urges", "conditionals", "concessives", "hearsay", "organizers",
                "successions", "restating", "deceased", "auxiliaries",
                "returns", "ordinals", "purposes", "deaths", "asides_after", "gathered", "done_participles",
                "done_articles", "took_place",
                "reciprocals", "replies", "possible", "eves", "eves_after", "invitations",
                "place_resumptives",
                "set_phrases")
CUE_FIELDS: tuple[tuple[str, Mode | None, int], ...] = (
    ("video", "video", 5), ("phone", "phone", 4), ("written", "written", 3), ("in_person", "in_person", 2),
    ("spoke", "phone", 1), ("greeting", "written", 1), ("talk", None, 0))


def _pair_nouns(index: PhraseIndex[Payload], lex: Lexicon) -> None:
    """Index each contact noun with the pair's possessive as the pair, its cue and its last-time word."""
    if not lex.pair_nouns:
        return
    fp = partial(fold_phrase, tones=lex.tones)
    last = {fp(p) for p in lex.last_time}
    for phrase in lex.pair_nouns:
        words = fp(phrase)
        index.add(words, Word("pair_refs", lex.lang))
        held = [(mode, weight) for field_name, mode, weight in CUE_FIELDS
                if _contains(words, {fp(p) for p in getattr(lex, field_name)})]
        if held:
            index.add(words, Cue(*max(held, key=lambda h: h[1]), lex.lang))
        if _contains(words, last):
            index.add(words, Word("last_time", lex.lang))


def _contains(words: tuple[str, ...], parts: set[tuple[str, ...]]) -> bool:
    """Tell whether a folded phrase holds one of the folded parts (a part's last word may be a prefix)."""
    for part in parts:
        n = len(part)
        for i in range(len(words) - n + 1):
            if all(w == p or (p.endswith("*") and w.rstrip("*").startswith(p[:-1]))
                   for w, p in zip(words[i : i + n], part, strict=True)):
                return True
    return False


def _spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return an Arabic-script name as written, and with "عبد"/"ابو" joined to or split from the next word.

    "عبد الله" and "عبدالله" are the same name; news and the gazetteer write either.
    """
    out = [words]
    joined: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _JOINABLE and i + 1 < len(words):
            joined.append(words[i] + words[i + 1])
            i += 2
        else:
            joined.append(words[i])
            i += 1
    split: list[str] = []
    for w in words:
        head = next((j for j in _JOINABLE if w.startswith(j) and len(w) > len(j) + 2), None)
        split += [head, w[len(head):]] if head else [w]
    for variant in (tuple(joined), tuple(split)):
        if variant not in out:
            out.append(variant)
    return out


class SplitCue(NamedTuple):
    """A split verb's particle: its verb forms, the cue it makes, and whether it closes the clause."""

    verbs: frozenset[str]
    cue: Cue
    closes: bool  # German "kam ... zusammen": the particle ends the clause; Swedish "tog ... emot X" not


def split_cues(lexicons: Iterable[Lexicon]) -> dict[str, SplitCue]:
    """Return the particles of split verbs with their verb forms and cue ("rief ... an", "tog ... emot")."""
    fields = {name: (mode, weight) for name, mode, weight in CUE_FIELDS}
    out: dict[str, SplitCue] = {}
    for lex in lexicons:
        for table, closes in ((lex.split_cues, True), (lex.split_inner, False)):
            for particle, (verbs, field_name) in table.items():
                forms = frozenset(w for v in verbs.split("|") for w in fold_phrase(v))
                out[fold(particle)] = SplitCue(forms, Cue(*fields[field_name], lex.lang), closes)
    return out


def build_vocab(lexicons: Iterable[Lexicon], gazetteer: Gazetteer) -> PhraseIndex[Payload]:
    """Index every lexicon phrase and every gazetteer name and country form."""
    index: PhraseIndex[Payload] = PhraseIndex()
    lexicons = list(lexicons)
    index.allow_inside(w for lex in lexicons for p in lex.inserts for w in fold_phrase(p, lex.tones))
    for lex in lexicons:
        fp = partial(fold_phrase, tones=lex.tones)
        own = {fp(p): iso3 for p, iso3 in lex.own_titles.items()}
        for phrase, kind in lex.titles.items():
            index.add(fp(phrase), Title(KIND_ROLES.get(kind or ""), kind=kind, lang=lex.lang,
                                        home=own.get(fp(phrase))))
        for phrase, kind in lex.plural_titles.items():
            index.add(fp(phrase), Title(KIND_ROLES.get(kind or ""), plural=True, kind=kind,
                                        lang=lex.lang))
        for phrase, org in lex.org_titles.items():
            index.add(fp(phrase), Title("intl_org_head", country=org))
        for phrase, (iso3, role) in lex.country_titles.items():
            index.add(fp(phrase), Title(role, country=iso3))
        three = {fp(p) for p in lex.trilateral}
        for field_name, mode, weight in CUE_FIELDS:
            for phrase in getattr(lex, field_name):
                index.add(fp(phrase), Cue(mode, weight, lex.lang))
                if _contains(fp(phrase), three):  # "трехсторонняя встреча" is a meeting of three
                    index.add(fp(phrase), Word("trilateral", lex.lang))
        for phrase in lex.trilateral:
            index.add(fp(phrase), Word("trilateral", lex.lang))
        # "state visit", "в ходе той встречи", "a téléphoné", "made a phone call": a longer phrase would hide
        # the cue it holds; so would "дیدار قبلی", "פגישתם הקודמת" (a last-time phrase with its noun)
        for phrase in (*lex.visit, *lex.then_words, *lex.caller_words, *lex.last_time):
            words = fp(phrase)
            held = [(mode, weight) for field_name, mode, weight in CUE_FIELDS
                    if _contains(words, {fp(p) for p in getattr(lex, field_name)})]
            if held:
                index.add(words, Cue(*max(held, key=lambda h: h[1]), lex.lang))
        _pair_nouns(index, lex)
        for field_name in _WORD_FIELDS:
            for phrase in getattr(lex, field_name):
                index.add(fp(phrase), Word(field_name, lex.lang))
        for phrase in lex.regions:  # "South America": no country inside it
            index.add(fp(phrase), Word("regions", lex.lang))
        for phrase in lex.purposes:  # "per incontrare": a plan unless a past trip went for it (see parsed)
            index.add(fp(phrase), Word("planned", lex.lang))
        for head in lex.pair_heads:  # a bare "the two": the pair only right before a cue (see rules)
            index.add(fp(head), Word("pair_heads", lex.lang))
        for head in lex.group_heads:  # a bare "the three": the group only right before a cue (see rules)
            index.add(fp(head), Word("group_heads", lex.lang))
        for head in lex.pair_possessives:  # "their": the pair only right before a contact noun
            index.add(fp(head), Word("pair_possessives", lex.lang))
        for noun in lex.ref_nouns:
            for head in lex.pair_heads:
                index.add(fp(f"{head} {noun}"), Word("pair_refs", lex.lang))
            for head, size in lex.group_heads.items():
                index.add(fp(f"{head} {noun}"), Group(size))
        for group, size in lex.groups.items():
            index.add(fp(group), Group(size))
        for group in lex.group_refs:
            index.add(fp(group), Group(-1))  # whatever the size of the last group
    country_words: set[str] = set()
    # each country form with the languages that write it (None: the English name every press uses)
    langs: dict[tuple[tuple[str, ...], str, bool], set[str | None]] = {}
    gazetteer_forms: set[tuple[tuple[str, ...], str, bool]] = set()
    for country in gazetteer.countries.values():
        for by_lang, adjective in ((country.names, False), (country.demonyms, True)):
            for lang, forms in by_lang.items():
                for form in forms:
                    key = (fold_phrase(form), country.iso3, adjective)
                    langs.setdefault(key, set()).add(lang)
                    gazetteer_forms.add(key)
        langs.setdefault((fold_phrase(country.name), country.iso3, False), set()).add(None)
    for lex in lexicons:  # a language's own forms, where the gazetteer has none yet
        fp = partial(fold_phrase, tones=lex.tones)
        for table, adjective in ((lex.country_names, False), (lex.demonyms, True)):
            for phrase, iso3 in table.items():
                key = (fp(phrase), iso3, adjective)
                if key not in gazetteer_forms:
                    # (a form the gazetteer has is read as it says: Urdu "روس" is Persian's name of Russia and
                    # the Arabic demonym, and writing it again in Urdu must not make it Arabic's name too)
                    langs.setdefault(key, set()).add(lex.lang)
        for phrase, iso3 in lex.capitals.items():
            index.add(fp(phrase), City(iso3))
        visits = {fp(p) for p in lex.visit}
        for phrase, iso3 in lex.seats.items():
            # "en el despacho oval" holds the visit word and meeting cue "despacho oval": it keeps them
            words = fp(phrase)
            index.add(words, City(iso3))
            if _contains(words, visits):
                index.add(words, Word("visit", lex.lang))
            held = [(mode, weight) for field_name, mode, weight in CUE_FIELDS
                    if _contains(words, {fp(p) for p in getattr(lex, field_name)})]
            if held:
                index.add(words, Cue(*max(held, key=lambda h: h[1]), lex.lang))
    for (words, iso3, adjective), written in langs.items():
        # a form one language alone writes is read only in texts of that language when it stands where a
        # name does ("Albanese" is Italian for Albanian, and an Australian prime minister in English)
        only = next(iter(written)) if len(written) == 1 else None
        index.add(words, Place(iso3, adjective=adjective, lang=only))
        country_words.update(words)
    for country in gazetteer.countries.values():
        for forms in (*country.capitals.values(), *country.cities.values()):
            for form in forms:
                index.add(fold_phrase(form), City(country.iso3))
    for leader in gazetteer.leaders.values():
        family_first = any(o.country in _FAMILY_FIRST for o in leader.offices)
        short = gazetteer.short_names.get(leader.id, frozenset())
        for alias in (leader.name, *leader.aliases):
            words = fold_phrase(alias)
            if not words:
                continue
            if has_han(alias):
                _add_han_name(index, alias, Name(leader.id, weak=fold(alias) in short), family_first)
                continue
            for variant in _spellings(words):
                index.add(variant, Name(leader.id, weak=fold(alias) in short))
            if has_kana(alias) or has_hangul(alias) or hebrew_script(words[0]) or has_vietnamese(alias):
                # a katakana name's surname alone is only the gazetteer's hand-written one (WRITTEN_SHORT_ONLY
                # in names.py): a last word taken by rule is often a common word ("ウォン", the won); a Hangul
                # name's last word may be a given name ("기시다 후미오": Japanese names keep their order); a
                # Hebrew one a common word, and a prefix cut makes more of them ("פרס", prize; "מאזן" of "אבו
                # מאזן", balance; "מרץ" of "פרידריך מרץ" is March, and "במרץ" reads as it); a Vietnamese one a
                # common word too ("Ôn" of "Ôn Gia Bảo", Wen Jiabao, is English "on"; "Lý" of "Lý Cường" is
                # "lý" of "quản lý", to manage)
                continue
            raw = fold_phrase("=" + alias)
            if raw != words:
                # "Мирзиёев" stems to "мирзие", "Мирзиёевым" to "мирзиеев": a Russian surname's -ев/-ов/-ин
                # is no case ending, so the nominative is indexed as written too
                index.add(raw, Name(leader.id, weak=fold(alias) in short))
                if len(raw) >= 2 and not family_first and raw[-1] not in PARTICLES and len(raw[-1]) >= 3 \
                        and raw[-2] not in _COMPOUND_HEADS and raw[-1] not in country_words \
                        and not _regnal(raw[-1]):
                    index.add((raw[-1],), Name(leader.id, weak=True))
            if len(words) >= 2:
                surname = words[0] if family_first else words[-1]
                # "Felipe VI of Spain": a country closing a regnal name is not a surname
                if surname in country_words or (len(words) > 2 and words[-2] in ("of", "de", "du", "von")):
                    continue
                # "سلمان بن عبد العزيز": a word closing "Abd al-", "Abu" or "bin" names the father or God
                # ("العزيز" is also "dear"), never the leader alone
                if not family_first and words[-2] in _COMPOUND_HEADS:
                    continue
                if not family_first and _regnal(surname):
                    continue  # "Abdullah II", "عبدالله دوم": an ordinal alone is "second", no name
                if not family_first and _given_last(words, leader.name, short):
                    continue
                if (surname not in PARTICLES and len(surname) >= 3) or family_first:
                    index.add((surname,), Name(leader.id, weak=True))
    _add_surname_cases(index, lexicons, gazetteer)
    for title in gazetteer.titles:
        # the kind tells the EU's two offices apart ("presidente della Commissione europea" is von der Leyen,
        # not the European Council's president)
        index.add(fold_phrase(title.alias), Title(title.role, kind=title.kind, country=title.country))
    return index


# A surname shorter than this is declined by no rule here: "Dan" would give Czech "Dana", a given name.
_MIN_DECLINED = 4


def _declinable(names: Iterable[str]) -> set[str]:
    """Return the names of two words or more written in letters alone (no hyphen, no dot, no digit)."""
    return {n for n in names if " " in n and n.replace(" ", "").isalpha()}


def _add_surname_cases(index: PhraseIndex[Payload], lexicons: list[Lexicon], gazetteer: Gazetteer) -> None:
    """Index the case forms of every leader's names and surname in the languages that decline them.

    Full names are the English ones and the language's own ("Zelenskyj"); a surname alone is the last word
    of an English one (given name first: Hungarian "Orbán Viktor" ends in no surname). A form that is
    already another leader's name or a country's is left out; each is read in its language's texts only.
    """
    taken = set(gazetteer.alias_index) | set(gazetteer.country_index)
    decliners = [lex for lex in lexicons if lex.name_cases is not None]
    for leader in gazetteer.leaders.values() if decliners else ():
        if any(o.country in _FAMILY_FIRST for o in leader.offices):
            continue
        by_lang = gazetteer.names.get(leader.id, {})
        english = _declinable((leader.name, *by_lang.get("en", ())))
        surnames = {n.split()[-1] for n in english}
        for lex in decliners:
            cases = lex.name_cases
            assert cases is not None
            own = _declinable(by_lang.get(lex.lang, ()))
            forms = [(form, False) for n in english | own for form in cases(n)]
            forms += [(form, True) for s in surnames if len(s) >= _MIN_DECLINED and s[0].isupper()
                      for form in cases(s)]
            for form, weak in forms:
                key = fold_phrase(form)
                if key and " ".join(key) not in taken:
                    index.add(key, Name(leader.id, weak=weak, lang=lex.lang))


def _add_han_name(index: PhraseIndex[Payload], alias: str, name: Name, family_first: bool) -> None:
    """Index a name written in Han characters, and its surname alone as a weak name.

    The tokenizer reads Han one character a token, so the surname is taken from the name's own parts
    ("埃马纽埃尔·马克龙": 马克龙), never a character of it: "习" alone is the "习" of "学习" (study). A
    Chinese name written as one word ("习近平") has no surname alone.
    """
    index.add(fold_phrase(alias), name)
    parts = fold(alias).split()
    if len(parts) == 1 and family_first and 2 <= len(alias) <= 3:
        # the Japanese press names a Chinese or Korean leader by the one-character surname and "氏" ("李氏",
        # "習氏", "尹氏"): weak, so the leader the text has named wins among namesakes (Lee Jae-myung,
        # Li Qiang)
        index.add((*fold_phrase(alias[0]), "氏"), Name(name.leader_id, weak=True))
    if len(parts) < 2:
        return
    surname = parts[0] if family_first else parts[-1]
    if len(surname) >= 2 and surname not in _HAN_PARTICLES:
        index.add(fold_phrase(surname), Name(name.leader_id, weak=True))


# Parts of a transliterated Arabic name that name no one alone ("本" is bin).
_HAN_PARTICLES = frozenset(split_words("本 阿尔 阿卜杜勒 伊本"))


# Roman numerals and the ordinals other scripts write after a monarch's name ("Abdullah II",
# "عبدالله دوم", "عبد الله الثاني"): the closing word of such a name means "second", never the monarch.
_ROMAN = re.compile("x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3}")
_ORDINALS = frozenset(fold(w) for w in (
    "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یکم",
    "الاول", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر",
    "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый"))


def _given_last(words: tuple[str, ...], name: str, short: frozenset[str]) -> bool:
    """Tell whether a name is written family name first (the Hungarian order), its last word no surname.

    It opens with the leader's surname and closes with his given name, perhaps with a case ending ("Orbán
    Viktor", "Orbán Viktorral"): "Viktor" alone names no one.
    """
    given = fold_phrase(name)[0]
    return words[0] in short and words[-1] != words[0] and words[-1].startswith(given)


def _regnal(word: str) -> bool:
    """Tell whether a folded word is a regnal number (a Roman numeral or an ordinal)."""
    return word in _ORDINALS or _ROMAN.fullmatch(word) is not None

