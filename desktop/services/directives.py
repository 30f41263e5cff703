"""Following a directive up: dated notes that move its status, and carrying it over.

The rules of a status (``next_statuses`` and ``_judged``):

- open → in progress → done; open or in progress → cancelled; a note alone at any time but
  on a cancelled directive;
- a done or cancelled directive is reopened (to open, or in progress) with the reason why;
  nothing else is recorded on a cancelled one until it is reopened, and a done one is
  reopened before it is cancelled;
- done needs a closing note (how it was done), cancelled its reason, a note alone its text;
  moving an open directive to in progress may go without a word.

A follow-up is one unit of work however many directives it names (the phone call that says
"the three sections have finished"): every one is judged first, and one refusal, naming its
directive, writes nothing. Each names the directive's row and version the user saw on the
board: a directive changed since on another workstation (a note, a status, a carry-over or a
revision that made another row current) is refused as stale with what it holds now, so
nobody records "done" over a "cancelled" they never read.

The status is the directive's, not one meeting's: it is set on every row of the directive
(each revision of its minutes, each sitting it was carried to), so every print of those
minutes shows where it stands. The status is no part of the approved minutes' seal
(``minutes.canonical_form``), so following up the directives of approved minutes leaves
their fingerprint as signed. The note hangs on the row current when it was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import language
from desktop.models import (
    AgendaItem,
    Directive,
    DirectiveStatus,
    DirectiveUpdate,
    Meeting,
    MeetingStatus,
)
from desktop.models.base import utcnow
from desktop.services import audit, meetings, permissions, validation
from desktop.services.actor import Actor
from desktop.services.directive_board import (
    FOLLOWED,
    STILL_OPEN,
    head_of,
    latest_revision,
    number_of,
    thread_rows,
)
from desktop.services.errors import (
    Choices,
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    StaleRecord,
    Term,
)
from desktop.text.arabic import normalise

NOTE_LIMIT = 5_000
BATCH_LIMIT = 1_000  # directives in one follow-up: a board's selection, never unbounded
OPEN, IN_PROGRESS, DONE, CANCELLED = (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS,
                                      DirectiveStatus.DONE, DirectiveStatus.CANCELLED)
_REOPENED = (OPEN, IN_PROGRESS)
# The statuses as words inside a message.
_STATUS_TERMS = {OPEN: Term("open"), IN_PROGRESS: Term("in progress"), DONE: Term("done"),
                 CANCELLED: Term("cancelled")}


def next_statuses(current: DirectiveStatus) -> tuple[DirectiveStatus | None, ...]:
    """What a follow-up of a directive in ``current`` may set; None is a note alone."""
    return {
        OPEN: (None, IN_PROGRESS, DONE, CANCELLED),
        IN_PROGRESS: (None, DONE, CANCELLED),
        DONE: (None, OPEN, IN_PROGRESS),
        CANCELLED: (OPEN, IN_PROGRESS),
    }[current]


class _StatusCodes(Choices):
    """The statuses a refusal lists: in English as the command line writes them
    (``in-progress``), in Arabic by their labels."""

    def render(self, lang: str | None = None) -> str:
        if (lang or language()) == "en":
            return ", ".join(status_code(member) for member in self.members)
        return super().render(lang)


def parse_status(value: str | DirectiveStatus) -> DirectiveStatus:
    """A status as typed: ``open``, ``in-progress`` (or ``in_progress``), ``done``,
    ``cancelled``, or its label in Arabic or English («قيد التنفيذ», "In progress")."""
    typed = value
    if isinstance(value, str) and "-" in value:
        value = value.replace("-", "_")
    try:
        return validation.choice(DirectiveStatus, value, "Status")
    except Invalid as error:
        if "allowed" not in error.fields:
            raise
        raise Invalid(error.text, **{**error.fields, "value": typed,
                                     "allowed": _StatusCodes(DirectiveStatus)}) from None


def status_code(status: DirectiveStatus) -> str:
    """The status as the command line writes it (``in-progress``)."""
    return status.value.replace("_", "-")


@dataclass(frozen=True)
class Seen:
    """A directive as the user saw it: its number, and the row and version the board showed
    (None: no check, as for the command line, which acts on what is stored)."""

    number: int
    head_id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class FollowUpInput:
    status: DirectiveStatus | str | None  # None: a note, the status unchanged
    note: str | None = None


def _excerpt(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length].rstrip() + "…"


def _stored(head: Directive) -> dict[str, object]:
    """What a stale refusal sets beside the user's copy."""
    return {"status": head.status, "text": head.text, "due_date": head.due_date,
            "meeting_id": head.meeting_id, "head_id": head.id}


