"""Names in Arabic, Persian and Cyrillic script for the most-reported states' leaders since 2010."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("form", "leader"), [
    ("Кая Каллас", "kaja-kallas"),              # Russian press
    ("Яна Фишера", "jan-fischer"),              # a Russian case the build adds
    ("Вацлав Клаус", "vaclav-klaus"),
    ("Мухаммед Гази аль-Джалали", "mohammad-ghazi-al-jalali"),
    ("كلاوس يوهانيس", "klaus-iohannis"),       # Arabic agencies
    ("عبد الرحيم الكيب", "abdurrahim-el-keib"),
    ("قربان قولي بردي محمدوف", "gurbanguly-berdimuhamedov"),
    ("ژان کاستکس", "jean-castex"),             # IRNA and the Persian press
    ("ژان‌کلود یونکر", "jean-claude-juncker"),
    ("صدر ژاپاروف", "sadyr-japarov"),
    ("Ebrahim Raeisi", "ebrahim-raisi"),        # Latin transliterations
    ("Muammar Qaddafi", "muammar-gaddafi"),
])
def test_a_name_in_another_script_finds_its_leader(gaz: Gazetteer, form: str, leader: str) -> None:
    assert [ldr.id for ldr in gaz.by_alias(form)] == [leader]


def test_surnames_that_are_words_in_arabic_or_persian_were_left_out(gaz: Gazetteer) -> None:
    # كروز (cruise, as in cruise missile), چین (China), رود (river): left out, see docs/GAZETTEER.md.
    for word in ("كروز", "چین", "رود", "کنی", "پارک", "سال", "زمان"):
        assert gaz.by_alias(word) == [], word


def test_coverage_of_the_most_reported_states_does_not_shrink() -> None:
    # A ratchet: the gaps counted on 2026-11-29 after the third pass; lower them, never raise them.
    done = subprocess.run([sys.executable, "tools/name_coverage.py"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    head = done.stdout.splitlines()[0]
    counts = {k: int(v) for k, v in re.findall(r"(ar|fa|ru) (\d+)", head)}
    assert int(head.split()[0]) >= 646
    assert counts["ar"] <= 179 and counts["fa"] <= 232 and counts["ru"] <= 100, head


def test_a_surname_spelled_as_a_common_word_is_no_surname_alone(gaz: Gazetteer) -> None:
    # Macky Sall is "ماكي سال" in full; "سال" alone is "year" in Persian and would name him in every text.
    assert [ldr.id for ldr in gaz.by_alias("ماكي سال")] == ["macky-sall"]
