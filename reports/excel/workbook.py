"""Right-to-left workbooks that stream: a title block, a frozen styled header, real types.

Rows go straight to disk in openpyxl's write-only mode (memory stays flat however many rows).
Text from users never becomes a formula: a value that starts like one is written as a text
cell with its value unchanged, not with a quote that would alter it. Text is written without
invisible bidirectional controls (marks, embeddings, overrides, isolates): the window adds them
so mixed Arabic and Latin lines read right (``AuditRow.changes_text``, dates from
``desktop.services.lookups``), but in a cell they keep a filter, a search or a pasted value from
matching what it shows. A cell's line is then laid out by the bidirectional algorithm alone:
text whose layout matters says so in its own characters (``reports.excel.audit``'s arrows).

A workbook refused part-way (cancelled, a read failing, its folder gone or the disk full before
it is saved) closes each sheet's row stream and XML writer in order and deletes their temporary
files (``_discard``): left to the garbage collector they were closed in any order, lxml
complained («not in an element») from a finalizer, and openpyxl's temporary sheet files stayed
until the program closed.

openpyxl builds a Python cell object for every value it writes, which costs more than the
writing itself; the data rows here are built as lxml row elements (inline strings, numbers,
dated cells with one registered style) and streamed into the same sheet writer, which brings a
100,000-row export close to xlsxwriter's speed. The title block and the header still go through
openpyxl's cells, since they carry fonts, fills and borders.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from reports import labels
from reports.errors import Cancelled
from reports.files import atomic_output, check_output

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Border, Font, PatternFill
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


class _Openpyxl:
    """openpyxl's names this module writes with, imported when the first workbook is made:
    a PDF, the command line and the program's start do not pay for it (a fifth of a second,
    numpy with it) where no workbook is written."""

    def __getattr__(self, name: str) -> Any:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
        from openpyxl.utils.datetime import to_excel

        names = {"Workbook": Workbook, "WriteOnlyCell": WriteOnlyCell,
                 "Alignment": Alignment, "Border": Border, "Font": Font,
                 "PatternFill": PatternFill, "Side": Side,
                 "get_column_letter": get_column_letter, "to_excel": to_excel}
        self.__dict__.update(names)
        return names[name]


_xl = _Openpyxl()

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
# the characters XML cannot carry: openpyxl's ``ILLEGAL_CHARACTERS_RE`` (a test holds them
# equal), written out so that the pattern needs no openpyxl
ILLEGAL_CHARACTERS = r"[\000-\010]|[\013-\014]|[\016-\037]"


@cache
def _header_style() -> tuple[Font, PatternFill, Border]:
    """The header row's font, fill and border (white bold on dark blue, thin grey rules)."""
    thin = _xl.Side(style="thin", color="808080")
    return (_xl.Font(name="Arial", bold=True, color="FFFFFF"),
            _xl.PatternFill("solid", fgColor="1F4E78"),
            _xl.Border(left=thin, right=thin, top=thin, bottom=thin))

SAMPLE_ROWS = 200  # rows read ahead to size the columns
CHECK_EVERY = 2000  # rows between progress reports and cancellation checks
HEADER_LINE = 15.0  # points per line of a header that wraps
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "int": "0",
                  "float": "#,##0.00"}
# What a cell never holds: the characters XML cannot carry, and the bidirectional controls
# (those ``desktop.text.arabic.strip_bidi_controls`` removes). One pattern, so a row's text is
# searched once, as it was for the first alone.
BIDI_CONTROLS = "[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
UNWANTED = re.compile(f"{ILLEGAL_CHARACTERS}|{BIDI_CONTROLS}")


@dataclass(frozen=True)
class XlsxColumn:
    title: str
    kind: str = "text"  # "text", "int", "float", "date" or "datetime"
    width: float | None = None  # in characters; measured from the data when None
    number_format: str | None = None  # for "int" and "float": instead of NUMBER_FORMATS
    wrap: bool = False  # text of several lines: each shown, top-aligned, the row as tall


