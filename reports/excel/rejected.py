"""The rows an import rejected, as a workbook the sender can correct and send back.

The sheet is the sender's own columns under their own headers, then the row's number in their
sheet and the reasons, with the room's usual title block above: a header within the first
rows, so the corrected workbook imports again as it is (the extra two columns are not fields
and are left out). The command line finds this module through the ``ghurfa.rejected_rows``
entry point, since the core never imports the documents engine.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.i18n import translate
from desktop.imports.rejected import RejectedTable
from reports.excel.workbook import XlsxColumn, write_table
from reports.files import UnusableOutput, check_output

SUFFIX = ".xlsx"


def check(output: Path | str) -> Path:
    """``output`` as it must be: an .xlsx file in a folder the program may write in."""
    output = Path(output)
    if output.suffix.lower() != SUFFIX:
        raise UnusableOutput("The rejected rows are written as an Excel workbook: name a "
                             "file ending in .xlsx, not {path}.", path=str(output))
    return check_output(output)


def write_rejected(output: Path | str, table: RejectedTable, *, lang: str = "ar",
                   sheet: str | None = None) -> Path:
    output = check(output)
    columns = [XlsxColumn(header) for header in table.headers]
    columns[table.row_column] = XlsxColumn(table.headers[table.row_column], "int")
    columns[-1] = XlsxColumn(table.headers[-1], width=60)
    office = (translate("RejectedRows", "Sheet: {sheet}", lang).format(sheet=sheet)
              if sheet else "")
    return write_table(output, columns=columns, rows=table.rows, title=table.title,
                       office=office, issued_on=date.today(),
                       sheet_title=translate("RejectedRows", "Rejected rows", lang), lang=lang,
                       total=len(table.rows))
