"""Putting named officers, detachments and vehicles on centres and posts, shift by shift."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    AssignmentRole,
    Centre,
    Detachment,
    DetachmentMember,
    Election,
    Organisation,
    Person,
    PhaseKind,
    Post,
    Shift,
    Vehicle,
    VehicleKind,
    VehicleStatus,
)
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid


@dataclass
class ShiftInput:
    election_id: int
    phase: PhaseKind | str
    on_date: date
    starts_at: time
    ends_at: time
    label: str


def create_shift(session: Session, actor: Actor, data: ShiftInput) -> Shift:
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.required(session, Election, data.election_id, "Election")
    validation.day(data.on_date, validation.Term("Date"))
    if not isinstance(data.starts_at, time) or not isinstance(data.ends_at, time):
        raise Invalid("A shift needs a start and an end time.")
    if data.starts_at == data.ends_at:
        raise Invalid("A shift cannot start and end at the same time.")
    label = validation.text(data.label, "Label", max_length=100)
    clash = session.scalar(
        select(Shift.id).where(
            Shift.election_id == data.election_id, Shift.on_date == data.on_date,
            Shift.label == label,
        )
    )
    if clash is not None:
        raise Conflict("There is already a shift called {label} on {date}.",
                       label=label, date=data.on_date.isoformat())
    shift = Shift(
        election_id=data.election_id,
        phase=validation.choice(PhaseKind, data.phase, "Phase"),
        on_date=data.on_date,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        label=label,
    )
    session.add(shift)
    audit.record(session, actor, "create", shift)
    return shift


@dataclass
class DetachmentInput:
    name: str
    organisation_id: int | None = None
    leader_id: int | None = None
    member_ids: list[int] = field(default_factory=list)
    notes: str | None = None


def create_detachment(session: Session, actor: Actor, data: DetachmentInput) -> Detachment:
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    validation.existing(session, Person, data.leader_id, "Leader")
    if len(set(data.member_ids)) != len(data.member_ids):
        raise Invalid("The same person is listed twice in the detachment.")
    members = [validation.required(session, Person, p, "Person") for p in data.member_ids]
    detachment = Detachment(
        name=validation.text(data.name, "Name", max_length=200),
        organisation_id=data.organisation_id,
        leader_id=data.leader_id,
        notes=validation.text(data.notes, "Notes", max_length=20_000, required=False),
        members=members,
    )
    session.add(detachment)
    audit.record(session, actor, "create", detachment)
    return detachment


@dataclass
class VehicleInput:
    plate: str
    kind: VehicleKind | str
    organisation_id: int | None = None
    status: VehicleStatus | str = VehicleStatus.AVAILABLE
    notes: str | None = None


def create_vehicle(session: Session, actor: Actor, data: VehicleInput) -> Vehicle:
    permissions.require(actor, permissions.DEPLOYMENT)
    plate = validation.text(data.plate, "Plate", max_length=40)
    if session.scalar(select(Vehicle.id).where(Vehicle.plate == plate)) is not None:
        raise Conflict("A vehicle with plate {plate} is already registered.", plate=plate)
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    vehicle = Vehicle(
        plate=plate,
        kind=validation.choice(VehicleKind, data.kind, "Vehicle kind"),
        organisation_id=data.organisation_id,
        status=validation.choice(VehicleStatus, data.status, "Status"),
        notes=validation.text(data.notes, "Notes", max_length=20_000, required=False),
    )
    session.add(vehicle)
    audit.record(session, actor, "create", vehicle)
    return vehicle


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


def _where(session: Session, assignment: Assignment) -> str:
    site = session.get(Centre, assignment.centre_id) if assignment.centre_id else None
    if site is not None:
        return site.name
    post = session.get(Post, assignment.post_id) if assignment.post_id else None
    return post.name if post else ""


def _crew(detachment: Detachment) -> list[Person]:
    """Who goes where a detachment goes: its leader and its members."""
    people = list(detachment.members)
    if detachment.leader is not None and detachment.leader not in people:
        people.insert(0, detachment.leader)
    return people


def _person_is_free(session: Session, shift: Shift, person: Person) -> None:
    """Nobody is in two places in one shift: not alone twice, nor alone and with a detachment
    that is on duty in the shift."""
    other = session.scalars(
        select(Assignment).where(Assignment.shift_id == shift.id,
                                 Assignment.person_id == person.id)
    ).first()
    if other is not None:
        raise Conflict("{name} is already assigned to {place} in the shift {shift}.",
                       name=person.full_name_ar, place=_where(session, other), shift=shift.label)
    members = select(DetachmentMember.detachment_id).where(
        DetachmentMember.person_id == person.id)
    led = select(Detachment.id).where(Detachment.leader_id == person.id)
    other = session.scalars(
        select(Assignment).where(Assignment.shift_id == shift.id,
                                 Assignment.detachment_id.in_(members.union(led)))
    ).first()
    if other is not None:
        raise Conflict("{name} is already on duty at {place} in the shift {shift}, with the "
                       "detachment {detachment}.", name=person.full_name_ar,
                       place=_where(session, other), shift=shift.label,
                       detachment=other.detachment.name)


def _detachment_is_free(session: Session, shift: Shift, detachment: Detachment) -> None:
    other = session.scalars(
        select(Assignment).where(Assignment.shift_id == shift.id,
                                 Assignment.detachment_id == detachment.id)
    ).first()
    if other is not None:
        raise Conflict("The detachment {detachment} is already assigned to {place} in the "
                       "shift {shift}.", detachment=detachment.name,
                       place=_where(session, other), shift=shift.label)
    for person in _crew(detachment):
        _person_is_free(session, shift, person)


def assign(session: Session, actor: Actor, data: AssignmentInput) -> Assignment:
    """Place one person or detachment at one centre or post for a shift."""
    permissions.require(actor, permissions.DEPLOYMENT)
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
    if person is not None:
        if not person.active:
            raise Invalid("{name} is no longer active and cannot be assigned.",
                          name=person.full_name_ar)
        _person_is_free(session, shift, person)
    if detachment is not None:
        _detachment_is_free(session, shift, detachment)
    vehicle = validation.existing(session, Vehicle, data.vehicle_id, "Vehicle")
    if vehicle is not None:
        if vehicle.status in (VehicleStatus.MAINTENANCE, VehicleStatus.OUT_OF_SERVICE):
            raise Invalid("Vehicle {plate} is not in service.", plate=vehicle.plate)
        other = session.scalars(
            select(Assignment).where(Assignment.shift_id == shift.id,
                                     Assignment.vehicle_id == vehicle.id)
        ).first()
        if other is not None:
            raise Conflict("Vehicle {plate} is already assigned to {place} in the shift {shift}.",
                           plate=vehicle.plate, place=_where(session, other), shift=shift.label)
    assignment = Assignment(
        shift_id=shift.id,
        role=role,
        centre_id=data.centre_id,
        post_id=data.post_id,
        person_id=data.person_id,
        detachment_id=data.detachment_id,
        vehicle_id=data.vehicle_id,
        notes=validation.text(data.notes, "Notes", max_length=20_000, required=False),
    )
    session.add(assignment)
    audit.record(session, actor, "create", assignment)
    return assignment


def unassign(session: Session, actor: Actor, assignment_id: int) -> None:
    permissions.require(actor, permissions.DEPLOYMENT)
    assignment = validation.required(session, Assignment, assignment_id, "Assignment")
    audit.record(session, actor, "delete", assignment)
    session.delete(assignment)
