"""Greek case forms of personal names, by rule, so "του Μητσοτάκη", "τον Κυριάκο Μητσοτάκη" find their leader.

The rule, written for the names of leaders in Greek spelling (Greek and Cypriot names, and foreign names as
the Greek press writes them):
- masculine -ης/-ής (Μητσοτάκης, Χριστοδουλίδης, Καραμανλής): genitive and accusative -η/-ή;
- masculine -ας/-άς (Τσίπρας, Σαμαράς, Τασούλας): genitive and accusative -α/-ά;
- masculine -ος/-ός (Κυριάκος, Παυλόπουλος, Φραγκίσκος): genitive -ου, accusative -ο;
- feminine -α/-η of a given name (Κατερίνα, Άνγκελα): genitive +ς;
- every other ending does not decline: foreign names (Ερντογάν, Πούτιν, Μακρόν, Σολτς, Γκουτέρες, Μπόρις),
  feminine surnames in the genitive form (Σακελλαροπούλου), and surnames in -ου (Παπανδρέου, Νετανιάχου).
The accent stays where it is written: folding drops it, so a shifted accent ("Κυριάκου") matches alike.
Forms may over-generate (a foreign name in -ος gets a genitive the press may not write); matching only
needs the real form present. Words of three letters or fewer and words in another script stay as written.
"""

from __future__ import annotations

import re

from ingest.gazetteer import cases
from ingest.gazetteer.cases import Table
from ingest.gazetteer.ru import Gender

CASES = ("gen", "acc")
_GREEK = re.compile("[\u0370-\u03ff]")


def word_cases(word: str, gender: Gender) -> Table:
    """Return the genitive and accusative of a word of a name; indeclinable words give {}."""
    if len(word) <= 3 or not _GREEK.search(word) or not word[-1].isalpha():
        return {}
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return {c: [f"{head}-{f}" for f in fs] for c, fs in word_cases(tail, gender).items()}
    if gender == "m":
        if word.endswith(("ης", "ής", "ας", "άς")):
            return {"gen": [word[:-1]], "acc": [word[:-1]]}
        if word.endswith(("ος", "ός")):
            return {"gen": [word[:-2] + ("ού" if word.endswith("ός") else "ου")], "acc": [word[:-1]]}
        return {}
    if word.endswith(("α", "ά", "η", "ή")):
        return {"gen": [word + "ς"]}
    return {}


def decline_word(word: str, gender: Gender) -> list[str]:
    """Return the word with its case forms (nominative first); indeclinable words come back alone."""
    return cases.decline_word(word, gender, word_cases)


def decline_name(name: str, gender: Gender) -> list[str]:
    """Return a full name in each case, every word in the same case ("Κυριάκου Μητσοτάκη", ...)."""
    return cases.decline_name(name, gender, word_cases, CASES)
