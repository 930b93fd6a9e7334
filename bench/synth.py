"""Synthetic Diplograph graphs for benchmarks: plausible leaders, terms, contacts, topics and documents.

    .venv/bin/python -m bench.synth --contacts 100000 [--seed 2026] [--out data/bench/x.db]

A graph is fixed by its size and seed (and GENERATOR_VERSION), so every run and every store sees the
same one:

- Countries: the gazetteer's ~200 ISO codes. Their weights follow a power law (a few large powers first,
  the rest in a seeded order), and each belongs to one of eight regions; neighbours talk more.
- Leaders: 2,000 plainly fictional people (syllable names, ids `synth-...`), each with one office:
  every country has a chain of heads of state from 1988 to 2027 and most also a chain of heads of
  government, each chain split into terms of one to a dozen years.
- Contacts: a date (more contacts in later years, as coverage grew), then two leaders in office on it
  from different countries, drawn by activity (country weight x a per-leader lognormal factor, a third
  of the draws inside the region): contact counts per leader and per pair come out power-law, with hub
  pairs of hundreds of contacts. Modes, settings, statuses, 0-3 topics (themselves Zipf-distributed),
  places and initiators in realistic shares; 97% dated to the day, the rest to the month or year. No
  two contacts of a pair fall within a day of each other (so every generated contact stays one contact).
- Reports and documents: each contact is told by 1 to 6 reports (most by one); a later report may give
  only the month or no date, or call a phone call a video call, and it carries the contact's id so the
  store merges it into the same contact. Reports are grouped into documents of one to three, each
  document a short English text that holds the evidence sentences at the offsets its sources give.

`load()` writes a graph through a store's own batch path: leaders by `upsert_leaders`, documents by
`import_documents` (already processed, status done), contacts by `save_extractions` in batches (the
path the worker and imports take, with merging and ties), timing the contact writes apart.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from graph.keys import contact_id, content_hash, document_id
from graph.models import (
    TOPICS,
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
from graph.protocol import GraphStore

# Bump when the generator's output changes, so cached stores built by an older one are not reused.
GENERATOR_VERSION = 1
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2026, 6, 30)
CHAIN_START = date(1988, 1, 1)
CHAIN_END = date(2027, 12, 31)
# The largest powers lead the power law; the other countries follow in a seeded order.
MAJOR = ("USA", "CHN", "RUS", "FRA", "DEU", "GBR", "TUR", "IND", "JPN", "SAU", "IRN", "EGY", "BRA", "ITA",
         "UKR", "CAN", "ISR", "QAT", "ARE", "ZAF", "KOR", "PAK", "IDN", "ESP", "MEX", "NGA")  # fmt: skip
REGIONS = 8
MODE_SHARES: tuple[tuple[Mode, float], ...] = (
    ("phone", 0.46), ("in_person", 0.38), ("video", 0.09), ("written", 0.07)
)  # fmt: skip
OUTLETS = ("wire", "daily", "herald", "courier", "post", "tribune", "gazette", "observer")
SYLLABLES = (
    "ka", "lo", "mi", "ran", "te", "vo", "sa", "dor", "el", "ni", "ba", "tu", "rem", "zi", "an",
    "ko", "li", "mar", "os", "ve", "da", "ir", "no", "sel", "ta", "gu", "fen", "ya", "ber", "im",
)  # fmt: skip
VERBS = {
    "phone": "spoke by phone with",
    "video": "held a video call with",
    "in_person": "met",
    "written": "sent a letter to",
}


@dataclass(frozen=True, slots=True)
class Person:
    """A synthetic leader with the one office they hold, as a participant of their contacts."""

    index: int
    leader: Leader
    participant: Participant
    start: int  # first and last day in office, as date ordinals
    end: int
    weight: float
    region: int


@dataclass(frozen=True, slots=True)
class Event:
    """One generated contact, compact: a day ordinal, two people, its kind, and a seed for the rest."""

    day: int
    a: int
    b: int
    mode: Mode
    status: Status
    setting: Setting
    precision: Precision
    seed: int


@dataclass
class Batch:
    """Documents and the extractions they carry, ready for import_documents and save_extractions."""

    documents: list[Document]
    items: list[tuple[str, list[Contact]]]
    reports: int


@dataclass
class LoadStats:
    """What load() wrote and how long the contact writes took."""

    reports: int = 0
    documents: int = 0
    contact_seconds: float = 0.0
    document_seconds: float = 0.0
    build_seconds: float = 0.0
    batches: int = 0
    per_batch: list[float] = field(default_factory=list)

    @property
    def reports_per_second(self) -> float:
        """Reports written per second of save_extractions calls."""
        return self.reports / self.contact_seconds if self.contact_seconds else 0.0


def _weighted(rng: random.Random, shares: Sequence[tuple[str, float]]) -> str:
    x = rng.random()
    for value, share in shares:
        x -= share
        if x < 0:
            return value
    return shares[-1][0]


class SynthGraph:
    """A deterministic synthetic graph of a given size; leaders at once, documents in batches."""

    def __init__(
        self, contacts: int, countries: Sequence[str], seed: int = 2026, leaders: int = 2000, skip: int = 0
    ) -> None:
        """Generate `contacts` contacts; with `skip`, leave out the first ones drawn.

        The graph of N contacts draws the same first N' contacts as the graph of N' < N, so
        SynthGraph(N, skip=N') is what a store loaded with SynthGraph(N') has yet to receive (its
        documents get URLs of their own).
        """
        self.size = contacts
        self.seed = seed
        self.skip = skip
        self.rng = random.Random(seed)
        self.countries = self._country_order(sorted(set(countries)))
        self.people = self._people(leaders)
        self.leaders = [p.leader for p in self.people]
        self.events = self._events(contacts)

    # -- leaders ---------------------------------------------------------------------------------

    def _country_order(self, codes: list[str]) -> list[str]:
        rest = [c for c in codes if c not in MAJOR]
        self.rng.shuffle(rest)
        return [c for c in MAJOR if c in codes] + rest

    def _names(self) -> Iterator[str]:
        seen: set[str] = set()
        while True:
            given = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3)))
            family = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))
            name = f"{given.capitalize()} {family.capitalize()}"
            if name not in seen:
                seen.add(name)
                yield name

    def _people(self, total: int) -> list[Person]:
        """Split CHAIN_START..CHAIN_END into terms for every office chain until `total` leaders exist."""
        rng = self.rng
        chains: list[tuple[str, Role, int]] = []
        for code in self.countries:
            region = rng.randrange(REGIONS)
            chains.append((code, "head_of_state", region))
            if rng.random() < 0.62:
                chains.append((code, "head_of_government", region))
        # Leaders per chain: the total spread evenly, the remainder to the first chains.
        per_chain = [total // len(chains) + (1 if i < total % len(chains) else 0) for i in range(len(chains))]
        names = self._names()
        span = CHAIN_END.toordinal() - CHAIN_START.toordinal()
        people: list[Person] = []
        for (code, role, region), n in zip(chains, per_chain, strict=True):
            rank = self.countries.index(code)
            country_weight = 1.0 / (rank + 2) ** 0.95
            cuts = sorted(rng.sample(range(365, span - 365), n - 1)) if n > 1 else []
            bounds = [0, *cuts, span + 1]
            for start_off, end_off in itertools.pairwise(bounds):
                name = next(names)
                start = CHAIN_START.toordinal() + start_off
                end = CHAIN_START.toordinal() + end_off - 1
                index = len(people)
                leader_id = "synth-" + name.lower().replace(" ", "-")
                leader = Leader(
                    id=leader_id,
                    name=name,
                    aliases=(name,),
                    offices=(
                        Office(
                            country=code,
                            role=role,
                            start=date.fromordinal(start),
                            end=date.fromordinal(end) if end < CHAIN_END.toordinal() else None,
                        ),
                    ),
                )
                participant = Participant(leader_id=leader_id, name=name, country=code, role=role)
                role_factor = 1.0 if role == "head_of_state" else 0.55
                weight = country_weight * role_factor * math.exp(rng.gauss(0, 0.8))
                people.append(Person(index, leader, participant, start, end, weight, region))
        return people

    # -- contacts --------------------------------------------------------------------------------

    def _events(self, total: int) -> list[Event]:
        rng = self.rng
        last = LAST_DAY.toordinal()
        # Months with who is in office mid-month, and cumulative weights to draw from (all, per region).
        months: list[tuple[int, int]] = []
        day = FIRST_DAY
        while day <= LAST_DAY:
            nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
            months.append((day.toordinal(), min(nxt.toordinal(), last + 1)))
            day = nxt
        pools: list[tuple[list[Person], list[float], list[list[Person]], list[list[float]]]] = []
        for lo, _ in months:
            mid = lo + 14
            here = [p for p in self.people if p.start <= mid <= p.end]
            regional: list[list[Person]] = [[p for p in here if p.region == r] for r in range(REGIONS)]
            pools.append(
                (here, _cumulative(here), regional, [_cumulative(group) for group in regional])
            )
        # More contacts in later months: coverage grew (weight 1 in 1990 to 4 in 2026).
        month_cum = _cumulative_values([1.0 + 3.0 * i / len(months) for i in range(len(months))])
        # Per pair: days taken, and months and years holding a contact dated only that finely or any.
        days: dict[tuple[int, int], set[int]] = {}
        coarse: dict[tuple[int, int], set[str]] = {}
        events: list[Event] = []
        while len(events) < total:
            m = bisect.bisect(month_cum, rng.random() * month_cum[-1])
            lo, hi = months[m]
            here, cum, regional, regional_cum = pools[m]
            a = here[bisect.bisect(cum, rng.random() * cum[-1])]
            group, group_cum = regional[a.region], regional_cum[a.region]
            if rng.random() < 0.33 and len(group) > 1:
                b = group[bisect.bisect(group_cum, rng.random() * group_cum[-1])]
            else:
                b = here[bisect.bisect(cum, rng.random() * cum[-1])]
            if a.participant.country == b.participant.country:
                continue
            x, y = (a, b) if a.leader.id < b.leader.id else (b, a)
            pair = (x.index, y.index)
            ordinal = rng.randrange(max(lo, x.start, y.start), min(hi, x.end + 1, y.end + 1))
            r = rng.random()
            precision: Precision = "day" if r < 0.97 else "month" if r < 0.995 else "year"
            when = date.fromordinal(ordinal)
            taken_days = days.setdefault(pair, set())
            taken_coarse = coarse.setdefault(pair, set())
            month_key, year_key = f"{when:%Y-%m}", f"{when:%Y}"
            if precision == "day":
                clash = bool(taken_days & {ordinal - 1, ordinal, ordinal + 1}) or bool(
                    taken_coarse & {"m" + month_key, "y" + year_key}
                )
            elif precision == "month":
                clash = bool(taken_coarse & {"any-m" + month_key, "y" + year_key})
            else:
                clash = "any-y" + year_key in taken_coarse
            if clash:
                continue
            taken_days.add(ordinal)
            taken_coarse.update(
                {"any-m" + month_key, "any-y" + year_key}
                | ({"m" + month_key} if precision == "month" else set())
                | ({"y" + year_key} if precision == "year" else set())
            )
            mode = _weighted(rng, MODE_SHARES)
            if mode == "in_person":
                setting = _weighted(rng, (("visit", 0.5), ("bilateral", 0.3), ("summit", 0.2)))
            else:
                setting = "bilateral"
            status: Status = "occurred" if rng.random() < 0.95 else "planned"
            events.append(
                Event(ordinal, x.index, y.index, mode, status, setting, precision, rng.getrandbits(48))  # type: ignore[arg-type]
            )
        events = events[self.skip :]
        events.sort(key=lambda e: (e.day, e.seed))
        return events

    # -- reports and documents -------------------------------------------------------------------

    def batches(self, reports_per_batch: int = 5000) -> Iterator[Batch]:
        """Yield documents with their extractions in publication order, about reports_per_batch a batch."""
        topic_codes = list(TOPICS)
        topic_cum = _cumulative_values([1.0 / (i + 1) for i in range(len(topic_codes))])
        serial = 0
        docs: list[Document] = []
        items: list[tuple[str, list[Contact]]] = []
        count = 0
        pending: list[tuple[Event, Contact, str]] = []  # reports waiting for their document
        doc_rng = random.Random(self.seed + 1)
        target = doc_rng.choice((1, 1, 1, 2, 2, 3))

        def flush() -> None:
            nonlocal serial, target
            serial += 1
            doc, item = self._document(serial, pending, doc_rng)
            docs.append(doc)
            items.append(item)
            pending.clear()
            target = doc_rng.choice((1, 1, 1, 2, 2, 3))

        for event in self.events:
            for report in self._reports(event, topic_codes, topic_cum):
                if any(e is event for e, _, _ in pending):
                    flush()
                pending.append((event, *report))
                count += 1
                if len(pending) >= target:
                    flush()
            if count >= reports_per_batch and not pending:
                yield Batch(docs, items, count)
                docs, items, count = [], [], 0
        if pending:
            flush()
        if items:
            yield Batch(docs, items, count)

    def _reports(
        self, event: Event, topic_codes: list[str], topic_cum: list[float]
    ) -> Iterator[tuple[Contact, str]]:
        """Yield each report of an event as (the contact as that report tells it, its evidence sentence)."""
        rng = random.Random(event.seed)
        a, b = self.people[event.a], self.people[event.b]
        when = date.fromordinal(event.day)
        full = {"day": when.isoformat(), "month": f"{when:%Y-%m}", "year": f"{when:%Y}"}[event.precision]
        topics: list[str] = []
        for _ in range(rng.choice((0, 1, 1, 2, 2, 2, 3, 3))):
            code = topic_codes[bisect.bisect(topic_cum, rng.random() * topic_cum[-1])]
            if code not in topics:
                topics.append(code)
        places = (rng.choice(self.countries),) if rng.random() < 0.2 else ()
        initiator = rng.choice((a.leader.id, b.leader.id)) if event.mode in ("phone", "video") and (
            rng.random() < 0.6
        ) else None
        cid = contact_id(a.leader.id, b.leader.id, full, event.mode, event.status)
        n = 1
        while n < 6 and rng.random() < 0.28:
            n += 1
        for k in range(n):
            day, precision, mode = full, event.precision, event.mode
            if k:  # a later report: sometimes vaguer, sometimes calling a phone call a video call
                r = rng.random()
                if r < 0.08 and event.precision == "day":
                    day, precision = full[:7], "month"
                elif r < 0.12:
                    day, precision = None, None  # type: ignore[assignment]
                if mode == "phone" and rng.random() < 0.06:
                    mode = "video"
            told = tuple(t for t in topics if rng.random() < 0.85) or tuple(topics[:1])
            evidence = (
                f"{a.leader.name} of {a.participant.country} {VERBS[mode]} {b.leader.name} of "
                f"{b.participant.country}"
                + (f" on {day}" if day else "")
                + (f", discussing {', '.join(t.replace('_', ' ') for t in told)}." if told else ".")
            )
            source = Source(
                document_id="",  # set when the report is placed in a document
                evidence=evidence,
                start=0,
                end=len(evidence),
                assertion=Assertion(
                    setting=event.setting,
                    mode=mode,
                    date=day,
                    date_precision=precision,
                    topics=told,
                    places=places,
                    initiator=initiator,
                    confidence=round(0.55 + 0.4 * rng.random(), 2),
                ),
            )
            contact = Contact.model_construct(
                id=cid, a=a.participant, b=b.participant, mode=mode, status=event.status,
                setting=event.setting, date=day, date_precision=precision, topics=told, places=places,
                initiator=initiator, confidence=source.assertion.confidence, sources=(source,),
            )  # fmt: skip
            yield contact, evidence

    def _document(
        self, serial: int, reports: Sequence[tuple[Event, Contact, str]], rng: random.Random
    ) -> tuple[Document, tuple[str, list[Contact]]]:
        """Write one document holding these reports' evidence, and its extraction with the offsets."""
        day = date.fromordinal(max(e.day for e, _, _ in reports) + rng.choice((0, 0, 0, 1, 1, 2)))
        outlet = OUTLETS[serial % len(OUTLETS)]
        suffix = f"-{self.skip}" if self.skip else ""
        url = f"https://{outlet}.example/{day:%Y/%m/%d}/report-{serial}{suffix}"
        head = f"{outlet.capitalize()} report {serial}. "
        parts = [head]
        offsets = []
        at = len(head)
        for _, _, evidence in reports:
            offsets.append((at, at + len(evidence)))
            parts.append(evidence + " ")
            at += len(evidence) + 1
        parts.append("Officials said further contacts at the expert level would follow.")
        text = "".join(parts)
        doc_id = document_id(url, text)
        contacts = []
        for (_, contact, _), (start, end) in zip(reports, offsets, strict=True):
            source = contact.sources[0].model_copy(update={"document_id": doc_id, "start": start, "end": end})
            contacts.append(contact.model_copy(update={"sources": (source,)}))
        stamp = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        doc = Document(
            id=doc_id, url=url, title=f"{outlet.capitalize()} report {serial}", lang="en", published=day,
            text=text, content_hash=content_hash(text), status="done", attempts=1,
            created_at=stamp, updated_at=stamp,
        )  # fmt: skip
        return doc, (doc_id, contacts)

    # -- facts for benchmark requests ------------------------------------------------------------

    def pair_counts(self) -> Counter[tuple[str, str]]:
        """Count generated contacts per pair of leader ids (for picking benchmark requests)."""
        return Counter(
            (self.people[e.a].leader.id, self.people[e.b].leader.id) for e in self.events
        )

    def leader_counts(self) -> Counter[str]:
        """Count generated contacts per leader id."""
        out: Counter[str] = Counter()
        for e in self.events:
            out[self.people[e.a].leader.id] += 1
            out[self.people[e.b].leader.id] += 1
        return out


