"""The seventh speed pass: each shortcut gives what the code it replaced gave."""

from __future__ import annotations

from itertools import chain

import pytest

from ingest.extract import dates as dates_module
from ingest.extract.dates import build_date_index, find_dates
from ingest.extract.lexicon import all_lexicons
from ingest.extract.mentions import Mention, kinds_of
from ingest.extract.pairing import Pair
from ingest.extract.parsed import CueAt, Parsed, parse
from ingest.extract.rules import (
    _COUNTRIES,
    _CUE_REACH,
    _FULL_NAMES,
    _PAIR_OBJECT,
    _PAIR_SUBJECT,
    RuleExtractor,
    _group_cue,
    _Language,
)
from ingest.extract.tokens import Token, tokenize
from tests.extract.conftest import build_doc

# Counts in words, before a unit (a date) and before any other word (none), in several languages.
_COUNTED = [
    "A day after the vote, two leaders met a delegation and one minister; three days later they spoke.",
    "An envoy arrived a week ago with a letter, and a day earlier two ministers had left.",
    "Un jour après le sommet, deux présidents ont reçu une délégation; trois jours plus tard, un appel.",
    "Dos días después, un ministro y dos enviados llegaron; hace tres días hubo una llamada.",
    "Zwei Tage später traf ein Gesandter einen Minister; vor drei Tagen telefonierten zwei Präsidenten.",
    "Через два дня после саммита один министр встретился с двумя послами.",
]


@pytest.mark.parametrize("text", _COUNTED)
def test_counts_in_words_found_as_when_each_was_tried(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates finds what it found when every count in words was tried by each reader."""
    index = build_date_index(all_lexicons())
    toks = tokenize(text)
    got = find_dates(index, toks, text, 0, len(toks))
    monkeypatch.setattr(dates_module, "_COUNTS", frozenset())
    assert find_dates(index, toks, text, 0, len(toks)) == got


def test_a_count_before_its_unit_is_still_a_date() -> None:
    """"a day after" and "three days later" are still read: the shortcut skips only counts of no unit."""
    text = "A day after the vote, two leaders met; three days later they spoke."
    toks = tokenize(text)
    found = find_dates(build_date_index(all_lexicons()), toks, text, 0, len(toks))
    assert [(e.first, e.offset) for e in found] == [(0, 1), (8, 3)]


def test_a_count_before_another_word_opens_nothing() -> None:
    """"a factory" is tried by no reader; "a day" is."""
    index = build_date_index(all_lexicons())
    toks = tokenize("They visited a factory a day later.")
    opening = dates_module._Words(index.find(toks, 0, len(toks))).opening
    assert 2 not in opening and 4 in opening


def _parse(ex: RuleExtractor, text: str, lang: str) -> list[Parsed]:
    """Parse a text of a language as the extractor does."""
    language = ex.languages[lang]
    return parse(text, tokenize(text), ex.vocab, ex.date_indexes.get(lang, ex.date_index), ex.relative_words,
                 language.future, ex.split_by_lang.get(lang, ex.split_cues), language.verb_final, lang,
                 language.future_endings, language.comma_relatives, language.subordinators_follow,
                 ex.own_words.get(lang), language.grammar)


def _told_before_walked(language: _Language, s: Parsed, cue: CueAt) -> bool:
    """_Language.told_before as it was: every auxiliary compared word by word at every word."""
    forms = s.tokens
    if language.pluperfect_endings or not language.pluperfect:
        return language.told_before(s, cue)
    at = cue[0]
    while at - 1 > s.lo and forms[at - 1].form in language.inserts and s.same_clause(at - 1, cue[0]):
        at -= 1
    late = s.nouns_capitalized and s.text[forms[cue[0]].start].islower()
    lo = max([p for p in s.marks if p <= cue[0]], default=s.lo) if late else max(s.lo, at - 2)
    for i in range(lo, cue[1] - 1):
        for aux in language.pluperfect:
            n = len(aux)
            if i + n <= s.hi and all(forms[i + k].form == w for k, w in enumerate(aux)) \
                    and (at <= i + n <= cue[0] or cue[0] <= i < i + n < cue[1] or (late and i + n <= at)):
                return True
    return False


# Contacts told in the pluperfect and in other tenses, with an auxiliary elsewhere in the sentence. (Real
# meetings: Meloni met Zelensky in Kyiv on 21 February 2023; Macron and Scholz met in Paris on 22 January
# 2023; Sánchez met Xi in Beijing on 31 March 2023; Biden and Xi met in Woodside on 15 November 2023.)
_PLUPERFECT = [
    ("it", "La premier aveva incontrato Zelensky a Kiev il 21 febbraio, e aveva già visitato la città."),
    ("fr", "Macron et Scholz s'étaient rencontrés à Paris, où ils avaient signé un traité, puis ont parlé."),
    ("es", "Sánchez se había reunido con Xi en Pekín; había viajado en marzo y habló con Li Qiang."),
    ("de", "Scholz hatte Macron am 22. Januar in Paris getroffen, hatte danach telefoniert."),
    ("en", "Biden had met Xi in Woodside; he had been to California before and had already spoken to him."),
]


@pytest.mark.parametrize(("lang", "text"), _PLUPERFECT)
def test_told_before_as_the_walk(real: RuleExtractor, lang: str, text: str) -> None:
    """told_before, comparing an auxiliary only where its first word stands, answers as the full walk."""
    language = real.languages[lang]
    seen = 0
    for s in _parse(real, text, lang):
        for cue in s.cues():
            assert language.told_before(s, cue) == _told_before_walked(language, s, cue), (text, cue)
            seen += language.told_before(s, cue)
    assert seen  # (each text tells a contact in the pluperfect)


def _ends_other_walked(ex: RuleExtractor, tok: Token, lid: str, seen: list[str]) -> bool:
    """Resolver._ends_other as it was: every alias of every leader seen, compared with the word."""
    for other in seen:
        ldr = ex.gazetteer.leaders.get(other)
        if other != lid and ldr is not None \
                and any(words[-1] == tok.form for words in ex.resolver._alias_words(ldr)):
            return True
    return False


def test_ends_other_as_the_alias_walk(real: RuleExtractor) -> None:
    """A word ends another seen leader's name (by the last words' set) where the walk over aliases said so."""
    seen = ["vladimir-putin", "recep-tayyip-erdogan", "emmanuel-macron", "no-such-leader"]
    text = "Putin Erdogan Macron Scholz Tayyip Emmanuel"
    hits = []
    for tok in tokenize(text):
        for lid in ["vladimir-putin", "olaf-scholz"]:
            got = real.resolver._ends_other(tok, lid, seen)
            assert got == _ends_other_walked(real, tok, lid, seen), (tok.form, lid)
            hits.append(got)
    assert any(hits) and not all(hits)


# Reports naming leaders by full name and by surname, with countries and cities (real meetings: Biden and
# Xi in Woodside on 15 November 2023; Modi and Putin in Moscow on 9 July 2024).
_REPORTS = [
    "WOODSIDE, 16 November 2023 - Joe Biden met Xi Jinping at the Filoli estate in California. Biden said "
    "the talks with the Chinese president were constructive. Xi flew home from San Francisco.",
    "Narendra Modi held talks with Vladimir Putin in Moscow on 9 July 2024. The Russian president "
    "received Modi at his residence near Moscow, the Kremlin said. India and Russia discussed trade.",
]


@pytest.mark.parametrize("text", _REPORTS)
def test_text_facts_as_the_comprehensions(real: RuleExtractor, text: str) -> None:
    """The text's countries and full names, chained in C, are what the nested comprehensions gave."""
    kinds = list(chain.from_iterable(map(Parsed.kinds, _parse(real, text, "en"))))
    assert kinds == [k for s in _parse(real, text, "en") for k in s.kinds()]
    assert frozenset(chain.from_iterable(map(_COUNTRIES, kinds))) == frozenset(c for k in kinds
                                                                              for c in k.countries)
    named = tuple(dict.fromkeys(chain.from_iterable(map(_FULL_NAMES, kinds))))
    assert named == tuple(dict.fromkeys(i for k in kinds for i in k.full_names))
    assert {"joe-biden", "narendra-modi"} & set(named)


