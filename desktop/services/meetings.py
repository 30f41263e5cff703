"""Meetings and their minutes while they are written: record, save, submit, list.

The editor holds the whole record (the meeting, its attendees, its agenda and outcomes) and
saves it in one unit of work, so a save either keeps everything the clerk typed or nothing.
Approval, revisions and the fingerprint live in ``desktop.services.minutes``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    AgendaItem,
    Attendance,
    Directive,
    DirectiveUpdate,
    DocumentNumber,
    Election,
    Meeting,
    Organisation,
    Person,
    Rank,
)
from desktop.models.base import utcnow
from desktop.models.enums import (
    AttendanceCapacity,
    Classification,
    DirectiveStatus,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Presence,
    Priority,
)
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Forbidden, Invalid, NotFound
from desktop.services.numbering import format_number
from desktop.services.people import formal_name
from desktop.text.arabic import normalise

SUBJECT_LIMIT = 500
PLACE_LIMIT = 300
TITLE_LIMIT = 500
DISCUSSION_LIMIT = 200_000  # a long session's discussion fits many times over; never cut
OUTCOME_LIMIT = 20_000
REASON_LIMIT = 2_000
RECORDERS = permissions.MINUTES
APPROVERS = permissions.APPROVAL
FOLLOWED_UP = (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS)


@dataclass
class MeetingInput:
    kind: MeetingKind
    subject: str
    starts_at: datetime
    ends_at: datetime | None = None
    place: str | None = None
    election_id: int | None = None
    chair_id: int | None = None
    organiser_id: int | None = None
    classification: Classification = Classification.UNCLASSIFIED


@dataclass
class AttendeeInput:
    person_id: int
    capacity: AttendanceCapacity = AttendanceCapacity.MEMBER
    represents_id: int | None = None
    presence: Presence = Presence.PRESENT


@dataclass
class OutcomeInput:
    kind: OutcomeKind
    text: str
    responsible_organisation_id: int | None = None
    responsible_person_id: int | None = None
    due_date: date | None = None
    priority: Priority = Priority.NORMAL
    status: DirectiveStatus = DirectiveStatus.OPEN
    carried_over_from_id: int | None = None
    # The stored outcome this one edits: a save keeps its row (and its id, which later
    # meetings carrying it over and its follow-up notes point to). None for a new outcome.
    id: int | None = None


@dataclass
class AgendaItemInput:
    title: str
    discussion: str | None = None
    outcomes: list[OutcomeInput] = field(default_factory=list)


@dataclass
class MinutesInput:
    meeting: MeetingInput
    attendees: list[AttendeeInput]
    agenda: list[AgendaItemInput]
    other_outcomes: list[OutcomeInput] = field(default_factory=list)  # not under an item


@dataclass
class MeetingState:
    id: int
    version: int
    status: MeetingStatus
    revision: int
    supersedes_id: int | None
    previous_meeting_id: int | None
    fingerprint: str | None
    document_number: str | None
    minutes: MinutesInput


@dataclass
class MeetingFilter:
    text: str = ""
    election_id: int | None = None
    kind: MeetingKind | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: MeetingStatus | None = None
    organiser_id: int | None = None
    attendee_id: int | None = None
    latest_only: bool = True  # hide a revision another one corrects


@dataclass
class MeetingRow:
    id: int
    starts_at: datetime
    subject: str
    kind: MeetingKind
    status: MeetingStatus
    revision: int
    election_name: str | None
    organiser_name: str | None
    chair_name: str | None
    attendee_count: int
    document_number: str | None
    version: int  # what a step taken from the list says the user saw (``expected_version``)


# ---- checks -------------------------------------------------------------------------------

def _may_record(actor: Actor) -> None:
    if not actor.can(*RECORDERS):
        raise permissions.refused(actor, Forbidden("Your role may not record meetings."))


def _get(session: Session, meeting_id: int) -> Meeting:
    """The meeting named by the caller: an id that is no whole number is refused in words,
    never handed to the database (PostgreSQL would fail on it rather than find nothing)."""
    meeting_id = validation.identifier(meeting_id, "Meeting")
    meeting = session.get(Meeting, meeting_id) if 0 < meeting_id <= validation.INT_MAX else None
    if meeting is None:
        raise NotFound("No meeting has the id {id}.", id=meeting_id)
    return meeting


def meeting_values(meeting: Meeting) -> dict[str, Any]:
    """What a save of the minutes replaces, as stored: the meeting's columns and its minutes
    (attendees, agenda with outcomes, other outcomes), for a refusal to set beside the edit."""
    minutes = minutes_of(meeting)
    return validation.stored_values(meeting) | {
        "attendees": minutes.attendees, "agenda": minutes.agenda,
        "other_outcomes": minutes.other_outcomes}


def locked(session: Session, meeting_id: int, expected_version: int | None, *,
           deleting: bool = False) -> Meeting:
    """The meeting read afresh and locked for this unit of work, refused (``StaleRecord``,
    with its minutes as stored) if it is no longer at ``expected_version``.

    Locked, a save, a step of the workflow and a deletion on two workstations run one after
    the other, and the second judges what the first left (``validation.editable``). Its
    outcomes are locked too (``FOR UPDATE``): a later sitting carrying one of them on, or a
    follow-up note on one, is then either seen by the checks here or made after this unit of
    work, never recorded in between and cut off by a deletion the checks allowed."""
    meeting = _get(session, meeting_id)
    meeting = validation.editable(session, Meeting, meeting.id, "Meeting", expected_version,
                                  stored=meeting_values, deleting=deleting)
    session.scalars(select(Directive.id).where(Directive.meeting_id == meeting.id)
                    .with_for_update()).all()
    return meeting


def _editable(meeting: Meeting) -> None:
    if meeting.status is MeetingStatus.APPROVED:
        raise Forbidden("These minutes are approved and locked; to correct them, amend them: "
                        "a new revision is made and the approved one is kept.")
    if meeting.status is MeetingStatus.AWAITING_APPROVAL:
        raise Conflict("These minutes await approval; a commander must return them to the "
                       "clerk before they can be changed.")


def _clean_outcome(session: Session, outcome: OutcomeInput, held_on: date) -> OutcomeInput:
    if outcome.id is not None:
        validation.identifier(outcome.id, "Outcome")
    due = validation.day(outcome.due_date, validation.Term("Due date"), required=False)
    validation.existing(session, Organisation, outcome.responsible_organisation_id,
                        "Responsible organisation")
    validation.existing(session, Person, outcome.responsible_person_id, "Responsible person")
    validation.existing(session, Directive, outcome.carried_over_from_id, "Directive")
    kind = validation.choice(OutcomeKind, outcome.kind, "Outcome kind")
    text = validation.text(outcome.text, "Outcome text", max_length=OUTCOME_LIMIT)
    if kind is OutcomeKind.DIRECTIVE and outcome.responsible_organisation_id is None \
            and outcome.responsible_person_id is None:
        raise Invalid("The directive «{text}» needs a responsible body or person.",
                      text=_excerpt(text))
    if due is not None and outcome.carried_over_from_id is None and due < held_on:
        # a carried directive may be overdue already; a new one cannot be due in the past
        raise Invalid("The outcome «{text}» is due before the meeting was held.",
                      text=_excerpt(text))
    return OutcomeInput(
        kind=kind,
        text=text,
        responsible_organisation_id=outcome.responsible_organisation_id,
        responsible_person_id=outcome.responsible_person_id,
        due_date=due,
        priority=validation.choice(Priority, outcome.priority, "Priority"),
        status=validation.choice(DirectiveStatus, outcome.status, "Status"),
        carried_over_from_id=outcome.carried_over_from_id,
        id=outcome.id,
    )


def _excerpt(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length].rstrip() + "…"


def _followed_up(session: Session, directives: list[Directive]) -> Directive | None:
    """The first of ``directives`` that has follow-up notes, which go with it if it goes."""
    ids = [d.id for d in directives]
    noted = set(session.scalars(select(DirectiveUpdate.directive_id).where(
        DirectiveUpdate.directive_id.in_(ids)))) if ids else set()
    return next((d for d in directives if d.id in noted), None)


def _carried_on(session: Session, meeting: Meeting,
                directives: list[Directive]) -> tuple[Directive, Meeting] | None:
    """The first of ``directives`` another meeting carries on, with that meeting."""
    ids = [d.id for d in directives]
    if not ids:
        return None
    found = session.execute(
        select(Directive.carried_over_from_id, Meeting)
        .join(Meeting, Directive.meeting_id == Meeting.id)
        .where(Directive.carried_over_from_id.in_(ids), Meeting.id != meeting.id)
        .order_by(Meeting.starts_at, Meeting.id)).first()
    if found is None:
        return None
    return next(d for d in directives if d.id == found[0]), found[1]


def _removals_allowed(session: Session, meeting: Meeting, data: MinutesInput) -> None:
    """A save may drop an outcome, but not one whose follow-up notes or whose carrying-on in
    a later sitting would be lost with it: the clerk is told which, and nothing changes."""
    kept = {o.id for item in data.agenda for o in item.outcomes}
    kept |= {o.id for o in data.other_outcomes}
    dropped = [d for d in meeting.directives if d.id not in kept]
    noted = _followed_up(session, dropped)
    if noted is not None:
        raise Conflict("The outcome «{text}» has follow-up notes and cannot be removed; set "
                       "its status to Done or Cancelled instead.", text=_excerpt(noted.text))
    carried = _carried_on(session, meeting, dropped)
    if carried is not None:
        raise Conflict("The outcome «{text}» is carried on in the minutes of {date} and cannot "
                       "be removed here; remove it there first.", text=_excerpt(carried[0].text),
                       date=carried[1].starts_at.date().isoformat())


def _clean(session: Session, data: MinutesInput) -> MinutesInput:
    """The input as it will be stored, or a domain error naming the first problem."""
    m = data.meeting
    # the room's clock, without a zone: the engines would store an aware time differently
    validation.moment(m.starts_at, validation.Term("Start"))
    validation.moment(m.ends_at, validation.Term("End"), required=False)
    validation.ordered(m.starts_at, m.ends_at, "Meeting")
    validation.existing(session, Election, m.election_id, "Election")
    validation.existing(session, Organisation, m.organiser_id, "Organising body")
    chair = validation.existing(session, Person, m.chair_id, "Chair")
    meeting = MeetingInput(
        kind=validation.choice(MeetingKind, m.kind, "Meeting kind"),
        subject=validation.text(m.subject, "Subject", max_length=SUBJECT_LIMIT),
        starts_at=m.starts_at, ends_at=m.ends_at,
        place=validation.text(m.place, "Place", max_length=PLACE_LIMIT, required=False),
        election_id=m.election_id, chair_id=m.chair_id, organiser_id=m.organiser_id,
        classification=validation.choice(Classification, m.classification, "Classification"),
    )
    attendees: list[AttendeeInput] = []
    seen: set[int] = set()
    for attendee in data.attendees:
        person = validation.required(session, Person, attendee.person_id, "Attendee")
        if person.id in seen:
            raise Invalid("{name} is listed twice among the attendees.",
                          name=formal_name(person))
        seen.add(person.id)
        validation.existing(session, Organisation, attendee.represents_id, "Represented body")
        capacity = validation.choice(AttendanceCapacity, attendee.capacity, "Capacity")
        if capacity is AttendanceCapacity.REPRESENTATIVE and attendee.represents_id is None:
            raise Invalid("{name} attends as a representative; name the body represented.",
                          name=formal_name(person))
        if capacity is AttendanceCapacity.CHAIR and person.id != meeting.chair_id:
            if meeting.chair_id is not None:
                raise Invalid("Only the chair, {name}, attends as chair.",
                              name=formal_name(chair) if chair else "")
            meeting.chair_id = person.id  # the clerk marked the chair in the table
            chair = person
        attendees.append(AttendeeInput(
            person_id=person.id, capacity=capacity, represents_id=attendee.represents_id,
            presence=validation.choice(Presence, attendee.presence, "Attendance")))
    if chair is not None:
        if chair.id not in seen:
            raise Invalid("The chair, {name}, must be among the attendees.",
                          name=formal_name(chair))
        for attendee in attendees:
            if attendee.person_id == chair.id:
                attendee.capacity = AttendanceCapacity.CHAIR
    agenda = [
        AgendaItemInput(
            title=validation.text(item.title, "Agenda item", max_length=TITLE_LIMIT),
            discussion=validation.text(item.discussion, "Discussion",
                                       max_length=DISCUSSION_LIMIT, required=False),
            outcomes=[_clean_outcome(session, o, m.starts_at.date()) for o in item.outcomes])
        for item in data.agenda
    ]
    others = [_clean_outcome(session, o, m.starts_at.date()) for o in data.other_outcomes]
    return MinutesInput(meeting, attendees, agenda, others)


# ---- writing ------------------------------------------------------------------------------

def search_key_of(session: Session, meeting: Meeting, people: Iterable[int]) -> str:
    """What the list's search matches: subject, place, the body and every attendee."""
    organiser = meeting.organiser or (
        session.get(Organisation, meeting.organiser_id) if meeting.organiser_id else None)
    names = session.scalars(select(Person.full_name_ar).where(Person.id.in_(list(people))))
    parts = [meeting.subject, meeting.place, organiser.name_ar if organiser else None,
             organiser.short_name if organiser else None, *names]
    return normalise(" ".join(p for p in parts if p))[:1000]


