"""Every gold document and bundled sample report follows shared/eval/SCHEMA.md and is consistent."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from typing import Any

import pytest

from graph.models import MODES, ROLES, SETTINGS, STATUSES, TOPICS
from tests.gold_check.gold_files import ISO3, SAMPLES, SHARED_EVAL, Record, gold_files, read_records

LANGS = ("ar", "en", "fr", "es", "ru", "de", "tr", "fa", "pt", "it")
DOC_KEYS = {"id", "lang", "url", "published", "title", "text", "contacts", "notes"}
CONTACT_KEYS = {"a", "b", "mode", "setting", "date", "date_precision", "status", "topics",
                "places_discussed", "evidence"}
PARTICIPANT_KEYS = {"name", "country", "role"}
# g2- marks the second batch of gold documents (tests/gold/gold2_<lang>.jsonl).
ID = re.compile(r"^(?P<kind>[sg]|g2)-(?P<lang>[a-z]{2})-(?P<num>\d{3})$")
DATE_BY_PRECISION = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
# Minimum documents per language the issues ask for.
GOLD_MIN_PER_LANG = 6
SAMPLE_MIN_PER_LANG = {"ar": 8, "en": 10, "fr": 5, "es": 5, "ru": 5, "de": 3, "tr": 2, "fa": 2}
# Words that are frequent in one Latin-script language and rare in the others, to catch a mislabelled text.
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "on", "with", "said", "was", "his"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "est", "pour", "avec"},
    "es": {"el", "la", "los", "las", "del", "y", "que", "con", "por", "una"},
    "de": {"der", "die", "das", "und", "mit", "den", "ist", "ein", "eine", "nach"},
    "tr": {"ve", "ile", "bir", "bu", "için", "olarak", "da", "de", "ise", "olan"},
    "pt": {"do", "dos", "das", "na", "nas", "no", "não", "ao", "à", "em", "uma", "pelo", "pela", "os"},
    "it": {"il", "di", "della", "gli", "nel", "alla", "sono", "dei", "delle", "anche"},
    # Added with the twenty-fourth held-out set (Dutch, Polish, Indonesian): words the others rarely write.
    "nl": {"de", "het", "een", "van", "niet", "zijn", "werd", "ook", "naar", "heeft", "bij"},
    "pl": {"się", "że", "oraz", "jest", "przez", "został", "który", "również", "w", "z"},
    "id": {"yang", "dan", "dengan", "untuk", "dari", "ini", "itu", "dalam", "pada", "tersebut"},
    # Added with the thirty-third (Vietnamese): function words no other Latin-script language here writes.
    "vi": {"của", "và", "các", "những", "được", "với", "trong", "cho", "đã", "này", "không", "người"},
}
PERSIAN_ONLY = set("پچژگ")
# Letters Ukrainian writes and Russian does not, to tell a Ukrainian text from a Russian one.
UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
# Letters Urdu writes and Persian and Arabic do not (retroflex ٹ ڈ ڑ, ں, bari ye ے, do-chashmi he ھ).
URDU_ONLY = set("ٹڈڑںےھ")
# Letters Vietnamese writes and no other Latin-script language of ours does (the horn and breve vowels, d with
# stroke, and the vowels with a dot below or hook above), lower and upper case, as NFC writes them.
VIETNAMESE_ONLY = set("ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
VIETNAMESE_ONLY |= {ch.upper() for ch in VIETNAMESE_ONLY}


def _check_doc(rec: Record) -> list[str]:
    """Return every problem found in one document (empty when it is well-formed)."""
    d, problems = rec.data, []
    if set(d) != DOC_KEYS:
        return [f"keys {sorted(d)} != {sorted(DOC_KEYS)}"]
    m = ID.match(d["id"]) if isinstance(d["id"], str) else None
    if not m:
        problems.append(f"id {d['id']!r} is not like g-tr-001 / s-ar-001")
    elif m["lang"] != d["lang"]:
        problems.append(f"id language {m['lang']} != lang {d['lang']}")
    if d["lang"] not in LANGS:
        problems.append(f"lang {d['lang']!r} not one of {LANGS}")
    if not (isinstance(d["url"], str) and re.match(r"^https://[a-z.]+\.invalid/", d["url"])):
        problems.append(f"url {d['url']!r} is not on our own .invalid scheme")
    published = None
    if d["published"] is not None:
        try:
            published = date.fromisoformat(d["published"])
        except (TypeError, ValueError):
            problems.append(f"published {d['published']!r} is not an ISO date")
    if d["title"] is not None and not (isinstance(d["title"], str) and d["title"].strip()):
        problems.append("title is neither null nor a non-empty string")
    if not (isinstance(d["text"], str) and len(d["text"]) >= 300):
        problems.append("text is shorter than 300 characters")
    return problems + notes_and_contacts_problems(d, published)


def notes_and_contacts_problems(d: dict[str, Any], published: date | None) -> list[str]:
    """Problems of a document's notes and contacts, the part every set of ours checks alike."""
    problems = [] if isinstance(d["notes"], str) and d["notes"].strip() else ["notes are empty"]
    if not isinstance(d["contacts"], list):
        return [*problems, "contacts is not a list"]
    for i, c in enumerate(d["contacts"]):
        problems += [f"contact {i}: {p}" for p in _check_contact(c, d["text"], published)]
    return problems


