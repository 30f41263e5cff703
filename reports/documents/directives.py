"""The follow-up of directives: a letter for the commander (PDF) and the board as a workbook.

The letter (landscape, numbered like every official letter) says how many directives there
are, how many late, still open and done, then lists them by the body responsible, the bodies
with the most late first and, within a body, the late ones first with how many days, then the
rest; each line carries its latest follow-up note and its date. The workbook is the filtered
board, a row per directive, for the staff officer to sort and send on.

Lateness is counted to the report's day (``date``, the room's today by default): a report
dated the 4th says what was late on the 4th.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import DirectiveStatus, Election, Meeting
from desktop.services import room_clock
from desktop.services.directive_board import STILL_OPEN, DirectiveFilter
from desktop.services.directives import parse_status
from reports.catalogue import BuildRequest, DocumentKind, Param, register
from reports.documents import common
from reports.documents.directives_excel import write_directives
from reports.documents.directives_record import (
    FollowUpLine,
    FollowUpRecord,
    filter_description,
    read_record,
    word,
)
from reports.pdf.letter import Letter, letter_story, paragraph, styles
from reports.pdf.table import Column, RtlTable, TableStyle

KEY = "directives"
TABLE = TableStyle(size=9.0)
GROUP_ROOM = 90.0  # a body's heading is never left alone at the foot of a page
STILL_OPEN_CHOICE = "still_open"
STATUS_CHOICES = (
    (STILL_OPEN_CHOICE, "Still open (open or in progress)"),
    (DirectiveStatus.OPEN.value, "Open"),
    (DirectiveStatus.IN_PROGRESS.value, "In progress"),
    (DirectiveStatus.DONE.value, "Done"),
    (DirectiveStatus.CANCELLED.value, "Cancelled"),
)
LATE_CHOICES = (("late", "Late only"),)
WEEK_CHOICES = (("week", "Due this week"),)

_LETTER: dict[str, tuple[str, str]] = {
    "intro": ("نرفق طيّاً موقف تنفيذ القرارات والتوجيهات الصادرة عن الاجتماعات لغاية {date}، "
              "وعددها ( {count} )، منها ( {late} ) متأخرة عن موعد إنجازها، و( {open} ) قيد "
              "المتابعة، و( {done} ) منجزة. وقد رُتبت بحسب الجهة المسؤولة عن التنفيذ، "
              "والمتأخر منها أولاً، مع آخر متابعة لكل منها.",
              "Enclosed is where the decisions and directives of the meetings stand on {date}: "
              "{count} in all, {late} of them past their due date, {open} still open and "
              "{done} done. They are listed by the body responsible, the late ones first, each "
              "with its latest follow-up."),
    "narrowed": ("ويقتصر الموقف على: {what}.", "The list is limited to: {what}."),
    "empty": ("لا توجد قرارات أو توجيهات تطابق ما طُلب لغاية {date}.",
              "No decision or directive matches what was asked, on {date}."),
    "group": ("{body} — العدد ( {count} )، المتأخر منها ( {late} )",
              "{body} — {count} in all, {late} late"),
    "files": ("الأضابير", "File"),
}


def _say(key: str, lang: str, **fields: object) -> str:
    arabic, english = _LETTER[key]
    return (english if lang == "en" else arabic).format(**fields)


def _flag(value: Any) -> bool:
    return value not in (None, "", False, "0", "no")


def board_filter(params: dict[str, Any]) -> DirectiveFilter:
    """The board's filter a build's parameters name: election, body, status, late only, due
    this week, meeting, search words; the board's own filter, so its export is what it shows.
    A status may be several, separated by commas (the command line's repeated ``--status``)."""
    statuses: set[DirectiveStatus] = set()
    for part in str(params.get("status") or "").split(","):
        part = part.strip()
        if part == STILL_OPEN_CHOICE:
            statuses |= set(STILL_OPEN)
        elif part:
            statuses.add(parse_status(part))
    return DirectiveFilter(
        text=str(params.get("text") or ""),
        election_id=common.param_int(params, "election"),
        organisation_id=common.param_int(params, "organisation"),
        statuses=frozenset(statuses), late_only=_flag(params.get("late")),
        due_this_week=_flag(params.get("week")),
        meeting_id=common.param_int(params, "meeting"))


def board_params(f: DirectiveFilter) -> dict[str, Any]:
    """The parameters that name the board's filter ``f`` (its inverse, for a print of it)."""
    statuses = [s.value for s in DirectiveStatus if s in f.statuses]
    return {"text": f.text or None, "election": f.election_id,
            "organisation": f.organisation_id, "status": ",".join(statuses) or None,
            "late": "late" if f.late_only else None,
            "week": "week" if f.due_this_week else None, "meeting": f.meeting_id}


def _columns(lang: str) -> list[Column]:
    return [Column(word("number", lang), align="center", fit=True),
            Column(word("directive", lang), 3.0),
            Column(word("meeting_date", lang), align="center", fit=True),
            Column(word("person", lang), 1.3),
            Column(word("due", lang), align="center", fit=True),
            Column(word("late", lang), align="center", fit=True),
            Column(word("status", lang), align="center", fit=True),
            Column(word("last_update", lang), 2.2)]


def _cells(line: FollowUpLine) -> list[str]:
    row = line.row
    return [str(row.id), row.text, row.meeting_date.isoformat(), row.person or "",
            line.due_text, line.late_text, line.status, line.update_text]


def _groups(record: FollowUpRecord,
            progress: Callable[[int, int], None]) -> list[Flowable]:
    lang = record.lang
    _body, heading, _subject, _small = styles(lang)
    group_style = heading.but(space_before=8.0, space_after=3.0)
    columns = _columns(lang)
    story: list[Flowable] = []
    done, total = 0, len(record.lines)
    for group in record.groups():
        story += [CondPageBreak(GROUP_ROOM), paragraph(_say(
            "group", lang, body=group.name, count=len(group.lines), late=group.late),
            group_style, lang)]
        story.append(RtlTable(columns, [_cells(line) for line in group.lines], style=TABLE,
                              rtl=lang != "en",
                              progress=lambda d, _t, base=done: progress(base + d, total)))
        done += len(group.lines)
    return story


def _intro(record: FollowUpRecord, narrowed: Sequence[str]) -> list[str]:
    lang, day = record.lang, record.today.isoformat()
    if not record.lines:
        return [_say("empty", lang, date=day)]
    text = _say("intro", lang, date=day, count=len(record.lines), late=record.late,
                open=record.still_open, done=record.count(DirectiveStatus.DONE))
    paragraphs = [text]
    if narrowed:
        separator = ", " if lang == "en" else "، "
        paragraphs.append(_say("narrowed", lang, what=separator.join(narrowed)))
    return paragraphs


def story(record: FollowUpRecord, narrowed: Sequence[str], signatories: Sequence[Any],
          progress: Callable[[int, int], None]) -> list[Flowable]:
    extra: list[Flowable] = [*_groups(record, progress), Spacer(1, 8)] if record.lines else []
    letter = Letter(subject=record.title, paragraphs=_intro(record, narrowed),
                    signatories=signatories, copies_to=(_say("files", record.lang),),
                    extra=extra)
    return letter_story(letter, record.lang)


def build(request: BuildRequest) -> Path:
    params, lang = request.params, request.lang
    day = common.param_date(params, "date") or room_clock.today()
    f = board_filter(params)
    with request.db.reader() as session:
        record = read_record(session, f, day, lang)
        narrowed = filter_description(session, f, lang)
        request.check()
        office = None
        if request.fmt == "pdf" or common.first_office_id(session) is not None:
            office = common.office(session, common.param_int(params, "office"))
        signers = common.senior_people(session, 1, office.organisation_id) \
            if office is not None and office.organisation_id is not None else []
        signatories = [common.signatory(person, lang) for person in signers]
        office_name = office.name if office is not None else ""
    request.check()
    if request.fmt == "xlsx":
        return write_directives(request, record, narrowed, office_name)
    assert office is not None
    return common.numbered_letter(request, office, KEY, record.title, story(
        record, narrowed, signatories, request.progress), day, wide=True)


def sample_params(session: Session) -> dict[str, Any]:
    """The gallery's: the election of the latest meeting, five days before its polling day,
    when some of its directives are late and the rest fall due."""
    row = session.execute(select(Meeting.election_id, Election.polling_date)
                          .join(Election, Meeting.election_id == Election.id)
                          .order_by(Meeting.starts_at.desc()).limit(1)).first()
    params: dict[str, Any] = {"office": common.first_office_id(session)}
    if row is not None:
        params["election"] = row[0]
        params["date"] = date.fromordinal(row[1].toordinal() - 5).isoformat()
    return params


KIND = register(DocumentKind(
    key=KEY,
    title="Follow-up of directives",
    formats=("pdf", "xlsx"),
    params=(
        Param("election", "Election", "election", required=False),
        Param("organisation", "Responsible body (and the bodies under it)", "organisation",
              required=False),
        Param("status", "Status", "choice", required=False, choices=STATUS_CHOICES),
        Param("late", "Late directives", "choice", required=False, choices=LATE_CHOICES),
        Param("week", "Due this week", "choice", required=False, choices=WEEK_CHOICES),
        Param("meeting", "Meeting", "meeting", required=False),
        Param("text", "Search words", "text", required=False),
        Param("office", "Issuing office", "office", required=False),
        Param("date", "Date", "date", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
