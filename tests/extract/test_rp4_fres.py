"""Real-press review, round four, French and Spanish: word classes and rules real pages showed.

Sentences we wrote ourselves about real contacts (leaders in office on the day, or out of office where the
test says so); see EXTRACTION.md, "Real-press review, round four: French and Spanish".
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def test_reciprocal_consulting_is_a_talk(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "se sont concertés" (consulted each other), like "se sont entretenus": the two kings did, on 12 March
    # 2020, about the closing of the sea links
    text = ("Le 12 mars 2020, le roi Mohammed VI et le roi Felipe VI se sont concertés au sujet de la "
            "suspension des liaisons maritimes.")
    assert pair_rows(real, make_doc, text, "2020-03-13", "fr") == [
        ("ESP-MAR", "in_person", "2020-03-12", "occurred")]


def test_upcoming_meetings_are_plans(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "à venir" (to come) marks the meetings a list announces (Charles III's state visit of September 2023)
    text = "Les rencontres à venir : Emmanuel Macron et Charles III à Versailles."
    assert [row[3] for row in pair_rows(real, make_doc, text, "2023-09-01", "fr")] == ["planned"]


def test_getting_in_touch_is_a_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Spanish "se comunicó con" (got in touch with): López Obrador and Biden spoke on 30 April 2023
    text = ("El presidente Andrés Manuel López Obrador se comunicó el domingo con Joe Biden para hablar de "
            "migración.")
    assert pair_rows(real, make_doc, text, "2023-05-01", "es") == [
        ("MEX-USA", "phone", "2023-04-30", "occurred")]


def test_a_middle_name_between_a_leaders_given_name_and_surname(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # "Faure Essozimna Gnassingbé": his own given name before the middle name we do not know (he lunched
    # with Macron in Paris on 9 April 2021); another given name before the surname is still another man
    text = "Faure Essozimna Gnassingbé s'est entretenu vendredi à Paris avec Emmanuel Macron."
    assert pair_rows(real, make_doc, text, "2021-04-10", "fr") == [
        ("FRA-TGO", "in_person", "2021-04-09", "occurred")]
    text = "Le ministre Kpatcha Gnassingbé a rencontré vendredi Emmanuel Macron."
    assert pair_rows(real, make_doc, text, "2021-04-10", "fr") == []


def test_a_subject_pronoun_is_the_one_leader_named_just_before(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # The story opens on a meeting with Putin that did not happen; "il" in the third sentence is Berset, the
    # one leader the second names, who met Trump, Merkel and May at Davos in January 2018
    text = ("La rencontre avec Vladimir Poutine n'a finalement pas eu lieu, faute de temps. Alain Berset a "
            "reçu de nombreux dirigeants au cours de l'année. En janvier, à Davos, il a rencontré Donald "
            "Trump, Angela Merkel et Theresa May.")
    assert {row[0] for row in pair_rows(real, make_doc, text, "", "fr")} == {"CHE-USA", "CHE-DEU",
                                                                             "CHE-GBR"}


def test_a_president_elect_in_apposition_stays_out_of_office(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # "Donald Trump, presidente electo ..." on a page with no day: no leader then, in that sentence and when
    # the page names him again (the calls of November 2024)
    cases = [
        ("Nayib Bukele felicitó por teléfono a Donald Trump, presidente electo estadounidense, el jueves. "
         "Luego Bukele habló con Trump de seguridad.", "es"),
        ("Justin Trudeau s'est entretenu par téléphone avec Donald Trump, président élu des États-Unis. "
         "Trudeau a aussi félicité Trump pour sa victoire.", "fr"),
    ]
    for text, lang in cases:
        assert pair_rows(real, make_doc, text, "", lang) == [], lang
    # a dated page still reads his office by the day
    text = "Justin Trudeau s'est entretenu par téléphone avec Donald Trump, président élu des États-Unis."
    assert pair_rows(real, make_doc, text, "2024-11-07", "fr") == []


def test_the_first_call_of_a_planned_call_is_that_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "..., en su primera conversación con ...": the call to come told again, no call held (Trump's call
    # with Bukele, announced for 23 January 2025)
    cases = [
        "Donald Trump sostendrá el jueves una llamada con su homólogo de El Salvador, Nayib Bukele, en su "
        "primera conversación con un jefe de Estado extranjero desde la investidura.",
        "El jueves Trump conversará por teléfono con Nayib Bukele, presidente de El Salvador, en la primera "
        "llamada "
        "que hace a un líder extranjero en este mandato.",
    ]
    for text in cases:
        assert [row[3] for row in pair_rows(real, make_doc, text, "", "es")] == ["planned"], text


def test_a_counterpart_in_apposition_to_the_one_leader_named(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # On a page with no day the bare "le chef de l'État" names no one; "son homologue béninois, Patrice
    # Talon" is Talon himself, the partner of the leader the story follows (Gnassingbé and Talon talked at
    # the African Union summit in January 2018), as when no counterpart word stands before the name
    text = ("Faure Gnassingbé est à Addis-Abeba pour le sommet de l'Union africaine. Le chef de l'État s'est "
            "entretenu dimanche avec son homologue béninois, Patrice Talon.")
    assert {row[0] for row in pair_rows(real, make_doc, text, "", "fr")} == {"BEN-TGO"}


def test_a_council_of_ministers_in_a_title_is_no_minister(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "presidente del Consejo de Estado y de Ministros, X": the ministers are the council's, X holds the
    # title (Díaz-Canel met Sánchez at the UN in New York in September 2018)
    text = ("El presidente del Consejo de Estado y de Ministros de Cuba, Miguel Díaz-Canel, se reunió en "
            "Nueva York con Pedro Sánchez.")
    assert {row[0] for row in pair_rows(real, make_doc, text, "", "es")} == {"CUB-ESP"}
