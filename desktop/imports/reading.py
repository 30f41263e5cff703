"""A checked file as rows of cells, from the sheet's first row and first column.

Workbooks are read with python-calamine (Rust): about ten times faster than openpyxl's
read-only mode on a 10,000-row sheet (0.14-0.17 s against 0.95-1.65 s, tests/benchmarks/
bench_import.py), and its XML reader expands no entities. It lays the sheet out whole, which is
why ``opening`` bounds the sheet's extent first. The rows start at row 1 and column A whatever
is empty around the data, so the row numbers in the messages are the ones Excel shows.

CSV: the delimiter is the one of comma, semicolon, tab or bar that splits the first lines
most evenly (Arabic Excel writes semicolons where the decimal separator is a comma).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.imports.opening import MAX_ROWS, Source
from desktop.services.errors import Invalid

__all__ = ["MAX_CELL_CHARS", "MAX_COLUMNS", "MAX_ROWS", "Table", "tables"]

MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # what Excel holds in one cell: a longer one was not written by it
_DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 20


@dataclass(frozen=True)
class Table:
    """One sheet's cells as read: ``rows[0]`` is row 1, ``rows[r][0]`` column A."""

    file_name: str
    sheet: str | None  # None for a CSV file
    rows: list[list[Any]]


def tables(source: Source) -> Iterator[Table]:
    """The file's visible worksheets in their order (a CSV file is one table)."""
    if source.kind == "csv":
        yield _csv_table(source)
        return
    yield from _workbook_tables(source)


def _bounded(name: str, rows: list[list[Any]]) -> list[list[Any]]:
    if len(rows) > MAX_ROWS:
        raise Invalid("The file {file} has {count} rows; at most {limit} are imported at "
                      "once. Split it into several files.", file=name, count=len(rows),
                      limit=MAX_ROWS)
    width = max((len(row) for row in rows), default=0)
    if width > MAX_COLUMNS:
        raise Invalid("The file {file} has {count} columns; a centres list has far fewer (at "
                      "most {limit}).", file=name, count=width, limit=MAX_COLUMNS)
    _refuse_huge_cells(name, rows)
    return rows


def _refuse_huge_cells(name: str, rows: list[list[Any]]) -> None:
    """A cell longer than Excel holds is refused with the file, before any row is checked: its
    text would otherwise travel into the checks, the messages and the rejected rows' report."""
    from desktop.imports.header import column_letter

    for number, row in enumerate(rows, 1):
        for column, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise Invalid("The cell {cell} of the file {file} holds {count} characters; "
                              "Excel holds at most {limit} in a cell. The file is refused for "
                              "safety.", file=name, cell=f"{column_letter(column)}{number}",
                              count=len(value), limit=MAX_CELL_CHARS)


def _workbook_tables(source: Source) -> Iterator[Table]:
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(source.data))
        sheets = [meta.name for meta in workbook.sheets_metadata
                  if meta.typ == SheetTypeEnum.WorkSheet
                  and meta.visible == SheetVisibleEnum.Visible]
    except (CalamineError, ValueError, OSError) as error:
        raise _unreadable(source.name, error) from None
    if not sheets:
        raise Invalid("The workbook {file} has no visible worksheet.", file=source.name)
    try:
        for name in sheets:
            try:
                rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except (CalamineError, ValueError, OSError) as error:
                raise _unreadable(source.name, error) from None
            yield Table(source.name, name, _bounded(source.name, rows))
    finally:
        workbook.close()


def _unreadable(name: str, error: Exception) -> Invalid:
    return Invalid("The workbook {file} cannot be read: it is damaged or not a workbook "
                   "({reason}).", file=name, reason=str(error)[:200])


def _delimiter(text: str) -> str:
    """The candidate that gives the most lines the same number of fields (more than one),
    then the most fields; a comma if none splits anything."""
    lines = [line for line in text.splitlines()[:_SAMPLE_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for candidate in _DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        except csv.Error:  # a field past the csv module's limit: the reading says so
            continue
        split = [count for count in counts if count > 1]
        if not split:
            continue
        common = max(set(split), key=split.count)
        score = (split.count(common), common)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _csv_table(source: Source) -> Table:
    text = source.text
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[Any]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as error:
        raise Invalid("The file {file} cannot be read as CSV at line {line}: {reason}",
                      file=source.name, line=reader.line_num, reason=str(error)) from None
    return Table(source.name, None, _bounded(source.name, rows))
