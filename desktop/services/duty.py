"""Who is on duty when: nobody, no detachment and no vehicle in two places at once.

Not in one shift, nor in two shifts whose hours overlap, of any election (a shift that ends
before it starts runs past midnight into the next day). A person is on duty alone or with a
detachment they lead or belong to, so a detachment's crew is checked with it.

These checks read, and the caller then writes: two workstations could both read "free" and
both write. Every caller first takes the locks of ``lock_duty`` (see
``desktop.services.locks``), so on PostgreSQL the second waits and then reads what the first
wrote; SQLite runs one writer at a time anyway.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    Centre,
    Detachment,
    DetachmentMember,
    Person,
    Post,
    Shift,
    Vehicle,
    VehicleStatus,
)
from desktop.services import locks
from desktop.services.errors import Conflict, Invalid

IN_SERVICE = (VehicleStatus.AVAILABLE, VehicleStatus.IN_SERVICE)


def lock_duty(session: Session, *, shared_shifts: Iterable[int | None] = (),
              shifts: Iterable[int | None] = (), detachments: Iterable[int | None] = (),
              people: Iterable[int | None] = (), vehicles: Iterable[int | None] = ()) -> None:
    """Take, in the one order, the locks of what a duty check is about.

    ``shared_shifts``: the shifts someone is put on (several at once may do so); ``shifts``:
    a shift whose own hours change (alone). A detachment is locked before its crew is read,
    so call this once per kind in ``locks.ORDER``, or once with everything known.
    """
    locks.hold(session, "shift", shared_shifts, shared=True)
    locks.hold(session, "shift", shifts)
    locks.hold(session, "detachment", detachments)
    locks.hold(session, "person", people)
    locks.hold(session, "vehicle", vehicles)


def fresh(session: Session, people: Collection[Person]) -> None:
    """Read again what was loaded before the lock was held (a person's active flag may have
    been changed meanwhile by a workstation that held it)."""
    if people:
        session.scalars(select(Person).where(Person.id.in_([p.id for p in people]))
                        .execution_options(populate_existing=True)).all()


def where(session: Session, assignment: Assignment) -> str:
    site = session.get(Centre, assignment.centre_id) if assignment.centre_id else None
    if site is not None:
        return site.name
    post = session.get(Post, assignment.post_id) if assignment.post_id else None
    return post.name if post else ""


def crew(detachment: Detachment) -> list[Person]:
    """Who goes where a detachment goes: its leader and its members."""
    people = list(detachment.members)
    if detachment.leader is not None and detachment.leader not in people:
        people.insert(0, detachment.leader)
    return people


def span(shift: Shift) -> tuple[datetime, datetime]:
    """The shift's real hours; an end before the start is on the next day."""
    end_day = shift.on_date + timedelta(days=1) if shift.ends_at < shift.starts_at \
        else shift.on_date
    return (datetime.combine(shift.on_date, shift.starts_at),
            datetime.combine(end_day, shift.ends_at))


def overlapping(session: Session, shift: Shift) -> list[int]:
    """The shifts whose hours overlap this one's, this one included, of any election: nobody
    stands in two places at once, whichever election each duty is for.

    No shift lasts a day, so only the day before, the day and the day after can overlap:
    a handful of rows, compared here rather than in each engine's own time arithmetic.
    """
    start, end = span(shift)
    near = session.scalars(select(Shift).where(
        Shift.on_date.between(shift.on_date - timedelta(days=1),
                              shift.on_date + timedelta(days=1))))
    spans = {other.id: span(other) for other in near}
    spans[shift.id] = (start, end)  # as this unit of work has it, flushed or not
    return [id_ for id_, (begins, ends) in spans.items() if begins < end and start < ends]


def _teams_of(people: Iterable[int]) -> Select:
    """The detachments any of ``people`` belongs to or leads."""
    ids = list(people)
    members = select(DetachmentMember.detachment_id).where(DetachmentMember.person_id.in_(ids))
    return members.union(select(Detachment.id).where(Detachment.leader_id.in_(ids)))


def _clashes(session: Session, shift: Shift, shifts: list[int], ignore: Collection[int],
             *conditions) -> list[Assignment]:
    """Assignments in the overlapping ``shifts`` that meet any of ``conditions`` (one query),
    those of ``shift`` itself first; those in ``ignore`` (being edited) left out."""
    stmt = select(Assignment).where(Assignment.shift_id.in_(shifts), or_(*conditions))
    if ignore:
        stmt = stmt.where(Assignment.id.not_in(list(ignore)))
    found = session.scalars(stmt.order_by(Assignment.id))
    return sorted(found, key=lambda a: a.shift_id != shift.id)