def _check_contact(c: object, text: str, published: date | None) -> list[str]:
    if not isinstance(c, dict) or set(c) != CONTACT_KEYS:
        return [f"keys {sorted(c) if isinstance(c, dict) else c!r} != {sorted(CONTACT_KEYS)}"]
    problems = []
    for side in ("a", "b"):
        problems += [f"{side}: {p}" for p in _check_participant(c[side])]
    if not problems and c["a"]["country"] == c["b"]["country"] and c["a"]["name"] == c["b"]["name"]:
        problems.append("a and b are the same person")
    if c["mode"] not in MODES:
        problems.append(f"mode {c['mode']!r}")
    if c["setting"] not in SETTINGS:
        problems.append(f"setting {c['setting']!r}")
    if c["status"] not in STATUSES:
        problems.append(f"status {c['status']!r}")
    problems += _check_date(c, published)
    topics = c["topics"]
    if not isinstance(topics, list) or len(set(topics)) != len(topics):
        problems.append("topics is not a list of distinct codes")
    else:
        problems += [f"unknown topic {t!r}" for t in topics if t not in TOPICS]
    places = c["places_discussed"]
    if not (isinstance(places, list) and all(isinstance(p, str) and p.strip() for p in places)):
        problems.append("places_discussed is not a list of names")
    if not (isinstance(c["evidence"], str) and c["evidence"].strip()):
        problems.append("evidence is empty")
    elif c["evidence"] not in text:
        problems.append(f"evidence is not an exact substring of the text: {c['evidence'][:60]!r}")
    return problems


def _check_participant(p: object) -> list[str]:
    if not isinstance(p, dict) or set(p) != PARTICIPANT_KEYS:
        return [f"participant keys != {sorted(PARTICIPANT_KEYS)}"]
    problems = []
    if not (isinstance(p["name"], str) and p["name"].strip()):
        problems.append("empty name")
    org = p["country"] in ("UN", "EU")
    if not org and p["country"] not in ISO3:
        problems.append(f"country {p['country']!r} is not ISO 3166-1 alpha-3, UN or EU")
    if p["role"] not in ROLES:
        problems.append(f"role {p['role']!r}")
    elif org != (p["role"] == "intl_org_head"):
        problems.append(f"role {p['role']} does not fit country {p['country']}")
    return problems


def _check_date(c: dict[str, object], published: date | None) -> list[str]:
    value, precision = c["date"], c["date_precision"]
    if value is None or precision is None:
        return [] if value is None and precision is None else ["date and date_precision must both be null"]
    if precision not in DATE_BY_PRECISION or not isinstance(value, str):
        return [f"date_precision {precision!r}"]
    if not DATE_BY_PRECISION[precision].match(value):
        return [f"date {value!r} does not have {precision} precision"]
    parts = [int(x) for x in value.split("-")]
    try:
        date(*(parts + [1] * (3 - len(parts))))
    except ValueError:
        return [f"date {value!r} is not on the calendar"]
    if published is not None and c["status"] == "occurred" and value > published.isoformat()[: len(value)]:
        return [f"occurred contact dated {value} after publication {published}"]
    return []


