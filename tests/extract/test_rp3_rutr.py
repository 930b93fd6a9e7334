"""Real-press review, round three, Russian and Turkish: a leader's several contacts told in one report.

Turkish round-ups open with a participle clause whose head is the subject ("X ile görüşen Erdoğan, ..."),
list leaders by country under one plural title, and write a king's ordinal with a dot before his name;
Kremlin reports list a leader's partners as "the leaders of A, B and C" and name a president by his surname
alone on pages that carry no date. Each test is a real contact told in our own words.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.extract.sentences import split_sentences
from tests.extract.rows import DocFactory, pair_rows


def _pairs(real: RuleExtractor, make_doc: DocFactory, text: str, published: str | None,
           lang: str) -> list[str]:
    return sorted({row[0] for row in pair_rows(real, make_doc, text, published or "", lang)
                   if row[3] == "occurred"}) if published else sorted(
        {"-".join(sorted((c.a.country, c.b.country))) for c in real.extract(make_doc(text, None, lang=lang))
         if c.status == "occurred"})


# -- a Turkish participle clause before its head: the head met the clause's partner --------------------------

# At the G20 summit in Johannesburg (23 November 2025) Erdoğan met Macron, then Meloni and Lawrence Wong.


def test_turkish_participle_head_is_the_subject_of_the_main_clause(real: RuleExtractor,
                                                                    make_doc: DocFactory) -> None:
    text = ("Johannesburg'da Fransa Cumhurbaşkanı Macron ile görüşen Cumhurbaşkanı Erdoğan, ardından İtalya "
            "Başbakanı Meloni ve Singapur Başbakanı Wong ile de ayrı ayrı görüştü.")
    assert _pairs(real, make_doc, text, "2025-11-23", "tr") == ["FRA-TUR", "ITA-TUR", "SGP-TUR"]


# In early 2026 Erdoğan hosted Serbia's Vučić in Ankara, met Egypt's al-Sisi in Cairo and received Greece's
# Mitsotakis in Ankara.


def test_turkish_participle_head_is_no_object_of_the_last_leader_in_focus(real: RuleExtractor,
                                                                          make_doc: DocFactory) -> None:
    # (the guest of the sentence before is the story's focus; the head after the participle is the subject,
    # so the sentence's leaders are not all his partners)
    text = ("Sırbistan Cumhurbaşkanı Vučić, Ankara'da Erdoğan ile bir araya geldi. Geçen hafta Kahire'de "
            "Sisi ile görüşen Cumhurbaşkanı Erdoğan, Yunan Başbakanı Miçotakis'i de Ankara'da ağırladı.")
    assert _pairs(real, make_doc, text, "2026-02-12", "tr") == ["EGY-TUR", "GRC-TUR", "SRB-TUR"]


def test_turkish_ablative_before_a_leader_is_no_participle(real: RuleExtractor, make_doc: DocFactory) -> None:
    # ("görüşmeden" is "from the meeting": no head, the two named talked as before)
    text = "Erdoğan ile Putin, Soçi'deki görüşmeden sonra basına açıklama yaptı."
    assert _pairs(real, make_doc, text, "2023-09-04", "tr") == ["RUS-TUR"]


# In March 2026, after the strikes on Iran, Erdoğan phoned Trump, then the British and Kuwaiti leaders.


def test_turkish_plural_title_of_two_countries_in_a_list_closed_by_ile(real: RuleExtractor,
                                                                        make_doc: DocFactory) -> None:
    text = ("Trump ile telefonda görüşen Cumhurbaşkanı Erdoğan, ardından İngiltere ve Kuveyt liderleri ile "
            "de konuştu.")
    assert _pairs(real, make_doc, text, "2026-03-05", "tr") == ["GBR-TUR", "KWT-TUR", "TUR-USA"]


# -- Turkish words for a contact -----------------------------------------------------------------------------


def test_turkish_temas_kurdu_is_a_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, aynı gün Aliyev ile de telefonla temas kurdu."
    assert _pairs(real, make_doc, text, "2026-03-07", "tr") == ["AZE-TUR"]


def test_a_regnal_ordinal_before_the_name_ends_no_sentence() -> None:
    text = "Erdoğan, Ürdün Kralı II. Abdullah ile görüştü. Papa 14. Leo ise Ankara'ya geldi."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Erdoğan, Ürdün Kralı II. Abdullah ile görüştü.", "Papa 14. Leo ise Ankara'ya geldi."]
    # (a numeral after any other word still ends its sentence)
    assert len(split_sentences("They fought in World War II. Then they went home.")) == 2


def test_turkish_king_with_his_ordinal_is_a_partner(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Erdoğan, geçen ay Ankara'da Ürdün Kralı II. Abdullah'ı kabul etti."
    assert _pairs(real, make_doc, text, "2026-02-12", "tr") == ["JOR-TUR"]


# -- a sentence that only tells what is to come dates no lead ------------------------------------------------


def test_a_future_birthday_is_no_lead_date(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Cumhurbaşkanı 26 Şubat'ta 72 yaşını dolduracak. Erdoğan, Yunanistan Başbakanı Miçotakis'i "
            "Ankara'da kabul etti.")
    assert pair_rows(real, make_doc, text, "2026-02-12", "tr") == [("GRC-TUR", "in_person", "2026-02-12",
                                                                    "occurred")]


# -- Russian: "the leaders of A, B and C" after a "with" are the subject's partners --------------------------

# On 18 August 2025 Putin briefed Lula, Modi and Ramaphosa by phone on his Alaska summit with Trump.


def test_russian_leaders_of_several_countries_after_with_are_partners_only(real: RuleExtractor,
                                                                           make_doc: DocFactory) -> None:
    text = ("Владимир Путин в понедельник по телефону обсудил с лидерами Бразилии, Индии и ЮАР итоги саммита "
            "на Аляске.")
    assert _pairs(real, make_doc, text, "2025-08-18", "ru") == ["BRA-RUS", "IND-RUS", "RUS-ZAF"]


# -- an undated page: a surname alone of a leader still in office --------------------------------------------

# Putin held talks with Modi in New Delhi on 5 December 2025; he met Merkel in Sochi in May 2017.


def test_undated_surname_of_a_leader_in_office_is_read(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "Путин в пятницу провел переговоры в Нью-Дели с премьер-министром Индии Нарендрой Моди."
    assert _pairs(real, make_doc, text, None, "ru") == ["IND-RUS"]


def test_undated_surname_of_a_former_leader_is_still_refused(real: RuleExtractor,
                                                              make_doc: DocFactory) -> None:
    text = "Путин и Меркель провели переговоры в Сочи."
    assert _pairs(real, make_doc, text, None, "ru") == []


def test_undated_surname_of_a_leader_the_text_names_as_elect_is_refused(real: RuleExtractor,
                                                                         make_doc: DocFactory) -> None:
    # (the full name under "President-elect" decides; the surname after it does not revive him)
    text = ("President-elect Donald Trump received a congratulatory call from Israeli Prime Minister "
            "Benjamin Netanyahu. Netanyahu said he was among the first leaders to call Trump.")
    assert _pairs(real, make_doc, text, None, "en") == []


# -- Russian: partners each after a "with" of their own, in an aide's list of brief contacts ---------------

# At the SCO summit in Tianjin (31 August - 1 September 2025) Putin had brief talks with Shehbaz Sharif and
# Emomali Rahmon and exchanged a few words with Shavkat Mirziyoyev, his spokesman said.


def test_russian_partners_each_after_own_with_are_no_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Путин на полях саммита ШОС коротко побеседовал с премьером Пакистана Шахбазом Шарифом, с "
            "президентом Таджикистана Эмомали Рахмоном переговорил, и перекинулся словами с президентом "
            "Узбекистана Шавкатом Мирзиёевым.")
    assert _pairs(real, make_doc, text, "2025-09-01", "ru") == ["PAK-RUS", "RUS-TJK", "RUS-UZB"]


def test_russian_partners_each_after_own_with_meet_the_leader_in_focus(real: RuleExtractor,
                                                                       make_doc: DocFactory) -> None:
    # (the subject left out: the leader the story follows met each)
    text = ("Путин приехал на саммит ШОС в Тяньцзинь. По словам Пескова, на полях были короткие беседы с "
            "премьером Пакистана Шахбазом Шарифом, с президентом Таджикистана Эмомали Рахмоном тоже "
            "поговорили, а с президентом Узбекистана Шавкатом Мирзиёевым обменялись парой фраз.")
    assert _pairs(real, make_doc, text, "2025-09-01", "ru") == ["PAK-RUS", "RUS-TJK", "RUS-UZB"]


def test_russian_with_after_a_relative_word_is_not_the_subjects(real: RuleExtractor,
                                                                 make_doc: DocFactory) -> None:
    # (Modi met Xi in Tianjin on 31 August 2025, Putin the next day: the relative clause's partner is
    # Modi's, never Putin's)
    text = "Путин встретился в Тяньцзине с Моди, который накануне провел переговоры с Си Цзиньпином."
    assert "CHN-RUS" not in _pairs(real, make_doc, text, "2025-09-01", "ru")


# -- Russian: "after the call with X, Y phoned Z" with no comma ----------------------------------------------

# On 12 February 2025 Trump spoke with Putin, then with Zelensky.


def test_russian_fronted_after_clause_without_comma(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = "После телефонного разговора с Путиным Трамп позвонил Зеленскому."
    assert _pairs(real, make_doc, text, "2025-02-13", "ru") == ["RUS-USA", "UKR-USA"]


# -- Russian: "the heads of government" are the pair of premiers ---------------------------------------------

# Mishustin and Golovchenko agreed on the talks of Mishustin's visit to Minsk (27-28 May 2021) in a call on
# 24 May.


def test_russian_heads_of_government_are_a_pair(real: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("Мишустин прибыл в Минск. У него запланированы переговоры с белорусским премьером Романом "
            "Головченко. Об этой встрече главы правительств договорились в телефонном разговоре 24 мая.")
    assert _pairs(real, make_doc, text, "2021-05-27", "ru") == ["BLR-RUS"]
