"""The minutes' attendance and directives as a workbook, for the staff officer's follow-up.

Excel copies are working files, not official prints: they take no document number.
"""

from __future__ import annotations

from pathlib import Path

from reports.catalogue import BuildRequest
from reports.documents.minutes_record import MinutesRecord, column_title, word
from reports.excel import SheetData, XlsxColumn, write_sheets

ATTENDANCE = (("seq", "int"), ("name", "text"), ("rank", "text"), ("position", "text"),
              ("organisation", "text"), ("capacity", "text"), ("presence", "text"))
DIRECTIVES = (("seq", "int"), ("item", "text"), ("directive", "text"), ("responsible", "text"),
              ("due", "date"), ("priority", "text"), ("status", "text"))


def _columns(spec: tuple[tuple[str, str], ...], lang: str) -> list[XlsxColumn]:
    return [XlsxColumn(column_title(key, lang), kind) for key, kind in spec]


def write_minutes(request: BuildRequest, record: MinutesRecord) -> Path:
    lang = record.lang
    attendance = [[n, a.name, a.rank, a.position, a.organisation, a.capacity, a.presence]
                  for n, a in enumerate(record.attendees, 1)]
    directives = [[d.sequence, d.item, d.text, d.responsible, d.due, d.priority, d.status]
                  for d in record.directives]
    heading = f"{record.title}: {record.subject}"
    sheets = [
        SheetData(word("sheet_attendance", lang), _columns(ATTENDANCE, lang), attendance,
                  heading=f"{word('sheet_attendance', lang)} — {heading}"),
        SheetData(word("sheet_directives", lang), _columns(DIRECTIVES, lang), directives,
                  heading=f"{word('sheet_directives', lang)} — {heading}"),
    ]
    return write_sheets(request.output, sheets=sheets, title=heading,
                        office=record.office_name, issued_on=record.day, lang=lang,
                        progress=request.progress, cancelled=request.cancelled)
