"""Everything the proposal weighs, read once for the shift: its centres and what each has
against its minimum, the posts of the election's ground, who and what is free, the units'
tree, and each person's hours of duty in the election.

About twenty queries whatever the size of the room; the national set (60,000 people, 8,000
centres) reads in well under a second. Then candidates are drawn from pools: per rank class,
one pool per sector (the people whose home it is, of the unit that holds it) and one per unit
(everyone of it or of a unit beneath it), each a heap ordered by hours of duty so far, so the
least-loaded free person of the nearest pool comes first in logarithmic time.

Who may be drawn is the bulk rule check's (``RowCheck.person_free`` and its kin); the rest is
preference. A detachment goes out whole, so its crew is not drawn one by one.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    Assignment,
    Centre,
    Detachment,
    ElectionCentre,
    Organisation,
    OrganisationKind,
    Person,
    Post,
    PostKind,
    RosterStatus,
    Sector,
    Shift,
    Vehicle,
)
from desktop.services import availability, coverage, duty, duty_rules
from desktop.services.coverage import CentreCoverage, lineage
from desktop.services.duty import as_text, plain_rows
from desktop.services.fill.checks import RowCheck
from desktop.services.fill.plan import Preference
from desktop.services.fill.ranks import RankClass, rank_classes

# How many more hours of duty someone nearer to a site may have done and still be preferred:
# one of the sector's own unit before a neighbour while the neighbour has not done three
# shifts more; a man of the sector itself before another of its unit while he has not done
# half a shift more. Preference first, but not at any price in fairness.
DISTANCE_HOURS = {Preference.HOME_SECTOR: 0.0, Preference.OWN_UNIT: 4.0,
                  Preference.NEIGHBOURING_UNIT: 24.0, Preference.ANYWHERE: 4.0}


class Strategy(StrEnum):
    FAIR = "fair"  # the fewest hours of duty first, weighed by distance
    FIRST_FIT = "first_fit"  # the nearest free person found first: what fairness is
    # measured against


@dataclass(frozen=True, slots=True)
class Site:
    centre_id: int | None
    post_id: int | None
    sector_id: int | None
    area_id: int | None


class _Pool:
    """A heap of (key, id) whose ids are dropped once the check no longer lets them go."""

    __slots__ = ("heap", "ready")

    def __init__(self) -> None:
        self.heap: list[tuple[float, int]] = []
        self.ready = False

    def first(self, free) -> tuple[float, int] | None:
        if not self.ready:
            heapq.heapify(self.heap)
            self.ready = True
        heap = self.heap
        while heap and not free(heap[0][1]):
            heapq.heappop(heap)
        return heap[0] if heap else None


class _Pools:
    """Pools of one kind of candidate: per sector (home), per unit (its subtree), all."""

    def __init__(self) -> None:
        self.home: dict[int, _Pool] = defaultdict(_Pool)
        self.unit: dict[int, _Pool] = defaultdict(_Pool)
        self.all = _Pool()

    def add(self, key: float, item: int, units: Iterable[int], home: int | None) -> None:
        entry = (key, item)
        self.all.heap.append(entry)
        for unit in units:
            self.unit[unit].heap.append(entry)
        if home is not None:
            self.home[home].heap.append(entry)


class Ground:
    """The shift as the proposal sees it. ``centre_ids``: only these centres are filled (the
    board's selection); the totals still count every centre of the shift's election."""

    def __init__(self, session: Session, shift: Shift, *,
                 strategy: Strategy = Strategy.FAIR) -> None:
        self.shift = shift
        self.published = shift.roster_status is RosterStatus.PUBLISHED
        begins, ends = duty.span(shift)
        self.shift_hours = (ends - begins).total_seconds() / 3600
        rest = duty_rules.minimum_rest(session)
        busy = duty.on_duty(session, shift, rest)
        self._units(session)
        self._sites(session)
        people = plain_rows(session, select(Person.id, Person.active, Person.rank_id,
                                            Person.organisation_id, Person.home_sector_id))
        vehicles = plain_rows(session, select(Vehicle.id, as_text(Vehicle.status).label(
            "status"), Vehicle.organisation_id))
        teams = plain_rows(session, select(Detachment.id, Detachment.organisation_id))
        crews = duty.crews(session, [t.id for t in teams])
        self.check = RowCheck(
            shift, busy, availability.unavailable_people(session, shift),
            {p.id: bool(p.active) for p in people}, {v.id: v.status for v in vehicles}, crews,
            set(self.centres), set(self.posts))
        self.coverage: dict[int, CentreCoverage] = coverage.for_shift(session, shift.id)
        self._manning(busy, crews)
        self.person_hours, self.vehicle_hours = self._hours(session, shift.election_id)
        self.person_unit = {p.id: p.organisation_id for p in people}
        self.team_unit = {t.id: t.organisation_id for t in teams}
        classes = rank_classes(session)
        in_teams = {p for crew in crews.values() for p in crew}
        first_fit = strategy is Strategy.FIRST_FIT
        self.people = {RankClass.COMMANDER: _Pools(), RankClass.GUARD: _Pools()}
        within_reach = self._within_reach()
        self.eligible: list[int] = []  # whose hours the spread is of
        for p in people:
            kind = classes.get(p.rank_id) if p.rank_id is not None else None
            if kind not in self.people or p.id in in_teams or not self.check.person_free(p.id):
                continue
            if within_reach(p.organisation_id, p.home_sector_id):
                self.eligible.append(p.id)
            key = 0.0 if first_fit else self.person_hours.get(p.id, 0.0)
            home = p.home_sector_id if self._at_home(p.organisation_id,
                                                    p.home_sector_id) else None
            self.people[kind].add(key, p.id, self._reach(p.organisation_id), home)
        self.vehicles = _Pools()
        for v in vehicles:
            if self.check.vehicle_free(v.id):
                key = 0.0 if first_fit else self.vehicle_hours.get(v.id, 0.0)
                self.vehicles.add(key, v.id, self._reach(v.organisation_id), None)
        self.teams = _Pools()
        for t in teams:
            if self.check.team_free(t.id):
                self.teams.add(0.0, t.id, self._reach(t.organisation_id), None)

    # -- reading -----------------------------------------------------------------------

    def _units(self, session: Session) -> None:
        rows = plain_rows(session, select(Organisation.id, Organisation.parent_id,
                                          as_text(Organisation.kind).label("kind")))
        self.unit_parent = {r.id: r.parent_id for r in rows}
        self.unit_kind = {r.id: r.kind for r in rows}
        self.sector_unit = dict(plain_rows(session, select(Sector.id, Sector.organisation_id)))
        self._reaches: dict[int | None, tuple[int, ...]] = {None: ()}
        self._above: dict[int, frozenset[int]] = {}
        self._tiers: dict[tuple[int, int | None], list[tuple[Preference, _Pool]]] = {}

    def _sites(self, session: Session) -> None:
        shift = self.shift
        self.centres = {r.id: Site(r.id, None, r.sector_id, r.area_id) for r in plain_rows(
            session, select(Centre.id, Centre.sector_id, Centre.area_id)
            .join(ElectionCentre, ElectionCentre.centre_id == Centre.id)
            .where(ElectionCentre.election_id == shift.election_id))}
        self.area_parent = dict(plain_rows(session, select(AdministrativeArea.id,
                                                           AdministrativeArea.parent_id)))
        sectors = {s.sector_id for s in self.centres.values() if s.sector_id is not None}
        areas = {a for s in self.centres.values() for a in lineage(s.area_id, self.area_parent)}
        self.posts: dict[int, Site] = {}
        self.post_kind: dict[int, PostKind] = {}
        for r in plain_rows(session, select(Post.id, as_text(Post.kind).label("kind"),
                                            Post.sector_id, Post.area_id)):
            # the posts of the election's ground: in a sector of its centres, or (a post of no
            # sector, such as a governorate's rapid-response force) in an area holding one
            if r.sector_id in sectors or (r.sector_id is None and r.area_id in areas):
                self.posts[r.id] = Site(None, r.id, r.sector_id, r.area_id)
                self.post_kind[r.id] = PostKind(r.kind)

    def _manning(self, busy: duty.OnDuty, crews) -> None:
        """Who is at each post in the shift already."""
        self.post_people: dict[int, set[int]] = defaultdict(set)
        self.post_teams: dict[int, int] = defaultdict(int)
        for r in busy.in_shift:
            if r.post_id is None:
                continue
            if r.person_id is not None:
                self.post_people[r.post_id].add(r.person_id)
            if r.detachment_id is not None:
                self.post_teams[r.post_id] += 1
                self.post_people[r.post_id].update(crews.get(r.detachment_id, ()))

    def _hours(self, session: Session, election_id: int) -> tuple[dict[int, float],
                                                                  dict[int, float]]:
        """Hours of duty each person (alone or of a crew) and each vehicle has in the
        election's shifts: summed by the database, each shift's length (``duty.span``, in
        minutes) given to it, so a row comes back per person rather than per duty."""
        minutes = {}
        for s in session.scalars(select(Shift).where(Shift.election_id == election_id)):
            begins, ends = duty.span(s)
            minutes[s.id] = int((ends - begins).total_seconds() // 60)
        if not minutes:
            return {}, {}
        length = case(*((Assignment.shift_id == i, m) for i, m in minutes.items()), else_=0)
        ours = Assignment.shift_id.in_(list(minutes))

        def summed(column) -> dict[int, float]:
            return defaultdict(float, {key: total / 60 for key, total in plain_rows(
                session, select(column, func.sum(length)).where(ours, column.is_not(None))
                .group_by(column))})

        people, vehicles = summed(Assignment.person_id), summed(Assignment.vehicle_id)
        teams = summed(Assignment.detachment_id)
        for team, crew in duty.crews(session, teams).items():
            for member in crew:
                people[member] += teams[team]
        return people, vehicles

    # -- the units' tree ---------------------------------------------------------------

    def _reach(self, unit: int | None) -> tuple[int, ...]:
        """The unit and those above it up to its command: the pools a member of it is in. The
        ministry above the commands is no pool: the proposal does not send a policeman of one
        governorate to guard a school in another."""
        found = self._reaches.get(unit)
        if found is None:
            chain = []
            for u in lineage(unit, self.unit_parent):
                if self.unit_kind.get(u) == OrganisationKind.MINISTRY:
                    break
                chain.append(u)
            found = self._reaches[unit] = tuple(chain)
        return found

    def _within_reach(self):
        """Whether someone of a unit and home sector is in a pool some site of the election
        draws on (a policeman of another command is no candidate, and his hours are not
        among those the proposal spreads)."""
        sites = [*self.centres.values(), *self.posts.values()]
        holders = {self.sector_unit.get(s.sector_id) if s.sector_id is not None else None
                   for s in sites}
        if None in holders:
            return lambda unit, home: True
        units = {u for h in holders for u in (self._reach(h) or (h,))}
        sectors = {s.sector_id for s in sites}
        return lambda unit, home: home in sectors or not units.isdisjoint(self._reach(unit))

    def within(self, unit: int | None, holder: int) -> bool:
        """``unit`` is the sector's ``holder`` or beneath it (``organisation_findings``)."""
        if unit is None:
            return False
        above = self._above.get(unit)
        if above is None:
            above = self._above[unit] = frozenset(lineage(unit, self.unit_parent))
        return holder in above

    def _at_home(self, unit: int | None, sector: int | None) -> bool:
        """A person's home sector counts where they are of the unit holding it (or of none
        recorded): someone of another unit living there is that unit's to send."""
        if sector is None:
            return False
        holder = self.sector_unit.get(sector)
        return holder is None or unit is None or self.within(unit, holder)

    def outside(self, unit: int | None, site: Site) -> bool:
        """Whether ``check_assignment`` warns of someone of ``unit`` at ``site``."""
        holder = self.sector_unit.get(site.sector_id) if site.sector_id is not None else None
        return holder is not None and unit is not None and not self.within(unit, holder)

    # -- drawing -----------------------------------------------------------------------

    def tiers(self, pools: _Pools, site: Site) -> list[tuple[Preference, _Pool]]:
        """The pools to draw from for a site, nearest first (the same for every site of one
        sector)."""
        key = (id(pools), site.sector_id)
        found = self._tiers.get(key)
        if found is None:
            found = self._tiers[key] = self._tiers_of(pools, site)
        return found

    def _tiers_of(self, pools: _Pools, site: Site) -> list[tuple[Preference, _Pool]]:
        holder = self.sector_unit.get(site.sector_id) if site.sector_id is not None else None
        if holder is None:
            found = [(Preference.HOME_SECTOR, pools.home[site.sector_id])] \
                if site.sector_id is not None and site.sector_id in pools.home else []
            return [*found, (Preference.ANYWHERE, pools.all)]
        chain = self._reach(holder) or (holder,)
        found = [(Preference.HOME_SECTOR, pools.home[site.sector_id])] \
            if site.sector_id in pools.home else []
        found.append((Preference.OWN_UNIT, pools.unit[chain[0]]))
        found += [(Preference.NEIGHBOURING_UNIT, pools.unit[u]) for u in chain[1:]
                  if u in pools.unit]
        return found

    def draw(self, pools: _Pools, site: Site, free) -> tuple[int, Preference] | None:
        """The candidate whose hours of duty, weighed by how far they come from
        (``DISTANCE_HOURS``), are the fewest; nearer first among equals."""
        best: tuple[float, int, Preference] | None = None
        for preference, pool in self.tiers(pools, site):
            found = pool.first(free)
            if found is not None:
                cost = found[0] + DISTANCE_HOURS[preference]
                if best is None or cost < best[0]:
                    best = (cost, found[1], preference)
        return (best[1], best[2]) if best is not None else None