def _outcome_row(item: AgendaItem | None, outcome: OutcomeInput, position: int,
                 kept: dict[int, Directive], origins: dict[int, int]) -> Directive:
    """The outcome's stored row, updated in place, or a new one.

    Only ids of this meeting's own outcomes are honoured, so an input can never take over
    another meeting's directive. A stored outcome keeps its status: after it is recorded the
    status is the follow-up's (``desktop.services.directives``), which another workstation
    may have moved while this copy of the minutes was open. A new outcome carried over from
    another goes on as that directive (``origins``: its first row).
    """
    row = kept.pop(outcome.id, None) if outcome.id is not None else None
    if row is None:
        row = Directive(status=outcome.status)
        if outcome.carried_over_from_id is not None:
            row.origin_id = origins.get(outcome.carried_over_from_id)
    row.agenda_item, row.kind, row.position, row.text = item, outcome.kind, position, outcome.text
    row.responsible_organisation_id = outcome.responsible_organisation_id
    row.responsible_person_id = outcome.responsible_person_id
    row.due_date, row.priority = outcome.due_date, outcome.priority
    row.carried_over_from_id = outcome.carried_over_from_id
    return row


def _origins(session: Session, data: MinutesInput) -> dict[int, int]:
    """The first row of each directive the input carries over, by the row carried."""
    carried = {o.carried_over_from_id for item in data.agenda for o in item.outcomes}
    carried |= {o.carried_over_from_id for o in data.other_outcomes}
    carried.discard(None)
    if not carried:
        return {}
    rows = session.execute(select(Directive.id, Directive.origin_id)
                           .where(Directive.id.in_(carried))).tuples()
    return {row_id: origin or row_id for row_id, origin in rows}