def _latin_language(text: str) -> str:
    words = Counter(re.findall(r"\w+", text.lower()))
    return max(STOPWORDS, key=lambda lang: sum(words[w] for w in STOPWORDS[lang]))


def _script_problem(lang: str, text: str) -> str | None:
    letters = [ch for ch in text if ch.isalpha()]
    names = Counter(unicodedata.name(ch, "").split(" ")[0] for ch in letters)
    main = names.most_common(1)[0][0] if names else ""
    # Han characters are named "CJK UNIFIED IDEOGRAPH-...".
    expected = {"ar": "ARABIC", "fa": "ARABIC", "ru": "CYRILLIC", "zh": "CJK",
                "uk": "CYRILLIC", "ko": "HANGUL", "hi": "DEVANAGARI", "ur": "ARABIC",
                "he": "HEBREW", "el": "GREEK"}.get(lang, "LATIN")
    if lang == "ja":
        return _japanese_problem(main, text)
    if main != expected:
        return f"mostly {main} letters, expected {expected}"
    if lang == "ur" and not URDU_ONLY & set(text):
        return "no Urdu-only letters (ٹ ڈ ڑ ں ے ھ): Persian or Arabic text labelled ur?"
    if lang == "fa" and URDU_ONLY & set(text):
        return "Urdu-only letters in a Persian text"
    if lang == "fa" and not PERSIAN_ONLY & set(text):
        return "no Persian-only letters (پ چ ژ گ): Arabic text labelled fa?"
    if lang == "ar" and (PERSIAN_ONLY | URDU_ONLY) & set(text):
        return "Persian or Urdu letters in an Arabic text"
    if lang == "uk" and not UKRAINIAN_ONLY & set(text):
        return "no Ukrainian-only letters (і ї є ґ): Russian text labelled uk?"
    if lang == "vi" and not VIETNAMESE_ONLY & set(unicodedata.normalize("NFC", text)):
        return "no Vietnamese letters (ă đ ơ ư ạ ả ...): an unaccented or other Latin text labelled vi?"
    if lang != "vi" and len(VIETNAMESE_ONLY & set(text)) >= 3:
        return f"Vietnamese letters in a text labelled {lang}"
    if expected == "LATIN" and (found := _latin_language(text)) != lang:
        return f"reads as {found}, labelled {lang}"
    return None


# Japanese mixes kanji (named "CJK UNIFIED IDEOGRAPH-...") with hiragana and katakana;
# its kana tell it from Chinese.
JAPANESE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA")
KANA = "\u3040-\u30ff"


def _japanese_problem(main: str, text: str) -> str | None:
    """Why a text labelled ja is not Japanese: mostly other letters than kanji and kana, or no kana at all."""
    if main not in JAPANESE_SCRIPTS:
        return f"mostly {main} letters, expected kanji or kana"
    if not re.search(f"[{KANA}]", text):
        return "no hiragana or katakana: Chinese text labelled ja?"
    return None


def test_there_are_gold_files_and_samples() -> None:
    assert gold_files(), "tests/gold/*.jsonl is empty"
    assert SAMPLES.exists()


def test_every_document_follows_the_schema(all_records: list[Record]) -> None:
    problems = [f"{r.where} {r.data.get('id')}: {p}" for r in all_records for p in _check_doc(r)]
    assert not problems, "\n".join(problems)


def test_ids_are_unique_across_all_files(all_records: list[Record]) -> None:
    counts = Counter(r.data["id"] for r in all_records)
    assert [i for i, n in counts.items() if n > 1] == []


def test_gold_ids_start_with_g_and_samples_with_s(
    gold_records: list[Record], sample_records: list[Record]
) -> None:
    assert all(r.data["id"].startswith(("g-", "g2-")) for r in gold_records)
    assert all(r.data["id"].startswith("s-") for r in sample_records)


def test_language_is_the_declared_one(all_records: list[Record]) -> None:
    problems = [f"{r.data['id']}: {p}" for r in all_records
                if (p := _script_problem(r.data["lang"], r.data["text"])) is not None]
    assert not problems, "\n".join(problems)


def test_gold_set_covers_every_language(gold_records: list[Record]) -> None:
    per_lang = Counter(r.data["lang"] for r in gold_records)
    assert {lang: per_lang[lang] for lang in LANGS if per_lang[lang] < GOLD_MIN_PER_LANG} == {}


