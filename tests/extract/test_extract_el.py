"""Greek reports (the style of Kathimerini, ERT, ΑΠΕ-ΜΠΕ and the Cyprus News Agency), written by us about real
contacts.

They run on the bundled gazetteer, whose Greek names are the hand-written ones of manual/names_el.jsonl.
"""

from __future__ import annotations

import pytest

from graph.text import fold
from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from ingest.gazetteer.el import decline_name, decline_word
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "el")


CASES = [
    # Tsipras in Ankara on Tuesday 5 February 2019: the weekday with its article, the demonym before the
    # title, the partner's full name in the accusative
    ("Ο πρωθυπουργός Αλέξης Τσίπρας συναντήθηκε την Τρίτη στην Άγκυρα με τον Τούρκο Πρόεδρο Ρετζέπ Ταγίπ "
     "Ερντογάν.", "2019-02-06", [("GRC-TUR", "in_person", "2019-02-05", "occurred")]),
    # Mitsotakis at the White House on 7 January 2020: a day with its genitive month, the genitive name
    ("Η συνάντηση του Κυριάκου Μητσοτάκη με τον Ντόναλντ Τραμπ έγινε στις 7 Ιανουαρίου 2020 στον Λευκό Οίκο.",
     "2020-01-09", [("GRC-USA", "in_person", "2020-01-07", "occurred")]),
    # the same without accents, as some sites write it: folding meets both
    ("Ο πρωθυπουργος Κυριακος Μητσοτακης συναντηθηκε χθες με τον Ντοναλντ Τραμπ στον Λευκο Οικο.",
     "2020-01-08",
     [("GRC-USA", "in_person", "2020-01-07", "occurred")]),
    # Tsipras and Zaev at Prespes on 17 June 2018: two subjects of one plural verb
    ("Ο Αλέξης Τσίπρας και ο Ζόραν Ζάεφ συναντήθηκαν στις Πρέσπες στις 17 Ιουνίου 2018.", "2018-06-18",
     [("GRC-MKD", "in_person", "2018-06-17", "occurred")]),
    # Biden and Xi by video on Monday 15 November 2021 (Washington time): "τηλεδιάσκεψη", "τη Δευτέρα"
    ("Τηλεδιάσκεψη είχαν τη Δευτέρα ο Πρόεδρος των ΗΠΑ Τζο Μπάιντεν και ο Κινέζος ομόλογός του Σι Τζινπίνγκ.",
     "2021-11-16", [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Trump's letter to Erdoğan of 9 October 2019: "επιστολή"
    ("Ο Ντόναλντ Τραμπ έστειλε επιστολή στον Ρετζέπ Ταγίπ Ερντογάν στις 9 Οκτωβρίου.", "2019-10-17",
     [("TUR-USA", "written", "2019-10-09", "occurred")]),
    # a call told by its noun ("τηλεφωνική επικοινωνία"), today
    ("Τηλεφωνική επικοινωνία είχε σήμερα ο Κυριάκος Μητσοτάκης με τον Ρετζέπ Ταγίπ Ερντογάν.", "2023-02-06",
     [("GRC-TUR", "phone", "2023-02-06", "occurred")]),
    # a plan: "πρόκειται να συναντηθεί" (Mitsotakis and Biden met on 16 May 2022); undated, it keeps the
    # publication day
    ("Ο πρωθυπουργός πρόκειται να συναντηθεί με τον Πρόεδρο Μπάιντεν στον Λευκό Οίκο.", "2022-05-10",
     [("GRC-USA", "in_person", "2022-05-10", "planned")]),
    # a plan with the future particle "θα" and "αύριο"
    ("Ο Κυριάκος Μητσοτάκης θα επισκεφθεί αύριο την Άγκυρα, όπου θα συναντηθεί με τον Τούρκο Πρόεδρο.",
     "2024-05-12", [("GRC-TUR", "in_person", "2024-05-13", "planned")]),
    # the pluperfect with the month and its year joined by "του" ("τον Σεπτέμβριο του 2017")
    ("Ο Εμανουέλ Μακρόν είχε συνομιλίες με τον τότε πρωθυπουργό Αλέξη Τσίπρα στην Αθήνα τον Σεπτέμβριο του "
     "2017.", "2021-09-29", [("FRA-GRC", "in_person", "2017-09", "occurred")]),
    # the Cypriot press ("(ΚΥΠΕ)"): the bare "Πρόεδρος της Δημοκρατίας" is Cyprus's president (Anastasiades
    # received Pope Francis on 3 December 2021) ...
    ("ΛΕΥΚΩΣΙΑ (ΚΥΠΕ) – Τον Πάπα Φραγκίσκο υποδέχθηκε σήμερα στο Προεδρικό Μέγαρο ο Πρόεδρος της "
     "Δημοκρατίας.", "2021-12-03", [("CYP-VAT", "in_person", "2021-12-03", "occurred")]),
    # ... and Greece's in the Greek press (Sakellaropoulou, the next day)
    ("Τον Πάπα Φραγκίσκο υποδέχθηκε χθες στο Προεδρικό Μέγαρο η Πρόεδρος της Δημοκρατίας.", "2021-12-05",
     [("GRC-VAT", "in_person", "2021-12-04", "occurred")]),
    # "ο κ." (Mr) is no sentence end: the surname after it is the partner
    ("Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε χθες με τον κ. Ερντογάν στο Βίλνιους.", "2023-07-13",
     [("GRC-TUR", "in_person", "2023-07-12", "occurred")]),
    # "δέχθηκε" with the guest right after it: received him (Sakellaropoulou and Erdoğan, 7 December 2023)
    ("Η Πρόεδρος της Δημοκρατίας Κατερίνα Σακελλαροπούλου δέχθηκε χθες τον Πρόεδρο Ρετζέπ Ταγίπ Ερντογάν.",
     "2023-12-08", [("GRC-TUR", "in_person", "2023-12-07", "occurred")]),
    # the subject dropped in the next sentence, the partner after "με τον" (Odesa, 6 March 2024)
    ("Ο πρωθυπουργός Κυριάκος Μητσοτάκης έφτασε χθες στην Οδησσό. Εκεί συναντήθηκε με τον Βολοντίμιρ "
     "Ζελένσκι.", "2024-03-07", [("GRC-UKR", "in_person", "2024-03-06", "occurred")]),
    # "ago" before its number ("πριν από τρεις ημέρες"), counted back from the publication day
    ("Ο Κυριάκος Μητσοτάκης συναντήθηκε πριν από τρεις ημέρες στην Οδησσό με τον Βολοντίμιρ Ζελένσκι.",
     "2024-03-09", [("GRC-UKR", "in_person", "2024-03-06", "occurred")]),
    # the abbreviated honorific between a title and its name ("κ.") keeps them one person (Christodoulides at
    # the White House, 30 October 2024): the title is his, not Greece's president
    ("Ο Πρόεδρος της Δημοκρατίας κ. Νίκος Χριστοδουλίδης συναντήθηκε χθες στον Λευκό Οίκο με τον Πρόεδρο "
     "Τζο Μπάιντεν.", "2024-10-31", [("CYP-USA", "in_person", "2024-10-30", "occurred")]),
    # the object pronoun opening the sentence stands for the guests of the sentence before
    # (the Evros border, 3 March 2020)
    ("Στις Καστανιές έφτασαν χθες ο Κροάτης πρωθυπουργός Αντρέι Πλένκοβιτς και η Πρόεδρος της Κομισιόν "
     "Ούρσουλα φον ντερ Λάιεν. Τους υποδέχθηκε ο πρωθυπουργός Κυριάκος Μητσοτάκης.", "2020-03-04",
     [("EU-GRC", "in_person", "2020-03-03", "occurred"), ("GRC-HRV", "in_person", "2020-03-03", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_greek_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                        expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), [
    # negation: Erdoğan stayed away from Granada (5 October 2023)
    ("Ο πρωθυπουργός δεν συναντήθηκε με τον Τούρκο Πρόεδρο στη Γρανάδα.", "2023-10-06"),
    # a cancelled meeting, the cancellation opening the sentence
    ("Ακυρώθηκε η συνάντηση του πρωθυπουργού Κυριάκου Μητσοτάκη με τον Βρετανό ομόλογό του Ρίσι Σούνακ.",
     "2023-11-28"),
    # a denial
    ("Το Μαξίμου διέψευσε ότι ο πρωθυπουργός θα συναντηθεί με τον Τούρκο Πρόεδρο.", "2023-09-10"),
    # a foreign minister received by a leader is no leaders' contact (Dendias in Ankara, 15 April 2021)
    ("Ο υπουργός Εξωτερικών Νίκος Δένδιας έγινε δεκτός από τον Πρόεδρο Ρετζέπ Ταγίπ Ερντογάν στην Άγκυρα.",
     "2021-04-16"),
    # two foreign ministers, counterparts of each other
    ("Ο υπουργός Εξωτερικών Νίκος Δένδιας συναντήθηκε χθες με τον Τούρκο ομόλογό του Μεβλούτ Τσαβούσογλου.",
     "2021-04-16"),
    # the opposition leader holds no office (Starmer, 27 November 2023)
    ("Ο Κυριάκος Μητσοτάκης συναντήθηκε χθες με τον αρχηγό της αξιωματικής αντιπολίτευσης Κιρ Στάρμερ.",
     "2023-11-28"),
])
def test_greek_non_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> None:
    assert [r for r in _rows(real, make_doc, text, published) if r[3] == "occurred"] == []


def test_greek_folds_accents_dialytika_and_final_sigma() -> None:
    assert fold("Πρωθυπουργός") == fold("ΠΡΩΘΥΠΟΥΡΓΟΣ") == "πρωθυπουργοσ"
    assert fold("Μαΐου") == fold("ΜΑΪΟΥ") == "μαιου"
    assert fold("Ευρωπαϊκής") == "ευρωπαικησ"
    # the ano teleia and the Greek question mark separate words
    assert fold("χθες· σήμερα\u037e") == "χθεσ σημερα"


def test_greek_question_mark_ends_a_sentence_and_mr_does_not() -> None:
    text = "Θα συναντηθούν οι δύο ηγέτες\u037e Ο κ. Μητσοτάκης δεν απάντησε."
    assert [text[s.start:s.end].strip() for s in split_sentences(text)] == [
        "Θα συναντηθούν οι δύο ηγέτες\u037e", "Ο κ. Μητσοτάκης δεν απάντησε."]


def test_greek_names_take_their_cases() -> None:
    assert decline_name("Κυριάκος Μητσοτάκης", "m") == ["Κυριάκος Μητσοτάκης", "Κυριάκου Μητσοτάκη",
                                                        "Κυριάκο Μητσοτάκη"]
    assert decline_word("Τσίπρας", "m") == ["Τσίπρας", "Τσίπρα"]
    assert decline_name("Κατερίνα Σακελλαροπούλου", "f") == ["Κατερίνα Σακελλαροπούλου",
                                                             "Κατερίνας Σακελλαροπούλου"]
    # foreign names do not decline
    assert decline_word("Ερντογάν", "m") == ["Ερντογάν"]
    assert decline_word("Σολτς", "m") == ["Σολτς"]


def test_greek_text_is_read_as_greek() -> None:
    assert guess_lang("Ο πρωθυπουργός συναντήθηκε χθες με τον Πρόεδρο της Γαλλίας στο Παρίσι.") == "el"