def _write(session: Session, meeting: Meeting, data: MinutesInput) -> None:
    m = data.meeting
    meeting.kind, meeting.subject = m.kind, m.subject
    meeting.starts_at, meeting.ends_at, meeting.place = m.starts_at, m.ends_at, m.place
    meeting.election_id, meeting.chair_id = m.election_id, m.chair_id
    meeting.organiser_id, meeting.classification = m.organiser_id, m.classification
    kept: dict[int, Directive] = {}
    if meeting.id is not None:
        # Old rows go first: the new ones may repeat an attendee (unique per meeting).
        # Outcomes stay, to be updated in place: other meetings and follow-ups name them.
        kept = {directive.id: directive for directive in meeting.directives}
        for directive in kept.values():  # let go of the items first, in the ORM's own state
            directive.agenda_item = None
        meeting.attendances.clear()
        meeting.agenda_items.clear()
        session.flush()
    else:
        session.add(meeting)
    for position, attendee in enumerate(data.attendees, start=1):
        meeting.attendances.append(Attendance(
            person_id=attendee.person_id, capacity=attendee.capacity,
            represents_id=attendee.represents_id, presence=attendee.presence,
            position=position))
    outcomes: list[Directive] = []
    origins = _origins(session, data)
    for position, item in enumerate(data.agenda, start=1):
        row = AgendaItem(position=position, title=item.title, discussion=item.discussion)
        meeting.agenda_items.append(row)
        outcomes.extend(_outcome_row(row, outcome, len(outcomes) + 1, kept, origins)
                        for outcome in item.outcomes)
    outcomes.extend(_outcome_row(None, outcome, len(outcomes) + 1, kept, origins)
                    for outcome in data.other_outcomes)
    meeting.directives = outcomes  # the outcomes left out of the input are deleted
    meeting.search_key = search_key_of(session, meeting, (a.person_id for a in data.attendees))


