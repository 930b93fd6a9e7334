"""The grouping audit of round eleven (tools/group_audit.py): alignment to gold, features, model, folds.

The texts are ours, about real contacts: Putin and Xi's video call of 21 January 2025 and their meeting in
Kazan in October 2024; Biden and Xi in Woodside on 15 November 2023 and in Bali in November 2022; Modi and
Xi in Tianjin on 31 August 2025 and in Kazan in October 2024; Trump and Zelensky at St Peter's on 26 April
2025 and at the White House on 28 February 2025; Putin and Trump's calls of 18 March and 12 February 2025.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from ingest.extract.rules import RuleExtractor

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("group_audit", ROOT / "tools" / "group_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["group_audit"] = module
    spec.loader.exec_module(module)
    return module


ga = _load()

# The sets only the integrator scores: the audit must never read them.
_UNSEEN = {10, 12, 15, 17, 18, 21, 23, 24, 27, 33, 40, 41, 43}


Record = dict[str, Any]


def _contact(a: str, b: str, day: str, precision: str, evidence: str, mode: str = "in_person") -> Record:
    return {"a": {"country": a}, "b": {"country": b}, "date": day, "date_precision": precision,
            "mode": mode, "status": "occurred", "evidence": evidence}


def _record(lang: str, published: str, sentences: list[str], contacts: list[Record]) -> Record:
    return {"id": "t1", "lang": lang, "published": published, "text": " ".join(sentences),
            "contacts": contacts}


# (language, publication day, the two sentences, the pair, today's contact's day, the earlier one's date)
TWO_CONTACTS = [
    ("en", "2025-01-22",
     ["Vladimir Putin and Xi Jinping held a video call on Tuesday.",
      "Their previous meeting took place in Kazan in October 2024, on the sidelines of the BRICS summit."],
     ("RUS", "CHN"), ("2025-01-21", "video"), ("2024-10", "month")),
    ("ru", "2025-01-22",
     ["Владимир Путин и Си Цзиньпин провели во вторник переговоры по видеосвязи.",
      "Предыдущая встреча лидеров состоялась в Казани в октябре 2024 года."],
     ("RUS", "CHN"), ("2025-01-21", "video"), ("2024-10", "month")),
    ("en", "2023-11-16",
     ["Joe Biden met Xi Jinping in Woodside, California, on Wednesday.",
      "The two leaders had last met in Bali in November 2022."],
     ("USA", "CHN"), ("2023-11-15", "in_person"), ("2022-11", "month")),
    ("fr", "2025-09-01",
     ["Narendra Modi et Xi Jinping se sont rencontrés dimanche à Tianjin, en marge du sommet de l'OCS.",
      "Leur précédente rencontre avait eu lieu à Kazan en octobre 2024."],
     ("IND", "CHN"), ("2025-08-31", "in_person"), ("2024-10", "month")),
    ("es", "2025-04-27",
     ["Donald Trump y Volodímir Zelenski se reunieron el sábado en la basílica de San Pedro.",
      "Su anterior encuentro, el 28 de febrero en la Casa Blanca, terminó en una fuerte discusión."],
     ("USA", "UKR"), ("2025-04-26", "in_person"), ("2025-02-28", "day")),
]


@pytest.fixture(scope="module")
def watch() -> Any:
    with ga.Watch() as w:
        yield w


@pytest.mark.parametrize(("lang", "published", "sentences", "pair", "today", "earlier"), TWO_CONTACTS)
def test_two_contacts_of_a_pair_align_to_their_gold(
        real: RuleExtractor, watch: Any, lang: str, published: str, sentences: list[str],
        pair: tuple[str, str], today: tuple[str, str], earlier: tuple[str, str]) -> None:
    gold = [_contact(*pair, today[0], "day", sentences[0], today[1]),
            _contact(*pair, earlier[0], earlier[1], sentences[1])]
    rec = _record(lang, published, sentences, gold)
    w = watch.run(real, rec)
    to_gold = ga.align(rec["text"], gold, w)
    assert {w.statements[k].sentence: g for k, g in to_gold.items()} == {0: 0, 1: 1}
    audit = ga.audit_doc(rec, w)
    assert (audit.merged, audit.split) == (0, 0)
    assert [(e.same, e.rules_same) for e in audit.examples] == [(False, False)]


def test_a_sentence_of_two_statements_aligns_each_by_its_day(real: RuleExtractor, watch: Any) -> None:
    # the second sentence states today's meeting again ("the second meeting") and the one in Bali: the
    # Bali evidence does not make today's statement Bali's
    sentences = ["Joe Biden met Xi Jinping in Woodside, California, on Wednesday.",
                 "It was the second meeting of the two leaders, after their talks in Bali in November 2022."]
    gold = [_contact("USA", "CHN", "2023-11-15", "day", sentences[0]),
            _contact("USA", "CHN", "2022-11", "month", "their talks in Bali in November 2022")]
    rec = _record("en", "2023-11-16", sentences, gold)
    w = watch.run(real, rec)
    to_gold = ga.align(rec["text"], gold, w)
    for k, st in enumerate(w.statements):
        assert to_gold[k] == (1 if st.date and st.date[0].startswith("2022") else 0)
    assert ga.audit_doc(rec, w).merged == 0


def test_a_pair_of_one_gold_contact_takes_every_statement(real: RuleExtractor, watch: Any) -> None:
    sentences = ["Joe Biden hat Xi Jinping am Mittwoch in Kalifornien getroffen.",
                 "Die beiden Präsidenten sprachen vier Stunden lang über Taiwan und den Handel."]
    gold = [_contact("USA", "CHN", "2023-11-15", "day", sentences[0])]
    rec = _record("de", "2023-11-16", sentences, gold)
    w = watch.run(real, rec)
    assert len(w.statements) >= 2
    assert set(ga.align(rec["text"], gold, w).values()) == {0}
    assert all(e.same and e.rules_same for e in ga.audit_doc(rec, w).examples)


def test_the_watch_leaves_the_extractor_as_it_was() -> None:
    from ingest.extract import rules

    before = rules.group
    with ga.Watch():
        assert rules.group is not before
    assert rules.group is before


def test_features_are_named_and_dates_related() -> None:
    assert ga._date_relation(None, None) == [1, 0, 0, 0, 0]
    assert ga._date_relation(("2024-10", "month"), None) == [0, 1, 0, 0, 0]
    assert ga._date_relation(("2024-10", "month"), ("2024-10-22", "day")) == [0, 0, 0, 1, 0]
    assert ga._date_relation(("2024-10", "month"), ("2025-01-21", "day")) == [0, 0, 0, 0, 1]
    assert len(set(ga.feature_names())) == len(ga.feature_names())


def test_features_of_two_statements(real: RuleExtractor, watch: Any) -> None:
    sentences = TWO_CONTACTS[0][2]
    w = watch.run(real, _record("en", "2025-01-22", sentences, []))
    x, y = ga.ordered(w.statements[1], w.statements[0])
    feats = dict(zip(ga.feature_names(), ga.features(x, y, w.sents, w.default, False), strict=True))
    assert (x.sentence, y.sentence) == (0, 1)
    assert feats["date_contradicting"] == 1 and feats["apart_1"] == 1 and feats["background_one"] == 1
    assert feats["rules_same"] == 0


def test_the_logistic_fit_is_deterministic_and_learns() -> None:
    x = np.array([[1, 0], [1, 1], [1, 0], [1, 1], [1, 1], [1, 0]], dtype=float)
    y = np.array([0, 1, 0, 1, 1, 0], dtype=float)
    w1, w2 = ga.fit(x, y), ga.fit(x, y)
    assert np.array_equal(w1, w2)
    assert list(ga.predict(w1, x) >= 0.5) == [bool(v) for v in y]


def test_boosted_stumps_find_the_threshold() -> None:
    x = np.array([[1, 0.2], [1, 0.4], [1, 0.6], [1, 0.8]] * 5, dtype=float)
    y = np.array([0, 0, 1, 1] * 5, dtype=float)
    stumps = ga.fit_stumps(x, y, rounds=20)
    assert list(ga.predict_stumps(stumps, x) >= 0.5) == [bool(v) for v in y]
    assert {(j, t) for j, t, _, _ in stumps[1:]} == {(1, 0.4)}


def _example(same: bool, signal: float) -> Any:
    feats = [0.0] * len(ga.feature_names())
    feats[0], feats[1] = 1.0, signal
    return ga.Example("d", feats, same, False)


def test_cross_validation_never_trains_on_the_set_it_scores() -> None:
    # set A says the signal means one contact, set B the opposite: scored by a model fitted without it,
    # each is wrong everywhere (fitted on itself, each would be right everywhere)
    by_set = {"A": [_example(True, 1.0), _example(False, 0.0)] * 5,
              "B": [_example(False, 1.0), _example(True, 0.0)] * 5}
    scores = ga.cross_validate(by_set, l2=0.1, sure=0.9)
    assert scores["A"].model_right == 0 and scores["B"].model_right == 0


def test_rejoin_joins_only_where_the_model_is_sure(real: RuleExtractor, watch: Any) -> None:
    sentences = TWO_CONTACTS[2][2]
    n = len(ga.feature_names())
    w = watch.run(real, _record("en", "2023-11-16", sentences, []))
    assert len(w.groups) == 2
    unsure = ga.Model(tuple([-10.0] + [0.0] * (n - 1)), 0.9)
    assert len(ga.rejoin(list(w.groups), w.sents, w.default, unsure)) == 2
    sure = ga.Model(tuple([10.0] + [0.0] * (n - 1)), 0.9)
    joined = ga.rejoin(list(w.groups), w.sents, w.default, sure)
    assert len(joined) == 1 and len(joined[0].statements) == 2


def test_only_development_sets_are_read() -> None:
    assert not _UNSEEN & set(ga.DEV_NUMBERS)
    for name, files in ga.dev_sets(shared=False):
        assert name in {"gold", "heldout1"} | {f"heldout{n}" for n in ga.DEV_NUMBERS}
        for f in files:
            folder = f.parent.name
            assert folder in ("gold", "heldout") or int(folder.removeprefix("heldout")) not in _UNSEEN
