"""Who is on duty when: nobody, no detachment and no vehicle in two places at once, and
nobody on two shifts with too little rest between them.

Not in one shift, nor in two shifts whose hours overlap, of any election (a shift that ends
before it starts runs past midnight into the next day); and a person (alone or of a
detachment's crew) has at least the room's least rest (``duty_rules``) between the end of one
shift and the start of the next. A person is on duty alone or with a detachment they lead or
belong to, so a detachment's crew is checked with it. Vehicles need no rest.

Each check returns its findings (``desktop.services.findings``), every clash named with the
other shift, its day and its place, so the board can explain them all; a service refuses on
the first error.

These checks read, and the caller then writes: two workstations could both read "free" and
both write. Every caller first takes the locks of ``lock_duty`` (see
``desktop.services.locks``), so on PostgreSQL the second waits and then reads what the first
wrote; SQLite runs one writer at a time anyway.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, String, or_, select, type_coerce
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
from desktop.services.findings import Finding, Hours, Label, Rule, error

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


Span = tuple[datetime, datetime]


def span(shift: Shift) -> Span:
    """The shift's real hours; an end before the start is on the next day."""
    end_day = shift.on_date + timedelta(days=1) if shift.ends_at < shift.starts_at \
        else shift.on_date
    return (datetime.combine(shift.on_date, shift.starts_at),
            datetime.combine(end_day, shift.ends_at))


def overlap(one: Span, other: Span) -> bool:
    """Whether two spans share a moment; two that only touch (one ends as the other begins)
    do not."""
    return one[0] < other[1] and other[0] < one[1]


def near(session: Session, shift: Shift, margin: timedelta = timedelta(0)) -> dict[int, Span]:
    """The hours of the shifts that overlap this one's or come within ``margin`` of them,
    this one included (as this unit of work has it, flushed or not), of any election: nobody
    stands in two places at once, nor goes without rest, whichever election each duty is for.

    No shift lasts a day, so only the days within the margin and one more either side can
    hold one: a handful of rows, compared here rather than in each engine's own time
    arithmetic."""
    start, end = span(shift)
    days = 1 + margin.days + (1 if margin.seconds or margin.microseconds else 0)
    found = session.scalars(select(Shift).where(
        Shift.on_date.between(shift.on_date - timedelta(days=days),
                              shift.on_date + timedelta(days=days))))
    spans = {other.id: span(other) for other in found}
    if shift.id is not None:
        spans[shift.id] = (start, end)
    return {id_: (begins, ends) for id_, (begins, ends) in spans.items()
            if begins < end + margin and start - margin < ends}


def overlapping(session: Session, shift: Shift) -> list[int]:
    """The shifts whose hours overlap this one's, this one included, of any election."""
    return list(near(session, shift))


def teams_of(people: Iterable[int]) -> Select:
    """The detachments any of ``people`` belongs to or leads."""
    ids = list(people)
    members = select(DetachmentMember.detachment_id).where(DetachmentMember.person_id.in_(ids))
    return members.union(select(Detachment.id).where(Detachment.leader_id.in_(ids)))


def _clashes(session: Session, shift: Shift, spans: Mapping[int, Span],
             ignore: Collection[int], *conditions) -> list[Assignment]:
    """Assignments in the shifts of ``spans`` that meet any of ``conditions`` (one query):
    those overlapping ``shift`` first, those of ``shift`` itself before all; those in
    ``ignore`` (being edited) left out."""
    stmt = select(Assignment).where(Assignment.shift_id.in_(list(spans)), or_(*conditions))
    if ignore:
        stmt = stmt.where(Assignment.id.not_in(list(ignore)))
    found = session.scalars(stmt.order_by(Assignment.id))
    this = spans[shift.id]
    return sorted(found, key=lambda a: (not overlap(this, spans[a.shift_id]),
                                        a.shift_id != shift.id))


class _Other:
    """Another duty that clashes with this one: where, when, and how it stands to it."""

    def __init__(self, session: Session, shift: Shift, spans: Mapping[int, Span],
                 other: Assignment) -> None:
        self.assignment = other
        self.place = where(session, other)
        self.same = other.shift_id == shift.id
        this, theirs = spans[shift.id], spans[other.shift_id]
        self.overlaps = overlap(this, theirs)
        self.before = theirs[1] <= this[0]  # it ends before this one begins
        self.gap = this[0] - theirs[1] if self.before else theirs[0] - this[1]
        self.when = {"shift": other.shift.label, "date": other.shift.on_date.isoformat()}