def create_meeting(session: Session, actor: Actor, data: MinutesInput) -> int:
    _may_record(actor)
    clean = _clean(session, data)
    meeting = Meeting(status=MeetingStatus.DRAFT, revision=1)
    _write(session, meeting, clean)
    session.flush()
    audit.record(session, actor, "create", meeting)
    return meeting.id


def save_meeting(session: Session, actor: Actor, meeting_id: int, data: MinutesInput,
                 expected_version: int | None = None) -> int:
    _may_record(actor)
    meeting = locked(session, meeting_id, expected_version)
    _editable(meeting)
    clean = _clean(session, data)
    _removals_allowed(session, meeting, clean)
    _write(session, meeting, clean)
    changes = audit.changed_fields(meeting)
    meeting.updated_at = utcnow()  # a save of the children alone is a change too
    session.flush()
    audit.record(session, actor, "update", meeting, changes=changes or None)
    return meeting.version


# ---- reading ------------------------------------------------------------------------------

def _outcome_input(directive: Directive) -> OutcomeInput:
    return OutcomeInput(
        kind=directive.kind, text=directive.text,
        responsible_organisation_id=directive.responsible_organisation_id,
        responsible_person_id=directive.responsible_person_id, due_date=directive.due_date,
        priority=directive.priority, status=directive.status,
        carried_over_from_id=directive.carried_over_from_id, id=directive.id)


