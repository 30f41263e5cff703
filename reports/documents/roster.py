"""The duty roster (جدول الواجبات): who stands where, in each shift, centre by centre or unit by
unit; landscape, numbered like every official letter, and its workbook.

Each centre (or unit) starts a new page with its heading and one table, the shifts of the day
(or of the election) as bands across it, the header row and the current shift's band again on
every page, and the commander's signature block at its foot. A shift's band says its roster's
state: the revision and who published it, or that it is still a draft; and every page that
prints a draft shift's rows says «مسودة» in its corner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Assignment, Election, Shift
from desktop.services import room_clock
from desktop.services.errors import Invalid
from reports import labels
from reports.catalogue import BuildRequest, DocumentKind, Param, register
from reports.documents import common
from reports.documents.duty_record import (
    DutyLine,
    DutyRecord,
    ShiftInfo,
    by_shift,
    issuer,
    read_record,
    roster_heading,
    word,
)
from reports.documents.roster_excel import write_roster
from reports.pdf.flowables import Signatory
from reports.pdf.letter import Letter, letter_story, paragraph, signatures_and_copies, styles
from reports.pdf.page import PageSetup, render
from reports.pdf.sections import Section, render_sections
from reports.pdf.table import Band, Column, RtlTable, TableStyle, TextCache

KEY = "duty_roster"
TABLE = TableStyle(size=9.0)
BY_CENTRE, BY_UNIT = "centre", "unit"
BY_CHOICES = ((BY_CENTRE, "By centre or post"), (BY_UNIT, "By unit"))

_LETTER: dict[str, tuple[str, str]] = {
    "intro": ("يبين الجدول المنتسبين المكلفين بواجبات حماية {election}{scope}، {grouping}، "
              "لكل وجبة بتوقيتاتها وحالة جدولها. عدد المنتسبين: {people}، عدد {groups_word}: "
              "{groups}، عدد الوجبات: {shifts}.",
              "The officers on duty for {election}{scope}, {grouping}, each shift with its "
              "hours and its roster's state. Officers: {people}; {groups_word}: {groups}; "
              "shifts: {shifts}."),
    "scope_day": (" ليوم {day}", " on {day}"),
    "scope_unit": (" من منتسبي {unit}", " from {unit}"),
    "by_centre": ("مرتبين بحسب المركز أو النقطة", "by centre or post"),
    "by_unit": ("مرتبين بحسب الجهة", "by unit"),
    "centres_word": ("المراكز والنقاط", "centres and posts"),
    "units_word": ("الجهات", "units"),
    "drafts": ("الوجبات التي لم يُنشر جدولها بعد (مسودة): {shifts}.",
               "Shifts whose roster is not yet published (draft): {shifts}."),
    "empty": ("لا توجد واجبات مسجلة في {election}{scope}.",
              "No duty is recorded for {election}{scope}."),
    "centre_heading": ("المركز: {site}", "Centre: {site}"),
    "post_heading": ("النقطة: {site}", "Post: {site}"),
    "unit_heading": ("الجهة: {unit}", "Unit: {unit}"),
    "where": ("{governorate} / {district} — القاطع: {sector} — عدد المنتسبين: {people}",
              "{governorate} / {district} — sector: {sector} — officers: {people}"),
    "unit_count": ("عدد المنتسبين: {people}", "Officers: {people}"),
    # no brackets: a line with one goes through the slower bidi algorithm, which mirrors
    "continued": ("{heading} — تابع", "{heading} — continued"),
}


def _say(key: str, lang: str, **fields: object) -> str:
    arabic, english = _LETTER[key]
    return (english if lang == "en" else arabic).format(**fields)


@lru_cache(maxsize=8)
def _columns(lang: str, by: str) -> tuple[Column, ...]:
    """The table's columns, made once: every centre's table has the same."""
    where = Column(word("unit", lang), 1.6) if by == BY_CENTRE else \
        Column(word("site", lang), 2.2)
    return (Column(word("seq", lang), align="center", fit=True),
            Column(word("rank", lang), 1.1),
            Column(word("name", lang), 2.2),
            Column(word("service_number", lang), align="center", fit=True),
            where,
            Column(word("duty", lang), 1.5),
            Column(word("vehicle", lang), 1.9),
            Column(word("phone", lang), align="center", fit=True),
            Column(word("signature", lang), 0.9))


@lru_cache(maxsize=1024)
def _band(shift: ShiftInfo) -> Band:
    """A shift's band, made once: thousands of centres' tables head the same nine shifts."""
    return Band(shift.heading)


def banded_table(record: DutyRecord, columns: Sequence[Column], lines: list[DutyLine],
                 cells: Callable[[int, DutyLine], Sequence[object]],
                 progress: Callable[[int, int], None], *, restart: bool = True,
                 cache: TextCache | None = None, continued: str = "") -> RtlTable:
    """The lines shift by shift under each shift's band, numbered from 1 in each shift (or
    through, ``restart`` False); a draft shift's rows say «مسودة» on their pages."""
    rows: list[Sequence[object] | Band] = []
    notes: list[str] = []
    draft = word("draft", record.lang)
    number = 0
    for shift, in_shift in by_shift(lines):
        note = draft if shift.draft else ""
        rows.append(_band(shift))
        notes.append(note)
        number = 0 if restart else number
        for line in in_shift:
            number += 1
            rows.append(cells(number, line))
        notes += [note] * len(in_shift)
    return RtlTable(columns, rows, style=TABLE, rtl=record.lang != "en", notes=notes,
                    progress=progress, cache=cache, continued=continued)


