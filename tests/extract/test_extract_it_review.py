"""A review of Italian press usage (ANSA, Corriere, Repubblica), carried to French: reports we wrote."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
          lang: str = "it") -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, lang)


def test_the_agent_after_a_passive_is_no_name_particle(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "ricevuta da Trump" (received by Trump): "da" is the preposition, not the "da" of "Lula da Silva".
    # Meloni was at the White House on 17 April 2025; Xi on his state visit to Paris on 6 May 2024.
    for where in ("a Washington", "alla Casa Bianca"):
        text = f"La premier Giorgia Meloni è stata ricevuta {where} da Trump."
        assert _rows(real, make_doc, text, "2025-04-17") == [("ITA-USA", "in_person", "2025-04-17",
                                                              "occurred")]
    text = "Il presidente cinese Xi Jinping è stato accolto all'Eliseo da Macron."
    assert _rows(real, make_doc, text, "2024-05-06") == [("CHN-FRA", "in_person", "2024-05-06", "occurred")]
    # the particle inside a name still binds: "Lula da Silva" is Lula, no other "Silva"
    text = "Il presidente Luiz Inácio Lula da Silva ha incontrato Meloni a Roma."
    assert _rows(real, make_doc, text, "2023-06-21") == [("BRA-ITA", "in_person", "2023-06-21", "occurred")]


def test_a_phone_talk_is_longer_than_the_talk_it_holds(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "ha avuto un colloquio telefonico con" (Trump and Putin spoke on 12 February 2025) is a call, not the
    # meeting "ha avuto un colloquio" would make of it.
    text = "Il presidente americano Donald Trump ha avuto un colloquio telefonico con Vladimir Putin."
    assert _rows(real, make_doc, text, "2025-02-12") == [("RUS-USA", "phone", "2025-02-12", "occurred")]


def test_the_pope_by_his_title_alone(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "il Papa", "il Pontefice": the Holy See's one head. Zelensky was in the Vatican on 13 May 2023; Biden
    # met Pope Francis at the G7 in Puglia on 14 June 2024; Milei was received on 12 February 2024.
    text = "Il Papa ha ricevuto in Vaticano il presidente ucraino Volodymyr Zelensky."
    assert _rows(real, make_doc, text, "2023-05-13") == [("UKR-VAT", "in_person", "2023-05-13", "occurred")]
    text = "Il Pontefice ha incontrato il presidente americano Joe Biden a margine del G7 in Puglia."
    assert _rows(real, make_doc, text, "2024-06-14") == [("USA-VAT", "in_person", "2024-06-14", "occurred")]
    text = "Le souverain pontife a reçu le président argentin Javier Milei au Vatican."
    assert _rows(real, make_doc, text, "2024-02-12", "fr") == [
        ("ARG-VAT", "in_person", "2024-02-12", "occurred")]


def test_a_summit_between_two_is_their_meeting(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "vertice tra X e Y", "sommet entre X et Y": Tebboune in Rome on 23 July 2025, Macron at Palazzo Chigi
    # on 3 June 2025.
    text = "Vertice tra la premier Meloni e il presidente algerino Tebboune a Villa Doria Pamphilj."
    assert _rows(real, make_doc, text, "2025-07-23") == [("DZA-ITA", "in_person", "2025-07-23", "occurred")]
    text = "Sommet entre Emmanuel Macron et Giorgia Meloni au palais Chigi à Rome."
    assert _rows(real, make_doc, text, "2025-06-03", "fr") == [
        ("FRA-ITA", "in_person", "2025-06-03", "occurred")]


def test_the_press_forms_of_sisi_and_abbas(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "al Sisi", "al-Sisi" (Meloni in Cairo on 17 March 2024), "Abou Mazen" (Macron in Ramallah on 24
    # October 2023).
    for name in ("al Sisi", "al-Sisi"):
        text = f"La premier Meloni ha incontrato {name} al Cairo."
        assert _rows(real, make_doc, text, "2024-03-17") == [("EGY-ITA", "in_person", "2024-03-17",
                                                              "occurred")]
    text = "Giorgia Meloni a rencontré al-Sissi au Caire."
    assert _rows(real, make_doc, text, "2024-03-17", "fr") == [
        ("EGY-ITA", "in_person", "2024-03-17", "occurred")]
    text = "Le président Macron s'est rendu à Ramallah, où il a rencontré Abou Mazen."
    assert _rows(real, make_doc, text, "2023-10-24", "fr") == [
        ("FRA-PSE", "in_person", "2023-10-24", "occurred")]


def test_a_background_call_in_the_pluperfect(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Trump and Putin met in Anchorage on 15 August 2025; they had spoken by phone in February.
    text = "Trump ha incontrato Putin ad Anchorage. I due si erano sentiti al telefono a febbraio."
    assert _rows(real, make_doc, text, "2025-08-15") == [("RUS-USA", "in_person", "2025-08-15", "occurred"),
                                                         ("RUS-USA", "phone", "2025-02", "occurred")]


def test_a_monarch_by_his_title_reigns_in_his_own_crown(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Charles III was on a state visit to Italy on 7 April 2025: "il sovrano" after "Re Carlo III" is the
    # British king, not one of the realms his crown comes with (Antigua first by its code).
    text = ("Re Carlo III è arrivato a Roma per una visita di Stato. Il sovrano è stato ricevuto al "
            "Quirinale dal presidente Mattarella.")
    assert _rows(real, make_doc, text, "2025-04-07") == [("GBR-ITA", "in_person", "2025-04-07", "occurred")]


def test_the_seat_of_government_is_a_place_like_a_capital(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "ha parlato con Meloni a Palazzo Chigi": in one room, as "a Roma" (Macron in Rome on 3 June 2025),
    # where "ha parlato" alone is a call; and "Palazzo Chigi ha fatto sapere che la premier ..." is Italy's.
    text = "Il presidente francese Emmanuel Macron ha parlato con Giorgia Meloni a Palazzo Chigi."
    assert _rows(real, make_doc, text, "2025-06-03") == [("FRA-ITA", "in_person", "2025-06-03", "occurred")]
    # (Meloni and Biden met at the G20 in Bali on 15 November 2022)
    text = "Palazzo Chigi ha fatto sapere che la premier ha incontrato il presidente americano Biden a Bali."
    assert _rows(real, make_doc, text, "2022-11-15") == [("ITA-USA", "in_person", "2022-11-15", "occurred")]


def test_a_day_right_after_a_relative_year(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Meloni was in Kyiv on 21 February 2023 and again on 24 February 2024: "L'anno scorso, il 21 febbraio"
    # is 2023's day, also in English and French.
    for lang, text in (
            ("it", "L'anno scorso, il 21 febbraio, la premier Meloni aveva incontrato Zelensky a Kiev."),
            ("en", "Last year, on 21 February, Meloni had met Zelensky in Kyiv."),
            ("fr", "L'an dernier, le 21 février, Giorgia Meloni avait rencontré Zelensky à Kiev.")):
        got = _rows(real, make_doc, text, "2024-02-24", lang)
        assert ("ITA-UKR", "in_person", "2023-02-21", "occurred") in got, lang
