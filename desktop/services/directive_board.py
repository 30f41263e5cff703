"""The follow-up board: every directive across meetings, once, as it stands now.

One directive, several rows. Amending approved minutes copies each directive into the new
revision (``minutes.amend``), and carrying one over to a later sitting copies it into that
sitting's minutes; each copy names the directive's first row (``Directive.origin_id``, whose
own id is then the directive's *number*: what the board, the command line and the report call
it by). The rows share the directive's status (a follow-up sets it on all of them), and its
follow-up notes hang on whichever row was current when they were written, so its history is
the notes of all its rows. The row the board shows, the *head*, is the one in the latest
meeting where it stands (a sitting it was carried to before the one it came from; a later
revision of its minutes before the one it corrects): its text, responsible and due date are
that meeting's. A directive dropped from the latest revision of its minutes has no head and
leaves the board; its rows and notes stay with the minutes that hold them.

Why a column rather than following ``carried_over_from_id`` alone: a revision's copy is no
carry-over (the minutes print «مرحّل» for those), and a link walked row by row cannot be
grouped or sorted by the database; one number per directive can, with an index.

The board's day is the room's (``desktop.services.room_clock``): a directive due on a day is
late from the room's next midnight, ``days_late`` days after its due date. Filters, counts
and sorting are SQL's; the search words are matched in the worker, after the program's Arabic
normalisation (``desktop.text.arabic``), over the directive's text, its meeting's subject and
the names of those responsible, which the database holds as typed: a room's board is
thousands of directives, not millions, and a stored search key would have to be kept in step
by every writer of those names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, exists, false, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from desktop.models import (
    Directive,
    DirectiveStatus,
    DirectiveUpdate,
    Meeting,
    MeetingStatus,
    Organisation,
    OutcomeKind,
    Person,
    Priority,
    User,
)
from desktop.services import validation
from desktop.services.errors import NotFound
from desktop.services.people import formal_name
from desktop.text.arabic import left_to_right, normalise

FOLLOWED = (OutcomeKind.DECISION, OutcomeKind.DIRECTIVE)  # a note is recorded, not followed
STILL_OPEN = (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS)
# "Due this week": the room's next seven days, today included. A calendar week would end on
# a different day in Iraq and in Libya, and on its last day would hide tomorrow's deadlines.
WEEK_DAYS = 7
SORTS = ("due", "days_late", "text", "meeting", "responsible", "priority", "status",
         "updated", "number")
_PRIORITY_ORDER = {Priority.URGENT: 1, Priority.HIGH: 2, Priority.NORMAL: 3, Priority.LOW: 4}
_STATUS_ORDER = {DirectiveStatus.OPEN: 1, DirectiveStatus.IN_PROGRESS: 2,
                 DirectiveStatus.DONE: 3, DirectiveStatus.CANCELLED: 4}


def number_of(directive: Any) -> ColumnElement[int]:
    """The number of the directive a row (of ``Directive`` or an alias of it) belongs to."""
    return func.coalesce(directive.origin_id, directive.id)


def latest_revision(meeting: Any) -> ColumnElement[bool]:
    """The meeting (``Meeting`` or an alias) is no revision that another one corrects."""
    newer = aliased(Meeting)
    return ~exists().where(newer.supersedes_id == meeting.id)


def heads():
    """(number, head_id) of every directive that stands in the latest revision of a meeting:
    its row in the latest such meeting (by date, then revision, then the newest row)."""
    number = number_of(Directive)
    place = func.row_number().over(
        partition_by=number,
        order_by=(Meeting.starts_at.desc(), Meeting.revision.desc(), Directive.id.desc()))
    ranked = (select(number.label("number"), Directive.id.label("head_id"),
                     place.label("place"))
              .join(Meeting, Directive.meeting_id == Meeting.id)
              .where(latest_revision(Meeting))
              .subquery("ranked"))
    return select(ranked.c.number, ranked.c.head_id).where(ranked.c.place == 1) \
        .subquery("heads")


@dataclass(frozen=True)
class DirectiveFilter:
    """What the board shows. Every field narrows; the default shows every directive."""

    text: str = ""
    election_id: int | None = None
    organisation_id: int | None = None  # the responsible body and every body under it
    statuses: frozenset[DirectiveStatus] = frozenset()  # empty: every status
    late_only: bool = False
    due_this_week: bool = False
    meeting_id: int | None = None  # directives recorded in that meeting (or carried from it)
    late_since: date | None = None  # late now, and not yet late on that day
    numbers: frozenset[int] = frozenset()  # only these directives; empty: no such limit


@dataclass(frozen=True)
class DirectiveRow:
    id: int  # the directive's number
    head_id: int  # the row the board shows (the follow-up names it with its version)
    version: int
    kind: OutcomeKind
    text: str
    meeting_id: int
    meeting_subject: str
    meeting_date: date
    meeting_status: MeetingStatus
    meeting_revision: int
    organisation_id: int | None
    organisation: str | None  # the responsible body, or the responsible person's
    person: str | None
    due_date: date | None
    days_late: int  # 0 unless still open and past its due date in the room's day
    priority: Priority
    status: DirectiveStatus
    last_update_at: datetime | None  # naive UTC
    last_update: str | None
    last_update_by: str | None
    last_update_status: DirectiveStatus | None
    sittings: int  # the meetings it has stood in (more than one: carried over)

    @property
    def responsible(self) -> str:
        return " / ".join(part for part in (self.organisation, self.person) if part)

    @property
    def late(self) -> bool:
        return self.days_late > 0

    @property
    def still_open(self) -> bool:
        return self.status in STILL_OPEN


@dataclass(frozen=True)
class DirectiveCounts:
    """The home view's figures for one election (or all)."""

    open: int = 0  # still open: open or in progress, late ones included
    due_this_week: int = 0
    late: int = 0
    done: int = 0
    cancelled: int = 0


