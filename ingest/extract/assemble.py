"""Statements of contacts, and their grouping: one contact described several times is one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from graph.models import Mode, Precision, Status
from ingest.extract.mentions import Mention

_HEADING = attrgetter("heading")  # a statement's: told in a headline or caption
# How many days apart an arrival and the visit's talks may be told.
_VISIT_DAYS = 2


@dataclass
class Statement:
    """One sentence's statement of a contact between two resolved leaders."""

    a: Mention
    b: Mention
    sentence: int
    mode: Mode | None
    weight: int
    status: Status
    date: tuple[str, Precision] | None
    initiator: str | None
    confidence: float
    heading: bool = False
    context: tuple[str, Precision] | None = None  # the narrative's day when the sentence gives none
    background: bool = False  # an earlier contact a "since" names: only a dated statement joins it
    visit: bool = False  # told by visit words only ("arrived"): the visit's talks may be a day apart
    again: bool = False  # "a first call ..., and in a second one": another contact of the sentence's day
    reply: bool = False  # a letter told as the answer to another: not the letter it answers
    pluperfect: bool = False  # undated, told in the pluperfect ("X had called Y"): before the narrative
    # undated, told as the pair's last contact before ("their previous meeting was held in Kazan"): not the
    # report's own
    previous: bool = False


@dataclass
class Group:
    """Statements of one contact."""

    statements: list[Statement] = field(default_factory=list)
    # an undated earlier contact kept apart from the pair's contact of the story ("X had called Y"): it has
    # no day of the story
    earlier: bool = False
    # the two leaders' ids, set once (a property built a frozenset at each of some 70 reads a report)
    pair: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        s = self.statements[0]
        self.pair = frozenset((s.a.leader_id or "", s.b.leader_id or ""))

    @property
    def status(self) -> Status:
        """Occurred or planned: every statement of a group has the same."""
        return self.statements[0].status

    @property
    def date(self) -> tuple[str, Precision] | None:
        """The first stated date, or a finer one stated later ("in 2019", then "in March 2019": March)."""
        # the talks' day before the arrival's ("arrived on Thursday ... held talks on Friday")
        first = fallback = None
        for s in self.statements:  # (a plain loop: no generators; read for every group a statement may join)
            if s.date:
                if not s.visit:
                    first = s.date
                    break
                if fallback is None:
                    fallback = s.date
        first = first or fallback
        if first is None:
            return None
        finer = [s.date for s in self.statements if s.date and len(s.date[0]) > len(first[0])
                 and s.date[0].startswith(first[0])]
        return max(finer, key=lambda d: len(d[0])) if finer else first

    @property
    def when(self) -> tuple[str, Precision] | None:
        """The stated date, else the narrative's day at its first statement."""
        date = self.date
        if date:
            return date
        for s in self.statements:  # (a plain loop: no generator)
            if s.context:
                return s.context
        return None

    @property
    def before_story(self) -> bool:
        """Tell whether the contact is told only in the pluperfect with no date ("X had called Y")."""
        return all(s.pluperfect for s in self.statements)

    @property
    def best(self) -> Statement:
        """The statement with the strongest cue (video > phone > written > in person > spoke > talks)."""
        best = self.statements[0]
        for s in self.statements:  # (the first of the strongest, as max() gives, without a key lambda)
            if s.weight > best.weight:
                best = s
        return best

    @property
    def told(self) -> Statement:
        """The statement whose mode is the contact's: the strongest of the first sentence with a firm cue.

        A meeting the report opens with keeps its mode when a later sentence of the pair has a stronger cue
        in another sense ("they had only spoken by phone before", "pick up the phone"); the best statement
        overall when no sentence has a firm cue (a call the talks only name: "spoke").
        """
        first: Statement | None = None
        for s in self.statements:  # (a plain loop: read once per contact)
            if s.weight >= 2 and (first is None or s.sentence < first.sentence
                                  or (s.sentence == first.sentence and s.weight > first.weight)):
                first = s
        return first if first is not None else self.best


