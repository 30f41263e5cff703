"""A shift's duty roster: a draft until the commander publishes it, frozen once published.

- **Publishing** is the commander's (``permissions.ROSTER``): the roster becomes revision 1
  (or the next one after a withdrawal), dated and signed with the commander's username. It is
  refused while one of its assignments breaks a hard rule (someone since fallen sick, a
  vehicle since gone to maintenance): an order is not signed that sends them out. The
  commander may pass the assignments they reviewed (``seen``: id → version); a roster changed
  meanwhile by another workstation is refused, with what changed, rather than published
  unread.
- **A published roster is frozen**: putting someone on it, moving, taking off, copying onto
  it, moving the shift's hours or changing the crew of a detachment on it is refused unless
  the caller confirms it as an amendment (``amend=True``; the board asks the user, having
  read ``check_assignment``'s finding). An amendment is recorded (``roster_events``: who, when,
  what changed, who was where) and the roster's revision goes up, once per unit of work, so
  every document printed of an older revision is known to need reprinting.
- **Withdrawing** a published roster (back to a draft) is never silent: the commander's
  alone, with a reason, recorded in the history. The revision is kept; publishing again makes
  the next one, so no two printed versions share a number.

The shift's own version counts these steps too: an editor holding an older copy of the shift
is told it changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Assignment, RosterAction, RosterEvent, RosterStatus, Shift, utcnow
from desktop.services import assignment_checks, audit, duty, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Choices, Conflict, Invalid
from desktop.services.findings import Finding, refuse

_BUMPED = "ghurfa.rosters.bumped"


@dataclass(frozen=True)
class RosterState:
    """A shift's roster as the board and the documents read it; plain values."""

    shift_id: int
    status: RosterStatus
    revision: int
    published_at: datetime | None
    published_by: str | None
    shift_version: int


def roster_state(session: Session, shift_id: int) -> RosterState:
    shift = validation.required(session, Shift, shift_id, "Shift")
    return RosterState(shift.id, shift.roster_status, shift.roster_revision, shift.published_at,
                       shift.published_by, shift.version)


def history(session: Session, shift_id: int) -> list[RosterEvent]:
    """The roster's publications, amendments and withdrawals, oldest first."""
    validation.required(session, Shift, shift_id, "Shift")
    return list(session.scalars(select(RosterEvent).where(RosterEvent.shift_id == shift_id)
                                .order_by(RosterEvent.id)))


def require_amendable(shift: Shift, amend: bool) -> None:
    """A published roster is changed only as a confirmed amendment."""
    refuse(assignment_checks.published_findings(shift, amend))


def _bumped(session: Session) -> dict[int, int]:
    """The shifts whose revision this transaction has raised already, and to what."""
    transaction = session.get_transaction()
    state = session.info.get(_BUMPED)
    if state is None or state[0] is not transaction:
        state = session.info[_BUMPED] = (transaction, {})
    return state[1]


def _event(session: Session, actor: Actor, shift: Shift, action: RosterAction, *,
           assignment_id: int | None = None, changes: Mapping[str, Any] | None = None,
           reason: str | None = None) -> RosterEvent:
    event = RosterEvent(shift_id=shift.id, revision=shift.roster_revision, action=action,
                        user_id=actor.user_id, username=actor.username,
                        assignment_id=assignment_id, reason=reason,
                        changes=json.dumps(changes, ensure_ascii=False, default=str)
                        if changes else None)
    session.add(event)
    return event


def amended(session: Session, actor: Actor, shift: Shift, *, assignment_id: int | None = None,
            changes: Mapping[str, Any] | None = None) -> None:
    """Record one change of a published roster (nothing for a draft): a history row, and the
    next revision if this unit of work has not raised it yet. The shift's row is locked for
    that, so two workstations amending one roster at once make two revisions, not one."""
    if shift.roster_status is not RosterStatus.PUBLISHED:
        return
    bumped = _bumped(session)
    if shift.id not in bumped:
        validation.editable(session, Shift, shift.id, "Shift", None)
        shift.roster_revision += 1
        bumped[shift.id] = shift.roster_revision
        audit.record(session, actor, "amend", shift)
    _event(session, actor, shift, RosterAction.AMENDED, assignment_id=assignment_id,
           changes=changes)


