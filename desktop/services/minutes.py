"""Approved minutes: the commander's approval, the fingerprint that seals them, revisions.

Approved minutes never change. A correction is a new revision (a new row naming the one it
corrects); the approved one stays as it was signed. The fingerprint is a SHA-256 of the
approved content in a canonical form, printed at the foot of the minutes, so a paper copy can
be checked against the database (``ghurfa verify``).

The canonical form names people, bodies and the election by id, and holds the minutes' own
words (subject, discussion, outcomes) as written. What the minutes print of the registry (the
attendees' names, ranks, positions and bodies, the chair, the organiser, those charged with a
directive, the election's name) is copied at approval into ``Meeting.sealed_record`` and sealed
with the rest: approved minutes print from that copy, so a later rename in the registry changes
neither the reprint nor the seal. Minutes approved before the copy existed (canonical format 1)
keep their fingerprint and print from the registry.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AgendaItem, Attendance, Directive, Meeting, Organisation, Person
from desktop.models.base import utcnow
from desktop.models.enums import MeetingStatus
from desktop.services import audit, permissions
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Forbidden, Invalid
from desktop.services.meetings import APPROVERS, RECORDERS, locked

FINGERPRINT_PREFIX = "ghurfa-fingerprint:"
CANONICAL_FORMAT = 2  # 1: before the registry copy; still read for minutes sealed then
SEALED_FORMAT = 1
_HEX = re.compile(r"[0-9a-f]+")


def _when(value: date | datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if isinstance(value, datetime) else (
        value.isoformat() if value is not None else None)


def _outcome(directive: Directive) -> dict[str, Any]:
    return {"kind": directive.kind.value, "text": directive.text,
            "organisation": directive.responsible_organisation_id,
            "person": directive.responsible_person_id, "due": _when(directive.due_date),
            "priority": directive.priority.value}


@dataclass(frozen=True)
class SealedRank:
    name_ar: str
    name_en: str | None


@dataclass(frozen=True)
class SealedOrganisation:
    id: int
    name_ar: str
    name_en: str | None


@dataclass(frozen=True)
class SealedPerson:
    """A person as the approved minutes print them: the attributes a ``Person`` has for it."""

    id: int
    full_name_ar: str
    name_latin: str | None
    honorific: str | None
    rank: SealedRank | None
    staff_qualified: bool
    position_title: str | None
    organisation: SealedOrganisation | None


@dataclass(frozen=True)
class SealedElection:
    name: str
    name_en: str | None


@dataclass(frozen=True)
class SealedRegistry:
    people: dict[int, SealedPerson]
    organisations: dict[int, SealedOrganisation]
    election: SealedElection | None


def registry_copy(meeting: Meeting) -> dict[str, Any]:
    """What the minutes print from the registry, as it reads now: sealed at approval.

    Both languages are kept, so the Arabic and the English print come from the same copy.
    """
    people: dict[int, Person] = {}
    bodies: dict[int, Organisation] = {}

    def body(org: Organisation | None) -> None:
        if org is not None:
            bodies[org.id] = org

    def person(who: Person | None) -> None:
        if who is not None:
            people[who.id] = who
            body(who.organisation)

    person(meeting.chair)
    body(meeting.organiser)
    for attendance in meeting.attendances:
        person(attendance.person)
        body(attendance.represents)
    for directive in meeting.directives:
        person(directive.responsible_person)
        body(directive.responsible_organisation)
    election = meeting.election
    return {
        "format": SEALED_FORMAT,
        "people": [{
            "id": p.id, "name_ar": p.full_name_ar, "name_latin": p.name_latin,
            "honorific": p.honorific, "staff": bool(p.staff_qualified),
            "rank": {"ar": p.rank.name_ar, "en": p.rank.name_en} if p.rank else None,
            "position": p.position_title, "organisation": p.organisation_id,
        } for p in sorted(people.values(), key=lambda p: p.id)],
        "organisations": [{"id": o.id, "name_ar": o.name_ar, "name_en": o.name_en}
                          for o in sorted(bodies.values(), key=lambda o: o.id)],
        "election": {"name": election.name, "name_en": election.name_en}
        if election is not None else None,
    }


def sealed_registry(meeting: Meeting) -> SealedRegistry | None:
    """The registry as the approved minutes print it, or None (a draft, or sealed before)."""
    if not meeting.sealed_record:
        return None
    data = json.loads(meeting.sealed_record)
    organisations = {o["id"]: SealedOrganisation(o["id"], o["name_ar"], o["name_en"])
                     for o in data["organisations"]}
    people = {p["id"]: SealedPerson(
        id=p["id"], full_name_ar=p["name_ar"], name_latin=p["name_latin"],
        honorific=p["honorific"], staff_qualified=p["staff"],
        rank=SealedRank(p["rank"]["ar"], p["rank"]["en"]) if p["rank"] else None,
        position_title=p["position"], organisation=organisations.get(p["organisation"]))
        for p in data["people"]}
    election = data.get("election")
    return SealedRegistry(people, organisations, SealedElection(election["name"],
                                                                election["name_en"])
                          if election else None)


def sealed_copy(meeting: Meeting) -> str:
    """The registry copy as stored in ``Meeting.sealed_record``."""
    return json.dumps(registry_copy(meeting), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def seal(meeting: Meeting) -> str:
    """Copy what the minutes print from the registry and fingerprint the whole."""
    meeting.sealed_record = sealed_copy(meeting)
    meeting.fingerprint = fingerprint(meeting)
    return meeting.fingerprint


def seal_holds(meeting: Meeting) -> bool:
    """Whether approved minutes still read as they were sealed (nothing changed behind)."""
    return bool(meeting.fingerprint) and fingerprint(meeting) == meeting.fingerprint


def canonical_form(meeting: Meeting, sealed_record: str | None = None) -> bytes:
    """The approved content as deterministic UTF-8 JSON; edits' bookkeeping left out.

    ``sealed_record`` stands for the meeting's own copy, to compute a seal before storing it.
    """
    items: dict[int | None, list[Directive]] = {}
    for directive in sorted(meeting.directives, key=lambda d: (d.position, d.id or 0)):
        items.setdefault(directive.agenda_item_id, []).append(directive)
    agenda: list[AgendaItem] = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id or 0))
    attendances: list[Attendance] = sorted(meeting.attendances,
                                           key=lambda a: (a.position, a.id or 0))
    sealed = sealed_record if sealed_record is not None else meeting.sealed_record
    content: dict[str, Any] = {
        "format": CANONICAL_FORMAT if sealed else 1,
        "meeting": {
            "kind": meeting.kind.value, "subject": meeting.subject,
            "starts": _when(meeting.starts_at), "ends": _when(meeting.ends_at),
            "place": meeting.place, "election": meeting.election_id,
            "chair": meeting.chair_id, "organiser": meeting.organiser_id,
            "classification": meeting.classification.value,
            "revision": meeting.revision, "supersedes": meeting.supersedes_id,
        },
        "attendees": [{"person": a.person_id, "capacity": a.capacity.value,
                       "represents": a.represents_id, "presence": a.presence.value}
                      for a in attendances],
        "agenda": [{"title": i.title, "discussion": i.discussion,
                    "outcomes": [_outcome(d) for d in items.get(i.id, [])]} for i in agenda],
        "outcomes": [_outcome(d) for d in items.get(None, [])],
    }
    if sealed:
        content["registry"] = json.loads(sealed)
    return json.dumps(content, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def fingerprint(meeting: Meeting, sealed_record: str | None = None) -> str:
    return hashlib.sha256(canonical_form(meeting, sealed_record)).hexdigest()


def approve(session: Session, actor: Actor, meeting_id: int, *,
            expected_version: int | None = None) -> str:
    """Approve minutes awaiting approval; returns their fingerprint.

    ``expected_version`` is the version of the minutes the commander read: minutes returned,
    changed and submitted again since are refused (``StaleRecord``), not approved unread."""
    if not actor.can(*APPROVERS):
        raise permissions.refused(actor, Forbidden("Only a commander may approve minutes."))
    meeting = locked(session, meeting_id, expected_version)
    if meeting.status is not MeetingStatus.AWAITING_APPROVAL:
        raise Conflict("Only minutes awaiting approval can be approved.")
    if meeting.chair_id is None:
        raise Invalid("Name the chair of the meeting before submitting the minutes.")
    session.flush()
    meeting.status = MeetingStatus.APPROVED
    meeting.approved_at = utcnow()
    meeting.approved_by_id = actor.user_id
    seal(meeting)
    audit.record(session, actor, "approve", meeting)
    return meeting.fingerprint


def amend(session: Session, actor: Actor, meeting_id: int, *,
          expected_version: int | None = None) -> int:
    """A new draft revision of approved minutes; the approved one is kept unchanged.

    The approved minutes are locked before looking for a revision that corrects them
    already: two workstations amending at the same moment would otherwise each find none and
    make two corrections of one record. The second waits, then is told of the first."""
    if not actor.can(*RECORDERS):
        raise permissions.refused(actor, Forbidden("Your role may not record meetings."))
    approved = locked(session, meeting_id, expected_version)
    if approved.status is not MeetingStatus.APPROVED:
        raise Conflict("Only approved minutes are amended; a draft is simply edited.")
    newer = session.scalar(select(Meeting).where(Meeting.supersedes_id == approved.id))
    if newer is not None:
        raise Conflict("Revision {revision} already corrects these minutes; open it.",
                       revision=newer.revision)
    revision = Meeting(
        kind=approved.kind, subject=approved.subject, election_id=approved.election_id,
        starts_at=approved.starts_at, ends_at=approved.ends_at, place=approved.place,
        chair_id=approved.chair_id, organiser_id=approved.organiser_id,
        classification=approved.classification, status=MeetingStatus.DRAFT,
        revision=approved.revision + 1, supersedes_id=approved.id,
        previous_meeting_id=approved.previous_meeting_id, search_key=approved.search_key)
    for a in approved.attendances:
        revision.attendances.append(Attendance(
            person_id=a.person_id, capacity=a.capacity, represents_id=a.represents_id,
            presence=a.presence, position=a.position))
    copies: dict[int, AgendaItem] = {}
    for item in approved.agenda_items:
        copies[item.id] = AgendaItem(position=item.position, title=item.title,
                                     discussion=item.discussion)
        revision.agenda_items.append(copies[item.id])
    for d in approved.directives:
        revision.directives.append(Directive(
            meeting=revision, agenda_item=copies.get(d.agenda_item_id) if d.agenda_item_id
            else None, kind=d.kind, position=d.position, text=d.text,
            responsible_organisation_id=d.responsible_organisation_id,
            responsible_person_id=d.responsible_person_id, due_date=d.due_date,
            priority=d.priority, status=d.status, carried_over_from_id=d.carried_over_from_id,
            origin_id=d.origin_id or d.id))  # the same directive: followed up as one
    session.add(revision)
    session.flush()
    audit.record(session, actor, "amend", revision,
                 changes={"supersedes": approved.id, "revision": revision.revision})
    return revision.id


def clean_fingerprint(text: str) -> str:
    """Hex digits of a fingerprint as typed or printed: spaces, dashes, a prefix dropped."""
    text = text.strip().lower()
    if text.startswith(FINGERPRINT_PREFIX):
        text = text[len(FINGERPRINT_PREFIX):]
    return "".join(_HEX.findall(text))


def find_by_fingerprint(session: Session, text: str) -> Meeting | None:
    """The approved minutes with this fingerprint (the full 64 digits or at least 16)."""
    digits = clean_fingerprint(text)
    if len(digits) < 16:
        return None
    if len(digits) >= 64:
        stmt = select(Meeting).where(Meeting.fingerprint == digits[:64])
    else:
        stmt = select(Meeting).where(Meeting.fingerprint.like(f"{digits}%"))
    found = list(session.scalars(stmt.where(Meeting.status == MeetingStatus.APPROVED)
                                 .order_by(Meeting.id).limit(2)))
    return found[0] if len(found) == 1 else None


def superseded_by(session: Session, meeting: Meeting) -> Meeting | None:
    return session.scalar(select(Meeting).where(Meeting.supersedes_id == meeting.id))