def test_titles_resolved_with_the_names_the_text_gives(real: RuleExtractor) -> None:
    """A title alone still picks the holder the text names ("the Russian president": Putin, then)."""
    got = {(c.a.leader_id, c.b.leader_id) for c in real.extract(build_doc(_REPORTS[1], "2024-07-10"))}
    assert ("narendra-modi", "vladimir-putin") in got or ("vladimir-putin", "narendra-modi") in got


# Dates in digits and in words, back to back and overlapping what a reader may take in.
_DATED = [
    "LONDON, 3 March 2025 (Wire) - They met on 2025-01-09, again on 15.10.2025 and on 9 January 2026.",
    "In 2022 and in 2019 they spoke; 3 days later, on Friday 12 May, 20 leaders met for 2 hours.",
    "They met last Thursday, a day after the vote, and again the next day; in early June they spoke.",
    "Rabu (28/5/2025) Presiden bertemu; Senin (13/5) lagi, 2 hari kemudian.",
    "2025年11月28日，习近平同马克龙会谈；翌29日又通电话。",
    "Am 5. Juli 2023 und am vergangenen Donnerstag trafen sie sich; vor 3 Tagen telefonierten sie.",
    "Le président l'a reçu lundi dernier, au printemps 2023 et fin juin.",
]


