"""A pair's second contact told in the same sentence or beside the report's own: its own contact, not merged.

Round fourteen (branch r14-groups). Sentences we wrote about real contacts of leaders in office on the day.
Each row is ("AAA-BBB", mode, date, status).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows

V, P, W, OK = "in_person", "phone", "video", "occurred"


def test_a_clause_of_its_own_with_a_cue_and_a_date_is_another_contact(real: RuleExtractor,
                                                                      make_doc: DocFactory) -> None:
    # Two coordinate clauses, each with a firm cue and a date: two earlier contacts (Macron and Biden spoke by
    # phone on 22 September 2021 and met in Rome on 29 October 2021; Biden hosted Macron on 1 December 2022).
    text = ("Joe Biden welcomed Emmanuel Macron to the White House on Thursday. The two presidents "
            "had spoken by phone on 22 September 2021; they met in Rome on 29 October 2021.")
    assert pair_rows(real, make_doc, text, "2022-12-02", "en") == [
        ("FRA-USA", V, "2021-10-29", OK), ("FRA-USA", V, "2022-12-01", OK), ("FRA-USA", P, "2021-09-22", OK)]
    # Modi and Sharif: Lahore on 25 December 2015, a brief talk at the Paris climate conference on 30
    # November, a meeting in Ufa in July
    text = ("Narendra Modi a rencontré Nawaz Sharif vendredi à Lahore. Les deux dirigeants s'étaient "
            "brièvement parlé le 30 novembre à Paris, et ils s'étaient rencontrés en juillet à Oufa.")
    assert pair_rows(real, make_doc, text, "2015-12-26", "fr") == [
        ("IND-PAK", V, "2015-07", OK), ("IND-PAK", V, "2015-11-30", OK), ("IND-PAK", V, "2015-12-25", OK)]


def test_putin_and_erdogan_earlier_meetings_in_several_languages(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # Putin and Erdoğan met in Sochi on 4 September 2023, in Tehran in July 2022 and in Astana in October 2022
    want = [("RUS-TUR", V, "2022-07", OK), ("RUS-TUR", V, "2022-10", OK), ("RUS-TUR", V, "2023-09-04", OK)]
    text = ("Vladimir Putin recibió el lunes a Recep Tayyip Erdogan en Sochi. Ambos se reunieron en "
            "Teherán en julio de 2022; en octubre de 2022 volvieron a verse en Astaná.")
    assert pair_rows(real, make_doc, text, "2023-09-05", "es") == want
    text = ("Vladimir Putin ha ricevuto lunedì Recep Tayyip Erdogan a Soci. I due si erano "
            "incontrati a Teheran nel luglio 2022; poi si sono visti di nuovo ad Astana nell'ottobre 2022.")
    assert pair_rows(real, make_doc, text, "2023-09-05", "it") == want
    text = ("Vladimir Poetin ontving Recep Tayyip Erdogan maandag in Sotsji. De twee ontmoetten "
            "elkaar in juli 2022 in Teheran, en in oktober 2022 spraken ze elkaar opnieuw in Astana.")
    assert pair_rows(real, make_doc, text, "2023-09-05", "nl") == want


def test_earlier_meetings_of_other_pairs(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Sánchez and Xi met in Beijing on 31 March 2023, in September 2024 and on 11 April 2025
    text = ("Pedro Sánchez reuniu-se na sexta-feira com Xi Jinping em Pequim. Os dois "
            "encontraram-se em março de 2023, e em setembro de 2024 voltaram a reunir-se em Pequim.")
    assert pair_rows(real, make_doc, text, "2025-04-12", "pt") == [
        ("CHN-ESP", V, "2023-03", OK), ("CHN-ESP", V, "2024-09", OK), ("CHN-ESP", V, "2025-04-11", OK)]
    # Putin and Xi: a video call on 30 December 2022, meetings in Beijing in February and Samarkand in
    # September of that year
    text = ("Владимир Путин и Си Цзиньпин в пятницу провели переговоры по видеосвязи. Лидеры встречались в "
            "феврале в Пекине, а в сентябре они вновь встретились в Самарканде.")
    assert pair_rows(real, make_doc, text, "2022-12-31", "ru") == [
        ("CHN-RUS", V, "2022-02", OK), ("CHN-RUS", V, "2022-09", OK), ("CHN-RUS", W, "2022-12-30", OK)]
    # Putin and Pezeshkian met in Ashgabat on 11 October 2024 and in Kazan on 23 October 2024
    want = [("IRN-RUS", V, "2024-10-11", OK), ("IRN-RUS", V, "2024-10-23", OK)]
    text = ("التقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني مسعود بزشكيان يوم الأربعاء في قازان. وكان "
            "الرئيسان قد التقيا في 11 أكتوبر في عشق آباد.")
    assert pair_rows(real, make_doc, text, "2024-10-24", "ar") == want
    text = ("ولادیمیر پوتین روز چهارشنبه در قازان با مسعود پزشکیان دیدار کرد. دو رئیس جمهور پیش از این در "
            "۱۱ اکتبر در عشق‌آباد دیدار کرده بودند.")
    assert pair_rows(real, make_doc, text, "2024-10-24", "fa") == want
    text = ("Vladimir Putin met Masoud Pezeshkian in Kazan on Wednesday; the two presidents had met "
            "in Ashgabat on 11 October.")
    assert pair_rows(real, make_doc, text, "2024-10-24", "en") == want


def test_a_clause_of_another_person_or_with_no_cue_adds_nothing(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # the second clause's act is one leader's alone, or a meeting with a minister, or the same talks again
    want = [("IRN-RUS", V, "2024-10-23", OK)]
    for text in ("Vladimir Putin met Masoud Pezeshkian in Kazan on Wednesday; on Thursday the "
                 "Iranian president flew home.",
                 "Vladimir Putin met Masoud Pezeshkian in Kazan on Wednesday; on Thursday the "
                 "Russian leader met the Chinese foreign minister.",
                 "Vladimir Putin met Masoud Pezeshkian in Kazan on Wednesday, and the two "
                 "presidents held talks in the Kremlin."):
        assert pair_rows(real, make_doc, text, "2024-10-24", "en") == want


def test_the_previous_meeting_told_with_no_date_is_its_own_contact(real: RuleExtractor,
                                                                   make_doc: DocFactory) -> None:
    # Putin and Erdoğan met in Tianjin on 1 September 2025; they had met before in Kazan at the BRICS summit
    # (October 2024). "Their previous meeting" is that one, with no date: not Monday's talks.
    texts = {
        "en": "Vladimir Putin held talks with Recep Tayyip Erdogan in Tianjin on Monday. The two leaders "
              "last met in Kazan on the sidelines of the BRICS summit.",
        "ru": "Владимир Путин в понедельник провел переговоры с Реджепом Тайипом Эрдоганом в Тяньцзине. "
              "Предыдущая встреча двух президентов прошла в Казани на полях саммита БРИКС.",
        "fr": "Vladimir Poutine s'est entretenu lundi avec Recep Tayyip Erdogan à Tianjin. Leur précédente "
              "rencontre avait eu lieu à Kazan, en marge du sommet des BRICS.",
        "de": "Wladimir Putin hat am Montag in Tianjin mit Recep Tayyip Erdogan gesprochen. Zuletzt waren "
              "sich die beiden in Kasan am Rande des BRICS-Gipfels begegnet.",
        "tr": "Cumhurbaşkanı Erdoğan pazartesi günü Tianjin'de Rusya Devlet Başkanı Vladimir Putin ile "
              "görüştü. İki lider en son Kazan'daki BRICS zirvesinde bir araya gelmişti.",
        "ar": "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان يوم الاثنين في تيانجين. وكان "
              "اللقاء السابق بين الرئيسين قد عقد في قازان على هامش قمة بريكس.",
        "fa": "ولادیمیر پوتین روز دوشنبه در تیانجین با رجب طیب اردوغان دیدار کرد. دیدار قبلی دو رئیس جمهور "
              "در قازان و در حاشیه نشست بریکس برگزار شده بود.",
        "it": "Vladimir Putin ha incontrato lunedì a Tianjin Recep Tayyip Erdogan. L'ultima volta i due si "
              "erano visti a Kazan, a margine del vertice dei Brics.",
        "pt": "Vladimir Putin reuniu-se na segunda-feira em Tianjin com Recep Tayyip Erdogan. A última vez "
              "que os dois se encontraram foi em Kazan, na cúpula do BRICS.",
        "pl": "Władimir Putin rozmawiał w poniedziałek w Tiencinie z Recepem Tayyipem Erdoğanem. Poprzednie "
              "spotkanie obu prezydentów odbyło się w Kazaniu na szczycie BRICS.",
        "nl": "Vladimir Poetin sprak maandag in Tianjin met Recep Tayyip Erdogan. De vorige ontmoeting van "
              "de twee presidenten vond plaats in Kazan, tijdens de BRICS-top.",
    }
    for lang, text in texts.items():
        rows = pair_rows(real, make_doc, text, "2025-09-02", lang)
        assert ("RUS-TUR", V, "", OK) in rows and len(rows) == 2, (lang, rows)
        assert rows[0][2] == "2025-09-01" or rows[1][2] == "2025-09-01", (lang, rows)


def test_a_last_word_that_is_not_about_an_earlier_contact_adds_nothing(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # "their last meeting before he flew home" is Monday's; "on the last day of the summit," stands apart by
    # its comma and tells the same visit
    for text in ("Vladimir Putin held talks with Recep Tayyip Erdogan in Tianjin on Monday. It was their "
                 "last meeting before the Turkish leader flew home.",
                 "Vladimir Putin held talks with Recep Tayyip Erdogan in Tianjin on Monday. On the last day "
                 "of the summit, the two leaders met again."):
        assert pair_rows(real, make_doc, text, "2025-09-02", "en") == [("RUS-TUR", V, "2025-09-01", OK)]


def test_an_earlier_meeting_told_again_as_the_previous_one_stays_one(real: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # the Kazan meeting told twice, once dated in passing and once as "their previous meeting": one contact
    text = ("Vladimir Putin held talks with Recep Tayyip Erdogan in Tianjin on Monday. The two leaders met "
            "in Kazan in October 2024. Their previous meeting was held on the sidelines of the BRICS summit.")
    assert pair_rows(real, make_doc, text, "2025-09-02", "en") == [
        ("RUS-TUR", V, "2024-10", OK), ("RUS-TUR", V, "2025-09-01", OK)]


def test_the_previous_call_is_an_earlier_call(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Scholz called Putin on 2 December 2022; their call before that (13 September) dealt with the
    # Zaporizhzhia plant among other things
    text = ("Bundeskanzler Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert. Ihr vorheriges "
            "Telefonat hatte sich um das Atomkraftwerk Saporischschja gedreht.")
    assert pair_rows(real, make_doc, text, "2022-12-03", "de") == [
        ("DEU-RUS", P, "", OK), ("DEU-RUS", P, "2022-12-02", OK)]


def test_one_contact_told_twice_in_one_place_stays_one(real: RuleExtractor, make_doc: DocFactory) -> None:
    # the same meeting named again with its place or as "this lunch": no other date, no other place
    text = ("Vladimir Putin received Recep Tayyip Erdogan in Sochi on Monday; at the meeting in Sochi the "
            "two leaders discussed the grain deal.")
    assert pair_rows(real, make_doc, text, "2023-09-05", "en") == [("RUS-TUR", V, "2023-09-04", OK)]
    text = ("Владимир Путин провел переговоры с Реджепом Тайипом Эрдоганом в Сочи в понедельник. В ходе "
            "переговоров в Сочи лидеры обсудили зерновую сделку.")
    assert pair_rows(real, make_doc, text, "2023-09-05", "ru") == [("RUS-TUR", V, "2023-09-04", OK)]
    # Macron had Scholz to lunch at the Elysée on Wednesday 26 October 2022
    text = ("Emmanuel Macron a reçu Olaf Scholz mercredi à l'Elysée ; lors de ce déjeuner, les deux "
            "dirigeants ont parlé de l'énergie et de l'Ukraine.")
    assert pair_rows(real, make_doc, text, "2022-10-27", "fr") == [("DEU-FRA", V, "2022-10-26", OK)]
