"""Putting named officers, detachments and vehicles on centres and posts, shift by shift.

The rules an assignment keeps are all in ``desktop.services.assignment_checks``
(``check_assignment``): the services here refuse on its first error, so the board's
explanation and the service's refusal are one. Nobody, no detachment and no vehicle is in two
places at once (``desktop.services.duty``), and nobody goes without rest between shifts.

The rules are checked by reading and kept by writing, so two workstations on one PostgreSQL
server could each read "free" and each write. They are closed with advisory locks
(``desktop.services.locks``): before its check, a unit of work locks the shift (shared), the
detachment, every person (alone or of the crew) and the vehicle it puts on duty; the second
of two that touch the same one waits, then reads what the first wrote. One centre commander
per centre and shift is one row against another, which a unique index keeps by itself.

Why not an exclusion constraint (``btree_gist``, ``EXCLUDE USING gist (person_id WITH =,
tsrange(starts, ends) WITH &&)``), the database's own guarantee? It compares one row's own
columns with another's: each assignment would have to carry its shift's hours (copied, and
kept in step when a shift moves) and every member of a detachment on duty as a row of its own
(kept in step when the crew changes), and the SQLite file would still need the check in
Python. The rule would then live in three places, two of them copies. The locks keep it in one
place, the check here, on both engines; what they ask in return is that every writer that can
put someone on duty takes them: ``assign``, ``update_assignment``, ``copy_assignments``,
``shifts.update_shift``, ``detachments.update_detachment``, ``vehicles.update_vehicle``,
``people.update_person`` (a person's active flag) and ``availability`` (a person's periods) do.

A published roster changes only by an amendment the caller confirms (``amend=True``), which
is recorded and raises the roster's revision (``desktop.services.rosters``). A pinned
assignment is not moved or taken off until it is unpinned.

Shifts, detachments and vehicles have modules of their own; their names are kept here too for
the callers that import them from this one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.models import Assignment, Detachment, Person, Shift, Vehicle
from desktop.services import audit, duty, permissions, rosters, validation
from desktop.services.actor import Actor
from desktop.services.assignment_checks import (
    AssignmentInput,
    Placing,
    check_assignment,
    findings_for,
    resolve,
)
from desktop.services.detachments import DetachmentInput, create_detachment, update_detachment
from desktop.services.duty import IN_SERVICE
from desktop.services.errors import Conflict
from desktop.services.findings import refuse
from desktop.services.shifts import ShiftInput, create_shift, update_shift
from desktop.services.vehicles import VehicleInput, create_vehicle, update_vehicle

__all__ = [
    "IN_SERVICE", "AssignmentInput", "DetachmentInput", "ShiftInput", "VehicleInput",
    "add_checked", "assign", "assignment_summary", "check_assignment", "create_detachment",
    "create_shift", "create_vehicle", "lock_for", "set_pinned", "unassign",
    "update_assignment", "update_detachment", "update_shift", "update_vehicle",
]


def _id(value: int | None, what: str) -> int | None:
    return validation.identifier(value, what) if value is not None else None


def lock_for(session: Session, inputs: list[AssignmentInput]) -> None:
    """The duty locks of what ``inputs`` put on duty, in their order: the shifts (shared),
    the detachments, then their crews as read under those locks and the people, then the
    vehicles."""
    detachment_ids = [_id(d.detachment_id, "Detachment") for d in inputs]
    duty.lock_duty(session,
                   shared_shifts=[validation.identifier(d.shift_id, "Shift") for d in inputs],
                   detachments=detachment_ids)
    teams = [session.get(Detachment, i) for i in detachment_ids
             if i is not None and 0 < i <= validation.INT_MAX]
    crews = [p for team in teams if team is not None for p in duty.crew(team)]
    duty.lock_duty(session, people=[*(_id(d.person_id, "Person") for d in inputs),
                                    *(p.id for p in crews)],
                   vehicles=[_id(d.vehicle_id, "Vehicle") for d in inputs])
    duty.fresh(session, crews)


def _write(assignment: Assignment, data: AssignmentInput, placing: Placing) -> None:
    assignment.shift_id, assignment.role = placing.shift.id, placing.role
    assignment.centre_id, assignment.post_id = data.centre_id, data.post_id
    assignment.person_id, assignment.detachment_id = data.person_id, data.detachment_id
    assignment.vehicle_id = data.vehicle_id
    assignment.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)
    if data.pinned is not None:
        assignment.pinned = data.pinned
    elif assignment.pinned is None:
        assignment.pinned = False


def assignment_summary(session: Session, assignment: Assignment) -> dict[str, Any]:
    """Who was where, when, by id and by name as they read at the time: what the audit trail
    and the roster's history keep of an assignment taken off or changed. Read by id, so an
    edit not yet flushed is summed up as it will be stored."""
    shift = session.get(Shift, assignment.shift_id)
    person = session.get(Person, assignment.person_id) if assignment.person_id else None
    team = session.get(Detachment, assignment.detachment_id) if assignment.detachment_id \
        else None
    vehicle = session.get(Vehicle, assignment.vehicle_id) if assignment.vehicle_id else None
    return {
        "shift_id": assignment.shift_id, "shift": shift.label if shift else None,
        "date": shift.on_date.isoformat() if shift else None,
        "centre_id": assignment.centre_id, "post_id": assignment.post_id,
        "place": duty.where(session, assignment),
        "person_id": assignment.person_id, "person": person.full_name_ar if person else None,
        "detachment_id": assignment.detachment_id, "detachment": team.name if team else None,
        "vehicle_id": assignment.vehicle_id, "vehicle": vehicle.plate if vehicle else None,
        "role": str(assignment.role), "pinned": assignment.pinned,
    }


def add_checked(session: Session, actor: Actor, data: AssignmentInput, placing: Placing,
           *, changes: dict[str, Any] | None = None) -> Assignment:
    """Write a new assignment already checked (the duty locks held): audited, and recorded
    as an amendment if its roster is published."""
    assignment = Assignment()
    _write(assignment, data, placing)
    session.add(assignment)
    audit.record(session, actor, "create", assignment)
    rosters.amended(session, actor, placing.shift, assignment_id=assignment.id,
                    changes={"change": "assigned", **assignment_summary(session, assignment),
                             **(changes or {})})
    return assignment


def assign(session: Session, actor: Actor, data: AssignmentInput, *,
           amend: bool = False) -> Assignment:
    """Place one person or detachment at one centre or post for a shift; refused on the first
    error ``check_assignment`` finds. ``amend``: the user confirmed changing a published
    roster."""
    permissions.require(actor, permissions.DEPLOYMENT)
    lock_for(session, [data])
    placing = resolve(session, data)
    refuse(findings_for(session, placing, data, None, amend=amend))
    return add_checked(session, actor, data, placing)


def update_assignment(session: Session, actor: Actor, assignment_id: int,
                      data: AssignmentInput, *, expected_version: int | None = None,
                      amend: bool = False) -> Assignment:
    """Change an assignment (its place, role, vehicle, who or which shift), checked as a new
    one is, itself left out; refused if the copy edited is stale, if it is pinned and moved
    without ``pinned=False``, or if a published roster it leaves or joins is not amended."""
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.identifier(assignment_id, "Assignment")
    lock_for(session, [data])
    assignment = validation.editable(session, Assignment, assignment_id, "Assignment",
                                     expected_version)
    placing = resolve(session, data)
    refuse(findings_for(session, placing, data, assignment, amend=amend))
    before = assignment_summary(session, assignment)
    old_shift = assignment.shift
    _write(assignment, data, placing)
    changes = audit.changed_fields(assignment)
    audit.record(session, actor, "update", assignment, changes=changes or None)
    after = assignment_summary(session, assignment)
    for shift in sorted({old_shift.id: old_shift, placing.shift.id: placing.shift}.values(),
                        key=lambda s: s.id):
        rosters.amended(session, actor, shift, assignment_id=assignment.id,
                        changes={"change": "changed", "before": before, "after": after})
    return assignment


def unassign(session: Session, actor: Actor, assignment_id: int, *,
             expected_version: int | None = None, amend: bool = False) -> None:
    """Take an assignment off; refused if it was changed since the caller read it (the user
    would remove what they have not seen), if it is pinned, or if its roster is published
    and the change is not confirmed as an amendment. The audit entry keeps who was where."""
    permissions.require(actor, permissions.DEPLOYMENT)
    assignment = validation.editable(session, Assignment, assignment_id, "Assignment",
                                     expected_version, deleting=True)
    shift: Shift = assignment.shift
    rosters.require_amendable(shift, amend)
    summary = assignment_summary(session, assignment)
    if assignment.pinned:
        raise Conflict("The assignment of {name} at {place} in the shift {shift} is pinned; "
                       "unpin it to take it off.", name=summary["person"] or summary["detachment"],
                       place=summary["place"], shift=shift.label)
    audit.record(session, actor, "delete", assignment, changes=summary)
    rosters.amended(session, actor, shift, assignment_id=assignment.id,
                    changes={"change": "unassigned", **summary})
    session.delete(assignment)


def set_pinned(session: Session, actor: Actor, assignment_id: int, pinned: bool, *,
               expected_version: int | None = None) -> Assignment:
    """Pin an assignment where it is (no automatic proposal moves or removes it, and a user
    must unpin it first), or unpin it. Not a change of the roster: who is where stays, so a
    published roster takes it without an amendment."""
    permissions.require(actor, permissions.DEPLOYMENT)
    wanted = validation.flag(pinned, "Pinned", default=False)
    assignment = validation.editable(session, Assignment, assignment_id, "Assignment",
                                     expected_version)
    assignment.pinned = wanted
    audit.record(session, actor, "update", assignment)
    return assignment
