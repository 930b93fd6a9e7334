"""How reports of one contact become one contact: matching across documents and folding assertions.

Both store backends call these pure functions, so they merge the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol, TypeVar

from graph.keys import contact_id
from graph.models import Assertion, Contact, Mode, Participant, Precision, Source, Status, sort_date

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
# When reports disagree on the setting or the mode, the more specific one wins a tie.
_SETTING_RANK = {"summit": 3, "visit": 2, "bilateral": 1}
_MODE_RANK = {"in_person": 4, "video": 3, "phone": 2, "written": 1}


class Matchable(Protocol):
    """What find_match reads of a contact: a Contact, or a store's lighter row of one."""

    @property
    def id(self) -> str:
        """The contact id."""
        ...

    @property
    def pair(self) -> tuple[str, str]:
        """The two leader ids, in order."""
        ...

    @property
    def status(self) -> Status:
        """Occurred or planned."""
        ...

    @property
    def mode(self) -> Mode:
        """Phone, video, in person or written."""
        ...

    @property
    def date(self) -> str | None:
        """The partial ISO date, or None."""
        ...


M = TypeVar("M", bound=Matchable)


def modes_compatible(x: Mode, y: Mode) -> bool:
    """Tell whether two reported modes can describe the same contact (a call is often a video call)."""
    return x == y or {x, y} == {"phone", "video"}


def _as_date(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def dates_close(x: str | None, y: str | None) -> bool:
    """Tell whether two partial dates can name the same contact: within a day, or one contains the other.

    An undated report is compatible with any date: it is the same call, reported without its day.
    """
    if x is None or y is None:
        return True
    if len(x) == 10 and len(y) == 10:
        return abs((_as_date(x) - _as_date(y)).days) <= 1
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    return longer.startswith(shorter)


def date_distance(x: str | None, y: str | None) -> int:
    """Days between two partial dates (their first days); undated counts as far but not infinite."""
    if x is None or y is None:
        return 10_000
    return abs((_as_date(x) - _as_date(y)).days)


def _shift(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return day


@lru_cache(maxsize=4096)
def candidate_window(value: str | None) -> tuple[str, str, tuple[str, ...]]:
    """Sort-date range and extra sort dates holding every contact a report of this date may match.

    dates_close decides; this only narrows what a store reads: days within one day, the month and year
    containing the date, and undated contacts. An undated report may match any date ("" to "\uffff").
    """
    undated = sort_date(None)
    if value is None:
        return "", "\uffff", ()
    if len(value) == 10:
        return _shift(value, -1), _shift(value, 1), (f"{value[:7]}-01", f"{value[:4]}-01-01", undated)
    if len(value) == 7:
        return f"{value}-01", f"{value}-31", (f"{value[:4]}-01-01", undated)
    return f"{value}-01-01", f"{value}-12-31", (undated,)


def find_match(new: Matchable, candidates: Iterable[M], taken: Collection[str] = ()) -> M | None:
    """Pick the existing contact a new report belongs to, or None when it is a contact of its own.

    Candidates must be of the same pair and status; the same id wins, then the closest compatible date,
    then the smaller id (so every store picks the same one whatever order it reads candidates in).
    `taken` holds ids of candidates that already carry a report from the new report's own document:
    one document asserting two contacts of a pair means two contacts, so those match only by id.
    """
    best: M | None = None
    best_key: tuple[int, str] = (0, "")
    for cand in candidates:
        if cand.pair != new.pair or cand.status != new.status:
            continue
        if cand.id == new.id:
            return cand
        if cand.id in taken:
            continue
        if not modes_compatible(cand.mode, new.mode) or not dates_close(cand.date, new.date):
            continue
        key = (date_distance(cand.date, new.date), cand.id)
        if best is None or key < best_key:
            best, best_key = cand, key
    return best


def _by_count(values: Iterable[str]) -> tuple[str, ...]:
    listed = list(values)
    if len(set(listed)) == len(listed):
        return tuple(sorted(listed))  # all counts equal: the common case, without a Counter
    counts = Counter(listed)
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))