def _table(record: DutyRecord, lines: list[DutyLine], by: str,
           progress: Callable[[int, int], None], cache: TextCache,
           continued: str = "") -> RtlTable:
    def cells(number: int, line: DutyLine) -> tuple[object, ...]:
        where = line.unit.name if by == BY_CENTRE else line.site.text
        return (number, line.rank, line.name, line.service_number, where, line.duty,
                line.vehicle, line.phone, "")

    return banded_table(record, _columns(record.lang, by), lines, cells, progress, cache=cache,
                        continued=continued)


def _groups(record: DutyRecord, by: str) -> list[tuple[str, str, list[DutyLine]]]:
    """(heading, details, lines) of each centre or unit, in print order."""
    lang = record.lang
    if by == BY_UNIT:
        return [(_say("unit_heading", lang, unit=unit.name),
                 _say("unit_count", lang, people=len(lines)), lines)
                for unit, lines in record.by_unit()]
    groups = []
    for site, lines in record.by_site():
        key = "centre_heading" if site.kind == "centre" else "post_heading"
        dash = "—"
        details = _say("where", lang, governorate=site.governorate or dash,
                       district=site.district or dash, sector=site.sector or dash,
                       people=len(lines))
        groups.append((_say(key, lang, site=site.text), details, lines))
    return groups


def scope_text(record: DutyRecord) -> str:
    """What narrows the roster, as its text says it: « ليوم …», « من منتسبي …»."""
    lang, scope = record.lang, ""
    if record.day is not None:
        scope += _say("scope_day", lang, day=labels.gregorian(record.day))
    if record.unit is not None:
        scope += _say("scope_unit", lang, unit=record.unit.name)
    return scope


def opening(record: DutyRecord, by: str) -> list[Flowable]:
    """The letter's subject and what it says before the first centre or unit."""
    lang = record.lang
    groups = len({line.site.key for line in record.lines} if by == BY_CENTRE
                 else {line.unit.id for line in record.lines})
    shifts = {line.shift.id for line in record.lines}
    intro = [_say("empty", lang, election=record.election, scope=scope_text(record))] \
        if not record.lines else [_say(
            "intro", lang, election=record.election, scope=scope_text(record),
            grouping=_say("by_centre" if by == BY_CENTRE else "by_unit", lang),
            people=len(record.lines),
            groups_word=_say("centres_word" if by == BY_CENTRE else "units_word", lang),
            groups=groups, shifts=len(shifts))]
    drafts = [s for s in record.drafts if s.id in shifts]
    if drafts:
        separator = "; " if lang == "en" else "؛ "
        intro.append(_say("drafts", lang, shifts=separator.join(
            f"{s.label} {s.day}" for s in drafts)))
    return letter_story(Letter(subject=roster_heading(record), paragraphs=intro, closing=""),
                        lang)


