"""The follow-up of directives read once into printable values: what the follow-up letter and
the board's workbook share.

The directives are the board's (``desktop.services.directive_board``): each once, as its
latest row reads, filtered as the board or the command line asked. They are read in one
reader session and turned into the documents' words, so the layout never touches the
database. The letter groups them by the body responsible (a directive charged to a person
goes with the person's body), the bodies with the most late directives first; within a body
the late ones come first, the longest overdue at the top, then the rest by due date, then
those done or cancelled. Each line gives its latest follow-up note with its date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from itertools import groupby

from sqlalchemy.orm import Session

from desktop.labels import label as enum_label
from desktop.models import DirectiveStatus, Election, Meeting, Organisation
from desktop.services import room_clock
from desktop.services.directive_board import (
    DirectiveFilter,
    DirectiveRow,
    directive_ids,
    directive_rows,
)

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("متابعة تنفيذ القرارات والتوجيهات", "Follow-up of decisions and directives"),
    "title_election": ("متابعة تنفيذ القرارات والتوجيهات — {election}",
                       "Follow-up of decisions and directives — {election}"),
    "number": ("الرقم", "No."),
    "directive": ("القرار / التوجيه", "Decision / directive"),
    "kind": ("النوع", "Kind"),
    "meeting": ("الاجتماع", "Meeting"),
    "meeting_date": ("تاريخ الاجتماع", "Meeting date"),
    "body": ("الجهة المسؤولة", "Responsible body"),
    "person": ("المسؤول عن التنفيذ", "Responsible person"),
    "due": ("موعد الإنجاز", "Due"),
    "days_late": ("أيام التأخير", "Days late"),
    "late": ("التأخير", "Late"),
    "priority": ("الأولوية", "Priority"),
    "status": ("الحالة", "Status"),
    "last_update": ("آخر متابعة", "Latest follow-up"),
    "last_update_at": ("تاريخ آخر متابعة", "Latest follow-up on"),
    "last_update_by": ("دوّنها", "Recorded by"),
    "no_update": ("لا متابعة بعد", "None yet"),
    "no_due": ("غير محدد", "Not set"),
    "no_body": ("جهة غير محددة", "No body named"),
    "sheet": ("التوجيهات", "Directives"),
    "seq": ("ت", "#"),
    "sittings": ("الاجتماعات", "Sittings"),
    "late_only": ("المتأخرة عن موعدها", "past their due date"),
    "due_this_week": ("المستحقة خلال سبعة أيام", "due within seven days"),
    "search": ("البحث", "Search"),
}


def word(key: str, lang: str, **fields: object) -> str:
    arabic, english = _WORDS[key]
    text = english if lang == "en" else arabic
    return text.format(**fields) if fields else text


def days_text(days: int, lang: str = "ar") -> str:
    """A count of days as a letter writes it: Arabic makes the noun agree with the number
    (يوم واحد، يومان، 3 أيام، 11 يوماً، 100 يوم)."""
    if lang == "en":
        return "1 day" if days == 1 else f"{days} days"
    if days == 1:
        return "يوم واحد"
    if days == 2:
        return "يومان"
    tens = days % 100
    if 3 <= tens <= 10:
        return f"{days} أيام"
    if 11 <= tens <= 99:
        return f"{days} يوماً"
    return f"{days} يوم"


@dataclass(frozen=True)
class FollowUpLine:
    row: DirectiveRow
    status: str
    priority: str
    kind: str
    last_update_at: datetime | None  # in the room's clock
    lang: str

    @property
    def late_text(self) -> str:
        return days_text(self.row.days_late, self.lang) if self.row.late else ""

    @property
    def due_text(self) -> str:
        return self.row.due_date.isoformat() if self.row.due_date else word("no_due", self.lang)

    @property
    def meeting_text(self) -> str:
        return f"{self.row.meeting_date.isoformat()} — {self.row.meeting_subject}"

    @property
    def update_text(self) -> str:
        """«2010-03-02: the note», the latest follow-up as a line prints it."""
        if self.last_update_at is None:
            return word("no_update", self.lang)
        when = self.last_update_at.date().isoformat()
        note = self.row.last_update or (
            enum_label(self.row.last_update_status, self.lang)
            if self.row.last_update_status else "")
        return f"{when}: {note}" if note else when


@dataclass(frozen=True)
class BodyGroup:
    name: str
    lines: list[FollowUpLine]

    @property
    def late(self) -> int:
        return sum(1 for line in self.lines if line.row.late)


@dataclass(frozen=True)
class FollowUpRecord:
    lang: str
    today: date
    title: str
    election: str | None
    lines: list[FollowUpLine] = field(default_factory=list)

    @property
    def late(self) -> int:
        return sum(1 for line in self.lines if line.row.late)

    def count(self, status: DirectiveStatus) -> int:
        return sum(1 for line in self.lines if line.row.status is status)

    @property
    def still_open(self) -> int:
        return sum(1 for line in self.lines if line.row.still_open)

    def groups(self) -> list[BodyGroup]:
        """By the body responsible: the most late first, then by name; lines as read."""
        def body(line: FollowUpLine) -> str:
            return line.row.organisation or word("no_body", self.lang)

        ordered = sorted(self.lines, key=body)  # stable: the board's order within a body
        groups = [BodyGroup(name, list(lines)) for name, lines in groupby(ordered, key=body)]
        return sorted(groups, key=lambda g: (-g.late, g.name == word("no_body", self.lang),
                                             g.name))


def filter_description(session: Session, f: DirectiveFilter, lang: str) -> list[str]:
    """What narrowed the list, as the letter says it: the body, the statuses, late only."""
    parts: list[str] = []
    if f.organisation_id is not None:
        body = session.get(Organisation, f.organisation_id)
        if body is not None:
            name = body.name_en if lang == "en" and body.name_en else body.name_ar
            parts.append(f"{word('body', lang)}: {name}")
    if f.statuses:
        parts.append(f"{word('status', lang)}: " + "، ".join(
            enum_label(status, lang) for status in DirectiveStatus if status in f.statuses))
    if f.late_only:
        parts.append(word("late_only", lang))
    if f.due_this_week:
        parts.append(word("due_this_week", lang))
    if f.meeting_id is not None:
        meeting = session.get(Meeting, f.meeting_id)
        if meeting is not None:
            parts.append(f"{word('meeting', lang)}: {meeting.starts_at.date().isoformat()} — "
                         f"{meeting.subject}")
    if f.text.strip():
        parts.append(f"{word('search', lang)}: «{f.text.strip()}»")
    return parts


def read_record(session: Session, f: DirectiveFilter, today: date, lang: str = "ar",
                zone: tzinfo | None = None) -> FollowUpRecord:
    numbers = directive_ids(session, f, today, "due")
    rows = directive_rows(session, numbers, today, lang)
    election = session.get(Election, f.election_id) if f.election_id is not None else None
    election_name = (election.name_en if lang == "en" and election.name_en else election.name) \
        if election is not None else None
    title = word("title_election", lang, election=election_name) if election_name \
        else word("title", lang)
    lines = [FollowUpLine(
        row=row, status=enum_label(row.status, lang), priority=enum_label(row.priority, lang),
        kind=enum_label(row.kind, lang),
        last_update_at=room_clock.local(row.last_update_at, zone) if row.last_update_at
        else None, lang=lang) for row in rows]
    return FollowUpRecord(lang, today, title, election_name, lines)

