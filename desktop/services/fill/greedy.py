"""The proposal: a greedy pass over the shift's gaps, most urgent first.

1. *Rapid-response cover* for the centres whose minimum asks for it: an unmanned
   rapid-response post that reaches them (of their sector, or of an area holding them) gets a
   free detachment, which covers every centre it reaches; failing a post, a detachment goes to
   the centre itself. Detachments go first because they go out whole: a crew member drawn
   as a guard would keep the team in.
2. *A commander* (an officer from lieutenant to major) for each centre short of its minimum
   that has none, the uncovered centres first, then by risk.
3. *One guard* for each centre still with nobody, so no centre is left empty while others
   are topped up.
4. *Guards* up to each centre's minimum, the most dangerous centres first, and among those
   of one risk the nearest to their minimum (``Priority.RISK``, the default: where there are
   too few, a critical centre is guarded before a quiet one); or the nearest to their minimum
   first, whatever their risk (``Priority.MOST_CENTRES``: the most centres reach it).
5. *Vehicles* for the centres whose minimum asks for them, carried by a row proposed there
   or by a guard sent with it.
6. *Posts*: each checkpoint, patrol base or other post of the election's ground gets its
   crew (``POST_CREW``), each unmanned rapid-response post a free detachment.

Every candidate is drawn from the nearest pool first (``Ground.tiers``: home sector, the
sector's own unit, then the units of the same command) and, within it, the one with the
fewest hours of duty in the election: preference first, fairness within it.

Why greedy and not a solver: see the README (measured on the national set with
``tests/benchmarks/bench_fill.py``, beside OR-Tools CP-SAT on the same pools).
"""

from __future__ import annotations

import statistics
from collections.abc import Collection
from dataclasses import replace
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.models import AssignmentRole, PostKind, RiskLevel, Shift
from desktop.services import coverage, validation
from desktop.services.coverage import CentreCoverage, CoverageLevel
from desktop.services.fill.checks import Row
from desktop.services.fill.ground import Ground, Site, Strategy
from desktop.services.fill.plan import Preference, Proposal, ProposedRow, Shortfall, Spread
from desktop.services.fill.ranks import RankClass

# How many a post is manned with where nobody says otherwise (the settings hold a minimum per
# risk level for centres, none for posts): the crews the commands' plans give them.
POST_CREW = {PostKind.CHECKPOINT: 3, PostKind.PATROL_BASE: 2, PostKind.OTHER: 2}
_URGENCY = {RiskLevel.CRITICAL: 0, RiskLevel.HIGH: 1, RiskLevel.MEDIUM: 2, RiskLevel.LOW: 3}


class _Centre:
    """A centre's state as the pass goes: what it has, counting what was proposed."""

    __slots__ = ("base", "commander", "officers", "rapid", "rows", "site", "vehicles")

    def __init__(self, base: CentreCoverage, site: Site, commanded: bool) -> None:
        self.base, self.site = base, site
        self.officers, self.vehicles = base.officers, base.vehicles
        self.rapid = base.rapid_response
        self.commander = commanded
        self.rows: list[int] = []  # indexes into the pass's rows

    def coverage(self) -> CentreCoverage:
        return replace(self.base, officers=self.officers, vehicles=self.vehicles,
                       rapid_response=self.rapid)

    def short(self) -> bool:
        return self.coverage().level is not CoverageLevel.FULL

    def urgency(self) -> tuple:
        return (self.base.level is not CoverageLevel.NONE, _URGENCY[self.base.risk],
                self.base.centre_id)


class Priority(StrEnum):
    """Which centres get the guards first when there are too few for all (step 4)."""

    RISK = "risk"  # the most dangerous first: a critical centre before a quiet one
    MOST_CENTRES = "most_centres"  # the nearest to their minimum first: most centres reach it


