"""Round thirteen: topic words of the older lexicons that read other words (r13-stems).

A stem or prefix entry reads every word that begins with its letters, and a Cyrillic entry is keyed by its
stem: the Russian "долг" (debt) read "долго" (long), "выбор*" (elections) "выбор" (a choice), "войн*"
(war) "воинский" (military, of a unit); the German "handel*" (trade) read "handeln" and "es handelt sich"
(to act, it is about); the Portuguese "sanç*" (sanctions) read the Spanish prime minister Sánchez and
"hospita*" (hospital) "hospitalidade" (hospitality); the Arabic "عيد*" (a feast) read "بعيدا" (far away)
and "التجار*" (trade) "التجارب" (experiences); the Polish "mięs*" (meat) read "mieszkańców" (residents),
"miesięcy" (months) and "mieście" (a city); the Spanish, Italian and Portuguese "central*" (power station)
read every central bank and region; Korean prefixes, whose folded syllables are jamo, read a syllable with
a final consonant ("가스*", gas, read "가슴", chest). The entries are now the forms of the word,
a longer stem or "=" forms, and the topic index ends a Korean prefix where a syllable ends.

The first list holds words each language's entries must not read; the second, forms that must still give
their code; the third states real contacts.
"""

from __future__ import annotations

import pytest

from ingest.extract.lexicon import all_lexicons
from ingest.extract.phrases import PhraseIndex
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import fold_phrase, tokenize
from ingest.extract.topics import NamedPlace, Topic, build_topic_index
from tests.extract.rows import DocFactory, topic_codes

# Words (and short phrases) that no topic entry of the language may read: words that begin like an entry.
NOT_TOPICS = {
    "ru": "долго|долгое|долгих|выбор|сделать выбор|восстановить|энергичный|воинский|воинская часть|"
          "по отношению к|отношение",
    "de": "handeln|es handelt sich|handelte|Windsor|Beteiligung|unter Beteiligung von",
    "fr": "climatisation",
    "es": "central|Banco Central|América Central|papel central",
    "it": "centrale|Banca centrale|ruolo centrale|Doğan",
    "pt": "Pedro Sánchez|Sánchez|hospitalidade|Banco Central|governo central|sancionou a lei",
    "ar": "بعيدا|بعيد|التجارب|تبادل التجارب|الأمنيات",
    "fa": "تجارب|انتخاب|بعید است",
    "tr": "insanın|göçebe|Bayramov|Ceyhun Bayramov",
    "nl": "handelen|handelt|schuldig|centrale rol|Windsor|spoorloos|Brugge",
    "pl": "mieszkańców|w mieście|miesięcy|wybór|stosunkowo|w stosunku do|za pomocą|świętego|"
          "historyczna wizyta",
    "uk": "за допомогою|вибору|святий|Святослав",
    "el": "Γεώργιος|κύρωση|αγωγή",
    "he": "באזורי|אזורים",
    "ko": "가슴|수송|방언|비잔틴|구혼|물갈이|법칙|군산|통상적으로",
    "zh": "健康稳定发展",
}