def minutes_of(meeting: Meeting) -> MinutesInput:
    under: dict[int, list[OutcomeInput]] = {item.id: [] for item in meeting.agenda_items}
    others: list[OutcomeInput] = []
    for directive in meeting.directives:
        target = under.get(directive.agenda_item_id) if directive.agenda_item_id else None
        (target if target is not None else others).append(_outcome_input(directive))
    return MinutesInput(
        meeting=MeetingInput(
            kind=meeting.kind, subject=meeting.subject, starts_at=meeting.starts_at,
            ends_at=meeting.ends_at, place=meeting.place, election_id=meeting.election_id,
            chair_id=meeting.chair_id, organiser_id=meeting.organiser_id,
            classification=meeting.classification),
        attendees=[AttendeeInput(a.person_id, a.capacity, a.represents_id, a.presence)
                   for a in meeting.attendances],
        agenda=[AgendaItemInput(i.title, i.discussion, under[i.id])
                for i in meeting.agenda_items],
        other_outcomes=others)


def load_meeting(session: Session, meeting_id: int) -> MeetingState:
    meeting = _get(session, meeting_id)
    number = (session.get(DocumentNumber, meeting.document_number_id)
              if meeting.document_number_id else None)
    return MeetingState(
        id=meeting.id, version=meeting.version, status=meeting.status,
        revision=meeting.revision, supersedes_id=meeting.supersedes_id,
        previous_meeting_id=meeting.previous_meeting_id, fingerprint=meeting.fingerprint,
        document_number=format_number(number) if number else None,
        minutes=minutes_of(meeting))