def _person_finding(person: Person, shift: Shift, other: _Other, rest: timedelta) -> Finding:
    who, subject = {"name": person.full_name_ar, "place": other.place}, ("people", person.id)
    team = other.assignment.detachment
    if other.overlaps:
        if team is None and other.same:
            refusal = Conflict("{name} is already assigned to {place} in the shift {shift}.",
                               shift=shift.label, **who)
        elif team is None:
            refusal = Conflict("{name} is already assigned to {place} in the shift {shift} of "
                               "{date}, which overlaps this one.", **who, **other.when)
        elif other.same:
            refusal = Conflict("{name} is already on duty at {place} in the shift {shift}, with "
                               "the detachment {detachment}.", shift=shift.label,
                               detachment=team.name, **who)
        else:
            refusal = Conflict("{name} is already on duty at {place} in the shift {shift} of "
                               "{date}, with the detachment {detachment}; that shift overlaps "
                               "this one.", detachment=team.name, **who, **other.when)
        return error(refusal, Rule.OVERLAP, subject)
    gap = {"gap": Hours(other.gap), "rest": Hours(rest)}
    if not other.gap:  # back to back: not «ends 0 hours before», but as it is
        if team is None and other.before:
            refusal = Conflict("{name} is on duty at {place} in the shift {shift} of {date}, "
                               "which ends as this one begins; the least rest between "
                               "shifts is {rest}.", **who, **other.when, rest=gap["rest"])
        elif team is None:
            refusal = Conflict("{name} is on duty at {place} in the shift {shift} of {date}, "
                               "which begins as this one ends; the least rest between "
                               "shifts is {rest}.", **who, **other.when, rest=gap["rest"])
        elif other.before:
            refusal = Conflict("{name} is on duty with the detachment {detachment} at {place} "
                               "in the shift {shift} of {date}, which ends as this one "
                               "begins; the least rest between shifts is {rest}.",
                               detachment=team.name, **who, **other.when, rest=gap["rest"])
        else:
            refusal = Conflict("{name} is on duty with the detachment {detachment} at {place} "
                               "in the shift {shift} of {date}, which begins as this one "
                               "ends; the least rest between shifts is {rest}.",
                               detachment=team.name, **who, **other.when, rest=gap["rest"])
        return error(refusal, Rule.REST, subject)
    if team is None and other.before:
        refusal = Conflict("{name} is on duty at {place} in the shift {shift} of {date}, which "
                           "ends {gap} before this one begins; the least rest between "
                           "shifts is {rest}.", **who, **other.when, **gap)
    elif team is None:
        refusal = Conflict("{name} is on duty at {place} in the shift {shift} of {date}, which "
                           "begins {gap} after this one ends; the least rest between "
                           "shifts is {rest}.", **who, **other.when, **gap)
    elif other.before:
        refusal = Conflict("{name} is on duty with the detachment {detachment} at {place} in "
                           "the shift {shift} of {date}, which ends {gap} before this "
                           "one begins; the least rest between shifts is {rest}.",
                           detachment=team.name, **who, **other.when, **gap)
    else:
        refusal = Conflict("{name} is on duty with the detachment {detachment} at {place} in "
                           "the shift {shift} of {date}, which begins {gap} after this "
                           "one ends; the least rest between shifts is {rest}.",
                           detachment=team.name, **who, **other.when, **gap)
    return error(refusal, Rule.REST, subject)


def person_findings(session: Session, shift: Shift, spans: Mapping[int, Span],
                    person: Person, rest: timedelta, *,
                    ignore: Collection[int] = ()) -> list[Finding]:
    """Nobody is in two places at once, alone twice or alone and with a detachment on duty
    at the time, nor on two shifts closer than ``rest``. ``spans``: ``near(shift, rest)``."""
    clashes = _clashes(session, shift, spans, ignore,
                       Assignment.person_id == person.id,
                       Assignment.detachment_id.in_(teams_of([person.id])))
    alone = [a for a in clashes if a.person_id == person.id]
    ordered = sorted(clashes, key=lambda a: (not overlap(spans[shift.id], spans[a.shift_id]),
                                             a not in alone))
    return [_person_finding(person, shift, _Other(session, shift, spans, a), rest)
            for a in ordered]


