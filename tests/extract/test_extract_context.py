"""Context, in sentences we wrote: datelines and capitals, the text's own language, and multilateral forms."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from tests.extract.rows import by_status as _run

DocFactory = Callable[..., Document]


def test_a_visit_to_a_capital_meets_the_leader_named_there(extractor: RuleExtractor,
                                                          make_doc: DocFactory) -> None:
    text = ("Erdoğan received Sánchez in Ankara on Wednesday. In July, al-Sharaa had also visited Ankara for "
            "talks.")
    assert _run(extractor, make_doc, text, "2025-10-16") == [("ESP", "TUR", "in_person", "occurred"),
                                                            ("SYR", "TUR", "in_person", "occurred")]


def test_a_bare_title_is_the_datelines_office_holder(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "ANKARA – The president received Pedro Sánchez at the presidential complex on Monday."
    assert _run(extractor, make_doc, text, "2025-06-03") == [("ESP", "TUR", "in_person", "occurred")]


def test_a_title_word_of_another_language_is_no_title(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "PARIS – Emmanuel Macron et Vladimir Poutine ont eu mardi leur premier échange téléphonique."
    got = extractor.extract(make_doc(text, "2025-07-02", lang="fr"))
    assert sorted(p.leader_id for c in got for p in (c.a, c.b)) == ["emmanuel-macron", "vladimir-putin"]


def test_function_words_of_other_languages_are_not_read(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    text = "Si sono incontrati ieri a Roma Macron e Sánchez, che hanno firmato un accordo sul clima."
    assert _run(extractor, make_doc, text, "2024-06-14", "it") == [("ESP", "FRA", "in_person", "occurred")]


def test_a_title_before_an_unknown_adjective_and_a_name_is_that_persons(extractor: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = "Ieri Zelensky ha incontrato a Kiev il presidente statunitense Joe Biden."
    assert _run(extractor, make_doc, text, "2023-02-21", "it") == [("UKR", "USA", "in_person", "occurred")]


def test_a_title_after_a_name_and_a_comma_is_that_names(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    text = "پزشکیان با پوتین، رئیس‌جمهور روسیه، مودی، نخست‌وزیر هند، دیدارهای جداگانه‌ای داشت."
    assert _run(extractor, make_doc, text, "2024-10-24", "fa") == [("IND", "IRN", "in_person", "occurred"),
                                                                   ("IRN", "RUS", "in_person", "occurred")]


def test_a_final_negated_verb_denies_the_meeting(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "تاکنون دیداری میان پزشکیان و پوتین اعلام نشده است."
    assert _run(extractor, make_doc, text, "2024-10-10", "fa") == []


def test_it_is_planned_that_governs_the_sentence(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "قرار است پزشکیان فردا، پنجشنبه، در کاخ سعدآباد با پوتین دیدار کند."
    assert _run(extractor, make_doc, text, "2025-01-15", "fa") == [("IRN", "RUS", "in_person", "planned")]


def test_the_presidents_of_three_countries_at_a_trilateral_summit(extractor: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    text = "The trilateral summit of the presidents of Russia, Turkey and Iran was held in Tehran on Monday."
    assert _run(extractor, make_doc, text, "2025-07-22") == [("IRN", "RUS", "in_person", "occurred"),
                                                            ("IRN", "TUR", "in_person", "occurred"),
                                                            ("RUS", "TUR", "in_person", "occurred")]


def test_listed_subjects_of_a_meeting_met_one_another(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, Macron ve Sánchez dün Madrid'de bir araya geldi."
    assert _run(extractor, make_doc, text, "2023-07-12", "tr") == [("ESP", "FRA", "in_person", "occurred"),
                                                                   ("ESP", "TUR", "in_person", "occurred"),
                                                                   ("FRA", "TUR", "in_person", "occurred")]


def test_a_hope_is_a_planned_contact(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdogan said he hoped Putin would visit Turkey in August."
    assert _run(extractor, make_doc, text, "2023-07-08") == [("RUS", "TUR", "in_person", "planned")]


def test_a_bare_crown_prince_heads_a_monarchys_government(extractor: RuleExtractor,
                                                          make_doc: DocFactory) -> None:
    text = "تلقى الرئيس الفرنسي ماكرون اتصالا هاتفيا من ولي العهد السعودي أمس."
    assert _run(extractor, make_doc, text, "2025-06-04", "ar") == [("FRA", "SAU", "phone", "occurred")]
    # in 2021 the king was also prime minister: the crown prince held no leader's office
    assert _run(extractor, make_doc, text, "2021-06-02", "ar") == []


def test_a_title_in_apposition_is_the_names_own(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "پزشکیان روز دوشنبه با محمد بن سلمان، ولیعهد، در ریاض دیدار کرد."
    assert _run(extractor, make_doc, text, "2025-06-03", "fa") == [("IRN", "SAU", "in_person", "occurred")]


def test_a_leader_in_whose_presence_two_met_is_no_party(extractor: RuleExtractor,
                                                        make_doc: DocFactory) -> None:
    text = "Donald Trump met al-Sharaa in Riyadh on Monday in the presence of Mohammed bin Salman."
    assert _run(extractor, make_doc, text, "2025-05-13") == [("SYR", "USA", "in_person", "occurred")]


def test_italian_demonyms_come_from_the_italian_lexicon(extractor: RuleExtractor,
                                                         make_doc: DocFactory) -> None:
    # the test gazetteer has no Italian forms: "ucraino" and "francese" are the lexicon's own
    text = "Ieri a Roma il presidente francese ha incontrato il presidente ucraino."
    assert _run(extractor, make_doc, text, "2025-06-04", "it") == [("FRA", "UKR", "in_person", "occurred")]


def test_presidente_del_consiglio_is_italys_unless_another_country_is_named(
        extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "KIEV – È la prima visita in Ucraina della presidente del Consiglio, ricevuta ieri da Zelensky."
    assert _run(extractor, make_doc, text, "2025-06-04", "it") == [("ITA", "UKR", "in_person", "occurred")]
    text = "Ieri a Roma Meloni ha ricevuto il presidente del Consiglio libanese."
    assert _run(extractor, make_doc, text, "2024-06-04", "it") == [("ITA", "LBN", "in_person", "occurred")]


def test_an_unknown_subject_keeps_the_leader_in_focus_out(extractor: RuleExtractor,
                                                          make_doc: DocFactory) -> None:
    text = ("Ieri a Roma Meloni ha ricevuto il presidente del Consiglio libanese. "
            "Poi Tajani ha portato a Parigi le congratulazioni del governo a Emmanuel Macron.")
    assert _run(extractor, make_doc, text, "2024-06-04", "it") == [("ITA", "LBN", "in_person", "occurred")]


def test_a_month_dated_contact_is_resolved_by_who_held_office_mid_month(extractor: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # Trump took office again on 20 January 2025: a meeting "in January" before that is no leaders' contact
    text = "Sánchez had met Trump in January at Mar-a-Lago, when Trump was still president-elect."
    assert _run(extractor, make_doc, text, "2025-06-04") == []
    text = "Sánchez had met Trump in March at the White House."
    assert _run(extractor, make_doc, text, "2025-06-04") == [("ESP", "USA", "in_person", "occurred")]


def test_a_countrys_own_title_names_that_office_only(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # "the Leader of the Revolution" is Iran's head of state, never its president, even one just named
    text = ("پزشکیان روز دوشنبه در تهران از اردوغان استقبال کرد. اردوغان سپس با رهبر انقلاب دیدار کرد.")
    got = extractor.extract(make_doc(text, "2025-06-03", lang="fa"))
    assert sorted({p.leader_id for c in got for p in (c.a, c.b)}) == [
        "ali-khamenei", "masoud-pezeshkian", "recep-tayyip-erdogan"]


def test_of_several_holders_a_title_names_the_one_the_text_names(extractor: RuleExtractor,
                                                                  make_doc: DocFactory) -> None:
    # "the heads of Iran and Turkey": Iran has two; the text names its president later
    text = ("The heads of state of Iran and Turkey met in Ankara on Monday. Pezeshkian and Erdoğan "
            "discussed trade.")
    got = extractor.extract(make_doc(text, "2025-06-03"))
    assert sorted({p.leader_id for c in got for p in (c.a, c.b)}) == ["masoud-pezeshkian",
                                                                        "recep-tayyip-erdogan"]


def test_a_summit_held_by_video_conference_is_a_video_contact(extractor: RuleExtractor,
                                                               make_doc: DocFactory) -> None:
    text = ("The trilateral summit of Putin, Erdoğan and Pezeshkian was held by video conference on "
            "Monday.")
    assert {m for *_, m, _ in _run(extractor, make_doc, text, "2025-06-03")} == {"video"}


def test_the_leaders_previous_summit_is_another_contact_of_the_same_group(extractor: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    text = ("The trilateral summit of Putin, Erdoğan and Pezeshkian was held in Tehran on Monday. "
            "The previous summit of the leaders had been held in Sochi in February.")
    got = extractor.extract(make_doc(text, "2025-06-03"))
    assert sorted({str(c.sources[0].assertion.date) for c in got}) == ["2025-02", "2025-06-02"]
    assert len(got) == 6


def test_a_pair_referred_back_to_must_hold_office_on_the_contacts_date(extractor: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    text = ("Sánchez spoke with Trump by phone on Friday. The last conversation between the two men "
            "had taken place in January, days before the inauguration.")
    got = _run(extractor, make_doc, text, "2025-04-28")
    assert got == [("ESP", "USA", "phone", "occurred")]


def test_a_name_spelled_otherwise_is_learned_from_its_title(extractor: RuleExtractor,
                                                            make_doc: DocFactory) -> None:
    # "Francesco" is no alias: one letter from "Francisco", and "papa" styles only the pope among those
    text = ("Ieri Emmanuel Macron è stato ricevuto in Vaticano da papa Francesco. "
            "Nel pomeriggio Francesco ha incontrato anche Pedro Sánchez.")
    got = extractor.extract(make_doc(text, "2021-10-30", lang="it"))
    assert sorted(tuple(sorted((c.a.country, c.b.country))) for c in got) == [("ESP", "VAT"), ("FRA", "VAT")]


def test_a_passive_with_its_agent_names_both_parties(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Emmanuel Macron è arrivato ieri a Roma. Accolto da Giorgia Meloni, Pedro Sánchez ha preso la "
            "parola al vertice.")
    got = _run(extractor, make_doc, text, "2024-06-15", "it")
    assert ("ESP", "ITA", "in_person", "occurred") in got
    assert ("ESP", "FRA", "in_person", "occurred") not in got
