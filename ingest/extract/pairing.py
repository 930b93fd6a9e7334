"""Who talked with whom in a sentence: named leaders, pronouns, pairs and groups, joiners, counterparts.

The Discourse carries what earlier sentences said (the leader in focus, the pairs in contact, the
leaders just named); `decide` reads one sentence with a live cue against it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter

from graph.text import fold
from ingest.extract.gender import Gender, pronoun_gender
from ingest.extract.mentions import Chunk, Mention, kinds_of
from ingest.extract.parsed import CueAt, Parsed
from ingest.extract.phrases import Match
from ingest.extract.tokens import Token, arabic_script, cyrillic_script, hebrew_script
from ingest.extract.vocab import City, Payload, Place, Word

Pair = tuple[Mention, Mention, float]
# Resolves "his French counterpart" against the leader it is the counterpart of.
Counterpart = Callable[[Mention, Mention], Mention | None]
# How far (in tokens) after its cue a lone leader may stand to be the focus's partner ("met with X"), or
# before it where the verb comes last.
_FOCUS_REACH = 5
# A mention's leader, country and kind, read in C
_LEADER_ID, _COUNTRY, _KIND = attrgetter("leader_id"), attrgetter("country"), attrgetter("kind")
_MENTION_FIRST = attrgetter("first")  # a mention's first token (the least one found in C)
# How far (in tokens) after its verb the leader it takes as object stands ("met the Tunisian president").
_OBJECT_NEAR = 2
_APPOSITION = 9  # the most words of an apposition between two listed leaders ("X, chair of the AU, and Y")
# How far (in tokens) before its cue a subordinator opens a clause with no subject ("after holding talks").
_SUBORDINATE_NEAR = 2
_FOCUS_REACH_FINAL = 8
# How many sentences back the last contact's participants may be joined ("X joined the talks"), and how
# close (in tokens) to the join word the joining leader stands.
_JOIN_BACK = 2
_JOIN_NEAR = 4
# How far (in tokens) after a leader a relative word still refers to the leader ("X, who").
_RELATIVE_NEXT = 1
# How far after the comma closing a fronted subjectless clause the main clause's subject may start.
_FRONTED_GAP = 3
# How far after a contact noun its trilateral word may stand ("le dîner de travail à trois"; before it, right
# before: "the three-way dinner").
_TRILATERAL_AFTER = 3
# How many words (an article, a title) may stand between "together with" and the leader it names.
TOGETHER_GAP = 4
# The most countries a meeting of leaders listed together can hold and still be one where each talked
# with each ("a trilateral summit of X, Y and Z"); more is a multilateral gathering, mere attendance.
TRILATERAL = 3
# Conjunctions that list leaders together ("X, Y and Z arrived"); Ukrainian і, та, Polish oraz, Dutch en
# (Ukrainian й folds to и).
# "About": the contact noun after it is what a leader was told about ("informed X about his call with Y").
# the topic of a telling verb: "told X about his call with Y" (folded: "über" is "uber")
ABOUT_WORDS = frozenset({"about", "о", "об", "sur", "sobre", "uber", "over", "sul", "sulla"})
# endings of Russian and Ukrainian past and reflexive verbs ("принял", "провів", "встретился")
_CYRILLIC_VERB_ENDINGS = ("л", "ла", "ли", "ло", "в", "ся", "сь")
# Words that make a reference to the pair "each of them" ("с каждым из гостей", "with each of them").
# ("spoke to both men by phone", "habló con ambos", "mit beiden": "both" as the object is each of the pair)
_EACH = frozenset({"каждым", "each", "chacun", "cada", "ciascuno", "jedem", "both", "ambos", "ambas",
                   "entrambi", "beiden", "обоими"})
# The longest word that may lead a date ("on", "am", "во", "le").
_DATE_LEAD = 3
# The longest possessive before a counterpart word ("sus", "ses", "his", "suoi", "seine").
_POSSESSIVE = 5
LIST_WORDS = frozenset({"and", "et", "y", "e", "и", "und", "ve", "va", "و", "i", "ile", "ou", "or", "ب",
                        "і", "та", "oraz", "en", "和", "与", "與", "及",
                        "dan", "और", "व", "اور"})  # Chinese "and" is also "with"; Indonesian, Hindi, Urdu
# The words that join two predicates ("met on Monday and will meet again"): the list words and Greek "και"
# (not a list word: Greek lists are read as before)
CONJUNCTS = LIST_WORDS | {"και"}


def joined_between(s: Parsed, lo: int, hi: int) -> bool:
    """Tell whether a word joining two predicates ("and", CONJUNCTS) stands among tokens lo..hi-1."""
    return any(s.tokens[j].form in CONJUNCTS for j in range(lo, hi))

# "and" words that may open a second verb of the same subject ("... and then called Y"); Polish "a" and
# Ukrainian "а" ("and", "while") open one after a comma (elsewhere "a" is a preposition: "a Kiev")
_COORDINATORS = frozenset({"and", "et", "y", "e", "и", "und", "ve", "i", "і", "та", "oraz", "en"})
_COMMA_COORDINATORS = frozenset({"a", "а"})
# The words that join a leader to a second clause or a second person: no apposition stands after them.
JOINS = LIST_WORDS | _COMMA_COORDINATORS


# The size of a group a plural object clitic stands for ("li ha accolti"): the travellers the story follows.
TRAVELLERS = -2


@dataclass
class Discourse:
    """What the text has said so far about who is in contact with whom."""

    focus: Mention | None = None  # the leader the story follows: first named, then the first of a pair
    salient: list[Mention] = field(default_factory=list)  # leaders of the last sentence that named any
    salient_at: int = -1  # the index of that sentence
    # the leader a subject pronoun of the sentence being read stood for (_with_pronoun, _partners: both ask
    # target), who stays first for the next pronoun though the sentence named only his partners (record)
    carried: Mention | None = None
    referred: Mention | None = None  # the leader an object pronoun of the sentence being read stood for
    centre: Mention | None = None  # the leader an object pronoun stood for in the sentence centre_at (record)
    centre_at: int = -1
    pairs: list[tuple[Mention, Mention]] = field(default_factory=list)  # pairs stated, latest last
    group: list[Mention] = field(default_factory=list)  # the leaders of the last sentence with statements
    group_at: int = -10
    recent: list[Mention] = field(default_factory=list)  # every leader named, in order
    lead: set[str] = field(default_factory=set)  # leaders named in the first paragraph
    lead_paragraph: int = -1  # the first paragraph that names a leader, when the first tells a contact
    lead_told: bool = False  # the first paragraph tells a contact before any leader is named
    stated: set[str] = field(default_factory=set)  # leaders in a statement so far
    # the last contact told was a leader's with someone who is no leader (a minister he received): "the two
    # sides" after it are those two, no pair made of the focus and another leader named in passing
    met_other: bool = False
    # "X and Y met Z": the two of a joint subject who each met the same partners, as "the two" who go on
    # to meet someone new; with every leader of the statement, kept while statements stay among them
    fellows: tuple[Mention, Mention] | None = None
    fellows_of: frozenset[str | None] = frozenset()
    women: frozenset[str] = frozenset()  # the ids of the leaders who are women (a "she" prefers one)
    # the guest and the host of the last contact told with a city of one's country ("X received Y in
    # Paris": Y the visitor, X at home), who travels on while the host stays (traveller)
    visitor: Mention | None = None
    host: Mention | None = None
    # the language's pronouns that tell a gender ("she"; "he"), as token forms (gender.written_forms)
    feminine: frozenset[tuple[str, ...]] = frozenset()
    masculine: frozenset[tuple[str, ...]] = frozenset()

    def see(self, s: Parsed, leaders: list[Mention], first_paragraph: int) -> None:
        """Take note of the leaders a sentence names."""
        if self.focus is None and leaders:
            self.focus = leaders[0]
        if leaders:
            self.salient = list(leaders)
            self.salient_at = s.index
            if not self.recent and self.lead_told:
                # an excerpt whose first paragraph tells a contact but names no leader ("An hour-long talk,
                # cordial. The two ..."): the first paragraph that names one leads the story (not
                # after a dateline alone: "17 June, St Petersburg." leaves the lead to the first paragraph)
                self.lead_paragraph = s.paragraph
        self.recent += leaders
        if s.paragraph == first_paragraph or s.paragraph == self.lead_paragraph:
            for m in leaders:  # (a plain loop: no generator per sentence)
                if m.leader_id:
                    self.lead.add(m.leader_id)

    def record(self, s: Parsed, pairs: list[Pair]) -> None:
        """Take note of the pairs a sentence states."""
        first, second = pairs[0][0], pairs[0][1]
        # "バイデン大統領との日米首脳会談を行った": the partner marked by a "with" leads the pair the country
        # compound made (his mention runs on over the "with" into the compound), but the story still follows
        # its subject, the focus so far; so does a pair told again ("両首脳の会談は…以来"). Only where the
        # verb comes last and a dropped subject is the topic kept (not "The two leaders met ... he stood
        # with Y", whose "he" is the one the last sentences were about)
        kept = s.verb_final and self.focus is not None \
            and second.leader_id == self.focus.leader_id != first.leader_id \
            and (any(first.first < w.first <= first.last for w in s.words("with_words"))
                 or any({a.leader_id, b.leader_id} == {first.leader_id, second.leader_id}
                        for a, b in self.pairs))
        self.focus = second if kept else first
        carried = self.carried
        if carried is not None and carried.leader_id == self.focus.leader_id and self.salient_at == s.index \
                and all(m.leader_id != carried.leader_id for m in self.salient):
            # "He had first met X. Then he held a tête-à-tête with Y too": the subject a pronoun stood for
            # (not named here) comes before the partner the sentence named, for the next pronoun
            self.salient = [self.focus, *self.salient]
        self.pairs += [(a, b) for a, b, _ in pairs]
        self._visit(s, first, second)
        self.met_other = False
        members: list[Mention] = []
        ids: list[str | None] = []  # the members' leader ids (two or three: a plain list, no generator)
        for a, b, _ in pairs:
            for m in (a, b):
                if m.leader_id not in ids:
                    members.append(m)
                    ids.append(m.leader_id)
        referred = self.referred
        if referred is not None and self.salient_at == s.index and referred.leader_id in ids \
                and all(m.leader_id != referred.leader_id for m in self.salient):
            # "Vucic welcomed him on Tuesday. On Thursday Orban held talks with him": the one an object
            # pronoun stood for is the one the story keeps talking about, whom the next pronoun continues
            # (not the host the sentence named)
            self.salient = [referred, *self.salient]
            self.centre, self.centre_at = referred, s.index
        self.group, self.group_at = members, s.index
        if len(pairs) >= 2:
            self.fellows, self.fellows_of = _fellows(pairs, members), frozenset(ids)
        elif not self.fellows_of.issuperset(ids):
            self.fellows = None
        self.stated.update(filter(None, ids))  # (the members' ids but None: in C, no generator)

    def _visit(self, s: Parsed, first: Mention, second: Mention) -> None:
        """Take note of who was at home and who the visitor was, where the sentence names a city of one."""
        at = places_named(s)
        if at and (first.country in at) != (second.country in at):
            self.host, self.visitor = (first, second) if first.country in at else (second, first)
        elif self.visitor is not None and {first.leader_id, second.leader_id} != {self.visitor.leader_id,
                                                                                   self.host_id()}:
            self.host = self.visitor = None  # another contact: the visit told before is over

    def host_id(self) -> str | None:
        """Return the last host's leader id."""
        return self.host.leader_id if self.host is not None else None

    def traveller(self, m: Mention, s: Parsed, named: list[Mention]) -> Mention:
        """Return the last visitor for the last host, where the sentence meets a leader at his own home.

        "Macron received Xi in Paris on Monday. On Wednesday he was received by Vucic in Belgrade", "...
        Mercredi, à Belgrade, entretien avec Vucic": the host stayed home; the one who met the next host in
        his country is the guest who travelled on.
        """
        visitor = self.visitor
        if visitor is None or m.leader_id != self.host_id() \
                or any(n.leader_id == visitor.leader_id or n.country == visitor.country for n in named):
            return m
        at = places_named(s)
        return visitor if any(n.country in at and n.country != m.country for n in named) else m

    def followed(self) -> Mention | None:
        """Return whom the story follows: the one the last sentence's object pronoun stood for, or the focus.

        "Vucic received him. Orban hosted him too": him, the traveller, not the host before.
        """
        return self.centre if self.centre is not None and self.centre_at == self.salient_at else self.focus

    def last_pair(self) -> tuple[Mention, Mention] | None:
        """Return the pair "the two leaders" refers to.

        The latest pair of two heads of state or government, else the focus and the last leader of
        another country named. A pair stated before that the last sentence naming leaders named again,
        alone, comes first ("Für Merkel und Obama war es das zweite Treffen. Anfang April waren die beiden
        ...": not the Saudi king Obama had met since).
        """
        named = set(map(_LEADER_ID, self.salient))  # (in C: asked for every pronoun and pair)
        if len(self.salient) == 2 and len(named) == 2 and self.salient[0].country != self.salient[1].country:
            for a, b in reversed(self.pairs):  # (a plain loop: no generator per pronoun)
                if {a.leader_id, b.leader_id} == named:
                    return a, b
        if len(named) == 1 and self.pairs and not named & {self.pairs[-1][0].leader_id,
                                                            self.pairs[-1][1].leader_id}:
            # "トランプ氏は石破首相に書簡を送り、李大統領にも送った。石破首相は…。両首脳は6月に会談した":
            # the last sentence named one leader of an earlier pair, alone: that pair is the one meant
            again = next(((a, b) for a, b in reversed(self.pairs)
                          if named & {a.leader_id, b.leader_id} and "intl_org_head" not in (a.role, b.role)),
                         None)
            if again is not None:
                return again
        for a, b in reversed(self.pairs):
            if "intl_org_head" not in (a.role, b.role):
                return a, b
        if self.pairs:
            return self.pairs[-1]
        if self.focus is not None and not self.met_other:
            other = next((m for m in reversed(self.recent) if m.country != self.focus.country), None)
            if other is not None:
                return self.focus, other
        return None

    def target(self, named: list[Mention], gender: Gender | None = None) -> Mention | None:
        """Return who a pronoun stands for: a leader just named, else the focus, not one named here.

        gender: the pronoun's ("she", "elle", "она"), when its word tells one: the first candidate of that
        gender, else the first candidate as for a pronoun that tells none (a contact is never dropped).
        """
        ids = set(map(_LEADER_ID, named))  # (in C: no comprehension per pronoun)
        countries = set(map(_COUNTRY, named))
        candidates = list(self.salient)
        if self.focus is not None:
            candidates.append(self.focus)
        last = self.last_pair()
        if last is not None:
            candidates += [last[0], last[1]]
        first = None
        feminine = gender == "f"
        for m in candidates:  # (a plain loop: no generator per pronoun)
            if m.leader_id not in ids and m.country not in countries:
                # (the test inline, no call per candidate: most pronouns tell no gender. A leader the
                # gazetteer does not mark as a woman is read as a man: every woman it holds is marked)
                if gender is None or (m.leader_id in self.women) == feminine:
                    return self._hub(m, last, ids, countries, gender) if last is not None else m
                first = first or m
        return first

    def _hub(self, m: Mention, last: tuple[Mention, Mention], ids: set[str | None],
             countries: set[str | None], gender: Gender | None) -> Mention:
        """Of the last pair, both named in the last sentence, the one in more of the story's contacts.

        "Xi met Macron in Paris ... In Belgrade Vucic received Xi. Orban then held talks with him": the
        traveller of a tour, met by each host in turn, is whom the next pronoun stands for, not the host.
        """
        if m.leader_id not in (last[0].leader_id, last[1].leader_id):
            return m
        other = last[1] if last[0].leader_id == m.leader_id else last[0]
        if other.leader_id in ids or other.country in countries \
                or (gender is not None and (other.leader_id in self.women) != (gender == "f")) \
                or all(o.leader_id != other.leader_id for o in self.salient):
            return m
        return other if _told(self.pairs, other) > _told(self.pairs, m) else m

    def members(self, size: int, named: Sequence[Mention] = ()) -> list[Mention]:
        """Return the last `size` leaders of different countries named ("the three leaders").

        named: leaders the current sentence names, counted last.
        """
        out: list[Mention] = []
        for m in reversed([*self.recent, *named]):
            if all(m.country != o.country for o in out):
                out.append(m)
            if len(out) == size:
                return list(reversed(out))
        return []

    def star(self, members: list[Mention]) -> bool:
        """Tell whether the members were already stated in contact with one another (a host and guests)."""
        ids = {m.leader_id for m in members}
        linked = {frozenset((a.leader_id, b.leader_id)) for a, b in self.pairs
                  if a.leader_id in ids and b.leader_id in ids}
        return len(linked) >= len(members) - 1