@dataclass(frozen=True)
class Sitting:
    """A meeting the directive stands in, as recorded there."""

    directive_id: int
    meeting_id: int
    meeting_date: datetime
    subject: str
    revision: int
    status: MeetingStatus
    text: str
    carried: bool  # carried over to this meeting from an earlier one
    current: bool  # the row the board shows


@dataclass(frozen=True)
class FollowUp:
    at: datetime  # naive UTC
    author: str | None
    text: str
    new_status: DirectiveStatus | None
    directive_id: int


@dataclass(frozen=True)
class DirectiveHistory:
    row: DirectiveRow
    sittings: list[Sitting] = field(default_factory=list)
    updates: list[FollowUp] = field(default_factory=list)


# ---- the query ----------------------------------------------------------------------------

def _responsible(person: Any) -> ColumnElement[int | None]:
    return func.coalesce(Directive.responsible_organisation_id, person.organisation_id)


def _subtree(root_id: int):
    """The body and every body beneath it, as one recursive query."""
    tree = select(Organisation.id).where(Organisation.id == root_id) \
        .cte("subtree", recursive=True)
    below = aliased(Organisation)
    return tree.union(select(below.id).join(tree, below.parent_id == tree.c.id))


def _still_open() -> ColumnElement[bool]:
    return Directive.status.in_(STILL_OPEN)


def _late(today: date) -> ColumnElement[bool]:
    return _still_open() & Directive.due_date.is_not(None) & (Directive.due_date < today)


def _last_updates():
    """(number, at) of the latest follow-up note of every directive that has one."""
    row = aliased(Directive)
    return (select(number_of(row).label("number"), func.max(DirectiveUpdate.at).label("at"))
            .join(row, DirectiveUpdate.directive_id == row.id)
            .group_by(number_of(row)).subquery("last_updates"))


def _ids_in(column: Any, value: int, what: str) -> ColumnElement[bool]:
    """``column == value`` for an id the caller gave: refused in words if it is no record
    number, matching nothing (not failing on PostgreSQL) if no row can have it."""
    value = validation.identifier(value, what)
    return column == value if 0 < value <= validation.INT_MAX else false()


