"""Shifts: the blocks of duty time of an election, each on a day of its phase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Assignment, Election, ElectionPhase, PhaseKind, Shift
from desktop.services import assignment_checks, audit, duty, permissions, rosters, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid
from desktop.services.findings import Finding, Label, refuse


@dataclass
class ShiftInput:
    election_id: int
    phase: PhaseKind | str
    on_date: date
    starts_at: time
    ends_at: time
    label: str


def on_its_day(session: Session, election: Election, phase: PhaseKind, on_date: date) -> None:
    """A shift falls in its phase: within the phase's recorded days if there are any, else on
    polling day, on the special voting day, or before or after polling day."""
    span = session.scalars(select(ElectionPhase).where(
        ElectionPhase.election_id == election.id, ElectionPhase.kind == phase)).one_or_none()
    day, polling = on_date.isoformat(), election.polling_date.isoformat()
    if span is not None:
        if not span.starts_on <= on_date <= span.ends_on:
            raise Invalid("A shift of the phase «{phase}» falls between {start} and {end}, "
                          "not on {date}.", phase=Label(phase), start=span.starts_on.isoformat(),
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


def _apply(session: Session, shift: Shift, data: ShiftInput) -> None:
    # held: an edit of the election's days (or of this phase's) waits, and checks this shift
    election = validation.held(session, Election, data.election_id, "Election")
    phase = validation.choice(PhaseKind, data.phase, "Phase")
    validation.day(data.on_date, validation.Term("Date"))
    # the clock on the wall where the centre is, without a zone (the columns hold none)
    validation.clock(data.starts_at, validation.Term("Start"))
    validation.clock(data.ends_at, validation.Term("End"))
    if data.starts_at == data.ends_at:
        raise Invalid("A shift cannot start and end at the same time.")
    label = validation.text(data.label, "Label", max_length=100)
    on_its_day(session, election, phase, data.on_date)
    clash = session.scalar(
        select(Shift.id).where(
            Shift.election_id == election.id, Shift.on_date == data.on_date,
            Shift.label == label, Shift.id != (shift.id or -1),
        )
    )
    if clash is not None:
        raise Conflict("There is already a shift called {label} on {date}.",
                       label=label, date=data.on_date.isoformat())
    shift.election_id, shift.phase, shift.label = election.id, phase, label
    shift.on_date, shift.starts_at, shift.ends_at = data.on_date, data.starts_at, data.ends_at


def create_shift(session: Session, actor: Actor, data: ShiftInput) -> Shift:
    permissions.require(actor, permissions.DEPLOYMENT)
    shift = Shift()
    _apply(session, shift, data)
    session.add(shift)
    audit.record(session, actor, "create", shift)
    return shift


def _on_it_findings(session: Session, shift: Shift, on_it: list[Assignment]) -> list[Finding]:
    """The time rules (overlap, rest, unavailability) of everyone on the shift, at its hours as
    this unit of work has them; those on it are not compared with one another (they were
    checked together when made)."""
    ignore = {a.id for a in on_it}
    found: list[Finding] = []
    for assignment in on_it:
        found += assignment_checks.time_findings(
            session, shift, person=assignment.person, detachment=assignment.detachment,
            vehicle=assignment.vehicle, ignore=ignore)
    return found


def update_shift(session: Session, actor: Actor, shift_id: int, data: ShiftInput, *,
                 expected_version: int | None = None, amend: bool = False) -> Shift:
    """Move or rename a shift; refused if the copy edited is stale, if its new hours would
    put one of those on it in two places at once, short of rest, or in a period they are
    unavailable, or if its roster is published and the change is not confirmed as an
    amendment (``amend``; then recorded, and the roster's revision goes up).

    The shift is locked alone (nobody is put on it meanwhile), then everyone on it, so a
    workstation putting one of them on an overlapping shift waits, or is waited for, and
    one of the two reads the other's work."""
    permissions.require(actor, permissions.DEPLOYMENT)
    duty.lock_duty(session, shifts=[validation.identifier(shift_id, "Shift")])
    shift = validation.editable(session, Shift, shift_id, "Shift", expected_version)
    rosters.require_amendable(shift, amend)
    on_it = list(session.scalars(select(Assignment).where(Assignment.shift_id == shift.id)
                                 .order_by(Assignment.id)))
    duty.lock_duty(session, detachments=[a.detachment_id for a in on_it])
    people = [a.person_id for a in on_it]
    people += [p.id for a in on_it if a.detachment is not None for p in duty.crew(a.detachment)]
    duty.lock_duty(session, people=people, vehicles=[a.vehicle_id for a in on_it])
    before = _on_it_findings(session, shift, on_it)
    _apply(session, shift, data)
    changes = audit.changed_fields(shift)  # before the checks flush it
    refuse(assignment_checks.new_errors(before, _on_it_findings(session, shift, on_it)))
    audit.record(session, actor, "update", shift, changes=changes or None)
    if changes:
        rosters.amended(session, actor, shift, changes={"change": "shift", **changes})
    return shift
