"""Accepting a proposal, whole or in part, in one unit of work.

The proposal was read some minutes before; meanwhile a colleague on another workstation may
have put one of its people elsewhere, someone may have fallen sick, the roster may have been
published. So acceptance takes the duty locks of every person, detachment and vehicle it
would place (``assignments.lock_for``: a colleague's save waits, or is waited for, and is then
seen), reads the rules again under them (``RowCheck``) and writes each row that still keeps
them through ``assignments.add_checked`` (audited, an amendment where the roster is
published). A row that no longer does is skipped and reported with what ``check_assignment``
says of it now: nobody is double-booked, and the rest is still saved.

Refused whole, saving nothing: an actor who may not plan the deployment, and a roster
published since, unless the change is confirmed as an amendment (``amend``).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Centre, Detachment, Person, Post, Shift, Vehicle
from desktop.services import audit, duty, permissions, rosters, validation
from desktop.services.actor import Actor
from desktop.services.assignment_checks import AssignmentInput, findings_for, resolve
from desktop.services.assignments import add_checked, lock_for
from desktop.services.errors import Conflict, DomainError
from desktop.services.fill.checks import check_for
from desktop.services.fill.plan import AcceptedRow, AcceptReport, Proposal, SkippedRow
from desktop.services.findings import Finding, Rule, error, errors


def accept(session: Session, actor: Actor, proposal: Proposal,
           row_ids: Collection[int] | None = None, *,
           centre_ids: Collection[int] | None = None, amend: bool = False) -> AcceptReport:
    """Write the rows of ``proposal`` named by number (``row_ids``) or by centre
    (``centre_ids``), or all of them; skip and report those no longer possible."""
    permissions.require(actor, permissions.DEPLOYMENT)
    chosen = proposal.chosen(row_ids, centre_ids)
    inputs = [row.input(proposal.shift_id) for row in chosen]
    if inputs:
        lock_for(session, inputs)
    else:
        duty.lock_duty(session, shared_shifts=[proposal.shift_id])
    shift = validation.required(session, Shift, proposal.shift_id, "Shift")
    rosters.require_amendable(shift, amend)
    check = check_for(session, shift, [row.row for row in chosen])
    loaded = _load(session, chosen)  # noqa: F841 — held so the writes find them in memory
    accepted: list[AcceptedRow] = []
    skipped: list[SkippedRow] = []
    for row, data in zip(chosen, inputs, strict=True):
        if check.errors(row.row):
            skipped.append(SkippedRow(row.id, _explained(session, data)))
            continue
        made = add_checked(session, actor, data, resolve(session, data),
                           changes={"proposed": row.id})
        # each row's audit entry written with it: left pending, the entries of every row
        # before would be walked again at each row's flush (quadratic on a national accept)
        session.flush()
        check.take(row.row)
        accepted.append(AcceptedRow(row.id, made.id))
    audit.record(session, actor, "fill", entity="shifts", entity_id=shift.id,
                 changes={"accepted": len(accepted),
                          "skipped": [s.row_id for s in skipped]})
    return AcceptReport(shift.id, tuple(accepted), tuple(skipped))


def _explained(session: Session, data: AssignmentInput) -> tuple[Finding, ...]:
    """What ``check_assignment`` says of a row found no longer possible: the user reads the
    rule's own message."""
    try:
        found = errors(findings_for(session, resolve(session, data), data, None, amend=True))
    except DomainError as gone:  # the person, vehicle or site was deleted meanwhile
        return (error(gone, Rule.INACTIVE),)
    if found:
        return tuple(found)
    return (error(Conflict("This proposed assignment can no longer be made as proposed; "
                           "propose again."), Rule.OVERLAP),)


def _load(session: Session, rows) -> list[object]:
    """Every record the rows name, read in a few queries rather than one a row."""
    held: list[object] = []
    for model, ids in ((Person, {r.person_id for r in rows}),
                       (Detachment, {r.detachment_id for r in rows}),
                       (Vehicle, {r.vehicle_id for r in rows}),
                       (Centre, {r.centre_id for r in rows}),
                       (Post, {r.post_id for r in rows})):
        wanted = sorted(i for i in ids if i is not None)
        for start in range(0, len(wanted), 5_000):
            held += session.scalars(select(model).where(
                model.id.in_(wanted[start:start + 5_000]))).all()
    return held
