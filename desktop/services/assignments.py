"""Putting named officers, detachments and vehicles on centres and posts, shift by shift.

Nobody, no detachment and no vehicle is in two places at once: not in one shift, nor in two
shifts of the election whose hours overlap (a shift that ends before it starts runs past
midnight into the next day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    AssignmentRole,
    Centre,
    Detachment,
    DetachmentMember,
    Election,
    ElectionPhase,
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
from desktop.services.errors import Choices, Conflict, Invalid
from desktop.text.arabic import plate_form

IN_SERVICE = (VehicleStatus.AVAILABLE, VehicleStatus.IN_SERVICE)


@dataclass
class ShiftInput:
    election_id: int
    phase: PhaseKind | str
    on_date: date
    starts_at: time
    ends_at: time
    label: str


class _Phase(Choices):
    """One phase inside a message, named by its label in the language shown."""

    def __init__(self, phase: PhaseKind) -> None:
        self.members = [phase]

    def render(self, lang: str | None = None) -> str:
        from desktop.labels import label

        return label(self.members[0], lang)


def _on_its_day(session: Session, election: Election, phase: PhaseKind, on_date: date) -> None:
    """A shift falls in its phase: within the phase's recorded days if there are any, else on
    polling day, on the special voting day, or before or after polling day."""
    span = session.scalars(select(ElectionPhase).where(
        ElectionPhase.election_id == election.id, ElectionPhase.kind == phase)).one_or_none()
    day, polling = on_date.isoformat(), election.polling_date.isoformat()
    if span is not None:
        if not span.starts_on <= on_date <= span.ends_on:
            raise Invalid("A shift of the phase «{phase}» falls between {start} and {end}, "
                          "not on {date}.", phase=_Phase(phase), start=span.starts_on.isoformat(),
                          end=span.ends_on.isoformat(), date=day)
    elif phase is PhaseKind.POLLING_DAY:
        if on_date != election.polling_date:
            raise Invalid("A polling-day shift falls on polling day, {polling}, not on {date}.",
                          polling=polling, date=day)
    elif phase is PhaseKind.SPECIAL_VOTING:
        if election.special_voting_date is None:
            raise Invalid("This election has no special voting day; record it, or the phase, "
                          "before its shifts.")
        if on_date != election.special_voting_date:
            raise Invalid("A special-voting shift falls on the special voting day, {special}, "
                          "not on {date}.", special=election.special_voting_date.isoformat(),
                          date=day)
    elif phase is PhaseKind.BEFORE:
        if on_date >= election.polling_date:
            raise Invalid("A shift before polling falls before polling day, {polling}, not on "
                          "{date}.", polling=polling, date=day)
    elif on_date <= election.polling_date:
        raise Invalid("A shift after polling falls after polling day, {polling}, not on "
                      "{date}.", polling=polling, date=day)


def create_shift(session: Session, actor: Actor, data: ShiftInput) -> Shift:
    permissions.require(actor, permissions.DEPLOYMENT)
    election = validation.required(session, Election, data.election_id, "Election")
    phase = validation.choice(PhaseKind, data.phase, "Phase")
    validation.day(data.on_date, validation.Term("Date"))
    # the clock on the wall where the centre is, without a zone (the columns hold none)
    validation.clock(data.starts_at, validation.Term("Start"))
    validation.clock(data.ends_at, validation.Term("End"))
    if data.starts_at == data.ends_at:
        raise Invalid("A shift cannot start and end at the same time.")
    label = validation.text(data.label, "Label", max_length=100)
    _on_its_day(session, election, phase, data.on_date)
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
        phase=phase,
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


def _may_join(person: Person | None) -> None:
    """Whoever leaves the force leaves no way onto duty, a detachment included."""
    if person is not None and not person.active:
        raise Invalid("{name} is no longer active and cannot join a detachment.",
                      name=person.full_name_ar)


def create_detachment(session: Session, actor: Actor, data: DetachmentInput) -> Detachment:
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    _may_join(validation.existing(session, Person, data.leader_id, "Leader"))
    if len(set(data.member_ids)) != len(data.member_ids):
        raise Invalid("The same person is listed twice in the detachment.")
    members = [validation.required(session, Person, p, "Person") for p in data.member_ids]
    for member in members:
        _may_join(member)
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
    # «ميسان ١٢٣٤» is «ميسان 1234», «بغداد 12345 أ» is «بغداد 12345 ا»
    plate = plate_form(validation.code(data.plate, "Plate", max_length=40))
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


def _span(shift: Shift) -> tuple[datetime, datetime]:
    """The shift's real hours; an end before the start is on the next day."""
    end_day = shift.on_date + timedelta(days=1) if shift.ends_at < shift.starts_at \
        else shift.on_date
    return (datetime.combine(shift.on_date, shift.starts_at),
            datetime.combine(end_day, shift.ends_at))


def _overlapping(session: Session, shift: Shift) -> list[int]:
    """The shifts whose hours overlap this one's, this one included, of any election: nobody
    stands in two places at once, whichever election each duty is for.

    No shift lasts a day, so only the day before, the day and the day after can overlap:
    a handful of rows, compared here rather than in each engine's own time arithmetic.
    """
    start, end = _span(shift)
    near = session.scalars(select(Shift).where(
        Shift.on_date.between(shift.on_date - timedelta(days=1),
                              shift.on_date + timedelta(days=1))))
    spans = {other.id: _span(other) for other in near}
    return [id_ for id_, (begins, ends) in spans.items() if begins < end and start < ends]


