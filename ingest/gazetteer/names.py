"""Names of leaders in every script: hand-written entries, and the rules that derive more forms.

A name entry (data/manual/names*.jsonl, one JSON object a line):
    {"qid": "Q39259", "name": "Recep Tayyip Erdoğan", "gender": "m",
     "aliases": {"en": ["Tayyip Erdogan", "Erdoghan"], "ar": ["رجب طيب أردوغان"],
                 "ru": ["Реджеп Тайип Эрдоган"]},
     "short": {"en": ["Erdoğan"], "ar": ["أردوغان"], "ru": ["Эрдоган"]}}
`aliases` are full names and titles that name only this person ("King Salman", "Emir Tamim");
`short` are surname-only forms, which an extractor should accept only with context (a title, or the
person's full name earlier in the text). Keys: `qid` (or `id` for a person without one), `name`
(canonical English name; sets the id of a new leader), `gender` (m/f, for Slavic and Greek case endings;
"f" is also written on the leader's row as Leader.gender, which pronoun resolution reads: every woman the
gazetteer holds is marked, and an entry may hold the key and gender alone, as names_r7_gender.jsonl's do),
`auto_short` (false to turn off the derived surname).

Derived forms: the Latin name with letters that Unicode does not decompose spelled in ASCII
(ø -> o, đ -> d, ł -> l ...); the surname (see `auto_surname`); every case of the Russian, Ukrainian and
Polish forms (ingest.gazetteer.ru, .uk, .pl).
Diacritics, case and Arabic/Persian letter variants are NOT listed: matching folds
them (graph.text.fold).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from graph.text import fold
from ingest.gazetteer import el, pl, uk
from ingest.gazetteer.ru import Gender, decline_name, decline_word
from ingest.gazetteer.terms import read_rows

LANGS = ("en", "ar", "fa", "ru", "fr", "es", "de", "tr", "it", "pt", "uk", "pl", "nl", "zh", "ja", "ko", "hi",
         "ur", "he",
         "el", "vi", "sv", "cs", "sh", "hu", "bg", "az")
# The languages a refresh asks Wikidata for. Not Ukrainian, Polish and Dutch: their names are hand-written
# for the leaders those presses cover, since every label would get case forms (a surname that is a common
# word, like Ukrainian "Карні", would name a leader in every text). Not Chinese either: its names are
# hand-written in the Xinhua forms (manual/names_zh.jsonl), and its surnames too, since Han text has no
# spaces to derive one from. Not Japanese: its names are hand-written in the forms of the Japanese press
# (manual/names_ja.jsonl: katakana for foreigners, kanji for Japanese, Chinese and Korean leaders). Not
# Korean: its names are hand-written in Yonhap's forms (manual/names_ko.jsonl), surnames too.
WIKIDATA_LANGS = ("en", "ar", "fa", "ru", "fr", "es", "de", "tr", "it", "pt")
# Languages whose surname-only forms are only the written ones: a Chinese name has no word breaks
# ("埃马纽埃尔·马克龙", "习近平"), and a bare family name like "习" is never a name alone; Japanese likewise
# ("石破茂", and "菅" of 菅義偉 is also a common word and surname); Korean too ("기시다 후미오" keeps the
# Japanese order, and "윤" of 윤석열 is no name alone).
# Hindi and Urdu too: their surname-only forms are the ones the press is known to use alone
# (manual/names_hi.jsonl, manual/names_ur.jsonl); Hebrew likewise (manual/names_he.jsonl: a common word
# may be a surname). Greek too (manual/names_el.jsonl): the surnames alone are the written ones, with their
# cases. Vietnamese too: the last syllable of a Vietnamese name is a common word ("chính", "cường"), and so
# is a Chinese family name in its Sino-Vietnamese reading ("lý", "hồ") (manual/names_vi.jsonl).
# Swedish and Czech too (manual/names_sv_cs.jsonl): only the forms their presses write apart from the other
# Latin ones, each surname in the cases Czech gives it; the Czech "Si Ťin-pching" must not yield "Si", the
# reflexive pronoun.
# Hungarian, Bulgarian and Azerbaijani too (manual/names_hu_bg_az.jsonl): each surname in the forms its
# endings give it; a Hungarian leader's given name closes his name ("Orbán Viktor") and is no surname.
WRITTEN_SHORT_ONLY = frozenset(
    {"zh", "ja", "ko", "hi", "ur", "he", "el", "vi", "sv", "cs", "sh", "hu", "bg", "az"}
)

# Letters NFKD does not take apart, so fold() keeps them; their usual ASCII spelling in news text.
_ASCII = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae",
                        "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
                        "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "‑": "-"})



def _words(text: str) -> list[str]:
    return text.split()


# Words that end a name but do not name one person: given names, family houses, particles.
_NOT_SURNAMES = frozenset(fold(w) for w in _words(
    "ali ahmed ahmad mohamed mohammed muhammad muhammed mohammad hassan hasan hussein husain ibrahim "
    "abdullah abdallah khalid khalifa said saeed salman hamad thani saud nahyan nahayan maktoum sabah "
    "khan singh kumar sharif jr sr junior de da do dos das la le van von "
    "محمد أحمد علي حسن حسين إبراهيم عبدالله خليفة سلمان حمد ثاني سعود نهيان مكتوم الصباح خان "
    # Common words of Arabic and Persian text that some surnames are spelled as: Sall as سال ("year"),
    # Zeman as زمان ("time"), Rudd as رود ("river"), Park as پارک, Kan as کان ("was"), Lam as لام.
    "سال زمان رود پارک کان لام چین"))
_PATRONYMIC = frozenset(fold(w) for w in _words(
    "bin ibn ben bint binti ould wuld bn بن ابن بنت ولد бин ибн бен"))
_ROMAN = re.compile(r"^(?:[IVXL]+)$")
# Countries whose leaders are written family name first, in every script (Xi Jinping, Си Цзиньпин -> Xi, Си).
FAMILY_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "HKG", "MAC"})
# Countries whose leaders a text calls by their first name (Thai, Ethiopian, Eritrean usage). Indonesians
# vary (Prabowo, Megawati, but Widodo, Yudhoyono): their one-name uses are written in the data.
FIRST_NAME = frozenset({"THA", "ETH", "ERI"})
# Countries where "ben"/"بن" + name is a family name (Benkirane), not a patronymic.
MAGHREB = frozenset({"MAR", "DZA", "TUN", "LBY", "MRT"})
# Words that make a compound with the next one (Abdel Fattah, عبد الرحمن) or are an article written apart.
_COMPOUND_HEADS = frozenset(fold(w) for w in _words(
    "abd abdel abdul abdal abdol el al abu abou عبد ال آل أبو أبي"))
_COMPOUND_TAILS = frozenset(fold(w) for w in _words("الله الدين زاده"))
# Countries whose names have no surname a text would use alone (Myanmar, Cambodia).
NO_SURNAME = frozenset({"MMR", "KHM"})
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|an|az|at)-", re.I)
# "عبد" ("servant of") before the divine name it governs: written apart or joined, in Arabic and always
# joined in Persian (عبد المجيد / عبدالمجید); "عبد" at the end of a name stays as it is.
_ABD_APART = re.compile(r"(?<!\S)عبد (?=\S)")


@dataclass(frozen=True)
class NameEntry:
    """Hand-written names of one leader (see the module docstring for the file format)."""

    key: str
    id: str | None = None
    name: str | None = None
    gender: Gender = "m"
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    short: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    auto_short: bool = True


def _by_lang(value: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for lang, forms in value.items():
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} in names (use one of {LANGS})")
        out[lang] = tuple(forms)
    return out


def entry_from_json(row: Mapping[str, Any]) -> NameEntry:
    """Build a NameEntry from one JSON row."""
    key = row.get("qid") or row.get("id")
    if not key:
        raise ValueError(f"name entry without qid or id: {row!r}")
    gender = row.get("gender", "m")
    if gender not in ("m", "f"):
        raise ValueError(f"gender must be m or f: {row!r}")
    return NameEntry(key=str(key), id=row.get("id"), name=row.get("name"), gender=cast(Gender, gender),
                     aliases=_by_lang(row.get("aliases")), short=_by_lang(row.get("short")),
                     auto_short=bool(row.get("auto_short", True)))


def merge_entries(a: NameEntry, b: NameEntry) -> NameEntry:
    """Combine two entries of one person; the first one's scalar fields win."""
    def union(x: Mapping[str, tuple[str, ...]],
              y: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        out = {k: tuple(v) for k, v in x.items()}
        for k, v in y.items():
            out[k] = tuple(dict.fromkeys((*out.get(k, ()), *v)))
        return out
    # "m" is the default, so a "f" written in either entry is the one to keep.
    return NameEntry(key=a.key, id=a.id or b.id, name=a.name or b.name,
                     gender="f" if "f" in (a.gender, b.gender) else "m",
                     aliases=union(a.aliases, b.aliases), short=union(a.short, b.short),
                     auto_short=a.auto_short and b.auto_short)


def load_names(manual_dir: Path) -> dict[str, NameEntry]:
    """Read names*.jsonl in the manual folder (hand-written first, then derived source files)."""
    out: dict[str, NameEntry] = {}
    paths = [*sorted(manual_dir.glob("names*.jsonl")),
             *sorted((manual_dir.parent / "sources").glob("names_*.jsonl"))]
    for path in paths:
        for row in read_rows(path):
            e = entry_from_json(row)
            out[e.key] = merge_entries(out[e.key], e) if e.key in out else e
    return out


def ascii_variant(name: str) -> str:
    """Spell letters that folding keeps (ø, đ, ł, æ ...) the usual ASCII way."""
    return name.translate(_ASCII)


# Spanish-speaking countries: a name ends in two family names (paternal, maternal), and the paternal
# one is the name used alone (Peña Nieto -> Peña). Not Equatorial Guinea (Fang names) nor the Philippines
# (the family name comes last there). Andorra's Catalan names follow the same order.
HISPANIC = frozenset({"ESP", "MEX", "ARG", "CHL", "COL", "PER", "VEN", "ECU", "BOL", "PRY", "URY", "CRI",
                      "PAN", "NIC", "HND", "SLV", "GTM", "CUB", "DOM", "AND"})
# Portuguese-speaking countries: the last family name is the main one, with its particle when it has one
# (Rebelo de Sousa, Pinto da Costa, Correia e Silva).
LUSOPHONE = frozenset({"PRT", "BRA", "AGO", "MOZ", "CPV", "GNB", "STP", "TLS"})
# Particles inside Spanish, Portuguese and Catalan family names.
_FAMILY_PARTICLES = frozenset(_words("de del la las los da do dos das e y i d'"))
# Given names that often come second in Spanish and Portuguese names ("Juan Carlos Varela",
# "José Luis Rodríguez Zapatero"): before them the last word alone is the family name.
_SECOND_GIVEN = frozenset(fold(w) for w in _words(
    "josé juan carlos luis lluís manuel andrés maría maria miguel ángel raúl antonio pablo alberto "
    "guillermo enrique eduardo jorge francisco orlando saúl vinicio roberto adolfo leonardo ramón "
    "rafael fernando henrique inácio enric joan mario ernesto gustavo álvaro alfonso marco salvador "
    "javier ricardo alejandro julio augusto armando gabriel agostinho joão joaquim bernardo"))


_CASED = re.compile(r"^[A-Za-zÀ-ÿĀ-žА-Яа-яЁё]")


def _is_latin(name: str) -> bool:
    return bool(re.match(r"^[A-Za-zÀ-ÿĀ-ž]", name))


def auto_surnames(name: str, country: str) -> list[str]:
    """Return the surnames a text would use alone, most complete first; [] when no word names the person.

    The last word (the first for family-name-first countries), without a Latin Arabic article
    ("al-Assad" gives "Assad"; the article form is added separately); in Spanish-speaking countries the
    paternal family name and the pair (Peña Nieto, Peña); in Portuguese-speaking ones a family name with
    its particle (Rebelo de Sousa). None for names with a regnal number, royal styles ("Philippe of
    Belgium", "Henri, Grand Duke of Luxembourg"), patronymic names (Mohammed bin Salman), one-word names,
    or common given names.
    """
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if len(words) < 2 or any(_ROMAN.match(w) for w in words) or country in NO_SURNAME:
        return []
    latin = _is_latin(name)
    if latin and ("," in name or "of" in words):
        return []  # a royal style: "Salahuddin of Selangor" has no surname "Selangor"
    if latin and (country in HISPANIC or country in LUSOPHONE) and len(words) >= 3:
        found = _iberian_surnames(words, country)
        if found:
            return [c for c in found if _plausible(c, latin, country)]
    if country in FAMILY_FIRST or country in FIRST_NAME:
        cand = words[0]  # in every script: Си Цзиньпин, شي جين بينغ, 윤 -> Юн Сок Ёль
    else:
        start = len(words) - 1
        # "Abdel Rahman", "عبد الرحمان": a compound name; "El Fassi", "آل ثاني": the article stays;
        # "الحمد الله", "شهاب الدين", "آخند زاده": the last word only completes the one before it.
        if start > 0 and fold(words[start]) in _COMPOUND_TAILS:
            start -= 1
        if start > 0 and fold(words[start - 1]) in _COMPOUND_HEADS:
            start -= 1
        if start > 0 and fold(words[start - 1]) in _PATRONYMIC:
            if country not in MAGHREB:
                return []  # Mohammed bin Salman: "bin Salman" names his father, not a family
            start -= 1  # Benkirane, بن كيران: in the Maghreb "ben" starts a family name
        if start == 0:
            return []
        cand = " ".join(words[start:])
    cand = cand.strip(",.")
    return [cand] if _plausible(cand, latin, country) else []


def _iberian_surnames(words: list[str], country: str) -> list[str]:
    """Family names of a Spanish, Catalan or Portuguese name of three words or more (see auto_surnames)."""
    last = len(words) - 1
    first_particle = last
    while first_particle > 1 and fold(words[first_particle - 1]) in _FAMILY_PARTICLES:
        first_particle -= 1
    if first_particle < last:
        # "Salinas de Gortari", "Rebelo de Sousa", "Vives i Sicília"; "Fernando de la Rúa": the particle
        # follows the given name, so the family name starts with it.
        head = first_particle - 1
        if head >= 1 and fold(words[head]) not in _SECOND_GIVEN:
            compound = " ".join(words[head:])
            return [compound] if country in LUSOPHONE else [compound, words[head]]
        return [" ".join(words[first_particle:]), words[last]]
    paternal = words[last - 1]
    if fold(paternal) in _SECOND_GIVEN or fold(paternal) in _FAMILY_PARTICLES:
        return [words[last]]  # "Juan Carlos Varela": one family name
    pair = f"{paternal} {words[last]}"
    if last - 2 >= 1 and fold(words[last - 2]) in _FAMILY_PARTICLES:
        paternal = f"{words[last - 2]} {paternal}"  # "Ramiro de León Carpio": "de León"
        pair = f"{words[last - 2]} {pair}"
    if country in LUSOPHONE:
        return [pair, words[last]]  # "Cavaco Silva", "Simões Pereira"
    return [pair, paternal]  # "Peña Nieto", "Peña"


def _plausible(cand: str, latin: bool, country: str) -> bool:
    """Tell whether a candidate surname is long enough and not a common given name."""
    bare = _ARABIC_ARTICLE.sub("", cand.split()[-1])
    # Chinese and Korean surnames: Xi, Li, Hu, Си. Not in Arabic or Persian script, which has no capitals to
    # tell a name from a word: هو ("he") and لي ("to me") would match everywhere.
    shortest = 2 if country in FAMILY_FIRST and (latin or _CASED.match(cand)) else 3
    return len(fold(bare)) >= shortest and fold(bare) not in _NOT_SURNAMES and fold(cand) not in _NOT_SURNAMES


def auto_surname(name: str, country: str) -> str | None:
    """Return the main surname a text would use alone, or None (see auto_surnames)."""
    found = auto_surnames(name, country)
    return found[0] if found else None


def _add(bucket: dict[str, list[str]], lang: str, forms: Iterable[str]) -> None:
    seen = bucket.setdefault(lang, [])
    for f in forms:
        f = " ".join(f.split())
        if f and f not in seen:
            seen.append(f)


ByLang = dict[str, list[str]]


def _add_given_with_surnames(full: ByLang, short: ByLang, langs: tuple[str, ...]) -> None:
    """Add each given name of `langs` before each of the person's surname spellings in `langs`.

    Arabic-script press spells one surname several ways (مکرون, ماکرون) and a full name is only read when
    written exactly as an alias; with no capitals, an unmatched full name leaves its surname unbacked too.
    """
    surnames = [f for lang in langs for f in short.get(lang, [])]
    for lang in langs:
        givens = dict.fromkeys(f.split()[0] for f in full.get(lang, []) if len(f.split()) == 2)
        _add(full, lang, [f"{g} {s}" for g in givens for s in surnames if len(s.split()) == 1 and s != g])


def leader_names(name: str, country: str, entry: NameEntry | None,
                 avoid: frozenset[str] = frozenset()) -> tuple[ByLang, ByLang]:
    """Return (full names by language, surname-only forms by language) for one leader.

    `avoid` holds folded words a derived surname must not be (country names: "Nepal" of Madhav Kumar
    Nepal would stand for the country in every text).
    """
    full: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    gender: Gender = entry.gender if entry else "m"
    _add(full, "en", [name, ascii_variant(name)])
    if entry:
        for lang, forms in entry.aliases.items():
            _add(full, lang, forms)
            _add(full, lang, [ascii_variant(f) for f in forms if lang not in ("ar", "fa", "ru", "uk")])
        for lang, forms in entry.short.items():
            _add(short, lang, forms)
    if entry is None or entry.auto_short:
        for lang, written in list(full.items()):
            if lang in WRITTEN_SHORT_ONLY:
                continue
            for f in (written[:1] if lang != "en" else written[:2]):
                for sur in auto_surnames(f, country):
                    derived = [sur, _ARABIC_ARTICLE.sub("", sur)]
                    _add(short, lang, [g for g in derived if fold(g) not in avoid])
    # Arabic script: the joined "عبد" of every name that writes it apart.
    for lang in ("ar", "fa"):
        if lang in full:
            _add(full, lang, [_ABD_APART.sub("عبد", f) for f in full[lang] if _ABD_APART.search(f)])
    _add_given_with_surnames(full, short, ("ar", "fa"))
    # Russian, Ukrainian, Polish and Greek: every case of every full and short form.
    for lang, name_cases, word_cases in (("ru", decline_name, decline_word),
                                         ("uk", uk.decline_name, uk.decline_word),
                                         ("pl", pl.decline_name, pl.decline_word),
                                         ("el", el.decline_name, el.decline_word)):
        if lang in full:
            full[lang] = list(dict.fromkeys(g for f in full[lang] for g in name_cases(f, gender)))
        if lang in short:
            short[lang] = list(dict.fromkeys(g for f in short[lang] for g in word_cases(f, gender)))
    # A short form that is also a full name of the same person is a full name (e.g. "Suharto").
    folded_full = {fold(f) for forms in full.values() for f in forms}
    short = {lang: [f for f in forms if fold(f) not in folded_full] for lang, forms in short.items()}
    return full, {k: v for k, v in short.items() if v}
