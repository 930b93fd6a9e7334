"""Ukrainian and Polish case forms of leaders' names, made by rule (ingest.gazetteer.uk and .pl)."""

from __future__ import annotations

import pytest

from ingest.gazetteer import Gazetteer
from ingest.gazetteer import pl as pl_cases
from ingest.gazetteer import uk as uk_cases
from ingest.gazetteer.ru import Gender


@pytest.mark.parametrize(("word", "gender", "forms"), [
    ("Зеленський", "m", {"Зеленського", "Зеленському", "Зеленським"}),   # adjective surname
    ("Путін", "m", {"Путіна", "Путіну", "Путіним", "Путінові"}),          # -ін takes -им
    ("Шольц", "m", {"Шольца", "Шольцу", "Шольцем"}),                     # -ем after ц
    ("Макрон", "m", {"Макрона", "Макрону", "Макроном", "Макронові"}),
    ("Лукашенко", "m", {"Лукашенка", "Лукашенку", "Лукашенком"}),        # Ukrainian declines -ко
    ("Дуда", "m", {"Дуди", "Дуді", "Дуду", "Дудою"}),
    ("Сергій", "m", {"Сергія", "Сергію", "Сергієм"}),
    ("Емманюель", "m", {"Емманюеля", "Емманюелем"}),
    ("Джорджа", "f", {"Джорджі", "Джорджу", "Джорджею"}),
    ("Юлія", "f", {"Юлії", "Юлію", "Юлією"}),
])
def test_ukrainian_cases(word: str, gender: Gender, forms: set[str]) -> None:
    assert forms <= set(uk_cases.decline_word(word, gender))


@pytest.mark.parametrize(("word", "gender"), [
    ("Мелоні", "f"), ("Моді", "m"), ("Санду", "f"), ("Меркель", "f"), ("Свириденко", "f"), ("фон", "m"),
])
def test_ukrainian_words_that_do_not_decline(word: str, gender: Gender) -> None:
    assert uk_cases.decline_word(word, gender) == [word]


@pytest.mark.parametrize(("word", "gender", "forms"), [
    ("Zełenski", "m", {"Zełenskiego", "Zełenskiemu", "Zełenskim"}),
    ("Putin", "m", {"Putina", "Putinowi", "Putinem", "Putinie"}),
    ("Scholz", "m", {"Scholza", "Scholzem"}),
    ("Tusk", "m", {"Tuska", "Tuskowi", "Tuskiem", "Tusku"}),           # -iem after k
    ("Jinping", "m", {"Jinpinga", "Jinpingiem"}),
    ("Duda", "m", {"Dudy", "Dudzie", "Dudę", "Dudą"}),                   # d -> dzie
    ("Łukaszenka", "m", {"Łukaszenki", "Łukaszence", "Łukaszenkę", "Łukaszenką"}),
    ("Giorgia", "f", {"Giorgii", "Giorgię", "Giorgią"}),
    ("Donald", "m", {"Donalda", "Donaldem", "Donaldzie"}),
])
def test_polish_cases(word: str, gender: Gender, forms: set[str]) -> None:
    assert forms <= set(pl_cases.decline_word(word, gender))


@pytest.mark.parametrize(("word", "gender"), [
    ("Meloni", "f"), ("Rutte", "m"), ("Szydło", "f"), ("Netanjahu", "m"), ("Merkel", "f"), ("von", "m"),
])
def test_polish_words_that_do_not_decline(word: str, gender: Gender) -> None:
    assert pl_cases.decline_word(word, gender) == [word]


def test_every_word_of_a_full_name_takes_the_same_case() -> None:
    assert "Володимира Зеленського" in uk_cases.decline_name("Володимир Зеленський", "m")
    assert "Урсулою фон дер Ляєн" in uk_cases.decline_name("Урсула фон дер Ляєн", "f")
    assert "Wołodymyrem Zełenskim" in pl_cases.decline_name("Wołodymyr Zełenski", "m")
    assert "Andrzejem Dudą" in pl_cases.decline_name("Andrzej Duda", "m")
    # a case of the first name with the surname in another is no form of the name
    assert "Wołodymyrem Zełenskiego" not in pl_cases.decline_name("Wołodymyr Zełenski", "m")


@pytest.mark.parametrize(("form", "leader"), [
    ("Зеленського", "volodymyr-zelenskyy"),
    ("Володимиром Зеленським", "volodymyr-zelenskyy"),
    ("Путіним", "vladimir-putin"),
    ("Реджепом Тайїпом Ердоганом", "recep-tayyip-erdogan"),
    ("Сі Цзіньпіном", "xi-jinping"),
    ("Лукашенком", "alexander-lukashenko"),
    ("Джорджею Мелоні", "giorgia-meloni"),
    ("Руменом Радевим", "rumen-radev"),
    ("Zełenskiego", "volodymyr-zelenskyy"),
    ("Zelenskiego", "volodymyr-zelenskyy"),   # the ASCII spelling declines too
    ("Władimirem Putinem", "vladimir-putin"),
    ("Donaldem Tuskiem", "donald-tusk"),
    ("Andrzejem Dudą", "andrzej-duda"),
    ("Aleksandrem Łukaszenką", "alexander-lukashenko"),
    ("Vladimir Poetin", "vladimir-putin"),
])
def test_the_gazetteer_resolves_ukrainian_polish_and_dutch_forms(gaz: Gazetteer, form: str,
                                                                   leader: str) -> None:
    assert [ldr.id for ldr in gaz.by_alias(form)] == [leader]
