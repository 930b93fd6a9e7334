"""Round twelve: the topic words of the newest lexicons, ro sv cs sh hu bg az (r12-topics).

The first list states a real contact with a word form this round added to a code: the Swedish compounds
and genitive of NATO ("Natoanslutningen", "Natos"), weapon compounds now written out ("vapenleveranser"),
the PKK as a terrorist organisation, the Croatian "žita" (grain) and locative "obnovi" (reconstruction),
Serbian trade turnover ("robni promet"), Hungarian roads ("közúti"), Romanian power stations and
"colaborarea" and the Czech "obnově"; each gave no such code before. The second list states a contact
with a word that began like an entry and read as one: the Hungarian "után" (after) and "utazás"
(travel) as roads, "alapján" (on the basis of) as a fund, "kapcsolatban" (in this regard) as relations;
the Czech "podnikl" (undertook) as business; the Bulgarian "дългосрочно" (long-term) as debt and
"здрави" (solid) as health; the Azerbaijani "bazar ertəsi" (Monday) as a market. The third holds, per
language, common words that no topic entry may match at all (the Azerbaijani foreign minister Bayramov
was a holiday, "bayram").
"""

from __future__ import annotations

import pytest

from ingest.extract.lexicon import all_lexicons
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from ingest.extract.topics import Topic, build_topic_index
from tests.extract.rows import DocFactory, topic_codes

