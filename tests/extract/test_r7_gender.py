"""Round seven: a pronoun whose word tells a gender prefers a leader of that gender (sentences of our own).

Meloni was received by Biden at the White House on 1 March 2024 and held talks with Trudeau in Toronto
the next day; Obama, Merkel's guest in Hanover on 24 April 2016, met Hollande there on the 25th. When the
sentence before names the man first, "she" still stands for Meloni, and "he" for Obama when it names
Merkel first. German "sie" (also "they") tells no gender; a gendered pronoun with no leader of its gender
at hand falls back to the reading a pronoun without gender gets (no contact is dropped).
"""

from __future__ import annotations

import pytest

from ingest.extract.gender import pronoun_gender
from ingest.extract.lexicon import all_lexicons
from ingest.extract.mentions import Mention
from ingest.extract.pairing import Discourse
from ingest.extract.rules import RuleExtractor
from tests.extract.conftest import parse_english
from tests.extract.rows import DocFactory

_MELONI = {
    "en": "Joe Biden received Giorgia Meloni at the White House on March 1. The next day she held talks with "
          "Justin Trudeau in Toronto.",
    "fr": "Joe Biden a reçu Giorgia Meloni à la Maison Blanche le 1er mars. Le lendemain, elle s'est "
          "entretenue avec Justin Trudeau à Toronto.",
    "it": "Joe Biden ha ricevuto Giorgia Meloni alla Casa Bianca il primo marzo. Il giorno dopo lei ha "
          "incontrato Justin Trudeau a Toronto.",
    "es": "Joe Biden recibió a Giorgia Meloni en la Casa Blanca el 1 de marzo. Al día siguiente ella se "
          "reunió con Justin Trudeau en Toronto.",
    "pt": "Joe Biden recebeu Giorgia Meloni na Casa Branca em 1 de março. No dia seguinte, ela se reuniu com "
          "Justin Trudeau em Toronto.",
    "ru": "Джо Байден принял Джорджу Мелони в Белом доме 1 марта. На следующий день она провела переговоры с "
          "Джастином Трюдо в Торонто.",
    "uk": "Джо Байден прийняв Джорджу Мелоні у Білому домі 1 березня. Наступного дня вона провела "
          "переговори з Джастіном Трюдо в Торонто.",
    "pl": "Joe Biden przyjął Giorgię Meloni w Białym Domu 1 marca. Następnego dnia ona spotkała się z "
          "Justinem Trudeau w Toronto.",
    "el": "Ο Τζο Μπάιντεν υποδέχθηκε την Τζόρτζια Μελόνι στον Λευκό Οίκο. Την επομένη εκείνη συναντήθηκε με "
          "τον Τζάστιν Τριντό στο Τορόντο.",
    "he": "ג'ו ביידן אירח את ג'ורג'ה מלוני בבית הלבן ב-1 במרץ. למחרת היא נפגשה עם ג'סטין טרודו בטורונטו.",
    "zh": "拜登3月1日在白宫会见了梅洛尼。次日她在多伦多同特鲁多举行会谈。",
    "ja": "バイデン大統領は3月1日、ホワイトハウスでメローニ首相と会談した。"
          "彼女は翌日、トロントでトルドー首相と会談した。",
    "ko": "바이든 대통령은 3월 1일 백악관에서 멜로니 총리와 회담했다. "
          "그녀는 다음날 토론토에서 트뤼도 총리와 회담했다.",
}


def _pairs(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
           lang: str) -> set[tuple[str, ...]]:
    return {tuple(sorted((c.a.name, c.b.name))) for c in real.extract(make_doc(text, published, lang=lang))}


@pytest.mark.parametrize("lang", sorted(_MELONI))
def test_she_is_the_woman_of_the_sentence_before(real: RuleExtractor, make_doc: DocFactory,
                                                 lang: str) -> None:
    got = _pairs(real, make_doc, _MELONI[lang], "2024-03-03", lang)
    assert ("Giorgia Meloni", "Justin Trudeau") in got
    assert ("Joe Biden", "Justin Trudeau") not in got
    assert ("Giorgia Meloni", "Joe Biden") in got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Angela Merkel welcomed Barack Obama to Hanover on April 24. On April 25 he met François Hollande "
           "there."),
    ("de", "Angela Merkel empfing Barack Obama am 24. April in Hannover. Am 25. April traf er dort François "
           "Hollande."),
    ("fr", "Angela Merkel a accueilli Barack Obama à Hanovre le 24 avril. Le 25 avril, il y a rencontré "
           "François Hollande."),
])
def test_he_is_the_man_of_the_sentence_before(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                              text: str) -> None:
    got = _pairs(real, make_doc, text, "2016-04-26", lang)
    assert ("Barack Obama", "François Hollande") in got
    assert ("Angela Merkel", "François Hollande") not in got


def test_gendered_words_only_where_the_whole_reference_is_one(real: RuleExtractor) -> None:
    s = parse_english(real, "She met him; her guest left.")[0]
    en = real.languages["en"]
    assert pronoun_gender(s, Mention(0, 1, "pronoun"), en.feminine, en.masculine) == "f"
    assert pronoun_gender(s, Mention(2, 3, "object"), en.feminine, en.masculine) == "m"
    # "her guest": the host's gender, not the guest's
    assert pronoun_gender(s, Mention(4, 6, "object"), en.feminine, en.masculine) is None
    assert pronoun_gender(s, None, en.feminine, en.masculine) is None
    assert pronoun_gender(s, Mention(0, 1, "pronoun"), frozenset(), frozenset()) is None


def test_german_sie_tells_no_gender(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "sie" is also "they": Meloni's trip told in German keeps the reading of a pronoun without gender
    text = ("Joe Biden empfing Giorgia Meloni am 1. März im Weißen Haus. Am Tag darauf traf sie Justin "
            "Trudeau in Toronto.")
    de = next(lex for lex in all_lexicons() if lex.lang == "de")
    assert "sie" in de.pronouns and "sie" not in de.feminine
    got = _pairs(real, make_doc, text, "2024-03-03", "de")
    assert ("Giorgia Meloni", "Joe Biden") in got
    assert ("Giorgia Meloni", "Justin Trudeau") not in got


def _m(lid: str, country: str) -> Mention:
    return Mention(0, 1, "name", lid, lid, country, "head_of_government")


def test_target_prefers_the_gender_and_never_drops() -> None:
    biden, meloni, trudeau = _m("joe-biden", "USA"), _m("giorgia-meloni", "ITA"), _m("justin-trudeau", "CAN")
    disc = Discourse(women=frozenset({"giorgia-meloni"}))
    disc.salient, disc.focus = [biden, meloni], biden
    assert disc.target([trudeau]) is biden
    assert disc.target([trudeau], "f") is meloni
    assert disc.target([trudeau], "m") is biden
    # no woman at hand: a "she" that is no leader (a minister, "la Suisse") keeps the first candidate
    disc.salient = [biden]
    assert disc.target([trudeau], "f") is biden
    # a "he" passes over a woman named first
    disc.salient = [meloni, biden]
    assert disc.target([trudeau], "m") is biden
    assert disc.target([trudeau]) is meloni
