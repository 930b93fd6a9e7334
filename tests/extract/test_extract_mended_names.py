"""Leaders the gazetteer gained on 2026-11-30, read in texts: Belgium's king in Dutch, Korea's PM."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.conftest import build_doc


def _pairs(extractor: RuleExtractor, text: str, published: str, lang: str) -> list[tuple[str | None, ...]]:
    return sorted(tuple(sorted((c.a.leader_id, c.b.leader_id)))
                  for c in extractor.extract(build_doc(text, published, lang=lang)))


def test_koning_filip_is_belgium_s_king_in_a_dutch_text(real: RuleExtractor) -> None:
    # (before, the bare "koning" of the Dutch press made him Willem-Alexander)
    text = "De Franse president Emmanuel Macron is dinsdag in Den Haag door koning Filip ontvangen."
    assert _pairs(real, text, "2025-05-14", "nl") == [("emmanuel-macron", "philippe-of-belgium")]


def test_korea_s_prime_minister_is_kim_min_seok(real: RuleExtractor) -> None:
    text = "김민석 총리는 29일 서울에서 팜 민 찐 베트남 총리와 회담했다."
    assert _pairs(real, text, "2025-10-30", "ko") == [("kim-min-seok", "pham-minh-chinh")]
    text = "South Korean Prime Minister Kim Min-seok met Vietnam's Prime Minister Pham Minh Chinh on Monday."
    assert _pairs(real, text, "2025-10-30", "en") == [("kim-min-seok", "pham-minh-chinh")]