def _teams_of(people: Iterable[int]) -> Select:
    """The detachments any of ``people`` belongs to or leads."""
    ids = list(people)
    members = select(DetachmentMember.detachment_id).where(DetachmentMember.person_id.in_(ids))
    return members.union(select(Detachment.id).where(Detachment.leader_id.in_(ids)))


def _clashes(session: Session, shift: Shift, shifts: list[int],
             *conditions) -> list[Assignment]:
    """Assignments in the overlapping ``shifts`` that meet any of ``conditions`` (one query),
    those of ``shift`` itself first."""
    found = session.scalars(select(Assignment).where(
        Assignment.shift_id.in_(shifts), or_(*conditions)).order_by(Assignment.id))
    return sorted(found, key=lambda a: a.shift_id != shift.id)


def _when(other: Assignment) -> dict[str, str]:
    return {"shift": other.shift.label, "date": other.shift.on_date.isoformat()}


def _refuse_person(session: Session, shift: Shift, person: Person, other: Assignment) -> None:
    place, same = _where(session, other), other.shift_id == shift.id
    if other.person_id == person.id:
        if same:
            raise Conflict("{name} is already assigned to {place} in the shift {shift}.",
                           name=person.full_name_ar, place=place, shift=shift.label)
        raise Conflict("{name} is already assigned to {place} in the shift {shift} of {date}, "
                       "which overlaps this one.", name=person.full_name_ar, place=place,
                       **_when(other))
    if same:
        raise Conflict("{name} is already on duty at {place} in the shift {shift}, with the "
                       "detachment {detachment}.", name=person.full_name_ar, place=place,
                       shift=shift.label, detachment=other.detachment.name)
    raise Conflict("{name} is already on duty at {place} in the shift {shift} of {date}, "
                   "with the detachment {detachment}; that shift overlaps this one.",
                   name=person.full_name_ar, place=place, detachment=other.detachment.name,
                   **_when(other))


def _person_is_free(session: Session, shift: Shift, overlapping: list[int],
                    person: Person) -> None:
    """Nobody is in two places at once: not alone twice, nor alone and with a detachment on
    duty at the time."""
    clashes = _clashes(session, shift, overlapping,
                       Assignment.person_id == person.id,
                       Assignment.detachment_id.in_(_teams_of([person.id])))
    if clashes:
        alone = [a for a in clashes if a.person_id == person.id]
        _refuse_person(session, shift, person, (alone or clashes)[0])


def _detachment_is_free(session: Session, shift: Shift, overlapping: list[int],
                        detachment: Detachment) -> None:
    """The detachment is not on duty elsewhere at the time, nor is anyone of its crew, alone
    or with another detachment."""
    crew = _crew(detachment)
    clashes = _clashes(session, shift, overlapping,
                       Assignment.detachment_id == detachment.id,
                       Assignment.person_id.in_([p.id for p in crew]),
                       Assignment.detachment_id.in_(_teams_of(p.id for p in crew)))
    itself = [a for a in clashes if a.detachment_id == detachment.id]
    if itself:
        other = itself[0]
        if other.shift_id == shift.id:
            raise Conflict("The detachment {detachment} is already assigned to {place} in the "
                           "shift {shift}.", detachment=detachment.name,
                           place=_where(session, other), shift=shift.label)
        raise Conflict("The detachment {detachment} is already assigned to {place} in the "
                       "shift {shift} of {date}, which overlaps this one.",
                       detachment=detachment.name, place=_where(session, other),
                       **_when(other))
    for person in crew:
        alone = [a for a in clashes if a.person_id == person.id]
        teams = [a for a in clashes
                 if a.detachment is not None and person in _crew(a.detachment)]
        if alone or teams:
            _refuse_person(session, shift, person, (alone or teams)[0])


def _on_duty(detachment: Detachment) -> None:
    """A detachment goes out whole: one of its crew who has left the force keeps it in."""
    gone = [p.full_name_ar for p in _crew(detachment) if not p.active]
    if gone:
        raise Invalid("The detachment {detachment} cannot be assigned while some of its crew "
                      "are no longer active: {names}.", detachment=detachment.name,
                      names="، ".join(gone))


def _vehicle_is_free(session: Session, shift: Shift, overlapping: list[int],
                     vehicle: Vehicle) -> None:
    if vehicle.status not in IN_SERVICE:
        raise Invalid("Vehicle {plate} is not in service.", plate=vehicle.plate)
    clashes = _clashes(session, shift, overlapping, Assignment.vehicle_id == vehicle.id)
    if not clashes:
        return
    other = clashes[0]
    if other.shift_id == shift.id:
        raise Conflict("Vehicle {plate} is already assigned to {place} in the shift {shift}.",
                       plate=vehicle.plate, place=_where(session, other), shift=shift.label)
    raise Conflict("Vehicle {plate} is already assigned to {place} in the shift {shift} of "
                   "{date}, which overlaps this one.", plate=vehicle.plate,
                   place=_where(session, other), **_when(other))


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
    vehicle = validation.existing(session, Vehicle, data.vehicle_id, "Vehicle")
    overlapping = _overlapping(session, shift)
    if person is not None:
        if not person.active:
            raise Invalid("{name} is no longer active and cannot be assigned.",
                          name=person.full_name_ar)
        _person_is_free(session, shift, overlapping, person)
    if detachment is not None:
        _on_duty(detachment)
        _detachment_is_free(session, shift, overlapping, detachment)
    if vehicle is not None:
        _vehicle_is_free(session, shift, overlapping, vehicle)
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
