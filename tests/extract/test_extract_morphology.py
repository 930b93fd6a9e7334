"""Word forms, in sentences we wrote about real contacts: Turkish suffixes, Russian cases and prepositions."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import by_date_and_status as _run

DocFactory = Callable[..., Document]


def test_a_weekday_holding_a_conditional_ending_is_no_plan(extractor: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    # "çarşamba" holds "arsa" (the conditional "-arsa"): a suffix only closes a verb
    text = ("Cumhurbaşkanı Recep Tayyip Erdoğan, Çarşamba günü Astana'da Rusya Devlet Başkanı Vladimir Putin "
            "ile bir araya geldi.")
    assert _run(extractor, make_doc, text, "2024-07-04", "tr") == [
        ("RUS", "TUR", "in_person", "2024-07-03", "occurred")]


def test_a_title_before_a_given_name_spelled_otherwise_styles_the_surname(extractor: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    # "Enver" is Turkish for Anwar; "İbrahim" alone is also the Malaysian king's name: the prime minister
    text = "Cumhurbaşkanı Erdoğan, Pazartesi günü Kuala Lumpur'da Başbakan Enver İbrahim ile görüştü."
    got = extractor.extract(make_doc(text, "2025-02-11", lang="tr"))
    assert [(c.a.leader_id, c.b.leader_id, c.date) for c in got] == [
        ("anwar-ibrahim", "recep-tayyip-erdogan", "2025-02-10")]


def test_a_plural_title_takes_its_countries_and_names(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Президенты России и США Дмитрий Медведев и Барак Обама встретились в четверг в Праге и "
            "подписали новый договор о сокращении стратегических вооружений.")
    got = extractor.extract(make_doc(text, "2010-04-09", lang="ru"))
    assert [(c.a.leader_id, c.b.leader_id, c.mode, c.date) for c in got] == [
        ("barack-obama", "dmitry-medvedev", "in_person", "2010-04-08")]


def test_a_country_before_a_name_without_a_title_is_not_the_leaders(extractor: RuleExtractor,
                                                                     make_doc: DocFactory) -> None:
    # Russian puts no comma after "во время визита в Турцию": the country and the name touch
    text = "Во время визита в Турцию Путин провёл 3 апреля 2018 года переговоры с Эрдоганом."
    assert _run(extractor, make_doc, text, "2018-04-04", "ru") == [
        ("RUS", "TUR", "in_person", "2018-04-03", "occurred")]


def test_a_preposition_after_a_date_is_no_since(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # "после" opens the next phrase in Russian; only verb-final languages put "since" after the date
    text = ("Медведев и Обама подписали договор в Праге 8 апреля. Текст они согласовали в телефонном "
            "разговоре 26 марта, после долгих переговоров делегаций.")
    assert _run(extractor, make_doc, text, "2010-04-09", "ru") == [
        ("RUS", "USA", "in_person", "2010-04-08", "occurred"),
        ("RUS", "USA", "phone", "2010-03-26", "occurred")]


def test_a_one_letter_since_governs_only_the_date_right_after_it(extractor: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # "с государственным визитом" is "with a state visit", and the phrase still says it is a visit
    text = ("Путин, прибывший в Ташкент с государственным визитом, провёл в понедельник переговоры с "
            "Мирзиёевым.")
    assert _run(extractor, make_doc, text, "2024-05-28", "ru") == [
        ("RUS", "UZB", "in_person", "2024-05-27", "occurred")]


def test_a_russian_surname_in_the_instrumental_meets_its_nominative_alias(extractor: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    # "Мирзиёевым" stems to "мирзиеев", "Мирзиёев" to "мирзие": the -ев is no case ending
    text = "В понедельник Путин встретился в Ташкенте с Мирзиёевым."
    assert _run(extractor, make_doc, text, "2024-05-28", "ru") == [
        ("RUS", "UZB", "in_person", "2024-05-27", "occurred")]


def test_a_title_with_a_name_spelled_otherwise_is_the_datelines_holder(extractor: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    # the gazetteer spells him only in Latin letters; the report is datelined Hanoi
    text = "ХАНОЙ. Владимир Путин в четверг встретился с премьер-министром Фам Минь Тинем."
    got = extractor.extract(make_doc(text, "2024-06-21", lang="ru"))
    assert [(c.a.leader_id, c.b.leader_id, c.date) for c in got] == [
        ("pham-minh-chinh", "vladimir-putin", "2024-06-20")]


def test_a_perfective_future_plans_the_talks(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Путин посетит Китай 16 мая по приглашению председателя КНР Си Цзиньпина. В Пекине лидеры "
            "обсудят торговлю. В последний раз они встречались в октябре прошлого года.")
    assert _run(extractor, make_doc, text, "2024-05-14", "ru") == [
        ("CHN", "RUS", "in_person", "2023-10", "occurred"),
        ("CHN", "RUS", "in_person", "2024-05-16", "planned")]