_CITY_KIND = attrgetter("city")  # a match's kinds: whether it names a city


def places_named(s: Parsed) -> set[str]:
    """Return the countries of the cities where a sentence's meeting took place, unless it tells a call.

    Cities only: a country's name also stands in a leader's title ("中国の習近平国家主席", "Serbia's Vucic").
    Not a call's ("ROMA - Una telefonata con Putin": each at home), nor a dateline's city opening it.
    """
    if not any(map(_CITY_KIND, s.kinds())):  # (in C: most sentences name no city; asked for every pair told)
        return set()
    for c in s.cues():  # (a plain loop: few cues)
        if c[2].mode not in (None, "in_person"):
            return set()
    return {p.iso3 for m in s.matches if m.first > s.lo for p in m.payloads if isinstance(p, City)}


def _told(pairs: list[tuple[Mention, Mention]], m: Mention) -> int:
    """Count the stated pairs a leader is in."""
    return sum(1 for a, b in pairs if m.leader_id in (a.leader_id, b.leader_id))


def _fellows(pairs: list[Pair], members: list[Mention]) -> tuple[Mention, Mention] | None:
    """Return the two leaders of a statement who each met all its others and not each other ("X and Y met Z").

    Of two such sides ("X and Y met Z and then W"), the one named first, the joint subject.
    """
    met: dict[str | None, set[str | None]] = {m.leader_id: set() for m in members}
    for a, b, _ in pairs:
        met[a.leader_id].add(b.leader_id)
        met[b.leader_id].add(a.leader_id)
    everyone = set(met)
    found: list[tuple[Mention, Mention]] = []
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            rest = everyone - {x.leader_id, y.leader_id}
            if rest and x.leader_id != y.leader_id and met[x.leader_id] == met[y.leader_id] == rest \
                    and all(met[o] == {x.leader_id, y.leader_id} for o in rest):
                found.append((x, y))
    return min(found, key=lambda f: max(f[0].first, f[1].first)) if found else None


def _stated_among(disc: Discourse, members: list[Mention]) -> list[Pair]:
    """Return the pairs already stated between members, each once, in the order told."""
    ids = {m.leader_id for m in members}
    out: list[Pair] = []
    seen: set[frozenset[str | None]] = set()
    for a, b in disc.pairs:
        key = frozenset((a.leader_id, b.leader_id))
        if a.leader_id in ids and b.leader_id in ids and key not in seen:
            seen.add(key)
            out.append((a, b, 0.7))
    return out


def decide(s: Parsed, mentions: list[Mention], named: list[Mention], chunks: list[Chunk], cues: list[CueAt],
           disc: Discourse, counterpart: Counterpart, stranger: bool = False,
           inserts: frozenset[str] = frozenset()) -> list[Pair]:
    """Decide who talked with whom in a sentence with a live cue.

    named are the leaders the sentence names outside cue-less side clauses, in order; mentions hold the
    references too (pronouns, "the two leaders", "the three leaders", counterparts). stranger: someone the
    text introduced as no leader (a minister) stands before the cue, so the subject is not dropped.
    """
    disc.carried = disc.referred = None
    backwards = mentions[::-1]
    kinds = dict(zip(map(_KIND, backwards), backwards, strict=True))  # each kind's first mention (in C)
    group = kinds.get("group")
    # "اجلاس سران", "liderler zirvesi": a group word right beside a summit word is the summit's own name
    summit_named = group is not None and _beside_summit(s, group)
    if summit_named and named:
        # "در حاشیه اجلاس سران کشورهای عضو با X دیدار کرد": the leaders the sentence names met; the summit of
        # the heads of member states is where, no group of leaders just told (alone, "the last summit of
        # the heads was held in Ankara", it is still their meeting)
        group = None
    if group is not None:
        pairs = _group_pairs(s, named, cues, disc, kinds, group, summit_named)
        if pairs is not None:
            return pairs
    if s.words("trilateral"):  # "a trilateral meeting of X, Y, Z"; "he talked with X and Y in a three-way"
        pairs = _trilateral_pairs(s, named, cues, disc, "pronoun" in kinds)
        if pairs is not None:
            return pairs
    owned = _owned_contact(s, named, cues)
    if owned is not None:
        return [owned]
    together = _together(s, named, chunks, cues)
    if together:
        return together
    partners = _partners(s, named, chunks, cues, disc, inserts, kinds.get("pronoun"))
    if partners:
        return partners
    refs = [m.first for m in mentions if m.kind in ("pronoun", "object")]
    joined = _joiners(s, named, chunks, cues, disc, refs, "pair" in kinds)
    if joined:
        return joined
    if not named and "pronoun" in kinds and "object" in kinds:
        # "En avril, elle avait déjà parlé avec lui": a subject and an object pronoun, nobody named, are the
        # pair last in contact
        last_pair = disc.last_pair()
        if last_pair is not None:
            return [(last_pair[0], last_pair[1], 0.6)]
    last = disc.last_pair()
    they, obj = kinds.get("they"), kinds.get("object")
    ids = {last[0].leader_id, last[1].leader_id} if last is not None else set()
    if they is not None and last is not None and obj is not None and _they_then_object(named, mentions, they,
                                                                                      obj, ids):
        # "They had last spoken on August 8, when Putin briefed him": "they" is the pair last in contact, and
        # the object of one of the two named after it is the other one, no third leader
        return [(last[0], last[1], 0.7)]
    if _counterpart_object(named, kinds):
        kinds = {k: v for k, v in kinds.items() if k != "object"}
    named, each = _with_pronoun(s, named, kinds, cues, disc)
    if each:
        return each
    cp = kinds.get("counterpart")
    # "They first met in June ..., two weeks after Lee took office": "they" with only one of the pair
    # named is still the pair
    pair_ref = "pair" in kinds or ("they" in kinds and (not named or (
        len(named) == 1 and last is not None and named[0].leader_id in {last[0].leader_id, last[1].leader_id}
        and kinds["they"].first < named[0].first)))
    if len(named) >= 2:
        objects = _objects_of_focus(s, named, chunks, disc) or _subject_and_partners(s, named, chunks, cues)
        return objects or cross_pairs(s, named, chunks, cues, refs)
    if len(named) == 1:
        one = named[0]
        if cp is not None and stranger and cp.first < cues[0][0]:
            return []  # "Lawrow kam als Gast und wurde vom Kanzler empfangen": the minister was the guest
        if cp is not None and _each_with(s, (cp, one)):
            # "С египетским коллегой обсуждалась ..., с Аббасом - ...": each after a "with" of its own, both
            # partners of the subject the sentence leaves out, not the one the other's counterpart
            return []
        # "Le chef de l'État s'est entretenu avec son homologue béninois, Patrice Talon" on a page with no
        # day: the counterpart is the one leader named, the possessor a subject we could not name; the
        # leader in focus, as with no counterpart word (below)
        apposed = cp is not None and cp.country is not None and cp.country == one.country \
            and counterpart(cp, one) is None and _unnamed_title_subject(chunks, mentions, cues)
        if cp is not None and not apposed:
            other = counterpart(cp, one)
            if other is None and cp.country is None:
                # "Xi arrived on Sunday. Macron received his guest": before any contact is stated, the
                # guest is the leader a pronoun would stand for
                other = disc.target(named)
            if other is not None or not pair_ref or last is None \
                    or one.leader_id not in {last[0].leader_id, last[1].leader_id}:
                return [(one, other, 0.8)] if other else []
            # "Son homologue belge l'a reçu à dîner, au cours duquel les deux présidents ont parlé d'énergie":
            # no counterpart of the one the pronoun stands for (the possessive is his, the counterpart his
            # partner), and the pair the sentence names is the pair last in contact
        two = _two_named(mentions, kinds.get("pair"))
        if pair_ref and two is not None and last is not None \
                and {m.leader_id for m in two} != {m.leader_id for m in last}:
            # "Biden reached Villa Bonaparte, where Macron was waiting for him: the first face-to-face
            # between the two": the two this sentence names, not the pair last in contact
            return [(two[0], two[1], 0.7)]
        if pair_ref and last and one.leader_id in {m.leader_id for m in last} \
                and not _pair_after(s, kinds.get("pair"), cues, chunks):
            return [(last[0], last[1], 0.7)]
        if pair_ref and last and disc.fellows is not None and one.leader_id not in disc.fellows_of:
            last = disc.fellows  # "X and Y met Z. The two leaders then met W": X and Y, not the pair X-Z
        if pair_ref and last and one.country not in (last[0].country, last[1].country) \
                and _receives_pair(s, one, mentions, cues):
            # "Gonsalves, quien recibió a los dos gobernantes": the host met each of the pair
            return [(one, last[0], 0.7), (one, last[1], 0.7)]
        ref = kinds.get("pair")
        if pair_ref and last and ref is not None and one.country not in (last[0].country, last[1].country) \
                and (_with_after(s, ref, one) or _with_whom(s, ref, one, cues)
                     or _object_after(s, ref, one, cues)):
            # "两国元首还同冯德莱恩举行三方会晤" (the two leaders met with von der Leyen): each of the pair
            # met her; "A day earlier, both leaders had met Putin separately": each met the verb's object
            return [(last[0], one, 0.7), (last[1], one, 0.7)]
        focus = disc.focus
        if _visitor(s, one, cues):
            return []  # "La visita de Sánchez ...", "the visit of the Brazilian leader": no host named
        agent = False  # the lone leader is a passive's agent far after its cue
        if focus is not None and focus.country != one.country \
                and (_after_cue(s, one, cues) or (agent := agent_of_cue(s, one, cues))) \
                and not _other_partner(s, one, cues, chunks) \
                and (focus.leader_id in disc.lead or focus.leader_id in disc.stated
                     # (the agent of a passive whose subject is left out, when the story has named no
                     # leader but the one it follows: a page's menu may stand where its lead would)
                     or (agent and _only_focus(disc, focus))) \
                and not stranger and not _other_subject(s, cues):
            # "He then met X" with the subject dropped: the leader in focus; unless X was told in contact
            # with another before and never with the focus ("Putin met A, B and C ... В беседе с C ...":
            # the talks with C restated after B's own sentence made B the focus)
            return [(_earlier_partner(disc, one, focus) or disc.traveller(focus, s, named), one, 0.6)]
        # "Lawrow ... wurde vom Kanzler empfangen": a minister before the cue is the one received
        host = None if stranger else _host(s, one, chunks, cues, disc)
        return [(host, one, 0.6)] if host is not None else []
    if cp is not None and disc.focus is not None and not stranger and not _other_subject(s, cues):
        # (not "Fin novembre, la ministre X et son collègue Y ont retrouvé leur homologue": someone the
        # gazetteer lacks is the subject, the counterpart is theirs)
        other = counterpart(cp, disc.focus)
        return [(disc.focus, other, 0.7)] if other else []
    if pair_ref and last is not None and not _pair_after(s, kinds.get("pair"), cues, chunks):
        # (not "中美经贸团队举行视频通话，双方同意…": the two sides of the teams' talks)
        return [(last[0], last[1], 0.7)]
    return []


# (decide's rare tests, as functions of their own: a generator there made decide's locals closure cells)
def _beside_summit(s: Parsed, group: Mention) -> bool:
    """Tell whether a group word stands right beside a summit word ("اجلاس سران", "liderler zirvesi")."""
    return any(w.last == group.first or w.first == group.last for w in s.words("summit"))


def _they_then_object(named: list[Mention], mentions: list[Mention], they: Mention, obj: Mention,
                      ids: set[str | None]) -> bool:
    """Tell whether "they" is the pair last in contact, one of whom is named before the other's object."""
    return all(they.first < m.first and m.leader_id in ids for m in named) \
        and any(m.kind == "name" and they.first < m.first < obj.first and m.leader_id in ids
                for m in mentions)


