"""Deterministic keys: the same input gets the same id everywhere; variants of one page get one id."""

from __future__ import annotations

import pytest

from graph.keys import (
    canonical_url,
    contact_id,
    content_hash,
    document_id,
    pair_key,
    provisional_leader_id,
    slugify,
)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Emmanuel Macron", "emmanuel-macron"),
        ("Ahmed al-Sharaa", "ahmed-al-sharaa"),
        ("Luiz Inácio Lula da Silva", "luiz-inacio-lula-da-silva"),
        ("  Olaf   Scholz  ", "olaf-scholz"),
        ("Yıldırım", "yildirim"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_of_a_name_without_latin_letters_is_stable_and_distinct() -> None:
    arabic, russian = slugify("أحمد الشرع"), slugify("Владимир Путин")
    assert arabic.startswith("x-") and russian.startswith("x-")
    assert arabic != russian and slugify("أحمد الشرع") == arabic


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.org/news/1",
        "http://example.org/news/1",
        "https://www.example.org/news/1/",
        "HTTPS://Example.ORG/news/1#comments",
        "https://example.org:443/news/1?utm_source=x&utm_medium=rss",
        "https://example.org/news/1?fbclid=abc",
        "  https://example.org/news/1  ",
    ],
)
def test_canonical_url_variants_collapse(variant: str) -> None:
    assert canonical_url(variant) == "https://example.org/news/1"


def test_canonical_url_keeps_what_names_the_page() -> None:
    assert canonical_url("https://example.org/a?id=2&page=1") == canonical_url(
        "https://example.org/a?page=1&id=2"
    )
    assert canonical_url("https://example.org/a?id=2") != canonical_url("https://example.org/a?id=3")
    assert canonical_url("https://example.org:8443/a") == "https://example.org:8443/a"
    assert canonical_url("https://example.org/News") != canonical_url("https://example.org/news")


@pytest.mark.parametrize("bad", ["http://[::1", "http://example.org:99999/a", "http://example.org:port/"])
def test_canonical_url_of_a_malformed_url_names_itself(bad: str) -> None:
    assert canonical_url(f" {bad} ") == bad


def test_content_hash_ignores_whitespace_and_unicode_form() -> None:
    text = "Erdoğan spoke with al-Sharaa."
    decomposed = text.replace("ğ", "g\u0306")
    assert (
        content_hash(text) == content_hash("  Erdoğan  spoke\nwith\tal-Sharaa. ") == content_hash(decomposed)
    )
    assert content_hash(text) != content_hash(text + " Again.")


def test_document_id_from_url_else_text() -> None:
    assert document_id("https://www.example.org/a/", "x") == document_id("http://example.org/a", "y")
    assert document_id("https://example.org/a", "x").startswith("u-")
    assert document_id(None, "some text") == document_id("", "some  text")
    assert document_id(None, "some text").startswith("h-")


def test_contact_id_ignores_participant_order_only() -> None:
    base = contact_id("a", "b", "2026-01-08", "phone", "occurred")
    assert base == contact_id("b", "a", "2026-01-08", "phone", "occurred")
    others = {
        contact_id("a", "c", "2026-01-08", "phone", "occurred"),
        contact_id("a", "b", "2026-01-09", "phone", "occurred"),
        contact_id("a", "b", None, "phone", "occurred"),
        contact_id("a", "b", "2026-01-08", "video", "occurred"),
        contact_id("a", "b", "2026-01-08", "phone", "planned"),
    }
    assert base not in others and len(others) == 5
    assert pair_key("b", "a") == pair_key("a", "b") == "a|b"


def test_provisional_leader_id() -> None:
    assert provisional_leader_id("Feleti Teo", "TUV") == "provisional-tuv-feleti-teo"
