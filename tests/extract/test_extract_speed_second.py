"""The second speed pass: each shortcut (a plain loop, an early exit, a fact read from Kinds) answers as the
expression it replaced did, on reports we wrote about real meetings."""

from __future__ import annotations

import pytest

from graph.models import Contact
from ingest.extract.mentions import build_chunks, kinds_of
from ingest.extract.parsed import _BREAKERS, CueAt
from ingest.extract.rules import RuleExtractor
from ingest.extract.vocab import City, Name, Place
from tests.extract.conftest import build_doc, parse_english

# Real meetings and calls: Macron received Zelensky at the Elysee on 16 February 2025 and flew to
# Washington to meet Trump on 24 February 2025; Erdogan met Putin in Sochi on 4 September 2023; Xi and Putin
# met in Moscow on 8 May 2025, ahead of the Victory Day parade; Scholz called Putin on 15 November 2024.
TEXTS = [
    "PARIS, 24 February 2025 - French President Emmanuel Macron, who received Volodymyr Zelensky at the "
    "Elysee on 16 February, met Donald Trump at the White House on Monday, when the two leaders discussed "
    "Ukraine. The talks lasted more than an hour, and Macron will travel to London next week.",
    "Recep Tayyip Erdogan met Vladimir Putin in Sochi, Russia, on 4 September 2023 for talks on the grain "
    "deal. Erdogan had not visited Russia since 2021, and the two presidents last met in Astana in October.",
    "Xi Jinping held talks with Vladimir Putin in Moscow on 8 May 2025, ahead of the Victory Day parade, "
    "where the Chinese leader was the guest of honour. Chancellor Olaf Scholz said that he had "
    "called Putin on 15 November 2024, the first call between them since December 2022.",
]




def _contacts(ex: RuleExtractor, text: str) -> list[tuple[str, str, str, str | None]]:
    """Return (leader, leader, status, date) of each contact, sorted."""
    out: list[Contact] = ex.extract(build_doc(text, "2025-02-24"))
    return sorted((c.a.leader_id, c.b.leader_id, c.status, c.date) for c in out)


@pytest.mark.parametrize("text", TEXTS)
def test_kinds_tell_what_the_payloads_tell(real: RuleExtractor, text: str) -> None:
    """A match's kinds hold a country per Place or City payload, and full names are the names not weak."""
    for s in parse_english(real, text):
        for m, k in zip(s.matches, s.kinds(), strict=True):
            assert k is kinds_of(m.payloads)
            all_places = bool(m.payloads) and all(isinstance(p, Place | City) for p in m.payloads)
            assert (bool(m.payloads) and len(k.countries) == len(m.payloads)) == all_places
            names = [p for p in m.payloads if isinstance(p, Name)]
            assert (not k.full_names) == all(n.weak for n in names)
            assert list(k.places) == [p for p in m.payloads if isinstance(p, Place)]


@pytest.mark.parametrize("text", TEXTS)
def test_clause_tests_answer_as_the_generators_did(real: RuleExtractor, text: str) -> None:
    """separated, is_visit, breaks and nearest_cue, against the expressions they replaced."""
    for s in parse_english(real, text):
        assert s.breaks() == [m.first for kind in _BREAKERS for m in s.words(kind)]
        inside = s.dated()
        firsts = [m.first for kind in _BREAKERS for m in s.words(kind)]
        for a in range(s.lo, s.hi):
            for b in range(s.lo, s.hi):
                lo, hi = min(a, b), max(a, b)
                assert s.separated(a, b) == any(lo < f < hi for f in firsts)
                assert s.separated(a, b, dated=True) == any(lo < f < hi and f not in inside for f in firsts)
        cues = s.cues()
        for c in cues:
            assert s.is_visit(c) == any(m.first == c[0] for m in s.words("visit"))
        if not cues or s.verb_final:
            continue
        for first in range(s.lo, s.hi):
            def key(c: CueAt, f: int = first) -> tuple[int, bool]:
                return min(abs(f - c[1]), abs(c[0] - f - 1)), c[0] > f

            assert s.nearest_cue(cues, first, first + 1) == min(cues, key=key)  # the first of the least keys


@pytest.mark.parametrize("text", TEXTS)
def test_planned_is_false_for_every_cue_without_a_marker(real: RuleExtractor, text: str) -> None:
    """A sentence with no future marker and no opening plan word plans no contact; one with "will" may."""
    for s in parse_english(real, text):
        cues = s.cues()
        planned = real._planned(s, cues, None)
        assert list(planned) == list(dict.fromkeys(c[0] for c in cues))
        if not s.future_marks and not s.words("planned_sentence"):
            assert not any(planned.values())


def test_chunks_after_a_place_and_after_a_full_name(real: RuleExtractor) -> None:
    """A chunk right after a country match, and one right after a leader's full name, are marked so."""
    text = "Russia President Vladimir Putin, Turkey's Recep Tayyip Erdogan and the Iranian president met."
    (s,) = parse_english(real, text)
    chunks = build_chunks(s.matches, s.tokens, s.text, s.hi, kinds=s.kinds())
    for c in chunks:
        before = [m for m in s.matches if m.last == c.first]
        assert c.after_place == any(bool(m.payloads) and all(isinstance(p, Place | City) for p in m.payloads)
                                    for m in before)
        assert c.after_name == any(m.last - m.first > 1 and any(isinstance(p, Name) and not p.weak
                                                                 for p in m.payloads) for m in before)


def test_reports_keep_their_contacts_and_days(real: RuleExtractor) -> None:
    """The reports' contacts and days: the "when" clause and the side clause's earlier day read as before."""
    assert ("donald-trump", "emmanuel-macron", "occurred", "2025-02-24") in [
        tuple(sorted(r[:2])) + r[2:] for r in _contacts(real, TEXTS[0])]
    sochi = [tuple(sorted(r[:2])) + r[2:] for r in _contacts(real, TEXTS[1])]
    assert ("recep-tayyip-erdogan", "vladimir-putin", "occurred", "2023-09-04") in sochi
    moscow = [tuple(sorted(r[:2])) + r[2:] for r in _contacts(real, TEXTS[2])]
    assert ("vladimir-putin", "xi-jinping", "occurred", "2025-05-08") in moscow
    assert ("olaf-scholz", "vladimir-putin", "occurred", "2024-11-15") in moscow
