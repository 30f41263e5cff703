"""Approved minutes: the commander's approval, the fingerprint that seals them, revisions.

Approved minutes never change. A correction is a new revision (a new row naming the one it
corrects); the approved one stays as it was signed. The fingerprint is a SHA-256 of the
approved content in a canonical form, printed at the foot of the minutes, so a paper copy can
be checked against the database (``ghurfa verify``).

The canonical form names people, bodies and the election by id, and holds the minutes' own
words (subject, discussion, outcomes) as written: a later spelling correction in the registry
does not break the seal of minutes approved before it.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AgendaItem, Attendance, Directive, Meeting
from desktop.models.base import utcnow
from desktop.models.enums import MeetingStatus
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Forbidden, Invalid
from desktop.services.meetings import APPROVERS, RECORDERS, _get

FINGERPRINT_PREFIX = "ghurfa-fingerprint:"
CANONICAL_FORMAT = 1
_HEX = re.compile(r"[0-9a-f]+")


def _when(value: date | datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if isinstance(value, datetime) else (
        value.isoformat() if value is not None else None)


def _outcome(directive: Directive) -> dict[str, Any]:
    return {"kind": directive.kind.value, "text": directive.text,
            "organisation": directive.responsible_organisation_id,
            "person": directive.responsible_person_id, "due": _when(directive.due_date),
            "priority": directive.priority.value}


def canonical_form(meeting: Meeting) -> bytes:
    """The approved content as deterministic UTF-8 JSON; edits' bookkeeping left out."""
    items: dict[int | None, list[Directive]] = {}
    for directive in sorted(meeting.directives, key=lambda d: (d.position, d.id or 0)):
        items.setdefault(directive.agenda_item_id, []).append(directive)
    agenda: list[AgendaItem] = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id or 0))
    attendances: list[Attendance] = sorted(meeting.attendances,
                                           key=lambda a: (a.position, a.id or 0))
    content = {
        "format": CANONICAL_FORMAT,
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
    return json.dumps(content, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def fingerprint(meeting: Meeting) -> str:
    return hashlib.sha256(canonical_form(meeting)).hexdigest()


def approve(session: Session, actor: Actor, meeting_id: int) -> str:
    """Approve minutes awaiting approval; returns their fingerprint."""
    if not actor.can(*APPROVERS):
        raise Forbidden("Only a commander may approve minutes.")
    meeting = _get(session, meeting_id)
    if meeting.status is not MeetingStatus.AWAITING_APPROVAL:
        raise Conflict("Only minutes awaiting approval can be approved.")
    if meeting.chair_id is None:
        raise Invalid("Name the chair of the meeting before submitting the minutes.")
    session.flush()
    meeting.status = MeetingStatus.APPROVED
    meeting.approved_at = utcnow()
    meeting.approved_by_id = actor.user_id
    meeting.fingerprint = fingerprint(meeting)
    audit.record(session, actor, "approve", meeting)
    return meeting.fingerprint


def amend(session: Session, actor: Actor, meeting_id: int) -> int:
    """A new draft revision of approved minutes; the approved one is kept unchanged."""
    if not actor.can(*RECORDERS):
        raise Forbidden("Your role may not record meetings.")
    approved = _get(session, meeting_id)
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
            priority=d.priority, status=d.status, carried_over_from_id=d.carried_over_from_id))
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