def _detachment_finding(detachment: Detachment, shift: Shift, other: _Other,
                        rest: timedelta) -> Finding:
    who = {"detachment": detachment.name, "place": other.place}
    subject = ("detachments", detachment.id)
    if other.overlaps and other.same:
        refusal = Conflict("The detachment {detachment} is already assigned to {place} in the "
                           "shift {shift}.", shift=shift.label, **who)
    elif other.overlaps:
        refusal = Conflict("The detachment {detachment} is already assigned to {place} in the "
                           "shift {shift} of {date}, which overlaps this one.",
                           **who, **other.when)
    elif not other.gap and other.before:  # back to back
        refusal = Conflict("The detachment {detachment} is on duty at {place} in the shift "
                           "{shift} of {date}, which ends as this one begins; the least rest "
                           "between shifts is {rest}.", **who, **other.when, rest=Hours(rest))
    elif not other.gap:
        refusal = Conflict("The detachment {detachment} is on duty at {place} in the shift "
                           "{shift} of {date}, which begins as this one ends; the least rest "
                           "between shifts is {rest}.", **who, **other.when, rest=Hours(rest))
    elif other.before:
        refusal = Conflict("The detachment {detachment} is on duty at {place} in the shift "
                           "{shift} of {date}, which ends {gap} before this one begins; "
                           "the least rest between shifts is {rest}.", **who, **other.when,
                           gap=Hours(other.gap), rest=Hours(rest))
    else:
        refusal = Conflict("The detachment {detachment} is on duty at {place} in the shift "
                           "{shift} of {date}, which begins {gap} after this one ends; "
                           "the least rest between shifts is {rest}.", **who, **other.when,
                           gap=Hours(other.gap), rest=Hours(rest))
    return error(refusal, Rule.OVERLAP if other.overlaps else Rule.REST, subject)


def detachment_findings(session: Session, shift: Shift, spans: Mapping[int, Span],
                        detachment: Detachment, rest: timedelta, *,
                        ignore: Collection[int] = ()) -> list[Finding]:
    """The detachment is not on duty elsewhere at the time or too close to it, nor is anyone
    of its crew, alone or with another detachment."""
    people = crew(detachment)
    clashes = _clashes(session, shift, spans, ignore,
                       Assignment.detachment_id == detachment.id,
                       Assignment.person_id.in_([p.id for p in people]),
                       Assignment.detachment_id.in_(teams_of(p.id for p in people)))
    found = [_detachment_finding(detachment, shift, _Other(session, shift, spans, a), rest)
             for a in clashes if a.detachment_id == detachment.id]
    for person in people:
        alone = [a for a in clashes if a.person_id == person.id]
        teams = [a for a in clashes if a.detachment is not None
                 and a.detachment_id != detachment.id and person in crew(a.detachment)]
        found += [_person_finding(person, shift, _Other(session, shift, spans, a), rest)
                  for a in alone + teams]
    return sorted(found, key=lambda f: f.rule is not Rule.OVERLAP)


def vehicle_findings(session: Session, shift: Shift, spans: Mapping[int, Span],
                     vehicle: Vehicle, *, ignore: Collection[int] = ()) -> list[Finding]:
    """A vehicle is in one place at a time; it needs no rest between shifts."""
    this = spans[shift.id]
    overlapping_only = {id_: theirs for id_, theirs in spans.items() if overlap(this, theirs)}
    found = []
    for other in _clashes(session, shift, overlapping_only, ignore,
                          Assignment.vehicle_id == vehicle.id):
        place = where(session, other)
        if other.shift_id == shift.id:
            refusal = Conflict("Vehicle {plate} is already assigned to {place} in the shift "
                               "{shift}.", plate=vehicle.plate, place=place, shift=shift.label)
        else:
            refusal = Conflict("Vehicle {plate} is already assigned to {place} in the shift "
                               "{shift} of {date}, which overlaps this one.", plate=vehicle.plate,
                               place=place, shift=other.shift.label,
                               date=other.shift.on_date.isoformat())
        found.append(error(refusal, Rule.OVERLAP, ("vehicles", vehicle.id)))
    return found


def person_active(person: Person) -> list[Finding]:
    if person.active:
        return []
    return [error(Invalid("{name} is no longer active and cannot be assigned.",
                          name=person.full_name_ar), Rule.INACTIVE, ("people", person.id))]


def crew_active(detachment: Detachment) -> list[Finding]:
    """A detachment goes out whole: one of its crew who has left the force keeps it in."""
    gone = [p.full_name_ar for p in crew(detachment) if not p.active]
    if not gone:
        return []
    return [error(Invalid("The detachment {detachment} cannot be assigned while some of its "
                          "crew are no longer active: {names}.", detachment=detachment.name,
                          names="، ".join(gone)), Rule.INACTIVE, ("detachments", detachment.id))]


