"""The extractor on the shared development gold set (skipped only where ../shared/eval is absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.evaluate import extract_records, score
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import load_default

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _read(name: str) -> list[dict[str, Any]]:
    with (EVAL / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def real_extractor() -> RuleExtractor:
    return RuleExtractor(load_default())


@pytest.mark.skipif(not (EVAL / "dev_seed.jsonl").exists(), reason="shared/eval is not beside the repository")
def test_seed_gives_exactly_the_two_gold_calls(real_extractor: RuleExtractor) -> None:
    recs = _read("dev_seed.jsonl")
    (out,) = extract_records(recs, real_extractor)
    got = sorted((tuple(sorted((c["a"]["country"], c["b"]["country"]))), c["mode"], c["date"], c["status"])
                 for c in out["contacts"])
    want = sorted((tuple(sorted((c["a"]["country"], c["b"]["country"]))), c["mode"], c["date"], c["status"])
                  for c in recs[0]["contacts"])
    assert got == want


@pytest.mark.skipif(not EVAL.exists(), reason="shared/eval is not beside the repository")
def test_development_set_scores(real_extractor: RuleExtractor) -> None:
    recs = [r for f in sorted(EVAL.glob("*.jsonl")) for r in _read(f.name)]
    result = score(recs, extract_records(recs, real_extractor))
    # The targets of issue 4 (F1 a little below: the hidden set is what the 0.90 is measured on).
    assert result.overall.f1 >= 0.85
    assert result.name.value >= 0.95
    assert result.mode.value >= 0.95
    assert result.date.value >= 0.90
    assert result.topic_f1 >= 0.6
