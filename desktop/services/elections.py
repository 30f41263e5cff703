"""Elections, their phases, and the readiness level the room is held at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    Election,
    ElectionKind,
    ElectionPhase,
    PhaseKind,
    ReadinessChange,
    ReadinessLevel,
    Shift,
)
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Invalid
from desktop.services.shifts import on_its_day


@dataclass
class ElectionInput:
    name: str
    kind: ElectionKind | str
    polling_date: date
    special_voting_date: date | None = None
    name_en: str | None = None
    notes: str | None = None


def _apply(election: Election, data: ElectionInput) -> None:
    validation.day(data.polling_date, validation.Term("Polling date"))
    validation.day(data.special_voting_date, validation.Term("Special voting date"),
                   required=False)
    if data.special_voting_date is not None and data.special_voting_date > data.polling_date:
        raise Invalid("Special voting must come on or before polling day.")
    election.name = validation.name(data.name, "Name", max_length=200)
    election.name_en = validation.name(data.name_en, "English name", max_length=200,
                                       required=False)
    election.kind = validation.choice(ElectionKind, data.kind, "Election kind")
    election.polling_date = data.polling_date
    election.special_voting_date = data.special_voting_date
    election.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)


def create_election(session: Session, actor: Actor, data: ElectionInput) -> Election:
    permissions.require(actor, permissions.DEPLOYMENT)
    election = Election()
    _apply(election, data)
    session.add(election)
    audit.record(session, actor, "create", election)
    return election


def update_election(session: Session, actor: Actor, election_id: int, data: ElectionInput, *,
                    expected_version: int | None = None) -> Election:
    """Rename an election or move its days; refused if the copy edited is stale, or if one of
    its phases or shifts would no longer fall where its name says.

    The election is locked for the edit, and a shift being recorded holds it too
    (``validation.held``), so a shift recorded at the same moment on another workstation is
    either checked here or checked there against the new days, never against neither."""
    permissions.require(actor, permissions.DEPLOYMENT)
    election = validation.editable(session, Election, election_id, "Election", expected_version)
    _apply(election, data)
    changes = audit.changed_fields(election)
    for phase in session.scalars(select(ElectionPhase).where(
            ElectionPhase.election_id == election.id).order_by(ElectionPhase.id)):
        _check_phase_dates(election, phase.kind, phase.starts_on, phase.ends_on)
    for shift in session.scalars(select(Shift).where(Shift.election_id == election.id)
                                 .order_by(Shift.on_date, Shift.id)):
        on_its_day(session, election, shift.phase, shift.on_date)
    audit.record(session, actor, "update", election, changes=changes or None)
    return election


def phase_of(session: Session, election_id: int, kind: PhaseKind | str) -> ElectionPhase | None:
    """The election's phase of this kind as recorded, or None: what a form shows, with its
    version, before ``set_phase``."""
    phase_kind = validation.choice(PhaseKind, kind, "Phase")
    return session.scalars(select(ElectionPhase).where(
        ElectionPhase.election_id == validation.identifier(election_id, "Election"),
        ElectionPhase.kind == phase_kind)).one_or_none()


def set_phase(
    session: Session, actor: Actor, election_id: int, kind: PhaseKind | str,
    starts_on: date, ends_on: date, *, expected_version: int | None = None,
) -> ElectionPhase:
    """Create or move one phase of an election.

    ``expected_version`` is the version of the phase the caller read, or 0 if it read that
    the election had no such phase yet: a phase recorded or moved meanwhile by someone else
    is then refused (``StaleRecord``) rather than moved over. None checks nothing.
    The shifts already recorded in the phase must stay within its days.
    """
    permissions.require(actor, permissions.DEPLOYMENT)
    # locked: a shift recorded meanwhile (which holds the election) is checked against the
    # new days there, or seen here
    election = validation.editable(session, Election, election_id, "Election", None)
    phase_kind = validation.choice(PhaseKind, kind, "Phase")
    validation.day(starts_on, validation.Term("Start date"))
    validation.day(ends_on, validation.Term("End date"))
    validation.ordered(starts_on, ends_on, "Phase")
    _check_phase_dates(election, phase_kind, starts_on, ends_on)
    expected = validation.version(expected_version)
    phase = session.scalars(
        select(ElectionPhase).where(
            ElectionPhase.election_id == election.id, ElectionPhase.kind == phase_kind
        ).with_for_update(key_share=True).execution_options(populate_existing=True)
    ).one_or_none()
    if phase is not None and expected is not None:
        validation.expect_version(phase, expected)
    _holds_its_shifts(session, election, phase_kind, starts_on, ends_on)
    if phase is None:
        phase = ElectionPhase(election=election, kind=phase_kind)
        session.add(phase)
    phase.starts_on, phase.ends_on = starts_on, ends_on
    audit.record(session, actor, "set_phase", phase)
    return phase


def _holds_its_shifts(session: Session, election: Election, kind: PhaseKind, starts_on: date,
                      ends_on: date) -> None:
    """A phase moved keeps the shifts recorded in it: each falls within its phase's days."""
    outside = session.scalars(select(Shift).where(
        Shift.election_id == election.id, Shift.phase == kind,
        or_(Shift.on_date < starts_on, Shift.on_date > ends_on))
        .order_by(Shift.on_date, Shift.id).limit(1)).first()
    if outside is not None:
        raise Invalid("The phase cannot run from {start} to {end}: its shift {shift} of {date} "
                      "would fall outside it; move the shift first.", start=starts_on,
                      end=ends_on, shift=outside.label, date=outside.on_date.isoformat())