def test_gold_set_keeps_negatives(gold_records: list[Record]) -> None:
    negatives = sum(1 for r in gold_records if not r.data["contacts"])
    assert negatives >= 0.1 * len(gold_records)


def test_samples_have_the_counts_and_lengths_the_demo_needs(sample_records: list[Record]) -> None:
    per_lang = Counter(r.data["lang"] for r in sample_records)
    assert {k: per_lang[k] for k, n in SAMPLE_MIN_PER_LANG.items() if per_lang[k] < n} == {}
    words = {r.data["id"]: len(r.data["text"].split()) for r in sample_records}
    assert {i: n for i, n in words.items() if not 150 <= n <= 500} == {}


def test_samples_hold_the_macron_al_sharaa_pair(sample_records: list[Record]) -> None:
    pairs = [(c["mode"], c["date"]) for r in sample_records for c in r.data["contacts"]
             if {c["a"]["country"], c["b"]["country"]} == {"FRA", "SYR"} and c["status"] == "occurred"]
    assert ("phone", "2026-01-08") in pairs
    assert ("in_person", "2025-05-07") in pairs


def test_samples_report_some_contacts_in_two_languages(sample_records: list[Record]) -> None:
    langs: dict[tuple[str, str, str | None], set[str]] = {}
    for r in sample_records:
        for c in r.data["contacts"]:
            if c["status"] == "occurred" and c["date_precision"] == "day":
                key = ("-".join(sorted((c["a"]["country"], c["b"]["country"]))), c["mode"], c["date"])
                langs.setdefault(key, set()).add(r.data["lang"])
    assert sum(1 for v in langs.values() if len(v) >= 2) >= 3


# One Han character is one token: Chinese writes no spaces, so a whole clause would otherwise be one "word".
# Japanese kana likewise: one hiragana or katakana character is one token.
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# Devanagari writes vowel signs, nasal marks and the virama as combining marks, which \w does not match: they
# stay inside their word, or Hindi would be cut into letters and every report share runs of them.
DEVANAGARI_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
TOKEN = re.compile(rf"[{HAN}{KANA}]|(?:[^\W{HAN}{KANA}]|[{DEVANAGARI_MARKS}])+")


def _is_character_token(word: str) -> bool:
    return len(word) == 1 and ("\u3400" <= word <= "\u9fff" or "\u3040" <= word <= "\u30ff")


def _shingles(text: str, n: int = 10) -> set[tuple[str, ...]]:
    """Runs of n words; in a text of Han characters or kana, runs of 2n characters (a word is about two)."""
    words = TOKEN.findall(text.lower())
    if sum(_is_character_token(w) for w in words) * 2 > len(words):
        n *= 2
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_chinese_is_read_as_han_in_runs_of_characters() -> None:
    text = "国家主席习近平同俄罗斯总统普京通电话，两国元首就双边关系和共同关心的问题交换了意见。"
    assert _script_problem("zh", text) is None
    assert _script_problem("en", text) == "mostly CJK letters, expected LATIN"
    # No spaces: one token per character, and runs of twenty (about ten Chinese words).
    runs = _shingles(text)
    assert len(runs) == len(re.findall(r"\w", text)) - 19
    assert all(len(run) == 20 for run in runs)
    words = "one two three four five six seven eight nine ten eleven"
    assert _shingles(words) == {tuple(words.split()[:10]), tuple(words.split()[1:])}


def test_japanese_is_read_as_kanji_and_kana_in_runs_of_characters() -> None:
    text = "石破首相は7日、ホワイトハウスでトランプ大統領と会談し、両国の同盟をさらに強めることで一致した。"
    assert _script_problem("ja", text) is None
    assert _script_problem("en", text) is not None
    # Kanji alone reads as Chinese, not Japanese; Japanese is no Chinese either.
    assert _script_problem("ja", "国家主席习近平同俄罗斯总统普京通电话，两国元首交换了意见。") is not None
    assert _script_problem("ja", "Prime Minister Ishiba met President Trump at the White House.") is not None
    runs = _shingles(text)
    assert len(runs) == len(re.findall(r"\w", text)) - 19  # one token per kanji, kana and digit here
    assert all(len(run) == 20 for run in runs)


