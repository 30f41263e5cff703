"""What became late since a user's last visit: told once, at their next start.

A directive becomes late at the room's midnight after its due date (``room_clock``). It was
late at the user's last visit if its due date was before that visit's day, and is late now
if it is before today: so it *became* late in between if its due date falls on or after the
day of the last visit and before today, and it is still open. No state is kept per
directive; the one thing stored is when each user last came (``UserVisit``), in the database
rather than on a workstation, since the room's officers sit at any of its workstations.

The visit is read and moved to now in one unit of work, so the same lateness is not told
twice, nor on two workstations where the user starts the program at once (the row is locked).
A user's first visit tells nothing: everything late is on the home view's counts already.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.models import UserVisit
from desktop.models.base import utcnow
from desktop.services import room_clock
from desktop.services.actor import Actor
from desktop.services.directive_board import (
    DirectiveFilter,
    DirectiveRow,
    directive_ids,
    directive_rows,
)
from desktop.storage.recorder import USER_KEY

TOPIC = "directives"
SHOWN = 50  # the rows a notice lists; the rest are counted


@dataclass(frozen=True)
class LateSinceVisit:
    previous: datetime | None  # the last visit (naive UTC); None: the first
    count: int = 0
    rows: list[DirectiveRow] = field(default_factory=list)  # the longest overdue first

    @property
    def numbers(self) -> frozenset[int]:
        return frozenset(row.id for row in self.rows)


def last_visit(session: Session, user_id: int, topic: str = TOPIC) -> datetime | None:
    return session.scalar(select(UserVisit.seen_at).where(
        UserVisit.user_id == user_id, UserVisit.topic == topic))


def visit(session: Session, actor: Actor, *, now: datetime | None = None,
          zone: tzinfo | None = None, lang: str = "ar") -> LateSinceVisit:
    """Record this visit and say which directives became late since the previous one.
    ``now`` (naive UTC) is this moment unless given; ``zone`` the room's time zone."""
    if actor.user_id is None:  # the system, a test's actor: nobody to remember
        return LateSinceVisit(None)
    now = now or utcnow()
    zone = zone or room_clock.room_zone()
    today = room_clock.today(now, zone)
    mark = session.scalars(select(UserVisit).where(
        UserVisit.user_id == actor.user_id, UserVisit.topic == TOPIC).with_for_update()
    ).one_or_none()
    session.info[USER_KEY] = actor.username
    if mark is None:
        try:  # the same user starting on two workstations at once: one row is kept
            with session.begin_nested():
                session.add(UserVisit(user_id=actor.user_id, topic=TOPIC, seen_at=now))
        except IntegrityError:
            pass
        return LateSinceVisit(None)
    previous = mark.seen_at
    mark.seen_at = max(previous, now)  # a workstation whose clock is behind moves nothing back
    since = room_clock.day_of(previous, zone)
    if since >= today:
        return LateSinceVisit(previous)
    numbers = directive_ids(session, DirectiveFilter(late_since=since), today, "days_late",
                            descending=True)  # the longest overdue first
    return LateSinceVisit(previous, len(numbers),
                          directive_rows(session, numbers[:SHOWN], today, lang))
