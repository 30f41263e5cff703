"""Right-to-left workbooks that stream: a title block, a frozen styled header, real types.

Rows go straight to disk in openpyxl's write-only mode (memory stays flat however many rows).
Text from users never becomes a formula: a value that starts like one is written as a text
cell with its value unchanged, not with a quote that would alter it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from reports import labels
from reports.errors import Cancelled
from reports.files import atomic_output

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
HEADER_FONT = Font(name="Arial", bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
THIN = Side(style="thin", color="808080")
HEADER_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SAMPLE_ROWS = 200  # rows read ahead to size the columns
CHECK_EVERY = 2000  # rows between progress reports and cancellation checks
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "int": "0",
                  "float": "#,##0.00"}


@dataclass(frozen=True)
class XlsxColumn:
    title: str
    kind: str = "text"  # "text", "int", "float", "date" or "datetime"
    width: float | None = None  # in characters; measured from the data when None


def _needs_text_cell(value: str) -> bool:
    return value.startswith(FORMULA_STARTS) or value in ERROR_VALUES


def safe_cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """The value itself, or a text cell where openpyxl or Excel would read it otherwise."""
    if isinstance(value, str):
        if ILLEGAL_CHARACTERS_RE.search(value):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if _needs_text_cell(value):
            cell = WriteOnlyCell(sheet)
            cell._value = value  # set directly: assigning would mark "=…" as a formula
            cell.data_type = "s"
            return cell
    return value


def _width(values: Iterable[Any], title: str) -> float:
    """Characters wide enough for the header and the sampled values, within reason."""
    longest = len(title)
    for value in values:
        if isinstance(value, datetime):
            longest = max(longest, 16)
        elif isinstance(value, date):
            longest = max(longest, 10)
        elif value is not None:
            longest = max(longest, len(str(value)))
    # Arabic letters in the default fonts are wider than the Latin digit Excel counts in
    return float(min(60, max(6, round(longest * 1.25) + 2)))


def _styled(sheet: WriteOnlyWorksheet, value: Any, *, font: Font | None = None,
            number_format: str | None = None, fill: PatternFill | None = None,
            border: Border | None = None, rtl: bool = True) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True,
                                   readingOrder=2 if rtl else 1)
    return cell


def write_table(output: Path, *, columns: Sequence[XlsxColumn], rows: Iterable[Sequence[Any]],
                title: str, office: str, issued_on: date, sheet_title: str = "Sheet1",
                lang: str = "ar", total: int | None = None,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False) -> Path:
    """One sheet: title, office and date above a frozen, filtered header and the rows."""
    rtl = lang != "en"
    workbook = Workbook(write_only=True)
    workbook.properties.title = title
    workbook.properties.creator = "Ghurfa"
    workbook.properties.language = lang
    sheet = workbook.create_sheet(sheet_title[:31])
    sheet.sheet_view.rightToLeft = rtl
    iterator = iter(rows)
    head = list(itertools.islice(iterator, SAMPLE_ROWS))
    for index, column in enumerate(columns):
        letter = get_column_letter(index + 1)
        width = column.width or _width((row[index] for row in head), column.title)
        sheet.column_dimensions[letter].width = width
    header_row = 5
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.append([_styled(sheet, title, font=Font(bold=True, size=14))])
    sheet.append([_styled(sheet, office, font=Font(bold=True, size=12))])
    sheet.append([labels.label("date", lang),
                  _styled(sheet, issued_on, number_format=NUMBER_FORMATS["date"])])
    sheet.append([])
    sheet.append([_styled(sheet, c.title, font=HEADER_FONT, fill=HEADER_FILL,
                          border=HEADER_BORDER, rtl=rtl) for c in columns])
    formats = [NUMBER_FORMATS.get(c.kind) for c in columns]
    styled_columns = [i for i, f in enumerate(formats) if f and columns[i].kind != "int"]
    count = 0
    expected = total or 0
    for row in itertools.chain(head, iterator):
        values = [safe_cell(sheet, v) for v in row]
        for i in styled_columns:
            value = values[i]
            if isinstance(value, date | float):
                values[i] = _styled(sheet, value, number_format=formats[i])
        sheet.append(values)
        count += 1
        if count % CHECK_EVERY == 0:
            if cancelled():
                raise Cancelled()
            progress(count, max(expected, count))
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + count}"
    with atomic_output(output) as temporary:
        workbook.save(temporary)
    progress(count, max(expected, count))
    return output
