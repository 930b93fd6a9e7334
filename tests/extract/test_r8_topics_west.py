"""Round eight: topic keywords of en de fr es it pt nl pl, one sentence each (our own words).

Each sentence names a topic with a word the lists gained this round (or must no longer give a topic with a
word they lost), read by the topic index in its own language as `contacts` reads a contact's sentences.
"""

from __future__ import annotations

import pytest

from ingest.extract.lexicon import all_lexicons
from ingest.extract.phrases import PhraseIndex
from ingest.extract.tokens import tokenize
from ingest.extract.topics import NamedPlace, Topic, build_topic_index, topics_and_places


@pytest.fixture(scope="module")
def index() -> PhraseIndex[Topic | NamedPlace]:
    return build_topic_index(all_lexicons())


def _codes(index: PhraseIndex[Topic | NamedPlace], lang: str, text: str) -> set[str]:
    tokens = tokenize(text)
    counts, _ = topics_and_places(index, tokens, [(0, len(tokens))], lang)
    return set(counts)


GIVEN = [
    # sovereignty: claims, disputed waters, occupation, secession
    ("en", "The two leaders discussed the overlapping claims in the South China Sea.",
     "sovereignty_territorial_integrity"),
    ("de", "Beide sprachen über die Gebietsansprüche der Separatisten.", "sovereignty_territorial_integrity"),
    ("fr", "Ils ont évoqué les revendications territoriales et la sécession de la province.",
     "sovereignty_territorial_integrity"),
    ("es", "Hablaron de la reclamación territorial sobre las Malvinas.", "sovereignty_territorial_integrity"),
    ("it", "Hanno discusso dell'occupazione e delle rivendicazioni territoriali.",
     "sovereignty_territorial_integrity"),
    ("pt", "Os presidentes trataram da ocupação e da autodeterminação do território.",
     "sovereignty_territorial_integrity"),
    ("nl", "De premiers spraken over de bezetting en het zelfbeschikkingsrecht.",
     "sovereignty_territorial_integrity"),
    ("pl", "Prezydenci rozmawiali o sporach terytorialnych i separatystach.",
     "sovereignty_territorial_integrity"),
    # conflict: the war in Ukraine, fighting, mediation, peace accords
    ("en", "They spoke about Ukraine and the shelling along the front line.", "conflict_ceasefire"),
    ("de", "Im Gespräch ging es um die Kämpfe in der Ostukraine und eine Verhandlungslösung.",
     "conflict_ceasefire"),
    ("fr", "Les deux présidents ont parlé de l'Ukraine et d'une médiation entre les belligérants.",
     "conflict_ceasefire"),
    ("es", "Los mandatarios abordaron los combates y un acuerdo de paz.", "conflict_ceasefire"),
    ("it", "Hanno parlato dei combattimenti e della mediazione tra le parti.", "conflict_ceasefire"),
    ("pt", "Discutiram os combates na linha da frente e um acordo de paz.", "conflict_ceasefire"),
    ("nl", "Zij bespraken de gevechten in Oekraïne en de bemiddeling.", "conflict_ceasefire"),
    ("pl", "Przywódcy rozmawiali o Ukrainie i o porozumieniu pokojowym.", "conflict_ceasefire"),
    # sanctions without the word "sanctions"
    ("en", "They discussed export controls and the frozen assets of the central bank.", "sanctions"),
    ("de", "Thema waren auch Strafmaßnahmen und Exportkontrollen.", "sanctions"),
    ("fr", "Ils ont évoqué le gel des avoirs et les mesures restrictives.", "sanctions"),
    ("es", "El presidente pidió el fin del embargo comercial y de las medidas coercitivas.", "sanctions"),
    ("it", "Si è parlato delle misure restrittive e dei beni congelati.", "sanctions"),
    ("pt", "Falaram das medidas restritivas e do congelamento de ativos.", "sanctions"),
    ("nl", "Ook de strafmaatregelen en de bevroren tegoeden kwamen aan bod.", "sanctions"),
    ("pl", "Omówiono restrykcje i kontrolę eksportu.", "sanctions"),
    # investment as a verb, food and farming beyond grain
    ("de", "Der Konzern investiert Milliarden, Direktinvestitionen sollen folgen.", "investment"),
    ("es", "La empresa invertirá en el país con capital extranjero.", "investment"),
    ("pt", "O fundo investe no país e atrai capital estrangeiro.", "investment"),
    ("en", "The deal covers fisheries, livestock and soybeans.", "food_agriculture"),
    ("fr", "L'accord couvre la pêche, l'élevage et les produits agricoles.", "food_agriculture"),
    ("it", "L'intesa riguarda la pesca, l'allevamento e i prodotti agricoli.", "food_agriculture"),
    # disasters are humanitarian, condolences ceremonial, repression human rights
    ("en", "He offered help to the victims of the earthquake.", "humanitarian"),
    ("es", "Ofreció socorro a los damnificados del terremoto.", "humanitarian"),
    ("it", "Ha espresso il cordoglio per le vittime dell'alluvione.", "ceremonial"),
    ("fr", "Il a dénoncé la répression des opposants et la torture.", "human_rights_minorities"),
    ("pt", "Falaram da repressão e da liberdade de expressão.", "human_rights_minorities"),
    # drug cartels are security
    ("es", "Acordaron combatir el narcotráfico y el crimen organizado.", "security_defense"),
    ("en", "They agreed to fight drug trafficking and the cartels.", "security_defense"),
    # crisis theatres are the regional situation
    ("en", "They also discussed North Korea and the situation in Haiti.", "regional_situation"),
    ("it", "Hanno discusso della penisola coreana e del Mar Rosso.", "regional_situation"),
]