def test_urdu_hebrew_and_vietnamese_are_told_from_their_neighbours() -> None:
    urdu = "وزیر اعظم شہباز شریف نے ترک صدر سے ٹیلی فون پر بات کی۔"
    persian = "رئیس‌جمهور پزشکیان با نخست‌وزیر پاکستان گفت‌وگوی تلفنی کرد."
    assert _script_problem("ur", urdu) is None
    assert _script_problem("fa", urdu) == "Urdu-only letters in a Persian text"
    assert _script_problem("ur", persian) is not None
    assert _script_problem("fa", persian) is None
    assert _script_problem("ar", urdu) == "Persian or Urdu letters in an Arabic text"
    vietnamese = "Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản tại Hà Nội."
    assert _script_problem("vi", vietnamese) is None
    assert _script_problem("vi", "Thu tuong Pham Minh Chinh da hoi dam voi Thu tuong Nhat Ban.") is not None
    assert _script_problem("id", vietnamese) == "Vietnamese letters in a text labelled id"
    assert _script_problem("vi", "Presiden Prabowo bertemu Perdana Menteri Vietnam di Jakarta.") is not None
    hebrew = "ראש הממשלה נפגש עם נשיא צרפת בפריז."
    assert _script_problem("he", hebrew) is None
    assert _script_problem("ar", hebrew) == "mostly HEBREW letters, expected ARABIC"


def test_greek_is_read_as_greek_letters() -> None:
    greek = "Ο πρωθυπουργός συναντήθηκε χθες με τον Πρόεδρο της Γαλλίας στο Παρίσι."
    assert _script_problem("el", greek) is None
    assert _script_problem("en", greek) == "mostly GREEK letters, expected LATIN"
    assert _script_problem("el", "The prime minister met the French president in Paris.") is not None


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not beside the repository")
def test_no_text_is_copied_from_the_shared_set(all_records: list[Record]) -> None:
    shared = set().union(*(_shingles(r.data["text"]) for p in sorted(SHARED_EVAL.glob("*.jsonl"))
                           for r in read_records(p)))
    copied = {r.data["id"]: len(_shingles(r.data["text"]) & shared) for r in all_records}
    assert {i: n for i, n in copied.items() if n} == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("mode", "telepathy"),
        ("setting", "party"),
        ("status", "rumoured"),
        ("topics", ["gossip"]),
        ("date", "2026-02-30"),
        ("date_precision", "month"),
        ("evidence", "a sentence that is nowhere in the text"),
        ("a", {"name": "X", "country": "XXX", "role": "head_of_state"}),
        ("b", {"name": "Y", "country": "UN", "role": "head_of_state"}),
    ],
)
def test_the_checker_catches_each_kind_of_fault(
    sample_records: list[Record], field: str, value: object
) -> None:
    good = next(r for r in sample_records if r.data["contacts"])
    assert _check_doc(good) == []
    contact = {**good.data["contacts"][0], field: value}
    bad = Record(good.path, good.line, {**good.data, "contacts": [contact]})
    assert _check_doc(bad) != []


def test_greek_and_vietnamese_are_told_from_their_neighbours() -> None:
    greek = "Ο πρωθυπουργός συναντήθηκε χθες με τον Πρόεδρο της Κύπρου στο Μέγαρο Μαξίμου."
    assert _script_problem("el", greek) is None
    assert _script_problem("ru", greek) == "mostly GREEK letters, expected CYRILLIC"
    assert _script_problem("en", greek) == "mostly GREEK letters, expected LATIN"
    vietnamese = "Thủ tướng đã điện đàm với người đồng cấp Nhật Bản và các bộ trưởng của hai nước."
    assert _script_problem("vi", vietnamese) is None
    assert _script_problem("fr", vietnamese) == "Vietnamese letters in a text labelled fr"
    # Vietnamese with its diacritics stripped is no Vietnamese text, nor is an Indonesian one.
    stripped = "Thu tuong da dien dam voi nguoi dong cap Nhat Ban trong chieu qua."
    indonesian = "Presiden bertemu dengan perdana menteri dari Jepang untuk membahas itu."
    assert _script_problem("vi", stripped) is not None
    assert _script_problem("vi", indonesian) is not None
