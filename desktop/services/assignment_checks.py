"""Every rule an assignment keeps, in one place: ``check_assignment``.

The board calls it as the user places someone, before anything is saved, and shows each
finding (``desktop.services.findings``) in the user's language; ``assign``,
``update_assignment`` and the copy of a shift call it for their refusals, the first error
raised. The fill-the-gaps proposal calls it to leave out whatever breaks a hard rule. Errors:

- the shift's roster is published and the change is not confirmed as an amendment;
- a pinned assignment moved without being unpinned;
- a centre commander who is not one named person at a centre, or a second one for a centre
  and shift;
- a person no longer active, a detachment with someone of its crew no longer active, a
  vehicle in maintenance or out of service;
- a person, a detachment (or one of its crew) or a vehicle already somewhere in an
  overlapping shift, of any election; a person with less than the room's least rest between
  this shift and another (``duty_rules``);
- a person (alone or of the crew) unavailable in the shift's hours (``availability``).

Warnings: a person or detachment from outside the organisation responsible for the site's
sector; a confirmed amendment of a published roster.

Input that names nothing (no shift, a centre that does not exist, both a centre and a post) is
no finding: it is refused at once (``Invalid``, ``NotFound``), as any service refuses it.

The checks read and do not lock: the board calls them in a read-only session. A service that
saves takes the duty locks first (``duty.lock_duty``), so what it checks is what it writes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    AssignmentRole,
    Centre,
    Detachment,
    Organisation,
    Person,
    Post,
    RosterStatus,
    Sector,
    Shift,
    Vehicle,
)
from desktop.services import availability, duty, duty_rules, validation
from desktop.services.errors import Conflict, DomainError, Forbidden, Invalid
from desktop.services.findings import Finding, Rule, error, warning


@dataclass
class AssignmentInput:
    """An assignment as a form or the board gives it. ``pinned``: None keeps what is stored
    (a new assignment is not pinned); False unpins, so a pinned assignment may be moved in
    the same step."""

    shift_id: int
    role: AssignmentRole | str
    centre_id: int | None = None
    post_id: int | None = None
    person_id: int | None = None
    detachment_id: int | None = None
    vehicle_id: int | None = None
    notes: str | None = None
    pinned: bool | None = None


@dataclass(frozen=True)
class Placing:
    """The records an input names, read and found to exist."""

    shift: Shift
    role: AssignmentRole
    centre: Centre | None
    post: Post | None
    person: Person | None
    detachment: Detachment | None
    vehicle: Vehicle | None


def resolve(session: Session, data: AssignmentInput) -> Placing:
    """The records ``data`` names, or the refusal of an input that cannot be an assignment."""
    shift = validation.required(session, Shift, data.shift_id, "Shift")
    role = validation.choice(AssignmentRole, data.role, "Role")
    if (data.centre_id is None) == (data.post_id is None):
        raise Invalid("An assignment is to one centre or one post.")
    if (data.person_id is None) == (data.detachment_id is None):
        raise Invalid("An assignment is of one person or one detachment.")
    validation.flag(data.pinned, "Pinned", default=False)
    return Placing(
        shift, role,
        validation.existing(session, Centre, data.centre_id, "Centre"),
        validation.existing(session, Post, data.post_id, "Post"),
        validation.existing(session, Person, data.person_id, "Person"),
        validation.existing(session, Detachment, data.detachment_id, "Detachment"),
        validation.existing(session, Vehicle, data.vehicle_id, "Vehicle"))


def check_assignment(session: Session, data: AssignmentInput, *,
                     assignment_id: int | None = None, amend: bool = False) -> list[Finding]:
    """What every rule says of placing ``data``: errors (it would be refused) and warnings
    (it may be saved), errors first in the order a service raises them.

    ``assignment_id``: the assignment being edited (left out of the clashes, and its pin and
    roster checked); ``amend``: the user confirmed a change of a published roster."""
    placing = resolve(session, data)
    current = validation.existing(session, Assignment, assignment_id, "Assignment")
    return findings_for(session, placing, data, current, amend=amend)


def findings_for(session: Session, placing: Placing, data: AssignmentInput,
                 current: Assignment | None, *, amend: bool,
                 review: bool = False) -> list[Finding]:
    """``check_assignment`` on records already read. ``review``: a look at an assignment as
    it stands (its roster and pin are no concern then, only what it breaks)."""
    found: list[Finding] = []
    if not review:
        shifts = [placing.shift]
        if current is not None and current.shift_id != placing.shift.id:
            shifts.append(current.shift)
        for shift in shifts:
            found += published_findings(shift, amend)
        found += pinned_findings(session, current, placing, data)
    ignore = {current.id} if current is not None else set()
    found += commander_findings(session, placing, ignore)
    if placing.person is not None:
        found += duty.person_active(placing.person)
    if placing.detachment is not None:
        found += duty.crew_active(placing.detachment)
    if placing.vehicle is not None:
        found += duty.in_service(placing.vehicle)
    found += time_findings(session, placing.shift, person=placing.person,
                           detachment=placing.detachment, vehicle=placing.vehicle,
                           ignore=ignore)
    found += organisation_findings(session, placing)
    return sorted(found, key=lambda f: not f.is_error)


def published_findings(shift: Shift, amend: bool) -> list[Finding]:
    """A published roster changes only by a confirmed amendment."""
    if shift.roster_status is not RosterStatus.PUBLISHED:
        return []
    where = {"shift": shift.label, "date": shift.on_date.isoformat()}
    if amend:
        return [warning(DomainError(
            "The roster of the shift {shift} of {date} is published: this change is an "
            "amendment, recorded, and its documents are to be printed again.", **where),
            Rule.PUBLISHED, ("shifts", shift.id))]
    return [error(Forbidden(
        "The roster of the shift {shift} of {date} is published; a change to it is an "
        "amendment, and must be confirmed as one.", **where), Rule.PUBLISHED, ("shifts", shift.id))]


def _moves(current: Assignment, placing: Placing) -> bool:
    """Whether the input puts the assignment somewhere else, or someone else in it."""
    def id_of(row) -> int | None:
        return row.id if row is not None else None

    return ((current.shift_id, current.centre_id, current.post_id, current.person_id,
             current.detachment_id)
            != (placing.shift.id, id_of(placing.centre), id_of(placing.post),
                id_of(placing.person), id_of(placing.detachment)))


def pinned_findings(session: Session, current: Assignment | None, placing: Placing,
                    data: AssignmentInput) -> list[Finding]:
    """A pinned assignment stays where it is, with whom it has, until it is unpinned (in the
    same step, ``pinned=False``); its vehicle, role and notes may change."""
    if current is None or not current.pinned or data.pinned is False \
            or not _moves(current, placing):
        return []
    who = current.person.full_name_ar if current.person is not None \
        else current.detachment.name if current.detachment is not None else ""
    return [error(Conflict("The assignment of {name} at {place} in the shift {shift} is pinned; "
                           "unpin it to move it.", name=who, place=duty.where(session, current),
                           shift=current.shift.label), Rule.PINNED, ("assignments", current.id))]


def commander_findings(session: Session, placing: Placing,
                       ignore: Collection[int]) -> list[Finding]:
    """A centre has one commander per shift, a named person at the centre itself."""
    if placing.role is not AssignmentRole.CENTRE_COMMANDER:
        return []
    if placing.detachment is not None:
        return [error(Invalid("A centre commander is one named person, not a detachment."),
                      Rule.COMMANDER, ("detachments", placing.detachment.id))]
    if placing.centre is None:
        return [error(Invalid("A commander is named for a centre, not for a post."),
                      Rule.COMMANDER)]
    stmt = select(Assignment).where(Assignment.shift_id == placing.shift.id,
                                    Assignment.centre_id == placing.centre.id,
                                    Assignment.role == AssignmentRole.CENTRE_COMMANDER)
    if ignore:
        stmt = stmt.where(Assignment.id.not_in(list(ignore)))
    other = session.scalars(stmt.limit(1)).first()
    if other is None or other.person is None:
        return []
    return [error(Conflict("{centre} already has a commander in the shift {shift}: {name}.",
                           centre=placing.centre.name, shift=placing.shift.label,
                           name=other.person.full_name_ar), Rule.COMMANDER,
                  ("people", other.person.id))]


def time_findings(session: Session, shift: Shift, *, person: Person | None = None,
                  detachment: Detachment | None = None, vehicle: Vehicle | None = None,
                  ignore: Collection[int] = ()) -> list[Finding]:
    """The rules of the shift's hours: nobody in two places at once, enough rest between two
    shifts, nobody on duty while unavailable. What a move of the shift's hours, or a change of
    a detachment's crew, checks again of the assignments it touches."""
    rest = duty_rules.minimum_rest(session)
    spans = duty.near(session, shift, rest)
    found: list[Finding] = []
    if person is not None:
        found += duty.person_findings(session, shift, spans, person, rest, ignore=ignore)
        found += availability.unavailable_findings(session, shift, [person])
    if detachment is not None:
        found += duty.detachment_findings(session, shift, spans, detachment, rest,
                                          ignore=ignore)
        found += availability.unavailable_findings(session, shift, duty.crew(detachment))
    if vehicle is not None:
        found += duty.vehicle_findings(session, shift, spans, vehicle, ignore=ignore)
    return found


