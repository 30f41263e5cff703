"""The same gaps filled by OR-Tools CP-SAT, for ``bench_fill`` to set beside the greedy pass.

Not part of the program (the greedy pass was chosen: see the README); kept so the choice can
be measured again. It reads the shift as the greedy pass does (``fill.ground.Ground``: the
same free people, pools and hours), so the two differ only in how they choose:

- a slot per missing officer of each centre short of its minimum (a commander's slot where it
  has none), and a slot per missing vehicle;
- each slot's candidates: the ``2 × missing + EXTRA`` cheapest of the centre's pools, a
  candidate's cost being their hours of duty plus ``DISTANCE_HOURS`` (the greedy pass's own
  weighing); commanders from the commanders' ranks, guards from the guards';
- nobody in two places, a centre never above its minimum, a vehicle only with someone sent
  to the centre;
- objective, lexicographic through weights: most centres brought to their minimum, then most
  slots filled (the more dangerous centre first), then the least-loaded person's load kept
  lowest (the maximum hours of anyone sent), then the least total cost.

One model per command (no one crosses commands, so they are independent), solved with the
machine's two workers and a time limit per command. Rapid-response cover and the posts are
left to the greedy pass's figures (a few dozen detachments; they change neither method's
people).
"""

from __future__ import annotations

import heapq
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from desktop.models import AssignmentRole, RiskLevel, Shift
from desktop.services import coverage
from desktop.services.coverage import CoverageLevel
from desktop.services.fill.ground import DISTANCE_HOURS, Ground
from desktop.services.fill.ranks import RankClass

EXTRA = 5
_WEIGHT = {RiskLevel.CRITICAL: 4, RiskLevel.HIGH: 3, RiskLevel.MEDIUM: 2, RiskLevel.LOW: 1}


@dataclass(frozen=True)
class Solved:
    seconds: float
    build_seconds: float
    rows: int
    variables: int
    totals: coverage.Totals
    spread: float
    deviation: float
    status: str