def group(statements: list[Statement], default: tuple[str, Precision] | None = None,
          past: frozenset[int] = frozenset()) -> list[Group]:
    """One contact described several times is one: same pair and status, compatible mode and date.

    Headlines and captions only repeat what the body says: they join a contact, never start one. A bare
    undated mention ("after the talks") of a pair that has only a planned contact is that one, unless its
    sentence is among past (sentences that tell a past: "exchanged views on Sunday"). An
    undated statement is not one with a month or year the default day (the lead's, else publication) is
    not in: an undated call and a meeting "in June" are two contacts.
    """
    groups: list[Group] = []
    # a sentence that joins three leaders tells a meeting of the three, not the bilateral it may follow
    # ("続いてマルコス大統領を交えた日米比首脳会談が開かれ": the trilateral of the next day)
    leaders: dict[int, set[str | None]] = {}
    # the leader in every pair a sentence states: a list of his partners ("Modi met A, B, C and D"), each a
    # bilateral, which may tell again contacts told before (no meeting of them all)
    hubs: dict[int, set[str | None]] = {}
    for st in statements:
        ids = {st.a.leader_id, st.b.leader_id}
        leaders.setdefault(st.sentence, set()).update(ids)
        hubs[st.sentence] = hubs[st.sentence] & ids if st.sentence in hubs else ids
    # the pair's contacts, in the order found: a statement looks only at its pair's (looking through every
    # contact found before was quadratic in contacts: 5,000 sentences "A met B.")
    by_pair: dict[frozenset[str], list[Group]] = {}
    for st in sorted(statements, key=_HEADING):  # (a key read in C: no Python call per statement)
        pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
        same = by_pair.get(pair, _NO_GROUPS)
        if st.previous:
            target = _previous_of(same, st)
            if target is not None:
                target.statements.append(st)
            elif not st.heading:
                g = Group([st], earlier=True)
                groups.append(g)
                by_pair.setdefault(pair, []).append(g)
            continue
        target = _find(same, st, st.status, default)
        if target is None and st.date is None and st.context is not None and st.weight != 1 \
                and (len(leaders[st.sentence]) < 3 or hubs[st.sentence] - {None}):
            target = _same_mode(same, st)
        if target is None and st.date is None and st.context is not None and st.weight == 1 \
                and st.mode == "written":
            target = _greeted_in(same, st)
        if target is None and st.status == "occurred" and st.date is None and st.weight <= 1 \
                and st.sentence not in past:
            target = _find(same, st, "planned", default)
            if target is not None and _find_any(same, st, "occurred"):
                target = None
        if target is not None:
            target.statements.append(st)
        elif not st.heading:
            earlier = False
            for g in same:  # (a plain loop: no generator per new contact)
                if g.status == st.status and _earlier_call(st, g):
                    earlier = True
                    break
            g = Group([st], earlier=earlier)
            groups.append(g)
            by_pair.setdefault(pair, []).append(g)
    return groups


def _previous_of(groups: list[Group], st: Statement) -> Group | None:
    """Return the earlier contact of the pair that an undated "their previous meeting" tells again, if any.

    One told before as earlier (dated in passing, "they met in Tehran in July", or undated and previous
    too), or dated before the pair's latest dated contact, in a compatible mode: the last of them. Never the
    report's own contact.
    """
    latest = max([d[0] for g in groups if (d := g.date) is not None], default="")
    for g in reversed(groups):  # (a plain loop: few contacts a pair)
        first, gdate = g.statements[0], g.date
        if g.status == st.status and modes_compatible(st.mode, g.best.mode) \
                and (first.previous or (gdate is not None and (first.background or gdate[0] < latest))):
            return g
    return None


_NO_GROUPS: list[Group] = []  # (shared, never appended to: a pair's list is made when its first contact is)


def _find(groups: list[Group], st: Statement, status: Status,
          default: tuple[str, Precision] | None) -> Group | None:
    pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
    for g in groups:
        if g.pair != pair or g.status != status:
            continue
        if g.statements[0].background and not st.date:
            continue
        if st.again and any(x.sentence == st.sentence and not x.again for x in g.statements):
            continue  # "una primera llamada ..., y en una segunda conversación": two calls of one day
        if st.background and not g.statements[0].background and st.date and g.date \
                and st.date[1] != g.date[1]:
            continue  # "they last met early this month": not the meeting of the 27th
        if st.background and st.date and default and not g.when and not g.statements[0].background \
                and (not dates_compatible(st.date[0], default[0]) or st.date[1] != default[1]):
            # "the previous call was on 14 June": not the undated call of the report's day; nor is "they had
            # met in May" the report's meeting of 28 May
            continue
        if _earlier_call(st, g):
            continue  # the report's meeting, and "X had called Y to offer condolences": an earlier call
        gdate, sdate = g.when, st.date or st.context
        if sdate and gdate and not dates_compatible(sdate[0], gdate[0]) \
                and not _one_visit(st, g, sdate, gdate):
            continue
        if sdate and gdate and sdate[1] != gdate[1] and st.weight >= 2 and g.best.weight >= 2 \
                and not modes_compatible(st.mode, g.best.mode):
            continue  # a call in May is not the meeting of 29 May
        if status == "occurred" and st.date and gdate is None and default and st.weight >= 2 \
                and g.best.weight >= 2 and not modes_compatible(st.mode, g.best.mode) \
                and not _within(st.date, default, _VISIT_DAYS):
            # the report's undated meeting (its day the lead's, else publication) and "the first phone call
            # of the two leaders took place on 12 February": two contacts
            continue
        if status == "occurred" and default and (sdate or gdate) and not (sdate and gdate):
            known = sdate or gdate
            if known is not None and known[1] != "day" and not dates_compatible(known[0], default[0]):
                continue  # an undated call, and a meeting "in June" of another month
        best = g.best
        if st.weight >= 3 and best.weight >= 3 and not modes_compatible(st.mode, best.mode):
            continue
        if _reply_apart(st, g):
            continue  # "X answered Y's letter" and "Y had written to X": two letters
        letter_beside = "written" in (st.mode, best.mode) and st.mode != best.mode
        if st.weight >= 2 and best.weight >= 2 and letter_beside and (st.date or g.date):
            continue  # a letter is not the dated meeting it is told beside ("in this meeting" may be it)
        return g
    return None


