"""Approved means fixed: what was approved, published or issued is not rewritten.

The services refuse these changes where the user asks for them, in words that say what to do
instead (amend the minutes, void the number, confirm an amendment of the roster). This module
is the net under all of them: every flush of every session is checked here, so no service,
present or future, changes by mistake

- **approved minutes**: the meeting's own columns (all but the document number it is printed
  under, which may be given once, or again after the one it had was voided), and its
  attendees, agenda and outcomes; an outcome's follow-up status alone goes on changing. The
  minutes are neither deleted nor taken back to a draft;
- **a document number once issued**: it is only voided (its status, when and why), and a
  voided number changes no more; none is deleted;
- **a published roster's record**: its history rows (``roster_events``) are never changed or
  deleted, its revision never goes down, and a published roster's date and signature stay as
  published until it is withdrawn. A change of a published roster is an amendment the user
  confirms (``desktop.services.rosters``): that is a new revision, not a rewrite of the old one.

"Approved" means as committed before this unit of work: minutes inserted or approved by the
same unit of work (the demo, an approval sealing them) may still be completed in it. On PostgreSQL
the database refuses the same with triggers (migration 0013), whoever writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from desktop.models import (
    AgendaItem,
    Attendance,
    Directive,
    DocumentNumber,
    Meeting,
    MeetingStatus,
    NumberStatus,
    RosterEvent,
    RosterStatus,
    Shift,
)
from desktop.services.errors import Conflict

_FRESH = "ghurfa.fixed.fresh"  # session.info: (transaction, {(Meeting, id)} opened in it)
_BOOKKEEPING = frozenset({"updated_at", "version"})
MEETING_CHANGEABLE = _BOOKKEEPING | {"document_number_id"}
DIRECTIVE_CHANGEABLE = _BOOKKEEPING | {"status"}  # the follow-up, not the minutes' words
NUMBER_VOIDING = _BOOKKEEPING | {"status", "voided_at", "void_reason"}
_CHILDREN = (AgendaItem, Attendance, Directive)


def sealed_minutes() -> Conflict:
    return Conflict("These minutes are approved and cannot be changed; to correct them, amend "
                    "them: a new revision is made and the approved one is kept as signed.")


def kept_minutes() -> Conflict:
    return Conflict("Approved minutes are kept: they cannot be deleted or taken back to a "
                    "draft. To correct them, amend them.")


def numbered_minutes() -> Conflict:
    return Conflict("These approved minutes carry a document number already; it is voided "
                    "before they are given another.")


def issued_number(number: DocumentNumber) -> Conflict:
    return Conflict("The document number {number} was issued and cannot be changed: a number "
                    "is only voided, and stays in the registry.", number=_number_text(number))


def kept_number(number: DocumentNumber) -> Conflict:
    return Conflict("The document number {number} was issued and cannot be deleted; void it "
                    "instead.", number=_number_text(number))


def kept_history() -> Conflict:
    return Conflict("The history of a published roster is kept as it was written: it cannot "
                    "be changed or deleted.")


def published_revision(shift: Shift) -> Conflict:
    return Conflict("Revision {revision} of the roster of the shift {shift} was published; "
                    "its number and its publication cannot be rewritten. Change the roster "
                    "by an amendment, or withdraw it.", revision=shift.roster_revision,
                    shift=shift.label)


def _number_text(number: DocumentNumber) -> str:
    from desktop.services.numbering import format_number

    try:
        return format_number(number)
    except (AttributeError, KeyError, ValueError):  # a number half made: its sequence alone
        return str(number.sequence)


# ---- what this unit of work has inserted ------------------------------------------------------

def _fresh(session: Session) -> set[tuple[type, Any]]:
    transaction = session.get_transaction()
    state = session.info.get(_FRESH)
    if state is None or state[0] is not transaction:
        state = session.info[_FRESH] = (transaction, set())
    return state[1]


@event.listens_for(Session, "after_flush")
def _remember_opened(session: Session, _context) -> None:
    """Minutes inserted, or approved, by this unit of work are still being completed in it
    (the approval seals them over more than one flush)."""
    opened = [obj for obj in session.new if isinstance(obj, Meeting)]
    opened += [obj for obj in session.dirty if isinstance(obj, Meeting)
               and obj.status is MeetingStatus.APPROVED
               and inspect(obj).attrs.status.history.added]
    if opened:
        _fresh(session).update((Meeting, obj.id) for obj in opened)


# ---- the check --------------------------------------------------------------------------------

def _changed(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.mapper.column_attrs
            if state.attrs[attr.key].history.has_changes()}


def _old(obj: Any, key: str) -> Any:
    history = inspect(obj).attrs[key].history
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else getattr(obj, key)


def _approved(session: Session, ids: Iterable[int | None]) -> set[int]:
    """Of the meetings ``ids``, those approved as stored, not inserted or approved by this
    unit of work."""
    fresh = _fresh(session)
    wanted = {i for i in ids if i is not None and (Meeting, i) not in fresh}
    if not wanted:
        return set()
    return set(session.scalars(select(Meeting.id).where(
        Meeting.id.in_(wanted), Meeting.status == MeetingStatus.APPROVED)))


def _stored_status(session: Session, model: type, id_: int, column) -> Any:
    return session.scalar(select(column).where(model.id == id_))


def _meeting_ids(obj: Any, deleted: bool) -> set[int | None]:
    """The minutes a row of them belongs to, before and after the change."""
    ids: set[int | None] = set()
    if not deleted:
        meeting = obj.meeting
        ids.add(meeting.id if meeting is not None else obj.meeting_id)
    if inspect(obj).persistent or deleted:
        ids.add(_old(obj, "meeting_id"))
    return ids


def _check_meetings(session: Session, dirty: list[Any], deleted: list[Any]) -> None:
    meetings = [m for m in dirty if isinstance(m, Meeting)]
    gone = [m for m in deleted if isinstance(m, Meeting)]
    approved = _approved(session, [m.id for m in meetings + gone])
    if any(m.id in approved for m in gone):
        raise kept_minutes()
    for meeting in meetings:
        if meeting.id not in approved:
            continue
        changed = _changed(meeting)
        if "status" in changed and meeting.status is not MeetingStatus.APPROVED:
            raise kept_minutes()
        if changed - MEETING_CHANGEABLE:
            raise sealed_minutes()
        if "document_number_id" in changed:
            before = _old(meeting, "document_number_id")
            if before is not None and _stored_status(
                    session, DocumentNumber, before,
                    DocumentNumber.status) == NumberStatus.ISSUED:
                raise numbered_minutes()


def _check_children(session: Session, new: list[Any], dirty: list[Any],
                    deleted: list[Any]) -> None:
    rows = [(obj, False) for obj in new + dirty if isinstance(obj, _CHILDREN)]
    rows += [(obj, True) for obj in deleted if isinstance(obj, _CHILDREN)]
    ids: set[int | None] = set()
    for obj, gone in rows:
        if not gone and inspect(obj).persistent and isinstance(obj, Directive) \
                and not (_changed(obj) - DIRECTIVE_CHANGEABLE):
            continue  # a follow-up of an outcome: its status, not the minutes' words
        ids |= _meeting_ids(obj, gone)
    if _approved(session, ids):  # one query for the whole flush
        raise sealed_minutes()


def _check_numbers(session: Session, dirty: list[Any], deleted: list[Any]) -> None:
    for number in deleted:
        if isinstance(number, DocumentNumber):
            raise kept_number(number)
    for number in dirty:
        if not isinstance(number, DocumentNumber):
            continue
        changed = _changed(number)
        if not changed - _BOOKKEEPING:
            continue
        was = _old(number, "status")
        if was is NumberStatus.VOIDED or changed - NUMBER_VOIDING or (
                "status" in changed and number.status is not NumberStatus.VOIDED):
            raise issued_number(number)


def _check_rosters(dirty: list[Any], deleted: list[Any]) -> None:
    if any(isinstance(obj, RosterEvent) for obj in deleted) or any(
            isinstance(obj, RosterEvent) and _changed(obj) for obj in dirty):
        raise kept_history()
    for shift in dirty:
        if not isinstance(shift, Shift):
            continue
        changed = _changed(shift)
        if "roster_revision" in changed and shift.roster_revision < _old(
                shift, "roster_revision"):
            raise published_revision(shift)
        still_published = (_old(shift, "roster_status") is RosterStatus.PUBLISHED
                           and shift.roster_status is RosterStatus.PUBLISHED)
        if still_published and changed & {"published_at", "published_by"}:
            raise published_revision(shift)


@event.listens_for(Session, "before_flush")
def _refuse_rewrites(session: Session, _context, _instances) -> None:
    new = list(session.new)
    dirty = [obj for obj in session.dirty if session.is_modified(obj)]
    deleted = list(session.deleted)
    if not (new or dirty or deleted):
        return
    _check_meetings(session, dirty, deleted)
    _check_children(session, new, dirty, deleted)
    _check_numbers(session, dirty, deleted)
    _check_rosters(dirty, deleted)
