"""Realms that share another country's crown: a monarch named without a country is that country's."""

from __future__ import annotations

from datetime import date

from graph.models import Document
from ingest.extract.rules import RuleExtractor
from ingest.gazetteer import Gazetteer


def test_union_realms_share_the_monarch_of_the_country_they_name(gaz: Gazetteer) -> None:
    unions = {c.iso3: c.union for c in gaz.countries.values() if c.union}
    assert "GBR" not in unions and all(crown in gaz.countries for crown in unions.values())
    for realm in ("CAN", "AUS", "NZL", "JAM"):  # realms still (Barbados and Mauritius became republics)
        assert unions[realm] == "GBR"
        for day in (date(2019, 6, 1), date(2023, 6, 1)):
            assert gaz.holders(realm, "head_of_state", day) == gaz.holders("GBR", "head_of_state", day)


def test_a_king_of_several_realms_named_alone_is_the_king_of_the_crowns_country(gaz: Gazetteer) -> None:
    text = ("King Charles welcomed President Emmanuel Macron to Windsor Castle on Thursday for talks on "
            "climate finance.")
    doc = Document(id="union-1", lang="en", published=date(2024, 5, 10), text=text, content_hash="x")
    found = RuleExtractor(gaz).extract(doc)
    assert {(p.leader_id, p.country) for c in found for p in (c.a, c.b)} == {
        ("charles-iii", "GBR"), ("emmanuel-macron", "FRA")}