@pytest.mark.parametrize(("lang", "text", "code"), GIVEN)
def test_new_keyword_gives_its_code(index: PhraseIndex[Topic | NamedPlace], lang: str, text: str,
                                    code: str) -> None:
    assert code in _codes(index, lang, text)


NOT_GIVEN = [
    # words that only looked like a topic's: however, ready, the capital, corn/but, respectively, truce
    ("es", "Sin embargo, el presidente llegó a la capital el martes.", "sanctions"),
    ("es", "Sin embargo, el presidente llegó a la capital el martes.", "investment"),
    ("fr", "Il s'est dit prêt à revenir, mais sans date.", "trade_economy"),
    ("fr", "Il s'est dit prêt à revenir, mais sans date.", "food_agriculture"),
    ("fr", "Le souverain a reçu son hôte en Asie centrale.", "energy"),
    ("fr", "Le souverain a reçu son hôte en Asie centrale.", "sovereignty_territorial_integrity"),
    ("de", "Die Waffenruhe hält, beziehungsweise sie hielt bis gestern.", "security_defense"),
    ("de", "Die Waffenruhe hält, beziehungsweise sie hielt bis gestern.", "bilateral_relations"),
    ("it", "I due leader sono stati visti insieme a Roma.", "bilateral_relations"),
    ("en", "He told journalists after the inauguration that democracy would win.", "human_rights_minorities"),
    ("en", "He told journalists after the inauguration that democracy would win.",
     "domestic_politics_elections"),
]


@pytest.mark.parametrize(("lang", "text", "code"), NOT_GIVEN)
def test_ambiguous_word_gives_no_code(index: PhraseIndex[Topic | NamedPlace], lang: str, text: str,
                                      code: str) -> None:
    assert code not in _codes(index, lang, text)


def test_a_longer_phrase_does_not_hide_a_shorter_topic(index: PhraseIndex[Topic | NamedPlace]) -> None:
    """The war in Gaza is both the war and the place: no compound phrase takes the place word alone."""
    codes = _codes(index, "de", "Sie sprachen über den Gaza-Krieg.")
    assert {"conflict_ceasefire", "regional_situation"} <= codes
