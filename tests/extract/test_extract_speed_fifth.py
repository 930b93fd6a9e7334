"""The fifth speed pass: each shortcut gives what the code it replaced gave."""

from __future__ import annotations

import re

import pytest

from graph.text import HAN_CHARS, HEBREW_LETTERS, has_hebrew
from ingest.extract import dates as dates_module
from ingest.extract import mentions as mentions_module
from ingest.extract import tokens as tokens_module
from ingest.extract.dates import build_date_index, find_dates
from ingest.extract.lexicon import all_lexicons
from ingest.extract.mentions import Kinds
from ingest.extract.tokens import has_han, has_hangul, has_kana, latin_only, tokenize
from ingest.extract.vocab import City, Cue, Group, Name, Payload, Place, Title, Word, build_vocab
from ingest.gazetteer import load_default

# Texts of every script the tokenizer splits otherwise, short (a word, a title) and long (a report: the
# answers for long texts are remembered, so each is asked twice).
_SAMPLES = [
    "Macron met Scholz in Paris on Monday.",
    "Le président Macron a reçu Olaf Scholz à l'Élysée, où ils ont parlé de l'Ukraine.",
    "Prezydent Andrzej Duda rozmawiał z Wołodymyrem Zełenskim przez telefon.",
    "Cumhurbaşkanı Erdoğan, Putin ile telefonda görüştü.",
    "Путин провёл телефонный разговор с Токаевым.",
    "استقبل الرئيس السيسي نظيره الفرنسي في القاهرة.",
    "נתניהו נפגש עם מקרון בפריז ביום שני.",
    "ארה\"ב וג'ו ביידן",
    "习近平同马克龙举行会谈。",
    "石破首相はトランプ大統領と電話会談した。",
    "윤석열 대통령은 13일 기시다 총리와 정상회담을 했다.",
    "尹대통령, 習주석과 회담",
    "Modi met Putin (प्रधानमंत्री मोदी) in Moscow.",
]
_KANA = "[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]"
_LONG = [" ".join([s] * 12) for s in _SAMPLES]


@pytest.mark.parametrize("text", _SAMPLES + _LONG)
def test_script_tests_answer_as_the_scans_did(text: str) -> None:
    """has_han, has_kana, has_hangul and has_hebrew agree with a regex scan of their script."""
    for _ in range(2):  # the second answer of a long text is the remembered one
        assert has_han(text) == bool(re.search(f"[{HAN_CHARS}]", text))
        assert has_kana(text) == bool(re.search(_KANA, text))
        assert has_hangul(text) == bool(re.search("[\uac00-\ud7a3]", text))
        assert has_hebrew(text) == bool(re.search(f"[{HEBREW_LETTERS}]", text))


@pytest.mark.parametrize("text", _SAMPLES + _LONG)
def test_tokens_as_split_after_the_scans(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """tokenize gives the tokens it gave when every text was scanned for Han, Hangul and Hebrew in turn."""
    got = tokenize(text)
    monkeypatch.setattr(tokens_module, "_split_apart", lambda _: True)  # no shortcut: the scans decide
    assert tokenize(text) == got


def test_latin_only() -> None:
    """Latin-1 texts (accents included) are told apart from texts with a letter past it."""
    assert latin_only("Élysée, Zürich, São Paulo")
    assert not latin_only("Wołodymyr")
    assert not latin_only("נתניהו")
    assert not latin_only("习近平")


# Sentences with dates of every reader and with words that only lead into a date ("in", "during", "the",
# "last", "ago"), in several languages.
_DATED = [
    "They met in Paris during the summit, two days after the vote, and again on Friday.",
    "The leaders last spoke in March 2024 and met on 9 January 2026 in the late afternoon.",
    "In the end of June they talked; three days ago, a day later, the next day.",
    "Die Kanzlerin traf ihn am vergangenen Donnerstag, dem 5. Juli, im Mai 2023.",
    "Le président l'a reçu lundi dernier, le 3 mars, au printemps 2023, en juin.",
    "El pasado jueves, 15.10.2025, se reunieron durante la cumbre del 12 de mayo.",
    "Путин встретился с ним 20 марта прошлого года и в октябре.",
    "2025年11月28日，习近平同马克龙会谈；去年11月也见过面。",
    "윤석열 대통령은 2024년 5월 13일 정상회담을 했다.",
    "Rabu (28/5/2025) Presiden bertemu; Senin (13/5) lagi.",
    "۱۵ آبان ۱۴۰۳ دیدار کردند",
]


@pytest.mark.parametrize("text", _DATED)
def test_dates_as_found_when_every_word_was_tried(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates finds what it found when every date word was tried by each reader."""
    index = build_date_index(all_lexicons())
    toks = tokenize(text)
    got = find_dates(index, toks, text, 0, len(toks))
    # every kind of date word an opener: each one is tried again, as before the pass (and before the
    # seventh, which tries a count in words only before a date word)
    monkeypatch.setattr(dates_module, "_OPENERS", _AnyKind())
    monkeypatch.setattr(dates_module, "_COUNTS", frozenset())
    assert find_dates(index, toks, text, 0, len(toks)) == got


class _AnyKind(frozenset[str]):
    """A set that holds every kind."""

    def __contains__(self, kind: object) -> bool:
        return True


def _kinds_as_read_before(payloads: tuple[Payload, ...]) -> Kinds:
    """mentions._read_kinds before the pass: a generator per field."""
    names = tuple(p for p in payloads if isinstance(p, Name))
    titles = tuple(p for p in payloads if isinstance(p, Title))
    places = tuple(p for p in payloads if isinstance(p, Place))
    groups = tuple(p for p in payloads if isinstance(p, Group))
    entity = mentions_module._ENTITY_WORDS
    words = frozenset(p.kind for p in payloads if isinstance(p, Word) and p.kind in entity)
    person = bool(names or titles or groups or words & mentions_module._PERSON_WORDS)
    return Kinds(names, titles, places, groups, words, any(isinstance(p, City) for p in payloads),
                 any(isinstance(p, Word) and p.kind == "genitives" for p in payloads),
                 person or bool(places or words), person,
                 tuple(p.iso3 for p in payloads if isinstance(p, Place | City)),
                 tuple(n.leader_id for n in names if not n.weak),
                 tuple(p.kind for p in payloads if isinstance(p, Word)),
                 next((p for p in payloads if isinstance(p, Cue)), None))


def test_kinds_read_as_before() -> None:
    """Every payload tuple of the vocabulary (and a mixed one) reads into the same kinds in one pass."""
    vocab = build_vocab(all_lexicons(), load_default())
    tuples = []
    stack = [vocab._root]
    while stack:
        node = stack.pop()
        if node.payloads:
            tuples.append(node.payloads)
        stack.extend(node.exact.values())
        stack.extend(node.prefix.values())
    assert len(tuples) > 1000
    mixed = tuple(p for t in tuples[:400] for p in t)  # every type side by side, some twice
    for payloads in [*tuples, mixed, ()]:
        assert mentions_module._read_kinds(payloads) == _kinds_as_read_before(payloads)
