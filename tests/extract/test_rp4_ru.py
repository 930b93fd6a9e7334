"""Real-press review, round four, Russian, Portuguese and Italian: restated meetings and leaderless leads.

Central Asian readouts tell a host's separate meetings in one sentence and then say what "the heads of
state" discussed: those are the same meetings again, not one meeting of every guest with every other.
Excerpts of Italian and Portuguese pages often open with a paragraph that names nobody ("A face-to-face of
over an hour.") before the one that names the leader the story follows. Each test is a real contact told
in our own words.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory


def _held(real: RuleExtractor, make_doc: DocFactory, text: str, published: str | None,
          lang: str) -> list[str]:
    """The occurred contacts' country pairs, sorted."""
    return sorted({"-".join(sorted((c.a.country, c.b.country)))
                   for c in real.extract(make_doc(text, published, lang=lang)) if c.status == "occurred"})


# -- "the heads of state" after a host's separate meetings -------------------------------------------------

# On 1 September 2025, at the SCO summit in Tianjin, Putin met Modi, Erdoğan and Pezeshkian one by one.


def test_heads_of_state_after_a_hosts_meetings_restate_them(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    text = ("1 сентября в Тяньцзине Президент России Владимир Путин провел встречи с Премьер-министром Индии "
            "Нарендрой Моди, Президентом Турции Реджепом Тайипом Эрдоганом и Президентом Ирана Масудом "
            "Пезешкианом. На переговорах главы государств обсудили двустороннее сотрудничество.")
    assert _held(real, make_doc, text, "2025-09-01", "ru") == ["IND-RUS", "IRN-RUS", "RUS-TUR"]


# On 19 July 2022 in Tehran Putin, Raisi and Erdoğan met in the Astana format, after bilateral talks.


def test_a_trilateral_of_the_heads_of_state_still_joins_all_three(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    text = ("19 июля в Тегеране Владимир Путин встретился с Эбрахимом Раиси и Реджепом Тайипом Эрдоганом. "
            "Затем главы государств провели трехсторонний саммит.")
    assert _held(real, make_doc, text, "2022-07-19", "ru") == ["IRN-RUS", "IRN-TUR", "RUS-TUR"]


def test_a_numbered_group_after_a_hosts_meetings_still_met_together(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    # ("three leaders" counts them: they sat together)
    text = ("19 июля в Тегеране Владимир Путин встретился с Эбрахимом Раиси и Реджепом Тайипом Эрдоганом. "
            "Три лидера обсудили Сирию.")
    assert _held(real, make_doc, text, "2022-07-19", "ru") == ["IRN-RUS", "IRN-TUR", "RUS-TUR"]


# -- an excerpt whose first paragraph names no leader -------------------------------------------------------

# On the evening of 23 October 2022, her first day in office, Meloni met Macron in Rome.


def test_the_first_paragraph_naming_a_leader_leads_the_story(real: RuleExtractor,
                                                             make_doc: DocFactory) -> None:
    # (the first paragraph names nobody; the leader the second names is the subject the meeting drops)
    text = ("Un incontro di oltre un'ora, cordiale e proficuo.\n\n"
            "Primo giorno a Palazzo Chigi per Giorgia Meloni. La sera stessa, a Roma, c'è stato un colloquio "
            "con Emmanuel Macron.")
    assert _held(real, make_doc, text, None, "it") == ["FRA-ITA"]


def test_a_leader_named_in_passing_after_the_lead_is_still_no_subject(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    # (the lead paragraph names Lula; a leader named later only in passing takes no dropped subject's place:
    # the call is Lula's)
    text = ("Uma conversa longa e franca.\n\n"
            "Lula da Silva voltou a Brasília na segunda-feira.\n\n"
            "O presidente francês Emmanuel Macron, segundo a imprensa, viajará em breve. À tarde houve uma "
            "conversa telefónica com Pedro Sánchez.")
    assert "ESP-FRA" not in _held(real, make_doc, text, None, "pt")


# On 17 June 2023 Putin received the African peace mission in St Petersburg; the day before, its leaders
# had met Zelensky in Kyiv.


def test_a_dateline_alone_leaves_the_lead_to_the_first_paragraph(real: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # (the first paragraph tells no contact: the leader of the next is no lead, and the mission's talks in
    # Kyiv, its members no leaders of the sentence, are not his)
    text = ("Санкт-Петербург, 17 июня.\n\n"
            "Владимир Путин принял в Константиновском дворце африканскую миротворческую миссию.\n\n"
            "Накануне члены миссии провели в Киеве переговоры с Президентом Украины Владимиром Зеленским.")
    assert "RUS-UKR" not in _held(real, make_doc, text, "2023-06-17", "ru")
