"""Names of leaders as news in each language spell them: full names, surnames and Russian cases."""

from __future__ import annotations

import pytest

from ingest.gazetteer import Gazetteer


@pytest.mark.parametrize(("name", "leader"), [
    # German, French, Spanish and Turkish transliterations of Russian, Ukrainian and Arabic names.
    ("Wladimir Putin", "vladimir-putin"), ("Vladimir Poutine", "vladimir-putin"),
    ("Vladímir Putin", "vladimir-putin"), ("Selenskyj", "volodymyr-zelenskyy"),
    ("Mohammed ben Salmane", "mohammed-bin-salman"), ("Muhammed bin Selman", "mohammed-bin-salman"),
    ("Mouammar Kadhafi", "muammar-gaddafi"), ("Muammer Kaddafi", "muammar-gaddafi"),
    ("Hüsnü Mübarek", "hosni-mubarak"), ("Hosni Moubarak", "hosni-mubarak"),
    ("Petro Porochenko", "petro-poroshenko"), ("Viktor Ianoukovitch", "viktor-yanukovych"),
    ("Julija Tymoschenko", "yulia-tymoshenko"), ("Micheil Saakaschwili", "mikheil-saakashvili"),
    ("Meşal el-Ahmed el-Cabir es-Sabah", "mishal-al-ahmad-al-jaber-al-sabah"),
    ("Heysem bin Tarık", "haitham-bin-tariq"), ("Aleksis Çipras", "alexis-tsipras"),
    ("Şinzo Abe", "shinzo-abe"), ("Michel Sleiman", "michel-suleiman"),
    # Russian in its cases, Persian and Arabic.
    ("Ципрасом", "alexis-tsipras"), ("Юлии Тимошенко", "yulia-tymoshenko"), ("Дилмы Русеф", "dilma-rousseff"),
    ("Нури аль-Малики", "nouri-al-maliki"), ("ترزا می", "theresa-may"), ("شینزو آبه", "shinzo-abe"),
    ("ادوار فیلیپ", "edouard-philippe"), ("سيباستيان كورتس", "sebastian-kurz"),
])
def test_names_find_their_leader(gaz: Gazetteer, name: str, leader: str) -> None:
    assert leader in [ldr.id for ldr in gaz.by_alias(name)]


def test_most_newsworthy_leaders_have_every_script(gaz: Gazetteer) -> None:
    for lid in ("vladimir-putin", "recep-tayyip-erdogan", "emmanuel-macron", "donald-trump", "xi-jinping",
                "mohammed-bin-salman", "ali-khamenei", "benjamin-netanyahu", "volodymyr-zelenskyy"):
        assert {"ar", "fa", "ru"} <= set(gaz.names[lid]), lid


@pytest.mark.parametrize(("name", "leader"), [
    # The popes in every language, with the title; Russian in its cases (Лев -> Льва).
    ("Papa Francesco", "pope-francis"), ("Papa Francisco", "pope-francis"), ("pape François", "pope-francis"),
    ("Papst Franziskus", "pope-francis"), ("Папы Франциска", "pope-francis"),
    ("البابا فرنسيس", "pope-francis"),
    ("پاپ فرانسیس", "pope-francis"), ("Papa Franciscus", "pope-francis"), ("papa Bergoglio", "pope-francis"),
    ("Papa Leone XIV", "pope-leo-xiv"), ("Papa Leão XIV", "pope-leo-xiv"), ("papa Leone", "pope-leo-xiv"),
    ("Льва XIV", "pope-leo-xiv"), ("папой Львом XIV", "pope-leo-xiv"), ("البابا لاوون", "pope-leo-xiv"),
    ("Benedetto XVI", "pope-benedict-xvi"), ("Bento XVI", "pope-benedict-xvi"),
    ("Giovanni Paolo II", "pope-john-paul-ii"), ("Иоанна Павла II", "pope-john-paul-ii"),
    # Monarchs' titles and names in Italian and Portuguese.
    ("re Carlo III", "charles-iii"), ("rei Charles III", "charles-iii"), ("Elisabetta II", "elizabeth-ii"),
    ("rainha Isabel II", "elizabeth-ii"), ("re Salman", "salman-bin-abdulaziz-al-saud"),
    ("emiro Tamim", "tamim-bin-hamad-al-thani"), ("Filipe VI", "felipe-vi"),
    ("Boris Eltsin", "boris-yeltsin"),
])
def test_names_in_italian_portuguese_and_the_popes(gaz: Gazetteer, name: str, leader: str) -> None:
    assert [ldr.id for ldr in gaz.by_alias(name)] == [leader]


def test_a_papal_name_alone_is_only_a_surname_form(gaz: Gazetteer) -> None:
    assert gaz.is_short("pope-francis", "Francesco") and gaz.is_short("pope-leo-xiv", "Leão")
    assert not gaz.is_short("pope-francis", "Papa Francesco")
