"""When people cannot be put on duty: leave, sickness, another duty, from a moment to a moment.

A period is recorded even if the person is already on a roster in it (they fell sick: the room
must know, not be refused); ``duties_during`` names those duties so the board can replace
them, and the roster review (``assignment_checks.roster_findings``) shows them as errors.
Putting someone on duty in one of their periods is refused, the period named.

Marking a person unavailable takes their duty lock, as putting them on duty does, so of two
workstations doing both at once the second reads what the first wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from desktop.models import Assignment, Person, Shift, Unavailability, UnavailabilityKind
from desktop.services import audit, duty, locks, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Invalid, Term
from desktop.services.findings import Finding, Label, Rule, error


@dataclass
class UnavailabilityInput:
    person_id: int
    kind: UnavailabilityKind | str
    starts_at: datetime
    ends_at: datetime
    reason: str | None = None


def moment_text(value: datetime) -> str:
    """A moment as the messages give it: «2009-01-31 06:00»."""
    return value.strftime("%Y-%m-%d %H:%M")


def _apply(session: Session, record: Unavailability, data: UnavailabilityInput) -> None:
    person = validation.required(session, Person, data.person_id, "Person")
    kind = validation.choice(UnavailabilityKind, data.kind, "Kind of unavailability")
    starts = validation.moment(data.starts_at, "From")
    ends = validation.moment(data.ends_at, "To")
    validation.ordered(starts, ends, "Period of unavailability")
    if starts == ends:
        raise Invalid("{what}: the end must come after the start.",
                      what=Term("Period of unavailability"))
    record.person_id, record.kind = person.id, kind
    record.starts_at, record.ends_at = starts, ends
    record.reason = validation.text(data.reason, "Reason", max_length=500, required=False)


def _person_id(data: UnavailabilityInput) -> int:
    return validation.identifier(data.person_id, "Person")


def mark_unavailable(session: Session, actor: Actor,
                     data: UnavailabilityInput) -> Unavailability:
    """Record that a person cannot be put on duty in a period."""
    permissions.require(actor, permissions.DEPLOYMENT)
    locks.hold(session, "person", [_person_id(data)])
    record = Unavailability()
    _apply(session, record, data)
    session.add(record)
    audit.record(session, actor, "create", record)
    return record


def _locked_person(session: Session, record_id: int) -> int | None:
    """The person a period is of, read before its row is locked (to take their lock first)."""
    validation.identifier(record_id, "Unavailability")
    if not 0 < record_id <= validation.INT_MAX:
        return None
    return session.scalar(select(Unavailability.person_id).where(Unavailability.id == record_id))


def update_unavailability(session: Session, actor: Actor, record_id: int,
                          data: UnavailabilityInput, *,
                          expected_version: int | None = None) -> Unavailability:
    """Change a period (its person, kind, hours or reason); refused if the copy edited is
    stale. Both people's duty locks are held, the one it was of and the one it is of."""
    permissions.require(actor, permissions.DEPLOYMENT)
    locks.hold(session, "person", [_locked_person(session, record_id), _person_id(data)])
    record = validation.editable(session, Unavailability, record_id, "Unavailability",
                                 expected_version)
    _apply(session, record, data)
    audit.record(session, actor, "update", record)
    return record


def remove_unavailability(session: Session, actor: Actor, record_id: int, *,
                          expected_version: int | None = None) -> None:
    """Take a period off (entered by mistake, or the leave was cancelled); the audit entry
    keeps what it said."""
    permissions.require(actor, permissions.DEPLOYMENT)
    locks.hold(session, "person", [_locked_person(session, record_id)])
    record = validation.editable(session, Unavailability, record_id, "Unavailability",
                                 expected_version, deleting=True)
    audit.record(session, actor, "delete", record, changes=validation.stored_values(record))
    session.delete(record)


def periods(session: Session, person_ids: Iterable[int], starts: datetime,
            ends: datetime) -> list[Unavailability]:
    """The periods of any of ``person_ids`` that share a moment with ``starts``–``ends``,
    earliest first."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    return list(session.scalars(select(Unavailability).where(
        Unavailability.person_id.in_(ids), _during(starts, ends))
        .order_by(Unavailability.starts_at, Unavailability.id)))


def _during(starts: datetime, ends: datetime) -> ColumnElement[bool]:
    """A period that shares a moment with ``starts``–``ends`` (one that only touches it, ending
    as the shift begins, does not)."""
    return and_(Unavailability.starts_at < ends, Unavailability.ends_at > starts)


def unavailable_people(session: Session, shift: Shift) -> frozenset[int]:
    """Everyone with a period in the shift's hours: ``unavailable_findings`` for all people at
    once, in one query (what the fill-the-gaps proposal leaves out)."""
    starts, ends = duty.span(shift)
    return frozenset(session.scalars(select(Unavailability.person_id).distinct()
                                     .where(_during(starts, ends))))


def unavailable_findings(session: Session, shift: Shift,
                         people: Iterable[Person]) -> list[Finding]:
    """An error for each period of ``people`` in the shift's hours, the period named."""
    by_id = {p.id: p for p in people}
    starts, ends = duty.span(shift)
    found = []
    for period in periods(session, by_id, starts, ends):
        fields = {"name": by_id[period.person_id].full_name_ar, "kind": Label(period.kind),
                  "start": moment_text(period.starts_at), "end": moment_text(period.ends_at),
                  "shift": shift.label, "date": shift.on_date.isoformat()}
        if period.reason:
            refusal = Invalid("{name} is unavailable ({kind}: {reason}) from {start} to {end}, "
                              "during the shift {shift} of {date}.", reason=period.reason,
                              **fields)
        else:
            refusal = Invalid("{name} is unavailable ({kind}) from {start} to {end}, during the "
                              "shift {shift} of {date}.", **fields)
        found.append(error(refusal, Rule.UNAVAILABLE, ("people", period.person_id)))
    return found


def duties_during(session: Session, person_id: int, starts: datetime,
                  ends: datetime) -> list[Assignment]:
    """The person's duties (alone, or with a detachment they lead or belong to) whose shift
    shares a moment with ``starts``–``ends``: what a new period of unavailability leaves to
    replace. No shift lasts a day, so the days from the one before ``starts`` to ``ends``
    hold them all."""
    person = validation.required(session, Person, person_id, "Person")
    shifts = [s for s in session.scalars(select(Shift).where(Shift.on_date.between(
        (starts - timedelta(days=1)).date(), ends.date())))
        if duty.overlap(duty.span(s), (starts, ends))]
    if not shifts:
        return []
    return list(session.scalars(select(Assignment).where(
        Assignment.shift_id.in_([s.id for s in shifts]),
        or_(Assignment.person_id == person.id,
            Assignment.detachment_id.in_(duty.teams_of([person.id]))))
        .order_by(Assignment.shift_id, Assignment.id)))
