"""One short report per language, written by us about real contacts, through the whole extractor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.models import Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]

CASES = [
    ("fr", "Le président Emmanuel Macron a reçu lundi au palais de l'Elysée son homologue chinois "
     "Xi Jinping.", "2024-05-07", ("CHN", "FRA", "in_person", "2024-05-06")),
    ("fr", "Le chef de l'Etat français s'est entretenu hier par téléphone avec le président turc.",
     "2025-03-10", ("FRA", "TUR", "phone", "2025-03-09")),
    ("es", "El presidente del Gobierno, Pedro Sánchez, se reunió este viernes en Pekín con el presidente "
     "chino, Xi Jinping.", "2025-04-11", ("CHN", "ESP", "in_person", "2025-04-11")),
    ("ru", "Владимир Путин провел переговоры с премьер-министром Индии Нарендрой Моди в Кремле "
     "во вторник.", "2024-07-09", ("IND", "RUS", "in_person", "2024-07-09")),
    ("ru", "Вчера состоялся телефонный разговор президента Турции с президентом России.",
     "2024-01-04", ("RUS", "TUR", "phone", "2024-01-03")),
    ("de", "Bundeskanzler Friedrich Merz ist am Donnerstag im Weißen Haus von US-Präsident Donald Trump "
     "empfangen worden.", "2025-06-06", ("DEU", "USA", "in_person", "2025-06-05")),
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan dün Soçi'de Rusya Devlet Başkanı Vladimir Putin ile bir araya "
     "geldi.", "2023-09-05", ("RUS", "TUR", "in_person", "2023-09-04")),
    ("fa", "مسعود پزشکیان رئیس جمهور ایران روز جمعه در عشق‌آباد با ولادیمیر پوتین رئیس جمهور روسیه دیدار و "
     "گفتگو کرد.", "2024-10-12", ("IRN", "RUS", "in_person", "2024-10-11")),
    ("ar", "بحث الرئيس الروسي فلاديمير بوتين في اتصال هاتفي يوم ١٢ فبراير ٢٠٢٥ مع الرئيس الأمريكي "
     "دونالد ترامب الحرب في أوكرانيا.", "2025-02-13", ("RUS", "USA", "phone", "2025-02-12")),
]


@pytest.mark.parametrize(("lang", "text", "published", "want"), CASES)
def test_one_contact_per_language(extractor: RuleExtractor, make_doc: DocFactory, lang: str,
                                  text: str, published: str, want: tuple[str, str, str, str]) -> None:
    doc = make_doc(text, published, lang=lang)
    got = extractor.extract(doc)
    assert [(*sorted((c.a.country, c.b.country)), c.mode, c.date) for c in got] == [want]
    src = got[0].sources[0]
    assert doc.text[src.start : src.end] == src.evidence


NOTHING = [
    ("fa", "عباس عراقچی وزیر امور خارجه ایران با ولادیمیر پوتین در مسکو دیدار کرد.", "2025-04-19"),
    ("ru", "Песков заявил, что телефонный разговор Путина и Макрона пока не планируется.", "2024-03-01"),
    ("de", "Ein Treffen von Bundeskanzler Scholz mit Präsident Putin ist nicht geplant.", "2023-02-01"),
    ("tr", "Dışişleri Bakanı Hakan Fidan, Rusya Devlet Başkanı Vladimir Putin ile görüştü.", "2024-06-11"),
    ("es", "El presidente Pedro Sánchez no se reunió con Donald Trump durante la cumbre.", "2025-06-26"),
    ("fr", "L'Elysée a démenti tout entretien entre Emmanuel Macron et Vladimir Putin.", "2024-05-02"),
]


@pytest.mark.parametrize(("lang", "text", "published"), NOTHING)
def test_ministers_negations_and_denials_give_nothing(extractor: RuleExtractor, make_doc: DocFactory,
                                                      lang: str, text: str, published: str) -> None:
    assert extractor.extract(make_doc(text, published, lang=lang)) == []


def test_round_up_of_congratulations(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Leaders sent messages of congratulations to Recep Tayyip Erdoğan after his re-election.\n\n"
            "Russian President Vladimir Putin praised his leadership.\n\n"
            "US President Joe Biden said he looked forward to working together as NATO allies.")
    got = extractor.extract(make_doc(text, "2023-05-29"))
    assert sorted((*sorted((c.a.country, c.b.country)), c.mode) for c in got) == [
        ("RUS", "TUR", "written"), ("TUR", "USA", "written")]


def test_a_headline_alone_is_no_contact(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Xi Jinping meets Vladimir Putin\n\n"
            "Chinese President Xi Jinping spoke about the economy on Monday.")
    assert extractor.extract(make_doc(text, "2024-05-16")) == []


def test_bare_title_in_the_home_press(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # Persian press: "the president" alone is Iran's president.
    text = "رئیس‌جمهور روز جمعه در عشق‌آباد با ولادیمیر پوتین رئیس جمهور روسیه دیدار و گفتگو کرد."
    got = extractor.extract(make_doc(text, "2024-10-12", lang="fa"))
    assert [(c.a.leader_id, c.b.leader_id) for c in got] == [("masoud-pezeshkian", "vladimir-putin")]


def test_bare_title_elsewhere_is_nobody(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "The president spoke by phone with Vladimir Putin on Monday."
    assert extractor.extract(make_doc(text, "2024-10-12", lang="en")) == []


def test_arabic_abd_joined_or_apart(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # The test gazetteer writes "محمد بن سلمان"; "عبد"-names are matched joined or apart.
    text = ("استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان الرئيس الأمريكي دونالد ترامب "
            "في الرياض اليوم.")
    got = extractor.extract(make_doc(text, "2025-05-13", lang="ar"))
    assert [(c.mode, c.date) for c in got] == [("in_person", "2025-05-13")]


def test_three_leaders_who_met_together(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Emmanuel Macron et Olaf Scholz se sont retrouvés vendredi à Berlin avec Donald Tusk."
    got = extractor.extract(make_doc(text, "2024-03-16", lang="fr"))
    assert sorted(tuple(sorted((c.a.country, c.b.country))) for c in got) == [
        ("DEU", "FRA"), ("DEU", "POL"), ("FRA", "POL")]


def test_a_turkish_case_ending_is_no_list_word_nor_name_particle(extractor: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # "Erdoğan'ı" ends in "ı" (folded "i", a list word elsewhere); "Ankara'da" ends in "da" (a name particle)
    text = "Dün Madrid'e inen Erdoğan'ı İspanya Başbakanı Pedro Sánchez törenle karşıladı."
    got = extractor.extract(make_doc(text, "2025-06-03", lang="tr"))
    assert sorted((c.a.country, c.b.country) for c in got) in ([("ESP", "TUR")], [("TUR", "ESP")])
    text = "Proje, Sánchez'in Ankara'da Erdoğan ile yaptığı görüşmede kararlaştırılmıştı."
    got = extractor.extract(make_doc(text, "2025-06-03", lang="tr"))
    assert len(got) == 1


def test_a_turkish_year_in_the_genitive_dates_its_month(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    text = ("Proje, Sánchez'in 2019'un aralık ayında Ankara'da Erdoğan ile yaptığı görüşmede "
            "kararlaştırılmıştı.")
    got = extractor.extract(make_doc(text, "2025-06-03", lang="tr"))
    assert [c.sources[0].assertion.date for c in got] == ["2019-12"]


def test_a_press_conference_is_no_meeting(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, basın toplantısında Putin'in ağustos ayında Türkiye'ye gelmesini beklediğini söyledi."
    assert extractor.extract(make_doc(text, "2025-06-03", lang="tr")) == []
    text = "At a press conference, Erdoğan said Putin should come to Turkey."
    assert extractor.extract(make_doc(text, "2025-06-03")) == []


def test_the_monarch_named_by_a_common_noun(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("El rey Charles III recibió a Sánchez en Londres. Sánchez envió luego una carta al monarca a "
            "mediados de marzo.")
    got = extractor.extract(make_doc(text, "2025-04-08", lang="es"))
    assert sorted((c.mode, c.sources[0].assertion.date) for c in got) == [("in_person", "2025-04-08"),
                                                                          ("written", "2025-03")]
    assert {c.a.country for c in got} | {c.b.country for c in got} == {"ESP", "GBR"}


def test_a_cue_of_another_language_is_not_read(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # German "Brief" (a letter) is the English adjective "brief"
    text = "Trump met Putin in Alaska on Friday. At a brief appearance, both men described the talks."
    got = extractor.extract(make_doc(text, "2025-08-16"))
    assert [c.mode for c in got] == ["in_person"]


def test_a_relative_clause_with_whom_states_a_second_contact(extractor: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = ("Sánchez fue recibido ayer en el aeropuerto por Emmanuel Macron, con quien este jueves "
            "copreside la cumbre bilateral.")
    got = extractor.extract(make_doc(text, "2025-06-05", lang="es"))
    assert sorted(str(c.sources[0].assertion.date) for c in got) == ["2025-06-04", "2025-06-05"]


def test_portuguese_pluperfect_meetings(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Sánchez e Macron já tinham se reunido em fevereiro, em Paris."
    got = extractor.extract(make_doc(text, "2025-06-05", lang="pt"))
    assert [c.sources[0].assertion.date for c in got] == ["2025-02"]


def test_the_absence_of_a_meeting_is_no_meeting(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("La ausencia de un encuentro con Emmanuel Macron ha sido criticada por el Partido Popular de "
            "Sánchez.")
    assert extractor.extract(make_doc(text, "2025-06-05", lang="es")) == []


def test_a_city_is_no_surname_alone(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # "в Ханое" (in Hanoi) stems to "Хан", Imran Khan's surname alone: the place wins
    text = "Путин провел переговоры с Имраном Ханом в Москве. Встреча с Трампом в Ханое закончилась ничем."
    got = extractor.extract(make_doc(text, "2019-04-26", lang="ru"))
    assert all("VNM" not in (c.a.country, c.b.country) for c in got)
    assert not any({c.a.country, c.b.country} == {"PAK", "USA"} for c in got)