def _key(finding: Finding) -> tuple:
    return (finding.rule, finding.text, finding.subject,
            tuple(sorted(finding.params.items(), key=lambda item: item[0])))


def new_errors(before: Iterable[Finding], after: Iterable[Finding]) -> list[Finding]:
    """The errors of ``after`` not already among ``before``: what an edit (a shift's hours,
    a detachment's crew) would break, rather than what stood broken before it (someone fallen
    sick since being put on duty), which the roster review shows and this edit did not do."""
    known = {_key(f) for f in before}
    return [f for f in after if f.is_error and _key(f) not in known]


def _within(session: Session, organisation_id: int, ancestor_id: int) -> bool:
    """Whether the organisation is ``ancestor_id`` or a unit beneath it."""
    seen: set[int] = set()
    current = session.get(Organisation, organisation_id)
    while current is not None and current.id not in seen:
        if current.id == ancestor_id:
            return True
        seen.add(current.id)
        current = current.parent
    return False


def organisation_findings(session: Session, placing: Placing) -> list[Finding]:
    """A warning where the person or detachment is of another organisation than the one
    responsible for the site's sector (a unit beneath it counts as its own). Someone of no
    recorded organisation is not warned about: nothing says they are from outside."""
    site = placing.centre or placing.post
    sector: Sector | None = site.sector if site is not None else None
    if sector is None or sector.organisation is None:
        return []
    responsible = sector.organisation
    where = {"responsible": responsible.name_ar, "sector": sector.name}
    found = []
    person, team = placing.person, placing.detachment
    if person is not None and person.organisation is not None \
            and not _within(session, person.organisation.id, responsible.id):
        found.append(warning(DomainError(
            "{name} belongs to {organisation}, not to {responsible}, which holds the sector "
            "{sector}.", name=person.full_name_ar, organisation=person.organisation.name_ar,
            **where), Rule.OUTSIDE_ORGANISATION, ("people", person.id)))
    if team is not None and team.organisation is not None \
            and not _within(session, team.organisation.id, responsible.id):
        found.append(warning(DomainError(
            "The detachment {detachment} belongs to {organisation}, not to {responsible}, "
            "which holds the sector {sector}.", detachment=team.name,
            organisation=team.organisation.name_ar, **where),
            Rule.OUTSIDE_ORGANISATION, ("detachments", team.id)))
    return found


def input_of(assignment: Assignment) -> AssignmentInput:
    """An assignment as the input that would make it again."""
    return AssignmentInput(assignment.shift_id, assignment.role, assignment.centre_id,
                           assignment.post_id, assignment.person_id, assignment.detachment_id,
                           assignment.vehicle_id, assignment.notes, assignment.pinned)


def roster_findings(session: Session, shift_id: int) -> dict[int, list[Finding]]:
    """What the rules say now of each assignment of a shift, by id (those with nothing to say
    left out): what has broken since it was made (someone fell sick, a vehicle went to
    maintenance, the least rest was raised). Publishing refuses while any is an error."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    result = {}
    for assignment in session.scalars(select(Assignment).where(Assignment.shift_id == shift.id)
                                      .order_by(Assignment.id)):
        found = findings_for(session, resolve(session, input_of(assignment)),
                             input_of(assignment), assignment, amend=True, review=True)
        if found:
            result[assignment.id] = found
    return result