def _board(f: DirectiveFilter, today: date, *columns: Any) -> tuple[Select, Any, Any]:
    """The heads the filter keeps, with ``columns``; also the heads subquery and the
    responsible person's alias, which the caller's columns may name."""
    head = heads()
    person = aliased(Person)
    stmt = (select(head.c.number, *columns)
            .join(Directive, Directive.id == head.c.head_id)
            .join(Meeting, Directive.meeting_id == Meeting.id)
            .outerjoin(person, Directive.responsible_person_id == person.id)
            .where(Directive.kind.in_(FOLLOWED)))
    if f.election_id is not None:
        stmt = stmt.where(_ids_in(Meeting.election_id, f.election_id, "Election"))
    if f.organisation_id is not None:
        root = validation.identifier(f.organisation_id, "Organisation")
        stmt = stmt.where(_responsible(person).in_(select(_subtree(root).c.id))
                          if 0 < root <= validation.INT_MAX else false())
    if f.statuses:
        stmt = stmt.where(Directive.status.in_(sorted(f.statuses)))
    if f.late_only:
        stmt = stmt.where(_late(today))
    if f.due_this_week:
        stmt = stmt.where(_still_open(), Directive.due_date >= today,
                          Directive.due_date < today + timedelta(days=WEEK_DAYS))
    if f.late_since is not None:
        stmt = stmt.where(_late(today), Directive.due_date >= f.late_since)
    if f.meeting_id is not None:
        recorded = aliased(Directive)
        stmt = stmt.where(head.c.number.in_(
            select(number_of(recorded)).where(
                _ids_in(recorded.meeting_id, f.meeting_id, "Meeting"))))
    if f.numbers:
        stmt = stmt.where(head.c.number.in_(sorted(f.numbers)))
    return stmt, head, person


def _order(sort: str, today: date, head: Any, person: Any) -> list[Any]:
    responsible = aliased(Organisation)
    priority = case(_PRIORITY_ORDER, value=Directive.priority, else_=9)
    status = case(_STATUS_ORDER, value=Directive.status, else_=9)
    closed = case((_still_open(), 0), else_=1)
    by_due = [closed, Directive.due_date.is_(None), Directive.due_date]
    orders: dict[str, list[Any]] = {
        # still open first; among them the longest overdue first, then the soonest due
        "due": by_due,
        # the longest overdue first: the most days, so ``directive_ids`` reads it reversed
        "days_late": [case((_late(today), 0), else_=1), Directive.due_date, closed],
        "text": [Directive.text],
        "meeting": [Meeting.starts_at],
        "responsible": [select(func.coalesce(responsible.name_ar, person.full_name_ar))
                        .where(responsible.id == _responsible(person))
                        .correlate_except(responsible).scalar_subquery()],
        "priority": [priority, *by_due],  # the most urgent first
        "status": [status, *by_due],
        "updated": [],  # joined by ``directive_ids``: one grouped read, not one per row
        "number": [],
    }
    return orders.get(sort, by_due)


def directive_ids(session: Session, f: DirectiveFilter, today: date, sort: str = "due",
                  descending: bool = False) -> list[int]:
    """The numbers of the directives the filter keeps, in the order asked (ties by number,
    so two reads give the same order)."""
    stmt, head, person = _board(f, today)
    if sort == "days_late":  # ascending is the fewest days late first, as the column reads
        descending = not descending
    searching = bool(f.text.strip())
    if searching:
        body = aliased(Organisation)
        stmt = (stmt.add_columns(Directive.text, Meeting.subject, body.name_ar, body.name_en,
                                 body.short_name, person.full_name_ar)
                .outerjoin(body, body.id == _responsible(person)))
    keys = [*_order(sort, today, head, person), head.c.number]
    first: list[Any] = []
    if sort == "updated":  # those never followed up last, whichever way
        last = _last_updates()
        stmt = stmt.outerjoin(last, last.c.number == head.c.number)
        first, keys = [last.c.at.is_(None)], [last.c.at, head.c.number]
    stmt = stmt.order_by(*first, *(key.desc() if descending else key for key in keys))
    if not searching:
        return list(session.scalars(stmt))
    words = normalise(f.text).split()  # one normalisation of each row's words, not of each

    def found(row: Any) -> bool:
        key = normalise(" ".join(part for part in row[1:] if part))
        return all(word in key for word in words)

    return [row[0] for row in session.execute(stmt) if found(row)]