def fold_assertions(assertions: Sequence[Assertion]) -> Assertion:
    """Combine what several documents assert about one contact into the contact's own attributes."""
    if not assertions:
        return Assertion()
    if len(assertions) == 1:
        # Most contacts have one report: skip the votes, but order and bound it like any fold (and when
        # that changes nothing, the report's own assertion is the fold: no new model to build).
        one = assertions[0]
        topics, places, initiator, confidence = _fold_one(one)
        if (topics, places, confidence) == (one.topics, one.places, one.confidence) and one.initiator != "":
            return one
        return Assertion.model_construct(
            setting=one.setting,
            mode=one.mode,
            date=one.date,
            date_precision=one.date_precision,
            topics=topics,
            places=places,
            initiator=initiator,
            confidence=confidence,
        )
    return _fold_votes(assertions)


def _fold_one(one: Assertion) -> tuple[tuple[str, ...], tuple[str, ...], str | None, float]:
    """Return what folding a contact's one assertion changes: its topics, places, initiator and confidence."""
    confidence = round(min(0.99, 1.0 - (1.0 - one.confidence)), 4)
    return _by_count(one.topics), _by_count(one.places), one.initiator or None, confidence


def _fold_votes(assertions: Sequence[Assertion]) -> Assertion:
    dated = [a for a in assertions if a.date is not None and a.date_precision is not None]
    day: str | None = None
    precision: Precision | None = None
    if dated:
        top = max(_PRECISION_RANK[a.date_precision or "year"] for a in dated)
        finest = [a.date for a in dated if _PRECISION_RANK[a.date_precision or "year"] == top]
        votes = Counter(d for d in finest if d is not None)
        # Most reported date, earliest on a tie: later reports drift to the publication day.
        day = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        precision = next(a.date_precision for a in dated if a.date == day)
    settings = Counter(a.setting for a in assertions)
    setting = max(settings, key=lambda s: (settings[s], _SETTING_RANK[s]))
    modes: Counter[Mode] = Counter(m for m in (a.mode for a in assertions) if m is not None)
    by_votes = sorted(modes, key=lambda m: (-modes[m], -_MODE_RANK[m]))
    mode = by_votes[0] if by_votes else None
    initiators = Counter(a.initiator for a in assertions if a.initiator)
    miss = 1.0
    for a in assertions:
        miss *= 1.0 - a.confidence
    # Built without validation: every value comes from validated assertions (a date with its own
    # precision), and validating (the date checks run in Python) cost more than the vote itself.
    return Assertion.model_construct(
        setting=setting,
        mode=mode,
        date=day,
        date_precision=precision,
        topics=_by_count(t for a in assertions for t in a.topics),
        places=_by_count(p for a in assertions for p in a.places),
        # Most reported, then the smaller id: the same answer whatever order the reports came in.
        initiator=min(initiators, key=lambda i: (-initiators[i], i)) if initiators else None,
        confidence=round(min(0.99, 1.0 - miss), 4),
    )


def build_contact(
    a: Participant,
    b: Participant,
    mode: Mode,
    status: Status,
    sources: Sequence[Source],
    contact_id_: str | None = None,
) -> Contact:
    """Build a contact from its reports; its id is derived unless an existing contact's id is given.

    Participants are put in id order (a before b). When the sources say which mode they reported, the
    folded mode wins over the `mode` argument.
    """
    if b.leader_id < a.leader_id:
        a, b = b, a
    if len(sources) == 1:
        # one report (every contact the extractor builds): the fold's values read off its assertion, with no
        # folded model built (fold_assertions builds one, in pure Python, whenever the topics get reordered)
        folded = sources[0].assertion
        topics, places, initiator, confidence = _fold_one(folded)
    else:
        folded = fold_assertions([s.assertion for s in sources])
        topics, places, initiator = folded.topics, folded.places, folded.initiator
        confidence = folded.confidence
    mode = folded.mode or mode
    cid = contact_id_ or contact_id(a.leader_id, b.leader_id, folded.date, mode, status)
    return Contact(
        id=cid,
        a=a,
        b=b,
        mode=mode,
        status=status,
        setting=folded.setting,
        date=folded.date,
        date_precision=folded.date_precision,
        topics=topics,
        places=places,
        initiator=initiator,
        confidence=confidence,
        sources=tuple(sources),
    )