class _Pass:
    def __init__(self, ground: Ground, centre_ids: Collection[int] | None,
                 priority: Priority = Priority.RISK) -> None:
        self.priority = priority
        self.g = ground
        check = ground.check
        chosen = set(centre_ids) if centre_ids is not None else None
        self.centres = [
            _Centre(cov, ground.centres[cid], cid in check.commanded)
            for cid, cov in ground.coverage.items()
            if (chosen is None or cid in chosen) and cov.level is not CoverageLevel.FULL]
        self.centres.sort(key=_Centre.urgency)
        self.fill_posts = centre_ids is None
        self.rows: list[tuple[Row, Preference, bool]] = []

    # -- placing -------------------------------------------------------------------------

    def _add(self, row: Row, preference: Preference, outside: bool) -> int:
        self.g.check.take(row)
        self.rows.append((row, preference, outside))
        return len(self.rows) - 1

    def _person(self, kind: RankClass, site: Site, role: AssignmentRole,
                vehicle_id: int | None = None) -> int | None:
        g = self.g
        found = g.draw(g.people[kind], site, g.check.person_free)
        if found is None:
            return None
        person, preference = found
        return self._add(Row(role, site.centre_id, site.post_id, person, None, vehicle_id),
                         preference, g.outside(g.person_unit.get(person), site))

    def _team(self, site: Site, role: AssignmentRole) -> int | None:
        g = self.g
        found = g.draw(g.teams, site, g.check.team_free)
        if found is None:
            return None
        team, preference = found
        return self._add(Row(role, site.centre_id, site.post_id, None, team),
                         preference, g.outside(g.team_unit.get(team), site))

    # -- the steps ---------------------------------------------------------------------

    def run(self) -> None:
        self._rapid_cover()
        for centre in self.centres:  # 2: a commander each
            if not centre.commander and centre.short():
                index = self._person(RankClass.COMMANDER, centre.site,
                                     AssignmentRole.CENTRE_COMMANDER)
                if index is not None:
                    centre.commander = True
                    self._placed(centre, index)
        for centre in self.centres:  # 3: nobody left alone
            if centre.officers == 0 and centre.base.officers_needed > 0:
                self._guard(centre)
        for centre in sorted(self.centres, key=self._order):
            while centre.officers < centre.base.officers_needed and self._guard(centre):
                pass
        for centre in self.centres:  # 5: vehicles
            while centre.vehicles < centre.base.vehicles_needed and self._vehicle(centre):
                pass
        if self.fill_posts:
            self._posts()

    def _order(self, centre: _Centre) -> tuple:
        risk, short = _URGENCY[centre.base.risk], centre.base.officers_needed - centre.officers
        if self.priority is Priority.MOST_CENTRES:
            return short, risk, centre.base.centre_id
        return risk, short, centre.base.centre_id

    def _placed(self, centre: _Centre, index: int) -> None:
        centre.rows.append(index)
        row = self.rows[index][0]
        if row.person_id is not None:
            centre.officers += 1
        if row.detachment_id is not None:
            centre.officers += len(self.g.check.crews.get(row.detachment_id, ()))
        if row.vehicle_id is not None:
            centre.vehicles += 1

    def _guard(self, centre: _Centre, vehicle_id: int | None = None) -> bool:
        index = self._person(RankClass.GUARD, centre.site, AssignmentRole.GUARD, vehicle_id)
        if index is None:
            return False
        self._placed(centre, index)
        return True

    def _vehicle(self, centre: _Centre) -> bool:
        g = self.g
        found = g.draw(g.vehicles, centre.site, g.check.vehicle_free)
        if found is None:
            return False
        vehicle, _ = found
        for index in centre.rows:
            row, preference, outside = self.rows[index]
            if row.vehicle_id is None and row.person_id is not None:
                carried = replace(row, vehicle_id=vehicle)
                self.rows[index] = (carried, preference, outside)
                g.check.take(carried)
                centre.vehicles += 1
                return True
        return self._guard(centre, vehicle)  # a driver sent with it

    def _reaching(self, centre: _Centre, post: Site) -> bool:
        return self._reaches(centre.site, post)

    def _reaches(self, centre: Site, post: Site) -> bool:
        """Whether a rapid-response post reaches a centre, as ``coverage`` counts it."""
        return coverage.rapid_reaches(centre.sector_id, centre.area_id,
                                      {post.sector_id} - {None}, {post.area_id} - {None},
                                      self.g.area_parent)

    def _rapid_posts(self) -> list[Site]:
        g = self.g
        return [site for pid, site in g.posts.items()
                if g.post_kind[pid] is PostKind.RAPID_RESPONSE and pid not in g.post_people]

    def _rapid_cover(self) -> None:
        wanting = [c for c in self.centres if c.base.rapid_response_needed and not c.rapid]
        unmanned = self._rapid_posts()
        for centre in wanting:
            if centre.rapid:
                continue
            for post in [p for p in unmanned if self._reaching(centre, p)]:
                if self._team(post, AssignmentRole.RAPID_RESPONSE) is not None:
                    unmanned.remove(post)
                    for other in wanting:
                        if self._reaching(other, post):
                            other.rapid = True
                    break
            if not centre.rapid:
                index = self._team(centre.site, AssignmentRole.RAPID_RESPONSE)
                if index is not None:
                    centre.rapid = True
                    self._placed(centre, index)

    def _posts(self) -> None:
        g = self.g
        for pid, site in sorted(g.posts.items()):
            kind = g.post_kind[pid]
            if kind is PostKind.RAPID_RESPONSE:
                if pid not in g.post_people and not any(
                        r.post_id == pid for r, _, _ in self.rows):
                    self._team(site, AssignmentRole.RAPID_RESPONSE)
                continue
            role = AssignmentRole.PATROL if kind is PostKind.PATROL_BASE \
                else AssignmentRole.CHECKPOINT
            for _ in range(POST_CREW[kind] - len(g.post_people.get(pid, ()))):
                if self._person(RankClass.GUARD, site, role) is None:
                    break

    # -- the result --------------------------------------------------------------------

    def proposal(self, shift: Shift) -> Proposal:
        g = self.g
        rows = tuple(ProposedRow(i, row, preference, outside, g.shift_hours)
                     for i, (row, preference, outside) in enumerate(self.rows, start=1))
        after_cov = dict(g.coverage)
        for centre in self.centres:
            after_cov[centre.base.centre_id] = centre.coverage()
        rapid_posts = [g.posts[r.post_id] for r, _, _ in self.rows
                       if r.role is AssignmentRole.RAPID_RESPONSE and r.post_id is not None]
        for centre_id, cov in after_cov.items():  # rapid cover a proposed post brings
            if cov.rapid_response_needed and not cov.rapid_response and any(
                    self._reaches(g.centres[centre_id], post) for post in rapid_posts):
                after_cov[centre_id] = replace(cov, rapid_response=True)
        placed = {r.person_id for r, _, _ in self.rows if r.person_id is not None}
        shortfalls = tuple(
            Shortfall(c.base.centre_id, None, *after_cov[c.base.centre_id].missing,
                      commander=not c.commander)
            for c in self.centres if after_cov[c.base.centre_id].level is not CoverageLevel.FULL)
        manned_after = set(g.post_people) | {r.post_id for r, _, _ in self.rows if r.post_id}
        return Proposal(
            shift.id, shift.election_id, g.published, rows,
            coverage.totals(g.coverage), coverage.totals(after_cov),
            {i: c.level for i, c in g.coverage.items()},
            {i: c.level for i, c in after_cov.items()},
            sum(p not in g.post_people for p in g.posts),
            sum(p not in manned_after for p in g.posts),
            _spread(g, set()), _spread(g, placed), shortfalls, after_cov)



def _spread(g: Ground, placed: set[int]) -> Spread:
    hours = [g.person_hours.get(p, 0.0) + (g.shift_hours if p in placed else 0.0)
             for p in g.eligible]
    if not hours:
        return Spread(0, 0.0, 0.0, 0.0)
    return Spread(len(hours), max(hours) - min(hours), statistics.pstdev(hours),
                  statistics.fmean(hours))


def propose(session: Session, shift_id: int, *, centre_ids: Collection[int] | None = None,
            priority: Priority = Priority.RISK,
            strategy: Strategy = Strategy.FAIR) -> Proposal:
    """What would cover the gaps of a shift, saving nothing: rows that break no hard rule
    (``RowCheck``), nearest first and the least-loaded first. ``centre_ids``: fill only these
    centres (the posts are left as they are); ``priority``: who gets the guards first when
    there are too few; ``strategy``: ``FIRST_FIT`` only to measure fairness against."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    work = _Pass(Ground(session, shift, strategy=strategy), centre_ids, Priority(priority))
    work.run()
    return work.proposal(shift)