def _cumulative(people: Sequence[Person]) -> list[float]:
    return _cumulative_values([p.weight for p in people])


def _cumulative_values(weights: Sequence[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def gazetteer_countries() -> list[str]:
    """Return the gazetteer's country codes (about 200)."""
    from ingest.gazetteer import load_default

    return sorted(load_default().countries)


def load(
    store: GraphStore,
    graph: SynthGraph,
    batch: int = 5000,
    progress: Callable[[LoadStats], None] | None = None,
) -> LoadStats:
    """Write a synthetic graph through the store's batch path; time the contact writes apart."""
    stats = LoadStats()
    for i in range(0, len(graph.leaders), 500):
        store.upsert_leaders(graph.leaders[i : i + 500])
    began = time.perf_counter()
    for part in graph.batches(batch):
        built = time.perf_counter()
        stats.build_seconds += built - began
        store.import_documents(part.documents)
        written = time.perf_counter()
        stats.document_seconds += written - built
        store.save_extractions(part.items)
        began = time.perf_counter()
        stats.contact_seconds += began - written
        stats.per_batch.append(began - written)
        stats.reports += part.reports
        stats.documents += len(part.documents)
        stats.batches += 1
        if progress is not None:
            progress(stats)
    return stats


def size_label(n: int) -> str:
    """Write a contact count as 10k, 100k, 1M."""
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def parse_size(text: str) -> int:
    """Read 10k, 100k, 1M or a plain number."""
    t = text.strip().lower().replace("_", "").replace(",", "")
    scale = {"k": 1000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t[:-1] if scale > 1 else t) * scale)


def main() -> None:
    """Generate a graph and load it into a SQLite file, printing its shape and the write rate."""
    from graph.sqlite.store import SqliteStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=parse_size, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--batch", type=int, default=5000, help="reports per save_extractions call")
    parser.add_argument("--out", type=Path, help="SQLite file to write (default: only print the shape)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    graph = SynthGraph(args.contacts, gazetteer_countries(), seed=args.seed)
    print(f"generated {len(graph.events):,} contacts among {len(graph.leaders):,} leaders "
          f"of {len(graph.countries)} countries in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    describe(graph)
    if args.out:
        store = SqliteStore(args.out)
        store.migrate()
        stats = load(store, graph, args.batch)
        print(f"loaded {stats.reports:,} reports in {stats.documents:,} documents: "
              f"{stats.reports_per_second:,.0f} reports/s in save_extractions; {store.counts()}")  # fmt: skip
        store.close()


def describe(graph: SynthGraph) -> None:
    """Print the shape of a graph: contacts per leader and per pair at a few quantiles."""
    per_leader = sorted(graph.leader_counts().values(), reverse=True)
    per_pair = sorted(graph.pair_counts().values(), reverse=True)
    for label, values in (("leader", per_leader), ("pair", per_pair)):
        top = values[0]
        median = values[len(values) // 2]
        print(f"contacts per {label}: {len(values):,} with any; max {top:,}, p99 "
              f"{values[len(values) // 100]:,}, median {median:,}")  # fmt: skip


if __name__ == "__main__":
    main()