class _Nested(Choices):
    """A finding's message inside another message, in the language that one is shown in."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        self.members = []

    def render(self, lang: str | None = None) -> str:
        return self.finding.message(lang)


def _same_as_seen(session: Session, shift: Shift, seen: Mapping[int, int] | None) -> None:
    if seen is None:
        return
    stored = {id_: version for id_, version in session.execute(
        select(Assignment.id, Assignment.version).where(Assignment.shift_id == shift.id))}
    added = len(stored.keys() - seen.keys())
    removed = len(seen.keys() - stored.keys())
    changed = sum(1 for id_ in stored.keys() & seen.keys() if stored[id_] != seen[id_])
    if added or removed or changed:
        raise Conflict("The roster of the shift {shift} of {date} changed since you reviewed "
                       "it: {added} added, {removed} taken off, {changed} changed. Review it "
                       "again before publishing it.", shift=shift.label,
                       date=shift.on_date.isoformat(), added=added, removed=removed,
                       changed=changed)


def publish_roster(session: Session, actor: Actor, shift_id: int, *,
                   expected_version: int | None = None,
                   seen: Mapping[int, int] | None = None) -> Shift:
    """Publish a shift's roster: the commander's. ``expected_version`` is the shift's version
    the commander read, ``seen`` the assignments reviewed (id → version); refused if either
    changed, if the roster is published already, or while an assignment breaks a hard rule.

    The shift is locked alone, so nobody is put on it while it is checked and published; a
    workstation assigning at that moment waits, then finds it published."""
    permissions.require_roster(actor)
    duty.lock_duty(session, shifts=[validation.identifier(shift_id, "Shift")])
    shift = validation.editable(session, Shift, shift_id, "Shift", expected_version)
    if shift.roster_status is RosterStatus.PUBLISHED:
        raise Conflict("The roster of the shift {shift} of {date} is published already.",
                       shift=shift.label, date=shift.on_date.isoformat())
    _same_as_seen(session, shift, seen)
    broken = {id_: found for id_, found in assignment_checks.roster_findings(session, shift.id)
              .items() if any(f.is_error for f in found)}
    if broken:
        first = next(f for f in next(iter(broken.values())) if f.is_error)
        raise Invalid("The roster of the shift {shift} of {date} cannot be published while "
                      "{count} of its assignments break a rule; the first: {first}",
                      shift=shift.label, date=shift.on_date.isoformat(), count=len(broken),
                      first=_Nested(first))
    shift.roster_status = RosterStatus.PUBLISHED
    shift.roster_revision += 1
    shift.published_at, shift.published_by = utcnow(), actor.username
    count = session.scalar(select(func.count()).select_from(Assignment)
                           .where(Assignment.shift_id == shift.id))
    _event(session, actor, shift, RosterAction.PUBLISHED, changes={"assignments": count})
    audit.record(session, actor, "publish", shift)
    return shift


def withdraw_roster(session: Session, actor: Actor, shift_id: int, reason: str, *,
                    expected_version: int | None = None) -> Shift:
    """Take a published roster back to a draft: the commander's, with a reason, recorded.
    The documents printed of it are void; publishing again makes the next revision."""
    permissions.require_roster(actor)
    duty.lock_duty(session, shifts=[validation.identifier(shift_id, "Shift")])
    shift = validation.editable(session, Shift, shift_id, "Shift", expected_version)
    if shift.roster_status is not RosterStatus.PUBLISHED:
        raise Conflict("The roster of the shift {shift} of {date} is a draft; only a published "
                       "roster can be withdrawn.", shift=shift.label,
                       date=shift.on_date.isoformat())
    why = validation.text(reason, "Reason", max_length=2_000)
    shift.roster_status = RosterStatus.DRAFT
    shift.published_at = shift.published_by = None
    _event(session, actor, shift, RosterAction.WITHDRAWN, reason=why)
    audit.record(session, actor, "withdraw", shift)
    return shift
