"""The assignment orders as a workbook: the units with their counts and the office that
writes to each, and a row per officer ordered, unit by unit.

A working file for the staff officer, not the order itself: it takes no number. Service
numbers, codes and plates are text, the duty day a date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reports.catalogue import BuildRequest
from reports.documents.duty_record import DutyRecord, word
from reports.documents.roster_excel import COLUMNS, cells, columns
from reports.excel import SheetData, XlsxColumn, write_sheets

if TYPE_CHECKING:
    from reports.documents.orders import Order

_WORDS: dict[str, tuple[str, str]] = {
    "units": ("الجهات", "Units"),
    "lines": ("المنسبون", "Assigned"),
    "people": ("عدد المنتسبين", "Officers"),
    "shifts": ("عدد الوجبات", "Shifts"),
    "office": ("الجهة المصدرة", "Issued by"),
    "drafts": ("وجبات بجدول غير منشور", "Shifts not published"),
    "title": ("أوامر التنسيب — {election}", "Assignment orders — {election}"),
}
UNIT = [key for key, _kind in COLUMNS].index("unit")
ORDER_COLUMNS = (COLUMNS[UNIT], *COLUMNS[:UNIT], *COLUMNS[UNIT + 1:])  # the unit leads


def _word(key: str, lang: str, **fields: object) -> str:
    arabic, english = _WORDS[key]
    return (english if lang == "en" else arabic).format(**fields)


def _summary(orders: Sequence[Order], lang: str) -> tuple[list[XlsxColumn], list[list[Any]]]:
    rows = []
    for order in orders:
        shifts = {line.shift.id: line.shift for line in order.lines}
        rows.append([order.unit.name, len(order.lines), len(shifts),
                     sum(1 for s in shifts.values() if s.draft), order.office.name])
    titles = [(word("unit", lang), "text"), (_word("people", lang), "int"),
              (_word("shifts", lang), "int"), (_word("drafts", lang), "int"),
              (_word("office", lang), "text")]
    return [XlsxColumn(title, kind) for title, kind in titles], rows


def write_orders(request: BuildRequest, record: DutyRecord, orders: Sequence[Order],
                 day: date) -> Path:
    lang = record.lang
    rows = []
    for order in orders:
        for line in order.lines:
            row = cells(line)
            rows.append([row[UNIT], *row[:UNIT], *row[UNIT + 1:]])
    request.check()
    heading = _word("title", lang, election=record.election)
    summary_columns, summary = _summary(orders, lang)
    office = orders[0].office.name if orders else ""
    sheets = [SheetData(_word("units", lang), summary_columns, summary, heading=heading),
              SheetData(_word("lines", lang), columns(rows, ORDER_COLUMNS, lang), rows,
                        heading=heading)]
    return write_sheets(request.output, sheets=sheets, title=heading, office=office,
                        issued_on=day, lang=lang, total=len(rows), progress=request.progress,
                        cancelled=request.cancelled)
