"""What is particular to the forty-fourth set, Romanian, Swedish, Czech, Croatian, Serbian, Hungarian,
Bulgarian and Azerbaijani reports about contacts of 2022-2025: each press's dateline, the case forms of
names and titles the set was written to exercise, its weekdays and yesterdays against the publication day,
and where its negatives and pairs met twice lie.

Its form, ids, counts, cases, leaders and copy checks are every set's (tests/evalset/test_evalsets.py).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from tests.evalset.registry import HELDOUT44, gold_contacts, records

LANGS = ("ro", "sv", "cs", "hr", "sr", "hu", "bg", "az")
# Weekdays, Monday first, as the stems these presses write before their case endings ("pénteken",
# "på tisdagen", "i söndags", "u srijedu"); Azerbaijani "cümə axşamı" is Thursday, "cümə" alone Friday.
WEEKDAYS = {
    "ro": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "cs": ("pondělí", "úterý", "střed", "čtvrt", "pát", "sobot", "neděl"),
    "hr": ("ponedjeljak", "utor", "srijed", "četvrt", "pet", "subot", "nedjelj"),
    "sr": ("ponedeljak|понедељак", "utor|утор", "sred|сред", "četvrt|четврт", "petak|петак", "subot|субот",
           "nedelj|недељ"),
    "hu": ("hétf", "kedd", "szerd", "csütörtök", "péntek", "szombat", "vasárnap"),
    "bg": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    "az": ("bazar ertəsi", "çərşənbə axşamı", "çərşənbə(?! axşamı)", "cümə axşamı", "cümə(?! axşamı)",
           "şənbə", "bazar(?! ertəsi)"),
}
YESTERDAY = r"(?i)(?<!\w)(ieri|igår|včera|jučer|juče|јуче|tegnap|вчера|dünən)(?!\w)"


def _texts(lang: str) -> list[str]:
    return [r.data["text"] for r in records(HELDOUT44) if r.data["lang"] == lang]


def _weekdays(lang: str, text: str) -> set[int]:
    return {i for i, stem in enumerate(WEEKDAYS[lang]) if re.search(rf"(?<!\w)(?:{stem})", text)}


def test_reports_open_with_their_press_dateline() -> None:
    # "București, 10 oct /Agerpres/ - ", "VILNIUS (TT) ", "Praha 7. července (ČTK) - ",
    # "DUBROVNIK, 9. listopada 2024. (Hina) - ", "БЕОГРАД, 8. маја (Танјуг) - ",
    # "Budapest, 2024. július 6. (MTI) – ", "София, 6 юли (БТА) - ", "Bakı, 29 dekabr, AZƏRTAC. "
    datelines = {
        "ro": r"\w[\w ]*, \d{1,2} [a-z]{3} /Agerpres/ - ",
        "sv": r"[A-ZÅÄÖ]+ \(TT\) ",
        "cs": r"[A-ZČŘŠŽ]\w+ \d{1,2}\. \w+ \(ČTK\) - ",
        "hr": r"[A-ZČĆŠŽĐ]+, \d{1,2}\. \w+ \d{4}\. \(Hina\) - ",
        "sr": r"[A-ZА-Я]+, \d{1,2}\. \w+ \((Танјуг|Tanjug|Beta)\) - ",
        "hu": r"[A-ZÁ]\w+, \d{4}\. \w+ \d{1,2}\. \(MTI\) – ",
        "bg": r"[А-Я]\w+, \d{1,2} \w+ \(БТА\) - ",
        "az": r"[A-ZƏ]\w+, \d{1,2} \w+, AZƏRTAC\. ",
    }
    for lang, pattern in datelines.items():
        assert all(re.match(pattern, t) for t in _texts(lang)), lang


def test_names_and_titles_stand_in_their_cases() -> None:
    forms = {
        "hu": ("Vlagyimir Putyin orosz elnökkel", "Zelenszkijjel", "Donald Trumpnál", "Hszi Csin-pinggel",
               "orosz partnerével"),
        "cs": ("s prezidentem Petrem Pavlem", "s premiérem Petrem Fialou", "se svým ukrajinským protějškem",
               "se Zelenským"),
        "hr": ("s premijerom Andrejom Plenkovićem", "s ukrajinskim predsjednikom Volodimirom Zelenskim",
               "sa Zelenskim"),
        "sr": ("са председником Кине Си Ђинпингом", "s predsednikom Rusije Vladimirom Putinom"),
        "bg": ("Премиерът Николай Денков", "от президента Румен Радев", "президентът заяви",
               "украинският му колега", "руският му колега"),
        "az": ("Donald Trampla", "Paşinyanla", "İlham Əliyevə"),
        "ro": ("omologului său ucrainean", "l-a asigurat pe Zelenski"),
        "sv": ("sin turkiske kollega",),
    }
    for lang, wanted in forms.items():
        text = " ".join(_texts(lang))
        assert [f for f in wanted if f not in text] == [], lang


def test_one_serbian_report_is_in_cyrillic() -> None:
    cyrillic = [t for t in _texts("sr") if re.search("[а-яђјљњћџ]{20}", t.replace(" ", ""))]
    assert len(cyrillic) == 1


def test_negatives_and_pairs_met_twice_lie_where_the_set_put_them() -> None:
    for lang in LANGS:
        docs = [r.data for r in records(HELDOUT44) if r.data["lang"] == lang]
        negatives = sum(not d["contacts"] for d in docs)
        assert negatives == (1 if lang in ("ro", "cs", "bg", "az") else 0), lang
        twice = [d for d in docs if d["contacts"] and max(Counter(
            frozenset((c["a"]["country"], c["b"]["country"])) for c in d["contacts"]).values()) >= 2]
        assert twice, lang


def test_a_named_weekday_is_the_contacts_day_within_the_week() -> None:
    checked = 0
    for doc, c in gold_contacts(HELDOUT44):
        named = _weekdays(doc["lang"], c["evidence"])
        if c["date_precision"] != "day" or len(named) != 1:
            continue
        day, published = date.fromisoformat(c["date"]), date.fromisoformat(doc["published"])
        assert named == {day.weekday()}, (doc["id"], c["evidence"])
        gap = (published - day).days if c["status"] == "occurred" else (day - published).days
        assert 0 <= gap <= 6, doc["id"]
        checked += 1
    assert checked >= 15


def test_yesterday_is_the_day_before_publication() -> None:
    found = 0
    for doc, c in gold_contacts(HELDOUT44):
        if re.search(YESTERDAY, c["evidence"]):
            before = date.fromisoformat(doc["published"]) - timedelta(days=1)
            assert c["date"] == before.isoformat(), doc["id"]
            found += 1
    assert found >= 2


def test_background_contacts_carry_their_month_or_year() -> None:
    # A contact told in passing ("în iunie anul trecut", "tavaly októberben", "2021. godine") carries the
    # month or year it names, never the day of the report it is told in.
    older = [c for _, c in gold_contacts(HELDOUT44)
             if c["status"] == "occurred" and c["date_precision"] in ("month", "year")]
    assert len(older) >= 15