@pytest.mark.parametrize("text", _DATED + _COUNTED)
def test_dates_as_found_when_every_word_was_looked_at(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates, trying a sentence of letters at its opening words only, finds what looking at each did."""
    index = build_date_index(all_lexicons())
    toks = tokenize(text)
    got = find_dates(index, toks, text, 0, len(toks))
    monkeypatch.setattr(dates_module, "_tried", lambda tokens, lo, hi, opening: range(lo, hi))
    assert find_dates(index, toks, text, 0, len(toks)) == got
    assert got or text in _COUNTED  # (each of these texts holds a date)


def test_only_a_sentence_of_letters_skips_words() -> None:
    """The opening words alone are tried in a sentence of letters; every word where one has digits."""
    letters, digits = tokenize("They met last Thursday in Paris"), tokenize("They met on 3 May in Paris")
    assert list(dates_module._tried(letters, 0, len(letters), {3, 2})) == [2, 3]
    assert list(dates_module._tried(digits, 1, len(digits), {4})) == list(range(1, len(digits)))


# Texts of several languages, with words of other languages' lexicons inside ("brief", "por
# videoconferencia": a match that keeps nothing of its own language is read again inside).
_LANGUAGES = [
    ("en", "Biden spoke with Xi in a brief call; the leaders met in Woodside."),
    ("de", "Scholz schrieb Macron einen Brief und telefonierte mit ihm."),
    ("pt", "Lula conversou por videoconferencia com Xi Jinping e com o presidente francês."),
    ("fr", "Le président Macron a reçu le chancelier Scholz à l'Élysée."),
]


@pytest.mark.parametrize(("lang", "text"), _LANGUAGES)
def test_kinds_read_with_the_matches(real: RuleExtractor, lang: str, text: str) -> None:
    """The kinds parse keeps with each sentence are those of its matches, read one by one."""
    for s in _parse(real, text, lang):
        assert s._kinds is not None
        assert s.kinds() == [kinds_of(m.payloads) for m in s.matches]
        assert s.words("fillers") or s.cues()  # (each sentence holds a function word or a cue)


@pytest.mark.parametrize("counts", [{}, {"trade": 2}, {"trade": 2, "energy": 2, "security_defense": 4},
                                    {"b": 1, "a": 1, "c": 3, "d": 3, "e": 2}])
def test_topics_ordered_as_by_the_key(counts: dict[str, int]) -> None:
    """A contact's topics: the most counted first, ties by code, as the (-count, code) key ordered them."""
    by_key = sorted(counts, key=lambda c: (-counts[c], c))
    assert sorted(sorted(counts), key=counts.__getitem__, reverse=True) == by_key


def _group_cue_as_it_was(pair: Pair, mentions: list[Mention], cues: list[CueAt], s: Parsed) -> bool:
    """The three tests _cue_near opened with, each a generator over the mentions."""
    if any(m.kind == "group" and any(m.first - _CUE_REACH <= c[0] < m.last + _CUE_REACH for c in cues)
           for m in mentions):
        return True
    if any(m.kind == "pair" and any(0 <= c[0] - m.last <= _PAIR_SUBJECT for c in cues) for m in mentions):
        return True
    return pair[0].country != pair[1].country and any(
        m.kind == "pair" and any(0 <= m.first - c[1] <= _PAIR_OBJECT for c in cues) for m in mentions) \
        and not all(s.lo <= m.first < s.hi for m in pair[:2])


# A group and a pair named by a plural before and after the cue, and leaders named alone (real meetings:
# Xi, Putin and Modi at the BRICS summit in Kazan, October 2024; Sánchez received Lula in Madrid, April 2023).
_GROUPS = [
    ("en", "The three leaders met in Kazan on 23 October. The two leaders later spoke again."),
    ("es", "Sánchez recibió a los dos gobernantes en Madrid. Lula habló con Sánchez."),
]


@pytest.mark.parametrize(("lang", "text"), _GROUPS)
def test_group_cue_as_the_generators(real: RuleExtractor, lang: str, text: str) -> None:
    """_group_cue, one loop over the mentions, answers as the three generators _cue_near opened with."""
    putin = Mention(0, 1, "name", "vladimir-putin", "Vladimir Putin", "RUS", "head_of_state")
    xi = Mention(0, 1, "name", "xi-jinping", "Xi Jinping", "CHN", "head_of_state")
    answers = []
    for s in _parse(real, text, lang):
        group = Mention(s.lo + 1, s.lo + 3, "group", size=3)
        both = Mention(s.lo + 1, s.lo + 3, "pair")
        late = Mention(s.hi - 4, s.hi - 2, "pair")
        for mentions in ([group], [both], [late], [putin, xi], [putin, late, both]):
            for pair in ((putin, xi, 0.9), (putin, putin, 0.9)):
                got = _group_cue(pair, mentions, s.cues(), s)
                assert got == _group_cue_as_it_was(pair, mentions, s.cues(), s), (text, mentions, pair)
                answers.append(got)
    assert any(answers) and not all(answers)


def test_a_message_borne_is_no_contact_of_its_bearer(real: RuleExtractor) -> None:
    """_bearer, reading the first leader at a message's cue only: "said he had a message from X" is no
    letter to the bearer, "received a message from X" is (Abe carried Trump's message to Tehran in 2019)."""
    borne = "TEHRAN, 13 June 2019 - Shinzo Abe said he had a message from Donald Trump for Iran's leaders."
    received = "Shinzo Abe received a message from Donald Trump on Wednesday."
    pairs = [{(c.a.leader_id, c.b.leader_id) for c in real.extract(build_doc(t, "2019-06-13"))}
             for t in (borne, received)]
    assert pairs == [set(), {("donald-trump", "shinzo-abe")}]
