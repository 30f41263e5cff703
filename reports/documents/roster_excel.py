"""The duty roster as a workbook: a row per officer on duty, centre by centre, shift by shift.

A working file, not an official print: it takes no document number. Codes, service numbers,
plates and phones are text (a number «012345» keeps its zero, and none becomes a figure Excel
would sum); the duty day is a date, the roster's revision a number, so the staff officer can
sort and filter. The sheet reads right to left in Arabic.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from reports.catalogue import BuildRequest
from reports.documents.duty_record import DutyLine, DutyRecord, roster_heading, word
from reports.excel import SheetData, XlsxColumn, write_sheets
from reports.excel.workbook import fit_width

COLUMNS = (("site_code", "text"), ("site", "text"), ("governorate", "text"),
           ("district", "text"), ("sector", "text"), ("day", "date"), ("shift", "text"),
           ("starts", "text"), ("ends", "text"), ("status", "text"), ("revision", "int"),
           ("rank", "text"), ("name", "text"), ("service_number", "text"), ("unit", "text"),
           ("duty", "text"), ("plate", "text"), ("vehicle_kind", "text"), ("phone", "text"))
LONG_TEXT = 45  # characters: wider values wrap


def cells(line: DutyLine) -> list[Any]:
    shift, site = line.shift, line.site
    return [site.code, site.text, site.governorate, site.district, site.sector, shift.on_date,
            shift.label, f"{shift.starts_at:%H:%M}", f"{shift.ends_at:%H:%M}",
            word("draft", shift.lang) if shift.draft else shift.state, shift.revision,
            line.rank, line.name, line.service_number, line.unit.name, line.duty, line.plate,
            line.vehicle_kind, line.phone]


def columns(rows: list[list[Any]], spec: tuple[tuple[str, str], ...], lang: str,
            ) -> list[XlsxColumn]:
    """Columns as wide as the widest value of any row (to a limit), not of the first few."""
    found = []
    for index, (key, kind) in enumerate(spec):
        title = word(key, lang)
        width = fit_width({row[index] for row in rows}, title)
        found.append(XlsxColumn(title, kind, min(width, LONG_TEXT)))
    return found


def _rows(record: DutyRecord) -> Iterator[list[Any]]:
    for _site, lines in record.by_site():
        for line in lines:
            yield cells(line)


def write_roster(request: BuildRequest, record: DutyRecord, office_name: str,
                 day: date) -> Path:
    rows = list(_rows(record))
    request.check()
    heading = roster_heading(record)
    sheet = SheetData(word("roster_title", record.lang), columns(rows, COLUMNS, record.lang),
                      rows, heading=heading)
    return write_sheets(request.output, sheets=[sheet], title=heading, office=office_name,
                        issued_on=day, lang=record.lang, total=len(rows),
                        progress=request.progress, cancelled=request.cancelled)