def _when(other: Assignment) -> dict[str, str]:
    return {"shift": other.shift.label, "date": other.shift.on_date.isoformat()}


def _refuse_person(session: Session, shift: Shift, person: Person, other: Assignment) -> None:
    place, same = where(session, other), other.shift_id == shift.id
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


def person_is_free(session: Session, shift: Shift, shifts: list[int], person: Person, *,
                   ignore: Collection[int] = ()) -> None:
    """Nobody is in two places at once: not alone twice, nor alone and with a detachment on
    duty at the time."""
    clashes = _clashes(session, shift, shifts, ignore,
                       Assignment.person_id == person.id,
                       Assignment.detachment_id.in_(_teams_of([person.id])))
    if clashes:
        alone = [a for a in clashes if a.person_id == person.id]
        _refuse_person(session, shift, person, (alone or clashes)[0])


def detachment_is_free(session: Session, shift: Shift, shifts: list[int],
                       detachment: Detachment, *, ignore: Collection[int] = ()) -> None:
    """The detachment is not on duty elsewhere at the time, nor is anyone of its crew, alone
    or with another detachment."""
    people = crew(detachment)
    clashes = _clashes(session, shift, shifts, ignore,
                       Assignment.detachment_id == detachment.id,
                       Assignment.person_id.in_([p.id for p in people]),
                       Assignment.detachment_id.in_(_teams_of(p.id for p in people)))
    itself = [a for a in clashes if a.detachment_id == detachment.id]
    if itself:
        other = itself[0]
        if other.shift_id == shift.id:
            raise Conflict("The detachment {detachment} is already assigned to {place} in the "
                           "shift {shift}.", detachment=detachment.name,
                           place=where(session, other), shift=shift.label)
        raise Conflict("The detachment {detachment} is already assigned to {place} in the "
                       "shift {shift} of {date}, which overlaps this one.",
                       detachment=detachment.name, place=where(session, other),
                       **_when(other))
    for person in people:
        alone = [a for a in clashes if a.person_id == person.id]
        teams = [a for a in clashes
                 if a.detachment is not None and person in crew(a.detachment)]
        if alone or teams:
            _refuse_person(session, shift, person, (alone or teams)[0])


def on_duty(detachment: Detachment) -> None:
    """A detachment goes out whole: one of its crew who has left the force keeps it in."""
    gone = [p.full_name_ar for p in crew(detachment) if not p.active]
    if gone:
        raise Invalid("The detachment {detachment} cannot be assigned while some of its crew "
                      "are no longer active: {names}.", detachment=detachment.name,
                      names="، ".join(gone))


def in_service(vehicle: Vehicle) -> None:
    if vehicle.status not in IN_SERVICE:
        raise Invalid("Vehicle {plate} is not in service.", plate=vehicle.plate)


def vehicle_is_free(session: Session, shift: Shift, shifts: list[int], vehicle: Vehicle, *,
                    ignore: Collection[int] = ()) -> None:
    clashes = _clashes(session, shift, shifts, ignore, Assignment.vehicle_id == vehicle.id)
    if not clashes:
        return
    other = clashes[0]
    if other.shift_id == shift.id:
        raise Conflict("Vehicle {plate} is already assigned to {place} in the shift {shift}.",
                       plate=vehicle.plate, place=where(session, other), shift=shift.label)
    raise Conflict("Vehicle {plate} is already assigned to {place} in the shift {shift} of "
                   "{date}, which overlaps this one.", plate=vehicle.plate,
                   place=where(session, other), **_when(other))


def still_free(session: Session, shift: Shift, assignments: Collection[Assignment]) -> None:
    """After a change of the shift's hours or of a detachment's crew: each of ``assignments``
    (all in ``shift``) still puts nobody in two places; they are not compared with one another
    (they were checked together when made)."""
    shifts = overlapping(session, shift)
    ignore = {a.id for a in assignments}
    for assignment in assignments:
        if assignment.person is not None:
            person_is_free(session, shift, shifts, assignment.person, ignore=ignore)
        if assignment.detachment is not None:
            detachment_is_free(session, shift, shifts, assignment.detachment, ignore=ignore)
        if assignment.vehicle is not None:
            vehicle_is_free(session, shift, shifts, assignment.vehicle, ignore=ignore)