def _user_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids)))
                .tuples().all())


def _latest_updates(session: Session, numbers: Sequence[int]) -> dict[int, DirectiveUpdate]:
    row = aliased(Directive)
    found: dict[int, DirectiveUpdate] = {}
    stmt = (select(number_of(row), DirectiveUpdate)
            .join(row, DirectiveUpdate.directive_id == row.id)
            .where(number_of(row).in_(list(numbers)))
            .order_by(DirectiveUpdate.at.desc(), DirectiveUpdate.id.desc()))
    for number, update in session.execute(stmt).tuples():
        found.setdefault(number, update)
    return found


def _sittings(session: Session, numbers: Sequence[int]) -> dict[int, int]:
    row = aliased(Directive)
    stmt = (select(number_of(row), func.count(func.distinct(Meeting.id)))
            .join(Meeting, row.meeting_id == Meeting.id)
            .where(number_of(row).in_(list(numbers)), latest_revision(Meeting))
            .group_by(number_of(row)))
    return dict(session.execute(stmt).tuples().all())


def days_late(due: date | None, status: DirectiveStatus, today: date) -> int:
    """Whole days past the due date in the room's day; 0 unless still open and past it."""
    if due is None or status not in STILL_OPEN or due >= today:
        return 0
    return (today - due).days


def directive_rows(session: Session, numbers: Sequence[int], today: date,
                   lang: str = "ar") -> list[DirectiveRow]:
    """The rows of the directives ``numbers`` that are still on the board, in that order."""
    if not numbers:
        return []
    wanted = [validation.identifier(n, "Directive") for n in numbers]
    stmt, _head, person = _board(DirectiveFilter(numbers=frozenset(wanted)), today)
    body = aliased(Organisation)
    name = func.coalesce(body.name_en, body.name_ar) if lang == "en" else body.name_ar
    stmt = stmt.add_columns(Directive, Meeting, person, name) \
        .outerjoin(body, body.id == _responsible(person))
    found = {number: (directive, meeting, who, body_name)
             for number, directive, meeting, who, body_name in session.execute(stmt).tuples()}
    kept = [n for n in wanted if n in found]
    updates = _latest_updates(session, kept)
    authors = _user_names(session, {u.author_id for u in updates.values() if u.author_id})
    sittings = _sittings(session, kept)
    rows = []
    for number in kept:
        directive, meeting, who, body_name = found[number]
        update = updates.get(number)
        rows.append(DirectiveRow(
            id=number, head_id=directive.id, version=directive.version, kind=directive.kind,
            text=directive.text, meeting_id=meeting.id, meeting_subject=meeting.subject,
            meeting_date=meeting.starts_at.date(), meeting_status=meeting.status,
            meeting_revision=meeting.revision,
            organisation_id=directive.responsible_organisation_id or (
                who.organisation_id if who is not None else None),
            organisation=body_name, person=formal_name(who) if who is not None else None,
            due_date=directive.due_date,
            days_late=days_late(directive.due_date, directive.status, today),
            priority=directive.priority, status=directive.status,
            last_update_at=update.at if update else None,
            last_update=update.text if update else None,
            last_update_by=authors.get(update.author_id) if update and update.author_id
            else None,
            last_update_status=update.new_status if update else None,
            sittings=sittings.get(number, 1)))
    return rows