def _current(session: Session, seen: Seen) -> Directive:
    """The directive's current row, locked for this unit of work, refused as stale if it is
    not the row and version the user saw."""
    number = validation.identifier(seen.number, "Directive")
    head_id = head_of(session, number) if 0 < number <= validation.INT_MAX else None
    head = session.scalars(select(Directive).where(Directive.id == head_id).with_for_update()
                           .execution_options(populate_existing=True)).one_or_none() \
        if head_id is not None else None
    if head is None or head.kind not in FOLLOWED:
        raise NotFound("No directive has the number {id}.", id=number)
    if head_of(session, number) != head.id:  # carried over or revised while we waited
        return _current(session, seen)
    expected = validation.version(seen.version)
    if (seen.head_id is not None and seen.head_id != head.id) or (
            expected is not None and expected != head.version):
        raise StaleRecord(
            "The directive «{text}» was changed on another workstation since you read it; "
            "read it again before recording its follow-up.", text=_excerpt(head.text),
            record="directives", record_id=number, stored=_stored(head),
            stored_version=head.version, seen_version=expected)
    return head


def _judged(head: Directive, wanted: DirectiveStatus | None, note: str) -> DirectiveStatus | None:
    """The status a follow-up sets (None: it is a note), or the refusal of the rules."""
    current, text = head.status, _excerpt(head.text)
    if wanted == current:
        if not note:
            raise Invalid("The directive «{text}» is {status} already; write a note, or "
                          "choose another status.", text=text, status=_STATUS_TERMS[current])
        wanted = None
    if current is CANCELLED and wanted not in _REOPENED:
        raise Conflict("The directive «{text}» is cancelled; reopen it, with the reason, "
                       "before recording anything on it.", text=text)
    if current is DONE and wanted is CANCELLED:
        raise Conflict("The directive «{text}» is done; reopen it before cancelling it.",
                       text=text)
    if wanted not in next_statuses(current):
        raise Conflict("The directive «{text}» cannot go from {old} to {new}.", text=text,
                       old=_STATUS_TERMS[current], new=_STATUS_TERMS.get(wanted, ""))
    if note:
        return wanted
    if wanted is None:
        raise Invalid("Write the note to record on the directive «{text}».", text=text)
    if wanted is DONE:
        raise Invalid("Say how the directive «{text}» was done: marking it done needs a "
                      "closing note.", text=text)
    if wanted is CANCELLED:
        raise Invalid("Give the reason for cancelling the directive «{text}».", text=text)
    if current in (DONE, CANCELLED):
        raise Invalid("Give the reason for reopening the directive «{text}».", text=text)
    return wanted



def _seen_list(seen: Sequence[Seen]) -> list[Seen]:
    if not seen:
        raise Invalid("Choose the directives to follow up.")
    if len(seen) > BATCH_LIMIT:
        raise Invalid("A follow-up takes at most {limit} directives at once.", limit=BATCH_LIMIT)
    unique: dict[int, Seen] = {}
    for item in seen:
        unique.setdefault(validation.identifier(item.number, "Directive"), item)
    return [unique[number] for number in sorted(unique)]  # locked in one order: no deadlock


def record_follow_up(session: Session, actor: Actor, seen: Sequence[Seen],
                     data: FollowUpInput) -> list[int]:
    """One dated note (and status) on each directive of ``seen``; their numbers."""
    permissions.require_follow_up(actor)
    wanted = None if data.status in (None, "") else parse_status(data.status)
    note = validation.text(data.note, "Note", max_length=NOTE_LIMIT, required=False) or ""
    heads = [_current(session, item) for item in _seen_list(seen)]
    judged = [(head, _judged(head, wanted, note)) for head in heads]
    now = utcnow()
    for head, status in judged:
        number = head.origin_id or head.id
        old = head.status
        session.add(DirectiveUpdate(directive_id=head.id, at=now, author_id=actor.user_id,
                                    text=note, new_status=status))
        if status is not None:
            for row in thread_rows(session, number):
                row.status = status
        head.updated_at = now  # the board's version moves with every note
        audit.record(session, actor, "follow_up", head, changes={
            "number": number, "status": [old.value, (status or old).value], "note": note})
    session.flush()
    return [head.origin_id or head.id for head, _status in judged]


# ---- carrying over --------------------------------------------------------------------------

@dataclass(frozen=True)
class CarryTarget:
    """A sitting a directive can be carried over to: its minutes still a draft."""

    id: int
    version: int
    starts_at: datetime
    subject: str


