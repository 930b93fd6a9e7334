"""Who talked with whom, in sentences we wrote: names and titles, references, lists, clauses and joiners."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.mentions import build_chunks
from ingest.extract.rules import RuleExtractor
from ingest.extract.tokens import tokenize
from tests.extract.rows import Row, extract_rows

DocFactory = Callable[..., Document]


def _run(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str,
         lang: str = "en") -> list[Row]:
    """Rows of (country, country, mode) of the occurred contacts."""
    return extract_rows(extractor, make_doc, text, published, lang, ("mode",), occurred_only=True)


def test_a_conjunction_is_no_name_particle(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    assert _run(extractor, make_doc, "Sánchez y Xi se reunieron en Pekín en marzo de 2023.", "2025-04-11",
                "es") == [("CHN", "ESP", "in_person")]
    assert _run(extractor, make_doc, "Путин и Трамп встречались на полях саммита в прошлом году.",
                "2018-07-16", "ru") == [("RUS", "USA", "in_person")]


def test_a_bare_title_is_the_leader_named_before_and_him_the_other(extractor: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Bundeskanzler Friedrich Merz traf am Mittwoch in Paris Präsident Emmanuel Macron. Am Nachmittag "
            "flog der Kanzler weiter nach Warschau, wo ihn Ministerpräsident Donald Tusk empfing.")
    assert _run(extractor, make_doc, text, "2025-05-07", "de") == [("DEU", "FRA", "in_person"),
                                                                   ("DEU", "POL", "in_person")]


def test_a_pronoun_meets_each_leader_of_one_country(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Der türkische Präsident Recep Tayyip Erdoğan war am Freitag in Berlin. Am Mittag empfing ihn "
            "Bundespräsident Frank-Walter Steinmeier, am Abend kam er mit Bundeskanzler Olaf Scholz "
            "zusammen.")
    assert _run(extractor, make_doc, text, "2023-11-18", "de") == [("DEU", "TUR", "in_person"),
                                                                   ("DEU", "TUR", "in_person")]


def test_an_indefinite_title_names_nobody(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Albanese met Xi Jinping in Beijing on Monday, the first visit to China by an Australian leader "
            "in seven years.")
    assert _run(extractor, make_doc, text, "2023-11-07") == [("AUS", "CHN", "in_person")]


def test_a_monarch_of_several_realms_reigns_in_the_one_named(extractor: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    text = ("King Charles III hosted Trump at Windsor Castle on Wednesday, on the first day of a visit to "
            "Britain.")
    got = extractor.extract(make_doc(text, "2025-09-18"))
    assert [(c.a.country, c.b.country) for c in got] in ([("GBR", "USA")], [("USA", "GBR")])


def test_a_country_before_a_title_opens_the_next_person(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    assert _run(extractor, make_doc, "Erdoğan Fransa Cumhurbaşkanı Macron ile dün görüştü.", "2023-07-12",
                "tr") == [("FRA", "TUR", "in_person")]


def test_a_surname_running_into_an_unknown_name_is_someone_else(extractor: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    assert _run(extractor, make_doc, "Putin met Erdogan at Trump Tower on Monday.", "2024-01-09") == [
        ("RUS", "TUR", "in_person")]


def test_an_aide_of_a_leader_is_not_the_leader(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("سلّم المستشار الدبلوماسي للرئيس التركي أمس رسالة من الرئيس الأمريكي دونالد ترامب إلى الرئيس "
            "الروسي.")
    assert _run(extractor, make_doc, text, "2025-03-13", "ar") == [("RUS", "USA", "written")]
    text = "An adviser to the Turkish president met Putin in Moscow on Monday."
    assert _run(extractor, make_doc, text, "2025-03-13") == []


def test_leaders_listed_before_a_visit_did_not_meet_one_another(extractor: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    text = ("Macron, Scholz and Sánchez arrived in Kyiv on Thursday for a visit and were received by "
            "Zelensky.")
    assert _run(extractor, make_doc, text, "2022-06-17") == [("DEU", "UKR", "in_person"),
                                                            ("ESP", "UKR", "in_person"),
                                                            ("FRA", "UKR", "in_person")]


def test_two_leaders_before_a_meeting_word_met(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    assert _run(extractor, make_doc, "Macron and Scholz met in Berlin on Tuesday.", "2023-06-07") == [
        ("DEU", "FRA", "in_person")]


def test_leaders_of_a_subordinate_clause_are_not_paired_with_the_main_one(extractor: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    text = ("The US vice president met Zelensky in Munich on Friday, days after Trump spoke by phone with "
            "Putin.")
    assert _run(extractor, make_doc, text, "2025-02-15") == [("RUS", "USA", "phone")]


def test_the_objects_of_a_ministers_meeting_did_not_meet(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    text = ("The US secretary of state met Spanish Prime Minister Pedro Sánchez in Madrid on Sunday, amid "
            "threats by Donald Trump to raise tariffs.")
    assert _run(extractor, make_doc, text, "2025-02-03") == []


def test_a_pronoun_is_the_leader_just_named(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Putin and Trump held a phone call on Wednesday. Trump called the conversation long and "
            "productive. Later he said he had also spoken with Zelensky.")
    assert _run(extractor, make_doc, text, "2025-02-13") == [("RUS", "USA", "phone"), ("UKR", "USA", "phone")]


def test_leaders_who_join_a_contact_meet_each_participant(extractor: RuleExtractor,
                                                          make_doc: DocFactory) -> None:
    text = ("Trump met al-Sharaa in Riyadh on Wednesday. The meeting was hosted by Crown Prince Mohammed bin "
            "Salman, who sat in on the talks, while Erdogan joined the conversation by phone.")
    assert _run(extractor, make_doc, text, "2025-05-14") == [
        ("SAU", "SYR", "in_person"), ("SAU", "TUR", "phone"), ("SAU", "USA", "in_person"),
        ("SYR", "TUR", "phone"), ("SYR", "USA", "in_person"), ("TUR", "USA", "phone")]


def test_the_three_leaders_are_the_last_three_named(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Macron hosted Scholz and Sánchez in Paris on Friday. The three leaders discussed migration."
    assert _run(extractor, make_doc, text, "2024-02-10") == [("DEU", "ESP", "in_person"),
                                                            ("DEU", "FRA", "in_person"),
                                                            ("ESP", "FRA", "in_person")]
    text = ("Macron, Scholz and Sánchez arrived in Kyiv on Thursday. The three leaders were received by "
            "Zelensky.")
    assert _run(extractor, make_doc, text, "2022-06-17") == [("DEU", "UKR", "in_person"),
                                                            ("ESP", "UKR", "in_person"),
                                                            ("FRA", "UKR", "in_person")]


def test_a_russian_leader_is_no_pair_of_leaders(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Путин провел телефонный разговор с Трампом во вторник. Российский лидер пригласил Трампа "
            "посетить Москву.")
    got = extractor.extract(make_doc(text, "2025-02-12", lang="ru"))
    assert sorted((c.mode, c.status) for c in got) == [("in_person", "planned"), ("phone", "occurred")]


def test_an_arabic_title_without_the_article_is_indefinite(extractor: RuleExtractor) -> None:
    vocab = extractor.vocab
    for text, generic in (("أول زيارة يقوم بها رئيس سوري", True), ("زيارة الرئيس السوري", False)):
        tokens = tokenize(text)
        chunks = [c for c in build_chunks(vocab.find(tokens), tokens, text) if c.title]
        assert [c.generic for c in chunks] == [generic]


def test_a_german_split_verb_is_a_cue_at_its_particle(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Am Freitag kam Bundeskanzler Olaf Scholz in Berlin mit Präsident Erdoğan zusammen."
    assert _run(extractor, make_doc, text, "2023-11-18", "de") == [("DEU", "TUR", "in_person")]
    text = "Olaf Scholz rief am Dienstag Präsident Putin an."  # a German surname alone needs backing
    assert _run(extractor, make_doc, text, "2022-03-02", "de") == [("DEU", "RUS", "phone")]
    text = "Olaf Scholz kam am Dienstag an, Wladimir Putin schwieg."
    assert _run(extractor, make_doc, text, "2022-03-02", "de") == []


def test_a_join_word_is_about_the_leader_next_to_it(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Erdoğan dün Biden ile görüştü. Bir gün önce Erdoğan, Fransa Cumhurbaşkanı Macron ile BM Genel "
            "Sekreteri Guterres'in de katıldığı üçlü bir toplantı yapmıştı.")
    got = _run(extractor, make_doc, text, "2023-07-12", "tr")
    assert ("FRA", "USA", "in_person") not in got and ("FRA", "TUR", "in_person") in got


def test_a_relative_clause_after_a_preposition_is_not_about_the_leader(extractor: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = ("Во вторник Путин провел телефонный разговор с президентом США Дональдом Трампом, в ходе "
            "которого "
            "рассказал о встрече с президентом Турции.")
    assert ("TUR", "USA", "in_person") not in _run(extractor, make_doc, text, "2017-11-22", "ru")


def test_a_persian_title_with_its_country_is_that_countrys_leader(extractor: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    text = ("ولادیمیر پوتین، رئیس‌جمهور روسیه، که امروز وارد تهران شد، با مسعود پزشکیان، رئیس‌جمهور ایران، "
            "دیدار کرد.")
    assert _run(extractor, make_doc, text, "2025-01-17", "fa") == [("IRN", "RUS", "in_person")]


def test_the_countrys_leader_is_the_one_just_named(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Владимир Путин и премьер-министр Индии Нарендра Моди провели переговоры в Кремле, завершив "
            "визит "
            "индийского лидера в Россию.")
    got = extractor.extract(make_doc(text, "2024-07-09", lang="ru"))
    assert sorted(p.leader_id for c in got for p in (c.a, c.b)) == ["narendra-modi", "vladimir-putin"]


def test_a_side_of_one_country_is_no_pair(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Путин провел переговоры с Си Цзиньпином во вторник. По данным китайской стороны, обсуждалась "
            "торговля.")
    assert _run(extractor, make_doc, text, "2025-01-22", "ru") == [("CHN", "RUS", "in_person")]


def test_a_where_clause_is_about_the_leader_before_it(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Xi Jinping viajó a Moscú, donde se reunió con Vladímir Putin."
    assert _run(extractor, make_doc, text, "2023-03-22", "es") == [("CHN", "RUS", "in_person")]


def test_turkish_negative_and_conditional_suffixes(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, Trump gelirse kendisiyle görüşeceğini, Putin ile ise görüşmeyeceğini söyledi."
    got = extractor.extract(make_doc(text, "2019-10-17", lang="tr"))
    assert [(sorted((c.a.country, c.b.country)), c.status) for c in got] == [(["TUR", "USA"], "planned")]


def test_called_is_a_call_only_with_a_person_after_it(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Trump met Xi Jinping in Beijing on Tuesday. Later Trump said he would raise the tariffs on "
            "Chinese steel, which he called unfair.")
    assert _run(extractor, make_doc, text, "2017-11-10") == [("CHN", "USA", "in_person")]
    assert _run(extractor, make_doc, "Trump called Putin on Monday.", "2025-03-19") == [
        ("RUS", "USA", "phone")]


def test_a_passive_agent_is_no_list(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Im Élysée-Palast wurde Merz von Präsident Emmanuel Macron mit militärischen Ehren empfangen."
    assert _run(extractor, make_doc, text, "2025-05-07", "de") == [("DEU", "FRA", "in_person")]


def test_spanish_a_is_no_indefinite_article(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Sánchez viajó a Pekín y recibió el viernes a la presidenta mexicana, Claudia Sheinbaum."
    assert _run(extractor, make_doc, text, "2025-04-12", "es") == [("ESP", "MEX", "in_person")]


def test_a_turkish_infinitive_is_no_contact_yet(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, Putin ile Zelenskiy'i bir araya getirmek ve görüşmek istediğini açıkladı."
    assert all(c.status == "planned" for c in extractor.extract(make_doc(text, "2022-03-10", lang="tr")))
