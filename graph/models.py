"""Domain models shared by every layer: leaders, documents, contacts and the answers built from them."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Role = Literal["head_of_state", "head_of_government", "intl_org_head"]
Mode = Literal["phone", "video", "in_person", "written"]
Setting = Literal["bilateral", "visit", "summit"]
Status = Literal["occurred", "planned"]
Precision = Literal["day", "month", "year"]
DocStatus = Literal["queued", "processing", "done", "failed"]

MODES: tuple[Mode, ...] = ("phone", "video", "in_person", "written")
SETTINGS: tuple[Setting, ...] = ("bilateral", "visit", "summit")
STATUSES: tuple[Status, ...] = ("occurred", "planned")
ROLES: tuple[Role, ...] = ("head_of_state", "head_of_government", "intl_org_head")
# Which of two offices held at once names a leader in answers: the head of state's.
ROLE_RANK: dict[str, int] = {"head_of_state": 3, "head_of_government": 2, "intl_org_head": 1}

# Topic codes and their labels, in the order of shared/eval/SCHEMA.md.
TOPICS: dict[str, str] = {
    "bilateral_relations": "Bilateral relations",
    "trade_economy": "Trade and economy",
    "investment": "Investment",
    "energy": "Energy",
    "security_defense": "Security and defence",
    "counterterrorism": "Counter-terrorism",
    "conflict_ceasefire": "Conflict and ceasefire",
    "humanitarian": "Humanitarian aid",
    "reconstruction": "Reconstruction",
    "migration_refugees": "Migration and refugees",
    "nuclear_nonproliferation": "Nuclear non-proliferation",
    "climate_environment": "Climate and environment",
    "health": "Health",
    "regional_situation": "Regional situation",
    "sovereignty_territorial_integrity": "Sovereignty and territorial integrity",
    "domestic_politics_elections": "Domestic politics and elections",
    "ceremonial": "Ceremonial (congratulations, condolences, greetings)",
    "sanctions": "Sanctions",
    "human_rights_minorities": "Human rights and minorities",
    "multilateral_diplomacy": "Multilateral diplomacy",
    "infrastructure_transport": "Infrastructure and transport",
    "food_agriculture": "Food and agriculture",
    "technology": "Technology",
    "culture_education_tourism": "Culture, education and tourism",
}

# Country codes: ISO 3166-1 alpha-3, or the two international bodies the schema allows.
COUNTRY_CODE = re.compile(r"^(?:[A-Z]{3}|UN|EU)$")
_PARTIAL_DATE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


def sort_date(value: str | None) -> str:
    """Return a day-precision ISO string for ordering a partial date; undated sorts first ascending."""
    if value is None:
        return "0000-00-00"
    if len(value) == 4:
        return f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-01"
    return value


def in_span(start: date | None, end: date | None, day: date) -> bool:
    """Tell whether a span of days, both ends included and either open (None), covers a day."""
    return (start is None or start <= day) and (end is None or day <= end)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Office(_Frozen):
    """One term in one office: who was head of state or government of a country, from when to when."""

    country: str
    role: Role
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        """Tell whether this term covers the given day (open ends count as covering)."""
        return in_span(self.start, self.end, day)


class Leader(_Frozen):
    """A person who held a leader's office, with names in every script seen and dated offices."""

    id: str
    name: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    provisional: bool = False
    # "f" or "m" where the gazetteer knows it (names*.jsonl), else None: pronoun resolution reads it
    gender: Literal["f", "m"] | None = None

    def offices_on(self, day: date) -> tuple[Office, ...]:
        """Return the offices this leader held on a day."""
        return tuple(o for o in self.offices if o.holds_on(day))

    def latest_office(self) -> Office | None:
        """Return the office held now (open-ended), else the one that ended last; None without offices.

        Among offices held at once, a head of state's wins, then the later start, then the first listed
        (so a gazetteer lists a president's own country before an ex officio one such as Andorra).
        """
        if not self.offices:
            return None
        return max(
            self.offices,
            key=lambda o: (o.end is None, o.end or date.min, ROLE_RANK[o.role], o.start or date.min),
        )

    def ref(self) -> LeaderRef:
        """Return the short form with the country and role of the latest office.

        Stores name leaders in answers by what they acted as in their contacts (graph.ties.acting_ref);
        this is the fallback for a leader without contacts.
        """
        office = self.latest_office()
        return LeaderRef(
            id=self.id,
            name=self.name,
            country=office.country if office else None,
            role=office.role if office else None,
        )


class LeaderTotals(_Frozen):
    """How many contacts a leader has, with whom, over which span and by which modes."""

    contacts: int = 0
    counterparts: int = 0
    first: str | None = None
    last: str | None = None
    by_mode: dict[str, int] = Field(default_factory=dict)


class Document(_Frozen):
    """A news report: its text, where it came from, and how far processing has got."""

    id: str
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    published: date | None = None
    text: str
    content_hash: str
    status: DocStatus = "queued"
    attempts: int = 0
    error: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class Participant(_Frozen):
    """One side of a contact: a leader, with the country and role they acted for."""

    leader_id: str
    name: str
    country: str
    role: Role
    provisional: bool = False

    @field_validator("country")
    @classmethod
    def _country_code(cls, v: str) -> str:
        if not COUNTRY_CODE.match(v):
            raise ValueError(f"not an ISO 3166-1 alpha-3 code, UN or EU: {v!r}")
        return v