def _with(found: list[tuple[int, int]], forced: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` and the ``forced`` candidates (a hint's choices) not among them."""
    have = {item for _, item in found}
    return found + [pair for pair in forced if pair[1] not in have]


def _hinted(ground: Ground, hint) -> tuple[dict, dict]:
    """A greedy proposal's choices by centre, as candidates (cost in minutes, id): people
    under ("commander" | "guard", centre), vehicles under the centre. Added to the windows,
    they make the hint a solution of the model, so the search starts from it and can only
    improve on it."""
    people: dict = defaultdict(list)
    vehicles: dict = defaultdict(list)
    if hint is None:
        return people, vehicles
    for row in hint.rows:
        if row.centre_id is None:
            continue  # posts and rapid-response cover: left to the greedy figures
        cost = round((ground.person_hours.get(row.person_id, 0.0)
                      + DISTANCE_HOURS[row.preference]) * 60) if row.person_id else 0
        if row.person_id is not None:
            kind = "commander" if row.role is AssignmentRole.CENTRE_COMMANDER else "guard"
            people[(kind, row.centre_id)].append((cost, row.person_id))
        if row.vehicle_id is not None:
            vehicles[row.centre_id].append((0, row.vehicle_id))
    return people, vehicles


def _candidates(ground: Ground, kind, site, count: int, cache: dict,
                offsets: dict) -> list[tuple[int, int]]:
    """``count`` cheap free candidates of a site's pools: (cost in minutes, id). The centres
    drawing on one pool take successive windows of it (each ``count`` long, starting where
    the previous centre's need ended), so together they can reach as many people as they
    need, and neighbouring windows overlap for the solver to trade."""
    merged: dict[int, float] = {}
    for preference, pool in ground.tiers(kind, site):
        ordered = cache.get(id(pool))
        if ordered is None:
            ordered = cache[id(pool)] = sorted(pool.heap)
        start = offsets.get(id(pool), 0)
        offsets[id(pool)] = start + max(1, (count - EXTRA) // 2)
        for hours, item in ordered[start:start + count]:
            cost = hours + DISTANCE_HOURS[preference]
            if cost < merged.get(item, float("inf")):
                merged[item] = cost
    best = heapq.nsmallest(count, merged.items(), key=lambda kv: (kv[1], kv[0]))
    return [(round(cost * 60), item) for item, cost in best]


def _command_of(ground: Ground, site) -> int | None:
    holder = ground.sector_unit.get(site.sector_id) if site.sector_id is not None else None
    chain = ground._reach(holder) if holder is not None else ()
    return chain[-1] if chain else None


def solve(session: Session, shift_id: int, *, seconds_per_command: float = 5.0,
          rapid_after: dict[int, bool] | None = None, hint=None) -> Solved:
    """``hint``: a greedy proposal to start the search from: its choices are added to the
    candidates, so it is a solution of the model and CP-SAT can only improve on it."""
    from ortools.sat.python import cp_model

    started = time.perf_counter()
    shift = session.get(Shift, shift_id)
    ground = Ground(session, shift)
    check = ground.check
    wanting = [(cid, cov) for cid, cov in ground.coverage.items()
               if cov.level is not CoverageLevel.FULL]
    by_command: dict[int | None, list] = defaultdict(list)
    for cid, cov in wanting:
        by_command[_command_of(ground, ground.centres[cid])].append((cid, cov))
    cache: dict = {}
    offsets: dict = {}
    hinted = {(r.centre_id, r.person_id) for r in hint.rows} if hint is not None else set()
    hinted_vehicles = {(r.centre_id, r.vehicle_id) for r in hint.rows} if hint else set()
    forced_people, forced_vehicles = _hinted(ground, hint)
    hinted_here = Counter(cid for cid, person in hinted if person is not None)
    cars_here = Counter(cid for cid, vehicle in hinted_vehicles if vehicle is not None)
    hinted_people = {person for _, person in hinted if person is not None}
    added_people: dict[int, int] = defaultdict(int)
    added_vehicles: dict[int, int] = defaultdict(int)
    placed: set[int] = set()
    build = 0.0
    variables = 0
    statuses = []
    for centres in by_command.values():
        t0 = time.perf_counter()
        model = cp_model.CpModel()
        uses: dict[int, list] = defaultdict(list)  # person → their pair variables
        vuses: dict[int, list] = defaultdict(list)
        costs, loads, full_terms, slot_terms = [], {}, [], []
        pairs: list[tuple[int, int, object]] = []
        vpairs: list[tuple[int, int, object]] = []
        for cid, cov in centres:
            site = ground.centres[cid]
            missing = max(0, cov.officers_needed - cov.officers)
            filled = []
            if missing and cid not in check.commanded:
                for cost, person in _with(_candidates(
                        ground, ground.people[RankClass.COMMANDER], site, 1 + EXTRA, cache,
                        offsets), forced_people[("commander", cid)]):
                    var = model.NewBoolVar("")
                    uses[person].append(var)
                    filled.append(var)
                    costs.append(cost * var)
                    pairs.append((cid, person, var))
                if filled:
                    model.Add(sum(filled) <= 1)
            guards = []
            if missing:
                for cost, person in _with(_candidates(
                        ground, ground.people[RankClass.GUARD], site, 2 * missing + EXTRA,
                        cache, offsets), forced_people[("guard", cid)]):
                    var = model.NewBoolVar("")
                    uses[person].append(var)
                    guards.append(var)
                    costs.append(cost * var)
                    pairs.append((cid, person, var))
            people = filled + guards
            if people:
                model.Add(sum(people) <= missing)
            vmissing = max(0, cov.vehicles_needed - cov.vehicles)
            cars = []
            if vmissing:
                for _, vehicle in _with(_candidates(ground, ground.vehicles, site,
                                                    vmissing + EXTRA, cache, offsets),
                                        forced_vehicles[cid]):
                    var = model.NewBoolVar("")
                    vuses[vehicle].append(var)
                    cars.append(var)
                    vpairs.append((cid, vehicle, var))
                if cars:
                    model.Add(sum(cars) <= vmissing)
                    model.Add(sum(cars) <= sum(people) if people else sum(cars) == 0)
            full = model.NewBoolVar("")
            if missing:
                model.Add(sum(people) >= missing).OnlyEnforceIf(full) if people \
                    else model.Add(full == 0)
            if vmissing:
                model.Add(sum(cars) >= vmissing).OnlyEnforceIf(full) if cars \
                    else model.Add(full == 0)
            rapid_short = cov.rapid_response_needed and not (rapid_after or {}).get(
                cid, cov.rapid_response)
            if rapid_short:
                model.Add(full == 0)
            if hint is not None:  # the hint whole, so the solver need not complete it
                model.AddHint(full, not rapid_short
                              and hinted_here[cid] >= missing and cars_here[cid] >= vmissing)
            full_terms.append(full)
            slot_terms += [_WEIGHT[cov.risk] * v for v in people]
        top = model.NewIntVar(0, 10_000, "")
        for person, vars_ in uses.items():
            model.Add(sum(vars_) <= 1)
            load = round((ground.person_hours.get(person, 0.0) + ground.shift_hours) * 60)
            loads[person] = load
            model.Add(top >= load * sum(vars_))
        for vars_ in vuses.values():
            model.Add(sum(vars_) <= 1)
        if hint is not None:
            model.AddHint(top, max((loads[p] for p in uses if p in hinted_people),
                                   default=0))
            for cid, person, var in pairs:
                model.AddHint(var, (cid, person) in hinted)
            for cid, vehicle, var in vpairs:
                model.AddHint(var, (cid, vehicle) in hinted_vehicles)
        model.Maximize(10**9 * sum(full_terms) + 10**6 * sum(slot_terms)
                       - 100 * top - sum(costs))
        build += time.perf_counter() - t0
        variables += len(pairs) + len(vpairs)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = seconds_per_command
        solver.parameters.num_workers = 2
        status = solver.Solve(model)
        statuses.append(solver.StatusName(status))
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            continue
        for cid, person, var in pairs:
            if solver.Value(var):
                added_people[cid] += 1
                placed.add(person)
        for cid, _, var in vpairs:
            if solver.Value(var):
                added_vehicles[cid] += 1
    after = dict(ground.coverage)
    for cid, cov in wanting:
        after[cid] = replace(cov, officers=cov.officers + added_people[cid],
                             vehicles=cov.vehicles + added_vehicles[cid],
                             rapid_response=(rapid_after or {}).get(cid, cov.rapid_response))
    hours = [ground.person_hours.get(p, 0.0) + (ground.shift_hours if p in placed else 0.0)
             for p in ground.eligible]
    rows = len(placed) + sum(added_vehicles.values())
    return Solved(time.perf_counter() - started, build, rows, variables,
                  coverage.totals(after), max(hours) - min(hours) if hours else 0.0,
                  statistics.pstdev(hours) if hours else 0.0,
                  ",".join(sorted(set(statuses))))