def directive_count(session: Session, f: DirectiveFilter, today: date) -> int:
    stmt, _head, _person = _board(f, today)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def directive_counts(session: Session, today: date,
                     election_id: int | None = None) -> DirectiveCounts:
    """Open, due this week, late, done and cancelled, in one query."""
    week_end = today + timedelta(days=WEEK_DAYS)

    def total(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    stmt, _head, _person = _board(DirectiveFilter(election_id=election_id), today)
    inner = stmt.add_columns(
        Directive.status.label("status"), Directive.due_date.label("due")).subquery()
    still = inner.c.status.in_(STILL_OPEN)
    row = session.execute(select(
        total(still),
        total(still & (inner.c.due >= today) & (inner.c.due < week_end)),
        total(still & (inner.c.due < today)),
        total(inner.c.status == DirectiveStatus.DONE),
        total(inner.c.status == DirectiveStatus.CANCELLED))).one()
    return DirectiveCounts(*(int(value) for value in row))


# ---- one directive ------------------------------------------------------------------------

def head_of(session: Session, number: int) -> int | None:
    """The id of the row the board shows for directive ``number``, or None if none stands."""
    head = heads()
    return session.scalar(select(head.c.head_id).where(head.c.number == number))


def thread_rows(session: Session, number: int) -> list[Directive]:
    """Every row of directive ``number``, oldest first."""
    return list(session.scalars(select(Directive).where(number_of(Directive) == number)
                                .order_by(Directive.id)))


def directive_history(session: Session, number: int, today: date,
                      lang: str = "ar") -> DirectiveHistory:
    """The directive as the board shows it, the meetings it stood in, and its notes."""
    found = directive_rows(session, [number], today, lang)
    if not found:
        raise NotFound("No directive has the number {id}.", id=number)
    row = found[0]
    rows = thread_rows(session, row.id)
    # Every revision its minutes had, the approved one a later revision corrects included:
    # the history stays whole, and a wording a revision changed is read where it changed.
    meetings = {m.id: m for m in session.scalars(
        select(Meeting).where(Meeting.id.in_({r.meeting_id for r in rows})))}
    sittings = sorted((Sitting(
        directive_id=r.id, meeting_id=r.meeting_id, meeting_date=meetings[r.meeting_id].starts_at,
        subject=meetings[r.meeting_id].subject, revision=meetings[r.meeting_id].revision,
        status=meetings[r.meeting_id].status, text=r.text,
        carried=r.carried_over_from_id is not None,
        current=r.id == row.head_id) for r in rows if r.meeting_id in meetings),
        key=lambda s: (s.meeting_date, s.revision, s.directive_id))
    notes = list(session.scalars(
        select(DirectiveUpdate).where(DirectiveUpdate.directive_id.in_([r.id for r in rows]))
        .order_by(DirectiveUpdate.at, DirectiveUpdate.id)))
    authors = _user_names(session, {n.author_id for n in notes if n.author_id})
    updates = [FollowUp(n.at, authors.get(n.author_id) if n.author_id else None, n.text,
                        n.new_status, n.directive_id) for n in notes]
    return DirectiveHistory(row, sittings, updates)


def board_meetings(session: Session, limit: int = 2000) -> list[tuple[int, str]]:
    """The meetings the board's filter offers, the latest first, each once: a corrected
    revision stands for the minutes it corrects (it holds every directive of theirs, so it
    filters the same), where listing both would show two lines alike."""
    rows = session.execute(select(Meeting.id, Meeting.starts_at, Meeting.subject)
                           .where(latest_revision(Meeting))
                           .order_by(Meeting.starts_at.desc(), Meeting.id.desc()).limit(limit))
    return [(id_, f"{left_to_right(starts.date().isoformat())} — {subject}")
            for id_, starts, subject in rows]


def any_filter(**values: Any) -> DirectiveFilter:
    """A filter from keyword values that may be None (the command line, a report's
    parameters): None leaves a field as the default has it."""
    return DirectiveFilter(**{key: value for key, value in values.items() if value is not None})

