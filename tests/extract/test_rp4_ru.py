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