class Assertion(_Frozen):
    """What one document says about a contact; a contact's own attributes are folded from these."""

    setting: Setting = "bilateral"
    # The mode this report gave (phone or video may differ between reports of one call); stores fill it
    # from the contact's mode when an extractor leaves it unset.
    mode: Mode | None = None
    date: str | None = None
    date_precision: Precision | None = None
    topics: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    initiator: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _date_matches_precision(self) -> Assertion:
        if (self.date is None) != (self.date_precision is None):
            raise ValueError("date and date_precision are both set or both null")
        if self.date is not None and self.date_precision is not None \
                and not _valid_date(self.date, self.date_precision):
            _check_date(self.date, self.date_precision)  # (raises why)
        return self


def _check_date(value: str, precision: Precision) -> None:
    """Raise ValueError unless a date is written to its precision and is a day of the calendar."""
    if not _PARTIAL_DATE[precision].match(value):
        raise ValueError(f"date {value!r} does not have {precision} precision")
    _check_calendar(value)


@lru_cache(maxsize=4096)
def _valid_date(value: str, precision: Precision) -> bool:
    """Tell whether _check_date passes (remembered: days repeat, and each assertion is checked twice)."""
    # (pydantic runs a model's after-validator again on an instance given as a field: a Source's assertion)
    try:
        _check_date(value, precision)
    except ValueError:
        return False
    return True


def _check_calendar(value: str) -> None:
    parts = list(map(int, value.split("-")))
    year, month, day = parts + [1] * (3 - len(parts))
    date(year, month, day)  # raises ValueError on an impossible date


class Source(_Frozen):
    """One report of a contact: the document, the evidence sentence and its offsets, and what it asserted."""

    document_id: str
    evidence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    assertion: Assertion
    # Filled in on reads, for readers who want to follow the link.
    url: str | None = None
    title: str | None = None
    published: date | None = None
    lang: str | None = None


class Contact(_Frozen):
    """A call, meeting, visit or letter between two leaders, with every report of it."""

    id: str
    a: Participant
    b: Participant
    mode: Mode
    status: Status
    setting: Setting = "bilateral"
    date: str | None = None
    date_precision: Precision | None = None
    topics: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    initiator: str | None = None
    confidence: float = 0.5
    sources: tuple[Source, ...] = ()

    @property
    def pair(self) -> tuple[str, str]:
        """Return the two leader ids in canonical (sorted) order."""
        x, y = self.a.leader_id, self.b.leader_id
        return (x, y) if x <= y else (y, x)

    @property
    def sort_date(self) -> str:
        """Return the day-precision string this contact sorts by."""
        return sort_date(self.date)


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list, with the opaque cursor of the next page when there is one."""

    model_config = ConfigDict(frozen=True)

    items: list[T]
    next_cursor: str | None = None


class ContactFilter(_Frozen):
    """Filters shared by contact lists, pair summaries and networks."""

    leader: str | None = None
    with_: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    mode: Mode | None = None
    setting: Setting | None = None
    topic: str | None = None
    status: Status | None = None


class LeaderRef(_Frozen):
    """The short form of a leader inside answers."""

    id: str
    name: str
    country: str | None = None
    role: Role | None = None


class PairSummary(_Frozen):
    """How often two leaders were in contact: totals by mode, month and topic, and the span."""

    a: LeaderRef
    b: LeaderRef
    count: int
    by_mode: dict[str, int]
    by_month: dict[str, int]
    topics: dict[str, int]
    first: str | None
    last: str | None


class Counterpart(_Frozen):
    """One leader a given leader was in contact with, and how often."""

    leader: LeaderRef
    count: int
    first: str | None
    last: str | None
    modes: dict[str, int]
    top_topics: list[str]


class NetworkNode(_Frozen):
    """A leader in a network answer."""

    id: str
    name: str
    country: str | None
    role: Role | None
    contacts: int


class NetworkLink(_Frozen):
    """A leader-leader tie in a network answer."""

    source: str
    target: str
    count: int
    first: str | None
    last: str | None
    modes: dict[str, int]
    topics: dict[str, int]


class Network(_Frozen):
    """Leaders and the ties between them, in node-link form."""

    nodes: list[NetworkNode]
    links: list[NetworkLink]


class EnqueueResult(_Frozen):
    """What happened to one submitted document: queued, or a duplicate of a known one."""

    id: str
    status: Literal["queued", "duplicate"]
    duplicate_of: str | None = None


class Job(_Frozen):
    """A claimed document with the lease that lets only its claimer finish it."""

    document: Document
    lease_token: str
    lease_expires: datetime
    attempts: int


class StoreCounts(_Frozen):
    """Totals of everything a store holds, for health checks, migrations and benchmarks."""

    leaders: int
    documents: int
    contacts: int
    sources: int
    ties: int


class Feed(_Frozen):
    """An RSS or Atom feed the worker polls, with the HTTP validators of its last fetch."""

    url: str
    etag: str | None = None
    modified: str | None = None
    last_polled: datetime | None = None
    last_error: str | None = None
    items_seen: int = 0
