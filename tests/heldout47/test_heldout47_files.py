"""What is particular to the forty-seventh set, Italian, Portuguese, Polish, Dutch, Ukrainian and Indonesian
reports about contacts of 2022-2025: each press's dateline, the case forms of names and titles the set was
written with, its weekdays and yesterdays against the publication day, where its negatives and planned
contacts lie, and the people it names who are no participants.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter

from tests.evalset.registry import HELDOUT47, gold_contacts, records
from tests.evalset.set_checks import weekdays_checked, yesterdays_checked

LANGS = ("it", "pt", "pl", "nl", "uk", "id")
# Weekdays, Monday first, in the forms these presses write: Polish and Ukrainian in the cases that follow
# "w"/"у" ("w środę", "у середу", "минулої п'ятниці"); Indonesian capitalised, as lower-case "minggu" is
# "week".
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
           "domingo"),
    "pl": ("poniedziałek", "wtorek", "środ[aęy]", "czwartek", "piątek", "sobot[aęy]", "niedziel[aęi]"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "uk": ("понеділ(?:ок|ка)", "вівтор(?:ок|ка)", "серед[аиу]", "четвер(?:га)?", "п'ятниц[яію]", "субот[аиу]",
           "неділ[яію]"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
}
YESTERDAY = {
    "it": r"\bieri\b", "pt": r"\bontem\b", "pl": r"(?i)\bwczoraj\b", "nl": r"(?i)\bgisteren\b",
    "uk": r"(?i)(?<!\w)(учора|вчора)(?!\w)", "id": r"(?i)\bkemarin\b",
}


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT47) if r.data["lang"] == lang]


def test_reports_open_with_their_press_dateline() -> None:
    # "ROMA, 24 LUG - ", "Lisboa, 28 mai 2024 (Lusa) - ", "Pequim - ", "Pekin, 24 czerwca (PAP) - ",
    # "CHARKIV (ANP) - ", "Анкара. 15 травня. Укрінформ. ", "Jakarta (ANTARA) - ", "BOGOR, KOMPAS.com - "
    datelines = {
        "it": (r"[A-Z][A-Z ()]+, \d{1,2} [A-Z]{3} - ", 4),
        "pt": (r"(\w+, \d{1,2} [a-z]{3} \d{4} \(Lusa\)|[A-Z]\w+) - ", 4),
        "pl": (r"\w+, \d{1,2} \w+ \(PAP\) - ", 3),
        "nl": (r"[A-Z]+ \(ANP\) - ", 1),
        "uk": (r"[А-Я]\w+\. \d{1,2} \w+\. Укрінформ\. ", 1),
        "id": (r"(\w+ \(ANTARA\)|[A-Z]+, KOMPAS\.com) - ", 4),
    }
    for lang, (pattern, count) in datelines.items():
        assert sum(bool(re.match(pattern, t)) for t in _texts(lang)) == count, lang


def test_names_and_titles_stand_in_their_cases() -> None:
    forms = {
        "pl": ("z przewodniczącym ChRL Xi Jinpingiem", "z premierem Chin Li Qiangiem", "przyjęty przez Xi",
               "z prezydentem USA Donaldem Trumpem", "z Macronem", "z kanclerzem Olafem Scholzem"),
        "uk": ("з Президентом Туреччини Реджепом Таїпом Ердоганом",
               "з Президентом Південно-Африканської Республіки Сирілом Рамафосою",
               "з Президентом США Дональдом Трампом", "з Володимиром Путіним",
               "з Президентом Фінляндії Александером Стуббом", "Мостафою Мадбулі"),
        "it": ("l'allora premier Mario Draghi", "lo stesso terzetto", "il capo dell'Eliseo Emmanuel Macron"),
        "pt": ("o então primeiro-ministro António Costa", "pelo homólogo"),
        "nl": ("door premier Mark Rutte ontvangen", "de koning en zijn gast"),
        "id": ("dengan Zelensky dan kemudian dengan Putin", "kedua kepala negara"),
    }
    for lang, wanted in forms.items():
        text = " ".join(_texts(lang))
        assert [f for f in wanted if f not in text] == [], lang


def test_negatives_pairs_met_twice_and_busy_reports_lie_where_the_set_put_them() -> None:
    for lang in LANGS:
        docs = [r.data for r in records(HELDOUT47) if r.data["lang"] == lang]
        assert sum(not d["contacts"] for d in docs) == (0 if lang in ("uk", "id") else 1), lang
        twice = [d for d in docs if d["contacts"] and max(Counter(
            frozenset((c["a"]["country"], c["b"]["country"])) for c in d["contacts"]).values()) >= 2]
        assert twice, lang
        assert any(len(d["contacts"]) >= 3 for d in docs), lang


def test_planned_contacts_are_the_ones_announced() -> None:
    planned = Counter(doc["lang"] for doc, c in gold_contacts(HELDOUT47) if c["status"] == "planned")
    assert planned == Counter({"id": 3, "pl": 1, "nl": 1})


def test_a_named_weekday_is_the_contacts_day_within_the_week() -> None:
    checked = weekdays_checked(gold_contacts(HELDOUT47), WEEKDAYS)
    assert checked == Counter({"id": 5, "uk": 4, "pl": 3, "pt": 1, "nl": 1})


def test_yesterday_is_the_day_before_publication() -> None:
    assert yesterdays_checked(gold_contacts(HELDOUT47), YESTERDAY) == Counter({"it": 2, "nl": 2})


def test_candidates_and_presidents_elect_are_no_participants() -> None:
    # Nawrocki in the Oval Office as a candidate (May 2025), Trump at the Élysée as president-elect (December
    # 2024), Prabowo in Canberra as president-elect (August 2024): the texts tell them, the gold holds none.
    for doc, c in gold_contacts(HELDOUT47):
        people = {c["a"]["name"], c["b"]["name"]}
        if "Karol Nawrocki" in people:
            assert c["date"] >= "2025-08", doc["id"]
        if "Donald Trump" in people:
            assert c["date"] >= "2025-01-20", doc["id"]
        if "Prabowo Subianto" in people:
            assert c["date"] >= "2024-10-20", doc["id"]
