"""Detachments: the small teams sent to guard a site, a leader and members."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Assignment, Detachment, Organisation, Person
from desktop.services import assignment_checks, audit, duty, permissions, rosters, validation
from desktop.services.actor import Actor
from desktop.services.errors import Invalid
from desktop.services.findings import Finding, refuse


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


def _crew_ids(data: DetachmentInput) -> list[int]:
    if len(set(data.member_ids)) != len(data.member_ids):
        raise Invalid("The same person is listed twice in the detachment.")
    return [validation.identifier(p, "Person") for p in data.member_ids]


def _apply(session: Session, detachment: Detachment, data: DetachmentInput,
           member_ids: list[int]) -> None:
    """The input on the detachment. Only a newcomer must be active: one of the crew who has
    left since keeps the detachment off duty (``duty.crew_active``) but not from being edited,
    for instance to take them out."""
    crew = {p.id for p in duty.crew(detachment)} if detachment.id is not None else set()
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    leader = validation.existing(session, Person, data.leader_id, "Leader")
    if leader is not None and leader.id not in crew:
        _may_join(leader)
    members = [validation.required(session, Person, p, "Person") for p in member_ids]
    for member in members:
        if member.id not in crew:
            _may_join(member)
    detachment.name = validation.name(data.name, "Name", max_length=200)
    detachment.organisation_id = data.organisation_id
    detachment.leader_id = data.leader_id
    detachment.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)
    detachment.members = members


def create_detachment(session: Session, actor: Actor, data: DetachmentInput) -> Detachment:
    permissions.require(actor, permissions.DEPLOYMENT)
    detachment = Detachment()
    _apply(session, detachment, data, _crew_ids(data))
    session.add(detachment)
    audit.record(session, actor, "create", detachment)
    return detachment


def detachment_values(detachment: Detachment) -> dict[str, Any]:
    """What an edit of a detachment replaces: its columns and its members, by id."""
    return validation.stored_values(detachment) | {
        "member_ids": [p.id for p in detachment.members]}


def _on_duty_findings(session: Session, detachment: Detachment,
                      on_duty: list[Assignment]) -> list[Finding]:
    """The time rules (overlap, rest, unavailability) of the detachment and its crew as this
    unit of work has them, in every shift it is on."""
    ignore = {a.id for a in on_duty}
    found: list[Finding] = []
    for shift in {a.shift_id: a.shift for a in on_duty}.values():
        found += assignment_checks.time_findings(session, shift, detachment=detachment,
                                                 ignore=ignore)
    return found


def update_detachment(session: Session, actor: Actor, detachment_id: int,
                      data: DetachmentInput, *, expected_version: int | None = None,
                      amend: bool = False) -> Detachment:
    """Rename a detachment or change its crew; refused if the copy edited is stale, or if a
    newcomer is elsewhere at a time the detachment is on duty (alone, or with another
    detachment: nobody is in two detachments on duty at once), short of rest, or unavailable
    then. A change of the crew of a detachment on a published roster is an amendment of that
    roster: refused unless confirmed (``amend``), then recorded.

    The detachment is locked first, then everyone of its crew old and new, as putting one of
    them on duty does, so the two never both pass their checks."""
    permissions.require(actor, permissions.DEPLOYMENT)
    member_ids = _crew_ids(data)
    leader_id = validation.identifier(data.leader_id, "Leader") if data.leader_id is not None \
        else None
    duty.lock_duty(session, detachments=[validation.identifier(detachment_id, "Detachment")])
    detachment = validation.editable(session, Detachment, detachment_id, "Detachment",
                                     expected_version, stored=detachment_values)
    duty.lock_duty(session, people=[*member_ids, leader_id,
                                    *(p.id for p in duty.crew(detachment))])
    duty.fresh(session, duty.crew(detachment))
    before_members, before_leader = [p.id for p in detachment.members], detachment.leader_id
    on_duty = list(session.scalars(select(Assignment).where(
        Assignment.detachment_id == detachment.id).order_by(Assignment.id)))
    crew_changes = before_members != member_ids or before_leader != data.leader_id
    if crew_changes:
        for assignment in on_duty:
            rosters.require_amendable(assignment.shift, amend)
    before = _on_duty_findings(session, detachment, on_duty)
    _apply(session, detachment, data, member_ids)
    changes = audit.changed_fields(detachment)
    if before_members != member_ids:
        changes["member_ids"] = [before_members, member_ids]
    if on_duty:
        session.flush()  # the new crew, as the checks read it
        refuse(assignment_checks.new_errors(before,
                                            _on_duty_findings(session, detachment, on_duty)))
    audit.record(session, actor, "update", detachment, changes=changes or None)
    if crew_changes:
        crew = {key: changes[key] for key in ("leader_id", "member_ids") if key in changes}
        for assignment in sorted(on_duty, key=lambda a: (a.shift_id, a.id)):
            rosters.amended(session, actor, assignment.shift, assignment_id=assignment.id,
                            changes={"change": "crew", "detachment": detachment.name, **crew})
    return detachment
