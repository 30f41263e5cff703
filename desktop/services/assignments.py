"""Putting named officers, detachments and vehicles on centres and posts, shift by shift.

Nobody, no detachment and no vehicle is in two places at once (``desktop.services.duty``).
The rule is checked by reading and kept by writing, so two workstations on one PostgreSQL
server could each read "free" and each write. It is closed with advisory locks
(``desktop.services.locks``): before its check, a unit of work locks the shift (shared), the
detachment, every person (alone or of the crew) and the vehicle it puts on duty; the second
of two that touch the same one waits, then reads what the first wrote.

Why not an exclusion constraint (``btree_gist``, ``EXCLUDE USING gist (person_id WITH =,
tsrange(starts, ends) WITH &&)``), the database's own guarantee? It compares one row's own
columns with another's: each assignment would have to carry its shift's hours (copied, and
kept in step when a shift moves) and every member of a detachment on duty as a row of its own
(kept in step when the crew changes), and the SQLite file would still need the check in
Python. The rule would then live in three places, two of them copies. The locks keep it in one
place, the check here, on both engines; what they ask in return is that every writer that can
put someone on duty takes them: ``assign``, ``update_assignment``, ``shifts.update_shift``,
``detachments.update_detachment``, ``vehicles.update_vehicle`` and ``people.update_person``
(a person's active flag) do.

Shifts, detachments and vehicles have modules of their own; their names are kept here too for
the callers that import them from this one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    AssignmentRole,
    Centre,
    Detachment,
    Person,
    Post,
    Shift,
    Vehicle,
)
from desktop.services import audit, duty, permissions, validation
from desktop.services.actor import Actor
from desktop.services.detachments import DetachmentInput, create_detachment, update_detachment
from desktop.services.duty import IN_SERVICE
from desktop.services.errors import Invalid
from desktop.services.shifts import ShiftInput, create_shift, update_shift
from desktop.services.vehicles import VehicleInput, create_vehicle, update_vehicle

__all__ = [
    "IN_SERVICE", "AssignmentInput", "DetachmentInput", "ShiftInput", "VehicleInput", "assign",
    "create_detachment", "create_shift", "create_vehicle", "unassign", "update_assignment",
    "update_detachment", "update_shift", "update_vehicle",
]


@dataclass
class AssignmentInput:
    shift_id: int
    role: AssignmentRole | str
    centre_id: int | None = None
    post_id: int | None = None
    person_id: int | None = None
    detachment_id: int | None = None
    vehicle_id: int | None = None
    notes: str | None = None


def _id(value: int | None, what: str) -> int | None:
    return validation.identifier(value, what) if value is not None else None


def _lock(session: Session, data: AssignmentInput) -> None:
    """The duty locks of what ``data`` puts on duty, in their order: the shift (shared), the
    detachment, then its crew as read under that lock and the person, then the vehicle."""
    detachment_id = _id(data.detachment_id, "Detachment")
    duty.lock_duty(session, shared_shifts=[validation.identifier(data.shift_id, "Shift")],
                   detachments=[detachment_id])
    team = session.get(Detachment, detachment_id) \
        if detachment_id and 0 < detachment_id <= validation.INT_MAX else None
    crew = [p.id for p in duty.crew(team)] if team is not None else []
    duty.lock_duty(session, people=[_id(data.person_id, "Person"), *crew],
                   vehicles=[_id(data.vehicle_id, "Vehicle")])
    if team is not None:
        duty.fresh(session, duty.crew(team))


def _check(session: Session, data: AssignmentInput,
           ignore: set[int]) -> tuple[Shift, AssignmentRole]:
    """The input as it will be stored, or the first rule it breaks (the duty locks held)."""
    shift = validation.required(session, Shift, data.shift_id, "Shift")
    role = validation.choice(AssignmentRole, data.role, "Role")
    if (data.centre_id is None) == (data.post_id is None):
        raise Invalid("An assignment is to one centre or one post.")
    if (data.person_id is None) == (data.detachment_id is None):
        raise Invalid("An assignment is of one person or one detachment.")
    validation.existing(session, Centre, data.centre_id, "Centre")
    validation.existing(session, Post, data.post_id, "Post")
    detachment = validation.existing(session, Detachment, data.detachment_id, "Detachment")
    person = validation.existing(session, Person, data.person_id, "Person")
    vehicle = validation.existing(session, Vehicle, data.vehicle_id, "Vehicle")
    overlapping = duty.overlapping(session, shift)
    if person is not None:
        if not person.active:
            raise Invalid("{name} is no longer active and cannot be assigned.",
                          name=person.full_name_ar)
        duty.person_is_free(session, shift, overlapping, person, ignore=ignore)
    if detachment is not None:
        duty.on_duty(detachment)
        duty.detachment_is_free(session, shift, overlapping, detachment, ignore=ignore)
    if vehicle is not None:
        duty.in_service(vehicle)
        duty.vehicle_is_free(session, shift, overlapping, vehicle, ignore=ignore)
    return shift, role


def _write(assignment: Assignment, data: AssignmentInput, shift: Shift,
           role: AssignmentRole) -> None:
    assignment.shift_id, assignment.role = shift.id, role
    assignment.centre_id, assignment.post_id = data.centre_id, data.post_id
    assignment.person_id, assignment.detachment_id = data.person_id, data.detachment_id
    assignment.vehicle_id = data.vehicle_id
    assignment.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)


def assign(session: Session, actor: Actor, data: AssignmentInput) -> Assignment:
    """Place one person or detachment at one centre or post for a shift."""
    permissions.require(actor, permissions.DEPLOYMENT)
    _lock(session, data)
    shift, role = _check(session, data, set())
    assignment = Assignment()
    _write(assignment, data, shift, role)
    session.add(assignment)
    audit.record(session, actor, "create", assignment)
    return assignment


def update_assignment(session: Session, actor: Actor, assignment_id: int,
                      data: AssignmentInput, *,
                      expected_version: int | None = None) -> Assignment:
    """Change an assignment (its place, role, vehicle, who or which shift), checked as a new
    one is, itself left out; refused if the copy edited is stale."""
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.identifier(assignment_id, "Assignment")
    _lock(session, data)
    assignment = validation.editable(session, Assignment, assignment_id, "Assignment",
                                     expected_version)
    shift, role = _check(session, data, {assignment.id})
    _write(assignment, data, shift, role)
    audit.record(session, actor, "update", assignment)
    return assignment


def unassign(session: Session, actor: Actor, assignment_id: int, *,
             expected_version: int | None = None) -> None:
    """Take an assignment off; refused if it was changed since the caller read it (the user
    would remove what they have not seen)."""
    permissions.require(actor, permissions.DEPLOYMENT)
    assignment = validation.editable(session, Assignment, assignment_id, "Assignment",
                                     expected_version, deleting=True)
    audit.record(session, actor, "delete", assignment)
    session.delete(assignment)