def protocol_order(session: Session, attendees: list[AttendeeInput]) -> list[AttendeeInput]:
    """The order of protocol: the chair; civil officials with an honorific and no rank (the
    commission's director, a judge), who sit beside the chair in a joint meeting; then rank
    seniority, position title and name."""
    people = {p.id: p for p in session.scalars(
        select(Person).where(Person.id.in_([a.person_id for a in attendees])))}
    seniority = dict(session.execute(select(Rank.id, Rank.seniority)).tuples().all())

    def key(attendee: AttendeeInput) -> tuple[int, int, int, str, str]:
        person = people.get(attendee.person_id)
        if person is None:
            return (3, 1, 1_000_000, "", "")
        rank = seniority.get(person.rank_id, 1_000_000) if person.rank_id else 1_000_000
        chair = 0 if attendee.capacity is AttendanceCapacity.CHAIR else 1
        official = 0 if person.rank_id is None and (person.honorific or "").strip() else 1
        return (chair, official, rank, normalise(person.position_title),
                normalise(person.full_name_ar))

    return sorted(attendees, key=key)


def chaired_by(attendees: Iterable[AttendeeInput], chair_id: int | None) -> list[AttendeeInput]:
    """The attendees as they sit when ``chair_id`` chairs: the chair attends as chair, and
    whoever was marked chair before attends as a member (a save keeps the same rule)."""
    def seat(attendee: AttendeeInput) -> AttendanceCapacity:
        if attendee.person_id == chair_id:
            return AttendanceCapacity.CHAIR
        if attendee.capacity is AttendanceCapacity.CHAIR:
            return AttendanceCapacity.MEMBER
        return attendee.capacity

    return [replace(attendee, capacity=seat(attendee)) for attendee in attendees]


def chair_after(chair_id: int | None, person_id: int,
                capacity: AttendanceCapacity) -> int | None:
    """The chair once ``person_id`` is given ``capacity`` in the attendance list: marking an
    attendee chair makes them the chair; marking the chair otherwise leaves no chair named."""
    if capacity is AttendanceCapacity.CHAIR:
        return person_id
    return None if person_id == chair_id else chair_id


# ---- the workflow -------------------------------------------------------------------------

def new_from_previous(session: Session, actor: Actor, meeting_id: int) -> int:
    """The next sitting of a recurring meeting: same people and agenda, open work carried."""
    _may_record(actor)
    previous = _get(session, meeting_id)
    # Its directives are read as they stand, and held until this sitting is recorded: a
    # follow-up moving one's status meanwhile waits, then reaches the copy made here too.
    session.scalars(select(Directive.id).where(Directive.meeting_id == previous.id)
                    .with_for_update()).all()
    state = minutes_of(previous)
    agenda = [AgendaItemInput(item.title) for item in state.agenda]
    by_title = {normalise(item.title): item for item in agenda}
    others: list[OutcomeInput] = []
    for directive in previous.directives:
        if directive.kind is OutcomeKind.NOTE or directive.status not in FOLLOWED_UP:
            continue
        carried = _outcome_input(directive)
        carried.carried_over_from_id, carried.id = directive.id, None
        item = directive.agenda_item
        target = by_title.get(normalise(item.title)) if item is not None else None
        (target.outcomes if target is not None else others).append(carried)
    attendees = [AttendeeInput(a.person_id, a.capacity, a.represents_id, Presence.PRESENT)
                 for a in state.attendees]
    start = previous.starts_at + timedelta(days=7)
    end = previous.ends_at + timedelta(days=7) if previous.ends_at else None
    data = MinutesInput(
        MeetingInput(previous.kind, previous.subject, start, end, previous.place,
                     previous.election_id, previous.chair_id, previous.organiser_id,
                     previous.classification),
        attendees, agenda, others)
    meeting = Meeting(status=MeetingStatus.DRAFT, revision=1, previous_meeting_id=previous.id)
    _write(session, meeting, _clean(session, data))
    session.flush()
    audit.record(session, actor, "create", meeting)
    return meeting.id