# Forms that must still give their code (the entries written out).
TOPIC_WORDS = [
    ("ru", "войны", "conflict_ceasefire"), ("ru", "войне", "conflict_ceasefire"),
    ("ru", "долгов", "trade_economy"), ("ru", "госдолга", "trade_economy"),
    ("ru", "выборах", "domestic_politics_elections"), ("ru", "энергии", "energy"),
    ("ru", "отношений", "bilateral_relations"),
    ("de", "Handel", "trade_economy"), ("de", "Handelsabkommen", "trade_economy"),
    ("de", "Windkraft", "energy"), ("de", "Islamisten", "counterterrorism"),
    ("fr", "climatique", "climate_environment"),
    ("es", "central nuclear", "energy"), ("es", "centrales eléctricas", "energy"),
    ("it", "centrale nucleare", "energy"), ("it", "dogane", "trade_economy"),
    ("pt", "sanções", "sanctions"), ("pt", "hospitais", "health"), ("pt", "centrais elétricas", "energy"),
    ("ar", "التجارة", "trade_economy"), ("ar", "عيد الفطر", "ceremonial"),
    ("ar", "الأمني", "security_defense"),
    ("fa", "تجارت", "trade_economy"), ("fa", "انتخابات", "domestic_politics_elections"),
    ("tr", "göç", "migration_refugees"), ("tr", "Kurban Bayramı", "ceremonial"),
    ("tr", "insani", "humanitarian"),
    ("nl", "handelsakkoord", "trade_economy"), ("nl", "windpark", "energy"),
    ("nl", "kolencentrale", "energy"), ("nl", "spoorlijn", "infrastructure_transport"),
    ("pl", "wyborach", "domestic_politics_elections"), ("pl", "stosunki", "bilateral_relations"),
    ("pl", "mięsa", "food_agriculture"), ("pl", "pomocy", "humanitarian"), ("pl", "święto", "ceremonial"),
    ("uk", "вибори", "domestic_politics_elections"), ("uk", "допомогу", "humanitarian"),
    ("uk", "свято", "ceremonial"),
    ("el", "κυρώσεις", "sanctions"), ("el", "αγωγού", "energy"), ("el", "γεωργικά", "food_agriculture"),
    ("he", "האזורית", "regional_situation"),
    ("ko", "가스를", "energy"), ("ko", "수소", "energy"), ("ko", "구호", "humanitarian"),
    ("ko", "통상협상", "trade_economy"), ("ko", "법치", "human_rights_minorities"),
    ("zh", "公共卫生", "health"),
]


def _lexicon_index(lang: str) -> PhraseIndex[Topic | NamedPlace]:
    """The topic index of one language's lexicon."""
    lexicon = next(lex for lex in all_lexicons() if lang in (lex.lang, *lex.also))
    return build_topic_index([lexicon])


def _codes(lang: str, text: str) -> set[str]:
    """The topic codes the language's entries read in a word or phrase."""
    return {p.code for m in _lexicon_index(lang).find(tokenize(text)) for p in m.payloads
            if isinstance(p, Topic)}


@pytest.mark.parametrize(("lang", "word"), [(lang, word) for lang, words in NOT_TOPICS.items()
                                             for word in words.split("|")])
def test_a_word_beginning_like_an_entry_reads_no_topic(lang: str, word: str) -> None:
    assert not _codes(lang, word), word


@pytest.mark.parametrize(("lang", "word", "code"), TOPIC_WORDS)
def test_a_form_of_the_entry_gives_its_code(lang: str, word: str, code: str) -> None:
    assert code in _codes(lang, word)


def test_a_korean_verb_stem_still_takes_a_final_consonant_outside_the_topic_index() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add(fold_phrase("만나*"), "meet")
    assert [m.payloads for m in index.find(tokenize("만난"))] == [("meet",)]


# Vladimir Putin held talks with Xi Jinping in the Kremlin on 21 March 2023; Olaf Scholz received Emmanuel
# Macron in Hamburg on 9 October 2023; Giorgia Meloni met Joe Biden at the White House on 27 July 2023;
# Luiz Inacio Lula da Silva met Pedro Sanchez in Madrid on 26 April 2023.
LULA_SANCHEZ = ("O presidente Luiz Inácio Lula da Silva reuniu-se ontem em Madri com o presidente do governo "
                "espanhol, Pedro Sánchez, e agradeceu a hospitalidade.")
NOT_CODES = [
    ("ru", "2023-03-22", "Владимир Путин провел вчера в Кремле переговоры с Си Цзиньпином; переговоры шли "
     "долго.", "trade_economy"),
    ("de", "2023-10-10", "Bundeskanzler Olaf Scholz traf gestern in Hamburg den französischen Präsidenten "
     "Emmanuel Macron. Es handelt sich um ihr erstes Treffen in der Hansestadt.", "trade_economy"),
    ("it", "2023-07-28", "La presidente del Consiglio Giorgia Meloni ha incontrato ieri alla Casa Bianca il "
     "presidente Joe Biden; i due hanno parlato del ruolo centrale dell'Alleanza atlantica.", "energy"),
    ("pt", "2023-04-27", LULA_SANCHEZ, "sanctions"),
    ("pt", "2023-04-27", LULA_SANCHEZ, "health"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NOT_CODES)
def test_a_contact_with_a_word_that_shares_an_entrys_letters_gets_not_its_code(
        real: RuleExtractor, make_doc: DocFactory, lang: str, published: str, text: str, code: str) -> None:
    assert code not in topic_codes(real, make_doc, text, published, lang)
