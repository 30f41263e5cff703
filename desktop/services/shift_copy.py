"""Copying a shift's assignments to another shift: the morning's roster as the evening's start.

One unit of work: every assignment of the source shift is tried on the target in turn, checked
as a new one is (``check_assignment``: against what is recorded and against the copies made
before it), and copied unless it breaks a rule; those skipped are reported, each with its
findings, so the board can say why. Nothing is half-written: a refusal of the whole copy
(rights, the same shift twice, a published target not confirmed as an amendment) writes
nothing, and a row skipped writes nothing of itself.

A copy keeps the role, the place, who, the vehicle, the notes and the pin (a choice made by
hand stays one). Onto a published roster it is one amendment: one new revision, a history
row per assignment copied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Assignment, AssignmentRole, Shift
from desktop.services import audit, duty, permissions, rosters, validation
from desktop.services.actor import Actor
from desktop.services.assignment_checks import AssignmentInput, findings_for, input_of, resolve
from desktop.services.assignments import add_checked, lock_for
from desktop.services.errors import Invalid
from desktop.services.findings import Finding, Rule, errors


@dataclass(frozen=True)
class CopiedRow:
    source_id: int
    assignment_id: int
    warnings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class SkippedRow:
    source_id: int
    findings: tuple[Finding, ...]  # the errors first, as check_assignment gives them

    @property
    def reason(self) -> Finding:
        """The first rule the copy would break: what a one-line report says."""
        return self.findings[0]


@dataclass(frozen=True)
class CopyReport:
    source_shift_id: int
    target_shift_id: int
    copied: tuple[CopiedRow, ...] = field(default_factory=tuple)
    skipped: tuple[SkippedRow, ...] = field(default_factory=tuple)


def _ordered(assignments: list[Assignment]) -> list[Assignment]:
    """Commanders first (a centre's one commander is the one copied), then as they were
    made."""
    return sorted(assignments,
                  key=lambda a: (a.role is not AssignmentRole.CENTRE_COMMANDER, a.id))


def copy_assignments(session: Session, actor: Actor, source_shift_id: int,
                     target_shift_id: int, *, amend: bool = False) -> CopyReport:
    """Copy the assignments of one shift onto another, skipping (and reporting) each that
    would break a rule there. ``amend``: the user confirmed changing the target's published
    roster."""
    permissions.require(actor, permissions.DEPLOYMENT)
    source = validation.required(session, Shift, source_shift_id, "Shift")
    target_id = validation.identifier(target_shift_id, "Shift")
    if source.id == target_id:
        raise Invalid("A shift's assignments are copied to another shift, not to itself.")
    rows = _ordered(list(session.scalars(select(Assignment)
                                         .where(Assignment.shift_id == source.id))))
    inputs = [_onto(input_of(a), target_id) for a in rows]
    if inputs:
        lock_for(session, inputs)
    else:
        duty.lock_duty(session, shared_shifts=[target_id])
    target = validation.required(session, Shift, target_id, "Shift")
    rosters.require_amendable(target, amend)
    copied: list[CopiedRow] = []
    skipped: list[SkippedRow] = []
    for row, data in zip(rows, inputs, strict=True):
        placing = resolve(session, data)
        found = findings_for(session, placing, data, None, amend=True)
        if errors(found):
            skipped.append(SkippedRow(row.id, tuple(found)))
            continue
        made = add_checked(session, actor, data, placing, changes={"copied_from": row.id})
        copied.append(CopiedRow(row.id, made.id, tuple(
            f for f in found if f.rule is not Rule.PUBLISHED)))
    audit.record(session, actor, "copy", entity="shifts", entity_id=target.id,
                 changes={"from_shift": source.id, "copied": len(copied),
                          "skipped": [s.source_id for s in skipped]})
    return CopyReport(source.id, target.id, tuple(copied), tuple(skipped))


def _onto(data: AssignmentInput, shift_id: int) -> AssignmentInput:
    data.shift_id = shift_id
    return data
