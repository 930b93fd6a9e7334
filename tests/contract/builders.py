"""Small builders of store test data, shared by the contract suite and anyone else's tests.

The real leaders here carry true facts (offices and their start dates, names as written in Arabic,
Persian and Cyrillic media); the contacts built from them in tests are real events where a test names
one, and otherwise plainly synthetic leaders ("Test Leader 07") stand in.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from graph.keys import content_hash, document_id
from graph.merge import build_contact
from graph.models import (
    Assertion,
    Contact,
    Document,
    Leader,
    Mode,
    Office,
    Participant,
    Precision,
    Role,
    Setting,
    Source,
    Status,
)


def leader(
    id: str,
    name: str,
    country: str,
    role: Role = "head_of_state",
    aliases: Sequence[str] = (),
    start: date | None = None,
    end: date | None = None,
    provisional: bool = False,
) -> Leader:
    """Build a leader with one office."""
    return Leader(
        id=id,
        name=name,
        aliases=tuple(aliases),
        offices=(Office(country=country, role=role, start=start, end=end),),
        provisional=provisional,
    )


MACRON = leader(
    "emmanuel-macron", "Emmanuel Macron", "FRA",
    aliases=("Macron", "ماكرون", "إيمانويل ماكرون", "Эммануэль Макрон", "Макрон", "ماکرون"),
    start=date(2017, 5, 14),
)  # fmt: skip
SHARAA = leader(
    "ahmed-al-sharaa", "Ahmed al-Sharaa", "SYR",
    aliases=("al-Sharaa", "أحمد الشرع", "الشرع", "Ахмед аш-Шараа"),
    start=date(2025, 1, 29),
)  # fmt: skip
ERDOGAN = leader(
    "recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "TUR",
    aliases=("Erdogan", "Erdoğan", "رجب طيب أردوغان", "أردوغان", "Эрдоган", "Реджеп Тайип Эрдоган"),
    start=date(2014, 8, 28),
)  # fmt: skip
PUTIN = Leader(
    id="vladimir-putin",
    name="Vladimir Putin",
    aliases=("Putin", "Владимир Путин", "Путин", "بوتين", "فلاديمير بوتين", "پوتین"),
    offices=(
        Office(country="RUS", role="head_of_government", start=date(2008, 5, 8), end=date(2012, 5, 7)),
        Office(country="RUS", role="head_of_state", start=date(2012, 5, 7)),
    ),
)
# Iran's president heads the government; the Supreme Leader is head of state.
PEZESHKIAN = leader(
    "masoud-pezeshkian", "Masoud Pezeshkian", "IRN", role="head_of_government",
    aliases=("Pezeshkian", "مسعود پزشکیان", "پزشکیان", "مسعود بزشكيان", "Пезешкиан"),
    start=date(2024, 7, 28),
)  # fmt: skip
# Two presidents who share a surname: "Bush" alone is ambiguous.
BUSH_41 = leader(
    "george-h-w-bush", "George H. W. Bush", "USA",
    aliases=("Bush", "جورج بوش"), start=date(1989, 1, 20), end=date(1993, 1, 20),
)  # fmt: skip
BUSH_43 = leader(
    "george-w-bush", "George W. Bush", "USA",
    aliases=("Bush", "جورج بوش"), start=date(2001, 1, 20), end=date(2009, 1, 20),
)  # fmt: skip
CAST: tuple[Leader, ...] = (MACRON, SHARAA, ERDOGAN, PUTIN, PEZESHKIAN, BUSH_41, BUSH_43)

# Country codes the synthetic leaders are spread over.
_COUNTRIES = ("FRA", "DEU", "TUR", "EGY", "BRA", "JPN", "KEN", "CAN")


def synthetic_leader(n: int) -> Leader:
    """Build a plainly fictional leader, "Test Leader NN", of one of a few countries."""
    return leader(f"test-leader-{n:02d}", f"Test Leader {n:02d}", _COUNTRIES[n % len(_COUNTRIES)])


def participant(who: Leader, country: str | None = None, role: Role | None = None) -> Participant:
    """Build a contact participant from a leader, acting for their latest office unless told otherwise."""
    ref = who.ref()
    return Participant(
        leader_id=who.id,
        name=who.name,
        country=country or ref.country or "UN",
        role=role or ref.role or "head_of_state",
        provisional=who.provisional,
    )


def precision_of(day: str | None) -> Precision | None:
    """Return the precision a partial ISO date is written at."""
    if day is None:
        return None
    return {10: "day", 7: "month", 4: "year"}[len(day)]  # type: ignore[return-value]


def document(
    text: str,
    url: str | None = None,
    title: str | None = None,
    lang: str | None = "en",
    published: date | None = None,
) -> Document:
    """Build a document whose id and hash are derived as the pipeline derives them."""
    return Document(
        id=document_id(url, text),
        url=url,
        title=title,
        lang=lang,
        published=published,
        text=text,
        content_hash=content_hash(text),
    )


def report(
    a: Leader | Participant,
    b: Leader | Participant,
    document_id: str,
    *,
    date: str | None = None,
    mode: Mode = "phone",
    status: Status = "occurred",
    setting: Setting = "bilateral",
    topics: Sequence[str] = (),
    places: Sequence[str] = (),
    evidence: str | None = None,
    start: int = 0,
    initiator: str | None = None,
    confidence: float = 0.8,
    source_mode: Mode | None = None,
) -> Contact:
    """Build what one document reports about one contact: a contact with one source, as extractors do."""
    pa = a if isinstance(a, Participant) else participant(a)
    pb = b if isinstance(b, Participant) else participant(b)
    text = evidence if evidence is not None else f"{pa.name} and {pb.name} were in contact ({mode})."
    source = Source(
        document_id=document_id,
        evidence=text,
        start=start,
        end=start + len(text),
        assertion=Assertion(
            setting=setting,
            mode=source_mode,
            date=date,
            date_precision=precision_of(date),
            topics=tuple(topics),
            places=tuple(places),
            initiator=initiator,
            confidence=confidence,
        ),
    )
    return build_contact(pa, pb, mode, status, [source])


def random_report(
    rng: random.Random,
    doc_id: str,
    leaders: Sequence[Leader],
    days: Sequence[str | None],
    topics: Sequence[str],
    *,
    modes: Sequence[Mode] = ("phone", "video", "in_person"),
    max_topics: int = 3,
    un_share: float = 0.15,
) -> Contact:
    """Build a random report of two of the leaders: a day, mode, status (80 % occurred) and topics drawn."""
    x, y = rng.sample(list(leaders), 2)
    status: Status = "occurred" if rng.random() < 0.8 else "planned"
    # Now and then a participant acts for another country than their office's.
    side = participant(x, country="UN") if rng.random() < un_share else participant(x)
    return report(
        side, participant(y), doc_id, date=rng.choice(list(days)), mode=rng.choice(list(modes)),
        status=status, topics=rng.sample(list(topics), rng.randint(0, max_topics)),
    )  # fmt: skip