def carry_targets(session: Session, numbers: Sequence[int], limit: int = 100
                  ) -> list[CarryTarget]:
    """The draft minutes (latest revisions) of meetings after every one the directives
    ``numbers`` stand in now, the soonest first: where a carry-over may take them."""
    found = [head_of(session, validation.identifier(n, "Directive")) for n in numbers]
    heads = [session.get(Directive, head_id) for head_id in found if head_id is not None]
    after = max((h.meeting.starts_at for h in heads), default=None)
    if after is None:
        return []
    stmt = (select(Meeting.id, Meeting.version, Meeting.starts_at, Meeting.subject)
            .where(Meeting.status == MeetingStatus.DRAFT, Meeting.starts_at > after,
                   latest_revision(Meeting)))
    theirs = _elections_of(heads)
    if len(theirs) == 1:
        stmt = stmt.where((Meeting.election_id == next(iter(theirs)))
                          | Meeting.election_id.is_(None))
    elif theirs:  # directives of two elections go together only where neither is foreign
        stmt = stmt.where(Meeting.election_id.is_(None))
    rows = session.execute(stmt.order_by(Meeting.starts_at, Meeting.id).limit(limit)).tuples()
    return [CarryTarget(*row) for row in rows]


def _elections_of(heads: Sequence[Directive]) -> set[int]:
    """The elections the directives were recorded for. A directive goes on following its own
    election, never to another's sitting (another governorate's, another year's); a sitting
    held for no election in particular may take any."""
    return {h.meeting.election_id for h in heads} - {None}

def _agenda_item(session: Session, target: Meeting, head: Directive) -> AgendaItem:
    """Where a carried directive stands in the later sitting: the item of the same title as
    the one it stood under, else a new item at the end with that title (or the directive's
    own words, for one that stood under none)."""
    source = head.agenda_item
    title = source.title if source is not None else _excerpt(head.text, 200)
    wanted = normalise(title)
    for item in target.agenda_items:
        if normalise(item.title) == wanted:
            return item
    item = AgendaItem(position=len(target.agenda_items) + 1, title=title[:meetings.TITLE_LIMIT])
    target.agenda_items.append(item)
    session.flush()
    return item


def _later_sitting(session: Session, meeting_id: int, expected_version: int | None,
                   after: Meeting) -> Meeting:
    target = meetings.locked(session, meeting_id, expected_version)
    day = target.starts_at.date().isoformat()
    if target.status is not MeetingStatus.DRAFT or session.scalar(
            select(func.count()).select_from(Meeting).where(Meeting.supersedes_id == target.id)):
        raise Conflict("Directives are carried over to minutes still being written; the "
                       "minutes of {date} are no draft.", date=day)
    if target.starts_at <= after.starts_at:
        raise Invalid("A directive is carried over to a later meeting; the meeting of {date} "
                      "is not after the one of {source}.", date=day,
                      source=after.starts_at.date().isoformat())
    return target


def carry_over(session: Session, actor: Actor, seen: Sequence[Seen], meeting_id: int, *,
               expected_version: int | None = None) -> list[int]:
    """Carry directives still open to the agenda of a later sitting (a draft): each goes on
    there as the same directive, its history whole, its status as it is. ``expected_version``
    is the version of the later minutes the user saw: a clerk's copy open on another
    workstation is then told, at its save, that they changed."""
    if not actor.can(*permissions.MINUTES):
        raise permissions.refused(actor, Forbidden("Your role may not record meetings."))
    heads = [_current(session, item) for item in _seen_list(seen)]
    for head in heads:
        if head.status not in STILL_OPEN:
            raise Conflict("The directive «{text}» is no longer open; only an open directive "
                           "is carried over.", text=_excerpt(head.text))
    target = _later_sitting(session, meeting_id, expected_version,
                            max((h.meeting for h in heads), key=lambda m: m.starts_at))
    if target.election_id is not None and _elections_of(heads) - {target.election_id}:
        raise Conflict("A directive is carried over to a sitting of its own election; the "
                       "minutes of {date} are another election's.",
                       date=target.starts_at.date().isoformat())
    there = set(session.scalars(select(number_of(Directive))
                                .where(Directive.meeting_id == target.id)))
    position = max((d.position for d in target.directives), default=0)
    numbers = []
    for head in heads:
        number = head.origin_id or head.id
        if number in there:
            raise Conflict("The directive «{text}» is on the agenda of the minutes of {date} "
                           "already.", text=_excerpt(head.text),
                           date=target.starts_at.date().isoformat())
        position += 1
        row = Directive(
            meeting=target, agenda_item=_agenda_item(session, target, head), kind=head.kind,
            position=position, text=head.text,
            responsible_organisation_id=head.responsible_organisation_id,
            responsible_person_id=head.responsible_person_id, due_date=head.due_date,
            priority=head.priority, status=head.status, carried_over_from_id=head.id,
            origin_id=number)
        session.add(row)
        head.updated_at = utcnow()  # the board's copy of it is stale: its row is another now
        session.flush()
        audit.record(session, actor, "carry_over", row,
                     changes={"number": number, "from": head.id, "meeting": target.id})
        numbers.append(number)
    target.updated_at = utcnow()  # the later minutes changed: an open copy is told at save
    return numbers