def _same_mode(groups: list[Group], st: Statement) -> Group | None:
    """Return the dated contact of the pair in the same mode that an undated statement of it tells again.

    "Merkel met Erdoğan on Friday. Erdoğan had attended the Berlin conference on Sunday. Merkel and Erdoğan
    also opened the new campus": the opening is Friday's meeting, not a meeting on the narrative's Sunday
    (the day of another leader's act told in passing); "in the two leaders' phone call" is the call told.
    Talks with no mode word ("the two leaders also discussed trade") are the pair's last dated contact.
    """
    pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
    return next((g for g in reversed(groups) if g.pair == pair and g.status == st.status
                 and g.date is not None and not g.statements[0].background and g.best.weight >= 2
                 and (g.best.mode == st.mode or st.weight == 0) and not _reply_apart(st, g)), None)


def _reply_apart(st: Statement, g: Group) -> bool:
    """Tell whether a letter and a group's letter are a letter and its answer: one told as a reply."""
    return st.mode == "written" and g.best.mode == "written" \
        and st.reply != any(x.reply for x in g.statements)


# How many sentences after the pair's contact a greeting with no date of its own is still told of it.
_GREETING_REACH = 3


def _greeted_in(groups: list[Group], st: Statement) -> Group | None:
    """Return the contact of the pair told just before that an undated greeting of it belongs to.

    "Lee held his first call with Xi on the 10th. (Lee took office on the 4th.) Xi congratulated Lee on his
    inauguration": the congratulation was said in the call, not a message of the narrative's day.
    """
    pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
    return next((g for g in reversed(groups) if g.pair == pair and g.status == st.status
                 and g.date is not None and not g.statements[0].background and g.best.weight >= 2
                 and any(0 < st.sentence - x.sentence <= _GREETING_REACH for x in g.statements)), None)


def _one_visit(st: Statement, g: Group, sdate: tuple[str, Precision], gdate: tuple[str, Precision]) -> bool:
    """Tell whether an arrival and a meeting a day or two apart are one visit of the pair.

    "X arrived in Beijing on Thursday at Xi's invitation" and "X and Xi held talks on Friday": the visit
    word tells the trip, the talks its contact. Both are in person and dated to the day.
    """
    if sdate[1] != "day" or gdate[1] != "day" or not (st.visit or all(x.visit for x in g.statements)):
        return False
    if st.mode not in ("in_person", None) or any(x.mode not in ("in_person", None) for x in g.statements):
        return False
    apart = abs((date.fromisoformat(sdate[0]) - date.fromisoformat(gdate[0])).days)
    return apart <= _VISIT_DAYS


def _earlier_call(st: Statement, g: Group) -> bool:
    """Tell whether an undated call or letter told in the pluperfect is another contact than the group's.

    Its firm mode is not the group's (a meeting, or talks with no mode word): "X had called Y" beside the
    report's meeting.
    """
    return st.pluperfect and st.weight >= 3 and not g.before_story \
        and (g.best.mode is None or not modes_compatible(st.mode, g.best.mode))


def _within(x: tuple[str, Precision], y: tuple[str, Precision], days: int) -> bool:
    """Tell whether two dates may be one day give or take some days (a month or year: the one it falls in)."""
    if x[1] != "day" or y[1] != "day":
        return dates_compatible(x[0], y[0])
    return abs((date.fromisoformat(x[0]) - date.fromisoformat(y[0])).days) <= days


def _find_any(groups: list[Group], st: Statement, status: Status) -> bool:
    pair = frozenset((st.a.leader_id or "", st.b.leader_id or ""))
    return any(g.pair == pair and g.status == status for g in groups)


def dates_compatible(x: str, y: str) -> bool:
    """Tell whether two dates may be one day: equal, or one the month or year the other falls in."""
    return x.startswith(y) or y.startswith(x)


def modes_compatible(x: Mode | None, y: Mode | None) -> bool:
    """Tell whether two modes may describe one contact (a video call is also a call)."""
    return x is None or y is None or x == y or {x, y} == {"phone", "video"}