def _object_after(s: Parsed, ref: Mention, one: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a leader is the object of a cue that follows the pair's reference in its clause."""
    return any(ref.last <= c[0] and 0 <= one.first - c[1] <= _OBJECT_NEAR
               and s.same_clause(ref.last, one.first) for c in cues)


def _only_focus(disc: Discourse, focus: Mention) -> bool:
    """Tell whether every leader the story has just named is the one in focus."""
    return all(m.leader_id == focus.leader_id for m in disc.recent)


def _group_pairs(s: Parsed, named: list[Mention], cues: list[CueAt], disc: Discourse,
                 kinds: dict[str, Mention], group: Mention, summit_named: bool) -> list[Pair] | None:
    """Return who talked with whom where the sentence refers to a group of leaders; None to read on.

    (decide's group branch, a function of its own: its comprehensions made decide's locals closure cells,
    built for every sentence with a cue. It may take the group for the pair, in kinds, or keep it told.)
    """
    last_group = disc.group if len(disc.group) >= 3 else []
    # "X and Y were joined at the dinner by Z and W; the four leaders ...": the sentence names the group
    # before it (not "X joined the call with the three leaders": X is outside them)
    before = [m for m in named if m.last <= group.first]
    if len({m.country for m in before}) < group.size:
        before = []
    members = disc.members(group.size, before) if group.size > 0 else last_group
    if group.size == TRAVELLERS:
        # "Zelensky li ha accolti": the host before the clitic received each of the group travelling
        # (told as a group, else the leaders the last sentence named); a leader named after the verb
        # ("..., al termine del quale Macron ha annunciato") is one of them, no other partner
        hosts = [m for m in named if m.last <= group.first]
        if not hosts and s.tokens[group.first].start == s.tokens[s.lo].start:
            # a clitic opening the sentence, the subject after the verb (Greek "Τους υποδέχθηκε ο
            # πρωθυπουργός Κυριάκος Μητσοτάκης"): the one leader named after it is the host
            hosts = [m for m in named if m.first >= group.last]
        members = [m for m in (members or disc.salient)
                   if m.country not in {h.country for h in hosts}]
        if len(hosts) == 1 and len({m.country for m in members}) >= 2:
            return [(hosts[0], m, 0.7) for m in members]
        return []
    if not before and 0 < group.size == len(disc.group) == len({m.country for m in disc.group}):
        # "X, Y and Z held a video summit, days before the meeting convened by W. The three leaders
        # ...": the three of the contact just told, not the last three named
        members = list(disc.group)
    if not members and group.size > 0:  # "X, who had accompanied Y, joined them: the three leaders"
        members = disc.members(group.size, named)
    if members and (len(members) == group.size or group.size < 0):
        ids = {m.leader_id for m in members}
        others = [m for m in named if m.leader_id not in ids]
        if others:  # "the four leaders were received by Zelensky"
            return [(x, o, 0.7) for x in members for o in others if x.country != o.country]
        host = _with_group(s, named, group, ids, cues)
        if host is not None:
            # "X a eu des entretiens avec les dirigeants de huit pays": one of them, named before a "with"
            # that leads the group, met each of the others, who did not meet one another
            return [(host, m, 0.7) for m in members if m.country != host.country]
        if group.size < 0 and disc.group_at == s.index - 1 and not summit_named \
                and not s.words("trilateral") and disc.star(members):
            # "X held talks with A, B and C. In the talks the heads of state discussed ...": a plural
            # with no number right after a host's separate meetings tells those meetings again, no
            # meeting of the guests with one another (a number, "the three leaders", may still mean all
            # three; and a plural further on, "the last summit of the heads", their own meeting)
            return _stated_among(disc, members)
        if _group_act(s, group, cues) or disc.star(members):  # "the three leaders spoke together"
            return [(x, y, 0.7) for i, x in enumerate(members) for y in members[i + 1 :]
                    if x.country != y.country]
        disc.group = members  # they travel together: "the leaders" next are these
    if group.size < 0 and group.pair_too and not last_group and "pair" not in kinds \
            and not any(0 <= w.first - group.last <= 2 for w in s.words("summit")) \
            and any(c[0] >= group.last for c in cues):
        # "главы государств встречались в Самарканде" with no meeting of three or more told: a word for
        # the leaders that also names the pair, the subject of the cue, is the pair last in contact (not
        # "the leaders of the G20", nor "the last day of the meeting, the leaders present ...")
        kinds["pair"] = group
    return None


def _trilateral_pairs(s: Parsed, named: list[Mention], cues: list[CueAt], disc: Discourse,
                      pronoun: bool) -> list[Pair] | None:
    """Return the pairs of a three-way contact the sentence tells ("a trilateral meeting"); None to read on.

    pronoun: a subject pronoun stands for the leader in focus, the third one.
    """
    three = named
    focus = disc.focus
    if pronoun and focus is not None and focus.leader_id not in {m.leader_id for m in named}:
        three = [focus, *named]
    if len({m.country for m in three}) >= 3:
        return [(x, y, min(x.confidence, y.confidence)) for i, x in enumerate(three)
                for y in three[i + 1 :] if x.country != y.country]
    told = disc.group
    if len({m.country for m in told}) == len(told) == TRILATERAL and disc.group_at == s.index - 1 \
            and {m.leader_id for m in named} <= {m.leader_id for m in told} \
            and any(0 <= w.first - c[1] <= _TRILATERAL_AFTER or 0 <= c[0] - w.last <= 1
                    for w in s.words("trilateral") for c in cues):
        # "X dined with Y and Z. Before the working dinner for three, ...": the contact just told was
        # one of the three, Y and Z met too
        return [(x, y, min(x.confidence, y.confidence))
                for i, x in enumerate(told) for y in told[i + 1 :]]
    return None


def _after_word(s: Parsed, m: Mention, kind: str) -> Match[Payload] | None:
    """Return the function word of a kind a mention stands right after ("con X", "di Meloni"), if any."""
    for w in s.words(kind):  # (a plain loop: no generator per mention)
        if w.first <= m.first <= w.last + 1:
            return w
    return None


def _each_with(s: Parsed, ms: Sequence[Mention]) -> bool:
    """Tell whether each mention stands right after a "with" of its own ("с X ..., с Y")."""
    return all(_after_word(s, m, "with_words") is not None for m in ms)


def _each_own_with(s: Parsed, named: list[Mention]) -> bool:
    """Tell whether each leader follows a "with" of its own, no relative clause between ("с X, и с Y")."""
    return _each_with(s, named) and not any(_relative_between(s, x, y) for x, y in pairwise(named))


def _relative_between(s: Parsed, x: Mention, y: Mention) -> bool:
    """Tell whether a relative word stands between two mentions ("with X, who had met with Y")."""
    return any(x.last <= w.first < y.first for w in s.words("relative"))


def _two_owners(s: Parsed, x: Mention, y: Mention, cues: list[CueAt]) -> bool:
    """Tell whether x owns a visit noun and y another noun, each by its genitive, with no cue between.

    "La visita di Meloni è arrivata all'indomani di quella del presidente Biden", "the visit of X came a day
    after that of Y": two visits, each its leader's; the two did not meet.
    """
    wx, wy = _after_word(s, x, "genitives"), _after_word(s, y, "genitives")
    if wx is None or wy is None or not any(s.is_visit(c) and c[1] <= wx.first <= c[1] + 1 for c in cues):
        return False
    return not any(x.last <= c[0] < y.first for c in cues)


def _owned_contact(s: Parsed, named: list[Mention], cues: list[CueAt]) -> Pair | None:
    """Return the two leaders a contact noun names as its own, where the sentence's only contact is that noun.

    "Zelensky a critiqué l'entretien entre Scholz et Poutine", "Эрдоган приветствовал разговор Путина и
    Трампа", "Macron welcomed the call between Trump and Putin": the noun's owners (after "between", "of",
    or in the genitive, the second joined by "and" or "with") talked; the leader who comments on it, with
    no contact word of his own, did not.
    """
    if len(named) < TRILATERAL or any(c[2].mode == "written" for c in cues):
        return None  # "the first letters, to X and Y": the addressees of letters never wrote to each other
    return _owned_read(s, named, cues)


def _owned_tail(s: Parsed, named: list[Mention], cues: list[CueAt]) -> Pair | None:
    """Return the two leaders a later contact noun names as its own, after a cue with leaders of its own.

    "Lula conversou com Putin sobre a reunião de Trump com Zelensky": the last cue's owners (read as
    _owned_contact reads them) are no partners of the first cue's leaders, who stand before that noun.
    """
    if len(cues) < 2 or len(named) <= TRILATERAL - 1 or any(c[2].mode == "written" for c in cues):
        return None
    last = cues[-1]
    if not any(m.last <= last[0] for m in named[:1]) or any(c[1] > last[0] for c in cues[:-1]):
        return None
    return _owned_read(s, named, [last])


def _owned_read(s: Parsed, named: list[Mention], cues: list[CueAt]) -> Pair | None:
    """_owned_contact where three leaders are named (apart: its closures' cells are made at every call)."""
    lo, hi = min(c[0] for c in cues), max(c[1] for c in cues)
    owners = [m for m in named if m.first >= hi]
    if len(owners) < 2 or not all(m.last <= lo or m.first >= hi for m in named):
        return None  # a leader inside the cue's words ("X's call with Y") is read elsewhere
    x, y = owners[0], owners[1]
    glue = {i for kind in ("between", "genitives") for w in s.words(kind) for i in range(w.first, w.last)}
    titles = {i for n in s.matches if kinds_of(n.payloads).titles for i in range(n.first, n.last)}
    if not all(j in glue or j in titles for j in range(hi, x.first)):
        return None  # "a eu un entretien avec Trump et Zelensky": "with" makes the first its partner
    if not any(j in glue for j in range(hi, x.first + 1)) and not _nominal_cue(s, lo):
        # "会见日本首相和韩国总统", "принял Лукашенко и Токаева": a verb's two objects met its subject
        return None
    joints = {i for w in s.words("with_words") for i in range(w.first, w.last)}
    # (a one-letter joint is "to": "l'appel d'Olaf Scholz à Vladimir Poutine")
    if not (0 < y.first - x.last <= _JOIN_NEAR and all(
            s.tokens[j].form in LIST_WORDS or j in joints or j in glue or j in titles
            or (y.first - x.last == 1 and len(s.tokens[j].form) == 1)
            for j in range(x.last, y.first)) and s.same_clause(x.first, y.first)):
        return None
    # (a leader after the owners in a clause of his own comments: "Réagissant à l'appel entre X et Y, Z a
    # estimé")
    if x.country == y.country or any(m.first >= hi and m not in (x, y) and s.same_clause(y.first, m.first)
                                     for m in named):
        return None
    return (x, y, min(x.confidence, y.confidence))


def _reciprocal(s: Parsed, y: Mention) -> bool:
    """Tell whether the leaders of a plural title met one another: a reciprocal verb right after them.

    "les présidents congolais et rwandais se sont vus, réunis par l'émir": the verb has no "with" after
    it ("встретились с Зеленским" met him, not one another).
    """
    withs = {w.first for w in s.words("with_words")}
    return any(0 <= w.first - y.last <= 1 and not any(w.last <= j <= w.last + 1 for j in withs)
               for w in s.words("reciprocals"))


def _earlier_partner(disc: Discourse, one: Mention, focus: Mention) -> Mention | None:
    """Return the leader a lone leader was last told in contact with, if never with the focus."""
    partners = [b if a.leader_id == one.leader_id else a for a, b in disc.pairs
                if one.leader_id in (a.leader_id, b.leader_id)]
    if not partners or any(p.leader_id == focus.leader_id for p in partners):
        return None
    return partners[-1] if partners[-1].country != one.country else None


def _nominal_cue(s: Parsed, at: int) -> bool:
    """Tell whether a Cyrillic cue is a noun: no past verb ("разговор", "встречу"; not "принял")."""
    form = s.tokens[at].form
    return cyrillic_script(form) and not form.endswith(_CYRILLIC_VERB_ENDINGS)


def _pair_after(s: Parsed, ref: Mention | None, cues: list[CueAt], chunks: list[Chunk]) -> bool:
    """Tell whether "the two sides" follow cues whose subjects are ministers or teams, in another clause.

    "习近平指出，上个月中美经贸团队在日内瓦举行会谈，取得了积极进展，双方应当落实共识": the teams met; the two
    sides are asked to act on it.
    """
    return ref is not None and all(
        c[1] <= ref.first and not s.same_clause(c[0], ref.first)
        and any(k.minister and not (k.names or k.title) and k.last <= c[0] and s.same_clause(k.first, c[0])
                for k in chunks) for c in cues)


def _with_after(s: Parsed, ref: Mention, one: Mention) -> bool:
    """Tell whether a leader is the partner a "with" gives the pair reference before it ("两国元首同X")."""
    return any(ref.last <= w.first and w.last <= one.first <= w.last + 1
               and s.same_clause(ref.last, one.first) for w in s.words("with_words"))


def _with_whom(s: Parsed, ref: Mention, one: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a leader after the pair reference is the one a "with whom" clause's cue met ("con quien").

    "The two travelled on to see X, with whom they discussed aid": a "with" and a relative word right after
    X, the cue within two words after them, all in the sentence the reference opens.
    """
    withs = {w.first: w.last for w in s.words("with_words") if one.last <= w.first <= one.last + 1}
    return ref.last <= one.first and any(
        r.first == withs[w] and any(0 <= c[0] - r.last <= _OBJECT_NEAR for c in cues)
        for w in withs for r in s.words("relative"))


def _two_named(mentions: list[Mention], pair: Mention | None) -> tuple[Mention, Mention] | None:
    """Return the two leaders of different countries a sentence names before its "the two", if just two."""
    if pair is None:
        return None
    named: list[Mention] = []
    for m in mentions:
        if m.is_leader and m.kind in ("name", "title") and all(m.leader_id != o.leader_id for o in named):
            named.append(m)
    if len(named) != 2 or named[0].country == named[1].country or any(m.last > pair.first for m in named):
        return None
    return named[0], named[1]


def _visitor(s: Parsed, one: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a lone leader owns every cue: visit nouns, the leader after "of" ("la visita de X")."""
    return all(s.is_visit(c) for c in cues) \
        and any(cues[0][1] <= w.first and w.last <= one.first + 1 and one.first - w.last <= 1
                for w in s.words("genitives"))


def _receives_pair(s: Parsed, one: Mention, mentions: list[Mention], cues: list[CueAt]) -> bool:
    """Tell whether a lone leader is the subject of a receiving verb or a letter to "the two leaders".

    "Gonsalves, quien recibió a los dos gobernantes"; "el papa, que escribió sendas cartas a los dos
    gobernantes": one contact with each of the pair.
    """
    receive = {w.first for w in s.words("receive_words")}
    # "провел переговоры с каждым из гостей", "held talks with each of them": any cue, each of the pair
    each = {m.first for m in mentions if m.kind == "pair"
            and not _EACH.isdisjoint(t.form for t in s.tokens[m.first:m.last])}
    # "s'est entretenu par téléphone avec les deux dirigeants", "telefonierte mit beiden Politikern": the
    # pair after a "with" of the lone leader's cue is his partners, each of them (a way between: "by phone")
    withs = {w.last for w in s.words("with_words")}
    return any(m.kind == "pair" and any(
        (one.last <= c[0] < m.first and (c[0] in receive or c[2].mode == "written" or m.first in each)
         and m.first - c[1] <= _OBJECT_NEAR)
        # (the verb may come before its subject: "Am Abend telefonierte Starmer mit beiden Politikern")
        or (c[0] < m.first and one.last <= m.first and (m.first in withs or m.first - 1 in withs)
            and m.first - max(c[1], one.last) <= _OBJECT_NEAR + _LEAD_GAP and s.same_clause(c[0], m.first))
        for c in cues) for m in mentions)


def _with_group(s: Parsed, named: list[Mention], group: Mention, ids: set[str | None],
                cues: list[CueAt]) -> Mention | None:
    """Return the member of a group named before the "with" or cue that leads the group: who met them.

    The "with" may end the cue's own phrase ("s'est entretenu avec"); an article may stand before the group.
    """
    before = [m for m in named if m.last <= group.first and m.leader_id in ids]
    if not before:
        return None
    x = before[-1]
    ends = [w.last for w in s.words("with_words")]
    ends += [c[1] for c in cues]
    return x if any(x.last <= e <= group.first <= e + _GROUP_LEAD and s.same_clause(x.last, group.first)
                    for e in ends) else None


# How many words (an article) may stand between a "with" and the group it leads.
_GROUP_LEAD = 1


def _group_act(s: Parsed, group: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a group talked together: a meeting or talk word in its own clause, not a visit.

    "The three leaders held talks": they met. "Before the meeting at the palace, the four leaders visited
    Irpin": they travelled together, and the meeting named is another clause's.
    """
    return any(not s.is_visit(c) and s.same_clause(group.first, c[0]) for c in cues)


def _partners(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt],
              disc: Discourse, inserts: frozenset[str] = frozenset(),
              pronoun: Mention | None = None) -> list[Pair]:
    """Pair the leader in focus with each leader listed after the cue, when no subject is named.

    "The main ones were talks with Xi and with Erdoğan": Xi and Erdoğan, in one clause after the cue,
    each met the leader the story follows, not one another ("talks between X and Y" is another matter).
    A subject pronoun before the cue stands for whom Discourse.target says, as in _with_pronoun: "Sa
    rencontre avec Poutine est annulée. Berset a vu beaucoup de dirigeants cette année. À Davos, il a
    rencontré Trump, Merkel et May": "il" is Berset, the one leader the sentence before named, not Putin,
    whom the story named first; and he is carried on to the next pronoun.
    """
    if len(named) < 2 or s.words("between") or min(map(_MENTION_FIRST, named)) < cues[0][1]:
        return []
    return _partners_read(s, named, chunks, cues, disc, inserts, pronoun)


def _partners_read(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt],
                   disc: Discourse, inserts: frozenset[str], pronoun: Mention | None) -> list[Pair]:
    """Answer _partners where two leaders follow the cue (apart: its closures' cells are made per call)."""
    subject = pronoun is not None and pronoun.first <= cues[0][0]
    focus = disc.target(named, pronoun_gender(s, pronoun, disc.feminine, disc.masculine)) if subject \
        else disc.focus
    if focus is None:
        return []
    if any(w.first == cues[0][1] for w in s.words("from_words")):
        return []  # "Welcomed by Meloni, the Pope spoke": a passive with its agent names both
    if focus.leader_id in {m.leader_id for m in named} or not (
            focus.leader_id in disc.lead or focus.leader_id in disc.stated):
        return []
    if any(m.country == focus.country for m in named):
        return []
    if all(s.is_visit(c) for c in cues) and not any(
            cues[0][1] <= w.first < named[0].first for w in s.words("with_words")):
        return []  # "Церемонию посетили также X и Y": the leaders after a visit verb are its visitors
    # "met with the president, Mattarella, at the Quirinal, and then with the premier, Meloni": two leaders
    # of one country after the cue met no one in it but its subject
    if not _one_list(s, named, chunks, inserts) and len({m.country for m in named}) > 1 \
            and not _each_own_with(s, named):
        return []  # "talks with X, who had met Y", "X's summit with Y": not a list of partners
    if subject:
        disc.carried = focus  # "She will meet A and B. On Sunday, she will meet C": she, not A (record)
    return [(focus, m, 0.6) for m in named]


def _unnamed_title_subject(chunks: list[Chunk], mentions: list[Mention], cues: list[CueAt]) -> bool:
    """Tell whether a bare title before the first cue, a single leader's, stood for no one we could name."""
    first = cues[0][0]
    return any(c.title is not None and not c.title.plural and not c.names and not c.minister
               and c.last <= first and not any(c.first <= m.first < c.last for m in mentions)
               for c in chunks)


# Turkish case endings after a name's apostrophe that make it no subject: dative, accusative, comitative
# (folded: "Putin'e", "Erdoğan'ı", "Aliyev'le"); "ile" after a name does the same ("X ile görüştü").
_OBLIQUE_ENDINGS = frozenset({"a", "e", "ya", "ye", "na", "ne", "i", "u", "yi", "yu", "ni", "nu",
                              "la", "le", "yla", "yle"})
_COMITATIVE = frozenset({"ile"})


def _objects_of_focus(s: Parsed, named: list[Mention], chunks: list[Chunk], disc: Discourse) -> list[Pair]:
    """Pair the leader in focus with each leader a verb-final sentence names in an object case.

    "... mektuplar arasında X ile Y'ye yüzde 25, Z'ye yüzde 30 ...": no leader is the subject, so the
    subject dropped is the leader the story follows, and each named leader is its partner; so are the
    leaders of a list the postposition closes ("Ardından X, Y ve Z ile görüştü").
    """
    focus = disc.focus
    if not s.verb_final or focus is None:
        return []
    if focus.leader_id not in disc.lead and focus.leader_id not in disc.stated:
        return []
    if any(m.leader_id == focus.leader_id or m.country == focus.country for m in named):
        return []
    if not _governed(s, named, chunks):
        return []
    if any(m.first > s.lo and _attributive(s.tokens[m.first - 1].form) for m in named):
        return []  # "X ile görüşen Erdoğan, Y'yi kabul etti": the participle's head is the subject
    return [(focus, m, 0.6) for m in named]


def _subject_and_partners(s: Parsed, named: list[Mention], chunks: list[Chunk],
                          cues: list[CueAt]) -> list[Pair]:
    """Pair a verb-final sentence's subject, set off by a comma, with each leader of the list after it.

    "Erdoğan, ABD Başkanı Trump ve Rusya Devlet Başkanı Putin ile telefonda görüştü": the comma after the
    first leader closes the subject; the list the postposition "ile" closes holds its partners, who did not
    talk with one another (read as one list of three, they did).
    """
    first, rest = named[0], named[1:]
    if not s.verb_final or first.last not in s.marks or _oblique(s, first) \
            or rest[-1].last > cues[0][0] or not _governed(s, rest, chunks):
        return []
    return [(first, m, min(first.confidence, m.confidence)) for m in rest if m.country != first.country]


def _governed(s: Parsed, named: list[Mention], chunks: list[Chunk]) -> bool:
    """Tell whether each leader stands in an object case, on its own or as one of a list that ends in one."""
    if all(_oblique(s, m) for m in named):  # (the common case first: no lists to find)
        return True
    # (the countries of one plural title, "Birleşik Krallık ve Kuveyt liderleri", share its span: its last
    # stands for all)
    ends = [m for m, n in zip(named, [*named[1:], None], strict=True) if n is None or n.first != m.first]
    return all(_oblique(s, run[-1]) for run in runs(s, ends, chunks))


def _oblique(s: Parsed, m: Mention) -> bool:
    """Tell whether a leader stands in an object case: a case ending after an apostrophe, or "ile"."""
    if m.last >= s.hi:
        return False
    nxt = s.tokens[m.last]
    return (_suffix(s, m.last) and nxt.form in _OBLIQUE_ENDINGS) or nxt.form in _COMITATIVE


def _one_list(s: Parsed, named: list[Mention], chunks: list[Chunk],
              inserts: frozenset[str] = frozenset()) -> bool:
    """Tell whether leaders form one list, its preposition repeated or not ("with X and with Y").

    An adverb of the language's inserts may stand in it: "com X e depois com Y", "avec X, puis avec Y".
    """
    before = s.tokens[named[0].first - 1].form if named[0].first > s.lo else ""
    inside = {i for c in chunks for i in range(c.first, c.last)}
    for x, y in pairwise(named):
        gap = [j for j in range(x.last, y.first) if j not in inside]
        listing = gap and all((s.tokens[j].form in LIST_WORDS and not _suffix(s, j))
                              or s.tokens[j].form == before or s.tokens[j].keys[0] in inserts for j in gap)
        if not listing and not _linked(s, x.last, y.first, inside) \
                and not _apposed(s, x.last, y.first, before):
            return False
    return True


def _apposed(s: Parsed, a: int, b: int, before: str) -> bool:
    """Tell whether the words between two listed leaders are an apposition set off by commas, then "and".

    "with X, first vice-president of the AU, and Y": a phrase with no cue and no relative word between two
    commas (a few words) and only list words after it; a and b are the tokens after X and Y's first.
    """
    tokens, text = s.tokens, s.text
    if a >= b or a <= s.lo or "," not in text[tokens[a - 1].end : tokens[a].start]:
        return False
    k = max((j for j in range(a + 1, b) if "," in text[tokens[j - 1].end : tokens[j].start]), default=-1)
    if k < 0 or k - a > _APPOSITION or not all(tokens[j].form in LIST_WORDS or tokens[j].form == before
                                               for j in range(k, b)):
        return False
    return not any(a <= c[0] < k for c in s.cues()) and not any(a <= w.first < k for w in s.words("relative"))


def _with_pronoun(s: Parsed, named: list[Mention], kinds: dict[str, Mention], cues: list[CueAt],
                  disc: Discourse) -> tuple[list[Mention], list[Pair]]:
    """Add the leader a pronoun stands for: "He held another meeting with X", "X hosted him".

    A subject pronoun after the leader the sentence names is that leader ("X said he ..."); an object
    pronoun is someone else. When the sentence names leaders of one country only ("Steinmeier received
    him, then he met Scholz"), the pronoun's leader met each.
    """
    subj, obj = kinds.get("pronoun"), kinds.get("object")
    ref = obj or subj
    if subj is not None and obj is not None and len(named) == 1 and subj.first < named[0].first < obj.first:
        # "she met Zelensky, handing him a questionnaire": the object pronoun after the one leader the
        # subject pronoun met is that leader again; the subject pronoun names the other side
        ref = subj
    target = disc.target(named, pronoun_gender(s, ref, disc.feminine, disc.masculine))
    cleft = ref is subj and subj is not None and bool(named) and subj.first > named[0].first \
        and _cleft(s, named[0], subj)
    countries = set(map(_COUNTRY, named))
    if cleft and disc.focus is not None and disc.focus.country not in countries:
        target = disc.focus  # the subject the story follows, not the partner last named
    followed = disc.followed() if obj is not None else None
    if obj is not None and followed is not None and followed.country not in countries \
            and any(w.last <= obj.first for w in s.words("visit")) \
            and not any(m.first < obj.first for m in named):
        # "Am Nachmittag flog er weiter nach Warschau, wo ihn Tusk begrüßte": the one received at the trip's
        # next stop is the traveller the story follows, not the host of the stop before
        target = followed
    elif obj is not None and followed is not None and followed.country not in countries and named \
            and all(m.last <= obj.first for m in named) and any(0 <= c[0] - obj.last <= 1 for c in cues):
        # "Este jueves, el presidente de Emiratos, X, lo recibió": an object before its verb, the subject
        # named before it, is the one the story follows (received at his next stop), not the last host
        target = followed
    if target is None or ref is None or (ref is subj and named and subj.first > named[0].first and not cleft):
        return named, []
    target = disc.traveller(target, s, named)
    if ref is subj:
        disc.carried = target
    else:
        disc.referred = target
    if ref is obj and subj is None and len(named) == 1 and obj.first > named[0].last \
            and _other_subject(s, cues):
        return named, []  # "Kim Yong Chol, an envoy, met Trump and gave him a letter": him is Trump
    if not named:
        return [target], []
    if len(named) == 1:
        return ([target, named[0]] if ref.first < named[0].first else [named[0], target]), []
    if len({m.country for m in named}) == 1 or (ref is subj and _objects(s, named, cues, subj.last)):
        # "he received X, who said ..., and in the evening held talks with Y": he met each
        return named, [(target, m, 0.7) for m in named if m.country != target.country]
    return named, []


def _counterpart_object(named: list[Mention], kinds: dict[str, Mention]) -> bool:
    """Tell whether an object pronoun stands for the counterpart the one leader named met before it.

    "X met his Russian colleague at the airport, then held talks with him": him is the colleague, not a
    leader of an earlier sentence.
    """
    cp, obj = kinds.get("counterpart"), kinds.get("object")
    return cp is not None and obj is not None and "pronoun" not in kinds and len(named) == 1 \
        and named[0].last <= cp.first < obj.first


def _cleft(s: Parsed, m: Mention, subj: Mention) -> bool:
    """Tell whether a leader is fronted with "with" before the pronoun subject (a cleft).

    "c'est avec X qu'il s'est entretenu", "it was with X that he held talks": the pronoun is no X.
    """
    return any(w.last <= m.first <= w.last + 2 for w in s.words("with_words")) \
        and any(m.last <= c.first < subj.first for c in s.words("complementizers"))


def _objects(s: Parsed, named: list[Mention], cues: list[CueAt], after: int) -> bool:
    """Tell whether every leader named is the object of a cue of its own, after a subject at `after`.

    Each stands right after a cue, outside any side clause ("X, who met Y": Y is X's partner), or is listed
    after the one before it, each with its day: "he had hosted X on Monday and Y on Thursday".
    """
    # (a short word right before a date leads it: "on Monday", "am Montag", "во вторник")
    dated = {*s.dated(), *(j - 1 for j in s.dated() if j > s.lo and len(s.tokens[j - 1].form) <= _DATE_LEAD),
             *(i for m in named for i in range(m.first, m.last))}
    return all(m.first >= after and s.side_clause(m.first) is None
               and (_after_cue(s, m, cues) or (k > 0 and (_linked(s, named[k - 1].last, m.first, dated)
                                                          or parallel(s, named[k - 1], m, cues))))
               for k, m in enumerate(named))


# How many words (an article, a possessive, a title) may stand between a preposition and the leader it leads.
_LEAD_GAP = 3


def parallel(s: Parsed, prev: Mention, m: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a leader is led by the same kind of preposition as the leader before it, no cue between.

    "he was received in Paris by X and then in London by Y", "il était reçu par X, puis, le soir, à Londres,
    par Y": a place or a time between the two agents does not make them a pair; each met the subject.
    """
    if any(prev.last <= c[0] < m.first for c in cues):
        return False  # "by X, and then held talks with Y": the later cue reads Y
    for kind in ("from_words", "with_words"):
        lead = [w for w in s.words(kind) if 0 <= prev.first - w.last <= _LEAD_GAP]
        again = [w for w in s.words(kind) if prev.last <= w.first and 0 <= m.first - w.last <= _LEAD_GAP]
        if lead and again:
            return True
    return False


def _other_partner(s: Parsed, one: Mention, cues: list[CueAt], chunks: list[Chunk]) -> bool:
    """Tell whether the cue's "with" names someone else than a leader: "at a meeting with students".

    A with-word right after a cue, and no leader's chunk right after it.
    """
    people = {c.first for c in chunks if c.names or c.title}
    for c in cues:
        for w in s.words("with_words"):
            if c[1] <= w.first <= c[1] + 1 and w.last not in people and one.first != w.last:
                return True
    return False


def _other_subject(s: Parsed, cues: list[CueAt]) -> bool:
    """Tell whether someone the gazetteer does not know is named before the cue: the subject is not dropped.

    "... Tajani made a stop in Beirut, where he brought congratulations to X": a capitalized word no
    lexicon knows, not opening the sentence, stands before the first cue, right before a word in lower
    case; or two or more such words open the sentence before a comma.
    """
    known = {i for m in s.matches for i in range(m.first, m.last)} | s.dated()
    j, strange = s.lo, False
    while j < cues[0][0] and s.text[s.tokens[j].start].isupper() and (j == s.lo or j not in s.marks):
        strange |= j > s.lo and j not in known
        j += 1
    if strange and j in s.marks and len(s.tokens[s.lo].form) > 2:
        return True  # "Kim Yong Chol, a vice chairman of the party, met X": a full name opens the sentence
    if s.nouns_capitalized:
        return False  # "Nach dem Empfang mit militärischen Ehren traf ...": every German noun has a capital
    for i in range(s.lo + 1, cues[0][0] - 1):
        tok, nxt = s.tokens[i], s.tokens[i + 1]
        if i not in known and s.text[tok.start].isupper() and len(tok.form) > 2 \
                and s.text[nxt.start].islower() and not s.text[tok.end : nxt.start].strip() \
                and i + 1 not in known:
            return True  # "Tajani ha fatto tappa": an unknown name right before its verb
    return False


def _after_cue(s: Parsed, one: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a lone leader is the object of a cue.

    Right after it in its clause ("استقبل الرئيس X", "met with X"), or right before it where the verb
    comes last ("X ile bir araya gelindi"). The words of a date between do not count, nor the styles before
    a name: "التقى سموه في وقت لاحق من اليوم سماحة آية الله X" (later in the day, His Eminence Ayatollah)
    still has X for its object.
    """
    if s.verb_final and any(0 <= c[0] - one.last <= _FOCUS_REACH_FINAL and s.same_clause(one.last - 1, c[0])
                            for c in cues):
        return True
    idle = s.dated() | {i for w in s.words("fillers") for i in range(w.first, w.last)}
    return any(c[1] <= one.first <= c[1] + _FOCUS_REACH + sum(1 for i in idle if c[1] <= i < one.first)
               and not s.separated(c[1] - 1, one.first) for c in cues)


def agent_of_cue(s: Parsed, one: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a lone leader is the agent of a passive cue in its clause, the subject left out.

    "Reçu à sa descente d'avion, à Dakar, par son homologue X, il a ensuite ...": the agent
    word ("par", "por", "by"; no genitive "de") stands a clause's length after the cue, the leader (or his
    "son homologue") right after it; the one received is the leader the story follows.
    """
    froms = s.words("from_words")
    if not froms:
        return False
    genitive = {w.first for w in s.words("genitives")}
    for w in froms:
        if w.first in genitive or not 0 <= one.first - w.last <= _AGENT_NEXT:
            continue
        if any(c[1] <= w.first <= c[1] + _AGENT_REACH and s.same_clause(c[1] - 1, w.first) for c in cues):
            return True
    return False


# How far a passive's agent word may stand after its cue ("reçu à sa descente d'avion, à Dakar, par"), and how
# many words ("son homologue") may stand between it and the leader.
_AGENT_REACH = 10
_AGENT_NEXT = 2


def _host(s: Parsed, one: Mention, chunks: list[Chunk], cues: list[CueAt], disc: Discourse) -> Mention | None:
    """Return the host of a lone leader's visit: the leader already named of the country it went to.

    "Lourenço, temmuz ayında Ankara'yı ziyaret etmiş" after Erdoğan was named: Erdoğan hosted him.
    """
    people = [(c.first, c.last) for c in chunks if c.names or c.title]
    for cue in cues:
        if not s.is_visit(cue):
            continue
        dest = s.destination(cue, people)
        if dest is None or dest == one.country:
            continue
        return next((m for m in reversed(disc.recent) if m.country == dest), None)
    return None


def _joiners(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt], disc: Discourse,
             refs: list[int], pair_ref: bool = False) -> list[Pair]:
    """Pair leaders who joined a contact with each of its participants.

    "Erdogan joined the conversation by phone", "a trilateral meeting that Guterres also attended": a join
    word next to the joining leader, and a live cue that is no visit. The contact joined is the one the
    other leaders of the sentence hold, else the last one, a sentence or two before.
    """
    joins = s.words("joins")
    if not joins or all(s.is_visit(c) for c in cues):
        return []
    return _joiners_read(s, named, chunks, cues, disc, refs, pair_ref, joins)


def _joiners_read(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt], disc: Discourse,
                  refs: list[int], pair_ref: bool, joins: Sequence[Match[Payload]]) -> list[Pair]:
    """_joiners where a join word stands (apart: its closures' cells are made at every call)."""
    before: list[Mention] = []
    for j in joins:
        near = [m for m in named if 0 <= j.first - m.last <= _JOIN_NEAR]
        # one in the join word's clause, if any ("会见叙利亚总统沙拉，沙特王储在座": the crown prince sat in,
        # not al-Sharaa before the comma); else one before its relative clause ("X, who sat in")
        own = [m for m in near if s.same_clause(m.last - 1, j.first)]
        before += [m for m in own or near if m not in before]
    after = [m for m in named if any(0 <= m.first - j.last <= _JOIN_NEAR for j in joins)]
    froms = {f.first for f in s.words("from_words")}
    passive = any(j.last in froms for j in joins)  # "they were joined by X"
    joining = after if passive else before or after  # "X joined Y and Z": X, not Y
    if not joining:
        return []
    core = [m for m in named if m not in joining]
    out = cross_pairs(s, core, chunks, cues, refs) if len(core) >= 2 else []
    if len(core) >= 2 and not out:  # "X joined Y and Z for a meeting": Y and Z were meeting
        out = [(a, b, min(a.confidence, b.confidence)) for i, a in enumerate(core) for b in core[i + 1 :]
               if a.country != b.country]
    group: list[Mention] = []
    for a, b, _ in out:
        group += [m for m in (a, b) if all(m.leader_id != g.leader_id for g in group)]
    last = disc.last_pair()
    if not group and pair_ref and last is not None and not any(
            m.leader_id in (last[0].leader_id, last[1].leader_id) for m in joining):
        # "the two leaders met at the summit X also attended": the pair, and X with each of them
        out, group = [(last[0], last[1], 0.7)], [last[0], last[1]]
    if not group:
        if not disc.group or s.index - disc.group_at > _JOIN_BACK:
            return []
        group = list(disc.group)
    for m in joining:
        if any(m.leader_id == g.leader_id for g in group):
            continue
        out += [(g, m, 0.7) for g in group if g.country != m.country]
        group.append(m)
    return out


def cross_pairs(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt],
                refs: list[int]) -> list[Pair]:
    """Pair the first leader with each other one, and two others across a cue, clause by clause.

    "X held talks with Y, who was received at the airport by Z": Y and Z met too. Leaders listed together
    ("with the Turkish and French presidents", "X, Y and Z arrived in Kyiv") did not talk to each other,
    nor did a leader in a side clause ("days after X spoke with Y") with one outside it, nor the objects of
    a minister's meeting ("the secretary of state met X, amid threats from Y"). refs are where pronouns
    stand.
    """
    # (the two clause readings below are Japanese and Korean ones, whose texts are verb-final: a text of
    # another language never ends a cue in their endings, so it is spared the scans)
    complement = _complement_clause(s, named, cues) if s.verb_final else None
    if complement is not None:
        # "石破首相は、トランプ大統領がプーチン大統領と会談したことを評価した": the clause with its own
        # subject is what was welcomed; its leaders met one another, the main subject met none of them
        inner, cue = complement
        rest = [m for m in named if m not in inner]
        rest_cues = [c for c in cues if c is not cue]
        out_in = cross_pairs(s, inner, chunks, [cue], refs)
        if len(rest) >= 2 and rest_cues:
            out_in += cross_pairs(s, rest, chunks, rest_cues, refs)
        return out_in
    relative = _prenominal_relative(s, named, cues) if s.verb_final else None
    if relative is not None:
        # "トランプ大統領と会談した石破首相は、その後マクロン大統領と協議した": the clause before the head met
        # the head only; the rest of the sentence is read without that clause
        inner, head, cue = relative
        out_rel = [(m, head, min(m.confidence, head.confidence)) for m in inner if m.country != head.country]
        rest = [m for m in named if m not in inner]
        rest_cues = [c for c in cues if c is not cue]
        if len(rest) >= 2 and rest_cues:
            # (Turkish: "X ile görüşen Erdoğan, A ve B ile de görüştü": the head set off by a comma is the
            # subject of the list its "ile" closes)
            out_rel += _subject_and_partners(s, rest, chunks, rest_cues) \
                or cross_pairs(s, rest, chunks, rest_cues, refs)
        return out_rel
    tail = _owned_tail(s, named, cues)
    if tail is not None:
        # "X spoke with Y about the meeting of Z with W", "обсудил с Y итоги встречи Z и W": the later noun's
        # owners met each other; the main cue's leaders met neither of them
        rest = [m for m in named if m is not tail[0] and m is not tail[1]]
        return [tail] + (cross_pairs(s, rest, chunks, cues[:-1], refs) if len(rest) >= 2 else [])
    # (each asked only where the sentence can hold its clause: a clause mark and no pronoun, three leaders)
    wall = _fronted_own_subject(s, named, cues, refs) if s.marks and not refs else None
    if not wall:
        wall = _coordinated_subject(s, named, cues) if len(named) >= 3 else None
    if wall is not None:
        # "While X was in Kyiv, Y met Z", "X met Y, and Z spoke with W": a clause with a subject of its own
        # is read as a sentence of its own; no leader of one met a leader of the other
        return _each_side(s, named, chunks, cues, refs, wall)
    listed = _listed(s, named, chunks, cues)
    together = {m.leader_id for run in runs(s, [m for m in named if m.last <= cues[0][0]], chunks)
                if len(run) >= 2 and run[0] is named[0] for m in run} - listed  # subjects of a meeting word
    if not together:
        together = _with_counterparts(s, named, chunks, cues)
    partner = _with_before_cue(s, named, chunks, cues) if together else None
    if partner is not None and partner.leader_id not in together \
            and all(m.last <= partner.first for m in named if m.leader_id in together):
        # "默茨、马克龙和斯塔默在基辅同泽连斯基会谈" (X, Y and Z held talks with W in Kyiv): where the "with"
        # and its leader stand before the verb, each subject met W, not one another
        return [(m, partner, min(m.confidence, partner.confidence)) for m in named
                if m.leader_id in together and m.country != partner.country]
    final = _final_object(s, named, cues) if together else None
    if final is not None and final.leader_id not in together:
        return [(m, final, min(m.confidence, final.confidence)) for m in named
                if m.leader_id in together and m.country != final.country]
    if together and (_with_partner(s, named, chunks, cues) or _object_of(s, named, cues)) \
            and not any(c[2].mode == "video" for c in cues):
        # "X and Y met with Z in Kyiv": each met Z, not one another (a video conference "with Z" is one
        # call of the three)
        listed |= together
        together = set()
    # "the leaders of Iran, Russia and Turkey": one title, several countries, met one another; "the
    # presidents of Poland and Lithuania met Zelensky": each met the leader outside the title, unless a
    # summit brought them all together
    spans = [m.first for m in named]
    plural = {m.leader_id for m in named if spans.count(m.first) > 1}
    outside = [m for m in named if m.leader_id not in plural]
    # "a summit with the presence of the presidents of A, B, C, D and E": they attended, no pair said met
    crowd = len({m.country for m in named if m.leader_id in plural}) > TRILATERAL
    # "Путин провел переговоры с лидерами Бразилии, Индии и ЮАР": the title after a "with", a leader
    # named before it, holds that leader's partners, whatever summit the sentence names after
    partners = _plural_partners(s, named, plural, outside) if plural and outside else False
    if plural and (not outside or s.words("summit")) and not s.is_visit(cues[0]) and not crowd \
            and not partners:
        together |= plural
    ministers_meet = _minister_subject(s, named, chunks, cues)
    first_cue = cues[0][0]
    fronted = _fronted(s, named, cues)
    out: list[Pair] = []
    second = _second_subject(s, named, chunks, cues)
    fellows = _fellow_travellers(s, named, chunks, cues)
    for i, x in enumerate(named):
        for y in named[i + 1 :]:
            if x.country == y.country:
                continue
            if fellows and x.leader_id in fellows and y.leader_id in fellows:
                # "Macron travelled to Kyiv together with Scholz and Draghi": one joint visit, whose
                # travellers met one another as they met the host
                out.append((x, y, min(x.confidence, y.confidence)))
                continue
            if second is not None and y.first >= second[1] and x.first < second[1]:
                # "Xi met Putin, and the Russian president also held talks with Erdogan": the later cue has
                # a subject of its own, named again; its partner met that subject only
                if x is second[0] and (x, y, min(x.confidence, y.confidence)) not in out:
                    out.append((x, y, min(x.confidence, y.confidence)))
                continue
            if fronted is not None and (x.first < fronted[0]) != (y.first < fronted[0]):
                # "Après avoir rencontré X, Y a été reçu par Z": X met Y, the main clause's subject, only;
                # the fronted one second, so that its own cue dates the pair
                if fronted[1] in (x, y):
                    out.append((fronted[1], x if y is fronted[1] else y, min(x.confidence, y.confidence)))
                continue
            both_plural = x.leader_id in plural and y.leader_id in plural
            if both_plural and (crowd or partners
                                or (outside and not s.words("summit") and not _reciprocal(s, y))):
                continue
            one_side = (x.leader_id in plural) != (y.leader_id in plural) and not (
                i > 0 and _one_run(s, named, chunks, x, y))
            # the main clause's subject after a fronted clause leads as the sentence's first leader would
            # ("在与X通话后，Y与Z通电话": Y and Z talked too)
            later = i > 0 and (fronted is None or x is not fronted[1])
            if later and not any(x.last <= c[0] < y.first for c in cues) and not one_side and not (
                    x.leader_id in together and y.leader_id in together) and not _verb_first(s, x, y, cues):
                continue
            if later and _subjectless(s, x, y, named, cues):
                continue
            if later and _each_with(s, (x, y)) and not _relative_between(s, x, y):
                # "были разговоры с X, и с Y переговорили": each after a "with" of its own is a partner of
                # the subject, not of the other (unless a relative clause makes the second the first's)
                continue
            if later and (_own_clauses(s, x, y, cues)
                          or (s.subordinators_follow and _closed_side_clause(s, x, y, cues))
                          or _object_then_own_cue(s, named, x, y, chunks, cues)
                          or _partner_then_own_cue(s, named, x, y, chunks, cues)):
                continue
            if _two_owners(s, x, y, cues):
                continue
            if not _same_clause(s, x, y, named, refs) and not _dropped_subject(s, x, y, chunks, cues, named):
                continue
            if _cues_about(s, y, x, named, cues):
                continue
            if later and _told_about(s, x, y, cues):
                continue
            if x.leader_id in listed and y.leader_id in listed:
                continue
            if ministers_meet and x.first > first_cue and y.first > first_cue \
                    and s.nearest_cue(cues, y.first, y.last)[0] == first_cue and not _sent_by(s, x, cues):
                continue
            out.append((x, y, min(x.confidence, y.confidence)))
    return _with_the_hosts(out, named, fellows) if fellows else out


def _fronted_own_subject(s: Parsed, named: list[Mention], cues: list[CueAt], refs: list[int]) -> int | None:
    """Return where a side clause opening the sentence with a leader as its subject and no cue ends.

    "While X was in Kyiv, Y met Z", "Mientras X estaba en Kiev, ...", "Während X in Kiew war, ...": the
    subordinator opens the sentence, a leader stands right after it, and the clause mark closing it comes
    before any cue; X did nothing with Y or Z. Not where the clause's leader is named again after it ("After X
    arrived, Y received the French president") or a pronoun stands for someone ("..., Y received him").
    """
    if refs or not s.marks:
        return None
    opener = None
    for w in s.words("subordinators"):  # (a plain loop: no generator for every sentence with leaders)
        if w.first <= s.lo + 1:
            opener = w
            break
    if opener is None:
        return None
    end = next((k for k in s.marks if k > opener.last), None)
    if end is None or cues[0][0] < end:
        return None
    inner = [m for m in named if m.first < end]
    if not inner or not 0 <= inner[0].first - opener.last <= _SUBORDINATE_NEAR or len(inner) == len(named):
        return None
    ids = {m.leader_id for m in inner}
    return None if any(m.leader_id in ids for m in named if m.first >= end) else end


def _coordinated_subject(s: Parsed, named: list[Mention], cues: list[CueAt]) -> int | None:
    """Return where a coordinated main clause with a new leader as its subject and its own cue opens.

    "X met Y on Monday, and Z spoke with W by phone", "X a reçu Y, et Z s'est entretenu avec W", "X met Y;
    Z held talks with W": after the first clause's cue, a comma and "and" (or a semicolon) and a leader not
    named before, whose verb follows him at once (an adverb between). The leader named again ("and the
    Russian president also met Z") is _second_subject's; a verb first ("and then met Z") has no subject.
    """
    if len(named) < 3:
        return None
    if s.verb_final:
        return _coordinated_final(s, named, cues)
    if named[0].first > cues[0][0]:
        return None
    for p in s.marks:  # (few marks: a plain loop)
        if p <= cues[0][0] or p >= named[-1].first:
            continue
        coordinated = s.tokens[p].form in _COORDINATORS or s.tokens[p].form in _COMMA_COORDINATORS
        if not coordinated and ";" not in s.gap(p, p):
            continue
        start = p + 1 if coordinated else p
        subject = _new_subject(s, named, start, p)
        if subject is None or any(start <= w.first < subject.first for w in s.words("with_words")) \
                or not any(subject.last <= c[0] <= subject.last + _SUBORDINATE_NEAR for c in cues):
            continue
        return p
    return None


# What joins a case ending to a name ("Zelenskiy'i", "Putin’le"): nothing, or an apostrophe.
_GLUED = frozenset({"", "'", "’"})


def _coordinated_final(s: Parsed, named: list[Mention], cues: list[CueAt]) -> int | None:
    """Return where a verb-final language's second clause with a new leader as its subject opens.

    "X pazartesi günü Y'yi kabul etti, Z ise W ile telefonda görüştü": the first clause's verb ends right
    at the comma (or the "and" after it), a leader not named before stands bare after it (no case ending
    glued to him, no "with" after him: "..., Z ile de görüştü" is the first subject's partner), and a cue
    follows later.
    """
    for c in cues:  # (few cues: a plain loop)
        p = c[1]
        if p >= s.hi or named[0].first > c[0] or not (p in s.marks or s.tokens[p].form in LIST_WORDS):
            continue
        start = p + 1 if s.tokens[p].form in LIST_WORDS else p
        subject = _new_subject(s, named, start, p)
        if subject is None or subject.last >= s.hi or s.gap(subject.last, subject.last) in _GLUED \
                or s.tokens[subject.last].form in LIST_WORDS \
                or any(w.first == subject.last for w in s.words("with_words")) \
                or not any(q[0] >= subject.last for q in cues):
            continue
        return p
    return None


def _new_subject(s: Parsed, named: list[Mention], start: int, wall: int) -> Mention | None:
    """Return the leader right after a clause's opening (an article or adverb between) not named before it.

    A leader of the first clause must stand before the wall besides the sentence's first one (its partner).
    """
    subject = next((m for m in named if start <= m.first <= start + _SUBORDINATE_NEAR), None)
    if subject is None or any(m.leader_id == subject.leader_id for m in named if m.first < wall) \
            or not any(m.first < wall for m in named if m is not named[0]):
        return None
    return subject


def _each_side(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt], refs: list[int],
               wall: int) -> list[Pair]:
    """Pair the leaders before a clause wall among themselves, and those after it, each with its own cues."""
    out: list[Pair] = []
    for side in (True, False):
        leaders = [m for m in named if (m.first < wall) == side]
        own = [c for c in cues if (c[0] < wall) == side]
        if len(leaders) >= 2 and own:
            out += cross_pairs(s, leaders, chunks, own, refs)
    return out


def _with_the_hosts(out: list[Pair], named: list[Mention], fellows: set[str | None]) -> list[Pair]:
    """Add the host each traveller of a joint visit met: whom one of them met, all of them met."""
    hosts = [p[1] if p[0].leader_id in fellows else p[0] for p in out
             if (p[0].leader_id in fellows) != (p[1].leader_id in fellows)]
    have = {frozenset((p[0].leader_id, p[1].leader_id)) for p in out}
    for h in dict.fromkeys(hosts):
        for m in named:
            if m.leader_id in fellows and m.country != h.country \
                    and frozenset((m.leader_id, h.leader_id)) not in have:
                have.add(frozenset((m.leader_id, h.leader_id)))
                out.append((m, h, min(m.confidence, h.confidence)))
    return out


def _sent_by(s: Parsed, x: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a leader is the sender a "from" names right after a letter ("a letter from X to Y").

    A minister who hands it over carries it: the letter is X's to the leader it goes to.
    """
    return any(c[2].mode == "written" and 0 <= w.first - c[1] <= 1 and w.last <= x.first <= w.last + 1
               for c in cues for w in s.words("from_words"))


def _plural_partners(s: Parsed, named: list[Mention], plural: set[str | None],
                     outside: list[Mention]) -> bool:
    """Tell whether a plural title stands after a "with" and a leader outside it before: his partners."""
    return any(_after_word(s, m, "with_words") is not None and any(o.last <= m.first for o in outside)
               for m in named if m.leader_id in plural)


# Japanese verb forms that stand right before the noun they modify: "会談した石破首相" (Ishiba, who met ...);
# Korean writes the past attributive on the verb: "회담한 이시바 총리", "만난".
# (folded: Hangul reads as its letters)
_ATTRIBUTIVE = frozenset(fold(w) for w in ("した", "った", "された", "する", "している", "していた"))
_ATTRIBUTIVE_KO = tuple(fold(w) for w in ("한", "난"))


# Turkish participles of the contact verbs and their light verbs, which modify the noun after them ("Trump ile
# görüşen Erdoğan": Erdoğan, who met Trump); whole words, folded (an ending alone would take the ablative
# "görüşmeden" or "ardından" for one).
_ATTRIBUTIVE_TR = frozenset(fold(w) for w in ("görüşen", "gelen", "eden", "yapan", "gerçekleştiren",
                                              "ağırlayan", "karşılayan", "bulunan", "konuşan", "buluşan",
                                              "kuran"))


def _attributive(form: str) -> bool:
    """Tell whether a verb form modifies the noun after it ("した", "회담한", "görüşen")."""
    return form in _ATTRIBUTIVE or form in _ATTRIBUTIVE_TR \
        or (len(form) > 1 and form.endswith(_ATTRIBUTIVE_KO))


# Japanese nominalizers after a verb: the clause before them is a noun ("会談したことを", the meeting's having
# taken place), folded.
_NOMINALIZERS = tuple(fold(w) for w in ("したこと", "こと"))
_TOPIC = fold("は")
_GENITIVE = fold("の")


def _complement_clause(s: Parsed, named: list[Mention],
                       cues: list[CueAt]) -> tuple[list[Mention], CueAt] | None:
    """Return the leaders of a nominalized clause that names two countries of its own, and its cue.

    "トランプ大統領がプーチン大統領と電話で会談したことを評価した": the cue is followed by "こと"; the clause
    opens at the mark, topic or cue before it. "トランプ大統領とプーチン大統領の首脳会談を歓迎した": a
    meeting noun after the genitive "の" is its owners' meeting. Not when the clause names one leader
    ("会談したことを明らかにした": the main subject is the clause's too), nor every leader of the sentence.
    """
    for c in cues:
        nominalized = c[1] < s.hi and s.tokens[c[1]].form.startswith(_NOMINALIZERS)
        before = [m for m in named if m.last <= c[0]]
        # "AとBの首脳会談を歓迎した": the last leader before the meeting noun stands right before a genitive
        # (the mention may hold the particle: "プーチン大統領の")
        owned = bool(before) and any(s.tokens[k].form == _GENITIVE
                                     for k in (before[-1].last - 1, before[-1].last) if k < c[0])
        if not nominalized and not owned:
            continue
        # (the main subject's topic particle "は" closes it too: "石破首相は19日、…")
        start = max([s.lo, *(k for k in s.marks if k <= c[0]), *(d[1] for d in cues if d[1] <= c[0]),
                     *(k + 1 for k in range(s.lo, c[0]) if s.tokens[k].form == _TOPIC)])
        inner = [m for m in named if start <= m.first and m.last <= c[0]]
        if len({m.country for m in inner}) >= 2 and len(inner) < len(named):
            return inner, c
    return None


def _prenominal_relative(s: Parsed, named: list[Mention],
                         cues: list[CueAt]) -> tuple[list[Mention], Mention, CueAt] | None:
    """Return the leaders of a clause modifying a leader named right after its verb, that leader, the cue.

    "トランプ大統領と会談した石破首相は" (Ishiba, who met Trump, ...), "プーチン大統領と会談したモディ首相と"
    (with Modi, who had met Putin): the verb in the attributive form stands right before the head; the clause
    opens at the mark, topic or cue before it.
    """
    for c in cues:
        # the ending is the cue's last token ("会談した") or follows it ("電話会談 した")
        end = c[1] if _attributive(s.tokens[c[1] - 1].form) else c[1] + 1
        if end >= s.hi or not _attributive(s.tokens[end - 1].form):
            continue
        head = next((m for m in named if m.first == end), None)
        if head is None:
            continue
        start = max([s.lo, *(k for k in s.marks if k <= c[0]), *(d[1] for d in cues if d[1] <= c[0])])
        inner = [m for m in named if start <= m.first and m.last <= c[0]]
        if inner:
            return inner, head, c
    return None


def _object_then_own_cue(s: Parsed, named: list[Mention], x: Mention, y: Mention, chunks: list[Chunk],
                        cues: list[CueAt]) -> bool:
    """Tell whether x is the object of the subject's cue and y the partner of a later cue the subject holds.

    "Xi met A, B and C, a day after he held talks with Biden", "Трамп провел разговор с Путиным, а затем
    переговорил с Зеленским": the second cue's subject is a singular pronoun or dropped, so it is the
    sentence's subject again, not the leader it met first (unless a relative word makes x the clause's
    subject: "met A, who then spoke with Y"; "for talks with A, and from Paris he flew to Warsaw, where he
    met Y" is about the subject).
    """
    first = named[0]
    if not any(first.last <= c[0] and c[1] <= x.first for c in cues) or first.first > cues[0][0]:
        return False
    side = s.side_clause(x.first)
    if side is not None and side[0] > first.last and not any(side[0] <= c[0] < x.first for c in cues):
        return False  # "X spoke of Beijing, where Y met Z": x opens a clause of its own, as its subject
    # the leaders listed with x ("A, B and C") are objects with it: the clause after them counts
    end = next((run[-1].last for run in runs(s, [m for m in named if m.first >= x.first], chunks)), x.last)
    later = next((c for c in cues if end <= c[0] and c[1] <= y.first), None)
    if later is None:
        return False
    if _subject_between(chunks, end, later[0]):
        return False
    return not any(end <= w.first < later[0] and _antecedent(s, x, w.first, named)
                   for w in s.words("relative"))


def _second_subject(s: Parsed, named: list[Mention], chunks: list[Chunk],
                    cues: list[CueAt]) -> tuple[Mention, int] | None:
    """Return the leader a later clause names again as its subject, and where its cue ends.

    "Xi met Putin on Wednesday, and the Russian president also held talks with Erdogan", "Си встретился с
    Путиным, а Путин провел также беседу с Эрдоганом": after the first cue's partner, "and" (or a comma)
    opens a clause whose subject (a name, or a title of a country) is a leader named before, the object
    of the first cue; the leaders after that clause's cue are its partners.
    """
    if len(cues) < 2 or len(named) < 3 or named[0].first > cues[0][0]:
        return None
    for c in chunks:
        if not (c.names or c.title) or c.first < cues[0][1] \
                or not any(s.tokens[j].form in _COORDINATORS | _COMMA_COORDINATORS for j in (c.first - 1,
                                                                                        c.title_at - 1)):
            continue
        later = next((q for q in cues if c.last <= q[0] <= c.last + 2), None)
        if later is None:
            continue
        ids = {n.leader_id for n, _, _ in c.names}
        again = [m for m in named[1:] if m.last <= c.first
                 and (m.leader_id in ids or (not ids and c.places and m.country in c.places))]
        if len(again) == 1:
            return again[0], later[1]
    return None


def _partner_then_own_cue(s: Parsed, named: list[Mention], x: Mention, y: Mention, chunks: list[Chunk],
                          cues: list[CueAt]) -> bool:
    """Tell whether, verb last, x is the partner of the subject's first cue and y of a later one it holds.

    "ٹرمپ نے زیلنسکی سے فون پر بات کی اور انہیں روسی صدر سے ہونے والی گفتگو سے آگاہ کیا", "ट्रंप ने जेलेंस्की से
    बात की और पुतिन से ...": the verb after x closes x's clause, and y stands in the next one, whose subject is
    the first leader again (no subject named between): x and y did not talk. _object_then_own_cue is the
    same where the verb comes before its partner. x is marked the partner by its postposition (Hindi and Urdu
    "से", "سے", "को", "کو": the lexicon's partner_marks).
    """
    if not s.verb_final or x.last >= s.hi or s.tokens[x.last].form not in s.partner_marks:
        return False
    first = named[0]
    own = next((c for c in cues if x.last <= c[0] and c[1] <= y.first), None)
    if own is None or first is x or first.first > x.first or not any(c[0] >= y.last for c in cues):
        return False
    return not _subject_between(chunks, own[1], y.first)


def _subject_between(chunks: list[Chunk], a: int, b: int) -> bool:
    """Tell whether a chunk that may be a clause's subject opens between tokens a and b.

    A name, a title, "they", the pair or a group: a later cue after one is that subject's, not the
    sentence's first leader's.
    """
    return any(a <= c.first < b and (c.names or c.title or c.plural_pronoun or c.pair or c.group)
               for c in chunks)


def _told_about(s: Parsed, x: Mention, y: Mention, cues: list[CueAt]) -> bool:
    """Tell whether the contact between x and y is one x was told about: "told X about his call with Y".

    "Путин проинформировал китайского лидера о ... видеоконференции с Байденом": an "about" stands between
    x and the first cue before y; the contact is the subject's, not x's.
    """
    cue = next((c for c in cues if x.last <= c[0] < y.first), None)
    return cue is not None and any(s.tokens[j].form in ABOUT_WORDS for j in range(x.last, cue[0]))


def _fronted(s: Parsed, named: list[Mention], cues: list[CueAt]) -> tuple[int, Mention] | None:
    """Return where a subjectless clause opening the sentence ends, and the main clause's subject.

    "Après avoir rencontré X, Y ...", "Au lendemain de son tête-à-tête avec X, Y ...": the clause opens
    with a subjectless word or a count from an event before any leader or cue, holds a leader and a cue,
    and closes with a comma right before the subject (a title may stand first).
    """
    # (no comprehension over a word kind or dates the sentence lacks: most hold neither)
    subjectless = s.words("subjectless")
    events = [e.first for e in s.dates if e.event] if s.dates else []
    openers = [w.first for w in subjectless] + events if subjectless else events
    if not openers and named and s.marks:
        during = _fronted_during(s, named, cues)
        if during is not None:
            return during
    if not openers:
        # (no opener: rarely, a bare one with no comma, its two leaders side by side)
        return _fronted_bare(s, named, cues) if len(named) > 1 and named[1].first == named[0].last else None
    if not named:
        return None
    start = min(openers)
    if start > named[0].first or any(c[0] < start for c in cues):
        return None
    end = next((k for k in s.marks if k > start), None)
    if end is None or not any(start < c[0] < end for c in cues) or not named[0].first < end:
        return None
    subject = next((m for m in named if m.first >= end), None)
    if subject is None or subject.first - end > _FRONTED_GAP:
        return None
    return end, subject


def _fronted_during(s: Parsed, named: list[Mention], cues: list[CueAt]) -> tuple[int, Mention] | None:
    """Return where a fronted "during his visit, where he met X," phrase ends, and the main clause's subject.

    "During his visit to Paris, where he met X, Y urged ...", "Lors de sa visite à Paris, où il a rencontré
    X, Y ...", "وخلال زيارته إلى باريس، التي التقى خلالها X، دعا Y": the sentence opens with a "during"
    whose phrase names no leader before its relative clause; the clause's subject is the main clause's
    subject, who follows the comma closing it (the marks that open relative clauses do not close it).
    """
    start = next((w.first for w in s.words("during") if w.first <= s.lo + 1), None)
    if start is None or any(c[0] < start for c in cues):
        return None
    opens = {w.first for kind in ("relative", "place_relatives", "during") for w in s.words(kind)}
    inner = [k for k in s.marks if k > start]
    if not inner or not any(inner[0] <= j <= inner[0] + _RELATIVE_OPENS for j in opens):
        return None  # no relative clause right after the phrase: "During his visit, X met Y" is one clause
    if any(m.first < inner[0] for m in named):
        return None  # "During Macron's visit, where ...": the phrase's own leader
    end = next((k for k in inner[1:] if k not in opens), None)
    if end is None or not any(inner[0] <= c[0] < end for c in cues) or not named[0].first < end:
        return None
    subject = next((m for m in named if m.first >= end), None)
    if subject is None or subject.first - end > _FRONTED_GAP:
        return None
    return end, subject


def _fronted_bare(s: Parsed, named: list[Mention], cues: list[CueAt]) -> tuple[int, Mention] | None:
    """Return where a fronted "after" clause with no comma ends, and the main clause's subject.

    "После разговора с Путиным Трамп позвонил Зеленскому": a subordinator opens the sentence, its cue
    stands before the first leader, who follows a "with"; the subject follows him with nothing between.
    """
    first = named[0]
    if not cues or not s.lo < cues[0][0] < first.first or _after_word(s, first, "with_words") is None:
        return None
    if not any(w.first == s.lo for w in s.words("subordinators")):
        return None
    return first.last, named[1]


def _with_partner(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt]) -> bool:
    """Tell whether the leaders listed before the first cue were guests of a leader named after it.

    A passive's agent ("reçus par Z", "received by Z"), or the leader a "with" introduces when the
    sentence names a city of that leader's country ("se reunieron hoy en Kiev con Z"): the subjects
    travelled together to Z. "X et Y se sont retrouvés à Berlin avec Z" is a meeting of three. The word
    stands a few words after the cue in its clause, a leader's chunk right after it (an article between
    is allowed).
    """
    starts = {c.first: c for c in chunks if c.names or c.title}
    genitive = {w.first for w in s.words("genitives")}
    agents = {w.first for w in s.words("from_words") if w.first not in genitive}  # "par", "by", "pelo"
    cities = {p.iso3 for m in s.matches for p in m.payloads if isinstance(p, City)}
    c = cues[0]  # the verb of the subjects listed before it
    for w in [*s.words("with_words"), *(w for w in s.words("from_words") if w.first in agents)]:
        if not (c[1] <= w.first <= c[1] + _FOCUS_REACH and s.same_clause(c[1] - 1, w.first)):
            continue
        if w.first in agents and any(c[1] <= d[0] < w.first for d in cues):
            # "se sont vus, réunis par Z": the agent is the later participle's; the subjects' own verb says
            # they met one another (and the agent met them)
            continue
        chunk = starts.get(w.last) or starts.get(w.last + 1)
        if chunk is None:
            continue
        for m in named:
            if chunk.first <= m.first < chunk.last and (w.first in agents or m.country in cities):
                return True
    return False


def _with_before_cue(s: Parsed, named: list[Mention], chunks: list[Chunk],
                     cues: list[CueAt]) -> Mention | None:
    """Return the leader a "with" introduces right before the first cue, in its clause ("同泽连斯基会谈")."""
    c = cues[0]
    starts = {k.first: k for k in chunks if k.names or k.title}
    for w in s.words("with_words"):
        chunk = starts.get(w.last)
        if chunk is None or not (chunk.last <= c[0] <= chunk.last + 1) or not s.same_clause(w.first, c[0]):
            continue
        return next((m for m in named if chunk.first <= m.first < chunk.last), None)
    return None


def _subjectless(s: Parsed, x: Mention, y: Mention, named: list[Mention], cues: list[CueAt]) -> bool:
    """Tell whether every cue between two leaders opens a subjectless clause right after a subordinator.

    "W met X on Saturday, a day after holding talks with Y": the talks are W's, the main clause's
    subject, not X's, who stands there as an object. "W met X after Z called Y" has a subject of its own.
    """
    between = [c for c in cues if x.last <= c[0] < y.first]
    if not between:
        return False
    # (where the clause opens, how far its verb may stand): a subordinator, or a count from an event
    # ("um dia depois de ter sido recebido": two auxiliaries may stand before the verb)
    subs = [(w.first, _SUBORDINATE_NEAR) for w in s.words("subordinators")]
    subs += [(e.last - 1, _SUBORDINATE_NEAR + 1) for e in s.dates if e.event]
    # "W spoke with X and then called Y", "a następnie zadzwonił do Y": a coordinated verb with no
    # subject of its own is W's too (an adverb and a light verb may stand between: "а згодом провів розмову")
    # (Hebrew joins "and" to the next word: "ובאותו יום נועד עם", "ונועד עם", the verb itself)
    subs += [(j, _SUBORDINATE_NEAR + 1) for j in range(x.last, y.first) if s.tokens[j].form in _COORDINATORS
             or (s.tokens[j].form in _COMMA_COORDINATORS and j in s.marks)
             or (_joined_and(s.tokens[j]) and not any(m.first == j for m in named))]
    return all(_joined_and(s.tokens[c[0]])
               or any(x.last <= p < c[0] and c[0] - p <= reach
                      and not any(p < m.first < c[0] for m in named) for p, reach in subs)
               for c in between)


def _own_clauses(s: Parsed, x: Mention, y: Mention, cues: list[CueAt]) -> bool:
    """Tell whether two partners each stand in a clause of their own with its own cue: no pair.

    Where time and partner stand before the verb and clauses chain under one subject ("石破首相は17日、
    トランプ大統領と会談し、李在明大統領とも会談した", "习近平会见石破茂，随后会见尹锡悦"), the subject met
    each of them, and they did not meet one another.
    """
    if not s.subordinators_follow or s.same_clause(x.first, y.first):
        return False
    own_x = {c for c in cues if s.same_clause(min(c[0], x.first), max(c[0], x.first))}
    own_y = {c for c in cues if s.same_clause(min(c[0], y.first), max(c[0], y.first))}
    return bool(own_x) and bool(own_y) and not own_x & own_y


def _closed_side_clause(s: Parsed, x: Mention, y: Mention, cues: list[CueAt]) -> bool:
    """Tell whether x is the partner in a side clause that a postposed subordinator closes before y.

    "트럼프 대통령은 푸틴 대통령과 통화한 뒤 젤렌스키 대통령과 통화했다", "X, Putin ile görüştükten sonra
    Zelenskiy ile görüştü": the side clause's verb, right before "뒤" / "sonra", ends it; Putin talked with
    the main clause's subject, not with Zelensky.
    """
    return any(x.last <= c[0] and c[1] <= w.first <= c[1] + 1 and w.first < y.first
               for c in cues for w in s.words("subordinators"))


def _verb_first(s: Parsed, x: Mention, y: Mention, cues: list[CueAt]) -> bool:
    """Tell whether a verb opens its clause before its subject and object: "anschließend traf Putin Kurz".

    The cue stands right before x, y follows x at once (no "and" between, nor the "و" Arabic writes on the
    next word: they are no list), one clause.
    """
    nxt = s.tokens[y.first]
    if s.text[nxt.start] == "و" and len(nxt.keys) > 1:
        return False
    return any(c[1] == x.first for c in cues) and y.first - x.last <= 1 \
        and not any(x.last <= w.first < y.first for w in s.words("with_words")) \
        and s.tokens[x.last].form not in LIST_WORDS and s.same_clause(x.first, y.first)


def _companion(s: Parsed, x: Mention, y: Mention, cues: list[CueAt]) -> bool:
    """Tell whether y travels with x: named after "together with", with no cue but visit words before it.

    "Meloni è tornata a Tunisi, dopo la sua prima visita, insieme alla presidente della Commissione": the
    visit is theirs together; "X inaugurated the dam together with Y" (a cue that is no visit between) is a
    meeting.
    """
    between = [c for c in cues if x.last <= c[0] < y.first]
    if not all(s.is_visit(c) for c in between) or (not between and s.verb_final):
        return False  # "X, Y ile birlikte ... açtı": where the verb comes last it may be a joint act's
    if not between and _shared_act(s, cues):
        # "Merkel und Putin hatten gemeinsam mit Hollande und Poroschenko in einer Verhandlungsrunde ...
        # ausgehandelt": with no visit word anywhere, those "together with" took part in the talks
        return False
    last = between[-1][1] if between else x.last
    # "había viajado a Nuakchot junto a von der Leyen para reunirse con Ghazouani": a travel verb the
    # lexicons lack, or a negated visit word, between
    return any(last <= w.first < y.first for w in s.words("companions"))


def _fellow_travellers(s: Parsed, named: list[Mention], chunks: list[Chunk],
                       cues: list[CueAt]) -> set[str | None]:
    """Return the travellers of one joint visit: its subjects and the leaders named "together with" them.

    "Macron returned to Kyiv, this time together with Scholz and Draghi": the three travelled together and
    met one another (the schema's reading of a joint visit); the subjects are the run of leaders before
    the companion words, the others the run right after them (see _companion for what makes it a visit).
    """
    words = s.words("companions")
    if not words:
        return set()
    groups = runs(s, named, chunks)
    for w in words:
        before = next((r for r in reversed(groups) if r[-1].last <= w.first), None)
        after = next((r for r in groups if r[0].first >= w.last), None)
        if before is not None and after is not None and after[0].first - w.last <= TOGETHER_GAP \
                and _companion(s, before[0], after[0], cues):
            return {m.leader_id for m in (*before, *after)}
    return set()


def _shared_act(s: Parsed, cues: list[CueAt]) -> bool:
    """Tell whether those "together with" a leader shared his act: no visit word, no call or letter.

    "X und Y hatten gemeinsam mit Z ... ausgehandelt" is one table; "X reiste gemeinsam mit Z nach Kiew" a
    journey together to a host, and "présent aux côtés de Z, X avait lancé un appel" a call made apart.
    """
    return not s.words("visit") and all(c[2].mode in (None, "in_person") for c in cues)


def _together(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt]) -> list[Pair]:
    """Pair everyone of one act its subjects did "together with" other leaders, in no visit.

    "Merkel und Putin hatten das Abkommen gemeinsam mit Hollande und Poroschenko ausgehandelt": the four sat
    at one table. The subjects are the leaders listed right before the words, in their clause; the others
    those listed right after them; no one else is named. Where a visit word stands, those "together with"
    the visitor travelled with him and met only the host (see _companion).
    """
    words = s.words("companions")
    if not words or len(named) < 2 or not _shared_act(s, cues):
        return []
    groups = runs(s, named, chunks)
    for w in words:
        before = next((r for r in reversed(groups) if r[-1].last <= w.first), None)
        after = next((r for r in groups if r[0].first >= w.last), None)
        if before is None or after is None or after[0].first - w.last > TOGETHER_GAP \
                or not s.same_clause(before[-1].first, w.first):
            continue
        table = [*before, *after]
        if len(table) != len(named):
            continue  # "Macron met Xi together with von der Leyen": a host and two guests (see cross_pairs)
        return [(x, y, min(x.confidence, y.confidence)) for i, x in enumerate(table) for y in table[i + 1 :]
                if x.country != y.country]
    return []


def _object_of(s: Parsed, named: list[Mention], cues: list[CueAt]) -> bool:
    """Tell whether the first cue's verb has a leader for its object, right after it in its clause.

    "X, Y and Z met the Tunisian president": each met him, not one another. Where a German clause ends
    with its participle, the object stands right before it, outside the subjects' list: "X, Y und Z haben
    dort Präsident W getroffen".
    """
    c = cues[0]
    return any(c[1] <= m.first <= c[1] + _OBJECT_NEAR and s.same_clause(c[1] - 1, m.first) for m in named) \
        or _final_object(s, named, cues) is not None


def _final_object(s: Parsed, named: list[Mention], cues: list[CueAt]) -> Mention | None:
    """Return the object right before a German clause-final participle, outside the subjects' list.

    "X, Y und Z haben dort Präsident W getroffen": W, whom each of them met. Where every verb closes its
    clause (Hindi "मुर्मू और मोदी ने पुतिन का स्वागत किया"), likewise.
    """
    c = cues[0]
    # (a verb-final clause may close with an auxiliary after the cue: "स्वागत किया")
    end = c[1] + 1 if s.verb_final else c[1]
    if not (s.nouns_capitalized or s.verb_final) or not (c[1] == s.hi or end == s.hi or c[1] in s.marks
                                                         or end in s.marks):
        return None
    subjects = {id(m) for m in next(iter(runs(s, named, [])), [])}
    return next((m for m in named if id(m) not in subjects and 0 <= c[0] - m.last <= _OBJECT_NEAR
                 and s.same_clause(m.last - 1, c[0])), None)


def _same_clause(s: Parsed, x: Mention, y: Mention, named: list[Mention], refs: list[int]) -> bool:
    """Tell whether two leaders are in one clause, or one is the antecedent of the other's relative clause.

    "X, who met Y": X is what the clause is about; "X flew to Warsaw, where Y received him": a pronoun in
    the clause stands for X. A subordinate clause ("days after X spoke with Y") has no antecedent.
    """
    cx, cy = s.side_clause(x.first), s.side_clause(y.first)
    if cx != cy:
        for leader, clause in ((x, cy), (y, cx)):
            if clause is None:
                continue
            if _full_place_clause(s, leader, clause, named, refs):
                continue
            # a pronoun in a relative or "when" clause ("where Y received him", "when he was received by
            # Y"), not in a contrasting one with a subject of its own ("while Modi said he had spoken")
            if _antecedent(s, leader, clause[0], named) or (
                    leader.last <= clause[0] and any(clause[0] <= r < clause[1] for r in refs)
                    and any(m.first == clause[0] for m in (*s.words("relative"), *s.words("time_relatives")))
                    and not any(leader.last <= m.first < clause[0] for m in named)
                    and not _stop_host(s, leader, clause[0])):
                return True
            if leader.last <= clause[0] and _on_leaders_contact(s, leader, clause[0], clause[1], named):
                return True  # "X left after a meeting, in which Y accused him": the meeting's two parties
        # "زيارة X ...، والتي التقى خلالها Y": a clause on the thing x did, set off by a comma
        return cy is not None and (_oblique_relative(s, x, y, cy[0], named) or _first_to(s, x, cy[0], named))
    if s.separated(x.last - 1, y.first, ("relative",)):
        # a relative clause closed by a comma before y is no wall: "X said Koreans who suffered ... had
        # his sympathy, speaking after talks with Y"
        opener = min((m.first for m in s.words("relative") if x.last <= m.first < y.first
                      and not any(m.first < p <= y.first for p in s.marks)), default=None)
        # The separator may be a relative word ending x's own span; then no clause opens between them.
        return True if opener is None else (_antecedent(s, x, opener, named)
                                            or _oblique_relative(s, x, y, opener, named)
                                            or _first_to(s, x, opener, named)
                                            or _on_leaders_contact(s, x, opener, next(
                                                (p for p in s.marks if p > y.first), s.hi), named))
    return True


def _full_place_clause(s: Parsed, leader: Mention, clause: tuple[int, int], named: list[Mention],
                       refs: list[int]) -> bool:
    """Tell whether a place's "where" clause names both parties of its contact, neither of them leader.

    "Macron a salué la Chine, où Xi a reçu Lula", "X praised Brazil, where Y met Z": the clause has a
    subject before its cue and an object after it (leaders of other countries, no pronoun), so the leader
    whose place it is, before it, is no party ("X flew to Warsaw, where Y received him" has the pronoun; a
    verb-final clause with its subject left out, "ahol a francia elnök mellett ... is tárgyalt", names only
    partners before its verb).
    """
    start, end = clause
    if leader.last > start or not any(m.first == start for m in s.words("place_relatives")) \
            or any(start <= r < end for r in refs):
        return False
    inside = [m for m in named if start <= m.first < end]
    if any(m.leader_id == leader.leader_id for m in inside):
        return False
    return any(a.country != b.country and a.last <= c[0] and c[1] <= b.first
               for c in s.cues() if start <= c[0] < end for a in inside for b in inside)


def _with_counterparts(s: Parsed, named: list[Mention], chunks: list[Chunk],
                       cues: list[CueAt]) -> set[str | None]:
    """Return the subjects of "X and his counterparts of A, Y, and B, Z met": X, Y and Z.

    The first leader, "and", a possessive and a counterpart word, then a list of two or more leaders, all
    before the first cue (one counterpart after "and" is no list: "X y su homólogo Y" may be X's guest).
    """
    first = named[0]
    parts = runs(s, [m for m in named if m.last <= cues[0][0]], chunks)
    if len(parts) != 2 or parts[0] != [first] or len(parts[1]) < 2:
        return set()
    gap = range(first.last, parts[1][0].first)
    filled = {i for m in s.matches if any(isinstance(p, Place) or (isinstance(p, Word) and p.kind in (
        "counterparts", "fillers", "genitives")) for p in m.payloads) for i in range(m.first, m.last)}
    counterpart = any(isinstance(p, Word) and p.kind == "counterparts" for m in s.matches
                      if m.first in gap for p in m.payloads)
    if not counterpart or not any(s.tokens[j].form in LIST_WORDS for j in gap) \
            or not all(j in filled or s.tokens[j].form in LIST_WORDS or len(s.tokens[j].form) <= _POSSESSIVE
                       for j in gap):
        return set()
    return {m.leader_id for part in parts for m in part}


def _oblique_relative(s: Parsed, x: Mention, y: Mention, opener: int, named: list[Mention]) -> bool:
    """Tell whether a relative clause on a thing the main clause's leader did has that leader as subject.

    "Tebboune a effectué une visite en Chine, au cours de laquelle il a rencontré Xi", "Meloni è volata al
    Cairo per il vertice, a margine del quale ha avuto un bilaterale con al-Sisi": the relative word is
    led by a preposition (not the clause's subject), x opens the sentence's leaders, no other leader stands
    before y, and the clause's cue stands between its opener and y (its subject a pronoun or dropped).
    """
    led = any(w.last == opener for kind in ("genitives", "during") for w in s.words(kind))
    # "خلال اللقاء الذي جمعه ب Y" (during the meeting that brought him together with Y): the relative word
    # follows a contact noun that "during" leads, so the clause is about that meeting, its pronoun x
    led = led or any(c[1] == opener and any(0 <= c[0] - w.last <= 1 for w in s.words("during"))
                     for c in s.cues())
    # "زيارة X إلى أنقرة، والتي التقى خلالها Y" (the visit during which he met Y): "during it" right after
    # the clause's verb makes the clause about the visit, its subject the visitor
    led = led or any(opener < c[0] and c[1] == w.first and w.last <= y.first
                     for c in s.cues() for w in s.words("during"))
    return led and named[0] is x and not any(x.last <= m.first < y.first for m in named) \
        and any(opener < c[0] < y.first for c in s.cues())


# the words that may stand between a contact noun and the relative word of its clause: a preposition
# ("a meeting in which") or an adjective after the noun ("une rencontre houleuse
# au cours de laquelle"), and the kinds of words that lead the relative word ("во время которой")
_CONTACT_RELATIVE_GAP = 1
_RELATIVE_LEADS = ("during", "genitives", "fillers", "with_words")
_RELATIVE_OPENS = 3  # how far into its clause the relative word may stand ("в ходе которой")
_PRONOUN_KINDS = ("pronouns", "object_pronouns")


def contact_relative(s: Parsed, start: int, end: int, before: int) -> bool:
    """Tell whether the clause start..end is a relative clause on a contact noun that a pronoun of it shares.

    "X left after a tense meeting in which Y accused him", "X ... in a letter that he sent to Y", "после
    встречи, в ходе которой Y спорил с ним": the relative word follows a cue (a preposition or an adjective
    between), so the clause tells of that contact; its pronoun stands for the leader before it (before: that
    leader's last token, which stands before the cue) and the leader the clause names is the other party.
    """
    # (a relative word of two, "il quale", may begin before the clause its second word opens)
    rel = next((w.first for w in s.words("relative")
                if start < w.last and w.first <= start + _RELATIVE_OPENS), None)
    if rel is None or not (any(start <= w.first < end for kind in _PRONOUN_KINDS for w in s.words(kind))
                           or _object_clitic(s, rel + 1, end)):
        return False
    led = {j for kind in _RELATIVE_LEADS for w in s.words(kind) for j in range(w.first, w.last)}
    for c in s.cues():
        # (a comma may close the noun's phrase: "после встречи, в ходе которой", "une rencontre tendue, au
        # cours de laquelle": the words from it to the relative word all lead that word)
        if before <= c[0] and c[1] <= rel and not any(c[1] < p < rel and p != start
                                                      and not all(j in led for j in range(p, rel))
                                                      for p in s.marks) \
                and sum(1 for j in range(c[1], rel) if j not in led) <= _CONTACT_RELATIVE_GAP:
            return True
    return False


def _object_clitic(s: Parsed, start: int, end: int) -> bool:
    """Tell whether an object clitic stands in start..end: "durante il quale Trump lo ha accusato".

    A Romance clitic is also an article, so only one in lower case right before an auxiliary or a finite
    verb of the language's endings is the pronoun ("lo ha", "l'a", "lo acusó"); a Russian one after the
    verb is also a possessive, so only one before a clause mark, a capital or a short word (a preposition:
    "обвинил его в") is ("его визит" is his visit).
    """
    g = s.clitic_grammar
    if g is None:
        return False
    tokens, text = s.tokens, s.text
    for k in range(start, min(end, s.hi)):
        form = tokens[k].form
        nxt = k + 1
        if g.clitics is not None and form in g.clitics and nxt < s.hi and text[tokens[k].start].islower() \
                and (tokens[nxt].form in g.clitic_auxiliaries or _clitic_verb(s, nxt, g.clitic_endings)):
            return True
        if g.clitics_after is not None and form in g.clitics_after and k > start and len(form) > 1 and (
                phrase_ends(s, nxt) or len(tokens[nxt].form) <= _CLITIC_CLOSER):
            return True
    return False


def phrase_ends(s: Parsed, k: int) -> bool:
    """Tell whether a phrase ends before token k: the sentence's end, a clause mark or a capital.

    A pronoun that is also a possessive ("его", "o") is the pronoun only where its phrase ends.
    """
    return k >= s.hi or k in s.marks or not s.text[s.tokens[k].start].islower()


def _clitic_verb(s: Parsed, k: int, endings: tuple[str, ...]) -> bool:
    """Tell whether token k, as written, ends as a finite verb a clitic may lead alone ("acusó")."""
    return bool(endings) and s.text[s.tokens[k].start:s.tokens[k].end].endswith(endings)


_CLITIC_CLOSER = 2  # the longest word that closes a clitic's phrase as a preposition does ("в", "на", "с")


def _on_leaders_contact(s: Parsed, leader: Mention, start: int, end: int, named: list[Mention]) -> bool:
    """Tell whether the clause start..end is a relative clause on the leader's contact, no leader between."""
    return not any(leader.last <= m.first < start for m in named) \
        and contact_relative(s, start, end, leader.last)


_FIRST_PHRASE = 4  # "the first [foreign] leader [was] who": the words from "first" to the relative word
_COPULA_GAP = 3  # "X [has been the] first": the words between the leader and "first", dates aside


def _first_to(s: Parsed, x: Mention, opener: int, named: list[Mention]) -> bool:
    """Tell whether a relative clause is on x's predicate: "X was the first foreign leader who met Y".

    "X est le premier dirigeant étranger qui a rencontré Y", "X стал первым иностранным лидером, которого Y
    принял", "X نخستین رهبری بود که ...": a "first" leads the noun the relative word follows, x stands before
    it with no leader, cue or clause mark between, so the noun is what x was (a copula's predicate).
    """
    if not any(m.first <= opener < m.last for m in s.words("relative")):
        return False
    first = next((w.first for w in s.words("firsts") if x.last <= w.first < opener
                  and opener - w.first <= _FIRST_PHRASE), None)
    if first is None or any(x.last <= p <= first for p in s.marks):
        return False
    # (a copula and an article between, a date aside: not "X said that the first leader who met Y was Z")
    dated = s.dated()
    if sum(1 for j in range(x.last, first) if j not in dated) > _COPULA_GAP \
            or any(x.last <= w.first < first for kind in ("reporting", "complementizers", "subordinators")
                   for w in s.words(kind)):
        return False
    return not any(x.last <= m.first < opener for m in named) \
        and not any(x.last <= c[0] < opener for c in s.cues())


def _cues_about(s: Parsed, y: Mention, x: Mention, named: list[Mention], cues: list[CueAt]) -> bool:
    """Tell whether every cue sits in y's own relative clause, away from x: "X praised Y, who had met Z".

    X stands before the clause and outside it; the clause, opened right after y, is about y and a leader
    it names.
    """
    for c in cues:
        clause = s.side_clause(c[0])
        if clause is None or clause[0] <= x.first < clause[1] or y.last > clause[0]:
            return False
        if not _antecedent(s, y, clause[0], named):
            return False
        if not any(clause[0] <= m.first < clause[1] for m in named):
            return False  # "Y, with whom X held talks": the clause's subject may be x
    return True


def _dropped_subject(s: Parsed, x: Mention, y: Mention, chunks: list[Chunk], cues: list[CueAt],
                     named: Sequence[Mention] = ()) -> bool:
    """Tell whether y's side clause has no subject of its own, so the main clause's leader x is it.

    "Xi will return the visit in November, when [he] will hold a meeting with Bolsonaro": x stands before
    the clause, the clause's cue before y, and no person between the clause's opener and that cue. named:
    the sentence's leaders; the first (or one listed with it) is the main clause's subject, and the clause's
    subject dropped or a pronoun is his, not his object's ("X met Y, after talking with Z", "التقى X Y، بعد
    أن تحدث مع Z", "X traf Y, nachdem er mit Z telefoniert hatte": X talked with Z, Y did not).
    """
    clause = s.side_clause(y.first)
    if clause is None or s.side_clause(x.first) is not None or x.last > clause[0]:
        return False
    if not any(m.first == clause[0] for m in s.words("subordinators")) \
            or any(m.first == clause[0] for m in s.words("relative")):
        return False  # "Biden, who had met Zelensky": a relative clause has its own subject
    subject = _main_subject(s, x, clause[0], named, chunks)
    if subject is False:
        return False  # x is the main clause's object: the clause's subject is the one before it
    # "X and Y were received by Z, before continuing the talks with W" / "X met Z, and then with W": an
    # infinitive's or a bare "with"'s clause has no subject but the main clause's, whoever stands between
    carried = any(w.first == clause[0] + 1 for w in s.words("with_words")) and cues[0][0] < clause[0]
    inner = [c for c in cues if clause[0] <= c[0] < y.first]
    # "..., après un entretien avec X": a talk noun right after the subordinator has no subject either
    noun = bool(inner) and inner[0][0] - clause[0] <= _SUBORDINATE_NEAR
    main = subject or (x.last <= cues[0][0] and (
        carried or noun or any(m.first == clause[0] for m in s.words("subjectless"))))
    if not main and any(x.last <= c.first < clause[0] and (c.names or c.title) and not c.generic
                        for c in chunks):
        return False  # a leader nearer the clause may be its subject ("como presidente" is nobody)
    if not inner:
        # "..., when [he] held talks with Putin in the Kremlin" with the cue noun after its object
        # ("провёл с Путиным переговоры"): y is the object of a "with" and no one stands before it
        with_y = any(0 <= y.first - w.last <= 1 for w in s.words("with_words"))
        if not (with_y and (carried or any(y.last <= c[0] < clause[1] for c in cues))):
            return False
        return not _own_subject(clause[0], y.first, chunks, bool(subject))
    return not _own_subject(clause[0], inner[0][0], chunks, bool(subject))


def _main_subject(s: Parsed, x: Mention, opener: int, named: Sequence[Mention],
                  chunks: list[Chunk]) -> bool | None:
    """Tell whether x is the main clause's subject before a side clause: its first leader or listed with it.

    False when another leader leads the main clause and x is not listed with it (x is that leader's object);
    None when the sentence's leaders are not known.
    """
    if not named:
        return None
    lead = named[0]
    if lead is x:
        return True
    if lead.last > opener or s.side_clause(lead.first) is not None:
        return None
    return any(x in run and lead in run for run in runs(s, [m for m in named if m.last <= opener], chunks))


def _own_subject(opener: int, end: int, chunks: list[Chunk], carried: bool) -> bool:
    """Tell whether a person stands between a side clause's opener and its cue (or partner): its own subject.

    carried: the main clause's subject is the clause's, so a pronoun there stands for him ("nachdem er").
    """
    return any(opener <= c.first < end and (c.names or c.title or (c.pronoun and not carried))
               for c in chunks)


# how far after a relative word a pronoun of place ("فيها") may stand: the verb and an adverb between
_RESUMPTIVE_REACH = 3


def _antecedent(s: Parsed, x: Mention, opener: int, named: list[Mention]) -> bool:
    """Tell whether a leader is the antecedent of the relative clause opening at opener.

    A relative word right after the leader ("X, who", "X الذي", "X, a quien") makes the leader what the
    clause is about, and so do the relative clauses chained to that one with no other leader between
    ("X الذي حل ... حيث ..."). "X, в ходе которого" is about something else.
    """
    # the opener may be a phrase's last word ("il quale", "with whom": the clause's words start before it)
    # (German "X, der am Montag mit Y telefoniert hatte": an article-like pronoun after a comma)
    if x.last > opener or not s.relative_at(opener):
        return False
    # ("التي التقى فيها": a relative word whose verb "in it" follows is a "where")
    place = any(m.first == opener for m in s.words("place_relatives")) \
        or any(opener + 1 < r.first <= opener + _RESUMPTIVE_REACH for r in s.words("place_resumptives"))
    if place and _stop_host(s, x, opener):
        return False  # "..., où il avait rencontré Biya, puis au Bénin, où ...": Biya stayed at his stop
    # "X, Y and Z went to Tunis, where they were received by W": leaders listed with x share its clause
    inside = {i for m in named for i in range(m.first, m.last)}
    last = x
    for m in sorted((m for m in named if x.last <= m.first < opener), key=lambda m: m.first):
        if _linked(s, last.last, m.first, inside):
            last = m
            continue
        if place and _stop_host(s, m, opener):
            continue  # a trip told stop by stop: each stop's host is no subject of the next stop's clause
        side = s.side_clause(m.first)
        if place and side is not None and side[1] <= opener and side[0] >= x.last:
            # "Modi, qui a rencontré Poutine mardi, s'est ensuite rendu à Vienne, où il ...": a leader in a
            # relative clause on x, closed before the place's, is no subject of it
            continue
        # "X spoke with Y, then flew to Berlin, where he met Z": a partner after "with" is no subject of the
        # place's clause (unless a relative clause of its own leads there: "with Y, who arrived ..., where")
        if not (place and _partner(s, m, opener)):
            return False
    if place:
        return not _partner(s, x, opener)  # "X flew to Moscow, where he met Y": the clause is about X
    # "X, con il quale", "X, with whom": a preposition (and its article) may lead the relative word
    withs = {w.first for w in s.words("with_words")}
    if last.last <= opener <= last.last + _RELATIVE_NEXT and not any(m.first <= opener < m.last
                                                                     for m in s.words("relative")):
        return True  # (German's pronoun after a comma, no relative word: "X, der am Montag ...")
    return any(last.last <= m.first <= last.last + _RELATIVE_NEXT
               or (last.last in withs and m.first - last.last <= _RELATIVE_NEXT + 2
                   and all(len(s.tokens[j].form) <= 3 for j in range(last.last + 1, m.first)))
               for m in s.words("relative"))


def _stop_host(s: Parsed, m: Mention, opener: int) -> bool:
    """Tell whether a leader is the object met in an earlier place clause of a trip, before opener.

    "une tournée qui l'avait mené au Cameroun, où il avait rencontré Paul Biya, puis au Bénin, où ...":
    Biya stands after the cue of a clause opened by "where", and another "where" follows him.
    """
    return any(r.first < c[0] < m.first and s.same_clause(r.last, c[0])
               for r in s.words("place_relatives") if r.first < m.first for c in s.cues()) \
        and any(m.last <= r.first <= opener for r in s.words("place_relatives"))


def _partner(s: Parsed, m: Mention, opener: int) -> bool:
    """Tell whether a leader is named right after "with" (a partner) and heads no clause up to opener."""
    return any(0 <= m.first - w.last <= 1 for w in s.words("with_words")) \
        and not any(m.last <= r.first < opener for r in s.words("relative"))


def _listed(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt]) -> set[str | None]:
    """Return the leaders listed together before the first cue who did not meet one another.

    Before a visit word ("Macron, Scholz and Draghi arrived in Kyiv for a visit") they travelled
    together; before a meeting word ("X, Y and Z met", "X ve Y bir araya geldi") they met.
    """
    first = cues[0]
    out: set[str | None] = set()
    if not s.is_visit(first):
        return out
    before = [m for m in named if m.last <= first[0]]
    for run in runs(s, before, chunks):
        # (where the verb closes the clause, a leader between the list and the visit word is its object:
        # "मुर्मू और मोदी ने पुतिन का औपचारिक स्वागत किया", both welcomed Putin)
        if len(run) >= 2 and not (s.verb_final and before[-1].first >= run[-1].last):
            out.update(m.leader_id for m in run)
    if any(m.first < first[0] for m in named):
        return out
    # the verb first ("Церемонию посетили также X и Y"): the leaders listed after it, with no "with"
    # between, are its subjects, who came each on their own
    withs = [w.first for w in s.words("with_words")]
    for run in runs(s, [m for m in named if m.first >= first[1]], chunks):
        if len(run) >= 2 and not any(first[1] <= w < run[0].first for w in withs):
            out.update(m.leader_id for m in run)
    return out


def _one_run(s: Parsed, named: list[Mention], chunks: list[Chunk], x: Mention, y: Mention) -> bool:
    """Tell whether two leaders after the first stand in one list: "با روسای جمهور A و B، نخست وزیر C".

    The presidents of one plural title and the leader listed next to them are partners of the subject
    alike, not of one another (the plural title meets a leader outside its list: "the presidents of Poland
    and Lithuania met Zelensky").
    """
    spans = [{(m.first, m.last) for m in run} for run in runs(s, named[1:], chunks)]
    return any((x.first, x.last) in run and (y.first, y.last) in run for run in spans)


def listed(s: Parsed, named: list[Mention], chunks: list[Chunk]) -> set[str | None]:
    """Return the leaders of the first list of two or more ("X and Y", "X, Y and Z"), if there is one."""
    return next(({m.leader_id for m in run} for run in runs(s, named, chunks) if len(run) >= 2), set())


def runs(s: Parsed, named: list[Mention], chunks: list[Chunk]) -> list[list[Mention]]:
    """Split leaders into runs of ones listed together."""
    inside: set[int] = set()
    for c in chunks:  # (a plain loop: no comprehension's function object)
        inside.update(range(c.first, c.last))
    runs: list[list[Mention]] = []
    for m in named:
        if runs and (_linked(s, runs[-1][-1].last, m.first, inside) or _same_person(runs[-1][-1], m)):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _same_person(last: Mention, m: Mention) -> bool:
    """Tell whether a mention goes on with the leader just mentioned: his title, then his name.

    "Birleşik Arap Emirlikleri Devlet Başkanı Şeyh Muhammed bin Zayed": the title and the name are two
    mentions of one leader, a word apart; the list they stand in does not break between them.
    """
    return last.leader_id is not None and last.leader_id == m.leader_id and m.first - last.last <= _TITLE_GAP


# How many words (an honorific) may stand between a leader's title and his name read apart.
_TITLE_GAP = 1


def _linked(s: Parsed, a: int, b: int, inside: set[int]) -> bool:
    """Tell whether two leaders are listed: a comma or list word between, and nothing but names and titles.

    "X, Y and Z", "X et Y"; not "Merz von Präsident Macron empfangen".
    """
    if a == b < s.hi and _joined_and(s.tokens[b]):
        return True  # "נתניהו, מקרון ושולץ": Hebrew joins "and" to the next leader's first word
    if a < b <= a + _UNNAMED_WORDS and b < s.hi and _joined_and(s.tokens[b]) and _unread(s, a, b):
        # "ראש ממשלת ספרד פדרו סנצ'ס וראש ממשלת בלגיה": the words between are the first leader's name,
        # one the names file lacks (Hebrew has no capitals to tell a name by)
        return True
    words = [j for j in range(a, b) if s.tokens[j].form in LIST_WORDS and not _suffix(s, j)]
    listing = bool(words) or any(a <= p <= b for p in s.marks)
    if not listing:
        return False
    # "Los presidentes de Estados Unidos, X, y de México, Y": an article, "of" or a country may open the
    # next leader's title
    fillers = {i for m in s.matches if m.first < b and m.last > a for i in range(m.first, m.last)
               if any(isinstance(p, Place) or (isinstance(p, Word) and p.kind == "fillers")
                      for p in m.payloads)}
    return all(j in inside or j in words or j in fillers or _aside(s, j) or _title_opener(s, j, inside)
               for j in range(a, b))


def _title_opener(s: Parsed, j: int, inside: set[int]) -> bool:
    """Tell whether a capitalized word runs into a listed person's chunk: a body before his title, or a name.

    "Trump, NATO Genel Sekreteri Mark Rutte ve Macron": the body ("NATO", "Genel") is no part of the
    chunk, whose title word is read; nor are words of a long name the names file spells otherwise ("Şeyh
    Mişal El Ahmed El Cabir El Sabah"; in an uncased script, words nothing reads). The list goes on over that
    person, whether a leader or not.
    """
    i = j  # the first of the unread words j stands in
    while i > s.lo and s.tokens[i - 1].form not in LIST_WORDS and _unread_name(s, i - 1):
        i -= 1
    after_and = i > s.lo and s.tokens[i - 1].form in LIST_WORDS
    for k in range(j, min(j + _OPENER_WORDS, s.hi)):
        if k in inside:
            return k > j
        tok = s.tokens[k]
        if not s.text[tok.start:tok.start + 1].isupper() and not (after_and and _unread_name(s, k)):
            return False
    return False


def _unread_name(s: Parsed, k: int) -> bool:
    """Tell whether a word of an uncased script is read by nothing: a name the names file spells otherwise.

    "مارک روته دبیرکل ناتو و اورسولا فون در لاین رئیس کمیسیون اروپا": the name before the title, right
    after the list's "and" (elsewhere such words are as often a clause's verb or noun).
    """
    form = s.tokens[k].form
    return (arabic_script(form) or hebrew_script(form)) and not any(m.first <= k < m.last for m in s.matches)


# How many capitalized words may run into a listed person's chunk ("Avrupa Birliği Komisyonu Başkanı").
_OPENER_WORDS = 4


def _aside(s: Parsed, j: int) -> bool:
    """Tell whether a word stands alone in brackets: an age or a party after a name ("Trump (79)")."""
    tok = s.tokens[j]
    return tok.start > 0 and tok.end < len(s.text) and s.text[tok.start - 1] == "(" and s.text[tok.end] == ")"


# How many unread Hebrew words a leader's title may carry as his name before the next leader of a list.
_UNNAMED_WORDS = 3


def _unread(s: Parsed, a: int, b: int) -> bool:
    """Tell whether the words from a to b are Hebrew words no phrase of the lexicon or gazetteer reads."""
    return (all(hebrew_script(s.tokens[j].form) for j in range(a, b))
            and not any(m.first < b and m.last > a for m in s.matches))


def _joined_and(token: Token) -> bool:
    """Tell whether a word opens with a conjunction its keys read off: ו ("ושולץ"), و ("ورئيس")."""
    return token.form[:1] in _JOINED_ANDS and token.form[1:] in token.keys


# The conjunctions "and" the Hebrew and Arabic scripts write joined to the next word (ו, و).
_JOINED_ANDS = frozenset({"\u05d5", "\u0648"})


def _suffix(s: Parsed, j: int) -> bool:
    """Tell whether a token is a case suffix after an apostrophe ("Erdoğan'ı"), not a word of its own."""
    return s.tokens[j].start > 0 and s.text[s.tokens[j].start - 1] in "'’"


def _minister_subject(s: Parsed, named: list[Mention], chunks: list[Chunk], cues: list[CueAt]) -> bool:
    """Tell whether a minister or envoy, and no leader, stands before the first cue (its subject)."""
    first = cues[0][0]
    if named and min(map(_MENTION_FIRST, named)) < first:  # (in C: no generator per cue sentence)
        return False
    return any(c.minister and not c.title and c.first < first for c in chunks)