def _needs_text_cell(value: str) -> bool:
    return value.startswith(FORMULA_STARTS) or value in ERROR_VALUES


def cell_text(value: str) -> str:
    """``value`` as a cell holds it: without bidirectional controls or illegal characters."""
    return UNWANTED.sub("", value) if UNWANTED.search(value) else value


def safe_cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A write-only cell of ``value`` that Excel reads as it was meant: never as a formula,
    and without the invisible characters ``cell_text`` removes."""
    if isinstance(value, str):
        value = cell_text(value)
        if _needs_text_cell(value):
            cell = _xl.WriteOnlyCell(sheet)
            cell._value = value  # set directly: assigning would mark "=…" as a formula
            cell.data_type = "s"
            return cell
    return _xl.WriteOnlyCell(sheet, value=value)


def fit_width(values: Iterable[Any], title: str) -> float:
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


def _lines(title: str, width: float) -> int:
    """How many lines a header wraps to in a column ``width`` characters wide (as measured by
    ``fit_width``, which allows for Arabic letters' width)."""
    room = max(1.0, (width - 2) / 1.25)
    lines, used = 1, 0
    for word in title.split():
        if used and used + 1 + len(word) > room:
            lines, used = lines + 1, len(word)
        else:
            used = used + 1 + len(word) if used else len(word)
    return lines


def _styled(sheet: WriteOnlyWorksheet, value: Any, *, font: Font | None = None,
            number_format: str | None = None, fill: PatternFill | None = None,
            border: Border | None = None, rtl: bool = True) -> WriteOnlyCell:
    cell = safe_cell(sheet, value)  # titles come from user data too (an office's name)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
        cell.alignment = _xl.Alignment(horizontal="center", vertical="center", wrap_text=True,
                                   readingOrder=2 if rtl else 1)
    return cell


def _number_format(column: XlsxColumn) -> str | None:
    if column.kind in ("int", "float"):
        return column.number_format or (NUMBER_FORMATS["float"] if column.kind == "float"
                                        else None)
    return None


def _number_style(sheet: WriteOnlyWorksheet, column: XlsxColumn) -> int | None:
    number_format = _number_format(column)
    return _style_id(sheet, number_format) if number_format is not None else None


def _style_id(sheet: WriteOnlyWorksheet, number_format: str) -> int:
    """The workbook's style index for a number format, registered the way openpyxl does."""
    return _styled(sheet, 0, number_format=number_format).style_id


def _wrap_style(sheet: WriteOnlyWorksheet, rtl: bool) -> int:
    """The style of a wrapped column's text: every line shown, from the top of the cell."""
    cell = _xl.WriteOnlyCell(sheet, value="")
    cell.alignment = _xl.Alignment(wrap_text=True, vertical="top", readingOrder=2 if rtl else 1)
    return cell.style_id


def _wrapped_lines(value: Any, width: float) -> int:
    """About how many lines ``value`` takes in a wrapped column ``width`` characters wide
    (measured as ``fit_width`` does, Arabic letters being wider)."""
    if not isinstance(value, str):
        return 1
    room = max(1.0, (width - 2) / 1.25)
    return sum(max(1, math.ceil(len(line) / room)) for line in value.split("\n"))


class _RowStream:
    """Feeds the sheet's XML writer: styled openpyxl cells, or plain values built as lxml."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self._sheet = sheet
        self._epoch = sheet.parent.epoch
        sheet._get_writer()
        self._writer = sheet._writer
        self._letters: list[str] = []
        self._index = 0
        self._date_style = _style_id(sheet, NUMBER_FORMATS["date"])
        self._datetime_style = _style_id(sheet, NUMBER_FORMATS["datetime"])
        sheet._rows = self._run()
        next(sheet._rows)

    def _run(self):
        xf = self._writer.xf.send(True)
        with xf.element("sheetData"):
            try:
                while True:
                    item = yield
                    if isinstance(item, list):
                        cells = self._sheet._values_to_row(item, self._index)
                        self._writer.write_row(xf, cells, self._index)
                    else:
                        xf.write(item)
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def cells(self, values: list[Any]) -> None:
        self._index += 1
        self._sheet._rows.send(values)

    def values(self, values: Sequence[Any], styles: Sequence[int | None],
               wrapped: dict[int, float] | None = None) -> None:
        """A data row; ``styles`` per column (a number's format, a wrapped column's text),
        ``wrapped`` the columns whose lines make the row taller, with their widths."""
        self._index += 1
        number = str(self._index)
        while len(self._letters) < len(values):
            self._letters.append(_xl.get_column_letter(len(self._letters) + 1))
        element = etree.Element("row", r=number)
        sub = etree.SubElement
        for column, value in enumerate(values):
            if value is None:
                continue
            ref = self._letters[column] + number
            if isinstance(value, str):
                if UNWANTED.search(value):
                    value = UNWANTED.sub("", value)
                if not value:
                    continue
                # An inline string is text to Excel whatever it starts with: no formula runs.
                cell = sub(element, "c", r=ref, t="inlineStr")
                if wrapped and column in wrapped:
                    cell.set("s", str(styles[column]))
                text = sub(sub(cell, "is"), "t")
                if value != value.strip():
                    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                text.text = value
            elif isinstance(value, bool):
                sub(sub(element, "c", r=ref, t="b"), "v").text = "1" if value else "0"
            elif isinstance(value, int | Decimal) or (
                    isinstance(value, float) and math.isfinite(value)):
                cell = sub(element, "c", r=ref, t="n")
                if styles[column] is not None:
                    cell.set("s", str(styles[column]))
                sub(cell, "v").text = repr(value) if isinstance(value, float) else str(value)
            elif isinstance(value, date):
                cell = sub(element, "c", r=ref, t="n")
                style = self._datetime_style if isinstance(value, datetime) else self._date_style
                cell.set("s", str(style))
                sub(cell, "v").text = repr(_xl.to_excel(value, self._epoch))
            else:
                cell = sub(element, "c", r=ref, t="inlineStr")
                sub(sub(cell, "is"), "t").text = UNWANTED.sub("", str(value))
        if wrapped:
            lines = max((_wrapped_lines(values[c], width) for c, width in wrapped.items()
                         if c < len(values)), default=1)
            if lines > 1:  # not every reader grows a row to its wrapped text on opening
                element.set("ht", str(HEADER_LINE * lines + 2))
                element.set("customHeight", "1")
        self._sheet._rows.send(element)


@dataclass(frozen=True)
class SheetData:
    """One sheet of a workbook of several: its tab name, columns and rows."""

    name: str
    columns: Sequence[XlsxColumn]
    rows: Iterable[Sequence[Any]]
    heading: str | None = None  # the title block's first line; the workbook's title if None
    totals: Sequence[Any] | None = None  # a bold row under the rows, outside the filter


def _fill(workbook: Workbook, data: SheetData, *, title: str, office: str, issued_on: date,
          lang: str, total: int | None, progress: Callable[[int, int], None],
          cancelled: Callable[[], bool]) -> None:
    columns = data.columns
    rtl = lang != "en"
    sheet = workbook.create_sheet(cell_text(data.name)[:31])
    sheet.sheet_view.rightToLeft = rtl
    iterator = iter(data.rows)
    head = list(itertools.islice(iterator, SAMPLE_ROWS))
    header_row = 5
    header_lines = 1
    for index, column in enumerate(columns):
        letter = _xl.get_column_letter(index + 1)
        width = column.width or fit_width((row[index] for row in head), column.title)
        sheet.column_dimensions[letter].width = width
        header_lines = max(header_lines, _lines(column.title, width))
    if header_lines > 1:  # a title wider than its column wraps; not every reader grows the row
        sheet.row_dimensions[header_row].height = HEADER_LINE * header_lines + 4
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    # Printed as clerks print a list: across the page, every column on it, pages running down.
    sheet.page_setup.orientation = "landscape" if len(columns) > 5 else "portrait"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    stream = _RowStream(sheet)
    stream.cells([_styled(sheet, data.heading or title, font=_xl.Font(bold=True, size=14))])
    stream.cells([_styled(sheet, office, font=_xl.Font(bold=True, size=12))])
    stream.cells([labels.label("date", lang),
                  _styled(sheet, issued_on, number_format=NUMBER_FORMATS["date"])])
    stream.cells([])
    font, fill, border = _header_style()
    stream.cells([_styled(sheet, c.title, font=font, fill=fill, border=border, rtl=rtl)
                  for c in columns])
    styles = [_wrap_style(sheet, rtl) if c.wrap else _number_style(sheet, c) for c in columns]
    wrapped = {i: sheet.column_dimensions[_xl.get_column_letter(i + 1)].width
               for i, c in enumerate(columns) if c.wrap}
    count = 0
    expected = total or 0
    for row in itertools.chain(head, iterator):
        stream.values(row, styles, wrapped)
        count += 1
        if count % CHECK_EVERY == 0:
            if cancelled():
                raise Cancelled()
            progress(count, max(expected, count))
    last = _xl.get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + count}"
    if data.totals is not None:  # sorting or filtering the rows leaves it where it is
        stream.cells([_styled(sheet, value, font=_xl.Font(bold=True), number_format=number_format)
                      for value, number_format in zip(
                          data.totals, [_number_format(c) for c in columns], strict=True)])
    progress(count, max(expected, count))


def write_sheets(output: Path, *, sheets: Sequence[SheetData], title: str, office: str,
                 issued_on: date, lang: str = "ar", total: int | None = None,
                 progress: Callable[[int, int], None] = lambda done, total: None,
                 cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Several sheets, each with the title block, frozen filtered header and its rows."""
    check_output(output)  # refused before any row is read, not after the last
    workbook = _xl.Workbook(write_only=True)
    workbook.properties.title = cell_text(title)
    workbook.properties.creator = "Ghurfa"
    workbook.properties.language = lang
    try:
        for data in sheets:
            if cancelled():
                raise Cancelled()
            _fill(workbook, data, title=title, office=office, issued_on=issued_on, lang=lang,
                  total=total, progress=progress, cancelled=cancelled)
        with atomic_output(output) as temporary:
            workbook.save(temporary)
    except BaseException:
        _discard(workbook)
        raise
    return output


def _discard(workbook: Workbook) -> None:
    """Close the sheets of a workbook that will not be saved, and delete their temporary
    files. The row stream first (it ends «sheetData» and hands back to the sheet's writer),
    then the writer (it ends the sheet and closes its file): the order lxml needs. A sheet
    the save had already written and removed is passed over; nothing here hides the error
    that refused the workbook."""
    for sheet in workbook.worksheets:
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        with contextlib.suppress(etree.LxmlError, StopIteration, ValueError, OSError):
            if rows is not None:
                rows.close()
        if writer is None:
            continue
        with contextlib.suppress(etree.LxmlError, StopIteration, ValueError, OSError):
            writer.close()
        with contextlib.suppress(ValueError, OSError):
            writer.cleanup()


def write_table(output: Path, *, columns: Sequence[XlsxColumn], rows: Iterable[Sequence[Any]],
                title: str, office: str, issued_on: date, sheet_title: str = "Sheet1",
                lang: str = "ar", total: int | None = None,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False) -> Path:
    """One sheet: title, office and date above a frozen, filtered header and the rows."""
    return write_sheets(output, sheets=[SheetData(sheet_title, columns, rows)], title=title,
                        office=office, issued_on=issued_on, lang=lang, total=total,
                        progress=progress, cancelled=cancelled)
