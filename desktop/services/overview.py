"""The home view's figures: a handful of COUNT / GROUP BY queries, cheap on any data set.

One call gives everything the home view shows, so the window asks once (in the background)
and never walks rows; on the national set (8,000 centres, 100,000 assignments) it stays fast.
Meetings are counted as the list shows them: the latest revision of each, since an amended
record's earlier revisions are the same meeting; directives as the follow-up board shows them
(``desktop.services.directive_board``): each once, however many revisions and sittings hold it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    Assignment,
    Centre,
    CentreKind,
    Election,
    Incident,
    IncidentStatus,
    Meeting,
    MeetingStatus,
    Person,
)
from desktop.services import room_clock
from desktop.services.directive_board import directive_counts


@dataclass(frozen=True)
class Overview:
    elections: int = 0
    centres: dict[CentreKind, int] = field(default_factory=dict)
    people: int = 0
    meetings: dict[MeetingStatus, int] = field(default_factory=dict)
    open_directives: int = 0
    overdue_directives: int = 0
    assignments: int = 0
    open_incidents: int = 0

    @property
    def centre_total(self) -> int:
        return sum(self.centres.values())

    @property
    def meeting_total(self) -> int:
        return sum(self.meetings.values())


def _count(session: Session, model: type, *where) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _grouped(session: Session, column, enum_cls, *where) -> dict:
    counts = {member: 0 for member in enum_cls}
    stmt = select(column, func.count()).where(*where).group_by(column)
    for value, count in session.execute(stmt):
        counts[enum_cls(value)] = int(count)
    return counts


def _latest():
    """The meeting is no revision another one corrects (as the meetings list has it)."""
    newer = aliased(Meeting)
    return ~exists().where(newer.supersedes_id == Meeting.id)


def overview(session: Session, today: date | None = None) -> Overview:
    """The counts of the home view; ``today`` (the room's, by default) decides what is
    overdue."""
    directives = directive_counts(session, today or room_clock.today())
    return Overview(
        elections=_count(session, Election),
        centres=_grouped(session, Centre.kind, CentreKind),
        people=_count(session, Person, Person.active.is_(True)),
        meetings=_grouped(session, Meeting.status, MeetingStatus, _latest()),
        open_directives=directives.open,
        overdue_directives=directives.late,
        assignments=_count(session, Assignment),
        open_incidents=_count(session, Incident, Incident.status != IncidentStatus.CLOSED),
    )