def submit(session: Session, actor: Actor, meeting_id: int, *,
           expected_version: int | None = None) -> None:
    """Send a draft for approval: the minutes as the clerk last read them
    (``expected_version``), not as another workstation has changed them since."""
    _may_record(actor)
    meeting = locked(session, meeting_id, expected_version)
    if meeting.status is not MeetingStatus.DRAFT:
        raise Conflict("Only a draft can be submitted for approval.")
    if meeting.chair_id is None:
        raise Invalid("Name the chair of the meeting before submitting the minutes.")
    if not meeting.attendances:
        raise Invalid("Record the attendees before submitting the minutes.")
    meeting.status = MeetingStatus.AWAITING_APPROVAL
    meeting.submitted_at = datetime.now()
    audit.record(session, actor, "submit", meeting)


def return_to_draft(session: Session, actor: Actor, meeting_id: int, reason: str, *,
                    expected_version: int | None = None) -> None:
    if not actor.can(*APPROVERS):
        raise permissions.refused(actor, Forbidden("Only a commander may return minutes to "
                                                   "the clerk."))
    meeting = locked(session, meeting_id, expected_version)
    if meeting.status is not MeetingStatus.AWAITING_APPROVAL:
        raise Conflict("Only minutes awaiting approval can be returned.")
    reason = validation.text(reason, "Reason", max_length=REASON_LIMIT)
    meeting.status = MeetingStatus.DRAFT
    meeting.submitted_at = None
    changes = audit.changed_fields(meeting)
    changes["reason"] = reason
    audit.record(session, actor, "return", meeting, changes=changes)


def delete_draft(session: Session, actor: Actor, meeting_id: int, *,
                 expected_version: int | None = None) -> None:
    """Delete a draft, unless something recorded elsewhere would lose its footing.

    A later sitting started from this one, or carrying its directives on, names it; the
    database would quietly cut those links and the later minutes would no longer say where
    their carried directives came from. Pointing them at an earlier sitting instead would
    invent a history. So the clerk is told which sitting follows, and deletes that first (or
    keeps this one). Follow-up notes on its outcomes are kept the same way.

    The draft and its outcomes are locked before the checks (``locked``), so a sitting
    started from it on another workstation at the same moment is either seen here or
    refused there (the draft it names is gone); and a draft changed since the clerk read it
    (``expected_version``) is not deleted unseen.
    """
    _may_record(actor)
    meeting = locked(session, meeting_id, expected_version, deleting=True)
    if meeting.status is not MeetingStatus.DRAFT:
        raise Conflict("Only a draft can be deleted; submitted and approved minutes are kept.")
    own = select(Directive.id).where(Directive.meeting_id == meeting.id)
    carrying = select(Directive.meeting_id).where(Directive.carried_over_from_id.in_(own))
    later = session.scalars(
        select(Meeting).where(Meeting.id != meeting.id, or_(
            Meeting.previous_meeting_id == meeting.id, Meeting.id.in_(carrying)))
        .order_by(Meeting.starts_at, Meeting.id).limit(1)).first()
    if later is not None:
        raise Conflict("This draft is followed by the minutes of {date}, which carry on from "
                       "it; delete those first, or keep this draft.",
                       date=later.starts_at.date().isoformat())
    noted = _followed_up(session, list(meeting.directives))
    if noted is not None:
        raise Conflict("This draft cannot be deleted: its outcome «{text}» has follow-up "
                       "notes.", text=_excerpt(noted.text))
    audit.record(session, actor, "delete", meeting, changes={"subject": meeting.subject})
    session.delete(meeting)


# ---- the list -----------------------------------------------------------------------------

