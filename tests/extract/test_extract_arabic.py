"""Arabic reports, written by us about real contacts."""

from __future__ import annotations

from collections.abc import Callable

from graph.models import Document
from ingest.extract.rules import RuleExtractor

DocFactory = Callable[..., Document]


def test_two_calls_one_spokesman_and_a_counterpart(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    # Two calls the same day; a ministry spokesman's remarks are not a contact.
    text = ("تلقى الرئيس السوري أحمد الشرع أمس اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان، "
            "بحث خلاله الجانبان الأوضاع في سوريا وجهود إعادة الإعمار.\n\n"
            "كما أجرى الشرع اتصالا مع نظيره الفرنسي تناول العلاقات الثنائية ودعم سيادة سوريا على أراضيها.\n\n"
            "وقال المتحدث باسم وزارة الخارجية إن الاتصالين يأتيان في إطار التنسيق الإقليمي.")
    doc = make_doc(text, "2025-06-02", lang="ar")
    got = extractor.extract(doc)
    pairs = sorted(tuple(sorted((c.a.country, c.b.country))) for c in got)
    assert pairs == [("FRA", "SYR"), ("SYR", "TUR")]
    for c in got:
        assert c.mode == "phone" and c.date == "2025-06-01" and c.status == "occurred"
        src = c.sources[0]
        assert doc.text[src.start : src.end] == src.evidence
    tur = next(c for c in got if "TUR" in (c.a.country, c.b.country))
    assert tur.initiator == "recep-tayyip-erdogan"
    assert "reconstruction" in tur.topics
    fra = next(c for c in got if "FRA" in (c.a.country, c.b.country))
    assert "sovereignty_territorial_integrity" in fra.topics


def test_visit_with_weekday_and_eastern_digits(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس السوري أحمد الشرع في قصر الإليزيه يوم الأربعاء "
            "٧ مايو ٢٠٢٥ في أول زيارة له إلى أوروبا.")
    got = extractor.extract(make_doc(text, "2025-05-08", lang="ar"))
    assert [(c.mode, c.date, c.setting) for c in got] == [("in_person", "2025-05-07", "visit")]


def test_planned_talks_are_planned(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = ("أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيجري محادثات مع رئيس الوزراء الهندي ناريندرا "
            "مودي غدا.")
    got = extractor.extract(make_doc(text, "2024-07-07", lang="ar"))
    assert [(c.status, c.date) for c in got] == [("planned", "2024-07-08")]


def test_denied_call_is_nothing(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "نفى الكرملين إجراء أي اتصال هاتفي بين الرئيس بوتين والرئيس الأمريكي دونالد ترامب هذا الأسبوع."
    assert extractor.extract(make_doc(text, "2025-02-10", lang="ar")) == []


def test_background_call_with_month_and_past_marker(extractor: RuleExtractor, make_doc: DocFactory) -> None:
    text = "وكان الرئيس بوتين قد أجرى محادثة هاتفية مع الرئيس زيلينسكي في 11 مارس الماضي."
    got = extractor.extract(make_doc(text, "2020-05-01", lang="ar"))
    assert [(c.mode, c.date) for c in got] == [("phone", "2020-03-11")]