def _check_phase_dates(election: Election, kind: PhaseKind, starts_on: date,
                       ends_on: date) -> None:
    """A phase lies where its name says, around the election's own days: polling day holds
    the polling date, special voting holds its date, before ends by polling, after starts on
    or after it."""
    polling = election.polling_date
    if kind is PhaseKind.POLLING_DAY and not starts_on <= polling <= ends_on:
        raise Invalid("The polling-day phase, {start} to {end}, must include the polling date, "
                      "{date}.", start=starts_on, end=ends_on, date=polling)
    if kind is PhaseKind.SPECIAL_VOTING:
        special = election.special_voting_date
        if special is None:
            raise Invalid("This election has no special voting date; record one before its "
                          "special-voting phase.")
        if not starts_on <= special <= ends_on:
            raise Invalid("The special-voting phase, {start} to {end}, must include the "
                          "special voting date, {date}.", start=starts_on, end=ends_on,
                          date=special)
    if kind is PhaseKind.BEFORE and ends_on > polling:
        raise Invalid("The phase before polling must end on or before the polling date, "
                      "{date}; it ends on {end}.", date=polling, end=ends_on)
    if kind is PhaseKind.AFTER and starts_on < polling:
        raise Invalid("The phase after polling must start on or after the polling date, "
                      "{date}; it starts on {start}.", date=polling, start=starts_on)


def change_readiness(
    session: Session, actor: Actor, election_id: int, level: ReadinessLevel | str,
    ordered_by: str | None = None, note: str | None = None,
) -> ReadinessChange:
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.required(session, Election, election_id, "Election")
    change = ReadinessChange(
        election_id=election_id,
        level=validation.choice(ReadinessLevel, level, "Readiness level"),
        ordered_by=validation.text(ordered_by, "Ordered by", max_length=200, required=False),
        note=validation.text(note, "Notes", max_length=20_000, required=False),
        user_id=actor.user_id,
    )
    session.add(change)
    audit.record(session, actor, "change_readiness", change)
    return change


def current_readiness(session: Session, election_id: int) -> ReadinessLevel:
    level = session.scalar(
        select(ReadinessChange.level)
        .where(ReadinessChange.election_id == election_id)
        .order_by(ReadinessChange.changed_at.desc(), ReadinessChange.id.desc())
        .limit(1)
    )
    return level or ReadinessLevel.NORMAL