def _is(column, id_: int, what: str):
    """``column == id_`` for an id the caller gave: refused if it is no record number, and
    matching nothing (rather than failing on PostgreSQL) if no row can have it."""
    id_ = validation.identifier(id_, what)
    return column == id_ if 0 < id_ <= validation.INT_MAX else false()


def _filtered(f: MeetingFilter):
    stmt = select(Meeting.id)
    for word in normalise(f.text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Meeting.search_key.like(f"%{escaped}%", escape="\\"))
    if f.election_id is not None:
        stmt = stmt.where(_is(Meeting.election_id, f.election_id, "Election"))
    if f.kind is not None:
        stmt = stmt.where(Meeting.kind == f.kind)
    if f.status is not None:
        stmt = stmt.where(Meeting.status == f.status)
    if f.organiser_id is not None:
        stmt = stmt.where(_is(Meeting.organiser_id, f.organiser_id, "Organising body"))
    if f.date_from is not None:
        stmt = stmt.where(Meeting.starts_at >= datetime.combine(f.date_from, datetime.min.time()))
    if f.date_to is not None:
        end = datetime.combine(f.date_to + timedelta(days=1), datetime.min.time())
        stmt = stmt.where(Meeting.starts_at < end)
    if f.attendee_id is not None:
        stmt = stmt.where(exists().where(Attendance.meeting_id == Meeting.id,
                                         _is(Attendance.person_id, f.attendee_id, "Attendee")))
    if f.latest_only:
        newer = aliased(Meeting)
        stmt = stmt.where(~exists().where(newer.supersedes_id == Meeting.id))
    return stmt


def meeting_count(session: Session, f: MeetingFilter) -> int:
    return session.scalar(select(func.count()).select_from(_filtered(f).subquery())) or 0


def meeting_page(session: Session, f: MeetingFilter, sort: str, descending: bool,
                 offset: int, limit: int, lang: str = "ar") -> list[MeetingRow]:
    """One page of the list; bodies named in ``lang`` where they have such a name."""
    chair = aliased(Person)
    attendees = (select(func.count(Attendance.id)).where(Attendance.meeting_id == Meeting.id)
                 .correlate(Meeting).scalar_subquery())
    organiser = (func.coalesce(Organisation.name_en, Organisation.name_ar) if lang == "en"
                 else Organisation.name_ar)
    orders = {"starts_at": Meeting.starts_at, "subject": Meeting.subject, "kind": Meeting.kind,
              "status": Meeting.status, "organiser": organiser, "chair": chair.full_name_ar}
    column = orders.get(sort, Meeting.starts_at)
    stmt = (
        select(Meeting.id, Meeting.starts_at, Meeting.subject, Meeting.kind, Meeting.status,
               Meeting.revision, Election.name, organiser, chair.full_name_ar,
               attendees, Meeting.document_number_id, Meeting.version)
        .outerjoin(Election, Meeting.election_id == Election.id)
        .outerjoin(Organisation, Meeting.organiser_id == Organisation.id)
        .outerjoin(chair, Meeting.chair_id == chair.id)
        .where(Meeting.id.in_(_filtered(f)))
        .order_by(column.desc() if descending else column.asc(),
                  Meeting.id.desc() if descending else Meeting.id.asc())
        .offset(offset).limit(limit)
    )
    rows = session.execute(stmt).all()
    number_ids = [r[10] for r in rows if r[10] is not None]
    numbers = {n.id: format_number(n) for n in session.scalars(
        select(DocumentNumber).where(DocumentNumber.id.in_(number_ids)))} if number_ids else {}
    return [MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or 0,
                       numbers.get(r[10]), r[11]) for r in rows]


def find_meetings(session: Session, text: str, limit: int = 50) -> list[Meeting]:
    """Pickers: meetings whose subject, place, body or attendees match every typed word."""
    f = MeetingFilter(text=text)
    return list(session.scalars(select(Meeting).where(Meeting.id.in_(_filtered(f)))
                                .order_by(Meeting.starts_at.desc()).limit(limit)))

