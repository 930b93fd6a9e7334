"""Sentences with a contact cue and both leaders named that gave no statement (round fourteen, r14-silent).

Sentences we wrote about real contacts. Each case is (language, text, publication day, the pair as
"AAA-BBB"). A relative clause on a contact noun whose pronoun is the other party ("a meeting in which Y told
him"), a letter after an indefinite article ("in a letter that he sent to Y"), a fronted "during his visit,
where he met Y" before the main clause's subject, and "X was the first leader who met Y" each tell the pair's
contact; the rows after them keep what the refusing rules were written for.
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

# Trump published his tariff letter to Prabowo on Monday 7 July 2025, the one to Lula on Wednesday 9 July.
LETTERS = [
    ("en", "Donald Trump announced the tariff in a letter that he sent to Prabowo Subianto on Monday.",
     "2025-07-08", "IDN-USA"),
    ("en", "Donald Trump announced the tariff in a letter he sent to Prabowo Subianto on Monday.",
     "2025-07-08", "IDN-USA"),
    ("fr", "Donald Trump a annoncé ces droits de douane dans une lettre qu'il a adressée mercredi à Lula.",
     "2025-07-10", "BRA-USA"),
    ("es", "Donald Trump anunció los aranceles en una carta que envió el miércoles a Lula da Silva.",
     "2025-07-10", "BRA-USA"),
    ("es", "Donald Trump anunció los aranceles en una carta que él envió el miércoles a Lula da Silva.",
     "2025-07-10", "BRA-USA"),
    ("ru", "Дональд Трамп объявил о пошлинах в письме, которое он направил в среду Луле да Силве.",
     "2025-07-10", "BRA-USA"),
    ("id", "Trump menyampaikan tarif itu dalam surat yang ia kirimkan kepada Prabowo pada Senin.",
     "2025-07-08", "IDN-USA"),
    ("nl", "Donald Trump maakte de heffingen bekend in een brief die hij woensdag aan Lula stuurde.",
     "2025-07-10", "BRA-USA"),
]

# Trump's tariff letters to Prabowo (Monday 7 July 2025) and Lula (9 July); these sentences of ours put a
# release on a later day, so the letter's own day is the relative clause's.
RELEASED_LETTERS = [
    ("en", "The White House on Friday released a letter that Donald Trump sent to Prabowo on Monday.",
     "2025-07-12", "2025-07-07"),
    ("en", "The White House on Friday released the letter that Donald Trump sent to Lula da Silva on 9 July.",
     "2025-07-12", "2025-07-09"),
]


# Zelensky and Trump met in the Oval Office on Friday 28 February 2025; Trump told him he was gambling with
# World War Three.
MEETINGS = [
    ("en", "Zelensky left the White House early on Friday after a tense meeting in which Trump told him he "
           "was gambling with World War Three.", "2025-03-01", "UKR-USA"),
    ("ru", "Зеленский покинул Белый дом в пятницу после напряжённой встречи, в ходе которой Трамп спорил "
           "с ним о войне.", "2025-03-01", "UKR-USA"),
    ("pl", "Zełenski opuścił w piątek Biały Dom po napiętym spotkaniu, podczas którego Trump zarzucił mu "
           "brak wdzięczności.", "2025-03-01", "UKR-USA"),
    # (he flew on to London on Saturday 1 March 2025)
    ("en", "Zelensky flew to London on Saturday, a day after a meeting in which Trump accused him of being "
           "ungrateful.", "2025-03-02", "UKR-USA"),
]

# Xi Jinping met Emmanuel Macron at the Elysee on Monday 6 May 2024; both called for an Olympic truce.
DURING = [
    ("en", "During his visit to Paris on Monday, where he met Emmanuel Macron, Xi Jinping backed the call "
           "for an Olympic truce."),
    ("fr", "Lors de sa visite à Paris lundi, où il a rencontré Emmanuel Macron, Xi Jinping a soutenu l'appel "
           "à une trêve olympique."),
    ("es", "Durante su visita a París el lunes, donde se reunió con Emmanuel Macron, Xi Jinping respaldó la "
           "tregua olímpica."),
    ("it", "Durante la sua visita a Parigi lunedì, dove ha incontrato Emmanuel Macron, Xi Jinping ha "
           "sostenuto la tregua olimpica."),
    ("pt", "Durante a sua visita a Paris na segunda-feira, onde se reuniu com Emmanuel Macron, Xi Jinping "
           "apoiou a trégua olímpica."),
    ("de", "Während seines Besuchs in Paris am Montag, bei dem er Emmanuel Macron traf, unterstützte Xi "
           "Jinping die olympische Waffenruhe."),
    ("ru", "Во время визита в Париж в понедельник, где он встретился с Эммануэлем Макроном, Си Цзиньпин "
           "поддержал призыв к олимпийскому перемирию."),
    ("ar", "وخلال زيارته إلى باريس يوم الاثنين، التي التقى خلالها الرئيس إيمانويل ماكرون، أيد شي جين بينغ "
           "الدعوة إلى هدنة أولمبية."),
    ("nl", "Tijdens zijn bezoek aan Parijs op maandag, waar hij Emmanuel Macron ontmoette, steunde Xi "
           "Jinping de olympische wapenstilstand."),
    ("pl", "Podczas wizyty w Paryżu w poniedziałek, gdzie spotkał się z Emmanuelem Macronem, Xi Jinping "
           "poparł rozejm olimpijski."),
]

# Netanyahu was the first foreign leader Trump received in his second term, on Tuesday 4 February 2025;
# Sultan Qaboos was the first head of state to visit Tehran after Rouhani took office (25 August 2013).
FIRSTS = [
    ("en", "Benjamin Netanyahu was on Tuesday the first foreign leader who met Donald Trump after his return "
           "to the White House.", "2025-02-05", "ISR-USA"),
    ("fr", "Benjamin Netanyahu est le premier dirigeant étranger qui a rencontré Donald Trump depuis son "
           "retour à la Maison Blanche.", "2025-02-05", "ISR-USA"),
    ("ru", "Биньямин Нетаньяху во вторник стал первым иностранным лидером, которого Дональд Трамп принял "
           "после возвращения в Белый дом.", "2025-02-05", "ISR-USA"),
    ("es", "Benjamin Netanyahu fue el martes el primer líder extranjero que se reunió con Donald Trump tras "
           "su regreso a la Casa Blanca.", "2025-02-05", "ISR-USA"),
    ("fa", "سلطان قابوس نخستین رهبری بود که به تهران سفر کرد و با حسن روحانی دیدار کرد.", "2013-08-26",
     "IRN-OMN"),
]


def _occurred(real: RuleExtractor, make_doc: DocFactory, text: str, published: str, lang: str) -> list[str]:
    return [row[0] for row in pair_rows(real, make_doc, text, published, lang) if row[3] == "occurred"]


@pytest.mark.parametrize(("lang", "text", "published", "pair"), LETTERS)
def test_a_letter_after_an_indefinite_article_or_with_its_relative_clause(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str, published: str, pair: str) -> None:
    # (an indefinite article makes "letter" a noun, not "wrote that"; the relative clause on the letter,
    # its pronoun the sender, names the addressee)
    assert pair in _occurred(real, make_doc, text, published, lang)


@pytest.mark.parametrize(("lang", "text", "published", "day"), RELEASED_LETTERS)
def test_a_released_letter_takes_its_relative_clause_s_day(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str, published: str, day: str) -> None:
    # (the main clause's day is the release's: "on Friday released a letter that X sent on Monday")
    found = real.extract(make_doc(text, published, lang))
    assert [c.date for c in found if c.mode == "written"] == [day]


@pytest.mark.parametrize(("lang", "text", "published", "pair"), MEETINGS)
def test_a_relative_clause_on_a_meeting_names_its_other_party(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str, published: str, pair: str) -> None:
    assert pair in _occurred(real, make_doc, text, published, lang)


@pytest.mark.parametrize(("lang", "text"), DURING)
def test_a_fronted_during_phrase_with_a_relative_clause_is_the_subjects_visit(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str) -> None:
    assert "CHN-FRA" in _occurred(real, make_doc, text, "2024-05-07", lang)


@pytest.mark.parametrize(("lang", "text", "published", "pair"), FIRSTS)
def test_the_first_leader_who_met_is_the_subject(
        real: RuleExtractor, make_doc: DocFactory, lang: str, text: str, published: str, pair: str) -> None:
    assert pair in _occurred(real, make_doc, text, published, lang)


# What the refusing rules were written for still holds.
KEPT = [
    # a writing verb before "that" states words, no letter (no article before it)
    ("en", "Donald Trump wrote on Wednesday that Lula da Silva's government was treating Jair Bolsonaro "
           "unfairly.", "2025-07-10"),
    # a relative clause on a meeting with no pronoun of the subject's: the meeting of others
    ("en", "Zelensky criticized the meeting in which Donald Trump received Vladimir Putin in Alaska on "
           "Friday.", "2025-08-16"),
    # "the first leader who met Y" after a speech verb is no predicate of the speaker
    ("en", "Recep Tayyip Erdogan said on Wednesday that the first foreign leader who met Donald Trump was "
           "Benjamin Netanyahu.", "2025-02-05"),
]


@pytest.mark.parametrize(("lang", "text", "published"), KEPT)
def test_what_the_refusing_rules_keep_out(real: RuleExtractor, make_doc: DocFactory, lang: str, text: str,
                                          published: str) -> None:
    got = _occurred(real, make_doc, text, published, lang)
    assert not any(p in got for p in ("BRA-USA", "UKR-USA", "TUR-USA")), got


def test_a_fronted_during_phrase_with_no_relative_clause_reads_as_before(real: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    text = "During his visit to Paris on Monday, which lasted two days, Xi Jinping met Emmanuel Macron."
    assert _occurred(real, make_doc, text, "2024-05-07", "en") == ["CHN-FRA"]