NEW_WORDS = [
    # Ulf Kristersson and Recep Tayyip Erdogan met in Vilnius on 10 July 2023, on the eve of NATO's summit
    ("sv", "2023-07-11", "Statsminister Ulf Kristersson träffade Turkiets president Recep Tayyip Erdoğan i "
     "Vilnius och talade om Natoanslutningen.", "security_defense"),
    ("sv", "2023-07-11", "Statsminister Ulf Kristersson träffade Turkiets president Recep Tayyip Erdoğan i "
     "Vilnius. De talade om Natos utvidgning, om Natos framtid och om alliansens toppmöte.",
     "multilateral_diplomacy"),
    # Magdalena Andersson and Recep Tayyip Erdogan spoke by phone on 21 May 2022 about Sweden's application
    ("sv", "2022-05-22", "Statsminister Magdalena Andersson talade i telefon med Turkiets president Recep "
     "Tayyip Erdoğan om PKK.", "counterterrorism"),
    # Ulf Kristersson and Volodymyr Zelensky met in Stockholm on 31 May 2024
    ("sv", "2024-06-01", "Statsminister Ulf Kristersson träffade Ukrainas president Volodymyr Zelenskyj i "
     "Stockholm och talade om nya vapenleveranser.", "security_defense"),
    # Andrej Plenkovic and Volodymyr Zelensky met in Dubrovnik on 9 October 2024
    ("hr", "2024-10-10", "Premijer Andrej Plenković sastao se u Dubrovniku s ukrajinskim predsjednikom "
     "Volodimirom Zelenskim te su razgovarali o izvozu žita.", "food_agriculture"),
    ("hr", "2024-10-10", "Premijer Andrej Plenković sastao se u Dubrovniku s ukrajinskim predsjednikom "
     "Volodimirom Zelenskim te su razgovarali o obnovi ukrajinskih elektrana.", "reconstruction"),
    # Aleksandar Vucic and Viktor Orban, neighbours' leaders, meet often
    ("sr", "2024-05-10", "Predsednik Aleksandar Vučić sastao se sa mađarskim premijerom Viktorom Orbanom i "
     "razgovarali su o robnom prometu dve zemlje.", "trade_economy"),
    ("hu", "2024-05-10", "Orbán Viktor miniszterelnök találkozott Aleksandar Vučić szerb elnökkel, és a "
     "közúti összeköttetésekről tárgyaltak.", "infrastructure_transport"),
    # Klaus Iohannis and Volodymyr Zelensky met in Bucharest on 10 October 2023
    ("ro", "2023-10-11", "Președintele Klaus Iohannis s-a întâlnit la București cu președintele Volodimir "
     "Zelenski și au discutat despre colaborarea dintre cele două țări.", "bilateral_relations"),
    ("ro", "2023-10-11", "Președintele Klaus Iohannis s-a întâlnit la București cu președintele Volodimir "
     "Zelenski și au discutat despre centralele electrice ale Ucrainei, lovite de atacurile rusești.",
     "energy"),
    # Petr Fiala and Volodymyr Zelensky met in Prague on 6 July 2023
    ("cs", "2023-07-07", "Premiér Petr Fiala se v Praze setkal s ukrajinským prezidentem Volodymyrem "
     "Zelenským a hovořili o poválečné obnově Ukrajiny.", "reconstruction"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NEW_WORDS)
def test_a_word_form_of_the_field_gives_its_code(real: RuleExtractor, make_doc: DocFactory, lang: str,
                                                 published: str, text: str, code: str) -> None:
    assert code in topic_codes(real, make_doc, text, published, lang)


NOT_CODES = [
    # Viktor Orban and Recep Tayyip Erdogan met in Budapest on 18 December 2023
    ("hu", "2023-12-19", "Orbán Viktor miniszterelnök a sajtótájékoztató után Budapesten fogadta Recep "
     "Tayyip Erdoğan török elnököt.", "infrastructure_transport"),
    ("hu", "2023-12-19", "Orbán Viktor miniszterelnök utazása előtt Budapesten fogadta Recep Tayyip Erdoğan "
     "török elnököt.", "infrastructure_transport"),
    ("hu", "2023-12-19", "Orbán Viktor miniszterelnök Budapesten fogadta Recep Tayyip Erdoğan török elnököt; "
     "a közös nyilatkozat alapján a felek egyeztettek.", "investment"),
    ("hu", "2023-12-19", "Orbán Viktor miniszterelnök Budapesten fogadta Recep Tayyip Erdoğan török elnököt; "
     "ezzel kapcsolatban nem nyilatkozott.", "bilateral_relations"),
    # Petr Fiala met Volodymyr Zelensky in Kyiv on 15 March 2022
    ("cs", "2022-03-16", "Premiér Petr Fiala podnikl cestu do Kyjeva, kde se setkal s prezidentem "
     "Volodymyrem Zelenským.", "trade_economy"),
    # Rumen Radev and Volodymyr Zelensky met in Sofia on 6 July 2023
    ("bg", "2023-07-07", "Президентът Румен Радев се срещна в София с украинския президент Володимир "
     "Зеленски и обсъдиха дългосрочното партньорство.", "trade_economy"),
    ("bg", "2023-07-07", "Президентът Румен Радев се срещна в София с украинския президент Володимир "
     "Зеленски и говориха за здрави връзки между двете страни.", "health"),
    # Ilham Aliyev and Recep Tayyip Erdogan met in Nakhchivan on Monday, 25 September 2023
    ("az", "2023-09-26", "Prezident İlham Əliyev bazar ertəsi Naxçıvanda Türkiyə Prezidenti Rəcəb Tayyib "
     "Ərdoğan ilə görüşüb.", "trade_economy"),
]


@pytest.mark.parametrize(("lang", "published", "text", "code"), NOT_CODES)
def test_a_word_beginning_like_an_entry_gives_not_its_code(real: RuleExtractor, make_doc: DocFactory,
                                                           lang: str, published: str, text: str,
                                                           code: str) -> None:
    assert code not in topic_codes(real, make_doc, text, published, lang)


# Common words that no topic entry of the language may match: words beginning like an entry, and the
# airport a visitor lands at (its setting, as round eight found for the older lexicons).
COMMON_WORDS = {
    "sv": "i anslutning till|veteran|veteraner|språkrör|språkröret|flygplatsen|på Arlanda flygplats",
    "hu": "repülőtéren|a repülőtérre|után|utána|utazás|utazott|utolsó|útján|alapján|alapvető|hiteles|"
          "szövetségi kancellár|kapcsolatban|kapcsolatos|ünnepélyes fogadtatás|beiktatás",
    "ro": "aeroportul|pe aeroportul Otopeni|autoritățile centrale|Banca Centrală|pe termen mediu|emisiune|"
          "emisar|naval",
    "cs": "na letišti|letiště|podnikl|podnikla|podniknout|historická návštěva|obnovení dialogu",
    "hr": "u okolini Kijeva|izbor|urodilo|povijesni posjet|Banja Luka|Banjaluka",
    "sr": "istorijski dan|okolina|izbor|na aerodromu|aerodrom",
    "bg": "дългосрочно|дълго|дългогодишен|здрави|електронна|сто години|летището|летище|клетва",
    "az": "bazar ertəsi|bazar günü|Ceyhun Bayramov|Bayramov",
}


@pytest.mark.parametrize("lang", sorted(COMMON_WORDS))
def test_no_topic_entry_matches_a_common_word(lang: str) -> None:
    lexicon = next(lex for lex in all_lexicons() if lang in (lex.lang, *lex.also))
    index = build_topic_index([lexicon])
    for word in COMMON_WORDS[lang].split("|"):
        tokens = tokenize(word)
        hits = [p for m in index.find(tokens) for p in m.payloads if isinstance(p, Topic)]
        assert not hits, (word, hits)
