"""A review of German (dpa, Spiegel, FAZ, Tagesschau) and Russian (TASS, RIA, Interfax, Kremlin.ru) usage.

Reports we wrote ourselves about real contacts (real leaders in office on the day).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def test_a_german_surname_before_its_contact_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    # German capitalizes every noun, so a surname alone needs backing: right before the contact verb (or
    # its auxiliary, or a split verb's finite part) it is that verb's subject. Scholz called Putin on
    # 15 November 2024, met Modi in New Delhi on 25 October 2024 and spoke to Xi at the Rio G20 on
    # 19 November 2024.
    cases = [
        ("Scholz telefonierte am Freitag mit Kremlchef Wladimir Putin.", "2024-11-15",
         ("DEU-RUS", "phone", "2024-11-15", "occurred")),
        ("Scholz hat in Neu-Delhi den indischen Premierminister Narendra Modi getroffen.", "2024-10-25",
         ("DEU-IND", "in_person", "2024-10-25", "occurred")),
        ("Scholz hat am Rande des G20-Gipfels in Rio de Janeiro mit dem chinesischen Staatschef Xi Jinping "
         "gesprochen.", "2024-11-19", ("CHN-DEU", "in_person", "2024-11-19", "occurred")),
        # Merz was received at the White House on Thursday 5 June 2025
        ("Merz kam am Donnerstag im Weißen Haus mit US-Präsident Donald Trump zusammen.", "2025-06-06",
         ("DEU-USA", "in_person", "2025-06-05", "occurred")),
    ]
    for text, published, row in cases:
        assert pair_rows(real, make_doc, text, published, "de") == [row], text


def test_two_german_surnames_back_each_other(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "mit Selenskyj": the partner right after "mit"; "Merz und Macron trafen sich": the one before the
    # verb backs the one joined to it. (Merz received Zelensky in Berlin on Wednesday 28 May 2025; Merz
    # and Macron met at the Kananaskis G7 summit on 16 June 2025.)
    assert pair_rows(real, make_doc, "Merz kam am Mittwoch in Berlin mit Selenskyj zusammen.", "2025-05-28",
                 "de") == [("DEU-UKR", "in_person", "2025-05-28", "occurred")]
    text = "Merz und Macron trafen sich am Rande des G7-Gipfels in Kananaskis zu einem Gespräch."
    assert pair_rows(real, make_doc, text, "2025-06-16", "de") == [
        ("DEU-FRA", "in_person", "2025-06-16", "occurred")]


def test_a_german_common_noun_is_still_no_surname(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "Frieden" (peace) opens the sentence before "und", no contact verb after it: no Luc Frieden.
    text = "Frieden und Sicherheit standen im Mittelpunkt des Treffens von Merz mit Trump im Weißen Haus."
    got = real.extract(make_doc(text, "2025-06-06", lang="de"))
    assert {c.a.country for c in got} | {c.b.country for c in got} == {"DEU", "USA"}


def test_the_kremlin_ruler_and_a_call_conducted(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz called Putin on 15 November 2024, their first call in almost two years; "der Kremlherrscher"
    # is Russia's president, "führte ein Telefonat" a call whose light verb follows the subject.
    text = ("Scholz führte am Freitag ein Telefonat mit dem Kremlherrscher Putin. Das Gespräch dauerte "
            "eine Stunde.")
    assert pair_rows(real, make_doc, text, "2024-11-15", "de") == [
        ("DEU-RUS", "phone", "2024-11-15", "occurred")]


def test_a_german_state_premier_is_no_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Saxony's premier Kretschmer met Putin at the St Petersburg forum in June 2019: no head of government.
    text = ("Sachsens Ministerpräsident Michael Kretschmer ist am Rande des Wirtschaftsforums in "
            "St. Petersburg mit Kremlchef Putin zusammengetroffen.")
    assert pair_rows(real, make_doc, text, "2019-06-07", "de") == []


def test_a_meeting_that_had_better_be_held_is_planned(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin said on 24 January 2025 that a meeting with Trump had better be held: advice, no meeting.
    for text in ("По словам российского лидера, встречу с Трампом лучше провести, чтобы обсудить интересы "
                 "обеих стран.",
                 "Путин заявил, что с Трампом нужно встретиться."):
        got = pair_rows(real, make_doc, text, "2025-01-24", "ru")
        assert all(r[3] == "planned" for r in got), text


def test_narrow_and_expanded_talks_are_one_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin received Pezeshkian in the Kremlin on 17 January 2025 and they signed a partnership treaty.
    text = ("Путин принял в Кремле Президента Ирана Масуда Пезешкиана. Переговоры в узком составе продлились "
            "более двух часов. Затем состоялись переговоры в расширенном составе, после которых президенты "
            "сделали заявления для прессы. По итогам переговоров главы государств подписали договор о "
            "всеобъемлющем стратегическом партнерстве.")
    assert pair_rows(real, make_doc, text, "2025-01-17", "ru") == [
        ("IRN-RUS", "in_person", "2025-01-17", "occurred")]


def test_a_minister_or_a_delegation_received_is_no_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin received Iran's foreign minister Araghchi in the Kremlin in April 2025.
    text = "Путин принял в Кремле министра иностранных дел Ирана Аббаса Аракчи."
    assert pair_rows(real, make_doc, text, "2025-04-18", "ru") == []


def test_attending_a_summit_is_no_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # The BRICS summit in Kazan opened on 23 October 2024; a sideline meeting is the one contact.
    text = ("Владимир Путин принял участие в саммите БРИКС в Казани. Саммит собрал лидеров более 30 стран. "
            "На полях саммита Президент России встретился с Премьер-министром Индии Нарендрой Моди.")
    assert pair_rows(real, make_doc, text, "2024-10-22", "ru") == [
        ("IND-RUS", "in_person", "2024-10-22", "occurred")]


def test_a_leader_who_hosts_a_group_in_a_clause_of_his_own(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Modi was in Moscow on 8-9 July 2024 while Biden hosted the NATO summit in Washington: Biden met the
    # alliance's leaders, not Modi, whose visit the main clause tells.
    cases = [("en", "Modi's visit to Moscow coincided with the NATO summit in Washington, where US President "
                    "Joe Biden hosted the leaders of the alliance."),
             ("ru", "Визит Моди в Москву совпал с саммитом НАТО в Вашингтоне, где Президент США Джо Байден "
                    "принял лидеров стран альянса.")]
    for lang, text in cases:
        got = real.extract(make_doc(text, "2024-07-09", lang=lang))
        assert all("USA" not in (c.a.country, c.b.country) for c in got), text
    # a single leader received in that clause still meets him (Biden received Modi on 22 June 2023)
    text = "Моди посетил Вашингтон, где его принял Президент США Джо Байден."
    assert pair_rows(real, make_doc, text, "2023-06-22", "ru") == [
        ("IND-USA", "in_person", "2023-06-22", "occurred")]


def test_a_german_surname_alone_before_its_visit_verb(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Merz made his first visit to Turkey on 30 October 2025 and met Erdoğan in Ankara: the surname before
    # "ist ... eingetroffen" is the visitor, whom "er" in the next sentence takes up.
    text = ("Merz ist zu seinem ersten Besuch in der Türkei eingetroffen. In Ankara kam er mit Präsident "
            "Recep Tayyip Erdoğan zusammen.")
    assert pair_rows(real, make_doc, text, "2025-10-30", "de") == [
        ("DEU-TUR", "in_person", "2025-10-30", "occurred")]


def test_the_next_day_after_the_lead_dates_no_lead(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Putin and Modi met in Kazan on 22 October 2024, before the BRICS summit's plenary of the 23rd: "the
    # next day" in a later sentence counts from the talks, it does not move them to the day after.
    for lang, text in (("ru", "Путин провел переговоры с Премьер-министром Индии Нарендрой Моди в Казани. "
                              "На следующий день лидеры приняли участие в пленарном заседании саммита."),
                       ("en", "Putin held talks with Indian Prime Minister Narendra Modi in Kazan. The next "
                              "day the leaders attended the summit's plenary session.")):
        assert pair_rows(real, make_doc, text, "2024-10-22", lang) == [
            ("IND-RUS", "in_person", "2024-10-22", "occurred")], text
