"""A populated store for query tests, written through the store's own queue (enqueue, claim, complete).

The documents are labelled synthetic fixtures, not news reports: they assert nothing about the world.
Each carries contacts built in code, so the tests know every count, date and page boundary exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from graph.merge import build_contact
from graph.models import Assertion, Contact, Mode, Participant, Role, Setting, Source, Status
from graph.protocol import GraphStore
from ingest.normalize import NormalizeConfig, RawDocument, build_document


def _person(leader_id: str, name: str, country: str, role: Role) -> Participant:
    return Participant(leader_id=leader_id, name=name, country=country, role=role)


PEOPLE = {
    "M": _person("emmanuel-macron", "Emmanuel Macron", "FRA", "head_of_state"),
    "E": _person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "TUR", "head_of_state"),
    "S": _person("ahmed-al-sharaa", "Ahmed al-Sharaa", "SYR", "head_of_state"),
    "K": _person("keir-starmer", "Keir Starmer", "GBR", "head_of_government"),
    "F": _person("friedrich-merz", "Friedrich Merz", "DEU", "head_of_government"),
    "T": _person("donald-trump", "Donald Trump", "USA", "head_of_state"),
}


@dataclass(frozen=True)
class Spec:
    """One contact to write: who, how, when, about what."""

    a: str
    b: str
    mode: Mode
    date: str | None
    topics: tuple[str, ...] = ()
    status: Status = "occurred"
    setting: Setting = "bilateral"


# Twelve monthly Macron-Erdogan calls in 2025, alternating topics; then one contact of each other kind.
SPECS: list[Spec] = [
    Spec("M", "E", "phone", f"2025-{month:02d}-10",
         ("trade_economy",) if month % 2 else ("security_defense", "regional_situation"))
    for month in range(1, 13)
] + [
    Spec("M", "S", "phone", "2026-01-08", ("regional_situation",)),
    Spec("E", "S", "in_person", "2025-05-15", ("reconstruction",), setting="visit"),
    Spec("M", "K", "video", "2025-06-02", ("conflict_ceasefire",)),
    Spec("M", "F", "in_person", "2025-07-20", ("energy",), setting="summit"),
    Spec("M", "T", "in_person", "2026-03-01", ("trade_economy",), status="planned"),
    Spec("K", "F", "written", None, ("ceremonial",)),
]


@dataclass
class Populated:
    """What was written: document ids in SPECS order, and the ids of the contacts."""

    documents: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    # The Macron-al-Sharaa call is reported twice: this is the second document's id.
    second_report: str = ""


def _contact(spec: Spec, doc_id: str, text: str) -> Contact:
    assertion = Assertion(
        setting=spec.setting, mode=spec.mode, date=spec.date,
        date_precision="day" if spec.date else None, topics=spec.topics, confidence=0.8,
    )
    source = Source(document_id=doc_id, evidence=text, start=0, end=len(text), assertion=assertion)
    return build_contact(PEOPLE[spec.a], PEOPLE[spec.b], spec.mode, spec.status, [source])


def populate(store: GraphStore) -> Populated:
    """Write one synthetic document per spec (plus a second report of one contact) and complete them."""
    now = datetime.now(UTC)
    texts = [f"Synthetic fixture document {i} for the API tests; it reports nothing real." for i in
             range(len(SPECS) + 1)]
    docs = [
        build_document(RawDocument(text=t, url=f"https://fixtures.example/{i}", lang="en",
                                   published="2026-01-10"), NormalizeConfig())
        for i, t in enumerate(texts)
    ]
    store.enqueue(docs)
    # The last document reports the Macron-al-Sharaa call again.
    wanted = {doc.id: _contact(spec, doc.id, doc.text) for doc, spec in zip(docs[:-1], SPECS, strict=True)}
    wanted[docs[-1].id] = _contact(SPECS[12], docs[-1].id, docs[-1].text)
    out = Populated(documents=[d.id for d in docs[:-1]], second_report=docs[-1].id)
    while (job := store.claim("fixture", 60, now)) is not None:
        contact = wanted[job.document.id]
        store.complete(job, [contact], now)
    out.contacts = sorted({c.id for c in wanted.values()})
    return out
