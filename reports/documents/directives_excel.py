"""The follow-up board as a workbook: a row per directive, as the board filtered them.

A working file, not an official print: it takes no document number. Dates are dates and days
late a number, so the staff officer can sort and filter them in Excel; the follow-up note's
moment is the room's clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reports.catalogue import BuildRequest
from reports.documents.directives_record import FollowUpLine, FollowUpRecord, word
from reports.excel import SheetData, XlsxColumn, write_sheets
from reports.excel.workbook import fit_width

COLUMNS = (("number", "int"), ("directive", "text"), ("kind", "text"),
           ("meeting_date", "date"), ("meeting", "text"), ("body", "text"), ("person", "text"),
           ("due", "date"), ("days_late", "int"), ("priority", "text"), ("status", "text"),
           ("last_update_at", "datetime"), ("last_update", "text"),
           ("last_update_by", "text"), ("sittings", "int"))
LONG_TEXT = 60  # characters: the directive and the note wrap past this width


def _cells(line: FollowUpLine) -> list[Any]:
    row = line.row
    return [row.id, row.text, line.kind, row.meeting_date, row.meeting_subject,
            row.organisation or "", row.person or "", row.due_date,
            row.days_late if row.late else None, line.priority, line.status,
            line.last_update_at, row.last_update or "", row.last_update_by or "",
            row.sittings]


def _columns(rows: list[list[Any]], lang: str) -> list[XlsxColumn]:
    columns = []
    for index, (key, kind) in enumerate(COLUMNS):
        title = word(key, lang)
        width = fit_width((row[index] for row in rows[:500]), title)
        columns.append(XlsxColumn(title, kind, min(width, LONG_TEXT)))
    return columns


def write_directives(request: BuildRequest, record: FollowUpRecord, narrowed: Sequence[str],
                     office_name: str) -> Path:
    lang = record.lang
    rows = [_cells(line) for line in record.lines]
    request.check()
    separator = ", " if lang == "en" else "، "
    heading = record.title if not narrowed else f"{record.title} — {separator.join(narrowed)}"
    sheet = SheetData(word("sheet", lang), _columns(rows, lang), rows, heading=heading)
    return write_sheets(request.output, sheets=[sheet], title=record.title, office=office_name,
                        issued_on=record.today, lang=lang, total=len(rows),
                        progress=request.progress, cancelled=request.cancelled)