def sections(record: DutyRecord, by: str, signatories: Sequence[Signatory],
             progress: Callable[[int, int], None] = lambda done, total: None,
             ) -> Iterator[Section]:
    """Each centre (or unit) in print order: its heading, its table, the signature block;
    made one at a time, as the pages are laid out."""
    lang = record.lang
    _body, heading, _subject, small = styles(lang)
    group_style = heading.but(size=13.5, space_after=2.0)
    details_style = small.but(space_after=6.0)
    done, total = 0, len(record.lines)
    cache = TextCache()  # the centres' tables say the same ranks, units and duties
    foot = [Spacer(1, 6), *signatures_and_copies(signatories, (), lang)]
    for head, details, lines in _groups(record, by):
        yield Section((paragraph(head, group_style, lang), paragraph(details, details_style,
                                                                      lang)),
                      _table(record, lines, by,
                             lambda d, _t, base=done: progress(base + d, total), cache,
                             _say("continued", lang, heading=head)),
                      foot)
        done += len(lines)


def render_roster(output: Path, setup: PageSetup, record: DutyRecord, by: str,
                  signatories: Sequence[Signatory],
                  progress: Callable[[int, int], None] = lambda done, total: None,
                  cancelled: Callable[[], bool] = lambda: False) -> Path:
    """The roster's PDF: the letter's opening, then a page (or more) per centre or unit; a
    roster that lists nobody says so, signed."""
    head = opening(record, by)
    if not record.lines:
        return render(output, setup, head + signatures_and_copies(signatories, (),
                                                                  record.lang),
                      cancelled=cancelled)
    return render_sections(output, setup, head, sections(record, by, signatories, progress),
                           cancelled=cancelled)


def _by(params: dict[str, Any]) -> str:
    value = str(params.get("by") or BY_CENTRE)
    if value not in (BY_CENTRE, BY_UNIT):
        raise Invalid("The roster is grouped by centre or by unit, not {value}.", value=value)
    return value


def build(request: BuildRequest) -> Path:
    params, lang = request.params, request.lang
    election = common.param_int(params, "election")
    if election is None:
        raise Invalid("Choose the election whose roster to print.")
    by = _by(params)
    day = common.param_date(params, "issued") or room_clock.today()
    unit = common.param_int(params, "unit")
    with request.db.reader() as session:
        record = read_record(session, election, day=common.param_date(params, "date"),
                             unit_id=unit, lang=lang)
        request.check()
        office, signatories = issuer(session, record, common.param_int(params, "office"),
                                     required=request.fmt == "pdf")
    request.check()
    if request.fmt == "xlsx":
        return write_roster(request, record, office.name if office else "", day)
    assert office is not None
    return common.numbered_letter(
        request, office, KEY, roster_heading(record), (), day, wide=True,
        draw=lambda setup: render_roster(request.output, setup, record, by, signatories,
                                         request.progress, request.cancelled))


def sample_params(session: Session) -> dict[str, Any]:
    """The gallery's: polling day of the election with the most assignments."""
    row = session.execute(
        select(Shift.election_id, Election.polling_date)
        .join(Assignment, Assignment.shift_id == Shift.id)
        .join(Election, Shift.election_id == Election.id)
        .group_by(Shift.election_id, Election.polling_date)
        .order_by(func.count().desc(), Shift.election_id).limit(1)).first()
    params: dict[str, Any] = {"office": common.first_office_id(session)}
    if row is not None:
        params.update(election=row[0], date=row[1].isoformat(), issued=row[1].isoformat())
    return params


KIND = register(DocumentKind(
    key=KEY,
    title="Duty roster",
    formats=("pdf", "xlsx"),
    params=(
        Param("election", "Election", "election"),
        Param("date", "Duty day", "date", required=False),
        Param("unit", "Unit (and the units under it)", "organisation", required=False),
        Param("by", "Grouped", "choice", required=False, choices=BY_CHOICES),
        Param("office", "Issuing office", "office", required=False),
        Param("issued", "Date of the document", "date", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
