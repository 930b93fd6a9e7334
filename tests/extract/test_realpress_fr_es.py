"""Real-press review, French and Spanish: constructions agency and newspaper pages use that our sets lacked.

Sentences we wrote ourselves about real contacts (leaders in office on the day); see EXTRACTION.md,
"Real-press review: French and Spanish".
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def test_french_reciprocal_call_verbs(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "se sont appelés", "s'appeler": the pair called each other. Macron and Putin spoke by phone on
    # Tuesday 1 July 2025; the two had a call set for Friday 28 January 2022, announced that week.
    text = "Emmanuel Macron et Vladimir Poutine se sont appelés mardi, à l'initiative de Paris."
    assert pair_rows(real, make_doc, text, "2025-07-01", "fr") == [
        ("FRA-RUS", "phone", "2025-07-01", "occurred")]
    text = "Emmanuel Macron et Vladimir Poutine doivent s'appeler vendredi au sujet de l'Ukraine."
    assert pair_rows(real, make_doc, text, "2022-01-26", "fr") == [
        ("FRA-RUS", "phone", "2022-01-28", "planned")]


def test_a_plan_after_and_is_the_next_contact_s(real: RuleExtractor, make_doc: DocFactory) -> None:
    # A plan word after "and" that leads a second contact word plans that one: the call told first was
    # held. (Trudeau and Biden spoke by phone on Friday 22 January 2021 and agreed to meet the month
    # after; Sheinbaum and Trump spoke on Thursday 22 May 2025.)
    cases = [
        ("Justin Trudeau et Joe Biden se sont entretenus vendredi par téléphone et pourront se rencontrer "
         "le mois prochain.", "2021-01-23", "fr", ("CAN-USA", "phone", "2021-01-22", "occurred")),
        ("Justin Trudeau et Joe Biden se sont entretenus vendredi par téléphone et devraient se rencontrer "
         "le mois prochain.", "2021-01-23", "fr", ("CAN-USA", "phone", "2021-01-22", "occurred")),
        ("Claudia Sheinbaum y Donald Trump hablaron por teléfono el jueves y analizaron la posibilidad de "
         "reunirse en persona.", "2025-05-22", "es", ("MEX-USA", "phone", "2025-05-22", "occurred")),
    ]
    for text, published, lang, row in cases:
        assert pair_rows(real, make_doc, text, published, lang) == [row], text
    # the same words with no held contact before them still plan the contact they lead ("pourront" is the
    # future of "can")
    text = "Poutine et Trump se mettront d'accord sur la date à laquelle ils pourront se rencontrer."
    assert [r[3] for r in pair_rows(real, make_doc, text, "2018-11-07", "fr")] == ["planned"]
    text = "José Raúl Mulino y Donald Trump analizaron la posibilidad de reunirse en Panamá."
    assert [r[3] for r in pair_rows(real, make_doc, text, "2025-02-03", "es")] == ["planned"]


def test_a_spanish_wish_is_no_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "quería mantener una conversación": a wish (Jake Sullivan, 11 February 2022, of the Biden-Putin
    # call held the day after)
    text = "El asesor Jake Sullivan adelantó que Biden quería mantener una conversación telefónica con Putin."
    assert [r[3] for r in pair_rows(real, make_doc, text, "2022-02-11", "es")] == ["planned"]


def test_the_author_of_a_plan_is_no_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "el plan de paz presentado por X", "du plan de paix présenté par X": the plan's author is talked
    # about. Sánchez spoke with Zelensky on Monday 24 November 2025; Macron received Zelensky in Paris on
    # Monday 1 December 2025; both talks were about the US plan for Ukraine.
    text = ("Pedro Sánchez habló el lunes por teléfono con Volodímir Zelenski del plan de paz presentado por "
            "el presidente estadounidense, Donald Trump.")
    assert pair_rows(real, make_doc, text, "2025-11-24", "es") == [
        ("ESP-UKR", "phone", "2025-11-24", "occurred")]
    text = ("Emmanuel Macron a reçu lundi Volodymyr Zelensky à l'Élysée pour discuter du plan de paix "
            "présenté par Donald Trump.")
    assert pair_rows(real, make_doc, text, "2025-12-01", "fr") == [
        ("FRA-UKR", "in_person", "2025-12-01", "occurred")]


def test_a_name_written_as_a_common_noun_before_a_genitive(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "el plan de paz de Trump": "paz" spells a surname (Bolivia's Rodrigo Paz) and, with its article, La
    # Paz; in lower case it is the noun (peace) Trump's name complements, as any other noun would be
    for tail in ("sobre el plan de paz de Trump.", "sobre la paz de Trump."):
        text = "Pedro Sánchez habló el lunes por teléfono con Volodímir Zelenski " + tail
        assert pair_rows(real, make_doc, text, "2025-11-24", "es") == [
            ("ESP-UKR", "phone", "2025-11-24", "occurred")], text


def test_the_first_leader_to_is_no_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "le premier chef d'État reçu par X": a rank, not the French president a bare French title stands
    # for. Netanyahu was the first foreign leader Trump received in his second term, on Tuesday 4 February
    # 2025.
    text = ("Le premier chef d'État reçu par Donald Trump depuis son retour à la Maison Blanche est le "
            "Premier ministre israélien Benjamin Netanyahu, mardi.")
    assert pair_rows(real, make_doc, text, "2025-02-05", "fr") == [
        ("ISR-USA", "in_person", "2025-02-04", "occurred")]


def test_a_fronted_date_dates_the_subjectless_clause_after_it(real: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    # "El 3 de febrero, tras hablar con Trump, Sheinbaum anunció ...": the date before the comma frames the
    # "tras" clause too, so the earlier call keeps its own day instead of folding into the report's call
    # ("hablar con", the infinitive with its partner, is a talk cue). Sheinbaum and Trump spoke by phone on
    # 3 February 2025 (tariffs paused) and on Thursday 31 July 2025 (a 90-day extension).
    text = ("La presidenta Claudia Sheinbaum informó que este jueves habló por teléfono con Donald Trump. "
            "El 3 de febrero, tras hablar con Trump, Sheinbaum anunció una pausa de los aranceles.")
    assert pair_rows(real, make_doc, text, "2025-07-31", "es") == [
        ("MEX-USA", "phone", "2025-02-03", "occurred"), ("MEX-USA", "phone", "2025-07-31", "occurred")]
    # a wish to talk stays a plan
    text = "Sheinbaum dijo que está dispuesta a hablar con Trump."
    assert [r[3] for r in pair_rows(real, make_doc, text, "2025-07-31", "es")] == ["planned"]


def test_the_date_of_an_announcement_is_not_the_contact_s(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "la reunión, confirmada el 30 de octubre, ...": the participle's date is the announcement's. Boluarte
    # and Biden talked at the White House on Friday 3 November 2023, a meeting the White House had
    # confirmed on 30 October.
    cases = [
        ("Dina Boluarte y Joe Biden conversaron este viernes en la Casa Blanca. La reunión bilateral, "
         "confirmada el 30 de octubre, no siguió el protocolo habitual.", "es"),
        ("Dina Boluarte et Joe Biden se sont entretenus vendredi à la Maison Blanche. La rencontre, "
         "confirmée le 30 octobre, s'est tenue sans le protocole habituel.", "fr"),
    ]
    for text, lang in cases:
        assert [(r[0], r[2]) for r in pair_rows(real, make_doc, text, "2023-11-03", lang)] == [
            ("PER-USA", "2023-11-03")], text