def in_service(vehicle: Vehicle) -> list[Finding]:
    if vehicle.status in IN_SERVICE:
        return []
    return [error(Invalid("Vehicle {plate} cannot go out; its status is {status}.",
                          plate=vehicle.plate, status=Label(vehicle.status)),
                  Rule.OUT_OF_SERVICE, ("vehicles", vehicle.id))]


# -- the same rules for many at once ----------------------------------------------------------


def plain_rows(session: Session, stmt: Select) -> list[Any]:
    """The rows of a bulk read as the driver gives them, after this unit of work's changes
    are flushed: on a hundred thousand rows the ORM's handling of each costs more than the
    query. A text column read as an enum is best selected as text (``as_text``)."""
    session.flush()
    return list(session.connection().execute(stmt).all())


def as_text(column: Any) -> Any:
    """An enum column read as its stored text (a ``StrEnum`` compares equal to it)."""
    return type_coerce(column, String)


def crews(session: Session, detachment_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    """Who goes where each detachment goes (its leader and its members, as ``crew``), by
    detachment id, in two queries whatever their number."""
    ids = sorted(set(detachment_ids))
    found: dict[int, set[int]] = {i: set() for i in ids}
    for start in range(0, len(ids), 5_000):
        chunk = ids[start:start + 5_000]
        for detachment_id, person_id in plain_rows(session, select(
                DetachmentMember.detachment_id, DetachmentMember.person_id)
                .where(DetachmentMember.detachment_id.in_(chunk))):
            found[detachment_id].add(person_id)
        for detachment_id, leader_id in plain_rows(session, select(
                Detachment.id, Detachment.leader_id).where(Detachment.id.in_(chunk))):
            if leader_id is not None:
                found[detachment_id].add(leader_id)
    return {i: frozenset(people) for i, people in found.items()}


@dataclass(frozen=True)
class OnDuty:
    """Who and what cannot be put on a shift for being on duty at or near its hours: the
    answer ``person_findings``, ``detachment_findings`` and ``vehicle_findings`` give one at a
    time, read for everyone at once (the fill-the-gaps proposal weighs thousands of
    candidates; a query each would take minutes on the national set).

    ``people``: anyone on duty, alone or of a detachment's crew as it stands, in a shift that
    overlaps this one or comes within the least rest of it; ``detachments``: a detachment on
    duty in such a shift; ``vehicles``: a vehicle in a shift that overlaps this one (vehicles
    need no rest). ``in_shift``: the assignments of the shift itself, as plain rows (id,
    shift_id, centre_id, post_id, person_id, detachment_id, vehicle_id, role as text)."""

    people: frozenset[int]
    detachments: frozenset[int]
    vehicles: frozenset[int]
    in_shift: tuple[Any, ...]

    def team_free(self, crew_ids: Iterable[int], detachment_id: int) -> bool:
        """Whether a detachment with this crew may go out: neither it nor any of its crew is
        on duty at or near the time (``detachment_findings``)."""
        return detachment_id not in self.detachments and self.people.isdisjoint(crew_ids)


def on_duty(session: Session, shift: Shift, rest: timedelta) -> OnDuty:
    """``OnDuty`` of a shift, from the shifts ``near`` it (the one reading of which shifts
    count) and one query of their assignments."""
    spans = near(session, shift, rest)
    this = spans[shift.id]
    overlapping_ids = {id_ for id_, theirs in spans.items() if overlap(this, theirs)}
    others = [i for i in spans if i != shift.id]
    in_shift = plain_rows(session, select(
        Assignment.id, Assignment.shift_id, Assignment.centre_id, Assignment.post_id,
        Assignment.person_id, Assignment.detachment_id, Assignment.vehicle_id,
        as_text(Assignment.role).label("role")).where(Assignment.shift_id == shift.id)) \
        if shift.id is not None else []
    rows = [(r.shift_id, r.person_id, r.detachment_id, r.vehicle_id) for r in in_shift]
    if others:
        rows += plain_rows(session, select(
            Assignment.shift_id, Assignment.person_id, Assignment.detachment_id,
            Assignment.vehicle_id).where(Assignment.shift_id.in_(others)))
    teams = crews(session, {r[2] for r in rows if r[2] is not None})
    people = {r[1] for r in rows if r[1] is not None}
    detachments = {r[2] for r in rows if r[2] is not None}
    for detachment_id in detachments:
        people.update(teams[detachment_id])
    vehicles = {r[3] for r in rows if r[3] is not None and r[0] in overlapping_ids}
    return OnDuty(frozenset(people), frozenset(detachments), frozenset(vehicles),
                  tuple(in_shift))
