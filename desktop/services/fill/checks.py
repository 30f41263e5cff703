"""The hard rules of ``check_assignment`` for many new rows of one shift at once.

The proposal weighs tens of thousands of candidates and its acceptance writes as many rows;
``check_assignment`` asks the database some five questions a row, minutes on the national
set. ``RowCheck`` asks them once for the shift, through the same readings (``duty.on_duty``:
the shifts ``duty.near`` counts, overlap and rest; ``availability.unavailable_people``: the
same period test; ``duty.IN_SERVICE``; the crew as ``duty.crew`` has it), then answers each
row from memory, counting the rows it was told were taken before it, so two rows of one
proposal never book one person twice. ``tests/desktop/test_fill_rules.py`` holds it to
``check_assignment``: every row it passes, ``check_assignment`` passes, and every row it
refuses, ``check_assignment`` refuses.

It answers with the rule broken, not the message: a row it refuses at acceptance is explained
by ``check_assignment`` itself (``accept``), so the user reads the one text of each rule.
Whether the roster is published is the caller's (once for the shift, not per row).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    AssignmentRole,
    Centre,
    Detachment,
    Person,
    Post,
    Shift,
    Vehicle,
    VehicleStatus,
)
from desktop.services import availability, duty, duty_rules
from desktop.services.findings import Rule


@dataclass(frozen=True, slots=True)
class Row:
    """What a proposed assignment names (the fields of an ``AssignmentInput`` the rules read)."""

    role: AssignmentRole
    centre_id: int | None = None
    post_id: int | None = None
    person_id: int | None = None
    detachment_id: int | None = None
    vehicle_id: int | None = None


@dataclass
class RowCheck:
    shift: Shift
    busy: duty.OnDuty
    away: frozenset[int]  # unavailable in the shift's hours
    active: Mapping[int, bool]  # by person id; a person not in it no longer exists
    vehicle_status: Mapping[int, VehicleStatus]
    crews: Mapping[int, frozenset[int]]  # by detachment id
    centres: Collection[int]  # the sites that exist
    posts: Collection[int]
    commanded: set[int] = field(default_factory=set)  # centres with a commander in the shift
    taken_people: set[int] = field(default_factory=set)
    taken_teams: set[int] = field(default_factory=set)
    taken_vehicles: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.commanded |= {r.centre_id for r in self.busy.in_shift
                           if r.role == AssignmentRole.CENTRE_COMMANDER and r.centre_id}

    # -- one at a time, for the proposal's pools ----------------------------------------

    def person_free(self, person_id: int) -> bool:
        """Active, not on duty at or near the shift, not unavailable, not taken already."""
        return (self.active.get(person_id, False) and person_id not in self.busy.people
                and person_id not in self.away and person_id not in self.taken_people)

    def team_free(self, detachment_id: int) -> bool:
        crew = self.crews.get(detachment_id)
        return (crew is not None and detachment_id not in self.taken_teams
                and self.busy.team_free(crew, detachment_id)
                and all(self.person_free(p) for p in crew))

    def vehicle_free(self, vehicle_id: int) -> bool:
        return (self.vehicle_status.get(vehicle_id) in duty.IN_SERVICE
                and vehicle_id not in self.busy.vehicles
                and vehicle_id not in self.taken_vehicles)

    # -- a whole row -------------------------------------------------------------------

    def errors(self, row: Row) -> list[Rule]:
        """The hard rules ``row`` would break, placed after the rows taken before it."""
        broken: list[Rule] = []
        if row.role is AssignmentRole.CENTRE_COMMANDER and (
                row.detachment_id is not None or row.centre_id is None
                or row.centre_id in self.commanded):
            broken.append(Rule.COMMANDER)
        if (row.centre_id is not None and row.centre_id not in self.centres) or (
                row.post_id is not None and row.post_id not in self.posts):
            broken.append(Rule.INACTIVE)  # the site is gone
        people = [row.person_id] if row.person_id is not None else []
        if row.detachment_id is not None:
            crew = self.crews.get(row.detachment_id)
            if crew is None:
                broken.append(Rule.INACTIVE)  # the detachment is gone
                crew = frozenset()
            people += sorted(crew)
            if (row.detachment_id in self.busy.detachments
                    or row.detachment_id in self.taken_teams):
                broken.append(Rule.OVERLAP)
        if any(not self.active.get(p, False) for p in people):
            broken.append(Rule.INACTIVE)
        if any(p in self.busy.people or p in self.taken_people for p in people):
            broken.append(Rule.OVERLAP)
        if any(p in self.away for p in people):
            broken.append(Rule.UNAVAILABLE)
        if row.vehicle_id is not None:
            if self.vehicle_status.get(row.vehicle_id) not in duty.IN_SERVICE:
                broken.append(Rule.OUT_OF_SERVICE)
            if row.vehicle_id in self.busy.vehicles or row.vehicle_id in self.taken_vehicles:
                broken.append(Rule.OVERLAP)
        return broken

    def take(self, row: Row) -> None:
        """Count ``row`` as placed: what it names is on duty now."""
        if row.person_id is not None:
            self.taken_people.add(row.person_id)
        if row.detachment_id is not None:
            self.taken_teams.add(row.detachment_id)
            self.taken_people.update(self.crews.get(row.detachment_id, ()))
        if row.vehicle_id is not None:
            self.taken_vehicles.add(row.vehicle_id)
        if row.role is AssignmentRole.CENTRE_COMMANDER and row.centre_id is not None:
            self.commanded.add(row.centre_id)


def _chunks(ids: Collection[int], size: int = 5_000) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[i:i + size] for i in range(0, len(ordered), size)]


def check_for(session: Session, shift: Shift, rows: Collection[Row]) -> RowCheck:
    """A ``RowCheck`` reading only the records ``rows`` name (acceptance of a proposal)."""
    busy = duty.on_duty(session, shift, duty_rules.minimum_rest(session))
    crews = duty.crews(session, {r.detachment_id for r in rows if r.detachment_id})
    existing = _existing_detachments(session, crews)
    crews = {i: crew for i, crew in crews.items() if i in existing}
    people = {r.person_id for r in rows if r.person_id} | {
        p for crew in crews.values() for p in crew}
    active: dict[int, bool] = {}
    for chunk in _chunks(people):
        active.update(session.execute(select(Person.id, Person.active)
                                      .where(Person.id.in_(chunk))).tuples().all())
    status: dict[int, VehicleStatus] = {}
    for chunk in _chunks({r.vehicle_id for r in rows if r.vehicle_id}):
        status.update(session.execute(select(Vehicle.id, Vehicle.status)
                                      .where(Vehicle.id.in_(chunk))).tuples().all())
    centres: set[int] = set()
    for chunk in _chunks({r.centre_id for r in rows if r.centre_id}):
        centres.update(session.scalars(select(Centre.id).where(Centre.id.in_(chunk))))
    posts: set[int] = set()
    for chunk in _chunks({r.post_id for r in rows if r.post_id}):
        posts.update(session.scalars(select(Post.id).where(Post.id.in_(chunk))))
    return RowCheck(shift, busy, availability.unavailable_people(session, shift), active,
                    status, crews, centres, posts)


def _existing_detachments(session: Session, crews: Mapping[int, object]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(crews):
        found.update(session.scalars(select(Detachment.id).where(Detachment.id.in_(chunk))))
    return found
