"""Text folding for matching names across scripts: one function decides what counts as the same name."""

from __future__ import annotations

import re
import unicodedata

# Letters that are written differently but read the same for matching: Persian and Arabic forms,
# alef maqsura, ta marbuta, Turkish dotless i, the German sharp s. Diacritics and Arabic vowel marks
# (harakat, hamza carriers' marks) are removed by decomposition below.
_LETTER_MAP = {
    "\u06cc": "\u064a",  # Persian yeh -> Arabic yeh
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u06a9": "\u0643",  # Persian keheh -> kaf
    "\u0629": "\u0647",  # ta marbuta -> heh
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u06c0": "\u0647",  # heh with yeh above -> heh
    "\u06d5": "\u0647",  # ae -> heh
    # Urdu writes heh as heh goal (ہ, with hamza above ۂ) and aspirates with heh doachashmee (ھ: "بھارت");
    # Arabic and Persian keyboards type both for heh too, so all are heh ("شہباز" meets "شهباز"). The Urdu
    # letters of their own sounds (ٹ ڈ ڑ ں ے) stay: "کے" and "کی" are two postpositions.
    "\u06c1": "\u0647",  # heh goal -> heh
    "\u06be": "\u0647",  # heh doachashmee -> heh
    "\u06c3": "\u0647",  # teh marbuta goal -> heh
    "\u0131": "i",  # Turkish dotless i
    # d with stroke (Vietnamese, Serbo-Croatian) has no decomposition: it reads as d, so "Đức" meets "Duc"
    # and "Đukanović" "Dukanovic"
    "\u0111": "d",
    "\u0640": "",  # tatweel (kashida) carries no letter
    "\u200c": "",  # zero-width non-joiner (Persian)
    "\u200d": "",  # zero-width joiner
    "\u200f": "",  # right-to-left mark
    "\u200e": "",  # left-to-right mark
    "\u00ad": "",  # soft hyphen
    # Hebrew final letters read as their medial forms: a suffix makes a final letter medial ("טלפון",
    # "טלפונית"), so a stem written in the lexicon meets both
    "\u05da": "\u05db",  # final kaf
    "\u05dd": "\u05de",  # final mem
    "\u05df": "\u05e0",  # final nun
    "\u05e3": "\u05e4",  # final pe
    "\u05e5": "\u05e6",  # final tsadi
}

# Kana (hiragana, katakana) keep their voicing marks: "バリ" (Bali) is not "パリ" (Paris), nor "ハリ". A mark
# is a distinct sound in Japanese, not an accent a writer may leave out as in Latin script.
_KANA = ("\u3040", "\u30ff")

# Han characters (CJK unified ideographs, extension A, compatibility ideographs) as a regex class body:
# Chinese and Japanese write them without spaces, so the extractor's tokens and the gazetteer's name lookup
# both read them one character at a time.
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# Devanagari keeps its vowel signs, virama and anusvara: they are letters of the word ("की", "के", "को" are
# three postpositions), not accents. Only the spellings writers vary are folded: the nukta (ज़/ज, फ़/फ) is
# dropped and the chandrabindu read as the anusvara (पहुँचे/पहुंचे); the danda ends a sentence.
_DEVANAGARI = ("\u0900", "\u097f")
_DEVANAGARI_MAP = {"\u093c": "", "\u0901": "\u0902", "\u0964": " ", "\u0965": " ", "\u0970": " "}

# Hebrew writes abbreviations with gershayim and foreign sounds with a geresh inside a word ("ארה\"ב", the
# USA; "ג'ו", Joe), as ״ ׳ or as ASCII quotes: between two Hebrew letters the mark is no punctuation and
# is dropped, so the word stays one ("ארהב"). (Niqqud, the vowel points, are combining marks: dropped.)
HEBREW_LETTERS = "\u05d0-\u05ea"
# a geresh or gershayim between two Hebrew letters, as a regex (the tokenizer keeps it inside the word)
HEBREW_GERESH = f"(?<=[{HEBREW_LETTERS}])[\"'\u05f3\u05f4\u2019\u201d](?=[{HEBREW_LETTERS}])"
_HEBREW = re.compile(f"[{HEBREW_LETTERS}]")
_HEBREW_GERESH = re.compile(HEBREW_GERESH)


def has_hebrew(text: str) -> bool:
    """Tell whether a text holds a Hebrew letter."""
    return not text.isascii() and _HEBREW.search(text) is not None  # (isascii: one flag test, no scan)

