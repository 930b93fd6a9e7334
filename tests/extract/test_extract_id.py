"""Indonesian reports (Antara and Kompas style), written by us about real contacts, through the extractor."""

from __future__ import annotations

import pytest

from ingest.extract.rules import RuleExtractor
from ingest.langguess import guess_lang
from tests.extract.rows import DocFactory, pair_rows


def _rows(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, "id")


CASES = [
    # Macron's state visit: received by Prabowo at the Merdeka Palace on Wednesday 28 May 2025; the
    # weekday with the agencies' bracketed day/month
    ("Presiden Prabowo Subianto menerima Presiden Prancis Emmanuel Macron di Istana Merdeka, Jakarta, "
     "pada Rabu (28/5).", "2025-05-29", [("FRA-IDN", "in_person", "2025-05-28", "occurred")]),
    # ... told twelve days later: the bracketed day/month dates it, not the last Wednesday before publication
    ("Presiden Prabowo Subianto menerima Presiden Prancis Emmanuel Macron di Istana Merdeka, Jakarta, "
     "pada Rabu (28/5).", "2025-06-10", [("FRA-IDN", "in_person", "2025-05-28", "occurred")]),
    ("Presiden Prabowo Subianto menerima Presiden Prancis Emmanuel Macron di Istana Merdeka, Jakarta, "
     "pada Rabu (28/5/2025).", "2025-06-10", [("FRA-IDN", "in_person", "2025-05-28", "occurred")]),
    # "pertemuan bilateral" at the White House, Tuesday 12 November 2024
    ("Presiden Prabowo Subianto melakukan pertemuan bilateral dengan Presiden Amerika Serikat Joe Biden di "
     "Gedung Putih, Washington, Selasa (12/11).", "2024-11-13",
     [("IDN-USA", "in_person", "2024-11-12", "occurred")]),
    # the Prabowo-Trump call on the tariff deal, Tuesday 15 July 2025: "melakukan pembicaraan telepon"
    ("Presiden Prabowo Subianto melakukan pembicaraan telepon dengan Presiden AS Donald Trump pada "
     "Selasa (15/7).", "2025-07-16", [("IDN-USA", "phone", "2025-07-15", "occurred")]),
    # ... told as "berbicara melalui telepon", and as a call received ("menerima telepon dari")
    ("Presiden Prabowo berbicara melalui telepon dengan Presiden Donald Trump pada Selasa (15/7).",
     "2025-07-16", [("IDN-USA", "phone", "2025-07-15", "occurred")]),
    ("Presiden Prabowo Subianto menerima telepon dari Presiden AS Donald Trump pada Selasa (15/7).",
     "2025-07-16", [("IDN-USA", "phone", "2025-07-15", "occurred")]),
    # the Biden-Xi virtual meeting of Monday 15 November 2021 (Washington time): "konferensi video"
    ("Presiden AS Joe Biden dan Presiden Tiongkok Xi Jinping menggelar pertemuan melalui konferensi video "
     "pada Senin (15/11).", "2021-11-16", [("CHN-USA", "video", "2021-11-15", "occurred")]),
    # Trump's tariff letter to Prabowo, Monday 7 July 2025: "surat"
    ("Presiden AS Donald Trump mengirim surat kepada Presiden Prabowo Subianto pada Senin (7/7) tentang "
     "tarif.", "2025-07-08", [("IDN-USA", "written", "2025-07-07", "occurred")]),
    # Biden and Xi on the sidelines of the G20 in Bali, Monday 14 November 2022: "di sela-sela KTT"
    ("Presiden Amerika Serikat Joe Biden dan Presiden Tiongkok Xi Jinping bertemu di sela-sela KTT G20 "
     "di Bali pada Senin (14/11).", "2022-11-15", [("CHN-USA", "in_person", "2022-11-14", "occurred")]),
    # Jokowi in Moscow on 30 June 2022: a full date, "30 Juni 2022"
    ("Pada 30 Juni 2022, Presiden Joko Widodo bertemu dengan Presiden Rusia Vladimir Putin di Kremlin, "
     "Moskow.", "2022-07-05", [("IDN-RUS", "in_person", "2022-06-30", "occurred")]),
    # Albanese in Jakarta on 15 May 2025: "kemarin" (yesterday), and a bare "Presiden" (Indonesia's)
    ("Presiden Prabowo Subianto kemarin menerima Perdana Menteri Australia Anthony Albanese di Istana "
     "Merdeka, Jakarta.", "2025-05-16", [("AUS-IDN", "in_person", "2025-05-15", "occurred")]),
    ("Presiden menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka hari ini.", "2025-05-15",
     [("AUS-IDN", "in_person", "2025-05-15", "occurred")]),
    # "Kepala Negara" alone is Indonesia's head of state too
    ("Kepala Negara bertemu Presiden Prancis Emmanuel Macron di Istana Merdeka pada Rabu (28/5).",
     "2025-05-29", [("FRA-IDN", "in_person", "2025-05-28", "occurred")]),
    # Jokowi in Kyiv on 29 June 2022, in Moscow the day after: "keesokan harinya"
    ("Presiden Jokowi bertemu dengan Presiden Ukraina Volodymyr Zelensky di Kyiv pada Rabu (29/6). "
     "Keesokan harinya, Jokowi bertemu Presiden Putin di Moskow.", "2022-07-01",
     [("IDN-RUS", "in_person", "2022-06-30", "occurred"),
      ("IDN-UKR", "in_person", "2022-06-29", "occurred")]),
    # Prabowo in Brasília on Wednesday 9 July 2025, Lula named only as "his counterpart from Brazil"
    ("Presiden Prabowo Subianto pada Rabu (9/7) bertemu dengan mitranya dari Brasil di Brasilia.",
     "2025-07-10", [("BRA-IDN", "in_person", "2025-07-09", "occurred")]),
    ("Presiden Prabowo Subianto bertemu dengan rekan sejawatnya, Presiden Brasil Lula da Silva, pada Rabu "
     "(9/7).", "2025-07-10", [("BRA-IDN", "in_person", "2025-07-09", "occurred")]),
    # the St. Petersburg meeting of 19 June 2025, announced the week before: "akan", "dijadwalkan"
    ("Presiden Prabowo Subianto akan bertemu dengan Presiden Rusia Vladimir Putin di St. Petersburg pekan "
     "depan.", "2025-06-13", [("IDN-RUS", "in_person", "2025-06", "planned")]),
    ("Presiden Prabowo dijadwalkan bertemu Presiden Rusia Vladimir Putin pada 19 Juni 2025.", "2025-06-13",
     [("IDN-RUS", "in_person", "2025-06-19", "planned")]),
    # Albanese's visit of mid-May 2025, told a few days later: "pekan lalu" (last week, month precision)
    ("Perdana Menteri Australia Anthony Albanese pekan lalu mengunjungi Jakarta dan bertemu Presiden "
     "Prabowo.", "2025-05-20", [("AUS-IDN", "in_person", "2025-05", "occurred")]),
    # Prabowo at the Republic Day guest visit in New Delhi, Saturday 25 January 2025
    ("Presiden Prabowo Subianto bertemu Perdana Menteri India Narendra Modi di New Delhi pada Sabtu (25/1).",
     "2025-01-26", [("IDN-IND", "in_person", "2025-01-25", "occurred")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_indonesian_contacts(real: RuleExtractor, make_doc: DocFactory, text: str, published: str,
                             expected: list[tuple[str, ...]]) -> None:
    assert _rows(real, make_doc, text, published) == sorted(expected)


def test_negations_and_denials_give_no_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Prabowo first met Trump in person at Sharm el-Sheikh in October 2025: on 1 May 2025 he had not yet
    text = "Presiden Prabowo Subianto belum bertemu dengan Presiden AS Donald Trump."
    assert _rows(real, make_doc, text, "2025-05-01") == []
    # Putin stayed away from the Bali G20 of November 2022
    text = ("Presiden Joko Widodo tidak bertemu dengan Presiden Rusia Vladimir Putin di Bali karena Putin "
            "tidak hadir di KTT G20.")
    assert _rows(real, make_doc, text, "2022-11-15") == []


def test_ministers_are_no_leaders(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Blinken in Jakarta on Monday 13 December 2021, received by Retno Marsudi: two foreign ministers
    text = ("Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri AS Antony Blinken di "
            "Jakarta, Senin (13/12).")
    assert _rows(real, make_doc, text, "2021-12-14") == []


def test_the_pair_reference_carries_the_topics(real: RuleExtractor, make_doc: DocFactory) -> None:
    # "kedua pemimpin" (the two leaders) goes on about the Macron-Prabowo talks of 28 May 2025
    text = ("Presiden Prabowo Subianto menerima Presiden Prancis Emmanuel Macron di Istana Merdeka, Jakarta, "
            "pada Rabu (28/5). Kedua pemimpin membahas kerja sama pertahanan dan perdagangan.")
    got = real.extract(make_doc(text, "2025-05-29", lang="id"))
    assert len(got) == 1
    assert {"security_defense", "trade_economy"} <= set(got[0].topics)


def test_an_indonesian_text_is_guessed_indonesian() -> None:
    text = ("Presiden Prabowo Subianto bertemu dengan Presiden Tiongkok Xi Jinping di Beijing pada Sabtu. "
            "Kedua pemimpin membahas kerja sama ekonomi dan perdagangan.")
    assert guess_lang(text) == "id"


def test_a_message_carried_for_another_leader(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Jokowi carried Zelensky's message to Putin in Moscow on 30 June 2022: "pesan dari X kepada Y" is a
    # message Jokowi handed Putin, no letter from Zelensky to Putin
    text = ("Presiden Joko Widodo menyampaikan pesan dari Presiden Volodymyr Zelensky kepada Presiden "
            "Vladimir Putin.")
    assert _rows(real, make_doc, text, "2022-06-30") == [("IDN-RUS", "written", "2022-06-30", "occurred")]


def test_the_host_at_his_guests_side(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Prabowo took Macron to Borobudur on 29 May 2025, the day after the talks: "mendampingi" (accompanied)
    text = ("Presiden Prabowo Subianto menyambut Presiden Prancis Emmanuel Macron di Istana Merdeka, "
            "Jakarta, Rabu (28/5). Keesokan harinya, Prabowo mendampingi Macron mengunjungi Candi Borobudur "
            "di Magelang.")
    assert _rows(real, make_doc, text, "2025-05-30") == [("FRA-IDN", "in_person", "2025-05-28", "occurred"),
                                                          ("FRA-IDN", "in_person", "2025-05-29", "occurred")]
