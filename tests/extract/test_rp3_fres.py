"""Real-press review, round three, French and Spanish: constructions of real pages our sets lacked.

Sentences we wrote ourselves about real contacts (leaders in office on the day); see EXTRACTION.md,
"Real-press review, round three: French and Spanish".
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def test_a_bare_home_title_with_the_home_leader_as_its_partner(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # A Tunisian page: "le chef de l'Etat" is Kaïs Saïed, named before, when the sentence it opens names the
    # French president after it as his partner ("son homologue français"), even though a headline named
    # Macron first. Saïed met Macron and Ghazouani at the EU-AU summit in Brussels on 17 February 2022.
    # The talks the sentence lists go on from talks at the summit told just before: held there, in person.
    text = ("Saïed rencontre Macron à Bruxelles\n\n"
            "Le président Kaïs Saïed a eu jeudi des discussions en marge du sommet UE-UA à Bruxelles. "
            "Le chef de l'Etat s'est entretenu avec son homologue français, Emmanuel Macron, puis avec le "
            "président mauritanien, Mohamed Ould Ghazouani.")
    for published in ("2022-02-18", None):
        got = {row[:2] for row in pair_rows(real, make_doc, text, published or "", "fr")}
        assert got == {("FRA-TUN", "in_person"), ("MRT-TUN", "in_person")}, (published, got)


def test_a_home_title_after_a_home_name_is_his_own(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the title follows the home leader's name: it is his, not a foreign leader named before (Abe met
    # Rouhani in Tehran on 12 June 2019, the day after Trump had been named)
    text = ("Shinzo Abe porte un message de Donald Trump. Il a rencontré mercredi à Téhéran Hassan Rohani, "
            "président de la République islamique.")
    assert {row[0] for row in pair_rows(real, make_doc, text, "2019-06-13", "fr")} == {"IRN-JPN"}


def test_partners_of_a_subject_we_cannot_name_did_not_meet(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # A spokesman's quote with "Le président" for its subject on an undated page: no one we can name. The
    # leaders listed after "avec" are each his partners (Trump's G20 bilaterals of November 2018), not one
    # another's.
    text = ("« Le président aura aussi des entretiens bilatéraux avec la chancelière allemande, le président "
            "argentin et le chef du gouvernement japonais », a précisé sa porte-parole.")
    assert pair_rows(real, make_doc, text, "", "fr") == []
    # with its subject named, each is a partner of the subject (and "rencontres" is a meeting word)
    text = "Donald Trump a eu vendredi des rencontres avec Mauricio Macri et Shinzo Abe à Buenos Aires."
    assert pair_rows(real, make_doc, text, "2018-12-01", "fr") == [
        ("ARG-USA", "in_person", "2018-11-30", "occurred"),
        ("JPN-USA", "in_person", "2018-11-30", "occurred")]


def test_the_contact_a_day_count_starts_from(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "au lendemain d'un premier dîner", "un día después de una primera reunión": the pair's earlier
    # contact, the count's days before the main one (Xi and Putin dined informally on 20 March 2023 and held
    # official talks on the 21st)
    cases = [
        ("Vladimir Poutine et Xi Jinping ont eu mardi des pourparlers officiels au Kremlin, au lendemain "
         "d'un premier dîner en tête-à-tête.", "fr"),
        ("Vladimir Putin recibió el martes a Xi Jinping en el Kremlin, un día después de una primera cena "
         "informal.", "es"),
    ]
    for text, lang in cases:
        assert pair_rows(real, make_doc, text, "2023-03-21", lang) == [
            ("CHN-RUS", "in_person", "2023-03-20", "occurred"),
            ("CHN-RUS", "in_person", "2023-03-21", "occurred")], text
    # talks with someone else are no contact of the pair
    text = ("Vladimir Poutine a reçu mardi Xi Jinping au Kremlin, au lendemain de son entretien avec "
            "Loukachenko.")
    assert ("CHN-RUS", "in_person", "2023-03-20", "occurred") not in pair_rows(real, make_doc, text,
                                                                             "2023-03-21", "fr")


def test_a_passive_agent_far_after_its_participle(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A fronted participle whose agent stands a clause's length after it ("Reçu ... dans la capitale
    # par son homologue X, il ..."), on a page whose menu comes before the story: the one received is the
    # leader the story is about. Mahama spent a few hours in Lomé on Monday 9 September 2013.
    text = ("Accueil | Politique | Économie | Sports\n\n"
            "Fin de la visite du président ghanéen\n\n"
            "Le président ghanéen John Dramani Mahama était lundi au Togo pour une courte visite. Reçu à sa "
            "descente d'avion dans la capitale togolaise par son homologue Faure Gnassingbé, il a ensuite "
            "gagné le palais présidentiel pour des entretiens.")
    assert {row[:2] for row in pair_rows(real, make_doc, text, "2013-09-09", "fr")} == {
        ("GHA-TGO", "in_person")}


def test_going_to_meet_in_the_past_is_a_plan(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "si X allait rencontrer Y": whether he was going to; the Trump-Putin meeting at the G20 of 2018 was
    # called off
    text = "On ne savait pas encore si Donald Trump allait rencontrer Vladimir Poutine en Argentine."
    assert [r[3] for r in pair_rows(real, make_doc, text, "2018-11-27", "fr")] == ["planned"]


def test_a_verb_after_a_quote_reports_it(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "« ... », a écrit X sur Facebook": the writing verb reports the quote, no letter; the meal the next
    # sentence tells with a counterpart, a pronoun and "les deux présidents" is the pair's meeting. Faye
    # was Macron's guest for breakfast at the Elysée on Wednesday 27 August 2025.
    text = ("« Merci au président Emmanuel Macron pour son accueil à l'Elysée », a écrit mercredi sur "
            "Facebook le président sénégalais Bassirou Diomaye Faye. Son homologue français lui a servi un "
            "déjeuner, au cours duquel les deux présidents ont évoqué la défense.")
    assert pair_rows(real, make_doc, text, "2025-08-27", "fr") == [
        ("FRA-SEN", "in_person", "2025-08-27", "occurred")]
    # a letter sent is still one
    text = "Bassirou Diomaye Faye a écrit mercredi au président Emmanuel Macron."
    assert [r[:2] for r in pair_rows(real, make_doc, text, "2025-08-27", "fr")] == [("FRA-SEN", "written")]
