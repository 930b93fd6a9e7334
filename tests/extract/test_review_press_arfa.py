"""Real-press review, Arabic and Persian: constructions of agency and newspaper pages.

Sentences we wrote about real contacts, in the usage of the Arabic and Persian press (docs/EXTRACTION.md,
"Real-press review: Arabic and Persian").
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from tests.extract.rows import DocFactory, pair_rows


def _pairs(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str | None,
           lang: str) -> list[tuple[str, ...]]:
    return pair_rows(extractor, make_doc, text, published, lang)  # type: ignore[arg-type]


def _names(extractor: RuleExtractor, make_doc: DocFactory, text: str, published: str | None,
           lang: str) -> list[tuple[str, str, str]]:
    """List (the two leaders' names, sorted, and the status) of each contact found."""
    got = extractor.extract(make_doc(text, published, lang=lang))
    return sorted((*sorted((c.a.name, c.b.name)), c.status) for c in got)


def test_an_undated_title_is_the_holder_the_text_names(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Many stored pages carry no date. A title next to a leader no longer in office ("رئيس الوزراء
    # الإسرائيلي، نفتالي بينيت") was read as today's holder of it, a second contact with another man; an
    # undated title is first the holder the text names. Bennett met Macron at the Glasgow climate summit
    # (November 2021); Abdul-Mahdi was in Tehran in April 2019; Putin and Assad spoke by phone many times.
    cases = [
        ("التقى رئيس الوزراء الإسرائيلي، نفتالي بينيت، الرئيس الفرنسي إيمانويل ماكرون على هامش قمة المناخ "
         "في غلاسكو.", "ar", ("Emmanuel Macron", "Naftali Bennett")),
        ("تلقى الرئيس بشار الأسد رئيس الجمهورية العربية السورية اتصالا هاتفيا من الرئيس الروسي فلاديمير "
         "بوتين.", "ar", ("Bashar al-Assad", "Vladimir Putin")),
        ("حسن روحانی رئیس جمهور در تهران با «عادل عبدالمهدی» نخست وزیر عراق دیدار و گفتگو کرد.", "fa",
         ("Adil Abdul-Mahdi", "Hassan Rouhani")),
    ]
    for text, lang, (a, b) in cases:
        assert _names(real, make_doc, text, None, lang) == [(a, b, "occurred")], text


def test_an_undated_president_of_iran_heads_its_government(real: RuleExtractor,
                                                           make_doc: DocFactory) -> None:
    # Iran's president heads the government; its head of state is the Supreme Leader. Dated texts read the
    # title through the gazetteer's titles; undated ones read it as the Supreme Leader. Raisi and Macron
    # spoke by phone in 2022; the title repeated after the name is Raisi again, not another Iranian.
    text = ("ابراهیم رئیسی با امانوئل ماکرون تلفنی گفتگو کرد. رئیس جمهور ایران در این گفتگو بر لغو تحریم‌ها "
            "تاکید کرد و روسای جمهور ایران و فرانسه درباره برجام نیز گفتگو کردند.")
    assert _names(real, make_doc, text, None, "fa") == [("Ebrahim Raisi", "Emmanuel Macron", "occurred")]
    text = "اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس الإيراني إبراهيم رئيسي. واتفق الرئيسان الإيراني " \
           "والفرنسي على مواصلة الحوار."
    assert _names(real, make_doc, text, None, "ar") == [("Ebrahim Raisi", "Emmanuel Macron", "occurred")]
    # with no Iranian named, the latest president, still not the Supreme Leader
    text = "روسای جمهور ایران و فرانسه تلفنی با یکدیگر گفتگو کردند."
    names = _names(real, make_doc, text, None, "fa")
    assert len(names) == 1 and "Ali Khamenei" not in names[0], names


def test_a_counterpart_holds_the_anchors_title(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Pezeshkian was in Moscow on 17 January 2025: "his Iranian counterpart" of a president is Iran's
    # president, not its head of state (the Supreme Leader); a prime minister's counterpart is unchanged.
    for text, lang in (("استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني في الكرملين.", "ar"),
                       ("ولادیمیر پوتین در کرملین از همتای ایرانی خود استقبال کرد.", "fa"),
                       ("Putin received his Iranian counterpart in the Kremlin.", "en")):
        assert _names(real, make_doc, text, "2025-01-17", lang) == [
            ("Masoud Pezeshkian", "Vladimir Putin", "occurred")], text
    # and the other way round: Pezeshkian's Russian counterpart is Putin
    assert _pairs(real, make_doc, "استقبل بوتين الرئيس الإيراني مسعود بزشكيان، وبحث الرئيس الإيراني مع "
                  "نظيره الروسي العلاقات الثنائية.", "2025-01-17", "ar") == [
        ("IRN-RUS", "in_person", "2025-01-17", "occurred")]


def test_a_date_between_a_future_verb_and_the_contact(real: RuleExtractor, make_doc: DocFactory) -> None:
    # Arabic puts the day, in full with its year and a comma, between the verb and the contact's noun:
    # the words of the date no longer push the noun out of the future verb's reach. Trump met the Saudi
    # crown prince in Riyadh on 13 May 2025.
    future = "سيعقد الرئيس الأمريكي دونالد ترامب يوم الثلاثاء 13 مايو 2025، لقاء مع ولي العهد السعودي " \
             "الأمير محمد بن سلمان في الرياض."
    assert _pairs(real, make_doc, future, "2025-05-12", "ar") == [
        ("SAU-USA", "in_person", "2025-05-13", "planned")]
    held = "عقد الرئيس الأمريكي دونالد ترامب يوم الثلاثاء 13 مايو 2025، لقاء مع ولي العهد السعودي " \
           "الأمير محمد بن سلمان في الرياض."
    assert _pairs(real, make_doc, held, "2025-05-13", "ar") == [
        ("SAU-USA", "in_person", "2025-05-13", "occurred")]
    # another comma between keeps the reach as it was: the modal of what was said is no plan of the talks
    # (Scholz was in Beijing on 16 April 2024)
    text = "Die Zusammenarbeit solle ausgebaut werden, sagte Bundeskanzler Olaf Scholz am Dienstag nach " \
           "einem Gespräch mit Präsident Xi Jinping in Peking."
    assert _pairs(real, make_doc, text, "2024-04-16", "de") == [
        ("CHN-DEU", "in_person", "2024-04-16", "occurred")]


def test_an_intention_a_preparation_and_a_possibility_are_plans(real: RuleExtractor,
                                                                make_doc: DocFactory) -> None:
    # Trump announced on 4 May 2017 his trip to Saudi Arabia (he met King Salman on 20 May); Abbas spoke of
    # preparing for Biden's visit to Bethlehem (15 July 2022); Erdoğan said in November 2022 that a meeting
    # with Assad was possible; Kalın announced on 3 January 2023 that Erdoğan meant to call Putin.
    cases = [
        ("أعلن الرئيس الأمريكي دونالد ترامب عزمه زيارة السعودية ولقاء الملك سلمان.", "2017-05-05", "ar",
         "SAU-USA"),
        ("شدد الرئيس محمود عباس على ضرورة تهيئة الأجواء قبل زيارة الرئيس الأمريكي جو بايدن إلى بيت لحم.",
         "2022-07-08", "ar", "PSE-USA"),
        ("قال الرئيس التركي رجب طيب أردوغان إنه من الممكن أن يلتقي الرئيس السوري بشار الأسد.", "2022-11-20",
         "ar", "SYR-TUR"),
        ("رجب طیب اردوغان قصد دارد با ولادیمیر پوتین تلفنی گفتگو کند.", "2023-01-03", "fa", "RUS-TUR"),
    ]
    for text, day, lang, pair in cases:
        rows = _pairs(real, make_doc, text, day, lang)
        assert [(r[0], r[3]) for r in rows] == [(pair, "planned")], (text, rows)