# Vietnamese writes each syllable apart with two kinds of marks: the vowel letters ă â ê ô ơ ư and đ, and
# one of five tones. fold drops both, so names meet their unaccented forms (Phạm Minh Chính, Pham Minh Chinh);
# but words that differ only by them are other words ("thăm", visit, and "tham" of "tham gia", take part;
# "thư", letter, "thủ" of "Thủ tướng", "thứ" of "thứ Hai"; "sẽ", will, and "sẻ" of "chia sẻ", share), so a
# Vietnamese text's words also carry a key that keeps them (vietnamese_key), which the Vietnamese lexicon is
# written against. A text is read so when it holds a letter only Vietnamese writes.
VIETNAMESE_ONLY = "\u0103\u0102\u0111\u0110\u01a1\u01a0\u01b0\u01af\u1ea0-\u1ef9"
# (decomposed, the breve, horn, dot below and hook above: one character class, which the regex engine scans
# in one tight loop)
_VIETNAMESE = re.compile(f"[{VIETNAMESE_ONLY}\u0306\u031b\u0323\u0309]")
# the tones as the key's last character (the VNI typing digits: acute 1, grave 2, hook 3, tilde 4, dot 5;
# the level tone, no mark, 0: "thu" of "tiếp thu" is not "thủ"); the key keeps the vowel letters (circumflex,
# breve, horn) and đ as written
_TONES = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
_VOWEL_MARKS = frozenset("\u0302\u0306\u031b")


def has_vietnamese(text: str) -> bool:
    """Tell whether a text holds a letter only Vietnamese writes (composed or decomposed)."""
    # (an ASCII text, most English ones, is told in C without the scan)
    return not text.isascii() and _VIETNAMESE.search(text) is not None


def vietnamese_key(word: str) -> str:
    """Fold a Vietnamese word keeping its vowel letters, đ and its tone ("Thủ" -> "thu3", "thăm" -> "thăm0").

    The tone goes to the end, so a word meets itself wherever a writer put the mark ("huỷ", "hủy" -> "huy3").
    """
    tone = "0"
    kept: list[str] = []
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONES:
            tone = _TONES[ch]
        elif ch in _VOWEL_MARKS or not unicodedata.combining(ch):
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


_cache: dict[str, str] = {}


def fold_char(ch: str) -> str:
    """Fold one character: the empty string, a space for separators, or its folded letters."""
    hit = _cache.get(ch)
    if hit is not None:
        return hit
    if ch in _LETTER_MAP:
        out = _LETTER_MAP[ch]
    elif _DEVANAGARI[0] <= ch <= _DEVANAGARI[1]:
        # (the letters with a nukta written as one character, क़ ज़ फ़, decompose to the letter and the nukta)
        out = "".join(_DEVANAGARI_MAP.get(c, c) for c in unicodedata.normalize("NFD", ch))
    elif _KANA[0] <= ch <= _KANA[1]:
        out = ch if ch.isalnum() else " "  # a precomposed kana as written; the middle dot "・" separates
    elif ch.isalnum():
        decomposed = unicodedata.normalize("NFKD", ch.casefold())
        out = "".join(c for c in decomposed if not unicodedata.combining(c))
        out = "".join(_LETTER_MAP.get(c, c) for c in out)
    elif unicodedata.combining(ch):
        out = ""
    else:
        out = " "
    _cache[ch] = out
    return out


class _FoldTable(dict[int, str]):
    """fold_char by code point, for str.translate: each character is folded once, then looked up in C."""

    def __missing__(self, code: int) -> str:
        out = self[code] = fold_char(chr(code))
        return out


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold text for matching: case, diacritics, letter variants and punctuation; single spaces."""
    # str.translate walks the text in C; a generator of fold_char calls was a tenth of extraction's time.
    if has_hebrew(text):
        text = _HEBREW_GERESH.sub("", text)
    return " ".join(text.translate(_TABLE).split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold text without collapsing spaces, and map each folded character to its index in the original.

    The folded string keeps one space per separator, so a match in it maps back to exact offsets of the
    original text through the returned list.
    """
    out: list[str] = []
    index: list[int] = []
    # (a Hebrew geresh or gershayim inside a word is dropped, as fold drops it)
    inside = {m.start() for m in _HEBREW_GERESH.finditer(text)} if has_hebrew(text) else ()
    for i, ch in enumerate(text):
        folded = "" if i in inside else _TABLE[ord(ch)]
        if folded:
            out.append(folded)
            index.extend([i] * len(folded))
    return "".join(out), index
