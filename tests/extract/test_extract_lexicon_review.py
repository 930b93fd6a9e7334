"""Contact words added by a review of the German, French and Italian lexicons, each in a report we wrote.

Every sentence tells a real contact on its real day, in a wording the review added (most were missed before).
"""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, extract_rows

CASES = [
    # a video link of several leaders (13 August 2025, before the Alaska summit)
    ("de", "Bundeskanzler Friedrich Merz hat am Mittwoch in einer Videoschaltung mit US-Präsident "
     "Donald Trump über die Ukraine beraten.", "2025-08-14", ("DEU", "USA", "video", "2025-08-13")),
    # a state visit is received by the host (Macron's state visit to Germany, 26-28 May 2024)
    ("de", "Der französische Präsident Emmanuel Macron ist am Sonntag zu einem Staatsbesuch bei "
     "Bundespräsident Frank-Walter Steinmeier in Berlin eingetroffen.", "2024-05-27",
     ("DEU", "FRA", "in_person", "2024-05-26")),
    # "coup de fil": a phone call (Macron and Putin, 1 July 2025, their first call in nearly three years)
    ("fr", "Emmanuel Macron a passé mardi un coup de fil de deux heures à Vladimir Poutine.", "2025-07-02",
     ("FRA", "RUS", "phone", "2025-07-01")),
    # the feminine of "s'est rendu" (Meloni's dinner with Macron at the Elysée, 3 June 2025)
    ("fr", "Giorgia Meloni s'est rendue mardi à l'Elysée chez Emmanuel Macron.", "2025-06-04",
     ("FRA", "ITA", "in_person", "2025-06-03")),
    # the feminine "s'est entretenue" (the same dinner at the Elysée; Sheinbaum's call with Trump on the day
    # he paused his tariffs on Mexico, 3 February 2025)
    ("fr", "Giorgia Meloni s'est entretenue mardi à l'Elysée avec Emmanuel Macron.", "2025-06-04",
     ("FRA", "ITA", "in_person", "2025-06-03")),
    ("fr", "Claudia Sheinbaum s'est entretenue lundi par téléphone avec Donald Trump.", "2025-02-04",
     ("MEX", "USA", "phone", "2025-02-03")),
    # "a tu per tu": one to one (Meloni at the White House, 17 April 2025)
    ("it", "Giorgia Meloni e Donald Trump si sono parlati a tu per tu giovedì alla Casa Bianca.",
     "2025-04-18", ("ITA", "USA", "in_person", "2025-04-17")),
    # "si è recato": went to see (Zelensky at the Quirinale, 13 May 2023)
    ("it", "Il presidente ucraino Volodymyr Zelensky si è recato sabato al Quirinale dal presidente Sergio "
     "Mattarella.", "2023-05-14", ("ITA", "UKR", "in_person", "2023-05-13")),
    # a headline's present tense (Milei at Palazzo Chigi, 12 February 2024)
    ("it", "Giorgia Meloni incontra oggi a Palazzo Chigi il presidente argentino Javier Milei.", "2024-02-12",
     ("ARG", "ITA", "in_person", "2024-02-12")),
]


@pytest.mark.parametrize(("lang", "text", "published", "want"), CASES)
def test_added_contact_word_is_found_with_its_mode(extractor: RuleExtractor, make_doc: DocFactory, lang: str,
                                                   text: str, published: str,
                                                   want: tuple[str, str, str, str]) -> None:
    got = extract_rows(extractor, make_doc, text, published, lang, ("mode", "date"), occurred_only=True)
    assert got == [want]


def test_video_call_of_three_is_video_for_every_pair(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # "appel vidéo" is a video call, not a phone call (Macron, Scholz and Xi, 8 March 2022)
    text = ("Emmanuel Macron et Olaf Scholz ont tenu mardi un appel vidéo avec le président chinois "
            "Xi Jinping.")
    got = extract_rows(extractor, make_doc, text, "2022-03-09", "fr", ("mode", "date"), occurred_only=True)
    assert ("CHN", "FRA", "video", "2022-03-08") in got
    assert ("CHN", "DEU", "video", "2022-03-08") in got
    assert {row[2] for row in got} == {"video"}
